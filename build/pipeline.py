"""The pipeline as named stages: ingest -> extract -> assemble -> publish -> validate.

`build_release` is what `armsdata build` runs. Ingest first reads and checks the whole
corpus and folds its duplicates (nothing is extracted before, and nothing is written:
bad seeds leave OUT as it was); for a folder of PARALLEL_THRESHOLD sources or more, the
extraction workers start while it is read (their start-up then costs the build no
time), after the build has taken OUT (see publish.staging). Documents then stream
through extract and assemble a batch at a time; each batch is written to a Parquet
part, and the parts become the release's files, so memory stays nearly flat as the
corpus grows. The release is validated as written, in a scratch folder, by the same
checks as `armsdata validate`; nothing reaches OUT/vVERSION/ unless they pass.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Iterator

import polars as pl

from armsdata._version import __version__

from . import assemble, distribute, extract, ingest, publish, readers
from .errors import ArmsdataError, Interrupted
from .reference import load_reference

BATCH_DOCS = 2_000  # documents assembled, and written as one part, at a time
# The written release is checked in smaller chunks than `armsdata validate` uses, so that
# the check stays under the memory that writing the release takes (about 460 MB).
CHECK_ROWS = {"records": 200_000, "documents": 10_000}
Progress = ingest.Progress


@dataclass(frozen=True)
class BuildResult:
    """What a build gave: the release folder, whether it was written (False: identical to
    the published version), the rows of each table, and what the corpus held that was not
    read (one line each)."""

    path: Path
    written: bool
    counts: dict[str, int]
    notes: tuple[str, ...] = ()

    @property
    def duplicates(self) -> int:
        """Sources folded into another source's document."""
        return self.counts["document_sources"] - self.counts["documents"]


def extract_batches(corpus: ingest.Corpus, workers: int | None = None,
                    progress: Progress | None = None,
                    pool: "extract.Pool | None" = None) -> Iterator[dict[str, pl.DataFrame]]:
    """extract and assemble, streamed: the documents and records tables of BATCH_DOCS
    documents at a time, in doc_id order (over the workers of `pool` when it is given,
    see extract.extract_documents)."""
    total, records = len(corpus), 0
    documents, rows = [], assemble.RawColumns()
    for done, (document, found) in enumerate(extract.extract_documents(corpus, total, workers, pool=pool), start=1):
        documents.append(document)
        rows.extend(found)
        records += len(found)
        if progress:
            progress("extract", done, total, records)
        if len(documents) == BATCH_DOCS:
            yield _batch(documents, rows)
            documents, rows = [], assemble.RawColumns()
    if documents:
        yield _batch(documents, rows)


def _batch(documents: list[ingest.Document], rows: assemble.RawColumns) -> dict[str, pl.DataFrame]:
    table = assemble.documents_table(documents)
    return {"documents": table, "records": assemble.records_table(rows, table)}


def build_tables(seeds: Path, workers: int | None = None, progress: Progress | None = None) -> dict[str, pl.DataFrame]:
    """The release tables, in memory: for a corpus that fits (evaluate, the API)."""
    with ingest.open_corpus(seeds, progress) as corpus:
        batches = list(extract_batches(corpus, workers, progress))
    records = pl.concat([batch["records"] for batch in batches])
    documents = pl.concat([batch["documents"] for batch in batches])
    return assemble.release_tables(records, documents, load_reference(), corpus.sources)


