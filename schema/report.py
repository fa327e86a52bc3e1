"""What a check finds: problems, collected in a report rather than raised.

A report holds every problem found (the first `max_errors` in full, all of them
counted). Only input that cannot be read at all stops a check, as `Unreadable`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, replace

import polars as pl

from armsdata.build.errors import UsageError


class Unreadable(UsageError):
    """Input that cannot be read at all (exit code 2)."""


@dataclass(frozen=True)
class Problem:
    """One problem. `row` is the 0-based position of the row in its table (in the Parquet
    file, or in the CSV file counting the first row after the header as 0); `line` is the
    1-based line of a CSV file where the row starts (the header is line 1); `file` is the
    name of the file where the problem is, within the checked folder."""
    type: str  # file, integrity, column, dtype, value, rule, parity, descriptor
    table: str | None
    column: str | None
    row: int | None
    value: str | None
    message: str
    rule: str
    file: str | None = None
    line: int | None = None


class Report:
    """Problems found, the first `max_errors` in full and all counted. `file` names the
    file that the problems added without one are in."""

    def __init__(self, max_errors: int = 1000, file: str | None = None):
        self.max_errors = max_errors
        self.file = file
        self.problems: list[Problem] = []
        self.counts: Counter[tuple[str | None, str]] = Counter()
        self.checked: dict[str, int] = {}  # table -> rows checked
        # table -> (column, row) of every value that did not parse, shown or not: the
        # model's checks must not count them again as missing values
        self.unparsed: dict[str, set[tuple[str | None, int]]] = {}

    @property
    def total(self) -> int:
        """The number of problems found, shown or not."""
        return sum(self.counts.values())

    @property
    def valid(self) -> bool:
        """True when no problem was found."""
        return self.total == 0

    def add(self, problem: Problem) -> None:
        """Count `problem`, and keep it while fewer than max_errors are kept (with this
        report's file when the problem names none)."""
        self.counts[(problem.table, problem.rule)] += 1
        if len(self.problems) < self.max_errors:
            self.problems.append(problem if problem.file or not self.file else replace(problem, file=self.file))

    def add_frame(self, table: str, rule: str, type_: str, failures: pl.DataFrame, offset: int = 0) -> None:
        """Failures as a frame with row, column, value, message (see rules.py); `offset` is
        the position of the checked chunk in its table."""
        if failures.height == 0:
            return
        self.counts[(table, rule)] += failures.height
        if rule == "types":
            self.unparsed.setdefault(table, set()).update(
                (column, row + offset) for row, column in failures.select("row", "column").iter_rows())
        room = self.max_errors - len(self.problems)
        for row in failures.head(max(room, 0)).iter_rows(named=True):
            position = None if row["row"] is None else row["row"] + offset
            self.problems.append(Problem(type_, table, row["column"], position, short(row["value"]),
                                         row["message"], rule, self.file))

    def set_lines(self, lines: pl.Series) -> None:
        """Give each problem with a row the CSV line where that row starts (`lines[row]`)."""
        self.problems = [p if p.row is None or not 0 <= p.row < lines.len() else replace(p, line=lines[p.row])
                         for p in self.problems]

    def merge(self, other: "Report") -> None:
        """Add `other`'s counts and rows checked, and its problems up to max_errors."""
        self.counts.update(other.counts)
        self.checked.update(other.checked)
        for table, cells in other.unparsed.items():
            self.unparsed.setdefault(table, set()).update(cells)
        self.problems.extend(other.problems[:max(self.max_errors - len(self.problems), 0)])

    def as_dict(self) -> dict:
        """The report for JSON: valid, total, shown, checked_rows, counts by (table, rule), errors."""
        return {
            "valid": self.valid,
            "total": self.total,
            "shown": len(self.problems),
            "checked_rows": self.checked,
            "counts": [{"table": t, "rule": r, "count": n} for (t, r), n in sorted(self.counts.items(), key=str)],
            "errors": [asdict(p) for p in self.problems],
        }


def csv_lines(text: pl.DataFrame) -> pl.Series:
    """The line of a CSV file where each row of `text` (the file read as text, one
    row per record) starts: the header is line 1 and a quoted value with line breaks
    spans several lines."""
    if text.height == 0:
        return pl.Series("line", [], pl.Int64)
    breaks = text.select(pl.sum_horizontal(pl.col(pl.String).str.count_matches("\n").fill_null(0))
                         .cast(pl.Int64).alias("line"))["line"]
    return (breaks + 1).cum_sum().shift(1, fill_value=0) + 2


def short(value, limit: int = 200):
    """A value as text for a report, cut to `limit` characters."""
    if value is None:
        return None
    value = str(value)
    return value if len(value) <= limit else value[:limit] + "…"
