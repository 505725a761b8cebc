"""The error catalogue of tradeclaims.

Every error carries a short code (``E0xx`` for pattern files, ``E1xx`` for settings and options, ``E2xx``
for input records) and one readable line saying what was wrong, which value, what was expected and where.

Record-level kinds (the ``error`` column of the errors table) are the strings in :data:`RECORD_ERROR_KINDS`.
"""
from __future__ import annotations

RECORD_ERROR_KINDS = (
    "invalid_json",
    "invalid_record",
    "missing_text",
    "empty_text",
    "not_utf8",
    "too_large",
    "unsupported_language",
    "duplicate_id",
    "bad_date",
    "unreadable_file",
    "unsupported_format",
    "processing_failed",
)


class TradeClaimsError(Exception):
    """Base class: ``code`` is the catalogue code, ``message`` one readable line."""

    def __init__(self, code: str, message: str):
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class PatternError(TradeClaimsError):
    """A rule file in ``patterns/`` is missing or malformed (codes E0xx)."""


class SettingsError(TradeClaimsError):
    """A setting or command-line option has a bad value (codes E1xx)."""


class InputError(TradeClaimsError):
    """The run cannot proceed: missing input, unwritable output, existing tables without --force (E2xx)."""
