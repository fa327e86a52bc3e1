"""Stage 3, assemble (deals): the records grouped into the transfers they report.

A deal is one (supplier, recipient, system family), merged across the mentions of a
document and across the documents that report it. It is derived from the records and
the documents' publication dates alone (never from the extractor's internals):

- Records with status `none`, or with neither party, make no deal.
- `assign` gives every other record its deal's system (`deal_system`): its own system,
  except for a mention of arms in general (a generic system of category `unspecified`:
  "weapons", "military equipment"). Such a mention merges into a designated deal of
  the same document and the same parties when the text ties it to that transfer (its
  supplier or recipient has basis `event`, `model` or `antecedent`); otherwise it belongs to the
  `arms (unspecified)` deal of its parties. A mention of a class ("South Korean tanks")
  merges the same way into a designated deal of its document, parties and category (the
  K2 deal); with none, its class is its deal. This is the one definition of a document's
  deals: `armsdata evaluate` scores deals with it too.
- `deals_table` merges the assigned records of all documents by (supplier, recipient,
  deal_system) and reads each field off them, with the record that set it (see
  dataset/CODEBOOK.md, "Deals").
"""

from __future__ import annotations

import hashlib
import re

import polars as pl

from armsdata.schema.vocab import STATUSES, TRANSFER_TYPES

ARMS_IN_GENERAL = "arms (unspecified)"
TIED_BASES = ("event", "model", "antecedent")
# A later report wins; on one publication date, the later stage of a transfer's course
# (a cancellation after a delivery after an order). `unknown` is never latest while the
# deal has a known stage.
STAGES = ("unknown", "planned", "ordered", "delivered", "denied", "suspended", "cancelled")
# Words right before a delivered quantity that make it a further part of one order
# ("delivered another 8", "a further 6", "the second batch of 12", "8 more"), summed
# with the other parts instead of taking the largest.
INCREMENT = (r"(?i)(?:\b(?:another|further|additional|(?:second|third|fourth|fifth|next|latest|final) "
             r"(?:batch|shipment|consignment|delivery|tranche) of)\s+(?:[\w-]+\s+){0,2}|\bmore\s+)$")
LEFT_CONTEXT = 60  # characters before a mention searched for INCREMENT
KEY = ("supplier", "recipient", "deal_system")


def _column(frame: pl.LazyFrame, name: str, dtype: pl.DataType) -> pl.Expr:
    return pl.col(name).cast(dtype) if name in frame.collect_schema().names() else pl.lit(None, dtype).alias(name)


