"""Behavioural test suite of the extractor, in the CheckList style (Ribeiro et al., 2020).

The extractor is tested as a black box through
``armsdata.build.extract.extract_text(text, published)``. Each row of ``templates.csv`` is
one *construction*: a short text with slots (``{SUP}``, ``{REC}``, ``{SYS}``, ``{N}`` ...),
the slot that holds the *target* weapons mention, and the record the codebook
(``dataset/CODEBOOK.md``) expects for that mention. The generator fills the slots from the
reviewed reference tables (``build/reference/actors.csv`` and ``systems.csv``),
deterministically from a seed, and the runner scores what the extractor returns on the
target span.

A case **passes** when the set of ``(supplier, recipient, status)`` of the records whose span
overlaps the target span equals the expected set (one tuple per expected relation).
``transfer_type`` and ``quantity`` are scored separately.

Run ``python -m tests.behaviour.suite`` from the repository root (``--help`` for options).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates.csv"
FLOOR = HERE / "floor.txt"

#: Publication date given to every generated text ("last year" is 2023).
PUBLISHED = dt.date(2024, 6, 15)
#: Cases generated per construction by default, and the default seed.
PER_CONSTRUCTION = 16
SEED = 20261129

#: Columns of templates.csv that classify a construction; each is reported as a dimension.
DIMENSIONS = ("voice", "tense", "modality", "negation", "sup_position", "rec_position", "mention")
TEMPLATE_COLUMNS = ("id", "name", "frame", *DIMENSIONS, "target", "text", "supplier",
                    "recipient", "status", "transfer_type", "quantity", "bind")
STATUSES = {"delivered", "ordered", "planned", "suspended", "cancelled", "denied", "unknown", "none"}
TRANSFER_TYPES = {"", "sale", "licensed_production", "technology_transfer", "aid", "unspecified"}

# ---------------------------------------------------------------------------------------
# Actors

#: States whose names collide with common words, persons or other states' names.
AMBIGUOUS_STATES = {
    "GEO",  # Georgia, the US state
    "JOR",  # Jordan, a given name and a river
    "TCD",  # Chad, a given name
    "NER",  # Niger, inside Nigeria
    "GIN", "GNB", "GNQ", "PNG",  # the Guineas
    "COD", "COG",  # the Congos
    "DMA", "DOM",  # Dominica and the Dominican Republic
    "VAT",  # the Holy See
}
#: Short names read with "the" in running text.
ARTICLE_NAMES = {"United States", "United Kingdom", "United Arab Emirates", "Netherlands",
                 "Philippines", "Bahamas", "Gambia", "Maldives", "Marshall Islands",
                 "Solomon Islands", "Seychelles", "Central African Republic", "Comoros"}
#: Listed "companies" that are government agencies, not sellers a text would name so.
NOT_SELLERS = {"Defense Security Cooperation Agency", "DSCA", "DRDO",
               "Defence Research and Development Organisation", "MODAFL", "Armscor",
               "General Authority for Military Industries", "GAMI", "Tawazun Council",
               "Ordnance Factory Board", "SIBAT"}
#: Non-state recipients and how a text names them (codes from actors.csv).
NON_STATE = {"NSA_HEZBOLLAH": "Hezbollah", "NSA_HAMAS": "Hamas", "NSA_HOUTHIS": "the Houthis",
             "NSA_TALIBAN": "the Taliban", "NSA_AL_SHABAAB": "al-Shabaab",
             "NSA_BOKO_HARAM": "Boko Haram"}


@dataclass(frozen=True)
class Actor:
    """An actor as the generator writes it: ``surface`` is its name in running text."""

    actor_id: str
    surface: str
    demonym: str = ""
    capital: str = ""
    companies: tuple[str, ...] = ()

    def strings(self) -> list[str]:
        """Every string a filled text may use for this actor."""
        return [s for s in (self.surface.removeprefix("the "), self.demonym, self.capital,
                            *self.companies) if s]


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


def words_of(strings: set[str]) -> re.Pattern:
    """A pattern matching any of ``strings`` as whole words."""
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, strings), key=len, reverse=True))
                      + r")\b")


def _reference(name: str) -> list[dict[str, str]]:
    with resources.files("armsdata.build").joinpath("reference", name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------------------------------
# Systems

#: Words that make an alias carry its own class noun ("Type 23 frigate"): such aliases
#: are not used, since the generator appends the class noun itself.
_CLASS_WORDS = re.compile(
    r"\b(frigate|corvette|submarine|torpedo|missile|radar|tank|APC|IFV|SAM|MANPADS|ATGM|"
    r"helicopter|UAV|TUAV|launcher|rifle|howitzer|SPH|MRL|class|ICV|MBT|CIWS|gun)s?\b",
    re.IGNORECASE)


def class_nouns(category: str, description: str) -> tuple[str, str, str] | None:
    """(singular, plural, anaphor head) of the class noun written after a designation, read
    from the catalogue's category and description; None for kinds the suite leaves out."""
    d = description.lower()
    if category == "aircraft":
        if "helicopter" in d:
            return "helicopter", "helicopters", "helicopters"
        if "uav" in d or "unmanned" in d:
            return "drone", "drones", "drones"
        if "fighter" in d or "strike" in d or "attack aircraft" in d:
            return "fighter jet", "fighter jets", "jets"
        return "military aircraft", "military aircraft", "aircraft"
    if category == "air_defence_systems":
        return "air defence system", "air defence systems", "systems"
    if category == "armoured_vehicles":
        if "battle tank" in d:
            return "tank", "tanks", "tanks"
        return "armoured vehicle", "armoured vehicles", "vehicles"
    if category == "artillery":
        if "howitzer" in d:
            return "howitzer", "howitzers", "howitzers"
        if "rocket launcher" in d:
            return "rocket launcher", "rocket launchers", "launchers"
        return None
    if category == "missiles":
        if "anti-tank" in d:
            return "anti-tank missile", "anti-tank missiles", "missiles"
        if "loitering munition" in d:
            return "loitering munition", "loitering munitions", "munitions"
        return "missile", "missiles", "missiles"
    if category == "ships":
        for noun in ("submarine", "frigate", "corvette"):
            if noun in d:
                return noun, noun + "s", noun + "s"
        return None
    if category == "sensors" and "radar" in d:
        return "radar", "radars", "radars"
    if category == "naval_weapons" and "torpedo" in d:
        return "torpedo", "torpedoes", "torpedoes"
    if category == "other" and "rifle" in d and "recoilless" not in d:
        return "rifle", "rifles", "rifles"
    return None


