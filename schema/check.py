"""Check a release folder, or one table file, against the schemas and the rules.

Problems are collected in a `Report`, not raised (see report.py). A release is checked
table by table: columns and types (conform.py), the table's model, the rules across
tables (rules.py), CSV/Parquet parity (parity.py) and the package's sizes and hashes
(package.py).
"""

from __future__ import annotations

import json
import queue
import re
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pandera.polars as pa
import polars as pl

from . import MODELS, TABLES
from .conform import check_columns, conform, typed
from .package import check_descriptor, check_resources, hash_files, read_package
from .parity import check_parity, compare_fed, report_differences
from .read import parquet_chunks, parquet_height, read_table
from .report import Problem, Report, Unreadable, csv_lines
from .rules import RULES
from .tableschema import PRIMARY_KEYS
from .vocab import ACTOR_ID_PATTERN

__all__ = ["Problem", "Report", "Unreadable", "check_table", "validate_release", "validate_table_file"]


# -- one table ----------------------------------------------------------------------------
def check_table(frame: pl.DataFrame, table: str, report: Report, offset: int = 0, schema=None) -> pl.Series:
    """The table's own model: column constraints and row checks (lazy: all failures).
    Returns the positions in `frame` of the rows that fail it (the rules across tables
    are then applied to the others only)."""
    report.checked[table] = offset + frame.height
    already = report.unparsed.get(table, set())  # counted once, as types, shown or not
    try:
        (schema or MODELS[table]).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        _report_pandera(errors.failure_cases, table, report, already, offset)
        return errors.failure_cases["index"].drop_nulls().cast(pl.Int64).unique().sort()
    return pl.Series("index", [], pl.Int64)


def conforming(frame: pl.DataFrame, failed: pl.Series) -> tuple[pl.DataFrame, pl.Series | None]:
    """The rows of `frame` not in `failed`, and their positions in `frame` (None when
    every row conforms)."""
    if failed.len() == 0:
        return frame, None
    keep = ~pl.int_range(frame.height, dtype=pl.Int64, eager=True).is_in(failed.implode())
    return frame.filter(keep), keep.arg_true().cast(pl.Int64)


def apply_rules(table: str, tables: dict[str, pl.DataFrame], positions: pl.Series | None,
                report: Report, offset: int = 0) -> None:
    """The rules across tables of `table`, whose rows in `tables` sit at `positions` of
    the checked chunk (None: all of them, in order)."""
    for rule in RULES:
        if rule.table == table:
            found = rule.check(tables)
            if positions is not None and found.height:
                found = found.with_columns(row=positions.gather(found["row"]))
            report.add_frame(rule.table, rule.name, "rule", found, offset)


# Checks said in plain words (the pattern itself is in the schema and the codebook)
_PLAIN = {
    f"str_matches('{ACTOR_ID_PATTERN}')": "is not an actor code (a state's ISO3, or NSA_, IO_ or SSF_ and capitals)",
    "str_matches('^[a-z]{2}$')": "is not a two-letter ISO 639-1 language code",
    "str_matches('^[A-Z]{3}$')": "is not a three-letter ISO 3166 code",
}


def _report_pandera(cases: pl.DataFrame, table: str, report: Report, already: set, offset: int = 0) -> None:
    cases = cases.with_columns(
        column=pl.when(pl.col("schema_context") == "Column").then(pl.col("column")).otherwise(None),
        row=pl.col("index").cast(pl.Int64) + offset,
    )
    if already:
        cases = cases.filter(~pl.struct("column", "row").is_in(
            [{"column": c, "row": r} for c, r in already]))
    for (check,), group in cases.group_by("check", maintain_order=True):
        said = _PLAIN.get(str(check), f"fails {check}")
        messages = group.with_columns(message=pl.when(pl.col("column").is_not_null())
                                      .then(pl.format("{} {}", pl.col("column"), pl.lit(said)))
                                      .otherwise(pl.lit(f"row fails {check}")))
        values = [value if column is not None else _named_fields(value, str(check))
                  for column, value in zip(messages["column"], messages["failure_case"])]
        report.add_frame(table, str(check), "value",
                         messages.select("row", "column", "message").with_columns(value=pl.Series(values, dtype=pl.String))
                         .select("row", "column", "value", "message"))


