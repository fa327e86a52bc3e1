"""Stage 2, extract: every weapons mention of a document becomes one or more raw records.

Input: `Document`s and the reference tables. Output: one dict per record with the span,
the system, the parties, the status and the provenance of each; ids come in `assemble`.
Large corpora are spread over worker processes (the work is per document).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
import os
import re
import signal
import threading
from collections import Counter, deque
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from multiprocessing.pool import Pool
from typing import Callable, Iterable, Iterator

from . import attachment, events, status, tables
from . import lexicon as lx
from .gazetteer import Gazetteer, Match
from .identify import identify
from .ingest import Document
from .mentions import DocContext, Mention, find_mentions, scan
from .reference import Reference, actor_aliases, load_reference, name_words, system_aliases
from .relations import Relation, Relator, resolve_year
from .text import fold, sentences
from .text import search as _search

RECORD_FIELDS = (
    "doc_id", "span_start", "span_end", "span_text", "system", "system_basis", "category",
    "supplier", "supplier_basis", "recipient", "recipient_basis", "status", "status_cue",
    "transfer_type", "quantity", "event_year", "sentence_start", "sentence_end", "evidence_start", "evidence_end",
)
# "NEW DELHI, Feb 15 (Reuters) - ", "WASHINGTON/KYIV, May 2 - ": where the story was filed,
# never a party to it.
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’/-]+(?:,\s+[A-Z][\w .'’-]*?)?(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*"
                       r"(?:\([^)\n]*\))?\s*[-–—]\s", re.MULTILINE)
# Page furniture saved with an article (navigation, related-article links, newsletter and
# donation appeals, tags): not part of the story, never read (codebook, "What is a weapons
# mention"). Matched on folded text, a line at a time.
_FURNITURE = re.compile(
    r"^[ \t]*(?:read (?:also|more|next)|related(?: articles?| stories| coverage| reading| news)?|see also|"
    r"sign up|subscribe|tags?|topics?|share(?: this| on)?|advertisement|sponsored|most (?:read|popular)|newsletter|"
    r"support (?:our|us|independent)|donate|more (?:from|on|stories)|you may also like|follow us|menu|skip to|"
    r"latest(?: news)?|trending|home\s*[|>/]|recommended)\b.*$", re.MULTILINE)
_EVENT_NOUN = re.compile(r"\bthe (?:sale|deal|contract|delivery|purchase|order|agreement)\b")
# The statuses whose year an event noun dates: a delivery dates what was delivered; a sale,
# deal, contract, purchase, order or agreement dates the order ("The deal was signed in 2020"
# after "Serbia has received the FK-3": the order's year, not the delivery's)
_DATED_STATUSES = {"delivery": ("delivered",)}
_ORDER_STATUSES = ("ordered", "planned")


@dataclass(frozen=True)
class Matchers:
    """What the extractor matches in a text, built once from the reference tables: actor
    and system names (gazetteers), each system's category and origin, and every word of
    every demonym ("Korean" of "South Korean": a name that is no weapon)."""

    actors: Gazetteer
    systems: Gazetteer
    category: dict[str, str]
    origin: dict[str, str | None]
    demonym_words: frozenset[str] = frozenset()
    name_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forms: dict[str, frozenset[str]] = field(default_factory=dict)  # _state_forms
    codes: dict[str, str] = field(default_factory=dict)  # a state's code in a table cell -> actor_id (tables.codes)

    @classmethod
    def from_reference(cls, reference: Reference) -> "Matchers":
        """The matchers of `reference` (reference.load_reference())."""
        actors = Gazetteer([(alias, (actor_id, kind)) for alias, actor_id, kind in actor_aliases(reference.actors)])
        systems = Gazetteer(system_aliases(reference.systems), allow_variants=True)
        words = frozenset(word.lower() for cell in reference.actors["demonyms"].drop_nulls()
                          for demonym in cell.split("|") for word in demonym.replace("-", " ").split())
        return cls(actors, systems, reference.category, reference.origin, words, name_words(reference.systems),
                   _state_forms(reference.actors), tables.codes(reference.actors))


# A dateline that names a month ("Washington, 2 May -", "GOMA, Nov 10, 2023 -"), which may open
# one of several stories a page bundles (briefs, a round-up)
_DATED_LINE = re.compile(r"^[A-Z][\w .'’-]{0,40}+(?:,\s[A-Z][\w .'’-]{0,30}+)?,\s+(?:\d{1,2}\s+" + lx.DATELINE_MONTH +
                         r"|" + lx.DATELINE_MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—] ", re.MULTILINE)
# A dateline of a place alone, in capitals, of one or two words ("BAMAKO - ", "ONNE, Nigeria - ")
_PLACE_LINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)?(?:,[ \t]+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)?"
                         r"[ \t]+[-–—] [ \t]*(?=\S)", re.MULTILINE)
# A brief's own heading on the line before its dateline: a short line with no full stop
_BRIEF_HEADING = re.compile(r"[^\n.!?]{3,90}\n$")


def sections(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the stories a page bundles, each opened by its own dateline
    (and the heading line right before it): a round-up of briefs reports one transfer per
    brief, and a weapon named in one brief never belongs to another's. A text with fewer
    than three datelines is one section, the whole text; the first section also holds what
    stands before the first dateline (the page's headline and introduction)."""
    if text.count("- ") + text.count("— ") + text.count("– ") < 3:
        return [(0, len(text))]  # (each dateline has a dash and a space: most texts have too few for three)
    starts = sorted({m.start() for m in _at_line_starts(_PLACE_LINE, text)} |
                    {m.start() for m in _at_line_starts(_DATED_LINE, text)} |
                    {m.start() for m in _at_line_starts(lx.DATE_HEADING, text)})
    if len(starts) < 3:
        return [(0, len(text))]  # (one story's dateline, and a second in a related link or a repeat)
    bounds = []
    for start in starts[1:]:
        heading = _BRIEF_HEADING.search(text, max(0, start - 92), start)
        opened = heading.start() if heading and (heading.start() == 0 or text[heading.start() - 1] == "\n") else start
        bounds.append(opened)
    edges = [0] + bounds + [len(text)]
    return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]


