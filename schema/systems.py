"""The `systems` table: the catalogue of weapon systems and generic classes a record's
`system` refers to."""

import polars as pl
import pandera.polars as pa

from .base import ReleaseTable

from .vocab import ACTOR_ID_PATTERN, ALIAS_LIST_PATTERN, Category, SipriCategory


class Systems(ReleaseTable):
    """One weapon system family, or one generic class of equipment."""

    system: str = pa.Field(
        unique=True,
        description="Canonical name: the family-level designation (as SIPRI names it) or a generic class.",
        metadata={"example": "S-300"},
    )
    category: Category = pa.Field(description="Weapon category aligned with SIPRI's categories.",
                                  metadata={"example": "air_defence_systems"})
    sipri_category: SipriCategory = pa.Field(
        nullable=True,
        description="SIPRI's name of the weapon category it counts the system in (naval guns of 100 mm or more "
        "are Artillery, torpedoes Missiles); empty for what SIPRI's register does not cover (small arms, "
        "ammunition, nuclear weapons, arms in general) and for uncatalogued designations.",
        metadata={"example": "Air defence systems"})
    sipri_designation: str = pa.Field(
        nullable=True,
        description="The family designation as SIPRI writes it, where it differs from `system` in more than "
        "spaces, hyphens and case (SIPRI lists variants such as Su-30MKI; match them through `aliases`).",
        metadata={"example": "JAS-39 Gripen"})
    origin: str = pa.Field(nullable=True, str_matches=ACTOR_ID_PATTERN,
                           description="actor_id of the designing state; empty for generic classes.",
                           metadata={"example": "RUS"})
    generic: bool = pa.Field(description="True for a generic class (UAV, tank, arms (unspecified)...).",
                             metadata={"example": False})
    catalogued: bool = pa.Field(
        description="False for a designation the extractor found in a text but the reviewed catalogue "
        "does not list yet; such rows take the category of the class noun beside the designation where the "
        "records first name it (`unspecified` when there is none), and have no origin.",
        metadata={"example": True},
    )
    aliases: str = pa.Field(nullable=True, str_matches=ALIAS_LIST_PATTERN,
                            description="Other names of the system in texts, separated by |.",
                            metadata={"example": "S300|SA-20 Gargoyle|S-300PMU-2"})
    description: str = pa.Field(nullable=True, description="One sentence on what the system is.",
                                metadata={"example": "Long-range surface-to-air missile system."})

    @pa.dataframe_check
    def generic_classes_have_no_origin(cls, data) -> pl.LazyFrame:
        """A generic class (generic true) has no origin."""
        return data.lazyframe.select(~pl.col("generic") | pl.col("origin").is_null())


def arms_in_general(systems: pl.DataFrame) -> list[str]:
    """The systems that stand for arms in general ("weapons", "military equipment"): the
    generic rows of category `unspecified` of a systems table (the release's, or
    build/reference/systems.csv), sorted. Their mentions may merge into a designated
    deal (see build/deals.py)."""
    general = systems.filter(pl.col("generic") & (pl.col("category").cast(pl.String) == "unspecified"))
    return sorted(general["system"].to_list())
