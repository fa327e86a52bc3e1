import datetime as dt
import hashlib
from pathlib import Path

import polars as pl
import pytest

from armsdata._version import __version__
from armsdata.build.errors import ArmsdataError
from armsdata.build.ingest import read_documents

from conftest import SEEDS, SHARED_SEEDS


CHECKSUMS = "SHA256SUMS"


def checksum_problems(folder: Path) -> list[str]:
    """What disagrees between `folder` and its SHA256SUMS (the `sha256sum` format: hex digest,
    two spaces, file name): files changed, missing or not listed. Empty when they agree."""
    listed = {}
    for line in (folder / CHECKSUMS).read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    present = {p.name for p in folder.iterdir() if p.is_file() and p.name != CHECKSUMS}
    problems = [f"{name}: not in {CHECKSUMS}" for name in sorted(present - set(listed))]
    problems += [f"{name}: listed but missing" for name in sorted(set(listed) - present)]
    problems += [f"{name}: checksum differs" for name in sorted(present & set(listed))
                 if hashlib.sha256((folder / name).read_bytes()).hexdigest() != listed[name]]
    return problems


def test_seeds_match_their_checksums():
    """seeds/ as received, checked in any clone (`sha256sum -c SHA256SUMS` in seeds/ says the same)."""
    assert checksum_problems(SEEDS) == []


def test_checksums_catch_a_changed_a_missing_and_an_unlisted_file(tmp_path: Path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"text")
    digest = hashlib.sha256(b"text").hexdigest()
    (tmp_path / CHECKSUMS).write_text(f"{digest}  a.txt\n{digest}  b.txt\n{digest}  c.txt\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"texT")
    (tmp_path / "d.txt").write_bytes(b"text")
    assert checksum_problems(tmp_path) == ["d.txt: not in SHA256SUMS", "c.txt: listed but missing",
                                           "b.txt: checksum differs"]


def test_seeds_are_the_shared_documents_byte_for_byte():
    """The project's own copy against ../shared/seeds, where a checkout has it beside it."""
    if not SHARED_SEEDS.is_dir():
        pytest.skip("shared/ is not beside this checkout (seeds/SHA256SUMS is checked instead)")
    names = sorted(p.name for p in SHARED_SEEDS.iterdir())
    assert names == sorted(p.name for p in SEEDS.iterdir() if p.is_file() and p.name != CHECKSUMS)
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
    (lambda p: (p / "bad.txt").write_bytes(b"caf\xe9"), "bad.txt:1:4: not valid UTF-8 (byte 0xe9)"),
    (lambda p: [(p / "a.txt").write_text("x"), (p / "sources.csv").write_text(
        "doc_id,published\na,16/02/2016\n")], "sources.csv:2: column published: '16/02/2016' is not a YYYY-MM-DD date"),
    (lambda p: [(p / "a.txt").write_text("x"), (p / "sources.csv").write_text("")],
     "sources.csv: empty file (expected a header row: doc_id, title, publisher, url, published, "
     "published_precision, language)"),
    (lambda p: [(p / "a.txt").write_text("x"), (p / "sources.csv").write_text("\n\n")],
     "sources.csv: empty file (expected a header row"),
])
def test_bad_seeds_give_one_clear_error(tmp_path: Path, setup, message):
    setup(tmp_path)
    with pytest.raises(ArmsdataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_documents(tmp_path)


def test_missing_folder_is_named(tmp_path: Path):
    with pytest.raises(ArmsdataError, match="seeds folder does not exist"):
        read_documents(tmp_path / "nope")


@pytest.mark.parametrize("title, text, expected", [
    (None, "Body.", "Body."),
    ("  ", "Body.", "Body."),
    ("Tanks for Peru", "Body.", "Tanks for Peru\n\nBody."),
    ("Tanks for Peru", "LIMA (Wire) - Tanks  for\nPeru: the army said.", "LIMA (Wire) - Tanks  for\nPeru: the army said."),
    ("Peru's \u201cnew\u201d tanks", "Peru's \"new\" tanks\n\nBody.", "Peru's \"new\" tanks\n\nBody."),
    ("TANKS FOR PERU", "Tanks for Peru\nBody.", "Tanks for Peru\nBody."),
    ("Tanks for Peru", "x" * 301 + "Tanks for Peru", "Tanks for Peru\n\n" + "x" * 301 + "Tanks for Peru"),
])
def test_a_rows_title_opens_its_text_unless_its_start_holds_it(title, text, expected):
    """readers.article_text: whitespace, quotation marks and case aside, within the first
    300 characters (a dateline may come first); applied twice, it changes nothing more."""
    from armsdata.build.readers import article_text
    assert article_text(text, title) == expected
    assert article_text(expected, title) == expected


def test_near_duplicates_beyond_three_are_counted():
    """ingest.near_duplicate_notes names the first NAMED near copies and counts the rest;
    identical copies change no text and are not named."""
    import polars as pl
    from armsdata.build.ingest import near_duplicate_notes
    sources = pl.DataFrame({"doc_id": ["a"] * 6, "source_id": ["a", "b", "c", "d", "e", "f"],
                            "text_match": ["identical", "near", "near", "identical", "near", "near"]})
    assert near_duplicate_notes(sources) == [
        "near-duplicate sources folded (the same text but for whitespace or quotation marks; a document keeps the id "
        "and text of its first source by source_id): b into a, c into a, e into a and 1 more"]
    assert near_duplicate_notes(sources.filter(pl.col("text_match") == "identical")) == []


def test_a_build_names_the_documents_with_no_text(tmp_path):
    """An empty .txt file is a document with no text, so no record: the build says so (a
    new-user trial of 0.21.0 found it silent)."""
    from click.testing import CliRunner
    from armsdata.cli import main
    seeds = tmp_path / "news"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Tanks for Iran\n\nRussia sent tanks to Iran.\n", encoding="utf-8")
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Note: 1 of 2 documents has no text (an empty file, or a web page with no article?): empty\n" in result.output


@pytest.mark.parametrize("page", [b"", b"<html><body><nav><a href='/'>Home</a> <a href='/m'>Missiles</a> "
                                   b"<a href='/d'>Drones</a></nav><footer>Contact</footer></body></html>"],
                         ids=["empty", "menu only"])
def test_an_empty_html_file_or_a_page_with_only_a_menu_is_kept_with_no_text(tmp_path, page):
    """An empty .html file is kept and named as an empty .txt file is (README: "An empty
    file is kept as a document"; it stopped the build, exit 2, as bytes that hold no page
    do), and so is a page whose only text is its menu (whose "Missiles" and "Drones" were
    two records): a new-user trial of 0.45.0."""
    from click.testing import CliRunner
    from armsdata.cli import main
    seeds = tmp_path / "news"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Tanks for Iran\n\nRussia sent tanks to Iran.\n", encoding="utf-8")
    (seeds / "page.html").write_bytes(page)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Note: 1 of 2 documents has no text (an empty file, or a web page with no article?): page\n" \
        in result.output
    records = pl.read_parquet(tmp_path / "out" / f"v{__version__}" / "records.parquet")
    assert records["doc_id"].unique().to_list() == ["a"]  # no "Missiles" nor "Drones" from the menu