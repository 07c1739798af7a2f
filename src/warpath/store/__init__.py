"""The embedded DuckDB store.

One :class:`Store` owns the write connection; every write is one transaction,
so a batch of articles (with whatever layers the pipeline gave them) is stored
whole or not at all. The schema lives in ``schema/NNN_*.sql`` files applied
in order and recorded in ``schema_version``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .. import __version__
from ..document import Article, Document, Event
from ..errors import WarpathError
from .rows import LAYERS, article_rows, event_row, layer_rows

EXPORTABLE = ("articles", "sentences", "times", "actors", "events")


def _migrations() -> list[tuple[int, str]]:
    files = resources.files(__package__).joinpath("schema")
    found = []
    for entry in files.iterdir():
        m = re.match(r"(\d+)_.*\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


SCHEMA_VERSION = max(v for v, _ in _migrations())


class Store:
    """A warpath database file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str | Path = "warpath.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            reason = str(exc).splitlines()[0]
            if "lock" in reason.lower():
                raise WarpathError("E032", path=self.path, reason=reason) from None
            raise WarpathError("E031", path=self.path, reason=reason) from None
        except duckdb.Error as exc:
            raise WarpathError("E031", path=self.path, reason=str(exc).splitlines()[0]) from None
        if not read_only:
            self._migrate()
        else:
            self._check_version()

    # -- schema -----------------------------------------------------------
    def _current_version(self) -> int:
        has = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()[0]
        if not has:
            tables = self.con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]
            if tables:
                raise WarpathError("E031", path=self.path, reason="it has tables but no schema_version")
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def _check_version(self) -> int:
        found = self._current_version()
        if found > SCHEMA_VERSION:
            raise WarpathError("E030", path=self.path, found=found, known=SCHEMA_VERSION)
        return found

    def _migrate(self) -> None:
        found = self._check_version()
        for version, sql in _migrations():
            if version <= found:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                if version == 1:
                    self.con.execute(
                        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
                    )
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self._current_version()

    # -- writes -----------------------------------------------------------
    def add_articles(self, articles: Sequence[Article]) -> int:
        """Store the articles not stored yet, in one transaction; return how many were new."""
        return self._write([Document(a) for a in articles], replace_layers=False)

    def save_documents(self, docs: Sequence[Document]) -> int:
        """Store coded documents: new articles are added, and every document's layers
        replace those stored before for its article. One transaction; returns the number
        of new articles."""
        return self._write(docs, replace_layers=True)

    def _write(self, docs: Sequence[Document], replace_layers: bool) -> int:
        unique: dict[str, Document] = {}
        for d in docs:
            unique.setdefault(d.article.id, d)
        if not unique:
            return 0
        ids = list(unique)
        self.con.execute("BEGIN TRANSACTION")
        try:
            present = {
                row[0]
                for row in self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
            }
            new = [d for i, d in unique.items() if i not in present]
            if new:
                self._insert("articles", article_rows(new, _now()))
            if replace_layers:
                for table in LAYERS:
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
                    rows = layer_rows(table, unique.values())
                    if rows:
                        self._insert(table, rows)
                self.con.execute(
                    "UPDATE articles SET coded_at = ?, coder_version = ? WHERE id IN (SELECT unnest(?))",
                    [_now(), __version__, ids],
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(new)

    def load_parquet(self, root: str | Path) -> tuple[int, int, int]:
        """Load a ``warpath spark-code`` output directory: ``root/articles`` and its layers.

        Like :meth:`save_documents`, in one transaction: articles not stored yet are
        added, and every loaded article's layers replace those stored before. Returns
        (articles read, new articles, records rejected by spark-code).
        """
        tables = {t: Path(root) / t for t in ("articles", *LAYERS, "rejects")}
        if not tables["articles"].is_dir():
            raise WarpathError("E055", path=str(root))

        def scan(table: str) -> str:
            return "read_parquet('" + str(tables[table] / "*.parquet").replace("'", "''") + "')"

        rejected = 0
        if any(tables["rejects"].glob("*.parquet")):
            try:
                rejected = self.con.execute(f"SELECT count(*) FROM {scan('rejects')}").fetchone()[0]
            except duckdb.Error as exc:
                raise WarpathError("E056", path=str(root), reason=str(exc).splitlines()[0]) from None
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE incoming AS SELECT DISTINCT ON (id) * FROM {scan('articles')}")
            read = self.con.execute("SELECT count(*) FROM incoming").fetchone()[0]
            new = self.con.execute("SELECT count(*) FROM incoming WHERE id NOT IN (SELECT id FROM articles)").fetchone()[0]
            self.con.execute("INSERT INTO articles BY NAME SELECT * FROM incoming WHERE id NOT IN (SELECT id FROM articles)")
            for table in LAYERS:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM incoming)")
                if any(tables[table].glob("*.parquet")):
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {scan(table)}")
            self.con.execute(
                "UPDATE articles SET coded_at = incoming.coded_at, coder_version = incoming.coder_version "
                "FROM incoming WHERE articles.id = incoming.id"
            )
            self.con.execute("DROP TABLE incoming")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise WarpathError("E056", path=str(root), reason=str(exc).splitlines()[0]) from None
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return read, new, rejected

    def add_events(
        self,
        articles: Sequence[Article],
        events: Sequence[tuple[str, int, Event]],
        extra: Mapping[str, Sequence[dict[str, Any]]] | None = None,
        coder: str = "external",
    ) -> tuple[int, int]:
        """Add events coded elsewhere (GDELT): ``(article_id, idx, event)`` triples and the
        articles they cite. Articles and events already stored (by id) are kept as they are;
        nothing is replaced. Rows of the ``extra`` tables (keyed by ``event_id``) go in with
        their new event. One transaction; returns (new articles, new events)."""
        unique_articles = list({a.id: a for a in articles}.values())
        unique_events = list({e.id: (aid, i, e) for aid, i, e in events}.values())
        with self.transaction() as con:
            known = {r[0] for r in con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [[a.id for a in unique_articles]]).fetchall()}
            new_articles = [Document(a) for a in unique_articles if a.id not in known]
            if new_articles:
                now = _now()
                self._insert("articles", [dict(r, coded_at=now, coder_version=coder)
                                          for r in article_rows(new_articles, now)])
            stored = {r[0] for r in con.execute(
                "SELECT id FROM events WHERE id IN (SELECT unnest(?))", [[e.id for _, _, e in unique_events]]).fetchall()}
            new_events = [event_row(aid, i, e) for aid, i, e in unique_events if e.id not in stored]
            if new_events:
                self._insert("events", new_events)
            new_ids = {r["id"] for r in new_events}
            for table, rows in (extra or {}).items():
                keep = [r for r in rows if r["event_id"] in new_ids]
                if keep:
                    self._insert(table, keep)
        return len(new_articles), len(new_events)

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction on the store's connection, committed whole or rolled back:
        for writers outside this class (the analysis layer) that keep the one-writer rule."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        batch = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        columns = ", ".join(f'"{c}"' for c in rows[0])
        self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch")

    # -- reads ------------------------------------------------------------
    def count(self, table: str = "articles") -> int:
        if table not in EXPORTABLE:
            raise ValueError(table)
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def columns(self, table: str) -> list[tuple[str, str]]:
        """The (name, DuckDB type) of each column of ``table``, in order."""
        if table not in EXPORTABLE:
            raise ValueError(table)
        return [(row[0], row[1]) for row in self.con.execute(f"DESCRIBE {table}").fetchall()]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def export(self, what: str, fmt: str, dest: str) -> int:
        """Write table ``what`` to ``dest`` as csv, jsonl or parquet; return the row count."""
        if what not in EXPORTABLE:
            raise ValueError(what)
        options = {"csv": "FORMAT CSV, HEADER", "jsonl": "FORMAT JSON", "parquet": "FORMAT PARQUET"}[fmt]
        order = "id" if what == "articles" else "article_id, idx"
        target = dest.replace("'", "''")
        self.con.execute(f"COPY (SELECT * FROM {what} ORDER BY {order}) TO '{target}' ({options})")
        return self.count(what)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
