"""Read news dumps into :class:`~extractor.types.Article` objects, one record at a time.

:func:`iter_articles` streams the records of every input and yields, in input order:

- an :class:`~extractor.types.Article` for every record to process;
- a :class:`~extractor.types.RecordError` for a record that cannot be parsed (``invalid_json``,
  ``not_utf8``, ``invalid_record``, ``unreadable_file``, ``unsupported_format``): it gives one errors row
  and nothing else;
- a :class:`RejectedRecord` (a ``RecordError`` subclass that also carries the parsed ``Article``) for a
  record that parses but is refused (``missing_text``, ``empty_text``, ``too_large``, ``duplicate_id``, and
  ``invalid_record`` for a text field that is not a string, such as ``"text": 123`` or a float cell of a
  Parquet file): it gives an errors row *and* an articles row with status ``rejected``;
- for a ``bad_date`` (a warning), a plain ``RecordError`` followed by the ``Article`` itself, whose
  ``published`` is then the ``published_default`` (``--published``) or None.

A file that is UTF-16 or UTF-32 encoded (byte-order mark, or NUL bytes between the first characters) gives one
``not_utf8`` row for the whole file (record ``file``), not one row per line.

Consumers that only want errors rows can treat every ``RecordError`` alike; the runner also writes the
articles row of a ``RejectedRecord``.

Formats, chosen by file name ending (case-insensitive): ``.jsonl``/``.ndjson``/``.json`` (JSON Lines, or a
JSON array when the file starts with ``[``; each optionally ``.gz``), ``.csv`` (optionally ``.gz``),
``.parquet``/``.pq`` (pyarrow, ``[parquet]`` extra), ``.txt`` (doc_id = file stem, text = the whole file),
``.html``/``.htm`` (trafilatura, ``[html]`` extra; doc_id = stem), ``.warc``/``.warc.gz`` (warcio +
trafilatura; doc_id = ``WARC-Target-URI``), a directory (walked recursively in sorted order, hidden files
skipped) and ``-`` (JSON Lines on standard input).

Field names and aliases (first non-null wins, in this order) are the contract's: see :data:`FIELD_ALIASES`.
doc_id = the record's id, else its url, else ``<file name>:<line>`` (``<file name>:<row line>`` for CSV,
``<file name>:<row number>`` for Parquet).

Publication date precedence: the record's own date (published_source ``record``; ``html`` for dates found in
HTML/WARC pages) > ``published_default`` (``option``) > None.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

from ..errors import InputError, TradeClaimsError
from ..types import Article, RecordError
from .dates import parse_published

DEFAULT_MAX_CHARS = 1_000_000

#: Contract field -> accepted record keys, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id"),
    "url": ("url", "source", "link", "canonical_link"),
    "title": ("title",),
    "text": ("text", "maintext", "content", "body"),
    "published": ("published", "date", "date_publish", "publish_date", "seendate"),
}

#: Input kinds by file-name ending (longest ending first).
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".json.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".csv.gz", "csv"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "jsonl"),
    (".csv", "csv"),
    (".parquet", "parquet"),
    (".pq", "parquet"),
    (".txt", "txt"),
    (".html", "html"),
    (".htm", "html"),
    (".warc", "warc"),
)

STDIN = "-"


@dataclass
class RejectedRecord(RecordError):
    """A record that parsed but was refused: an errors row plus an articles row with status ``rejected``.

    ``article`` holds what was read (doc_id, url, title, published, and the text when there was one, so the
    articles row can give n_chars and text_sha256).
    """

    article: Optional[Article] = None


def input_kind(path: Union[str, Path]) -> Optional[str]:
    """Return ``jsonl`` | ``csv`` | ``parquet`` | ``txt`` | ``html`` | ``warc`` for a file name, or None."""
    name = str(path).lower()
    for suffix, kind in _SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def check_inputs(inputs: Iterable[str]) -> list[str]:
    """Check the inputs before a run: every path exists, every named file has a known format whose optional
    dependency is installed. Returns the inputs as a list.

    Raises:
        InputError: E201 missing input, E202 unsupported file format, E205 missing optional dependency
        (pyarrow for Parquet, trafilatura/warcio for HTML and WARC), E206 no inputs given.
    """
    inputs = list(inputs)
    if not inputs:
        raise InputError("E206", "no input given: name at least one file, directory or '-'")
    for inp in inputs:
        if inp == STDIN:
            continue
        p = Path(inp)
        if not p.exists():
            raise InputError("E201", f"input not found: {inp}")
        if p.is_dir():
            continue
        kind = input_kind(p)
        if kind is None:
            raise InputError(
                "E202",
                f"unsupported input format: {inp} (expected .jsonl[.gz], .json, .csv, "
                ".parquet, .txt, .html, .warc[.gz], a directory or '-')",
            )
        missing = _missing_dependency(kind)
        if missing:
            raise InputError("E205", f"{inp}: {missing}")
    return inputs


def _missing_dependency(kind: str) -> Optional[str]:
    if kind == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return "reading Parquet needs pyarrow: pip install 'tradeclaims[parquet]'"
    if kind in ("html", "warc"):
        from . import html as html_adapter
        from . import warc as warc_adapter

        if not html_adapter.available() or (kind == "warc" and not warc_adapter.available()):
            return "reading HTML and WARC needs trafilatura and warcio: pip install 'tradeclaims[html]'"
    return None


def _iter_files(inputs: list[str]) -> Iterator[tuple[str, Optional[Path]]]:
    for inp in inputs:
        if inp == STDIN:
            yield STDIN, None
            continue
        p = Path(inp)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield str(Path(root) / f), Path(root) / f
        else:
            yield inp, p


def _first(rec: dict, field: str) -> Any:
    """The first non-null, non-blank value among the field's aliases; for ``text``, a blank string when
    every alias present is blank (so that ``empty_text`` and ``missing_text`` stay distinct)."""
    blank = None
    for key in FIELD_ALIASES[field]:
        v = rec.get(key)
        if v is None or (isinstance(v, float) and v != v) or type(v).__name__ in ("NAType", "NaTType"):
            continue
        if isinstance(v, str) and not v.strip():
            if blank is None:
                blank = v
            continue
        return v
    return blank if field == "text" else None


def _str_or_none(v: Any) -> Optional[str]:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


class _State:
    """Per-run reader state: the defaults and the doc_ids already accepted (for duplicate_id)."""

    def __init__(self, published_default: Optional[date], max_chars: int):
        self.published_default = published_default
        self.max_chars = max_chars
        self.seen: set[str] = set()

    def dated(self, art: Article, raw_date: Any, date_source: str) -> Iterator[Union[Article, RecordError]]:
        """Set the article's date (record > option), emit a bad_date warning first when needed."""
        if raw_date is not None:
            d = parse_published(raw_date)
            if d is not None:
                art.published, art.published_source = d, date_source
            else:
                yield RecordError(
                    source=art.source,
                    record=art.record,
                    error="bad_date",
                    doc_id=art.doc_id,
                    message=f"publication date {str(raw_date)[:60]!r} not understood; "
                    "the article is processed without it",
                )
        if art.published is None and self.published_default is not None:
            art.published, art.published_source = self.published_default, "option"
        yield art

    def finish(
        self,
        art: Article,
        raw_date: Any,
        date_source: str = "record",
        text_present: bool = True,
        text_problem: Optional[str] = None,
    ) -> Iterator[Union[Article, RecordError]]:
        """Apply the record checks in order: text of a wrong type (``text_problem``, kind
        ``invalid_record``), missing/empty text, too large, duplicate id; then the date. A refused record
        gives one :class:`RejectedRecord` (errors row + articles row ``rejected``)."""
        kind = msg = None
        if text_problem is not None:
            kind, msg = "invalid_record", text_problem
        elif not text_present:
            kind, msg = "missing_text", "record has no text field (text, maintext, content or body)"
        elif not art.text.strip():
            kind, msg = "empty_text", "record text is empty"
        elif len(art.text) > self.max_chars:
            kind, msg = (
                "too_large",
                f"text has {len(art.text):,} characters, over the limit of {self.max_chars:,}",
            )
        elif art.doc_id in self.seen:
            kind, msg = "duplicate_id", f"doc_id {art.doc_id!r} was already read; this record is skipped"
        if kind:
            d = parse_published(raw_date) if raw_date is not None else None
            if d is not None:
                art.published, art.published_source = d, date_source
            yield RejectedRecord(
                source=art.source, record=art.record, error=kind, message=msg, doc_id=art.doc_id, article=art
            )
            return
        self.seen.add(art.doc_id)
        yield from self.dated(art, raw_date, date_source)


