"""`armsdata build --engine dask`: the same release as the local build, on a Dask cluster.

The cluster is a LocalCluster of two single-threaded worker *processes* (as the CLI
starts one), shared by the tests of this module and closed after them.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import shutil
import sys
import time
from pathlib import Path

import cloudpickle
import polars as pl
import psutil
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from armsdata._version import __version__
from armsdata.build.sources import SOURCES_CSV_COLUMNS
from armsdata.build import distribute, ingest, pipeline, readers
from armsdata.build.errors import ArmsdataError
from armsdata.cli import main

from conftest import ROOT, SEEDS

# This module's partition doubles travel to the workers by value (they cannot import tests/).
cloudpickle.register_pickle_by_value(sys.modules[__name__])

SETS = [SEEDS, ROOT / "tests" / "dev" / "docs", ROOT / "tests" / "dev2" / "docs", ROOT / "tests" / "holdout" / "docs"]
SOURCES = [folder / "sources.csv" for folder in SETS]
COPIES = ("a", "b", "c", "d")


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """252 documents: the seeds and the development and held-out documents four times
    over, each copy with a line of its own at the end, and the metadata of the first two
    copies in sources.csv."""
    folder = tmp_path_factory.mktemp("corpus")
    for copy in COPIES:
        for docs in SETS:
            for path in docs.glob("*.txt"):
                # a copy's text differs, or its records would have the ids of the original's
                (folder / f"{copy}_{path.name}").write_bytes(path.read_bytes() + f"\n\n(copy {copy})\n".encode())
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(SOURCES_CSV_COLUMNS)
        for copy in COPIES[:2]:
            for sources in SOURCES:
                with sources.open(encoding="utf-8", newline="") as handle:
                    for row in csv.DictReader(handle):
                        writer.writerow([f"{copy}_{row['doc_id']}", *(row[c] for c in SOURCES_CSV_COLUMNS[1:])])
    return folder


@pytest.fixture(scope="module")
def local_release(corpus, tmp_path_factory) -> Path:
    return pipeline.build_release(corpus, tmp_path_factory.mktemp("local"), workers=1).path


def files(release: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(release.iterdir())}


def dask_build(seeds: Path, out: Path, *options: str):
    return CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--engine", "dask", *options])


def test_a_corpus_is_cut_into_contiguous_partitions_in_doc_id_order(corpus):
    whole = ingest.open_corpus(corpus)
    parts = list(distribute.split(whole, 5))
    assert [len(part) for part in parts] == [50, 50, 51, 50, 51]
    assert [doc.doc_id for part in parts for doc in part.documents] == [doc.doc_id for doc in whole]
    assert [doc for part in parts for doc in part.documents] == list(whole)  # metadata travels with its file
    assert (parts[0].first, parts[0].last) == ("a_000_273756fbf6480a49", "a_dev_05")
    assert distribute.default_partitions(252, 2) == 8
    assert distribute.default_partitions(100_000, 2) == 50
    assert distribute.default_partitions(5, 4) == 5


@pytest.mark.parametrize("partitions", ["1", "4", "13"])
def test_dask_build_is_byte_identical_to_the_local_build(cluster, corpus, local_release, tmp_path, partitions):
    result = dask_build(corpus, tmp_path, "--scheduler", cluster.scheduler_address, "--partitions", partitions)
    assert result.exit_code == 0, result.output
    assert f"Dask dashboard: {cluster.dashboard_link}\n" in result.output
    assert f"{tmp_path / f'v{__version__}'}: written; " in result.output
    assert files(tmp_path / f"v{__version__}") == files(local_release)
    assert [p.name for p in tmp_path.iterdir()] == [f"v{__version__}"]  # no scratch, no parts left


def test_progress_counts_the_documents_of_each_finished_partition(cluster, corpus, local_release, tmp_path):
    seen = []
    engine = distribute.DaskEngine(cluster.scheduler_address, partitions=6)
    release = pipeline.build_release(corpus, tmp_path, engine=engine, progress=lambda *a: seen.append(a)).path
    assert files(release) == files(local_release)
    extracted = [call for call in seen if call[0] == "extract"]
    assert len(extracted) == 6
    assert {total for _, _, total, _ in extracted} == {252}
    assert [done for _, done, _, _ in extracted] == [42, 84, 126, 168, 210, 252]
    assert extracted[-1][3] == pl.read_parquet(release / "records.parquet").height


class DiesOnce:
    """Documents whose first reading kills the worker process (as an out-of-memory kill
    would) and whose second, on the worker Dask moved the task to, gives them."""

    def __init__(self, documents: list[ingest.Document], marker: Path):
        self.documents, self.marker = documents, marker

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):
        if not self.marker.exists():
            self.marker.write_text(str(os.getpid()))
            os._exit(1)
        return iter(self.documents)


def test_a_worker_that_dies_mid_task_is_retried_and_the_tables_are_unchanged(cluster, corpus, tmp_path):
    with ingest.open_corpus(corpus) as opened:
        documents = list(opened)[:60]
        expected = list(pipeline.extract_batches(opened, workers=1))
    marker = tmp_path / "died"
    partitions = [distribute.Partition(0, DiesOnce(documents[:20], marker), "", ""),
                  *distribute.split(documents[20:], 4)]
    partitions[1:] = [distribute.Partition(p.number + 1, p.documents, p.first, p.last) for p in partitions[1:]]
    with Client(cluster) as client:
        before = set(client.nthreads())
        records, documents_table = distribute.run_partitions(client, partitions, 60, tmp_path / "parts")
        assert marker.exists() and set(client.nthreads()) != before  # a worker died and was replaced
    # partition 0 finished last, yet its rows come first
    assert documents_table.collect()["doc_id"].to_list() == [d.doc_id for d in documents]
    assert records.collect().equals(expected[0]["records"].filter(pl.col("doc_id").is_in([d.doc_id for d in documents])))


def test_a_document_that_fails_extraction_fails_the_build_by_name(cluster, tmp_path):
    with ingest.open_corpus(SEEDS) as opened:
        good = list(opened)
    bad = ingest.Document("broken_doc", None, "0" * 64)  # no text: extraction cannot read it
    engine = distribute.DaskEngine(cluster.scheduler_address, partitions=2)
    with pytest.raises(ArmsdataError) as caught:
        engine.extract_parts([*good, bad], tmp_path / "parts")
    # (the error's own words are Python's, and change with the first step that reads the text)
    assert re.fullmatch(r"document broken_doc: extraction failed \((?:Type|Attribute)Error: .*'NoneType'.*\)",
                        str(caught.value)), str(caught.value)


def test_an_unreadable_document_fails_the_build_and_nothing_is_published(cluster, corpus, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(corpus, seeds)
    (seeds / "c_zz_bad.txt").write_bytes(b"\xff Russia sold S-400s to Turkey.")
    result = dask_build(seeds, tmp_path / "out", "--scheduler", cluster.scheduler_address, "--quiet")
    assert result.exit_code == 2
    assert result.output.endswith(f"Error: {seeds / 'c_zz_bad.txt'}:1:1: not valid UTF-8 (byte 0xff)\n"), result.output
    assert not (tmp_path / "out").exists()  # ingest reads the corpus before OUT is touched


def test_without_a_scheduler_a_local_cluster_is_started_and_closed(tmp_path):
    children = {child.pid for child in psutil.Process().children(recursive=True)}
    result = dask_build(SEEDS, tmp_path)
    assert result.exit_code == 0, result.output
    assert "Dask dashboard: http://127.0.0.1:" in result.output
    assert files(tmp_path / f"v{__version__}") == files(pipeline.build_release(SEEDS, tmp_path / "local").path)
    time.sleep(0.5)
    assert {child.pid for child in psutil.Process().children(recursive=True)} == children


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setattr(distribute, "CONNECT_TIMEOUT", "1s")
    result = dask_build(SEEDS, tmp_path, "--scheduler", "tcp://127.0.0.1:9", "--quiet")
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert len(result.output.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_without_dask_the_dask_engine_says_how_to_install_it_and_the_local_build_works(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    result = dask_build(SEEDS, tmp_path)
    assert result.exit_code == 2
    assert result.output == "Error: --engine dask needs Dask, which is not installed: pip install 'armsdata[dask]'\n"
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("options, message", [
    (["--partitions", "3"], "--partitions needs --engine dask"),
    (["--scheduler", "tcp://127.0.0.1:8786", "--partitions", "3"], "--scheduler and --partitions need --engine dask"),
    (["--engine", "dask", "--workers", "2"], "--workers is for --engine local; a Dask cluster has its own workers"),
])
def test_dask_options_without_the_dask_engine_are_usage_errors(tmp_path, options, message):
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path), *options])
    assert result.exit_code == 2
    assert f"Error: {message}" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_worker_with_other_armsdata_code_is_refused(tmp_path):
    partition = next(distribute.split(ingest.read_documents(SEEDS), 1))
    with pytest.raises(ArmsdataError) as caught:
        distribute.extract_partition(partition, str(tmp_path), "0" * 64)
    assert str(caught.value) == (f"worker (not a Dask worker) runs other armsdata code than this machine (its "
                                 f"armsdata is {__version__}): install the same armsdata on every worker")
    records = pipeline.build_tables(SEEDS, workers=1)["records"]
    assert distribute.extract_partition(partition, str(tmp_path), distribute.code_fingerprint()) \
        == (0, 5, records.height)
    assert pl.read_parquet(tmp_path / "records-000000.parquet").equals(records)


# -- a glob of Parquet files on shared storage, read by the workers --------------------------
@pytest.fixture(scope="module")
def parquet_glob(corpus, tmp_path_factory) -> str:
    """The 252 documents of `corpus`, with their metadata, as three Parquet files of
    unequal sizes and small row groups matched by one pattern; the third file repeats a
    text of the first (quotes and spacing changed) under another id, which folds."""
    folder = tmp_path_factory.mktemp("archive")
    with (corpus / "sources.csv").open(encoding="utf-8", newline="") as handle:
        metadata = {row["doc_id"]: row for row in csv.DictReader(handle)}
    rows = [{"id": path.stem, "text": path.read_text(encoding="utf-8"),
             **{name: metadata.get(path.stem, {}).get(name) or None for name in SOURCES_CSV_COLUMNS[1:]}}
            for path in sorted(corpus.glob("*.txt"))]
    copy = {"id": "zz_copy", "text": rows[3]["text"].replace(" ", "  ").replace("'", "\u2019")}
    for number, share in enumerate([rows[:100], rows[100:117], [*rows[117:], copy]]):
        pl.DataFrame(share).write_parquet(folder / f"part-{number}.parquet", row_group_size=16)
    (folder / "notes.txt").write_text("not matched")
    return str(folder / "part-*.parquet")


@pytest.fixture(scope="module")
def local_glob_release(parquet_glob, tmp_path_factory) -> Path:
    return pipeline.build_release(Path(parquet_glob), tmp_path_factory.mktemp("local-glob"), workers=1).path


def test_a_glob_is_cut_into_row_ranges_across_files_in_path_order(parquet_glob):
    plan = readers.plan(Path(parquet_glob))
    assert [(part.file, part.rows) for part in plan.parquet] == [
        ("part-0.parquet", 100), ("part-1.parquet", 17), ("part-2.parquet", 136)]
    assert len(plan) == 253
    shares = distribute.cut_rows(plan.parquet, 3)
    assert [[(part.file, start, stop) for part, start, stop in share.ranges] for share in shares] == [
        [("part-0.parquet", 0, 84)],
        [("part-0.parquet", 84, 100), ("part-1.parquet", 0, 17), ("part-2.parquet", 0, 51)],
        [("part-2.parquet", 51, 136)]]
    assert shares[1].label == f"rows {plan.parquet[0].path}:85 to {plan.parquet[2].path}:51"


@pytest.mark.parametrize("partitions", ["3", "7"])
def test_workers_read_a_glob_and_give_the_local_build_of_it(cluster, parquet_glob, local_glob_release, local_release,
                                                            tmp_path, partitions, monkeypatch):
    def no_reading_here(*args, **kwargs):
        raise AssertionError("the client read the corpus")

    monkeypatch.setattr(readers, "_parquet_rows", no_reading_here)  # here, not on the workers
    monkeypatch.setattr(readers, "parquet_texts", no_reading_here)
    result = dask_build(Path(parquet_glob), tmp_path, "--scheduler", cluster.scheduler_address,
                        "--partitions", partitions)
    assert result.exit_code == 0, result.output
    assert "252 documents, " in result.output and "253 document_sources, " in result.output
    assert result.output.endswith("; 1 duplicate source folded into its document\n")
    release = files(tmp_path / f"v{__version__}")
    assert release == files(local_glob_release)
    # the same documents and records as the folder they were written from, but for the two
    # copies (with metadata) of the one seed whose title its text does not hold: a row's
    # title is read as its headline (readers.article_text), a file's text is kept as it is
    headlined = [f"{copy}_000_273756fbf6480a49" for copy in COPIES[:2]]
    for name in ("records.parquet", "documents.parquet"):
        rows, folder_rows = (pl.read_parquet(path / name) for path in (local_glob_release, local_release))
        assert rows.filter(~pl.col("doc_id").is_in(headlined)).equals(
            folder_rows.filter(~pl.col("doc_id").is_in(headlined))), name
    texts = pl.read_parquet(local_glob_release / "documents.parquet").filter(pl.col("doc_id").is_in(headlined))["text"]
    assert [text.split("\n\n")[0] for text in texts] == ["Serdyukov Signs Defense Pact With Israel"] * 2
    sources = pl.read_parquet(local_glob_release / "document_sources.parquet")
    assert sources.filter(pl.col("source_id") == "zz_copy").select("doc_id", "file", "row_number", "text_match").row(0) \
        == ("a_003_e4a89f82ca48f064", "part-2.parquet", 136, "near")


@pytest.mark.parametrize("engine", ["local", "dask"])
@pytest.mark.parametrize("damage, message", [
    ({"published": "2024-13-45"},
     "{1}, row 4 (0-based): column published: '2024-13-45' is not a real date (there is no month 13)"),
    ({"id": "a_000_273756fbf6480a49"}, "{1}, row 4 (0-based): column id: 'a_000_273756fbf6480a49' gives the id "
                                       "a_000_273756fbf6480a49, already that of {0}, row 0 (0-based)"),
])
def test_a_bad_row_in_one_file_of_a_glob_fails_the_build_naming_file_and_row(cluster, parquet_glob, tmp_path,
                                                                             engine, damage, message):
    archive = tmp_path / "archive"
    shutil.copytree(Path(parquet_glob).parent, archive)
    second = archive / "part-1.parquet"
    frame = pl.read_parquet(second)
    frame.with_columns(**{name: pl.when(pl.int_range(pl.len()) == 4).then(pl.lit(value)).otherwise(pl.col(name))
                          for name, value in damage.items()}).write_parquet(second, row_group_size=16)
    options = ["--scheduler", cluster.scheduler_address, "--partitions", "4"] if engine == "dask" else []
    result = CliRunner().invoke(main, ["build", "--seeds", str(archive / "part-*.parquet"), "--out",
                                       str(tmp_path / "out"), "--engine", engine, "--quiet", *options])
    assert result.exit_code == 1
    assert result.output.endswith(f"Error: {message.format(archive / 'part-0.parquet', second)}\n"), result.output
    assert len(result.output.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_glob_that_matches_nothing_is_a_usage_error_naming_it(tmp_path, engine):
    pattern = tmp_path / "archive" / "part-*.parquet"
    result = CliRunner().invoke(main, ["build", "--seeds", str(pattern), "--out", str(tmp_path / "out"),
                                       "--engine", engine])
    assert result.exit_code == 2
    assert result.output == f"Error: {pattern}: no files match this pattern\n"  # no cluster was started
    assert not (tmp_path / "out").exists()


def test_a_glob_that_matches_a_file_other_than_parquet_is_a_usage_error(parquet_glob, tmp_path):
    pattern = Path(parquet_glob).parent / "*"
    result = CliRunner().invoke(main, ["build", "--seeds", str(pattern), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output == (f"Error: {pattern}: matches {pattern.parent / 'notes.txt'}, which is not a .parquet "
                             "file; a pattern gives Parquet corpus files only\n")
    assert not (tmp_path / "out").exists()


def test_an_unreachable_scheduler_leaves_no_out_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(distribute, "CONNECT_TIMEOUT", "1s")
    out = tmp_path / "releases"
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(out), "--engine", "dask",
                                       "--scheduler", "tcp://127.0.0.1:1", "--quiet"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert not out.exists()
