"""Stage 2a, tables: the rows of a pipe table read by the columns its header names.

A table saved with an article (a register, an order list, a web page's table that the HTML
reader wrote as cells between "|") says in its header which column holds the supplier, the
recipient, the quantity, the stage and the years:

    Recipient | Supplier      | System             | Qty | Ordered | Delivered | Status
    Greece    | United States | F-35A Lightning II | 20  | 2024    | 2028-     | Ordered

No sentence rule reads that row: it has no verb. This stage gives every weapons mention of
such a row (outside its notes and status cells) the row's parties (basis `text`), its stage
read from the status cell's words (else delivered when the delivery cell holds a year, else
ordered when the order cell does), the first year of the cell that dates that stage, and the
quantity cell when it is a whole number alone. A row whose party cells name nobody keeps the
sentence rules' reading; a table with one party column leaves the other to the later stages
(events.complete: the document's topic). A row is read only when it has as many bars as the
header, so a "|" inside a note does not shift the columns.

What the header words and the status words mean is data, not code:
`reference/table_columns.csv` (kind, words, value, note): `header` rows give a column's role
(the first row whose words match a header cell decides), `cell` rows give the status that
words in a status cell set (the words that start first decide).
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .mentions import DocContext, Mention
from .relations import Relation

TABLE_COLUMNS_CSV = Path(__file__).resolve().parent / "reference" / "table_columns.csv"
# The roles whose cells hold no weapon of the row: their mentions keep the sentence rules' reading
_OWN_READING = {"notes", "status"}
_PARTIES = ("supplier", "recipient", "route")
# The arrow of a route cell ("France -> India"), and where a party cell's transit begins
# ("Russian Federation, via Syria": Syria is no supplier)
_ARROW = re.compile(r"\s*(?:->|→|=>|>)\s*")
_TRANSIT = re.compile(r"\b(?:via|through|transiting)\b")
_SEPARATOR = re.compile(r"[\s|:+=-]*")
_YEAR = re.compile(r"(?<!\d)(?:19[4-9]\d|20\d\d)(?!\d)")
_WHOLE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def codes(actors) -> dict[str, str]:
    """A state's code as a table cell writes it -> its actor_id: every state's actor_id
    (ISO 3166 alpha-3 where one exists: "EST", "LVA") and the `code` rows of
    table_columns.csv ("ROK" -> KOR). `actors`: the actors table (reference.load_reference)."""
    found = {actor_id: actor_id for actor_id, kind in zip(actors["actor_id"], actors["actor_type"]) if kind == "state"}
    found.update(CODES)
    return found


ROLES = ("notes", "status", "quantity", "route", "supplier", "recipient", "delivered_year", "ordered_year")
STATUSES = ("delivered", "ordered", "planned", "cancelled", "suspended", "denied")


def load_columns(path: Path = TABLE_COLUMNS_CSV) -> tuple[list, list, dict[str, str]]:
    """(header patterns, cell patterns, codes) of table_columns.csv: the first two lists of
    (compiled words, value) in file order, the last code -> actor_id. Raises ValueError
    "PATH:LINE: what is wrong" for a row of unknown kind, a header of unknown role (ROLES),
    a cell of unknown status (STATUSES), words that are no valid pattern or a code with no
    actor."""
    headers, cells_, state_codes = [], [], {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            kind, words, value = row["kind"], row["words"], row["value"]
            if kind == "code":
                if not (words and value):
                    raise ValueError(f"{path}:{line}: a code row needs words (the code) and value (its actor_id)")
                state_codes[words] = value
                continue
            allowed = {"header": ROLES, "cell": STATUSES}.get(kind)
            if allowed is None or value not in allowed:
                raise ValueError(f"{path}:{line}: unknown kind {kind!r} or value {value!r}")
            try:
                pattern = re.compile(words)
            except re.error as error:
                raise ValueError(f"{path}:{line}: words is not a valid pattern: {error}") from None
            (headers if kind == "header" else cells_).append((pattern, value))
    return headers, cells_, state_codes


HEADERS, CELLS, CODES = load_columns()
_CODE = re.compile(r"(?<![\w-])[A-Z]{2,4}(?![\w-])")


@dataclass(frozen=True)
class Table:
    """A table's header: the role of each column (None: a column of weapons or of nothing read)."""

    roles: tuple[str | None, ...]


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of the cells of the line text[start:end] split at each "|",
    white space trimmed; the empty piece before a leading bar and after a closing one
    included, so that a header and its rows align however they are drawn."""
    spans, position = [], start
    for piece in text[start:end].split("|"):
        low, high = position, position + len(piece)
        while low < high and text[low].isspace():
            low += 1
        while high > low and text[high - 1].isspace():
            high -= 1
        spans.append((low, high))
        position += len(piece) + 1
    return spans


def header_roles(text: str, folded: str, start: int, end: int) -> Table | None:
    """The Table the header line text[start:end] names, or None when no cell of it names a
    party's column."""
    roles = tuple(next((role for words, role in HEADERS if words.search(folded, low, high)), None)
                  for low, high in cells(text, start, end))
    return Table(roles) if any(role in _PARTIES for role in roles) else None


def rows(ctx: DocContext) -> dict[int, tuple[Table, list[tuple[int, int]]]]:
    """The data rows of the document's pipe tables, by the start offset of their line: the
    header's Table and the row's cell spans. A table is a run of lines of two "|" or more
    (separator lines such as "---|---" inside it); its first line is its header."""
    found: dict[int, tuple[Table, list[tuple[int, int]]]] = {}
    if "|" not in ctx.text:
        return found
    table: Table | None = None
    in_table = False
    position = 0
    for line in ctx.text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if line.count("|") < 2:
            in_table, table = False, None
            continue
        if _SEPARATOR.fullmatch(line):
            continue
        if not in_table:
            in_table, table = True, header_roles(ctx.text, ctx.folded, start, end)
        elif table is not None:
            spans = cells(ctx.text, start, end)
            if len(spans) == len(table.roles):
                found[start] = (table, spans)
    return found


