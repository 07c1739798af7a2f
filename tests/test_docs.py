"""Docs that are generated from the code must match it."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT
from warpath import settings
from warpath.lexicon import VerbLexicon


def test_cli_reference_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "cli_docs.py"), "--check"])
    assert result.returncode == 0, "docs/cli.md is stale: run `python tools/cli_docs.py`"


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "cli.md").read_text()
    for s in settings.SETTINGS.values():
        assert f"`{s.env}`" in doc and s.help in doc, s.name


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    blocks = readme.split("```")
    assert "make run" in blocks[1] and "make test" in blocks[1] or (
        "make run" in blocks[1] and "make test" in blocks[3])


def test_the_lexicons_size_in_the_output_docs_is_its_size():
    # (it had drifted twice: the count is written by hand where the coder is described)
    doc = (ROOT / "docs" / "output.md").read_text()
    said = re.search(r"verbs\.tsv`, ([\d,]+) patterns", doc)
    assert said is not None and int(said.group(1).replace(",", "")) == len(VerbLexicon.load_default())
