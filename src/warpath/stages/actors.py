"""Actor mentions with CAMEO actor codes for the article's date.

Every noun phrase of the parse (a noun, proper noun or pronoun with its left
modifiers: "US president Joe Biden", "the Ukrainian regime", "Starmer's
government") is looked up in the :class:`~warpath.actors_dict.ActorDictionary`:

- a named person gives the code of the role they held on the publication
  date ("Donald Trump" on 2024-11-22 is USAELI, president-elect); with an agent
  head noun the person only lends a country ("Starmer's government" = GBRGOV);
- a country, capital, metonym or IGO gives the country part ("Kremlin" = RUSGOV,
  "NATO" = IGOWSTNAT), and an agent noun in the phrase adds the sector
  ("Russian troops" = RUSMIL);
- an agent noun alone ("the ministry", "Parliament") takes its country from an
  "of X" phrase, else from the last actor of the article with a country;
- pronouns ("he", "it", "they") take the code of the last compatible actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..actors_dict import ActorDictionary
from ..document import Actor, Document
from ..places import BIG_TOWN, PLACE_ENTITIES, Gazetteer
from .headlines import original_case

# Dependencies that attach a word to the noun it modifies inside one phrase.
MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "flat", "npadvmod"})
# Heads of phrases that stand for a group whose members are in an "of" phrase.
QUANTITIES = frozenset({"thousand", "hundred", "dozen", "million", "number", "group", "some", "many", "member",
                        "most", "all", "part", "majority", "unit", "contingent", "delegation"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Roles in which an adjective stands for a noun: "the paramilitary shelled ...", "the wounded"."""
# A wire dateline ("MOSCOW/KYIV - ", "ROVAJARVI, Finland (Reuters) - ", "TAIPEI, Taiwan, Oct 14 - ", "LA PAZ - ")
# says where the story was filed, not who acts: its words are no actor mentions.
DATELINE = re.compile(r"\s*(?:[A-Z]{3,}|[A-Z]{2}(?= [A-Z]{2}))[A-Z .'/-]*(?:,\s*[A-Z][\w .'-]{1,30}){0,2}"
                      r"\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014]{1,2}\s+")
MAX_NAME_TOKENS = 6
MAX_OF_AGENT = 4
"""Most words after "of" in an agent the dictionary names with its "of" phrase ("chamber of commerce and industry")."""
GROUP_HEADS = frozenset({"group", "force", "faction", "member", "figure", "unit", "camp", "movement", "bloc",
                         "candidate", "activist", "supporter"})
"""Nouns that take their kind of actor from a modifier: "opposition groups", "rebel forces"."""
SITES = frozenset({"position", "stronghold", "hideout", "base", "outpost", "checkpoint", "headquarters", "barracks",
                   "barrack", "station", "convoy", "post", "bunker"})
"""Places that are their holders' (a modifier's or a possessive's): "rebel positions", "a police station",
"their positions"."""
MAX_PHRASE_TOKENS = 12
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
# Agent nouns that name weapons: actors only as the subject of an attack ("Russian missiles hit").
WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "munition", "warhead", "weapon", "artillery",
                     "tank", "jet", "aircraft", "warplane", "plane", "helicopter", "warship", "ship", "submarine",
                     "mortar", "grenade", "mine", "torpedo", "howitzer", "gun", "bomber", "system", "launcher"})
BACKING = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "installed",
                     # a maker's or supplier's name: "US-made missiles", "British-supplied Storm Shadows" are
                     # whoever fires them, which the phrase does not say
                     "made", "supplied", "built", "manufactured", "designed", "produced", "provided", "donated"})
"""Words after a name and a hyphen that make the name another's backer: "US-backed forces" are not the US's (an
ally's name stays: "the Taliban-allied Haqqani Network" fights on the Taliban's side)."""
LINKING = frozenset({"linked", "affiliated", "aligned", "allied"})
"""Words after a name and a hyphen that make the name an ally's: "the al Qaeda-linked group" after Al-Shabaab
was named is Al-Shabaab; alone, the ally's name is the best clue ("Iran-allied group")."""
ACTIVITIES = frozenset({"publication"})
"""Agent nouns that also name an activity, as they do bare or with "of": "suspended publication"."""
# Words before an office title that say its holder does not hold it now ("former President").
NOT_IN_OFFICE = frozenset({"former", "ex", "ousted", "deposed", "exiled", "late", "elect", "designate", "hopeful",
                           "candidate", "would-be", "retired"})
SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "ELI", "CVL", "COP", "JUD", "LEG", "MED", "BUS", "EDU", "REL", "LAB",
    "AGR", "REF", "HLH", "CRM", "SPY", "UAF", "INS", "SEP", "RAD", "HRI", "ENV", "DEV", "MOD", "MNC", "IMG",
})
"""CAMEO's role codes: a code of three letters that is one of them names no country."""
BODY_ROLES = frozenset({"armed group", "movement", "broadcaster", "news agency", "newspaper", "magazine"})
"""Roles of the people tables that a group or an outlet holds, not a person."""
OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD"})
"""Sectors of office titles ("President", "General", "Senator", "Judge") that a text gives their holders."""
FIGHTERS = frozenset({"MIL", "UAF", "REB", "INS"})
"""Sectors of the nouns for an armed group's members ("commander", "fighters", "gunmen", "militants")."""
ARMED_GROUPS = frozenset({"REB", "UAF", "INS", "SEP", "RAD"})
"""Sectors of armed groups of no state, whose members are the group."""
PRESUMED = frozenset({"believe", "think", "suspect", "say", "report", "understand", "assume", "presume"})
"""Participles of what people are taken to be: "gunmen believed to be from Al-Shabaab"."""
SENDING = frozenset({"send", "deploy", "dispatch", "station", "post"})
"""Verbs of sending forces, whose "by" phrase names whose they are: "troops sent by Rwanda"."""
READY = frozenset({"willing", "ready", "prepared", "eager", "determined", "keen", "poised", "set"})
"""Adjectives that announce their complement: "is ready to contribute troops" is an intent, and the
"it" of "it is ready to strike" an actor."""
UNREADY = frozenset({"unwilling", "reluctant", "unable", "loath", "loth"})
ATTITUDES = frozenset({"pessimistic", "optimistic", "skeptical", "sceptical", "doubtful", "hopeful", "confident",
                       "concern", "worry", "alarm", "apprehensive"})
"""Adjectives (and participles, by lemma) of a view held: the "it" of "it is skeptical about the plan" is an
actor."""
REGIONS = frozenset({"WST", "EUR", "AFR", "ASA", "MEA", "LAM"})
"""CAMEO's codes of regions the dictionary names ("the West", "Europe"), whose names are also parts of people's
and things' names."""
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
GROUP_VOICES = frozenset({"leader", "leaders", "official", "officials", "representative", "representatives"})
"""Who speaks for an armed group named by a modifier ("a Fano official"), beside its spokespeople."""
LEADERS = frozenset({"leader", "chief", "head", "representative", "delegate", "emissary", "deputy", *SPOKESPEOPLE})
"""Nouns for whoever speaks for a group: "the EU's foreign policy chief", "the leader of Hamas", "a spokesman
for Hezbollah"."""
SPEAKERS = SPOKESPEOPLE | {"official"}
"""Nouns of people who speak for the body that modifies them: "a Taliban official" is the Taliban's (AFGREB),
"an army spokesman" the army's (MIL)."""
HAZARDS = frozenset({"covid", "covid-19", "covid19", "coronavirus", "ebola", "sars", "mers", "zika", "cholera", "hiv",
                     "aids", "malaria", "polio", "mpox", "h1n1", "h5n1", "hurricane", "cyclone", "typhoon", "storm"})
"""Words of diseases and storms that the tagger names as people or organisations: "to fight COVID-19", "those
affected by Tropical Cyclone Idai in Mozambique" name no one who acts."""
LANGUAGES = frozenset({"language", "dialect", "tongue"})
WATERS = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean", "channel", "lake"})
"""Nouns of seas, named after a country with "of" (not coasts, which are the country's land)."""
DOCUMENTS = frozenset({"agreement", "accord", "treaty", "protocol", "convention", "pact", "memorandum", "declaration",
                       "format", "communique", "charter", "statute", "process", "plan", "roadmap", "framework"})
"""Nouns of texts and processes a place may name: "the Minsk agreements", "the Paris Agreement", "the Geneva
Conventions", "the Oslo Accords" are no act of Belarus, France, Switzerland or Norway."""
SUPRANATIONAL = frozenset({"international", "global", "world", "foreign", "regional", "multinational"})
"""Adjectives of an agent noun that is of no one country: "the international community"."""
COUNTRY_NOUNS = frozenset({"country", "nation", "homeland"})
"""Nouns that, owned by a pronoun, are the country of whoever it stands for ("his country")."""
EXPLETIVE_VERBS = frozenset({"be", "take", "seem", "appear", "remain", "become", "happen", "matter"})
TAKEN_TIME = frozenset({"long", "time", "while", "minute", "hour", "day", "week", "month", "year", "decade", "effort",
                        "courage", "work"})
"""What "it takes" when "it" stands for no one ("it took three days to clear the rubble")."""


def country_of(code: str | None) -> str | None:
    """The country (or IGO) part of an actor code: USAGOV -> USA, IGOWSTNATMIL -> IGOWSTNAT."""
    if not code:
        return None
    if code.startswith(("IGO", "NGO", "MNC")):
        return code[:9] if len(code) >= 9 else code
    return code[:3]


