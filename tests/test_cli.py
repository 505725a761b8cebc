"""The command line: exit codes, one-line messages, the four tables, evaluate, stdin.

Most tests call ``extractor.cli.main(argv)`` in-process with a test double for the Extractor (each
"<number>%" is a claim); one test runs the real console command in a subprocess on standard input.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extractor import __version__
from extractor.cli import main
from extractor.evaluate import REQUIRED_COLUMNS
from extractor.io.writers import read_table
from extractor.pipeline import ArticleResult, Extractor


class _Fake:
    def process_many(self, articles, batch_size=32):
        for art in articles:
            n = art.text.count("%")
            yield (
                art,
                ArticleResult(
                    claims=[{"claim_id": f"{art.doc_id}-{i}", "obs_value": 1.0} for i in range(n)],
                    n_sentences=1,
                ),
            )

    def process(self, art):
        return next(self.process_many([art]))[1]


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(Extractor, "default", classmethod(lambda cls: _Fake()))


@pytest.fixture
def dump(tmp_path) -> Path:
    f = tmp_path / "dump.jsonl"
    f.write_bytes(
        b"\n".join(
            [
                json.dumps(
                    {"id": "ok1", "text": "Exports rose 4% and 5%.", "published": "2024-01-02"}
                ).encode(),
                b'{"id": "broken"',
                json.dumps({"id": "notext"}).encode(),
                json.dumps({"id": "empty", "text": ""}).encode(),
                b'{"id": "latin", "text": "\xe9t\xe9"}',
                json.dumps({"id": "ok1", "text": "again 1%"}).encode(),
                json.dumps({"id": "ok2", "text": "Imports fell 2%.", "published": "not a date"}).encode(),
            ]
        )
        + b"\n"
    )
    return f


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_extract_reports_bad_records_and_exits_0(dump, tmp_path, capsys, fake_extractor):
    out = tmp_path / "out"
    assert main(["extract", str(dump), "--out", str(out), "--quiet"]) == 0
    stdout = capsys.readouterr().out
    assert "5 articles (2 ok, 3 rejected): 3 claims" in stdout
    errs = read_table(out / "errors.csv")
    assert errs["error"].tolist() == [
        "invalid_json",
        "missing_text",
        "empty_text",
        "not_utf8",
        "duplicate_id",
        "bad_date",
    ]
    assert errs["record"].tolist() == ["2", "3", "4", "5", "6", "7"]
    arts = read_table(out / "articles.csv")
    assert arts[["doc_id", "status"]].values.tolist() == [
        ["ok1", "ok"],
        ["notext", "rejected"],
        ["empty", "rejected"],
        ["ok1", "rejected"],
        ["ok2", "ok"],
    ]
    assert read_table(out / "claims.csv")["claim_id"].tolist() == ["ok1-0", "ok1-1", "ok2-0"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_all_four_tables_with_headers_even_when_empty(tmp_path, fmt, fake_extractor, capsys):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"id": "x", "text": "no figures here"}) + "\n")
    out = tmp_path / "o"
    assert main(["extract", str(f), "--out", str(out), "--format", fmt, "-q"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{t}.{fmt}" for t in ("articles", "claims", "errors", "quantities"))
    claims = read_table(out / f"claims.{fmt}")
    assert len(claims) == 0 and "obs_value" in claims.columns
    if fmt == "csv":
        assert (out / "claims.csv").read_text().startswith("claim_id,doc_id,doc_url,")


def test_existing_tables_need_force(dump, tmp_path, capsys, fake_extractor):
    out = tmp_path / "o"
    assert main(["extract", str(dump), "--out", str(out), "-q"]) == 0
    before = (out / "claims.csv").read_text()
    capsys.readouterr()
    assert main(["extract", str(dump), "--out", str(out), "-q"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("tradeclaims: error:") and "--force" in line
    assert (out / "claims.csv").read_text() == before
    assert main(["extract", str(dump), "--out", str(out), "-q", "--force"]) == 0


@pytest.mark.parametrize(
    "args, needle",
    [
        (["extract", "MISSING.jsonl", "--out", "OUT"], "input not found"),
        (["extract", "DUMP", "--out", "OUT", "--format", "xlsx"], "unknown output format 'xlsx'"),
        (["extract", "DUMP", "--out", "OUT", "--published", "12/04/2024"], "--published '12/04/2024'"),
        (["extract", "DUMP", "--out", "OUT", "--engine", "spark"], "unknown --engine 'spark'"),
        (["extract", "DUMP", "--out", "OUT/claims.csv/x"], "output"),
        (["extract", "DUMP"], "Missing option"),
        (["extract", "DUMP", "--out", "OUT", "--frobnicate"], "No such option"),
    ],
)
def test_cannot_proceed_gives_one_line_and_nonzero(args, needle, dump, tmp_path, capsys, fake_extractor):
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("x")  # makes OUT/claims.csv/x impossible
    args = [a.replace("DUMP", str(dump)).replace("OUT", str(out)) for a in args]
    assert main(args) == 2
    line = _one_line(capsys.readouterr().err)
    assert needle in line


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"tradeclaims {__version__}"


def test_evaluate_command(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "articles.jsonl").write_text(
        json.dumps({"id": "g1", "text": "Exports rose 5% to $2 billion."}) + "\n"
    )
    (gold / "gold_claims.jsonl").write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {
                    "doc_id": "g1",
                    "value_text": "5%",
                    "value_char_start": 13,
                    "value_char_end": 15,
                    "obs_value": 5.0,
                    "unit": "percent",
                },
                {
                    "doc_id": "g1",
                    "value_text": "$2 billion",
                    "value_char_start": 19,
                    "value_char_end": 29,
                    "obs_value": 2e9,
                    "unit": "USD",
                },
            ]
        )
        + "\n"
    )
    pred = tmp_path / "claims.jsonl"
    pred.write_text(
        json.dumps(
            {
                **dict.fromkeys(REQUIRED_COLUMNS),
                "doc_id": "g1",
                "value_text": "5%",
                "value_char_start": 13,
                "value_char_end": 15,
                "obs_value": 5.0,
                "unit": "percent",
            }
        )
        + "\n"
    )
    assert main(["evaluate", str(gold), str(pred), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert (rep["value"]["precision"], rep["value"]["recall"]) == (1.0, 0.5)
    assert main(["evaluate", str(gold), str(pred)]) == 0
    assert "value+unit" in capsys.readouterr().out
    assert main(["evaluate", str(gold), str(pred), "--split", "devtest"]) == 2  # no splits.json
    assert "splits.json" in _one_line(capsys.readouterr().err)


def test_console_reads_stdin(tmp_path):
    """End to end with the real pipeline: JSONL on stdin ('-'), a bad line, exit 0."""
    out = tmp_path / "o"
    data = (
        json.dumps({"id": "s1", "text": "Coffee exports rose 5% in 2023.", "published": "2024-01-09"})
        + "\n{broken\n"
    ).encode()
    proc = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", "-", "--out", str(out), "--quiet"],
        input=data,
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    errs = read_table(out / "errors.csv")
    assert errs[["source", "record", "error"]].values.tolist() == [["<stdin>", "2", "invalid_json"]], errs[
        "message"
    ].tolist()
    arts = read_table(out / "articles.csv")
    assert arts[["doc_id", "doc_published", "status", "n_chars"]].values.tolist() == [
        ["s1", "2024-01-09", "ok", 31]
    ]


# --- defects found by testing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "DUMP", "--out", "OUT", "--format", "xml"],
        ["extract", "--format", "xml", "DUMP", "--out", "OUT"],
        ["extract", "-f", "xml", "--out", "OUT", "DUMP"],
        ["extract", "DUMP", "--format=xml", "--out", "OUT"],
        ["extract", "DUMP", "--out", "OUT", "--format", "csv", "--format", "xml"],  # the last one counts
        ["extract", "DUMP", "--out", "OUT", "--format", "xml", "--engine", "dask"],
        ["extract", "--engine", "dask", "-f", "xml", "DUMP", "-o", "OUT", "--scheduler", "synchronous"],
        ["extract", "-", "--out", "OUT", "--format", "xml"],
    ],
)
def test_unknown_format_is_refused_on_every_path(args, dump, tmp_path, capsys, fake_extractor):
    out = tmp_path / "never"
    args = [a.replace("DUMP", str(dump)).replace("OUT", str(out)) for a in args]
    assert main(args) == 2
    line = _one_line(capsys.readouterr().err)
    assert line == (
        "tradeclaims: error: unknown output format 'xml'; expected one of csv, parquet, jsonl [E110]"
    )
    assert not out.exists()  # refused before the output folder is even created


def test_max_chars_option(tmp_path, capsys, fake_extractor):
    f = tmp_path / "d.jsonl"
    f.write_text(
        json.dumps({"id": "short", "text": "Up 4%."})
        + "\n"
        + json.dumps({"id": "long", "text": "Up 4% and 5%."})
        + "\n"
    )
    out = tmp_path / "o"
    assert main(["extract", str(f), "--out", str(out), "--max-chars", "6", "-q"]) == 0
    errs = read_table(out / "errors.csv")
    assert errs[["doc_id", "error", "message"]].values.tolist() == [
        ["long", "too_large", "text has 13 characters, over the limit of 6"]
    ]
    capsys.readouterr()
    assert main(["extract", str(f), "--out", str(tmp_path / "o2"), "--max-chars", "0", "-q"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.endswith("--max-chars must be a whole number of at least 1, got 0 [E117]")


def test_rejected_records_give_errors_and_articles_rows(tmp_path, capsys, fake_extractor):
    f = tmp_path / "d.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in [{"id": "n", "text": 123}, {"id": "z", "text": None}]))
    out = tmp_path / "o"
    assert main(["extract", str(f), "--out", str(out), "-q"]) == 0
    assert read_table(out / "errors.csv")[["doc_id", "error"]].values.tolist() == [
        ["n", "invalid_record"],
        ["z", "missing_text"],
    ]
    assert read_table(out / "articles.csv")[["doc_id", "status"]].values.tolist() == [
        ["n", "rejected"],
        ["z", "rejected"],
    ]


def test_relative_published_is_a_bad_date_warning(tmp_path, capsys, fake_extractor):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "y", "text": "Up 4%.", "published": "yesterday"}) + "\n")
    out = tmp_path / "o"
    assert main(["extract", str(f), "--out", str(out), "-q"]) == 0
    assert read_table(out / "errors.csv")[["doc_id", "error"]].values.tolist() == [["y", "bad_date"]]
    arts = read_table(out / "articles.csv")
    assert arts[["doc_id", "status"]].values.tolist() == [["y", "ok"]]
    assert pd.isna(arts.loc[0, "doc_published"])


def test_quiet_silences_third_party_loggers(tmp_path, capsys, monkeypatch):
    import logging

    class Noisy(_Fake):
        def process_many(self, articles, batch_size=32):
            logging.getLogger("trafilatura.core").error("lxml parsing failed: Document is empty")
            logging.getLogger("extractor.somewhere").error("own error")
            yield from super().process_many(articles, batch_size)

    monkeypatch.setattr(Extractor, "default", classmethod(lambda cls: Noisy()))
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Up 4%."}) + "\n")
    assert main(["extract", str(f), "--out", str(tmp_path / "q"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "lxml" not in err and "tradeclaims: ERROR: own error" in err
    assert main(["extract", str(f), "--out", str(tmp_path / "v")]) == 0  # not quiet: both shown
    err = capsys.readouterr().err
    assert "tradeclaims: ERROR: lxml parsing failed" in err and "own error" in err


def test_sigterm_in_process_removes_temp_files_and_exits_143(tmp_path, capsys, monkeypatch):
    import os
    import signal

    class Killed(_Fake):
        def process_many(self, articles, batch_size=32):
            os.kill(os.getpid(), signal.SIGTERM)
            yield from super().process_many(articles, batch_size)

    monkeypatch.setattr(Extractor, "default", classmethod(lambda cls: Killed()))
    before = signal.getsignal(signal.SIGTERM)
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Up 4%."}) + "\n")
    out = tmp_path / "o"
    assert main(["extract", str(f), "--out", str(out), "-q"]) == 143
    assert _one_line(capsys.readouterr().err) == "tradeclaims: terminated"
    assert list(out.iterdir()) == []  # neither tables nor .*.tmp files
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is restored after the call


def test_sigterm_console_removes_temp_files(tmp_path):
    """The real console command, waiting on standard input (its temporary tables already open), is
    stopped with SIGTERM as `timeout` does: exit 143 and an empty output folder."""
    import signal
    import time

    out = tmp_path / "o"
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", "-", "--out", str(out), "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not (out.is_dir() and len(list(out.iterdir())) == 4):
            time.sleep(0.05)
        assert len(list(out.iterdir())) == 4  # the four temporary files exist while it runs
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err.decode()
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    "name, data, needle",
    [
        ("empty.csv", b"", "the file is empty (no header row) [E212]"),
        ("garbage.jsonl", b"\x9c\xff\x00\x13garbage", "not UTF-8 text (byte 0 is b'\\x9c') [E212]"),
        ("garbage.parquet", b"not parquet at all", "[E212]"),
        ("claims.txt", b"doc_id\n", "unknown table format 'txt' [E212]"),
        (
            "partial.csv",
            b"doc_id,value_text\ng1,5%\n",
            "lacks the column(s) the evaluation needs: value_char_start, value_char_end, obs_value, unit, "
            "qualifier, indicator, value_type, reporter, partner, flow, product, period_start, period_end, "
            "status [E213]",
        ),
    ],
)
def test_evaluate_unreadable_claims_give_one_line(tmp_path, capsys, name, data, needle):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "articles.jsonl").write_text(json.dumps({"id": "g1", "text": "Up 5%."}) + "\n")
    (gold / "gold_claims.jsonl").write_text(json.dumps({"doc_id": "g1", "obs_value": 5.0}) + "\n")
    f = tmp_path / name
    f.write_bytes(data)
    assert main(["evaluate", str(gold), str(f)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("tradeclaims: error: ") and name in line and line.endswith(needle), line
