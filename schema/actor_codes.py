"""The `actor_codes` table: a state's ISO3, Correlates of War and Gleditsch-Ward codes by
period, for joining records with country-year panels by actor and year.

The codes of a state change with time (Germany is COW 260 as West Germany until 1990 and
255 after; Yemen is COW 678 before unification and 679 after), so a code for all time
puts old records on the wrong panel row. Facts from the COW state system membership list
(states2016) and Gleditsch and Ward's list of independent states; see the codebook.
"""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable

from .vocab import ACTOR_ID_PATTERN, EVENT_YEAR_RANGE

YEARS = {"min_value": EVENT_YEAR_RANGE[0], "max_value": EVENT_YEAR_RANGE[1]}


class ActorCodes(ReleaseTable):
    """One state in one period (inclusive years) over which its codes do not change."""

    actor_id: str = pa.Field(str_matches=ACTOR_ID_PATTERN, description="The state (actors.actor_id).",
                             metadata={"example": "DEU"})
    year_from: pl.Int64 = pa.Field(in_range=YEARS, description="First year of the period.",
                                   metadata={"example": 1955})
    year_to: pl.Int64 = pa.Field(
        nullable=True, in_range=YEARS,
        description="Last year of the period (inclusive); empty while the codes still hold. A year in "
        "which a code changed belongs to the code in force at its end (Germany 1990: COW 255).",
        metadata={"example": 1989})
    iso3: str = pa.Field(str_matches=r"^[A-Z]{3}$",
                         description="ISO 3166 alpha-3 code that country-year panels (World Bank, V-Dem) use "
                         "for the state in the period.", metadata={"example": "DEU"})
    iso3_user_assigned: bool = pa.Field(
        description="True when iso3 is not an ISO 3166 code but a user-assigned one (XKX for Kosovo).",
        metadata={"example": False})
    cow_code: pl.Int32 = pa.Field(nullable=True, in_range={"min_value": 2, "max_value": 999},
                                  description="Correlates of War state number in the period; empty where COW "
                                  "lists none.", metadata={"example": 260})
    gw_code: pl.Int32 = pa.Field(nullable=True, in_range={"min_value": 2, "max_value": 999},
                                 description="Gleditsch-Ward state number in the period; empty where GW lists "
                                 "none.", metadata={"example": 260})
    note: str = pa.Field(nullable=True, description="What the period is, where the codes need explaining.",
                         metadata={"example": "West Germany (Federal Republic): COW 260 and GW 260."})

    class Config:
        unique = ["actor_id", "year_from"]

    @pa.dataframe_check
    def period_is_ordered(cls, data) -> pl.LazyFrame:
        """year_from is not after year_to."""
        return data.lazyframe.select((pl.col("year_from") <= pl.col("year_to")).fill_null(True))

    @pa.dataframe_check
    def rows_by_actor_and_year(cls, data) -> pl.LazyFrame:
        """Rows sorted by actor_id then year_from, with no two rows for the same actor and year_from."""
        earlier_actor, earlier_from = pl.col("actor_id").shift(1), pl.col("year_from").shift(1)
        later = (pl.col("actor_id") > earlier_actor) | (
            (pl.col("actor_id") == earlier_actor) & (pl.col("year_from") > earlier_from))
        return data.lazyframe.select(later.fill_null(True))

    @pa.dataframe_check
    def periods_of_an_actor_do_not_overlap(cls, data) -> pl.LazyFrame:
        """Rows come by actor and year_from; each period starts after the one before it ended."""
        earlier_to = pl.col("year_to").shift(1).over("actor_id")
        first = pl.col("year_from").shift(1).over("actor_id").is_null()
        return data.lazyframe.select(first | (earlier_to.is_not_null() & (pl.col("year_from") > earlier_to)))