def _actors_in(ctx: DocContext, low: int, high: int, state_codes: dict[str, str]) -> list[str]:
    """The distinct actor_ids named in text[low:high] (by name, or by a state's code:
    "NOR/USA"), in text order."""
    found = [(actor.start, actor.value[0]) for actor in ctx.actors_starting(low, high) if actor.end <= high]
    found.extend((code.start(), state_codes[code.group(0)]) for code in _CODE.finditer(ctx.text, low, high)
                 if code.group(0) in state_codes)
    named: list[str] = []
    for _, actor_id in sorted(found):
        if actor_id not in named:
            named.append(actor_id)
    return named


def _before_transit(ctx: DocContext, span: tuple[int, int]) -> tuple[int, int]:
    """A party cell's span up to where a transit state is named ("Russian Federation, via Syria")."""
    transit = _TRANSIT.search(ctx.folded, *span)
    return (span[0], transit.start()) if transit else span


def _stage(ctx: DocContext, column: dict[str, tuple[int, int]]) -> tuple[str, str] | None:
    """(status, the words that set it) of a row: the status cell's first status words; else
    the delivery cell's (its words, or delivered for a year); else ordered for a year in the
    order cell; else None."""
    for role in ("status", "delivered_year"):
        if role in column:
            low, high = column[role]
            hits = [(match.start(), -match.end(), status) for words, status in CELLS
                    for match in [words.search(ctx.folded, low, high)] if match]
            if hits:
                begin, minus_end, status = min(hits)  # (the first to start; of those, the longest)
                return status, ctx.text[begin:-minus_end]
    for role, status in (("delivered_year", "delivered"), ("ordered_year", "ordered")):
        if role in column and _YEAR.search(ctx.folded, *column[role]):
            return status, ctx.text[slice(*column[role])]
    return None


def _year(ctx: DocContext, column: dict[str, tuple[int, int]], status: str) -> int | None:
    """The first year of the cell that dates `status`: the delivery cell for delivered, the
    order (or plain year) cell for any other stage; with no such column, the status cell's
    ("Ordered 2025")."""
    role = "delivered_year" if status == "delivered" else "ordered_year"
    role = role if role in column else "status"
    found = _YEAR.search(ctx.folded, *column[role]) if role in column else None
    return int(found.group(0)) if found else None


def read_rows(ctx: DocContext, related: list[tuple[Mention, list[Relation]]], origin: dict[str, str | None],
              state_codes: dict[str, str]) -> list[tuple[Mention, list[Relation]]]:
    """`related` with each mention of a table row that names a party given the row's
    relations (one per supplier and recipient named; with no supplier named, a catalogued
    system's country of origin, basis `origin`), and the row's quantity when the mention has
    none. Other mentions are returned as they came. `origin`: system -> actor_id (the
    systems table); `state_codes`: `codes`."""
    table_rows = rows(ctx)
    if not table_rows:
        return related
    starts = sorted(table_rows)
    result = []
    for mention, relations in related:
        index = bisect.bisect_right(starts, mention.start) - 1
        row = table_rows.get(starts[index]) if index >= 0 else None
        read = _row_relations(ctx, mention, *row, origin, state_codes) if row else None
        result.append((mention, read or relations))
    return result


def _row_relations(ctx: DocContext, mention: Mention, table: Table, spans: list[tuple[int, int]],
                   origin: dict[str, str | None], state_codes: dict[str, str]) -> list[Relation] | None:
    """The relations the row gives `mention`, or None when the row reads nothing for it."""
    cell = next((i for i, (low, high) in enumerate(spans) if low <= mention.start < high), None)
    if cell is None or table.roles[cell] in _OWN_READING or table.roles[cell] in _PARTIES:
        return None
    column: dict[str, tuple[int, int]] = {}
    for role, span in zip(table.roles, spans):
        if role:
            column.setdefault(role, span)  # (two columns of one role: the first one's)
    sides = dict(column)
    if "route" in column:  # "France -> India": the supplier's cell before the arrow, the recipient's after
        low, high = column["route"]
        arrow = _ARROW.search(ctx.folded, low, high)
        if arrow:
            sides.setdefault("supplier", (low, arrow.start()))
            sides.setdefault("recipient", (arrow.end(), high))
    suppliers, recipients = (_actors_in(ctx, *_before_transit(ctx, sides[side]), state_codes) if side in sides else []
                             for side in ("supplier", "recipient"))
    if not suppliers and not recipients:
        return None
    made_in = origin.get(mention.system) if mention.basis == "catalogue" and not suppliers else None
    stage = _stage(ctx, column)
    status, cue = stage if stage else ("unknown", None)
    year = _year(ctx, column, status)
    if mention.quantity is None and "quantity" in column and _WHOLE_NUMBER.fullmatch(ctx.folded, *column["quantity"]):
        mention.quantity = int(ctx.folded[slice(*column["quantity"])].replace(",", "")) or None
    return [Relation(supplier, ("origin" if made_in else "text") if supplier else None, recipient,
                     "text" if recipient else None, status, cue, "unspecified", year)
            for supplier in suppliers or [made_in] for recipient in recipients or [None] if supplier != recipient] or None
