"""The figure grammar: find every figure in a sentence and normalize it to a :class:`~extractor.types.Quantity`.

Entry point: :func:`find_quantities`. The grammar is ours; its word lists are data in ``patterns/q_*.jsonl``
(see docs/figures.md): currencies (``money.py``), scale words, number words and fractions (``numbers.py``),
units and rates (``units.py``; quantulum3 only as a fallback for physical units our table lacks),
qualifiers, change cues, ratio words and non-figures (this module).

How a figure is read, left to right around each number:

1. Non-figures are masked first (phone numbers, times, dates, tickers, page counters, ordinals, year ranges,
   codes glued to letters such as ``Q3``/``FY24``, index names such as ``IBEX 35``, exponent notation,
   garbled digit runs ``1 2 3``, issue numbers ``38/2024``, labels ``room 214``, vote tallies ``5-4``),
   together with the caller's ``exclude`` spans (periods). No figure overlaps a masked span.
2. Around a number: currency prefix (``$``, ``US$``, ``Rs``, ``USD``) with a minus before it (``-$20bn``),
   sign, scale word (``bn``, ``lakh crore``), currency suffix (``EUR``, ``euros``, ``dlrs``), unit (``%``,
   ``tonnes``, ``bcm``, ``b/d``), counted noun (``seagoing vessels``), price denominator (``a tonne``) and
   rate (``a day``).
3. Ranges ``A-B``, ``A to B``, ``between A and B`` (a scale word or unit after B applies to A).
4. Qualifier before the figure (``about``, ``more than``, ``up to``; ``crossed`` outside value_text).
5. Change cue before (``fell``, ``up``, ``a gain of``, ``a decrease in the surplus of``) or after (``less
   than a year earlier``, ``increase``), or the numeral's own sign on a percent (``-8,4 %``): percent
   becomes change_pct, anything else change_abs; a decline cue makes obs_value negative and flips the
   bounds (contract: bounds describe the signed value).
6. Ratios (``doubled``, ``2.5 times``, ``3.6-fold``, ``sevenfold``), shares in words (``two-thirds``,
   ``a fifth``, ``every third barrel``) in percent.
7. Sentence-level passes: bare years dropped, unit inheritance (``up from 2.7 billion`` after ``19.7
   billion EUR``), restatements (``$27.9 billion (₹2.32 lakh crore)``).

Decisions documented in docs/figures.md: exchange rates ("161 per dollar") and index levels ("10.142
points") are returned as kind ``number`` with unit None; basis points are percentage points / 100.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional, Sequence

from ..errors import PatternError
from ..rules import load_rules
from ..types import Quantity
from . import money, numbers, units


# ---------------------------------------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def _qualifiers() -> tuple[dict, ...]:
    return tuple(load_rules("q_qualifiers", required={"forms": list, "qualifier": str, "in_text": bool},
                            optional={"positional": bool},
                            allowed_values={"qualifier": ["approx", "upper_bound", "lower_bound", "none"]}))


@functools.lru_cache(maxsize=None)
def _changes() -> tuple[dict, ...]:
    return tuple(load_rules(
        "q_changes", required={"forms": list, "position": str},
        optional={"sign": int, "followed_by": list, "ratio": float},
        allowed_values={"position": ["before", "after", "gap", "ratio_verb", "ratio_suffix", "particle_block", "before_by",
                                     "same_measure", "noun_of", "noun_of_block"]}))


@functools.lru_cache(maxsize=None)
def _nonfigures() -> tuple[dict, ...]:
    return tuple(load_rules("q_nonfigures", optional={"regex": str, "words": list}))


@functools.lru_cache(maxsize=None)
def _function_words(rule_id: str = "fw.gap_stop") -> frozenset:
    rows = load_rules("q_function_words", required={"forms": list})
    return frozenset(f.lower() for r in rows if r["id"] == rule_id for f in r["forms"])


@functools.lru_cache(maxsize=None)
def _change_words() -> frozenset:
    """Single-word rise and fall verbs of ``q_changes`` (positions before, before_by), lower-cased."""
    return frozenset(f.lower() for r in _changes() if r["position"] in ("before", "before_by") for f in r["forms"] if " " not in f)


def _alt(forms, cs=False) -> str:
    return numbers.alternation([(f, cs) for f in forms])


def _nf_words(rule_id: str) -> list[str]:
    for r in _nonfigures():
        if r["id"] == rule_id:
            return list(r.get("words") or [])
    return []


_SLOT = re.compile(r"\{\{(?P<id>[\w.]+)\}\}")


def _nf_regex(rule: dict, months: str) -> re.Pattern:
    """Compile a ``q_nonfigures`` regex: ``MONTHS`` becomes the month names of ``nf.months``, and a slot
    ``{{rule.id}}`` the words of that rule (case-insensitive), so that word lists stay data. An unknown or
    empty slot raises PatternError naming the file and line."""
    def fill(m: re.Match) -> str:
        words = _nf_words(m.group("id"))
        if not words:
            raise PatternError("E006", f"q_nonfigures.jsonl:{rule.get('_line', '?')}: rule {rule['id']!r} names "
                                       f"the slot {m.group(0)} but no rule with that id lists words")
        return f"(?:{_alt(words)})"
    try:
        return re.compile(_SLOT.sub(fill, rule["regex"].replace("MONTHS", months)))
    except re.error as exc:
        raise PatternError("E006", f"q_nonfigures.jsonl:{rule.get('_line', '?')}: rule {rule['id']!r}: bad regex: {exc}")


_OPENERS = "([{\"'\u201c\u2018\u00ab"


class _Tail:
    """A regex anchored at the end of a window (``...\\s+\\Z``), searched only when the window's last word
    could end a match: the big alternations are costly to try at every position of every window."""

    def __init__(self, pattern: str, forms, extra=()):
        self.rx = re.compile(pattern)
        self.last = frozenset(f.split()[-1].lower() for f in forms if f.split()) | {w.lower() for w in extra}

    def search(self, win: str):
        if not win or not win[-1].isspace():
            return None
        parts = win.rsplit(None, 1)
        # "(about 41 million tonnes)", "[up 5%]": an opening bracket or quote glued to the word is not part of it
        if not parts or parts[-1].lower().lstrip(_OPENERS) not in self.last:
            return None
        return self.rx.search(win)


@dataclass(frozen=True)
class _Grammar:
    nonfig: tuple  # (id, compiled regex)
    qual_in: _Tail
    qual_out: _Tail
    particle: _Tail
    cue_block: _Tail
    cue_before: _Tail
    cue_by: _Tail
    cue_noun_of: _Tail
    cue_after_cmp: re.Pattern
    cue_after_noun: re.Pattern
    ratio_verb: re.Pattern
    fold_word: re.Pattern
    ratio_suffix: re.Pattern
    share: re.Pattern
    every: re.Pattern
    half: re.Pattern
    per_currency: re.Pattern
    cue_sign: dict
    qual_kind: dict
    positional: frozenset
    same_measure: re.Pattern
    ratio_value: dict


@functools.lru_cache(maxsize=None)
def _grammar() -> _Grammar:
    months = _alt(_nf_words("nf.months"), cs=True)
    nonfig = []
    for r in _nonfigures():
        if r.get("regex"):
            nonfig.append((r["id"], _nf_regex(r, months)))
    quals = _qualifiers()
    qin = [f for r in quals if r["in_text"] and r["qualifier"] != "none" for f in r["forms"]]
    qout = [f for r in quals if not r["in_text"] and r["qualifier"] != "none" for f in r["forms"]]
    particles = [f for r in quals if r["qualifier"] == "none" for f in r["forms"]]
    qual_kind = {f.lower(): r["qualifier"] for r in quals for f in r["forms"]}
    ch = _changes()
    before = [f for r in ch if r["position"] == "before" for f in r["forms"]]
    before_by = before + [f for r in ch if r["position"] == "before_by" for f in r["forms"]]
    blockers = [f for r in ch if r["position"] == "particle_block" for f in r["forms"]]
    gap = [f for r in ch if r["position"] == "gap" for f in r["forms"]]
    cmp_forms = [f for r in ch if r["position"] == "after" and r.get("followed_by") for f in r["forms"]]
    cmp_next = sorted({f for r in ch if r["position"] == "after" and r.get("followed_by") for f in r["followed_by"]})
    noun_after = [f for r in ch if r["position"] == "after" and not r.get("followed_by") for f in r["forms"]]
    noun_of = [f for r in ch if r["position"] == "noun_of" for f in r["forms"]]
    noun_block = [f for r in ch if r["position"] == "noun_of_block" for f in r["forms"]]
    cue_sign: dict = {}
    for r in ch:
        if r["position"] in ("before", "after", "before_by", "noun_of"):
            side = {"after": "after", "noun_of": "noun_of"}.get(r["position"], "before")
            for f in r["forms"]:
                cue_sign.setdefault((side, f.lower()), r.get("sign", 0))
    rverbs = [f for r in ch if r["position"] == "ratio_verb" for f in r["forms"]]
    ratio_value = {f.lower(): r["ratio"] for r in ch if r["position"] == "ratio_verb" for f in r["forms"]}
    suffix = [f for r in ch if r["position"] == "ratio_suffix" for f in r["forms"]]
    fold_words = [f for r in numbers.number_word_table() if r["role"] == "fold_word" for f in r["forms"]]
    for r in numbers.number_word_table():
        if r["role"] == "fold_word":
            for f in r["forms"]:
                ratio_value[f.lower()] = float(r["value"])
    frac_forms = [f for r in numbers.fraction_table() if r.get("denominator") for f in r["forms"] if f.lower() not in ("half", "halves")]
    ordinals = [f for r in numbers.fraction_table() if r.get("denominator") for f in r.get("ordinals", [])]
    numer = numbers.fraction_words("frac.numerators") + [f for r in numbers.number_word_table() if r["role"] == "unit" for f in r["forms"]]
    return _Grammar(
        nonfig=tuple(nonfig),
        qual_in=_Tail(rf"(?<![A-Za-z])(?P<q>{_alt(qin)})\s+\Z", qin),
        qual_out=_Tail(rf"(?<![A-Za-z])(?P<q>{_alt(qout)})\s+(?:(?i:the)\s+)?\Z", qout, ["the"]),
        particle=_Tail(rf"(?<![A-Za-z])(?:{_alt(particles)})\s+\Z", particles),
        cue_block=_Tail(rf"(?<![A-Za-z])(?:{_alt(blockers)})\s+\Z", blockers),
        cue_before=_Tail(rf"(?<![A-Za-z])(?P<cue>{_alt(before)})\s+(?:(?:{_alt(gap)})\s+)?(?:(?i:by)\s+)?\Z", before + gap, ["by"]),
        cue_by=_Tail(rf"(?<![A-Za-z])(?P<cue>{_alt(before_by)})\b[^.;:!?\d%$€£¥₹,]{{0,40}}?\s(?i:by)\s+\Z", [], ["by"]),
        # "an increase in the goods deficit of $5.7 billion", "a decrease in X of": a change noun, then "of"
        cue_noun_of=_Tail(rf"(?<![A-Za-z])(?P<cue>{_alt(noun_of)})\s+(?i:in|of|for|on)\s"
                          rf"(?:(?!(?<![A-Za-z])(?:{_alt(noun_block)})(?![A-Za-z]))[^.;:!?\d%$€£¥₹,()]){{0,40}}?\s(?i:of)\s+\Z",
                          [], ["of"]),
        cue_after_cmp=re.compile(rf"\s+(?P<cue>{_alt(cmp_forms)})(?:\s+(?:{_alt(cmp_next)})|\s*(?:[.,;:)]|\Z))"),
        cue_after_noun=re.compile(rf"[\s-]+(?P<cue>{_alt(noun_after)})(?![A-Za-z-])"),
        ratio_verb=re.compile(rf"(?<![\w-])(?P<v>{_alt(rverbs)})(?![\w-])"),
        fold_word=re.compile(rf"(?<![\w-])(?P<v>{_alt(fold_words)})(?![\w-])"),
        ratio_suffix=re.compile(rf"(?P<s>\s*(?:{_alt(suffix)}))(?![\w-])"),
        share=re.compile(rf"(?<![\w-])(?P<num>{_alt(numer)})[\s-]+(?P<den>{_alt(frac_forms)})(?![\w-])"),
        every=re.compile(rf"(?<![\w-])(?i:every)\s+(?P<ord>{_alt(ordinals)})(?:\s+(?P<noun>[A-Za-z]+))?(?![\w-])"),
        half=re.compile(r"(?<![\w-])(?P<half>(?i:half))(?![\w-])"),
        per_currency=re.compile(rf"\s*(?:{_alt(_nf_words('nf.per_currency'))})\b"),
        cue_sign=cue_sign,
        qual_kind=qual_kind,
        same_measure=re.compile(rf"\s*[;,\u2014-]?\s*(?<![A-Za-z])(?:{_alt([f for r in ch if r['position'] == 'same_measure' for f in r['forms']])})\s+\Z"),
        positional=frozenset(f.lower() for r in quals if r.get("positional") for f in r["forms"]),
        ratio_value=ratio_value,
    )


# ---------------------------------------------------------------------------------------------------------
# working figure
# ---------------------------------------------------------------------------------------------------------
@dataclass
class _Fig:
    start: int
    end: int
    raw: float
    num_start: int
    num_end: int
    mult: int = 0
    factor: float = 1.0
    unit: Optional[str] = None
    kind: str = "number"
    qualifier: str = "exact"
    low_raw: Optional[float] = None
    high_raw: Optional[float] = None
    value_type: str = "level"
    cue: Optional[str] = None
    sign: int = 0
    rate_text: Optional[str] = None
    counted_noun: Optional[str] = None
    restates: Optional[int] = None
    inherited: bool = False
    rules: list = field(default_factory=list)
    has_scale: bool = False
    currency: Optional[str] = None
    fixed: bool = False  # share/ratio values that are not scaled
    is_word: bool = False

    @property
    def bare(self) -> bool:
        return self.unit is None and self.kind == "number" and not self.has_scale


def _dec(x: float) -> Decimal:
    return Decimal(repr(float(x)))


def _scaled(raw: float, mult: int, factor: float) -> float:
    return float(_dec(raw) * (Decimal(10) ** mult) * _dec(factor))


class _SpanSet:
    """Merged, sorted character spans with O(log n) overlap tests (sentences of scraped tables can hold
    thousands of numbers)."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        if e <= s:
            return
        i = bisect.bisect_left(self.starts, s)
        if i > 0 and self.ends[i - 1] >= s:  # merge with the span before
            i -= 1
            s = self.starts[i]
            e = max(e, self.ends[i])
            del self.starts[i], self.ends[i]
        while i < len(self.starts) and self.starts[i] <= e:  # swallow spans that start inside
            e = max(e, self.ends[i])
            del self.starts[i], self.ends[i]
        self.starts.insert(i, s)
        self.ends.insert(i, e)

    def hits(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.ends[i - 1] > a


def _overlaps(a: int, b: int, spans) -> bool:
    if isinstance(spans, _SpanSet):
        return spans.hits(a, b)
    return any(a < e and s < b for s, e in spans)


# ---------------------------------------------------------------------------------------------------------
# masking
# ---------------------------------------------------------------------------------------------------------
def _nonfigure_spans(text: str) -> list[tuple[int, int]]:
    g = _grammar()
    spans = []
    for rid, rx in g.nonfig:
        for m in rx.finditer(text):
            if rid == "nf.glued_code":
                letters = re.match(r"[A-Za-z]+", m.group(0)).group(0)
                if money.lookup_currency(letters, "prefix") or money.lookup_currency(letters, "suffix"):
                    continue
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
    return spans


# ---------------------------------------------------------------------------------------------------------
# one figure around one number
# ---------------------------------------------------------------------------------------------------------
_WORD_BLOCK = re.compile(r"(?<![A-Za-z])(?i:the|these|those|both|all|its|their|our|his|her)\s+\Z")
_WORD_AFTER = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z-]*)")
_NEXT_WORDS = re.compile(r"[ \u00a0]+(?P<w>[A-Za-z][A-Za-z-]*)")


