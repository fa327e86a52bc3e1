"""Compare extracted records with a gold annotation, per document and per set.

Mentions: a predicted mention matches a gold mention of the same document when their
spans overlap (one to one, identical spans first, then in text order); `exact_spans`
counts the matches with identical spans.

Records: on a matched mention, gold and predicted records are paired one to one, first
those with the same (supplier, recipient), then those sharing one of the two, then in
order. Each pair is scored on every field the gold gives (FIELDS); an empty cell is a
value, so an empty gold quantity against a predicted 12 is wrong. The gold has no
category: it is the category of the gold `system` in the systems reference table
(build/reference/systems.csv, generic classes included); a pair whose gold system is not
catalogued is not scored on category (`category_scored` counts those that are).

Relations: a record with a supplier or a recipient; it matches when it is paired with a
record of the same supplier and recipient.

Deals: see `deals` (the grouping of the release's deals table, per document); matched
when the same triple is in both.

Precision, recall and accuracy are None when their denominator is 0; F1 is
2·matched / (predicted + gold), None when both are 0. Figures are rounded to 4 places.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from armsdata.schema.vocab import EVENT_YEAR_RANGE, STATUSES, TRANSFER_TYPES

from .deals import document_deals
from .errors import ArmsdataError, UsageError
from .readers import read_text_file
from .sources import check_separator, closest, csv_error, field_count_error
from .reference import actor_named, designation_key, load_reference, system_aliases

GOLD_COLUMNS = ("doc_id", "span_start", "span_end", "span_text", "system", "supplier", "recipient", "status",
                "transfer_type", "quantity", "event_year")
FIELDS = ("system", "category", "supplier", "recipient", "status", "transfer_type", "quantity", "event_year")
INTEGER_COLUMNS = ("span_start", "span_end", "quantity", "event_year")
# Precision, recall and F1 of each level, in report order.
LEVELS = ("mention", "relation", "deal")


def deals(records: pl.DataFrame) -> set[tuple[str | None, str | None, str]]:
    """The deals of one document, as the release's deals table groups them: the distinct
    (supplier, recipient, system) of its records whose status is not `none` and that name
    at least one party, where a mention of arms in general ("weapons") that the text ties
    to a designated transfer of the same parties takes that transfer's system, and any
    other takes `arms (unspecified)` (build/deals.py, `assign`).

    `records` is gold or predicted records with columns doc_id, span_start, supplier,
    recipient, status and system (missing parties as null); the gold has no basis
    columns, so its mentions of arms in general are never tied to a designated deal.
    """
    return document_deals(records, load_reference().systems)


@dataclass
class Counts:
    """What was found and matched in one document, or summed over a set."""

    gold_mentions: int = 0
    predicted_mentions: int = 0
    matched_mentions: int = 0
    exact_mentions: int = 0
    gold_relations: int = 0
    predicted_relations: int = 0
    matched_relations: int = 0
    gold_deals: int = 0
    predicted_deals: int = 0
    matched_deals: int = 0
    matched_records: int = 0
    scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        """Add `other`'s counts to these, field by field (dict fields key by key), in place."""
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, dict):
                for key in mine:
                    mine[key] += theirs[key]
            else:
                setattr(self, name, mine + theirs)

    def scores(self) -> dict[str, float | int | None]:
        """Flat figures, in this order: LEVEL_precision, LEVEL_recall, LEVEL_f1 for each of
        LEVELS; FIELD_accuracy for each of FIELDS; then the counts they come from."""
        out: dict[str, float | int | None] = {}
        for level in LEVELS:
            matched, predicted, gold = (getattr(self, f"{kind}_{level}s") for kind in ("matched", "predicted", "gold"))
            out[f"{level}_precision"] = _ratio(matched, predicted)
            out[f"{level}_recall"] = _ratio(matched, gold)
            out[f"{level}_f1"] = _ratio(2 * matched, predicted + gold)
        for name in FIELDS:
            out[f"{name}_accuracy"] = _ratio(self.correct[name], self.scored[name])
        out.update(
            gold_mentions=self.gold_mentions, predicted_mentions=self.predicted_mentions,
            matched_mentions=self.matched_mentions, exact_spans=self.exact_mentions,
            gold_relations=self.gold_relations, predicted_relations=self.predicted_relations,
            matched_relations=self.matched_relations, gold_deals=self.gold_deals,
            predicted_deals=self.predicted_deals, matched_deals=self.matched_deals,
            matched_records=self.matched_records, category_scored=self.scored["category"])
        return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def read_gold(path: Path) -> pl.DataFrame:
    """A gold CSV (columns GOLD_COLUMNS, in any order, returned in that order; a column it
    does not know is not read, `other_columns` names them; empty cells are nulls), with integer spans,
    quantities and years. Raises UsageError for a file that cannot be read (exit 2), a
    binary one among them (a NUL byte), and ArmsdataError naming the file (and the line)
    for a column missing or a value no record can have (exit 1)."""
    text, raw = read_text_file(path)  # (not valid UTF-8: the line and column of the first bad byte)
    if "\x00" in text:  # a binary file whose bytes happen to be UTF-8 (zeros, a tar archive) is no CSV
        at = text.index("\x00")
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        raise UsageError(f"{path}:{line}:{column}: a NUL byte (0x00): a binary file, not a gold CSV (UTF-8 text)")
    if not text.strip():
        raise UsageError(f"{path}: empty file; a gold CSV starts with the header {','.join(GOLD_COLUMNS)}")
    _check_fields(path, text)
    try:
        gold = pl.read_csv(raw, infer_schema=False)
    except Exception as exc:
        problem = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise UsageError(f"{path}: not a readable gold CSV ({problem})") from None
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        # "eventyear" for event_year: the header's unknown column closest to each missing one
        # (a new-user trial of 0.31.0)
        unknown = tuple(c for c in gold.columns if c not in GOLD_COLUMNS)
        named = [c + next((f" (misspelt as {u}?)" for u in unknown if closest(u, (c,))), "") for c in missing]
        raise ArmsdataError(f"{path}: missing gold columns {', '.join(named)}")
    for name in INTEGER_COLUMNS:
        numbers = gold[name].str.strip_chars().cast(pl.Int64, strict=False)
        bad = gold.with_row_index("line", 2).filter(pl.col(name).is_not_null() & numbers.is_null())
        if bad.height:
            line, value = bad.row(0, named=True)["line"], bad[name][0]
            raise ArmsdataError(f"{path}: line {line}: {name} {value!r} is not an integer")
        gold = gold.with_columns(numbers.alias(name))
    _check_vocabularies(path, gold)
    _check_ranges(path, gold)
    return gold.select(GOLD_COLUMNS)  # (other columns are not read: a gold `category` is the system's)


