"""The article in an HTML page: its main text, taken by trafilatura.

trafilatura (https://trafilatura.readthedocs.io) finds the main text of a news page and
drops navigation, footers, adverts and reader comments. Its text is what the release
stores and what offsets count on; the page's bytes are kept out of the release, but
their sha256 is recorded (document_sources.content_sha256), so the text can be derived
again from the same page with the same trafilatura version.
"""

from __future__ import annotations

import re
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
    detects the encoding). An empty file (no bytes, or white space only), and a page with
    markup but no article (no text, or a menu's words and no sentence), is an empty page,
    kept as a document like an empty .txt file (ingest notes it). Raises UsageError naming
    `path`, "not an HTML page", when no article text is found in bytes with no markup (bytes
    that hold no page, such as a binary file: input of the wrong kind, exit 2)."""
    if not raw.strip():
        return Page("", None, None)  # an empty file is kept as a document, as an empty .txt is
    import trafilatura  # slow to import; only HTML corpora need it

    found = trafilatura.bare_extraction(raw, include_comments=False, with_metadata=True)
    text = (found.text or "") if found is not None else ""
    if _MARKUP.search(raw[:4096]) and (not text.strip() or _menu_only(text)):
        # a page with no article: kept with no text, as an empty file is (its menu's "Missiles"
        # and "Drones" are no weapons mentions; a new-user trial of 0.45.0)
        return Page("", (found.url or None) if found else None, (found.title or None) if found else None)
    if not text.strip():
        raise UsageError(f"{path}: not an HTML page (no HTML markup and no readable text)")
    return Page(text, found.url or None, found.title or None)


# The start of an HTML page's markup (bytes that hold none are no page: exit 2)
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|nav|div|p|article|main|header|footer|a)\b", re.IGNORECASE)


def _menu_only(text: str) -> bool:
    """Text with no sentence: no end punctuation and no line of six words or more (what
    trafilatura returns from a page whose only text is a menu: "Home\nMissiles\nDrones")."""
    return not any(mark in text for mark in ".!?") and all(len(line.split()) < 6 for line in text.splitlines())
