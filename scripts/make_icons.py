"""Draws the Teams app icons (a white "H" on a calm blue rounded square) with the stdlib only.

    python scripts/make_icons.py            # writes manifest/color.png and manifest/outline.png

Shapes are rounded rectangles sampled 4x4 times per pixel, so edges are smooth without a
graphics library. Teams wants color.png 192x192 and outline.png 32x32, white on transparent.
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

MANIFEST_DIR = Path(__file__).resolve().parent.parent / "manifest"
BLUE = (39, 99, 168)  # #2763A8, also the manifest's accentColor
WHITE = (255, 255, 255)
SUBSAMPLES = 4

Rect = tuple[float, float, float, float, float]  # x0, y0, x1, y1, corner radius
Shader = Callable[[float, float], tuple[int, int, int] | None]  # colour at a point, None = clear


def inside(rect: Rect, x: float, y: float) -> bool:
    x0, y0, x1, y1, r = rect
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    dx = max(x0 + r - x, 0.0, x - (x1 - r))
    dy = max(y0 + r - y, 0.0, y - (y1 - r))
    return dx * dx + dy * dy <= r * r


def letter_h(left: float, top: float, size: float, stroke: float) -> list[Rect]:
    """An "H" filling a sizexsize square: two stems and a crossbar, softly rounded."""
    r = stroke / 2
    mid = top + size / 2
    return [
        (left, top, left + stroke, top + size, r),
        (left + size - stroke, top, left + size, top + size, r),
        (left, mid - stroke / 2, left + size, mid + stroke / 2, 0.0),
    ]


def render(size: int, shade: Shader) -> bytes:
    """RGBA rows, each prefixed with PNG filter type 0; colours averaged over the subsamples."""
    rows = bytearray()
    step = 1 / SUBSAMPLES
    for py in range(size):
        rows.append(0)
        for px in range(size):
            r = g = b = a = 0
            for sy in range(SUBSAMPLES):
                for sx in range(SUBSAMPLES):
                    colour = shade(px + (sx + 0.5) * step, py + (sy + 0.5) * step)
                    if colour is not None:
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            rows += bytes((r // a, g // a, b // a) if a else (0, 0, 0))
            rows.append(round(255 * a / SUBSAMPLES**2))
    return bytes(rows)


def png(size: int, rgba_rows: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rgba_rows, 9))
        + chunk(b"IEND", b"")
    )


def color_icon() -> bytes:
    """192x192: the blue rounded square, the "H" in the 96x96 middle where Teams wants the mark."""
    background: Rect = (0, 0, 192, 192, 40)
    mark = letter_h(52, 48, 88, 24)

    def shade(x: float, y: float) -> tuple[int, int, int] | None:
        if any(inside(rect, x, y) for rect in mark):
            return WHITE
        return BLUE if inside(background, x, y) else None

    return png(192, render(192, shade))


def outline_icon() -> bytes:
    """32x32: the same mark as white lines on transparent, as Teams' outline icon must be."""
    frame_outer: Rect = (1, 1, 31, 31, 7)
    frame_inner: Rect = (3, 3, 29, 29, 5)
    mark: Sequence[Rect] = letter_h(10, 10, 12, 2)

    def shade(x: float, y: float) -> tuple[int, int, int] | None:
        in_frame = inside(frame_outer, x, y) and not inside(frame_inner, x, y)
        return WHITE if in_frame or any(inside(rect, x, y) for rect in mark) else None

    return png(32, render(32, shade))


def main(out_dir: Path = MANIFEST_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "color.png").write_bytes(color_icon())
    (out_dir / "outline.png").write_bytes(outline_icon())
    print(f"Wrote {out_dir / 'color.png'} and {out_dir / 'outline.png'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MANIFEST_DIR)
