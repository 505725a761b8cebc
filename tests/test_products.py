"""Tests of the product lexicon (patterns/products.jsonl) and extractor.normalize.products.

tests/cases/products_sentences.jsonl holds sentences with every product phrase expected in them as
[text as written, product, hs_code], worked out by hand from the sentence and the HS 2022 nomenclature.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.normalize.products import (
    find_product_refs,
    find_products,
    product_classes,
    product_entry,
)
from extractor.rules import load_rules

CASES = Path(__file__).parent / "cases"

with (CASES / "products_sentences.jsonl").open(encoding="utf-8") as fh:
    SENTENCES = [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("case", SENTENCES, ids=[c["id"] for c in SENTENCES])
def test_sentences(case):
    got = find_products(case["text"])
    assert [[m.text, m.product, m.hs_code] for m in got] == case["expected"]
    for m in got:
        assert case["text"][m.start:m.end] == m.text
        assert product_entry(m.rule_id) is not None


def test_at_least_60_sentences():
    assert len(SENTENCES) >= 60


def test_lexicon_size_and_sources():
    rows = load_rules("products", required={"terms": list, "product": str},
                      optional={"hs_code": str, "elliptic_terms": list, "classes": list})
    assert len(rows) >= 150
    hs_rx = re.compile(r"\d{2}(\d{2}){0,2}(-\d{2}(\d{2}){0,2})?(,\d{2}(\d{2}){0,2}(-\d{2}(\d{2}){0,2})?)*")
    for r in rows:
        assert r.get("source"), r["id"]
        if r.get("hs_code") is not None:
            assert hs_rx.fullmatch(r["hs_code"]), r["id"]
            assert "HS 2022" in r["source"], r["id"]
        assert r["product"] == r["product"].strip()


# Gold-case products: each must be found, as written, in a plain sentence.
GOLD_PRODUCTS = [
    ("iron ore", "iron ore", "2601"), ("coffee", "coffee", "0901"), ("instant coffee", "instant coffee", "210111"),
    ("basmati rice", "basmati rice", "1006"), ("non-basmati rice", "non-basmati rice", "1006"),
    ("pipeline gas", "pipeline gas", "271121"), ("gas", "gas", "2711"), ("solar panels", "solar panels", "854143"),
    ("electrical equipment", "electrical equipment", "85"), ("e-bikes", "e-bikes", "871160"),
    ("liquefied natural gas", "liquefied natural gas", "271111"), ("LNG", "lng", "271111"),
    ("non-oil goods", "non-oil goods", None), ("vehicles", "vehicles", "87"), ("cars", "cars", "8703"),
    ("wheat", "wheat", "1001"), ("barley", "barley", "1003"), ("olive oil", "olive oil", "1509"),
    ("agri-food products", "agri-food products", "01-24"), ("crude oil", "crude oil", "2709"),
    ("steel", "steel", "7206-7229"), ("hot-rolled coil", "hot-rolled coil", "7208"), ("gold", "gold", "7108"),
    ("agricultural products", "agricultural products", "01-24"),
    ("fruit and vegetables", "fruit and vegetables", "07-08"),
    ("drugs and pharmaceuticals", "drugs and pharmaceuticals", "30"), ("bulk drugs", "bulk drugs", "29"),
    ("laptops", "laptops", "847130"), ("electric buses", "electric buses", "870240"),
    ("pharmaceuticals", "pharmaceuticals", "30"), ("sugar", "sugar", "1701"),
]

# Terms the issue names explicitly, with the HS 2022 code worked out by hand.
NAMED_TERMS = [
    ("crude oil", "2709"), ("LNG", "271111"), ("pipeline gas", "271121"), ("coal", "2701"), ("wheat", "1001"),
    ("soybeans", "1201"), ("rare earths", "280530,2846"), ("semiconductors", "8541-8542"),
    ("microelectronics", "8541-8542"), ("chips", "8542"), ("machine tools", "8456-8463"), ("cars", "8703"),
    ("steel", "7206-7229"), ("aluminium", "76"), ("aluminum", "76"), ("fertilisers", "31"), ("fertilizers", "31"),
    ("seafood", "03"), ("cotton yarn", "5205-5207"), ("smartphones", "851713"), ("drones", "8806"),
    ("ball bearings", "848210"), ("nitrocellulose", "391220"), ("diesel", "271019"), ("jet fuel", "271019"),
    ("gasoline", "271012"), ("corn", "1005"), ("maize", "1005"), ("rice", "1006"), ("palm oil", "1511"),
    ("tea", "0902"), ("cocoa", "1801"), ("cotton", "52"), ("textiles", "50-63"), ("garments", "61-62"),
    ("potash", "3104"), ("urea", "310210"), ("nickel", "75"), ("cobalt", "8105"), ("silver", "7106"),
    ("diamonds", "7102"), ("integrated circuits", "8542"), ("electric vehicles", "870380"), ("EVs", "870380"),
    ("trucks", "8704"), ("buses", "8702"), ("auto parts", "8708"), ("mobile phones", "851713-851714"),
    ("computers", "8471"), ("lithium-ion batteries", "850760"), ("weapons", "93"), ("vaccines", "300241"),
    ("timber", "44"), ("paper", "48"), ("plastics", "39"), ("rubber", "40"), ("chemicals", "28-38"),
    ("machinery", "84"), ("electronics", "85"), ("furniture", "9401-9403"), ("toys", "9503"), ("footwear", "64"),
    ("copper", "74"), ("wine", "2204"), ("beef", "0201-0202"), ("pork", "0203"), ("poultry", "0207"),
    ("dairy products", "0401-0406"), ("shrimp", "0306"), ("oil products", "2710"), ("natural gas", "2711"),
]


@pytest.mark.parametrize("term,product,hs", GOLD_PRODUCTS, ids=[g[0] for g in GOLD_PRODUCTS])
def test_gold_products_are_findable(term, product, hs):
    text = f"Exports of {term} rose 5% last year."
    got = find_products(text)
    assert [(m.text, m.product, m.hs_code) for m in got] == [(term, product, hs)]
    assert got[0].start == len("Exports of ")


@pytest.mark.parametrize("term,hs", NAMED_TERMS, ids=[t[0] for t in NAMED_TERMS])
def test_named_terms(term, hs):
    got = find_products(f"Shipments of {term} to the region doubled.")
    assert [(m.text, m.hs_code) for m in got] == [(term, hs)]


def test_services_have_no_hs_code():
    got = find_products("Tourism, freight and IT services earnings rose.")
    assert [(m.product, m.hs_code) for m in got] == [("tourism", None), ("freight", None), ("it services", None)]


def test_elliptic_terms_take_the_canonical_product():
    got = find_products("Kazakh crude and farm exports; basmati shipments")
    assert [(m.text, m.product) for m in got] == [
        ("crude", "crude oil"), ("farm", "agricultural products"), ("basmati", "basmati rice")]


def test_hyphenated_compounds_do_not_match_the_first_word():
    assert find_products("the oil-rich state and steel-making towns") == []


def test_company_names_are_excluded_but_lowercase_noun_adjuncts_are_not():
    assert find_products("China Steel said profits fell.") == []
    got = find_products("China steel exports rose.")
    assert [(m.text, m.hs_code) for m in got] == [("steel", "7206-7229")]


def test_modifiers():
    got = find_products("frozen shrimp, used cars and non-food goods")
    assert [(m.text, m.product, m.hs_code) for m in got] == [
        ("frozen shrimp", "frozen shrimp", "0306"), ("used cars", "used cars", "8703"),
        ("non-food", "non-food", None)]


def test_whitespace_in_terms_is_flexible():
    got = find_products("Crude\noil  and liquefied\u00a0natural gas")
    assert [(m.product, m.hs_code) for m in got] == [("crude oil", "2709"), ("liquefied natural gas", "271111")]


def test_product_refs():
    text = "Export earnings from the steel-making ingredient rose. Shipments of the fuel rose 12%."
    refs = find_product_refs(text)
    assert refs == [(21, 48, "steel_input"), (68, 76, "fuel")]
    assert text[68:76] == "the fuel"
    assert text[21:48] == "the steel-making ingredient"
    assert "steel_input" in product_classes("prod.iron_ore")
    assert "fuel" in product_classes("prod.lng")
    assert "precious_metal" in product_classes("prod.gold")
    assert product_classes("prod.nope") == frozenset()


def test_every_ref_class_is_used_by_some_product():
    rows = load_rules("products", required={"terms": list, "product": str},
                      optional={"hs_code": str, "elliptic_terms": list, "classes": list})
    classes = {c for r in rows for c in r.get("classes") or ()}
    refs = load_rules("product_refs", required={"text": str, "refers_to_class": str})
    for r in refs:
        assert r["refers_to_class"] == "any" or r["refers_to_class"] in classes, r["id"]


def test_product_entry():
    e = product_entry("prod.crude_oil")
    assert e["product"] == "crude oil" and e["hs_code"] == "2709"
    assert "crude" in e["terms"]
    assert product_entry("prod.does_not_exist") is None


def test_no_term_is_listed_twice():
    rows = load_rules("products", required={"terms": list, "product": str},
                      optional={"hs_code": str, "elliptic_terms": list, "classes": list})
    seen = {}
    for r in rows:
        for t in r["terms"]:
            k = " ".join(t.lower().split())
            assert k not in seen, f"{t!r} in {r['id']} and {seen[k]}"
            seen[k] = r["id"]


def test_institutions_and_idioms_are_not_products():
    assert find_products("Wood Mackenzie and the World Gold Council said greenhouse gas rules changed.") == []
