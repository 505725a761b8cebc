"""Table-driven tests of the claim linker: direction, flow, areas, status, indicator and non-claims.

The table is tests/cases/linking.jsonl, one case per line, worked out by hand from the contract
(/work/shared/contract/claims-schema.md), not from the tool's output:

- ``id``, ``text`` (one to three sentences), ``published`` (YYYY-MM-DD), optional ``title`` (context only);
- ``expect``: EVERY trade claim of the text, in text order. Each row gives ``value_text``, ``reporter``,
  ``partner`` and ``flow`` (null written as ``null``), and optionally ``indicator``, ``value_type``,
  ``obs_value``, ``product``, ``status``, ``via``, ``attribution``, ``time_period``, ``partner_text``.
  Only the listed keys are compared; ``obs_value`` within 0.5 % (the evaluation's pairing tolerance).
- ``not_claims``: figures (as written) that must be quantities with ``is_claim`` false and no claim row.
- ``not_figures``: text that is no figure at all (phone numbers, comment counters, related-story links):
  no quantity and no claim may overlap it.

Case ids start with ``dir.`` (direction/flow/areas), ``st.`` (status/indicator/value_type) or ``nc.``
(not trade claims).
"""
from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

import extractor
from extractor.pipeline import Extractor
from extractor.types import Article

CASES_FILE = Path(__file__).parent / "cases" / "linking.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
REQUIRED_KEYS = ("value_text", "reporter", "partner", "flow")


def _norm(v):
    """NaN / NA / empty string -> None, numpy scalars -> Python scalars."""
    if v is None:
        return None
    try:
        if v != v:  # NaN
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, str):
        return v if v != "" else None
    if hasattr(v, "item"):
        return v.item()
    return v


def _same(key, got, exp) -> bool:
    if exp is None or got is None:
        return got is None and exp is None
    if key == "obs_value":
        exp, got = float(exp), float(got)
        if exp == 0:
            return got == 0
        return math.isclose(got, exp, rel_tol=0.005)
    return got == exp


def _first_span(text: str, needle: str) -> tuple[int, int]:
    i = text.find(needle)
    assert i >= 0, f"case error: {needle!r} not in text"
    return i, i + len(needle)


def _overlaps(row, span) -> bool:
    return row["value_char_start"] < span[1] and span[0] < row["value_char_end"]


def test_table_is_big_enough_and_well_formed():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(CASES) >= 150
    assert sum(c["id"].startswith("dir.") for c in CASES) >= 110
    assert sum(c["id"].startswith("st.") for c in CASES) >= 20
    assert sum(c["id"].startswith("nc.") for c in CASES) >= 25
    for c in CASES:
        date.fromisoformat(c["published"])
        for e in c["expect"]:
            assert all(k in e for k in REQUIRED_KEYS), c["id"]
            assert e["value_text"] in c["text"], (c["id"], e["value_text"])
        for t in c.get("not_claims", []) + c.get("not_figures", []):
            assert t in c["text"], (c["id"], t)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_linking_case(case):
    text = case["text"]
    frame = extractor.extract(text, case["published"], title=case.get("title"))
    frame = frame.sort_values("value_char_start", kind="stable")
    rows = [{k: _norm(v) for k, v in r.items()} for r in frame.to_dict("records")]
    got_summary = [(r["value_text"], r["reporter"], r["partner"], r["flow"]) for r in rows]

    # every claim, in order, with exactly the expected value_text
    assert [r["value_text"] for r in rows] == [e["value_text"] for e in case["expect"]], \
        f"claims of {text!r}: got {got_summary}"
    problems = []
    for row, exp in zip(rows, case["expect"]):
        assert text[row["value_char_start"]:row["value_char_end"]] == row["value_text"]
        for key, want in exp.items():
            if key == "value_text":
                continue
            have = row.get(key)
            if not _same(key, have, want):
                problems.append(f"{exp['value_text']!r}: {key} is {have!r}, expected {want!r}")
    assert not problems, "; ".join(problems)

    if case.get("not_claims") or case.get("not_figures"):
        res = Extractor.default().process(Article(doc_id=case["id"], text=text, title=case.get("title"),
                                                  published=date.fromisoformat(case["published"])))
        for needle in case.get("not_claims", []):
            span = _first_span(text, needle)
            hits = [q for q in res.quantities if _overlaps(q, span)]
            assert hits, f"{needle!r} should be a quantity (is_claim false) but no quantity covers it"
            assert not any(q["is_claim"] for q in hits), f"{needle!r} must not be a claim: {hits}"
            assert not any(_overlaps(r, span) for r in res.claims), f"{needle!r} became a claim"
        for needle in case.get("not_figures", []):
            span = _first_span(text, needle)
            assert not [q["value_text"] for q in res.quantities if _overlaps(q, span)], \
                f"{needle!r} is not a figure at all"
            assert not any(_overlaps(r, span) for r in res.claims), f"{needle!r} became a claim"
