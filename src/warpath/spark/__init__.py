"""Code corpora on Apache Spark with the same pipeline: ``warpath spark-code``.

Needs the optional extra: ``pip install 'warpath[spark]'`` (PySpark) and Java 17+.
:func:`~warpath.spark.job.code_corpus` runs the job in a SparkSession that
:func:`~warpath.spark.session.start` makes (or that spark-submit gave).
Nothing here imports PySpark until a job starts.
"""

from __future__ import annotations

from .job import JobSummary, code_corpus
from .session import start

__all__ = ["JobSummary", "code_corpus", "start"]
