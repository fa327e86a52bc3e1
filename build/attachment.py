"""Stage 2c, attachment: the rules' readings of which reported event a mention belongs to,
checked and completed by two learned scorers.

The rules of `events.attach` give a mention with no party of its own the event it belongs
to only in the cases they name (its sentence reports the event, an event of the same system,
a list the event opens, ...). Many mentions that the annotators of the development sets
attach to an event fall outside those cases ("The vessel arrived", a system named again two
paragraphs on), and some the rules do attach belong to no transfer ("its own F-16 fleet",
"the batteries intercepted the cruise missiles"). This stage scores mention-event pairs with
logistic models over named yes/no features (`features`): does the mention's origin or maker
match the event's supplier, is the event the document's topic, how many sentences lie
between them, does the mention's sentence name either party, does it speak of use in
combat or exercises, and so on.

1. **Check** (`reviewed`): a relation whose every party the rules inherited from an event
   elsewhere (basis `event`) is scored by the check model; at or below zero its parties are
   dropped, and a mention left with none has no transfer (status `none`).
2. **Attach** (`candidates`): a mention the rules gave no party is scored against every
   event of its document (not one of another maker than the mention's) by the attachment
   model; the best event is attached when its score is above zero. Since 0.16.0 some of
   the rules' readings of no transfer (a holder's, user's or maker's cue, a class noun in
   use or after a bare demonym: `_closure`) are features of the model, not vetoes, where
   the mention's sentence names no actor; a state's own, its forces, a target, an
   interceptor and arms in general stay vetoes (`VETOES`). Its parties have basis `model`,
   the event's status and transfer type unless its own cue set them (a holder's cue:
   delivered), and the span of the sentence that first reported the event (`evidence`).

Both read the rules' output, so neither depends on the other. The weights are data:
`reference/attachment_weights.csv` and `reference/check_weights.csv` (feature, weight, note),
written by `python tests/attachment_model.py --write` from the gold of the development sets
(never from the held-out sets), so anyone can read which evidence counts for and against,
and retrain them when the gold grows. Each bias row already holds its decision threshold: a
score above zero is a probability above the threshold the trainer chose.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from . import events as ev
from . import lexicon as lx
from .mentions import DocContext, Mention
from .relations import NO_TRANSFER, Relation, Relator, not_binding_before

WEIGHTS_CSV = Path(__file__).resolve().parent / "reference" / "attachment_weights.csv"
CHECK_CSV = Path(__file__).resolve().parent / "reference" / "check_weights.csv"
MODEL = "model"  # the basis of the parties the attachment model sets (schema.vocab.ACTOR_BASES)
EVENT = "event"  # the basis of the parties the rules inherit from an event elsewhere

# Words that say a sentence is about weapons in use, not changing hands ("fired", "drills")
_IN_USE = re.compile(r"\b(?:deploy\w*|exercis\w*|drills?|fired|firing|parade\w*|used|using|uses|operat\w*|"
                     r"shot down|strikes?|attack\w*|flew|fly|flies|combat|test\w*|launch\w*|destroy\w*|"
                     r"captur\w*|lost)\b")


# Words that say a weapon is its holder's own ("Norway's own NASAMS", "The US Army itself operates")
_OWN = re.compile(r"\b(?:own|itself|themselves|indigenous|home-built|home-made|homegrown|domestically)\b")
# A platform's capacity as the mention's cue (frames.csv, "Capability (carry)"): "Each ship can
# carry 16 helicopters" tells what it holds, not what anyone supplies
_CAPACITY = re.compile("|".join(f"(?:{frame.words})" for frame in lx.FRAMES if frame.frame == "Capability (carry)")
                       or r"(?!)")  # (no such row: nothing is a capacity)


@functools.lru_cache(maxsize=2)
def weights(path: Path = WEIGHTS_CSV) -> dict[str, float]:
    """{feature: weight} of a weights table, by default reference/attachment_weights.csv
    (each read once per process)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["feature"]: float(row["weight"]) for row in csv.DictReader(handle)}


def _distance(sentences: int) -> str:
    """A distance in sentences, in the buckets the model knows."""
    if sentences < 0:
        return "after"
    return "0" if sentences == 0 else "1" if sentences == 1 else "2-3" if sentences <= 3 else "4+"


