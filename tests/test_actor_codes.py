"""Codes by year (actor_codes), SIPRI's names (actors.sipri_name, systems.sipri_category)
and sub-state armed forces: the joins analysts make with country-year panels and SIPRI."""

import datetime as dt

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata.build.extract import extract_text
from armsdata.build.reference import load_reference
from armsdata.cli import main

from conftest import rewrite_table


def codes_in_year(pairs: list[tuple[str, int]]) -> pl.DataFrame:
    """The codebook's between-join: each (actor, year) with the codes of its period, as a
    left join (a pair outside every period keeps empty codes)."""
    wanted = pl.DataFrame(pairs, schema={"actor": pl.String, "year": pl.Int64}, orient="row")
    codes = load_reference().actor_codes
    in_year = (wanted.with_row_index("row").join(codes, left_on="actor", right_on="actor_id")
               .filter(pl.col("year").is_between("year_from", pl.col("year_to").fill_null(9999)))
               .select("row", "iso3", "iso3_user_assigned", "cow_code", "gw_code"))
    return wanted.with_row_index("row").join(in_year, on="row", how="left", maintain_order="left").drop("row")


# (actor, year) -> (COW, GW): the pitfalls and the years on either side of a change.
PITFALLS = [
    ("DEU", 1985, 260, 260), ("DEU", 1995, 255, 260), ("DEU", 1990, 255, 260), ("DEU", 1952, None, 260),
    ("DDR", 1985, 265, 265), ("DDR", 1990, 265, 265),
    ("SRB", 2010, 345, 340), ("SRB", 1999, 345, 345), ("YUG", 1985, 345, 345),
    ("YEM", 1995, 679, 678), ("YEM", 1985, 678, 678), ("YMD", 1985, 680, 680),
    ("CSK", 1985, 315, 315), ("CZE", 1995, 316, 316), ("SVK", 1995, 317, 317),
    ("SSD", 2012, 626, 626), ("SDN", 2012, 625, 625), ("SDN", 1995, 625, 625),
    ("RUS", 1995, 365, 365), ("RUS", 1985, 365, 365), ("SUN", 1985, 365, 365),
    ("XKX", 2010, 347, 347), ("VNM", 1995, 816, 816), ("KIR", 1990, None, 970), ("KIR", 2005, 946, 970),
]


@pytest.mark.parametrize("actor,year,cow,gw", PITFALLS, ids=[f"{p[0]}-{p[1]}" for p in PITFALLS])
def test_codes_by_year(actor, year, cow, gw):
    row = codes_in_year([(actor, year)]).row(0, named=True)
    assert (row["cow_code"], row["gw_code"]) == (cow, gw)


@pytest.mark.parametrize("actor,year", [("SSD", 2010), ("CSK", 1995), ("SUN", 1995), ("DDR", 1995),
                                        ("YMD", 1995), ("XKX", 2005), ("SRB", 1985)])
def test_no_codes_outside_the_state_s_years(actor, year):
    row = codes_in_year([(actor, year)]).row(0, named=True)
    assert (row["iso3"], row["cow_code"], row["gw_code"]) == (None, None, None)


def test_kosovo_code_is_flagged_as_not_iso():
    codes = load_reference().actor_codes
    assert codes.filter(pl.col("iso3_user_assigned"))["iso3"].to_list() == ["XKX"]
    assert codes_in_year([("XKX", 2010)]).row(0, named=True)["iso3_user_assigned"] is True


def test_palestine_has_a_period_without_codes():
    assert codes_in_year([("PSE", 2010)]).row(0, named=True) == {
        "actor": "PSE", "year": 2010, "iso3": "PSE", "iso3_user_assigned": False, "cow_code": None, "gw_code": None}


def test_the_open_period_has_the_actors_table_codes():
    """Today's codes in actor_codes are those of actors (the codes for all time it had)."""
    reference = load_reference()
    current = reference.actor_codes.filter(pl.col("year_to").is_null()).select("actor_id", "cow_code", "gw_code")
    states = reference.actors.filter((pl.col("actor_type") == "state") & ~pl.col("historical"))
    assert states.select("actor_id", "cow_code", "gw_code").sort("actor_id").equals(current.sort("actor_id"))


def test_overlapping_periods_make_the_release_invalid(release):
    def overlap(frame):
        return frame.with_columns(year_to=pl.when((pl.col("actor_id") == "DEU") & (pl.col("year_from") == 1955))
                                  .then(1995).otherwise(pl.col("year_to")))
    rewrite_table(release, "actor_codes", overlap)
    result = CliRunner().invoke(main, ["validate", str(release), "--format", "json"])
    assert result.exit_code == 1
    assert '"rule": "periods_of_an_actor_do_not_overlap"' in result.output


def test_codes_of_a_non_actor_make_the_release_invalid(release):
    rewrite_table(release, "actor_codes", lambda f: f.with_columns(
        actor_id=pl.when(pl.col("actor_id") == "ZWE").then(pl.lit("ZZZ")).otherwise(pl.col("actor_id"))))
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 1
    assert "actor_codes: actor_id_in_actors: 1" in result.output
    assert "actor_id ZZZ is not in actors.actor_id" in result.output