def build_release(seeds: Path, out: Path, version: str = __version__, workers: int | None = None,
                  progress: Progress | None = None, name: str | None = None,
                  engine: "distribute.DaskEngine | None" = None, license_id: str | None = None,
                  contributors: tuple[str, ...] = ()) -> BuildResult:
    """Build the corpus at `seeds` (a folder, a corpus file or a glob of Parquet files,
    see ingest and readers) into
    OUT/vVERSION/ as the data package `name` (by default describe.PACKAGE_NAME; see the
    module's docstring). Raises
    ArmsdataError, with nothing written, for a corpus whose values are not valid, a build
    that fails validation or differs from the published version; UsageError for a corpus
    that cannot be read, and when OUT cannot be used (a file, a path below one, or a folder
    this process may not write into: checked before the corpus is read) or another build
    holds it; and Interrupted when SIGINT or SIGTERM stops it: then its scratch folder is
    removed and nothing is published.
    `engine`: None extracts here (extract_batches); a distribute.DaskEngine extracts on a
    Dask cluster. Either way the parts are assembled, validated and published here; with a
    Dask engine, a glob of Parquet files is read by the workers too
    (distribute.DaskEngine.open_corpus). `license_id` and `contributors`: the licence and
    creators datapackage.json declares (describe.descriptor; by default the bundled seeds'
    CC-BY-4.0 and "armsdata developers")."""
    credits = {"license_id": license_id, "contributors": contributors}
    publish.check_out(out)  # before the corpus is read
    with (engine or nullcontext()):
        planned = readers.plan(seeds) if engine is None else seeds  # bad seeds: nothing is touched
        if engine is None and _uses_workers(len(planned), workers):
            # A folder (or glob) of many sources: the workers start while it is read.
            # They must start with the build's SIGINT already ignored (see
            # stop_on_signals), and OUT is held first, as when they start after the read.
            with stop_on_signals(shield_workers=True), publish.staging(out, version) as scratch, \
                    extract.start_workers(extract.worker_count(workers)) as pool, \
                    ingest.open_corpus(planned, progress) as corpus:
                del planned  # a Path for every source: not held while the build runs
                published, counts = _publish(corpus, scratch, out, version, workers, progress, name, pool=pool,
                                             **credits)
        else:
            with (engine or ingest).open_corpus(planned, progress) as corpus:  # before OUT is touched
                del planned
                with stop_on_signals(shield_workers=engine is None and _uses_workers(len(corpus), workers)), \
                        publish.staging(out, version) as scratch:
                    published, counts = _publish(corpus, scratch, out, version, workers, progress, name, engine,
                                                 **credits)
    return BuildResult(published.path, published.written, counts, tuple(corpus.notes))


def _publish(corpus: ingest.Corpus, scratch: Path, out: Path, version: str, workers: int | None,
             progress: Progress | None, name: str, engine: "distribute.DaskEngine | None" = None,
             pool: "extract.Pool | None" = None, license_id: str | None = None,
             contributors: tuple[str, ...] = ()) -> tuple[publish.Published, dict[str, int]]:
    """Extract `corpus` into parts in `scratch`, then assemble, write, validate and publish
    the release (build_release's work once the corpus is open and OUT held). `license_id`,
    `contributors`: as build_release takes them."""
    parts = scratch / ".parts"
    _import_checks_behind()
    if engine is None:
        records, documents = publish.write_parts(parts, extract_batches(corpus, workers, progress, pool))
        if pool is not None:
            pool.terminate()  # idle from here on: their memory back before the tables are assembled
    else:
        records, documents = engine.extract_parts(corpus, parts, progress)
    tables = assemble.release_tables(records, documents, load_reference(), corpus.sources)
    counts = {table: _height(frame) for table, frame in tables.items()}
    if progress:
        progress("write", 0, None, counts["records"])
    from . import describe  # imports the models, and pandera with them: see _import_checks_behind

    publish.write_release(scratch, tables, describe.descriptor(version, documents, name or describe.PACKAGE_NAME,
                                                               license_id, contributors))
    shutil.rmtree(parts)
    if progress:
        progress("validate", 0, None, counts["records"])
    _validate(scratch, version)
    return publish.commit(scratch, Path(out) / f"v{version}"), counts


# A process that stands in for the build's SIGINT while the build ignores it (see
# stop_on_signals): it writes the signal's number to the file descriptor it is given.
_SIGINT_WATCHER = (
    "import os, signal, sys\n"
    "fd = int(sys.argv[1])\n"
    "signal.signal(signal.SIGINT, lambda signum, frame: os.write(fd, bytes([signum])))\n"
    "sys.stdout.write('ready\\n'); sys.stdout.flush()\n"
    "sys.stdin.buffer.read()\n"  # until the build closes the pipe, or dies
)


