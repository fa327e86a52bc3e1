"""Every error path of the command line: one line naming the path, exit 2 for usage and
unreadable input, 1 for invalid data, never a traceback; and in `validate --format json`
or `github`, an error a machine can read."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata._version import __version__
from armsdata.cli import main

from conftest import ROOT, SEEDS

GOLD = ROOT / "tests" / "gold" / "seeds.csv"
DEV_GOLD = ROOT / "tests" / "dev" / "gold.csv"


def run(*args):
    result = CliRunner().invoke(main, [*map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


def one_line(output: str, *names) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), output
    assert all(str(name) in lines[0] for name in names), output
    return lines[0]


# -- validate ---------------------------------------------------------------------------------
def test_validate_a_file_whose_table_it_cannot_tell(tmp_path):
    path = tmp_path / "mystery.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    code, output = run("validate", path)
    assert code == 2
    assert one_line(output, path) == (
        f"Error: {path}: cannot tell the table from the file name (one of records, documents, actors, systems, "
        "actor_codes, document_sources, deals, or one of them and '_', '-' or '.' before more); use --table")


@pytest.mark.parametrize("name, table", [("records_badint.csv", "records"), ("document_sources-2024.csv", "document_sources"),
                                         ("documents.v2.csv", "documents")])
def test_validate_reads_a_file_named_after_a_table_and_more_as_that_table(tmp_path, name, table):
    """A new-user trial of 0.27.0: "records_badint.csv" could not be checked without --table."""
    release = ROOT / "dataset" / f"v{__version__}"
    path = tmp_path / name
    path.write_bytes((release / f"{table}.csv").read_bytes())
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert f"reading {name} as the {table} table (its name begins so; --table to say otherwise)" in result.output


NOT_A_RELEASE = "not a release (it has no datapackage.json; a release is the vX.Y.Z folder that armsdata build writes)"


@pytest.mark.parametrize("command", [["validate"], ["deals", "--release"], ["evaluate", GOLD, "--release"]])
def test_a_corpus_folder_given_for_a_release_is_named_as_no_release(tmp_path, command):
    """A new-user trial of 0.14.0's candidate: validate named a missing datapackage.json and
    deals a release from before 0.2.0."""
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Russia sold tanks to Iraq.", encoding="utf-8")
    code, output = run(*command, corpus)
    assert (code, output) == (2, f"Error: {corpus}: {NOT_A_RELEASE}\n")


def test_validate_a_descriptor_that_is_not_an_object(release):
    (release / "datapackage.json").write_text("[]", encoding="utf-8")
    code, output = run("validate", release)
    assert code == 2
    assert one_line(output) == f"Error: {release / 'datapackage.json'}: not a JSON object"


@pytest.mark.parametrize("name", ["records.txt", "article.txt"])
def test_validate_a_file_that_is_neither_parquet_nor_csv(tmp_path, name):
    """Said first, whatever the file's name (a new-user trial of 0.14.0's candidate: for a
    name that is no table, validate asked for --table, which then led here)."""
    path = tmp_path / name
    path.write_text("x", encoding="utf-8")
    code, output = run("validate", path)
    assert code == 2
    assert one_line(output) == f"Error: {path}: not a .parquet or .csv file (a release folder or one of its table files)"


def test_validate_json_format_prints_a_json_error(tmp_path):
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(main, ["validate", str(missing), "--format", "json"])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {"path": str(missing), "valid": False, "exit_code": 2,
                                         "error": f"{missing}: no such file or folder"}
    assert result.stderr == f"Error: {missing}: no such file or folder\n"


def test_validate_github_format_prints_an_error_annotation(release):
    """On the file the error names, not its release folder (a new-user trial of 0.16.0)."""
    (release / "records.parquet").write_bytes(b"PAR1")
    result = CliRunner().invoke(main, ["validate", str(release), "--format", "github"])
    assert result.exit_code == 2
    [line] = result.stdout.splitlines()
    assert line.startswith(f"::error file={release / 'records.parquet'},title=armsdata validate::"
                           f"{release / 'records.parquet'}: not a readable Parquet file")


def test_validate_github_format_gives_an_unreadable_csv_rows_line_apart(release, tmp_path):
    """A CSV row with a field too many, in a release and alone: the file and its line as the
    annotation's own properties (the line was glued to the file name, escaped; a new-user
    trial of 0.44.0)."""
    csv = release / "records.csv"
    lines = csv.read_text(encoding="utf-8").split("\n")
    lines[6] += ",extra"
    csv.write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(release), "--format", "github"])
    assert result.exit_code == 2
    [line] = result.stdout.splitlines()
    assert line.startswith(f"::error file={csv},line=7,title=armsdata validate::{csv}:7: not a readable CSV file")
    alone = tmp_path / "records_extra.csv"
    alone.write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(alone), "--format", "github"])
    assert result.exit_code == 2
    assert result.stdout.startswith(f"::error file={alone},line=7,title=armsdata validate::{alone}:7: ")


def test_validate_a_release_made_before_tables_were_added():
    """Release 0.1.0 has no actor_codes, document_sources or deals: one line that says so,
    not "actor_codes.parquet: file does not exist" (a new-user trial of 0.16.0)."""
    release = ROOT / "dataset" / "v0.1.0"
    code, output = run("validate", release)
    assert (code, one_line(output)) == (2, f"Error: {release}: release 0.1.0 predates the actor_codes, "
                                           "document_sources, deals tables of this schema; check it with the "
                                           "armsdata of its version")


@pytest.mark.parametrize("table", ["records", "deals", "actors", "documents", "document_sources"])
def test_validate_a_release_whose_csv_is_a_folder(release, table):
    """One line naming the CSV, exit 2, in every format (a traceback before; a new-user
    trial of 0.16.0)."""
    csv = release / f"{table}.csv"
    csv.unlink()
    csv.mkdir()
    message = f"{csv}: not a readable CSV file (a folder, not a file)"
    code, output = run("validate", release)
    assert (code, one_line(output)) == (2, f"Error: {message}")
    result = CliRunner().invoke(main, ["validate", str(release), "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)["error"]) == (2, message)
    result = CliRunner().invoke(main, ["validate", str(release), "--format", "github"])
    assert (result.exit_code, result.stdout) == (2, f"::error file={csv},title=armsdata validate::{message}\n")


@pytest.mark.parametrize("value, annotation", [
    ("999", "title=records.csv_parity::records.csv differs from records.parquet in column quantity "
            "(1 rows, first at line 5, row 3 of records.parquet)"),
    ("a dozen", "title=records.types::quantity: a dozen is not a valid Int64"),
])
def test_github_annotations_name_the_csv_file_and_its_line(release, value, annotation):
    frame = pl.read_parquet(release / "records.parquet").with_columns(pl.col("quantity").cast(pl.String))
    frame.with_columns(quantity=pl.when(pl.int_range(pl.len()) == 3).then(pl.lit(value))
                       .otherwise(pl.col("quantity"))).write_csv(release / "records.csv")
    result = CliRunner().invoke(main, ["validate", str(release), "--format", "github"])
    assert result.exit_code == 1
    assert f"::error file={release / 'records.csv'},line=5,{annotation}\n" in result.stdout
    assert "records.parquet,line" not in result.stdout


def test_csv_line_numbers_count_the_lines_inside_quoted_values(release, tmp_path):
    """documents.csv holds texts of many lines: a problem's line is where its row starts."""
    frame = pl.read_csv(release / "documents.csv", infer_schema=False)
    bad = tmp_path / "documents.csv"
    frame.with_columns(language=pl.when(pl.int_range(pl.len()) == 2).then(pl.lit("english"))
                       .otherwise(pl.col("language"))).write_csv(bad)
    lines = bad.read_text(encoding="utf-8").split("\n")
    start = 1 + next(i for i, line in enumerate(lines) if line.startswith(frame["doc_id"][2] + ","))
    code, output = run("validate", bad)
    assert code == 1
    assert f"[documents.csv, line {start}, column language] language is not a two-letter ISO 639-1 language code (value: 'english')" in output
    assert start > 4  # the texts before it span several lines


