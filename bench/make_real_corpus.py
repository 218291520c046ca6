#!/usr/bin/env python3
"""Repeats the real incident reviews of the shared corpus into one Markdown file of about N MB, for the
lint benchmark on real writing (reference and footnote definitions, tables, quotes, HTML blocks).

usage: make_real_corpus.py CORPUS_DIR OUT.md MEGABYTES
"""
import glob
import os
import sys

corpus, out, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
paths = sorted(glob.glob(os.path.join(corpus, "postmortems*", "*.md")))
paths = [p for p in paths if os.path.basename(p) != "README.md"]
if not paths:
    sys.exit(f"no postmortems under {corpus}")
documents = [open(p, encoding="utf-8").read() for p in paths]
target = int(megabytes * 1_000_000)
written = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        for text in documents:
            chunk = text.rstrip("\n") + "\n\n---\n\n"
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            if written >= target:
                break
print(f"wrote {written / 1e6:.1f} MB from {len(paths)} postmortems to {out}")
