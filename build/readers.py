"""Read the sources of a corpus: the files of a folder, or the rows of one corpus file.

A folder holds `.txt` files (UTF-8, read byte for byte), `.html`/`.htm` pages (the
article's text taken by trafilatura, see html.py) and an optional `sources.csv` of
their metadata (sources.py). Other files are not read and are reported (a README.md and
a SHA256SUMS checksum list are passed over without a word).

A corpus file holds one article per row: `.jsonl` (one JSON object a line), `.csv` (a
header row; RFC 4180 quoting, so texts may span lines) or `.parquet`. Its columns:
`text` (required), `id` or `doc_id` (optional), and the metadata columns of sources.csv
(`title`, `publisher`, `url`, `published`, `published_precision`, `language`) where
present. Other columns are reported and ignored.

A glob of Parquet files (`'/shared/archive/part-*.parquet'`, quoted so that the shell
leaves it alone; `**` reaches into sub-folders) is one corpus: the matching files, in
the order of their paths, each with the columns of a `.parquet` corpus file. Their row
counts and columns are read from the Parquet metadata before any row (`plan`); a source's
`file` is its path relative to the pattern's folder (the part before the first `*`, `?`
or `[`). A pattern that matches nothing, or matches a file that is not `.parquet`, is a
usage error. Rows are read a range at a time (`parquet_sources`), and texts by row number
(`parquet_texts`), so that each Dask worker reads its own share (see distribute.py).

Ids (`source_id`) are derived by `safe_id`: a file's name without its suffix, or a row's
id, kept when it is made of A-Z, a-z, 0-9, `_`, `.` and `-`; otherwise letters are
stripped of their accents and every other run of characters becomes `_`
("Tanks copy é.txt" -> "Tanks_copy_e"); a name with no letter or digit left
("россия-индия.txt", "-.txt") becomes `doc-` and 12 hex digits of its sha256. A row
without an id is `STEM-NNNNNN`, its file's stem and its row (line) number. Two sources
with the same id are an error that names both.
"""

from __future__ import annotations

import csv
import difflib
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from armsdata.schema.read import utf8_position

from .errors import ArmsdataError, UsageError
from .html import page_text
from .sources import (METADATA_COLUMNS, check_metadata, check_separator, check_utf8, closest_name,
                      csv_error, field_count_error, read_sources_csv)

DOCUMENT_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}
CORPUS_SUFFIXES = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
SOURCES_CSV = "sources.csv"
ROW_COLUMNS = ("id", "doc_id", "text", *METADATA_COLUMNS)
_SAFE = re.compile(r"^[A-Za-z0-9_.-]+$")
# (a name with no letter or digit left, "россия-индия" -> "-", takes the hash: since 0.47.0)
_LETTER_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_.-]+")
_GLOB_CHARS = re.compile(r"[*?[]")


@dataclass(frozen=True)
class Source:
    """One source as read: a file of a folder or a row of a corpus file."""

    source_id: str
    file: str            # the file's name (relative to the folder, or the corpus file's name)
    row: int | None      # line (.jsonl) or row (.csv, .parquet) number, 1-based; None for a folder's file
    format: str          # txt, html, jsonl, csv or parquet
    text: str
    content_sha256: str  # sha256 of the bytes as received
    meta: dict           # METADATA_COLUMNS, checked (sources.check_metadata)
    path: Path | None = None  # a .txt file, read again when its document is extracted
    given: str | None = None  # a row's id as given, when it differs from source_id (for messages)


def safe_id(name: str) -> str:
    """An id of `name` that matches ^[A-Za-z0-9_.-]+$ (see the module's docstring)."""
    if _SAFE.match(name) and _LETTER_OR_DIGIT.search(name):
        return name
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    safe = _UNSAFE_RUN.sub("_", folded).strip("_")
    return safe if _LETTER_OR_DIGIT.search(safe) else "doc-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Plan:
    """What a corpus path holds, listed (and its metadata checked) before any text is read."""

    path: Path
    files: list[tuple[str, Path, str]]  # (source_id, path, format) of a folder's documents, by source_id
    metadata: dict[str, dict]           # sources.csv, by source_id
    notes: list[str]                    # files skipped and columns ignored, for the user
    parquet: list[ParquetPart] = field(default_factory=list)  # the files a glob matches, in path order

    @property
    def corpus_file(self) -> bool:
        """True when the corpus path is a single file (not a folder)."""
        return self.path.is_file()

    def __len__(self) -> int:
        return sum(part.rows for part in self.parquet) if self.parquet else len(self.files)


