"""Small, valid PNG pictures for the made-up municipality's evidence, from the standard library.

Each picture is a stand-in for a screenshot: a header in one colour, a few
coloured bars like posts on a page, and along the bottom a strip of black and
white blocks that spells the picture's serial number, so no two pictures of a
demo have the same content (and so the same SHA-256).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

WIDTH = 320
HEIGHT = 180
_SERIAL_BITS = 32
_BLOCK = WIDTH // _SERIAL_BITS
_STRIP = 8

Colour = tuple[int, int, int]
WHITE: Colour = (255, 255, 255)
BLACK: Colour = (0, 0, 0)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _row(colour: Colour, width: int = WIDTH) -> bytes:
    return bytes(colour) * width


def screenshot_png(serial: int, header: Colour, bars: Sequence[tuple[Colour, int]]) -> bytes:
    """A 320×180 RGB picture: ``header`` on top, ``bars`` (colour, width in pixels) below it.

    ``serial`` (0 to 2³²−1) is drawn as blocks along the bottom.
    """
    page = bytearray()
    for colour, width in bars:
        page += bytes(colour) * max(0, min(width, WIDTH - len(page) // 3))
    page += bytes(WHITE) * (WIDTH - len(page) // 3)
    strip = b"".join(
        bytes(BLACK if serial >> bit & 1 else WHITE) * _BLOCK for bit in range(_SERIAL_BITS)
    )
    strip += bytes(WHITE) * (WIDTH - _BLOCK * _SERIAL_BITS)
    rows = (
        [_row(header)] * 24
        + [_row(WHITE)] * 8
        + [bytes(page)] * (HEIGHT - 24 - 8 - _STRIP - 4)
        + [_row(WHITE)] * 4
        + [strip] * _STRIP
    )
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 (none) on every row
    header_chunk = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header_chunk)
        + _chunk(b"IDAT", zlib.compress(raw, 1))
        + _chunk(b"IEND", b"")
    )
