"""The reviewed reference tables (actors, systems, actor_codes) shipped in build/reference/.

They are the authority for actor codes and system names: the extractor's gazetteers are
made from actors and systems, and all three are published, as loaded here, in every release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

from .errors import ArmsdataError

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

ACTOR_SCHEMA = {
    "actor_id": pl.String, "name": pl.String, "sipri_name": pl.String, "actor_type": pl.String, "iso3": pl.String,
    "cow_code": pl.Int32, "gw_code": pl.Int32, "host_iso3": pl.String, "historical": pl.Boolean,
    "names": pl.String, "demonyms": pl.String, "seats": pl.String, "companies": pl.String,
}
SYSTEM_SCHEMA = {
    "system": pl.String, "category": pl.String, "sipri_category": pl.String, "sipri_designation": pl.String,
    "origin": pl.String, "generic": pl.Boolean,
    "aliases": pl.String, "description": pl.String,
}
ACTOR_CODES_SCHEMA = {
    "actor_id": pl.String, "year_from": pl.Int64, "year_to": pl.Int64, "iso3": pl.String,
    "iso3_user_assigned": pl.Boolean, "cow_code": pl.Int32, "gw_code": pl.Int32, "note": pl.String,
}
ACTOR_ALIAS_KINDS = ("names", "seats", "companies", "demonyms")


@dataclass(frozen=True)
class Reference:
    """The reviewed reference tables of build/reference/: actors, systems, and actor_codes
    (a state's ISO 3166, COW and Gleditsch-Ward codes by period)."""

    actors: pl.DataFrame
    systems: pl.DataFrame
    actor_codes: pl.DataFrame  # a state's codes by period

    @property
    def origin(self) -> dict[str, str | None]:
        """system -> the actor_id of its country of origin (None where the table gives none)."""
        return dict(zip(self.systems["system"], self.systems["origin"]))

    @property
    def category(self) -> dict[str, str]:
        """system -> its category."""
        return dict(zip(self.systems["system"], self.systems["category"]))


def _read_csv(path: Path, schema: dict) -> pl.DataFrame:
    try:
        return pl.read_csv(path, schema=schema)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise ArmsdataError(f"{path}: cannot read reference table ({exc.__class__.__name__})") from None


def load_reference(directory: Path | None = None) -> Reference:
    """Both tables, checked for the rules the extractor relies on."""
    return _load_reference(Path(directory or REFERENCE_DIR))


@cache
def _load_reference(directory: Path) -> Reference:
    actors = _read_csv(directory / "actors.csv", ACTOR_SCHEMA).sort("actor_id")
    systems = _read_csv(directory / "systems.csv", SYSTEM_SCHEMA).sort("system")
    systems = systems.with_columns(catalogued=pl.lit(True)).select(
        "system", "category", "sipri_category", "sipri_designation", "origin", "generic", "catalogued", "aliases",
        "description")
    actor_codes = _read_csv(directory / "actor_codes.csv", ACTOR_CODES_SCHEMA).sort("actor_id", "year_from")
    reference = Reference(actors=actors, systems=systems, actor_codes=actor_codes)
    check_reference(reference)
    return reference


def split_aliases(value: str | None) -> list[str]:
    """The entries of a "|"-separated alias cell; [] for None or an empty cell."""
    return [part for part in (value or "").split("|") if part]


def designation_key(name: str) -> str:
    """The form under which two spellings of a designation are the same (S-300, S300, s 300)."""
    return re.sub(r"[\s\-‐‑–]", "", name).casefold()


def actor_aliases(actors: pl.DataFrame) -> list[tuple[str, str, str]]:
    """(alias, actor_id, kind) for every name, seat, company and demonym."""
    rows = []
    for row in actors.iter_rows(named=True):
        for kind in ACTOR_ALIAS_KINDS:
            rows.extend((alias, row["actor_id"], kind) for alias in split_aliases(row[kind]))
    return rows


def actor_named(actors: pl.DataFrame, value: str) -> str | None:
    """The actor_id that `value` names, in any case: an actor_id, a name, a SIPRI name, one of
    its other names or the name of its seat of government ("Moscow", as the extractor reads
    it), of the columns `actors` has of those; the first such actor in table order, else
    None."""
    wanted = value.strip().casefold()
    for row in actors.iter_rows(named=True):
        names = [row["actor_id"], row.get("name"), row.get("sipri_name"),
                 *split_aliases(row.get("names")), *split_aliases(row.get("seats"))]
        if wanted in [n.casefold() for n in names if n]:
            return row["actor_id"]
    return None


def system_aliases(systems: pl.DataFrame, generic: bool = False) -> list[tuple[str, str]]:
    """(alias, system) for every catalogued name and alias of a specific system (and of the
    generic classes too, with `generic`), in table order."""
    rows = []
    for row in (systems if generic else systems.filter(~pl.col("generic"))).iter_rows(named=True):
        rows.append((row["system"], row["system"]))
        rows.extend((alias, row["system"]) for alias in split_aliases(row["aliases"]))
    return rows


def name_words(systems: pl.DataFrame) -> dict[str, tuple[str, ...]]:
    """A name word (lower case, letters only, three or more) -> the specific systems one of
    whose names or aliases is that word alone or with other words none of which opens
    with a digit ("lynx" -> KF41 Lynx through "Lynx IFV", Westland Lynx through "Super
    Lynx"; not Shahed through "Shahed 129", not Leopard through "Leopard 2A4": those name
    a family of numbered types). mentions.find_mentions reads a name the catalogue lacks
    as written before a class noun ("Lynx infantry fighting vehicles") as the one system
    of the class noun's category that has it."""
    index: dict[str, list[str]] = {}
    for alias, system in system_aliases(systems):
        words = alias.lower().split()
        if any(word[0].isdigit() for word in words):
            continue
        for word in words:
            if len(word) >= 3 and word.isalpha() and system not in index.setdefault(word, []):
                index[word].append(system)
    return {word: tuple(found) for word, found in index.items()}


def check_reference(reference: Reference) -> None:
    """Every alias names one system and one actor only; every origin is an actor; every
    state has its codes by period, and only states have them."""
    problems = []
    owners: dict[str, str] = {}
    for alias, system in system_aliases(reference.systems):
        owner = owners.setdefault(designation_key(alias), system)
        if owner != system:
            problems.append(f"system alias {alias!r} belongs to both {owner} and {system}")
    actor_owner: dict[str, str] = {}
    for alias, actor_id, _ in actor_aliases(reference.actors):
        owner = actor_owner.setdefault(alias.casefold(), actor_id)
        if owner != actor_id:
            problems.append(f"actor alias {alias!r} belongs to both {owner} and {actor_id}")
    known = set(reference.actors["actor_id"])
    for system, origin in reference.origin.items():
        if origin is not None and origin not in known:
            problems.append(f"system {system}: origin {origin} is not an actor_id")
    states = set(reference.actors.filter(pl.col("actor_type") == "state")["actor_id"])
    coded = set(reference.actor_codes["actor_id"])
    problems += [f"actor_codes: {actor_id} is not a state in actors" for actor_id in sorted(coded - states)]
    problems += [f"actor_codes: state {actor_id} has no period" for actor_id in sorted(states - coded)]
    if problems:
        raise ArmsdataError("reference tables: " + "; ".join(problems[:5]))
