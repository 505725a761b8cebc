"""The work of each spaCy component, as plain functions over a Doc (testable without a pipeline)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..claims import ArticleLinker, SentenceCtx, split_clauses
from ..cues import load_cues

KEY = "tradeclaims"
MAX_SENTENCE = 600  # characters; longer runs are cut (see sentence_spans)
_LINE = re.compile(r"\n")
_MISSED = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z\u201c\"])")
_FINAL = re.compile(r"(?:[.!?;:\u2026]|[.!?][\"'\u201d\u2019)\]]+)$")


def _shift(items, off):
    return [replace(x, start=x.start + off, end=x.end + off) for x in items]


def sentence_spans(doc) -> list[tuple[int, int, int]]:
    """Sentence spans ``(start, end, paragraph)`` in characters; spaCy sentences are also cut at line breaks
    and stripped of surrounding white space. Paragraph = index of the text line block the sentence starts in."""
    text = doc.text
    out = []
    # the statistical sentence recognizer sometimes cuts inside a sentence ("Re | -exports", "U.S. | goods"):
    # a boundary stands only after sentence-final punctuation or at a line break
    merged: list[list[int]] = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        if merged:
            prev = text[merged[-1][0]:merged[-1][1]].rstrip()
            if not _FINAL.search(prev) and "\n" not in text[merged[-1][1] - 1:s + 1]:
                merged[-1][1] = e
                continue
        merged.append([s, e])
    # ... and the recognizer sometimes misses one ("at £971m. Exports to Taiwan"): split after ". " before a
    # capital unless the word before the stop is an abbreviation (patterns/c_cues.jsonl, "abbreviation")
    abbrev = load_cues().cues["abbreviation"][1]
    split: list[list[int]] = []
    for s, e in merged:
        pos = s
        for m in _MISSED.finditer(text, s, e):
            word = text[max(s, m.start() - 12):m.start()].split()[-1:] or [""]
            if abbrev.fullmatch(word[0]) or re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", word[0].rstrip(".") + ("." if word[0].endswith(".") else "")) and len(word[0]) <= 4:
                continue
            split.append([pos, m.start()])
            pos = m.end()
        split.append([pos, e])
    for s, e in split:
        pos = s
        for m in _LINE.finditer(text, s, e):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, e))
    spans = []
    for s, e in out:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        if rs > ls:
            spans.append((s + ls, s + rs))
    # a run-on "sentence" (scraped text without punctuation) is cut into pieces of at most MAX_SENTENCE
    # characters at a comma or a space, so that the work per sentence stays bounded
    bounded = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            cut = max(text.rfind(", ", s, s + MAX_SENTENCE), text.rfind(" ", s, s + MAX_SENTENCE))
            if cut <= s:
                cut = s + MAX_SENTENCE
            bounded.append((s, cut))
            s = cut + (1 if text[cut:cut + 1] in (" ", ",") else 0)
            while s < e and text[s] in ", ":
                s += 1
        if e > s:
            bounded.append((s, e))
    result = []
    for s, e in bounded:
        para = text.count("\n", 0, s)
        result.append((s, e, para))
    return result


def mentions_stage(doc) -> None:
    """Fill ``user_data[KEY]['sents']`` with :class:`SentenceCtx` (areas, products, clauses) and the title's."""
    from ..normalize.areas import find_areas
    from ..normalize.products import find_product_refs, find_products

    cues = load_cues()
    all_goods = cues.cues["all_goods"][1]
    ud = doc.user_data.setdefault(KEY, {})
    sents = []
    for i, (s, e, para) in enumerate(sentence_spans(doc)):
        text = doc.text[s:e]
        ctx = SentenceCtx(idx=i, start=s, end=e, text=text, para=para)
        ctx.areas = _shift(find_areas(text), s)
        ctx.products = _shift(find_products(text), s)
        # "the goods", "the merchandise" refer to all goods, not back to a product
        ctx.product_refs = [(a + s, b + s, c) for a, b, c in find_product_refs(text)
                            if not all_goods.fullmatch(re.sub(r"^(?:the|these|those|such)\s+", "", text[a:b], flags=re.I))]
        ctx.clauses = split_clauses(text, s, cues)
        sents.append(ctx)
    # the dateline ("BEIJING —") names where the article was filed, not a trade side
    m = cues.dateline_regex.match(doc.text)
    if m and sents:
        sents[0].areas = [a for a in sents[0].areas if a.start >= m.end()]
    ud["sents"] = sents
    title = doc.user_data.get("tc_title")
    if title:
        t = SentenceCtx(idx=-1, start=0, end=len(title), text=title, para=-1)
        t.areas = find_areas(title)
        t.products = find_products(title)
        t.clauses = [(0, len(title))]
        ud["title"] = t
    else:
        ud["title"] = None
    counts = Counter()
    for ctx in ([ud["title"]] if ud["title"] else []) + sents[:2]:
        for a in ctx.areas:
            if a.code and a.code not in ("WLD", "EUU", "EMU"):
                counts[a.code] += 2
    for ctx in sents[2:]:
        for a in ctx.areas:
            if a.code and a.code not in ("WLD", "EUU", "EMU"):
                counts[a.code] += 1
    ud["main_area"] = counts.most_common(1)[0][0] if counts else None
    ud["areas"] = frozenset(counts)
    # fiscal years follow the reporter's convention: the most mentioned area that has one
    from ..normalize.periods import fiscal_convention

    ud["fiscal_area"] = next((code for code, _n in counts.most_common() if fiscal_convention(code)), None)


