"""Stages 1 and 2 on a Dask cluster: each task ingests and extracts one partition.

`armsdata build --engine dask` hands ingest and extract to `dask.distributed` instead of
the local process pool (extract.extract_documents). The corpus, in doc_id order, is cut
into contiguous partitions; each Dask task reads its partition's documents, runs the
same per-document extraction (extract.extract_document, extract.as_rows with one
extract.Matchers per worker process) and writes the partition's documents and records
as two Parquet parts into the build's scratch folder. The client scans the parts in
partition order, which is doc_id order, so the tables it assembles, validates and
publishes (pipeline.build_release) are those of the local build, byte for byte,
whatever the partitioning and whatever order the tasks finish in.

Where documents are read: here. Ingest reads and checks the corpus (a folder or a
corpus file, duplicates folded) on this machine, and each partition's documents travel
with its task; the workers need no access to the corpus. The scratch folder, under
--out, must be on storage every worker can write and this machine read.

Failures: Dask reschedules the task of a worker that died on another worker (up to
the scheduler's `distributed.scheduler.allowed-failures`, 3 by default); a partition
that still cannot finish, a document that cannot be read or extracted (named in the
message), or a worker running other armsdata code (code_fingerprint) fails the build
with an ArmsdataError, and pipeline.build_release then publishes nothing.

Dask is an optional dependency: `pip install 'armsdata[dask]'`.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import polars as pl

from armsdata._version import __version__

from . import assemble, extract, ingest
from .errors import ArmsdataError
from .reference import load_reference

PARTITION_DOCS = 2_000    # documents per partition by default: the local build's batch (pipeline.BATCH_DOCS)
PARTITIONS_PER_THREAD = 4  # at least this many partitions per worker thread, to balance the load
IN_FLIGHT_PER_THREAD = 2   # partitions submitted and not yet finished, per worker thread
CONNECT_TIMEOUT = "20s"
INSTALL_HINT = "pip install 'armsdata[dask]'"
Progress = Callable[[str, int, int], None]


class SchedulerUnreachable(ArmsdataError):
    """The Dask scheduler given by --scheduler could not be reached."""


def require_dask() -> None:
    """Raise ArmsdataError, with the install command, when dask.distributed is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ArmsdataError(f"--engine dask needs Dask, which is not installed: {INSTALL_HINT}") from None


@dataclass(frozen=True)
class Partition:
    """One Dask task's share of the corpus: its `number` (0-based; parts are assembled in
    this order) and its `documents`, an iterable of ingest.Document in doc_id order with
    a length: a sub-corpus whose files the worker reads, or documents read by the client.
    `first` and `last` are its first and last doc_id, for messages."""

    number: int
    documents: Iterable[ingest.Document]
    first: str
    last: str

    def __len__(self) -> int:
        return len(self.documents)

    @property
    def label(self) -> str:
        """The label "partition N (documents FIRST to LAST)", for messages."""
        return f"partition {self.number} (documents {self.first} to {self.last})"


def default_partitions(total: int, threads: int) -> int:
    """Partitions for `total` documents on `threads` worker threads: PARTITION_DOCS
    documents each, but at least PARTITIONS_PER_THREAD per thread (so that a slow
    partition does not leave the others idle), and never more than the documents."""
    return max(1, min(total, max(math.ceil(total / PARTITION_DOCS), PARTITIONS_PER_THREAD * threads)))


