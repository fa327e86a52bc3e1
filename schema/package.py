"""The package: datapackage.json states what the release is (its required fields, its
licence, the version its folder is named after), lists every table file of the release
and no other, with the file's size in bytes, its sha256 and the Table Schema generated
from the models."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import BinaryIO

from . import TABLES
from .read import reason
from .report import Problem, Report, Unreadable, short
from .tableschema import table_schema
from .vocab import grew

FORMATS = ("parquet", "csv")
TABLE_FILES = tuple(f"{table}.{fmt}" for table in TABLES for fmt in FORMATS)


def hash_rest(handle: BinaryIO, digest) -> int:
    """Feed the rest of an open file to `digest`, 4 MB at a time; the bytes read."""
    read = 0
    for block in iter(lambda: handle.read(1 << 22), b""):
        digest.update(block)
        read += len(block)
    return read


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of the file at `path`, read 4 MB at a time. Raises OSError when unreadable."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        hash_rest(handle, digest)
    return digest.hexdigest()


def hash_files(folder: Path, names: list[str]) -> dict[str, str]:
    """sha256 of each named file of `folder` that exists."""
    return {name: sha256_file(folder / name) for name in names if (folder / name).is_file()}


def changed_files(folder: Path, names: list[str]) -> list[str]:
    """The named files of a release folder whose sha256 is not the one its datapackage.json
    lists (a file it does not list counts as changed); empty when the descriptor is missing
    or unreadable (validate says so) or every file matches."""
    try:
        resources = read_package(folder).get("resources")
    except Unreadable:
        return []
    listed = {str(r.get("path")): r.get("hash") for r in (resources if isinstance(resources, list) else [])
              if isinstance(r, dict)}
    return [name for name, digest in hash_files(folder, names).items() if listed.get(name) != f"sha256:{digest}"]


def read_package(folder: Path) -> dict:
    """datapackage.json as a dict; Unreadable when it is missing or not a JSON object."""
    path = folder / "datapackage.json"
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Unreadable(f"{path}: file does not exist") from None
    except OSError as exc:
        raise Unreadable(f"{path}: cannot be read ({reason(exc)})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Unreadable(f"{path}: not valid JSON ({reason(exc)})") from None
    if not isinstance(package, dict):
        raise Unreadable(f"{path}: not a JSON object")
    return package


# What every release's descriptor states (Data Package v2 requires only resources; a
# release also promises who may use it and which version it is).
REQUIRED_FIELDS = ("name", "title", "version", "created", "licenses", "resources")
_VERSION_FOLDER = re.compile(r"^v(\d+\.\d+\.\d+)$")
DESCRIPTOR = "datapackage.json"


def folder_version(folder: Path) -> str | None:
    """The version a release folder is named after (v1.2.3 -> 1.2.3), else None."""
    match = _VERSION_FOLDER.match(Path(folder).name)
    return match.group(1) if match else None


def check_descriptor(folder: Path, package: dict, report: Report, version: str | None = None) -> list[dict]:
    """The descriptor against the release: the required fields, a licence, the version
    the folder is named after (or `version`), one resource per table file and no other,
    and each resource's Table Schema equal to the one generated from the models
    (tableschema.table_schema), a field's description aside (it documents the field and
    may have been reworded since the release was written). Returns the resources fit for
    the size and hash checks."""
    def problem(message: str, table: str | None = None, value=None) -> None:
        report.add(Problem("descriptor", table, None, None, short(value), message, "descriptor", DESCRIPTOR))

    for field in REQUIRED_FIELDS:
        if field not in package:
            problem(f"datapackage.json lacks the field {field}")
    licenses = package.get("licenses", [])
    if "licenses" in package and not (isinstance(licenses, list) and licenses and all(
            isinstance(x, dict) and (x.get("name") or x.get("path")) for x in licenses)):
        problem("datapackage.json: licenses must list at least one licence, each with a name or path",
                value=licenses)
    expected = version or folder_version(folder)
    if "version" in package and expected and package["version"] != expected:
        problem(f"datapackage.json says version {package['version']}, the release is {expected}",
                value=package["version"])
    resources = package.get("resources", [])
    if not isinstance(resources, list):
        problem("datapackage.json: resources is not a list", value=resources)
        return []
    usable = []
    for position, resource in enumerate(resources):
        name = resource.get("path") if isinstance(resource, dict) else None
        if not isinstance(name, str) or name not in TABLE_FILES:
            problem(f"datapackage.json: resource {position + 1} ({short(name) if name else 'no path'}) "
                    "is not a table file of the release", value=name)
            continue
        if any(r.get("path") == name for r in usable):
            problem(f"datapackage.json lists {name} twice", value=name)
            continue
        usable.append(resource)
        table = name.rsplit(".", 1)[0]
        difference = _schema_difference(resource.get("schema"), table_schema(table))
        if difference:
            problem(f"datapackage.json: the schema of {name} is not the schema of {table}: {difference}", table)
    on_disk = sorted(p.name for p in folder.iterdir() if p.suffix in (".csv", ".parquet") and p.is_file())
    listed = {r.get("path") for r in usable}
    for name in on_disk:
        if name not in listed and name not in TABLE_FILES:
            problem(f"{name} is in the release folder but not in datapackage.json", value=name)
    return usable


def _vocabulary_grown(field: dict, want: dict) -> bool:
    """The field's vocabulary (constraints.enum, and categories) opens the expected one,
    which has words added at the end, and its other constraints are the same: a release
    written before the vocabulary grew (its description may be the older one too)."""
    found, wanted = field.get("constraints"), want.get("constraints")
    if not isinstance(found, dict) or not isinstance(wanted, dict):
        return False
    old, new = found.get("enum"), wanted.get("enum")
    if not isinstance(old, list) or not isinstance(new, list) or not grew(old, new):
        return False
    if field.get("categories", old) != old or want.get("categories", new) != new:
        return False  # (the Table Schema categories list the same words as the enum)
    return {k: v for k, v in found.items() if k != "enum"} == {k: v for k, v in wanted.items() if k != "enum"}


def _schema_difference(found, expected: dict) -> str | None:
    """The first way a resource's Table Schema differs from the expected one, in words."""
    if not isinstance(found, dict):
        return "it has none"
    fields = found.get("fields")
    if not isinstance(fields, list) or not all(isinstance(f, dict) for f in fields):
        return "it has no list of fields"
    names, wanted = [f.get("name") for f in fields], [f["name"] for f in expected["fields"]]
    if names != wanted:
        missing = [n for n in wanted if n not in names]
        extra = [n for n in names if n not in wanted]
        said = [f"unknown fields: {', '.join(map(str, extra))}"] if extra else []
        said += [f"missing fields: {', '.join(missing)}"] if missing else []
        return "; ".join(said) or "the fields are out of order"
    for field, want in zip(fields, expected["fields"]):
        grown = _vocabulary_grown(field, want)
        for key in sorted(set(field) | set(want)):
            # (a description documents the field and may have been reworded since the release
            # was written: 0.33.0 corrected systems.catalogued's; it constrains nothing)
            if key != "description" and field.get(key) != want.get(key) and \
                    not (grown and key in ("constraints", "categories")):
                return f"field {want['name']} has {key} {short(field.get(key))}, expected {short(want.get(key))}"
    for key in sorted(set(found) | set(expected)):
        if key != "fields" and found.get(key) != expected.get(key):
            return f"{key} is {short(found.get(key))}, expected {short(expected.get(key))}"
    return None


