"""tradeclaims: quantitative trade claims from news articles as tidy tables.

Public API (see the README and docs/):

- :func:`extract` -- the claims of one text as a pandas DataFrame with the contract's columns.
- :func:`extract_frame` -- claims of many articles (a DataFrame with ``id``/``text``/``published``).
- :func:`build_pipeline` -- the spaCy ``Language`` with the tradeclaims components.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import build_pipeline, extract, extract_frame  # noqa: E402

__all__ = ["__version__", "build_pipeline", "extract", "extract_frame"]
