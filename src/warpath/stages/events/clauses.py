"""Predicates and their arguments, read off the dependency parse.

A :class:`Predicate` is one verb with what the event coder needs: its lemma and
particle, the lemmas it governs (for the verb lexicon), its logical subject and
objects (passives undone, subjects of coordinated and controlled verbs filled
in), the verb that governs it, and the tokens of its own clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Dependencies that start another clause: its words are not this predicate's.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj", "xcomp", "pcomp"})
# Verbs whose complement's subject is their object: "urged Russia to withdraw".
OBJECT_CONTROL = frozenset({
    "allow", "permit", "authorise", "authorize", "urge", "ask", "call", "persuade", "force", "order",
    "encourage", "help", "invite", "tell", "enable", "clear", "compel", "press", "push", "pressure",
    "instruct", "advise", "warn", "request", "require", "convince", "empower", "let", "prompt", "cause",
    "lead", "drive", "spur",
})
COPULA_DEPS = ("ROOT", "ccomp", "conj")
"""Where a copula heads a clause of its own: "Moscow is on alert", "said he is pessimistic about a deal"."""
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
STANCES = {"oppose": "to", "engage": "in", "involve": "in", "commit": "to", "dedicate": "to"}
"""Verbs whose passive form is the subject's own stance or act, with its preposition: "is opposed to",
"were engaged in ethnic cleansing", "is committed to opening up the economy"; not something done to it."""
# Nouns that permit or forbid an action: "restrictions on Kyiv using ...", "permission for X striking".
LICENCE_NOUNS = frozenset({"restriction", "ban", "limit", "limitation", "curb", "prohibition", "permission",
                           "authorization", "authorisation", "approval", "veto", "embargo", "moratorium"})
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "acomp")
MAX_AFTER = 24
ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "assault", "offensive", "bombardment", "shelling",
                          "bombing", "operation"})
ANSWERS = frozenset({"response", "retaliation", "reprisal", "revenge", "reply"})
"""Nouns of "in response to ...": what an act answers, not what it is."""
BEFORE_AFTER = frozenset({"after", "before", "since", "until"})
"""Words of a phrase or clause of what came before or after an act (each use adds its own: "amid", "once",
"following")."""
TIME_PREPS = BEFORE_AFTER | {"amid"}
NAMING = frozenset({"call", "describe", "term", "label", "dub", "brand", "characterize", "characterise"})
"""Verbs of what someone calls a thing ("struck what it called terrorist camps")."""
"""Prepositions whose phrase says when an act happened, not what it was: "left Syria after talks" is no
leaving of talks (but an attack after which people were killed may be how: "killed ... after an air strike")."""
RESORTING = frozenset({"resort", "turn", "persist", "continue", "keep"})
"""Verbs whose gerund ("resorted to throwing stones") is what their subject does."""
CULPABLE = frozenset({"guilty", "responsible", "culpable"})
"""Adjectives whose gerund ("is guilty of violating the ceasefire") is what the copula's subject did."""
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "dispute"})
CHARGES = frozenset({"accusation", "allegation", "charge", "claim"})
"""What a denial answers: "rejected accusations of genocide" denies them (016), whatever they are of."""
CALL_PURPOSES = frozenset({"congratulate", "apologize", "apologise", "thank", "discuss", "assure", "inform", "brief",
                           "condole", "express", "wish", "greet", "update", "offer"})
"""What a caller does on the line: "called Morrison to congratulate him" is a telephone call (041), not the
appeal "called on X to ..." is."""
OUSTING = frozenset({"force", "kick", "throw", "drive", "pull", "chase", "push"})
"""Verbs whose "out" may stand after the object, as the parser's preposition of "out of": "forced the
agency out of the country" is forcing it out."""


