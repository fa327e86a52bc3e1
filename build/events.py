"""Stage 2b, events: the transfers a document reports, and the transfer each mention belongs to.

`relations.Relator` reads one sentence at a time. This stage reads the whole document the
way an analyst does, in three steps:

1. `find_events`: every sentence-level relation with a party is evidence of a transfer
   event, and so is a transfer noun with parties but no weapon in its sentence ("The
   United States announced a $300 million military aid package for Ukraine"). An event is
   one (supplier, recipient) pair with the systems, status and evidence spans seen for it.
2. `attach`: a mention whose own sentence gives it no party (no transfer cue, or a cue
   with no subject: "It has bought six of the jets") takes the parties of the event it
   belongs to: the one event its own sentence reports; else an event of the same system;
   else, for a class noun or an anaphor, an event of its category in the last sentences;
   else an event its sentence lists the items of ("The package includes Stinger
   missiles, ..."); else the headline's event when the system fits; else, when its own
   cue says a transfer happened, the latest event. Its own cue keeps setting its status,
   and "for" and a state right after it its recipient (`destined_for`: "- Four C-390
   aircraft for Austria" in a contract of two buyers).
   A state's own forces using a weapon, a sentence that names only other actors, and
   arms in general with no determiner that refers back never attach.
3. `complete`: a relation with one party takes the other from an event that shares the
   first party and the system (or its category), or from the document's topic (the
   recipient of the headline's or lead's transfer). A mention of foreign make with no cue
   ("Chinese-made drones were seen at Ethiopian bases"), outside the headline, in a
   sentence that names no other actor, is the topic recipient's: delivered from its origin.

Before the three steps, the items of a list that a mention with a party opens ("a new
consignment of Russian weapons, including two Mi-171Sh helicopters") take its relations
(`inclusions`); after them, the part of an order still to come is `ordered`
(`remainders`), and so is a delivery still to come of a transfer the document reports as
agreed or begun (`scheduled`); last, an aircraft that arrives carrying weapons is in no
transfer, and its cargo takes its parties (`carried`). After the learned models
(attachment.attach_learned), a seized cargo's route told in a sentence of its own gives
the mentions of the seizure their parties (`seized_route`), and a transfer a party denies
is denied where the document reports it as a claim (`denied_reports`).

Every value set here has basis `event` and keeps the span of the sentence it came from
(`evidence`), so an analyst can read it.
"""

from __future__ import annotations

import bisect
from collections import Counter
import operator
import re
from dataclasses import dataclass, field, replace

import ahocorasick

from . import lexicon as lx
from . import text
from .mentions import DocContext, Mention
from .relations import Relation, Relator, not_binding_before, unnamed_suppliers, users_listed
from .text import pattern as _compiled
from .text import sentence_at

# Sentences back in which an event still holds for a class noun or a list of items.
RECENT = 3


@dataclass
class TransferEvent:
    """One transfer the document reports: a (supplier, recipient) pair, either may be None."""

    supplier: str | None
    recipient: str | None
    status: str
    transfer_type: str | None
    sentence: int  # where it was first reported
    evidence: tuple[int, int]  # that sentence's span (code points)
    systems: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    last_sentence: int = 0
    sentences: set[int] = field(default_factory=set)  # every sentence that reports it
    weaponless: bool = False  # read from a transfer noun with no weapon in its sentence
    partner_only: bool = False  # its one party a with-object, seller or buyer ("the deal with Saudi Arabia")
    noun_ends: set[int] = field(default_factory=set)  # where each transfer noun that reports it ends

    @property
    def parties(self) -> tuple[str | None, str | None]:
        """(supplier, recipient) actor_ids; either may be None."""
        return self.supplier, self.recipient


Related = list[tuple[Mention, list[Relation]]]


def find_events(ctx: DocContext, related: Related, relator: Relator,
                known: list[TransferEvent] | None = None,
                nouns: list[list[TransferEvent]] | None = None) -> list[TransferEvent]:
    """The document's transfer events, in order of first report. With `known` (the events of
    an earlier reading), only those events are read again, now with the systems of the
    mentions attached to them; a relation inferred in that reading starts no event. `nouns`:
    the events of transfer nouns by sentence (noun_events), when already read."""
    events: dict[tuple, TransferEvent] = {}
    with_mentions = {m.sentence for m, _ in related}
    pairs = None if known is None else {e.parties for e in known}
    for mention, relations in related:
        users = users_listed(relations)
        for relation in relations:
            if relation.status == "none" or not (relation.supplier or relation.recipient) or relation in users:
                continue
            key = (relation.supplier, relation.recipient)
            if pairs is not None and key not in pairs:
                continue
            event = events.get(key)
            if event is None:  # (built only then: most relations repeat a pair)
                sentence = ctx.sentences[mention.sentence]
                first = pairs and next(e for e in known if e.parties == key)  # its stage stays as first read
                event = events[key] = TransferEvent(
                    relation.supplier, relation.recipient, first.status if first else relation.status,
                    first.transfer_type if first else relation.transfer_type, mention.sentence,
                    (sentence.start, sentence.end))
            event.systems.add(mention.system)
            event.categories.add(mention.category)
            event.last_sentence = max(event.last_sentence, mention.sentence)
            event.sentences.add(mention.sentence)
    for index, found in enumerate(nouns or noun_events(ctx, relator)):
        for event in found:
            existing = events.get(event.parties)
            if existing is None:
                events[event.parties] = replace(event, sentences=set(event.sentences),
                                                noun_ends=set(event.noun_ends))  # its own copy
            else:
                existing.noun_ends |= event.noun_ends
                if index < existing.sentence and pairs is None:
                    # reported first by its noun ("announced a military aid package for Ukraine",
                    # then "the Gepard guns that Germany sent to Kyiv last year"): its stage, as first read
                    existing.status, existing.transfer_type = event.status, event.transfer_type
                    existing.sentence, existing.evidence = index, event.evidence
                existing.sentences.add(index)
                existing.weaponless = existing.weaponless and index not in with_mentions
    return sorted(events.values(), key=operator.attrgetter("sentence"))


def noun_events(ctx: DocContext, relator: Relator) -> list[list[TransferEvent]]:
    """The events of the transfer nouns of each sentence (see _noun_events), by sentence."""
    starts = _noun_starts(ctx)
    return [_noun_events(ctx, relator, index, starts) for index in range(len(ctx.sentences))]


# Transfer nouns that name a transfer with no weapon: the role of their sentence's subject.
_SUPPLY_NOUNS = r"(?:(?:aid|assistance|military aid|military support|security assistance|package|sale|shipment|consignment|transfer|donation|" \
               r"gift|drawdown|supply line|supply route|smuggling route|pipeline)s?|deliver(?:y|ies))"
# ... and a buyer's programme: "Poland's rearmament drive", "India's buying spree"
_RECEIVE_NOUNS = r"(?:(?:purchase|order|acquisition|procurement|contract|deal|agreement)s?|rearmament|buying spree|" \
                 r"shopping spree|arms build-?up|military build-?up)"


def _first_letters(*sources: str) -> str:
    """A lookahead for the first letters of the words that `sources` (groups of words) stand
    for ("(?=[abc])"), so that the regex engine tries them only there; "" when they are not
    all plain words (lexicon._head_forms)."""
    forms = [lx._head_forms("\\b" + source) for source in sources]
    if any(found is None for found in forms):
        return ""
    return "(?=[" + "".join(sorted({re.escape(form[0]) for found in forms for form in found})) + "])"


_NOUN = re.compile(r"\b" + _first_letters(_SUPPLY_NOUNS, _RECEIVE_NOUNS) + r"(?:(" + _SUPPLY_NOUNS + r")|(" + _RECEIVE_NOUNS + r"))\b")


def _noun_words() -> "ahocorasick.Automaton | None":
    """The words one of which starts every match of _NOUN (lexicon._head_forms), for
    mentions.scan: a sentence where none starts needs no search for one (most sentences)."""
    forms = [lx._head_forms("\\b" + source) for source in (_SUPPLY_NOUNS, _RECEIVE_NOUNS)]
    if any(found is None for found in forms):
        return None
    automaton = ahocorasick.Automaton()
    for word in {form for found in forms for form in found}:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


NOUN_WORDS = _noun_words()


def _noun_starts(ctx: DocContext) -> list[int] | None:
    """Where a word of NOUN_WORDS starts in the document, in order (None: anywhere)."""
    if NOUN_WORDS is None:
        return None
    scanned = ctx.scanned if ctx.scanned and ctx.scanned.get("nouns_automaton") is NOUN_WORDS else None
    hits = scanned["nouns"] if scanned else NOUN_WORDS.iter(ctx.folded)
    return sorted({end + 1 - length for end, length in hits})


# Verbs whose subject is a party of the transfer noun they govern ("Russia announced the
# sale"); "Jerusalem views the delivery of ..." is an onlooker.
_MAKES_EVENT = re.compile(r"\b(?:announc\w*|unveil\w*|sign\w*|agree\w*|approv\w*|clear\w*|conclud\w*|seal\w*|"
                          r"finali[sz]\w*|pledg\w*|promis\w*|offer\w*|mak\w*|made|plac\w*|award\w*|won|win\w*|"
                          r"secur\w*|clinch\w*|ink\w*|complet\w*|cancel\w*|scrap\w*|froze|freez\w*|suspend\w*|"
                          r"halt\w*|block\w*(?!\s+(?:\d|[ivx]+\b))|drop\w*|back\w* out|call\w* off|terminat\w*|"
                          r"resum\w*|approve\w*|"
                          r"notif\w*|propos\w*|negotiat\w*|discuss\w*|seek\w*|sought|want\w*|plan\w*|launch\w*|"
                          r"provid\w*|send\w*|sent|deliver\w*|ship\w*|receiv\w*|obtain\w*|accept\w*|"
                          r"t(?:ook|akes?|aking) delivery)\b")
_TAKEN = re.compile(r"\bt(?:ook|akes?|aking)\s+$")
# ... of which these make the subject the recipient of a supply noun ("Mali has received a
# new consignment of Russian weapons", "took delivery of the first shipment")
_RECEIVES_NOUN = re.compile(r"\b(?:receiv\w*|obtain\w*|accept\w*|t(?:ook|akes?|aking) delivery)\b")


def _noun_events(ctx: DocContext, relator: Relator, index: int,
                 starts: list[int] | None = None) -> list[TransferEvent]:
    """A transfer noun with its parties: "announced a $300 million military aid package for
    Ukraine" (USA -> UKR), "signed a contract with Hanwha" (KOR -> subject). `starts`: where
    a word that can start one stands (_noun_starts; None: not known)."""
    sentence = ctx.sentences[index]
    first = bisect.bisect_left(starts, sentence.start) if starts is not None else None
    if first is not None and first == bisect.bisect_left(starts, sentence.end):
        return []  # (no word that starts a transfer noun in the sentence: no search for one)
    actors = relator._actors_between(sentence.start, sentence.end)
    # (searched from the first such word: no match starts before it)
    found = _NOUN.search(ctx.folded, sentence.start if first is None else starts[first], sentence.end) if actors else None
    if not found:
        return []
    supplies = found.group(1) is not None
    taken = _TAKEN.search(ctx.folded, max(sentence.start, found.start() - 12), found.start())  # "took delivery"
    subject = next((a for a in actors if a.end <= found.start() and found.start() - a.end < 80
                    and relator._is_subject_before(a)
                    and (taken or _MAKES_EVENT.search(ctx.folded, a.end, found.start()))), None) \
        or _possessor_of(ctx, actors, found.start())
    # (a with-object in the noun's own clause keeps the objects of a clause after it from the
    # noun: not "from KNDS France" in "signed contracts with Indian suppliers, ..., and in June
    # it agreed to buy CAESAR howitzers from KNDS France")
    brake = _NEW_CLAUSE.search(ctx.folded, found.end(), sentence.end)
    partner = relator._after_preposition(found.end(), brake.start() if brake else sentence.end, ("with",)) or \
        _makers_of(ctx, actors, found.end(), brake.start() if brake else sentence.end)
    end = brake.start() if brake and partner else sentence.end
    to = relator._after_preposition(found.end(), end, ("to", "for")) or \
        relator._after_preposition(subject.end if subject else sentence.start, found.start(), ("to", "for")) or \
        (_indirect_object(ctx, subject.end, found.start()) if subject and supplies else [])
    source = relator._after_preposition(found.end(), end, ("from",))
    received = subject and (taken or _RECEIVES_NOUN.search(ctx.folded, subject.end, found.start()))
    if supplies and received:
        supplies = False  # the subject received it: its role is a buyer's
    if supplies and partner and not (to or source or subject):
        # "A separate package with the United States covers pilot training and weapons": a
        # package agreed with a state and nobody named beside it, the state its supplier (the
        # buyer is the document's: events.complete)
        supplier, recipient = partner[0], None
    elif supplies:
        supplier = source[0] if source else (subject.value[0] if subject else None)
        recipient = to[0] if to else (partner[0] if partner else None)
        if supplier is None and to and (demonym := _demonym_before(ctx, actors, found.start())) and demonym != recipient:
            supplier = demonym  # "The Dutch package for Ukraine includes 20 howitzers"
    elif _maker_with_buyer(subject, partner, source):
        supplier, recipient = subject.value[0], partner[0]
    else:
        recipient = subject.value[0] if subject else (to[0] if to else None)
        supplier = source[0] if source else (partner[0] if partner else None)
    if supplier is None and recipient is None or supplier == recipient:
        return []
    status, _ = relator.noun_status(index, found.start(), found.end(), "supply" if supplies else "receive")
    if status == "unknown" and _compiled(r"(?:military aid|military support|aid|package|security assistance)").match(found.group(0)):
        status = "ordered"  # an aid package, once named, is committed (codebook, "Status")
    elif status == "unknown" and received:
        status = "delivered"  # "took delivery of a new consignment", "has received a shipment"
    if status == "none":
        return []
    words = ctx.folded[sentence.start:sentence.end]
    kind = "aid" if lx.AID_WORDS.search(words) else "sale" if lx.SALE_WORDS.search(words) else "unspecified"
    partner_only = not supplies and recipient is None and not source and bool(partner)
    return [TransferEvent(supplier, recipient, status, kind, index, (sentence.start, sentence.end),
                          last_sentence=index, sentences={index}, weaponless=True, partner_only=partner_only,
                          noun_ends={found.end()})]