class Document:
    """What the features ask of a whole document: its events, topic, paragraphs, and the
    facts of each sentence (read once, whatever the number of events)."""

    def __init__(self, ctx: DocContext, related: ev.Related, relator: Relator, nouns=None):
        self.ctx = ctx
        self.events = [e for e in ev.find_events(ctx, related, relator, nouns=nouns) if e.supplier or e.recipient]
        self.by_parties = {e.parties: e for e in self.events}
        self.topic = ev.topic_recipient(self.events)
        self.reports = {e.parties: len(e.sentences) for e in self.events}
        self.most = max(self.reports.values(), default=0)
        self.with_parties = {m.sentence for m, relations in related
                             if any(r.supplier or r.recipient for r in relations)}
        self.paragraph = [sentence.paragraph for sentence in ctx.sentences]  # (the line: text.Sentence)
        self.origin = relator.origin
        self._sentences: dict[int, tuple] = {}
        self._listed: dict[int, bool] = {}

    def sentence(self, index: int) -> tuple[set[str], set[str], list[str]]:
        """(actors named, states whose forces are named, yes/no features) of a sentence."""
        if index not in self._sentences:
            ctx, sentence = self.ctx, self.ctx.sentences[index]
            actors = ctx.actors_starting(sentence.start, sentence.end)
            facts = []
            if not actors:
                facts.append("sentence_names_none")
            if index in self.with_parties:
                facts.append("sentence_has_parties")
            if _IN_USE.search(ctx.folded, sentence.start, sentence.end):
                facts.append("sentence_in_use")
            if _OWN.search(ctx.folded, sentence.start, sentence.end):
                facts.append("sentence_own")
            if index == 0:
                facts.append("mention_in_headline")
            forces = {a.value[0] for a in actors if lx.FORCES.match(ctx.folded, a.end)}
            self._sentences[index] = ({a.value[0] for a in actors}, forces, facts)
        return self._sentences[index]

    def listed(self, mention: Mention) -> bool:
        """`listed_under_colon` for the mention's line (read once for all its events)."""
        if mention.start not in self._listed:
            self._listed[mention.start] = listed_under_colon(self.ctx.text, mention.start)
        return self._listed[mention.start]


def features(doc: Document, mention: Mention, relations: list[Relation], event: ev.TransferEvent) -> list[str]:
    """The names of the yes/no features that hold for (mention, event); the weights table
    explains each."""
    named, forces, facts = doc.sentence(mention.sentence)
    found = ["bias", "basis=" + mention.basis, *facts]
    own = _own_transfer(relations)
    if own is not None:  # a transfer cue of its own, with no party read
        found.append("own_status=" + own.status)
    if mention.basis == "catalogue" and mention.system in event.systems:
        found.append("same_system")
    if mention.category in event.categories:
        found.append("same_category")
    elif event.categories:
        found.append("category_mismatch")
    if mention.determiner in lx.ANAPHORIC_DETERMINERS:
        found.append("anaphoric_determiner")
    if mention.determiner in lx.POSSESSIVES:
        found.append("possessive_determiner")
    if mention.possessor:
        found.append("possessor_is_recipient")
    if mention.origins:
        found.append("origin_is_supplier" if event.supplier in mention.origins else "origin_is_recipient")
    maker = doc.origin.get(mention.system) if mention.basis == "catalogue" else None
    if maker and (maker in event.parties or not doc.listed(mention)):
        # (a package's item of another make, listed_under_colon, is neither)
        found.append("maker_is_supplier" if maker == event.supplier else "maker_is_recipient")
    found.append("first_report=" + _distance(mention.sentence - event.sentence))
    found.append("nearest_report=" + _distance(min(abs(mention.sentence - s) for s in event.sentences)
                                               if event.sentences else 99))
    if event.sentence <= mention.sentence <= event.last_sentence:
        found.append("inside_event_span")
    paragraph = doc.paragraph[mention.sentence]
    if any(doc.paragraph[s] == paragraph for s in event.sentences):
        found.append("same_paragraph")
    if event.sentence == 0:
        found.append("event_in_headline")
    if doc.topic is not None and event.parties == doc.topic.parties:
        found.append("event_is_topic")
    found.append("events=" + ("1" if len(doc.events) == 1 else "2" if len(doc.events) == 2 else "3+"))
    if doc.reports[event.parties] == doc.most:
        found.append("event_most_reported")
    if event.recipient in named:
        found.append("sentence_names_recipient")
    if event.supplier in named:
        found.append("sentence_names_supplier")
    if named - {event.supplier, event.recipient}:
        found.append("sentence_names_other")
    if forces - {event.recipient}:
        found.append("force_of_other")
    elif forces:
        found.append("force_of_recipient")
    if mention.quantity is not None:
        found.append("quantity")
    found.append("event_status=" + event.status)
    if event.weaponless:
        found.append("event_weaponless")
    if event.recipient is None:
        found.append("event_one_party")
    return found


