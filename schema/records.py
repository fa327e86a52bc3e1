"""The `records` table: one row per (weapons mention, supplier-recipient relation).

Row rules live here as small named checks; rules that need another table (spans
against document text, codes against actors and systems) are in `rules.py`.
"""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable

from .vocab import (
    ACTOR_ID_PATTERN,
    EVENT_YEAR_RANGE,
    MENTION_ID_PATTERN,
    RECORD_ID_PATTERN,
    ActorBasis,
    Category,
    Precision,
    RecipientBasis,
    Status,
    SystemBasis,
    TransferType,
)


class Records(ReleaseTable):
    """One weapons mention in one document, paired with one supplier-recipient relation."""

    record_id: str = pa.Field(
        unique=True,
        str_matches=RECORD_ID_PATTERN,
        description="mention_id, a hyphen and the relation's number within the mention (1, 2, ...), "
        "relations ordered by supplier then recipient.",
        metadata={"example": "3f6b0c1a9d2e4f71-1"},
    )
    mention_id: str = pa.Field(
        str_matches=MENTION_ID_PATTERN,
        description="First 16 hex digits of SHA-256 over the document's text_sha256 and the span: "
        "the same text and span give the same id in every build and version.",
        metadata={"example": "3f6b0c1a9d2e4f71"},
    )
    doc_id: str = pa.Field(description="The source document (documents.doc_id).",
                           metadata={"example": "001_4de9dea33dfee48a"})
    span_start: pl.Int64 = pa.Field(ge=0, description="Start of the mention in the document text, in Unicode "
                                    "code points, 0-based.", metadata={"example": 1004})
    span_end: pl.Int64 = pa.Field(gt=0, description="End of the mention (exclusive), in code points.",
                                  metadata={"example": 1029})
    span_text: str = pa.Field(str_length={"min_value": 1},
                              description="The document text between span_start and span_end, verbatim.",
                              metadata={"example": "S-300 air defense missiles"})
    system: str = pa.Field(description="Canonical system (systems.system): a family-level designation or "
                           "a generic class.", metadata={"example": "S-300"})
    system_basis: SystemBasis = pa.Field(
        description="catalogue (a catalogued name or alias), generic (a class noun), uncatalogued (a "
        "designation-like token the catalogue lacks) or antecedent (an anaphor that takes the system "
        "of an earlier mention).", metadata={"example": "catalogue"})
    category: Category = pa.Field(description="The system's category (systems.category).",
                                  metadata={"example": "air_defence_systems"})
    supplier: str = pa.Field(nullable=True, str_matches=ACTOR_ID_PATTERN,
                             description="actor_id of the supplying side; empty when none is stated.",
                             metadata={"example": "RUS"})
    supplier_basis: ActorBasis = pa.Field(
        nullable=True,
        description="text (read in the sentence), antecedent (from the anaphor's antecedent), origin "
        "(inferred from the system's country of origin), event (from a transfer the document reports "
        "elsewhere: see evidence_start) or model (the same, the transfer chosen by the learned attachment "
        "model: the least certain basis); empty when supplier is empty.",
        metadata={"example": "text"})
    recipient: str = pa.Field(nullable=True, str_matches=ACTOR_ID_PATTERN,
                              description="actor_id of the receiving side; empty when none is stated.",
                              metadata={"example": "IRN"})
    recipient_basis: RecipientBasis = pa.Field(
        nullable=True,
        description="text, antecedent, event or model; empty when recipient is empty.", metadata={"example": "text"})
    status: Status = pa.Field(description="Stage of the transfer (see the codebook).",
                              metadata={"example": "ordered"})
    status_cue: str = pa.Field(nullable=True,
                               description="The words of the text that set the status, as written; empty "
                               "where no words did, or where the learned status model chose it (since 0.58.0).",
                               metadata={"example": "has a contract"})
    transfer_type: TransferType = pa.Field(
        nullable=True,
        description="sale, licensed_production, technology_transfer, aid or unspecified; empty when "
        "status is none.", metadata={"example": "sale"})
    quantity: pl.Int64 = pa.Field(nullable=True, gt=0,
                                  description="Number of units the mention speaks of, when stated.",
                                  metadata={"example": 12})
    event_year: pl.Int64 = pa.Field(
        nullable=True, in_range={"min_value": EVENT_YEAR_RANGE[0], "max_value": EVENT_YEAR_RANGE[1]},
        description="Year the stated status held: stated in the cue's clause or resolved from the "
        "publication date (\"last November\").", metadata={"example": 2015})
    report_year: pl.Int64 = pa.Field(
        nullable=True, in_range={"min_value": EVENT_YEAR_RANGE[0], "max_value": EVENT_YEAR_RANGE[1]},
        description="Year of the document's publication date (documents.published): the status held by then. "
        "The year for a country-year panel is event_year when it is given, else report_year; empty only "
        "when the document's date is unknown.", metadata={"example": 2016})
    report_year_precision: Precision = pa.Field(
        nullable=True,
        description="How much of the publication date report_year comes from is known "
        "(documents.published_precision): day, month or year.", metadata={"example": "day"})
    sentence_start: pl.Int64 = pa.Field(ge=0, description="Start of the sentence that holds the mention "
                                        "(code points), for reading the evidence in context.",
                                        metadata={"example": 962})
    sentence_end: pl.Int64 = pa.Field(gt=0, description="End of that sentence (exclusive).",
                                      metadata={"example": 1112})

    evidence_start: pl.Int64 = pa.Field(
        nullable=True, ge=0,
        description="When a party has basis event: start (code points) of the sentence that reported the "
        "transfer event the mention was attached to (the headline, the lead, an earlier sentence); "
        "empty when the parties were read in the mention's own sentence or its antecedent.",
        metadata={"example": 0})
    evidence_end: pl.Int64 = pa.Field(nullable=True, gt=0, description="End of that sentence (exclusive).",
                                      metadata={"example": 48})

    @pa.dataframe_check
    def span_is_not_empty(cls, data) -> pl.LazyFrame:
        """span_start is before span_end."""
        return data.lazyframe.select(pl.col("span_start") < pl.col("span_end"))

    @pa.dataframe_check
    def span_inside_sentence(cls, data) -> pl.LazyFrame:
        """The span lies inside its sentence: sentence_start <= span_start and span_end <= sentence_end."""
        return data.lazyframe.select(
            (pl.col("sentence_start") <= pl.col("span_start")) & (pl.col("span_end") <= pl.col("sentence_end"))
        )

    @pa.dataframe_check
    def record_id_extends_mention_id(cls, data) -> pl.LazyFrame:
        """record_id starts with mention_id."""
        return data.lazyframe.select(pl.col("record_id").str.starts_with(pl.col("mention_id")))

    @pa.dataframe_check
    def status_none_has_no_parties(cls, data) -> pl.LazyFrame:
        """A record with status none has neither supplier nor recipient."""
        no_parties = pl.col("supplier").is_null() & pl.col("recipient").is_null()
        return data.lazyframe.select((pl.col("status") != "none") | no_parties)

    @pa.dataframe_check
    def status_none_has_no_transfer_type(cls, data) -> pl.LazyFrame:
        """transfer_type is null exactly when status is none."""
        return data.lazyframe.select((pl.col("status") == "none") == pl.col("transfer_type").is_null())

    @pa.dataframe_check
    def supplier_differs_from_recipient(cls, data) -> pl.LazyFrame:
        """supplier and recipient differ when both are given."""
        return data.lazyframe.select((pl.col("supplier") != pl.col("recipient")).fill_null(True))

    @pa.dataframe_check
    def basis_given_with_party(cls, data) -> pl.LazyFrame:
        """supplier_basis and recipient_basis are given exactly when their party is."""
        return data.lazyframe.select(
            (pl.col("supplier").is_null() == pl.col("supplier_basis").is_null())
            & (pl.col("recipient").is_null() == pl.col("recipient_basis").is_null())
        )
