#!/usr/bin/env python3
"""Draws the recognition benchmark sample and the labelled candidates from the rows written by
dmi_extract.py (the linux-hardware.org DMI collection, linuxhw/DMI, CC BY 4.0).

Usage: dmi_sample.py <extract.tsv> <sample.tsv> [--size 2000] [--seed 13]
       dmi_sample.py <extract.tsv> <candidates.tsv> --labelled --exclude <sample.tsv> [--seed 13]

The sample is a seeded uniform draw over all dumps: it stands for what an estate holds. The
labelled candidates are drawn outside the sample: every dump without an Intel or AMD CPU, plus
a seeded draw of dumps whose system maker is a placeholder or whose firmware is coreboot; their
expected verdicts are set by hand in labelled.tsv.
"""
import argparse
import csv
import random
import sys

KEYS = ["path", "sysMaker", "sysProduct", "boardMaker", "boardProduct", "chassisType", "biosVendor",
        "cpuMaker", "cpuVersion", "cpuStatus"]
PLACEHOLDERS = ("system manufacturer", "to be filled by o.e.m.", "default string", "not specified", "notebook", "")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(KEYS) + "\n")
        for r in rows:
            f.write("\t".join(r.get(k, "") for k in KEYS) + "\n")


def x86(r):
    s = (r["cpuMaker"] + " " + r["cpuVersion"]).lower()
    return any(t in s for t in ("intel", "amd", "advanced micro devices", "genuineintel", "authenticamd", "ryzen", "athlon", "opteron",
                                "celeron", "pentium", "xeon", "core(tm)", "epyc", "sempron", "phenom", "turion"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract")
    ap.add_argument("out")
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--labelled", action="store_true")
    ap.add_argument("--exclude")
    a = ap.parse_args()
    rows = [r for r in read(a.extract) if r["path"]]
    rows.sort(key=lambda r: r["path"])
    rnd = random.Random(a.seed)
    if not a.labelled:
        sample = rnd.sample(rows, a.size)
        sample.sort(key=lambda r: r["path"])
        write(a.out, sample)
        print(f"{len(sample)} of {len(rows)} dumps", file=sys.stderr)
        return
    excluded = {r["path"] for r in read(a.exclude)} if a.exclude else set()
    pool = [r for r in rows if r["path"] not in excluded]
    chosen = [r for r in pool if r["cpuVersion"] and not x86(r)]
    odd = [r for r in pool if x86(r) and (r["sysMaker"].strip().lower() in PLACEHOLDERS or r["biosVendor"] == "coreboot")]
    chosen += rnd.sample(odd, min(60, len(odd)))
    chosen += rnd.sample([r for r in pool if x86(r) and r not in chosen], 60)
    chosen.sort(key=lambda r: r["path"])
    write(a.out, chosen)
    print(f"{len(chosen)} labelled candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
