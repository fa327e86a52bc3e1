"""Stage 1, ingest: read a corpus into documents, one document per story.

Input: a folder (`.txt`, `.html`/`.htm` and an optional `sources.csv`) or one corpus
file (`.jsonl`, `.csv`, `.parquet`); see readers.py for what is read and how ids are made.
Output: `Document` objects whose `text` is a source's text exactly as stored (or as
taken from an HTML page), so that offsets computed on it are offsets in that text.

Ingest reads the corpus twice. The first pass (`open_corpus`) reads every source,
checks its metadata and folds duplicates: sources whose texts are identical, or the
same but for whitespace and quotation marks, are one document. Nothing is extracted
and nothing written until this pass has gone through the whole corpus, so a mistake
in the last row stops the build before it starts. The second pass (iterating the
`Corpus`) gives the documents in doc_id order, one at a time: texts from HTML pages and
corpus rows wait in an anonymous temporary file, `.txt` files are read again. (On a Dask
cluster, a glob of Parquet files is read by the workers instead, and a Corpus whose
`files` are set reads its texts again from those files: see distribute.py.)

A document's doc_id and text are those of its first source by source_id; its title,
publisher, URL and language are each those of its earliest report that gives one, and
its date (with its precision) that of its earliest dated report ("earliest": by date,
then the finer precision, then source_id). Every source is a row of the
`document_sources` table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

import polars as pl

from armsdata.schema.vocab import PRECISIONS

from . import readers
from .errors import ArmsdataError
from .sources import METADATA_COLUMNS

# (stage, done, total or None, records so far): how a long stage reports that it is alive
Progress = Callable[[str, int, int | None, int], None]
_CHUNK = 10_000  # sources gathered in Python lists before they become a frame


@dataclass(frozen=True)
class Document:
    """One document as read from a corpus: its doc_id, text (offsets count on it, in code
    points), text_sha256 (hex SHA-256 of the UTF-8 text) and its optional metadata."""

    doc_id: str
    text: str
    text_sha256: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None
    language: str | None = None


def near_key(text: str) -> str:
    """The key under which near-duplicates fold: the sha256 of the text with curly and
    angle quotation marks made straight and every run of whitespace (Unicode's, so also
    no-break spaces and line ends) made one space, trimmed."""
    return hashlib.sha256(readers.plain(text).encode("utf-8")).hexdigest()


@dataclass
class Corpus:
    """The documents of a corpus, in doc_id order, read one at a time: a large corpus is
    never held in memory whole. `sources` is the document_sources table (less its
    typing, see assemble.document_sources_table); `notes` what was not read; `files`,
    for a glob read by Dask workers (distribute.read_corpus), the path of each Parquet
    file by its `file` name: the texts are read there, by row_number, not from `store`."""

    documents: pl.DataFrame  # one row per document: metadata and where its text is
    sources: pl.DataFrame
    notes: list[str]
    store: BinaryIO | None = field(default=None, repr=False)
    files: dict[str, str] | None = None  # a glob's Parquet files (path by `file`): texts are read there

    def __len__(self) -> int:
        return self.documents.height

    @property
    def duplicates(self) -> int:
        """Sources folded into another source's document."""
        return self.sources.height - self.documents.height

    def __iter__(self) -> Iterator[Document]:
        if self.files is not None:
            yield from self._from_parquet()
            return
        for row in self.documents.iter_rows(named=True):
            if row["path"] is not None:
                text, _ = readers.read_text_file(Path(row["path"]))
            else:
                text = os.pread(self.store.fileno(), row["length"], row["offset"]).decode("utf-8")
            yield _document(row, text, row["path"])

    def _from_parquet(self) -> Iterator[Document]:
        """The documents of a glob corpus, their texts read _TEXT_BATCH documents at a time
        from the Parquet files' row groups."""
        for chunk in self.documents.iter_slices(_TEXT_BATCH):
            texts = {}
            for file, rows in chunk.group_by("file", maintain_order=True).agg("row_number").iter_rows():
                found = readers.parquet_texts(Path(self.files[file]), rows)
                texts.update({(file, row): text for row, text in found.items()})
            for row in chunk.iter_rows(named=True):  # (a row's title opens its text: readers.article_text)
                yield _document(row, readers.article_text(texts[row["file"], row["row_number"]], row["title"]),
                                f"{self.files[row['file']]}:{row['row_number']}")

    def close(self) -> None:
        """Close the file that holds the texts, if one is open."""
        if self.store is not None:
            self.store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _document(row: dict, text: str, where) -> Document:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if sha != row["text_sha256"]:
        raise ArmsdataError(f"{where}: changed while the corpus was being built")
    return Document(row["doc_id"], text, sha, **{name: row[name] for name in METADATA_COLUMNS})


