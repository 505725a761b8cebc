"""Numbers as news writes them: digit formats, number words, fractions and scale words.

Data lives in ``patterns/``: ``q_scales.jsonl`` (scale words -> power of ten), ``q_number_words.jsonl``
(number words, "and a half", "sevenfold"), ``q_fractions.jsonl`` (share words -> denominators). This module
only holds the regex skeletons that assemble those lists, and the digit-format rules:

- ``1,234,567.89`` (comma thousands), ``1.234.567,89`` / ``4.156,2`` (European), ``13 009`` / ``70 500 000``
  (space thousands, also NBSP / thin space), Indian grouping ``2,77,000`` / ``1,23,45,678`` / ``13, 92,559``.
- A lone separator is decided by the length of the digit group after it: exactly three digits is a thousands
  separator (``1,486`` -> 1486), anything else a decimal mark (``27,9`` -> 27.9, ``3.38`` -> 3.38), except
  that ``decimal_comma=True`` (a text known to write decimal commas) reads ``10.142`` as 10142 and ``1,486``
  as 1.486.
- Not numerals: a digit run followed by another separator and digit that fits none of the formats
  (``1,2,3``, ``1.2.3``: a decimal mark stands once), and numerals with more than
  :data:`MAX_SIGNIFICANT_DIGITS` digits (``999999999999999999999999999999999999``), which
  :func:`parse_number` refuses. Exponent notation (``1e308``) and runs of short space-separated digit
  groups (``1 2 3``) are masked as non-figures by ``patterns/q_nonfigures.jsonl``.

Offsets are Python ``str`` indices, end exclusive.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..rules import load_rules

# --- digit numerals -------------------------------------------------------------------------------------
_SP = "[ \u00a0\u202f\u2009]"
NUMERAL_PATTERN = (
    r"(?<![.,\d])"
    r"(?:(?<![\w%)\]])(?P<sign>[-\u2212+])(?=\d))?"
    r"(?P<num>"
    r"\d{1,2},\s?\d{2}(?:,\d{2})*,\d{3}(?![,\d])(?:\.\d+)?"  # Indian: 2,77,000 ; 13, 92,559
    r"|\d{1,3}(?:,\d{3})+(?![,\d])(?:\.\d+)?"  # 1,234,567.89
    r"|\d{1,3}(?:\.\d{3})+,\d+"  # 1.234.567,89 ; 4.156,2
    r"|\d{1,3}(?:\.\d{3}){2,}(?![.\d])"  # 1.234.567
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?![\d])(?:[.,]\d+)?"  # 70 500 000 ; 13 009
    r"|\d+(?:[.,]\d+)?"
    r")(?!\d|[.,]\d)"  # "1,2,3" / "1.2.3" are no numeral at all, not "1,2" then "3"
)
MAX_SIGNIFICANT_DIGITS = 15  # float precision; no figure in the news is written with more digits
_NUMERAL_RE = re.compile(NUMERAL_PATTERN)


def numeral_regex() -> re.Pattern:
    """The compiled digit-numeral regex (groups ``sign`` and ``num``); see the module docstring for formats."""
    return _NUMERAL_RE


def parse_number(s: str, decimal_comma: Optional[bool] = None) -> float:
    """Parse one digit numeral as written (``"1,234.5"``, ``"4.156,2"``, ``"2,77,000"``, ``"-2.8"``).

    Args:
        s: the numeral, optionally signed (``-``, ``\u2212``, ``+``), with no unit or scale word.
        decimal_comma: True when the surrounding text writes decimal commas (then a lone ``.ddd`` group is
            thousands and a lone ``,ddd`` group decimal); None/False use the group-length rule.
    Returns:
        The value as float.
    Raises:
        ValueError: when ``s`` holds no digits, or more than :data:`MAX_SIGNIFICANT_DIGITS` digits after
            its leading zeros (garbled or absurd numerals such as ``999999999999999999999999999999999999``).
    """
    t = s.strip().replace("\u2212", "-")
    sign = 1.0
    if t[:1] in "+-":
        sign = -1.0 if t[0] == "-" else 1.0
        t = t[1:]
    t = re.sub(r",\s+", ",", t)
    t = re.sub(_SP, "", t)
    if not re.search(r"\d", t):
        raise ValueError(f"not a number: {s!r}")
    if len(re.sub(r"\D", "", t).lstrip("0")) > MAX_SIGNIFICANT_DIGITS:
        raise ValueError(f"more than {MAX_SIGNIFICANT_DIGITS} significant digits: {s!r}")
    has_c, has_d = "," in t, "." in t
    if has_c and has_d:
        if t.rfind(",") > t.rfind("."):  # European 1.234,5
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif has_c:
        groups = t.split(",")
        if len(groups) > 2 or all(len(g) in (2, 3) for g in groups[1:]) and len(groups[-1]) == 3:
            if len(groups) == 2 and decimal_comma:
                t = t.replace(",", ".")
            else:
                t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
    elif has_d:
        groups = t.split(".")
        if len(groups) > 2:
            t = t.replace(".", "")
        elif decimal_comma and len(groups[1]) == 3:
            t = t.replace(".", "")
    return sign * float(t)


def detect_decimal_comma(text: str) -> Optional[bool]:
    """Guess whether a whole text writes decimal commas (``27,9%``, ``4.156,2``).

    Returns True when some numeral can only be European (``d.ddd,d`` or ``d,d`` / ``d,dd`` before a unit or
    percent sign) and none can only be English (``d,ddd.d``); False for the reverse; None when undecided.
    The pipeline may pass the result to ``find_quantities(decimal_comma=...)`` for each sentence.
    """
    euro = len(re.findall(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?!\d)|(?<![\d.,])\d+,\d{1,2}(?![\d,])\s?(?:%|[a-z])", text))
    eng = len(re.findall(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?!\d)|(?<![\d.,])\d+\.\d{1,2}(?![\d.])", text))
    if euro and not eng:
        return True
    if eng and not euro:
        return False
    return None


# --- scale words ------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def scale_table() -> tuple[dict, ...]:
    """Scale words from ``patterns/q_scales.jsonl``: dicts with ``forms``, ``power`` and flags
    ``case_sensitive``, ``needs_currency`` (short forms like ``m``/``b`` only next to money) and
    ``glued_only`` (``k`` only as ``10k``)."""
    return tuple(
        load_rules(
            "q_scales",
            required={"forms": list, "power": int},
            optional={"case_sensitive": bool, "needs_currency": bool, "glued_only": bool},
        )
    )


@functools.lru_cache(maxsize=None)
def scale_lookup() -> dict:
    """Map each scale form (lower-cased unless case-sensitive) to its rule dict."""
    out: dict = {}
    for r in scale_table():
        for f in r["forms"]:
            out[f if r.get("case_sensitive") else f.lower()] = r
    return out


def alternation(forms: list[tuple[str, bool]]) -> str:
    """Build a regex alternation from ``(form, case_sensitive)`` pairs, longest first, spaces flexible."""
    items = sorted(set(forms), key=lambda p: (-len(p[0]), not p[1]))
    parts = []
    for f, cs in items:
        pat = re.escape(f).replace(r"\ ", r"\s+")
        parts.append(pat if cs else f"(?i:{pat})")
    return "|".join(parts)


@functools.lru_cache(maxsize=None)
def scale_regex() -> re.Pattern:
    """Regex matching a scale word at the current position: group ``sp`` (space before) and ``scale``."""
    forms = [(f, bool(r.get("case_sensitive"))) for r in scale_table() for f in r["forms"]]
    return re.compile(rf"(?P<sp>\s?)(?P<scale>{alternation(forms)})(?![A-Za-z\d\u00b3/])")


def lookup_scale(form: str) -> Optional[dict]:
    """Return the scale rule for a form as written (``"bn"``, ``"Lakh crore"``), or None."""
    tab = scale_lookup()
    f = re.sub(r"\s+", " ", form)
    return tab.get(f) or tab.get(f.lower())


# --- number words -----------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def number_word_table() -> tuple[dict, ...]:
    """Number words from ``patterns/q_number_words.jsonl`` (``role``: unit, tens, hundred, article,
    half_suffix, half_prefix, fold_word)."""
    return tuple(
        load_rules(
            "q_number_words",
            required={"forms": list, "value": float, "role": str},
            allowed_values={"role": ["unit", "tens", "hundred", "article", "half_suffix", "half_prefix", "fold_word"]},
        )
    )


def _forms(role: str) -> list[str]:
    return [f for r in number_word_table() if r["role"] == role for f in r["forms"]]


@functools.lru_cache(maxsize=None)
def word_values() -> dict:
    """Lower-cased number word -> value."""
    return {f.lower(): float(r["value"]) for r in number_word_table() for f in r["forms"]}


@functools.lru_cache(maxsize=None)
def word_number_regex() -> re.Pattern:
    """Regex for numbers in words: "twenty", "twenty-five", "one hundred and ten", "one and a half",
    "half a", and an article ("a", "an", "one") when a scale word follows ("a million")."""
    def grp(role: str) -> str:
        return "(?:" + alternation([(f, False) for f in _forms(role)]) + ")"

    units, tens, hundred = grp("unit"), grp("tens"), grp("hundred")
    halfs, halfp, art = grp("half_suffix"), grp("half_prefix"), grp("article")
    scale_words = alternation([(f, False) for r in scale_table() if not r.get("case_sensitive") and len(r["forms"][0]) > 3 for f in r["forms"]])
    core = rf"(?:(?:{tens})(?:[\s-](?:{units}))?|(?:{units}))"
    pat = (
        rf"(?<![\w-])(?:"
        rf"(?P<w>(?:{core}|(?:{art}))\s+(?:{hundred})(?:\s+(?:and\s+)?{core})?(?:\s+{halfs})?"
        rf"|{core}(?:\s+{halfs})?"
        rf"|(?:{art})\s+{halfs}(?=\s+(?:{scale_words})\b)"
        rf"|(?:{halfp})(?=\s+(?:{scale_words})\b)"
        rf"|(?:{art})(?=\s+(?:{scale_words})\b))"
        rf")(?![\w-])"
    )
    return re.compile(pat)


def parse_word_number(s: str) -> float:
    """Value of a number written in words ("twenty-five" -> 25, "one and a half" -> 1.5, "a" -> 1,
    "half a" -> 0.5, "three hundred and ten" -> 310). Raises ValueError on an unknown word."""
    vals = word_values()
    t = re.sub(r"\s+", " ", s.strip().lower())
    for k in sorted((k for k in vals if " " in k), key=len, reverse=True):
        if k in t:
            t = t.replace(k, f"<{k}>")
    total = 0.0
    cur = 0.0
    for tok in re.findall(r"<[^>]+>|[a-z]+", t):
        key = tok.strip("<>")
        if key == "and":
            continue
        if key not in vals:
            raise ValueError(f"unknown number word {key!r} in {s!r}")
        role = next(r["role"] for r in number_word_table() if key in [f.lower() for f in r["forms"]])
        v = vals[key]
        if role == "hundred":
            cur = (cur or 1.0) * v
        elif role in ("half_suffix",):
            total += cur + v
            cur = 0.0
        else:
            cur += v
    return total + cur


# --- fractions ----------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def fraction_table() -> tuple[dict, ...]:
    """Fraction rules from ``patterns/q_fractions.jsonl``: denominators with their forms and ordinals,
    the ``frac.numerators`` list, ``frac.period_before`` (words that make "half"/"quarter" a period) and
    ``frac.time_nouns``."""
    return tuple(load_rules("q_fractions", required={"forms": list}, optional={"denominator": int, "ordinals": list, "numerator": int}))


def fraction_words(rule_id: str) -> list[str]:
    """The ``forms`` of one fraction rule by id (e.g. ``frac.period_before``)."""
    for r in fraction_table():
        if r["id"] == rule_id:
            return list(r["forms"])
    return []


@functools.lru_cache(maxsize=None)
def denominators() -> dict:
    """Lower-cased fraction or ordinal word -> (denominator, rule id)."""
    out = {}
    for r in fraction_table():
        if r.get("denominator"):
            for f in r["forms"] + r.get("ordinals", []):
                out.setdefault(f.lower(), (r["denominator"], r["id"]))
    return out


def share_percent(numerator: float, denominator: int) -> float:
    """A share word in percent, rounded to 3 decimals as the contract asks: (2, 3) -> 66.667."""
    return round(100.0 * numerator / denominator, 3)
