"""The metadata of a corpus's sources, checked before anything is extracted.

`sources.csv` beside the documents of a folder, and the columns of a corpus file, give
each source's title, publisher, URL, date and language (METADATA_COLUMNS). Every value
is checked here; a mistake is one line naming the file, the line and the column, e.g.

    seeds/sources.csv:3: column published_precision: 'daily' is not one of day, month, year

and the build stops before it has written anything (exit 1).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import difflib
import json
import re
from pathlib import Path

from armsdata.schema.read import separator_error
from armsdata.schema.vocab import PRECISIONS

from .errors import ArmsdataError, UsageError

METADATA_COLUMNS = ("title", "publisher", "url", "published", "published_precision", "language")
SOURCES_CSV_COLUMNS = ("doc_id", *METADATA_COLUMNS)
_DATE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as errors="surrogateescape" keeps it


# Names a file may give a column that the build reads under another name.
COLUMN_SYNONYMS = {"date": "published", "pub_date": "published", "pubdate": "published", "publication_date": "published",
                   "publish_date": "published", "date_published": "published", "published_at": "published",
                   "publication": "published", "headline": "title", "link": "url", "lang": "language",
                   "precision": "published_precision", "date_precision": "published_precision",
                   "id": "doc_id", "docid": "doc_id", "document_id": "doc_id"}  # ("id": a corpus file's name for it)


def closest_name(name: str, known: tuple[str, ...]) -> str | None:
    """The known name a misspelt one or another name of it ("date": published) stands for,
    if one is close enough."""
    lowered = name.strip().lower()
    if lowered in known and lowered != name:
        return lowered  # "TITLE", "Published": the column in other capitals
    synonym = COLUMN_SYNONYMS.get(lowered)
    if synonym in known:
        return synonym
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    return match[0] if match else None


def field_count_error(path, line: int, row: list[str], header: list[str], ran_on: bool = False) -> UsageError:
    """The error for CSV line `line` whose `row` has another number of fields than `header`;
    `ran_on`: the row ran on past its line, which with too few fields is most likely a
    quotation mark left open there."""
    hint = " (is a quotation mark opened there not closed?)" if ran_on and len(row) < len(header) else ""
    return UsageError(f"{path}:{line}: has {len(row)} fields, the header has {len(header)}{hint}")


def csv_error(path, line: int, exc: Exception) -> UsageError:
    """The error for a CSV file the csv module (strict) stopped reading in the row that
    starts on `line`: a quotation mark left open, or text after a closing one."""
    problem = str(exc)
    if "unexpected end of data" in problem or "expected after" in problem:
        return UsageError(f"{path}:{line}: a quotation mark opened in this row is not closed where its field ends "
                          f"(csv: {problem})")
    return UsageError(f"{path}: not a readable CSV file ({problem})")


def check_separator(path, header: list[str]) -> None:
    """Raises UsageError (exit 2: a file of the wrong kind) when the header read as one
    column holds another separator than the comma (armsdata.schema.read.separator_error)."""
    problem = separator_error(path, header)
    if problem:
        raise UsageError(problem)


def closest(name: str, known: tuple[str, ...]) -> str:
    """' (did you mean X?)' for the known name closest to a misspelt one, else ''."""
    match = closest_name(name, known)
    return f" (did you mean {match}?)" if match else ""


def check_metadata(values: dict, where: str) -> dict:
    """The metadata of one source, typed: `values` maps METADATA_COLUMNS (any subset) to
    text or None; `where` is "FILE:LINE" for the messages. `published` becomes a
    datetime.date; empty values become None, but a date given without a precision has
    precision `day` (the date says the day; give `month` or `year` to say less).

    Raises ArmsdataError for a value that is a JSON list or object, a date that is not YYYY-MM-DD, a precision outside
    PRECISIONS or without a date, a month (year) precision whose date is not the first
    day of its month (year), and a language that is not an ISO 639-1 code."""
    for name in METADATA_COLUMNS:
        if isinstance(values.get(name), (list, dict)):  # (JSON arrays and objects: text was meant)
            kind = "a list" if isinstance(values[name], list) else "an object"
            raise ArmsdataError(f"{where}: column {name}: {kind}, not text ({json.dumps(values[name])[:60]})")
    meta = {name: _text(values.get(name)) for name in METADATA_COLUMNS}
    published, precision = meta["published"], meta["published_precision"]
    if published is not None:
        if not _DATE.match(published):
            raise ArmsdataError(f"{where}: column published: {published!r} is not a YYYY-MM-DD date"
                                + _partial_date_hint(published))
        date = _date(published)
        if date is None:
            raise ArmsdataError(f"{where}: column published: {published!r} is not a real date "
                                f"({_impossible(published)})")
        meta["published"] = date
    if precision is not None:
        if precision not in PRECISIONS:
            raise ArmsdataError(f"{where}: column published_precision: {precision!r} is not one of "
                                f"{', '.join(PRECISIONS)}{closest(precision, PRECISIONS)}")
        if published is None:
            raise ArmsdataError(f"{where}: column published_precision: {precision} is given but published is empty")
        date = meta["published"]
        if (precision == "month" and date.day != 1) or (precision == "year" and (date.month, date.day) != (1, 1)):
            first = "month" if precision == "month" else "year"
            raise ArmsdataError(f"{where}: column published: {published} with precision {precision} must be the "
                                f"first day of its {first}")
    if meta["published"] is not None and meta["published_precision"] is None:
        meta["published_precision"] = "day"  # a full YYYY-MM-DD date with no precision given
    if meta["language"] is not None and not _LANGUAGE.match(meta["language"]):
        raise ArmsdataError(f"{where}: column language: {meta['language']!r} is not a two-letter ISO 639-1 code")
    return meta


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    value = str(value).strip()
    return value or None


def _date(text: str) -> dt.date | None:
    """The date of a YYYY-MM-DD text; None when there is no such day."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?")


