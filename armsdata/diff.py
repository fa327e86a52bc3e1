"""What changed in the records between two releases, by record_id, field by field."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class RecordsDiff:
    """What changed between two records tables: record_ids `added` and `removed` (sorted), and
    `changed`, one {"record_id", "field", "old", "new"} dict per differing field, values as
    strings (None for null), sorted by record_id then field; `numeric`, the fields whose
    values are numbers (for a report that shows them unquoted); `columns_added` and
    `columns_removed`, the columns only the new or only the old table has, in table order
    (a release that adds a field: 0.1.0 -> 0.3.0 adds report_year)."""

    added: list[str]
    removed: list[str]
    changed: list[dict]  # {"record_id", "field", "old", "new"}
    numeric: frozenset[str] = frozenset()
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()

    def summary(self) -> dict[str, int]:
        """Counts: records added and removed, records changed, fields changed."""
        return {"added": len(self.added), "removed": len(self.removed),
                "changed_records": len({c["record_id"] for c in self.changed}), "changed_fields": len(self.changed)}

    def as_dict(self) -> dict:
        """The summary and the full lists, ready for JSON."""
        return {"summary": self.summary(), "columns_added": list(self.columns_added),
                "columns_removed": list(self.columns_removed), "added": self.added, "removed": self.removed,
                "changed": self.changed}


def diff_records(old: pl.DataFrame, new: pl.DataFrame) -> RecordsDiff:
    """Compare two records tables by `record_id` (polars frames with that column). Fields are
    the columns of `new` also in `old`, compared as strings; null against null is no change;
    a column of one table only is reported as added or removed, not field by field."""
    old_ids, new_ids = set(old["record_id"]), set(new["record_id"])
    fields = [c for c in new.columns if c in old.columns and c != "record_id"]
    both = old.select("record_id", *fields).join(new.select("record_id", *fields), on="record_id", suffix="__new")
    changed = []
    for name in fields:
        a, b = pl.col(name).cast(pl.String), pl.col(f"{name}__new").cast(pl.String)
        differs = both.filter(a.ne_missing(b))  # null against null is no change
        for record_id, old_value, new_value in differs.select("record_id", a, b).iter_rows():
            changed.append({"record_id": record_id, "field": name, "old": old_value, "new": new_value})
    changed.sort(key=lambda c: (c["record_id"], c["field"]))
    numeric = frozenset(name for name in fields if new.schema[name].is_numeric())
    return RecordsDiff(sorted(new_ids - old_ids), sorted(old_ids - new_ids), changed, numeric,
                       tuple(c for c in new.columns if c not in old.columns),
                       tuple(c for c in old.columns if c not in new.columns))
