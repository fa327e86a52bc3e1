"""Check a release folder, or one table file, against the schemas and the rules.

Problems are collected, not raised: a report holds every problem found (the first
`max_errors` in full, all of them counted). Only input that cannot be read at all stops
the check, as an `Unreadable` error naming the file.
"""

from __future__ import annotations

import hashlib
import json
import queue
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import pandera.polars as pa
import polars as pl

from armsdata.build.errors import ArmsdataError

from . import MODELS, TABLES
from .rules import RULES

FORMATS = ("parquet", "csv")


class Unreadable(ArmsdataError):
    """Input that cannot be read at all (exit code 2)."""


@dataclass(frozen=True)
class Problem:
    type: str  # file, integrity, column, dtype, value, rule, parity
    table: str | None
    column: str | None
    row: int | None
    value: str | None
    message: str
    rule: str


class Report:
    def __init__(self, max_errors: int = 1000):
        self.max_errors = max_errors
        self.problems: list[Problem] = []
        self.counts: Counter[tuple[str | None, str]] = Counter()
        self.checked: dict[str, int] = {}  # table -> rows checked

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def valid(self) -> bool:
        return self.total == 0

    def add(self, problem: Problem) -> None:
        self.counts[(problem.table, problem.rule)] += 1
        if len(self.problems) < self.max_errors:
            self.problems.append(problem)

    def add_frame(self, table: str, rule: str, type_: str, failures: pl.DataFrame, offset: int = 0) -> None:
        """Failures as a frame with row, column, value, message (see rules.py); `offset` is
        the position of the checked chunk in its table."""
        if failures.height == 0:
            return
        self.counts[(table, rule)] += failures.height
        room = self.max_errors - len(self.problems)
        for row in failures.head(max(room, 0)).iter_rows(named=True):
            position = None if row["row"] is None else row["row"] + offset
            self.problems.append(Problem(type_, table, row["column"], position, _short(row["value"]),
                                         row["message"], rule))

    def merge(self, other: "Report") -> None:
        self.counts.update(other.counts)
        self.checked.update(other.checked)
        self.problems.extend(other.problems[:max(self.max_errors - len(self.problems), 0)])

    def as_dict(self) -> dict:
        return {
            "valid": self.valid,
            "total": self.total,
            "shown": len(self.problems),
            "checked_rows": self.checked,
            "counts": [{"table": t, "rule": r, "count": n} for (t, r), n in sorted(self.counts.items(), key=str)],
            "errors": [asdict(p) for p in self.problems],
        }


def _short(value, limit: int = 200):
    if value is None:
        return None
    value = str(value)
    return value if len(value) <= limit else value[:limit] + "…"


# -- reading ------------------------------------------------------------------------------
def expected_schema(table: str) -> dict[str, pl.DataType]:
    return {name: column.dtype.type for name, column in MODELS[table].to_schema().columns.items()}


def _parquet_unreadable(path: Path, exc: Exception) -> Unreadable:
    if isinstance(exc, FileNotFoundError):
        return Unreadable(f"{path}: file does not exist")
    # polars and pyarrow raise many types for a broken file
    return Unreadable(f"{path}: not a readable Parquet file ({_reason(exc)})")


def _csv_unreadable(path: Path, exc: Exception) -> Unreadable:
    reason = _reason(exc)
    if "utf-8" in reason.lower() or "utf8" in reason.lower():
        return Unreadable(f"{path}: not valid UTF-8")
    return Unreadable(f"{path}: not a readable CSV file ({reason})")


def read_parquet(path: Path) -> pl.DataFrame:
    try:
        return pl.read_parquet(path)
    except Exception as exc:
        raise _parquet_unreadable(path, exc) from None


def _require_csv(path: Path) -> None:
    if not path.exists():
        raise Unreadable(f"{path}: file does not exist")
    if path.stat().st_size == 0:
        raise Unreadable(f"{path}: empty file (expected a header row)")


def read_csv(path: Path) -> pl.DataFrame:
    """Every column as text; types are applied (and their failures reported) by `conform`."""
    _require_csv(path)
    try:
        return pl.read_csv(path, infer_schema=False)
    except Exception as exc:
        raise _csv_unreadable(path, exc) from None


def _reason(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [exc.__class__.__name__])[0][:160]


