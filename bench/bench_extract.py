"""Benchmark: tradeclaims ``run()`` against the plain spaCy model on the same synthetic corpus.

Usage::

    python bench/bench_extract.py [--n 400] [--seed 0] [--sentences 8] [--format csv] [--keep DIR]

The corpus is generated from ``bench/corpus_templates.jsonl`` (templates and slot values written for this
project; seeded, so every run sees the same texts). Both are measured in this process, so the figures that
matter are the RATIOS, which hold across machines:

- baseline: the English model tradeclaims uses (``extractor.nlp.load_language``), ``nlp.pipe`` over the
  texts (batch size 32, the default of ``Extractor.process_many``), nothing else;
- tradeclaims: :func:`extractor.runner.run` on the corpus as a JSONL file, tables written to a temp folder.

Each is timed once warm (the model is loaded before timing); peak Python memory of each is measured in a
separate pass with ``tracemalloc`` (which slows code down, so it is not timed). Printed: articles/s and
chars/s of both, time ratio (tradeclaims / spaCy) and memory ratio. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_templates(path: Path = HERE / "corpus_templates.jsonl") -> tuple[list, dict]:
    """Return (sentence templates, slot name -> values) from the templates file."""
    sentences, slots = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        rec = json.loads(s)
        if rec["kind"] == "sentence":
            sentences.append(rec["text"])
        else:
            slots[rec["name"]] = rec["values"]
    return sentences, slots


def make_corpus(n: int, seed: int = 0, sentences_per_article: int = 8) -> list[dict]:
    """``n`` synthetic articles (dicts with id, title, text, published), deterministic for a seed."""
    rng = random.Random(seed)
    templates, slots = load_templates()

    def fill(t: str) -> str:
        def one(m):
            name = m.group(1)
            if name == "num":
                return f"{rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])}"
            if name == "pct":
                return f"{round(rng.uniform(0.5, 60), 1)}"
            if name == "day":
                return str(rng.randint(1, 28))
            return rng.choice(slots[name])

        out = re.sub(r"\{(\w+)\}", one, t)
        return out[0].upper() + out[1:]

    arts = []
    for i in range(n):
        k = max(1, int(rng.gauss(sentences_per_article, 2)))
        paras = [
            " ".join(fill(rng.choice(templates)) for _ in range(rng.randint(1, 3))) for _ in range(k // 2 + 1)
        ]
        arts.append(
            {
                "id": f"bench-{i:06d}",
                "title": fill(rng.choice(templates)).rstrip("."),
                "text": "\n\n".join(paras),
                "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            }
        )
    return arts


def _spacy_pass(nlp, texts: list[str], batch_size: int = 32) -> int:
    n = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        n += len(doc)
    return n


def _tradeclaims_pass(corpus_file: Path, fmt: str, keep: Path | None) -> object:
    from extractor.runner import run

    out = keep if keep is not None else Path(tempfile.mkdtemp(prefix="tc-bench-"))
    return run([str(corpus_file)], out, fmt=fmt, force=True, progress=False)


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="number of articles")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sentences", type=int, default=8, help="mean sentences per article")
    ap.add_argument("--format", default="csv", choices=["csv", "jsonl", "parquet"])
    ap.add_argument("--keep", type=Path, default=None, help="write the tradeclaims tables here")
    args = ap.parse_args(argv)

    from extractor.nlp import load_language
    from extractor.pipeline import Extractor

    corpus = make_corpus(args.n, args.seed, args.sentences)
    texts = [a["text"] for a in corpus]
    n_chars = sum(len(t) for t in texts)
    tmp = Path(tempfile.mkdtemp(prefix="tc-bench-in-"))
    corpus_file = tmp / "corpus.jsonl"
    corpus_file.write_text("".join(json.dumps(a) + "\n" for a in corpus), encoding="utf-8")

    nlp = load_language()
    _spacy_pass(nlp, texts[:5])  # warm up both
    Extractor.default()
    t0 = time.perf_counter()
    _spacy_pass(nlp, texts)
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    summary = _tradeclaims_pass(corpus_file, args.format, args.keep)
    t_tc = time.perf_counter() - t0

    m_spacy = _peak(lambda: _spacy_pass(nlp, texts))
    m_tc = _peak(lambda: _tradeclaims_pass(corpus_file, args.format, None))

    res = {
        "articles": args.n,
        "chars": n_chars,
        "seed": args.seed,
        "spacy_articles_per_s": round(args.n / t_spacy, 1),
        "spacy_chars_per_s": round(n_chars / t_spacy),
        "tradeclaims_articles_per_s": round(args.n / t_tc, 1),
        "tradeclaims_chars_per_s": round(n_chars / t_tc),
        "time_ratio_tradeclaims_over_spacy": round(t_tc / t_spacy, 2),
        "peak_mem_ratio_tradeclaims_over_spacy": round(m_tc / m_spacy, 2) if m_spacy else None,
        "spacy_peak_mib": round(m_spacy / 2**20, 1),
        "tradeclaims_peak_mib": round(m_tc / 2**20, 1),
        "claims": summary.n_claims,
        "quantities": summary.n_quantities,
        "errors": summary.n_errors,
    }
    print(f"corpus: {args.n} articles, {n_chars:,} chars (seed {args.seed})")
    print(
        f"spaCy model alone : {res['spacy_articles_per_s']:>8} articles/s "
        f"{res['spacy_chars_per_s']:>10,} chars/s"
    )
    print(
        f"tradeclaims run() : {res['tradeclaims_articles_per_s']:>8} articles/s "
        f"{res['tradeclaims_chars_per_s']:>10,} chars/s"
    )
    print(
        f"time ratio tradeclaims/spaCy: {res['time_ratio_tradeclaims_over_spacy']}x; "
        f"peak memory ratio: {res['peak_mem_ratio_tradeclaims_over_spacy']}x "
        f"({res['tradeclaims_peak_mib']} / {res['spacy_peak_mib']} MiB traced by tracemalloc)"
    )
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
