"""Compare extracted records with a gold annotation: mention and relation precision,
recall and F1, and status accuracy, per document and overall.

A predicted mention matches a gold mention of the same document when their spans
overlap (one to one, in text order); `exact` counts the matches with identical spans.
A relation is a record with a supplier or a recipient; it matches a gold relation on a
matched mention with the same supplier and recipient.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from .errors import ArmsdataError

GOLD_COLUMNS = ("doc_id", "span_start", "span_end", "span_text", "system", "supplier", "recipient", "status",
                "transfer_type", "quantity", "event_year")


@dataclass
class Counts:
    gold_mentions: int = 0
    predicted_mentions: int = 0
    matched_mentions: int = 0
    exact_mentions: int = 0
    gold_relations: int = 0
    predicted_relations: int = 0
    matched_relations: int = 0
    status_total: int = 0
    status_correct: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def scores(self) -> dict[str, float | int]:
        return {
            "mention_precision": _ratio(self.matched_mentions, self.predicted_mentions),
            "mention_recall": _ratio(self.matched_mentions, self.gold_mentions),
            "mention_f1": _f1(self.matched_mentions, self.predicted_mentions, self.gold_mentions),
            "relation_precision": _ratio(self.matched_relations, self.predicted_relations),
            "relation_recall": _ratio(self.matched_relations, self.gold_relations),
            "relation_f1": _f1(self.matched_relations, self.predicted_relations, self.gold_relations),
            "status_accuracy": _ratio(self.status_correct, self.status_total),
            "gold_mentions": self.gold_mentions, "predicted_mentions": self.predicted_mentions,
            "exact_spans": self.exact_mentions, "gold_relations": self.gold_relations,
            "predicted_relations": self.predicted_relations,
        }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def _f1(matched: int, predicted: int, gold: int) -> float:
    p, r = _ratio(matched, predicted), _ratio(matched, gold)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def read_gold(path: Path) -> pl.DataFrame:
    try:
        gold = pl.read_csv(path, infer_schema=False)
    except Exception as exc:
        raise ArmsdataError(f"{path}: not a readable gold CSV ({exc.__class__.__name__})") from None
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ArmsdataError(f"{path}: missing gold columns {', '.join(missing)}")
    return gold.with_columns(pl.col("span_start", "span_end").cast(pl.Int64))


def _mentions(frame: pl.DataFrame) -> list[tuple[int, int]]:
    return sorted(set(frame.select("span_start", "span_end").iter_rows()))


def _match_mentions(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict:
    """gold span -> predicted span, one to one, preferring identical spans."""
    pairs: dict = {}
    used = set()
    for g in gold:
        if g in predicted:
            pairs[g] = g
            used.add(g)
    for g in gold:
        if g in pairs:
            continue
        for p in predicted:
            if p not in used and p[0] < g[1] and g[0] < p[1]:
                pairs[g] = p
                used.add(p)
                break
    return pairs


def _relations(frame: pl.DataFrame) -> dict[tuple[int, int], list[dict]]:
    by_span: dict = {}
    for row in frame.iter_rows(named=True):
        by_span.setdefault((row["span_start"], row["span_end"]), []).append(row)
    return by_span


def compare_document(gold: pl.DataFrame, predicted: pl.DataFrame, doc_id: str) -> Counts:
    counts = Counts()
    gold_spans, predicted_spans = _mentions(gold), _mentions(predicted)
    pairs = _match_mentions(gold_spans, predicted_spans)
    counts.gold_mentions, counts.predicted_mentions = len(gold_spans), len(predicted_spans)
    counts.matched_mentions = len(pairs)
    counts.exact_mentions = sum(1 for g, p in pairs.items() if g == p)
    gold_by_span, predicted_by_span = _relations(gold), _relations(predicted)
    for span in gold_spans:
        if span not in pairs:
            counts.errors.append(f"{doc_id} {span}: missed mention {gold_by_span[span][0]['span_text']!r}")
    for span in set(predicted_spans) - set(pairs.values()):
        counts.errors.append(f"{doc_id} {span}: extra mention {predicted_by_span[span][0]['span_text']!r}")
    parties = lambda row: (row["supplier"] or None, row["recipient"] or None)  # noqa: E731
    counts.gold_relations = sum(1 for r in gold.iter_rows(named=True) if any(parties(r)))
    counts.predicted_relations = sum(1 for r in predicted.iter_rows(named=True) if any(parties(r)))
    for g_span, p_span in pairs.items():
        predicted_rows = predicted_by_span[p_span]
        available = [parties(r) for r in predicted_rows if any(parties(r))]
        for row in gold_by_span[g_span]:
            same = [p for p in predicted_rows if parties(p) == parties(row)]
            if any(parties(row)):
                if parties(row) in available:
                    available.remove(parties(row))
                    counts.matched_relations += 1
                else:
                    counts.errors.append(f"{doc_id} {g_span} {row['span_text']!r}: relation {parties(row)} "
                                         f"not found (got {[parties(p) for p in predicted_rows]})")
            guess = (same or predicted_rows)[0]["status"]
            counts.status_total += 1
            if guess == row["status"]:
                counts.status_correct += 1
            else:
                counts.errors.append(f"{doc_id} {g_span} {row['span_text']!r} {parties(row)}: status {guess}, "
                                     f"gold {row['status']}")
    return counts


def evaluate(gold: pl.DataFrame, predicted: pl.DataFrame) -> tuple[dict[str, Counts], Counts]:
    """Counts per gold document and overall."""
    predicted = predicted.with_columns(pl.col("supplier", "recipient", "status").cast(pl.String))
    per_doc: dict[str, Counts] = {}
    overall = Counts()
    for doc_id in sorted(set(gold["doc_id"])):
        counts = compare_document(gold.filter(pl.col("doc_id") == doc_id),
                                  predicted.filter(pl.col("doc_id") == doc_id), doc_id)
        per_doc[doc_id] = counts
        overall.add(counts)
    return per_doc, overall
