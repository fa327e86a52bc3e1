"""The `armsdata` command: a thin layer over armsdata.build, armsdata.schema and the
release helpers. Every command reports problems as one line on stderr, never a traceback,
and every command exits by one contract (main's help, README "The command line"): the
exception's exit_code decides, UsageError (2) for usage and unreadable input,
ArmsdataError (1) for invalid data."""

from __future__ import annotations

import json
import re
import signal
import sys
from pathlib import Path

import click

from armsdata._version import __version__
from armsdata.build.errors import ArmsdataError, UsageError

TEXT_FORMATS = click.Choice(["text", "json"])
# The release's tables (armsdata.schema.TABLES, not imported here: pandera is slow to load)
TABLE_NAMES = ("records", "documents", "actors", "systems", "actor_codes", "document_sources", "deals")


def fail(message: str, code: int = 2) -> None:
    """Print "Error: <message>" on stderr, one line, and exit with `code` (2: usage or
    unreadable input, 1: invalid data; an ArmsdataError's exit_code). Never returns."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


class _OneLineErrors(click.Group):
    """A group whose usage errors are one line too ("Error: Invalid value for '--format':
    'xml' is not one of 'text', 'json', 'github'. (see armsdata validate --help)", exit 2),
    like every other problem a command reports: click's own prints the usage and a hint
    line first."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # bare `armsdata`: the help, not an error
            click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            sys.exit(0)
        except click.UsageError as exc:
            where = f" (see {_help_path(exc, self, sys.argv[1:] if args is None else list(args))} --help)"
            fail(exc.format_message() + _glob_hint(exc) + where, exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C (KeyboardInterrupt) outside a build's own handling
            fail("stopped by SIGINT (Ctrl-C)", 130)
        sys.exit(code if isinstance(code, int) else 0)


def _help_path(exc: click.UsageError, group: click.Group, argv: list[str]) -> str:
    """The command whose --help a usage error points to: the error's context, or, when the
    error came before a context was made, the subcommand named on the command line
    ("armsdata deals --supplier" with no value: `armsdata deals`, not `armsdata`)."""
    if exc.ctx is not None:
        return exc.ctx.command_path
    sub = next((a for a in argv if a in group.commands), None)
    return "armsdata" + (f" {sub}" if sub is not None else "")


def _glob_hint(exc: click.UsageError) -> str:
    """For extra arguments that are files: the shell expanded an unquoted glob (`--seeds
    pq/part-*.parquet` arrives as several paths)."""
    found = re.match(r"Got unexpected extra arguments? \((.+)\)$", exc.format_message())
    extra = found.group(1).split() if found else []
    if extra and all(Path(a).exists() for a in extra):
        return "; quote a glob (--seeds 'pq/part-*.parquet'), or the shell expands it into several paths"
    return ""


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="armsdata")
def main() -> None:
    """armsdata: every weapons mention in news text as a validated arms-transfer record.

    \b
    armsdata build       seeds/ or a corpus file -> dataset/vX.Y.Z/ (records, documents, actors,
                         systems, actor_codes, document_sources, deals)
    armsdata validate    check a release or one table file (for CI)
    armsdata deals       the transfers of a release, with the sentences behind each field
    armsdata evaluate    score the extractor against a gold annotation
    armsdata diff        what changed in the records between two versions
    armsdata versions    the published versions

    \b
    Exit codes, the same for every command:
      0  done
      1  invalid data: input that was read but breaks a rule (a corpus or gold value,
         a release or a build that fails validation)
      2  usage error or unreadable input: a bad option, a path that does not exist or
         holds nothing to read, a file of the wrong kind, or one that is not valid UTF-8,
         JSON, CSV or Parquet
      130  stopped by Ctrl-C (SIGINT); 143 by SIGTERM, for build and evaluate --seeds
    """


# -- build ---------------------------------------------------------------------------------
_NAME = re.compile(r"^[a-z0-9._-]+$")
# X.Y.Z, each a number with no leading zero (Semantic Versioning): "01.0.0" would sit beside
# "1.0.0" as another release of the same version
_VERSION = re.compile(r"^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$")
# A licence id as Open Definition and SPDX write them ("CC-BY-4.0", "ODbL-1.0", "LicenseRef-internal")
_LICENSE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$")
_CONTRIBUTOR = re.compile(r"^\S(?:.{0,198}\S)?$")


def _check(pattern: re.Pattern, what: str, prefix: str = ""):
    """A click callback: the value when `pattern` matches it (after an optional `prefix`, which
    is dropped: "v1.2.0" is "1.2.0", as diff and versions take it), else a usage error; for
    an option given several times, each of its values."""
    def check(ctx, param, value):
        if isinstance(value, tuple):
            return tuple(check(ctx, param, one) for one in value)
        given = value
        if value is not None and prefix and value.startswith(prefix):
            value = value[len(prefix):]
        if value is not None and not pattern.match(value):
            raise click.BadParameter(f"{given!r} is not {what}")
        return value
    return check


def _progress(quiet: bool):
    """A tqdm bar on a terminal, a line every few seconds in a log, nothing with --quiet."""
    if quiet:
        return None
    from armsdata.progress import BarProgress, LineProgress

    stream = sys.stderr
    return BarProgress(stream) if stream.isatty() else LineProgress(stream)


@main.command()
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              help="The corpus: a folder of .txt and .html/.htm files with an optional sources.csv (columns "
                   "doc_id, the file's name without its extension, then any of title, publisher, url, "
                   "published as YYYY-MM-DD, published_precision day, month or year, language), or one "
                   ".jsonl, .csv or .parquet file with one article per row (a text column; id, title, "
                   "publisher, url, published, published_precision, language where present), or a "
                   "quoted glob of such Parquet files ('/shared/archive/part-*.parquet'), read in path order.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("dataset"), show_default=True,
              help="Where releases live; this build goes to OUT/vVERSION/ (other versions there are left alone).")
