"""Claim linking: from figures, periods, areas and products in an article to claim rows.

This is the part of tradeclaims that no quantity extractor does: for each figure it decides whether it is a
trade claim, and links it to an indicator, a flow, a reporter and a partner, a product, a period and a status.
Decisions are plain functions over :class:`SentenceCtx` objects (built by the pipeline from the spaCy Doc);
every rule comes from ``patterns/c_*.jsonl`` (see :mod:`extractor.cues`) and its id is kept in the
``evidence`` column.

Reading order for a figure (each field is filled from the first place that has it):
  1. its own clause (clauses are split at ``while``, ``;``, dashes, ", with ...", see ``c_clauses.jsonl``);
  2. the earlier clauses of its sentence (a clause with no area of its own continues the previous one);
  3. the article's main frame (the first claim of the article, or the title) when the sentence names no
     area of its own and continues the same subject (contract: "Areas, product and flow are carried ...").

Directions follow UN Comtrade: for an import the reporter is the importer and the partner the exporter; for
an export, the reverse; "trade" and "balance" take the first-named side (the owner: "X's trade with Y") as
reporter. A total with no partner named has partner ``WLD``.

Offsets are Python ``str`` indices into the article text (end exclusive).
"""
from __future__ import annotations

import calendar
import functools
import hashlib
import re
from datetime import date
from dataclasses import dataclass, field, replace
from typing import Optional

from .cues import Cues, load_cues
from .types import AreaMention, Period, ProductMention, Quantity

MONEY_UNIT = re.compile(r"^[A-Z]{3}$")


# --------------------------------------------------------------------------------------------------- data
@dataclass
class SentenceCtx:
    """One sentence of an article with everything the finders saw in it (offsets into the article text)."""

    idx: int
    start: int
    end: int
    text: str
    para: int
    periods: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    areas: list = field(default_factory=list)
    products: list = field(default_factory=list)
    product_refs: list = field(default_factory=list)
    clauses: list = field(default_factory=list)  # (start, end) absolute


@dataclass
class Side:
    """One side of a trade relation: code (ISO3/bloc/None for groups), surface text, rule id."""

    code: Optional[str]
    text: Optional[str]
    rule: str


@dataclass
class Frame:
    """Who trades what with whom in one clause (or carried from context)."""

    flow: Optional[str] = None
    flow_rule: Optional[str] = None
    flow_explicit: bool = False
    balance_sign: int = 0
    exporter: Optional[Side] = None
    importer: Optional[Side] = None
    owner: Optional[Side] = None
    partner_side: Optional[Side] = None
    sym: list = field(default_factory=list)
    via: Optional[Side] = None
    unknown: list = field(default_factory=list)
    total: bool = False
    port: bool = False
    bilateral: bool = False
    reporter: Optional[Side] = None
    partner: Optional[Side] = None
    product: Optional[ProductMention] = None


WLD = Side("WLD", None, "cue.total")
_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}  # English month names -> number



# ----------------------------------------------------------------------------------------------- helpers
def claim_id(doc_id: str, start: int, end: int, ordinal: int = 0) -> str:
    """Stable claim id: first 16 hex digits of SHA-1 over ``doc_id|start|end|ordinal``.

    ``ordinal`` is the row's position among the claims of the same span (0 for the first).
    """
    raw = f"{doc_id}|{start}|{end}|{ordinal}".encode("utf-8")
    return hashlib.sha1(raw).hexdigest()[:16]


def split_clauses(text: str, start: int, cues: Cues) -> list[tuple[int, int]]:
    """Split a sentence into clauses at the separators of ``c_clauses.jsonl``.

    Args:
        text: the sentence; start: its offset in the article.
    Returns:
        ``[(start, end), ...]`` absolute offsets covering the sentence without the separators.
    """
    spans = []
    pos = 0
    for m in cues.clause_split.finditer(text):
        if m.start() > pos:
            spans.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((start + pos, start + len(text)))
    return spans or [(start, start + len(text))]