def read_table(path: Path) -> pl.DataFrame:
    if path.suffix == ".parquet":
        return read_parquet(path)
    if path.suffix == ".csv":
        return read_csv(path)
    raise Unreadable(f"{path}: not a .parquet or .csv file")


# -- one table ----------------------------------------------------------------------------
def conform(frame: pl.DataFrame, table: str, report: Report, from_text: bool = False) -> pl.DataFrame | None:
    """The frame with the schema's columns and types, or None when columns are missing.
    Missing, extra and renamed columns and values of the wrong type are reported."""
    if not check_columns(frame.columns, table, report):
        return None
    return typed(frame, table, report, from_text)


def typed(frame: pl.DataFrame, table: str, report: Report, from_text: bool = False, offset: int = 0) -> pl.DataFrame:
    return frame.select([_cast(frame[name], dtype, table, report, from_text, offset)
                         for name, dtype in expected_schema(table).items()])


def check_columns(columns: list[str], table: str, report: Report) -> bool:
    """Report missing, extra, renamed and misordered columns; False when one is missing."""
    expected = expected_schema(table)
    missing = [c for c in expected if c not in columns]
    extra = [c for c in columns if c not in expected]
    for position, name in enumerate(columns):
        if name in extra:
            hint = ""
            if position < len(expected) and list(expected)[position] in missing:
                hint = f" (renamed from {list(expected)[position]}?)"
            report.add(Problem("column", table, name, None, None, f"unexpected column {name}{hint}", "columns"))
    for name in missing:
        report.add(Problem("column", table, name, None, None, f"missing column {name}", "columns"))
    if missing:
        return False
    if [c for c in columns if c in expected] != list(expected):
        report.add(Problem("column", table, None, None, None,
                           f"columns out of order: expected {', '.join(expected)}", "columns"))
    return True


def _cast(series: pl.Series, dtype: pl.DataType, table: str, report: Report, from_text: bool,
          offset: int = 0) -> pl.Series:
    """The column in its schema type. CSV columns arrive as text and are parsed; a Parquet
    column of another type is a dtype problem (and is still parsed, to check its values)."""
    if series.dtype == dtype:
        return series
    if not from_text and offset == 0:
        report.add(Problem("dtype", table, series.name, None, str(series.dtype),
                           f"column {series.name} has type {series.dtype}, expected {dtype}", "dtypes"))
    text = series.cast(pl.String) if series.dtype != pl.String else series
    if dtype == pl.Boolean:
        cast = text.replace_strict({"true": True, "false": False}, default=None, return_dtype=pl.Boolean)
    elif dtype == pl.Date:
        cast = text.str.to_date("%Y-%m-%d", strict=False)
    else:
        cast = text.cast(dtype, strict=False)
    bad = (cast.is_null() & text.is_not_null()).arg_true()
    if len(bad):
        failures = pl.DataFrame({"row": bad.cast(pl.Int64), "column": series.name,
                                 "value": text.gather(bad)}).with_columns(
            message=pl.format(f"{series.name}: {{}} is not a valid {dtype}", pl.col("value")))
        report.add_frame(table, "types", "value", failures.select("row", "column", "value", "message"), offset)
    return cast


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
CHUNK_ROWS = {"records": 1_000_000, "documents": 50_000}
WHOLE_TABLES = ("actors", "systems")  # small: checked whole


def validate_release(folder: Path, report: Report) -> None:
    """Every table against its model, the rules across tables, CSV/Parquet parity and the
    package's sizes and hashes. Documents and records are read a chunk at a time, so
    memory follows the chunk size rather than the release size."""
    folder = Path(folder)
    if not folder.is_dir():
        raise Unreadable(f"{folder}: release folder does not exist")
    with ThreadPoolExecutor(max_workers=1) as pool:
        # sizes and hashes of the files are checked alongside the tables (hashlib
        # releases the GIL); its problems are reported first all the same
        package = Report(report.max_errors)
        hashing = pool.submit(check_resources, folder, read_resources(folder), package)
        tables = Report(report.max_errors)
        try:
            _validate_tables(folder, tables)
        finally:
            hashing.result()
    for part in (package, tables):
        report.merge(part)


def _validate_tables(folder: Path, report: Report) -> None:
    small: dict[str, pl.DataFrame] = {}
    for table in WHOLE_TABLES:
        frame = validate_table_file(folder / f"{table}.parquet", table, report)
        if frame is not None:
            small[table] = frame
            check_parity(folder / f"{table}.csv", frame, table, report)
    documents_ok = _validate_in_chunks(folder, "documents", report, small)
    _validate_in_chunks(folder, "records", report, small if documents_ok else None)
    if len(small) == len(WHOLE_TABLES):
        for rule in RULES:
            if rule.table == "systems":
                report.add_frame(rule.table, rule.name, "rule", rule.check(small))


