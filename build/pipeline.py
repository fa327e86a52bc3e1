"""The pipeline as named stages: ingest -> extract -> assemble -> validate -> publish.

`build_release` is what `armsdata build` runs. Each stage takes the previous stage's
output. The release is validated as written, in a scratch folder, by the same checks as
`armsdata validate`; nothing reaches OUT/vVERSION/ unless they pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import polars as pl

from armsdata._version import __version__
from armsdata.schema.check import Report, validate_release

from . import assemble, describe, extract, ingest, publish
from .errors import ArmsdataError
from .reference import load_reference

RAW_BATCH = 20_000  # raw records held as tuples before they become a frame


@dataclass(frozen=True)
class BuildResult:
    path: Path
    written: bool
    counts: dict[str, int]


def build_tables(seeds: Path, workers: int | None = None,
                 progress: Callable[[str, int, int], None] | None = None) -> dict[str, pl.DataFrame]:
    """ingest, extract and assemble: the four release tables, in memory."""
    documents = ingest.read_documents(seeds)
    total = len(documents)
    report = (lambda done: progress("extract", done, total)) if progress else None
    frames, batch = [], []
    for records in extract.extract_documents(documents, total, workers, report):
        batch.extend(records)
        if len(batch) >= RAW_BATCH:
            frames.append(assemble.raw_frame(batch))
            batch = []
    frames.append(assemble.raw_frame(batch))
    reference = load_reference()
    records = assemble.records_table(frames)
    return {
        "records": records,
        "documents": assemble.documents_table(documents),
        "actors": assemble.actors_table(reference),
        "systems": assemble.systems_table(reference, records),
    }


def build_release(seeds: Path, out: Path, version: str = __version__, workers: int | None = None,
                  progress: Callable[[str, int, int], None] | None = None) -> BuildResult:
    tables = build_tables(seeds, workers, progress)
    counts = {name: frame.height for name, frame in tables.items()}
    descriptor = describe.descriptor(version, tables["documents"])
    with publish.staging(out, version) as scratch:
        publish.write_release(scratch, tables, descriptor)
        del tables  # validation reads the files as written, a chunk at a time
        report = Report(max_errors=20)
        validate_release(scratch, report)
        if not report.valid:
            first = report.problems[0]
            raise ArmsdataError(f"the build fails validation and was not published ({report.total} problems; "
                                f"first: {first.table}.{first.column or ''} row {first.row}: {first.message})")
        result = publish.commit(scratch, Path(out) / f"v{version}")
    return BuildResult(result.path, result.written, counts)
