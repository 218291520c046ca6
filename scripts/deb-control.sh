#!/usr/bin/env bash
# Prints DEBIAN/control for the staged package root ROOT (from `make deb`).
# usage: deb-control.sh ROOT VERSION ARCH
# Depends comes from dpkg-shlibdeps over the staged binary, so it names exactly the libraries the
# binary links; the build stops if the Swift runtime is among them (it must be linked statically).
# Maintainer is in Debian's "Name <address>" form; the project has no public mailbox yet, so the
# address is under .invalid (RFC 2606), which no mail can reach: replace it when one exists.
set -euo pipefail
root=$1 version=$2 arch=$3
binary=$(realpath "$root/usr/bin/retro")

if ldd "$binary" | grep -q 'libswift\|libFoundation\|lib_FoundationICU'; then
  echo "deb-control.sh: $binary links the Swift runtime dynamically; build it with --static-swift-stdlib" >&2
  exit 1
fi

# dpkg-shlibdeps reads debian/control from its working directory; give it a minimal one.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: retro\n\nPackage: retro\nArchitecture: any\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O -e"$binary" | sed -n 's/^shlibs:Depends=//p')
for library in libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6; do
  grep -q "$library" <<<"$depends" || { echo "deb-control.sh: Depends lacks $library: '$depends'" >&2; exit 1; }
done

cat <<CONTROL
Package: retro
Version: $version
Architecture: $arch
Maintainer: retro maintainers <retro@invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: devel
Priority: optional
Homepage: https://github.com/retro-tool/retro
Description: blameless incident retrospectives from chat, monitoring and alert exports
 retro writes an incident retrospective (Markdown and a self-contained HTML page) and a
 customer summary from chat exports, monitoring snapshots and alert logs plus a hand-written
 incident file, and lints any retrospective's Markdown for blameful phrasing and retired
 terms (text, JSON, SARIF, GitHub annotations, rdjson, or a language server for editors).
CONTROL
