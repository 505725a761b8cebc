"""Score a claims table against gold claims, exactly as the contract's "Evaluation" section defines it.

Inputs: ``GOLD_DIR/articles.jsonl`` (the gold articles; doc id from ``id``/``doc_id``/``article_id``, else
``url``), ``GOLD_DIR/gold_claims.jsonl`` (rows with the claims columns), optional ``GOLD_DIR/splits.json``
(``{"devtest": [doc ids]}``; the ``dev`` split is every other gold article), and a predicted claims table.
Only predicted claims whose doc_id is a gold article of the chosen split count.

Pairing, per article, one to one, greedy, best first:

- a candidate pair is a gold and a predicted claim whose ``obs_value`` agree within 0.5 % of the gold value
  (exactly, when the gold value is 0); claims without obs_value pair with nothing;
- candidates are ranked by: value_text spans overlap (``[value_char_start, value_char_end)`` intervals
  share a character), then equal period, then equal direction, then equal unit; remaining ties go to the
  larger overlap, then the nearer start offset, then gold and prediction order (so the result is
  deterministic).

Figures: *value* P/R/F1 counts pairs; *value+unit* counts pairs whose unit is also equal (null = null);
*full* counts value+unit pairs whose period and direction also agree (the headline). P = TP / predicted
claims, R = TP / gold claims, F1 their harmonic mean (0 when undefined). Among value+unit pairs, the share
that agree on qualifier, indicator, value_type, period, direction, flow, product and status. Per gold
article without gold claims, the number of (false) predicted claims.

Comparisons:

- null, NaN and the empty string are all null; two nulls agree.
- period: (period_start, period_end) equal; a *predicted* period whose period_source is ``published``
  counts as null (both dates).
- direction: for import the ordered pair (partner -> reporter); for export and re_export (reporter ->
  partner); for trade, balance and a null flow the set {reporter, partner}. When one side has an ordered
  flow and the other does not, the sets {reporter, partner} are compared (the flow itself is scored
  separately). WLD is a code like any other.
- product: the two agree when their head-word sets intersect (or both have none: null, or only generic
  words). Head words (:func:`product_heads`): lower-case word tokens; determiners, flow words and generic
  words are ignored (``patterns/evaluation_words.jsonl``); plural -s is stripped (``-ies`` -> ``-y``); a
  coordination ("drugs and pharmaceuticals", "oil, gas", "iron/steel") gives the head of every conjunct
  ({drug, pharmaceutical}); within a conjunct the head is the last content word before a preposition
  ("cups of coffee" -> cup) or, when nothing is left before it ("shipments of soybeans"), the last one
  after it (soybean).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

import pandas as pd

from .errors import InputError, SettingsError

REL_TOL = 0.005
#: Columns of the predicted claims table that the evaluation reads (period_source is optional: without it
#: no predicted period counts as a publication-date guess). A table lacking any of them is refused (E213)
#: rather than scored as if every such cell were null.
REQUIRED_COLUMNS = (
    "doc_id",
    "value_text",
    "value_char_start",
    "value_char_end",
    "obs_value",
    "unit",
    "qualifier",
    "indicator",
    "value_type",
    "reporter",
    "partner",
    "flow",
    "product",
    "period_start",
    "period_end",
    "status",
)
ATTRIBUTES = ("qualifier", "indicator", "value_type", "period", "direction", "flow", "product", "status")
SPLITS = ("all", "dev", "devtest")
_ORDERED = {"import": "import", "export": "export", "re_export": "export"}


# --- small helpers ----------------------------------------------------------------------------------------


def _n(v: Any) -> Any:
    """Normalize a cell: None/NaN/NA/'' -> None; strings stripped; numpy scalars -> Python."""
    if v is None or v is pd.NA:
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            v = v.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, str):
        v = v.strip()
        return v or None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v


def _num(v: Any) -> Optional[float]:
    v = _n(v)
    if v is None:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def values_agree(gold: Optional[float], pred: Optional[float], rel_tol: float = REL_TOL) -> bool:
    """True when ``pred`` is within ``rel_tol`` (0.5 %) of ``gold``, or both are exactly 0."""
    if gold is None or pred is None:
        return False
    if gold == 0:
        return pred == 0
    return abs(pred - gold) <= rel_tol * abs(gold) * (1 + 1e-12)


@dataclass(frozen=True)
class _Words:
    ignored: frozenset
    coordinators: frozenset
    prepositions: frozenset


_WORDS: Optional[_Words] = None


def _words() -> _Words:
    global _WORDS
    if _WORDS is None:
        from .rules import load_rules

        rows = load_rules(
            "evaluation_words",
            required={"word": str, "kind": str},
            allowed_values={"kind": ["determiner", "flow_word", "generic", "coordinator", "preposition"]},
        )
        by = lambda *kinds: frozenset(_singular(r["word"].lower()) for r in rows if r["kind"] in kinds)  # noqa: E731
        _WORDS = _Words(by("determiner", "flow_word", "generic"), by("coordinator"), by("preposition"))
    return _WORDS


def _singular(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|&|[,/;]")


def product_heads(product: Any) -> frozenset:
    """The head words of a product phrase (see the module docstring), singular, lower case.

    ``"machine tools"`` -> {tool}; ``"drugs and pharmaceuticals"`` -> {drug, pharmaceutical};
    ``"car exports"`` -> {car}; ``"goods"`` / None -> {} (all goods).
    """
    p = _n(product)
    if p is None:
        return frozenset()
    w = _words()
    conjuncts: list[list[str]] = [[]]
    for tok in _TOKEN.findall(str(p).lower()):
        t = _singular(tok)
        if tok in (",", "/", ";") or t in w.coordinators:
            conjuncts.append([])
        else:
            conjuncts[-1].append(t)
    heads = set()
    for conj in conjuncts:
        cut = next((i for i, t in enumerate(conj) if t in w.prepositions), None)
        parts = [conj] if cut is None else [conj[:cut], conj[cut + 1 :]]
        for part in parts:
            content = [t for t in part if t not in w.ignored and t not in w.prepositions]
            if content:
                heads.add(content[-1])
                break
    return frozenset(heads)


def products_agree(gold: Any, pred: Any) -> bool:
    """True when the head-word sets intersect, or both are empty (null / generic only)."""
    g, p = product_heads(gold), product_heads(pred)
    if not g and not p:
        return True
    return bool(g & p)


def _period(row: dict, predicted: bool) -> tuple:
    if predicted and _n(row.get("period_source")) == "published":
        return (None, None)
    return (_n(row.get("period_start")), _n(row.get("period_end")))


def direction_of(row: dict) -> tuple:
    """``("ordered", exporter, importer)`` for import/export/re_export, else
    ``("set", {reporter, partner})``."""
    flow, rep, par = _n(row.get("flow")), _n(row.get("reporter")), _n(row.get("partner"))
    if flow == "import":
        return ("ordered", par, rep)
    if flow in ("export", "re_export"):
        return ("ordered", rep, par)
    return ("set", frozenset((rep, par)))


def directions_agree(gold: dict, pred: dict) -> bool:
    """Direction agreement as the module docstring defines it."""
    dg, dp = direction_of(gold), direction_of(pred)
    if dg[0] == "ordered" and dp[0] == "ordered":
        return dg[1:] == dp[1:]
    return frozenset((_n(gold.get("reporter")), _n(gold.get("partner")))) == frozenset(
        (_n(pred.get("reporter")), _n(pred.get("partner")))
    )


def _span(row: dict) -> Optional[tuple]:
    s, e = _num(row.get("value_char_start")), _num(row.get("value_char_end"))
    if s is None or e is None:
        return None
    return int(s), int(e)


def _overlap(g: dict, p: dict) -> int:
    a, b = _span(g), _span(p)
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def attribute_agreement(gold: dict, pred: dict) -> dict:
    """Attribute name -> bool for the :data:`ATTRIBUTES` of one pair."""
    out = {
        k: _n(gold.get(k)) == _n(pred.get(k))
        for k in ("qualifier", "indicator", "value_type", "flow", "status")
    }
    out["period"] = _period(gold, False) == _period(pred, True)
    out["direction"] = directions_agree(gold, pred)
    out["product"] = products_agree(gold.get("product"), pred.get("product"))
    return {k: out[k] for k in ATTRIBUTES}


def pair_article(gold: list, pred: list) -> list:
    """Greedy one-to-one pairing of one article's gold and predicted claim dicts.

    Returns ``[(gold_index, pred_index), ...]`` in the order taken (best first).
    """
    cands = []
    for gi, g in enumerate(gold):
        gv = _num(g.get("obs_value"))
        for pi, p in enumerate(pred):
            if not values_agree(gv, _num(p.get("obs_value"))):
                continue
            ov = _overlap(g, p)
            gs, ps = _span(g), _span(p)
            dist = abs(gs[0] - ps[0]) if gs and ps else math.inf
            key = (
                ov > 0,
                _period(g, False) == _period(p, True),
                directions_agree(g, p),
                _n(g.get("unit")) == _n(p.get("unit")),
                ov,
            )
            cands.append((tuple(-int(k) for k in key), dist, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


# --- report -----------------------------------------------------------------------------------------------


@dataclass
class PRF:
    """True positives against the numbers of predicted and gold claims."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class EvalReport:
    """The figures of one evaluation (see the module docstring).

    ``agreement`` maps each of :data:`ATTRIBUTES` to ``(agreeing pairs, value+unit pairs)``;
    ``false_claims`` maps every gold article without gold claims to its number of predicted claims;
    ``pairs``/``missed``/``spurious`` list the paired, unpaired gold and unpaired predicted claims
    (doc_id, value_text, obs_value, and per pair the attribute agreement) for error analysis.
    """

    split: str
    n_articles: int
    n_gold: int
    n_pred: int
    value: PRF
    value_unit: PRF
    full: PRF
    agreement: dict
    false_claims: dict
    pairs: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    not_run: list = field(default_factory=list)

    def share(self, attribute: str) -> float:
        """Share of value+unit pairs agreeing on ``attribute`` (0 when there is no pair)."""
        a, n = self.agreement[attribute]
        return a / n if n else 0.0

    def to_dict(self) -> dict:
        """Plain JSON-ready dict."""
        d = {k: v for k, v in asdict(self).items() if k not in ("value", "value_unit", "full", "agreement")}
        d.update(
            value=self.value.to_dict(),
            value_unit=self.value_unit.to_dict(),
            full=self.full.to_dict(),
            agreement={
                k: {"agree": a, "pairs": n, "share": self.share(k)} for k, (a, n) in self.agreement.items()
            },
        )
        return d