# Where a transfer noun's clause ends: a new clause coordinated after a comma or a semicolon
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\s+(?!the\b|an?\b|\d)")
# Makers named by their nationality after "with": "contracts with Indian suppliers"
_MAKERS = re.compile(r"\s+with\s+(?:the\s+)?(?:state-owned\s+|private\s+)?([\w-]+)\s+(?:(?:defen[cs]e|arms)\s+)?"
                     r"(?:suppliers|companies|firms|manufacturers|makers|producers|shipyards|industry|contractors)\b")


def _makers_of(ctx: DocContext, actors, start: int, end: int) -> list[str]:
    """The state whose makers a with-object names by a demonym ("with Indian suppliers"), in
    the 80 characters after a transfer noun ending at `start`."""
    found = _MAKERS.search(ctx.folded, start, min(end, start + 80))
    if found is None:
        return []
    named = next((a for a in actors if a.start == found.start(1) and a.value[1] == "demonyms"), None)
    return [named.value[0]] if named is not None else []


def _maker_with_buyer(subject, partner: list[str], source: list[str]) -> bool:
    """A company (of the actors table) signs a buyer's noun with a state and names no source:
    "Kongsberg has signed a contract with Romania" is a sale by the maker's state to Romania,
    not Romania's sale to Norway."""
    return subject is not None and subject.value[1] == "companies" and bool(partner) and not source


# "Poland's rearmament drive", "Germany's latest aid package": a state's possessive before the noun
_POSSESSIVE_BEFORE = re.compile(r"'s?\s+(?:[\w$.,-]+\s+){0,3}$")


def _possessor_of(ctx: DocContext, actors, noun_start: int):
    """The state (no demonym) whose possessive stands right before a transfer noun."""
    before = [a for a in actors if a.end <= noun_start and noun_start - a.end < 40 and a.value[1] != "demonyms"]
    if before and _POSSESSIVE_BEFORE.fullmatch(ctx.folded, before[-1].end, noun_start):
        return before[-1]
    return None


# "The Dutch package", "a new German military aid package": a demonym and at most two
# modifiers before a transfer noun
_DEMONYM_GAP = re.compile(r"\s+(?:[\w$.,-]+\s+){0,2}$")


def _demonym_before(ctx: DocContext, actors, noun_start: int) -> str | None:
    """The state whose demonym stands right before a transfer noun (_DEMONYM_GAP), or None."""
    before = [a for a in actors if a.end <= noun_start and noun_start - a.end < 40]
    if before and before[-1].value[1] == "demonyms" and _DEMONYM_GAP.fullmatch(ctx.folded, before[-1].end, noun_start):
        return before[-1].value[0]
    return None


# "will send Ukraine a fresh military aid package": an actor after the verb, then the noun
_BEFORE_NOUN = re.compile(r"\s+(?:a|an|another|its|their)\s+(?:[\w$.,'-]+\s+){0,5}")


def _indirect_object(ctx: DocContext, start: int, noun_start: int) -> list[str]:
    """The last actor in [start, noun_start) with only an article and modifiers between it
    and a transfer noun, and no preposition before it: the recipient of "send Ukraine a
    package"."""
    actors = [a for a in ctx.actors_starting(start, noun_start) if a.value[1] != "demonyms"]
    if not actors or _BEFORE_NOUN.fullmatch(ctx.folded, actors[-1].end, noun_start) is None:
        return []
    before = ctx.folded[max(start, actors[-1].start - 6):actors[-1].start]
    preposition = _compiled(r"\b(?:to|for|from|with|by|of|in|on|at)\s+(?:the\s+)?$").search(before)
    return [] if preposition else [actors[-1].value[0]]


# A sentence that lists what a transfer named before it holds: "The package includes ...".
_REFERS_BACK = re.compile(r"\b(?:includ\w*|compris\w*|consist\w* of|contain\w*|cover\w*|made up of|"
                          r"(?:the|this|that|under the) (?:package|deal|contract|order|agreement|sale|shipment|"
                          r"consignment|aid|tranche|drawdown|batch))\b")


def _read_party(relation: Relation) -> bool:
    """A party read in the text, not inferred from the system's origin."""
    return bool(relation.recipient or relation.supplier and relation.supplier_basis != "origin")


def attach(ctx: DocContext, related: Related, events: list[TransferEvent],
           origins: dict[str, str | None] | None = None) -> Related:
    """Give each mention with no party the parties of the event it belongs to (see module doc)."""
    if not events:
        return related
    origins = origins or {}
    result = []
    for mention, relations in related:
        if _settled(relations):
            result.append((mention, _staged(related, mention, relations, events)))
            continue
        transfer = any(r.status != "none" for r in relations)
        event = None if speaks_of_others(ctx, mention) or targeted(ctx, mention, related) or \
            interceptor(ctx, mention) else _event_of(ctx, mention, events, transfer, origins)
        if event is not None and mention.system not in event.systems and _maker_described(relations):
            event = None  # "Rheinmetall, which makes the Skyranger, sold ammunition to Hungary"
        if event is not None and mention.sentence in event.sentences and _replaced_event(ctx, mention, event):
            event = None  # "wants 24 new fighters to replace its MiG-29s, bought from Belarus": not theirs
        if event is not None and not party_in_sentence(ctx, mention, event) and \
                not (event.supplier and origins.get(mention.system) == event.supplier and _only_makers_named(ctx, mention)):
            event = None  # (but "two Mi-35M helicopters" in a sentence naming only Norinco is Russia's still)
        if event is None:
            result.append((mention, relations))
            continue
        own = relations[0]
        status, cue, kind, year = (own.status, own.status_cue, own.transfer_type, own.event_year) \
            if own.status_cue and own.status not in ("unknown", "none") else \
            (stage_before(related, mention, event), None, event.transfer_type, None)
        if status in ("delivered", "planned") and not cue and \
                (content := _CONTRACT_CONTENT.search(ctx.folded, ctx.sentences[mention.sentence].start, mention.start)) \
                and (status == "delivered" or _SIGNED.search(content.group(0))):
            # "The order, placed in 2020, also includes Stinger missiles": what was ordered, not
            # what was delivered since; "The contract, signed on 15 December 2015, covers 309
            # vehicles" after the buyer's choice: a signed contract orders
            status = "ordered"
        elif status == "delivered" and not cue and \
                _ORDERED_HERE.search(ctx.folded, *(span := sentence_span(ctx, mention))) and \
                not _DELIVERED_HERE.search(ctx.folded, *span):
            # "The pair of jets are the opening batch of 14 aircraft contracted in 2019", "-
            # K2 tanks: 180 under the first contract": a sentence of the order, none of a delivery
            status = "ordered"
        elif status == "ordered" and not cue and \
                (delivery := _DELIVERED_HERE.search(ctx.folded, *(span := sentence_span(ctx, mention)))) and \
                not _ORDERED_HERE.search(ctx.folded, *span) and not _STILL_TO_COME.search(ctx.folded, *span) and \
                not _OF_OTHERS.search(ctx.folded, span[0], delivery.start()):
            # "The first two Caesar guns were handed over in May": a sentence of a delivery, none
            # of the order the mention's transfer was first reported as
            status = "delivered"
        if status in ("planned", "ordered") and not cue and _AID_SO_FAR.search(
                ctx.folded, ctx.sentences[mention.sentence].start, mention.start):
            status = "delivered"  # "Slovakia's military support to Ukraine has included 13 MiG-29s": given so far
        if status in ("ordered", "delivered") and not cue and (marker := not_binding_before(ctx, mention)):
            # "A framework agreement signed in July foresees as many as 1,000 K2 tanks"
            status, cue = "planned", marker
        supplier, recipient = event.supplier, event.recipient
        if recipient and origins.get(mention.system) == recipient and supplier:
            supplier, recipient = recipient, supplier  # "cancels arms deal with South Korea": its make decides
        elif event.partner_only and origins.get(mention.system) not in (None, supplier):
            supplier, recipient = None, supplier  # "The deal with Saudi Arabia ... covered 48 Tornado jets": the buyer
        if supplier is None and origins.get(mention.system) not in (None, recipient):
            supplier = origins[mention.system]
        elif supplier is None:
            result.append((mention, relations))  # a recipient alone is too little to attach to
            continue
        supplier_basis = "origin" if supplier and supplier != event.supplier and supplier != event.recipient else "event"
        recipient_basis = "event" if recipient else None
        if (named := destined_for(ctx, mention)) is not None and named not in (supplier, recipient):
            recipient, recipient_basis = named, "text"  # "- Four C-390 aircraft for Austria": its own destination
        attached = [Relation(
            supplier, supplier_basis if supplier else None, recipient,
            recipient_basis, status, cue, kind or event.transfer_type or "unspecified", year,
            evidence=event.evidence)]
        if supplier == event.supplier and recipient == event.recipient:
            attached += [replace(attached[0], supplier=partner.supplier, evidence=partner.evidence)
                         for partner in _co_suppliers(event, events)]
        result.append((mention, attached))
    return result


# "for" and its object right after a mention: "Four C-390 aircraft for Austria", "16 transport
# helicopters for the Polish army"
_FOR_AFTER = re.compile(r",?\s+for\s+(?:the\s+)?")


def destined_for(ctx: DocContext, mention: Mention) -> str | None:
    """The state (or armed group) "for" names right after the mention ("Four C-390 aircraft for
    Austria", "for the Polish army": a demonym only before a force), the recipient its own words
    give when it attaches to an event of several buyers; None when no such actor follows (a
    company, "for export", "for its navy")."""
    found = _FOR_AFTER.match(ctx.folded, mention.end)
    actor = ctx.actor_at.get(found.end()) if found else None
    if actor is None or actor.value[1] == "companies" or \
            actor.value[1] == "demonyms" and not lx.FORCES.match(ctx.folded, actor.end):
        return None
    return actor.value[0]


def _staged(related: Related, mention: Mention, relations: list[Relation],
            events: list[TransferEvent]) -> list[Relation]:
    """A relation whose stage its own words leave `unknown` ("Canada's F-35 purchase") at the
    stage the document reports its parties' transfer at (stage_before), when it reports one."""
    if all(relation.status != "unknown" for relation in relations):
        return relations  # (most mentions: nothing to stage)
    staged = []
    for relation in relations:
        event = next((e for e in events if e.parties == (relation.supplier, relation.recipient)), None) \
            if relation.status == "unknown" and relation.supplier and relation.recipient else None
        stage = stage_before(related, mention, event) if event is not None else "unknown"
        staged.append(replace(relation, status=stage) if stage not in ("unknown", "none") else relation)
    return staged


def stage_before(related: Related, mention: Mention, event: TransferEvent) -> str:
    """The stage at which the document last reported `event` up to `mention`'s sentence (a
    relation of another mention read with a cue of its own, with the event's parties), else
    the event's stage as first read (so always for a headline's mention: a headline sums up)."""
    latest, stage = -1, event.status
    for other, relations in related:
        if latest < other.sentence <= mention.sentence and mention.sentence > 0 and other is not mention:
            for relation in relations:
                if relation.status_cue and relation.status not in ("none", "unknown") and \
                        (relation.supplier, relation.recipient) == event.parties:
                    latest, stage = other.sentence, relation.status
    return stage


# Aid told as given so far, in the perfect: "Slovakia's military support to Ukraine since
# February 2022 has included 13 MiG-29s" (delivered; "The package includes" is not)
_AID_SO_FAR = re.compile(r"\b(?:aid|support|assistance|deliveries|donations|contributions|supplies|gifts)\b[^.;]{0,80}?"
                         r"\b(?:has|have)\s+(?:so far\s+|already\s+|also\s+|since\s+)?(?:included|comprised|"
                         r"consisted of|covered|spanned|ranged from)\b")


# A sentence that says what a contract covers: its items are what was ordered, whatever has
# been delivered since ("The $375 million contract, signed in January 2022, covers three batteries")
_SIGNED = re.compile(r"\b(?:signed|placed|concluded|awarded|finali[sz]ed)\b")
_ORDERED_HERE = re.compile(r"\b(?:contracts?|contracted|orders?|ordered|on order|being built|under construction|"
                           r"due to (?:be )?(?:deliver|ferry|arrive|hand)\w*|(?:should|will|would) (?:reach|arrive))\b")
# what keeps a sentence's delivery word from the mention: the future ("will replace MiG-29s that
# Serbia received") and a relative clause of other weapons ("a patrol ship that China's navy operates")
_STILL_TO_COME = re.compile(r"\b(?:will|would|due|expected|scheduled|planned|yet)\b")
_OF_OTHERS = re.compile(r"\b(?:that|which|who|whose)\b")
_DELIVERED_HERE = re.compile(r"\b(?:delivered|arrived|received|handed over|took delivery|taken delivery|in service|"
                             r"operates|operated|flies|flown|landed|commissioned|inducted)\b")
# (since 0.46.0 also "covering", "comprising", and a package that was signed: "it signed a
# government-to-government package said to be worth $245 million, covering Pinaka launchers")
_CONTRACT_CONTENT = re.compile(r"\b(?:order|contract|deal|agreement|(?:signed|concluded)\s+(?:[\w$,.-]+\s+){0,6}?package)\b"
                               r"[^.;]{0,120}?\b(?:covers|covered|covering|includes|included|provides for|provided for|"
                               r"comprises|comprised|comprising|is for|was for)\b")


