#!/usr/bin/env python3
"""Writes a macOS .icns from PNG files, the way Apple's iconutil does (every entry a PNG).

usage: png2icns.py OUT.icns 16.png 32.png 64.png 128.png 256.png 512.png 1024.png
(the files in that order; each is stored under the entry types macOS reads for that pixel size)
"""
import struct
import sys

# pixel size -> icns entry types holding a PNG of that size (1x for one size, 2x "retina" for half of it)
TYPES = {16: [b"icp4"], 32: [b"icp5", b"ic11"], 64: [b"icp6", b"ic12"], 128: [b"ic07"],
         256: [b"ic08", b"ic13"], 512: [b"ic09", b"ic14"], 1024: [b"ic10"]}


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG")
    return struct.unpack(">II", data[16:24])


def main(out, pngs):
    entries = b""
    for path in pngs:
        with open(path, "rb") as f:
            data = f.read()
        w, h = png_size(data)
        if w != h or w not in TYPES:
            raise SystemExit(f"{path}: {w}x{h} is not an icns size")
        for t in TYPES[w]:
            entries += t + struct.pack(">I", 8 + len(data)) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
