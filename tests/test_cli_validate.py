"""`armsdata validate`: every rule broken in a real file, with its exit code and message."""

import json
import shutil

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata._version import __version__
from armsdata.cli import main

from conftest import ROOT, refresh_hashes, rewrite_table


def run(*args):
    result = CliRunner().invoke(main, ["validate", *map(str, args)])
    return result.exit_code, result.output


def test_built_release_is_valid(release):
    code, output = run(release)
    assert code == 0, output
    assert output.startswith(f"{release}: valid (") and "records" in output


def _first(column, value):
    return lambda df: df.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(value, df[column].dtype))
                                      .otherwise(pl.col(column)).alias(column))


BROKEN = [
    ("duplicate record_id", "records", lambda df: pl.concat([df, df.head(1)]),
     "[records.parquet, row 32 (0-based), column record_id] record_id fails field_uniqueness"),
    ("supplier not an actor", "records", _first("supplier", "XYZ"),
     "[records.parquet, row 0 (0-based), column supplier] supplier XYZ is not in actors.actor_id (value: 'XYZ')"),
    ("recipient not an actor", "records", _first("recipient", "NSA_NOBODY"),
     "recipient NSA_NOBODY is not in actors.actor_id"),
    ("system not catalogued", "records", _first("system", "Death Star"),
     "system Death Star is not in systems.system"),
    ("unknown document", "records", _first("doc_id", "999_missing"),
     "doc_id 999_missing is not in documents.doc_id"),
    ("span past the end", "records", lambda df: _first("sentence_end", 99_999)(_first("span_end", 99_999)(df)),
     "span_end 99999 is past the end of document 000_273756fbf6480a49 (2820 characters)"),
    ("span text differs", "records", _first("span_text", "rockets"),
     "span_text differs from the document text at 166:173 (weapons)"),
    ("empty span", "records", _first("span_start", 173), "row fails span_is_not_empty"),
    ("none with a party", "records", lambda df: df.with_columns(
        supplier=pl.when(pl.col("status") == "none").then(pl.lit("RUS")).otherwise(pl.col("supplier")),
        supplier_basis=pl.when(pl.col("status") == "none").then(pl.lit("text", df["supplier_basis"].dtype))
        .otherwise(pl.col("supplier_basis"))),
     "row fails status_none_has_no_parties"),
    ("same supplier and recipient", "records", _first("recipient", "ISR"),
     "row fails supplier_differs_from_recipient (value: 'supplier=ISR, supplier_basis=text, recipient=ISR, "
     "recipient_basis=text')"),
    ("zero quantity", "records", _first("quantity", 0), "[records.parquet, row 0 (0-based), column quantity] quantity fails greater_than(0)"),
    ("year out of range", "records", _first("event_year", 1800), "event_year fails in_range(1945, 2100)"),
    ("mention id not the hash", "records",
     lambda df: _first("record_id", "0123456789abcdef-1")(_first("mention_id", "0123456789abcdef")(df)),
     "mention_id 0123456789abcdef is not the hash of the document text and span"),
    ("category differs from catalogue", "records", _first("category", "ships"),
     "category ships differs from systems.category unspecified of arms (unspecified)"),
    ("bad actor code", "actors", _first("actor_id", "russia"), "actor_id is not an actor code (a state's ISO3, or NSA_, IO_ or SSF_ and capitals) (value: 'russia')"),
    ("text hash wrong", "documents", _first("text_sha256", "0" * 64), "text_sha256 of 000_273756fbf6480a49 does not match its text"),
    ("origin not an actor", "systems", lambda df: df.with_columns(
        origin=pl.when(pl.col("system") == "S-300").then(pl.lit("ZZZ")).otherwise(pl.col("origin"))),
     "origin ZZZ is not in actors.actor_id"),
]


