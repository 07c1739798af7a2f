"""Article text with its actors, time expressions and event evidence marked, safely.

The text is untrusted. It is cut at every span boundary; each piece is escaped
on its own and, where spans cover it, wrapped in a ``<mark>`` whose classes
and title are fixed words or escaped values. Nothing of the text is ever
inserted unescaped, so no input can open a tag or an attribute.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..document import Document

KINDS = ("evidence", "actor", "time")
"""Span kinds, outermost first; each is a CSS class (``mark.evidence``...)."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    title: str
    anchor: str | None = None
    """An element id placed where the span starts (``ev-<event id>``), for links to it."""
    selected: bool = False


def document_spans(doc: Document, selected: str | None = None) -> list[Span]:
    """The spans to mark in ``doc``: every event's evidence, actor mention and time expression."""
    spans = [Span(e.evidence.start, e.evidence.end, "evidence",
                  f"event {e.code} {e.name} ({e.modality}): {e.source.code if e.source else '-'} -> "
                  f"{e.target.code if e.target else '-'}", f"ev-{e.id}", e.id == selected)
             for e in doc.events]
    spans += [Span(a.start, a.end, "actor", f"actor {a.code or '?'} ({a.kind}{', ' + a.name if a.name else ''})")
              for a in doc.actors]
    spans += [Span(t.start, t.end, "time", f"time {t.value}" + (f" = {t.interval[0]}..{t.interval[1]}"
                                                                 if t.interval else ""))
              for t in doc.times]
    return spans


def highlight(text: str, spans: list[Span]) -> Markup:
    """``text`` as HTML: escaped, with each stretch covered by spans in one ``<mark>``."""
    n = len(text)
    spans = [_trimmed(text, s) for s in spans if 0 <= s.start < s.end <= n and s.kind in KINDS]
    cuts = sorted({0, n, *(s.start for s in spans), *(s.end for s in spans)})
    anchors: dict[int, list[str]] = {}
    for s in spans:
        if s.anchor:
            anchors.setdefault(s.start, []).append(s.anchor)
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:]):
        for anchor in anchors.get(lo, []):
            out.append(f'<span class="anchor" id="{escape(anchor)}"></span>')
        piece = escape(text[lo:hi])
        covering = sorted((s for s in spans if s.start <= lo and hi <= s.end), key=lambda s: KINDS.index(s.kind))
        if not covering:
            out.append(str(piece))
            continue
        classes = {s.kind for s in covering}
        if any(s.selected for s in covering):
            classes.add("selected")
        title = "\n".join(dict.fromkeys(s.title for s in covering))
        out.append(f'<mark class="{" ".join(sorted(classes))}" title="{escape(title)}">{piece}</mark>')
    return Markup("".join(out))


def _trimmed(text: str, span: Span) -> Span:
    """The span without the whitespace it ends with (evidence clauses may run on to a blank line)."""
    end = span.end
    while end > span.start + 1 and text[end - 1].isspace():
        end -= 1
    return span if end == span.end else Span(span.start, end, span.kind, span.title, span.anchor, span.selected)
