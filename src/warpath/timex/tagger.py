"""The time-expression stage: find TIMEX3 expressions and normalise them.

Every rule's pattern runs over the text (unless the text lacks all of the words
one of which its every match holds: :mod:`.prefilter`); overlapping candidates are settled
longest first; the survivors are normalised in reading order, so that a date
named earlier can anchor "that day" or "a year earlier" later on. Clock times
without a day take the day named in their sentence, else the publication day.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..document import TimeExpression
from . import rules_calendar, rules_extent, rules_fiscal, rules_relative
from .base import Context, Rule
from .granules import DATE, TIME, Resolution
from .prefilter import fold
from .tense import make_tense_guesser, sentence_bounds

TenseFn = Callable[[int, int], str | None]

NAMED_FOR_A_DATE = re.compile(
    r" (?:Square|Street|Avenue|Road|Boulevard|Bridge|Stadium|Park|Airport|Hospital|University|Movement|Brigades?|"
    r"Front|Party|Coalition)\b")
"""What follows a date in the name of a place or a body named for it ("the March 23 Movement", "July 26 Street",
"the 6 October Bridge")."""

_FLOATING_DAY = "XXXX-XX-XXT"
"""The value prefix of a time of day whose day is not known yet ("3 p.m.")."""


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rank: int  # the rule's place in the tagger's list: on equal spans the earlier rule wins
    rule: Rule
    match: re.Match[str]


class TimeTagger:
    """Finds time expressions in a text and normalises them against its publication date.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in TimeTagger().tag("He left last Tuesday.", date(2024, 11, 22))]
    [('last Tuesday', '2024-11-19')]
    """

    def __init__(self) -> None:
        # The patterns themselves are compiled once, when the rule modules are imported.
        self.rules: tuple[Rule, ...] = (
            *rules_calendar.RULES,
            *rules_fiscal.RULES,  # before rules_relative: "this quarter" is the reported quarter
            *rules_relative.RULES,
            *rules_extent.RULES,
        )

    def tag(self, text: str, dct: date | None, tense: TenseFn | None = None) -> list[TimeExpression]:
        """The time expressions of ``text`` in reading order.

        ``dct`` is the publication date; ``tense(start, end)`` may give the tense
        ("past", "present" or "future") of the clause governing a span, and is
        guessed from nearby words when not given.
        """
        ctx = Context(text, dct, tense or make_tense_guesser(text))
        found: list[tuple[_Candidate, Resolution]] = []
        for cand in self._select(self._candidates(text)):
            if NAMED_FOR_A_DATE.match(text, cand.end):
                continue  # "the March 23 Movement", "May 13 Square": a name, not a time
            res = cand.rule.handler(cand.match, ctx)
            ctx.previous = (cand.start, cand.end)
            if res is None:
                continue
            found.append((cand, res))
            ctx.remember(res)
        return [
            TimeExpression(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                type=r.type,
                value=r.value,
                interval=r.interval,
                granularity=r.granularity,
            )
            for c, r in _anchor_times_of_day(text, dct, found)
        ]

    def _candidates(self, text: str) -> list[_Candidate]:
        folded = fold(text)
        return [
            _Candidate(m.start(), m.end(), rank, rule, m)
            for rank, rule in enumerate(self.rules)
            if rule.needs is None or any(s in folded for s in rule.needs)
            for m in rule.pattern.finditer(text)
            if m.end() > m.start()
        ]

    @staticmethod
    def _select(candidates: list[_Candidate]) -> list[_Candidate]:
        """Longest first, then leftmost; drop anything overlapping a span already kept."""
        candidates.sort(key=lambda c: (c.start - c.end, c.start, c.rank))
        starts: list[int] = []  # the kept spans, sorted and disjoint
        ends: list[int] = []
        kept: list[_Candidate] = []
        for c in candidates:
            i = bisect.bisect_left(starts, c.start)
            if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
                continue
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            kept.append(c)
        kept.sort(key=lambda c: c.start)
        return kept


def _anchor_times_of_day(
    text: str, dct: date | None, found: list[tuple[_Candidate, Resolution]]
) -> list[tuple[_Candidate, Resolution]]:
    """Give "3 p.m." the day named nearest in its sentence ("at 3 p.m. on Friday"), else the dct."""
    if not any(r.type == TIME and r.value.startswith(_FLOATING_DAY) for _, r in found):
        return found
    bounds = sentence_bounds(text)
    days_by_sentence: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for c, r in found:
        if r.type == DATE and r.granularity == "day" and r.interval:
            days_by_sentence[bisect.bisect_right(bounds, c.start)].append((c.start, r.interval[0]))
    out = []
    for c, r in found:
        if r.type == TIME and r.value.startswith(_FLOATING_DAY):
            same = days_by_sentence.get(bisect.bisect_right(bounds, c.start))
            day = min(same, key=lambda s: abs(s[0] - c.start))[1] if same else dct
            if day is not None:
                r = Resolution(TIME, day.isoformat() + r.value[len(_FLOATING_DAY) - 1 :], (day, day), r.granularity)
        out.append((c, r))
    return out