@dataclass
class Predicate:
    verb: object  # spaCy Token
    lemma: str
    particle: str | None
    after: list[str]
    before: list[str]
    subjects: list = field(default_factory=list)  # tokens: logical subjects (agents)
    patients: list = field(default_factory=list)  # tokens: logical objects (passive subjects, direct objects)
    passive: bool = False
    agentless: bool = False
    governor: object = None  # the verb that governs this one (xcomp, ccomp, conj, ...)
    clause: list = field(default_factory=list)  # tokens of this clause, in order
    inherited_subject: bool = False
    describing: bool = False  # a clause that describes a noun through its pronoun or participle

    def with_subjects(self) -> list:
        """The clause's tokens and its own subjects' phrases (not a subject taken up from another clause):
        the words of the event, and where its place may be named ("a car bomb in Kyiv killed ...")."""
        # (a subject named in a gerund's words brings the gerund's phrase: "killed by Russian shelling in Kherson")
        return [*self.clause, *(t for s in self.subjects if not self.inherited_subject
                                for t in (s.head if s.dep_ in ("amod", "compound", "poss") and s.head.dep_ == "pcomp"
                                          else s).subtree)]


DETENTION = frozenset({"arrest", "detention", "custody"})
"""Nouns of the state a passive puts someone in ("placed under house arrest", "taken into custody")."""


def predicates(sent) -> list[Predicate]:
    """Every verb of the sentence as a :class:`Predicate`, in text order."""
    return [_predicate(tok) for tok in sent if (tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ in COPULA_DEPS
                                                                         and not _has_verb_child(tok))
                                                or _verb_tagged_noun(tok)) and not _is_loose(tok)
            and not _adjective_after_preposition(tok)]


def _adjective_after_preposition(tok) -> bool:
    """A participle the parser made a verb though it describes the object of the preposition before it:
    "near occupied Crimea", "in liberated areas" (a preposition of no object of its own, a participle of no
    subject or auxiliary, its "object" right after it)."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    prep, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return prep.pos_ == "ADP" and prep.dep_ == "prep" and \
        not any(c.dep_ in ("pobj", "pcomp") for c in prep.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) and \
        nxt.head.i == tok.i and nxt.dep_ == "dobj" and nxt.pos_ in ("NOUN", "PROPN")


def _on_auxiliary(verb, children: list, auxiliaries: tuple, deps: tuple) -> list:
    """The subjects (of ``deps``) the parser hung on an auxiliary (of ``auxiliaries``) before the verb, not on the
    verb: "France however has opposed ...". ``children``: the verb's."""
    return [c for aux in children if aux.dep_ in auxiliaries and aux.i < verb.i
            for c in aux.children if c.dep_ in deps]


def _phoned(verb, children: list) -> bool:
    """ "called Erdogan to apologize", "called Morrison on Wednesday to congratulate him": someone called,
    for something the caller does (CALL_PURPOSES); not "called on Japan to apologize". ``children``: the
    verb's."""
    return verb.lemma_.lower() == "call" and any(c.dep_ in ("dobj", "oprd") for c in children) and not any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for") and not _of_time(c) for c in children) and \
        any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CALL_PURPOSES and
            any(a.lower_ == "to" for a in c.children) for c in children)


def _of_time(prep) -> bool:
    """A preposition of a date or time: "on Wednesday", "in March"."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _is_loose(tok) -> bool:
    """The "free" of "let free", part of the predicate of "let"."""
    return tok.head.i != tok.i and (loose := _let_loose(tok.head)) is not None and loose.i == tok.i


def _verb_tagged_noun(tok) -> bool:
    """A sentence's root, or a clause's said by someone, the tagger took for a noun though it has a subject:
    "The government rejects and condemns the decision" ("rejects" as a plural noun), also with ", said X"
    after it; or one with an object or particle ("EU and UN hand over medical supplies")."""
    return tok.dep_ in ("ROOT", "ccomp") and tok.pos_ == "NOUN" and (
        tok.tag_ == "NNS" or any(c.dep_ in ("dobj", "prt") for c in tok.children)) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _passive_conjunct(verb) -> bool:
    """A participle coordinated with a passive verb: "supported" in "was endorsed and supported"."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children))


def _gapped_passive(verb, children) -> bool:
    """A verb coordinated with a passive whose auxiliary it shares, with a subject of its own: "injured" in
    "43 people had been detained and 26 police officers injured" (the parser reads it as active)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and \
        any(c.dep_ == "nsubj" for c in children) and \
        not any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in children) and \
        any(c.dep_ == "auxpass" for c in verb.head.children)


def _reduced_passive(verb, children) -> bool:
    """A participle with its agent describing a noun: "civilians killed by Russian shelling", "weapons supplied
    by Iran" (the noun is what the participle's act is done to)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and \
        any(c.dep_ == "agent" for c in children)


