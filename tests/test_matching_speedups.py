"""The faster forms the extractor gives its patterns find exactly what the plain ones find.

Each speed-up (lexicon._letter_first, lexicon._matches_at, mentions._head_matches, the
noun cues' boundary first, text._CLAUSE_BREAK's letters) is compared with the pattern it
replaces, on the seed articles and on strings built to sit on its edges (a boundary inside
a word or a hyphenated one, a window that starts or ends mid-word).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from armsdata.build import lexicon as lx
from armsdata.build import mentions
from armsdata.build import text as tx

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
EDGES = ["was denied", "swas denied", "-was denied", "it was not", "has been rejected", "hasn't", "wasn't",
         "to sell", "toto sell", "x-to be", "not to ", "no  tanks ", "as well as", "such as the", "so as",
         "as many", "since 2020", "unless, that", "a - b", "a; b: c", "missiles, which", "anti-ship missiles",
         "tanks-", "_tanks", "1999", "x2024", "2024-", "stopped a ship", "relied heavily on", "aid package",
         "the offers", "2 offers", "offered", "in hands to", "hands them to", "reach a deal", "reach the port"]


def _texts() -> list[str]:
    seeds = [tx.fold(path.read_text(encoding="utf-8")) for path in SEEDS[:40]]
    return seeds + [" ".join(EDGES[i:i + 4]) for i in range(len(EDGES))] + EDGES


def _spans(matches) -> list:
    return [match.regs for match in matches]


def _windows(text: str):
    step = max(1, len(text) // 40)
    for start in range(0, len(text), step):
        yield start, min(len(text), start + 60)


@pytest.mark.parametrize("source", [
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed)\b",
    r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?$",
    r"\bto\s+(?:\w+ly\s+)?$",
    r"\b(?:co-?produc\w*|licen[cs]\w*|locally|assembl\w*)\b",
])
def test_letter_first_finds_what_the_pattern_finds(source):
    plain = re.compile(source)
    faster = lx._letter_first(plain)
    assert faster.pattern != source
    for text in _texts():
        assert _spans(faster.finditer(text)) == _spans(plain.finditer(text))
        for start, end in _windows(text):
            for method in ("search", "match", "fullmatch"):
                found, expected = getattr(faster, method)(text, start, end), getattr(plain, method)(text, start, end)
                assert (found and found.regs) == (expected and expected.regs), (method, text[start:end])


@pytest.mark.parametrize("source", [
    r"\ba|b", r"\b(?:a|b)?x", r"\b(?:a|\w)x", r"(?<!x)\bab", r"\b(?:with|against|to|from|by|of|for|in)\s+$",
])
def test_letter_first_leaves_what_it_cannot_speed_up(source):
    plain = re.compile(source)
    assert lx._letter_first(plain) is plain


@pytest.mark.parametrize("source, heads", [
    (r"\b(?:stopped|stops|boarded)\s+(?:a|the)\s+(?:ship|boat)\b", ["stopped", "stops", "boarded"]),
    (r"\brel(?:y|ies|ied)\s+(?:\w+ly\s+)+on\b", ["rely", "relies", "relied"]),
    (r"\b(?:a|)x\s", ["ax", "x"]),
    (r"\b(?:(?<!\bthe )(?<!\d )offers?|offered)\b", ["offer", "offers", "offered"]),  # lookarounds match no text
    (r"\b(?<!the )(?<!in )hands(?=\s+(?:\w+\s+){1,4}?to\b)", ["hands"]),
    (r"\b(?:reach(?!\s+(?:an?\s+)?deal)|arrived)\b", ["reach", "arrived"]),
    (r"(?:(?<=\bis )|(?<=\bare ))(?:building|making)\b(?=\s+for\s)", ["building", "making"]),  # lookarounds only
    (r"\b(?:unveil(?:s|ed)?|show(?:s|ed)?\s+off|parad(?:es|ed))\b",  # heads end at white space
     ["unveils", "unveiled", "unveil", "shows", "showed", "show", "parades", "paraded"]),
    (r"\b(?:a(?:b\s+c|d)e|fg)x", ["ab", "ad", "fg"]),  # (nothing after a cut is a head's)
    (r"\bab|cd", None),
    (r"\b(?:ab|c[|])\s", None),
])
def test_matches_at_heads_are_what_finditer_gives(source, heads):
    assert lx._head_forms(source) == heads
    if heads is not None:
        pattern = re.compile(source)
        for text in _texts():
            starts = {i for head in heads for i in range(len(text)) if text.startswith(head, i)}
            assert _spans(lx._matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))


def test_every_verb_cue_pattern_left_to_the_regex_engine_has_head_forms():
    # a pattern with none is run with finditer over every document: frame row 103's
    # "air defen[cs]es?" (a character class has no head form) cost 0.8M instructions a
    # document, 2% of the extractor, until it was written as "air defences?|air defenses?"
    scanner = lx.verb_scanner()
    assert [pattern.pattern for _, pattern, _, heads in scanner.patterns if heads is None] == []


def test_verb_scanner_finds_what_each_verb_cue_pattern_finds():
    # (the patterns left to the regex engine tried where the heads automaton finds a head, the
    # word lists found by the other automaton: a listed word never inside a hyphenated one)
    scanner = lx.verb_scanner()
    listed = {order for _, entries in scanner.automaton.items() for _, order, _, _ in entries}
    for text in _texts():
        found = sorted((start, end, order) for start, end, order, _ in scanner.scan(text) if order not in listed)
        expected = sorted((m.start(), m.end(), order) for order, (pattern, _) in enumerate(lx.VERB_CUE_RES)
                          if order not in listed for m in pattern.finditer(text))
        assert found == expected


def test_verb_heads_start_where_str_find_finds_them():
    scanner = lx.verb_scanner()
    for text in _texts():
        for (_, _, _, heads), starts in zip(scanner.patterns, scanner.head_starts(text)):
            assert starts == {i for head in heads or () for i in range(len(text)) if text.startswith(head, i)}


def test_any_after_cue_matches_where_a_compound_or_post_cue_does():
    for text in _texts():
        for start, _ in _windows(text):
            window = text[start:start + 40]
            expected = any(pattern.match(window) for pattern, _ in lx.COMPOUND_CUE_RES + lx.POST_CUE_RES)
            assert bool(lx.ANY_AFTER_CUE.match(window)) == expected, window


def test_head_nouns_are_found_where_the_head_pattern_finds_them():
    for text in _texts():
        assert _spans(mentions._head_matches(text)) == _spans(mentions._HEAD_RE.finditer(text))


def test_any_noun_cue_finds_the_first_match_of_the_noun_cues():
    plain = re.compile("|".join(f"(?:{source})" for source, _ in lx.NOUN_CUES))
    for text in _texts():
        for start, end in _windows(text):
            found, expected = lx.ANY_NOUN_CUE.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


def test_clause_breaks_are_where_the_plain_pattern_puts_them():
    plain = re.compile(
        r"[;:]|\s-\s|,(?:\s+(?=which\b|who\b|and\b|but\b|while\b|although\b|though\b)|(?=\s))"
        r"|\b(?=(?:since|while|because|although|whereas|but|if|unless|when|that)\b)"
        r"|\b(?=as\s(?!well\b|part\b|of\b|a\b|an\b|the\b|many\b|much\b|soon\b|for\b))(?<!such )(?<!as well )(?<!so )")
    for text in _texts():
        for start, end in _windows(text):
            # (where each starts: all that clauses() reads; a word's match takes its first letter)
            assert [m.start() for m in tx._CLAUSE_BREAK.finditer(text, start, end)] == \
                [m.start() for m in plain.finditer(text, start, end)]


def test_one_pass_gives_each_automaton_what_it_finds_alone():
    from armsdata.build.extract import Matchers
    from armsdata.build.gazetteer import scan_together
    from armsdata.build.reference import load_reference

    matchers = Matchers.from_reference(load_reference())
    automata = (matchers.actors.automaton, matchers.systems.automaton, mentions._HEAD_WORDS,
                lx.verb_scanner().automaton)
    for text in _texts():
        assert list(scan_together(automata, text)) == [list(automaton.iter(text)) for automaton in automata]


@pytest.mark.parametrize("line", ["Gen. Smith", "the U.S. Navy", "in Feb. 2024", "Co. Ltd. Inc.", "a b. C",
                                  "x.y.z. A", "²½. B", "_x. Y", "word, e. F", ". A", "Mr.Smith. B"])
def test_the_word_before_a_dot_is_what_the_pattern_found(line):
    for dot in range(len(line) + 1):
        word = re.search(r"([\w.]+)$", line[:dot])
        expected = bool(word) and (word.group(1).lower() in tx._ABBREVIATIONS or len(word.group(1)) == 1)
        assert tx._after_abbreviation(line, dot) == expected, dot


def test_datelines_and_page_furniture_are_found_at_line_starts_as_everywhere():
    from armsdata.build import extract

    texts = [path.read_text(encoding="utf-8") for path in SEEDS[:40]] + [
        "NEW DELHI, Feb 15 (Reuters) - x\nREAD ALSO: y\n\nPARIS -\nBERLIN - z\n", "", "\n", "TAGS: a\n",
        "MOSCOW -\n - \nKYIV - ok", "x\nRelated articles\n  Share this\nSubscribe"]
    for text in texts:
        for pattern, where in ((extract._DATELINE, text), (extract._FURNITURE, tx.fold(text))):
            assert _spans(extract._at_line_starts(pattern, where)) == _spans(pattern.finditer(where))


def test_a_transfer_noun_starts_with_a_word_the_noun_automaton_finds():
    from armsdata.build import events

    assert events.NOUN_WORDS is not None
    for text in _texts():
        starts = {end + 1 - length for end, length in events.NOUN_WORDS.iter(text)}
        assert {match.start() for match in events._NOUN.finditer(text)} <= starts


@pytest.mark.parametrize("source, literals", [
    (r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed)\b", ("denied", "dismissed", "rejected")),
    (r"\b(?:for|on) (?:its|their) \w+$|\bon (?:its|their) [^,]+? and $", (" and ", "its", "their")),
    (r"\b(?:has been|been) (?:x|y)", ("been",)),  # (a string that holds another is left out)
    (r"\bab|c", None), (r"(?i)\bpackage\b", None), (r"\b(?:package)?x", None), (r"(?!)", None),
])
def test_the_strings_every_match_holds(source, literals):
    assert tx._required_literals(re.compile(source)) == literals


def test_a_search_by_its_strings_finds_what_the_pattern_finds():
    from armsdata.build import relations

    patterns = [value for module in (lx, relations.Relator) for value in vars(module).values()
                if isinstance(value, re.Pattern)]
    assert sum(tx._required_literals(pattern) is not None for pattern in patterns) > 20
    for text in _texts():
        for pattern in patterns:
            for start, end in [(0, len(text))] + list(_windows(text)):
                found, expected = tx.search(pattern, text, start, end), pattern.search(text, start, end)
                assert (found and found.regs) == (expected and expected.regs), (pattern.pattern, text[start:end])


def test_patterns_written_where_used_come_letter_first():
    source = r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$"
    assert tx.pattern(source).pattern == lx._letter_first(re.compile(source)).pattern != source
    for text in _texts():
        for start, end in _windows(text):
            found, expected = tx.pattern(source).search(text, start, end), re.compile(source).search(text, start, end)
            assert (found and found.regs) == (expected and expected.regs)


def test_designations_are_what_the_plain_pattern_finds():
    plain = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Za-z]{0,7}-?\d{1,4}[A-Za-z0-9]*(?:-[A-Z0-9]+)?(?![\w-])")
    texts = [path.read_text(encoding="utf-8") for path in SEEDS[:40]] + [
        "Su-30MKI F-16V T-90S A400M Abcdef1 Abcdefg1 Ab-1 Abcdef-1 X-1-Y AB-12-CD ABCDEFG-2 (IRIS-T) K9A1 k9 "
        "Hyunmoo-5 Abcdefgh1 Abcdefghi-2"]
    for text in texts:
        assert _spans(mentions._DESIGNATION_RE.finditer(text)) == _spans(plain.finditer(text))


def test_a_fast_init_builds_what_the_dataclass_builds():
    import dataclasses

    def twin():
        @dataclasses.dataclass(frozen=True)
        class Hit:
            cue: str
            start: int
            passive: bool = False
            reduced: tuple | None = None
        return Hit

    plain, fast = twin(), tx.fast_init(twin())
    assert fast.__init__ is not plain.__init__
    for args, kwargs in [(("a", 1), {}), (("a", 1, True), {"reduced": (1,)}), ((), {"cue": "b", "start": 2})]:
        built, expected = fast(*args, **kwargs), plain(*args, **kwargs)
        assert (repr(built), hash(built), vars(built)) == (repr(expected), hash(expected), vars(expected))
        with pytest.raises(dataclasses.FrozenInstanceError):
            built.start = 3
    with pytest.raises(TypeError):
        fast("a")

    @dataclasses.dataclass(frozen=True)
    class Held:
        items: list = dataclasses.field(default_factory=list)
    assert tx.fast_init(Held).__init__ is Held.__init__ and Held().items == []
