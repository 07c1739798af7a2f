"""The time-expression stage: TIMEX3 tagging and normalisation against the publication date.

>>> from datetime import date
>>> [t.value for t in TimeTagger().tag("On Wednesday it was reported.", date(2024, 11, 22))]
['2024-11-20']

Modules: ``tagger`` (the :class:`TimeTagger`), the rule families ``rules_calendar``
(dates, months, years, seasons, holidays), ``rules_fiscal`` (quarters and halves),
``rules_relative`` (yesterday, last week, two days ago, that year) and
``rules_extent`` (durations, sets, clock times, PAST/PRESENT/FUTURE_REF); and
their helpers ``anchor`` (which occurrence of a recurring name is meant),
``granules`` (values and intervals of calendar units), ``tense`` (a cue-word
tense guess), ``lexicon`` (word tables) and ``base`` (rule plumbing).
"""

from .tagger import TimeTagger

__all__ = ["TimeTagger"]
