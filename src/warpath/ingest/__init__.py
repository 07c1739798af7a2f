"""Read articles from files, directories, standard input, corpora, pages, feeds and URLs.

:func:`read_inputs` yields :class:`~warpath.document.Article` objects and
:class:`Problem` reports in input order; nothing here raises for bad input.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from .. import settings
from ..document import Article
from ..errors import InputError, message
from .corpus import read_csv, read_jsonl
from .decode import binary_kind, decode
from .problems import Problem
from .text import parse_text
from .web import fetch, looks_like_feed, looks_like_html, read_feed, read_html

__all__ = ["FORMATS", "IngestOptions", "Problem", "read_bytes", "read_inputs"]

FORMATS = ("auto", "text", "jsonl", "csv", "html", "feed")
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
CORPUS_FORMATS = ("jsonl", "csv")


@dataclass
class IngestOptions:
    default_date: date | None = None
    input_format: str = "auto"
    max_bytes: int = settings.get("max_bytes")
    max_article_chars: int = settings.get("max_article_chars")
    fetch: bool = False
    fetch_timeout: float = settings.get("fetch_timeout")
    fetch_max_bytes: int = settings.get("fetch_max_bytes")


def read_inputs(paths: Iterable[str], options: IngestOptions | None = None) -> Iterator[Article | Problem]:
    """Every article in ``paths`` (files, directories, ``-`` for stdin, URLs)."""
    opts = options or IngestOptions()
    for raw in paths:
        if raw == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", opts)
        elif "://" in raw:
            yield from _read_url(raw, opts)
        else:
            yield from _read_path(Path(raw), opts)


def _read_path(path: Path, opts: IngestOptions) -> Iterator[Article | Problem]:
    origin = str(path)
    if path.is_dir():
        yield from _read_dir(path, opts)
        return
    if not path.exists():
        yield Problem(origin, message("E001", origin=origin))
        return
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as exc:
        yield Problem(origin, message("E002", origin=origin, reason=exc.strerror or str(exc)))
        return
    with stream:
        fmt = _format_for(path.suffix.lower(), opts)
        if size == 0:
            yield Problem(origin, message("E004", origin=origin))
        elif fmt not in CORPUS_FORMATS and size > opts.max_bytes:
            yield Problem(origin, message("E005", origin=origin, size=size, limit=opts.max_bytes))
        else:
            yield from _read_stream(stream, origin, opts, fmt)


def _read_dir(root: Path, opts: IngestOptions) -> Iterator[Article | Problem]:
    """Files below ``root`` whose extension names a known format, in path order."""
    skipped: dict[str, int] = {}
    try:
        walk = sorted(
            Path(d) / f
            for d, dirs, files in os.walk(root, onerror=_raise)
            for f in files
            if not f.startswith(".") and not any(part.startswith(".") for part in Path(d).relative_to(root).parts)
        )
    except OSError as exc:
        yield Problem(str(root), message("E002", origin=str(root), reason=exc.strerror or str(exc)))
        return
    for path in walk:
        if path.suffix.lower() in EXTENSIONS or opts.input_format != "auto":
            yield from _read_path(path, opts)
        else:
            skipped[path.suffix.lower() or "(none)"] = skipped.get(path.suffix.lower() or "(none)", 0) + 1
    if skipped:
        kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(skipped.items()))
        yield Problem(
            str(root),
            f"[W105] {root}: skipped files of unknown type ({kinds}); name them or pass --input-format.",
            error=False,
        )


def _raise(exc: OSError) -> None:
    raise exc


def _format_for(suffix: str, opts: IngestOptions) -> str:
    if opts.input_format != "auto":
        return opts.input_format
    return EXTENSIONS.get(suffix, "auto")


def read_bytes(data: bytes, origin: str, options: IngestOptions, fmt: str = "auto") -> Iterator[Article | Problem]:
    """Every article in one input already in memory (as a Spark executor gets a file),
    read exactly as a file named ``origin`` would be."""
    yield from _read_stream(io.BytesIO(data), origin, options, fmt)


def _read_stream(stream: IO[bytes], origin: str, opts: IngestOptions, fmt: str = "auto") -> Iterator[Article | Problem]:
    if fmt == "auto":
        fmt = opts.input_format
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(8192)[:8192]
    if fmt == "auto":
        fmt = _sniff(head, origin)
    if fmt in CORPUS_FORMATS:
        kind = binary_kind(head)
        if kind:
            yield Problem(origin, message("E003", origin=origin, what=kind))
            return
        reader = read_jsonl if fmt == "jsonl" else read_csv
        yield from reader(buffered, origin, opts.default_date, opts.max_article_chars)
        return
    if fmt == "unknown":
        yield Problem(origin, message("E006", origin=origin))
        return
    data = buffered.read(opts.max_bytes + 1)
    if not data.strip():
        yield Problem(origin, message("E004", origin=origin))
        return
    if len(data) > opts.max_bytes:
        yield Problem(origin, message("E005", origin=origin, size=len(data), limit=opts.max_bytes))
        return
    yield from _read_document(data, origin, fmt, opts)


def _read_document(data: bytes, origin: str, fmt: str, opts: IngestOptions, url: str | None = None) -> Iterator[Article | Problem]:
    """One single-document input (text, HTML or a feed) already in memory."""
    warnings: list[str] = []
    try:
        if fmt == "feed":
            if binary_kind(data[:8192]):
                decode(data, origin, warnings)  # raises the binary error
            yield from read_feed(data, origin, opts.default_date)
            return
        text = decode(data, origin, warnings)
        for w in warnings:
            yield Problem(origin, w, error=False)
        if fmt == "html":
            article = read_html(text, origin, opts.default_date, url=url)
        else:
            article = parse_text(text, origin, opts.default_date)
        if len(article.text) > opts.max_article_chars:
            raise InputError("E015", origin=origin, size=len(article.text), limit=opts.max_article_chars)
    except InputError as exc:
        yield Problem(origin, str(exc))
        return
    yield article


def _sniff(head: bytes, origin: str) -> str:
    """The format of an input without a telling extension, from its first bytes."""
    if binary_kind(head):
        return "text"  # decode() reports the binary with its kind
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{") or stripped.startswith(b"["):
        return "jsonl"
    if looks_like_feed(stripped):
        return "feed"
    if looks_like_html(stripped):
        return "html"
    if b"," in stripped.split(b"\n", 1)[0] and b"text" in stripped.split(b"\n", 1)[0].lower().split(b","):
        return "csv"
    if not origin.startswith("<") and Path(origin).suffix and Path(origin).suffix.lower() not in EXTENSIONS:
        return "unknown"
    return "text"


def _read_url(url: str, opts: IngestOptions) -> Iterator[Article | Problem]:
    if not opts.fetch:
        yield Problem(url, message("E013", origin=url))
        return
    try:
        body, content_type = fetch(url, opts.fetch_timeout, opts.fetch_max_bytes)
    except InputError as exc:
        yield Problem(url, str(exc))
        return
    if "rss" in content_type or "atom" in content_type or looks_like_feed(body.lstrip()):
        fmt = "feed"
    elif opts.input_format != "auto":
        fmt = opts.input_format
    else:
        fmt = "html" if "html" in content_type or looks_like_html(body) else "text"
    yield from _read_document(body, url, fmt, opts, url=url)
