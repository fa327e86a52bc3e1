"""`armsdata build`: one release per version, reproducible, atomic and immutable."""

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata._version import __version__
from armsdata.cli import main
from armsdata.schema import TABLES

from conftest import ROOT, SEEDS

FILES = [f"{t}.{fmt}" for t in TABLES for fmt in ("parquet", "csv")] + ["datapackage.json"]


def build(seeds: Path, out: Path):
    return CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--quiet"])


def test_build_writes_every_file_of_a_release(tmp_path):
    result = build(SEEDS, tmp_path)
    assert result.exit_code == 0, result.output
    release = tmp_path / f"v{__version__}"
    assert result.output.startswith(f"{release}: written; ")
    assert sorted(p.name for p in release.iterdir()) == sorted(FILES)
    assert [p.name for p in tmp_path.iterdir()] == [release.name]  # no scratch left behind


def test_two_builds_give_identical_bytes(tmp_path):
    assert build(SEEDS, tmp_path / "a").exit_code == 0
    assert build(SEEDS, tmp_path / "b").exit_code == 0
    for name in FILES:
        a = (tmp_path / "a" / f"v{__version__}" / name).read_bytes()
        assert a == (tmp_path / "b" / f"v{__version__}" / name).read_bytes(), name


def test_committed_release_is_what_the_code_builds(tmp_path):
    """`armsdata build` in the repository leaves git status clean: the content is equal."""
    assert build(SEEDS, tmp_path).exit_code == 0
    fresh, committed = tmp_path / f"v{__version__}", ROOT / "dataset" / f"v{__version__}"
    for table in TABLES:
        assert (fresh / f"{table}.csv").read_bytes() == (committed / f"{table}.csv").read_bytes(), table
        assert pl.read_parquet(fresh / f"{table}.parquet").equals(pl.read_parquet(committed / f"{table}.parquet"))


def test_rebuilding_a_published_version_writes_nothing(tmp_path):
    assert build(SEEDS, tmp_path).exit_code == 0
    release = tmp_path / f"v{__version__}"
    before = {p.name: p.stat().st_mtime_ns for p in release.iterdir()}
    result = build(SEEDS, tmp_path)
    assert result.exit_code == 0
    assert "unchanged (identical to the published release)" in result.output
    assert {p.name: p.stat().st_mtime_ns for p in release.iterdir()} == before


def test_changed_seed_without_a_version_bump_is_refused(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    assert build(seeds, tmp_path / "out").exit_code == 0
    release = tmp_path / "out" / f"v{__version__}"
    before = {p.name: p.read_bytes() for p in release.iterdir()}
    extra = seeds / "005_new.txt"
    extra.write_text("Egypt took delivery of the first three Rafale fighters from France.", encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    assert result.exit_code == 1
    assert f"Error: {release} is already published and this build differs (records: 32 rows published, " \
           "33 rows built; documents: 5 rows published, 6 rows built" in result.output
    assert result.output.endswith("Published versions are never changed: for a corpus of your own, give it its own "
                                  "name and version (armsdata build --seeds DIR --name NAME --version X.Y.Z --out DIR); "
                                  "for this package's release, bump the version in armsdata/_version.py and add a "
                                  "CHANGELOG.md entry, then build again.\n")
    assert {p.name: p.read_bytes() for p in release.iterdir()} == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [release.name]


def test_a_corpus_of_ones_own_rebuilt_with_other_metadata_is_refused_with_no_word_of_the_package(tmp_path):
    # a new-user trial of 0.35.0: the message told a user of --name to edit armsdata/_version.py
    runner = CliRunner()
    args = ["build", "--seeds", str(SEEDS), "--name", "my-news", "--version", "1.0.0", "--out", str(tmp_path)]
    assert runner.invoke(main, args).exit_code == 0
    result = runner.invoke(main, [*args, "--license", "CC0-1.0"])
    assert result.exit_code == 1
    assert result.output.endswith(f"Error: {tmp_path / 'v1.0.0'} is already published and this build differs "
                                  "(datapackage.json: metadata differs). Published versions are never changed: "
                                  "build a new version (--version X.Y.Z), or write to another folder (--out DIR).\n")


def test_any_folder_of_txt_files_builds_without_sources_csv(tmp_path):
    seeds = tmp_path / "mine"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Washington froze the sale of 24 F-16s to Ankara.", encoding="utf-8")
    (seeds / "notes.md").write_text("not a document", encoding="utf-8")
    result = build(seeds, tmp_path / "out")
    assert result.exit_code == 0, result.output
    records = pl.read_parquet(tmp_path / "out" / f"v{__version__}" / "records.parquet")
    assert records.select("span_text", "system", "supplier", "recipient", "status", "quantity").rows() == [
        ("F-16s", "F-16", "USA", "TUR", "suspended", 24)]
    validate = CliRunner().invoke(main, ["validate", str(tmp_path / "out" / f"v{__version__}")])
    assert validate.exit_code == 0, validate.output


def test_a_corpus_of_ones_own_declares_the_licence_and_creators_it_is_given(tmp_path):
    seeds = tmp_path / "mine"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Washington froze the sale of 24 F-16s to Ankara.", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--name", "mine",
                                       "--version", "1.0.0", "--license", "LicenseRef-internal",
                                       "--contributor", "Jane Doe", "--contributor", "Arms Desk", "--quiet"])
    assert result.exit_code == 0, result.output
    package = json.loads((out / "v1.0.0" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"] == [{"name": "LicenseRef-internal"}]
    assert package["contributors"] == [{"title": "Jane Doe", "roles": ["creator"]},
                                       {"title": "Arms Desk", "roles": ["creator"]}]
    again = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--name", "mine",
                                      "--version", "1.1.0", "--license", "CC0-1.0", "--quiet"])
    assert again.exit_code == 0, again.output
    package = json.loads((out / "v1.1.0" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"] == [{"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/",
                                    "title": "Creative Commons Zero v1.0 Universal"}]
    assert package["contributors"] == [{"title": "armsdata developers", "roles": ["creator"]}]
    assert CliRunner().invoke(main, ["validate", str(out / "v1.0.0")]).exit_code == 0


