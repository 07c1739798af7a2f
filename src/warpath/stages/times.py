"""Time expressions, normalised against the publication date and read with the parse's tense."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..document import Document
from ..timex import TimeTagger

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def clause_tense(token) -> str | None:
    """past, present or future for the clause that governs ``token``, from the parse."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ in FUTURE_AUX for w in words):
        return "future"
    if any(w.lower_ == "going" for w in words) and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    for w in words:
        tense = w.morph.get("Tense")
        if "Past" in tense and w.tag_ != "VBN" or w.tag_ == "VBD":
            return "past"
    if any(w.tag_ == "VBN" for w in words) and any(w.lower_ in ("has", "have", "had") for w in words):
        return "past"
    if any("Pres" in w.morph.get("Tense") for w in words):
        return "present"
    return None


class TimeStage:
    """Adds ``times`` to each document; uses the parse for tense when it is there."""

    name = "times"
    requires = ("sentences",)
    provides = ("times",)

    def __init__(self, tagger: TimeTagger | None = None) -> None:
        self.tagger = tagger or TimeTagger()

    def pipe(self, docs: Sequence[Document]) -> Sequence[Document]:
        for doc in docs:
            tense = None
            if doc.parse is not None:
                parse = doc.parse

                def tense(start: int, end: int, parse=parse) -> str | None:
                    span = parse.char_span(start, end, alignment_mode="expand")
                    return clause_tense(span.root) if span is not None and len(span) else None

            doc.times = self.tagger.tag(doc.text, doc.article.date, tense)
            starts = [s.start for s in doc.sentences]
            for t in doc.times:
                t.sentence = max(bisect_right(starts, t.start) - 1, 0) if starts else None
        return docs
