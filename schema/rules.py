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

from .ids import mention_id
from .systems import arms_in_general
from .tableschema import FOREIGN_KEYS

Tables = dict[str, pl.DataFrame]
MENTION_SAMPLE = 10_000  # mention ids recomputed per checked chunk (all of them below this)


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
    """Records whose span_text is not the document text from span_start to span_end (code
    points). Failures as rows (row, column, value, message), like every rule."""
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
    """Records whose category is not the systems table's category of their system (a system
    not in the table is not reported here). Failures as (row, column, value, message)."""
    records = tables["records"].select("system", "category").join(
        tables["systems"].select("system", pl.col("category").alias("expected")), on="system", how="left",
        maintain_order="left")
    return _failing(records, pl.col("expected").is_null() | (pl.col("category") == pl.col("expected")), "category",
                    _format("category {} differs from systems.category {} of {}", "category", "expected", "system"))


def report_year_matches_document(tables: Tables) -> pl.DataFrame:
    """report_year and its precision are those of the document's publication date (a record
    whose document is missing is left to doc_id_in_documents)."""
    records = tables["records"].select("doc_id", "report_year", "report_year_precision").join(
        tables["documents"].select("doc_id", year=pl.col("published").dt.year().cast(pl.Int64),
                                   precision=pl.col("published_precision"), found=pl.lit(True)),
        on="doc_id", how="left", maintain_order="left")
    same = (pl.col("report_year").eq_missing(pl.col("year"))
            & pl.col("report_year_precision").cast(pl.String).eq_missing(pl.col("precision").cast(pl.String)))
    return _failing(records, same | pl.col("found").is_null(), "report_year",
                    pl.format("report_year {} ({}) differs from the publication date of {} ({}, {})",
                              *(pl.col(c).cast(pl.String).fill_null("none") for c in (
                                  "report_year", "report_year_precision", "doc_id", "year", "precision"))))


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
    """Documents whose text_sha256 is not the hex SHA-256 of their UTF-8 text. Failures as
    (row, column, value, message)."""
    documents = tables["documents"]
    actual = [_sha256_text(text) for text in documents["text"]]
    return _failing(documents.with_columns(actual=pl.Series(actual, dtype=pl.String)),
                    pl.col("text_sha256") == pl.col("actual"), "text_sha256",
                    _format("text_sha256 of {} does not match its text", "doc_id"))


# Each evidence column of deals: (the column of its value, the record status that sets it,
# the record column that holds the value). quantity_delivered is checked with its parts.
DEAL_EVIDENCE = {
    "status_record_id": ("status", None, "status"),
    "quantity_ordered_record_id": ("quantity_ordered", "ordered", "quantity"),
    "quantity_delivered_record_id": ("quantity_delivered", "delivered", "quantity"),
    "order_year_record_id": ("order_year", "ordered", "event_year"),
    "first_delivery_year_record_id": ("first_delivery_year", "delivered", "event_year"),
    "last_delivery_year_record_id": ("last_delivery_year", "delivered", "event_year"),
}


def _deal_evidence(tables: Tables) -> pl.DataFrame:
    """One row per (deal, evidence column) whose record is in the records table: the
    deal's row, parties, system and value beside the record's."""
    deals = tables["deals"].with_row_index("row").with_columns(pl.col("status").cast(pl.String))
    records = tables["records"].select(
        "record_id", "doc_id", pl.col("supplier").alias("r_supplier"), pl.col("recipient").alias("r_recipient"),
        pl.col("system").alias("r_system"), pl.col("status").cast(pl.String).alias("r_status"),
        pl.col("quantity").cast(pl.String).alias("r_quantity"), pl.col("event_year").cast(pl.String).alias("r_year"))
    parts = pl.col("quantity_delivered_parts").is_not_null()
    long = pl.concat([
        deals.filter(~parts if column == "quantity_delivered_record_id" else pl.lit(True)).select(
            "row", "supplier", "recipient", "system", pl.lit(column).alias("column"),
            pl.col(column).alias("record_id"), pl.col(value).cast(pl.String).alias("value"),
            pl.lit(stage, pl.String).alias("stage"), pl.lit(held).alias("held"), pl.lit(value).alias("field"))
        for column, (value, stage, held) in DEAL_EVIDENCE.items()
    ]).filter(pl.col("record_id").is_not_null())
    found = long.join(records, on="record_id", how="inner", maintain_order="left")
    held = pl.coalesce(*(pl.when(pl.col("held") == name).then(pl.col(column))
                         for name, column in (("status", "r_status"), ("quantity", "r_quantity"),
                                              ("event_year", "r_year"))))
    return found.with_columns(held=held)


def deal_evidence_matches_deal(tables: Tables) -> pl.DataFrame:
    """Each evidence record has the deal's supplier and recipient, its system (or is a
    mention of arms in general, or of a class of the deal's category: "tanks" in a K2
    deal), the stage that sets the field and the field's value."""
    systems = tables["systems"]
    classes = systems.filter(pl.col("generic")).select(r_system="system", r_category=pl.col("category").cast(pl.String))
    found = (_deal_evidence(tables)
             .join(classes, on="r_system", how="left", maintain_order="left")
             .join(systems.select("system", d_category=pl.col("category").cast(pl.String)), on="system", how="left",
                   maintain_order="left"))
    same = lambda a, b: pl.col(a).eq_missing(pl.col(b))  # noqa: E731
    system_ok = same("r_system", "system") | pl.col("r_system").is_in(arms_in_general(systems)) | \
        (pl.col("r_category").is_not_null() & same("r_category", "d_category"))
    ok = (same("r_supplier", "supplier") & same("r_recipient", "recipient") & system_ok
          & (pl.col("stage").is_null() | same("r_status", "stage")) & same("held", "value"))
    failing = found.filter(~ok).select(
        "row", "column", pl.col("record_id").alias("value"),
        pl.format("record {} ({} → {}, {}, {}, holding {}) does not support the deal's {} {} ({} → {}, {})",
                  "record_id", pl.col("r_supplier").fill_null("-"), pl.col("r_recipient").fill_null("-"),
                  "r_system", "r_status", pl.col("held").fill_null("empty"), "field",
                  pl.col("value").fill_null("empty"), pl.col("supplier").fill_null("-"),
                  pl.col("recipient").fill_null("-"), "system").alias("message"))
    return failing.with_columns(pl.col("row").cast(pl.Int64))