_SHIFTED = ("span_start", "span_end", "sentence_start", "sentence_end", "evidence_start", "evidence_end")


def extract_document(doc: Document, matchers: Matchers) -> list[dict]:
    """The raw records of one document, in text order: of each of its sections (sections())
    read as a document of its own, with offsets into the whole text."""
    parts = sections(doc.text)
    if len(parts) == 1:
        return _extract_section(doc, matchers)
    records = []
    for start, end in parts:
        part = replace(doc, text=doc.text[start:end])
        for record in _extract_section(part, matchers):
            for key in _SHIFTED:
                if record[key] is not None:
                    record[key] += start
            records.append(record)
    return records


def _extract_section(doc: Document, matchers: Matchers) -> list[dict]:
    folded = fold(doc.text)
    datelines = [(m.start(), m.end()) for m in _at_line_starts(_DATELINE, doc.text)]
    furniture = _with_listed_links([(m.start(), m.end()) for m in _at_line_starts(_FURNITURE, folded)], folded)
    excluded = datelines + furniture  # (joined once, not once per actor)
    scanned = scan(folded, matchers.actors, matchers.systems, events.NOUN_WORDS)  # (one pass of names, heads, cues)
    found = [a for a in matchers.actors.find(doc.text, folded, scanned["actors"])
             if (not excluded or not any(start <= a.start < end for start, end in excluded))
             and not _reporting_body(a, folded) and not _PLACE_IN_A_NAME.match(doc.text, a.end)
             and not _CURRENCY_AFTER.match(folded, a.end)]
    found = _with_rulers(found, folded)
    found = _with_forms(found, folded, matchers.forms)
    found = _with_acronyms(found, doc.text, folded)
    found = _with_leaders(found, doc.text)
    ctx = DocContext(doc.text, folded, sentences(doc.text), found, {a.start: a for a in found}, doc.published,
                     matchers.demonym_words, scanned)
    mentions = [m for m in find_mentions(ctx, matchers.systems, matchers.category, matchers.origin, matchers.name_words)
                if not furniture or not any(start <= m.start < end for start, end in furniture)]
    relator = Relator(ctx, matchers.origin, mentions)
    for mention in mentions:
        if mention.determiner == "our" and mention.possessor is None:
            mention.possessor = relator.home_state  # "Our F-16s are being upgraded": the speaker's state's
    related = [(mention, relator.relate(mention)) for mention in mentions]
    related = tables.read_rows(ctx, _years_from_event_nouns(ctx, related), matchers.origin, matchers.codes)
    nouns = events.noun_events(ctx, relator)  # (read once: both stages ask)
    related = events.read_document(ctx, related, relator, nouns)
    related = events.seized_route(ctx, attachment.attach_learned(ctx, related, relator, nouns), relator)
    related = events.second_hand(events.denied_reports(ctx, related), relator.origin)
    related = events.makers_not_recipients(related, relator.origin)
    related = events.lost_bids(ctx, events.former_holders(ctx, related))
    records = [_record(doc, ctx, mention, relation) for mention, relations in related for relation in relations]
    return status.settle(records, doc.text, ctx.published.year if ctx.published else None)