def check_resources(folder: Path, resources: list[dict], report: Report,
                    digests: dict[str, str] | None = None) -> None:
    """Every table file listed, with its size and hash; `digests` holds the sha256 of
    files already read by other checks (the others are hashed here)."""
    listed = {r.get("path") for r in resources}
    for name in TABLE_FILES:
        if name not in listed:
            report.add(Problem("integrity", name.rsplit(".", 1)[0], None, None, name,
                               f"datapackage.json does not list {name}", "package", DESCRIPTOR))
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
                           "package", DESCRIPTOR))
        return
    size = target.stat().st_size
    changed = resource.get("hash") != f"sha256:{digest}"
    why = _line_ends_changed(target) if changed and name.endswith(".csv") else ""
    if resource.get("bytes") != size:
        report.add(Problem("integrity", table, None, None, name,
                           f"{name} has {size} bytes, datapackage.json says {short(resource.get('bytes'))}{why}",
                           "package", name))
    if changed:
        report.add(Problem("integrity", table, None, None, name,
                           f"{name} does not match its sha256 in datapackage.json{why}", "package", name))


def _line_ends_changed(path: Path) -> str:
    """Why a CSV file's bytes changed, when a look at its start can tell: a release ends
    CSV lines with LF, and a file re-saved on Windows or by a spreadsheet ends them with CR LF."""
    with path.open("rb") as handle:
        start = handle.read(1 << 16)
    if b"\r\n" in start:
        return ": its line ends were changed to CR LF (Windows); the release writes LF"
    return ""
