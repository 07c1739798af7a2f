"""The actor dictionary: countries, international organisations, sector agents
and named people, with indexed, date-aware lookups.

Build it once and pass it to the stages that need it::

    actors = ActorDictionary.load_default()
    actors.add_csv("people.csv")                 # user additions win over defaults
    actors.lookup_name("Donald Trump", date(2024, 11, 22))[0].code   # 'USAELI'
    actors.country("Kremlin"), actors.country_actor("Kremlin")       # 'RUS', 'RUSGOV'
    actors.igo("NATO"), actors.agent("troops")                       # 'IGOWSTNAT', 'MIL'

A tagger would try, for a mention: :meth:`lookup_name` (people and any
Phoenix/CSV actor), then :meth:`igo`, then :meth:`country_actor`, and
:meth:`agent` for the head noun of a description (``Russian troops`` =
country ``RUS`` + agent ``MIL``).

Bad lines in a dictionary file never raise: each becomes a numbered message in
:attr:`ActorDictionary.problems` (``[W301] people.csv line 14: ...``) and the
rest of the file loads. Messages rather than :mod:`warnings` because a caller
(the CLI, a test) wants to list or count them, and warnings are errors in the
test suite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from .model import ActorEntry, AgentEntry, Country, Igo, demonym_plural, exact_form, normalise_name, plural, singulars
from .phoenix import read_phoenix_actors, read_phoenix_agents
from .tables import read_agents, read_countries, read_igos, read_people_csv, read_text

DATA_FILES = ("countries.tsv", "igos.tsv", "agents.tsv", "leaders.csv", "media.csv", "groups.csv")


@dataclass
class _Record:
    """Everything one dictionary entry (a person, a Phoenix block) says, in file order."""

    layer: int
    entries: list[ActorEntry] = field(default_factory=list)

    def select(self, on: date | None) -> list[ActorEntry]:
        if on is None:  # undated defaults, then the most recent roles first
            undated = [e for e in self.entries if not e.dated]
            dated = [e for e in self.entries if e.dated]
            dated.sort(key=lambda e: e.start or date.min, reverse=True)
            return undated + dated
        # Of overlapping roles the one taken up last comes first: a president who was an elite before
        hits = sorted((e for e in self.entries if e.dated and e.covers(on)), key=lambda e: e.start or date.min,
                      reverse=True)
        return hits or [e for e in self.entries if not e.dated]


def _keys(text: str) -> list[str]:
    key = normalise_name(text)
    return [key, key[4:]] if key.startswith("the ") else [key]


class ActorDictionary:
    """Countries, IGOs, agents and named actors, indexed by normalised name."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        """Numbered messages for lines that could not be loaded, in load order."""
        self._layer = 0
        self._names: dict[str, list[_Record]] = {}
        self._names_exact: dict[str, list[_Record]] = {}
        self._countries: dict[str, Country] = {}
        self._country_keys: dict[str, tuple[str, str]] = {}
        self._country_exact: dict[str, tuple[str, str]] = {}
        self._igos: dict[str, Igo] = {}
        self._igo_keys: dict[str, str] = {}
        self._igo_exact: dict[str, str] = {}
        self._agents: dict[str, AgentEntry] = {}

    # ---- loading -------------------------------------------------------

    @classmethod
    def load_default(cls) -> ActorDictionary:
        """The dictionaries shipped in ``warpath/data/actors``."""
        self = cls()
        folder = resources.files("warpath").joinpath("data", "actors")
        # Phoenix first: warpath's own tables, loaded after it, win where both know a name.
        self._layer += 1
        # (tools/import_phoenix.py made the file, with its corrections of Phoenix's codes and names)
        phoenix = folder.joinpath("phoenix-actors.txt").read_text(encoding="utf-8")
        for block in read_phoenix_actors(phoenix, "phoenix-actors.txt", self.problems):
            self._add_record(block.names, block.actor_entries("phoenix-actors.txt"))
        text = {name: folder.joinpath(name).read_text(encoding="utf-8") for name in DATA_FILES}
        for country in read_countries(text["countries.tsv"], "countries.tsv", self.problems):
            self.add_country(country)
        for igo in read_igos(text["igos.tsv"], "igos.tsv", self.problems):
            self.add_igo(igo)
        for agent in read_agents(text["agents.tsv"], "agents.tsv", self.problems):
            self.add_agent(agent)
        self._add_people(text["leaders.csv"], "leaders.csv")
        self._add_people(text["media.csv"], "media.csv")
        self._add_people(text["groups.csv"], "groups.csv")
        return self

    def add_csv(self, path: str | Path) -> int:
        """Load a people CSV ``name,aliases,code,start,end[,role]``; returns rows loaded.

        Dates are ``YYYY-MM-DD``; ``end`` is the first day out of the role and
        may be empty. Entries loaded later are returned first by lookups.
        """
        path = Path(path)
        text = read_text(path, path.name, self.problems)
        return 0 if text is None else self._add_people(text, path.name)

    def add_phoenix(self, path: str | Path) -> int:
        """Load a Phoenix/PETRARCH actors file (see :mod:`.phoenix`); returns entries loaded."""
        path = Path(path)
        text = read_text(path, path.name, self.problems)
        if text is None:
            return 0
        self._layer += 1
        blocks = read_phoenix_actors(text, path.name, self.problems)
        for block in blocks:
            self._add_record(block.names, block.actor_entries(path.name))
        return len(blocks)

    def add_phoenix_agents(self, path: str | Path) -> int:
        """Load a Phoenix/PETRARCH agents file; returns nouns loaded (plurals not counted)."""
        path = Path(path)
        text = read_text(path, path.name, self.problems)
        if text is None:
            return 0
        agents = read_phoenix_agents(text, path.name, self.problems)
        for item in agents:
            self.add_agent(item.entry, item.plurals, replace=True)
        return len(agents)

    def _add_people(self, text: str, label: str) -> int:
        self._layer += 1
        rows = read_people_csv(text, label, self.problems)
        by_name: dict[str, tuple[list[str], list[ActorEntry]]] = {}
        for row in rows:
            names, entries = by_name.setdefault(normalise_name(row.entry.name), ([row.entry.name], []))
            names += row.aliases
            entries.append(row.entry)
        for names, entries in by_name.values():
            self._add_record(names, entries)
        return len(rows)

    def _add_record(self, names: list[str], entries: list[ActorEntry]) -> None:
        record = _Record(self._layer, entries)
        seen: set[tuple[str, bool]] = set()
        for name in names:
            exact = name.startswith("=")  # a case-sensitive alias: =Rice is not rice
            key = exact_form(name[1:]) if exact else normalise_name(name)
            # "THE_HERMIT_KINGDOM" is found as "Hermit Kingdom" too: the article is outside the phrase
            for k in (key, key[4:] if key.startswith("the ") else ""):
                if k and (k, exact) not in seen:
                    seen.add((k, exact))
                    index = self._names_exact if exact else self._names
                    index.setdefault(k, []).append(record)

    def add_country(self, country: Country) -> None:
        """Index a country by name, aliases, adjectives (and plurals), capital, metonyms.

        A word another country already claimed keeps its first owner.
        """
        self._countries.setdefault(country.code, country)
        words = [(w, "") for w in (country.name, *country.aliases, country.capital or "")]
        for adj in country.adjectives:
            words += [(adj, ""), (demonym_plural(adj.lstrip("=")) or "", "")]
        words += list(country.metonyms)
        for word, sector in words:
            self._index(word, (country.code, sector), self._country_keys, self._country_exact)

    def add_igo(self, igo: Igo) -> None:
        self._igos.setdefault(igo.code, igo)
        for word in (igo.name, *igo.aliases):
            self._index(word, igo.code, self._igo_keys, self._igo_exact)

    def add_agent(self, agent: AgentEntry, plurals: list[str] | None = None, replace: bool = False) -> None:
        """Index an agent noun and its plurals (the regular one when ``plurals`` is None)."""
        forms = [agent.noun, *(plurals if plurals is not None else [plural(agent.noun)])]
        for form in forms:
            key = normalise_name(form)
            if replace or key not in self._agents or form == agent.noun:
                self._agents[key] = agent

    @staticmethod
    def _index(word: str, value, keys: dict, exact: dict) -> None:
        if not word:
            return
        if word.startswith("="):
            exact.setdefault(exact_form(word[1:]), value)
        else:
            keys.setdefault(normalise_name(word), value)

    # ---- lookups -------------------------------------------------------

    def lookup_name(self, text: str, on: date | None = None) -> list[ActorEntry]:
        """The codes of the named actors called ``text`` on date ``on``, best first.

        Matches canonical names and aliases, ignoring case, accents, apostrophe
        style, hyphens and a leading "the" (an alias written ``=Rice`` in the
        data matches only in that case). Per actor, the dated entries that
        cover ``on`` are returned, or its undated default when none does
        (PETRARCH's rule). The most recently added dictionary that has an entry
        for the name on that date answers alone (user files over warpath's
        tables over the Phoenix dictionaries). With ``on=None``: every entry of
        that dictionary, undated first, then the latest role first.
        """
        records = self._names_exact.get(exact_form(text))
        for key in _keys(text):
            records = records or self._names.get(key)
        if not records:
            return []
        # The newest dictionary that has a role for the name on that date answers alone.
        for layer in sorted({r.layer for r in records}, reverse=True):
            found = [e for r in records if r.layer == layer for e in r.select(on)]
            if found:
                return found
        return []

    def code_for(self, text: str, on: date | None = None) -> str | None:
        """The single best code for a name: a named actor, else an IGO, else a country."""
        hits = self.lookup_name(text, on)
        if hits:
            return hits[0].code
        return self.igo(text) or self.country_actor(text)

    def _country_hit(self, text: str) -> tuple[str, str] | None:
        hit = self._country_exact.get(exact_form(text))
        if hit:
            return hit
        for key in _keys(text):
            if key in self._country_keys:
                return self._country_keys[key]
        return None

    def country(self, text: str) -> str | None:
        """The country code for a name, adjective, demonym, capital or metonym."""
        hit = self._country_hit(text)
        return hit[0] if hit else None

    def country_actor(self, text: str) -> str | None:
        """Like :meth:`country`, with a metonym's sector: ``Kremlin`` -> ``RUSGOV``."""
        hit = self._country_hit(text)
        return hit[0] + hit[1] if hit else None

    def country_entry(self, code: str) -> Country | None:
        return self._countries.get(code)

    @property
    def countries(self) -> list[Country]:
        return list(self._countries.values())

    def igo(self, text: str) -> str | None:
        """The CAMEO code of an international organisation's name or abbreviation."""
        hit = self._igo_exact.get(exact_form(text))
        if hit:
            return hit
        for key in _keys(text):
            if key in self._igo_keys:
                return self._igo_keys[key]
        return None

    def igo_entry(self, code: str) -> Igo | None:
        return self._igos.get(code)

    def agent_entry(self, noun: str) -> AgentEntry | None:
        """The agent for a noun or noun phrase, singular or plural."""
        for key in _keys(noun):
            if key in self._agents:
                return self._agents[key]
            for single in singulars(key):
                if single in self._agents:
                    return self._agents[single]
        return None

    def agent(self, noun: str) -> str | None:
        """The sector code of an agent noun: ``troops`` -> ``MIL``."""
        entry = self.agent_entry(noun)
        return entry.code if entry else None

    def __len__(self) -> int:
        return len(self._names)

    def stats(self) -> dict[str, int]:
        return {
            "countries": len(self._countries),
            "igos": len(self._igos),
            "agent_nouns": len(self._agents),
            "names": len(self._names),
        }
