"""Damage done to a copy of a release, the way files get broken in the wild: cells, types,
nulls, extremes and Unicode in any column, rows dropped, duplicated or swapped, columns
renamed, files truncated or re-saved with CRLF, datapackage.json fields edited.

Every damage is a function of a release folder (edited in place) and says whether it
certainly breaks a rule (`BREAKS`) or may leave a valid release (`MAY_PASS`): a value in
a free-text column, a null in a nullable one. The tables and columns come from the
schema registry (armsdata.schema.MODELS), so a new table is damaged like the others.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from armsdata.cli import main
from armsdata.schema import MODELS, TABLES, rules
from armsdata.schema.package import TABLE_FILES
from armsdata.schema.tableschema import FOREIGN_KEYS

from conftest import refresh_hashes, rewrite_table

BREAKS, MAY_PASS = "breaks", "may pass"
CELL_KINDS = ("as_text", "huge", "negative", "odd_text", "null", "unicode")
ROW_KINDS = ("drop", "duplicate", "swap")
ODD_TEXT = "\u202e¿NaN\x00 \"quoted\", two\nlines ☃"
HUGE_INT = 2**62


def _referenced_by_rules() -> set[str]:
    """Column names quoted in a model's row checks or in a cross-table rule: a value there
    can break a rule that its own column's constraints do not show."""
    sources = [inspect.getsource(rules)]
    for model in MODELS.values():
        source = inspect.getsource(model)
        sources.append(source[source.find("@pa.dataframe_check"):] if "@pa.dataframe_check" in source else "")
    return {name for source in sources for name in _quoted(source)}


def _quoted(source: str) -> set[str]:
    return {part for part in source.split('"')[1::2] if part.isidentifier()}


REFERENCED = _referenced_by_rules()


def columns(table: str) -> dict:
    return MODELS[table].to_schema().columns


def _referencing(table: str, column: str) -> list[tuple[str, str]]:
    """(table, column) pairs whose values must be in table.column (its foreign keys)."""
    return [(source, field) for source, found in FOREIGN_KEYS.items()
            for field, other, key in found if (other, key) == (table, column)]


def _value_breaks_checks(spec, value) -> bool:
    for check in spec.checks:
        stats = check.statistics
        if check.name == "str_matches" and not re.fullmatch(stats["pattern"], value):
            return True
        if check.name == "str_length" and len(value) < (stats.get("min_value") or 0):
            return True
        if check.name == "greater_than" and value <= stats["min_value"]:
            return True
        if check.name == "greater_than_or_equal_to" and value < stats["min_value"]:
            return True
        if check.name == "in_range" and not stats["min_value"] <= value <= stats["max_value"]:
            return True
    return False


def cell_expectation(release: Path, table: str, column: str, kind: str, row: int = 0, text: str = "") -> str:
    """BREAKS when damaging cell `row` of table.column by `kind` certainly fails a check:
    a changed type, a null where none is allowed, a value outside its column's checks or
    vocabulary, an unknown foreign key, a changed key that other rows point to, a changed
    value that a rule across columns or tables reads."""
    spec = columns(table)[column]
    frame = pl.read_parquet(release / f"{table}.parquet")
    before, after = frame[column], damaged_value(frame, column, kind, row, text)
    if after.dtype != before.dtype:
        return BREAKS
    old, new = before[row], after[row]
    if new == old:
        return MAY_PASS
    if new is None:
        return MAY_PASS if spec.nullable else BREAKS
    if _value_breaks_checks(spec, new):
        return BREAKS
    for field, other, key in FOREIGN_KEYS.get(table, []):
        if field == column and not pl.read_parquet(release / f"{other}.parquet")[key].eq(new).any():
            return BREAKS
    if (table, column, kind) in NOT_BREAKING:
        return MAY_PASS
    if (table, column) == ("records", "quantity") and not _is_deal_evidence(release, frame["record_id"][row]):
        return MAY_PASS  # only the deals read a record's quantity, and only their evidence's
    targets = _referencing(table, column)
    if targets:
        used = any(pl.read_parquet(release / f"{source}.parquet")[field].eq(old).any() for source, field in targets)
        return BREAKS if used else MAY_PASS
    return BREAKS if column in REFERENCED else MAY_PASS


