"""The `document_sources` table: every file or corpus row a document was read from.

News archives keep one story under several names (a wire story saved twice, a page and
its text). Such sources become one document in `documents`; this table keeps each of
them, with the metadata it came with and the hash of its bytes, so that the fold can
be checked and undone.
"""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable
from .vocab import Precision, SHA256_PATTERN, SourceFormat, TextMatch

ID_PATTERN = r"^[A-Za-z0-9_.-]+$"


class DocumentSources(ReleaseTable):
    """One source of a document: a file of the seeds folder or a row of a corpus file."""

    doc_id: str = pa.Field(str_matches=ID_PATTERN,
                           description="The document this source was folded into (documents.doc_id).",
                           metadata={"example": "001_4de9dea33dfee48a"})
    source_id: str = pa.Field(
        unique=True, str_matches=ID_PATTERN,
        description="Identifier of the source: its file name without the suffix, or its corpus row's id, made "
                    "safe (see CODEBOOK.md, \"Corpora\"). The document's doc_id is the smallest source_id of "
                    "its sources.",
        metadata={"example": "001_4de9dea33dfee48a"})
    file: str = pa.Field(description="The file read, relative to the seeds folder (or the corpus file's name).",
                         metadata={"example": "001_4de9dea33dfee48a.txt"})
    row_number: pl.Int64 = pa.Field(nullable=True, ge=1,
                                    description="Line of a .jsonl corpus file, or row of a .csv or .parquet one "
                                                "(from 1, the header not counted); empty for a file of a folder.",
                                    metadata={"example": 12})
    format: SourceFormat = pa.Field(description="How the source was read: txt, html, jsonl, csv or parquet.",
                                    metadata={"example": "txt"})
    title: str = pa.Field(nullable=True, description="Headline given for this source (or the HTML page's).",
                          metadata={"example": "Iranian defense minister visits Russia to foster military ties"})
    publisher: str = pa.Field(nullable=True, description="Publisher given for this source.",
                              metadata={"example": "World Israel News"})
    url: str = pa.Field(nullable=True, description="Address given for this source (or the HTML page's canonical "
                                                   "address).",
                        metadata={"example": "https://worldisraelnews.com/..."})
    published: pl.Date = pa.Field(nullable=True, description="Publication date given for this source.",
                                  metadata={"example": "2016-02-16"})
    published_precision: Precision = pa.Field(nullable=True, description="How much of `published` is known.",
                                              metadata={"example": "day"})
    language: str = pa.Field(nullable=True, str_matches=r"^[a-z]{2}$", description="ISO 639-1 language code.",
                             metadata={"example": "en"})
    content_sha256: str = pa.Field(
        str_matches=SHA256_PATTERN,
        description="SHA-256 of the source as received: the file's bytes, or the UTF-8 bytes of the corpus row's "
                    "text. For an HTML page, the text in `documents` can be derived again from the page with "
                    "these bytes.",
        metadata={"example": "9f2c…"})
    text_sha256: str = pa.Field(str_matches=SHA256_PATTERN,
                                description="SHA-256 of the UTF-8 bytes of the text read from this source.",
                                metadata={"example": "9f2c…"})
    text_match: TextMatch = pa.Field(
        description="`identical`: this source's text is the document's text; `near`: it differs only in "
                    "whitespace and quotation marks.",
        metadata={"example": "identical"})
