"""Property: whatever damage a release takes (a cell of any table set to any text or to
an extreme, a null or another type; rows dropped, duplicated or swapped; a column
renamed; a file truncated; a field of datapackage.json changed or removed),
`armsdata validate` exits 1 or 2 with a message naming a file, never with a traceback,
and never exits 0 when the damage breaks a rule.

Hypothesis keeps the examples it found in a folder outside the repository (the system's
temporary folder); the cases it found are pinned in test_damage_sweep.py. For a longer
hunt: ARMSDATA_DAMAGE_EXAMPLES=2000 python -m pytest tests/test_damage_property.py
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from armsdata.schema import TABLES
from armsdata.schema.package import REQUIRED_FIELDS

import damage
from damage import BREAKS, CELLS, MAY_PASS, TABLE_FILES, assert_found, targets

EXAMPLES = DirectoryBasedExampleDatabase(Path(tempfile.gettempdir()) / "armsdata-hypothesis")
JSON_VALUES = st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.just([]) | st.just({})


def _cell(draw_cell, text):
    (table, column, kind), row = draw_cell

    def apply(release: Path) -> tuple[str, tuple[str, ...]]:
        at = row % max(pl.scan_parquet(release / f"{table}.parquet").select(pl.len()).collect().item(), 1)
        expectation = damage.cell_expectation(release, table, column, kind, at, text)
        damage.damage_cell(release, table, column, kind, at, text)
        return expectation, targets(table, column)
    return apply


cells = st.builds(_cell, st.tuples(st.sampled_from(CELLS + [(t, c, "text") for t, c, _ in CELLS]),
                                   st.integers(0, 10_000)),
                  st.text(max_size=40))


def _rows(table, kind, row):
    def apply(release):
        height = pl.scan_parquet(release / f"{table}.parquet").select(pl.len()).collect().item()
        damage.damage_rows(release, table, kind, row % max(height, 1))
        return damage.row_expectation(table, kind), TABLE_FILES
    return apply


def _rename(table, position):
    def apply(release):
        names = list(damage.columns(table))
        damage.rename_column(release, table, names[position % len(names)])
        return BREAKS, (f"{table}.parquet",)
    return apply


def _truncate(name, keep):
    def apply(release):
        damage.truncate_file(release, name, keep)
        return BREAKS, (name,)
    return apply


def _descriptor(field, value, remove):
    def apply(release):
        package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
        changed = field in package if remove else package.get(field) != value
        damage.edit_descriptor(release, (lambda p: p.pop(field, None)) if remove else (lambda p: p.update({field: value})))
        checked = field in ("version", "licenses", "resources") or remove and field in REQUIRED_FIELDS
        return (BREAKS if changed and checked else MAY_PASS), ("datapackage.json",) + TABLE_FILES
    return apply


damages = (
    cells
    | st.builds(_rows, st.sampled_from(TABLES), st.sampled_from(damage.ROW_KINDS), st.integers(0, 10_000))
    | st.builds(_rename, st.sampled_from(TABLES), st.integers(0, 100))
    | st.builds(_truncate, st.sampled_from(TABLE_FILES + ("datapackage.json",)), st.floats(0, 0.99))
    | st.builds(_descriptor, st.sampled_from(["name", "title", "version", "created", "licenses", "resources",
                                             "description", "sources"]), JSON_VALUES, st.booleans())
)


@settings(max_examples=int(os.environ.get("ARMSDATA_DAMAGE_EXAMPLES", 40)), deadline=None, database=EXAMPLES,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(damages)
def test_any_damage_is_reported_without_a_traceback(built_release, apply):
    folder = Path(tempfile.mkdtemp(prefix="armsdata-damaged-"))
    try:
        release = folder / built_release.name
        shutil.copytree(built_release, release)
        expectation, files = apply(release)
        assert_found(release, expectation, files)
    finally:
        shutil.rmtree(folder)
