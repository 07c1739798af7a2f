"""From events to an escalation picture (docs/analysis.md).

- :mod:`.merge` and :mod:`.clusters`: events from several articles that report
  one happening become one cluster, with its outlets, modalities and evidence;
  updated incrementally as articles are coded.
- :mod:`.timeline`: daily, weekly and monthly series per dyad and actor.
- :mod:`.index`: the escalation index and the alerts it raises, with the
  events behind each.
- :mod:`.gdelt` and :mod:`.export`: GDELT event exports in, and clusters,
  timelines and GDELT-layout event tables out.
"""

from __future__ import annotations

from .clusters import ensure_clusters, list_clusters, update_clusters
from .index import INDEX, IndexRule, alerts, escalation_index
from .merge import RULE, MergeRule
from .model import Alert, Cluster, Dyad, TimelineRow, actor_country
from .timeline import Timeline, sparkline, timeline

__all__ = [
    "INDEX", "RULE", "Alert", "Cluster", "Dyad", "IndexRule", "MergeRule", "Timeline", "TimelineRow",
    "actor_country", "alerts", "ensure_clusters", "escalation_index", "list_clusters", "sparkline", "timeline",
    "update_clusters",
]