def assign(records: pl.DataFrame | pl.LazyFrame, systems: pl.DataFrame) -> pl.LazyFrame:
    """The records that make a deal, each with `deal_system` (String), in their order.

    `records`: a release's records, or gold records (columns system, supplier, recipient
    and status; doc_id, span_start, supplier_basis, recipient_basis, sentence_start and
    evidence_start, when absent, count as empty: without bases, as in the gold, a mention
    of arms in general is never merged). `systems`: a systems table (columns system,
    category, generic); a designated system is one that is not generic there.

    A tied mention of arms in general, and a mention of a class (of the same category as
    the deal), go to the designated deal of its document and parties whose record lies in
    its own sentence; else in the sentence of the event it was attached to
    (evidence_start); else the nearest such record before it; else after.
    """
    from armsdata.schema.systems import arms_in_general  # pandera: see assemble.expected_schema

    general = arms_in_general(systems)
    classes = systems.filter(pl.col("generic"))["system"].to_list()
    frame = records.lazy()
    bases = [_column(frame, name, pl.String) for name in ("supplier_basis", "recipient_basis")]
    kept = (frame.with_columns(*bases, _column(frame, "doc_id", pl.String), _column(frame, "span_start", pl.Int64),
                               _column(frame, "sentence_start", pl.Int64),
                               _column(frame, "evidence_start", pl.Int64),
                               pl.col("status", "system", "supplier", "recipient").cast(pl.String))
            .filter((pl.col("status") != "none")
                    & (pl.col("supplier").is_not_null() | pl.col("recipient").is_not_null()))
            .with_row_index("_row")
            .with_columns(_supplier=pl.col("supplier").fill_null(""), _recipient=pl.col("recipient").fill_null("")))
    is_general = pl.col("system").is_in(general)
    tied = is_general & (pl.col("supplier_basis").is_in(TIED_BASES) | pl.col("recipient_basis").is_in(TIED_BASES))
    is_class = pl.col("system").is_in(classes) & ~is_general
    parties = ["doc_id", "_supplier", "_recipient"]
    kept = kept.join(systems.lazy().select("system", _category=pl.col("category").cast(pl.String)), on="system",
                     how="left", maintain_order="left")
    designated = kept.filter(~pl.col("system").is_in(classes)).select(*parties, "_category", _target=pl.col("system"),
                                                                      _target_start=pl.col("span_start"),
                                                                      _target_sentence=pl.col("sentence_start"))
    mentions = ("_row", *parties, "span_start", "sentence_start", "evidence_start")
    candidates = pl.concat([
        kept.filter(tied).select(*mentions).join(designated.drop("_category"), on=parties),
        # a class noun ("South Korean tanks") is the designated deal of its category ("K2")
        kept.filter(is_class).select(*mentions, "_category").join(designated, on=[*parties, "_category"])
        .drop("_category"),
    ])
    choice = (candidates
              .sort("_row", (pl.col("_target_sentence") != pl.col("sentence_start")).fill_null(True),
                    (pl.col("_target_sentence") != pl.col("evidence_start")).fill_null(True),
                    pl.col("_target_start") > pl.col("span_start"),
                    (pl.col("_target_start") - pl.col("span_start")).abs(), "_target")
              .group_by("_row", maintain_order=True).first().select("_row", "_target"))
    return (kept.join(choice, on="_row", how="left", maintain_order="left")
            .with_columns(deal_system=pl.when(pl.col("_target").is_not_null()).then(pl.col("_target"))
                          .when(is_general).then(pl.lit(ARMS_IN_GENERAL)).otherwise(pl.col("system")))
            .drop("_row", "_supplier", "_recipient", "_target", "_category"))


def document_deals(records: pl.DataFrame, systems: pl.DataFrame) -> set[tuple[str | None, str | None, str]]:
    """The deals of records as (supplier, recipient, system) triples (see `assign`)."""
    return set(assign(records, systems).select(*KEY).collect().iter_rows())


def deal_id(supplier: str | None, recipient: str | None, system: str) -> str:
    """Stable id of a deal: the first 16 hex digits of SHA-256 over its key, so the same
    (supplier, recipient, system) has the same id in every build and version."""
    return hashlib.sha256(f"deal:{supplier or ''}:{recipient or ''}:{system}".encode()).hexdigest()[:16]


TEXT_BATCH = 2_000  # documents whose texts are read at a time to find increments


def _increments(found: pl.LazyFrame, documents: pl.LazyFrame) -> pl.LazyFrame:
    """`found` with `_part`: a delivered quantity that the words before it call a further
    part of one order (INCREMENT, within the mention's sentence). The texts are read
    TEXT_BATCH documents at a time, so that memory does not grow with the corpus."""
    counted = (pl.col("status") == "delivered") & pl.col("quantity").is_not_null()
    rows = (found.filter(counted).select("record_id", "doc_id", pl.col("sentence_start").fill_null(0), "span_start")
            .collect().sort("doc_id", maintain_order=True))
    increment = re.compile(INCREMENT)
    parts: list[str] = []
    wanted = rows["doc_id"].unique(maintain_order=True).to_list()
    doc_ids = rows["doc_id"]
    for first in range(0, len(wanted), TEXT_BATCH):
        batch = wanted[first:first + TEXT_BATCH]
        texts = dict(documents.select("doc_id", "text").filter(pl.col("doc_id").is_in(batch)).collect().iter_rows())
        # rows are sorted by doc_id: the batch's rows are one slice
        low, high = doc_ids.search_sorted(batch[0], "left"), doc_ids.search_sorted(batch[-1], "right")
        for record_id, doc_id, sentence_start, span_start in rows.slice(low, high - low).iter_rows():
            start = max(sentence_start, span_start - LEFT_CONTEXT)
            if increment.search(texts[doc_id][start:span_start]):
                parts.append(record_id)
    part = pl.LazyFrame({"record_id": parts, "_part": [True] * len(parts)},
                        schema={"record_id": pl.String, "_part": pl.Boolean})
    return found.join(part, on="record_id", how="left", maintain_order="left").with_columns(
        pl.col("_part").fill_null(False))


