"""The ``warpath`` command line."""

from __future__ import annotations

import functools
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__, settings
from .batch import RunSummary, run
from .document import MODALITIES
from .errors import WarpathError
from .ingest import FORMATS, IngestOptions
from .render import render_documents
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
                          "code, note) or a PETRARCH verbs dictionary. Repeatable; later files win."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _load_pipeline(model, batch_size, actor_files, agent_files, verb_files):
    from .actors_dict import ActorDictionary
    from .pipeline import load

    actors = ActorDictionary.load_default()
    for path in agent_files:
        actors.add_phoenix_agents(path)
    pipeline = load(model, batch_size=batch_size, dictionary=actors, actor_files=actor_files,
                    verb_files=verb_files)
    for problem in pipeline.problems:
        err.print(f"[yellow]warning[/]: {problem}", markup=True, highlight=False)
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


def _run(paths, options, *, store, pipeline, quiet, batch_size, on_document=lambda d: None) -> RunSummary:
    reporter = Reporter(quiet=quiet)
    verb = "Coding" if pipeline else "Ingesting"
    try:
        with progress(verb, enabled=interactive() and not quiet) as advance:
            summary = run(paths, options, store=store, pipeline=pipeline, on_problem=reporter,
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
@handle_errors
def ingest(paths, default_date, input_format, max_bytes, fetch, batch_size, quiet, db):
    """Read articles from PATHS and store them in the database.

    Each article gets a stable id from its outlet and normalised text, so
    ingesting the same input twice stores it once. Articles without a date are
    stored with a warning. Each batch is stored whole or not at all.
    """
    options = _ingest_options(default_date, input_format, max_bytes, fetch)
    with Store(db) as store:
        summary = _run(paths, options, store=store, pipeline=None, quiet=quiet, batch_size=batch_size)
        _say_summary(summary, store, quiet)
    sys.exit(EXIT_INPUT_FAILED if summary.failed else EXIT_OK)


@main.command()
@input_options
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table: one row per article for reading; json: one JSON document per article per line; "
                   "csv: one row per article.")
@click.option("--no-store", is_flag=True, help="Print the coded articles without writing the database.")
@dictionary_options
@handle_errors
def code(paths, default_date, input_format, max_bytes, fetch, batch_size, quiet, db, fmt, no_store, model,
         actor_files, agent_files, verb_files):
    """Read articles from PATHS, run the pipeline on them, print and store the result.

    The pipeline splits sentences and parses them with spaCy; the result is
    stored with the article (unless --no-store) and printed on stdout.
    """
    options = _ingest_options(default_date, input_format, max_bytes, fetch)
    pipeline = _load_pipeline(model, batch_size, actor_files, agent_files, verb_files)
    store = None if no_store else Store(db)
    try:
        with render_documents(fmt, sys.stdout) as emit:
            summary = _run(paths, options, store=store, pipeline=pipeline, quiet=quiet,
                           batch_size=batch_size, on_document=emit)
        _say_summary(summary, store, quiet)
    finally:
        if store:
            store.close()
    sys.exit(EXIT_INPUT_FAILED if summary.failed else EXIT_OK)


@main.command()
@db_option
@click.option("--what", type=click.Choice(EXPORTABLE), default="articles", show_default=True,
              help="Which table to export.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="jsonl", show_default=True,
              help="Output format.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write (`-` for standard output; not for parquet).")
@handle_errors
def export(db, what, fmt, output):
    """Write stored articles (or their sentences, times or actors) as CSV, JSON Lines or Parquet."""
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database. Run `warpath ingest` first or pass --db.")
    if output == "-":
        if fmt == "parquet":
            raise click.BadParameter("parquet cannot be written to standard output; name a file.", param_hint="-o")
        output = "/dev/stdout"
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