# Damage that a rule quoting the column cannot see: sipri_name is only required to be
# present (not empty) for a state, so other text passes; a larger n_records keeps
# n_documents <= n_records.
NOT_BREAKING = {("actors", "sipri_name", kind) for kind in ("huge", "odd_text", "unicode", "text")} | \
    {("deals", "n_records", "huge")}


def _is_deal_evidence(release: Path, record_id: str) -> bool:
    deals = pl.read_parquet(release / "deals.parquet")
    ids = {v for c in ("quantity_ordered_record_id", "quantity_delivered_record_id", "quantity_delivered_parts")
           for cell in deals[c].drop_nulls() for v in cell.split("|")}
    return record_id in ids


def damaged_value(frame: pl.DataFrame, column: str, kind: str, row: int = 0, text: str = ""):
    """The column as a Series with cell `row` damaged by `kind` (with "text", the cell
    becomes `text`)."""
    series = frame[column]
    dtype = series.dtype
    if kind == "as_text":
        return series.cast(pl.String)
    as_text = series.cast(pl.String)
    if kind == "text":
        value, target = text, as_text
    elif kind == "null":
        value, target = None, series
    elif kind == "huge":
        value, target = (HUGE_INT, series.cast(pl.Int64)) if dtype.is_integer() else ("x" * 100_000, as_text)
    elif kind == "negative":
        value, target = (-1, series) if dtype.is_integer() else ("-1", as_text)
    elif kind == "odd_text":
        value, target = ODD_TEXT, as_text
    elif kind == "unicode":  # the same text in decomposed form and with a wide character
        original = as_text[row] or ""
        value, target = "e\u0301" + original + "\U0001f680", as_text
    else:
        raise ValueError(kind)
    return target.scatter(row, value) if frame.height else target


def applies(table: str, column: str, kind: str) -> bool:
    """Whether `kind` is a damage of its own for this column (text as text is no damage;
    a negative number is for integers; other Unicode is for text)."""
    dtype = columns(table)[column].dtype.type
    if kind == "as_text":
        return dtype != pl.String
    if kind == "negative":
        return dtype.is_integer()
    if kind == "unicode":
        return dtype == pl.String
    if kind == "huge":  # in any other type, text like odd_text
        return dtype == pl.String or dtype.is_integer()
    return True


def damage_cell(release: Path, table: str, column: str, kind: str, row: int = 0, text: str = "") -> None:
    """Damage one cell of a table in both its files; datapackage.json gets the new hashes,
    so only the checks of the content can find it. A column turned to text is also
    written to CSV with every field quoted: the same values in other bytes, which makes
    the CSV/Parquet comparison parse the CSV."""
    rewrite_table(release, table, lambda df: df.with_columns(damaged_value(df, column, kind, row, text)))
    if kind == "as_text":
        requote_csv(release, table)


def requote_csv(release: Path, table: str) -> None:
    """The CSV written again from the Parquet rows with every field quoted."""
    pl.read_parquet(release / f"{table}.parquet").write_csv(release / f"{table}.csv", quote_style="always")
    refresh_hashes(release)


def damage_rows(release: Path, table: str, kind: str, row: int = 0) -> None:
    def change(df: pl.DataFrame) -> pl.DataFrame:
        if kind == "drop":
            return df.filter(pl.int_range(pl.len()) != row)
        if kind == "duplicate":
            return pl.concat([df, df.slice(row, 1)])
        order = list(range(df.height))
        other = (row + 1) % max(df.height, 1)
        order[row], order[other] = order[other], order[row]
        return df[order]
    rewrite_table(release, table, change)


def row_expectation(table: str, kind: str) -> str:
    """Duplicating a row duplicates its primary key; dropping a row that others point to
    breaks their foreign key (documents, actors, systems), while a record may go."""
    if kind == "duplicate":
        return BREAKS
    return MAY_PASS


def rename_column(release: Path, table: str, column: str) -> None:
    rewrite_table(release, table, lambda df: df.rename({column: column + "_renamed"}))


