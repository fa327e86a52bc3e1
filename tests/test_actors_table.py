"""Checks on the reviewed reference table of actors (build/reference/actors.csv)."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

ACTORS_CSV = Path(__file__).resolve().parents[1] / "build" / "reference" / "actors.csv"

COLUMNS = [
    "actor_id", "name", "sipri_name", "actor_type", "iso3", "cow_code", "gw_code", "host_iso3",
    "historical", "names", "demonyms", "seats", "companies",
]
ALIAS_COLUMNS = ["names", "demonyms", "seats", "companies"]
ACTOR_ID_RE = re.compile(r"^([A-Z]{3}|NSA_[A-Z0-9_]+|IO_[A-Z0-9_]+|SSF_[A-Z0-9_]+)$")
ACTOR_TYPES = {"state", "non_state_armed_group", "international_org", "sub_state_armed_force"}
HISTORICAL = {"SUN", "YUG", "CSK", "DDR", "YMD"}
ARMED_NON_STATES = {"non_state_armed_group", "sub_state_armed_force"}

UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split())
OTHER_CURRENT_STATES = {"PSE", "VAT", "XKX", "TWN"}


def _load():
    with ACTORS_CSV.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, rec)) for rec in reader]
        return header, rows


HEADER, ROWS = _load()
BY_ID = {r["actor_id"]: r for r in ROWS}
CURRENT_STATES = [r for r in ROWS if r["actor_type"] == "state" and r["historical"] == "false"]


def _aliases(row):
    out = []
    for col in ALIAS_COLUMNS:
        if row[col]:
            out.extend(row[col].split("|"))
    return out


def _owners(alias):
    key = alias.casefold()
    return {r["actor_id"] for r in ROWS if key in {a.casefold() for a in _aliases(r)}}


def _int_or_none(value):
    return int(value) if value != "" else None


def test_header_and_field_counts():
    assert HEADER == COLUMNS
    with ACTORS_CSV.open(encoding="utf-8", newline="") as fh:
        for lineno, rec in enumerate(csv.reader(fh), start=1):
            assert len(rec) == len(COLUMNS), f"line {lineno} has {len(rec)} fields"


def test_file_ends_with_newline_and_uses_lf():
    raw = ACTORS_CSV.read_bytes()
    assert raw.endswith(b"\n")
    assert b"\r" not in raw
    raw.decode("utf-8")


def test_rows_sorted_and_ids_unique():
    ids = [r["actor_id"] for r in ROWS]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_actor_id_pattern_and_type_vocabulary():
    for r in ROWS:
        assert ACTOR_ID_RE.match(r["actor_id"]), r["actor_id"]
        assert r["actor_type"] in ACTOR_TYPES, (r["actor_id"], r["actor_type"])
        prefix_type = (
            "non_state_armed_group" if r["actor_id"].startswith("NSA_")
            else "international_org" if r["actor_id"].startswith("IO_")
            else "sub_state_armed_force" if r["actor_id"].startswith("SSF_")
            else "state"
        )
        assert r["actor_type"] == prefix_type, r["actor_id"]
        assert r["historical"] in {"true", "false"}, r["actor_id"]
        assert r["name"].strip(), r["actor_id"]


def test_current_state_iso3_in_pycountry():
    for r in CURRENT_STATES:
        assert r["name"].strip(), r["actor_id"]
        assert r["iso3"] == r["actor_id"], r["actor_id"]
        if r["actor_id"] == "XKX":
            continue
        assert pycountry.countries.get(alpha_3=r["iso3"]) is not None, r["iso3"]


def test_historical_states():
    hist = {r["actor_id"] for r in ROWS if r["historical"] == "true"}
    assert hist == HISTORICAL
    for code in HISTORICAL:
        r = BY_ID[code]
        assert r["actor_type"] == "state"
        assert r["iso3"] == code
        assert pycountry.historic_countries.get(alpha_3=code) is not None, code


def test_coverage_of_current_states():
    codes = {r["actor_id"] for r in CURRENT_STATES}
    assert len(UN_MEMBERS) == 193
    assert len(CURRENT_STATES) == 197
    assert UN_MEMBERS <= codes, sorted(UN_MEMBERS - codes)
    assert OTHER_CURRENT_STATES <= codes, sorted(OTHER_CURRENT_STATES - codes)
    assert codes == UN_MEMBERS | OTHER_CURRENT_STATES


def test_non_states_have_no_state_codes():
    for r in ROWS:
        if r["actor_type"] != "state":
            assert r["iso3"] == r["cow_code"] == r["gw_code"] == "", r["actor_id"]
            assert r["demonyms"] == r["seats"] == r["companies"] == "", r["actor_id"]


def test_code_columns_are_integers():
    for r in ROWS:
        for col in ("cow_code", "gw_code"):
            v = r[col]
            assert v == "" or (v.isdigit() and not v.startswith("0")), (r["actor_id"], col, v)
    # every UN member has a COW code
    for code in UN_MEMBERS:
        assert BY_ID[code]["cow_code"], code


PITFALLS = [
    ("RUS", 365, 365),
    ("DEU", 255, 260),
    ("SRB", 345, 340),
    ("YEM", 679, 678),
    ("VNM", 816, 816),
    ("CZE", 316, 316),
    ("CSK", 315, 315),
    ("XKX", 347, 347),
    ("PSE", None, None),
    ("ISR", 666, 666),
    ("IRN", 630, 630),
    ("SYR", 652, 652),
    ("SUN", 365, 365),
    ("DDR", 265, 265),
    ("YMD", 680, 680),
    ("YUG", 345, 345),
    ("TWN", 713, 713),
    ("SDN", 625, 625),
    ("SSD", 626, 626),
    ("PRK", 731, 731),
    ("KOR", 732, 732),
    ("MNE", 341, 341),
    ("KIR", 946, 970),
    ("NRU", 970, 971),
    ("TON", 955, 972),
    ("TUV", 947, 973),
]


@pytest.mark.parametrize("code,cow,gw", PITFALLS, ids=[p[0] for p in PITFALLS])
def test_cow_gw_pitfalls(code, cow, gw):
    r = BY_ID[code]
    assert (_int_or_none(r["cow_code"]), _int_or_none(r["gw_code"])) == (cow, gw)


def test_kosovo_and_ussr_specifics():
    assert BY_ID["XKX"]["iso3"] == "XKX"
    assert BY_ID["SUN"]["historical"] == "true"
    assert BY_ID["SUN"]["cow_code"] == "365"


def test_alias_uniqueness_across_actors():
    owners = defaultdict(set)
    for r in ROWS:
        for alias in _aliases(r):
            owners[alias.casefold()].add(r["actor_id"])
    clashes = {a: sorted(ids) for a, ids in owners.items() if len(ids) > 1}
    assert not clashes, "aliases claimed by more than one actor: " + "; ".join(
        f"{a!r} -> {', '.join(ids)}" for a, ids in sorted(clashes.items())
    )


def test_alias_strings_are_clean():
    for r in ROWS:
        for col in ALIAS_COLUMNS:
            if not r[col]:
                continue
            for alias in r[col].split("|"):
                assert alias and alias == alias.strip(), (r["actor_id"], col, alias)
        assert r["name"] in r["names"].split("|"), r["actor_id"]


def test_host_iso3():
    state_ids = {r["actor_id"] for r in CURRENT_STATES}
    for r in ROWS:
        if r["actor_type"] in ARMED_NON_STATES:
            assert r["host_iso3"], r["actor_id"]
            assert r["host_iso3"] in state_ids, (r["actor_id"], r["host_iso3"])
        else:
            assert r["host_iso3"] == "", r["actor_id"]


@pytest.mark.parametrize("alias,code", [
    ("Moscow", "RUS"),
    ("Kremlin", "RUS"),
    ("Tehran", "IRN"),
    ("Jerusalem", "ISR"),
    ("Tel Aviv", "ISR"),
    ("Damascus", "SYR"),
    ("Washington", "USA"),
    ("Israeli", "ISR"),
    ("Iranian", "IRN"),
    ("Russian", "RUS"),
    ("Syrian", "SYR"),
    ("Rosoboronexport", "RUS"),
    ("Hezbollah", "NSA_HEZBOLLAH"),
    ("Hamas", "NSA_HAMAS"),
    ("Haftar", "NSA_LNA"),  # a commander's name stands for his force, as a capital for its state
    ("Hemedti", "NSA_RSF"),
])
def test_seed_aliases(alias, code):
    assert _owners(alias) == {code}


@pytest.mark.parametrize("alias", ["Congo", "Korea", "Korean", "Congolese", "Guinean"])
def test_ambiguous_aliases_absent(alias):
    assert _owners(alias) == set()
