"""Stage 5, publish: write a release folder atomically, and never change a published one.

The release is written into a scratch folder beside its destination (`staging`,
`write_release`), validated there as it will be published, and renamed into place only
when complete and valid (`commit`). If the version is already published, the new build
is compared with it by content: the same content writes nothing; a difference is refused.
One build at a time writes into a releases folder (a lock on it); the scratch folders
that killed builds leave there are hidden, never named like a release, and removed by
the next build.
"""

from __future__ import annotations

import errno
import filecmp
import json
import os
import re
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import polars as pl

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from armsdata.schema import TABLES
from armsdata.schema.read import parquet_chunks, parquet_height

from .describe import PACKAGE_NAME
from .errors import ArmsdataError, UsageError

# Fixed writer options: with a fixed row group size and rechunked frames, the same
# frame gives the same Parquet bytes (the writer's version is stored in the file too).
PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 3, "statistics": True}
# Rows per row group. Documents carry their text (some 3 kB each), so theirs are small:
# the checks that look up the documents of a chunk of records then read little more
# than those documents.
ROW_GROUP_ROWS = {"documents": 10_000}
DEFAULT_ROW_GROUP_ROWS = 100_000


@dataclass(frozen=True)
class Published:
    """The release folder `path` and whether it was `written` (False when the identical release
    was already published)."""

    path: Path
    written: bool  # False when the identical release was already published


def write_tables(folder: Path, tables: dict[str, pl.DataFrame | pl.LazyFrame],
                 written: Callable[[Path], None] | None = None) -> None:
    """Each table as Parquet and CSV. A lazy table (the parts of a large build) is
    streamed into its files; the bytes are those of writing the frame whole. `written`,
    when given, is called with each file's path once it is complete."""
    for name, frame in tables.items():
        frame = frame.lazy()
        rows = ROW_GROUP_ROWS.get(name, DEFAULT_ROW_GROUP_ROWS)
        frame.sink_parquet(folder / f"{name}.parquet", row_group_size=rows, **PARQUET_OPTIONS)
        if written:
            written(folder / f"{name}.parquet")
        frame.sink_csv(folder / f"{name}.csv", include_header=True, **_csv_options())
        if written:
            written(folder / f"{name}.csv")


def write_parts(folder: Path, batches: Iterable[dict[str, pl.DataFrame]]) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """Each batch's records and documents as numbered Parquet parts in `folder`; returns
    the records and the documents of all parts, scanned as two tables in batch order."""
    folder.mkdir()
    paths: dict[str, list[Path]] = {"records": [], "documents": []}
    for number, batch in enumerate(batches):
        for table, found in paths.items():
            found.append(folder / f"{table}-{number:06d}.parquet")
            batch[table].write_parquet(found[-1], compression="lz4")  # scratch: fast over small
    return pl.scan_parquet(paths["records"]), pl.scan_parquet(paths["documents"])


def file_resource(folder: Path, name: str, sha256: str | None = None) -> dict:
    """The Frictionless resource of `folder`/`name` (a .csv or .parquet file): name, path,
    format, mediatype, encoding, size in bytes and sha256 hash (`sha256`, when the caller
    has hashed the file already). Raises OSError when the file is missing."""
    path = folder / name
    fmt = path.suffix.lstrip(".")
    return {
        "name": name.replace(".", "-"),
        "path": name,
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/vnd.apache.parquet",
        "encoding": "utf-8" if fmt == "csv" else None,
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256 or _sha256_file(path)}",
    }


def _csv_options() -> dict:
    # schema.package and schema.parity import the models, and pandera with them: imported
    # when first needed (see assemble.expected_schema)
    from armsdata.schema.parity import CSV_OPTIONS

    return CSV_OPTIONS


def _sha256_file(path: Path) -> str:
    from armsdata.schema.package import sha256_file

    return sha256_file(path)


SCRATCH_PREFIX = ".v"  # scratch folders are .vVERSION-XXXXXXXX: hidden, and never a vX.Y.Z release
SCRATCH_NAME = re.compile(r"\.v\d[^/]*-[a-z0-9_]{8}")  # tempfile.mkdtemp adds 8 such characters


def check_out(out: Path) -> None:
    """Raise UsageError when OUT cannot be a folder for releases as it stands: a file, a
    path below a file, a folder this process may not write into, or a path whose nearest
    existing folder it may not create OUT in (read-only, or a read-only file system).
    Checked before the corpus is read, with the messages staging gives (it checks again
    when it creates OUT and writes there)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file, not a folder for releases")
    existing = next((parent for parent in out.parents if parent.exists()), None)
    if not out.exists() and existing is not None and not existing.is_dir():
        raise UsageError(f"{out}: cannot create the releases folder (Not a directory)")
    if out.exists() and (problem := _unwritable(out)):
        raise UsageError(f"{out}: cannot write a release there ({problem})")
    if not out.exists() and existing is not None and (problem := _unwritable(existing)):
        raise UsageError(f"{out}: cannot create the releases folder ({problem})")


def _unwritable(folder: Path) -> str | None:
    """None when this process may create files in `folder`, else why not, in the words of
    the system's error (strerror): "Read-only file system" or "Permission denied"."""
    if os.access(folder, os.W_OK | os.X_OK):
        return None
    read_only = hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY
    return os.strerror(errno.EROFS if read_only else errno.EACCES)