def parquet_height(path: Path) -> int:
    try:
        return pl.scan_parquet(path).select(pl.len()).collect().item()
    except Exception as exc:
        raise _parquet_unreadable(path, exc) from None


def parquet_chunks(path: Path, height: int, size: int):
    for offset in range(0, max(height, 1), size):
        try:
            yield offset, pl.scan_parquet(path).slice(offset, size).collect()
        except Exception as exc:
            raise _parquet_unreadable(path, exc) from None


def _validate_in_chunks(folder: Path, table: str, report: Report, small: dict | None) -> bool:
    """Check one large table chunk by chunk; `small` (actors, systems) enables the rules
    across tables. False when its columns are unusable."""
    from .tableschema import PRIMARY_KEYS

    path = folder / f"{table}.parquet"
    height = parquet_height(path)
    [key] = PRIMARY_KEYS[table]
    schema = MODELS[table].to_schema().update_column(key, unique=False)  # checked whole, below
    keys = []
    chunks: queue.Queue = queue.Queue(maxsize=2)  # chunks read ahead for the CSV comparison
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The CSV twin is parsed and compared in a thread of its own (polars releases the
        # GIL), fed with the Parquet chunks this loop reads.
        parity = pool.submit(_csv_matches_chunks, folder / f"{table}.csv", chunks, CHUNK_ROWS[table])
        try:
            for offset, chunk in parquet_chunks(path, height, CHUNK_ROWS[table]):
                if offset == 0 and not check_columns(chunk.columns, table, report):
                    return False
                chunks.put(chunk)
                chunk = typed(chunk, table, report, offset=offset)
                check_table(chunk, table, report, offset, schema)
                keys.append(chunk[key].hash())
                if small is not None:
                    _check_rules(folder, table, chunk, small, offset, report)
        finally:
            chunks.put(None)
        same_csv = parity.result()
    report.checked[table] = height
    _check_unique(path, key, pl.concat(keys) if keys else pl.Series(key, [], pl.UInt64), table, report)
    if not same_csv:
        check_parity(folder / f"{table}.csv", pl.read_parquet(path), table, report)
    return True


def _csv_matches_chunks(csv: Path, chunks: queue.Queue, size: int) -> bool:
    """Compare the CSV with the Parquet chunks put on `chunks` (None ends them); keeps
    taking chunks after a difference so that the producer never blocks."""
    comparer, failure = None, None
    try:
        comparer = CsvComparer(csv, size)
    except Unreadable as exc:
        failure = exc
    while (chunk := chunks.get()) is not None:
        if comparer is not None and failure is None:
            try:
                comparer.feed(chunk)
            except Unreadable as exc:
                failure = exc
    if failure is not None:
        raise failure
    return comparer.finish()


def _check_rules(folder: Path, table: str, chunk: pl.DataFrame, small: dict, offset: int, report: Report) -> None:
    tables = {**small, table: chunk}
    if table == "records":
        tables["documents"] = _documents_of(folder, chunk)
    for rule in RULES:
        if rule.table == table:
            report.add_frame(rule.table, rule.name, "rule", rule.check(tables), offset)


def _documents_of(folder: Path, records: pl.DataFrame) -> pl.DataFrame:
    """The documents a chunk of records points to (row groups are pruned by doc_id)."""
    ids = records["doc_id"].unique().implode()
    return typed(pl.scan_parquet(folder / "documents.parquet").filter(pl.col("doc_id").is_in(ids)).collect(),
                 "documents", Report(max_errors=0))


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


class CsvComparer:
    """Compares a CSV file, chunk after chunk, with the Parquet rows: the CSV is parsed
    as text in batches and each cell is compared with the Parquet cell written as text
    (null with null, "" with ""). Never holds the whole file."""

    def __init__(self, path: Path, batch_rows: int = 500_000):
        _require_csv(path)
        self.path = path
        self.batches = pl.scan_csv(path, infer_schema=False).collect_batches(chunk_size=batch_rows)
        self.buffer: pl.DataFrame | None = None
        self.same = True

    def _next(self) -> pl.DataFrame | None:
        try:
            return next(self.batches)
        except StopIteration:
            return None
        except Exception as exc:
            raise _csv_unreadable(self.path, exc) from None

    def feed(self, frame: pl.DataFrame) -> None:
        if not self.same:
            return
        while self.buffer is None or self.buffer.height < frame.height:
            batch = self._next()
            if batch is None:
                break
            self.buffer = batch if self.buffer is None else pl.concat([self.buffer, batch])
        if self.buffer is None:
            self.same = frame.height == 0
            return
        rows, self.buffer = self.buffer.head(frame.height), self.buffer.slice(frame.height)
        as_text = frame.select([pl.col(c).cast(pl.String) for c in frame.columns])
        self.same = rows.columns == as_text.columns and rows.equals(as_text)

    def finish(self) -> bool:
        more = (self.buffer is not None and self.buffer.height > 0) or (self.same and self._next() is not None)
        return self.same and not more



def check_parity(path: Path, parquet: pl.DataFrame, table: str, report: Report) -> None:
    """The CSV twin holds the same rows, in the same order, as the Parquet file. The fast
    path compares bytes; only a CSV that differs is parsed to say where."""
    comparer = CsvComparer(path)
    comparer.feed(parquet)
    if comparer.finish():
        return
    scratch = Report(max_errors=0)
    csv = conform(read_csv(path), table, scratch, from_text=True)
    if csv is None or scratch.total:
        report.add(Problem("parity", table, None, None, path.name,
                           f"{path.name} does not have the columns and types of {table}.parquet", "csv_parity"))
        return
    if csv.height != parquet.height:
        report.add(Problem("parity", table, None, None, path.name,
                           f"{path.name} has {csv.height} rows, {table}.parquet {parquet.height}", "csv_parity"))
        return
    for name in parquet.columns:
        a, b = parquet[name], csv[name]
        differs = (a != b).fill_null(True) & ~(a.is_null() & b.is_null())
        rows = differs.arg_true()
        if len(rows):
            report.add(Problem("parity", table, name, int(rows[0]), _short(b[int(rows[0])]),
                               f"{path.name} differs from {table}.parquet in column {name} "
                               f"({len(rows)} rows, first at row {int(rows[0])})", "csv_parity"))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def check_package(folder: Path, report: Report) -> None:
    """datapackage.json lists every table file with its size and sha256."""
    check_resources(folder, read_resources(folder), report)


def read_resources(folder: Path) -> list[dict]:
    """The resources of datapackage.json; Unreadable when it cannot be used at all."""
    path = folder / "datapackage.json"
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Unreadable(f"{path}: file does not exist") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Unreadable(f"{path}: not valid JSON ({_reason(exc)})") from None
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        raise Unreadable(f"{path}: has no list of resources")
    return resources


def check_resources(folder: Path, resources: list[dict], report: Report) -> None:
    listed = {r.get("path") for r in resources}
    for table in TABLES:
        for fmt in FORMATS:
            if f"{table}.{fmt}" not in listed:
                report.add(Problem("integrity", table, None, None, f"{table}.{fmt}",
                                   f"datapackage.json does not list {table}.{fmt}", "package"))
    # hashlib releases the GIL on large reads: the files are hashed side by side.
    with ThreadPoolExecutor(max_workers=2) as pool:
        digests = dict(zip(range(len(resources)), pool.map(lambda r: _digest(folder, r), resources)))
    for index, resource in enumerate(resources):
        _check_resource(folder, resource, digests[index], report)


def _digest(folder: Path, resource: dict) -> str | None:
    target = folder / str(resource.get("path"))
    return sha256_file(target) if target.is_file() else None


def _check_resource(folder: Path, resource: dict, digest: str | None, report: Report) -> None:
    name = str(resource.get("path"))
    table = name.rsplit(".", 1)[0]
    target = folder / name
    if not target.is_file():
        report.add(Problem("integrity", table, None, None, name, f"{name} is listed in datapackage.json but missing",
                           "package"))
        return
    size = target.stat().st_size
    if resource.get("bytes") != size:
        report.add(Problem("integrity", table, None, None, name,
                           f"{name} has {size} bytes, datapackage.json says {resource.get('bytes')}", "package"))
    if resource.get("hash") != f"sha256:{digest}":
        report.add(Problem("integrity", table, None, None, name,
                           f"{name} does not match its sha256 in datapackage.json", "package"))
