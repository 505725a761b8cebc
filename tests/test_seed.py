"""The article that started the project (sample s01, our retelling, published 2024-04-12) and the contract's
seed sentence: exactly the claims worked out by hand, nothing from dates, comment boxes or footers."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import extractor
from extractor.pipeline import Extractor
from extractor.types import Article

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "articles.jsonl"


def _s01():
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] == "s01":
            return rec
    raise AssertionError("s01 missing from the sample dump")


@pytest.fixture(scope="module")
def s01_result():
    rec = _s01()
    art = Article(doc_id="s01", text=rec["text"], title=rec["title"], published=date(2024, 4, 12))
    return rec, Extractor.default().process(art)


def test_s01_exactly_three_claims(s01_result):
    rec, res = s01_result
    rows = {r["value_text"]: r for r in res.claims}
    assert sorted(rows) == ["about $900 million", "about 90%", "almost 70%"]
    c90 = rows["about 90%"]
    assert (c90["indicator"], c90["value_type"], c90["obs_value"], c90["unit"], c90["qualifier"]) == \
        ("share", "level", 90.0, "percent", "approx")
    assert {c90["reporter"], c90["partner"]} == {"RUS", "CHN"}
    assert (str(c90["period_start"]), str(c90["period_end"]), c90["freq"]) == ("2023-01-01", "2023-12-31", "A")
    c70 = rows["almost 70%"]
    assert (c70["indicator"], c70["obs_value"], c70["qualifier"], c70["value_high"]) == ("share", 70.0, "upper_bound", 70.0)
    assert c70["time_period"] == "2023-Q4"
    # direction: China -> Russia, whichever flow label
    exporter = c70["reporter"] if c70["flow"] == "export" else c70["partner"]
    importer = c70["partner"] if c70["flow"] == "export" else c70["reporter"]
    assert (exporter, importer) == ("CHN", "RUS")
    c900 = rows["about $900 million"]
    assert (c900["indicator"], c900["obs_value"], c900["unit"], c900["qualifier"]) == \
        ("trade_value", 900_000_000.0, "USD", "approx")
    assert (c900["reporter"], c900["partner"], c900["flow"]) == ("RUS", "WLD", "import")
    assert c900["time_period"] == "2023-Q4" and c900["product"].startswith("machine tool")


def test_s01_dates_and_page_furniture_give_nothing(s01_result):
    rec, res = s01_result
    texts = [q["value_text"] for q in res.quantities]
    for q in res.quantities:
        assert "April 9" not in q["value_text"] and "#" not in q["value_text"]
    # the footer and comment box hold no figure at all
    footer_start = rec["text"].index("Share this article")
    assert all(q["value_char_start"] < footer_start for q in res.quantities), texts


def test_offsets_and_ids_are_stable(s01_result):
    rec, res = s01_result
    for row in res.claims + res.quantities:
        assert rec["text"][row["value_char_start"]:row["value_char_end"]] == row["value_text"]
    again = Extractor.default().process(Article(doc_id="s01", text=rec["text"], title=rec["title"],
                                                published=date(2024, 4, 12)))
    assert [r["claim_id"] for r in again.claims] == [r["claim_id"] for r in res.claims]


def test_contract_seed_sentence():
    text = ("Almost 70% of machine tool imports to Russia, worth about $900 million in the last quarter of 2023, "
            "came from China.")
    df = extractor.extract(text, published="2024-04-12")
    assert list(df["value_text"]) == ["Almost 70%", "about $900 million"]
    share, value = df.iloc[0], df.iloc[1]
    assert (share["reporter"], share["partner"], share["flow"], share["qualifier"], share["value_high"]) == \
        ("RUS", "CHN", "import", "upper_bound", 70.0)
    assert (value["reporter"], value["partner"], value["flow"], value["obs_value"], value["qualifier"]) == \
        ("RUS", "WLD", "import", 900_000_000.0, "approx")
    for row in (share, value):
        assert (row["period_start"], row["period_end"], row["freq"], row["time_period"]) == \
            ("2023-10-01", "2023-12-31", "Q", "2023-Q4")
        assert row["hs_code"] == "8456-8463"
        assert text[row["value_char_start"]:row["value_char_end"]] == row["value_text"]


def test_relative_period_needs_publication_date():
    df = extractor.extract("Turkey's exports to Russia fell 12% last year.", published=None)
    row = df.iloc[0]
    assert row["period_start"] is None or str(row["period_start"]) in ("<NA>", "None")
    df2 = extractor.extract("Turkey's exports to Russia fell 12% last year.", published="2025-02-03")
    assert df2.iloc[0]["time_period"] == "2024"
