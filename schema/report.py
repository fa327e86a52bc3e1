"""What a check finds: problems, collected in a report rather than raised.

A report holds every problem found (the first `max_errors` in full, all of them
counted). Only input that cannot be read at all stops a check, as `Unreadable`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

import polars as pl

from armsdata.build.errors import ArmsdataError


class Unreadable(ArmsdataError):
    """Input that cannot be read at all (exit code 2)."""


@dataclass(frozen=True)
class Problem:
    type: str  # file, integrity, column, dtype, value, rule, parity
    table: str | None
    column: str | None
    row: int | None
    value: str | None
    message: str
    rule: str


class Report:
    def __init__(self, max_errors: int = 1000):
        self.max_errors = max_errors
        self.problems: list[Problem] = []
        self.counts: Counter[tuple[str | None, str]] = Counter()
        self.checked: dict[str, int] = {}  # table -> rows checked

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def valid(self) -> bool:
        return self.total == 0

    def add(self, problem: Problem) -> None:
        self.counts[(problem.table, problem.rule)] += 1
        if len(self.problems) < self.max_errors:
            self.problems.append(problem)

    def add_frame(self, table: str, rule: str, type_: str, failures: pl.DataFrame, offset: int = 0) -> None:
        """Failures as a frame with row, column, value, message (see rules.py); `offset` is
        the position of the checked chunk in its table."""
        if failures.height == 0:
            return
        self.counts[(table, rule)] += failures.height
        room = self.max_errors - len(self.problems)
        for row in failures.head(max(room, 0)).iter_rows(named=True):
            position = None if row["row"] is None else row["row"] + offset
            self.problems.append(Problem(type_, table, row["column"], position, short(row["value"]),
                                         row["message"], rule))

    def merge(self, other: "Report") -> None:
        self.counts.update(other.counts)
        self.checked.update(other.checked)
        self.problems.extend(other.problems[:max(self.max_errors - len(self.problems), 0)])

    def as_dict(self) -> dict:
        return {
            "valid": self.valid,
            "total": self.total,
            "shown": len(self.problems),
            "checked_rows": self.checked,
            "counts": [{"table": t, "rule": r, "count": n} for (t, r), n in sorted(self.counts.items(), key=str)],
            "errors": [asdict(p) for p in self.problems],
        }


def short(value, limit: int = 200):
    """A value as text for a report, cut to `limit` characters."""
    if value is None:
        return None
    value = str(value)
    return value if len(value) <= limit else value[:limit] + "…"
