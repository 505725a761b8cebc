"""Leftmost-longest matching of a phrase lexicon in text (shared by the area and product finders).

The phrases come from the data files in ``patterns/`` (this module holds no words). They are compiled into
two prefix-trie regular expressions, one case-sensitive and one case-insensitive, so a text is scanned in
one pass per expression whatever the size of the lexicon. Matching rules:

- word boundaries: a match neither starts nor ends inside a word (``Niger`` is not found in ``Nigeria``);
  a hyphen is a boundary ("India-UAE" gives India and UAE) unless ``hyphen_right=False`` forbids a match that
  is followed by ``-`` + letter ("steel" in "steel-making");
- leftmost-longest: among the candidates of both expressions, the one starting first wins, then the
  longest ("Papua New Guinea" over "Guinea", "Indian Ocean" over "Indian");
- spacing: a space in a phrase matches any run of whitespace (newline, non-breaking space); an apostrophe
  matches ``'``, ``’`` or ``‘``;
- case: a case-sensitive phrase matches as written, in ALL CAPS (headlines, datelines) and with its first
  letter capitalised (sentence start); a phrase starting with "the " also matches "The "/"THE ".
  A case-insensitive phrase matches in any case.

Offsets are Python ``str`` indices into the text passed in, end exclusive.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

_WS = re.compile(r"\s+")
_APOS = str.maketrans({"’": "'", "‘": "'"})


def normalize_key(s: str) -> str:
    """Return the lookup form of a phrase or span: whitespace runs -> one space, curly -> straight quotes."""
    return _WS.sub(" ", s.translate(_APOS)).strip()


def _variants(text: str, case_sensitive: bool) -> list[str]:
    base = normalize_key(text)
    if not case_sensitive:
        return [base.lower()]
    out = [base]
    up = base.upper()
    if up != base:
        out.append(up)
    if base[:1].islower():
        out.append(base[:1].upper() + base[1:])
    if base.startswith("the "):
        out.append("The " + base[4:])
        out.append("THE " + base[4:].upper())
    return out


def _esc(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’‘]"
    return re.escape(ch)


def _emit(node: dict) -> str:
    end = "" in node
    alts = [_esc(ch) + _emit(node[ch]) for ch in sorted(k for k in node if k != "")]
    if not alts:
        return ""
    if len(alts) == 1 and not end:
        return alts[0]
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if end else body


def trie_regex(phrases: Iterable[str]) -> str:
    """Return a regex source matching any of ``phrases`` (longest first at each branch; no boundaries)."""
    root: dict = {}
    for p in phrases:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(root)


class LexiconMatcher:
    """Compiled leftmost-longest matcher over ``(phrase, case_sensitive, payload)`` entries.

    ``find(text)`` returns ``[(start, end, payload), ...]`` sorted by start, non-overlapping. When two entries
    share a lookup form, the first one given wins (callers pass curated/exclusion rows first when they must
    override). Raises ``ValueError`` for an empty phrase.
    """

    def __init__(self, entries: Iterable[tuple[str, bool, Any]], *, hyphen_right: bool = True):
        self._cs: dict[str, Any] = {}
        self._ci: dict[str, Any] = {}
        exact_cs: set[str] = set()
        pending: list[tuple[str, Any]] = []
        for phrase, case_sensitive, payload in entries:
            if not phrase or not phrase.strip():
                raise ValueError("empty phrase in lexicon")
            vs = _variants(phrase, case_sensitive)
            if case_sensitive:
                if vs[0] not in self._cs:
                    self._cs[vs[0]] = payload
                exact_cs.add(vs[0])
                pending.extend((v, payload) for v in vs[1:])
            else:
                self._ci.setdefault(vs[0], payload)
        for v, payload in pending:  # derived variants never shadow a phrase written that way
            if v not in exact_cs:
                self._cs.setdefault(v, payload)
        # a phrase ending in a non-word character ("US$", "U.S.") needs no boundary after it
        right = r"(?:(?<=\W)|(?!\w))" + ("" if hyphen_right else r"(?!-\w)")
        self._rx_cs = re.compile(r"(?<!\w)(?:" + trie_regex(self._cs) + ")" + right) if self._cs else None
        self._rx_ci = (re.compile(r"(?<!\w)(?:" + trie_regex(self._ci) + ")" + right, re.IGNORECASE)
                       if self._ci else None)

    def _lookup(self, m: re.Match, ci: bool) -> Any:
        key = normalize_key(m.group())
        return self._ci.get(key.lower()) if ci else self._cs.get(key)

    def longest_at(self, text: str, pos: int) -> tuple[int, Any] | None:
        """Return ``(end, payload)`` of the longest entry that starts exactly at ``pos``, or None."""
        best = None
        for rx, ci in ((self._rx_cs, False), (self._rx_ci, True)):
            if rx is None:
                continue
            m = rx.match(text, pos)
            if m is not None:
                p = self._lookup(m, ci)
                if p is not None and (best is None or m.end() > best[0]):
                    best = (m.end(), p)
        return best

    def find(self, text: str, adjust: Callable[[str, int, int, Any], int] | None = None
             ) -> list[tuple[int, int, Any]]:
        """Return non-overlapping leftmost-longest matches ``(start, end, payload)`` in ``text``.

        ``adjust(text, start, end, payload) -> new_start`` may move a candidate's start to the right (the
        area finder drops a leading article: "the Gulf" -> "Gulf"); the longest entry starting at the new
        start then competes too ("the Gulf Cooperation Council" gives "Gulf Cooperation Council").
        """
        cands: list[tuple[int, int, Any]] = []
        for rx, ci in ((self._rx_cs, False), (self._rx_ci, True)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                p = self._lookup(m, ci)
                if p is None:
                    continue
                start, end = m.start(), m.end()
                if adjust is not None:
                    new = adjust(text, start, end, p)
                    if new != start:
                        start = new
                        alt = self.longest_at(text, start)
                        if alt is not None and alt[0] > end:
                            cands.append((start, alt[0], alt[1]))
                cands.append((start, end, p))
        if not cands:
            return []
        cands.sort(key=lambda c: (c[0], c[0] - c[1]))
        out = []
        last = -1
        for c in cands:
            if c[0] >= last:
                out.append(c)
                last = c[1]
        return out
