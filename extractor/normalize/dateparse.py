"""Adapter around ``dateparser``: the only module of the package that imports it.

dateparser is used for one job only: reading a single, fully explicit calendar day ("March 17, 2024",
"17 March 2024", "Mar. 17 2024") that the period grammar (:mod:`extractor.normalize.periods`) has already
located. Everything else (years, quarters, spans, fiscal years, relative periods) is resolved by the grammar
itself, because dateparser turns "Q3 2023" into one day and reads "in 2023" with today's month and day.

dateparser is imported lazily (the first call pays the import) and is always given a fixed
``RELATIVE_BASE``: the article's publication date when known, else a fixed sentinel date, never today.
"""
from __future__ import annotations

import functools
from datetime import date, datetime
from typing import Optional

# A fixed reference used when no publication date is known. With REQUIRE_PARTS day/month/year it is never
# used to fill in a missing part; it only keeps dateparser from consulting the system clock.
_SENTINEL_BASE = datetime(2000, 1, 1)


def _settings(published: Optional[date]) -> dict:
    base = datetime(published.year, published.month, published.day) if published else _SENTINEL_BASE
    return {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY",
    }


@functools.lru_cache(maxsize=4096)
def parse_day(text: str, published: Optional[date] = None) -> Optional[date]:
    """Parse one explicit calendar day with day, month and year, e.g. ``"March 17, 2024"`` -> date(2024, 3, 17).

    Args:
        text: the date as written (English). It must name a day, a month and a year; anything less
            ("March 17", "2024", "Q3 2023") returns None, since those are the period grammar's job.
        published: the article's publication date, passed to dateparser as ``RELATIVE_BASE``
            (a fixed sentinel when None: the system clock is never used).

    Returns:
        A :class:`datetime.date`, or None when dateparser cannot read a complete day.

    Raises:
        Nothing for unreadable text; ImportError only if dateparser is not installed.
    """
    import dateparser  # lazy: importing dateparser costs ~0.3 s

    try:
        dt = dateparser.parse(text, languages=["en"], settings=_settings(published))
    except (ValueError, OverflowError):  # pragma: no cover - defensive against odd inputs
        return None
    return dt.date() if dt is not None else None