def _glued_currency(text: str, s: int) -> bool:
    """True when the letters glued before position ``s`` are a currency sign or code ("US$5", "N35.8")."""
    m = money.prefix_regex().search(text[max(0, s - 12):s])
    return bool(m and money.lookup_currency(m.group("cur"), "prefix") is not None)


def _prefix_currency(text: str, s: int, areas) -> Optional[tuple[int, str, str]]:
    lo = max(0, s - 12)
    m = money.prefix_regex().search(text[lo:s])
    if not m:
        return None
    rule = money.lookup_currency(m.group("cur"), "prefix")
    if rule is None:
        return None
    code = money.resolve_currency(rule, areas)
    if not code:
        return None  # an area-bound sign ("N" for naira) in an article about no such area: not a currency
    return lo + m.start(), code, rule["id"]


def _read_right(text: str, f: _Fig, pos: int, areas, allow_unit=True) -> int:
    """Extend figure ``f`` to the right from ``pos``: scale, currency suffix, unit/count/price/rate."""
    m = numbers.scale_regex().match(text, pos)
    if m:
        rule = numbers.lookup_scale(m.group("scale"))
        ok = rule is not None
        if ok and rule.get("glued_only") and m.group("sp"):
            ok = False
        if ok and rule.get("needs_currency") and f.currency is None:
            # "£844m", "450m euros", "3.5m tonnes" but not "500 m of cable"
            ms = money.suffix_regex().match(text, m.end())
            mu = units.unit_regex().match(text, m.end())
            ok = bool(ms and money.lookup_currency(ms.group("cur"), "suffix")) or bool(
                mu and mu.group("sp") and (units.lookup_unit(mu.group("unit")) or {}).get("kind") in ("volume", "count"))
        if ok:
            f.mult += rule["power"]
            f.has_scale = True
            f.rules.append(rule["id"])
            pos = m.end()
    if f.currency is None:
        ms = money.suffix_regex().match(text, pos)
        if ms:
            rule = money.lookup_currency(ms.group("cur"), "suffix")
            if rule is not None and money.resolve_currency(rule, areas):
                f.currency = money.resolve_currency(rule, areas)
                f.unit, f.kind = f.currency, "money"
                f.rules.append(rule["id"])
                pos = ms.end()
    if f.kind == "money":
        mp = units.price_regex().match(text, pos)
        if mp:
            rule = units.lookup_unit(mp.group("unit"))
            f.unit = f"{f.currency}_per_{rule['price_unit']}"
            f.kind = "price"
            f.rules.append(rule["id"])
            pos = mp.end()
        return pos
    if not allow_unit:
        return pos
    mr = _grammar().ratio_suffix.match(text, pos)
    if mr and not f.has_scale:
        f.kind = "ratio"
        f.rules.append("ratio.suffix")
        return mr.end()
    mu = units.unit_regex().match(text, pos)
    if mu and not (mu.group("sp").endswith("-") and mu.group("unit") in ("%",)):
        rule = units.lookup_unit(mu.group("unit"))
        if rule is not None:
            f.kind = rule["kind"]
            f.unit = rule.get("unit")
            f.factor = float(rule.get("factor", 1.0))
            if rule.get("inner_power"):
                f.mult += rule["inner_power"]
            if rule["kind"] == "count":
                f.counted_noun = mu.group("unit")
            f.rules.append(rule["id"])
            pos = mu.end()
            return _read_rate(text, f, pos)
    # counted noun after up to two modifiers ("28,632 seagoing vessels", "18 Turkish companies")
    words = list(_NEXT_WORDS.finditer(text[pos:pos + 60]))
    for n in range(min(3, len(words))):
        w = words[n]
        if w.start() != (words[n - 1].end() if n else 0):
            break
        rule = units.lookup_unit(w.group("w"))
        if rule is not None and rule["kind"] == "count":
            f.kind = "count"
            f.unit = rule.get("unit")
            f.counted_noun = text[pos:pos + w.end()].strip()
            f.rules.append(rule["id"])
            return pos + w.end()
        if w.group("w").lower() in _function_words() or units.lookup_unit(w.group("w")) or numbers.lookup_scale(w.group("w")):
            break
    return pos


