"""Tests of the area lexicon (patterns/areas.jsonl) and extractor.normalize.areas.

Expected values in tests/cases/*.jsonl were written by hand from the sentences: un_members.jsonl lists the 193
UN member states by their common English name with the ISO 3166-1 alpha-3 code; areas_sentences.jsonl lists
direction-free sentences with every area mention expected in them (surface, code, kind).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.normalize.areas import area_codes, area_name, find_areas
from extractor.rules import patterns_dir

CASES = Path(__file__).parent / "cases"
ROOT = Path(__file__).resolve().parent.parent


def _load(name):
    with (CASES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


UN = _load("un_members.jsonl")
SENTENCES = _load("areas_sentences.jsonl")


def _bare(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def test_un_member_list_is_complete():
    assert len(UN) == 193
    assert len({r["iso3"] for r in UN}) == 193


@pytest.mark.parametrize("row", UN, ids=[r["iso3"] for r in UN])
def test_every_un_member_is_found(row):
    text = f"Exports to {row['name']} rose."
    got = find_areas(text)
    assert [(m.text, m.code) for m in got] == [(_bare(row["name"]), row["iso3"])]
    m = got[0]
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("row", UN, ids=[r["iso3"] for r in UN])
def test_every_un_member_is_found_in_all_caps(row):
    text = f"EXPORTS TO {row['name'].upper()} ROSE"
    got = find_areas(text)
    assert [m.code for m in got] == [row["iso3"]]


@pytest.mark.parametrize("case", SENTENCES, ids=[c["id"] for c in SENTENCES])
def test_sentences(case):
    got = find_areas(case["text"])
    assert [[m.text, m.code, m.kind] for m in got] == case["expected"]
    for m in got:
        assert case["text"][m.start:m.end] == m.text
        assert m.rule_id.startswith("area.")


def test_at_least_120_sentences():
    assert len(SENTENCES) >= 120


def test_offsets_and_possessive():
    text = "Australia's goods trade surplus with China widened."
    got = find_areas(text)
    assert [(m.start, m.end, m.text) for m in got] == [(0, 9, "Australia"), (37, 42, "China")]


def test_leading_the_is_not_in_span():
    text = "Exports to the UAE and the rest of the world rose."
    got = find_areas(text)
    assert [(m.start, m.text) for m in got] == [(15, "UAE"), (27, "rest of the world")]


def test_lowercase_us_is_not_the_united_states():
    assert find_areas("Tell us what the figures show.") == []
    assert [m.code for m in find_areas("Tell US buyers what the figures show.")] == ["USA"]


def test_lowercase_common_words_are_not_countries():
    assert find_areas("The turkey and the china were sold; a chad was left.") == []


def test_currency_symbol_is_not_an_area():
    assert find_areas("The bill came to US$5bn.") == []


def test_group_codes_are_null_and_world_is_wld():
    got = {m.text: m.code for m in find_areas("ASEAN, the Middle East and global demand")}
    assert got == {"ASEAN": None, "Middle East": None, "global": "WLD"}


def test_area_name():
    assert area_name("DEU") == "Germany"
    assert area_name("usa") == "United States"
    assert area_name("EUU") == "European Union"
    assert area_name("EMU") == "euro area"
    assert area_name("WLD") == "world"
    assert area_name("COD") == "DR Congo"
    assert area_name("RUS") == "Russia"
    assert area_name("XYZ") is None
    assert area_name("") is None


def test_every_iso_code_has_a_name_and_codes_are_valid():
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    codes = area_codes()
    assert iso <= codes
    assert codes - iso == {"EUU", "EMU", "WLD"}
    assert all(area_name(c) for c in codes)


def test_generated_lexicon_is_current():
    spec = importlib.util.spec_from_file_location("build_areas", ROOT / "scripts" / "build_areas.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    expected = mod.render()
    assert (patterns_dir() / "areas.jsonl").read_text(encoding="utf-8") == expected
    # deterministic: a second build gives the same text
    assert mod.render() == expected


def test_clean_iso_name():
    spec = importlib.util.spec_from_file_location("build_areas", ROOT / "scripts" / "build_areas.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.clean_iso_name("Korea, Republic of") == "Republic of Korea"
    assert mod.clean_iso_name("Congo, The Democratic Republic of the") == "Democratic Republic of the Congo"
    assert mod.clean_iso_name("Virgin Islands, British") == "British Virgin Islands"
    assert mod.clean_iso_name("Holy See (Vatican City State)") == "Holy See"
    assert mod.clean_iso_name("Taiwan, Province of China") is None
    assert mod.clean_iso_name("the State of Eritrea") == "State of Eritrea"


def test_institutions_named_after_the_world_are_not_areas():
    assert find_areas("The World Bank and S&P Global cut their forecasts.") == []
    got = find_areas("Demand around the world fell.")
    assert [(m.text, m.code, m.kind) for m in got] == [("world", "WLD", "world")]
