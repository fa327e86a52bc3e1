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

Where documents are read. A folder or a corpus file: here. Ingest reads and checks the
corpus (duplicates folded) on this machine, and each partition's documents travel with
their task; the workers need no access to the corpus. A glob of Parquet files on shared
storage (readers.is_pattern): by the workers, in two passes of Dask tasks, and this
machine reads no text.
  1. Keys (read_keys): this machine lists the files and their row counts from the
     Parquet metadata (readers.plan) and cuts the rows, files in path order, into
     contiguous ranges (cut_rows). Each task reads its rows, checks them as the local
     build does (readers.row_source) and returns their ids, metadata, hashes and
     near-duplicate keys, without the texts. This machine then checks that ids are unique
     across the corpus and folds duplicates (ingest.fold) over all keys: the same
     documents, doc_ids, metadata and document_sources as the local build of the glob,
     whose reader goes through the same files in the same order. The first problem in
     that order is the one reported, so the message is the local build's too.
  2. Extraction: the documents, in doc_id order, are cut into contiguous partitions as
     above; a task gets its documents' metadata and where each text is (file, row) and
     reads the texts from the row groups that hold them (ingest.Corpus with `files`).
Either way, the scratch folder, under --out, must be on storage every worker can write
and this machine read.

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
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import polars as pl

from armsdata._version import __version__

from . import assemble, extract, ingest, readers
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


def split_located(corpus: ingest.Corpus, count: int) -> Iterator[Partition]:
    """A glob corpus read on the workers (its `files` set) as `count` contiguous
    partitions of documents in doc_id order, as `split`; each partition is a Corpus of
    its documents' rows, whose texts the worker reads."""
    total = len(corpus)
    count = max(1, min(count, total))
    columns = ["doc_id", *ingest.METADATA_COLUMNS, "text_sha256", "file", "row_number"]
    for number in range(count):
        start, end = number * total // count, (number + 1) * total // count
        rows = corpus.documents.slice(start, end - start).select(columns)
        files = {file: corpus.files[file] for file in rows["file"].unique().sort()}
        share = ingest.Corpus(rows, corpus.sources.clear(), [], files=files)
        yield Partition(number, share, rows["doc_id"][0], rows["doc_id"][-1])


@dataclass(frozen=True)
class Rows:
    """One keys task's share of a glob corpus: its `number` (0-based, in corpus order) and
    its `ranges`, (readers.ParquetPart, start, stop): rows `start` to `stop` (0-based,
    stop excluded) of each file, in path order."""

    number: int
    ranges: tuple[tuple[readers.ParquetPart, int, int], ...]

    def __len__(self) -> int:
        return sum(stop - start for _, start, stop in self.ranges)

    @property
    def label(self) -> str:
        """The label "rows of FILE:FIRST to FILE:LAST", for messages."""
        (first, start, _), (last, _, stop) = self.ranges[0], self.ranges[-1]
        return f"rows {first.path}:{start + 1} to {last.path}:{stop}"


