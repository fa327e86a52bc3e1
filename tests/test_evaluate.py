"""`armsdata evaluate`: exact figures on a small hand-scored gold/prediction pair, the
command's output and errors, and the repository's sets held above tests/floors.csv."""

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata.build.evaluate import deals, evaluate, read_gold
from armsdata.cli import main

import floors
from conftest import SEEDS

HERE = Path(__file__).resolve().parent

# Two documents. d1 (10, 20) has two gold records and two predicted records that must be
# paired by their parties, not their order; d1 (30, 35) is a system the catalogue lacks
# (no gold category); d2 (20, 25) is missed; d1 (40, 45) and all of d3 are extra.
GOLD_CSV = """\
doc_id,span_start,span_end,span_text,system,supplier,recipient,status,transfer_type,quantity,event_year
d1,0,5,tanks,tank,RUS,IRN,ordered,sale,,2020
d1,10,20,S-300 unit,S-300,RUS,IRN,delivered,sale,4,
d1,10,20,S-300 unit,S-300,BLR,IRN,delivered,aid,,
d1,30,35,KAAN1,Zorkal,,,none,,,
d2,0,6,drones,UAV,ISR,RUS,planned,sale,12,
d2,20,25,rifle,small arms,,SYR,unknown,unspecified,,
"""
PREDICTED_COLUMNS = ("doc_id", "span_start", "span_end", "span_text", "system", "category", "supplier", "recipient",
                     "status", "transfer_type", "quantity", "event_year")
PREDICTED_ROWS = [
    ("d1", 0, 5, "tanks", "tank", "armoured_vehicles", "RUS", "IRN", "ordered", "sale", 12, 2020),
    ("d1", 12, 20, "300 unit", "S-300", "air_defence_systems", "BLR", "IRN", "delivered", "sale", None, 2021),
    ("d1", 12, 20, "300 unit", "S-300", "air_defence_systems", "RUS", None, "none", "sale", 4, None),
    ("d1", 30, 35, "KAAN1", "Zorkal", "aircraft", None, None, "unknown", None, 3, None),
    ("d1", 40, 45, "arms", "arms (unspecified)", "unspecified", "USA", None, "unknown", "unspecified", None, None),
    ("d2", 0, 6, "drones", "UAV", "missiles", "ISR", "RUS", "planned", "sale", 12, None),
    ("d3", 0, 4, "tank", "tank", "armoured_vehicles", "RUS", "SYR", "delivered", "sale", None, None),
]
OVERALL = {
    "mention_precision": 0.8, "mention_recall": 0.8, "mention_f1": 0.8,
    "relation_precision": 0.6, "relation_recall": 0.6, "relation_f1": 0.6,
    "deal_precision": 0.75, "deal_recall": 0.6, "deal_f1": 0.6667,
    "system_accuracy": 1.0, "category_accuracy": 0.75, "supplier_accuracy": 1.0, "recipient_accuracy": 0.8,
    "status_accuracy": 0.6, "transfer_type_accuracy": 0.8, "quantity_accuracy": 0.6, "event_year_accuracy": 0.8,
    "gold_mentions": 5, "predicted_mentions": 5, "matched_mentions": 4, "exact_spans": 3,
    "gold_relations": 5, "predicted_relations": 5, "matched_relations": 3,
    "gold_deals": 5, "predicted_deals": 4, "matched_deals": 3, "matched_records": 5, "category_scored": 4,
}
D1 = {
    "mention_precision": 0.75, "mention_recall": 1.0, "mention_f1": 0.8571,
    "relation_precision": 0.5, "relation_recall": 0.6667, "relation_f1": 0.5714,
    "deal_precision": 0.6667, "deal_recall": 0.6667, "deal_f1": 0.6667,
    "system_accuracy": 1.0, "category_accuracy": 1.0, "supplier_accuracy": 1.0, "recipient_accuracy": 0.75,
    "status_accuracy": 0.5, "transfer_type_accuracy": 0.75, "quantity_accuracy": 0.5, "event_year_accuracy": 0.75,
    "gold_mentions": 3, "predicted_mentions": 4, "matched_mentions": 3, "exact_spans": 2,
    "gold_relations": 3, "predicted_relations": 4, "matched_relations": 2,
    "gold_deals": 3, "predicted_deals": 3, "matched_deals": 2, "matched_records": 4, "category_scored": 3,
}
D2 = {
    "mention_precision": 1.0, "mention_recall": 0.5, "mention_f1": 0.6667,
    "relation_precision": 1.0, "relation_recall": 0.5, "relation_f1": 0.6667,
    "deal_precision": 1.0, "deal_recall": 0.5, "deal_f1": 0.6667,
    "system_accuracy": 1.0, "category_accuracy": 0.0, "supplier_accuracy": 1.0, "recipient_accuracy": 1.0,
    "status_accuracy": 1.0, "transfer_type_accuracy": 1.0, "quantity_accuracy": 1.0, "event_year_accuracy": 1.0,
    "gold_mentions": 2, "predicted_mentions": 1, "matched_mentions": 1, "exact_spans": 1,
    "gold_relations": 2, "predicted_relations": 1, "matched_relations": 1,
    "gold_deals": 2, "predicted_deals": 1, "matched_deals": 1, "matched_records": 1, "category_scored": 1,
}
ERRORS = [
    "d1 (40, 45): extra mention 'arms'",
    "d1 (0, 5) 'tanks' ('RUS', 'IRN'): quantity 12, gold None",
    "d1 (10, 20) 'S-300 unit': relation ('RUS', 'IRN') not found (got [('BLR', 'IRN'), ('RUS', None)])",
    "d1 (10, 20) 'S-300 unit' ('RUS', 'IRN'): recipient None, gold 'IRN'",
    "d1 (10, 20) 'S-300 unit' ('RUS', 'IRN'): status 'none', gold 'delivered'",
    "d1 (10, 20) 'S-300 unit' ('BLR', 'IRN'): transfer_type 'sale', gold 'aid'",
    "d1 (10, 20) 'S-300 unit' ('BLR', 'IRN'): event_year 2021, gold None",
    "d1 (30, 35) 'KAAN1' (None, None): status 'unknown', gold 'none'",
    "d1 (30, 35) 'KAAN1' (None, None): quantity 3, gold None",
    "d1: missed deal ('RUS', 'IRN', 'S-300')",
    "d1: extra deal ('USA', None, 'arms (unspecified)')",
    "d2 (20, 25): missed mention 'rifle'",
    "d2 (0, 6) 'drones' ('ISR', 'RUS'): category 'missiles', gold 'aircraft'",
    "d2: missed deal (None, 'SYR', 'small arms')",
]


