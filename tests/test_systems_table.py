"""Checks on the reviewed weapon-system catalogue build/reference/systems.csv."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from armsdata.schema import vocab

CSV_PATH = Path(__file__).resolve().parents[1] / "build" / "reference" / "systems.csv"

HEADER = ["system", "category", "sipri_category", "sipri_designation", "origin", "generic", "aliases",
          "description"]

CATEGORIES = set(vocab.CATEGORIES)

GENERIC_ROWS = {
    "arms (unspecified)": "unspecified",
    "UAV": "aircraft",
    "fighter aircraft": "aircraft",
    "military aircraft": "aircraft",
    "helicopter": "aircraft",
    "tank": "armoured_vehicles",
    "armoured vehicle": "armoured_vehicles",
    "air defence system": "air_defence_systems",
    "missile": "missiles",
    "rocket": "artillery",
    "artillery": "artillery",
    "warship": "ships",
    "submarine": "ships",
    "radar": "sensors",
    "small arms": "other",
    "ammunition": "other",
    "nuclear weapon": "other",
    "military equipment": "unspecified",
}

# Bare generic words that must never be used as an alias of a specific system.
GENERIC_WORDS = {
    "drone", "drones", "jet", "jets", "fighter", "fighters", "fighter jet", "plane",
    "aircraft", "tank", "tanks", "missile", "missiles", "rocket", "rockets",
    "helicopter", "radar", "submarine", "frigate", "corvette", "warship", "gun",
    "howitzer", "rifle", "weapon", "weapons", "air defence", "air defense", "uav",
}

MIN_SPECIFIC = 300


def norm(name: str) -> str:
    """Matching key: case-folded, hyphens and spaces removed."""
    return name.casefold().replace("-", "").replace(" ", "")


def aliases_of(row: dict) -> list[str]:
    return row["aliases"].split("|") if row["aliases"] else []


@pytest.fixture(scope="module")
def raw_text() -> str:
    return CSV_PATH.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def raw_records() -> list[list[str]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture(scope="module")
def rows(raw_records) -> list[dict]:
    header, *body = raw_records
    assert header == HEADER
    return [dict(zip(HEADER, record)) for record in body]


@pytest.fixture(scope="module")
def by_system(rows) -> dict[str, dict]:
    return {row["system"]: row for row in rows}


@pytest.fixture(scope="module")
def specific(rows) -> list[dict]:
    return [row for row in rows if row["generic"] == "false"]


@pytest.fixture(scope="module")
def key_owners(rows) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        owners[norm(row["system"])].add(row["system"])
        for alias in aliases_of(row):
            owners[norm(alias)].add(row["system"])
    return owners


def test_file_encoding_and_line_endings(raw_text):
    assert raw_text.endswith("\n"), "file must end with a newline"
    assert "\r" not in raw_text, "line endings must be \\n only"
    assert not raw_text.startswith("\ufeff"), "no byte-order mark"


def test_header(raw_records):
    assert raw_records[0] == HEADER


def test_every_record_has_all_fields(raw_records):
    bad = [(n, rec) for n, rec in enumerate(raw_records, 1) if len(rec) != len(HEADER)]
    assert not bad, f"records without exactly {len(HEADER)} fields: {bad[:5]}"


def test_no_blank_or_padded_fields(rows):
    for row in rows:
        for column in ("system", "category", "generic", "description"):
            assert row[column], f"{row['system']!r}: empty {column}"
        for column, value in row.items():
            assert value == value.strip(), f"{row['system']!r}: padded {column}"
            assert "\n" not in value, f"{row['system']!r}: newline in {column}"


def test_system_names_unique(rows):
    seen: set[str] = set()
    dupes = [row["system"] for row in rows if row["system"] in seen or seen.add(row["system"])]
    assert not dupes, f"duplicate system names: {dupes}"


def test_rows_sorted_by_system(rows):
    names = [row["system"] for row in rows]
    assert names == sorted(names)


def test_category_vocabulary(rows):
    bad = {row["system"]: row["category"] for row in rows if row["category"] not in CATEGORIES}
    assert not bad, f"unknown categories: {bad}"


def test_generic_flag_values(rows):
    bad = {row["system"]: row["generic"] for row in rows if row["generic"] not in {"true", "false"}}
    assert not bad, f"generic must be true or false: {bad}"


def test_generic_rows_exact(rows):
    generic = {row["system"]: row["category"] for row in rows if row["generic"] == "true"}
    assert generic == GENERIC_ROWS


def test_generic_rows_have_no_origin_or_aliases(rows):
    for row in rows:
        if row["generic"] == "true":
            assert row["origin"] == "", f"{row['system']!r}: generic row with origin"
            assert row["aliases"] == "", f"{row['system']!r}: generic row with aliases"


def test_enough_specific_systems(specific):
    assert len(specific) >= MIN_SPECIFIC, f"only {len(specific)} specific systems"


def test_specific_origin_format(specific):
    bad = {row["system"]: row["origin"] for row in specific if not re.fullmatch(r"[A-Z]{3}", row["origin"])}
    assert not bad, f"origin must be a 3-letter uppercase code: {bad}"


# Historical states of the actors table (historical true: SUN, CSK, YUG, ...): the designing
# state of a type whose production ended with it (since 0.24.0, the T-55 and MiG-21 are SUN)
HISTORICAL = {row["actor_id"] for row in csv.DictReader(
    (CSV_PATH.parent / "actors.csv").read_text(encoding="utf-8").splitlines()) if row["historical"] == "true"}


def test_specific_origin_is_iso_country_or_a_historical_state(specific):
    bad = {
        row["system"]: row["origin"]
        for row in specific
        if pycountry.countries.get(alpha_3=row["origin"]) is None and row["origin"] not in HISTORICAL
    }
    assert not bad, f"origin is neither an ISO 3166-1 alpha-3 code of a current state nor a historical state: {bad}"
    assert HISTORICAL >= {"SUN", "CSK", "YUG"}


def test_aliases_well_formed(rows):
    for row in rows:
        for alias in aliases_of(row):
            assert alias, f"{row['system']!r}: empty alias (stray '|')"
            assert alias == alias.strip(), f"{row['system']!r}: padded alias {alias!r}"
        assert len(aliases_of(row)) == len(set(aliases_of(row))), f"{row['system']!r}: repeated alias"


def test_no_alias_equal_to_own_system(rows):
    for row in rows:
        for alias in aliases_of(row):
            assert alias.casefold() != row["system"].casefold(), (
                f"{row['system']!r}: alias {alias!r} repeats the system name"
            )


def test_no_generic_word_aliases(rows):
    generic_keys = {norm(word) for word in GENERIC_WORDS} | {norm(name) for name in GENERIC_ROWS}
    for row in rows:
        for alias in aliases_of(row):
            assert norm(alias) not in generic_keys, f"{row['system']!r}: generic alias {alias!r}"


def test_alias_keys_belong_to_one_system(key_owners):
    clashes = {key: sorted(owners) for key, owners in key_owners.items() if len(owners) > 1}
    assert not clashes, "normalised names shared by several systems: " + "; ".join(
        f"{key!r} -> {owners}" for key, owners in sorted(clashes.items())
    )


@pytest.mark.parametrize(
    ("system", "category", "origin"),
    [
        ("S-300", "air_defence_systems", "RUS"),
        ("Su-30", "aircraft", "RUS"),
        ("T-90", "armoured_vehicles", "RUS"),
        ("Hermes 450", "aircraft", "ISR"),
        ("Searcher", "aircraft", "ISR"),
        ("Heron", "aircraft", "ISR"),
        ("Bird-Eye 400", "aircraft", "ISR"),
    ],
)
def test_seed_systems_pinned(by_system, system, category, origin):
    assert system in by_system, f"{system!r} missing"
    row = by_system[system]
    assert (row["category"], row["origin"], row["generic"]) == (category, origin, "false")


@pytest.mark.parametrize(
    ("alias", "system"),
    [
        ("Sukhoi Su-30", "Su-30"),
        ("S300", "S-300"),
        ("SA-20 Gargoyle", "S-300"),
        ("Su-30MKI", "Su-30"),
        ("T-90S", "T-90"),
        ("Bhishma", "T-90"),
        ("Searcher Mk II", "Searcher"),
        ("Antey-2500", "S-300"),
    ],
)
def test_seed_alias_resolves(key_owners, alias, system):
    assert key_owners.get(norm(alias)) == {system}


@pytest.mark.parametrize(
    ("system", "required"),
    [
        ("S-300", ["S300", "S-300PMU", "S-300PMU-2", "S-300PMU2", "S-300V", "S-300VM", "Antey-2500",
                   "SA-10", "SA-20", "SA-20 Gargoyle", "SA-10 Grumble", "Favorit"]),
        ("Su-30", ["Su30", "Su-30MKI", "Su-30SM", "Su-30MK2", "Su-30MKK", "Su-30MKM", "Su-30MKA",
                   "Sukhoi Su-30", "Flanker-C", "Flanker-G", "Flanker-H"]),
        ("T-90", ["T90", "T-90S", "T-90SM", "T-90MS", "T-90A", "T-90M", "Bhishma"]),
        ("Searcher", ["Searcher II", "Searcher Mk II", "Searcher 2"]),
    ],
)
def test_seed_alias_lists(by_system, system, required):
    missing = sorted(set(required) - set(aliases_of(by_system[system])))
    assert not missing, f"{system!r} lacks aliases {missing}"
