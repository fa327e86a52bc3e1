"""`armsdata deals`: a release's deals, selected by party and system, with the sentences
of the records that set each field, for a person reading in a terminal (or as CSV/JSON)."""

from __future__ import annotations

import io
import json
import re
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from armsdata.build.errors import UsageError
from armsdata.build.reference import actor_named, designation_key, name_words
from armsdata.build.sources import closest, closest_name
from armsdata.releases import absent_table, not_a_release
from armsdata.schema.read import read_parquet
from armsdata.schema.report import Unreadable

# The deal's fields that name a record, and the field each supports.
EVIDENCE = (("status_record_id", "status"), ("quantity_ordered_record_id", "quantity_ordered"),
            ("quantity_delivered_record_id", "quantity_delivered"), ("order_year_record_id", "order_year"),
            ("first_delivery_year_record_id", "first_delivery_year"),
            ("last_delivery_year_record_id", "last_delivery_year"))


@dataclass(frozen=True)
class Release:
    """The tables of one release that `armsdata deals` reads."""

    deals: pl.DataFrame
    records: pl.DataFrame
    documents: pl.DataFrame
    actors: pl.DataFrame
    systems: pl.DataFrame


# The tables `read_release` reads (their Parquet files)
RELEASE_READS = ("records", "documents", "actors", "systems", "deals")


def read_release(folder: Path) -> Release:
    """The deals of a release folder and what it takes to show them. Raises UsageError
    (one line naming the file; exit 2) for a release without a deals table or an unreadable file."""
    folder = Path(folder)
    if not (folder / "deals.parquet").exists():
        if message := not_a_release(folder):
            raise UsageError(message)
        raise UsageError(absent_table(folder, "deals", "deals are in releases from 0.2.0"))
    frames = {}
    columns = {"records": ["record_id", "doc_id", "span_text", "sentence_start", "sentence_end"],
               "documents": ["doc_id", "published", "text"], "actors": ["actor_id", "name", "names"],
               "systems": ["system", "generic", "aliases"], "deals": None}
    # (and the sentence a record's parties were read in, when another: records since 0.11.0 say)
    optional = {"records": ("evidence_start", "evidence_end"), "actors": ("seats",)}
    for table, wanted in columns.items():
        path = folder / f"{table}.parquet"
        try:
            frames[table] = read_parquet(path, columns=wanted, optional=optional.get(table, ()))
        except Unreadable as exc:  # "<file>: not a readable Parquet file (<why>)", as other commands say
            raise UsageError(str(exc)) from None
    return Release(**frames)


def _names(row: dict, *columns: str) -> list[str]:
    names = []
    for column in columns:
        names += [n.casefold() for n in (row.get(column) or "").split("|") if n]
    return names


def resolve_actor(value: str, actors: pl.DataFrame, option: str) -> str:
    """The actor_id that `value` names: an actor_id, a name or the name of its seat of
    government ("Moscow", as the extractor reads it), in any case. Raises ArmsdataError when
    none does."""
    if (named := actor_named(actors, value)) is not None:
        return named
    wanted = value.strip().casefold()
    known: list[str] = []
    partial: list[str] = []  # "Korea": the names that hold it as a word ("South Korea (KOR)")
    word = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)") if wanted else None
    for row in actors.iter_rows(named=True):
        known += [row["actor_id"], *(n for n in (row.get("names") or row["name"]).split("|") if n)]
        if word is not None and word.search(row["name"].casefold()):
            partial.append(f"{row['name']} ({row['actor_id']})")
    hint = f" (did you mean {' or '.join(partial[:4])}?)" if 0 < len(partial) <= 4 else \
        closest(value.strip(), tuple(known))
    raise UsageError(f"{option} {value!r}: no such actor{hint} "
                        "(give an actor_id such as RUS, or a name such as Russia)")


def resolve_system(value: str, systems: pl.DataFrame) -> str:
    """The system that `value` names: a system or one of its aliases, in any case and with
    or without spaces and hyphens ("s300" for S-300), or a name word that the extractor
    reads as one system alone ("Nimr" for NIMR Ajban: armsdata.build.reference.name_words).
    Raises UsageError (with the closest name) when none does."""
    wanted = designation_key(value.strip())
    known: dict[str, str] = {}  # every name and alias -> its system
    for row in systems.iter_rows(named=True):
        if wanted in [designation_key(name) for name in [row["system"], *_names(row, "aliases")]]:
            return row["system"]
        known.update((n, row["system"]) for n in [row["system"], *(row.get("aliases") or "").split("|")] if n)
    named = name_words(systems).get(value.strip().casefold(), ())
    if len(named) == 1:
        return named[0]
    if named:
        raise UsageError(f"--system {value!r}: names several systems ({', '.join(named)}); give one of them")
    match = closest_name(value.strip(), tuple(known))  # (an alias suggested as its system: "Shahed-136", not "Shahed136")
    raise UsageError(f"--system {value!r}: no such system{f' (did you mean {known[match]}?)' if match else ''} "
                     "(give a family such as S-300, or a class such as UAV)")


def select(release: Release, supplier: str | None = None, recipient: str | None = None,
           system: str | None = None) -> pl.DataFrame:
    """The deals of the given supplier, recipient and system (each optional), in table order."""
    deals = release.deals
    if supplier:
        deals = deals.filter(pl.col("supplier") == resolve_actor(supplier, release.actors, "--supplier"))
    if recipient:
        deals = deals.filter(pl.col("recipient") == resolve_actor(recipient, release.actors, "--recipient"))
    if system:
        deals = deals.filter(pl.col("system") == resolve_system(system, release.systems))
    return deals