def other_columns(path: Path) -> list[str]:
    """The columns of a gold CSV's header that are not GOLD_COLUMNS, which `read_gold` does
    not read (a `category` column among them: the gold category is always the gold system's
    in the systems table). Call after `read_gold` has read the file."""
    header = next(csv.reader(io.StringIO(read_text_file(path)[0].removeprefix("\ufeff"), newline="")), [])
    return [c for c in header if c not in GOLD_COLUMNS]  # (a byte-order mark is no part of the first name)


def _check_fields(path: Path, text: str) -> None:
    """UsageError naming the first line whose number of fields is not the header's (a quote
    left open runs on past its line: it is named where it opens, with a hint)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        header = next(reader)
        check_separator(path, header)
        start = reader.line_num + 1
        for row in reader:
            if row and len(row) != len(header):
                raise field_count_error(path, start, row, header, ran_on=reader.line_num > start)
            start = reader.line_num + 1
    except csv.Error as exc:
        # a quotation mark left open, named where it opens, as build names it (a new-user trial of 0.31.0)
        raise csv_error(path, start, exc) from None


def _check_ranges(path: Path, gold: pl.DataFrame) -> None:
    """Values no record can have (the records schema's constraints): a span that ends
    before it starts or starts before the text, a quantity under 1, an event_year outside
    EVENT_YEAR_RANGE, one actor as both supplier and recipient, a transfer (status not
    `none`) with no transfer_type, and a record of no transfer (status `none`) with a party
    or a transfer_type (schema.records: status_none_has_no_parties,
    status_none_has_no_transfer_type; a new-user trial of 0.57.0). Raises ArmsdataError
    naming the file, line, column and value."""
    low, high = EVENT_YEAR_RANGE
    rules = [
        ("span_start", pl.col("span_start") < 0, "a code point offset (0 or more)"),
        ("span_end", pl.col("span_end") <= pl.col("span_start"), "after span_start"),
        ("quantity", pl.col("quantity") < 1, "a count of 1 or more"),
        ("event_year", (pl.col("event_year") < low) | (pl.col("event_year") > high), f"a year in {low}..{high}"),
    ]
    lines = gold.with_row_index("line", 2)
    for name, broken, hint in rules:
        bad = lines.filter(broken.fill_null(False))
        if bad.height:
            raise ArmsdataError(f"{path}: line {bad['line'][0]}: {name} {bad[name][0]} is not {hint}")
    both = lines.filter((pl.col("supplier") == pl.col("recipient")).fill_null(False))
    if both.height:  # codebook, "Actors": never both supplier and recipient of one record
        raise ArmsdataError(f"{path}: line {both['line'][0]}: recipient {both['recipient'][0]!r} is the supplier too "
                            "(an actor is never both parties of one record)")
    untyped = lines.filter((pl.col("status") != "none") & pl.col("transfer_type").is_null())
    if untyped.height:
        raise ArmsdataError(f"{path}: line {untyped['line'][0]}: status {untyped['status'][0]!r} with no transfer_type "
                            "(a transfer has one: unspecified when the text names none)")
    given = ["supplier", "recipient", "transfer_type"]
    none = lines.filter((pl.col("status") == "none") & pl.any_horizontal(pl.col(given).is_not_null()))
    if none.height:
        name = next(n for n in given if none[n][0] is not None)
        raise ArmsdataError(f"{path}: line {none['line'][0]}: status 'none' with {name} {none[name][0]!r} "
                            "(a record of no transfer has no parties and no transfer_type)")


def check_spans(path: Path, gold: pl.DataFrame, texts: dict[str, str]) -> None:
    """Each gold span_text is the text of its span in its document (`texts`: doc_id ->
    documents.text; a doc_id not there is left to the caller's warning). Raises
    ArmsdataError naming the file, line, the span and what the document has there."""
    for line, row in enumerate(gold.iter_rows(named=True), start=2):
        text = texts.get(row["doc_id"])
        if text is None or row["span_text"] is None:
            continue
        there = text[row["span_start"]:row["span_end"]]
        if there != row["span_text"]:
            raise ArmsdataError(f"{path}: line {line}: span_text {row['span_text']!r} is not the text at "
                                f"{row['span_start']}-{row['span_end']} of {row['doc_id']} ({there!r})")


def _check_vocabularies(path: Path, gold: pl.DataFrame) -> None:
    """A gold value that no record can have is a typo, not a disagreement: status and
    transfer_type outside the codebook's vocabularies, a supplier or recipient that is no
    actor_id of build/reference/actors.csv ("Al-Shabaab" for NSA_AL_SHABAAB). Raises
    ArmsdataError naming the file, line, column and value, and the actor_id the value names
    when it names one (reference.actor_named: "did you mean 'FRA'?" for "France")."""
    table = load_reference().actors
    actors = set(table["actor_id"])
    allowed = {"status": set(STATUSES), "transfer_type": set(TRANSFER_TYPES), "supplier": actors, "recipient": actors}
    for name, values in allowed.items():
        bad = gold.with_row_index("line", 2).filter(pl.col(name).is_not_null() & ~pl.col(name).is_in(sorted(values)))
        if bad.height:
            line, value = bad["line"][0], bad[name][0]
            hint = "an actor_id of the actors table (armsdata.load('actors'))" if name in ("supplier", "recipient") else \
                "one of " + ", ".join(sorted(values))
            meant = actor_named(table, value) if name in ("supplier", "recipient") else None
            raise ArmsdataError(f"{path}: line {line}: {name} {value!r} is not {hint}"
                                + (f"; did you mean {meant!r}?" if meant else ""))


def uncatalogued_systems(gold: pl.DataFrame) -> list[tuple[str, int, str | None]]:
    """(system, records, canonical name or None) of every gold `system` that is not a
    `system` of the systems reference table, most records first: the canonical name when the
    gold wrote an alias or another spelling of a catalogued system ("F16" for "F-16"), else
    None (a designation the catalogue lacks, as the codebook says to write it). Such records
    are not scored on category, and an alias scores as a wrong system."""
    systems = load_reference().systems
    canonical = set(systems["system"])
    by_key = {}
    for spelling, name in system_aliases(systems, generic=True):
        by_key.setdefault(designation_key(spelling), name)
    counts = gold.filter(pl.col("system").is_not_null() & ~pl.col("system").is_in(sorted(canonical))) \
        .group_by("system").len().sort(["len", "system"], descending=[True, False])
    return [(name, count, by_key.get(designation_key(name))) for name, count in counts.iter_rows()]


def gold_category(gold: pl.DataFrame) -> pl.DataFrame:
    """`gold` with a `category` column: the category of its `system` in the systems
    reference table (build/reference/systems.csv), null for a system not catalogued."""
    category = load_reference().category
    return gold.with_columns(pl.col("system").replace_strict(category, default=None, return_dtype=pl.String)
                             .alias("category"))


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


def _by_span(frame: pl.DataFrame) -> dict[tuple[int, int], list[dict]]:
    by_span: dict = {}
    for row in frame.iter_rows(named=True):
        by_span.setdefault((row["span_start"], row["span_end"]), []).append(row)
    return by_span


def _parties(row: dict) -> tuple[str | None, str | None]:
    return row["supplier"], row["recipient"]


def _pair_records(gold: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """The records of one matched mention paired one to one: same (supplier, recipient)
    first, then one party in common, then in order. Returns the pairs (in gold order) and
    the gold and predicted records left over."""
    free = list(range(len(predicted)))
    paired: dict[int, int] = {}
    for agreement in (2, 1, 0):
        for g, row in enumerate(gold):
            if g in paired:
                continue
            match = next((p for p in free if sum(a == b for a, b in zip(_parties(row), _parties(predicted[p])))
                          == agreement), None)
            if match is not None:
                paired[g] = match
                free.remove(match)
    pairs = [(gold[g], predicted[paired[g]]) for g in sorted(paired)]
    return pairs, [row for g, row in enumerate(gold) if g not in paired], [predicted[p] for p in free]


def compare_document(gold: pl.DataFrame, predicted: pl.DataFrame, doc_id: str) -> Counts:
    """Counts for one document: `gold` and `predicted` are its records, with GOLD_COLUMNS
    and `category` (integers for spans, quantity and event_year, strings otherwise)."""
    counts = Counts()
    gold_spans, predicted_spans = _mentions(gold), _mentions(predicted)
    pairs = _match_mentions(gold_spans, predicted_spans)
    counts.gold_mentions, counts.predicted_mentions = len(gold_spans), len(predicted_spans)
    counts.matched_mentions = len(pairs)
    counts.exact_mentions = sum(1 for g, p in pairs.items() if g == p)
    gold_by_span, predicted_by_span = _by_span(gold), _by_span(predicted)
    for span in gold_spans:
        if span not in pairs:
            counts.errors.append(f"{doc_id} {span}: missed mention {gold_by_span[span][0]['span_text']!r}")
    for span in sorted(set(predicted_spans) - set(pairs.values())):
        counts.errors.append(f"{doc_id} {span}: extra mention {predicted_by_span[span][0]['span_text']!r}")
    counts.gold_relations = sum(1 for r in gold.iter_rows(named=True) if any(_parties(r)))
    counts.predicted_relations = sum(1 for r in predicted.iter_rows(named=True) if any(_parties(r)))
    for g_span in (span for span in gold_spans if span in pairs):
        predicted_rows = predicted_by_span[pairs[g_span]]
        records, missed, extra = _pair_records(gold_by_span[g_span], predicted_rows)
        where = f"{doc_id} {g_span} {gold_by_span[g_span][0]['span_text']!r}"
        for row in missed + [g for g, p in records if _parties(g) != _parties(p)]:
            if any(_parties(row)):
                counts.errors.append(f"{where}: relation {_parties(row)} not found "
                                     f"(got {[_parties(p) for p in predicted_rows]})")
        counts.errors += [f"{where}: gold record {_parties(row)} has no predicted record" for row in missed]
        counts.errors += [f"{where}: extra record {_parties(row)}" for row in extra]
        for g, p in records:
            counts.matched_records += 1
            counts.matched_relations += any(_parties(g)) and _parties(g) == _parties(p)
            for name in FIELDS:
                if name == "category" and g["system"] is not None and g["category"] is None:
                    continue  # an uncatalogued gold system: the gold gives no category
                counts.scored[name] += 1
                if g[name] == p[name]:
                    counts.correct[name] += 1
                else:
                    counts.errors.append(f"{where} {_parties(g)}: {name} {p[name]!r}, gold {g[name]!r}")
    gold_deals, predicted_deals = deals(gold), deals(predicted)
    counts.gold_deals, counts.predicted_deals = len(gold_deals), len(predicted_deals)
    counts.matched_deals = len(gold_deals & predicted_deals)
    counts.errors += [f"{doc_id}: missed deal {deal}" for deal in sorted(gold_deals - predicted_deals, key=str)]
    counts.errors += [f"{doc_id}: extra deal {deal}" for deal in sorted(predicted_deals - gold_deals, key=str)]
    return counts


def evaluate(gold: pl.DataFrame, predicted: pl.DataFrame) -> tuple[dict[str, Counts], Counts]:
    """Counts per gold document (in doc_id order) and summed over them.

    `gold`: as read by `read_gold` (its category is derived here when absent).
    `predicted`: records with GOLD_COLUMNS and `category` (a release's records table);
    records of documents the gold does not have are ignored.
    """
    missing = [c for c in (*GOLD_COLUMNS, "category") if c not in predicted.columns]
    if missing:
        raise ArmsdataError(f"predicted records lack columns {', '.join(missing)}")
    if "category" not in gold.columns:
        gold = gold_category(gold)
    text = ("system", "category", "supplier", "recipient", "status", "transfer_type")
    predicted = predicted.with_columns(pl.col(*text).cast(pl.String), pl.col(*INTEGER_COLUMNS).cast(pl.Int64))
    per_doc: dict[str, Counts] = {}
    overall = Counts()
    for doc_id in sorted(set(gold["doc_id"])):
        counts = compare_document(gold.filter(pl.col("doc_id") == doc_id),
                                  predicted.filter(pl.col("doc_id") == doc_id), doc_id)
        per_doc[doc_id] = counts
        overall.add(counts)
    return per_doc, overall


def documents_not_held(gold: pl.DataFrame, held: set[str], gold_path: Path) -> list[str]:
    """The gold's doc_ids absent from `held` (the documents whose records are scored), in
    order. Raises ArmsdataError naming `gold_path` when the gold has no records or none of
    its documents is held: there is nothing to score, and every figure would be empty or zero."""
    wanted = sorted(set(gold["doc_id"]))
    if not wanted:
        raise ArmsdataError(f"{gold_path}: no gold records")
    absent = [doc_id for doc_id in wanted if doc_id not in held]
    if len(absent) == len(wanted):
        raise ArmsdataError(f"{gold_path}: none of its {len(wanted)} documents is among the documents scored")
    return absent