class ActorTagger:
    """Adds ``actors`` to each parsed document."""

    name = "actors"
    requires = ("parse",)
    provides = ("actors",)

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def pipe(self, docs: Sequence[Document]) -> Sequence[Document]:
        for doc in docs:
            doc.actors = self.tag(doc)
            if doc.parse_text is not None:  # a headline re-cased or a dateline blanked: the article's words
                for actor in doc.actors:
                    actor.text = original_case(doc.text, doc.parse_text, actor.text, actor.start)
        return docs

    def tag(self, doc: Document, short_for_other: frozenset[str] = frozenset()) -> list[Actor]:
        """The actors of a parsed document in reading order; a short name of a country in ``short_for_other``
        (:data:`SHORT_NAMES`) is the other country's throughout."""
        if doc.parse is None:
            return []
        on = doc.article.date
        actors: list[Actor] = []
        dateline = DATELINE.match(doc.text)
        skip_before = dateline.end() if dateline else 0
        covered = 0  # the end of a name that runs past its head ("the Prince of Dol Amroth")
        for index, sent in enumerate(doc.parse.sents):
            for head in sent:
                if head.idx >= max(covered, skip_before) and (joined := self._hyphenated_name(head, on)):
                    # "Hezb-e-Islami", "Lashkar-e-Taiba": a name of hyphened parts the parser takes apart
                    joined.sentence, covered = index, joined.end
                    actors.append(joined)
                    continue
                if head.pos_ not in ("NOUN", "PROPN", "PRON") and not self._mistagged_name(head, on) and \
                        not (head.pos_ == "ADJ" and head.dep_ in NOMINAL_DEPS) or \
                        _is_modifier(head) or head.idx < skip_before or head.idx < covered or _of_waters(head):
                    continue
                if head.tag_ == "NNS" and (pair := _pair(head, actors)) is not None:
                    for n, one in enumerate(pair):  # "the two sides", "both governments": the last two named
                        one.sentence, one.coordinated = index, (len(actors) - n if n else None)
                        actors.append(one)
                    continue
                actor = self._of_name(head, on, skip_before) or self._phrase(head, on, actors, skip_before)
                if actor is not None and actor.end > head.idx + len(head.text):
                    covered = actor.end
                if actor is None:
                    if actors and (titled := _titled_name(doc.text, head, actors[-1], index)) is not None:
                        actors[-1] = titled  # "Sudan's army chief Abdel Fattah al-Burhan": the chief, named
                    continue
                if actor.code and actor.code.startswith("---") and (owner := self._whose(head, actors)):
                    actor.code = owner + actor.code[3:]  # "Ukraine, whose forces have been retreating": UKRMIL
                actor.sentence = index
                if actor.code and actor.code[:3] in SHORT_NAMES:
                    _short_name(actor, actors, actor.code[:3] in short_for_other)
                prev = actors[-1] if actors else None
                if prev is not None and self._shares_the_noun(prev, head, actor):
                    prev.code = country_of(prev.code) + actor.code[len(country_of(actor.code)):]
                if (prev is not None and actor.kind == "person" and prev.sentence == index
                        and (prev.kind != "person" or prev.text.split()[-1].islower())
                        and doc.text[prev.end:actor.start].strip() == ""):
                    actor.text = doc.text[prev.start:actor.end]  # "US president" + "Joe Biden"
                    actor.start = prev.start
                    actors[-1] = actor
                else:
                    actors.append(actor)
                actors.extend(self._coordinated(head, actors[-1], len(actors) - 1, on, index))
        if not short_for_other and (named_later := _named_in_full_later(actors)):
            return self.tag(doc, named_later)  # ("Congo and Rwanda signed ... Congolese territory": DRC's)
        return actors

    def _shares_the_noun(self, prev: Actor, head, actor: Actor) -> bool:
        """A demonym the parser made a noun joined to a phrase of another demonym and a noun ("Sierra Leonean
        and Liberian refugees": "Leonean" and "refugees" joined): the first demonym shares that noun."""
        country = self.dictionary.country_entry(prev.code or "")
        if country is None or prev.kind != "country" or actor.kind != "agent" or head.dep_ != "conj" or \
                not prev.start <= head.head.idx < prev.end or head.head.tag_ == "NNPS":
            return False
        adjectives = {a.lstrip("=").lower() for a in country.adjectives}
        return prev.text.lower() in adjectives and any(
            c.dep_ == "amod" and self.dictionary.country(c.text) for c in head.children)

    def _hyphenated_name(self, first, on) -> Actor | None:
        """The dictionary name of three or more parts joined by hyphens that starts at ``first``, if any."""
        doc = first.doc
        if not first.text[:1].isupper() or first.whitespace_:
            return None
        last = first.i
        while last + 2 < len(doc) and not doc[last].whitespace_ and doc[last + 1].text in HYPHENS and \
                not doc[last + 1].whitespace_:
            last += 2
        for end in range(last, first.i + 3, -2):  # the longest first, of three parts at least
            span = doc[first.i:end + 1]
            if _is_modifier(doc[end]):
                return None  # "Lashkar-e-Taiba militants": the phrase's head names it, as any phrase
            if hits := self.dictionary.lookup_name(span.text, on):
                return _named(span, hits[0], doc[end])
        return None

    def _mistagged_name(self, head, on) -> bool:
        """An acronym the tagger took for another part of speech ("USAID had contributed": an adverb)
        that the dictionaries know as a name."""
        return len(head.text) >= 3 and head.text.isupper() and head.text.isalpha() and bool(
            self.dictionary.lookup_name(head.text, on) or self.dictionary.igo(head.text)
            or self.dictionary.country_actor(head.text))

    def _coordinated(self, head, main: Actor, main_index: int, on, sentence: int) -> list[Actor]:
        """More countries coordinated inside one phrase: "Hungarian and Romanian officials" gives
        ROUGOV beside HUNGOV, each a mention of its own adjective, tied to the phrase's actor."""
        if main.kind not in ("country", "agent", "description", "weapon") or not main.code:
            return []
        sector = main.code[len(country_of(main.code)):]
        # (also a list's first item the parser hung on the last as a modifier: "Arnor, Calenardhon and the
        # evil awful Gondor", Arnor an nmod of Gondor)
        words = [] if main.kind == "description" else [
            t for t in _phrase_tokens(head) if t.dep_ == "conj" or t.dep_ == "nmod" and t.pos_ == "PROPN" and
            any(c.dep_ == "conj" for c in t.children)]
        if sector:  # "ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Arnor and Gondor"
            # ("lawmakers and officials in Arnor and Gondor": the phrase after the last noun is for both)
            owners = [head] + ([head.head] if head.dep_ == "conj" and not any(
                c.dep_ == "prep" for c in head.children) else [])
            words += [c for owner in owners for prep in owner.children if prep.dep_ == "prep" and prep.lower_ in
                      ("of", "in", "from") for obj in prep.children if obj.dep_ == "pobj" for c in obj.subtree
                      if c.dep_ == "conj" and c.pos_ == "PROPN"]
        extra = []
        for tok in words:
            if tok.i == head.i:
                continue
            # "Russian and North Korean troops": the conjunct's own modifiers are part of its name
            first = min((c.i for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")), default=tok.i)
            named = tok.doc[first: tok.i + 1]
            code = next((found for text in dict.fromkeys((named.text, tok.text)) if
                         (found := self.dictionary.igo(text) or self.dictionary.country(text))), None) or \
                self._names(_phrase_tokens(tok), on)[1]
            if code and country_of(code) != country_of(main.code):
                extra.append(Actor(named.text, named.start_char, named.end_char, country_of(code) + sector,
                                   kind=main.kind, sentence=sentence, coordinated=main_index))
        return extra

    # -- one noun phrase ---------------------------------------------------
    def _phrase(self, head, on: date | None, earlier: list[Actor], skip_before: int = 0) -> Actor | None:
        if head.pos_ == "PRON":
            return self._pronoun(head, earlier)
        if head.lemma_.lower() in LANGUAGES:
            return None  # "the Russian language" is no actor
        if is_document(head) and self._named_after_a_place(head, on):
            return None
        if head.lemma_.lower() in ACTIVITIES and (
                any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
                or not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in head.children)):
            return None  # "suspended publication of Algeria's largest newspaper": the act, not a medium
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.lemma_.lower() in LEADERS:
            led = self._leader(head, possessor, on, earlier, skip_before)
            if led is not None:
                return led
        if (named := self._possessive_name(head, on)) is not None:
            return named  # "the Kurdistan Workers' Party", "the Lord's Resistance Army": a name, not an owner's
        if possessor is not None and possessor.pos_ == "PRON" and head.lemma_.lower() in COUNTRY_NOUNS and \
                head.tag_ == "NN" and \
                (owner := self._pronoun(possessor, earlier)) is not None and owner.code and \
                not country_of(owner.code).startswith("---"):
            # "Putin said his country will not lift the ban": the country of whoever "his" is
            start = possessor.idx
            return Actor(head.doc[possessor.i: head.i + 1].text, start, head.idx + len(head.text),
                         country_of(owner.code), kind="country")
        if possessor is not None and possessor.pos_ == "PRON" and head.lemma_.lower() in SITES and \
                head.dep_ in ("dobj", "pobj") and not any(c.lower_ == "own" for c in head.children) and \
                (holder := self._pronoun(possessor, _before_subject(head, earlier))) is not None and holder.code:
            # "Rebels attacked the town. The army hit their positions": the positions are theirs (the rebels',
            # not the army's; "said their positions were intact", "saying its own position" name no one)
            return Actor(head.doc[possessor.i: head.i + 1].text, possessor.idx, head.idx + len(head.text),
                         holder.code, kind="description", name=holder.name, antecedent=holder.antecedent)
        if possessor is not None and possessor.pos_ == "PRON" and head.lemma_.lower() in SPACES and \
                head.dep_ == "dobj" and head.head.lemma_.lower() in TRESPASSING and \
                (owner := self._pronoun(possessor, _before_subject(head, earlier))) is not None and owner.code and \
                not country_of(owner.code).startswith("---"):
            # "Poland said Russian drones violated its airspace": not the drones' own, but whose the actor named
            # before them is
            return Actor(head.doc[possessor.i: head.i + 1].text, possessor.idx, head.idx + len(head.text),
                         country_of(owner.code), kind="country")
        owned = [t for t in _phrase_tokens(head) if t.i > possessor.i] if possessor is not None else []
        if possessor is not None and self._agent(owned[-3:] if head.pos_ == "NOUN" else owned, head)[0] is None \
                and not (head.pos_ == "PROPN" and any(self._names(owned or [head], on)[:2])):
            # "the Afghan government's offer", "Biden's drive": the owner is the actor, not the thing ("its
            # neighbour Ukraine" is Ukraine)
            return self._phrase(possessor, on, earlier, skip_before) if possessor.pos_ in ("NOUN", "PROPN") else None
        tokens = [t for t in _phrase_tokens(head) if t.idx >= skip_before]
        words = [t for t in tokens if t.dep_ != "det" and not t.is_punct and t.tag_ != "POS"]
        if not words:
            return None
        start, end = tokens[0].idx, head.idx + len(head.text)
        text = head.doc[tokens[0].i: head.i + 1].text
        if any(c.dep_ == "amod" and c.lower_ in LINKING for c in head.children) and \
                (meant := _group_meant(head, earlier, start, end, text)) is not None:
            return meant
        person, country, country_span = self._names(words, on)
        if person is None and country is not None and head.tag_ == "NNP" and head.ent_type_ != "NORP" and \
                head.i not in country_span and (own := self._names([head], on))[1] is not None and \
                own[0] is None and country_of(own[1]) != country_of(country) and \
                not any(t.text == "(" for t in head.doc[min(country_span):head.i]):
            # "NATO member Turkey", "Russian ally Belarus": the name the phrase ends in is who it is (not a
            # people's name: "Bosnian Serbs" are Bosnia's; nor an abbreviation: "the European Union (EU)")
            country, country_span = own[1], own[2]
        # An agent noun must head the phrase ("Russian troops"), except under an unknown
        # name ("Kremlin spokesman Dmitry Peskov") or a known person.
        if (whole := self._of_agent(head)) is not None:
            # "the U.S. Chamber of Commerce" (BUS, not a chamber of parliament): the agent runs on past its head
            (agent_code, last), agent_tok = whole, head
            end, text = last.idx + len(last.text), head.doc[tokens[0].i: last.i + 1].text
        else:
            agent_code, agent_tok = self._agent(words if head.pos_ == "PROPN" or person else words[-3:], head)
        speaker = head.pos_ == "NOUN" and head.lemma_.lower() in SPEAKERS
        if speaker and person is None and (body := self._speakers_body(words, head)) is not None:
            agent_code, agent_tok = body  # "an army spokesman", "a police official": the army's, the police's
        if person is not None:
            entry, span = person
            if country is not None and country_of(country) != country_of(entry.code):
                # "NATO Secretary General Jens Stoltenberg" in an undated story: of the person's roles, the one
                # of the country or IGO the text names (not Norway's prime minister)
                entry = next((e for e in self.dictionary.lookup_name(head.doc[span[0].i: span[-1].i + 1].text)
                              if country_of(e.code) == country_of(country)), entry)
            code = entry.code
            kind = _entry_kind(entry, head)
            of = self._of_phrase(head, on, full=True)
            if of is not None and _is_place(of) and country_of(of) != country_of(code):
                # "King Hassan of Morocco", "Abdullah of Jordan": someone else of that name, of that country
                code = _compose(country_of(of), agent_code) if agent_code in OFFICES | {"ELI"} else country_of(of)
                return Actor(text, start, end, code, kind="person")
            if (speaker or agent_code in FIGHTERS and code[3:6] in ARMED_GROUPS) and kind == "organisation" and \
                    agent_tok is not None and agent_tok.i == head.i:
                # "a Taliban spokesman", "a Hamas official": the group's own code (AFGREB, PSEREBHMS), and so is
                # an armed group's commander or fighter (not a state's army: "a Hamas commander" is no PSEMIL)
                pass
            elif agent_tok is not None and agent_tok.i == head.i and (not _names_person(head, person[1]) or (
                    entry.code[-3:] in OFFICES | {"ELI"} and head.pos_ == "NOUN" and agent_code == "GOV")):
                # "Starmer's government"; "the Bush administration", a leader's name in the dictionary, is the
                # government whether or not the date falls in his term
                code, kind = _compose(country_of(entry.code), agent_code), "agent"
            elif agent_tok is not None and agent_code in OFFICES | {"ELI", "OPP"} and (
                    agent_tok.i <= person[1][0].i or entry.dated and agent_tok.i < person[1][-1].i):
                # "President Reagan", "Prime Minister Hashimoto": the text gives them the office, whatever the
                # dictionary says of its date (an undated story, roles it does not cover), also where the title
                # is part of a dated dictionary name ("Secretary of State Warren Christopher"); "former
                # President Obama" has left it, whatever a titled dictionary name says. Of a code of no
                # country (Kofi Annan's ELI after his term), the country is the title's ("U.N.
                # Secretary-General")
                owner = country_of(entry.code) if country_of(entry.code) not in SECTORS else country_of(country)
                if owner and agent_code == "OPP":
                    code = owner + "OPP"  # "Opposition leader Raila Odinga": out of government, whatever a role says
                elif owner and (agent_code == "ELI" or not _in_office(words, agent_tok)):
                    code = owner + "ELI"
                elif owner and code.endswith(("ELI", "OPP")):
                    code = _compose(owner, agent_code)  # ("Prime Minister Albin Kurti", opposition in the dictionary)
            return Actor(text, start, end, code, kind=kind, name=entry.name, role_dates=entry.role_dates)
        if country is not None and any(t.lower_ == "ethnic" and t.i < min(country_span) for t in words):
            # "ethnic Albanians in south Serbia", "ethnic Turks in Sweden": people of an ethnic group, not of its
            # country; the coder places them where they are
            return Actor(text, start, end, _compose("---", agent_code or "CVL"), kind="description")
        if country is not None:
            code = country
            if speaker and agent_tok is not None and agent_tok.i == head.i and (
                    country[3:6] in SECTORS or country.startswith(("IGO", "NGO"))):
                pass  # "a Taliban official", "a NATO spokesman": the body's own code (AFGREB, IGOWSTNAT)
            elif agent_code and agent_tok is not None and agent_tok.i not in country_span:
                # ("Former Panamanian President Ricardo Martinelli" has left office: an elite, PANELI, as a
                # dictionary's person with that title is)
                code = _compose(country_of(country), "ELI" if agent_code in OFFICES and
                                not _in_office(words, agent_tok) else agent_code)
            elif agent_code is None and len(code) == 3 and (head.i in country_span or head.tag_ == "NNPS") and \
                    head.lemma_.lower() not in COUNTRY_NOUNS and _counted_people(head):
                code += "CVL"  # "arrested more than 100 Palestinians", "thousands of Iraqi Kurds": people, counted
            kind = "country" if code == country else "weapon" if is_weapon(head) else "agent"
            return Actor(text, start, end, code, kind=kind)
        if agent_code is None:
            # (initials named before are who they were, wherever: "the SDF in northern Syria" is no SYR)
            initials = head.text.isupper() and _named_earlier(head, words, earlier, start, end, text)
            if initials:
                return initials
            base = self._of_phrase(head, on) if head.pos_ == "PROPN" and not any(
                t.lower_ in HAZARDS for t in words) else None
            if base is None:
                return _named_earlier(head, words, earlier, start, end, text) or \
                    _group_meant(head, earlier, start, end, text) or _site_of_named(head, earlier, start, end, text)
            # a name the dictionaries lack, of a known country: "Omar al-Bashir of Sudan"
            return Actor(text, start, end, base, kind="person" if head.ent_type_ == "PERSON" else "description")
        # An agent noun alone: "the regime of Volodymyr Zelensky", "the ministry", "Parliament".
        # Only a definite one ("the ministry", "its army", a capitalised "Parliament") takes its
        # country from the article; "crowds", "some officials" stay of unknown country.
        # ("peacekeepers in Iraq" serve there, they are not Iraq's: an "in" phrase gives no IGO force its country)
        # (nor does an "in" or "from" phrase give "its forces in Crimea", "its nationals from Lebanon" theirs:
        # they are the owner's, whom "its" stands for; "its embassy in Kyiv" is where it is, the target of its
        # closing)
        if (agent_code in FIGHTERS or head.lower_ in SPOKESPEOPLE | GROUP_VOICES) and \
                (group := self._armed_group(head, on, earlier, start, end, text)) is not None:
            return group  # (and "A Fano spokesman" after "Fano militiamen": the group's)
        owned = agent_code in FIGHTERS | {"COP", "SPY", "CVL"} and possessor is not None and possessor.pos_ == "PRON"
        base = self._of_phrase(head, on, preps=("of",) if owned else ("of", "from") if agent_code.endswith("~")
                               else ("of", "in", "from"))
        if base is None and agent_code in FIGHTERS:
            base = self._sender(head, on)  # "troops sent by Rwanda": Rwanda's
        if base is None and possessor is not None and possessor.pos_ in ("NOUN", "PROPN") and \
                (owner := self._phrase(possessor, on, earlier, skip_before)) is not None and owner.code and \
                not country_of(owner.code).startswith("---"):
            base = country_of(owner.code)  # "his country's army", "the prime minister's office": the owner's
        if base is None and head.dep_ == "conj":  # "Danish media and government": the modifier is shared
            first = earlier[i] if (i := _covering(earlier, head.head.idx)) is not None else None
            base = country_of(first.code) if first is not None and first.code and \
                not first.code.startswith("---") else None
        if base is None and owned and (owner := _clause_subject(possessor, earlier)) is not None:
            # "Russia's defence ministry said its forces had struck ...", "Pakistan has urged its citizens":
            # the subject's, whatever country the article is about ("closed their embassies" are where the
            # article is: not forces, police, spies or people)
            if agent_code in FIGHTERS and (owner.code or "")[3:6] in ARMED_GROUPS:
                # "Hezbollah said its fighters clashed with Israeli troops": the group's own (LBNREB); so are its
                # leader's ("The RSF's leader ... said his forces would investigate": SDNREB)
                return Actor(text, start, end, owner.code, kind="organisation", name=owner.name)
            base = country_of(owner.code)
        if base is None:
            base = _town_of(head)
        if base is None and (meant := _group_meant(head, earlier, start, end, text)) is not None:
            return meant  # "the militia", "the rebels" after the Houthis: the group named before
        if base is None and (same := _said_before(head, earlier)) is not None:
            # "Niger's military junta ... France said ... The junta, which seized power in July": Niger's
            return Actor(text, start, end, same.code, kind="description", name=same.name, role_dates=same.role_dates)
        weapon = is_weapon(head) and (_definite(head) or _downed(head))
        if base is None and weapon and (user := _weapon_user(head, earlier)) is not None:
            if (user.code or "")[3:6] in ARMED_GROUPS:  # "the Houthis fired a missile ... The missile": YEMREB's
                return Actor(text, start, end, user.code, kind="weapon", name=user.name)
            base = country_of(user.code)  # "Iran fired 180 missiles ... the missiles were intercepted": Iran's
        elif base is None and _definite(head) and not any(c.dep_ == "amod" and c.lower_ in SUPRANATIONAL
                                                          for c in head.children):
            # ("the international community", "foreign investors": of no one country the article is about; nor
            # are the missiles one intercepts one's own)
            # (weapons are no context for others: "shot down 40 missiles, the air force said")
            base = self._context_country(agent_code, _before_subject(head, earlier) if weapon else
                                         [a for a in earlier if a.kind != "weapon"], head)
        code = _compose(base or "---", agent_code)
        kind = "weapon" if is_weapon(head) else "description"
        return Actor(text, start, end, code, kind=kind)

    @staticmethod
    def _whose(head, earlier: list[Actor]) -> str | None:
        """The country of the noun a "whose" before ``head`` stands for, if an earlier actor names it."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
            return None
        clause = next((t for t in (head, *head.ancestors) if t.dep_ == "relcl"), None)
        i = _covering(earlier, clause.head.idx) if clause is not None else None
        country = country_of(earlier[i].code) if i is not None and earlier[i].code else None
        return country if country and country != "---" else None

    def _named_after_a_place(self, head, on) -> bool:
        """Whether a document is named after a city or region ("the Minsk agreements", "the Camp David
        Accords"), not after a party ("the Iran deal", "the US-Taliban agreement")."""
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
        if not names or any(c.dep_ == "poss" for c in head.children):
            return False
        words = head.doc[min(c.left_edge.i for c in names): head.i]
        text = words.text
        person, code, _ = self._names(list(words), on)
        entry = self.dictionary.country_entry(country_of(code)) if code and person is None else None
        return entry is not None and text.casefold() not in {
            w.casefold() for w in (entry.name, *entry.aliases, *entry.adjectives)}

    def _of_name(self, head, on, skip_before: int) -> Actor | None:
        """A dictionary name with "of" in it, which the parse splits: "the Prince of Dol Amroth", "the Bank
        of England": the phrase's words up to the end of the name after "of")."""
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or obj.pos_ != "PROPN":
            return None
        last = max(t.i for t in _phrase_tokens(obj))
        doc = head.doc
        # the whole phrase is the name, or it is not one ("the Democratic People's Republic of Korea" is not
        # the "Republic of Korea")
        first = next((t for t in doc[head.left_edge.i: head.i + 1] if t.dep_ != "det"), head)
        if first.idx < skip_before or last - first.i + 1 > MAX_NAME_TOKENS:
            return None
        span = doc[first.i: last + 1]
        hits = self.dictionary.lookup_name(span.text, on)
        return _named(span, hits[0], head) if hits else None

    def _possessive_name(self, head, on) -> Actor | None:
        """A dictionary name with a possessive in it, which the parse splits into owner and thing."""
        doc = head.doc
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if possessor is None or possessor.pos_ != "PROPN":
            return None
        start = next((t.i for t in doc[head.left_edge.i: head.i] if t.dep_ != "det"), head.i)
        first_word = max(start, head.i - MAX_NAME_TOKENS + 1)
        # (to the possessor's first word, past its article: "the Kurdistan Workers' Party", "the" on "Workers")
        for first in range(first_word, max(possessor.left_edge.i, first_word) + 1):
            span = doc[first: head.i + 1]
            if (hits := self.dictionary.lookup_name(span.text, on)) and span[0].text[:1].isupper():
                break  # "the rebel Kurdistan Workers' Party": the name starts after the adjectives
        else:
            return None
        return _named(span, hits[0], head)

    def _leader(self, head, possessor, on, earlier: list[Actor], skip_before: int) -> Actor | None:
        """ "The EU's foreign policy chief", "Iran's supreme leader", "the head of the IAEA": the group's
        own code, a country's government."""
        if possessor is not None and possessor.pos_ in ("NOUN", "PROPN"):
            owner = self._phrase(possessor, on, earlier, skip_before)
            code = owner.code if owner is not None else None
            kind = owner.kind if owner is not None else None
        elif possessor is not None and possessor.lower_ in ("its", "their"):
            # "imposed sanctions on its leader" after the RSF: the group's
            owner = self._pronoun(possessor, _before_subject(head, earlier))
            code = owner.code if owner is not None else None
            kind = earlier[owner.antecedent].kind if owner is not None and owner.antecedent is not None else None
        else:
            # "the head of the IAEA", "a spokesman for the Russian army" (RUSMIL)
            preps = ("of", "for") if head.lemma_.lower() in SPOKESPEOPLE else ("of",)
            owner = next((self._phrase(obj, on, earlier, skip_before) for prep in head.children
                          if prep.dep_ == "prep" and prep.lower_ in preps for obj in prep.children
                          if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")), None)
            code = owner.code if owner is not None else None
            kind = owner.kind if owner is not None else None
            if not code or code.startswith("---"):  # a name the parse splits ("the Kurdistan Workers' Party")
                code, kind = self._of_phrase(head, on, full=True), "country"
        if not code or code.startswith("---"):
            return None
        if kind == "country" and len(code) == 3:
            # "Sudan's army chief", "Kenya's police chief": the agent the words before the noun name with it;
            # else the government ("Iran's supreme leader")
            titled = [t for t in head.lefts if t.dep_ == "compound"] + [head]
            sector, _ = self._agent(titled, head)
            code = _compose(code, sector) if sector else code + "GOV"
        tokens = [t for t in _phrase_tokens(head) if t.idx >= skip_before]
        return Actor(head.doc[tokens[0].i: head.i + 1].text, tokens[0].idx, head.idx + len(head.text), code,
                     kind="agent")

    def _names(self, words, on):
        """The longest dictionary names inside the phrase: (person, country-or-IGO code, its token ids)."""
        person = None
        country, country_span = None, frozenset()
        i = 0
        while i < len(words):
            matched = 0
            for n in range(min(MAX_NAME_TOKENS, len(words) - i), 0, -1):
                span = words[i:i + n]
                if n > 1 and span[-1].i - span[0].i != n - 1 and not all(
                        t.text in HYPHENS or t.tag_ == "POS" for t in span[0].doc[span[0].i:span[-1].i]
                        if t not in span):
                    continue  # not contiguous in the text (but "Al-Qaeda", "Workers' Party": a hyphen or ' joins)
                text = span[0].doc[span[0].i: span[-1].i + 1].text
                if text.islower():
                    continue  # names are capitalised: "Jong-un" holds no UN, "us" no US, "a male nurse" no Male
                if against(span[0]) or backing(span[-1]):
                    # "anti-Syria journalist", "anti-American protesters": against it, not of it; "US-backed
                    # forces", "a Russia-backed Syrian regime offensive": whom it backs is not its own
                    continue
                hits = self.dictionary.lookup_name(text, on)
                named = bool(hits) and any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span)
                # a place-like code of no one holding a role (Kofi Annan's IGOUNO is a person's), or a territory
                # within a country, as Phoenix codes Serbia within Serbia and Montenegro (SCGSRB)
                place = named and not hits[0].role and (_is_place(hits[0].code) or self._territory(hits[0].code))
                if named and person is None and not place and not self._given_name(hits[0], span, words, on):
                    person = (hits[0], span)
                    matched = n
                    break
                code = (hits[0].code if place else None) or self.dictionary.igo(text) or \
                    self.dictionary.country_actor(text)
                if code and _in_region_name(span):
                    code = None  # "Latin American countries" are not American
                if code in REGIONS and (n == 1 and span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I"
                                        or span[-1].dep_ == "compound"):
                    code = None  # a later part of a person's name ("Kanye West"), or of a thing's ("the Europe Bridge")
                if code and country is None:
                    country, country_span = code, frozenset(t.i for t in span)
                    matched = n
                    break
            i += max(matched, 1)
        return person, country, country_span

    def _territory(self, code: str) -> bool:
        return len(code) == 6 and self.dictionary.country_entry(code[:3]) is not None and \
            self.dictionary.country_entry(code[3:]) is not None

    def _given_name(self, entry, span, words, on) -> bool:
        """A dictionary person's name that is only the first of a longer name: "Abdullah" in "Abdullah
        Ocalan" is not King Abdullah. The next word goes on the same person's name as the tagger reads it
        ("Obama White House" does not) and is no name or title the dictionaries know."""
        if not (entry.dated or entry.role or span[0].ent_type_ == "PERSON"):
            return False  # a group's name ("Senate Majority Leader ..."), not a person's undated code
        doc = span[0].doc
        nxt = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
        return nxt is not None and nxt in words and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and \
            nxt.ent_iob_ == "I" and not self.dictionary.lookup_name(nxt.text, on) and \
            self.dictionary.agent_entry(nxt.lower_) is None and not self.dictionary.country_actor(nxt.text)

    def _speakers_body(self, words, head):
        """The sector of an agent noun compounded with a speaker's noun ("an army spokesman": MIL), and its
        token; else None."""
        return next((found for t in words if t.dep_ == "compound" and t.head.i == head.i and t.pos_ == "NOUN" and
                     (found := self._agent([t], t))[0] is not None), None)

    def _agent(self, words, head):
        """The sector of the rightmost agent noun in the phrase ("defence secretary" -> GOV)."""
        for j in range(len(words) - 1, -1, -1):
            tok = words[j]
            held = head.lemma_.lower() in SITES and tok.dep_ in ("compound", "amod") and tok.head.i == head.i and \
                tok.lower_ != "own"
            if not held and (tok.pos_ not in ("NOUN", "PROPN") or (tok.i != head.i and head.pos_ == "NOUN" and not (
                    head.lemma_.lower() in GROUP_HEADS and tok.dep_ == "compound" and tok.head.i == head.i))):
                continue  # "opposition groups" are opposition; "opposition leader's car" is a car ("rebel
                # positions" are the rebels')
            for n in (3, 2, 1):  # multiword agents end at this token: "prime minister"
                if j - n + 1 < 0:
                    continue
                span = words[j - n + 1: j + 1]
                text = " ".join(t.lower_ for t in span)
                if n == 1 and _name_part(tok):
                    continue
                entry = self.dictionary.agent_entry(text)
                if entry is None and n == 1:
                    entry = self.dictionary.agent_entry(tok.lemma_.lower())
                if entry is not None and entry.code:
                    return _agent_code(entry), tok
        return None, None

    def _of_agent(self, head) -> tuple[str, object] | None:
        """The sector of an agent the dictionary names with an "of" phrase, the head and its phrase together
        ("chamber of commerce", "ministry of the environment"), and the phrase's last token; else None."""
        prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if prep is None or prep.lower_ != "of" or prep.head.i != head.i:
            return None
        tail = head.doc[prep.i + 1: prep.right_edge.i + 1]
        for n in range(min(len(tail), MAX_OF_AGENT), 0, -1):
            entry = self.dictionary.agent_entry(" ".join([head.lower_, "of", *(t.lower_ for t in tail[:n])]))
            if entry is not None and entry.code:
                return _agent_code(entry), tail[n - 1]
        return None

    def _armed_group(self, head, on, earlier: list[Actor], start: int, end: int, text: str) -> Actor | None:
        """Fighters of an armed group of no state, named by a modifier the article spelled out before ("the
        Rapid Support Forces ... RSF fighters") or in an "of" or "from" phrase ("Fighters of the Kurdistan
        Workers' Party", "fighters from Hamas"), also one they are believed to be of ("gunmen believed to be from
        Al-Shabaab", "suspected to be members of ISIS"): the group's own code (SDNREB, TURREB), not its country's."""
        names = [t for t in head.lefts if t.dep_ == "compound" and _name_word(t)]
        group = _named_earlier(names[-1], names, earlier, start, end, text) if names else None
        # (a name the tagger took for an adjective: "Fano fighters"; not a people's: "Ethiopian fighters")
        names = names or [t for t in head.lefts if t.dep_ == "amod" and t.text[:1].isupper() and t.i > 0 and
                          not self.dictionary.country(t.text)]
        name = " ".join(t.text for t in names)
        if names and group is None:  # "Fano militiamen ... Fano fighters": the group the same name gave before
            group = next((a for a in reversed(earlier) if a.code and (a.code[3:6] in ARMED_GROUPS) and
                          f" {name} " in f" {a.text} " and a.start < start), None)
        code = group.code if group is not None else self._of_phrase(head, on, full=True, preps=("of", "from")) or \
            next((found for acl in head.children if acl.dep_ == "acl" and acl.lemma_.lower() in PRESUMED
                  for be in acl.children if be.dep_ == "xcomp" and be.lemma_ == "be"
                  for it in (be, *(c for c in be.children if c.dep_ == "attr"))
                  if (found := self._of_phrase(it, on, full=True, preps=("of", "from")))), None)
        if not code or not (code[3:6] in ARMED_GROUPS or code.startswith("IMG")):
            return None
        return Actor(text, start, end, code, kind="organisation", name=group.name if group is not None else None)

    def _sender(self, head, on) -> str | None:
        """The country that a participle's "by" phrase says sent the forces ("troops sent by Rwanda", "soldiers
        deployed by Moscow"): theirs, wherever they are."""
        for acl in head.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in SENDING:
                for prep in acl.children:
                    for obj in prep.children if prep.dep_ == "agent" else ():
                        person, country, _ = self._names([t for t in _phrase_tokens(obj) if t.dep_ != "det"], on)
                        found = person[0].code if person else country
                        if found and not country_of(found).startswith("---"):
                            return country_of(found)
        return None

    def _of_phrase(self, head, on, full: bool = False, preps=None) -> str | None:
        """The country of the actor in the head's "of", "in" or "from" phrase (of ``preps``; ``full``: its
        whole code, of an "of" phrase unless ``preps`` says otherwise)."""
        preps = preps or (("of",) if full else ("of", "in", "from"))
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        # ("in Serb-held parts of Bosnia": a holder named in a participle is not the place's
                        # country; the place's own "of" phrase may be)
                        holder = {t.i for c in obj.lefts if c.dep_ == "amod" and c.tag_ == "VBN" for t in c.subtree}
                        tokens = [t for t in _phrase_tokens(obj) if t.dep_ != "det" and t.i not in holder]
                        person, country, _ = self._names(tokens, on)
                        found = person[0].code if person else country
                        if found:
                            return found if full else country_of(found)
                        if not full and any(t.pos_ == "PROPN" for t in tokens) and \
                                (place := Gazetteer.load().lookup(" ".join(t.text for t in tokens))) is not None:
                            return place.country  # "governor of the Dnipropetrovsk region": a town the atlas knows
                        if holder and not full:
                            return self._of_phrase(obj, on, preps=("of",))
        return None

    @staticmethod
    def _context_country(sector: str, earlier: list[Actor], head=None) -> str | None:
        """The country of the last earlier actor that has one, preferring one of the same sector, then the
        subject of the head's own sentence ("Uganda said it paid ... British nationals ... when former
        dictator Idi Amin expelled them": Uganda's)."""
        # (an armed group of no state, IMG, has no government, embassy or army of its own: "Al-Qaeda attacked
        # the embassy")
        earlier = [a for a in earlier if not (a.code or "").startswith("IMG")]
        if sector != "MED":  # (nor a news organisation: "a resident told Reuters. ... the military" is no GBRMIL)
            earlier = [a for a in earlier if not _news_organisation(a)]
        if sector not in ("MIL", "ELI", ""):
            # (nor does an international body have a state's offices: "Prime Minister Abiy Ahmed" after "the AU
            # envoy" is no IGOAFRAFUGOV; nor its police or people: "the crowd" after "EU accession talks")
            earlier = [a for a in earlier if not (a.code or "").startswith(("IGO", "NGO"))]
        if head is not None and sector in ("GOV", "LEG", "JUD", "ELI") and \
                not any(c.dep_ == "poss" for c in head.children):
            # the first subject of the sentence before, or of this one before the head, if of a country ("China
            # said it would impose tariffs, hitting back at President Donald Trump's levies. The commerce ministry
            # ...": China's; not forces: "Russia launched drones at Ukraine. Air defences shot down 76"; nor what a
            # pronoun owns: "Italy and Spain closed their embassies")
            start = _window_start(head)
            for actor in earlier:
                if actor.start < start:
                    continue
                root = mention_root(head.doc, actor)
                if root is not None and root.dep_ in SUBJECTS and actor.code and not actor.code.startswith("---") \
                        and actor.kind in ("country", "pronoun") and len(country_of(actor.code)) == 3:
                    return country_of(actor.code)
        for actor in reversed(earlier):
            if actor.code and not actor.code.startswith("---") and actor.code.endswith(sector):
                return country_of(actor.code)
        if head is not None:
            sent = head.sent
            for actor in earlier:
                root = mention_root(head.doc, actor) if sent.start_char <= actor.start < head.idx else None
                if root is not None and root.dep_ in SUBJECTS and actor.code and not actor.code.startswith("---"):
                    return country_of(actor.code)
        for actor in reversed(earlier):
            if actor.code and not actor.code.startswith("---"):
                return country_of(actor.code)
        return None

    @staticmethod
    def _pronoun(tok, earlier: list[Actor]) -> Actor | None:
        low = tok.lower_
        if low == "it" and _expletive(tok):
            return None
        if low in PERSON_PRONOUNS:
            wanted = ("person",)
        elif low in THING_PRONOUNS or low in GROUP_PRONOUNS:
            wanted = ("country", "agent", "description", "organisation")
        else:
            return None
        subject = tok.dep_ in SUBJECTS
        if subject and low in THING_PRONOUNS and tok.head.dep_ == "conj" and (prior := next(
                (c for c in tok.head.head.children if c.dep_ in SUBJECTS), None)) is not None and \
                prior.pos_ in ("NOUN", "PROPN") and not any(a.start <= prior.idx < a.end for a in earlier):
            return None  # "Capitalism cannot advance humanity, but it can destroy it": capitalism, no actor
        if not subject and low == "it" and _thing_before(tok, earlier) and \
                not any(c.dep_ == "xcomp" for c in tok.head.children):
            # "withdrew the finance bill and said he would not sign it": the bill, no actor (but one urged "to
            # show restraint" acts)
            return None
        if not subject:
            wanted += ("weapon",)  # "fired them at Russia": the missiles, not the country that gave them
        elif (low == "they" and tok.head.dep_ == "ccomp" and (speaker := _reporting_subject(tok, earlier)) is not None
              ) or (speaker := _told(tok, earlier)) is not None:
            # "Palestinian leaders said they would boycott ...": the leaders; "Chirac reminded Iraq that it must
            # cooperate", "... issued a warning to Iraq that it must ...": the one told
            antecedent = earlier[speaker]
            return Actor(tok.text, tok.idx, tok.idx + len(tok.text), antecedent.code, kind="pronoun",
                         name=antecedent.name, role_dates=antecedent.role_dates, antecedent=speaker)

        def fits(actor: Actor) -> bool:
            if low in PERSON_PRONOUNS and actor.kind in ("agent", "description") and actor.code:
                return _titled_person(tok.doc, actor)  # "The Russian president said he would ..."
            return (actor.kind in wanted and bool(actor.code)
                    and (low not in GROUP_PRONOUNS or actor.kind != "country" or _plural(tok.doc, actor))
                    and (low not in THING_PRONOUNS or not _plural_noun(tok.doc, actor)))

        # the latest fitting actor; a subject takes up the latest subject of its own or the previous
        # sentence if there is one ("Russia notified the US before it fired")
        window = _window_start(tok) if subject else None
        if window is not None and low in THING_PRONOUNS:
            own_start = tok.sent.start_char
            if any(own_start <= a.start < tok.idx and a.kind == "country" and _plural_noun(tok.doc, a)
                   for a in earlier):
                # ("Britain, France and Germany threatened sanctions on Iran unless it resumes talks": its own
                # sentence's subjects are several, so no subject before them either; the latest fitting, Iran)
                window = None
        # ('"Putin wants to freeze our people," he wrote': not anyone the quote before the speaker names)
        quoted = [(c.left_edge.idx, c.right_edge.idx) for c in tok.head.children
                  if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i] if subject else []
        # (nor is an object its own verb's subject: "Washington has urged it to show restraint" is Israel)
        own = _subject_of(tok.head, earlier) if tok.dep_ == "dobj" else set()
        index = _first_conjuncts_object(tok, earlier, fits) if low in THING_PRONOUNS else None
        if index is None:
            for i in range(len(earlier) - 1, -1, -1):
                if window is not None and index is not None and earlier[i].start < window:
                    break  # older than the window: no subject to prefer any more
                if not fits(earlier[i]) or i in own or any(lo <= earlier[i].start <= hi for lo, hi in quoted):
                    continue
                if index is None:
                    index = i
                if window is None or _recent_subject(tok, earlier[i]):
                    index = i
                    break
        if index is None:
            return None
        antecedent = earlier[index]
        return Actor(tok.text, tok.idx, tok.idx + len(tok.text), antecedent.code,
                     kind="weapon" if antecedent.kind == "weapon" else "pronoun",
                     name=antecedent.name, role_dates=antecedent.role_dates,
                     antecedent=antecedent.antecedent if antecedent.kind == "pronoun" else index)


def _first_conjuncts_object(tok, earlier: list[Actor], fits) -> int | None:
    """The index in ``earlier`` of the actor that is the object of the verb an object pronoun's verb is coordinated
    with, if it ``fits``: "stormed the parliament in Kathmandu and set it on fire" (the parliament)."""
    if tok.dep_ != "dobj" or tok.head.dep_ != "conj":
        return None
    first = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
    held = _covering(earlier, first.idx) if first is not None else None
    return held if held is not None and fits(earlier[held]) else None


def _thing_before(tok, earlier: list[Actor]) -> bool:
    """Whether the nearest singular noun before an object "it" in its sentence, as a subject or object, is no
    actor and names none: the thing "it" stands for ("struck the building and destroyed it"; not "attacked
    Ukraine and invaded it")."""
    t = noun_before(tok)
    # (a thing of an actor is the actor's: "condemns the US administration's decision, and calls it a violation")
    return t is not None and not any(a.start <= w.idx < a.end for w in t.subtree for a in earlier)


def noun_before(tok):
    """The nearest singular noun before ``tok`` in its sentence, as a subject or object, or None."""
    return next((t for t in reversed(tok.doc[tok.sent.start: tok.i])
                 if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.tag_ in ("NN", "NNP")), None)


SPACES = frozenset({"airspace", "territory", "water", "waters", "border"})
"""A country's spaces another may go into: "violated its airspace"."""
TRESPASSING = frozenset({"violate", "breach", "invade", "enter", "infringe", "cross"})
"""Verbs of going into another's space: "its" in their object is not their subject's ("violated its airspace")."""


def _subject_of(verb, earlier: list[Actor]) -> set[int]:
    """The indices in ``earlier`` of the verb's own subject and what it stands for."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    i = _covering(earlier, subject.idx) if subject is not None else None
    if i is None:
        return set()
    return {i} if earlier[i].antecedent is None else {i, earlier[i].antecedent}


def _before_subject(head, earlier: list[Actor]) -> list[Actor]:
    """The actors of ``earlier`` before the subject of the verb whose object is ``head`` (all of them if the
    verb, or the first of verbs coordinated, has none, or ``head`` is no object)."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    subject = None
    while head.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") and subject is None:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if verb.dep_ != "conj":
            break
        verb = verb.head  # ("attacked ... and strengthened its positions": the first verb's subject)
    i = _covering(earlier, subject.idx) if subject is not None else None
    if i is not None and earlier[i].antecedent is not None:
        i = min(i, earlier[i].antecedent)  # ("said it had ... strengthened its positions": nor the sayer's)
    return earlier[:i] if i is not None else earlier


def _clause_subject(possessor, earlier: list[Actor]) -> Actor | None:
    """The actor of the nearest subject, climbing the clauses from a possessive pronoun, that is not the
    pronoun's own phrase and has a country: whose "its forces" or "their citizens" are."""
    phrase = possessor.head
    for verb in phrase.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        # (not the subject the phrase is in: "said 13 of its soldiers had been killed" are the sayer's)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS
                        and not c.left_edge.i <= phrase.i <= c.right_edge.i), None)
        if subject is None:
            continue
        i = _covering(earlier, subject.idx)
        actor = earlier[i] if i is not None else None
        if actor is None or not actor.code or actor.code.startswith("---") or actor.kind == "weapon":
            return None
        return actor
    return None


def _told(tok, earlier: list[Actor]) -> int | None:
    """The index of the actor told that ``tok`` (the subject of a "must" or "should" clause) must act: the
    object of "told/reminded/warned X that it must", or the "to" phrase of a statement issued to X."""
    clause = tok.head
    if tok.dep_ != "nsubj" or not any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")
                                      for c in clause.children):
        return None
    if clause.dep_ == "ccomp":
        verb, deps = clause.head, ("dobj", "dative")
    elif clause.dep_ == "acl" and clause.head.dep_ == "dobj":
        verb, deps = clause.head.head, ("dative",)
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    told = [p for c in verb.children if c.dep_ in deps
            for p in ([c] if c.pos_ in ("NOUN", "PROPN") else c.children) if p.pos_ in ("NOUN", "PROPN")]
    i = _covering(earlier, told[0].idx) if told else None
    return i if i is not None and earlier[i].code and earlier[i].kind in ("country", "agent", "organisation") \
        else None