@click.option("--name", default="armsdata", show_default=True, callback=_check(_NAME, "a package name "
              "(lower-case letters, digits, '.', '_', '-')"),
              help="The data package's name in datapackage.json; name a corpus of your own "
                   "(lower-case letters, digits, '.', '_' and '-', as Frictionless package names are).")
@click.option("--version", "version", default=None, callback=_check(_VERSION, "a version X.Y.Z (whole numbers, no leading zeros)", prefix="v"),
              help=f"The release's version, X.Y.Z or vX.Y.Z (default: the package's, {__version__}).")
@click.option("--license", "license_id", default=None, metavar="ID",
              callback=_check(_LICENSE, "a licence id (letters, digits, '.', '+', '-': CC-BY-4.0, CC0-1.0)"),
              help="The licence datapackage.json declares for the records and tables, an Open Definition "
                   "or SPDX id (default: CC-BY-4.0, the bundled seeds' licence). CC-BY-4.0, CC-BY-SA-4.0, "
                   "CC0-1.0, ODC-By-1.0, ODbL-1.0 and PDDL-1.0 are written with their URL and title, any "
                   "other id (LicenseRef-internal) as given. The records quote the articles' text: declare "
                   "only what you may for a corpus of your own.")
@click.option("--contributor", "contributors", multiple=True, metavar="NAME",
              callback=_check(_CONTRIBUTOR, "a name (1-200 characters, not starting or ending with a space)"),
              help="A creator datapackage.json names; repeat for several, in order (default: armsdata "
                   "developers).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes for extraction (default: up to 2; large corpora only).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where documents are extracted: here, or as Dask tasks (pip install 'armsdata[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: a running Dask scheduler (tcp://HOST:8786); by default a local "
                   "cluster of one worker process per core is started and closed after.")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="With --engine dask: how many tasks the corpus is cut into (default: 2,000 documents "
                   "each, at least 4 per worker thread).")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def build(seeds: Path, out: Path, name: str, version: str | None, license_id: str | None,
          contributors: tuple[str, ...], workers: int | None, engine: str,
          scheduler: str | None, partitions: int | None, quiet: bool) -> None:
    """Build a release from the corpus at SEEDS.

    Runs the pipeline stages ingest, extract, assemble, validate and publish. Ingest
    reads and checks the whole corpus first: a mistake in sources.csv or in a corpus
    file's metadata stops the build, naming the file, line and column, before anything
    is written. Sources with the same text (or the same but for whitespace and quotation
    marks) become one document; each is kept in document_sources. The release (records,
    documents, actors, systems, actor_codes, document_sources and deals, each as Parquet
    and CSV, and datapackage.json) goes to OUT/vVERSION/; nothing is written when
    validation fails. A version that is already published is never changed: an identical
    build writes nothing, a different one is refused until the version is bumped
    (--version for a corpus of your own). Ctrl-C or SIGTERM stops a build cleanly, and a
    second build into the same OUT is refused while one runs.

    With --engine dask, each Dask task extracts a share of the corpus and writes it
    under OUT; this machine then assembles, validates and publishes the same release as
    the local build. On a cluster, OUT must be on storage that every worker shares, and
    every worker needs the same armsdata installed. With a glob of Parquet files as
    SEEDS, the workers read the files themselves (they must see them at the same path).

    Exit codes: 0 built (or unchanged); 1 invalid data: a corpus value that breaks a rule
    (sources.csv, a corpus file's columns), a build that fails validation or differs from
    the published version; 2 usage error or unreadable input: a path that does not exist
    or holds no documents, a file of the wrong kind or not valid UTF-8, JSON, CSV or
    Parquet, an OUT that is a file or cannot be written (checked before the corpus is
    read), an unreachable scheduler; 130/143 stopped by SIGINT/SIGTERM.
    """
    from armsdata.build.pipeline import build_release

    from armsdata.build.readers import is_pattern

    if not seeds.exists() and not is_pattern(seeds):
        defaulted = click.get_current_context().get_parameter_source("seeds") == click.core.ParameterSource.DEFAULT
        fail(f"{seeds}: no such file or folder" + ("; the default --seeds is the seeds/ folder of a clone of the "
                                                   "repository: run there, or give --seeds PATH" if defaulted else ""))
    try:
        dask_engine = _dask_engine(engine, scheduler, partitions, workers, quiet)
    except ArmsdataError as exc:
        fail(str(exc))
    progress = _progress(quiet)
    try:
        result = build_release(seeds, out, version=version or __version__, workers=workers, progress=progress,
                               name=name, engine=dask_engine, license_id=license_id, contributors=contributors)
    except ArmsdataError as exc:
        _close(progress)
        from armsdata.build.distribute import SchedulerUnreachable

        fail(str(exc), 2 if isinstance(exc, SchedulerUnreachable) else exc.exit_code)
    except KeyboardInterrupt:  # Ctrl-C before the build could take it over
        _close(progress)
        fail("build stopped by SIGINT; nothing was published", 130)
    _close(progress)
    for note in result.notes:
        click.echo(f"Note: {note}", err=True)
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items())
    state = "written" if result.written else "unchanged (identical to the published release)"
    folded = "; 1 duplicate source folded into its document" if result.duplicates == 1 else \
        f"; {result.duplicates} duplicate sources folded into their documents" if result.duplicates else ""
    click.echo(f"{result.path}: {state}; {counts}{folded}")