def _co_suppliers(event: TransferEvent, events: list[TransferEvent]) -> list[TransferEvent]:
    """"Ukraine receives Leopard 1A5 tanks from Danish-German consortium": the events first
    reported in the same sentence with the same recipient and system, other suppliers."""
    return [e for e in events if e is not event and e.recipient == event.recipient and e.supplier
            and e.supplier != event.supplier and e.sentence == event.sentence and e.systems & event.systems
            and not e.weaponless]


# "The Swedish Air Force itself flies about 90 Gripens": a state's own forces hold the weapon.
# ("has"/"have" as a verb of its own, not the auxiliary of "have seized")
_OWN_FORCES = re.compile(rf"\b(?:{lx.FORCE_NOUNS})\b[^.;]*?\b(?:fl(?:y|ies|ew|own)|operat\w*|us(?:e|es|ed|ing)|field\w*|deploy\w*|"
                         r"ha(?:s|ve)(?!\s+(?:(?:\w+ly|already|also|so far|thus far|since|now|just|long|never|not|yet)\s+)*"
                         r"(?:been|\w+ed|\w+en|seized|sent|sold|bought|built|made|won|"
                         r"got|begun|shot|struck))|own\w*|maintain\w*|rel(?:y|ies) on)\b")
_TRANSFER_SIDES = frozenset({"supply", "receive", "trade", "interdict", "request", "arrive"})


def speaks_of_others(ctx: DocContext, mention: Mention) -> bool:
    """The mention's sentence is about a state's own forces using the weapon: a verb of
    using or holding after a force ("the navy operates ...") with no transfer verb between
    it and the mention ("naval forces operating in the area have seized a shipment of" is
    an interdiction)."""
    sentence = ctx.sentences[mention.sentence]
    own = None
    for own in _OWN_FORCES.finditer(ctx.folded, sentence.start, mention.start):
        pass
    if own is None:
        return False
    return not any(cue.side in _TRANSFER_SIDES for _, _, _, cue in ctx.verb_hits_starting(own.end(), mention.start))


# The source of a report, not a party: "..., according to the Kurdistan Region's ministry"
_ATTRIBUTION = re.compile(r"\baccording to\s+(?:[\w'-]+\s+){0,3}$")


def targeted(ctx: DocContext, mention: Mention, related: Related) -> bool:
    """The mention names a target or threat (lexicon.TARGETED right before it, or before the
    list of mentions it ends: "threats from ballistic missiles, cruise missiles and
    unmanned aircraft"), so no transfer of the article is about it."""
    start = mention.left_stop
    for other, _ in reversed(related):  # walk back over the list it is part of
        if other.end <= start and other.sentence == mention.sentence and \
                Relator._LIST_JOINT.fullmatch(ctx.folded, other.end, start):
            start = other.left_stop
    sentence = ctx.sentences[mention.sentence]
    found = lx.TARGETED.search(ctx.folded, max(sentence.start, start - 60), start)
    # "shot down dozens of the Iranian-designed aircraft": a part of the weapons referred to, not a threat
    return bool(found) and not (mention.anaphoric and found.group(0).endswith(" of "))



# Between a subject and its verb: auxiliaries and adverbs ("has reportedly intercepted")
_BEFORE_VERB = re.compile(r"\s+(?:(?:has|have|had|was|were|also|then|later|reportedly|again)\s+)*")


def interceptor(ctx: DocContext, mention: Mention) -> bool:
    """The mention is the subject of an interdiction ("A US Navy destroyer intercepted a
    small boat carrying Iranian rifles"): the intercepting side's own platform, in none of
    the transfers the article reports (codebook, "Status": interdiction; the seizing party
    is never supplier or recipient)."""
    ends = [mention.end]
    name = _SHIP_NAME.match(ctx.text, mention.end)
    if name and ctx.actor_at.get(name.start(1)) is None:  # not "the rifles Iran seized"
        ends.append(name.end())  # "The destroyer USS Lewis B. Puller stopped the boat"
    for end in ends:
        gap = _BEFORE_VERB.match(ctx.folded, end)
        start = gap.end() if gap else end
        if any(cue.side == "interdict" for _, _, _, cue in ctx.verb_hits_starting(start, start + 1)):
            return True
    return False


# A vessel's or unit's name right after the mention, on the original text: capitalised words
# and initials ("USS Lewis B. Puller", "HMS Duncan", "INS Kolkata"), not an actor
_SHIP_NAME = re.compile(r"\s+([A-Z][\w'-]*\.?)(?:\s+(?:[A-Z][\w'-]*\.?)){0,4}")


def party_in_sentence(ctx: DocContext, mention: Mention, event: TransferEvent) -> bool:
    """A sentence that names actors speaks of the event only if one of them is its party
    ("Hamas has built most of its rockets" is not about Iran's deliveries to Hezbollah); an
    actor named as the report's source ("according to ...") does not count."""
    sentence = ctx.sentences[mention.sentence]
    named = {a.value[0] for a in _sentence_actors(ctx, mention)
             if not _ATTRIBUTION.search(ctx.folded, max(sentence.start, a.start - 40), a.start)}
    return not named or bool(named & {event.supplier, event.recipient})


def _sentence_actors(ctx: DocContext, mention: Mention) -> list:
    """The actor matches (gazetteer.Match) of the mention's sentence, in text order."""
    sentence = ctx.sentences[mention.sentence]
    return ctx.actors_starting(sentence.start, sentence.end)


def _named_states(ctx: DocContext, mention: Mention) -> set[str]:
    """The actor_ids the mention's sentence names, demonyms aside."""
    return {a.value[0] for a in _sentence_actors(ctx, mention) if a.value[1] != "demonyms"}


def _only_makers_named(ctx: DocContext, mention: Mention) -> bool:
    """The actors the mention's sentence names are all companies ("made by Norinco")."""
    return all(a.value[1] == "companies" for a in _sentence_actors(ctx, mention))


def _cue_in(relation: Relation, words: re.Pattern) -> bool:
    """The relation's cue is words of a kind of frame: lexicon.MAKER_WORDS ("which builds",
    "maker of"), lexicon.HOLDING_WORDS ("retired its Mirage 5 jets")."""
    return bool(relation.status_cue) and bool(words.fullmatch(relation.status_cue.lower()))


def _maker_described(relations: list[Relation]) -> bool:
    """The mention's only cue describes its maker ("Kongsberg, which builds the NASAMS launchers")."""
    return all(r.status == "none" and _cue_in(r, lx.MAKER_WORDS) for r in relations)


def _no_transfer_by_cue(relations: list[Relation]) -> bool:
    """A cue that says there is no transfer (own forces, development) stands; one that only
    describes the weapon's maker ("Kongsberg, which builds the NASAMS launchers") does not."""
    return all(r.status == "none" and r.status_cue and not _cue_in(r, lx.MAKER_WORDS) for r in relations)


def _agrees(mention: Mention, event: TransferEvent) -> bool:
    """What the mention itself says of its parties does not contradict the event: an origin
    ("the French-made guns") is the supplier, a possessor ("Syria's armament") the recipient."""
    if mention.origins and event.supplier and event.supplier not in mention.origins:
        return False
    return not (mention.possessor and mention.possessor != event.recipient)


def _event_of(ctx: DocContext, mention: Mention, events: list[TransferEvent],
              transfer: bool = False, origins: dict[str, str | None] | None = None) -> TransferEvent | None:
    events = [e for e in events if _agrees(mention, e)]
    here = mention.sentence
    # 0. the one transfer its own sentence reports ("arms package for Ukraine with more Stingers")
    same = [e for e in events if here in e.sentences]
    if len({e.parties for e in same}) == 1:
        return same[0]
    #    ... of several, the one whose transfer noun opens the list the mention is an item of
    #    ("signed contracts with Indian suppliers, including rocket launchers and towed guns,
    #    and in June it agreed to buy CAESAR howitzers from France": India's, not France's)
    listing = [e for e in same if _lists(ctx, e, mention)]
    if len({e.parties for e in listing}) == 1:
        return listing[0]
    if mention.category == "unspecified" and not mention.anaphoric:
        return None  # "arms", "Syria's armament": arms in general belong to a transfer only by reference
    # 1. the same designated system, reported anywhere in the document: the latest before it
    if mention.basis in ("catalogue", "uncatalogued", "antecedent"):
        same = [e for e in events if mention.system in e.systems and not e.weaponless]
        if same:
            before = [e for e in same if e.sentence <= here]
            if before:
                return before[-1]
            # ... else the one reported later, unless the sentence names another state ("an
            # Iranian news agency announced the arrival of the first Russian Su-35 fighters"
            # is not the Su-35s that reach Algeria later in the article; since 0.46.0)
            later = same[-1] if len({e.parties for e in same}) == 1 else None
            named = {a.value[0] for a in _sentence_actors(ctx, mention) if a.value[1] != "companies"}
            return later if later is None or named <= set(later.parties) else None
    # 2. a class noun or an anaphor: an event of its category in the last sentences
    if mention.basis in ("generic", "antecedent"):
        recent = [e for e in events if e.sentence <= here and here - e.last_sentence <= RECENT
                  and (mention.category in e.categories or mention.category == "unspecified" and mention.anaphoric)
                  and not e.weaponless]
        if recent:
            return recent[-1]
    # 3. a package or deal with no weapon of its own, just before ("The package includes ...")
    sentence = ctx.sentences[here]
    packages = [e for e in events if any(0 < here - i <= 2 for i in e.sentences)]
    packages.sort(key=lambda e: (max(i for i in e.sentences if i < here), bool(e.supplier and e.recipient)))
    if packages and _REFERS_BACK.search(ctx.folded, sentence.start, mention.start):
        # of several, the one whose supplier made the system ("two Mi-35M helicopters": Russia's)
        maker = (origins or {}).get(mention.system)
        return next((e for e in reversed(packages) if maker and e.supplier == maker and e.recipient), packages[-1])
    # 4. the headline's (or lead's) event, when the system fits
    topic = [e for e in events if e.sentence <= 1 and not e.weaponless
             and (mention.system in e.systems or (mention.basis == "generic" and mention.category in e.categories))]
    if topic:
        return topic[0]
    # 5. its sentence reports a transfer with no party ("Earlier tranches supplied more than 30
    #    HIMARS launchers"): the latest event of the last sentences, else the headline's
    if transfer:
        maker = (origins or {}).get(mention.system) if mention.basis == "catalogue" else None
        events = [e for e in events if not maker or e.supplier in (None, maker)]  # not "Gripen" from Turkey
        recent = [e for e in events if e.sentence <= here and here - e.last_sentence <= RECENT]
        lead = [e for e in events if e.sentence <= 1]
        return (recent or lead or [None])[-1 if recent else 0]
    return None


# What stands between a transfer noun and an item of the list it opens: its own words, then
# "including" (such as, among them) and the items before it, no new clause
_LISTED = re.compile(r"[^;.]{0,120}?,\s*(?:including|such as|among them|notably|namely)\s+"
                     r"(?:(?!,\s*(?:and|but|or|while|which)\b)[^;.]){0,160}")


def _lists(ctx: DocContext, event: TransferEvent, mention: Mention) -> bool:
    """A transfer noun of `event` in the mention's sentence opens a list ("contracts with
    Indian suppliers, including ...") whose items reach the mention."""
    sentence = ctx.sentences[mention.sentence]
    return any(sentence.start <= end <= mention.start and _LISTED.fullmatch(ctx.folded, end, mention.start)
               for end in event.noun_ends)