def _own_transfer(relations: list[Relation]) -> Relation | None:
    """The relation a transfer cue of the mention's own sentence set (status not none), if
    any: an open mention's own reading that read no party."""
    return next((r for r in relations if r.status != "none"), None)


def score(names: list[str], table: dict[str, float] | None = None) -> float:
    """A model's score (log-odds less the threshold's) of a list of feature names; `table`:
    its weights, by default the attachment model's."""
    table = weights() if table is None else table
    return sum(table.get(name, 0.0) for name in names)


def _closure(ctx: DocContext, mention: Mention, relations: list[Relation], related: ev.Related) -> str | None:
    """The rules' reading of no transfer for a mention with no party, or None when they read
    none: `no_transfer_cue` (a cue of no transfer: its maker, its holder, its use; status
    none), `arms_in_general` ("Arms news", "its arms budget"), `bare_demonym` ("Chinese drones
    are cheap": a bare demonym is as often a user or an attacker), `class_in_use` ("The Houthis
    have fired dozens of drones": a user of a weapon of no known make), `others_forces` (a
    state's own forces), `own` ("its own", "indigenous" before it), `target` (a target or
    threat), `interceptor`, `capacity` ("Each ship can carry 16 helicopters", since 0.25.0).
    Those in VETOES keep the mention from the attachment model, and are read first; since
    0.16.0 the others are its features (closed=REASON, see `candidates`)."""
    sentence = ctx.sentences[mention.sentence]
    if _OWN.search(ctx.folded, max(sentence.start, mention.start - 40), mention.start):
        return "own"  # "Mali also builds its own patrol boats", "its indigenous drones"
    if ev.speaks_of_others(ctx, mention):
        return "others_forces"
    if ev.targeted(ctx, mention, related):
        return "target"
    if ev.interceptor(ctx, mention):
        return "interceptor"
    if mention.system == "arms (unspecified)" and mention.determiner not in lx.ANAPHORIC_DETERMINERS:
        return "arms_in_general"
    if any(r.status_cue and r.status == "none" and _CAPACITY.search(r.status_cue.lower()) for r in relations):
        return "capacity"
    if any(r.status_cue and r.status == "none" for r in relations):
        return "no_transfer_cue"
    if mention.basis == "generic" and mention.origins and not any(
            lx.MADE_SUFFIX.match(ctx.folded, end) for _, end in mention.origin_spans):
        return "bare_demonym"
    if mention.basis == "generic" and not mention.origins and _IN_USE.search(ctx.folded, sentence.start, sentence.end):
        return "class_in_use"
    return None


# The rules' readings of no transfer the attachment model never overrules (`_closure`)
VETOES = frozenset({"own", "others_forces", "target", "interceptor", "arms_in_general", "capacity"})
# The statuses of an event that says its weapons never arrived
_NOT_ARRIVED = frozenset({"cancelled", "denied", "suspended"})
# A force named in a sentence ("the armed forces of Chad", "the navy")
_FORCE_WORD = re.compile(rf"\b(?:{lx.FORCE_NOUNS})\b")


# A bulleted line ("- Stinger missiles;", "• two radars", "3. AT-4 launchers") and a line that
# opens a list of what a transfer holds (a verb of inclusion, then a colon at its end: "The
# package includes:", "it comprises the following:"; not "Procurement milestones:")
_BULLET = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u2014]|\d{1,2}[.)])[ \t]+")
_OPENER = re.compile(r"\b(?:includes?|including|included|comprises?|comprising|consists? of|contains?|containing|"
                     r"covers?|covering)\b[^\n]{0,40}?:[ \t]*$")


