"""Rules across tables, each a small named function.

Each rule takes the release's tables and returns the failing rows of one table as a
DataFrame with the columns `row` (0-based position in that table), `column`, `value`
and `message`. An empty frame means the rule holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable

import polars as pl

from .tableschema import FOREIGN_KEYS

Tables = dict[str, pl.DataFrame]
MENTION_SAMPLE = 10_000  # mention ids recomputed per checked chunk (all of them below this)


def mention_id(text_sha256: str, start: int, end: int) -> str:
    """Stable id of a mention: the same document text and span give the same id."""
    return hashlib.sha256(f"{text_sha256}:{start}:{end}".encode()).hexdigest()[:16]


def _format(template: str, *columns: str) -> pl.Expr:
    """pl.format with "null" for a missing value (pl.format gives null for the whole)."""
    return pl.format(template, *[pl.col(c).cast(pl.String).fill_null("null") for c in columns])


def _failing(frame: pl.DataFrame, ok: pl.Expr, column: str, message: pl.Expr | str) -> pl.DataFrame:
    message = pl.lit(message) if isinstance(message, str) else message
    return (
        frame.with_row_index("row")
        .filter(~ok.fill_null(False))
        .select(pl.col("row").cast(pl.Int64), pl.lit(column).alias("column"),
                pl.col(column).cast(pl.String).alias("value"), message.alias("message"))
    )


def _in(table: str, column: str, other: str, key: str) -> Callable[[Tables], pl.DataFrame]:
    def rule(tables: Tables) -> pl.DataFrame:
        frame = tables[table]
        known = tables[other][key].implode()
        ok = pl.col(column).is_null() | pl.col(column).is_in(known)
        return _failing(frame, ok, column, _format(f"{column} {{}} is not in {other}.{key}", column))
    return rule


def span_within_document(tables: Tables) -> pl.DataFrame:
    """The span and the sentence around it end within the document's text (one join for
    both: the failing column is span_end when it is past the end, else sentence_end)."""
    records = tables["records"].select("doc_id", "span_end", "sentence_end").join(
        tables["documents"].select("doc_id", "n_chars"), on="doc_id", how="left", maintain_order="left")
    ok = pl.max_horizontal("span_end", "sentence_end") <= pl.col("n_chars")
    past = pl.when(pl.col("span_end") > pl.col("n_chars"))
    failing = records.with_row_index("row").filter(~ok.fill_null(False)).with_columns(
        column=past.then(pl.lit("span_end")).otherwise(pl.lit("sentence_end")),
        value=past.then(pl.col("span_end")).otherwise(pl.col("sentence_end")).cast(pl.String))
    return failing.select(
        pl.col("row").cast(pl.Int64), "column", "value",
        _format("{} {} is past the end of document {} ({} characters)", "column", "value", "doc_id", "n_chars")
        .alias("message"))


def span_text_matches_document(tables: Tables) -> pl.DataFrame:
    records = tables["records"].select("doc_id", "span_start", "span_end", "span_text").join(
        tables["documents"].select("doc_id", "text"), on="doc_id", how="left", maintain_order="left")
    # A span that runs backwards, or starts before the text, is the model's to report
    # (span_is_not_empty, span_start >= 0); here it only must not stop the slice.
    start = pl.col("span_start").clip(lower_bound=0)
    expected = pl.col("text").str.slice(start, (pl.col("span_end") - start).clip(lower_bound=0))
    return _failing(records.with_columns(expected=expected), pl.col("span_text") == pl.col("expected"), "span_text",
                    _format("span_text differs from the document text at {}:{} ({})",
                            "span_start", "span_end", "expected"))


def category_matches_system(tables: Tables) -> pl.DataFrame:
    records = tables["records"].select("system", "category").join(
        tables["systems"].select("system", pl.col("category").alias("expected")), on="system", how="left",
        maintain_order="left")
    return _failing(records, pl.col("expected").is_null() | (pl.col("category") == pl.col("expected")), "category",
                    _format("category {} differs from systems.category {} of {}", "category", "expected", "system"))


def mention_id_is_stable(tables: Tables) -> pl.DataFrame:
    """mention_id is the hash of the document text and the span (recomputed on a sample of
    at most MENTION_SAMPLE rows); one span has one mention_id."""
    records = tables["records"].with_row_index("row")
    step = max(1, records.height // MENTION_SAMPLE)
    sample = records.gather_every(step).join(
        tables["documents"].select("doc_id", "text_sha256"), on="doc_id", how="left", maintain_order="left"
    ).select("row", "mention_id", "text_sha256", "span_start", "span_end")
    bad = [
        (row, found, mention_id(sha, start, end))
        for row, found, sha, start, end in sample.iter_rows()
        if sha is not None and found != mention_id(sha, start, end)
    ]
    return pl.DataFrame(
        {"row": [b[0] for b in bad], "column": ["mention_id"] * len(bad), "value": [b[1] for b in bad],
         "message": [f"mention_id {b[1]} is not the hash of the document text and span (expected {b[2]})" for b in bad]},
        schema={"row": pl.Int64, "column": pl.String, "value": pl.String, "message": pl.String},
    )


def _sha256_text(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_sha256_matches_text(tables: Tables) -> pl.DataFrame:
    documents = tables["documents"]
    actual = [_sha256_text(text) for text in documents["text"]]
    return _failing(documents.with_columns(actual=pl.Series(actual, dtype=pl.String)),
                    pl.col("text_sha256") == pl.col("actual"), "text_sha256",
                    _format("text_sha256 of {} does not match its text", "doc_id"))


@dataclass(frozen=True)
class Rule:
    name: str
    table: str
    check: Callable[[Tables], pl.DataFrame]


# One rule per foreign key that datapackage.json declares ("supplier_in_actors", ...).
RULES = [
    Rule(f"{column}_in_{other}", table, _in(table, column, other, key))
    for table, keys in FOREIGN_KEYS.items() for column, other, key in keys
] + [
    Rule("category_matches_system", "records", category_matches_system),
    Rule("span_within_document", "records", span_within_document),
    Rule("span_text_matches_document", "records", span_text_matches_document),
    Rule("mention_id_is_stable", "records", mention_id_is_stable),
    Rule("text_sha256_matches_text", "documents", text_sha256_matches_text),
]