# -- build ------------------------------------------------------------------------------------
def test_build_from_a_missing_seeds_folder_creates_nothing(tmp_path):
    out = tmp_path / "out"
    code, output = run("build", "--seeds", tmp_path / "nope", "--out", out, "--quiet")
    assert code == 2
    assert one_line(output) == f"Error: {tmp_path / 'nope'}: no such file or folder"
    assert not out.exists()


def test_build_into_a_file(tmp_path):
    out = tmp_path / "out"
    out.write_text("", encoding="utf-8")
    code, output = run("build", "--seeds", SEEDS, "--out", out, "--quiet")
    assert code == 2
    assert one_line(output) == f"Error: {out}: is a file, not a folder for releases"


def test_build_below_a_file(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    out = tmp_path / "file" / "out"
    code, output = run("build", "--seeds", SEEDS, "--out", out, "--quiet")
    assert code == 2
    assert one_line(output) == f"Error: {out}: cannot create the releases folder (Not a directory)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_build_into_a_read_only_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        code, output = run("build", "--seeds", SEEDS, "--out", out, "--quiet")
    finally:
        out.chmod(0o755)
    assert code == 2
    assert one_line(output) == f"Error: {out}: cannot write a release there (Permission denied)"
    assert list(out.iterdir()) == []


def test_build_into_a_folder_another_build_holds(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    held = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, output = run("build", "--seeds", SEEDS, "--out", out, "--quiet")
    finally:
        os.close(held)
    assert code == 2
    assert one_line(output) == f"Error: {out}: another build is writing into this folder; try again when it has finished"
    assert list(out.iterdir()) == []


def test_build_removes_a_killed_builds_scratch_folder_but_nothing_else(tmp_path):
    out = tmp_path / "out"
    (out / f".v{__version__}-ab_c1234" / ".parts").mkdir(parents=True)
    (out / ".venv-x").mkdir()
    code, output = run("build", "--seeds", SEEDS, "--out", out, "--quiet")
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == [".venv-x", f"v{__version__}"]


def test_build_with_an_unquoted_glob_says_to_quote_it(tmp_path):
    parts = [tmp_path / "part-0001.parquet", tmp_path / "part-0002.parquet"]
    for part in parts:
        part.write_bytes(b"")
    # what the shell makes of an unquoted part-*.parquet
    result = CliRunner().invoke(main, ["build", "--seeds", *map(str, parts), "--out", str(tmp_path / "out")],
                                prog_name="armsdata")
    assert (result.exit_code, result.output) == (
        2, f"Error: Got unexpected extra argument ({parts[1]}); quote a glob (--seeds 'pq/part-*.parquet'), or "
           "the shell expands it into several paths (see armsdata build --help)\n")
    result = CliRunner().invoke(main, ["build", "--seeds", str(parts[0]), "nothing-here"], prog_name="armsdata")
    assert (result.exit_code, result.output) == (
        2, "Error: Got unexpected extra argument (nothing-here) (see armsdata build --help)\n")
    assert not (tmp_path / "out").exists()


# -- evaluate, diff, versions -------------------------------------------------------------------
def test_evaluate_a_release_without_the_golds_documents(built_release):
    code, output = run("evaluate", DEV_GOLD, "--release", built_release)
    assert code == 2
    wanted = sorted(set(pl.read_csv(DEV_GOLD)["doc_id"]))
    held = sorted(pl.read_parquet(Path(built_release) / "documents.parquet")["doc_id"])
    assert one_line(output) == (f"Error: {built_release}: holds none of the 12 documents of {DEV_GOLD} "
                                f"({', '.join(wanted[:5])} and 7 more; it holds {', '.join(held)}); "
                                "pass --seeds or --release with the gold's documents")


def test_evaluate_seeds_without_the_golds_documents():
    code, output = run("evaluate", DEV_GOLD, "--seeds", SEEDS)
    assert code == 2
    assert one_line(output, SEEDS, "holds none of the 12 documents")


def test_evaluate_seeds_and_release_together(built_release):
    code, output = run("evaluate", GOLD, "--seeds", SEEDS, "--release", built_release)
    assert code == 2
    assert one_line(output) == "Error: give --seeds (extract now) or --release (read a release), not both"


def test_evaluate_a_release_without_records(built_release, tmp_path):
    release = tmp_path / "v0.0.1"
    shutil.copytree(built_release, release)
    (release / "records.parquet").unlink()
    code, output = run("evaluate", GOLD, "--release", release)
    assert code == 2
    assert one_line(output) == f"Error: {release / 'records.parquet'}: file does not exist"


def test_evaluate_a_missing_gold_file(tmp_path):
    code, output = run("evaluate", tmp_path / "gold.csv")
    assert code == 2 and str(tmp_path / "gold.csv") in output and "Traceback" not in output


def test_diff_an_unpublished_version(tmp_path, built_release):
    code, output = run("diff", __version__, "9.9.9", "--root", built_release.parent)
    assert code == 2
    assert one_line(output, "9.9.9") == \
        f"Error: version 9.9.9 is not published in {built_release.parent}; published: {__version__}"


def test_versions_of_a_missing_folder(tmp_path):
    code, output = run("versions", "--root", tmp_path / "nope")
    assert code == 2 and str(tmp_path / "nope") in output and "Traceback" not in output
