"""Start (or join) the SparkSession that ``warpath spark-code`` runs in.

PySpark is an optional extra (``pip install 'warpath[spark]'``) and needs Java;
both are checked here first, with a numbered message instead of a Py4J traceback.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import WarpathError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

CONFIG = {
    # The store's timestamps are naive (DuckDB TIMESTAMP); write them as Parquet INT64 micros, not INT96.
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
    "spark.sql.session.timeZone": "UTC",
    # One Python worker keeps serving tasks, so its pipeline (see worker.py) is built once per process.
    "spark.python.worker.reuse": "true",
    # Each coded partition is cached whole while its six tables are written.
    "spark.sql.inMemoryColumnarStorage.compressed": "true",
}


_NUMBERED = re.compile(r"\[[EW]\d{3}\] ")
_EXCEPTION = re.compile(r"\w+(Exception|Error): ")


def under_spark_submit() -> bool:
    """True when this Python driver was started by ``spark-submit`` (its JVM is already running)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def java_found() -> bool:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return True
    return shutil.which("java") is not None


def check_requirements() -> None:
    """Raise E050 without PySpark, E051 without Java."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise WarpathError("E050") from None
    if not under_spark_submit() and not java_found():
        raise WarpathError("E051")


def start(master: str | None = None, app_name: str = "warpath spark-code", quiet: bool = False) -> SparkSession:
    """A SparkSession on ``master`` (default: the one spark-submit gave, else ``local[*]``).

    Executors run this very interpreter (``PYSPARK_PYTHON`` = ``sys.executable``)
    unless ``PYSPARK_PYTHON`` is set, as it must be for a cluster, to the Python
    of the shipped environment. Local Spark binds to 127.0.0.1 unless
    ``SPARK_LOCAL_IP`` says otherwise.
    """
    check_requirements()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    elif not under_spark_submit():
        builder = builder.master("local[*]")
    local = (master or ("" if under_spark_submit() else "local")).startswith("local")
    for key, value in CONFIG.items():
        builder = builder.config(key, value)
    if local:
        builder = builder.config("spark.ui.enabled", "false")
    if not under_spark_submit():  # a JVM we start: Spark's own log at errors only
        log_config = resources.files(__package__).joinpath("log4j2.properties")
        builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log_config}")
    if quiet:
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - Py4J errors: one numbered message, no JVM trace
        raise WarpathError("E054", reason=failure_reason(exc)) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def failure_reason(exc: Exception) -> str:
    """The telling line of a Spark failure: a warpath message raised in a worker, else the first exception."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    for pattern in (_NUMBERED, _EXCEPTION):
        for line in lines:
            found = pattern.search(line)
            if found:
                return line[found.start():][:400]
    return (lines or [type(exc).__name__])[0][:400]


def configure(spark: SparkSession) -> None:
    """Apply :data:`CONFIG`'s SQL settings to a session someone else started (tests, notebooks)."""
    for key, value in CONFIG.items():
        if key.startswith("spark.sql."):
            spark.conf.set(key, value)