def listed_under_colon(text: str, position: int) -> bool:
    """The line holding `position` is an item of a bulleted list that a line ending in a colon
    opens, with only bullets and blank lines between ("The package includes:" then "- Javelin
    and AT-4 anti-armour systems;"): a package's item, whoever made it (since 0.57.0, a new
    user's trial: a US package's Swedish-made AT-4s were read as no transfer)."""
    start = text.rfind("\n", 0, position) + 1
    if not _BULLET.match(text, start):
        return False
    while start > 0:
        end = start - 1  # (the newline that ends the line before)
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _BULLET.match(line):
            continue
        return bool(_OPENER.search(line))
    return False


def _held_cue(relations: list[Relation]) -> str | None:
    """The cue of a reading of no transfer that says its subject holds the weapon ("retired",
    "operates": lexicon.HELD_WORDS), if any."""
    return next((r.status_cue for r in relations if r.status_cue and r.status == "none"
                 and lx.HELD_WORDS.search(r.status_cue.lower())), None)


def _open(relations: list[Relation]) -> bool:
    """The rules gave the mention no party (a transfer cue of its own with no party read, or
    a reading of no transfer, leaves it open to the attachment model)."""
    for r in relations:  # (a loop, not any() of a generator: asked for each mention)
        if r.supplier or r.recipient:
            return False
    return True


def _inherited(relation: Relation) -> bool:
    """Every party of the relation was inherited from an event elsewhere (basis event)."""
    return bool(relation.supplier or relation.recipient) and relation.supplier_basis in (EVENT, None) \
        and relation.recipient_basis in (EVENT, None)


def check_features(doc: Document, mention: Mention, relations: list[Relation], event: ev.TransferEvent) -> list[str]:
    """`features` of (mention, event) and two of the rules' reading: the mention has more
    than one relation, and a cue of its own set the status."""
    found = features(doc, mention, relations, event)
    if sum(1 for r in relations if r.supplier or r.recipient) > 1:
        found.append("several_relations")
    if any(r.status_cue for r in relations):
        found.append("own_cue")
    return found


def reviewed(ctx: DocContext, related: ev.Related, relator: Relator, nouns=None, doc: Document | None = None):
    """(index in related, index in the mention's relations, event, feature names) of every
    relation whose parties the rules inherited from an event of the document; in text order.
    `nouns`: as for `candidates`; `doc`: the Document, when already read."""
    held = [index for index, (_, relations) in enumerate(related) if any(_inherited(r) for r in relations)]
    if not held:
        return
    doc = doc or Document(ctx, related, relator, nouns)
    for index in held:
        mention, relations = related[index]
        for position, relation in enumerate(relations):
            event = doc.by_parties.get((relation.supplier, relation.recipient)) if _inherited(relation) else None
            if event is not None:
                yield index, position, event, check_features(doc, mention, relations, event)


