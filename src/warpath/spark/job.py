"""``warpath spark-code``: code a corpus on Spark and write the store's tables as Parquet.

The job reads the corpus (:mod:`.read`), places each record in the partition
its article id hashes to and sorts the partition by (id, origin), codes each
partition in a Python worker that keeps one pipeline per process
(:mod:`.worker`), caches the coded partitions and writes six folders:
``OUTPUT/{articles,sentences,times,actors,events}`` with the columns of the
store tables of those names, and ``OUTPUT/rejects`` with the records it could
not code and why.

Retries and reruns add nothing twice: article ids come from the content and
event ids from the article id and offsets; a record's partition and its place
in it depend on its id alone; Spark commits exactly one attempt of each write
task; and every run replaces each output folder whole (mode ``overwrite``).
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..document import Article
from ..errors import WarpathError
from ..ingest import IngestOptions, Problem
from ..pipeline import PipelineSpec
from ..store import SCHEMA_VERSION
from ..store.rows import LAYERS
from .read import plan, read
from .schema import TABLES, Layout, coded_struct
from .session import configure, failure_reason
from .worker import code_partition

if TYPE_CHECKING:
    from pyspark import SparkContext
    from pyspark.sql import DataFrame, SparkSession

OUTPUTS = (*TABLES, "rejects")
MANIFEST = "_warpath.json"


@dataclass
class JobSummary:
    articles: int = 0
    words: int = 0
    sentences: int = 0
    times: int = 0
    actors: int = 0
    events: int = 0
    rejects: int = 0
    partitions: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def code_corpus(spark: SparkSession, inputs: Sequence[str], output: str, *, spec: PipelineSpec,
                options: IngestOptions, input_format: str = "auto", partitions: int | None = None) -> JobSummary:
    """Code ``inputs`` with the pipeline ``spec`` builds and write the tables under ``output``."""
    started = time.perf_counter()
    sc = spark.sparkContext
    local_output = "://" not in output and not output.startswith("file:") and sc.master.startswith("local")
    if local_output:
        _check_output(Path(output))
        (Path(output) / MANIFEST).unlink(missing_ok=True)  # written again last, only if this run succeeds
    configure(spark)
    planned = plan(inputs, input_format)
    layout = Layout.from_store()
    n = partitions or 4 * sc.defaultParallelism
    coded_at = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    shipped = _ship(sc, spec)
    from pyspark import StorageLevel

    coded: DataFrame | None = None
    try:
        records = read(spark, planned, options)
        keyed = records.map(lambda item: (_key(item), item)).repartitionAndSortWithinPartitions(n, _partition)
        rows = keyed.mapPartitions(partial(code_partition, spec=shipped, layout=layout, coded_at=coded_at))
        coded = spark.createDataFrame(rows, coded_struct(layout), verifySchema=False)
        coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
        for name in OUTPUTS:
            _table(coded, name).write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
        summary = _summarise(coded, n)
    except WarpathError:
        raise
    except Exception as exc:  # noqa: BLE001 - Py4J and PySpark errors: one numbered message, no JVM trace
        raise WarpathError("E054", reason=failure_reason(exc)) from None
    finally:
        if coded is not None:
            coded.unpersist()
    summary.seconds = time.perf_counter() - started
    if local_output:
        manifest = {"warpath": __version__, "schema_version": SCHEMA_VERSION, "inputs": list(inputs),
                    "coded_at": coded_at.isoformat(), **asdict(summary)}
        (Path(output) / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return summary


def _key(item: Article | Problem) -> tuple[str, str]:
    """Sort and partition key: the article id (hex), or a hash of a rejected record's origin."""
    if isinstance(item, Article):
        return item.id, item.origin
    return f"{zlib.crc32(item.origin.encode('utf-8')):08x}", item.origin


def _partition(key: tuple[str, str]) -> int:
    return int(key[0][:8], 16)


def _ship(sc: SparkContext, spec: PipelineSpec) -> PipelineSpec:
    """Send the user's dictionary files to every executor; the spec then names them by file name."""
    names: list[str] = []
    for path in (*spec.actor_files, *spec.agent_files, *spec.verb_files):
        sc.addFile(str(Path(path).resolve()))
        names.append(Path(path).name)
    if len(set(names)) != len(names):
        raise WarpathError("E059", names=", ".join(sorted(names)))

    def base(paths: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(Path(p).name for p in paths)

    return PipelineSpec(spec.model, spec.batch_size, base(spec.actor_files), base(spec.agent_files),
                        base(spec.verb_files))


def _table(coded: DataFrame, name: str) -> DataFrame:
    from pyspark.sql import functions as F

    if name == "articles":
        return coded.where(F.col("article").isNotNull()).select("article.*")
    if name == "rejects":
        return coded.where(F.col("reject").isNotNull()).select("reject.*")
    return coded.select(F.explode(name).alias("row")).select("row.*")


def _summarise(coded: DataFrame, partitions: int) -> JobSummary:
    from pyspark.sql import functions as F

    aggregates: list[Any] = [F.count("article"), F.coalesce(F.sum("article.words"), F.lit(0))]
    aggregates += [F.coalesce(F.sum(F.size(t)), F.lit(0)) for t in LAYERS]
    aggregates.append(F.count("reject"))
    row = coded.agg(*aggregates).first()
    articles, words, sentences, times, actors, events, rejects = (int(v) for v in row)
    return JobSummary(articles, words, sentences, times, actors, events, rejects, partitions)


def _check_output(path: Path) -> None:
    """Refuse to overwrite a folder that is neither empty nor an earlier spark-code output."""
    if not path.exists():
        return
    ours = {*OUTPUTS, MANIFEST}
    if not path.is_dir() or any(entry.name not in ours for entry in path.iterdir()):
        raise WarpathError("E057", path=str(path))
