"""The `armsdata` command: a thin layer over armsdata.build, armsdata.schema and the
release helpers. Every command reports problems as one line on stderr, never a traceback."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from armsdata._version import __version__
from armsdata.build.errors import ArmsdataError

TEXT_FORMATS = click.Choice(["text", "json"])
# The release's tables (armsdata.schema.TABLES, not imported here: pandera is slow to load)
TABLE_NAMES = ("records", "documents", "actors", "systems", "document_sources")


def fail(message: str, code: int = 2) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="armsdata")
def main() -> None:
    """armsdata: every weapons mention in news text as a validated arms-transfer record.

    \b
    armsdata build       seeds/ or a corpus file -> dataset/vX.Y.Z/ (records, documents, actors,
                         systems, document_sources)
    armsdata validate    check a release or one table file (for CI)
    armsdata evaluate    score the extractor against a gold annotation
    armsdata diff        what changed in the records between two versions
    armsdata versions    the published versions
    """


# -- build ---------------------------------------------------------------------------------
_NAME = re.compile(r"^[a-z0-9._-]+$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def _check(pattern: re.Pattern, what: str):
    def check(ctx, param, value):
        if value is not None and not pattern.match(value):
            raise click.BadParameter(f"{value!r} is not {what}")
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
              help="The corpus: a folder of .txt and .html/.htm files with an optional sources.csv, or one "
                   ".jsonl, .csv or .parquet file with one article per row (a text column; id, title, "
                   "publisher, url, published, published_precision, language where present).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("dataset"), show_default=True,
              help="Where releases live; this build goes to OUT/vVERSION/ (other versions there are left alone).")
@click.option("--name", default="armsdata", show_default=True, callback=_check(_NAME, "a package name "
              "(lower-case letters, digits, '.', '_', '-')"),
              help="The data package's name in datapackage.json; name a corpus of your own.")
@click.option("--version", "version", default=None, callback=_check(_VERSION, "a version X.Y.Z"),
              help=f"The release's version (default: the package's, {__version__}).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes for extraction (default: up to 2; large corpora only).")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def build(seeds: Path, out: Path, name: str, version: str | None, workers: int | None, quiet: bool) -> None:
    """Build a release from the corpus at SEEDS.

    Runs the pipeline stages ingest, extract, assemble, validate and publish. Ingest
    reads and checks the whole corpus first: a mistake in sources.csv or in a corpus
    file's metadata stops the build, naming the file, line and column, before anything
    is written. Sources with the same text (or the same but for whitespace and quotation
    marks) become one document; each is kept in document_sources. The release (records,
    documents, actors, systems and document_sources, each as Parquet and CSV, and
    datapackage.json) goes to OUT/vVERSION/; nothing is written when validation fails. A
    version that is already published is never changed: an identical build writes
    nothing, a different one is refused until the version is bumped (--version for a
    corpus of your own).
    """
    from armsdata.build.pipeline import build_release

    progress = _progress(quiet)
    try:
        result = build_release(seeds, out, version=version or __version__, workers=workers, progress=progress,
                               name=name)
    except ArmsdataError as exc:
        _close(progress)
        fail(str(exc), 1)
    _close(progress)
    for note in result.notes:
        click.echo(f"Note: {note}", err=True)
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items())
    state = "written" if result.written else "unchanged (identical to the published release)"
    plural = "s" if result.duplicates != 1 else ""
    folded = f"; {result.duplicates} duplicate source{plural} folded into their documents" if result.duplicates else ""
    click.echo(f"{result.path}: {state}; {counts}{folded}")


def _close(progress) -> None:
    if progress is not None:
        progress.close()


def local_dataset() -> Path | None:
    """./dataset when the command runs in a project, else None (the bundled releases)."""
    return Path("dataset") if Path("dataset").is_dir() else None


# -- validate ------------------------------------------------------------------------------
def default_release() -> Path:
    from armsdata.releases import bundled_dataset_dir, release_path, versions

    local = Path("dataset")
    if local.is_dir() and versions(local):
        return release_path(None, local)
    return release_path(None, bundled_dataset_dir())


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--table", type=click.Choice(TABLE_NAMES),
              help="The table of a single file, when its name does not say.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text", show_default=True,
              help="text for people, json for machines, github for workflow annotations.")
@click.option("--max-errors", type=click.IntRange(0), default=1000, show_default=True,
              help="How many problems to list in full (all are counted).")
def validate(path: Path | None, table: str | None, fmt: str, max_errors: int) -> None:
    """Check a release folder or a single table file against the schemas.

    PATH is a release folder (default: the latest release under ./dataset, or the one
    bundled with the package): every table against its schema, the rules across tables,
    CSV/Parquet parity and datapackage.json's sizes and hashes. Or PATH is one .parquet
    or .csv table file, checked against its own schema.

    Exit codes: 0 valid, 1 invalid data, 2 usage error or unreadable input.
    """
    from armsdata.schema.check import Report, validate_release, validate_table_file

    report = Report(max_errors)
    try:
        path = path or default_release()
        if path.is_dir():
            validate_release(path, report)
        elif not path.exists():
            fail(f"{path}: no such file or folder")
        else:
            name = table or path.stem
            if name not in TABLE_NAMES:
                fail(f"{path}: cannot tell the table from the file name; use --table")
            validate_table_file(path, name, report)
    except ArmsdataError as exc:
        fail(str(exc))
    _print_report(report, path, fmt)
    sys.exit(0 if report.valid else 1)


def _print_report(report, path: Path, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps({"path": str(path), **report.as_dict()}, indent=2, ensure_ascii=False))
        return
    if fmt == "github":
        for p in report.problems:
            where = f"file={path / (p.table + '.parquet') if path.is_dir() and p.table else path}"
            line = f",line={p.row + 2}" if p.row is not None else ""
            click.echo(f"::error {where}{line},title={p.table}.{p.rule}::{p.message}")
        if report.total > len(report.problems):
            click.echo(f"::notice::{report.total - len(report.problems)} more problems not shown")
        return
    checked = ", ".join(f"{n} {t}" for t, n in report.checked.items())
    if report.valid:
        click.echo(f"{path}: valid ({checked})")
        return
    click.echo(f"{path}: INVALID, {report.total} problems")
    for (table, rule), count in sorted(report.counts.items(), key=str):
        click.echo(f"  {table or '-'}: {rule}: {count}")
    for p in report.problems:
        where = ", ".join(x for x in (p.table, f"row {p.row}" if p.row is not None else None,
                                      f"column {p.column}" if p.column else None) if x)
        value = f" (value: {p.value!r})" if p.value is not None else ""
        click.echo(f"  [{where}] {p.message}{value}")
    if report.total > len(report.problems):
        click.echo(f"  ... {report.total - len(report.problems)} more not shown (--max-errors)")


# -- evaluate ------------------------------------------------------------------------------
@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--seeds", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Extract from these documents now (default: read --release).")
@click.option("--release", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A release folder whose records.parquet is scored (default: the latest under ./dataset).")
@click.option("--format", "fmt", type=TEXT_FORMATS, default="text", show_default=True)
@click.option("--errors/--no-errors", "show_errors", default=False, help="List every disagreement.")
def evaluate(gold: Path, seeds: Path | None, release: Path | None, fmt: str, show_errors: bool) -> None:
    """Score extracted records against GOLD, a CSV annotation (see tests/gold/).

    Prints mention and relation precision, recall and F1 and status accuracy, per
    document and overall.
    """
    import polars as pl

    from armsdata.build.evaluate import evaluate as score, read_gold
    from armsdata.build.pipeline import build_tables

    try:
        gold_frame = read_gold(gold)
        if seeds:
            predicted = build_tables(seeds)["records"]
        else:
            predicted = pl.read_parquet((release or default_release()) / "records.parquet")
    except ArmsdataError as exc:
        fail(str(exc))
    per_doc, overall = score(gold_frame, predicted)
    if fmt == "json":
        click.echo(json.dumps({"overall": overall.scores(), "documents": {d: c.scores() for d, c in per_doc.items()},
                               "errors": overall.errors}, indent=2))
        return
    header = f"{'document':28} {'m_P':>6} {'m_R':>6} {'m_F1':>6} {'r_P':>6} {'r_R':>6} {'r_F1':>6} {'status':>6}"
    click.echo(header)
    for name, counts in [*per_doc.items(), ("OVERALL", overall)]:
        s = counts.scores()
        click.echo(f"{name:28} {s['mention_precision']:6.3f} {s['mention_recall']:6.3f} {s['mention_f1']:6.3f} "
                   f"{s['relation_precision']:6.3f} {s['relation_recall']:6.3f} {s['relation_f1']:6.3f} "
                   f"{s['status_accuracy']:6.3f}")
    s = overall.scores()
    click.echo(f"gold mentions {s['gold_mentions']}, predicted {s['predicted_mentions']}, exact spans "
               f"{s['exact_spans']}; gold relations {s['gold_relations']}, predicted {s['predicted_relations']}")
    if show_errors:
        for line in overall.errors:
            click.echo(f"  {line}")


# -- diff and versions ---------------------------------------------------------------------
@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the releases are (default: ./dataset, else the bundled releases).")
@click.option("--format", "fmt", type=TEXT_FORMATS, default="text", show_default=True)
def diff(old: str, new: str, root: Path | None, fmt: str) -> None:
    """Records added, removed and changed (field by field) from version OLD to NEW."""
    from armsdata.diff import diff_records
    from armsdata.releases import load

    root = root or local_dataset()
    try:
        result = diff_records(load("records", old, root), load("records", new, root))
    except ArmsdataError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps({"old": old, "new": new, **result.as_dict()}, indent=2, ensure_ascii=False))
        return
    s = result.summary()
    click.echo(f"{old} -> {new}: {s['added']} added, {s['removed']} removed, {s['changed_records']} changed "
               f"({s['changed_fields']} fields)")
    for record_id in result.added:
        click.echo(f"  + {record_id}")
    for record_id in result.removed:
        click.echo(f"  - {record_id}")
    for change in result.changed:
        click.echo(f"  ~ {change['record_id']} {change['field']}: {change['old']!r} -> {change['new']!r}")


@main.command()
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the releases are (default: ./dataset, else the bundled releases).")
def versions(root: Path | None) -> None:
    """List the published versions, oldest first."""
    from armsdata.releases import versions as published

    root = root or local_dataset()
    for version in published(root):
        click.echo(version)