def _named_fields(row: str | None, check: str) -> str | None:
    """A failing row (pandera gives it as JSON) cut to the fields its check names:
    `supplier_differs_from_recipient` -> "supplier=ISR, recipient=ISR"; `span_is_not_empty` ->
    the span_ fields. The row as it came when the check names none of them."""
    try:
        fields = json.loads(row) if row else None
    except ValueError:
        return row
    if not isinstance(fields, dict):
        return row
    words = set(check.split("_"))
    named = [key for key in fields if key in check or key.split("_")[0] in words]
    return ", ".join(f"{key}={fields[key]}" for key in named) if named else row


def validate_table_file(path: Path, table: str, report: Report) -> tuple[pl.DataFrame, pl.Series] | None:
    """One table file against its model: (its typed rows, the positions of the rows that
    fail), or None when columns are missing."""
    part = Report(report.max_errors, file=path.name)
    raw = read_table(path)
    frame = conform(raw, table, part, from_text=path.suffix == ".csv")
    checked = None if frame is None else (frame, check_table(frame, table, part))
    if path.suffix == ".csv":
        part.set_lines(csv_lines(raw))
    report.merge(part)
    return checked


# -- a release ----------------------------------------------------------------------------
# Rows of a large table checked at a time: documents carry their text, so fewer of them.
# Smaller chunks use less memory and take longer (10M records: 500,000 rows at a time
# take 1.0 GB and 10.6 s, 200,000 rows 0.7 GB and some 13 s).
CHUNK_ROWS = {"records": 500_000, "documents": 20_000}
CHUNKED_TABLES = ("documents", "records")  # in this order: records are checked against documents
# Checked whole after records: deals against the records it names as evidence,
# document_sources against the documents (and so not held while they are checked).
DERIVED_TABLES = ("document_sources", "deals")
WHOLE_TABLES = tuple(t for t in TABLES if t not in CHUNKED_TABLES + DERIVED_TABLES)  # small: checked whole


def validate_release(folder: Path, report: Report, chunk_rows: dict[str, int] | None = None,
                     version: str | None = None) -> None:
    """Every table against its model, the rules across tables, CSV/Parquet parity, and
    datapackage.json against the release (see package.check_descriptor: `version` is the
    release's version, by default the one its folder is named after) with the files'
    sizes and hashes. Documents and records are read `chunk_rows` rows at a time
    (default CHUNK_ROWS), so memory follows the chunk size rather than the release size.
    The package's problems come first in the report; a table file that is missing is a
    problem of its own, and then no table is read. Raises Unreadable for a folder or file
    that cannot be read at all, and for a release older than ALL_TABLES_SINCE."""
    folder = Path(folder)
    if not folder.is_dir():
        raise Unreadable(f"{folder}: release folder does not exist")
    if not (folder / "datapackage.json").exists():
        raise Unreadable(f"{folder / 'datapackage.json'}: file does not exist (a release holds it beside its tables; "
                         "to check one table file alone, give its path)")
    package = read_package(folder)
    _refuse_an_older_layout(folder, package)
    resources = check_descriptor(folder, package, report, version)
    absent = [f"{table}.{kind}" for table in TABLES for kind in ("parquet", "csv") if not (folder / f"{table}.{kind}").exists()]
    if absent:  # a damaged release: each missing file is a problem, and its tables are not read
        for name in absent:
            report.add(Problem("file", name.rsplit(".", 1)[0], None, None, None,
                               "file does not exist: a release holds every table as Parquet and CSV "
                               "(the tables were not checked)", "file_exists", file=name))
        return
    tables = Report(report.max_errors)
    digests: dict[str, str] = {}  # the CSV files are hashed as their parity is checked
    with ThreadPoolExecutor(max_workers=1) as pool:
        parquet = pool.submit(hash_files, folder, [f"{table}.parquet" for table in TABLES])
        _validate_tables(folder, tables, digests, chunk_rows or CHUNK_ROWS)
        digests.update(parquet.result())
    check_resources(folder, resources, report, digests)
    report.merge(tables)


