"""Multi-pattern matching of names in a text, on word boundaries, with exact offsets.

pyahocorasick finds every catalogued name in one pass over the folded text (a few
thousand names, any number of documents), which phrase matchers built on tokens do not do
for designations glued to punctuation ("A400M,", "(IRIS-T)").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ahocorasick

from .text import fold


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in a text: its `start` and `end` offsets (code points) and the
    `value` the name was entered with."""

    start: int
    end: int
    value: Any


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class Gazetteer:
    """Names -> values. Names made only of letters must match with their capitals
    ("Patriot", not "patriot"); names with digits or hyphens match in any case."""

    def __init__(self, entries: list[tuple[str, Any]], allow_variants: bool = False):
        self._automaton = ahocorasick.Automaton()
        for name, value in entries:
            key = fold(name)
            existing = self._automaton.get(key, [])
            existing.append((name, value, name.replace(" ", "").replace("-", "").isalpha()))
            self._automaton.add_word(key, existing)
        self._automaton.make_automaton()
        # Designations may carry a variant suffix the catalogue lacks (T-90S, F-16V, Su-30MKI)
        # and a plural s; actor names may not ("Israelis" is not "Israeli").
        self._allow_variants = allow_variants

    def find(self, text: str, folded: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches that stand as whole words."""
        candidates = []
        for last, entries in self._automaton.iter(folded):
            for name, value, letters_only in entries:
                start = last + 1 - len(name)
                if start > 0 and _is_word_char(text[start - 1]):
                    continue
                end = self._word_end(text, start, last + 1, name, letters_only)
                if end is not None:
                    candidates.append(Match(start, end, value))
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Match] = []
        for match in candidates:
            if not chosen or match.start >= chosen[-1].end:
                chosen.append(match)
        return chosen

    def _word_end(self, text: str, start: int, end: int, name: str, letters_only: bool) -> int | None:
        if letters_only and text[start:end] != name:
            written = text[start:end]
            # headlines in capitals; a name catalogued in capitals also in title case ("Caesar")
            if not (written.isupper() and len(name) > 3) and not (name.isupper() and len(name) > 3
                                                                   and written == name.title()):
                return None
        if end == len(text) or not _is_word_char(text[end]):
            return end
        # Plurals: "F-16s", "S-300s", "Rafales", "Gripens".
        if self._allow_variants and text[end] == "s" and (end + 1 == len(text) or not _is_word_char(text[end + 1])):
            return end + 1
        if self._allow_variants and name[-1].isdigit() and text[end].isupper():
            variant_end = end
            while variant_end < len(text) and (text[variant_end].isalnum()):
                variant_end += 1
            return variant_end
        return None
