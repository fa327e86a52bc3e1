"""A table's columns and types, against its model: missing, extra, renamed and misordered
columns, and values that are not of the declared type, are reported; the values are
then cast so that the model's checks can run on them."""

from __future__ import annotations

import difflib

import polars as pl

from . import MODELS
from .report import Problem, Report
from .vocab import grew


def expected_schema(table: str) -> dict[str, pl.DataType]:
    """column -> polars dtype of `table`, in the column order of its pandera model.
    Raises KeyError for a table that is not in MODELS."""
    return {name: column.dtype.type for name, column in MODELS[table].to_schema().columns.items()}


def conform(frame: pl.DataFrame, table: str, report: Report, from_text: bool = False) -> pl.DataFrame | None:
    """The frame with the schema's columns and types, or None when columns are missing.
    Missing, extra and renamed columns and values of the wrong type are reported."""
    if not check_columns(frame.columns, table, report):
        return None
    return typed(frame, table, report, from_text)


def typed(frame: pl.DataFrame, table: str, report: Report, from_text: bool = False, offset: int = 0) -> pl.DataFrame:
    """`frame` with exactly the columns of `table`, in model order, each cast to its dtype.
    A Parquet column of another dtype, or a value that does not parse, is a Problem added
    to `report` (rows numbered from `offset`); `from_text` when the values came from CSV. A
    missing column raises a polars ColumnNotFoundError."""
    return frame.select([_cast(frame[name], dtype, table, report, from_text, offset)
                         for name, dtype in expected_schema(table).items()])


def check_columns(columns: list[str], table: str, report: Report) -> bool:
    """Report missing, extra, renamed and misordered columns; False when one is missing."""
    expected = expected_schema(table)
    missing = [c for c in expected if c not in columns]
    extra = [c for c in columns if c not in expected]
    other = not any(c in expected for c in columns)  # another table's file: no guesses of renamed columns
    if other:
        like = [name for name in MODELS if name != table and set(expected_schema(name)) == set(columns)]
        report.add(Problem("column", table, None, None, None,
                           f"no column of the {table} table"
                           + (f": these are the columns of the {like[0]} table" if like else ""), "columns"))
    for position, name in enumerate(columns):
        if name in extra:
            renamed = None if other else \
                _renamed_from(name, list(expected)[position] if position < len(expected) else None, missing)
            hint = f" (renamed from {renamed}?)" if renamed else ""
            report.add(Problem("column", table, name, None, None, f"unexpected column {name}{hint}", "columns"))
    for name in missing:
        report.add(Problem("column", table, name, None, None, f"missing column {name}", "columns"))
    if missing:
        return False
    if [c for c in columns if c in expected] != list(expected):
        report.add(Problem("column", table, None, None, None,
                           f"columns out of order: expected {', '.join(expected)}", "columns"))
    return True


def _renamed_from(name: str, in_its_place: str | None, missing: list[str]) -> str | None:
    """The missing column an unexpected one may be a new name of: the missing column most
    like it (difflib ratio at least 0.6: "recipent" for recipient), else the missing column
    in its place when somewhat like it (0.4: "span_begin" for span_start); None when no
    missing column is alike (a file of another table: "span_text" is not "cow_code")."""
    alike = difflib.get_close_matches(name, missing, n=1, cutoff=0.6)
    if alike:
        return alike[0]
    if in_its_place in missing and difflib.SequenceMatcher(None, name, in_its_place).ratio() >= 0.4:
        return in_its_place
    return None


def _cast(series: pl.Series, dtype: pl.DataType, table: str, report: Report, from_text: bool,
          offset: int = 0) -> pl.Series:
    """The column in its schema type. CSV columns arrive as text and are parsed; a Parquet
    column of another type is a dtype problem (and is still parsed, to check its values)."""
    if series.dtype == dtype:
        return series
    if earlier_vocabulary(series.dtype, dtype):
        return series.cast(pl.String).cast(dtype)  # a release written before the vocabulary grew
    if not from_text and offset == 0:
        report.add(Problem("dtype", table, series.name, None, str(series.dtype),
                           f"column {series.name} has type {series.dtype}, expected {dtype}", "dtypes"))
    text = series.cast(pl.String) if series.dtype != pl.String else series
    if dtype == pl.Boolean:
        cast = text.replace_strict({"true": True, "false": False}, default=None, return_dtype=pl.Boolean)
    elif dtype == pl.Date:
        cast = text.str.to_date("%Y-%m-%d", strict=False)
    else:
        cast = text.cast(dtype, strict=False)
    bad = (cast.is_null() & text.is_not_null()).arg_true()
    if len(bad):
        failures = pl.DataFrame({"row": bad.cast(pl.Int64), "column": series.name,
                                 "value": text.gather(bad)}).with_columns(
            message=pl.format(f"{series.name}: {{}} is not {_expected(dtype)}", pl.col("value")))
        report.add_frame(table, "types", "value", failures.select("row", "column", "value", "message"), offset)
    return cast


def earlier_vocabulary(found: pl.DataType, dtype: pl.DataType) -> bool:
    """`found` is a vocabulary (Enum) whose words open `dtype`'s, in order: the column of a
    release written before words were added at the end (supplier_basis before `model`,
    0.10.0). All its values are words of `dtype`: a MINOR change, no problem."""
    return isinstance(found, pl.Enum) and isinstance(dtype, pl.Enum) and \
        grew(found.categories.to_list(), dtype.categories.to_list())


def _expected(dtype: pl.DataType) -> str:
    """What a value of `dtype` must be, for messages: "one of delivered, ordered, ..." for
    a vocabulary (Enum), "a valid Int64" otherwise."""
    if isinstance(dtype, pl.Enum):
        return "one of " + ", ".join(dtype.categories.to_list())
    return f"a valid {dtype}"
