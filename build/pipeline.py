"""The pipeline as named stages: ingest -> extract -> assemble -> publish -> validate.

`build_release` is what `armsdata build` runs. Documents stream through ingest, extract
and assemble a batch at a time; each batch is written to a Parquet part, and the parts
become the release's files, so memory stays nearly flat as the corpus grows. The
release is validated as written, in a scratch folder, by the same checks as
`armsdata validate`; nothing reaches OUT/vVERSION/ unless they pass.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import polars as pl

from armsdata._version import __version__
from armsdata.schema.check import Report, validate_release

from . import assemble, describe, distribute, extract, ingest, publish
from .errors import ArmsdataError
from .reference import load_reference

BATCH_DOCS = 2_000  # documents assembled, and written as one part, at a time
# The written release is checked in smaller chunks than `armsdata validate` uses, so that
# the check stays under the memory that writing the release takes (about 460 MB).
CHECK_ROWS = {"records": 200_000, "documents": 10_000}
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    path: Path
    written: bool
    counts: dict[str, int]


def extract_batches(seeds: Path, workers: int | None = None,
                    progress: Progress | None = None) -> Iterator[dict[str, pl.DataFrame]]:
    """ingest, extract and assemble, streamed: the documents and records tables of
    BATCH_DOCS documents at a time, in doc_id order."""
    corpus = ingest.open_corpus(seeds)
    total = len(corpus)
    report = (lambda done: progress("extract", done, total)) if progress else None
    documents, rows = [], []
    for document, found in extract.extract_documents(corpus, total, workers, report):
        documents.append(document)
        rows.extend(found)
        if len(documents) == BATCH_DOCS:
            yield _batch(documents, rows)
            documents, rows = [], []
    if documents:
        yield _batch(documents, rows)


def _batch(documents: list[ingest.Document], rows: list[tuple]) -> dict[str, pl.DataFrame]:
    return {"documents": assemble.documents_table(documents), "records": assemble.records_table(rows)}


def build_tables(seeds: Path, workers: int | None = None, progress: Progress | None = None) -> dict[str, pl.DataFrame]:
    """The four release tables, in memory: for a corpus that fits (evaluate, the API)."""
    batches = list(extract_batches(seeds, workers, progress))
    records = pl.concat([batch["records"] for batch in batches])
    documents = pl.concat([batch["documents"] for batch in batches])
    return assemble.release_tables(records, documents, load_reference())


def build_release(seeds: Path, out: Path, version: str = __version__, workers: int | None = None,
                  progress: Progress | None = None, engine: "distribute.DaskEngine | None" = None) -> BuildResult:
    """`engine`: None extracts here (extract_batches); a distribute.DaskEngine extracts on
    a Dask cluster. Either way the parts are assembled, validated and published here."""
    with publish.staging(out, version) as scratch:
        parts = scratch / ".parts"
        if engine is None:
            records, documents = publish.write_parts(parts, extract_batches(seeds, workers, progress))
        else:
            records, documents = engine.extract_parts(ingest.open_corpus(seeds), parts, progress)
        tables = assemble.release_tables(records, documents, load_reference())
        counts = {name: _height(frame) for name, frame in tables.items()}
        publish.write_release(scratch, tables, describe.descriptor(version, documents))
        shutil.rmtree(parts)
        _validate(scratch)
        result = publish.commit(scratch, Path(out) / f"v{version}")
    return BuildResult(result.path, result.written, counts)


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
