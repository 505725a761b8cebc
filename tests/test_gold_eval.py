"""The gold set as a regression floor: the contract's evaluation on data/gold must not fall back.

The floors are set a little under the figures measured when they were last raised (see the issue notes);
raise them when the tool improves, never lower them to make a change pass. The devtest split is never used
for tuning rules, so its floor is the honest one.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractor.evaluate import evaluate
from extractor.pipeline import Extractor
from extractor.schema import to_frame
from extractor.types import Article

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"

# split -> (value F1, value+unit F1, full F1, direction, period, product, qualifier)
FLOORS = {
    "dev": (0.99, 0.99, 0.96, 0.97, 0.98, 0.95, 0.98),  # dev: cases, samples, extra, batches g, d, e
    "devtest": (0.98, 0.98, 0.89, 0.93, 0.93, 0.93, 0.98),  # includes never-tuned held-out batches
}


@pytest.fixture(scope="module")
def predicted():
    ex = Extractor.default()
    arts = []
    for line in (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        arts.append(Article(doc_id=rec["id"], text=rec["text"], title=rec.get("title"), url=rec.get("url"),
                            published=date.fromisoformat(rec["published"][:10])))
    rows = []
    for _art, res in ex.process_many(arts):
        rows.extend(res.claims)
    return to_frame("claims", rows)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_gold_floor(predicted, split):
    rep = evaluate(GOLD, predicted, split=split)
    v, vu, full, direction, period, product, qualifier = FLOORS[split]
    assert rep.value.f1 >= v
    assert rep.value_unit.f1 >= vu
    assert rep.full.f1 >= full
    assert rep.share("direction") >= direction
    assert rep.share("period") >= period
    assert rep.share("product") >= product
    assert rep.share("qualifier") >= qualifier


def test_no_false_claims_in_non_trade_articles(predicted):
    rep = evaluate(GOLD, predicted, split="all")
    assert rep.false_claims, "the gold set must hold articles without trade claims"
    assert all(n == 0 for n in rep.false_claims.values()), rep.false_claims
