#!/usr/bin/env python3
"""Extracts the key identity strings of every dmidecode dump in a linux-hardware.org DMI
collection (a clone or bare git repository of linuxhw/DMI, CC BY 4.0).

Usage: dmi_extract.py <repo-or-git-dir> <out.tsv>

One row per dump: source path, computer type and vendor from the path, then BIOS vendor,
system maker / product / family, board maker / product, chassis type, and the first CPU record
(maker, version, status, family). Fields are tab-separated, tabs and newlines in values become
spaces. Reads the repository through `git cat-file --batch`, so no work tree is needed.
"""
import os
import subprocess
import sys

FIELDS = ["path", "type", "pathVendor", "biosVendor", "sysMaker", "sysProduct", "sysFamily",
          "boardMaker", "boardProduct", "chassisType", "cpuMaker", "cpuVersion", "cpuStatus", "cpuFamily",
          "cpuCount", "cpuPopulated"]


def git_dir(path):
    if os.path.isdir(os.path.join(path, ".git")):
        return os.path.join(path, ".git")
    return path


def parse(text):
    """First-level properties of the SMBIOS structures this tool needs."""
    row = {}
    cpus = []
    block = None
    btype = -1
    for line in text.splitlines():
        if line.startswith("Handle 0x"):
            if block is not None and btype == 4:
                cpus.append(block)
            block = {}
            i = line.find("DMI type ")
            btype = -1
            if i >= 0:
                digits = ""
                for ch in line[i + 9:]:
                    if ch.isdigit():
                        digits += ch
                    else:
                        break
                btype = int(digits) if digits else -1
            seen_props = False
            continue
        if block is None or not line.strip():
            continue
        if line[0] not in "\t ":
            continue
        depth = len(line) - len(line.lstrip("\t "))
        if depth > 1 and line.startswith("\t\t"):
            continue
        k, sep, v = line.strip().partition(":")
        if not sep:
            continue
        k = k.strip()
        v = v.strip()
        if k in block:
            continue
        block[k] = v
        if btype == 0 and k == "Vendor":
            row.setdefault("biosVendor", v)
        elif btype == 1 and k in ("Manufacturer", "Product Name", "Family"):
            row.setdefault({"Manufacturer": "sysMaker", "Product Name": "sysProduct", "Family": "sysFamily"}[k], v)
        elif btype == 2 and k in ("Manufacturer", "Product Name"):
            row.setdefault({"Manufacturer": "boardMaker", "Product Name": "boardProduct"}[k], v)
        elif btype == 3 and k == "Type":
            row.setdefault("chassisType", v)
    if block is not None and btype == 4:
        cpus.append(block)
    populated = [c for c in cpus if not c.get("Status", "").startswith("Unpopulated")]
    first = populated[0] if populated else (cpus[0] if cpus else None)
    if first is not None:
        row["cpuMaker"] = first.get("Manufacturer", "")
        row["cpuVersion"] = first.get("Version", "")
        row["cpuStatus"] = first.get("Status", "")
        row["cpuFamily"] = first.get("Family", "")
    row["cpuCount"] = str(len(cpus))
    row["cpuPopulated"] = str(len(populated))
    return row


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: dmi_extract.py <linuxhw-DMI clone or bare repo> <out.tsv>")
    gd = git_dir(sys.argv[1])
    listing = subprocess.run(["git", "--git-dir", gd, "ls-tree", "-r", "-z", "HEAD"], check=True,
                             capture_output=True).stdout.split(b"\0")
    entries = []
    for e in listing:
        if not e:
            continue
        meta, path = e.split(b"\t", 1)
        path = path.decode("utf-8", "replace")
        parts = path.split("/")
        if len(parts) != 5 or meta.split()[1] != b"blob":
            continue
        entries.append((meta.split()[2].decode(), path, parts))
    proc = subprocess.Popen(["git", "--git-dir", gd, "cat-file", "--batch"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("\t".join(FIELDS) + "\n")
        for n, (sha, path, parts) in enumerate(entries):
            proc.stdin.write((sha + "\n").encode())
            proc.stdin.flush()
            header = proc.stdout.readline().split()
            size = int(header[2])
            data = proc.stdout.read(size)
            proc.stdout.read(1)
            row = parse(data.decode("utf-8", "replace"))
            row["path"] = path
            row["type"] = parts[0]
            row["pathVendor"] = parts[1]
            out.write("\t".join(row.get(f, "").replace("\t", " ").replace("\n", " ") for f in FIELDS) + "\n")
            if n % 20000 == 0:
                print(f"{n}/{len(entries)}", file=sys.stderr)
    proc.stdin.close()
    proc.wait()


if __name__ == "__main__":
    main()