def _read_jsonl(path: Path) -> list:
    """The JSON objects of a gold JSONL file. Raises InputError E207 (missing), E208 (a line that is not
    UTF-8, not JSON or not an object: the message names file and line)."""
    if not path.is_file():
        raise InputError("E207", f"gold file not found: {path}")
    out = []
    with path.open("rb") as fh:
        for i, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if i == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError("E208", f"{path}:{i}: not UTF-8 text (byte {exc.start})") from None
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError("E208", f"{path}:{i}: not valid JSON ({exc.msg})") from None
            if not isinstance(rec, dict):
                raise InputError("E208", f"{path}:{i}: expected a JSON object, got {type(rec).__name__}")
            out.append(rec)
    return out


def _gold_doc_ids(gold_dir: Path, split: str) -> list:
    from .io.readers import FIELD_ALIASES

    ids = []
    for rec in _read_jsonl(gold_dir / "articles.jsonl"):
        did = next(
            (rec[k] for k in FIELD_ALIASES["id"] + FIELD_ALIASES["url"] if _n(rec.get(k)) is not None), None
        )
        if did is not None:
            ids.append(str(did))
    if split == "all":
        return ids
    sp = gold_dir / "splits.json"
    if not sp.is_file():
        raise InputError("E209", f"--split {split} needs {sp}")
    devtest = set(map(str, json.loads(sp.read_text(encoding="utf-8")).get("devtest", [])))
    return [d for d in ids if (d in devtest) == (split == "devtest")]


