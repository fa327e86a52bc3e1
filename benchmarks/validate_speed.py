"""Time `armsdata validate` on a synthetic, valid release of N records.

    python benchmarks/validate_speed.py --rows 10000000

Prints one line: rows=... validate_s=... read_s=... ratio=... peak_rss_mb=...
(validate_s and peak_rss_mb are those of the `armsdata validate` process; read_s is a bare
polars read of the same records.parquet in its own process.)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import polars as pl

from armsdata.build import describe
from armsdata.build.assemble import release_tables
from armsdata.build.publish import write_release
from armsdata.build.reference import load_reference
from armsdata.schema.conform import expected_schema
from armsdata.schema.rules import mention_id

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import child_python, run_measured  # noqa: E402

SENTENCE = "Russia delivered S-300 air defence missiles to Iran, and Turkey bought drones from Israel. "
SPANS = [(17, 43, "S-300", "air_defence_systems", "RUS", "IRN"), (70, 76, "UAV", "aircraft", "ISR", "TUR")]
RECORDS_PER_DOC = 20


def documents(n_docs: int) -> pl.DataFrame:
    texts = [f"Report {i:09d}. " + SENTENCE * 30 for i in range(n_docs)]
    encoded = [t.encode() for t in texts]
    frame = pl.DataFrame({
        "doc_id": [f"doc{i:09d}" for i in range(n_docs)], "title": None, "publisher": None, "url": None,
        "published": None, "published_precision": None, "language": "en",
        "n_chars": [len(t) for t in texts], "text_sha256": [hashlib.sha256(b).hexdigest() for b in encoded],
        "text": texts,
    })
    return frame.select([pl.col(c).cast(t) for c, t in expected_schema("documents").items()])


def records(docs: pl.DataFrame, n_rows: int) -> pl.DataFrame:
    prefix = len("Report 000000000. ")
    rows_doc, rows_start, rows_end = [], [], []
    sha = docs["text_sha256"].to_list()
    ids = []
    for r in range(n_rows):
        d, k = divmod(r, RECORDS_PER_DOC)
        span = SPANS[k % 2]
        start = prefix + (k // 2) * len(SENTENCE) + span[0]
        end = start + span[1] - span[0]
        rows_doc.append(d)
        rows_start.append(start)
        rows_end.append(end)
        ids.append(mention_id(sha[d], start, end))
    kind = pl.Series("kind", [k % 2 for k in range(RECORDS_PER_DOC)] * (n_rows // RECORDS_PER_DOC + 1))[:n_rows]
    frame = pl.DataFrame({"doc_index": rows_doc, "span_start": rows_start, "span_end": rows_end, "mention_id": ids})
    first = pl.col("kind") == 0
    frame = frame.with_columns(kind).with_columns(
        record_id=pl.col("mention_id") + "-1",
        doc_id=pl.format("doc{}", pl.col("doc_index").cast(pl.String).str.zfill(9)),
        span_text=pl.when(first).then(pl.lit(SENTENCE[SPANS[0][0]:SPANS[0][1]]))
        .otherwise(pl.lit(SENTENCE[SPANS[1][0]:SPANS[1][1]])),
        system=pl.when(first).then(pl.lit("S-300")).otherwise(pl.lit("UAV")),
        system_basis=pl.when(first).then(pl.lit("catalogue")).otherwise(pl.lit("generic")),
        category=pl.when(first).then(pl.lit("air_defence_systems")).otherwise(pl.lit("aircraft")),
        supplier=pl.when(first).then(pl.lit("RUS")).otherwise(pl.lit("ISR")),
        supplier_basis=pl.lit("text"),
        recipient=pl.when(first).then(pl.lit("IRN")).otherwise(pl.lit("TUR")),
        recipient_basis=pl.lit("text"), status=pl.lit("delivered"), status_cue=pl.lit("delivered"),
        transfer_type=pl.lit("unspecified"), quantity=pl.lit(None, pl.Int64), event_year=pl.lit(2016),
        report_year=pl.lit(None, pl.Int64), report_year_precision=pl.lit(None, pl.String),
        sentence_start=pl.col("span_start") - 17, sentence_end=pl.col("span_start") - 17 + len(SENTENCE) - 1,
        evidence_start=pl.lit(None, pl.Int64), evidence_end=pl.lit(None, pl.Int64),
    )
    return frame.select([pl.col(c).cast(t) for c, t in expected_schema("records").items()])


def sources(docs: pl.DataFrame) -> pl.DataFrame:
    """One .txt file per document, as a folder's build reads it (the document_sources table)."""
    return docs.select(
        "doc_id", source_id=pl.col("doc_id"), file=pl.col("doc_id") + ".txt", row_number=pl.lit(None, pl.Int64),
        format=pl.lit("txt"), title="title", publisher="publisher", url="url", published="published",
        published_precision="published_precision", language="language", content_sha256="text_sha256",
        text_sha256="text_sha256", text_match=pl.lit("identical"))


def make_release(folder: Path, n_rows: int) -> None:
    reference = load_reference()
    docs = documents(max(1, -(-n_rows // RECORDS_PER_DOC)))
    rows = records(docs, n_rows)
    tables = release_tables(rows, docs, reference, sources(docs))
    write_release(folder, tables, describe.descriptor("0.0.0", docs.head(5)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="Write the release here and keep it.")
    parser.add_argument("--make-only", type=Path, help=argparse.SUPPRESS)  # the generating child
    args = parser.parse_args()
    if args.make_only:
        make_release(args.make_only, args.rows)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="armsdata-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        # Generated in a child process so that this one stays small (see _measure).
        _, _, made = run_measured([sys.executable, __file__, "--rows", str(args.rows), "--make-only", str(folder)])
        if made.returncode != 0:
            sys.exit("could not generate the release")
        os.sync()  # the generator's gigabytes reach the disk now, not while validate runs
        armsdata = Path(sys.executable).parent / "armsdata"
        validate_s, peak_mb, result = run_measured([str(armsdata), "validate", str(folder), "--max-errors", "20"])
        if result.returncode != 0:
            sys.exit(f"validate exited {result.returncode}")
        # The read is timed inside its own process, so Python's start-up is not counted.
        _, _, read = run_measured(child_python(
            "import polars as pl, sys, time; t = time.perf_counter(); pl.read_parquet(sys.argv[1]); "
            "print(time.perf_counter() - t)", str(folder / "records.parquet")))
        read_s = float(read.stdout.strip())
        print(f"rows={args.rows} validate_s={validate_s:.2f} read_s={read_s:.2f} "
              f"ratio={validate_s / read_s:.1f} peak_rss_mb={peak_mb:.0f}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
