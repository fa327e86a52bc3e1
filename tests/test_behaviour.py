"""The behavioural suite (tests/behaviour/): the extractor's pass rate stays above the
recorded floor, and the generator makes the cases the templates describe."""

from __future__ import annotations

import json

import pytest

from tests.behaviour import suite


@pytest.fixture(scope="module")
def templates():
    return suite.load_templates()


@pytest.fixture(scope="module")
def reference():
    return suite.Reference.load()


@pytest.fixture(scope="module")
def results(templates):
    return suite.run(templates=templates)


def test_extractor_meets_the_behavioural_floor(results, templates):
    summary = suite.summarise(results, templates)
    floor = suite.read_floor()
    frames = ", ".join(f"{k} {v['pass']:.3f}" for k, v in summary["frames"].items())
    assert summary["overall"]["pass"] >= floor, f"pass rate below {floor}; per frame: {frames}"


def test_every_construction_gets_its_cases(results, templates):
    per = {t.id: 0 for t in templates}
    for r in results:
        per[r.case.construction] += 1
    assert len(templates) >= 60
    assert len(results) >= 2000
    assert {k: n for k, n in per.items() if n != suite.PER_CONSTRUCTION} == {}


def test_generation_is_deterministic_and_seeded(templates, reference):
    some = templates[::10]
    first = suite.generate(some, reference, 4, seed=1)
    assert first == suite.generate(some, reference, 4, seed=1)
    assert first != suite.generate(some, reference, 4, seed=2)


def test_cases_are_what_their_templates_say(results, templates, reference):
    by_id = {t.id: t for t in templates}
    used = set(reference.states) | set(reference.non_state)
    for r in results:
        c, t = r.case, by_id[r.case.construction]
        a, b = c.span
        assert 0 <= a < b <= len(c.text)
        assert "{" not in c.text and "}" not in c.text
        for sup, rec in c.relations:
            assert sup != rec or sup == ""
            assert {sup, rec} - {""} <= used
        if t.supplier == ("SUP",) and c.target_origin:
            # a catalogued target is always of the supplier's make
            assert {sup for sup, _ in c.relations} == {c.target_origin}
    assert not suite.AMBIGUOUS_STATES & used


def _record(a, b, sup, rec, status, transfer_type="sale", quantity=None):
    return {"span_start": a, "span_end": b, "supplier": sup, "recipient": rec,
            "status": status, "transfer_type": transfer_type, "quantity": quantity}


def test_score_wants_exactly_the_expected_relations():
    case = suite.Case("X", "Russia sold 12 T-90 tanks to India.", (15, 26),
                      frozenset({("RUS", "IND")}), "delivered", frozenset({"sale"}), 12)
    right = _record(15, 26, "RUS", "IND", "delivered", quantity=12)
    assert suite.score(case, [right]) == dict.fromkeys(suite.SCORES, True)
    # a record elsewhere does not count; an overlapping one does
    assert suite.score(case, [_record(0, 6, "RUS", "IND", "delivered")])["found"] is False
    assert suite.score(case, [_record(20, 30, "RUS", "IND", "delivered", quantity=12)])["pass"]
    # a second, wrong relation on the span fails the case but not the status
    extra = suite.score(case, [right, _record(15, 26, "RUS", None, "delivered", quantity=12)])
    assert (extra["pass"], extra["recipient"], extra["status"]) == (False, False, True)
    wrong = suite.score(case, [_record(15, 26, "RUS", "IND", "ordered", "aid", 3)])
    assert wrong == {"found": True, "supplier": True, "recipient": True, "status": False,
                     "pass": False, "transfer_type": False, "quantity": False}
    assert suite.score(case, []) == dict.fromkeys(suite.SCORES, False)


def test_render_capitalises_values_that_open_a_sentence():
    text, spans = suite.render("{SUP} sold {SYS}.\n\n{SUP} did. {N_WORD} arrived",
                               {"SUP": "the United States", "SYS": "F-16 fighter jets",
                                "N_WORD": "twelve"})
    assert text == "The United States sold F-16 fighter jets.\n\nThe United States did. Twelve arrived"
    assert [text[a:b] for a, b in spans["SUP"]] == ["The United States"] * 2
    assert text[slice(*spans["SYS"][0])] == "F-16 fighter jets"


def test_a_broken_template_is_named_with_its_line(tmp_path):
    good = suite.TEMPLATES.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "templates.csv"
    row = 'ZZ01,bad,Supply,active,past,none,no,subject,to-object,catalogued,SYS,' \
          '"{SUP} sent {SYS} to {RECIPIENT}.",SUP,REC,shipped,sale,,'
    bad.write_text("\n".join([good[0], good[1], row]) + "\n", encoding="utf-8")
    with pytest.raises(suite.TemplateError) as err:
        suite.load_templates(bad)
    assert str(err.value) == (f"{bad}:3: ZZ01: unknown slots ['RECIPIENT']; "
                              "status 'shipped' is not a codebook status")


def test_cli_prints_json_and_exits_2_on_a_bad_file(tmp_path, capsys):
    assert suite.main(["--json", "--only", "SL01", "--per-construction", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["overall"]["n"] == 3
    assert [c["id"] for c in out["constructions"]] == ["SL01"]
    assert set(out["dimensions"]) >= set(suite.DIMENSIONS)
    missing = tmp_path / "none.csv"
    assert suite.main(["--templates", str(missing)]) == 2
    assert capsys.readouterr().err.startswith("error: [Errno 2] No such file or directory")