def open_corpus(seeds: Path | readers.Plan, progress: Progress | None = None) -> Corpus:
    """Read and check every source of `seeds` (a folder or a corpus file, or its
    readers.plan already made) and fold its duplicates (see the module's docstring).
    Raises ArmsdataError, naming the file and line, for anything that cannot be read or
    is not valid metadata."""
    plan = seeds if isinstance(seeds, readers.Plan) else readers.plan(seeds)
    total = len(plan) or None
    store = tempfile.TemporaryFile(prefix="armsdata-texts-")
    try:
        columns: dict[str, list] = {name: [] for name in _SOURCE_FIELDS}
        frames, offset = [], 0
        for done, source in enumerate(readers.read_sources(plan), start=1):
            length = None
            if source.path is None:
                raw = source.text.encode("utf-8")
                store.write(raw)
                length = len(raw)
            _append(columns, source, offset if length is not None else None, length)
            offset += length or 0
            if done % _CHUNK == 0:
                frames.append(_frame(columns))
            if progress:
                progress("read", done, total, 0)
        frames.append(_frame(columns))
        store.flush()
        documents, sources = fold(pl.concat(frames))
    except BaseException:
        store.close()
        raise
    return Corpus(documents, sources, corpus_notes(plan, documents, sources), store)


def corpus_notes(plan: readers.Plan, documents: pl.DataFrame, sources: pl.DataFrame) -> list[str]:
    """What the build says of a corpus besides its records: the plan's notes (files not
    read, columns ignored), then undated documents, empty ones and near duplicates."""
    return plan.notes + undated_notes(documents) + empty_notes(documents) + near_duplicate_notes(sources)


_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# Names given one by one in a note of the build; more are counted
NAMED = 3


def _named(names: list[str], total: int) -> str:
    """The first NAMED of `names` (the first of `total` things), comma-separated, and "and N
    more" for the rest."""
    more = f" and {total - NAMED} more" if total > NAMED else ""
    return ", ".join(names[:NAMED]) + more


def empty_notes(documents: pl.DataFrame) -> list[str]:
    """A note naming the documents with no text at all (an empty file, a web page with no
    article: html.page_text): they build no record, which a user may not expect (a new-user
    trial of 0.21.0); the first NAMED named, the rest counted."""
    empty = documents.filter(pl.col("text_sha256") == _EMPTY_SHA256)["doc_id"].to_list()
    if not empty:
        return []
    verb = "has" if len(empty) == 1 else "have"
    return [f"{len(empty)} of {documents.height} documents {verb} no text (an empty file, or a web page with no "
            f"article?): {_named(empty, len(empty))}"]


def near_duplicate_notes(sources: pl.DataFrame) -> list[str]:
    """A note naming the sources folded into a document whose text differs from theirs
    but for whitespace and quotation marks (`fold`'s `sources`: text_match "near"): its
    text, and so its record ids, are another source's, which a user who added a near copy
    to a corpus should know ("... by source_id): egypt-rafale into egypt-copy"); the first
    NAMED named, the rest counted."""
    near = sources.filter(pl.col("text_match") == "near")
    if not near.height:
        return []
    named = [f"{row['source_id']} into {row['doc_id']}" for row in near.head(NAMED).iter_rows(named=True)]
    return [f"near-duplicate sources folded (the same text but for whitespace or quotation marks; a document "
            f"keeps the id and text of its first source by source_id): {_named(named, near.height)}"]