def predicted_records() -> pl.DataFrame:
    return pl.DataFrame(PREDICTED_ROWS, schema=PREDICTED_COLUMNS, orient="row")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """The gold CSV, and a release folder with the predicted records and documents d1-d3."""
    gold = tmp_path / "gold.csv"
    gold.write_text(GOLD_CSV, encoding="utf-8")
    release = tmp_path / "release"
    release.mkdir()
    predicted_records().write_parquet(release / "records.parquet")
    pl.DataFrame({"doc_id": ["d1", "d2", "d3"]}).write_parquet(release / "documents.parquet")
    return gold, release


def test_every_field_is_scored_on_matched_records(pair):
    per_doc, overall = evaluate(read_gold(pair[0]), predicted_records())
    assert overall.scores() == OVERALL
    assert list(OVERALL) == list(overall.scores())  # the order of the JSON report
    assert {doc: counts.scores() for doc, counts in per_doc.items()} == {"d1": D1, "d2": D2}
    assert overall.errors == ERRORS


def test_figures_with_nothing_to_count_are_none(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text(GOLD_CSV.splitlines()[0] + "\nd,0,5,tanks,tank,RUS,IRN,ordered,sale,,\n", encoding="utf-8")
    _, overall = evaluate(read_gold(gold), predicted_records().clear())
    scores = overall.scores()
    assert [scores[f"mention_{k}"] for k in ("precision", "recall", "f1")] == [None, 0.0, 0.0]
    assert [scores[f"deal_{k}"] for k in ("precision", "recall", "f1")] == [None, 0.0, 0.0]
    assert {k: v for k, v in scores.items() if k.endswith("_accuracy")} == dict.fromkeys(
        [f"{f}_accuracy" for f in ("system", "category", "supplier", "recipient", "status", "transfer_type",
                                   "quantity", "event_year")])


def test_deals_are_distinct_triples_with_a_status_and_a_party():
    records = pl.DataFrame({
        "supplier": ["RUS", "RUS", None, "USA", None],
        "recipient": ["IRN", "IRN", "SYR", None, None],
        "status": ["ordered", "delivered", "unknown", "none", "planned"],
        "system": ["S-300", "S-300", "tank", "F-16", "UAV"],
    })
    assert deals(records) == {("RUS", "IRN", "S-300"), (None, "SYR", "tank")}


def test_evaluate_command_reports_json(pair):
    gold, release = pair
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)  # (the note on Zorkal, an uncatalogued gold system, is on stderr)
    assert list(report) == ["gold", "overall", "documents", "errors"]
    assert report == {"gold": str(gold), "overall": OVERALL, "documents": {"d1": D1, "d2": D2}, "errors": ERRORS}


