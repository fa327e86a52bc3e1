"""The figures of dataset/EVALUATION.md's two per-set tables, rewritten from the code.

Each row of the first table (documents, gold mentions, mention P / R, relation P / R / F1,
deal P / R / F1) and of the second (matched records and the accuracy of each field) that
names a set of tests/floors.SETS gets the figures `armsdata evaluate` gives that set now;
the other cells (labels, documents, gold mentions) and every other line stay as written.
A new set's rows are added by hand first (with any figures), then filled in here.

    python tests/evaluation_tables.py            # rewrite the tables in place
    python tests/evaluation_tables.py --check    # exit 1, naming the rows, when a figure differs

Run it at a release, after the last change to the extractor, and commit the file with it.
"""

from __future__ import annotations

import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import floors  # noqa: E402

EVALUATION = HERE.parent / "dataset" / "EVALUATION.md"
FIELDS = ("system", "category", "supplier", "recipient", "status", "transfer_type", "quantity", "event_year")
_SET_CELL = re.compile(r"`tests/(\w+)/`")
_LABEL = re.compile(r"\| (?:blind )?(seeds|development set \d+|held-out set \d+) \| \d+ \|")


def scores(name: str) -> tuple[str, dict]:
    """(name, the overall scores of `armsdata evaluate` on set `name` of floors.SETS)."""
    from armsdata.build.evaluate import evaluate, read_gold
    from armsdata.build.pipeline import build_tables

    gold, docs = floors.SETS[name]
    _, overall = evaluate(read_gold(gold), build_tables(docs)["records"])
    return name, overall.scores()


def label(name: str) -> str:
    """The second table's label of set `name` ("held-out set 12")."""
    return {"seeds": "seeds", "dev": "development set 1", "dev2": "development set 2",
            "holdout": "held-out set 1"}.get(name) or "held-out set " + name.removeprefix("holdout")


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def rewritten(text: str, results: dict[str, dict]) -> str:
    """`text` (the evaluation file) with the figures of every row that names a set of
    `results` (set name -> scores) as those scores give them."""
    labels = {label(name): name for name in results}
    out = []
    for line in text.split("\n"):
        cells = line.split(" | ")
        found = _SET_CELL.search(cells[0]) if line.startswith("| ") else None
        name = "seeds" if line.startswith("| seeds (`tests/gold/seeds.csv`") else found.group(1) if found else None
        if name in results and len(cells) == 6:
            s = results[name]
            cells[3] = f"{_figure(s['mention_precision'])} / {_figure(s['mention_recall'])}"
            cells[4] = (f"{_figure(s['relation_precision'])} / {_figure(s['relation_recall'])} / "
                        f"**{_figure(s['relation_f1'])}**")
            cells[5] = f"{_figure(s['deal_precision'])} / {_figure(s['deal_recall'])} / {_figure(s['deal_f1'])} |"
            line = " | ".join(cells)
        elif (named := _LABEL.match(line)) and len(cells) == 10 and named.group(1) in labels:
            s = results[labels[named.group(1)]]
            cells[1] = str(s["matched_records"])
            cells[2:10] = [_figure(s[f"{field}_accuracy"]) for field in FIELDS]
            cells[9] += " |"
            line = " | ".join(cells)
        out.append(line)
    return "\n".join(out)


def main(argv: list[str]) -> int:
    with ProcessPoolExecutor(2) as pool:
        results = dict(pool.map(scores, list(floors.SETS)))
    text = EVALUATION.read_text(encoding="utf-8")
    new = rewritten(text, results)
    if "--check" in argv:
        changed = [b for a, b in zip(text.split("\n"), new.split("\n")) if a != b]
        for line in changed:
            print(f"out of date: {line[:100]}")
        return 1 if changed else 0
    EVALUATION.write_text(new, encoding="utf-8")
    print(f"{EVALUATION}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
