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

Ids (`source_id`) are derived by `safe_id`: a file's name without its suffix, or a row's
id, kept when it is made of A-Z, a-z, 0-9, `_`, `.` and `-`; otherwise letters are
stripped of their accents and every other run of characters becomes `_`
("Tanks copy é.txt" -> "Tanks_copy_e"); a name with nothing left becomes `doc-` and 12
hex digits of its sha256. A row without an id is `STEM-NNNNNN`, its file's stem and
its row (line) number. Two sources with the same id are an error that names both.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ArmsdataError
from .html import page_text
from .sources import METADATA_COLUMNS, check_metadata, closest, read_sources_csv

DOCUMENT_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}
CORPUS_SUFFIXES = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
SOURCES_CSV = "sources.csv"
ROW_COLUMNS = ("id", "doc_id", "text", *METADATA_COLUMNS)
_SAFE = re.compile(r"^[A-Za-z0-9_.-]+$")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_.-]+")


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


def safe_id(name: str) -> str:
    """An id of `name` that matches ^[A-Za-z0-9_.-]+$ (see the module's docstring)."""
    if _SAFE.match(name):
        return name
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    safe = _UNSAFE_RUN.sub("_", folded).strip("_")
    return safe if safe.strip(".") else "doc-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Plan:
    """What a corpus path holds, listed (and its metadata checked) before any text is read."""

    path: Path
    files: list[tuple[str, Path, str]]  # (source_id, path, format) of a folder's documents, by source_id
    metadata: dict[str, dict]           # sources.csv, by source_id
    notes: list[str]                    # files skipped and columns ignored, for the user

    @property
    def corpus_file(self) -> bool:
        """True when the corpus path is a single file (not a folder)."""
        return self.path.is_file()

    def __len__(self) -> int:
        return len(self.files)


def plan(path: Path) -> Plan:
    """List a folder (its documents by source_id, its sources.csv checked) or check a
    corpus file's suffix. Raises ArmsdataError for a missing path, an unknown corpus
    format, a folder without documents, two files with one id and sources.csv mistakes."""
    path = Path(path)
    if path.is_file():
        if path.suffix.lower() not in CORPUS_SUFFIXES:
            raise ArmsdataError(f"{path}: not a corpus file; give a folder, or a .jsonl, .csv or .parquet file")
        return Plan(path, [], {}, [])
    if not path.is_dir():
        raise ArmsdataError(f"{path}: seeds folder does not exist")
    files, skipped, by_stem = [], [], {}
    for entry in sorted(path.iterdir()):
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
        raise ArmsdataError(f"{path}: no documents found (.txt, .html or .htm files)")
    files.sort(key=lambda item: item[0])
    for (a, first, _), (b, second, _) in zip(files, files[1:]):
        if a == b:
            raise ArmsdataError(f"{path}: {first.name} and {second.name} both give the doc_id {a}: rename one")
    names = {source_id: source_id for source_id, _, _ in files}
    names.update({file.stem: source_id for source_id, file, _ in files})
    metadata = read_sources_csv(path / SOURCES_CSV, names, {source_id: file.name for source_id, file, _ in files})
    notes = [f"{path}: not read: {', '.join(skipped)} (documents are .txt, .html or .htm files; a corpus file "
             "is built with --seeds FILE)"] if skipped else []
    return Plan(path, files, metadata, notes)


def read_sources(corpus: Plan) -> Iterator[Source]:
    """Every source of a planned folder or corpus file, in source_id order for a folder
    and in row order for a corpus file. Raises ArmsdataError naming the file (and line)."""
    if corpus.corpus_file:
        yield from _corpus_rows(corpus)
        return
    for source_id, path, kind in corpus.files:
        yield _read_file(path, source_id, kind, corpus.metadata.get(source_id, {}))


def read_text_file(path: Path) -> tuple[str, bytes]:
    """A .txt document's text (UTF-8, exactly as stored) and its bytes."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArmsdataError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8"), raw
    except UnicodeDecodeError as exc:
        raise ArmsdataError(f"{path}: not valid UTF-8 (byte {exc.start})") from None


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
    stem, seen, ignored = safe_id(path.stem), {}, {}
    for number, line, values in rows:
        where = f"{path}:{line}"
        for name in values:
            if name not in ROW_COLUMNS and name not in ignored:
                ignored[name] = closest(name, ROW_COLUMNS)
        text = values.get("text")
        if not isinstance(text, str) or not text.strip():
            problem = "missing" if text is None else "empty" if isinstance(text, str) else "not text"
            raise ArmsdataError(f"{where}: column text: {problem}")
        given = values.get("id", values.get("doc_id"))
        given = None if given is None or str(given).strip() == "" else str(given).strip()
        source_id = safe_id(given) if given is not None else f"{stem}-{number:06d}"
        if source_id in seen:
            raise ArmsdataError(f"{where}: column id: {given or source_id!r} gives the id {source_id}, already that "
                                f"of line {seen[source_id]}")
        seen[source_id] = line
        meta = check_metadata({name: values.get(name) for name in METADATA_COLUMNS}, where)
        raw = text.encode("utf-8")
        yield Source(source_id, path.name, number, kind, text, hashlib.sha256(raw).hexdigest(), meta)
    if not seen:
        raise ArmsdataError(f"{path}: no articles found")
    if ignored:
        corpus.notes.append(f"{path}: columns ignored: " + ", ".join(name + hint for name, hint in ignored.items()))


def _jsonl_rows(path: Path) -> Iterator[tuple[int, int, dict]]:
    with path.open("rb") as handle:
        for line, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                values = json.loads(raw)
            except UnicodeDecodeError as exc:
                raise ArmsdataError(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from None
            except json.JSONDecodeError as exc:
                raise ArmsdataError(f"{path}:{line}: not valid JSON ({exc.msg}, column {exc.colno})") from None
            if not isinstance(values, dict):
                raise ArmsdataError(f"{path}:{line}: not a JSON object")
            yield line, line, values


def _csv_rows(path: Path) -> Iterator[tuple[int, int, dict]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article may be longer than the default 128 kB
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip() for name in next(reader, [])]
            if len(set(header)) != len(header):
                raise ArmsdataError(f"{path}:1: a column name is repeated")
            start, number = reader.line_num + 1, 0
            for row in reader:
                if any(cell.strip() for cell in row):
                    number += 1
                    if len(row) != len(header):
                        raise ArmsdataError(f"{path}:{start}: has {len(row)} fields, the header has {len(header)}")
                    yield number, start, dict(zip(header, row))
                start = reader.line_num + 1
    except UnicodeDecodeError:
        raise ArmsdataError(f"{path}: not valid UTF-8") from None
    except csv.Error as exc:
        raise ArmsdataError(f"{path}: not a readable CSV file ({exc})") from None


def _parquet_rows(path: Path) -> Iterator[tuple[int, int, dict]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
        number = 0
        for batch in handle.iter_batches(batch_size=1_000):
            for values in batch.to_pylist():
                number += 1
                yield number, number, values
    except (pa.ArrowException, OSError) as exc:
        raise ArmsdataError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None