def test_evaluate_command_prints_two_tables_per_document(pair):
    gold, release = pair
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split() for line in lines[:4]] == [
        ["document", "m_P", "m_R", "m_F1", "r_P", "r_R", "r_F1", "d_P", "d_R", "d_F1"],
        ["d1", "0.750", "1.000", "0.857", "0.500", "0.667", "0.571", "0.667", "0.667", "0.667"],
        ["d2", "1.000", "0.500", "0.667", "1.000", "0.500", "0.667", "1.000", "0.500", "0.667"],
        ["OVERALL", "0.800", "0.800", "0.800", "0.600", "0.600", "0.600", "0.750", "0.600", "0.667"],
    ]
    assert [line.split() for line in lines[5:9]] == [
        ["document", "records", "system", "categ", "suppl", "recip", "status", "type", "qty", "year"],
        ["d1", "4", "1.000", "1.000", "1.000", "0.750", "0.500", "0.750", "0.500", "0.750"],
        ["d2", "1", "1.000", "0.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"],
        ["OVERALL", "5", "1.000", "0.750", "1.000", "0.800", "0.600", "0.800", "0.600", "0.800"],
    ]
    assert lines[10] == ("gold mentions 5, predicted 5, exact spans 3; gold relations 5, predicted 5; "
                         "gold deals 5, predicted 4; matched records 5 (4 with a catalogued gold system)")
    assert len(lines) == 11  # no disagreements without --errors
    with_errors = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release), "--errors"])
    assert with_errors.stdout.splitlines()[11:] == [f"  {line}" for line in ERRORS]


def test_evaluate_help_says_where_the_gold_category_comes_from():
    result = CliRunner().invoke(main, ["evaluate", "--help"])
    assert "systems table (armsdata.load('systems')" in " ".join(result.output.split())


def test_gold_whose_documents_are_not_scored_is_an_error(pair, tmp_path):
    gold, release = pair
    pl.DataFrame({"doc_id": ["d3"]}).write_parquet(release / "documents.parquet")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert (result.exit_code, result.output) == (2, f"Error: {release}: holds none of the 2 documents of {gold} "
                                                    "(d1, d2; it holds d3); pass --seeds or --release with the gold's "
                                                    "documents\n")
    result = CliRunner().invoke(main, ["evaluate", str(HERE / "dev" / "gold.csv"), "--seeds", str(SEEDS)])
    wanted = sorted(set(read_gold(HERE / "dev" / "gold.csv")["doc_id"]))
    held = sorted(path.stem for path in SEEDS.iterdir() if path.suffix in (".txt", ".html"))
    assert (result.exit_code, result.output) == (
        2, f"Error: {SEEDS}: holds none of the 12 documents of {HERE / 'dev' / 'gold.csv'} "
           f"({', '.join(wanted[:5])} and 7 more; it holds {', '.join(held)}); "
           "pass --seeds or --release with the gold's documents\n")
    gold.write_text(GOLD_CSV.splitlines()[0] + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert (result.exit_code, result.output) == (1, f"Error: {gold}: no gold records\n")


def test_a_folder_that_holds_releases_is_named_with_its_releases(pair, tmp_path):
    """--release given the --out folder of a build (which holds v1.0.0/), as validate and
    deals say it."""
    gold, release = pair
    out = tmp_path / "out"
    shutil.copytree(release, out / "v1.0.0")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(out)])
    assert (result.exit_code, result.output) == (
        2, f"Error: {out}: not a release; it holds the releases v1.0.0: give one of those folders\n")


def test_gold_documents_partly_absent_are_named_on_stderr(pair):
    gold, release = pair
    pl.DataFrame({"doc_id": ["d1"]}).write_parquet(release / "documents.parquet")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert result.exit_code == 0
    assert result.stdout.startswith("document")
    assert result.stderr == (f"Warning: {gold}: documents not among those scored, counted as missed: d2\n"
                             f"Note: {gold}: gold systems not in the systems table, not scored on category: "
                             "'Zorkal' (1)\n")


