"""Mutation check of the extractor: which rule, frame or word list can be switched off
without any test noticing?

Each mutant switches off one piece of the extractor, without editing a file:

- `frame:<line>:<frame>/<form>`: one row of build/reference/frames.csv (its line number in
  the file) taken out of the compiled cue lists of build/lexicon.py (VERB_CUE_RES, ...);
- `pattern:<module>.<name>`: one regular expression of the extractor (the status markers and
  word patterns of build/lexicon.py, and the module- and class-level patterns of
  mentions.py, relations.py, events.py and extract.py) made to never match;
- `words:<module>.<name>`: one word list emptied (or one entry of CLASS_BY_MODIFIER
  removed), before the modules that compile patterns from it are imported;
- `rule:<module>.<qualname>`: one function or method of mentions.py, relations.py and
  events.py (and extract.py's one rule) replaced by its neutral version, the one that
  means "the rule does nothing" (None, [], False, True for a filter, or its input
  unchanged); the choice per function is the table RULES below.

For each mutant, a pytest subprocess loads this file as a plugin (`-p mutation`, with
ARMSDATA_MUTANT naming the mutant), which applies it at import time, and runs the tests
that exercise extraction (TESTS) with `-x -q`. A mutant is *killed* when a test fails (or
cannot be collected), *survived* when they all pass, *error* when the plugin could not
apply it (a rule renamed on main: update RULES) and *timeout* past --timeout seconds.

    python benchmarks/mutation.py                 # every mutant, 2 at a time
    python benchmarks/mutation.py --only 'rule:events'   # mutants whose id matches a regex
    python benchmarks/mutation.py --list          # the mutants, and functions not in RULES
    python benchmarks/mutation.py --json > m.json # the results as JSON (progress on stderr)

Exit status: 0 when no mutant survived or errored (known dead code aside), 1 otherwise, 2
when the unmutated tests do not pass.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import json
import os
import re
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = "ARMSDATA_MUTANT"
PACKAGE = "armsdata.build"
# The tests that exercise extraction, fastest and most telling first (-x stops at the
# first failure, so a killed mutant costs little). test_evaluate's floor tests build the
# three evaluation sets (about 1 s). None of them needs tests/conftest.py's fixtures, so
# it is not loaded (--noconftest): a mutant killed by the first test costs no polars import.
TESTS = [
    "tests/test_document_reading.py",
    "tests/test_rules.py",
    "tests/test_extract.py",
    # the attachment stage's own records (not its table test: any mutant changes what the trainer writes)
    "tests/test_attachment.py::test_a_mention_with_no_party_takes_the_event_the_model_scores_above_zero",
    "tests/test_attachment.py::test_weapons_in_use_or_of_a_state_s_own_stay_without_party",
    "tests/test_attachment.py::test_the_scores_behind_those_records",
    "tests/test_attachment.py::test_parties_inherited_from_an_event_elsewhere_are_dropped_when_the_check_scores_them_below_zero",
    "tests/test_attachment.py::test_a_reading_of_no_transfer_is_evidence_for_the_model_only_where_no_actor_is_named",
    "tests/test_attachment.py::test_the_source_of_a_report_is_no_party_so_the_rules_attach_the_package_items",
    "tests/test_evaluate.py::test_set_stays_above_its_floors",
    "tests/test_behaviour.py",
]
NEVER = re.compile(r"(?!)")  # a pattern that matches nowhere

# -- the rules and their neutral versions --------------------------------------------------
# Neutral versions by name: each takes the original function and returns its replacement.
# "arg:NAME" returns the argument NAME unchanged.
NEUTRAL = {
    "none": lambda original: lambda *a, **k: None,
    "empty": lambda original: lambda *a, **k: [],
    "false": lambda original: lambda *a, **k: False,
    "true": lambda original: lambda *a, **k: True,
    "pair": lambda original: lambda *a, **k: ([], []),
    "triple": lambda original: lambda *a, **k: ([], [], []),
    "nothing": lambda original: lambda *a, **k: iter(()),
}
# (module, qualified name, neutral, what switching it off means). A rule listed here that
# no test can ever reach is named in DEAD with the reason.
RULES = [
    # mentions.py
    ("mentions", "_in_company_name", "false", "'Rafael Advanced Defense Systems' holds a mention 'Defense Systems'"),
    ("mentions", "Mention.anaphoric", "false", "no mention is an anaphor"),
    ("mentions", "DocContext.opens_with_headline", "false", "no document has a headline line"),
    ("mentions", "_share_origins", "none", "'Iranian missiles and drones': the drones get no origin"),
    ("mentions", "_extend_tail", "arg:end", "a catalogued name takes no class noun after it"),
    ("mentions", "_made_origin_ahead", "false", "'Turkish-built offshore patrol vessel' has no origin"),
    ("mentions", "_one_per_phrase", "arg:found", "'Scorpene-class submarines' is two mentions"),
    ("mentions", "_overlaps", "false", "mentions may overlap"),
    ("mentions", "_covered", "true", "'Anka-3 drones' is 'Anka' and 'drones' apart"),
    ("mentions", "_is_actor", "false", "an actor's name may be a designation"),
    ("mentions", "_not_a_weapon", "false", "'think tank' is a tank"),
    ("mentions", "_generic_class", "custom:head_class", "modifiers never change a head's class"),
    ("mentions", "_generic_mention", "none", "no class noun is a mention"),
    ("mentions", "_company_name", "false", "'Indo-Russian Rifles, a joint venture': a company's name is a mention"),
    ("mentions", "_proper_name_before", "none", "'Shahed drones': no uncatalogued name"),
    ("mentions", "_extend_modifiers_left", "arg:start", "modifiers stay out of a class noun's span"),
    ("mentions", "_read_left_context", "none", "no origin, determiner, possessor or quantity"),
    ("mentions", "_part_or_approximate", "none", "'the first 12 of 48', 'more than 30' keep the raw number"),
    ("mentions", "_is_origin_word", "false", "no demonym or 'X-made' is an origin"),
    ("mentions", "_number", "none", "no quantity"),
    ("mentions", "_unlisted_modifier", "false", "'two offshore patrol vessels': an unlisted word hides the number"),
    ("mentions", "_without_measures", "arg:found", "'60,000 rounds of ammunition': the rounds are a mention of their own"),
    ("mentions", "_maker", "none", "'the jets built by Dassault' does not choose the antecedent"),
    ("mentions", "_makers_as_origins", "none", "'frigates built by South Korea's Hyundai': no origin"),
    ("mentions", "_is_bare_weak", "false", "a bare weak head ('guns') is always a mention"),
    ("mentions", "_origin_word", "none", "'Korean tanks': no origin"),
    ("mentions", "_is_class_name", "false", "'Walrus-class boats': a weak head makes the class name no mention"),
    ("mentions", "_with_governed", "arg:found", "'Dutch pledge shells': a bare weak head is never a mention"),
    ("mentions", "_from_actor", "false", "'aircraft from Russia': a bare weak head before a source is no mention"),
    ("mentions", "_conditional_mention", "none", "'Swedish-designed fighters' is no mention"),
    ("mentions", "_resolve_anaphora", "arg:mentions", "no anaphor takes an antecedent"),
    ("mentions", "_head_start", "custom:no_position", "a weak anaphor with no antecedent is kept"),
    ("mentions", "_antecedent", "none", "no antecedent"),
    ("mentions", "_compatible", "true", "any earlier mention is a fitting antecedent"),
    ("mentions", "_category_group", "arg:category", "'the missiles' cannot point back to an air defence system"),
    # relations.py
    ("relations", "Relator._inherited_parties", "pair", "an anaphor with a verb of its own gets no parties from its antecedent"),
    ("relations", "Relator._pairs", "custom:no_comparisons", "a state compared with ('the second after India') gets no record"),
    ("relations", "Relator._find_cue", "none", "no cue: nothing is a transfer"),
    ("relations", "Relator._reduced_relative", "none", "'Gripens ordered by Thailand from Sweden' is not read"),
    ("relations", "Relator._participle_buyer", "empty", "'aircraft ordered by Chile' after a maker's delivery names no buyer"),
    ("relations", "Relator._own_maker", "none", "'HAL has delivered Su-30MKI jets to the Indian Air Force' has no recipient"),
    ("relations", "Relator._clause_end_after", "custom:position", "a participle after a comma is read in the comma's clause only"),
    ("relations", "Relator._its_owner", "empty", "'its MiG-29s bought from Belarus': no recipient"),
    ("relations", "Relator._coordinated_mention", "none", "'K2 tanks and K9 howitzers arrived': the first has no verb"),
    ("relations", "Relator._list_cue", "none", "'operates A, B and C': only A has the verb"),
    ("relations", "Relator._headline_cue", "none", "'Arms for Peru': a headline with no verb has no cue"),
    ("relations", "Relator._coordinated_mention_at", "none", "'Tanks and howitzers for Ukraine': only the howitzers"),
    ("relations", "Relator._user_demonyms", "empty", "'Navantia delivers the last Saudi corvette': Saudi is the maker"),
    ("relations", "Relator._demonym_chain", "custom:chain_of_one", "'Danish-German consortium': only Denmark"),
    ("relations", "Relator._armed_group_of", "none", "'toward Sudan's RSF': Sudan is the recipient"),
    ("relations", "Relator._sentence_subject", "empty", "'China, which shipped it vehicles': 'it' is nobody"),
    ("relations", "Relator._noun_cue", "none", "no transfer noun ('the sale of') is a cue"),
    ("relations", "Relator._deal_partner", "empty", "'Under the agreement with Egypt, France will supply': no recipient"),
    ("relations", "Relator._verb_hits", "empty", "no verb cue"),
    ("relations", "Relator._nearest_verb", "none", "no verb before the mention is its cue"),
    ("relations", "Relator._has_subject_before", "false", "a participle after its subject is an adjective"),
    ("relations", "Relator._relative_clause", "none", "'the F-35s that Ankara had ordered' is not read"),
    ("relations", "Relator._following_verb", "none", "'were delivered to', 'arrived in' after the mention is not read"),
    ("relations", "Relator._first_person_object", "none", "'Germany gave us 15 tanks' has no recipient"),
    ("relations", "Relator._after_maker_aside", "none", "'The boats, built by Austal in Henderson, were donated by Australia' has no verb"),
    ("relations", "Relator._actors_between", "empty", "no actor is seen"),
    ("relations", "Relator._parties", "triple", "no party"),
    ("relations", "Relator._between", "pair", "'talks between Greece and North Korea' give no parties"),
    ("relations", "Relator._asker", "empty", "'asked Belarus to sell it': 'it' is nobody"),
    ("relations", "Relator._arrival_after", "empty", "'a shipment ... reached Australia': no recipient"),
    ("relations", "Relator._indirect_object", "empty", "'gave Afghanistan 14 missiles': no recipient"),
    ("relations", "Relator._passive_subject", "empty", "'Zambia was supplied with': no recipient"),
    ("relations", "Relator._is_company_agent", "false", "a maker signing a deal is its buyer"),
    ("relations", "Relator._company_named_before", "false", "'Navantia wins Saudi frigate order': Saudi Arabia sells"),
    ("relations", "Relator._delivered_under_deal", "false", "'Ten Rafale jets under the deal arrived' is ordered"),
    ("relations", "Relator._own_year", "none", "'from Brazil in 2012 and Mi-17 helicopters from Russia in 2014': both 2012"),
    ("relations", "Relator._share_of", "false", "'China supplied 81 percent of Pakistan's arms imports': Pakistan imports nothing"),
    ("relations", "Relator._previous_mention", "none", "the last item of a list takes the clause's year; a participle after another weapon is its own"),
    ("relations", "Relator._other_actors", "empty", "'Baykar signs Kuwait deal': no buyer"),
    ("relations", "Relator._supplied_by", "empty", "', supplied by Tehran' later in the sentence is not read"),
    ("relations", "Relator._auxiliaries", "custom:empty_string", "a handover after a relative clause keeps no auxiliary: 'will be delivered' reads as done"),
    ("relations", "Relator._main_words", "custom:empty_string", "a handover after a relative clause is never negated or put ahead"),
    ("relations", "Relator._actor_after", "none", "no actor right after a verb"),
    ("relations", "Relator._object_after", "empty", "'asked Berlin for': no object"),
    ("relations", "Relator._object_with", "empty", "'supplied Russia with drones': no recipient"),
    ("events", "second_hand", "arg:related", "'Argentina bought 24 F-16 jets' under a headline of Danish F-16s keeps the maker as supplier"),
    ("relations", "Relator._won_order", "false", "'Beijing won an order for three corvettes': Beijing buys"),
    ("relations", "Relator._first_item", "arg:m", "'gave Ukraine its FH70 howitzers and D-30 guns': the guns have no recipient"),
    ("relations", "Relator._addressee", "false", "'Russia told India it would deliver': India read as the pronoun's subject"),
    ("relations", "Relator._scene_state", "none", "'In Kenya, the army received 12 Hizir vehicles from Turkey': no recipient"),
    ("relations", "Relator._verb_after_list", "none", "'17 armoured vehicles, including VT-4 tanks, ..., was unloaded': no verb"),
    ("relations", "Relator._held_platform", "none", "'for its Apache helicopters': a platform of another's make is no transfer"),
    ("relations", "Relator._of_another_make", "false", "'operates its own Chinese equipment': own make, no transfer"),
    ("events", "interceptor", "false", "'A US Navy destroyer intercepted a boat': the destroyer joins the transfer it stopped"),
    ("relations", "Relator._origins", "empty", "an origin ('Russian-made') is no supplier"),
    ("relations", "Relator._after_preposition", "empty", "no party after to/from/with/by"),
    ("relations", "Relator._coordinated", "custom:first_actor", "'to Syria and Iran': only Syria"),
    ("relations", "Relator._agents", "empty", "no cue has a subject"),
    ("relations", "Relator._pronoun_subject", "none", "'It has received': 'it' is nobody"),
    ("relations", "Relator._agent", "none", "no named subject"),
    ("relations", "Relator._possessive_agent", "none", "'Syria's purchase of': no possessor party"),
    ("relations", "Relator._demonym_before", "none", "'an Indian offer of': the demonym is no possessor"),
    ("relations", "Relator._without_names", "custom:folded_span", "'12 Mirage 2000 jets' dates the sale 2000"),
    ("relations", "Relator._noun_by_agent", "empty", "'the purchase of 12 jets by Switzerland': no buyer"),
    ("relations", "Relator._is_subject_before", "true", "an actor after a preposition may be a subject"),
    ("relations", "Relator._possessor_before", "none", "'built by South Korea's Hanwha Ocean': the company is a subject"),
    ("relations", "Relator._list_end", "arg:clause_end", "'155 mm shells, torpedoes and goggles from Finland': the shells have no supplier"),
    ("relations", "Relator._route", "pair", "'smuggled from Yemen to al-Shabaab' after a seized list names no party"),
    ("relations", "Relator.home_state", "none", "'We ordered twelve Anka drones' has no recipient"),
    ("relations", "Relator._quote_speaker", "none", "'\"We have not provided weapons\", Tehran said': the home state speaks"),
    ("relations", "Relator.noun_status", "custom:unknown_status", "a weaponless transfer noun has no status of its own"),
    ("relations", "Relator._is_subject", "true", "an origin or prepositional object may be the subject"),
    ("relations", "Relator._has_subject_link", "false", "'signed a contract for': the noun has no subject"),
    ("relations", "Relator._nominal_fallback", "custom:parties_unchanged", "a noun cue gets no other side from its clause"),
    ("relations", "Relator._clauses_back", "custom:own_clause", "only the mention's own clause is searched"),
    ("relations", "Relator._comparisons", "empty", "no compared state"),
    ("relations", "Relator._own_use", "false", "a state's own weapons are a transfer"),
    ("relations", "Relator._own_industry", "none", "'India signed a contract with HAL for': India supplies India"),
    ("relations", "Relator._fallback_supplier", "empty", "no supplier from the antecedent or the system's origin"),
    ("relations", "Relator._from_context", "arg:relation", "no missing party from the sentences before"),
    ("relations", "Relator._recent", "nothing", "no recent record"),
    ("relations", "Relator._continue_topic", "arg:relations", "'As for arms supplies to ...' gets no supplier"),
    ("relations", "Relator._status", "custom:cue_status", "every record has its cue's own status"),
    ("relations", "Relator._stage", "custom:cue_status", "no marker qualifies a cue's status"),
    ("relations", "Relator._interdicted_carrier", "none", "'diverted a cargo ship carrying armoured vehicles' is delivered"),
    ("relations", "Relator._backed_force", "arg:recipients", "'sent fighters to Libya to support Haftar's LNA' goes to Libya"),
    ("relations", "Relator._plural_subject", "false", "'Hungary and the Czech Republic lease Gripen jets' is unknown"),
    ("relations", "Relator._not_binding", "false", "'signed a framework agreement for K9 howitzers' is ordered"),
    ("relations", "Relator._user_unnamed", "false", "'vehicles operated by the rival government in Tripoli' go to the topic's recipient"),
    ("relations", "Relator._cue_names", "empty", "'TB2 aircraft were reported in Ethiopian service' names no user"),
    ("relations", "Relator._relied_on", "empty", "'rely on Moscow for heavy equipment' names no supplier"),
    ("relations", "Relator._absolute_subject", "false", "'with Pakistan receiving ... from China': Pakistan supplies"),
    ("relations", "Relator._none_of", "false", "'no weapons would be exported ... while' stays planned"),
    ("relations", "Relator._speaker", "empty", "'Germany said no weapons would be exported' has no supplier"),
    ("relations", "Relator._announced_package", "false", "'will send Ukraine a further aid package' stays planned"),
    ("relations", "Relator._package_recipient", "empty", "'in new Ukraine package' names no recipient"),
    ("relations", "Relator._transfer_type", "custom:cue_type", "every record has its cue's own type"),
    ("relations", "Relator._event_year", "none", "no event year"),
    ("relations", "resolve_year", "none", "no year is read"),
    ("relations", "_last_match", "none", "no last match"),
    ("relations", "_unique", "arg:pairs", "a party may be listed twice"),
    ("relations", "Relator._group_subject", "empty", "'The partners will buy 14 fire units' names no buyer"),
    ("relations", "Relator._date_opening", "none", "'In 1983, West Germany sold 106 Leopard 1 tanks' has no year"),
    ("relations", "Relator._verb_with_object_before", "false", "'froze its Su-35 order and ordered Rafales from France' gives the Su-35 France"),
    ("relations", "Relator.carrier", "none", "'Y-20 transport aircraft landed carrying the missiles' delivers the aircraft"),
    ("relations", "Relator._item_source_end", "arg:start", "'A from China, B from Iran and C from Turkey': C has no verb"),
    ("relations", "Relator._related_antecedent", "false", "'The first boat, ordered in 2017, is still being built' inherits the cancellation"),
    ("relations", "Relator._participle_of_another", "false", "'MiG-29 jets bought from Belarus and Mirage 2000P aircraft supplied by France': the Mirages are bought"),
    ("relations", "Relator._before_next_mention", "arg:end", "a by-agent after another weapon's participle is the first's"),
    ("relations", "Relator._conjunction_subject", "false", "'Egypt wants jets after Washington refused to sell it F-16s' makes Egypt the seller"),
    ("relations", "Relator._after_weapon", "false", "'armed drones supplied from abroad: Wing Loong aircraft from China' makes the sentence's subject the supplier"),
    # events.py
    ("events", "find_events", "empty", "no document-level event"),
    ("events", "carried", "arg:related", "an aircraft carrying weapons keeps its transfer"),
    ("events", "denied_reports", "arg:related", "'A post claims that Athens shipped' after Athens's denial is delivered"),
    ("events", "_chosen", "false", "a headline's 'picks' stays planned over a body's contract"),
    ("events", "_body_order", "arg:relation", "a headline's choice keeps its own stage"),
    ("events", "seized_route", "arg:related", "'The cargo was headed for Libya' after a seizure names no party"),
    ("events", "_routed", "arg:relation", "a seized cargo's route sentence changes no relation"),
    ("events", "headline_tense", "arg:related", "'Chile buys tanks' over a body's contract stays delivered"),
    ("events", "_body_stage", "arg:relation", "a headline's present tense keeps its own stage"),
    ("events", "_in_present", "false", "no headline relation is told in the present tense"),
    ("events", "_same_parties", "empty", "a headline relation finds no body relation of its parties"),
    ("events", "_weapon_subject", "false", "'The Gripens replace ageing Kfir fighters' has no holder"),
    ("events", "_line_label", "none", "'- Philippines: ... awarded KAI a contract for 12 FA-50' has no buyer"),
    ("events", "_noun_events", "empty", "no weaponless transfer noun is an event"),
    ("events", "_maker_with_buyer", "false", "a maker's contract with a state reads the state as seller"),
    ("events", "named_topic", "none", "with no transfer naming a recipient, arrivals keep no recipient"),
    ("events", "_paragraph_recipient", "none", "a supplier with no recipient skips its paragraph's recipient for the topic"),
    ("events", "_read_party", "custom:any_party", "a supplier inferred from the origin counts as read"),
    ("events", "attach", "arg:related", "no mention takes an event's parties"),
    ("events", "speaks_of_others", "false", "a state's own forces using a weapon may attach"),
    ("events", "party_in_sentence", "true", "a sentence naming other actors may attach"),
    ("events", "_no_transfer_by_cue", "false", "a no-transfer cue does not stand"),
    ("events", "_agrees", "true", "an origin or possessor may contradict the event"),
    ("events", "_event_of", "none", "no event for a mention"),
    ("events", "complete", "arg:related", "no one-party relation is completed"),
    ("events", "topic_recipient", "none", "no topic recipient"),
    ("events", "_fill", "arg:relation", "no party from an event of the same system"),
    ("events", "_co_suppliers", "empty", "'from Danish-German consortium': one supplier attaches"),
    ("events", "_only_makers_named", "false", "'two Mi-35M helicopters' in a sentence naming Norinco attach to nothing"),
    ("events", "_held_by_topic", "false", "'Chinese-made drones seen at Ethiopian bases' is no transfer"),
    ("events", "_possessor_of", "none", "'Poland's rearmament drive' names no buyer"),
    ("events", "_demonym_before", "none", "'a new Dutch military aid package for Ukraine' names no supplier"),
    ("events", "targeted", "false", "'threats from ... unmanned aircraft' joins the sale"),
    ("events", "_made_abroad_for_topic", "false", "'Mi-35M gunships' with no cue in an article on Nigeria's helicopters stay alone"),
    ("events", "_held_by_user", "empty", "'Pakistani J-10C fighters' are no transfer"),
    ("events", "_topic_force", "false", "'The air force wants 24 Gripen fighters' names no recipient"),
    ("events", "_previous_opener", "none", "'Sofia ordered F-16 jets. Meanwhile its MiG-29s are worn out' has no holder"),
    ("events", "_force_owner", "none", "'The Peruvian army's T-55 tanks' have no holder"),
    ("events", "_given_by", "none", "'The navy flies ScanEagle drones donated by the United States': the maker supplies"),
    ("events", "_maker_of", "none", "'The army operates T-72 tanks' in an article about the Philippines: no transfer"),
    ("events", "_opener", "none", "no sentence opens with a state: 'Sofia ordered F-16 jets. Meanwhile its MiG-29s ...' has no holder"),
    ("events", "_paragraph_opener", "none", "'Armenia, for its part, ... India has shipped Pinaka launchers': the topic's buyer"),
    ("events", "_possessive_owners", "empty", "'its Mirage 5 jets' names no holder"),
    ("events", "_cue_subject", "none", "'Cyprus will replace Russian-made Tor-M1 launchers' names no holder"),
    ("events", "remainders", "arg:related", "'The remaining 36 howitzers' stay delivered"),
    ("events", "still_ahead", "arg:related", "'The first of the jets are due to arrive in 2027' stays delivered"),
    ("events", "_under_agreement", "false", "'Under the agreement, the Italian group will deliver' stays planned"),
    ("events", "_indirect_object", "empty", "'send Ukraine a new aid package' has no recipient"),
    ("events", "_read_again", "arg:related", "'work on the boats' after 'The deal covers two Scorpene submarines' stays alone"),
    ("events", "read_document", "arg:related", "the whole events stage off"),
    ("events", "inclusions", "arg:related", "'Chinese weapons, including four Wing Loong drones': the drones stay alone"),
    ("events", "_list_head", "none", "no list opened by 'including' has a head"),
    ("events", "scheduled", "arg:related", "'Under the agreement, the Italian group will deliver': planned"),
    ("events", "_maker_described", "false", "'Rheinmetall, which makes the Skyranger, sold ammunition': the Skyranger is sold"),
    ("mentions", "_maker_named", "false", "'ordered 40 Su-30 jets from Sukhoi': Sukhoi is one more mention"),
    ("mentions", "_named_by_head", "arg:system", "'Mistral warships' stay the Mistral missile"),
    ("mentions", "_of_head_class", "empty", "no name of several systems is read by its class noun ('Hawk launchers')"),
    ("mentions", "_designation_number", "false", "'two ASC 890 surveillance aircraft' has quantity 890"),
    ("mentions", "_restated_number", "none", "'four (4) helicopters' has no quantity"),
    ("mentions", "_owner_of", "none", "'Syria's tanks', 'Saab's Gripen': no possessive names an actor"),
    ("mentions", "_owner_at", "none", "'the United States' tanks', 'Colombia's fleet of': no possessor before the mention"),
    ("mentions", "_possessive", "none", "'Saab's Gripen' has neither possessor nor origin"),
    ("mentions", "_gapped_maker", "none", "'Lockheed Martin the F-16 Block 70' after 'Saab is offering the Gripen E': no maker"),
    ("mentions", "_force_of_actor", "none", "'two former German navy Albatros-class boats': no origin past the force noun"),
    # tables.py
    ("tables", "read_rows", "arg:related", "no table row gives its mentions their parties"),
    ("tables", "rows", "custom:no_rows", "no line is a table row"),
    ("tables", "header_roles", "none", "no header names a column"),
    ("tables", "_actors_in", "empty", "a party cell names nobody"),
    ("tables", "_before_transit", "arg:span", "'Russian Federation, via Syria': Syria a supplier too"),
    ("tables", "_stage", "none", "a row's stage is unknown"),
    ("tables", "_year", "none", "a row dates nothing"),
    ("tables", "codes", "custom:no_codes", "'EST', 'ROK' in a party cell name nobody"),
    ("mentions", "_right_after", "false", "'Dutch pledge shells', 'India received the ship': no weak head right after a verb is governed"),
    ("mentions", "_transfer_object", "false", "'The aircraft were delivered to Nigeria by Italy' with nothing before: no mention"),
    ("relations", "Relator._gapped_joint", "false", "'..., Lockheed Martin the F-16 Block 70': no cue of the list"),
    # extract.py
    ("extract", "_years_from_event_nouns", "arg:related", "'announced the sale last November' dates nothing"),
    ("extract", "in_its_era", "arg:actor", "'Moscow shipped MiG-23s to Ethiopia in 1977' stays RUS, not SUN"),
    ("relations", "Relator._subject_of_verb_at", "false", "'from France and Kenya ordered': Kenya is one more source, no subject"),
    ("relations", "Relator._repeated_object", "empty", "'and to the United States for MQ-9B drones': France, the first object, supplies"),
    ("extract", "_reporting_body", "false", "'UN expert says', 'a UN panel of experts reported': the UN is a party"),
    ("extract", "_with_rulers", "arg:found", "'the junta' after 'Myanmar's military government' names no actor"),
    ("extract", "_with_forms", "arg:found", "'the kingdom' names no state"),
    # attachment.py
    ("attachment", "attach_learned", "arg:related", "a mention with no party takes no event's parties"),
    ("attachment", "features", "empty", "every (mention, event) pair scores zero: nothing attaches"),
    ("attachment", "_open", "true", "a mention with parties of its own is scored too, and may lose them"),
    ("attachment", "_held_cue", "none", "'Crews already operate Leopard 1 tanks' attached takes the event's status: ordered"),
    ("attachment", "_closure", "none", "a weapon in use, arms in general or a holder's cue lose their feature: more attach"),
    ("attachment", "_inherited", "false", "no relation the rules inherited is checked: the Belarusian army's own launchers keep BLR -> RUS"),
    ("attachment", "check_features", "empty", "every inherited relation scores zero: all are dropped"),
]
# Functions of the rule modules that are not rules (plumbing, stage entries): not mutated.
NOT_RULES = {
    "tables.load_columns": "reads table_columns.csv (its rows are the stage's knowledge; read_rows and _stage are mutated)",
    "tables.cells": "splits a line at its bars (rows and read_rows are mutated)",
    "tables._row_relations": "the relations of one row (read_rows and the helpers it calls are mutated)",
    "attachment.weights": "reads the weights table",
    "relations.Relator._for_own_platform": "searches lexicon.OWN_PLATFORM once per mention (the pattern is mutated)",
    "relations._misses_before": "a cache of the patterns that found nothing before a cue (speed only)",
    "events._paragraph_of": "the first and last sentence of a paragraph (_paragraph_opener and _line_label are mutated)",
    "events._cue_at": "where a cue's words stand before a mention (_cue_subject and _weapon_subject are mutated)",
    "attachment.score": "sums the weights of the features (features is mutated)",
    "attachment._own_transfer": "finds the relation _open leaves open with a cue (features and attach_learned are mutated)",
    "attachment.candidates": "the pairs the stage scores (attach_learned is mutated)",
    "attachment.reviewed": "the inherited relations the check scores (_inherited and check_features are mutated)",
    "attachment._distance": "buckets a distance for features",
    "attachment.Document.sentence": "a cache of each sentence's facts for features",
    "mentions._alternation": "builds a pattern at import",
    "mentions._by_first_character": "builds a pattern at import (speed: alternatives grouped by first letter)",
    "mentions._head_matches": "what _HEAD_RE.finditer gives, found faster (tests/test_matching_speedups.py)",
    "events._first_letters": "builds a pattern at import (speed: a lookahead for first letters)",
    "mentions.find_mentions": "the stage entry: off, nothing is found",
    "mentions._make": "constructor",
    "relations.Relator.relate": "the stage entry",
    "relations.Relator._relate": "the stage body: each step is mutated apart",
    "relations.Relator._words": "returns the text of a span",
    "relations.Relator._clauses": "a cache of text.clauses and the cuts before 'and' (_subject_of_verb_at is mutated)",
    "mentions.DocContext.sentence_index": "finds a sentence by position (text.sentence_at, faster)",
    "mentions.DocContext.actors_starting": "finds actors by position (bisect); Relator._actors_between is mutated",
    "mentions.DocContext.verb_hits_starting": "finds verb cues by position (bisect), for events.speaks_of_others (mutated)",
    "mentions._maker_actor": "the match behind _maker and _makers_as_origins, both mutated",
    "mentions._of_origin_actor": "the match behind 'of Iranian origin' (its patterns _OF_ORIGIN, _ORIGIN_NOUN are mutated)",
    "relations.Relator._first_subject": "the loop behind _pronoun_subject and _sentence_subject, both mutated",
    "relations.Relator._find_all_verbs": "files the verb scanner's hits by sentence (the frames are mutated apart)",
    "events.TransferEvent.parties": "a tuple of two fields",
    "events.sentence_span": "returns a sentence's span",
    "relations._unique_ids": "a list without repeats, in order",
    "events.noun_events": "the transfer nouns' events by sentence (_noun_events is mutated)",
    "events._cue_in_sentence": "whether a cue's words are in a sentence (remainders is mutated)",
    "events._cue_between": "whether a cue's words are between two offsets (still_ahead is mutated)",
    "events._settled": "the test attach and _read_again share (both mutated)",
    "events._sentence_actors": "the actors of a mention's sentence (its callers are mutated)",
    "events._named_states": "the actor_ids of a mention's sentence, demonyms aside (its callers are mutated)",
    "events._cue_in": "tests a cue against a frame kind's words (lexicon.MAKER_WORDS and HOLDING_WORDS are mutated)",
    "mentions.scan": "one Aho-Corasick pass for every matcher (speed: tests/test_matching_speedups.py)",
    "mentions._Taken.append": "keeps the mask of taken spans that _overlaps reads (speed; _overlaps is mutated)",
    "events._noun_words": "builds an automaton at import (speed: the words that start a transfer noun)",
    "events._noun_starts": "where a transfer noun may start (speed: _noun_events is mutated)",
    "events._source_of": "joins _given_by and _maker_of, both mutated",
    "relations.Relator._next_mention": "a lookup in the mentions (Relator.carrier and _before_next_mention, both mutated)",
}
# Mutants that no test can kill because the code cannot change an output: the reason.
DEAD = {
    "pattern:lexicon._LOOKAHEAD": "speed only: off, patterns with a lookahead run as regular expressions",
    "pattern:lexicon._LOOKBEHINDS_THEN_BOUNDARY": "speed only: off, noun cues keep their boundary after their "
                                                  "lookbehinds (the same matches)",
    "pattern:lexicon._LOOKAROUND": "speed only: off, a verb cue that opens with lookarounds is tried at every position, "
                                   "not only where its words stand (the same matches; tests/test_matching_speedups.py)",
    "pattern:lexicon._LOWER": "speed only: off, _letter_first leaves every pattern as written (the same matches)",
    "rule:events._read_party": "its one exception (a supplier inferred from the origin) never decides: "
                               "relations gives an origin supplier only together with a recipient",
    "words:lexicon.CLASS_BY_MODIFIER[4]": "'artillery shells' is itself a head noun (STRONG_HEADS), matched first",
    "words:lexicon.CLASS_BY_MODIFIER[5]": "'small arms' is itself a head noun (STRONG_HEADS), matched first",
}


def _custom(name: str, original):
    """Neutral versions that need the rule's own arguments."""
    from armsdata.build import lexicon as lx

    if name == "head_class":
        return lambda folded, start, end, head: (lx.HEADS.get(head) or lx.TAIL_HEADS.get(head)
                                                 or lx.HEADS.get(" ".join(folded[start:end].split()[-2:]),
                                                                 "arms (unspecified)"))
    if name == "no_position":
        return lambda ctx, mention: -1
    if name == "no_comparisons":
        return lambda template, suppliers, recipients, extra: original(template, suppliers, recipients, [])
    if name == "first_actor":
        def first_actor(self, position, end):
            actor = self.ctx.actor_at.get(position)
            return [actor.value[0]] if actor is not None and position < end else []
        return first_actor
    if name == "chain_of_one":
        return lambda self, actor: [actor]
    if name == "unknown_status":
        return lambda self, index, start, end, side: ("unknown", self.ctx.text[start:end])
    if name == "parties_unchanged":
        return lambda self, m, parts, ci, suppliers, recipients, side: (suppliers, recipients)
    if name == "own_clause":
        return lambda self, parts, ci: iter([parts[ci]])
    if name == "cue_status":
        return lambda self, m, hit, parts, ci: (hit.cue.status, self.ctx.text[hit.start:hit.end])
    if name == "cue_type":
        return lambda self, m, hit, parts, ci: hit.cue.transfer_type or "unspecified"
    if name == "no_rows":
        return lambda ctx: {}
    if name == "no_codes":
        return lambda actors: {}
    if name == "any_party":
        return lambda relation: bool(relation.supplier or relation.recipient)
    if name == "position":
        return lambda self, position: position
    if name == "folded_span":
        return lambda self, start, end: self.ctx.folded[start:end]
    if name == "empty_string":
        return lambda self, start, end: ""
    raise KeyError(name)