def _reporting_subject(tok, earlier: list[Actor]) -> int | None:
    """The index of the actor a plural subject of the verb governing ``tok``'s clause names, if any."""
    for subj in tok.head.head.children:
        if subj.dep_ == "nsubj" and subj.tag_ in ("NNS", "NNPS") and \
                (i := _covering(earlier, subj.idx)) is not None and earlier[i].code and earlier[i].kind != "weapon":
            return i
    return None


def _covering(earlier: list[Actor], idx: int) -> int | None:
    """The index of the latest of ``earlier`` whose mention covers character ``idx``."""
    return next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].start <= idx < earlier[i].end), None)


def _named(span, entry, head) -> Actor:
    """The actor a dictionary name over ``span`` (split by the parse) stands for."""
    kind = "country" if _is_place(entry.code) else _entry_kind(entry, head)
    return Actor(span.text, span.start_char, span.end_char, entry.code, kind=kind, name=entry.name,
                 role_dates=entry.role_dates)


def _entry_kind(entry, head) -> str:
    """A dictionary name's kind: a person when dated, holding a role or tagged as one; else a named group
    ("Farc", "the Pentagon", "Hamas"), which "it" and "they" take up, not "he"."""
    if entry.role in BODY_ROLES:
        return "organisation"  # groups.csv's movements, media.csv's outlets, whatever the tagger thinks
    return "person" if entry.dated or entry.role or head.ent_type_ == "PERSON" else "organisation"


GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "faction"})
"""Nouns by which an article refers back to an organisation it named ("the group said")."""
ARMED_NOUNS = frozenset({"militia", "paramilitary", "paramilitaries", "rebel", "insurgent", "militant", "guerrilla",
                         "fighter"})
"""Nouns by which it refers back to an armed group ("the militia", "the rebels")."""
ARMED_MODIFIERS = ARMED_NOUNS | {"armed", "jihadist", "islamist", "extremist", "separatist"}
"""Words before "group" or "movement" that say the group meant is an armed one ("the paramilitary group")."""
GROUP_REACH = 3
"""How many sentences back such a noun looks for the group it means."""


def _group_meant(head, earlier: list[Actor], start: int, end: int, text: str) -> Actor | None:
    """The organisation named in the last few sentences that "the group" (an armed group that "the militia",
    "the rebels") refers back to, as an actor of the mention; else None. Only a bare definite noun refers
    back: "a group of protesters", "Houthi rebels", "the rebels in Darfur" do not."""
    lemma = head.lemma_.lower()
    # ("the paramilitary group", "the militant group": an armed one)
    described = [c for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS]
    armed = lemma in ARMED_NOUNS or head.lower_ in ARMED_NOUNS or bool(described)
    if not (armed or lemma in GROUP_NOUNS) or head.i == 0 or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) or \
            any(c.dep_ not in ("det", "punct") and not (c.dep_ == "amod" and c.lower_ in BACKING | LINKING)
                and c not in described and not _charge_of(c) for c in head.children):
        return None  # (but "the al Qaeda-linked group", "the Iran-backed militia" refer back)
    sentence = sum(1 for s in head.doc.sents if s.start < head.sent.start)  # (the index actors' .sentence has)
    for actor in reversed(earlier):
        if actor.start >= start:
            continue  # (the phrase's own words: "al Qaeda" in "the al Qaeda-linked group")
        if actor.sentence is None or sentence - actor.sentence > GROUP_REACH:
            break
        code = actor.code or ""
        if code and not code.startswith("---") and (
                armed and actor.kind == "organisation" and (code[3:6] in ARMED_GROUPS or code.startswith("IMG"))
                or not armed and (actor.kind == "organisation" or code.startswith(("NGO", "IGO")) and
                                  actor.kind != "agent")):  # (not its delegation: "the Red Cross delegation")
            return Actor(text, start, end, code, kind="organisation", name=actor.name)
    return None


