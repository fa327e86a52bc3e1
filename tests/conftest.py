"""Shared fixtures: the repository's paths, a release built once per session, and a
helper that edits a release's table the way a broken file would look."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import polars as pl
import pytest

from armsdata.build.pipeline import build_release
from armsdata.build.publish import file_resource, write_tables

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
RELEASE_IN_DOCS = re.compile(r"dataset/v\d+\.\d+\.\d+")  # a release path in README or codebook examples


@pytest.fixture(scope="session")
def built_release(tmp_path_factory) -> Path:
    """The seeds built once into a temporary dataset folder (read only: copy it to edit)."""
    out = tmp_path_factory.mktemp("dataset")
    return build_release(SEEDS, out).path


@pytest.fixture
def release(built_release, tmp_path) -> Path:
    """A private copy of the built release, free to break."""
    target = tmp_path / "dataset" / built_release.name
    shutil.copytree(built_release, target)
    return target


def rewrite_table(release: Path, table: str, change, refresh_package: bool = True) -> None:
    """Apply `change` (DataFrame -> DataFrame) to a table, write both files again and,
    unless told otherwise, refresh their sizes and hashes in datapackage.json."""
    frame = change(pl.read_parquet(release / f"{table}.parquet"))
    write_tables(release, {table: frame})
    if refresh_package:
        refresh_hashes(release)


def refresh_hashes(release: Path) -> None:
    path = release / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if (release / resource["path"]).exists():
            fresh = file_resource(release, resource["path"])
            resource["bytes"], resource["hash"] = fresh["bytes"], fresh["hash"]
    path.write_text(json.dumps(package, indent=2), encoding="utf-8")


def fenced_blocks(markdown: str, section: str) -> list[tuple[str, str]]:
    """(language, code) of each fenced block under the `## section` heading (up to the
    next `## ` heading), dedented when the block is indented in a list item."""
    body = markdown.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return [(language, textwrap.dedent(code))
            for _, language, code in re.findall(r"^( *)```(\w+)\n(.*?)^\1```", body, re.M | re.S)]
