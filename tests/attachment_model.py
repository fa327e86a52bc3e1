"""The attachment stage's two models: the weights of build/reference/attachment_weights.csv
and check_weights.csv, learned from the gold of the development sets.

armsdata.build.attachment attaches a mention the rules leave with no party to a reported
event when a logistic model of yes/no features says it belongs there (the attachment
model), and drops the parties the rules inherited from an event elsewhere when a second
model says they do not belong there (the check model). This script fits both:
- attachment: for every mention of the development sets the rules leave open and every
  event of its document (attachment.candidates), the label is whether the
  gold gives the mention that event's parties;
- check: for every relation whose parties the rules inherited from an event elsewhere
  (attachment.reviewed), the label is whether the gold gives the mention those parties.
Each fit is L2-regularised logistic regression (Newton's method, numpy), and the bias is
shifted so that a score above zero is a probability above the model's threshold
(ATTACH_THRESHOLD, CHECK_THRESHOLD). Held-out set 5 (the validation set) is never read
for training, nor is a blind set before its one scoring (set 62 will be the next); sets 8 to
59, each blind until its one scoring (0.8.0, 0.9.0, 0.11.0, 0.12.0 and after it, 0.13.0 ...
0.42.0; sets 43 and 44 both at 0.43.0, sets 45 and 46 at 0.44.0, set 47 at 0.45.0, set 48 at 0.46.0,
set 49 at 0.47.0, set 50 at 0.48.0, set 51 at 0.49.0, set 52 at 0.50.0, set 53 at 0.51.0, set 54 at 0.52.0, set 55 at 0.53.0, set 56 at 0.54.0, set 57 at 0.55.0, set 58 at 0.56.0, set 59 at 0.57.0, set 60 at 0.58.0, set 61 at 0.59.0), are development sets since. When a set joined them
after its scoring, the models fitted without it gave it this much relation F1 over the rules
alone (this script's overlap count; the validation set beside it), and the refit with it
moved the sets before it as shown (matched and predicted relations; relation F1 by
`armsdata evaluate`):

    set    joined after  without it      validation  refit moved (matched, predicted; F1)
    61     0.59.0        +0.020          +0.026      sets 1-60 -4, +8 (0.5771 -> 0.5769)
    60     0.58.0        +0.025          +0.027      sets 1-59 +9, +17 (0.5759 -> 0.5761)
    59     0.57.0        +0.022          +0.027      sets 1-58 -5, -9 (0.5787 -> 0.5786)
    58     0.56.0        +0.024          +0.027      sets 1-57 +6, +29 (0.5796 -> 0.5795)
    57     0.55.0        +0.031          +0.025      sets 1-56 -12, +16 (0.5809 -> 0.5804)
    56     0.54.0        +0.053          +0.029      sets 1-55 +6, -7 (0.5804 -> 0.5807)
    55     0.53.0        +0.015          +0.038      sets 1-54 -2, +4 (0.5778 -> 0.5777)
    54     0.52.0        +0.042          +0.038      sets 1-53 -5, -16 (0.5769 -> 0.5769)
    53     0.51.0        +0.036          +0.038      sets 1-52 +15, +49 (0.5727 -> 0.5727)
    52     0.50.0        +0.045          +0.035      sets 1-51 -4, +1 (0.5715 -> 0.5714)
    51     0.49.0        +0.027          +0.034      sets 1-50 +2, +28 (0.5701 -> 0.5699)
    50     0.48.0        +0.025          +0.033      sets 1-50 +12, +12 (0.5693 -> 0.5696)
    49     0.47.0        +0.015          +0.033      sets 1-49 +10, +47 (0.5692 -> 0.5690)
    48     0.46.0        +0.024          +0.033      sets 1-48 +0, +4 (0.5703 -> 0.5703)
    47     0.45.0        +0.023          +0.032      sets 1-47 -12, -37 (0.5715 -> 0.5715)
    45-46  0.44.0        +0.021, +0.044  +0.031      sets 1-46 +2, +8 (0.5741 -> 0.5741)
    43-44  0.43.0        +0.045, +0.021  +0.029      sets 1-44 -4, -17 (0.5765 -> 0.5765)
    42     0.42.0        +0.000          +0.035      sets 1-42 +4, -5 (0.5723 -> 0.5725)
    41     0.41.0        +0.054          +0.038      sets 1-41 -3, -23 (0.5791 -> 0.5793)
    40     0.40.0        +0.033          +0.036      sets 1-40 +13, +43 (0.5774 -> 0.5774)
    39     0.39.0        +0.041          +0.037      sets 1-39 -11, -22 (0.5796 -> 0.5793)
    38     0.38.0        +0.039          +0.037      sets 1-38 -5, -8 (0.5822 -> 0.5821)
    37     0.37.0        +0.022          +0.037      sets 1-37 +2, +5 (0.5834 -> 0.5834)
    36     0.36.0        +0.037          +0.033      sets 1-36 +1, +29 (0.5845 -> 0.5841)
    35     0.35.0        +0.050          +0.035      sets 1-35 -4, -32 (0.5831 -> 0.5834)
    34     0.34.0        +0.049          +0.038      sets 1-34 +14 (0.5834 -> 0.5838)
    33     0.33.0        +0.022          +0.038      sets 1-33 +5 (0.5780 -> 0.5782)

Sets 22 to 32 joined them after 0.32.0: each fitted without it, the models gave those eleven
sets 0.5242 pooled against 0.5223 from the models fitted on sets 1-21 alone (this script's
overlap count; the validation set 0.712 against 0.713). At 0.22.0, set 22 alone had been left
out: refitted with it, the models then gave the validation set 0.687 against 0.697 without it.

    python tests/attachment_model.py            # leave-one-set-out figures; exit 1 when a table is out of date
    python tests/attachment_model.py --write    # fit on all development sets, write the tables

The figures are relation F1 changes estimated per set by overlap matching (as the script's
own count, not `armsdata evaluate`'s), each from a model fitted without that set and
measured against the rules alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE.parent / "build" / "reference"
WEIGHTS = REFERENCE / "attachment_weights.csv"
CHECK_WEIGHTS = REFERENCE / "check_weights.csv"
DEVELOPMENT = ("dev", "dev2", "holdout", "holdout2", "holdout3", "holdout4", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
               "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18",
               "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25",
               "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34",
               "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42",
               "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48",
               "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55",
               "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61")
VALIDATION = ("holdout5",)
L2 = 1.0
ATTACH_THRESHOLD = 0.25  # attach an open mention when the event is more likely than this
CHECK_THRESHOLD = 0.3  # keep the rules' inherited parties when they are more likely than this
ROUNDING = 4  # decimals written

NOTES = {
    "basis=catalogue": "the mention names a catalogued system",
    "basis=generic": "the mention is a class noun (tanks, drones)",
    "basis=uncatalogued": "the mention is a designation the catalogue lacks",
    "basis=antecedent": "the mention took its system from an antecedent",
    "same_system": "the event reports the mention's catalogued system",
    "same_category": "the event reports a system of the mention's category",
    "category_mismatch": "the event reports only other categories",
    "anaphoric_determiner": "the/those/these/such/this/that/both before the mention",
    "possessive_determiner": "its/their/our/his/her before the mention",
    "possessor_is_recipient": "a state's possessive before the mention is the event's recipient",
    "event_no_supplier": "the event has a recipient but no supplier",
    "sentence_names_only_others": "the mention's sentence names actors, none of them the event's parties",
    "closed=no_transfer_cue": "the rules read no transfer: a cue of the mention's maker, holder or use",
    "closed=arms_in_general": "the rules read no transfer: arms in general ('arms news', 'its arms budget')",
    "closed=bare_demonym": "the rules read no transfer: a class noun after a bare demonym ('Chinese drones')",
    "closed=class_in_use": "the rules read no transfer: a class noun of no known make in a sentence of use",
    "closed=others_forces": "the rules read no transfer: a state's own forces",
    "closed=target": "the rules read no transfer: a target or threat",
    "closed=interceptor": "the rules read no transfer: an interceptor",
    "origin_is_supplier": "the mention's origin word (Russian-made) is the event's supplier",
    "origin_is_recipient": "the mention's origin word is the event's recipient",
    "maker_is_supplier": "the catalogue's maker of the system is the event's supplier",
    "maker_is_recipient": "the catalogue's maker of the system is the event's recipient (own make)",
    "inside_event_span": "the mention lies between the event's first and last report",
    "same_paragraph": "a sentence of the mention's paragraph reports the event",
    "event_in_headline": "the headline reports the event",
    "event_is_topic": "the event is the document's topic (events.topic_recipient)",
    "event_most_reported": "no event is reported in more sentences",
    "sentence_names_recipient": "the mention's sentence names the event's recipient",
    "sentence_names_supplier": "the mention's sentence names the event's supplier",
    "sentence_names_other": "the mention's sentence names an actor that is neither party",
    "sentence_names_none": "the mention's sentence names no actor",
    "sentence_has_parties": "another mention of the sentence has a party read by the rules",
    "sentence_in_use": "the sentence speaks of use: fired, drills, deployed, strikes, parade",
    "sentence_own": "the sentence says own, itself, indigenous, home-built",
    "force_of_other": "the sentence names a force (army, navy, air force) of a state that is not the recipient",
    "force_of_recipient": "the sentence names a force of the event's recipient",
    "quantity": "a number before the mention",
    "mention_in_headline": "the mention is in the headline",
    "event_weaponless": "the event was read from a transfer noun with no weapon in its sentence",
    "event_one_party": "the event has a supplier but no recipient",
    "several_relations": "(check) the rules gave the mention more than one relation",
    "own_cue": "(check) a cue word of the mention's own sentence set the status",
}
PREFIX_NOTES = {
    "own_status=": "a transfer cue of the mention's own sentence set this status, with no party read",
    "first_report=": "sentences from the event's first report to the mention (after: the mention comes first)",
    "nearest_report=": "sentences between the mention and the nearest report of the event",
    "events=": "how many events the document reports",
    "event_status=": "the event's status",
}


def note(feature: str) -> str:
    for prefix, text in PREFIX_NOTES.items():
        if feature.startswith(prefix):
            return f"{text}: {feature[len(prefix):]}"
    return NOTES.get(feature, "")


def gold_documents(set_name: str):
    """(doc_id, text, publication date or None, the gold rows of the document as dicts) of
    each document of a gold set that the gold names, by doc_id."""
    import polars as pl

    folder = HERE / set_name
    gold = pl.read_csv(folder / "gold.csv", infer_schema_length=0)
    published = {r["doc_id"]: r["published"] for r in
                 pl.read_csv(folder / "docs" / "sources.csv", infer_schema_length=0).iter_rows(named=True)}
    for doc_id in sorted(set(gold["doc_id"])):
        text = (folder / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")
        day = dt.date.fromisoformat(published[doc_id]) if published.get(doc_id) else None
        yield doc_id, text, day, list(gold.filter(pl.col("doc_id") == doc_id).iter_rows(named=True))


def examples(set_name: str):
    """(attach rows, check rows, counts) of a gold set: rows are (document, mention start,
    pair, label, feature names); counts are the rules' own (true positives, predicted, gold)
    relations."""
    from armsdata.build import attachment, extract

    seen = {}

    def capture(ctx, related, relator, nouns=None):
        seen["found"] = list(attachment.candidates(ctx, related, relator, nouns))
        seen["reviewed"] = [(related[index][0], related[index][1][position], names)
                            for index, position, _, names in attachment.reviewed(ctx, related, relator, nouns)]
        return related

    rows, checks, counts = [], [], [0, 0, 0]
    original = attachment.attach_learned
    attachment.attach_learned = capture
    try:
        for doc_id, text, day, rows_of_doc in gold_documents(set_name):
            records = extract.extract_text(text, day)
            spans = [(int(r["span_start"]), int(r["span_end"]), r["supplier"] or None, r["recipient"] or None)
                     for r in rows_of_doc]
            truth = {g for g in spans if g[2] or g[3]}
            predicted = {(r["span_start"], r["span_end"], r["supplier"], r["recipient"]) for r in records
                         if r["supplier"] or r["recipient"]}
            counts[0] += sum(1 for s, e, a, b in predicted
                             if any(gs < e and s < ge and (a, b) == (ga, gb) for gs, ge, ga, gb in truth))
            counts[1] += len(predicted)
            counts[2] += len(truth)
            for mention, _, event, names in seen["found"]:
                pairs = {(a, b) for s, e, a, b in spans if s < mention.end and mention.start < e}
                rows.append((doc_id, mention.start, event.parties, int(event.parties in pairs), names))
            for mention, relation, names in seen["reviewed"]:
                pairs = {(a, b) for s, e, a, b in spans if s < mention.end and mention.start < e}
                parties = (relation.supplier, relation.recipient)
                checks.append((doc_id, mention.start, parties, int(parties in pairs), names))
    finally:
        attachment.attach_learned = original
    return rows, checks, counts


def fit(rows, threshold: float, iterations: int = 50) -> dict[str, float]:
    """{feature: weight} of an L2-regularised logistic regression (`iterations` Newton steps),
    the bias shifted by `threshold`."""
    import numpy as np

    names = sorted({n for row in rows for n in row[4]})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for n in row[4]:
            x[i, index[n]] = 1.0
    y = np.array([row[3] for row in rows], dtype=float)
    w = np.zeros(len(names))
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + L2 * w
        hessian = (x.T * (p * (1 - p))) @ x + L2 * np.eye(len(names))
        w -= np.linalg.solve(hessian, gradient)
    table = {n: float(w[index[n]]) for n in names}
    table["bias"] -= math.log(threshold / (1 - threshold))
    return table


def attached(rows, table) -> tuple[int, int]:
    """(right, all) attachments the table makes: per mention, its best event above zero."""
    from armsdata.build.attachment import score

    best = {}
    for doc_id, start, _, label, names in rows:
        value = score(names, table)
        key = (doc_id, start)
        if value > 0 and (key not in best or value > best[key][0]):
            best[key] = (value, label)
    return sum(label for _, label in best.values()), len(best)


def dropped(rows, table) -> tuple[int, int]:
    """(right, all) inherited relations the check table drops: those scoring zero or below."""
    from armsdata.build.attachment import score

    gone = [label for _, _, _, label, names in rows if score(names, table) <= 0]
    return sum(gone), len(gone)


def f1(tp: int, predicted: int, gold: int) -> float:
    return 2 * tp / (predicted + gold) if predicted + gold else 0.0


def rounded(table: dict[str, float]) -> dict[str, float]:
    return {name: round(weight, ROUNDING) + 0.0 for name, weight in table.items()}


def render(table: dict[str, float], bias: str) -> str:
    """The weights table as CSV: the bias row (its note `bias`) first, then by weight."""
    lines = ["feature,weight,note"]
    order = sorted(table, key=lambda n: (n != "bias", -abs(table[n]), n))
    for name in order:
        text = (bias if name == "bias" else note(name)).replace('"', "'")
        lines.append(f'{name},{table[name]:.{ROUNDING}f},"{text}"')
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    data = {name: examples(name) for name in DEVELOPMENT + VALIDATION}
    for held in DEVELOPMENT + VALIDATION:
        others = [name for name in DEVELOPMENT if name != held]
        attach = fit([row for name in others for row in data[name][0]], ATTACH_THRESHOLD)
        check = fit([row for name in others for row in data[name][1]], CHECK_THRESHOLD)
        rows, checks, (tp, predicted, gold) = data[held]
        right, added = attached(rows, attach)
        wrong_drops, drops = dropped(checks, check)
        gain = f1(tp + right, predicted + added, gold) - f1(tp, predicted, gold)
        both = f1(tp + right - wrong_drops, predicted + added - drops, gold) - f1(tp, predicted, gold)
        print(f"{held:10s} attached {added:3d}, right {right:3d}: {gain:+.3f}; dropped {drops:3d}, "
              f"right {wrong_drops:3d}: together relation F1 {both:+.3f} (fitted without it)")
    tables = {
        WEIGHTS: render(rounded(fit([row for name in DEVELOPMENT for row in data[name][0]], ATTACH_THRESHOLD)),
                        "every pair; holds the decision threshold: attach when the score is above zero"),
        CHECK_WEIGHTS: render(rounded(fit([row for name in DEVELOPMENT for row in data[name][1]], CHECK_THRESHOLD)),
                              "every inherited relation; holds the decision threshold: keep when the score "
                              "is above zero, drop the parties otherwise"),
    }
    stale = 0
    for path, text in tables.items():
        if "--write" in argv:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: written")
        elif (path.read_text(encoding="utf-8") if path.exists() else "") != text:
            print(f"{path}: out of date (python tests/attachment_model.py --write)")
            stale += 1
        else:
            print(f"{path}: up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
