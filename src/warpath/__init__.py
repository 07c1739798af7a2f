"""warpath: who did what to whom, when and where, from the news.

    >>> import warpath
    >>> nlp = warpath.load()
    >>> doc = nlp("Ukraine fired missiles at Russia on Tuesday.", date="2024-11-22")
"""

from __future__ import annotations

__version__ = "0.1.0"

from .document import Actor, Article, Document, Sentence, TimeExpression  # noqa: E402
from .pipeline import Pipeline, load  # noqa: E402

__all__ = ["Actor", "Article", "Document", "Pipeline", "Sentence", "TimeExpression", "__version__", "load"]
