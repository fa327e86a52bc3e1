"""The learned status stage (build/status.py) and its weights table."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from armsdata.build import status
from armsdata.build.errors import ArmsdataError
from armsdata.build.extract import extract_text

HERE = Path(__file__).resolve().parent


def _record(**given) -> dict:
    """A record of an event elsewhere ("The ships reached the port.", parties from the
    document's order), changed by `given`."""
    record = {"span_text": "ships", "status": "ordered", "status_cue": "signed for", "supplier": "CHN",
              "supplier_basis": "event", "recipient": "DZA", "recipient_basis": "event", "transfer_type": "sale",
              "quantity": None, "event_year": None, "sentence_start": 0, "sentence_end": 23,
              "evidence_start": 40, "evidence_end": 80}
    return {**record, **given}


SENTENCE = "The ships reached port."


def test_a_record_of_an_event_elsewhere_takes_the_status_its_sentence_reports(monkeypatch):
    """Set 52's briefs on Burkina Faso: the rules give the VN22s unloaded at Tema the stage of
    the event they joined (unknown: a page of briefs); the model reads "were unloaded" in
    their own sentence: delivered, with no status_cue (no words set it alone)."""
    text = (HERE / "holdout52" / "docs" / "ho52_07.txt").read_text(encoding="utf-8")
    seen = {}
    original = status.settle

    def spy(records, text, year, table=None):
        seen.update({(r["span_start"], r["span_text"]): (r["status"], status.reviewed(r, text)) for r in records})
        return original(records, text, year, table)

    monkeypatch.setattr(status, "settle", spy)
    records = extract_text(text, dt.date(2024, 12, 22))
    vn22 = [r for r in records if r["span_text"] == "VN22"][0]
    assert seen[vn22["span_start"], "VN22"] == ("unknown", True)
    assert (vn22["supplier"], vn22["recipient"], vn22["status"], vn22["status_cue"]) == ("CHN", "BFA", "delivered", None)


@pytest.mark.parametrize("given, expected", [
    ({}, True),  # parties of an event elsewhere, its cue not in its sentence
    ({"status_cue": None}, True),
    ({"supplier_basis": "text", "recipient_basis": "text"}, False),  # parties read in place
    ({"supplier_basis": "origin", "recipient_basis": "model"}, True),
    ({"status_cue": "reached"}, False),  # its own sentence's words set the status
    ({"status_cue": "REACHED"}, False),
    ({"status": "none", "supplier": None, "recipient": None, "supplier_basis": None, "recipient_basis": None,
      "transfer_type": None}, False),
])
def test_only_a_status_no_words_of_its_own_sentence_set_is_reviewed(given, expected):
    assert status.reviewed(_record(**given), SENTENCE) is expected


def test_the_status_changes_only_where_its_model_gives_more_than_even_odds():
    names = status.features(_record(), SENTENCE, 2024)
    assert names[:2] == ["bias", "rules=ordered"]
    assert {"sentence:delivery", "rules=ordered&sentence:delivery", "cue:order", "cue=signed for",
            "evidence_elsewhere"} <= set(names)
    table = {s: {} for s in status.STATUSES}
    table["delivered"] = {"sentence:delivery": 2.0, "bias": -1.5}  # +0.5: more likely than not
    assert status.settle([_record()], SENTENCE, 2024, table)[0]["status"] == "delivered"
    assert status.settle([_record()], SENTENCE, 2024, table)[0]["status_cue"] is None
    table["delivered"]["bias"] = -2.5  # -0.5: the best score, but less likely than not
    assert status.settle([_record()], SENTENCE, 2024, table)[0]["status"] == "ordered"
    kept = status.settle([_record(status_cue="reached")], SENTENCE, 2024, {**table, "delivered": {"bias": 9.0}})
    assert (kept[0]["status"], kept[0]["status_cue"]) == ("ordered", "reached")


def test_the_weights_table_has_a_bias_per_status_and_a_note_per_feature():
    with open(status.WEIGHTS_CSV, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["status", "feature", "weight", "note"]
    assert {row["status"] for row in rows} == set(status.STATUSES)
    for name in status.STATUSES:
        assert [row["feature"] for row in rows if row["status"] == name][0] == "bias"
    assert len({(row["status"], row["feature"]) for row in rows}) == len(rows)
    for row in rows:
        float(row["weight"])
        assert row["note"], row["feature"]


def test_the_weights_table_is_what_the_trainer_writes_from_the_development_gold(capsys):
    """Change a rule and the development sets' reviewed records change: write the table again
    (python tests/status_model.py --write) in the same commit."""
    spec = importlib.util.spec_from_file_location("status_model", HERE / "status_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("row, message", [
    ("future,\\bwill\\b,x\nfuture,\\bshall\\b,y", "line 3: family 'future' is named twice"),
    ("future,(will,x", "line 2: words of 'future' are no pattern (missing ), unterminated subpattern at position 0)"),
])
def test_a_word_family_table_that_cannot_be_read_is_refused_naming_its_line(tmp_path, row, message):
    path = tmp_path / "status_words.csv"
    path.write_text("family,words,note\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ArmsdataError) as caught:
        status.word_families(path)
    assert str(caught.value) == f"{path}: {message}"


def test_every_word_family_of_the_table_is_a_feature_the_weights_know():
    table = status.weights()
    known = {name for weights in table.values() for name in weights}
    assert {f"sentence:{family}" for family in status.word_families()} <= known