def complete(ctx: DocContext, related: Related, events: list[TransferEvent],
             origins: dict[str, str | None] | None = None) -> Related:
    """Fill the missing party of a one-party relation from an event with the other party
    and the same system (or, for class nouns, category); a supplier with no recipient
    anywhere in reach sends to the state its paragraph opens with, else to the one recipient
    of its paragraph's earlier transfers, else to the document's topic recipient (with none,
    the state it names most often with its forces: named_topic)."""
    topic = topic_recipient(events) or label_topic(ctx)
    named = None if topic else named_topic(ctx, events, related)
    result = []
    received: dict[int, set[str]] = {}  # the recipients of the mentions filled so far, by start
    for mention, relations in related:
        filled = []
        for relation in relations:
            if relation.status != "none" and bool(relation.supplier) != bool(relation.recipient) and \
                    (label := _line_label(ctx, mention)) and label not in (relation.supplier, relation.recipient):
                # "- Philippines: the Department of National Defense awarded KAI a contract for 12
                # FA-50 aircraft": the state a list line is labelled with is its missing party
                relation = replace(relation, recipient=label, recipient_basis="text") if relation.supplier \
                    else replace(relation, supplier=label, supplier_basis="text")
            unnamed = relation.supplier and not relation.recipient and \
                lx.UNNAMED_RECIPIENT.search(ctx.folded, *sentence_span(ctx, mention))
            if relation.status != "none" and bool(relation.supplier) != bool(relation.recipient) and not unnamed:
                relation = _fill(ctx, mention, relation, events)  # (not "to a customer in the Middle East")
            # a supplier read with no recipient, and none said to be unnamed ("to several Asian
            # states") or to be the supplier's trade as a whole ("arms exports rose")
            seeks = relation.status != "none" and relation.supplier and not relation.recipient \
                and relation.supplier_basis != "origin" and not unnamed \
                and not (relation.status_cue and lx.AGGREGATE_CUE.fullmatch(relation.status_cue.lower()))
            if seeks and (opener := _paragraph_opener(ctx, mention, events, relation.supplier)) is not None:
                # "Armenia, for its part, has become one of India's biggest customers. The first 12
                # of 84 ATAGS howitzers ordered from Bharat Forge arrived ...": the state the
                # paragraph opens with, no supplier in the document, is its buyer
                relation = replace(relation, recipient=opener, recipient_basis="antecedent")
            elif seeks and (paragraph := _paragraph_recipient(ctx, mention, events, relation.supplier)) is not None:
                # "In 2022 Latvia sent Stinger missiles to Ukraine. Estonia delivered 24 D-30
                # howitzers": the recipient its paragraph names (not the article's topic)
                relation = replace(relation, recipient=paragraph.recipient, recipient_basis="event",
                                   evidence=paragraph.evidence)
            elif seeks and topic and topic.recipient != relation.supplier:
                # "The United States also offered used F-16s" in an article about Colombia's jets
                relation = replace(relation, recipient=topic.recipient, recipient_basis="event",
                                   evidence=topic.evidence)
            elif seeks and named and relation.status in _NAMED_TOPIC_STAGES:
                # "the first Dvora fast patrol boats arrived from Israel" in an obituary of Sri
                # Lanka's procurement chief (not a seizure: the seizing state receives nothing)
                relation = replace(relation, recipient=named.recipient, recipient_basis="event",
                                   evidence=named.evidence)
            elif relation.status == "none" and (not relation.status_cue or _cue_in(relation, lx.HOLDING_WORDS)) and \
                    (held := _held_by_user(ctx, mention, (origins or {}).get(mention.system), topic,
                                           relation.status_cue if _cue_in(relation, lx.HOLDING_WORDS) else None,
                                           received)):
                # "Egyptian Rafales and F-16s took part in the exercise": a state that holds a
                # system of another state's make has received it (codebook, "Status": delivered)
                filled.extend(replace(relation, supplier=supplier, supplier_basis="origin", recipient=user,
                                      recipient_basis="text", status="delivered", transfer_type="unspecified")
                              for supplier, user in held)
                continue
            elif relation.status == "none" and not relation.status_cue and topic and _held_by_topic(ctx, mention, topic):
                # "Chinese-made Wing Loong drones were seen at Ethiopian bases" in an article about
                # Ethiopia's arms: a foreign make with no cue is the topic recipient's, delivered
                filled.extend(replace(relation, supplier=origin, supplier_basis="text", recipient=topic.recipient,
                                      recipient_basis="event", status="delivered", transfer_type="unspecified",
                                      evidence=topic.evidence) for origin in dict.fromkeys(mention.origins))
                continue
            elif relation.status == "none" and not relation.status_cue and topic and \
                    _made_abroad_for_topic(ctx, mention, topic, (origins or {}).get(mention.system)):
                # "The newly acquired T129s will fly alongside ..." in an article about Nigeria's
                # arms: a designated system of another state's make is the topic recipient's
                filled.append(replace(relation, supplier=origins[mention.system], supplier_basis="origin",
                                      recipient=topic.recipient, recipient_basis="event", status="delivered",
                                      transfer_type="unspecified", evidence=topic.evidence))
                continue
            elif relation.status == "none" and _cue_in(relation, lx.HELD_WORDS) and topic and topic.recipient \
                    and _topic_force(ctx, mention, topic) and \
                    (source := _source_of(ctx, mention, topic, origins)) is not None:
                # "The navy already flies ScanEagle drones donated by the United States" in an
                # article about the Philippines' arms: an unnamed force is the topic recipient's,
                # and a force that operates a weapon has received it (codebook, "Status"): from the
                # agent of the participle after it, else from its maker
                filled.append(replace(relation, supplier=source[0], supplier_basis=source[1],
                                      recipient=topic.recipient, recipient_basis="event", status="delivered",
                                      transfer_type="unspecified", evidence=topic.evidence))
                continue
            elif relation.status != "none" and not relation.supplier and not relation.recipient and topic \
                    and _topic_force(ctx, mention, topic):
                # "The air force wants 24 new multi-role fighters" in an article about Peru's jets:
                # an unnamed force is the topic recipient's ("inducted three JF-17 fighters supplied
                # by Pakistan": the participle's agent, else the system's maker, supplies)
                source = _source_of(ctx, mention, topic, origins)
                relation = replace(relation, recipient=topic.recipient, recipient_basis="event", evidence=topic.evidence,
                                   supplier=source[0] if source else None, supplier_basis=source[1] if source else None)
            elif relation.status != "none" and relation.recipient and not relation.supplier and topic \
                    and topic.recipient == relation.recipient and topic.supplier and mention.category != "unspecified" \
                    and (origins or {}).get(mention.system) in (None, topic.supplier) \
                    and not unnamed_suppliers(ctx, mention):  # not "Gripen" from Turkey
                # "Poland also ordered K239 Chunmoo rockets" in an article about Korea's sales to Poland
                relation = replace(relation, supplier=topic.supplier, supplier_basis="event", evidence=topic.evidence)
            filled.append(relation)
        received[mention.start] = {r.recipient for r in filled if r.recipient}
        result.append((mention, filled))
    return result


# A participle of giving or making right after a weapon, with its agent: "ScanEagle drones
# donated by the United States", "frigates built by Hyundai Heavy Industries", "Hermes 900
# drones bought from Israel's Elbit Systems"
_GIVEN_BY = re.compile(r",?\s+(?:(?:which|that)\s+(?:were|was|had been|have been|has been)\s+)?(?:\w+ly\s+)?"
                       r"(?:(?:supplied|donated|delivered|given|gifted|provided|sold|transferred|built|made|"
                       r"manufactured|produced)\s+by|(?:bought|purchased|acquired|obtained|received)\s+from)"
                       r"\s+(?:the\s+)?")


def _source_of(ctx: DocContext, mention: Mention, topic: TransferEvent,
               origins: dict[str, str | None] | None) -> tuple[str, str] | None:
    """The supplier, with its basis, of a weapon an unnamed force of the topic's recipient
    holds: the agent of its participle (_given_by), else its maker (_maker_of)."""
    return _given_by(ctx, mention, topic) or _maker_of(mention, topic, origins)


def _given_by(ctx: DocContext, mention: Mention, topic: TransferEvent) -> tuple[str, str] | None:
    """(state, "text") of the agent of a participle of giving or making right after the
    mention (_GIVEN_BY; a company counts as its state), when it is not the topic's
    recipient; else None."""
    found = _GIVEN_BY.match(ctx.folded, mention.end)
    actor = ctx.actor_at.get(found.end()) if found else None
    if actor is None or actor.value[1] == "demonyms" or actor.value[0] == topic.recipient:
        return None
    return actor.value[0], "text"


def _maker_of(mention: Mention, topic: TransferEvent, origins: dict[str, str | None] | None) -> tuple[str, str] | None:
    """(maker, "origin") of a catalogued system (systems table) another state than the
    topic's recipient makes; else None."""
    maker = (origins or {}).get(mention.system) if mention.basis == "catalogue" else None
    return (maker, "origin") if maker and maker != topic.recipient else None


# A sentence whose subject is a force no state is named for: "The air force wants ...",
# "Its navy operates ...", "Separately, the army is replacing ..."
_UNNAMED_FORCE = re.compile(r"\W*(?:[\w' -]{1,40}:\s+)?(?:[\w' -]{0,40}?,\s*){0,2}(?:(?:the|its|their)\s+|(?<=: ))"
                            r"(?:country's\s+|nation's\s+)?"
                            r"(?:air force|navy|army|military|armed forces|coast guard|marines|marine corps)\b")


def _paragraph_recipient(ctx: DocContext, mention: Mention, events: list[TransferEvent],
                         supplier: str) -> TransferEvent | None:
    """The latest event with a recipient (not `supplier`) reported in an earlier sentence of
    the mention's paragraph, when every such event there names the same recipient; with
    none there, the first such event of its sentence or a later one of the paragraph, when
    they name one recipient; None otherwise."""
    first, last = _paragraph_of(ctx, mention.sentence)

    def reported(low: int, high: int) -> list[tuple[int, TransferEvent]]:
        """(sentence, event) of each report in sentences low..high-1 of an event with a recipient."""
        return [(i, e) for e in events if e.recipient and e.recipient != supplier for i in e.sentences if low <= i < high]

    found = reported(first, mention.sentence)  # the latest report before the mention, else the first after
    found, pick = (found, max) if found else (reported(mention.sentence, last + 1), min)
    if not found or len({e.recipient for _, e in found}) != 1:
        return None
    return pick(found, key=lambda report: report[0])[1]


def _paragraph_opener(ctx: DocContext, mention: Mention, events: list[TransferEvent], supplier: str) -> str | None:
    """The state whose name opens an earlier sentence of the mention's paragraph (the first
    such sentence), when it supplies nothing in the document's events, is not `supplier`, and
    its sentence reports no one's words (said, according to: lexicon.REPORTING)."""
    suppliers = {e.supplier for e in events} | {supplier}
    first, _ = _paragraph_of(ctx, mention.sentence)
    for sentence in ctx.sentences[first:mention.sentence]:
        if (opener := _opener(ctx, sentence)) is not None:
            if opener in suppliers or lx.REPORTING.search(ctx.folded, sentence.start, sentence.end):
                return None  # ("Ukraine's intelligence agency said ...": a source, not a buyer)
            return opener
    return None


def _opener(ctx: DocContext, sentence) -> str | None:
    """The actor whose name opens `sentence`, when it is no demonym and no company; else None."""
    actor = ctx.actor_at.get(sentence.start)
    return actor.value[0] if actor is not None and actor.value[1] not in ("demonyms", "companies") else None


def _topic_force(ctx: DocContext, mention: Mention, topic: TransferEvent) -> bool:
    """The mention's sentence opens with a force no state is named for (after a label and up
    to two phrases set off by commas: "On 27 November 2018, at the port of Beirut, the Army
    received ..."), and names no state before the mention but the topic's recipient and a
    source after "from" ("From Israel, the navy has taken ...")."""
    sentence = ctx.sentences[mention.sentence]
    return bool(_UNNAMED_FORCE.match(ctx.folded, sentence.start, mention.start)) and not any(
        a.value[1] != "demonyms" and a.value[0] != topic.recipient and
        not _FROM_BEFORE.search(ctx.folded, max(0, a.start - 12), a.start)
        for a in ctx.actors_starting(sentence.start, mention.start))


_FROM_BEFORE = re.compile(r"\bfrom\s+$")  # (a state after it is a source: "From Israel, the navy has taken")


def _held_by_user(ctx: DocContext, mention: Mention, maker: str | None,
                  topic: TransferEvent | None = None, cue: str | None = None,
                  received: dict[int, set[str]] | None = None) -> list[tuple[str, str]]:
    """(supplier, user) of a designated system that a state's demonym or possessive marks as
    its own ("Egyptian Rafales", "Peru's Mirage 2000s") when the system's maker (systems
    table) is another state; an origin joined to -made/-built ("its Russian-built Kilo-class
    boats") is the supplier. `cue`: the mention's cue when it is a Holder frame's (retire,
    replace, inherit): its subject holds the mention ("Cyprus will replace Russian-made Tor-M1
    launchers"), and a class noun's origin ("Belarus inherited Soviet artillery") is the
    supplier; weapons as its subject ("The Gripens will replace the oldest F-16s") hold it
    for their own recipient (`received`: the recipients of the mentions read so far, by
    start), else for the topic's. Nothing for arms in general or a state's own make."""
    holding = cue is not None
    # ("Ethiopia's fleet of Turkish drones": a class noun of another state's make that a
    # possessor holds, like a Holder frame's)
    generic_held = (holding or bool(mention.possessor) and mention.possessor not in mention.origins) and \
        mention.basis != "catalogue" and bool(mention.origins)
    if (mention.basis != "catalogue" and not generic_held) or mention.category == "unspecified":
        return []
    made = [origin for origin, (_, end) in zip(mention.origins, mention.origin_spans)
            if generic_held or lx.MADE_SUFFIX.match(ctx.folded, end) or _ERA.match(ctx.folded, end)]
    supplier = made[0] if made else maker
    users = [origin for origin, (_, end) in zip(mention.origins, mention.origin_spans)
             if origin not in made and origin not in (supplier, lx.MAKER_BEFORE.get(supplier))
             # ("French Mirage 5 jets", "the Soviet T-72M1": the maker's, not a user)
             and ctx.folded[end:end + 1].isspace()]  # not "Soviet-era", "Soviet-designed"
    named = _named_states(ctx, mention)
    if holding and not users and not mention.possessor and mention.determiner not in lx.POSSESSIVES:
        if (holder := _cue_subject(ctx, mention, cue)) and holder != supplier:
            users.append(holder)  # "Cyprus will replace Russian-made Tor-M1 launchers": the holder is the subject
        elif (force := _force_owner(ctx, mention)) and named <= {force, supplier}:
            users.append(force)  # "The vehicles are replacing the Danish army's M113 carriers"
        elif _weapon_subject(ctx, mention, cue) and (own := _subject_recipient(ctx, mention, cue, received)
                                                      or (topic.recipient if topic else None)):
            # "The new frigates will replace ageing Lupo-class ships": the frigates' recipient
            # ("Thailand ordered Gripens. The Gripens will replace the oldest F-16s": Thailand),
            # else the topic's
            users.append(own)
    elif mention.possessor and (holding or named <= {mention.possessor, supplier}):
        users.append(mention.possessor)  # "Peru's Mirage 2000s", "to replace Kenya's Mi-17s", but not "Denmark's F-16s for Kyiv"
    elif not holding and (force := _force_owner(ctx, mention)) and named <= {force, supplier}:
        users.append(force)  # "The Peruvian army's Soviet-era T-55 tanks"
    elif mention.determiner in lx.POSSESSIVES and len(owners := _possessive_owners(ctx, mention, named, supplier)) == 1:
        users.append(owners.pop())  # "Argentina ... retired its Mirage 5 jets"
    elif holding and mention.determiner in lx.POSSESSIVES and len(owners) > 1 and \
            (holder := _cue_subject(ctx, mention, cue)) in owners:
        # "Saab's chalet drew a Colombian delegation after Petro said Bogota would buy the
        # Gripen to replace its Kfirs": of several, the Holder frame's subject
        users.append(holder)
    elif mention.determiner in lx.POSSESSIVES and topic and topic.recipient and not named \
            and _topic_force(ctx, mention, topic):
        users.append(topic.recipient)  # "The air force wants new fighters to replace its MiG-29s"
    return [(supplier, user) for user in dict.fromkeys(users)
            if supplier and user != supplier and not user.startswith(("IO_",))][:1]