def cut_rows(parts: list[readers.ParquetPart], count: int) -> list[Rows]:
    """The rows of `parts` (in order, each file's rows in order) as `count` contiguous
    shares whose sizes differ by at most one; a share may span files."""
    total = sum(part.rows for part in parts)
    count = max(1, min(count, total))
    bounds = iter([(n + 1) * total // count - n * total // count for n in range(count)])
    shares, ranges, need = [], [], next(bounds)
    for part in parts:
        start = 0
        while start < part.rows:
            take = min(need, part.rows - start)
            ranges.append((part, start, start + take))
            start, need = start + take, need - take
            if need == 0:
                shares.append(Rows(len(shares), tuple(ranges)))
                ranges, need = [], next(bounds, None)
    return shares


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


def _same_code(fingerprint: str) -> None:
    if fingerprint != code_fingerprint():
        raise ArmsdataError(f"worker {_worker_address()} runs other armsdata code than this machine "
                            f"(its armsdata is {__version__}): install the same armsdata on every worker")


def read_keys(share: Rows, fingerprint: str) -> tuple[pl.DataFrame, str | None]:
    """The keys task (see the module's docstring): the sources of `share`'s rows as
    ingest.sources_frame gives them (no texts), and None; or, at the first row that is
    not valid, the sources before it and the one-line message that names its file and
    line, or the file that cannot be read (the client reports the first problem in
    corpus order). Raises ArmsdataError when the worker runs other armsdata code."""
    _same_code(fingerprint)
    sources, seen = [], {}
    try:
        for part, start, stop in share.ranges:
            if not part.path.exists():
                raise ArmsdataError(f"{part.path}: worker {_worker_address()} cannot find it; the files of a "
                                    "glob must be on storage every worker can read, at the same path")
            sources.extend(readers.parquet_sources(part, start, stop, seen))
    except ArmsdataError as exc:
        return ingest.sources_frame(sources), str(exc)
    return ingest.sources_frame(sources), None


def extract_partition(partition: Partition, folder: str, fingerprint: str) -> tuple[int, int, int]:
    """The Dask task: read and extract `partition`, write its documents and records tables
    (assemble.documents_table, assemble.records_table) to part_paths(folder, number).
    Returns (number, documents, records). Raises ArmsdataError naming the document that
    could not be read or extracted, or the worker whose code differs from the client's."""
    _same_code(fingerprint)
    matchers = _matchers()
    documents, rows = [], assemble.RawColumns()
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
    return partition.number, len(documents), tables["records"].height


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


def read_corpus(client, plan: readers.Plan, count: int, progress: Progress | None = None) -> ingest.Corpus:
    """The glob corpus `plan` read by the workers of `client` (pass 1 of the module's
    docstring): `count` keys tasks, then ids checked and duplicates folded here. Returns
    a Corpus whose `files` are set (its texts stay in the files). `progress("read", done,
    total, 0)` counts the rows of the finished tasks. Raises ArmsdataError for the first
    problem in corpus order (files in path order, rows in order), as the local build does."""
    from distributed import as_completed

    shares = cut_rows(plan.parquet, count)
    fingerprint, build, total = code_fingerprint(), uuid.uuid4().hex[:12], len(plan)
    futures = {client.submit(read_keys, share, fingerprint, pure=False, key=f"armsdata-keys-{build}-{share.number}"):
               share for share in shares}
    results, done = {}, 0
    try:
        for future in as_completed(futures):
            share = futures[future]
            try:
                results[share.number] = future.result()
            except ArmsdataError:
                raise
            except Exception as exc:
                raise ArmsdataError(f"{share.label}: the Dask task failed ({type(exc).__name__}: {exc})") from None
            done += len(share)
            if progress:
                progress("read", done, total, 0)
    finally:
        client.cancel([future for future in futures if not future.done()])
    frames, problem = [], None
    for number in range(len(shares)):  # in corpus order, up to the first problem
        frame, problem = results[number]
        frames.append(frame)
        if problem:
            break
    sources = pl.concat(frames)
    repeated = _first_repeated_id(sources, {part.file: part.path for part in plan.parquet})
    if repeated or problem:
        raise ArmsdataError(repeated or problem)
    documents, folded = ingest.fold(sources)
    return ingest.Corpus(documents, folded, ingest.corpus_notes(plan, documents, folded),
                         files={part.file: str(part.path) for part in plan.parquet})


def _first_repeated_id(sources: pl.DataFrame, paths: dict[str, Path]) -> str | None:
    """The message of the first source (in corpus order) whose id an earlier one has,
    as readers.row_source gives it; None when every id is unique."""
    again = sources.select(pl.col("source_id").is_first_distinct().not_().arg_true().first()).item()
    if again is None:
        return None
    row = sources.row(again, named=True)
    first = sources.filter(pl.col("source_id") == row["source_id"]).row(0, named=True)
    return readers.duplicate_id(paths[row["file"]], row["row_number"], row["given"] or row["source_id"],
                                row["source_id"], paths[first["file"]], first["row_number"])


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
    tasks, and the ingest stage too for a glob of Parquet files (see the module's docstring).

    scheduler: the address of a running Dask scheduler ("tcp://host:8786"); None starts a
    LocalCluster of `local_workers` single-threaded worker processes (default: one per
    core) and closes it after. partitions: how many tasks (default: default_partitions).
    notice: called with one line for the user (the dashboard's link). Raises
    ArmsdataError at once when Dask is not installed.

    Used as a context manager (pipeline.build_release does), it connects at its first
    task and stays connected until the block ends, for both passes of a glob corpus;
    outside one, each call connects and disconnects."""

    def __init__(self, scheduler: str | None = None, partitions: int | None = None,
                 local_workers: int | None = None, notice: Callable[[str], None] | None = None):
        require_dask()
        self.scheduler, self.partitions, self.local_workers = scheduler, partitions, local_workers
        self.notice = notice
        self._session: ExitStack | None = None
        self._client = None

    def __enter__(self) -> "DaskEngine":
        self._session = ExitStack()
        return self

    def __exit__(self, *exc) -> None:
        self._let_go()
        self._session = None

    def _let_go(self) -> None:
        if self._session is not None:
            session, self._session, self._client = self._session, ExitStack(), None
            session.close()

    def open_corpus(self, seeds: Path, progress: Progress | None = None) -> ingest.Corpus:
        """The corpus at `seeds`: a glob of Parquet files read by the workers (read_corpus),
        anything else read here (ingest.open_corpus). Raises ArmsdataError as they do, and
        UsageError (before connecting) for a pattern that matches no file."""
        if not readers.is_pattern(seeds):
            return ingest.open_corpus(seeds, progress)
        plan = readers.plan(seeds)
        with self._connected() as client:
            return read_corpus(client, plan, self._count(client, len(plan)), progress)

    def extract_parts(self, corpus: Iterable[ingest.Document], folder: Path,
                      progress: Progress | None = None) -> tuple[pl.LazyFrame, pl.LazyFrame]:
        """Extract `corpus` into Parquet parts in `folder` (see run_partitions); returns the records
        and documents of all parts, scanned in doc_id order (as publish.write_parts does)."""
        with self._connected() as client:
            count = self._count(client, len(corpus))
            located = isinstance(corpus, ingest.Corpus) and corpus.files is not None
            partitions = split_located(corpus, count) if located else split(corpus, count)
            parts = run_partitions(client, partitions, len(corpus), folder, progress)
        self._let_go()  # extraction is a build's last Dask work: free the cluster before assembly
        return parts

    def _count(self, client, total: int) -> int:
        return self.partitions or default_partitions(total, max(1, sum(client.nthreads().values())))

    @contextmanager
    def _connected(self):
        if self._session is None:  # not in a `with`: for this call only
            with self:
                with self._connected() as client:
                    yield client
            return
        if self._client is None:
            self._client = self._session.enter_context(self._connect())
            if self.notice:
                self.notice(f"Dask dashboard: {_dashboard_link(self._client)}")
        yield self._client

    @contextmanager
    def _connect(self):
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
