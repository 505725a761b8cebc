"""Adapter for warcio: the one place that reads WARC files (``.warc``, ``.warc.gz``).

warcio is an optional dependency (``pip install 'tradeclaims[html]'``), imported lazily. Only ``response``
records whose HTTP ``Content-Type`` is HTML (``text/html``, ``application/xhtml+xml``; a response without a
Content-Type is tried as HTML too) are yielded; requests, metadata, images and other records are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Iterator, Optional

from ..errors import InputError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPage:
    """One HTML response: its target URI, WARC record id, byte offset of the record, and the raw payload.

    ``payload`` is the HTTP body (bytes, transfer and content encodings removed by warcio);
    ``content_type`` is the HTTP Content-Type header (for the charset) or None; ``warc_date`` is the
    crawl time as written (not the publication date; kept for reference only).
    """

    uri: str
    record_id: str
    offset: int
    payload: bytes
    content_type: Optional[str]
    warc_date: Optional[str]


def available() -> bool:
    """True when warcio can be imported."""
    try:
        import warcio  # noqa: F401
    except ImportError:
        return False
    return True


def iter_html_responses(stream: BinaryIO) -> Iterator[WarcPage]:
    """Yield the HTML ``response`` records of a WARC stream (plain or gzip, detected by warcio).

    Raises:
        InputError (E205) when warcio is not installed; warcio's ``ArchiveLoadFailed`` (a ``Exception``
        subclass) when the stream is not a WARC file -- the reader turns it into an errors row.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError("E205", "reading WARC needs warcio: pip install 'tradeclaims[html]'") from None
    it = ArchiveIterator(stream)
    for rec in it:
        if rec.rec_type != "response":
            continue
        ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
        if ctype and not any(t in ctype.lower() for t in _HTML_TYPES):
            continue
        payload = rec.content_stream().read()
        yield WarcPage(
            uri=rec.rec_headers.get_header("WARC-Target-URI") or "",
            record_id=rec.rec_headers.get_header("WARC-Record-ID") or "",
            offset=it.get_record_offset(),
            payload=payload,
            content_type=ctype,
            warc_date=rec.rec_headers.get_header("WARC-Date"),
        )
