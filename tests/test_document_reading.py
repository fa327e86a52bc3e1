"""Exact records for constructions of the whole-article reader (build/events.py and the
frame lexicon, build/reference/frames.csv): each case is a sentence of our own written for a
construction, never a seed sentence. Fields: span_text, system, supplier, recipient, status,
transfer_type, quantity, event_year."""

from __future__ import annotations

import pytest

from armsdata.build.extract import extract_text

FIELDS = ("span_text", "system", "supplier", "recipient", "status", "transfer_type", "quantity", "event_year")

CASES = [
    ('The first four Gripen fighters ordered by Thailand from Sweden arrived at Surat Thani.',
     [('Gripen fighters', 'Gripen', 'SWE', 'THA', 'delivered', 'sale', 4, None)]),
    ('Nine Caesar howitzers reach Armenia\n\nThe French-made guns were unloaded in Yerevan on Monday.',
     [('Caesar howitzers', 'CAESAR', 'FRA', 'ARM', 'delivered', 'unspecified', 9, None),
      ('guns', 'CAESAR', 'FRA', 'ARM', 'delivered', 'unspecified', None, None)]),
    ('Lithuania said it will donate two Black Hawk helicopters to Ukraine.',
     [('Black Hawk helicopters', 'UH-60', 'LTU', 'UKR', 'planned', 'aid', 2, None)]),
    ('Romania signed a contract with Hanwha Aerospace for 54 K9 howitzers.',
     [('K9 howitzers', 'K9', 'KOR', 'ROU', 'ordered', 'sale', 54, None)]),
    ('Serbia has started receiving Chinese-made FK-3 air defence systems.',
     [('FK-3 air defence systems', 'HQ-22', 'CHN', 'SRB', 'delivered', 'unspecified', None, None)]),
    ('Brazil chose the Gripen in 2013. The first of the 36 aircraft was handed over in 2020.',
     [('Gripen', 'Gripen', 'SWE', 'BRA', 'planned', 'unspecified', None, 2013),
      ('aircraft', 'Gripen', 'SWE', 'BRA', 'delivered', 'unspecified', 1, 2020)]),
    ('Hanwha delivered the first 12 of 48 K9 howitzers to Norway.',
     [('K9 howitzers', 'K9', 'KOR', 'NOR', 'delivered', 'unspecified', 12, None)]),
    ('The United States announced a $300 million military aid package for Ukraine. The package includes Stinger missiles, Javelin anti-tank systems and 20 armoured vehicles.',
     [('Stinger missiles', 'FIM-92 Stinger', 'USA', 'UKR', 'ordered', 'aid', None, None),
      ('Javelin anti-tank systems', 'FGM-148 Javelin', 'USA', 'UKR', 'ordered', 'aid', None, None),
      ('armoured vehicles', 'armoured vehicle', 'USA', 'UKR', 'ordered', 'aid', 20, None)]),
    ('Canberra scrapped its contract for French submarines.',
     [('submarines', 'submarine', 'FRA', 'AUS', 'cancelled', 'sale', None, None)]),
    ('Minsk denied reports that it had sent tanks to Russia.',
     [('tanks', 'tank', 'BLR', 'RUS', 'denied', 'unspecified', None, None)]),
    ('The navy seized a boat carrying Iranian rifles bound for the Houthis.',
     [('rifles', 'small arms', 'IRN', 'NSA_HOUTHIS', 'cancelled', 'unspecified', None, None)]),
    ('The State Department approved a possible sale of 12 MH-60R helicopters to Norway.',
     [('MH-60R helicopters', 'SH-60 Seahawk', 'USA', 'NOR', 'planned', 'sale', 12, None)]),
    ('HAL has built 220 of the Su-30MKI jets under licence from Russia.',
     [('Su-30MKI jets', 'Su-30', 'RUS', 'IND', 'delivered', 'licensed_production', 220, None)]),
    ('Jakarta ordered 42 Rafales. It had earlier dropped Su-35 plans. It has bought six of the jets built by Dassault.',
     [('Rafales', 'Rafale', 'FRA', 'IDN', 'ordered', 'sale', 42, None),
      ('Su-35', 'Su-35', None, None, 'none', None, None, None),
      ('jets', 'Rafale', 'FRA', 'IDN', 'delivered', 'sale', 6, None)]),
    ('Ukraine received more than 30 drones and at least 25 tanks from Poland.',
     [('drones', 'UAV', 'POL', 'UKR', 'delivered', 'unspecified', None, None),
      ('tanks', 'tank', 'POL', 'UKR', 'delivered', 'unspecified', None, None)]),
    ('The two frigates bought by Greece from France arrived at Salamis.',
     [('frigates', 'warship', 'FRA', 'GRC', 'delivered', 'sale', 2, None)]),
    ('K2 tanks reach Poland\n\nThe Korean-made tanks were unloaded at Gdynia.',
     [('K2 tanks', 'K2 Black Panther', 'KOR', 'POL', 'delivered', 'unspecified', None, None),
      ('tanks', 'K2 Black Panther', 'KOR', 'POL', 'delivered', 'unspecified', None, None)]),
    ('Denmark will gift 19 F-16 fighters to Ukraine.',
     [('F-16 fighters', 'F-16', 'DNK', 'UKR', 'planned', 'aid', 19, None)]),
    ('Poland signed a contract with Hyundai Rotem for 180 K2 tanks.',
     [('K2 tanks', 'K2 Black Panther', 'KOR', 'POL', 'ordered', 'sale', 180, None)]),
    ('Nexter has delivered the first 6 of 18 Caesar howitzers to Belgium.',
     [('Caesar howitzers', 'CAESAR', 'FRA', 'BEL', 'delivered', 'unspecified', 6, None)]),
    ('Germany unveiled a new military aid package for Ukraine on Friday. It includes four IRIS-T launchers, 30 armoured vehicles and ammunition.',
     [('IRIS-T launchers', 'IRIS-T', 'DEU', 'UKR', 'ordered', 'aid', 4, None),
      ('armoured vehicles', 'armoured vehicle', 'DEU', 'UKR', 'ordered', 'aid', 30, None),
      ('ammunition', 'ammunition', 'DEU', 'UKR', 'ordered', 'aid', None, None)]),
    ('Ottawa cancelled its order for Russian helicopters.',
     [('helicopters', 'helicopter', 'RUS', 'CAN', 'cancelled', 'sale', None, None)]),
    ('Tehran denied reports that it had shipped drones to Russia.',
     [('drones', 'UAV', 'IRN', 'RUS', 'denied', 'unspecified', None, None)]),
    ('Customs officers intercepted a truck carrying Russian rifles bound for Hezbollah.',
     [('rifles', 'small arms', 'RUS', 'NSA_HEZBOLLAH', 'cancelled', 'unspecified', None, None)]),
    ('The State Department approved a possible sale of 36 F-16 jets to Turkey.',
     [('F-16 jets', 'F-16', 'USA', 'TUR', 'planned', 'sale', 36, None)]),
    ('Turkey has built 30 of the K9 howitzers under licence from South Korea.',
     [('K9 howitzers', 'K9', 'KOR', 'TUR', 'delivered', 'licensed_production', 30, None)]),
    ('Athens bought 24 Rafales. It had earlier considered F-35s. It received six of the jets built by Dassault.',
     [('Rafales', 'Rafale', 'FRA', 'GRC', 'delivered', 'sale', 24, None),
      ('F-35s', 'F-35', 'USA', 'GRC', 'planned', 'unspecified', None, None),  # codebook: "weighing" is planned
      ('jets', 'Rafale', 'FRA', 'GRC', 'delivered', 'unspecified', 6, None)]),
    ('Morocco bought about 40 drones, nearly 80 tanks and up to 12 helicopters from Israel.',
     [('drones', 'UAV', 'ISR', 'MAR', 'delivered', 'sale', None, None),
      ('tanks', 'tank', 'ISR', 'MAR', 'delivered', 'sale', None, None),
      ('helicopters', 'helicopter', 'ISR', 'MAR', 'delivered', 'sale', None, None)]),
    ('Spain will not deliver the first of two warships to Saudi Arabia.',
     [('warships', 'warship', 'ESP', 'SAU', 'suspended', 'unspecified', 1, None)]),
    ('Italy is preparing the first shipment of tanks to Egypt.',
     [('tanks', 'tank', 'ITA', 'EGY', 'ordered', 'unspecified', None, None)]),
        ('The navy bought anti-ship missiles from Norway.',
         [('anti-ship missiles', 'missile', 'NOR', None, 'delivered', 'sale', None, None)]),
        ('Ghana was sold 12 patrol boats by China.',
         [('patrol boats', 'warship', 'CHN', 'GHA', 'delivered', 'sale', 12, None)]),
        ('Berlin has withheld 20 Leopard 2 tanks from Qatar.',
         [('Leopard 2 tanks', 'Leopard 2', 'DEU', 'QAT', 'suspended', 'unspecified', 20, None)]),
        ('Chile asked Spain to sell it four frigates.',
         [('frigates', 'warship', 'ESP', 'CHL', 'planned', 'sale', 4, None)]),
        ('A request for 20 howitzers was submitted by Peru to South Korea.',
         [('howitzers', 'artillery', 'KOR', 'PER', 'planned', 'unspecified', 20, None)]),
        ('Talks between Vietnam and India could lead to purchases of BrahMos missiles.',
         [('BrahMos missiles', 'BrahMos', 'IND', 'VNM', 'planned', 'sale', None, None)]),
        ('Police in Greece confiscated 40 rifles that Serbia was shipping to Libya.',
         [('rifles', 'small arms', 'SRB', 'LBY', 'cancelled', 'unspecified', 40, None)]),
        ("Egypt's navy commissions second Italian FREMM frigate",
         [('FREMM frigate', 'FREMM', 'ITA', 'EGY', 'delivered', 'unspecified', None, None)]),
        ('Pakistan gave Sri Lanka 10 JF-17 fighters free of charge.',
         [('JF-17 fighters', 'JF-17', 'PAK', 'LKA', 'delivered', 'aid', 10, None)]),
        ('Kenya is seeking armoured vehicles from Turkey.',
         [('armoured vehicles', 'armoured vehicle', 'TUR', 'KEN', 'planned', 'unspecified', None, None)]),
        ('Oman is negotiating with Saab for six Gripen jets.',
         [('Gripen jets', 'Gripen', 'SWE', 'OMN', 'planned', 'unspecified', 6, None)]),
        ("Mexico's first Black Hawk helicopters arrived from the United States on Monday.",
         [('Black Hawk helicopters', 'UH-60', 'USA', 'MEX', 'delivered', 'unspecified', None, None)]),
        ('Poland sends tanks to Ukraine\n\nThe shipment also included ammunition, officials said.',
         [('tanks', 'tank', 'POL', 'UKR', 'delivered', 'unspecified', None, None),
          ('ammunition', 'ammunition', 'POL', 'UKR', 'delivered', 'unspecified', None, None)]),
        ('Italy will supply trainer jets to Qatar. Rome also offered Doha M-346 aircraft.',
         [('trainer jets', 'fighter aircraft', 'ITA', 'QAT', 'planned', 'unspecified', None, None),
          ('M-346 aircraft', 'M-346', 'ITA', 'QAT', 'planned', 'unspecified', None, None)]),
        ('A shipment of Pantsir systems from Russia reached Serbia last week.',
         [('Pantsir systems', 'Pantsir', 'RUS', 'SRB', 'delivered', 'unspecified', None, None)]),
        ('Britain has never supplied Storm Shadow missiles to Israel, a spokesman said.',
         [('Storm Shadow missiles', 'Storm Shadow', 'GBR', 'ISR', 'denied', 'unspecified', None, None)]),
        ('Reports that Turkey had delivered drones to Ethiopia were denied by Ankara.',
         [('drones', 'UAV', 'TUR', 'ETH', 'denied', 'unspecified', None, None)]),
        ('The sale of 20 Su-35 jets to Egypt was called off.',
         [('Su-35 jets', 'Su-35', 'RUS', 'EGY', 'cancelled', 'sale', 20, None)]),
        ('Argentina plans to buy 24 used F-16s. The jets built by Lockheed Martin will arrive next year.',
         [('F-16s', 'F-16', 'USA', 'ARG', 'planned', 'sale', 24, None),
          ('jets', 'F-16', 'USA', 'ARG', 'planned', 'unspecified', None, None)]),
    ('US unveils arms package for Ukraine with more Stingers and Javelins',
     [('arms', 'arms (unspecified)', 'USA', 'UKR', 'ordered', 'unspecified', None, None),
      ('Stingers', 'FIM-92 Stinger', 'USA', 'UKR', 'ordered', 'unspecified', None, None),
      ('Javelins', 'FGM-148 Javelin', 'USA', 'UKR', 'ordered', 'unspecified', None, None)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[text[:48] for text, _ in CASES])
def test_construction_gives_exact_records(text, expected):
    assert [tuple(r[f] for f in FIELDS) for r in extract_text(text)] == expected


def test_headline_parties_carry_their_sentence_as_evidence():
    text = "Nine Caesar howitzers reach Armenia\n\nThe guns were unloaded on Monday."
    first, second = extract_text(text)
    assert (second["supplier"], second["recipient"]) == ("FRA", "ARM")
    assert (second["supplier_basis"], second["recipient_basis"]) == ("antecedent", "antecedent")
    package = ("The United States announced a $300 million military aid package for Ukraine. "
               "The package includes Stinger missiles.")
    (record,) = extract_text(package)
    assert (record["supplier_basis"], record["recipient_basis"]) == ("event", "event")
    assert package[record["evidence_start"]:record["evidence_end"]] == \
        "The United States announced a $300 million military aid package for Ukraine."


def test_onlooker_is_no_party_of_a_transfer_noun():
    text = "Jerusalem views the delivery of the S-300 batteries with concern."
    assert [(r["supplier"], r["recipient"]) for r in extract_text(text)] == [(None, None)]


def test_own_forces_and_own_make_are_no_transfer():
    for text in ("The Swedish Air Force itself flies about 90 Gripens.",
                 "Taiwan is mass-producing its own Hsiung Feng anti-ship missiles.",
                 "The German army retired its last Leopard 1 tanks last September."):
        assert {r["status"] for r in extract_text(text)} == {"none"}, text


def test_page_furniture_is_not_read():
    text = "Poland buys tanks\n\nRead also: Hungary's Leopard 2 tanks arrive from Germany\n"
    assert [r["span_text"] for r in extract_text(text)] == ["tanks"]
