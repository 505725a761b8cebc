"""The same run as :func:`extractor.runner.run`, with the NLP spread over a Dask scheduler.

The driver reads the inputs (the readers are sequential and keep the duplicate-id check), cuts the articles
into chunks of ``chunk_size``, and for each chunk builds a ``dask.bag`` whose partitions are processed by
:func:`_process_partition` (one :class:`~extractor.pipeline.Extractor` per worker process, made once and
reused: ``Extractor.default()``). The rows come back to the driver in input order and are written with the
same atomic writers as the local engine, so both engines give the same tables.

Schedulers: ``client`` (a ``distributed.Client``) when given; else ``scheduler`` -- a ``tcp://`` address
(needs ``distributed``), or one of dask's local schedulers ``synchronous`` | ``threads`` | ``processes``;
by default a ``distributed.LocalCluster`` (one single-threaded worker per core) when ``distributed`` is
installed, else the ``processes`` scheduler (spaCy holds the GIL, so threads would not run in parallel).

dask is an optional dependency (``pip install 'tradeclaims[dask]'``), imported lazily.
"""

from __future__ import annotations

import itertools
import os
import time
from datetime import date
from pathlib import Path
from typing import Iterator, Optional, Union

from ..errors import InputError, SettingsError
from ..io.readers import DEFAULT_MAX_CHARS, check_inputs, iter_articles
from ..io.writers import TableSet, check_format
from ..runner import RowSink, RunSummary, process_batch, resolve_published
from ..types import RecordError

LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")


def _process_partition(articles: list, keep_text: bool) -> list:
    """Worker side: process one partition of articles; returns one ``Outcome`` per article, in order."""
    from ..pipeline import Extractor

    return process_batch(Extractor.default(), list(articles), keep_text)


def _import_dask():
    try:
        import dask
        import dask.bag as db
    except ImportError:
        raise InputError("E205", "--engine dask needs dask: pip install 'tradeclaims[dask]'") from None
    return dask, db


def _make_client(scheduler: Optional[str]):
    """Return (client or None, local scheduler name or None, cluster to close or None)."""
    if scheduler in LOCAL_SCHEDULERS:
        return None, scheduler, None
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        if scheduler:
            raise InputError(
                "E205", f"--scheduler {scheduler} needs distributed: pip install distributed"
            ) from None
        return None, "processes", None
    if scheduler:
        try:
            return Client(scheduler), None, None
        except (OSError, TimeoutError) as exc:
            raise InputError("E211", f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
    return Client(cluster), None, cluster


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def run_dask(
    inputs: list,
    out_dir: Union[str, Path],
    *,
    fmt: str = "csv",
    published: Union[str, date, None] = None,
    force: bool = False,
    keep_text: bool = False,
    progress: bool = False,
    client=None,
    scheduler: Optional[str] = None,
    npartitions: Optional[int] = None,
    chunk_size: int = 5000,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> RunSummary:
    """Run the extraction on Dask; arguments and result as :func:`extractor.runner.run`, plus:

    Args:
        client: a ``distributed.Client`` to use (it is not closed).
        scheduler: a scheduler address, or ``synchronous`` / ``threads`` / ``processes`` (see module doc).
        npartitions: partitions per chunk (default: 2 per core, at most one per article).
        chunk_size: articles sent to the cluster at a time (bounds the driver's memory).
        progress: unused (the Dask dashboard shows progress); accepted for symmetry with ``run``.

    Raises: as :func:`extractor.runner.run`; InputError E205 when dask (or distributed, for an address) is
    missing, E211 when the scheduler cannot be reached.
    """
    t0 = time.perf_counter()
    check_format(fmt)
    if chunk_size < 1:
        raise SettingsError("E116", f"chunk_size must be at least 1, got {chunk_size}")
    pub = resolve_published(published)
    inputs = check_inputs(inputs)
    dask, db = _import_dask()
    tables = TableSet(out_dir, fmt, force)
    own_client = cluster = None
    try:
        local = None
        if client is None:
            own_client, local, cluster = _make_client(scheduler)
            client = own_client
        sink = RowSink(tables, keep_text)
        nparts = npartitions or 2 * (os.cpu_count() or 1)

        pending: list = []  # Articles and RecordErrors in input order
        n_pending = 0

        def flush() -> None:
            nonlocal n_pending
            arts = [it for it in pending if not isinstance(it, RecordError)]
            outcomes: list = []
            if arts:
                bag = db.from_sequence(arts, npartitions=min(nparts, len(arts)))
                parts = bag.map_partitions(_process_partition, keep_text)
                if client is not None:
                    outcomes = client.compute(parts).result()
                else:
                    (outcomes,) = dask.compute(parts, scheduler=local)
            sink.emit(pending, list(outcomes))
            pending.clear()
            n_pending = 0

        for item in iter_articles(inputs, published_default=pub, max_chars=max_chars):
            pending.append(item)
            if not isinstance(item, RecordError):
                n_pending += 1
                if n_pending >= chunk_size:
                    flush()
            elif len(pending) >= 10 * chunk_size:
                flush()
        flush()
        sink.flush()
        paths = tables.commit()
    except BaseException:
        tables.abort()
        raise
    finally:
        if own_client is not None:
            own_client.close()
        if cluster is not None:
            cluster.close()
    s = sink.summary
    s.paths = {k: str(v) for k, v in paths.items()}
    s.seconds = time.perf_counter() - t0
    return s
