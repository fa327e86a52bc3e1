"""Stage 2d, status: the rules' status of a record of an event elsewhere, checked by a learned scorer.

The rules give a mention whose parties come from elsewhere in the document (basis `event`,
`model` or `antecedent`) the status of the event it joined, or of a cue of its own
sentence. Often that is not the stage the mention's own sentence reports: "The first two
arrived in March" after a sentence that reports the order; "The deal was later frozen" after
the delivery. This stage scores each status for such a record with a linear model of yes/no
features (`features`): the rules' status; the word families of the mention's sentence
(`reference/status_words.csv`: a future or a perfect tense; delivery and order, each as a past verb, an event
noun and a present or base form, since "the delivery of the S-300s" is no delivery;
approval, talks, negation, denial, cancellation, suspension, hearsay, seizure, a batch, a
past date), alone and with the rules' status; the words that set the rules' status; the
parties' bases, the headline, the evidence's place, a quantity, the event year against the
publication year and the transfer type. The record
takes the status of the highest score when its model gives it a probability above one half
(a score above zero); when that differs from the rules', its `status_cue` is empty (no words
of the text set it alone).

A record whose parties were read in its own sentence (basis `text` or `origin`), or whose
status the words of its own sentence set, keeps the rules' status: the rules read its cue in
place, and the codebook's readings of those words ("a framework agreement foresees ...":
planned) are not the model's to overturn.

Measured leave-one-set-out (`python tests/status_model.py`: sets 45-61, each scored by a
model fitted without it; at 0.59.0): of 2,841 reviewed records, 1,519 have the gold's status
from the rules and 1,613 with the model (+94; 227 changed); the validation set, 76 -> 80 of
106.
While the stage was built (on sets 45-59), taking the best status whatever its probability gave about +143
but changed 564 (among them codebook readings), and reviewing records whose status their
own sentence's words set too gave less (+92).

The weights are data: `reference/status_weights.csv` (status, feature, weight, note), written
by `python tests/status_model.py --write` from the gold of the development sets (never from
the held-out sets), one logistic model per status (that status against the others); a
feature the table lacks weighs nothing.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from .errors import ArmsdataError

WEIGHTS_CSV = Path(__file__).resolve().parent / "reference" / "status_weights.csv"
STATUSES = ("delivered", "ordered", "planned", "cancelled", "suspended", "denied", "unknown")
INHERITED = ("event", "model", "antecedent")  # the bases of parties read elsewhere in the document

WORDS_CSV = Path(__file__).resolve().parent / "reference" / "status_words.csv"


def word_families(path: Path = WORDS_CSV) -> dict[str, re.Pattern]:
    """{family: pattern} of reference/status_words.csv (family, words, note): the word
    families of a sentence (and of a status cue), read case-blind, each a feature when its
    words occur, alone and with the rules' status. Raises ArmsdataError naming the file and
    line for a family named twice or words that are no pattern."""
    families: dict[str, re.Pattern] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["family"] in families:
                raise ArmsdataError(f"{path}: line {line}: family {row['family']!r} is named twice")
            try:
                families[row["family"]] = re.compile(row["words"], re.IGNORECASE)
            except re.error as exc:
                raise ArmsdataError(f"{path}: line {line}: words of {row['family']!r} are no pattern ({exc})") from None
    return families


_FAMILIES = word_families()


@functools.lru_cache(maxsize=1)
def weights(path: Path = WEIGHTS_CSV) -> dict[str, dict[str, float]]:
    """{status: {feature: weight}} of reference/status_weights.csv (read once per process)."""
    table: dict[str, dict[str, float]] = {status: {} for status in STATUSES}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table[row["status"]][row["feature"]] = float(row["weight"])
    return table


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def reviewed(record: dict, text: str) -> bool:
    """Whether the model reviews a record's status: it has a party read elsewhere in the
    document (basis event, model or antecedent) and the words that set its status (if any)
    are not in its own sentence, text[sentence_start:sentence_end]."""
    if record["status"] == "none" or not (record["supplier_basis"] in INHERITED
                                          or record["recipient_basis"] in INHERITED):
        return False
    cue = record["status_cue"]
    return not cue or _flat(cue) not in _flat(text[record["sentence_start"]:record["sentence_end"]])


def features(record: dict, text: str, published_year: int | None) -> list[str]:
    """The feature names of a record (a dict of extract's record columns) whose sentence is
    text[sentence_start:sentence_end]; `published_year`: the document's, or None."""
    sentence = text[record["sentence_start"]:record["sentence_end"]]
    rules = f"rules={record['status']}"
    names = ["bias", rules]
    for name, words in _FAMILIES.items():
        if words.search(sentence):
            names += [f"sentence:{name}", f"{rules}&sentence:{name}"]
    cue = _flat(record["status_cue"] or "")
    if cue:
        names += [f"cue:{name}" for name, words in _FAMILIES.items() if words.search(cue)]
        names.append(f"cue={cue}")
    else:
        names.append("no_cue")
    names += [f"supplier_basis={record['supplier_basis']}", f"recipient_basis={record['recipient_basis']}",
              f"transfer_type={record['transfer_type']}"]
    if record["sentence_start"] == 0:
        names.append("headline")
    if record["evidence_start"] is not None and record["evidence_start"] != record["sentence_start"]:
        names.append("evidence_elsewhere")
    if record["quantity"] is not None:
        names.append("quantity")
    if record["event_year"] is not None and published_year is not None:
        gap = record["event_year"] - published_year
        names.append("year:before" if gap < 0 else "year:same" if gap == 0 else "year:after")
    return names


def scores(names: list[str], table: dict[str, dict[str, float]] | None = None) -> dict[str, float]:
    """{status: score} of a list of feature names under `table` (by default the weights)."""
    table = weights() if table is None else table
    return {status: sum(table[status].get(name, 0.0) for name in names) for status in STATUSES}


def chosen(found: dict[str, float], rules: str) -> str:
    """The status a record takes from its scores (`scores`) and the rules' status: the
    best-scoring one (the rules' on a tie) when its model gives it more than even odds (a
    score above zero), else the rules'."""
    best = max(STATUSES, key=lambda status: (found[status], status == rules))
    return best if found[best] > 0 else rules


def settle(records: list[dict], text: str, published_year: int | None,
           table: dict[str, dict[str, float]] | None = None) -> list[dict]:
    """The records with each reviewed record's status the model's best (the same dicts,
    changed in place: status, and status_cue emptied where the status changed); `table`:
    the weights, by default reference/status_weights.csv."""
    for record in records:
        if not reviewed(record, text):
            continue
        best = chosen(scores(features(record, text, published_year), table), record["status"])
        if best != record["status"]:
            record["status"], record["status_cue"] = best, None
    return records
