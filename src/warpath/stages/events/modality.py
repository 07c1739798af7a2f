"""How the text presents an event: asserted, reported, intent, hypothetical, negated, demanded.

Markers are read on the event's verb (negation, modal auxiliaries, "if") and
on the words that govern it, climbing the parse: a complement of "refuse"
is negated, of "plan" or "pledge" an intent, of "urge" demanded, of "allow"
hypothetical (permitted, not done); a clause under a reporting verb is reported,
and the reporting verb's subject is the attribution.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import READY, UNREADY
from .clauses import CULPABLE, agent_objects, gerund_owner, participle_adjunct, subject_phrase

PRIORITY = ("negated", "hypothetical", "demanded", "intent", "reported", "asserted")

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "'d", "can", "ca"})
DEMAND_AUX = frozenset({"must", "should", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_CUES = FUTURE_AUX | {"would", "'d"}
"""Cues of a plain future: "will", and "would" when reported speech puts "will" in the past."""
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HEARSAY = frozenset({"allegedly", "reportedly", "purportedly", "supposedly", "reputedly"})
"""Adverbs that give an act as said, not as the text's own statement."""

REFUSE = frozenset({"refuse", "decline", "fail", "reject", "deny", "avoid", "stop", "cease", "halt", "forgo"})
INTENT = frozenset({
    "pledge", "promise", "vow", "plan", "intend", "aim", "seek", "want", "prepare", "threaten",
    "hope", "expect", "try", "attempt", "offer", "propose", "agree", "wish", "mean", "resolve", "commit",
    "move", "scramble", "rush", "set", "go",
})
ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "keep", "decide", "vote"})
"""Verbs whose complement is under way: "began shelling", "continued to bomb" are as their governor
says ("will begin" is a future, from the governor's own auxiliary), with no modality of their own; a
decision is its act ("Japan decided to ease sanctions" eased them; "will decide" is yet to come), and so
is a body's vote ("lawmakers voted to lift martial law" lifted it)."""
IMPLICATIVE = frozenset({"force", "compel", "oblige", "prompt", "cause", "lead", "drive", "spur", "manage"})
"""Verbs whose complement happened as they did: "forced the rebels to withdraw", "prompting the South's military
to fire warning shots" (the rebels withdrew, the military fired)."""
DEMAND = frozenset({
    "urge", "call", "demand", "ask", "appeal", "order", "insist", "press", "push", "encourage", "request",
    "require", "tell", "instruct", "implore", "beg", "exhort", "pressure", "command", "need",
})
DONE_BY_DOING = frozenset({"protest", "demonstrate", "express", "voice", "show", "signal", "mark", "commemorate"})
"""Purposes an act fulfils by being done: "shunned work to protest the settlements" protested (its
governor's modality), where "sent troops to secure the border" is yet to secure it."""
PERMIT = frozenset({"allow", "permit", "authorise", "authorize", "let", "enable", "clear", "approve",
                    "sanction", "license", "greenlight"})
REPORT = frozenset({
    "say", "tell", "report", "claim", "announce", "state", "add", "note", "confirm", "insist", "allege",
    "write", "quote", "reveal", "acknowledge", "admit", "declare", "assert", "testify", "disclose",
    "explain", "indicate", "argue", "stress", "emphasise", "emphasize", "reiterate", "tweet", "post",
    "show", "suggest", "accuse", "charge", "contend", "maintain", "concede", "recall", "brief",
})
BELIEVE = frozenset({"believe", "think", "fear", "suspect", "assume", "predict", "forecast", "warn",
                     "speculate", "imagine", "doubt", "worry", "estimate", "guess"})
