"""The Python API (load, versions, release_path) and `armsdata diff` / `armsdata versions`."""

import json
import os
import shutil
import subprocess
import sys

import polars as pl
import pytest
from click.testing import CliRunner

import armsdata
from armsdata.build.errors import ArmsdataError
from armsdata.cli import main
from armsdata.releases import bundled_dataset_dir

from conftest import ROOT


def test_bundled_dataset_is_the_repository_dataset():
    assert bundled_dataset_dir() == ROOT / "dataset"


def test_load_latest_and_by_version(built_release):
    root = built_release.parent
    assert armsdata.versions(root) == [armsdata.__version__]
    assert armsdata.release_path(root=root) == built_release
    records = armsdata.load("records", root=root)
    assert records.equals(pl.read_parquet(built_release / "records.parquet"))
    assert armsdata.load("actors", armsdata.__version__, root=root).height > 240


def test_load_errors_name_the_problem(built_release):
    with pytest.raises(ArmsdataError, match="unknown table 'mentions'; tables: records, documents, actors, systems, actor_codes, document_sources, deals"):
        armsdata.load("mentions", root=built_release.parent)
    with pytest.raises(ArmsdataError, match=r"version 9.9.9 is not published in .*; published: "):
        armsdata.load("records", "9.9.9", root=built_release.parent)


def test_versions_sort_numerically(tmp_path):
    for name in ("v0.10.0", "v0.2.0", "v0.9.1", "notes", "v1"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "datapackage.json").write_text("{}")
    assert armsdata.versions(tmp_path) == ["0.2.0", "0.9.1", "0.10.0"]


def test_an_empty_version_folder_is_no_release(built_release, tmp_path):
    """A stray empty v9.9.9 folder beside the releases is not taken for the newest (a
    new-user trial of 0.27.0: load, diff and deals then failed on it)."""
    root = built_release.parent
    (root / "v9.9.9").mkdir()
    assert armsdata.versions(root) == [armsdata.__version__]
    assert armsdata.load("records", root=root).height > 0


@pytest.fixture
def two_versions(built_release, tmp_path):
    root = tmp_path / "dataset"
    shutil.copytree(built_release, root / "v0.1.0")
    newer = root / "v0.2.0"
    shutil.copytree(built_release, newer)
    records = pl.read_parquet(newer / "records.parquet")
    first, second = records["record_id"][0], records["record_id"][1]
    changed = records.with_columns(status=pl.when(pl.col("record_id") == first).then(pl.lit("ordered", records["status"].dtype))
                                   .otherwise(pl.col("status")))
    changed = changed.filter(pl.col("record_id") != second)
    extra = records.head(1).with_columns(record_id=pl.lit("ffffffffffffffff-1"), mention_id=pl.lit("ffffffffffffffff"))
    pl.concat([changed, extra]).write_parquet(newer / "records.parquet")
    return root, first, second