def periods_stage(doc) -> None:
    """Periods of each sentence (and the title), resolved against ``tc_published``."""
    from ..normalize.periods import find_periods

    ud = doc.user_data[KEY]
    pub = doc.user_data.get("tc_published")
    fa = ud.get("fiscal_area") or ud.get("main_area")
    for ctx in ud["sents"]:
        ctx.periods = _shift(find_periods(ctx.text, published=pub, fiscal_area=fa), ctx.start)
    if ud.get("title") is not None:
        ud["title"].periods = find_periods(ud["title"].text, published=pub, fiscal_area=fa)


def _repeats_title(line: str, title: str) -> bool:
    """True when a body line restates the headline ("Agri exports: Basmati rice shipments cross Rs 48,000 crore
    in FY24" under the title "Basmati rice shipments cross Rs 48,000 crore in FY24"): a line without a final
    stop, of at most 30 words, at least 80% of which are words of the title."""
    if re.search(r"[.!?]['\"\u201d\u2019)]*\s*$", line):
        return False  # a full sentence of the body, however close to the headline
    lw = re.findall(r"[\w$€£¥₹%]+(?:[.,][\w]+)*", line.lower())
    tw = set(re.findall(r"[\w$€£¥₹%]+(?:[.,][\w]+)*", title.lower()))
    if len(lw) < 4 or not tw or len(lw) > 30:
        return False
    return sum(w in tw for w in lw) >= 0.8 * len(lw)


_UNIT_MARK = re.compile(r"\(([^()]{1,20})\)")


def _marker_quantity(marker: str, areas, dec):
    """Read a table's unit marker ("$ bn", "US$ bn", "mln t", "EUR million") as the figure "1 <marker>"."""
    from ..normalize.quantities import find_quantities

    m = re.match(r"\s*([^\w\s]+|[A-Z]{1,3}\$)\s*(.*)$", marker)
    text = f"{m.group(1)}1 {m.group(2)}" if m else f"1 {marker.strip()}"
    qs = find_quantities(text, areas=areas, decimal_comma=dec)
    return qs[0] if len(qs) == 1 and qs[0].unit else None


