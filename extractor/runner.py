"""One extraction run: inputs -> the four tables in an output folder.

:func:`run` reads the inputs with :func:`extractor.io.readers.iter_articles`, sends the articles in batches
through :meth:`extractor.pipeline.Extractor.process_many`, and streams the rows into the four tables
(``claims``, ``quantities``, ``articles``, ``errors``) with :class:`extractor.io.writers.TableSet`: each
file is written to a temporary file and moved into place at the end, so a run that fails leaves no table
behind (and leaves earlier tables untouched). Only small row dicts are buffered (a few thousand at a time);
spaCy Docs are never kept.

A document whose processing raises becomes an errors row (``processing_failed``) and an articles row with
status ``rejected``; the run goes on. A ``TradeClaimsError`` (``PatternError``, ``SettingsError``) raised by
the pipeline is a broken installation or configuration, not a bad document: it stops the run. Records the
readers reject give an errors row (and an articles row when they parsed). ``bad_date`` is a warning: the
article is processed without its date.

The library never configures logging; failures are logged at DEBUG level on ``extractor.runner`` with
their traceback.
"""

from __future__ import annotations

import hashlib
import logging
import numbers
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Optional, Union

import numpy

from .errors import SettingsError, TradeClaimsError
from .io.dates import parse_published
from .io.readers import DEFAULT_MAX_CHARS, RejectedRecord, check_inputs, iter_articles
from .io.writers import TableSet, check_format
from .schema import TABLES
from .types import Article, RecordError

log = logging.getLogger(__name__)

FLUSH_ROWS = 2000


@dataclass
class RunSummary:
    """Counts of one run. ``n_articles`` = rows of the articles table (``n_ok`` + ``n_rejected``);
    ``n_errors`` = rows of the errors table (including ``bad_date`` warnings, also counted in
    ``n_warnings``); ``seconds`` = wall time; ``paths`` = table name -> file written."""

    n_articles: int = 0
    n_ok: int = 0
    n_rejected: int = 0
    n_errors: int = 0
    n_claims: int = 0
    n_quantities: int = 0
    seconds: float = 0.0
    paths: dict = field(default_factory=dict)
    n_warnings: int = 0
    n_chars: int = 0


@dataclass
class Outcome:
    """The rows one article gives: its articles row, claim and quantity rows, and errors rows."""

    article: dict
    claims: list
    quantities: list
    errors: list


def sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text`` (the articles table's ``text_sha256``)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d is not None else None


def article_row(
    art: Article,
    *,
    status: str,
    n_sentences: Optional[int] = None,
    n_quantities: int = 0,
    n_claims: int = 0,
    keep_text: bool = False,
) -> dict:
    """The articles-table row of one article (text kept for HTML/WARC articles, or all with keep_text)."""
    text = art.text or ""
    return {
        "doc_id": art.doc_id,
        "doc_url": art.url,
        "doc_title": art.title,
        "doc_published": _iso(art.published),
        "published_source": art.published_source if art.published is not None else None,
        "n_chars": len(text),
        "text_sha256": sha256(text) if text else None,
        "n_sentences": n_sentences,
        "n_quantities": n_quantities,
        "n_claims": n_claims,
        "status": status,
        "text": text if (keep_text or art.text_extracted) and text else None,
        "source": art.source or None,
    }


def error_row(err: RecordError) -> dict:
    """The errors-table row of a reader or processing error."""
    return {
        "source": err.source,
        "record": err.record,
        "doc_id": err.doc_id,
        "error": err.error,
        "message": err.message,
    }


def _fill_doc(rows: list, art: Article, version: str) -> list:
    for r in rows:
        for key, val in (
            ("doc_id", art.doc_id),
            ("doc_url", art.url),
            ("doc_title", art.title),
            ("doc_published", _iso(art.published)),
            ("extractor_version", version),
        ):
            if r.get(key) is None and val is not None:
                r[key] = val
    return rows


def _fill_qty(rows: list, art: Article) -> list:
    for r in rows:
        if r.get("doc_id") is None:
            r["doc_id"] = art.doc_id
    return rows


def _one_line(exc: BaseException) -> str:
    msg = f"{type(exc).__name__}: {exc}"
    return " ".join(msg.split())[:300]


_CHECKS = {
    "Int64": (
        lambda v: (
            (isinstance(v, numbers.Integral) and not isinstance(v, bool))
            or (isinstance(v, float) and v.is_integer())
        )
    ),
    "Float64": lambda v: isinstance(v, numbers.Real) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, (bool, numpy.bool_)),
}


