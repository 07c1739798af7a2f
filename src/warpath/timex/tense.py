"""A cheap guess at the tense around a time expression, from nearby words.

The pipeline can pass a tense read from the parse; without one, the tagger
looks at the words of the same sentence and takes the tense of the nearest
cue: a modal or "plans to" for the future, "said", "was" or an -ed verb for the
past, "is" or "says" for the present. News reports the past, so no cue at all
means no opinion (None) and the caller's default applies.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

PAST, PRESENT, FUTURE = "past", "present", "future"

_INTENT = (
    "plan|plans|planned|planning|scheduled|set|due|expected|expects|expect|intend|intends|"
    "intended|aim|aims|hope|hopes|want|wants|agreed|agree|promised|promise|vowed|pledged|"
    "threatened|ready|going|about|likely|poised|prepared|preparing|decided|able|seek|seeks|sought"
)
_IRREGULAR_PAST = (
    "said|told|was|were|had|did|came|went|took|gave|made|met|left|held|began|saw|found|knew|got|"
    "sent|won|lost|fell|rose|struck|fought|became|led|brought|bought|built|chose|drove|flew|hit|"
    "kept|ran|sold|spoke|stood|thought|wrote|broke|shot|spent|threw|withdrew|felt|heard|paid|"
    "shut|slid|spread|stole|swept|taught|tore|woke|wore|froze|fled|sank|swore|hid|bit|beat|bled|"
    "blew|caught|dealt|dug|drew|ate|fed|forgot|grew|hung|laid|lent|lit|meant|sought|shook|sang|"
    "sat|slept|spun|sprang|stuck|strode|swam|swung|understood|undertook|upheld|overthrew|overran|"
    "overcame|arose|ago|yesterday|last|earlier|has|have|been|overnight"
)
_NOT_PAST_ED = (
    "need|needed|red|bed|hundred|indeed|speed|united|seed|feed|embed|proceed|succeed|exceed|"
    "based|related|limited|concerned|interested|detailed|advanced|alleged|suspected|armed|"
    "supposed|scheduled|expected|planned|intended|prepared|poised|decided"
)
_MODAL_GROUP = (
    r"(?:will|would|shall|might|may|could|should|must|can|to|'ll)\s+(?:not\s+|also\s+|still\s+|then\s+|now\s+)?"
    r"(?:be|have|get)\s+(?:been\s+)?[a-z]+"
)
"""A verb group headed by a modal ("will be held"), read as one future cue ending at its verb."""
_CUES = re.compile(
    rf"\b(?:(?P<future>{_MODAL_GROUP}|will|shall|won't|wo|would|might|tomorrow|next|upcoming|coming|later|"
    rf"payable|expires?|effective|scheduled|planned|planning|as\s+(?:soon|early)\s+as|"
    rf"(?:was|were|is|are)\s+(?:planning|going|scheduled|expected|due|set|about)(?=\s+to\b)|"
    rf"(?:{_INTENT}|is|are)(?=\s+to\b))"
    rf"|(?P<past>{_IRREGULAR_PAST}|(?!(?:{_NOT_PAST_ED})\b)[a-z]{{2,}}ed)"
    rf"|(?P<present>is|are|am|says|say|does|do|now|currently|today|continues|remains)"
    rf")\b|(?P<future_clitic>'ll)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St|No|Co|vs))"
    r"(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r"(?<!\bCorp)(?<!\bSept)(?<!\b[ap]\.m)[.!?][\"')\]]*\s+(?=[\"'`(]*[A-Z0-9])|\n\s*\n"
)
_WINDOW = 160


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start (a cheap splitter, good enough for a tense window)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]


def cue_tense(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The tense of the cue nearest to ``text[start:end]`` within ``text[lo:hi]``."""
    best: tuple[int, str] | None = None
    for side_lo, side_hi, before in ((max(lo, start - _WINDOW), start, True), (end, min(hi, end + _WINDOW), False)):
        for m in _CUES.finditer(text, side_lo, side_hi):
            distance = start - m.end() if before else m.start() - end
            if best is not None and distance >= best[0]:
                if not before:
                    break
                continue
            kind = m.lastgroup or ""
            best = (distance, FUTURE if kind.startswith("future") else kind)
    return best[1] if best else None


def make_tense_guesser(text: str) -> Callable[[int, int], str | None]:
    """A ``tense(start, end)`` callback for ``text`` that reads cue words in the sentence."""
    bounds = sentence_bounds(text)

    def tense(start: int, end: int) -> str | None:
        i = bisect.bisect_right(bounds, start) - 1
        lo = bounds[max(i, 0)]
        hi = bounds[min(i + 1, len(bounds) - 1)]
        return cue_tense(text, start, end, lo, max(hi, end))

    return tense
