"""Read a corpus into Spark as warpath :class:`Article` objects (or :class:`Problem` reports).

Every record is read by the same functions as local ingest, so an article gets
the same id, text, date and origin (``file`` or ``file:line``) either way:

- JSON Lines: Spark splits the files by lines; each line is parsed like
  ``warpath ingest`` parses it, and numbered within its file.
- Parquet: columns ``id, date, title, text, source, url``; ``file:row`` origins.
- CSV and plain-text files (``date YYYY-MM-DD`` header form): read whole, one
  file per record, by warpath's own readers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from ..document import Article
from ..errors import InputError, WarpathError, message
from ..ingest import IngestOptions, Problem, read_bytes
from ..ingest.corpus import FIELDS, record_to_article

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession

FORMATS = ("auto", "jsonl", "csv", "parquet", "text")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
              ".parquet": "parquet", ".txt": "text", ".text": "text", ".md": "text"}

Item = Article | Problem


@dataclass
class Plan:
    """What to read: files (or URIs) per format, and the files left out."""

    files: dict[str, list[str]] = field(default_factory=dict)
    prefixes: list[tuple[str, str]] = field(default_factory=list)
    """(absolute path, path as given) pairs that turn the paths Spark reports back into the user's."""
    skipped: list[str] = field(default_factory=list)
    """Files in the input folders whose format the name does not tell; each becomes a reject (E052)."""
    empty: list[str] = field(default_factory=list)
    """Empty files, which Spark would pass over in silence; each becomes a reject (E004)."""


def plan(inputs: Iterable[str], input_format: str = "auto") -> Plan:
    """Find the files of ``inputs`` and their formats; raise for an input that cannot be read at all."""
    files: dict[str, list[str]] = {}
    prefixes: list[tuple[str, str]] = []
    skipped: list[str] = []
    empty: list[str] = []
    for raw in inputs:
        if "://" in raw:  # hdfs://, s3a://, ...: Spark lists it; the format comes from the option or the name
            fmt = input_format if input_format != "auto" else EXTENSIONS.get(Path(raw.rstrip("/*")).suffix.lower())
            if fmt is None:
                raise WarpathError("E052", origin=raw)
            files.setdefault(fmt, []).append(raw)
            continue
        path = Path(raw)
        if not path.exists():
            raise WarpathError("E001", origin=raw)
        prefixes.append((str(path.resolve()), str(path)))
        found = sorted(_walk(path)) if path.is_dir() else [path]
        for f in found:
            fmt = input_format if input_format != "auto" else EXTENSIONS.get(f.suffix.lower())
            if fmt is not None and f.stat().st_size == 0:
                empty.append(str(f))
            elif fmt is not None:
                files.setdefault(fmt, []).append(str(f.resolve()))
            elif path.is_dir():
                skipped.append(str(f))
            else:
                raise WarpathError("E052", origin=raw)
    return Plan(files, sorted(prefixes, key=lambda p: -len(p[0])), skipped, empty)


def _walk(root: Path) -> Iterator[Path]:
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith((".", "_"))]
        yield from (Path(d) / n for n in names if not n.startswith((".", "_")))


def shown(uri: str, prefixes: list[tuple[str, str]]) -> str:
    """The path a user gave for a file Spark names ``file:/abs/path``; other URIs as they are."""
    if not uri.startswith("file:"):
        return uri
    path = "/" + unquote(uri[5:]).lstrip("/")
    for absolute, given in prefixes:
        if path == absolute:
            return given
        if path.startswith(absolute + "/"):
            return given + path[len(absolute):]
    return path


