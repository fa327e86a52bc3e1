"""Words the extractor recognises: generic weapon nouns, their modifiers, and transfer cues.

All entries are in folded form (lower case, ASCII quotes and hyphens); see text.fold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Generic head nouns -> generic system. "Weak" heads (aircraft, jets, batteries, systems)
# are weapons only with a weapon modifier, a designation, or a determiner/possessive that
# makes them refer to weapons ("the jets", "its airplanes", "such Israeli aircraft").
STRONG_HEADS = {
    "weapon": "arms (unspecified)", "weapons": "arms (unspecified)", "arms": "arms (unspecified)",
    "weaponry": "arms (unspecified)", "armament": "arms (unspecified)", "armaments": "arms (unspecified)",
    "military equipment": "military equipment", "military hardware": "military equipment",
    "defence equipment": "military equipment", "defense equipment": "military equipment",
    "drone": "UAV", "drones": "UAV", "uav": "UAV", "uavs": "UAV", "ucav": "UAV", "ucavs": "UAV",
    "unmanned aerial vehicle": "UAV", "unmanned aerial vehicles": "UAV",
    "fighter jet": "fighter aircraft", "fighter jets": "fighter aircraft",
    "fighter aircraft": "fighter aircraft", "fighter-bomber": "fighter aircraft",
    "fighter-bombers": "fighter aircraft", "warplane": "military aircraft", "warplanes": "military aircraft",
    "bomber": "military aircraft", "bombers": "military aircraft",
    "helicopter": "helicopter", "helicopters": "helicopter", "gunship": "helicopter", "gunships": "helicopter",
    "tank": "tank", "tanks": "tank",
    "armoured vehicle": "armoured vehicle", "armoured vehicles": "armoured vehicle",
    "armored vehicle": "armoured vehicle", "armored vehicles": "armoured vehicle",
    "armoured personnel carriers": "armoured vehicle", "armored personnel carriers": "armoured vehicle",
    "infantry fighting vehicles": "armoured vehicle", "apcs": "armoured vehicle", "ifvs": "armoured vehicle",
    "missile": "missile", "missiles": "missile", "rocket": "rocket", "rockets": "rocket",
    "rocket launcher": "artillery", "rocket launchers": "artillery",
    "howitzer": "artillery", "howitzers": "artillery", "artillery": "artillery",
    "air defense system": "air defence system", "air defense systems": "air defence system",
    "air defence system": "air defence system", "air defence systems": "air defence system",
    "warship": "warship", "warships": "warship", "frigate": "warship", "frigates": "warship",
    "corvette": "warship", "corvettes": "warship", "destroyer": "warship", "destroyers": "warship",
    "patrol boats": "warship", "aircraft carrier": "warship", "aircraft carriers": "warship",
    "submarine": "submarine", "submarines": "submarine",
    "radar": "radar", "radars": "radar",
    "rifle": "small arms", "rifles": "small arms", "small arms": "small arms",
    "machine gun": "small arms", "machine guns": "small arms",
    "ammunition": "ammunition", "munitions": "ammunition",
}
WEAK_HEADS = {
    "aircraft": "military aircraft", "airplane": "military aircraft", "airplanes": "military aircraft",
    "plane": "military aircraft", "planes": "military aircraft", "jet": "fighter aircraft",
    "jets": "fighter aircraft", "battery": "air defence system", "batteries": "air defence system",
    "system": "arms (unspecified)", "systems": "arms (unspecified)", "guns": "artillery",
    "shells": "ammunition", "vehicles": "armoured vehicle", "equipment": "military equipment",
}
HEADS = {**STRONG_HEADS, **WEAK_HEADS}
# Nouns that name equipment only right after a designation ("Rafale fighters": "fighters"
# alone is as often militants).
TAIL_HEADS = {
    "fighter": "fighter aircraft", "fighters": "fighter aircraft", "interceptor": "fighter aircraft",
    "interceptors": "fighter aircraft", "trainer": "military aircraft", "trainers": "military aircraft",
    "launcher": "artillery", "launchers": "artillery", "vessel": "warship", "vessels": "warship",
    "ship": "warship", "ships": "warship", "boats": "warship", "units": "arms (unspecified)",
    "variant": "arms (unspecified)", "variants": "arms (unspecified)", "squadron": "military aircraft",
    "squadrons": "military aircraft",
}

# Words that stay inside a mention's span when they stand before its head noun.
MODIFIERS = {
    "spy", "attack", "combat", "reconnaissance", "surveillance", "armed", "kamikaze", "suicide",
    "military", "fighter", "multirole", "multi-role", "pilotless", "unmanned", "anti-aircraft",
    "anti-tank", "anti-ship", "anti-missile", "air-defense", "air-defence", "air defense", "air defence",
    "surface-to-air", "air-to-air", "air-to-surface", "cruise", "ballistic", "guided", "precision-guided",
    "main battle", "battle", "self-propelled", "nuclear", "atomic", "chemical", "strike", "transport",
    "trainer", "naval", "tactical", "strategic", "hypersonic", "stealth", "loitering", "missile",
    "artillery", "shoulder-fired", "man-portable", "portable", "assault", "patrol", "defence", "defense",
    "light", "heavy", "nuclear-powered", "diesel-electric", "coastal", "coastal defence", "coastal defense",
    "anti-submarine", "amphibious", "fighting", "rocket", "radar",
}

# A modifier that changes the generic class of the head it stands before.
CLASS_BY_MODIFIER = [
    ({"pilotless", "unmanned"}, {"aircraft", "vehicles", "vehicle", "planes", "plane"}, "UAV"),
    ({"fighter", "multirole", "multi-role", "combat"}, {"aircraft", "jets", "jet", "planes"}, "fighter aircraft"),
    ({"nuclear", "atomic"}, {"weapon", "weapons", "arms", "missiles", "missile"}, "nuclear weapon"),
    ({"air defense", "air defence", "air-defense", "air-defence", "anti-aircraft", "surface-to-air", "missile"},
     {"system", "systems", "battery", "batteries"}, "air defence system"),
    ({"artillery"}, {"shells"}, "ammunition"),
    ({"small"}, {"arms"}, "small arms"),
]

# Phrases that look like a weapon noun and are not one.
NOT_WEAPONS = re.compile(
    r"think[- ]tanks?\b|(?:fuel|water|oil|storage|gas) tanks?\b|(?:open|up in|coat of|in) arms\b"
    r"|arms(?:'|')? length|(?:passenger|private|business|jumbo|commercial) (?:jets?|planes?|aircraft)"
)

ANAPHORIC_DETERMINERS = {"the", "those", "these", "such", "this", "that", "both"}
POSSESSIVES = {"its", "their", "our", "his", "her"}
# Words allowed between a quantity or determiner and the mention.
ADJECTIVES = {"new", "additional", "more", "further", "other", "advanced", "modern", "sophisticated",
              "developed", "used", "second-hand", "long-range", "short-range", "medium-range", "latest",
              "foreign", "brief", "any", "all", "some", "several", "first", "last", "remaining", "older", "newer",
              "initial", "final", "extra", "own", "than", "about", "around", "nearly", "over"}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a dozen": 12, "dozen": 12, "a hundred": 100,
}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


@dataclass(frozen=True)
class Cue:
    """A transfer cue: `side` says which party the cue's agent is.

    side: supply (agent = supplier), receive (agent = recipient), use (agent holds the
    weapon), trade (a transfer with no direction), own (deployment or development: no transfer).
    form: verb, noun (stands before "of <mention>") or compound (stands right after the mention).
    """

    side: str
    form: str
    status: str  # the status the cue gives when nothing in its clause says otherwise


def _verbs(stems: str) -> str:
    return r"\b(?:" + stems + r")\b"


VERB_CUES = [
    (_verbs(r"sold|delivered|supplied|shipped|exported|transferred|provided|sent|gave|given|donated|"
            r"handed over"), Cue("supply", "verb", "delivered")),
    (_verbs(r"sells|delivers|supplies|ships|exports|transfers|provides|sends|gives|donates|"
            r"selling|delivering|supplying|shipping|exporting|transferring|providing|sending|giving"),
     Cue("supply", "verb", "delivered")),
    (_verbs(r"sell|deliver|supply|ship|export|transfer|provide|send|give|donate|hand over"),
     Cue("supply", "verb", "unknown")),
    (_verbs(r"offers?|offered|offering"), Cue("supply", "verb", "planned")),
    (_verbs(r"approves?|approved|approving|clears?|cleared"), Cue("supply", "verb", "ordered")),
    (_verbs(r"carrying|carried|carries|smuggled|smuggling|smuggles"), Cue("supply", "verb", "delivered")),
    (_verbs(r"arrived|arrives|arriving|arrive|landed|reached"), Cue("arrive", "verb", "delivered")),
    (_verbs(r"bought|purchased|imported|acquired|received|obtained|procured|took delivery of|"
            r"taken delivery of|has taken delivery of"), Cue("receive", "verb", "delivered")),
    (_verbs(r"buys|buying|purchases|purchasing|imports|importing|acquires|acquiring|receives|receiving|"
            r"obtains|procures|procuring"), Cue("receive", "verb", "delivered")),
    (_verbs(r"buy|purchase|import|acquire|receive|obtain|procure|take delivery of|take over"),
     Cue("receive", "verb", "unknown")),
    (_verbs(r"ordered|orders|order"), Cue("receive", "verb", "ordered")),
    (_verbs(r"leases?|leased|leasing|rents?|rented"), Cue("receive", "verb", "delivered")),
    (_verbs(r"waits for|waited for|waiting for|awaits|awaited|awaiting"), Cue("receive", "verb", "ordered")),
    # "Kyiv has asked Berlin for more such systems": the one asked is the supplier.
    (_verbs(r"asked|asks|asking|requested|requests|requesting|appealed to|urged"), Cue("request", "verb", "planned")),
    (_verbs(r"opted for|opts for|chose|chosen|chooses|selected|selects|picked"), Cue("receive", "verb", "planned")),
    # Either side may freeze or cancel: the agent takes whichever side the text leaves open.
    (_verbs(r"freezes|froze|frozen|freeze|suspends?|suspended|halts?|halted|withholds?|withheld|blocks?|"
            r"blocked|delays?|delayed|puts?|put on hold|holds? up|held up"), Cue("trade", "verb", "suspended")),
    (_verbs(r"cancels?|cancelled|canceled|cancelling|scraps?|scrapped|scrapping|calls? off|called off|"
            r"terminates?|terminated|terminating"), Cue("trade", "verb", "cancelled")),
    # Holding a stated number of a weapon: "Hezbollah has some 150,000 rockets".
    (r"\b(?:has|have|had|possess(?:es)?|owns?)(?=\s+(?:(?:some|about|around|more than|over|an estimated|up to|"
     r"nearly|at least|roughly)\s+)*\d[\d,]*\s)", Cue("use", "verb", "delivered")),
    (r"\bbuild(?:s|ing)? up (?:a |its |their )?fleet of\b", Cue("receive", "verb", "unknown")),
    (_verbs(r"co-produce|co-produces|co-produced|coproduce|produce|produces|producing|produced|"
            r"manufacture|manufactures|manufactured|assemble|assembles|assembling|assembled|license-build|"
            r"licence-build"),
     Cue("receive", "verb", "unknown")),
    (_verbs(r"used|uses|using|use|operated|operates|operating|operate|flies|flew|fielded|fields|field|launched|"
            r"equip|equips|equipped|"
            r"launches|launching|fired|fires|firing|deployed against"), Cue("use", "verb", "delivered")),
    (_verbs(r"deploy|deploys|deployed|deploying|stationed|station|develop|develops|developing|developed|"
            r"tested|tests|testing|unveiled|unveils|paraded|showcased|displayed"), Cue("own", "verb", "none")),
]
NOUN_CUES = [
    (r"(?<!took )(?<!take )(?<!takes )(?<!taken )(?<!taking )\b(?:shipments?|deliver(?:y|ies))\s+of\b",
     Cue("supply", "noun", "delivered")),
    (r"\b(?:sales?|suppl(?:y|ies)|exports?|transfers?|provision)\s+of\b", Cue("supply", "noun", "unknown")),
    (r"\b(?:purchases?|imports?|acquisitions?|procurement)\s+of\b", Cue("receive", "noun", "unknown")),
    (r"\border(?:s)?\s+(?:of|for)\b", Cue("receive", "noun", "ordered")),
    (r"\b(?:contracts?|deals?|agreements?)\s+(?:worth\s+\S+\s+(?:\w+\s+)?)?(?:for|to buy|to purchase|"
     r"to acquire|covering)\b", Cue("receive", "noun", "ordered")),
    (r"\b(?:co-?production|licen[cs]ed production|production)\s+of\b", Cue("receive", "noun", "unknown")),
    (r"\binterest\s+in\b", Cue("receive", "noun", "planned")),
    (r"\b(?:entrance|entry|deployment|arrival of russian forces)\s+of\b", Cue("own", "noun", "none")),
]
COMPOUND_CUES = [
    (r"^\s*(?:trade|trading|sales?|suppl(?:y|ies)|deliver(?:y|ies)|exports?|transfers?|transportation"
     r"|shipments?|smuggling|trafficking|flows?|pipeline|packages?|aid)\b", Cue("supply", "compound", "unknown")),
    (r"^\s*(?:imports?|purchases?|procurement|acquisitions?)\b", Cue("receive", "compound", "unknown")),
    (r"^\s*(?:cooperation|co-operation|deals?|dealing|business)\b", Cue("trade", "compound", "unknown")),
]
# Cues that follow the mention: "The K9 is already in service with Norway".
POST_CUES = [
    (r"^\s*(?:is|are|was|were|has been|have been|had been|remains?)\s+(?:\w+\s+)?(?:already\s+|now\s+|still\s+)?"
     r"in service with\b", Cue("use", "post", "delivered")),
]
POST_CUES.append((r"^\s*(?:is|are|was|were|had been|have been|has been)\s+(?:\w+ly\s+)?destined for\b",
                  Cue("arrive", "post", "unknown")))
POST_CUE_RES = [(re.compile(pattern), cue) for pattern, cue in POST_CUES]
VERB_CUE_RES = [(re.compile(pattern), cue) for pattern, cue in VERB_CUES]
NOUN_CUE_RES = [(re.compile(pattern), cue) for pattern, cue in NOUN_CUES]
COMPOUND_CUE_RES = [(re.compile(pattern), cue) for pattern, cue in COMPOUND_CUES]

# Status markers, looked for in the clause before the cue, strongest first.
DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\b")
NEGATED_PRESENT = re.compile(r"\b(?:does not|doesn't|do not|don't|never)\s+$")
CANCELLED = re.compile(r"\b(?:cancel\w*|scrap\w*|called off|calls? off|terminat\w*|backed out|abandon\w*)\b")
SUSPENDED = re.compile(r"\b(?:suspend\w*|freez\w*|froze\w*|halt\w*|withh[oe]ld\w*|on hold|delay\w*|"
                       r"block\w*|postpon\w*|refus\w* to|turn\w* down|reject\w*|veto\w*)\b")
# "sends its airplanes to Syria for espionage purposes": a state's own forces on a mission.
OPERATION = re.compile(r"\b(?:for\s+(?:\w+\s+)?(?:purposes|missions?|operations?|strikes|exercises|patrols|raids)|"
                       r"to (?:attack|strike|bomb|patrol|spy)|on (?:missions?|patrol))\b")
PROMISE = re.compile(r"\b(?:promis\w*|pledg\w*|agree\w*|vow\w*|decid\w*|committ?\w*)\b")
NOT_TO = re.compile(r"\bnot\s+to\s+$")
PRESSURE = re.compile(r"\b(?:press\w*|urg\w*|ask\w*|call\w* on|push\w*|persuad\w*|prevent\w*|stop\w*)\b")
CANNOT = re.compile(r"\b(?:cannot|can't|could not|couldn't|unable to)\s+$")
BEGIN = re.compile(r"\b(?:begin\w*|began|begun|start\w*)\s+to\s+$")
INTENT = re.compile(
    r"\b(?:plans?|planned|planning|wants?|wanted|seeks?|seeking|sought|intends?|intended|hopes?|hoping|"
    r"aims?|considers?|considering|wish\w*|would like|interest\w*|talks?|negotiat\w*|discuss\w*|"
    r"offer\w*|propos\w*|will|would|could|may|might|should|shall|expects?|expected|if|potential\w*|"
    r"possibl\w*|to sign|looking to|ready to)\b")
# A delivery on a timetable presupposes an order: "three more are due to arrive this year".
SCHEDULED = re.compile(r"\b(?:due to|scheduled to|slated to|set to)\s+(?:\w+\s+)?$")
# "would not be sold while Turkey blocks ...": withheld until a condition is met.
CONDITIONAL_WITHHOLD = re.compile(r"\b(?:while|until|unless|as long as)\b")
CONDITION_OPENING = re.compile(r"^\W*(?:should|if|unless|were)\b")
CONTRACT = re.compile(r"\b(?:contracts?|contracted|signed|agreements?|agreed|deal|ordered|announc\w*|"
                      r"approv\w*|cleared)\b")
NEGATION = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?$")

SALE_WORDS = re.compile(r"\b(?:sell\w*|sold|sales?|buy\w*|bought|purchas\w*|contracts?|deals?|order\w*|"
                        r"import\w*|export\w*|trade)\b")
LICENSED_WORDS = re.compile(r"\b(?:co-?produc\w*|licen[cs]\w*|locally|local production|assembl\w*)\b")
TECHNOLOGY_WORDS = re.compile(r"\btechnolog\w*\b")
AID_WORDS = re.compile(r"\b(?:aid|gifts?|gifted|donat\w*|grants?|granted|free of charge|assistance|"
                       r"gave|given|give)\b")

REPORTING = re.compile(r"\b(?:said|says|say|told|reported|announced|claimed|claims|according to|noted|"
                       r"added|stated|confirmed|warned)\b")
FORCES = re.compile(r"\s+(?:navy|army|air force|military|armed forces|forces|troops|government|ministry|"
                    r"defence ministry|defense ministry|coast guard|marines)\b")

# Actors that follow these words are not the subject of a clause.
NON_SUBJECT_PREPOSITIONS = re.compile(
    r"\b(?:with|against|to|from|by|of|for|in|about|on|at|over|into|toward|towards|than|after|like|between|"
    r"according to|such as)\s+(?:the\s+)?(?:so-called\s+)?$")
COMPARISON = re.compile(r"\b(?:after|like|following|as did|joining)\s+$")

EXPLICIT_YEAR = re.compile(r"(?<![\w-])(19[4-9]\d|20\d\d)(?![\w-])")
RELATIVE_DATE = re.compile(
    r"\b(?:(last|this|next|earlier this|later this)\s+(year|month|week|"
    + "|".join(MONTHS) + r"|spring|summer|autumn|fall|winter))\b")
