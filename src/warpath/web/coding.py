"""Coding a posted or pasted article with the one pipeline, and storing it when asked.

The pipeline is built on first use by the ``factory`` the app was given
(:func:`warpath.load` by default; ``warpath serve`` starts building it in the
background at start), then reused. spaCy pipelines are not made for several
threads at once, so articles are coded one at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from ..document import Article, Document
from ..errors import WarpathError
from ..pipeline import Pipeline
from .db import Database
from .security import ApiError


class Coder:
    def __init__(self, factory: Callable[[], Pipeline], max_chars: int) -> None:
        self._factory = factory
        self._pipeline: Pipeline | None = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self.max_chars = max_chars

    @property
    def pipeline(self) -> Pipeline:
        with self._load_lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            return self._pipeline

    def warm(self) -> threading.Thread:
        """Build the pipeline in a background thread, so the first paste does not wait for the model."""
        thread = threading.Thread(target=lambda: self.pipeline, name="warpath-load-pipeline", daemon=True)
        thread.start()
        return thread

    def code(self, text: str, published: date | None = None, title: str | None = None, source: str | None = None,
             url: str | None = None) -> Document:
        """The coded document of one article; 413 when it is too long, 422 when it is empty."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if len(text) > self.max_chars:
            raise ApiError(413, "E073", size=len(text), limit=self.max_chars)
        if not text.strip():
            raise ApiError(422, "E079")
        article = Article(text=text, date=published, title=title or None, source=source or None, url=url or None,
                          origin="web")
        pipeline = self.pipeline
        with self._run_lock:
            return next(pipeline.pipe([article], keep_parse=False))

    @staticmethod
    def store(db: Database, doc: Document) -> None:
        """Store ``doc`` (replacing the layers of an article already stored); 409 if another process holds the file."""
        try:
            with db.write() as store:
                store.save_documents([doc])
        except WarpathError as exc:
            if exc.code in ("E031", "E032"):
                raise ApiError(409, "E078", path=db.path, reason=str(exc)) from None
            raise
