"""The Dask engine gives the same tables as the local engine (3 articles, synchronous scheduler)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from extractor.io.writers import read_table
from extractor.pipeline import ArticleResult, Extractor
from extractor.runner import run

pytest.importorskip("dask")


class _Fake:
    """Test double: each "<number>%" is one claim and one quantity."""

    def process_many(self, articles, batch_size=32):
        for art in articles:
            ms = list(re.finditer(r"(\d+)%", art.text))
            yield (
                art,
                ArticleResult(
                    claims=[
                        {
                            "claim_id": f"{art.doc_id}:{m.start()}",
                            "value_char_start": m.start(),
                            "obs_value": float(m.group(1)),
                        }
                        for m in ms
                    ],
                    quantities=[{"value_char_start": m.start(), "is_claim": True} for m in ms],
                    n_sentences=art.text.count("."),
                ),
            )

    def process(self, art):
        return next(self.process_many([art]))[1]


def test_dask_engine_matches_local(tmp_path, monkeypatch):
    from extractor.engines.dask import run_dask

    fake = _Fake()
    monkeypatch.setattr(Extractor, "default", classmethod(lambda cls: fake))
    f = tmp_path / "in.jsonl"
    f.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "a", "text": "Exports rose 4%. Imports fell 2%.", "published": "2024-03-01"},
                {"id": "b", "text": ""},
                {"id": "c", "text": "Trade grew 7%."},
            ]
        )
        + "\n"
    )
    local = run([str(f)], tmp_path / "local", extractor=fake, progress=False, batch_size=2)
    dsum = run_dask([str(f)], tmp_path / "dask", scheduler="synchronous", npartitions=2, chunk_size=2)
    assert (
        (dsum.n_articles, dsum.n_ok, dsum.n_claims)
        == (local.n_articles, local.n_ok, local.n_claims)
        == (3, 2, 3)
    )
    for t in ("claims", "quantities", "articles", "errors"):
        pd.testing.assert_frame_equal(
            read_table(tmp_path / "dask" / f"{t}.csv"), read_table(tmp_path / "local" / f"{t}.csv")
        )
    claims = read_table(tmp_path / "dask" / "claims.csv")
    assert claims[["doc_id", "value_char_start", "obs_value"]].values.tolist() == [
        ["a", 13, 4.0],
        ["a", 30, 2.0],
        ["c", 11, 7.0],
    ]
