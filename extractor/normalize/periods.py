"""Period grammar: find the time spans named in a sentence and resolve them to calendar dates.

The rules are data: ``patterns/p_periods.jsonl`` (one regex skeleton per expression form, with an ``id``
and the ``kind`` of resolver that turns its named groups into dates), ``patterns/p_period_macros.jsonl``
(shared regex pieces such as a year or a fiscal label), ``patterns/p_months.jsonl`` and
``patterns/p_words.jsonl`` (month names, ordinals, number words, cue words) and ``patterns/p_fiscal_years.jsonl`` (fiscal-year conventions by
area, with sources). This module holds only the resolvers: calendar arithmetic, no word lists.

Offsets are Python ``str`` indices into the text given to :func:`find_periods`, end exclusive.
Relative expressions ("last year", "in March", "the current fiscal") are resolved against the article's
publication date, never against today; with no publication date their dates stay None.
``dateparser`` is used (through :mod:`extractor.normalize.dateparse`) only for fully explicit days.

See docs/periods.md for every form, the fiscal-year conventions and the role of each period.
"""
from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from datetime import date, timedelta
from typing import Callable, Optional

from ..errors import PatternError
from ..rules import load_rules
from ..types import Period
from . import dateparse

__all__ = ["find_periods", "period_fields", "resolve_base", "resolve_anaphoric", "fiscal_convention"]

ROLES = ("period", "base", "rate", "open", "date")

# --------------------------------------------------------------------------------------------------
# calendar helpers


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _shift_date(d: date, months: int) -> date:
    """Shift a date by whole months, keeping month ends as month ends (Feb 29 -> Feb 28)."""
    y, m = _add_months(d.year, d.month, months)
    last = calendar.monthrange(y, m)[1]
    if d.day == calendar.monthrange(d.year, d.month)[1]:
        return date(y, m, last)
    return date(y, m, min(d.day, last))


def _is_whole_months(start: date, end: date) -> bool:
    return start.day == 1 and end == _month_end(end.year, end.month)


def _n_months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def period_fields(start: date, end: date) -> tuple[str, str]:
    """Return ``(freq, time_period)`` for an inclusive span of days, as the contract defines them.

    A span that is exactly a calendar year, half, quarter, month, ISO week (Monday-Sunday) or day takes
    ``A``/``S``/``Q``/``M``/``W``/``D`` and the SDMX TIME_PERIOD (``2023``, ``2023-S1``, ``2023-Q4``,
    ``2023-03``, ``2024-W11``, ``2024-03-17``). Any other span is ``P`` with an ISO 8601 interval as precise
    as the span: whole calendar years ``2016/2018``, whole months ``2023-04/2024-03``, else days
    ``2024-02-19/2024-03-17``.

    Raises:
        ValueError: when ``end`` is before ``start``.
    """
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    if start == end:
        return "D", start.isoformat()
    if (end - start).days == 6 and start.weekday() == 0:
        iso = start.isocalendar()
        return "W", f"{iso[0]}-W{iso[1]:02d}"
    if _is_whole_months(start, end):
        n = _n_months(start, end)
        if n == 1:
            return "M", f"{start.year}-{start.month:02d}"
        if start.year == end.year:
            if n == 12:
                return "A", str(start.year)
            if n == 6 and start.month in (1, 7):
                return "S", f"{start.year}-S{1 if start.month == 1 else 2}"
            if n == 3 and start.month in (1, 4, 7, 10):
                return "Q", f"{start.year}-Q{(start.month - 1) // 3 + 1}"
        if start.month == 1 and end.month == 12:
            return "P", f"{start.year}/{end.year}"
        return "P", f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"
    return "P", f"{start.isoformat()}/{end.isoformat()}"


# --------------------------------------------------------------------------------------------------
# rule data


@functools.lru_cache(maxsize=None)
def _lexicons() -> dict:
    months = load_rules("p_months", required={"month": int, "names": list})
    words = load_rules(
        "p_words",
        required={"kind": str, "words": list},
        optional={"value": int},
        allowed_values={"kind": ["ordinal", "cardinal", "weekday", "year_cue", "base_cue", "base_noun",
                                 "change_cue", "rate_unit", "event_noun", "base_cue_figure",
                                 "not_rate_before", "count_noun"]},
    )
    month_of: dict[str, int] = {}
    full: list[str] = []
    forms: list[str] = []
    for r in months:
        for i, name in enumerate(r["names"]):
            month_of[name.lower()] = r["month"]
            for variant in {name, name.upper()}:
                if i == 0:
                    full.append(re.escape(variant))
                    forms.append(re.escape(variant))
                else:
                    forms.append(re.escape(variant) + r"\.?")
    by_kind: dict[str, dict[str, Optional[int]]] = {}
    for r in words:
        for w in r["words"]:
            by_kind.setdefault(r["kind"], {})[w.lower()] = r.get("value")

    def alt(ws, case_sensitive=False):
        body = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in ws), key=len, reverse=True))
        return f"(?-i:{body})" if case_sensitive else f"(?:{body})"

    def alt_forms(fs):
        return "(?-i:" + "|".join(sorted(fs, key=len, reverse=True)) + r")(?![A-Za-z])"

    weekdays = [w for r in words if r["kind"] == "weekday" for w in r["words"]]
    subst = {
        "MONTH": alt_forms(forms),
        "MONTHF": alt_forms(full),
        "ORD": alt(by_kind["ordinal"]) + r"(?![\w])",
        "CARD": alt(by_kind["cardinal"]) + r"(?![\w])",
        "WEEKDAY": alt(weekdays + [w.upper() for w in weekdays], case_sensitive=True) + r"(?![A-Za-z])",
        "YEAR_CUE": alt(by_kind["year_cue"]),
        "EVENT": alt(by_kind["event_noun"]),
        "BASE_NOUN": alt(by_kind["base_noun"]),
        "COUNT_NOUN": alt(by_kind["count_noun"]),
    }
    return {"month_of": month_of, "words": by_kind, "subst": subst,
            "weekday_of": {w.lower(): v for w, v in by_kind["weekday"].items()}}


@functools.lru_cache(maxsize=None)
def _fiscal_table() -> dict[str, tuple[int, str, str]]:
    rows = load_rules("p_fiscal_years", required={"area": str, "start_month": int, "label": str},
                      allowed_values={"label": ["end", "start"], "start_month": list(range(1, 13))})
    return {r["area"].upper(): (r["start_month"], r["label"], r["id"]) for r in rows}


