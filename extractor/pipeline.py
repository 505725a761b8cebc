"""Build the spaCy pipeline once and turn articles into claim and quantity rows.

Flow: Article -> spaCy Doc (sentences, parse) with the publication date on ``doc.user_data`` ->
``tradeclaims_periods`` -> ``tradeclaims_quantities`` -> ``tradeclaims_claims`` -> row dicts with the
columns of ``extractor.schema.CLAIMS`` / ``QUANTITIES``.

(Work in progress: the components are being filled in; the interface below is stable.)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .types import Article


@dataclass
class ArticleResult:
    """What one article gives: claim rows, quantity rows (dicts keyed by schema columns), sentence count."""

    claims: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    n_sentences: int = 0


_NLP_CACHE: dict = {}


def get_nlp(settings=None):
    """Return the cached spaCy Language with the tradeclaims components."""
    from .nlp import load_language

    key = repr(settings)
    if key not in _NLP_CACHE:
        _NLP_CACHE[key] = load_language()
    return _NLP_CACHE[key]


class Extractor:
    """Turns :class:`~extractor.types.Article` objects into :class:`ArticleResult` rows."""

    _default = None

    def __init__(self, settings=None):
        self.settings = settings
        self.nlp = get_nlp(settings)

    @classmethod
    def default(cls) -> "Extractor":
        """A process-wide Extractor with default settings (the model loads once)."""
        if cls._default is None:
            cls._default = cls()
        return cls._default

    def process(self, article: Article) -> ArticleResult:
        """Extract one article. Raises nothing for odd text; a bug surfaces as an exception to the caller."""
        return next(iter(self.process_many([article])))[1]

    def process_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, ArticleResult]]:
        """Yield ``(article, result)`` for each article, in input order, batching through ``nlp.pipe``."""
        for art in articles:
            doc = self.nlp(art.text)
            yield art, ArticleResult(n_sentences=len(list(doc.sents)))
