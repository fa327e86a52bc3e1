import datetime as dt
from pathlib import Path

import pytest

from armsdata.build.errors import ArmsdataError
from armsdata.build.ingest import read_documents

from conftest import SEEDS, SHARED_SEEDS


def test_seeds_are_the_shared_documents_byte_for_byte():
    if not SHARED_SEEDS.is_dir():
        pytest.skip("shared/ is not beside this checkout")
    names = sorted(p.name for p in SHARED_SEEDS.iterdir())
    assert names == sorted(p.name for p in SEEDS.iterdir() if p.name != "__pycache__")
    for name in names:
        assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes(), name


def test_documents_keep_the_text_exactly_as_stored():
    docs = read_documents(SEEDS)
    assert [d.doc_id for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    first = docs[1]
    assert first.text == (SEEDS / "001_4de9dea33dfee48a.txt").read_bytes().decode("utf-8")
    assert "\xa0" in first.text  # the no-break spaces stay
    assert first.published == dt.date(2016, 2, 16) and first.published_precision == "day"
    assert first.publisher == "World Israel News"


def test_folder_without_sources_csv_still_builds_documents(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Russia sold tanks to Iran.", encoding="utf-8")
    [doc] = read_documents(tmp_path)
    assert (doc.doc_id, doc.title, doc.published) == ("a", None, None)


def test_crlf_text_keeps_its_carriage_returns(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"One.\r\nTwo.")
    assert read_documents(tmp_path)[0].text == "One.\r\nTwo."


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no documents found (.txt, .html or .htm files)"),
    (lambda p: (p / "bad.txt").write_bytes(b"caf\xe9"), "bad.txt: not valid UTF-8 (byte 3)"),
    (lambda p: [(p / "a.txt").write_text("x"), (p / "sources.csv").write_text(
        "doc_id,published\na,16/02/2016\n")], "sources.csv:2: column published: '16/02/2016' is not a YYYY-MM-DD date"),
])
def test_bad_seeds_give_one_clear_error(tmp_path: Path, setup, message):
    setup(tmp_path)
    with pytest.raises(ArmsdataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_documents(tmp_path)


def test_missing_folder_is_named(tmp_path: Path):
    with pytest.raises(ArmsdataError, match="seeds folder does not exist"):
        read_documents(tmp_path / "nope")
