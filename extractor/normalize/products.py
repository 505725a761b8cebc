"""Find goods and services phrases in text and map them to HS 2022 codes.

Data (all in ``patterns/``, see docs/lexicons.md):

- ``products.jsonl``: one row per product: ``terms`` (surface forms: singular/plural, British/American
  spellings, abbreviations), canonical ``product``, ``hs_code`` (WCO HS 2022 chapter "27", heading "2709",
  subheading "271111", contiguous range "8456-8463", list "280530,2846", or null for services and groupings
  without a heading), optional ``elliptic_terms`` (modifiers that stand for the whole product: "crude" for
  crude oil, "basmati" for basmati rice, "farm"/"agricultural" for agricultural products), optional
  ``classes`` (what a reference back such as "the fuel" may point to) and ``source`` (where the code
  comes from);
- ``product_modifiers.jsonl``: words kept in the phrase when they directly precede a term ("frozen shrimp",
  "used cars"); ``keeps_hs`` false for "non-" (a complement: "non-oil goods" has no code);
- ``product_exclusions.jsonl``: phrases with a product word that name no traded product ("China Steel",
  "oil ministry", "wind farm");
- ``product_refs.jsonl``: references back ("the fuel", "the steel-making ingredient") with the product class
  they refer to.

Offsets are Python ``str`` indices into the text passed in, end exclusive. Matching is case-insensitive,
leftmost-longest, on word boundaries; a term followed by a hyphen and a letter does not match ("steel" in
"steel-making", "oil" in "oil-rich").
"""
from __future__ import annotations

import functools
import re

from ..errors import PatternError
from ..rules import load_rules
from ..types import ProductMention
from .lexicon_match import LexiconMatcher, normalize_key, trie_regex

