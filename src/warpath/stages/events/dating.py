"""The date of an event: the time expression that governs it, else the context, else publication.

Order: a time expression inside the event's own clause; then one elsewhere in
its sentence (the nearest to the verb); then the last one of the preceding
sentences (at most :data:`CONTEXT_SENTENCES` back, ending at most
:data:`CONTEXT_RECENT` before publication, in no phrase of what came before or
after, "since May", "following talks earlier this month", in no relative clause
describing a noun, "Malaysia, which chairs ASEAN this year", not from publication
on, "later this month", and no possessive longer than a day: "last month's
attack"); then the publication date. A time to come of a verb coordinated with the
event's is that verb's alone ("met Modi and invited him to a summit later this
month"); a past one is both's ("attacked Kyiv and struck Odesa on Monday").
A number of days or weeks "earlier" or "later" counts from the last day named
before ("A day earlier, ..."). Other durations, sets and undated references are
never an event's date, nor, unless
the event's clause is in the future tense, a date after publication ("before he
is out of office in January next year" does not date what happened this week).
"""

from __future__ import annotations

import re
from datetime import timedelta

from ...document import Document, EventDate, TimeExpression
from .clauses import ATTACK_NOUNS, BEFORE_AFTER, TIME_PREPS

CONTEXT_SENTENCES = 3
CONTEXT_RECENT = timedelta(days=31)
"""A preceding sentence's date carries over only if it is this recent: the news of the day runs on from
sentence to sentence, background ("in 2009", "since May") stays in its own sentence."""


POSSESSIVES = frozenset({"'s", "\u2019s"})
"""What after a time expression makes it a noun's: "last month's attack" dates that attack, not the sentences
after it (a day's may: "Tuesday's attack on a military site ... Ukraine fired eight missiles")."""


SHIFT = re.compile(r"P(\d+)([DW])$")
"""A duration of whole days or weeks (TIMEX3 value)."""
SIGNAL = re.compile(r"\s+(earlier|later|before|after)(?=\s*[,.;:])", re.IGNORECASE)
"""A signal that shifts a duration from the day named before: "A day earlier, ...", "two weeks later."."""


def usable(t: TimeExpression) -> bool:
    return t.interval is not None and t.type in ("DATE", "TIME")


def event_date(doc: Document, sentence: int, clause_span: tuple[int, int], verb_offset: int,
               future_ok: bool = False, habitual: bool = False) -> EventDate:
    """The event's date; ``future_ok`` (a future-tense clause) allows dates after publication;
    ``habitual`` ("has frequently been targeted") takes no date from the sentences before."""
    published = doc.article.date
    # (only the sentence's and the ones before it that may carry: the tests below read the parse)
    times = [t for t in doc.times if usable(t) and t.sentence is not None
             and sentence - (0 if habitual else CONTEXT_SENTENCES) <= t.sentence <= sentence
             and (future_ok or published is None or t.interval[0] <= published)
             and not (t.sentence == sentence and _of_a_relative_clause(doc, t, verb_offset, future_ok))
             and not _names_a_things_date(doc, t)]
    lo, hi = clause_span
    # (a coordinated verb's time to come is its own: "met Modi and invited him to a summit later this month")
    times = [t for t in times if t.sentence != sentence or not _to_come(t, published) or
             not _of_a_conjunct(doc, t, verb_offset)]
    in_clause = [t for t in times if t.sentence == sentence and lo <= t.start and t.end <= hi]
    if in_clause:
        best = min(in_clause, key=lambda t: abs(t.start - verb_offset))
        return EventDate(_bounded(doc, best, verb_offset), "time_expression", best.text)
    in_sentence = [t for t in times if t.sentence == sentence]
    if in_sentence:
        best = min(in_sentence, key=lambda t: abs(t.start - verb_offset))
        return EventDate(_bounded(doc, best, verb_offset), "time_expression", best.text)
    shifted = None if habitual else _shifted_from_before(doc, sentence, times, verb_offset)
    if shifted is not None:
        return shifted
    best = None if habitual else next((  # the last that carries
        t for t in reversed(times) if t.sentence < sentence
        and (published is None or t.interval[1] >= published - CONTEXT_RECENT) and not _background(doc, t)
        and not _of_a_relative_clause(doc, t, -1)
        and not (doc.text[t.end:t.end + 2] in POSSESSIVES and t.interval[1] > t.interval[0])
        and not _to_come(t, published)), None)
    if best is not None:
        return EventDate(best.interval, "context", best.text)
    if published is not None:
        return EventDate((published, published), "publication_date", None)
    return EventDate(None, "none", None)