def fiscal_convention(area: Optional[str]) -> Optional[tuple[int, str]]:
    """Return ``(start_month, label)`` of the fiscal year of an ISO3 area, or None if unknown.

    ``label`` is ``"end"`` when a single-year label ("FY24", "fiscal 2024") names the calendar year in which
    the fiscal year ends (India, USA, UK, Australia...) and ``"start"`` when it names the year in which it
    begins (Japan). Table: ``patterns/p_fiscal_years.jsonl`` (each row cites its source).
    """
    if not area:
        return None
    row = _fiscal_table().get(area.upper())
    return (row[0], row[1]) if row else None


_MACRO_REF = re.compile(r"\{\{([A-Z0-9_]+)(?::([^}]*))?\}\}")
_LEX_REF = re.compile(r"@([A-Z_]+)@")


@functools.lru_cache(maxsize=None)
def _rules() -> tuple[dict, ...]:
    lex = _lexicons()
    macro_rows = load_rules("p_period_macros", required={"name": str, "regex": str})
    macros = {m["name"]: m["regex"] for m in macro_rows}
    rows = load_rules(
        "p_periods",
        required={"kind": str, "pattern": str},
        optional={"role": str, "freq": str, "unit": str, "n": int, "shift_unit": str, "shift_n": int,
                  "compare": bool, "refers": str},
        allowed_values={"kind": list(_RESOLVERS), "role": list(ROLES), "refers": ["context"]},
    )

    def expand(pattern: str) -> str:
        for _ in range(10):
            new = _MACRO_REF.sub(lambda m: macros[m.group(1)].replace("$s", m.group(2) or ""), pattern)
            if new == pattern:
                break
            pattern = new
        return _LEX_REF.sub(lambda m: lex["subst"][m.group(1)], pattern)

    out = []
    for order, r in enumerate(rows):
        try:
            unknown = [name for name, _ in _MACRO_REF.findall(r["pattern"]) if name not in macros]
            if unknown:
                raise KeyError(unknown[0])
            rx = re.compile(r"(?<!\w)(?:" + expand(r["pattern"]) + ")", re.IGNORECASE)
        except (re.error, KeyError) as exc:
            where = f"p_periods.jsonl:{r['_line']}"
            raise PatternError("E010", f"{where}: rule {r['id']!r} does not compile ({exc})") from None
        out.append({**r, "rx": rx, "order": order})
    return tuple(out)


def _rule_by_id(rule_id: str) -> Optional[dict]:
    for r in _rules():
        if r["id"] == rule_id:
            return r
    return None


# --------------------------------------------------------------------------------------------------
# resolution context


@dataclasses.dataclass
class _Ctx:
    text: str
    published: Optional[date]
    fiscal: Optional[tuple[int, str]]
    lex: dict


@dataclasses.dataclass
class _Res:
    """What a resolver returns: dates (or None), a freq hint, flags."""

    start: Optional[date] = None
    end: Optional[date] = None
    freq: Optional[str] = None
    relative: bool = False
    anaphoric: bool = False
    base_shift: Optional[tuple] = None
    role: Optional[str] = None
    span: Optional[tuple[int, int]] = None
    extra: Optional[list] = None  # further (span, _Res) pairs from one match (comparisons)


def _g(gd: dict, name: str, sfx: str = "") -> Optional[str]:
    return gd.get(name + sfx)


def _num(ctx: _Ctx, s: Optional[str]) -> Optional[int]:
    if s is None:
        return None
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    s = re.sub(r"\s+", " ", s)
    return ctx.lex["words"]["cardinal"].get(s)


def _month(ctx: _Ctx, s: Optional[str]) -> Optional[int]:
    if not s:
        return None
    return ctx.lex["month_of"].get(s.rstrip(".").lower())


def _yy(s: str) -> int:
    v = int(s)
    if len(s) == 4:
        return v
    return 2000 + v if v < 70 else 1900 + v


def _recent_year(pub: date, month: int) -> int:
    """Year of the most recent ``month`` not after the publication month."""
    return pub.year if month <= pub.month else pub.year - 1


class _Reject(Exception):
    """Raised by a resolver to drop its match (a shorter or other rule may then take the text)."""


@dataclasses.dataclass
class _YRef:
    """A resolved year expression: a calendar year or a fiscal year (first day and length 12 months)."""

    kind: str  # "cal" | "fy"
    year: Optional[int] = None  # calendar year
    fy_start: Optional[date] = None  # first day of the fiscal year
    relative: bool = False
    resolved: bool = True


def _fy_start(ctx: _Ctx, single: Optional[int], first: Optional[int],
              start_month: Optional[int]) -> Optional[date]:
    conv = ctx.fiscal
    label = conv[1] if conv else "end"
    sm = start_month or (conv[0] if conv else None)
    if sm is None:
        return None
    if first is not None:
        if sm == 1:
            return None
        return date(first, sm, 1)
    if single is None:
        return None
    if label == "start" or sm == 1:
        return date(single, sm, 1)
    return date(single - 1, sm, 1)


def _fiscal_labels(gd: dict, sfx: str) -> Optional[tuple[Optional[int], Optional[int], str]]:
    """Read the FYX macro groups: (single_label_year, first_year_of_two, form), or None if absent/invalid."""
    a, b = _g(gd, "fa", sfx), _g(gd, "fb", sfx)
    c, d = _g(gd, "fc", sfx), _g(gd, "fd", sfx)
    e, f = _g(gd, "fe", sfx), _g(gd, "ff", sfx)
    if a is not None:
        if b is not None:
            y1, y2 = _yy(a), _yy(b) if len(b) == 4 else _yy(a[:2] + b if len(a) == 4 else b)
            return (None, y1, "fy2") if y2 == y1 + 1 else None
        return (_yy(a), None, "fy1")
    if c is not None:
        if d is not None:
            y1 = int(c)
            y2 = int(d) if len(d) == 4 else int(c[:2] + d)
            return (None, y1, "fy2") if y2 == y1 + 1 else None
        return (int(c), None, "fy1")
    if e is not None:
        y1 = int(e)
        y2 = int(f) if len(f) == 4 else int(e[:2] + f)
        if y2 != y1 + 1:
            return None
        return (None, y1, "yy" if len(f) == 2 else "yyyy")
    return None