@dataclass(frozen=True)
class System:
    """A catalogued system the generator may name: its designations and class nouns."""

    system: str
    origin: str
    aliases: tuple[str, ...]
    singular: str
    plural: str
    anaphor: str


#: Generic classes: (plural as written, anaphor head).
GENERIC = (("drones", "drones"), ("tanks", "tanks"), ("howitzers", "howitzers"),
           ("fighter jets", "jets"), ("military helicopters", "helicopters"),
           ("armoured vehicles", "vehicles"), ("anti-tank missiles", "missiles"),
           ("assault rifles", "rifles"), ("air defence systems", "systems"))
#: Arms in general, as the first word of "{ARMS} supplies" or an object ("supplied {ARMS}").
ARMS = ("weapons", "arms")

NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen",
                16: "sixteen", 18: "eighteen", 20: "twenty", 24: "twenty-four", 30: "thirty",
                36: "thirty-six", 40: "forty", 48: "forty-eight", 50: "fifty"}


@dataclass
class Reference:
    """The actors and systems the generator draws from, filtered for unambiguous use."""

    states: dict[str, Actor]
    non_state: dict[str, Actor]
    systems_by_origin: dict[str, list[System]]
    _pools: dict[tuple, list[Actor]] = field(default_factory=dict, repr=False)

    def pool(self, needs: dict[str, bool], makers: int = 0) -> list[Actor]:
        """States (by actor_id) with the attributes ``needs`` asks for and, when ``makers``
        > 0, at least that many catalogued systems of their own origin."""
        key = (tuple(sorted(k for k, v in needs.items() if v)), makers)
        if key not in self._pools:
            self._pools[key] = [
                a for _, a in sorted(self.states.items()) if _fits(a, needs)
                and len(self.systems_by_origin.get(a.actor_id, ())) >= makers]
        return self._pools[key]

    @classmethod
    def load(cls) -> "Reference":
        """Read actors.csv and systems.csv (package data of armsdata.build)."""
        actor_rows = _reference("actors.csv")
        names_in_use = {s for row in actor_rows
                        for col in ("names", "demonyms", "seats", "companies")
                        for s in _split(row[col])}
        words = words_of(names_in_use)
        system_rows = [r for r in _reference("systems.csv") if r["generic"] == "false"]
        designations = {d for r in system_rows for d in (r["system"], *_split(r["aliases"]))}
        states: dict[str, Actor] = {}
        for row in actor_rows:
            if (row["actor_type"] != "state" or row["historical"] == "true"
                    or row["actor_id"] in AMBIGUOUS_STATES):
                continue
            name = row["name"]
            own = _split(row["names"]) + _split(row["demonyms"])
            capital = next((s for s in _split(row["seats"])
                            if not any(n in s for n in own)), "")
            mine = {s for col in ("names", "demonyms", "seats", "companies")
                    for s in _split(row[col])}
            companies = tuple(c for c in _split(row["companies"])
                              if c not in NOT_SELLERS and c not in designations
                              and not (set(words.findall(c)) - mine)
                              and not any(n in c for n in own))
            states[row["actor_id"]] = Actor(
                row["actor_id"], ("the " if name in ARTICLE_NAMES else "") + name,
                next(iter(_split(row["demonyms"])), ""), capital, companies)
        known = {row["actor_id"] for row in actor_rows}
        non_state = {code: Actor(code, surface) for code, surface in NON_STATE.items()
                     if code in known}
        by_origin: dict[str, list[System]] = defaultdict(list)
        for r in system_rows:
            nouns = class_nouns(r["category"], r["description"])
            # ". " inside a designation ("ShKH vz. 77 Dana") reads as a sentence end: left out.
            if (nouns is None or r["origin"] not in states or words.search(r["system"])
                    or ". " in r["system"]):
                continue
            aliases = tuple(a for a in _split(r["aliases"])
                            if len(a) <= 24 and "/" not in a and ". " not in a and a[:1].isalnum()
                            and not words.search(a) and not _CLASS_WORDS.search(a))
            by_origin[r["origin"]].append(System(r["system"], r["origin"], aliases, *nouns))
        return cls(states, non_state, dict(by_origin))


