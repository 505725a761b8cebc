"""Loading and validating the rule files and lexicons in ``patterns/``.

Every file in ``patterns/`` is JSON Lines: one JSON object per line, each with a stable, unique ``id``
(a string such as ``"cur.usd.symbol"``). Blank lines and lines starting with ``//`` are ignored. The files
ship inside the wheel as the package ``extractor.patterns`` (see ``pyproject.toml``); in a source checkout
the top-level ``patterns/`` folder is read directly.

Rules are validated when loaded: a missing required key, a wrong type, a duplicate id or a line that is not
JSON raises :class:`~extractor.errors.PatternError` naming ``file:line``. Loaded files are cached per process
(they are read-only data).
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import PatternError

_SOURCE_DIR = Path(__file__).resolve().parent.parent / "patterns"


def patterns_dir() -> Path:
    """Return the folder that holds the pattern files.

    Returns a :class:`pathlib.Path`: the installed ``extractor.patterns`` package when it is importable
    and holds JSONL files, else the source checkout's ``patterns/`` folder.
    Raises :class:`PatternError` when neither exists.
    """
    try:
        root = resources.files("extractor.patterns")
        p = Path(str(root))
        if p.is_dir() and any(p.glob("*.jsonl")):
            return p
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - depends on install mode
        pass
    if _SOURCE_DIR.is_dir():
        return _SOURCE_DIR
    raise PatternError("E001", "pattern folder not found: neither extractor.patterns nor ./patterns exists")


def _check_type(value: Any, typ: Any) -> bool:
    if typ is None:
        return True
    if isinstance(typ, tuple):
        return any(_check_type(value, t) for t in typ)
    if typ is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if typ is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, typ)


@functools.lru_cache(maxsize=None)
def _load(name: str) -> tuple[dict, ...]:
    path = patterns_dir() / f"{name}.jsonl"
    if not path.is_file():
        raise PatternError("E002", f"pattern file {path.name} not found in {path.parent}")
    rows: list[dict] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            s = line.strip()
            if not s or s.startswith("//"):
                continue
            try:
                obj = json.loads(s)
            except json.JSONDecodeError as exc:
                raise PatternError("E003", f"{path.name}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise PatternError("E003", f"{path.name}:{lineno}: expected a JSON object, got {type(obj).__name__}")
            rid = obj.get("id")
            if not isinstance(rid, str) or not rid:
                raise PatternError("E004", f"{path.name}:{lineno}: every rule needs a non-empty string 'id'")
            if rid in seen:
                raise PatternError("E005", f"{path.name}:{lineno}: duplicate id {rid!r} (first on line {seen[rid]})")
            seen[rid] = lineno
            obj["_line"] = lineno
            rows.append(obj)
    return tuple(rows)


def load_rules(
    name: str,
    required: Mapping[str, Any] | None = None,
    optional: Mapping[str, Any] | None = None,
    allowed_values: Mapping[str, Iterable[Any]] | None = None,
) -> list[dict]:
    """Load ``patterns/<name>.jsonl`` and validate every record.

    Args:
        name: file stem, e.g. ``"currencies"`` for ``patterns/currencies.jsonl``.
        required: key -> Python type (or tuple of types) that every record must carry.
        optional: key -> type for keys that may be absent or null.
        allowed_values: key -> the allowed values of that key (a code list).

    Returns:
        A list of dicts in file order; each has its ``id`` and ``_line`` (1-based line number).

    Raises:
        PatternError: on a missing file, invalid JSON, missing/duplicate id, missing required key, a value
        of the wrong type, a value outside its code list, or an unknown key (a typo guard). The message
        names ``file:line``.
    """
    rows = _load(name)
    required = dict(required or {})
    optional = dict(optional or {})
    known = {"id", "_line", "comment", "source"} | set(required) | set(optional)
    for obj in rows:
        where = f"{name}.jsonl:{obj['_line']}"
        for key, typ in required.items():
            if key not in obj or obj[key] is None:
                raise PatternError("E006", f"{where}: rule {obj['id']!r} lacks required key {key!r}")
            if not _check_type(obj[key], typ):
                raise PatternError("E007", f"{where}: key {key!r} of rule {obj['id']!r} has the wrong type")
        for key, typ in optional.items():
            if obj.get(key) is not None and not _check_type(obj[key], typ):
                raise PatternError("E007", f"{where}: key {key!r} of rule {obj['id']!r} has the wrong type")
        unknown = set(obj) - known
        if required or optional:
            if unknown:
                raise PatternError("E008", f"{where}: unknown key(s) {sorted(unknown)} in rule {obj['id']!r}")
        for key, values in (allowed_values or {}).items():
            vals = set(values)
            v = obj.get(key)
            items = v if isinstance(v, list) else [v]
            for it in items:
                if it is not None and it not in vals:
                    raise PatternError("E009", f"{where}: {key}={it!r} not in {sorted(map(str, vals))}")
    return [dict(r) for r in rows]


def list_pattern_files() -> list[str]:
    """Return the stems of all ``*.jsonl`` pattern files, sorted (used by the test that loads every file)."""
    return sorted(p.stem for p in patterns_dir().glob("*.jsonl"))
