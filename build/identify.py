"""Ids of records, given per document where the records are made (see schema/ids).

mention_id hashes the document text and the span, so the same text and span keep their
id in every build; record_id numbers the relations of one mention, ordered by supplier
then recipient (an empty party first).
"""

from __future__ import annotations

from armsdata.schema.ids import mention_id


def _order(record: dict) -> tuple:
    supplier, recipient = record["supplier"], record["recipient"]
    return (record["span_start"], record["span_end"], supplier is not None, supplier or "",
            recipient is not None, recipient or "")


def identify(records: list[dict], text_sha256: str) -> list[dict]:
    """The document's records in release order, each with its mention_id and record_id."""
    numbered, counts = [], {}
    for record in sorted(records, key=_order):
        mention = mention_id(text_sha256, record["span_start"], record["span_end"])
        counts[mention] = counts.get(mention, 0) + 1
        numbered.append({**record, "mention_id": mention, "record_id": f"{mention}-{counts[mention]}"})
    return numbered
