"""Notebook-facing API: :func:`extract`, :func:`extract_frame`, :func:`build_pipeline`."""
from __future__ import annotations

from datetime import date
from typing import Optional, Union

import pandas as pd


def build_pipeline(settings=None):
    """Return the spaCy ``Language`` with the tradeclaims components (built once per settings, cached)."""
    from .pipeline import get_nlp

    return get_nlp(settings)


def _as_date(published: Union[str, date, None]) -> Optional[date]:
    if published is None or isinstance(published, date):
        return published
    from .io.dates import parse_published

    return parse_published(published)


def extract(text: str, published: Union[str, date, None] = None, *, title: Optional[str] = None,
            doc_id: str = "text") -> pd.DataFrame:
    """Extract the trade claims of one text.

    Args:
        text: the article body (offsets in the result index this string).
        published: publication date (``date`` or a string in any form the readers accept); relative periods
            ("last year") are resolved against it, never against today. None leaves them unresolved.
        title: optional headline; it gives context (areas, products, periods) but no claims.
        doc_id: the doc_id to put on the rows.

    Returns:
        A DataFrame with the claims columns of the contract (``extractor.schema.CLAIMS``), one row per claim.
    """
    from .pipeline import Extractor
    from .schema import to_frame
    from .types import Article

    art = Article(doc_id=doc_id, text=text, title=title, published=_as_date(published),
                  published_source="record" if published else None)
    res = Extractor.default().process(art)
    return to_frame("claims", res.claims)


def extract_frame(frame: pd.DataFrame, *, text_col: str = "text", id_col: str = "id",
                  published_col: str = "published", title_col: str = "title") -> pd.DataFrame:
    """Extract the claims of every row of ``frame`` (one article per row) into one claims DataFrame.

    Missing optional columns are treated as null. Raises KeyError when ``text_col`` is missing.
    """
    from .pipeline import Extractor
    from .schema import to_frame
    from .types import Article

    ex = Extractor.default()
    rows: list[dict] = []
    arts = []
    for i, rec in enumerate(frame.to_dict("records")):
        pub = rec.get(published_col)
        arts.append(Article(doc_id=str(rec.get(id_col, i)), text=str(rec[text_col]),
                            title=rec.get(title_col), published=_as_date(pub) if pub else None))
    for _, res in ex.process_many(arts):
        rows.extend(res.claims)
    return to_frame("claims", rows)


EXPLAIN_COLUMNS = ("value_text", "indicator", "value_type", "obs_value", "unit", "qualifier", "value_low", "value_high",
                   "reporter", "partner", "flow", "via", "product", "hs_code", "period_text", "time_period",
                   "period_source", "base_period_start", "base_period_end", "status", "attribution", "converted_from",
                   "confidence", "evidence")


def explain(text: str, published: Union[str, date, None] = None, *, title: Optional[str] = None) -> str:
    """Explain the claims of a sentence or short text: one block per claim with every linked field and the
    pattern ids (``evidence``) that set it, then the figures that were not claims with the reason.

    Returns a multi-line string (what ``tradeclaims explain`` prints). Units as in the claims table.
    """
    from .pipeline import Extractor
    from .types import Article

    art = Article(doc_id="explain", text=text, title=title, published=_as_date(published),
                  published_source="option" if published else None)
    res = Extractor.default().process(art)
    lines = []
    if not res.claims:
        lines.append("no claims")
    for i, row in enumerate(res.claims, 1):
        lines.append(f"claim {i}: {row['value_text']!r} [{row['value_char_start']}:{row['value_char_end']}]")
        for col in EXPLAIN_COLUMNS[1:]:
            val = row.get(col)
            if col == "evidence" and val:
                lines.append("  evidence:")
                lines.extend(f"    {part}" for part in str(val).split(";"))
            else:
                lines.append(f"  {col}: {'' if val is None else val}")
    others = [q for q in res.quantities if not q.get("is_claim")]
    if others:
        lines.append("not claims:")
        for q in others:
            lines.append(f"  {q['value_text']!r}: {q.get('reason') or 'not a trade claim'}")
    return "\n".join(lines)