# Word lists emptied (in place, before the modules that compile them are imported). The
# head-noun tables are left whole: without them nothing is a mention.
WORDS = [
    ("lexicon", "WEAK_HEADS", "no head noun is weak ('the jets' needs nothing to be a weapon)"),
    ("lexicon", "TAIL_HEADS", "'Rafale fighters': no tail noun after a designation"),
    ("lexicon", "MODIFIERS", "no modifier joins a mention"),
    ("lexicon", "ANAPHORIC_DETERMINERS", "no determiner makes an anaphor"),
    ("lexicon", "POSSESSIVES", "no possessive determiner"),
    ("lexicon", "VERB_NOUN_HOMOGRAPHS", "'the perfect ship': a base form after a determiner and a word is a verb"),
    ("mentions", "_HOLDINGS", "'Colombia's fleet of Kfir fighters' has no possessor"),
    ("lexicon", "ADJECTIVES", "no adjective between a number and its noun"),
    ("lexicon", "NUMBER_WORDS", "no number in words"),
    ("mentions", "_NOT_NAMES", "any capitalised word may name a weapon"),
    ("relations", "Relator._FILLERS", "'to its foes such as Syria': no filler words"),
    ("lexicon", "ORIGIN_WORDS", "'Korean tanks': no origin word"),
    ("lexicon", "CONDITIONAL_HEADS", "'Swedish-designed fighters': no conditional head"),
    ("lexicon", "AIRCRAFT_MODIFIERS", "'twin-engine fighters': no aircraft modifier"),
    ("relations", "Relator._DESTINATION", "'bound for Yemen': no destination words"),
]