# A force's possessive right before a mention's words ("the Peruvian army's", "the Kenya Air
# Force's"): the state named before it holds the weapon
_FORCE_POSSESSIVE = re.compile(r"\s(?:army|navy|military|air force|coast guard)'s\s+$")


def _force_owner(ctx: DocContext, mention: Mention) -> str | None:
    """The state (or its demonym) named right before a force's possessive that stands right
    before the mention's words, or None."""
    start = ctx.sentences[mention.sentence].start
    found = _FORCE_POSSESSIVE.search(ctx.folded, start, mention.left_stop)
    if found is None:
        return None
    actor = ctx.actor_end.get(found.start())
    return actor.value[0] if actor is not None and actor.value[1] != "companies" else None


# "Soviet-era MiG-29s": a held weapon of a state's era came from that state (SUN)
_ERA = re.compile(r"-era\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|to|by|with|for|of|in|at|on|and|than)\s+(?:the\s+)?$")


# a weapon or "they" as the subject of a Holder cue: "The Gripens replace", "They replace", "The
# new transports are meant to replace", "The aircraft will replace"
_WEAPON_SUBJECT = re.compile(r"\W*(?:they|these|the\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+s|aircraft))\s+(?:[\w-]+\s+){0,4}?$")


def _weapon_subject(ctx: DocContext, mention: Mention, cue: str) -> bool:
    """The sentence opens with the cue's subject, "they" or a plural noun phrase, and names
    no state before the cue (demonyms aside): the weapons the article reports replace the
    mention, so its holder is the article's topic recipient."""
    sentence, at = _cue_at(ctx, mention, cue)
    if at < 0 or any(a.value[1] != "demonyms" for a in ctx.actors_starting(sentence.start, at)):
        return False
    return bool(_WEAPON_SUBJECT.fullmatch(ctx.folded, sentence.start, at))


def _subject_recipient(ctx: DocContext, mention: Mention, cue: str,
                       received: dict[int, set[str]] | None) -> str | None:
    """The one recipient of the weapons named before `cue` in the mention's sentence (the
    cue's subject, _weapon_subject), when they name exactly one."""
    if not received:
        return None
    sentence, at = _cue_at(ctx, mention, cue)
    states = {state for start, states in received.items() if sentence.start <= start < at for state in states}
    return next(iter(states)) if len(states) == 1 else None


def _cue_at(ctx: DocContext, mention: Mention, cue: str):
    """(the mention's sentence, where `cue`'s words stand before the mention in it, or -1)."""
    sentence = ctx.sentences[mention.sentence]
    return sentence, ctx.folded.rfind(cue.lower(), sentence.start, mention.start)


_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|he|she|which|who|that)\b")
# a capitalised word or a designation right after a company's name: the company names a product
# ("17 Saab Gripen fighters", "Lockheed Martin F-16s"), it is no clause's subject
_NAME_AFTER = re.compile(r"[ \t]+[A-Z0-9]")


def _cue_subject(ctx: DocContext, mention: Mention, cue: str) -> str | None:
    """The state that is the subject of `cue` (its words, before the mention in its
    sentence): the nearest state named before the cue that no preposition stands before
    ("Norway bought howitzers from South Korea and is replacing ...": Norway), demonyms
    aside but for a force's ("The Norwegian army"); none when a pronoun or relative subject
    stands between it and the cue."""
    sentence, at = _cue_at(ctx, mention, cue)
    if at < 0:
        return None
    before = [a for a in ctx.actors_starting(sentence.start, at) if a.end <= at and
              (a.value[1] != "demonyms" or lx.FORCES.match(ctx.folded, a.end))  # "The Norwegian army"
              and not (a.value[1] == "companies" and _NAME_AFTER.match(ctx.text, a.end))  # "Saab Gripen fighters"
              and not _PREPOSITION_BEFORE.search(ctx.folded, max(sentence.start, a.start - 12), a.start)]
    if not before or _PRONOUN_SUBJECT.search(ctx.folded, before[-1].end, at):
        return None  # "Washington has not sold F-35s to Turkey as long as it keeps the S-400": not Washington
    return before[-1].value[0]


def _possessive_owners(ctx: DocContext, mention: Mention, named: set[str], supplier: str | None) -> set[str]:
    """Who "its"/"their" before the mention can stand for: the states (demonyms aside) its
    sentence names before it, other than the supplier; none if a state after it is another
    ("to replace its MiG-29s, bought from Belarus": Belarus is no owner, nor the owner known);
    in a sentence that names no state (demonyms aside, but for a force's), the state that
    opens the sentence before (_previous_opener), when it is not the supplier. `named`: the
    states the sentence names (_named_states)."""
    states_named = named or any(a.value[1] != "demonyms" or lx.FORCES.match(ctx.folded, a.end)
                                for a in _sentence_actors(ctx, mention))
    if not states_named and (opener := _previous_opener(ctx, mention)) not in (None, supplier):
        return {opener}  # "Sofia ordered eight F-16 jets. Meanwhile its MiG-29s are worn out"
    named = named - {supplier} - _named_in_next_clause(ctx, mention) - _named_after_aside(ctx, mention)
    before = {a.value[0] for a in _sentence_actors(ctx, mention)
              if (a.value[1] != "demonyms" or lx.FORCES.match(ctx.folded, a.end)) and a.end <= mention.start} - {supplier}
    return before if named <= before else set()


# A coordinated clause with a verb of its own after the mention: "Denmark is replacing its
# F-16s with F-35s and is donating 19 of the older jets to Ukraine" (Ukraine owns none of them)
_NEXT_CLAUSE = re.compile(r"(?:,?\s+and|,\s+but|;)\s+(?:(?:it|they|he|she|the \w+)\s+)?(?:\w+ly\s+)?"
                          r"(?:is|are|was|were|has|have|had|will|would|plans|planned|intends|also)\b")


# A non-restrictive relative clause the mention is in: "Denmark, which is replacing its F-16
# fleet, has donated jets to Ukraine" (the clause ends at the next comma)
_ASIDE_OPENING = re.compile(r",\s+(?:which|who)\b")


def _named_after_aside(ctx: DocContext, mention: Mention) -> set[str]:
    """The states the mention's sentence names after the end of the relative clause set off
    by commas that the mention is in (_ASIDE_OPENING): none of them own what "its" marks."""
    sentence = ctx.sentences[mention.sentence]
    if _ASIDE_OPENING.search(ctx.folded, sentence.start, mention.start) is None:
        return set()
    close = ctx.folded.find(",", mention.end, sentence.end)
    if close < 0:
        return set()
    return {a.value[0] for a in _sentence_actors(ctx, mention) if a.start > close}


def _named_in_next_clause(ctx: DocContext, mention: Mention) -> set[str]:
    """The states (demonyms aside) the mention's sentence names after a coordinated clause
    that follows the mention (_NEXT_CLAUSE) opens: none of them own what "its" marks."""
    sentence = ctx.sentences[mention.sentence]
    found = _NEXT_CLAUSE.search(ctx.folded, mention.end, sentence.end)
    if found is None:
        return set()
    return {a.value[0] for a in _sentence_actors(ctx, mention)
            if a.value[1] != "demonyms" and a.start >= found.end()}


def _previous_opener(ctx: DocContext, mention: Mention) -> str | None:
    """The state (not a demonym, company or international organisation) whose name opens
    the sentence before the mention's, or None: what a sentence's "its" with no state of
    its own stands for."""
    if mention.sentence < 1:
        return None
    opener = _opener(ctx, ctx.sentences[mention.sentence - 1])
    return None if opener is None or opener.startswith("IO_") else opener


def _held_by_topic(ctx: DocContext, mention: Mention, topic: TransferEvent) -> bool:
    """A mention of foreign make ("Russian-made", "Soviet-designed"), not in the headline, in a
    sentence that names no actor but its origin and the topic recipient (demonyms aside)."""
    if not mention.origins or topic.recipient in mention.origins or mention.sentence == 0:
        return False
    if not any(lx.MADE_SUFFIX.match(ctx.folded, end) for _, end in mention.origin_spans):
        return False  # "Russian cruise missiles shot down over Kyiv": a bare demonym may be the attacker
    return _named_states(ctx, mention) <= set(mention.origins) | {topic.recipient}


def _made_abroad_for_topic(ctx: DocContext, mention: Mention, topic: TransferEvent, maker: str | None) -> bool:
    """A designated system whose maker (systems table) is not the topic recipient, outside the
    headline, with no origin of its own, in a sentence that names no actor but the maker and
    the topic recipient, and no force of another state ("The Swedish Air Force itself flies
    about 90 Gripens", "The US Army itself operates", "Norway's own NASAMS")."""
    if mention.basis != "catalogue" or not maker or maker == topic.recipient or mention.sentence == 0 or \
            mention.origins or not topic.recipient:
        return False
    sentence = ctx.sentences[mention.sentence]
    actors = _sentence_actors(ctx, mention)
    if {a.value[0] for a in actors} - {maker, topic.recipient}:
        return False
    if any(a.value[0] != topic.recipient and lx.FORCES.match(ctx.folded, a.end) for a in actors):
        return False
    if any(marker.search(ctx.folded, sentence.start, sentence.end)
           for marker in (lx.CANCELLED, lx.SUSPENDED, lx.DENIAL, lx.REQUEST, _CONSIDERED)):
        return False  # "It had earlier dropped Su-35 plans", "had considered F-35s": not a holding
    if not _HOLDING_CONTEXT.search(ctx.folded, sentence.start, sentence.end):
        return False
    return not (lx.OWN_MAKE.search(ctx.folded, sentence.start, mention.start)
                or _OWN_BEFORE.search(ctx.folded, max(sentence.start, mention.start - 40), mention.start))


# What says a sentence is about a fleet in service ("will fly alongside Mi-35M gunships") ...
_HOLDING_CONTEXT = re.compile(r"\b(?:alongside|in service|fleet|inventory|arsenal|operat\w*|fl(?:y|ies|ew|own|ying)|"
                              r"field\w*|uses?|used|using|equipped with|armed with|joins?|joined|grounded)\b")
# ... and what says it is about a choice still open ("had earlier considered F-35s")
_CONSIDERED = re.compile(r"\b(?:consider\w*|weigh\w*|stud(?:y|ied|ies|ying)|evaluat\w*|look\w* at|eye\w*|"
                         r"explor\w*|shortlist\w*|offer\w*|pitch\w*|bid\w*|interest\w*|compet\w*|tender\w*)\b")
_OWN_BEFORE = re.compile(r"\bown\s+(?:[\w-]+\s+){0,2}$")  # "Norway's own NASAMS batteries"


def topic_recipient(events: list[TransferEvent]) -> TransferEvent | None:
    """The event that names the document's main recipient: the first with a recipient in the
    headline or the lead (first three sentences), else the recipient reported in most
    sentences (ties: the earliest)."""
    with_recipient = [e for e in events if e.recipient]
    lead = [e for e in with_recipient if e.sentence <= 2]
    if lead:
        return lead[0]
    if not with_recipient:
        return None
    return max(with_recipient, key=lambda e: (len(e.sentences), -e.sentence))


def label_topic(ctx: DocContext) -> TransferEvent | None:
    """When no transfer names a recipient: the state a brief's heading labels it with (its
    first line, lexicon.DATE_HEADING: "10 January 2025 - PERU: steel cut at Callao"), as an
    event with that recipient and no supplier reported in that line; None for a text that
    opens with no such heading."""
    heading = lx.DATE_HEADING.match(ctx.text)
    if heading is None or not ctx.sentences:
        return None
    start, end = heading.span("label")
    state = next((a.value[0] for a in ctx.actors_starting(start, end)
                  if a.value[1] != "companies" and a.end <= end), None)
    if state is None:
        return None
    first = ctx.sentences[0]
    return TransferEvent(None, state, "unknown", None, 0, (first.start, first.end), last_sentence=0, sentences={0})


NAMED_TOPIC_MIN = 3  # times the state is named, at the least
_NAMED_TOPIC_STAGES = ("delivered", "ordered", "planned")  # what the named topic receives


def named_topic(ctx: DocContext, events: list[TransferEvent], related: Related) -> TransferEvent | None:
    """When no transfer of the document names a recipient: the state (or armed group) the
    document names most often (names, capitals, demonyms; not companies) and never as a
    supplier, named at least NAMED_TOPIC_MIN times, more often than any other such actor
    and once with its forces ("Sri Lanka's armed forces", "Sri Lankan conditions", "the Sri
    Lankan ensign" in an obituary of its procurement chief, whose boats "arrived from
    Israel"). Returned as an event with that recipient and no supplier, reported in the
    first sentence naming it; None when no actor qualifies."""
    suppliers = {e.supplier for e in events} | {r.supplier for _, relations in related for r in relations}
    named = [a for a in ctx.actors if a.value[1] != "companies" and a.value[0] not in suppliers]
    counts = Counter(a.value[0] for a in named)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < NAMED_TOPIC_MIN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    if not any(a.value[0] == ranked[0][0] and lx.FORCE_OF.match(ctx.folded, a.end) for a in named):
        return None  # (its forces unnamed: the article may be about its diplomacy, not its arms)
    first = next(a for a in named if a.value[0] == ranked[0][0])
    index = sentence_at(ctx.sentences, first.start)
    if index < 0:
        return None
    sentence = ctx.sentences[index]
    return TransferEvent(None, ranked[0][0], "unknown", None, index, (sentence.start, sentence.end),
                         last_sentence=index, sentences={index})


