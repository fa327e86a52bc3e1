"""Find and load published releases, from a checkout or from an installed package."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from armsdata.build.errors import ArmsdataError

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
    """Published versions under `root` (default: the bundled dataset), oldest first."""
    root = Path(root) if root else bundled_dataset_dir()
    found = [(parse_version(p.name), p.name[1:]) for p in root.glob("v*") if p.is_dir() and parse_version(p.name)]
    return [name for _, name in sorted(found)]


def releases_hint(folder: Path) -> str:
    """"; it holds the releases v1.0.0, v1.1.0: give one of those folders" when `folder` holds
    releases (the --out of a build) rather than being one, else "": the hint for a user who
    named the folder that holds releases instead of a release."""
    found = versions(folder) if Path(folder).is_dir() else []
    return f"; it holds the releases {', '.join('v' + v for v in found)}: give one of those folders" if found else ""


def release_path(version: str | None = None, root: Path | None = None) -> Path:
    """The folder of a release (the latest when `version` is None)."""
    root = Path(root) if root else bundled_dataset_dir()
    published = versions(root)
    if not published:
        raise ArmsdataError(f"{root}: no published release (no v*.*.* folder)")
    version = (version or published[-1]).removeprefix("v")
    if version not in published:
        raise ArmsdataError(f"version {version} is not published; published: {', '.join(published)}")
    return root / f"v{version}"


def load(table: str = "records", version: str | None = None, root: Path | None = None) -> pl.DataFrame:
    """One table of a release as a polars DataFrame (read from its Parquet file).

    Raises ArmsdataError for an unknown table or version, and for a table that the
    release predates (deals are in releases from 0.2.0)."""
    from armsdata.schema import TABLES

    if table not in TABLES:
        raise ArmsdataError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    path = release_path(version, root) / f"{table}.parquet"
    if not path.exists():
        raise ArmsdataError(f"{path.parent}: this release has no {table} table (it predates the table)")
    return pl.read_parquet(path)