@dataclass
class Mutant:
    id: str
    kind: str  # frame, pattern, words, rule
    what: str  # what switching it off means, or the frame's words
    dead: str = ""  # why no test can kill it (known dead code), if so


def _module(name: str):
    return importlib.import_module(f"{PACKAGE}.{name}")


def _owner(module: str, qualname: str):
    """(object holding the attribute, attribute name) for module + dotted qualname."""
    holder = _module(module)
    *path, name = qualname.split(".")
    for part in path:
        holder = getattr(holder, part)
    return holder, name


def mutants() -> list[Mutant]:
    """Every mutant, in a fixed order: frames, patterns, word lists, rules."""
    lx = _module("lexicon")
    found = []
    for line, frame in enumerate(lx.FRAMES, start=2):
        key = (frame.form, frame.words, frame.cue)
        twins = [other for other, f in enumerate(lx.FRAMES, start=2)
                 if other != line and (f.form, f.words, f.cue) == key]
        dead = f"the same row as line {twins[0]}: either one alone gives the cue" if twins else ""
        mutant_id = f"frame:{line}:{frame.frame}/{frame.form}"
        found.append(Mutant(mutant_id, "frame", frame.words[:70], dead or DEAD.get(mutant_id, "")))
    for module in ("lexicon", "mentions", "relations", "events", "attachment", "extract", "tables"):
        for qualname, value in _patterns(module):
            mutant_id = f"pattern:{module}.{qualname}"
            found.append(Mutant(mutant_id, "pattern", value.pattern[:70], DEAD.get(mutant_id, "")))
    for module, qualname, what in WORDS:
        found.append(Mutant(f"words:{module}.{qualname}", "words", what))
    for index, (modifiers, heads, generic) in enumerate(lx.CLASS_BY_MODIFIER):
        mutant_id = f"words:lexicon.CLASS_BY_MODIFIER[{index}]"
        found.append(Mutant(mutant_id, "words", f"{sorted(modifiers)[0]}... + {sorted(heads)[0]}... is no longer {generic}",
                            DEAD.get(mutant_id, "")))
    for module, qualname, neutral, what in RULES:
        found.append(Mutant(f"rule:{module}.{qualname}", "rule", f"{neutral}: {what}",
                            DEAD.get(f"rule:{module}.{qualname}", "")))
    return found