# a line that opens with a label and a colon: "- Estonia: ...", "Italy: 15 million francs"
_LABEL = re.compile(r"[^\w\n]*([^\W\d][^:\n]{1,40}?):\s")


def _line_label(ctx: DocContext, mention: Mention) -> str | None:
    """The state (an actor, not a demonym) that the mention's line opens with as a label
    before a colon and that is the whole label ("- Estonia: signed with Hanwha ...",
    "Italy: 15 million francs, for ..."; not "Ukraine war live: ..."), when the line does not
    name it again ("Latvia: Riga transferred ..." names its party itself); None otherwise."""
    index, last = _paragraph_of(ctx, mention.sentence)
    first = ctx.sentences[index]
    found = _LABEL.match(ctx.folded, first.start, first.end)
    if found is None:
        return None
    actors = [a for a in ctx.actors_starting(first.start, found.end(1)) if a.value[1] != "demonyms"]
    if len(actors) != 1 or (actors[0].start, actors[0].end) != (found.start(1), found.end(1)):
        return None
    named = [a for a in ctx.actors_starting(found.end(), ctx.sentences[last].end)
             if a.value[0] == actors[0].value[0] and a.value[1] != "demonyms"]
    return None if named else actors[0].value[0]  # "Latvia: Riga transferred ...": the line names its party


def _paragraph_of(ctx: DocContext, index: int) -> tuple[int, int]:
    """(first, last) index of the sentences of sentence `index`'s paragraph."""
    paragraph = ctx.sentences[index].paragraph
    first = last = index
    while first > 0 and ctx.sentences[first - 1].paragraph == paragraph:
        first -= 1
    while last + 1 < len(ctx.sentences) and ctx.sentences[last + 1].paragraph == paragraph:
        last += 1
    return first, last


def sentence_span(ctx: DocContext, mention: Mention) -> tuple[int, int]:
    """(start, end) in code points of the sentence that holds `mention`."""
    sentence = ctx.sentences[mention.sentence]
    return sentence.start, sentence.end


def _fill(ctx: DocContext, mention: Mention, relation: Relation, events: list[TransferEvent]) -> Relation:
    if mention.category == "unspecified":  # "arms" in general: too often another matter
        return relation
    def fits(event: TransferEvent) -> bool:
        return _agrees(mention, event) and (mention.system in event.systems or (
            mention.basis in ("generic", "antecedent") and mention.category in event.categories))
    if relation.recipient:
        if unnamed_suppliers(ctx, mention):
            return relation  # "ministers from about 50 countries promised new air defence systems"
        options = [e for e in events if e.recipient == relation.recipient and e.supplier and fits(e)]
        if len({e.supplier for e in options}) == 1:
            return replace(relation, supplier=options[0].supplier, supplier_basis="event", evidence=options[0].evidence)
    elif relation.supplier_basis != "origin" and _REFERS_BACK.search(ctx.folded, *sentence_span(ctx, mention)):
        # "The package also included spare parts, munitions ...": the latest transfer of that supplier
        options = [e for e in events if e.supplier == relation.supplier and e.recipient
                   and min(e.sentences) <= mention.sentence]
        if options:
            latest = max(options, key=lambda e: max(i for i in e.sentences if i <= mention.sentence))
            return replace(relation, recipient=latest.recipient, recipient_basis="event", evidence=latest.evidence)
    else:
        options = [e for e in events if e.supplier == relation.supplier and e.recipient and fits(e)]
        if len({e.recipient for e in options}) == 1 and relation.supplier_basis != "origin":
            return replace(relation, recipient=options[0].recipient, recipient_basis="event",
                           evidence=options[0].evidence)
    return relation


# What opens a list of the items a mention holds: "Russian weapons, including two Mi-171Sh
# helicopters", "several systems such as ...", "the package, among them ..."
_INCLUDING = re.compile(r"(?:\s+(?:from|by|of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?(?=,))?"  # "drones from Turkey, both"
                        r"\s*,?\s*(?:including|among them|among which|such as|notably|namely|comprising|"
                        r"both)\s+"
                        r"(?:(?:about|around|some|nearly|roughly|more than|at least|up to)\s+)?")


def inclusions(ctx: DocContext, related: Related) -> Related:
    """The items of a list that a mention with a party read in the text opens ("has received
    a new consignment of Russian weapons, including two Mi-171Sh transport helicopters and
    about 40 armoured vehicles") take that mention's relations (basis `event`, evidence its
    sentence) when their own sentence gives them no party and no cue (issue #10: a list's
    items share its transfer)."""
    result: Related = []
    for mention, relations in related:
        head = _list_head(ctx, mention, result) if not any(_read_party(r) or r.status_cue for r in relations) else None
        if head is not None:
            span = sentence_span(ctx, mention)
            relations = [replace(r, supplier_basis="event" if r.supplier else None,
                                 recipient_basis="event" if r.recipient else None, evidence=span)
                         for r in head[1] if _read_party(r)]
        result.append((mention, relations))
    return result


def _list_head(ctx: DocContext, mention: Mention, before: Related):
    """The (mention, relations) whose list `mention` is an item of, if `_INCLUDING` opens it."""
    start = mention.left_stop
    for other, relations in reversed(before):
        if other.sentence != mention.sentence or other.end > start:
            return None
        if _INCLUDING.fullmatch(ctx.folded, other.end, start):
            return (other, relations) if any(_read_party(r) for r in relations) else None
        if not Relator._LIST_JOINT.fullmatch(ctx.folded, other.end, start):
            return None
        start = other.left_stop
    return None


def read_document(ctx: DocContext, related: Related, relator: Relator,
                  nouns: list[list[TransferEvent]] | None = None) -> Related:
    """The three steps in order (events, attachment, completion), then once again; first,
    the items of a list take the relations of the mention that opens it (inclusions); last,
    a headline's present tense takes the body's stage (headline_tense), a choice made takes
    a later order's (choice_ordered) and a plan that came to nothing is cancelled, one held
    up suspended (plans_failed).
    `nouns`: the document's noun events (noun_events), when already read."""
    related = inclusions(ctx, related)
    nouns = noun_events(ctx, relator) if nouns is None else nouns
    events = find_events(ctx, related, relator, nouns=nouns)
    related = complete(ctx, attach(ctx, related, events, relator.origin), events, relator.origin)
    related = still_ahead(ctx, remainders(ctx, _read_again(ctx, related, relator, events, nouns)))
    return plans_failed(ctx, choice_ordered(headline_tense(ctx, carried(scheduled(ctx, related, events), relator))))


# What a plan, offer or talks came to, said after them: "A proposal ... to lease used Gripen
# C/D fighters never went ahead", "those talks foundered on price", "fell through"
_CAME_TO_NOTHING = re.compile(r"\b(?:never (?:went|goes|got|gets) (?:ahead|past|beyond|off the ground)|"
                              r"(?:fell|falls?|falling) through|founder(?:s|ed|ing)|came to nothing|"
                              r"(?:was|were) not (?:selected|chosen))\b")
# ... and what held it up: "the submarine has stalled", "the talks have been put on hold"
_HELD_UP = re.compile(r"\b(?:(?:has|have|had)\s+(?:since\s+|now\s+)?stalled|(?:is|are|was|were|has been|have been)\s+"
                      r"(?:put\s+)?on hold|(?:has|have|had)\s+been\s+(?:frozen|shelved|suspended|postponed))\b")
# (words one of which a match of either pattern holds: plans_failed's quick test)
_FATE_WORDS = ("never ", " through", "founder", "came to nothing", " not selected", " not chosen",
               "stalled", " on hold", "been frozen", "been shelved", "been suspended", "been postponed")


def plans_failed(ctx: DocContext, related: Related) -> Related:
    """A `planned` transfer that its sentence says after the mention came to nothing ("never
    went ahead", "foundered", "fell through", "was not selected") is `cancelled`, the words
    its cue (codebook, "Status": a plan over for good); a planned or ordered one it says has
    stalled or is on hold ("the talks have been put on hold", `_HELD_UP`) is `suspended`."""
    if not any(words in ctx.folded for words in _FATE_WORDS):
        return related  # (most documents say no such thing; a plain search is the quick test)
    # (the stages a fate ends, the stage it gives, its words; the patterns are read here, after
    # lx.letters_first has put them in their faster form)
    fates = ((("planned",), "cancelled", _CAME_TO_NOTHING), (("planned", "ordered"), "suspended", _HELD_UP))
    result = []
    for mention, relations in related:
        end = ctx.sentences[mention.sentence].end
        for stages, fate, pattern in fates:
            if any(r.status in stages for r in relations) and (found := pattern.search(ctx.folded, mention.end, end)):
                relations = [replace(r, status=fate, status_cue=ctx.text[found.start():found.end()])
                             if r.status in stages else r for r in relations]
        result.append((mention, relations))
    return result


# A choice made, in the body: "In April Petro confirmed that Sweden's jet had been chosen"
_CHOICE_MADE = re.compile(r"(?<![\w-])(?:chose|chosen|selected|picked|opted for|settled on|went for)\Z")


def _choice_made(relation: Relation) -> bool:
    """The relation is `planned` by a choice the body reports made ("chose", "selected"), as
    _chosen is by a headline's choice in the present."""
    return relation.status == "planned" and bool(_CHOICE_MADE.search((relation.status_cue or "").lower()))


def choice_ordered(related: Related) -> Related:
    """A choice the body reports made (`planned`: "Austria chose the Leonardo AW169M") is
    `ordered` when a later sentence reports an order of the same supplier and recipient
    (with a cue of its own: "After 18 helicopters were ordered ..."): the stage at
    publication, as a headline's choice over a body that reports the order."""
    orders: dict[tuple[str, str], int] = {}  # the last sentence that reports each pair's order
    chosen = False
    for mention, relations in related:
        for r in relations:
            if r.status == "ordered" and r.status_cue and r.supplier and r.recipient:
                key = (r.supplier, r.recipient)
                orders[key] = max(orders.get(key, -1), mention.sentence)
            elif r.status == "planned" and not chosen:  # (the status first: the cheap test)
                chosen = _choice_made(r)
    if not (chosen and orders):
        return related  # (most documents report no choice made, or no order)
    return [(mention, [replace(r, status="ordered")
                       if _choice_made(r) and orders.get((r.supplier, r.recipient), -1) > mention.sentence else r
                       for r in relations])
            for mention, relations in related]


def second_hand(related: Related, origins: dict[str, str | None]) -> Related:
    """A relation whose supplier is only its system's maker (supplier_basis "origin", "event",
    "antecedent" or "model") takes the supplier the headline or lead (sentences 0 and 1) reads in its text
    for the same system and recipient as delivered, ordered or planned, when that is one state
    other than the maker and the mention has no relation from it already (a maker beside its
    partner: co-suppliers): "Argentina bought 24 F-16 jets" under "Argentina receives first
    Danish F-16s" is Denmark's, not the United States' (codebook, "Actors": a second-hand
    transfer's supplier is the state that hands the weapon over). `origins`: system -> maker's
    actor_id (the systems table). Runs last, after the attachment model (extract_document)."""
    read: dict[tuple[str, str], set[str]] = {}
    for mention, relations in related:
        for r in relations:
            if r.supplier and r.recipient and r.supplier_basis == "text" and r.supplier != origins.get(mention.system) \
                    and mention.sentence <= 1 and r.status in ("delivered", "ordered", "planned"):
                read.setdefault((mention.system, r.recipient), set()).add(r.supplier)
    if not read:
        return related
    result = []
    for mention, relations in related:
        maker, read_suppliers = origins.get(mention.system), {r.supplier for r in relations}
        filled = []
        for r in relations:
            others = read.get((mention.system, r.recipient), ()) if r.supplier_basis in ("origin", "model", "event", "antecedent") else ()
            if len(others) == 1 and r.supplier == maker and not others & read_suppliers:  # (not co-suppliers)
                r = replace(r, supplier=next(iter(others)), supplier_basis="event")
            filled.append(r)
        result.append((mention, filled))
    return result


# A verb of commerce in the present tense, as a headline reports news: "Chile buys tanks"
# (not one of delivery: "Qatar's navy takes delivery of final Italian corvette" is delivered)
_HEADLINE_PRESENT = re.compile(r"(?<![\w-])(?:buys|sells|acquires|purchases|donates|gives|gifts|sends|delivers|"
                               r"supplies|ships|provides|transfers|hands over|hands|receives|gets)\Z")


def headline_tense(ctx: DocContext, related: Related) -> Related:
    """A headline's present tense tells no stage ("Chile buys tanks" over a body that reports
    a contract signed and tanks to be delivered in 2031; "Denmark donates tanks to Ukraine"
    over "Denmark will give 10 Leopard 1 tanks"): a headline relation whose status
    `delivered` came from a present-tense verb of commerce or supply (`_in_present`) takes
    the status the body reports for the same supplier and recipient (for a headline
    relation with one party, the body's relations with that party on the same side), when
    the body reports them as ordered or planned and never as delivered (codebook, "Status":
    the headline), with the body's cue; a headline's choice ("Qatar picks ...": planned)
    takes `ordered` when the body reports the transfer ordered (`_body_order`). The body is
    read only for a document whose headline has such a relation."""
    if not ctx.opens_with_headline or not any(
            mention.sentence == 0 and (_in_present(r) or _chosen(r)) for mention, relations in related for r in relations):
        return related
    body: dict[tuple[str, str], list[Relation]] = {}
    for mention, relations in related:
        if mention.sentence > 0:
            for r in relations:
                if r.supplier and r.recipient and r.status_cue:
                    body.setdefault((r.supplier, r.recipient), []).append(r)
    return [(mention, [_body_stage(r, _same_parties(r, body)) if mention.sentence == 0 and _in_present(r) else
                       _body_order(r, _same_parties(r, body)) if mention.sentence == 0 and _chosen(r) else r
                       for r in relations])
            for mention, relations in related]


