"""Find weapons mentions: catalogued designations, uncatalogued designations next to a
class noun, generic class nouns, and anaphors that take an earlier mention's system."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, field
from typing import Iterator

import ahocorasick

from . import lexicon as lx
from .gazetteer import Gazetteer, Match, scan_together
from .text import Sentence
from .text import pattern as _compiled


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _by_first_character(words) -> str:
    """_alternation(words) factored by first character ("m(?:issiles)|t(?:anks|ank)"): the same
    matches, the same preference (longest first), but at each position the regex engine
    tries only the words that start with the character there (half the time of a scan)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())


_HEAD_RE = re.compile(r"(?<![\w-])(?:" + _by_first_character(lx.HEADS) + r")(?![\w-])")
_HEAD_WORDS = ahocorasick.Automaton()
for _head in lx.HEADS:
    _HEAD_WORDS.add_word(_head, len(_head))
_HEAD_WORDS.make_automaton()


def _head_matches(folded: str, hits: list | None = None) -> Iterator[re.Match]:
    """What _HEAD_RE.finditer(folded) gives, the pattern tried only where a head noun starts
    (found by Aho-Corasick in one pass: faster than the regex engine's try at each position).
    `hits`: what _HEAD_WORDS finds in `folded`, when already found (scan)."""
    reach = 0
    for start in sorted({end + 1 - length for end, length in (_HEAD_WORDS.iter(folded) if hits is None else hits)}):
        if start >= reach and (found := _HEAD_RE.match(folded, start)):
            yield found
            reach = found.end()  # (finditer goes on after a match; a head is never empty)


def scan(folded: str, actors: Gazetteer, systems: Gazetteer, nouns: "ahocorasick.Automaton | None" = None) -> dict:
    """What the actors' and the systems' gazetteers, the head nouns, the verb cues and the
    automaton `nouns` (events.NOUN_WORDS) find in `folded`, from one pass over it
    (gazetteer.scan_together), for DocContext.scanned: keys "actors", "systems", "heads",
    "verbs", "verb_heads" (the verb scanner's two automata), "nouns" (their hits), and the
    automata they came from."""
    scanner = lx.verb_scanner()
    automata = (actors.automaton, systems.automaton, _HEAD_WORDS, scanner.automaton, scanner.heads) + \
        ((nouns,) if nouns else ())
    found = scan_together(automata, folded)
    return dict(zip(("actors", "systems", "heads", "verbs", "verb_heads", "nouns"), found),
                systems_automaton=systems.automaton,
                verb_scanner=scanner, nouns_automaton=nouns)


# A design's family after its name: "M60-series tanks", "AK-47-type rifles", "P400-class boats"
_FAMILY = r"-(?:series|class|type|pattern|style|family|standard)(?![\w-])"
_FAMILY_WORD = re.compile(_FAMILY)
# Modifiers and a head noun after a designation: "S-300 air defense missiles".
_TAIL_RE = re.compile(r"(?:\s+(?:" + _by_first_character(lx.MODIFIERS | lx.AIRCRAFT_MODIFIERS | lx.TAIL_MODIFIERS) + r"))*\s+(?:" + _by_first_character(set(lx.HEADS) | set(lx.TAIL_HEADS))
                      + r")(?![\w-])")
# (the lookbehind after the first capital, not before it: a pattern that opens with a
# character set lets the regex engine skip to the next capital; the same matches. The
# letters after it taken whole ("{0,5}+"): fewer would leave a letter where a hyphen or a
# digit must stand, so the engine need not try them, at each capitalised word)
_DESIGNATION_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Za-z]{0,7}+-?\d{1,4}[A-Za-z0-9]*(?:-[A-Z0-9]+)?"
                             r"(?:(?![\w-])|(?=" + _FAMILY + r"))")
_TOKEN_RE = re.compile(r"\d+\.\d+-?[a-z]+(?:-[a-z]+)*|[\w'-]+|[^\w\s]")  # ("48.9-metre", "7.62mm": one word)


@dataclass
class Mention:
    """A weapon-system mention: its span `start`:`end` (code points) in sentence `sentence`,
    the system and category it names, how the system was found (`basis`), and what stands
    before it (determiner, possessor, assembler, origins, quantity)."""

    start: int
    end: int
    sentence: int
    system: str
    category: str
    basis: str  # catalogue, generic, uncatalogued, antecedent
    head: str = ""
    determiner: str | None = None
    possessor: str | None = None  # actor_id of "Syria's" before the mention
    assembler: str | None = None  # "Egyptian-assembled": the state that assembled a foreign design
    origins: list[str] = field(default_factory=list)  # demonyms and "X-made" before the mention
    origin_spans: list[tuple[int, int]] = field(default_factory=list)
    quantity: int | None = None
    approximate: bool = False  # counted, but not exactly ("more than 30 drones"): no quantity
    left_stop: int = 0  # where the words that belong to the mention end on its left
    antecedent: "Mention | None" = None

    @property
    def anaphoric(self) -> bool:
        """True when the determiner refers back ("the", "those", "such", ...: lexicon.ANAPHORIC_DETERMINERS)."""
        return self.determiner in lx.ANAPHORIC_DETERMINERS