def _patterns(module: str):
    """(qualname, pattern) of the compiled patterns at module level and in its classes."""
    mod = _module(module)
    for name, value in vars(mod).items():
        if isinstance(value, re.Pattern):
            yield name, value
        elif inspect.isclass(value) and value.__module__ == mod.__name__:
            for attr, inner in vars(value).items():
                if isinstance(inner, re.Pattern):
                    yield f"{name}.{attr}", inner


def unlisted() -> list[str]:
    """Functions and methods of the rule modules in neither RULES nor NOT_RULES."""
    listed = {f"{m}.{q}" for m, q, _, _ in RULES} | set(NOT_RULES)
    missing = []
    for module in ("mentions", "relations", "events", "attachment", "tables"):
        mod = _module(module)
        for name, value in vars(mod).items():
            if inspect.isfunction(value) and value.__module__ == mod.__name__:
                if f"{module}.{name}" not in listed:
                    missing.append(f"{module}.{name}")
            elif inspect.isclass(value) and value.__module__ == mod.__name__:
                for attr, inner in vars(value).items():
                    if isinstance(inner, (staticmethod, property)) or inspect.isfunction(inner):
                        if not attr.startswith("__") and f"{module}.{name}.{attr}" not in listed:
                            missing.append(f"{module}.{name}.{attr}")
    return missing


