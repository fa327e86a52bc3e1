"""Turn a mention into relations: who supplies, who receives, at what stage, how, when.

Rules work on one sentence at a time, with the clause as the unit for finding a cue's
subject and the words that qualify it (denial, suspension, intent, contract...).
Every field records what set it (`status_cue`, `*_basis`) so an analyst can audit it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from . import lexicon as lx
from .gazetteer import Match
from .mentions import DocContext, Mention
from .text import clause_at, clauses, may_match
from .text import fast_init
from .text import pattern as _compiled
from .text import search as _search  # (no search where the pattern's words do not stand)


@fast_init
@dataclass(frozen=True)
class Relation:
    """One transfer read for a mention (in its sentence, or from its antecedent): supplier and
    recipient actor_ids with the basis of each, status and the cue that set it, transfer_type, event_year, and
    `evidence`, the sentence span (code points) of an event elsewhere that set the parties."""

    supplier: str | None
    supplier_basis: str | None
    recipient: str | None
    recipient_basis: str | None
    status: str
    status_cue: str | None
    transfer_type: str | None
    event_year: int | None
    evidence: tuple[int, int] | None = None  # sentence span of an event elsewhere that set the parties


def _carried_over(inherited: list[Relation]) -> list[Relation]:
    """An anaphor's antecedent's relations, as the anaphor's: a party its antecedent read in
    its own sentence (`text`) has basis `antecedent` here ("Russia has a contract with Iran
    to deliver S-300 missiles. Jerusalem views the delivery of the S-300 batteries with
    concern": RUS and IRN, antecedent); other bases stay. Not a list of its users
    (users_listed)."""
    users = users_listed(inherited)
    return [replace(r, supplier_basis="antecedent" if r.supplier_basis == "text" else r.supplier_basis,
                    recipient_basis="antecedent" if r.recipient_basis == "text" else r.recipient_basis)
            for r in inherited if r not in users]


USERS_LISTED = 3  # users of one weapon named in one list, at the least, for a survey of its operators


def users_listed(relations: list[Relation]) -> list[Relation]:
    """The relations of a mention's list of users, when it names USERS_LISTED or more ("The
    Bushmaster is also in service with the armed forces of the Netherlands, Japan, Fiji and
    Jamaica"; the cues of lexicon.POSSESSOR_WORDS): a survey of the weapon's operators, not
    a transfer the article goes on to report, so neither an anaphor (_carried_over) nor a
    later mention (events.find_events) takes them; else none."""
    if len(relations) < USERS_LISTED:
        return []  # (most mentions have one relation: no list to read)
    users = [r for r in relations
             if r.recipient and r.status_cue and lx.POSSESSOR_WORDS.fullmatch(r.status_cue.lower())]
    return users if len({r.recipient for r in users}) >= USERS_LISTED else []


@fast_init
@dataclass(frozen=True)
class CueHit:
    """A transfer cue found near a mention: the cue, its span `start`:`end` (code points),
    whether it is passive, and, when its clause says so, the agent named apart, where the
    words that qualify it begin, and the parties of a reduced relative."""

    cue: lx.Cue
    start: int
    end: int
    passive: bool = False
    agent: str | None = None  # set when the cue's clause names it apart ("that Ankara had ordered")
    context_start: int | None = None  # where the words that qualify the cue begin, if not at its clause
    agent_side: str | None = None  # the side of `agent` when it is not the cue's own side
    # parties read in a reduced relative between the mention and a later cue ("Gripen fighters
    # ordered by Thailand from Sweden arrived"): (suppliers, recipients)
    reduced: tuple[tuple[str, ...], tuple[str, ...]] | None = None


NO_TRANSFER = Relation(None, None, None, None, "none", None, None, None)


class Relator:
    """Relations of every mention of one document, given the document's context."""

    def __init__(self, ctx: DocContext, origin: dict[str, str | None], mentions: list[Mention] = ()):
        self.ctx = ctx
        self.origin = origin
        self.mentions = list(mentions)
        self._mention_starts = [mention.start for mention in self.mentions]  # for bisect (mentions in text order)
        self._mention_ends = {mention.end for mention in self.mentions}
        self._verbs_by_sentence: dict[int, list] | None = None  # found on first use
        self._clause_cache: dict[int, list[tuple[int, int]]] = {}
        self.related: dict[int, list[Relation]] = {}  # by mention start, for anaphors
        self._cue_of: dict[int, CueHit | None] = {}  # by mention start, for the items of a list
        self._packages: dict[int, bool] = {}  # by sentence index: _announced_package, found once
        self._platform_at = (-1, False)  # (mention start, _for_own_platform): asked twice per mention
        self._openings: dict[int, tuple[int, int | None] | None] = {}  # by sentence index: _date_opening

    def _clauses(self, index: int) -> list[tuple[int, int]]:
        """The clauses of sentence `index` (text.clauses), found once, also cut before "and"
        when a state and a transfer verb follow it and a transfer verb stands before it in its
        clause ("Egypt bought Rafales from France and Kenya ordered helicopters from Italy":
        Kenya opens a clause of its own; not "Thailand and South Africa operate the Gripen"),
        and before "and"/"but" and a transfer verb after a whole verb phrase ("froze its
        Su-35 order and instead ordered Rafales from France": France is not the Su-35's)."""
        if index not in self._clause_cache:
            sentence = self.ctx.sentences[index]
            parts = clauses(self.ctx.folded, sentence)
            folded, cuts = self.ctx.folded, []
            # (each pattern looked for only where its words stand: most sentences have no
            # "while" or "whereas", many no "and" or "but")
            if may_match(self._AND_SUBJECT, folded, sentence.start, sentence.end):
                cuts += [found.start() for found in self._AND_SUBJECT.finditer(folded, sentence.start, sentence.end)
                         if self._subject_of_verb_at(found.end())
                         and self.ctx.verb_hits_starting(parts[clause_at(parts, found.start())][0], found.start())]
            if may_match(self._AND_VERB, folded, sentence.start, sentence.end):
                cuts += [found.start() for found in self._AND_VERB.finditer(folded, sentence.start, sentence.end)
                         if any(hit[3].side in ("supply", "receive", "trade")
                                for hit in self.ctx.verb_hits_starting(found.end(), found.end() + 1))
                         and self._verb_with_object_before(parts[clause_at(parts, found.start())][0], found.start())]
            if cuts:
                edges = sorted({start for start, _ in parts} | set(cuts))
                parts = list(zip(edges, edges[1:] + [sentence.end]))
            self._clause_cache[index] = parts
        return self._clause_cache[index]

    # a demonym naming a state's forces or government: "where the Lebanese army received"
    _FORCE_AFTER = re.compile(r"\s+(?:army|navy|air force|armed forces|forces|military|government|troops)\b")
    _CONJUNCTION_BEFORE = re.compile(r"\b(?:after|before|until|once|where|when|while|whereas|because|although|though|"
                                     r"as|since|at which|in which)\s+(?:the\s+)?$")
    # the words between a subject and its cue: up to four, not "to" alone ("the second country
    # after India to produce" is no subject's verb)
    _CUE_AFTER_SUBJECT = re.compile(r"(?!\s+to\s)(?:\s+[\w'-]+){0,4}\s+")

    def _conjunction_subject(self, actor: Match, hit: CueHit) -> bool:
        """"Cairo turned to Beijing after Washington refused to sell it more F-16s": "after",
        "before", "until" or "once" before an actor (not a demonym) is a conjunction, not a
        preposition, when the cue follows within its next four words: the actor is its subject;
        so is one after a conjunction of place, time or cause ("attended a ceremony where
        Lebanon received 48 Milan missiles", "while", "because", "as", "at which"), and a
        demonym that names a state's forces ("where the Lebanese army received")."""
        return (actor.value[1] != "demonyms" or bool(self._FORCE_AFTER.match(self.ctx.folded, actor.end))) and \
            bool(self._CONJUNCTION_BEFORE.search(self.ctx.folded, max(0, actor.start - 16), actor.start)) and \
            bool(self._CUE_AFTER_SUBJECT.fullmatch(self.ctx.folded, actor.end, hit.start))

    _AND_SUBJECT = re.compile(r"\s(?:and|while|whereas)\s+(?:the\s+)?(?=[a-z])")
    # "and" or "but" before a verb of its own: "froze its Su-35 order and instead ordered Rafales"
    _AND_VERB = re.compile(r"\s(?:and|but)\s+(?:(?:instead|then|later|also|has|have|had|will|would|is|are|was|were)\s+){0,2}")

    def _verb_with_object_before(self, start: int, end: int) -> bool:
        """A verb (a transfer cue, or a cancelling or freezing one: lexicon.CANCELLED,
        SUSPENDED) stands in [start, end) with words after it: the verb phrase before "and"
        is whole."""
        hits = self.ctx.verb_hits_starting(start, end)
        first = hits[0][1] if hits else None  # (the first: "froze its order": "order" is a hit too)
        marker = lx.CANCELLED.search(self.ctx.folded, start, end) or lx.SUSPENDED.search(self.ctx.folded, start, end)
        if marker is not None and (first is None or marker.end() < first):
            first = marker.end()
        return first is not None and bool(self.ctx.folded[first:end].split())

    _BEFORE_VERB = re.compile(r"(?:'s\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:(?:also|later|then|now|has|have|had|will|would|is|are|"
                              r"was|were|recently|itself|in turn)\s+){0,2}"
                              r"(?:(?:agreed|decided|plans|planned|wants|wanted|intends|intended|hopes|moved|chose|"
                              r"opted|seeks|sought)\s+to\s+)?")

    def _subject_of_verb_at(self, position: int) -> bool:
        """An actor (not a demonym) starts at `position` and a transfer verb follows it, a few
        auxiliaries or a possessed force between ("Kenya ordered", "India's army has bought")."""
        actor = self.ctx.actor_at.get(position)
        if actor is None or actor.value[1] == "demonyms":
            return False
        gap = self._BEFORE_VERB.match(self.ctx.folded, actor.end)
        return bool(self.ctx.verb_hits_starting(gap.end(), gap.end() + 1))

    def relate(self, mention: Mention) -> list[Relation]:
        """The relations of `mention` (NO_TRANSFER, status none, when no transfer is read), kept by
        mention start for later anaphors."""
        relations = self._relate(mention)
        self.related[mention.start] = relations
        return relations

    # -- the steps ---------------------------------------------------------------------
    def _relate(self, m: Mention) -> list[Relation]:
        """Cue, parties, then status, type and year; each step a method of its own."""
        sentence = self.ctx.sentences[m.sentence]
        parts = self._clauses(m.sentence)
        ci = clause_at(parts, m.start)
        hit = self._find_cue(m, parts, ci)
        self._cue_of[m.start] = hit
        inherited = self.related.get(m.antecedent.start) if m.antecedent else None
        if hit is None:
            alone = not self._actors_between(parts[ci][0], m.start)  # "The seized weapons were taken to a US base"
            if not (inherited and m.anaphoric and alone):
                return [NO_TRANSFER]
            return _carried_over(inherited)
        if hit.cue.side in ("own", "make"):
            return [replace(NO_TRANSFER, status_cue=self._words(hit.start, hit.end))]
        suppliers, recipients, extra, beneficiary = self._parties(m, hit, parts, ci)
        if not suppliers and not recipients and inherited and m.anaphoric:
            if hit.cue.form != "verb" and not self._SIGNED_AFTER.match(self.ctx.folded, m.end, sentence.end):
                return _carried_over(inherited)  # "views the delivery of the S-300 batteries": nothing new
            # ("The contract for the jets was signed on Friday": the signing is new, its stage the contract's)
            suppliers, recipients = self._inherited_parties(inherited)
        if (held := self._held_platform(m)) is not None:
            return [held]
        if self._own_use(m, hit, suppliers, recipients):
            return [replace(NO_TRANSFER, status_cue=self._words(hit.start, hit.end))]
        status, cue_text = self._status(m, hit, parts, ci)
        if status == "ordered" and inherited and m.anaphoric and all(r.status == "planned" for r in inherited) and \
                self._MODAL_RIGHT_BEFORE.search(self.ctx.folded, max(0, hit.start - 40), hit.start):
            status = "planned"  # "Peru wants two more submarines. The first boat will arrive in 2029": no order yet
        if hit.cue.side == "use" and status == "planned" and inherited and m.anaphoric \
                and all(basis == "antecedent" for _, basis in suppliers + recipients):
            return _carried_over(inherited)  # "the boats would be used to fight piracy": a purpose, not a new status
        if status == "delivered" and self._scheduled(hit, parts, ci):
            status = "ordered"  # "Abu Dhabi's 80 Rafales start arriving in 2027", written in 2025
        year = self._event_year(hit, m, parts, ci, status)
        if status == "unknown" and year is not None and self.ctx.published is not None and \
                year < self.ctx.published.year and self._DONE_NOUN.match(self.ctx.folded, hit.start, hit.end) and \
                not lx.AGGREGATE_CUE.fullmatch(cue_text.lower()):  # (not "arms exports rose": a trade as a whole)
            status = "delivered"  # "Chile's purchase of two Adelaide-class frigates from Australia in 2020"
        kind = self._transfer_type(m, hit, parts, ci, bought_for_another=bool(beneficiary))
        template = Relation(None, None, None, None, status, cue_text, kind, year)
        if not suppliers and self._none_of(m, hit):
            suppliers = [(a, "text") for a in self._speaker(m) if a not in {r for r, _ in recipients}]
        suppliers = suppliers or self._fallback_supplier(m, recipients + [r for r, _ in extra], inherited)
        if hit.cue.side == "use" and not suppliers and not extra:
            # "The Houthis have fired dozens of drones": a user of a weapon of no known make is
            # no recipient by this sentence (codebook: own use), unless the document reports
            # where the weapon came from (events.attach); of another's make it is ("fired
            # Iranian missiles")
            return [NO_TRANSFER]
        relations = [self._from_context(m, r, inherited) for r in self._pairs(template, suppliers, recipients, extra)]
        if not relations:
            return [NO_TRANSFER]
        if hit.cue.form == "compound" and all(r.supplier is None and r.recipient is None for r in relations):
            relations = self._continue_topic(m, relations)
        return relations

    # a contract noun's own verb after the mention: "The contract for the jets was signed"
    _SIGNED_AFTER = re.compile(r"\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:signed|concluded|"
                               r"finali[sz]ed|inked|awarded)\b")

    def _held_platform(self, m: Mention) -> Relation | None:
        """"bought Spike missiles from Rafael for its Apache helicopters": the platform a
        state's new weapons are for is its own (lexicon.OWN_PLATFORM), and when another state
        makes it (systems table), the state holds it, so received it: maker -> owner,
        delivered, no year (codebook, "Status": a weapon of another state's make that a state
        keeps). None when the mention is no such platform."""
        maker = self.origin.get(m.system) if m.basis == "catalogue" else None
        if maker is None or not self._for_own_platform(m):
            return None
        owner = self._its_owner(m, set())
        if not owner or maker in owner:
            return None
        return Relation(maker, "origin", owner[0], "text", "delivered", None, "unspecified", None)

    # what a transport does with its cargo: "Y-20 transport aircraft landed ... carrying the missiles"
    _CARRYING = re.compile(r"\b(?:carrying|carried|loaded with|laden with|ferrying|with a cargo of),?\s+")
    # an aircraft a cargo travels on, right before it: "delivered 24 MaxxPro vehicles by C-17",
    # "flying them in on an Indian Air Force C-17", "arrived aboard Argentine Hercules transports"
    _CONVEYED_ON = re.compile(r"\b(?:by|on|aboard|on board|via)\s+(?:[\w'-]+\s+){0,5}$")
    _ABOARD = re.compile(r"aboard|on board")
    # a verb that moves a cargo, before the aircraft it travels on in its clause
    _CONVEYING = re.compile(r"\b(?:delivered|delivering|flown|flew|flying|airlifted|airlifting|brought|bringing|"
                            r"transported|transporting|shipped|ferried|ferrying|arrived|landed|sent|"
                            r"carried from)\b")
    # words between a verb and its object, with no preposition or conjunction: "delivered ten"
    _OBJECT_GAP = re.compile(r"\s+(?:(?!(?:in|on|at|to|from|by|with|and|or|for|of|since|during|after|before)\b)"
                             r"[\w'-]+\s+){0,3}")

    def carrier(self, m: Mention) -> tuple[Mention | None, str] | None:
        """(the cargo, the carrying words) of an aircraft that arrives carrying weapons named
        after it in its clause, with no other mention between ("Six Y-20 transport aircraft
        landed at Belgrade carrying the missiles", "Il-76 transport planes carrying parts of
        the S-400 system landed in Ankara"), or that a cargo travels on (the cargo None when
        no mention names it: "The last of the 12 arrived aboard a US Air Force C-17"); None
        otherwise, and for an aircraft that is
        itself sent ("delivered 12 drones carrying guided bombs"). The carrier is the
        supplier's own, in no transfer (codebook, "A state's own weapons"): its transfer is
        the cargo's."""
        if m.category not in ("aircraft", "ships"):
            return None
        parts = self._clauses(m.sentence)
        clause = parts[clause_at(parts, m.start)]
        conveyed = self._conveyed_on(m, clause)
        if conveyed is not None:
            return conveyed
        for start, end, _, cue in self.ctx.verb_hits_starting(m.end, m.end + 2):
            cargo = self._next_mention(end)
            if cue.side == "supply" and cue.form == "verb" and cargo is not None and cargo.end <= clause[1] \
                    and self._OBJECT_GAP.fullmatch(self.ctx.folded, end, cargo.start):
                # "A second Russian An-124 delivered ten BRDM-2 vehicles to Bangui": the aircraft
                # that delivers a weapon carries it
                return cargo, self.ctx.text[start:end]
        hit = self._cue_of.get(m.start)
        if hit is None:
            return None
        found = self._CARRYING.search(self.ctx.folded, m.end, self.ctx.sentences[m.sentence].end)
        if found is not None and found.start() >= clause[1]:
            return None  # (its words may run past the clause: "carrying, according to observers, parts of")
        if found is None or not (hit.cue.side == "arrive" or hit.start == found.start()):
            return None
        cargo = self._next_mention(m.end)
        if cargo is None or cargo.start < found.end() or cargo.start > found.end() + 60:
            return None
        return cargo, self.ctx.text[found.start():found.end()].strip(" ,")

    def _conveyed_on(self, m: Mention, clause: tuple[int, int]) -> tuple[Mention | None, str] | None:
        """(the cargo, the words) when the aircraft `m` is what a weapon named before it in
        its sentence travels on, after a verb that moves it in its clause ("The United States
        delivered 24 MaxxPro vehicles by C-17", "flying them in on an Indian Air Force C-17"):
        `_CONVEYED_ON` right before the aircraft, `_CONVEYING` before that in the clause. The
        cargo is None when the sentence names it by no mention ("them", "the last of the 12")."""
        before = self._CONVEYED_ON.search(self.ctx.folded, max(clause[0], m.start - 60), m.start)
        if before is None or self._CONVEYING.search(self.ctx.folded, clause[0], before.start()) is None:
            return None
        if m.category == "ships" and not self._ABOARD.match(self.ctx.folded, before.start()):
            return None  # a ship a cargo travels on is one it is aboard ("delivered ... on Thursday and a second vessel")
        cargo = self._previous_mention(m)
        if cargo is None or cargo.sentence != m.sentence:
            cargo = None  # a cargo the sentence names by no mention: "The last of the 12 arrived aboard a C-17"
        return cargo, self.ctx.text[before.start():before.end()].strip()

    def _for_own_platform(self, m: Mention) -> bool:
        """lexicon.OWN_PLATFORM in the 60 characters before the mention (searched once)."""
        if self._platform_at[0] != m.start:
            self._platform_at = (m.start, bool(_search(lx.OWN_PLATFORM, self.ctx.folded, max(0, m.start - 60), m.start)))
        return self._platform_at[1]

    @staticmethod
    def _inherited_parties(inherited: list[Relation]):
        """"The first of the batteries was handed over in 2021": the antecedent's parties
        (this sentence's own verb sets the status)."""
        suppliers = _unique([(r.supplier, "antecedent") for r in inherited if r.supplier])
        recipients = _unique([(r.recipient, "antecedent") for r in inherited if r.recipient])
        return suppliers, recipients

    @staticmethod
    def _pairs(template: Relation, suppliers, recipients, extra) -> list[Relation]:
        """One relation per (supplier, recipient); a state compared with ("the second country
        after India to produce ...") already does it, so its relation is delivered."""
        t = template
        relations = [  # (built directly: dataclasses.replace costs more on this path)
            Relation(s, sb, r, rb, t.status, t.status_cue, t.transfer_type, t.event_year, t.evidence)
            for s, sb in (suppliers or [(None, None)])
            for r, rb in (recipients or [(None, None)])
            if s is None or s != r
        ]
        for recipient, _ in extra:
            for s, sb in suppliers or [(None, None)]:
                if s != recipient and not any(r.supplier == s and r.recipient == recipient for r in relations):
                    relations.append(replace(template, supplier=s, supplier_basis=sb, recipient=recipient,
                                             recipient_basis="text", status="delivered", event_year=None))
        return relations

    def _words(self, start: int, end: int) -> str:
        return self.ctx.text[start:end]

    # -- cues ---------------------------------------------------------------------------
    # a package, consignment or shipment said to include the mention, which opens the list of
    # its items: "a package of military aid that included armoured personnel carriers"
    _CONTAINER_INCLUDES = re.compile(
        r"\b(?:package|consignment|shipment|batch|tranche|donation|gift|cargo)s?"
        r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|equipment|weapons|arms|materiel|support|hardware))?"
        r",?\s+(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:included|includes|include|contained|contains|comprised|"
        r"comprises|consisted of|consists of)\s+(?:[\w.,-]+\s+){0,3}$")

    def _relied_on(self, m: Mention, hit: CueHit) -> list[str]:
        """The object of a receiving cue that ends in "on", the state a buyer relies on for its
        weapons: "Dushanbe continues to rely on Moscow for heavy equipment" (RUS); the last such
        object before the mention ("relies on France for jets and on the United States for
        drones": USA for the drones)."""
        if not _compiled(r"(?:on|upon)$").search(self.ctx.folded, hit.start, hit.end):
            return []
        named: list[str] = []
        for found in _preposition_pattern(("on", "upon")).finditer(self.ctx.folded, hit.end - 4, m.start):
            named = self._after_preposition(found.start(), m.start, ("on", "upon")) or named
        return named

    def _user_unnamed(self, m: Mention, cue: lx.Cue, end: int, parts, ci) -> bool:
        """A user cue after the mention ("in service with", "operated by", "in LNA hands",
        ending at `end`) that names no party: "Kirpi vehicles operated by the rival government
        in Tripoli", "rifles in civilian hands" name no user, and the cue is not read."""
        return cue.side == "use" and cue.form == "post" and \
            not self._after_preposition(m.end, parts[ci][1], ("with", "by")) and \
            not self._actors_between(m.end, end)

    def _cue_names(self, hit: CueHit) -> list[str]:
        """The states and groups a post cue's own words name, demonyms included: "in Ethiopian
        service", "in LNA hands", "in the hands of the Houthis"."""
        return _unique_ids([a.value[0] for a in self._actors_between(hit.start, hit.end)])

    # a receiving verb whose object is a noun of supply: "had received a first consignment of"
    _RECEIVED_NOUN = re.compile(r"\b(?:received|receives|receive|receiving|got|gets|obtained|obtains)\s+"
                                r"(?:(?:a|an|the|its|their|first|second|third|new|initial|latest|further|another|"
                                r"fresh|final|large|major|\d+)\s+)*$")

    def _cue_after(self, m: Mention, start: int, patterns, parts, ci) -> CueHit | None:
        """The first of `patterns` (compound or post cues) that matches right at `start`, in
        the 40 characters after it and within the mention's sentence, or None."""
        after = self.ctx.folded[start:min(start + 40, self.ctx.sentences[m.sentence].end)]  # never the next sentence
        for pattern, cue in patterns if lx.ANY_AFTER_CUE.match(after) else ():
            found = pattern.match(after)
            if found and cue.side == "receive" and cue.form == "compound" and self._share_of(m, parts, ci):
                continue  # "China supplied 81 percent of Pakistan's arms imports": the verb governs
            if found and self._user_unnamed(m, cue, start + found.end(), parts, ci):
                continue
            if found:
                words = found.group(0)
                return CueHit(cue, start + len(words) - len(words.lstrip()), start + found.end(),
                              passive=cue.form == "post")
        return None

    def _find_cue(self, m: Mention, parts, ci) -> CueHit | None:
        """The cue that governs the mention: a transfer noun right after it ("arms trade"), a
        state after it ("in service with"), a noun before it ("the sale of"), the nearest
        verb before it in its clause, or a verb after it whose subject it is ("arrived in")."""
        folded = self.ctx.folded
        hit = self._cue_after(m, m.end, lx.AFTER_CUE_RES, parts, ci)
        if hit is None and (beyond := self._after_for_actor(m.end)) > m.end:
            # "Twelve more Rafales for Greece are on order": a post cue after the buyer
            hit = self._cue_after(m, beyond, lx.POST_CUE_RES, parts, ci)
        if hit is not None:
            return hit
        relative = self._relative_clause(m)
        clause_start, clause_end = parts[ci]
        noun = self._noun_cue(m, clause_start)
        if noun is not None and noun.cue.side == "supply" and noun.cue.status == "delivered" and \
                self._RECEIVED_NOUN.search(folded, max(0, noun.start - 60), noun.start):
            noun = None  # "Russia had received a first consignment of": the receiving verb governs
        if relative is not None and noun is not None and relative.agent:
            # "cancelling the delivery of the F-35s that Ankara had ordered": the noun's
            # status, the relative clause's party
            side = "supply" if relative.cue.side in ("supply", "trade") else "receive"
            return replace(noun, agent=relative.agent, agent_side=side)
        if relative is None and noun is not None:
            return noun  # (what the tests below come to: the verb need not be looked for)
        verb = self._nearest_verb(max(clause_start, m.start - 90), m.left_stop, m.start)
        verb = self._interdicted_carrier(verb, m) or verb
        if verb is not None and self._in_fronted_clause(m, verb):
            verb = None  # "Once the new batch arrives, the air force will fly 54 of the fighters"
        if verb is not None and verb.cue.side == "interdict" and self._LAUNCHED_FROM.match(folded, m.end):
            verb = None  # "Iron Dome intercepted two drones launched from Lebanon": an attack, no shipment
        if relative is not None and (verb is not None or noun is not None) and \
                self._PRONOUN.match(folded, relative.context_start) and \
                not (noun is None and verb is not None and verb.cue.side == "own"):
            # "Morocco has received the first six of 24 Apaches it ordered": the main verb's (but
            # "to replace the 30 BVP-1s it transferred to Ukraine": the relative clause's, the
            # main verb one of holding); a giver's object in it is the recipient still ("has
            # delivered all 14 of the MiG-29 jets it promised Ukraine")
            if verb is not None and noun is None and verb.cue.side == relative.cue.side == "supply" and \
                    not verb.reduced and (given := self._object_after(relative)):
                verb = replace(verb, reduced=((), tuple(given)))
            relative = None
        if verb is not None and verb.cue.side == "own" and relative is None and noun is None and \
                (reduced := self._reduced_relative(m, clause_end, held=True)):
            # "will replace its MiG-29s bought from Belarus": the participle's transfer, read from it on
            return replace(reduced[1], context_start=reduced[1].start)
        if verb is not None and relative is None and noun is None and self._participle_of_another(verb, m) and \
                (reduced := self._reduced_relative(m, clause_end)):
            # "MiG-29 jets bought from Belarus and Mirage 2000P aircraft supplied by France": the
            # participle before is the other mention's; the mention's own follows it
            return replace(reduced[1], context_start=reduced[1].start)
        if verb is not None and relative is None and noun is None and (listed := self._cue_of_list(m, verb)) is not None:
            # "agreed to buy rocket launchers, missiles built in India under licence, mortars and
            # ammunition": the participle is the missiles' own; the list's verb governs the mortars
            return listed
        if relative is not None and verb is not None and verb.cue.side == "interdict":
            return relative  # "confiscated 15 helicopters that the United States was shipping to ..."
        if relative is not None and verb is not None and noun is None and relative.cue.side == "arrive" and \
                verb.cue.side == "supply" and not verb.passive and not relative.agent:
            # "Berlin also sent a Patriot battery, which arrived in Ukraine last month": the main
            # verb's supplier and stage, the place of the arrival its recipient (a new-user trial of 0.31.0)
            return replace(verb, reduced=((), tuple(self._arrival_after(m, self._clause_end_after(relative.start)))))
        if relative is not None and verb is not None and relative.agent and noun is None \
                and {relative.cue.side, verb.cue.side} == {"supply", "receive"}:
            # "has not yet delivered the NIMR vehicles that the Marshall Islands ordered": the
            # main verb's status, the relative clause's party on the other side
            party = (relative.agent,)
            return replace(verb, reduced=((), party) if relative.cue.side == "receive" else (party, ()))
        if verb is not None and relative is None and noun is None and verb.cue.side == "supply" and \
                (buyer := self._participle_buyer(m, clause_end)):
            return replace(verb, reduced=((), buyer))  # the main verb's stage, the participle's buyer
        if relative is not None and relative.agent and relative.cue.side in ("receive", "supply") and verb is None and \
                (arrival := self._following_verb(relative.end, self.ctx.sentences[m.sentence].end)) is not None \
                and (arrival.cue.side == "arrive" or arrival.passive and arrival.cue.side == "supply" and
                     not self._NOT_DONE.search(self._main_words(relative.end, arrival.start))):
            # "The first three of the 42 Rafale fighters that Jakarta ordered from France arrived",
            # "The F-16s that Denmark promised to Ukraine were delivered": the arrival or handover
            # is the mention's own verb, the buyer or seller the relative clause's agent
            if relative.cue.side == "receive":
                parties = ((), (relative.agent,))
            else:
                parties = ((relative.agent,), tuple(self._after_preposition(relative.end, arrival.start, ("to", "for"))))
            # (its own auxiliaries qualify it: "... will be delivered next year")
            return replace(arrival, reduced=parties,
                           context_start=arrival.start - len(self._auxiliaries(relative.end, arrival.start)))
        if relative is not None:
            return relative
        if noun is not None:
            return noun
        if verb is not None:
            return verb
        if (listed := self._verb_after_list(m)) is not None:
            return listed
        reduced = self._reduced_relative(m, clause_end)
        aside = None if reduced else self._after_maker_aside(m)
        if aside is not None:
            return aside
        if reduced and reduced[0] >= clause_end and self.ctx.folded.startswith(",", reduced[0]):
            # "The Gripens, ordered by Thailand from Sweden, arrived at Surat Thani": the verb
            # after the participle's closing comma is the mention's own
            following = self._following_verb(reduced[0] + 1, self._clause_end_after(reduced[0] + 1))
        elif not reduced and (aside_end := self._noun_aside_end(m)) is not None:
            # "INS Kirpan, a Khukri-class corvette, was given to Vietnam": an apposition (itself
            # a mention) read over, the verb after its closing comma is both mentions' own
            following = self._following_verb(aside_end, self._clause_end_after(aside_end))
        elif not reduced and (named := self._NAMES_ASIDE.match(self.ctx.text, self._after_for_actor(m.end))):
            # "The first two ships, the Walo and the Niani, were handed over": names in
            # apposition read over, the verb after them is the mention's own
            following = self._following_verb(named.end(), self._clause_end_after(named.end()))
        else:
            following = self._following_verb(reduced[0] if reduced else m.end, clause_end)
        if following is not None and reduced:
            return replace(following, context_start=reduced[0], reduced=reduced[1].reduced)
        if following is not None and (following.cue.side == "arrive" or following.passive and
                                      following.cue.side == "supply") and \
                self._ORDER_PARTICIPLE.match(self.ctx.folded, m.end, following.start):
            # "the 30 Rafale jets ordered in 2021 landed on Monday", "eight of the 36 Gripen E/F
            # ordered in 2014 have been handed over": a participle with no parties names the
            # order, whose stage and year are not the arrival's or the handover's
            return replace(following, reduced=((), ()),
                           context_start=following.start - len(self._auxiliaries(m.end, following.start)))
        if following is not None:
            return following
        if reduced:  # "will join the eight A-29B aircraft delivered to the FARD in 2009": its own words qualify it
            return replace(reduced[1], context_start=reduced[1].start)
        listed = self._list_cue(m)
        if listed is not None:
            return listed
        if ci > 0:
            # "handed the Tajik border troops a package of military aid that included ... 20 heavy
            # machine guns": the items a package includes take the verb that governs the package
            sentence_start = self.ctx.sentences[m.sentence].start
            container = self._CONTAINER_INCLUDES.search(self.ctx.folded, max(sentence_start, m.start - 150), m.start)
            anchor = container.start() if container else m.start
            earlier = self._nearest_verb(max(sentence_start, anchor - 60), clause_start)
            if earlier is not None and (listed := self._cue_of_list(m, earlier)) is not None:
                return listed  # ("missiles built in India under licence, mortars": the list's verb)
            if earlier is not None and not self._in_fronted_clause(m, earlier):
                return earlier
        last = partner = self._coordinated_mention(m)
        end = clause_end
        if partner is not None and not self._OBJECT_BEFORE.search(
                self.ctx.folded, max(self.ctx.sentences[m.sentence].start, (first := self._list_first(m)).start - 60),
                first.start):
            # "Su-30s, Mi-35 helicopters, tanks and Buk-M2 systems had been shipped": the verb
            # after the list's last item is each item's (but "each armed with Otomat missiles,
            # Aspide missiles and a gun, were retired": a preposition's objects)
            while (partner := self._coordinated_mention_at(partner.end)) is not None:
                last = partner
            end = max(clause_end, self._clause_end_after(last.end))
        following = self._following_verb(last.end, end) if last else None
        return following or self._headline_cue(m)

    def _auxiliaries(self, start: int, end: int) -> str:
        """The auxiliaries and adverbs right before `end` (after `start`): "will be ", "had not been "."""
        found = self._AUXILIARIES_BEFORE.search(self.ctx.folded, start, end)
        return found.group(0) if found else ""

    def _main_words(self, start: int, end: int) -> str:
        """The words of the main clause right before a verb at `end` that follows a relative
        clause at `start`: those after its closing comma ("..., not one had been "), else its
        auxiliaries."""
        gap = self.ctx.folded[start:end]
        return gap.rsplit(",", 1)[1] if "," in gap else self._auxiliaries(start, end)

    _NOT_DONE = re.compile(r"\b(?:not|never|none|no|will|would|shall|should|could|may|might|yet|expected|due|set|scheduled|to)\s")
    _AUXILIARIES_BEFORE = re.compile(r"(?:\b(?:will|would|shall|should|could|may|might|is|are|was|were|has|have|had|"
                                     r"been|be|being|not|now|yet|still|finally|already|to|expected|due|set|"
                                     r"scheduled)\s+)+$")

    def _share_of(self, m: Mention, parts, ci) -> bool:
        """A supplier's share of the imports the mention is of stands before it in its clause
        (lexicon.SHARE_OF: "China supplied 81 percent of Pakistan's arms imports")."""
        return bool(lx.SHARE_OF.search(self.ctx.folded, max(parts[ci][0], m.start - 80), m.start))

    def _next_mention(self, position: int) -> Mention | None:
        """The first mention that starts after `position`, if any."""
        index = bisect.bisect_right(self._mention_starts, position)
        return self.mentions[index] if index < len(self.mentions) else None

    def _before_next_mention(self, position: int, end: int) -> int:
        """`end`, or the start of the first mention after `position` when it comes before `end`:
        a passive's by-agent is not one that follows another weapon's participle ("MiG-29 jets
        bought from Belarus and Mirage 2000P aircraft supplied by France")."""
        following = self._next_mention(position)
        return following.start if following is not None and following.start < end else end

    def _previous_mention(self, m: Mention) -> Mention | None:
        """The mention just before `m`, if any."""
        index = bisect.bisect_left(self._mention_starts, m.start) - 1
        return self.mentions[index] if index >= 0 else None

    def _cue_of_list(self, m: Mention, participle: CueHit) -> CueHit | None:
        """The verb cue that governs the mention before `m`, when `participle` stands right
        after that mention (its reduced relative: _participle_of_another) and the verb before
        it in the sentence: `m` is the next item of a list the verb governs ("agreed to buy
        rocket launchers, missiles built in India under licence, mortars ..."). None otherwise."""
        if not self._participle_of_another(participle, m):
            return None
        other = self._previous_mention(m)
        if other.sentence != m.sentence:
            return None
        hit = self._cue_of.get(other.start)
        if hit is None or hit is participle or hit.cue.form != "verb" or hit.end > other.start:
            return None
        return hit

    def _participle_of_another(self, verb: CueHit, m: Mention) -> bool:
        """The verb stands right after another mention before `m` (only white space between):
        a reduced relative of that mention ("MiG-29 jets bought from Belarus")."""
        other = self._previous_mention(m)
        return other is not None and other.end <= verb.start and not self.ctx.folded[other.end:verb.start].strip()

    # "diverted a cargo ship carrying ...": the words between an interdiction and the carrying verb
    # (and where it was stopped: "a wooden dhow in the Red Sea carrying ...")
    # ... its words, up to two places or times ("in the Red Sea on Thursday") and a relative
    # pronoun with its auxiliary ("seized a freighter ... that was carrying")
    _VEHICLE_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,5}(?:(?:in|off|near|on|at)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}){0,2}"
                                  r"(?:(?:that|which)\s+(?:was|were|had been)\s+)?$")

    def _interdicted_carrier(self, verb: CueHit | None, m: Mention) -> CueHit | None:
        """"diverted a cargo ship carrying armoured vehicles": a vehicle that carries the
        mention (a Theme cue such as "carrying") was itself seized or diverted; the
        interdiction governs the mention (codebook, "Status": interdiction)."""
        if verb is None or verb.cue.side != "arrive" or verb.cue.form != "verb":
            return None
        sentence = self.ctx.sentences[m.sentence]
        for start, end, _, cue in reversed(self.ctx.verb_hits_starting(max(sentence.start, verb.start - 60), verb.start)):
            if not self._VEHICLE_BETWEEN.fullmatch(self.ctx.folded, end, verb.start):
                break
            if cue.side == "interdict" and cue.form == "verb":
                return CueHit(cue, start, end)  # (a hit between is part of the vehicle: "cargo ship")
        return None

    def _headline_cue(self, m: Mention) -> CueHit | None:
        """"Arms for Peru", "More F-16s to Ukraine": a headline with no verb, read by the
        frame rows of form `headline` right after the mention (or a list it ends)."""
        if m.sentence != 0 or not self.ctx.opens_with_headline:
            return None  # the headline: a first line of its own
        end = m.end
        while (partner := self._coordinated_mention_at(end)) is not None:
            end = partner.end
        after = self.ctx.folded[end:self.ctx.sentences[0].end]
        for pattern, cue in lx.HEADLINE_CUE_RES:
            found = pattern.match(after)
            if found and self._after_preposition(end, self.ctx.sentences[0].end, (found.group(0).strip(),)):
                words = found.group(0)
                return CueHit(cue, end + len(words) - len(words.lstrip()), end + found.end())
        return None

    def _coordinated_mention_at(self, end: int) -> Mention | None:
        """The mention after "and" or a comma that follows the words ending at `end`, in the
        same sentence ("ten K2 tanks and two dozen K9 howitzers arrived")."""
        for other in self.mentions[bisect.bisect_left(self._mention_starts, end):]:  # (from the first at `end` on)
            if other.start >= end:
                joint = self.ctx.folded[end:other.left_stop if other.left_stop > end else other.start]
                same = self.ctx.sentence_index(end - 1) == other.sentence
                return other if same and self._COORDINATION.fullmatch(joint) else None
        return None

    _COORDINATION = re.compile(r",?\s+(?:and|or)\s+(?:[\w-]+\s+){0,3}|,\s+")

    def _participle_buyer(self, m: Mention, clause_end: int) -> tuple[str, ...]:
        """The buyer a participle of purchase right after the mention names: "Embraer has
        delivered 12 A-29 aircraft ordered by Chile" (CHL); () when none does."""
        reduced = self._reduced_relative(m, clause_end)
        return reduced[1].reduced[1] if reduced and reduced[1].cue.side == "receive" else ()

    def _reduced_relative(self, m: Mention, clause_end: int, held: bool = False):
        """A past participle right after the mention with its own parties: "the Gripen fighters
        ordered by Thailand from Sweden", "rifles supplied by Iran to the Houthis". Returns
        (where it ends, a passive CueHit for the participle whose `reduced` holds its
        (suppliers, recipients)) or None. `held`: the main verb before the mention is its
        holder's ("Poland will retire T-72 tanks supplied by the Soviet Union": _its_owner)."""
        found = lx.REDUCED_RELATIVE.match(self.ctx.folded, m.end, clause_end)
        if found is None and self.ctx.folded.startswith(",", m.end) and clause_end <= m.end + 1:
            # "The Mirage 2000s, bought from France in the 1980s, are ...": the comma closed the clause
            found = lx.REDUCED_RELATIVE.match(self.ctx.folded, m.end, clause_end := self._clause_end_after(m.end + 1))
        if found is None and self._related_antecedent(m):
            # "The first boat, ordered in 2017, is still being built": an anaphor's participle
            # between commas, with no parties of its own (they are the antecedent's)
            found = self._ANAPHOR_PARTICIPLE.match(self.ctx.folded, m.end, clause_end := self._clause_end_after(m.end + 1))
        if found is None:
            return None
        participle = found.group(1)
        cue = next((cue for pattern, cue in lx.VERB_CUE_RES if pattern.fullmatch(participle)), None)
        if cue is None or cue.side not in ("supply", "receive"):
            return None
        start = found.start(1)
        tail = self.ctx.folded[found.end():clause_end]
        stop = _compiled(r"\s(?:arriv\w*|land(?:s|ed|ing)?|reach\w*|will|would|was|were|is|are|has|have|had|went|"
                         r"entered|touched|joined|took|began|started)\b|[,;]").search(tail)  # (not "Israel")
        end = found.end() + (stop.start() if stop else len(tail))
        end = self._before_next_mention(found.end(), end)  # "bought from Belarus and Mirage 2000P aircraft supplied by France"
        by = self._after_preposition(start, end, ("by",))
        source = self._after_preposition(start, end, ("from",))
        target = self._after_preposition(start, end, ("to", "for"))
        owner = self._its_owner(m, set(by + source + target), held)
        if cue.side == "receive":
            parties = (tuple(source), tuple(by) or owner)
        else:
            parties = (tuple(by + source), tuple(target) or owner)
        if not parties[0] and not parties[1] and not self._related_antecedent(m):
            return None  # (an anaphor's participle keeps its own stage: "The first boat, ordered in 2017, ...")
        return end, CueHit(cue, start, found.end(1), passive=True, reduced=parties)

    # a participle of purchase right after the mention: "the 30 Rafale jets ordered in 2021 landed"
    _ORDER_PARTICIPLE = re.compile(r"\s+(?:(?:\w+ly|already|previously|originally|first)\s+)?(?:ordered|bought|"
                                   r"purchased|acquired|procured|contracted)\b")

    _ANAPHOR_PARTICIPLE = re.compile(r",\s*(?:(?:\w+ly|already|previously|originally|first|later)\s+)?(ordered|bought|"
                                     r"purchased|acquired|procured|leased|sold|supplied|delivered|donated|gifted|"
                                     r"provided|sent|shipped|transferred|exported|pledged|promised)\b")

    # a maker's words between commas right after the mention, no transfer of their own
    _MAKER_ASIDE = re.compile(r",\s*(?:which\s+(?:were|was|are|is)\s+)?(?:(?:\w+ly|partly|jointly)\s+)?"
                              rf"(?:{lx.MAKER_PARTICIPLES}|assembled)\s+(?:by|in|at|with|under)\b")

    _MAKING = re.compile(r"(?:co-)?(?:built|made|manufactured|produced|assembled|licen[cs]e-built)")

    def _after_maker_aside(self, m: Mention) -> CueHit | None:
        """The mention's own verb after a maker's words set off by commas: "The two
        Guardian-class boats, built by Austal at its yard in Henderson, south of Perth, were
        donated by Australia", "The vehicles, produced by Norinco, were unloaded at Douala".
        Up to three commas are tried for the one that closes the aside; None if no passive or
        arrival verb opens the clause after any of them."""
        found = self._MAKER_ASIDE.match(self.ctx.folded, m.end)
        if found is None:
            return None
        sentence_end = self.ctx.sentences[m.sentence].end
        position = found.end()
        for _ in range(3):
            comma = self.ctx.folded.find(",", position, sentence_end)
            if comma < 0:
                return None
            hit = self._following_verb(comma + 1, self._clause_end_after(comma + 1))
            if hit is not None and self._MAKING.fullmatch(self.ctx.folded, hit.start, hit.end):
                return None  # "..., will be assembled partly in Norway": production again, no transfer
            if hit is not None and hit.cue.side in ("supply", "receive", "arrive"):
                return replace(hit, context_start=comma + 1)
            if hit is not None:
                return None
            position = comma + 1
        return None

    def _related_antecedent(self, m: Mention) -> bool:
        """The mention is an anaphor whose antecedent was read with a party."""
        return m.anaphoric and m.antecedent is not None and any(
            r.supplier or r.recipient for r in self.related.get(m.antecedent.start, ()))

    # a state's force or fleet said to consist of the weapons: "Lima's fighter fleet consists of"
    _HOLDING = re.compile(r"'s?\s+(?:[\w-]+\s+){0,3}?(?:fleet|inventory|arsenal|forces?|navy|army|air force)\s+"
                          r"(?:(?:now|still|largely|mainly|mostly)\s+)?(?:consists? of|comprises?|includes?|is made up of)\b")

    def _its_owner(self, m: Mention, others: set[str], held: bool = False) -> tuple[str, ...]:
        """Who "Peru's" or "its" before the mention stands for ("Peru's Mirage 2000s, bought
        from France"; "Peru will replace its MiG-29s bought from Belarus"): the possessor, else
        for its/their the one state the sentence names before the mention, other than `others`
        (of several, the subject of the last transfer verb, else the one that opens the sentence);
        with no possessive, the
        state whose force the sentence says consists of the weapons (`_HOLDING`), or, when the
        main verb is the holder's (`held`: "Poland will retire T-72 tanks supplied by ..."),
        the state the sentence names before the mention as for its."""
        if m.possessor:
            return (m.possessor,)
        sentence = self.ctx.sentences[m.sentence]
        if m.determiner not in lx.POSSESSIVES and not held:
            holding = self._HOLDING.search(self.ctx.folded, sentence.start, m.start)
            holder = self.ctx.actor_end.get(holding.start()) if holding else None
            # "Lima's fighter fleet consists of MiG-29 jets bought from Belarus": the fleet's owner
            return (holder.value[0],) if holder is not None and holder.value[0] not in others else ()
        # (a demonym only as a force: "The Polish army will retire its T-72 tanks")
        named = [a for a in self._actors_between(sentence.start, m.start)
                 if (a.value[1] != "demonyms" or lx.FORCES.match(self.ctx.folded, a.end)) and a.value[0] not in others]
        if len({a.value[0] for a in named}) == 1:
            return (named[0].value[0],)
        # several: the subject of the last transfer verb before it ("Saab's chalet drew a Colombian
        # delegation days after Petro announced that Bogota would buy the Gripen to replace its
        # Kfirs"), else the sentence's subject ("Peru wants fighters from Sweden to replace its MiG-29s")
        subjects = [a for a in named if self._subject_of_verb_at(a.start)]
        if subjects:
            return (subjects[-1].value[0],)
        return (named[0].value[0],) if named and named[0].start - sentence.start <= 20 else ()

    def _clause_end_after(self, position: int) -> int:
        """Where the clause that starts after `position` ends (text.clauses of its sentence)."""
        index = self.ctx.sentence_index(position)
        return next((end for start, end in self._clauses(index) if start >= position), self.ctx.sentences[index].end)

    # (a part noun may end the item before: "anti-ship missile components, grenade launchers")
    # an appositive list closed by a comma before the verb's to-object (_list_end)
    _APPOSITION_CLOSED = re.compile(r"\s*,\s*(?:including|such as|notably|among them)\s[^;.]*?,\s*(?=(?:to|into|for)\s)")
    _APPOSITION_OPEN = re.compile(r",\s*(?:including|such as|notably|among them)\s[^;.,]*$")
    _APPOSITION_REST = re.compile(r"[^;.]*?,\s*(?=(?:to|into|for)\s)")
    # ... and a measure phrase before the next item: "a batch of rifles", "two shipments of shells"
    _LIST_JOINT = re.compile(r"(?:\s+(?:components|parts|kits|spares))?"
                             r"(?:,\s*(?:and\s+|or\s+|as well as\s+|plus\s+)?|\s+(?:and|or|as well as|plus|along with)\s+)"
                             r"(?:(?:the|some|several|dozens of|hundreds of|thousands of|millions of|a|an)\s+)?"
                             r"(?:(?:[\w-]+\s+)?(?:batch|batches|number|numbers|quantity|quantities|consignment|"
                             r"consignments|shipment|shipments|set|sets|pair|pairs|lot|lots|stock|stocks|rounds|boxes|"
                             r"crates)\s+of\s+)?")

    def _list_end(self, m: Mention, parts, clause_end: int) -> int:
        """Where the clause of the last item of the list that `m` opens ends: "will receive 155
        mm shells, torpedoes and night-vision goggles from Norway" (the from-object is every
        item's)."""
        folded = self.ctx.folded
        if (closed := self._APPOSITION_CLOSED.match(folded, m.end)) or (
                self._APPOSITION_OPEN.search(folded, self.ctx.sentences[m.sentence].start, m.start) and
                (closed := self._APPOSITION_REST.match(folded, m.end))):
            # "Egypt sent weapons, including artillery, to Mogadishu": the to-object after the
            # appositive list is the verb's, for the head noun and the items alike
            return max(clause_end, parts[clause_at(parts, closed.end())][1])
        last = m
        for other in self.mentions[bisect.bisect_left(self._mention_starts, m.end + 1):]:
            if other.start < last.end + 1:
                continue
            if other.sentence != m.sentence or not self._LIST_JOINT.fullmatch(self.ctx.folded, last.end, other.left_stop):
                break
            last = other
        return clause_end if last is m else max(clause_end, parts[clause_at(parts, last.start)][1])

    def _list_cue(self, m: Mention) -> CueHit | None:
        """"operates Russian MiG-29M jets, Ka-52 attack helicopters and German-built Type 209
        submarines": an item of a list takes the verb or noun cue of the item before it, when
        only a comma or "and" stands between them and the cue comes before the list."""
        # (only the mentions that start in m's sentence before m: one that starts later ends
        # after m's start, one before the sentence is another sentence's; mentions are in text order)
        first = bisect.bisect_left(self._mention_starts, self.ctx.sentences[m.sentence].start) if m.sentence >= 0 else 0
        for other in reversed(self.mentions[first:bisect.bisect_left(self._mention_starts, m.start)]):
            if other.end > m.start or other.sentence != m.sentence:
                continue
            hit = self._cue_of.get(other.start)
            joint_start = self._item_source_end(other.end, m.left_stop)
            joint = self.ctx.folded[joint_start:m.left_stop]
            if hit is not None and hit.start < other.start and hit.cue.form in ("verb", "noun") and \
                    (self._LIST_JOINT.fullmatch(joint) or self._gapped_joint(m, other)):
                return hit
            return None
        return None

    _ITEM_SOURCE = re.compile(r"\s+(?:from|to)\s+(?:the\s+)?")

    def _item_source_end(self, start: int, end: int) -> int:
        """Where an item's own from- or to-object ends, when one follows the item at `start`
        ("Wing Loong aircraft from China, TB2s from Turkey and Mohajer-6 drones from Iran":
        each item names its supplier, and the list still shares its verb); `start` when none
        does, or when it runs past `end`."""
        found = self._ITEM_SOURCE.match(self.ctx.folded, start, end)
        actor = self.ctx.actor_at.get(found.end()) if found else None
        return actor.end if actor is not None and actor.end <= end else start

    # a comma or "and", and a possessive, before the maker of a list item whose verb is left out
    _GAP_OPENING = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w-]+(?: [\w-]+)?'s?\s+)?")

    def _gapped_joint(self, m: Mention, other: Mention) -> bool:
        """Only a comma or "and" and the item's own maker stand between `other` and `m`: "is
        offering the Gripen E, Lockheed Martin the F-16 Block 70" (mentions._gapped_maker)."""
        gap = next(((s, e) for s, e in m.origin_spans if other.end <= s and e <= m.left_stop), None)
        return gap is not None and not self.ctx.folded[gap[1]:m.left_stop].strip() and \
            bool(self._GAP_OPENING.fullmatch(self.ctx.folded, other.end, gap[0]))

    def _coordinated_mention(self, m: Mention) -> Mention | None:
        """"ten K2 tanks and two dozen K9 howitzers arrived": the mention after "and"."""
        return self._coordinated_mention_at(m.end)

    def _noun_cue(self, m: Mention, clause_start: int) -> CueHit | None:
        """A transfer noun right before the mention: "the sale of 24 F-16s"."""
        window_start = max(clause_start, m.left_stop - 100)
        before = self.ctx.folded[window_start:m.left_stop]
        if not lx.ANY_NOUN_CUE.search(before):
            return None
        for pattern, cue in lx.NOUN_CUE_RES:
            found = _last_match(pattern, before)
            if found and _compiled(r"[\s\w,'-]{0,40}").fullmatch(before[found.end():]) and \
                    not _compiled(r"\b(?:(?<!\bup )(?<!\bclose )to|and|which|that)\b").search(before[found.end():]):
                return CueHit(cue, window_start + found.start(), window_start + found.end())
        return None

    def _verb_hits(self, position: int) -> list[tuple[int, int, lx.Cue]]:
        """Every verb cue of the sentence around `position`, in text order (found once)."""
        index = max(0, bisect.bisect_right(self.ctx.sentence_starts, position) - 1)  # also between sentences
        if self._verbs_by_sentence is None:
            self._find_all_verbs()
        return self._verbs_by_sentence.get(index, [])

    def _find_all_verbs(self) -> None:
        """One pass of each verb pattern over the whole document (not one per sentence:
        the patterns are many, the calls were the cost), the hits then filed by sentence."""
        by_sentence: dict[int, list] = {i: [] for i in range(len(self.ctx.sentences))}
        spans = sorted((m.start, m.end) for m in self.mentions)
        starts = [start for start, _ in spans]
        for start, end, order, cue in self.ctx.verb_hits:
            if not self.ctx.folded.endswith(("ed", "en"), start, end) and \
                    (self._DETERMINER_BEFORE.search(self.ctx.folded, max(0, start - 8), start) or
                     self._RECEIVED_BEFORE.search(self.ctx.folded, max(0, start - 14), start)):
                continue  # "the ship", "a supply", "its order", "has received offers": a noun, not a verb
            word = self.ctx.folded[start:end]
            if word in lx.VERB_NOUN_HOMOGRAPHS and \
                    self._DETERMINER_WORD_BEFORE.search(self.ctx.folded, max(0, start - 30), start):
                continue  # "the perfect ship", "a new order": a base form after a determiner and a word
            if word.removesuffix("s") in lx.VERB_NOUN_HOMOGRAPHS and \
                    self._NOUN_AFTER_PREPOSITION.search(self.ctx.folded, max(0, start - 6), start):
                continue  # "a demonstration by ships, submarines and aircraft": a noun after a preposition
            inside = bisect.bisect_right(starts, start) - 1
            if inside >= 0 and spans[inside][0] < start < spans[inside][1]:
                continue  # a word of a weapon's name: "F-16 Block 70" blocks nothing
            index = bisect.bisect_right(self.ctx.sentence_starts, start) - 1
            if index >= 0 and end <= self.ctx.sentences[index].end:
                by_sentence[index].append((start, end, cue))
        self._verbs_by_sentence = by_sentence

    _DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+$")
    # A determiner and one word that is no plural, modal, negation, adverb or "to": a base
    # form of lexicon.VERB_NOUN_HOMOGRAPHS after them is a noun ("the perfect ship"; not "the
    # US will ship", "the allies ship", "the decision to ship")
    _DETERMINER_WORD_BEFORE = re.compile(
        r"\b(?:the|a|an|this|that|its|their|his|her|our|your)\s+"
        r"(?!(?:to|will|would|can|could|may|might|must|shall|should|not|also|and|or|did|do|does)\b)"
        r"[a-z-]+(?<!s)(?<!ly)\s+$")
    _RECEIVED_BEFORE = re.compile(r"\b(?:received|receives|receive|got|gets|obtained|rejected|declined)\s+$")
    _NOUN_AFTER_PREPOSITION = re.compile(r"\b(?:by|of|with|from|for|on|in|at|into)\s+$")

    def _after_weapon(self, start: int) -> bool:
        """A weapon's mention ends right before `start` (one space between): a verb of supply
        there is a participle that modifies it, a reduced relative ("relied on armed drones
        supplied from abroad: Wing Loong aircraft from China"), whose agent is no subject
        before it: a weapon buys or supplies nothing."""
        return start - 1 in self._mention_ends and self.ctx.folded[start - 1] == " "

    # a force right before a participle of equipping, an adverb between at most: "modernises forces
    # long equipped with American and French hardware" (the forces are equipped: a passive)
    _FORCE_BEFORE = re.compile(rf"\b(?:{lx.FORCE_NOUNS}|units|brigades|battalions|squadrons|regiments|fleets|"
                               r"militias|fighters|rebels|soldiers)\s+(?:(?:\w+ly|long|still|now)\s+)?$")

    def _after_force(self, start: int, end: int) -> bool:
        """A participle of equipping ("equipped", "re-equipped", "rearmed") right after a force
        noun: a reduced relative of the force, which is equipped, not its subject."""
        return self.ctx.folded.startswith(("equipped", "re-equipped", "rearmed"), start) and \
            bool(self._FORCE_BEFORE.search(self.ctx.folded, max(0, start - 40), start))

    _ADJECTIVAL = re.compile(r"(?:assembled|produced|built|made|manufactured|designed|used|supplied|retired|"
                             r"decommissioned|mothballed|stored|inherited)\s*$")

    def _nearest_verb(self, start: int, end: int, limit: int | None = None) -> CueHit | None:
        """The last verb cue in [start, end), passing over participles that stand right
        before the mention as adjectives ("locally assembled Gripen jet"). With `limit` (the
        mention's start), also a verb that overlaps the words read as the mention's left
        context: "handed over 35 ..." ("over" is also an approximation), "Sweden used ..."."""
        def within(hit) -> bool:
            if hit[1] <= end:
                return True
            return limit is not None and hit[1] <= limit and (hit[0] < end or self._has_subject_before(hit[0]))
        sentence_hits = self._verb_hits(start)
        hits = [hit for hit in sentence_hits if start <= hit[0] and within(hit)]
        for hit_start, hit_end, cue in reversed(hits):
            if any(found.start(1) not in self.ctx.actor_at and not any(h[0] == found.start(1) for h in sentence_hits)
                   for found in self._TO_VERB.finditer(self.ctx.folded, hit_end, end)):
                continue  # "vowed to destroy the fighters", "chose the Orka to replace its boats"
            if self._SAID_AFTER.search(self.ctx.folded, hit_end, end):
                continue  # "Analysts who studied the images said the cargo included ... rifles": the speaker's verb
            adjectival = self._ADJECTIVAL.search(self.ctx.folded[hit_start:hit_end]) and \
                self._MODIFIERS_ONLY.fullmatch(self.ctx.folded[hit_end:end]) and \
                not self._OBJECT_WORD.match(self.ctx.folded, hit_end) \
                and not self._has_subject_before(hit_start)
            if not adjectival:
                passive = cue.side in ("supply", "receive") and bool(  # (only those: looked for then)
                    _compiled(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$").search(
                        self.ctx.folded[max(0, hit_start - 30):hit_start]) or self._after_weapon(hit_start)
                    or self._after_force(hit_start, hit_end))
                # "is seeking", "is shopping for": a progressive, not a passive; "is keen on",
                # "is interested in": an adjective; "is in talks with": a prepositional phrase
                participle = passive and not _compiled(r"\w+ing\b|interested\b|keen\b|in\b").match(
                    self.ctx.folded, hit_start, hit_end)
                return CueHit(cue, hit_start, hit_end, passive=passive and participle)
        return None

    # A report's verb between a cue and the mention: the cue is its speaker's, the mention in
    # what was said ("Analysts who studied the images said the cargo included rifles"); not a
    # report inside the object ("received what officials said were 12 jets")
    _SAID_AFTER = re.compile(r"\b(?:said|says|say|told|stated|added|noted|warned|believe[sd]?)\b"
                             r"(?!\s+(?:were|was|are|is|to|had|have|has|would)\b)")

    # A determiner or number right after a participle makes it a verb: "supplied the ...".
    _OBJECT_WORD = re.compile(r"\s+(?:the|a|an|such|those|these|its|their|his|her|our|\d+|more|over|some|about|"
                              r"around|nearly|almost|dozens|hundreds|several|many|at least|up to)\b")

    # "vowed to destroy", "offered to train": a verb after "to" that is no transfer cue.
    _TO_VERB = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b|be\b|have\b)([a-z]+)\b")

    # Between an adjectival participle and the mention: at most a few modifiers
    # ("decommissioned Maestrale-class frigates"), no determiner or preposition.
    _MODIFIERS_ONLY = re.compile(r"(?:\s+(?!(?:the|a|an|to|for|from|of|by|with|and|or|its|their)\b)[\w-]+){0,3}\s*")

    _SUBJECT_END = re.compile(r"\b(?:has|have|had|it|they|which|who|that|and|also|already|reportedly|"
                              r"itself|themselves|never|not|recently|previously|first|once|long|countries|states|"
                              r"nations|governments|allies|partners|members|officials|firms|companies|enterprises|corporations|"
                              r"manufacturers|makers|producers|suppliers|contractors|exporters|dealers|brokers|traders|shipyards|"
                              rf"{lx.FORCE_NOUNS}|militias?|rebels)\s+$")

    _ADVERB_END = re.compile(r"\b(?:\w+ly|earlier|later|then|since|subsequently|again|now|still|soon|eventually)\s+$")

    def _has_subject_before(self, position: int) -> bool:
        """A participle right after its subject is a verb: "Turkey supplied armoured vehicles"
        (not "locally assembled jets"), and so is one after its subject and an adverb ("Australia
        earlier supplied", "had quietly sold")."""
        before = self.ctx.folded[max(0, position - 30):position]
        if self._SUBJECT_END.search(before):
            return True
        if (adverb := self._ADVERB_END.search(before)) is not None:
            # "Australia earlier supplied", "Canberra had quietly sold": the subject before the adverb
            return self._has_subject_before(position - len(before) + adverb.start())
        gap = len(before) - len(before.rstrip())
        actor = next((a for a in self._actors_between(max(0, position - 60), position)
                      if a.end == position - gap), None)
        return actor is not None and actor.value[1] != "demonyms"

    _RELATIVE = re.compile(r",?\s*(?:that|(?:(?:at least|at most|only|all but)\s+)?(?:some|many|most|all|several|none|half|"
                           r"each|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|part|the rest|the first|"
                           r"the last)\s+of\s+which|which|"
                           # a copula before the relative: "The jets are the first of the 24 that
                           # Argentina bought from Denmark", "The tanks were among the 50 that"
                           r"\s(?:are|is|were|was)\s+(?:(?:among|part of|one of|some of|the (?:first|last|second|"
                           r"third|latest|final|next)(?:\s+(?:two|three|four|five|six|\d+))?\s+of)\s+)?the\s+"
                           r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|ones?)\s+)"
                           r"(?:that|which))\s+(?:the\s+)?")  # ("some of which Belarus had sold")
    _OF_WHICH = re.compile(r"\bof\s+which\b")
    _QUESTION_AUXILIARY = re.compile(r"(?:did|does|do|will|would|could|can|should|has|have|had)\s+(?:the\s+)?")
    # the relative clause's actor reports its verb: "which Belarus confirmed it had sold to the
    # UAE" (a pronoun after the report: the actor is the verb's agent), "which Bratislava
    # confirmed had reached Ukraine" (none: the relative pronoun is the verb's subject)
    _REPORT_AFTER_ACTOR = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:said|says|confirmed|confirms|admitted|admits|"
                                     r"acknowledged|acknowledges|stated|states|announced|announces|reported|reports)"
                                     r"\s+(?:that\s+)?(?:(it|they)\s+)?")
    # a report inside a relative clause, its verb's subject the relative pronoun: "rifles that
    # officials said were sent by Iran", "drones which investigators believe had been supplied"
    _RELATIVE_REPORTED = re.compile(r",?\s*(?:that|which)\s+(?:[\w'-]+\s+){1,3}?(?:said|say|says|believe|believed|"
                                    r"alleged|allege|claimed|claim|suspect|suspected)\s+(?=(?:were|was|had|have|has|are|is)\b)")
    _AUXILIARIES = r"\s*(?:(?:has|have|had|will|would|is|was|were|are)\s+)?(?:been\s+)?"
    _AUXILIARY = re.compile(_AUXILIARIES + r"(?:\w+ly\s+)?")
    # ... after a relative pronoun, other adverbs too: "the HIMARS launchers that Washington has
    # already delivered to Kyiv" (not in a zero relative: "the boats Brazil already builds")
    _AUXILIARY_AFTER_PRONOUN = re.compile(_AUXILIARIES + r"(?:(?:\w+ly|already|also|since|just|now|first|later)\s+)?")

    # a passive's auxiliary before a relative clause's participle of supply or purchase, an
    # adverb between them allowed: "six frigates, which were later sold to Indonesia" (a verb
    # of use or arrival is read as active: "S-300VM systems that were first paraded in 2013"
    # after "Moscow supplied" keeps the main verb)
    _PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:(?:\w+ly|already|also|since|just|now|first|later|then|"
                                 r"soon|never|not)\s+)?$")

    # A sentence that opens with the mention's noun phrase, or with a preposition before it, has
    # no subject of its own before a pronoun in its relative clause: "The MiG-29s it acquired
    # from the Soviet Union ...", "Apart from the MiG-29 fighters and Su-24 bombers it acquired
    # ..." (not "The Navy did not publish a breakdown of the munitions it is buying")
    _OPENS_WITH_MENTION = re.compile(r"\W*(?:(?:apart from|aside from|besides|beside|except for|other than|unlike|"
                                     r"along with|together with|in addition to)\b[^,;:]*|"
                                     r"(?:(?:the|its|their|all|both|some|most|many|several|these|those)\s+)*"
                                     r"(?:(?:[\w/-]+\s+){1,3}?(?:and|,)\s+(?:(?:the|its|their)\s+)?)?)")  # (a list's last item)

    def _relative_clause(self, m: Mention) -> CueHit | None:
        """A relative clause right after the mention: "the F-35 fighters that Ankara had
        ordered" (its actor is the cue's agent) or "S-400 systems, which arrived in Ankara"; with
        no relative pronoun, an actor and a verb of buying or selling ("the 18 FA-50 light combat
        aircraft Kuala Lumpur ordered in 2023")."""
        start = m.end
        relative = self._RELATIVE.match(self.ctx.folded, start)
        if relative is not None and (reported := self._RELATIVE_REPORTED.match(self.ctx.folded, start)) and \
                not self._actors_between(relative.end(), reported.end()):
            relative = reported  # "rifles that officials said were sent by Iran": the report read over
        zero = relative is None
        if zero:
            relative = _compiled(r"[^\S\n]+").match(self.ctx.folded, start)  # (never into the next line)
            if relative is None:
                return None
            if (asked := self._QUESTION_AUXILIARY.match(self.ctx.folded, relative.end())) is not None and \
                    self.ctx.folded[self.ctx.sentences[m.sentence].end - 1:self.ctx.sentences[m.sentence].end] == "?":
                relative = asked  # "How many F-16s did Denmark promise Ukraine?": the question's object
        if self.ctx.actor_at.get(relative.end()) is None and (pronoun := self._PRONOUN.match(self.ctx.folded, relative.end())):
            # "The Netherlands confirmed that the last of the 24 F-16 fighters it promised to Kyiv
            # had now been handed over": the pronoun is the sentence's first subject
            sentence = self.ctx.sentences[m.sentence]
            subject = self._first_subject(sentence.start, start)
            if subject is None and self._OPENS_WITH_MENTION.fullmatch(self.ctx.folded, sentence.start, m.start):
                subject = self._earlier_subject(m.sentence)  # "Iran's combat aircraft are old. The MiG-29s it acquired"
            verb = self._AUXILIARY.match(self.ctx.folded, pronoun.end())
            for pattern, cue in lx.VERB_CUE_RES:
                if subject and cue.side in ("supply", "receive") and (found := pattern.match(self.ctx.folded, verb.end())):
                    return CueHit(cue, found.start(), found.end(), agent=subject, context_start=relative.end())
            return None
        actor = self.ctx.actor_at.get(relative.end())
        if zero and actor is None:
            return None
        # a part "of which" with no actor of its own is read only when it was delivered, said in
        # the passive or with a verb of arriving ("many of which have been sent on to Russia");
        # otherwise the main clause decides ("some of which will operate from ships")
        bare_part = actor is None and self._OF_WHICH.search(relative.group(0))
        if zero and (actor.value[1] == "demonyms" or _compiled(r"'s?\b").match(self.ctx.folded, actor.end)):
            return None  # "... Russian ...", "F-16s Poland's air force": no subject of a relative
        after = actor.end if actor else relative.end()
        if actor is not None and not zero and (report := self._REPORT_AFTER_ACTOR.match(self.ctx.folded, actor.end)):
            after = report.end()
            if report.group(1) is None:
                actor, relative = None, report  # the reporter is no party: "which Bratislava confirmed had reached"
        verb = (self._AUXILIARY if zero else self._AUXILIARY_AFTER_PRONOUN).match(self.ctx.folded, after)
        for pattern, cue in lx.VERB_CUE_RES:
            found = pattern.match(self.ctx.folded, verb.end())
            if found and cue.side not in ("own", "make") and not (zero and cue.side not in ("supply", "receive")):
                passive = actor is None and "been" in self.ctx.folded[relative.end():found.start()] or \
                    actor is None and cue.side in ("supply", "receive") and self._PASSIVE_BEFORE.search(
                        self.ctx.folded[relative.end():found.start()])
                if actor is None and not passive and cue.side not in ("arrive", "use"):
                    continue
                if bare_part and not ((passive or cue.side == "arrive") and self._destination_after(found.end())):
                    return None
                return CueHit(cue, found.start(), found.end(), passive=bool(passive),
                              agent=actor.value[0] if actor else None, context_start=relative.end())
        return None

    _TO_AFTER = re.compile(r"(?:\s+(?:on|onward|onwards|later|also|in \d{4}))*\s+(?:to|into|for)\s+(?:the\s+)?")

    def _destination_after(self, end: int) -> bool:
        """Whether "to", "into" or "for" and an actor follow `end` ("sent on to Russia")."""
        found = self._TO_AFTER.match(self.ctx.folded, end)
        return found is not None and self.ctx.actor_at.get(found.end()) is not None

    def _after_for_actor(self, end: int) -> int:
        """Where "for" and an actor right after `end` end ("The first Gowind corvette for the
        United Arab Emirates, Bani Yas, was delivered": the names after it are the mention's
        apposition), else `end`."""
        found = _compiled(r"\s+for\s+(?:the\s+)?").match(self.ctx.folded, end)
        actor = self.ctx.actor_at.get(found.end()) if found else None
        return actor.end if actor is not None else end

    # Names in apposition right after a mention, set off by commas: ", the Walo and the Niani,"
    # (capitalised words, "the" and "and" alone: no verb can stand in them)
    _NAMES_ASIDE = re.compile(r",\s+(?:(?:the|and|[A-Z][\w'-]*)\s+)*?[A-Z][\w'-]*,\s+")
    # an apposition that opens with a determiner: ", a Khukri-class corvette, "
    _NOUN_ASIDE = re.compile(r",\s+(?:a|an|the|one of (?:the|its|their))\s+[^,;:.()\n]{1,60}?,\s+")
    _NOUN_ASIDE_OPENING = re.compile(r",\s+(?:a|an|the|one of (?:the|its|their))\s+(?:[\w'-]+\s+){0,3}$")

    def _noun_aside_end(self, m: Mention) -> int | None:
        """Where the verb of a subject with an apposition may start: after ", a Khukri-class
        corvette, " that follows the mention (the apposition holds another mention and no verb),
        or after the comma that closes the mention when it is that apposition."""
        folded = self.ctx.folded
        aside = self._NOUN_ASIDE.match(folded, m.end)
        if aside is not None:
            inside = self._next_mention(m.end)
            if inside is not None and inside.end <= aside.end() and not any(
                    m.end <= hit[0] < aside.end() for hit in self._verb_hits(m.end)):
                return aside.end()
            return None
        before = self._previous_mention(m)
        if before is not None and self._NOUN_ASIDE_OPENING.fullmatch(folded, before.end, m.start) and \
                (closing := _compiled(r",\s+").match(folded, m.end)) is not None:
            return closing.end()
        return None

    # a list set off by commas inside a subject, before its verb: ", including VT-4 tanks and
    # ST-1 tank destroyers, was unloaded"
    _LIST_ASIDE_OPENING = re.compile(r",\s*(?:including|among them|such as)\s")
    _LIST_ASIDE = re.compile(r",\s*(?:including|among them|such as)\s[^;:.()]{1,200}?,\s*"
                             r"(?=(?:was|were|is|are|has|have|had|arrived|arrive|arrives|reached|landed)\b)")

    def _list_first(self, m: Mention) -> Mention:
        """The first item of the list of coordinated mentions `m` is in (`m` itself when it opens one)."""
        first, i = m, bisect.bisect_left(self._mention_starts, m.start)
        while i > 0 and self._coordinated_mention_at(self.mentions[i - 1].end) is first:
            first, i = self.mentions[i - 1], i - 1
        return first

    _OBJECT_BEFORE = re.compile(r"\b(?:with|of|for|from|to|by|including|in|on|at)\s+(?:[\w-]+\s+){0,3}$")

    def _verb_after_list(self, m: Mention) -> CueHit | None:
        """"The first batch of 17 armoured vehicles from NORINCO, including VT-4 tanks, ST-1 tank
        destroyers and artillery, was unloaded at Apapa port": the verb after a list set off by
        commas (_LIST_ASIDE) is the subject's, and so each item's, whether the mention heads the
        list (up to 60 characters before it, no comma) or is one of its items."""
        folded = self.ctx.folded
        sentence = self.ctx.sentences[m.sentence]
        head = _compiled(r"[^,;:.]{0,60}?(?=,)").match(folded, m.end, sentence.end)
        opening = self._LIST_ASIDE_OPENING.match(folded, head.end()) if head else None
        if opening is None:
            before = _last_match(self._LIST_ASIDE_OPENING, folded, max(sentence.start, m.start - 200), m.start)
            opening = before if before and not _compiled(r"[;:.()]").search(folded, before.end(), m.start) else None
        aside = self._LIST_ASIDE.match(folded, opening.start()) if opening else None
        if aside is None or aside.end() <= m.end:
            return None
        return self._following_verb(aside.end(), self._clause_end_after(aside.end()))

    def _following_verb(self, start: int, end: int) -> CueHit | None:
        """A verb whose subject is the mention, within a few words after it: passive ("were
        delivered to", "was handed over to") or one of arrival ("arrived in")."""
        stop = min(end, start + 90)
        window = self.ctx.folded[start:stop]
        hits = [(hit_start - start, hit_end - start, cue) for hit_start, hit_end, cue in self._verb_hits(start)
                if start <= hit_start and hit_end <= stop and cue.side != "request"]
        for hit_start, hit_end, cue in hits:
            between = window[:hit_start]
            if len(between.split()) > 8 or _compiled(r"[;:]|\b(?:that|which|who|and|but)\b").search(between):
                return None
            passive = bool(_compiled(r"\b(?:been|be|was|were|is|are|being)\s+(?:\w+ly\s+)?$").search(between))
            if cue.side in ("own", "make") and not passive:
                continue
            if passive or cue.side == "arrive":  # "Walrus-class boats will be retired": own, no transfer
                return CueHit(cue, start + hit_start, start + hit_end, passive=passive)
            if cue.side == "interdict":
                return None  # "a US destroyer stopped a boat carrying ...": the mention seizes
        return None

    # -- parties ------------------------------------------------------------------------
    def _actors_between(self, start: int, end: int) -> list[Match]:
        return [a for a in self.ctx.actors_starting(start, end) if a.end <= end]

    # A verb of winning before an order or contract noun: its subject is the seller ("Beijing
    # won an order for", "Hanwha has secured a $1bn contract for", "Navantia landed a
    # follow-on order for"); a few words may stand between ("a new", "its largest export")
    _WON_BEFORE = re.compile(r"\b(?:won|wins|win|winning|secured|secures|securing|landed|lands|bagged|bags|clinched|"
                             r"clinches|awarded)\s+(?:[\w$.,'-]+\s+){0,5}?$")

    # Talks of a subject with a seller about a supply noun: "is negotiating with Germany for a
    # second gift of", "in talks with the United States for the sale of" (a few words may stand
    # between: "a second", "a possible"); not talks with no subject, where the with-object may
    # be either side ("Discussions with Vietnam on the supply of 20 K9 howitzers continue")
    _TALKS_FOR = re.compile(r"\b(?:(?:in|holding|held|hold|holds|opened|began|begun|started)\s+(?:[\w-]+\s+)?"
                            r"(?:talks|negotiations|discussions)|negotiat(?:ing|es|ed|e)|discuss(?:ing|es|ed))\s+with\s+"
                            r"(?:[\w&'.()-]+\s+){1,6}?"
                            r"(?:for|on|over|about)\s+(?:[\w-]+\s+){0,3}?$")

    def _talks_for(self, m: Mention, hit: CueHit, parts, ci) -> bool:
        """A supply noun ("sale of", "gift of") that its clause's subject is in talks about with
        a seller (_TALKS_FOR right before it): the subject buys, the with-object sells (asked
        only when no to-object names the recipient: "Germany is in talks with Poland about the
        transfer of Leopard tanks to Ukraine" is Poland's to Ukraine)."""
        start = min(parts[ci][0], parts[clause_at(parts, hit.start)][0])
        talks = self._TALKS_FOR.search(self.ctx.folded, max(start, hit.start - 80), hit.start)
        if talks is None:
            return False
        maker = self.origin.get(m.system) if m.basis == "catalogue" else None
        # (a maker not among the with-objects is the subject's side: "KAI is in talks with
        # Egypt on a possible sale of T-50 trainer jets" is Korea's to Egypt)
        return maker is None or maker in {a.value[0] for a in self._actors_between(talks.start(), hit.start)}

    def _won_order(self, hit: CueHit, parts, ci) -> bool:
        """An order or contract noun (a receive-side noun cue) that its clause's subject won
        (_WON_BEFORE right before it): the subject sells."""
        if not _compiled(r"orders?\b|contracts?\b").match(self.ctx.folded, hit.start):
            return False
        start = min(parts[ci][0], parts[clause_at(parts, hit.start)][0])
        return bool(self._WON_BEFORE.search(self.ctx.folded, max(start, hit.start - 60), hit.start))

    # a clause of time that opens before an arriving weapon ("as F-35s arrive", "once the new jets arrive")
    _ARRIVAL_CLAUSE = re.compile(r"\b(?:as|once|when|until|after|before|while)\s+(?:the\s+|its\s+|their\s+)?"
                                 r"(?:(?:first|last|new|remaining|\w+-built|\w+-made)\s+)?(?:[\w-]+\s+){0,2}$")
    _BUYER_VERB = re.compile(r"(?:buy|bought|order|purchas|acquir|procur)")

    # a purpose infinitive after the mention: its objects and their prepositions are another
    # mention's ("to replace its MiG-29s bought from Belarus")
    _PURPOSE = re.compile(r"\bto\s+(?:replace|succeed|supplement|complement|augment|reinforce|bolster|"
                          r"back up|join|phase out|retire)\b")

    def _parties(self, m: Mention, hit: CueHit, parts, ci):
        """(suppliers, recipients, earlier recipients by comparison), each as (actor_id, basis),
        and the states a buyer buys the mention for (_beneficiary: then the buyer supplies them)."""
        side = hit.cue.side
        beneficiary: list[str] = []
        sentence = self.ctx.sentences[m.sentence]
        won = side == "receive" and hit.cue.form == "noun" and self._won_order(hit, parts, ci)
        if won:
            side = "supply"  # "Beijing won an order for three C28A corvettes": the winner sells
        origins = self._origins(m)
        suppliers = [(o, "text") for o in origins]
        recipients: list[tuple[str, str]] = []
        after = max(hit.end, m.end)
        clause_end = max(parts[ci][1], parts[clause_at(parts, hit.start)][1])
        list_end = self._list_end(m, parts, clause_end) if hit.end <= m.start else clause_end
        if (purpose := self._PURPOSE.search(self.ctx.folded, m.end, list_end)) is not None:
            list_end = purpose.start()  # "bought Gripens to replace its Kfir jets bought from Israel": not Israel's
        # (words set off between the mention and its later cue are not its parties' place:
        # "The frigates, built in the 1990s for the Chinese navy ..., arrived in Chittagong")
        near = hit.context_start if hit.context_start is not None and m.end <= hit.context_start <= hit.start \
            and self._MAKER_ASIDE.match(self.ctx.folded, m.end) else m.end
        to_side = self._after_preposition(near if hit.start > m.end else after, list_end, ("to", "into", "for"))
        if not to_side and side == "supply" and hit.cue.form == "noun" and self._talks_for(m, hit, parts, ci):
            side = "receive"  # "in talks with the United States for the sale of 96 Apaches": the subject buys
        if not to_side and side == "supply":
            to_side = self._to_which(hit, parts)  # "Ukraine, to which it has given Leopard 2 tanks"
        from_side = self._after_preposition(near, list_end, ("from",))
        if not from_side and side == "receive" and hit.cue.form == "verb" and \
                self._BUYER_VERB.match(self.ctx.folded, hit.start):
            # "Kuwait ordered 28 Eurofighter fighters through Italy": the state a buyer buys
            # through is its seller (a transit is a supplier's "sent through")
            through = _compiled(r"\bthrough\s+(?:the\s+)?").search(self.ctx.folded, near, list_end)
            named = self.ctx.actor_at.get(through.end()) if through else None
            if named is not None and named.value[1] != "companies":  # ("through Babcock": a prime contractor)
                from_side = self._after_preposition(near, list_end, ("through",))
        if from_side and self._LAUNCHED_FROM.match(self.ctx.folded, m.end):
            from_side = []  # "two explosive drones launched from Lebanon": a place, not a supplier
        if hit.cue.lessee and not from_side and \
                (self._after_preposition(m.end if hit.start > m.end else after, list_end, ("to",)) or
                 hit.start < m.start and self._TO_A_FORCE.match(self.ctx.folded, m.end)):
            # "Sweden leased Gripens to Hungary" (FrameNet Renting_out, not Renting); "Tokyo
            # leased five TC-90 aircraft to the navy": a force named for no state is no lessor
            side = "supply"
        # "a contract with Hanwha Aerospace for 54 K9 howitzers": the with-object of a noun cue
        with_side = self._after_preposition(parts[ci][0], hit.end if hit.cue.form == "noun" else hit.start, ("with",))
        if hit.cue.form == "compound" and not with_side:  # "agrees arms deal with Brunei"
            with_side = self._after_preposition(hit.end, clause_end, ("with",))
        by_side = self._after_preposition(after, self._before_next_mention(after, clause_end), ("by",)) \
            if hit.passive else []
        if hit.reduced:
            suppliers += [(a, "text") for a in hit.reduced[0]]
            recipients += [(a, "text") for a in hit.reduced[1]]
        if self._object_possessor(m, hit) and side == "receive":
            # "a new Lithuanian order for Norway's NASAMS": the possessor of a purchase noun's
            # object sells it, as a buyer's verb's object's does ("Turkey bought Russia's S-400")
            suppliers.append((m.possessor, "text"))
        linked = None  # (_has_subject_link, when asked below: asked again at the end)
        if hit.agent and hit.agent_side:
            agents = []
            (recipients if hit.agent_side == "receive" else suppliers).append((hit.agent, "text"))
        elif hit.agent:
            agents = [hit.agent]
        elif hit.passive or side == "arrive":
            agents = []
        elif hit.cue.form == "verb" or (linked := self._has_subject_link(m, hit)):
            possessed = self._possessive_agent(m, hit)
            if possessed and possessed == m.possessor and side == "receive" and hit.cue.form == "verb" and \
                    not hit.passive and hit.end <= m.start:
                # "Turkey bought Russia's S-400 system", "Kenya bought Ukraine's old tanks": the
                # possessor of a buyer's object is its seller, not the buyer
                suppliers.append((possessed, "text"))
                possessed = None
            if possessed and side == "supply" and hit.end <= m.start and self._share_of(m, parts, ci):
                # "China supplied 81 percent of Pakistan's arms imports": the possessor imports
                recipients.append((possessed, "text"))
                possessed = None
            owner = None
            if possessed and self._ROLE_NOUN.match(self.ctx.folded, hit.start):
                # "Russia remains India's largest arms supplier", "Pakistan is China's biggest
                # customer for jets": the possessor of a party's noun is the other party
                (recipients if side == "supply" else suppliers).append((possessed, "text"))
                owner, possessed = possessed, None
            agents = [possessed] if possessed else \
                self._agents(m, hit, parts, ci, exclude=set(origins) | ({owner} if owner else set()))
            if agents and not possessed and not owner and hit.cue.form != "verb" and \
                    self._SUPPLIER_NOUN.match(self.ctx.folded, hit.start) and \
                    (appositive := self._apposition_head(m)) is not None and appositive not in agents:
                # "Pakistan gets its weapons from China, its largest arms supplier": the noun in
                # apposition is its head's, and "its" the subject's, the other party
                (recipients if side == "supply" else suppliers).extend((a, "text") for a in agents)
                agents = [appositive]
            if not agents and hit.cue.form == "noun":  # "The order for 12 Rafale jets was cancelled by Jakarta"
                agents = self._noun_by_agent(m, hit, clause_end)
        else:
            possessed = self._possessive_agent(m, hit)
            agents = [possessed] if possessed else self._noun_by_agent(m, hit, clause_end)
        extra = [(a, "text") for a in self._comparisons(parts[ci][0], m.start)]
        if side == "request":
            recipients += [(a, "text") for a in agents]
            suppliers += [(a, "text") for a in self._repeated_object(hit, m) or self._object_after(hit)]
            if hit.cue.form == "noun":  # "a request for 3 LAV III ... was submitted by Benin to Canada"
                recipients += [(a, "text") for a in self._after_preposition(m.end, clause_end, ("by",))]
                suppliers += [(a, "text") for a in self._after_preposition(m.end, clause_end, ("to",))]
        elif side == "arrive":
            objects = self._object_after(hit)  # "Nine Caesar howitzers reach Armenia"
            # "reached the Peshmerga in Erbil"; "were flown into Niamey"
            places = ("to", "into", "for") if objects else ("in", "at", "to", "into", "for", "with")
            recipients += [(a, "text") for a in
                           self._after_preposition(after, clause_end, places + self._DESTINATION[3:]) + objects]
            if hit.start > m.end and not recipients:  # "The first FA-50s for the Polish Air Force landed"
                recipients += [(a, "text") for a in self._after_preposition(near, hit.start, ("for",))]
            if hit.start > m.end and not recipients and \
                    (before := self._ARRIVAL_CLAUSE.search(self.ctx.folded, max(0, m.start - 40), m.start)) and \
                    (subject := self._first_subject(sentence.start, before.start())) is not None:
                # "Copenhagen is retiring its F-16s as F-35s arrive": the weapons of a clause of time
                # arrive for the main clause's subject
                recipients.append((subject, "text"))
            if m.possessor and hit.cue.form == "headline":  # "Denmark's F-16s for Kyiv"
                suppliers.append((m.possessor, "text"))
            elif m.possessor and recipients and m.possessor not in {r for r, _ in recipients}:
                suppliers.append((m.possessor, "text"))  # "Our old T-72 tanks went to Ukraine": the owner sent them
            elif m.possessor:  # "North Macedonia's first K239 launchers arrived from South Korea"
                recipients.append((m.possessor, "text"))
            if m.assembler:  # "First Egyptian-assembled K9 howitzers roll off the line"
                recipients.append((m.assembler, "text"))
            suppliers += [(a, "text") for a in from_side]
        elif side == "interdict":  # the seizing party is no party: the intended ones are
            suppliers += [(a, "text") for a in from_side + self._after_preposition(after, clause_end, ("by",))
                          or self._after_preposition(after, sentence.end, self._LOADED_IN)]  # "loaded in Iran"
            recipients += [(a, "text") for a in self._after_preposition(after, clause_end, self._DESTINATION)
                           or self._after_preposition(after, sentence.end, self._INTENDED)]  # after a list
            if not suppliers and not recipients:  # "... that officials said were being smuggled from Iran to"
                suppliers, recipients = ([(a, "text") for a in side] for side in self._route(after, sentence.end))
        elif side == "trade" and hit.cue.form == "verb":
            if _compiled(r"withh").match(self.ctx.folded[hit.start:hit.end]):
                to_side, from_side = to_side + from_side, []  # "withheld 35 missiles from Monaco"
            recipients += [(a, "text") for a in to_side + with_side]
            suppliers += [(a, "text") for a in from_side]
            maker = self.origin.get(m.system)
            if suppliers and not recipients:
                recipients += [(a, "text") for a in agents if a not in {s for s, _ in suppliers}]
            elif maker and agents and maker not in agents:
                # "China has withheld 35 C-802 missiles from Monaco" is China's own make;
                # "Abu Dhabi put the F-35 talks on hold": the agent is the buyer
                recipients += [(a, "text") for a in agents]
            else:
                suppliers += [(a, "text") for a in agents]
        elif side in ("supply", "trade"):
            if m.origin_spans and any((a := self.ctx.actor_at.get(start)) is not None and a.value[1] == "companies"
                                      for start, _ in m.origin_spans):  # "Saab is offering the Gripen E, Lockheed Martin the F-16"
                companies = {a.value[0] for a in self._actors_between(max(0, hit.start - 120), hit.start)
                             if a.value[1] == "companies"}
                agents = [a for a in agents if a in origins or a not in companies]
            if side == "trade" and hit.cue.form != "verb" and with_side and agents and not by_side \
                    and not any(self._is_company_agent(a, hit) for a in agents):
                # "Peru scraps helicopter deal with Italy": the buyer makes or breaks a deal
                # with its supplier (a known maker reverses it below)
                recipients += [(a, "text") for a in agents]
                agents, with_side, suppliers = [], [], suppliers + [(a, "text") for a in with_side]
            if side == "supply" and hit.cue.form == "verb" and not hit.passive and agents and origins \
                    and not set(agents) & set(origins) and not any(self._is_company_agent(a, hit) for a in agents):
                # "Denmark will deliver the American-made jets": the state that sends them is the
                # supplier, their maker is not (a second-hand or re-export transfer)
                suppliers = [s for s in suppliers if s[0] not in origins]
            if side == "supply" and hit.cue.form == "verb" and not hit.passive and hit.end <= m.start and \
                    self._OWN_FORCES_WITH.match(self.ctx.folded, hit.end):
                # "Mali has equipped its air force with aircraft from Russia": the subject arms its
                # own forces, so it receives; the from-object supplies
                recipients += [(a, "text") for a in agents]
                agents = []
            if side == "trade" and hit.cue.form in ("compound", "noun") and origins and agents and \
                    not set(agents) & set(origins) and not any(self._is_company_agent(a, hit) for a in agents):
                # "Egypt denies Chinese jet deal", "India inks French Rafale deal": the other side of a
                # deal for a foreign-made weapon is its buyer
                recipients += [(a, "text") for a in agents]
                agents = []
            if side == "trade" and hit.cue.form in ("compound", "noun") and agents and not with_side and \
                    not by_side and not origins and not self.origin.get(m.system) and \
                    not any(self._is_company_agent(a, hit) for a in agents):
                # "Romania signed its biggest arms deal": a state alone in a deal for arms of no
                # named make, no partner named, is the buyer
                recipients += [(a, "text") for a in agents]
                agents = []
            suppliers += [(a, "text") for a in by_side + agents]
            recipients += [(a, "text") for a in to_side + with_side + self._object_with(hit)]
            if hit.cue.form == "noun":  # "Saab received an order from Brazil for": the buyer inside the cue
                recipients += [(a, "text") for a in self._after_preposition(hit.start, hit.end, ("from", "by"))]
            if hit.cue.form == "verb" and not hit.passive:
                recipients += [(a, "text") for a in self._indirect_object(hit, m) + self._asker(hit, parts, ci)]
                if not to_side and hit.end <= m.left_stop:  # "pledged to Ukraine 20 Leopard tanks"
                    recipients += [(a, "text") for a in self._after_preposition(hit.end, m.left_stop, ("to",))]
                if not recipients and self._PRONOUN_OBJECT.match(self.ctx.folded, hit.end):
                    recipients += [(a, "text") for a in self._sentence_subject(m, {s for s, _ in suppliers})]
                if not recipients and (speaker := self._first_person_object(m, hit)):
                    recipients.append((speaker, "text"))
                if not recipients and (offerer := self._offerer(hit)) is not None and (subject := self._first_subject(
                        sentence.start, hit.start, {offerer, *origins})) is not None:
                    recipients.append((subject, "text"))  # "Egypt rejected Russia's offer to supply 24 Su-35 jets"
                if not recipients:
                    recipients += [(a, "text") for a in self._package_recipient(m)]
                if not recipients:
                    recipients += [(a, "text") for a in self._requester(hit, parts, ci, {s for s, _ in suppliers})]
            # ("won a contract for 54 K9 howitzers from Romania": the order comes from the buyer)
            (recipients if won else suppliers).extend((a, "text") for a in from_side)
            if hit.cue.form == "noun" and not to_side:
                recipients += [(a, "text") for a in self._arrival_after(m, clause_end)]
            if hit.passive and hit.end <= m.start:
                # "Zambia was supplied with 58 M-84 tanks by Croatia", "Argentina was offered 57
                # radars by Japan": the subject receives, the by-agent after the mention supplies
                recipients += [(a, "text") for a in self._passive_subject(hit, parts, ci)]
            users = self._user_demonyms(m, agents) if side == "supply" and not hit.passive and not recipients else []
            suppliers = [s for s in suppliers if s[0] not in users]
            recipients += [(a, "text") for a in users]
        else:  # receive, use
            if hit.cue.form == "post":  # "in service with Peru"; "the order was cancelled by Taipei"
                by_side = self._after_preposition(hit.start, clause_end, ("with", "by")) or self._cue_names(hit)
            makers = [a for a in agents if self._is_company_agent(a, hit) or
                      hit.cue.form == "compound" and self._company_named_before(a, hit)]
            if makers:  # "Baykar signs Kuwait deal for Bayraktar TB2 drones": the maker sells
                suppliers += [(a, "text") for a in makers]
                agents = [a for a in agents if a not in makers] or self._other_actors(m, hit, parts, ci, makers)
            if makers and hit.cue.form == "compound":
                # "Navantia wins Saudi frigate order": the state of the adjective buys
                recipients += [o for o in suppliers if o[0] in origins and o[0] not in makers]
                suppliers = [o for o in suppliers if o[0] not in origins or o[0] in makers]
                # "KAI secures FA-50 order from Manila": the order comes from the buyer
                recipients, from_side = recipients + [(a, "text") for a in from_side if a not in makers], []
            recipients += [(a, "text") for a in by_side + agents]
            if side == "receive" and hit.cue.form == "verb":
                with_side = self._after_preposition(parts[ci][0], m.start, ("with",))
                if with_side:  # "with Pakistan receiving ...": the -ing verb's subject, no with-object
                    absolute = {b.value[0] for b in self._actors_between(parts[ci][0], m.start) if self._absolute_subject(b)}
                    with_side = [a for a in with_side if a not in absolute]
                if origins:  # "with Dassault's Rafale and Saab's Gripen": each its own maker
                    with_side = [a for a in with_side if a in origins]
                suppliers += [(a, "text") for a in self._relied_on(m, hit)]
            if side == "use" and _compiled(r"launch|fir").match(self.ctx.folded[hit.start:hit.end]):
                from_side = []  # "drones launched from Yemen": a place, not a supplier
            if _compiled(r"(?:co-?)?produc|manufactur|assembl|licen|buil").match(self.ctx.folded[hit.start:hit.end]):
                # "is built under licence in southern Poland": the place of production receives
                recipients += [(a, "text") for a in self._after_preposition(m.end, clause_end, self._IN_PLACE)]
                # "... under a Finnish licence": the licensor's state supplies
                suppliers += [(a, "text") for a in self._licensors(parts[ci][0], clause_end)]
            if makers:  # "Fincantieri signed a contract with Indonesia for": the with-object buys
                recipients, with_side = recipients + [(a, "text") for a in with_side if a not in makers], []
            suppliers += [(a, "text") for a in from_side + with_side]
            recipients += [(a, "text") for a in to_side if hit.cue.form != "verb"]
            if hit.passive and m.possessor and from_side and not recipients and hit.start > m.end:
                recipients.append((m.possessor, "text"))  # "Morocco's T-72 tanks were bought from Belarus"
            if side == "receive" and (beneficiary := self._beneficiary(m, hit, list_end)):
                # "Canada bought an air defence system for Ukraine": the buyer gives what it
                # buys for another state (aid); the seller it buys from is no party
                suppliers = [r for r in recipients if r[0] not in beneficiary]
                recipients = [(a, "text") for a in beneficiary]
        maker = self.origin.get(m.system)
        if (side == "trade" or side == "receive" and with_side) and maker and \
                maker in {r for r, _ in recipients} and maker not in {s for s, _ in suppliers}:
            # "Kuwait signs Patriot deal with the United States"; "France signed a contract with
            # Armenia for CAESAR howitzers"; "KAI is in talks with Egypt on FA-50 fighters": the
            # maker's state sells to the with-object
            suppliers, recipients = recipients, suppliers
        if hit.cue.form != "verb" and not (self._has_subject_link(m, hit) if linked is None else linked):
            suppliers, recipients = self._nominal_fallback(m, parts, ci, suppliers, recipients, side)
        if not suppliers and recipients:
            suppliers = [(a, "text") for a in self._supplied_by(m.end, sentence.end)
                         if a not in {r for r, _ in recipients}]  # "built by PT PAL": the buyer's own yard
        if suppliers and not recipients and side in ("supply", "arrive") and \
                (bought := self._BOUGHT_BY.match(self.ctx.folded, m.end)) is not None:
            # "Russia has completed delivery of the Su-30K fighters ordered by Angola": the
            # buyer a reduced relative names receives
            recipients = [(a, "text") for a in self._after_preposition(bought.start(), clause_end, ("by",))
                          if a not in {s for s, _ in suppliers}]
        if not suppliers and not recipients and side == "receive" and hit.cue.form == "verb" and hit.end <= m.start:
            # "The Air Force also inducted three JF-17 fighters supplied by Pakistan": a receiver
            # left unnamed, the supplier named by a reduced relative after the weapon
            if self._REDUCED_BY.match(self.ctx.folded, m.end):  # (not "were built by": a passive)
                suppliers = [(a, "text") for a in self._supplied_by(m.end, clause_end)]
        if not suppliers and not recipients:
            suppliers, recipients = self._between(m, parts, ci)
        if bool(suppliers) != bool(recipients) and side in ("supply", "trade", "receive"):
            # "Under the agreement with Egypt, France will supply 30 Rafale jets": the other side
            counterpart = [(a, "text") for a in self._deal_partner(m) if a not in {x for x, _ in suppliers + recipients}]
            if suppliers:
                recipients = counterpart
            else:
                suppliers = counterpart
        if not recipients and side in ("supply", "receive", "arrive") and (scene := self._scene_state(m)) and \
                scene not in {x for x, _ in suppliers}:
            # "In Nigeria, the first batch of 17 armoured vehicles from NORINCO was unloaded": a
            # transfer in the state the sentence opens with, no other recipient named
            recipients = [(scene, "text")]
        recipients = self._backed_force(m, recipients)
        supplier_ids = {s for s, _ in suppliers}
        own = self._own_industry(hit, supplier_ids, recipients, parts[ci][0]) if hit.cue.form == "noun" else \
            self._own_maker(m, hit, supplier_ids, recipients, parts[ci][0]) if hit.cue.form == "verb" else None
        if own:
            # "India signed a contract with HAL for 83 Tejas jets", "HAL has delivered 222 Su-30MKI
            # jets to the Indian Air Force": the buyer's own industry is no supplier; a design of
            # another state's is the maker's ("with Mazagon Dock for three Scorpene submarines":
            # France's), its own is no transfer
            maker = self.origin.get(m.system)
            suppliers = [(maker, "origin")] if maker and maker != own else []
            recipients = [(own, "text" if suppliers else self._OWN_INDUSTRY)]  # (the latter: _own_use)
            supplier_ids = {s for s, _ in suppliers}
        if not recipients and side in ("supply", "receive", "arrive", "use", "trade") and \
                (held := self._holders(m, supplier_ids, sentence)):
            # "The Belgian F-35s arrived at Florennes", "The Egyptian Rafales were handed over":
            # a bare demonym on a system another state makes (systems table) names its holder,
            # who received it from the maker, when no other recipient is named ("Polish
            # Leopards were sent to Ukraine": then the holder sends them)
            suppliers, recipients = [(self.origin[m.system], "origin")], [(a, "text") for a in held]
            supplier_ids = {s for s, _ in suppliers}
        return _unique(suppliers), _unique([r for r in recipients if r[0] not in supplier_ids]), extra, beneficiary

    _SECOND_HAND_BEFORE = re.compile(r"\b(?:second-hand|secondhand|used|surplus|ex-|former|older|old)\s*$")

    def _holders(self, m: Mention, supplier_ids: set[str], sentence) -> list[str]:
        """The states whose bare demonyms stand on `m` (not "-made", "-era": lexicon.MADE_SUFFIX)
        when they are all of `supplier_ids`, a catalogued system's maker is another state and
        the sentence names no other state; else []. Not after "second-hand", "surplus" ("36
        second-hand Dutch F-16s": the holder sells them)."""
        maker = self.origin.get(m.system) if m.basis == "catalogue" else None
        if maker is None or not supplier_ids:
            return []
        bare = {origin for origin, start in self._bare_demonyms(m, maker)
                if not self._SECOND_HAND_BEFORE.search(self.ctx.folded, max(0, start - 20), start)}
        named = {a.value[0] for a in self._actors_between(sentence.start, sentence.end)}
        return sorted(bare) if supplier_ids <= bare and named <= bare | {maker} else []

    _OWN_INDUSTRY = "own industry"  # the basis _parties gives a buyer of its own industry's design

    def _scheduled(self, hit: CueHit, parts, ci) -> bool:
        """The first year stated after the cue in its clause is after the publication's: an
        arrival or delivery in the present or past tense that is a schedule ("start arriving
        in 2027", "arrive in 2026" in a paper of 2025): a deal exists, no delivery is reported
        (codebook, "Status": `ordered`). False with no publication date."""
        if self.ctx.published is None:
            return False
        year = self._SCHEDULE_AFTER.match(self.ctx.folded, hit.end, max(hit.end, parts[ci][1]))
        return year is not None and int(year.group(1)) > self.ctx.published.year

    # the cue's own date: a few words, none a coordination, then "in 2027", "from 2026"
    _SCHEDULE_AFTER = re.compile(r"(?:\s+(?!and\b|or\b|but\b)[\w-]+){0,4}?\s+(?:in|from|by|during)\s+"
                                 r"(?:(?:early|late|mid|the end of|the middle of|the first half of)[\s-]+)?"
                                 + lx.EXPLICIT_YEAR.pattern)

    def _own_industry(self, hit: CueHit, supplier_ids: set[str], recipients, clause_start: int) -> str | None:
        """The state whose own company is the with-object of a contract the state itself
        signs ("India signed a contract with HAL for"): the one supplier that is a company
        inside the cue, and is also a recipient or is named as a state before the cue."""
        if not supplier_ids:
            return None
        companies = {a.value[0] for a in self._actors_between(hit.start, hit.end) if a.value[1] == "companies"}
        if len(candidates := supplier_ids & companies) != 1:
            return None
        (state,) = candidates
        buyers = {r for r, _ in recipients} | {a.value[0] for a in self._actors_between(clause_start, hit.start)
                                                if a.value[1] != "companies"}
        return state if state in buyers else None

    def _own_maker(self, m: Mention, hit: CueHit, supplier_ids: set[str], recipients, clause_start: int) -> str | None:
        """The state whose own company, named before a verb of supply, delivers to the state's
        own forces ("HAL has delivered 222 Su-30MKI jets to the Indian Air Force"): the one
        supplier that is such a company, is also a recipient and is named with its forces
        as the verb's to-object (not "frigates built for the Italian navy"); None otherwise."""
        if not supplier_ids or not recipients:
            return None
        companies = {a.value[0] for a in self._actors_between(clause_start, hit.start) if a.value[1] == "companies"}
        both = supplier_ids & companies & {r for r, _ in recipients}
        if len(both) != 1:
            return None
        (state,) = both
        forces = [a for a in self._actors_between(hit.end, self.ctx.sentences[m.sentence].end)
                  if a.value[0] == state and a.value[1] != "companies" and lx.FORCE_OF.match(self.ctx.folded, a.end)
                  and self._TO_BEFORE.search(self.ctx.folded, max(0, a.start - 8), a.start)]
        return state if forces else None  # (its forces the verb's to-object: "to the Indian Air Force")

    _TO_BEFORE = re.compile(r"\bto\s+(?:the\s+|its\s+)?$")

    _BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?")

    def _between(self, m: Mention, parts, ci):
        """"Talks between Greece and North Korea would lead to purchases of KN-23 missiles":
        of two parties named with "between", the maker of the system supplies."""
        found = self._BETWEEN.search(self.ctx.folded, parts[ci][0], m.start)
        maker = self.origin.get(m.system) or (m.origins[0] if m.origins else None)
        if found is None or maker is None:
            return [], []
        pair = self._coordinated(found.end(), m.start)
        if len(pair) == 2 and maker in pair:
            other = pair[1] if pair[0] == maker else pair[0]
            return [(maker, "text")], [(other, "text")]
        return [], []

    _DESTINATION = ("to", "into", "for", "toward", "towards", "bound for", "destined for", "headed for", "heading for",
                    "headed to", "heading to", "en route to", "meant for", "intended for")

    # a seized cargo's destination, which may follow a list of its items in another clause
    _INTENDED = ("bound for", "destined for", "headed for", "heading for", "meant for", "intended for", "en route to",
                 "for delivery to", "on its way to", "on their way to")
    # where a seized cargo came from: the place stands for its supplier ("had been loaded in Iran")
    _LOADED_IN = ("loaded in", "loaded at", "shipped from", "sent from", "originated in", "originating in",
                  "sourced from", "made in", "produced in", "manufactured in")

    # a seized cargo's route, named after the list of its items ("smuggled from Iran to the Houthis")
    _ROUTE = re.compile(r"\b(?:smuggl|traffick|ferr|ship|sen[dt]|mov|carr|travel)\w*\s+from\s+(?:the\s+)?")

    def _route(self, start: int, end: int) -> tuple[list[str], list[str]]:
        """The (suppliers, recipients) of the first route in [start, end): the actor after
        "smuggled from" (a place stands for its state) and the one after "to" right after it."""
        found = self._ROUTE.search(self.ctx.folded, start, end)
        origin = self.ctx.actor_at.get(found.end()) if found else None
        if origin is None or origin.value[1] == "demonyms":
            return [], []
        return [origin.value[0]], self._after_preposition(origin.end, min(end, origin.end + 8), ("to",))

    _ASKED = re.compile(r"\b(?:asked|asks|requested|requests|urged|urges|called on|calls on|pressed|presses)\s+")

    def _asker(self, hit: CueHit, parts, ci) -> list[str]:
        """"Saudi Arabia asked Belarus to sell it 50 launchers": "it" after the verb of a
        request is the one who asked."""
        if not _compiled(r"\s+(?:it|them|him|us)\b").match(self.ctx.folded[hit.end:hit.end + 6]):
            return []
        start = parts[ci][0] if parts[ci][0] <= hit.start else 0
        asked = _last_match(self._ASKED, self.ctx.folded, start, hit.start)
        if asked is None:
            return []
        actors = [a for a in self._actors_between(start, asked.start()) if self._is_subject_before(a)]
        return [actors[0].value[0]] if actors else []

    # a request to a state to supply: "has asked Israel to supply", "requested Germany to send"
    _REQUESTED_OF = re.compile(r"\b(?:asked|asks|requested|requests)\s+(?:the\s+)?$")

    def _requester(self, hit: CueHit, parts, ci, suppliers: set[str]) -> list[str]:
        """"Ukraine, for its part, has asked Israel to supply air defence systems": the state that
        asks a supplier to supply, no recipient named, is the recipient (a new-user trial of
        0.32.0); the supplier must stand between the verb of request and "to" before the cue."""
        start = parts[ci][0] if parts[ci][0] <= hit.start else 0
        supplier = next((a for a in reversed(self._actors_between(start, hit.start)) if a.value[0] in suppliers), None)
        if supplier is None or not _compiled(r"\s+to\s+$").fullmatch(self.ctx.folded, supplier.end, hit.start) or \
                not self._REQUESTED_OF.search(self.ctx.folded, max(0, supplier.start - 20), supplier.start):
            return []
        sentence_start = self.ctx.sentences[self.ctx.sentence_index(hit.start)].start
        askers = [a for a in self._actors_between(sentence_start, supplier.start)
                  if a.value[0] not in suppliers and self._is_subject_before(a) and a.value[1] != "demonyms"]
        return [askers[0].value[0]] if askers else []

    def _arrival_after(self, m: Mention, clause_end: int) -> list[str]:
        """"A shipment of Super Puma helicopters from France reached Australia": the place an
        arrival verb after the mention names is the recipient."""
        for start, end, cue in self._verb_hits(m.end):
            if m.end <= start < clause_end and cue.side == "arrive":
                return self._object_after(CueHit(cue, start, end)) or \
                    self._after_preposition(end, clause_end, ("in", "at", "to"))  # not "in Erbil after"
        return []

    def _indirect_object(self, hit: CueHit, m: Mention) -> list[str]:
        """"Pakistan gave Afghanistan 14 Babur missiles", "Saab sold the Hungarian air force 14
        Gripens": an actor (a demonym only before a force) between a supply verb and the
        mention, with nothing else between them, is the recipient."""
        actor = self._actor_after(hit)
        if not actor or actor.value[1] == "demonyms" and not lx.FORCES.match(self.ctx.folded, actor.end):
            return []
        first = self._first_item(actor.end, m)  # "gave Ukraine its FH70 howitzers and D-30 guns": the list's
        if _compiled(r"\s*(?:[\w,'-]+\s+){0,6}").fullmatch(self.ctx.folded[actor.end:first.left_stop]) and \
                not _compiled(r"\b(?:with|to|for|and|that|which)\b").search(self.ctx.folded[actor.end:first.left_stop]):
            return [actor.value[0]]
        # "handed Tajikistan a package of military aid that included 20 heavy machine guns"
        package = self._CONTAINER_INCLUDES.search(self.ctx.folded, actor.end, m.start)
        if package and _compiled(r"(?:\s+[\w'-]+){0,3}\s+").fullmatch(self.ctx.folded, actor.end, package.start()):
            return [actor.value[0]]
        return []

    def _first_item(self, start: int, m: Mention) -> Mention:
        """The first mention after `start` of the list `m` ends (itself if it opens one): each
        mention from it to `m` joined to the next by commas, "and" or modifiers alone
        (_LIST_JOINT, no actor between)."""
        i = bisect.bisect_left(self._mention_starts, start)
        first = self.mentions[i] if i < len(self.mentions) else m
        if first is m or first.start >= m.start or first.sentence != m.sentence:
            return m
        k = i
        while self.mentions[k] is not m:
            if k + 1 >= len(self.mentions):
                return m
            end, following = self.mentions[k].end, self.mentions[k + 1]
            if following.left_stop - end > 80 or self._actors_between(end, following.left_stop) or \
                    not self._LIST_JOINT.fullmatch(self.ctx.folded, end, following.left_stop):
                return m
            k += 1
        return first

    # "in new Ukraine package", "Kyiv aid package": a state named before a package
    _PACKAGE_AFTER = re.compile(r"\s+(?:(?:military|security|aid|arms|weapons|defen[cs]e)\s+)*package")

    def _package_recipient(self, m: Mention) -> list[str]:
        """The state a package of the mention's sentence is named after ("Denmark pledges
        howitzers and drones in new Ukraine package": UKR)."""
        sentence = self.ctx.sentences[m.sentence]
        return [a.value[0] for a in self._actors_between(sentence.start, sentence.end)
                if a.value[1] != "demonyms" and self._PACKAGE_AFTER.match(self.ctx.folded, a.end)][:1]

    def _passive_subject(self, hit: CueHit, parts, ci) -> list[str]:
        """The first actor of the clause before a passive verb: its grammatical subject."""
        actors = self._actors_between(parts[ci][0] if parts[ci][0] <= hit.start else 0, hit.start)
        return [a.value[0] for a in actors[:1] if self._is_subject_before(a)]

    def _is_company_agent(self, actor_id: str, hit: CueHit) -> bool:
        """The cue's subject was named by a company of its state ("Baykar", "Hanwha"), and the
        cue is a contract or deal noun or a signing verb: the maker is the seller."""
        words = self.ctx.folded[max(0, hit.start - 40):hit.end]
        if not _compiled(r"\b(?:sign\w*|contract\w*|deal|agreement|won|wins|secured|clinched|inked)\b").search(words):
            return False
        return self._company_named_before(actor_id, hit)

    def _company_named_before(self, actor_id: str, hit: CueHit) -> bool:
        """A company of state `actor_id` stands before the cue in its sentence."""
        # (within the cue's own sentence: a headline's "Bumar-Labedy signs K2 deal" is no subject
        # of the body's "Poland signed a contract with Hyundai Rotem")
        start = max(0, hit.start - 120, self.ctx.sentences[self.ctx.sentence_index(hit.start)].start)
        return any(actor.value[0] == actor_id and actor.value[1] == "companies"
                   for actor in self._actors_between(start, hit.start))  # "Turkish drone maker Baykar"

    def _other_actors(self, m: Mention, hit: CueHit, parts, ci, makers: list[str]) -> list[str]:
        """The actors of the clause that are not the maker: "Baykar signs Kuwait deal"."""
        start = min(parts[ci][0], hit.start)
        return [a.value[0] for a in self._actors_between(start, m.start)
                if a.value[0] not in makers and a.value[1] != "demonyms"][:1]

    _SUPPLIED_BY = re.compile(r"\b(?:supplied|provided|sent|delivered|sold|shipped|smuggled|made|built|"
                              r"manufactured|designed|produced|paid for|funded|financed|donated|gifted|"
                              # the former holder of second-hand weapons ("32 F-16s retired by the
                              # Royal Norwegian Air Force"): the seller, as codebook "Actors" says
                              r"retired|decommissioned|(?:previously |formerly )?(?:operated|flown|used))\s+" +
                              lx.TRANSFER_MANNER + r"by\s+")

    # a buyer's reduced relative right after the weapon: "the Su-30K fighters ordered by Angola"
    _BOUGHT_BY = re.compile(r",?\s+(?:ordered|bought|purchased|acquired|procured|requested|commissioned)\s+"
                            r"(?:(?:in\s+\d{4}|last\s+\w+|earlier|originally|previously)\s+)?by\s+")
    _REDUCED_BY = re.compile(r",?\s+" + _SUPPLIED_BY.pattern[2:])  # right after the weapon

    def _supplied_by(self, start: int, end: int) -> list[str]:
        """"..., most of them supplied by Tehran": a supplier named later in the sentence."""
        for found in self._SUPPLIED_BY.finditer(self.ctx.folded, start, end):
            actors = self._after_preposition(found.end() - 3, end, ("by",))
            if actors:
                return actors
        return []

    def _actor_after(self, hit: CueHit) -> Match | None:
        gap = _compiled(r"\s+(?:the\s+)?").match(self.ctx.folded[hit.end:hit.end + 8])
        return self.ctx.actor_at.get(hit.end + gap.end()) if gap else None

    def _object_after(self, hit: CueHit) -> list[str]:
        """The actor right after the verb ("asked Berlin for ..."), and those coordinated with
        it ("turns to the US and Britain for submarines")."""
        actor = self._actor_after(hit)
        if actor is None:
            return []
        return self._coordinated(actor.start, self.ctx.sentence_end(actor.start, actor.end),
                                 objects=True) or [actor.value[0]]

    # "Under the 2019 agreement with Egypt,", "As part of its contract with Warsaw,": a deal
    # named before the clause of the cue, with its partner
    _DEAL_WITH = re.compile(r"\W*(?:under|as part of|in line with|in accordance with)\s+(?:the|a|an|its|their|this|that)\s+"
                            r"(?:[\w$.-]+\s+){0,4}?(?:agreements?|contracts?|deals?|accords?|arrangements?)\s+"
                            r"(?:signed\s+|concluded\s+|agreed\s+)?with\s+(?:the\s+)?")

    def _deal_partner(self, m: Mention) -> list[str]:
        """The partner of a deal that opens the mention's sentence before a comma ("Under the
        agreement with Egypt, France will supply"): the side of the transfer its clause does
        not name (codebook, "Actors": a deal's partner is the other side)."""
        sentence = self.ctx.sentences[m.sentence]
        found = self._DEAL_WITH.match(self.ctx.folded, sentence.start, m.start)
        actor = self.ctx.actor_at.get(found.end()) if found else None
        if actor is None or "," not in self.ctx.folded[actor.end:m.start]:
            return []
        return [actor.value[0]]

    _REPEATED_OBJECT = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:to\s+)?(?:the\s+)?$")

    def _repeated_object(self, hit: CueHit, m: Mention) -> list[str]:
        """"turned to France for 26 Rafale jets and to the United States for MQ-9B drones": the
        object of the verb's repeated complement (after "and", before the mention), if any."""
        if hit.end > m.start:
            return []
        for actor in reversed(self._actors_between(hit.end, m.start)):
            if actor.start > hit.end + 1 and self._REPEATED_OBJECT.search(self.ctx.folded, hit.end, actor.start) and \
                    _compiled(r"\bfor\b").search(self.ctx.folded, hit.end, actor.start):
                return [actor.value[0]]  # (not "turns to the US and Britain for": one object, coordinated)
        return []

    # a verb's object that is the subject's own forces, before "with": "equipped its air force with"
    _OWN_FORCES_WITH = re.compile(rf"\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:{lx.FORCE_NOUNS}|"
                                  r"units|squadrons|brigades|fleet)\s+with\b")

    # what may stand between the object and "with": "supplied Russia with", "the Rapid Support
    # Forces (RSF) in Sudan with"
    _WITH_AFTER_OBJECT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+in\s+[\w'-]+)?(?:\s+[\w'-]+){0,2}?\s+with\b")
    _POSSESSIVE = re.compile(r"['\u2019]s?\s+")

    def _object_with(self, hit: CueHit) -> list[str]:
        """"supplied Russia with drones", "equip Peshmerga brigades with howitzers": the actor
        right after the verb is the recipient; after a possessive, the actor it owns, else the
        possessor ("supplied Khalifa Haftar's Libyan National Army with", "Yemen's Houthi
        rebels with", "Haftar's forces with")."""
        actor = self._actor_after(hit)
        if actor and (possessive := self._POSSESSIVE.match(self.ctx.folded, actor.end)):
            owned = self.ctx.actor_at.get(possessive.end())
            if owned is not None and (owned.value[1] != "demonyms" or lx.FORCES.match(self.ctx.folded, owned.end)):
                actor = owned  # "Yemen's Houthi rebels"
            else:  # "Khalifa Haftar's forces"
                tail = " " + self.ctx.folded[possessive.end():possessive.end() + 60]
                return [actor.value[0]] if self._WITH_AFTER_OBJECT.match(tail) else []
        if actor and self._WITH_AFTER_OBJECT.match(self.ctx.folded[actor.end:actor.end + 60]):
            return [actor.value[0]]
        return []

    def _origins(self, m: Mention) -> list[str]:
        return list(dict.fromkeys(m.origins))

    def _user_demonyms(self, m: Mention, agents: list[str]) -> list[str]:
        """"Saab hands over the last Thai Gripen", "Navantia delivers Saudi corvette": a bare
        demonym on the mention of a supplier's verb names the user, not the maker, when the
        supplier and the system's designer (or the state before it: the Soviet Union before
        Russia) are another state; bare: not "Russian-made" or "Soviet-era", as in _holders."""
        if not agents:
            return []
        return [origin for origin, _ in self._bare_demonyms(m, self.origin.get(m.system)) if origin not in agents]

    def _bare_demonyms(self, m: Mention, maker: str | None):
        """(state, start) of each bare demonym on `m` (an origin word or a demonym with white space
        after it: not "Russian-made", "Soviet-era") that names another state than the system's
        maker `maker` or the state before it (the Soviet Union before Russia); for _holders and
        _user_demonyms."""
        for origin, (start, end) in zip(m.origins, m.origin_spans):
            if origin not in (maker, lx.MAKER_BEFORE.get(maker)) and self.ctx.folded[end:end + 1].isspace() and \
                    ((actor := self.ctx.actor_at.get(start)) is None or actor.value[1] == "demonyms"):
                yield origin, start  # (actor None: an origin word, "Korean")

    _FILLERS = {"the", "its", "their", "his", "her", "a", "an", "same", "loyal", "royal", "to", "so-called", "such", "as", "like",
                "including", "both", "either", "namely", "foes", "allies", "partners", "neighbours", "neighbors", "countries", "nations",
                "states", "clients", "customers", "groups", "militants", "militias", "proxies", "forces",
                "government", "regime", "ally", "neighbour", "neighbor", "country", "group", "of", "armed"}
    # The place of production, a part of the state too: "built under licence in southern Poland"
    _IN_PLACE = tuple("in " + part for part in ("southern", "northern", "eastern", "western", "central")) + ("in",)

    _POSSESSED_FORCE = re.compile(rf"\s+(?:{lx.FORCE_NOUNS})\b")  # (not "its own air force": the subject's)

    _LICENSOR = re.compile(r"\bunder\s+(?:an?\s+|the\s+)?")

    def _licensors(self, start: int, end: int) -> list[str]:
        """The states whose demonyms stand before "licence" in "under a Finnish licence"
        between `start` and `end`."""
        found = []
        for under in self._LICENSOR.finditer(self.ctx.folded, start, end):
            actor = self.ctx.actor_at.get(under.end())
            if actor is not None and actor.value[1] == "demonyms" and \
                    _compiled(r"\s+licen[cs]e\b").match(self.ctx.folded, actor.end):
                found.append(actor.value[0])
        return found

    _TO_A_FORCE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+to\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:navy|air force|army|armed forces|"
                             r"coast guard|military|marines|border guard|police)\b")

    def _after_preposition(self, start: int, end: int, words: tuple[str, ...]) -> list[str]:
        """Actors named right after `to`/`from`/`with`/`by` (allowing "its foes such as"),
        and those coordinated with them ("to Syria and Iran")."""
        for word in words:
            if self.ctx.folded.find(word, start, end) >= 0:
                break
        else:
            return []  # none of the words in the span (most calls): no need for the pattern
        pattern = _preposition_pattern(words)
        for found in pattern.finditer(self.ctx.folded, start, end):
            position = found.end()
            for _ in range(6):
                actor = self.ctx.actor_at.get(position)
                chain = self._demonym_chain(actor) if actor is not None and actor.value[1] == "demonyms" else []
                if len(chain) > 1 and (lx.FORCES.match(self.ctx.folded, chain[-1].end)
                                       or lx.STATE_BODY.match(self.ctx.folded, chain[-1].end)):
                    return _unique_ids([a.value[0] for a in chain])  # "from a Danish-German consortium"
                if actor is not None and not self._modifying_demonym(actor):
                    # a demonym only with a state body after it: "to the Indian Navy", not
                    # "for the French company"
                    return self._coordinated(position, self.ctx.sentence_end(start, end), objects=True)
                word = _compiled(r"([\w'-]+)\s+").match(self.ctx.folded[position:end])
                if word and actor is None and word.group(1) in ("its", "their") and \
                        self._POSSESSED_FORCE.match(self.ctx.folded, position + len(word.group(1))):
                    # "Ghana says Beijing has pledged to donate four patrol boats to its navy": the
                    # force is the sentence's first state's
                    index = self.ctx.sentence_index(start)
                    named = [a for a in self._actors_between(self.ctx.sentences[index].start if index >= 0 else start,
                                                             found.start()) if a.value[1] != "demonyms"]
                    return [named[0].value[0]] if named else []
                if word and actor is None and word.group(1) in lx.ORIGIN_WORDS and \
                        lx.STATE_BODY.match(self.ctx.folded, position + len(word.group(1))):
                    return [lx.ORIGIN_WORDS[word.group(1)]]  # "from the same Korean yard" (origin_words.csv)
                if not word or word.group(1) not in self._FILLERS:
                    break
                position += word.end()
            sentence_end = self.ctx.sentence_end(start, end)
            group = self._GROUP_INCLUDING.match(self.ctx.folded, found.end(), sentence_end)
            if group is not None and (actor := self.ctx.actor_at.get(group.end())) is not None and \
                    actor.value[1] != "demonyms":
                # "to partners in the region, including Sri Lanka, Mauritius and the Maldives":
                # the states the group is named by
                return self._coordinated(group.end(), sentence_end, objects=True)
        return []

    # A group of states named by a noun, then some of them: "air forces worldwide, including
    # those of", "more than 35 countries, among them"
    _GROUP_INCLUDING = re.compile(r"(?:[\w'-]+\s+){0,5}?(?:countries|states|nations|partners|customers|buyers|clients|"
                                  r"air forces|navies|armies|allies|operators|users|governments|militaries)\b"
                                  r"[^,;.:()]{0,40}?,?\s+(?:including|such as|among them|notably|for example)\s+"
                                  r"(?:those of\s+|the\s+)?")

    def _demonym_chain(self, actor: Match) -> list[Match]:
        """"Danish-German-Dutch": the demonyms joined by hyphens, from `actor` on."""
        chain = [actor]
        while (following := self.ctx.actor_at.get(chain[-1].end + 1)) is not None and \
                self.ctx.folded[chain[-1].end] == "-" and following.value[1] == "demonyms":
            chain.append(following)
        return chain

    _PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\s+(?!to\b|for\b)")
    # "us" as the verb's first object, or "to us" after the mention (never "US", the state)
    _US_OBJECT = re.compile(r"\s+us\s+(?!to\b|for\b)")
    _TO_US = re.compile(r"\s+(?:[\w,'-]+\s+){0,6}?to us\b")

    def _first_person_object(self, m: Mention, hit: CueHit) -> str | None:
        """The speaker's state as the recipient of a first-person object: "Germany gave us 15
        Leopard 2A4 tanks", "the United States agreed to sell us 12 AH-1Z helicopters", "Norway
        sent two NASAMS batteries to us": the actor the quote's attribution names, else the
        document's home state (None if neither is known)."""
        text = self.ctx.text
        if self._US_OBJECT.match(text, hit.end) or (hit.end <= m.start and self._TO_US.match(
                text, m.end, self._clause_end_after(m.end) if m.end < self.ctx.sentences[m.sentence].end else m.end)):
            return self._quote_speaker(m) or self.home_state
        return None

    def _sentence_subject(self, m: Mention, exclude: set[str]) -> list[str]:
        """"Bamako has turned to China, which shipped it VN-2 vehicles": the first actor of the
        sentence that is no prepositional object, for a pronoun object ("it", "them")."""
        subject = self._first_subject(self.ctx.sentences[m.sentence].start, m.start, exclude)
        return [subject] if subject is not None else []

    def _first_subject(self, start: int, end: int, exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The first actor in [start, end) that is no prepositional object and no demonym but
        one of a state's body ("The Czech army, meanwhile, is restocking": CZE)."""
        for actor in self._actors_between(start, end):
            if actor.value[0] not in exclude and self._is_subject_before(actor) and \
                    (actor.value[1] != "demonyms" or lx.FORCES.match(self.ctx.folded, actor.end)):
                return actor.value[0]
        return None

    _POSSESSIVE_GAP = re.compile(r"'s?\s+(?:[\w-]+\s+){0,2}")

    def _armed_group_of(self, actor: Match) -> Match | None:
        """"Sudan's RSF", "Iraq's Kurdish Peshmerga", "Khalifa Haftar's Libyan National Army": a
        non-state or sub-state force named right after a state's possessive."""
        if not self.ctx.folded.startswith("'", actor.end):
            return None  # (most actors: no possessive, so no gap to match)
        gap = self._POSSESSIVE_GAP.match(self.ctx.folded, actor.end)
        if gap is None:
            return None
        for stop in range(actor.end + 2, gap.end() + 1):  # the words after "'s", shortest first
            group = self.ctx.actor_at.get(stop)
            if group is not None and group.value[0].startswith(("NSA_", "SSF_")):
                return group
        return None

    def _coordinated(self, position: int, end: int, objects: bool = False) -> list[str]:
        """The actor at `position` and those coordinated with it; with `objects` (a
        preposition's), not one that is the subject of a verb after it ("from France and
        Kenya ordered": Kenya opens a clause)."""
        result = []
        # the preposition before a preposition's object, which "and" may repeat ("acquired from
        # Portugal and from Norway", "sold to Chile and to Jordan")
        first = position
        while position < end and (actor := self.ctx.actor_at.get(position)) is not None:
            armed = self._armed_group_of(actor)
            if armed is not None:  # "toward Sudan's RSF": the group, not its country
                actor = armed
            result.append(actor.value[0])
            joint = self._JOINT.match(self.ctx.folded, actor.end, end)
            if not joint:
                break
            if joint.group(1) and not (objects and (again := self._REPEATED_PREPOSITION.search(
                    self.ctx.folded, max(0, first - 10), first)) and again.group(1) == joint.group(1)):
                break  # ("from Portugal and to Norway": not the preposition the first actor follows)
            following = self.ctx.actor_at.get(joint.end())
            if following is not None and (self._REPORTER.match(self.ctx.folded, following.end) and "," in joint.group(0) or
                                          self._APPOSITION_AFTER.match(self.ctx.folded, following.end) or
                                          objects and (self._subject_of_verb_at(following.start) or
                                                       self._SPEECH_AFTER.match(self.ctx.folded, following.end) or
                                                       self._modifying_demonym(following))):
                break  # "bound for Port-au-Prince, the U.S. Attorney's Office said": the source ("bound
                # for Houthis, Iran denies link": a new clause);
                # "Algeria, Rabat's rival, ...": an apposition; "from France and Kenya ordered": a new subject;
                # "fighters from China and French-built Mirage III jets": a demonym of the next noun
            position = joint.end()
        return result

    def _modifying_demonym(self, actor: Match) -> bool:
        """A demonym with no force or state body after it ("French-built", "French jets"): it
        qualifies a noun, so names no further object of the preposition. A demonym before a
        name of its own state's ("the German Luftwaffe") qualifies no noun either."""
        return actor.value[1] == "demonyms" and not (lx.FORCES.match(self.ctx.folded, actor.end) or
                                                     lx.STATE_BODY.match(self.ctx.folded, actor.end) or
                                                     self._own_name_after(actor))

    def _own_name_after(self, actor: Match) -> bool:
        """A name (not a company's) of the same actor right after `actor`, one space between
        ("German Bundeswehr"; "Israeli Rafael turrets" qualifies the turrets)."""
        named = self.ctx.actor_at.get(actor.end + 1)
        return named is not None and named.value[1] == "names" and named.value[0] == actor.value[0] and \
            self.ctx.folded[actor.end] == " "

    _REPEATED_PREPOSITION = re.compile(r"\b(from|to|by)\s+(?:the\s+)?$")
    # what joins coordinated actors, with the preposition "and" may repeat (group 1)
    _JOINT = re.compile(r"(?:'s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as well as\s+)"
                        r"(?:(from|to|by)\s+)?(?:the\s+)?")

    # a verb of saying or denying right after an actor: it opens a clause of its own
    _SPEECH_AFTER = re.compile(r"\s+(?:(?:has|have|had|also)\s+)?(?:denies|denied|deny|says|said|rejects|rejected|"
                               r"insists|insisted|warns|warned|confirms|confirmed|responds|responded|dismisses|"
                               r"dismissed|calls|called|protests|protested)\b")

    # an actor that opens a report, not one more party: "..., the U.S. Attorney's Office said"
    _REPORTER = re.compile(r"(?:'s?)?(?:\s+[\w'-]+){0,3}?\s+(?:said|says|told|announced|reported|confirmed|stated)\b")

    _PRESSURE_BEFORE = re.compile(r"\b(?:press\w*|urg\w*|ask\w*|calls? on|called on|push\w*|persuad\w*|"
                                  r"prevent\w*|stop\w*|allow\w*|help\w*|clear\w*|approv\w*|authori[sz]\w*|"
                                  r"permit\w*)\s+(?:the\s+)?$")  # "has cleared the Philippines to buy"

    def _agents(self, m: Mention, hit: CueHit, parts, ci, exclude: set[str]) -> list[str]:
        """The agent and the actors coordinated with it ("Romania and Latvia have ..."); for a
        verb after an offer's "to", the offerer ("Slovakia is weighing a U.S. offer to sell it
        12 helicopters": the United States sells, not Slovakia)."""
        if hit.cue.form == "verb" and (offerer := self._offerer(hit)) is not None and offerer not in exclude:
            return [offerer]
        agent = self._agent(m, hit, parts, ci, exclude)
        if agent is None:
            if group := self._group_subject(m, hit, parts, ci):
                return [a for a in group if a not in exclude]
            earlier = self._pronoun_subject(m, hit, parts, ci)
            if earlier and _compiled(r"\bthey\b").search(self.ctx.folded, max(0, hit.start - 40), hit.start):
                # "Norway and Denmark said they had sent ...": "they" are the coordinated subjects
                # ("Norway and Denmark signed the deal. They will send ...")
                start = self.ctx.sentences[max(0, m.sentence - 2)].start
                named = next((a for a in reversed(self._actors_between(start, hit.start)) if a.value[0] == earlier), None)
                if named is not None:
                    end = self.ctx.sentences[self.ctx.sentence_index(named.start)].end
                    return [a for a in self._coordinated(named.start, min(end, hit.start)) if a not in exclude]
            return [earlier] if earlier and earlier not in exclude else []
        if agent.value[1] == "demonyms" and len(chain := self._demonym_chain(agent)) > 1:
            return [a for a in _unique_ids([a.value[0] for a in chain]) if a not in exclude]  # "The Danish-German initiative"
        start = self._list_start(agent)
        return [a for a in self._coordinated(start, hit.start) if a not in exclude] or [agent.value[0]]

    # A noun of offering or promising right before a verb's "to": "a U.S. offer to sell"
    _OFFER_TO = re.compile(r"\b(?:offers?|proposals?|bids?|pledges?|promises?)\s+to\s+$")

    def _offerer(self, hit: CueHit) -> str | None:
        """The state whose offer or pledge a verb cue completes: the demonym before the noun
        ("an American offer to sell"; _demonym_before) or its possessor ("Russia's offer to
        supply"), else None."""
        found = self._OFFER_TO.search(self.ctx.folded, max(0, hit.start - 20), hit.start)
        if found is None:
            return None
        demonym = self._demonym_before(found.start())
        if demonym is not None:
            return demonym
        possessive = _compiled(r"(?<!\S)(\S+?)['\u2019]s?\s+$").search(self.ctx.folded, max(0, found.start() - 40),
                                                                     found.start())
        actor = self.ctx.actor_at.get(possessive.start(1)) if possessive else None
        return actor.value[0] if actor is not None else None

    def _list_start(self, agent: Match) -> int:
        """Where the list of states that `agent` closes starts: "Poland, Romania and Estonia
        bought HIMARS launchers" (the agent Romania, coordinated with Estonia, follows Poland and
        a comma: the list starts at Poland). `agent`'s own start when nothing but an actor and a
        comma stands before it, or when no "and" or "or" follows it."""
        joint = _compiled(r"\s*,?\s+(?:and|or|as well as)\s+(?:the\s+)?").match(self.ctx.folded, agent.end)
        if joint is None or self.ctx.actor_at.get(joint.end()) is None:
            return agent.start
        current = agent
        while True:
            before = self._actors_between(max(0, current.start - 60), current.start)
            if not before or before[-1].value[1] == "demonyms" or \
                    not _compiled(r"(?:'s)?\s*,\s*(?:the\s+)?").fullmatch(self.ctx.folded, before[-1].end, current.start) or \
                    self._PREPOSITION_BEFORE.search(self.ctx.folded, max(0, before[-1].start - 12), before[-1].start):
                return current.start  # (not "In Kenya, Uganda and Tanzania bought": a scene)
            current = before[-1]

    _PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|for|with|by|of|on|after|like|unlike)\s+(?:the\s+)?$")

    # a group the text has named state by state: "the partners", "the five countries", "the group"
    _GROUP = re.compile(r"\bthe\s+(?:(two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                        r"(?:partners|countries|states|nations|governments|buyers|allies|members|group)\b")

    def _group_subject(self, m: Mention, hit: CueHit, parts, ci) -> list[str]:
        """"Finland, Norway, Estonia, Latvia and Lithuania signed a joint contract ... the
        partners will buy 14 fire units": a group as the cue's subject stands for the list of
        two or more states that opens the nearest earlier sentence (up to three back; its first
        actor, a subject within its first 60 characters); "the two countries" asks for a list
        of two."""
        clause_start = parts[ci][0] if hit.start >= parts[ci][0] else parts[clause_at(parts, hit.start)][0]
        group = self._GROUP.search(self.ctx.folded, clause_start, hit.start)
        if group is None:
            return []
        count = lx.NUMBER_WORDS.get(group.group(1) or "")
        for index in range(m.sentence - 1, max(-1, m.sentence - 4), -1):
            sentence = self.ctx.sentences[index]
            first = next(iter(self._actors_between(sentence.start, sentence.end)), None)
            if first is not None and first.value[1] != "demonyms" and first.start - sentence.start <= 60 and \
                    self._is_subject_before(first):
                named = self._coordinated(first.start, sentence.end)  # the list that opens the sentence
                if len(named) > 1 and count in (None, len(named)):
                    return named
        return []

    _PRONOUN = re.compile(r"(?<![\w-])(?:it|they|the country|the kingdom|the government|the island|the republic|"
                          r"the state|the ministry|the emirate|its (?:navy|army|air force|military|armed forces|"
                          r"government|defence ministry|defense ministry|coast guard|marines))\b")

    _SCENE = re.compile(r"\W*(?:in|across)\s+")

    def _scene_state(self, m: Mention) -> str | None:
        """The state the mention's sentence opens with as its scene, "In Nigeria, ...", "Elsewhere,
        in Kenya, ..." (not a demonym, nor a group), if any."""
        sentence = self.ctx.sentences[m.sentence]
        opening = self._SCENE_OPENING.match(self.ctx.folded, sentence.start, m.start)
        actor = self.ctx.actor_at.get(opening.end()) if opening else None
        if actor is None or actor.value[1] not in ("names", "seats") or not _compiled(r"[A-Z]{3}").fullmatch(actor.value[0]) or \
                not _compiled(r"\s*,").match(self.ctx.folded, actor.end, m.start):
            return None
        return actor.value[0]

    _SCENE_OPENING = re.compile(r"\W*(?:(?:elsewhere|meanwhile|separately|similarly|likewise),\s+)?in\s+")
    _FIRST_PERSON = re.compile(r"(?<![\w-])we\b")

    _ATTRIBUTION = re.compile(r"[\"\u201d]\s*,?\s*(?:[\w'-]+\s+){0,6}?(?:said|says|told|added|stated)\b|"
                              r"[\"\u201d]\s*,?\s*(?:said|says|told|added)\s+(?:[\w'-]+\s+){0,6}")

    def _quote_speaker(self, m: Mention) -> str | None:
        """The actor named in the attribution right after the quote that holds `m` ('..., "
        Tehran said', '..." said the Iranian foreign ministry'), if any."""
        sentence = self.ctx.sentences[m.sentence]
        found = self._ATTRIBUTION.search(self.ctx.folded, m.end, sentence.end)
        actors = self._actors_between(found.start(), found.end() + 1) if found else []
        return actors[0].value[0] if actors else None

    # a state's own institution before its name, as a letterhead gives it ("Parliament of
    # Romania", "Ministry of Defence of the Republic of Lithuania", "Embassy of Japan")
    _INSTITUTION_OF = re.compile(r"\b(?:parliament|ministry(?: of [\w ]{3,30}?)?|government|embassy|senate|"
                                 r"national assembly|presidency|office of the president) of (?:the )?$")

    @functools.cached_property
    def home_state(self) -> str | None:
        """The state whose officials speak in the first person ("we"): the first state the headline
        and the first two sentences after it name with its minister or ministry ("Norway's defence
        minister", "the Polish defence ministry"), else the one they name most often (names,
        capitals and demonyms; ties: the first named), if it is named at least twice there."""
        end = self.ctx.sentences[min(2, len(self.ctx.sentences) - 1)].end if self.ctx.sentences else 0
        actors = self.ctx.actors_starting(0, end)
        named = [a.value[0] for a in actors if a.value[1] != "companies"]
        if not named:
            return None
        for actor in actors:
            if lx.MINISTER.match(self.ctx.folded, actor.end) or self._INSTITUTION_OF.search(self.ctx.folded, 0, actor.start):
                # "Norway's defence minister on Ukraine aid", "PARLIAMENT OF ROMANIA": its officials speak
                return actor.value[0]
        best = max(dict.fromkeys(named), key=named.count)
        return best if named.count(best) >= 2 else None

    # an announcer and the pronoun of its statement: "(the announcement) by Germany that it
    # will send", "Germany's pledge that it would"
    _ANNOUNCEMENTS = "announcement|statement|decision|pledge|promise|confirmation|assurance|commitment"
    _BY_BEFORE = re.compile(rf"\b(?:{_ANNOUNCEMENTS})\s+"
                            r"(?:[\w'-]+\s+){0,4}?by\s+(?:the\s+)?$")  # (not "a claim by Seoul that it": the claimed)
    _POSSESSIVE_STATEMENT = re.compile(rf"'s?\s+(?:\w+\s+)?(?:{_ANNOUNCEMENTS}|offer)\b")  # ("Germany's offer that it")
    _ANNOUNCER_THAT = re.compile(r"(?:'s?\s+(?:\w+\s+)?\w+)?\s+that\s+(?:it|they)\s+(?:[\w'-]+\s+){0,3}$")

    def _pronoun_subject(self, m: Mention, hit: CueHit, parts, ci) -> str | None:
        """"It has received dozens of Rafale fighters": a pronoun (or "the country", "its navy")
        as the cue's subject stands for the subject of the sentences before: the first actor
        of the nearest earlier sentence (up to two back) that is not the object of a preposition;
        or the state a sentence opens with ("In Colombia, the government has ...")."""
        clause_start = parts[ci][0] if hit.start >= parts[ci][0] else parts[clause_at(parts, hit.start)][0]
        if self._FIRST_PERSON.search(self.ctx.folded, clause_start, hit.start):
            # "We ordered 24 AH-64E helicopters from the United States"; '"We have not provided
            # weapons to either side," Tehran said': the speaker the quote names, else the home state
            return self._quote_speaker(m) or self.home_state
        if not self._PRONOUN.search(self.ctx.folded, clause_start, hit.start):
            return None
        sentence = self.ctx.sentences[m.sentence]
        if self._FORCE_SAYS.search(self.ctx.folded, max(0, sentence.start - 2), hit.start):  # (from the stop before)
            # "Air force confirms it is operating four leased AW139s": the pronoun is the force
            # that speaks, no state named for it (the article's, as the force's own cue is)
            return None
        for actor in reversed(self._actors_between(sentence.start, hit.start)):
            if actor.value[1] != "demonyms" and self._ANNOUNCER_THAT.match(self.ctx.folded, actor.end, hit.start) and (
                    self._BY_BEFORE.search(self.ctx.folded, max(0, actor.start - 60), actor.start) or
                    self._POSSESSIVE_STATEMENT.match(self.ctx.folded, actor.end)):
                # "the announcement by Germany that it will send", "Germany's pledge that it would": the announcer
                return actor.value[0]
        told = next((a for a in self._actors_between(clause_start, hit.start) if self._addressee(a, hit)), None)
        if told is not None and (teller := self._first_subject(clause_start, told.start)):
            return teller  # "Russia has told India it will deliver": the teller
        scene = self._SCENE.match(self.ctx.folded, sentence.start)
        actor = self.ctx.actor_at.get(scene.end()) if scene else None
        if actor is not None and actor.value[1] != "demonyms" and \
                _compiled(r"\s*,").match(self.ctx.folded[actor.end:actor.end + 3]):
            return actor.value[0]  # "In Colombia, the government has put on hold plans to buy"
        if clause_start > sentence.start and (subject := self._first_subject(sentence.start, clause_start)):
            return subject  # "Qatar's fleet is in service, and the emirate wants more": the sentence's own
        return self._earlier_subject(m.sentence)

    # a force named for no state that says or confirms something of itself: "Air force confirms
    # it is operating", "The navy said it had received"
    _FORCE_SAYS = re.compile(rf"(?:^|[:;,.\n-]\s*)(?:the\s+)?(?:{lx.FORCE_NOUNS})\s+(?:(?:has|had|also)\s+)?"
                             r"(?:says|said|confirms|confirmed|announces|announced|states|stated|reports|reported)\s+"
                             r"(?:that\s+)?(?:it|they)\s+(?:[\w'-]+\s+){0,3}$")

    def _earlier_subject(self, sentence: int) -> str | None:
        """The first actor, no prepositional object, of the nearest of the two sentences before
        `sentence` that has one: what a pronoun subject stands for."""
        for index in range(sentence - 1, max(-1, sentence - 3), -1):
            subject = self._first_subject(self.ctx.sentences[index].start, self.ctx.sentences[index].end)
            if subject is not None:
                return subject
        return None

    def _agent(self, m: Mention, hit: CueHit, parts, ci, exclude: set[str]) -> Match | None:
        """The cue's subject: the object of a verb of pressure ("pressed Russia not to sell"),
        else the first actor of the clause (or of an earlier clause) that is not the object
        of a preposition and not the origin of the weapon."""
        sentence_start = self.ctx.sentences[m.sentence].start
        for actor in reversed(self._actors_between(max(sentence_start, hit.start - 80), hit.start)):
            after = self.ctx.folded[actor.end:actor.end + 20]
            if self._PRESSURE_BEFORE.search(self.ctx.folded[max(0, actor.start - 30):actor.start]) and \
                    not _compiled(r"\s+for (?:permission|approval|consent)").match(after) and \
                    not _compiled(r"\b(?:and|but)\b").search(self.ctx.folded, actor.end, hit.start):
                return actor  # "pressed Russia not to sell" (but "asked Berlin for permission to send";
                # not "allowed Polisario to set up camps and supplied it": the subject's second verb)
            if _compiled(r"\bfrom\s+$").search(self.ctx.folded[max(0, actor.start - 8):actor.start]) and \
                    _compiled(r"(?:\s*(?:,|and|or)\s*[^,]*?)?\s+to\s+(?:\w+\s+)?").fullmatch(
                                 self.ctx.folded[actor.end:hit.start]):
                return actor  # "requests from Denmark and Spain to send weapons"
            if self._conjunction_subject(actor, hit) and actor.value[0] not in exclude:
                return actor  # "Cairo turned to Beijing after Washington refused to sell it F-16s"
        hit_clause = clause_at(parts, hit.start)
        opening = self._RELATIVE_OPENING.match(self.ctx.folded, parts[hit_clause][0])
        if opening and hit_clause > 0 and \
                not [a for a in self._actors_between(opening.end(), hit.start) if a.value[0] not in exclude]:
            # "and to China, which shipped it VN-2 vehicles": the relative pronoun's antecedent
            before = self._actors_between(parts[hit_clause - 1][0], parts[hit_clause][0])
            if before and before[-1].value[0] not in exclude and \
                    self._ANTECEDENT_END.fullmatch(self.ctx.folded, before[-1].end, parts[hit_clause][0]):
                if opening.group(1):  # "Britain and New Zealand, both of which bought": from the first of them
                    first = len(before) - 1
                    while first > 0 and _compiled(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?").fullmatch(
                            self.ctx.folded, before[first - 1].end, before[first].start):
                        first -= 1
                    return before[first]
                return before[-1]  # (or its forces: "for the Indian Air Force, which operates 36 Rafales")
        for index in range(ci, -1, -1):
            start, end = parts[index]
            if end <= hit.start and self._RELATIVE_OPENING.match(self.ctx.folded, start):
                if index + 1 == hit_clause and index > 0 and not self._CLAUSE_COMMA.match(self.ctx.folded, end):
                    # "Germany, which ranks as Israel's second-largest arms supplier": the relative
                    # clause runs on into the cue's, whose subject is the relative pronoun's antecedent
                    before = self._actors_between(parts[index - 1][0], start)
                    if before and before[-1].end + 1 >= start and before[-1].value[0] not in exclude:
                        return before[-1]
                continue  # "The Houthis, who hold Sanaa, have launched": not the relative clause's actors
            if end <= hit.start and self._APPOSITION.match(self.ctx.folded, start, end):
                continue  # "Serbia, another traditional Russian customer, took delivery": not Russia
            reported = _last_match(lx.REPORTING, self.ctx.folded, start, min(end, hit.start))
            if reported and self._actors_between(reported.end(), min(end, hit.start)):
                start = reported.end()  # "officials said Russia had launched": Russia
            for actor in self._actors_between(start, min(end, hit.start)):
                if self._PRONOUN_CLAUSE.search(self.ctx.folded, actor.end, hit.start) or self._addressee(actor, hit):
                    continue  # "South Korean allegations that it has supplied": the pronoun's, told before
                if self._is_subject(actor, m) and actor.value[0] not in exclude:
                    return self._armed_group_of(actor) or actor  # "Sudan's RSF received": the force
            if start <= hit.start and self._OWN_SUBJECT.match(self.ctx.folded, start):
                return None  # ", and the air force has since taken delivery of": its own subject
        return None

    # a sentence that opens with a clause of time or condition, up to its comma
    _FRONTED_CLAUSE = re.compile(r"\W*(?:once|when|whenever|after|before|until|till|as soon as|if|unless|while)\b[^,;:]*,")

    def _in_fronted_clause(self, m: Mention, verb: CueHit) -> bool:
        """`verb` stands in a clause of time or condition that opens the sentence, and the
        mention after its comma, in the main clause: "Once the new batch arrives, the air force
        will fly 54 of the fighters" (the arrival is the batch's, not the fleet's)."""
        sentence = self.ctx.sentences[m.sentence]
        fronted = self._FRONTED_CLAUSE.match(self.ctx.folded, sentence.start, m.start)
        return fronted is not None and verb.end <= fronted.end() <= m.left_stop

    _RELATIVE_OPENING = re.compile(r"\s*,\s*((?:both|all|each|most|some|many|several|two|three) of\s+)?"
                                   r"(?:who|which|whom|whose|where)\b")  # ("..., both of which bought")
    _TO_WHICH = re.compile(r"\s*,\s*to\s+(?:which|whom)\b")

    def _to_which(self, hit: CueHit, parts) -> list[str]:
        """The antecedent of "to which" ("to whom") that opens the cue's clause: "Ukraine, to
        which it has given Leopard 2 tanks" gives them to Ukraine (a new-user trial of 0.32.0)."""
        index = clause_at(parts, hit.start)
        if index == 0 or not self._TO_WHICH.match(self.ctx.folded, parts[index][0]):
            return []
        before = self._actors_between(parts[index - 1][0], parts[index][0])
        if before and self._ANTECEDENT_END.fullmatch(self.ctx.folded, before[-1].end, parts[index][0]):
            return [before[-1].value[0]]
        return []

    # what may stand between a relative pronoun's antecedent and the comma that opens the
    # relative clause: nothing, or the state's forces ("the Indian Air Force, which")
    _ANTECEDENT_END = re.compile(rf"(?:'s)?(?:\s+(?:{lx.FORCE_NOUNS}))?[\s\S]?")
    _CLAUSE_COMMA = re.compile(r"\s*[,;:]")
    # a clause of its own with a pronoun subject between an actor and the cue: "allegations
    # that it has supplied", "claims that they had sent"
    _PRONOUN_CLAUSE = re.compile(r"\b(?:that|whether|because|since|after|when)\s+(?:it|they)\s+(?:[\w']+\s+){0,3}$")
    # the addressee of a verb of telling, then a pronoun subject with no "that": "Russia has told
    # India it will deliver"
    _TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|warned|warns|assured|assures|informed|informs|promised|promises|"
                              r"reminded|reassured)\s+(?:the\s+)?$")
    _PRONOUN_AFTER = re.compile(r"\s+(?:it|they)\s+(?:[\w']+\s+){0,3}")

    def _addressee(self, actor: Match, hit: CueHit) -> bool:
        """`actor` is told something whose subject is a pronoun, right before the cue ("Russia has
        told India it will deliver"): the pronoun is the teller, not the addressee."""
        return bool(self._PRONOUN_AFTER.fullmatch(self.ctx.folded, actor.end, hit.start) and
                    self._TOLD_BEFORE.search(self.ctx.folded, max(0, actor.start - 20), actor.start))

    # an apposition: a noun phrase between commas after the subject, with no verb ("Egypt, a
    # longtime American ally, ...")
    _APPOSITION = re.compile(r"\s*,\s*(?:a|an|another|the|one of the|long|longtime|once)\s[^,;]*?,?\s*$")

    # A coordinated clause that opens with a subject of its own (no actor): the agent is not
    # to be looked for in the clause before it.
    _OWN_SUBJECT = re.compile(r"\s*(?:[;:]|,?\s*(?:and|but|while|whereas)\b)\s*(?:the|its|their|his|her|this|these|those)\s")

    def _object_possessor(self, m: Mention, hit: CueHit) -> bool:
        """The mention's possessor stands between a noun cue and it ("an order for Norway's
        NASAMS"): the possessor of the noun's object, not of the noun."""
        return bool(m.possessor) and hit.cue.form == "noun" and hit.end <= m.start and \
            "'s" in self.ctx.folded[hit.end:m.start] and \
            bool(self._PURCHASE_NOUN.search(self.ctx.folded, hit.start, hit.end))

    # the nouns of buying whose object's possessor sells (not "production of Poland's K2PL tanks")
    _PURCHASE_NOUN = re.compile(r"\b(?:orders?|purchases?|acquisitions?|procurement|requests?)\b")

    def _possessive_agent(self, m: Mention, hit: CueHit) -> str | None:
        """The possessor of the mention or of the cue ("Russia's offer of"), or the demonym
        between a determiner and a noun cue, which stands for one ("an Indian offer of Tejas
        fighters", "a Polish purchase of K2 tanks"); for "its"/"their" before a noun cue, the
        sentence's subject ("Kyiv has renewed its request for Israel's Iron Dome system")."""
        if hit.cue.form == "noun" and hit.start < m.start and self._ITS_BEFORE.search(
                self.ctx.folded, max(0, hit.start - 12), hit.start) and \
                (subject := self._its_subject(m, hit)) is not None:
            return subject  # "Kyiv has renewed its request for Israel's Iron Dome system": Kyiv's request
        if m.possessor and not self._object_possessor(m, hit):
            return m.possessor
        if hit.cue.form == "noun" and (demonym := self._demonym_before(hit.start)) is not None:
            return demonym
        before = self.ctx.folded[max(0, min(hit.start, m.start) - 30):min(hit.start, m.start)]
        # ((?<!\S): no tries inside a word; and none without the mark the pattern holds)
        possessive = "'s" in before and _compiled(r"(?<!\S)(\S+)'s\s+(?:[\w-]+\s+){0,2}$").search(before)
        if possessive:
            position = min(hit.start, m.start) - len(before) + possessive.start(1)
            actor = self.ctx.actor_at.get(position)
            if actor:
                return (self._armed_group_of(actor) or actor).value[0]  # "Sudan's RSF received": the force
        return None

    def _its_subject(self, m: Mention, hit: CueHit) -> str | None:
        """The state an "its" before a noun cue stands for: the subject of the sentence before
        the cue, or, when "its" opens the sentence, that of the sentence before ("the Cypriot
        National Guard bought from Moscow. Its purchases included Mi-35 attack helicopters":
        CYP; since 0.52.0)."""
        sentence = self.ctx.sentences[m.sentence]
        subject = self._first_subject(sentence.start, hit.start)
        if subject is None and m.sentence > 0 and self._OPENING_ITS.match(self.ctx.folded, sentence.start, hit.start):
            before = self.ctx.sentences[m.sentence - 1]
            subject = self._first_subject(before.start, before.end)
        return subject

    _OPENING_ITS = re.compile(r"\W*(?:its|their)\s")
    _DETERMINER_END = re.compile(r"\b(?:a|an|the)\s+$")
    _ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$")

    _AUXILIARY_AHEAD = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|been|being|said|says)\b")

    def _noun_by_agent(self, m: Mention, hit: CueHit, clause_end: int) -> list[str]:
        """The by-phrase of a noun cue before the mention, ahead of any verb: its agent ("the
        purchase of 12 F-35A jets by Switzerland": the buyer; not "... was approved by
        Congress", the approver)."""
        if hit.cue.form != "noun" or hit.start > m.start:
            return []
        verb = self._AUXILIARY_AHEAD.search(self.ctx.folded, m.end, clause_end)
        agents = self._after_preposition(m.end, verb.start() if verb else clause_end, ("by",))
        if not agents and hit.cue.side == "receive" and verb is not None and \
                (called_off := self._CALLED_OFF_BY.match(self.ctx.folded, verb.start(), clause_end)):
            # "The order for 12 Rafale jets was cancelled by Jakarta": the buyer calls off its purchase
            agents = self._after_preposition(called_off.end(), clause_end, ("by",))
        return agents

    # a purchase called off in the passive, up to its by-agent (codebook, "Status")
    _CALLED_OFF_BY = re.compile(r"(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:cancel(?:l?ed)|scrapped|"
                                r"called off|terminated|dropped|abandoned|suspended|frozen|halted)\s+(?=by\s)")

    def _demonym_before(self, position: int) -> str | None:
        """The state of a demonym right before `position` with a determiner before it ("an
        Indian offer"; a state's abbreviation serves as one: "a U.S. offer"; an adjective of
        time as the determiner: "recent US deliveries"), if any."""
        before = self.ctx.folded[max(0, position - 40):position]
        gap = len(before) - len(before.rstrip())
        actor = next((a for a in self._actors_between(max(0, position - 40), position)
                      if a.end == position - gap), None)
        if actor is None or not gap or not (actor.value[1] == "demonyms" or self._ABBREVIATION.fullmatch(
                self.ctx.text, actor.start, actor.end)) or \
                not (self._DETERMINER_END.search(self.ctx.folded, max(0, actor.start - 6), actor.start) or
                     self._TIME_ADJECTIVE_END.search(self.ctx.folded, max(0, actor.start - 16), actor.start)):
            return None
        return actor.value[0]

    # an adjective of time that serves as the determiner ("Recent US deliveries have included";
    # since 0.52.0), not after a possessive, whose state is the noun's party ("Bolivia's earlier
    # Chinese purchases": China sells)
    _TIME_ADJECTIVE_END = re.compile(r"(?<!'s )(?<!s' )\b(?:recent|earlier|previous|past|further|new|latest|later)\s+$")

    # A state's abbreviation used as a demonym: "a U.S. offer", "the UK offer"
    _ABBREVIATION = re.compile(r"[A-Z](?:\.?[A-Z]){1,3}\.?")

    # "Algeria, Rabat's rival, has responded by buying": a possessive inside an apposition
    _APPOSITION_BEFORE = re.compile(r"\S\s*,\s*$")
    _APPOSITION_AFTER = re.compile(r"'s?\s+[\w-]+(?:\s+[\w-]+)?\s*,")

    def _is_subject_before(self, actor: Match) -> bool:
        """The actor is not the object of a preposition, nor an origin ("Russian-made"), nor
        the possessor in an apposition ("Algeria, Rabat's rival, has ...")."""
        before = self.ctx.folded[max(0, actor.start - 30):actor.start]
        owner = self._possessor_before(actor)
        if owner is not None and _compiled(r"\b(?:by|from|with)\s+(?:the\s+)?$").search(
                self.ctx.folded, max(0, owner.start - 12), owner.start):
            return False  # "built by South Korea's HD Hyundai Heavy Industries"
        if self._absolute_subject(actor):
            return True
        window = max(0, actor.start - 50)
        if (of := lx.OF_BEFORE.search(self.ctx.folded, window, actor.start)) is not None and \
                (official := lx.OFFICIAL.search(self.ctx.folded, window, of.start())) is not None:
            # "the vice-chief of the Indian Navy handed ...": the person's state is the subject
            before = self.ctx.folded[max(0, official.start() - 30):official.start()]
        return not lx.NON_SUBJECT_PREPOSITIONS.search(before) and \
            not _compiled(r"-(?:made|built)").match(self.ctx.folded[actor.end:actor.end + 6]) and \
            not (self._APPOSITION_AFTER.match(self.ctx.folded, actor.end) and self._APPOSITION_BEFORE.search(before))

    # an absolute construction's -ing verb right after "with" and its subject: "..., with
    # Pakistan receiving 80 percent of its weapons from China" (not "a deal with Saab including")
    _ABSOLUTE_ING = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:including|according|concerning|regarding|during|following|"
                               r"involving|excluding|totalling|totaling|worth|being)\b)\w+ing\b")

    def _absolute_subject(self, actor: Match) -> bool:
        """The actor after "with" is the subject of the -ing verb right after it: "with Pakistan
        receiving most of its weapons from China" (Pakistan receives; no with-object)."""
        return bool(_compiled(r"\bwith\s+(?:the\s+)?$").search(self.ctx.folded, max(0, actor.start - 12), actor.start)
                    and self._ABSOLUTE_ING.match(self.ctx.folded, actor.end))

    def _possessor_before(self, actor: Match) -> Match | None:
        """The actor whose possessive stands right before `actor` ("South Korea's" before "HD
        Hyundai Heavy Industries"), if any."""
        if "'" not in self.ctx.folded[max(0, actor.start - 8):actor.start]:
            return None  # (no possessive mark right before it: most actors)
        before = self._actors_between(max(0, actor.start - 40), actor.start)
        if before and _compiled(r"'s?\s+").fullmatch(self.ctx.folded, before[-1].end, actor.start):
            return before[-1]
        return None

    def noun_status(self, index: int, start: int, end: int, side: str) -> tuple[str, str]:
        """Status and cue words of a transfer noun at [start, end) of sentence `index` with no
        weapon of its own ("announced a military aid package": ordered)."""
        parts = self._clauses(index)
        ci = clause_at(parts, start)
        stand_in = Mention(start, end, index, "", "unspecified", "event")
        return self._status(stand_in, CueHit(lx.Cue(side, "noun", "unknown"), start, end), parts, ci)

    def _is_subject(self, actor: Match, m: Mention) -> bool:
        """The actor can be the cue's subject: not the mention's origin word, not the object
        of a preposition, not an origin ("Russian-made")."""
        return (actor.start, actor.end) not in m.origin_spans and self._is_subject_before(actor)

    # a verb that weighs, seeks or negotiates the transfer its object noun names
    _WEIGHING = re.compile(r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|evaluat(?:es?|ed|ing)|"
                           r"mull(?:s|ed|ing)?|explor(?:es?|ed|ing)|seek(?:s|ing)?|sought|pursu(?:es?|ed|ing)|"
                           r"negotiat(?:es?|ed|ing)|discuss(?:es|ed|ing)?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                           r"(?:possible\s+|potential\s+|proposed\s+|planned\s+)?$")

    # a noun of a transfer done, dated by its clause in a year before publication: delivered
    _DONE_NOUN = re.compile(r"(?:purchases?|acquisitions?|transfers?|sales?|gifts?|donations?|supply|supplies|"
                            r"deliver(?:y|ies)|exports?|imports?|handovers?)\b")

    # a weapon launched or fired from a place, right after the mention
    _LAUNCHED_FROM = re.compile(r"\s*,?\s*(?:(?:that|which)\s+(?:were|was|had been|have been)\s+)?(?:\w+ly\s+)?"
                                r"(?:launched|fired|flown|lobbed)\s+(?:[\w-]+\s+){0,2}?from\s")

    # a noun naming a party of the trade by its role: the state it is said of is that party
    _ROLE_NOUN = re.compile(r"\s*(?:suppliers?|exporters?|importers?|export customers?|customers?|buyers?|clients?)\b")
    _SUPPLIER_NOUN = re.compile(r"\s*(?:suppliers?|exporters?)\b")
    # an appositive before the mention's noun phrase: "China, its largest arms supplier"
    _ITS_APPOSITIVE = re.compile(r",\s+(?:its|their)\s+(?:(?:main|largest|biggest|top|key|chief|principal|leading|"
                                 r"major|traditional|sole|only|second-largest|third-largest|second-biggest|"
                                 r"long-standing|longtime|long-time|dominant|primary|single)\s+){1,2}$")

    def _apposition_head(self, m: Mention) -> str | None:
        """The actor right before ", its ..." that opens `m`'s noun phrase, else None."""
        start = max(0, m.start - 60)
        found = self._ITS_APPOSITIVE.search(self.ctx.folded, start, m.start)
        if found is None:
            return None
        before = [a for a in self.ctx.actors_starting(start, found.start()) if a.end == found.start()]
        return before[0].value[0] if before and before[0].value[1] != "demonyms" else None

    def _has_subject_link(self, m: Mention, hit: CueHit) -> bool:
        """A nominal cue inside "a contract/deal with X for the purchase of" behaves like a verb,
        and so do "signed a contract for", a buyer's noun ("became the first export customer
        for the Rafale") and one after a verb of aspect ("has stepped up deliveries of")."""
        # (the nouns of frames.csv's Contract, Commerce_buy (option) and Request_entity rows, the
        # verb that opens its Commerce_buy (option exercised) row, and "interest")
        if _compiled(r"\s*(?:contracts?|deals?|agreements?|orders?|options?|exercis(?:ed|es|ing)|interest|letters? of intent|memorand(?:um|a)|"
                     r"letters? of (?:offer and )?acceptance|mous?)\b").match(self.ctx.folded, hit.start, hit.end) or \
                self._ROLE_NOUN.match(self.ctx.folded, hit.start, hit.end):
            return True  # (a party's noun: "export customer for", "Azerbaijan's main supplier of")
        if lx.ASPECT_BEFORE.search(self.ctx.folded, max(0, hit.start - 48), hit.start):
            return True  # "Russia has stepped up deliveries of armoured vehicles to"
        if self._WEIGHING.search(self.ctx.folded, max(0, hit.start - 48), hit.start):
            return True  # "The Philippines is considering the purchase of attack helicopters"
        clause_before = self.ctx.folded[max(0, hit.start - 80):hit.start]
        # (the pattern ends in "for", "on" or "the" and white space: tried only then)
        return bool(clause_before.rstrip().endswith(("for", "on", "the")) and _compiled(
            r"\b(?:contract|deal|agreement|plans?|wants?|interest)\b.*\b(?:for|on)\s+(?:the\s+)?$").search(
                              clause_before)) or m.determiner in ("its", "their") or bool(m.possessor)

    def _nominal_fallback(self, m, parts, ci, suppliers, recipients, side):
        """A nominal cue names one side by a preposition or a demonym; the other side is the
        first other state of the clause ("Moscow's ties with Tehran including the shipment of
        weaponry to Iran"), but a company is never the recipient ("Saab has offered Gripens,
        competing with a French bid of Rafale jets")."""
        known = {a for a, _ in suppliers + recipients}
        if not known:
            return suppliers, recipients
        candidate = None
        for start, end in self._clauses_back(parts, ci):
            for actor in self._actors_between(start, min(end, m.start)):
                if actor.value[0] not in known and (actor.value[1] != "demonyms" or lx.FORCES.match(
                        self.ctx.folded, actor.end)) and (actor.start, actor.end) not in \
                        m.origin_spans and not _compiled(r"\b(?:against|according to|for|to)\s+$").search(
                            self.ctx.folded[max(0, actor.start - 20):actor.start]):
                    candidate = actor
                    break
            if candidate:
                break
        if candidate is None:
            return suppliers, recipients
        if not suppliers:
            # "Bulgaria, Croatia and Serbia had approved sales of rifles": the list the
            # candidate closes or opens, each a supplier
            listed = [a for a in self._coordinated(self._list_start(candidate), m.start) if a not in known] \
                if candidate.value[1] != "demonyms" else []
            return [(a, "text") for a in listed or [candidate.value[0]]], recipients
        if not recipients and candidate.value[1] != "companies":  # "Saab ..., competing with a French bid of"
            return suppliers, [(candidate.value[0], "text")]
        return suppliers, recipients

    def _clauses_back(self, parts, ci):
        """The mention's clause and the ones before it that it depends on ("... a deal that
        would lead to purchases"), stopping at a coordinated new clause (", and it has ...")."""
        for i in range(ci, -1, -1):
            yield parts[i]
            if _compiled(r"\s*(?:[;:]|,\s*(?:and|but|or)\b)").match(self.ctx.folded[parts[i][0]:parts[i][1]]):
                return

    def _comparisons(self, start: int, end: int) -> list[str]:
        """The states the clause compares the subject with ("the second country after India to
        produce", "like Poland"), not the subject of a clause of time ("five months after Warsaw
        signed its contracts")."""
        found = []
        for actor in self._actors_between(start, end):
            if lx.COMPARISON.search(self.ctx.folded[max(0, actor.start - 15):actor.start]) and \
                    not self._OWN_VERB_AFTER.match(self.ctx.folded, actor.end):
                found.append(actor.value[0])
        return found

    # a finite verb right after a state: the state is a clause's subject ("after Warsaw signed")
    _OWN_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|did|does|do|will|would|could|"
                                 r"(?!(?:\w+ed)\s+(?:by|from)\b)[a-z]+ed)\b")

    _EXPORT = re.compile(r"(?:export|re-export|sold|sell|offer|donat|gift|pledg|hand|transferr|gave|give)")

    _SHARE_OF_ITS = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                               r"[a-z]+teen|twenty|thirty|forty|fifty|some|part|all|half|most|rest|remainder|several|"
                               r"dozens|hundreds|a third|a quarter)\s+of\s+(?:its|their)\s+(?:[\w'-]+\s+){0,3}$")

    def _own_use(self, m: Mention, hit: CueHit, suppliers, recipients) -> bool:
        """A state using or sending its own weapons is no transfer."""
        if hit.cue.side == "supply" and m.determiner in lx.POSSESSIVES and hit.cue.form == "verb":
            # "sends its airplanes to Syria for espionage purposes" is a mission of its own
            # forces; "send 14 of its Leopard 2A4 tanks to Ukraine" and "offered its Su-35
            # fighters to Turkey" are transfers
            on_mission = lx.OPERATION.search(self.ctx.folded, m.end, self.ctx.sentences[m.sentence].end)
            # (an export goes abroad, named or not: "Ankara has exported its TB2 drones to more than 30 countries";
            # a share of a stock sent goes to another: "Poland will send 14 of its Leopard 2A4s")
            return bool(on_mission) or not recipients and not self._EXPORT.match(self.ctx.folded, hit.start) \
                and not self._SHARE_OF_ITS.search(self.ctx.folded, max(0, m.start - 60), m.start) \
                and not self._ABROAD.match(self.ctx.folded, m.end)
        if self._for_own_platform(m):
            return True  # "buying the Rafale M for its new aircraft carrier", "... and later its submarines"
        if (own := lx.OWN_MAKE.search(self.ctx.folded, self.ctx.sentences[m.sentence].start, m.start)) and \
                not lx.LICENSED_WORDS.search(self.ctx.folded, self.ctx.sentences[m.sentence].start,
                                             self.ctx.sentences[m.sentence].end) and \
                not (own.group(0) in ("its own", "their own") and self._of_another_make(m, recipients)):
            return True  # "mass-producing its own Hsiung Feng missiles", "locally produced rockets"
            # (not "operates its own Chinese and Russian equipment": a possessive with another's make)
        if lx.OWN_MAKE_BEFORE.search(self.ctx.folded, max(0, m.left_stop - 40), m.left_stop):
            return True  # "its second domestically built Nilgiri-class frigate" (a licence elsewhere in the sentence)
        if hit.cue.side == "use" and not suppliers and not recipients:
            return True  # "the army fields more than 1,100 K9s": a state's own forces
        for _, basis in recipients:  # (a loop, not any() of a generator: asked for each mention)
            if basis == self._OWN_INDUSTRY:
                return True  # "India signed a contract with HAL for 83 Tejas jets" (_parties)
        if hit.cue.side != "use":
            return False
        if suppliers and all(basis == "origin" for _, basis in suppliers):
            return False  # "The Philippine A-29s have been used in air strikes": a holder (_holders), BRA -> PHL
        origins = set(m.origins) | (set(m.antecedent.origins) if m.antecedent else set())
        return any(r in origins for r, _ in recipients)

    # "India sent its first Akash battery abroad on Monday": sent out of the country, to a
    # buyer the sentence does not name (not "sent its jets to patrol the border")
    _ABROAD = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:abroad|overseas|to (?:a |an )?(?:foreign|export|overseas) "
                         r"(?:customers?|buyers?|clients?|users?|operators?))\b")

    def _of_another_make(self, m: Mention, recipients) -> bool:
        """The mention's origin words or maker (systems table) name states, none of them a
        recipient: "operates its own Chinese and Russian equipment" (codebook, "Status": a
        possessive with another state's make is a transfer)."""
        makers = set(m.origins) | ({maker} if (maker := self.origin.get(m.system)) else set())
        return bool(makers) and bool(recipients) and not makers & {r for r, _ in recipients}

    # "... to Libya to support Khalifa Haftar's Libyan National Army", "... in support of
    # contractors backing Haftar's LNA": the purpose names the force (the word boundary tested
    # after "to" and "in": the regex engine skips from one "to" to the next)
    _TO_BACK = re.compile(
        r"(?:to(?<!\wto)\s+(?:back|support|arm|help|bolster|aid|reinforce|equip|strengthen)"
        r"|in(?<!\win)\s+(?:support|aid)\s+of|\b(?:backing|supporting))\s+(?:the\s+)?")

    def _backed_force(self, m: Mention, recipients: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """A state as recipient ("sent ... to Libya") stands for the non-state or sub-state force
        the sentence says the transfer is to back ("to support Khalifa Haftar's LNA")."""
        if not recipients:
            return recipients
        for recipient, _ in recipients:  # (a loop, not any() of a generator: asked for each mention)
            if recipient.startswith(("NSA_", "SSF_")):
                return recipients
        sentence = self.ctx.sentences[m.sentence]
        for found in self._TO_BACK.finditer(self.ctx.folded, m.end, sentence.end):
            actor = self.ctx.actor_at.get(found.end())
            force = self._armed_group_of(actor) or actor if actor is not None else None
            if force is not None and force.value[0].startswith(("NSA_", "SSF_")):
                return [(force.value[0], "text")]
        return recipients

    def _none_of(self, m: Mention, hit: CueHit) -> bool:
        """The mention is the subject of a passive cue and counted as none ("no weapons would
        be exported")."""
        return hit.passive and m.end <= hit.start and \
            bool(lx.NONE_BEFORE.search(self.ctx.folded, max(0, m.start - 30), m.start))

    def _speaker(self, m: Mention) -> list[str]:
        """The state that says so, for a passive cue of which none is the subject: it speaks
        of its own exports ("Germany said no weapons would be exported to Riyadh")."""
        sentence = self.ctx.sentences[m.sentence]
        said = lx.REPORTING.search(self.ctx.folded, sentence.start, m.start)
        if said is None:  # "..., Minsk said"
            said = lx.REPORTING.search(self.ctx.folded, m.end, sentence.end)
            close = self._actors_between(max(m.end, said.start() - 40), said.start()) if said else []
            return [close[-1].value[0]] if close else []
        subject = self._first_subject(sentence.start, said.start())
        return [subject] if subject else []

    def _fallback_supplier(self, m: Mention, recipients, inherited):
        if not recipients:
            return []
        if inherited and m.anaphoric:
            for relation in inherited:
                if relation.supplier and relation.supplier not in recipients:
                    return [(relation.supplier, "antecedent")]
        origin = self.origin.get(m.system)
        if origin and origin not in recipients and (seller := self._document_seller(m, recipients, origin)):
            # "Argentina bought 24 F-16s from Denmark ... signed the contract for two dozen of the
            # Block 15 jets": the seller the text named for this system and buyer, not the maker
            return [(seller, "antecedent")]
        if origin and origin not in recipients:
            return [(origin, "origin")]
        return []

    def _document_seller(self, m: Mention, recipients, origin: str) -> str | None:
        """The supplier the text named (basis text) for the latest earlier record of the same
        system with one of `recipients` (actor ids or (id, basis)), when it is another state than
        the system's maker `origin`: a second-hand seller ("F-16s from Denmark"); else None."""
        buyers = {r if isinstance(r, str) else r[0] for r in recipients}
        for earlier in reversed(self.mentions[:bisect.bisect_left(self._mention_starts, m.start)]):
            if earlier.system != m.system or earlier.start not in self.related:
                continue
            for previous in self.related[earlier.start]:
                if previous.recipient in buyers and previous.supplier and previous.supplier_basis == "text":
                    seller = previous.supplier  # (the maker, or the state before or after it: no second-hand seller)
                    same = seller == origin or lx.MAKER_BEFORE.get(origin) == seller or lx.MAKER_BEFORE.get(seller) == origin
                    return None if same else seller
        return None

    _CONTEXT_WINDOW = 5  # sentences

    def _from_context(self, m: Mention, relation: Relation, inherited) -> Relation:
        """Fill one missing party from what the text just said: a recipient named with no
        supplier takes the supplier of the latest record with that recipient ("First South
        Korean tanks arrive in Poland ... The tanks were unloaded"); an anaphor with a
        supplier and no recipient takes its antecedent's recipient."""
        if relation.recipient and not relation.supplier and m.category != "unspecified" and \
                not unnamed_suppliers(self.ctx, m):
            # (not "asked Western partners for more air defences": a group of unnamed suppliers)
            for previous in self._recent(m):
                if previous.recipient == relation.recipient and previous.supplier:
                    return replace(relation, supplier=previous.supplier, supplier_basis="antecedent")
        if relation.supplier and not relation.recipient and inherited and m.anaphoric and \
                not _compiled(r"\bto\s").search(self.ctx.folded[m.end:self.ctx.sentences[m.sentence].end]):
            for previous in inherited:
                if previous.supplier == relation.supplier and previous.recipient:
                    return replace(relation, recipient=previous.recipient, recipient_basis="antecedent")
        return relation

    def _recent(self, m: Mention):
        """Records of the last few sentences about the same category of weapon, newest first."""
        # (the mentions before m, newest first: in text order read backwards, not sorted again
        # for each call; mentions that start together yield the same records in either order)
        for earlier in reversed(self.mentions[:bisect.bisect_left(self._mention_starts, m.start)]):
            if earlier.start < m.start and m.sentence - earlier.sentence <= self._CONTEXT_WINDOW \
                    and earlier.category == m.category and earlier.start in self.related:
                yield from self.related[earlier.start]

    def _continue_topic(self, m: Mention, relations: list[Relation]) -> list[Relation]:
        """"As for arms supplies to the Middle East, ..." right after "Russia doesn't sell any
        weapons": a compound cue with no party takes the supplier of the paragraph's last
        record of the same system."""
        paragraph = self.ctx.sentences[m.sentence].paragraph
        for start in sorted(self.related, reverse=True):
            if start >= m.start:
                continue
            if self.ctx.sentences[self.ctx.sentence_index(start)].paragraph != paragraph:
                break
            for previous in self.related[start]:
                if previous.supplier:
                    return [replace(r, supplier=previous.supplier, supplier_basis="antecedent") for r in relations]
        return relations

    # -- status, type, year -------------------------------------------------------------
    def _status(self, m: Mention, hit: CueHit, parts, ci) -> tuple[str, str]:
        """The stage the clause gives the transfer (_stage), but an announced aid package is
        committed: what it promises is ordered, not planned (unless a condition or a possible
        sale qualifies it), and what an order is said to be delivered in a relative clause
        right after the mention is delivered (lexicon.LATER_DELIVERED)."""
        status, cue_text = self._stage(m, hit, parts, ci)
        end = self.ctx.sentences[m.sentence].end
        if status in ("ordered", "planned", "unknown") and hit.end <= m.start and \
                any(self.ctx.folded.find(word, m.end, end) >= 0 for word in lx.LATER_DELIVERED_WORDS) and \
                (marker := lx.LATER_DELIVERED.match(self.ctx.folded, m.end, end)) and \
                not self._after_publication(marker.group(0)):
            # "an earlier order for 16 of the aircraft, all of which have already been delivered",
            # "ordered some 46 MiG-29M fighters, delivered from 2017" (not "delivered from 2027" in 2025)
            return "delivered", self.ctx.text[hit.start:marker.end()]
        if status == "delivered" and hit.cue.side in ("receive", "supply") and hit.cue.form == "verb" and \
                hit.end <= m.start and lx.LATER_AWAITED.match(self.ctx.folded, m.end, end):
            # "Kenya bought six Mi-17 helicopters, which are expected later", "Seoul is supplying
            # 48 FA-50 aircraft, the first 12 of which are due next year"
            return "ordered", cue_text
        if status == "planned" and hit.cue.side == "request" and \
                (refused := lx.REQUEST_REFUSED.match(self.ctx.folded, m.end, end)):
            return "suspended", self.ctx.text[hit.start:refused.end()]  # "asked ... for ..., a request that ... turned down"
        if status == "planned" and self._announced_package(m.sentence):
            return "ordered", cue_text
        if status == "ordered" and self._not_binding(m):
            return "planned", cue_text  # "signed a framework agreement", "a contract ... is in the works"
        return status, cue_text

    def _after_publication(self, words: str) -> bool:
        """A year in `words` later than the document's publication year."""
        published = self.ctx.published
        return published is not None and \
            any(int(y) > published.year for y in _compiled(r"\b(?:19|20)\d\d\b").findall(words))

    def _not_binding(self, m: Mention) -> bool:
        """The mention's sentence makes its contract one still to come (lexicon.NOT_BINDING
        before the mention, but for a step before the contract, PRIOR_STEP; NOT_BINDING_AFTER
        after it) or conditional (CONDITION_AFTER)."""
        after = self.ctx.folded[m.end:self.ctx.sentences[m.sentence].end]
        return bool(not_binding_before(self.ctx, m) or lx.NOT_BINDING_AFTER.search(after) or
                    lx.CONDITION_AFTER.search(after))

    # a verb's base form ("receive", "take delivery of"), which a plural subject's present
    # tense shares: not "builds up", "buying", "ordered"
    _BASE_FORM = re.compile(r"[a-z]+(?<!s)(?<!ing)(?<!ed)(?:\s+\w+){0,2}")
    # A verb in the present, base or third person ("arrive", "arrives", "hands over"; not "arrived",
    # "arriving", nor an irregular past: "sold", "sent", "gave")
    _PRESENT_FORM = re.compile(r"(?!(?:sold|sent|gave|given|got|gotten|bought|brought|took|taken|built|made|lent|"
                               r"flew|flown|won|sought|paid|left|led|held|kept|shot|fought|came|become|became)\b)"
                               r"[a-z]+(?<!ing)(?<!ed)(?:\s+\w+){0,2}")

    _PLURAL_SUBJECT = re.compile(r"(?:\band\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}|\bthey|\bwe)\s+(?:\w+ly\s+)?$")

    def _plural_subject(self, hit: CueHit) -> bool:
        """Two coordinated actors (or "they", "we") right before the cue: its base form is a
        present tense ("Hungary and the Czech Republic lease the jets")."""
        found = self._PLURAL_SUBJECT.search(self.ctx.folded, max(0, hit.start - 50), hit.start)
        if found is None:
            return False
        if not found.group(0).startswith("and"):
            return True
        return any(a.end <= hit.start for a in self.ctx.actors_starting(found.start(), hit.start)) and \
            any(a.end <= found.start() + 1 for a in self.ctx.actors_starting(max(0, found.start() - 40), found.start()))

    def _announced_package(self, index: int) -> bool:
        """Sentence `index` names an announced aid package (lexicon.ANNOUNCED_PACKAGE), with no
        condition or possible sale in it."""
        if index not in self._packages:
            sentence = self.ctx.sentences[index]
            self._packages[index] = bool(_search(lx.ANNOUNCED_PACKAGE, self.ctx.folded, sentence.start, sentence.end)) \
                and not (lx.CONDITION_OPENING.search(self.ctx.folded[sentence.start:sentence.end])
                         or lx.POSSIBLE.search(self.ctx.folded, sentence.start, sentence.end))
        return self._packages[index]

    # the deal a delivery was made under: "Ten Rafale jets under the 2016 deal with Dassault arrived"
    _UNDER_DEAL = re.compile(r"\b(?:under|as part of|in line with|in accordance with)\s+(?:[\w$.,'-]+\s+){0,5}?$")
    _PAST_FORM = re.compile(r"[a-z]+ed\b")

    def _delivered_under_deal(self, hit: CueHit, before: str, marker: re.Match) -> bool:
        """A contract word (lexicon.CONTRACT) in an "under ..." phrase before a delivery verb
        in the past: the delivery was made under the deal, so the deal gives no `ordered`."""
        return hit.cue.status == "delivered" and bool(self._PAST_FORM.match(self.ctx.folded, hit.start)) and \
            bool(self._UNDER_DEAL.search(before, 0, marker.start())) and not lx.FUTURE.search(before)

    _ASPECT_BEFORE = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning)\s+$")

    def _stage(self, m: Mention, hit: CueHit, parts, ci) -> tuple[str, str]:
        folded, text = self.ctx.folded, self.ctx.text
        clause_start = hit.context_start or min(parts[ci][0], parts[clause_at(parts, hit.start)][0])
        if hit.cue.form == "post" and hit.cue.side == "use" and hit.start >= m.end:
            # "will replace the M109 howitzers in Egyptian service": a holder's words after the
            # mention give the holding as it is; the markers before the mention are another verb's
            clause_start = m.end
        before = folded[clause_start:hit.start]
        sentence = self.ctx.sentences[m.sentence]
        cue_text = text[hit.start:hit.end]
        if cue_text.endswith("ing") and (aspect := self._ASPECT_BEFORE.search(before)):
            # "are expected to start arriving", "will begin arriving": the markers before the
            # aspect verb are the cue's ("are expected to arrive", "will arrive")
            before = before[:aspect.start()]

        misses = _misses_before(before)

        def found(pattern) -> re.Match | None:
            if id(pattern) in misses:
                return None
            marker = pattern.search(before)
            if marker is None:
                misses[id(pattern)] = pattern  # (held: its id stays its own)
            return marker

        def with_marker(marker: re.Match) -> str:
            return text[clause_start + marker.start():hit.end]

        denial = lx.DENIAL.search(folded, sentence.start, hit.start)
        if denial and not lx.REPORTING.search(folded, denial.end(), hit.start):
            return "denied", text[denial.start():hit.end]
        if hit.cue.form == "verb" and (marker := found(lx.NEGATED_PRESENT)):
            return "denied", with_marker(marker)
        if hit.cue.form == "verb" and (marker := found(lx.NEGATED_PAST)) and \
                not lx.CONDITIONAL_WITHHOLD.search(folded, hit.end, sentence.end):
            return "denied", with_marker(marker)  # "Armenia has not received any Iranian drones" (not "as long as")
        if hit.cue.form == "verb" and hit.end <= m.start and lx.NONE_SENT.match(folded, hit.end, m.start) and \
                lx.REPORTING.search(folded, sentence.start, sentence.end):
            return "denied", text[hit.start:m.start].rstrip()  # "said it had shipped no arms"
        if self._none_of(m, hit):
            none_of = lx.NONE_OF.search(folded, max(0, m.start - 30), m.start)
            start = none_of.start() if none_of else m.start
            if none_of and lx.NONE_MODAL.search(folded, m.end, hit.start):
                return "suspended", text[start:hit.end]  # "none of the jets can be handed over until"
            if none_of or (marker := lx.NONE_YET.search(folded, m.end, min(sentence.end, hit.end + 12))):
                return "ordered", text[start:hit.end]  # "None of the boats has yet been handed over"
            if lx.CONDITIONAL_WITHHOLD.search(folded, hit.end, sentence.end):
                return "suspended", text[m.start:hit.end]  # "no weapons would be exported ... while"
            return "denied", text[m.start:hit.end]  # "no tanks were sent to Russia, Minsk said", "No tanks were delivered"
        if hit.cue.side == "receive" and (offer := lx.OFFER_AFTER.match(folded, hit.end, m.start)):
            return "planned", text[hit.start:offer.end()]  # "has received offers for the Gripen": an offer
        if cue_text.endswith("ing") and (marker := self._AFTER_GERUND.search(before)):
            # "Warsaw signed the licence agreement after buying 180 of the tanks": a gerund after
            # "after" or "since" is a past event of its own, the main clause's contract not its stage
            return hit.cue.status, text[clause_start + marker.start():hit.end]
        if marker := found(lx.NOT_STOPPED):
            return hit.cue.status, with_marker(marker)  # "has not stopped the delivery of": as if said alone
        if marker := found(lx.CANCELLED):
            return "cancelled", with_marker(marker)
        if marker := found(lx.LICENCES_WITHHELD):
            return "suspended", with_marker(marker)  # "has approved no new permits for exports of"
        if (marker := found(lx.NOT_TO)) and (promise := found(lx.PROMISE)):
            return "suspended", with_marker(promise)
        if marker := found(lx.SUSPENDED):
            if (pressure := found(self._PRESSED_TO)) and pressure.start() < marker.start():
                return "unknown", with_marker(pressure)  # "urged France to halt arms sales to Egypt": pressure
            return "suspended", with_marker(marker)
        if marker := lx.LATER_SUSPENDED.search(folded, max(hit.end, m.end), parts[ci][1]):
            return "suspended", text[hit.start:marker.end()]
        if marker := _search(lx.LATER_DENIED, folded, max(hit.end, m.end), sentence.end):
            return "denied", text[hit.start:marker.end()]
        if marker := lx.LATER_CANCELLED.search(folded, max(hit.end, m.end), sentence.end):
            return "cancelled", text[hit.start:marker.end()]
        if m.sentence == 0 and (marker := lx.HEADLINE_CANCELLED.search(folded, max(hit.end, m.end), sentence.end)):
            return "cancelled", text[hit.start:marker.end()]  # "Ship carrying Iranian rifles seized off Yemen"
        if hit.cue.status == "delivered" and (hit.cue.form == "noun" and hit.end <= m.start or hit.cue.form == "compound") \
                and (marker := lx.LATER_SCHEDULED.match(folded, max(m.end, hit.end), sentence.end)):
            # "Deliveries of ... are due to be completed by 2029", "drone deliveries will begin next year"
            return "ordered", text[min(hit.start, m.start):marker.end()]
        if hit.cue.form == "noun" and self._SALE_NOUN.match(folded, hit.start) and (marker := found(lx.APPROVED_SALE)):
            return "planned", with_marker(marker)  # "had approved the sale of 20 tanks": no contract yet
        if hit.context_start and hit.start > m.end and \
                (marker := lx.CANCELLED.search(folded, sentence.start, m.start)):
            # "confiscated 23 howitzers that Slovakia was shipping to Nauru"
            return "cancelled", text[sentence.start + 0:hit.end][marker.start() - sentence.start:]
        if hit.cue.status in ("unknown",) and not found(lx.POSSIBLE) and \
                (marker := lx.LATER_ORDERED.search(folded, max(hit.end, m.end), sentence.end)):
            if self._APPROVAL.search(folded, marker.start(), marker.end()) and \
                    not self._CONTRACT_NOUN.search(folded, sentence.start, marker.start()):
                return "planned", text[hit.start:marker.end()]  # "A plan to buy 12 more jets was approved"
            return "ordered", text[hit.start:marker.end()]
        if (negated := found(lx.NEGATION)) and lx.CONDITIONAL_WITHHOLD.search(folded, hit.end, sentence.end):
            return "suspended", with_marker(negated)
        if (marker := found(lx.PRESSURE)) or (marker := found(lx.CANNOT)) or (marker := found(lx.BEGIN)):
            return "unknown", with_marker(marker)
        if marker := found(lx.REQUEST):
            return "planned", with_marker(marker)
        if marker := found(lx.NEGATED_FUTURE):
            return "suspended", with_marker(marker)
        if hit.end <= m.start and (marker := lx.POSSIBLE.search(folded, hit.end, m.start)):
            return "planned", text[hit.start:marker.end()]  # "approved a possible sale of"
        if hit.cue.side == "receive" and (marker := found(lx.APPROVED_TO_BUY)):
            return "planned", with_marker(marker)
        if (marker := found(lx.SCHEDULED)) or (marker := found(lx.PENDING)):
            return "ordered", with_marker(marker)
        if lx.DELIVERY_VERB.match(folded, hit.start) and (marker := found(lx.EXPECTED_DELIVERY)):
            return "ordered", with_marker(marker)  # "is expected to receive its first J-35 fighters next year"
        if hit.cue.side == "arrive" and self._BASE_FORM.fullmatch(folded, hit.start, hit.end) and \
                (marker := found(lx.AWAITED)):
            return "ordered", with_marker(marker)
        if (hit.cue.side == "arrive" or hit.passive and lx.DELIVERY_VERB.match(folded, hit.start)) and \
                (marker := found(self._MODAL_RIGHT_BEFORE)) and not found(lx.POSSIBLE):
            # "eight Huey helicopters would arrive between late 2024 and mid-2025", "the guns will be
            # handed over in May": a delivery to come presupposes an order (codebook, "Status")
            return "ordered", with_marker(marker)
        if hit.cue.form == "verb" and (marker := found(lx.CONTINUING)):
            return "delivered", with_marker(marker)  # "Russia continues to supply": it supplies
        if hit.cue.form == "verb" and "announc" in folded[sentence.start:hit.start] and \
                (marker := lx.ANNOUNCED_WOULD.search(folded, sentence.start, hit.start)):
            return "ordered", text[marker.start():hit.end]  # "announced that Portugal would send three M113s"
        if (marker := found(lx.INTENT)) or (marker := lx.CONDITION_OPENING.search(folded[sentence.start:hit.start])):
            return "planned", with_marker(marker) if marker.string is before else text[sentence.start + marker.start():hit.end]
        if (marker := found(lx.CONTRACT)) and not self._delivered_under_deal(hit, before, marker) and \
                not lx.OPTION.match(folded, hit.start):  # ("the deal includes an option for": still planned)
            return "ordered", with_marker(marker)
        if hit.cue.form == "verb" and hit.cue.status == "delivered" and \
                self._PRESENT_FORM.fullmatch(folded, hit.start, hit.end) and \
                (marker := lx.LATER_TIME.search(folded, hit.end, max(m.end, parts[clause_at(parts, hit.start)][1]))):
            return "planned", text[hit.start:marker.end()]  # "The first TB2 drones arrive from Turkey next week"
        if hit.cue.form == "verb" and (marker := found(lx.NEGATION)):
            return "unknown", with_marker(marker)
        if hit.cue.form == "verb" and (hit.cue.status == "unknown" or m.sentence == 0) and (marker := found(lx.INFINITIVE)):
            return "planned", with_marker(marker)  # "Pentagon to equip ...", a headline's "HAL to build 12 more"
        if hit.cue.form == "verb" and hit.cue.status == "unknown" and hit.start > 0 and \
                self._BASE_FORM.fullmatch(folded, hit.start, hit.end) and (m.sentence == 0 or self._plural_subject(hit)):
            # a present tense: a headline's reports what happened ("Peshmerga receive"), a plural
            # subject's what holds ("Hungary and the Czech Republic lease the jets")
            return "delivered", cue_text
        if hit.cue.form == "verb" and self._BUYING.fullmatch(folded, hit.start, hit.end):
            if marker := found(self._IN_PROGRESS):
                return "ordered", with_marker(marker)  # "Canada is buying 88 F-35 aircraft": bought, not yet received
            if marker := found(self._GERUND_AFTER):
                return "planned", with_marker(marker)  # "approached London about buying 40 Typhoons"
            if marker := found(self._COMMITTED_TO):
                return "ordered", with_marker(marker)  # "has formally committed to buying 20 F-35 fighters"
            if not found(self._BOUGHT_SO_FAR):
                # a purchase under way, told in a participle ("Uzbekistan is speeding up its
                # renewal, buying Turkish drones", "chose the Leopard 2A8, buying 54 tanks")
                return "ordered", cue_text
        if hit.cue.form == "verb" and self._BOUGHT.fullmatch(folded, hit.start, hit.end) and \
                (marker := found(self._BEING)):
            return "ordered", with_marker(marker)  # "Four aircraft are being bought": a purchase under way
        return hit.cue.status, cue_text

    _AFTER_GERUND = re.compile(r"\b(?:after|since)\s+$")
    # a modal of the future right before an arrival or a passive delivery ("would arrive",
    # "will soon be handed over", "could be delivered"), no negation between
    _MODAL_RIGHT_BEFORE = re.compile(r"\b(?:will|would|could|should|shall)\s+(?:(?:\w+ly|now|still|also|soon|then|only|"
                                     r"first)\s+)?(?:be\s+)?(?:(?:\w+ly|soon)\s+)?$")
    # pressure on a party to halt a transfer ("urged France to halt arms sales"): the halt is
    # asked for, not done (codebook, "Status": pressure is `unknown`)
    _PRESSED_TO = re.compile(r"\b(?:press\w*|urg\w*|call\w* on|push\w*|persuad\w*|ask\w*)\s+(?:[\w'-]+\s+){0,4}?to\s+")
    # A purchase in the progressive, or as the object of a preposition or of a verb of thought
    _BUYING = re.compile(r"(?:buying|purchasing|acquiring)")
    _BOUGHT = re.compile(r"(?:bought|purchased|acquired|procured)")
    _BEING = re.compile(r"\b(?:is|are)\s+(?:(?:also|now|still|already)\s+)*being\s+$")
    _IN_PROGRESS = re.compile(r"\b(?:is|are|am|was|were)\s+(?:(?:also|itself|themselves|now|still|already|\w+ly)\s+)*$")
    _GERUND_AFTER = re.compile(r"\b(?:about|of|on|into|toward|towards|considering|considers|consider|considered|weighing|"
                               r"weighs|mulling|mulls|ruled out|rule out|explored|explores|exploring|explore|"
                               r"(?:looking|look|looks|looked) at|floated|floats|floating|(?:came|come|comes|coming) close to)\s+$")
    _COMMITTED_TO = re.compile(r"\b(?:committ?(?:ed|s)?|agreed|agrees)\s+to\s+$")
    # a purchase made over time, so bought: "has been buying since 2018", "started buying",
    # "responded by buying", "while buying Soviet arms"
    _BOUGHT_SO_FAR = re.compile(r"\b(?:(?:has|have|had)\s+been(?:\s+\w+ly)?|start(?:ed|s|ing)?|began|begun|begins?|"
                                r"by|while|kept|keeps?|continu(?:ed|es|e|ing)|route,|same way,)\s+$")

    def _beneficiary(self, m: Mention, hit: CueHit, end: int) -> list[str]:
        """The states a purchase cue's buyer buys the mention for ("bought an air defence
        system for Ukraine", "to buy 14 Leopard 2A4s from the company's stocks for Kyiv"): the
        actors after "for" between the mention and `end`, but international organisations and
        the actors named before the cue (the buyer's own: "Poland bought tanks for its army");
        none unless a state is named before a cue of purchase that stands before the mention."""
        if hit.cue.side != "receive" or hit.start > m.start or not self._PURCHASE.search(self.ctx.folded, hit.start, hit.end):
            return []
        sentence = self.ctx.sentences[m.sentence]
        named = self._actors_between(sentence.start, hit.start)
        if not any(a.value[1] != "companies" for a in named):
            return []  # ("a brokering company sought to buy 30 vehicles for the RSF": no state buys)
        buyers = {a.value[0] for a in named}
        return [a for a in self._after_preposition(m.end, end, ("for",))
                if not a.startswith("IO_") and a not in buyers]  # (not "Poland bought tanks for its army")

    # the words of a purchase, not of making ("will build 100 vehicles for the German Army")
    _PURCHASE = re.compile(r"\b(?:buy|bought|purchas|order|procur|acquir|pay|paid|fund|financ)")

    def _transfer_type(self, m: Mention, hit: CueHit, parts, ci, bought_for_another: bool = False) -> str:
        """The transfer type the mention's clause tells; `bought_for_another`: _parties read
        a state the buyer buys for (_beneficiary), so `aid`."""
        if bought_for_another:
            return "aid"  # ("bought an air defence system for Ukraine")
        folded = self.ctx.folded
        clause_start = min(parts[ci][0], hit.start)
        scope = folded[clause_start:max(m.end, hit.end)]
        right = folded[m.end:m.end + 30]
        if lx.TECHNOLOGY_WORDS.search(folded[clause_start:m.start]) or \
                _compiled(r"\s+(?:production\s+)?technolog").match(right):
            return "technology_transfer"
        if self._licensed_words(m, hit, parts[ci]) or \
                (hit.cue.side == "receive" and _compiled(r"produc|manufactur").search(folded[hit.start:hit.end])):
            return "licensed_production"
        if lx.AID_WORDS.search(scope) or self._AID_AFTER.search(folded, m.end, parts[ci][1]):
            return "aid"
        if hit.cue.transfer_type:
            return hit.cue.transfer_type
        if lx.SALE_WORDS.search(scope) or lx.SALE_WORDS.match(folded[hit.start:hit.end]) or \
                self._SALE_AFTER.match(right):
            return "sale"
        return "unspecified"

    def _licensed_words(self, m: Mention, hit: CueHit, clause: tuple[int, int]) -> bool:
        """Words of licence production in the mention's clause or between its cue and the
        cue's first object; not in an earlier item of the list the cue governs ("agreed to buy
        launchers, missiles built in India under licence, mortars": the missiles' alone)."""
        folded = self.ctx.folded
        if lx.LICENSED_WORDS.search(folded[clause[0]:clause[1]]):
            return True
        if hit.start >= clause[0]:
            return False
        first = self._next_mention(hit.end)
        lead_end = first.start if first is not None and first.start < m.start else m.start
        return bool(lx.LICENSED_WORDS.search(folded[hit.start:lead_end]))

    _SALE_NOUN = re.compile(r"(?:sales?|exports?|purchases?)\b")

    # After the mention in its clause, the aid it is part of: "will send 20 Marder vehicles to
    # Ukraine as part of a new military aid package", "under a US security assistance programme"
    _AID_AFTER = re.compile(r"\b(?:as part of|under|through)\s+(?:[\w$.,'-]+\s+){0,5}?(?:aid|assistance)\b")

    # Right after the mention, a word of sale that belongs to it: "MiG-29M jets bought from
    # Russia in 2015", "cancels helicopter contract with Turkey"
    _SALE_AFTER = re.compile(r"(?:\s+(?:that|which)\s+(?:\w+\s+)?(?:was|were|had been|have been)?)?\s*"
                             r"(?:bought|purchased|sold|contracts?|deals?|orders?|purchases?)\b")

    def _event_year(self, hit: CueHit, m: Mention, parts, ci, status: str | None = None) -> int | None:
        """The year the cue's clause (or what qualifies it) gives the record read with `status`
        (codebook, "Quantity and year"), or None."""
        if (own := self._own_year(hit, m, parts[ci][1])) is not None:
            return own
        if status == "delivered" and hit.cue.status != "delivered" and hit.end <= m.start and \
                (later := lx.LATER_DELIVERED.match(self.ctx.folded, m.end, self.ctx.sentences[m.sentence].end)):
            # "ordered 24 Rafale jets in 2015, which were delivered by 2019": the delivery's year
            end = self._clause_end_after(later.end())
            return resolve_year(self._without_names(later.end(), end), self.ctx.published)
        start = min(parts[ci][0], hit.start)
        if hit.reduced and hit.context_start is not None and m.end <= hit.context_start <= hit.start:
            start = hit.context_start  # "Rafale jets ordered by Greece in 2019 arrived last week": not 2019
        end = max(parts[ci][1], parts[clause_at(parts, hit.start)][1])  # "the vessels that Ghana ordered in 2023"
        words = self._without_names(start, end)
        if status == "delivered":
            # "72 Typhoons bought from Britain in a 2007 deal": the year of the deal dates the
            # order, not the delivery (codebook, "Quantity and year")
            words = self._DEAL_YEAR.sub(" ", words)
        year = resolve_year(words, self.ctx.published)
        if year is None and (opening := self._date_opening(m.sentence)) is not None and \
                opening[0] <= hit.start and not lx.FUTURE.search(words):
            # "In 1983, West Germany sold 106 Leopard 1 tanks to Greece", "Last year, ...": a
            # date opening the sentence dates the clauses after it
            year = opening[1]
        if year is None and ci + 1 < len(parts) and not self.ctx.folded[m.end:parts[ci][1]].strip() and \
                (acquired := self._ACQUIRED_AFTER.match(self.ctx.folded, parts[ci + 1][0], parts[ci + 1][1])):
            # "operates Russian-made Pantsir-S1 systems, which it received in 2020"
            year = resolve_year(self.ctx.folded[acquired.end():parts[ci + 1][1]], self.ctx.published)
        if year is None and ci + 1 < len(parts) and not self.ctx.folded[m.end:parts[ci][1]].strip() and \
                (dated := self._STAGE_AFTER.match(self.ctx.folded, parts[ci + 1][0], parts[ci + 1][1])) and \
                (dated.group(1) is not None) == (hit.cue.status == "ordered"):
            # "A contract for 36 F-35A jets, signed with Lockheed Martin in 2022, will go ahead":
            # a participle of the cue's own stage after the mention dates it
            year = resolve_year(self.ctx.folded[dated.end():parts[ci + 1][1]], self.ctx.published)
        return year

    # a year that names a deal: "in a 2007 deal", "under its 2019 contract"
    _DEAL_YEAR = re.compile(r"\b(?:19|20)\d\d\s+(?:deal|contract|order|agreement|accord|purchase|sale)s?\b")

    def _own_year(self, hit: CueHit, m: Mention, clause_end: int) -> int | None:
        """The year in the words after an item of a list the cue before it governs, up to
        the next item: "bought Super Tucano aircraft from Brazil in 2012 and Mi-17
        helicopters from Russia in 2014" dates each item by its own year."""
        following = self._before_next_mention(m.end, clause_end)
        previous = self._previous_mention(m)
        if hit.end > m.start or (following == clause_end and (previous is None or previous.start < hit.end)):
            return None  # (a single item: the clause's date, read below)
        return resolve_year(self._without_names(m.end, following), self.ctx.published)

    _YEARLIKE = re.compile(r"(?:19|20)\d\d")

    def _without_names(self, start: int, end: int) -> str:
        """The folded text of [start, end) with the weapons' names in it blanked: a number
        in a designation is no year ("12 Mirage 2000 jets": not 2000)."""
        words = self.ctx.folded[start:end]
        if not self._YEARLIKE.search(words):
            return words  # (most clauses: nothing to blank)
        chars = list(words)
        for mention in self.mentions[max(0, bisect.bisect_left(self._mention_starts, start) - 1):]:
            if mention.start >= end:
                break
            first, last = max(start, mention.start) - start, min(end, mention.end) - start
            if first < last:  # (the mention before `start` ends outside it)
                chars[first:last] = " " * (last - first)
        return "".join(chars)

    def _date_opening(self, index: int) -> tuple[int, int | None] | None:
        """(end, year) of the date that opens sentence `index` (_DATE_OPENING), or None;
        read once per sentence."""
        if index not in self._openings:
            sentence = self.ctx.sentences[index]
            found = self._DATE_OPENING.match(self.ctx.folded, sentence.start, sentence.end)
            self._openings[index] = (found.end(), resolve_year(found.group(0), self.ctx.published)) if found else None
        return self._openings[index]

    # a relative clause after the mention that says when its holder got it
    _ACQUIRED_AFTER = re.compile(r"\s*,\s*(?:which|that)\s+(?:[\w'-]+\s+){1,3}?"
                                 r"(?:received|bought|acquired|got|obtained|purchased|took delivery of)\b")

    # A purchase approved with no contract named before the approval is planned (codebook,
    # "Announcements and approvals"); a contract approved is ordered
    _APPROVAL = re.compile(r"\b(?:approved|authori[sz]ed)\b")
    _CONTRACT_NOUN = re.compile(r"\b(?:contracts?|deals?|orders?|agreements?)\b")

    # a participle clause after the mention: of ordering (group 1) or of delivery
    _STAGE_AFTER = re.compile(r"\s*,\s*(?:(signed|agreed|concluded|awarded|placed|ordered)|delivered|received|"
                              r"handed over|commissioned)\b")

    # a date and nothing else before the sentence's first comma, dash or colon ("In March
    # 2001, ...", "Last year, ...", "In May, ...", "2016 - ...", "On 28 March 2024, ..."), not a
    # weekday ("On Monday, officials said")
    _DATE_OPENING = re.compile(
        r"\W*(?:(?:in|by|since|back in|as early as|during|until)\s+)?(?:(?:early|late|mid-)\s*)?"
        r"(?:(?:" + "|".join(lx.MONTHS) + r")\s+)?(?:(?:1[89]|20)\d\d|(?:last|earlier this|this)\s+"
        r"(?:year|month|week|" + "|".join(lx.MONTHS) + r")|" + "|".join(lx.MONTHS) + r")\s*(?:,|[-\u2013\u2014:]\s)"
        # without its comma, when a preposition and a year say it is a date: "In October 2023 they seized"
        r"|\W*(?:in|since|during|back in)\s+(?:(?:early|late|mid-)\s*)?(?:(?:" + "|".join(lx.MONTHS) +
        r")\s+)?(?:1[89]|20)\d\d\s+(?=[a-z])"
        # a day's date: "On 28 March 2024, ...", "On March 28, 2024, ..."
        r"|\W*on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(lx.MONTHS) + r")\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
        r"(?:1[89]|20)\d\d\s*(?:,|[-\u2013\u2014:]\s)")


