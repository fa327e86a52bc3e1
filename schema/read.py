"""Reading release files. Input that cannot be read raises `Unreadable` with a one-line
cause naming the file; polars and pyarrow raise many error types for a broken file."""

from __future__ import annotations

import csv
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import polars as pl

from .report import Unreadable


def reason(exc: BaseException) -> str:
    """The first line of an error's message, for a one-line report."""
    return (str(exc).strip().splitlines() or [exc.__class__.__name__])[0][:160]


def parquet_unreadable(path: Path, exc: BaseException) -> Unreadable:
    """The Unreadable error for a Parquet file that failed to open with `exc`, one line
    naming `path`."""
    if isinstance(exc, FileNotFoundError):
        return Unreadable(f"{path}: file does not exist")
    return Unreadable(f"{path}: not a readable Parquet file ({reason(exc)})")


def csv_unreadable(path: Path, exc: Exception) -> Unreadable:
    """The Unreadable error for a CSV file that failed to read with `exc`, one line naming
    `path` ("not valid UTF-8" for a decoding error), and the line of the first row the csv
    module cannot read or that has another number of fields than the header, when it finds
    one (`_bad_line`): "records.csv:2: not a readable CSV file (a quotation mark opened in
    this row is not closed ...)"."""
    cause = reason(exc)
    if "utf-8" in cause.lower() or "utf8" in cause.lower():
        return Unreadable(f"{path}{_bad_byte(path)}: not valid UTF-8")
    found = _bad_line(path)
    if found is not None:
        return Unreadable(f"{path}:{found[0]}: not a readable CSV file ({found[1]})")
    return Unreadable(f"{path}: not a readable CSV file ({cause})")


def utf8_position(raw: bytes, exc: UnicodeDecodeError) -> tuple[int, int]:
    """(line, column), both 1-based and the column in characters, of the byte of `raw` at
    which decoding it as UTF-8 failed with `exc` (what comes before it on its line decodes).
    Every reader names a bad byte so: build's documents, evaluate's gold, validate's CSV."""
    line_start = raw.rfind(b"\n", 0, exc.start) + 1
    return raw.count(b"\n", 0, exc.start) + 1, len(raw[line_start:exc.start].decode("utf-8")) + 1


def _bad_byte(path: Path) -> str:
    """":LINE:COLUMN" of the first byte of the file at `path` that is not UTF-8 (utf8_position),
    as build and evaluate name it (a new-user trial of 0.26.0); "" when the file decodes or
    cannot be read."""
    try:
        raw = path.read_bytes()
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = utf8_position(raw, exc)
        return f":{line}:{column}"
    except OSError:
        return ""
    return ""


