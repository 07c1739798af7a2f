from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARPATH_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "samples" / "november-2024"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder of evaluation data; tests that need it skip without it."""
    if not (SHARED / "README.md").exists():
        pytest.skip(f"../shared not found at {SHARED}: evaluation data is for developers and CI only")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """warpath's full pipeline, loaded once for the session."""
    import warpath

    return warpath.load()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
