"""Publication dates of input records -> calendar dates.

The contract keeps an article's publication date as the calendar date on which it was published, in UTC when
the value carries a time zone (``2024-04-12T23:30:00-05:00`` -> 2024-04-13) and as written otherwise
(``2024-04-12T23:30:00`` -> 2024-04-12).

Forms read here with the standard library only (tried in this order):

- ``datetime.date`` / ``datetime.datetime`` / ``pandas.Timestamp`` objects (aware ones converted to UTC);
- numbers and digit strings of 9-10 digits: Unix seconds (UTC); 12-13 digits: Unix milliseconds;
- GDELT ``20240412T103000Z``, ``20240412103000`` (UTC) and compact ``20240412``;
- ISO 8601 ``2024-04-12``, ``2024-04-12T10:30:00Z``, ``2024-04-12 10:30:00+02:00``, fractions of seconds,
  ``2024/04/12``;
- RFC 2822 ``Fri, 12 Apr 2024 10:30:00 +0000`` (:func:`email.utils.parsedate_to_datetime`);
- English month-name forms ``April 12, 2024``, ``12 April 2024``, ``Apr 12 2024`` (``time.strptime``'s
  ``%B``/``%b``, i.e. the C locale's English month names; the library never changes the locale);
- anything else is handed to ``extractor.normalize.dateparse.parse_day`` (the dateparser adapter) when that
  adapter exists, and its answer is kept only when the value *writes out* the date it gave: the year as
  four digits, the day as a number, the month as a number or an English month name (``calendar`` module,
  C locale). Relative words ("yesterday", "today", "2 days ago", "last Friday") are never resolved: they
  give None (the reader reports ``bad_date``), and so do two-digit years ("12/04/24"), whose century would
  have to be guessed.

Years outside 1800..2200 are refused (a 9-digit id is not a 1970s timestamp by accident only so far).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

_MIN_YEAR, _MAX_YEAR = 1800, 2200

_GDELT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})Z?)?$")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T].*)?$")
_MONTH_FORMATS = (
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%b. %d, %Y",
    "%d %B, %Y",
    "%A, %B %d, %Y",
    "%a, %b %d, %Y",
)


def _ok(d: date | None) -> date | None:
    if d is None or not (_MIN_YEAR <= d.year <= _MAX_YEAR):
        return None
    return d


def _from_datetime(dt: datetime) -> date:
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        dt = dt.astimezone(timezone.utc)
    return dt.date()


def _from_epoch(seconds: float) -> date | None:
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _parse_str(s: str) -> date | None:
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        if len(s) in (9, 10):
            return _from_epoch(int(s))
        if len(s) in (12, 13):
            return _from_epoch(int(s) / 1000.0)
    m = _GDELT.match(s)
    if m:
        y, mo, d, hh, mm, ss = m.groups()
        try:
            return date(int(y), int(mo), int(d))  # GDELT times are UTC already: the date part is the UTC date
        except ValueError:
            return None
    iso = s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s
    try:
        return _from_datetime(datetime.fromisoformat(iso))
    except ValueError:
        pass
    m = _SLASHED.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if "," in s or ":" in s:
        try:
            return _from_datetime(parsedate_to_datetime(s))
        except (TypeError, ValueError, IndexError):
            pass
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", s)
    for fmt in _MONTH_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return _fallback(s)


def _number_in(s: str, n: int) -> bool:
    """True when ``n`` is written in ``s`` as a whole number (leading zeros allowed: ``04`` is 4)."""
    return re.search(rf"(?<!\d)0*{n:d}(?!\d)", s) is not None


def _month_in(s: str, month: int) -> bool:
    """True when ``month`` is written in ``s`` as a number or by its English name or abbreviation."""
    if _number_in(s, month):
        return True
    names = {calendar.month_name[month].lower(), calendar.month_abbr[month].lower()}
    words = re.findall(r"[^\W\d_]+", s.lower())
    full = calendar.month_name[month].lower()
    return any(w in names or (len(w) >= 3 and full.startswith(w)) for w in words)


def written_out(s: str, d: date) -> bool:
    """True when the text ``s`` writes out every part of the date ``d``: the year as four digits, the day
    as a number and the month as a number or a month name. A date resolved from relative words
    ("yesterday" -> 1999-12-31 against a fixed base) or a two-digit year fails this test."""
    if re.search(rf"(?<!\d){d.year:04d}(?!\d)", s) is None:
        return False
    return _number_in(s, d.day) and _month_in(s, d.month)


def _fallback(s: str) -> date | None:
    """Last resort: the project's dateparser adapter, when present. Its answer is kept only when ``s``
    writes that date out (:func:`written_out`): relative words and guessed parts are refused."""
    if re.search(r"\d{4}", s) is None:  # no four-digit year: nothing to read without guessing
        return None
    try:
        from ..normalize import dateparse  # type: ignore[attr-defined]
    except ImportError:
        return None
    fn = getattr(dateparse, "parse_day", None) or getattr(dateparse, "parse_date", None)
    if fn is None:
        return None
    try:
        out = fn(s)
    except Exception:  # an adapter bug must not stop reading: the record gets a bad_date warning instead
        return None
    if isinstance(out, datetime):
        return _from_datetime(out) if written_out(s, out.date()) else None
    return out if isinstance(out, date) and written_out(s, out) else None


def parse_published(value) -> date | None:
    """Parse a publication date given in any of the forms listed in the module docstring.

    Args:
        value: a ``str``, ``int``/``float`` (Unix seconds), ``date``/``datetime``/``pandas.Timestamp``,
            or None / NaN / ``pd.NA``.

    Returns:
        The calendar date (UTC when the value has a zone or is a timestamp), or None when the value is
        empty or cannot be read. Raises nothing.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, datetime):  # before date: datetime is a subclass of date
            if value != value:  # pandas NaT
                return None
            return _ok(_from_datetime(value))
        if isinstance(value, date):
            return _ok(value)
        if isinstance(value, int) and len(str(abs(value))) in (8, 14):
            return _ok(_parse_str(str(value)))  # 20240412 / 20240412103000 stored as a number
        if isinstance(value, (int, float)):
            if value != value:  # NaN
                return None
            return _ok(_from_epoch(float(value)))
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if not isinstance(value, str):
            if type(value).__name__ in ("NAType", "NaTType"):
                return None
            value = str(value)
        return _ok(_parse_str(value))
    except Exception:  # noqa: BLE001 - the contract: unparseable -> None, never an exception
        return None