def _bad_line(path: Path) -> tuple[int, str] | None:
    """(line, what is wrong) of the first row of the CSV file at `path` that Python's csv
    module (strict) cannot read or whose number of fields differs from the header's; None
    when every row reads (or the file cannot be opened as UTF-8 text). Read only after polars
    failed, one row at a time."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            start, header = 1, None
            try:
                for row in reader:
                    if header is None:
                        header = row
                    elif row and len(row) != len(header):
                        return start, f"has {len(row)} fields, the header has {len(header)}"
                    start = reader.line_num + 1
            except csv.Error as exc:
                if "unexpected end of data" in str(exc):
                    return start, "a quotation mark opened in this row is not closed"
                if "expected after" in str(exc):
                    return start, "text follows a closing quotation mark in this row"
                return start, f"csv: {exc}"
    except (OSError, UnicodeDecodeError):
        return None
    return None


def check_parquet_layout(path: Path) -> None:
    """Raise Unreadable when the footer of the Parquet file at `path` cannot be read or
    places a column chunk past the file's end (a file cut in its middle with its footer
    kept: polars would panic on it, an error that is no Exception). Reads the footer only
    (pyarrow.parquet.ParquetFile.metadata)."""
    import pyarrow.parquet as pq

    try:
        size = path.stat().st_size
        metadata = pq.ParquetFile(path).metadata
    except Exception as exc:
        raise parquet_unreadable(path, exc) from None
    for group in range(metadata.num_row_groups):
        row_group = metadata.row_group(group)
        for index in range(row_group.num_columns):
            chunk = row_group.column(index)
            start = chunk.dictionary_page_offset if chunk.has_dictionary_page and chunk.dictionary_page_offset \
                else chunk.data_page_offset
            if start < 4 or start + chunk.total_compressed_size > size:
                raise Unreadable(f"{path}: not a readable Parquet file (column {chunk.path_in_schema!r} lies "
                                 f"outside the file's {size} bytes: cut or damaged)")


@contextmanager
def _parquet_errors(path: Path) -> Iterator[None]:
    """Turn what polars raises while reading the Parquet file at `path` into Unreadable:
    any Exception, and a panic of its Rust code (pyo3's PanicException, a BaseException);
    KeyboardInterrupt and SystemExit pass."""
    try:
        yield
    except BaseException as exc:
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        raise parquet_unreadable(path, exc) from None


def read_parquet(path: Path, columns: list[str] | None = None, optional: tuple[str, ...] = ()) -> pl.DataFrame:
    """The Parquet file at `path` as a DataFrame (only `columns`, when given, and those of
    `optional` the file has: a column that releases added later). Raises Unreadable
    (missing, not Parquet, or cut: `check_parquet_layout`)."""
    check_parquet_layout(path)
    with _parquet_errors(path):
        if columns is not None and optional:
            present = pl.read_parquet_schema(path)
            columns = columns + [name for name in optional if name in present]
        return pl.read_parquet(path, columns=columns)


def require_csv(path: Path) -> None:
    """Raise Unreadable when the CSV file at `path` is missing, a folder, or empty (no
    header row)."""
    if not path.exists():
        raise Unreadable(f"{path}: file does not exist")
    if path.is_dir():
        raise Unreadable(f"{path}: not a readable CSV file (a folder, not a file)")
    if path.stat().st_size == 0:
        raise Unreadable(f"{path}: empty file (expected a header row)")


OTHER_SEPARATORS = (";", "\t", "|")


def separator_error(path, header: list[str]) -> str | None:
    """The one-line error for a CSV file whose header, read as one column, holds another
    separator (a spreadsheet's export in some locales): "PATH:1: the header is one column
    (is the file separated by ';'? a CSV file here is separated by commas)"; None for a
    header of commas. Every reader of a CSV file gives it, as a usage error (exit 2)."""
    if len(header) == 1:
        for separator in OTHER_SEPARATORS:
            if separator in header[0]:
                return (f"{path}:1: the header is one column (is the file separated by {separator!r}? "
                        "a CSV file here is separated by commas)")
    return None


def read_csv(path: Path) -> pl.DataFrame:
    """Every column as text, an empty field (quoted or not) as null, as the descriptor's
    missingValues [""] say; types are applied (and their failures reported) by `conform`.
    Raises Unreadable for a file that cannot be read, that is separated by another
    character than the comma (`separator_error`), or that has a row with another number of
    fields than the header (`_bad_line`: its line)."""
    require_csv(path)
    try:
        frame = pl.read_csv(path, infer_schema=False)
    except Exception as exc:
        raise csv_unreadable(path, exc) from None
    if any("\ufffd" in column for column in frame.columns) and (where := _bad_byte(path)):
        # polars reads a header's bad bytes as U+FFFD, where a row's fail (a new-user trial of 0.31.0)
        raise Unreadable(f"{path}{where}: not valid UTF-8")
    problem = separator_error(path, frame.columns)
    if problem:
        raise Unreadable(problem)
    # polars fills a short row with nulls (so its last column is null): a row missing fields, or a
    # copy cut mid-row, read as missing values (a new-user trial of 0.46.0 saw a short row "valid")
    cut = not _ends_with_line_break(path)
    if (cut or frame[frame.columns[-1]].has_nulls()) and (found := _bad_line(path)) is not None:
        hint = "; the file does not end with a line break: is it cut short?" if cut else ""
        raise Unreadable(f"{path}:{found[0]}: not a readable CSV file ({found[1]}{hint})")
    return frame.with_columns(pl.all().replace("", None))


def _ends_with_line_break(path: Path) -> bool:
    """Whether the last byte of the file at `path` is a line feed or carriage return (every
    CSV file armsdata writes ends so; a cut copy usually does not)."""
    with open(path, "rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1) in (b"\n", b"\r")


def read_table(path: Path) -> pl.DataFrame:
    """A release file as a DataFrame, read by its suffix (.parquet or .csv). Raises
    Unreadable for another suffix or a file that cannot be read."""
    if path.suffix == ".parquet":
        return read_parquet(path)
    if path.suffix == ".csv":
        return read_csv(path)
    raise Unreadable(f"{path}: not a .parquet or .csv file")


def parquet_height(path: Path) -> int:
    """The number of rows of the Parquet file at `path`, from a scan. Raises Unreadable."""
    check_parquet_layout(path)
    with _parquet_errors(path):
        return pl.scan_parquet(path).select(pl.len()).collect().item()


def parquet_chunks(path: Path, height: int, size: int) -> Iterator[tuple[int, pl.DataFrame]]:
    """(offset, rows) of a Parquet file, `size` rows at a time; one empty chunk when empty."""
    for offset in range(0, max(height, 1), size):
        with _parquet_errors(path):
            chunk = pl.scan_parquet(path).slice(offset, size).collect()
        yield offset, chunk
