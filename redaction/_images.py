"""Image parts: metadata stripped from PNG and JPEG before any model sees them; anything else refused."""

from __future__ import annotations

import base64
import binascii
import re
import struct
import zlib
from collections import Counter


class UnsupportedContent(ValueError):
    """Content RadGate cannot make safe: the request is refused (fail closed)."""


_DATA_URL = re.compile(r"data:image/(?P<kind>[a-z0-9.+-]+);base64,", re.I)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Pixel data and what is needed to decode it; text, EXIF, ICC and time chunks can carry identifiers.
_PNG_KEEP = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}


def sanitize_image_url(url: str, found: Counter[str] | None = None) -> str:
    """Return the data URL with identifying metadata removed, or raise UnsupportedContent.

    DICOM is converted to PNG after its header is de-identified; ``found`` counts what was removed.
    """
    match = _DATA_URL.match(url)
    if match is None:
        raise UnsupportedContent("images must be inline base64 data URLs")
    try:
        data = base64.b64decode(url[match.end():], validate=True)
    except (binascii.Error, ValueError):
        raise UnsupportedContent("image data is not valid base64") from None
    kind = match.group("kind").lower()
    if data.startswith(_PNG_SIGNATURE):
        clean, mime = strip_png(data), "png"
    elif data.startswith(b"\xff\xd8"):
        clean, mime = strip_jpeg(data), "jpeg"
    elif data[128:132] == b"DICM":
        from redaction._dicom import dicom_to_png

        clean, removed = dicom_to_png(data)
        mime = "png"
        if found is not None:
            found["DICOM_ATTRIBUTE"] += removed
    else:
        raise UnsupportedContent(f"image type {kind!r} cannot be de-identified (PNG, JPEG and DICOM are "
                                 "accepted)")
    return f"data:image/{mime};base64," + base64.b64encode(clean).decode()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def encode_png(pixels: bytes, width: int, height: int, *, color: bool) -> bytes:
    """8-bit greyscale or RGB pixels (row-major) as a PNG with no metadata."""
    stride = width * (3 if color else 1)
    rows = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2 if color else 0, 0, 0, 0)
    return _PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 6)) + _chunk(b"IEND", b"")


def strip_png(data: bytes) -> bytes:
    out, pos, seen_end = [_PNG_SIGNATURE], len(_PNG_SIGNATURE), False
    while pos < len(data):
        if pos + 8 > len(data):
            raise UnsupportedContent("truncated PNG")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise UnsupportedContent("truncated PNG chunk")
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end - 4:end])[0]:
            raise UnsupportedContent("corrupt PNG chunk")
        if len(out) == 1 and kind != b"IHDR":
            raise UnsupportedContent("PNG does not start with IHDR")
        if kind in _PNG_KEEP:
            out.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            seen_end = True
            break
    if not seen_end:
        raise UnsupportedContent("PNG has no IEND")
    return b"".join(out)


def strip_jpeg(data: bytes) -> bytes:
    out, pos = [b"\xff\xd8"], 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise UnsupportedContent("corrupt JPEG segment")
        marker = data[pos + 1]
        if marker == 0xD9:  # EOI
            out.append(data[pos:pos + 2])
            return b"".join(out)
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        end = pos + 2 + length
        if end > len(data):
            raise UnsupportedContent("truncated JPEG segment")
        if marker == 0xDA:  # start of scan: entropy-coded data runs to EOI
            out.append(data[pos:])
            return b"".join(out)
        # APP1..APP15 (EXIF, XMP, ...) and COM can hold names, dates and IDs; APP0 (JFIF) is kept.
        if not (0xE1 <= marker <= 0xEF or marker == 0xFE):
            out.append(data[pos:end])
        pos = end
    raise UnsupportedContent("JPEG has no image data")