_HS_ONE = r"\d{2}(?:\d{2}){0,2}(?:-\d{2}(?:\d{2}){0,2})?"  # "27", "2709", "271111", "8456-8463"
_HS = re.compile(_HS_ONE + "(?:," + _HS_ONE + ")*")  # a list: "280530,2846"
_DET = re.compile(r"(?:the|a|an|this|that|these|those|such|its|their)\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _products() -> tuple[dict, ...]:
    rows = load_rules(
        "products",
        required={"terms": list, "product": str},
        optional={"hs_code": str, "elliptic_terms": list, "classes": list},
    )
    for r in rows:
        hs = r.get("hs_code")
        if hs is not None and not _HS.fullmatch(hs):
            raise PatternError(
                "E009", f"products.jsonl:{r['_line']}: hs_code {hs!r} is not an HS code, range or list")
        if not r["terms"] or not all(isinstance(t, str) and t.strip() for t in r["terms"]):
            raise PatternError("E007", f"products.jsonl:{r['_line']}: 'terms' must be non-empty strings")
        r["_elliptic"] = frozenset(normalize_key(t).lower() for t in r.get("elliptic_terms") or ())
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _by_id() -> dict[str, dict]:
    return {r["id"]: r for r in _products()}


@functools.lru_cache(maxsize=1)
def _matcher() -> LexiconMatcher:
    entries = [(r["text"], r["case_sensitive"], ("x", r))
               for r in load_rules("product_exclusions", required={"text": str, "case_sensitive": bool})]
    for r in _products():
        for t in r["terms"]:
            entries.append((t, False, ("p", r)))
    return LexiconMatcher(entries, hyphen_right=False)


@functools.lru_cache(maxsize=1)
def _modifier_rx() -> tuple[re.Pattern, dict[str, bool]]:
    rows = load_rules("product_modifiers", required={"text": str, "keeps_hs": bool})
    table = {r["text"].lower(): r["keeps_hs"] for r in rows}
    attached = [t for t in table if t.endswith("-")]
    words = [t for t in table if not t.endswith("-")]
    parts = []
    if words:
        parts.append(r"(?<![\w-])(?P<w>" + trie_regex(words) + r")(?:\s+|-)$")
    if attached:
        parts.append(r"(?<![\w-])(?P<a>" + trie_regex(attached) + r")$")
    return re.compile("|".join(parts), re.IGNORECASE), table


@functools.lru_cache(maxsize=1)
def _refs_matcher() -> LexiconMatcher:
    rows = load_rules("product_refs", required={"text": str, "refers_to_class": str})
    return LexiconMatcher([(r["text"], False, r) for r in rows], hyphen_right=False)


def find_products(text: str) -> list[ProductMention]:
    """Return the product phrases in ``text``, in text order, non-overlapping.

    Args:
        text: any string (a sentence or a whole article).

    Returns:
        ``ProductMention(start, end, text, product, hs_code, rule_id)`` per phrase. ``text`` is the span as
        written; ``product`` is that span in lower case with whitespace collapsed ("Basmati rice" ->
        "basmati rice", "machine tool" stays singular), except that an elliptic term is replaced by the
        row's canonical product ("crude" -> "crude oil", "basmati" -> "basmati rice", "agricultural" ->
        "agricultural products"). A modifier listed in ``product_modifiers.jsonl`` directly before the term
        is included ("frozen shrimp", "Non-basmati rice"); a "non-" prefix not in the lexicon gives
        ``hs_code`` None. ``hs_code`` is the row's HS 2022 code/range/list; ``rule_id`` the row id.
        Exclusion phrases ("China Steel") produce nothing. Determiners are never part of a term.

    Raises:
        PatternError: when a pattern file is missing or malformed (on first use).
    """
    found = _matcher().find(text)
    mod_rx, mod_table = _modifier_rx()
    out: list[ProductMention] = []
    prev_end = 0
    for start, end, (tag, row) in found:
        if tag == "x":
            prev_end = end
            continue
        span = normalize_key(text[start:end]).lower()
        product = row["product"] if span in row["_elliptic"] else span
        hs = row.get("hs_code")
        # extend leftwards over one modifier ("frozen shrimp", "non-basmati rice")
        m = mod_rx.search(text, max(prev_end, start - 40), start)
        if m is not None:
            gd = m.groupdict()
            if gd.get("w"):
                word = gd["w"].lower()
                prefix = word + ("-" if text[start - 1] == "-" else " ")
            else:
                word = gd["a"].lower()
                prefix = word
            start = m.start()
            product = prefix + product
            if not mod_table.get(word, True):
                hs = None
        out.append(ProductMention(start, end, text[start:end], product, hs, row["id"]))
        prev_end = end
    return out


def find_product_refs(text: str) -> list[tuple[int, int, str]]:
    """Return references back to an earlier product ("the fuel", "the steel-making ingredient").

    Returns:
        ``[(start, end, refers_to_class), ...]`` in text order; the span includes the determiner as written
        ("the fuel"). ``refers_to_class`` is a class named in the ``classes`` list of rows of
        ``products.jsonl`` (e.g. "fuel", "steel_input", "precious_metal") or "any"; resolve it with
        :func:`product_classes` against the products found earlier. Source: ``patterns/product_refs.jsonl``.
    """
    return [(s, e, r["refers_to_class"]) for s, e, r in _refs_matcher().find(text)]


def product_entry(rule_id: str) -> dict | None:
    """Return the lexicon row of a product rule id.

    Returns ``{"id", "product", "hs_code", "terms", "classes", "source"}``.

    ``product`` is the canonical name ("crude oil" for a mention written "crude"); None for an unknown id.
    """
    r = _by_id().get(rule_id)
    if r is None:
        return None
    return {k: r.get(k) for k in ("id", "product", "hs_code", "terms", "classes", "source")}


def product_classes(rule_id: str) -> frozenset[str]:
    """Return the reference classes of a product rule id (empty for an unknown id or no classes)."""
    r = _by_id().get(rule_id)
    return frozenset(r.get("classes") or ()) if r else frozenset()