def deal_years_within_documents(tables: Tables) -> pl.DataFrame:
    """A deal's order and delivery years are not after the publication of the document of
    the record that set them."""
    found = _deal_evidence(tables).filter(pl.col("field").str.ends_with("year")).join(
        tables["documents"].select("doc_id", pl.col("published").dt.year().alias("published_year")),
        on="doc_id", how="left", maintain_order="left")
    ok = pl.col("published_year").is_null() | (pl.col("value").cast(pl.Int64) <= pl.col("published_year"))
    return (found.filter(~ok).select(
        pl.col("row").cast(pl.Int64), pl.col("field").alias("column"), "value",
        pl.format("{} {} is after the publication ({}) of {}, the record that set it", "field", "value",
                  "published_year", "doc_id").alias("message")))


def deal_history_matches_records(tables: Tables) -> pl.DataFrame:
    """Each stage of status_history names a record of the deal's parties with that status,
    published on the stage's date (no date: an undated document)."""
    deals = tables["deals"].with_row_index("row")
    stages = deals.select(
        "row", "supplier", "recipient", "status_history_record_ids",
        entry=pl.col("status_history").str.split("|"), record_id=pl.col("status_history_record_ids").str.split("|"),
    ).filter(pl.col("entry").list.len() == pl.col("record_id").list.len()).explode("entry", "record_id")
    stages = stages.with_columns(stage=pl.col("entry").str.split(":").list.first(),
                                 date=pl.col("entry").str.split(":").list.get(1, null_on_oob=True).str.to_date())
    records = tables["records"].select("record_id", "doc_id", pl.col("supplier").alias("r_supplier"),
                                       pl.col("recipient").alias("r_recipient"),
                                       pl.col("status").cast(pl.String).alias("r_status"))
    joined = (stages.join(records, on="record_id", how="left", maintain_order="left")
              .join(tables["documents"].select("doc_id", "published"), on="doc_id", how="left", maintain_order="left"))
    ok = (pl.col("r_status").eq(pl.col("stage")) & pl.col("r_supplier").eq_missing(pl.col("supplier"))
          & pl.col("r_recipient").eq_missing(pl.col("recipient")) & pl.col("published").eq_missing(pl.col("date")))
    return joined.filter(~ok.fill_null(False)).select(
        pl.col("row").cast(pl.Int64), pl.lit("status_history_record_ids").alias("column"),
        pl.col("record_id").alias("value"),
        pl.format("record {} is not a report of the deal's parties at stage {} published on {}", "record_id", "stage",
                  pl.col("date").cast(pl.String).fill_null("an unknown date")).alias("message"))


def deal_parts_sum_to_delivered(tables: Tables) -> pl.DataFrame:
    """The parts of a summed quantity_delivered are delivered records of the deal's
    parties that exist, and their quantities add up to it."""
    deals = tables["deals"].with_row_index("row").filter(pl.col("quantity_delivered_parts").is_not_null())
    parts = deals.select("row", "supplier", "recipient", "quantity_delivered", "quantity_delivered_parts",
                         record_id=pl.col("quantity_delivered_parts").str.split("|")).explode("record_id")
    records = tables["records"].select("record_id", pl.col("supplier").alias("r_supplier"),
                                       pl.col("recipient").alias("r_recipient"),
                                       pl.col("status").cast(pl.String).alias("r_status"), "quantity")
    joined = parts.join(records, on="record_id", how="left", maintain_order="left").with_columns(
        usable=pl.col("r_status").eq("delivered") & pl.col("r_supplier").eq_missing(pl.col("supplier"))
        & pl.col("r_recipient").eq_missing(pl.col("recipient")))
    summed = joined.group_by("row", maintain_order=True).agg(
        pl.col("quantity_delivered").first(), pl.col("quantity_delivered_parts").first(),
        total=pl.col("quantity").sum(), usable=pl.col("usable").fill_null(False).all())
    ok = pl.col("usable") & (pl.col("total") == pl.col("quantity_delivered"))
    return summed.filter(~ok).select(
        pl.col("row").cast(pl.Int64), pl.lit("quantity_delivered_parts").alias("column"),
        pl.col("quantity_delivered_parts").alias("value"),
        pl.format("parts add up to {}, not quantity_delivered {}, or are not delivered records of the deal",
                  "total", "quantity_delivered").alias("message"))


@dataclass(frozen=True)
class Rule:
    """A cross-table rule: its `name`, the `table` its failures are in, and `check`, which
    takes all tables and returns the failing rows as (row, column, value, message)."""

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
    Rule("report_year_matches_document", "records", report_year_matches_document),
    Rule("mention_id_is_stable", "records", mention_id_is_stable),
    Rule("text_sha256_matches_text", "documents", text_sha256_matches_text),
    Rule("deal_evidence_matches_deal", "deals", deal_evidence_matches_deal),
    Rule("deal_years_within_documents", "deals", deal_years_within_documents),
    Rule("deal_history_matches_records", "deals", deal_history_matches_records),
    Rule("deal_parts_sum_to_delivered", "deals", deal_parts_sum_to_delivered),
]
