"""Just enough PNG reading to check the app icons: the header and the RGBA pixels."""

from __future__ import annotations

import struct
import zlib


def png_header(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour_type


def unfilter(kind: int, line: bytearray, up: bytes, bpp: int) -> bytearray:
    """Undoes one of PNG's five row filters in place."""
    for x in range(len(line)):
        a, b = line[x - bpp] if x >= bpp else 0, up[x]
        c = up[x - bpp] if x >= bpp else 0
        p = a + b - c
        paeth = min((abs(p - a), a), (abs(p - b), b), (abs(p - c), c), key=lambda t: t[0])[1]
        line[x] = (line[x] + (0, a, b, (a + b) // 2, paeth)[kind]) & 0xFF
    return line


def png_pixels(data: bytes) -> list[bytes]:
    """The RGBA pixels of an 8-bit RGBA, non-interlaced PNG."""
    width, height, depth, colour_type = png_header(data)
    assert (depth, colour_type, data[28]) == (8, 6, 0), "expected 8-bit RGBA, not interlaced"
    idat, pos = bytearray(), 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * 4 + 1
    rows = [bytes(stride - 1)]
    for y in range(height):
        line = bytearray(raw[y * stride + 1 : (y + 1) * stride])
        rows.append(bytes(unfilter(raw[y * stride], line, rows[-1], 4)))
    return [row[i : i + 4] for row in rows[1:] for i in range(0, stride - 1, 4)]