def _table_units(text: str, ctx, qs: list, areas, dec) -> list:
    """Pipe-table rows ("Mexico | 27.3 | 40.1") whose unit stands in a header or caption line above
    ("Partner | Exports ($ bn) | ...", "Table: trade, January ($ bn)"): bare number cells take that unit and
    scale. A header marker applies to its own column; a caption marker to every column. Offsets are unchanged
    (value_text stays the number as written)."""
    line_start = text.rfind("\n", 0, ctx.start) + 1
    lines_before = text[max(0, line_start - 600):line_start].splitlines()[-4:]
    col_marks: dict = {}
    col_names: dict = {}
    caption = None
    for ln in lines_before:
        if "|" in ln:
            for i, cell in enumerate(ln.split("|")):
                name = re.sub(r"[^\w -]", " ", _UNIT_MARK.sub("", cell)).strip()
                if name and not re.search(r"\d", name):
                    col_names[i] = name
                mk = _UNIT_MARK.search(cell)
                if mk:
                    col_marks[i] = mk.group(1)
        else:
            marks = _UNIT_MARK.findall(ln)
            if len(marks) == 1:
                caption = marks[0]
    if not col_marks and caption is None:
        return qs
    row = text[line_start:text.find("\n", ctx.start) if text.find("\n", ctx.start) >= 0 else len(text)]
    bounds, pos = [], 0
    for cell in row.split("|"):
        bounds.append((line_start + pos, line_start + pos + len(cell)))
        pos += len(cell) + 1
    out = []
    for q in qs:
        if q.kind == "number" and q.unit is None:
            a = ctx.start + q.start
            col = next((i for i, (lo, hi) in enumerate(bounds) if lo <= a < hi), None)
            marker = col_marks.get(col, caption) if col is not None else None
            ref = _marker_quantity(marker, areas, dec) if marker else None
            if ref is not None:
                mult = q.unit_mult + ref.unit_mult
                rid = (q.rule_id + "+" if q.rule_id else "") + "table.header_unit"
                if col_names.get(col):
                    rid += "+table.col=" + col_names[col].replace(" ", "_")
                q = replace(q, unit=ref.unit, kind=ref.kind, unit_mult=mult,
                            obs_value=float(f"{q.obs_value_raw * (10 ** mult) * (ref.obs_value / (10 ** ref.unit_mult)):.12g}"),
                            unit_inherited=True, rule_id=rid)
        out.append(q)
    return out


def quantities_stage(doc) -> None:
    """Figures of each sentence; spans of periods and dates are excluded."""
    from ..normalize.numbers import detect_decimal_comma
    from ..normalize.quantities import find_quantities

    ud = doc.user_data[KEY]
    areas = ud.get("areas", frozenset())
    # one number convention per article: "9.880,3 tonnes" elsewhere makes "61.204 tonnes" 61204
    dec = detect_decimal_comma(doc.text)
    cues = load_cues()
    furniture = cues.cues["furniture_line"][1]
    bullet = cues.cues["bullet"][1]
    title = " ".join((doc.user_data.get("tc_title") or "").split()).lower()
    in_list = False
    for ctx in ud["sents"]:
        # furniture is decided per text line: "Most read: 1. ... 2. Fertilizer prices up 12%" is one line
        line_start = doc.text.rfind("\n", 0, ctx.start) + 1
        if furniture.match(doc.text[line_start:ctx.end].lstrip()):
            ctx.quantities = []
            in_list = True
            continue
        line = ctx.text.lstrip()
        # page furniture ("Related: ...", "Read more: ...") and the bulleted links under it hold no figures; a
        # body line that repeats the headline is the title (context only, never claims)
        if furniture.match(line):
            in_list = True
            ctx.quantities = []
            continue
        if in_list and bullet.match(line):
            ctx.quantities = []
            continue
        in_list = False
        if title and _repeats_title(line, title):
            ctx.quantities = []
            continue
        excl = [(p.start - ctx.start, p.end - ctx.start) for p in ctx.periods]
        qs = find_quantities(ctx.text, areas=areas, exclude=excl, decimal_comma=dec)
        if "|" in ctx.text:
            qs = _table_units(doc.text, ctx, qs, areas, dec)
        ctx.quantities = _shift(qs, ctx.start)


def claims_stage(doc, version: str) -> None:
    """Link figures to claims: ``user_data[KEY]['claims']`` and ``['quantities']`` (row dicts)."""
    from ..normalize import periods as P

    ud = doc.user_data[KEY]
    linker = ArticleLinker(
        doc.text, ud["sents"], published=doc.user_data.get("tc_published"), title_ctx=ud.get("title"),
        doc=doc.user_data.get("tc_doc", {}), version=version,
        resolve_anaphoric=getattr(P, "resolve_anaphoric", None), resolve_base=getattr(P, "resolve_base", None),
        period_fields=getattr(P, "period_fields", None))
    res = linker.link()
    ud["claims"] = res.claims
    ud["quantities"] = res.quantities
