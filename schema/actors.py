"""The `actors` table: every state, non-state armed group, sub-state armed force and
international body a record may name as supplier or recipient, with the codes and the
SIPRI spelling analysts join on."""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable

from .vocab import ACTOR_ID_PATTERN, ALIAS_LIST_PATTERN, ActorType


class Actors(ReleaseTable):
    """One actor, its crosswalk codes and the names a text uses for it."""

    actor_id: str = pa.Field(
        unique=True,
        str_matches=ACTOR_ID_PATTERN,
        description="Code used in records.supplier and records.recipient: ISO 3166-1 alpha-3 for "
        "states (XKX for Kosovo; ISO 3166-3 codes SUN, YUG, CSK, DDR, YMD for historical states), "
        "NSA_* for non-state armed groups, IO_* for international organisations, SSF_* for sub-state "
        "armed forces.",
        metadata={"example": "RUS"},
    )
    name: str = pa.Field(description="English short name.", metadata={"example": "Russia"})
    sipri_name: str = pa.Field(
        nullable=True,
        description="The actor's name in the SIPRI Arms Transfers Database, with SIPRI's * (non-state "
        "actor, host country in brackets) and ** (international organisation) marks; empty for a "
        "non-state actor or organisation SIPRI does not list.",
        metadata={"example": "Turkiye"})
    actor_type: ActorType = pa.Field(
        description="state, non_state_armed_group, international_org or sub_state_armed_force (an "
        "armed force of a region or party within a state that receives arms as a force of its own).",
        metadata={"example": "state"})
    iso3: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$",
                         description="ISO 3166-1 alpha-3 code (XKX for Kosovo); empty for non-states.",
                         metadata={"example": "RUS"})
    cow_code: pl.Int32 = pa.Field(nullable=True, in_range={"min_value": 2, "max_value": 999},
                                  description="Correlates of War state number today (a historical state: its last); "
                                  "by year in actor_codes. Empty where COW lists none.",
                                  metadata={"example": 365})
    gw_code: pl.Int32 = pa.Field(nullable=True, in_range={"min_value": 2, "max_value": 999},
                                 description="Gleditsch-Ward state number today (a historical state: its last); "
                                 "by year in actor_codes. Empty where GW lists none.",
                                 metadata={"example": 365})
    host_iso3: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$",
                              description="For a non-state armed group or a sub-state armed force, the ISO3 code "
                              "of its main host country.",
                              metadata={"example": "LBN"})
    historical: bool = pa.Field(description="True for states that no longer exist (USSR, Yugoslavia...).",
                                metadata={"example": False})
    names: str = pa.Field(nullable=True, str_matches=ALIAS_LIST_PATTERN,
                          description="Names a text uses for the actor, separated by |.",
                          metadata={"example": "Russia|Russian Federation"})
    demonyms: str = pa.Field(nullable=True, str_matches=ALIAS_LIST_PATTERN,
                             description="Adjectives that give origin, separated by |.",
                             metadata={"example": "Russian"})
    seats: str = pa.Field(nullable=True, str_matches=ALIAS_LIST_PATTERN,
                          description="Capitals and seats of government that stand for the state, separated by |.",
                          metadata={"example": "Moscow|Kremlin"})
    companies: str = pa.Field(nullable=True, str_matches=ALIAS_LIST_PATTERN,
                              description="Arms exporters that count as the state, separated by |.",
                              metadata={"example": "Rosoboronexport|Almaz-Antey"})

    @pa.dataframe_check
    def host_only_for_non_state_groups(cls, data) -> pl.LazyFrame:
        """host_iso3 is given exactly for non-state armed groups and sub-state armed forces."""
        is_group = pl.col("actor_type").is_in(["non_state_armed_group", "sub_state_armed_force"])
        return data.lazyframe.select(is_group == pl.col("host_iso3").is_not_null())

    @pa.dataframe_check
    def states_have_iso3(cls, data) -> pl.LazyFrame:
        """iso3 is given exactly for states."""
        return data.lazyframe.select((pl.col("actor_type") == "state") == pl.col("iso3").is_not_null())

    @pa.dataframe_check
    def states_have_sipri_name(cls, data) -> pl.LazyFrame:
        """Every state has a sipri_name (an empty one is none)."""
        return data.lazyframe.select((pl.col("actor_type") != "state")
                                     | (pl.col("sipri_name").str.len_chars() > 0).fill_null(False))
