"""spaCy components of tradeclaims (registered as factories when this module is imported).

Each component only annotates: it reads the Doc and writes plain, picklable values into
``doc.user_data["tradeclaims"]`` (a dict), so ``nlp.pipe(n_process=...)`` and Dask workers can carry them.
The decisions live in plain functions (:mod:`extractor.normalize.*`, :mod:`extractor.claims`).

Inputs the components read from ``doc.user_data``: ``tc_published`` (``datetime.date`` or None),
``tc_title`` (str or None), ``tc_doc`` (dict with doc_id, doc_url, doc_title).

Pipeline order: ``tradeclaims_mentions`` (sentences, areas, products) -> ``tradeclaims_periods`` ->
``tradeclaims_quantities`` -> ``tradeclaims_claims``. ``nlp.analyze_pipes()`` shows the flow.
"""
from __future__ import annotations

from spacy.language import Language

from .stages import claims_stage, mentions_stage, periods_stage, quantities_stage

__all__ = ["MentionsComponent", "PeriodsComponent", "QuantitiesComponent", "ClaimsComponent"]


class MentionsComponent:
    """Sentences (split at line breaks too), areas and products of every sentence and of the title."""

    def __call__(self, doc):
        mentions_stage(doc)
        return doc


class PeriodsComponent:
    """Period expressions per sentence, resolved against ``tc_published``."""

    def __call__(self, doc):
        periods_stage(doc)
        return doc


class QuantitiesComponent:
    """Figures per sentence; spans taken by periods and dates are excluded."""

    def __call__(self, doc):
        quantities_stage(doc)
        return doc


class ClaimsComponent:
    """Links figures to indicator, flow, areas, product, period, status: claim and quantity rows."""

    def __init__(self, version: str):
        self.version = version

    def __call__(self, doc):
        claims_stage(doc, self.version)
        return doc


@Language.factory("tradeclaims_mentions", requires=["token.is_sent_start"])
def make_mentions(nlp, name):
    return MentionsComponent()


@Language.factory("tradeclaims_periods", requires=["token.is_sent_start"])
def make_periods(nlp, name):
    return PeriodsComponent()


@Language.factory("tradeclaims_quantities", requires=["token.is_sent_start"])
def make_quantities(nlp, name):
    return QuantitiesComponent()


@Language.factory("tradeclaims_claims", default_config={"version": ""}, requires=["token.is_sent_start"])
def make_claims(nlp, name, version: str):
    return ClaimsComponent(version)