# A choice in a headline's present tense: "Qatar picks Italian-French air defence"
_HEADLINE_CHOICE = re.compile(r"(?<![\w-])(?:picks|selects|chooses|opts for|taps|goes for)\Z")


def _chosen(relation: Relation) -> bool:
    """The relation is `planned` by a choice in the present tense ("picks", "selects")."""
    return relation.status == "planned" and bool(_HEADLINE_CHOICE.search((relation.status_cue or "").lower()))


def _body_order(relation: Relation, reported: list[Relation]) -> Relation:
    """A headline's choice (`_chosen`) over a body that reports the same transfer ordered
    ("Qatar picks ... in twin deals", body "signed agreements for"): ordered, with the
    body's cue; else unchanged."""
    ordered = next((r for r in reported if r.status == "ordered"), None)
    return replace(relation, status="ordered", status_cue=ordered.status_cue) if ordered else relation


def _same_parties(relation: Relation, body: dict[tuple[str, str], list[Relation]]) -> list[Relation]:
    """The body's relations of the relation's supplier and recipient; for a relation with
    one party, every body relation with that party on the same side."""
    if relation.supplier and relation.recipient:
        return body.get((relation.supplier, relation.recipient), [])
    side, party = (0, relation.supplier) if relation.supplier else (1, relation.recipient)
    return [r for parties, found in body.items() if parties[side] == party for r in found]


def _in_present(relation: Relation) -> bool:
    """The relation is `delivered` by a verb of commerce or supply in the present tense
    ("buys", "donates")."""
    return relation.status == "delivered" and bool(_HEADLINE_PRESENT.search((relation.status_cue or "").lower()))


def _body_stage(relation: Relation, reported: list[Relation]) -> Relation:
    """`relation` with the stage of the first of `reported` (see headline_tense) when they
    are ordered or planned and none delivered, or unchanged."""
    if not reported or any(r.status == "delivered" for r in reported) or reported[0].status not in ("ordered", "planned"):
        return relation
    return replace(relation, status=reported[0].status, status_cue=reported[0].status_cue)


def carried(related: Related, relator: Relator) -> Related:
    """An aircraft that arrives carrying weapons (Relator.carrier: "Six Y-20 transport
    aircraft landed at Belgrade carrying the missiles") is in no transfer, its cue the
    carrying words; its transfer is the cargo's, which takes the carrier's parties when it
    has none of its own."""
    carriers = {mention.start: found for mention, _ in related if (found := relator.carrier(mention))}
    if not carriers:
        return related
    cargoes = {carriers[mention.start][0].start: relations for mention, relations in related
               if mention.start in carriers and carriers[mention.start][0] is not None}
    result = []
    for mention, relations in related:
        if mention.start in carriers:
            relations = [Relation(None, None, None, None, "none", carriers[mention.start][1], None, None)]
        elif mention.start in cargoes and not any(r.supplier or r.recipient for r in relations):
            relations = [r for r in cargoes[mention.start] if r.supplier or r.recipient] or relations
        result.append((mention, relations))
    return result


# A sentence that reports a claim, not a fact: "a post claims that Athens shipped", "reports
# that", "alleging that", "CLAIM:", "the video says"
_CLAIMED = re.compile(r"\b(?:claim\w*|alleg\w*|report(?:s|ed)?|rumou?r\w*|purport\w*|"
                      r"(?:post|posts|video|videos|clip|article|accounts?) (?:says?|said|shared|claimed)|"
                      r"fact[- ]check\w*|would have)\b")


def former_holders(ctx: DocContext, related: Related) -> Related:
    """A weapon "formerly operated by" a state (lexicon.FORMER_HOLDER, right after the
    mention; the state named or its demonym, "the Slovak Air Force") was handed over by that
    state (codebook, "Actors": a second-hand transfer's supplier is the state that hands the
    weapon over): each relation of the mention to another recipient whose supplier the
    sentence did not read (basis origin, event, antecedent or model; or none) takes that state
    as its supplier, basis text. A relation to the holder itself (its maker to it) stays."""
    result = []
    for mention, relations in related:
        found = lx.FORMER_HOLDER.match(ctx.folded, mention.end) if relations else None
        actor = ctx.actor_at.get(found.end()) if found else None
        holder = actor.value[0] if actor is not None and actor.value[1] in ("names", "demonyms") else None
        if holder is not None and any(_passed_on_by(r, holder) for r in relations):
            relations = _distinct_parties([replace(r, supplier=holder, supplier_basis="text")
                                           if _passed_on_by(r, holder) else r for r in relations])
        result.append((mention, relations))
    return result


def _passed_on_by(relation, holder: str) -> bool:
    """The relation goes to another recipient than `holder`, and its supplier, not `holder`,
    was not read in the mention's sentence (basis other than text, or none)."""
    return bool(relation.recipient) and relation.recipient != holder and relation.supplier != holder and \
        relation.supplier_basis != "text"


def makers_not_recipients(related: Related, origins: dict[str, str | None]) -> Related:
    """A relation whose recipient came from a transfer elsewhere in the document (basis
    event) and is the system's own maker, its supplier another state, is that transfer read
    the wrong way round: its parties are swapped ("Israel signed an agreement with the German
    government to extend Germany's purchase of the Arrow 3 system": ISR -> DEU, not DEU ->
    ISR, the recipient Israel inherited from an event). A maker that
    receives its own design back is read in the mention's own sentence (basis text: "Patriot
    interceptors made in Japan ... shipped to the United States"), never inherited. In
    development sets 1-49, the gold gives 21 of 42 such relations swapped and 4 as read.
    `origins`: system -> maker's actor_id (the systems table)."""
    result = []
    for mention, relations in related:
        maker = origins.get(mention.system)
        if maker and any(_maker_receives(r, maker) for r in relations):
            relations = _distinct_parties([replace(r, supplier=r.recipient, supplier_basis=r.recipient_basis,
                                                   recipient=r.supplier, recipient_basis=r.supplier_basis)
                                           if _maker_receives(r, maker) else r for r in relations])
        result.append((mention, relations))
    return result


def _distinct_parties(relations: list) -> list:
    """`relations` without those whose supplier and recipient an earlier one has (the first kept)."""
    return [r for i, r in enumerate(relations)
            if not any((o.supplier, o.recipient) == (r.supplier, r.recipient) for o in relations[:i])]


def _maker_receives(relation, maker: str) -> bool:
    """The relation's recipient, inherited from an event, is `maker`; its supplier another state."""
    return relation.recipient == maker and relation.recipient_basis == "event" and \
        bool(relation.supplier) and relation.supplier != maker


def lost_bids(ctx: DocContext, related: Related) -> Related:
    """A weapon offered in a competition that another won is `cancelled` (codebook, "Status":
    a competition lost; since 0.46.0): a relation read as planned, ordered or unknown whose
    mention stands after a choice "over" or "ahead of" it, or after a winner that "beat" it, in
    its own clause (lexicon.LOST_BID_BEFORE), or before "lost out to", "eliminated from", "off
    the shortlist" (lexicon.LOST_BID_AFTER), cued by those words. A mention with no party
    keeps none."""
    result = []
    for mention, relations in related:
        if any(r.status in _BIDS and (r.supplier or r.recipient) for r in relations):
            sentence = ctx.sentences[mention.sentence]
            if any(ctx.folded.find(word, sentence.start, sentence.end) >= 0 for word in lx.LOST_BID_WORDS):
                found = lx.LOST_BID_BEFORE.search(ctx.folded, sentence.start, mention.start) or \
                    lx.LOST_BID_AFTER.match(ctx.folded, mention.end, sentence.end)
                if found is not None:
                    cue = next(ctx.text[found.start(g):found.end(g)] for g, said in found.groupdict().items() if said)
                    relations = [replace(r, status="cancelled", status_cue=cue)
                                 if r.status in _BIDS and (r.supplier or r.recipient) else r for r in relations]
        result.append((mention, relations))
    return result


_BIDS = frozenset({"planned", "ordered", "unknown"})  # the stages a losing bid may have been read at


def denied_reports(ctx: DocContext, related: Related) -> Related:
    """A transfer a party denies is denied wherever the document reports it as a claim
    (codebook, "Status": denial): after "Athens denied sending its S-300s to Ukraine", the
    sentence "A post claims that Athens secretly shipped its S-300 batteries to Kyiv" is
    `denied`, not `delivered`. A relation whose supplier and recipient a relation with a
    denial's cue has, in a sentence that reports a claim (`_CLAIMED`), takes `denied` and
    that cue; a sentence with a cue of its own that says otherwise (cancelled, suspended,
    denied) keeps it."""
    denials = {(r.supplier, r.recipient): r.status_cue for _, relations in related for r in relations
               if r.status == "denied" and r.supplier and r.recipient and r.status_cue}
    if not denials:
        return related
    claimed: dict[int, bool] = {}

    def in_claim(mention: Mention) -> bool:
        if mention.sentence not in claimed:
            sentence = ctx.sentences[mention.sentence]
            claimed[mention.sentence] = bool(_CLAIMED.search(ctx.folded, sentence.start, sentence.end))
        return claimed[mention.sentence]

    return [(mention, [replace(r, status="denied", status_cue=denials[(r.supplier, r.recipient)])
                       if r.status in ("delivered", "planned", "unknown", "ordered") and
                       (r.supplier, r.recipient) in denials and in_claim(mention) else r for r in relations])
            for mention, relations in related]


# A seized cargo named again after its seizure: "the cargo", "the shipment", "the vessel"
_CARGO_AGAIN = re.compile(r"\b(?:the|this|that|its)\s+(?:cargo|shipment|consignment|vessel|ship|boat|dhow|freighter|"
                          r"containers?|load|weapons|arms|munitions|rifles|guns|missiles|rockets|drones|ammunition|"
                          r"shells|launchers|explosives)\b")
# ... and the route sentence's own verb of transport: "The rifles were being shipped from Iran
# to the Houthi rebels" (the seized rifles, not a delivery; a new-user trial of 0.31.0)
_TRANSPORT = re.compile(r"\b(?:ship|sen[dt]|smuggl|traffick|transport|mov|carr|ferr|head|bound|destin)\w*")
# ... and a vessel that carried the cargo: "The vessel, stopped off Crete on Tuesday, carried"
_CARRYING = re.compile(r"\bcarr(?:ied|ying|ies)\b")
# An interdiction's own words in a status cue (frames.csv, "Thwarting")
_INTERDICTION = re.compile(r"\b(?:seiz|intercept|confiscat|impound|interdict|divert)\w*")
# Sentences after a seizure in which its cargo's route may still be told
ROUTE_AFTER = 2


def seized_route(ctx: DocContext, related: Related, relator: Relator) -> Related:
    """A seized cargo's route told in a sentence of its own after the seizure (codebook,
    "Status": interdiction; the seizing party is no party): headline "Greek coast guard
    seizes ammunition ship", "The vessel, stopped off Crete on Tuesday, carried 60 containers
    of artillery shells. The cargo had been loaded in Turkey and was headed for Libya":
    both mentions TUR -> LBY, `cancelled`. A route sentence names the cargo again
    (`_CARGO_AGAIN`) and a destination (Relator._INTENDED) or a place of loading
    (Relator._LOADED_IN), within ROUTE_AFTER sentences after a sentence with a seizure
    (a relation whose cue is an interdiction's). The mentions from the seizure's sentence
    up to the route's take its parties where they have none or only one from an event;
    a cargo "carried" in between with no recipient is the seizure's (`cancelled`, its cue),
    not a delivery. Read last, after the learned models (attachment.attach_learned): the
    route is read in the text, not guessed."""
    seizures = {mention.sentence: r.status_cue for mention, relations in related for r in relations
                if r.status == "cancelled" and r.status_cue and _INTERDICTION.search(r.status_cue.lower())}
    if not seizures:
        return related
    routes: dict[int, tuple] = {}  # by sentence: the route it reads (supplier, recipient, its span)
    for index in range(min(seizures) + 1, min(len(ctx.sentences), max(seizures) + ROUTE_AFTER + 1)):
        sentence = ctx.sentences[index]
        again = _CARGO_AGAIN.search(ctx.folded, sentence.start, sentence.end)
        if again is None:
            continue
        recipients = relator._after_preposition(again.end(), sentence.end, relator._INTENDED)
        suppliers = relator._after_preposition(again.end(), sentence.end, relator._LOADED_IN)
        if not recipients:  # "were being shipped from Iran to the Houthi rebels"
            recipients = relator._route(again.end(), sentence.end)[1]
        if recipients or suppliers:
            routes[index] = (suppliers[0] if suppliers else None, recipients[0] if recipients else None,
                             (sentence.start, sentence.end))
    if not routes:
        return related
    # each sentence from a seizure up to the route after it: (route, the seizure's cue)
    covered: dict[int, tuple[tuple, str]] = {}
    for route_at, route in sorted(routes.items()):
        for seized_at in range(route_at - 1, route_at - ROUTE_AFTER - 1, -1):
            if seized_at in seizures:
                while seized_at - 1 in seizures:
                    seized_at -= 1  # "Customs seize arms" over "Customs confiscated 2,000 mortar rounds"
                for index in range(seized_at, route_at + 1):
                    covered.setdefault(index, (route, seizures[seized_at]))
                break
    # a supplier the seizure's own sentences name ("Kenya seizes Iranian-made rifles") over
    # the route's place of loading ("loaded in Yemen": a port on the way)
    named: dict[tuple, set] = {}
    for mention, relations in related:
        if mention.sentence in covered:
            named.setdefault(covered[mention.sentence][0], set()).update(
                r.supplier for r in relations if r.status == "cancelled" and r.supplier and r.supplier_basis == "text")
    result = []
    for mention, relations in related:
        if mention.sentence in covered:
            route, cue = covered[mention.sentence]
            if len(found := named.get(route, set())) == 1:
                route = (next(iter(found)),) + route[1:]
            in_route = ctx.sentences[mention.sentence].start == route[2][0]
            relations = [_routed(r, route, cue, in_route) for r in relations]
        result.append((mention, relations))
    return result


