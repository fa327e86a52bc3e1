"""Corpora as people keep them: duplicates under several names, HTML pages, file names
with spaces, corpus files (.jsonl, .csv, .parquet), and metadata that is checked."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata._version import __version__
from armsdata.build.errors import ArmsdataError
from armsdata.build.ingest import near_key, open_corpus, read_documents
from armsdata.build.pipeline import build_tables
from armsdata.build.readers import safe_id
from armsdata.cli import main

from conftest import ROOT, SEEDS

STORY = ("Russia delivered 12 T-90 tanks to Iran last November, officials said on Monday.\n"
         "The “deal” was signed in Moscow.")
PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Russia to deliver T-90 tanks to Iran</title>"
        "<link rel=\"canonical\" href=\"https://wire.example/tanks-iran\"></head><body><nav><a href=\"/\">Home</a> | "
        "<a href=\"/world\">World</a></nav><article><p>Russia delivered 12 T-90 tanks to Iran last November, "
        "officials said on Monday.</p><p>The “deal” was signed in Moscow.</p></article>"
        "<footer>Copyright Wire 2016</footer></body></html>")


def build(seeds: Path, out: Path, *extra: str):
    return CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--quiet", *extra])


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- one story under three names --------------------------------------------------------------
def test_one_story_under_three_names_is_one_document_with_three_sources(tmp_path):
    seeds = tmp_path / "news"
    seeds.mkdir()
    (seeds / "tanks.txt").write_text(STORY, encoding="utf-8")
    copy = STORY.replace("“deal”", '"deal"').replace(" officials", "  officials")  # a near-duplicate
    (seeds / "tanks copy.txt").write_text(copy, encoding="utf-8")
    (seeds / "wire-tanks.html").write_text(PAGE, encoding="utf-8")
    (seeds / "sources.csv").write_text(
        "doc_id,title,publisher,published,published_precision\n"
        "tanks,Tanks for Iran,Daily,2016-02-16,day\n"
        "tanks copy,,,2016-02-01,month\n"
        "wire-tanks,,Wire,2016-02-15,day\n", encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert result.output.endswith("; 2 duplicate sources folded into their documents\n")
    # the near copy is named: its text is another source's (a new-user trial of 0.20.0)
    assert "Note: near-duplicate sources folded (the same text but for whitespace or quotation marks; a document " \
           "keeps the id and text of its first source by source_id): tanks_copy into tanks\n" in result.output
    release = tmp_path / "out" / f"v{__version__}"
    documents = pl.read_parquet(release / "documents.parquet")
    # doc_id and text of the first source by id; metadata of the earliest report giving it
    assert documents.select("doc_id", "title", "publisher", "url", "published", "published_precision",
                            "text").rows() == [
        ("tanks", "Russia to deliver T-90 tanks to Iran", "Wire", "https://wire.example/tanks-iran",
         dt.date(2016, 2, 1), "month", STORY)]
    sources = pl.read_parquet(release / "document_sources.parquet")
    assert sources.select("doc_id", "source_id", "file", "row_number", "format", "title", "url", "published",
                          "content_sha256", "text_sha256", "text_match").rows() == [
        ("tanks", "tanks", "tanks.txt", None, "txt", "Tanks for Iran", None, dt.date(2016, 2, 16),
         sha(STORY.encode()), sha(STORY.encode()), "identical"),
        ("tanks", "tanks_copy", "tanks copy.txt", None, "txt", None, None, dt.date(2016, 2, 1),
         sha(copy.encode()), sha(copy.encode()), "near"),
        ("tanks", "wire-tanks", "wire-tanks.html", None, "html", "Russia to deliver T-90 tanks to Iran",
         "https://wire.example/tanks-iran", dt.date(2016, 2, 15), sha(PAGE.encode()), sha(STORY.encode()),
         "identical"),
    ]
    records = pl.read_parquet(release / "records.parquet")
    # extracted once, dated by the earliest report: "last November" in February 2016
    found = records.select("doc_id", "span_text", "supplier", "recipient", "status", "quantity", "event_year")
    assert found.rows() == [("tanks", "T-90 tanks", "RUS", "IRN", "delivered", 12, 2015)]
    validate = CliRunner().invoke(main, ["validate", str(release)])
    assert validate.exit_code == 0, validate.output


def test_near_duplicates_differ_only_in_whitespace_and_quotes():
    assert near_key("The ‘deal’ was “signed”\n\nin  Moscow. ") == near_key("The 'deal' was \"signed\" in\xa0Moscow.")
    assert near_key("The deal was signed.") != near_key("The deal was signed!")


# -- doc_id from any file name ------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("001_4de9dea33dfee48a", "001_4de9dea33dfee48a"),
    ("tanks copy", "tanks_copy"),
    ("Café Noir (2)", "Cafe_Noir_2"),
    ("مقال", "doc-" + sha("مقال".encode())[:12]),
    # nothing but a hyphen left ("-" for both: two such files clashed; a new-user trial of 0.45.0)
    ("россия-индия", "doc-" + sha("россия-индия".encode())[:12]),
    ("-", "doc-" + sha("-".encode())[:12]),
])
def test_ids_are_made_safe_from_any_name(name, expected):
    assert safe_id(name) == expected


@pytest.mark.parametrize("names, message", [
    (["a b.txt", "a_b.txt"], "a b.txt and a_b.txt both give the doc_id a_b: rename one"),
    (["x.html", "x.txt"], "x.html and x.txt have the same name but for the suffix, so would have the same "
                          "doc_id: rename one"),
])
def test_two_files_with_one_id_are_named(tmp_path, names, message):
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"<p>Text number {number}.</p>", encoding="utf-8")
    result = build(tmp_path, tmp_path / "out")
    assert (result.exit_code, result.output) == (1, f"Error: {tmp_path}: {message}\n")
    assert not (tmp_path / "out").exists()


# -- sources.csv mistakes ------------------------------------------------------------------------
MISTAKES = [
    ("doc_id,publised\na,2016-02-16\n",
     "sources.csv:1: column publised: not a column of sources.csv (did you mean published?); its columns are "
     "doc_id, title, publisher, url, published, published_precision, language"),
    ("doc_id,date\na,2016-02-16\n",
     "sources.csv:1: column date: not a column of sources.csv (did you mean published?); its columns are "
     "doc_id, title, publisher, url, published, published_precision, language"),
    ("doc_id,TITLE\na,Tanks for Iran\n",  # (a new-user trial of 0.18.0: other capitals were ignored)
     "sources.csv:1: column TITLE: not a column of sources.csv (did you mean title?); its columns are "
     "doc_id, title, publisher, url, published, published_precision, language"),
    ("doc_id,publish_date\na,2016-02-16\n",  # (was "did you mean publisher?")
     "sources.csv:1: column publish_date: not a column of sources.csv (did you mean published?); its columns "
     "are doc_id, title, publisher, url, published, published_precision, language"),
    ("doc_id,published\na.txt,2016-02-16\n",
     "sources.csv:2: column doc_id: 'a.txt' matches no document; did you mean 'a' (the file a.txt without its "
     "suffix)?"),
    ("doc_id,publisher\na,Reuters\nb,AP\na,AFP\n",
     "sources.csv:4: column doc_id: a is listed again with other metadata (first on line 2)"),
    ("doc_id,publisher\na,Reuters\ngone,AP\n", "sources.csv:3: column doc_id: 'gone' matches no document"),
    ("doc_id,published,published_precision\na,2016-02-16,daily\n",
     "sources.csv:2: column published_precision: 'daily' is not one of day, month, year (did you mean day?)"),
    ("doc_id,published\na,16/02/2016\n", "sources.csv:2: column published: '16/02/2016' is not a YYYY-MM-DD date"),
    ("doc_id,published,published_precision\na,2016-02-16,month\n",
     "sources.csv:2: column published: 2016-02-16 with precision month must be the first day of its month"),
    ("doc_id,published_precision\na,day\n",
     "sources.csv:2: column published_precision: day is given but published is empty"),
    ("doc_id,language\na,English\n", "sources.csv:2: column language: 'English' is not a two-letter ISO 639-1 code"),
    ("title,publisher\nA,B\n", "sources.csv:1: column doc_id is missing; it names the document each row describes"),
    ("id,published\na,2016-02-16\n",  # a corpus file's name for it (a new-user trial of 0.23.0)
     "sources.csv:1: column id: not a column of sources.csv (did you mean doc_id?); its columns are "
     "doc_id, title, publisher, url, published, published_precision, language"),
]


@pytest.mark.parametrize("sources, message", MISTAKES)
def test_each_sources_csv_mistake_stops_the_build_before_anything_is_written(tmp_path, sources, message):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a", "b"):
        (seeds / f"{name}.txt").write_text("Russia sold tanks to Iran.", encoding="utf-8")
    (seeds / "sources.csv").write_text(sources, encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (1, f"Error: {seeds}/{message}\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("sources, message", [
    ("doc_id;published\na;2016-02-16\n",  # a spreadsheet's export in some locales (a new-user trial of 0.14.0)
     "sources.csv:1: the header is one column (is the file separated by ';'? a CSV file here is separated by "
     "commas)"),
    ("", "sources.csv: empty file (expected a header row: doc_id, title, publisher, url, published, "
         "published_precision, language)"),
])
def test_a_sources_csv_of_the_wrong_kind_or_empty_is_a_usage_error_exit_2(tmp_path, sources, message):
    """Like a ragged row, a file that is not comma-separated or holds nothing is input that
    cannot be read (exit 2), as in a gold CSV or a release's table (a new-user trial of
    0.23.0 found exit 1 here and 2 there)."""
    seeds = one_document(tmp_path, sources)
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (2, f"Error: {seeds}/{message}\n")
    assert not (tmp_path / "out").exists()


def one_document(tmp_path: Path, sources: str) -> Path:
    """A folder of one document, a.txt, with `sources` as its sources.csv."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Russia sold tanks to Iran.", encoding="utf-8")
    (seeds / "sources.csv").write_text(sources, encoding="utf-8")
    return seeds


