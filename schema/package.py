"""The package's integrity: datapackage.json lists every table file of the release, with
the file's size in bytes and its sha256."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import BinaryIO

from . import TABLES
from .read import reason
from .report import Problem, Report, Unreadable

FORMATS = ("parquet", "csv")


def hash_rest(handle: BinaryIO, digest) -> int:
    """Feed the rest of an open file to `digest`, 4 MB at a time; the bytes read."""
    read = 0
    for block in iter(lambda: handle.read(1 << 22), b""):
        digest.update(block)
        read += len(block)
    return read


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        hash_rest(handle, digest)
    return digest.hexdigest()


def hash_files(folder: Path, names: list[str]) -> dict[str, str]:
    """sha256 of each named file of `folder` that exists."""
    return {name: sha256_file(folder / name) for name in names if (folder / name).is_file()}


def read_resources(folder: Path) -> list[dict]:
    """The resources of datapackage.json; Unreadable when it cannot be used at all."""
    path = folder / "datapackage.json"
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Unreadable(f"{path}: file does not exist") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Unreadable(f"{path}: not valid JSON ({reason(exc)})") from None
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        raise Unreadable(f"{path}: has no list of resources")
    return resources


def check_resources(folder: Path, resources: list[dict], report: Report,
                    digests: dict[str, str] | None = None, tables: list[str] | None = None) -> None:
    """Every table file (of `tables`, default TABLES) listed, with its size and hash;
    `digests` holds the sha256 of files already read by other checks (the others are
    hashed here)."""
    listed = {r.get("path") for r in resources}
    for table in tables or TABLES:
        for fmt in FORMATS:
            if f"{table}.{fmt}" not in listed:
                report.add(Problem("integrity", table, None, None, f"{table}.{fmt}",
                                   f"datapackage.json does not list {table}.{fmt}", "package"))
    known = dict(digests or {})
    for resource in resources:
        name = str(resource.get("path"))
        if name not in known and (folder / name).is_file():
            known[name] = sha256_file(folder / name)
        _check_resource(folder, resource, known.get(name), report)


def _check_resource(folder: Path, resource: dict, digest: str | None, report: Report) -> None:
    name = str(resource.get("path"))
    table = name.rsplit(".", 1)[0]
    target = folder / name
    if not target.is_file():
        report.add(Problem("integrity", table, None, None, name, f"{name} is listed in datapackage.json but missing",
                           "package"))
        return
    size = target.stat().st_size
    if resource.get("bytes") != size:
        report.add(Problem("integrity", table, None, None, name,
                           f"{name} has {size} bytes, datapackage.json says {resource.get('bytes')}", "package"))
    if resource.get("hash") != f"sha256:{digest}":
        report.add(Problem("integrity", table, None, None, name,
                           f"{name} does not match its sha256 in datapackage.json", "package"))