@pytest.mark.parametrize("option, value, message", [
    ("--license", "CC BY 4.0", "Invalid value for '--license': 'CC BY 4.0' is not a licence id"),
    ("--contributor", " Jane", "Invalid value for '--contributor': ' Jane' is not a name"),
])
def test_a_licence_or_creator_that_cannot_be_written_exits_2(tmp_path, option, value, message):
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path), option, value])
    assert result.exit_code == 2
    assert message in result.output
    assert not any(tmp_path.iterdir())


def test_empty_corpus_builds_an_empty_valid_release(tmp_path):
    seeds = tmp_path / "s"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The ministers met in Paris on Monday.", encoding="utf-8")
    assert build(seeds, tmp_path / "out").exit_code == 0
    assert pl.read_parquet(tmp_path / "out" / f"v{__version__}" / "records.parquet").height == 0


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "no documents found (.txt, .html or .htm files)"),
    (lambda p: (p / "x.txt").write_bytes(b"\xff\xfe"), "x.txt:1:1: not valid UTF-8 (byte 0xff)"),
])
def test_seeds_that_cannot_be_read_exit_2_with_one_line(tmp_path, make, message):
    seeds = tmp_path / "s"
    seeds.mkdir()
    make(seeds)
    result = build(seeds, tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out" / f"v{__version__}").exists()


def test_invalid_build_is_not_published(tmp_path, monkeypatch):
    import armsdata.build.pipeline as pipeline

    real = pipeline.extract_batches

    def broken(*args, **kwargs):
        for batch in real(*args, **kwargs):
            supplier = pl.when(pl.col("supplier").is_not_null()).then(pl.lit("XYZ"))
            yield {**batch, "records": batch["records"].with_columns(supplier=supplier)}

    monkeypatch.setattr(pipeline, "extract_batches", broken)
    result = build(SEEDS, tmp_path)
    assert result.exit_code == 1
    assert "the build fails validation and was not published" in result.output
    assert "supplier XYZ is not in actors.actor_id" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_corpus_streamed_in_batches_over_workers_gives_the_same_release(tmp_path, monkeypatch):
    """The parallel, batched path (parts written per batch, few documents in flight)
    writes the same bytes as one process reading one batch."""
    import armsdata.build.extract as extract
    import armsdata.build.pipeline as pipeline

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, doc in enumerate(sorted(SEEDS.glob("*.txt")) * 50):  # 250 documents: over the parallel threshold
        (seeds / f"d{i:03d}-{doc.name}").write_bytes(f"Dispatch {i}.\n".encode() + doc.read_bytes())
    monkeypatch.setattr(pipeline, "BATCH_DOCS", 40)
    monkeypatch.setattr(extract, "IN_FLIGHT", 8)
    parallel = pipeline.build_release(seeds, tmp_path / "parallel", workers=2)
    monkeypatch.setattr(pipeline, "BATCH_DOCS", 10_000)
    single = pipeline.build_release(seeds, tmp_path / "single", workers=1)
    assert parallel.counts == single.counts and parallel.counts["documents"] == 250
    assert parallel.counts["records"] == 50 * 32
    for name in FILES:
        assert (parallel.path / name).read_bytes() == (single.path / name).read_bytes(), name


def _small_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"d{i:03d}.txt").write_text(f"Dispatch {i}. Russia delivered {i + 2} T-90 tanks to India.",
                                              encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind, count, order", [
    ("folder", 200, ["workers", "read"]),  # PARALLEL_THRESHOLD sources: the workers start while they are read
    ("jsonl", 200, ["read", "workers"]),   # rows are only counted as they are read
    ("folder", 199, ["read"]),             # too few for workers
])
def test_workers_start_before_the_read_when_the_folder_lists_enough_sources(tmp_path, monkeypatch, kind, count,
                                                                              order):
    import armsdata.build.extract as extract
    import armsdata.build.ingest as ingest
    import armsdata.build.pipeline as pipeline

    assert extract.PARALLEL_THRESHOLD == 200
    seeds = _small_folder(tmp_path / "seeds", count)
    if kind == "jsonl":
        texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.iterdir())]
        seeds = tmp_path / "corpus.jsonl"
        pl.DataFrame({"id": [f"d{i:03d}" for i in range(count)], "text": texts}).write_ndjson(seeds)
    events = []
    start_workers, open_corpus = extract.start_workers, ingest.open_corpus
    monkeypatch.setattr(extract, "start_workers", lambda n: events.append("workers") or start_workers(n))
    monkeypatch.setattr(ingest, "open_corpus", lambda *a: events.append("read") or open_corpus(*a))
    result = pipeline.build_release(seeds, tmp_path / "out", workers=2)
    assert events == order
    assert result.counts["documents"] == count and result.counts["records"] == count


