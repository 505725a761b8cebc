"""Write (and read back) the four output tables, atomically, with the schema of ``extractor.schema``.

Formats:

- ``csv``: UTF-8, a header row, comma separated, ``.`` decimal point, an empty cell for null, dates as ISO
  8601 strings, booleans ``True``/``False``, ``\\n`` line ends.
- ``jsonl``: one JSON object per row, every column present, null as ``null``, dates as ISO strings.
- ``parquet``: pyarrow (``[parquet]`` extra); the pandas nullable dtypes are kept.

Atomicity: every table is written to a hidden temporary file in the target folder
(``.<name>.<pid>.<random>.tmp``) and moved into place with :func:`os.replace` only when complete; on any
exception the temporary file is removed, so a half-written table is never left behind. Rows can be appended
in chunks (:class:`TableWriter`), so a long run streams its rows instead of holding them.

The schema is enforced on the way out: every declared column in declared order with its dtype (extra
columns are dropped), and an empty table still has its header.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Iterable, Mapping, Optional, Union

import pandas as pd

from ..errors import InputError, SettingsError
from ..schema import TABLES, empty_frame, to_frame

FORMATS = ("csv", "parquet", "jsonl")
TABLE_NAMES = ("claims", "quantities", "articles", "errors")


def check_format(fmt: str) -> str:
    """Return ``fmt`` when it is one of :data:`FORMATS` and usable here.

    Raises SettingsError E110 for an unknown format, E111 for parquet without pyarrow.
    """
    if fmt not in FORMATS:
        raise SettingsError("E110", f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise SettingsError(
                "E111", "--format parquet needs pyarrow: pip install 'tradeclaims[parquet]'"
            ) from None
    return fmt


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``df`` with exactly the columns of ``table`` (declared order and dtypes; missing ones null).

    Raises KeyError for an unknown table, ValueError/TypeError when a value cannot take its column's dtype.
    """
    cols = TABLES[table]
    if df is None or len(df) == 0:
        return empty_frame(table)
    out = pd.DataFrame(index=range(len(df)))
    src = df.reset_index(drop=True)
    for c, t in cols.items():
        if c in src.columns:
            col = src[c]
            if t == "string" and str(col.dtype) != "string":
                col = col.map(
                    lambda v: None if _isnull(v) else (v.isoformat() if hasattr(v, "isoformat") else str(v))
                )
            try:
                out[c] = col.astype(t)
            except (ValueError, TypeError) as exc:
                raise type(exc)(f"column {c} ({t}): {' '.join(str(exc).split())[:200]}") from None
        else:
            out[c] = pd.Series([None] * len(src), dtype=t)
    return out


def _isnull(v) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _json_value(v):
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float):
        return None if math.isnan(v) else v
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
        if isinstance(v, float) and math.isnan(v):
            return None
    return v


def _table_of(path: Path, table: Optional[str]) -> str:
    if table is not None:
        return table
    stem = path.name.split(".")[0]
    if stem not in TABLES:
        raise KeyError(f"cannot tell the table of {path.name}; pass table=")
    return stem