def participle_adjunct(tok) -> bool:
    """A bare present participle that adds to its clause, with no subject or conjunction of its own
    ("struck the camp, killing 15 civilians"); not "when launching", "after signing"."""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)


def _done_to(verb, children) -> list:
    """The subjects of the clause a participle with its agent adds to, which its act is done to: "Ukraine and
    Russia swapped prisoners, mediated by the UAE" (the UAE mediated between them); else none (also before
    the clause: "Rebuked by Eriador, Osgiliath is being drawn into ..." says what the subject had been through,
    as a background clause does)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < verb.head.i or \
            not any(c.dep_ == "agent" for c in children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children):
        return []
    return [antecedent(c) for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def passive_group(verb) -> list:
    """A passive verb with the participles coordinated with it, which share its subject, agent and phrases:
    "was endorsed and supported by X", "was tortured and killed in a secret CIA prison"."""
    group = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
    if verb.dep_ == "conj":
        group.append(verb.head)
    return group


def _has_verb_child(tok) -> bool:
    return any(c.pos_ == "VERB" for c in tok.children)


def _up_to(verb):
    """ "kidnapped up to 16 advisers": the noun the parser put under a particle "up" and its "to", a
    counted object of the verb; None where there is none."""
    for prt in verb.children:
        if prt.dep_ == "prt" and prt.lower_ == "up":
            for to in prt.children:
                if to.lower_ == "to" and to.i == prt.i + 1:
                    for obj in to.children:
                        if obj.dep_ == "pobj" and (obj.like_num or any(c.dep_ == "nummod" for c in obj.children)):
                            return obj
    return None


NOMINAL_ACTIONS = {"lifting": "lift", "easing": "ease", "ending": "end", "halting": "halt", "stopping": "stop",
                   "freezing": "freeze", "closing": "close", "closure": "close", "reopening": "reopen",
                   "opening": "open", "suspension": "suspend"}
"""Nouns of an action done to what their "of" phrase names: "the lifting of sanctions" is "lift sanctions"
to the lexicon."""


def lemmas(tokens) -> list[str]:
    """Lowercased lemmas without punctuation, a hyphenated word kept whole ("cease-fire", which the
    lexicon matches as "ceasefire" and as "cease fire"); an action noun and its "of" as the verb ("urged the
    lifting of sanctions" as "lift sanction"); no preposition of a date or time."""
    out: list[str] = []
    joined = False
    of_dropped = None
    for t in tokens:
        if t.i == of_dropped:
            continue
        if t.lower_ in NOMINAL_ACTIONS and t.pos_ == "NOUN" and (of := next(
                (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1), None)):
            out.append(NOMINAL_ACTIONS[t.lower_])
            of_dropped, joined = of.i, False
        elif t.text == "-" and not t.whitespace_ and out and t.i > 0 and not t.doc[t.i - 1].whitespace_:
            joined = True
        elif t.dep_ == "prep" and _of_time(t):
            continue  # "called Morrison on Wednesday": a preposition of time is not the verb's ("call on")
        elif not t.is_punct:
            if joined:
                out[-1] += "-" + t.lemma_.lower()
            else:
                out.append(t.lemma_.lower())
            joined = False
    return out


def _predicate(verb) -> Predicate:
    children = list(verb.children)  # (each pass over .children builds its tokens anew)
    counted = _up_to(verb)
    particle = next((c.lower_ for c in children if c.dep_ == "prt" and counted is None), None)
    if particle is None and verb.lemma_.lower() in OUSTING and any(
            c.lower_ == "out" and any(g.lower_ == "of" for g in c.children) for c in children if c.i > verb.i):
        particle = "out"
    clause = clause_tokens(verb)
    if (loose := _let_loose(verb)) is not None:
        # "Ethiopia let free 74 leaders": the parser makes "free" a clause of its own; it is the idiom's word
        clause = sorted(clause + [t for t in clause_tokens(loose) if t.i != loose.i], key=lambda t: t.i)
        particle = loose.lower_
    objects = [c for c in children if c.dep_ in ("dobj", "oprd")]
    # "called the strike a provocation": what the object is called says what was done, not the object
    named = {t.i for c in objects if c.dep_ == "dobj" for t in c.subtree} \
        if any(o.dep_ == "oprd" for o in objects) else set()
    if verb.lemma_.lower() in DENYING:
        # "rejected accusations of human rights abuses": a denial, whatever the charge is of
        named |= {t.i for c in objects if c.dep_ == "dobj" and c.lemma_.lower() in CHARGES
                  for of in c.children if of.dep_ == "prep" and of.lower_ == "of" for t in of.subtree}
    named |= {t.i for c in children if c.dep_ == "prep" and c.lower_ in TIME_PREPS and
              not any(o.dep_ == "pobj" and o.lemma_.lower() in ATTACK_NOUNS for o in c.children) for t in c.subtree}
    # ("struck a depot, ..., according to security sources": who tells it, no "accord" struck; "carried out a
    # strike ... in response to terrorist attacks": what it answers, no terrorist attack carried out)
    named |= {t.i for c in children if c.dep_ == "prep" and (c.lower_ == "according" or c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ANSWERS for o in c.children)) for t in c.subtree}
    after = lemmas(t for t in clause if t.i > verb.i and t.dep_ != "prt" and t.i not in named)[:MAX_AFTER]
    # A complement's verb counts among the words the governor governs: "refused to confirm".
    for c in children:
        if c.dep_ == "xcomp" and c.i > verb.i or for_to(c):  # "appealed for Iran to release them" too
            after += lemmas(t for t in clause_tokens(c) if t.i > verb.i)[:8]
    if _phoned(verb, children):
        after.insert(0, "telephone")
    before = [t.lemma_.lower() for t in clause if t.i < verb.i and not t.is_punct]
    p = Predicate(verb, verb.lemma_.lower(), particle, after, before, clause=clause)
    reduced = _reduced_passive(verb, children)
    gapped = _gapped_passive(verb, children)
    done_to = _done_to(verb, children)
    p.passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or _passive_conjunct(verb) or reduced \
        or gapped or bool(done_to)
    if p.passive and p.lemma in STANCES and not any(c.dep_ == "agent" for c in children):
        # "Israel is opposed to French mediation": a stance of the subject, towards the object of "to"
        p.passive = False
        # (the parser may say either, and hang it on the auxiliary: "his government is committed to ...")
        p.subjects = [c for c in children if c.dep_ in ("nsubjpass", "nsubj")] or _on_auxiliary(
            verb, children, ("aux", "auxpass"), ("nsubj", "nsubjpass"))
        p.patients = [o for c in children if c.dep_ == "prep" and c.lower_ == STANCES[p.lemma]
                      for o in c.children if o.dep_ == "pobj"][:1]
    elif p.passive:
        # "was endorsed and supported by X": coordinated passives share subject and agent
        group = passive_group(verb)
        p.patients = [antecedent(c) for c in children if c.dep_ == "nsubj"][:1] if gapped else (
            [antecedent(c) for v in group for c in v.children if c.dep_ == "nsubjpass"][:1] or (
                [verb.head] if reduced else done_to))
        agents = agent_objects(verb) or [o for v in group for o in agent_objects(v)] or _hung_agent(verb, children)
        p.subjects = agents
        p.agentless = not agents
        p.after = [t.lemma_.lower() for t in _subtree(p.patients)] + p.after  # "missiles were fired"
    else:
        # "France however has opposed ...": the parser may hang the subject on the auxiliary
        p.subjects = [antecedent(subject_phrase(c)) for c in children if c.dep_ in ("nsubj", "csubj")] or \
            _on_auxiliary(verb, children, ("aux",), ("nsubj",))
    # (and "let free the activist": the parser's subject of "free")
    p.patients += [antecedent(c) for v in (verb, loose) if v is not None for c in v.children
                   if c.dep_ in ("dobj", "dative") or v is loose and c.dep_ in SUBJECT_DEPS]
    if counted is not None and not p.passive:
        p.patients.append(counted)
    if not p.patients and not p.passive and (seen := hung_objects(verb, children)):
        # "will not accept any refugees fleeing the war": the parser makes the object the participle's
        # subject; it is the verb's object, with the participle describing it
        p.patients = seen[:1]
        p.after = lemmas(t for t in seen[0].subtree if t.i < seen[0].head.i) + p.after
    if not p.patients and not p.passive:
        # "denounced as an ugly crime Serbia's suppression of ...", "condemned as barbaric Russia's bombing":
        # the parser makes the object an apposition in the "as" phrase moved before it, or its object
        p.patients = [a for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1
                      for o in c.children if o.dep_ == "pobj"
                      for a in ([x for x in o.children if x.dep_ == "appos"] or
                                ([o] if any(x.dep_ == "poss" for x in o.children) else []))][:1]
    if not p.patients and not p.passive and not any(c.dep_ in ("prep", "dative", "xcomp", "ccomp") for c in children):
        # "rejects and condemns the decision": the object is shared (not by "stands with its ally and supports
        # its decision" or "vowed to bolster its arsenal and rejected offers": a verb with a phrase or a
        # complement of its own)
        p.patients = [o for c in children if c.dep_ == "conj" and c.i > verb.i
                      and not any(x.dep_ in SUBJECT_DEPS for x in c.children)
                      for o in c.children if o.dep_ == "dobj"][:1]
    p.governor = verb.head if verb.dep_ != "ROOT" else None
    p.describing = reduced or verb.dep_ == "relcl" and any(t.i == verb.head.i for t in (*p.subjects, *p.patients))
    if not p.subjects and not p.passive:
        inherited = _inherit_subject(verb)
        if inherited:
            p.subjects, p.inherited_subject = inherited, True
    return p