def candidates(ctx: DocContext, related: ev.Related, relator: Relator, nouns=None, doc: Document | None = None):
    """(mention, relations, event, feature names) of every mention the rules gave no party
    (`_open`) and every event of the document it may belong to, in text order, then event
    order. Never scored: a mention the rules read as a state's own, its forces', a target or
    an interceptor, or arms in general (`VETOES`); an event without the mention's maker
    (systems table) or origin word as a party, or without its possessor as recipient; an
    event whose parties its sentence does not name when the sentence names a force ("The
    armed forces of Chad patrol with tanks"). A mention the rules read as in no transfer for
    another reason (`_closure`: its holder's or maker's cue, a class noun in use, after a
    bare demonym) is scored only when its sentence names no actor and is not the headline,
    against no cancelled, denied or suspended event when its own cue was a holder's (what
    a state holds has arrived), with the feature closed=REASON. Besides `features`: an event
    with no supplier, a sentence that names only other actors. `nouns`: the document's noun
    events (events.noun_events), when already read; `doc`: the Document, when already read."""
    open_ = [(mention, relations) for mention, relations in related if _open(relations)]
    if not open_:
        return
    doc = doc or Document(ctx, related, relator, nouns)
    if not doc.events:
        return
    for mention, relations in open_:
        closure = _closure(ctx, mention, relations, related)
        if closure in VETOES:
            continue
        facts = doc.sentence(mention.sentence)[2]
        if closure and ("sentence_names_none" not in facts or "mention_in_headline" in facts):
            continue  # a reading of no transfer whose sentence names its actor stands
        maker = doc.origin.get(mention.system) if mention.basis == "catalogue" else None
        sentence = ctx.sentences[mention.sentence]
        for event in doc.events:
            if maker and maker not in event.parties and not doc.listed(mention) or \
                    mention.origins and not set(mention.origins) & set(event.parties):
                continue  # "It had earlier dropped Su-35 plans" in an article on Rafales: another maker's
            if mention.possessor and mention.possessor != event.recipient:
                continue  # "Norway's own NASAMS batteries" in an article on NASAMS for Ukraine
            in_sentence = ev.party_in_sentence(ctx, mention, event)
            if not in_sentence and _FORCE_WORD.search(ctx.folded, sentence.start, sentence.end):
                continue  # "The armed forces of Chad patrol with tanks": others' forces
            if closure == "no_transfer_cue" and event.status in _NOT_ARRIVED:
                continue  # "The navy operates six frigates" after a seizure: a holder's weapon arrived
            names = features(doc, mention, relations, event)
            if closure:
                names.append("closed=" + closure)
            if not event.supplier:
                names.append("event_no_supplier")
            if not in_sentence:
                names.append("sentence_names_only_others")
            yield mention, relations, event, names


def attach_learned(ctx: DocContext, related: ev.Related, relator: Relator, nouns=None) -> ev.Related:
    """`related` with each relation whose parties the rules inherited from an event elsewhere
    dropped when the check model scores it at or below zero (a mention left with none has no
    transfer), and each mention the rules gave no party (`_open`) given the parties of its
    best-scoring event when the attachment model scores it above zero (the status of its
    own cue, if it has one; delivered when its cue said it is held; planned when its sentence
    names a framework agreement or the like before it, relations.not_binding_before; else the
    stage at which the document last reported the event up to its sentence,
    events.stage_before; ordered when its clause puts the delivery ahead, events.awaited).
    `nouns`: as for
    `candidates`."""
    if not any(_inherited(r) for _, relations in related for r in relations) and \
            not any(_open(relations) for _, relations in related):
        return related
    doc = Document(ctx, related, relator, nouns)
    dropped: dict[int, set[int]] = {}
    table = weights(CHECK_CSV)
    for index, position, _, names in reviewed(ctx, related, relator, nouns, doc):
        if score(names, table) <= 0:
            dropped.setdefault(index, set()).add(position)
    best: dict[int, tuple[float, ev.TransferEvent]] = {}
    ids = {id(mention): index for index, (mention, _) in enumerate(related)}
    for mention, _, event, names in candidates(ctx, related, relator, nouns, doc):
        value = score(names)
        index = ids[id(mention)]
        if value > 0 and (index not in best or value > best[index][0]):
            best[index] = (value, event)
    if not best and not dropped:
        return related
    result = list(related)
    for index, gone in dropped.items():
        mention, relations = related[index]
        result[index] = (mention, [r for p, r in enumerate(relations) if p not in gone] or [NO_TRANSFER])
    for index, (_, event) in best.items():
        mention, relations = related[index]
        own = _own_transfer(relations)  # its own cue keeps its status
        held = _held_cue(relations)  # "Crews already operate Leopard 1 tanks": it has arrived
        marker = None if own or held else not_binding_before(ctx, mention)  # "A framework agreement foresees ..."
        result[index] = (mention, [Relation(
            event.supplier, MODEL if event.supplier else None, event.recipient, MODEL if event.recipient else None,
            own.status if own else "delivered" if held else "planned" if marker else ev.stage_before(related, mention, event),
            own.status_cue if own else held or marker,
            (own.transfer_type if own and own.transfer_type != "unspecified" else None) or event.transfer_type
            or "unspecified", own.event_year if own else None, evidence=event.evidence)])
    ahead = ev.awaited(ctx, [result[index] for index in best])  # "The final 28 ... are due in 2026"
    for index, read in zip(best, ahead):
        result[index] = read
    return result
