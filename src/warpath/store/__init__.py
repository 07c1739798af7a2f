"""The embedded DuckDB store.

One :class:`Store` owns the write connection; every write is one transaction,
so a batch of articles (with whatever layers the pipeline gave them) is stored
whole or not at all. The schema lives in ``schema/NNN_*.sql`` files applied
in order and recorded in ``schema_version``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .. import __version__
from ..document import Article, Document, Event
from ..errors import WarpathError

LAYERS = ("sentences", "times", "actors", "events")
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
                self._insert("articles", _article_rows(new))
            if replace_layers:
                for table in LAYERS:
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
                    rows = _layer_rows(table, unique.values())
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

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        batch = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        columns = ", ".join(f'"{c}"' for c in rows[0])
        self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch")

    # -- reads ------------------------------------------------------------
    def count(self, table: str = "articles") -> int:
        if table not in EXPORTABLE:
            raise ValueError(table)
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

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


def _article_rows(docs: Sequence[Document]) -> list[dict[str, Any]]:
    now = _now()
    return [
        {
            "id": d.article.id,
            "external_id": d.article.external_id,
            "date": d.article.date,
            "title": d.article.title,
            "source": d.article.source,
            "url": d.article.url,
            "origin": d.article.origin,
            "text": d.article.text,
            "words": d.words,
            "ingested_at": now,
        }
        for d in docs
    ]


def _layer_rows(table: str, docs: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for d in docs:
        aid = d.article.id
        if table == "sentences":
            rows += [{"article_id": aid, "idx": s.index, "start": s.start, "end": s.end} for s in d.sentences]
        elif table == "times":
            for i, t in enumerate(d.times):
                rows.append({
                    "article_id": aid, "idx": i, "sentence": t.sentence, "start": t.start, "end": t.end,
                    "text": t.text, "type": t.type, "value": t.value,
                    "interval_start": t.interval[0] if t.interval else None,
                    "interval_end": t.interval[1] if t.interval else None,
                    "granularity": t.granularity,
                })
        elif table == "actors":
            for i, a in enumerate(d.actors):
                rows.append({
                    "article_id": aid, "idx": i, "sentence": a.sentence, "start": a.start, "end": a.end,
                    "text": a.text, "code": a.code, "kind": a.kind, "name": a.name,
                    "role_start": a.role_dates[0] if a.role_dates else None,
                    "role_end": a.role_dates[1] if a.role_dates else None,
                })
        elif table == "events":
            rows += [_event_row(aid, i, e) for i, e in enumerate(d.events)]
    return rows


def _event_row(article_id: str, idx: int, e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "article_id": article_id, "idx": idx,
        "source_text": e.source.text if e.source else None, "source_code": e.source.code if e.source else None,
        "target_text": e.target.text if e.target else None, "target_code": e.target.code if e.target else None,
        "cameo_code": e.code, "cameo_root": e.root, "cameo_name": e.name, "goldstein": e.goldstein,
        "quad_class": e.quad_class, "plover_event": e.plover_event, "plover_mode": e.plover_mode,
        "date_start": e.date.interval[0] if e.date.interval else None,
        "date_end": e.date.interval[1] if e.date.interval else None,
        "date_from": e.date.origin, "date_text": e.date.text,
        "location_text": e.location.text, "location_country": e.location.country,
        "lat": e.location.lat, "lon": e.location.lon, "modality": e.modality,
        "attribution_text": e.attribution.text if e.attribution else None,
        "attribution_code": e.attribution.code if e.attribution else None,
        "sentence": e.evidence.sentence, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "evidence_text": e.evidence.text, "confidence": e.confidence, "predicate": e.predicate,
    }