def _dask_engine(engine: str, scheduler: str | None, partitions: int | None, workers: int | None, quiet: bool):
    """The distribute.DaskEngine of `--engine dask`, or None for the local build."""
    if engine == "local":
        given = [name for name, value in (("--scheduler", scheduler), ("--partitions", partitions)) if value]
        if given:
            raise click.UsageError(f"{' and '.join(given)} {'need' if len(given) > 1 else 'needs'} --engine dask")
        return None
    if workers is not None:
        raise click.UsageError("--workers is for --engine local; a Dask cluster has its own workers")
    from armsdata.build.distribute import DaskEngine

    return DaskEngine(scheduler, partitions, notice=None if quiet else lambda line: click.echo(line, err=True))


def _close(progress) -> None:
    if progress is not None:
        progress.close()


def local_dataset() -> Path | None:
    """./dataset when the command runs in a project, else None (the bundled releases)."""
    return Path("dataset") if Path("dataset").is_dir() else None


# -- validate ------------------------------------------------------------------------------
def default_release() -> Path:
    """The release folder used when none is given: the latest v*.*.* under ./dataset when
    that folder holds one, else the latest release bundled with the package. Raises
    ArmsdataError when neither has a published release."""
    from armsdata.releases import bundled_dataset_dir, release_path, versions

    local = Path("dataset")
    if local.is_dir() and versions(local):
        return release_path(None, local)
    return release_path(None, bundled_dataset_dir())


def _whose(release: Path) -> str:
    """What a default release is, for the line that names it: "the latest release under
    ./dataset" or "the release bundled with the package"."""
    return "the latest release under ./dataset" if Path("dataset").resolve() in release.resolve().parents \
        else "the release bundled with the package"


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--table", type=click.Choice(TABLE_NAMES),
              help="The table of a single file, when its name does not say (or says another).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text", show_default=True,
              help="text for people, json for machines, github for workflow annotations.")
@click.option("--max-errors", type=click.IntRange(0), default=1000, show_default=True,
              help="How many problems to list in full (all are counted).")
