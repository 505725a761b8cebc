"""The claim linker's rule data, loaded once from ``patterns/c_*.jsonl`` and compiled.

Files (each validated on load by :func:`extractor.rules.load_rules`, ids are stable and travel to the
``evidence`` column of every claim):

- ``c_flow_cues.jsonl``: flow words (export / import / trade / balance / re_export).
- ``c_roles.jsonl``: the role of an area mention from the words around it (exporter, importer, owner, ...).
- ``c_nonclaim.jsonl``: cues that make a figure a non-claim (stock, fx, tariff, casualty, ...).
- ``c_cues.jsonl``: share / volume / price / status / total / port / count cues.
- ``c_attribution.jsonl``: where a figure comes from ("customs data show", "according to Eurostat").
- ``c_clauses.jsonl``: clause separators inside a sentence.
The dateline regex ("ROTTERDAM —", "New Delhi:") finds the place an article was filed from; its area
comes from the area lexicon (cities included) and is the last fallback for a claim's reporter.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .errors import PatternError
from .rules import load_rules

FLOWS = ("export", "import", "trade", "balance", "re_export")
ROLES = ("exporter", "importer", "owner", "partner_side", "sym", "via", "descriptor")
NONCLAIM_CATEGORIES = ("stock", "fx", "tariff", "casualty", "employment", "production", "macro", "benchmark",
                       "age", "company", "freight")
CUE_CATEGORIES = ("share", "volume", "price", "forecast", "target", "actual", "total", "port",
                  "bilateral_anaphor", "count_noun", "volume_noun", "subject_pronoun", "all_goods", "total_appositive",
                  "furniture_line", "back_reference", "abbreviation", "composition", "organization",
                  "superlative_since", "status_after", "bullet", "dated_noun", "qualifier_word",
                  "country_noun", "destination_verb", "flow_noun_of", "phrase_stop", "possessed_flow",
                  "group_noun", "pair_qualifier", "season_start_verb")


def terms_regex(terms, *, ignore_case: bool = True) -> re.Pattern:
    """Compile a list of literal terms into one word-bounded alternation, longest first.

    Matches are not inside a word (``(?<![\\w-])`` ... ``(?![\\w-])``). Returns a compiled pattern whose
    group 0 is the term as written in the text.
    """
    alts = sorted({t for t in terms if t}, key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in alts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I if ignore_case else 0)


@dataclass(frozen=True)
class FlowCue:
    id: str
    flow: str
    pos: str
    sign: int
    regex: re.Pattern
    exclude_after: re.Pattern | None = None
    exclude_before: re.Pattern | None = None

    def spans(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Absolute spans of this cue in ``text[lo:hi]``, minus those followed/preceded by an excluded word
        ("trade ministry", "surplus output", "budget deficit")."""
        out = []
        for m in self.regex.finditer(text, lo, hi):
            if self.exclude_after is not None and self.exclude_after.match(text, m.end()):
                continue
            if self.exclude_before is not None and self.exclude_before.search(text[max(0, m.start() - 30):m.start()]):
                continue
            out.append((m.start(), m.end()))
        return out


@dataclass(frozen=True)
class RoleRule:
    id: str
    side: str
    role: str
    regex: re.Pattern


@dataclass(frozen=True)
class NonClaimCue:
    id: str
    category: str
    before: int
    after: int
    strong: bool
    regex: re.Pattern
    requires_after: re.Pattern | None
    anchored: bool = False  # a "regex" rule: matched against the window text itself (``$``/``^`` anchor it)