def for_to(clause) -> bool:
    """Whether ``clause`` is a complement "for X to do ..." of its head."""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and clause.i > clause.head.i and \
        any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and infinitival(clause)


def infinitival(verb) -> bool:
    """ "to supply ...": an infinitive (a purpose clause that spells out its governor's event, a noun's "plans to
    sell")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


PROSPECTIVE = frozenset({"expect", "plan", "intend", "aim", "schedule", "set", "due", "prepare", "vow", "pledge",
                         "promise", "threaten", "hope", "want", "seek"})
"""Verbs whose infinitive is yet to happen: "is expected to launch an offensive next spring"."""


def prospective(verb) -> bool:
    """Whether a verb is the infinitive of a verb of what is yet to happen ("expected to launch")."""
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROSPECTIVE and \
        infinitival(verb)


def is_what(tok) -> bool:
    """Whether the token is the relative "what" of a free relative ("what it called ...", "what it says is ...")."""
    return tok.tag_ == "WP" and tok.lower_ == "what"


def agent_objects(verb) -> list:
    """The objects of a passive verb's or participle's "by" agent ("was fired by Hamas", "killed by shelling");
    for a gerund the parser made a clause, the name that says whose it is ("killed by Russian shelling":
    "Russian")."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] or [
        n for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pcomp" and o.tag_ == "VBG"
        for n in o.children if n.dep_ in ("amod", "compound", "poss") and n.ent_type_ in ("NORP", "GPE", "ORG")]


