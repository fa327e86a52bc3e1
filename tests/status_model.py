"""The status stage's model: the weights of build/reference/status_weights.csv, learned from
the gold of the development sets.

armsdata.build.status gives a record whose parties the rules read elsewhere in the document
the status its model scores highest (see that module). This script fits the model: for
every such record of the development sets (the rules' and attachment's output) whose span
overlaps a gold record of a status other than `none`, the label is the gold's status; one
L2-regularised logistic regression per status, that status against the others
(attachment_model.fit), over the features seen in at least MIN_COUNT records. It reads the
development sets of tests/attachment_model.py (DEVELOPMENT): held-out set 5 (the validation
set) is never read for training, nor is a blind set before its one scoring.

Leave-one-set-out: for the sets from 45 on (each blind until its one scoring) and the
validation set, a model fitted without the set is measured on it: how many of its reviewed
records take the gold's status with the model and with the rules alone.

    python tests/status_model.py            # leave-one-set-out figures; exit 1 when the table is out of date
    python tests/status_model.py --write    # fit on all development sets, write the table
    python tests/status_model.py --check    # only whether the table is up to date (no figures)
"""

from __future__ import annotations

import collections
import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from attachment_model import DEVELOPMENT, ROUNDING, VALIDATION, fit, gold_documents  # noqa: E402

WEIGHTS = HERE.parent / "build" / "reference" / "status_weights.csv"
MIN_COUNT = 8  # a feature seen in fewer training records gets no weight
ITERATIONS = 12  # Newton steps (converged: 8 steps agree with 40 to 1e-7)
MEASURED_FROM = 45  # the leave-one-set-out figures are of sets 45 on and the validation set

NOTES = {
    "bias": "every reviewed record",
    "no_cue": "no words of the text set the rules' status",
    "headline": "the mention is in the headline",
    "evidence_elsewhere": "the parties' evidence is another sentence than the mention's",
    "quantity": "a number before the mention",
    "year:before": "the event year is before the publication year",
    "year:same": "the event year is the publication year",
    "year:after": "the event year is after the publication year",
}
PREFIX_NOTES = {
    "rules=": "the rules' status",
    "sentence:": "the mention's sentence has words of the family",
    "cue:": "the words that set the rules' status are of the family",
    "cue=": "the words that set the rules' status",
    "supplier_basis=": "the supplier's basis",
    "recipient_basis=": "the recipient's basis",
    "transfer_type=": "the rules' transfer type",
}


def note(feature: str) -> str:
    if "&" in feature:
        return " and ".join(note(part) for part in feature.split("&"))
    for prefix, text in PREFIX_NOTES.items():
        if feature.startswith(prefix):
            return f"{text}: {feature[len(prefix):]}"
    return NOTES.get(feature, "")


def examples(set_name: str) -> list[tuple[str, str, list[str]]]:
    """(rules' status, gold status, feature names) of each reviewed record of a gold set
    whose span overlaps a gold record of a status other than none (its first in the file)."""
    from armsdata.build import extract, status

    seen = []

    def capture(records, text, year):
        seen.extend((dict(r), status.features(r, text, year)) for r in records if status.reviewed(r, text))
        return records

    rows = []
    original = status.settle
    status.settle = capture
    try:
        for _, text, day, rows_of_doc in gold_documents(set_name):
            seen.clear()
            extract.extract_text(text, day)
            spans = [(int(r["span_start"]), int(r["span_end"]), r["status"]) for r in rows_of_doc]
            for record, names in seen:
                overlapping = [s for start, end, s in spans
                               if start < record["span_end"] and record["span_start"] < end]
                if overlapping and overlapping[0] in status.STATUSES:
                    rows.append((record["status"], overlapping[0], names))
    finally:
        status.settle = original
    return rows


def fit_table(rows) -> dict[str, dict[str, float]]:
    """{status: {feature: weight}}: one logistic model per status over the features seen in
    at least MIN_COUNT rows (no threshold shift: the highest score wins)."""
    from armsdata.build.status import STATUSES

    counts = collections.Counter(name for _, _, names in rows for name in set(names))
    kept = [[name for name in names if counts[name] >= MIN_COUNT] for _, _, names in rows]
    return {s: fit([(None, None, None, int(gold == s), names) for (_, gold, _), names in zip(rows, kept)], 0.5, ITERATIONS)
            for s in STATUSES}


def right(rows, table) -> tuple[int, int, int]:
    """(with the model, with the rules alone, changed): how many rows take the gold's status,
    and how many the model changes."""
    from armsdata.build.status import chosen, scores

    model = changed = 0
    for rules, gold, names in rows:
        status = chosen(scores(names, table), rules)
        model += status == gold
        changed += status != rules
    return model, sum(rules == gold for rules, gold, _ in rows), changed


def render(table: dict[str, dict[str, float]]) -> str:
    """The weights table as CSV: per status, the bias first, then by weight (weights that
    round to zero left out)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["status", "feature", "weight", "note"])
    for status, weights in table.items():
        values = {name: round(weight, ROUNDING) + 0.0 for name, weight in weights.items()}
        for name in sorted(values, key=lambda n: (n != "bias", -abs(values[n]), n)):
            if values[name] != 0.0 or name == "bias":
                writer.writerow([status, name, f"{values[name]:.{ROUNDING}f}", note(name)])
    return out.getvalue()


def main(argv: list[str]) -> int:
    data = {name: examples(name) for name in DEVELOPMENT + (() if "--check" in argv else VALIDATION)}
    measured = [name for name in DEVELOPMENT if name[7:].isdigit() and int(name[7:]) >= MEASURED_FROM
                and "--check" not in argv]
    totals = collections.Counter()
    for held in measured + [name for name in VALIDATION if name in data]:
        table = fit_table([row for name in DEVELOPMENT if name != held for row in data[name]])
        model, rules, changed = right(data[held], table)
        group = "validation" if held in VALIDATION else f"sets {MEASURED_FROM}-{measured[-1][7:]}"
        totals[group, "rows"] += len(data[held])
        totals[group, "model"] += model
        totals[group, "rules"] += rules
        totals[group, "changed"] += changed
        print(f"{held:10s} reviewed {len(data[held]):4d}: the gold's status, rules {rules:4d}, "
              f"model {model:4d} ({model - rules:+d}, {changed} changed; fitted without it)")
    for group in sorted({g for g, _ in totals}):
        print(f"{group}: {totals[group, 'rows']} reviewed, the gold's status: rules {totals[group, 'rules']}, "
              f"model {totals[group, 'model']} ({totals[group, 'model'] - totals[group, 'rules']:+d}, "
              f"{totals[group, 'changed']} changed)")
    text = render(fit_table([row for name in DEVELOPMENT for row in data[name]]))
    if "--write" in argv:
        WEIGHTS.write_text(text, encoding="utf-8")
        print(f"{WEIGHTS}: written")
        return 0
    if (WEIGHTS.read_text(encoding="utf-8") if WEIGHTS.exists() else "") != text:
        print(f"{WEIGHTS}: out of date (python tests/status_model.py --write)")
        return 1
    print(f"{WEIGHTS}: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