def _read_rate(text: str, f: _Fig, pos: int) -> int:
    mr = units.rate_regex().match(text, pos)
    if not mr:
        return pos
    period = units.rate_period(mr.group("rate"))
    if f.unit == "barrel" and period == "day":
        f.unit = "barrel_per_day"
        f.rules.append("rate.day")
        return mr.end()
    if f.kind in ("volume", "count") and f.unit:
        f.rate_text = mr.group("rate")
        f.rules.append(f"rate.{period}")
        return mr.end()
    return pos


def _atoms(text: str, masked, decimal_comma) -> list[tuple[int, int, float, bool]]:
    out = []
    for m in numbers.numeral_regex().finditer(text):
        s, e = m.start(), m.end()
        if _overlaps(s, e, masked):
            continue
        if s > 0 and text[s - 1].isalpha() and not _glued_currency(text, s):
            continue
        if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
            continue
        try:
            v = numbers.parse_number(m.group(0), decimal_comma)
        except ValueError:
            continue
        out.append((s, e, v, False))
    taken = _SpanSet((a[0], a[1]) for a in out)
    for m in numbers.word_number_regex().finditer(text):
        s, e = m.start(), m.end()
        if _overlaps(s, e, masked) or _overlaps(s, e, taken):
            continue
        try:
            v = numbers.parse_word_number(m.group(0))
        except ValueError:
            continue
        out.append((s, e, v, True))
    out.sort()
    return out


