"""The reference tables as the build loads them: checked before any extraction."""

import shutil

import pytest

from armsdata.build.errors import ArmsdataError
from armsdata.build.reference import REFERENCE_DIR, load_reference


@pytest.fixture
def reference_copy(tmp_path):
    for name in ("actors.csv", "systems.csv", "actor_codes.csv"):
        shutil.copy(REFERENCE_DIR / name, tmp_path / name)
    return tmp_path


def _append(path, line):
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_shipped_reference_loads():
    reference = load_reference()
    assert reference.origin["S-300"] == "RUS" and reference.category["T-90"] == "armoured_vehicles"
    assert reference.systems.filter(reference.systems["generic"]).height == 18


def test_alias_of_two_systems_is_refused(reference_copy):
    _append(reference_copy / "systems.csv", "Z-1,aircraft,Aircraft,,RUS,false,S300,A test system.")
    with pytest.raises(ArmsdataError, match="system alias 'S300' belongs to both S-300 and Z-1"):
        load_reference(reference_copy)


def test_origin_must_be_an_actor(reference_copy):
    _append(reference_copy / "systems.csv", "Z-1,aircraft,Aircraft,,ZZZ,false,,A test system.")
    with pytest.raises(ArmsdataError, match="system Z-1: origin ZZZ is not an actor_id"):
        load_reference(reference_copy)


def test_actor_alias_of_two_actors_is_refused(reference_copy):
    _append(reference_copy / "actors.csv", "NSA_TEST,Test,,non_state_armed_group,,,,LBN,false,Moscow,,,")
    with pytest.raises(ArmsdataError, match="actor alias 'Moscow' belongs to both NSA_TEST and RUS"):
        load_reference(reference_copy)


def test_every_generic_class_the_extractor_gives_is_catalogued():
    from armsdata.build import lexicon

    produced = set(lexicon.HEADS.values()) | set(lexicon.TAIL_HEADS.values())
    produced |= {generic for _, _, generic in lexicon.CLASS_BY_MODIFIER}
    catalogued = set(load_reference().systems.filter("generic")["system"])
    assert produced <= catalogued, produced - catalogued


def test_actor_codes_only_for_states(reference_copy):
    _append(reference_copy / "actor_codes.csv", "NSA_HAMAS,1990,,PSE,false,,,")
    with pytest.raises(ArmsdataError, match="actor_codes: NSA_HAMAS is not a state in actors"):
        load_reference(reference_copy)


def test_every_state_has_its_codes_by_period(reference_copy):
    path = reference_copy / "actor_codes.csv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("XKX,")), encoding="utf-8")
    with pytest.raises(ArmsdataError, match="actor_codes: state XKX has no period"):
        load_reference(reference_copy)