def check_rows(table: str, rows: list) -> None:
    """Check that the numeric and boolean cells of ``rows`` can take their column's dtype, so that one
    document's bad row becomes its own ``processing_failed`` error instead of failing the table write.

    Raises TypeError naming the column and the value.
    """
    cols = TABLES[table]
    for r in rows:
        for c, v in r.items():
            t = cols.get(c)
            if v is None or t not in _CHECKS:
                continue
            if not _CHECKS[t](v):
                raise TypeError(f"{table} row: column {c} ({t}) got {type(v).__name__} {str(v)[:40]!r}")


def process_batch(extractor, articles: list, keep_text: bool = False) -> list:
    """Process a batch of articles and return one :class:`Outcome` per article, in order.

    The batch goes through ``extractor.process_many``; if that raises, every article is retried alone so
    that only the failing ones become ``processing_failed`` errors (with an articles row ``rejected``).
    A :class:`~extractor.errors.TradeClaimsError` (a bad pattern file or setting: it would fail every
    document) is not a document failure: it propagates and stops the run.
    """
    from . import __version__

    results = None
    try:
        results = [res for _, res in extractor.process_many(articles, batch_size=max(1, len(articles)))]
        if len(results) != len(articles):
            results = None
    except TradeClaimsError:
        raise  # a bad pattern file or setting fails every document: the run cannot proceed
    except Exception:  # noqa: BLE001 - isolate the failing document below
        log.debug("batch failed; retrying its %d articles one by one", len(articles), exc_info=True)
        results = None
    if results is None:
        results = []
        for art in articles:
            try:
                results.append(extractor.process(art))
            except TradeClaimsError:
                raise
            except Exception as exc:  # noqa: BLE001 - a failing document is an errors row, the run goes on
                log.debug("processing %s failed", art.doc_id, exc_info=True)
                results.append(exc)
    out = []
    for art, res in zip(articles, results):
        if not isinstance(res, BaseException):
            try:
                check_rows("claims", res.claims)
                check_rows("quantities", res.quantities)
            except TypeError as exc:
                res = exc
        if isinstance(res, BaseException):
            err = RecordError(
                source=art.source,
                record=art.record,
                error="processing_failed",
                doc_id=art.doc_id,
                message=_one_line(res),
            )
            out.append(
                Outcome(article_row(art, status="rejected", keep_text=keep_text), [], [], [error_row(err)])
            )
            continue
        claims = _fill_doc(list(res.claims), art, __version__)
        qtys = _fill_qty(list(res.quantities), art)
        out.append(
            Outcome(
                article_row(
                    art,
                    status="ok",
                    n_sentences=res.n_sentences,
                    n_quantities=len(qtys),
                    n_claims=len(claims),
                    keep_text=keep_text,
                ),
                claims,
                qtys,
                [],
            )
        )
    return out


class RowSink:
    """Buffers rows per table and appends them to a :class:`TableSet` every ``FLUSH_ROWS`` rows, keeping the
    run's counts. Shared by the local and the Dask engine."""

    def __init__(self, tables: TableSet, keep_text: bool):
        self.tables = tables
        self.keep_text = keep_text
        self.summary = RunSummary()
        self._buf: dict[str, list] = {t: [] for t in ("claims", "quantities", "articles", "errors")}

    def _add(self, table: str, rows: Iterable[dict]) -> None:
        buf = self._buf[table]
        buf.extend(rows)
        if len(buf) >= FLUSH_ROWS:
            self.tables.write_rows(table, buf)
            buf.clear()

    def record_error(self, err: RecordError) -> None:
        """An errors row; a :class:`RejectedRecord` also gives its articles row (status rejected)."""
        self.summary.n_errors += 1
        if err.error == "bad_date":
            self.summary.n_warnings += 1
        self._add("errors", [error_row(err)])
        if isinstance(err, RejectedRecord) and err.article is not None:
            self.summary.n_articles += 1
            self.summary.n_rejected += 1
            self._add("articles", [article_row(err.article, status="rejected", keep_text=self.keep_text)])

    def outcome(self, oc: Outcome) -> None:
        """The rows of one processed article."""
        s = self.summary
        s.n_articles += 1
        if oc.article.get("status") == "ok":
            s.n_ok += 1
        else:
            s.n_rejected += 1
        s.n_chars += oc.article.get("n_chars") or 0
        s.n_claims += len(oc.claims)
        s.n_quantities += len(oc.quantities)
        s.n_errors += len(oc.errors)
        self._add("articles", [oc.article])
        self._add("claims", oc.claims)
        self._add("quantities", oc.quantities)
        self._add("errors", oc.errors)

    def emit(self, items: list, outcomes: list) -> None:
        """Rows of ``items`` (Articles and RecordErrors, in input order); ``outcomes`` are those of the
        Articles among them, in the same order."""
        it = iter(outcomes)
        for item in items:
            if isinstance(item, RecordError):
                self.record_error(item)
            else:
                self.outcome(next(it))

    def flush(self) -> None:
        """Write every buffered row."""
        for table, buf in self._buf.items():
            if buf:
                self.tables.write_rows(table, buf)
                buf.clear()