def test_diff_reports_added_removed_and_changed(two_versions):
    root, first, second = two_versions
    result = CliRunner().invoke(main, ["diff", "0.1.0", "0.2.0", "--root", str(root)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "0.1.0 -> 0.2.0: 1 added, 1 removed, 1 changed (1 fields)"
    # an added or removed record is shown with its document and span text (found without a join)
    assert "  + ffffffffffffffff-1 000_273756fbf6480a49 'weapons'" in lines
    assert f"  - {second} 000_273756fbf6480a49 'weapons'" in lines
    assert f"  ~ {first} status: 'planned' -> 'ordered'" in lines


def test_diff_names_a_version_given_with_its_folder_prefix_as_the_version(two_versions):
    """`diff 0.1.0 v0.2.0` compared the releases but echoed "v0.2.0" (a new-user trial of 0.20.0)."""
    root, _, _ = two_versions
    result = CliRunner().invoke(main, ["diff", "v0.1.0", "v0.2.0", "--root", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (json.loads(result.output)["old"], json.loads(result.output)["new"]) == ("0.1.0", "0.2.0")
    result = CliRunner().invoke(main, ["diff", "0.1.0", "v0.2.0", "--root", str(root)])
    assert result.output.splitlines()[0] == "0.1.0 -> 0.2.0: 1 added, 1 removed, 1 changed (1 fields)"


def test_diff_json(two_versions):
    root, first, _ = two_versions
    result = CliRunner().invoke(main, ["diff", "0.1.0", "0.2.0", "--root", str(root), "--format", "json"])
    report = json.loads(result.output)
    assert report["summary"] == {"added": 1, "removed": 1, "changed_records": 1, "changed_fields": 1}
    assert report["changed"] == [{"record_id": first, "field": "status", "old": "planned", "new": "ordered"}]
    assert report["added_records"] == [{"record_id": "ffffffffffffffff-1", "doc_id": "000_273756fbf6480a49",
                                        "span_text": "weapons"}]
    assert [r["span_text"] for r in report["removed_records"]] == ["weapons"]


def test_diff_names_the_columns_a_release_added():
    """0.1.0's records had no report_year or evidence span; 0.11.0's do (the bundled releases)."""
    root = ROOT / "dataset"
    result = CliRunner().invoke(main, ["diff", "0.1.0", "0.11.0", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == \
        "  columns added: report_year, report_year_precision, evidence_start, evidence_end"
    report = json.loads(CliRunner().invoke(main, ["diff", "0.1.0", "0.11.0", "--root", str(root), "--format", "json"]).output)
    assert (report["columns_added"], report["columns_removed"]) == (
        ["report_year", "report_year_precision", "evidence_start", "evidence_end"], [])


def test_diff_of_unpublished_version_exits_2(two_versions):
    root, _, _ = two_versions
    result = CliRunner().invoke(main, ["diff", "0.1.0", "3.0.0", "--root", str(root)])
    assert result.exit_code == 2
    # the folder it searched is named (a new-user trial of 0.21.0)
    assert result.output.strip() == f"Error: version 3.0.0 is not published in {root}; published: 0.1.0, 0.2.0"


def test_versions_command(two_versions):
    root, _, _ = two_versions
    assert CliRunner().invoke(main, ["versions", "--root", str(root)]).output == "0.1.0\n0.2.0\n"


def test_help_reads_as_documentation():
    result = CliRunner().invoke(main, ["build", "--help"])
    assert "ingest, extract, assemble, validate and publish" in result.output
    assert "Exit codes: 0 valid, 1 invalid data, 2 usage error" in CliRunner().invoke(main, ["validate", "--help"]).output


def test_build_help_names_every_sources_csv_column():
    """A new-user trial of 0.32.0 found the columns of a folder's sources.csv named only in
    the error for a wrong one: --seeds' help names them all."""
    from armsdata.build.sources import SOURCES_CSV_COLUMNS
    text = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    seeds = text[text.index("--seeds PATH"):text.index("--out PATH")]
    assert all(column in seeds.split("sources.csv (columns", 1)[1] for column in SOURCES_CSV_COLUMNS)


def test_installed_package_loads_and_validates_its_bundled_release(tmp_path):
    """A plain (not editable) `pip install .` into a folder of its own, then, from another
    folder: `armsdata.load` reads the bundled release and `armsdata validate` accepts it."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(ROOT)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = "import armsdata; r = armsdata.load('records'); print(r.height, armsdata.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    height, location = out.stdout.split()
    assert location == str(target / "armsdata" / "__init__.py")
    assert int(height) == pl.read_parquet(ROOT / "dataset" / f"v{armsdata.__version__}" / "records.parquet").height
    validate = subprocess.run([sys.executable, "-c", "from armsdata.cli import main; main()", "validate"],
                              cwd=elsewhere, env=env, capture_output=True, text=True)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert validate.stdout.startswith(f"{target / 'armsdata' / 'dataset' / ('v' + armsdata.__version__)}: valid (")


def test_the_errors_load_raises_are_importable_from_the_package(built_release):
    """help(armsdata.load) names UsageError and ArmsdataError: both are the package's
    (a new-user trial of 0.18.0 found `except armsdata.ArmsdataError` failing)."""
    assert issubclass(armsdata.UsageError, armsdata.ArmsdataError)
    with pytest.raises(armsdata.UsageError, match="unknown table 'mentions'"):
        armsdata.load("mentions", root=built_release.parent)


def test_a_version_given_as_a_number_is_named_as_not_published(built_release):
    """load("records", 1) raised AttributeError, which ArmsdataError does not catch (a
    new-user trial)."""
    with pytest.raises(armsdata.UsageError, match=r"^version 1 is not published in .*; published: "):
        armsdata.load("records", 1, root=built_release.parent)


def test_a_release_folder_given_as_root_is_named_with_its_parent(built_release):
    """load(root=) takes the folder that holds the releases; given a release folder itself
    it says so and names the folder to give (a new-user trial of 0.20.0 got "no vX.Y.Z
    folder" and no hint)."""
    with pytest.raises(armsdata.UsageError) as raised:
        armsdata.load("records", root=built_release)
    assert str(raised.value) == (f"{built_release}: no releases found (it is a release itself: give the folder "
                                 f"that holds it, {built_release.parent})")