def _hung_agent(verb, children) -> list:
    """The agent of a passive the parser hung on the object of the verb's phrase: "was placed under house arrest
    by the military" ("by the military" on "arrest"); a "by" phrase on a noun of its own ("the attack by
    Hamas") is not, its noun's agent."""
    return [o for prep in children if prep.dep_ == "prep" and prep.lower_ in ("under", "into", "in")
            for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in DETENTION
            for by in obj.children if by.dep_ == "prep" and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj"]


def _let_loose(verb):
    """The "free" or "go" of "let free", "let go" when the parser made it a verb of its own."""
    if verb.lemma_.lower() != "let":
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i == verb.i + 1
                 and c.lower_ in ("free", "go", "loose")
                 and not any(s.dep_ in SUBJECT_DEPS and s.i < c.i for s in c.children)), None)


def hung_objects(word, clauses) -> list:
    """The nouns right after ``word`` (a verb or a preposition) that the parser made the subject of one of
    ``clauses``, participle clauses with no conjunction: "accept any refugees fleeing the war", "granted
    asylum to five officers holed up in ..." (refugees, officers: the objects, not subjects), and infinitives:
    "declared a state of siege to begin at midnight"."""
    return [s for c in clauses if c.dep_ in ("advcl", "ccomp", "pcomp") and (c.tag_ in ("VBN", "VBG", "VBD") or (
                c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))
            and not any(m.dep_ == "mark" for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and s.left_edge.i == word.i + 1]


RELATIVES = frozenset({"who", "whom", "which", "that"})
PEOPLE = frozenset({"woman", "man", "people", "person", "child", "boy", "girl", "citizen", "national", "resident",
                    "civilian", "soldier", "fighter", "militant", "member", "student", "worker", "official",
                    "leader", "activist", "journalist", "suspect", "officer", "minister", "president"})
"""Nouns of people, whom "who" stands for rather than a group named in their phrase."""


def antecedent(tok):
    """The noun a relative pronoun stands for: "Russian troops, who attacked Kyiv", "civilians who were shot
    dead by British troops", "the journalist whom the police detained"; any other word itself. "Who" after
    a group in a person's phrase is the person ("a Pakistani woman believed linked to Al-Qaeda who shot at US
    officers": the parser hangs the clause on the nearest noun)."""
    clause = tok.head
    if tok.lower_ not in RELATIVES or tok.tag_ not in ("WP", "WDT") or clause.dep_ != "relcl" or \
            clause.head.pos_ not in ("NOUN", "PROPN"):
        return tok
    noun = clause.head
    if tok.lower_ == "that" and noun.pos_ == "PROPN":
        return tok  # a name takes no restrictive clause: "called for reform in US that will protect people"
    if tok.lower_ in ("who", "whom") and noun.dep_ == "pobj" and noun.ent_type_ in ("ORG", "GPE", "NORP"):
        person = noun.head
        while person.dep_ in ("prep", "acl", "pobj", "xcomp") and person.pos_ not in ("NOUN", "PROPN"):
            person = person.head
        if person.pos_ == "VERB":  # (the parser's "woman believed linked to": the verb's subject)
            person = next((c for c in person.children if c.dep_ == "nsubj"), person)
        if person.pos_ == "NOUN" and person.lemma_.lower() in PEOPLE:
            return person
    return noun


def subject_phrase(tok):
    """The noun a subject stands for: the parser may make a participle the subject and its noun the
    participle's ("The Red Cross operating in Iraq said": Red Cross, not operating)."""
    if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VBN"):
        return next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), tok)
    return tok