# a minus before a currency sign: an ASCII hyphen only glued to it ("- $20" may be a dash or a bullet), a
# Unicode minus (U+2212) glued or with one space; never after a word, number or closing bracket ("$10-$12")
_SIGN_BEFORE_CURRENCY = re.compile("(?:(?<![\\w.,%)\\]\u2212-])-|(?<![\\w.,%)\\]\u2212-])\u2212[ \u00a0]?)\\Z")


def _single(text: str, atom, areas) -> Optional[_Fig]:
    s, e, v, is_word = atom
    f = _Fig(start=s, end=e, raw=v, num_start=s, num_end=e, is_word=is_word)
    pre = _prefix_currency(text, s, areas)
    if pre:
        f.start, f.currency, rid = pre
        f.unit, f.kind = f.currency, "money"
        f.rules.append(rid)
        ms = _SIGN_BEFORE_CURRENCY.search(text, max(0, f.start - 3), f.start)
        if ms and f.raw >= 0:  # "-$20 billion", "− $20 billion": the sign belongs to the number
            f.start, f.raw = ms.start(), -f.raw
            f.rules.append("sign.before_currency")
    pos = _read_right(text, f, e, areas)
    f.end = pos
    if f.kind == "number":
        nxt = text[pos:pos + 1]
        if nxt.isalpha() and not f.has_scale:
            return None  # glued to letters we do not know ("5G")
        if is_word and not f.has_scale:
            return None  # "one of the", "two" alone are not figures
        if not f.has_scale and not is_word:
            fb = _quantulum_fallback(text, f)
            if fb:
                return fb
    if is_word and _WORD_BLOCK.search(text[max(0, s - 12):s]):
        return None  # "the two countries", "both four" name things, they do not count them
    return f


