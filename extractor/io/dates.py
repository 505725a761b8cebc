"""Publication dates: placeholder, replaced by the IO work."""
from __future__ import annotations

from datetime import date


def parse_published(value):
    """Parse a publication date; returns a ``date`` or None. (Placeholder: ISO dates only.)"""
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
