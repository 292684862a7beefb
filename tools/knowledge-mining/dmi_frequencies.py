#!/usr/bin/env python3
"""Frequency report over the rows written by dmi_extract.py: how many dumps name each system maker,
mainboard maker, product family, CPU maker and model string, and firmware vendor.

Usage: dmi_frequencies.py <extract.tsv> [--top 60] [--min 1]

Used to decide which makers and CPU families deserve an entry in the origin knowledge (a maker seen
on more than a handful of machines gets one).
"""
import argparse
import collections
import csv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--min", type=int, default=1)
    a = ap.parse_args()
    with open(a.extract, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    print(f"{len(rows)} dumps")
    columns = [("system maker", lambda r: r["sysMaker"]), ("mainboard maker", lambda r: r["boardMaker"]),
               ("system family", lambda r: r["sysFamily"]), ("CPU maker", lambda r: r["cpuMaker"]),
               ("CPU model", lambda r: " ".join(r["cpuVersion"].split())), ("firmware vendor", lambda r: r["biosVendor"]),
               ("computer type (path)", lambda r: r["type"]),
               ("CPU record marked Unpopulated with no populated one", lambda r: "yes" if r["cpuPopulated"] == "0" and r["cpuCount"] != "0" else "no")]
    for title, key in columns:
        c = collections.Counter(key(r) for r in rows)
        print(f"\n== {title}: {len(c)} distinct values")
        for value, n in c.most_common(a.top):
            if n >= a.min:
                print(f"{n:8d}  {value!r}")


if __name__ == "__main__":
    main()