def _partial_date_hint(published: str) -> str:
    """" (a date known to the month is written ...)" for a date of a year and month, or of
    a year alone ("2023-05", "2023"): the form the codebook asks for; "" otherwise."""
    found = _PARTIAL_DATE.fullmatch(published)
    if found is None:
        return ""
    if found.group(2):
        return f" (a date known to the month is written with its first day, {published}-01, and published_precision month)"
    return f" (a date known to the year is written with its first day, {published}-01-01, and published_precision year)"


def _impossible(text: str) -> str:
    """Why a YYYY-MM-DD text names no day: "there is no month 13", "February 2023 has 28 days"."""
    year, month, day = (int(part) for part in text.split("-"))
    if year == 0:
        return "there is no year 0"
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day == 0:
        return "there is no day 0"
    return f"{calendar.month_name[month]} {year} has {calendar.monthrange(year, month)[1]} days"


def check_utf8(path: Path, line: int, header: list[str], row: list[str]) -> None:
    """Raise UsageError naming the file, the line and the column when a cell of `row` (a CSV
    row read with errors="surrogateescape"; `header`, its names) holds a byte that is not
    UTF-8: "seeds/sources.csv:3: column publisher: not valid UTF-8 (byte 0xe9)"."""
    for index, cell in enumerate(row):
        found = _NOT_UTF8.search(cell)
        if found:
            name = header[index] if row is not header and index < len(header) and not _NOT_UTF8.search(
                header[index]) else None
            column = f" column {name}:" if name else ""
            raise UsageError(f"{path}:{line}:{column} not valid UTF-8 (byte 0x{ord(found.group()) - 0xDC00:02x})")


def read_sources_csv(path: Path, names: dict[str, str], files: dict[str, str],
                     notes: list[str] | None = None) -> dict[str, dict]:
    """Checked metadata per doc_id from a folder's sources.csv; no file means none.

    `names` maps each name a row may give (a document's doc_id, or its file's stem
    when that differs, see readers.safe_id) to the doc_id; `files` maps each doc_id to
    its file's name. Every row is checked before any document is read: a column that
    misspells or renames one read ("pubished", "date"), a doc_id that names no document
    (with a hint when it names one with its suffix), a doc_id listed twice with different
    metadata and the values (check_metadata) each raise ArmsdataError naming the file,
    line and column. Other columns ("notes", "author") are ignored, as in a corpus file,
    and named in a note appended to `notes`."""
    if not path.exists():
        return {}
    last = 0
    try:
        # bytes that are not UTF-8 are kept as surrogates, so that the line and column can be named
        with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
            reader = csv.reader(handle, strict=True)  # (a quotation mark left open is an error)
            header = next(reader, None)
            rows, starts, last = [], {}, reader.line_num
            for row in reader:  # (a row that starts on one line and ends on another ran on)
                rows.append((reader.line_num, row))
                starts[reader.line_num], last = last + 1, reader.line_num
    except csv.Error as exc:
        raise csv_error(path, last + 1, exc) from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    if not header and not any(row for _, row in rows):  # (a file of 0 bytes, or of blank lines only)
        raise UsageError(f"{path}: empty file (expected a header row: {', '.join(SOURCES_CSV_COLUMNS)})")
    header = [name.strip() for name in header or []]
    check_utf8(path, 1, header, header)
    for line, row in rows:
        check_utf8(path, line, header, row)
    check_separator(path, header)
    ignored = []
    for name in header:
        if name not in SOURCES_CSV_COLUMNS:
            if name and closest_name(name, SOURCES_CSV_COLUMNS) is None:
                ignored.append(name)
                continue
            raise ArmsdataError(f"{path}:1: column {name or '(empty)'}: not a column of sources.csv"
                                f"{closest(name, SOURCES_CSV_COLUMNS)}; its columns are "
                                f"{', '.join(SOURCES_CSV_COLUMNS)}")
    if ignored and notes is not None:
        notes.append(f"{path}: columns ignored: {', '.join(ignored)}")
    if "doc_id" not in header:
        raise ArmsdataError(f"{path}:1: column doc_id is missing; it names the document each row describes")
    found: dict[str, tuple[int, dict]] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise field_count_error(path, starts[line], row, header, ran_on=starts[line] < line)
        if any("\n" in cell or "\r" in cell for cell in row):  # (metadata is one line: a quotation mark ran on)
            raise UsageError(f"{path}:{starts[line]}: a field runs past its line (is a quotation mark opened there "
                             "not closed?)")
        values = dict(zip(header, row))
        name = values["doc_id"].strip()
        doc_id = names.get(name) or _unknown(name, names, files, f"{path}:{line}")
        meta = check_metadata(values, f"{path}:{line}")
        if doc_id in found and found[doc_id][1] != meta:
            raise ArmsdataError(f"{path}:{line}: column doc_id: {name} is listed again with other metadata "
                                f"(first on line {found[doc_id][0]})")
        found.setdefault(doc_id, (line, meta))
    return {doc_id: meta for doc_id, (_, meta) in found.items()}


def _unknown(name: str, names: dict[str, str], files: dict[str, str], where: str) -> str:
    if not name:
        raise ArmsdataError(f"{where}: column doc_id: empty")
    stem = name.rsplit(".", 1)[0]
    hint = ""
    if "." in name and stem in names:
        hint = f"; did you mean {stem!r} (the file {files[names[stem]]} without its suffix)?"
    raise ArmsdataError(f"{where}: column doc_id: {name!r} matches no document{hint}")