@dataclass
class DocContext:
    """Everything about one document that the extractor's rules look at."""

    text: str
    folded: str
    sentences: list[Sentence]
    actors: list[Match]  # value: (actor_id, kind)
    actor_at: dict[int, Match]
    published: object = None  # datetime.date or None
    demonym_words: frozenset = frozenset()  # words of demonyms: "Korean" names no weapon
    scanned: dict | None = None  # what scan() found in `folded` (None: each matcher looks itself)

    @functools.cached_property
    def opens_with_headline(self) -> bool:
        """The first sentence is a line of its own (a headline: "Nine Caesar howitzers reach
        Armenia" then a line break)."""
        return bool(self.sentences) and self.text.startswith("\n", self.sentences[0].end)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Start offset of each sentence, for bisect."""
        return [sentence.start for sentence in self.sentences]

    def sentence_index(self, position: int) -> int:
        """Index of the sentence that holds `position`, or -1 (text.sentence_at, faster)."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return index if index >= 0 and position < self.sentences[index].end else -1

    def sentence_end(self, position: int, default: int) -> int:
        """End offset of the sentence that holds `position`, or `default` when none does."""
        index = self.sentence_index(position)
        return self.sentences[index].end if index >= 0 else default

    @functools.cached_property
    def actor_starts(self) -> list[int]:
        """Start offset of each actor match, for bisect."""
        return [a.start for a in self.actors]

    def actors_starting(self, start: int, end: int) -> list[Match]:
        """The actor matches that start in [start, end), in text order."""
        return self.actors[bisect.bisect_left(self.actor_starts, start):bisect.bisect_left(self.actor_starts, end)]

    @functools.cached_property
    def verb_hits(self) -> list[tuple[int, int, int, "lx.Cue"]]:
        """Every verb cue of the document (lexicon.verb_scanner), as (start, end, order, cue)
        in text order."""
        scanner = lx.verb_scanner()
        found = self.scanned and self.scanned["verb_scanner"] is scanner  # (the same scanner's hits)
        hits, head_hits = (self.scanned["verbs"], self.scanned["verb_heads"]) if found else (None, None)
        return sorted(scanner.scan(self.folded, hits, head_hits), key=operator.itemgetter(0, 1, 2))

    @functools.cached_property
    def verb_hit_starts(self) -> list[int]:
        """Start offset of each verb cue hit (verb_hits), for bisect."""
        return [hit[0] for hit in self.verb_hits]

    def verb_hits_starting(self, start: int, end: int) -> list[tuple[int, int, int, "lx.Cue"]]:
        """The verb cue hits that start in [start, end), in text order."""
        starts = self.verb_hit_starts
        return self.verb_hits[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    @functools.cached_property
    def actor_end(self) -> dict[int, Match]:
        """The actors by end offset (the last one to end there)."""
        return {a.end: a for a in self.actors}


def find_mentions(ctx: DocContext, systems: Gazetteer, category: dict[str, str],
                  origin: dict[str, str | None] | None = None,
                  name_words: dict[str, tuple[str, ...]] | None = None) -> list[Mention]:
    """Every weapons mention of the document, in text order, anaphors resolved. `origin`
    (system -> supplier state, from the systems table) lets a maker named after an anaphor
    choose its antecedent ("the jets built by Dassault" is the French jet); `name_words`
    (reference.name_words) lets a name before a class noun take the one catalogued system
    of the noun's category that has it ("Lynx infantry fighting vehicles": KF41 Lynx)."""
    found: list[Mention] = []
    scanned = ctx.scanned if ctx.scanned and ctx.scanned["systems_automaton"] is systems.automaton else {}
    companies = [(a.start, a.end) for a in ctx.actors if a.value[1] == "companies"]
    for match in systems.find(ctx.text, ctx.folded, scanned.get("systems")):
        if (lx.NOT_SYSTEMS.search(ctx.folded, max(0, match.start - 8), match.end) or
                lx.NAMED_PERSON.match(ctx.text, match.start) or
                (match.start > 0 and lx.QUOTED_UNIT_NAME.match(ctx.folded, match.start - 1))):
            continue
        end = _extend_tail(ctx.folded, match.end, ctx.text)
        if end == match.end and (_maker_named(ctx, match.start, match.end) or
                                 _in_company_name(companies, match.start, match.end)):
            continue  # "ordered 40 Su-30 jets directly from Sukhoi", "Excalibur Army": the company, no weapon
        system = _named_by_head(ctx, match.start, match.end, end, match.value, category, name_words or {})
        found.append(_make(ctx, match.start, end, system, category[system], "catalogue"))
    taken = _Taken(len(ctx.folded), [(m.start, m.end) for m in found])
    for match in _DESIGNATION_RE.finditer(ctx.text):
        family = _FAMILY_WORD.match(ctx.folded, match.end()) if ctx.folded[match.end():match.end() + 1] == "-" else None
        tail = _tail_after(ctx.folded, family.end() if family else match.end())
        if tail and not _covered(taken, match.start(), tail.end()) and not _is_actor(ctx, match.start()):
            # (also over a catalogued name inside it, when the phrase is longer: "Anka-3 drone" is
            # one phrase, named by its catalogued name in _one_per_phrase, not "Anka" and "drone")
            head = tail.group(0).split()[-1]
            generic = _generic_class(ctx.folded, match.end(), tail.end(), head)
            found.append(_make(ctx, match.start(), tail.end(), match.group(0), category[generic], "uncatalogued"))
            taken.append((match.start(), tail.end()))
    bare: list[Mention] = []  # weak heads with nothing before them: mentions only if governed
    for match in _head_matches(ctx.folded, scanned.get("heads")):
        if _overlaps(taken, match.start(), match.end()) or _not_a_weapon(ctx.folded, match.start(), match.end()):
            continue
        if _in_company_name(companies, match.start(), match.end()):
            continue  # "Rafael Advanced Defense Systems", "Elbit Systems": a company's name, no weapon
        mention = _generic_mention(ctx, match, category, name_words or {})
        if mention is not None and _is_bare_weak(mention):
            bare.append(mention)
        elif mention is not None:
            found.append(mention)
    for match in _CONDITIONAL_RE.finditer(ctx.folded):
        if not _overlaps(taken, match.start(), match.end()):
            mention = _conditional_mention(ctx, match, category)
            if mention is not None:
                found.append(mention)
    found += _named_ships(ctx, found, category)
    found += _named_again(ctx, found)
    found += _short_names(ctx, found)
    found = _without_measures(_one_per_phrase([m for m in found if m.sentence >= 0]), ctx.folded)
    found = _with_governed(found, [m for m in bare if m.sentence >= 0], ctx)
    _share_origins(found, ctx)
    _makers_as_origins(found, ctx)
    return _resolve_anaphora(found, ctx, origin or {})


# A ship named with its navy's prefix: "KRI Brawijaya-320", "INS Vikrant", "HMAS Newcastle",
# "BRP Jose Rizal" (not ITS, SAS, JS, FS or KD: words or units as often as prefixes)
_SHIP_PREFIXES = ("HMS", "USS", "INS", "KRI", "ENS", "HMAS", "HMNZS", "HMCS", "TCG", "ORP", "FGS", "BNS", "PNS", "HTMS",
                  "RSS", "BRP", "ROKS", "ARA", "BAP", "NRP", "HNLMS", "HDMS", "HNoMS", "HSwMS", "NNS", "RFS", "CNS",
                  "SLNS", "RFNS", "Zr.Ms.", "HMPNGS")  # (Sri Lanka, Fiji, the Netherlands, Papua New Guinea)
_NAMED_SHIP = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _SHIP_PREFIXES))
                         + r") [A-Z][\w'-]*(?:\s(?:[A-Z][\w'-]*|[IVX]+|\d+))?")
_SHIP_RENAMED = re.compile(r"(?:ex-|former\s|formerly\s|previously\s|renamed\s|as\s)$")


def _named_ships(ctx: DocContext, found: list[Mention], category: dict[str, str]) -> list[Mention]:
    """The named ships of the text that no mention covers, each a mention of a `warship`
    (codebook, "What is a weapons mention"), unless another mention names it already: one
    right before it ("the frigate HMAS Darwin", "The first vessel, INS Tushil") or right after
    it ("TCG Anadolu amphibious ship"), or a name it had or took ("the former INS Kirpan",
    "renamed BRP Andres Bonifacio")."""
    ships: list[Mention] = []
    if not any(prefix + " " in ctx.text for prefix in _SHIP_PREFIXES):
        return ships  # (most documents: a few substring scans, not the pattern at every position)
    for match in _NAMED_SHIP.finditer(ctx.text):
        start, end = match.span()
        if _SHIP_RENAMED.search(ctx.folded, max(0, start - 12), start) or any(
                m.start < end + 2 and start < m.end + 3 for m in found):
            continue
        mention = _make(ctx, start, end, "warship", category["warship"], "generic")
        if mention.sentence < 0:
            continue
        mention.determiner = None if mention.determiner in lx.ANAPHORIC_DETERMINERS else mention.determiner
        ships.append(mention)  # (a name, not an anaphor: "the TCG Istanbul")
    return ships


def _without_measures(found: list[Mention], folded: str) -> list[Mention]:
    """The mentions less a measure noun right before "of" and another mention ("60,000
    rounds of artillery ammunition" is one mention, the ammunition)."""
    starts = {m.left_stop for m in found}
    return [m for m in found if not (m.head in lx.MEASURE_NOUNS and m.end + 4 in starts
                                     and folded.startswith(" of ", m.end))]


_NAMING_ORDER = {"catalogue": 0, "uncatalogued": 1}  # which basis names the system best


_DIGIT = re.compile(r"\d")
# A name at a word's edges, with a plural "s" ("the SR5s", "two SR5s")
_AGAIN_EDGES = r"(?<![\w-]){}(?:s|'s)?(?![\w-])"


def _named_again(ctx: DocContext, found: list[Mention]) -> list[Mention]:
    """Each other place the document writes a designation the catalogue lacks that it has
    already named as a weapon ("24 SR5 rocket launchers ... the first SR5s arrived": both
    SR5), as the same kind of mention (basis uncatalogued, its category; since 0.46.0); not
    over another mention or an actor's name (a company's among them). Only a designation with a digit:
    a word before a class noun is as often a place or a company ("Pacific patrol boats",
    "Airbus helicopters"), and carried through the document it added more wrong mentions
    than right ones on the development sets."""
    named = {m.system: m.category for m in found if m.basis == "uncatalogued" and _DIGIT.search(m.system)}
    if not named:
        return []
    spans = _Taken(len(ctx.folded), [(m.start, m.end) for m in found] + [(a.start, a.end) for a in ctx.actors])
    again = []
    for name, category in named.items():
        for match in re.finditer(_AGAIN_EDGES.format(re.escape(name)), ctx.text):
            start, end = match.start(), match.end()
            if _overlaps(spans, start, end):
                continue
            mention = _make(ctx, start, _extend_tail(ctx.folded, end, ctx.text), name, category, "uncatalogued")
            if mention.sentence >= 0:
                again.append(mention)
                spans.append((mention.start, mention.end))
    return again


# A word of a catalogued name that stands for it later in the same document: capitalised,
# letters only ("Viper" of "AH-1Z Viper", "Dornier" of "Dornier 228", "Hawks" of "Hawk 128")
_NAME_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _short_names(ctx: DocContext, found: list[Mention]) -> list[Mention]:
    """Each later place the document writes one word of a catalogued name it has named a
    weapon by ("two AH-1Z Viper helicopters ... the Vipers arrived": both AH-1), as a mention of
    the same system (since 0.50.0); not over another mention or an actor's name, and not a
    word of a maker's, class or kind (lexicon.NOT_SHORT_NAMES) nor one the document also writes in
    lower case."""
    words: dict[str, Mention] = {}
    for mention in found:
        if mention.basis != "catalogue":
            continue
        for match in _NAME_WORD.finditer(ctx.text, mention.start, mention.end):
            word = match.group(0)
            if word not in lx.NOT_SHORT_NAMES and word.lower() not in ctx.demonym_words and word not in words:
                words[word] = mention
    if not words:
        return []
    spans = _Taken(len(ctx.folded), [(m.start, m.end) for m in found] + [(a.start, a.end) for a in ctx.actors])
    short = []
    text = ctx.text
    for word, first in words.items():
        lower, places = word.lower(), []
        position = ctx.folded.find(lower)
        while position >= 0:  # (str.find over the folded text: no pattern compiled per word)
            end = position + len(word)
            if (position == 0 or not _is_word_char(text[position - 1])) and \
                    (end == len(text) or not _is_word_char(text[end]) or
                     (text[end] == "s" and (end + 1 == len(text) or not _is_word_char(text[end + 1])))):
                if text.startswith(lower, position):
                    break  # ("Hawk" and "hawks": a word, not a name)
                if text.startswith(word, position) and position >= first.end:
                    places.append((position, end + 1 if end < len(text) and text[end] == "s" else end))
            position = ctx.folded.find(lower, position + 1)
        else:
            for start, end in places:
                if _overlaps(spans, start, end):
                    continue
                mention = _make(ctx, start, _extend_tail(ctx.folded, end, ctx.text), first.system, first.category,
                                "catalogue")
                if mention.sentence >= 0:
                    short.append(mention)
                    spans.append((mention.start, mention.end))
    return short