def test_a_column_of_sources_csv_the_build_does_not_read_is_noted_and_ignored(tmp_path):
    """As in a corpus file: "notes" is no misspelling of a column read (a new-user trial of
    0.17.0 found it stopped a folder's build)."""
    seeds = one_document(tmp_path, "doc_id,published,notes\na,2016-02-16,checked twice\n")
    result = build(seeds, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"Note: {seeds / 'sources.csv'}: columns ignored: notes\n" in result.output
    documents = pl.read_parquet(next((tmp_path / "out").iterdir()) / "documents.parquet")
    assert documents.select("doc_id", "published").rows() == [("a", dt.date(2016, 2, 16))]


def test_a_quotation_mark_left_open_in_sources_csv_is_named_on_its_line(tmp_path):
    seeds = one_document(tmp_path, 'doc_id,title,published\na,"Poland buys,2022-07-29\n')
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (
        2, f"Error: {seeds / 'sources.csv'}:2: a quotation mark opened in this row is not closed where its field "
           "ends (csv: unexpected end of data)\n")


@pytest.mark.parametrize("name, content, line, problem", [
    # a new-user trial of 0.18.0: rows a, b and c became one document, exit 0
    ("c4.csv", 'id,text\na,"Poland bought tanks.\nb,Chile bought ten Leopard tanks.\nc,Peru bought jets.\n', 2,
     "unexpected end of data"),
    # ... and row a took row b's date and a title with a line break, b lost its metadata
    ("seeds/sources.csv", 'doc_id,title,published\na,"Poland buys tanks,2022-01-01\nb,"Egypt gets jets",2022-01-02\n',
     2, "',' expected after '\"'"),
])
def test_a_quotation_mark_left_open_never_merges_rows(tmp_path, name, content, line, problem):
    seeds = one_document(tmp_path, "doc_id\na\n")
    (seeds / "b.txt").write_text("Egypt bought jets.", encoding="utf-8")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = build(seeds if name.startswith("seeds") else path, tmp_path / "out")
    assert (result.exit_code, result.output) == (
        2, f"Error: {path}:{line}: a quotation mark opened in this row is not closed where its field ends "
           f"(csv: {problem})\n")
    assert not (tmp_path / "out").exists()


def test_identical_repeated_rows_of_sources_csv_are_one(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("doc_id,publisher\na,AP\na,AP\n", encoding="utf-8")
    assert read_documents(tmp_path)[0].publisher == "AP"


# -- corpus files ----------------------------------------------------------------------------------
def _articles() -> list[tuple[str, str]]:
    folders = [SEEDS, ROOT / "tests" / "dev" / "docs", ROOT / "tests" / "holdout" / "docs"]
    return [(path.stem, path.read_text(encoding="utf-8"))
            for folder in folders for path in sorted(folder.glob("*.txt"))]


def test_a_corpus_file_and_the_same_articles_as_files_give_the_same_records(tmp_path):
    articles = _articles()
    folder = tmp_path / "folder"
    folder.mkdir()
    for doc_id, text in articles:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    rows = [{"id": doc_id, "text": text} for doc_id, text in reversed(articles)]  # any order
    with (tmp_path / "news.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    pl.DataFrame(rows).write_csv(tmp_path / "news.csv")
    pl.DataFrame(rows).write_parquet(tmp_path / "news.parquet")
    expected = build_tables(folder)
    assert expected["records"].height > 300 and expected["documents"].height == len(articles) == 23
    for corpus in ("news.jsonl", "news.csv", "news.parquet"):
        tables = build_tables(tmp_path / corpus)
        assert tables["records"].equals(expected["records"]), corpus
        assert tables["documents"].equals(expected["documents"]), corpus
        sources = tables["document_sources"]
        assert sources["file"].unique().to_list() == [corpus]
        assert sources.sort("row_number")["source_id"].to_list() == [doc_id for doc_id, _ in reversed(articles)]


def test_a_jsonl_corpus_builds_in_one_command_with_its_name_and_version(tmp_path):
    corpus = tmp_path / "mine.jsonl"
    corpus.write_text(
        json.dumps({"text": "Washington froze the sale of 24 F-16s to Ankara.", "published": "2019-10-14",
                    "published_precision": "day", "section": "world"}) + "\n\n"
        + json.dumps({"text": "The ministers met in Paris on Monday.", "url": "https://e.example/2"}) + "\n",
        encoding="utf-8")
    out = tmp_path / "out"
    assert build(SEEDS, out).exit_code == 0
    before = {p.name: p.read_bytes() for p in (out / f"v{__version__}").iterdir()}
    result = CliRunner().invoke(main, ["build", "--seeds", str(corpus), "--out", str(out), "--name", "my-news",
                                       "--version", "1.2.0", "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"Note: {corpus}: columns ignored: section\n" in result.output
    release = out / "v1.2.0"
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert (package["name"], package["version"]) == ("my-news", "1.2.0")
    assert f"armsdata {__version__}" in package["description"]
    assert pl.read_parquet(release / "documents.parquet").select("doc_id", "url", "published").rows() == [
        ("mine-000001", None, dt.date(2019, 10, 14)), ("mine-000003", "https://e.example/2", None)]
    assert pl.read_parquet(release / "records.parquet").select("doc_id", "system", "supplier", "recipient").rows() \
        == [("mine-000001", "F-16", "USA", "TUR")]
    # the other version in the folder is left alone
    assert {p.name: p.read_bytes() for p in (out / f"v{__version__}").iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == [f"v{__version__}", "v1.2.0"]


@pytest.mark.parametrize("column, meant", [("publised", "published"), ("date", "published"), ("txt", "text")])
@pytest.mark.parametrize("suffix", ["jsonl", "parquet", "csv"])
def test_a_corpus_column_that_misspells_or_renames_one_the_build_reads_stops_it(tmp_path, column, meant, suffix):
    """Its values would be lost without a word (every date, for "pubished"): exit 1, as the
    same mistake in sources.csv; a column the build does not read ("author") is a note. A
    CSV names the column in its header, line 1 (a new-user trial of 0.24.0 got line 2)."""
    row = {"id": "a1", "text": "Russia sold 12 Su-30 fighters to India.", column: "2020-01-01", "author": "x"}
    corpus = tmp_path / f"news.{suffix}"
    if suffix == "jsonl":
        corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    elif suffix == "csv":
        pl.DataFrame([row]).write_csv(corpus)
    else:
        pl.DataFrame([row]).write_parquet(corpus)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--seeds", str(corpus), "--out", str(out), "--name", "my-news",
                                       "--version", "1.0.0", "--quiet"])
    where = str(corpus) if suffix == "parquet" else f"{corpus}:1"
    assert (result.exit_code, result.output) == (
        1, f"Error: {where}: column {column}: not a column of a corpus file (did you mean {meant}?); its columns "
           "are id, doc_id, text, title, publisher, url, published, published_precision, language\n")
    assert not out.exists()


@pytest.mark.parametrize("options, message", [
    (["--version", "1.2"], "Invalid value for '--version': '1.2' is not a version X.Y.Z"),
    (["--version", "01.0.0"], "Invalid value for '--version': '01.0.0' is not a version X.Y.Z"),
    (["--version", "v2.0"], "Invalid value for '--version': 'v2.0' is not a version X.Y.Z"),
    (["--name", "My News"], "Invalid value for '--name': 'My News' is not a package name"),
])
def test_bad_name_or_version_is_a_usage_error(tmp_path, options, message):
    result = build(SEEDS, tmp_path / "out", *options)
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "out").exists()


def test_a_version_may_be_written_with_its_v(tmp_path):
    """As diff and versions take "v1.0.0" (a new-user trial of 0.14.0 found build refusing it)."""
    result = build(SEEDS, tmp_path / "out", "--version", "v2.0.0")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["v2.0.0"]


def test_a_date_without_a_precision_has_precision_day(tmp_path):
    """A JSONL corpus as in the README gives `published` only: the date says the day
    (a new-user trial of 0.12.0 found the precision empty; sources.csv the same)."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"id": "a", "text": "Russia sold tanks to Iran.", "published": "2024-03-05"}\n'
                      '{"id": "b", "text": "Peru bought 12 Gripen jets.", "published": "2024-03-01", '
                      '"published_precision": "month"}\n'
                      '{"id": "c", "text": "Chile bought tanks."}\n', encoding="utf-8")
    result = build(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    documents = pl.read_parquet(tmp_path / "out" / f"v{__version__}" / "documents.parquet")
    assert documents.select("doc_id", "published_precision").rows() == [("a", "day"), ("b", "month"), ("c", None)]


@pytest.mark.parametrize("name, content, code, message", [
    # input that cannot be read: exit 2
    ("c.jsonl", '{"text": "a"}\n{"text" "b"}\n', 2,
     "c.jsonl:2: not valid JSON at column 9: a ':' is missing after a key (each line must be one JSON object)"),
    ("c.jsonl", '{"text": "a"}\n["b"]\n', 2,
     'c.jsonl:2: a JSON list, not an object (each line must be one JSON object, {"text": ...})'),
    ("c.txt.gz", "x", 2, "c.txt.gz: not a corpus file; give a folder, or a .jsonl, .csv or .parquet file"),
    # input that is read but breaks a rule: exit 1
    ("c.jsonl", '{"title": "a"}\n', 1, "c.jsonl:1: column text: missing"),
    ("c.jsonl", '{"text": "a", "id": "x 1"}\n{"text": "b", "id": "x_1"}\n', 1,
     "c.jsonl:2: column id: 'x_1' gives the id x_1, already that of line 1"),
    ("c.jsonl", '{"text": "a", "published": "2016-02-31"}\n', 1,
     "c.jsonl:1: column published: '2016-02-31' is not a real date (February 2016 has 29 days)"),
    ("c.csv", 'text,published_precision\n"two\nlines",day\n', 1,
     "c.csv:2: column published_precision: day is given but published is empty"),
    # a CSV without a text column is named at its header (a new-user trial of 0.11.0 got line 2)
    ("c.csv", 'id,body,published\na1,Russia sold tanks to Iran.,2024-01-01\n', 1,
     "c.csv:1: no column text; the columns are id, body, published"),
    ("c.csv", 'id,txet\na1,Russia sold tanks to Iran.\n', 1,
     "c.csv:1: no column text; the columns are id, txet (is txet meant to be text?)"),
    ("c.csv", 'id,text,published\na1,"Russia sold tanks.,2024-01-01\na2,Peru bought jets.,2024-01-02\n', 2,
     'c.csv:2: a quotation mark opened in this row is not closed where its field ends (csv: unexpected end of '
     'data)'),
    ("c.csv", 'id;text\na1;Russia sold tanks to Iran.\n', 2,  # (a new-user trial of 0.14.0; exit 2 since 0.24.0)
     "c.csv:1: the header is one column (is the file separated by ';'? a CSV file here is separated by commas)"),
])
def test_corpus_file_mistakes_name_the_file_and_line(tmp_path, name, content, code, message):
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = build(tmp_path / name, tmp_path / "out")
    assert (result.exit_code, result.output) == (code, f"Error: {tmp_path}/{message}\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("rows, message", [
    ([{"id": "a", "text": "Russia sold tanks."}, {"id": "b", "text": "Peru bought jets."}, {"id": "c", "text": " "}],
     "c.parquet, row 2 (0-based): column text: empty"),
    ([{"id": "a", "text": "Russia sold tanks."}, {"id": "a", "text": "Peru bought jets."}],
     "c.parquet, row 1 (0-based): column id: 'a' gives the id a, already that of row 0"),
])
def test_parquet_corpus_rows_are_counted_from_0_as_validate_counts_them(tmp_path, rows, message):
    """A Parquet corpus file has no lines: its rows are named as `armsdata validate` names a
    table's, from 0 (a new-user trial of 0.38.0 got "c.parquet:3" from the build and "row 2
    (0-based)" from validate for the same row)."""
    pl.DataFrame(rows).write_parquet(tmp_path / "c.parquet")
    result = build(tmp_path / "c.parquet", tmp_path / "out")
    assert (result.exit_code, result.output) == (1, f"Error: {tmp_path}/{message}\n")
    assert not (tmp_path / "out").exists()


def test_files_a_folder_does_not_read_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Russia sold tanks to Iran.", encoding="utf-8")
    (tmp_path / "more.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / "README.md").write_text("about", encoding="utf-8")
    with open_corpus(tmp_path) as corpus:
        assert corpus.notes == [f"{tmp_path}: not read: more.jsonl (documents are .txt, .html or .htm files; "
                                "a corpus file is built with --seeds FILE)",
                                "1 of 1 documents has no publication date (column published of sources.csv "
                                "or of the corpus file): their records have no report_year: a"]


# -- progress ---------------------------------------------------------------------------------------
def test_a_log_gets_a_line_per_stage_and_quiet_silences_it(tmp_path):
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "a")])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == ["reading sources", "extracting", "writing", "validating"]
    assert lines[1].startswith("extracting: 5/5 documents, ") and ", 32 records, " in lines[1]
    quiet = build(SEEDS, tmp_path / "b")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_a_long_stage_reports_every_interval(tmp_path):
    import io
    import time

    from armsdata.progress import LineProgress

    stream = io.StringIO()
    progress = LineProgress(stream, interval=0.05)
    progress("extract", 0, 1, 0)  # one long document
    time.sleep(0.3)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 3 and all(line.startswith("extracting: 0/1 documents, 0 documents/s, 0 records, ")
                                   for line in lines)


def test_a_count_of_one_is_singular():
    import io

    from armsdata.progress import LineProgress

    stream = io.StringIO()
    progress = LineProgress(stream, interval=60)
    for done in (1, 2):
        progress("read", done, None, 0)
        assert progress.line().startswith(f"reading sources: {done} source{'s' if done == 2 else ''}, ")


# -- validate ---------------------------------------------------------------------------------------
def test_validate_checks_document_sources_against_documents(release):
    from conftest import rewrite_table

    rewrite_table(release, "document_sources", lambda f: f.with_columns(doc_id=pl.lit("nope")))
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 1
    assert "doc_id nope is not in documents.doc_id" in result.output


