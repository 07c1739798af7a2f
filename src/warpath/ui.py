"""Terminal output: progress on a terminal, quiet in pipes and CI, problems on stderr."""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .ingest import Problem

_CODE = re.compile(r"^\[([EW]\d+)\]")


def interactive(stream=None) -> bool:
    """True on a real terminal outside CI: the only place progress bars belong."""
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


err = Console(stderr=True, highlight=False, soft_wrap=True)


class Reporter:
    """Prints ingest problems, at most ``limit`` of one kind from one input, and counts them."""

    def __init__(self, limit: int = 5, quiet: bool = False) -> None:
        self.limit = limit
        self.quiet = quiet
        self.errors = 0
        self.warnings = 0
        self._seen: Counter[tuple[str, str]] = Counter()

    def __call__(self, problem: Problem) -> None:
        if problem.error:
            self.errors += 1
        else:
            self.warnings += 1
        m = _CODE.match(problem.message)
        key = (m.group(1) if m else "", problem.origin.split(":", 1)[0].split(" entry ", 1)[0])
        self._seen[key] += 1
        if self._seen[key] <= self.limit and not (self.quiet and not problem.error):
            self._print(problem.message, problem.error)

    def _print(self, text: str, error: bool) -> None:
        label = "[bold red]error[/]" if error else "[yellow]warning[/]"
        err.print(f"{label}: ", end="")
        err.print(text, markup=False)

    def finish(self) -> None:
        """Say how many messages were held back."""
        for (code, origin), n in sorted(self._seen.items()):
            if n > self.limit:
                err.print(f"[dim]... {n - self.limit} more [{code}] for {origin}[/]", markup=True)


@contextmanager
def progress(description: str, enabled: bool) -> Iterator[callable]:
    """A progress display while articles go through; yields ``advance(n)``."""
    if not enabled:
        yield lambda n=1: None
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(description, total=None, rate="")

        def advance(n: int = 1) -> None:
            bar.advance(task, n)
            t = bar.tasks[0]
            if t.elapsed:
                bar.update(task, rate=f"{t.completed / t.elapsed:,.0f} articles/s")

        yield advance
