#!/usr/bin/env python3
"""Build gold-a.csv for held-out set 25, part a (ho25_01 .. ho25_10).

Each mention is given as an *anchor*: a unique stretch of the document text with the
span marked by [[ ]]. Offsets are computed by searching the anchor (brackets removed)
in the text read with open(path, encoding="utf-8").read(); they are code points, end
exclusive. Every mention carries its system and a list of relations
R(supplier, recipient, status, transfer_type, quantity, event_year); a mention with no
relation gets one row with empty parties and status none.

Checks: span_text equals the text at the span; anchor found exactly once; codes in
actors.csv; systems in systems.csv (or listed below as uncatalogued designations);
statuses and transfer types in the codebook's vocabularies; quantity >= 1; years
1945..2100 and not after publication; supplier != recipient; transfer_type empty iff
status none; no duplicate rows; no overlapping spans within a document.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = "/work/annot25/a/docs"
REF = "/work/annot25/ref"
OUT = os.path.join(HERE, "gold-a.csv")

STATUSES = {"delivered", "ordered", "planned", "suspended", "cancelled", "denied", "unknown", "none"}
TTYPES = {"sale", "licensed_production", "technology_transfer", "aid", "unspecified"}

# Designations the catalogue lacks (written as in the text, codebook "What is a weapons mention").
UNCATALOGUED = {"EXTRA", "Metal Shark", "SH-5", "ST-1", "KS-1C", "FTC-2000G", "Arlan",
                "ATAGS", "Cyclone-class", "J/TPS-P14ME"}


def R(sup, rec, status, ttype="unspecified", q=None, y=None):
    return (sup, rec, status, ttype, q, y)


NONE = []  # no transfer

# ---------------------------------------------------------------- ho25_01 (2025-02-13)
D01 = [
    # headline
    ("Algeria's [[Su-57]] moment", "Su-57", [R("RUS", "DZA", "ordered", "sale")]),
    ("as the Maghreb [[arms]] race", "arms (unspecified)", NONE),
    # key events
    ("pilots are already training in Russia on the [[Su-57]]\n", "Su-57", [R("RUS", "DZA", "ordered", "sale")]),
    ("13:30 Recap: how Algeria built a [[Flanker]] fleet", "Su-30", [R("RUS", "DZA", "delivered", "sale")]),
    ("15:48 Moroccan sources say [[Patriot]] talks", "Patriot", [R("USA", "MAR", "planned")]),
    ("18:20 Rabat's [[drone]] fleet: Turkish", "UAV",
     [R("TUR", "MAR", "delivered"), R("ISR", "MAR", "delivered"), R("FRA", "MAR", "delivered")]),
    # 21:40 summary
    ("buying Russia's [[fifth-generation fighter]]", "Su-57", [R("RUS", "DZA", "ordered", "sale")]),
    ("American, Israeli and Turkish [[equipment]] already in the pipeline", "military equipment",
     [R("USA", "MAR", "ordered"), R("ISR", "MAR", "ordered"), R("TUR", "MAR", "ordered")]),
    # 20:05
    ("whether the [[stealth jet]] tips", "Su-57", [R("RUS", "DZA", "ordered", "sale")]),
    ("remain the [[Su-30MKA]] and", "Su-30", [R("RUS", "DZA", "delivered")]),
    ("an ageing force of [[MiG-29s]]", "MiG-29", [R("RUS", "DZA", "delivered")]),
    ("\"The [[Flankers]] are the backbone", "Su-30", [R("RUS", "DZA", "delivered")]),
    # 18:20
    ("18:20 - Rabat's [[drone]] fleet\n", "UAV",
     [R("TUR", "MAR", "delivered"), R("ISR", "MAR", "delivered"), R("FRA", "MAR", "delivered")]),
    ("bets on fast [[jets]]", "fighter aircraft", [R("RUS", "DZA", "ordered", "sale")]),
    ("buying [[unmanned aircraft]] from several suppliers", "UAV", [R("", "MAR", "delivered", "sale")]),
    ("thirteen [[Bayraktar TB2]] were delivered", "Bayraktar TB2", [R("TUR", "MAR", "delivered", "unspecified", 13, 2021)]),
    ("for the heavier [[Akinci]]", "Akinci", [R("TUR", "MAR", "ordered", "sale")]),
    ("says the Turkish [[drones]] have carried out", "Bayraktar TB2", [R("TUR", "MAR", "delivered")]),
    ("Elbit's [[Hermes 900]] was already flying", "Hermes 900", [R("ISR", "MAR", "delivered")]),
    ("Three [[Heron drones]], built by", "Heron", [R("FRA", "MAR", "delivered", "unspecified", 3, 2020)]),
    ("Those second-hand [[machines]]", "Heron", [R("FRA", "MAR", "delivered")]),
    ("joined by the [[Barak MX air-defence system]]", "Barak 8", [R("ISR", "MAR", "ordered", "sale", None, 2022)]),
    # 17:10
    ("Chinese-made [[CH-4]] and Wing Loong II", "CH-4", [R("CHN", "DZA", "delivered")]),
    ("CH-4 and [[Wing Loong II armed drones]]", "Wing Loong", [R("CHN", "DZA", "delivered")]),
    ("ordered the [[Aksungur]] from Turkish Aerospace", "Aksungur", [R("TUR", "DZA", "ordered", "sale")]),
    # 15:48
    ("15:48 - [[Patriot]] talks", "Patriot", [R("USA", "MAR", "planned")]),
    ("on the [[Patriot system]] have not stalled", "Patriot", [R("USA", "MAR", "planned")]),
    ("not a single [[launcher]] has been delivered", "Patriot", [R("USA", "MAR", "denied")]),
    ("the American [[system]] would sit above", "Patriot", [R("USA", "MAR", "planned")]),
    ("Israeli-supplied [[Barak MX]] in a layered", "Barak 8", [R("ISR", "MAR", "delivered")]),
    ("the first six of 24 [[AH-64E Apache attack helicopters]]", "AH-64", [R("USA", "MAR", "ordered", "unspecified", 6)]),
    ("25 new-build [[F-16 Block 72 fighters]]", "F-16", [R("USA", "MAR", "ordered", "sale", 25)]),
    ("buy 18 [[HIMARS rocket launchers]]", "HIMARS", [R("USA", "MAR", "planned", "sale", 18, 2023)]),
    ("with [[ATACMS missiles]]", "ATACMS", [R("USA", "MAR", "planned", "sale", None, 2023)]),
    # 13:30
    ("13:30 - Recap: how Algeria built a [[Flanker]] fleet", "Su-30", [R("RUS", "DZA", "delivered", "sale")]),
    ("Algeria's first [[Su-30MKA]] arrived", "Su-30", [R("RUS", "DZA", "delivered", "unspecified", 1)]),
    ("another 14 of the [[two-seat fighters]]", "Su-30", [R("RUS", "DZA", "delivered", "sale", 14)]),
    ("about a dozen [[Su-34 strike aircraft]]", "Su-34", [R("RUS", "DZA", "ordered", "sale")]),
    ("a similar number of [[Su-35s]]", "Su-35", [R("RUS", "DZA", "ordered", "sale")]),
    ("no such [[aircraft]] has been seen", "fighter aircraft", [R("RUS", "DZA", "denied")]),
    ("spoke of 14 [[Su-57s]]", "Su-57", [R("RUS", "DZA", "ordered", "sale", 14)]),
    # 11:05
    ("brought the [[Su-57E]] to the Aero India show", "Su-57", NONE),
    ("builds its own [[Su-30MKI]] fleet", "Su-30", [R("RUS", "IND", "delivered", "licensed_production")]),
    ("has not ordered the newer [[jet]]", "Su-57", [R("RUS", "IND", "denied", "sale")]),
    # 09:12
    ("\"currently training in Russia\" on the [[Su-57]] and", "Su-57", [R("RUS", "DZA", "ordered", "sale")]),
    ("archive footage of the [[aircraft]]", "Su-57", [R("RUS", "DZA", "ordered", "sale")]),
]

# ---------------------------------------------------------------- ho25_02 (2024-09-18)
D02 = [
    ("long game: [[Kilos]], Flankers", "Kilo class", [R("RUS", "VNM", "delivered", "sale")]),
    ("Kilos, [[Flankers]] and a pair", "Su-30", [R("RUS", "VNM", "delivered", "sale")]),
    ("a pair of old [[cutters]]", "Hamilton class", [R("USA", "VNM", "delivered", "unspecified", 2)]),
    ("buying [[weapons]] from a former enemy", "arms (unspecified)",
     [R("USA", "VNM", "delivered", "sale"), R("RUS", "VNM", "delivered", "sale"), R("IND", "VNM", "delivered", "sale")]),
    ("Mountains of Soviet [[equipment]]", "military equipment", [R("SUN", "VNM", "delivered")]),
    ("a first handful of [[Su-27 fighters]] from Russia", "Su-27", [R("RUS", "VNM", "delivered", "sale", None, 1995)]),
    ("There were also [[Tarantul-class missile boats]]", "Project 1241", [R("RUS", "VNM", "delivered", "sale")]),
    ("its first four [[Su-30MK2]]", "Su-30", [R("RUS", "VNM", "ordered", "sale", 4, 2003)]),
    ("the [[two-seaters]] kept coming", "Su-30", [R("RUS", "VNM", "delivered")]),
    ("The [[Flankers]] get the attention", "Su-30", [R("RUS", "VNM", "delivered")]),
    ("six [[Project 636.1 Kilo-class submarines]]", "Kilo class", [R("RUS", "VNM", "ordered", "sale", 6, 2009)]),
    ("The first two [[boats]] arrived", "Kilo class", [R("RUS", "VNM", "delivered", "unspecified", 2, 2014)]),
    ("four [[Gepard-class frigates]] from Zelenodolsk", "Project 11661", [R("RUS", "VNM", "delivered", "unspecified", 4)]),
    ("licence-built [[Molniya corvettes]]", "Project 1241", [R("RUS", "VNM", "delivered", "licensed_production")]),
    ("the Russian-built [[boats]] - have", "Kilo class", [R("RUS", "VNM", "delivered")]),
    ("deterrent with [[Klub missiles]]", "Kalibr", [R("RUS", "VNM", "delivered")]),
    ("twelve [[Yak-130 trainers]], ordered in 2019", "Yak-130", [R("RUS", "VNM", "delivered", "sale", 12, 2021)]),
    ("twelve high-speed [[guard boats]]", "warship", [R("IND", "VNM", "ordered", "unspecified", 12)]),
    ("gifted a whole [[warship]]", "warship", [R("IND", "VNM", "delivered", "aid", None, 2023)]),
    ("the [[corvette INS Kirpan]]", "warship", [R("IND", "VNM", "delivered", "aid", None, 2023)]),
    ("with its [[armament]] intact", "arms (unspecified)", [R("IND", "VNM", "delivered", "aid", None, 2023)]),
    ("And [[BrahMos]]?", "BrahMos", [R("IND", "VNM", "planned")]),
    ("LE: [[BrahMos]] is the great", "BrahMos", [R("IND", "VNM", "planned")]),
    ("on the supersonic [[cruise missile]] have gone", "BrahMos", [R("IND", "VNM", "planned")]),
    ("its lethal [[arms]] embargo", "arms (unspecified)", [R("USA", "VNM", "unknown")]),
    ("two ex-US Coast Guard [[Hamilton-class cutters]]", "Hamilton class", [R("USA", "VNM", "delivered", "unspecified", 2)]),
    ("The former [[Morgenthau]] was handed over", "Hamilton class", [R("USA", "VNM", "delivered", "unspecified", None, 2017)]),
    ("the [[John Midgett]] followed", "Hamilton class", [R("USA", "VNM", "delivered", "unspecified", None, 2021)]),
    ("lightly [[armed ships]]", "Hamilton class", [R("USA", "VNM", "delivered")]),
    ("six [[Metal Shark patrol boats]]", "Metal Shark", [R("USA", "VNM", "delivered", "unspecified", 6)]),
    ("patrol boats, [[ScanEagle drones]]", "ScanEagle", [R("USA", "VNM", "delivered")]),
    ("a dozen [[T-6 Texan II trainers]]", "T-6", [R("USA", "VNM", "ordered", "sale", 12)]),
    ("A third [[cutter]] was talked about", "Hamilton class", [R("USA", "VNM", "planned")]),
    ("bought the [[SPYDER air-defence system]] from Rafael", "SPYDER", [R("ISR", "VNM", "delivered", "sale")]),
    ("and [[EXTRA rockets]] from IMI", "EXTRA", [R("ISR", "VNM", "delivered", "sale")]),
    ("produces [[Galil ACE rifles]] under licence", "Galil", [R("ISR", "VNM", "delivered", "licensed_production")]),
    ("could buy Western [[fighters]] one day", "fighter aircraft", [R("", "VNM", "planned", "sale")]),
    ("with Washington about [[F-16s]]", "F-16", [R("USA", "VNM", "planned")]),
    ("a very long tail of Russian [[kit]]", "military equipment", [R("RUS", "VNM", "planned")]),
]

# ---------------------------------------------------------------- ho25_03 (2023-12-14)
D03 = [
    ("largest number of new [[combat aircraft]] in the Nigerian", "fighter aircraft", [R("", "NGA", "delivered")]),
    ("4.2 Fixed-wing [[combat aircraft]]", "fighter aircraft", NONE),
    ("Twelve [[A-29 Super Tucano light attack aircraft]]", "EMB-314", [R("USA", "NGA", "delivered", "sale", 12, 2021)]),
    ("The [[aircraft]] were assembled by Sierra Nevada", "EMB-314", [R("USA", "NGA", "delivered", "sale")]),
    ("Three [[JF-17 Thunder multirole fighters]] were inducted", "JF-17", [R("PAK", "NGA", "delivered", "unspecified", 3, 2021)]),
    ("the Pakistani-built [[jets]] have experienced", "JF-17", [R("PAK", "NGA", "delivered")]),
    ("Leonardo of Italy for [[M-346 fighter-trainers]]", "M-346", [R("ITA", "NGA", "ordered", "sale")]),
    ("4.3 [[Rotary-wing aircraft]]", "helicopter", NONE),
    ("twelve [[AH-1Z attack helicopters]] with engines", "AH-1", [R("USA", "NGA", "planned", "sale", 12, 2022)]),
    ("with engines, [[sensors]] and training", "radar", [R("USA", "NGA", "planned", "sale", None, 2022)]),
    ("none of the [[helicopters]] has been delivered", "AH-1", [R("USA", "NGA", "denied")]),
    ("4.3.2 [[Mi-35M helicopters]] ordered from Russia", "Mi-24", [R("RUS", "NGA", "delivered", "sale")]),
    ("no new [[helicopters]] have been ordered from Moscow", "helicopter", [R("RUS", "NGA", "denied", "sale")]),
    ("4.4 [[Unmanned aircraft]]", "UAV", NONE),
    ("Chinese-made [[Wing Loong II]] and CH-4 armed drones", "Wing Loong", [R("CHN", "NGA", "delivered")]),
    ("Wing Loong II and [[CH-4 armed drones]]", "CH-4", [R("CHN", "NGA", "delivered")]),
    ("the Chinese-supplied [[aircraft]]", "UAV", [R("CHN", "NGA", "delivered")]),
    ("six [[Bayraktar TB2]] and two ground control", "Bayraktar TB2", [R("TUR", "NGA", "delivered", "unspecified", 6)]),
    ("a military [[drone]] strike killed", "UAV", NONE),
    ("end-use conditions to [[armed drones]]", "UAV", NONE),
    ("took delivery in 2020 of [[VT-4 main battle tanks]]", "VT-4", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("together with [[SH-5 self-propelled howitzers]]", "SH-5", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("and [[ST-1 tank destroyers]]", "ST-1", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("The Chinese [[armour]] has since", "armoured vehicle", [R("CHN", "NGA", "delivered")]),
    ("a further purchase of the [[tanks]]", "VT-4", [R("CHN", "NGA", "planned", "sale")]),
    ("have each obtained [[Bayraktar TB2 drones]] from Turkiye", "Bayraktar TB2",
     [R("TUR", "NER", "delivered"), R("TUR", "BFA", "delivered"), R("TUR", "MLI", "delivered")]),
    ("Mali has also received [[combat aircraft]] from Russia", "fighter aircraft", [R("RUS", "MLI", "delivered")]),
    ("including [[L-39]] and Su-25 jets", "L-39", [R("RUS", "MLI", "delivered", "unspecified", None, 2022)]),
    ("L-39 and [[Su-25 jets]] delivered", "Su-25", [R("RUS", "MLI", "delivered", "unspecified", None, 2022)]),
    ("along with [[Mi-24]] and Mi-8 helicopters", "Mi-24", [R("RUS", "MLI", "delivered")]),
    ("Mi-24 and [[Mi-8 helicopters]]", "Mi-8", [R("RUS", "MLI", "delivered")]),
    ("two consignments of [[pump-action rifles]]", "small arms", [R("TUR", "NGA", "cancelled", "unspecified", None, 2017)]),
    ("661 [[rifles]] in January", "small arms", [R("TUR", "NGA", "cancelled", "unspecified", 661, 2017)]),
    ("illicit inflow of [[small arms]] and ammunition", "small arms", [R("", "NGA", "unknown")]),
    ("inflow of small arms and [[ammunition]]", "ammunition", [R("", "NGA", "unknown")]),
    # TABLE 4.1
    ("| [[A-29 Super Tucano]]     |", "EMB-314", [R("USA", "NGA", "delivered", "sale", 12, 2021)]),
    ("| [[Light attack aircraft]] |", "EMB-314", [R("USA", "NGA", "delivered", "sale", 12, 2021)]),
    ("| [[JF-17 Thunder]]         |", "JF-17", [R("PAK", "NGA", "delivered", "unspecified", 3, 2021)]),
    ("| [[Multirole fighter]]     |", "JF-17", [R("PAK", "NGA", "delivered", "unspecified", 3, 2021)]),
    ("| [[Bayraktar TB2]]         |", "Bayraktar TB2", [R("TUR", "NGA", "delivered", "unspecified", 6)]),
    ("| [[Armed drone]]           | Turkiye", "Bayraktar TB2", [R("TUR", "NGA", "delivered", "unspecified", 6)]),
    ("| [[Wing Loong II]]         |", "Wing Loong", [R("CHN", "NGA", "delivered")]),
    ("| [[Armed drone]]           | China  ", "Wing Loong", [R("CHN", "NGA", "delivered")]),
    ("| [[VT-4]]                  |", "VT-4", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("| [[Main battle tank]]      |", "VT-4", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("| [[SH-5]]                  |", "SH-5", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("| [[SP howitzer]]           |", "SH-5", [R("CHN", "NGA", "delivered", "unspecified", None, 2020)]),
    ("| [[AH-1Z Viper]]           |", "AH-1", [R("USA", "NGA", "planned", "sale", 12, 2022)]),
    ("| [[Attack helicopter]]     |", "AH-1", [R("USA", "NGA", "planned", "sale", 12, 2022)]),
    ("| [[M-346]]                 |", "M-346", [R("ITA", "NGA", "ordered", "sale")]),
    ("| [[Fighter-trainer]]       |", "M-346", [R("ITA", "NGA", "ordered", "sale")]),
    # recommendations
    ("pursue the [[AH-1Z]] case", "AH-1", [R("USA", "NGA", "planned", "sale")]),
    ("future [[drone]] purchases", "UAV", [R("", "NGA", "planned", "sale")]),
]

# ---------------------------------------------------------------- ho25_04 (2025-12-03)
D04 = [
    ("biggest Greek [[arms]] deals", "arms (unspecified)", [R("", "GRC", "ordered", "sale")]),
    ("How many [[Rafales]] does Greece have", "Rafale", [R("FRA", "GRC", "delivered")]),
    ("covered 18 [[jets]]: 12", "Rafale", [R("FRA", "GRC", "ordered", "sale", 18, 2021)]),
    ("12 second-hand [[aircraft]] taken from", "Rafale", [R("FRA", "GRC", "ordered", "sale", 12, 2021)]),
    ("six more new-build [[fighters]]", "Rafale", [R("FRA", "GRC", "ordered", "sale", 6, 2022)]),
    ("The used [[jets]] came quickly", "Rafale", [R("FRA", "GRC", "delivered")]),
    ("order replacement [[Rafales]] for its own air force", "Rafale", NONE),
    ("What happens to the older [[Mirages]]?", "Mirage", [R("FRA", "GRC", "delivered")]),
    ("Greece still flies the [[Mirage 2000-5]] alongside", "Mirage 2000", [R("FRA", "GRC", "delivered")]),
    ("alongside the French-built [[Rafales]]", "Rafale", [R("FRA", "GRC", "delivered")]),
    ("the older [[jets]] could be sold", "Mirage 2000", [R("GRC", "", "planned", "sale")]),
    ("once the [[F-35]] arrives", "F-35", [R("USA", "GRC", "ordered")]),
    ("to pass the [[jets]] to Ukraine", "Mirage 2000", [R("GRC", "UKR", "denied")]),
    ("What about the new [[frigates]]?", "FDI", [R("FRA", "GRC", "ordered", "sale")]),
    ("three [[FDI frigates]], known", "FDI", [R("FRA", "GRC", "ordered", "sale", 3, 2022)]),
    ("in export form as the [[Belharra]]", "FDI", [R("FRA", "GRC", "ordered", "sale", None, 2022)]),
    ("The [[ships]] are being built at Lorient", "FDI", [R("FRA", "GRC", "ordered", "sale")]),
    ("carry [[Aster air-defence missiles]]", "Aster", [R("FRA", "GRC", "ordered", "sale")]),
    ("and [[Exocet anti-ship missiles]] from MBDA", "Exocet", [R("FRA", "GRC", "ordered", "sale")]),
    ("The first, [[Kimon]], began", "FDI", [R("FRA", "GRC", "ordered", "sale")]),
    ("ordered the fourth [[hull]]", "FDI", [R("FRA", "GRC", "ordered", "sale", None, 2025)]),
    ("Is Greece really getting the [[F-35]]?", "F-35", [R("USA", "GRC", "ordered", "sale")]),
    ("up to 40 [[F-35A]], a notification", "F-35", [R("USA", "GRC", "planned", "sale", None, 2024)]),
    ("long-delayed [[F-16]] request", "F-16", [R("USA", "TUR", "planned", "unspecified", None, 2024)]),
    ("for the first 20 [[stealth fighters]]", "F-35", [R("USA", "GRC", "ordered", "sale", 20, 2024)]),
    ("The [[jets]] are not expected before", "F-35", [R("USA", "GRC", "ordered", "sale")]),
    ("Did Greece send [[Leopard 2 tanks]] to Ukraine?", "Leopard 2", [R("GRC", "UKR", "denied")]),
    ("to re-export the [[Leopard 2]] in January 2023", "Leopard 2", [R("", "UKR", "planned", "unspecified", None, 2023)]),
    ("any of its [[Leopard 2A4 or 2A6 tanks]]", "Leopard 2",
     [R("DEU", "GRC", "delivered"), R("GRC", "UKR", "denied", "unspecified", None, 2023)]),
    ("argued that the [[armour]] was essential", "Leopard 2", [R("DEU", "GRC", "delivered")]),
    ("fleet of several thousand [[tanks]]", "tank", NONE),
    ("would pass older [[tanks]] to Kyiv", "tank", [R("GRC", "UKR", "cancelled")]),
    ("receive newer German [[models]]", "tank", [R("DEU", "GRC", "cancelled")]),
    ("mostly with [[ammunition]], small arms", "ammunition", [R("GRC", "UKR", "delivered", "aid")]),
    ("ammunition, [[small arms]] and Soviet-era", "small arms", [R("GRC", "UKR", "delivered", "aid")]),
    ("Soviet-era [[equipment]]. The best-known", "military equipment", [R("GRC", "UKR", "delivered", "aid")]),
    ("delivered 40 [[BMP-1 infantry fighting vehicles]]", "BMP-1", [R("GRC", "UKR", "delivered", "aid", 40, 2022)]),
    ("40 [[Marder 1A3 vehicles]]", "Marder", [R("DEU", "GRC", "delivered", "aid", 40, 2022)]),
    ("sending its [[S-300]] or Patriot", "S-300",
     [R("RUS", "GRC", "delivered"), R("GRC", "UKR", "denied", "unspecified", None, 2024)]),
    ("S-300 or [[Patriot air-defence systems]]", "Patriot",
     [R("USA", "GRC", "delivered"), R("GRC", "UKR", "denied", "unspecified", None, 2024)]),
    ("besides the [[F-35]]?", "F-35", [R("USA", "GRC", "ordered", "sale")]),
    ("surplus [[M2 Bradley fighting vehicles]]", "M2 Bradley", [R("USA", "GRC", "delivered")]),
    ("more than 80 of its [[F-16s]]", "F-16", [R("USA", "GRC", "delivered")]),
    ("bought [[MH-60R Seahawk helicopters]]", "SH-60 Seahawk", [R("USA", "GRC", "delivered", "sale")]),
    ("building its own [[KAAN fighter]]", "KAAN", NONE),
    ("receive 20 [[Eurofighter Typhoons]]", "Eurofighter Typhoon", [R("GBR", "TUR", "ordered", "sale", 20, 2025)]),
    ("whether the first [[FDI frigate]] is handed over", "FDI", [R("FRA", "GRC", "ordered", "sale", 1)]),
    ("whether the [[Mirage 2000-5]] finds a buyer", "Mirage 2000", [R("GRC", "", "planned", "sale")]),
    ("the second [[F-35]] option", "F-35", [R("USA", "GRC", "planned", "sale")]),
]

# ---------------------------------------------------------------- ho25_05 (2025-07-12)
D05 = [
    ("\"Second-hand [[jets]] and", "F-16", [R("DNK", "ARG", "ordered", "sale")]),
    ("second-best [[armour]]", "Stryker", [R("USA", "ARG", "ordered", "sale")]),
    ("agreement for [[Stryker armoured vehicles]]", "Stryker", [R("USA", "ARG", "ordered", "sale")]),
    ("tried and failed to buy a [[fighter]]", "fighter aircraft", [R("", "ARG", "unknown", "sale")]),
    ("Spain's old [[Mirage F1s]]", "Mirage F1",
     [R("ESP", "ARG", "cancelled", "sale", 16, 2014), R("FRA", "ESP", "delivered")]),
    ("the Israeli [[Kfir]], refurbished", "IAI Kfir", [R("ISR", "ARG", "cancelled")]),
    ("the Korean [[FA-50]], which vanished", "T-50", [R("KOR", "ARG", "cancelled")]),
    ("a dozen [[JF-17 Thunders]] from Pakistan", "JF-17",
     [R("PAK", "ARG", "cancelled", "unspecified", 12), R("CHN", "ARG", "cancelled", "unspecified", 12)]),
    ("because the [[aircraft]] contained British parts", "fighter aircraft", [R("", "ARG", "cancelled")]),
    ("twenty-four [[F-16s]] bought from Denmark", "F-16", [R("DNK", "ARG", "ordered", "sale", 24)]),
    ("Copenhagen is getting [[F-35s]]", "F-35", [R("USA", "DNK", "ordered")]),
    ("not one of the [[jets]] has landed", "F-16", [R("DNK", "ARG", "denied")]),
    ("Now the [[Strykers]].", "Stryker", [R("USA", "ARG", "ordered", "sale")]),
    ("nothing heavier than a [[machine gun]]", "small arms", [R("USA", "ARG", "ordered")]),
    ("27 of these [[vehicles]]", "Stryker", [R("USA", "ARG", "planned", "unspecified", 27, 2020)]),
    ("Chile flies [[F-16s]] it bought", "F-16", [R("NLD", "CHL", "delivered", "sale")]),
    ("British keep [[Typhoons]]", "Eurofighter Typhoon", NONE),
    ("want an [[arms]] race", "arms (unspecified)", NONE),
    ("The Spanish [[Mirage F1]] deal", "Mirage F1", [R("ESP", "ARG", "cancelled", "sale")]),
    ("poor state of the [[airframes]]", "Mirage F1", [R("ESP", "ARG", "cancelled", "sale")]),
    ("The [[Kfir Block 60]] negotiations", "IAI Kfir", [R("ISR", "ARG", "cancelled")]),
    ("The [[FA-50]] from Korea Aerospace", "T-50", [R("KOR", "ARG", "cancelled", "unspecified", None, 2020)]),
    ("offer of the [[Saab Gripen]]", "Gripen", [R("BRA", "ARG", "cancelled")]),
    ("The [[JF-17]] was never formally ordered", "JF-17",
     [R("PAK", "ARG", "denied", "sale"), R("CHN", "ARG", "denied", "sale")]),
    ("On the [[F-16s]], the contract", "F-16", [R("DNK", "ARG", "ordered", "sale")]),
    ("24 ex-Danish [[jets]]", "F-16", [R("DNK", "ARG", "ordered", "sale", 24, 2024)]),
    ("a mix of [[single-seat and two-seat aircraft]]", "F-16", [R("DNK", "ARG", "ordered", "sale", None, 2024)]),
    ("because the [[aircraft]] are American-made", "F-16", [R("DNK", "ARG", "ordered", "sale")]),
    ("The [[aircraft]] have been upgraded", "F-16", [R("DNK", "ARG", "ordered", "sale")]),
    ("than the [[Mirages]] retired in 2015", "Mirage", [R("FRA", "ARG", "delivered")]),
    ("true that the [[jets]] have not yet arrived", "F-16", [R("DNK", "ARG", "ordered", "sale")]),
    ("On the [[Strykers]], the State", "Stryker", [R("USA", "ARG", "ordered", "sale")]),
    ("sale of 27 [[M1126 vehicles]]", "Stryker", [R("USA", "ARG", "planned", "sale", 27, 2020)]),
    ("four [[P-3C Orion maritime patrol aircraft]]", "P-3", [R("NOR", "ARG", "delivered", "sale", 4)]),
    ("acquired supersonic [[fighters]] at all", "fighter aircraft", [R("DNK", "ARG", "ordered", "sale")]),
    ("the only other new [[jets]] in its inventory", "IA-63 Pampa", NONE),
    ("are the [[IA-63 Pampa III trainers]]", "IA-63 Pampa", NONE),
]

# ---------------------------------------------------------------- ho25_06 (2025-07-25)
D06 = [
    ("while the [[Flankers]] keep coming from Irkutsk", "Su-30", [R("RUS", "KAZ", "delivered")]),
    ("assemble the [[Anka medium-altitude drone]] in Kazakhstan", "Anka",
     [R("TUR", "KAZ", "planned", "licensed_production", None, 2022)]),
    ("the first [[Anka]] production line", "Anka", [R("TUR", "KAZ", "planned", "licensed_production")]),
    ("its first [[airframe]] within", "Anka", [R("TUR", "KAZ", "planned", "licensed_production", 1)]),
    ("a small number of [[Anka aircraft]] supplied", "Anka", [R("TUR", "KAZ", "delivered")]),
    ("the licensed [[drones]] would add", "Anka", [R("TUR", "KAZ", "planned", "licensed_production")]),
    ("export the Kazakh-built [[Anka]] to its neighbours", "Anka", [R("TUR", "KAZ", "planned", "licensed_production")]),
    ("display the [[Arlan armoured vehicle]]", "Arlan", [R("ZAF", "KAZ", "delivered", "licensed_production")]),
    ("a model of the [[H145 helicopter]]", "EC145", [R("FRA", "KAZ", "delivered", "licensed_production")]),
    ("its first four [[Su-30SM]] from Irkut", "Su-30", [R("RUS", "KAZ", "delivered", "unspecified", 4, 2015)]),
    ("those [[two-seat jets]] arrived", "Su-30", [R("RUS", "KAZ", "delivered", "unspecified", None, 2025)]),
    ("to replace [[MiG-29s]] at Shymkent", "MiG-29", [R("RUS", "KAZ", "delivered")]),
    ("not considering Western [[fighters]]", "fighter aircraft", [R("", "KAZ", "unknown")]),
    ("the Chinese-made [[Wing Loong drones]] bought", "Wing Loong", [R("CHN", "KAZ", "delivered", "sale")]),
    ("alongside our Turkish [[aircraft]]", "Anka", [R("TUR", "KAZ", "delivered")]),
    ("have taken [[Bayraktar TB2]] and the larger", "Bayraktar TB2",
     [R("TUR", "KGZ", "delivered"), R("TUR", "TKM", "delivered")]),
    ("and the larger [[Akinci]] in recent years", "Akinci",
     [R("TUR", "KGZ", "delivered"), R("TUR", "TKM", "delivered")]),
    ("Bishkek also received the [[Aksungur]] from TAI", "Aksungur", [R("TUR", "KGZ", "delivered")]),
    ("pointing at a [[TB2]] on the stand", "Bayraktar TB2", NONE),
    ("You will find this [[aircraft]]", "Bayraktar TB2", [R("TUR", "", "delivered")]),
    ("Tashkent's [[drone]] fleet", "UAV",
     [R("TUR", "UZB", "delivered"), R("CHN", "UZB", "delivered"), R("RUS", "UZB", "delivered")]),
    ("inspected [[Bayraktar TB2s]]", "Bayraktar TB2", [R("TUR", "UZB", "delivered")]),
    ("a Chinese [[Wing Loong]] and eight", "Wing Loong", [R("CHN", "UZB", "delivered")]),
    ("eight Russian [[Orlan-10s]]", "Orlan-10", [R("RUS", "UZB", "delivered", "unspecified", 8)]),
    ("signed for [[Anka]] and Aksungur drones", "Anka", [R("TUR", "UZB", "ordered", "sale")]),
    ("Anka and [[Aksungur drones]] from TAI", "Aksungur", [R("TUR", "UZB", "ordered", "sale")]),
    ("request for information on 24 [[Rafales]] in 2023", "Rafale", [R("FRA", "UZB", "planned", "unspecified", 24, 2023)]),
    ("agreed to supply [[J-10C jets]]", "J-10", [R("CHN", "UZB", "ordered")]),
    ("could buy the Chinese [[fighter]]", "J-10", [R("CHN", "UZB", "planned", "sale")]),
    ("replace its [[Su-27s]] and MiG-29s", "Su-27", [R("RUS", "UZB", "delivered")]),
    ("its Su-27s and [[MiG-29s]]. Asked", "MiG-29", [R("RUS", "UZB", "delivered")]),
    ("Chinese [[HQ-9B]], FM-90", "HQ-9", [R("CHN", "UZB", "delivered")]),
    ("HQ-9B, [[FM-90]] and KS-1C", "HQ-7", [R("CHN", "UZB", "delivered")]),
    ("FM-90 and [[KS-1C missile systems]]", "KS-1C", [R("CHN", "UZB", "delivered")]),
    ("exhibited [[patrol-boat]] designs", "warship", NONE),
    ("sole source of heavy [[combat aircraft]]", "fighter aircraft", [R("RUS", "KAZ", "delivered")]),
    ("on the [[drone]] side, Ankara", "UAV", [R("TUR", "", "delivered")]),
    ("production of a Turkish [[drone]] outside", "Anka", [R("TUR", "KAZ", "planned", "licensed_production")]),
    # photo captions
    ("tours the [[Anka]] mock-up", "Anka", [R("TUR", "KAZ", "planned", "licensed_production")]),
    ("2. The [[Arlan 4x4 armoured vehicle]]", "Arlan", [R("ZAF", "KAZ", "delivered", "licensed_production")]),
    ("3. A [[Bayraktar TB2]] fitted", "Bayraktar TB2", NONE),
    ("fitted with [[MAM-L munitions]]", "MAM-L", NONE),
    ("a model of the [[Aksungur twin-engine drone]]", "Aksungur", [R("TUR", "UZB", "ordered", "sale")]),
    ("5. The [[KAAN fighter]] prototype", "KAAN", NONE),
    ("Turkiye's own [[jet]]", "KAAN", NONE),
    ("view the [[Siper long-range air-defence missile]]", "Siper", NONE),
]

# ---------------------------------------------------------------- ho25_07 (2023-05-17)
D07 = [
    ("\n[[Arms]], aircraft and the sea", "arms (unspecified)", [R("", "MMR", "unknown")]),
    ("the import of [[weapons]], dual-use goods", "arms (unspecified)",
     [R("RUS", "MMR", "delivered", "sale"), R("CHN", "MMR", "delivered", "sale"),
      R("SGP", "MMR", "delivered", "sale"), R("IND", "MMR", "delivered", "sale"),
      R("THA", "MMR", "delivered", "sale")]),
    ("air and [[artillery]] attacks", "artillery", NONE),
    ("principal supplier of [[combat aircraft]]", "fighter aircraft", [R("RUS", "MMR", "delivered")]),
    ("[[Yak-130 jet trainers]], which the military", "Yak-130", [R("RUS", "MMR", "delivered")]),
    ("[[Mi-35P attack helicopters]] supplied by Russia", "Mi-24", [R("RUS", "MMR", "delivered")]),
    ("the first [[Su-30SM multirole fighters]]", "Su-30", [R("RUS", "MMR", "delivered", "sale", None, 2022)]),
    ("contract for six [[aircraft]] with Rosoboronexport", "Su-30", [R("RUS", "MMR", "ordered", "sale", 6, 2018)]),
    ("The remaining Russian [[fighters]]", "Su-30", [R("RUS", "MMR", "ordered", "sale")]),
    ("supplied [[FTC-2000G light combat aircraft]]", "FTC-2000G", [R("CHN", "MMR", "delivered", "unspecified", None, 2022)]),
    ("spare parts for the [[K-8 trainers]]", "K-8 Karakorum", [R("CHN", "MMR", "delivered")]),
    ("K-8 trainers and [[F-7 fighters]]", "J-7", [R("CHN", "MMR", "delivered")]),
    ("Chinese-made [[CH-3]] and CH-4", "CH-3", [R("CHN", "MMR", "delivered")]),
    ("CH-3 and [[CH-4 armed drones]]", "CH-4", [R("CHN", "MMR", "delivered")]),
    ("export to Myanmar of [[rockets]]", "rocket", [R("SRB", "MMR", "delivered", "sale")]),
    ("rockets and [[artillery ammunition]]", "ammunition", [R("SRB", "MMR", "delivered", "sale")]),
    ("the flow of [[arms]] into Myanmar", "arms (unspecified)", [R("", "MMR", "unknown")]),
    ("supplied [[radar equipment]]", "radar", [R("IND", "MMR", "delivered")]),
    ("and other [[materiel]]", "military equipment", [R("IND", "MMR", "delivered")]),
    ("does not supply lethal [[equipment]]", "military equipment", [R("IND", "MMR", "denied")]),
    ("the transfer of [[weapons]] to the military", "arms (unspecified)", [R("IND", "MMR", "denied")]),
    ("a refurbished [[Kilo-class submarine]]", "Kilo class", [R("IND", "MMR", "delivered", "unspecified", None, 2020)]),
    ("formerly [[INS Sindhuvir]]", "Kilo class", [R("IND", "MMR", "delivered", "unspecified", None, 2020)]),
    ("entered service as [[UMS Minye Theinkhathu]]", "Kilo class", [R("IND", "MMR", "delivered", "unspecified", None, 2020)]),
    ("a [[Type 035 Ming-class submarine]]", "Type 035", [R("CHN", "MMR", "delivered", "unspecified", None, 2021)]),
    ("commissioned as [[UMS Minye Kyaw Htin]]", "Type 035", [R("CHN", "MMR", "delivered", "unspecified", None, 2021)]),
    ("The Chinese [[boat]] was reportedly", "Type 035", [R("CHN", "MMR", "delivered")]),
    ("two [[Ming-class submarines]] from China", "Type 035", [R("CHN", "BGD", "delivered", "sale", 2, 2016)]),
    ("the first [[submarines]] in its history", "Type 035", [R("CHN", "BGD", "delivered", "sale", None, 2016)]),
    ("two [[Type 053H3 frigates]]", "Type 053", [R("CHN", "BGD", "delivered", "unspecified", 2, 2020)]),
    ("sixteen [[Yak-130 trainers]] from Russia", "Yak-130", [R("RUS", "BGD", "delivered", "unspecified", 16, 2015)]),
    ("Russian-built [[Mi-171Sh transport helicopters]]", "Mi-17", [R("RUS", "BGD", "delivered")]),
    ("the Bangladeshi [[submarines]]", "Type 035", [R("CHN", "BGD", "delivered")]),
    ("sought [[boats]] of its own", "submarine", [R("IND", "MMR", "delivered"), R("CHN", "MMR", "delivered")]),
    ("produces [[small arms]], mortars", "small arms", NONE),
    ("small arms, [[mortars]]", "artillery", NONE),
    ("mortars, [[artillery shells]]", "ammunition", NONE),
    ("and other [[munitions]] in its own", "ammunition", NONE),
    ("support for an [[arms]] embargo", "arms (unspecified)", [R("", "MMR", "unknown")]),
    ("diversion of [[arms]], munitions", "arms (unspecified)", [R("", "MMR", "unknown")]),
    ("arms, [[munitions]], aviation fuel", "ammunition", [R("", "MMR", "unknown")]),
    ("(3) The [[drones]] were delivered", "UAV", [R("CHN", "MMR", "delivered")]),
    ("(7) The [[submarines]] were commissioned", "Type 035", [R("CHN", "BGD", "delivered")]),
]

# ---------------------------------------------------------------- ho25_08 (2024-10-15)
D08 = [
    ("largest [[arms]] importers", "arms (unspecified)", [R("", "EGY", "delivered", "sale")]),
    ("export contract for the [[Rafale]], with Cairo", "Rafale", [R("FRA", "EGY", "ordered", "sale", None, 2015)]),
    ("taking 24 of the [[jets]]", "Rafale", [R("FRA", "EGY", "ordered", "sale", 24, 2015)]),
    ("also included a [[FREMM frigate]]", "FREMM", [R("FRA", "EGY", "ordered", "sale", None, 2015)]),
    ("frigate and [[missiles]] from MBDA", "missile", [R("FRA", "EGY", "ordered", "sale", None, 2015)]),
    ("The first three [[fighters]] were handed over", "Rafale", [R("FRA", "EGY", "delivered", "unspecified", 3, 2015)]),
    ("proved the [[Rafale]] could be sold", "Rafale", [R("FRA", "EGY", "ordered", "sale")]),
    ("The [[frigate]] in that first package", "FREMM", [R("FRA", "EGY", "delivered")]),
    ("first package, [[Tahya Misr]], was", "FREMM", [R("FRA", "EGY", "delivered")]),
    ("the former [[Normandie]]", "FREMM", [R("FRA", "EGY", "delivered")]),
    ("the two [[Mistral-class amphibious ships]]", "Mistral class",
     [R("FRA", "EGY", "delivered", "sale", 2, 2016), R("FRA", "RUS", "cancelled", "unspecified", 2)]),
    ("sold the [[vessels]] to Egypt", "Mistral class", [R("FRA", "EGY", "delivered", "sale")]),
    ("The [[ships]], renamed", "Mistral class", [R("FRA", "EGY", "delivered")]),
    ("renamed [[Gamal Abdel Nasser]] and", "Mistral class", [R("FRA", "EGY", "delivered")]),
    ("and [[Anwar El Sadat]], then", "Mistral class", [R("FRA", "EGY", "delivered")]),
    ("then needed [[helicopters]] - and", "helicopter", [R("RUS", "EGY", "ordered", "sale")]),
    ("ordered [[Ka-52 attack helicopters]]", "Ka-52", [R("RUS", "EGY", "ordered", "sale")]),
    ("some of the [[ships]]' sensors", "Mistral class", [R("FRA", "EGY", "delivered")]),
    ("the ships' [[sensors]]", "radar", [R("FRA", "EGY", "delivered")]),
    ("transferred two [[FREMM frigates]]", "FREMM", [R("ITA", "EGY", "delivered", "unspecified", 2, 2020)]),
    ("the [[Spartaco Schergat]] and", "FREMM", [R("ITA", "EGY", "delivered", "unspecified", None, 2020)]),
    ("the [[Emilio Bianchi]], which", "FREMM", [R("ITA", "EGY", "delivered", "unspecified", None, 2020)]),
    ("sailed as [[Al-Galala]] and", "FREMM", [R("ITA", "EGY", "delivered", "unspecified", None, 2020)]),
    ("and [[Bernees]]. A far", "FREMM", [R("ITA", "EGY", "delivered", "unspecified", None, 2020)]),
    ("- more [[frigates]], Eurofighter", "FREMM", [R("ITA", "EGY", "planned")]),
    ("frigates, [[Eurofighter Typhoons]] and", "Eurofighter Typhoon", [R("ITA", "EGY", "planned")]),
    ("and [[M-346 trainers]] from Leonardo", "M-346", [R("ITA", "EGY", "planned")]),
    ("four [[Type 209/1400 submarines]]", "Type 209", [R("DEU", "EGY", "delivered", "unspecified", 4)]),
    ("building [[MEKO A-200 frigates]]", "MEKO", [R("DEU", "EGY", "ordered")]),
    ("supplies [[IRIS-T SLM air defence]]", "IRIS-T SLM", [R("DEU", "EGY", "delivered")]),
    ("some 46 [[MiG-29M fighters]]", "MiG-29", [R("RUS", "EGY", "delivered", "sale", None, 2017)]),
    ("more than 20 [[Su-35 jets]]", "Su-35", [R("RUS", "EGY", "ordered", "sale", None, 2018)]),
    ("[[airframes]] painted in desert camouflage", "Su-35",
     [R("RUS", "EGY", "cancelled", "sale"), R("RUS", "IRN", "unknown")]),
    ("for [[K9 self-propelled howitzers]]", "K9", [R("KOR", "EGY", "ordered", "sale", None, 2022)]),
    ("most of the [[guns]] to be produced", "K9", [R("KOR", "EGY", "ordered", "licensed_production")]),
    ("buy Chinese [[J-10C fighters]]", "J-10", [R("CHN", "EGY", "planned", "sale")]),
    ("a Chinese [[jet]] would bring", "J-10", [R("CHN", "EGY", "planned")]),
    ("more than 200 [[F-16s]] over four decades", "F-16", [R("USA", "EGY", "delivered")]),
    ("new Egyptian [[F-16]] orders", "F-16", [R("USA", "EGY", "unknown", "sale")]),
    ("Bundeswehr contract for [[ammunition]]", "ammunition", NONE),
]

# ---------------------------------------------------------------- ho25_09 (2024-08-02)
D09 = [
    ("buying major [[equipment]] from at least five", "military equipment",
     [R("IND", "PHL", "ordered", "sale"), R("KOR", "PHL", "ordered", "sale"), R("POL", "PHL", "ordered", "sale"),
      R("ISR", "PHL", "ordered", "sale"), R("JPN", "PHL", "ordered", "sale"), R("USA", "PHL", "ordered", "sale")]),
    ("THE FIRST [[BRAHMOS BATTERY]]", "BrahMos", [R("IND", "PHL", "delivered", "unspecified", 1)]),
    ("three [[shore-based anti-ship missile batteries]]", "BrahMos", [R("IND", "PHL", "ordered", "sale", 3, 2022)]),
    ("The first [[battery]] was flown in", "BrahMos", [R("IND", "PHL", "delivered", "unspecified", 1, 2024)]),
    ("Indian Air Force [[C-17s]]", "C-17", NONE),
    ("Two [[batteries]] remain to be delivered", "BrahMos", [R("IND", "PHL", "ordered", "sale", 2)]),
    ("additional [[BrahMos units]]", "BrahMos", [R("IND", "PHL", "planned")]),
    ("briefed the [[Akash surface-to-air missile]]", "Akash", [R("IND", "PHL", "planned")]),
    ("ROK: MORE [[FA-50s]] LIKELY", "T-50", [R("KOR", "PHL", "planned")]),
    ("flies 12 [[FA-50PH light fighters]]", "T-50", [R("KOR", "PHL", "delivered", "sale", 12)]),
    ("the [[jets]] saw combat over Marawi", "T-50", [R("KOR", "PHL", "delivered", "sale", None, 2017)]),
    ("about a dozen [[FA-50 Block 20]]", "T-50", [R("KOR", "PHL", "planned", "sale")]),
    ("near-term [[fighter]] purchase", "fighter aircraft", [R("KOR", "PHL", "planned", "sale")]),
    ("two [[Jose Rizal-class frigates]]", "HDF-2600", [R("KOR", "PHL", "delivered", "unspecified", 2)]),
    ("has two [[corvettes]]", "warship", [R("KOR", "PHL", "ordered", "sale", 2)]),
    ("six [[offshore patrol vessels]]", "warship", [R("KOR", "PHL", "ordered", "sale", 6)]),
    ("the Korean [[jet]] reflects cost", "T-50", [R("KOR", "PHL", "planned")]),
    ("notification for [[F-16 Block 70/72 aircraft]]", "F-16", [R("USA", "PHL", "suspended")]),
    ("the [[F-16]] \"remains aspirational", "F-16", [R("USA", "PHL", "planned")]),
    ("POLAND: [[BLACK HAWKS]] FROM MIELEC", "UH-60", [R("POL", "PHL", "delivered")]),
    ("delivered 16 [[S-70i Black Hawk helicopters]]", "UH-60", [R("POL", "PHL", "delivered", "sale", 16)]),
    ("the follow-on [[airframes]]", "UH-60", [R("POL", "PHL", "delivered")]),
    ("that the [[Black Hawks]] were chosen", "UH-60", [R("POL", "PHL", "delivered")]),
    ("16 [[Bell 412EPI helicopters]] from Canada", "Bell 412", [R("CAN", "PHL", "cancelled", "sale", 16)]),
    ("16 Russian [[Mi-17 transport helicopters]]", "Mi-17", [R("RUS", "PHL", "cancelled", "sale", 16, 2022)]),
    ("ISRAEL: [[AIR DEFENSE]] AND", "air defence system", [R("ISR", "PHL", "delivered")]),
    ("AIR DEFENSE AND [[ARTILLERY]]", "artillery", [R("ISR", "PHL", "delivered")]),
    ("Rafael's [[SPYDER ground-based air defense system]]", "SPYDER", [R("ISR", "PHL", "delivered", "sale")]),
    ("contracted in 2019 for three [[batteries]]", "SPYDER", [R("ISR", "PHL", "ordered", "sale", 3, 2019)]),
    ("two [[batteries]] were handed over", "SPYDER", [R("ISR", "PHL", "delivered", "unspecified", 2, 2022)]),
    ("Elbit's [[ATMOS truck-mounted howitzers]]", "ATMOS", [R("ISR", "PHL", "delivered")]),
    ("and [[Sabrah light tanks]]", "ASCOD", [R("ISR", "PHL", "delivered")]),
    ("Israeli-built [[Shaldag Mk V patrol boats]]", "Shaldag class", [R("ISR", "PHL", "delivered")]),
    ("JAPAN: [[RADARS]] AND", "radar", [R("JPN", "PHL", "delivered")]),
    ("four [[air surveillance radars]]", "radar", [R("JPN", "PHL", "ordered", "sale", 4, 2020)]),
    ("three fixed [[J/FPS-3ME units]]", "J/FPS-3", [R("JPN", "PHL", "ordered", "sale", 3, 2020)]),
    ("one mobile [[J/TPS-P14ME]]", "J/TPS-P14ME", [R("JPN", "PHL", "ordered", "sale", 1, 2020)]),
    ("The first [[fixed radar]] was accepted", "J/FPS-3", [R("JPN", "PHL", "delivered", "unspecified", 1, 2023)]),
    ("the mobile [[unit]] in April 2024", "J/TPS-P14ME", [R("JPN", "PHL", "delivered", "unspecified", None, 2024)]),
    ("complete [[defense equipment]]", "military equipment", [R("JPN", "PHL", "delivered", "sale")]),
    ("provide [[coastal surveillance radars]]", "radar", [R("JPN", "PHL", "ordered", "aid")]),
    ("surplus JMSDF [[destroyer escorts]]", "warship", [R("JPN", "PHL", "planned")]),
    ("three ex-USCG [[Hamilton-class cutters]]", "Hamilton class", [R("USA", "PHL", "delivered", "unspecified", 3)]),
    ("cutters, [[C-130H transports]]", "C-130", [R("USA", "PHL", "delivered")]),
    ("two [[Cyclone-class patrol ships]]", "Cyclone-class", [R("USA", "PHL", "delivered", "unspecified", 2)]),
    ("and [[ScanEagle UAVs]]", "ScanEagle", [R("USA", "PHL", "delivered")]),
    ("smaller lots of [[rifles]] and ammunition", "small arms", [R("USA", "PHL", "delivered")]),
    ("rifles and [[ammunition]]. DND", "ammunition", [R("USA", "PHL", "delivered")]),
    ("what the Japanese [[radars]] provide", "radar", [R("JPN", "PHL", "delivered")]),
    ("fills with Indian [[missiles]]", "missile", [R("IND", "PHL", "delivered")]),
    ("Korean [[jets]] and Israeli", "fighter aircraft", [R("KOR", "PHL", "delivered")]),
    ("and Israeli [[air defenses]]", "air defence system", [R("ISR", "PHL", "delivered")]),
    ("tie these [[systems]] together", "military equipment",
     [R("IND", "PHL", "delivered"), R("KOR", "PHL", "delivered"), R("ISR", "PHL", "delivered")]),
]

# ---------------------------------------------------------------- ho25_10 (2025-05-16)
D10 = [
    ("monitors [[arms]] flows to the South Caucasus", "arms (unspecified)", [R("", "", "unknown")]),
    ("of [[electro-optical sensor modules]]", "radar", [R("GBR", "ISR", "planned", "sale")]),
    ("for integration into [[loitering munitions]]", "missile", NONE),
    ("of those [[munitions]] is likely", "missile", [R("ISR", "AZE", "planned", "sale")]),
    ("pattern of [[arms]] supply to both States", "arms (unspecified)",
     [R("", "AZE", "unknown"), R("", "ARM", "unknown")]),
    ("acquired significant [[equipment]] from Israel", "military equipment", [R("ISR", "AZE", "delivered")]),
    ("supplied [[Harop loitering munitions]] to Baku", "Harop", [R("ISR", "AZE", "delivered")]),
    ("bought the [[Barak-8 air defence system]]", "Barak 8", [R("ISR", "AZE", "delivered", "sale")]),
    ("the [[LORA ballistic missile]], which", "LORA", [R("ISR", "AZE", "delivered", "sale", None, 2020)]),
    ("supplied [[Bayraktar TB2 drones]] to Azerbaijan", "Bayraktar TB2", [R("TUR", "AZE", "delivered", "unspecified", None, 2020)]),
    ("the Turkish [[drones]] were used", "Bayraktar TB2", [R("TUR", "AZE", "delivered")]),
    ("sell [[JF-17 Block III fighters]]", "JF-17", [R("PAK", "AZE", "ordered", "sale", None, 2024)]),
    ("supplier: [[T-90S tanks]]", "T-90", [R("RUS", "AZE", "delivered")]),
    ("[[Smerch rocket launchers]] and", "BM-30", [R("RUS", "AZE", "delivered")]),
    ("and [[S-300 air defence systems]] were", "S-300", [R("RUS", "AZE", "delivered")]),
    ("of its heavy [[equipment]] came from Russia", "military equipment", [R("RUS", "ARM", "delivered")]),
    ("supplied [[Iskander-E short-range ballistic missile systems]]", "Iskander", [R("RUS", "ARM", "delivered")]),
    ("four [[Su-30SM fighters]] delivered", "Su-30", [R("RUS", "ARM", "delivered", "unspecified", 4, 2019)]),
    ("further [[aircraft]] of that type", "Su-30", [R("RUS", "ARM", "denied")]),
    ("the Russian [[jets]] were not used", "Su-30", [R("RUS", "ARM", "delivered")]),
    ("that [[weapons]] already paid for", "arms (unspecified)", [R("RUS", "ARM", "suspended", "sale", None, 2022)]),
    ("four [[Swathi weapon-locating radars]]", "Swathi WLR", [R("IND", "ARM", "delivered", "unspecified", 4, 2020)]),
    ("bought [[Pinaka multiple rocket launchers]]", "Pinaka", [R("IND", "ARM", "delivered", "sale", None, 2022)]),
    ("customer for that [[system]]", "Pinaka", [R("IND", "ARM", "delivered", "sale", None, 2022)]),
    ("together with [[anti-tank rockets]]", "rocket", [R("IND", "ARM", "delivered", "sale", None, 2022)]),
    ("anti-tank rockets and [[ammunition]]. The first", "ammunition", [R("IND", "ARM", "delivered", "sale", None, 2022)]),
    ("The first six [[ATAGS 155 mm towed howitzers]]", "ATAGS", [R("IND", "ARM", "delivered", "unspecified", 6, 2023)]),
    ("three [[GM200 radars]] made by Thales", "Ground Master", [R("FRA", "ARM", "ordered", "unspecified", 3, 2023)]),
    ("delivered [[Bastion armoured personnel carriers]]", "ACMAT Bastion", [R("FRA", "ARM", "delivered")]),
    ("for [[CAESAR self-propelled howitzers]]", "CAESAR", [R("FRA", "ARM", "ordered", "sale", None, 2024)]),
    ("reported to be 36 [[guns]]", "CAESAR", [R("FRA", "ARM", "ordered", "sale", 36, 2024)]),
    ("complete [[weapons systems]] from the United Kingdom", "arms (unspecified)",
     [R("GBR", "ARM", "planned", "sale"), R("GBR", "AZE", "planned", "sale")]),
    ("an Azerbaijani [[loitering munition]]", "missile", [R("ISR", "AZE", "planned")]),
    ("reports that [[Harop munitions]] struck", "Harop", [R("ISR", "AZE", "delivered", "unspecified", None, 2020)]),
]

DOCS_ANN = {
    "ho25_01": D01, "ho25_02": D02, "ho25_03": D03, "ho25_04": D04, "ho25_05": D05,
    "ho25_06": D06, "ho25_07": D07, "ho25_08": D08, "ho25_09": D09, "ho25_10": D10,
}


def main():
    actors = {r["actor_id"] for r in csv.DictReader(open(os.path.join(REF, "actors.csv"), encoding="utf-8"))}
    systems = {r["system"] for r in csv.DictReader(open(os.path.join(REF, "systems.csv"), encoding="utf-8"))}
    pub = {r["doc_id"]: int(r["published"][:4])
           for r in csv.DictReader(open(os.path.join(DOCS, "sources-a.csv"), encoding="utf-8"))}
    assert not (UNCATALOGUED & systems), UNCATALOGUED & systems

    rows = []
    for doc_id, anns in DOCS_ANN.items():
        text = open(os.path.join(DOCS, doc_id + ".txt"), encoding="utf-8").read()
        spans = []
        for anchor, system, rels in anns:
            assert anchor.count("[[") == 1 and anchor.count("]]") == 1, anchor
            pre, rest = anchor.split("[[")
            span, post = rest.split("]]")
            plain = pre + span + post
            n = text.count(plain)
            assert n == 1, f"{doc_id}: anchor found {n} times: {plain!r}"
            start = text.index(plain) + len(pre)
            end = start + len(span)
            assert text[start:end] == span
            assert span.strip() == span and span, (doc_id, span)
            assert system in systems or system in UNCATALOGUED, (doc_id, system)
            spans.append((start, end, span))
            if not rels:
                rels = [("", "", "none", "", None, None)]
            for sup, rec, status, ttype, q, y in rels:
                assert status in STATUSES, status
                if status == "none":
                    assert not sup and not rec and ttype == "" and q is None and y is None, (doc_id, span)
                else:
                    assert ttype in TTYPES, ttype
                for code in (sup, rec):
                    assert code == "" or code in actors, (doc_id, span, code)
                assert not (sup and sup == rec), (doc_id, span)
                assert q is None or (isinstance(q, int) and q >= 1), (doc_id, span, q)
                assert y is None or (isinstance(y, int) and 1945 <= y <= 2100 and y <= pub[doc_id]), (doc_id, span, y)
                rows.append((doc_id, start, end, span, system, sup, rec, status, ttype,
                             "" if q is None else q, "" if y is None else y))
        spans.sort()
        for (a1, b1, s1), (a2, b2, s2) in zip(spans, spans[1:]):
            assert b1 <= a2, f"{doc_id}: overlapping spans {s1!r} {s2!r}"

    keys = [r[:9] + r[9:] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    # one mention has one system
    sysmap = {}
    for r in rows:
        k = (r[0], r[1], r[2])
        assert sysmap.setdefault(k, r[4]) == r[4], k
    # no two rows of one mention with the same (supplier, recipient)
    pairs = [(r[0], r[1], r[2], r[5], r[6]) for r in rows]
    assert len(pairs) == len(set(pairs)), "two rows of one mention share a relation"

    rows.sort(key=lambda r: (r[0], r[1], r[5], r[6]))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["doc_id", "span_start", "span_end", "span_text", "system", "supplier", "recipient",
                    "status", "transfer_type", "quantity", "event_year"])
        w.writerows(rows)

    mentions = {(r[0], r[1], r[2]) for r in rows}
    with_party = sum(1 for r in rows if r[5] or r[6])
    none_rows = sum(1 for r in rows if r[7] == "none")
    print(f"rows={len(rows)} mentions={len(mentions)} rows_with_party={with_party} rows_status_none={none_rows}")
    per_doc = {}
    for r in rows:
        per_doc.setdefault(r[0], [0, set()])
        per_doc[r[0]][0] += 1
        per_doc[r[0]][1].add((r[1], r[2]))
    for d, (n, m) in sorted(per_doc.items()):
        print(f"  {d}: rows={n} mentions={len(m)}")


if __name__ == "__main__":
    main()
