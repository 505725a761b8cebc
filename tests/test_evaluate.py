"""Evaluation (contract section "Evaluation"): hand-made gold and predictions, figures worked out by hand.

Gold (6 claims): A1 has g1 $900m (span 10-22), g2 70%, g3 12% change (span 40-43), g4 12% share (80-83);
A2 has g5 0.0% change and g6 $2bn balance; A3 and A4 have no gold claims; splits.json puts A2, A4 in devtest.

Predictions (8 counted; one for an unknown doc is ignored):
  p1 903m USD, span 16-22  -> pairs g1 (0.33 % off); qualifier differs; product "machine tool imports" ~ tools
  p2 70.4%                 -> 0.57 % off g2: no pair
  p3 12% span 80-83        -> pairs g4 by overlap; indicator differs, status differs
  p4 12% span 41-43        -> pairs g3 by overlap; flow export WLD->RUS = direction of gold import RUS from
                              WLD; period from "published" counts as null -> period differs; product null
  p5 0                     -> pairs g5 exactly; all agree
  p6 2bn EUR               -> pairs g6 on value only (unit differs)
  p7 0.001                 -> no pair (gold 0 needs exactly 0)
  p8 in A3                 -> false claim in an article without gold claims
Pairs 5; value+unit 4 (g1, g3, g4, g5); full 3 (g1, g4, g5; g3's period disagrees).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from extractor.evaluate import (
    directions_agree,
    evaluate,
    format_report,
    pair_article,
    product_heads,
    products_agree,
    values_agree,
)

Q4 = {"period_start": "2023-10-01", "period_end": "2023-12-31"}
Y23 = {"period_start": "2023-01-01", "period_end": "2023-12-31"}
BASE = {"qualifier": "exact", "status": "actual"}

GOLD = [
    dict(
        BASE,
        doc_id="A1",
        value_text="about $900 million",
        value_char_start=10,
        value_char_end=22,
        obs_value=9e8,
        unit="USD",
        qualifier="approx",
        indicator="trade_value",
        value_type="level",
        reporter="RUS",
        partner="WLD",
        flow="import",
        product="machine tools",
        **Q4,
    ),
    dict(
        BASE,
        doc_id="A1",
        value_text="Almost 70%",
        value_char_start=0,
        value_char_end=3,
        obs_value=70.0,
        unit="percent",
        qualifier="upper_bound",
        indicator="share",
        value_type="level",
        reporter="RUS",
        partner="CHN",
        flow="import",
        product="machine tools",
        **Q4,
    ),
    dict(
        BASE,
        doc_id="A1",
        value_text="12%",
        value_char_start=40,
        value_char_end=43,
        obs_value=12.0,
        unit="percent",
        indicator="trade_value",
        value_type="change_pct",
        reporter="RUS",
        partner="WLD",
        flow="import",
        product="machine tools",
        **Y23,
    ),
    dict(
        BASE,
        doc_id="A1",
        value_text="12%",
        value_char_start=80,
        value_char_end=83,
        obs_value=12.0,
        unit="percent",
        indicator="share",
        value_type="level",
        reporter="RUS",
        partner="KAZ",
        flow="import",
        product="machine tools",
    ),
    dict(
        BASE,
        doc_id="A2",
        value_text="0.0%",
        value_char_start=5,
        value_char_end=9,
        obs_value=0.0,
        unit="percent",
        indicator="trade_value",
        value_type="change_pct",
        reporter="IND",
        partner="WLD",
        flow="export",
        product="rice",
        **Y23,
    ),
    dict(
        BASE,
        doc_id="A2",
        value_text="$2bn",
        value_char_start=20,
        value_char_end=24,
        obs_value=2e9,
        unit="USD",
        indicator="trade_balance",
        value_type="level",
        reporter="IND",
        partner="CHN",
        flow="balance",
    ),
]

PRED = [
    dict(
        BASE,
        doc_id="A1",
        value_text="$903 million",
        value_char_start=16,
        value_char_end=22,
        obs_value=9.03e8,
        unit="USD",
        indicator="trade_value",
        value_type="level",
        reporter="RUS",
        partner="WLD",
        flow="import",
        product="machine tool imports",
        period_source="context",
        **Q4,
    ),
    dict(
        BASE,
        doc_id="A1",
        value_text="70.4%",
        value_char_start=0,
        value_char_end=5,
        obs_value=70.4,
        unit="percent",
        indicator="share",
        value_type="level",
    ),
    dict(
        BASE,
        doc_id="A1",
        value_text="12%",
        value_char_start=80,
        value_char_end=83,
        obs_value=12.0,
        unit="percent",
        indicator="trade_value",
        value_type="level",
        reporter="RUS",
        partner="KAZ",
        flow="import",
        product="machine tools",
        status="forecast",
    ),
    dict(
        BASE,
        doc_id="A1",
        value_text="2%",
        value_char_start=41,
        value_char_end=43,
        obs_value=12.0,
        unit="percent",
        indicator="trade_value",
        value_type="change_pct",
        reporter="WLD",
        partner="RUS",
        flow="export",
        period_source="published",
        **Y23,
    ),
    dict(
        BASE,
        doc_id="A2",
        obs_value=0.0,
        unit="percent",
        indicator="trade_value",
        value_type="change_pct",
        reporter="IND",
        partner="WLD",
        flow="export",
        product="rice exports",
        period_source="sentence",
        **Y23,
    ),
    dict(BASE, doc_id="A2", obs_value=2e9, unit="EUR", indicator="trade_balance", value_type="level"),
    dict(BASE, doc_id="A2", obs_value=0.001, unit="percent"),
    dict(BASE, doc_id="A3", obs_value=5.0, unit="percent"),
    dict(BASE, doc_id="ZZ", obs_value=9e8, unit="USD"),  # not a gold article: ignored
]


@pytest.fixture
def gold_dir(tmp_path):
    d = tmp_path / "gold"
    d.mkdir()
    (d / "articles.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": "..."}) + "\n" for i in ("A1", "A2", "A3", "A4"))
    )
    (d / "gold_claims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in GOLD))
    (d / "splits.json").write_text(json.dumps({"devtest": ["A2", "A4"]}))
    return d


def test_all_split_figures(gold_dir):
    r = evaluate(gold_dir, pd.DataFrame(PRED))
    assert (r.n_articles, r.n_gold, r.n_pred) == (4, 6, 8)
    assert (r.value.tp, r.value_unit.tp, r.full.tp) == (5, 4, 3)
    assert r.value.precision == pytest.approx(5 / 8) and r.value.recall == pytest.approx(5 / 6)
    assert r.value.f1 == pytest.approx(10 / 14)
    assert r.value_unit.f1 == pytest.approx(8 / 14)
    assert (r.full.precision, r.full.recall) == (pytest.approx(3 / 8), pytest.approx(3 / 6))
    assert r.agreement == {
        "qualifier": (3, 4),
        "indicator": (3, 4),
        "value_type": (4, 4),
        "period": (3, 4),
        "direction": (4, 4),
        "flow": (3, 4),
        "product": (3, 4),
        "status": (3, 4),
    }
    assert r.false_claims == {"A3": 1, "A4": 0}
    assert [m["value_text"] for m in r.missed] == ["Almost 70%"]
    assert sorted(s["obs_value"] for s in r.spurious) == [0.001, 5.0, 70.4]
    text = format_report(r)
    assert "value+unit" in text and "0.571" in text


def test_splits(gold_dir):
    dev = evaluate(gold_dir, pd.DataFrame(PRED), split="dev")
    assert (dev.n_gold, dev.n_pred, dev.value.tp, dev.value_unit.tp, dev.full.tp) == (4, 5, 3, 3, 2)
    assert dev.false_claims == {"A3": 1}
    test = evaluate(gold_dir, pd.DataFrame(PRED), split="devtest")
    assert (test.n_gold, test.n_pred, test.value.tp, test.value_unit.tp, test.full.tp) == (2, 3, 2, 1, 1)
    assert test.false_claims == {"A4": 0}


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_claims_from_a_written_table(gold_dir, tmp_path, fmt):
    from extractor.io.writers import write_tables
    from extractor.schema import to_frame

    write_tables({"claims": to_frame("claims", PRED)}, tmp_path / "run", fmt)
    r = evaluate(gold_dir, tmp_path / "run")  # a folder holding claims.<fmt>
    assert (r.value.tp, r.value_unit.tp, r.full.tp) == (5, 4, 3)


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        (100.0, 100.5, True),
        (100.0, 100.6, False),
        (-2e10, -2.01e10, True),
        (-2e10, 2e10, False),
        (0.0, 0.0, True),
        (0.0, 1e-12, False),
        (None, 1.0, False),
    ],
)
def test_values_agree(gold, pred, expected):
    assert values_agree(gold, pred) is expected


def _d(flow, rep, par):
    return {"flow": flow, "reporter": rep, "partner": par}


@pytest.mark.parametrize(
    "g, p, expected",
    [
        (_d("import", "RUS", "CHN"), _d("export", "CHN", "RUS"), True),  # both CHN -> RUS
        (_d("import", "RUS", "CHN"), _d("import", "CHN", "RUS"), False),  # reversed
        (_d("re_export", "ARE", "IRN"), _d("export", "ARE", "IRN"), True),
        (_d("trade", "USA", "CHN"), _d("trade", "CHN", "USA"), True),  # a set
        (_d("balance", "USA", "CHN"), _d(None, "CHN", "USA"), True),
        (_d("export", "IND", "WLD"), _d("export", "IND", None), False),  # WLD is a code, not null
        (_d("import", "RUS", "CHN"), _d("trade", "CHN", "RUS"), True),  # mixed: sets compared
    ],
)
def test_direction(g, p, expected):
    assert directions_agree(g, p) is expected


@pytest.mark.parametrize(
    "product, heads",
    [
        ("machine tools", {"tool"}),
        ("car exports", {"car"}),
        ("drugs and pharmaceuticals", {"drug", "pharmaceutical"}),
        ("the steel-making ingredient", {"ingredient"}),
        ("shipments of soybeans", {"soybean"}),
        ("goods", set()),
        (None, set()),
        ("batteries", {"battery"}),
        ("oil, gas", {"oil", "gas"}),
    ],
)
def test_product_heads(product, heads):
    assert product_heads(product) == heads


def test_products_agree():
    assert products_agree("crude oil", "oil")
    assert products_agree("iron ore", "iron ore exports")
    assert not products_agree("iron ore", "iron")
    assert products_agree(None, "goods") and not products_agree(None, "rice")


def test_greedy_ranks_period_before_order():
    g = [
        {"obs_value": 5.0, "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"obs_value": 5.0, "period_start": "2022-01-01", "period_end": "2022-12-31"},
    ]
    p = [
        {"obs_value": 5.0, "period_start": "2022-01-01", "period_end": "2022-12-31"},
        {"obs_value": 5.0, "period_start": "2023-01-01", "period_end": "2023-12-31"},
    ]
    assert sorted(pair_article(g, p)) == [(0, 1), (1, 0)]


# --- unreadable or incomplete inputs ----------------------------------------------------------------------


def test_claims_missing_columns_are_refused(gold_dir, tmp_path):
    from extractor.errors import InputError

    with pytest.raises(InputError) as e:
        evaluate(gold_dir, pd.DataFrame([{"doc_id": "A1", "value_text": "$903m", "obs_value": 9.03e8}]))
    assert e.value.code == "E213"
    assert e.value.message.endswith(
        "lacks the column(s) the evaluation needs: value_char_start, value_char_end, unit, qualifier, "
        "indicator, value_type, reporter, partner, flow, product, period_start, period_end, status"
    )
    f = tmp_path / "claims.jsonl"
    f.write_text(json.dumps({"doc_id": "A1", "value_text": "5%"}) + "\n")
    with pytest.raises(InputError) as e:
        evaluate(gold_dir, f)
    assert e.value.code == "E213" and str(f) in e.value.message


def test_empty_claims_tables_with_a_schema_score_zero(gold_dir, tmp_path):
    from extractor.io.writers import write_tables

    for fmt in ("csv", "jsonl"):  # a header-only CSV; a 0-byte JSONL (JSONL has no header to check)
        write_tables({}, tmp_path / fmt, fmt)
        r = evaluate(gold_dir, tmp_path / fmt / f"claims.{fmt}")
        assert (r.n_gold, r.n_pred, r.value.tp, r.value.recall) == (6, 0, 0, 0.0)


@pytest.mark.parametrize(
    "data, needle",
    [
        (b'{"doc_id": "A1"}\n\xff\xfe\n', "gold_claims.jsonl:2: not UTF-8 text (byte 0)"),
        (b'{"doc_id": "A1"}\n[1]\n', "gold_claims.jsonl:2: expected a JSON object, got list"),
        (b'{"doc_id": "A1"\n', "gold_claims.jsonl:1: not valid JSON"),
    ],
)
def test_bad_gold_lines_are_named(gold_dir, data, needle):
    from extractor.errors import InputError

    (gold_dir / "gold_claims.jsonl").write_bytes(data)
    with pytest.raises(InputError) as e:
        evaluate(gold_dir, pd.DataFrame(PRED))
    assert e.value.code == "E208" and needle in e.value.message