def _from_mapping(rec: Any, source: str, record: str, state: _State) -> Iterator[Union[Article, RecordError]]:
    """Turn one parsed record (a dict from JSON/CSV/Parquet) into Article / RecordError items."""
    name = Path(source).name if source != "<stdin>" else source
    if not isinstance(rec, dict):
        yield RecordError(
            source=source,
            record=record,
            error="invalid_record",
            message=f"expected a JSON object, got {type(rec).__name__}",
        )
        return
    rid, url = _str_or_none(_first(rec, "id")), _str_or_none(_first(rec, "url"))
    doc_id = rid or url or f"{name}:{record}"
    text = _first(rec, "text")
    title = _first(rec, "title")
    title = str(title) if title is not None else None
    text_problem = None
    if isinstance(text, (bytes, bytearray)):  # a binary Parquet column: UTF-8 bytes are text
        text = bytes(text).decode("utf-8", errors="surrogateescape")  # bad bytes: not_utf8 just below
    if text is not None and not isinstance(text, str):
        text_problem = f"text must be a string, got {type(text).__name__} {_preview(text)}"
        text = None
    for v in (text, title, doc_id, url):
        if isinstance(v, str) and _has_surrogates(v):
            yield RecordError(
                source=source,
                record=record,
                error="not_utf8",
                doc_id=None,
                message="record contains bytes that are not valid UTF-8",
            )
            return
    art = Article(doc_id=doc_id, text=text or "", title=title, url=url, source=source, record=record)
    yield from state.finish(
        art,
        _first(rec, "published"),
        "record",
        text_present=text is not None or text_problem is not None,
        text_problem=text_problem,
    )