def _quantulum_fallback(text: str, f: _Fig) -> Optional[_Fig]:
    mw = _WORD_AFTER.match(text, f.end)
    if not mw:
        return None
    w = mw.group("w").lower()
    if w in _function_words() or len(w) < 2 or mw.group("w")[0].isupper() or w not in units.quantulum_unit_words():
        return None
    cut = re.search(r"\W", text[mw.end() + 25:])
    snippet = text[f.num_start:mw.end() + 25 + (cut.start() if cut else len(text))]
    res = units.quantulum_unit(snippet)
    if not res:
        return None
    name, end_off, _ent = res
    end = f.num_start + end_off
    if end <= f.num_end:
        return None
    f.unit, f.kind, f.end = name, "volume", end
    f.rules.append("quantulum3")
    return f


# ---------------------------------------------------------------------------------------------------------
# ranges, qualifiers, cues
# ---------------------------------------------------------------------------------------------------------
_RANGE_CONN = re.compile(r"\s*(?P<c>[-\u2013\u2014]|to|and|or)\s*")
_BETWEEN = re.compile(r"(?<![A-Za-z])(?i:between|from)\s+\Z")


def _compatible(a: _Fig, b: _Fig) -> bool:
    if a.kind == "ratio" or b.kind == "ratio":
        return False
    if a.unit is None and a.kind == "number":
        return True
    if a.kind == "money" and not a.has_scale and a.end == a.num_end and (b.currency in (None, a.currency)) and b.kind in ("number", "money", "price"):
        return True
    return a.unit == b.unit and a.kind == b.kind


def _try_range(text: str, atoms, i: int, a: _Fig, areas, g: _Grammar) -> Optional[tuple[_Fig, int]]:
    """A range starting at figure ``a`` (atom ``i``): returns the range figure and the index of B's atom."""
    if i + 1 >= len(atoms) or _is_year(text, a):
        return None
    for anchor in (a.end,):
        m = _RANGE_CONN.match(text, anchor)
        if not m:
            continue
        conn = m.group("c")
        nxt = atoms[i + 1]
        bstart = m.end()
        pre = _prefix_currency(text, nxt[0], areas)
        if pre and pre[0] == bstart:
            bstart = nxt[0]
        if nxt[0] != bstart:
            continue
        before = text[max(0, a.start - 12):a.start]
        between = _BETWEEN.search(before)
        if conn == "and" and not (between and between.group(0).lower().startswith("between")):
            continue
        if conn == "or":
            continue
        b = _single(text, nxt, areas)
        if b is None:
            return None
        if not _compatible(a, b):
            return None
        if between and between.group(0).lower().startswith("from"):
            # "from 45 per cent to 22 per cent": two levels; a bare A takes B's scale and unit
            if a.bare:
                _adopt(a, b)
            return None
        left = text[max(0, a.start - 60):a.start]
        mc = (g.cue_before.search(left) or g.cue_by.search(left) or g.cue_noun_of.search(left)) if conn == "to" else None
        if mc and a.unit is not None and not _noun_cue_range(mc.group(0), a, b):
            # "fell 5% to 3.2%", "fell by £1.1bn to £63.6 billion", "an increase in the deficit of $5.7 billion
            # to $99.4 billion": a change and a level
            return None
        r = _Fig(start=a.start, end=b.end, raw=0.0, num_start=a.num_start, num_end=b.num_end)
        for k in ("unit", "kind", "factor", "currency", "counted_noun", "rate_text"):
            setattr(r, k, getattr(b, k))
        if a.currency and not b.currency:
            r.currency, r.unit, r.kind = a.currency, a.unit, a.kind
        mult = b.mult
        a_mult = a.mult if a.has_scale else b.mult
        lo = float(_dec(a.raw) * Decimal(10) ** (a_mult - mult))
        r.mult, r.has_scale = mult, a.has_scale or b.has_scale
        r.low_raw, r.high_raw = min(lo, b.raw), max(lo, b.raw)
        r.raw = float((_dec(r.low_raw) + _dec(r.high_raw)) / 2)
        r.qualifier = "range"
        r.rules = a.rules + ["range"] + b.rules
        if between and between.group(0).lower().startswith("between"):
            r.start = a.start - len(before) + between.start()
        return r, i + 1
    return None