def _charge_of(prep) -> bool:
    """Whether the phrase is an "of" the parser hung on an accused group, naming no members but a charge:
    "accused the paramilitary group of genocide", "accusing the organisation of colluding with armed groups" ("a
    group of protesters" names its members)."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.dep_ == "dobj" and \
        any(o.dep_ == "pobj" and o.tag_ == "NN" or o.dep_ == "pcomp" and o.tag_ == "VBG" for o in prep.children)


def _titled_name(text: str, head, prev: Actor, sentence: int) -> Actor | None:
    """An agent actor right before a person's name the dictionaries lack, as one named person ("Sudan's army
    chief" + "Abdel Fattah al-Burhan"), so that the name can stand for it later; else None."""
    first = min((t.i for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), default=head.i)
    start = head.doc[first].idx
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or prev.kind != "agent" or prev.sentence != sentence or \
            not prev.code or prev.coordinated is not None or prev.end > start or text[prev.end:start].strip():
        return None
    named = Actor(text[prev.start:head.idx + len(head.text)], prev.start, head.idx + len(head.text), prev.code,
                  kind="person")
    named.sentence = sentence
    return named


NAME_PARTICLES = ("al-", "el-", "al ", "el ")
"""Articles a surname may drop after its first mention ("Abdel Fattah al-Burhan" ... "Burhan")."""
ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le"})
"""Words a name's initials leave out ("the Forces for the Defence of Democracy": FDD)."""


