#!/usr/bin/env python3
"""Writes the expected cn-2020 verdict of each labelled candidate (see dmi_sample.py --labelled).

Usage: label_truth.py <candidates.tsv> <labelled.tsv>

The truth is a technician's reading of the key strings, written here by hand and independently of
Origo's knowledge files: which country each brand and each CPU designer found among the candidates
is headquartered in (public record), the mainboard maker standing in for a placeholder system maker,
and the cn-2020 reading of a dmidecode dump (no operating system recorded): REPLACE when the brand
or the CPU designer is known and foreign (US flag when either is American), KEEP when both are
domestic, REVIEW when nothing foreign is known but something is unknown. Virtual machines are judged
on their platform only. Rows whose strings name nobody stay REVIEW: unknown is never domestic.
"""
import csv
import sys

# brand substrings (lower case) -> headquarters country, by public record
BRANDS = [
    ("raspberry pi", "GB"), ("raspberrypi", "GB"), ("sony uk", "GB"), ("orange pi", "CN"), ("radxa", "CN"),
    ("rockchip", "CN"), ("loongson", "CN"), ("zhaoxin", "CN"), ("phytium", "CN"), ("greatwall", "CN"),
    ("great wall", "CN"), ("huawei", "CN"), ("lenovo", "CN"), ("thtf", "CN"), ("tongfang", "CN"), ("inspur", "CN"),
    ("azw", "CN"), ("hasee", "CN"), ("asustek", "TW"), ("asus", "TW"), ("asrock", "TW"), ("gigabyte", "TW"),
    ("micro-star", "TW"), ("msi", "TW"), ("via technolog", "TW"), ("inventec", "TW"), ("hewlett-packard", "US"),
    ("hp", "US"), ("dell", "US"), ("microsoft", "US"), ("supermicro", "US"), ("nvidia", "US"), ("red hat", "US"),
    ("wyse", "US"), ("sony corporation", "JP"), ("toshiba", "JP"), ("samsung", "KR"), ("elpitech", "RU"),
    ("t-platforms", "RU"), ("aquarius", "RU"), ("positivo", "BR"), ("pc specialist", "GB"), ("digma", "RU"),
    ("vxl", "IN"), ("fujitsu", "JP"), ("acer", "TW"), ("apple", "US"), ("medion", "DE"), ("packard bell", "NL"),
    ("google", "US"), ("panasonic", "JP"), ("lg electronics", "KR"), ("intel", "US"), ("clevo", "TW"),
    ("ecs", "TW"), ("biostar", "TW"), ("gateway", "TW"), ("emachines", "TW"), ("alienware", "US"),
    ("system76", "US"), ("framework", "US"), ("tuxedo", "DE"), ("timi", "CN"), ("honor", "CN"), ("xiaomi", "CN"),
    ("chuwi", "CN"), ("teclast", "CN"), ("mechrevo", "CN"), ("huananzhi", "CN"), ("zotac", "HK"),
    ("foxconn", "TW"), ("pegatron", "TW"), ("quanta", "TW"), ("compal", "TW"), ("shuttle", "TW"), ("razer", "SG"),
    ("dynabook", "JP"), ("nec", "JP"), ("ibm", "US"), ("compaq", "US"), ("vmware", "US"), ("oracle", "US"),
    ("innotek", "DE"), ("qemu", None), ("advanced micro devices", "US"), ("amd", "US"), ("appliedmicro", "US"), ("broadcom", "US"),
    ("hardkernel", "KR"), ("haier", "CN"), ("gitstar", "CN"), ("kaitian", "CN"),
]
PLACEHOLDER = ("system manufacturer", "to be filled by o.e.m", "to be filled by o.e.m.", "default string", "not specified",
               "notebook", "oem", "n/a", "unknown", "", "ami", "american megatrends inc.", "insyde")
# CPU substrings -> designer country
CPUS = [
    ("zhaoxin", "CN"), ("loongson", "CN"), ("phytium", "CN"), ("ft-2000", "CN"), ("d2000", "CN"), ("kunpeng", "CN"),
    ("kirin", "CN"), ("hisilicon", "CN"), ("rockchip", "CN"), ("rk3588", "CN"), ("hygon", "CN"),
    ("baikal", "RU"), ("be-m1000", "RU"), ("bcm27", "US"), ("bcm28", "US"), ("snapdragon", "US"), ("qualcomm", "US"),
    ("tegra", "US"), ("orin", "US"), ("nvidia", "US"), ("ampere", "US"), ("nxp", "NL"), ("via ", "TW"), ("centaurhauls", "TW"),
    ("intel", "US"), ("celeron", "US"), ("pentium", "US"), ("banias", "US"), ("amd", "US"),
    ("advanced micro devices", "US"), ("authenticamd", "US"),
]


def brand(r):
    maker = r["sysMaker"].strip().lower()
    if maker in PLACEHOLDER or maker.startswith("to be filled"):
        maker = r["boardMaker"].strip().lower()
        if maker in PLACEHOLDER or maker.startswith("to be filled"):
            return None, False
    for key, country in BRANDS:
        if maker.startswith(key) or (len(key) > 3 and key in maker):
            return country, True
    return None, False


def cpu(r):
    s = (r["cpuMaker"] + " " + r["cpuVersion"] + " ").lower()
    for key, country in CPUS:
        if key in s:
            return country
    return None


def main():
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    out = open(sys.argv[2], "w", encoding="utf-8", newline="")
    keys = list(rows[0].keys())
    out.write("\t".join(keys + ["expected", "expectedUs", "truth"]) + "\n")
    for r in rows:
        b, known = brand(r)
        vm = r["sysMaker"].strip().lower() in ("qemu", "red hat") or "pc-q35" in r["cpuVersion"].lower()
        c = None if vm else cpu(r)
        parts = [b, c]
        foreign = [x for x in parts if x is not None and x != "CN"]
        if vm and r["sysMaker"].strip().lower() == "qemu":
            b = None
            foreign = []
            parts = [None]
        if foreign:
            verdict = "REPLACE"
        elif all(x == "CN" for x in parts):
            verdict = "KEEP"
        else:
            verdict = "REVIEW"
        us = verdict == "REPLACE" and "US" in foreign
        truth = f"brand {b or 'unknown'}, CPU {'not judged (virtual machine)' if vm else c or 'unknown'}"
        out.write("\t".join([r[k] for k in keys] + [verdict, str(us).lower(), truth]) + "\n")


if __name__ == "__main__":
    main()
