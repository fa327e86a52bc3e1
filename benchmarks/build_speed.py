"""Time `armsdata build` on a synthetic corpus of N news-length documents.

    python benchmarks/build_speed.py --docs 2000
    python benchmarks/build_speed.py --docs 100000 --format jsonl   # one corpus file
    python benchmarks/build_speed.py --engine dask --docs 10000
    python benchmarks/build_speed.py --engine dask --docs 10000 --format parquet-glob --files 8

Each document is about 3,000 characters of wire-style sentences with states, capitals,
demonyms, designations, generic weapons and cues drawn from fixed lists (seeded, so
every run builds the same corpus), written as .txt files in a folder, as one .jsonl
corpus file, or as --files Parquet files passed as a glob (--format parquet-glob: with
--engine dask the workers read them). Prints one line:
docs=... format=... seconds=... docs_per_s=... peak_rss_mb=...

With --engine dask, the build runs against a LocalCluster of --dask-workers
single-threaded worker processes started here (the cluster's start is not timed), and
the line adds the workers' peak RSS and how the build's time splits, from the Dask task
stream: `startup_s` (imports, connecting, listing the corpus: until the first task
starts), `extract_s` (first task start to last task end: the part that spreads over
workers) and `assemble_s` (last task end to exit: assemble, write, validate, publish,
done by the client alone).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import run_measured  # noqa: E402

STATES = ["Russia", "Iran", "Turkey", "India", "Egypt", "Poland", "France", "Germany", "Israel", "Syria"]
CAPITALS = ["Moscow", "Tehran", "Ankara", "New Delhi", "Cairo", "Warsaw", "Paris", "Berlin", "Jerusalem", "Damascus"]
SYSTEMS = ["S-400 air defence systems", "Su-30 fighter jets", "T-90 tanks", "Bayraktar TB2 drones",
           "Rafale fighters", "K9 howitzers", "Leopard 2 tanks", "F-16s", "Patriot batteries", "weapons"]
TEMPLATES = [
    "{a} delivered {n} {s} to {b} last year, officials in {c} said on Monday.",
    "{a} has signed a contract with {b} for the purchase of {s}, the ministry said.",
    "{b} plans to buy {s} from {a}, according to people familiar with the talks.",
    "The sale of {s} to {b} was frozen after {a} cited sanctions.",
    "{c} denied reports that it had supplied {s} to {b}.",
    "Analysts said the region's economy grew by {n} percent despite the tensions.",
    "The ministers also discussed trade, energy and cultural exchanges in {c}.",
    "{a}'s arms exports to {b} rose sharply in {y}, a report said.",
]


def articles(n_docs: int, seed: int = 7):
    """(doc_id, text) of n_docs synthetic articles."""
    rng = random.Random(seed)
    for i in range(n_docs):
        sentences, size = [], 0
        while size < 3000:
            a, b = rng.sample(range(len(STATES)), 2)
            line = rng.choice(TEMPLATES).format(a=STATES[a], b=STATES[b], c=CAPITALS[a], s=rng.choice(SYSTEMS),
                                                n=rng.randint(2, 48), y=rng.randint(1995, 2024))
            sentences.append(line)
            size += len(line) + 1
        yield f"doc{i:07d}", "\n".join(sentences)


def corpus(folder: Path, n_docs: int, seed: int = 7) -> None:
    """The articles as .txt files of `folder`."""
    for doc_id, text in articles(n_docs, seed):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")


def corpus_file(path: Path, n_docs: int, seed: int = 7) -> None:
    """The articles as one JSONL corpus file, {"id": ..., "text": ...} a line."""
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, text in articles(n_docs, seed):
            handle.write(json.dumps({"id": doc_id, "text": text}) + "\n")


def corpus_parquet(folder: Path, n_docs: int, files: int, seed: int = 7) -> str:
    """The articles as `files` Parquet files of `folder` (id and text columns, row groups of
    1,000 rows), written by a spawned process so that this one stays small (see
    _measure.run_measured); returns the glob that matches them."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(_write_parquet, folder, n_docs, files, seed).result()
    return str(folder / "part-*.parquet")