@contextmanager
def staging(out: Path, version: str) -> Iterator[Path]:
    """A scratch folder beside the release's destination, removed on the way out unless
    `commit` has renamed it into place: an interrupted or refused build leaves nothing.

    The build holds a lock on OUT while it runs (flock on the folder itself, released by
    the system even when the process is killed): a second build into the same OUT is
    refused, and the scratch folders that a killed build left are removed. UsageError
    when OUT cannot be created or written, or another build holds it."""
    out = Path(out)
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(f"{out}: is a file, not a folder for releases") from None
    except OSError as exc:
        raise UsageError(f"{out}: cannot create the releases folder ({exc.strerror or exc})") from None
    try:
        with _locked(out):
            _remove_leftovers(out)
            try:
                scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{version}-", dir=out))
            except OSError as exc:
                raise UsageError(f"{out}: cannot write a release there ({exc.strerror or exc})") from None
            try:
                scratch.chmod(0o755)  # mkdtemp makes it private; a release is for everyone to read
                yield scratch
            finally:
                if scratch.exists():
                    shutil.rmtree(scratch, ignore_errors=True)
    finally:
        if created:  # a build that published nothing leaves no empty folder behind
            with suppress(OSError):
                out.rmdir()


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    if fcntl is None:  # Windows: no lock
        yield
        return
    try:
        handle = os.open(out, os.O_RDONLY)
    except OSError as exc:
        raise UsageError(f"{out}: cannot open the releases folder ({exc.strerror or exc})") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UsageError(f"{out}: another build is writing into this folder; "
                             "try again when it has finished") from None
        yield
    finally:
        os.close(handle)  # releases the lock


def _remove_leftovers(out: Path) -> None:
    """Scratch folders of builds that were killed (only called with the lock held, so no
    running build owns one)."""
    for path in out.iterdir():
        if SCRATCH_NAME.fullmatch(path.name) and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


def write_release(folder: Path, tables: dict[str, pl.DataFrame], descriptor: dict) -> None:
    """Write `tables` as Parquet and CSV into `folder`, then datapackage.json: `descriptor`
    with a resource for every file written (UTF-8, indented JSON)."""
    # Each file is hashed in a thread as soon as it is written, while the next is written
    # (hashlib and polars' writers release the GIL): hashed after all were written, the
    # files of a 10,000-document build took 0.2 s more.
    with ThreadPoolExecutor(max_workers=1) as pool:
        hashing: dict[str, Future] = {}
        write_tables(folder, tables, lambda path: hashing.__setitem__(path.name, pool.submit(_sha256_file, path)))
        digests = {name: future.result() for name, future in hashing.items()}
    descriptor = _with_resources(descriptor, folder, digests)
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")


def commit(scratch: Path, target: Path) -> Published:
    """Move a complete, valid release into place; if the version is already published,
    check that the content is the same and write nothing."""
    if target.exists():
        _compare(target, scratch)
        return Published(target, written=False)
    scratch.rename(target)
    return Published(target, written=True)


def _with_resources(descriptor: dict, folder: Path, digests: dict[str, str]) -> dict:
    resources = []
    for resource in descriptor["resources"]:
        files = {key: value for key, value in file_resource(folder, resource["path"], digests.get(resource["path"])).items()
                 if value is not None}
        resources.append({**files, **{k: v for k, v in resource.items() if k not in files}})
    return {**descriptor, "resources": resources}


def _compare(published: Path, fresh: Path) -> None:
    """Same content: the same CSV bytes, the same Parquet rows, the same descriptor (less the
    Parquet files' own bytes and hashes, which depend on the writer's version)."""
    changes = []
    for table in TABLES:
        old_csv, new_csv = published / f"{table}.csv", fresh / f"{table}.csv"
        if not old_csv.exists() or not filecmp.cmp(old_csv, new_csv, shallow=False):
            changes.append(_describe_change(published, fresh, table))
        elif not _same_rows(published / f"{table}.parquet", fresh / f"{table}.parquet"):
            changes.append(f"{table}: Parquet content differs")
    if _comparable(published / "datapackage.json") != _comparable(fresh / "datapackage.json"):
        changes.append("datapackage.json: metadata differs")
    if not changes:
        return
    if json.loads((fresh / "datapackage.json").read_text(encoding="utf-8")).get("name") != PACKAGE_NAME:
        # a corpus of the user's own (--name): no word of this package's version file
        raise ArmsdataError(
            f"{published} is already published and this build differs ({'; '.join(changes)}). "
            "Published versions are never changed: build a new version (--version X.Y.Z), or write to "
            "another folder (--out DIR)."
        )
    raise ArmsdataError(
        f"{published} is already published and this build differs ({'; '.join(changes)}). "
        "Published versions are never changed: for a corpus of your own, give it its own name and "
        "version (armsdata build --seeds DIR --name NAME --version X.Y.Z --out DIR); for this package's "
        "release, bump the version in armsdata/_version.py and add a CHANGELOG.md entry, then build again."
    )


def _same_rows(old: Path, new: Path, chunk: int = 100_000) -> bool:
    """The two Parquet files hold equal rows (compared a chunk at a time)."""
    try:
        height = parquet_height(old)
        if parquet_height(new) != height:
            return False
        return all(a.equals(b) for (_, a), (_, b) in zip(parquet_chunks(old, height, chunk),
                                                         parquet_chunks(new, height, chunk)))
    except ArmsdataError:  # a published file that cannot be read differs
        return False


def _describe_change(published: Path, fresh: Path, table: str) -> str:
    built = parquet_height(fresh / f"{table}.parquet")
    try:
        old = parquet_height(published / f"{table}.parquet")
    except ArmsdataError:
        return f"{table}: published file missing or unreadable"
    return f"{table}: {old} rows published, {built} rows built" if old != built \
        else f"{table}: {built} rows, values differ"


def _comparable(path: Path) -> dict | None:
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    for resource in descriptor.get("resources", []):
        if resource.get("format") == "parquet":
            resource.pop("bytes", None)
            resource.pop("hash", None)
    return descriptor