def truncate_file(release: Path, name: str, keep: float = 0.5) -> None:
    """Cut a file to a fraction of its bytes (datapackage.json is left as it was)."""
    path = release / name
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])


def crlf_csv(release: Path, table: str) -> None:
    path = release / f"{table}.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def edit_descriptor(release: Path, edit) -> None:
    """Apply `edit` (dict -> None) to datapackage.json."""
    path = release / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    edit(package)
    path.write_text(json.dumps(package, indent=2), encoding="utf-8")


def _resource(package: dict, name: str) -> dict:
    return next(r for r in package["resources"] if r["path"] == name)


def _first_integer_field(package: dict, name: str) -> dict:
    return next(f for f in _resource(package, name)["schema"]["fields"] if f["type"] == "integer")


DESCRIPTOR_EDITS = {
    "version changed": lambda p: p.update(version="9.9.9"),
    "version removed": lambda p: p.pop("version"),
    "licenses emptied": lambda p: p.update(licenses=[]),
    "licenses removed": lambda p: p.pop("licenses"),
    "name removed": lambda p: p.pop("name"),
    "resource removed": lambda p: p["resources"].pop(0),
    "resource added": lambda p: p["resources"].append({**p["resources"][0], "path": "extra.csv",
                                                       "name": "extra-csv"}),
    "field type integer to string": lambda p: _first_integer_field(p, "records.csv").update(type="string"),
    "field renamed": lambda p: _resource(p, "documents.parquet")["schema"]["fields"][0].update(name="id"),
    "field removed": lambda p: _resource(p, "actors.csv")["schema"]["fields"].pop(),
    "constraint dropped": lambda p: _resource(p, "systems.csv")["schema"]["fields"][0].pop("constraints"),
    "primary key changed": lambda p: _resource(p, "records.parquet")["schema"].update(primaryKey=["doc_id"]),
    "schema removed": lambda p: _resource(p, "records.csv").pop("schema"),
    "resources not a list": lambda p: p.update(resources={}),
    "resource listed twice": lambda p: p["resources"].append(dict(p["resources"][0])),
    "bytes as text": lambda p: _resource(p, "actors.csv").update(bytes="many"),
    "hash removed": lambda p: _resource(p, "systems.parquet").pop("hash"),
    "path changed": lambda p: _resource(p, "records.csv").update(path="../records.csv"),
}


# -- what validate must say about a damaged release ------------------------------------------
def validate(release: Path) -> tuple[int, str]:
    """`armsdata validate RELEASE`: (exit code, output), after checking that it ended
    without a traceback and with a known exit code."""
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    return result.exit_code, result.output


def assert_found(release, expectation: str, files: tuple[str, ...]) -> None:
    """Exit 1 or 2 naming one of `files` when the damage breaks a rule; when it may pass,
    exit 0 or a report that still names a file."""
    code, output = validate(release)
    if expectation == BREAKS:
        assert code in (1, 2), output
    if code == 1:
        assert any(f"[{name}" in output for name in files), output
    elif code == 2:
        assert output.startswith("Error: ") and any(name in output for name in files), output


# Cells that rules of other tables read by value, not by a foreign key: a record's year
# against its document's publication date, a deal's values against its evidence records.
READ_BY_OTHER_TABLES = {("documents", "published"): ("records", "deals"),
                        ("documents", "published_precision"): ("records",),
                        **{("records", c): ("deals",) for c in ("supplier", "recipient", "system", "status",
                                                                 "quantity", "event_year", "doc_id")}}


def targets(table: str, column: str) -> tuple[str, ...]:
    """The files a damaged cell of table.column can be reported in: its own, those of the
    tables whose foreign keys point to it, and those whose rules read it by value."""
    tables = [table] + [source for source, keys in FOREIGN_KEYS.items()
                        for _, other, key in keys if (other, key) == (table, column)]
    tables += READ_BY_OTHER_TABLES.get((table, column), ())
    return tuple(name for name in TABLE_FILES if name.rsplit(".", 1)[0] in tables)


CELLS = [(table, column, kind) for table in TABLES for column in columns(table)
         for kind in CELL_KINDS if applies(table, column, kind)]
