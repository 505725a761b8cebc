"""Columns and dtypes of the four output tables (the contract in docs/schema.md).

One place declares every table; :func:`empty_frame` and :func:`to_frame` build pandas DataFrames with
exactly these columns, in this order, with pandas nullable dtypes (``string``, ``Int64``, ``Float64``,
``boolean``) so that nulls survive and codes such as HS ``0901`` or ISO ``NAM`` stay strings. Dates are
kept as ISO 8601 strings (``YYYY-MM-DD``) in the string dtype so that CSV, JSONL and Parquet carry the same
values; :func:`to_frame` converts ``datetime.date`` values.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Mapping

import pandas as pd

S, I, F, B = "string", "Int64", "Float64", "boolean"

CLAIMS: dict[str, str] = {
    "claim_id": S,
    "doc_id": S,
    "doc_url": S,
    "doc_title": S,
    "doc_published": S,
    "sentence_idx": I,
    "sentence": S,
    "value_text": S,
    "value_char_start": I,
    "value_char_end": I,
    "indicator": S,
    "value_type": S,
    "obs_value": F,
    "obs_value_raw": F,
    "unit_mult": I,
    "unit": S,
    "qualifier": S,
    "value_low": F,
    "value_high": F,
    "reporter": S,
    "partner": S,
    "flow": S,
    "reporter_text": S,
    "partner_text": S,
    "via": S,
    "product": S,
    "hs_code": S,
    "attribution": S,
    "period_text": S,
    "period_start": S,
    "period_end": S,
    "freq": S,
    "time_period": S,
    "period_source": S,
    "status": S,
    "base_period_start": S,
    "base_period_end": S,
    "converted_from": S,
    "confidence": F,
    "extractor_version": S,
    # added columns (the contract allows additions)
    "evidence": S,
}

QUANTITIES: dict[str, str] = {
    "doc_id": S,
    "sentence_idx": I,
    "value_text": S,
    "value_char_start": I,
    "value_char_end": I,
    "obs_value": F,
    "obs_value_raw": F,
    "unit_mult": I,
    "unit": S,
    "qualifier": S,
    "value_low": F,
    "value_high": F,
    "value_type": S,
    "is_claim": B,
    "claim_id": S,
    # added columns
    "kind": S,
    "rule_id": S,
    "reason": S,
}

ARTICLES: dict[str, str] = {
    "doc_id": S,
    "doc_url": S,
    "doc_title": S,
    "doc_published": S,
    "published_source": S,
    "n_chars": I,
    "text_sha256": S,
    "n_sentences": I,
    "n_quantities": I,
    "n_claims": I,
    "status": S,
    "text": S,
    # added columns
    "source": S,
}

ERRORS: dict[str, str] = {
    "source": S,
    "record": S,
    "doc_id": S,
    "error": S,
    "message": S,
}

TABLES: dict[str, dict[str, str]] = {
    "claims": CLAIMS,
    "quantities": QUANTITIES,
    "articles": ARTICLES,
    "errors": ERRORS,
}


def _cell(v):
    if isinstance(v, date):
        return v.isoformat()
    return v


def empty_frame(table: str) -> pd.DataFrame:
    """Return an empty DataFrame with the columns and dtypes of ``table`` (claims/quantities/articles/errors).

    Raises KeyError for an unknown table name.
    """
    cols = TABLES[table]
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in cols.items()})


def to_frame(table: str, rows: Iterable[Mapping]) -> pd.DataFrame:
    """Build a DataFrame of ``table`` from row dicts.

    Missing keys become nulls; keys that are not columns of the table are dropped; ``date`` values become
    ISO strings; every column is cast to its declared dtype. Raises KeyError for an unknown table and
    ValueError/TypeError when a value cannot be cast to its column's dtype.
    """
    cols = TABLES[table]
    rows = list(rows)
    data = {c: [_cell(r.get(c)) for r in rows] for c in cols}
    df = pd.DataFrame(data, columns=list(cols))
    for c, t in cols.items():
        if t == S:
            df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v))
        df[c] = df[c].astype(t)
    return df
