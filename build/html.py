"""The article in an HTML page: its main text, taken by trafilatura.

trafilatura (https://trafilatura.readthedocs.io) finds the main text of a news page and
drops navigation, footers, adverts and reader comments. Its text is what the release
stores and what offsets count on; the page's bytes are kept out of the release, but
their sha256 is recorded (document_sources.content_sha256), so the text can be derived
again from the same page with the same trafilatura version.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError


@dataclass(frozen=True)
class Page:
    """What trafilatura took from an HTML page: its main `text`, and its `url` and `title`
    when the page declares them (else None)."""

    text: str
    url: str | None    # the page's canonical address, when it declares one
    title: str | None


def page_text(raw: bytes, path: Path) -> Page:
    """The main text, canonical URL and title of an HTML page given as bytes (trafilatura
    detects the encoding). An empty file (no bytes, or white space only) is an empty page,
    kept as a document like an empty .txt file (ingest notes it). Raises UsageError naming
    `path` when no article text is found in bytes that are there (bytes that hold no page:
    input of the wrong kind, exit 2)."""
    if not raw.strip():
        return Page("", None, None)  # an empty file is kept as a document, as an empty .txt is
    import trafilatura  # slow to import; only HTML corpora need it

    found = trafilatura.bare_extraction(raw, include_comments=False, with_metadata=True)
    if found is None or not (found.text or "").strip():
        raise UsageError(f"{path}: no article text found in the HTML page")
    return Page(found.text, found.url or None, found.title or None)
