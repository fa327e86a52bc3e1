"""The `deals` table: one row per transfer the corpus reports, (supplier, recipient,
system family), derived from the records, with the record that set each field.

Row rules live here; the rules that need the records (every evidence id exists and
holds the deal's parties, system and value) are in `rules.py`. How a deal is made is
in build/deals.py and the codebook's "Deals".
"""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable
from .vocab import (
    ACTOR_ID_PATTERN,
    DEAL_ID_PATTERN,
    EVENT_YEAR_RANGE,
    RECORD_ID_PARTS_PATTERN,
    RECORD_ID_PATTERN,
    RECORD_IDS_PATTERN,
    STATUSES,
    Category,
    DealStatus,
    TransferType,
)

STAGE_HISTORY_PATTERN = (lambda stage: rf"^{stage}(\|{stage})*$")(
    "(" + "|".join(s for s in STATUSES if s != "none") + r")(:[0-9]{4}-[0-9]{2}-[0-9]{2})?")
YEARS = {"min_value": EVENT_YEAR_RANGE[0], "max_value": EVENT_YEAR_RANGE[1]}


def _evidence(what: str, example: str | None = "a7a568b452e35694-1") -> pa.Field:
    return pa.Field(nullable=True, str_matches=RECORD_ID_PATTERN,
                    description=f"records.record_id of the record that set {what}; empty when {what} is empty.",
                    metadata={"example": example})