def split(corpus: Iterable[ingest.Document], count: int) -> Iterator[Partition]:
    """`corpus` (in doc_id order, with a length) as `count` contiguous partitions whose
    sizes differ by at most one, read here one partition at a time, lazily."""
    total = len(corpus)
    count = max(1, min(count, total))
    bounds = [(number * total // count, (number + 1) * total // count) for number in range(count)]
    documents = iter(corpus)
    for number, (start, end) in enumerate(bounds):
        chunk = [next(documents) for _ in range(end - start)]
        yield Partition(number, chunk, chunk[0].doc_id, chunk[-1].doc_id)


def part_paths(folder: Path, number: int) -> dict[str, Path]:
    """Where partition `number` writes its documents and records tables."""
    return {table: Path(folder) / f"{table}-{number:06d}.parquet" for table in ("records", "documents")}


# -- on the worker --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of the armsdata version and of every source and reference file of the
    armsdata, armsdata.build and armsdata.schema packages: a worker whose fingerprint
    differs from the client's would build other records."""
    import armsdata
    import armsdata.build
    import armsdata.schema

    digest = hashlib.sha256(__version__.encode())
    for package in (armsdata, armsdata.build, armsdata.schema):
        folder = Path(package.__file__).parent
        for path in sorted([*folder.glob("*.py"), *folder.glob("reference/*.csv")]):
            digest.update(f"{package.__name__}/{path.relative_to(folder)}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _matchers() -> extract.Matchers:
    """The reference tables' matchers, built once per worker process."""
    return extract.Matchers.from_reference(load_reference())


def extract_partition(partition: Partition, folder: str, fingerprint: str) -> tuple[int, int, int]:
    """The Dask task: read and extract `partition`, write its documents and records tables
    (assemble.documents_table, assemble.records_table) to part_paths(folder, number).
    Returns (number, documents, records). Raises ArmsdataError naming the document that
    could not be read or extracted, or the worker whose code differs from the client's."""
    if fingerprint != code_fingerprint():
        raise ArmsdataError(f"worker {_worker_address()} runs other armsdata code than this machine "
                            f"(its armsdata is {__version__}): install the same armsdata on every worker")
    matchers = _matchers()
    documents, rows = [], []
    reading = iter(partition.documents)
    while True:
        try:
            document = next(reading)
        except StopIteration:
            break
        except OSError as exc:  # ArmsdataError (not UTF-8, ...) names the file itself
            raise ArmsdataError(f"{partition.label}: worker {_worker_address()} cannot read a document ({exc}); "
                                "the corpus must be on storage every worker can read") from None
        try:
            found = extract.as_rows(document, extract.extract_document(document, matchers))
        except Exception as exc:
            raise ArmsdataError(f"document {document.doc_id}: extraction failed "
                                f"({type(exc).__name__}: {exc})") from None
        documents.append(document)
        rows.extend(found)
    table = assemble.documents_table(documents)
    tables = {"documents": table, "records": assemble.records_table(rows, table)}
    for table, path in part_paths(Path(folder), partition.number).items():
        # a retried task may meet the half-written part of a worker that died: write aside, then rename
        scratch = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
        tables[table].write_parquet(scratch, compression="lz4")  # as publish.write_parts: fast over small
        os.replace(scratch, path)
    return partition.number, len(documents), len(rows)


def _worker_address() -> str:
    from distributed import get_worker

    try:
        return get_worker().address
    except ValueError:  # not in a worker (called directly)
        return "(not a Dask worker)"


# -- on the client ---------------------------------------------------------------------------
def run_partitions(client, partitions: Iterable[Partition], total: int, folder: Path,
                   progress: Progress | None = None) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """Extract `partitions` (of `total` documents in all) as Dask tasks on `client` into
    Parquet parts in `folder` (created here, on storage the workers share), at most
    IN_FLIGHT_PER_THREAD per worker thread submitted at a time, and return the records and
    documents of all parts, scanned in partition order. `progress("extract", done, total)`
    counts the documents of the finished partitions. Raises ArmsdataError, with the
    outstanding tasks cancelled, when a task fails or is lost too often."""
    from distributed import KilledWorker, as_completed

    Path(folder).mkdir()
    threads = max(1, sum(client.nthreads().values()))
    fingerprint = code_fingerprint()
    build = uuid.uuid4().hex[:12]
    pending = iter(partitions)
    submitted: dict = {}  # future -> partition
    finished: list[int] = []
    done = found = 0

    def submit() -> bool:
        partition = next(pending, None)
        if partition is None:
            return False
        future = client.submit(extract_partition, partition, str(folder), fingerprint, pure=False,
                               key=f"armsdata-extract-{build}-{partition.number}")
        submitted[future] = partition
        running.add(future)
        return True

    running = as_completed()
    try:
        for _ in range(IN_FLIGHT_PER_THREAD * threads):
            if not submit():
                break
        for future in running:
            partition = submitted.pop(future)
            try:
                number, documents, records = future.result()
            except ArmsdataError:
                raise
            except KilledWorker:
                raise ArmsdataError(f"{partition.label}: its worker died every time it ran (the Dask scheduler "
                                    "gave up after distributed.scheduler.allowed-failures tries); "
                                    "is a worker short of memory?") from None
            except Exception as exc:
                raise ArmsdataError(f"{partition.label}: the Dask task failed ({type(exc).__name__}: {exc})") from None
            finished.append(number)
            done += documents
            found += records
            if progress:
                progress("extract", done, total, found)
            submit()
    finally:
        if submitted:
            client.cancel(list(submitted))
    return _scan_parts(folder, sorted(finished))


def _scan_parts(folder: Path, numbers: list[int]) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    paths = [part_paths(folder, number) for number in numbers]
    missing = [found[table] for found in paths for table in found if not found[table].exists()]
    if missing:
        raise ArmsdataError(f"{missing[0]}: the Dask workers wrote their parts where this machine cannot read them; "
                            "--out must be on storage shared by this machine and every worker")
    return (pl.scan_parquet([found["records"] for found in paths]),
            pl.scan_parquet([found["documents"] for found in paths]))


def _dashboard_link(client) -> str:
    try:
        return client.dashboard_link or "none"
    except KeyError:  # a scheduler without bokeh serves no dashboard
        return "none (the scheduler has no dashboard: install bokeh beside it)"


class DaskEngine:
    """`armsdata build --engine dask`: the extract stage of pipeline.build_release as Dask
    tasks (see the module's docstring).

    scheduler: the address of a running Dask scheduler ("tcp://host:8786"); None starts a
    LocalCluster of `local_workers` single-threaded worker processes (default: one per
    core) and closes it after. partitions: how many tasks (default: default_partitions).
    notice: called with one line for the user (the dashboard's link). Raises
    ArmsdataError at once when Dask is not installed."""

    def __init__(self, scheduler: str | None = None, partitions: int | None = None,
                 local_workers: int | None = None, notice: Callable[[str], None] | None = None):
        require_dask()
        self.scheduler, self.partitions, self.local_workers = scheduler, partitions, local_workers
        self.notice = notice

    def extract_parts(self, corpus: Iterable[ingest.Document], folder: Path,
                      progress: Progress | None = None) -> tuple[pl.LazyFrame, pl.LazyFrame]:
        """Extract `corpus` into Parquet parts in `folder` (see run_partitions); returns the records
        and documents of all parts, scanned in doc_id order (as publish.write_parts does)."""
        with self._client() as client:
            if self.notice:
                self.notice(f"Dask dashboard: {_dashboard_link(client)}")
            threads = max(1, sum(client.nthreads().values()))
            count = self.partitions or default_partitions(len(corpus), threads)
            return run_partitions(client, split(corpus, count), len(corpus), folder, progress)

    @contextmanager
    def _client(self):
        from distributed import Client, LocalCluster

        if self.scheduler is None:
            workers = self.local_workers or os.cpu_count() or 1
            # the workers share our stderr: their logs (a failed task's traceback, a heartbeat
            # lost at shutdown) would bury the build's one-line report
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
                yield client
            return
        try:
            client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {self.scheduler} "
                                       f"({type(exc).__name__}: {exc})") from None
        with client:
            yield client