# -- applying one mutant (in the pytest subprocess) -----------------------------------------
def _replace_everywhere(original, replacement) -> None:
    """Point every name in the package's modules that holds `original` at `replacement`
    ("from .relations import resolve_year" keeps a name of its own)."""
    for name, module in list(sys.modules.items()):
        if name.startswith(PACKAGE) and module is not None:
            for attr, value in list(vars(module).items()):
                if value is original:
                    setattr(module, attr, replacement)


def apply(mutant_id: str) -> None:
    """Switch off the piece of the extractor that `mutant_id` names. Raises LookupError
    when the id names nothing (an unknown frame line, a renamed rule)."""
    kind, _, rest = mutant_id.partition(":")
    if kind == "words":  # before any module compiles a pattern from the list
        match = re.fullmatch(r"(\w+)\.([\w.]+?)(?:\[(\d+)\])?", rest)
        if match is None:
            raise LookupError(mutant_id)
        holder, name = _owner(match.group(1), match.group(2))
        words = getattr(holder, name)
        if match.group(3) is not None:
            index = int(match.group(3))
            if index >= len(words):
                raise LookupError(mutant_id)
            del words[index]
        elif hasattr(words, "clear"):
            words.clear()
        else:  # a tuple or frozenset: replaced by an empty one
            setattr(holder, name, type(words)())
        return
    _module("extract")  # every stage imported, so that every alias can be replaced
    if kind == "frame":
        line = int(rest.split(":")[0])
        lx = _module("lexicon")
        if not 2 <= line < len(lx.FRAMES) + 2:
            raise LookupError(mutant_id)
        frame = lx.FRAMES[line - 2]
        same_form = [f for f in lx.FRAMES if f.form == frame.form]
        position = next(i for i, f in enumerate(same_form) if f is frame)
        compiled = getattr(lx, f"{frame.form.upper()}_CUE_RES")
        del compiled[position]
        return
    if kind == "pattern":
        module, _, qualname = rest.partition(".")
        holder, name = _owner(module, qualname)
        original = getattr(holder, name)
        if not isinstance(original, re.Pattern):
            raise LookupError(mutant_id)
        setattr(holder, name, NEVER)
        _replace_everywhere(original, NEVER)
        return
    if kind == "rule":
        module, _, qualname = rest.partition(".")
        spec = next((n for m, q, n, _ in RULES if m == module and q == qualname), None)
        if spec is None:
            raise LookupError(mutant_id)
        holder, name = _owner(module, qualname)
        raw = vars(holder)[name] if inspect.isclass(holder) else getattr(holder, name)
        if isinstance(raw, (property, functools.cached_property)):
            getter = raw.fget if isinstance(raw, property) else raw.func
            setattr(holder, name, property(NEUTRAL[spec](getter)))
            return
        original = raw.__func__ if isinstance(raw, staticmethod) else raw
        if spec.startswith("arg:"):
            parameter = spec[4:]
            signature = inspect.signature(original)
            if parameter not in signature.parameters:
                raise LookupError(f"{mutant_id}: no argument {parameter}")
            def neutral(*args, **kwargs):
                return signature.bind(*args, **kwargs).arguments[parameter]
        elif spec.startswith("custom:"):
            neutral = _custom(spec[7:], original)
        else:
            neutral = NEUTRAL[spec](original)
        setattr(holder, name, staticmethod(neutral) if isinstance(raw, staticmethod) else neutral)
        if not inspect.isclass(holder):
            _replace_everywhere(original, neutral)
        return
    raise LookupError(mutant_id)