def _one_per_phrase(found: list[Mention]) -> list[Mention]:
    """One mention per noun phrase, in text order: of overlapping mentions ("Scorpene" and
    "Scorpene-class submarines", "artillery" and "artillery ammunition") the longest span stays,
    named by the most specific of them (a catalogue designation before an uncatalogued one,
    either before a class noun); two names of one system a space apart ("AH-64E Apache
    helicopters") are one mention."""
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if kept and mention.start == kept[-1].end + 1 and mention.system == kept[-1].system and \
                mention.basis == kept[-1].basis == "catalogue" and not mention.quantity and \
                mention.sentence == kept[-1].sentence:
            kept[-1].end, kept[-1].head = mention.end, mention.head  # "AH-64E Apache helicopters": one phrase
            continue
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
            continue
        longer, shorter = (kept[-1], mention) if kept[-1].end - kept[-1].start >= mention.end - mention.start \
            else (mention, kept[-1])
        namer = min((longer, shorter), key=lambda m: _NAMING_ORDER.get(m.basis, 2))
        longer.system, longer.category, longer.basis = namer.system, namer.category, namer.basis
        kept[-1] = longer
    return kept


# "rifles of Iranian origin", "drones of Chinese manufacture": an origin after the mention.
_OF_ORIGIN = re.compile(r"\s*,?\s*(?:(?:that|which)\s+(?:were|was|are|is)\s+)?(?:all\s+)?of\s+")
_ORIGIN_NOUN = re.compile(r"\s+(?:origin|manufacture|make|design|production)\b")


def _of_origin_actor(ctx: DocContext, mention: Mention) -> Match | None:
    """The actor of "of Iranian origin" (manufacture, make, design) right after the mention."""
    found = _OF_ORIGIN.match(ctx.folded, mention.end)
    actor = ctx.actor_at.get(found.end()) if found else None
    return actor if actor is not None and _ORIGIN_NOUN.match(ctx.folded, actor.end) else None


def _makers_as_origins(mentions: list[Mention], ctx: DocContext) -> None:
    """"two Jose Rizal-class frigates built by South Korea's HD Hyundai Heavy Industries": a
    maker named right after the mention gives its origin, as "Korean-built" would; so does
    "of Iranian origin" ("rifles of Iranian origin")."""
    for mention in mentions:
        actor = _maker_actor(ctx, mention) or _of_origin_actor(ctx, mention)
        if actor is not None and not mention.origins:
            mention.origins.append(actor.value[0])
            mention.origin_spans.append((actor.start, actor.end))


def _share_origins(mentions: list[Mention], ctx: DocContext) -> None:
    """"Iranian-designed missiles and drones": the drones are Iranian-designed too; "Peru's
    MiG-29 and Mirage 2000 fleets", "its Mirage III and Mirage 5 jets": Peru's, its, too."""
    for first, second in zip(mentions, mentions[1:]):
        joint = ctx.folded[first.end:second.start]
        if second.determiner or not _compiled(r",?\s+(?:and|or)\s+|,\s+").fullmatch(joint):
            continue
        if first.origins and not second.origins:
            second.origins = list(first.origins)
            second.origin_spans = list(first.origin_spans)
        if (first.possessor or first.determiner in lx.POSSESSIVES) and not (second.possessor or second.origins):
            second.possessor, second.determiner = first.possessor, first.determiner


def _make(ctx: DocContext, start: int, end: int, system: str, category: str, basis: str, head: str = "") -> Mention:
    mention = Mention(start, end, ctx.sentence_index(start), system, category, basis, head)
    _read_left_context(ctx, mention)
    return mention


def _extend_tail(folded: str, end: int, text: str | None = None) -> int:
    """Where the mention ends with a variant after a slash ("F-16 Block 70/72", "Gripen C/D")
    and a class noun after the name ("fighter jets") taken in; with `text` (the unfolded
    text), also one or two capitalised variant codes before a class noun ("Spike NLOS
    missiles", "Patriot PAC-3 MSE interceptors"); a production block, batch or tranche and
    its number ("FA-50 Block 20 light combat aircraft", "Typhoon Tranche 3 fighters") is part
    of the name, not a count; so is a calibre between the name and its class noun ("M198
    155 mm howitzers")."""
    variant = _SLASH_VARIANT.match(folded, end)
    end = variant.end() if variant else end
    batch = _BATCH_VARIANT.match(folded, end)  # "FA-50 Block 20 light combat aircraft": one phrase
    end = batch.end() if batch else end
    if end < len(folded) and folded[end] == "-" and (family := _FAMILY_WORD.match(folded, end)):
        end = family.end()  # "M60-series tanks", "AK-47-type rifles": the design's family, one phrase
    tail = _tail_after(folded, end)
    if tail is None and text is not None and (codes := _CAPS_VARIANT.match(text, end)):
        tail = _TAIL_RE.match(folded, codes.end())
    return tail.end() if tail else end


def _tail_after(folded: str, end: int) -> re.Match | None:
    """The class noun (with its modifiers) right after a name ending at `end`, or after a
    calibre there: "SH5 105 mm self-propelled howitzers" and "AH-4 155mm howitzers" are one
    phrase each, named by the designation, the calibre a modifier."""
    tail = _TAIL_RE.match(folded, end)
    if tail is None and (calibre := _CALIBRE_GAP.match(folded, end)):
        tail = _TAIL_RE.match(folded, calibre.end())
    return tail


_CALIBRE_GAP = re.compile(r"\s+(?:\d{2,3}|\d{1,2}\.\d{1,2})[\s-]?mm(?![\w-])")


_SLASH_VARIANT = re.compile(r"/[a-z0-9]{1,3}(?![\w/-])")
_BATCH_VARIANT = re.compile(r"\s+(?:block|batch|tranche|flight|increment)\s+[0-9]{1,3}[a-z]?(?:/[0-9]{1,3}[a-z]?)?(?![\w/-])")
_CAPS_VARIANT = re.compile(r"(?:\s+[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?(?![\w-])){1,2}")


class _Taken(list):
    """The (start, end) spans of the mentions found so far, with a mask of the text they
    cover: _overlaps asks the mask (one find in C) instead of trying every span for every
    head noun of the document."""

    def __init__(self, length: int, spans):
        super().__init__()
        self.mask = bytearray(length)
        for span in spans:
            self.append(span)

    def append(self, span) -> None:
        super().append(span)
        self.mask[span[0]:span[1]] = b"\x01" * (span[1] - span[0])


def _overlaps(spans, start: int, end: int) -> bool:
    if isinstance(spans, _Taken):  # (neither the spans nor [start, end) are ever empty)
        return spans.mask.find(1, start, end) >= 0
    return any(start < b and a < end for a, b in spans)


def _covered(spans: "_Taken", start: int, end: int) -> bool:
    """Every character of [start, end) lies in a span taken already."""
    return spans.mask.find(0, start, end) < 0


def _is_actor(ctx: DocContext, start: int) -> bool:
    return start in ctx.actor_at


def _not_a_weapon(folded: str, start: int, end: int) -> bool:
    window_start = max(0, start - 12)  # (16 after: " manufacturers", the longest word after a weapon's)
    if any(m.start() < end and start < m.end() for m in lx.NOT_WEAPONS.finditer(folded, window_start, end + 16)):
        return True
    if lx.NOT_WEAPON_AFTER.match(folded, end):
        return True  # "radar sites", "a helicopter deck"
    arms = _ARMS_WORD.search(folded, start, end)  # "Defence Materiel Organisation", "arms procurement agency"
    return arms is not None and lx.ARMS_ORGANISATION.match(folded, arms.start()) is not None


_ARMS_WORD = re.compile(r"\b(?:arms|armaments?|materiel|weapons?)\b")


@functools.lru_cache(maxsize=None)
def _whole_word(words: str) -> re.Pattern:
    """`words` as a whole word, never part of a hyphenated one."""
    return re.compile(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])")


