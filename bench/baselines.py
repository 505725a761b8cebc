"""Baselines: what off-the-shelf tools give on the gold set, scored exactly like tradeclaims.

Usage::

    /work/venv/bin/python bench/baselines.py [--gold data/gold] [--failures N] [--json FILE]

Three claims tables are built for the gold articles (``GOLD/articles.jsonl``) and each is scored with
:func:`extractor.evaluate.evaluate` for the splits ``all``, ``dev`` and ``devtest`` (``GOLD/splits.json``):

1. **quantulum3** (figures): every :class:`quantulum3.classes.Quantity` that ``quantulum3.parser.parse(text)``
   finds in an article becomes a claim row: ``value_text`` = the text of its span, ``value_char_start`` /
   ``value_char_end`` = its span (Python str indices, end exclusive), ``obs_value`` = its value (converted to
   our normalized unit when :data:`UNIT_MAP` says so, e.g. kg -> tonne), ``unit`` = the ISO 4217 code for a
   currency (:data:`CURRENCY_CODES`, else quantulum's own ``currency_code``), our unit name for the units in
   :data:`UNIT_MAP`, null for a bare number, else quantulum's unit name. All other columns are null, so
   period / direction / product agreement are ~0 by construction: the figures to read are value and
   value+unit P/R/F1.
2. **dateparser** (periods): for every gold claim, the sentence holding its value span (the article split
   after ``.``, ``!``, ``?`` followed by white space, and at newlines, so that "1.7%" is not cut) is given to
   ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` = the publication date and
   ``PREFER_DATES_FROM`` = ``past`` (``languages=["en"]``); the first date found becomes a one-day period
   (period_start = period_end = that date; null when nothing is found). The predicted rows are the gold rows
   with only the period replaced, so pairing is perfect and only *period* agreement means anything (value,
   unit, direction, qualifier are copied from gold and are printed as ``gold``).
3. **tradeclaims**: ``extractor.pipeline.Extractor.default().process_many`` over the same articles, claims
   rows -> ``extractor.schema.to_frame("claims", rows)``.

Printed: one table per split (value F1, value+unit F1, full F1, period / direction / qualifier agreement
among value+unit pairs, with the number of those pairs) and the seconds each took (model / library loading
timed separately). ``--failures N`` also prints up to N gold claims per peer tool where it went wrong
(quantulum3: no quantity with the gold value, or a wrong unit; dateparser: a period unlike gold's).

Deterministic (no randomness; dateparser's relative dates are anchored on each article's publication date)
and runs in well under two minutes on the 44-article gold set. Nothing here is a test. Nothing loads from
the network.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Optional


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.evaluate import SPLITS, EvalReport, evaluate  # noqa: E402
from extractor.io.readers import iter_articles  # noqa: E402
from extractor.schema import to_frame  # noqa: E402
from extractor.types import Article  # noqa: E402


# --- data: how quantulum3's unit names map onto the contract's units ------------------------------------
# quantulum3 names currencies by entity/unit name ("dollar", "euro", "pound sterling", ...); the contract wants
# ISO 4217 codes. Names not listed fall back to quantulum's own ``Unit.currency_code`` when it has one.
CURRENCY_CODES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "indian rupee": "INR",
    "ruble": "RUB",
    "russian ruble": "RUB",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "new zealand dollar": "NZD",
    "swiss franc": "CHF",
    "brazilian real": "BRL",
    "south korean won": "KRW",
    "kenyan shilling": "KES",
}
# quantulum3 unit name -> (contract unit, factor that converts quantulum's value into that unit).
# Mass goes to tonnes; "ton" is taken as the metric tonne (trade news mostly means it), which favours the
# baseline. Anything else keeps quantulum's unit name; dimensionless numbers get a null unit.
UNIT_MAP = {
    "percentage": ("percent", 1.0),
    "tonne": ("tonne", 1.0),
    "ton": ("tonne", 1.0),
    "kilogram": ("tonne", 1e-3),
    "gram": ("tonne", 1e-6),
    "kiloton": ("tonne", 1e3),
    "megaton": ("tonne", 1e6),
    "gigaton": ("tonne", 1e9),
    "cubic metre": ("cubic_metre", 1.0),
    "cubic kilometre": ("cubic_metre", 1e9),
    "barrel": ("barrel", 1.0),
    "litre": ("litre", 1.0),
    "kilowatt hour": ("MWh", 1e-3),
    "megawatt hour": ("MWh", 1.0),
    "dimensionless": (None, 1.0),
}


DATEPARSER_LANGUAGES = ["en"]
FIGURES = ("value F1", "value+unit F1", "full F1", "period", "direction", "qualifier")


# --- inputs -----------------------------------------------------------------------------------------------


def load_gold_articles(gold_dir: Path) -> list[Article]:
    """The gold articles of ``gold_dir/articles.jsonl`` as :class:`Article` objects, in file order.

    Read with the tool's own reader, so doc ids and publication dates are the ones ``evaluate`` and the
    extractor use. Raises InputError (E201) when the file is missing.
    """
    return [a for a in iter_articles([str(gold_dir / "articles.jsonl")]) if isinstance(a, Article)]


def load_gold_claims(gold_dir: Path) -> list[dict]:
    """The rows of ``gold_dir/gold_claims.jsonl`` (claims columns), in file order."""
    with (gold_dir / "gold_claims.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- 1. quantulum3 ----------------------------------------------------------------------------------------


def _quantulum_parser():
    """Import quantulum3 lazily (it warns that its classifier extra is missing: silenced)."""
    logging.getLogger("quantulum3").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    return parser


def quantulum_unit(q) -> tuple[Optional[str], float]:
    """(contract unit or quantulum's unit name or None, factor for the value) of one quantulum Quantity."""
    name = (q.unit.name or "").lower()
    if name in CURRENCY_CODES:
        return CURRENCY_CODES[name], 1.0
    code = getattr(q.unit, "currency_code", None)
    if code:
        return str(code), 1.0
    if name in UNIT_MAP:
        return UNIT_MAP[name]
    return (name or None), 1.0


def quantulum_claims(articles: list[Article]) -> list[dict]:
    """One claim row per quantity quantulum3 finds in each article (see the module docstring).

    Offsets are quantulum's ``span`` (Python str indices into ``article.text``, end exclusive).
    """
    parser = _quantulum_parser()
    rows = []
    for art in articles:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(art.text)
        for q in quantities:
            s, e = q.span
            unit, factor = quantulum_unit(q)
            rows.append(
                {
                    "doc_id": art.doc_id,
                    "value_text": art.text[s:e],
                    "value_char_start": s,
                    "value_char_end": e,
                    "obs_value": float(q.value) * factor,
                    "unit": unit,
                }
            )
    return rows


# --- 2. dateparser ----------------------------------------------------------------------------------------


_SENT_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that holds character ``offset``: boundaries after ``.``/``!``/``?`` followed
    by white space, and at newlines (so decimal points such as "1.7" do not split)."""
    start = 0
    for m in _SENT_END.finditer(text):
        if m.start() > offset:
            return text[start : m.start()].strip()
        start = m.end()
    return text[start:].strip()


def dateparser_claims(articles: list[Article], gold: list[dict]) -> tuple[list[dict], list[dict]]:
    """Gold rows with the period replaced by dateparser's first date in the claim's sentence.

    Returns ``(rows, trace)``; ``trace`` has one dict per gold row (doc_id, value_text, sentence, the text
    dateparser matched, the date, gold period) for the failure listing.
    """
    from dateparser.search import search_dates

    by_id = {a.doc_id: a for a in articles}
    cache: dict = {}
    rows, trace = [], []
    for g in gold:
        art = by_id.get(str(g["doc_id"]))
        row = dict(g)
        row.update(period_start=None, period_end=None, period_text=None, period_source=None,
                   freq=None, time_period=None)
        hit = None
        sent = ""
        if art is not None and g.get("value_char_start") is not None:
            sent = sentence_at(art.text, int(g["value_char_start"]))
            pub = art.published or date(2024, 1, 1)  # every gold article has a date; fixed fallback
            key = (sent, pub)
            if key not in cache:
                base = datetime(pub.year, pub.month, pub.day)
                found = search_dates(
                    sent,
                    languages=DATEPARSER_LANGUAGES,
                    settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
                )
                cache[key] = found[0] if found else None
            hit = cache[key]
        if hit is not None:
            d = hit[1].date().isoformat()
            row.update(period_start=d, period_end=d, period_text=hit[0], freq="D", time_period=d)
        rows.append(row)
        trace.append(
            {
                "doc_id": g["doc_id"],
                "value_text": g.get("value_text"),
                "sentence": sent,
                "matched": hit[0] if hit else None,
                "date": hit[1].date().isoformat() if hit else None,
                "gold_period": (g.get("period_text"), g.get("period_start"), g.get("period_end")),
            }
        )
    return rows, trace


# --- 3. tradeclaims ---------------------------------------------------------------------------------------


def tradeclaims_claims(articles: list[Article], extractor) -> list[dict]:
    """Claim rows of ``extractor.process_many`` over ``articles`` (doc_id filled in when missing)."""
    rows = []
    for art, res in extractor.process_many(articles):
        for r in res.claims:
            r = dict(r)
            if r.get("doc_id") is None:
                r["doc_id"] = art.doc_id
            rows.append(r)
    return rows


# --- scoring and printing ---------------------------------------------------------------------------------


def figures(rep: EvalReport, copied: tuple = ()) -> dict:
    """The printed figures of one report; names in ``copied`` (taken from gold) become None."""
    out = {
        "value F1": rep.value.f1,
        "value+unit F1": rep.value_unit.f1,
        "full F1": rep.full.f1,
        "period": rep.share("period"),
        "direction": rep.share("direction"),
        "qualifier": rep.share("qualifier"),
        "pairs": rep.value_unit.tp,
        "n_pred": rep.n_pred,
        "n_gold": rep.n_gold,
    }
    for k in copied:
        out[k] = None
    return out


def format_table(split: str, rows: dict) -> str:
    """One split's table: a line per tool, a column per figure (``gold`` = copied from gold)."""
    head = f"{'split ' + split:<22}" + "".join(f"{f:>14}" for f in FIGURES) + f"{'vu pairs':>10}{'pred':>6}"
    lines = [head]
    for name, fig in rows.items():
        cells = "".join(f"{'gold':>14}" if fig[f] is None else f"{fig[f]:14.3f}" for f in FIGURES)
        lines.append(f"{name:<22}{cells}{fig['pairs']:>10}{fig['n_pred']:>6}")
    return "\n".join(lines)


def quantulum_failures(articles: list[Article], gold: list[dict], qrows: list[dict], n: int) -> list[str]:
    """Up to ``n`` lines: gold figures quantulum3 missed or gave another unit, with what it found there."""
    from extractor.evaluate import values_agree

    by_doc: dict = {}
    for r in qrows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    out = []
    for g in gold:
        gs, ge = g.get("value_char_start"), g.get("value_char_end")
        if gs is None:
            continue
        near = [r for r in by_doc.get(g["doc_id"], []) if r["value_char_start"] < ge and r["value_char_end"] > gs]
        ok = any(values_agree(g["obs_value"], r["obs_value"]) and r["unit"] == g.get("unit") for r in near)
        if ok:
            continue
        found = "; ".join(f"{r['value_text']!r} -> {r['obs_value']:g} {r['unit']}" for r in near) or "nothing"
        out.append(f"  {g['doc_id']}: {g['value_text']!r} (gold {g['obs_value']:g} {g.get('unit')}): {found}")
        if len(out) >= n:
            break
    return out


def dateparser_lenient(trace: list[dict]) -> dict:
    """Looser period figures for dateparser over the gold claims of ``trace`` (shares of all gold claims):
    ``found`` (a date at all), ``inside`` (the date falls within the gold period), ``starts`` (the date is
    the gold period's first day). Gold claims without a period count as misses."""
    n = len(trace) or 1
    found = sum(t["date"] is not None for t in trace)
    inside = sum(
        t["date"] is not None and t["gold_period"][1] is not None and t["gold_period"][2] is not None
        and t["gold_period"][1] <= t["date"] <= t["gold_period"][2]
        for t in trace
    )
    starts = sum(t["date"] is not None and t["date"] == t["gold_period"][1] for t in trace)
    return {"found": found / n, "inside": inside / n, "starts": starts / n, "n": len(trace)}


def quantulum_sign_only(gold: list[dict], qrows: list[dict]) -> int:
    """Gold claims with a negative value (a fall, a deficit) that quantulum3 found at the same span with the
    opposite sign: the contract signs decreases, quantulum does not."""
    from extractor.evaluate import values_agree

    by_doc: dict = {}
    for r in qrows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    n = 0
    for g in gold:
        gs, ge, gv = g.get("value_char_start"), g.get("value_char_end"), g.get("obs_value")
        if gs is None or gv is None or gv >= 0:
            continue
        near = [r for r in by_doc.get(g["doc_id"], []) if r["value_char_start"] < ge and r["value_char_end"] > gs]
        n += any(values_agree(-gv, r["obs_value"]) for r in near)
    return n


def dateparser_failures(trace: list[dict], n: int) -> list[str]:
    """Up to ``n`` lines: gold claims whose dateparser period differs from gold's (one per sentence)."""
    out, seen = [], set()
    for t in trace:
        _, gs, ge = t["gold_period"]
        if (t["date"], t["date"]) == (gs, ge) or t["sentence"] in seen:
            continue
        seen.add(t["sentence"])
        out.append(
            f"  {t['doc_id']}: gold {t['gold_period'][0]!r} [{gs} .. {ge}]; dateparser "
            f"{t['matched']!r} -> {t['date']}  | {t['sentence'][:110]}"
        )
        if len(out) >= n:
            break
    return out


def _split_ids(gold_dir: Path, split: str) -> set:
    """Doc ids of a split, as :func:`extractor.evaluate.evaluate` draws them (dev = not in devtest)."""
    ids = [a.doc_id for a in load_gold_articles(gold_dir)]
    if split == "all":
        return set(ids)
    devtest = set(map(str, json.loads((gold_dir / "splits.json").read_text(encoding="utf-8"))["devtest"]))
    return {d for d in ids if (d in devtest) == (split == "devtest")}


def main(argv: Optional[list] = None) -> int:
    """Build the three claims tables, score them per split, print the tables (and failures)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "data" / "gold"), help="gold folder (default data/gold)")
    ap.add_argument("--failures", type=int, default=0, help="print up to N peer-tool failures of each kind")
    ap.add_argument("--json", help="also write all figures and timings to this JSON file")
    args = ap.parse_args(argv)
    gold_dir = Path(args.gold)
    articles = load_gold_articles(gold_dir)
    gold = load_gold_claims(gold_dir)
    timing = {}

    t0 = time.perf_counter()
    _quantulum_parser()
    timing["quantulum3 import"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    qrows = quantulum_claims(articles)
    timing["quantulum3"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    import dateparser.search  # noqa: F401

    timing["dateparser import"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    drows, dtrace = dateparser_claims(articles, gold)
    timing["dateparser"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    from extractor.pipeline import Extractor

    ex = Extractor.default()
    timing["tradeclaims load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    trows = tradeclaims_claims(articles, ex)
    timing["tradeclaims"] = time.perf_counter() - t0

    tables = {
        "quantulum3": to_frame("claims", qrows),
        "dateparser (periods)": to_frame("claims", drows),
        "tradeclaims": to_frame("claims", trows),
    }
    copied = {"dateparser (periods)": ("value F1", "value+unit F1", "direction", "qualifier")}
    results: dict = {}
    print(f"gold: {len(articles)} articles, {len(gold)} gold claims ({gold_dir})")
    print("period/direction/qualifier = share agreeing among value+unit pairs; gold = copied from gold rows\n")
    for split in SPLITS:
        results[split] = {
            name: figures(evaluate(gold_dir, df, split=split), copied.get(name, ())) for name, df in tables.items()
        }
        print(format_table(split, results[split]))
        print()
    dl = {split: dateparser_lenient([t for t in dtrace if t["doc_id"] in _split_ids(gold_dir, split)])
          for split in SPLITS}
    print("dateparser, looser (share of gold claims): " + "; ".join(
        f"{sp}: date found {d['found']:.3f}, inside gold period {d['inside']:.3f}, = gold start {d['starts']:.3f}"
        for sp, d in dl.items()))
    neg = sum(1 for g in gold if (g.get("obs_value") or 0) < 0)
    print(f"quantulum3: {quantulum_sign_only(gold, qrows)} of {neg} negative gold values found unsigned at the span")
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in timing.items()))
    if args.failures:
        print("\nquantulum3 failures (gold figure: what quantulum3 found overlapping it):")
        print("\n".join(quantulum_failures(articles, gold, qrows, args.failures)))
        print("\ndateparser failures (one per sentence):")
        print("\n".join(dateparser_failures(dtrace, args.failures)))
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": results, "dateparser_lenient": dl, "seconds": timing}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