def unnamed_suppliers(ctx: DocContext, mention: Mention) -> bool:
    """The mention's sentence names a group of unnamed suppliers ("asked Western partners
    for more air defences", "ministers from about 50 countries promised", "more howitzers
    from European partners"): no one supplier is inferred for it (codebook, "Actors";
    lexicon.UNNAMED_SUPPLIERS)."""
    sentence = ctx.sentences[mention.sentence]
    return bool(lx.UNNAMED_SUPPLIERS.search(ctx.folded, sentence.start, sentence.end))


def not_binding_before(ctx: DocContext, m: Mention) -> str | None:
    """The words, as written, by which the mention's sentence names a commitment that binds no
    one yet before it (a framework agreement, a memorandum, a letter of intent:
    lexicon.NOT_BINDING), not as a step before a contract (lexicon.PRIOR_STEP): what it covers
    is planned (codebook, "Status"); None when it names none. Read by Relator._not_binding for
    a cue's own stage and by events.attach and attachment.attach_learned for a stage
    inherited from an event, whose status_cue the words become."""
    start = ctx.sentences[m.sentence].start
    return next((ctx.text[marker.start():marker.end()] for marker in lx.NOT_BINDING.finditer(ctx.folded, start, m.start)
                 if not lx.PRIOR_STEP.search(ctx.folded, start, marker.start())), None)