class Deals(ReleaseTable):
    """One transfer: a supplier, a recipient and a system family, over every document
    that reports it."""

    deal_id: str = pa.Field(
        unique=True, str_matches=DEAL_ID_PATTERN,
        description="First 16 hex digits of SHA-256 over the deal's supplier, recipient and system: the same "
        "deal has the same id in every build and version.", metadata={"example": "5d0c3f3b2f7e91a4"})
    supplier: str = pa.Field(nullable=True, str_matches=ACTOR_ID_PATTERN,
                             description="actor_id of the supplying side; empty when no record names one.",
                             metadata={"example": "RUS"})
    recipient: str = pa.Field(nullable=True, str_matches=ACTOR_ID_PATTERN,
                              description="actor_id of the receiving side; empty when no record names one.",
                              metadata={"example": "IRN"})
    system: str = pa.Field(description="The system family (systems.system) of the deal's records; "
                           "`arms (unspecified)` for mentions of arms in general tied to no designated deal.",
                           metadata={"example": "S-300"})
    category: Category = pa.Field(description="The system's category (systems.category).",
                                  metadata={"example": "air_defence_systems"})
    transfer_type: TransferType = pa.Field(
        description="The transfer type most of the deal's records give, unspecified ones aside; unspecified "
        "when none gives another.", metadata={"example": "sale"})
    status: DealStatus = pa.Field(
        description="The latest stage reported: that of the latest-published record; on one date, the later "
        "stage (planned, ordered, delivered, denied, suspended, cancelled); unknown only when no record "
        "tells the stage.", metadata={"example": "ordered"})
    status_history: str = pa.Field(
        str_matches=STAGE_HISTORY_PATTERN,
        description="Every stage reported, with the publication date of its first report, earliest first, "
        "separated by |; a stage without a date when its documents have none.",
        metadata={"example": "suspended:2010-09-06|ordered:2016-02-16"})
    status_history_record_ids: str = pa.Field(
        str_matches=RECORD_IDS_PATTERN,
        description="For each stage of status_history, in the same order, the record_id of its first report, "
        "separated by |.", metadata={"example": "dc88dfd4cc949f15-1|a7a568b452e35694-1"})
    quantity_ordered: pl.Int64 = pa.Field(nullable=True, gt=0,
                                          description="Largest number stated on an ordered record.",
                                          metadata={"example": 24})
    quantity_delivered: pl.Int64 = pa.Field(
        nullable=True, gt=0,
        description="Largest number stated on a delivered record, plus the further parts the text calls so "
        "(\"another 8\", \"a further 6\"; each number once).", metadata={"example": 18})
    order_year: pl.Int64 = pa.Field(nullable=True, in_range=YEARS,
                                    description="Earliest event_year of an ordered record (not after its "
                                    "publication).", metadata={"example": 2015})
    first_delivery_year: pl.Int64 = pa.Field(nullable=True, in_range=YEARS,
                                             description="Earliest event_year of a delivered record (not after "
                                             "its publication).", metadata={"example": 2016})
    last_delivery_year: pl.Int64 = pa.Field(nullable=True, in_range=YEARS,
                                            description="Latest event_year of a delivered record (not after "
                                            "its publication).", metadata={"example": 2018})
    first_reported: pl.Date = pa.Field(nullable=True, description="Earliest publication date of the deal's "
                                       "documents; empty when none has a date.", metadata={"example": "2010-09-06"})
    last_reported: pl.Date = pa.Field(nullable=True, description="Latest publication date of the deal's documents.",
                                      metadata={"example": "2016-02-16"})
    n_documents: pl.Int64 = pa.Field(gt=0, description="Documents with a record of the deal.",
                                     metadata={"example": 2})
    n_records: pl.Int64 = pa.Field(gt=0, description="Records of the deal.", metadata={"example": 3})
    status_record_id: str = pa.Field(str_matches=RECORD_ID_PATTERN,
                                     description="records.record_id of the record that set status.",
                                     metadata={"example": "a7a568b452e35694-1"})
    quantity_ordered_record_id: str = _evidence("quantity_ordered")
    quantity_delivered_record_id: str = _evidence("quantity_delivered")
    quantity_delivered_parts: str = pa.Field(
        nullable=True, str_matches=RECORD_ID_PARTS_PATTERN,
        description="When quantity_delivered is a sum of parts: the record_ids of every part, separated by |; "
        "empty otherwise.", metadata={"example": "3f6b0c1a9d2e4f71-1|9a1c2b3d4e5f6071-1"})
    order_year_record_id: str = _evidence("order_year")
    first_delivery_year_record_id: str = _evidence("first_delivery_year")
    last_delivery_year_record_id: str = _evidence("last_delivery_year")

    @pa.dataframe_check
    def has_a_party(cls, data) -> pl.LazyFrame:
        """A deal names a supplier, a recipient or both."""
        return data.lazyframe.select(pl.col("supplier").is_not_null() | pl.col("recipient").is_not_null())

    @pa.dataframe_check
    def supplier_differs_from_recipient(cls, data) -> pl.LazyFrame:
        """supplier and recipient differ when both are given."""
        return data.lazyframe.select((pl.col("supplier") != pl.col("recipient")).fill_null(True))

    @pa.dataframe_check
    def value_and_evidence_together(cls, data) -> pl.LazyFrame:
        """Each quantity and year is given exactly when its *_record_id is."""
        fields = ("quantity_ordered", "quantity_delivered", "order_year", "first_delivery_year", "last_delivery_year")
        return data.lazyframe.select(pl.all_horizontal(
            pl.col(name).is_null() == pl.col(f"{name}_record_id").is_null() for name in fields))

    @pa.dataframe_check
    def history_has_a_record_per_stage(cls, data) -> pl.LazyFrame:
        """status_history and status_history_record_ids have as many "|"-separated entries."""
        return data.lazyframe.select(pl.col("status_history").str.count_matches("|", literal=True)
                                     == pl.col("status_history_record_ids").str.count_matches("|", literal=True))

    @pa.dataframe_check
    def delivery_years_in_order(cls, data) -> pl.LazyFrame:
        """first_delivery_year is not after last_delivery_year."""
        return data.lazyframe.select((pl.col("first_delivery_year") <= pl.col("last_delivery_year")).fill_null(True))

    @pa.dataframe_check
    def reported_dates_in_order(cls, data) -> pl.LazyFrame:
        """first_reported is not after last_reported."""
        return data.lazyframe.select((pl.col("first_reported") <= pl.col("last_reported")).fill_null(True))

    @pa.dataframe_check
    def documents_not_more_than_records(cls, data) -> pl.LazyFrame:
        """n_documents is at most n_records."""
        return data.lazyframe.select(pl.col("n_documents") <= pl.col("n_records"))
