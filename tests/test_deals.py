"""The deals table: how records become deals (build/deals.py), the seeds' deals, a deal
reported at three stages by three articles, the rules `armsdata validate` applies to it,
`armsdata deals` and the gold deal lists."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

import armsdata
from armsdata.build.deals import deal_id, deals_table
from armsdata.build.evaluate import deals as evaluate_deals
from armsdata.build.reference import load_reference
from armsdata.cli import main

import gold_deals
from conftest import rewrite_table

SYSTEMS = load_reference().systems
RECORD_COLUMNS = {"record_id": pl.String, "doc_id": pl.String, "span_start": pl.Int64, "sentence_start": pl.Int64,
                  "evidence_start": pl.Int64, "system": pl.String, "supplier": pl.String, "supplier_basis": pl.String,
                  "recipient": pl.String, "recipient_basis": pl.String, "status": pl.String,
                  "transfer_type": pl.String, "quantity": pl.Int64, "event_year": pl.Int64}


class Corpus:
    """Documents and hand-made records, as the release tables that deals_table reads."""

    def __init__(self):
        self.documents, self.records = [], []

    def document(self, doc_id: str, published: str | None, text: str) -> str:
        self.documents.append({"doc_id": doc_id, "published": date.fromisoformat(published) if published else None,
                               "text": text})
        return doc_id

    def record(self, doc_id: str, span: str, system: str, supplier: str | None, recipient: str | None,
               status: str, quantity: int | None = None, year: int | None = None, basis: str = "text",
               evidence_start: int | None = None, transfer_type: str = "sale") -> str:
        text = next(d["text"] for d in self.documents if d["doc_id"] == doc_id)
        start = text.index(span)
        record_id = f"{len(self.records) + 1:016x}-1"
        self.records.append({
            "record_id": record_id, "doc_id": doc_id, "span_start": start,
            "sentence_start": text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0,
            "evidence_start": evidence_start, "system": system, "supplier": supplier,
            "supplier_basis": basis if supplier else None, "recipient": recipient,
            "recipient_basis": basis if recipient else None, "status": status,
            "transfer_type": None if status == "none" else transfer_type, "quantity": quantity, "event_year": year})
        return record_id

    def deals(self) -> pl.DataFrame:
        records = pl.DataFrame(self.records, schema=RECORD_COLUMNS)
        documents = pl.DataFrame(self.documents, schema={"doc_id": pl.String, "published": pl.Date, "text": pl.String})
        return deals_table(records, documents, SYSTEMS)


def rows(deals: pl.DataFrame, *columns: str) -> list[tuple]:
    return deals.select(columns).rows()


# -- how records become deals --------------------------------------------------------------
def test_a_mention_of_arms_tied_to_a_transfer_merges_into_it():
    corpus = Corpus()
    doc = corpus.document("d", "2020-01-01", "Russia delivered S-300 missiles to Iran. The weapons came by sea.")
    s300 = corpus.record(doc, "S-300 missiles", "S-300", "RUS", "IRN", "delivered")
    weapons = corpus.record(doc, "weapons", "arms (unspecified)", "RUS", "IRN", "delivered", basis="event",
                            evidence_start=0)
    deals = corpus.deals()
    assert rows(deals, "supplier", "recipient", "system", "n_records", "status_record_id") == [
        ("RUS", "IRN", "S-300", 2, weapons)]  # same date and stage: the later mention in the text
    assert deals["status_history_record_ids"].to_list() == [s300]


def test_a_mention_of_arms_read_in_its_own_sentence_is_a_deal_of_its_own():
    corpus = Corpus()
    doc = corpus.document("d", "2020-01-01", "Russia delivered S-300 missiles to Iran. Russia sold weapons to Iran. "
                          "Iran bought military equipment. Russia sent arms and armoured vehicles to Iran.")
    corpus.record(doc, "S-300 missiles", "S-300", "RUS", "IRN", "delivered")
    corpus.record(doc, "weapons", "arms (unspecified)", "RUS", "IRN", "delivered")  # basis text: not tied
    corpus.record(doc, "military equipment", "military equipment", None, "IRN", "delivered")
    corpus.record(doc, "armoured vehicles", "armoured vehicle", "RUS", "IRN", "delivered")
    corpus.record(doc, "arms", "arms (unspecified)", "RUS", "IRN", "delivered", basis="event", evidence_start=0)
    assert rows(corpus.deals(), "supplier", "recipient", "system", "category", "n_records") == [
        (None, "IRN", "arms (unspecified)", "unspecified", 1),
        ("RUS", "IRN", "S-300", "air_defence_systems", 2),  # the tied "arms": a class is no designated deal
        ("RUS", "IRN", "armoured vehicle", "armoured_vehicles", 1),
        ("RUS", "IRN", "arms (unspecified)", "unspecified", 1),
    ]


def test_a_mention_of_a_class_merges_into_the_designated_deal_of_its_category():
    corpus = Corpus()
    doc = corpus.document("d", "2023-01-01", "South Korean tanks arrive in Poland. Hyundai Rotem delivered ten K2 tanks "
                          "to Poland. Poland also received K9 howitzers and drones from South Korea.")
    corpus.record(doc, "tanks", "tank", "KOR", "POL", "delivered")
    corpus.record(doc, "K2 tanks", "K2 Black Panther", "KOR", "POL", "delivered", quantity=10)
    corpus.record(doc, "K9 howitzers", "K9", "KOR", "POL", "delivered")
    corpus.record(doc, "drones", "UAV", "KOR", "POL", "delivered")
    assert rows(corpus.deals(), "supplier", "recipient", "system", "n_records") == [
        ("KOR", "POL", "K2 Black Panther", 2),  # the headline's "tanks" is the K2 deal
        ("KOR", "POL", "K9", 1),
        ("KOR", "POL", "UAV", 1),  # no designated deal of its category: its class is its deal
    ]


def test_records_without_a_stage_or_a_party_make_no_deal():
    corpus = Corpus()
    doc = corpus.document("d", "2020-01-01", "The army fields T-90 tanks. Someone delivered drones.")
    corpus.record(doc, "T-90 tanks", "T-90", None, None, "none")
    corpus.record(doc, "drones", "UAV", None, None, "delivered")
    assert corpus.deals().is_empty()


def test_the_latest_report_sets_the_status_and_the_history_keeps_every_stage():
    corpus = Corpus()
    first = corpus.record(corpus.document("a", "2019-05-01", "Egypt ordered Su-35 jets."),
                          "Su-35 jets", "Su-35", "RUS", "EGY", "ordered")
    same_day = corpus.document("b", "2020-02-01", "Russia has delivered Su-35 jets, which Egypt ordered Su-35 jets for.")
    delivered = corpus.record(same_day, "Su-35 jets", "Su-35", "RUS", "EGY", "delivered")
    corpus.record(same_day, "Su-35 jets for", "Su-35", "RUS", "EGY", "ordered")
    cancelled = corpus.record(corpus.document("c", "2021-03-01", "Egypt cancelled the Su-35 jets."),
                              "Su-35 jets", "Su-35", "RUS", "EGY", "cancelled")
    unknown = corpus.record(corpus.document("d", "2022-04-01", "Su-35 jets and Egypt, again."),
                            "Su-35 jets", "Su-35", "RUS", "EGY", "unknown", transfer_type="unspecified")
    deals = corpus.deals()
    assert deals.select("status", "status_record_id", "status_history", "status_history_record_ids",
                        "first_reported", "last_reported", "n_documents", "n_records", "transfer_type").row(0) == (
        "cancelled", cancelled,
        "ordered:2019-05-01|delivered:2020-02-01|cancelled:2021-03-01|unknown:2022-04-01",
        f"{first}|{delivered}|{cancelled}|{unknown}", date(2019, 5, 1), date(2022, 4, 1), 4, 5, "sale")


def test_an_undated_report_counts_as_the_earliest():
    corpus = Corpus()
    undated = corpus.record(corpus.document("a", None, "Egypt ordered Su-35 jets."),
                            "Su-35 jets", "Su-35", "RUS", "EGY", "ordered")
    corpus.record(corpus.document("b", "2020-02-01", "Russia has delivered Su-35 jets."),
                  "Su-35 jets", "Su-35", "RUS", "EGY", "delivered")
    assert rows(corpus.deals(), "status", "status_history", "first_reported", "last_reported") == [
        ("delivered", "ordered|delivered:2020-02-01", date(2020, 2, 1), date(2020, 2, 1))]
    assert corpus.deals()["status_history_record_ids"][0].split("|")[0] == undated


def test_delivered_parts_add_up_only_when_the_text_says_so():
    corpus = Corpus()
    order = corpus.record(corpus.document("a", "2019-05-01", "Norway ordered 48 K9 howitzers in 2019."),
                          "K9 howitzers", "K9", "KOR", "NOR", "ordered", quantity=48, year=2019)
    first = corpus.record(corpus.document("b", "2020-06-01", "Hanwha delivered the first 10 K9 howitzers in 2020."),
                          "K9 howitzers", "K9", "KOR", "NOR", "delivered", quantity=10, year=2020)
    later = corpus.document("c", "2021-06-01", "Hanwha delivered another 8 K9 howitzers in 2021. "
                            "Deliveries of 40 K9 guns are due in 2030.")
    another = corpus.record(later, "K9 howitzers", "K9", "KOR", "NOR", "delivered", quantity=8, year=2021)
    corpus.record(later, "K9 guns", "K9", "KOR", "NOR", "delivered", year=2030)  # after its publication
    deals = corpus.deals()
    assert deals.select("quantity_ordered", "quantity_ordered_record_id", "quantity_delivered",
                        "quantity_delivered_record_id", "quantity_delivered_parts", "order_year",
                        "order_year_record_id", "first_delivery_year", "first_delivery_year_record_id",
                        "last_delivery_year", "last_delivery_year_record_id").row(0) == (
        48, order, 18, first, f"{first}|{another}", 2019, order, 2020, first, 2021, another)


def test_delivered_numbers_not_called_parts_keep_the_largest():
    corpus = Corpus()
    doc = corpus.document("a", "2020-06-01", "Turkey delivered 12 TB2 drones. Turkey delivered 10 TB2 drones.")
    largest = corpus.record(doc, "TB2 drones", "Bayraktar TB2", "TUR", "UKR", "delivered", quantity=12)
    corpus.record(doc, "10 TB2 drones", "Bayraktar TB2", "TUR", "UKR", "delivered", quantity=10)
    assert rows(corpus.deals(), "quantity_delivered", "quantity_delivered_record_id", "quantity_delivered_parts") == [
        (12, largest, None)]


def test_deal_id_is_the_hash_of_its_key_and_survives_new_documents():
    corpus = Corpus()
    corpus.record(corpus.document("a", "2019-05-01", "Russia sold S-300 missiles to Iran."),
                  "S-300 missiles", "S-300", "RUS", "IRN", "ordered")
    before = corpus.deals()["deal_id"].to_list()
    corpus.record(corpus.document("b", "2020-05-01", "Russia delivered S-300 missiles to Iran."),
                  "S-300 missiles", "S-300", "RUS", "IRN", "delivered")
    assert before == corpus.deals()["deal_id"].to_list() == [deal_id("RUS", "IRN", "S-300")]
    assert deal_id("RUS", "IRN", "S-300") == hashlib.sha256(b"deal:RUS:IRN:S-300").hexdigest()[:16]
    assert deal_id(None, "IRN", "S-300") != deal_id("IRN", None, "S-300")


def test_evaluate_counts_deals_as_the_deals_table_groups_them():
    corpus = Corpus()
    doc = corpus.document("d", "2020-01-01", "Russia delivered S-300 missiles to Iran. The weapons came by sea.")
    corpus.record(doc, "S-300 missiles", "S-300", "RUS", "IRN", "delivered")
    corpus.record(doc, "weapons", "arms (unspecified)", "RUS", "IRN", "delivered", basis="event", evidence_start=0)
    predicted = pl.DataFrame(corpus.records, schema=RECORD_COLUMNS)
    assert evaluate_deals(predicted) == {("RUS", "IRN", "S-300")}
    # The gold has no basis columns: its mentions of arms in general stay deals of their own.
    gold = predicted.drop("supplier_basis", "recipient_basis", "evidence_start")
    assert evaluate_deals(gold) == {("RUS", "IRN", "S-300"), ("RUS", "IRN", "arms (unspecified)")}


# -- the seeds -------------------------------------------------------------------------------
def _deal(deals: pl.DataFrame, supplier: str, recipient: str, system: str) -> dict:
    [row] = deals.filter((pl.col("supplier") == supplier) & (pl.col("recipient") == recipient)
                         & (pl.col("system") == system)).rows(named=True)
    return row


def _span(records: pl.DataFrame, record_ids: str) -> list[tuple[str, str]]:
    """(doc_id, span_text) of |-separated record ids, in their order."""
    by_id = {r["record_id"]: (r["doc_id"], r["span_text"]) for r in records.iter_rows(named=True)}
    return [by_id[i] for i in record_ids.split("|")]


def test_seed_deals(built_release):
    root = built_release.parent
    deals, records = armsdata.load("deals", root=root), armsdata.load("records", root=root)
    drones = _deal(deals, "ISR", "RUS", "UAV")
    assert (drones["status"], drones["status_history"], drones["quantity_delivered"], drones["n_records"]) == (
        "delivered", "planned:2010-09-06|delivered:2010-09-06", 12, 2)
    assert _span(records, drones["quantity_delivered_record_id"]) == [("000_273756fbf6480a49", "pilotless aircraft")]
    s300 = _deal(deals, "RUS", "IRN", "S-300")
    assert (s300["status"], s300["status_history"], s300["order_year"], s300["n_documents"], s300["n_records"]) == (
        "ordered", "suspended:2010-09-06|ordered:2016-02-16", 2015, 2, 3)
    assert _span(records, s300["status_history_record_ids"]) == [
        ("000_273756fbf6480a49", "S-300 anti-aircraft missiles"), ("001_4de9dea33dfee48a", "S-300 air defense missiles")]
    assert _span(records, s300["order_year_record_id"]) == [("001_4de9dea33dfee48a", "S-300 batteries")]
    su30, t90 = _deal(deals, "RUS", "IRN", "Su-30"), _deal(deals, "RUS", "IRN", "T-90")
    assert (su30["status"], su30["transfer_type"], su30["n_records"]) == ("planned", "licensed_production", 3)
    assert (t90["status"], t90["transfer_type"], t90["n_records"]) == ("planned", "technology_transfer", 2)


# -- three articles, three stages ------------------------------------------------------------
THREE_REPORTS = {
    "a": ("2019-03-04", "Egypt plans to buy Su-35 fighter jets from Russia\n\n"
                        "Egypt plans to buy Su-35 fighter jets from Russia, officials in Cairo said on Monday.\n"),
    "b": ("2020-05-06", "Egypt signs contract for 24 Su-35 jets\n\n"
                        "Russia signed a contract to supply 24 Su-35 fighter jets to Egypt in 2020, the Kremlin said.\n"),
    "c": ("2021-07-08", "Russia delivers first Su-35 jets to Egypt\n\n"
                        "Russia delivered the first 5 Su-35 fighter jets to Egypt in 2021, the defence ministry said.\n"),
}


@pytest.fixture(scope="module")
def three_reports(tmp_path_factory) -> Path:
    seeds = tmp_path_factory.mktemp("three")
    lines = ["doc_id,title,publisher,url,published,published_precision,language"]
    for doc_id, (published, text) in THREE_REPORTS.items():
        (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines.append(f"{doc_id},{text.splitlines()[0]},Test,,{published},day,en")
    (seeds / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = seeds / "dataset"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out / f"v{armsdata.__version__}"


def test_three_articles_at_three_stages_give_one_deal(three_reports):
    root = three_reports.parent
    deals, records = armsdata.load("deals", root=root), armsdata.load("records", root=root)
    [deal] = deals.rows(named=True)
    assert {k: deal[k] for k in ("supplier", "recipient", "system", "status", "status_history", "quantity_ordered",
                                 "quantity_delivered", "order_year", "first_delivery_year", "last_delivery_year",
                                 "first_reported", "last_reported", "n_documents")} == {
        "supplier": "RUS", "recipient": "EGY", "system": "Su-35", "status": "delivered",
        "status_history": "planned:2019-03-04|ordered:2020-05-06|delivered:2021-07-08", "quantity_ordered": 24,
        "quantity_delivered": 5, "order_year": 2020, "first_delivery_year": 2021, "last_delivery_year": 2021,
        "first_reported": date(2019, 3, 4), "last_reported": date(2021, 7, 8), "n_documents": 3}
    assert [doc for doc, _ in _span(records, deal["status_history_record_ids"])] == ["a", "b", "c"]
    assert [doc for doc, _ in _span(records, deal["status_record_id"])] == ["c"]
    assert [doc for doc, _ in _span(records, deal["quantity_ordered_record_id"])] == ["b"]


# -- armsdata validate ----------------------------------------------------------------------
def _validate(release: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", str(release)])
    return result.exit_code, result.output


def _s300_row(release: Path) -> int:
    deals = pl.read_parquet(release / "deals.parquet")
    return deals.with_row_index().filter((pl.col("supplier") == "RUS") & (pl.col("recipient") == "IRN")
                                         & (pl.col("system") == "S-300"))["index"][0]


def _set(row: int, column: str, value):
    return lambda df: df.with_columns(pl.when(pl.int_range(pl.len()) == row).then(pl.lit(value, df[column].dtype))
                                      .otherwise(pl.col(column)).alias(column))


def test_evidence_of_another_deal_is_refused(release):
    row = _s300_row(release)
    records = pl.read_parquet(release / "records.parquet")
    georgia = records.filter(pl.col("recipient") == "GEO")["record_id"][0]
    rewrite_table(release, "deals", _set(row, "status_record_id", georgia))
    code, output = _validate(release)
    assert code == 1
    assert (f"[deals.parquet, row {row} (0-based), column status_record_id] record {georgia} (ISR → GEO, UAV, delivered, holding "
            f"delivered) does not support the deal's status ordered (RUS → IRN, S-300) (value: '{georgia}')") in output


def test_evidence_that_is_no_record_is_refused(release):
    row = _s300_row(release)
    rewrite_table(release, "deals", _set(row, "status_record_id", "ffffffffffffffff-1"))
    code, output = _validate(release)
    assert code == 1
    assert (f"[deals.parquet, row {row} (0-based), column status_record_id] status_record_id ffffffffffffffff-1 is not in "
            "records.record_id") in output


def test_a_year_after_its_evidence_was_published_is_refused(release):
    row = _s300_row(release)
    rewrite_table(release, "deals", _set(row, "order_year", 2017))
    code, output = _validate(release)
    assert code == 1
    assert (f"[deals.parquet, row {row} (0-based), column order_year] order_year 2017 is after the publication (2016) of "
            "001_4de9dea33dfee48a, the record that set it") in output
    assert "does not support the deal's order_year 2017 (RUS → IRN, S-300)" in output


def test_a_history_out_of_step_with_its_records_is_refused(release):
    row = _s300_row(release)
    ids = pl.read_parquet(release / "deals.parquet")["status_history_record_ids"][int(row)].split("|")
    rewrite_table(release, "deals", _set(row, "status_history_record_ids", "|".join(reversed(ids))))
    code, output = _validate(release)
    assert code == 1
    assert (f"[deals.parquet, row {row} (0-based), column status_history_record_ids] record {ids[1]} is not a report of "
            "the deal's parties at stage suspended published on 2010-09-06") in output


# -- armsdata deals -------------------------------------------------------------------------
def _deals_command(release: Path, *args: str):
    return CliRunner().invoke(main, ["deals", "--release", str(release), *args])


def test_a_release_file_cut_in_its_middle_is_named_in_one_line(built_release, tmp_path):
    release = tmp_path / built_release.name
    shutil.copytree(built_release, release)
    path = release / "documents.parquet"
    data = path.read_bytes()
    path.write_bytes(data[:100] + data[-5000:])  # the footer kept: polars alone would panic
    result = _deals_command(release)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {path}: not a readable Parquet file (")  # (why: a new-user trial of 0.27.0)
    assert result.output.count("\n") == 1


def test_deals_command_takes_a_seat_of_government_for_its_state(built_release):
    """"Moscow" is Russia, as the extractor reads it (a new-user trial of 0.40.0)."""
    by_seat = _deals_command(built_release, "--supplier", "Moscow", "--recipient", "Tehran", "--format", "csv")
    by_id = _deals_command(built_release, "--supplier", "RUS", "--recipient", "IRN", "--format", "csv")
    assert by_seat.exit_code == 0 and by_seat.output == by_id.output and by_id.output.count("\n") > 1


def test_deals_command_shows_a_deal_with_its_sentences(built_release):
    result = _deals_command(built_release, "--supplier", "russia", "--recipient", "IRN", "--system", "s300")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:4] == [
        f"RUS (Russia) -> IRN (Iran): S-300 [air_defence_systems, sale]  deal {deal_id('RUS', 'IRN', 'S-300')}",
        "  status ordered (history: suspended 2010-09-06, ordered 2016-02-16)",
        "  ordered -, delivered -; order year 2015, delivery years -",
        "  reported 2010-09-06 to 2016-02-16 in 2 documents, 3 records",
    ]
    assert lines[4].startswith("  status, order_year: ") and lines[4].endswith(", 001_4de9dea33dfee48a (2016-02-16)")
    assert lines[5] == "    \"Jerusalem views the delivery of the S-300 batteries with “grave concern.”\""
    assert "  first suspended: " in result.output


def test_deals_command_shows_the_sentence_a_record_took_its_parties_from(tmp_path):
    """A record whose parties and status came from another sentence (its evidence_start:
    evidence_end) is shown with that sentence too: its own may not say them (a new-user
    trial of 0.38.0 saw a licence sentence as a delivery's only evidence)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "Poland takes first South Korean tanks\n\nTen K2 tanks reached the port of Gdynia on Tuesday.\n",
        encoding="utf-8")
    built = CliRunner().invoke(main, ["build", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"),
                                      "--quiet"])
    assert built.exit_code == 0, built.output
    result = _deals_command(tmp_path / "out" / f"v{armsdata.__version__}")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("    \"Ten K2 tanks reached the port of Gdynia on Tuesday.\"")
    assert lines[at - 1].startswith("  status, quantity_delivered: ")
    assert lines[at + 1] == "    parties and status from: \"Poland takes first South Korean tanks\""
    assert lines[at + 2].startswith("  first delivered: ")
    assert lines[at + 3] == "    \"Poland takes first South Korean tanks\""  # (its own sentence: said once)
    assert len(lines) == at + 4


