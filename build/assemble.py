"""Stage 3, assemble: raw records, documents and their sources become the release tables.

Rows are put in release order (by document; ids are given per document by identify, see
schema/rules.mention_id) and every column gets the dtype its schema declares, so that
two builds of the same input give the same tables. A large build assembles a batch of
documents at a time.
"""

from __future__ import annotations

import polars as pl

from .deals import deals_table
from .extract import ROW_FIELDS
from .ingest import Document
from .reference import Reference

UNCATALOGUED_NOTE = "Designation found in a text but not yet in the reviewed catalogue."


RAW_SCHEMA = {name: (pl.Int64 if name in ("span_start", "span_end", "quantity", "event_year", "sentence_start",
                                          "sentence_end", "evidence_start", "evidence_end") else pl.String) for name in ROW_FIELDS}


class RawColumns:
    """Raw records (tuples in ROW_FIELDS order) gathered a document at a time as columns,
    for records_table: turning each document's few rows into columns as they come costs a
    large build's main process some 0.35 s less per 10,000 documents than turning a batch's
    rows into columns at once (a zip over 50,000 tuples scattered in memory)."""

    def __init__(self) -> None:
        self.columns: list[list] = [[] for _ in ROW_FIELDS]

    def extend(self, rows: list[tuple]) -> None:
        """Add one document's rows (tuples in ROW_FIELDS order) to the columns."""
        if rows:
            for column, values in zip(self.columns, zip(*rows)):
                column.extend(values)


def records_table(rows: RawColumns, documents: pl.DataFrame) -> pl.DataFrame:
    """Raw records (RawColumns; ids given per document by identify) as a frame in release
    order: by document, then as identify orders them. Each record takes the year of its
    document's publication date as `report_year` (with that date's precision), so that a
    record the text does not date still has a year for a panel join."""
    # (built from columns: polars takes rows at about half the speed, and a large build
    # does this in its main process while the workers extract)
    frame = pl.DataFrame(dict(zip(RAW_SCHEMA, rows.columns)), schema=RAW_SCHEMA)
    in_order = frame.select((pl.col("doc_id") >= pl.col("doc_id").shift(1)).all()).item()
    if not in_order:  # documents come sorted from ingest; sorting costs several copies
        frame = frame.sort("doc_id", maintain_order=True)
    dates = documents.select("doc_id", report_year=pl.col("published").dt.year().cast(pl.Int64),
                             report_year_precision=pl.col("published_precision").cast(pl.String))
    return _typed(frame.join(dates, on="doc_id", how="left", maintain_order="left"), "records")


def documents_table(documents: list[Document]) -> pl.DataFrame:
    """The documents table, one row per Document sorted by doc_id, typed as the Documents
    model (schema/documents.py); n_chars is the text length in code points."""
    rows = [{
        "doc_id": d.doc_id, "title": d.title, "publisher": d.publisher, "url": d.url,
        "published": d.published, "published_precision": d.published_precision, "language": d.language,
        "n_chars": len(d.text), "text_sha256": d.text_sha256, "text": d.text,
    } for d in documents]
    schema = {name: (pl.String if isinstance(t, pl.Enum) else t) for name, t in expected_schema("documents").items()}
    return _typed(pl.DataFrame(rows, schema=schema, orient="row").sort("doc_id"), "documents")


def document_sources_table(sources: pl.DataFrame) -> pl.DataFrame:
    """Every source of every document (ingest.Corpus.sources, already by doc_id then
    source_id), typed; the text columns keep their buffers."""
    return _typed(sources, "document_sources")


def actors_table(reference: Reference) -> pl.DataFrame:
    """The actors table: `reference.actors` (the reviewed build/reference/actors.csv), cast to
    the columns and dtypes of the Actors model (schema/actors.py)."""
    return _typed(reference.actors, "actors")


def actor_codes_table(reference: Reference) -> pl.DataFrame:
    """A state's ISO3, COW and GW codes by period, as reviewed in build/reference/."""
    return _typed(reference.actor_codes, "actor_codes")


def systems_table(reference: Reference, records: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """The catalogue, plus one row for each uncatalogued designation the records use."""
    known = set(reference.systems["system"])
    found = (records.lazy().filter(pl.col("system_basis") == "uncatalogued").select("system", "category")
             .unique("system", keep="first", maintain_order=True).sort("system").collect())
    extra = found.filter(~pl.col("system").is_in(list(known))).select(
        "system", pl.col("category").cast(pl.String), sipri_category=pl.lit(None, pl.String),
        sipri_designation=pl.lit(None, pl.String), origin=pl.lit(None, pl.String), generic=pl.lit(False),
        catalogued=pl.lit(False), aliases=pl.lit(None, pl.String), description=pl.lit(UNCATALOGUED_NOTE))
    return _typed(pl.concat([reference.systems, extra]).sort("system"), "systems")


def release_tables(records: pl.DataFrame | pl.LazyFrame, documents: pl.DataFrame | pl.LazyFrame,
                   reference: Reference, sources: pl.DataFrame) -> dict[str, pl.DataFrame | pl.LazyFrame]:
    """The tables of a release, in release order (records and documents may be lazy:
    the scans of a large build's parts; `sources` is ingest.Corpus.sources). Deals are
    derived from the records and the documents' publication dates (build/deals.py)."""
    systems = systems_table(reference, records)
    records = _uncatalogued_categories(records, systems)
    return {"records": records, "documents": documents, "actors": actors_table(reference),
            "systems": systems, "actor_codes": actor_codes_table(reference),
            "document_sources": document_sources_table(sources),
            "deals": _typed(deals_table(records, documents, systems), "deals")}


def _uncatalogued_categories(records: pl.DataFrame | pl.LazyFrame, systems: pl.DataFrame):
    """An uncatalogued designation has one category in the systems table (that of its first
    mention, see systems_table); its records take it ("Shahed drones" and "Shahed
    missiles" are one system). Catalogued and generic records are left as they are."""
    chosen = systems.filter(~pl.col("catalogued")).select("system", pl.col("category").alias("chosen"))
    if chosen.height == 0:
        return records
    fixed = records.lazy().join(chosen.lazy(), on="system", how="left", maintain_order="left").with_columns(
        category=pl.when(pl.col("system_basis") == "uncatalogued").then(pl.col("chosen").cast(pl.String))
        .otherwise(pl.col("category").cast(pl.String)).cast(records.collect_schema()["category"])).drop("chosen")
    return fixed.collect() if isinstance(records, pl.DataFrame) else fixed


def expected_schema(table: str) -> dict[str, pl.DataType]:
    """schema.conform.expected_schema, imported when first needed: it imports the models,
    and pandera with them, which `armsdata build` loads while it extracts (see
    pipeline._import_checks_behind)."""
    from armsdata.schema.conform import expected_schema

    return expected_schema(table)


def _typed(frame: pl.DataFrame, table: str) -> pl.DataFrame:
    schema = expected_schema(table)
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()]).rechunk()