def resolve_year(words: str, published: dt.date | None) -> int | None:
    """A year stated in `words`, or one that a relative date ("last November", "in March")
    gives from the publication date. A year after the publication's is a schedule ("will be
    delivered from 2027"), not the year a status held (codebook, "Quantity and year"): it is
    passed over, and so is a month named in words of the future ("will arrive in March") and
    "next month/week/spring"; "last month/week" are the year they fall in; with
    no publication date, words of the future give none. A year before 1945 is no year."""
    explicit = lx.EXPLICIT_YEAR.search(words)
    if published is None and (explicit is None or lx.FUTURE.search(words)):
        # "will be delivered in 2031" with no date to tell a schedule by: none (words of the
        # future looked for only after a year: with no date, no relative date resolves)
        return None
    while explicit is not None:
        if published is None or int(explicit.group(1)) <= published.year:
            return int(explicit.group(1))
        explicit = lx.EXPLICIT_YEAR.search(words, explicit.end())
    if published is None:
        return None  # (no relative date resolves: not looked for)
    weekday = lx.WEEKDAY.search(words)
    if weekday is not None and not lx.FUTURE.search(words):
        # "arrived on Tuesday": the latest Tuesday up to publication (not "said on Monday")
        back = (published.weekday() - lx.WEEKDAYS.index(weekday.group(1))) % 7
        return (published - dt.timedelta(days=back)).year
    relative = lx.RELATIVE_DATE.search(words)
    if relative is None:
        bare = lx.BARE_MONTH.search(words)
        if bare is None or lx.FUTURE.search(words):
            return None
        month = lx.MONTHS.index(bare.group(bare.lastindex)) + 1  # "delivered in March": the latest March
        return published.year if month <= published.month else published.year - 1
    which, unit = relative.groups()
    if unit in lx.MONTHS:
        month = lx.MONTHS.index(unit) + 1
        if which == "last":
            return published.year if month < published.month else published.year - 1
        return None if which == "next" else published.year  # "next March" is a schedule
    if unit == "year":
        return None if which == "next" else published.year - (which == "last")
    if which == "next":
        return None  # "next month", "next week", "next spring": a schedule
    if which == "last" and unit == "month":
        return published.year - (published.month == 1)  # "last month" in January: December before
    if which == "last" and unit == "week":
        return (published - dt.timedelta(days=7)).year
    if which == "last" and unit in _SEASON_STARTS:
        return published.year if _SEASON_STARTS[unit] < published.month else published.year - 1
    return published.year


