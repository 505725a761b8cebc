#!/usr/bin/env python3
"""Build data/samples/articles.jsonl and data/gold/{articles,gold_claims}.jsonl from the specs in this folder.

usage: python3 data/gold/tools/build_gold.py        (run from the repository root)

Inputs (all hand-written, in our own words):
  data/gold/tools/spec_samples.py   the sample articles s01.. and their gold claims
  data/gold/tools/spec_extra.py     gold-only articles (n01.. non-claim, h01.. hard cases)
  /work/shared/cases/               the 20 worked examples c01..c20, copied verbatim

Each claim is written by hand with its value_text; the script only does the bookkeeping that humans get
wrong: it finds value_char_start/value_char_end (Python str indices, end exclusive) by searching the text
(optionally after an anchor string), multiplies obs_value_raw by 10**unit_mult (kg -> tonne on top when
asked), applies the sign, fills value_low/value_high from the qualifier, turns a period code ("2023-Q4",
"2023-04/2024-03") into period_start/period_end/freq/time_period, and fails loudly when a value_text is not
found.  Gold keeps exactly the keys of the shared cases file (no converted_from, no via).
"""
import calendar
import datetime as dt
import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CASES = "/work/shared/cases"
KEYS = ["doc_id", "value_text", "value_char_start", "value_char_end", "obs_value", "obs_value_raw", "unit_mult",
        "unit", "qualifier", "value_low", "value_high", "indicator", "value_type", "reporter", "partner", "flow",
        "product", "period_text", "period_start", "period_end", "freq", "time_period", "period_source", "status",
        "base_period_start", "base_period_end"]


def _last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _one(code):
    """'2023' | '2023-Q4' | '2023-S1' | '2023-03' | '2024-03-17' -> (first day, last day)."""
    p = code.split("-")
    y = int(p[0])
    if len(p) == 1:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if p[1].startswith("Q"):
        q = int(p[1][1:])
        return dt.date(y, 3 * q - 2, 1), _last_day(y, 3 * q)
    if p[1].startswith("S"):
        h = int(p[1][1:])
        return dt.date(y, 6 * h - 5, 1), _last_day(y, 6 * h)
    if len(p) == 2:
        m = int(p[1])
        return dt.date(y, m, 1), _last_day(y, m)
    d = dt.date(y, int(p[1]), int(p[2]))
    return d, d


def dates(code):
    """A period code or 'A/B' interval -> (start, end) dates."""
    if "/" in code:
        a, b = code.split("/")
        return _one(a)[0], _one(b)[1]
    return _one(code)


def period(code):
    """Period code -> dict(period_start, period_end, freq, time_period); a span that is exactly a calendar
    year/half/quarter/month or ISO week (Monday-Sunday) takes that letter, else P with an interval as precise
    as the code."""
    if code is None:
        return dict(period_start=None, period_end=None, freq=None, time_period=None)
    a0, a1 = dates(code)
    whole = a0.day == 1 and a1 == _last_day(a1.year, a1.month)
    freq = tp = None
    if whole and a0.year == a1.year:
        n = a1.month - a0.month + 1
        if n == 12:
            freq, tp = "A", str(a0.year)
        elif n == 6 and a0.month in (1, 7):
            freq, tp = "S", f"{a0.year}-S{1 if a0.month == 1 else 2}"
        elif n == 3 and a0.month in (1, 4, 7, 10):
            freq, tp = "Q", f"{a0.year}-Q{(a0.month - 1) // 3 + 1}"
        elif n == 1:
            freq, tp = "M", f"{a0:%Y-%m}"
    if freq is None and a0.weekday() == 0 and (a1 - a0).days == 6:
        iy, iw, _ = a0.isocalendar()
        freq, tp = "W", f"{iy}-W{iw:02d}"
    if freq is None:
        if a0 == a1:
            freq, tp = "D", a0.isoformat()
        elif whole:
            freq, tp = "P", f"{a0:%Y-%m}/{a1:%Y-%m}"
        else:
            freq, tp = "P", f"{a0.isoformat()}/{a1.isoformat()}"
    return dict(period_start=a0.isoformat(), period_end=a1.isoformat(), freq=freq, time_period=tp)


def num(raw, mult, kg=False):
    v = Decimal(str(raw)) * (Decimal(10) ** mult)
    if kg:
        v = v / 1000
    return float(v)