@dataclass(frozen=True)
class ParquetPart:
    """One Parquet file of a glob corpus: its `path`, its `file` name as the
    document_sources table gives it (relative to the pattern's folder) and its `rows`."""

    path: Path
    file: str
    rows: int


def is_pattern(path: Path | str) -> bool:
    """True when `path` does not exist and holds a glob character (`*`, `?`, `[`): a glob of
    Parquet files (see the module's docstring)."""
    return not os.path.lexists(path) and bool(_GLOB_CHARS.search(str(path)))


def plan(path: Path) -> Plan:
    """List a folder (its documents by source_id, its sources.csv checked) or check a
    corpus file's suffix, or list the Parquet files a glob matches (is_pattern) with their
    row counts. Raises ArmsdataError for a missing path, an unknown corpus format, a
    folder without documents, two files with one id and sources.csv mistakes, an
    unreadable or empty Parquet file of a glob; UsageError for a glob that matches no
    file or a file that is not .parquet."""
    if is_pattern(path):
        return _glob_plan(str(path))
    path = Path(path)
    if path.is_file():
        if path.suffix.lower() not in CORPUS_SUFFIXES:
            raise UsageError(f"{path}: not a corpus file; give a folder, or a .jsonl, .csv or .parquet file")
        return Plan(path, [], {}, [])
    if not path.is_dir():
        raise UsageError(f"{path}: seeds folder does not exist")
    files, skipped, by_stem = [], [], {}
    for entry in sorted(path.iterdir(), key=_name):  # as sorted(paths), without comparing their parts
        if entry.name.startswith(".") or entry.name == SOURCES_CSV or entry.name.lower() in ("readme.md", "sha256sums"):
            continue
        kind = DOCUMENT_SUFFIXES.get(entry.suffix.lower()) if entry.is_file() else None
        if kind is None:
            skipped.append(entry.name + ("/" if entry.is_dir() else ""))
            continue
        if entry.stem in by_stem:
            raise ArmsdataError(f"{path}: {by_stem[entry.stem].name} and {entry.name} have the same name but for "
                                "the suffix, so would have the same doc_id: rename one")
        by_stem[entry.stem] = entry
        files.append((safe_id(entry.stem), entry, kind))
    if not files:
        holding = [entry.name for entry in sorted(path.iterdir(), key=_name) if entry.is_dir() and any(
            DOCUMENT_SUFFIXES.get(inner.suffix.lower()) and inner.is_file() for inner in entry.iterdir())]
        hint = f"; did you mean {path / holding[0]}?" if len(holding) == 1 else ""  # a test set's docs/
        not_read = f"; not read: {', '.join(skipped)}" if skipped else ""  # (a new-user trial of 0.53.0)
        raise UsageError(f"{path}: no documents found (.txt, .html or .htm files{not_read}){hint}")
    files.sort(key=lambda item: item[0])
    for (a, first, _), (b, second, _) in zip(files, files[1:]):
        if a == b:
            raise ArmsdataError(f"{path}: {first.name} and {second.name} both give the doc_id {a}: rename one")
    names = {source_id: source_id for source_id, _, _ in files}
    names.update({file.stem: source_id for source_id, file, _ in files})
    notes = [f"{path}: not read: {', '.join(skipped)} (documents are .txt, .html or .htm files; a corpus file "
             "is built with --seeds FILE)"] if skipped else []
    metadata = read_sources_csv(path / SOURCES_CSV, names, {source_id: file.name for source_id, file, _ in files},
                                notes)
    return Plan(path, files, metadata, notes)


def _name(path: Path) -> str:
    return path.name


def read_sources(corpus: Plan) -> Iterator[Source]:
    """Every source of a planned folder or corpus file, in source_id order for a folder
    and in row order for a corpus file. Raises ArmsdataError naming the file (and line)."""
    if corpus.parquet:
        seen: dict[str, tuple[Path, int]] = {}
        for part in corpus.parquet:
            yield from parquet_sources(part, 0, part.rows, seen)
        return
    if corpus.corpus_file:
        yield from _corpus_rows(corpus)
        return
    for source_id, path, kind in corpus.files:
        yield _read_file(path, source_id, kind, corpus.metadata.get(source_id, {}))


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16's byte-order marks, little- and big-endian (UTF-32LE's too)


def refuse_utf16(path: Path, head: bytes) -> None:
    """Raise UsageError when `head`, the first bytes of the file at `path`, open with a UTF-16
    byte-order mark followed by a zero byte within the next characters (a text saved as
    "Unicode" by some editors: its Latin letters are two bytes, one of them zero): one line
    naming the encoding, not a bad byte on the line where the decoding first fails."""
    if head[:2] in _UTF16_MARKS and b"\x00" in head[2:18]:
        raise UsageError(f"{path}: UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8")