@pytest.mark.parametrize("name, table, change, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_rule_exits_1_and_says_what(release, name, table, change, message):
    rewrite_table(release, table, change)
    code, output = run(release)
    assert code == 1, output
    assert "INVALID" in output.splitlines()[0]
    assert message in output


def test_changed_file_fails_its_hash(release):
    with (release / "records.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    code, output = run(release)
    assert code == 1
    assert "records.csv does not match its sha256 in datapackage.json" in output
    assert "records.csv has" in output and "bytes, datapackage.json says" in output


def test_csv_that_differs_from_parquet_is_reported(release):
    frame = pl.read_parquet(release / "records.parquet")
    frame.with_columns(status_cue=pl.lit("x")).write_csv(release / "records.csv")
    refresh_hashes(release)
    code, output = run(release)
    assert code == 1
    assert "records.csv differs from records.parquet in column status_cue" in output


@pytest.mark.parametrize("change, message", [
    (lambda df: df.drop("status"), "[records.parquet, column status] missing column status"),
    (lambda df: df.with_columns(extra=pl.lit(1)), "[records.parquet, column extra] unexpected column extra"),
    (lambda df: df.rename({"span_start": "span_begin"}),
     "[records.parquet, column span_begin] unexpected column span_begin (renamed from span_start?)"),
    (lambda df: df.with_columns(pl.col("span_start").cast(pl.String)),
     "[records.parquet, column span_start] column span_start has type String, expected Int64"),
    # the guess is the missing column most like the new name, wherever it stands
    (lambda df: df.rename({"recipient": "recipent"}).select("recipent", pl.exclude("recipent")),
     "[records.parquet, column recipent] unexpected column recipent (renamed from recipient?)"),
])
def test_column_problems_are_named(release, change, message):
    rewrite_table(release, "records", change)
    code, output = run(release)
    assert code == 1, output
    assert message in output


@pytest.mark.parametrize("damage, message", [
    (lambda r: (r / "records.parquet").write_bytes((r / "records.parquet").read_bytes()[:200]),
     "records.parquet: not a readable Parquet file"),
    # cut in its middle with the footer kept: polars panics (no Exception) unless the footer is checked first
    (lambda r: (r / "documents.parquet").write_bytes((r / "documents.parquet").read_bytes()[:100] +
                                                     (r / "documents.parquet").read_bytes()[-5000:]),
     "documents.parquet: not a readable Parquet file (column 'text' lies outside the file's 5100 bytes"),
    (lambda r: (r / "records.csv").write_bytes(b""), "records.csv: empty file (expected a header row)"),
    # its line and column, as build and evaluate give them (a new-user trial of 0.26.0)
    (lambda r: (r / "records.csv").write_bytes(b"record_id\n\xff\xfe\n"), "records.csv:2:1: not valid UTF-8\n"),
    # ... in the header too, which polars reads with U+FFFD (a new-user trial of 0.31.0)
    (lambda r: (r / "records.csv").write_bytes(b"record_id,\xe9\n1,2\n"), "records.csv:1:11: not valid UTF-8\n"),
    (lambda r: (r / "datapackage.json").write_text("{not json"), "datapackage.json: not valid JSON"),
    (lambda r: (r / "datapackage.json").unlink(), "datapackage.json: file does not exist (a release holds it beside "
                                                  "its tables; to check one table file alone, give its path)"),
    (lambda r: (r / "records.csv").write_text('record_id,mention_id\n"abc,def\n'),
     "records.csv:2: not a readable CSV file (a quotation mark opened in this row is not closed)"),
    (lambda r: (r / "records.csv").write_bytes((r / "records.csv").read_bytes()[:-40]),
     "not a readable CSV file (has "),
    # a spreadsheet's export in some locales: one line, not a missing column per column (a new-user trial of 0.23.0)
    (lambda r: (r / "records.csv").write_text((r / "records.csv").read_text().replace(",", ";")),
     "records.csv:1: the header is one column (is the file separated by ';'? a CSV file here is separated by commas)"),
])
def test_unreadable_input_exits_2_with_one_line(release, damage, message):
    damage(release)
    code, output = run(release)
    assert code == 2
    assert output.startswith("Error: ") and message in output
    assert len(output.strip().splitlines()) == 1 and "Traceback" not in output


@pytest.mark.parametrize("content, message", [
    ('record_id,mention_id\n"abc,def\n', "records.csv:2: not a readable CSV file (a quotation mark opened in this "
                                          "row is not closed)"),
    ('record_id,mention_id\na,b\nc,d,e\n', "records.csv:3: not a readable CSV file (has 3 fields, the header has 2)"),
    ('record_id,mention_id\na,"b"x\n', "records.csv:2: not a readable CSV file (text follows a closing quotation "
                                       "mark in this row)"),
    # a copy cut mid-row: polars reads the missing fields as nulls (a new-user trial of 0.25.0 saw not_nullable)
    ('record_id,mention_id,status\na,b,c\nd,e', "records.csv:3: not a readable CSV file (has 2 fields, the header "
                                                  "has 3; the file does not end with a line break: is it cut short?)"),
    # a short row in the middle, after a value over two lines: the line it starts on (a new-user trial of 0.46.0)
    ('record_id,mention_id,status\na,"b\nc",d\ne,f\ng,h,i\n', "records.csv:4: not a readable CSV file (has 2 fields, "
                                                            "the header has 3)"),
])
def test_a_malformed_csv_file_is_named_with_its_line(tmp_path, content, message):
    """A new-user trial of 0.20.0: a CSV file polars cannot parse gave no line."""
    path = tmp_path / "records.csv"
    path.write_text(content)
    code, output = run(path)
    assert (code, output) == (2, f"Error: {tmp_path}/{message}\n")


def test_a_row_short_of_fields_in_the_middle_is_named_with_its_line(built_release, tmp_path):
    """polars reads a short row's missing fields as nulls: an actors.csv whose row had lost its
    last field (companies, which may be empty) was "valid" (a new-user trial of 0.46.0)."""
    lines = (built_release / "actors.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    short = next(n for n, line in enumerate(lines) if n > 1 and line.endswith(",\n"))
    lines[short] = lines[short].removesuffix(",\n") + "\n"
    path = tmp_path / "actors.csv"
    path.write_text("".join(lines), encoding="utf-8")
    columns = lines[0].count(",") + 1
    assert run(path) == (2, f"Error: {path}:{short + 1}: not a readable CSV file (has {columns - 1} fields, the "
                            f"header has {columns})\n")


def test_a_package_problem_does_not_repeat_the_file_as_its_value(release):
    """A new-user trial of 0.20.0: "records.csv has 3193 bytes, ... (value: 'records.csv')"."""
    with open(release / "records.csv", "a") as handle:
        handle.write("\n")  # (a blank line: "x\n" is a row short of fields, which stops the check)
    code, output = run(release)
    size = (release / "records.csv").stat().st_size
    assert code == 1
    assert f"  [records.csv] records.csv has {size} bytes, datapackage.json says {size - 1}\n" in output


def test_the_folder_that_holds_releases_is_named_with_them(release):
    code, output = run(release.parent)
    assert (code, output) == (2, f"Error: {release.parent}: not a release; it holds the "
                                 f"releases {release.name}: give one of those folders\n")


def test_missing_path_exits_2(tmp_path):
    code, output = run(tmp_path / "nowhere")
    assert (code, output.strip()) == (2, f"Error: {tmp_path / 'nowhere'}: no such file or folder")


def test_single_table_file_and_table_option(release, tmp_path):
    assert run(release / "records.parquet")[0] == 0
    assert run(release / "actors.csv")[0] == 0
    other = tmp_path / "mine.csv"
    shutil.copy(release / "systems.csv", other)
    assert run(other)[0] == 2
    assert run(other, "--table", "systems")[0] == 0


def test_invalid_value_in_csv_is_a_type_error(release, tmp_path):
    frame = pl.read_csv(release / "records.csv", infer_schema=False)
    bad = tmp_path / "records.csv"
    frame.with_columns(status=pl.when(pl.int_range(pl.len()) == 2).then(pl.lit("sold"))
                       .otherwise(pl.col("status"))).write_csv(bad)
    code, output = run(bad)
    assert code == 1
    assert "[records.csv, line 4, column status] status: sold is not one of delivered, ordered, planned" in output


def test_a_csv_twin_with_a_bad_word_still_reports_its_other_bad_values(release):
    # a new-user trial of 0.24.0: in a release folder, the status outside the vocabulary hid
    # the quantity below 1 on another line, which the file checked alone reported
    frame = pl.read_csv(release / "records.csv", infer_schema=False)
    row = pl.int_range(pl.len())
    frame.with_columns(status=pl.when(row == 2).then(pl.lit("shipped")).otherwise(pl.col("status")),
                       quantity=pl.when(row == 5).then(pl.lit("-5")).otherwise(pl.col("quantity"))
                       ).write_csv(release / "records.csv")
    code, output = run(release)
    assert code == 1
    assert "[records.csv, line 4, column status] status: shipped is not one of delivered" in output
    assert "[records.csv, line 7, column quantity] quantity fails greater_than(0) (value: '-5')" in output


def test_json_report_has_stable_keys_and_counts_beyond_the_cap(release):
    # sentence_start: a column no other table's rule reads (a quantity also breaks the deals' evidence)
    rewrite_table(release, "records", lambda df: df.with_columns(sentence_start=pl.lit(-1, pl.Int64)))
    code, output = run(release, "--format", "json", "--max-errors", "3")
    report = json.loads(output)
    assert code == 1 and report["valid"] is False
    assert report["shown"] == 3 and report["total"] == pl.read_parquet(release / "records.parquet").height
    assert set(report["errors"][0]) == {"type", "table", "column", "row", "value", "message", "rule",
                                        "file", "line"}
    assert report["counts"] == [{"table": "records", "rule": "greater_than_or_equal_to(0)", "count": report["total"]}]


def test_the_cap_on_shown_problems_changes_no_count(release):
    """A value that does not parse is one problem (types), however many are shown: the
    model's not-null check never counts it again."""
    def bogus(df):
        return df.with_columns(pl.lit("bogus").alias("status"))
    rewrite_table(release, "records", bogus)
    reports = [json.loads(run(release, "--format", "json", "--max-errors", cap)[1]) for cap in ("1000", "3", "0")]
    assert {report["total"] for report in reports} == {reports[0]["total"]}
    assert {tuple(map(str, count.values())) for count in reports[0]["counts"]} == \
        {tuple(map(str, count.values())) for count in reports[1]["counts"]}
    assert not any(count["rule"] == "not_nullable" for report in reports for count in report["counts"])


def test_a_state_with_an_empty_sipri_name_is_invalid(release):
    rewrite_table(release, "actors", _first("sipri_name", ""))
    code, output = run(release)
    assert code == 1 and "actors: states_have_sipri_name" in output


def test_one_problem_is_one_problem(release):
    rewrite_table(release, "records", _first("sentence_start", -1))
    code, output = run(release)
    assert code == 1 and f"{release}: INVALID, 1 problem\n" in output


def test_an_invalid_release_lists_its_problems_on_stdout_and_says_so_in_one_error_line(release):
    rewrite_table(release, "records", _first("sentence_start", -1))
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{release}: INVALID, 1 problem\n")
    assert result.stderr == f"Error: {release}: invalid, 1 problem (listed on stdout)\n"


def test_the_error_line_says_how_many_problems_max_errors_let_through(release):
    """With --max-errors 0 every problem is counted and none listed: the error line says
    so, not "(listed on stdout)" (a new-user trial of 0.38.0)."""
    rewrite_table(release, "records", _first("sentence_start", -1))
    result = CliRunner().invoke(main, ["validate", str(release), "--max-errors", "0"])
    assert result.exit_code == 1
    assert result.stdout == f"{release}: INVALID, 1 problem\n  records: greater_than_or_equal_to(0): 1\n" \
        "  ... 1 more not shown (--max-errors)\n"
    assert result.stderr == f"Error: {release}: invalid, 1 problem (0 listed on stdout, --max-errors)\n"


def test_a_release_folder_not_named_for_its_version_is_checked_and_the_skipped_version_check_noted(release, tmp_path):
    renamed = tmp_path / "renamed" / "release"
    shutil.copytree(release, renamed)
    result = CliRunner().invoke(main, ["validate", str(renamed)])
    assert result.exit_code == 0 and result.stdout.startswith(f"{renamed}: valid (")
    assert result.stderr == (f"Note: {renamed}: the folder is not named vX.Y.Z, so datapackage.json's version "
                             "was not checked against its name\n")
    named = CliRunner().invoke(main, ["validate", str(release)])
    assert named.exit_code == 0 and named.stderr == ""


def test_github_format_prints_annotations(release):
    rewrite_table(release, "records", _first("supplier", "XYZ"))
    code, output = run(release, "--format", "github")
    assert code == 1
    assert output.splitlines()[0] == (f"::error file={release / 'records.parquet'},title=records.supplier_in_actors"
                                      "::row 0 (0-based): supplier XYZ is not in actors.actor_id")


def test_github_format_says_a_valid_release_is_valid(release):
    """A workflow log shows one notice, not nothing (a new-user trial of 0.12.0)."""
    code, output = run(release, "--format", "github")
    assert code == 0
    assert output.startswith(f"::notice file={release},title=armsdata validate::valid (244 actors, ")
    assert len(output.splitlines()) == 1


@pytest.fixture
def small_chunks(monkeypatch):
    """Check documents 2 and records 5 rows at a time, as a 10M-row release is checked."""
    import armsdata.schema.check as check

    monkeypatch.setattr(check, "CHUNK_ROWS", {"records": 5, "documents": 2})


def test_chunked_check_accepts_a_valid_release(release, small_chunks):
    code, output = run(release)
    assert code == 0, output


def test_chunked_check_gives_table_row_numbers(release, small_chunks):
    rewrite_table(release, "records", lambda df: df.with_columns(
        supplier=pl.when(pl.int_range(pl.len()) == 17).then(pl.lit("XYZ")).otherwise(pl.col("supplier"))))
    code, output = run(release)
    assert code == 1
    assert "[records.parquet, row 17 (0-based), column supplier] supplier XYZ is not in actors.actor_id" in output


def test_chunked_check_finds_duplicates_across_chunks(release, small_chunks):
    rewrite_table(release, "records", lambda df: pl.concat([df, df.head(1)]))
    code, output = run(release)
    assert code == 1
    assert "[records.parquet, row 0 (0-based), column record_id] record_id fails field_uniqueness" in output
    assert "[records.parquet, row 32 (0-based), column record_id] record_id fails field_uniqueness" in output


def test_chunked_check_compares_every_csv_chunk(release, small_chunks):
    frame = pl.read_parquet(release / "records.parquet")
    frame.with_columns(status_cue=pl.when(pl.int_range(pl.len()) == 23).then(pl.lit("x"))
                       .otherwise(pl.col("status_cue"))).write_csv(release / "records.csv")
    refresh_hashes(release)
    code, output = run(release)
    assert code == 1
    assert "records.csv differs from records.parquet in column status_cue (1 rows, first at line 25, row 23 of records.parquet)" in output


def test_csv_with_the_same_rows_in_other_bytes_passes(release, small_chunks):
    """Parity is about content: a CSV with Windows line ends is not the bytes the release
    writes, so it is parsed, and its rows are the Parquet rows."""
    frame = pl.read_parquet(release / "records.parquet")
    frame.write_csv(release / "records.csv", line_terminator="\r\n")
    refresh_hashes(release)
    assert b"\r\n" in (release / "records.csv").read_bytes()
    code, output = run(release)
    assert code == 0, output


def test_csv_hashed_during_the_parity_check_still_fails_a_stale_hash(release, small_chunks):
    frame = pl.read_parquet(release / "documents.parquet")
    frame.write_csv(release / "documents.csv", line_terminator="\r\n")  # same rows, other bytes
    code, output = run(release)
    assert code == 1
    assert "documents.csv does not match its sha256 in datapackage.json" in output


def test_the_cli_knows_the_release_tables():
    """The CLI names the tables without importing the schemas; the names must not drift."""
    from armsdata.cli import TABLE_NAMES
    from armsdata.schema import TABLES

    assert TABLE_NAMES == TABLES


def test_a_release_written_before_a_vocabulary_grew_is_valid(tmp_path):
    """dataset/v0.9.0 was written before supplier_basis and recipient_basis had `model`
    (0.10.0): its Enum columns and its datapackage.json list the older words, which open
    the newer list, so it is still valid (a MINOR change)."""
    release = tmp_path / "v0.9.0"
    shutil.copytree("dataset/v0.9.0", release)
    code, output = run(release)
    assert code == 0, output
    assert output.startswith(f"{release}: valid (")


@pytest.mark.parametrize("version", ["0.9.0", "0.20.0", "0.32.0"])
def test_a_release_written_before_a_description_was_reworded_is_valid(tmp_path, version):
    """0.33.0 corrected systems.catalogued's description; the descriptors of the releases
    written before say the older words. A field's description documents it and constrains
    nothing, so the releases stay valid (one from before a vocabulary grew, one between, the
    last before the change)."""
    release = tmp_path / f"v{version}"
    shutil.copytree(f"dataset/v{version}", release)
    code, output = run(release)
    assert code == 0, output


def _release_with_field(tmp_path, version: str, resource: str, name: str):
    """A copy of dataset/vVERSION and, to edit, the descriptor field `name` of `resource`;
    call the returned `save()` after editing it."""
    release = tmp_path / f"v{version}"
    shutil.copytree(f"dataset/v{version}", release)
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    table = next(r for r in package["resources"] if r["path"] == resource)
    field = next(f for f in table["schema"]["fields"] if f["name"] == name)

    def save():
        (release / "datapackage.json").write_text(json.dumps(package, indent=4), encoding="utf-8")
        return release
    return field, save


def test_a_field_s_type_that_differs_from_the_schema_s_is_still_reported(tmp_path):
    """Only the description is read over: a field typed otherwise is still a wrong schema."""
    field, save = _release_with_field(tmp_path, "0.32.0", "systems.parquet", "catalogued")
    field["type"] = "string"
    code, output = run(save())
    assert code == 1
    assert "the schema of systems.parquet is not the schema of systems: field catalogued has type string" in output


def test_a_vocabulary_that_does_not_open_the_schema_s_is_still_reported(tmp_path):
    """Words removed or reordered are no earlier vocabulary: the descriptor's schema is wrong."""
    field, save = _release_with_field(tmp_path, "0.9.0", "records.parquet", "supplier_basis")
    field["categories"] = field["constraints"]["enum"] = ["antecedent", "text", "origin", "event"]
    code, output = run(save())
    assert code == 1
    assert "datapackage.json: the schema of records.parquet is not the schema of records: field supplier_basis" in output


def test_with_no_path_it_says_which_release_it_checks(release, monkeypatch):
    """A new-user trial: `armsdata validate` alone printed a path in the package's folder
    and did not say it was the bundled release. The latest release under ./dataset is
    checked when there is one, and stderr says so."""
    monkeypatch.chdir(release.parent.parent)
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"no PATH given: checking the latest release under ./dataset, dataset/{release.name}\n"
    assert result.stdout.startswith(f"dataset/{release.name}: valid (")


def test_table_with_a_release_folder_is_a_usage_error(release):
    """--table names the table of one file; on a folder it was silently ignored."""
    code, output = run("--table", "records", release)
    assert (code, output) == (2, f"Error: {release}: --table names the table of a single file; a release folder's "
                                 "files say theirs\n")


def test_deals_and_diff_say_which_releases_they_read(release, monkeypatch, tmp_path):
    """A new-user trial of 0.34.0: `deals` without --release printed "No deals match." from
    the bundled release, and `diff` without --root compared the bundled releases, and
    neither said so. Both say it on stderr, as validate does; stdout is unchanged."""
    monkeypatch.chdir(release.parent.parent)
    result = CliRunner().invoke(main, ["deals", "--recipient", "Egypt"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"no --release given: reading the latest release under ./dataset, dataset/{release.name}\n"
    assert "--release" not in result.stdout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(main, ["diff", "0.33.0", "0.34.0"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "no --root given: comparing the releases bundled with the package\n"
    assert result.stdout == "0.33.0 -> 0.34.0: 0 added, 0 removed, 0 changed (0 fields)\n"
    result = CliRunner().invoke(main, ["diff", "0.33.0", "0.34.0", "--format", "json"])
    assert result.stderr == ""


def test_a_file_of_another_table_gets_no_guess_of_renamed_columns(tmp_path):
    """Validated as the actors table, the records table's columns are unexpected, none is
    guessed to be a renamed actors column ("span_text (renamed from cow_code?)", paired by
    position, in a new-user trial of 0.38.0), and the table they are of is named."""
    path = tmp_path / "records.csv"
    pl.read_csv(ROOT / "dataset" / f"v{__version__}" / "records.csv", infer_schema_length=0).write_csv(path)
    result = CliRunner().invoke(main, ["validate", str(path), "--table", "actors"])
    assert result.exit_code == 1
    assert "unexpected column span_text\n" in result.output and "renamed from" not in result.output
    assert "] no column of the actors table: these are the columns of the records table\n" in result.output


def test_a_release_of_the_current_layout_missing_table_files_lists_each_as_a_problem(release):
    """A release of 0.2.0 or later without a table is damaged, not older: every missing file
    is listed (exit 1), not the first one alone, nor "predates the table" (a new-user trial
    of 0.40.0)."""
    (release / "deals.parquet").unlink()
    (release / "actors.csv").unlink()
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if not r["path"].startswith("deals.")]
    (release / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    code, output = run(release)
    assert code == 1, output
    missing = "file does not exist: a release holds every table as Parquet and CSV (the tables were not checked)"
    assert f"  [actors.csv] {missing}\n" in output and f"  [deals.parquet] {missing}\n" in output
    assert "predates" not in output and "Traceback" not in output


def test_a_wrong_records_column_is_not_reported_again_as_deals_it_no_longer_supports(release):
    """The deals are checked against their evidence only when the records have no problem (a
    new-user trial of 0.40.0: a quantity of type Float64 gave a deal error besides its own)."""
    rewrite_table(release, "records", lambda df: df.with_columns(pl.col("quantity").cast(pl.Float64)))
    code, output = run(release)
    assert code == 1, output
    assert "column quantity has type Float64, expected Int64" in output
    assert "deals.parquet" not in output and "does not support the deal" not in output