def test_deals_of_a_release_changed_after_it_was_written_come_with_a_warning(built_release, tmp_path):
    """A new user's trial of 0.58.0: the deals of a release validate had just called invalid
    were shown without a word."""
    release = tmp_path / built_release.name
    shutil.copytree(built_release, release)
    assert _deals_command(release, "--format", "csv").stderr == ""
    frame = pl.read_parquet(release / "deals.parquet")
    frame.head(2).write_parquet(release / "deals.parquet")
    result = _deals_command(release, "--format", "csv")
    assert result.exit_code == 0
    assert result.stderr == (f"warning: {release}: deals.parquet not as its datapackage.json lists (changed after "
                             f"the release was written; armsdata validate {release} lists the problems)\n")
    assert len(result.stdout.splitlines()) == 3  # the header and the two rows left


def test_deals_of_a_release_whose_descriptor_lists_no_resources_name_every_file_read(built_release, tmp_path):
    """A datapackage.json with "resources": null lists none of the files read: each is named
    in the warning, and the deals are shown (it was a traceback)."""
    release = tmp_path / built_release.name
    shutil.copytree(built_release, release)
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    (release / "datapackage.json").write_text(json.dumps({**descriptor, "resources": None}), encoding="utf-8")
    result = _deals_command(release, "--format", "csv")
    assert result.exit_code == 0
    assert result.stderr == (f"warning: {release}: records.parquet, documents.parquet, actors.parquet, "
                             f"systems.parquet, deals.parquet not as its datapackage.json lists (changed after the "
                             f"release was written; armsdata validate {release} lists the problems)\n")
    assert result.stdout == (built_release / "deals.csv").read_text(encoding="utf-8")


