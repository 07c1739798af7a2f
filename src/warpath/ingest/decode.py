"""Bytes to text: refuse binaries, decode UTF-8 (and BOM-marked UTF-16), warn on damage."""

from __future__ import annotations

import codecs

from ..errors import InputError, message

_MAGIC = {
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive or Office document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"PAR1": "Parquet file",
    b"SQLite format 3": "SQLite database",
}
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def binary_kind(head: bytes) -> str | None:
    """What kind of binary ``head`` (the first bytes of a file) looks like, or None for text."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return what
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "contains NUL bytes"
    if head:
        controls = sum(1 for b in head if b in _CONTROL)
        if controls / len(head) > 0.1:
            return "mostly control characters"
    return None


def decode(data: bytes, origin: str, warnings: list[str]) -> str:
    """Decode ``data`` read from ``origin``; refuse binaries, replace bad bytes with a warning."""
    kind = binary_kind(data[:8192])
    if kind:
        raise InputError("E003", origin=origin, what=kind)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warnings.append(message("W101", origin=origin))
        return data.decode("utf-8-sig", errors="replace")