def _generic_class(folded: str, start: int, end: int, head: str) -> str:
    words = folded[start:end]
    for modifiers, heads, generic in lx.CLASS_BY_MODIFIER:
        if head in heads and any(_whole_word(mod).search(words) for mod in modifiers):
            return generic
    return (lx.HEADS.get(head) or lx.TAIL_HEADS.get(head)
            or lx.HEADS.get(" ".join(words.split()[-2:]), "arms (unspecified)"))


# After a capitalised class noun, the words that make it a company's name ("Indo-Russian
# Rifles, a joint venture", "Ordnance Factory Rifles Ltd"): an organisation, no mention
_COMPANY_AFTER = re.compile(r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:joint venture|company|firm|manufacturer|"
                            r"maker|subsidiary|producer|venture)\b|\s+(?:ltd|limited|inc|corp|corporation|company|"
                            r"co|plc|gmbh|llc|pvt|private limited|sa|ag|s\.a)\b)")


def _company_name(ctx: DocContext, match: re.Match) -> bool:
    """The class noun is capitalised inside a sentence and company words follow it."""
    return ctx.text[match.start()].isupper() and _COMPANY_AFTER.match(ctx.folded, match.end()) is not None


def _generic_mention(ctx: DocContext, match: re.Match, category: dict[str, str],
                     name_words: dict[str, tuple[str, ...]]) -> Mention | None:
    head = match.group(0)
    if _company_name(ctx, match):
        return None  # "Indo-Russian Rifles, a joint venture of the two governments"
    start = _extend_modifiers_left(ctx.folded, match.start())
    generic = _generic_class(ctx.folded, start, match.end(), head.split()[-1] if " " not in head else head)
    name = _proper_name_before(ctx, start)
    written = ctx.text[name[0]:name[1]] if name is not None else ""
    known = _of_head_class(name_words.get(written.lower(), ()), head, category[generic], category) if name else []
    if name is not None and (head not in lx.WEAK_HEADS or start < match.start() or _is_class_name(ctx, name)
                             or len(known) == 1):
        # (a weak head too after a name of one catalogued system of its class: "Hawk launchers")
        # "Shahed drones", "Leopard tanks": a name the catalogue lacks before a class noun
        if len(known) == 1:  # "Lynx infantry fighting vehicles": the one armoured Lynx of the catalogue
            return _make(ctx, name[0], match.end(), known[0], category[known[0]], "catalogue", head)
        return _make(ctx, name[0], match.end(), written, category[generic], "uncatalogued", head)
    return _make(ctx, start, match.end(), generic, category[generic], "generic", head)


# A preposition before a company's name: "from Sukhoi", "by Mikoyan", "with Sukhoi"
_MAKER_PREPOSITION = re.compile(r"\b(?:from|by|with|at)\s+$")


def _maker_named(ctx: DocContext, start: int, end: int) -> bool:
    """A catalogued name that is also a company's (actors.csv, companies: "Sukhoi") stands
    for the company after a preposition, with no class noun after it."""
    actor = ctx.actor_at.get(start)
    return actor is not None and actor.end == end and actor.value[1] == "companies" and \
        bool(_MAKER_PREPOSITION.search(ctx.folded, max(0, start - 8), start))


def _in_company_name(companies: list[tuple[int, int]], start: int, end: int) -> bool:
    """A catalogued name or class noun inside a longer company name of the actors table
    ("Excalibur Army", "BrahMos Aerospace", "Rafael Advanced Defense Systems", "Elbit
    Systems"): part of the name, no weapon (a name that is the whole company name, "Sukhoi",
    is _maker_named's). `companies`: the (start, end) of the document's company names."""
    return any(first <= start and end <= last and (first, last) != (start, end) for first, last in companies)


def _of_head_class(systems: tuple[str, ...], head: str, head_category: str, category: dict[str, str]) -> list[str]:
    """Those of `systems` (reference.name_words' systems of a name) that a class noun `head`
    of category `head_category` can name: its category, or one of its group ("missiles" for
    an air defence system), or any launched weapon for "launchers" ("Hawk launchers": the
    MIM-23 Hawk, not the BAE Hawk trainer)."""
    if head in _LAUNCHER_HEADS:
        return [system for system in systems if category[system] in _LAUNCHED_CATEGORIES]
    return [system for system in systems if _category_group(category[system]) == _category_group(head_category)]


def _named_by_head(ctx: DocContext, start: int, name_end: int, end: int, system: str, category: dict[str, str],
                   name_words: dict[str, tuple[str, ...]]) -> str:
    """The catalogued system a name and its class noun name together: `system` (the
    catalogue's reading of the name), unless the class noun after the name is of another
    category and the name is a word of exactly one system of that category ("Mistral
    warships": the Mistral class, not the Mistral missile)."""
    if end == name_end:
        return system
    head = ctx.folded[name_end:end].split()[-1]
    generic = lx.HEADS.get(head) or lx.TAIL_HEADS.get(head)
    if generic is None or generic not in category or category[generic] in ("unspecified",) or \
            _of_head_class((system,), head, category[generic], category):
        return system
    known = _of_head_class(name_words.get(ctx.folded[start:name_end], ()), head, category[generic], category)
    if len(known) > 1:
        # ("Puma transport helicopters": the SA330 Puma, named by a designation and the word
        # alone, not the AS332 Super Puma; with no such one, the class noun's generic class,
        # never the Puma IFV)
        word = ctx.folded[start:name_end]
        plain = [k for k in known if word in k.lower().split() and
                 all(w == word or any(ch.isdigit() for ch in w) for w in k.lower().split())]
        return plain[0] if len(plain) == 1 else generic
    return known[0] if known else system


def _is_bare_weak(mention: Mention) -> bool:
    """A weak head ("guns", "shells", "jets") with no modifier, determiner, origin or number
    (an approximate one counts: "Around ten aircraft are expected")."""
    return mention.head in lx.WEAK_HEADS and mention.start == mention.end - len(mention.head) and \
        not (mention.determiner or mention.origins or mention.quantity or mention.approximate)


# A transfer noun right before a bare weak head: "the steady flow of shells to Kyiv".
_GOVERNING_NOUN = re.compile(r"\b(?:flows?|suppl(?:y|ies)|shipments?|deliver(?:y|ies)|sales?|transfers?|consignments?|batch(?:es)?|"
                             r"exports?|imports?|purchases?|orders?|donations?|packages?)\s+of\s+$")
_GOVERNING_SIDES = ("supply", "receive", "trade", "request")
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+|,\s+")


# A source right after a bare weak head: "rebuilt with aircraft from Russia, China and Turkey",
# also after a transfer's participle (a reduced relative): "jets bought used from Portugal",
# "vehicles donated by the United States" (since 0.57.0)
_FROM = re.compile(r"\s+(?:(?:(?:recently|already|newly|originally)\s+)?(?:bought|purchased|acquired|ordered|"
                   r"supplied|delivered|donated|given|gifted|sold|transferred|obtained|procured|leased)\s+"
                   r"(?:(?:used|second-hand|secondhand|new)\s+)?(?:from|by)|from)\s+(?:the\s+)?")


def _from_actor(ctx: DocContext, end: int) -> bool:
    """An actor is named as the source right after the words ending at `end`, directly
    ("from Russia") or after a transfer's participle ("bought used from Portugal",
    "supplied by China"): `_FROM`."""
    found = _FROM.match(ctx.folded, end)
    return found is not None and found.end() in ctx.actor_at


def _with_governed(found: list[Mention], bare: list[Mention], ctx: DocContext) -> list[Mention]:
    """The mentions, with the bare weak heads that a transfer governs: right after a
    transfer verb ("Dutch pledge shells"), after a transfer noun ("the flow of shells"),
    before a source ("aircraft from Russia"), or coordinated with a weapon mention ("shells
    and howitzers")."""
    if not bare:
        return found
    ends = {end for start, end, _, cue in ctx.verb_hits if cue.side in _GOVERNING_SIDES}
    kept = []
    for mention in sorted(bare, key=lambda m: (m.start, -m.end)):  # (the longer phrase first)
        before = ctx.folded[max(0, mention.left_stop - 40):mention.left_stop]
        governed = _right_after(ctx, mention, ends) or bool(_GOVERNING_NOUN.search(before)) or \
            _from_actor(ctx, mention.end)
        coordinated = any(other.sentence == mention.sentence and (
            _COORDINATION.fullmatch(ctx.folded[mention.end:other.left_stop]) if other.start > mention.end
            else _COORDINATION.fullmatch(ctx.folded[other.end:mention.left_stop])) for other in found)
        if (governed or coordinated) and not any(other.start < mention.end and mention.start < other.end
                                                 for other in found + kept):
            kept.append(mention)  # (not inside a longer phrase: "air defence launchers")
    return sorted(found + kept, key=lambda m: m.start)


