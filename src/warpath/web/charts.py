"""Charts as data: Plotly figures (plain dicts, drawn by plotly.min.js in the page) and the network's SVG layout.

Every string taken from the data is HTML-escaped before it goes into a figure,
since Plotly reads a little HTML in names and hover texts. A point's
``customdata`` is the relative URL its click leads to.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from ..analysis import Timeline
from .activity import Network

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_COLOURS = ("#4c9f70", "#1f6f4a", "#e0a030", "#c0392b")
PALETTE = ("#c0392b", "#2e6da4", "#e0a030", "#4c9f70", "#8e44ad", "#555555", "#d35400", "#16a085")
LAYOUT = {"margin": {"l": 48, "r": 16, "t": 16, "b": 40}, "height": 320, "hovermode": "closest",
          "legend": {"orientation": "h", "y": -0.2}, "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "#fff"}


def dyad_url(dyad: str, by: str, period: Any | None = None) -> str:
    query = {"by": by, **({"period": str(period)} if period is not None else {})}
    return f"/dyads/{quote(dyad, safe='')}?{urlencode(query)}"


def index_figure(timelines: list[Timeline]) -> dict[str, Any]:
    """The escalation index of several dyads over time; a click opens the dyad at that period."""
    data = []
    for i, t in enumerate(timelines):
        name = f"{t.dyad.source}-{t.dyad.target}"
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": html.escape(name),
            "x": [r.period.isoformat() for r in t.rows], "y": [round(r.index, 2) for r in t.rows],
            "customdata": [dyad_url(name, t.by, r.period) for r in t.rows],
            "text": [f"{r.clusters} events" for r in t.rows],
            "hovertemplate": "%{x}: index %{y:.1f}, %{text}<extra>" + html.escape(name) + "</extra>",
            "line": {"color": PALETTE[i % len(PALETTE)], "width": 2}, "marker": {"size": 6},
        })
    layout = {**LAYOUT, "yaxis": {"title": {"text": "escalation index"}, "range": [0, 10.2]},
              "xaxis": {"type": "date"}}
    return {"data": data, "layout": layout}


def quad_figure(t: Timeline, name: str) -> dict[str, Any]:
    """Merged events by quad class per period, stacked; a click opens the period's events."""
    urls = [dyad_url(name, t.by, r.period) for r in t.rows]
    data = [{"type": "bar", "name": QUAD_NAMES[q], "x": [r.period.isoformat() for r in t.rows],
             "y": [r.quad[q] for r in t.rows], "customdata": urls, "marker": {"color": QUAD_COLOURS[q]},
             "hovertemplate": "%{x}: %{y} " + QUAD_NAMES[q] + "<extra></extra>"} for q in range(4)]
    layout = {**LAYOUT, "barmode": "stack", "height": 260, "yaxis": {"title": {"text": "events"}},
              "xaxis": {"type": "date"}}
    return {"data": data, "layout": layout}


def single_index_figure(t: Timeline, name: str) -> dict[str, Any]:
    fig = index_figure([t])
    fig["data"][0]["customdata"] = [dyad_url(name, t.by, r.period) for r in t.rows]
    fig["layout"]["showlegend"] = False
    return fig


@dataclass(frozen=True)
class Node:
    code: str
    x: float
    y: float
    r: float
    volume: float


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    path: str
    width: float
    colour: str
    events: int
    weighted: float
    tone: float
    url: str


def tone_colour(goldstein: float) -> str:
    """Red for conflict (-10), grey for neutral, green for cooperation (+10)."""
    x = max(-1.0, min(1.0, goldstein / 10))
    if x < 0:
        return f"rgb({round(150 + 90 * -x)},{round(150 - 110 * -x)},{round(150 - 110 * -x)})"
    return f"rgb({round(150 - 110 * x)},{round(150 + 30 * x)},{round(150 - 70 * x)})"


def network_layout(net: Network, size: int = 640) -> tuple[list[Node], list[Edge]]:
    """Nodes on a circle (busiest first), edges as arcs: A->B and B->A bend to opposite sides."""
    centre, radius = size / 2, size / 2 - 60
    top = max(net.nodes.values(), default=1.0) or 1.0
    nodes = {}
    for i, (code, volume) in enumerate(net.nodes.items()):
        angle = 2 * math.pi * i / max(len(net.nodes), 1) - math.pi / 2
        nodes[code] = Node(code, centre + radius * math.cos(angle), centre + radius * math.sin(angle),
                           6 + 18 * math.sqrt(volume / top), volume)
    heaviest = max((w for _, _, _, w, _ in net.edges), default=1.0) or 1.0
    edges = []
    for s, t, n, w, g in net.edges:
        a, b = nodes[s], nodes[t]
        mx, my = (a.x + b.x) / 2, (a.y + b.y) / 2
        dx, dy = b.x - a.x, b.y - a.y
        bend = 0.15
        cx, cy = mx - dy * bend, my + dx * bend
        query = urlencode({"dyad": f"{s}-{t}", "start": str(net.start), "end": str(net.end)})
        edges.append(Edge(s, t, f"M{a.x:.1f},{a.y:.1f} Q{cx:.1f},{cy:.1f} {b.x:.1f},{b.y:.1f}",
                          1 + 9 * math.sqrt(w / heaviest), tone_colour(g), n, w, g, f"/events?{query}"))
    return list(nodes.values()), edges