# A place's name inside the name of an institute, a newspaper, a show or an accord, never a
# party: "the Stockholm International Peace Research Institute", "The Moscow Times", "the
# Washington Post", "the Paris Air Show", "the Dubai Airshow" (on the text as written: the
# capitals make the name)
_PLACE_IN_A_NAME = re.compile(r"\s+(?:International Peace Research Institute|Times|Post|Herald|Tribune|Independent|"
                              r"Air ?[Ss]how|Declaration|Accords?|Format)\b")


# A state's currency, never a party: "90 billion Australian dollars", "US dollars", "Swiss
# francs" (a new-user trial of 0.34.0: the subject of "was to deliver" was read as Australia;
# not "won", a verb as often: "Hyundai Rotem won a contract")
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|francs?|rupees?|riyals?|rials?|dinars?|dirhams?|pounds? sterling|euros?|"
                             r"yen|yuan|renminbi|crowns?|krone|kroner|kronor|pesos?|rand|liras?|shekels?|"
                             r"roubles?|rubles?|zlot(?:y|ys|ies)|forints?|hryvnias?|ringgits?|rupiahs?|bahts?|nairas?)\b")


# What an international organisation reports through, never a party: "UN expert says",
# "a UN panel of experts reported", "the EU's monitors" (codebook, "Actors")
_REPORTERS = re.compile(r"(?:'s)?\s+(?:special\s+)?(?:experts?|panel|rapporteurs?|investigators?|monitors?|"
                        r"inspectors?|observers?|envoys?|report|reports|human rights)\b")


def _reporting_body(actor, folded: str) -> bool:
    """An international organisation named as the source of a report: no actor of the text."""
    return actor.value[0].startswith("IO_") and bool(_REPORTERS.match(folded, actor.end))


# A state's rulers named for it ("Myanmar's junta", "Mali's military government", "the Malian
# junta") and the later references to them ("the junta", "the regime"): the state's actor
_RULERS = r"(?:military\s+)?(?:junta|regime|military government|military rulers|ruling military|military authorities)"
_RULERS_NAMED = re.compile(r"(?:'s?)?\s+" + _RULERS + r"\b")
_RULERS_AGAIN = re.compile(r"\bthe\s+(" + _RULERS + r")\b")
_RULER_WORDS = re.compile(r"junta|regime|military (?:government|rulers|authorities)|ruling military")


def _with_rulers(found: list, folded: str) -> list:
    """The actors of a document with "the junta" (the regime, the military government) read
    as the state whose rulers the text named so before it ("Myanmar's military government
    ... the junta": MMR); a reference before any such naming stays no actor."""
    if not _search(_RULER_WORDS, folded):  # (three str.find over the document, not the regex engine)
        return found  # (most documents: no regex per actor)
    named = [(a.end, a.value) for a in found if a.value[0][:1].isalpha() and len(a.value[0]) == 3
             and _RULERS_NAMED.match(folded, a.end)]
    if not named:
        return found
    taken = {a.start for a in found}
    added = []
    for again in _RULERS_AGAIN.finditer(folded, named[0][0]):
        before = [value for end, value in named if end <= again.start()]
        if before and again.start(1) not in taken:
            added.append(Match(again.start(1), again.end(1), (before[-1][0], "names")))
    return sorted(found + added, key=lambda a: a.start) if added else found


