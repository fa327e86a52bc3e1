"""Gold deals: the deals of each document of the gold sets, written from the record gold.

tests/gold_deals/SET.csv lists, per document, the deals the record gold gives by the
definition `armsdata evaluate` scores with (armsdata.build.evaluate.deals, the grouping
of the release's deals table): one row per (doc_id, supplier, recipient, system), in
that order, empty cells for a missing party. The files are derived, never edited by
hand: change the record gold, then

    python tests/gold_deals.py            # exit 1 when a file is out of date
    python tests/gold_deals.py --write    # write them again
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "gold_deals"
# set name -> the record gold it is derived from
SETS = {"seeds": HERE / "gold" / "seeds.csv", "dev": HERE / "dev" / "gold.csv", "dev2": HERE / "dev2" / "gold.csv",
        "holdout": HERE / "holdout" / "gold.csv"}
COLUMNS = ("doc_id", "supplier", "recipient", "system")


def gold_deals(gold_csv: Path) -> pl.DataFrame:
    """The deals of every document of a record gold (COLUMNS, sorted, nulls first)."""
    from armsdata.build.evaluate import deals, read_gold

    gold = read_gold(gold_csv)
    rows = [(doc_id, *deal) for (doc_id,), records in gold.group_by("doc_id") for deal in deals(records)]
    frame = pl.DataFrame(rows, schema=dict.fromkeys(COLUMNS, pl.String), orient="row")
    return frame.sort(COLUMNS, nulls_last=False)


def render(frame: pl.DataFrame) -> str:
    return frame.write_csv(line_terminator="\n", null_value="")


def main(argv: list[str]) -> int:
    stale = []
    for name, gold in SETS.items():
        path, text = FOLDER / f"{name}.csv", render(gold_deals(gold))
        if "--write" in argv:
            FOLDER.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(str(path))
    print("\n".join(f"{p}: out of date (python tests/gold_deals.py --write)" for p in stale) or "up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