def deals_table(records: pl.DataFrame | pl.LazyFrame, documents: pl.DataFrame | pl.LazyFrame,
                systems: pl.DataFrame) -> pl.DataFrame:
    """The `deals` table (columns of schema/deals.py, in that order, String/Int64/Date
    types; the caller casts to the schema): one row per (supplier, recipient, system),
    ordered by supplier, recipient and system (empty parties first).

    `records`, `documents`: the release's tables (lazy scans of a large build are read
    column by column); `systems`: the release's systems table (categories, and which
    systems are arms in general)."""
    needed = ["record_id", "doc_id", "span_start", "sentence_start", "evidence_start", "system", "supplier",
              "supplier_basis", "recipient", "recipient_basis", "status", "transfer_type", "quantity", "event_year"]
    documents = documents.lazy()
    dated = (assign(records.lazy().select(needed), systems)
             .with_columns(pl.col("transfer_type").cast(pl.String))
             .join(documents.select("doc_id", "published"), on="doc_id", how="left", maintain_order="left"))
    found = (_increments(dated, documents)
             .with_columns(_stage=pl.col("status").replace_strict(STAGES, list(range(len(STAGES))),
                                                                   return_dtype=pl.Int8),
                           _year=pl.col("published").dt.year())
             .drop("sentence_start", "evidence_start", "supplier_basis", "recipient_basis", "system")
             .sort("published", "doc_id", "span_start", "record_id", nulls_last=False)
             .collect())
    if found.is_empty():
        return _empty()
    ordered, delivered = pl.col("status") == "ordered", pl.col("status") == "delivered"
    # A year after the publication of its record is an expectation, not an order or a delivery.
    dated_year = pl.col("event_year").is_not_null() & ~(pl.col("event_year") > pl.col("_year")).fill_null(False)
    base = delivered & pl.col("quantity").is_not_null() & ~pl.col("_part")
    # the latest known stage: the last record of each deal in (known, published, stage) order
    order = [pl.col("status") != "unknown", "published", "_stage"]
    status = found.group_by(KEY).agg(
        status=pl.col("status").sort_by(order, nulls_last=False, maintain_order=True).last(),
        status_record_id=pl.col("record_id").sort_by(order, nulls_last=False, maintain_order=True).last())

    def extreme(name: str, column: str, where: pl.Expr, pick: str) -> list[pl.Expr]:
        value = getattr(pl.col(column).filter(where), pick)()
        return [value.alias(name), pl.col("record_id").filter(where & (pl.col(column) == value)).first()
                .alias(f"{name}_record_id")]

    fields = found.group_by(KEY, maintain_order=True).agg(
        *extreme("quantity_ordered", "quantity", ordered, "max"),
        *extreme("_base", "quantity", base, "max"),
        *extreme("order_year", "event_year", ordered & dated_year, "min"),
        *extreme("first_delivery_year", "event_year", delivered & dated_year, "min"),
        *extreme("last_delivery_year", "event_year", delivered & dated_year, "max"),
        first_reported=pl.col("published").min(), last_reported=pl.col("published").max(),
        n_documents=pl.col("doc_id").n_unique(), n_records=pl.len())
    parts = (found.filter(delivered & pl.col("_part")).unique([*KEY, "quantity"], keep="first", maintain_order=True)
             .group_by(KEY).agg(_parts=pl.col("quantity").sum(), _part_ids=pl.col("record_id")))
    summed = pl.col("_parts").is_not_null()
    summed_ids = pl.concat_list("_base_record_id", "_part_ids").list.drop_nulls()
    table = (fields.join(status, on=KEY, nulls_equal=True).join(parts, on=KEY, how="left", nulls_equal=True)
             .join(_history(found), on=KEY, nulls_equal=True).join(_transfer_type(found), on=KEY, nulls_equal=True)
             .with_columns(
                 quantity_delivered=pl.when(summed).then(pl.col("_base").fill_null(0) + pl.col("_parts"))
                 .otherwise(pl.col("_base")),
                 quantity_delivered_record_id=pl.coalesce("_base_record_id", pl.col("_part_ids").list.first()),
                 quantity_delivered_parts=pl.when(summed & (summed_ids.list.len() > 1))
                 .then(summed_ids.list.join("|")))
             .join(systems.select("system", pl.col("category").cast(pl.String)),
                   left_on="deal_system", right_on="system", how="left")
             .rename({"deal_system": "system"})
             .sort("supplier", "recipient", "system", nulls_last=False))
    ids = [deal_id(*key) for key in table.select("supplier", "recipient", "system").iter_rows()]
    return table.with_columns(deal_id=pl.Series(ids, dtype=pl.String)).select(COLUMNS)