# Each word checks what stands before it after the word, not before the alternation: a
# pattern that opens with a literal lets the regex engine skip to where it occurs (the
# same matches, twenty times faster over a document).
_CONDITIONAL_RE = re.compile(r"(?:" + "|".join(re.escape(w) + r"(?<![\w-]" + re.escape(w) + ")" for w in
                                                sorted(lx.CONDITIONAL_HEADS, key=len, reverse=True)) + r")(?![\w-])"
                             if lx.CONDITIONAL_HEADS else r"(?!)")


def _conditional_mention(ctx: DocContext, match: re.Match, category: dict[str, str]) -> Mention | None:
    """"Swedish-designed fighters", "twin-engine fighters", "the fighters" (kept when an
    antecedent is found): a conditional head that says it is a weapon."""
    generic = lx.CONDITIONAL_HEADS[match.group(0)]
    jet = _JET_BEFORE.search(ctx.folded, max(0, match.start() - 4), match.start())
    start = jet.start() if jet else match.start()  # "jet trainers": one phrase, not the weak head "jet" and a second
    mention = _make(ctx, start, match.end(), generic, category[generic], "generic", match.group(0))
    before = _WORD_BEFORE.search(ctx.folded, max(0, match.start() - 30), match.start())
    made = any(lx.MADE_SUFFIX.match(ctx.folded, end) for _, end in mention.origin_spans)
    if made or (before and before.group(1) in lx.AIRCRAFT_MODIFIERS) or mention.anaphoric:
        return mention
    if lx.AIRCRAFT_PROCUREMENT_AFTER.match(ctx.folded, match.end()):
        return mention  # "the fighter sale remains on hold"
    if _GOVERNING_NOUN.search(ctx.folded, max(0, mention.left_stop - 40), mention.left_stop):
        return mention  # "another batch of fighters has landed", "the delivery of the trainers"
    sentence = ctx.sentences[mention.sentence] if mention.sentence >= 0 else None
    if sentence and any("_" not in origin for origin in mention.origins) and \
            lx.PROCUREMENT_WORDS.search(ctx.folded, sentence.start, match.start()):
        return mention  # "Egypt denies buying Chinese fighters" (a state's demonym, not "Houthi"; the
        # procurement before them: "Ukrainian fighters bought drones" are people)
    if _BOUGHT_BEFORE.search(ctx.folded, max(0, mention.left_stop - 40), mention.left_stop):
        return mention  # "Belgrade now buys fighters from Paris", "could buy Western fighters" (not "supplied fighters")
    if sentence and before and (before.group(1) in _NEW_OR_MORE or before.group(1).isdecimal()
                                or before.group(1) in lx.NUMBER_WORDS) and \
            not any("_" in origin for origin in mention.origins) and \
            (lx.PROCUREMENT_WORDS.search(ctx.folded, sentence.start, sentence.end) or
             _CHOOSING.search(ctx.folded, sentence.start, sentence.end)):
        return mention  # "16 new fighters on order", "offers for some 24 new fighters", "to choose a new fighter"
    return None


_JET_BEFORE = re.compile(r"(?<![\w-])jet\s$")
# A verb of purchase or sale right before "fighter(s)", a determiner, number or one modifier
# between: aircraft ("buys fighters", "ordered 12 new fighters", "to sell Western fighters");
# not "supplied", "sent" or "transferred" fighters, which are as often militants
_BOUGHT_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|purchas\w*|order|orders|ordered|ordering|acquir\w*|procur\w*|"
                            r"leas\w*|sell|sells|selling|sold)\s+(?:(?:a|an|the|its|their|some|more|new|\d+|"
                            r"[a-z]+ern|[a-z]+-built|[a-z]+-made)\s+){0,2}$")
# A number or "new" before "fighter(s)" says aircraft where the sentence buys or chooses them
_NEW_OR_MORE = {"new", "additional", "more", "extra", "further"}
_CHOOSING = re.compile(r"\b(?:choos\w*|chose\w*|select\w*|evaluat\w*|offers?|tenders?|bids?|shortlist\w*)\b")


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


# (lower-case letters with accents too: "Scorpène-class boats")
_PROPER = re.compile(r"(?<![\w-])([A-Z][a-z\u00df-\u00ff\u0100-\u017f]{2,}(?:[- ][A-Z][a-z\u00df-\u00ff\u0100-\u017f]+)?"
                     r"(-class)?)\s+$")
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z][A-Za-z]{1,6})()\s+$")  # (group 2 empty, as _PROPER's "-class")
# Capitalised words before a class noun that are not names of a weapon.
_NOT_NAMES = {"army", "navy", "air", "force", "defence", "defense", "ministry", "state", "national", "royal",
              "coast", "guard", "marine", "marines", "special", "federal", "european", "western", "eastern",
              "soviet", "nato", "president", "general", "minister", "new", "first", "second", "more", "several",
              "some", "many", "these", "those", "their", "its", "the", "and", "but", "both", "other", "all",
              "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "cold", "war", "gulf", "red", "black", "sea", "north", "south", "east", "west", "central",
              "arab", "islamic", "allied", "iron", "land", "naval", "main", "battle", "attack", "combat", "light",
              "heavy", "multiple", "self", "armed", "unmanned", "used", "surplus", "modern", "older", "ageing",
              "aging", "advanced", "nuclear", "ballistic", "cruise", "anti", "long", "short", "medium", "range",
              "fighter", "why", "how", "when", "what", "where", "who", "which", "after", "before", "with", "for",
              "from", "read", "also", "tags", "related", "home", "news", "world", "latest", "top", "un", "eu",
              # determiners that open a quotation ('"Every tank counts," he said': since 0.59.0, a new
              # user's trial of 0.58.0 read "Every" as a designation)
              "every", "each", "any", "no", "another", "this", "that", "such", "our", "your", "his", "her",
              "most", "few", "only"}


def _is_class_name(ctx: DocContext, name: tuple[int, int]) -> bool:
    """"Walrus-class": a ship class, a name however weak the head after it."""
    return ctx.folded.endswith("-class", name[0], name[1])


def _proper_name_before(ctx: DocContext, start: int) -> tuple[int, int] | None:
    """(start, end) of a capitalised name right before `start` ("Shahed" in "Shahed drones"),
    when it is neither an actor, nor sentence-initial, nor a common capitalised word, nor a
    number ("Two helicopters" after a dateline's dash). Before a calibre an acronym is a name
    too ("ATAGS 155 mm towed howitzers", "DITA 155mm guns")."""
    found = _PROPER.search(ctx.text, max(0, start - 30), start)
    if found is None and _CALIBRE.match(ctx.folded, start):
        found = _ACRONYM.search(ctx.text, max(0, start - 12), start)
    if found is None:
        return None
    begin, end = found.start(1), found.end(1)
    words = found.group(1).lower().replace("-", " ").split()
    index = ctx.sentence_index(begin)
    # a ship class is a name even at the start of a sentence ("Walrus-class boats will ...")
    initial = ctx.sentences[index].start == begin and not found.group(2) if index >= 0 else True
    named = words[:-2] if found.group(2) else words  # "Attack-class": the class's own name may be any word
    if found.group(2) and " " in found.group(1):  # "Its Andoni-class craft": the class name alone
        begin, named = begin + found.group(1).rindex(" ") + 1, []
    if index < 0 or initial or any(w in _NOT_NAMES or w in ctx.demonym_words or w in lx.NUMBER_WORDS for w in named):
        return None
    before = bisect.bisect_left(ctx.actor_starts, begin) - 1  # actors never overlap: only this one may hold begin
    if ctx.actors_starting(begin, end) or before >= 0 and ctx.actors[before].end > begin:
        return None
    return begin, end


# A calibre is a class modifier: "155 mm shells", "76mm guns"; so is a bomb's weight class:
# "2,000-pound bombs", "500lb bombs", "250-kg bombs"
_CALIBRE = re.compile(r"(?:\d{2,3}|\d{1,2}\.\d{1,2})\s?mm|\d{1,2}(?:,\d{3})?(?:\d{2})?(?:-|\s)?(?:pound|lb|kg|kilogram)")


def _extend_modifiers_left(folded: str, start: int) -> int:
    """Start of the mention once the modifiers before its head are taken in ("spy drones",
    "main battle tanks")."""
    while True:
        window = folded[max(0, start - 40):start]
        # (a match starts where a word does: the lookbehind only spares the engine the tries
        # inside words)
        # (a calibre with decimals, "7.62 mm", or a weight with a comma, "2,000-pound")
        for pattern in (r"(?<![\w.,-])(\d{1,2}\.\d{1,2}\s?mm|\d{1,2},\d{3}-?(?:pound|lb|kg))\s+$",
                        r"(?<![\w-])([\w-]+ [\w-]+)\s+$", r"(?<![\w-])([\w-]+)\s+$"):  # two-word modifiers first
            before = _compiled(pattern).search(window)
            if before and (before.group(1) in lx.MODIFIERS or _CALIBRE.fullmatch(before.group(1))):
                start -= len(window) - before.start(1)
                break
        else:
            return start