def C(vt, raw, mult, unit, ind, vtype, rep, par, flow, prod, ptext, per, src, q="exact", neg=False,
      status="actual", base=None, lo=None, hi=None, at=None, kg=False):
    """One gold claim, written by hand. raw is the unsigned number as written (for a range give lo and hi, the
    ends as written, and raw is their midpoint); neg=True makes obs_value (and bounds) negative; per and base are
    period codes; at is an anchor string: value_text is searched from the first occurrence of the anchor."""
    sign = -1 if neg else 1
    if q == "range":
        raw = float((Decimal(str(lo)) + Decimal(str(hi))) / 2)
    obs = sign * num(raw, mult, kg)
    vlow = vhigh = None
    if q == "lower_bound":
        vlow = obs
    elif q == "upper_bound":
        vhigh = obs
    elif q == "range":
        vlow, vhigh = sorted([sign * num(lo, mult, kg), sign * num(hi, mult, kg)])
    row = dict(value_text=vt, obs_value=obs, obs_value_raw=float(raw), unit_mult=mult, unit=unit, qualifier=q,
               value_low=vlow, value_high=vhigh, indicator=ind, value_type=vtype, reporter=rep, partner=par,
               flow=flow, product=prod, period_text=ptext, period_source=src if per else None, status=status,
               _at=at)
    row.update(period(per))
    b = dates(base) if base else (None, None)
    row["base_period_start"] = b[0].isoformat() if b[0] else None
    row["base_period_end"] = b[1].isoformat() if b[1] else None
    return row


def place(doc_id, text, row):
    """Fill value_char_start/value_char_end: the first occurrence of value_text at or after the anchor."""
    start = 0
    if row["_at"]:
        start = text.find(row["_at"])
        if start < 0:
            sys.exit(f"{doc_id}: anchor {row['_at']!r} not in text")
    i = text.find(row["value_text"], start)
    if i < 0:
        sys.exit(f"{doc_id}: value_text {row['value_text']!r} not in text after {row['_at']!r}")
    out = dict(row, doc_id=doc_id, value_char_start=i, value_char_end=i + len(row["value_text"]))
    assert text[out["value_char_start"]:out["value_char_end"]] == row["value_text"]
    return {k: out[k] for k in KEYS}


def pub_date(s):
    """Publication string (ISO date, ISO datetime with Z/offset, RFC 2822) -> ISO calendar date in UTC."""
    from email.utils import parsedate_to_datetime
    try:
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        pass
    try:
        t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        t = parsedate_to_datetime(s)
    if t.tzinfo is not None:
        t = t.astimezone(dt.timezone.utc)
    return t.date().isoformat()


def load_spec(name):
    ns = {"C": C}
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        exec(compile(f.read(), name, "exec"), ns)
    return ns["ARTICLES"]


def dump(path, rows, raw_lines=()):
    """Write JSONL atomically: raw_lines (copied byte for byte, e.g. the shared cases) first, then rows."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for line in raw_lines:
            f.write(line if line.endswith("\n") else line + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main():
    samples = load_spec("spec_samples.py")
    extra = load_spec("spec_extra.py")
    heldout = []
    for name, prefix in (("spec_heldout1.py", "g"), ("spec_heldout2.py", "x"), ("spec_heldout3.py", "x"),
                         ("spec_dev3.py", "d"), ("spec_dev4.py", "e")):
        if os.path.exists(os.path.join(HERE, name)):
            batch = load_spec(name)
            for a in batch:
                a.setdefault("url", f"https://news.example/{a['id'][0]}{int(a['id'][1:]):03d}")
            heldout.append((prefix, batch))
    sample_rows = [{k: a[k] for k in ("id", "url", "title", "published", "text")} for a in samples]
    dump(os.path.join(ROOT, "data", "samples", "articles.jsonl"), sample_rows)

    # the shared worked examples c01..c20 are copied verbatim (byte for byte) ahead of our own articles
    with open(os.path.join(CASES, "articles.jsonl"), encoding="utf-8") as f:
        case_arts = [l for l in f if l.strip()]
    with open(os.path.join(CASES, "gold_claims.jsonl"), encoding="utf-8") as f:
        case_claims = [l for l in f if l.strip()]
    arts, claims = [], []
    first_ids = [json.loads(l)["id"] for l in case_arts] + [a["id"] for a in samples + extra]
    for a in samples + extra + [a for _p, b in heldout for a in b]:
        arts.append({"id": a["id"], "url": a["url"], "title": a["title"], "published": pub_date(a["published"]),
                     "text": a["text"]})
        claims += [place(a["id"], a["text"], r) for r in a["claims"]]
    ids = [json.loads(l)["id"] for l in case_arts] + [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    dump(os.path.join(ROOT, "data", "gold", "articles.jsonl"), arts, case_arts)
    dump(os.path.join(ROOT, "data", "gold", "gold_claims.jsonl"), claims, case_claims)
    # split rule (docs/gold.md): of the first 44 articles (cases, samples, extra) sort the ids and take every
    # 4th one starting with the first (0-based positions 0, 4, 8, ...); held-out batch 1 (g..) is development
    # data (it was scored once unseen, then tuned on); held-out batch 2 (x..) is devtest, never tuned on
    devtest = [x for i, x in enumerate(sorted(first_ids)) if i % 4 == 0]
    devtest += [a["id"] for p, b in heldout if p == "x" for a in b]
    with open(os.path.join(ROOT, "data", "gold", "splits.json"), "w", encoding="utf-8") as f:
        json.dump({"devtest": devtest}, f, indent=1)
        f.write("\n")
    print(f"{len(sample_rows)} sample articles; gold: {len(ids)} articles, {len(case_claims) + len(claims)} claims; "
          f"devtest {len(devtest)} articles")


if __name__ == "__main__":
    main()