def test_a_gold_doc_id_close_to_a_scored_document_is_suggested(pair):
    """A doc_id misspelt in the gold scores its document as missed (a warning, exit 0, as
    documented): the warning names the scored document it is closest to (a new-user trial of
    0.14.0: in CI such a typo only lowered the figures)."""
    gold, release = pair
    pl.DataFrame({"doc_id": ["d1", "dd2"]}).write_parquet(release / "documents.parquet")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (f"Warning: {gold}: documents not among those scored, counted as "
                                             "missed: d2 (did you mean dd2?)")


def test_gold_systems_the_catalogue_does_not_name_are_noted(pair):
    """A gold system written as an alias ("F16", "Leopard 2A4") scores as a wrong system: the
    note names the catalogue's name; a designation the catalogue lacks is only not scored on
    category. Both on stderr, the report unchanged on stdout."""
    gold, release = pair
    gold.write_text(GOLD_CSV.replace("d1,10,20,S-300 unit,S-300,RUS", "d1,10,20,S-300 unit,S300,RUS"), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert result.exit_code == 0
    assert result.stdout.startswith("document")
    assert result.stderr == (f"Note: {gold}: gold systems written as an alias, scored as wrong systems (write the "
                             "systems table's name): 'S300' (1) is 'S-300'\n"
                             f"Note: {gold}: gold systems not in the systems table, not scored on category: "
                             "'Zorkal' (1)\n")


def test_a_gold_category_column_is_noted_and_not_read(pair):
    """A new-user trial of 0.32.0: a gold with its own `category` column ("ships" on every
    row) was scored against it (category 0.889). The gold category is always the gold
    system's in the systems table: the column is named on stderr and not read."""
    gold, release = pair
    plain = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release), "--format", "json"])
    lines = gold.read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join([lines[0] + ",category"] + [line + ",ships" for line in lines[1:]]) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release), "--format", "json"])
    assert result.exit_code == 0
    assert f"Note: {gold}: columns not part of a gold annotation, not read: category\n" in result.stderr
    assert json.loads(result.stdout)["overall"] == json.loads(plain.stdout)["overall"]
    assert "category" not in read_gold(gold).columns


def test_a_release_without_records_is_named(pair):
    gold, release = pair
    (release / "records.parquet").unlink()
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--release", str(release)])
    assert (result.exit_code, result.output) == (2, f"Error: {release / 'records.parquet'}: file does not exist\n")


def test_evaluate_rejects_a_gold_file_without_its_columns(tmp_path):
    bad = tmp_path / "gold.csv"
    bad.write_text("doc_id,span_start\nx,1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad), "--seeds", str(SEEDS)])
    assert result.exit_code == 1
    assert "missing gold columns span_end, span_text, system, supplier" in result.output


def test_evaluate_names_the_misspelt_column_of_a_missing_gold_column(tmp_path):
    """A new-user trial of 0.31.0: "eventyear" for event_year was named only as missing."""
    bad = tmp_path / "gold.csv"
    header = "doc_id,span_start,span_end,span_text,system,supplier,recipient,status,transfer_type,quantity,eventyear"
    bad.write_text(header + "\nx,1,2,abc,T-90,RUS,IND,delivered,sale,1,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad), "--seeds", str(SEEDS)])
    assert (result.exit_code, result.output) == (1, f"Error: {bad}: missing gold columns event_year (misspelt as eventyear?)\n")


def test_evaluate_names_the_line_of_a_gold_quantity_that_is_not_a_number(tmp_path):
    bad = tmp_path / "gold.csv"
    bad.write_text(GOLD_CSV.replace("planned,sale,12,", "planned,sale,a dozen,"), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad), "--seeds", str(SEEDS)])
    assert (result.exit_code, result.output) == (1, f"Error: {bad}: line 6: quantity 'a dozen' is not an integer\n")