@dataclass
class Cues:
    """All compiled linker rules. Build with :func:`load_cues` (cached)."""

    flows: list = field(default_factory=list)       # strong cues: set a clause's flow
    weak_flows: list = field(default_factory=list)  # buy/sell verbs: a flow only when nothing else gives one
    roles: list = field(default_factory=list)
    nonclaims: list = field(default_factory=list)
    cues: dict = field(default_factory=dict)      # category -> (id, compiled regex)
    attributions: list = field(default_factory=list)  # (id, regex)
    clause_split: re.Pattern | None = None
    clause_ids: tuple = ()
    dateline_regex: re.Pattern | None = None
    pronoun_subject: re.Pattern | None = None
    causal_separator: re.Pattern | None = None


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Load and compile every ``patterns/c_*.jsonl`` file.

    Returns a :class:`Cues`. Raises :class:`~extractor.errors.PatternError` when a file is malformed or a
    regex does not compile (the message names the rule id).
    """
    out = Cues()
    for r in load_rules("c_flow_cues", required={"flow": str, "pos": str, "terms": list},
                        optional={"sign": int, "exclude_after": list, "exclude_before": list},
                        allowed_values={"flow": FLOWS, "pos": ("noun", "verb", "adv", "verb_weak")}):
        ea = r.get("exclude_after")
        eb = r.get("exclude_before")
        ea_rx = re.compile(r"\s+(?:%s)\b" % "|".join(re.escape(w) for w in ea), re.I) if ea else None
        eb_rx = re.compile(r"\b(?:%s)\s+$" % "|".join(re.escape(w) for w in eb), re.I) if eb else None
        cue = FlowCue(r["id"], r["flow"], r["pos"], int(r.get("sign") or 0), terms_regex(r["terms"]), ea_rx, eb_rx)
        (out.weak_flows if r["pos"] == "verb_weak" else out.flows).append(cue)
    for r in load_rules("c_roles", required={"side": str, "regex": str, "role": str},
                        allowed_values={"side": ("before", "after"), "role": ROLES}):
        out.roles.append(RoleRule(r["id"], r["side"], r["role"], _compile(r, r["regex"], re.I)))
    for r in load_rules("c_nonclaim", required={"category": str, "before": int, "after": int, "strong": bool},
                        optional={"requires_after": list, "terms": list, "regex": str},
                        allowed_values={"category": NONCLAIM_CATEGORIES}):
        ci = r["category"] not in ("fx",)
        req = terms_regex(r["requires_after"]) if r.get("requires_after") else None
        if r.get("regex"):
            rx, anchored = _compile(r, r["regex"], re.I), True
        elif r.get("terms"):
            rx, anchored = terms_regex(r["terms"], ignore_case=ci), False
        else:
            raise PatternError("E012", f"c_nonclaim.jsonl:{r['_line']}: rule {r['id']!r} needs 'terms' or 'regex'")
        out.nonclaims.append(NonClaimCue(r["id"], r["category"], r["before"], r["after"], r["strong"], rx, req,
                                         anchored))
    for r in load_rules("c_cues", required={"category": str, "terms": list},
                        allowed_values={"category": CUE_CATEGORIES}):
        out.cues[r["category"]] = (r["id"], terms_regex(r["terms"]))
    for r in load_rules("c_attribution", required={"regex": str}, optional={"ignore_case": bool}):
        out.attributions.append((r["id"], _compile(r, r["regex"], re.I if r.get("ignore_case") else 0)))
    clauses = load_rules("c_clauses", required={"regex": str})
    out.clause_split = re.compile("|".join(f"(?:{r['regex']})" for r in clauses))
    causal = [r for r in clauses if r["id"] in ("clause.causal", "clause.as_subordinate")]
    out.causal_separator = re.compile("|".join(f"(?:{r['regex']})" for r in causal)) if causal else None
    out.clause_ids = tuple(r["id"] for r in clauses)
    out.dateline_regex = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z.' -]{1,40}?)(?:\s*,\s*[A-Za-z .]+)?(?:\s*\([^)]{0,40}\))?\s*(?:—|–|--|-|:)\s")
    # "It also supplied ...": a pronoun subject, then (within two words) an export or a buy/import verb
    pron = [t for t in _terms_of("c_cues", "subject_pronoun")]
    sell = [t for c in out.flows if c.flow in ("export", "re_export") and c.pos == "verb" for t in _terms_of("c_flow_cues", c.id)]
    buy = [t for c in out.flows + out.weak_flows if c.flow == "import" and c.pos in ("verb", "verb_weak")
           for t in _terms_of("c_flow_cues", c.id)]
    alt = lambda ts: "|".join(re.escape(t) for t in sorted(set(ts), key=len, reverse=True))  # noqa: E731
    out.pronoun_subject = re.compile(
        rf"(?:[\w]+,?\s+){{0,2}}?(?P<pron>(?i:{alt(pron)}))\s+(?:\w+\s+){{0,2}}?(?:(?P<sell>{alt(sell)})|(?P<buy>{alt(buy)}))\b", re.I)
    missing = set(CUE_CATEGORIES) - set(out.cues)
    if missing:
        raise PatternError("E010", f"c_cues.jsonl lacks categories {sorted(missing)}")
    return out


def cue_alternation(category: str) -> str:
    """The terms of a ``c_cues.jsonl`` category as a regex alternation (escaped, longest first), for rules
    that embed a word list in a larger pattern."""
    terms = _terms_of("c_cues", category)
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))


def _terms_of(name: str, key: str) -> list:
    """Terms of the rule whose id (or category) is ``key`` in ``patterns/<name>.jsonl`` (already validated)."""
    for r in load_rules(name):
        if r["id"] == key or r.get("category") == key:
            return list(r.get("terms", []))
    return []


def _compile(rule: dict, pattern: str, flags: int) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise PatternError("E011", f"rule {rule['id']!r} (line {rule['_line']}): bad regex: {exc}") from None
