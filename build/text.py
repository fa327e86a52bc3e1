"""Sentences, clauses and a length-preserving folded copy of a document's text.

Every offset in armsdata is an offset in the raw text. Matching is done on `fold(text)`,
which has exactly the same length, so a match's offsets need no mapping back.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from re import _constants as _sre, _parser



def _latin_letters() -> dict[str, str]:
    """Each accented Latin letter of Latin-1 and Latin Extended-A (U+00C0-U+017F) that is an
    ASCII letter and combining marks (Unicode's canonical decomposition), to that letter
    ("é" -> "e", "Ş" -> "S"), and the few with a stroke or no dot that do not decompose."""
    letters = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H"}
    for point in range(0xC0, 0x180):
        letter = chr(point)
        parts = unicodedata.normalize("NFD", letter)
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() and \
                all(unicodedata.combining(c) for c in parts[1:]):
            letters[letter] = parts[0]
    return letters


# One code point in, one code point out: quotes, dashes and no-break spaces become ASCII, and
# accented Latin letters their base letter ("Perú", "Türkiye", "Côte d'Ivoire" are matched
# as "peru", "turkiye", "cote d'ivoire", by the catalogues' names folded the same way).
_LATIN = _latin_letters()
_LATIN_TABLE = str.maketrans(_LATIN)
_FOLD_TABLE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-",
                             "–": "-", "—": "-", "\xa0": " ", **_LATIN})


def unaccented(text: str) -> str:
    """`text` with its accented Latin letters as their base letters, case kept ("Perú" ->
    "Peru"): same length."""
    return text.translate(_LATIN_TABLE)


def fold(text: str) -> str:
    """Lower-cased text of the same length (a few characters lower-case to two; they stay)."""
    text = text.translate(_FOLD_TABLE)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fast_init(cls: type) -> type:
    """`cls`, a frozen dataclass, with an __init__ that holds object.__setattr__ in a local
    name, where the generated one looks it up again for each field: the same objects (same
    signature and defaults, fields set in the same order), built faster (the extractor builds
    some two hundred a document: about 0.7% of its instructions). A class with a field its
    __init__ does not set, a default factory, __post_init__ or slots keeps its own."""
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only is True or f.default_factory is not dataclasses.MISSING for f in fields) or \
            hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__ or not fields:
        return cls
    names = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    parameters = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
                           for f in fields)
    body = "".join(f"    setattr(self, {f.name!r}, {f.name})\n" for f in fields)
    namespace: dict = {}
    exec(f"def __init__(self, {parameters}):\n    setattr = _setattr\n{body}",  # noqa: S102
         names | {"_setattr": object.__setattr__}, namespace)
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]
    return cls


@fast_init
@dataclass(frozen=True)
class Sentence:
    """A sentence's `start` and `end` offsets (code points, white space excluded) and the
    index of its `paragraph` (line)."""

    start: int
    end: int
    paragraph: int


_ABBREVIATIONS = {"gen", "lt", "col", "maj", "capt", "sgt", "mr", "mrs", "ms", "dr", "prof", "no",
                  "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                  "dec", "u.s", "u.k", "u.n", "vs", "etc", "inc", "corp", "co", "ltd", "adm", "gov", "zr.ms"}
# ("[.!?][.!?]*", not "[.!?]+": a pattern that opens with a character set lets the regex
# engine skip to the next dot, where a repeat has it try every position; the same matches)
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")


def sentences(text: str) -> list[Sentence]:
    """Sentences inside paragraphs (lines); offsets exclude surrounding white space."""
    folded = text.translate(_FOLD_TABLE)
    result: list[Sentence] = []
    position = 0
    for paragraph, line in enumerate(folded.split("\n")):
        cuts = [m.end() for m in _SENTENCE_END.finditer(line) if not _after_abbreviation(line, m.start())]
        starts = [0] + cuts
        for start, end in zip(starts, cuts + [len(line)]):
            piece = line[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                result.append(Sentence(position + start + lead, position + start + lead + len(stripped), paragraph))
        position += len(line) + 1
    return result


def _after_abbreviation(line: str, dot: int) -> bool:
    start = dot  # the word before the dot (what [\w.]+$ finds in line[:dot]), read backwards:
    while start and (line[start - 1].isalnum() or line[start - 1] in "_."):  # not the whole line again
        start -= 1
    word = line[start:dot]
    if len(word) == 1 and word.isdigit() and start and line[start - 1] == "-":
        return False  # a designation's last digit, "... and call it Geran-2. Kyiv's air force said"
    return bool(word) and (word.lower() in _ABBREVIATIONS or len(word) == 1)


# Points where a new clause starts. The extractor looks for a verb's subject inside the
# clause first, so these keep "Georgia used ..." apart from "Russia has sought ...". Not the
# comma before a year ("signed on March 28, 2024 for": one clause).
_CLAUSE_WORDS = ("since", "while", "because", "although", "whereas", "but", "if", "unless", "when", "that")


def _first_letter_then_rest(words: list[str]) -> str:
    """"\\b(?=since\\b|but\\b|...)" for `words` (patterns that open with a letter), in the form
    the regex engine runs faster: each first letter taken where no word character stands
    before it, the rest of its words ahead ("s(?<!\\ws)(?=ince\\b)|b(?<!\\wb)(?=ut\\b)"). A match
    starts where the word does, and the next try after its letter, where the boundary's
    would (no match starts inside a word): the same matches."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{letter}(?<!\\w{letter})(?=" + "|".join(found) + ")" for letter, found in rests.items())


