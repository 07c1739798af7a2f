"""What ingest says about an input it could not take whole."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """An input that failed (``error``) or was kept with a caveat (a warning)."""

    origin: str
    message: str
    error: bool = True
