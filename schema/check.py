"""Check a release folder, or one table file, against the schemas and the rules.

Problems are collected in a `Report`, not raised (see report.py). A release is checked
table by table: columns and types (conform.py), the table's model, the rules across
tables (rules.py), CSV/Parquet parity (parity.py) and the package's sizes and hashes
(package.py).
"""

from __future__ import annotations

import queue
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pandera.polars as pa
import polars as pl

from . import ADDED_TABLES, MODELS, TABLES
from .conform import check_columns, conform, typed
from .package import check_resources, hash_files, read_resources
from .parity import check_parity, compare_fed, report_differences
from .read import parquet_chunks, parquet_height, read_table
from .report import Problem, Report, Unreadable
from .rules import RULES
from .tableschema import PRIMARY_KEYS

__all__ = ["Problem", "Report", "Unreadable", "check_table", "validate_release", "validate_table_file"]


# -- one table ----------------------------------------------------------------------------
def check_table(frame: pl.DataFrame, table: str, report: Report, offset: int = 0, schema=None) -> None:
    """The table's own model: column constraints and row checks (lazy: all failures)."""
    report.checked[table] = offset + frame.height
    already = {(p.column, p.row) for p in report.problems if p.table == table and p.rule == "types"}
    try:
        (schema or MODELS[table]).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        _report_pandera(errors.failure_cases, table, report, already, offset)


def _report_pandera(cases: pl.DataFrame, table: str, report: Report, already: set, offset: int = 0) -> None:
    cases = cases.with_columns(
        column=pl.when(pl.col("schema_context") == "Column").then(pl.col("column")).otherwise(None),
        row=pl.col("index").cast(pl.Int64) + offset,
    )
    if already:
        cases = cases.filter(~pl.struct("column", "row").is_in(
            [{"column": c, "row": r} for c, r in already]))
    for (check,), group in cases.group_by("check", maintain_order=True):
        messages = group.with_columns(message=pl.when(pl.col("column").is_not_null())
                                      .then(pl.format("{} fails {}", pl.col("column"), pl.lit(check)))
                                      .otherwise(pl.lit(f"row fails {check}")))
        report.add_frame(table, str(check), "value",
                         messages.select("row", "column", pl.col("failure_case").alias("value"), "message"))


def validate_table_file(path: Path, table: str, report: Report) -> pl.DataFrame | None:
    frame = conform(read_table(path), table, report, from_text=path.suffix == ".csv")
    if frame is not None:
        check_table(frame, table, report)
    return frame


# -- a release ----------------------------------------------------------------------------
# Rows of a large table checked at a time: documents carry their text, so fewer of them.
# Smaller chunks use less memory and take longer (10M records: 500,000 rows at a time
# take 1.0 GB and 10.6 s, 200,000 rows 0.7 GB and some 13 s).
CHUNK_ROWS = {"records": 500_000, "documents": 20_000}
WHOLE_TABLES = ("actors", "systems")  # small: checked whole, and kept for the rules across tables
# Checked whole after the large tables, so as not to be held while they are checked.
WHOLE_TABLES_LAST = ("document_sources",)


def validate_release(folder: Path, report: Report, chunk_rows: dict[str, int] | None = None) -> None:
    """Every table against its model, the rules across tables, CSV/Parquet parity and the
    package's sizes and hashes. Documents and records are read `chunk_rows` rows at a
    time (default CHUNK_ROWS), so memory follows the chunk size rather than the release
    size. The package's problems come first in the report."""
    folder = Path(folder)
    if not folder.is_dir():
        raise Unreadable(f"{folder}: release folder does not exist")
    resources = read_resources(folder)
    listed = {str(resource.get("path")) for resource in resources}
    names = [t for t in TABLES if t not in ADDED_TABLES or {f"{t}.parquet", f"{t}.csv"} & listed]
    tables = Report(report.max_errors)
    digests: dict[str, str] = {}  # the CSV files are hashed as their parity is checked
    with ThreadPoolExecutor(max_workers=1) as pool:
        parquet = pool.submit(hash_files, folder, [f"{table}.parquet" for table in names])
        _validate_tables(folder, tables, digests, chunk_rows or CHUNK_ROWS, names)
        digests.update(parquet.result())
    check_resources(folder, resources, report, digests, names)
    report.merge(tables)