def test_deals_command_csv_is_the_rows_of_deals_csv(built_release):
    result = _deals_command(built_release, "--system", "S-300", "--format", "csv")
    assert result.exit_code == 0, result.output
    header, *rows = (built_release / "deals.csv").read_text(encoding="utf-8").splitlines()
    assert result.output.splitlines() == [header] + [r for r in rows if ",S-300," in r]


def test_deals_command_json_gives_the_evidence(built_release):
    result = _deals_command(built_release, "--supplier", "ISR", "--recipient", "RUS", "--system", "UAV",
                            "--format", "json")
    assert result.exit_code == 0, result.output
    [deal] = json.loads(result.output)
    assert (deal["status"], deal["quantity_delivered"]) == ("delivered", 12)
    fields = {tuple(item["fields"]): item["span_text"] for item in deal["evidence"]}
    assert fields[("status", "quantity_delivered", "first delivered")] == "pilotless aircraft"
    assert [item["reported_in"] for item in deal["evidence"]] == [None] * len(deal["evidence"])


def test_deals_command_with_no_match_says_so(built_release):
    result = _deals_command(built_release, "--supplier", "USA")
    assert (result.exit_code, result.output) == (0, "No deals match.\n")


@pytest.mark.parametrize("args, message", [
    (["--supplier", "Narnia"],
     "Error: --supplier 'Narnia': no such actor (give an actor_id such as RUS, or a name such as Russia)\n"),
    (["--system", "Death Star"],
     "Error: --system 'Death Star': no such system (give a family such as S-300, or a class such as UAV)\n"),
    (["--recipient", "Russa"],
     "Error: --recipient 'Russa': no such actor (did you mean Russia?) (give an actor_id such as RUS, or a name "
     "such as Russia)\n"),
    # a word of several actors' names: each is suggested (a new-user trial of 0.35.0 gave "Korea")
    (["--supplier", "Korea"],
     "Error: --supplier 'Korea': no such actor (did you mean South Korea (KOR) or North Korea (PRK)?) (give an "
     "actor_id such as RUS, or a name such as Russia)\n"),
    (["--system", "Black Panther"],
     "Error: --system 'Black Panther': no such system (did you mean K2 Black Panther?) (give a family such as "
     "S-300, or a class such as UAV)\n"),
    # the alias closest to the name is suggested as its system (a new-user trial of 0.32.0 got "Shahed136")
    (["--system", "Shahed"],
     "Error: --system 'Shahed': no such system (did you mean Shahed-136?) (give a family such as S-300, or a "
     "class such as UAV)\n"),
])
def test_deals_command_refuses_unknown_names(built_release, args, message):
    result = _deals_command(built_release, *args)
    assert (result.exit_code, result.output) == (2, message)