def _yexp(ctx: _Ctx, gd: dict, sfx: str = "", fiscal_months_shift: int = 0) -> Optional[_YRef]:
    """Resolve the YEXP macro groups with suffix ``sfx``. None when the expression has no year part.

    ``fiscal_months_shift``: months to subtract from a parenthetical start month ("first half of fiscal 2024
    (October-March)" gives the half's months; for the second half the fiscal year starts 6 months earlier).
    """
    y = _g(gd, "y", sfx)
    if y is not None:
        return _YRef("cal", int(y))
    rel = _g(gd, "yrel", sfx)
    if rel is not None:
        if ctx.published is None:
            return _YRef("cal", None, relative=True, resolved=False)
        word = rel.lower().split()[-1]
        off = {"last": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "next": 1,
               "following": 1}[word]
        return _YRef("cal", ctx.published.year + off, relative=True)
    fl = _fiscal_labels(gd, sfx)
    if fl is None:
        if any(_g(gd, k, sfx) is not None for k in ("fa", "fc", "fe")):
            raise _Reject  # "2020-2023" is not a fiscal label: let the year-span rule take it
        return None
    single, first, form = fl
    fm1 = _month(ctx, _g(gd, "fm1", sfx))
    sm = None
    if fm1:
        sm = _add_months(2000, fm1, -fiscal_months_shift)[1]
    if form == "yyyy" and ctx.fiscal is None and sm is None:
        return None  # "2023-2024" with no fiscal convention: a span of calendar years (year_span rule)
    start = _fy_start(ctx, single, first, sm)
    if start is None:
        return _YRef("fy", resolved=False)
    return _YRef("fy", fy_start=start)


def _span_of_months(y: int, m: int, n: int) -> tuple[date, date]:
    ey, em = _add_months(y, m, n - 1)
    return date(y, m, 1), _month_end(ey, em)


# --------------------------------------------------------------------------------------------------
# resolvers: (ctx, match, rule) -> _Res | None  (None rejects the match)

_FREQ_OF_UNIT = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "S", "half-year": "S",
                 "year": "A", "annum": "A", "fortnight": "P", "period": "P", "season": "P",
                 "fiscal year": "P", "financial year": "P"}


def _unit(s: Optional[str]) -> Optional[str]:
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s.lower())
    if s in ("fiscal year", "financial year", "half-year"):
        return s
    return s[:-1] if s.endswith("s") else s


def _r_year(ctx, m, rule):
    gd = m.groupdict()
    if gd.get("y") is None and gd.get("yc") is not None:  # "the 2023 calendar year"
        gd["y"] = gd["yc"]
    yr = _yexp(ctx, gd)
    if yr is None:
        return None
    if not yr.resolved:
        return _Res(freq="A" if yr.kind == "cal" else "P", relative=yr.relative)
    if yr.kind == "fy":
        return _Res(yr.fy_start, _shift_date(yr.fy_start, 12) - timedelta(days=1))
    return _Res(date(yr.year, 1, 1), date(yr.year, 12, 31), relative=yr.relative)


def _r_year_span(ctx, m, rule):
    gd = m.groupdict()
    y1, y2 = int(gd.get("ya") or gd["yc"]), int(gd.get("yb") or gd["yd"])
    if y2 <= y1:
        return None
    return _Res(date(y1, 1, 1), date(y2, 12, 31))


def _r_decade(ctx, m, rule):
    d = int(m.group("dec"))
    return _Res(date(d, 1, 1), date(d + 9, 12, 31))


def _r_year_part(ctx, m, rule):
    gd = m.groupdict()
    part = (gd.get("part") or gd.get("part2") or "").lower()
    y = int(gd.get("y") or gd.get("yb"))
    if part == "end":
        return _Res(date(y, 12, 31), date(y, 12, 31))
    if part in ("start", "beginning"):
        return _Res(date(y, 1, 1), date(y, 1, 1))
    return _Res(freq=None)


def _r_fiscal_year(ctx, m, rule):
    yr = _yexp(ctx, m.groupdict())
    if yr is None or yr.kind != "fy":
        return None
    if not yr.resolved:
        return _Res(freq="P")
    return _Res(yr.fy_start, _shift_date(yr.fy_start, 12) - timedelta(days=1))


def _r_marketing_year(ctx, m, rule):
    gd = m.groupdict()
    e = gd.get("fe") or gd.get("fe2") or gd.get("fe3")
    f = gd.get("ff") or gd.get("ff2") or gd.get("ff3")
    y1 = int(e)
    y2 = int(f) if len(f) == 4 else int(e[:2] + f)
    if y2 != y1 + 1:
        return None
    fm1 = _month(ctx, gd.get("fm1"))
    if not fm1:
        return _Res(freq="P")
    return _Res(*_span_of_months(y1, fm1, 12))


def _r_fiscal_rel(ctx, m, rule):
    rel = m.group("rel").lower()
    if ctx.published is None or ctx.fiscal is None:
        return _Res(freq="P", relative=True)
    sm = ctx.fiscal[0]
    pub = ctx.published
    y0 = pub.year if pub.month >= sm else pub.year - 1
    off = {"current": 0, "this": 0, "last": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}[rel]
    s, e = _span_of_months(y0 + off, sm, 12)
    return _Res(s, e, relative=True)


def _sub_of_year(ctx, yr: Optional[_YRef], month_offset: int, n_months: int, freq: str, recent_month: int):
    """A sub-period (quarter, half, first n months) of a year expression, or of the most recent such year."""
    if yr is None:
        if ctx.published is None:
            return _Res(freq=freq, relative=True)
        y = _recent_year(ctx.published, recent_month)
        s, e = _span_of_months(y, 1 + month_offset, n_months)
        return _Res(s, e, relative=True)
    if not yr.resolved:
        return _Res(freq=freq, relative=yr.relative)
    if yr.kind == "fy":
        y, mo = _add_months(yr.fy_start.year, yr.fy_start.month, month_offset)
    else:
        y, mo = yr.year, 1 + month_offset
    s, e = _span_of_months(y, mo, n_months)
    return _Res(s, e, relative=yr.relative)