# -- SIPRI's names ------------------------------------------------------------------------
# SIPRI's spellings as its Arms Transfers Database lists them (the register's country and
# entity list; "Turkiye" since the 2023 update).
SIPRI_NAMES = {
    "ARE": "UAE", "BIH": "Bosnia-Herzegovina", "CIV": "Cote d'Ivoire", "COD": "DR Congo", "COG": "Congo",
    "CZE": "Czechia", "SWZ": "eSwatini", "TUR": "Turkiye", "VNM": "Viet Nam", "USA": "United States",
    "GBR": "United Kingdom", "KOR": "South Korea", "PRK": "North Korea", "CPV": "Cabo Verde",
    "TLS": "Timor-Leste", "MKD": "North Macedonia", "BRN": "Brunei", "LAO": "Laos", "FSM": "Micronesia",
    "XKX": "Kosovo", "PSE": "Palestine", "TWN": "Taiwan", "SUN": "Soviet Union",
    "NSA_HEZBOLLAH": "Hezbollah (Lebanon)*", "NSA_HOUTHIS": "Houthi rebels (Yemen)*", "IO_NATO": "NATO**",
}


def test_sipri_names_are_sipri_s_spellings():
    actors = load_reference().actors
    found = dict(zip(actors["actor_id"], actors["sipri_name"]))
    assert {code: found[code] for code in SIPRI_NAMES} == SIPRI_NAMES


def test_every_state_has_a_sipri_name_and_marks_follow_sipri():
    actors = load_reference().actors
    assert actors.filter((pl.col("actor_type") == "state") & pl.col("sipri_name").is_null()).height == 0
    marked = actors.filter(pl.col("sipri_name").is_not_null())
    assert marked.filter(pl.col("actor_type") == "international_org")["sipri_name"].str.ends_with("**").all()
    armed = marked.filter(pl.col("actor_type").is_in(["non_state_armed_group", "sub_state_armed_force"]))
    assert armed["sipri_name"].str.contains(r"[^*]\*$").all()
    assert not marked.filter(pl.col("actor_type") == "state")["sipri_name"].str.contains(r"\*").any()
    assert marked["sipri_name"].is_unique().all()


def test_sipri_categories_cover_what_sipri_covers():
    systems = load_reference().systems
    uncovered = systems.filter(pl.col("sipri_category").is_null())
    assert set(uncovered["category"].cast(pl.String)) == {"other", "unspecified"}
    covered = systems.filter(pl.col("sipri_category").is_not_null())
    assert set(covered["category"].cast(pl.String)) == {
        "aircraft", "air_defence_systems", "armoured_vehicles", "artillery", "missiles", "ships", "sensors",
        "engines", "naval_weapons", "satellites"}
    by_system = dict(zip(systems["system"], systems["sipri_category"].cast(pl.String)))
    assert (by_system["Mk 45"], by_system["Mk 48"], by_system["RBU-6000"], by_system["Mk 15 Phalanx"]) == (
        "Artillery", "Missiles", "Anti-submarine warfare weapons", "Naval weapons")


# -- sub-state armed forces ---------------------------------------------------------------
def test_a_delivery_to_the_peshmerga_has_the_peshmerga_as_recipient():
    found = extract_text("Germany delivered MILAN missiles to the Peshmerga in 2014.", dt.date(2014, 10, 1))
    assert [(r["span_text"], r["system"], r["supplier"], r["recipient"], r["status"], r["event_year"])
            for r in found] == [("MILAN missiles", "MILAN", "DEU", "SSF_PESHMERGA", "delivered", 2014)]


def test_sub_state_forces_have_a_host_state():
    actors = load_reference().actors.filter(pl.col("actor_type") == "sub_state_armed_force")
    assert actors.select("actor_id", "host_iso3").rows() == [("SSF_PESHMERGA", "IRQ")]


def test_the_syrian_democratic_forces_are_a_sub_state_force():
    found = extract_text("The United States delivered weapons to the Syrian Democratic Forces.")
    assert [(r["supplier"], r["recipient"]) for r in found] == [("USA", "NSA_SDF")]


# -- a year for every record --------------------------------------------------------------
def test_every_record_has_the_year_of_its_publication(built_release):
    records = pl.read_parquet(built_release / "records.parquet")
    documents = pl.read_parquet(built_release / "documents.parquet")
    expected = records.select("doc_id").join(
        documents.select("doc_id", report_year=pl.col("published").dt.year().cast(pl.Int64),
                         report_year_precision=pl.col("published_precision")),
        on="doc_id", how="left", maintain_order="left")
    assert records.select("doc_id", "report_year", "report_year_precision").equals(expected)
    assert records.filter(pl.coalesce("event_year", "report_year").is_null()).height == 0
    assert sorted(set(records["report_year"])) == [2009, 2010, 2016]


def test_a_report_year_that_is_not_the_publication_year_is_invalid(release):
    rewrite_table(release, "records", lambda f: f.with_columns(
        report_year=pl.when(pl.int_range(pl.len()) == 0).then(1999).otherwise(pl.col("report_year"))))
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 1
    assert "records: report_year_matches_document: 1" in result.output
    assert "report_year 1999 (day) differs from the publication date of 000_273756fbf6480a49 (2010, day)" \
        in result.output


def test_actor_codes_out_of_order_are_invalid(release):
    rewrite_table(release, "actor_codes", lambda f: f.reverse())
    result = CliRunner().invoke(main, ["validate", str(release / "actor_codes.csv")])
    assert result.exit_code == 1
    assert "actor_codes: rows_by_actor_and_year:" in result.output


@pytest.mark.parametrize("text", ["Germany sent weapons to the peshmerga.",
                                  "Germany sent weapons to the Iraqi Kurdish peshmerga.",
                                  "Germany delivered 100 MILAN missiles to the Kurdistan Regional Government in Erbil."])
def test_the_peshmerga_under_other_names(text):
    assert [(r["supplier"], r["recipient"]) for r in extract_text(text)] == [("DEU", "SSF_PESHMERGA")]
