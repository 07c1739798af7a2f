"""Actor dictionaries: countries, international organisations, sector agents and
named people with date-ranged CAMEO codes, and their loaders.

The data lives in ``warpath/data/actors/`` (see the header of each file);
:class:`ActorDictionary` loads it and answers lookups by normalised name.
"""

from __future__ import annotations

from .dictionary import ActorDictionary
from .model import ActorEntry, AgentEntry, Country, Igo, normalise_name

__all__ = ["ActorDictionary", "ActorEntry", "AgentEntry", "Country", "Igo", "normalise_name"]
