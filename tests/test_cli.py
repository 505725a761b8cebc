"""The command line: exit codes, one-line messages, the four tables, evaluate, stdin.

Most tests call ``extractor.cli.main(argv)`` in-process with a test double for the Extractor (each
"<number>%" is a claim); one test runs the real console command in a subprocess on standard input.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import __version__
from extractor.cli import main
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