def _r_quarter(ctx, m, rule):
    gd = m.groupdict()
    q = gd.get("q") or gd.get("q2")
    word = (gd.get("ord") or "").lower()
    if q is not None:
        q = int(q)
    else:
        q = ctx.lex["words"]["ordinal"].get(word)
        if q is None or q > 4:
            return None
    if gd.get("yy") is not None:
        y = _yy(gd["yy"])
        s, e = _span_of_months(y, 1 + 3 * ((q if q > 0 else 4) - 1), 3)
        return _Res(s, e)
    has_fiscal = gd.get("fm1") is not None
    yr = _yexp(ctx, gd, fiscal_months_shift=3 * ((q if q > 0 else 4) - 1) if has_fiscal else 0)
    if q == -1 and yr is None and word == "last":
        # "the last quarter" with no year: the quarter before the publication quarter
        return _r_rel_shift(ctx, "quarter", -1)
    qq = 4 if q == -1 else q
    return _sub_of_year(ctx, yr, 3 * (qq - 1), 3, "Q", 3 * (qq - 1) + 1)


def _r_quarter_span(ctx, m, rule):
    gd = m.groupdict()
    q1, q2 = int(gd["q"]), int(gd["qb"])
    if q2 <= q1:
        return None
    yr = _yexp(ctx, gd)
    return _sub_of_year(ctx, yr, 3 * (q1 - 1), 3 * (q2 - q1 + 1), "P", 3 * (q1 - 1) + 1)


def _r_half(ctx, m, rule):
    gd = m.groupdict()
    h = gd.get("h") or gd.get("h2")
    if h is not None:
        h = int(h)
    else:
        w = gd["hw"].lower()
        h = 1 if w in ("first", "1st") else 2
    if gd.get("yy") is not None:
        s, e = _span_of_months(_yy(gd["yy"]), 1 + 6 * (h - 1), 6)
        return _Res(s, e)
    yr = _yexp(ctx, gd, fiscal_months_shift=6 * (h - 1))
    return _sub_of_year(ctx, yr, 6 * (h - 1), 6, "S", 6 * (h - 1) + 1)


def _r_first_n(ctx, m, rule):
    gd = m.groupdict()
    n = _num(ctx, gd.get("n"))
    if not n:
        return None
    months = n * 3 if rule.get("unit") == "quarter" else n
    if months > 12:
        return None
    yr = _yexp(ctx, gd)
    return _sub_of_year(ctx, yr, 0, months, "P", 1)


def _r_last_n_of(ctx, m, rule):
    gd = m.groupdict()
    n = _num(ctx, gd.get("n"))
    if not n or n > 12:
        return None
    yr = _yexp(ctx, gd)
    return _sub_of_year(ctx, yr, 12 - n, n, "P", 13 - n)


def _r_month(ctx, m, rule):
    gd = m.groupdict()
    mo = _month(ctx, gd.get("mon"))
    if mo is None:
        return None
    yr = _yexp(ctx, gd)
    if yr is None:
        if ctx.published is None:
            return _Res(freq="M", relative=True)
        y = _recent_year(ctx.published, mo)
        return _Res(date(y, mo, 1), _month_end(y, mo), relative=True)
    if not yr.resolved:
        return _Res(freq="M", relative=yr.relative)
    if yr.kind == "fy":  # "March FY24": the month inside that fiscal year
        y = yr.fy_start.year if mo >= yr.fy_start.month else yr.fy_start.year + 1
    else:
        y = yr.year
    return _Res(date(y, mo, 1), _month_end(y, mo), relative=yr.relative)


def _r_month_rel(ctx, m, rule):
    gd = m.groupdict()
    mo = _month(ctx, gd.get("mon"))
    rel = gd["rel"].lower()
    if ctx.published is None:
        return _Res(freq="M", relative=True)
    pub = ctx.published
    if rel in ("last", "past", "previous"):
        y = pub.year if mo < pub.month else pub.year - 1
    elif rel == "this":
        y = pub.year
    else:  # next
        y = pub.year if mo > pub.month else pub.year + 1
    return _Res(date(y, mo, 1), _month_end(y, mo), relative=True)


def _change_before(ctx: _Ctx, pos: int) -> bool:
    """True when the clause before ``pos`` holds a change cue ("fell 53% from March to December")."""
    left = ctx.text[max(0, pos - 80):pos]
    left = re.split(r"[;:.!?]\s|,\s(?:and|but|while)\s", left)[-1].lower()
    for w in ctx.lex["words"]["change_cue"]:
        if w == "%":
            if "%" in left:
                return True
        elif re.search(r"(?<![\w])" + re.escape(w).replace(r"\ ", r"\s+") + r"(?![\w])", left):
            return True
    return False


def _r_month_span(ctx, m, rule):
    gd = m.groupdict()
    m1, m2 = _month(ctx, gd.get("mona")), _month(ctx, gd.get("monb"))
    if m1 is None or m2 is None or m1 == m2 and gd.get("ya") is None:
        return None
    ya = gd.get("ya")
    yr = _yexp(ctx, gd)
    freq_hint = rule.get("freq") or "P"
    if yr is not None and not yr.resolved:
        return _Res(freq=freq_hint, relative=yr.relative)
    if yr is not None and yr.kind == "fy":
        fy = yr.fy_start
        y1 = fy.year if m1 >= fy.month else fy.year + 1
        y2 = fy.year if m2 >= fy.month else fy.year + 1
    elif yr is not None:
        y2 = yr.year
        y1 = int(ya) if ya else (y2 if m1 <= m2 else y2 - 1)
    elif ya:
        y1 = int(ya)
        y2 = y1 if m2 >= m1 else y1 + 1
    else:
        if ctx.published is None:
            return _Res(freq=freq_hint, relative=True)
        y1 = _recent_year(ctx.published, m1)
        y2 = y1 if m2 >= m1 else y1 + 1
    s, e = date(y1, m1, 1), _month_end(y2, m2)
    if e < s:
        return None
    relative = yr.relative if yr is not None else not ya
    if rule.get("compare") and _change_before(ctx, m.start()):
        # "fell 53% from March to December 2022": base = March, period = December
        base = _Res(date(y1, m1, 1), _month_end(y1, m1), relative=relative, role="base", span=m.span("mona"))
        end_span = (m.start("monb"), m.end())
        return _Res(date(y2, m2, 1), _month_end(y2, m2), relative=relative, span=end_span, extra=[base])
    return _Res(s, e, relative=relative)