def _noun_cue_range(cue: str, a: _Fig, b: _Fig) -> bool:
    """"export growth of 7% to 8%": after a change noun with "of", two percents of the same order (A < B <=
    2A) are the ends of a range of the change; "a rise of 0.5% to 3.2%", "rose 2% to 3%" (a verb) and money
    ("an increase of $5.7 billion to $99.4 billion") stay a change and a level."""
    return (cue.rstrip().lower().endswith(" of") and a.kind == b.kind == "percent" and not a.has_scale
            and 0 < a.raw < b.raw <= 2 * a.raw)


def _adopt(a: _Fig, b: _Fig) -> None:
    if not a.has_scale and b.has_scale:
        a.mult, a.has_scale = b.mult, True
    if a.unit is None and b.unit is not None:
        a.unit, a.kind, a.factor, a.currency = b.unit, b.kind, b.factor, b.currency
        a.inherited = True


def _apply_left(text: str, f: _Fig, g: _Grammar) -> None:
    win = text[max(0, f.start - 60):f.start]
    base = f.start - len(win)
    mq = g.qual_in.search(win)
    if mq:
        q = re.sub(r"\s+", " ", mq.group("q")).lower()
        blocked = False
        if q.startswith(("up to", "down to")):
            blocked = bool(g.particle.search(win[:mq.start()]))
        if not blocked and f.qualifier != "range":
            f.qualifier = g.qual_kind[q]
            f.start = base + mq.start()
            f.rules.append("qual." + f.qualifier)
            win = text[max(0, f.start - 60):f.start]
            base = f.start - len(win)
    if f.qualifier == "exact":
        mo = g.qual_out.search(win)
        if mo:
            f.qualifier = g.qual_kind[re.sub(r"\s+", " ", mo.group("q")).lower()]
            f.rules.append("qual.cross")
    if f.kind == "ratio" and f.cue:
        return
    positional = f.qualifier in ("lower_bound", "upper_bound") and text[f.start:f.num_start].strip().lower() in g.positional
    mc = g.cue_by.search(win) if positional else (g.cue_before.search(win) or g.cue_by.search(win))
    if mc and g.cue_block.search(win[:mc.start()]) and mc.group("cue").lower() in ("up", "down"):
        mc = None  # "made up 97%", "took up a third": a particle, not a change
    if mc:
        cue = re.sub(r"\s+", " ", mc.group("cue")).lower()
        f.cue = cue
        f.sign = g.cue_sign.get(("before", cue), 0)
        f.rules.append("chg.before")
        return
    mn = g.cue_noun_of.search(win)
    if mn:  # "a decrease in the services surplus of $0.3 billion": the noun's sign
        cue = re.sub(r"\s+", " ", mn.group("cue")).lower()
        f.cue, f.sign = cue, g.cue_sign.get(("noun_of", cue), 0)
        f.rules.append("chg.noun_of")


_SIGNS = {"-": -1, "\u2212": -1, "+": 1}


def _apply_sign_cue(text: str, f: _Fig) -> None:
    """"-8,4 %", "changed +3.5%": a percent figure whose numeral carries its own sign
    and has no change word is a change (a share cannot be negative); the sign is the cue."""
    if f.cue or f.kind != "percent" or f.qualifier == "range" or f.fixed:
        return
    ch = text[f.num_start:f.num_start + 1]
    if ch in _SIGNS:
        f.cue, f.sign = ch, _SIGNS[ch]
        f.rules.append("chg.sign")


def _apply_right(text: str, f: _Fig, g: _Grammar) -> None:
    if f.cue or f.kind == "ratio":
        return
    m = g.cue_after_cmp.match(text, f.end)
    if m:
        cue = m.group("cue").lower()
        f.cue, f.sign = cue, g.cue_sign.get(("after", cue), 0)
        f.rules.append("chg.after")
        return
    m = g.cue_after_noun.match(text, f.end)
    if m and f.kind in ("percent", "money", "percentage_point", "volume"):
        cue = re.sub(r"\s+", " ", m.group("cue")).lower()
        f.cue, f.sign = cue, g.cue_sign.get(("after", cue), 0)
        f.rules.append("chg.after_noun")


# ---------------------------------------------------------------------------------------------------------
# shares and ratio words
# ---------------------------------------------------------------------------------------------------------
_PERIOD_AFTER = re.compile(r"(?i:\s*-?\s*(?:year|yearly|month|term|time|century|way|hour|day|mile|point)\b|\s+of\s+(?:the\s+)?(?:year|fiscal|fy|financial|calendar|\d{4}|this|last|next|that|century|decade)\b|\s+(?:\d{4}|ended|ending|results)\b)")
_END_OF_CLAUSE = re.compile(r"\s*(?:[.,;:)\u2014]|\s-\s|$)|\s+(?:of|came|went|was|were|is|are|from|by|to|in|for|and)\b")


