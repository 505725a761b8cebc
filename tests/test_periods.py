"""Tests of the period grammar (extractor/normalize/periods.py).

The table in tests/cases/periods.jsonl holds one sentence per row with its publication date and fiscal area, the
period expression expected in it and the dates, freq, time_period and role worked out by hand from the contract
(docs/periods.md explains each form). Rows with ``expect: null`` are sentences with no period or date at all.
"""
from __future__ import annotations

import json
import pathlib
from datetime import date

import pytest

from extractor.normalize import periods as P
from extractor.normalize.periods import find_periods, period_fields, resolve_anaphoric, resolve_base
from extractor.types import Period

CASES = [json.loads(line) for line in
         (pathlib.Path(__file__).parent / "cases" / "periods.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _d(s):
    return date.fromisoformat(s) if s else None


def test_table_is_large_enough():
    assert len([c for c in CASES if c["expect"]]) >= 150


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_period_table(case):
    found = find_periods(case["text"], published=_d(case["published"]), fiscal_area=case["fiscal_area"])
    exp = case["expect"]
    if exp is None:
        assert found == [], f"{case['text']!r} should hold no period, got {[p.text for p in found]}"
        return
    match = [p for p in found if p.text == exp["text"]]
    assert match, f"{exp['text']!r} not found in {case['text']!r}: {[(p.text, p.rule_id) for p in found]}"
    p = match[0]
    assert case["text"][p.start:p.end] == p.text
    got = (p.period_start, p.period_end, p.freq, p.time_period, p.role)
    want = (_d(exp["period_start"]), _d(exp["period_end"]), exp["freq"], exp["time_period"], exp["role"])
    assert got == want, f"{p.rule_id}: {got} != {want}"
    if "base_shift" in exp:
        assert p.base_shift == tuple(exp["base_shift"])
    if "relative" in exp:
        assert p.relative is exp["relative"]
    if "anaphoric" in exp:
        assert p.anaphoric is exp["anaphoric"]


# ------------------------------------------------------------------------------------------------ structure

def test_offsets_sorted_and_disjoint():
    text = ("Exports fell 12.5% year-on-year in Q3 2024 to $1.96 billion, and in January-September 2024 they "
            "were $192.1 billion, data showed on Friday; since 2016 trade has doubled.")
    ps = find_periods(text, published=date(2024, 10, 18))
    assert [p.text for p in ps] == ["year-on-year", "Q3 2024", "January-September 2024", "Friday", "since 2016"]
    for a, b in zip(ps, ps[1:]):
        assert a.end <= b.start
    for p in ps:
        assert text[p.start:p.end] == p.text and p.rule_id.startswith("p.")


def test_respectively_list_gives_one_year_each():
    text = "Exports in 2022 and 2023 were $8.1bn and $7.9bn, respectively."
    ps = find_periods(text, published=date(2024, 3, 1))
    assert [(p.text, p.time_period, p.role) for p in ps] == [("2022", "2022", "period"), ("2023", "2023", "period")]


def test_comparison_from_to_gives_base_and_period():
    ps = find_periods("Prices fell 53% from March to December 2022.", published=date(2024, 1, 1))
    assert [(p.text, p.role, p.time_period) for p in ps] == [("March", "base", "2022-03"),
                                                            ("December 2022", "period", "2022-12")]


def test_year_inside_numbers_is_not_a_year():
    for text in ["Imports of 2,023 tonnes", "a 2023.5 reading", "up 2023%", "USD 46 215 million",
                 "the 1990s-style boom"]:
        assert [p for p in find_periods(text, published=date(2024, 1, 1)) if p.freq == "A"] == [], text


def test_relative_never_uses_today():
    # with no publication date nothing relative gets dates, whatever today's date is
    ps = find_periods("Exports rose last year, in March and so far this year, on Monday.", published=None)
    assert ps and all(p.period_start is None and p.time_period is None for p in ps)
    assert {p.freq for p in ps} == {"A", "M", "P", "D"}


def test_fiscal_convention_table():
    assert P.fiscal_convention("IND") == (4, "end")
    assert P.fiscal_convention("usa") == (10, "end")
    assert P.fiscal_convention("AUS") == (7, "end")
    assert P.fiscal_convention("JPN") == (4, "start")
    assert P.fiscal_convention("FRA") is None
    assert P.fiscal_convention(None) is None


# ------------------------------------------------------------------------------------------------ period_fields

@pytest.mark.parametrize("start,end,freq,tp", [
    ("2023-01-01", "2023-12-31", "A", "2023"),
    ("2023-07-01", "2023-12-31", "S", "2023-S2"),
    ("2023-10-01", "2023-12-31", "Q", "2023-Q4"),
    ("2024-02-01", "2024-02-29", "M", "2024-02"),
    ("2024-12-30", "2025-01-05", "W", "2025-W01"),
    ("2024-03-17", "2024-03-17", "D", "2024-03-17"),
    ("2024-01-01", "2024-09-30", "P", "2024-01/2024-09"),
    ("2023-04-01", "2024-03-31", "P", "2023-04/2024-03"),
    ("2024-02-19", "2024-03-17", "P", "2024-02-19/2024-03-17"),
    ("2016-01-01", "2018-12-31", "P", "2016/2018"),
    ("2023-02-01", "2023-04-30", "P", "2023-02/2023-04"),
    ("2024-03-09", "2024-03-15", "P", "2024-03-09/2024-03-15"),
])
def test_period_fields(start, end, freq, tp):
    assert period_fields(_d(start), _d(end)) == (freq, tp)


def test_period_fields_rejects_reversed_span():
    with pytest.raises(ValueError):
        period_fields(date(2024, 2, 1), date(2024, 1, 1))


# ------------------------------------------------------------------------------------------------ resolve_base

def _base(text, published=date(2024, 5, 1), area=None):
    return [p for p in find_periods(text, published=published, fiscal_area=area) if p.role == "base"][0]


@pytest.mark.parametrize("text,start,end,bstart,bend", [
    ("up 12% from a year earlier", "2024-07-01", "2024-09-30", "2023-07-01", "2023-09-30"),
    ("up 12% year-on-year", "2024-02-01", "2024-02-29", "2023-02-01", "2023-02-28"),
    ("up 12% from a year earlier", "2023-04-01", "2024-03-31", "2022-04-01", "2023-03-31"),
    ("up 4.1% above a year earlier", "2023-10-01", "2024-03-31", "2022-10-01", "2023-03-31"),
    ("up 410,000 b/d from the previous week", "2024-03-11", "2024-03-17", "2024-03-04", "2024-03-10"),
    ("up 3% from the previous quarter", "2024-04-01", "2024-06-30", "2024-01-01", "2024-03-31"),
    ("up 3% month-on-month", "2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29"),
    ("up 3% from two years ago", "2024-01-01", "2024-12-31", "2022-01-01", "2022-12-31"),
    ("up 5.1% from 2022", "2023-01-01", "2023-12-31", "2022-01-01", "2022-12-31"),
])
def test_resolve_base(text, start, end, bstart, bend):
    assert resolve_base(_base(text), _d(start), _d(end), None) == (_d(bstart), _d(bend))


def test_resolve_base_same_period_of_named_year():
    b = _base("Exports were 1.2 bln dlrs in January/February 1987 against 980 mln in the same period of 1986.",
              published=date(1987, 3, 20))
    assert b.text == "the same period of 1986" and b.base_shift is None and b.period_start is None
    assert resolve_base(b, date(1987, 1, 1), date(1987, 2, 28)) == (date(1986, 1, 1), date(1986, 2, 28))


def test_resolve_base_without_dates_or_shift():
    assert resolve_base(Period(0, 4, "then", role="base"), date(2024, 1, 1), date(2024, 1, 31)) is None


# ------------------------------------------------------------------------------------------------ anaphoric

def _one(text, published=date(2024, 3, 19), area=None):
    return find_periods(text, published=published, fiscal_area=area)[0]


@pytest.mark.parametrize("ana,ctx_text,pub,area,freq,tp", [
    ("in the quarter", "in Q3 2024", "2024-10-18", None, "Q", "2024-Q3"),
    ("over the seven days", "in the week to March 17", "2024-03-19", None, "W", "2024-W11"),
    ("in the week", "in the week to March 17", "2024-03-19", None, "W", "2024-W11"),
    ("four-week average", "in the week to March 17", "2024-03-19", None, "P", "2024-02-19/2024-03-17"),
    ("for the six months", "in the first half of 2024", "2024-07-12", None, "S", "2024-S1"),
    ("during the month", "last month", "2024-06-18", None, "M", "2024-05"),
    ("during the year", "in 2023-24", "2024-06-05", "IND", "P", "2023-04/2024-03"),
    ("over the year", "the whole of 2023", "2024-02-29", None, "A", "2023"),
    ("during the month", "in the week to March 17", "2024-03-19", None, "M", "2024-03"),
    ("the 12 months", "in the week to March 17", "2024-03-19", None, "P", "2023-03-18/2024-03-17"),
])
def test_resolve_anaphoric(ana, ctx_text, pub, area, freq, tp):
    p = [q for q in find_periods(ana, published=_d(pub)) if q.anaphoric][0]
    ctx = [q for q in find_periods(ctx_text, published=_d(pub), fiscal_area=area) if q.period_start][0]
    r = resolve_anaphoric(p, ctx)
    assert (r.freq, r.time_period) == (freq, tp)
    assert (r.start, r.end, r.text, r.anaphoric) == (p.start, p.end, p.text, True)


def test_resolve_anaphoric_needs_context_dates():
    p = _one("in the quarter")
    unresolved = _one("last year", published=None)
    assert resolve_anaphoric(p, unresolved) is p
    dated = _one("in 2023")
    assert resolve_anaphoric(dated, _one("in Q3 2024")) is dated  # not anaphoric: unchanged


# ------------------------------------------------------------------------------------------------ data and adapters

def test_rules_carry_ids_and_compile():
    rules = P._rules()
    assert len({r["id"] for r in rules}) == len(rules) >= 50


def test_bad_rule_file_is_reported(tmp_path, monkeypatch):
    from extractor import rules as R
    from extractor.errors import PatternError
    for name in ("p_months", "p_words", "p_fiscal_years", "p_period_macros"):
        (tmp_path / f"{name}.jsonl").write_text((R.patterns_dir() / f"{name}.jsonl").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    (tmp_path / "p_periods.jsonl").write_text('{"id": "p.bad", "kind": "year", "pattern": "(?P<y>20\\\\d\\\\d"}\n',
                                              encoding="utf-8")
    monkeypatch.setattr(R, "patterns_dir", lambda: tmp_path)
    R._load.cache_clear()
    P._rules.cache_clear()
    P._lexicons.cache_clear()
    try:
        with pytest.raises(PatternError, match="p.bad"):
            P._rules()
    finally:
        R._load.cache_clear()
        P._rules.cache_clear()
        P._lexicons.cache_clear()


def test_only_dateparse_imports_dateparser():
    root = pathlib.Path(P.__file__).resolve().parent.parent
    users = [f.relative_to(root).as_posix() for f in root.rglob("*.py")
             if "import dateparser" in f.read_text(encoding="utf-8")]
    assert users == ["normalize/dateparse.py"]


def test_dateparse_parse_day():
    from extractor.normalize.dateparse import parse_day
    assert parse_day("March 17, 2024", date(2024, 3, 19)) == date(2024, 3, 17)
    assert parse_day("9 April 2023", None) == date(2023, 4, 9)
    assert parse_day("March 17", date(2024, 3, 19)) is None  # no year: the grammar's job
    assert parse_day("Q3 2023", date(2024, 3, 19)) is None