class _CommitOnExit:
    """Context-manager protocol shared by the atomic writers: ``commit()`` when the block ends normally,
    ``abort()`` (temp files removed, nothing renamed) when it raises."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


class TableWriter(_CommitOnExit):
    """Append rows to one table file atomically: ``write_rows``/``write_frame`` ... ``commit()``.

    The file appears at ``path`` only on :meth:`commit`; :meth:`abort` (or an exception inside a ``with``
    block) removes the temporary file. Raises OSError when the folder is not writable.
    """

    def __init__(self, path: Union[str, Path], fmt: str, table: str):
        self.path = Path(path)
        self.fmt = check_format(fmt)
        self.table = table
        self.n_rows = 0
        self._done = False
        self._pq_writer = None
        self._fh = None
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp_path = Path(tmp)
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; give the table the usual permissions
            if fmt == "parquet":
                os.close(fd)
            else:
                self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
                if fmt == "csv":
                    self._fh.write(",".join(_csv_header(TABLES[table])) + "\n")
        except BaseException:  # also SystemExit/KeyboardInterrupt: never leave the temporary file behind
            if self._fh is None:
                try:
                    os.close(fd)
                except OSError:
                    pass
            self.abort()
            raise

    def write_rows(self, rows: Iterable[Mapping]) -> None:
        """Append row dicts (keys = columns; missing keys null, unknown keys dropped)."""
        rows = list(rows)
        if rows:
            self.write_frame(to_frame(self.table, rows))

    def write_frame(self, df: pd.DataFrame) -> None:
        """Append a DataFrame (conformed to the table's schema first)."""
        df = conform(df, self.table)
        if len(df) == 0:
            return
        if self.fmt == "csv":
            df.to_csv(self._fh, index=False, header=False, na_rep="", lineterminator="\n")
        elif self.fmt == "jsonl":
            cols = list(df.columns)
            for values in df.itertuples(index=False, name=None):
                rec = {c: _json_value(v) for c, v in zip(cols, values)}
                self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            tbl = pa.Table.from_pandas(df, preserve_index=False, schema=_arrow_schema(self.table))
            if self._pq_writer is None:
                self._pq_writer = pq.ParquetWriter(self.tmp_path, tbl.schema)
            self._pq_writer.write_table(tbl)
        self.n_rows += len(df)

    def commit(self) -> Path:
        """Finish the file and move it into place; returns the final path."""
        if self._done:
            return self.path
        if self.fmt == "parquet":
            if self._pq_writer is None:
                import pyarrow as pa
                import pyarrow.parquet as pq

                empty = pa.Table.from_pandas(
                    empty_frame(self.table), preserve_index=False, schema=_arrow_schema(self.table)
                )
                pq.write_table(empty, self.tmp_path)
            else:
                self._pq_writer.close()
        else:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
        os.replace(self.tmp_path, self.path)
        self._done = True
        return self.path

    def abort(self) -> None:
        """Drop the temporary file (no-op after commit)."""
        if self._done:
            return
        self._done = True
        try:
            if self._pq_writer is not None:
                self._pq_writer.close()
        except Exception:  # noqa: BLE001 - cleaning up after a failure already being raised
            pass
        try:
            if self._fh is not None and not self._fh.closed:
                self._fh.close()
        except OSError:  # e.g. the disk is full while flushing: the file is being dropped anyway
            pass
        finally:
            try:
                self.tmp_path.unlink()
            except OSError:
                pass



def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _csv_header(cols: Mapping[str, str]) -> list[str]:
    return list(cols)


def _arrow_schema(table: str):
    import pyarrow as pa

    m = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([(c, m[t]) for c, t in TABLES[table].items()])


def table_path(out_dir: Union[str, Path], table: str, fmt: str) -> Path:
    """``<out_dir>/<table>.<fmt>``."""
    return Path(out_dir) / f"{table}.{fmt}"


def prepare_out_dir(
    out_dir: Union[str, Path], fmt: str, force: bool, tables: Iterable[str] = TABLE_NAMES
) -> dict[str, Path]:
    """Create ``out_dir`` if needed and check that it is writable and that no target table exists
    (unless ``force``). Checks all targets before anything is written. Returns table -> final path.

    Raises:
        SettingsError E110/E111 for a bad format; InputError E203 when tables exist and not ``force``,
        E204 when the folder cannot be created or written.
    """
    check_format(fmt)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError("E204", f"cannot create output folder {out}: {exc.strerror or exc}") from None
    if not out.is_dir():
        raise InputError("E204", f"output path {out} exists and is not a folder")
    paths = {t: table_path(out, t, fmt) for t in tables}
    existing = [p.name for p in paths.values() if p.exists()]
    if existing and not force:
        raise InputError("E203", f"{out} already holds {', '.join(existing)}; use --force to overwrite")
    if not os.access(out, os.W_OK | os.X_OK):
        raise InputError("E204", f"output folder {out} is not writable")
    return paths


class TableSet(_CommitOnExit):
    """The four tables of a run, written together: rows are appended per table, all files appear on
    :meth:`commit` and all temporary files are removed on :meth:`abort` (or an exception in ``with``).

    Raises the errors of :func:`prepare_out_dir` on construction.
    """

    def __init__(self, out_dir: Union[str, Path], fmt: str, force: bool = False):
        self.paths = prepare_out_dir(out_dir, fmt, force)
        self.fmt = fmt
        self.writers: dict[str, TableWriter] = {}
        try:
            for t, p in self.paths.items():
                self.writers[t] = TableWriter(p, fmt, t)
        except OSError as exc:
            self.abort()
            raise InputError("E204", f"cannot write in {Path(out_dir)}: {exc.strerror or exc}") from None
        except BaseException:  # SystemExit (SIGTERM), KeyboardInterrupt: remove what was created
            self.abort()
            raise

    def write_rows(self, table: str, rows: Iterable[Mapping]) -> None:
        """Append row dicts to ``table``."""
        self.writers[table].write_rows(rows)

    def write_frame(self, table: str, df: pd.DataFrame) -> None:
        """Append a DataFrame to ``table``."""
        self.writers[table].write_frame(df)

    def commit(self) -> dict[str, Path]:
        """Move every finished table into place; returns table -> path. On failure, the rest is aborted."""
        try:
            for w in self.writers.values():
                w.commit()
        except BaseException:
            self.abort()
            raise
        return dict(self.paths)

    def abort(self) -> None:
        """Remove every temporary file not yet committed (each writer is tried even if one fails)."""
        first: Optional[BaseException] = None
        for w in self.writers.values():
            try:
                w.abort()
            except BaseException as exc:  # noqa: BLE001 - finish removing the others, then re-raise
                first = first or exc
        if first is not None:
            raise first



def write_table(
    df: Optional[pd.DataFrame], path: Union[str, Path], fmt: str, *, table: Optional[str] = None
) -> Path:
    """Write one table atomically.

    Args:
        df: the rows (None or empty -> header only / empty schema).
        path: target file; its stem names the table (``claims.csv``) unless ``table`` is given.
        fmt: ``csv`` | ``parquet`` | ``jsonl``.
        table: one of ``claims``, ``quantities``, ``articles``, ``errors``.

    Returns the path written. Raises SettingsError for a bad format, KeyError for an unknown table, OSError
    when the file cannot be written (nothing is left behind in that case).
    """
    path = Path(path)
    tbl = _table_of(path, table)
    w = TableWriter(path, fmt, tbl)
    try:
        if df is not None:
            w.write_frame(df)
        w.commit()
    except BaseException:
        w.abort()
        raise
    return path


def write_tables(
    tables: Mapping[str, pd.DataFrame], out_dir: Union[str, Path], fmt: str = "csv", force: bool = False
) -> dict[str, Path]:
    """Write all four tables (``claims``, ``quantities``, ``articles``, ``errors``) into ``out_dir``.

    Missing entries are written empty (with header). Existing targets are refused (all four checked before
    any is written) unless ``force``. Returns table -> path.

    Raises: InputError E203 (tables exist, no force), E204 (folder not writable); SettingsError for a bad
    format; whatever the writing raises (then no table of this call is left half-written).
    """
    with TableSet(out_dir, fmt, force) as ts:
        for name in TABLE_NAMES:
            df = tables.get(name)
            if df is not None:
                ts.write_frame(name, df)
    return dict(ts.paths)


def read_table(
    path: Union[str, Path], table: Optional[str] = None, fmt: Optional[str] = None
) -> pd.DataFrame:
    """Read a table written by this module back with the schema's dtypes (HS ``0901`` stays a string, ``NA``
    stays Namibia). Columns not in the schema are kept as strings after the declared ones.

    Args:
        path: the file; its format comes from its ending unless ``fmt`` is given.
        table: the table name (default: the file's stem).

    Returns the frame; ``df.attrs["source_columns"]`` lists the columns the file itself holds (the declared
    columns it lacks are added as nulls, so this is how a caller tells them apart). An empty JSONL file has
    no rows and no columns.

    Raises FileNotFoundError, KeyError (unknown table), ValueError (unknown format; a JSONL line that is not
    a JSON object, naming the line; a cell that does not fit its column's type, naming the column),
    ``UnicodeDecodeError`` (not UTF-8), ``pandas.errors.EmptyDataError`` (0-byte CSV), and pyarrow's errors
    for a file that is not Parquet.
    """
    path = Path(path)
    tbl = _table_of(path, table)
    fmt = fmt or path.suffix.lstrip(".").lower()
    cols = TABLES[tbl]
    if fmt == "csv":
        df = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""], encoding="utf-8")
    elif fmt == "jsonl":
        recs = []
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"line {i}: not valid JSON ({exc.msg})") from None
                if not isinstance(rec, dict):
                    raise ValueError(f"line {i}: expected a JSON object, got {type(rec).__name__}")
                recs.append(rec)
        df = pd.DataFrame.from_records(recs) if recs else pd.DataFrame()
    elif fmt == "parquet":
        df = pd.read_parquet(path)
    else:
        raise ValueError(f"unknown table format {fmt!r}")
    out = conform(_coerce_for(df, cols), tbl)
    extra = [c for c in df.columns if c not in cols]
    for c in extra:
        out[c] = df[c].reset_index(drop=True).astype("string")
    out.attrs["source_columns"] = [str(c) for c in df.columns]
    return out


def _coerce_for(df: pd.DataFrame, cols: Mapping[str, str]) -> pd.DataFrame:
    """Make text cells castable to their declared numeric/boolean dtypes (CSV gives strings)."""
    df = df.copy()
    for c, t in cols.items():
        if c not in df.columns:
            continue
        if t in ("Int64", "Float64") and (df[c].dtype == object or str(df[c].dtype) == "string"):
            try:
                df[c] = pd.to_numeric(df[c].astype("string").str.strip(), errors="raise")
            except (ValueError, TypeError) as exc:
                raise ValueError(f"column {c} ({t}): {' '.join(str(exc).split())}") from None
        elif t == "boolean" and (df[c].dtype == object or str(df[c].dtype) == "string"):
            df[c] = df[c].map(lambda v: None if _isnull(v) else str(v).strip().lower() in ("true", "1"))
    return df