def _word_figures(text: str, masked, taken, g: _Grammar) -> list[_Fig]:
    out: list[_Fig] = []
    period_before = {w.lower() for w in numbers.fraction_words("frac.period_before")}
    time_nouns = {w.lower() for w in numbers.fraction_words("frac.time_nouns")}
    dens = numbers.denominators()
    wv = numbers.word_values()

    def prev_word(pos: int) -> str:
        m = re.search(r"([A-Za-z0-9]+)\W*\Z", text[max(0, pos - 20):pos])
        return m.group(1).lower() if m else ""

    def has_qual(pos: int) -> bool:
        win = text[max(0, pos - 40):pos]
        return bool(g.qual_in.search(win))

    def add(s, e, val, rid, noun=None):
        if _overlaps(s, e, masked) or _overlaps(s, e, taken):
            return
        f = _Fig(start=s, end=e, raw=val, num_start=s, num_end=e, unit="percent", kind="percent", fixed=True)
        f.rules.append(rid)
        if noun:
            f.counted_noun = noun
        out.append(f)
        taken.add(s, e)

    for m in g.share.finditer(text):
        num, den = m.group("num").lower(), m.group("den").lower()
        if _PERIOD_AFTER.match(text, m.end()) or prev_word(m.start()) in period_before - {"a", "one"}:
            continue
        n = 1.0 if num in ("a", "an", "one") else wv.get(num)
        if n is None or den not in dens:
            continue
        if n == 1.0 and not (has_qual(m.start()) or _END_OF_CLAUSE.match(text, m.end())):
            continue
        add(m.start(), m.end(), numbers.share_percent(n, dens[den][0]), dens[den][1])
    for m in g.every.finditer(text):
        noun = m.group("noun")
        if noun and noun.lower() in time_nouns:
            continue
        end = m.end() if noun and noun.lower() not in _function_words() else m.end("ord")
        d = dens.get(m.group("ord").lower())
        if d:
            add(m.start(), end, numbers.share_percent(1, d[0]), d[1] + ".every", noun if end == m.end() else None)
    for m in g.half.finditer(text):
        pw = prev_word(m.start())
        if pw in period_before or pw in ("a", "and", "h") or _PERIOD_AFTER.match(text, m.end()):
            continue
        if not (has_qual(m.start()) or pw == "by" or re.match(r"\s+of\b", text[m.end():])):
            continue
        add(m.start(), m.end(), 50.0, "frac.half")
    for rx, kind in ((g.ratio_verb, "verb"), (g.fold_word, "fold")):
        for m in rx.finditer(text):
            if _overlaps(m.start(), m.end(), masked) or _overlaps(m.start(), m.end(), taken):
                continue
            val = g.ratio_value[m.group("v").lower()]
            f = _Fig(start=m.start(), end=m.end(), raw=val, num_start=m.start(), num_end=m.end(), kind="ratio", fixed=True)
            f.rules.append(f"ratio.{kind}")
            if kind == "verb":
                f.cue = m.group("v").lower()
            out.append(f)
            taken.add(m.start(), m.end())
    return out


# ---------------------------------------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------------------------------------
def find_quantities(
    text: str,
    *,
    areas: frozenset = frozenset(),
    exclude: Sequence[tuple[int, int]] = (),
    decimal_comma: Optional[bool] = None,
) -> list[Quantity]:
    """Find and normalize every figure in ``text`` (normally one sentence).

    Args:
        text: the text to read; offsets in the result are Python ``str`` indices into it, end exclusive,
            with ``text[q.start:q.end] == q.text``.
        areas: ISO 3166-1 alpha-3 codes named anywhere in the article; they resolve ``¥`` (CNY when ``CHN``
            is among them and ``JPN`` is not, else JPY), ``Rs``/rupees (PKR, LKR, NPR when that country is
            named and India is not, else INR), crowns, francs, riyals, dirhams (``patterns/q_currencies``).
        exclude: spans (start, end) relative to ``text`` already taken by periods and dates; no figure
            overlaps them.
        decimal_comma: True when the article writes decimal commas (see
            :func:`extractor.normalize.numbers.detect_decimal_comma`); None decides per numeral by digit
            group length.

    Returns:
        :class:`~extractor.types.Quantity` objects sorted by start. ``obs_value`` is signed (decline cues
        make change figures negative), ranges carry their midpoint, shares in words are percent, ratios
        have unit None. ``restates`` is an index into the returned list.

    Raises:
        PatternError: when a ``patterns/q_*.jsonl`` file is malformed (on first use).
    """
    g = _grammar()
    masked = _SpanSet([tuple(x) for x in exclude] + _nonfigure_spans(text))
    atoms = _atoms(text, masked, decimal_comma)
    figs: list[_Fig] = []
    i = 0
    while i < len(atoms):
        a = _single(text, atoms[i], areas)
        if a is None:
            i += 1
            continue
        rng = _try_range(text, atoms, i, a, areas, g)
        if rng:
            a, i = rng
        figs.append(a)
        i += 1
    # drop figures whose extension runs into masked spans or each other; a rate phrase that the caller
    # already took as a period ("5 million tonnes a month") is cut off the value_text, its meaning kept
    clean: list[_Fig] = []
    caller = [tuple(x) for x in exclude]
    for f in figs:
        hits = [a for a, b in caller if a < f.end and f.start < b]
        if hits and min(hits) > f.num_end and not _overlaps(f.start, f.num_end, masked):
            f.end = len(text[:min(hits)].rstrip())
        if _overlaps(f.start, f.end, masked):
            continue
        if clean and f.start < clean[-1].end:
            continue
        clean.append(f)
    taken = _SpanSet((f.start, f.end) for f in clean)
    clean.extend(_word_figures(text, masked, taken, g))
    clean.sort(key=lambda f: f.start)
    out_figs: list[_Fig] = []
    for f in clean:
        if _is_year(text, f):
            continue
        _apply_left(text, f, g)
        _apply_right(text, f, g)
        _apply_sign_cue(text, f)
        out_figs.append(f)
    _parallel_changes(text, out_figs)
    _inherit(text, out_figs)
    _restatements(text, out_figs)
    return [_to_quantity(text, f) for f in out_figs]


def _is_year(text: str, f: _Fig) -> bool:
    if not f.bare or f.is_word or f.qualifier != "exact":
        return False
    w = text[f.num_start:f.num_end]
    return bool(re.fullmatch(r"(?:1[89]|2[01])\d{2}", w))


_PARALLEL_GAP = re.compile(r"[^.;:!?%$€£¥₹]{0,30}?(?<![A-Za-z])(?i:and|or|but|while|versus|vs\.?|against)\s+(?:(?i:by)\s+)?\Z")