def evidence(release: Release, deal: dict) -> list[dict]:
    """The records behind one deal's fields, in field order, each once: fields (the deal's
    fields it set, and "first STAGE" for the first report of each stage of its history),
    record_id, doc_id, published (ISO date or None), span_text, sentence, and
    reported_in: the sentence of the transfer the record took its parties and status from
    (its evidence_start:evidence_end: a headline, an earlier sentence) when that is another
    sentence, else None."""
    fields: dict[str, list[str]] = {}
    for column, name in EVIDENCE:
        if deal[column]:
            fields.setdefault(deal[column], []).append(name)
    for part in (deal["quantity_delivered_parts"] or "").split("|"):
        if part and "quantity_delivered" not in fields.get(part, []):
            fields.setdefault(part, []).append("quantity_delivered")
    stages = [entry.split(":")[0] for entry in deal["status_history"].split("|")]
    for stage, record_id in zip(stages, deal["status_history_record_ids"].split("|")):
        fields.setdefault(record_id, []).append(f"first {stage}")
    rows = (release.records.filter(pl.col("record_id").is_in(list(fields)))
            .join(release.documents, on="doc_id", how="left"))
    found = {row["record_id"]: row for row in rows.iter_rows(named=True)}
    out = []
    for record_id, names in fields.items():
        row = found.get(record_id)
        if row is None:
            out.append({"fields": names, "record_id": record_id, "doc_id": None, "published": None,
                        "span_text": None, "sentence": None, "reported_in": None})
            continue
        sentence = " ".join(row["text"][row["sentence_start"]:row["sentence_end"]].split())
        reported_in = None
        if row.get("evidence_start") is not None and row["evidence_start"] != row["sentence_start"]:
            reported_in = " ".join(row["text"][row["evidence_start"]:row["evidence_end"]].split())
        out.append({"fields": names, "record_id": record_id, "doc_id": row["doc_id"],
                    "published": row["published"].isoformat() if row["published"] else None,
                    "span_text": row["span_text"], "sentence": sentence, "reported_in": reported_in})
    return out


def _json_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def render_json(release: Release, deals: pl.DataFrame) -> str:
    """Every selected deal with all its columns and an `evidence` list (see `evidence`)."""
    rows = [{**{k: _json_value(v) for k, v in deal.items()}, "evidence": evidence(release, deal)}
            for deal in deals.iter_rows(named=True)]
    return json.dumps(rows, indent=2, ensure_ascii=False)


def render_csv(deals: pl.DataFrame) -> str:
    """The selected rows exactly as deals.csv writes them."""
    from armsdata.schema.parity import CSV_OPTIONS

    buffer = io.StringIO()
    deals.write_csv(buffer, include_header=True, **CSV_OPTIONS)
    return buffer.getvalue()


def _actor(code: str | None, names: dict[str, str]) -> str:
    return f"{code} ({names.get(code, code)})" if code else "(not named)"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _figure(value) -> str:
    return "-" if value is None else str(value)


def render_table(release: Release, deals: pl.DataFrame, width: int | None = None) -> str:
    """One block per deal: parties, system, status and its history, numbers and years,
    then the sentence of each record that set a field."""
    if deals.is_empty():
        return "No deals match."
    width = width or max(60, min(120, shutil.get_terminal_size((100, 24)).columns))
    names = dict(release.actors.select("actor_id", "name").iter_rows())
    blocks = []
    for deal in deals.iter_rows(named=True):
        history = ", ".join(entry.replace(":", " ", 1) for entry in deal["status_history"].split("|"))
        delivery = (_figure(deal["first_delivery_year"]) if deal["first_delivery_year"] == deal["last_delivery_year"]
                    else f"{deal['first_delivery_year']}-{deal['last_delivery_year']}")
        lines = [
            f"{_actor(deal['supplier'], names)} -> {_actor(deal['recipient'], names)}: {deal['system']} "
            f"[{deal['category']}, {deal['transfer_type']}]  deal {deal['deal_id']}",
            f"  status {deal['status']} (history: {history})",
            f"  ordered {_figure(deal['quantity_ordered'])}, delivered {_figure(deal['quantity_delivered'])}; "
            f"order year {_figure(deal['order_year'])}, delivery years {delivery}",
            f"  reported {_figure(deal['first_reported'])} to {_figure(deal['last_reported'])} in "
            f"{_count(deal['n_documents'], 'document')}, {_count(deal['n_records'], 'record')}",
        ]
        for item in evidence(release, deal):
            head = f"  {', '.join(item['fields'])}: {item['record_id']}"
            if item["doc_id"] is None:
                lines.append(f"{head} (not in the records)")
                continue
            lines.append(f"{head}, {item['doc_id']} ({item['published'] or 'undated'})")
            lines += textwrap.wrap(f"\"{item['sentence']}\"", width, initial_indent="    ", subsequent_indent="    ")
            if item["reported_in"]:  # (the record's parties and status were read there)
                lines += textwrap.wrap(f"parties and status from: \"{item['reported_in']}\"", width,
                                       initial_indent="    ", subsequent_indent="    ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