# What a state holds its weapons in: "Colombia's fleet of Kfir fighters"
_HOLDINGS = {"fleet", "fleets", "inventory", "arsenal", "arsenals", "stock", "stocks", "stockpile", "stockpiles"}
_HOLDING_ADJECTIVES = {"entire", "existing", "current", "whole", "old", "small", "large", "sizeable", "ageing", "aging"}


def _read_left_context(ctx: DocContext, mention: Mention) -> None:
    """Origins, determiner, possessor and quantity from the words before the mention."""
    sentence_start = ctx.sentences[mention.sentence].start if mention.sentence >= 0 else 0
    tokens = [(t.group(0), t.start()) for t in _TOKEN_RE.finditer(ctx.folded, sentence_start, mention.start)]
    tokens.reverse()
    i = 0
    mention.left_stop = mention.start
    ends = ctx.actor_end
    while i < len(tokens):
        word, position = tokens[i]
        actor = ctx.actor_at.get(position) or ends.get(position + len(word))
        if actor is not None and actor.start < position:  # "South Korean": skip to its first word
            while i + 1 < len(tokens) and tokens[i + 1][1] >= actor.start:
                i += 1
            word, position = tokens[i]
        if actor is not None and actor.end <= mention.start and _compiled(
                r"-(?:assembled|license-built|licence-built|co-produced)\b").match(ctx.folded[actor.end:actor.end + 16]):
            mention.assembler = actor.value[0]
        elif actor is not None and actor.end <= mention.start and lx.VERSION_SUFFIX.match(ctx.folded, actor.end):
            pass  # "Polish-standard FA-50s", "Romanian-specification F-16s": the buyer's version, no origin
        elif actor is not None and actor.value[1] == "companies" and i == 0 and \
                mention.basis in ("catalogue", "uncatalogued") and ctx.folded[actor.end:mention.start].isspace():
            # "20 Norinco VN-2C infantry fighting vehicles": the maker named right before a designation
            # (not a class noun: "Hanwha Systems", "Elbit Systems" are companies' names)
            mention.origins.append(actor.value[0])
            mention.origin_spans.append((actor.start, actor.end))
        elif actor is not None and actor.end <= mention.start and (
                _is_origin_word(ctx.folded, actor, word) or _ATTRIBUTIVE_NAME.fullmatch(ctx.text, actor.start, actor.end)
                and not word.endswith("'s")):  # "the UAE's Mirage fleet": a possessor, read below
            mention.origins.append(actor.value[0])
            mention.origin_spans.append((actor.start, actor.end))
        elif actor is None and (origin := _origin_word(tokens, i)) is not None:
            mention.origins.append(origin)  # "Korean tanks" (lexicon.ORIGIN_WORDS)
            mention.origin_spans.append((position, position + len(word.split("-")[0])))
        elif word in ("or", "and", ",") and mention.origins and i + 1 < len(tokens) and tokens[i + 1][1] in ctx.actor_at:
            pass
        elif mention.quantity is None and (number := _restated_number(tokens, i)) is not None:
            mention.quantity = number  # "four (4) helicopters": the words, then on before them
            i += 3
            position = tokens[i][1]
        elif i + 1 < len(tokens) and tokens[i + 1][0] in _VERSION_WORDS and \
                (word.isdecimal() or _ROMAN_NUMERAL.fullmatch(word)):
            i += 1  # "12 Block 50 aircraft": a production block and its number, part of the name, no count
            position = tokens[i][1]
        elif _designation_number(ctx, tokens, i):
            i += 1  # "ASC 890": the type's number and its letters, part of the name
            position = tokens[i][1]
        elif mention.quantity is None and (number := _number(tokens, i)) is not None:
            mention.quantity = number  # "the first six jets": the number, then on to "the"
            if word == "dozen" and i + 1 < len(tokens) and tokens[i + 1][0] in ("a", "two", "three", "four", "half"):
                i += 1
                position = tokens[i][1]
        elif (words := _force_of_actor(ctx, tokens, i)) is not None:
            i += words - 1  # "former German navy", "ex-US Coast Guard": on to the state that owned them
            position = tokens[i][1]
        elif word not in lx.ADJECTIVES and not _ORIGIN_ADJECTIVE.search(word) and not (
                word.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1][0] in ("newly", "recently")) and not (
                _ONE_MODIFIER.fullmatch(word) and i + 1 < len(tokens)
                and (tokens[i + 1][0] in lx.ANAPHORIC_DETERMINERS or tokens[i + 1][0] in lx.POSSESSIVES)) and not \
                _made_origin_ahead(ctx, tokens, i) and not (mention.quantity is None and _unlisted_modifier(tokens, i)):
            break  # "the newly acquired systems": a participle after newly/recently is an adjective;
            # so is a participle or a measure right after a determiner ("the diverted vehicles", "the 155mm guns")
        mention.left_stop = position
        i += 1
    if i < len(tokens) and (tokens[i][0] in lx.ANAPHORIC_DETERMINERS or tokens[i][0] in lx.POSSESSIVES):
        mention.determiner = tokens[i][0]
        mention.left_stop = tokens[i][1]
        i += 1
        if (maker := _gapped_maker(ctx, tokens, i)) is not None:
            mention.origins.append(maker.value[0])  # "..., Lockheed Martin the F-16 Block 70, Dassault the Rafale"
            mention.origin_spans.append((maker.start, maker.end))
    elif (counting := _counting_determiner(tokens, i)) is not None:
        mention.determiner = counting  # "each ship", "a second boat", "how many aircraft"
    elif owner := _owner_at(ctx, tokens, i):
        _possessive(mention, owner)  # "Syria's", "North Macedonia's", "the United States' "
    elif i + 2 < len(tokens) and tokens[i][0] == "of" and tokens[i + 1][0] in _HOLDINGS:
        # "Colombia's fleet of Kfir fighters", "its fleet of MiG-29s", "its grounded fleet of
        # Mi-171s", "its own stock of rifles": the holder's words
        k = i + 2
        while k < min(len(tokens) - 1, i + 4) and (tokens[k][0] in lx.ADJECTIVES or tokens[k][0] in _HOLDING_ADJECTIVES
                                                   or _ONE_MODIFIER.fullmatch(tokens[k][0])):
            k += 1
        if tokens[k][0] in lx.POSSESSIVES:
            mention.determiner = tokens[k][0]
        elif owner := _owner_at(ctx, tokens, k):
            _possessive(mention, owner)
    if i + 1 < len(tokens) and tokens[i][0] == "of" and mention.determiner and mention.quantity is None:
        mention.quantity = _number(tokens, i + 1)  # "12 of the pilotless aircraft"
        if mention.quantity is None and i + 2 < len(tokens) and tokens[i + 1][0] in _MORE:
            mention.quantity = _number(tokens, i + 2)  # "30 more of the jets"
    elif i + 2 < len(tokens) and tokens[i][0] == "of" and tokens[i + 1][0] in lx.MEASURE_NOUNS \
            and mention.quantity is None:
        mention.quantity = _number(tokens, i + 2)  # "60,000 rounds of artillery ammunition"
    _part_or_approximate(ctx.folded[max(sentence_start, mention.start - 80):mention.start], mention)


def _counting_determiner(tokens, i: int) -> str | None:
    """The words of lexicon.COUNTING_DETERMINERS that end at token i ("each", "a second",
    "how many"; tokens run backwards from the mention), if any."""
    if i >= len(tokens):
        return None
    one = tokens[i][0]
    before = tokens[i + 1][0] + " " + one if i + 1 < len(tokens) else ""  # "how many", "number of"
    after = one + " " + tokens[i - 1][0] if i > 0 else ""  # "a second": the ordinal was read as an adjective
    return next((words for words in (before, after, one) if words in lx.COUNTING_DETERMINERS), None)


def _unlisted_modifier(tokens, i: int) -> bool:
    """An unlisted word, or two, right after a number: modifiers of the mention ("two
    offshore patrol vessels", "29 assault breacher vehicles"), so the number is its quantity.
    A plural right after the number heads a phrase of its own ("30 countries promised")."""
    for j in (i, i + 1):
        word = tokens[j][0] if j < len(tokens) else ""
        if not word.replace("-", "").isalpha() or word in lx.NOT_MODIFIERS:
            return False
        if j + 1 < len(tokens) and _number(tokens, j + 1) is not None:
            return j == i or not (word.endswith("s") and not word.endswith("ss"))
    return False


