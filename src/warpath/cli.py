"""The ``warpath`` command line."""

from __future__ import annotations

import functools
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from . import __version__, settings
from .batch import RunSummary, run
from .document import MODALITIES
from .errors import WarpathError, message
from .ingest import FORMATS, IngestOptions
from .render import render_documents
from .spark.read import FORMATS as SPARK_FORMATS
from .store import EXPORTABLE, Store
from .ui import Reporter, err, interactive, progress

EXIT_OK, EXIT_INPUT_FAILED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def _setting(name: str) -> str:
    s = settings.SETTINGS[name]
    return f"{s.help} [env {s.env}; default: {s.default}]"


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD.") from None


def db_option(f):
    return click.option("--db", default=lambda: settings.get("db"), show_default="warpath.duckdb",
                        type=click.Path(dir_okay=False), help=_setting("db"))(f)


def input_options(f):
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--date", "default_date", callback=_parse_date, metavar="YYYY-MM-DD",
                     help="Publication date for inputs that give none."),
        click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
                     help="Read every input as this format instead of guessing from its name and content."),
        click.option("--max-bytes", type=int, default=lambda: settings.get("max_bytes"),
                     show_default=str(settings.SETTINGS["max_bytes"].default), help=_setting("max_bytes")),
        click.option("--fetch", is_flag=True, help="Download http(s) URLs given as inputs (pages or feeds)."),
        click.option("--batch-size", type=click.IntRange(1, 100_000), default=lambda: settings.get("batch_size"),
                     show_default=str(settings.SETTINGS["batch_size"].default), help=_setting("batch_size")),
        click.option("-q", "--quiet", is_flag=True, help="Print errors only: no warnings, progress or summary."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def dictionary_options(f):
    options = [
        click.option("--model", default=lambda: settings.get("model"), help=_setting("model")),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor dictionary: a CSV (name,aliases,code,start,end[,role]) or a "
                          "Phoenix/PETRARCH actors file. Repeatable; later files win."),
        click.option("--agents", "agent_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra Phoenix/PETRARCH agents file (nouns such as 'troops' -> ~MIL). Repeatable."),
        click.option("--verbs", "verb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra verb patterns: a .tsv in warpath's lexicon format (lemma, particle, words, "
                          "code; optional note, before, roles) or a PETRARCH verbs dictionary. Repeatable; later "
                          "files win."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _spec(model, batch_size, actor_files, agent_files, verb_files):
    from .pipeline import PipelineSpec

    return PipelineSpec(model, batch_size, tuple(actor_files), tuple(agent_files), tuple(verb_files))


def _warn_problems(problems) -> None:
    for problem in problems:
        err.print(f"[yellow]warning[/]: {problem}", markup=True, highlight=False)


def _load_pipeline(model, batch_size, actor_files, agent_files, verb_files):
    pipeline = _spec(model, batch_size, actor_files, agent_files, verb_files).load()
    _warn_problems(pipeline.problems)
    return pipeline


def handle_errors(f):
    """Turn a :class:`WarpathError` into its message and exit code 2, never a traceback."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except WarpathError as exc:
            err.print(f"[bold red]error[/]: {exc}", markup=True, highlight=False)
            sys.exit(EXIT_ERROR)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="warpath")
def main() -> None:
    """warpath reads the news and says, with evidence, who did what to whom, when and where.

    Inputs are plain-text articles (an optional first line `date YYYY-MM-DD`, then optional
    `title:`, `source:` and `url:` lines), HTML pages, RSS/Atom feeds, JSON Lines and CSV
    corpora (fields id, date, title, text, source, url), directories of these, `-` for
    standard input, and URLs with --fetch.

    Exit codes: 0 all inputs read; 1 some inputs failed (each named on stderr);
    2 usage or database error; 130 interrupted.
    """


def _ingest_options(default_date, input_format, max_bytes, fetch) -> IngestOptions:
    return IngestOptions(default_date=default_date, input_format=input_format, max_bytes=max_bytes, fetch=fetch)


def _run(paths, options, *, store, pipeline, quiet, batch_size, on_document=lambda d: None, pool=None) -> RunSummary:
    reporter = Reporter(quiet=quiet)
    verb = "Coding" if pipeline or pool else "Ingesting"
    try:
        with progress(verb, enabled=interactive() and not quiet) as advance:
            summary = run(paths, options, store=store, pipeline=pipeline, pool=pool, on_problem=reporter,
                          on_document=on_document, advance=advance, batch_size=batch_size)
    except KeyboardInterrupt:
        stored = store.count() if store else 0
        err.print(f"interrupted: the batch in flight was not stored; {stored:,} articles are safe in {store.path if store else 'no database'}.")
        sys.exit(EXIT_INTERRUPTED)
    finally:
        reporter.finish()
    return summary


def _say_summary(summary: RunSummary, store: Store | None, quiet: bool) -> None:
    if quiet:
        return
    where = f" Database {store.path}: {store.count():,} articles." if store else ""
    err.print(
        f"Read {summary.read:,} articles: {summary.new:,} new, {summary.already_stored:,} already stored; "
        f"{summary.failed:,} inputs failed, {summary.warnings:,} warnings.{where}",
        highlight=False,
    )


@main.command()
@input_options
@db_option
@click.option("--format", "source_format", type=click.Choice(["articles", "parquet", "gdelt"]), default="articles",
              show_default=True,
              help="articles: PATHS hold articles (see --input-format); parquet: PATHS are OUTPUT folders "
                   "of `warpath spark-code`, loaded with their actors, times and events; gdelt: PATHS are "
                   "GDELT 1.0 or 2.0 event exports (tab or comma separated, header optional), loaded as events.")
@handle_errors
def ingest(paths, default_date, input_format, max_bytes, fetch, batch_size, quiet, db, source_format):
    """Read articles from PATHS and store them in the database.

    Each article gets a stable id from its outlet and normalised text, so
    ingesting the same input twice stores it once. Articles without a date are
    stored with a warning. Each batch is stored whole or not at all.
    """
    if source_format == "parquet":
        _load_spark_outputs(paths, db, quiet)
        return
    if source_format == "gdelt":
        _load_gdelt(paths, db, quiet)
        return
    options = _ingest_options(default_date, input_format, max_bytes, fetch)
    with Store(db) as store:
        summary = _run(paths, options, store=store, pipeline=None, quiet=quiet, batch_size=batch_size)
        _say_summary(summary, store, quiet)
    sys.exit(EXIT_INPUT_FAILED if summary.failed else EXIT_OK)


def _load_gdelt(paths, db, quiet) -> None:
    from .analysis.gdelt import load_gdelt

    reporter = Reporter(quiet=quiet)
    with Store(db) as store:
        try:
            summary = load_gdelt(store, list(paths), reporter)
        finally:
            reporter.finish()
        if not quiet:
            err.print(f"Read {summary.rows:,} GDELT rows: {summary.loaded:,} new events, {summary.already_stored:,} "
                      f"already stored, {summary.skipped:,} skipped; {summary.articles:,} new source articles. "
                      f"Database {store.path}: {store.count('events'):,} events.", highlight=False)
    sys.exit(EXIT_INPUT_FAILED if reporter.errors else EXIT_OK)


def _load_spark_outputs(paths, db, quiet) -> None:
    with Store(db) as store:
        for path in paths:
            read, new, rejected = store.load_parquet(path)
            if not quiet:
                rejects = f"; {rejected:,} records spark-code rejected are listed in {path}/rejects" if rejected else ""
                err.print(f"Loaded {path}: {read:,} coded articles, {new:,} new{rejects}.", highlight=False)
        if not quiet:
            err.print(f"Database {store.path}: {store.count():,} articles.", highlight=False)
    sys.exit(EXIT_OK)


@main.command()
@input_options
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table: one row per article for reading; json: one JSON document per article per line; "
                   "csv: one row per article.")
@click.option("--no-store", is_flag=True, help="Print the coded articles without writing the database.")
@click.option("--processes", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Code in this many worker processes, each loading the pipeline once; output keeps "
                   "input order and this process alone writes the database.")
@dictionary_options
@handle_errors
def code(paths, default_date, input_format, max_bytes, fetch, batch_size, quiet, db, fmt, no_store, processes,
         model, actor_files, agent_files, verb_files):
    """Read articles from PATHS, run the pipeline on them, print and store the result.

    The pipeline splits sentences and parses them with spaCy; the result is
    stored with the article (unless --no-store) and printed on stdout.
    """
    from contextlib import nullcontext

    from .parallel import ProcessPoolCoder

    options = _ingest_options(default_date, input_format, max_bytes, fetch)
    spec = _spec(model, batch_size, actor_files, agent_files, verb_files)
    pipeline = _load_pipeline(model, batch_size, actor_files, agent_files, verb_files) if processes == 1 else None
    store = None if no_store else Store(db)
    try:
        with ProcessPoolCoder(spec, processes) if processes > 1 else nullcontext() as pool:
            if pool is not None:
                _warn_problems(pool.problems)
            with render_documents(fmt, sys.stdout) as emit:
                summary = _run(paths, options, store=store, pipeline=pipeline, quiet=quiet,
                               batch_size=batch_size, on_document=emit, pool=pool)
        _say_summary(summary, store, quiet)
    finally:
        if store:
            store.close()
    sys.exit(EXIT_INPUT_FAILED if summary.failed else EXIT_OK)


@main.command()
@db_option
@click.option("--what", type=click.Choice((*EXPORTABLE, "clusters", "timeline")), default="articles",
              show_default=True,
              help="Which table to export: a stored table, the merged event clusters, or the timeline of every "
                   "dyad (one row per dyad and period with events).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt"]), default="jsonl",
              show_default=True,
              help="Output format. gdelt: the GDELT 2.0 event table layout (61 tab-separated columns, no header) "
                   "for --what events or clusters; only events that happened (asserted or reported).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write (`-` for standard output; not for parquet).")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day", show_default=True,
              help="Timeline resolution (--what timeline).")
@click.option("--dyad", metavar="SOURCE-TARGET",
              help="Only this directed dyad of actor countries, e.g. USA-RUS (clusters, timeline, gdelt).")
@handle_errors
def export(db, what, fmt, output, by, dyad):
    """Write stored articles, their layers, event clusters or dyad timelines as CSV, JSON Lines, Parquet or GDELT."""
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database. Run `warpath ingest` first or pass --db.")
    if output == "-":
        if fmt == "parquet":
            raise click.BadParameter("parquet cannot be written to standard output; name a file.", param_hint="-o")
        output = "/dev/stdout"
    if fmt == "gdelt" and what not in ("events", "clusters"):
        raise WarpathError("E063", what=what)
    if what in ("clusters", "timeline") or fmt == "gdelt":
        from .analysis import Dyad
        from .analysis.export import export as export_analysis

        pair = Dyad.parse(dyad) if dyad else None
        with _analysis_store(db) as store:
            n = export_analysis(store, what, fmt, output, by=by, dyad=pair)
        what = f"{what} ({fmt})" if fmt == "gdelt" else what
    else:
        with Store(db, read_only=True) as store:
            n = store.export(what, fmt, output)
    if output != "/dev/stdout":
        err.print(f"Wrote {n:,} {what} to {output}.", highlight=False)


@main.command()
@db_option
@handle_errors
def status(db):
    """Show what the database holds."""
    from rich.table import Table

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database. Run `warpath ingest` first or pass --db.")
    with Store(db, read_only=True) as store:
        table = Table(title=f"{db} (schema {store.schema_version})")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name in EXPORTABLE:
            table.add_row(name, f"{store.count(name):,}")
        first, last, outlets = store.query("SELECT min(date), max(date), count(DISTINCT source) FROM articles")[0]
    from rich.console import Console

    Console().print(table)
    if first:
        Console().print(f"Articles dated {first} to {last}, from {outlets} outlets.", highlight=False)


@main.command("spark-code")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.argument("output")
@click.option("--master", default=None, metavar="URL",
              help="Spark master: local[2], spark://host:7077, yarn, ... Default: the one spark-submit "
                   "gives, else local[*] (every core of this machine).")
@click.option("--partitions", type=click.IntRange(1, 1_000_000), default=None,
              help="Partitions to code (and Parquet files per table). Default: 4 per executor core.")
@click.option("--input-format", type=click.Choice(SPARK_FORMATS), default="auto", show_default=True,
              help="Read every input as this format instead of going by file names (.jsonl, .csv, "
                   ".parquet, .txt).")
@click.option("--date", "default_date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for records that give none (else they are rejected).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=lambda: settings.get("batch_size"),
              show_default=str(settings.SETTINGS["batch_size"].default), help=_setting("batch_size"))
@dictionary_options
@click.option("-q", "--quiet", is_flag=True, help="Print errors only: no Spark progress or summary.")
@handle_errors
def spark_code(inputs, output, master, partitions, input_format, default_date, batch_size, model, actor_files,
               agent_files, verb_files, quiet):
    """Code a corpus on Apache Spark with the same pipeline; write the store's tables as Parquet.

    INPUT is JSON Lines, CSV or Parquet (fields id, date, title, text, source, url) or a folder
    of them or of plain-text articles (`date YYYY-MM-DD` header form); local paths or URIs
    Spark reads (hdfs://, s3a://). OUTPUT gets one folder of Parquet files per table:
    articles, sentences, times, actors and events, with the columns of `warpath export
    --format parquet`, and rejects (origin, code, message) for records not coded: empty or
    over-long text, undecodable bytes, no date, bad JSON. Each run replaces OUTPUT's folders
    whole, so a rerun never duplicates rows. Load the result with `warpath ingest --format
    parquet OUTPUT`, or query it in place with DuckDB.

    Needs `pip install 'warpath[spark]'` and Java 17+. Exit code 1 when records were rejected.
    """
    from .ingest import IngestOptions as Options
    from .spark import code_corpus, start

    spec = _spec(model, batch_size, actor_files, agent_files, verb_files)
    spark = start(master, quiet=quiet)
    try:
        summary = code_corpus(spark, list(inputs), output, spec=spec, options=Options(default_date=default_date),
                              input_format=input_format, partitions=partitions)
    finally:
        spark.stop()
    if not quiet:
        err.print(
            f"Coded {summary.articles:,} articles ({summary.words:,} words) in {summary.seconds:,.1f} s, "
            f"{summary.words_per_second:,.0f} words/s, on {summary.partitions} partitions: "
            f"{summary.events:,} events, {summary.actors:,} actors, {summary.times:,} time expressions. "
            f"{summary.rejects:,} records rejected (see {output}/rejects). Wrote {output}.",
            highlight=False,
        )
    sys.exit(EXIT_INPUT_FAILED if summary.rejects else EXIT_OK)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@dictionary_options
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=lambda: settings.get("batch_size"),
              show_default=str(settings.SETTINGS["batch_size"].default), help=_setting("batch_size"))
@click.option("--modality", "modalities", multiple=True, type=click.Choice(MODALITIES),
              help="Count only events of these modalities (repeatable). Default: all but negated.")
@click.option("--errors", "show_errors", type=int, default=0, show_default=True,
              help="Print up to N records whose strict coding differs from the gold.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@handle_errors
def eval_command(gold, model, actor_files, agent_files, verb_files, batch_size, modalities, show_errors, as_json):
    """Code a gold file and print precision, recall and F1.

    GOLD is JSON Lines of records {"id", "date", "text", "events": [{"source": [codes],
    "target": [codes], "code", "plover"}]}. Strict scoring compares full actor codes and
    the full CAMEO code; lenient compares actor countries and the CAMEO root (or the PLOVER
    type where the gold gives no CAMEO code). Records with no gold event are scored by
    the share coded with no event.
    """
    import json as json_module

    from rich.console import Console
    from rich.table import Table

    from .evaluate import DEFAULT_MODALITIES, evaluate, read_gold

    pipeline = _load_pipeline(model, batch_size, actor_files, agent_files, verb_files)
    records = list(read_gold(gold))
    with progress("Coding", enabled=interactive()):
        report = evaluate(records, pipeline, modalities or DEFAULT_MODALITIES, keep_errors=show_errors)
    scores = {level: {"precision": round(sc.precision, 4), "recall": round(sc.recall, 4), "f1": round(sc.f1, 4),
                      "tp": sc.tp, "fp": sc.fp, "fn": sc.fn}
              for level, sc in (("strict", report.strict), ("lenient", report.lenient))}
    summary = {"gold": gold, "records": report.records, **scores, "no_event_records": report.no_event_records,
               "no_event_accuracy": report.no_event_accuracy}
    if as_json:
        click.echo(json_module.dumps(summary))
    else:
        table = Table(title=f"{gold}: {report.records} records")
        for column in ("level", "precision", "recall", "F1", "TP", "FP", "FN"):
            table.add_column(column, justify="left" if column == "level" else "right")
        for level, sc in (("strict", report.strict), ("lenient", report.lenient)):
            table.add_row(level, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}",
                          str(sc.tp), str(sc.fp), str(sc.fn))
        console = Console()
        console.print(table)
        if report.no_event_records:
            console.print(f"No-event records coded with no event: {report.no_event_right}/"
                          f"{report.no_event_records} ({report.no_event_accuracy:.1%})", highlight=False)
    for e in report.errors:
        err.print(f"{e['id']}: {e['text']}\n  gold:  {e['gold']}\n  coded: {e['coded']}", markup=False)


# -- the analysis layer: clusters, timelines, alerts (docs/analysis.md) -------------------------

DATA_SOURCES = {"all": None, "corpus": False, "gdelt": True}


@contextmanager
def _analysis_store(db):
    """The store, its event clusters brought up to date with the events."""
    from .analysis import ensure_clusters

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database. Run `warpath code` first or pass --db.")
    with Store(db) as store:
        ensure_clusters(store)
        yield store


def analysis_options(f):
    options = [
        click.option("--dyad", metavar="SOURCE-TARGET",
                     help="A directed dyad of actor countries: USA-RUS is what the US does to Russia. An actor's "
                          "country is the first 3 letters of its code, or its IGO code (IGOWSTNAT)."),
        click.option("--both-ways", is_flag=True, help="Count the dyad in both directions (USA-RUS and RUS-USA)."),
        click.option("--from", "start", callback=_parse_date, metavar="YYYY-MM-DD", help="First day."),
        click.option("--to", "end", callback=_parse_date, metavar="YYYY-MM-DD", help="Last day."),
        click.option("--data", type=click.Choice(list(DATA_SOURCES)), default="all", show_default=True,
                     help="Events coded from your articles (corpus), loaded from GDELT, or all."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _dyad(dyad, both_ways, actor=None):
    from .analysis import Dyad

    if dyad and actor:
        raise WarpathError("E066")
    if actor:
        return Dyad.actor(actor)
    return Dyad.parse(dyad, both_ways) if dyad else None


def _check_range(start, end) -> None:
    if start and end and start > end:
        raise WarpathError("E064", start=start, end=end)


@main.command()
@db_option
@analysis_options
@click.option("--actor", metavar="COUNTRY", help="One actor country's events towards anyone (RUS), instead of --dyad.")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day", show_default=True,
              help="One row per day, ISO week or month.")
@handle_errors
def timeline(db, dyad, both_ways, start, end, data, actor, by):
    """Print a dyad's (or an actor's) timeline: events by quad class, Goldstein scores, escalation index.

    Each row counts the merged events (clusters) that happened, once each however many
    outlets carried them; "wtd" weighs each by 1 + log2 of its outlets. The escalation
    index (0-10) is the Goldstein-weighted conflict share of the period's events
    (docs/analysis.md). Without --from, shows the 30 days (26 weeks, 24 months) up to the
    dyad's last event.
    """
    from rich.console import Console

    from .analysis import timeline as build_timeline
    from .analysis.render import timeline_table
    from .analysis.timeline import data_range

    pair = _dyad(dyad, both_ways, actor)
    if pair is None:
        raise click.UsageError("give --dyad SOURCE-TARGET (e.g. USA-RUS) or --actor COUNTRY.")
    _check_range(start, end)
    with _analysis_store(db) as store:
        if data_range(store, pair, DATA_SOURCES[data]) is None:
            err.print(f"[yellow]warning[/]: {message('W150', what=str(pair), where=' for it')}", markup=True)
        result = build_timeline(store, pair, by, start, end, DATA_SOURCES[data])
    Console().print(timeline_table(result))


@main.command()
@db_option
@analysis_options
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day", show_default=True,
              help="Test each day, ISO week or month against the ones before it.")
@click.option("--window", type=click.IntRange(2, 365), default=None,
              help="Baseline periods before the one tested.  [default: 14 days, 8 weeks, 6 months]")
@click.option("--z", "z", type=float, default=3.0, show_default=True,
              help="A jump is at least this many baseline spreads above the baseline mean...")
@click.option("--min-index", type=float, default=5.5, show_default=True,
              help="... and has at least this escalation index (0-10).")
@click.option("--events", "drivers", type=click.IntRange(1, 50), default=3, show_default=True,
              help="Events shown behind each alert.")
@handle_errors
def alerts(db, dyad, both_ways, start, end, data, by, window, z, min_index, drivers):
    """List escalation alerts with their explanation and the events behind them.

    A jump: a dyad's escalation index rises at least --z spreads above its baseline of the
    --window periods before, and to at least --min-index. A milestone: the first time a
    dyad with earlier events uses force (CAMEO 18-20), threatens unconventional weapons
    (1385) or uses unconventional mass violence (20). docs/analysis.md has the rules.
    """
    from rich.console import Console

    from .analysis import IndexRule
    from .analysis import alerts as find_alerts
    from .analysis.render import alerts_table

    pair = _dyad(dyad, both_ways)
    _check_range(start, end)
    rule = IndexRule(window=window, z=z, min_index=min_index)
    with _analysis_store(db) as store:
        found = find_alerts(store, by, start, end, pair, DATA_SOURCES[data], rule, drivers)
    if not found:
        err.print(f"No alerts{f' for {pair}' if pair else ''}.", highlight=False)
        return
    Console().print(alerts_table(found, f"{len(found)} alert{'s' if len(found) != 1 else ''}"
                                        f"{f' for {pair}' if pair else ''}, by {by}"))


@main.command()
@db_option
@analysis_options
@click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
              help="Only events carried by at least this many outlets.")
@click.option("--all", "show_all", is_flag=True,
              help="Also events no outlet asserts or reports (only intended, hypothetical, demanded, denied).")
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True, help="Most recent N (0: all).")
@click.option("--rebuild", is_flag=True, help="Merge every event again from scratch before listing.")
@handle_errors
def clusters(db, dyad, both_ways, start, end, data, min_outlets, show_all, limit, rebuild):
    """List merged events: reports of one happening from several articles, with their sources.

    Events merge when they have the same source and target countries, compatible CAMEO
    codes, overlapping dates and compatible locations (docs/analysis.md). Each outlet
    counts once, under the strongest modality it gives the event.
    """
    from rich.console import Console

    from .analysis import list_clusters, update_clusters
    from .analysis.render import clusters_table

    pair = _dyad(dyad, both_ways)
    _check_range(start, end)
    with _analysis_store(db) as store:
        if rebuild:
            update_clusters(store, rebuild=True)
        found = list_clusters(store, pair, start, end, min_outlets, not show_all, limit or None, DATA_SOURCES[data])
        total = store.query("SELECT count(*) FROM event_clusters")[0][0]
    if not found:
        err.print(f"No clusters{f' for {pair}' if pair else ''}; {total:,} in the database.", highlight=False)
        return
    Console().print(clusters_table(found, f"{len(found):,} merged events{f' for {pair}' if pair else ''} "
                                          f"({total:,} in the database)"))


# -- the web dashboard and REST API (warpath.web) ------------------------------------------------

@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback (127.0.0.1, ::1, localhost) needs --token.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", default=lambda: settings.get("token"), metavar="SECRET", show_default=False,
              help=_setting("token"))
@dictionary_options
@click.option("-q", "--quiet", is_flag=True, help="Print errors only: no request log.")
@handle_errors
def serve(db, host, port, token, model, actor_files, agent_files, verb_files, quiet):
    """Start the web dashboard and REST API on http://HOST:PORT/.

    Pages: the overview (escalation index of the most active dyads, latest alerts), a
    dyad's timeline (click a period for its events), the events table with filters, each
    event and its article with the evidence highlighted, a code page to paste an article
    into, and the actor network. The REST API is under /api/ (articles, events, clusters,
    timelines, alerts, POST /api/code); its OpenAPI schema is /openapi.json.

    The database is opened read-only while serving, so other processes can read it but
    not write it; storing a pasted article (POST /api/code?store=true) writes briefly from
    this process. Without --token the server listens on loopback only and anyone on this
    machine may store; with one, storing needs the header 'Authorization: Bearer SECRET'.
    """
    import uvicorn

    from .web import create_app
    from .web.pages import warm as warm_overview

    if not Path(db).exists():
        raise WarpathError("E070", path=db)
    spec = _spec(model, None, actor_files, agent_files, verb_files)
    app = create_app(db, token=token, pipeline_factory=spec.load, host=host)
    for note in app.state.db.notes:
        err.print(f"[yellow]warning[/]: {note}", markup=True, highlight=False)
    app.state.coder.warm()
    warm_overview(app.state.db)
    shown = f"[{host}]" if ":" in host else host
    err.print(f"warpath dashboard on http://{shown}:{port}/ for {db}{' (token required to store)' if token else ''}; "
              "Ctrl-C stops it.", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info", access_log=not quiet)
