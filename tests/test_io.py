"""Readers, dates, writers and the run loop (extractor.io.*, extractor.runner).

The run-loop tests use a small test double for the Extractor (every "<number>%" in the text is one claim
and one quantity) so that they check the plumbing, not the NLP, and stay fast.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extractor.errors import InputError
from extractor.io import writers
from extractor.io.dates import parse_published
from extractor.io.readers import RejectedRecord, check_inputs, iter_articles
from extractor.io.writers import read_table, write_table, write_tables
from extractor.pipeline import ArticleResult
from extractor.runner import run, sha256
from extractor.schema import TABLES, to_frame
from extractor.types import Article, RecordError


class PercentExtractor:
    """Test double for extractor.pipeline.Extractor: each "<number>%" is a claim and a quantity;
    a text containing EXPLODE raises (a processing failure)."""

    def process_many(self, articles, batch_size=32):
        for art in articles:
            if "EXPLODE" in art.text:
                raise RuntimeError("component failed\non two lines")
            claims, qtys = [], []
            for m in re.finditer(r"(\d+(?:\.\d+)?)%", art.text):
                cid = f"{art.doc_id}:{m.start()}"
                claims.append(
                    {
                        "claim_id": cid,
                        "value_text": m.group(0),
                        "value_char_start": m.start(),
                        "value_char_end": m.end(),
                        "obs_value": float(m.group(1)),
                        "unit": "percent",
                    }
                )
                qtys.append(
                    {
                        "value_text": m.group(0),
                        "value_char_start": m.start(),
                        "value_char_end": m.end(),
                        "is_claim": True,
                        "claim_id": cid,
                    }
                )
            yield art, ArticleResult(claims=claims, quantities=qtys, n_sentences=art.text.count("."))

    def process(self, art):
        return next(iter(self.process_many([art])))[1]


def _items(inputs, **kw):
    return list(iter_articles([str(i) for i in inputs], **kw))


def _jsonl(path: Path, lines: list) -> Path:
    path.write_bytes(
        b"".join((ln if isinstance(ln, bytes) else json.dumps(ln).encode()) + b"\n" for ln in lines)
    )
    return path


# --- dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-04-12", date(2024, 4, 12)),
        ("2024-04-12T10:30:00Z", date(2024, 4, 12)),
        ("2024-04-12T23:30:00-05:00", date(2024, 4, 13)),  # 04:30 UTC on the 13th
        ("2024-04-13T01:00:00+03:00", date(2024, 4, 12)),  # 22:00 UTC on the 12th
        ("2024-04-12T23:30:00", date(2024, 4, 12)),  # no zone: the date as written
        ("Fri, 12 Apr 2024 22:15:00 -0300", date(2024, 4, 13)),
        ("Fri, 12 Apr 2024 10:30:00 GMT", date(2024, 4, 12)),
        ("20240412T103000Z", date(2024, 4, 12)),
        ("20240412103000", date(2024, 4, 12)),
        (1712917800, date(2024, 4, 12)),  # 2024-04-12 10:30 UTC
        ("1712966400", date(2024, 4, 13)),  # 2024-04-13 00:00 UTC
        (1712966399.5, date(2024, 4, 12)),
        ("April 12, 2024", date(2024, 4, 12)),
        ("12 April 2024", date(2024, 4, 12)),
        (date(2023, 1, 31), date(2023, 1, 31)),
        ("next Tuesday-ish", None),
        ("2024-02-30", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


# --- readers ----------------------------------------------------------------------------------------------


def test_jsonl_bad_records_are_reported_and_reading_goes_on(tmp_path):
    f = _jsonl(
        tmp_path / "dump.jsonl",
        [
            {"id": "a1", "text": "Exports rose 5%.", "published": "2024-01-10"},
            b'{"id": "a2", "text": "broken',  # line 2: not JSON
            {"id": "a3", "title": "No body"},  # line 3: no text field
            {"id": "a4", "text": "   "},  # line 4: blank text
            b'{"id": "a5", "text": "caf\xe9 prices"}',  # line 5: latin-1 byte, not UTF-8
            {"id": "a1", "text": "Same id again."},  # line 6: duplicate of a1
            {"id": "a7", "text": "Imports fell 2%.", "published": "someday"},  # line 7: bad date
            {"url": "https://news.example/8", "text": "Tea sales held."},  # line 8: id from url
            {"text": "No id or url."},  # line 9: id from file:line
        ],
    )
    items = _items([f])
    errs = [(e.record, e.error, e.doc_id) for e in items if isinstance(e, RecordError)]
    assert errs == [
        ("2", "invalid_json", None),
        ("3", "missing_text", "a3"),
        ("4", "empty_text", "a4"),
        ("5", "not_utf8", None),
        ("6", "duplicate_id", "a1"),
        ("7", "bad_date", "a7"),
    ]
    rejected = [e.article.doc_id for e in items if isinstance(e, RejectedRecord)]
    assert rejected == ["a3", "a4", "a1"]
    arts = [a for a in items if isinstance(a, Article)]
    assert [a.doc_id for a in arts] == ["a1", "a7", "https://news.example/8", "dump.jsonl:9"]
    assert arts[0].published == date(2024, 1, 10) and arts[0].published_source == "record"
    assert arts[1].published is None and arts[1].published_source is None
    # the bad_date warning comes right before its article
    i = next(k for k, e in enumerate(items) if isinstance(e, RecordError) and e.error == "bad_date")
    assert isinstance(items[i + 1], Article) and items[i + 1].doc_id == "a7"


def test_published_option_fills_only_missing_dates(tmp_path):
    f = _jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "x", "text": "t", "date": "2023-05-02"},
            {"id": "y", "text": "t"},
            {"id": "z", "text": "t", "seendate": "garbled"},
        ],
    )
    arts = {a.doc_id: a for a in _items([f], published_default=date(2024, 4, 12)) if isinstance(a, Article)}
    assert (arts["x"].published, arts["x"].published_source) == (date(2023, 5, 2), "record")
    assert (arts["y"].published, arts["y"].published_source) == (date(2024, 4, 12), "option")
    assert (arts["z"].published, arts["z"].published_source) == (date(2024, 4, 12), "option")


def test_too_large_is_rejected(tmp_path):
    f = _jsonl(tmp_path / "d.jsonl", [{"id": "big", "text": "x" * 101}, {"id": "ok", "text": "x" * 100}])
    items = _items([f], max_chars=100)
    assert [(type(i).__name__, i.doc_id) for i in items] == [("RejectedRecord", "big"), ("Article", "ok")]
    assert items[0].error == "too_large"


def test_gzipped_jsonl_and_json_array(tmp_path):
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wb") as fh:
        fh.write(
            b'{"article_id": 17, "maintext": "Rice exports rose.", "canonical_link": "https://n.example/r"}\n'
        )
    arr = tmp_path / "b.json"
    arr.write_text(json.dumps([{"doc_id": "j1", "body": "Coal imports fell."}]), encoding="utf-8")
    arts = _items([gz, arr])
    assert [(a.doc_id, a.text, a.url) for a in arts] == [
        ("17", "Rice exports rose.", "https://n.example/r"),
        ("j1", "Coal imports fell.", None),
    ]


def test_csv_with_aliases_and_multiline_text(tmp_path):
    f = tmp_path / "news.csv"
    f.write_text(
        "article_id,title,maintext,date_publish,link\n"
        'n1,Steel,"Steel exports rose 4%.\nSecond line.",2024-03-01 08:00:00,https://n.example/1\n'
        "n2,Empty,,2024-03-02,\n"
        ",Tea,Tea imports fell 1%.,2024-13-45,https://n.example/3\n",
        encoding="utf-8",
    )
    items = _items([f])
    a1 = items[0]
    assert (a1.doc_id, a1.title, a1.text, a1.published, a1.url, a1.record) == (
        "n1",
        "Steel",
        "Steel exports rose 4%.\nSecond line.",
        date(2024, 3, 1),
        "https://n.example/1",
        "2",
    )
    assert isinstance(items[1], RejectedRecord) and items[1].error == "empty_text" and items[1].record == "4"
    assert items[2].error == "bad_date" and items[2].doc_id == "https://n.example/3"
    assert items[3].doc_id == "https://n.example/3" and items[3].published is None


def test_parquet_input(tmp_path):
    pytest.importorskip("pyarrow")
    f = tmp_path / "p.parquet"
    pd.DataFrame(
        {
            "id": ["p1", "p2"],
            "content": ["Wheat exports rose 3%.", None],
            "publish_date": [pd.Timestamp("2024-02-01T23:00:00Z"), None],
        }
    ).to_parquet(f)
    items = _items([f])
    assert (items[0].doc_id, items[0].published) == ("p1", date(2024, 2, 1))
    assert isinstance(items[1], RejectedRecord) and items[1].error == "missing_text"


def test_txt_and_non_utf8_txt(tmp_path):
    (tmp_path / "good.txt").write_text("Copper exports rose 7%.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe invalid \xc3\x28")
    items = _items([tmp_path])  # a directory: sorted, so bad.txt first
    assert isinstance(items[0], RecordError) and not isinstance(items[0], RejectedRecord)
    assert (items[0].error, items[0].doc_id) == ("not_utf8", "bad")
    assert (items[1].doc_id, items[1].text, items[1].text_extracted) == (
        "good",
        "Copper exports rose 7%.",
        False,
    )


def test_html_file(tmp_path):
    pytest.importorskip("trafilatura")
    f = tmp_path / "cocoa-story.html"
    f.write_text(
        "<html><head><title>Cocoa shipments slow</title>"
        '<meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>'
        "<body><nav>Home | World | Markets</nav><article><h1>Cocoa shipments slow</h1>"
        "<p>Ivory Coast shipped 1.2 million tonnes of cocoa beans between October and April, "
        "down 28% on the same period a year earlier, exporters estimated on Monday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (a,) = _items([f])
    assert a.doc_id == "cocoa-story" and a.text_extracted and a.title == "Cocoa shipments slow"
    assert "down 28% on the same period" in a.text and "Markets" not in a.text
    assert (a.published, a.published_source) == (date(2024, 5, 6), "html")


def test_warc_file(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "crawl.warc.gz"
    page = (
        b"<html><head><title>Port volumes</title></head><body><article><p>The port handled 4.2 million "
        b"containers last year, up 6% on the year before, its operator said on Monday.</p>"
        b"</article></body></html>"
    )
    with open(f, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for uri, ctype, body in (
            ("https://news.example/port", "text/html; charset=utf-8", page),
            ("https://news.example/logo.png", "image/png", b"\x89PNG"),
        ):
            hdr = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hdr))
    (a,) = _items([f])
    assert (a.doc_id, a.url, a.title, a.text_extracted) == (
        "https://news.example/port",
        "https://news.example/port",
        "Port volumes",
        True,
    )
    assert a.text.startswith("The port handled 4.2 million containers")


def test_stdin_dash():
    data = b'{"id": "s1", "text": "Oil imports rose 9%."}\nnot json\n'
    items = list(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert items[0].doc_id == "s1" and items[0].source == "<stdin>"
    assert (items[1].error, items[1].record, items[1].source) == ("invalid_json", "2", "<stdin>")


def test_check_inputs_refuses_missing_and_unknown(tmp_path):
    with pytest.raises(InputError) as e:
        check_inputs([str(tmp_path / "nope.jsonl")])
    assert e.value.code == "E201"
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(InputError) as e:
        check_inputs([str(tmp_path / "x.docx")])
    assert e.value.code == "E202"


# --- writers ----------------------------------------------------------------------------------------------

CLAIM_ROWS = [
    {
        "claim_id": "c1",
        "doc_id": "d1",
        "hs_code": "0901",
        "reporter": "NAM",
        "partner": "WLD",
        "obs_value": 66.66666666666667,
        "value_char_start": 0,
        "value_char_end": 10,
        "unit_mult": 9,
        "period_start": date(2023, 10, 1),
        "sentence": 'He said, "exports, mostly coffee, rose"\nthen left',
    },
    {"claim_id": "c2", "doc_id": "d2", "obs_value": -2e10, "confidence": 0.5},
]
QTY_ROWS = [{"doc_id": "d1", "is_claim": True, "obs_value": 1e-7}, {"doc_id": "d1", "is_claim": False}]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_round_trip_keeps_dtypes_and_values(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    paths = write_tables(
        {"claims": to_frame("claims", CLAIM_ROWS), "quantities": to_frame("quantities", QTY_ROWS)},
        tmp_path,
        fmt,
    )
    assert sorted(paths) == ["articles", "claims", "errors", "quantities"]
    claims = read_table(paths["claims"])
    assert list(claims.columns) == list(TABLES["claims"])
    assert claims.loc[0, "hs_code"] == "0901" and claims.loc[0, "reporter"] == "NAM"
    assert claims.loc[0, "period_start"] == "2023-10-01"
    assert claims.loc[0, "obs_value"] == 66.66666666666667 and claims.loc[1, "obs_value"] == -2e10
    assert claims.loc[0, "sentence"] == 'He said, "exports, mostly coffee, rose"\nthen left'
    assert str(claims["unit_mult"].dtype) == "Int64" and claims["unit_mult"].isna().tolist() == [False, True]
    q = read_table(paths["quantities"])
    assert q["is_claim"].tolist() == [True, False] and str(q["is_claim"].dtype) == "boolean"
    errs = read_table(paths["errors"])
    assert len(errs) == 0 and list(errs.columns) == list(TABLES["errors"])
    pd.testing.assert_frame_equal(claims, to_frame("claims", CLAIM_ROWS))


def test_csv_dialect(tmp_path):
    write_table(
        to_frame(
            "errors",
            [{"source": "a.jsonl", "record": "3", "error": "invalid_json", "message": "bad, very bad"}],
        ),
        tmp_path / "errors.csv",
        "csv",
    )
    assert (tmp_path / "errors.csv").read_text(encoding="utf-8") == (
        'source,record,doc_id,error,message\na.jsonl,3,,invalid_json,"bad, very bad"\n'
    )
    write_table(None, tmp_path / "articles.csv", "csv")
    assert (tmp_path / "articles.csv").read_text().strip() == ",".join(TABLES["articles"])


def test_existing_tables_are_refused_before_anything_is_written(tmp_path):
    (tmp_path / "errors.csv").write_text("keep me")
    with pytest.raises(InputError) as e:
        write_tables({"claims": to_frame("claims", CLAIM_ROWS)}, tmp_path, "csv")
    assert e.value.code == "E203" and "errors.csv" in e.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.csv"]
    assert (tmp_path / "errors.csv").read_text() == "keep me"
    write_tables({}, tmp_path, "csv", force=True)
    assert (tmp_path / "errors.csv").read_text().startswith("source,record")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_crash_while_writing_leaves_no_half_table(tmp_path, monkeypatch, fmt):
    (tmp_path / f"claims.{fmt}").write_text("old table")
    real = writers.TableWriter.write_frame
    calls = {"n": 0}

    def failing(self, df):
        calls["n"] += 1
        if calls["n"] == 2:  # the second table fails half-way through the run
            raise OSError("disk full")
        return real(self, df)

    monkeypatch.setattr(writers.TableWriter, "write_frame", failing)
    with pytest.raises(OSError):
        write_tables(
            {"claims": to_frame("claims", CLAIM_ROWS), "quantities": to_frame("quantities", QTY_ROWS)},
            tmp_path,
            fmt,
            force=True,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"claims.{fmt}"]  # no temp file, no new table
    assert (tmp_path / f"claims.{fmt}").read_text() == "old table"


# --- the run loop -----------------------------------------------------------------------------------------


def test_run_writes_all_tables_and_reports_bad_records(tmp_path):
    f = _jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": "Exports rose 12% and imports 3.5%.", "published": "2024-02-01"},
            b"{oops",
            {"id": "b", "text": ""},
            {"id": "a", "text": "dup"},
            {"id": "c", "text": "EXPLODE here"},
            {"id": "d", "text": "Nothing to see. Really.", "published": "31/31/2024"},
        ],
    )
    out = tmp_path / "out"
    s = run([str(f)], out, progress=False, extractor=PercentExtractor(), published="2024-04-12")
    assert (s.n_articles, s.n_ok, s.n_rejected, s.n_claims, s.n_quantities) == (5, 2, 3, 2, 2)
    assert s.n_errors == 5 and s.n_warnings == 1
    arts = read_table(out / "articles.csv").set_index("doc_id")
    assert arts.loc["d", "status"] == "ok" and arts.loc["d", "n_sentences"] == 2
    assert (arts.loc["d", "doc_published"], arts.loc["d", "published_source"]) == ("2024-04-12", "option")
    assert arts.loc["c", "status"] == "rejected" and arts.loc["b", "status"] == "rejected"
    ok_a = arts[(arts.index == "a") & (arts["status"] == "ok")].iloc[0]
    assert (ok_a["n_claims"], ok_a["n_chars"], ok_a["text_sha256"]) == (
        2,
        34,
        sha256("Exports rose 12% and imports 3.5%."),
    )
    assert pd.isna(ok_a["text"])  # JSONL texts are not copied unless --keep-text
    errs = read_table(out / "errors.csv")
    assert errs["error"].tolist() == [
        "invalid_json",
        "empty_text",
        "duplicate_id",
        "processing_failed",
        "bad_date",
    ]
    failed = errs[errs["error"] == "processing_failed"].iloc[0]
    assert failed["doc_id"] == "c" and failed["message"] == "RuntimeError: component failed on two lines"
    claims = read_table(out / "claims.csv")
    assert claims[
        ["doc_id", "value_text", "value_char_start", "obs_value", "doc_published"]
    ].values.tolist() == [["a", "12%", 13, 12.0, "2024-02-01"], ["a", "3.5%", 29, 3.5, "2024-02-01"]]
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.csv",
        "claims.csv",
        "errors.csv",
        "quantities.csv",
    ]


def test_run_keep_text_and_html_text(tmp_path):
    (tmp_path / "a.txt").write_text("Tin exports rose 2%.", encoding="utf-8")
    s = run(
        [str(tmp_path / "a.txt")],
        tmp_path / "o",
        fmt="jsonl",
        keep_text=True,
        progress=False,
        extractor=PercentExtractor(),
    )
    rows = [json.loads(x) for x in (tmp_path / "o" / "articles.jsonl").read_text().splitlines()]
    assert rows[0]["text"] == "Tin exports rose 2%." and rows[0]["doc_published"] is None and s.n_claims == 1


def test_run_failure_mid_way_leaves_nothing(tmp_path, monkeypatch):
    f = _jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": f"Up {i}%."} for i in range(5)])
    import extractor.runner as runner_mod

    monkeypatch.setattr(runner_mod, "FLUSH_ROWS", 1)  # stream rows to the temp files as they come
    real = writers.TableWriter.write_rows
    seen = {"n": 0}

    def failing(self, rows):
        seen["n"] += 1
        if seen["n"] == 6:
            raise RuntimeError("writer crashed")
        return real(self, rows)

    monkeypatch.setattr(writers.TableWriter, "write_rows", failing)
    with pytest.raises(RuntimeError):
        run([str(f)], tmp_path / "o", progress=False, extractor=PercentExtractor())
    assert list((tmp_path / "o").iterdir()) == []


def test_pattern_error_stops_the_run(tmp_path):
    from extractor.errors import PatternError

    class Broken(PercentExtractor):
        def process_many(self, articles, batch_size=32):
            raise PatternError("E009", "p_x.jsonl:3: kind='x' not allowed")
            yield  # pragma: no cover

    f = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Up 1%."}])
    with pytest.raises(PatternError):
        run([str(f)], tmp_path / "o", progress=False, extractor=Broken())
    assert list((tmp_path / "o").iterdir()) == []


def test_text_alias_skips_blank_fields(tmp_path):
    f = _jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "n", "text": "", "maintext": "Sugar exports rose 3%."},
            {"id": "m", "text": None, "content": " "},
        ],
    )
    items = _items([f])
    assert items[0].text == "Sugar exports rose 3%."
    assert items[1].error == "empty_text"


def test_a_document_with_an_untypable_row_is_a_processing_failure(tmp_path):
    class BadRow(PercentExtractor):
        def process_many(self, articles, batch_size=32):
            for art, res in super().process_many(articles, batch_size):
                if art.doc_id == "bad":
                    res.claims[0]["value_char_start"] = "thirteen"
                yield art, res

    f = _jsonl(tmp_path / "in.jsonl", [{"id": "bad", "text": "Up 1%."}, {"id": "good", "text": "Up 2%."}])
    s = run([str(f)], tmp_path / "o", progress=False, extractor=BadRow())
    assert (s.n_ok, s.n_rejected, s.n_claims) == (1, 1, 1)
    errs = read_table(tmp_path / "o" / "errors.csv")
    assert errs[["doc_id", "error"]].values.tolist() == [["bad", "processing_failed"]]
    assert "value_char_start" in errs.loc[0, "message"]


# --- defects found by testing: relative dates, rejected records, encodings, WARC, clean-up ----------------


@pytest.mark.parametrize(
    "value",
    ["yesterday", "today", "tomorrow", "2 days ago", "3 hours ago", "in 2 weeks", "a year ago", "12/04/24"],
)
def test_relative_words_and_two_digit_years_are_not_dates(value):
    # before the fix, dateparser resolved these against its fixed base 2000-01-01 ("yesterday" -> 1999-12-31)
    # and read "12/04/24" as 1924-04-12
    assert parse_published(value) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("12.04.2024", date(2024, 4, 12)),  # day.month.year, all written
        ("3rd September 2024, 14:00", date(2024, 9, 3)),
        ("Sept. 3, 2024", date(2024, 9, 3)),
    ],
)
def test_fallback_still_reads_written_out_days(value, expected):
    assert parse_published(value) == expected


def test_written_out():
    from extractor.io.dates import written_out

    assert written_out("12.04.2024", date(2024, 4, 12))
    assert written_out("Sept. 3, 2024", date(2024, 9, 3))
    assert not written_out("yesterday", date(1999, 12, 31))
    assert not written_out("12/04/24", date(1924, 4, 12))  # the year is not written with four digits
    assert not written_out("12 April 2024", date(2024, 4, 13))  # the day 13 is not in the text


def test_relative_published_gives_bad_date_and_null_date(tmp_path):
    f = _jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "r1", "text": "Exports rose 5%.", "published": "yesterday"},
            {"id": "r2", "text": "Imports fell 2%.", "published": "2 days ago"},
        ],
    )
    w1, a1, w2, a2 = _items([f])
    assert (w1.error, w1.doc_id, w2.error, w2.doc_id) == ("bad_date", "r1", "bad_date", "r2")
    assert "'yesterday'" in w1.message
    assert (a1.doc_id, a1.published, a1.published_source) == ("r1", None, None)
    assert (a2.doc_id, a2.published) == ("r2", None)
    # with --published the option date is used instead, never a resolved "yesterday"
    _, b1, _, _ = _items([f], published_default=date(2024, 4, 12))
    assert (b1.published, b1.published_source) == (date(2024, 4, 12), "option")


@pytest.mark.parametrize(
    "text, shown",
    [
        (123, "int 123"),
        (["a"], "list ['a']"),
        ({"p": 1}, "dict {'p': 1}"),
        (True, "bool True"),
        (2.5, "float 2.5"),
    ],
)
def test_text_of_a_wrong_type_is_rejected_with_an_article(tmp_path, text, shown):
    f = _jsonl(tmp_path / "d.jsonl", [{"id": "w", "text": text, "title": "T", "published": "2024-03-01"}])
    (rej,) = _items([f])
    assert isinstance(rej, RejectedRecord)
    assert (rej.error, rej.doc_id, rej.record) == ("invalid_record", "w", "1")
    assert rej.message == f"text must be a string, got {shown}"
    assert (rej.article.doc_id, rej.article.title, rej.article.text) == ("w", "T", "")
    assert rej.article.published == date(2024, 3, 1)


def test_every_parsed_but_rejected_record_gives_both_rows(tmp_path):
    f = _jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "int", "text": 123},
            {"id": "list", "text": ["a"]},
            {"id": "null", "text": None},
            {"id": "empty", "text": ""},
            {"id": "ok", "text": "Up 4%."},
            [1, 2],  # not a record at all: errors row only
        ],
    )
    s = run([str(f)], tmp_path / "o", progress=False, extractor=PercentExtractor())
    errs = read_table(tmp_path / "o" / "errors.csv")
    assert errs[["doc_id", "error"]].fillna("-").values.tolist() == [
        ["int", "invalid_record"],
        ["list", "invalid_record"],
        ["null", "missing_text"],
        ["empty", "empty_text"],
        ["-", "invalid_record"],
    ]
    arts = read_table(tmp_path / "o" / "articles.csv")
    assert arts[["doc_id", "status"]].values.tolist() == [
        ["int", "rejected"],
        ["list", "rejected"],
        ["null", "rejected"],
        ["empty", "rejected"],
        ["ok", "ok"],
    ]
    assert (s.n_articles, s.n_ok, s.n_rejected, s.n_errors) == (5, 1, 4, 5)


def test_parquet_float_text_is_rejected_with_an_article(tmp_path):
    pytest.importorskip("pyarrow")
    f = tmp_path / "d.parquet"
    pd.DataFrame({"id": ["f1", "f2"], "text": [1.5, float("nan")]}).to_parquet(f)
    r1, r2 = _items([f])
    assert (type(r1).__name__, r1.error, r1.doc_id, r1.message) == (
        "RejectedRecord",
        "invalid_record",
        "f1",
        "text must be a string, got float 1.5",
    )
    assert (type(r2).__name__, r2.error, r2.doc_id) == ("RejectedRecord", "missing_text", "f2")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_file_gives_one_not_utf8_row(tmp_path, encoding):
    f = tmp_path / "wide.jsonl"
    rec = json.dumps({"id": "u", "text": "Exports rose 5%."})
    f.write_bytes((rec + "\n" + rec.replace('"u"', '"v"') + "\n").encode(encoding))
    items = _items([f])
    assert [(i.error, i.record) for i in items] == [("not_utf8", "file")]
    assert ("UTF-32" if "32" in encoding else "UTF-16") in items[0].message


def test_a_utf16_csv_gives_one_not_utf8_row(tmp_path):
    f = tmp_path / "wide.csv"
    f.write_bytes("id,text\nc1,Exports rose 5%.\nc2,Imports fell 1%.\n".encode("utf-16"))
    items = _items([f])
    assert [(i.error, i.record) for i in items] == [("not_utf8", "file")]


def test_json_error_message_does_not_repeat_at(tmp_path):
    # the control character \x01 is the 24th character of the line
    f = _jsonl(tmp_path / "c.jsonl", [b'{"id": "c", "text": "ab\x01"}'])
    (e,) = _items([f])
    assert (e.error, e.message) == ("invalid_json", "not valid JSON: Invalid control character at column 24")
    g = tmp_path / "arr.json"
    g.write_bytes(b'[{"id": "c",\n "text": "ab\x01"}]')  # \x01 is the 13th character of line 2
    (e,) = _items([g])
    assert e.message == "not valid JSON: Invalid control character at line 2 column 13"


@pytest.mark.parametrize(
    "name, data, needle",
    [
        ("corrupt.warc.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
        ("fake.warc", b"hello this is not a warc", "not a WARC file"),
        ("empty.warc", b"", "empty file"),
        ("text.warc.gz", gzip.compress(b"hello this is not a warc\n"), "not a WARC file"),
    ],
)
def test_a_broken_warc_gives_an_unreadable_file_row(tmp_path, name, data, needle):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    f = tmp_path / name
    f.write_bytes(data)
    items = _items([f])
    kinds = [(type(i).__name__, i.error, i.record) for i in items]
    assert kinds == [("RecordError", "unreadable_file", "file")]
    assert needle in items[0].message and "\n" not in items[0].message


def test_max_chars_is_checked_and_applied(tmp_path):
    from extractor.errors import SettingsError

    f = _jsonl(tmp_path / "d.jsonl", [{"id": "s", "text": "Up 4%."}, {"id": "l", "text": "Up 4% and 5%."}])
    with pytest.raises(SettingsError) as e:
        run([str(f)], tmp_path / "o0", progress=False, extractor=PercentExtractor(), max_chars=0)
    assert e.value.code == "E117"
    assert not (tmp_path / "o0").exists()
    s = run([str(f)], tmp_path / "o", progress=False, extractor=PercentExtractor(), max_chars=6)
    errs = read_table(tmp_path / "o" / "errors.csv")
    # "Up 4%." has 6 characters (kept); "Up 4% and 5%." has 13 (rejected)
    assert errs[["doc_id", "error", "message"]].values.tolist() == [
        ["l", "too_large", "text has 13 characters, over the limit of 6"]
    ]
    assert (s.n_ok, s.n_rejected, s.n_claims) == (1, 1, 1)


@pytest.mark.parametrize("exc", [SystemExit(143), KeyboardInterrupt()])
def test_interrupted_run_removes_its_temporary_files(tmp_path, exc):
    class Interrupted(PercentExtractor):
        def process_many(self, articles, batch_size=32):
            raise exc
            yield  # pragma: no cover

    f = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Up 1%."}])
    out = tmp_path / "o"
    with pytest.raises(type(exc)):
        run([str(f)], out, progress=False, extractor=Interrupted())
    assert list(out.iterdir()) == []


def test_tableset_interrupted_while_opening_removes_what_it_created(tmp_path, monkeypatch):
    real = writers.TableWriter.__init__
    n = {"k": 0}

    def third_fails(self, path, fmt, table):
        n["k"] += 1
        if n["k"] == 3:
            raise SystemExit(143)  # as the CLI's SIGTERM handler raises it
        real(self, path, fmt, table)

    monkeypatch.setattr(writers.TableWriter, "__init__", third_fails)
    with pytest.raises(SystemExit):
        writers.TableSet(tmp_path / "o", "csv")
    assert list((tmp_path / "o").iterdir()) == []


def test_read_table_errors_name_the_line_or_column(tmp_path):
    j = tmp_path / "claims.jsonl"
    j.write_text('{"doc_id": "a", "obs_value": 1}\n[1, 2]\n')
    with pytest.raises(ValueError, match=r"^line 2: expected a JSON object, got list$"):
        read_table(j)
    c = tmp_path / "claims.csv"
    c.write_text("doc_id,obs_value\na,twelve\n")
    with pytest.raises(ValueError, match=r"^column obs_value \(Float64\): "):
        read_table(c)
    c.write_text("doc_id,value_text\na,5%\n")
    assert read_table(c).attrs["source_columns"] == ["doc_id", "value_text"]


def test_a_page_trafilatura_chokes_on_is_one_errors_row(tmp_path, monkeypatch):
    pytest.importorskip("trafilatura")
    from extractor.io import html as html_adapter

    def boom(src, url=None):
        if "BAD" in src:
            raise AttributeError("'NoneType' object has no attribute 'tag'")
        return html_adapter.HtmlPage(text="Tin exports rose 2%.")

    monkeypatch.setattr(html_adapter, "extract_page", boom)
    (tmp_path / "a.html").write_text("<p>BAD</p>")
    (tmp_path / "b.html").write_text("<p>fine</p>")
    a, b = _items([tmp_path])
    assert (a.error, a.doc_id, a.message) == (
        "invalid_record",
        "a",
        "HTML extraction failed: AttributeError: 'NoneType' object has no attribute 'tag'",
    )
    assert (b.doc_id, b.text) == ("b", "Tin exports rose 2%.")


def test_a_reader_bug_ends_that_file_only(tmp_path, monkeypatch):
    from extractor.io import readers

    def broken(path, state):
        yield Article(doc_id="first", text="Up 1%.", source=str(path), record="1")
        raise IndexError("list index out of range")

    monkeypatch.setitem(readers._READERS, "csv", broken)
    (tmp_path / "a.csv").write_text("id,text\n")
    _jsonl(tmp_path / "b.jsonl", [{"id": "next", "text": "Up 2%."}])
    first, err, nxt = _items([tmp_path / "a.csv", tmp_path / "b.jsonl"])
    assert first.doc_id == "first" and nxt.doc_id == "next"
    assert (err.error, err.record, err.message) == (
        "unreadable_file",
        "file",
        "reading stopped: IndexError: list index out of range",
    )
