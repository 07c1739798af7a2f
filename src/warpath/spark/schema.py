"""The Spark output's columns, taken from the store's own schema.

Each output table has exactly the columns, order and types of the store table
of the same name (``store/schema/*.sql``), read from a throwaway in-memory
store, so ``warpath spark-code`` output and ``warpath export --format parquet``
cannot drift apart. ``rejects`` is Spark's own: the records it could not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..store import Store
from ..store.rows import LAYERS

if TYPE_CHECKING:
    from pyspark.sql.types import DataType, StructType

TABLES = ("articles", *LAYERS)
"""Store tables written by the Spark job, each to OUTPUT/<table>/."""
REJECTS = (("origin", "VARCHAR"), ("code", "VARCHAR"), ("message", "VARCHAR"))
"""OUTPUT/rejects/: where the record came from, its message code (E008, W102, ...) and the message."""


@dataclass(frozen=True)
class Layout:
    """Column names per output table, in order: plain data the executors get."""

    columns: dict[str, tuple[str, ...]]
    types: dict[str, tuple[str, ...]]

    @classmethod
    def from_store(cls) -> Layout:
        with Store(":memory:") as store:
            described = {t: store.columns(t) for t in TABLES}
        described["rejects"] = list(REJECTS)
        return cls(
            columns={t: tuple(name for name, _ in cols) for t, cols in described.items()},
            types={t: tuple(kind for _, kind in cols) for t, cols in described.items()},
        )


def spark_type(duckdb_type: str) -> DataType:
    from pyspark.sql import types as T

    mapping = {
        "VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
        "DOUBLE": T.DoubleType(), "FLOAT": T.FloatType(), "BOOLEAN": T.BooleanType(), "DATE": T.DateType(),
        "TIMESTAMP": T.TimestampNTZType(),  # DuckDB TIMESTAMP is naive, as is TimestampNTZ
    }
    if duckdb_type not in mapping:
        raise ValueError(f"no Spark type for store column type {duckdb_type!r}; add it to spark_type()")
    return mapping[duckdb_type]


def table_struct(layout: Layout, table: str) -> StructType:
    """The Spark schema of one output table; every column nullable, as DuckDB writes Parquet."""
    from pyspark.sql import types as T

    return T.StructType([
        T.StructField(name, spark_type(kind), True)
        for name, kind in zip(layout.columns[table], layout.types[table])
    ])


def coded_struct(layout: Layout) -> StructType:
    """One row per input record: its article and layers, or why it was rejected."""
    from pyspark.sql import types as T

    return T.StructType([
        T.StructField("article", table_struct(layout, "articles"), True),
        *(T.StructField(t, T.ArrayType(table_struct(layout, t), False), False) for t in LAYERS),
        T.StructField("reject", table_struct(layout, "rejects"), True),
    ])