def _refuse_an_older_layout(folder: Path, package: dict) -> None:
    """Raise Unreadable, naming the tables, for a release made before some of TABLES
    existed: its descriptor declares other tables but not those, and their files are absent
    too (0.1.0 has no actor_codes, deals or document_sources). Such a release is checked by
    the armsdata of its own version, not against this schema."""
    resources = package.get("resources")
    # (a resource's table from its path, as package.check_descriptor reads it: "records.parquet")
    names = {str(r.get("path")).rsplit(".", 1)[0] for r in resources if isinstance(r, dict)} \
        if isinstance(resources, list) else set()
    missing = [table for table in TABLES if table not in names and not (folder / f"{table}.parquet").exists()]
    if missing and names & set(TABLES) and not _current_layout(package.get("version")):
        declared = package.get("version")
        release = f"release {declared}" if isinstance(declared, str) else "the release"
        raise Unreadable(f"{folder}: {release} predates the {', '.join(missing)} table"
                         f"{'s' if len(missing) > 1 else ''} of this schema; check it with the armsdata of its version")


# Every release from 0.2.0 on holds all of TABLES (0.1.0 had records, documents, actors and
# systems only): one of those without a table is damaged, not older
ALL_TABLES_SINCE = (0, 2, 0)


def _current_layout(version) -> bool:
    """`version` (datapackage.json's) is MAJOR.MINOR.PATCH and at least ALL_TABLES_SINCE."""
    found = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version) if isinstance(version, str) else None
    return found is not None and tuple(int(part) for part in found.groups()) >= ALL_TABLES_SINCE


def _validate_tables(folder: Path, report: Report, digests: dict[str, str], chunk_rows: dict[str, int]) -> None:
    small: dict[str, pl.DataFrame] = {}
    failed: dict[str, pl.Series] = {}
    for table in WHOLE_TABLES:
        checked = validate_table_file(folder / f"{table}.parquet", table, report)
        if checked is not None:
            small[table], failed[table] = checked
            digests[f"{table}.csv"] = check_parity(folder / f"{table}.csv", small[table], table, report, check_table)
    complete = len(small) == len(WHOLE_TABLES)  # the rules across tables look values up in them
    lookups = small if complete else None
    records_sound = True
    for table in CHUNKED_TABLES:
        part = Report(report.max_errors, file=f"{table}.parquet")
        if not _validate_in_chunks(folder, table, part, lookups, digests, chunk_rows[table]):
            lookups = None  # the records' rules need the documents
        records_sound = records_sound and not part.total
        report.merge(part)
    if complete:
        for table in WHOLE_TABLES:
            part = Report(report.max_errors, file=f"{table}.parquet")
            rows, positions = conforming(small[table], failed[table])
            apply_rules(table, {**small, table: rows}, positions, part)
            report.merge(part)
    usable = small if complete and lookups is not None else None
    _validate_sources(folder, report, digests, usable is not None)
    # (the deals are checked against their evidence only when the documents and records have
    # no problem: a record's wrong type or value would be reported again as a deal it no
    # longer supports: a new-user trial of 0.40.0)
    _validate_deals(folder, report, digests, usable if records_sound else None)