def _day_year(ctx, mo: int, d: int, y: Optional[str], nearest: bool) -> Optional[date]:
    if y is not None:
        yy = int(y)
    elif ctx.published is None:
        return None
    else:
        pub = ctx.published
        if nearest:  # the year that puts the day closest to the publication date
            cands = []
            for yy in (pub.year - 1, pub.year, pub.year + 1):
                try:
                    cands.append((abs((date(yy, mo, d) - pub).days), yy))
                except ValueError:
                    continue
            if not cands:
                return None
            yy = min(cands)[1]
        else:  # the most recent such day not after publication
            yy = pub.year
            try:
                if date(yy, mo, d) > pub:
                    yy -= 1
            except ValueError:
                yy -= 1
    try:
        return date(yy, mo, d)
    except ValueError:
        return None


def _r_day(ctx, m, rule):
    gd = m.groupdict()
    mo = _month(ctx, gd.get("mon"))
    d = int(gd["d"])
    if gd.get("y") is not None:
        day = dateparse.parse_day(m.group(0), ctx.published) or _day_year(ctx, mo, d, gd["y"], True)
        if day is None:
            return None
        return _Res(day, day)
    if ctx.published is None:
        return _Res(freq="D", relative=True)
    day = _day_year(ctx, mo, d, None, nearest=True)
    if day is None:
        return None
    return _Res(day, day, relative=True)


def _r_iso_day(ctx, m, rule):
    try:
        day = date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None
    return _Res(day, day)


def _r_day_span(ctx, m, rule):
    gd = m.groupdict()
    m1 = _month(ctx, gd.get("mona"))
    m2 = _month(ctx, gd.get("monb")) or m1
    m1 = m1 or m2
    d1, d2 = int(gd["da"]), int(gd["db"])
    y2 = gd.get("yb") or gd.get("ya")
    y1 = gd.get("ya") or y2
    if y2 is None and ctx.published is None:
        return _Res(freq="P", relative=True)
    if y2 is None:
        end = _day_year(ctx, m2, d2, None, nearest=False)
        start = _day_year(ctx, m1, d1, None, nearest=False)
        if start is None or end is None:
            return None
        if start > end:
            start = date(start.year - 1, start.month, start.day)
        return _Res(start, end, relative=True)
    try:
        start, end = date(int(y1), m1, d1), date(int(y2), m2, d2)
    except ValueError:
        return None
    if end < start:
        return None
    return _Res(start, end)


def _r_weekday(ctx, m, rule):
    if ctx.published is None:
        return _Res(freq="D", relative=True)
    wd = ctx.lex["weekday_of"][m.group("wd").lower()]
    back = (ctx.published.weekday() - wd) % 7
    day = ctx.published - timedelta(days=back)
    return _Res(day, day, relative=True)


def _end_date(ctx, gd) -> tuple[Optional[date], bool, bool]:
    """The ENDDATE macro (suffix e): (last day, day_given, relative)."""
    mo = _month(ctx, gd.get("mone") or gd.get("mone2"))
    d = gd.get("de") or gd.get("de2")
    y = gd.get("ye")
    if mo is None:
        return None, False, False
    if d is not None:
        day = _day_year(ctx, mo, int(d), y, nearest=False)
        return day, True, y is None
    if y is not None:
        return _month_end(int(y), mo), False, False
    if ctx.published is None:
        return None, False, True
    yy = _recent_year(ctx.published, mo)
    return _month_end(yy, mo), False, True


def _r_trailing_to(ctx, m, rule):
    gd = m.groupdict()
    unit = _unit(gd.get("unit"))
    n = _num(ctx, gd.get("n")) or rule.get("n") or 1
    end, day_given, rel = _end_date(ctx, gd)
    hint = {"week": "W" if n == 1 else "P", "day": "W" if n == 7 else "P", "month": "M" if n == 1 else "P",
            "quarter": "Q" if n == 1 else "P"}.get(unit, "P")
    if end is None:
        return _Res(freq=hint, relative=rel)
    if unit in ("week", "day"):
        days = n * 7 if unit == "week" else n
        return _Res(end - timedelta(days=days - 1), end, relative=rel)
    months = {"month": 1, "quarter": 3, "year": 12, "fiscal year": 12, "financial year": 12}.get(unit, 0) * n
    if not months:
        return None
    if day_given and end != _month_end(end.year, end.month):
        start = _shift_date(end, -months) + timedelta(days=1)
    else:
        y, mo = _add_months(end.year, end.month, -months + 1)
        start = date(y, mo, 1)
        end = _month_end(end.year, end.month)
    return _Res(start, end, relative=rel)


def _r_trailing_weekday(ctx, m, rule):
    end = _r_weekday(ctx, m, rule)
    if end.start is None:
        return _Res(freq="W", relative=True)
    return _Res(end.start - timedelta(days=6), end.start, relative=True)


def _r_week_of(ctx, m, rule):
    gd = m.groupdict()
    mo = _month(ctx, gd.get("mon") or gd.get("monb"))
    d = gd.get("d") or gd.get("db")
    start = _day_year(ctx, mo, int(d), gd.get("y"), nearest=True)
    if start is None:
        return _Res(freq="W", relative=gd.get("y") is None)
    return _Res(start, start + timedelta(days=6), relative=gd.get("y") is None)


def _r_iso_week(ctx, m, rule):
    gd = m.groupdict()
    y = int(gd["y"]) if gd.get("y") else (ctx.published.isocalendar()[0] if ctx.published else None)
    if y is None:
        return _Res(freq="W", relative=True)
    try:
        start = date.fromisocalendar(y, int(gd["wk"]), 1)
    except ValueError:
        return None
    return _Res(start, start + timedelta(days=6), relative=not gd.get("y"))


def _r_ytd(ctx, m, rule):
    gd = m.groupdict()
    if ctx.published is None:
        return _Res(freq="P", relative=True)
    y = int(gd["y"]) if gd.get("y") else ctx.published.year
    end = ctx.published if y == ctx.published.year else date(y, 12, 31)
    if end < date(y, 1, 1):
        return None
    return _Res(date(y, 1, 1), end, relative=True)


def _r_since(ctx, m, rule):
    gd = m.groupdict()
    y = gd.get("ya") or gd.get("yc") or gd.get("yd")
    mo = _month(ctx, gd.get("monb"))
    if mo is not None:
        if gd.get("yb"):
            start = date(int(gd["yb"]), mo, 1)
        elif ctx.published is not None:
            start = date(_recent_year(ctx.published, mo), mo, 1)
        else:
            return _Res(freq="P", relative=True)
    else:
        start = date(int(y), 1, 1)
    if ctx.published is None or ctx.published < start:
        return _Res(freq="P", relative=True)
    return _Res(start, ctx.published, relative=True)