@contextmanager
def stop_on_signals(shield_workers: bool = False) -> Iterator[None]:
    """SIGINT (Ctrl-C) and SIGTERM raise Interrupted in the main thread, so that the build
    unwinds: extraction workers are terminated and the scratch folder is removed. A
    second signal while it unwinds ends the process at once (the next build removes
    what is left). Outside the main thread (where no handler can be set), and on systems
without POSIX threads' signals (Windows), it does nothing.

    A signal handled in another thread does not wake the main thread from a wait on a
    lock, so a relay thread receives them (through signal.set_wakeup_fd) and wakes the
    main thread with SIGUSR1, whose handler raises Interrupted.

    `shield_workers`, for a build with worker processes: a terminal sends Ctrl-C's SIGINT
    to the whole process group, and a worker that dies of it prints a traceback and
    loses its documents, for which the pool then waits for ever. Workers are started
    with "spawn", and a new process keeps only an *ignored* disposition, so the build
    ignores SIGINT while it runs, and a small watcher process, in the same group,
    receives Ctrl-C in its place and tells the relay. (A SIGINT sent to the build's
    process alone is then ignored; SIGTERM always works.) Importing polars puts a handler
    of its own over the ignored disposition, so each worker ignores SIGINT again as it
    starts (extract._init_worker)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_kill"):
        yield
        return
    stopping: list[int] = []  # the signals received, in order
    main_thread = threading.main_thread().ident
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)

    def stop(signum: int, frame) -> None:  # SIGUSR1, from the relay, in the main thread
        if len(stopping) > 1:  # a second signal while the build unwinds: stop now
            os._exit(128 + stopping[-1])
        if stopping:
            raise Interrupted(stopping[0])

    def relay() -> None:
        while (got := os.read(wake_read, 1)) not in (b"", b"\0"):
            if got[0] in (signal.SIGINT, signal.SIGTERM):
                stopping.append(got[0])
                signal.pthread_kill(main_thread, signal.SIGUSR1)

    handlers = {signal.SIGUSR1: signal.signal(signal.SIGUSR1, stop),
                signal.SIGTERM: signal.signal(signal.SIGTERM, lambda signum, frame: None),  # see relay
                signal.SIGINT: signal.signal(signal.SIGINT, lambda signum, frame: None)}
    wakeup = signal.set_wakeup_fd(wake_write, warn_on_full_buffer=False)
    relay_thread = threading.Thread(target=relay, name="armsdata-signals", daemon=True)
    relay_thread.start()
    watcher = _start_watcher(wake_write) if shield_workers else None
    try:
        yield
    finally:
        if watcher:
            watcher.stdin.close()
            watcher.wait()
        signal.set_wakeup_fd(wakeup)
        os.write(wake_write, b"\0")
        relay_thread.join()
        os.close(wake_read)
        os.close(wake_write)
        for signum, handler in handlers.items():
            signal.signal(signum, handler)


def _uses_workers(documents: int, workers: int | None) -> bool:
    """Whether extract.extract_documents starts worker processes for this corpus (its rule)."""
    return extract.worker_count(workers) > 1 and documents >= extract.PARALLEL_THRESHOLD


def _start_watcher(fd: int) -> subprocess.Popen:
    """The SIGINT watcher (see stop_on_signals), started before SIGINT is ignored here."""
    watcher = subprocess.Popen([sys.executable, "-I", "-S", "-c", _SIGINT_WATCHER, str(fd)], pass_fds=[fd],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    watcher.stdout.readline()  # its handler is in place
    watcher.stdout.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return watcher


def _height(frame: pl.DataFrame | pl.LazyFrame) -> int:
    return frame.lazy().select(pl.len()).collect().item()


def _import_checks_behind() -> None:
    """Import the release's checks (schema/check.py: pandera, and pandas with it, some
    0.6 s) in a thread of their own while the documents are extracted: the build needs
    them only from its first batch on (assemble types the tables by the models), and
    meanwhile mostly waits for its workers. Imported with the pipeline, they held up
    the read of the corpus. (Python's import lock makes a second import wait for it.)"""
    threading.Thread(target=import_module, args=("armsdata.schema.check",), name="armsdata-import",
                     daemon=True).start()


def _validate(release: Path, version: str) -> None:
    """The release as written, checked a chunk at a time by `armsdata validate`'s checks."""
    from armsdata.schema.check import Report, validate_release

    report = Report(max_errors=20)
    validate_release(release, report, CHECK_ROWS, version)
    if not report.valid:
        first = report.problems[0]
        raise ArmsdataError(f"the build fails validation and was not published ({report.total} problems; "
                            f"first: {first.table}.{first.column or ''} row {first.row}: {first.message})")
