"""The `armsdata` command: a thin layer over armsdata.build, armsdata.schema and the
release helpers. Every command reports problems as one line on stderr, never a traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from armsdata._version import __version__
from armsdata.build.errors import ArmsdataError

TEXT_FORMATS = click.Choice(["text", "json"])
# The release's tables (armsdata.schema.TABLES, not imported here: pandera is slow to load)
TABLE_NAMES = ("records", "documents", "actors", "systems")


def fail(message: str, code: int = 2) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="armsdata")
def main() -> None:
    """armsdata: every weapons mention in news text as a validated arms-transfer record.

    \b
    armsdata build       seeds/ -> dataset/vX.Y.Z/ (records, documents, actors, systems)
    armsdata validate    check a release or one table file (for CI)
    armsdata evaluate    score the extractor against a gold annotation
    armsdata diff        what changed in the records between two versions
    armsdata versions    the published versions
    """


# -- build ---------------------------------------------------------------------------------
def _progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    shown = [0]

    def show(stage: str, done: int, total: int) -> None:
        # a Dask build reports a partition's documents at once: show each 50 passed
        if done == total or done // 50 > shown[0] // 50:
            shown[0] = done
            click.echo(f"\r{stage}: {done}/{total} documents", err=True, nl=done == total)
    return show


@main.command()
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              help="Folder of .txt documents (UTF-8), with an optional sources.csv of their metadata.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("dataset"), show_default=True,
              help="Where releases live; this build goes to OUT/vVERSION/.")
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
def build(seeds: Path, out: Path, workers: int | None, engine: str, scheduler: str | None,
          partitions: int | None, quiet: bool) -> None:
    """Build a release from the documents in SEEDS.

    Runs the pipeline stages ingest, extract, assemble, validate and publish, and writes
    records, documents, actors and systems (each as Parquet and CSV) and datapackage.json
    into OUT/vVERSION/. Nothing is written when validation fails. A version that is
    already published is never changed: an identical build writes nothing, a different
    one is refused until the version is bumped.

    With --engine dask, each Dask task reads and extracts a share of the corpus and
    writes it under OUT; this machine then assembles, validates and publishes the same
    release as the local build. On a cluster, SEEDS and OUT must be on storage that
    every worker shares, and every worker needs the same armsdata installed.
    """
    from armsdata.build.pipeline import build_release

    try:
        dask_engine = _dask_engine(engine, scheduler, partitions, workers, quiet)
    except ArmsdataError as exc:
        fail(str(exc))
    try:
        result = build_release(seeds, out, workers=workers, progress=_progress_printer(quiet), engine=dask_engine)
    except ArmsdataError as exc:
        from armsdata.build.distribute import SchedulerUnreachable

        fail(str(exc), 2 if isinstance(exc, SchedulerUnreachable) else 1)
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    state = "written" if result.written else "unchanged (identical to the published release)"
    click.echo(f"{result.path}: {state}; {counts}")


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
              help="A release folder whose records are scored (default: the latest under ./dataset).")
@click.option("--format", "fmt", type=TEXT_FORMATS, default="text", show_default=True,
              help="text: two tables, a row per document; json: every figure, per document and overall.")
@click.option("--errors/--no-errors", "show_errors", default=False, help="List every disagreement.")
def evaluate(gold: Path, seeds: Path | None, release: Path | None, fmt: str, show_errors: bool) -> None:
    """Score extracted records against GOLD, a CSV annotation (see tests/gold/).

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

    The gold has no category column: the gold category is that of the gold system in
    the systems reference table (build/reference/systems.csv, generic classes
    included); records whose gold system is not catalogued are not scored on it.
    A figure with nothing to count (no predicted mention, say) is "-" (null in JSON).

    Exit codes: 0 scored, 1 when GOLD has no records or SEEDS (or the release) holds
    none of its documents, 2 usage error or unreadable input.
    """
    from armsdata.build.evaluate import documents_not_held, evaluate as score, read_gold
    from armsdata.build.pipeline import build_tables

    try:
        gold_frame = read_gold(gold)
        if seeds:
            tables = build_tables(seeds)
            predicted, held = tables["records"], tables["documents"]["doc_id"]
        else:
            folder = release or default_release()
            predicted = _read_release_table(folder, "records")
            held = _read_release_table(folder, "documents", ["doc_id"])["doc_id"]
    except ArmsdataError as exc:
        fail(str(exc))
    try:
        absent = documents_not_held(gold_frame, set(held), gold)
    except ArmsdataError as exc:
        fail(str(exc), 1)
    if absent:
        click.echo(f"Warning: {gold}: documents not among those scored, counted as missed: "
                   f"{', '.join(absent[:5])}{f' and {len(absent) - 5} more' if len(absent) > 5 else ''}", err=True)
    per_doc, overall = score(gold_frame, predicted)
    if fmt == "json":
        click.echo(json.dumps({"gold": str(gold), "overall": overall.scores(),
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


def _read_release_table(folder: Path, table: str, columns: list[str] | None = None):
    import polars as pl

    path = folder / f"{table}.parquet"
    try:
        return pl.read_parquet(path, columns=columns)
    except (OSError, pl.exceptions.PolarsError):
        raise ArmsdataError(f"{path}: cannot read the release's {table}") from None


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
