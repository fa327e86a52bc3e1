"""Multi-pattern matching of names in a text, on word boundaries, with exact offsets.

pyahocorasick finds every catalogued name in one pass over the folded text (a few
thousand names, any number of documents), which phrase matchers built on tokens do not do
for designations glued to punctuation ("A400M,", "(IRIS-T)").
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from .text import fast_init, fold, unaccented


@fast_init
@dataclass(frozen=True)
class Match:
    """A gazetteer name found in a text: its `start` and `end` offsets (code points) and the
    `value` the name was entered with."""

    start: int
    end: int
    value: Any


_BY_START_LONGEST = operator.itemgetter(0, 1)  # candidates (start, -length, end, value) by start, longest first


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class Gazetteer:
    """Names -> values. Names made only of letters must match with their capitals
    ("Patriot", not "patriot"); names with digits or hyphens match in any case. With
    `allow_variants` (designations), a name of several words also matches with hyphens
    between them ("Rafale M" as "Rafale-M"), and see _word_end for variant suffixes and
    plurals."""

    def __init__(self, entries: list[tuple[str, Any]], allow_variants: bool = False):
        self._automaton = ahocorasick.Automaton()
        if allow_variants:  # a designation's words also joined by hyphens: "Rafale M" as "Rafale-M"
            entries = entries + [(name.replace(" ", "-"), value) for name, value in entries if " " in name]
        for name, value in entries:
            key = fold(name)
            existing = self._automaton.get(key, [])
            existing.append((name, value, name.replace(" ", "").replace("-", "").isalpha()))
            self._automaton.add_word(key, existing)
        self._automaton.make_automaton()
        # Designations may carry a variant suffix the catalogue lacks (T-90S, F-16V, Su-30MKI)
        # and a plural s; actor names may not ("Israelis" is not "Israeli").
        self._allow_variants = allow_variants

    @property
    def automaton(self) -> ahocorasick.Automaton:
        """The automaton of the folded names (for scan_together)."""
        return self._automaton

    def find(self, text: str, folded: str, hits: list | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches that stand as whole words. `hits`: what
        the automaton finds in `folded`, when already found (scan_together)."""
        # (plain tuples until chosen, and the common case of _word_end inline: the loop
        # runs once per name found, the cost of finding actors and systems)
        candidates = []
        length = len(text)
        for last, entries in self._automaton.iter(folded) if hits is None else hits:
            hit_end = last + 1
            following = text[hit_end] if hit_end < length else ""
            ends_word = not (following.isalnum() or following == "_")
            for name, value, letters_only in entries:
                start = hit_end - len(name)
                if start > 0 and ((before := text[start - 1]).isalnum() or before == "_"):  # (_is_word_char)
                    continue
                if ends_word and (not letters_only or text.startswith(name, start)):
                    end = hit_end  # what _word_end gives here
                else:
                    end = self._word_end(text, start, hit_end, name, letters_only)
                if end is not None:
                    candidates.append((start, start - end, end, value))
        candidates.sort(key=_BY_START_LONGEST)  # (stable: as many ties as before, in the same order)
        chosen: list[Match] = []
        for start, _, end, value in candidates:
            if not chosen or start >= chosen[-1].end:
                chosen.append(Match(start, end, value))
        return chosen

    def _word_end(self, text: str, start: int, end: int, name: str, letters_only: bool) -> int | None:
        if letters_only and text[start:end] != name and unaccented(text[start:end]) != unaccented(name):
            written = text[start:end]  # ("Perú" is "Peru", "Turkiye" is "Türkiye": their capitals agree)
            # headlines in capitals; a name catalogued in capitals also in title case ("Caesar")
            if not (written.isupper() and len(name) > 3) and not (name.isupper() and len(name) > 3
                                                                   and written == name.title()):
                return None
        if end == len(text) or not _is_word_char(text[end]):
            return end
        # Plurals: "F-16s", "S-300s", "Rafales", "Gripens"; in a line of capitals "RAFALES".
        if self._allow_variants and (text[end] == "s" or text[end] == "S" and text[start:end].isupper()) and \
                (end + 1 == len(text) or not _is_word_char(text[end + 1])):
            return end + 1
        if self._allow_variants and name[-1].isdigit() and text[end].isupper():
            variant_end = end
            while variant_end < len(text) and (text[variant_end].isalnum()):
                variant_end += 1
            return variant_end
        return None


_combined: dict[tuple[int, ...], tuple] = {}  # the automata's ids -> (the automata, their combination)


def scan_together(automata: tuple[ahocorasick.Automaton, ...], text: str) -> tuple[list[tuple[int, Any]], ...]:
    """What automaton.iter(text) gives for each of `automata` (built pyahocorasick automata),
    as lists of (end index, value) in the same order, from one pass over `text`: one automaton
    of all their words (built once for the same automata) walks the text, not each of them."""
    key = tuple(id(automaton) for automaton in automata)
    entry = _combined.get(key)  # (one lookup: another thread may clear the cache meanwhile)
    if entry is None:
        entry = (automata, _combine(automata))  # (the automata are held with it: their ids stay theirs)
        _combined.clear()
        _combined[key] = entry
    combined = entry[1]
    found: tuple[list, ...] = tuple([] for _ in automata)
    if len(combined):
        for last, entries in combined.iter(text):
            for index, value in entries:  # (a word of one automaton, most often)
                found[index].append((last, value))
    return found


def _combine(automata: tuple[ahocorasick.Automaton, ...]) -> ahocorasick.Automaton:
    """An automaton of every word of `automata`, each with the (index, value) of the automata
    that hold it. At one end, each automaton's words come out longest first, as its own do."""
    words: dict[str, list] = {}
    for index, automaton in enumerate(automata):
        for word, value in automaton.items():
            words.setdefault(word, []).append((index, value))
    combined = ahocorasick.Automaton()
    for word, entries in words.items():
        combined.add_word(word, tuple(entries))
    if words:
        combined.make_automaton()
    return combined