if __name__ != "__main__" and os.environ.get(ENV):
    # loaded by pytest as a plugin (-p mutation): apply the mutant before the tests import
    # anything; a mutant that names nothing stops the run with a usage error (exit 4)
    import pytest

    try:
        apply(os.environ[ENV])
    except Exception as exc:  # noqa: BLE001 - whatever the reason, the mutant is not applied
        raise pytest.UsageError(f"mutant {os.environ[ENV]!r} cannot be applied: {exc!r}") from None


# -- running ---------------------------------------------------------------------------------
@dataclass
class Result:
    id: str
    kind: str
    what: str
    outcome: str  # killed, survived, error, timeout
    seconds: float
    detail: str = ""  # the first failing test, or the error
    dead: str = ""  # why no test can kill it, for known dead code


def _tests() -> list[str]:
    return [t for t in TESTS if (ROOT / t.split("::")[0]).exists()]


def run_one(mutant: Mutant | None, timeout: float) -> Result:
    """Run the tests with `mutant` applied (None: unmutated)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parent), str(ROOT)]
                                        + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.pop(ENV, None)
    if mutant is not None:
        env[ENV] = mutant.id
    command = [sys.executable, "-m", "pytest", "-p", "mutation", "-p", "no:cacheprovider", "--noconftest", "-x", "-q",
               "--no-header", "-rN", *_tests()]
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Result(mutant.id if mutant else "none", mutant.kind if mutant else "", "", "timeout",
                      time.monotonic() - started)
    seconds = time.monotonic() - started
    if done.returncode == 0:
        outcome, detail = "survived", ""
    elif done.returncode in (1, 2):  # a test failed, or the tests could not be collected
        failed = re.search(r"^(?:FAILED|ERROR) (\S+)", done.stdout, re.M) or \
            re.search(r"^_+ (\S.*?) _+$", done.stdout, re.M)
        outcome, detail = "killed", failed.group(1) if failed else f"exit {done.returncode}"
    else:
        lines = (done.stderr.strip() or done.stdout.strip()).splitlines()
        outcome, detail = "error", lines[-1] if lines else f"exit {done.returncode}"
    return Result(mutant.id if mutant else "none", mutant.kind if mutant else "", mutant.what if mutant else "",
                  outcome, seconds, detail, mutant.dead if mutant else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", metavar="PATTERN", help="run the mutants whose id matches this regular expression")
    parser.add_argument("--jobs", type=int, default=2, help="mutants run at once (default 2)")
    parser.add_argument("--timeout", type=float, default=240, help="seconds before a mutant's tests are stopped")
    parser.add_argument("--list", action="store_true", help="list the mutants and the functions not in RULES")
    parser.add_argument("--json", action="store_true", help="print the results as JSON (progress goes to stderr)")
    args = parser.parse_args(argv)

    selected = mutants()
    if args.only:
        selected = [m for m in selected if re.search(args.only, m.id)]
    missing = unlisted()
    if args.list:
        for m in selected:
            print(f"{m.id}\t{m.what}")
        for name in missing:
            print(f"unlisted\t{name}: add it to RULES or NOT_RULES")
        return 0
    log = sys.stderr if args.json else sys.stdout
    for name in missing:
        print(f"warning: {name} is in neither RULES nor NOT_RULES: it is not mutated", file=log)
    started = time.monotonic()
    baseline = run_one(None, args.timeout)
    if baseline.outcome != "survived":
        print(f"the tests fail without any mutant ({baseline.detail}): fix them first", file=sys.stderr)
        return 2
    print(f"baseline: tests pass in {baseline.seconds:.1f} s; {len(selected)} mutants, {args.jobs} at a time",
          file=log, flush=True)
    results: list[Result] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, m, args.timeout) for m in selected]
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            note = f" (dead code: {result.dead})" if result.dead and result.outcome == "survived" else ""
            print(f"[{len(results)}/{len(selected)} {time.monotonic() - started:5.0f}s] {result.outcome:8} "
                  f"{result.id}{note}  {result.detail}", file=log, flush=True)
    order = {m.id: i for i, m in enumerate(selected)}
    results.sort(key=lambda r: order[r.id])
    count = {o: sum(r.outcome == o for r in results) for o in ("killed", "survived", "error", "timeout")}
    survivors = [r for r in results if r.outcome == "survived"]
    live = [r for r in survivors if not r.dead]
    elapsed = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime  # of the test runs: wall time grows with the machine's load
    if args.json:
        json.dump({"mutants": len(results), **count, "seconds": round(elapsed, 1), "cpu_seconds": round(cpu, 1), "tests": _tests(),
                   "survivors": [r.id for r in survivors], "dead": {r.id: r.dead for r in survivors if r.dead},
                   "unlisted": missing, "results": [asdict(r) for r in results]}, sys.stdout, indent=2)
        print()
    else:
        print(f"\n{len(results)} mutants, {count['killed']} killed, {count['survived']} survived "
              f"({len(survivors) - len(live)} of them known dead code), {count['error']} errors, "
              f"{count['timeout']} timeouts in {elapsed:.0f} s (test runs' CPU time {cpu:.0f} s)")
        for r in survivors:
            print(f"  survived {r.id}: {r.dead and 'dead code: ' + r.dead or r.what}")
        for r in results:
            if r.outcome in ("error", "timeout"):
                print(f"  {r.outcome} {r.id}: {r.detail}")
    return 0 if not live and not count["error"] and not count["timeout"] else 1


if __name__ == "__main__":
    sys.exit(main())