@pytest.mark.parametrize("old, new, message", [
    ("planned,sale,12,", "seized,sale,12,",
     "status 'seized' is not one of cancelled, delivered, denied, none, ordered, planned, suspended, unknown"),
    ("planned,sale,12,", "planned,smuggling,12,",
     "transfer_type 'smuggling' is not one of aid, licensed_production, sale, technology_transfer, unspecified"),
    # a state's name, short name or other name: its actor_id suggested (a new-user trial of 0.45.0)
    ("ISR,RUS,planned", "Israel,RUS,planned",
     "supplier 'Israel' is not an actor_id of the actors table (armsdata.load('actors')); did you mean 'ISR'?"),
    ("ISR,RUS,planned", "ISR,russian federation,planned",
     "recipient 'russian federation' is not an actor_id of the actors table (armsdata.load('actors')); did you mean "
     "'RUS'?"),
    ("ISR,RUS,planned", "ISR,Atlantis,planned", "recipient 'Atlantis' is not an actor_id of the actors table "
     "(armsdata.load('actors'))"),
    ("d2,0,6,drones", "d2,6,0,drones", "span_end 0 is not after span_start"),
    ("d2,0,6,drones", "d2,-1,6,drones", "span_start -1 is not a code point offset (0 or more)"),
    ("planned,sale,12,", "planned,sale,0,", "quantity 0 is not a count of 1 or more"),
    ("planned,sale,12,", "planned,sale,12,22", "event_year 22 is not a year in 1945..2100"),
    ("ISR,RUS,planned", "RUS,RUS,planned",
     "recipient 'RUS' is the supplier too (an actor is never both parties of one record)"),
    # a transfer with no type, and no transfer with a party or a type (a new-user trial of 0.57.0)
    ("planned,sale,12,", "planned,,12,",
     "status 'planned' with no transfer_type (a transfer has one: unspecified when the text names none)"),
    ("ISR,RUS,planned,sale", "ISR,RUS,none,", "status 'none' with supplier 'ISR' (a record of no transfer has no "
     "parties and no transfer_type)"),
    ("ISR,RUS,planned,sale", ",,none,sale", "status 'none' with transfer_type 'sale' (a record of no transfer has no "
     "parties and no transfer_type)"),
])
def test_evaluate_names_a_gold_value_no_record_can_have(tmp_path, old, new, message):
    bad = tmp_path / "gold.csv"
    bad.write_text(GOLD_CSV.replace(old, new), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad), "--seeds", str(SEEDS)])
    assert (result.exit_code, result.output) == (1, f"Error: {bad}: line 6: {message}\n")


