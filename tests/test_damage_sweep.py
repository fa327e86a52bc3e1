"""`armsdata validate` on damaged copies of a release: every column of every table of the
schema registry damaged every way, rows, columns, files and datapackage.json damaged too.
For each: no traceback, exit 1 or 2 with a message naming the damaged file, and never
exit 0 for damage that breaks a rule (see damage.py for what certainly does)."""

from __future__ import annotations

import polars as pl
import pytest

from armsdata._version import __version__
from armsdata.schema import TABLES

import damage
from conftest import rewrite_table
from damage import BREAKS, CELLS, TABLE_FILES, assert_found, targets, validate


@pytest.mark.parametrize("table, column, kind", CELLS, ids=["-".join(cell) for cell in CELLS])
def test_damaged_cell(release, table, column, kind):
    expectation = damage.cell_expectation(release, table, column, kind)
    damage.damage_cell(release, table, column, kind)
    assert_found(release, expectation, targets(table, column))


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("kind", damage.ROW_KINDS)
def test_damaged_rows(release, table, kind):
    damage.damage_rows(release, table, kind)
    assert_found(release, damage.row_expectation(table, kind), TABLE_FILES)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("which", [0, -1])
def test_renamed_column(release, table, which):
    damage.rename_column(release, table, list(damage.columns(table))[which])
    assert_found(release, BREAKS, (f"{table}.parquet",))


@pytest.mark.parametrize("name", TABLE_FILES + ("datapackage.json",))
def test_truncated_file(release, name):
    damage.truncate_file(release, name)
    assert_found(release, BREAKS, (name,))


@pytest.mark.parametrize("table", TABLES)
def test_csv_resaved_with_crlf_says_so(release, table):
    damage.crlf_csv(release, table)
    code, output = validate(release)
    assert code == 1
    assert (f"[{table}.csv] {table}.csv does not match its sha256 in datapackage.json: its line ends were "
            "changed to CR LF (Windows); the release writes LF") in output


@pytest.mark.parametrize("edit", damage.DESCRIPTOR_EDITS, ids=list(damage.DESCRIPTOR_EDITS))
def test_edited_descriptor(release, edit):
    damage.edit_descriptor(release, damage.DESCRIPTOR_EDITS[edit])
    assert_found(release, BREAKS, ("datapackage.json",) + TABLE_FILES)


def test_the_sweep_covers_every_table_and_column():
    assert {table for table, _, _ in CELLS} == set(TABLES)
    assert {(t, c) for t, c, _ in CELLS} == {(t, c) for t in TABLES for c in damage.columns(t)}
    assert {kind for _, _, kind in CELLS} == set(damage.CELL_KINDS)


# -- cases the sweep and the property test found, pinned -----------------------------------------
def _set(column, value, row=0):
    return lambda df: df.with_columns(pl.when(pl.int_range(pl.len()) == row).then(pl.lit(value, df[column].dtype))
                                      .otherwise(pl.col(column)).alias(column))


FOUND = [
    ("span that runs backwards (polars: conversion from i64 to u64 failed)", "records",
     lambda df: _set("span_end", df["span_start"][0] - 5)(df),
     "[records.parquet, row 0 (0-based)] row fails span_is_not_empty"),
    ("span_start far past span_end", "records", _set("span_start", 2**62),
     "[records.parquet, row 0 (0-based)] row fails span_is_not_empty"),
    ("a document without text (AttributeError in text_sha256_matches_text)", "documents", _set("text", None),
     "[documents.parquet, row 0 (0-based), column text] text fails not_nullable"),
    ("sentence_end past the document (was valid)", "records", _set("sentence_end", 2**62),
     "[records.parquet, row 0 (0-based), column sentence_end] sentence_end 4611686018427387904 is past the end "
     "of document 000_273756fbf6480a49 (2820 characters)"),
]


@pytest.mark.parametrize("name, table, change, message", FOUND, ids=[f[0] for f in FOUND])
def test_found_damage_is_reported(release, name, table, change, message):
    rewrite_table(release, table, change)
    code, output = validate(release)
    assert code == 1
    assert message in output


def test_a_column_of_text_in_both_files_is_one_type_problem(release):
    """Was "cannot compare string with numeric type": the Parquet column of text against
    the CSV's values parsed as the schema's integers, when the CSV's bytes differ."""
    damage.damage_cell(release, "records", "span_start", "as_text")
    code, output = validate(release)
    assert code == 1
    assert output.splitlines()[1:] == [
        "  records: dtypes: 1",
        "  [records.parquet, column span_start] column span_start has type String, expected Int64 (value: 'String')",
        f"Error: {release}: invalid, 1 problem (listed on stdout)"]  # (stderr's one line, last)


@pytest.mark.parametrize("edit, message", [
    ("version changed", f"[datapackage.json] datapackage.json says version 9.9.9, the release is {__version__}"),
    ("field type integer to string", "[datapackage.json] datapackage.json: the schema of records.csv is not the "
                                     "schema of records: field span_start has type string, expected integer"),
    ("licenses emptied", "[datapackage.json] datapackage.json: licenses must list at least one licence, each with "
                         "a name or path"),
    ("resource added", "[datapackage.json] datapackage.json: resource 15 (extra.csv) is not a table file of the release"),
    ("field renamed", "[datapackage.json] datapackage.json: the schema of documents.parquet is not the schema of "
                      "documents: unknown fields: id; missing fields: doc_id"),
])
def test_edited_descriptor_says_what_differs(release, edit, message):
    damage.edit_descriptor(release, damage.DESCRIPTOR_EDITS[edit])
    code, output = validate(release)
    assert code == 1
    assert message in output


def test_a_file_the_descriptor_does_not_list(release):
    (release / "notes.csv").write_text("a\n1\n", encoding="utf-8")
    code, output = validate(release)
    assert code == 1
    assert "[datapackage.json] notes.csv is in the release folder but not in datapackage.json" in output


def test_a_release_folder_not_named_after_a_version_is_not_held_to_one(release):
    renamed = release.rename(release.parent / "latest")
    assert validate(renamed)[0] == 0