def _gapped_maker(ctx: DocContext, tokens, i: int):
    """A company right before the mention's determiner, after a comma or "and": the maker in a
    list whose verb is left out ("Saab is offering the Gripen E, Lockheed Martin the F-16")."""
    if i >= len(tokens):
        return None
    word, position = tokens[i]
    company = ctx.actor_end.get(position + len(word))
    if company is None or company.value[1] != "companies":
        return None
    before = [t for t in tokens[i:] if t[1] < company.start]
    if before and (owner := _owner_of(ctx, before[0])):  # "France's Dassault the Rafale"
        before = [t for t in before if t[1] < owner.start]
    return company if before and before[0][0] in (",", "and") else None


def _owner_at(ctx: DocContext, tokens, j: int):
    """The actor a possessive at tokens[j] (read right to left) names: a bare "'s" or "'"
    after an actor, or a word ending in "'s" (_owner_of); None otherwise."""
    if j + 1 < len(tokens) and tokens[j][0] in ("'s", "'") and tokens[j + 1][1] in ctx.actor_at:
        return ctx.actor_at[tokens[j + 1][1]]
    return _owner_of(ctx, tokens[j]) if j < len(tokens) else None


def _owner_of(ctx: DocContext, token: tuple[str, int]):
    """The actor a possessive token ("syria's", "korea's" of "South Korea's") names, or None."""
    word, position = token
    if not word.endswith("'s"):
        return None
    return ctx.actor_at.get(position) or ctx.actor_end.get(position + len(word) - 2)


def _possessive(mention: Mention, owner) -> None:
    """A state's possessive names the mention's possessor ("Syria's tanks"); a company's names
    its maker, an origin ("Saab's Gripen E": Swedish-made)."""
    if owner.value[1] == "companies":
        mention.origins.append(owner.value[0])
        mention.origin_spans.append((owner.start, owner.end))
    else:
        mention.possessor = owner.value[0]


# force nouns, last word first (the left context is read backwards)
_FORCE_WORDS = (("navy",), ("army",), ("force", "air"), ("guard", "coast"), ("corps", "marine"))
_FORCE_LAST_WORDS = frozenset(words[0] for words in _FORCE_WORDS)


def _force_of_actor(ctx: DocContext, tokens, i: int) -> int | None:
    """How many tokens a force noun at token `i` of the reversed left context spans ("navy",
    "air force", "coast guard", "marine corps"), when a state's name or demonym comes right
    before it: "two former German navy Albatros-class boats", "an ex-Indian Navy patrol
    vessel", "ex-US Coast Guard cutters" (the state, read next, gives the weapons' origin: the
    force that held them); None otherwise."""
    if tokens[i][0] not in _FORCE_LAST_WORDS:
        return None  # (no force noun ends here: most tokens, asked for each)
    for words in _FORCE_WORDS:
        size = len(words)
        if tuple(token for token, _ in tokens[i:i + size]) == words and i + size < len(tokens) and \
                (actor := ctx.actor_end.get(tokens[i + size][1] + len(tokens[i + size][0]))) is not None \
                and actor.value[1] in ("demonyms", "names"):
            return size
    return None


def _made_origin_ahead(ctx: DocContext, tokens, i: int) -> bool:
    """A plain word with an origin joined to -made/-built one or two words before it: a
    modifier the lexicon lacks ("Turkish-built offshore patrol vessel")."""
    if not tokens[i][0].isalpha():
        return False
    for j in (i + 1, i + 2):
        if j >= len(tokens) or not tokens[j][0].replace("-", "").isalpha():
            return False
        word, position = tokens[j]
        actor = ctx.actor_at.get(position)
        if actor is not None and lx.MADE_SUFFIX.match(ctx.folded, actor.end):
            return True
    return False


_ONE_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)*ed|\d+(?:\.\d+)?(?:mm|-mm|-metre|-meter|-tonne|-ton|-tonne)|"
                           r"[a-z]+(?:-[a-z]+)+")  # (and a compound: "the fifth-generation jets", "the multi-role fighters")
_NUMBER = r"(?:\d[\d,]*|" + "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True)) + r")"
_FILLER = r"(?:(?:" + "|".join(sorted(lx.ADJECTIVES - {"than", "about", "around", "nearly", "over"}, key=len,
                                         reverse=True)) + r"|[a-z]+(?:-[a-z]+)+)\s+){0,2}"  # (and "Kalashnikov-type")
# "the first 12 of 48 K9 howitzers": the part delivered, not the order.
_PART_OF = re.compile(r"\b(" + _NUMBER + r")\s+of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+|an?\s+)?(?:order\s+of\s+)?" + _NUMBER
                      + r"\s+" + _FILLER + r"$")
# "the first of the 36 aircraft", "the last of its 24 jets", "the first of those 24 jets" (since 0.60.0): one unit.
_ONE_OF = re.compile(r"\b(?:the\s+)?(?:first|last|second|third)\s+of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?" + _NUMBER
                     + r"\s+" + _FILLER + r"$")
# Words between a number and "of the": "30 more of the jets", "six further of the boats"
_MORE = {"more", "additional", "further", "other"}

# Approximate numbers give no quantity (codebook, "Quantity and year").
_APPROXIMATE = re.compile(r"\b(?:more than|fewer than|less than|at least|at most|nearly|almost|about|around|some|"
                          r"(?<!hand )(?<!hands )(?<!handed )(?<!handing )over|up to|roughly|approximately|an estimated|estimated|close to|as many as|upwards of|"
                          r"(?<![\d\w] )more|dozens|hundreds|thousands)\s+(?:of\s+)?" + _NUMBER + r"?\s*"
                          + r"(?:(?:a\s+)?(?:dozen|hundred|thousand)\s+)?"  # "around two dozen"
                          + r"(?:(?:" + "|".join(sorted(lx.MEASURE_NOUNS)) + r")\s+of\s+)?" + _FILLER  # "about 12,000 rounds of"
                          + r"(?:of\s+(?:the|its|their|these|those)\s+" + _FILLER + r")?$")  # "at least 10 more of the"


def _part_or_approximate(before: str, mention: Mention) -> None:
    """Correct the quantity read from the words before the mention: a part of a larger
    number is the part ("the first 10 of 180 tanks" -> 10, "the first of the 36 aircraft"
    -> 1); an approximate number is no quantity ("more than 30 drones", "at least 25")."""
    if mention.quantity is None:
        return
    if part := _PART_OF.search(before):
        tokens = [(part.group(1), 0)]
        mention.quantity = _number(tokens, 0) if part.group(1) != "one" else 1
    elif _ONE_OF.search(before):
        mention.quantity = 1
    elif _APPROXIMATE.search(before):
        mention.quantity, mention.approximate = None, True


# "Korean-made", "locally-built": an origin adjective, part of the mention's left context
# even when its first part names no catalogued actor.
_ORIGIN_ADJECTIVE = re.compile(r"-(?:made|built|designed|produced|supplied|manufactured)$")


def _is_origin_word(folded: str, actor: Match, word: str) -> bool:
    """A demonym ("Israeli") or a name joined to -made/-built ("Russian-made", "US-built")."""
    _, kind = actor.value
    return kind == "demonyms" or bool(lx.MADE_SUFFIX.match(folded, actor.end))


# A state's abbreviated name before a weapon is used as an adjective: "U.S. weapons", "UK missiles"
_ATTRIBUTIVE_NAME = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


def _origin_word(tokens, i: int) -> str | None:
    """The actor_id of an origin word ("korean", "korean-built") at token `i` that is not
    part of a longer name ("north korean")."""
    word = tokens[i][0]
    stem = word.split("-")[0] if _ORIGIN_ADJECTIVE.search(word) else word
    before = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return lx.ORIGIN_WORDS.get(stem) if before not in ("north", "south") else None


_VERSION_WORDS = {"block", "batch", "tranche", "flight", "increment", "mk", "mark", "type", "model", "series"}
_ROMAN_NUMERAL = re.compile(r"[ivx]{1,4}")


def _number(tokens, i: int) -> int | None:
    """The count a token (of the reversed left context) states, or None: "1,200" is 1200,
    "12.7" (a calibre) is no count, nor is a year."""
    word, position = tokens[i]
    if word.isdecimal():
        left = tokens[i + 1] if i + 1 < len(tokens) else ("", -2)
        if left[1] + 1 == position and left[0] == ".":
            return None
        if left[0] == "," and left[1] + 1 == position and len(word) == 3 and i + 2 < len(tokens) \
                and tokens[i + 2][0].isdecimal() and tokens[i + 2][1] + len(tokens[i + 2][0]) == left[1]:
            return int(tokens[i + 2][0] + word)  # "1,200 rifles"
    if word.isdecimal() and not (len(word) == 4 and word[:2] in ("19", "20")):
        return int(word) or None
    if word in lx.NUMBER_UNITS:
        before = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if before in lx.APPROXIMATE_COUNTS:
            return None  # "several dozen missiles", "a few hundred tanks" (codebook: approximate numbers stay empty)
        unit = lx.NUMBER_UNITS[word]
        if before == "half" or before == "a" and i + 2 < len(tokens) and tokens[i + 2][0] == "half":
            return unit // 2  # "half a dozen"
        times = int(before) if before.isdecimal() else lx.NUMBER_WORDS.get(before, 1)
        return times * unit if times < 100 else unit  # "two hundred", "3 thousand"; "a hundred"
    if "-" in word and all(part in lx.NUMBER_WORDS for part in word.split("-")):
        return sum(lx.NUMBER_WORDS[part] for part in word.split("-"))
    if word in lx.NUMBER_WORDS and word not in ("one",):
        return lx.NUMBER_WORDS[word]
    if word.replace(",", "").isdecimal() and "," in word:
        return int(word.replace(",", ""))
    return None