@pytest.mark.parametrize("count", [3, 200])
def test_a_folder_that_cannot_be_read_creates_nothing_however_large(tmp_path, count):
    """A large folder is read after the build has taken OUT and started its workers: a
    source that cannot be read stops it with the same one-line error, and OUT is left
    as it was."""
    seeds = _small_folder(tmp_path / "seeds", count)
    (seeds / "d001.txt").write_bytes(b"Russia \xff tanks")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--workers", "2",
                                       "--quiet"])
    assert (result.exit_code, result.output) == (2, f"Error: {seeds / 'd001.txt'}:1:8: not valid UTF-8 (byte 0xff)\n")
    assert not out.exists()


def test_a_rows_title_is_read_as_its_headline_when_its_text_lacks_it(tmp_path):
    """A corpus file's `title` that the text does not open with opens the document's text
    (readers.article_text): the headline's designation and number are read, and a copy that
    carries the headline in its text is the same document."""
    corpus = tmp_path / "titled.jsonl"
    body = "The French-made guns were unloaded in Yerevan on Monday, the defence ministry said."
    rows = [{"id": "t1", "title": "Nine Caesar howitzers reach Armenia", "text": body, "published": "2024-04-04"},
            {"id": "t2", "title": "Nine Caesar howitzers reach Armenia", "published": "2024-04-04",
             "text": f"Nine Caesar howitzers reach Armenia\n\n{body}"},
            {"id": "t3", "text": body.replace("Monday", "Tuesday"), "published": "2024-04-04"}]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = build(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    release = tmp_path / "out" / f"v{__version__}"
    documents = pl.read_parquet(release / "documents.parquet")
    assert documents.select("doc_id", "text").rows() == [
        ("t1", f"Nine Caesar howitzers reach Armenia\n\n{body}"), ("t3", body.replace("Monday", "Tuesday"))]
    records = pl.read_parquet(release / "records.parquet")
    assert records.select("doc_id", "span_start", "span_text", "system", "supplier", "recipient", "status",
                          "quantity").rows() == [
        ("t1", 5, "Caesar howitzers", "CAESAR", "FRA", "ARM", "delivered", 9),
        ("t1", 53, "guns", "CAESAR", "FRA", "ARM", "delivered", None),
        ("t3", 16, "guns", "artillery", "FRA", "ARM", "delivered", None)]
