#!/usr/bin/env python3
"""Writes a synthetic Markdown corpus of about SIZE_MB megabytes (default 50) for `make bench`.

The data is generated, not committed: python3 bench/make_corpus.py /tmp/retro-bench.md 50
"""
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/retro-bench.md"
size = int(float(sys.argv[2] if len(sys.argv) > 2 else 50) * 1024 * 1024)
random.seed(7)
words = ("the pool queue latency deploy rollback cache replica alert dashboard runbook customer checkout "
         "payments error ratio budget window service request timeout config region failover schedule "
         "review change build pipeline metric threshold saturation traffic capacity").split()
blameful = ["Sam should have caught this in review.", "The on-call engineer failed to notice the alert.",
            "This was human error.", "The root cause was the Friday deploy.", "It was a careless mistake."]
blocks = []
total = 0
n = 0
while total < size:
    n += 1
    kind = n % 7
    if kind == 0:
        block = f"## Section {n}\n"
    elif kind == 1:
        block = "```\n" + " ".join(random.choices(words, k=20)) + "\n```\n"
    elif kind == 2:
        block = "| time | event | owner |\n|---|---|---|\n" + "".join(
            f"| 09:{i:02d} | {' '.join(random.choices(words, k=5))} | Payments SRE |\n" for i in range(5))
    elif kind == 3:
        block = "".join(f"- {' '.join(random.choices(words, k=9))} *{random.choice(words)}*\n" for _ in range(4))
    elif kind == 4:
        block = "> " + " ".join(random.choices(words, k=25)) + "\n"
    else:
        sentences = []
        for _ in range(6):
            s = " ".join(random.choices(words, k=random.randint(8, 18)))
            sentences.append(s.capitalize() + ".")
        if random.random() < 0.1:
            sentences.append(random.choice(blameful))
        text = " ".join(sentences)
        # Soft-wrap at about 80 columns, with `code` and a [link](https://example.com) now and then.
        text = text.replace(" queue ", " `queue` ").replace(" dashboard ", " [dashboard](https://example.com/d) ")
        lines, line = [], ""
        for word in text.split(" "):
            if len(line) + len(word) > 78:
                lines.append(line)
                line = word
            else:
                line = (line + " " + word).strip()
        lines.append(line)
        block = "\n".join(lines) + "\n"
    blocks.append(block)
    total += len(block) + 1
with open(out, "w") as f:
    f.write("\n".join(blocks))
print(out, total)
