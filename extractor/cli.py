"""The ``tradeclaims`` command line (a thin typer layer over :func:`extractor.runner.run`,
:func:`extractor.evaluate.evaluate` and :func:`extractor.api.explain`).

    tradeclaims extract INPUT... --out DIR [--format csv|parquet|jsonl] [--published YYYY-MM-DD] [--force]
                                [--keep-text] [--engine local|dask] [--scheduler ADDRESS] [--quiet]
                                [--max-chars N]
    tradeclaims evaluate GOLD_DIR CLAIMS [--split all|dev|devtest] [--json]
    tradeclaims explain "<sentence>" [--published DATE] [--title TEXT]
    tradeclaims --version

Exit status: 0 when the command finished (also when some records were rejected: they are in ``errors``);
2 with one line ``tradeclaims: error: ...`` on stderr when it could not proceed (missing input, unwritable
output, bad option, existing tables without ``--force``); 130 on Ctrl-C; 143 on SIGTERM (``timeout``,
``kill``): the signal is turned into :class:`Terminated` (a ``SystemExit``) so that the writers remove
their temporary files before the process ends.

Only the CLI configures logging: messages of the package (loggers ``extractor.*``) at WARNING and above, or
ERROR with ``--quiet``; third-party libraries (trafilatura, lxml, htmldate, ...) and Python warnings are
silenced with ``--quiet`` (what they complain about is already an errors row).
"""

from __future__ import annotations

import importlib
import json
import logging
import signal
import sys
import warnings
from typing import List, Optional

import typer

from . import __version__
from .errors import SettingsError, TradeClaimsError
from .io.readers import DEFAULT_MAX_CHARS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Turn quantitative trade claims in news articles into tidy tables.",
)

ENGINES = ("local", "dask")
SPLITS = ("all", "dev", "devtest")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tradeclaims {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """tradeclaims: trade claims in news -> claims, quantities, articles and errors tables."""


class _OwnOnly(logging.Filter):
    """Passes the package's own records (logger ``extractor`` and below) only."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name == "extractor" or record.name.startswith("extractor.")


def _setup_logging(quiet: bool) -> None:
    """One stderr handler on the root logger (replacing the one an earlier call installed).

    Not quiet: every logger at WARNING and above. Quiet: only the package's own ERROR records; third-party
    loggers and Python warnings are dropped.
    """
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_tradeclaims", False):
            root.removeHandler(h)
    handler = logging.StreamHandler(sys.stderr)
    handler._tradeclaims = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("tradeclaims: %(levelname)s: %(message)s"))
    handler.setLevel(logging.ERROR if quiet else logging.WARNING)
    if quiet:
        handler.addFilter(_OwnOnly())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > handler.level:
        root.setLevel(handler.level)
    if quiet:
        warnings.filterwarnings("ignore")


@app.command()
def extract(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT", help="JSONL(.gz)/CSV/Parquet/.txt/.html/WARC files, folders, or - for stdin."
    ),
    out: str = typer.Option(..., "--out", "-o", help="Output folder for the four tables."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv | parquet | jsonl."),
    published: Optional[str] = typer.Option(
        None, "--published", help="YYYY-MM-DD for articles without a date."
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite existing tables."),
    keep_text: bool = typer.Option(
        False, "--keep-text", help="Keep every article's text in the articles table."
    ),
    engine: str = typer.Option("local", "--engine", help="local | dask."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Dask scheduler address (with --engine dask)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, errors only."),
    max_chars: int = typer.Option(
        DEFAULT_MAX_CHARS,
        "--max-chars",
        help="Reject (too_large) articles longer than this many characters.",
    ),
) -> None:
    """Extract the trade claims of INPUT... into DIR/{claims,quantities,articles,errors}.<fmt>."""
    _setup_logging(quiet)
    from .io.writers import check_format

    check_format(fmt)  # before anything else, whatever the engine: E110 unknown, E111 parquet w/o pyarrow
    from .runner import check_max_chars

    check_max_chars(max_chars)
    if engine not in ENGINES:
        raise SettingsError("E113", f"unknown --engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise SettingsError("E114", "--scheduler needs --engine dask")
    if published is not None:
        from datetime import date

        try:
            date.fromisoformat(published)
        except ValueError:
            raise SettingsError(
                "E112", f"--published {published!r} is not a date; expected YYYY-MM-DD"
            ) from None
    kw = dict(fmt=fmt, published=published, force=force, keep_text=keep_text, max_chars=max_chars)
    if engine == "dask":
        from .engines.dask import run_dask

        summary = run_dask(inputs, out, scheduler=scheduler, progress=not quiet, **kw)
    else:
        from .runner import run

        summary = run(inputs, out, progress=not quiet, **kw)
    rej = f", {summary.n_rejected} rejected" if summary.n_rejected else ""
    typer.echo(
        f"{summary.n_articles} articles ({summary.n_ok} ok{rej}): {summary.n_claims} claims, "
        f"{summary.n_quantities} quantities, {summary.n_errors} error rows "
        f"-> {out}/{{claims,quantities,articles,errors}}.{fmt} ({summary.seconds:.1f} s)"
    )


@app.command()
def evaluate(
    gold_dir: str = typer.Argument(
        ..., help="Folder with articles.jsonl, gold_claims.jsonl (and splits.json)."
    ),
    claims: str = typer.Argument(
        ..., help="A claims table (CSV/Parquet/JSONL) or a folder holding claims.<fmt>."
    ),
    split: str = typer.Option("all", "--split", help="all | dev | devtest."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Score a claims table against gold claims (the contract's Evaluation section)."""
    _setup_logging(False)
    if split not in SPLITS:
        raise SettingsError("E115", f"unknown --split {split!r}; expected one of {', '.join(SPLITS)}")
    from .evaluate import evaluate as _evaluate
    from .evaluate import format_report

    report = _evaluate(gold_dir, claims, split=split)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report))