NO_ONE = frozenset({"nobody", "none", "neither", "nothing"})
"""Subjects that say no one did it."""
POSSIBLE = frozenset({"possible", "likely", "unlikely", "probable", "conceivable", "plausible"})
"""Adjectives of a copula whose "that" clause may or may not come true: "it is likely that ..."."""
CONDITIONS = frozenset({"case", "event"})
"""Nouns whose clause after "in" is a condition: "in (the) case", "in the event"."""
FORECASTING = frozenset({"warn", "predict", "forecast", "estimate"})
"""Verbs of saying what may come: whoever says it is the forecast's attribution."""
EXPECT = frozenset({"expect", "predict", "project", "presume", "understand"})
"""Passive verbs of others' expectation: "Russia is expected to launch an offensive" is a forecast."""
PROMISE = frozenset({"pledge", "promise", "vow", "threaten", "swear"})
DENY = frozenset({"deny", "dismiss", "refute", "reject"})
# Nouns whose clause is not a fact: "permission for X to strike", "the prospect of war".
NOUN_MODALITY = {
    **dict.fromkeys(("permission", "authorization", "authorisation", "right", "go-ahead", "approval",
                     "green light", "licence", "license", "prospect", "risk", "possibility", "chance",
                     "danger", "threat", "opportunity", "option", "scenario"), "hypothetical"),
    **dict.fromkeys(("plan", "intention", "promise", "pledge", "drive", "bid", "attempt", "effort", "push",
                     "decision", "readiness", "willingness", "commitment", "aim", "goal", "ambition",
                     "preparation", "campaign", "quest", "mission", "task"), "intent"),
    **dict.fromkeys(("call", "demand", "order", "request", "appeal", "ultimatum", "need"), "demanded"),
    **dict.fromkeys(("claim", "report", "allegation", "assertion", "statement", "announcement", "accusation",
                     "confirmation", "rumour", "rumor", "word", "news"), "reported"),
}

SPEECH_NOUNS = frozenset({"reminder", "warning", "message", "declaration", "letter", "note", "remark",
                          "comment", "communique", "communiqué", "notice", "insistence", "assurance"})
"""Nouns of saying whose "that" clause is what is said, as the reported nouns of NOUN_MODALITY."""


@dataclass
class Reading:
    modality: str
    reporter: object = None  # the token of whoever is quoted as the source (a reported event)
    cue: str | None = None  # the word that decided it
    forecaster: object = None  # the token of whoever warns or predicts it (a forecast, not a report)


