"""The `documents` table: one row per source document, with its full text.

The text travels with every release so that any record's span can be checked (and
read in context) without the seeds folder.
"""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable

from .vocab import Precision, SHA256_PATTERN


class Documents(ReleaseTable):
    """One document: the text of one or more sources (see document_sources), with the
    metadata of its earliest report."""

    doc_id: str = pa.Field(
        unique=True,
        str_matches=r"^[A-Za-z0-9_.-]+$",
        description="Document identifier: the smallest source_id of its sources (a file name without its suffix, "
                    "or a corpus row's id, made safe).",
        metadata={"example": "001_4de9dea33dfee48a"},
    )
    title: str = pa.Field(nullable=True, description="Headline of the earliest report that gives one.",
                          metadata={"example": "Iranian defense minister visits Russia to foster military ties"})
    publisher: str = pa.Field(nullable=True, description="Publisher of the earliest report that gives one.",
                              metadata={"example": "World Israel News"})
    url: str = pa.Field(nullable=True, description="Address of the earliest report that gives one.",
                        metadata={"example": "https://worldisraelnews.com/..."})
    published: pl.Date = pa.Field(
        nullable=True,
        description="Publication date of the earliest report; the first day of the month (or year) when only "
                    "the month (or year) is known.",
        metadata={"example": "2016-02-16"},
    )
    published_precision: Precision = pa.Field(
        nullable=True,
        description="How much of `published` is known: day, month or year.",
        metadata={"example": "day"},
    )
    language: str = pa.Field(nullable=True, str_matches=r"^[a-z]{2}$",
                             description="ISO 639-1 language code.", metadata={"example": "en"})
    n_chars: pl.Int64 = pa.Field(ge=0, description="Length of `text` in Unicode code points.",
                                 metadata={"example": 2434})
    text_sha256: str = pa.Field(
        str_matches=SHA256_PATTERN,
        description="SHA-256 of the document's UTF-8 bytes as stored; part of every record_id.",
        metadata={"example": "9f2c…"},
    )
    text: str = pa.Field(description="The text of the document's first source (by source_id) exactly as stored, or as "
                                    "taken from an HTML page (no normalisation).",
                         metadata={"example": "Iranian defense minister visits Russia…"})

    @pa.dataframe_check
    def n_chars_is_text_length(cls, data) -> pl.LazyFrame:
        """n_chars is the length of text in code points."""
        return data.lazyframe.select(pl.col("text").str.len_chars() == pl.col("n_chars"))
