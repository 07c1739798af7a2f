"""Pipeline stages. Each takes a batch of documents, adds its layer, and returns them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..document import Document


class Stage(Protocol):
    """What a pipeline stage declares and does.

    ``requires`` and ``provides`` name document layers (``article``,
    ``sentences``, ``parse``, ``times``, ``actors``, ``events``), so the
    pipeline can check the order of its stages before anything runs.
    """

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def pipe(self, docs: Sequence[Document]) -> Sequence[Document]: ...
