"""Build ``patterns/areas.jsonl``, the area lexicon, from pycountry and the hand-curated table.

Usage::

    python scripts/build_areas.py           # (re)write patterns/areas.jsonl
    python scripts/build_areas.py --check   # exit 1 if patterns/areas.jsonl is not what the build gives

Sources, merged in this order:

1. ``pycountry.countries`` (ISO 3166-1): for every country its ``name``, ``common_name`` and ``official_name``
   (kind ``name``). Parenthesised parts are dropped ("Holy See (Vatican City State)" -> "Holy See"); inverted
   names are turned round when the tail ends in "of"/"of the" or is one word ("Korea, Republic of" ->
   "Republic of Korea", "Virgin Islands, British" -> "British Virgin Islands") and skipped otherwise
   ("Taiwan, Province of China"); a leading "the" is dropped. Only the code list is used: pycountry's fuzzy
   search is never called (it maps "the United States" to the Virgin Islands and "EU" to Reunion).
2. ``patterns/areas_curated.jsonl`` (written by hand): short and common news names, demonyms, capitals used
   for governments, port and trade cities, blocs (EUU, EMU), world totals (WLD) and groups without a code. A
   curated row whose ``text`` equals a pycountry text of another code replaces it (so bare "Congo" is COD, see
   docs/lexicons.md); one with the same text and code is redundant and dropped.
3. Plurals of demonyms ending in -n or -i ("Russians", "Saudis"), id ``<id>.pl``.
4. Accent-folded variants of every row whose text has non-ASCII letters ("Türkiye" -> "Turkiye"), with id
   ``<id>.ascii``, unless that text already exists.

Every output row: ``{"id", "text", "code", "kind", "case_sensitive", "source", "display"?}``; ``display``
marks the one row per code whose text :func:`extractor.normalize.areas.area_name` returns. The output is
sorted and written with a fixed JSON layout, so the build is deterministic; ``tests/test_areas.py`` checks
that the file is current. Raises ``SystemExit`` with a message on a bad curated row (unknown code or kind, duplicate text).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "patterns" / "areas_curated.jsonl"
OUTPUT = ROOT / "patterns" / "areas.jsonl"

KINDS = ("name", "short", "demonym", "capital", "city", "bloc", "group", "world")
BLOC_CODES = {"EUU", "EMU", "WLD"}
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


def fold(text: str) -> str:
    """Return ``text`` with accents removed ("Côte" -> "Cote"); other characters unchanged."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean_iso_name(name: str) -> str | None:
    """Turn a pycountry name into the form news text uses, or None when it has no such form.

    "Holy See (Vatican City State)" -> "Holy See"; "Korea, Republic of" -> "Republic of Korea";
    "Virgin Islands, British" -> "British Virgin Islands"; "Taiwan, Province of China" -> None;
    "the State of Eritrea" -> "State of Eritrea".
    """
    s = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " in s:
        head, tail = s.split(", ", 1)
        if re.search(r"\bof(?: the)?$", tail, flags=re.IGNORECASE) or " " not in tail:
            s = f"{tail} {head}"
        else:
            return None
    s = re.sub(r"^the\s+", "", s, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", s).strip() or None


def _pycountry_rows() -> list[dict]:
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        seen: set[str] = set()
        for field in ("common_name", "name", "official_name"):
            raw = getattr(c, field, None)
            if not raw:
                continue
            text = clean_iso_name(raw)
            if not text or text in seen:
                continue
            seen.add(text)
            rows.append({
                "id": f"area.iso.{c.alpha_3.lower()}.{field.replace('_name', '')}",
                "text": text, "code": c.alpha_3, "kind": "name", "case_sensitive": True,
                "source": "pycountry",
            })
    return rows


def _curated_rows(path: Path = CURATED) -> list[dict]:
    valid = {c.alpha_3 for c in pycountry.countries} | BLOC_CODES
    rows = []
    ids: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            s = line.strip()
            if not s or s.startswith("//"):
                continue
            r = json.loads(s)
            where = f"{path.name}:{lineno}"
            for key in ("id", "text", "kind", "case_sensitive"):
                if key not in r:
                    raise SystemExit(f"{where}: missing key {key!r}")
            if r["kind"] not in KINDS:
                raise SystemExit(f"{where}: kind {r['kind']!r} not in {KINDS}")
            if r.get("code") is not None and r["code"] not in valid:
                raise SystemExit(
                    f"{where}: code {r['code']!r} is not ISO 3166-1 alpha-3 nor one of {sorted(BLOC_CODES)}")
            if r["id"] in ids:
                raise SystemExit(f"{where}: duplicate id {r['id']!r}")
            ids.add(r["id"])
            row = {"id": r["id"], "text": r["text"], "code": r.get("code"), "kind": r["kind"],
                   "case_sensitive": bool(r["case_sensitive"]), "source": "curated"}
            if r.get("display"):
                row["display"] = True
            rows.append(row)
    return rows


def build_rows() -> list[dict]:
    """Return the merged, sorted lexicon rows (what ``patterns/areas.jsonl`` must hold)."""
    curated = _curated_rows()
    iso = _pycountry_rows()
    iso_code = {r["text"]: r["code"] for r in iso}
    # same text, same code: keep the pycountry row; same text, other code: the curated row wins
    curated = [r for r in curated if not (r["text"] in iso_code and iso_code[r["text"]] == r["code"])]
    curated_texts = {r["text"] for r in curated}
    rows = [r for r in iso if r["text"] not in curated_texts] + curated
    texts = {r["text"] for r in rows}
    # plural of demonyms naming people ("Russians", "Saudis"); only for -n and -i forms ("Chinese", "Swiss",
    # "Dutch" have none)
    extra = []
    for r in rows:
        if r["kind"] == "demonym" and r["text"][-1:] in ("n", "i") and r["text"] + "s" not in texts:
            texts.add(r["text"] + "s")
            extra.append({**{k: v for k, v in r.items() if k != "display"}, "id": r["id"] + ".pl",
                          "text": r["text"] + "s"})
    rows += extra
    # accent-folded variants
    extra = []
    for r in rows:
        f = fold(r["text"])
        if f != r["text"] and f not in texts:
            texts.add(f)
            base = {k: v for k, v in r.items() if k != "display"}
            extra.append({**base, "id": r["id"] + ".ascii", "text": f})
    rows += extra
    # one display row per code: curated choice, else pycountry common_name, name, official_name
    has_display = {r["code"] for r in rows if r.get("display")}
    rank = {"common": 0, "name": 1, "official": 2}
    best: dict[str, tuple] = {}
    for r in rows:
        if r["source"] != "pycountry" or r["code"] in has_display or r["id"].endswith(".ascii"):
            continue
        key = (rank[r["id"].rsplit(".", 1)[1]], r["id"])
        if r["code"] not in best or key < best[r["code"]][0]:
            best[r["code"]] = (key, r)
    for _, r in best.values():
        r["display"] = True
    # checks
    seen: dict[str, str] = {}
    for r in rows:
        if r["text"] in seen:
            raise SystemExit(f"duplicate text {r['text']!r}: {seen[r['text']]} and {r['id']}")
        seen[r["text"]] = r["id"]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids in the built lexicon")
    rows.sort(key=lambda r: (r["code"] or "~", _KIND_ORDER[r["kind"]], r["text"].lower(), r["text"], r["id"]))
    return rows


def render(rows: list[dict] | None = None) -> str:
    """Return the exact text of ``patterns/areas.jsonl`` (header comments + one JSON object per line)."""
    rows = build_rows() if rows is None else rows
    head = [
        "// GENERATED by scripts/build_areas.py - do not edit; edit patterns/areas_curated.jsonl, rebuild.",
        f"// sources: pycountry {getattr(pycountry, '__version__', '?')} (ISO 3166-1 code list)"
        " + areas_curated.jsonl",
    ]
    keys = ("id", "text", "code", "kind", "case_sensitive", "source", "display")
    body = [json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) for r in rows]
    return "\n".join(head + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) ``patterns/areas.jsonl``; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python scripts/build_areas.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 2} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
