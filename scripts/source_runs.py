#!/usr/bin/env python3
"""Writes tests/sources/runs.txt: the hash of every run of seven words in the source texts.

The phrasebook must say things in its own words. `tests/content.rs` hashes every seven-word
run of every phrase the same way and fails on a match. Only hashes are kept, so the sources'
text never enters the repository, and the check runs where the sources are not (CI).

Words: lowercase, split on every character that is not a letter or a digit. Hash: FNV-1a,
64 bits, over the UTF-8 of the seven words joined by single spaces.

Usage: python3 scripts/source_runs.py [SEEDS_DIR]   (default ../shared/seeds)
"""
import pathlib
import re
import sys

RUN = 7
WORD = re.compile(r"[^\W_]+")


def fnv1a(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def runs(text: str):
    words = WORD.findall(text.lower())
    for i in range(len(words) - RUN + 1):
        yield fnv1a(" ".join(words[i : i + RUN]).encode())


def main(argv):
    seeds = pathlib.Path(argv[1] if len(argv) > 1 else "../shared/seeds")
    files = sorted(seeds.glob("*.txt"))
    if not files:
        sys.exit(f"{seeds}: no source texts (*.txt)")
    hashes = sorted({h for f in files for h in runs(f.read_text(encoding="utf-8"))})
    out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "sources" / "runs.txt"
    out.write_text("".join(f"{h:016x}\n" for h in hashes))
    print(f"{out}: {len(hashes)} runs of {RUN} words from {len(files)} source texts")


if __name__ == "__main__":
    main(sys.argv)
