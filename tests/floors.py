"""Score floors: the figures each evaluation set of the repository must keep.

tests/floors.csv has one row per (set, metric): `measured` is the figure the code gave
when the row was written, `floor` the lowest figure the tests accept (measured minus
TOLERANCE, or the measured figure itself where a drop is a bug, as for the seeds' mention
recall), `note` why. tests/test_evaluate.py fails when a figure falls below its floor.

When a change moves the figures on purpose, write the new ones in the same commit:

    python tests/floors.py            # the current figures against the floors
    python tests/floors.py --write    # measured := current; each floor keeps its distance

A row keeps its note and its distance below `measured`; a new row gets TOLERANCE.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FLOORS = HERE / "floors.csv"
TOLERANCE = 0.02
COLUMNS = ("set", "metric", "floor", "measured", "note")
# set name -> (gold CSV, folder of its documents)
SETS = {
    "seeds": (HERE / "gold" / "seeds.csv", ROOT / "seeds"),
    "dev": (HERE / "dev" / "gold.csv", HERE / "dev" / "docs"),
    "holdout": (HERE / "holdout" / "gold.csv", HERE / "holdout" / "docs"),
    "dev2": (HERE / "dev2" / "gold.csv", HERE / "dev2" / "docs"),
    "holdout2": (HERE / "holdout2" / "gold.csv", HERE / "holdout2" / "docs"),
    "holdout3": (HERE / "holdout3" / "gold.csv", HERE / "holdout3" / "docs"),
    "holdout4": (HERE / "holdout4" / "gold.csv", HERE / "holdout4" / "docs"),
    "holdout5": (HERE / "holdout5" / "gold.csv", HERE / "holdout5" / "docs"),
    "holdout6": (HERE / "holdout6" / "gold.csv", HERE / "holdout6" / "docs"),
    "holdout7": (HERE / "holdout7" / "gold.csv", HERE / "holdout7" / "docs"),
    "holdout8": (HERE / "holdout8" / "gold.csv", HERE / "holdout8" / "docs"),
    "holdout9": (HERE / "holdout9" / "gold.csv", HERE / "holdout9" / "docs"),
    "holdout10": (HERE / "holdout10" / "gold.csv", HERE / "holdout10" / "docs"),
    "holdout11": (HERE / "holdout11" / "gold.csv", HERE / "holdout11" / "docs"),
    "holdout12": (HERE / "holdout12" / "gold.csv", HERE / "holdout12" / "docs"),
    "holdout13": (HERE / "holdout13" / "gold.csv", HERE / "holdout13" / "docs"),
    "holdout14": (HERE / "holdout14" / "gold.csv", HERE / "holdout14" / "docs"),
    "holdout15": (HERE / "holdout15" / "gold.csv", HERE / "holdout15" / "docs"),
    "holdout16": (HERE / "holdout16" / "gold.csv", HERE / "holdout16" / "docs"),
    "holdout17": (HERE / "holdout17" / "gold.csv", HERE / "holdout17" / "docs"),  # (scored blind at 0.17.0)
    "holdout18": (HERE / "holdout18" / "gold.csv", HERE / "holdout18" / "docs"),  # (scored blind at 0.18.0)
    "holdout19": (HERE / "holdout19" / "gold.csv", HERE / "holdout19" / "docs"),  # (scored blind at 0.19.0)
    "holdout20": (HERE / "holdout20" / "gold.csv", HERE / "holdout20" / "docs"),  # (scored blind at 0.20.0)
    "holdout21": (HERE / "holdout21" / "gold.csv", HERE / "holdout21" / "docs"),  # (scored blind at 0.21.0)
    "holdout22": (HERE / "holdout22" / "gold.csv", HERE / "holdout22" / "docs"),  # (scored blind at 0.22.0)
    "holdout23": (HERE / "holdout23" / "gold.csv", HERE / "holdout23" / "docs"),  # (scored blind at 0.23.0)
    "holdout24": (HERE / "holdout24" / "gold.csv", HERE / "holdout24" / "docs"),  # (scored blind at 0.24.0)
    "holdout25": (HERE / "holdout25" / "gold.csv", HERE / "holdout25" / "docs"),  # (scored blind at 0.25.0)
    "holdout26": (HERE / "holdout26" / "gold.csv", HERE / "holdout26" / "docs"),  # (scored blind at 0.26.0)
    "holdout27": (HERE / "holdout27" / "gold.csv", HERE / "holdout27" / "docs"),  # (scored blind at 0.27.0)
    "holdout28": (HERE / "holdout28" / "gold.csv", HERE / "holdout28" / "docs"),  # (scored blind at 0.28.0)
    "holdout29": (HERE / "holdout29" / "gold.csv", HERE / "holdout29" / "docs"),  # (scored blind at 0.29.0)
    "holdout30": (HERE / "holdout30" / "gold.csv", HERE / "holdout30" / "docs"),  # (scored blind at 0.30.0)
    "holdout31": (HERE / "holdout31" / "gold.csv", HERE / "holdout31" / "docs"),  # (scored blind at 0.31.0)
    "holdout32": (HERE / "holdout32" / "gold.csv", HERE / "holdout32" / "docs"),  # (scored blind at 0.32.0)
    "holdout33": (HERE / "holdout33" / "gold.csv", HERE / "holdout33" / "docs"),  # (scored blind at 0.33.0)
    "holdout34": (HERE / "holdout34" / "gold.csv", HERE / "holdout34" / "docs"),  # (scored blind at 0.34.0)
    "holdout35": (HERE / "holdout35" / "gold.csv", HERE / "holdout35" / "docs"),  # (scored blind at 0.35.0)
    "holdout36": (HERE / "holdout36" / "gold.csv", HERE / "holdout36" / "docs"),  # (scored blind at 0.36.0)
    "holdout37": (HERE / "holdout37" / "gold.csv", HERE / "holdout37" / "docs"),  # (scored blind at 0.37.0)
    "holdout38": (HERE / "holdout38" / "gold.csv", HERE / "holdout38" / "docs"),  # (scored blind at 0.38.0)
    "holdout39": (HERE / "holdout39" / "gold.csv", HERE / "holdout39" / "docs"),  # (scored blind at 0.39.0)
    "holdout40": (HERE / "holdout40" / "gold.csv", HERE / "holdout40" / "docs"),  # (scored blind at 0.40.0)
    "holdout41": (HERE / "holdout41" / "gold.csv", HERE / "holdout41" / "docs"),  # (scored blind at 0.41.0)
    "holdout42": (HERE / "holdout42" / "gold.csv", HERE / "holdout42" / "docs"),  # (scored blind at 0.42.0)
    "holdout43": (HERE / "holdout43" / "gold.csv", HERE / "holdout43" / "docs"),  # (scored blind at 0.43.0)
    "holdout44": (HERE / "holdout44" / "gold.csv", HERE / "holdout44" / "docs"),  # (scored blind at 0.43.0)
    "holdout45": (HERE / "holdout45" / "gold.csv", HERE / "holdout45" / "docs"),  # (scored blind at 0.44.0)
    "holdout46": (HERE / "holdout46" / "gold.csv", HERE / "holdout46" / "docs"),  # (scored blind at 0.44.0)
    "holdout47": (HERE / "holdout47" / "gold.csv", HERE / "holdout47" / "docs"),  # (scored blind at 0.45.0)
    "holdout48": (HERE / "holdout48" / "gold.csv", HERE / "holdout48" / "docs"),  # (scored blind at 0.46.0)
    "holdout49": (HERE / "holdout49" / "gold.csv", HERE / "holdout49" / "docs"),  # (scored blind at 0.47.0)
    "holdout50": (HERE / "holdout50" / "gold.csv", HERE / "holdout50" / "docs"),  # (scored blind at 0.48.0)
    "holdout51": (HERE / "holdout51" / "gold.csv", HERE / "holdout51" / "docs"),  # (scored blind at 0.49.0)
    "holdout52": (HERE / "holdout52" / "gold.csv", HERE / "holdout52" / "docs"),  # (scored blind at 0.50.0)
    "holdout53": (HERE / "holdout53" / "gold.csv", HERE / "holdout53" / "docs"),  # (scored blind at 0.51.0)
    "holdout54": (HERE / "holdout54" / "gold.csv", HERE / "holdout54" / "docs"),  # (scored blind at 0.52.0)
    "holdout55": (HERE / "holdout55" / "gold.csv", HERE / "holdout55" / "docs"),  # (scored blind at 0.53.0)
    "holdout56": (HERE / "holdout56" / "gold.csv", HERE / "holdout56" / "docs"),  # (scored blind at 0.54.0)
    "holdout57": (HERE / "holdout57" / "gold.csv", HERE / "holdout57" / "docs"),  # (scored blind at 0.55.0)
    "holdout58": (HERE / "holdout58" / "gold.csv", HERE / "holdout58" / "docs"),  # (scored blind at 0.56.0)
    "holdout59": (HERE / "holdout59" / "gold.csv", HERE / "holdout59" / "docs"),  # (scored blind at 0.57.0)
    "holdout60": (HERE / "holdout60" / "gold.csv", HERE / "holdout60" / "docs"),  # (scored blind at 0.58.0)
    "holdout61": (HERE / "holdout61" / "gold.csv", HERE / "holdout61" / "docs"),  # (scored blind at 0.59.0)
}


def metrics(scores: dict) -> list[str]:
    """The figures that get a floor: every precision, recall, F1 and accuracy."""
    return [key for key in scores if key.endswith(("_precision", "_recall", "_f1", "_accuracy"))]


def measure(name: str) -> dict:
    """The overall figures of set `name` (armsdata.build.evaluate's Counts.scores())."""
    from armsdata.build.evaluate import evaluate, read_gold
    from armsdata.build.pipeline import build_tables

    gold, docs = SETS[name]
    _, overall = evaluate(read_gold(gold), build_tables(docs)["records"])
    return overall.scores()


def read_floors(path: Path = FLOORS) -> list[dict]:
    """The rows of a floors file, with `floor` and `measured` as floats."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [{**row, "floor": float(row["floor"]), "measured": float(row["measured"])} for row in rows]


def below_floors(name: str, scores: dict, rows: list[dict]) -> list[str]:
    """One line per figure of set `name` under its floor (or missing); empty when all hold."""
    problems = []
    for row in rows:
        if row["set"] != name:
            continue
        value = scores.get(row["metric"])
        if value is None or value < row["floor"] - 1e-9:
            problems.append(f"{name} {row['metric']}: {value} is below its floor {row['floor']} "
                            f"(measured {row['measured']}; {row['note'] or 'no note'})")
    return problems


def new_floors(measured: dict[str, dict], old: list[dict]) -> list[dict]:
    """Rows for the figures in `measured` (set name -> scores), in set and metric order:
    an existing row keeps its note and its distance below `measured` (at most TOLERANCE
    when new), floors never go under 0."""
    previous = {(row["set"], row["metric"]): row for row in old}
    rows = []
    for name, scores in measured.items():
        for metric in metrics(scores):
            if scores[metric] is None:
                continue
            before = previous.get((name, metric))
            gap = round(before["measured"] - before["floor"], 4) if before else TOLERANCE
            rows.append({"set": name, "metric": metric, "floor": round(max(0.0, scores[metric] - gap), 4),
                         "measured": scores[metric], "note": before["note"] if before else ""})
    return rows


def write_floors(rows: list[dict], path: Path = FLOORS) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    measured = {name: measure(name) for name in SETS}
    old = read_floors() if FLOORS.exists() else []
    if "--write" in argv:
        write_floors(new_floors(measured, old))
        print(f"{FLOORS}: written")
        return 0
    problems = []
    for name, scores in measured.items():
        problems += below_floors(name, scores, old)
        for metric in metrics(scores):
            print(f"{name:8} {metric:24} {scores[metric]}")
    print("\n".join(problems) or "every figure is at or above its floor")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