def _validate_tables(folder: Path, report: Report, digests: dict[str, str], chunk_rows: dict[str, int],
                     names: list[str]) -> None:
    small: dict[str, pl.DataFrame] = {}
    for table in WHOLE_TABLES:
        frame = _validate_whole(folder, table, report, digests)
        if frame is not None:
            small[table] = frame
    documents_ok = _validate_in_chunks(folder, "documents", report, small, digests, chunk_rows["documents"])
    _validate_in_chunks(folder, "records", report, small if documents_ok else None, digests, chunk_rows["records"])
    if len(small) == len(WHOLE_TABLES):
        for rule in RULES:
            if rule.table == "systems":
                report.add_frame(rule.table, rule.name, "rule", rule.check(small))
    for table in (t for t in WHOLE_TABLES_LAST if t in names):
        frame = _validate_whole(folder, table, report, digests)
        if frame is not None and documents_ok:
            ids = {table: frame, "documents": pl.scan_parquet(folder / "documents.parquet").select("doc_id").collect()}
            for rule in RULES:
                if rule.table == table:
                    report.add_frame(rule.table, rule.name, "rule", rule.check(ids))


def _validate_whole(folder: Path, table: str, report: Report, digests: dict[str, str]) -> pl.DataFrame | None:
    """A table read whole: its model and its CSV twin."""
    frame = validate_table_file(folder / f"{table}.parquet", table, report)
    if frame is not None:
        digests[f"{table}.csv"] = check_parity(folder / f"{table}.csv", frame, table, report)
    return frame


def _validate_in_chunks(folder: Path, table: str, report: Report, small: dict | None,
                        digests: dict[str, str], size: int) -> bool:
    """Check one large table chunk by chunk; `small` (actors, systems) enables the rules
    across tables. False when its columns are unusable.

    Three threads share the work (polars and hashlib release the GIL): this one reads
    the chunks and checks them against the model, one compares the CSV twin with them,
    one applies the rules across tables to them."""
    path, csv = folder / f"{table}.parquet", folder / f"{table}.csv"
    height = parquet_height(path)
    [key] = PRIMARY_KEYS[table]
    schema = MODELS[table].to_schema().update_column(key, unique=False)  # checked whole, below
    keys, rules = [], []
    fed: queue.Queue = queue.Queue(maxsize=2)  # chunks waiting for the CSV comparison
    with ThreadPoolExecutor(max_workers=2) as pool:
        parity = pool.submit(compare_fed, csv, fed)
        try:
            for offset, chunk in parquet_chunks(path, height, size):
                if offset == 0 and not check_columns(chunk.columns, table, report):
                    return False
                fed.put(chunk)
                chunk = typed(chunk, table, report, offset=offset)
                check_table(chunk, table, report, offset, schema)
                keys.append(chunk[key].hash())
                if small is not None:
                    _wait_for(rules, behind=2)  # at most two chunks wait for their rules
                    rules.append(pool.submit(_check_rules, folder, table, chunk, small, offset, report.max_errors))
        finally:
            fed.put(None)
        same_csv, digests[csv.name] = parity.result()
        for found in rules:
            report.merge(found.result())
    report.checked[table] = height
    _check_unique(path, key, pl.concat(keys) if keys else pl.Series(key, [], pl.UInt64), table, report)
    if not same_csv:
        report_differences(csv, pl.read_parquet(path), table, report)
    return True


def _wait_for(futures: list[Future], behind: int) -> None:
    if len(futures) >= behind:
        futures[-behind].result()


def _check_rules(folder: Path, table: str, chunk: pl.DataFrame, small: dict, offset: int,
                 max_errors: int) -> Report:
    found = Report(max_errors)
    tables = {**small, table: chunk}
    if table == "records":
        tables["documents"] = _documents_of(folder, chunk)
    for rule in RULES:
        if rule.table == table:
            found.add_frame(rule.table, rule.name, "rule", rule.check(tables), offset)
    return found


def _documents_of(folder: Path, records: pl.DataFrame) -> pl.DataFrame:
    """The documents a chunk of records points to (row groups are pruned by doc_id)."""
    ids = records["doc_id"].unique().implode()
    found = pl.scan_parquet(folder / "documents.parquet").filter(pl.col("doc_id").is_in(ids)).collect()
    # One chunk per row group read: joined to the records as it is, the text column made
    # span_text_matches_document 20 times slower and several times larger.
    return typed(found.rechunk(), "documents", Report(max_errors=0))


def _check_unique(path: Path, key: str, hashes: pl.Series, table: str, report: Report) -> None:
    """Duplicates of a primary key over the whole table: its values' 64-bit hashes, kept
    chunk by chunk, then the values themselves for the few hashes that repeat."""
    if hashes.n_unique() == hashes.len():  # the common case, and far faster than is_duplicated
        return
    suspects = hashes.is_duplicated()
    rows = suspects.arg_true()
    values = pl.scan_parquet(path).select(key).collect()[key].gather(rows)
    repeated = values.is_duplicated()
    failures = pl.DataFrame({"row": rows.filter(repeated).cast(pl.Int64), "column": key,
                             "value": values.filter(repeated).cast(pl.String)})
    report.add_frame(table, "field_uniqueness", "value",
                     failures.with_columns(message=pl.lit(f"{key} fails field_uniqueness")))