# The form of a state its official name gives, and how a text names the state by it again:
# "Kingdom of Saudi Arabia", "Hashemite Kingdom of Jordan" -> "the kingdom"; "Sultanate of
# Oman" -> "the sultanate"; "Islamic Republic of Iran" -> "the Islamic Republic"
_FORM_NAMES = {"kingdom": re.compile(r"(?:hashemite )?kingdom of\b"), "sultanate": re.compile(r"sultanate of\b"),
               "islamic republic": re.compile(r"islamic republic of\b")}
_FORM_AGAIN = re.compile(r"\bthe\s+(kingdom|sultanate|islamic republic)\b(?!\s+of\b)")


def _state_forms(actors) -> dict[str, frozenset[str]]:
    """The actor_ids of the actors table (a polars DataFrame with actor_id and names, names
    separated by |) that one of their names calls a kingdom, a sultanate or an Islamic
    republic, by form (_FORM_NAMES)."""
    forms: dict[str, set[str]] = {form: set() for form in _FORM_NAMES}
    for actor_id, names in zip(actors["actor_id"], actors["names"]):
        for name in (names or "").lower().split("|"):
            for form, pattern in _FORM_NAMES.items():
                if pattern.match(name):
                    forms[form].add(actor_id)
    return {form: frozenset(ids) for form, ids in forms.items()}


def _with_forms(found: list, folded: str, forms: dict[str, frozenset[str]]) -> list:
    """The actors of a document with "the kingdom", "the sultanate" or "the Islamic Republic"
    read as the state of that form (its official name: _state_forms) that the document names
    most often, when it is named before ("Saudi Arabia ... Berlin halted arms exports to the
    kingdom": SAU); none when two such states are named as often (Jordan and the
    Netherlands, both kingdoms, once each)."""
    if not forms or not any(form in folded for form in forms):
        return found  # (most documents: none of the words)
    taken = {a.start for a in found}
    leading = {}  # form -> the state of that form named most often, or None (none, or a tie)
    for form, states in forms.items():
        ranked = Counter(a.value[0] for a in found if a.value[0] in states and a.value[1] != "companies").most_common(2)
        leading[form] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
    added = []
    for again in _FORM_AGAIN.finditer(folded):
        state = leading.get(again.group(1))
        if state is None or again.start(1) in taken:
            continue  # (none, or two such states named as often: "the kingdom" is not told)
        if any(a.value[0] == state and a.end <= again.start() for a in found):
            added.append(Match(again.start(1), again.end(1), (state, "names")))
    return sorted(found + added, key=lambda a: a.start) if added else found


# An acronym a document defines in brackets after an actor's force or name: "the Nigerian Air
# Force (NAF)", "Kuwait Air Force (KAF)", "Libyan Arab Armed Forces (LAAF)"
_ACRONYM_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,4}\s*\(([A-Z]{2,6})\)")


def _with_acronyms(found: list, text: str, folded: str) -> list:
    """The actors of a document with the acronyms it defines for them read as them where they
    are written again ("the Nigerian Air Force (NAF) ... In May the NAF inducted three JF-17
    fighters": NGA; since 0.50.0): a state's name, or its demonym before a force's name, then
    up to four capitalised words and the acronym in brackets; not a company's."""
    if "(" not in text:
        return found
    defined: dict[str, tuple[int, str]] = {}  # acronym -> (where its definition ends, actor_id)
    for actor in found:
        if actor.value[1] == "companies" or text[actor.end:actor.end + 1] not in (" ", "\n"):
            continue
        if actor.value[1] == "demonyms" and not lx.FORCES.match(folded, actor.end):
            continue  # ("the Chinese Academy of Sciences (CAS)": no force)
        defines = _ACRONYM_AFTER.match(text, actor.end)
        if defines is not None and defines.group(1) not in defined:
            defined[defines.group(1)] = (defines.end(), actor.value[0])
    return _written_again(found, text, defined)


