"""Adapter for warcio: the one place that reads WARC files (``.warc``, ``.warc.gz``).

warcio is an optional dependency (``pip install 'tradeclaims[html]'``), imported lazily. Only ``response``
records whose HTTP ``Content-Type`` is HTML (``text/html``, ``application/xhtml+xml``; a response without a
Content-Type is tried as HTML too) are yielded; requests, metadata, images and other records are skipped.

Before warcio sees a stream, its first bytes are checked (:func:`check_warc_head`): the file, once
gunzipped when it starts with the gzip magic number, must begin with ``WARC/``. warcio on its own reads a
corrupt gzip file as an empty archive and any text file as an old-style ARC record, silently.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator, Optional

from ..errors import InputError

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_HEAD_BYTES = 64 * 1024


class NotWarcError(ValueError):
    """The stream is not a WARC file (or a gzip file that cannot be decompressed); one line in ``str()``."""


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


def check_warc_head(stream: BinaryIO) -> None:
    """Check that a seekable binary stream holds a WARC file, and rewind it to where it was.

    The first bytes (gunzipped first when they start with the gzip magic number ``1f 8b``) must be
    ``WARC/`` (leading blank lines allowed).

    Raises:
        NotWarcError: empty file, gzip data that cannot be decompressed, or content that is not WARC.
    """
    pos = stream.tell()
    try:
        raw = stream.read(_HEAD_BYTES)
    finally:
        stream.seek(pos)
    if not raw:
        raise NotWarcError("empty file")
    head = raw
    if raw.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, 16)
        except zlib.error as exc:
            raise NotWarcError(f"corrupt gzip data ({exc})") from None
        if not head:
            raise NotWarcError("corrupt or truncated gzip data (nothing could be decompressed)")
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        raise NotWarcError(f"not a WARC file (starts with {head[:12]!r}, expected b'WARC/')")


def iter_html_responses(stream: BinaryIO) -> Iterator[WarcPage]:
    """Yield the HTML ``response`` records of a WARC stream (plain or gzip).

    Args:
        stream: a seekable binary stream positioned at the start of the WARC file.

    Raises:
        InputError (E205) when warcio is not installed; :class:`NotWarcError` (on the first ``next``)
        when the stream is not a WARC file; warcio's ``ArchiveLoadFailed`` when a later record is broken.
        The reader turns both into an ``unreadable_file`` errors row.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError("E205", "reading WARC needs warcio: pip install 'tradeclaims[html]'") from None
    check_warc_head(stream)
    it = ArchiveIterator(stream)
    for rec in it:
        if rec.format != "warc":  # warcio also reads old ARC records; a .warc file holds WARC records
            raise NotWarcError(f"record at byte {it.get_record_offset()} is not a WARC record")
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