def read(spark: SparkSession, planned: Plan, options: IngestOptions) -> RDD[Item]:
    """Every record of the planned files as an Article or a Problem, screened by :func:`screen`."""
    prefixes = planned.prefixes
    parts: list[RDD[Item]] = []
    unread = [Problem(f, message("E052", origin=f)) for f in planned.skipped]
    unread += [Problem(f, message("E004", origin=f)) for f in planned.empty]
    if unread:
        parts.append(spark.sparkContext.parallelize(unread, 1))
    for fmt, paths in sorted(planned.files.items()):
        if fmt == "jsonl":
            parts.append(_numbered(spark.read.text(paths), "value", prefixes)
                         .flatMap(lambda r: _json_line(r[0], r[1], options)))
        elif fmt == "parquet":
            df = spark.read.parquet(*paths)
            if "text" not in df.columns:
                raise WarpathError("E053", origin=", ".join(paths), columns=", ".join(df.columns))
            keep = [c for c in FIELDS if c in df.columns]
            parts.append(_numbered(df.select(*keep), keep, prefixes).flatMap(lambda r: _record(r[0], r[1], options)))
        else:  # csv, text: whole files, read as local ingest reads them
            raw = spark.read.format("binaryFile").load(paths).select("path", "content").rdd
            parts.append(raw.flatMap(lambda r, fmt=fmt: read_bytes(bytes(r[1]), shown(r[0], prefixes), options, fmt)))
    if not parts:
        return spark.sparkContext.emptyRDD()
    return spark.sparkContext.union(parts).flatMap(lambda item: screen(item))


def _numbered(df: DataFrame, columns: str | list[str], prefixes: list[tuple[str, str]]) -> RDD[tuple[str, Any]]:
    """(``file:n``, value) for each row of ``df``, n counting rows from 1 within each file.

    Spark splits big files into blocks read by different tasks; one cheap pass
    counts the rows of each block, and each row's number is its place in its
    block plus the rows of the blocks before it in the same file.
    """
    from pyspark.sql import functions as F

    cols = [columns] if isinstance(columns, str) else columns
    tagged = df.select(*cols, F.col("_metadata.file_path").alias("_file"),
                       F.col("_metadata.file_block_start").alias("_block"))
    before: dict[tuple[str, int], int] = {}
    total: dict[str, int] = {}
    for row in sorted(tagged.groupBy("_file", "_block").count().collect(), key=lambda r: (r[0], r[1])):
        before[(row[0], row[1])] = total.get(row[0], 0)
        total[row[0]] = total.get(row[0], 0) + row[2]
    offsets = df.sparkSession.sparkContext.broadcast(before)
    single = isinstance(columns, str)

    def number(rows: Iterator[Any]) -> Iterator[tuple[str, Any]]:
        current, n = None, 0
        for row in rows:
            key = (row["_file"], row["_block"])
            if key != current:
                current, n = key, offsets.value[key]
            n += 1
            value = row[0] if single else {c: row[c] for c in cols}
            yield f"{shown(key[0], prefixes)}:{n}", value

    return tagged.rdd.mapPartitions(number)


def _json_line(origin: str, line: str, options: IngestOptions) -> list[Item]:
    line = line.lstrip("\ufeff")  # a byte-order mark opening the file, as local ingest drops it
    if not line.strip():
        return []
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return [Problem(origin, message("E009", origin=origin, reason=exc.msg))]
    if not isinstance(record, dict):
        return [Problem(origin, message("E009", origin=origin, reason="not an object"))]
    return _record(origin, record, options)


def _record(origin: str, record: dict[str, Any], options: IngestOptions) -> list[Item]:
    try:
        article = record_to_article(record, origin, options.default_date, options.max_article_chars)
    except InputError as exc:
        return [Problem(origin, str(exc))]
    if article is None:
        return [Problem(origin, message("E008", origin=origin, detail=""))]
    return [article]


def screen(item: Item) -> list[Item]:
    """What Spark keeps: an article with a date and clean text, or a problem that rejected a record.

    Local ingest keeps a record with undecodable bytes (W101) or no date (W102)
    with a warning; at cluster scale such records go to the rejects instead,
    under the same numbered message. File-level warnings are dropped: the
    records they are about are screened one by one.
    """
    if isinstance(item, Problem):
        return [item] if item.error or item.message.startswith("[W104]") else []
    if "\ufffd" in item.text:
        return [Problem(item.origin, message("W101", origin=item.origin))]
    if item.date is None:
        return [Problem(item.origin, message("W102", origin=item.origin))]
    return [item]
