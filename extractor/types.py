"""Shared value types passed between the stages of the pipeline.

Offsets everywhere are Python ``str`` indices into the text that was passed to the finder (the article
text, when the pipeline calls them), end exclusive: ``text[start:end] == mention.text``.
All types are plain frozen dataclasses holding only serializable values, so they can travel between
processes (``nlp.pipe(n_process=...)``, Dask workers).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional


@dataclass(frozen=True)
class Quantity:
    """One figure found in the text (see ``extractor.normalize.quantities.find_quantities``).

    Units: ``obs_value`` is in ``unit`` after the scale word (``$900 million`` -> 900000000.0, unit USD);
    ``obs_value_raw`` is the number as written before scale words (900.0); ``unit_mult`` is the SDMX
    UNIT_MULT (power of ten of the scale word, 6 for million, 7 for crore). Percent figures are in percent
    (70% -> 70.0). Ratios ("doubled" = 2.0) have ``unit`` None.

    Attributes:
        start, end: char offsets of ``text`` (the value_text: cue word + number + scale + unit).
        text: the value_text as written, e.g. ``"about $900 million"``.
        obs_value, obs_value_raw, unit_mult, unit, qualifier, value_low, value_high, value_type: as the
            contract's columns (value_type: level / change_pct / change_abs / ratio).
        kind: ``money`` | ``percent`` | ``percentage_point`` | ``volume`` (physical unit) | ``price``
            (money per unit) | ``ratio`` | ``count`` (a number counting a noun: "28,632 vessels") |
            ``number`` (a bare number with no unit or counted noun).
        counted_noun: for ``count``/``volume`` kinds, the noun counted as written ("vessels", "companies").
        change_cue: the lower-cased verb/adjective that made it a change ("fell", "up", "narrower"), or None.
        change_sign: -1 for a decline cue, +1 for a rise cue, 0 when no change cue.
        rate_text: "a month", "per year" when the figure is a rate (not barrels per day); else None.
        restates: index (in the returned list) of the figure this one restates in another currency/unit
            ("280 billion yuan ($39.58 billion)" -> the dollar figure restates the yuan one); else None.
        unit_inherited: True when the unit was carried from an earlier figure in the sentence ("up from 2.7
            billion" after "19.7 billion EUR").
        rule_id: id of the pattern rule(s) that produced it, ``+``-joined.
    """

    start: int
    end: int
    text: str
    obs_value: float
    obs_value_raw: float
    unit_mult: int
    unit: Optional[str]
    qualifier: str = "exact"
    value_low: Optional[float] = None
    value_high: Optional[float] = None
    value_type: str = "level"
    kind: str = "number"
    counted_noun: Optional[str] = None
    change_cue: Optional[str] = None
    change_sign: int = 0
    rate_text: Optional[str] = None
    restates: Optional[int] = None
    unit_inherited: bool = False
    rule_id: str = ""


@dataclass(frozen=True)
class Period:
    """One period expression (see ``extractor.normalize.periods.find_periods``).

    Dates are inclusive calendar days (``period_end`` is the last day). ``freq`` and ``time_period`` follow
    SDMX as the contract defines them (``A``/``S``/``Q``/``M``/``W``/``D``/``P``; ``2023-Q4``,
    ``2024-01/2024-09``).

    Attributes:
        start, end, text: char offsets and the period_text as written ("the last quarter of 2023").
        period_start, period_end, freq, time_period: resolved values; dates are None when the expression
            cannot be resolved (relative with no publication date, anaphoric, open like "in recent years").
        role: ``period`` (the figure's own period), ``base`` (a comparison base: "from a year earlier",
            "compared with 2018", "than in FY2023", "from the previous week"), ``rate`` ("a month" in
            "5 million tonnes a month"), ``open`` ("before the war", "in recent years").
        relative: True when resolved against the publication date ("last year", "in March").
        anaphoric: True for "the quarter", "the year", "the month", "the six months", "the seven days",
            "the week": it names a period of the context; ``freq`` is the hinted frequency, dates None.
        base_shift: for a relative base ("a year earlier", "the previous week", "the year before"):
            (unit, n) with unit in {"year", "quarter", "month", "week", "day", "period"} and n negative
            ("period" = the period just before the figure's own, of the same length); else None.
        rule_id: id of the pattern rule that matched.
    """

    start: int
    end: int
    text: str
    period_start: Optional[date] = None
    period_end: Optional[date] = None
    freq: Optional[str] = None
    time_period: Optional[str] = None
    role: str = "period"
    relative: bool = False
    anaphoric: bool = False
    base_shift: Optional[tuple] = None
    rule_id: str = ""


@dataclass(frozen=True)
class AreaMention:
    """A mention of a country, bloc or group (see ``extractor.normalize.areas.find_areas``).

    Attributes:
        start, end, text: char offsets and the surface form ("Russian", "Beijing", "the EU").
        code: ISO 3166-1 alpha-3, or ``EUU`` (European Union), ``EMU`` (euro area), ``WLD`` (world
            totals: "global", "worldwide"); None for groups without a code (ASEAN, "the Middle East",
            "the rest of the world", "non-EU countries").
        kind: ``name`` | ``short`` (US, UK, UAE) | ``demonym`` (Russian, Chinese) | ``capital``
            (Beijing for China's government) | ``bloc`` | ``group`` | ``world``.
        rule_id: id of the lexicon entry.
    """

    start: int
    end: int
    text: str
    code: Optional[str]
    kind: str
    rule_id: str = ""


@dataclass(frozen=True)
class ProductMention:
    """A goods or services phrase (see ``extractor.normalize.products.find_products``).

    Attributes:
        start, end, text: char offsets and the phrase as written ("machine tool", "Crude oil").
        product: the normalized product: lower case, no determiners, as written ("machine tools",
            "crude oil"); plural/singular as in the text.
        hs_code: HS code or range ("8456-8463", "2709") or None.
        rule_id: id of the lexicon entry.
    """

    start: int
    end: int
    text: str
    product: str
    hs_code: Optional[str] = None
    rule_id: str = ""


@dataclass
class Article:
    """One input article after reading (see ``extractor.io.readers.iter_articles``).

    ``published`` is the calendar date of publication (UTC when a zone was given) or None;
    ``published_source`` is ``record`` | ``option`` | ``html`` | None. ``text_extracted`` is True when the
    tool extracted the text itself (HTML, WARC), so the articles table keeps the text.
    """

    doc_id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[date] = None
    published_source: Optional[str] = None
    source: str = ""
    record: str = ""
    text_extracted: bool = False
    extra: dict = field(default_factory=dict)


@dataclass
class RecordError:
    """A rejected or flagged input record: one row of the errors table.

    ``error`` is one of :data:`extractor.errors.RECORD_ERROR_KINDS`; ``message`` one readable line.
    """

    source: str
    record: str
    error: str
    message: str
    doc_id: Optional[str] = None
