"""Adapter for trafilatura: the one place that turns an HTML page into article text, title and date.

trafilatura is an optional dependency (``pip install 'tradeclaims[html]'``); it is imported lazily, on the
first page, so the rest of the package works without it. Nothing is fetched from the network: pages are
given as bytes or str.

Decoding: UTF-8 first; else the charset the HTTP header or the page's ``<meta charset>`` declares; a page
that is neither is refused with :class:`HtmlDecodeError` (the reader reports ``not_utf8``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

from ..errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)


class HtmlDecodeError(ValueError):
    """The page's bytes are not UTF-8 and no usable charset is declared."""


@dataclass(frozen=True)
class HtmlPage:
    """What trafilatura found in a page: main text (paragraphs joined by newlines), title, date.

    ``published`` is the date string trafilatura/htmldate found in the page's metadata (``YYYY-MM-DD``) or
    None; it is parsed by :func:`extractor.io.dates.parse_published` in the reader.
    """

    text: str
    title: Optional[str] = None
    published: Optional[str] = None


def available() -> bool:
    """True when trafilatura can be imported."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            "E205", "reading HTML or WARC needs trafilatura: pip install 'tradeclaims[html]'"
        ) from None
    return trafilatura


def decode_html(data: bytes, content_type: Optional[str] = None) -> str:
    """Decode page bytes: UTF-8, else the declared charset (HTTP ``Content-Type`` or ``<meta>``).

    Raises :class:`HtmlDecodeError` when the bytes are not UTF-8 and no declared charset decodes them.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            declared.append(m.group(1))
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "replace"))
    for cs in declared:
        if cs.lower().replace("-", "") in ("utf8",):
            continue
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    raise HtmlDecodeError("page is not UTF-8 and declares no charset that decodes it")


def extract_page(html: str, url: Optional[str] = None) -> Optional[HtmlPage]:
    """Extract the main text, title and publication date of one HTML page with trafilatura.

    Args:
        html: the page source (decoded; see :func:`decode_html`).
        url: the page's URL, if known (helps the date and metadata heuristics; nothing is fetched).

    Returns:
        An :class:`HtmlPage`, or None when trafilatura finds no main text (boilerplate-only page).

    Raises:
        InputError (E205) when trafilatura is not installed.
    """
    traf = _trafilatura()
    doc = traf.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return None
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or get("raw_text") or ""
    title = get("title") or None
    # trafilatura keeps the page's <h1> as the first line of the text; the headline is the title (context,
    # never claims), so it is dropped from the body
    if title:
        first, _, rest = text.lstrip().partition("\n")
        if _norm_ws(first) == _norm_ws(title):
            text = rest
    if not text.strip():
        return None
    return HtmlPage(text=text, title=title, published=get("date") or None)


def _norm_ws(s: str) -> str:
    return " ".join(s.split()).strip().lower()