def _named_earlier(head, words, earlier: list[Actor], start: int, end: int, text: str) -> Actor | None:
    """The actor an unknown name stands for as the article named it before: a person by the last word of the
    name ("Abdel Fattah al-Burhan" ... "Burhan"), an organisation by the initials of its name ("the Rapid
    Support Forces" ... "the RSF")."""
    def named(t) -> bool:  # (a name the tagger took for a common noun at the sentence's start: "Sharaa thanked")
        return _name_word(t) or t.i == t.sent.start and t.pos_ == "NOUN" and t.text[:1].isupper()

    if not head.text[:1].isupper() or not named(head):
        return None
    names = [t for t in words if named(t)]
    if not names:
        return None
    name = head.doc[names[0].i: names[-1].i + 1].text
    acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6
    for actor in reversed(earlier):
        if not actor.code or actor.code.startswith("---") and len(actor.code) == 3:
            continue
        parts = actor.text.split()
        if acronym:
            initials = "".join(w[0] for w in parts if w[:1].isupper() and w.lower() not in ACRONYM_SKIPS)
            if initials.endswith(name) and len(initials) - len(name) <= 1:  # ("the paramilitary RSF": its name)
                return Actor(text, start, end, actor.code, kind=actor.kind, name=actor.name)
        elif actor.kind in ("person", "description", "agent") and len(parts) > 2 - (actor.kind == "person") and \
                all(_surname(w, fold=False)[:1].isupper() for w in parts[-2:]) and \
                _surname(parts[-1]) == _surname(name):
            # (a name the dictionaries lack ends in two capitalised words: "Army chief Abdel Fattah al-Burhan")
            return Actor(text, start, end, actor.code, kind="person", name=actor.name,
                         role_dates=actor.role_dates)
    return None


PAIR_NOUNS = {"side": "", "party": "", "country": None, "nation": None, "neighbour": None, "neighbor": None,
              "state": None, "government": "GOV", "army": "MIL", "military": "MIL", "leader": "GOV"}
"""Nouns of "the two ..." or "both ..." that stand for the last two actors named: the sides' own codes (""),
their countries (None) or their countries' sector."""


