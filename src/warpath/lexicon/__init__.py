"""The verb lexicon: which predicates are which CAMEO events.

    from warpath.lexicon import VerbLexicon, VerbRule
    verbs = VerbLexicon.load_default()
    verbs.match("impose", ["sanction", "on", "iran"]).code   # '163'
"""

from __future__ import annotations

from .lexicon import VerbLexicon
from .rules import DISCARD, VerbRule

__all__ = ["DISCARD", "VerbLexicon", "VerbRule"]