def _routed(relation: Relation, route: tuple, cue: str, in_route: bool = False) -> Relation:
    """`relation` with a seized cargo's route (supplier, recipient, the route sentence's span):
    a cancelled relation (its sentence is the seizure's or one after it), a carried one with
    no recipient, or one the route sentence itself transports (`in_route`: "The rifles were
    being shipped from Iran to the Houthis"; these two made the seizure's, with its `cue`),
    takes the route's parties where it has none or one from an event, with the route
    sentence as evidence."""
    supplier, recipient, span = route
    carried = relation.status == "delivered" and (
        relation.recipient is None and bool(_CARRYING.search((relation.status_cue or "").lower())) or
        in_route and bool(_TRANSPORT.search((relation.status_cue or "").lower())))
    seized = relation.status == "cancelled"  # (in a sentence of the seizure: "boarded a dhow ... found rifles")
    if not (carried or seized):
        return relation
    if carried:
        relation = replace(relation, status="cancelled", status_cue=cue)
    if supplier and relation.supplier_basis in (None, "event", "model", "origin") and relation.supplier != supplier:
        relation = replace(relation, supplier=supplier, supplier_basis="event", evidence=span)
    if recipient and relation.recipient_basis in (None, "event", "model") and relation.recipient != recipient:
        relation = replace(relation, recipient=recipient, recipient_basis="event", evidence=span)
    return relation


# A delivery still to come, in the cue's words: "will deliver", "would arrive", "is to be handed over"
_FUTURE_DELIVERY = re.compile(r"\b(?:will|would|shall|should|could|can|may|might|is to|are to|due to|set to|scheduled to|expected to|expects? to)\s+"
                              r"(?:\w+\s+){0,2}?(?:deliver|suppl|transfer|hand|ship|sen[dt]|arriv|reach|receiv|buil[dt]|"
                              r"assembl|produc|manufactur)\w*")


# "Under the agreement, the Italian group will deliver": the sentence says a deal exists
# (not one still to be made: "under a deal the two governments expect to sign")
# A purchase still to be made: "The Philippine Navy will acquire two submarines ... under a
# contract signed on Wednesday" is ordered, though only a deal makes it so
_FUTURE_PURCHASE = re.compile(r"\b(?:will|shall|is to|are to)\s+(?:\w+\s+)?(?:buy|acquire|purchase|procure|obtain|get)\b")
_UNDER_DEAL = re.compile(r"\bunder (?:the|a|an|its|this|that) (?:[\w-]+ ){0,3}?(?:agreement|contract|deal)\b"
                         r"(?![^.;]{0,60}?\b(?:expect\w*|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|yet|"
                         r"(?:being |still |to be )negotiated|negotiat(?:e|es|ing|ions?)\b|"
                         r"to be signed|to sign)\b)")


def scheduled(ctx: DocContext, related: Related, events: list[TransferEvent]) -> Related:
    """A delivery still to come of a transfer the document reports as agreed or begun ("Under
    the agreement, the Italian group will deliver the first four helicopters", "the remaining
    18 howitzers would arrive next year") is `ordered`, not `planned` (codebook, "Status": a
    deal exists, delivery not reported): a planned relation whose cue is a future delivery,
    with an event of the same supplier and recipient that is ordered or delivered, or a
    future delivery or purchase in a sentence that says it is done under a deal ("will
    acquire two submarines from France's Naval Group under a contract signed on Wednesday")."""
    agreed = {e.parties for e in events if e.status in ("ordered", "delivered") and e.supplier and e.recipient}
    return [(mention, [replace(r, status="ordered") if r.status == "planned" and _under_agreement(ctx, mention, r, agreed)
                       else r for r in relations])
            for mention, relations in related]


# A participle of contract between commas right after a mention: "The first boat, ordered in 2017,"
_ORDERED_PARTICIPLE = re.compile(r",\s*(?:(?:\w+ly|already|previously|originally|first)\s+)?"
                                 r"(?:ordered|bought|purchased|contracted|acquired|procured)\b")


def _under_agreement(ctx: DocContext, mention: Mention, relation: Relation, agreed: set) -> bool:
    """The relation's cue is a future delivery (_FUTURE_DELIVERY) of parties an ordered or
    delivered event of the document has (`agreed`) or of a mention a participle of contract
    follows (_ORDERED_PARTICIPLE: "The first boat, ordered in 2017, will be delivered"), or
    a future delivery or purchase (_FUTURE_PURCHASE) in a sentence that says it is done
    under a deal (_UNDER_DEAL)."""
    cue = (relation.status_cue or "").lower()  # (the cue first: a few words)
    delivery = _FUTURE_DELIVERY.search(cue)
    if delivery and (relation.supplier, relation.recipient) in agreed:
        return True
    if delivery and _ORDERED_PARTICIPLE.match(ctx.folded, mention.end):
        return True  # "The first boat, ordered in 2017, will be delivered in 2026": its own order
    return bool((delivery or _FUTURE_PURCHASE.search(cue)) and _UNDER_DEAL.search(ctx.folded, *sentence_span(ctx, mention)))


# "The remaining 36 howitzers", "Eight more of the helicopters", "the rest of the jets"
_REMAINDER = re.compile(r"\b(?:remaining|outstanding|rest of (?:the|those|these)|more of (?:the|those|these)|"
                        r"other (?:\w+ )?of (?:the|those|these))\s+(?:[\w,-]+\s+){0,2}$")


def remainders(ctx: DocContext, related: Related) -> Related:
    """The part of an order still to come ("The remaining 36 howitzers are now expected in
    2027") is `ordered`, not the `delivered` its antecedent's transfer gives it (codebook,
    "Status": "has yet to receive" is ordered). A delivery its own sentence reports ("the
    remaining six were delivered in May") stands."""
    result = []
    for mention, relations in related:
        sentence = ctx.sentences[mention.sentence]
        found = _REMAINDER.search(ctx.folded, max(sentence.start, mention.start - 40), mention.start)
        if found:
            cue = ctx.text[found.start():mention.start].strip()
            relations = [replace(r, status="ordered", status_cue=cue)
                         if r.status == "delivered" and not _cue_in_sentence(ctx, r, sentence) else r
                         for r in relations]
        result.append((mention, relations))
    return result


# Words that put a delivery ahead: "deliveries due from 2027", "first drones due next year",
# "is due to arrive from 2028", "will be supplied with it", "are expected in 2028", "are
# scheduled to begin in 2030"
_AHEAD = re.compile(r"\b(?:due\s+(?:to\s+(?:arrive|be\s+(?:delivered|supplied|handed over|shipped)|follow|begin|start)|"
                    r"(?:from|in|by)\s+\d{4}|next\s+(?:year|month|spring|summer|autumn|winter)|later\s+this\s+year)|"
                    r"(?:will|would)\s+(?:(?:also|then|now|only)\s+)?(?:be\s+(?:delivered|supplied|shipped|"
                    r"handed over|transferred)|arrive|follow)|(?:is|are)\s+(?:expected|scheduled|planned|set)\s+"
                    r"(?:to\s+(?:arrive|be\s+delivered|begin|start)|(?:in|from|by)\s+\d{4}))\b"
                    # ... and what a clause says is still to come: "the last of the aircraft is due in
                    # 2023", "are yet to arrive", "remain to be delivered"
                    r"|\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:due|expected|scheduled)\s+(?:in|by|later|next|"
                    r"to\s+(?:arrive|be\s+delivered|be\s+handed\s+over))\b"
                    r"|\b(?:is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:arrive|come|be\s+delivered)\b"
                    r"|\bremain(?:s|ed)?\s+to\s+be\s+delivered\b"
                    # ... and a ship or aircraft still being finished: "the fourth boat is being
                    # completed", "is still under construction", "will begin sea trials before
                    # delivery" (since 0.57.0)
                    r"|\b(?:is|are)\s+(?:still\s+|now\s+)?(?:being\s+(?:completed|built|assembled|fitted\s+out|"
                    r"outfitted|constructed)|under\s+construction)\b"
                    r"|\bbefore\s+(?:its\s+|their\s+|the\s+)?(?:delivery|handover|hand-over|commissioning)\b")


def still_ahead(ctx: DocContext, related: Related) -> Related:
    """A delivered relation its own sentence does not say is delivered, in a sentence that
    puts the delivery ahead (_AHEAD: "with 80 of the jets ordered in 2021 and deliveries due
    from 2027", "Its Klub cruise missiles will be supplied with it") is `ordered`, cued by
    those words (codebook, "Status": a deal exists, delivery not reported). Relations whose
    cue stands in the sentence keep their status ("The missiles arrived with them, and more
    are due in 2027"), unless the cue stands in another clause and the mention's own clause
    puts its delivery ahead after it ("Leonardo has delivered the first six of 28 jets, and
    the last of the aircraft is due in 2023": the last is ordered)."""
    result = []
    for mention, relations in related:
        sentence = ctx.sentences[mention.sentence]
        if any(r.status == "delivered" for r in relations) and \
                (found := _AHEAD.search(ctx.folded, sentence.start, sentence.end)):
            cue = ctx.text[found.start():found.end()]
            clause, own = _ahead_in_clause(ctx, mention)
            relations = [replace(r, status="ordered", status_cue=cue if own is None else ctx.text[own.start():own.end()])
                         if r.status == "delivered" and (not _cue_in_sentence(ctx, r, sentence) or
                                                         own is not None and not _cue_between(ctx, r, *clause)) else r
                         for r in relations]
        result.append((mention, relations))
    return result


def _ahead_in_clause(ctx: DocContext, mention: Mention):
    """The mention's clause, (start, end), and the words after the mention in it that put a
    delivery ahead (_AHEAD), or None for either."""
    clause = next((c for c in text.clauses(ctx.folded, ctx.sentences[mention.sentence]) if c[0] <= mention.start < c[1]),
                  None)
    return clause, _AHEAD.search(ctx.folded, mention.end, clause[1]) if clause else None


def awaited(ctx: DocContext, related: Related) -> Related:
    """A delivered relation without a cue of its own (parties and stage from an event) whose
    mention's clause puts the delivery ahead after it ("The final 28 of 108 M1A2T Abrams
    tanks are due in 2026", headline "first MQ-9B drones due next year") is `ordered`, cued
    by those words; so is the part of an order still to come (remainders). Words in another
    clause do not count ("the Hueys, which served until the arrival of newer Black Hawks,
    will be shipped": the Black Hawks stay delivered). For the parties the attachment model
    gives (attachment.attach_learned), as still_ahead is for the rules'."""
    result = []
    for mention, relations in remainders(ctx, related):
        if any(r.status == "delivered" and not r.status_cue for r in relations):
            _, own = _ahead_in_clause(ctx, mention)
            if own is not None:
                relations = [replace(r, status="ordered", status_cue=ctx.text[own.start():own.end()])
                             if r.status == "delivered" and not r.status_cue else r for r in relations]
        result.append((mention, relations))
    return result


def _cue_in_sentence(ctx: DocContext, relation: Relation, sentence) -> bool:
    return _cue_between(ctx, relation, sentence.start, sentence.end)


def _cue_between(ctx: DocContext, relation: Relation, start: int, end: int) -> bool:
    return bool(relation.status_cue) and ctx.text.find(relation.status_cue, start, end) >= 0


def _read_again(ctx: DocContext, related: Related, relator: Relator, events: list[TransferEvent],
                nouns: list[list[TransferEvent]]) -> Related:
    """Events, attachment and completion once more: the events now hold the systems of the
    mentions attached to them ("a contract with Naval Group" gains the Scorpenes that "The
    deal covers"), which later mentions may fit ("work on the boats"). Only the events of the
    first reading are read again, at the stage first read; with no mention left without a
    party, nothing is."""
    if not events or all(_settled(relations) for _, relations in related):
        return related
    events = find_events(ctx, related, relator, known=events, nouns=nouns)
    return complete(ctx, attach(ctx, related, events, relator.origin), events, relator.origin)


# What a mention is bought to replace stands after it: "new fighters to replace its MiG-29s"
_REPLACING = re.compile(r"\breplac(?:e|es|ed|ing)\b")


def _replaced_event(ctx: DocContext, mention: Mention, event: TransferEvent) -> bool:
    """A replace word stands after the mention in its sentence, and the event reported there
    may be the replaced weapons' ("wants 24 new fighters to replace its MiG-29s, bought from
    Belarus"); not when the event holds no system, a transfer noun of that sentence reporting
    it ends before the word and no actor is named after it ("approved a sale of 12 MD 530F
    helicopters to replace the elderly MD 500s": the sale is the helicopters'; but "slipped
    because lines were redirected to replace the stocks sent to Ukraine")."""
    sentence = ctx.sentences[mention.sentence]
    found = _REPLACING.search(ctx.folded, mention.end, sentence.end)
    return found is not None and (
        bool(event.systems) or not any(sentence.start <= end <= found.start() for end in event.noun_ends)
        or bool(ctx.actors_starting(found.end(), sentence.end)))


def _settled(relations: list[Relation]) -> bool:
    """A mention that attach leaves as it is: a party read, or a cue that says no transfer.
    (Until 0.30.0 a transfer noun after such a cue left it open, for "US unveils arms package
    for Ukraine with more Stingers"; frame row 113 reads "unveils" since, and the test changed
    no record of any set.)"""
    return any(map(_read_party, relations)) or _no_transfer_by_cue(relations)


__all__ = ["TransferEvent", "find_events", "attach", "complete", "read_document", "topic_recipient"]


lx.letters_first(globals())  # (this module's patterns in the faster form)
