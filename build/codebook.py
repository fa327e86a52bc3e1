"""The generated parts of dataset/CODEBOOK.md: the column tables, from the schemas, and the
table of generic classes, from build/reference/systems.csv.

Run `python -m armsdata.build.codebook` after changing a schema or the classes of the
systems table; a test fails while the codebook is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import polars as pl

from armsdata.schema import MODELS
from armsdata.schema.tableschema import FOREIGN_KEYS, PRIMARY_KEYS, TITLES, field_descriptor

START, END = "<!-- columns:start -->", "<!-- columns:end -->"
CLASSES_START, CLASSES_END = "<!-- classes:start -->", "<!-- classes:end -->"
CODEBOOK = Path(__file__).resolve().parent.parent / "dataset" / "CODEBOOK.md"


def _cell(text) -> str:
    """Text for a Markdown table cell: a | would end the cell."""
    return str(text).replace("|", "\\|")


def _allowed(field: dict) -> str:
    constraints = field.get("constraints", {})
    parts = []
    if "enum" in constraints:
        parts.append(", ".join(f"`{v}`" for v in constraints["enum"]))
    if "pattern" in constraints:
        parts.append(f"pattern `{constraints['pattern']}`")
    if "minimum" in constraints or "maximum" in constraints:
        parts.append(f"{constraints.get('minimum', '')}..{constraints.get('maximum', '')}")
    if constraints.get("unique"):
        parts.append("unique")
    return _cell("; ".join(parts))


def render_columns() -> str:
    """The Markdown column tables of every release table (schema.MODELS order): primary and
    foreign keys, then one row per column with its type, nullability, allowed values,
    description and example, all taken from the pandera models."""
    lines = []
    for table, model in MODELS.items():
        keys = ", ".join(f"`{f}` → `{t}.{k}`" for f, t, k in FOREIGN_KEYS.get(table, []))
        lines += [f"### `{table}`: {TITLES[table]}", "",
                  f"Primary key: `{', '.join(PRIMARY_KEYS[table])}`." + (f" Foreign keys: {keys}." if keys else ""),
                  "", "| column | type | empty allowed | allowed values | meaning | example |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for name, column in model.to_schema().columns.items():
            field = field_descriptor(name, column)
            kind = "Enum" if isinstance(column.dtype.type, pl.Enum) else str(column.dtype)
            lines.append(f"| `{name}` | {kind} | {'yes' if column.nullable else 'no'} | {_allowed(field)} | "
                         f"{_cell(field['description'])} | `{_cell(field.get('example', ''))}` |")
        lines.append("")
    return "\n".join(lines)


def render_classes() -> str:
    """The Markdown table of the generic classes (the `generic` rows of the systems table, in
    its order): the `system` value a class noun takes, its category, and what it covers."""
    from armsdata.build.reference import load_reference

    systems = load_reference().systems.filter(pl.col("generic"))
    lines = ["| `system` | `category` | covers |", "| --- | --- | --- |"]
    lines += [f"| `{_cell(row['system'])}` | `{row['category']}` | {_cell(row['description'])} |"
              for row in systems.iter_rows(named=True)]
    return "\n".join(lines) + "\n"


def updated(text: str) -> str:
    """`text` with what stands between the columns:start and columns:end markers replaced by
    render_columns(), and between classes:start and classes:end by render_classes(); text
    without the markers comes back unchanged."""
    for start, end, render in ((START, END, render_columns), (CLASSES_START, CLASSES_END, render_classes)):
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
        if pattern.search(text):
            text = pattern.sub(lambda _: f"{start}\n{render()}{end}", text)
    return text


def main() -> int:
    """Rewrite the column tables of dataset/CODEBOOK.md; returns 0. With --check, write nothing
    and return 1 when the file is not up to date."""
    text = CODEBOOK.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in sys.argv:
        return 0 if new == text else 1
    CODEBOOK.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