def gerund_owner(verb):
    """The noun and the actor of "restrictions on Kyiv using the missiles": a gerund right after
    a restriction's or permission's "on"/"for" phrase is that phrase's action (the parser often hangs
    it on the main verb)."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None, None
    before = verb.doc[verb.i - 1]
    prep = before.head
    if before.dep_ == "pobj" and prep.lower_ in ("on", "for", "against") and prep.head.pos_ == "NOUN" \
            and prep.head.lemma_.lower() in LICENCE_NOUNS:
        return prep.head, before
    return None, None


def _active_participle(verb) -> bool:
    """Whether a past participle acts rather than describes: it has a direct object, or its coordinated
    verb has ("donated and delivered goods"), or it governs a gerund ("resorted to throwing stones")."""
    return any(c.dep_ == "dobj" for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))
               for c in v.children) or any(
        g.tag_ == "VBG" for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp")


SAYING_NOUNS = frozenset({"statement", "report", "letter", "resolution", "declaration", "communique", "communiqué",
                          "message", "note", "video", "recording", "post", "tweet", "speech", "address", "appeal",
                          "petition", "notice", "memo", "document", "decree", "order", "motion", "bill", "proposal",
                          "editorial", "article", "interview", "warning", "ultimatum", "directive", "law", "plan"})
"""What someone issues that says or does something in a participle clause: "issued a statement calling on ..."."""


def _inherit_subject(verb) -> list:
    """The subject a verb without one shares: with its coordinated verb, its controller, its noun."""
    dep, head = verb.dep_, verb.head
    if (owner_phrase := gerund_owner(verb)[1]) is not None:
        return [owner_phrase]
    if dep == "conj" and (head.pos_ in ("VERB", "AUX") or _verb_tagged_noun(head)):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return subj
        return agent_objects(head) or _inherit_subject(head)
    while dep in ("xcomp", "advcl") and head.pos_ in ("ADJ", "ADV") and head.dep_ in ("acomp", "advmod", "xcomp"):
        head = head.head  # "is about to restore", "is ready to send": the adjective's verb governs
    if dep in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in OBJECT_CONTROL and not (dep == "advcl" and verb.tag_ == "VBG"):
            # (a participle adjunct is the subject's: "authorised Ukraine to use ATACMS ..., lifting a
            # restriction" is Biden's lifting)
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if not obj:  # "called on Russia to ...", "gave permission for Kyiv to ..."
                obj = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "upon")
                       for p in c.children if p.dep_ == "pobj"]
            if obj:
                return obj
        subj = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        if not subj and dep == "xcomp":
            # "Russia is expected to launch an offensive", "Israel is set to expand": the passive's subject
            subj = [c for c in head.children if c.dep_ == "nsubjpass"]
        return subj or _inherit_subject(head)
    if dep == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        return [head]  # "the troops who attacked", "something Starmer refused to confirm" has its own
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        root = head
        while root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
            root = root.head.head  # "Doctors from two aid groups donated ...": the clause hangs on "groups"
        if root.dep_ == "ROOT" and (verb.tag_ in ("VBD", "VBZ", "VBP")
                                    or (verb.tag_ == "VBN" and _active_participle(verb))):
            # a finite verb parsed as the clause of its own subject: "The air force carried out strikes"
            # (a participle with a direct object is no passive modifier)
            return [root]
    if dep == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in RESORTING:
        # "resorted to throwing stones", "turned to shelling": the action of the governing verb's subject
        return [c for c in head.head.children if c.dep_ in ("nsubj", "csubj")] or _inherit_subject(head.head)
    if dep == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in CULPABLE and \
            head.head.dep_ == "acomp" and head.head.head.pos_ == "AUX":
        # "the MILF is guilty of violating the ceasefire": the copula's subject did it
        return [c for c in head.head.head.children if c.dep_ in ("nsubj", "csubj")]
    if dep == "attr" and head.pos_ == "AUX" and verb.tag_ == "VBG":
        # "Qatar is mediating between Israel and Hamas": the parser's progressive as the copula's attribute
        return [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    if dep == "acomp" and head.pos_ == "AUX" and verb.tag_ == "VBN":
        # "it was concerned about the deployment": the participle says what the copula's subject holds
        return [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        # "permission for Zelensky to use ...": the "for" phrase names who acts
        for_obj = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                   for p in c.children if p.dep_ == "pobj"]
        if for_obj:
            return for_obj
        governing = head.head
        if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i for c in head.children):
            # "supports the UK's decision to expel Russian diplomats", "defended the right of Russian troops to
            # fire on militants": the act is the owner's, not the supporter's; the owner is already whom the
            # sentence's own event is about, so the act decided is left uncoded
            return []
        if governing.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "attr") and (
                infinitival(verb) or head.lemma_.lower() in SAYING_NOUNS):
            # "gave Ukraine permission to use": the one given it acts; "issued a statement calling on ...": the
            # author says it (not a participle describing another noun: "gives Putin a deadline over an attack
            # using nerve agent")
            given = [c for c in governing.children if c.dep_ == "dative"]
            return given or [c for c in governing.children if c.dep_ in ("nsubj", "csubj")]
    return []


def clause_tokens(verb) -> list:
    """The verb and the words of its own clause, without embedded clauses, in text order."""
    keep = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        for child in tok.children:
            if child.dep_ in CLAUSE_DEPS and (child.pos_ in ("VERB", "AUX") or child.dep_ in ("ccomp", "advcl")):
                continue
            stack.append(child)
    keep.sort(key=lambda t: t.i)
    return keep


def _subtree(tokens) -> list:
    out = []
    for t in tokens:
        out.extend(t.subtree)
    return out


def conjuncts(tok) -> list:
    """A noun and the nouns coordinated with it: "Arnor and Gondor" -> [Arnor, Gondor]."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(conjuncts(c))
    return out