# A state's leader named with the state, title and name: "Ugandan President Yoweri Museveni",
# "Poland's Defence Minister Wladyslaw Kosiniak-Kamysz"; the last word of the name is the
# surname the text uses again
_LEADER_AFTER = re.compile(r"(?:'s?)?\s+(?:President|Prime Minister|Premier|Chancellor|King|Emir|Crown Prince|"
                           r"Defen[cs]e Minister|Minister of Defen[cs]e|Foreign Minister|Defen[cs]e Secretary)\s+"
                           r"(?:[A-Z][\w'-]+\s+){0,2}?([A-Z][\w'-]{3,})(?![\w'-])(?!\s+[A-Z])")
# (a cheap test first: a word of each title of _LEADER_AFTER)
_LEADER_TITLE_WORDS = ("President", "Minister", "Prime", "King", "Emir", "Chancellor", "Premier", "Prince", "Secretary")


def _written_again(found: list, text: str, names: dict[str, tuple[int, str | None]]) -> list:
    """The actors of a document with each of `names` (a word -> where the text defines it,
    and the actor_id it stands for, or None for none) read as that actor wherever the text
    writes it again after its definition, as a whole word, where no actor starts already."""
    taken = {a.start for a in found}
    added = []
    for name, (after, actor_id) in names.items():
        if actor_id is None:
            continue
        for again in re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(text, after):
            if again.start() not in taken:
                added.append(Match(again.start(), again.end(), (actor_id, "names")))
    return sorted(found + added, key=lambda a: a.start) if added else found


def _with_leaders(found: list, text: str) -> list:
    """The actors of a document with the surnames of the leaders it names with their state
    read as that state where they are written again ("Ugandan President Yoweri Museveni ...
    On Sunday Museveni took delivery of military equipment donated by Russia": UGA; since
    0.50.0); not a company's, and not a surname two states' leaders share."""
    if not any(title in text for title in _LEADER_TITLE_WORDS):
        return found
    named: dict[str, tuple[int, str | None]] = {}  # surname -> (where its naming ends, actor_id or None)
    for actor in found:
        if actor.value[1] == "companies":
            continue
        leader = _LEADER_AFTER.match(text, actor.end)
        if leader is None:
            continue
        surname = leader.group(1)
        if surname in named and named[surname][1] != actor.value[0]:
            named[surname] = (named[surname][0], None)  # (two states' leaders of one name: neither)
        elif surname not in named:
            named[surname] = (leader.end(), actor.value[0])
    return _written_again(found, text, named)


# A furniture line that is a heading alone ("Related:", "Most read", "Read more"), and a line
# of a list of links below it ("- Philippine Coast Guard signs for five more cutters")
_FURNITURE_HEADING = re.compile(r"[ \t]*[\w' ]{1,30}:?[ \t]*$")
_LISTED_LINK = re.compile(r"[ \t]*(?:[-*•▸·–—]|\d{1,2}[.)])\s+\S[^\n]*")


def _with_listed_links(furniture: list[tuple[int, int]], folded: str) -> list[tuple[int, int]]:
    """`furniture` (line spans) with the lines of the list of links under a furniture
    heading ("Related:" then "- Hunter-class: first steel cut at Osborne" ...) up to the
    first line that is no list item: headlines of other articles, never this one's
    (codebook, "What is a weapons mention"; since 0.39.0)."""
    extended = list(furniture)
    for start, end in furniture:
        if not _FURNITURE_HEADING.fullmatch(folded, start, end):
            continue
        line = end + 1
        while line < len(folded) and (item := _LISTED_LINK.match(folded, line)) is not None:
            extended.append((item.start(), item.end()))
            line = item.end() + 1
    return extended


def _at_line_starts(pattern: re.Pattern, text: str) -> list[re.Match]:
    """What pattern.finditer(text) gives, for a pattern that opens with ^ (multiline: only a
    line start can start a match) and never matches nothing: tried at line starts only, where
    the regex engine would try every position of the text."""
    found, start, reach = [], 0, 0
    while start >= 0:
        if start >= reach and (match := pattern.match(text, start)):
            found.append(match)
            reach = match.end()  # (finditer goes on from there)
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return found


_text_matchers: Matchers | None = None


def extract_text(text: str, published: "dt.date | None" = None, doc_id: str = "text") -> list[dict]:
    """The raw records of one text, for scripts and tests: a list of dicts with the keys
    RECORD_FIELDS (offsets in code points of `text`), in text order. `published` (a
    datetime.date) resolves relative dates such as "last November". The reference tables
    are loaded once per process."""
    global _text_matchers
    if _text_matchers is None:
        _text_matchers = Matchers.from_reference(load_reference())
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_document(Document(doc_id, text, sha, published=published), _text_matchers)