def _history(found: pl.DataFrame) -> pl.DataFrame:
    """Every stage of each deal with the date it was first reported, earliest first:
    `planned:2019-03-01|ordered:2020-05-01` (a stage alone when no document of it has a
    date), and the first record of each stage on that date, in the same order."""
    first = pl.col("published").min()
    stages = found.group_by([*KEY, "status", "_stage"], maintain_order=True).agg(
        first, record_id=pl.col("record_id").filter(pl.col("published").eq_missing(first)).first())
    entry = pl.when(pl.col("published").is_null()).then(pl.col("status")).otherwise(
        pl.format("{}:{}", pl.col("status"), pl.col("published").dt.to_string("%Y-%m-%d")))
    return (stages.sort("published", "_stage", nulls_last=False)
            .group_by(KEY, maintain_order=True).agg(status_history=entry.str.join("|"),
                                                    status_history_record_ids=pl.col("record_id").str.join("|")))


def _transfer_type(found: pl.DataFrame) -> pl.DataFrame:
    """The transfer type most of a deal's records give, `unspecified` ones aside (ties in
    the order of TRANSFER_TYPES); `unspecified` when none gives another."""
    order = pl.col("transfer_type").replace_strict(TRANSFER_TYPES, list(range(len(TRANSFER_TYPES))),
                                                   return_dtype=pl.Int8)
    counted = found.group_by([*KEY, "transfer_type"]).agg(_n=pl.len(), _specific=pl.col("transfer_type")
                                                          .first() != "unspecified")
    return (counted.sort("_specific", "_n", order, descending=[True, True, False])
            .group_by(KEY, maintain_order=True).agg(pl.col("transfer_type").first()))


COLUMNS = ["deal_id", "supplier", "recipient", "system", "category", "transfer_type", "status", "status_history",
           "status_history_record_ids", "quantity_ordered", "quantity_delivered", "order_year", "first_delivery_year", "last_delivery_year",
           "first_reported", "last_reported", "n_documents", "n_records", "status_record_id",
           "quantity_ordered_record_id", "quantity_delivered_record_id", "quantity_delivered_parts",
           "order_year_record_id", "first_delivery_year_record_id", "last_delivery_year_record_id"]


def _empty() -> pl.DataFrame:
    integers = {"quantity_ordered", "quantity_delivered", "order_year", "first_delivery_year", "last_delivery_year",
                "n_documents", "n_records"}
    return pl.DataFrame(schema={name: pl.Int64 if name in integers else
                                pl.Date if name in ("first_reported", "last_reported") else pl.String
                                for name in COLUMNS})


assert set(STAGES) == set(STATUSES) - {"none"}