def _preview(v: Any) -> str:
    """A short one-line repr of a value for an error message."""
    r = " ".join(repr(v).split())
    return r if len(r) <= 40 else r[:37] + "..."


def json_error_message(exc: json.JSONDecodeError, with_line: bool = False) -> str:
    """One readable line for a JSON syntax error: ``not valid JSON: Expecting value at column 1``.

    The standard library's messages sometimes end in "at" themselves ("Invalid control character at");
    that word is not repeated. ``with_line`` adds the line number (for whole-file JSON).
    """
    msg = exc.msg.strip()
    if msg.endswith(" at"):
        msg = msg[: -len(" at")]
    where = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
    return f"not valid JSON: {msg} at {where}"


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def wide_encoding(head: bytes) -> Optional[str]:
    """``"UTF-16"`` / ``"UTF-32"`` when the first bytes of a file show that encoding (a byte-order mark,
    or a NUL byte among the first two bytes, as ASCII text in UTF-16/32 has); else None."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if len(head) >= 4 and b"\x00\x00\x00" in (head[:3], head[1:4]):
        return "UTF-32"
    if len(head) >= 2 and b"\x00" in head[:2] and head[:2] != b"\x00\x00":
        return "UTF-16"
    return None


def _wide_error(source: str, enc: str) -> RecordError:
    return RecordError(
        source=source,
        record="file",
        error="not_utf8",
        message=f"file is {enc} encoded, not UTF-8; convert it (e.g. iconv -f {enc} -t UTF-8) and rerun",
    )


def _has_surrogates(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# --- JSON Lines -----------------------------------------------------------------------------------------


def _open_binary(path: Path) -> BinaryIO:
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_jsonl_stream(fh: BinaryIO, source: str, state: _State) -> Iterator[Union[Article, RecordError]]:
    first = True
    for lineno, raw in enumerate(fh, 1):
        if first:
            first = False
            enc = wide_encoding(raw[:4])
            if enc:  # one row for the file: every "line" of a UTF-16 file would fail on its own
                yield _wide_error(source, enc)
                return
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RecordError(
                source=source,
                record=str(lineno),
                error="not_utf8",
                message=f"line is not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})",
            )
            continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(
                source=source,
                record=str(lineno),
                error="invalid_json",
                message=json_error_message(exc),
            )
            continue
        yield from _from_mapping(rec, source, str(lineno), state)


def _read_json_file(path: Path, state: _State) -> Iterator[Union[Article, RecordError]]:
    source = str(path)
    with _open_binary(path) as fh:
        head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):  # a JSON array of records
        with _open_binary(path) as fh:
            data = fh.read()
        try:
            records = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield RecordError(
                source=source, record="file", error="not_utf8", message="file is not valid UTF-8"
            )
            return
        except json.JSONDecodeError as exc:
            yield RecordError(
                source=source,
                record=f"line {exc.lineno}",
                error="invalid_json",
                message=json_error_message(exc, with_line=True),
            )
            return
        for i, rec in enumerate(records, 1):
            yield from _from_mapping(rec, source, str(i), state)
        return
    with _open_binary(path) as fh:
        yield from _read_jsonl_stream(fh, source, state)


# --- CSV ------------------------------------------------------------------------------------------------


def _read_csv(path: Path, state: _State) -> Iterator[Union[Article, RecordError]]:
    source = str(path)
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)  # article texts are long; the default limit is 131,072 characters
    with _open_binary(path) as fh:
        enc = wide_encoding(fh.read(4))
    if enc:
        yield _wide_error(source, enc)
        return
    opener = gzip.open if source.lower().endswith(".gz") else open
    # surrogateescape keeps undecodable bytes as lone surrogates: that record alone is reported not_utf8.
    with opener(path, "rt", encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:  # type: ignore[operator]
        reader = csv.DictReader(fh)
        start = 2
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield RecordError(
                    source=source, record=str(start), error="invalid_record", message=f"CSV error: {exc}"
                )
                break
            rec = {k: v for k, v in row.items() if k is not None}
            yield from _from_mapping(rec, source, str(start), state)
            start = reader.line_num + 1


# --- Parquet --------------------------------------------------------------------------------------------


def _read_parquet(path: Path, state: _State) -> Iterator[Union[Article, RecordError]]:
    source = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield RecordError(
            source=source,
            record="file",
            error="unsupported_format",
            message="reading Parquet needs pyarrow: pip install 'tradeclaims[parquet]'",
        )
        return
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - a corrupt file is one errors row, the run goes on
        yield RecordError(
            source=source,
            record="file",
            error="unreadable_file",
            message=f"not a readable Parquet file: {exc}".splitlines()[0],
        )
        return
    n = 0
    for batch in pf.iter_batches(batch_size=1000):
        for rec in batch.to_pylist():
            n += 1
            yield from _from_mapping(rec, source, str(n), state)


# --- single documents: .txt, .html, WARC -----------------------------------------------------------------


def _read_txt(path: Path, state: _State) -> Iterator[Union[Article, RecordError]]:
    source = str(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield RecordError(
            source=source,
            record="file",
            error="not_utf8",
            doc_id=path.stem,
            message=f"file is not valid UTF-8 (byte {exc.start})",
        )
        return
    art = Article(doc_id=path.stem, text=text, source=source, record="file")
    yield from state.finish(art, None)


def _html_article(
    data: bytes,
    content_type: Optional[str],
    doc_id: str,
    url: Optional[str],
    source: str,
    record: str,
    state: _State,
) -> Iterator[Union[Article, RecordError]]:
    from . import html as html_adapter

    try:
        page_src = html_adapter.decode_html(data, content_type)
    except html_adapter.HtmlDecodeError as exc:
        yield RecordError(source=source, record=record, error="not_utf8", doc_id=doc_id, message=str(exc))
        return
    try:
        page = html_adapter.extract_page(page_src, url=url)
    except TradeClaimsError:
        raise  # trafilatura missing: the run cannot proceed
    except Exception as exc:  # noqa: BLE001 - one page trafilatura cannot handle is one errors row
        msg = " ".join(f"HTML extraction failed: {type(exc).__name__}: {exc}".split())[:300]
        yield RecordError(source=source, record=record, error="invalid_record", doc_id=doc_id, message=msg)
        return
    art = Article(
        doc_id=doc_id,
        text=page.text if page else "",
        title=page.title if page else None,
        url=url,
        source=source,
        record=record,
        text_extracted=True,
    )
    yield from state.finish(art, page.published if page else None, "html")


def _read_html(path: Path, state: _State) -> Iterator[Union[Article, RecordError]]:
    yield from _html_article(path.read_bytes(), None, path.stem, None, str(path), "file", state)


def _read_warc(path: Path, state: _State) -> Iterator[Union[Article, RecordError]]:
    from . import warc as warc_adapter

    source = str(path)
    with open(path, "rb") as fh:
        pages = warc_adapter.iter_html_responses(fh)
        while True:
            try:
                page = next(pages)
            except StopIteration:
                return
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - warcio's ArchiveLoadFailed and friends
                yield RecordError(
                    source=source,
                    record="file",
                    error="unreadable_file",
                    message=f"cannot read WARC: {exc}".splitlines()[0][:300],
                )
                return
            doc_id = page.uri or f"{path.name}:{page.offset}"
            yield from _html_article(
                page.payload, page.content_type, doc_id, page.uri or None, source, str(page.offset), state
            )


_READERS = {
    "jsonl": _read_json_file,
    "csv": _read_csv,
    "parquet": _read_parquet,
    "txt": _read_txt,
    "html": _read_html,
    "warc": _read_warc,
}


def iter_articles(
    inputs: list[str],
    *,
    published_default: Optional[date] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: Optional[BinaryIO] = None,
) -> Iterator[Union[Article, RecordError]]:
    """Stream the articles (and error rows) of every input, in input order. See the module docstring.

    Args:
        inputs: file paths, directories, or ``"-"`` for JSON Lines on standard input.
        published_default: the date for articles that carry none (``--published``; published_source
            ``option``); the record's own date always wins.
        max_chars: texts longer than this many characters are rejected (``too_large``).
        stdin: a binary stream to read for ``"-"`` (default ``sys.stdin.buffer``; tests pass a BytesIO).

    Yields:
        :class:`Article`, :class:`RecordError` (errors row only) or :class:`RejectedRecord` (errors row
        and an articles row with status ``rejected``).

    Raises:
        InputError: E201 when an input does not exist (checked as each input is reached; call
        :func:`check_inputs` first to fail before any output), E205 when a format's optional dependency
        is missing for an explicitly named file. Any other exception of a reader ends that file only:
        an ``unreadable_file`` row (``reading stopped: ...``) and the next input is read.
    """
    state = _State(published_default, max_chars)
    for source, path in _iter_files(list(inputs)):
        if path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_jsonl_stream(stream, "<stdin>", state)
            continue
        if not path.exists():
            raise InputError("E201", f"input not found: {source}")
        kind = input_kind(path)
        if kind is None:
            yield RecordError(
                source=source,
                record="file",
                error="unsupported_format",
                message=f"unsupported file type {path.suffix or path.name!r}; file skipped",
            )
            continue
        missing = _missing_dependency(kind)
        if missing:
            yield RecordError(source=source, record="file", error="unsupported_format", message=missing)
            continue
        try:
            yield from _READERS[kind](path, state)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:  # unreadable or truncated file: report, go on
            yield RecordError(
                source=source,
                record="file",
                error="unreadable_file",
                message=f"cannot read file: {exc}".splitlines()[0][:300],
            )
        except TradeClaimsError:
            raise  # a missing dependency or setting: the run cannot proceed
        except Exception as exc:  # noqa: BLE001 - a failing reader loses the rest of that file only
            yield RecordError(
                source=source,
                record="file",
                error="unreadable_file",
                message=" ".join(f"reading stopped: {type(exc).__name__}: {exc}".split())[:300],
            )
