"""Identifiers of the release's records: how a mention_id is made.

Kept apart from the table models, which need pandera, so that the extraction workers,
which give every record its id, do not import it.
"""

from __future__ import annotations

import hashlib


def mention_id(text_sha256: str, start: int, end: int) -> str:
    """Stable id of a mention: the first 16 hex digits of the SHA-256 of
    "TEXT_SHA256:START:END" (the document text's hash and the span's code-point offsets), so
    the same document text and span give the same id in every build."""
    return hashlib.sha256(f"{text_sha256}:{start}:{end}".encode()).hexdigest()[:16]