# the month a season begins, for "last spring" (northern seasons: the wire copy's)
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


# The words before a cue in its clause ("the ", "that it had ", "india has signed a ") repeat
# across mentions and documents: the ids of the patterns that Relator._stage found no match
# in, by those words, spare it the same searches again (a match is searched for each time:
# its string must be the caller's). At most _MISSES_KEPT of them, then it starts anew.
_MISSES_KEPT = 4096
_misses: dict[str, dict[int, re.Pattern]] = {}


def _misses_before(before: str) -> dict[int, re.Pattern]:
    misses = _misses.get(before)
    if misses is None:
        if len(_misses) >= _MISSES_KEPT:
            _misses.clear()
        misses = _misses[before] = {}
    return misses


@functools.lru_cache(maxsize=None)
def _preposition_pattern(words: tuple[str, ...]) -> re.Pattern:
    return _compiled(r"\b(?:" + "|".join(words) + r")\s+")  # (in the faster form: text.pattern)


def _last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass  # (the last one stays: no list of them all)
    return found


def _unique_ids(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen, result = set(), []
    for actor, basis in pairs:
        if actor not in seen:
            seen.add(actor)
            result.append((actor, basis))
    return result


lx.letters_first(globals(), Relator)  # (this module's patterns in the faster form)