@pytest.mark.parametrize("name", ["Nimr", "s300", "S 300", "uav"])
def test_deals_command_takes_a_system_as_the_extractor_reads_it(built_release, name):
    """A name word the extractor reads as one system ("Nimr armoured personnel carriers" is
    NIMR Ajban) and a designation spelt without its hyphen are systems too (a new-user
    trial of 0.24.0 got "no such system" for Nimr)."""
    result = _deals_command(built_release, "--system", name, "--supplier", "USA")
    assert (result.exit_code, result.output) == (0, "No deals match.\n")


def test_deals_command_names_the_systems_a_shared_word_could_mean(built_release):
    result = _deals_command(built_release, "--system", "lynx")
    assert (result.exit_code, result.output) == (2, "Error: --system 'lynx': names several systems (AW159 Wildcat, "
                                                    "KF41 Lynx, Westland Lynx); give one of them\n")


def test_deals_command_on_a_release_without_deals(release):
    """A release whose datapackage.json lists no deals resource predates the table."""
    (release / "deals.parquet").unlink()
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if not r["path"].startswith("deals.")]
    (release / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    result = _deals_command(release)
    assert (result.exit_code, result.output) == (
        2, f"Error: {release}: this release has no deals table (deals are in releases from 0.2.0)\n")
    with pytest.raises(armsdata.releases.ArmsdataError, match="this release has no deals table"):
        armsdata.load("deals", root=release.parent)


def test_a_deleted_table_file_is_named_as_missing_not_as_predating(release):
    """A file the release lists but lacks is damage, not age (a new-user trial of 0.17.0)."""
    (release / "deals.parquet").unlink()
    message = (f"{release / 'deals.parquet'}: file does not exist, though the release's datapackage.json lists it "
               f"(a damaged copy: check it with `armsdata validate {release}`)")
    result = _deals_command(release)
    assert (result.exit_code, result.output) == (2, f"Error: {message}\n")
    with pytest.raises(armsdata.releases.ArmsdataError) as raised:
        armsdata.load("deals", root=release.parent)
    assert str(raised.value) == message


def test_deals_command_on_the_folder_that_holds_releases_names_them(release):
    result = _deals_command(release.parent)
    assert (result.exit_code, result.output) == (
        2, f"Error: {release.parent}: not a release; it holds the releases {release.name}: give one of those folders\n")


# -- gold deals ------------------------------------------------------------------------------
def test_gold_deal_lists_are_derived_from_the_record_gold():
    for name, gold in gold_deals.SETS.items():
        expected = gold_deals.render(gold_deals.gold_deals(gold))
        assert (gold_deals.FOLDER / f"{name}.csv").read_text(encoding="utf-8") == expected, name