def _validate_sources(folder: Path, report: Report, digests: dict[str, str], documents_ok: bool) -> None:
    """document_sources against its model and, when the documents are usable, its doc_ids
    against theirs."""
    checked = validate_table_file(folder / "document_sources.parquet", "document_sources", report)
    if checked is None:
        return
    sources, failed = checked
    digests["document_sources.csv"] = check_parity(folder / "document_sources.csv", sources, "document_sources",
                                                   report, check_table)
    if documents_ok:
        part = Report(report.max_errors, file="document_sources.parquet")
        rows, positions = conforming(sources, failed)
        ids = pl.scan_parquet(folder / "documents.parquet").select(pl.col("doc_id").cast(pl.String)).collect()
        apply_rules("document_sources", {"document_sources": rows, "documents": ids}, positions, part)
        report.merge(part)


def _validate_deals(folder: Path, report: Report, digests: dict[str, str], small: dict | None) -> None:
    """The deals table against its model and, when the other tables are usable (`small`),
    against the records it names as evidence. (Every table file exists here: validate_release
    reports a missing one and reads no table.)"""
    checked = validate_table_file(folder / "deals.parquet", "deals", report)
    if checked is None:
        return
    deals, failed = checked
    digests["deals.csv"] = check_parity(folder / "deals.csv", deals, "deals", report, check_table)
    if small is not None:
        part = Report(report.max_errors, file="deals.parquet")
        rows, positions = conforming(deals, failed)
        apply_rules("deals", {**small, "deals": rows, **_evidence_of(folder, rows)}, positions, part)
        report.merge(part)


def _evidence_of(folder: Path, deals: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The records that the deals name as evidence, and the publication dates of their
    documents (the records are scanned, not read whole)."""
    columns = [c for c in deals.columns if c.endswith("_record_id")]
    lists = [deals[c].drop_nulls().str.split("|").explode() for c in ("quantity_delivered_parts",
                                                                       "status_history_record_ids")]
    ids = pl.concat([deals[c].drop_nulls() for c in columns] + lists).unique().implode()
    records = typed(pl.scan_parquet(folder / "records.parquet").filter(pl.col("record_id").cast(pl.String).is_in(ids))
                    .collect(), "records", Report(max_errors=0)).select(
        "record_id", "doc_id", "supplier", "recipient", "system", "status", "quantity", "event_year")
    documents = typed(pl.scan_parquet(folder / "documents.parquet").filter(
        pl.col("doc_id").cast(pl.String).is_in(records["doc_id"].unique().implode())).collect(),
        "documents", Report(max_errors=0)).select("doc_id", "published")
    # the values the deals were built from, as their models type them (a damaged cell is null)
    return {"records": records, "documents": documents}


def _validate_in_chunks(folder: Path, table: str, report: Report, small: dict[str, pl.DataFrame] | None,
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
                failed = check_table(chunk, table, report, offset, schema)
                keys.append(chunk[key].hash())
                if small is not None:
                    _wait_for(rules, behind=2)  # at most two chunks wait for their rules
                    rules.append(pool.submit(_check_rules, folder, table, chunk, failed, small, offset,
                                             report.max_errors))
        finally:
            fed.put(None)
        same_csv, digests[csv.name] = parity.result()
        for found in rules:
            report.merge(found.result())
    report.checked[table] = height
    _check_unique(path, key, pl.concat(keys) if keys else pl.Series(key, [], pl.UInt64), table, report)
    if not same_csv:
        report_differences(csv, pl.read_parquet(path), table, report, check_table)
    return True


def _wait_for(futures: list[Future], behind: int) -> None:
    if len(futures) >= behind:
        futures[-behind].result()


def _check_rules(folder: Path, table: str, chunk: pl.DataFrame, failed: pl.Series, small: dict, offset: int,
                 max_errors: int) -> Report:
    found = Report(max_errors, file=f"{table}.parquet")
    rows, positions = conforming(chunk, failed)
    tables = {**small, table: rows}
    if table == "records":
        tables["documents"] = _documents_of(folder, rows)
    apply_rules(table, tables, positions, found, offset)
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
