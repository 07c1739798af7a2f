"""Whole answers to repeated API reads, kept until the next write.

An analyst's dashboard asks the same things again and again: the overview's
timelines, the first pages of a dyad's events. The routes already remember
what they computed (:meth:`~warpath.web.db.Database.cached`), but a remembered
result still goes through routing, parameter parsing and validation on every
request, which is most of what a repeated request costs. :class:`RememberedAnswers`
keeps the finished response (status 200, headers and body) of the reads in
``CACHED_PATHS`` under the exact path and query string, and answers the same
request from it before the app sees it. A write drops every kept answer with the
database's other remembered results; an answer computed while a write happened
is not kept.
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .db import Database

CACHED_PATHS = ("/api/events", "/api/timelines/")
"""Reads whose answers are kept: the events table (not one event by id) and dyad timelines."""
MAX_ANSWER_BYTES = 2_000_000
"""Answers larger than this are not kept (a page of 200 events is some 400 kB)."""


class RememberedAnswers:
    """ASGI middleware: a repeated GET of ``CACHED_PATHS`` answered as it was the first time."""

    def __init__(self, app: ASGIApp, db: Database) -> None:
        self.app = app
        self.db = db

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not _cached_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        key = ("answer", scope["path"], scope.get("query_string", b""))
        kept = self.db.answer(key)
        if kept is not None:
            headers, body = kept
            await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.db.generation
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        size = 0

        async def keep(msg: Message) -> None:
            nonlocal size
            if msg["type"] == "http.response.start":
                start.update(msg)
            elif msg["type"] == "http.response.body" and start.get("status") == 200 and size <= MAX_ANSWER_BYTES:
                chunks.append(msg.get("body", b""))
                size += len(chunks[-1])
                if not msg.get("more_body", False) and size <= MAX_ANSWER_BYTES:
                    self.db.keep_answer(key, (tuple(start.get("headers", ())), b"".join(chunks)), generation)
            await send(msg)

        await self.app(scope, receive, keep)


def _cached_path(path: str) -> bool:
    return path == CACHED_PATHS[0] or path.startswith(CACHED_PATHS[1])
