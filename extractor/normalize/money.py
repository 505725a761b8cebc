"""Currency symbols, ISO codes and names -> ISO 4217, with resolution of ambiguous signs from the areas.

The table is ``patterns/q_currencies.jsonl``: each rule has ``forms`` (as written), ``position``
(``prefix`` before the number, ``suffix`` after it, ``both``), and either a fixed ``code`` or ``by_area``, a
list of ``{"if": ISO3, "unless": ISO3, "code": ...}`` tests tried in order, ending with ``{"default": ...}``
(``¥`` is CNY when China is among the article's areas and Japan is not, else JPY; ``Rs`` is INR unless the
article is about Pakistan, Sri Lanka or Nepal and not India). ``$`` alone is USD (the contract's rule);
prefixed dollars (``A$``, ``HK$``...) are rules of their own.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..rules import load_rules
from .numbers import alternation


@functools.lru_cache(maxsize=None)
def currency_table() -> tuple[dict, ...]:
    """All currency rules, validated (``PatternError`` on a malformed line)."""
    rows = load_rules(
        "q_currencies",
        required={"forms": list, "position": str},
        optional={"code": str, "by_area": list, "case_sensitive": bool},
        allowed_values={"position": ["prefix", "suffix", "both"]},
    )
    for r in rows:
        if not r.get("code") and not r.get("by_area"):
            from ..errors import PatternError

            raise PatternError("E006", f"q_currencies.jsonl:{r['_line']}: rule {r['id']!r} needs 'code' or 'by_area'")
    return tuple(rows)


def _norm(form: str, cs: bool) -> str:
    f = re.sub(r"\s+", " ", form)
    return f if cs else f.lower()


@functools.lru_cache(maxsize=None)
def _lookup() -> tuple[dict, dict]:
    pre: dict = {}
    suf: dict = {}
    for r in currency_table():
        cs = r.get("case_sensitive", True)
        for f in r["forms"]:
            if r["position"] in ("prefix", "both"):
                pre.setdefault(_norm(f, cs), r)
            if r["position"] in ("suffix", "both"):
                suf.setdefault(_norm(f, cs), r)
    return pre, suf


def lookup_currency(form: str, position: str) -> Optional[dict]:
    """The rule for a currency form as written at ``position`` ("prefix" or "suffix"), or None."""
    tab = _lookup()[0 if position == "prefix" else 1]
    return tab.get(_norm(form, True)) or tab.get(_norm(form, False))


@functools.lru_cache(maxsize=None)
def prefix_regex() -> re.Pattern:
    """Regex matching a currency prefix that ends exactly where the number starts (search it in the text
    before the number): group ``cur``; a space (or none) may stand between it and the number."""
    forms = [(f, r.get("case_sensitive", True)) for r in currency_table() if r["position"] in ("prefix", "both") for f in r["forms"]]
    return re.compile(rf"(?<![A-Za-z])(?P<cur>{alternation(forms)})[ \u00a0]?\Z")


@functools.lru_cache(maxsize=None)
def suffix_regex() -> re.Pattern:
    """Regex matching a currency code or name right after a number or scale word: groups ``sp``, ``cur``."""
    forms = [(f, r.get("case_sensitive", True)) for r in currency_table() if r["position"] in ("suffix", "both") for f in r["forms"]]
    return re.compile(rf"(?P<sp>\s?)(?P<cur>{alternation(forms)})(?![A-Za-z])")


def resolve_currency(rule: dict, areas: frozenset = frozenset()) -> str:
    """ISO 4217 code for a currency rule given the ISO3 codes of the areas named in the article.

    ``by_area`` tests are tried in order: ``{"if": A, "unless": B, "code": C}`` gives C when A is among the
    areas and B is not; ``{"default": C}`` gives C. Rules with a fixed ``code`` return it.
    """
    if rule.get("code"):
        return rule["code"]
    for test in rule.get("by_area", []):
        if "default" in test:
            return test["default"]
        if test.get("if") in areas and test.get("unless") not in areas:
            return test["code"]
    return rule["by_area"][-1].get("default", "")