def read(verb) -> Reading:
    """The modality of the event whose predicate is ``verb``, and its attribution token."""
    found: dict[str, str] = {}
    reporter = forecaster = None
    _local(verb, found, future_would=_backshifted(verb))
    owner, _ = gerund_owner(verb)
    if owner is not None:  # "lifted restrictions on Kyiv using the missiles": permitted, not done
        found.setdefault("hypothetical", owner.lemma_.lower())
    tok = verb
    chain_local = True  # the governor's own modals still apply (xcomp, conj chains)
    for _ in range(12):
        if chain_local and (said := _paratactic_report(tok)) is not None:
            # "North Korea fired missiles ..., South Korea's military said": the parser may hang the reporting
            # verb on the clause it reports
            found.setdefault("reported", said.lemma_.lower())
            reporter = reporter or _speaker(said)
        dep, head = tok.dep_, tok.head
        if head.i == tok.i or dep == "ROOT":
            break
        lemma = head.lemma_.lower()
        if dep == "conj":
            own_aux = any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                chain_local = False  # "No one was hurt, but rebels attacked the town": a clause of its own
            elif chain_local and not own_aux:  # "cannot advance ... but can destroy": its own markers
                _local(head, found, inherited=True)
        elif dep == "xcomp" and head.pos_ == "ADJ" and lemma in READY | UNREADY:
            copula = head.head if head.dep_ == "acomp" else head
            negated = lemma in UNREADY or any(c.dep_ == "neg" for c in (*head.children, *copula.children))
            found.setdefault("negated" if negated else "intent", lemma)
            tok = copula
            if chain_local:
                _local(copula, found, inherited=True)
            continue
        elif dep == "advcl" and head.pos_ in ("VERB", "AUX") and participle_adjunct(tok):
            if chain_local:  # "Putin said Ukraine had struck Kursk, killing ...": as its clause says (reported)
                _local(head, found, inherited=True)
        elif dep in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            if dep == "advcl" and not _is_purpose(tok):
                break  # "when the Ukrainians launched ...": its own assertion
            passive = dep == "xcomp" and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
            if dep == "xcomp" and lemma in ("have", "be") and any(c.lower_ == "yet" for c in head.children):
                found.setdefault("negated", "yet")  # "Israel has yet to strike Iran": it has not
            elif passive and lemma in BELIEVE | EXPECT:
                found.setdefault("hypothetical", lemma)  # "Russia is expected to launch an offensive"
            elif passive and lemma in REPORT | {"rumour", "rumor"}:
                found.setdefault("reported", lemma)  # "troops are said to have crossed the border"
            elif passive and lemma in ("schedule", "slate", "poise"):
                found.setdefault("intent", lemma)  # "Biden is scheduled to meet Xi"
            elif lemma in REFUSE:
                found.setdefault("negated", lemma)
            elif lemma in PERMIT:
                found.setdefault("hypothetical", lemma)
            elif lemma in DEMAND:
                found.setdefault("demanded", lemma)
            elif lemma in INTENT or dep == "advcl" and tok.lemma_.lower() not in DONE_BY_DOING:
                found.setdefault("intent", lemma)
            if chain_local:  # "unless the president agrees to step down": the condition is on both
                _local(head, found, inherited=True, conditions=dep == "xcomp")
        elif dep == "ccomp" and head.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
            # "declined to confirm whether it had sent the drones", "did not say whether Russia had attacked":
            # an open question, whatever is said or refused of it
            found.setdefault("hypothetical", "whether")
            break
        elif dep in ("ccomp", "parataxis") and head.pos_ in ("VERB", "AUX"):
            chain_local = False
            if lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in POSSIBLE for c in head.children):
                found.setdefault("hypothetical", "possible")  # "it is possible that Russia will use them"
            if lemma in DENY:
                found.setdefault("negated", lemma)
            elif lemma in BELIEVE:
                found.setdefault("hypothetical", lemma)
                if lemma in FORECASTING:  # "Russia may strike Kyiv again, officials warned"
                    forecaster = forecaster or _speaker(head)
            elif lemma in REPORT:
                found.setdefault("reported", lemma)
                reporter = reporter or _speaker(head)
            elif lemma in DEMAND:
                found.setdefault("demanded", lemma)
            elif lemma in INTENT:
                found.setdefault("intent", lemma)
            elif lemma in PERMIT and (tok.tag_ == "VB" or tok.tag_ == "VBG"):
                found.setdefault("hypothetical", lemma)  # "approved Ukraine using ...", not "approved ... that X said"
        elif dep in ("acl", "relcl", "advcl", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
            noun = head.lemma_.lower()
            kind = NOUN_MODALITY.get(noun) or ("reported" if noun in SPEECH_NOUNS else None)
            if noun in CONDITIONS and head.dep_ == "pobj" and head.head.lower_ == "in":
                kind = "hypothetical"  # "in the case the army attacked", "in the event that Russia strikes"
            said = kind == "reported"
            if kind and (not said or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)):
                found.setdefault(kind, noun)
                if said or kind == "demanded":  # "Moscow's claim that ...", "issued a reminder that ...": who says
                    reporter = reporter or next((c for c in head.children if c.dep_ == "poss"), None) or \
                        _issuer(head)
            if dep == "relcl":
                break
        elif dep == "pcomp":
            pass
        elif dep == "prep" and lemma in CULPABLE and head.dep_ == "acomp":
            # "would be guilty of violating the treaty": the copula's modals are the gerund's
            tok = head.head
            if chain_local:
                _local(tok, found, inherited=True)
            continue
        else:
            break
        tok = head
    if not found and verb.dep_ != "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL | IMPLICATIVE) \
            and not (verb.dep_ == "advcl" and verb.lemma_.lower() in DONE_BY_DOING):
        found["hypothetical"] = "to"  # a bare infinitive ("... Ukraine to use missiles") asserts nothing
    reporter = reporter or _according_to(verb)
    if reporter is not None:
        found.setdefault("reported", "according to")
    for modality in PRIORITY:
        if modality in found:
            return Reading(modality, reporter if modality == "reported" or reporter is not None else None,
                           found[modality], forecaster)
    return Reading("asserted")