def _pair(head, earlier: list[Actor]) -> tuple[Actor, Actor] | None:
    """The two actors "the two sides", "both sides", "the two countries", "both governments" stand for, named
    in the sentence before: the last two coordinated ("Russian and Ukrainian delegations met ... The two sides
    agreed"; "Thailand and Cambodia clashed ... China urged both sides"), else the last two of different codes
    (countries, unless sides or parties) named in no place's phrase; where that sentence names fewer than two,
    the last two named together (and alone) in it and the three before it ("Congo and Rwanda signed a peace
    agreement. The deal commits Rwanda ... Rubio praised both countries"), else the last subject and object of
    one verb there ("Ethiopia accused Eritrea ..."). News organisations are no side ("seen by Reuters")."""
    lemma = head.lemma_.lower()
    if lemma not in PAIR_NOUNS or head.tag_ != "NNS" or not (
            any(c.lower_ == "both" and c.dep_ in ("det", "predet", "amod") for c in head.children) or
            any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and
            any(c.dep_ == "nummod" and c.lower_ in ("two", "2", "three", "3") for c in head.children)):
        return None
    if any(c.dep_ == "nummod" and c.lower_ in ("three", "3") for c in head.children):
        return _trio(head, earlier)
    sector = PAIR_NOUNS[lemma]
    doc = head.doc

    def code_of(actor: Actor) -> str:
        code = actor.code or ""
        return code if sector == "" else _compose(country_of(code), sector) if sector else country_of(code)

    def window(first: int, last: int) -> list[Actor]:
        return [a for a in earlier if first <= a.start < last and a.code and
                not a.code.startswith(("---", "IGO", "NGO")) and a.kind not in ("weapon", "pronoun") and
                not _news_organisation(a)]

    def coordinated(actors: list[Actor], two: bool = False) -> list[Actor]:
        for actor in reversed(actors):
            root = mention_root(doc, actor)
            if two and (root is None or len(root.conjuncts) != 1):
                continue  # (further back, only two named together: not "the embassies of France, Belgium and ...")
            partner = earlier[actor.coordinated] if actor.coordinated is not None else next(
                (a for a in actors if root is not None and root.dep_ == "conj" and
                 (r := mention_root(doc, a)) is not None and r.i == root.head.i), None)
            if partner is not None and partner in actors and code_of(partner) != code_of(actor):
                return [partner, actor]
        return []

    def distinct(actors: list[Actor]) -> list[Actor]:
        pairs: list[Actor] = []
        for actor in reversed(actors):
            root = mention_root(doc, actor)
            if root is None or root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "from", "to"):
                continue  # ("met in Istanbul": a place, not a side)
            if all(code_of(a) != code_of(actor) for a in pairs):
                pairs.insert(0, actor)
            if len(pairs) == 2:
                break
        return pairs

    def dyad(actors: list[Actor]) -> list[Actor]:
        """The last subject and object of one verb ("Ethiopia accused Eritrea", "cut ties with Rwanda")."""
        for actor in reversed(actors):
            root = mention_root(doc, actor)
            if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for other in actors:
                r = mention_root(doc, other)
                if r is not None and code_of(other) != code_of(actor) and _in_objects(r, root.head):
                    return [actor, other]
        return []

    before = _window_start(head)
    actors = window(before, head.sent.start_char)
    pairs = coordinated(actors) or distinct(actors)
    if len(pairs) < 2 and head.sent.start > 0:
        first = doc[head.sent.start - 1].sent  # (the sentence before: the three before it)
        for _ in range(3):
            first = doc[first.start - 1].sent if first.start > 0 else first
        actors = window(first.start_char, head.sent.start_char)
        pairs = coordinated(actors, two=True) or dyad(actors)
    if len(pairs) != 2:
        return None
    text, start, end = doc[head.left_edge.i: head.i + 1].text, head.left_edge.idx, head.idx + len(head.text)
    return tuple(Actor(text, start, end, code_of(a), kind="description", name=a.name) for a in pairs)


def _in_objects(word, verb) -> bool:
    """Whether ``word`` is the verb's object, the object of one of its phrases, or named in their phrases
    ("accused Eritrea", "cut ties with Rwanda", "launched strikes on sites in Pakistan")."""
    while word.head.i != verb.i:
        if word.dep_ not in ("pobj", "prep", "dobj", "compound", "appos", "conj") or word.head.i == word.i:
            return False
        word = word.head
    return word.dep_ == "dobj" or word.dep_ == "prep" and any(c.dep_ == "pobj" for c in word.children)


def _trio(head, earlier: list[Actor]) -> tuple[Actor, ...] | None:
    """The three actors "the three countries" stand for: the last three of different countries named together,
    and alone, in the four sentences before ("Britain, France and Germany triggered the snapback ... Iran
    recalled its ambassadors from the three countries")."""
    doc = head.doc
    first = head.sent
    for _ in range(4):
        first = doc[first.start - 1].sent if first.start > 0 else first
    window = [a for a in earlier if first.start_char <= a.start < head.sent.start_char and a.code and
              not a.code.startswith(("---", "IGO", "NGO")) and a.kind not in ("weapon", "pronoun")]
    for actor in reversed(window):
        root = mention_root(doc, actor)
        if root is None or root.dep_ == "conj" or len(root.conjuncts) != 2:
            continue
        listed = [next((a for a in window if (r := mention_root(doc, a)) is not None and r.i == t.i), None)
                  for t in (root, *root.conjuncts)]
        if all(listed) and len({country_of(a.code) for a in listed}) == 3:
            text, start, end = doc[head.left_edge.i: head.i + 1].text, head.left_edge.idx, head.idx + len(head.text)
            return tuple(Actor(text, start, end, country_of(a.code), kind="description", name=a.name)
                         for a in listed)
    return None


def _news_organisation(actor: Actor) -> bool:
    """A news organisation named as the news's teller ("told Reuters", "seen by Reuters"): no side in it and
    of no country the article's other actors are."""
    return actor.kind == "organisation" and (actor.code or "").endswith("MED")


SHORT_NAMES = {"COG": ("COD", "congo", ("republic", "brazzaville"))}
"""Countries the dictionary gives a short name both share (code, the other's code, the word, the words that name
the first in full): "Congo" is the Republic of the Congo, unless the article is about the Democratic Republic."""


def _short_name(actor: Actor, earlier: list[Actor], anywhere: bool = False) -> None:
    """Give a short name two countries share the country the article named in full before ("The Democratic
    Republic of Congo cut ties with Rwanda ... Congo's army": CODMIL, not the Republic of the Congo's), or
    ``anywhere``."""
    short = SHORT_NAMES.get(country_of(actor.code) or "")
    if short is None or not anywhere and not any(country_of(a.code) == short[0] for a in earlier if a.code):
        return
    other, word, full = short
    words = [without_possessive(w) for w in actor.text.lower().replace("-", " ").split()]
    if word in words and not any(w in words for w in full):
        actor.code = other + actor.code[3:]


def short_names_meant(actors: list[Actor]) -> dict[str, str]:
    """The countries of :data:`SHORT_NAMES` whose short name the article's actors take for the other one:
    {"COG": "COD"} where "Congo" is the DRC (places named by it are the DRC's too)."""
    return {code: other for code, (other, word, full) in SHORT_NAMES.items()
            if any(country_of(a.code) == other and word in (words := a.text.lower().replace("-", " ").split()) and
                   not any(w in words for w in full) for a in actors)}


def _named_in_full_later(actors: list[Actor]) -> frozenset[str]:
    """The countries of :data:`SHORT_NAMES` whose short name stood for the other one, which the article names
    only after it ("Congo and Rwanda signed a peace agreement ... from Congolese territory"), and not in full
    anywhere ("the Republic of Congo")."""
    found = set()
    for code, (other, word, full) in SHORT_NAMES.items():
        own = [a for a in actors if country_of(a.code) == code]
        if own and any(country_of(a.code) == other for a in actors) and not any(
                w in a.text.lower().replace("-", " ").split() for a in own for w in full):
            found.add(code)
    return frozenset(found)


def _name_word(token) -> bool:
    """A proper noun, or an acronym the tagger took for a common noun ("RSF fighters")."""
    return token.pos_ == "PROPN" or 2 <= len(token.text) <= 6 and token.text.isupper() and token.text.isalpha()


def without_possessive(text: str) -> str:
    """The text without a trailing possessive ("Sudan's": "Sudan")."""
    return text.removesuffix("'s").removesuffix("\u2019s")


def _surname(word: str, fold: bool = True) -> str:
    """A name's word without a possessive or a leading article ("al-Burhan's": "burhan")."""
    word = without_possessive(word)
    word = next((word[len(p):] for p in NAME_PARTICLES if word.lower().startswith(p)), word)
    return word.casefold() if fold else word


def _town_of(head) -> str | None:
    """The country of a town named before the noun ("the Jenin refugee camp", "Donetsk separatists"): a place
    the atlas knows by that name that the parser takes for a place, or a big town it takes for nothing, not
    for a person or an organisation ("Wagner fighters"; "the Federal Minister" is no town Federal)."""
    names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names or [t.i for t in names] != list(range(names[0].i, names[-1].i + 1)):
        return None
    kinds = {t.ent_type_ for t in names}
    name = head.doc[names[0].i: names[-1].i + 1].text
    gazetteer = Gazetteer.load()
    place = gazetteer.lookup(name)
    if place is None or not gazetteer.is_own_name(name) or not (
            kinds <= PLACE_ENTITIES or kinds == {""} and place.population >= BIG_TOWN):
        return None
    return place.country


def _agent_code(entry) -> str:
    """An agent entry's sector code, marked with "~" where it goes before the country (IGO~)."""
    return entry.code + ("~" if entry.prefix else "")


def _compose(base: str, agent_code: str) -> str:
    """A country's (or group's) code with an agent's sector: after it (USA + GOV), or before it for an
    agent whose dictionary writes its code with a trailing ``~`` (Phoenix's ``NGO~``: NGO + ARN; of no known
    country, the agent's code alone: "peacekeepers" are IGO, not IGO---; of an IGO, the IGO's)."""
    if agent_code.endswith("~"):
        if base.startswith(agent_code[:-1]):
            return base  # "NATO peacekeeping troops": NATO's (IGOWSTNAT), not IGOIGOWSTNAT
        return agent_code[:-1] + ("" if base == "---" else base)
    return base + agent_code


def mention_root(doc, actor: Actor):
    """The head token of an actor's mention, or None where its offsets fall outside the parse."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None else None


PERSON_TITLES = frozenset({
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh",
    "sultan", "monarch", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "envoy", "ambassador",
    "diplomat", "general", "commander", "secretary", "senator", "governor", "mayor", "judge", "prosecutor",
    "lawmaker", "legislator", "negotiator", "mediator", "representative", "delegate", "adviser", "advisor", "aide",
    "director", "ruler", "dictator", "strongman", "activist", "journalist", "correspondent", "officer", "soldier",
    "colonel", "admiral", "marshal", "commissioner", "chairman", "chairwoman", "pope", "cleric", "imam", "bishop",
    "ayatollah", "counterpart", "head", "chief", "deputy", "rapporteur", "politician", "candidate", "dissident"})
"""Nouns of one person: "he" or "she" can take up "the Russian president", not "the Russian army"."""


def _titled_person(doc, actor: Actor) -> bool:
    """One person by title ("the Russian president") or by a name the tagger knows as a person's under an
    agent's title ("Sen. Mitch McConnell", ---LEG)."""
    root = mention_root(doc, actor)
    return root is not None and (root.tag_ == "NN" and root.lemma_.lower() in PERSON_TITLES or
                                 root.pos_ == "PROPN" and root.ent_type_ == "PERSON")