def _r_trailing_rel(ctx, m, rule):
    gd = m.groupdict()
    unit = _unit(gd.get("unit"))
    n = _num(ctx, gd.get("n")) or rule.get("n") or 1
    if ctx.published is None:
        return _Res(freq="P", relative=True)
    end = ctx.published
    if unit in ("day", "week"):
        start = end - timedelta(days=(n * 7 if unit == "week" else n) - 1)
    else:
        months = {"month": 1, "quarter": 3, "year": 12}[unit] * n
        start = _shift_date(end, -months) + timedelta(days=1)
    return _Res(start, end, relative=True)


def _r_rel_shift(ctx, unit: str, off: int) -> _Res:
    freq = _FREQ_OF_UNIT[unit]
    if ctx.published is None:
        return _Res(freq=freq, relative=True)
    pub = ctx.published
    if unit == "year":
        y = pub.year + off
        return _Res(date(y, 1, 1), date(y, 12, 31), relative=True)
    if unit == "quarter":
        q0 = (pub.month - 1) // 3
        y, mo = _add_months(pub.year, q0 * 3 + 1, 3 * off)
        s, e = _span_of_months(y, mo, 3)
        return _Res(s, e, relative=True)
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, off)
        return _Res(date(y, mo, 1), _month_end(y, mo), relative=True)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=off)
        return _Res(monday, monday + timedelta(days=6), relative=True)
    raise ValueError(unit)