def test_evaluate_reads_a_gold_file_with_a_byte_order_mark_without_a_note(tmp_path):
    """A gold CSV saved by Excel as "CSV UTF-8" opens with a byte-order mark: it is read as
    the same file without one, and its first column is no unknown column (a new-user trial of
    0.57.0 got "columns not part of a gold annotation, not read: \ufeffdoc_id")."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": "Russia sold 12 Su-30 fighters to India in 2019.",
                                  "published": "2020-01-01"}) + "\n", encoding="utf-8")
    gold = GOLD_CSV.splitlines()[0] + "\na1,15,29,Su-30 fighters,Su-30,RUS,IND,delivered,sale,12,2019\n"
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    plain.write_text(gold, encoding="utf-8")
    marked.write_text("\ufeff" + gold, encoding="utf-8")
    results = [CliRunner().invoke(main, ["evaluate", str(path), "--seeds", str(corpus), "--format", "json"])
               for path in (plain, marked)]
    assert [r.exit_code for r in results] == [0, 0]
    assert "not part of a gold annotation" not in results[1].output
    assert json.loads(results[1].stdout)["overall"] == json.loads(results[0].stdout)["overall"]


def test_evaluate_reads_a_corpus_file_as_build_does(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": "Russia sold 12 Su-30 fighters to India in 2019.",
                                  "published": "2020-01-01"}) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text(GOLD_CSV.splitlines()[0] + "\na1,15,29,Su-30 fighters,Su-30,RUS,IND,delivered,sale,12,2019\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--seeds", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.output)["overall"]
    assert (overall["mention_f1"], overall["relation_f1"], overall["status_accuracy"]) == (1.0, 1.0, 1.0)


def test_a_second_annotation_is_scored_as_the_records_with_against(pair, tmp_path):
    gold, _ = pair
    second = tmp_path / "second.csv"
    second.write_text(GOLD_CSV.replace("d1,0,5,tanks,tank,RUS,IRN", "d1,0,5,tanks,tank,RUS,IRQ"), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(second), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    overall = report["overall"]
    assert report["against"] == str(second)
    assert (overall["relation_precision"], overall["relation_recall"], overall["relation_f1"]) == (0.8, 0.8, 0.8)
    assert (overall["mention_f1"], overall["status_accuracy"], overall["recipient_accuracy"]) == (1.0, 1.0, 0.8333)
    itself = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(gold), "--format", "json"])
    assert json.loads(itself.stdout)["overall"]["relation_f1"] == 1.0


def test_against_checks_the_second_annotations_spans_on_the_documents(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": "Russia sold 12 Su-30 fighters to India in 2019."}) + "\n",
                      encoding="utf-8")
    header = GOLD_CSV.splitlines()[0]
    gold, second = tmp_path / "gold.csv", tmp_path / "second.csv"
    gold.write_text(header + "\na1,15,29,Su-30 fighters,Su-30,RUS,IND,delivered,sale,12,2019\n", encoding="utf-8")
    second.write_text(header + "\na1,15,29,Su-35 fighters,Su-35,RUS,IND,delivered,sale,12,2019\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(second), "--seeds", str(corpus)])
    assert (result.exit_code, result.output) == (
        1, f"Error: {second}: line 2: span_text 'Su-35 fighters' is not the text at 15-29 of a1 ('Su-30 fighters')\n")


def test_against_names_its_own_mistakes(pair, tmp_path):
    """A new-user trial of 0.18.0: a header-only second file, one of other documents, and
    documents only the second file holds."""
    gold, _ = pair
    header_only, elsewhere, more = tmp_path / "empty.csv", tmp_path / "elsewhere.csv", tmp_path / "more.csv"
    header = GOLD_CSV.splitlines()[0]
    header_only.write_text(header + "\n", encoding="utf-8")
    elsewhere.write_text(header + "\nd9,0,5,tanks,tank,RUS,IRN,ordered,sale,,\n", encoding="utf-8")
    more.write_text(GOLD_CSV + "d9,0,5,tanks,tank,RUS,IRN,ordered,sale,,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(header_only)])
    assert (result.exit_code, result.output) == (1, f"Error: {header_only}: no gold records\n")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(elsewhere)])
    assert (result.exit_code, result.output) == (
        2, f"Error: {elsewhere}: holds none of the 2 documents of {gold} (d1, d2; it holds d9); pass a second "
           "annotation of the same documents\n")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(more), "--format", "json"])
    assert result.exit_code == 0
    assert f"Note: {more}: documents not in {gold}, not scored: d9\n" in result.stderr
    assert json.loads(result.stdout)["overall"]["relation_f1"] == 1.0


def test_against_and_release_together_is_a_usage_error(pair, tmp_path):
    gold, release = pair
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(gold), "--release", str(release)])
    assert (result.exit_code, result.output) == (
        2, "Error: give --against (a second annotation) or --release (a release's records), not both\n")


def test_the_second_annotation_of_set_17_agrees_with_its_gold():
    """The measured agreement of two annotators (dataset/EVALUATION.md): relation F1 0.947 on set 17 (0.9466)."""
    set17 = HERE / "holdout17"
    result = CliRunner().invoke(main, ["evaluate", str(set17 / "gold.csv"), "--against",
                                       str(set17 / "second" / "gold.csv"), "--seeds", str(set17 / "docs"),
                                       "--format", "json"])
    overall = json.loads(result.stdout)["overall"]
    assert (overall["matched_relations"], overall["gold_relations"], overall["predicted_relations"]) == (452, 476, 479)
    assert (overall["relation_f1"], overall["status_accuracy"]) == (0.9466, 0.9483)


def test_evaluate_names_a_gold_span_text_that_is_not_the_documents_text(tmp_path):
    lines = (HERE / "gold" / "seeds.csv").read_text(encoding="utf-8").splitlines()
    doc_id, start, end, span_text, rest = lines[1].split(",", 4)
    lines[1] = ",".join([doc_id, start, end, span_text.upper() + "X", rest])
    bad = tmp_path / "gold.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad), "--seeds", str(SEEDS)])
    assert (result.exit_code, result.output) == (
        1, f"Error: {bad}: line 2: span_text {span_text.upper() + 'X'!r} is not the text at {start}-{end} of "
           f"{doc_id} ({span_text!r})\n")


# -- the repository's sets against tests/floors.csv -----------------------------------------
@pytest.mark.parametrize("name", list(floors.SETS))
def test_set_stays_above_its_floors(name):
    """Every precision, recall, F1 and accuracy of the set, at or above its floor. When a
    change moves them on purpose: `python tests/floors.py --write` in the same commit."""
    rows = floors.read_floors()
    scores = floors.measure(name)
    assert sorted(row["metric"] for row in rows if row["set"] == name) == sorted(floors.metrics(scores))
    assert floors.below_floors(name, scores, rows) == []


def test_floors_sit_at_most_the_tolerance_below_the_measured_figures():
    for row in floors.read_floors():
        assert row["measured"] - floors.TOLERANCE - 1e-9 <= row["floor"] <= row["measured"], row


def test_a_figure_more_than_the_tolerance_below_fails():
    rows = [{"set": "dev", "metric": "relation_f1", "floor": 0.83, "measured": 0.85, "note": ""},
            {"set": "dev", "metric": "status_accuracy", "floor": 0.81, "measured": 0.83, "note": "why"},
            {"set": "holdout", "metric": "relation_f1", "floor": 0.9, "measured": 0.92, "note": ""}]
    assert floors.below_floors("dev", {"relation_f1": 0.83, "status_accuracy": 0.8099}, rows) == [
        "dev status_accuracy: 0.8099 is below its floor 0.81 (measured 0.83; why)"]
    assert floors.below_floors("dev", {"relation_f1": None, "status_accuracy": 0.9}, rows) == [
        "dev relation_f1: None is below its floor 0.83 (measured 0.85; no note)"]


def test_writing_floors_keeps_notes_and_each_floor_distance(tmp_path):
    old = [{"set": "seeds", "metric": "mention_recall", "floor": 1.0, "measured": 1.0, "note": "exact"},
           {"set": "dev", "metric": "relation_f1", "floor": 0.83, "measured": 0.85, "note": "tuned on"}]
    measured = {"seeds": {"mention_recall": 1.0, "gold_mentions": 29},
                "dev": {"relation_f1": 0.8, "status_accuracy": 0.9, "deal_precision": None}}
    rows = floors.new_floors(measured, old)
    assert rows == [
        {"set": "seeds", "metric": "mention_recall", "floor": 1.0, "measured": 1.0, "note": "exact"},
        {"set": "dev", "metric": "relation_f1", "floor": 0.78, "measured": 0.8, "note": "tuned on"},
        {"set": "dev", "metric": "status_accuracy", "floor": 0.88, "measured": 0.9, "note": ""},
    ]
    floors.write_floors(rows, tmp_path / "floors.csv")
    assert floors.read_floors(tmp_path / "floors.csv") == rows
    assert (tmp_path / "floors.csv").read_text(encoding="utf-8").splitlines()[:2] == [
        "set,metric,floor,measured,note", "seeds,mention_recall,1.0,1.0,exact"]


def test_the_evaluation_tables_take_each_set_s_figures_and_keep_the_rest():
    """tests/evaluation_tables.rewritten: a row that names a set gets that set's figures in
    both tables; its label, documents and gold mentions, and every other line, stay."""
    from evaluation_tables import FIELDS, rewritten

    scores = {"mention_precision": 0.91, "mention_recall": 0.8, "relation_precision": 0.5,
              "relation_recall": 0.25, "relation_f1": 1 / 3, "deal_precision": None, "deal_recall": 0.1,
              "deal_f1": 0.2, "matched_records": 7} | {f"{field}_accuracy": 0.5 for field in FIELDS}
    text = ("Intro | with | bars\n"
            "| held-out set 9 (`tests/holdout9/`, tuned on) | 20 | 405 | x / x | x / x / **x** | x / x / x |\n"
            "| held-out set 9 | 0 | x | x | x | x | x | x | x | x |\n"
            "| held-out set 8 (`tests/holdout8/`, tuned on) | 20 | 442 | x / x | x / x / **x** | x / x / x |")
    assert rewritten(text, {"holdout9": scores}).split("\n") == [
        "Intro | with | bars",
        "| held-out set 9 (`tests/holdout9/`, tuned on) | 20 | 405 | 0.910 / 0.800 | 0.500 / 0.250 / **0.333** "
        "| - / 0.100 / 0.200 |",
        "| held-out set 9 | 7 | 0.500 | 0.500 | 0.500 | 0.500 | 0.500 | 0.500 | 0.500 | 0.500 |",
        "| held-out set 8 (`tests/holdout8/`, tuned on) | 20 | 442 | x / x | x / x / **x** | x / x / x |"]
