"""Find and load published releases, from a checkout or from an installed package."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from armsdata.build.errors import ArmsdataError, UsageError  # ArmsdataError: the base callers catch

BUNDLED = Path(__file__).resolve().parent.parent / "dataset"
_VERSION_DIR = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")


def bundled_dataset_dir() -> Path:
    """The dataset folder shipped with the package (the repo's dataset/ in a checkout)."""
    try:
        from armsdata import dataset
    except ImportError:  # pragma: no cover - only in a broken install
        return BUNDLED
    return Path(dataset.__file__).resolve().parent


def parse_version(name: str) -> tuple[int, int, int] | None:
    """(major, minor, patch) of a release folder name "vX.Y.Z"; None for any other name."""
    match = _VERSION_DIR.match(name)
    return tuple(int(part) for part in match.groups()) if match else None


def versions(root: Path | None = None) -> list[str]:
    """Published versions under `root` (default: the bundled dataset), oldest first: the
    vX.Y.Z folders that hold a release (_holds_release; not an empty or stray folder so
    named, which a new-user trial of 0.27.0 found taken for the newest release)."""
    root = Path(root) if root else bundled_dataset_dir()
    found = [(parse_version(p.name), p.name[1:]) for p in root.glob("v*")
             if parse_version(p.name) and p.is_dir() and _holds_release(p)]
    return [name for _, name in sorted(found)]


def _holds_release(folder: Path) -> bool:
    """`folder` holds a release, whole or damaged: a datapackage.json, a Parquet table or records.csv."""
    return (folder / "datapackage.json").exists() or any(folder.glob("*.parquet")) or (folder / "records.csv").exists()


def releases_hint(folder: Path) -> str:
    """"; it holds the releases v1.0.0, v1.1.0: give one of those folders" when `folder` holds
    releases (the --out of a build) rather than being one, else "": the hint for a user who
    named the folder that holds releases instead of a release."""
    found = versions(folder) if Path(folder).is_dir() else []
    return f"; it holds the releases {', '.join('v' + v for v in found)}: give one of those folders" if found else ""


def not_a_release(folder: Path) -> str | None:
    """The one-line message for a folder that is not a release (no datapackage.json, Parquet
    table or records.csv), naming the releases it holds when it is the --out of a build; None for
    a release folder, a damaged one, or a path that is no folder."""
    folder = Path(folder)
    if not folder.is_dir() or _holds_release(folder):
        return None  # (a release that lost a file is a release, damaged: the command names the file)
    return f"{folder}: not a release" + (releases_hint(folder) or " (it has no datapackage.json; a release is the "
                                         "vX.Y.Z folder that armsdata build writes)")


def no_releases(root: Path) -> str:
    """The message for a folder that holds no release; for a release folder itself (it has
    a datapackage.json), the hint to give the folder that holds it."""
    if (Path(root) / "datapackage.json").is_file():
        return (f"{root}: no releases found (it is a release itself: give the folder that holds it, "
                f"{Path(root).parent})")
    return f"{root}: no releases found (no vX.Y.Z folder)"


def absent_table(folder: Path, table: str, predates: str) -> str:
    """The message for a release folder without `table`.parquet: a file its datapackage.json
    lists is missing (the folder is damaged), or the release predates the table (`predates`
    says so: "it predates the table")."""
    from armsdata.schema.package import read_package
    from armsdata.schema.report import Unreadable

    try:
        resources = read_package(folder).get("resources")
    except Unreadable:
        resources = None
    listed = {r.get("path") for r in resources if isinstance(r, dict)} if isinstance(resources, list) else set()
    if f"{table}.parquet" in listed:
        return (f"{folder / f'{table}.parquet'}: file does not exist, though the release's datapackage.json "
                f"lists it (a damaged copy: check it with `armsdata validate {folder}`)")
    return f"{folder}: this release has no {table} table ({predates})"


def release_path(version: str | None = None, root: Path | None = None) -> Path:
    """The folder of a release (the latest when `version` is None). Raises UsageError
    when `root` holds no release or not that version."""
    root = Path(root) if root else bundled_dataset_dir()
    published = versions(root)
    if not published:
        raise UsageError(no_releases(root))
    version = str(version or published[-1]).removeprefix("v")  # (a number given for "1.0.0" is named as not published)
    if version not in published:
        raise UsageError(f"version {version} is not published in {root}; published: {', '.join(published)}")
    return root / f"v{version}"


def load(table: str = "records", version: str | None = None, root: Path | None = None) -> pl.DataFrame:
    """One table of a release as a polars DataFrame (read from its Parquet file).

    Raises UsageError (a subclass of ArmsdataError) for an unknown table or version, a
    table that the release predates (deals are in releases from 0.2.0) and a file that
    cannot be read."""
    from armsdata.schema import TABLES

    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    path = release_path(version, root) / f"{table}.parquet"
    if not path.exists():
        raise UsageError(absent_table(path.parent, table, "it predates the table"))
    from armsdata.schema.read import read_parquet

    return read_parquet(path)
