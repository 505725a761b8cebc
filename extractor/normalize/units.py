"""Physical units -> canonical unit names; the ONLY module that imports quantulum3.

Our own table ``patterns/q_units.jsonl`` covers the units of trade news (percent, percentage points, basis
points, tonnes and kg, barrels and barrels per day, cubic metres and bcm, TEU, MWh, litres, counted goods
and counted nouns). Each rule: ``forms``, ``unit`` (canonical name, null for counted nouns that are not trade
quantities), ``kind`` (percent / percentage_point / volume / count), optional ``factor`` (conversion to the
canonical unit: kg -> tonne 0.001), ``inner_power`` (a scale inside the abbreviation: bcm 9, mb/d 6),
``price_unit`` (the name after ``<ISO>_per_`` in a price) and ``case_sensitive``.

quantulum3 is used only as a fallback for a unit word our table does not know (``200 hectares``): it is
imported lazily on first need, its classifier warning is silenced, and the root-logger handler its
``parse()`` installs through ``logging.basicConfig`` is removed again: the library never configures logging.
Rates ("a day", "per year") come from ``patterns/q_rates.jsonl``.
"""
from __future__ import annotations

import functools
import logging
import re
import warnings
from typing import Optional

from ..rules import load_rules
from .numbers import alternation

KINDS = ("percent", "percentage_point", "volume", "count")


@functools.lru_cache(maxsize=None)
def unit_table() -> tuple[dict, ...]:
    """The unit rules, validated (``PatternError`` names file:line on a bad rule)."""
    return tuple(
        load_rules(
            "q_units",
            required={"forms": list, "kind": str},
            optional={"unit": str, "factor": float, "inner_power": int, "case_sensitive": bool, "price_unit": str},
            allowed_values={"kind": KINDS},
        )
    )


@functools.lru_cache(maxsize=None)
def _lookup() -> dict:
    out: dict = {}
    for r in unit_table():
        cs = bool(r.get("case_sensitive"))
        for f in r["forms"]:
            key = re.sub(r"\s+", " ", f)
            out.setdefault(key if cs else ("~" + key.lower()), r)
    return out


def lookup_unit(form: str) -> Optional[dict]:
    """The unit rule for a form as written ("tonnes", "bcm", "b/d", "vessels"), or None."""
    tab = _lookup()
    key = re.sub(r"\s+", " ", form)
    return tab.get(key) or tab.get("~" + key.lower())


@functools.lru_cache(maxsize=None)
def unit_regex() -> re.Pattern:
    """Regex matching a unit right after a number / scale word: groups ``sp`` (space) and ``unit``.
    ``%`` may be glued or spaced; word units need a word end after them."""
    forms = [(f, bool(r.get("case_sensitive"))) for r in unit_table() for f in r["forms"]]
    return re.compile(rf"(?P<sp>[ \u00a0]?-?)(?P<unit>{alternation(forms)})(?![A-Za-z\d])")


@functools.lru_cache(maxsize=None)
def rate_table() -> tuple[dict, ...]:
    """Rates and price connectors from ``patterns/q_rates.jsonl`` (``period``: day/week/month/year/price)."""
    return tuple(load_rules("q_rates", required={"forms": list, "period": str},
                            allowed_values={"period": ["day", "week", "month", "year", "price", "blocker"]}))


@functools.lru_cache(maxsize=None)
def rate_regex() -> re.Pattern:
    """Regex for a rate phrase after a figure ("a day", "per year"): groups ``rate``."""
    forms = [(f, False) for r in rate_table() if r["period"] not in ("price", "blocker") for f in r["forms"]]
    blockers = [(f, False) for r in rate_table() if r["period"] == "blocker" for f in r["forms"]]
    return re.compile(rf"\s*(?P<rate>{alternation(forms)})(?![A-Za-z])(?!\s+(?:{alternation(blockers)})\b)")


def rate_period(form: str) -> Optional[str]:
    """The period word (day, week, month, year) of a rate phrase as written, or None."""
    f = re.sub(r"\s+", " ", form).lower()
    for r in rate_table():
        if r["period"] not in ("price", "blocker") and f in [x.lower() for x in r["forms"]]:
            return r["period"]
    return None


@functools.lru_cache(maxsize=None)
def price_regex() -> re.Pattern:
    """Regex for a price denominator after money ("a tonne", "per bbl", "for each tonne", "/t"):
    group ``unit`` holds the unit form (a unit with a ``price_unit``)."""
    forms = [f for r in rate_table() if r["period"] == "price" for f in r["forms"]]
    # a connector that is a word needs a space before the unit ("a tonne"; "lira at average" is no "a t"),
    # a sign may be glued to it ("/t")
    words = alternation([(f, False) for f in forms if f[-1:].isalpha()])
    signs = alternation([(f, False) for f in forms if not f[-1:].isalpha()])
    conn = "|".join(x for x in (rf"(?:{words})\s+" if words else "", rf"(?:{signs})\s*" if signs else "") if x)
    units = [(f, bool(r.get("case_sensitive"))) for r in unit_table() if r.get("price_unit") for f in r["forms"]]
    return re.compile(rf"\s*(?:{conn})(?P<unit>{alternation(units)})(?![A-Za-z\d])")


# --- quantulum3 fallback ------------------------------------------------------------------------------------
_Q = None


def _quantulum():
    global _Q
    if _Q is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # noqa: PLC0415 - lazy import by design
        _Q = parser
    return _Q


_SKIP_ENTITIES = {"dimensionless", "currency", "unknown", "time", "data storage", "length"}


@functools.lru_cache(maxsize=1)
def quantulum_unit_words() -> frozenset:
    """First words (lower-cased) of every unit surface quantulum3 knows, read from its JSON data files
    without importing the library, so that :func:`quantulum_unit` is only asked when a word after a number
    could be a unit. Empty when quantulum3 is not installed."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    root = Path(list(spec.submodule_search_locations)[0])
    words: set = set()
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for name, spec_ in data.items():
            surfaces = [name] + list(spec_.get("surfaces", []) if isinstance(spec_, dict) else [])
            for sf in surfaces:
                first = sf.split()[0].lower() if sf.split() else ""
                if len(first) > 1 and first.isalpha():
                    words.add(first)
                    words.add(first + "s")
    return frozenset(words)


@functools.lru_cache(maxsize=4096)
def quantulum_unit(snippet: str) -> Optional[tuple[str, int, str]]:
    """Ask quantulum3 for a physical unit at the start of ``snippet`` (a number followed by a few words).

    Returns ``(unit_name, end_offset_in_snippet, entity)`` when quantulum3 reads a quantity that starts at
    offset 0 with a physical unit (not currency, not dimensionless, not time or length, which are too often
    wrong in news), else None. The unit name is quantulum3's name with spaces as underscores
    ("hectare", "gallon"). Never raises: a quantulum3 failure gives None.
    """
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    try:
        parser = _quantulum()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(snippet)
    except Exception:  # pragma: no cover - third-party failure is not ours to raise
        return None
    finally:
        # quantulum3's parse() calls logging.basicConfig(); undo it: a library never configures logging
        for h in list(root.handlers):
            if h not in handlers_before:
                root.removeHandler(h)
    for q in found:
        span = getattr(q, "span", (None, None))
        ent = getattr(getattr(q.unit, "entity", None), "name", "unknown")
        if span[0] == 0 and ent not in _SKIP_ENTITIES and q.unit.name and q.unit.name != "dimensionless":
            surface = snippet[span[0]:span[1]]
            if not re.search(r"[A-Za-z]", surface):
                return None
            return q.unit.name.replace(" ", "_"), span[1], ent
    return None