def _r_relative_unit(ctx, m, rule):
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    off = {"last": -1, "latest": -1, "most recent": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    return _r_rel_shift(ctx, unit, off)


def _r_base_shift(ctx, m, rule):
    gd = m.groupdict()
    unit = rule.get("shift_unit") or _unit(gd.get("unit"))
    n = rule.get("shift_n")
    if gd.get("y") is not None:
        return _Res(role="base")  # "the same period of 1986": resolve_base moves the figure's period to 1986
    if n is None:
        n = -(_num(ctx, gd.get("n")) or 1)
    return _Res(base_shift=(unit, n), role="base")


_ANA_FREQ = {("month", 6): "S", ("month", 3): "Q", ("month", 12): "A", ("month", 1): "M", ("day", 7): "W",
             ("week", 1): "W", ("quarter", 1): "Q", ("year", 1): "A", ("quarter", 2): "S",
             ("quarter", 4): "A"}


def _r_anaphoric(ctx, m, rule):
    gd = m.groupdict()
    unit = _unit(gd.get("unit"))
    if rule.get("refers") == "context":
        freq = _FREQ_OF_UNIT.get(unit, "P")  # "the same two years": each is a year
    elif gd.get("n") is not None:
        n = _num(ctx, gd["n"])
        if not n:
            return None
        freq = "P" if "average" in m.group(0).lower() else _ANA_FREQ.get((unit, n), "P")
    else:
        freq = _FREQ_OF_UNIT.get(unit, "P")
    return _Res(freq=freq, anaphoric=True)


def _r_rate(ctx, m, rule):
    unit = _unit(m.group("unit") or m.group("unit2"))
    unit = {"annually": "year", "yearly": "year"}.get(unit, unit)
    words = ctx.lex["words"]
    left = ctx.text[:m.start()].rstrip()
    clause = re.split(r"[,;:()\u2014\u2013]|[.!?]\s", left)[-1]
    if not re.search(r"\d", clause[-60:]):
        return None  # a rate follows a figure: "5 million tonnes a month"
    prev = re.findall(r"[\w$%]+$", left.lower())
    if prev and prev[0] in words["not_rate_before"]:
        return None  # "about a quarter" is a share
    if unit == "day":
        for w in words["rate_unit"]:
            if re.search(r"(?<![\w])" + re.escape(w).replace(r"\ ", r"\s+") + r"$", left.lower()):
                return None  # "barrels a day" is the unit barrel_per_day
    return _Res(freq=_FREQ_OF_UNIT.get(unit, "P"), role="rate")


def _r_quarter_ending(ctx, m, rule):
    gd = m.groupdict()
    mo = _month(ctx, gd.get("mon"))
    if mo is None or mo % 3:
        return None
    yr = _yexp(ctx, gd)
    if yr is not None and yr.kind == "fy" and yr.resolved:
        y = yr.fy_start.year if mo >= yr.fy_start.month else yr.fy_start.year + 1
        return _Res(*_span_of_months(y, mo - 2, 3))
    return _sub_of_year(ctx, yr, mo - 3, 3, "Q", mo - 2)


def _r_days_of_month(ctx, m, rule):
    gd = m.groupdict()
    mo = _month(ctx, gd.get("mon"))
    n = _num(ctx, gd.get("n"))
    if mo is None or not n or n > 31:
        return None
    if gd.get("y"):
        y = int(gd["y"])
    elif ctx.published is None:
        return _Res(freq="P", relative=True)
    else:
        y = _recent_year(ctx.published, mo)
    last = _month_end(y, mo)
    if n > last.day:
        return None
    if gd["fl"].lower() == "first":
        s, e = date(y, mo, 1), date(y, mo, n)
    else:
        s, e = last - timedelta(days=n - 1), last
    return _Res(s, e, relative=not gd.get("y"))


def _r_numeric_day(ctx, m, rule):
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    d, mo = (b, a) if a <= 12 < b else (a, b)  # day first unless only month-first is possible
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return _Res(day, day)


def _r_open(ctx, m, rule):
    return _Res(freq=None, role="open")


def _r_part_of_month(ctx, m, rule):
    return _Res(freq=None, role="date")


_RESOLVERS: dict[str, Callable] = {
    "year": _r_year, "year_span": _r_year_span, "decade": _r_decade, "year_part": _r_year_part,
    "fiscal_year": _r_fiscal_year, "marketing_year": _r_marketing_year, "fiscal_rel": _r_fiscal_rel,
    "quarter": _r_quarter, "quarter_span": _r_quarter_span, "half": _r_half, "first_n_months": _r_first_n,
    "last_n_months_of": _r_last_n_of, "month": _r_month, "month_rel": _r_month_rel,
    "month_span": _r_month_span, "part_of_month": _r_part_of_month, "day": _r_day, "iso_day": _r_iso_day,
    "day_span": _r_day_span, "weekday": _r_weekday, "trailing_to": _r_trailing_to, "week_of": _r_week_of,
    "iso_week": _r_iso_week, "ytd": _r_ytd, "since": _r_since, "trailing_rel": _r_trailing_rel,
    "relative_unit": _r_relative_unit, "base_shift": _r_base_shift, "quarter_ending": _r_quarter_ending,
    "days_of_month": _r_days_of_month, "numeric_day": _r_numeric_day,
    "trailing_weekday": _r_trailing_weekday, "anaphoric": _r_anaphoric, "rate": _r_rate, "open": _r_open,
}


# --------------------------------------------------------------------------------------------------
# roles of explicit periods: comparison bases


@functools.lru_cache(maxsize=None)
def _base_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = _lexicons()["words"]

    def alt(ws):
        escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in ws)
        return "(?:" + "|".join(sorted(escaped, key=len, reverse=True)) + ")"

    cue = alt(words["base_cue"])
    fig_cue = alt(words["base_cue_figure"])
    change = alt(w for w in words["change_cue"] if w != "%")
    noun = alt(words["base_noun"])
    # "from 2022", "than in FY2023", "compared with the first half of 2023", "up 5% on 2022", "on 2018 levels"
    direct = re.compile(r"(?:(?<![\w])" + cue + r"|(?:\d|%|(?<![\w])" + change + r")\s+" + fig_cue + r")\s+"
                        r"(?:(?:in|during|for|the|its|their|" + noun
                        + r"\s+(?:of|in|seen\s+in|set\s+in|recorded\s+in))\s+)*$",
                        re.IGNORECASE)
    # "up from 2.7 billion in 2020", "than the 5.3 million tonnes shipped in 2022",
    # "from the record set in 2022"
    via = re.compile(r"(?<![\w])(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                     r"(?:(?:[a-z]+\s+){0,3}?"
                     r"(?:[A-Z]{0,3}\$|[$€£¥₹]|Rs\.?\s?|USD\s?|EUR\s?|CNY\s?)?\d"
                     r"(?:(?!\s(?:to|and|but|while)\s)[^,;()\u2014\u2013]|,(?=\d)){0,40}?"
                     r"|the\s+(?:[\w-]+\s+){0,2}?" + noun + r"\b[^,;()\u2014\u2013\d]{0,30}?)"
                     r"\s+(?:in|during|for|of|on)\s+$",
                     re.IGNORECASE)
    after = re.compile(r"^['’]?s?\s+(?:level|levels|figure|figures|total|record|peak|high|average)\b",
                       re.IGNORECASE)
    return direct, via, after


def _is_base(ctx: _Ctx, start: int, end: int) -> bool:
    direct, via, after = _base_regexes()
    left = ctx.text[max(0, start - 90):start]
    if direct.search(left):
        return True
    if via.search(left):
        return True
    right = ctx.text[end:end + 20]
    if after.search(right) and re.search(r"(?<![\w])(?:times|than|from|on|over|to|with|against|versus)\s+"
                                        r"(?:the|its|their)\s+$", ctx.text[max(0, start - 20):start],
                                        re.IGNORECASE):
        return True
    return False


# --------------------------------------------------------------------------------------------------
# public API


# spans written "from X to Y" / "between X and Y": the "from" opens the span, it is not a comparison
_SPAN_KINDS = ("month_span", "day_span", "year_span", "quarter_span")


def _make(ctx: _Ctx, rule: dict, span: tuple[int, int], res: _Res) -> Period:
    role = res.role or rule.get("role") or "period"
    freq, tp = res.freq, None
    ps, pe = res.start, res.end
    if ps is not None and pe is not None:
        freq, tp = period_fields(ps, pe)
    s, e = span
    text = ctx.text[s:e]
    # trim trailing spaces and dots of abbreviations that end a sentence ("Jan-Sep.")
    while text and text[-1] in " \t":
        text, e = text[:-1], e - 1
    return Period(start=s, end=e, text=text, period_start=ps, period_end=pe, freq=freq, time_period=tp,
                  role=role, relative=res.relative, anaphoric=res.anaphoric, base_shift=res.base_shift,
                  rule_id=rule["id"])


def find_periods(text: str, *, published: date | None = None, fiscal_area: str | None = None,
                 mark_bases: bool = True) -> list[Period]:
    """Find every period and date expression in ``text`` and resolve it.

    Args:
        text: normally one sentence or a title; offsets of the returned periods index into it
            (Python ``str`` indices, end exclusive, ``text[p.start:p.end] == p.text``).
        published: the article's publication date: the reference for relative expressions ("last year",
            "in March", "Q2" with no year, "the current fiscal", "on Wednesday"). Never today's date: with
            None, relative expressions keep their text and freq and get no dates.
        fiscal_area: ISO 3166-1 alpha-3 of the article's main area, choosing the fiscal-year convention of
            bare fiscal forms ("FY24", "2023-24", "fiscal 2024", "the current fiscal") from
            ``patterns/p_fiscal_years.jsonl``; with no known convention their dates stay None.
        mark_bases: when True (default) an explicit period right after a comparison cue ("from 2022",
            "than in FY2023", "compared with 2018", "up from $2.7 billion in 2020", "the 2022 level") gets
            role ``base``.

    Returns:
        :class:`extractor.types.Period` objects sorted by start, non-overlapping (the longest match wins;
        ties go to the rule listed first in ``patterns/p_periods.jsonl``). ``role`` is ``period`` (a span that
        can be a figure's period), ``base`` (a comparison base: dates, or ``base_shift`` such as
        ``("year", -1)`` for "a year earlier"; see :func:`resolve_base`), ``rate`` ("a month" after a figure),
        ``open`` ("before the war", "in recent years": no dates), or ``date`` (a point in time that is not a
        figure's period: "March 17", "on Wednesday", "2024-04-12", "in early July"; freq ``D`` when the day
        is known). Anaphoric expressions ("the quarter", "the six months", "four-week average") have
        ``anaphoric`` True, a freq hint and no dates (see :func:`resolve_anaphoric`). ``rule_id`` is the id of
        the rule in ``patterns/p_periods.jsonl``.

    Raises:
        extractor.errors.PatternError: when a pattern file is missing or invalid (on first use).
    """
    if not text:
        return []
    ctx = _Ctx(text=text, published=published, fiscal=fiscal_convention(fiscal_area), lex=_lexicons())
    cands: list[tuple[int, int, int, dict, object]] = []
    for rule in _rules():
        for m in rule["rx"].finditer(text):
            if m.end() == m.start():
                continue
            # rank and compare by the period's own span (context words such as "in" before a bare year
            # do not make a match longer)
            s, e = m.span("span") if "span" in m.re.groupindex and m.group("span") is not None else m.span()
            cands.append((s, e, rule["order"], rule, m))
    # longest first, then rule order; resolve lazily so rejected matches let shorter ones through
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Period] = []
    for s, e, _, rule, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        try:
            res = _RESOLVERS[rule["kind"]](ctx, m, rule)
        except _Reject:
            res = None
        if res is None:
            continue
        taken.append((s, e))
        span = res.span or (s, e)
        role = res.role or rule.get("role") or "period"
        if (mark_bases and role == "period" and not res.anaphoric and res.extra is None
                and rule["kind"] not in ("since", "ytd", "trailing_rel")
                and not (rule["kind"] in _SPAN_KINDS
                         and re.search(r"(?i)(?<![\w])(?:from|between)\s+$", text[:span[0]]))
                and _is_base(ctx, span[0], span[1])):
            res.role = "base"
        out.append(_make(ctx, rule, span, res))
        for extra in res.extra or []:
            out.append(_make(ctx, rule, extra.span, extra))
    out.sort(key=lambda p: (p.start, p.end))
    return out


