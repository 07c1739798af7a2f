"""HTML pages (via trafilatura), RSS/Atom feeds (via feedparser) and fetching URLs."""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date

import feedparser
import lxml.html
import trafilatura

from .. import __version__
from ..document import Article
from ..errors import InputError, message
from .dates import from_struct, parse_date
from .problems import Problem

_FEED_HEAD = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_HEAD = re.compile(rb"<(!doctype html|html|head|body|article|p|div)[\s>]", re.I)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote")

# trafilatura logs every page it finds too short; the reader reports that itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED_HEAD.search(head[:4096]))


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_HEAD.search(head[:4096]))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element."""
    if not markup.strip():
        return ""
    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def read_html(markup: str, origin: str, default_date: date | None, url: str | None = None) -> Article:
    """The main text, title, date and site of an HTML page."""
    try:
        extracted = trafilatura.extract(
            markup, url=url, output_format="json", with_metadata=True,
            include_comments=False, include_tables=False, favor_precision=True,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as exc:
        raise InputError("E008", origin=origin, detail=f" (the HTML could not be parsed: {exc})") from None
    if not extracted:
        raise InputError("E008", origin=origin, detail=" in the HTML page")
    meta = json.loads(extracted)
    text = (meta.get("text") or "").strip()
    title = meta.get("title") or None
    if title and text.startswith(title + "\n"):
        text = text[len(title):].strip()  # the page's headline repeated as the first line
    if not text:
        raise InputError("E008", origin=origin, detail=" in the HTML page")
    published = default_date
    if meta.get("date"):
        try:
            published = parse_date(meta["date"])
        except ValueError:
            pass  # trafilatura's guess; fall back to --date
    return Article(
        text=text,
        date=published,
        title=title,
        source=meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname") or None,
        url=meta.get("url") or url,
        origin=origin,
    )


def read_feed(data: bytes, origin: str, default_date: date | None) -> Iterator[Article | Problem]:
    """One article per feed entry, from its content or summary."""
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield Problem(origin, message("E012", origin=origin, reason=reason))
        return
    if not parsed.entries:
        yield Problem(origin, message("E012", origin=origin, reason="it has no entries"))
        return
    site = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{origin} entry {n}"
        contents = entry.get("content") or []
        markup = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
        text = html_to_text(markup)
        if not text:
            yield Problem(where, message("E008", origin=where, detail=" in the feed entry"))
            continue
        published = from_struct(entry.get("published_parsed") or entry.get("updated_parsed")) or default_date
        yield Article(
            text=text,
            date=published,
            title=html_to_text(entry.get("title", "")) or None,
            source=site,
            url=entry.get("link") or None,
            origin=where,
            external_id=entry.get("id") or None,
        )


def fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """Download ``url`` (http or https only), refusing bodies over ``max_bytes``.

    Returns the body and its content type.
    """
    if not url.lower().startswith(("http://", "https://")):
        raise InputError("E014", origin=url, reason="only http and https URLs are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": f"warpath/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            body = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        raise InputError("E014", origin=url, reason=str(getattr(exc, "reason", exc))) from None
    if len(body) > max_bytes:
        raise InputError("E005", origin=url, size=len(body), limit=max_bytes)
    return body, content_type