def resolve_published(published: Union[str, date, None]) -> Optional[date]:
    """The ``--published`` value as a date. Raises SettingsError E112 when it cannot be read."""
    if published is None or (isinstance(published, str) and not published.strip()):
        return None
    if isinstance(published, date):
        return published
    d = parse_published(published)
    if d is None:
        raise SettingsError("E112", f"--published {published!r} is not a date; expected YYYY-MM-DD")
    return d


def check_max_chars(max_chars) -> int:
    """Return ``max_chars`` when it is an int of at least 1; else raise SettingsError E117."""
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise SettingsError("E117", f"--max-chars must be a whole number of at least 1, got {max_chars!r}")
    return max_chars


def _progress(enabled: bool):
    if not (enabled and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(file=sys.stderr, unit=" articles", desc="tradeclaims", leave=False)


def run(
    inputs: list,
    out_dir: Union[str, Path],
    *,
    fmt: str = "csv",
    published: Union[str, date, None] = None,
    force: bool = False,
    keep_text: bool = False,
    progress: bool = True,
    extractor=None,
    batch_size: int = 64,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> RunSummary:
    """Extract the claims of every article of ``inputs`` into the four tables in ``out_dir``.

    Args:
        inputs: files, directories or ``"-"`` (see :func:`extractor.io.readers.iter_articles`).
        out_dir: output folder (created if missing); receives ``claims.<fmt>``, ``quantities.<fmt>``,
            ``articles.<fmt>``, ``errors.<fmt>``.
        fmt: ``csv`` | ``parquet`` | ``jsonl``.
        published: reference date for articles that carry none (date or ``YYYY-MM-DD``).
        force: overwrite existing tables.
        keep_text: put every article's text in the articles table (HTML/WARC texts are always kept).
        progress: a tqdm bar on stderr when stderr is a terminal.
        extractor: an :class:`extractor.pipeline.Extractor` (default: the process-wide one, made on the
            first article).
        batch_size: articles per ``process_many`` call.
        max_chars: longer texts are rejected as ``too_large`` (at least 1; the CLI's ``--max-chars``).

    Returns:
        A :class:`RunSummary`.

    Raises (before anything is written): SettingsError (bad format or date; E117 max_chars < 1),
    InputError (missing input, unwritable folder, existing tables without ``force``). An exception during
    the run (including KeyboardInterrupt, and SystemExit from the CLI's SIGTERM handler) removes the
    temporary files and propagates.
    """
    t0 = time.perf_counter()
    check_format(fmt)
    check_max_chars(max_chars)
    pub = resolve_published(published)
    inputs = check_inputs(inputs)
    tables = TableSet(out_dir, fmt, force)  # removes its own temporary files if it fails half-way
    bar = None
    try:  # from here on, any exception (also SystemExit from the CLI's SIGTERM handler) removes them
        sink = RowSink(tables, keep_text)
        bar = _progress(progress)
        pending: list = []  # Articles and RecordErrors in input order; rows are written in that order
        n_pending = 0

        def flush() -> None:
            nonlocal extractor, n_pending
            arts = [it for it in pending if not isinstance(it, RecordError)]
            if arts and extractor is None:
                from .pipeline import Extractor

                extractor = Extractor.default()
            sink.emit(pending, process_batch(extractor, arts, keep_text) if arts else [])
            if bar is not None:
                bar.update(len(arts))
            pending.clear()
            n_pending = 0

        for item in iter_articles(inputs, published_default=pub, max_chars=max_chars):
            pending.append(item)
            if not isinstance(item, RecordError):
                n_pending += 1
                if n_pending >= batch_size:
                    flush()
            elif len(pending) >= FLUSH_ROWS:
                flush()
        flush()
        sink.flush()
        paths = tables.commit()
    except BaseException:
        tables.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    s = sink.summary
    s.paths = {k: str(v) for k, v in paths.items()}
    s.seconds = time.perf_counter() - t0
    return s