def _write_parquet(folder: Path, n_docs: int, files: int, seed: int) -> None:
    import polars as pl

    documents = list(articles(n_docs, seed))
    for number in range(files):
        share = documents[number * n_docs // files:(number + 1) * n_docs // files]
        pl.DataFrame(share, schema=["id", "text"], orient="row").write_parquet(
            folder / f"part-{number:04d}.parquet", row_group_size=1_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=None, help="passed to armsdata build (local engine)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--dask-workers", type=int, default=2, help="worker processes of the LocalCluster")
    parser.add_argument("--partitions", type=int, default=None, help="passed to armsdata build (dask engine)")
    parser.add_argument("--format", choices=["txt", "jsonl", "parquet-glob"], default="txt",
                        help="a folder of .txt files, one .jsonl corpus file, or --files Parquet files as a glob")
    parser.add_argument("--files", type=int, default=8, help="Parquet files of --format parquet-glob")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="armsdata-build-bench-"))
    try:
        if args.format == "txt":
            seeds = work / "seeds"
            seeds.mkdir()
            corpus(seeds, args.docs)
        elif args.format == "jsonl":
            seeds = work / "corpus.jsonl"
            corpus_file(seeds, args.docs)
        else:
            seeds = corpus_parquet(work, args.docs, args.files)
        command = [str(Path(sys.executable).parent / "armsdata"), "build", "--seeds", str(seeds),
                   "--out", str(work / "out"), "--quiet"]
        if args.workers:
            command += ["--workers", str(args.workers)]
        if args.engine == "dask":
            print(f"engine=dask docs={args.docs} format={args.format} {measure_on_dask(command, args.docs, args.dask_workers, args.partitions)}")
            return
        seconds, peak_mb, result = run_measured(command)
        if result.returncode != 0:
            sys.exit(f"build exited {result.returncode}")
        print(f"docs={args.docs} format={args.format} seconds={seconds:.2f} docs_per_s={args.docs / seconds:.0f} peak_rss_mb={peak_mb:.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_on_dask(command: list[str], docs: int, workers: int, partitions: int | None) -> str:
    """Run `command` with --engine dask against a LocalCluster started here; the figures."""
    import logging
    import time

    from distributed import Client, LocalCluster, get_task_stream

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        client.run(lambda: __import__("armsdata.build.distribute"))  # workers warm, as on a running cluster
        command = command + ["--engine", "dask", "--scheduler", cluster.scheduler_address]
        if partitions:
            command += ["--partitions", str(partitions)]
        with get_task_stream(client) as stream:
            started = time.time()
            seconds, peak_mb, result = run_measured(command, launcher=True)  # this process holds Dask
            ended = time.time()
        if result.returncode != 0:
            sys.exit(f"build exited {result.returncode}")
        def spans(kind: str) -> list[tuple[float, float]]:
            return [(s["start"], s["stop"]) for task in stream.data if str(task["key"]).startswith(f"armsdata-{kind}")
                    for s in task["startstops"] if s["action"] == "compute"]

        extract, keys = spans("extract"), spans("keys")
        first, last = min(start for start, _ in extract), max(stop for _, stop in extract)
        worker_mb = sorted(client.run(_peak_rss_mb).values())
    # with a glob, the workers read the keys first (keys_s: first to last keys task), then the
    # client folds them (the rest of startup_s, until the first extraction task starts)
    read = f"keys_s={max(b for _, b in keys) - min(a for a, _ in keys):.2f} " if keys else ""
    return (f"workers={workers} partitions={len(extract)} seconds={seconds:.2f} docs_per_s={docs / seconds:.0f} "
            f"startup_s={first - started:.2f} {read}extract_s={last - first:.2f} assemble_s={ended - last:.2f} "
            f"client_peak_rss_mb={peak_mb:.0f} worker_peak_rss_mb={','.join(f'{mb:.0f}' for mb in worker_mb)}")


if __name__ == "__main__":
    main()