def _shifted_from_before(doc: Document, sentence: int, times: list[TimeExpression],
                         verb_offset: int) -> EventDate | None:
    """The day a number of days or weeks "earlier" or "later" than the last day named before counts to ("met
    in Istanbul on Monday ... A day earlier, Ukraine destroyed dozens of bombers": Sunday), from publication
    if none was named; the time expression itself is a duration, as TimeML has it. Only the event's verb's own."""
    for t in doc.times:
        if t.sentence != sentence or t.type != "DURATION" or not (m := SHIFT.match(t.value or "")) or \
                not (signal := SIGNAL.match(doc.text, t.end)) or _owner(doc, t, verb_offset) is not None:
            continue  # (another verb's: "agreed to resign after the cabinet lost a vote a day earlier")
        days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
        days = -days if signal.group(1).lower() in ("earlier", "before") else days
        named = [d for d in times if d.start < t.start and d.interval[0] == d.interval[1]]
        base = named[-1].interval[0] if named else doc.article.date
        if base is None:
            return None
        day = base + timedelta(days=days)
        if doc.article.date is not None and day > doc.article.date:
            return None  # (a day after publication is no date of what the article reports)
        return EventDate((day, day), "time_expression", doc.text[t.start:signal.end(1)])
    return None


def _of_a_relative_clause(doc: Document, t: TimeExpression, verb_offset: int, future: bool = True) -> bool:
    """Whether the time expression belongs to the verb of a relative clause or participle describing a noun,
    not the event's own: "The junta, which seized power in July, has accused Paris" is no accusation in July,
    "charged him under the law imposed by Beijing in 2020" no charge in 2020 (but "the strike launched on
    Monday killed ten" dates the killing; and, of an event not ``future``, so does a day after a present
    participle)."""
    verb = _owner(doc, t, verb_offset)
    return verb is not None and verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() not in ATTACK_NOUNS \
        and not verb.left_edge.idx <= verb_offset <= verb.right_edge.idx \
        and not (not future and verb.dep_ == "acl" and verb.tag_ == "VBG" and t.interval is not None and
                 t.interval[0] == t.interval[1])  # (the event's verb is not inside it; a day after a present
    # participle is where the parser hangs the sentence's: "struck a boat carrying drugs from Venezuela on Monday")


FUTURE_WORDS = ("later", "next", "coming", "the coming", "upcoming", "tomorrow", "the next")
"""First words of a time expression that points after publication ("later this month", "next week")."""


def _to_come(t: TimeExpression, published) -> bool:
    """Whether the time expression is of a time after publication: it starts after it, or points there from it
    ("later this month"; not "this year" on 1 January, which is the whole year)."""
    return published is not None and (t.interval[0] > published or t.interval[1] > published and
                                      t.text.lower().startswith(FUTURE_WORDS))


def _of_a_conjunct(doc: Document, t: TimeExpression, verb_offset: int) -> bool:
    """Whether the time expression belongs to a verb coordinated with the event's: "Wang Yi met Modi in New Delhi
    and invited him to a summit later this month" is no meeting later this month."""
    verb = _owner(doc, t, verb_offset)
    parse = getattr(doc, "parse", None)
    if verb is None or parse is None:
        return False
    event_verb = next((tok for tok in parse[verb.sent.start:verb.sent.end] if tok.idx == verb_offset), None)
    return event_verb is not None and (verb.dep_ == "conj" and verb.head.i == event_verb.i or
                                       event_verb.dep_ == "conj" and event_verb.head.i == verb.i)