# ---------------------------------------------------------------------------------------
# Templates

SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
ACTOR_SLOTS = {"SUP", "SUP2", "REC", "REC2", "THIRD", "NSA"}
SYSTEM_SLOTS = {"SYS", "SYS1", "SYS2", "SYS_SG", "ANA"}
KNOWN_SLOTS = ACTOR_SLOTS | SYSTEM_SLOTS | {
    "SUP_CAPITAL", "SUP_DEMONYM", "COMPANY", "REC_CAPITAL", "REC_DEMONYM", "REC_COMPANY",
    "THIRD_DEMONYM", "GEN", "GANA", "ARMS", "N", "M", "N_WORD", "USD", "YEAR"}
TARGET_SLOTS = {"SYS", "SYS1", "SYS2", "SYS_SG", "ANA", "GEN", "GANA", "ARMS"}


class TemplateError(ValueError):
    """A row of templates.csv that cannot be generated from: the message names the row."""


@dataclass(frozen=True)
class Template:
    """One construction (a row of templates.csv); ``text`` has real newlines."""

    id: str
    name: str
    frame: str
    dims: dict[str, str]
    target: str
    text: str
    supplier: tuple[str, ...]
    recipient: tuple[str, ...]
    status: str
    transfer_types: frozenset[str]
    quantity: str
    bind: dict[str, str]

    @property
    def slots(self) -> set[str]:
        return set(SLOT.findall(self.text))