def _parallel_changes(text: str, figs: list[_Fig]) -> None:
    """"up 3.2% month-on-month and 4.5% year-on-year": a cue-less figure joined by "and" to a change of the
    same kind shares its cue and sign."""
    for a, b in zip(figs, figs[1:]):
        if a.cue and a.sign and a.cue not in _SIGNS and not b.cue and b.kind == a.kind and a.kind in ("percent", "percentage_point") \
                and b.qualifier in ("exact", "approx") and (_PARALLEL_GAP.match(text[a.end:b.start])
                                                            or _grammar().same_measure.fullmatch(text[a.end:b.start])):
            b.cue, b.sign = a.cue, a.sign
            b.rules.append("chg.parallel")


# the rest of the clause chain up to the bare figure: no sentence or clause break (a decimal point between
# digits, "U.S." initials are no break)
_INHERIT_GAP = re.compile(r"(?:[^.;:!?]|(?<=\d)\.(?=\d)|(?<=[A-Z])(?<![A-Za-z][A-Z])\.(?=[A-Z ]))*\Z")


def _inherit(text: str, figs: list[_Fig]) -> None:
    """A bare number with a scale word and no unit ("... while imports rose 4.8 pct to 11.12 bln") takes the
    unit of the nearest earlier money or volume figure of the sentence that has a scale (word or inside the
    unit, ``bcm``) and a unit ("16.74 bln dlrs"), when no clause break stands between them and no unknown
    lower-case word follows it ("1.2 million visitors"; the words that may follow are ``fw.gap_stop`` and
    ``fw.after_inherited`` in ``patterns/q_function_words.jsonl`` and the change verbs of ``q_changes``)."""
    last: Optional[_Fig] = None
    ok_next = _function_words() | _function_words("fw.after_inherited") | _change_words()
    for f in figs:
        nxt = _WORD_AFTER.match(text, f.end)
        # "1.2 million visitors": a noun we do not know counts something else
        counts_other = bool(nxt and nxt.group("w")[0].islower() and nxt.group("w").lower() not in ok_next)
        if f.unit is None and f.kind == "number" and f.has_scale and not counts_other and last is not None \
                and _INHERIT_GAP.match(text[last.end:f.start]):
            f.unit, f.kind, f.currency, f.factor = last.unit, last.kind, last.currency, last.factor
            f.inherited = True
            f.rules.append("inherit")
        if f.unit is not None and f.kind in ("money", "volume") and f.mult > 0:
            last = f
    # "12.3 and 8.1%": a bare number joined to a percent takes the percent
    for a, b in zip(figs, figs[1:]):
        if a.bare and b.kind in ("percent", "percentage_point") and re.fullmatch(r"\s*(?:,|and|or)\s*", text[a.end:b.start]):
            a.unit, a.kind, a.inherited = b.unit, b.kind, True


_RESTATE_GAP = re.compile(r"\s*\(\s*\Z|[^.;()\d]{0,40}?,?\s+(?i:or|i\.e\.|equivalent to|about|some)\s+\Z|\s*[/\u2014-]\s*\Z")


def _restatements(text: str, figs: list[_Fig]) -> None:
    for k in range(1, len(figs)):
        a, b = figs[k - 1], figs[k]
        if a.kind != b.kind or a.kind not in ("money", "volume", "price"):
            continue
        if a.kind == "money" and a.unit == b.unit and a.mult == b.mult:
            continue
        if _RESTATE_GAP.search(text[a.end:b.start]) and (text[a.end:b.start].strip().startswith("(") or " or " in f" {text[a.end:b.start]} "):
            b.restates = k - 1
            b.rules.append("restates")


def _round(x: Optional[float]) -> Optional[float]:
    if x is None:
        return None
    return float(round(x, 6)) if abs(x) < 1e6 else float(x)


def _to_quantity(text: str, f: _Fig) -> Quantity:
    vt = "level"
    if f.kind == "ratio":
        vt = "ratio"
    elif f.cue and f.sign:
        vt = "change_pct" if f.kind == "percent" else "change_abs"
    sign = -1 if (vt in ("change_pct", "change_abs") and f.sign < 0 and f.raw >= 0) else 1
    mult = 0 if f.fixed else f.mult
    obs = f.raw if f.fixed else _scaled(f.raw, f.mult, f.factor)
    low = high = None
    qual = f.qualifier
    if qual == "range":
        low = _scaled(f.low_raw, mult, f.factor)
        high = _scaled(f.high_raw, mult, f.factor)
    elif qual == "lower_bound":
        low = obs
    elif qual == "upper_bound":
        high = obs
    if sign < 0:
        obs = -obs
        low, high = (-high if high is not None else None), (-low if low is not None else None)
        if qual == "lower_bound":
            qual = "upper_bound"
        elif qual == "upper_bound":
            qual = "lower_bound"
    if f.kind == "ratio" and obs < 1 and qual in ("lower_bound", "upper_bound"):
        qual = "lower_bound" if qual == "upper_bound" else "upper_bound"
        low, high = high, low
    return Quantity(
        start=f.start,
        end=f.end,
        text=text[f.start:f.end],
        obs_value=_round(obs),
        obs_value_raw=_round(f.raw),
        unit_mult=mult,
        unit=f.unit,
        qualifier=qual,
        value_low=_round(low),
        value_high=_round(high),
        value_type=vt,
        kind=f.kind,
        counted_noun=f.counted_noun,
        change_cue=f.cue,
        change_sign=(f.sign if vt in ("change_pct", "change_abs") else 0),
        rate_text=f.rate_text,
        restates=f.restates,
        unit_inherited=f.inherited,
        rule_id="+".join(dict.fromkeys(f.rules)),
    )
