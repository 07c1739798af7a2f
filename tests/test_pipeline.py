from __future__ import annotations

from datetime import date

import pytest

from warpath import Article, Document, Pipeline
from warpath.errors import WarpathError
from warpath.stages.parse import load_model


class Recorder:
    """A stage that records the batches it sees."""

    def __init__(self, name, requires=("article",), provides=()):
        self.name, self.requires, self.provides = name, requires, provides
        self.batches: list[int] = []

    def pipe(self, docs):
        self.batches.append(len(docs))
        for d in docs:
            d.warnings.append(self.name)
        return docs


def test_stages_run_in_order_on_batches():
    a, b = Recorder("a", provides=("x",)), Recorder("b", requires=("x",))
    p = Pipeline([a, b], batch_size=3)
    docs = list(p.pipe(Article(text=f"t{i}") for i in range(7)))
    assert [d.text for d in docs] == [f"t{i}" for i in range(7)]
    assert a.batches == b.batches == [3, 3, 1]
    assert docs[0].warnings == ["a", "b"]


def test_stage_order_is_checked_before_running():
    with pytest.raises(ValueError, match="needs"):
        Pipeline([Recorder("b", requires=("x",)), Recorder("a", provides=("x",))])


def test_call_on_text_with_string_date():
    doc = Pipeline([Recorder("a")])("Some text.", date="2024-11-22", source="W")
    assert isinstance(doc, Document)
    assert doc.article.date == date(2024, 11, 22) and doc.article.source == "W"


def test_bad_date_in_api_is_a_clear_error():
    with pytest.raises(WarpathError) as info:
        Pipeline([])("Text.", date="22/11/2024")
    assert info.value.code == "E040"


def test_unknown_model_is_a_clear_error():
    with pytest.raises(WarpathError) as info:
        load_model("no_such_model_pkg")
    assert info.value.code == "E021"


@pytest.mark.model
def test_parse_gives_sentences_with_offsets(nlp):
    text = "Ukraine fired missiles at Russia on Tuesday. Moscow said it shot down five of them."
    doc = nlp(text, date="2024-11-22")
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 44), (45, len(text))]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)
    assert doc.parse is not None and doc.parse[1].lemma_ == "fire"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # regression: the parser ran the paragraphs together and "the Red Sea.\nIran" was one actor
    "Ships avoided the Red Sea.\nIran, which backs the Houthis, condemned the US and British strikes.",
    "Ships avoided the Red Sea.\n\nIran, which backs the Houthis, condemned the US and British strikes.",
    "Ships avoided the Red Sea\n\nIran, which backs the Houthis, condemned the US and British strikes.",
])
def test_a_paragraph_begins_a_sentence(nlp, text):
    doc = nlp(text, date="2024-01-20")
    assert doc.sentences[-1].text == text[text.index("Iran"):]
    assert [(e.source.text, e.target.code, e.code) for e in doc.events] == [("Iran", "USA", "111"), ("Iran", "GBR", "111")]


@pytest.mark.model
def test_a_line_within_a_sentence_does_not_end_it(nlp):
    text = "Iran condemned the US and British\nstrikes on Yemen."
    assert len(nlp(text, date="2024-01-20").sentences) == 1


@pytest.mark.model
def test_unused_components_are_disabled(nlp):
    parser = nlp.get_stage("parse")
    assert "senter" not in parser.nlp.pipe_names


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "",
    "BREAKING: RUSSIA STRIKES DNIPRO WITH NEW MISSILE",
    "- point one\n- point two\n* point three",
    "He said: 'She told me \"they fired\" yesterday.'",
    "word " * 20000,
])
def test_odd_texts_parse_without_error(nlp, text):
    doc = nlp(text)
    assert sum(len(s.text) for s in doc.sentences) <= len(text)


@pytest.mark.model
def test_pipe_can_drop_the_parse(nlp):
    (doc,) = nlp.pipe([Article(text="Kyiv said.")], keep_parse=False)
    assert doc.parse is None and len(doc.sentences) == 1


@pytest.mark.model
def test_time_expression_in_a_verbless_fragment_does_not_hang(nlp):
    # regression: clause_tense compared spaCy tokens with `is` and looped forever
    doc = nlp("Gollum was in an accord with an anti- Gondor parade on Saturday.", date="2000-01-01")
    assert [t.text for t in doc.times] == ["Saturday"]