def _designation_number(ctx: DocContext, tokens, i: int) -> bool:
    """The number at i (of the reversed left context) belongs to a designation the catalogue
    lacks: digits right after a word of two to five capitals that names no actor ("two ASC
    890 surveillance aircraft": 890 is the type, no count)."""
    word, position = tokens[i]
    if not word.isdecimal() or i + 1 >= len(tokens):
        return False
    before, start = tokens[i + 1]
    written = ctx.text[start:start + len(before)]
    return start + len(before) + 1 == position and 2 <= len(written) <= 5 and written.isalpha() and \
        written.isupper() and start not in ctx.actor_at and ctx.actor_end.get(start + len(before)) is None


def _restated_number(tokens, i: int) -> int | None:
    """The count of a number in words restated in digits between brackets, as contracts,
    decrees and tenders write it ("four (4) helicopters", "thirty (30) carriers"), when the
    token at i (of the reversed left context) is the closing bracket; else None."""
    if tokens[i][0] != ")" or i + 3 >= len(tokens) or tokens[i + 2][0] != "(" or not tokens[i + 1][0].isdecimal():
        return None
    number = _number(tokens, i + 3)
    return number if number == int(tokens[i + 1][0]) else None


_ANAPHOR_WINDOW = 6  # sentences


_MAKER = re.compile(r"\s*,?\s*(?:which\s+(?:were|was|are|is)\s+)?" + lx.MAKER_PARTICIPLES + r"\s+by\s+(?:the\s+)?")


def _maker(ctx: DocContext, mention: Mention) -> str | None:
    """The state of a maker named right after the mention: "the jets built by Dassault"."""
    actor = _maker_actor(ctx, mention)
    return actor.value[0] if actor else None


def _maker_actor(ctx: DocContext, mention: Mention) -> Match | None:
    """The actor named as maker right after the mention ("built by Dassault"), if any."""
    found = _MAKER.match(ctx.folded, mention.end)
    return ctx.actor_at.get(found.end()) if found else None


def _resolve_anaphora(mentions: list[Mention], ctx: DocContext, origin: dict[str, str | None]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in mentions:
        if mention.anaphoric or mention.determiner in lx.COUNTING_DETERMINERS:
            maker = _maker(ctx, mention)
            candidates = [c for c in kept if origin.get(c.system) == maker] if maker else kept
            made = [c for c in kept if origin.get(c.system) in mention.origins] if not maker and mention.origins else []
            # ("... older T-72 tanks ... the Korean vehicles": the K2s, of Korean make, when one fits)
            mention.antecedent = (made and _antecedent(mention, made, ctx)) or _antecedent(mention, candidates or kept, ctx)
            if mention.antecedent and mention.basis == "generic":
                mention.system = mention.antecedent.system
                mention.category = mention.antecedent.category
                mention.basis = "antecedent"
            elif not mention.anaphoric:
                pass  # "each ship", "a second boat": a unit of the class, with or without an antecedent
            elif mention.antecedent is None and mention.head in lx.WEAK_HEADS and not mention.origins \
                    and mention.start == _head_start(ctx, mention) and not _transfer_object(ctx, mention):
                continue  # "the system", "the jets" with nothing to point back to nor a transfer
            elif mention.antecedent is None and mention.head in lx.CONDITIONAL_HEADS and not mention.origins \
                    and not lx.AIRCRAFT_PROCUREMENT_AFTER.match(ctx.folded, mention.end):
                continue  # "the fighters" with no aircraft before: people (not "the fighter sale")
        kept.append(mention)
    return kept


def _transfer_object(ctx: DocContext, mention: Mention) -> bool:
    """A verb of supply, receipt, trade or request governs the mention: right before it
    ("India received the ship from Russia") or, passive, right after it ("The aircraft were
    delivered to Nigeria by Italy"). Such a weak head is a weapon although nothing before
    points to it."""
    sentence = ctx.sentences[mention.sentence]
    hits = [(start, end) for start, end, _, cue in ctx.verb_hits_starting(sentence.start, sentence.end)
            if cue.side in _GOVERNING_SIDES]
    if not hits:
        return False
    if _right_after(ctx, mention, {end for _, end in hits}, sentence.start):
        return True
    passive = _PASSIVE_AFTER.match(ctx.folded, mention.end)
    return passive is not None and any(start == passive.end() for start, _ in hits)


def _right_after(ctx: DocContext, mention: Mention, ends: set[int], floor: int = 0) -> bool:
    """The words before the mention (from its left_stop back, white space passed over, not
    before `floor`) end at one of `ends`: right after a verb ("Dutch pledge shells")."""
    before = ctx.folded[max(floor, mention.left_stop - 40):mention.left_stop]
    return mention.left_stop - (len(before) - len(before.rstrip())) in ends


# The auxiliary between a mention and its passive verb: "The aircraft were delivered"
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be)\s+"
                            r"(?:(?:first|finally|then|also|only|formally|officially|quietly)\s+)?")


def _head_start(ctx: DocContext, mention: Mention) -> int:
    return mention.end - len(mention.head)


def _antecedent(mention: Mention, earlier: list[Mention], ctx: DocContext) -> Mention | None:
    """The nearest earlier compatible mention, preferring one with the same head noun
    ("the systems" -> "IRIS-T SLM air defence system")."""
    window = [c for c in reversed(earlier) if mention.sentence - c.sentence <= _ANAPHOR_WINDOW]
    compatible = [c for c in window if _compatible(mention, c)]
    if not compatible and mention.head and mention.basis == "generic":
        # "the munitions" after "Shahed131 loitering munitions" (a loitering munition is
        # catalogued as a missile): with no antecedent of its class, the same head noun decides
        compatible = [c for c in window if c.basis != "generic" and re.search(
            r"(?<![\w-])" + re.escape(mention.head.rstrip("s")) + r"s?(?![\w-])", ctx.folded[c.start:c.end])]
    if len(compatible) > 1 and _OLD_BEFORE.search(ctx.folded, max(0, mention.start - 30), mention.start):
        replaced = [c for c in compatible if _REPLACED_BEFORE.search(ctx.folded, max(0, c.start - 40), c.start)]
        if replaced:
            return replaced[0]  # "replacing its F-16s with F-35s and is donating 19 of the older jets"
    if mention.head and mention.category == "unspecified":  # "the systems", "such equipment"
        stem = mention.head.rstrip("s")
        same_head = [c for c in compatible if stem and stem in ctx.folded[c.start:c.end]]
        if same_head:
            return same_head[0]
    return compatible[0] if compatible else None


# An anaphor marked as old ("the older jets", "the ageing tanks") stands for the weapon a
# Holder frame replaces or retires, when there is one among its candidates
_OLD_BEFORE = re.compile(r"\b(?:older|old|ageing|aging|retired|outgoing|legacy|replaced)\s+(?:[\w-]+\s+)?$")
_REPLACED_BEFORE = re.compile(r"\b(?:replac\w*|retir\w*|phas\w* out|decommission\w*)\s+(?:(?:its|their|the|some|all)\s+)?"
                              r"(?:(?!with\b|by\b)[\w-]+\s+){0,2}$")


# Heads that name a part of systems of several categories: "the launchers" of an air
# defence system, of a missile or of rocket artillery
_LAUNCHER_HEADS = {"launcher", "launchers"}
_LAUNCHED_CATEGORIES = {"artillery", "air_defence_systems", "missiles"}


def _compatible(anaphor: Mention, candidate: Mention) -> bool:
    if anaphor.basis == "catalogue":
        return candidate.system == anaphor.system
    if anaphor.category in ("unspecified",):
        return True
    if anaphor.head in _LAUNCHER_HEADS and candidate.basis != "generic":
        return candidate.category in _LAUNCHED_CATEGORIES  # "NASAMS systems ... the launchers"
    return _category_group(candidate.category) == _category_group(anaphor.category) and \
        candidate.system != "arms (unspecified)"


def _category_group(category: str) -> str:
    # "the missiles" may point back to an air defence system ("Barak-8 systems")
    return "missiles" if category == "air_defence_systems" else category


lx.letters_first(globals())  # (this module's patterns in the faster form)
