"""Build the spaCy pipeline once and turn articles into claim and quantity rows.

Flow: Article -> spaCy Doc (tokenizer, tagger, parser for sentences) with the publication date, title and
ids on ``doc.user_data`` -> ``tradeclaims_mentions`` -> ``tradeclaims_periods`` ->
``tradeclaims_quantities`` -> ``tradeclaims_claims`` -> row dicts with the columns of
``extractor.schema.CLAIMS`` / ``QUANTITIES``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .types import Article

COMPONENTS = ("tradeclaims_mentions", "tradeclaims_periods", "tradeclaims_quantities", "tradeclaims_claims")


@dataclass
class ArticleResult:
    """What one article gives: claim rows, quantity rows (dicts keyed by schema columns), sentence count."""

    claims: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    n_sentences: int = 0


_NLP_CACHE: dict = {}


def get_nlp(settings=None):
    """Return the cached spaCy ``Language`` with the tradeclaims components appended.

    The English model is loaded by :func:`extractor.nlp.load_language` (NER disabled: areas come from our
    lexicon). Raises SettingsError when no model is installed.
    """
    from . import __version__
    from . import components  # noqa: F401  (registers the factories)
    from .nlp import load_language

    key = repr(settings)
    if key not in _NLP_CACHE:
        nlp = load_language()
        for name in COMPONENTS:
            cfg = {"version": __version__} if name == "tradeclaims_claims" else {}
            nlp.add_pipe(name, config=cfg)
        _NLP_CACHE[key] = nlp
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

    def _make_doc(self, art: Article):
        doc = self.nlp.make_doc(art.text)
        doc.user_data["tc_published"] = art.published
        doc.user_data["tc_title"] = art.title or None
        doc.user_data["tc_doc"] = {"doc_id": art.doc_id, "doc_url": art.url, "doc_title": art.title}
        return doc

    def process(self, article: Article) -> ArticleResult:
        """Extract one article. A bug surfaces as an exception to the caller (the runner records it)."""
        return next(iter(self.process_many([article])))[1]

    def process_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, ArticleResult]]:
        """Yield ``(article, result)`` for each article, in input order, batching through ``nlp.pipe``.

        Documents are not kept: each Doc is turned into rows and dropped.
        """
        import itertools

        it = iter(articles)
        while True:
            batch = list(itertools.islice(it, batch_size))
            if not batch:
                return
            docs = (self._make_doc(a) for a in batch)
            for art, doc in zip(batch, self.nlp.pipe(docs, batch_size=batch_size)):
                yield art, self._result(doc)

    @staticmethod
    def _result(doc) -> ArticleResult:
        ud = doc.user_data.get("tradeclaims", {})
        return ArticleResult(claims=ud.get("claims", []), quantities=ud.get("quantities", []),
                             n_sentences=len(ud.get("sents", [])))