def undated_notes(documents: pl.DataFrame) -> list[str]:
    """A note naming the documents with no publication date (their records get no
    report_year; the first NAMED named, the rest counted: a new-user trial of 0.40.0)."""
    undated = documents.filter(pl.col("published").is_null())["doc_id"].to_list()
    if not undated:
        return []
    verb = "has" if len(undated) == 1 else "have"
    return [f"{len(undated)} of {documents.height} documents {verb} no publication date (column published of "
            f"sources.csv or of the corpus file): their records have no report_year: {_named(undated, len(undated))}"]


def read_documents(seeds: Path) -> list[Document]:
    """Every document of `seeds`, in doc_id order (for a corpus that fits in memory)."""
    with open_corpus(seeds) as corpus:
        return list(corpus)


_SOURCE_FIELDS = ("source_id", "file", "row_number", "format", *METADATA_COLUMNS, "content_sha256", "text_sha256",
                  "key", "path", "offset", "length", "given")
_SOURCE_SCHEMA = {name: pl.String for name in _SOURCE_FIELDS} | {
    "row_number": pl.Int64, "published": pl.Date, "offset": pl.Int64, "length": pl.Int64}
_TEXT_BATCH = 1_000  # documents whose texts a glob corpus reads at a time


def sources_frame(sources: Iterable[readers.Source]) -> pl.DataFrame:
    """`sources` (rows of a glob's Parquet files, their texts not kept) as the frame `fold`
    takes: one row per source with its metadata, hashes and near_key."""
    columns: dict[str, list] = {name: [] for name in _SOURCE_FIELDS}
    for source in sources:
        _append(columns, source, None, None)
    return _frame(columns)


def _append(columns: dict[str, list], source: readers.Source, offset: int | None, length: int | None) -> None:
    for name, value in zip(_SOURCE_FIELDS, (
            source.source_id, source.file, source.row, source.format,
            *(source.meta[name] for name in METADATA_COLUMNS), source.content_sha256,
            hashlib.sha256(source.text.encode("utf-8")).hexdigest(), near_key(source.text),
            str(source.path) if source.path else None, offset, length, source.given)):
        columns[name].append(value)


def _frame(columns: dict[str, list]) -> pl.DataFrame:
    frame = pl.DataFrame(columns, schema=_SOURCE_SCHEMA)
    for values in columns.values():
        values.clear()
    return frame


def fold(sources: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Fold the duplicates of a corpus's `sources` (one row per source, see sources_frame)
    into documents, as the module's docstring says: (documents: one row per key, in doc_id
    order, with its metadata and where its text is; sources: document_sources' columns,
    by doc_id then source_id). The result does not depend on the order of `sources`."""
    first = sources.sort("source_id").unique("key", keep="first", maintain_order=True).select(
        "key", doc_id="source_id", doc_sha256="text_sha256")
    rank = pl.col("published_precision").replace_strict(
        {name: i for i, name in enumerate(PRECISIONS)}, default=len(PRECISIONS), return_dtype=pl.Int64)
    reports = sources.join(first, on="key").sort([pl.col("published"), rank, pl.col("source_id")],
                                                 nulls_last=True)
    metadata = reports.group_by("doc_id", maintain_order=True).agg(
        *(pl.col(name).drop_nulls().first() for name in ("title", "publisher", "url")),
        pl.col("published").first(), pl.col("published_precision").first(),
        pl.col("language").drop_nulls().first())
    where = sources.select("source_id", "file", "row_number", "path", "offset", "length", "text_sha256")
    documents = (metadata.join(where, left_on="doc_id", right_on="source_id")
                 .select("doc_id", *METADATA_COLUMNS, "text_sha256", "file", "row_number", "path", "offset", "length")
                 .sort("doc_id"))
    folded = reports.with_columns(
        text_match=pl.when(pl.col("text_sha256") == pl.col("doc_sha256")).then(pl.lit("identical"))
        .otherwise(pl.lit("near"))
    ).select("doc_id", "source_id", "file", "row_number", "format", *METADATA_COLUMNS, "content_sha256", "text_sha256",
             "text_match").sort("doc_id", "source_id")
    return documents, folded
