"""CSV/Parquet parity: a table's CSV twin holds the same rows, in the same order, as its
Parquet file.

The fast path renders the Parquet rows exactly as a release writes its CSV
(`CSV_OPTIONS`) and compares bytes with the file, hashing the file's bytes on the way so
that the package check need not read it again. Rendering is about twice as fast as
parsing the CSV. Only a CSV whose bytes differ is parsed, to say where it differs (a
CSV that says the same in other bytes, quoting every field say, still passes).
"""

from __future__ import annotations

import hashlib
import queue
from pathlib import Path

import polars as pl

from .conform import conform
from .package import hash_rest
from .read import read_csv, reason, require_csv
from .report import Problem, Report, Unreadable, csv_lines, short

# How a release writes its CSV files: RFC 4180 quoting, an empty field for null, ISO
# dates, \n line ends, UTF-8.
CSV_OPTIONS = {"line_terminator": "\n", "quote_style": "necessary", "null_value": "", "date_format": "%Y-%m-%d"}


class CsvTwin:
    """Compares a CSV file with Parquet rows fed a chunk at a time (never the whole file
    in memory) and hashes the file as it goes."""

    def __init__(self, path: Path):
        require_csv(path)
        try:
            self.handle = path.open("rb")
        except OSError as exc:
            raise Unreadable(f"{path}: cannot be read ({reason(exc)})") from None
        self.sha256 = hashlib.sha256()
        self.same = True
        self.header_written = False

    def write(self, rendered: bytes) -> int:
        """polars' CSV writer writes here: the same number of bytes is read from the file."""
        stored = self.handle.read(len(rendered))
        self.sha256.update(stored)
        self.same = self.same and stored == rendered
        return len(rendered)

    def flush(self) -> None:
        """Nothing to flush (polars' writer calls it)."""
        pass

    def feed(self, rows: pl.DataFrame) -> None:
        """Compare the CSV rendering of the next Parquet `rows` (the header before the first)
        with the file's next bytes. After a difference nothing more is compared; finish hashes the rest."""
        if self.same:  # after a difference, only the hash is still wanted (see finish)
            rows.write_csv(self, include_header=not self.header_written, **CSV_OPTIONS)
        self.header_written = True

    def finish(self) -> tuple[bool, str]:
        """(the file has exactly the rows fed, its sha256)."""
        with self.handle:
            rest = hash_rest(self.handle, self.sha256)
        return self.same and not rest, self.sha256.hexdigest()


def compare_fed(path: Path, fed: queue.Queue) -> tuple[bool, str]:
    """CsvTwin over the chunks put on `fed` (None ends them), for a thread of its own.
    It takes every chunk even after a failure, so that the producer never blocks."""
    twin, failure = None, None
    try:
        twin = CsvTwin(path)
    except Unreadable as exc:
        failure = exc
    while (chunk := fed.get()) is not None:
        if failure is None:
            try:
                twin.feed(chunk)
            except Exception as exc:  # an I/O error on the way: say which file
                failure = Unreadable(f"{path}: cannot be read ({exc})")
    if failure is not None:
        raise failure
    return twin.finish()


def check_parity(path: Path, parquet: pl.DataFrame, table: str, report: Report, check=None) -> str:
    """Parity of a whole table with its CSV twin; returns the CSV's sha256. `check`: as
    for report_differences."""
    twin = CsvTwin(path)
    twin.feed(parquet)
    same, digest = twin.finish()
    if not same:
        report_differences(path, parquet, table, report, check)
    return digest


def report_differences(path: Path, parquet: pl.DataFrame, table: str, report: Report, check=None) -> None:
    """The slow path: the CSV parsed and typed, compared column by column with the
    Parquet rows (typed the same way: a column of the wrong type is reported elsewhere).
    When the CSV's own values are wrong, those are reported instead: its types and
    vocabularies, and with `check` (check.check_table, which this module cannot import)
    its model's other checks too, so that a status not in the vocabulary does not hide a
    quantity below 1 on another line."""
    found = Report(report.max_errors, file=path.name)
    text = read_csv(path)
    csv = conform(text, table, found, from_text=True)
    parquet = conform(parquet, table, Report(max_errors=0))
    if csv is None or parquet is None or found.total:  # its own columns and values are wrong: say where
        if csv is not None and check is not None:
            check(csv, table, found)
        found.set_lines(csv_lines(text))
        report.merge(found)
        return
    if csv.height != parquet.height:
        report.add(Problem("parity", table, None, None, path.name,
                           f"{path.name} has {csv.height} rows, {table}.parquet {parquet.height}", "csv_parity",
                           path.name))
        return
    lines = None
    for name in parquet.columns:
        rows = parquet[name].ne_missing(csv[name]).arg_true()  # null against null is the same
        if len(rows):
            first = int(rows[0])
            lines = csv_lines(text) if lines is None else lines
            report.add(Problem("parity", table, name, first, short(csv[name][first]),
                               f"{path.name} differs from {table}.parquet in column {name} "
                               f"({len(rows)} rows, first at line {lines[first]}, row {first} of {table}.parquet)",
                               "csv_parity", path.name, lines[first]))