def _load_pred(claims: Union[pd.DataFrame, str, Path]) -> pd.DataFrame:
    if isinstance(claims, pd.DataFrame):
        if len(claims.columns) or len(claims):
            check_columns(claims.columns, "the claims DataFrame")
        return claims
    from .io.writers import FORMATS, read_table

    p = Path(claims)
    if p.is_dir():
        found = [p / f"claims.{f}" for f in FORMATS if (p / f"claims.{f}").is_file()]
        if not found:
            raise InputError("E210", f"no claims.csv, claims.parquet or claims.jsonl in {p}")
        p = found[0]
    if not p.is_file():
        raise InputError("E201", f"claims table not found: {p}")
    try:
        df = read_table(p, table="claims")
    except pd.errors.EmptyDataError:
        raise InputError("E212", f"cannot read claims table {p}: the file is empty (no header row)") from None
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.start + 1]
        raise InputError(
            "E212", f"cannot read claims table {p}: not UTF-8 text (byte {exc.start} is {bad!r})"
        ) from None
    except Exception as exc:  # noqa: BLE001 - any parser error: one line naming the file
        raise InputError("E212", f"cannot read claims table {p}: {_one_line(exc)}") from None
    source = df.attrs.get("source_columns")
    if source or len(df):  # an empty JSONL table has no header to check
        check_columns(source if source is not None else df.columns, str(p))
    return df


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return msg[:300]