def read_text_file(path: Path) -> tuple[str, bytes]:
    """A .txt document's text (UTF-8, exactly as stored) and its bytes."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    refuse_utf16(path, raw[:18])
    try:
        return raw.decode("utf-8"), raw
    except UnicodeDecodeError as exc:
        line, column = utf8_position(raw, exc)
        raise UsageError(f"{path}:{line}:{column}: not valid UTF-8 (byte 0x{raw[exc.start]:02x})") from None


def _read_file(path: Path, source_id: str, kind: str, meta: dict) -> Source:
    meta = meta or check_metadata({}, str(path))
    if kind == "txt":
        text, raw = read_text_file(path)
        return Source(source_id, path.name, None, kind, text, hashlib.sha256(raw).hexdigest(), meta, path)
    raw = path.read_bytes()
    page = page_text(raw, path)
    meta = {**meta, "url": meta["url"] or page.url, "title": meta["title"] or page.title}
    return Source(source_id, path.name, None, kind, page.text, hashlib.sha256(raw).hexdigest(), meta)


# -- corpus files --------------------------------------------------------------------------
def _corpus_rows(corpus: Plan) -> Iterator[Source]:
    path = corpus.path
    kind = CORPUS_SUFFIXES[path.suffix.lower()]
    rows = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}[kind](path)
    seen, ignored = {}, {}
    for number, line, values in rows:
        for name in values:
            if name not in ROW_COLUMNS and name not in ignored:
                # (a CSV's column is named in its header, line 1; a JSON line's key on its own line)
                ignored[name] = _unread_column(path, 1 if kind == "csv" else line, name)
        yield row_source(path, path.name, kind, number, line, values, seen)
    if not seen:
        raise UsageError(f"{path}: no articles found")
    if ignored:
        corpus.notes.append(_ignored_note(path, ignored))


def row_source(path: Path, file: str, kind: str, number: int, line: int, values: dict,
               seen: dict[str, tuple[Path, int]]) -> Source:
    """The source of one row of the corpus file `path` (row `number`, at `line`), its
    values checked; `seen` maps the ids given so far to their (file, line) and gets this
    row's. Raises ArmsdataError naming the file and line: a text missing, empty or not
    text, an id already given (duplicate_id), metadata that is not valid."""
    where = row_place(path, line)
    text = values.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = "missing" if text is None else "empty" if isinstance(text, str) else "not text"
        raise ArmsdataError(f"{where}: column text: {problem}")
    given = values.get("id", values.get("doc_id"))
    given = None if given is None or str(given).strip() == "" else str(given).strip()
    source_id = safe_id(given) if given is not None else f"{safe_id(path.stem)}-{number:06d}"
    if source_id in seen:
        raise ArmsdataError(duplicate_id(path, line, given, source_id, *seen[source_id]))
    seen[source_id] = (path, line)
    meta = check_metadata({name: values.get(name) for name in METADATA_COLUMNS}, where)
    raw = text.encode("utf-8")
    return Source(source_id, file, number, kind, article_text(text, meta["title"]), hashlib.sha256(raw).hexdigest(),
                  meta, given=given if given != source_id else None)


# How far into a row's text its title may stand and still count as its headline (a dateline
# or a section label may come first)
_TITLE_REACH = 300


def article_text(text: str, title: str | None) -> str:
    """The text of a corpus file's row as the release stores it and the extractor reads it:
    its `text`, opened by its `title` and a blank line when a title is given that the
    text's first 300 characters do not hold (whitespace, quotation marks and case aside:
    `plain`). Scraped corpora keep the headline in `title`, and the headline often names
    the parties and the system ("Nine Caesar howitzers reach Armenia"). A text so opened
    comes back unchanged."""
    if not title or not title.strip():
        return text
    if plain(title).casefold() in plain(text[:_TITLE_REACH + len(title)]).casefold():
        return text
    return f"{title.strip()}\n\n{text}"


_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"}
                        | {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})


def plain(text: str) -> str:
    """`text` with curly and angle quotation marks made straight and every run of whitespace
    (Unicode's, so also no-break spaces and line ends) made one space, trimmed: what two
    copies of a text that differ only in typography have in common."""
    # (the quotation marks are not ASCII: an ASCII text, most of a corpus, needs no translate)
    straight = text if text.isascii() else text.translate(_QUOTES)
    return " ".join(straight.split())


def row_place(path: Path | str, line: int) -> str:
    """Where a corpus file's row is, in words: `path:line` for a .jsonl or .csv file (its
    line, a CSV header being line 1), `path, row N (0-based)` for a .parquet file, whose
    rows `armsdata validate` counts from 0 too (`line` is the row's number from 1)."""
    if str(path).lower().endswith(".parquet"):
        return f"{path}, row {line - 1} (0-based)"
    return f"{path}:{line}"


def duplicate_id(path: Path | str, line: int, given: str | None, source_id: str, first_path: Path | str,
                 first_line: int) -> str:
    """The message for a row whose id is already that of an earlier row (of this file,
    or of another file of a glob)."""
    if str(first_path) != str(path):
        first = row_place(first_path, first_line)
    else:
        first = f"row {first_line - 1}" if str(path).lower().endswith(".parquet") else f"line {first_line}"
    return f"{row_place(path, line)}: column id: {given or source_id!r} gives the id {source_id}, already that of {first}"


def _unread_column(path: Path, line: int, name: str) -> str:
    """'' for a column the build does not read ("author": reported in a note); raises
    ArmsdataError (exit 1) for one that is a misspelling or another name of a column it reads
    ("pubished", "date"), whose values would otherwise be lost without a word (the same
    mistake in sources.csv stops the build too)."""
    meant = closest_name(name, ROW_COLUMNS)
    if meant is None:
        return ""
    where = row_place(path, line) if line > 1 or path.suffix.lower() != ".parquet" else str(path)
    raise ArmsdataError(f"{where}: column {name}: not a column of a corpus file (did you mean {meant}?); "
                        f"its columns are {', '.join(ROW_COLUMNS)}")


def _ignored_note(path: Path, ignored: dict[str, str]) -> str:
    return f"{path}: columns ignored: " + ", ".join(name + hint for name, hint in ignored.items())


# -- a glob of Parquet files -----------------------------------------------------------------
def _glob_plan(pattern: str) -> Plan:
    """The Parquet files `pattern` matches, in path order, with their row counts (from the
    Parquet metadata) and the columns they hold that are not read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = sorted(Path(found) for found in glob.glob(pattern, recursive=True) if Path(found).is_file())
    if not paths:
        raise UsageError(f"{pattern}: no files match this pattern")
    root = Path(*_until_glob(Path(pattern).parts))
    parts, notes = [], []
    for path in paths:
        if path.suffix.lower() != ".parquet":
            raise UsageError(f"{pattern}: matches {path}, which is not a .parquet file; a pattern gives "
                             "Parquet corpus files only")
        try:
            metadata = pq.read_metadata(path)
        except (pa.ArrowException, OSError) as exc:
            raise UsageError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None
        if metadata.num_rows == 0:
            raise UsageError(f"{path}: no articles found")
        ignored = {name: _unread_column(path, 1, name) for name in metadata.schema.names if name not in ROW_COLUMNS}
        if ignored:
            notes.append(_ignored_note(path, ignored))
        parts.append(ParquetPart(path, Path(os.path.relpath(path, root)).as_posix(), metadata.num_rows))
    return Plan(Path(pattern), [], {}, notes, parts)


def _until_glob(parts: tuple[str, ...]) -> Iterator[str]:
    """The leading parts of a pattern's path without a glob character, less its last."""
    for part in parts[:-1]:
        if _GLOB_CHARS.search(part):
            return
        yield part


def parquet_sources(part: ParquetPart, start: int, stop: int, seen: dict[str, tuple[Path, int]]) -> Iterator[Source]:
    """The sources of rows `start` to `stop` (0-based, stop excluded) of a glob's Parquet
    file, checked as row_source does (`seen`: the ids given so far, see row_source)."""
    for number, line, values in _parquet_rows(part.path, start, stop):
        yield row_source(part.path, part.file, "parquet", number, line, values, seen)


def parquet_texts(path: Path, rows: list[int]) -> dict[int, str]:
    """The `text` of the given rows (1-based row numbers) of a Parquet corpus file, read
    from the row groups that hold them only. Raises ArmsdataError naming the file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    wanted, texts = sorted(set(rows)), {}
    try:
        handle = pq.ParquetFile(path)
        for group, first in _row_groups(handle, wanted[0] - 1, wanted[-1]):
            column = handle.read_row_group(group, columns=["text"]).column("text")
            end = first + column.length()
            for row in wanted:
                if first < row <= end:
                    texts[row] = column[row - 1 - first].as_py()
    except (pa.ArrowException, OSError, KeyError) as exc:
        raise UsageError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None
    return texts


def _row_groups(handle, start: int, stop: int) -> list[tuple[int, int]]:
    """(index, first row, 0-based) of the row groups of a ParquetFile that hold rows start..stop-1."""
    groups, first = [], 0
    for group in range(handle.metadata.num_row_groups):
        rows = handle.metadata.row_group(group).num_rows
        if first < stop and first + rows > start:
            groups.append((group, first))
        first += rows
    return groups


def _jsonl_rows(path: Path) -> Iterator[tuple[int, int, dict]]:
    with path.open("rb") as handle:
        for line, raw in enumerate(handle, start=1):
            if line == 1:
                refuse_utf16(path, raw[:18])  # (json.loads reads a UTF-16 first line; the second fails)
            if not raw.strip():
                continue
            try:
                values = json.loads(raw.rstrip(b"\r\n"))  # columns counted on the line, not past its end
            except UnicodeDecodeError as exc:
                raise UsageError(f"{path}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column "
                                 f"{exc.start + 1})") from None
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}:{line}: not valid JSON at column {exc.pos + 1}: {json_problem(exc)} "
                                 "(each line must be one JSON object)") from None
            if not isinstance(values, dict):
                raise UsageError(f"{path}:{line}: a JSON {_JSON_TYPES.get(type(values), 'value')}, not an object "
                                 "(each line must be one JSON object, {\"text\": ...})")
            yield line, line, values


# json's messages, in plain words (json.JSONDecodeError.msg, without its position)
_JSON_PROBLEMS = {
    "Expecting ':' delimiter": "a ':' is missing after a key",
    "Expecting ',' delimiter": "a ',' is missing between two items, or a bracket is not closed",
    "Expecting value": "a value is missing or is not JSON (text must be in double quotes)",
    "Expecting property name enclosed in double quotes": "a key is not in double quotes, or a ',' comes "
                                                         "before a closing bracket",
    "Unterminated string starting at": "a string is not closed by a double quote",
    "Extra data": "more follows the end of the first JSON value",
    "Invalid control character at": "a tab or line break inside a string is not escaped (\\t, \\n)",
    "Invalid \\escape": "a backslash starts no valid escape (a backslash itself is \\\\)",
    "Invalid \\uXXXX escape": "a \\u escape is not followed by four hex digits",
}
_JSON_TYPES = {list: "list", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def json_problem(exc: json.JSONDecodeError) -> str:
    """What a JSONDecodeError found, in plain words (its own message, lower-cased, for one
    this does not know)."""
    return _JSON_PROBLEMS.get(exc.msg, exc.msg[:1].lower() + exc.msg[1:])


def _csv_rows(path: Path) -> Iterator[tuple[int, int, dict]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article may be longer than the default 128 kB
    start = 1
    try:
        # bytes that are not UTF-8 are kept as surrogates, so that the line and column can be named
        with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
            reader = csv.reader(handle, strict=True)  # (a quotation mark left open is an error, not a merged row)
            header = [name.strip() for name in next(reader, [])]
            check_utf8(path, 1, header, header)
            if len(set(header)) != len(header):
                raise ArmsdataError(f"{path}:1: a column name is repeated")
            check_separator(path, header)
            if header and "text" not in header:  # (said once, at the header, not at every row)
                near = difflib.get_close_matches("text", header, n=1)
                raise ArmsdataError(f"{path}:1: no column text; the columns are {', '.join(header)}"
                                    + (f" (is {near[0]} meant to be text?)" if near else ""))
            start, number = reader.line_num + 1, 0
            for row in reader:
                if any(cell.strip() for cell in row):
                    number += 1
                    check_utf8(path, start, header, row)
                    if len(row) != len(header):
                        raise field_count_error(path, start, row, header, ran_on=reader.line_num > start)
                    yield number, start, dict(zip(header, row))
                start = reader.line_num + 1
    except csv.Error as exc:
        raise csv_error(path, start, exc) from None


def _parquet_rows(path: Path, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int, dict]]:
    """(row number, row number, values) of rows `start` to `stop` (0-based; None: to the end)
    of a Parquet file, reading only the row groups that hold them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
        stop = handle.metadata.num_rows if stop is None else stop
        groups = _row_groups(handle, start, stop)
        number = groups[0][1] if groups else 0
        for batch in handle.iter_batches(batch_size=1_000, row_groups=[group for group, _ in groups]):
            skip, take = max(0, start - number), min(batch.num_rows, stop - number)
            if skip < take:
                for offset, values in enumerate(batch.slice(skip, take - skip).to_pylist(), start=skip + 1):
                    yield number + offset, number + offset, values
            number += batch.num_rows
    except (pa.ArrowException, OSError) as exc:
        raise UsageError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None