def resolve_base(base: Period, start: date, end: date, freq: str | None = None) -> tuple[date, date] | None:
    """Return the inclusive ``(start, end)`` dates of a comparison base, for a figure whose period is
    start..end.

    * An absolute base ("from 2022", "than in FY2023") returns its own dates.
    * ``base_shift = ("year", -1)`` ("a year earlier", "year-on-year", "the same period last year") shifts the
      figure's period back one year (2024-Q3 -> 2023-Q3; month ends stay month ends). Likewise
      ``("month", -n)``, ``("quarter", -n)`` (3n months), ``("week", -n)`` (7n days), ``("day", -n)``.
    * ``("period", -1)`` ("from the previous week", "month-on-month") gives the span of the same length just
      before the figure's period: whole months shift by their number of months, other spans by their days.

    ``freq`` is accepted for symmetry with the claim row and currently unused. Returns None when the base has
    neither dates nor a shift. Raises ValueError when ``end`` is before ``start``.
    """
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    if base.period_start is not None and base.period_end is not None:
        return base.period_start, base.period_end
    if not base.base_shift:
        rule = _rule_by_id(base.rule_id)
        m = rule["rx"].search(base.text) if rule and rule.get("shift_unit") == "year" else None
        if m is None or m.groupdict().get("y") is None:
            return None
        k = 12 * (int(m.group("y")) - start.year)  # "the same period of 1986"
        if _is_whole_months(start, end):
            return date(*_add_months(start.year, start.month, k), 1), _shift_date(end, k)
        return _shift_date(start, k), _shift_date(end, k)
    unit, n = base.base_shift
    n = int(n)
    if unit == "period":
        if _is_whole_months(start, end):
            k = _n_months(start, end) * n
            return _shift_date(start, k), _shift_date(end, k)
        days = ((end - start).days + 1) * n
        return start + timedelta(days=days), end + timedelta(days=days)
    if unit in ("year", "quarter", "month"):
        k = n * {"year": 12, "quarter": 3, "month": 1}[unit]
        if _is_whole_months(start, end):
            return date(*_add_months(start.year, start.month, k), 1), _shift_date(end, k)
        return _shift_date(start, k), _shift_date(end, k)
    if unit in ("week", "day"):
        days = n * (7 if unit == "week" else 1)
        return start + timedelta(days=days), end + timedelta(days=days)
    return None


def resolve_anaphoric(p: Period, context: Period) -> Period:
    """Fill the dates of an anaphoric period from the context period it refers to.

    * "the quarter", "the month", "the week", "the year", "the period", "the fiscal year": the context's own
      dates when the context is of that kind (or any kind for "the period"); for "the year" a fiscal year
      (a 12-month ``P`` span) counts as a year; when the context is shorter ("the month" after "the week to
      March 17") the calendar unit that contains the context's last day.
    * "the six months", "the seven days", "four-week average": N units ending on the context's last day
      (N weeks = 7N days; N months = whole months when the context ends on a month end).
    * "the same period", "the same two years" (rules with ``refers: context``): the context's own dates.

    Returns a new :class:`Period` (same offsets, text, role, rule_id; ``anaphoric`` stays True) with dates,
    freq and time_period; ``p`` unchanged when it is not anaphoric or the context has no dates.
    """
    if not p.anaphoric or context.period_start is None or context.period_end is None:
        return p
    rule = _rule_by_id(p.rule_id)
    m = rule["rx"].search(p.text) if rule else None
    gd = m.groupdict() if m else {}
    unit = _unit(gd.get("unit")) or "period"
    cs, ce = context.period_start, context.period_end
    lex = _lexicons()
    n = None
    if gd.get("n") is not None:
        n = _num(_Ctx(text="", published=None, fiscal=None, lex=lex), gd["n"])
    if rule is not None and rule.get("refers") == "context":
        s, e = cs, ce  # "the same period", "the same two years": the context's own span
    elif n is None:
        cmonths = _n_months(cs, ce) if _is_whole_months(cs, ce) else None
        want = {"month": 1, "quarter": 3, "half": 6, "half-year": 6, "year": 12, "fiscal year": 12,
                "financial year": 12}.get(unit)
        if unit in ("period", "season", "fortnight") or (want and cmonths == want) or (
                unit == "week" and (ce - cs).days == 6):
            s, e = cs, ce
        elif want and (cmonths is None or cmonths < want):
            # the calendar unit containing the context's last day
            if want == 1:
                s, e = date(ce.year, ce.month, 1), _month_end(ce.year, ce.month)
            else:
                first = 1 + ((ce.month - 1) // want) * want
                s, e = _span_of_months(ce.year, first, want)
        else:
            return p
    else:
        if unit in ("day", "week"):
            e = ce
            s = ce - timedelta(days=(n * 7 if unit == "week" else n) - 1)
        else:
            months = {"month": 1, "quarter": 3, "year": 12}.get(unit, 0) * n
            if not months:
                return p
            e = ce
            if e == _month_end(e.year, e.month):
                y, mo = _add_months(e.year, e.month, -months + 1)
                s = date(y, mo, 1)
            else:
                s = _shift_date(e, -months) + timedelta(days=1)
    freq, tp = period_fields(s, e)
    return dataclasses.replace(p, period_start=s, period_end=e, freq=freq, time_period=tp)
