"""Controlled vocabularies shared by the schemas, the pipeline and the codebook.

Each vocabulary is a polars Enum so that Parquet files carry the allowed values and a
typo in a status can never be written. The order of the values is part of the
contract: it is the Enum's physical order in every release.
"""

import polars as pl

STATUSES = (
    "delivered",
    "ordered",
    "planned",
    "suspended",
    "cancelled",
    "denied",
    "unknown",
    "none",
)

# Aligned with SIPRI's weapon categories (sipri.org, "Coverage"); anti-submarine
# warfare weapons are folded into naval_weapons, and `unspecified` holds arms in general.
CATEGORIES = (
    "aircraft",
    "air_defence_systems",
    "armoured_vehicles",
    "artillery",
    "missiles",
    "ships",
    "sensors",
    "engines",
    "naval_weapons",
    "satellites",
    "other",
    "unspecified",
)

# SIPRI's own names of its weapon categories (sipri.org, "Coverage"), as in its registers.
SIPRI_CATEGORIES = (
    "Aircraft",
    "Air defence systems",
    "Anti-submarine warfare weapons",
    "Armoured vehicles",
    "Artillery",
    "Engines",
    "Missiles",
    "Naval weapons",
    "Satellites",
    "Sensors",
    "Ships",
    "Other",
)

TRANSFER_TYPES = ("sale", "licensed_production", "technology_transfer", "aid", "unspecified")

ACTOR_TYPES = ("state", "non_state_armed_group", "international_org", "sub_state_armed_force")

# How a record's supplier or recipient was found: read in the sentence, taken over from
# the antecedent of an anaphor, (supplier only) inferred from the system's origin, taken
# from a transfer event the document reports elsewhere by the rules (event) or by the
# learned attachment model (model, since 0.10.0; its sentence in evidence_start/end either
# way). Words are only ever added at the end, so that earlier releases still validate.
ACTOR_BASES = ("text", "antecedent", "origin", "event", "model")
RECIPIENT_BASES = ("text", "antecedent", "event", "model")

def grew(old: list, new: list) -> bool:
    """`new` is the vocabulary `old` with words added at its end: what a release written
    before the words were added still validates against (supplier_basis before `model`,
    0.10.0). Words are never removed or reordered."""
    return len(old) < len(new) and new[:len(old)] == old


# How a record's system was found.
SYSTEM_BASES = ("catalogue", "generic", "uncatalogued", "antecedent")

PRECISIONS = ("day", "month", "year")

# How a document's source was read, and how its text compares with the document's.
SOURCE_FORMATS = ("txt", "html", "jsonl", "csv", "parquet")
TEXT_MATCHES = ("identical", "near")

Status = pl.Enum(STATUSES)
DealStatus = pl.Enum([s for s in STATUSES if s != "none"])  # a deal always has a stage
Category = pl.Enum(CATEGORIES)
SipriCategory = pl.Enum(SIPRI_CATEGORIES)
TransferType = pl.Enum(TRANSFER_TYPES)
ActorType = pl.Enum(ACTOR_TYPES)
ActorBasis = pl.Enum(ACTOR_BASES)
RecipientBasis = pl.Enum(RECIPIENT_BASES)
SystemBasis = pl.Enum(SYSTEM_BASES)
Precision = pl.Enum(PRECISIONS)
SourceFormat = pl.Enum(SOURCE_FORMATS)
TextMatch = pl.Enum(TEXT_MATCHES)

# Actor codes: ISO 3166-1 alpha-3 for states (XKX for Kosovo, ISO 3166-3 codes for
# historical states), NSA_* for non-state armed groups, IO_* for international bodies,
# SSF_* for sub-state armed forces (the Kurdish Peshmerga) that receive arms of their own.
ACTOR_ID_PATTERN = r"^([A-Z]{3}|NSA_[A-Z0-9_]+|IO_[A-Z0-9_]+|SSF_[A-Z0-9_]+)$"
ALIAS_LIST_PATTERN = r"^[^|]+(\|[^|]+)*$"  # names separated by |
MENTION_ID_PATTERN = r"^[0-9a-f]{16}$"
RECORD_ID_PATTERN = r"^[0-9a-f]{16}-[1-9][0-9]*$"
RECORD_IDS_PATTERN = r"^[0-9a-f]{16}-[1-9][0-9]*(\|[0-9a-f]{16}-[1-9][0-9]*)*$"  # one or more, by |
RECORD_ID_PARTS_PATTERN = r"^[0-9a-f]{16}-[1-9][0-9]*(\|[0-9a-f]{16}-[1-9][0-9]*)+$"  # two or more, by |
DEAL_ID_PATTERN = r"^[0-9a-f]{16}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
EVENT_YEAR_RANGE = (1945, 2100)