def _plural(doc, actor: Actor) -> bool:
    """Whether a country mention is one of several coordinated ones ("Britain and France"): a country
    alone is "it", never "they"."""
    root = mention_root(doc, actor)
    return root is not None and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children))


REGION_WORDS = frozenset({"latin", "south", "north", "central", "southeast", "east", "west"})
REGION_NAMES = frozenset({"america", "american", "americans", "africa", "african", "africans", "asia", "asian",
                          "asians", "korea", "korean", "koreans", "sudan", "sudanese"})


def _in_region_name(span) -> bool:
    """A demonym or name read inside a region's name: "Latin American", "South African" is neither the US
    nor a continent; the South Korean and South Sudanese names are matched whole before this."""
    first = span[0]
    if first.i == 0 or len(span) > 1 or first.lower_ not in REGION_NAMES:
        return False
    before = first.doc[first.i - 1]
    return before.lower_ in REGION_WORDS and before.text[:1].isupper()


def _plural_noun(doc, actor: Actor) -> bool:
    """Whether a mention is a plural common noun ("workers", "officials") or one of names coordinated ("Britain,
    France and Germany have threatened ... unless it resumes talks": Iran): never "it"."""
    root = mention_root(doc, actor)
    if root is None or root.tag_ == "NNS":
        return root is not None
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return root.pos_ == "PROPN" and first.dep_ in SUBJECTS and (first.i != root.i or any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children))


def _recent_subject(pronoun, actor: Actor) -> bool:
    """Whether the actor is the subject of a clause (or an action's owner) in the pronoun's sentence or the
    one before."""
    if not _window_start(pronoun) <= actor.start < pronoun.idx:
        return False
    root = mention_root(pronoun.doc, actor)
    # the owner of an action noun acts too: "Ukraine's first use of ATACMS, when it targeted ..." (not of an
    # apposition's noun: "Russia, Armenia's traditional ally, said it": Russia)
    return root is not None and (root.dep_ in SUBJECTS or root.dep_ == "poss" and root.head.dep_ != "appos")


def _window_start(pronoun) -> int:
    """Where the sentence before the pronoun's begins (its own, for a first sentence)."""
    doc, sent = pronoun.doc, pronoun.sent
    return doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def is_weapon(head) -> bool:
    """Whether the noun names a weapon ("missiles", "a drone")."""
    word = head.lemma_.lower()
    return word in WEAPONS or word.removesuffix("s") in WEAPONS


def _site_of_named(head, earlier: list[Actor], start: int, end: int, text: str) -> Actor | None:
    """A site (:data:`SITES`) named by a name the article gave before, as that actor's ("RSF positions" after
    "the Rapid Support Forces"); else None."""
    if head.lemma_.lower() not in SITES:
        return None
    return next((held for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
                 (held := _named_earlier(c, [c], earlier, start, end, text)) is not None), None)


def _said_before(head, earlier: list[Actor]) -> Actor | None:
    """The latest earlier actor with a known code named by the same noun as "the" ``head`` alone ("the junta"
    after "Niger's military junta"; not "the Russian army", nor "the government" after "Russia's foreign
    ministry"; weapons are whoever used them: :func:`_weapon_user`)."""
    if head.pos_ != "NOUN" or is_weapon(head):
        return None
    if any(c.dep_ not in ("det", "punct", "relcl", "acl", "prep", "amod", "compound") or
           c.dep_ == "det" and c.lower_ != "the" for c in head.children):
        return None
    # ("the interim government" after "Bangladesh's interim government", "the air force" after "Ukraine's air
    # force": its modifiers too)
    adjectives = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    for actor in reversed(earlier):
        if actor.code and not actor.code.startswith("---") and actor.kind != "pronoun" and \
                (root := mention_root(head.doc, actor)) is not None and root.i != head.i and \
                root.lemma_ == head.lemma_ and adjectives <= set(actor.text.lower().split()):
            return actor
    return None


BRINGING_DOWN = frozenset({"intercept", "down", "neutralise", "neutralize", "destroy"})
"""Verbs of bringing down weapons fired (with "shoot down"): fewer than the event coder's DOWNING, whose weapon
objects include vessels struck or seized."""


def _downed(head) -> bool:
    """Whether the weapon is the object of a verb of bringing weapons down ("Air defences shot down 405 drones",
    "intercepted 40 missiles"): those fired before, whoever's they are."""
    while head.dep_ == "conj":  # ("... 405 drones and 40 missiles")
        head = head.head
    verb = head.head
    return head.dep_ == "dobj" and (verb.lemma_.lower() in BRINGING_DOWN or verb.lemma_.lower() == "shoot" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children))


def _weapon_user(head, earlier: list[Actor]) -> Actor | None:
    """The actor that, in the weapon's sentence or the three before, used weapons of the same noun: the
    subject of the verb whose object they were ("Iran fired about 180 missiles" for "the missiles")."""
    doc = head.doc
    first = head.sent
    for _ in range(3):
        first = doc[first.start - 1].sent if first.start > 0 else first
    for t in reversed(doc[first.start: head.i]):
        if t.lemma_ != head.lemma_ or t.dep_ not in ("dobj", "pobj"):
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        i = _covering(earlier, subject.idx) if subject is not None else None
        if i is not None and earlier[i].code and not earlier[i].code.startswith("---"):
            return earlier[i]
    return None


def _institution(head) -> bool:
    """ "police", "authorities", "parliament", "air defences" with no word of their own to say whose or which."""
    words = [c for c in head.children if c.dep_ in ("det", "amod", "compound", "nummod", "poss")]
    if head.lower_ in ("police", "authorities", "parliament"):
        return not words
    return head.lower_ in ("defences", "defenses") and [w.lower_ for w in words] == ["air"]


def _definite(head) -> bool:
    """ "the ministry", "this government", "its army", "government troops", or a capitalised institution
    ("Parliament"); "police", "authorities", "parliament" and "air defences" alone are the country's, as "the police"
    is."""
    if head.text[:1].isupper() and head.i != head.sent.start or _institution(head):
        return True
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("government", "federal") for c in head.children):
        return True  # "government forces", "federal troops": the state's the article is about
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their",
                                                         "his", "her", "our")
               for c in head.children)


def _expletive(tok) -> bool:
    """ "It" that stands for no actor: "It didn't take long for...", "it was reported that"; not the subject
    of an active verb with a clause ("Russia said it plans to strike", "... it will not accept refugees
    fleeing ...")."""
    verb = tok.head
    if any(c.dep_ == "acomp" and c.lemma_.lower() in READY | UNREADY | ATTITUDES for c in verb.children):
        return False  # "it is ready to strike", "it is skeptical about the plan"
    if verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() not in TAKEN_TIME for c in verb.children):
        return False  # "it had taken control of the camp", "it took part" ("it took three days to ..." is none)
    return tok.dep_ == "expl" or verb.lemma_ in EXPLETIVE_VERBS or (
        any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.children))


def against(tok) -> bool:
    """True for a name written after "anti-": what the phrase is against ("anti-Israel protesters")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in HYPHENS and doc[tok.i - 2].lower_ == "anti"


def backing(tok) -> bool:
    """True for a name written before "-backed" and the like: who backs the phrase's actor ("Iran-backed")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in HYPHENS and doc[tok.i + 2].lower_ in BACKING


def _is_modifier(tok) -> bool:
    """True for a word that modifies a noun to its right within one phrase."""
    return tok.dep_ in MODIFIERS and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _phrase_tokens(head) -> list:
    """The head and every left modifier below it, in text order."""
    keep = {head.i}
    stack = [c for c in head.lefts if c.dep_ in MODIFIERS]
    while stack:
        tok = stack.pop()
        if head.i - tok.i >= MAX_PHRASE_TOKENS:
            continue
        keep.add(tok.i)
        stack.extend(c for c in tok.children if c.i < head.i and c.dep_ in MODIFIERS | {"cc", "conj"})
    doc = head.doc
    first = max(min(keep), head.i - MAX_PHRASE_TOKENS + 1)  # a longer run is no actor's name
    return [doc[i] for i in range(first, head.i + 1)]


def _is_place(code: str) -> bool:
    """A bare country or IGO code (ARN, IGOWSTNAT): a place-like actor, not a person (a person's code of
    no country, Phoenix's "ELI" for Kofi Annan after his term, is no place)."""
    return (len(code) == 3 and code not in SECTORS) or (code.startswith(("IGO", "NGO")) and len(code) <= 9)


def _in_office(words, title) -> bool:
    """The office title ``title`` is held now: no "former", "ousted", "-elect" ... around it."""
    near = [t for t in words if t.i <= title.i + 2]
    return not any(t.lower_.strip("-") in NOT_IN_OFFICE for t in near)


COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten"})


def _counted_people(head) -> bool:
    """A plural noun of people that is counted: "168 Liberians", "more than 100 Palestinians", "thousands of
    Iraqi Kurds" (Palestinians uncounted, "the Palestinians", may be their country or its government)."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    of = head.head if head.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lemma_.lower() in COUNTS and of.head.tag_ == "NNS"


def _of_waters(tok) -> bool:
    """A sea named after a country, or the name in it ("the Gulf of Oman", "the Sea of Japan"): a place,
    not the country acting or acted on."""
    if tok.lemma_.lower() in WATERS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in WATERS


def is_document(tok) -> bool:
    """Whether a noun names a text or process ("agreement", "the Oslo Accords")."""
    word = tok.lemma_.lower()
    return word in DOCUMENTS or word.removesuffix("s") in DOCUMENTS


def _name_part(tok) -> bool:
    """A word of a person's name that is also an agent noun: "Syrian Kurdish leader Salih Muslim", "Gen. Ngo
    Xuan Lich", "Foreign Minister Julie Bishop". A title leads the name ("King Abdullah", "Archbishop Desmond
    Tutu"), so a word is a name's where a word of the name comes before it, or where it starts a name that
    already has its title."""
    if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or tok.ent_type_ != "PERSON" or not tok.text.istitle():
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None:
        return False
    if tok.ent_iob_ == "I" and before.pos_ == "PROPN":
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.lemma_.lower() not in PERSON_TITLES and after is not None and after.ent_iob_ == "I"
            and after.pos_ == "PROPN" and before.ent_type_ != "PERSON" and before.pos_ in ("PROPN", "NOUN"))


def _names_person(head, span) -> bool:
    return any(t.i == head.i for t in span)