def validate(path: Path | None, table: str | None, fmt: str, max_errors: int) -> None:
    """Check a release folder or a single table file against the schemas.

    PATH is a release folder (default: the latest release under ./dataset, or the one
    bundled with the package): every table against its schema, the rules across tables,
    CSV/Parquet parity, and datapackage.json (its version, its resources and their
    schemas, sizes and hashes). Or PATH is one .parquet or .csv table file, checked
    against its own schema: the table its name says ("records.csv", or a table's name and
    more after "_", "-" or ".": "records_2024.parquet"), else the one --table names.

    Problems name the file they are in. Rows of a Parquet file are counted from 0; a CSV
    file's problems give the line of the file (the header is line 1).

    Exit codes: 0 valid, 1 invalid data, 2 usage error or unreadable input (with --format
    json or github, the error is printed as JSON or as a workflow annotation too).
    """
    from armsdata.releases import not_a_release
    from armsdata.schema.check import Report, validate_release, validate_table_file
    from armsdata.schema.package import folder_version

    report = Report(max_errors)
    try:
        if path is None:
            path = default_release()
            if fmt == "text":  # (a new-user trial: which release was checked was not said)
                click.echo(f"no PATH given: checking {_whose(path)}, {path}", err=True)
        if message := not_a_release(path):
            raise ArmsdataError(message)  # a build's --out, a corpus folder (as deals and evaluate say)
        if path.is_dir() and table:
            raise ArmsdataError(f"{path}: --table names the table of a single file; a release folder's files say theirs")
        if path.is_dir():
            validate_release(path, report)
            if fmt == "text" and folder_version(path) is None:  # (a new-user trial of 0.36.0)
                click.echo(f"Note: {path}: the folder is not named vX.Y.Z, so datapackage.json's version "
                           "was not checked against its name", err=True)
        elif not path.exists():
            raise ArmsdataError(f"{path}: no such file or folder")
        elif path.suffix not in (".parquet", ".csv"):
            raise ArmsdataError(f"{path}: not a .parquet or .csv file (a release folder or one of its table files)")
        else:
            name = table or _table_of(path)
            if name is None:
                raise ArmsdataError(f"{path}: cannot tell the table from the file name (one of "
                                    f"{', '.join(TABLE_NAMES)}, or one of them and '_', '-' or '.' before more); "
                                    "use --table")
            if fmt == "text" and not table and name != path.stem:
                click.echo(f"reading {path.name} as the {name} table (its name begins so; --table to say otherwise)",
                           err=True)
            validate_table_file(path, name, report)
    except ArmsdataError as exc:
        _print_error(str(exc), path, fmt)
        sys.exit(2)
    _print_report(report, path, fmt)
    sys.exit(0 if report.valid else 1)


def _table_of(path: Path) -> str | None:
    """The table a file's name says: its stem when that is a table's name ("records.csv"),
    else the longest table name its stem begins with before a "_", "-" or "." ("records_2024.csv",
    "document_sources-fixed.parquet"); None when neither."""
    if path.stem in TABLE_NAMES:
        return path.stem
    found = [name for name in TABLE_NAMES if re.match(re.escape(name) + r"[_.-]", path.stem)]
    return max(found, key=len) if found else None


def _print_error(message: str, path: Path | None, fmt: str) -> None:
    """An error that stops the check (exit 2), for people on stderr and, in the json and
    github formats, for machines on stdout."""
    if fmt == "json":
        click.echo(json.dumps({"path": str(path) if path else None, "valid": False, "error": message,
                               "exit_code": 2}, indent=2, ensure_ascii=False))
    elif fmt == "github":
        named, line = _file_named(message, path)
        where = f"file={_escape_property(str(named))}," if named else ""
        where += f"line={line}," if named and line else ""
        click.echo(f"::error {where}title=armsdata validate::{_escape_data(message)}")
    click.echo(f"Error: {message}", err=True)


def _file_named(message: str, path: Path | None) -> tuple[Path | None, int | None]:
    """The file an error message opens with, and the line it names after a colon, if any
    ("<file>: not a readable Parquet file", "<file>:7: not a readable CSV file",
    "<file>:12:170: ..."), when the file is `path` or inside it; else (`path`, None)."""
    head = message.split(": ", 1)[0]
    found = re.fullmatch(r"(.+?)(?::(\d+)(?::\d+)?)?", head)
    named = Path(found.group(1))
    if path is not None and head != message and (named == path or named.parent == path):
        return named, int(found.group(2)) if found.group(2) else None
    return path, None


