"""Stage 1, ingest: read a seeds folder into documents.

Input: a folder of `.txt` files (UTF-8) and an optional `sources.csv`.
Output: `Document` objects whose `text` is the file's content exactly as stored, so
that offsets computed on it are offsets in the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ArmsdataError

SOURCE_COLUMNS = ("doc_id", "title", "publisher", "url", "published", "published_precision", "language")


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    text_sha256: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Corpus:
    """The documents of a seeds folder, read one at a time: a large corpus is never
    held in memory whole."""

    paths: list[Path]  # sorted by doc_id (the file's stem)
    metadata: dict[str, dict]

    def __len__(self) -> int:
        return len(self.paths)

    def __iter__(self) -> Iterator[Document]:
        for path in self.paths:
            yield _read_document(path, self.metadata.get(path.stem, {}))


def open_corpus(seeds: Path) -> Corpus:
    """The `.txt` documents of `seeds`, in doc_id order, with metadata where listed."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        raise ArmsdataError(f"{seeds}: seeds folder does not exist")
    # by stem, not by name: "a-b.txt" sorts before "a.txt", but doc_id "a" before "a-b"
    paths = sorted(seeds.glob("*.txt"), key=lambda path: path.stem)
    if not paths:
        raise ArmsdataError(f"{seeds}: no .txt documents found")
    return Corpus(paths, read_sources(seeds / "sources.csv"))


def read_documents(seeds: Path) -> list[Document]:
    """Every `.txt` document of `seeds`, sorted by doc_id, with metadata where listed."""
    return list(open_corpus(seeds))


def _read_document(path: Path, meta: dict) -> Document:
    raw = path.read_bytes()
    try:
        # newline="" semantics: bytes are decoded as they are, \r\n stays two code points.
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArmsdataError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    return Document(doc_id=path.stem, text=text, text_sha256=hashlib.sha256(raw).hexdigest(), **meta)


def read_sources(path: Path) -> dict[str, dict]:
    """Metadata per doc_id from sources.csv; an absent file means no metadata."""
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except UnicodeDecodeError:
        raise ArmsdataError(f"{path}: not valid UTF-8") from None
    missing = [c for c in ("doc_id",) if rows and c not in rows[0]]
    if missing:
        raise ArmsdataError(f"{path}: missing column doc_id")
    return {row["doc_id"]: _parse_source_row(path, row) for row in rows}


def _parse_source_row(path: Path, row: dict) -> dict:
    meta = {key: (row.get(key) or None) for key in SOURCE_COLUMNS[1:]}
    if meta["published"]:
        try:
            meta["published"] = dt.date.fromisoformat(meta["published"])
        except ValueError:
            raise ArmsdataError(
                f"{path}: doc_id {row['doc_id']}: published {row['published']!r} is not a YYYY-MM-DD date"
            ) from None
    return meta
