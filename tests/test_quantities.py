"""Tests of the figure grammar (extractor.normalize.quantities and its helpers).

The main table is tests/cases/quantities.jsonl: one case per line with the sentence, the areas of the
article, and every figure expected in it (value_text, obs_value, obs_value_raw, unit_mult, unit, qualifier,
value_low, value_high, value_type; optionally restates), worked out by hand from the text. A case with
``"none": true`` holds no figure at all (phone numbers, tickers, dates, periods...). The list of figures of
each case is complete: an extra figure fails the case too.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from extractor.errors import PatternError
from extractor.normalize import money, numbers, quantities, units
from extractor.normalize.quantities import find_quantities

CASES_FILE = Path(__file__).parent / "cases" / "quantities.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ("obs_value", "obs_value_raw", "unit_mult", "unit", "qualifier", "value_low", "value_high", "value_type")


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(b, float) or isinstance(a, float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def test_table_is_big_enough():
    assert len(CASES) >= 200
    assert sum(len(c["expect"]) for c in CASES) >= 200


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    text = case["text"]
    got = find_quantities(text, areas=frozenset(case.get("areas", [])))
    for q in got:
        assert text[q.start:q.end] == q.text, "offsets must cut out the value_text exactly"
    assert [q.text for q in got] == [e["value_text"] for e in case["expect"]], f"figures of {text!r}"
    for q, exp in zip(got, case["expect"]):
        assert q.start == text.index(exp["value_text"])
        for f in FIELDS:
            assert _same(getattr(q, f), exp[f]), f"{exp['value_text']!r}: {f} is {getattr(q, f)!r}, expected {exp[f]!r}"
        if "restates" in exp:
            assert q.restates == exp["restates"]


# --- details that the table does not show -------------------------------------------------------------------
def test_change_cue_and_sign_are_reported():
    (pct, level) = find_quantities("Volumes fell 8.8% to 1.61 million tonnes.")
    assert (pct.change_cue, pct.change_sign, pct.kind) == ("fell", -1, "percent")
    assert (level.change_cue, level.change_sign, level.kind) == (None, 0, "volume")
    (gap,) = find_quantities("The deficit was $2.5bn smaller than a year earlier.")[-1:]
    assert (gap.change_cue, gap.change_sign, gap.value_type) == ("smaller", -1, "change_abs")


def test_counted_noun_and_rate_text():
    (q,) = find_quantities("Washington blacklisted 18 Turkish companies.")
    assert (q.kind, q.unit, q.counted_noun) == ("count", None, "Turkish companies")
    (q,) = find_quantities("The mine sold 5 million tonnes a month.")
    assert (q.unit, q.rate_text) == ("tonne", "a month")
    (q,) = find_quantities("Exports were 45.6 lakh tonnes a year earlier.")
    assert q.rate_text is None and q.text == "45.6 lakh tonnes"


def test_kinds():
    got = find_quantities("It shipped $5 billion, 3% more, 2 million tonnes, 4 cars, $80 a barrel and doubled.")
    assert [q.kind for q in got] == ["money", "percent", "volume", "count", "price", "ratio"]


def test_unit_inherited_flag():
    _, q = find_quantities("Imports were 19.7 billion EUR in 2023, up from 2.7 billion in 2020.")
    assert q.unit_inherited and q.unit == "EUR"


def test_exclude_spans_are_respected():
    text = "In Q3 2024 exports rose 5% and in the last quarter of 2023 they fell."
    excl = [(text.index("Q3 2024"), text.index("Q3 2024") + 7), (text.index("the last quarter"), text.index(" they"))]
    got = find_quantities(text, exclude=excl)
    assert [q.text for q in got] == ["5%"]
    text = "Sales of 2,000 tonnes"
    assert find_quantities(text, exclude=[(9, 14)]) == []


def test_offsets_shift_with_the_sentence():
    s = "Exports rose 5.1% to $4.24 billion."
    article = "First sentence here. " + s
    base = article.index(s)
    for q in find_quantities(s):
        assert article[base + q.start:base + q.end] == q.text


def test_results_are_sorted_by_start():
    got = find_quantities("Exports doubled to $4 billion, about a quarter of the total, up 5%.")
    assert [q.start for q in got] == sorted(q.start for q in got)
    assert [q.text for q in got] == ["doubled", "$4 billion", "about a quarter", "5%"]


@pytest.mark.parametrize(
    "written, value",
    [("1,234,567.89", 1234567.89), ("1.234.567,89", 1234567.89), ("13 009", 13009.0), ("2,77,000", 277000.0),
     ("13, 92,559", 1392559.0), ("27,9", 27.9), ("1,486", 1486.0), ("3.38", 3.38), ("-2.8", -2.8),
     ("\u22124.5", -4.5), ("4.156,2", 4156.2), ("70\u00a0500\u00a0000", 70500000.0)],
)
def test_parse_number(written, value):
    assert numbers.parse_number(written) == pytest.approx(value)


def test_decimal_comma_mode():
    assert numbers.parse_number("10.142", decimal_comma=True) == 10142.0
    assert numbers.parse_number("10.142") == pytest.approx(10.142)
    assert numbers.detect_decimal_comma("Spain exported 685.432,7 tonnes, 27,9% less.") is True
    assert numbers.detect_decimal_comma("Exports were 1,234.5 tonnes, up 3.25%.") is False
    (q,) = find_quantities("The IBEX 35 closed at 10.142 points.", decimal_comma=True)
    assert (q.obs_value, q.unit, q.kind) == (10142.0, None, "number")


def test_parse_number_rejects_garbage():
    with pytest.raises(ValueError):
        numbers.parse_number("abc")


@pytest.mark.parametrize("words, value", [("twenty", 20), ("twenty-five", 25), ("one and a half", 1.5),
                                          ("three hundred and ten", 310), ("half a", 0.5)])
def test_word_numbers(words, value):
    assert numbers.parse_word_number(words) == value


def test_currency_resolution_from_areas():
    yen = money.lookup_currency("¥", "prefix")
    assert money.resolve_currency(yen, frozenset({"CHN"})) == "CNY"
    assert money.resolve_currency(yen, frozenset({"CHN", "JPN"})) == "JPY"
    assert money.resolve_currency(yen, frozenset()) == "JPY"
    rs = money.lookup_currency("Rs", "prefix")
    assert money.resolve_currency(rs, frozenset({"LKA"})) == "LKR"
    assert money.resolve_currency(rs, frozenset({"NPL"})) == "NPR"
    assert money.resolve_currency(rs, frozenset()) == "INR"
    assert money.resolve_currency(money.lookup_currency("$", "prefix")) == "USD"


def test_quantulum_fallback_for_units_we_do_not_list():
    import logging

    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = []  # as in a plain script, where basicConfig() would install a handler
    try:
        units.quantulum_unit.cache_clear()
        (q,) = find_quantities("The farm covers 12 square kilometres.")
        assert root.handlers == [], "quantulum3's logging.basicConfig must not leak"
    finally:
        root.handlers = saved
    assert (q.text, q.unit, q.obs_value, q.kind) == ("12 square kilometres", "square_kilometre", 12.0, "volume")
    assert "quantulum3" in q.rule_id


def test_rule_ids_explain_the_figure():
    (q,) = find_quantities("Pharmaceuticals were the top product at £844m.")
    assert q.rule_id.split("+") == ["cur.gbp.symbol", "scale.m"]


def test_short_scale_needs_money():
    # "m" is million next to money only; "5 m" of cable is not 5 million
    assert [q.text for q in find_quantities("They laid 500 m of cable and paid £5m.")] == ["500", "£5m"]


def test_only_units_module_imports_quantulum():
    root = Path(quantities.__file__).resolve().parent.parent
    importers = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
                 if re.search(r"^\s*(?:from|import)\s+quantulum3", p.read_text(encoding="utf-8"), re.M)]
    assert importers == ["normalize/units.py"]


def test_pattern_files_load_and_validate():
    assert numbers.scale_table() and money.currency_table() and units.unit_table() and units.rate_table()
    quantities._grammar()  # compiles every q_* list
    ids = [r["id"] for r in money.currency_table()]
    assert len(ids) == len(set(ids))


def test_bad_pattern_line_is_reported(tmp_path, monkeypatch):
    from extractor import rules

    (tmp_path / "q_scales.jsonl").write_text('{"id": "scale.x", "forms": ["x"], "power": "six"}\n', encoding="utf-8")
    monkeypatch.setattr(rules, "patterns_dir", lambda: tmp_path)
    rules._load.cache_clear()
    numbers.scale_table.cache_clear()
    try:
        with pytest.raises(PatternError, match=r"q_scales\.jsonl:1"):
            numbers.scale_table()
    finally:
        monkeypatch.undo()
        rules._load.cache_clear()
        numbers.scale_table.cache_clear()


def test_rate_taken_by_a_period_is_cut_off_the_value_text():
    text = "The mine sold 5 million tonnes a month and 3 million barrels a day."
    month, day = text.index("a month"), text.index("a day")
    tonnes, barrels = find_quantities(text, exclude=[(month, month + 7), (day, day + 5)])
    assert (tonnes.text, tonnes.unit, tonnes.rate_text) == ("5 million tonnes", "tonne", "a month")
    assert (barrels.text, barrels.unit, barrels.obs_value) == ("3 million barrels", "barrel_per_day", 3e6)


def test_odd_inputs_do_not_raise():
    for t in ["", " ", "$", "between and", "1-", "-", "$-", "1,,2", "..5", "\n\n", "½ of ①"]:
        for q in find_quantities(t):
            assert t[q.start:q.end] == q.text


def test_change_noun_with_of_and_signed_numbers_report_their_cue():
    inc, level = find_quantities("An increase in the goods deficit of $5.7 billion to $99.4 billion.")
    assert (inc.change_cue, inc.change_sign, inc.value_type, inc.obs_value) == ("increase", 1, "change_abs", 5.7e9)
    assert (level.change_cue, level.change_sign, level.value_type) == (None, 0, "level")
    (dec,) = find_quantities("A fall in the value of coal exports of 3.2% was seen.")
    assert (dec.change_cue, dec.change_sign, dec.obs_value) == ("fall", -1, -3.2)
    (pct,) = find_quantities("Exports changed -3.5% in May.")
    assert (pct.change_cue, pct.change_sign, pct.obs_value, pct.obs_value_raw) == ("-", -1, -3.5, -3.5)
    # the sign of a number is its own: it is not handed on to the next figure as a verb's sign would be
    a, b = find_quantities("Prices moved -2% and 3% in the two months.")
    assert (a.value_type, b.value_type, b.obs_value) == ("change_pct", "level", 3.0)


def test_numerals_that_are_no_numbers():
    with pytest.raises(ValueError):
        numbers.parse_number("9" * 16)
    assert numbers.parse_number("9" * 15) == 999999999999999.0
    assert numbers.parse_number("0.000000000000000012") == pytest.approx(1.2e-17)  # leading zeros do not count
    assert [m.group(0) for m in numbers.numeral_regex().finditer("1,2,3 and 4.5.6 but 7,5")] == ["7,5"]


def test_unknown_slot_in_a_nonfigure_regex_is_reported(tmp_path, monkeypatch):
    from extractor import rules

    (tmp_path / "q_nonfigures.jsonl").write_text(
        '{"id": "nf.months", "words": ["May"]}\n{"id": "nf.room", "regex": "{{nf.no_such_list}}\\\\s+\\\\d+"}\n', encoding="utf-8")
    monkeypatch.setattr(rules, "patterns_dir", lambda: tmp_path)
    for c in (rules._load, quantities._nonfigures, quantities._grammar):
        c.cache_clear()
    try:
        with pytest.raises(PatternError, match=r"q_nonfigures\.jsonl:2.*nf\.no_such_list"):
            quantities._grammar()
    finally:
        monkeypatch.undo()
        for c in (rules._load, quantities._nonfigures, quantities._grammar):
            c.cache_clear()
