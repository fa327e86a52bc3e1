"""The frame lexicon (build/reference/frames.csv): a reviewed table, checked when loaded."""

from __future__ import annotations

import csv

import pytest

from armsdata.build import lexicon
from armsdata.build.lexicon import AGENT_SIDES, FORMS, FRAMES_CSV, load_frames
from armsdata.build.reference import actor_aliases, load_reference


def test_every_row_has_a_known_form_agent_and_status():
    rows = list(csv.DictReader(FRAMES_CSV.open(encoding="utf-8")))
    assert rows and len(load_frames()) == len(rows)
    statuses = {"delivered", "ordered", "planned", "suspended", "cancelled", "denied", "unknown", "none"}
    for row in rows:
        assert row["form"] in FORMS and row["agent"] in AGENT_SIDES and row["status"] in statuses, row
        assert row["transfer_type"] in ("", "sale", "licensed_production", "technology_transfer", "aid"), row


def test_no_row_is_listed_twice():
    rows = [(r["frame"], r["form"], r["words"]) for r in csv.DictReader(FRAMES_CSV.open(encoding="utf-8"))]
    assert len(rows) == len(set(rows))


@pytest.mark.parametrize("row, message", [
    ("Supply,verb,\\bsold\\b,Seller,delivered,,", "unknown form 'verb' or agent 'Seller'"),
    ("Supply,adverb,\\bsold\\b,Supplier,delivered,,", "unknown form 'adverb' or agent 'Supplier'"),
    ("Supply,verb,\\b(?:sold\\b,Supplier,delivered,,", "words is not a valid pattern: missing ), unterminated subpattern"),
])
def test_a_bad_row_is_refused_with_its_line(tmp_path, row, message):
    assert_refused(tmp_path / "frames.csv", "frame,form,words,agent,status,transfer_type,note", row, load_frames,
                   message)


def assert_refused(path, header: str, row: str, load, message: str) -> None:
    """A reviewed table of `header` and one `row`, written at `path`, is refused by `load`
    with ValueError "PATH:2: MESSAGE...", the row's line."""
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load(path)
    assert str(error.value).startswith(f"{path}:2: {message}")


def test_word_list_patterns_are_scanned_like_regular_expressions():
    text = ("russia sold jets; it calls off deals and has 40 tanks, hands over more, handed over two. the first "
            "k2 tanks rolled off the production line; hal has built 220 jets under licence and is building up its "
            "fleet of drones. diehl, which makes the iris-t, owns about 12 and had no more.")
    scanner = lexicon.VerbScanner.build(lexicon.VERB_CUE_RES)
    expected = sorted((m.start(), m.end(), order) for order, (pattern, _) in enumerate(lexicon.VERB_CUE_RES)
                      for m in pattern.finditer(text))
    assert sorted((start, end, order) for start, end, order, _ in scanner.scan(text)) == expected


def test_origin_words_name_known_actors_and_no_actor_alias():
    """build/reference/origin_words.csv: each word gives an actor of actors.csv, and is no
    alias of any actor (it is read only as a weapon's origin)."""
    reference = load_reference()
    known = set(reference.actors["actor_id"])
    aliases = {alias.lower() for alias, _, _ in actor_aliases(reference.actors)}
    assert lexicon.ORIGIN_WORDS and set(lexicon.ORIGIN_WORDS.values()) <= known
    assert not set(lexicon.ORIGIN_WORDS) & aliases


def test_an_origin_word_row_without_actor_is_refused_with_its_line(tmp_path):
    path = tmp_path / "origin_words.csv"
    path.write_text("word,actor_id,note\nKorean,,why\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        lexicon.load_origin_words(path)
    assert str(error.value) == f"{path}:2: word and actor_id are required"


def test_table_columns_give_known_roles_statuses_and_actors():
    """build/reference/table_columns.csv: every header row a role, every cell row a status,
    every code an actor of actors.csv; each role a party cell needs is there."""
    from armsdata.build import tables
    known = set(load_reference().actors["actor_id"])
    assert {role for _, role in tables.HEADERS} == set(tables.ROLES)
    assert {status for _, status in tables.CELLS} == set(tables.STATUSES)
    assert tables.CODES and set(tables.CODES.values()) <= known


@pytest.mark.parametrize("row, message", [
    ("header,\\bseller\\b,vendor,why", "unknown kind 'header' or value 'vendor'"),
    ("cell,\\bgone\\b,lost,why", "unknown kind 'cell' or value 'lost'"),
    ("column,\\bseller\\b,supplier,why", "unknown kind 'column' or value 'supplier'"),
    ("cell,\\b(?:sold\\b,delivered,why", "words is not a valid pattern: missing ), unterminated subpattern"),
    ("code,ROK,,why", "a code row needs words (the code) and value (its actor_id)"),
])
def test_a_bad_table_columns_row_is_refused_with_its_line(tmp_path, row, message):
    from armsdata.build import tables
    assert_refused(tmp_path / "table_columns.csv", "kind,words,value,note", row, tables.load_columns, message)
