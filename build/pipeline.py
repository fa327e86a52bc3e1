"""The pipeline as named stages: ingest -> extract -> assemble -> publish -> validate.

`build_release` is what `armsdata build` runs. Ingest first reads and checks the whole
corpus and folds its duplicates (nothing is written before); documents then stream
through extract and assemble a batch at a time; each batch is written to a Parquet
part, and the parts become the release's files, so memory stays nearly flat as the
corpus grows. The release is validated as written, in a scratch folder, by the same
checks as `armsdata validate`; nothing reaches OUT/vVERSION/ unless they pass.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import polars as pl

from armsdata._version import __version__
from armsdata.schema.check import Report, validate_release

from . import assemble, describe, extract, ingest, publish
from .errors import ArmsdataError
from .reference import load_reference

BATCH_DOCS = 2_000  # documents assembled, and written as one part, at a time
# The written release is checked in smaller chunks than `armsdata validate` uses, so that
# the check stays under the memory that writing the release takes (about 460 MB).
CHECK_ROWS = {"records": 200_000, "documents": 10_000}
Progress = ingest.Progress


@dataclass(frozen=True)
class BuildResult:
    path: Path
    written: bool
    counts: dict[str, int]
    notes: tuple[str, ...] = ()  # what the corpus held that was not read

    @property
    def duplicates(self) -> int:
        """Sources folded into another source's document."""
        return self.counts["document_sources"] - self.counts["documents"]


def extract_batches(corpus: ingest.Corpus, workers: int | None = None,
                    progress: Progress | None = None) -> Iterator[dict[str, pl.DataFrame]]:
    """extract and assemble, streamed: the documents and records tables of BATCH_DOCS
    documents at a time, in doc_id order."""
    total, records = len(corpus), 0
    documents, rows = [], []
    for done, (document, found) in enumerate(extract.extract_documents(corpus, total, workers), start=1):
        documents.append(document)
        rows.extend(found)
        records += len(found)
        if progress:
            progress("extract", done, total, records)
        if len(documents) == BATCH_DOCS:
            yield _batch(documents, rows)
            documents, rows = [], []
    if documents:
        yield _batch(documents, rows)


def _batch(documents: list[ingest.Document], rows: list[tuple]) -> dict[str, pl.DataFrame]:
    return {"documents": assemble.documents_table(documents), "records": assemble.records_table(rows)}


def build_tables(seeds: Path, workers: int | None = None, progress: Progress | None = None) -> dict[str, pl.DataFrame]:
    """The release tables, in memory: for a corpus that fits (evaluate, the API)."""
    with ingest.open_corpus(seeds, progress) as corpus:
        batches = list(extract_batches(corpus, workers, progress))
    records = pl.concat([batch["records"] for batch in batches])
    documents = pl.concat([batch["documents"] for batch in batches])
    return assemble.release_tables(records, documents, load_reference(), corpus.sources)


def build_release(seeds: Path, out: Path, version: str = __version__, workers: int | None = None,
                  progress: Progress | None = None, name: str = describe.PACKAGE_NAME) -> BuildResult:
    """Build the corpus at `seeds` (a folder or a corpus file, see ingest) into
    OUT/vVERSION/ as the data package `name`. Raises ArmsdataError, with nothing written,
    for a corpus that cannot be read, a build that fails validation, or a different
    build of a published version."""
    with ingest.open_corpus(seeds, progress) as corpus, publish.staging(out, version) as scratch:
        parts = scratch / ".parts"
        records, documents = publish.write_parts(parts, extract_batches(corpus, workers, progress))
        tables = assemble.release_tables(records, documents, load_reference(), corpus.sources)
        counts = {table: _height(frame) for table, frame in tables.items()}
        if progress:
            progress("write", 0, None, counts["records"])
        publish.write_release(scratch, tables, describe.descriptor(version, documents, name))
        shutil.rmtree(parts)
        if progress:
            progress("validate", 0, None, counts["records"])
        _validate(scratch)
        result = publish.commit(scratch, Path(out) / f"v{version}")
    return BuildResult(result.path, result.written, counts, tuple(corpus.notes))


def _height(frame: pl.DataFrame | pl.LazyFrame) -> int:
    return frame.lazy().select(pl.len()).collect().item()


def _validate(release: Path) -> None:
    """The release as written, checked a chunk at a time by `armsdata validate`'s checks."""
    report = Report(max_errors=20)
    validate_release(release, report, CHECK_ROWS)
    if not report.valid:
        first = report.problems[0]
        raise ArmsdataError(f"the build fails validation and was not published ({report.total} problems; "
                            f"first: {first.table}.{first.column or ''} row {first.row}: {first.message})")
