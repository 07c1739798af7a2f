"""How the web app reaches the database: one shared read-only connection, a brief writer.

DuckDB allows one writing process per file, and inside one process every
connection to a file must be opened the same way. So the server holds one
read-only connection for its whole life and gives each request its own cursor
(a DuckDB cursor is a connection of its own to the same database, safe to use
from the request's thread). Other processes can read the file meanwhile
(`warpath status`, `warpath export`), but cannot write it.

The one write the app makes, storing an article posted to ``/api/code`` with
``store=true``, takes the database for itself: it waits for the requests in
flight to finish, closes the read connection, opens a :class:`~warpath.store.Store`
for writing, saves the article, brings the event clusters up to date, closes it
and opens the read connection again. Reads wait meanwhile (a second or so).

On start, the same writer migrates an older database and merges events not in
a cluster yet, so the dashboard's timelines count every stored event; if
another process holds the file, the app starts read-only with the clusters as
they are, and says so.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from ..analysis import ensure_clusters
from ..errors import WarpathError
from ..store import Store
from . import queries

T = TypeVar("T")
CACHE_SIZE = 4096
"""Results kept by :meth:`Database.cached`; each is small (a count, a timeline, a list of alerts)."""
PAGE_CACHE_SIZE = 256
"""Pages of events and their JSON kept with ``large=True`` (50 events are some 100 kB)."""
ANSWER_CACHE_SIZE = 1024
"""Whole responses kept by :meth:`Database.keep_answer` (timelines of a few kB, pages of events of 100 kB)."""
ARTICLE_CACHE_SIZE = 100_000
"""Articles whose outlet, title and date :meth:`Database.article_meta` keeps (some 20 MB)."""


class ReadStore(Store):
    """A :class:`Store` over a cursor of the shared read-only connection, for one request."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:  # noqa: D107 - no super(): no new connection
        self.con = con
        self.path = path


class _ReadWriteLock:
    """Many readers or one writer; a waiting writer goes before new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Database:
    """The web app's access to one warpath database file."""

    def __init__(self, path: str | Path, prepare: bool = True, threads: int | None = None) -> None:
        """``threads``: DuckDB threads per query (its default: one per core)."""
        self.path = str(path)
        self.threads = threads
        if not Path(self.path).exists():
            raise WarpathError("E070", path=self.path)
        self.generation = 0
        """Bumped by every write; cached results of older generations are dropped."""
        self.notes: list[str] = []
        """What the app could not do on start (a database busy elsewhere), shown to the user."""
        self._lock = _ReadWriteLock()
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._pages: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._answers: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._computing: dict[tuple[Any, ...], threading.Lock] = {}
        self._articles: OrderedDict[str, queries.ArticleMeta] = OrderedDict()
        if prepare:
            self._prepare()
        self._con = self._open_read()

    def _prepare(self) -> None:
        try:
            with Store(self.path) as store:
                ensure_clusters(store)
        except WarpathError as exc:
            if exc.code != "E032":
                raise
            self.notes.append(f"{exc} The dashboard shows the event clusters as last merged.")

    def _open_read(self) -> duckdb.DuckDBPyConnection:
        con = Store(self.path, read_only=True).con
        if self.threads:
            con.execute(f"SET threads = {int(self.threads)}")
        return con

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store for one request's reads, on its own cursor."""
        with self._lock.read():
            cursor = self._con.cursor()
            try:
                yield ReadStore(cursor, self.path)
            finally:
                cursor.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """The store opened for writing, alone; clusters are brought up to date after the write."""
        with self._lock.write():
            self._con.close()
            try:
                with Store(self.path) as store:
                    yield store
                    ensure_clusters(store)
            finally:
                self.generation += 1
                with self._cache_lock:
                    self._cache.clear()
                    self._pages.clear()
                    self._answers.clear()
                    self._articles.clear()
                self._con = self._open_read()

    def cached(self, key: tuple[Any, ...], compute: Callable[[Store], T], large: bool = False) -> T:
        """``compute(store)``, remembered until the next write: counts, timelines, alerts, the overview,
        and (``large``) pages of events, kept apart and fewer."""

        def read() -> T:
            with self.read() as store:
                return compute(store)

        return self.remembered(key, read, large)

    def remembered(self, key: tuple[Any, ...], compute: Callable[[], T], large: bool = False) -> T:
        """``compute()``, remembered until the next write, like :meth:`cached` but without a store of its own.

        Only this process writes while the server holds the file, so nothing else can make a
        remembered result stale; the least recently used results go first past ``CACHE_SIZE``
        (``PAGE_CACHE_SIZE``)."""
        cache, size = (self._pages, PAGE_CACHE_SIZE) if large else (self._cache, CACHE_SIZE)
        with self._cache_lock:
            if (hit := _hit(cache, key)) is not _MISSING:
                return hit
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:  # one computation per key at a time: the others wait for its result
            with self._cache_lock:
                if (hit := _hit(cache, key)) is not _MISSING:
                    return hit
                generation = self.generation
            value = compute()
            with self._cache_lock:
                self._computing.pop(key, None)
                if generation == self.generation:
                    cache[key] = value
                    _trim(cache, size)
        return value

    def peek(self, key: tuple[Any, ...], large: bool = False) -> Any | None:
        """The result :meth:`remembered` keeps for ``key``, or None, without waiting for a computation:
        the async endpoints answer a remembered result on the event loop, without a thread."""
        return self._look(self._pages if large else self._cache, key)

    def answer(self, key: tuple[Any, ...]) -> Any | None:
        """The response :meth:`keep_answer` kept for ``key``, or None."""
        return self._look(self._answers, key)

    def _look(self, cache: OrderedDict[Any, Any], key: tuple[Any, ...]) -> Any | None:
        with self._cache_lock:
            hit = _hit(cache, key)
        return None if hit is _MISSING else hit

    def keep_answer(self, key: tuple[Any, ...], value: Any, generation: int) -> None:
        """Keep a response computed in ``generation`` until the next write; not if a write came meanwhile."""
        with self._cache_lock:
            if generation == self.generation:
                self._answers[key] = value
                _trim(self._answers, ANSWER_CACHE_SIZE)

    def article_meta(self, store: Store, article_ids: list[str]) -> dict[str, queries.ArticleMeta]:
        """Outlet, title and date of these articles, remembered until the next write: an event page's
        articles are otherwise found by scanning every article's id, which costs as much as the page."""
        with self._cache_lock:
            found = {i: hit for i in article_ids if (hit := _hit(self._articles, i)) is not _MISSING}
            generation = self.generation
        missing = [i for i in article_ids if i not in found]
        if missing:
            fetched = queries.article_meta(store, missing)
            found.update(fetched)
            with self._cache_lock:
                if generation == self.generation:
                    self._articles.update(fetched)
                    _trim(self._articles, ARTICLE_CACHE_SIZE)
        return found

    def close(self) -> None:
        with self._lock.write():
            self._con.close()


_MISSING = object()
"""What :func:`_hit` gives for a key not remembered (a remembered result may be None)."""


def _hit(cache: OrderedDict[Any, Any], key: Any) -> Any:
    """``cache[key]``, now the most recently used, or :data:`_MISSING`; the caller holds the cache lock."""
    if key not in cache:
        return _MISSING
    cache.move_to_end(key)
    return cache[key]


def _trim(cache: OrderedDict[Any, Any], size: int) -> None:
    """Drop the least recently used entries of ``cache`` beyond ``size``."""
    while len(cache) > size:
        cache.popitem(last=False)