def _clause_of(pos: int, clauses: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(clauses):
        if s <= pos < e:
            return i
    # between clauses (on a separator): the next clause
    for i, (s, _e) in enumerate(clauses):
        if pos < s:
            return i
    return len(clauses) - 1


def _find(regex: re.Pattern, text: str, lo: int, hi: int, base: int) -> list[tuple[int, int]]:
    """Matches of ``regex`` in ``text[lo-base:hi-base]`` as absolute spans."""
    seg = text[max(0, lo - base):max(0, hi - base)]
    off = max(lo, base)
    return [(off + m.start(), off + m.end()) for m in regex.finditer(seg)]


# ------------------------------------------------------------------------------------------------- roles
def area_role(art_text: str, area: AreaMention, clause: tuple[int, int], products: list, cues: Cues) -> tuple[str, str]:
    """Role of one area mention inside its clause.

    Returns ``(role, rule_id)``; role is one of exporter, importer, owner, partner_side, sym, via,
    descriptor, origin (a demonym before a product: "Chinese e-bikes"), or unknown.
    """
    before = art_text[clause[0]:area.start]
    after = art_text[area.end:clause[1]]
    is_dem = area.kind == "demonym"
    if is_dem:
        for p in products:
            if area.end <= p.start <= area.end + 30 and re.fullmatch(r"[\s\w-]*", art_text[area.end:p.start]):
                gap = art_text[area.end:p.start]
                if len(gap.split()) <= 3 and not re.search(
                        r"\b(of|to|from|for|in|into|with|by|imports?|exports?|shipments|sales|purchases|trade)\b", gap, re.I):
                    # demonym + product + flow noun: "Turkish steel imports" -> flow owner
                    tail = art_text[p.end:clause[1]]
                    for r in cues.roles:
                        if r.side == "after" and r.id in ("role.poss_import", "role.poss_export") and r.regex.match(tail):
                            return r.role, r.id
                    return "origin", "role.demonym_product"
    order = cues.roles
    if is_dem:
        order = [r for r in cues.roles if r.side == "after"] + [r for r in cues.roles if r.side == "before"]
    for r in order:
        if r.role == "via" and is_dem:
            continue
        if r.side == "before":
            if r.regex.search(before):
                return r.role, r.id
        else:
            if r.regex.match(after):
                return r.role, r.id
    return "unknown", "role.unknown"


def _side(a: AreaMention, rule: str) -> Side:
    return Side(a.code, a.text, f"{rule}:{a.rule_id}" if a.rule_id else rule)


def clause_frame(art_text: str, clause: tuple[int, int], areas: list, products: list, cues: Cues,
                 names: bool = True) -> Frame:
    """Read flow cues and area roles of one clause into a :class:`Frame` (no carrying)."""
    f = Frame()
    lo, hi = clause
    in_clause = [a for a in areas if lo <= a.start < hi and a.kind != "dateline"]
    roles = []
    for a in in_clause:
        role, rid = area_role(art_text, a, clause, products, cues)
        roles.append((a, role, rid))
    has_explicit_exporter = any(r in ("exporter",) for _a, r, _ in roles)
    has_explicit_importer = any(r in ("importer",) for _a, r, _ in roles)
    for a, role, rid in roles:
        s = _side(a, rid)
        if role == "origin":
            if has_explicit_exporter and has_explicit_importer:
                continue  # "Kazakhstan re-exported German machinery to Russia": where the goods were made
            role = "importer" if has_explicit_exporter else "exporter"
        if role == "exporter" and f.exporter is None:
            f.exporter = s
        elif role == "importer" and f.importer is None:
            f.importer = s
        elif role == "owner" and f.owner is None:
            f.owner = s
        elif role == "partner_side" and f.partner_side is None:
            f.partner_side = s
        elif role == "sym":
            f.sym.append(s)
        elif role == "via" and f.via is None:
            f.via = s
        elif role == "unknown":
            if a.kind != "demonym":
                f.unknown.append(s)
    # flows
    best = None
    for cue, s, e in _flow_matches(art_text, lo, hi, cues, names):
        # precedence: a balance word, then a re-export word, then the first flow word of the clause
        cand = (cue, s, e)
        if cue.flow == "balance":
            best = cand if best is None or best[0].flow != "balance" else best
        elif best is None or (best[0].flow != "balance" and best[0].flow != "re_export"):
            if cue.flow == "re_export" or best is None:
                best = cand
        if cue.pos == "adv":  # "abroad", "overseas": the destination is the world
            f.total = True
            if f.importer is None:
                f.importer = Side("WLD", art_text[s:e], cue.id)
    if best is not None:
        f.flow, f.flow_rule, f.flow_explicit = best[0].flow, best[0].id, True
        if best[0].flow == "balance":
            f.balance_sign = best[0].sign
            if f.balance_sign == 0:
                f.balance_sign = _balance_sign_near(art_text, lo, hi, cues)
    tid, treg = cues.cues["total"]
    if _find(treg, art_text, lo, hi, 0):
        f.total = True
    pid, preg = cues.cues["port"]
    if _find(preg, art_text, lo, hi, 0):
        f.port = True
    bid, breg = cues.cues["bilateral_anaphor"]
    if _find(breg, art_text, lo, hi, 0):
        f.bilateral = True
    return f


def _balance_sign_near(text, lo, hi, cues) -> int:
    for cue in cues.flows:
        if cue.flow == "balance" and cue.sign:
            if cue.spans(text, lo, hi):
                return cue.sign
    return 0


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+(?:(?:of|and|for|&)\s+)?$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")


def _in_proper_name(text: str, s: int, e: int, lo: int) -> bool:
    """True when a capitalised match stands inside a Title Case name ("the Ministry of International Trade and
    Industry", "the Export Promotion Council"): a capitalised word before it (not at the clause start) or after."""
    if not text[s:e].istitle():
        return False
    mb = _WORD_BEFORE.search(text, max(lo, s - 40), s)
    if mb and mb.group(1).istitle() and mb.start(1) > lo and not re.search(r"[.!?:]\s*$", text[lo:mb.start(1)]):
        return True
    ma = _WORD_AFTER.match(text, e)
    return bool(ma and ma.group(1).istitle())


@functools.lru_cache(maxsize=512)
def _flow_matches_cached(text: str, lo: int, hi: int, names: bool = True) -> tuple:
    cues = load_cues()
    found = sorted(((cue, s, e) for cue in cues.flows for s, e in cue.spans(text, lo, hi)
                    if not (names and _in_proper_name(text, s, e, lo))),
                   key=lambda m: (m[1], -(m[2] - m[1])))
    out, max_end, max_len = [], -1, 0
    for m in found:
        # inside a longer, earlier-starting (or same-start) match: drop
        if m[2] <= max_end and (m[2] - m[1]) < max_len:
            continue
        out.append(m)
        if m[2] > max_end:
            max_end, max_len = m[2], m[2] - m[1]
    return tuple(out)


def _flow_matches(text: str, lo: int, hi: int, cues: Cues, names: bool = True) -> list:
    """All strong flow-cue matches ``(cue, start, end)`` in ``text[lo:hi]``, without those inside a longer
    match of another cue ("inbound shipments" is an import, not the export noun "shipments").
    ``names`` drops flow words inside Title Case names (body text; headlines are read without it).
    Sorted by start; cached per (text, lo, hi)."""
    return list(_flow_matches_cached(text, lo, hi, names))


def nearest_flow(art_text: str, clause: tuple[int, int], q: Quantity, cues: Cues):
    """The flow cue nearest to the figure inside its clause: ``(flow, rule_id, sign)`` or None.

    A balance cue (surplus/deficit) in the clause wins for money figures; otherwise the nearest cue by
    character distance wins, preferring cues before the figure on ties.
    """
    lo, hi = clause
    found = []
    # "X% of Russia's machine tool imports": the flow noun of the whole the share is taken from
    if q.kind == "percent" and q.value_type == "level":
        tail = art_text[q.end:min(hi, q.end + 70)]
        mo = re.match(r"\s+of\s+([^,.;()]{0,60})", tail)
        if mo:
            seg_lo, seg_hi = q.end + mo.start(1), q.end + mo.end(1)
            for cue in cues.flows:
                if cue.pos == "noun" and cue.flow in ("export", "import", "re_export") and cue.spans(art_text, seg_lo, seg_hi):
                    return cue.flow, cue.id, 0
    for cue, s, e in _flow_matches(art_text, lo, hi, cues):
        d = q.start - e if e <= q.start else (s - q.end if s >= q.end else 0)
        found.append((d + (0 if e <= q.start else 1), cue, s))
    if not found:
        return None
    bal = [x for x in found if x[1].flow == "balance"]
    nearest = min(found, key=lambda x: x[0])
    # a balance word before the figure with no other flow word in between governs it ("a deficit of 5.9
    # trillion yen ..., narrowing 73.7% ... as energy import costs eased")
    bal_before = [x for x in bal if x[2] < q.start]
    governs = bool(bal_before) and not any(x[1].flow != "balance" and max(b[2] for b in bal_before) < x[2] < q.start
                                           for x in found)
    if bal and q.kind in ("money", "percent", "percentage_point", "ratio") and (
            governs or nearest[1].flow == "balance" or min(bal, key=lambda x: x[0])[0] <= nearest[0] + 25):
        d, cue, _s = min(bal, key=lambda x: x[0])
        sign = cue.sign or _balance_sign_near(art_text, lo, hi, cues)
        return "balance", cue.id, sign
    rex = [x for x in found if x[1].flow == "re_export"]
    if rex:
        return "re_export", rex[0][1].id, 0
    d, cue, _s = min(found, key=lambda x: x[0])
    return cue.flow, cue.id, cue.sign


def resolve_sides(f: Frame, main_reporter: Optional[Side] = None) -> Frame:
    """Turn roles into reporter/partner for the frame's flow (UN Comtrade convention).

    Areas without a role fill the partner side first when the article's main reporter can fill the
    reporter side; otherwise the first named one becomes the reporter.
    """
    flow = f.flow
    rep = part = None
    if flow in ("export", "re_export"):
        rep = f.exporter or f.owner
        part = f.importer or f.partner_side or (f.sym[0] if f.sym else None)
    elif flow == "import":
        rep = f.importer or f.owner
        part = f.exporter or f.partner_side or (f.sym[0] if f.sym else None)
    else:
        rep = f.owner or f.exporter or f.importer
        if rep is None and len(f.sym) >= 2:
            rep = f.sym[0]
            part = f.sym[1]
            f.reporter, f.partner = rep, part
            return f
        part = (f.sym[0] if f.sym else None) or f.partner_side
        if part is None:
            for s in (f.importer, f.exporter):
                if s is not None and s is not rep:
                    part = s
                    break
    unknown = list(f.unknown)
    named = [u for u in unknown if u.code is not None]
    if rep is None and main_reporter is not None and main_reporter.code is not None and unknown \
            and all(u.code != main_reporter.code for u in unknown) \
            and (part is None or part.code != main_reporter.code):
        rep = Side(main_reporter.code, main_reporter.text, "carried")
    if rep is None and named and (part is None or named[0].code != part.code):
        rep = named[0]
        unknown.remove(rep)
    if part is None and unknown:
        cand = [u for u in unknown if rep is None or u.code != rep.code]
        if cand:
            part = cand[0]
    f.reporter, f.partner = rep, part
    return f


# ------------------------------------------------------------------------------------------- non-claims
def nonclaim_reason(art_text: str, q: Quantity, clause: tuple[int, int], has_flow: bool, cues: Cues,
                    flow_spans: tuple = ()) -> Optional[str]:
    """Return the id of the non-claim cue that applies to the figure, or None.

    A cue counts when it stands within its ``before``/``after`` window of the figure, inside the clause.
    Weak cues (production) do not apply when the clause has a flow word.
    """
    lo, hi = clause
    for nc in cues.nonclaims:
        if not nc.strong and has_flow:
            # "India produced 112 million tonnes ... and exported": the production cue governs the figure when
            # no flow word stands between them
            hits = _find(nc.regex, art_text, max(lo, q.start - nc.before), q.start, 0) if nc.before else []
            if hits and not any(hits[-1][1] <= fs < q.start for fs, _fe in flow_spans):
                return nc.id
            continue
        if nc.anchored:
            if nc.before and nc.regex.search(art_text[max(lo, q.start - nc.before):q.start]):
                return nc.id
            if nc.after and nc.regex.search(art_text[q.end:min(hi, q.end + nc.after)]):
                return nc.id
            continue
        if nc.before:
            seg_lo = max(lo, q.start - nc.before)
            for s, e in _find(nc.regex, art_text, seg_lo, q.start, 0):
                if nc.category == "tariff" and any(e <= fs < q.start for fs, _fe in flow_spans):
                    continue  # "since the tariffs took effect, soybean exports fell 75%": a trade figure
                if nc.requires_after is not None:
                    tail = art_text[q.end:min(hi, q.end + 25)]
                    if not nc.requires_after.search(tail):
                        continue
                return nc.id
        if nc.after:
            seg_hi = min(hi, q.end + nc.after)
            if _find(nc.regex, art_text, q.end, seg_hi, 0):
                return nc.id
    return None


# ------------------------------------------------------------------------------------------------- linker
@dataclass
class LinkResult:
    """Rows of one article: claims and quantities (dicts keyed by the schema's columns)."""

    claims: list
    quantities: list


def _indicator(art_text, q: Quantity, flow, clause, sent: SentenceCtx, cues: Cues,
               prev_indicator: Optional[str] = None) -> Optional[str]:
    lo, hi = clause
    if q.kind == "price":
        return "price"
    if flow == "balance" and q.kind in ("money", "percent", "ratio"):
        return "trade_balance"
    if q.kind == "money":
        return "trade_value"
    if q.kind == "volume":
        return "trade_volume"
    if q.kind == "count":
        noun = ((q.counted_noun or "").lower().split() or [""])[-1]
        if noun and cues.cues["count_noun"][1].fullmatch(noun):
            return "count"
        if q.unit == "unit" or (noun and cues.cues["volume_noun"][1].fullmatch(noun)):
            return "trade_volume"
        return None
    if q.kind in ("percent", "percentage_point", "ratio"):
        if q.kind == "percent" and q.value_type == "level":
            return "share"
        if q.kind == "percentage_point":
            return "share"
        # a change or ratio: what changed
        if _find(cues.cues["price"][1], art_text, lo, hi, 0):
            near_price = _find(cues.cues["price"][1], art_text, max(lo, q.start - 60), q.start, 0)
            if near_price:
                return "price"
        if re.search(r"\bshare\b", art_text[lo:q.start], re.I):
            return "share"
        # the nearest level figure in the clause, else in the sentence
        levels = [o for o in sent.quantities if o is not q and o.value_type == "level"
                  and (o.kind in ("money", "volume", "price") or (o.kind == "count" and o.unit == "unit"))]
        in_clause = [o for o in levels if lo <= o.start < hi]
        pool = in_clause or []
        if pool:
            o = min(pool, key=lambda o: abs(o.start - q.start))
            return {"money": "trade_value", "volume": "trade_volume", "price": "price", "count": "trade_volume"}[o.kind]
        vreg = cues.cues["volume"][1]
        if _find(vreg, art_text, max(lo, q.start - 40), q.start, 0):
            return "trade_volume"
        if re.search(r"\bshipments\b", art_text[lo:q.start], re.I) and not levels and prev_indicator in ("trade_volume", None):
            return "trade_volume"  # "shipments to fall by up to 10%" after tonnages: a volume change
        if levels and q.kind == "ratio":
            o = min(levels, key=lambda o: abs(o.start - q.start))
            return {"money": "trade_value", "volume": "trade_volume", "price": "price", "count": "trade_volume"}[o.kind]
        return "trade_value"
    return None


def _status(art_text, q: Quantity, clause, sent: SentenceCtx, period: Optional[Period], published, cues: Cues):
    lo, hi = clause
    # the status words stand before the figure (or right after it: "the $200 billion goal")
    before_from = re.search(r"\b(up|down)?\s*from\s+$", art_text[max(lo, q.start - 12):q.start])
    if before_from:
        return "actual", None
    tid0, treg0 = cues.cues["target"]
    if re.match(r"\s+(?:[\w-]+\s+)?(?:goal|target|objective)s?\b", art_text[q.end:min(hi, q.end + 30)], re.I):
        return "target", tid0  # "beating the $200 billion goal"
    sid, sreg = cues.cues["status_after"]
    after = art_text[q.end:min(hi, q.end + 30)]
    ma = re.match(r"\s+(?:[\w-]+\s+)?", after)
    if ma is not None and sreg.match(after, ma.end()) or sreg.match(after, len(after) - len(after.lstrip())):
        return "forecast", sid
    rel = re.match(r"\s+(?:[\w-]+\s+){0,2}(?:that|which)\s+(?:[\w-]+\s+){0,2}", art_text[q.end:min(hi, q.end + 60)])
    if rel and sreg.match(art_text, q.end + rel.end()):
        return "forecast", sid  # "the 1.9 per cent growth that analysts had forecast"
    # the status words that govern a figure stand before it, after the last "and/but" that follows an
    # earlier figure of the clause ("rose 9% in 2023 and are expected to grow 5% this year")
    seg_lo = lo
    for o in sent.quantities:
        if lo <= o.end <= q.start and o is not q:
            m = None
            for m in re.finditer(r"\b(and|but|while|whereas|after|before|as|since|when)\b", art_text[o.end:q.start]):
                pass
            if m is not None:
                seg_lo = o.end + m.end()
    seg_hi = q.start
    if seg_lo > lo and len(art_text[seg_lo:seg_hi].split()) <= 2:
        # "expects exports to reach $130 billion by 2030 and about $30 billion": no verb of its own
        seg_lo = lo
    tid, treg = cues.cues["target"]
    if _find(treg, art_text, seg_lo, seg_hi, 0):
        return "target", tid
    aid, areg = cues.cues["actual"]
    if _find(areg, art_text, seg_lo, seg_hi, 0):
        return "actual", aid
    fid, freg = cues.cues["forecast"]
    if _find(freg, art_text, seg_lo, seg_hi, 0):
        return "forecast", fid
    if period is not None and published is not None and period.period_start is not None:
        if period.period_start > published:
            return "forecast", "status.future_period"
    return "actual", None


def _attribution(sent: SentenceCtx, cues: Cues) -> tuple[Optional[str], Optional[str]]:
    for rid, rx in cues.attributions:
        m = rx.search(sent.text)
        if m:
            src = m.group("src").strip(" ,.;")
            if src:
                return src, rid
    return None, None


def _composition(text: str, lo: int, start: int) -> bool:
    """True when a product at ``start`` is named as a composition ("mostly energy", "lifted by car shipments")."""
    _rid, rx = load_cues().cues["composition"]
    seg = text[max(lo, start - 60):start]
    return any(re.fullmatch(r"\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,6}", seg[m.end():] or " ") or not seg[m.end():].strip()
               for m in rx.finditer(seg))


def _product_for(q: Quantity, clause, sent: SentenceCtx, text: str = "") -> Optional[ProductMention]:
    """The product a figure is about: the nearest product mention after it (within 60 chars; "of crude oil"),
    else the nearest before it, inside its clause. Products named as a composition ("mostly energy",
    "led by cars") and back-references ("the fuel") are skipped."""
    lo, hi = clause
    refs = [(a, b) for a, b, _c in sent.product_refs]
    if text:
        _oid, org = load_cues().cues["organization"]
        refs += [(p.start, p.end) for p in sent.products
                 if text[p.start:p.start + 1].isupper() and org.match(text, p.end + 1)]
    inc = [p for p in sent.products if lo <= p.start < hi
           and not (text and _composition(text, lo, p.start))
           and not any(a <= p.start < b or p.start <= a < p.end for a, b in refs)]
    after = [p for p in inc if p.start >= q.end and p.start - q.end <= 60]
    before = [p for p in inc if p.end <= q.start]
    inside = [p for p in sent.products if q.start <= p.start < q.end]
    if inside:
        return inside[0]
    if after and text and re.match(r"\s*(?:[\w-]+\s+){0,2}?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
                                   text[q.end:after[0].start]):
        return after[0]
    if before:
        return before[-1]
    if after:
        return after[0]
    return None


@functools.lru_cache(maxsize=1)
def _currency_rules() -> dict:
    """Currency rules of ``q_currencies.jsonl`` by id (read once)."""
    from .normalize.money import currency_table

    return {r["id"]: r for r in currency_table()}


@functools.lru_cache(maxsize=None)
def _rx_cached(template: str, flags: int) -> re.Pattern:
    """Compile a regex skeleton whose ``{category}`` slots are filled with the terms of that ``c_cues.jsonl``
    category (the words stay data; the skeleton holds only function words and structure)."""
    from .cues import cue_alternation

    names = set(re.findall(r"\{([a-z_]+)\}", template))
    return re.compile(template.format(**{n: cue_alternation(n) for n in names}), flags)


def _is_base_figure(art_text, q: Quantity, clause) -> bool:
    """True when the figure is the comparison point of another ("up from X", "compared with X", "vs X")."""
    return bool(re.search(r"(?:\b(?:up|down|rising|falling|compared|a rise|a fall)\s+(?:from|with|against)|\bvs\.?|\bversus|"
                          r"\bagainst|\bcompared to|\bfrom)\s+(?:a\s+|an\s+|the\s+)?(?:revised\s+|record\s+)?$",
                          art_text[max(clause[0], q.start - 24):q.start], re.I))


def inherit_units(text: str, quantities: list) -> list:
    """A bare number compared with a figure ("dropped to 620,000 tonnes from 810,000 a year earlier") takes
    that figure's unit and kind. Returns a new list (Quantity objects are frozen); other figures unchanged."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.kind == "number" and q.unit is None and nxt.unit and q.unit_mult == nxt.unit_mult \
                and re.fullmatch(r"\s*(,|and|or|to|-)\s*", text[q.end:nxt.start]):
            out[i] = replace(q, unit=nxt.unit, kind=nxt.kind, unit_inherited=True,
                             rule_id=(q.rule_id + "+" if q.rule_id else "") + "linker.inherit_unit")
    for i, q in enumerate(out):
        if q.kind != "number" or q.unit is not None or i == 0:
            continue
        prev = out[i - 1]
        gap = text[prev.end:q.start]
        if prev.unit and prev.kind in ("money", "volume", "count") and len(gap) <= 40 \
                and re.search(r"\b(from|than|against|versus|vs\.?|compared with)\s+(a\s+)?(revised\s+)?$", gap) \
                and not re.search(r"[;]", gap):
            out[i] = replace(q, unit=prev.unit, kind=prev.kind, unit_inherited=True,
                             rule_id=(q.rule_id + "+" if q.rule_id else "") + "linker.inherit_unit")
    return out


class ArticleLinker:
    """Links the figures of one article. Create per article; call :meth:`link`.

    Args:
        text: article text; title: headline or None; published: reference date or None;
        doc: dict with doc_id, doc_url, doc_title, doc_published for the rows;
        sentences: list of :class:`SentenceCtx` in order; title_ctx: a SentenceCtx for the title (offsets
        into the title string, used for context only) or None; version: extractor_version.
    """

    def __init__(self, text, sentences, *, published=None, title_ctx=None, doc=None, version="", cues=None,
                 resolve_anaphoric=None, resolve_base=None, period_fields=None):
        self.text = text
        self.sents = sentences
        self.published = published
        self.title_ctx = title_ctx
        self.doc = doc or {}
        self.version = version
        self.cues = cues or load_cues()
        self.resolve_anaphoric = resolve_anaphoric
        self.resolve_base = resolve_base
        self.period_fields = period_fields
        self.main: Optional[Frame] = None
        self.main_period: Optional[Period] = None
        self.main_period_src = None
        self.last_product: Optional[ProductMention] = None
        self.dateline = dateline_area(text, self.cues)
        self.main_product: Optional[ProductMention] = None
        self.main_period_from_body = False
        self.prev_sent_nontrade = False
        self.season_start_month: Optional[int] = None
        self.prev_sent_partner: Optional[str] = None
        self.prev_sent_para = -1
        self.last_indicator: Optional[str] = None
        self.last_period: Optional[Period] = None
        self.first_claim_sent_has_area = False
        self.first_claim_flow = None
        self.n_claims = 0

    # -- periods ----------------------------------------------------------------------------------
    def _title_frame(self) -> Optional[Frame]:
        t = self.title_ctx
        if t is None:
            return None
        f = clause_frame(t.text, (0, len(t.text)), t.areas, t.products, self.cues, names=False)
        resolve_sides(f)
        # the title's product counts only when it is what the title's flow carries ("palm oil exports",
        # "exports of wheat"), not a cause ("... on chip demand")
        f.product = None
        spans = [(s0, e0) for _c, s0, e0 in _flow_matches(t.text, 0, len(t.text), self.cues, names=False)]
        for p in t.products:
            if any(0 <= s0 - p.end <= 12 or 0 <= p.start - e0 <= 6 for s0, e0 in spans):
                f.product = p
                break
        return f

    def _own_periods(self, sent: SentenceCtx):
        """The sentence's own periods, without those that only date a superlative ("the largest since
        September 2020", "the highest in 38 years")."""
        _rid, sup = self.cues.cues["superlative_since"]
        _nid, dated = self.cues.cues["dated_noun"]
        out = []
        for p in sent.periods:
            if p.role != "period":
                continue
            head = self.text[max(sent.start, p.start - 30):p.start] + (p.text or "")[:6]
            if sup.search(head):
                continue
            # "after the border measures of 2023", "the record of 2022": the date of a noun, not of the figure
            m = re.search(r"([\w-]+)\s+(?:of|in)\s+$", self.text[max(sent.start, p.start - 30):p.start])
            if m and dated.fullmatch(m.group(1)):
                continue
            out.append(p)
        return out

    def _pick_period(self, q: Quantity, clause, sent: SentenceCtx, ctx_period):
        """Return ``(period, period_source, base)`` for a figure (base: ``(start, end)`` dates or None).

        "The previous three months" is read against the sentence's own reference period (the three months just
        before it), not against the publication date."""
        chosen, src, base = self._pick_period_raw(q, clause, sent, ctx_period)
        if chosen is not None and (chosen.period_start is None or self._SEASON_START.search(self.text, sent.start, sent.end)):
            chosen = self._season(chosen, sent) or chosen
        if chosen is not None and chosen.period_end is not None and self.published is not None \
                and chosen.period_end > self.published and chosen.period_start <= self.published \
                and not re.search(r"\d", chosen.text or "") and chosen.freq == "P" and self.resolve_base \
                and not re.search(r"\b(?:this|current|next|coming)\b", chosen.text or "", re.I):
            # "exports stood at Rs 8,781 billion during July-June" (published in July): the span just ended
            rng = self.resolve_base(replace(chosen, base_shift=("year", -1), role="base", period_start=None,
                                            period_end=None), chosen.period_start, chosen.period_end, chosen.freq)
            if rng:
                chosen = self._make_period(chosen, rng)
        if chosen is not None and re.match(r"(?:the\s+)?(?:previous|preceding|prior)\s", chosen.text or "", re.I) \
                and self.resolve_base:
            refs = [p for p in self._own_periods(sent) if p.text != chosen.text and p.period_start is not None
                    and not p.anaphoric]
            if refs:
                ref = refs[0]
                rng = self.resolve_base(replace(chosen, base_shift=("period", -1), role="base", period_start=None,
                                                period_end=None),
                                        ref.period_start, ref.period_end, ref.freq)
                if rng:
                    chosen = self._make_period(chosen, rng)
        return chosen, src, base

    def _pick_period_raw(self, q: Quantity, clause, sent: SentenceCtx, ctx_period):
        lo, hi = clause
        own = self._own_periods(sent)
        base = None
        cand = [p for p in own if lo <= p.start < hi]
        # "2.14 billion stg vs 3.05 billion in the previous three months": a "previous ..." period belongs to the
        # figure right before it; for the others of the sentence it is only the comparison
        prev_like = [p for p in own if re.match(r"(?:the\s+)?(?:previous|preceding|prior)\s", p.text or "", re.I)
                     and not (p.start >= q.end and re.fullmatch(r"\s*(?:in|for|during|over|of)?\s*",
                                                                 self.text[q.end:p.start]))]
        if prev_like and len(prev_like) < len(own):
            own = [p for p in own if p not in prev_like]
            cand = [p for p in cand if p not in prev_like]
        cmp_periods = []
        if q.value_type in ("change_pct", "change_abs", "ratio"):
            cmp_periods = [p for p in cand if re.search(r"(?:compared\s+(?:with|to)|than(?:\s+in)?|from|against|versus|vs\.?|over|on)\s+$",
                                                        self.text[max(lo, p.start - 16):p.start], re.I)]
            if len(cmp_periods) < len(cand):
                cand = [p for p in cand if p not in cmp_periods]
            else:
                cmp_periods = []
        chosen = None
        if cand:
            # nearest in the clause, a following one preferred when equally near
            chosen = min(cand, key=lambda p: ((p.start - q.end) if p.start >= q.end else (q.start - p.end) + 2,
                                              p.start < q.start))
            # a period right before "from X" base phrase belongs to the base figure only
        elif any(p.role == "open" and lo <= p.start < hi for p in sent.periods):
            chosen = None
        elif own:
            # the sentence's first own period (a clause without one continues the sentence)
            before = [p for p in own if p.start < q.start]
            chosen = before[-1] if before else own[0]
        # "from 45.6 lakh tonnes a year earlier": a base phrase right after a level figure is its period
        bases = [p for p in sent.periods if p.role == "base"]
        consumed = [b for b in bases if any(o.value_type == "level" and 0 <= b.start - o.end <= 3
                                            for o in sent.quantities if o is not q)]
        if q.value_type != "level":
            bases = [b for b in bases if b not in consumed]
        # "rose 8.2% to 812,345 tonnes from 750,812 tonnes (in) the same period in April": the compared figure's
        # period is the sentence's comparison base
        if q.value_type == "level" and bases and _is_base_figure(self.text, q, clause):
            ref = chosen if chosen is not None else ctx_period
            b = next((x for x in bases if x.start >= q.end), bases[0])
            if ref is not None and ref.period_start is not None and self.resolve_base:
                rng = self.resolve_base(b, ref.period_start, ref.period_end, ref.freq)
                if rng:
                    return self._make_period(b, rng), "sentence", None
        if q.value_type == "level" and _is_base_figure(self.text, q, clause) and not bases:
            near = [p for p in own if 0 <= p.start - q.end <= 5]
            if not near:
                return None, None, None  # "widened to 4.29 bln dlrs from 3.87 bln": the earlier period is not said
        # "compared with January 2023 (€226.0 bn)": the figure in parentheses is that period's
        for p in sent.periods:
            if p.period_start is not None and p.role in ("period", "base") and p.end <= q.start \
                    and re.fullmatch(r"\s*\(\s*", self.text[p.end:q.start]):
                return replace(p, role="period"), "sentence", None
        if q.value_type == "level" and bases:
            for b in bases:
                gap = self.text[q.end:b.start] if b.start >= q.end else None
                if gap is not None and b.base_shift and re.fullmatch(r"\s*(in|for|during|over|of)?\s*", gap):
                    ref = chosen if chosen is not None else ctx_period
                    if ref is not None and ref.anaphoric:
                        ref = self._anaphor(ref, ctx_period)
                    if ref is not None and ref.period_start is not None and self.resolve_base:
                        rng = self.resolve_base(b, ref.period_start, ref.period_end, ref.freq)
                        if rng:
                            return self._make_period(b, rng), "sentence", None
                if gap is not None and b.period_start is not None and not b.base_shift and re.fullmatch(r"\s*(in|for|during|of)?\s*", gap):
                    return replace(b, role="period"), "sentence", None
                if 0 <= b.start - q.end <= 3 and b.base_shift:
                    ref = chosen if chosen is not None else ctx_period
                    if ref is not None and ref.period_start is not None and self.resolve_base:
                        rng = self.resolve_base(b, ref.period_start, ref.period_end, ref.freq)
                        if rng:
                            return self._make_period(b, rng), "sentence", None
        opens = [p for p in sent.periods if p.role == "open" and lo <= p.start < hi]
        if chosen is None and opens:
            return opens[0], None, None
        src = "sentence"
        if chosen is not None and chosen.anaphoric:
            chosen = self._anaphor(chosen, ctx_period)
            src = "context"
        if chosen is None:
            anaph = [p for p in sent.periods if p.anaphoric]
            if anaph and (ctx_period is not None or self.last_period is not None):
                chosen = self._anaphor(anaph[0], ctx_period)
                src = "context"
            elif ctx_period is not None:
                chosen, src = ctx_period, "context"
        # a change over a span ("jumped 361% between 2020 and 2023", "fell 53% from March to December 2022"):
        # the later end is the figure's period, the earlier end its base (contract)
        if q.value_type in ("change_pct", "change_abs", "ratio") and chosen is not None and chosen.freq == "P":
            split = self._split_span(chosen)
            if split is not None:
                return split[1], src, (split[0].period_start, split[0].period_end)
        # "... between 2020 and 2023 to $11.5 billion": the level reached is the later end's
        if q.value_type == "level" and chosen is not None and chosen.freq == "P" \
                and re.search(r"\bto\s+(?:\w+\s+){0,2}$", self.text[max(lo, q.start - 25):q.start]):
            split = self._split_span(chosen)
            if split is not None:
                return split[1], src, None
        if cmp_periods and chosen is not None and chosen.period_start is not None:
            b = cmp_periods[0]
            if re.match(r"(?:the\s+)?(?:previous|preceding|prior|same)\s", b.text or "", re.I) and self.resolve_base:
                shift = ("period", -1) if not re.match(r"(?:the\s+)?same\s", b.text or "", re.I) else ("year", -1)
                rng = self.resolve_base(replace(b, base_shift=shift, role="base", period_start=None, period_end=None),
                                        chosen.period_start, chosen.period_end, chosen.freq)
            else:
                rng = (b.period_start, b.period_end) if b.period_start else None
            if rng:
                return chosen, src, rng
        # base period
        if q.value_type in ("change_pct", "change_abs", "ratio") and chosen is not None:
            b_in_clause = [b for b in bases if lo <= b.start < hi]
            b = (b_in_clause or bases or [None])[0]
            if b is not None and chosen.period_start is not None and self.resolve_base:
                rng = self.resolve_base(b, chosen.period_start, chosen.period_end, chosen.freq)
                if rng:
                    base = rng
            elif b is None and q.value_type == "ratio" or (b is None and q.value_type != "level"):
                # "up from 2.7 billion in 2020 -- a more than sevenfold increase": an earlier own period
                earlier = [p for p in own if p is not chosen and p.period_end is not None
                           and chosen.period_start is not None and p.period_end < chosen.period_start
                           and re.search(r"\bfrom\b", self.text[max(sent.start, p.start - 40):p.start])]
                if earlier:
                    base = (earlier[0].period_start, earlier[0].period_end)
        return chosen, (src if chosen is not None else None), base

    def _anaphor(self, p: Period, ctx_period: Optional[Period]) -> Period:
        """Dates for "the same period", "the month", "the quarter": the latest period named before (in any
        paragraph), else the context period; "the month" after a month span ("January-August") is its last
        month. Unresolvable anaphors keep null dates."""
        ref = self.last_period or ctx_period
        if ref is None or not self.resolve_anaphoric:
            return p
        try:
            out = self.resolve_anaphoric(p, ref)
        except Exception:  # noqa: BLE001 - an unresolvable anaphor leaves the dates null
            return p
        if out.period_start is None and ref.period_end is not None and p.freq == "M" and self.period_fields:
            start = ref.period_end.replace(day=1)
            freq, tp = self.period_fields(start, ref.period_end)
            out = replace(p, period_start=start, period_end=ref.period_end, freq=freq, time_period=tp)
        return out

    _SEASON_YEARS = re.compile(r"\b((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b")
    @property
    def _SEASON_START(self) -> re.Pattern:
        return _rx_cached(r"\b(?:{season_start_verb})\s+(?:from\s+|in\s+|on\s+)?(?P<month>[A-Z][a-z]+)", 0)

    def _season(self, p: Period, sent: SentenceCtx) -> Optional[Period]:
        """A season or marketing year whose first month the text states ("the 2023/24 marketing year, which runs
        from July to June"; later "for 2024/25" in the same article): dates from that month, twelve months long,
        freq P. The stated month is remembered for the rest of the article. None when no month is known."""
        m = self._SEASON_YEARS.search(p.text or "")
        if not m:
            return None
        ms = self._SEASON_START.search(self.text, sent.start, sent.end)
        month = None
        if ms:
            month = _MONTHS.get(ms.group("month").lower())
        if month:
            self.season_start_month = month
        month = month or self.season_start_month
        if not month or not self.period_fields:
            return None
        y = int(m.group(1))
        start = date(y, month, 1)
        end_y, end_m = (y + 1, month - 1) if month > 1 else (y, 12)
        end = date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])
        freq, tp = self.period_fields(start, end)
        return replace(p, period_start=start, period_end=end, freq=freq, time_period=tp)

    _SPAN = re.compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|through|until)\s+(?P<b>.+)$", re.I)

    def _split_span(self, p: Period):
        """``(earlier, later)`` periods of a "between A and B" / "from A to B" span, or None."""
        m = self._SPAN.match(p.text or "")
        if not m or p.period_start is None:
            return None
        from .normalize.periods import find_periods

        # each end is read as a period of its own ("in 2023": a bare year is only a period in context)
        b = [x for x in find_periods("in " + m.group("b"), published=self.published) if x.period_start]
        if not b:
            return None
        a_text = m.group("a")
        if not re.search(r"\d{4}", a_text):
            a_text = f"{a_text} {b[-1].period_end.year}"
        a = [x for x in find_periods("in " + a_text, published=self.published) if x.period_start]
        if not a or a[0].period_start > b[-1].period_start:
            return None
        off = p.start + m.start("b") - 3
        later = replace(b[-1], start=off + b[-1].start, end=off + b[-1].end,
                        text=m.group("b") if b[-1].text.startswith("in ") else b[-1].text)
        return a[0], later

    def _make_period(self, b: Period, rng) -> Period:
        s, e = rng
        freq, tp = (self.period_fields(s, e) if self.period_fields else (None, None))
        return replace(b, period_start=s, period_end=e, freq=freq, time_period=tp, role="period", base_shift=None)

    # -- main ----------------------------------------------------------------------------------------
    def link(self) -> LinkResult:
        claims, qrows = [], []
        cues = self.cues
        title_frame = self._title_frame()
        title_period = None
        if self.title_ctx is not None:
            tp = [p for p in self.title_ctx.periods if p.role == "period" and not p.anaphoric and p.period_start]
            title_period = tp[0] if tp else None
        self.main_period = title_period
        para_period = None
        cur_para = -1
        prev_claim_sentence = False
        prev_subject = None
        recent: list = []
        for sent in self.sents:
            if sent.para != cur_para:
                cur_para = sent.para
                para_period = None
            ctx_period = para_period or self.main_period
            own_periods = [p for p in self._own_periods(sent) if not p.anaphoric and p.period_start is not None]
            sent.areas = self._resolve_country_references(sent, recent)
            recent.extend(a for a in sent.areas if a.code and a.kind in ("name", "short", "capital"))
            sent_has_area = any(a.code is not None or a.kind in ("group", "bloc", "world") for a in sent.areas
                                if a.kind != "descriptor")
            frames = []
            for cl in sent.clauses:
                frames.append(clause_frame(self.text, cl, sent.areas, sent.products, cues))
            attribution, attr_rule = _attribution(sent, cues)
            respectively = bool(re.search(r"\brespectively\b", sent.text, re.I))
            sent_claims = []
            ordinals: dict = {}
            sent.quantities = inherit_units(self.text, sent.quantities)
            rejected: dict = {}
            for qi, q in enumerate(sent.quantities):
                ci = _clause_of(q.start, sent.clauses)
                clause = sent.clauses[ci]
                f = frames[ci]
                flow_info = nearest_flow(self.text, clause, q, cues)
                col = re.search(r"table\.col=([\w-]+)", q.rule_id or "")
                if col:  # a table cell: its column header names the flow ("Exports", "Imports")
                    header = col.group(1).replace("_", " ")
                    hm = _flow_matches(header, 0, len(header), cues, names=False)
                    if hm:
                        flow_info = (hm[0][0].flow, hm[0][0].id, hm[0][0].sign)
                has_flow = flow_info is not None
                fl_spans = tuple((s0, e0) for _c, s0, e0 in _flow_matches(self.text, clause[0], clause[1], cues))
                reason = nonclaim_reason(self.text, q, clause, has_flow or bool(f.importer or f.exporter), cues,
                                         fl_spans)
                qrow = self._qrow(sent, q)
                if reason is None and q.kind == "number" and not q.unit_inherited:
                    reason = "bare_number"
                if reason is None and q.kind == "count":
                    noun = (q.counted_noun or "").lower().split()[-1:] and (q.counted_noun or "").lower().split()[-1] or ""
                    if not (noun and (cues.cues["count_noun"][1].fullmatch(noun) or cues.cues["volume_noun"][1].fullmatch(noun))) and q.unit != "unit":
                        reason = "count_not_trade"
                # trade context: a flow word, a product, a trade role, or the previous sentence's claims
                if reason is None and self.prev_sent_nontrade and not any(fr.flow_explicit for fr in frames) \
                        and not has_flow and not sent.products and not f.port \
                        and not any(c.spans(self.text, sent.start, sent.end) for c in cues.weak_flows):
                    reason = "nc.context"  # "Remittances rose 16% ... Saudi Arabia was the largest source at $720m"
                if reason is None:
                    sent_flow = any(fr.flow_explicit for fr in frames)
                    trade_ctx = (has_flow or sent_flow or f.importer or f.exporter or f.port or f.partner_side
                                 or f.owner
                                 or (sent.products and (prev_claim_sentence or self.main is not None))
                                 or (prev_claim_sentence and not sent_has_area)
                                 or any(c.flow_explicit for c in frames)
                                 or (sent_claims and q.kind in ("money", "volume", "count", "percent", "price"))
                                 or ("table.header_unit" in (q.rule_id or "") and (self.main is not None
                                                                                   or title_frame is not None))
                                 or (title_frame is not None and title_frame.flow_explicit and self.n_claims == 0
                                     and not sent_has_area))
                    if not trade_ctx:
                        reason = "no_trade_context"
                # "the dollar averaged 153.40 yen in February vs 159.20 yen": a figure compared with a non-claim
                # is a non-claim of the same kind
                if reason is None and qi > 0 and re.search(r"\b(?:to|at)\s+(?:a\s+)?(?:record\s+|new\s+|fresh\s+)?(?:high\s+of\s+|low\s+of\s+)?$",
                                                           self.text[max(clause[0], q.start - 24):q.start]):
                    prev_q = sent.quantities[qi - 1]
                    prev_reason = rejected.get((prev_q.start, prev_q.end))
                    if prev_reason and prev_q.start >= clause[0] and prev_reason.startswith("nc.") \
                            and prev_q.value_type in ("change_pct", "change_abs"):
                        reason = prev_reason
                if reason is None and qi > 0 and _is_base_figure(self.text, q, (sent.start, clause[1])):
                    prev_q = sent.quantities[qi - 1]
                    prev_reason = rejected.get((prev_q.start, prev_q.end))
                    if prev_reason and prev_reason.startswith("nc."):
                        reason = prev_reason
                if reason is not None:
                    qrow.update(is_claim=False, reason=reason)
                    qrows.append(qrow)
                    rejected[(q.start, q.end)] = reason
                    continue
                row, frame = self._claim_row(sent, q, qi, clause, ci, frames, flow_info, sent_has_area,
                                             ctx_period, attribution, attr_rule, title_frame, respectively,
                                             prev_subject)
                if row is None:
                    qrow.update(is_claim=False, reason="no_indicator")
                    qrows.append(qrow)
                    continue
                # "up from 22.3 million tonnes in July", "vs 4.25 bln": the compared figure shares the frame of
                # the figure it is compared with
                if sent_claims and _is_base_figure(self.text, q, clause):
                    prev_q, prev_row, _pf = sent_claims[-1]
                    if prev_q.kind == q.kind or (prev_q.unit == q.unit):
                        for k in ("flow", "reporter", "partner", "reporter_text", "partner_text", "via", "product",
                                  "hs_code"):
                            row[k] = prev_row[k]
                key = (q.start, q.end)
                for row in self._distribute_each(row, q, clause, sent):
                    ordinal = ordinals.get(key, 0)
                    ordinals[key] = ordinal + 1
                    row["claim_id"] = claim_id(self.doc.get("doc_id", ""), q.start, q.end, ordinal)
                    if ordinal == 0:
                        qrow.update(is_claim=True, claim_id=row["claim_id"])
                        qrows.append(qrow)
                    sent_claims.append((q, row, frame))
            # restatements
            for q, row, _f in sent_claims:
                if q.restates is not None and 0 <= q.restates < len(sent.quantities):
                    orig = sent.quantities[q.restates]
                    for q2, r2, _f2 in sent_claims:
                        if q2 is orig:
                            row["converted_from"] = r2["claim_id"]
                            for k in ("indicator", "flow", "reporter", "partner", "reporter_text", "partner_text",
                                      "product", "hs_code", "period_text", "period_start", "period_end", "freq",
                                      "time_period", "period_source", "status", "base_period_start",
                                      "base_period_end"):
                                row[k] = r2[k]
                            if r2["value_type"] != row["value_type"] and q.value_type == "level":
                                row["value_type"] = r2["value_type"]
            sent_reasons = [r for (a, b), r in rejected.items() if sent.start <= a < sent.end]
            self.prev_sent_nontrade = bool(sent_reasons) and not sent_claims and any(
                r.startswith(("nc.macro", "nc.context")) for r in sent_reasons) and all(
                r.startswith("nc.") or r in ("no_trade_context", "bare_number", "count_not_trade") for r in sent_reasons)
            self._pair_adjacent(sent, sent_claims)
            self._pair_following(sent, sent_claims)
            if respectively:
                self._respectively(sent, sent_claims)
            else:
                self._pair_coordinated(sent, sent_claims)
            for _q, row, _f in sent_claims:
                claims.append(row)
            pending_periods = [(row, row.pop("_period", None)) for _q, row, _f in sent_claims]
            if sent_claims:
                self.prev_sent_partner = sent_claims[0][1]["partner"]
            elif sent.para != self.prev_sent_para:
                self.prev_sent_partner = None
            self.prev_sent_para = sent.para
            if sent_claims:
                if self.n_claims == 0:
                    fr0 = sent_claims[0][2]
                    self.first_claim_flow = fr0.flow
                    self.main_product = fr0.product
                    self.first_claim_sent_has_area = sent_has_area
                self.n_claims += len(sent_claims)
                prev_claim_sentence = True
                firsts = [(q, r, fr) for q, r, fr in sent_claims if r["indicator"] in ("trade_value", "trade_volume")
                          and r["value_type"] == "level" and r["reporter"]]
                if self.main is None and firsts:
                    self.main = firsts[0][2]
                if self.main is None:
                    withrep = [fr for _q, r, fr in sent_claims if r["reporter"]]
                    if withrep:
                        self.main = withrep[0]
                if self.main_period is None:
                    for r, per in pending_periods:
                        if r["period_start"]:
                            self.main_period = per
                            break
            else:
                prev_claim_sentence = False
            named = [a for a in sent.areas if a.code and a.kind in ("name", "short", "capital")]
            if named:
                prev_subject = Side(named[0].code, named[0].text, named[0].rule_id)
            if own_periods:
                self.last_period = own_periods[0]  # a sentence's first period is its main one
                para_period = own_periods[-1]
                if self.main_period is None or (sent_claims and self.n_claims == len(sent_claims)
                                                and not self.main_period_from_body):
                    # the article's main period: the first claim sentence's own period, else the title's
                    self.main_period = own_periods[0]
                    self.main_period_from_body = bool(sent_claims)
        return LinkResult(claims, qrows)

    def _qrow(self, sent, q: Quantity) -> dict:
        return {
            "doc_id": self.doc.get("doc_id"), "sentence_idx": sent.idx, "value_text": q.text,
            "value_char_start": q.start, "value_char_end": q.end, "obs_value": q.obs_value,
            "obs_value_raw": q.obs_value_raw, "unit_mult": q.unit_mult, "unit": q.unit, "qualifier": q.qualifier,
            "value_low": q.value_low, "value_high": q.value_high, "value_type": q.value_type,
            "is_claim": False, "claim_id": None, "kind": q.kind, "rule_id": q.rule_id, "reason": None,
        }

    def _distribute_each(self, row: dict, q: Quantity, clause, sent: SentenceCtx) -> list:
        """One figure that states several claims ("the shares of Iraq, Saudi Arabia and the UAE each fell by one
        percentage point") gives one row per listed area (contract). Returns ``[row]`` when it does not apply."""
        seg = self.text[clause[0]:clause[1]]
        if not re.search(r"\beach\b", seg, re.I):
            return [row]
        listed = [a for a in sent.areas if clause[0] <= a.start < q.start and a.code]
        if len(listed) < 2:
            return [row]
        between = [self.text[a.end:b.start] for a, b in zip(listed, listed[1:])]
        if not all(re.fullmatch(r"\s*(,|,?\s*and|,?\s*or)\s*(the\s+)?", g) for g in between):
            return [row]
        rep = row["reporter"]
        codes = {a.code for a in listed}
        if rep in codes or rep is None:
            main_rep = self.main.reporter if self.main is not None else None
            rep = main_rep.code if main_rep is not None and main_rep.code not in codes else None
            if rep is None:
                others = [a for a in sent.areas if a.code and a.code not in codes and a.kind != "demonym"]
                rep = others[0].code if others else None
        out = []
        for a in listed:
            r = dict(row)
            r.update(partner=a.code, partner_text=a.text, reporter=rep)
            r["evidence"] = row["evidence"] + ";each:" + (a.rule_id or "")
            out.append(r)
        return out

    @property
    def _ADJ(self) -> re.Pattern:
        return _rx_cached(r"(?:\s*[(:]\s*|\s+(?:with|at|on)\s+)(?:(?:{pair_qualifier})\s+)?$", re.I)

    def _set_partner(self, row: dict, a: AreaMention, rule: str) -> None:
        if a.code is None or a.code == row["reporter"]:
            return
        row["partner"], row["partner_text"] = a.code, a.text
        row["evidence"] = re.sub(r"partner:[^;]*", f"partner:{rule}:{a.rule_id}", row["evidence"])

    def _pair_adjacent(self, sent: SentenceCtx, sent_claims) -> None:
        """A figure right after an area names that area's part: "the United States (30%)", "Egypt with 61,204
        tonnes", "Russia at 41.4 million kg". The area becomes the claim's partner."""
        for q, row, _fr in sent_claims:
            for a in sent.areas:
                if a.end <= q.start and q.start - a.end <= 25 and self._ADJ.fullmatch(self.text[a.end:q.start]):
                    if row["flow"] in ("export", "import", "re_export", None) and a.code != row["reporter"]:
                        self._set_partner(row, a, "pair.adjacent")

    @property
    def _FOLLOW(self) -> re.Pattern:
        return _rx_cached(r"\s+(?:(?:{destination_verb})\s+)?(?:to|for)\s+(?:the\s+)?$", re.I)

    def _pair_following(self, sent: SentenceCtx, sent_claims) -> None:
        """Figures each followed by their own destination ("45 percent went to China, 20 percent to India and
        10 percent to the Netherlands"): each takes the area right after it, when two or more do."""
        items = [x for x in sent_claims]
        found = []
        for k, (q, row, fr) in enumerate(items):
            nxt = items[k + 1][0].start if k + 1 < len(items) else sent.end
            cand = [a for a in sent.areas if q.end <= a.start < nxt and a.code]
            if cand and self._FOLLOW.fullmatch(self.text[q.end:cand[0].start]):
                found.append((row, cand[0]))
        if len(found) >= 2:
            for row, a in found:
                self._set_partner(row, a, "pair.following")

    def _pair_coordinated(self, sent: SentenceCtx, sent_claims) -> None:
        """"Germany and Italy took 12.3% and 8.1%": N coordinated areas before N coordinated figures of one
        clause pair up in order, as with "respectively"."""
        by_clause: dict = {}
        for q, row, fr in sent_claims:
            by_clause.setdefault(_clause_of(q.start, sent.clauses), []).append((q, row, fr))
        for ci, items in by_clause.items():
            if len(items) < 2:
                continue
            lo, _hi = sent.clauses[ci]
            first = items[0][0]
            listed = [a for a in sent.areas if lo <= a.start and a.end <= first.start and a.code]
            if len(listed) < len(items):
                continue
            listed = listed[:len(items)]
            gaps = [self.text[a.end:b.start] for a, b in zip(listed, listed[1:])]
            if not all(re.fullmatch(r"\s*(,|,?\s*and)\s*(the\s+)?", g) for g in gaps):
                continue
            figs = [self.text[x[0].end:y[0].start] for x, y in zip(items, items[1:])]
            if not all(re.fullmatch(r"\s*(,|,?\s*and)\s*", g) for g in figs):
                continue
            for (q, row, fr), a in zip(items, listed):
                self._set_partner(row, a, "pair.coordinated")

    def _coordinated_lists(self, items: list, gap_rx: str) -> list:
        """Maximal runs (length >= 2) of mentions separated only by text matching ``gap_rx``."""
        runs, cur = [], []
        for it in items:
            if cur and re.fullmatch(gap_rx, self.text[cur[-1].end:it.start]):
                cur.append(it)
            else:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = [it]
        if len(cur) >= 2:
            runs.append(cur)
        return runs

    def _respectively(self, sent: SentenceCtx, sent_claims):
        """Pair listed areas (and periods) with listed figures in order: "Japan, China and South Korea taking
        27%, 25% and 19% respectively", "in 2022 and 2023 ... $8.1bn and $7.9bn, respectively"."""
        if len(sent_claims) < 2:
            return
        gap = r"\s*(,|,?\s*and|,?\s*or)\s*(the\s+)?"
        areas = [a for a in sent.areas if a.code is not None]
        for run in self._coordinated_lists(areas, gap):
            after = [x for x in sent_claims if x[0].start >= run[-1].end]
            if len(after) < len(run):
                continue
            figs = after[:len(run)]
            codes = {a.code for a in run}
            main_fr = self.main if self.main is not None else next(
                (fr0 for _q0, r0, fr0 in sent_claims if r0["reporter"] and r0["reporter"] not in codes), None)
            main_rep = main_fr.reporter if main_fr is not None else None
            for (q, row, fr), a in zip(figs, run):
                if row["reporter"] in codes or row["reporter"] is None:
                    listed_were_reporters = row["reporter"] in codes
                    if main_rep is not None and main_rep.code not in codes:
                        row["reporter"], row["reporter_text"] = main_rep.code, main_rep.text
                        # "Norway and the US supplied 30% and 19%" of the main reporter's imports
                        if listed_were_reporters and main_fr.flow in ("import", "export") \
                                and row["flow"] in ("import", "export") and row["flow"] != main_fr.flow:
                            row["flow"] = main_fr.flow
                    else:
                        row["reporter"], row["reporter_text"] = None, None
                self._set_partner(row, a, "pair.respectively")
            break
        own = [p for p in sent.periods if p.role == "period" and p.period_start is not None]
        for run in self._coordinated_lists(own, gap + r"(in\s+)?"):
            after = [x for x in sent_claims if x[0].start >= run[-1].end]
            before = [x for x in sent_claims if x[0].end <= run[0].start]
            figs = after[:len(run)] if len(after) >= len(run) else (before[-len(run):] if len(before) >= len(run) else [])
            if figs:
                for (q, row, fr), p in zip(figs, run):
                    self._set_period(row, p, "sentence")
                break

    def _set_period(self, row, p: Optional[Period], src):
        if p is None:
            for k in ("period_text", "period_start", "period_end", "freq", "time_period", "period_source"):
                row[k] = None
            return
        row.update(period_text=p.text or None, period_start=p.period_start, period_end=p.period_end,
                   freq=p.freq, time_period=p.time_period, period_source=src if p.period_start else None)

    @property
    def _COUNTRY_REF(self) -> re.Pattern:
        return _rx_cached(r"\s+(?:{country_noun})\b", re.I)

    def _resolve_country_references(self, sent: SentenceCtx, recent: list) -> list:
        """"The Asian country", "the Gulf state", "the South American nation": a reference back to the country
        named last before (other than the article's main reporter). Returns the sentence's area list with such
        mentions given that country's code (the surface text is kept)."""
        main_rep = self.main.reporter.code if self.main is not None and self.main.reporter is not None else None
        out = []
        for a in sent.areas:
            if a.kind in ("demonym", "group") and self._COUNTRY_REF.match(self.text, a.end) \
                    and re.search(r"\b(?:the|this|that)\s+$", self.text[max(0, a.start - 6):a.start], re.I):
                earlier = [b for b in sent.areas if b.end <= a.start and b.code and b.kind in ("name", "short", "capital")]
                cand = [r for r in reversed(recent + earlier) if r.code != main_rep]
                if cand:
                    a = replace(a, code=cand[0].code, kind="name", rule_id=f"ref.country:{cand[0].rule_id}")
            out.append(a)
        return out

    def _causal(self, sent: SentenceCtx, ci: int) -> bool:
        """True when clause ``ci`` of the sentence was opened by a causal separator ("helped by", "due to")."""
        if ci == 0:
            return False
        sep = self.text[sent.clauses[ci - 1][1]:sent.clauses[ci][0]]
        return bool(self.cues.causal_separator and self.cues.causal_separator.fullmatch(sep))

    @property
    def _PHRASE(self) -> re.Pattern:
        return _rx_cached(r"\b(?i:{flow_noun_of})\s+of\s+(?:the\s+)?"
                          r"(?P<p>[a-z][\w-]*(?:\s+(?!(?:{phrase_stop})\b)[a-z][\w-]*){{0,2}})", 0)

    def _phrase_product(self, clause) -> Optional[ProductMention]:
        """A product the lexicon does not know, taken as written from "shipments of semiconductor-making
        equipment" (no HS code). Function words come from the pattern: the phrase stops at a preposition or a
        verb."""
        m = self._PHRASE.search(self.text, clause[0], clause[1])
        if not m:
            return None
        text = m.group("p")
        first = text.split()[0].lower()
        _qid, qual = self.cues.cues["qualifier_word"]
        if qual.fullmatch(first) or any(ch.isdigit() for ch in text):
            return None  # "imports of about 105 million tonnes": a figure, not a product
        if any(a <= m.start("p") < b or m.start("p") <= a < m.end("p")
               for sent in self.sents if sent.start <= m.start("p") < sent.end for a, b, _c in sent.product_refs):
            return None  # "shipments of the fuel": a reference back, resolved elsewhere
        return ProductMention(m.start("p"), m.end("p"), text, text.lower(), None, "product.phrase")

    def _currency_for_reporter(self, q: Quantity, reporter: str) -> Quantity:
        """Re-resolve a currency whose code depends on the areas (``by_area`` rules of q_currencies.jsonl:
        Rs, rupees, ¥, kronor, francs, dinars) against the claim's reporter instead of the whole article."""
        from .normalize.money import resolve_currency

        rules = _currency_rules()
        for rid in (q.rule_id or "").split("+"):
            rule = rules.get(rid)
            if rule is not None and rule.get("by_area"):
                if reporter not in {t.get("if") for t in rule["by_area"]}:
                    continue  # the reporter has no currency of its own in this rule: keep the article's reading
                code = resolve_currency(rule, frozenset({reporter}))
                if code and q.unit and code != q.unit.split("_per_")[0]:
                    unit = code if q.kind == "money" else code + q.unit[len(q.unit.split("_per_")[0]):]
                    return replace(q, unit=unit)
        return q

    def _product_names_balance(self, prod: ProductMention, clause) -> bool:
        """True when the product qualifies the balance itself: "oil trade deficit", "deficit in chemicals"."""
        for cue in self.cues.flows:
            if cue.flow != "balance":
                continue
            for s, e in cue.spans(self.text, clause[0], clause[1]):
                if 0 <= s - prod.end <= 30 and re.fullmatch(r"[\s\w-]*", self.text[prod.end:s]) \
                        and len(self.text[prod.end:s].split()) <= 4:
                    return True
                if 0 <= prod.start - e <= 12 and re.fullmatch(r"\s+(in|on|of)\s+(\w+\s+)?", self.text[e:prod.start]):
                    return True
        return False

    def _total_appositive(self, q: Quantity, clause) -> int:
        """If the figure is an appositive total of a flow noun ("imports to Russia, worth about $900 million"),
        return the end offset of that flow noun, else 0."""
        lo = clause[0]
        before = self.text[max(lo, q.start - 90):q.start]
        rid, rx = self.cues.cues["total_appositive"]
        m = None
        for m in rx.finditer(before):
            pass
        # the cue must open an appositive: a comma before it ("imports to Russia, worth about $900 million")
        if m is None or before[m.end():].strip() or not before[:m.start()].rstrip().endswith(","):
            return 0
        head = before[:m.start()]
        base = q.start - len(before)
        ends = [base + e for cue in self.cues.flows if cue.pos == "noun"
                for _s, e in cue.spans(head, 0, len(head))]
        return max(ends) if ends else 0

    def _claim_row(self, sent, q, qi, clause, ci, frames, flow_info, sent_has_area, ctx_period, attribution,
                   attr_rule, title_frame, respectively, prev_subject=None):
        cues = self.cues
        evidence = [f"quantity:{q.rule_id}"]
        f = Frame(**{k: getattr(frames[ci], k) for k in Frame.__dataclass_fields__})
        f.sym = list(f.sym)
        f.unknown = list(f.unknown)
        if flow_info:
            f.flow, f.flow_rule, f.balance_sign = flow_info[0], flow_info[1], flow_info[2] or f.balance_sign
            f.flow_explicit = True
        clause_has_area = any(clause[0] <= a.start < clause[1] and a.kind != "descriptor" for a in sent.areas)
        # 2. earlier clauses of the sentence
        main0 = self.main or title_frame
        for pj in range(ci - 1, -1, -1):
            pf = frames[pj]
            if (f.flow and pf.flow and f.flow != pf.flow and not clause_has_area
                    and not (f.exporter or f.importer or f.owner or f.sym)):
                # "Exports to the UAE were $35.6bn, while imports came to $48.0bn": same reporter and
                # partner, other direction
                pr = resolve_sides(Frame(**{k: getattr(pf, k) for k in Frame.__dataclass_fields__}),
                                   main0.reporter if main0 is not None else None)
                if f.flow in ("import",):
                    f.importer, f.exporter = pr.reporter, pr.partner
                elif f.flow in ("export", "re_export"):
                    f.exporter, f.importer = pr.reporter, pr.partner
                else:
                    f.owner = pr.reporter
                    f.sym = [pr.partner] if pr.partner is not None else []
                f.port = f.port or pf.port
                if pr.reporter is not None or pr.partner is not None:
                    break
                continue
            if f.flow and pf.flow and f.flow != pf.flow and pf.flow != "balance" and f.flow != "balance":
                # another direction: the earlier clause's importer is not this clause's importer, but its
                # reporter is still the subject ("China imported ... from the US, while exports to the US fell")
                pr = resolve_sides(Frame(**{k: getattr(pf, k) for k in Frame.__dataclass_fields__}),
                                   main0.reporter if main0 is not None else None)
                named = f.importer if f.flow in ("export", "re_export") else f.exporter
                same_counterpart = named is not None and pr.partner is not None and named.code == pr.partner.code
                if pr.reporter is not None and pr.reporter.code and same_counterpart:
                    if f.flow in ("export", "re_export") and f.exporter is None and \
                            (f.importer is None or f.importer.code != pr.reporter.code):
                        f.exporter = pr.reporter
                    elif f.flow == "import" and f.importer is None and \
                            (f.exporter is None or f.exporter.code != pr.reporter.code):
                        f.importer = pr.reporter
                continue
            if f.flow is None and pf.flow:
                f.flow, f.flow_rule = pf.flow, pf.flow_rule
                if pf.flow == "balance" and not f.balance_sign:
                    f.balance_sign = pf.balance_sign
                if not clause_has_area:
                    f.flow_explicit = f.flow_explicit or pf.flow_explicit
            if f.exporter is None and pf.exporter is not None and (f.importer is None or pf.exporter.code != f.importer.code):
                if not clause_has_area or f.importer is not None or f.owner is not None:
                    f.exporter = pf.exporter
            if f.importer is None and pf.importer is not None and (f.exporter is None or pf.importer.code != f.exporter.code):
                if not clause_has_area or f.exporter is not None or f.owner is not None:
                    f.importer = pf.importer
            if f.owner is None and pf.owner is not None and not clause_has_area:
                f.owner = pf.owner
            if not f.sym and pf.sym and not clause_has_area:
                f.sym = list(pf.sym)
            if not clause_has_area and pf.unknown and not (f.exporter or f.importer or f.owner):
                f.unknown = list(pf.unknown) + f.unknown
            if f.partner_side is None and pf.partner_side is not None and not clause_has_area:
                f.partner_side = pf.partner_side
            if pf.total and not clause_has_area:
                f.total = f.total or (f.flow == pf.flow)
            f.port = f.port or pf.port
        if clause_has_area and ci > 0 and not (f.exporter or f.importer or f.owner or f.sym or f.partner_side) \
                and f.unknown and not flow_info:
            # walk back over earlier gapped clauses ("Japan 5.4 Mt and South Korea 3.6 Mt") to the one with the verb
            pj = ci - 1
            while pj > 0 and not (frames[pj].importer or frames[pj].exporter) and frames[pj].unknown:
                pj -= 1
            pf = frames[pj]
            lead = pf.importer if pf.importer is not None and str(pf.importer.rule).startswith("role.buyer_verb") else None
            lead_x = pf.exporter if pf.exporter is not None and str(pf.exporter.rule).startswith("role.seller_verb") else None
            if lead is not None and lead_x is None:
                u = f.unknown.pop(0)
                f.importer = Side(u.code, u.text, "role.buyer_verb.gapped")
            elif lead_x is not None and lead is None:
                u = f.unknown.pop(0)
                f.exporter = Side(u.code, u.text, "role.seller_verb.gapped")
        # "its exports to China": the possessive stands for the sentence's (or previous sentence's) first area
        if not (f.exporter and f.importer) and not f.owner:
            mpos = _rx_cached(r"\b(its|their)\s+((?!to\b|from\b)[\w-]+\s+){{0,3}}({possessed_flow})\b", re.I).search(
                self.text[clause[0]:clause[1]])
            if mpos:
                firsts = [a for a in sent.areas if a.code and a.start < clause[0] + mpos.start()
                          and a.kind in ("name", "short", "capital")]
                ref = Side(firsts[0].code, firsts[0].text, "cue.possessive_pronoun") if firsts else prev_subject
                main_fr = self.main or title_frame
                if not firsts and main_fr is not None and main_fr.reporter is not None and _rx_cached(
                        r"^\s*(?:\w+,?\s+){{0,2}}?(?:{subject_pronoun})\b", re.I).match(self.text[clause[0]:clause[1]]) \
                        and re.match(r"\s*(?:\w+,?\s+){0,2}?the\s", self.text[clause[0]:clause[1]], re.I):
                    ref = main_fr.reporter  # "The country aims to raise its non-oil trade": the article's subject
                if ref is not None:
                    noun = mpos.group(3).lower()
                    if noun.startswith("export") or noun in ("shipments", "sales"):
                        if f.exporter is None and (f.importer is None or f.importer.code != ref.code):
                            f.exporter = ref
                    elif noun.startswith("import") or noun == "purchases":
                        if f.importer is None and (f.exporter is None or f.exporter.code != ref.code):
                            f.importer = ref
                    elif f.owner is None:
                        f.owner = ref
        # a pronoun subject ("It also supplied ...") stands for the previous sentence's first area
        if prev_subject is not None:
            m = cues.pronoun_subject.match(self.text, clause[0], clause[1])
            if m:
                role = "importer" if m.group("buy") else "exporter"
                main_rep = (self.main or title_frame).reporter if (self.main or title_frame) is not None else None
                if m.group("pron").lower().startswith("the ") and main_rep is not None and main_rep.code:
                    prev_subject = main_rep  # "the country", "the nation": the article's subject
                if role == "exporter" and f.exporter is None:
                    f.exporter = Side(prev_subject.code, prev_subject.text, "cue.subject_pronoun")
                elif role == "importer" and f.importer is None:
                    f.importer = Side(prev_subject.code, prev_subject.text, "cue.subject_pronoun")
        main = self.main or title_frame
        carried = False
        if f.flow is None and (main is None or not main.flow):
            for cue in cues.weak_flows:
                if cue.spans(self.text, clause[0], clause[1]):
                    f.flow, f.flow_rule = cue.flow, cue.id
                    break
        if f.flow is None and main is not None and main.flow and not f.port:
            f.flow, f.flow_rule = main.flow, (main.flow_rule or "carried")
            carried = True
        resolve_sides(f, main.reporter if main is not None else None)
        if f.reporter is None and not clause_has_area:
            for pj in range(ci - 1, -1, -1):
                cand = [u for u in frames[pj].unknown if u.code and (f.partner is None or u.code != f.partner.code)]
                if cand:
                    f.reporter = cand[0]
                    break
        if f.bilateral and main is not None:
            f.reporter = f.reporter or main.reporter
            f.partner = f.partner or main.partner
            f.flow = f.flow or "trade"
            carried = True
        # 3. the article's main frame
        if main is not None:
            if f.flow is None and main.flow and not f.port:
                f.flow, f.flow_rule = main.flow, (main.flow_rule or "carried")
                carried = True
            if f.reporter is None:
                cand = main.reporter
                if cand is not None and (f.partner is None or cand.code != f.partner.code):
                    f.reporter = Side(cand.code, cand.text, "carried")
                    carried = True
            back_ref = bool(sent.product_refs) or bool(_find(cues.cues["back_reference"][1], self.text, sent.start,
                                                             sent.end, 0)) or any(
                self.main_product is not None and p.rule_id == self.main_product.rule_id
                and re.search(r"\b(the|this|that|these|those|such)\s+$", self.text[max(0, p.start - 8):p.start], re.I)
                for p in sent.products)
            from_title = self.main is None and main is title_frame
            follows = (self.prev_sent_partner is not None and self.prev_sent_para == sent.para
                       and main.partner is not None and self.prev_sent_partner == main.partner.code
                       and main.partner.code != "WLD" and not f.total)
            if f.partner is None and not sent_has_area and (not f.flow_explicit or back_ref or from_title or follows) \
                    and not f.port and main.partner is not None:
                if f.flow == main.flow or f.flow is None or (
                        from_title and {f.flow, main.flow} <= {"export", "import"}
                        and (f.reporter is None or f.reporter.code != main.partner.code)):
                    f.partner = Side(main.partner.code, main.partner.text, "carried")
                    carried = True
        # a partner's own shipments in an article about the main reporter ("Brazil ... shipping 15.2 Mt" in a
        # report on China's imports): the missing side is the main reporter, not the world
        if (f.partner is None and f.reporter is not None and main is not None and main.reporter is not None
                and main.reporter.code != f.reporter.code and not f.total and f.flow in ("export", "import")
                and main.flow in ("export", "import") and main.flow != f.flow):
            f.partner = Side(main.reporter.code, main.reporter.text, "carried.main_reporter")
            carried = True
        if f.port:
            cities = [a for a in sent.areas if clause[0] <= a.start < clause[1] and a.kind == "city" and a.code]
            if cities and (f.reporter is None or str(f.reporter.rule).startswith("carried")):
                f.reporter = Side(cities[0].code, cities[0].text, f"role.port_city:{cities[0].rule_id}")
        if f.reporter is not None and f.partner is not None and f.reporter.code and f.reporter.code == f.partner.code:
            f.partner = None  # a country does not trade with itself: the partner came from a stray mention
        if f.reporter is None and self.dateline is not None and (f.port or f.flow is not None):
            if f.partner is None or f.partner.code != self.dateline.code:
                f.reporter = self.dateline
        if f.port and not f.flow_explicit:
            f.flow = None
            f.partner = None
        elif f.partner is None and f.reporter is not None and f.flow in ("export", "import", "re_export", "balance", "trade"):
            group = _rx_cached(r"\b(?:with|to|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,5}}(?:{group_noun})\b", re.I).search(
                self.text, clause[0], clause[1])
            if group:
                f.partner = Side(None, group.group(0), "cue.group_noun")  # "trade with Belt and Road countries"
            elif f.flow_explicit or f.total:
                f.partner = WLD
        if f.partner is None and f.reporter is not None and f.flow in ("import", "export") \
                and str(f.reporter.rule).startswith(("role.buyer_verb", "role.seller_verb", "role.agent_")):
            f.partner = Side("WLD", None, "cue.total.verb")
        # "Brazil supplied about 71% of the total" in a report on China's imports: the share is of China's
        # imports, so it is read from China's side
        if q.kind == "percent" and q.value_type == "level" and main is not None and main.reporter is not None \
                and f.partner is not None and f.partner.code == main.reporter.code and f.reporter is not None \
                and str(f.partner.rule).startswith("carried") and self.main is not None \
                and main.flow in ("import", "export") and f.flow in ("import", "export") and f.flow != main.flow:
            f.reporter, f.partner, f.flow = main.reporter, f.reporter, main.flow
        if q.kind in ("money", "volume") and re.search(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", self.text[max(clause[0], q.start - 12):q.start]):
            prev = [o for o in sent.quantities if o.end <= q.start]
            if prev and prev[-1].kind == "percent" and prev[-1].value_type == "level" and f.flow in ("export", "import"):
                f.partner = Side("WLD", None, "cue.total.of_share")
        # "imports to Russia, worth about $900 million": the figure is the total of the noun phrase
        if self._total_appositive(q, clause) and f.flow in ("import", "export", "re_export"):
            noun_end = self._total_appositive(q, clause)
            side = f.exporter if f.flow == "import" else f.importer
            if side is None or not any(a.text == side.text and noun_end - 60 <= a.start < q.start
                                       and a.start > noun_end - 1 for a in sent.areas):
                f.partner = Side("WLD", None, "cue.total_appositive")
        # product: own clause, earlier clause, a reference back, else the article's main product
        prod = _product_for(q, clause, sent, self.text)
        if prod is None:
            for pj in range(ci - 1, -1, -1):
                if self._causal(sent, pj):
                    continue  # "lifted by car shipments": a cause, not the subject
                lo, hi = sent.clauses[pj]
                inc = [p for p in sent.products if lo <= p.start < hi
                       and not _composition(self.text, lo, p.start)]
                if inc:
                    prod = inc[0]
                    break
        if prod is not None and f.flow == "balance" and not self._product_names_balance(prod, clause):
            prod = None
        if prod is not None and any(a <= prod.start and prod.end <= b for a, b in
                                    _find(cues.cues["all_goods"][1], self.text, clause[0], clause[1], 0)):
            prod = None
        if prod is not None and self.main_product is not None and re.search(
                r"\b(the|this|that|these|those|such)\s+$", self.text[max(0, prod.start - 8):prod.start], re.I) and (
                prod.rule_id == self.main_product.rule_id
                or prod.product.split()[-1:] == self.main_product.product.split()[-1:]):
            prod = self.main_product  # "shipments of the oil" after "palm oil": the name used earlier
        # the title's product stands in only while the body leans on the title (its first claim sentence names
        # no area of its own): "Malaysian palm oil exports to India surge. Shipments rose 18% ..."
        title_prod = title_frame.product if title_frame is not None else None
        if self.n_claims and self.first_claim_sent_has_area:
            title_prod = None
        if not self.n_claims and sent_has_area:
            title_prod = None
        main_prod = self.main_product if self.main_product is not None else (
            title_prod if self.first_claim_flow in ("export", "import", "re_export", None) else None)
        all_goods = bool(_find(cues.cues["all_goods"][1], self.text, clause[0], clause[1], 0))
        if prod is None and not all_goods:
            prod = self._phrase_product(clause)
        total_here = bool(_find(cues.cues["total"][1], self.text, clause[0], clause[1], 0))
        if prod is None and not all_goods and not total_here and f.flow not in ("balance", "trade") and not f.port:
            if main_prod is not None:
                prod = main_prod
        ref_prod = main_prod or self.main_product or (title_frame.product if title_frame is not None else None)
        if prod is None and sent.product_refs and ref_prod is not None:
            prod = ref_prod  # "the fuel", "the steel-making ingredient": the product named before
        if prod is not None and prod is not _product_for(q, clause, sent, self.text) and q.unit in ("barrel", "barrel_per_day"):
            from .normalize.products import product_classes

            if not ({"oil", "petroleum", "crude"} & set(product_classes(prod.rule_id))):
                prod = None
        f.product = prod
        # indicator, value
        if q.kind == "percent" and "frac" in q.rule_id and re.match(
                r"\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:level|figure)s?\b",
                self.text[q.end:q.end + 40]):
            # "less than half its level a year ago": a multiple of an earlier level (contract: ratios)
            k = 0.01
            q = replace(q, kind="ratio", value_type="ratio", unit=None, obs_value=round(q.obs_value * k, 6),
                        obs_value_raw=round(q.obs_value_raw * k, 6),
                        value_low=None if q.value_low is None else round(q.value_low * k, 6),
                        value_high=None if q.value_high is None else round(q.value_high * k, 6))
        if q.kind == "percent" and q.value_type == "level":
            prev = [o for o in sent.quantities if o.end <= q.start]
            restates_change = bool(prev) and prev[-1].value_type in ("change_abs", "change_pct") and re.fullmatch(
                r"\s*(?:,?\s*or\s+|\(\s*)(?:about\s+|some\s+|nearly\s+|almost\s+)?", self.text[prev[-1].end:q.start])
            if q.obs_value < 0 or restates_change:
                sign = prev[-1].change_sign if restates_change and prev[-1].change_sign else 0
                q = replace(q, value_type="change_pct",
                            obs_value=(abs(q.obs_value) * sign) if sign else q.obs_value)
        indicator = _indicator(self.text, q, f.flow, clause, sent, cues, self.last_indicator)
        if indicator in ("trade_value", "trade_volume") and q.value_type == "level":
            self.last_indicator = indicator
        if indicator is None:
            return None, None
        value_type = q.value_type
        obs, low, high, qual = q.obs_value, q.value_low, q.value_high, q.qualifier
        if q.kind == "percentage_point" and value_type == "level":
            value_type = "change_abs"
        if q.kind == "percent" and value_type == "level" and indicator == "share" and "frac" not in q.rule_id:
            if not _find(cues.cues["share"][1], self.text, clause[0], clause[1], 0):
                prev_changes = [o for o in sent.quantities[:qi] if o.value_type == "change_pct"]
                if prev_changes:
                    value_type = "change_pct"
                    indicator = "trade_value"
        if indicator == "trade_balance":
            negate = False
            if value_type == "level" and f.balance_sign < 0 and obs > 0:
                negate = True
            elif value_type in ("change_pct", "change_abs") and f.balance_sign < 0:
                negate = True
            if negate:
                obs = -obs
                low, high = (-high if high is not None else None), (-low if low is not None else None)
                qual = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}.get(qual, qual)
        # period
        if q.kind in ("money", "price") and f.reporter is not None and f.reporter.code:
            q = self._currency_for_reporter(q, f.reporter.code)
        period, psrc, base = self._pick_period(q, clause, sent, ctx_period)
        status, status_rule = _status(self.text, q, clause, sent, period, self.published, cues)
        reporter, partner = f.reporter, f.partner
        row = {
            "doc_id": self.doc.get("doc_id"), "doc_url": self.doc.get("doc_url"),
            "doc_title": self.doc.get("doc_title"), "doc_published": self.published,
            "sentence_idx": sent.idx, "sentence": sent.text, "value_text": q.text,
            "value_char_start": q.start, "value_char_end": q.end,
            "indicator": indicator, "value_type": value_type, "obs_value": obs, "obs_value_raw": q.obs_value_raw,
            "unit_mult": q.unit_mult, "unit": q.unit, "qualifier": qual, "value_low": low, "value_high": high,
            "reporter": reporter.code if reporter else None, "partner": partner.code if partner else None,
            "flow": f.flow, "reporter_text": reporter.text if reporter else None,
            "partner_text": partner.text if partner else None,
            "via": f.via.code if f.via else None,
            "product": _norm_product(prod.product) if prod else None, "hs_code": prod.hs_code if prod else None,
            "attribution": attribution,
            "status": status, "base_period_start": base[0] if base else None,
            "base_period_end": base[1] if base else None, "converted_from": None,
            "extractor_version": self.version,
        }
        self._set_period(row, period, psrc)
        row["_period"] = period
        if f.port and row["flow"] is None:
            row["partner"] = None
        conf = 0.5 + 0.15 * bool(reporter) + 0.1 * bool(partner) + 0.1 * bool(f.flow) + 0.1 * bool(period) \
            - 0.15 * carried
        row["confidence"] = round(max(0.05, min(1.0, conf)), 2)
        evidence += [f"flow:{f.flow_rule or 'none'}", f"reporter:{reporter.rule if reporter else 'none'}",
                     f"partner:{partner.rule if partner else 'none'}",
                     f"product:{prod.rule_id if prod else 'none'}",
                     f"period:{(period.rule_id or 'context') if period else 'none'}"]
        if status_rule:
            evidence.append(f"status:{status_rule}")
        if attr_rule:
            evidence.append(f"attribution:{attr_rule}")
        row["evidence"] = ";".join(evidence)
        return row, f


def dateline_area(text: str, cues: Cues) -> Optional[Side]:
    """The area of the article's dateline ("ROTTERDAM —", "New Delhi:"), or None.

    Returns a :class:`Side` with the dateline rule id; the city table is ``patterns/c_datelines.jsonl``.
    """
    from .normalize.areas import find_areas

    m = cues.dateline_regex.match(text)
    if not m:
        return None
    for a in find_areas(m.group("city")):
        if a.code:
            return Side(a.code, a.text, f"dateline:{a.rule_id}")
    return None


def _norm_product(p: str) -> str:
    p = p.strip().lower()
    p = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", p)
    return p