def load_templates(path: Path = TEMPLATES) -> list[Template]:
    """Read and check templates.csv; raise TemplateError naming the file, line and problem."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in TEMPLATE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise TemplateError(f"{path}: missing columns: {', '.join(missing)}")
        templates, seen = [], set()
        for row in reader:
            where = f"{path}:{reader.line_num}"
            t = Template(
                id=row["id"], name=row["name"], frame=row["frame"],
                dims={d: row[d] for d in DIMENSIONS}, target=row["target"],
                text=row["text"].replace("\\n", "\n"),
                supplier=tuple(s for s in row["supplier"].split(";") if s),
                recipient=tuple(s for s in row["recipient"].split(";") if s),
                status=row["status"], transfer_types=frozenset(row["transfer_type"].split("|")),
                quantity=row["quantity"],
                bind=dict(b.split("=", 1) for b in row["bind"].split(";") if b))
            _check(t, where, seen)
            seen.add(t.id)
            templates.append(t)
    return templates


def _check(t: Template, where: str, seen: set[str]) -> None:
    problems = []
    if not t.id or t.id in seen:
        problems.append(f"id {t.id!r} empty or repeated")
    unknown = t.slots - KNOWN_SLOTS
    if unknown:
        problems.append(f"unknown slots {sorted(unknown)}")
    if t.target not in TARGET_SLOTS:
        problems.append(f"target {t.target!r} is not one of {sorted(TARGET_SLOTS)}")
    elif SLOT.findall(t.text).count(t.target) != 1:
        problems.append(f"target slot {{{t.target}}} must occur exactly once in the text")
    if t.status not in STATUSES:
        problems.append(f"status {t.status!r} is not a codebook status")
    if not t.transfer_types <= TRANSFER_TYPES:
        problems.append(f"transfer_type {'|'.join(sorted(t.transfer_types))!r} unknown")
    if (t.status == "none") != (t.transfer_types == {""}):
        problems.append("transfer_type must be empty exactly when status is none")
    for party in (*t.supplier, *t.recipient):
        if party not in ACTOR_SLOTS:
            problems.append(f"party {party!r} is not an actor slot")
    if t.quantity and not (t.quantity.isdigit() or t.quantity in {"N", "M"}):
        problems.append(f"quantity {t.quantity!r} is not N, M, a number or empty")
    if set(t.bind) - {"SUP", "REC"}:
        problems.append("bind may only fix SUP or REC")
    if problems:
        raise TemplateError(f"{where}: {t.id}: " + "; ".join(problems))


# ---------------------------------------------------------------------------------------
# Cases

@dataclass(frozen=True)
class Case:
    """One generated text, its target span and the record(s) the codebook expects there.

    ``relations`` holds ``(supplier, recipient)`` actor codes ("" for empty);
    ``target_system`` and ``target_origin`` are set when the target names a catalogued system.
    """

    construction: str
    text: str
    span: tuple[int, int]
    relations: frozenset[tuple[str, str]]
    status: str
    transfer_types: frozenset[str]
    quantity: int | None
    target_system: str = ""
    target_origin: str = ""
    sys_form: str = "-"


@dataclass
class Draw:
    """Slot values chosen for one case: text pieces, actor codes, the systems used."""

    values: dict[str, str] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    systems: dict[str, System] = field(default_factory=dict)
    sys_form: str = "-"


def _needs(slots: set[str], prefix: str) -> dict[str, bool]:
    return {"demonym": f"{prefix}_DEMONYM" in slots, "capital": f"{prefix}_CAPITAL" in slots,
            "companies": (f"{prefix}_COMPANY" in slots
                          or (prefix == "SUP" and "COMPANY" in slots))}


def _fits(actor: Actor, needs: dict[str, bool]) -> bool:
    return all(getattr(actor, attr) for attr, needed in needs.items() if needed)


def _clash(chosen: list[Actor]) -> bool:
    """True when one actor's string is inside another's ("Sudan" in "South Sudan")."""
    for a, b in product(chosen, repeat=2):
        if a.actor_id != b.actor_id and any(
                x.lower() in y.lower() for x in a.strings() for y in b.strings()):
            return True
    return False


def _draw(t: Template, ref: Reference, rng: random.Random) -> Draw | None:
    slots = t.slots
    n_systems = 2 if "SYS1" in slots else (1 if slots & {"SYS", "SYS_SG"} else 0)
    # Suppliers (and second suppliers) are states the catalogue knows as makers of arms.
    sup_pool = ref.pool(_needs(slots, "SUP"), max(n_systems, 1))
    if "SUP" in t.bind:
        sup_pool = [a for a in sup_pool if a.actor_id == t.bind["SUP"]]
    if not sup_pool:
        return None
    d = Draw()
    d.actors["SUP"] = sup = rng.choice(sup_pool)
    wanted = [("REC", _needs(slots, "REC"), 0), ("REC2", {}, 0), ("SUP2", {}, 1),
              ("THIRD", {"demonym": "THIRD_DEMONYM" in slots}, 0)]
    for slot, needs, makers in wanted:
        if slot != "REC" and slot not in slots and f"{slot}_DEMONYM" not in slots:
            continue
        taken = {x.actor_id for x in d.actors.values()}
        pool = [a for a in ref.pool(needs, makers) if a.actor_id not in taken]
        if slot in t.bind:
            pool = [a for a in pool if a.actor_id == t.bind[slot]]
        if not pool:
            return None
        d.actors[slot] = rng.choice(pool)
    if "NSA" in slots:
        d.actors["NSA"] = rng.choice(sorted(ref.non_state.values(), key=lambda a: a.actor_id))
    if _clash(list(d.actors.values())):
        return None
    v = d.values
    for slot, actor in d.actors.items():
        v[slot] = actor.surface
    v["SUP_CAPITAL"], v["SUP_DEMONYM"] = sup.capital, sup.demonym
    if sup.companies:
        v["COMPANY"] = rng.choice(sup.companies)
    rec = d.actors["REC"]
    v["REC_CAPITAL"], v["REC_DEMONYM"] = rec.capital, rec.demonym
    if rec.companies:
        v["REC_COMPANY"] = rng.choice(rec.companies)
    if "THIRD" in d.actors:
        v["THIRD_DEMONYM"] = d.actors["THIRD"].demonym
    if n_systems:
        chosen = rng.sample(ref.systems_by_origin[sup.actor_id], n_systems)
        forms = []
        for slot, system in zip(("SYS1", "SYS2") if n_systems == 2 else ("SYS",), chosen):
            alias = system.aliases and rng.random() < 0.3
            designation = rng.choice(system.aliases) if alias else system.system
            forms.append("alias" if alias else "canonical")
            d.systems[slot] = system
            v[slot] = f"{designation} {system.plural}"
            if slot == "SYS":
                v["SYS_SG"] = f"{designation} {system.singular}"
                v["ANA"] = system.anaphor
        d.sys_form = forms[0] if t.target in SYSTEM_SLOTS else "-"
        if t.target == "SYS2":
            d.sys_form = forms[1]
    generic, generic_anaphor = rng.choice(GENERIC)
    v["GEN"], v["GANA"], v["ARMS"] = generic, generic_anaphor, rng.choice(ARMS)
    n = rng.choice(sorted(NUMBER_WORDS)) if "N_WORD" in slots else rng.randint(3, 60)
    v["N"], v["N_WORD"] = str(n), NUMBER_WORDS.get(n, "")
    v["M"] = str(rng.randint(n + 10, n + 200))
    v["USD"] = str(rng.randrange(100, 1000, 25))
    v["YEAR"] = str(rng.randint(2015, 2023))
    return d


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def render(text: str, values: dict[str, str]) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Fill ``text``'s slots; return the filled text and each slot's spans (code points).

    A value that opens a sentence or a line gets a capital first letter ("the United
    States" -> "The United States"). Raises KeyError for a slot with no value.
    """
    out, spans, pos = [], defaultdict(list), 0
    length = 0
    for m in SLOT.finditer(text):
        literal = text[pos:m.start()]
        out.append(literal)
        length += len(literal)
        value = values[m.group(1)]
        if not value:
            raise KeyError(m.group(1))
        if _SENTENCE_START.search("".join(out)):
            value = value[0].upper() + value[1:]
        spans[m.group(1)].append((length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), dict(spans)


def make_case(t: Template, ref: Reference, rng: random.Random) -> Case | None:
    """One case of template ``t`` from ``rng``, or None when the draw does not fit."""
    d = _draw(t, ref, rng)
    if d is None:
        return None
    try:
        text, spans = render(t.text, d.values)
    except KeyError:
        return None
    code = {slot: actor.actor_id for slot, actor in d.actors.items()}
    relations = frozenset(product([code[s] for s in t.supplier] or [""],
                                  [code[s] for s in t.recipient] or [""]))
    quantity = (None if not t.quantity else
                int(d.values[t.quantity]) if t.quantity in {"N", "M"} else int(t.quantity))
    system = d.systems.get({"SYS_SG": "SYS", "ANA": "SYS"}.get(t.target, t.target))
    return Case(t.id, text, spans[t.target][0], relations, t.status, t.transfer_types,
                quantity, system.system if system else "", system.origin if system else "",
                d.sys_form)


def generate(templates: list[Template], ref: Reference, per_construction: int = PER_CONSTRUCTION,
             seed: int = SEED) -> list[Case]:
    """``per_construction`` distinct cases per template, the same for the same seed.

    Each template has its own random stream (seeded by the seed and its id), so adding or
    editing one template leaves the others' cases unchanged.
    """
    cases = []
    for t in templates:
        rng = random.Random(f"{seed}:{t.id}")
        texts: set[str] = set()
        for _ in range(per_construction * 20):
            if len(texts) == per_construction:
                break
            case = make_case(t, ref, rng)
            if case is not None and case.text not in texts:
                texts.add(case.text)
                cases.append(case)
    return cases


# ---------------------------------------------------------------------------------------
# Scoring

SCORES = ("found", "supplier", "recipient", "status", "pass", "transfer_type", "quantity")


def score(case: Case, records: list[dict]) -> dict[str, bool]:
    """Score the extractor's records of ``case.text`` on the target span.

    ``found``: some record overlaps the span; ``supplier``/``recipient``/``status``: the set
    of values on the span equals the expected set; ``pass``: the set of (supplier,
    recipient, status) equals the expected one; ``transfer_type``/``quantity``: every
    record on the span has an expected value.
    """
    a, b = case.span
    hits = [r for r in records if r["span_start"] < b and r["span_end"] > a]
    got = {(r["supplier"] or "", r["recipient"] or "", r["status"]) for r in hits}
    want = {(s, r, case.status) for s, r in case.relations}
    return {
        "found": bool(hits),
        "supplier": bool(hits) and {g[0] for g in got} == {w[0] for w in want},
        "recipient": bool(hits) and {g[1] for g in got} == {w[1] for w in want},
        "status": bool(hits) and {g[2] for g in got} == {case.status},
        "pass": got == want,
        "transfer_type": bool(hits) and all((r["transfer_type"] or "") in case.transfer_types
                                            for r in hits),
        "quantity": bool(hits) and all(r["quantity"] == case.quantity for r in hits),
    }


@dataclass
class Result:
    """A scored case with the records found on its span."""

    case: Case
    scores: dict[str, bool]
    hits: list[dict]


def run(per_construction: int = PER_CONSTRUCTION, seed: int = SEED,
        templates: list[Template] | None = None) -> list[Result]:
    """Generate the cases and run the extractor on each; one Result per case."""
    from armsdata.build.extract import extract_text

    templates = load_templates() if templates is None else templates
    results = []
    for case in generate(templates, Reference.load(), per_construction, seed):
        records = extract_text(case.text, published=PUBLISHED)
        a, b = case.span
        hits = [r for r in records if r["span_start"] < b and r["span_end"] > a]
        results.append(Result(case, score(case, records), hits))
    return results


def read_floor(path: Path = FLOOR) -> float:
    """The lowest overall pass rate the tests accept: the first line of ``path`` that is
    not blank or a ``#`` comment, a number in [0, 1]. Raises ValueError otherwise."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            value = float(line)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{path}: floor {value} is not in [0, 1]")
            return value
    raise ValueError(f"{path}: no floor given")


def _rates(results: list[Result]) -> dict[str, float | int]:
    n = len(results)
    out: dict[str, float | int] = {"n": n}
    for key in SCORES:
        out[key] = round(sum(r.scores[key] for r in results) / n, 4) if n else 0.0
    return out


def summarise(results: list[Result], templates: list[Template]) -> dict:
    """Accuracy overall, per construction, per frame and per dimension value."""
    by_id = {t.id: t for t in templates}
    groups: dict[str, dict[str, list[Result]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        t = by_id[r.case.construction]
        groups["construction"][t.id].append(r)
        groups["frame"][t.frame].append(r)
        for dim in DIMENSIONS:
            groups[dim][t.dims[dim]].append(r)
        groups["sys_form"][r.case.sys_form].append(r)
        groups["scope"][_scope(t.text)].append(r)
    return {
        "overall": _rates(results),
        "constructions": [{"id": t.id, "name": t.name, "frame": t.frame,
                           **_rates(groups["construction"][t.id])} for t in templates],
        "frames": {k: _rates(v) for k, v in sorted(groups["frame"].items())},
        "dimensions": {dim: {k: _rates(v) for k, v in sorted(groups[dim].items())}
                       for dim in (*DIMENSIONS, "sys_form", "scope")},
    }


def _scope(text: str) -> str:
    if "\n" in text:
        return "headline + body"
    if re.search(r"[.!?] [A-Z{]", text.replace("U.S.", "US")):
        return "two sentences"
    return "one sentence"


# ---------------------------------------------------------------------------------------
# Command line

def _table(title: str, rows: list[tuple[str, dict]], width: int) -> list[str]:
    head = f"{title:<{width}} {'n':>5} " + " ".join(f"{k[:8]:>8}" for k in SCORES)
    lines = [head, "-" * len(head)]
    for label, rates in rows:
        lines.append(f"{label[:width]:<{width}} {rates['n']:>5} "
                     + " ".join(f"{rates[k]:>8.3f}" for k in SCORES))
    return lines


def report(summary: dict) -> str:
    """The summary as plain-text tables: constructions, frames, dimensions, overall."""
    lines = _table("construction", [(f"{c['id']} {c['name']}", c)
                                    for c in summary["constructions"]], 52)
    lines += [""] + _table("frame", list(summary["frames"].items()), 52)
    for dim, values in summary["dimensions"].items():
        lines += [""] + _table(dim, list(values.items()), 52)
    lines += [""] + _table("overall", [("all cases", summary["overall"])], 52)
    return "\n".join(lines)


def failures(results: list[Result], limit: int) -> str:
    """Up to ``limit`` failing cases, taken round-robin over the constructions."""
    by_construction: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        if not r.scores["pass"]:
            by_construction[r.case.construction].append(r)
    picked, rank = [], 0
    while len(picked) < limit and any(len(v) > rank for v in by_construction.values()):
        picked += [v[rank] for v in by_construction.values() if len(v) > rank]
        rank += 1
    out = []
    for r in picked[:limit]:
        c = r.case
        a, b = c.span
        want = sorted(f"{s or '-'}->{t or '-'} {c.status}" for s, t in c.relations)
        out.append(f"[{c.construction}] {c.text!r}\n  target {c.text[a:b]!r} [{a}:{b}]"
                   f"  expected {', '.join(want)} type={'|'.join(sorted(c.transfer_types))}"
                   f" qty={c.quantity}")
        for h in r.hits or [None]:
            out.append("  got nothing on the span" if h is None else
                       f"  got {h['span_text']!r} {h['supplier'] or '-'}->{h['recipient'] or '-'}"
                       f" {h['status']} cue={h['status_cue']!r} type={h['transfer_type']}"
                       f" qty={h['quantity']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run the suite and print the tables (or JSON); exit 0, or 2 for a bad template file."""
    parser = argparse.ArgumentParser(prog="python -m tests.behaviour.suite",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--failures", type=int, default=0, metavar="N",
                        help="also print N failing cases (round-robin over constructions)")
    parser.add_argument("--per-construction", type=int, default=PER_CONSTRUCTION, metavar="K")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--templates", type=Path, default=TEMPLATES)
    parser.add_argument("--only", action="append", default=[], metavar="ID_OR_FRAME",
                        help="run only these constructions or frames (repeatable)")
    args = parser.parse_args(argv)
    try:
        templates = load_templates(args.templates)
    except (OSError, TemplateError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.only:
        templates = [t for t in templates if t.id in args.only or t.frame in args.only]
    results = run(args.per_construction, args.seed, templates)
    summary = summarise(results, templates)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(report(summary))
    if args.failures:
        print("\n" + failures(results, args.failures), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