_CLAUSE_BREAK = re.compile(
    r"[;:]|\s-\s|,(?!\s\d{4}\b)(?:\s+(?=which\b|who\b|and\b|but\b|while\b|although\b|though\b)|(?=\s))|"
    + _first_letter_then_rest([word + r"\b" for word in _CLAUSE_WORDS] + [
        # "as", not "such as", "as well as", "so as" (the lookbehinds after its "a", which they include)
        r"a(?<!such a)(?<!as well a)(?<!so a)s\s(?!well\b|part\b|of\b|a\b|an\b|the\b|many\b|much\b|soon\b|for\b)",
        # a clause of time with its own subject or a gerund: "after it bought", "before buying"
        r"after\s(?=(?:it|they|he|she|we|[a-z]+ing)\b)", r"before\s(?=(?:it|they|he|she|we|[a-z]+ing)\b)"])
)


def clauses(folded: str, sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each clause of the sentence, in order, covering it without gaps."""
    cuts = [sentence.start]
    for match in _CLAUSE_BREAK.finditer(folded, sentence.start, sentence.end):
        if match.start() > cuts[-1]:
            cuts.append(match.start())
    cuts.append(sentence.end)
    return list(zip(cuts[:-1], cuts[1:]))


def sentence_at(sentences: list[Sentence], position: int) -> int:
    """Index of the sentence that holds `position`, or -1 (white space between sentences)."""
    index = bisect.bisect_right(sentences, position, key=lambda sentence: sentence.start) - 1
    return index if index >= 0 and position < sentences[index].end else -1


def clause_at(parts: list[tuple[int, int]], position: int) -> int:
    """Index of the clause that holds `position`; the nearest clause when it lies outside."""
    # (the clauses compared as tuples, not through a key function, and no min/max: called
    # several times per mention, it cost about 1% of extraction)
    index = bisect.bisect_right(parts, (position, math.inf)) - 1  # the last clause starting at or before it
    return index if index >= 0 else min(0, len(parts) - 1)


@functools.lru_cache(maxsize=None)
def pattern(source: str) -> re.Pattern:
    """`source` compiled once, for the extractor's patterns written where they are used:
    re.match(source, ...) looks the pattern up in re's own cache on every call, which costs
    more than this lookup (about 4% of extraction time). A pattern that opens with a word
    boundary and a few letters comes in the form the regex engine runs faster, with the same
    matches (lexicon._letter_first)."""
    from .lexicon import _letter_first  # (lexicon's words are not text's concern but for this)

    return _letter_first(re.compile(source))


def search(compiled: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """compiled.search(text, start, end), with no search when none of the strings one of which
    every match holds (_required_literals) stands in text[start:end]: a str.find of each costs
    less than the regex engine's try at every position of a window, for a pattern with few
    such strings that seldom stand there (called where it was measured to pay)."""
    end = len(text) if end is None else end
    return compiled.search(text, start, end) if may_match(compiled, text, start, end) else None


def may_match(compiled: re.Pattern, text: str, start: int, end: int) -> bool:
    """False when no match of `compiled` can stand in text[start:end]: none of the strings
    one of which every match holds (_required_literals) stands there (a str.find of each);
    True when one does, or the pattern has no such strings."""
    entry = _LITERALS.get(id(compiled))
    if entry is None:  # (the pattern kept with its strings: its id stays its own)
        entry = _LITERALS[id(compiled)] = (compiled, _required_literals(compiled))
    if entry[1] is None or start < 0 or end < 0:  # (negative offsets mean another thing to str.find)
        return True
    for literal in entry[1]:
        if text.find(literal, start, end) >= 0:
            return True
    return False


_LITERALS: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def _required_literals(compiled: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of `compiled` holds, read from its parsed form
    (("denied", "dismissed", "rejected") for "\\bwas (?:denied|rejected|dismissed)\\b");
    None when none is found, or the pattern ignores case."""
    if compiled.flags & re.IGNORECASE:
        return None
    try:
        found = _required(_parser.parse(compiled.pattern, compiled.flags))
    except Exception:  # (a form this reading does not know: the pattern is searched as it is)
        return None
    # (a string that holds another of them is never the only one that stands)
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found))) if found else None


def _required(items) -> set[str] | None:
    """For a parsed sequence of regex items: a set of strings one of which every match holds
    (two or more literal characters in a row, or what a group, every alternative of a branch
    or a repeat of at least one holds), the one whose shortest string is longest (the
    rarest to stand), then the smallest; None when there is none."""
    candidates, run = [], []
    for op, value in items:
        if op is _sre.LITERAL:
            run.append(chr(value))
            continue
        if len(run) >= 2:
            candidates.append({"".join(run)})
        run = []
        found = None
        if op is _sre.SUBPATTERN and not value[1] and not value[2]:  # (a group that sets no flags)
            found = _required(value[3])
        elif op is _sre.BRANCH:
            alternatives = [_required(alternative) for alternative in value[1]]
            found = set().union(*alternatives) if all(alternatives) else None
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
            found = _required(value[2])
        if found:
            candidates.append(found)
    if len(run) >= 2:
        candidates.append({"".join(run)})
    return min(candidates, key=lambda words: (-min(map(len, words)), len(words))) if candidates else None