@app.command()
def explain(
    sentence: str = typer.Argument(..., help="A sentence or short text."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD)."),
    title: Optional[str] = typer.Option(None, "--title", help="Headline giving context."),
) -> None:
    """Show the claims found in a sentence and why (the rules that fired)."""
    _setup_logging(False)
    from . import api
    from .runner import resolve_published

    pub = resolve_published(published)
    fn = getattr(api, "explain", None)
    if fn is not None:
        typer.echo(fn(sentence, pub, title=title))
        return
    import pandas as pd

    df = api.extract(sentence, pub, title=title)
    cols = [
        c
        for c in (
            "value_text",
            "indicator",
            "value_type",
            "obs_value",
            "unit",
            "reporter",
            "partner",
            "flow",
            "product",
            "time_period",
            "evidence",
        )
        if c in df.columns
    ]
    with pd.option_context("display.max_columns", None, "display.width", 200, "display.max_colwidth", 80):
        typer.echo(df[cols].to_string(index=False) if len(df) else "no claims found")


def _exc_classes(name: str) -> tuple:
    """The exception class ``name`` from click and from typer's vendored copy of click (newer typer)."""
    out = []
    for modname in ("typer.exceptions", "typer._click.exceptions", "click.exceptions"):
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            continue
        cls = getattr(mod, name, None)
        if isinstance(cls, type) and cls not in out:
            out.append(cls)
    return tuple(out) or (type("_Never", (Exception,), {}),)


class Terminated(SystemExit):
    """Raised in the main thread when the process receives SIGTERM; its exit code is 128 + 15 = 143.

    A ``SystemExit`` (not an ``Exception``), so no ``except Exception`` on the way swallows it, while the
    ``finally`` / ``except BaseException`` clean-ups of the writers still run.
    """

    def __init__(self, signum: int = signal.SIGTERM):
        super().__init__(128 + int(signum))
        self.signum = int(signum)


def _on_sigterm(signum, frame) -> None:
    raise Terminated(signum)


def _install_sigterm():
    """Install the SIGTERM handler; returns the previous handler (None when not possible: not the main
    thread, or a platform without SIGTERM)."""
    try:
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError, AttributeError):
        return None


def main(argv: Optional[List[str]] = None) -> int:
    """Console entry point (``tradeclaims``). Returns the exit status (0 ok, 2 cannot proceed, 130 Ctrl-C,
    143 SIGTERM). The SIGTERM handler is installed for the duration of the call and then restored."""
    previous = _install_sigterm()
    try:
        return _main(argv)
    except Terminated as exc:
        typer.echo("tradeclaims: terminated", err=True)
        return int(exc.code)
    finally:
        if previous is not None:
            try:
                signal.signal(signal.SIGTERM, previous)
            except (ValueError, OSError):  # pragma: no cover
                pass


def _main(argv: Optional[List[str]]) -> int:
    cmd = typer.main.get_command(app)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        rv = cmd.main(args=args, prog_name="tradeclaims", standalone_mode=False)
        return rv if isinstance(rv, int) else 0
    except TradeClaimsError as exc:
        typer.echo(f"tradeclaims: error: {exc.message} [{exc.code}]", err=True)
        return 2
    except _exc_classes("NoArgsIsHelpError") as exc:
        typer.echo(exc.format_message())
        return 0
    except _exc_classes("Exit") as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except _exc_classes("ClickException") as exc:
        typer.echo(f"tradeclaims: error: {' '.join(exc.format_message().split())}", err=True)
        return exc.exit_code if exc.exit_code else 2
    except _exc_classes("Abort") + (KeyboardInterrupt,):
        typer.echo("tradeclaims: interrupted", err=True)
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        typer.echo(f"tradeclaims: error: {exc.strerror or exc}{where}", err=True)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
