#!/usr/bin/env python3
"""Draws request paths from a Zipf distribution over a fixed popularity order, deterministically.

    zipf.py <popularity file> <draws> <seed> <s> <path prefix>  >  paths.txt

The popularity file has one slug a line, the most popular first; rank k (1-based) is drawn with probability
proportional to 1 / k**s. Prints one path (prefix + slug) a line, then, on stderr, a summary line:
"distinct=<slugs drawn> top1=<share> top10=<share> top100=<share>".
"""
import bisect
import random
import sys

popularity_file, draws, seed, s, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
with open(popularity_file) as f:
    slugs = [line.strip() for line in f if line.strip()]
cumulative = []
total = 0.0
for k in range(1, len(slugs) + 1):
    total += 1.0 / k**s
    cumulative.append(total)
rng = random.Random(seed)
counts = [0] * len(slugs)
out = sys.stdout
for _ in range(draws):
    i = bisect.bisect_left(cumulative, rng.random() * total)
    i = min(i, len(slugs) - 1)
    counts[i] += 1
    out.write(prefix + slugs[i] + "\n")
distinct = sum(1 for c in counts if c)
share = lambda n: sum(counts[:n]) / draws
print("distinct=%d top1=%.3f top10=%.3f top100=%.3f" % (distinct, share(1), share(10), share(100)), file=sys.stderr)