def _escape_data(text: str) -> str:
    """A workflow command's message: %, CR and LF escaped (GitHub's toolkit rules)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _where(p) -> str:
    """Where a problem is, in words: its file and its row (0-based) or CSV line."""
    parts = [p.file or p.table]
    if p.line is not None:
        parts.append(f"line {p.line}")
    elif p.row is not None:
        parts.append(f"row {p.row} (0-based)")
    if p.column:
        parts.append(f"column {p.column}")
    return ", ".join(x for x in parts if x)


def _print_report(report, path: Path, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps({"path": str(path), **report.as_dict()}, indent=2, ensure_ascii=False))
        return
    checked = ", ".join(f"{n} {t}" for t, n in report.checked.items())
    if fmt == "github":
        for p in report.problems:
            target = path / p.file if path.is_dir() and p.file else path
            line = f",line={p.line}" if p.line is not None else ""
            row = f"row {p.row} (0-based): " if p.row is not None and p.line is None else ""
            title = f"{p.table or 'package'}.{p.rule}"
            click.echo(f"::error file={_escape_property(str(target))}{line},title={_escape_property(title)}"
                       f"::{_escape_data(row + p.message)}")
        if report.total > len(report.problems):
            hidden = report.total - len(report.problems)
            click.echo(f"::notice::{hidden} more problem{'' if hidden == 1 else 's'} not shown")
        if report.valid:  # (a silent step reads as "not run" in a workflow log)
            click.echo(f"::notice file={_escape_property(str(path))},title=armsdata validate::"
                       f"{_escape_data(f'valid ({checked})')}")
        return
    if report.valid:
        click.echo(f"{path}: valid ({checked})")
        return
    click.echo(f"{path}: INVALID, {report.total} problem{'' if report.total == 1 else 's'}")
    for (table, rule), count in sorted(report.counts.items(), key=str):
        click.echo(f"  {table or '-'}: {rule}: {count}")
    for p in report.problems:
        # (not a value the message opens with: "records.csv has 3193 bytes, datapackage.json says ...")
        value = f" (value: {p.value!r})" if p.value is not None and not (p.message or "").startswith(f"{p.value} ") else ""
        click.echo(f"  [{_where(p)}] {p.message}{value}")
    if report.total > len(report.problems):
        click.echo(f"  ... {report.total - len(report.problems)} more not shown (--max-errors)")
    # (the contract's one Error: line on stderr, for a CI log that shows stderr alone)
    shown = "listed on stdout" if report.total == len(report.problems) else \
        f"{len(report.problems)} listed on stdout, --max-errors"  # (--max-errors 0 lists none)
    click.echo(f"Error: {path}: invalid, {report.total} problem{'' if report.total == 1 else 's'} ({shown})",
               err=True)


# -- deals ---------------------------------------------------------------------------------
@main.command()
@click.option("--supplier", help="Supplier: an actor_id (RUS), a name (Russia) or its seat of government (Moscow).")
@click.option("--recipient", help="Recipient: an actor_id (IRN), a name (Iran) or its seat of government (Tehran).")
@click.option("--system", help="System family or class (S-300, UAV), one of its aliases (S300), or a name word "
                               "the extractor reads as one system (Nimr for NIMR Ajban).")
@click.option("--release", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A release folder (default: the latest under ./dataset, else the bundled one).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table: each deal with the sentences behind it; csv: the rows as in deals.csv; "
                   "json: the rows with their evidence.")
def deals(supplier: str | None, recipient: str | None, system: str | None, release: Path | None,
          fmt: str) -> None:
    """The deals of a release: one transfer per supplier, recipient and system family,
    merged over every document that reports it, with the latest status, quantities,
    years and the sentence of each record that set them.

    A release whose files are not the ones its datapackage.json lists (changed after it was
    written) is read with a warning on stderr; `armsdata validate` lists its problems.

    Exit codes: 0 shown (also when no deal matches); 2 usage error or unreadable input:
    an unknown actor or system, a release without a deals table or that cannot be read.
    """
    from armsdata.deals import RELEASE_READS, read_release, render_csv, render_json, render_table, select
    from armsdata.schema.package import changed_files

    try:
        if release is None:
            release = default_release()
            if fmt == "table":  # (a new-user trial: "No deals match." in the bundled release, unsaid)
                click.echo(f"no --release given: reading {_whose(release)}, {release}", err=True)
        tables = read_release(release)
        chosen = select(tables, supplier, recipient, system)
    except ArmsdataError as exc:
        fail(str(exc), exc.exit_code)
    if changed := changed_files(release, [f"{name}.parquet" for name in RELEASE_READS]):
        # (a new user's trial of 0.58.0: deals of a release validate had just called invalid, unsaid)
        click.echo(f"warning: {release}: {', '.join(changed)} not as its datapackage.json lists (changed after the "
                   f"release was written; armsdata validate {release} lists the problems)", err=True)
    if fmt == "csv":
        click.echo(render_csv(chosen), nl=False)
    elif fmt == "json":
        click.echo(render_json(tables, chosen))
    else:
        click.echo(render_table(tables, chosen))


# -- evaluate ------------------------------------------------------------------------------
@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--seeds", type=click.Path(exists=True, path_type=Path),
              help="Extract from these documents now, a folder or a corpus file as for build --seeds "
                   "(default: read --release).")
@click.option("--release", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A release folder whose records are scored (default: the latest under ./dataset, "
                   "else the bundled one). Not with --seeds.")
@click.option("--against", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A second annotation of the same documents (a gold CSV, checked as GOLD is), scored in "
                   "place of extracted records: the agreement of two annotators. With --seeds, the documents "
                   "are only read, to check both files' spans. Not with --release.")
@click.option("--format", "fmt", type=TEXT_FORMATS, default="text", show_default=True,
              help="text: two tables, a row per document; json: every figure, per document and overall.")
@click.option("--errors/--no-errors", "show_errors", default=False, help="List every disagreement.")
def evaluate(gold: Path, seeds: Path | None, release: Path | None, against: Path | None, fmt: str,
             show_errors: bool) -> None:
    """Score extracted records against GOLD, a CSV annotation: one row per record, with
    the columns doc_id, span_start, span_end (code points of the document's text, end
    exclusive), span_text, system, supplier, recipient, status, transfer_type, quantity
    and event_year, as in the records table (a mention in no transfer: one row, empty
    parties, status none). The codebook's section "Gold files" gives the format with an
    example; tests/gold/ and tests/*/gold.csv of the repository (a clone, not a pip
    install) are examples too.

    \b
    Per document and overall:
    - mentions: precision, recall, F1 (spans of a document that overlap match);
    - relations (records with a supplier or a recipient): precision, recall, F1;
    - deals, the distinct (supplier, recipient, system) of records whose status is
      not none and that name a party: precision, recall, F1;
    - accuracy of system, category, supplier, recipient, status, transfer_type,
      quantity and event_year on matched records (records of a matched mention,
      paired by supplier and recipient first). An empty cell is a value: an empty
      gold quantity against a predicted 12 is wrong.

    The gold has no category column (a category column, like any column not listed
    above, is named in a note on stderr and not read): the gold category is that of the
    gold system in the systems table (armsdata.load('systems'), generic classes
    included); records whose gold system is not catalogued are not scored on it. A note
    on stderr names such gold systems: an alias of a catalogued system ("S300" for
    "S-300") scores as a wrong system, so write the table's name; a designation the
    catalogue lacks is as the codebook says to write it.
    A figure with nothing to count (no predicted mention, say) is "-" (null in JSON).

    GOLD is checked before it is scored: a status, transfer type or party no record can
    have, a span that ends before it starts, a quantity under 1, a year outside
    1945..2100, or a span_text that is not the document's text at its span stops the
    command with the file, line and value.

    With --against, a second annotation is scored instead, as if it were the records:
    relation F1 is then the two annotators' agreement (precision and recall swap when
    the files do; F1 stays, on files of the same documents: a gold document the second
    lacks counts as missed, a document only the second holds is named on stderr and not
    scored). The repository's tests/holdout17/second/ is such a file.

    Exit codes: 0 scored; 1 invalid data: GOLD (or --against) without records, a column
    missing or a value no record can have, a SEEDS value that breaks a rule (as for
    build); 2 usage error or unreadable input: a path that does not exist, a file that
    cannot be read, SEEDS without documents, a release (or SEEDS, or --against) that holds
    none of the gold's documents, --seeds and --release together, --against and --release
    together; 130/143 stopped by SIGINT/SIGTERM (with --seeds, the extraction's workers
    stop too).
    """
    from armsdata.build.evaluate import (check_spans, documents_not_held, evaluate as score, gold_category,
                                         other_columns, read_gold, uncatalogued_systems)
    import polars as pl

    from armsdata.build.ingest import read_documents
    from armsdata.build.errors import Interrupted
    from armsdata.build.pipeline import build_tables, stop_on_signals
    from armsdata.build.sources import closest
    from armsdata.releases import not_a_release
    from armsdata.schema.read import read_parquet

    if seeds and release:
        fail("give --seeds (extract now) or --release (read a release), not both", 2)
    if against and release:
        fail("give --against (a second annotation) or --release (a release's records), not both", 2)
    try:
        gold_frame = read_gold(gold)
        if against:  # (with --seeds its documents are read, not extracted: their texts check the spans)
            predicted, source = gold_category(read_gold(against)), against
            if not predicted.height:
                raise ArmsdataError(f"{against}: no gold records")
            documents = predicted.select("doc_id").unique()
            if seeds:
                read = read_documents(seeds)
                documents = pl.DataFrame({"doc_id": [d.doc_id for d in read], "text": [d.text for d in read]},
                                         schema={"doc_id": pl.String, "text": pl.String})
                check_spans(against, predicted, dict(zip(documents["doc_id"], documents["text"])))
        elif seeds:
            try:
                with stop_on_signals(shield_workers=True):  # (Ctrl-C stops the workers too, as for build)
                    tables = build_tables(seeds)
            except Interrupted as exc:
                fail(f"evaluate stopped by {signal.Signals(exc.signum).name}; nothing was scored", exc.exit_code)
            predicted, documents, source = tables["records"], tables["documents"], seeds
        else:
            source = release or default_release()
            if not (source / "records.parquet").exists() and (message := not_a_release(source)):
                raise UsageError(message)  # a build's --out, a corpus folder
            predicted = read_parquet(source / "records.parquet")
            documents = read_parquet(source / "documents.parquet")
        held = documents["doc_id"]
        wanted = gold_frame["doc_id"].unique()
        if wanted.len() and not wanted.is_in(held.implode()).any():
            # which doc_ids were looked for, and which are there (a new-user trial of 0.57.0)
            ids = _first_five(sorted(wanted.to_list()))
            there = _first_five(sorted(set(held.to_list()))) or "no document"
            raise UsageError(f"{source}: holds none of the {wanted.len()} documents of {gold} ({ids}; it holds "
                             f"{there}); " + (
                                 "pass a second annotation of the same documents" if against and not seeds else
                                 "pass --seeds or --release with the gold's documents"))
        if "text" in documents.columns:  # (a release always has it)
            check_spans(gold, gold_frame, dict(zip(documents["doc_id"], documents["text"])))
    except ArmsdataError as exc:
        fail(str(exc), exc.exit_code)
    try:
        absent = documents_not_held(gold_frame, set(held), gold)
    except ArmsdataError as exc:
        fail(str(exc), exc.exit_code)
    if absent:  # (a doc_id misspelt in the gold: the scored document it is closest to, not in the gold)
        spare = tuple(sorted(set(held) - set(gold_frame["doc_id"])))
        click.echo(f"Warning: {gold}: documents not among those scored, counted as missed: "
                   f"{_first_five([doc_id + closest(doc_id, spare) for doc_id in absent])}", err=True)
    for path in (gold, against) if against else (gold,):
        if unread := other_columns(path):  # ("category": the gold category is always the gold system's)
            click.echo(f"Note: {path}: columns not part of a gold annotation, not read: {_first_five(unread)}",
                       err=True)
    _note_uncatalogued(gold, uncatalogued_systems(gold_frame))
    if against and (only := sorted(set(predicted["doc_id"]) - set(gold_frame["doc_id"]))):
        click.echo(f"Note: {against}: documents not in {gold}, not scored: {_first_five(only)}", err=True)
    per_doc, overall = score(gold_frame, predicted)
    if fmt == "json":
        click.echo(json.dumps({"gold": str(gold), **({"against": str(against)} if against else {}),
                               "overall": overall.scores(),
                               "documents": {d: c.scores() for d, c in per_doc.items()},
                               "errors": overall.errors}, indent=2))
        return
    rows = [*per_doc.items(), ("OVERALL", overall)]
    for columns in EVALUATE_TABLES:
        click.echo(f"{'document':28}" + "".join(f" {label:>7}" for label, _ in columns))
        for name, counts in rows:
            s = counts.scores()
            click.echo(f"{name:28}" + "".join(f" {_figure(s[key]):>7}" for _, key in columns))
        click.echo()
    s = overall.scores()
    click.echo(f"gold mentions {s['gold_mentions']}, predicted {s['predicted_mentions']}, exact spans "
               f"{s['exact_spans']}; gold relations {s['gold_relations']}, predicted {s['predicted_relations']}; "
               f"gold deals {s['gold_deals']}, predicted {s['predicted_deals']}; matched records "
               f"{s['matched_records']} ({s['category_scored']} with a catalogued gold system)")
    if show_errors:
        for line in overall.errors:
            click.echo(f"  {line}")


# The text report's two tables: (column label, key of Counts.scores()).
EVALUATE_TABLES = (
    [(f"{level[0]}_{part}", f"{level}_{name}") for level in ("mention", "relation", "deal")
     for part, name in (("P", "precision"), ("R", "recall"), ("F1", "f1"))],
    [("records", "matched_records"), ("system", "system_accuracy"), ("categ", "category_accuracy"),
     ("suppl", "supplier_accuracy"), ("recip", "recipient_accuracy"), ("status", "status_accuracy"),
     ("type", "transfer_type_accuracy"), ("qty", "quantity_accuracy"), ("year", "event_year_accuracy")],
)


def _figure(value) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _first_five(items: list[str]) -> str:
    """The first five items, comma-separated, and how many more ("a, b, c, d, e and 3 more")."""
    return ", ".join(items[:5]) + (f" and {len(items) - 5} more" if len(items) > 5 else "")


def _note_uncatalogued(gold: Path, found: list[tuple[str, int, str | None]]) -> None:
    """One line on stderr for the gold systems the systems table does not name: an alias
    of a catalogued system (write the canonical name), or designations it lacks."""
    aliases = [f"'{name}' ({count}) is '{canonical}'" for name, count, canonical in found if canonical]
    unknown = [f"'{name}' ({count})" for name, count, canonical in found if not canonical]
    if aliases:
        click.echo(f"Note: {gold}: gold systems written as an alias, scored as wrong systems (write the "
                   f"systems table's name): {_first_five(aliases)}",
                   err=True)
    if unknown:
        click.echo(f"Note: {gold}: gold systems not in the systems table, not scored on category: "
                   f"{_first_five(unknown)}", err=True)


# -- diff and versions ---------------------------------------------------------------------
@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the releases are (default: ./dataset, else the bundled releases).")
@click.option("--format", "fmt", type=TEXT_FORMATS, default="text", show_default=True)
def diff(old: str, new: str, root: Path | None, fmt: str) -> None:
    """Records added, removed and changed (field by field) from version OLD to NEW.

    An added or removed record is shown with its document and span text; a changed
    field as OLD -> NEW: numbers as they are, text quoted, an empty
    value (null) as (empty). Columns that only one of the two releases has are listed
    (columns added, columns removed) and not compared. With --format json, values are
    strings or null, and added_records and removed_records give each such record's
    record_id, doc_id and span_text.

    Exit codes: 0 compared; 2 usage error or unreadable input: a version that is not
    published, a folder without releases, a file that cannot be read.
    """
    from armsdata.diff import diff_records
    from armsdata.releases import load

    if root is None and fmt == "text":  # (a new-user trial: the bundled releases were compared, unsaid)
        click.echo("no --root given: comparing the releases under ./dataset" if local_dataset() else
                   "no --root given: comparing the releases bundled with the package", err=True)
    root = root or local_dataset()
    old, new = old.removeprefix("v"), new.removeprefix("v")  # ("v0.20.0" names the folder's version, 0.20.0)
    try:
        old_records, new_records = load("records", old, root), load("records", new, root)
        result = diff_records(old_records, new_records)
    except ArmsdataError as exc:
        fail(str(exc), exc.exit_code)
    if fmt == "json":
        report = {"old": old, "new": new, **result.as_dict()}
        for key, ids, records in (("added_records", result.added, new_records),
                                  ("removed_records", result.removed, old_records)):
            report[key] = _located_rows(records, ids)  # what the text report shows beside each id
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    s = result.summary()
    click.echo(f"{old} -> {new}: {s['added']} added, {s['removed']} removed, {s['changed_records']} changed "
               f"({s['changed_fields']} fields)")
    if result.columns_added:
        click.echo(f"  columns added: {', '.join(result.columns_added)}")
    if result.columns_removed:
        click.echo(f"  columns removed: {', '.join(result.columns_removed)}")
    for sign, ids, records in (("+", result.added, new_records), ("-", result.removed, old_records)):
        located = _located(records, ids)
        for record_id in ids:
            click.echo(f"  {sign} {record_id}{located[record_id]}")
    for change in result.changed:
        numeric = change["field"] in result.numeric
        click.echo(f"  ~ {change['record_id']} {change['field']}: {_shown(change['old'], numeric)} -> "
                   f"{_shown(change['new'], numeric)}")


def _located_rows(records, ids: list[str]) -> list[dict]:
    """{record_id, doc_id, span_text} of the records `ids`, in the order of `ids` (doc_id and
    span_text null for a records file without them): diff's way to find an added or removed
    record without a join."""
    found = {}
    if {"doc_id", "span_text"} <= set(records.columns):
        wanted = records.filter(records["record_id"].is_in(ids)).select("record_id", "doc_id", "span_text")
        found = {record_id: (doc_id, span_text) for record_id, doc_id, span_text in wanted.iter_rows()}
    return [dict(zip(("record_id", "doc_id", "span_text"), (record_id, *found.get(record_id, (None, None)))))
            for record_id in ids]


def _located(records, ids: list[str]) -> dict[str, str]:
    """record_id -> "doc_id 'span_text'" for the records `ids` (what diff shows beside an
    added or removed record, so it can be found without a join)."""
    return {row["record_id"]: f" {row['doc_id']} {row['span_text']!r}" if row["doc_id"] is not None else ""
            for row in _located_rows(records, ids)}


def _shown(value: str | None, numeric: bool) -> str:
    """A field's value in diff's text report: (empty) for null, a number as it is, text quoted."""
    if value is None:
        return "(empty)"
    return value if numeric else repr(value)


@main.command()
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the releases are (default: ./dataset, else the bundled releases).")
def versions(root: Path | None) -> None:
    """List the published versions, oldest first, one a line.

    Exit codes: 0 listed; 2 usage error: a --root that does not exist or holds no release
    (one line on stderr says so; nothing on stdout).
    """
    from armsdata.releases import bundled_dataset_dir, no_releases, versions as published

    root = root or local_dataset()
    found = published(root)
    if not found:
        fail(no_releases(root or bundled_dataset_dir()), UsageError.exit_code)
    for version in found:
        click.echo(version)
