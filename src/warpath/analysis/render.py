"""Rich tables for ``warpath timeline``, ``warpath clusters`` and ``warpath alerts``."""

from __future__ import annotations

from rich import box
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .model import Alert, Cluster
from .timeline import Timeline, sparkline

BAR = " ▏▎▍▌▋▊▉█"
INDEX_TOP = 10.0


def bar(value: float, top: float = INDEX_TOP, width: int = 12) -> str:
    """A horizontal bar of ``width`` cells for ``value`` out of ``top``, to the eighth of a cell."""
    eighths = max(0, min(width * 8, round(value / top * width * 8))) if top > 0 else 0
    return "█" * (eighths // 8) + (BAR[eighths % 8] if eighths % 8 else "")


def _style(index: float) -> str:
    return "bold red" if index >= 6 else "red" if index >= 3 else "yellow" if index > 0 else "dim"


def timeline_table(t: Timeline) -> Table:
    title = f"{t.dyad} by {t.by}, {t.start} to {t.end}"
    peak = t.peak
    if peak and peak.index > 0:
        spark = sparkline([r.index for r in t.rows], INDEX_TOP)
        title += f"\nescalation index [red]{spark}[/] peak {peak.index:.1f} on {peak.period}"
    table = Table(title=title, box=box.SIMPLE_HEAD, caption_justify="left",
                  caption="events: merged events (clusters) that happened, by quad class in coop (verbal/material) "
                          "and confl; wtd: each weighted 1 + log2(outlets); Gsum, Gmean: weighted Goldstein; "
                          "index: escalation index 0-10 (docs/analysis.md)")
    table.add_column(t.by, no_wrap=True)
    for name in ("events", "coop", "confl", "wtd", "Gsum", "Gmean", "index"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("spark", no_wrap=True, width=10)
    for r in t.rows:
        if r.empty:
            table.add_row(str(r.period), "[dim]0[/]", "", "", "", "", "", "[dim]0.0[/]", "")
            continue
        table.add_row(
            str(r.period), str(r.clusters), f"{r.quad[0]}/{r.quad[1]}", f"{r.quad[2]}/{r.quad[3]}",
            f"{r.weighted:.1f}", f"{r.goldstein_sum:+.1f}",
            f"{r.goldstein_mean:+.1f}" if r.goldstein_mean is not None else "",
            Text(f"{r.index:.1f}", style=_style(r.index)), Text(bar(r.index, width=10), style=_style(r.index)))
    return table


def _modalities(c: Cluster) -> str:
    return ", ".join(f"{n} {m}" for m, n in c.modalities.items())


def _when(c: Cluster) -> str:
    if c.date_start and c.date_end and c.date_start != c.date_end:
        return f"{c.date_start} to {c.date_end}"
    return str(c.date_start or c.date_end or c.day or "undated")


def _quote(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return "\u201c" + escape(text if len(text) <= limit else text[: limit - 1] + "\u2026") + "\u201d"


def clusters_table(clusters: list[Cluster], title: str) -> Table:
    """One row per merged event: what, when, who, how many outlets; then its sources and evidence."""
    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=True, caption_justify="left",
                  caption="Each outlet counts once, under the strongest modality it gives the event. Evidence: "
                          "the first report that asserts or reports it.")
    table.add_column("event", no_wrap=True, min_width=26)
    table.add_column("outlets and evidence", ratio=1)
    for c in clusters:
        happened = [r for r in c.reports if r.modality in ("asserted", "reported")]
        best = (happened or c.reports or [None])[0]
        articles = f", {c.articles} articles" if c.articles != c.outlets else ""
        head = (f"[bold]{_when(c)}[/]\n{c.dyad}  [bold]{c.code}[/]\n{escape(c.name[:30])}\n"
                f"[dim]{c.id[:16]}[/]")
        body = (f"[bold]{c.outlets} outlet{'s' if c.outlets != 1 else ''}[/]{articles} ({_modalities(c)}): "
                f"{escape(', '.join(c.outlet_names))}")
        if best:
            body += f"\n{_quote(best.evidence)}"
        table.add_row(head, body)
    return table


def alerts_table(found: list[Alert], title: str) -> Table:
    """One row per alert: when, which dyad, what kind; then why, and the events behind it."""
    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=True, caption_justify="left",
                  caption="jump: the escalation index against its baseline; milestone: the first time a dyad "
                          "does something (docs/analysis.md)")
    table.add_column("alert", no_wrap=True, min_width=22)
    table.add_column("why, and the events behind it", ratio=1)
    for a in found:
        lines = [escape(a.explanation)]
        for d in a.drivers:
            sources = escape(", ".join(d.outlets)) or "no outlet asserts it"
            lines.append(f"\u2022 [bold]{d.code}[/] {escape(d.name)}, {d.day}, {len(d.outlets)} outlet"
                         f"{'s' if len(d.outlets) != 1 else ''} ({sources}): {_quote(d.evidence, 200)} "
                         f"[dim]{d.cluster_id[:16]}[/]")
        head = f"[bold]{a.period}[/]\n{a.dyad}\n[{_style(a.index)}]{escape(a.kind)}[/]\nindex {a.index:.1f}"
        table.add_row(head, "\n".join(lines))
    return table