def _years_from_event_nouns(ctx: DocContext, related: list[tuple[Mention, list[Relation]]]):
    """"Russia announced the sale to Iran last November": a sentence with no mention that
    dates "the sale" gives its year to the transfer records of the sentence before whose
    status it dates (a sale, deal, contract, purchase, order or agreement: ordered or
    planned; a delivery: delivered)."""
    with_mentions = {mention.sentence for mention, _ in related}
    for index, sentence in enumerate(ctx.sentences):
        words = ctx.folded[sentence.start:sentence.end]
        noun = _EVENT_NOUN.search(words) if index not in with_mentions and index - 1 in with_mentions else None
        if noun is None:
            continue
        year = resolve_year(words, ctx.published)
        if year is None:
            continue  # (the sentence before may end the paragraph before: news is a sentence a paragraph)
        dated = _DATED_STATUSES.get(noun.group(0)[4:], _ORDER_STATUSES)
        related = [
            (mention, [replace(r, event_year=year) if mention.sentence == index - 1 and r.status in dated
                       and r.event_year is None else r for r in relations])
            for mention, relations in related
        ]
    return related


def _record(doc: Document, ctx: DocContext, mention: Mention, relation: Relation) -> dict:
    sentence = ctx.sentences[mention.sentence]
    # (a record with no year of its own is no later than its document: "Russia has delivered
    # MiG-29s" in a paper of 1988 is the Soviet Union's)
    era = relation.event_year if relation.event_year is not None else ctx.published.year if ctx.published else None
    supplier, recipient = in_its_era(relation.supplier, era), in_its_era(relation.recipient, era)
    if supplier is not None and supplier == recipient:  # (never both parties: keep the names read)
        supplier, recipient = relation.supplier, relation.recipient
    return {
        "doc_id": doc.doc_id,
        "span_start": mention.start,
        "span_end": mention.end,
        "span_text": doc.text[mention.start:mention.end],
        "system": mention.system,
        "system_basis": mention.basis,
        "category": mention.category,
        "supplier": supplier,
        "supplier_basis": relation.supplier_basis,
        "recipient": recipient,
        "recipient_basis": relation.recipient_basis,
        "status": relation.status,
        "status_cue": relation.status_cue,
        "transfer_type": relation.transfer_type,
        "quantity": mention.quantity,
        "event_year": relation.event_year,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "evidence_start": relation.evidence[0] if relation.evidence else None,
        "evidence_end": relation.evidence[1] if relation.evidence else None,
    }


def in_its_era(actor: str | None, year: int | None) -> str | None:
    """The actor a record names for its event year: a successor state (lexicon.PREDECESSORS)
    in a year its predecessor existed is the predecessor ("RUS", 1977 -> "SUN"); any other
    actor, or no year, as it is."""
    predecessor = lx.PREDECESSORS.get(actor) if year is not None else None
    return predecessor[0] if predecessor and year <= predecessor[1] else actor


# -- many documents ---------------------------------------------------------------------
_worker_matchers: Matchers | None = None


def _init_worker() -> None:
    """A worker's start: SIGINT ignored again, then the reference read. The build ignores
    Ctrl-C while its workers run and a spawned worker inherits that (pipeline.
    stop_on_signals), but importing polars puts polars' own SIGINT handler over it (its
    KeyboardInterrupt hook, polars-error/src/signals.rs), which raises KeyboardInterrupt in
    a lazy query that Ctrl-C reaches: this one, reading the reference tables, printed a
    worker's traceback in CI. (Blocking SIGINT in the build did not reach the workers:
    multiprocessing unblocks it when it starts its resource tracker.)"""
    global _worker_matchers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_matchers = Matchers.from_reference(load_reference())


ROW_FIELDS = RECORD_FIELDS + ("mention_id", "record_id")
_ROW = operator.itemgetter(*ROW_FIELDS)  # (a record's tuple in one call: a generator per record cost 0.5% of a worker's time)