def _names_a_things_date(doc: Document, t: TimeExpression) -> bool:
    """Whether the time expression modifies a noun of no attack ("under a 1951 treaty", "the 2020 election"):
    the thing's date, not the event's ("since the October 7 attacks", "after the 1979 revolution" date it)."""
    span = _span(doc, t)
    if span is None:
        return False
    root = span.root
    thing = root.head
    return root.dep_ in ("nummod", "compound", "amod") and thing.pos_ == "NOUN" and \
        thing.i not in range(span.start, span.end) and thing.lemma_.lower() not in ATTACK_NOUNS and \
        not (thing.dep_ == "pobj" and thing.head.lower_ in BACKGROUND | TIME_PREPS | {"during"})


BACKGROUND = BEFORE_AFTER | {"following"}
"""Words of a phrase or clause of what came before or after ("since May", "following talks in Istanbul earlier
this month"): background that dates no sentence after it."""


def _background(doc: Document, t: TimeExpression) -> bool:
    """Whether the time expression is in a phrase or clause of :data:`BACKGROUND` ("since the protests began in
    July")."""
    span = _span(doc, t)
    for tok in _climb(span) if span is not None else ():
        if tok.i == span.root.i:
            continue
        if tok.lower_ in BACKGROUND and tok.dep_ in ("prep", "mark"):
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ in BACKGROUND for c in tok.children)
    return False


def _owner(doc: Document, t: TimeExpression, verb_offset: int):
    """The verb the time expression belongs to (the first verb above it), or None; None too where that is the
    verb at ``verb_offset``."""
    span = _span(doc, t)
    for tok in _climb(span) if span is not None else ():
        if tok.idx == verb_offset:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.i != span.root.i:
            return tok
    return None


def _climb(span):  # (spacy.tokens.Span) -> Iterator[Token]
    """The tokens from the time expression's head up to the first verb above it, or to its sentence's root,
    both included (at most 12)."""
    tok = span.root
    for _ in range(12):
        yield tok
        if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.i != span.root.i):
            return
        tok = tok.head


def _span(doc: Document, t: TimeExpression):  # -> spacy.tokens.Span | None
    """The parse's tokens of the time expression, or None (no parse, or no tokens there)."""
    parse = getattr(doc, "parse", None)
    return parse.char_span(t.start, t.end, alignment_mode="expand") if parse is not None else None


def _bounded(doc: Document, t: TimeExpression, verb_offset: int) -> tuple:
    """The interval a time expression gives the event: its own, or from its start to publication when
    the event is "since" it ("had used ATACMS since reports at the weekend", "since May", "since they seized
    power in February 2021")."""
    published = doc.article.date
    span = _span(doc, t) if published is not None and t.interval[0] <= published else None
    if span is None:
        return t.interval
    if span.root.head.lower_ == "since" and span.root.head.dep_ == "prep" and span.root.dep_ == "pobj":
        # "since September" is from then to now, whichever verb the parser hangs it on ("have struck more than
        # 20 boats allegedly carrying drugs since September")
        return t.interval[0], max(published, t.interval[1])
    since = False
    for tok in _climb(span):  # (past the first verb above, the time expression belongs to another verb)
        if tok.idx == verb_offset:
            return (t.interval[0], max(published, t.interval[1])) if since else t.interval
        if tok.pos_ in ("VERB", "AUX") and tok.i != span.root.i and tok.dep_ == "advcl" and \
                tok.head.idx == verb_offset and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
            # "have imposed sanctions since they seized power in February 2021": from then on
            return t.interval[0], max(published, t.interval[1])
        since = since or tok.lower_ == "since"
    return t.interval