def _backshifted(verb) -> bool:
    """"Russia said it would respond": reported speech puts "will" as "would", a future, not a
    condition, unless the clause states one ("would respond if ...")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT | PROMISE:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                   for v in (verb, clause) for a in (v, *(c for c in v.children if c.dep_ == "advcl"))
                   for c in a.children)


def _local(verb, found: dict[str, str], inherited: bool = False, future_would: bool = False,
           conditions: bool = False) -> None:
    """Markers on the verb itself: negation, modal auxiliaries, conditionals (``conditions``: also when
    ``inherited``), imperatives."""
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "advmod" and low in ("never",)):
            found.setdefault("negated", low)
        elif c.dep_ in ("aux", "auxpass"):
            if future_would and low in ("would", "'d"):
                found.setdefault("intent", low)
            elif low in HYPOTHETICAL_AUX:
                found.setdefault("hypothetical", low)
            elif low in DEMAND_AUX:
                found.setdefault("demanded", low)
            elif low in FUTURE_AUX:
                found.setdefault("intent", low)
        elif c.dep_ == "mark" and low in CONDITIONAL_MARKS and (conditions or not inherited):
            found.setdefault("hypothetical", low)
        elif c.dep_ == "advmod" and low in HEARSAY:
            found.setdefault("reported", low)  # "troops allegedly executed prisoners": said, by no one named
        elif c.dep_ in ("nsubj", "nsubjpass") and (low in NO_ONE or any(
                d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children)):
            found.setdefault("negated", low)  # "No Russian troops crossed", "Neither Russia nor Ukraine attacked"
    if not inherited and verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        found.setdefault("demanded", "imperative")
    if verb.doc[verb.sent.end - 1].text == "?" and not inherited:
        found.setdefault("hypothetical", "?")


def _paratactic_report(verb):
    """A reporting verb with a subject that the parser hangs on ``verb`` as a parenthetical ("..., officials
    said"), if any."""
    return next((c for c in verb.children if c.dep_ == "parataxis" and c.lemma_.lower() in REPORT
                 and c.i > verb.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


def _is_purpose(tok) -> bool:
    """An infinitival adverbial clause of purpose: "... to stop a war"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or any(
        c.dep_ == "mark" and c.lower_ in ("to", "so") for c in tok.children)


def _speaker(verb):
    """Who says: the subject of a reporting verb, or its agent in the passive ("reported by the BBC")."""
    if agents := agent_objects(verb):
        return agents[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there")]
    if subjects:  # the nearest ("JERUSALEM (Reuters) - Israeli forces killed ..., medics said": the medics)
        return subject_phrase(min(subjects, key=lambda c: abs(c.i - verb.i)))
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return _speaker(verb.head)  # "struck Gaza, saying Hamas must ...": the governing verb's subject says it
    return None


ISSUING = frozenset({"issue", "make", "release", "publish", "send", "deliver", "give", "file", "lodge", "voice",
                     "express", "repeat", "reiterate", "renew", "put", "present", "submit", "post", "air",
                     "broadcast", "write", "sign", "relay", "convey", "level", "spread", "circulate"})
"""Verbs whose subject issues the statement that is their object; "did not confirm reports that ...",
"dismissed claims that ..." are others' statements."""


def _issuer(noun):
    """Who issues the statement ``noun`` names: the subject of the verb it is the object of ("Chirac issued
    a reminder to Iraq that ...", "Russia made a demand that ...")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ISSUING:
        return None
    return next((subject_phrase(c) for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there")),
                None)


def _according_to(verb):
    """X in "according to X" attached to the verb or to the root of its sentence."""
    for owner in (verb, verb.sent.root):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in c.children:
                    for p in to.children:
                        if p.dep_ == "pobj":
                            return p
    return None