def as_rows(doc: Document, records: list[dict]) -> list[tuple]:
    """The document's records with their ids, as tuples in ROW_FIELDS order: smaller than
    dicts to pickle and to hold while they wait to become a frame."""
    return [_ROW(record) for record in identify(records, doc.text_sha256)]


def _extract_in_worker(doc: Document) -> list[tuple]:
    return as_rows(doc, extract_document(doc, _worker_matchers))


# Below this many documents, starting processes costs more than it saves.
PARALLEL_THRESHOLD = 200
# Documents handed to the workers and not yet taken back: enough to keep both busy,
# few enough that memory does not grow with the corpus.
IN_FLIGHT = 256


def worker_count(workers: int | None) -> int:
    """The processes that extract_documents spreads a large corpus over: `workers`, or
    by default 2 (fewer on a 1-core machine)."""
    return workers or min(2, os.cpu_count() or 1)


def start_workers(workers: int) -> Pool:
    """`workers` extraction processes, started now, for extract_documents(pool=...): a
    build starts them before it reads its corpus (pipeline.build_release), so that they
    are ready when its first document is. Use it as a context manager: leaving it
    terminates them. Started with "spawn", not "fork": a process forked after polars has
    started its thread pool can deadlock, and the caller may well have used polars
    already."""
    return _ExtractionPool(workers, initializer=_init_worker, context=get_context("spawn"))


def extract_documents(
    docs: Iterable[Document], count: int, workers: int | None = None,
    progress: Callable[[int], None] | None = None, pool: Pool | None = None,
) -> Iterator[tuple[Document, list[tuple]]]:
    """Each document with its raw records as rows (see as_rows), in input order;
    `progress(n)` after each document. From 200 documents on, they are spread over
    worker processes (start_workers), `workers` of them (see worker_count), or those of
    `pool` when it is given (whatever `count`): a script that builds a large corpus
    needs the usual `if __name__ == "__main__":` guard (or workers=1)."""
    workers = worker_count(workers)
    if pool is None and (workers == 1 or count < PARALLEL_THRESHOLD):
        matchers = Matchers.from_reference(load_reference())
        results = ((doc, as_rows(doc, extract_document(doc, matchers))) for doc in docs)
        yield from _with_progress(results, progress)
        return
    feed = _Feed(docs, IN_FLIGHT)
    with (nullcontext(pool) if pool is not None else start_workers(workers)) as pool:
        try:
            # imap sends documents in chunks: a chunk must fit in flight, or it never leaves
            chunksize = max(1, min(16, IN_FLIGHT // (4 * workers)))
            rows = pool.imap(_extract_in_worker, feed, chunksize=chunksize)
            yield from _with_progress(((feed.taken_back(), found) for found in rows), progress)
        finally:
            feed.stop()


class _ExtractionPool(Pool):
    """multiprocessing's Pool, less one wake-up. Its worker-handler thread waits on the
    result pipe too, so it spins from the moment a result arrives until the result-handler
    thread has read it: with results of 16 documents' rows, that took some 0.9 s of the
    main process's CPU per 10,000 benchmark documents, taken from the workers on a 2-core
    machine. The handler has nothing to do with results: an exited worker wakes it through
    the worker's sentinel, close, terminate and an emptied task cache through the
    change notifier, which is all it waits on here."""

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]


class _Feed:
    """The documents for Pool.imap, which would otherwise read its whole input at once:
    at most `limit` are out at a time, and each comes back (in order) with its rows."""

    def __init__(self, docs: Iterable[Document], limit: int):
        self.docs = iter(docs)
        self.out: deque[Document] = deque()
        self.room = threading.Semaphore(limit)
        self.stopped = threading.Event()

    def __iter__(self) -> Iterator[Document]:
        for doc in self.docs:
            while not self.room.acquire(timeout=0.1):  # the pool's feeder thread waits here
                if self.stopped.is_set():
                    return
            self.out.append(doc)
            yield doc

    def taken_back(self) -> Document:
        self.room.release()
        return self.out.popleft()

    def stop(self) -> None:
        self.stopped.set()


def _with_progress(results: Iterable, progress) -> Iterator:
    for done, result in enumerate(results, start=1):
        if progress:
            progress(done)
        yield result


lx.letters_first(globals())  # (this module's patterns in the faster form)
