#!/usr/bin/env bash
# Prints /usr/share/doc/retro/copyright (machine-readable, DEP-5) for `make deb`.
# usage: deb-copyright.sh CHECKOUTS
# The project states no licence (there is no LICENSE file), so the file says so and grants none.
# The Swift packages linked into the binary are listed with the licence text each one ships,
# read from CHECKOUTS (SwiftPM's .build/checkouts), so the file says what each package says.
set -euo pipefail
checkouts=$1

cat <<HEADER
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: retro
Upstream-Contact: retro maintainers <retro@invalid>
Source: https://github.com/retro-tool/retro
Comment: The retro project has not stated a licence for its own code: its repository has
 no LICENSE file. This file records that and grants no licence. The binary also links,
 statically, the Swift runtime and Foundation of the Swift toolchain it was built with,
 under the licences the Swift project states for them.

Files: *
Copyright: the retro authors
License: unspecified
 The retro project has not stated a licence for this software. No licence is granted
 by this file.
HEADER

found=0
for dir in "$checkouts"/*/; do
  name=$(basename "$dir")
  license=$(ls "$dir" | grep -i -m1 -E '^licen[cs]e(\.txt|\.md)?$' || true)
  if [ -z "$license" ]; then
    echo "deb-copyright.sh: $dir has no LICENSE file; say what its licence is before packaging it" >&2
    exit 1
  fi
  text="$dir$license"
  if grep -q 'Apache License' "$text" && grep -q 'Version 2.0' "$text"; then
    short=Apache-2.0
  elif grep -q 'Permission is hereby granted, free of charge' "$text"; then
    short=Expat
  else
    echo "deb-copyright.sh: the licence in $text is not one this script names; add it" >&2
    exit 1
  fi
  holder=$(grep -m1 -E '^[[:space:]]*Copyright \(c\)|^[[:space:]]*Copyright [0-9]' "$text" | sed -E 's/^[[:space:]]*Copyright( \([cC]\))? *//' || true)
  if [ -z "$holder" ]; then
    # Apache-licensed packages name their holders in each source file's header instead.
    holder=$(grep -rhoE 'Copyright \(c\) .*' "$dir/Sources" 2>/dev/null | sed -E 's/^Copyright \(c\) *//' | sort | uniq -c | sort -rn | sed -n '1s/^ *[0-9]* //p' || true)
  fi
  printf '\nFiles: .build/checkouts/%s/*\nCopyright: %s\nLicense: %s\n' "$name" "${holder:-the $name authors}" "$short"
  # A licence text goes in as continuation lines: each line indented by one space, blank ones as ' .'.
  sed -e 's/[[:space:]]*$//' -e 's/^$/./' -e 's/^/ /' "$text"
  found=$((found + 1))
done
if [ "$found" -eq 0 ]; then
  echo "deb-copyright.sh: no Swift packages in $checkouts; run swift build first" >&2
  exit 1
fi