def check_columns(columns, where: str = "claims table") -> None:
    """Raise InputError E213 naming the :data:`REQUIRED_COLUMNS` missing from ``columns``."""
    have = {str(c) for c in columns}
    missing = [c for c in REQUIRED_COLUMNS if c not in have]
    if missing:
        raise InputError(
            "E213",
            f"{where} lacks the column(s) the evaluation needs: {', '.join(missing)}",
        )


def _records(df: pd.DataFrame) -> list:
    return [{k: _n(v) for k, v in r.items()} for r in df.to_dict("records")]


def evaluate(
    gold_dir: Union[str, Path], claims: Union[pd.DataFrame, str, Path], *, split: str = "all"
) -> EvalReport:
    """Score ``claims`` against the gold claims in ``gold_dir``.

    Args:
        gold_dir: folder with ``articles.jsonl``, ``gold_claims.jsonl`` and (for dev/devtest) ``splits.json``.
        claims: a claims DataFrame, a CSV/Parquet/JSONL claims file, or a folder holding ``claims.<fmt>``.
        split: ``all`` | ``dev`` | ``devtest``.

    Returns an :class:`EvalReport`. Raises SettingsError (E115) for an unknown split; InputError for
    missing (E207) or malformed (E208) gold files, a claims table that is missing (E201, E210), unreadable
    (E212: empty, not UTF-8, not CSV/JSONL/Parquet, a cell of the wrong type) or lacks a column of
    :data:`REQUIRED_COLUMNS` (E213).
    """
    if split not in SPLITS:
        raise SettingsError("E115", f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    gold_dir = Path(gold_dir)
    doc_ids = _gold_doc_ids(gold_dir, split)
    # a run folder says which articles were processed: gold articles outside the run are left out (and named)
    ran = _processed_ids(claims)
    not_run = [d for d in doc_ids if ran is not None and d not in ran]
    doc_ids = [d for d in doc_ids if ran is None or d in ran]
    keep = set(doc_ids)
    gold = [r for r in _read_jsonl(gold_dir / "gold_claims.jsonl") if str(_n(r.get("doc_id"))) in keep]
    pred_df = _load_pred(claims)
    if len(pred_df) and "doc_id" in pred_df.columns:
        pred = [r for r in _records(pred_df) if r.get("doc_id") is not None and str(r["doc_id"]) in keep]
    else:
        pred = []
    by_gold: dict = {d: [] for d in doc_ids}
    by_pred: dict = {d: [] for d in doc_ids}
    for g in gold:
        by_gold[str(_n(g["doc_id"]))].append({k: _n(v) for k, v in g.items()})
    for p in pred:
        by_pred[str(p["doc_id"])].append(p)

    n_pairs = n_vu = n_full = 0
    agree = {a: 0 for a in ATTRIBUTES}
    pairs_out, missed, spurious, false_claims = [], [], [], {}

    def brief(r: dict) -> dict:
        return {
            "doc_id": r.get("doc_id"),
            "value_text": r.get("value_text"),
            "obs_value": _num(r.get("obs_value")),
            "unit": r.get("unit"),
        }

    for d in dict.fromkeys(doc_ids):
        G, P = by_gold[d], by_pred[d]
        if not G:
            false_claims[d] = len(P)
        pairs = pair_article(G, P)
        for gi, pi in pairs:
            g, p = G[gi], P[pi]
            n_pairs += 1
            unit_ok = _n(g.get("unit")) == _n(p.get("unit"))
            att = attribute_agreement(g, p)
            if unit_ok:
                n_vu += 1
                for a in ATTRIBUTES:
                    agree[a] += att[a]
                if att["period"] and att["direction"]:
                    n_full += 1
            pairs_out.append({"gold": brief(g), "pred": brief(p), "unit": unit_ok, **att})
        pg, pp = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        missed += [brief(g) for i, g in enumerate(G) if i not in pg]
        spurious += [brief(p) for i, p in enumerate(P) if i not in pp]
    ng, npred = len(gold), len(pred)
    return EvalReport(
        split=split,
        n_articles=len(set(doc_ids)),
        n_gold=ng,
        n_pred=npred,
        value=PRF(n_pairs, npred, ng),
        value_unit=PRF(n_vu, npred, ng),
        full=PRF(n_full, npred, ng),
        agreement={a: (agree[a], n_vu) for a in ATTRIBUTES},
        false_claims=false_claims,
        pairs=pairs_out,
        missed=missed,
        spurious=spurious,
        not_run=not_run,
    )


def _processed_ids(claims) -> Optional[set]:
    """Doc ids of the run when ``claims`` is a run folder with an articles table; else None (unknown)."""
    if isinstance(claims, pd.DataFrame):
        return None
    p = Path(claims)
    if not p.is_dir():
        return None
    from .io.writers import read_table

    for fmt in ("csv", "parquet", "jsonl"):
        f = p / f"articles.{fmt}"
        if f.is_file():
            try:
                df = read_table(f, "articles")
            except Exception:  # noqa: BLE001 - an unreadable articles table only loses the coverage note
                return None
            ids = {str(x) for x in df["doc_id"].dropna()}
            return ids or None  # an empty articles table says nothing about coverage
    return None


def format_report(report: EvalReport) -> str:
    """The report as the plain text ``tradeclaims evaluate`` prints."""
    r = report
    lines = [
        f"split {r.split}: {r.n_articles} articles, {r.n_gold} gold claims, {r.n_pred} predicted claims",
        "",
        f"{'':12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}",
    ]
    if r.not_run:
        shown = ", ".join(r.not_run[:8]) + (" ..." if len(r.not_run) > 8 else "")
        lines.insert(1, f"note: {len(r.not_run)} gold articles were not in this run and are left out: {shown}")
    for name, prf in (("value", r.value), ("value+unit", r.value_unit), ("full", r.full)):
        lines.append(f"{name:12}{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f}{prf.tp:6d}")
    n_vu = r.value_unit.tp
    lines += ["", f"agreement among {n_vu} value+unit pairs:"]
    for a in ATTRIBUTES:
        k, n = r.agreement[a]
        lines.append(f"  {a:12}{r.share(a):7.3f}  ({k}/{n})")
    if r.false_claims:
        total = sum(r.false_claims.values())
        lines += ["", f"articles without gold claims: {len(r.false_claims)}, false claims in them: {total}"]
        lines += [f"  {d}: {n}" for d, n in r.false_claims.items()]
    return "\n".join(lines)
