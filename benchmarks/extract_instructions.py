"""Instructions per document of the extractor, counted by callgrind: a figure that a shared,
noisy machine does not move, for telling whether a change to the extractor pays.

    python benchmarks/extract_instructions.py             # this tree, 10 and 70 documents
    python benchmarks/extract_instructions.py --small 20 --large 100

Runs build.extract.extract_text over the first --small and the first --large synthetic
articles of build_speed (each after one warm-up text), each run under valgrind's callgrind
in a process of its own, and prints (large run - small run) / (large - small), in millions
of instructions. Subtracting a run of a few documents, not one of none, takes out what
happens once per process and not per document: imports, a pattern compiled on first use,
and the garbage collector's first full collections of the heap the imports left (these
moved the figure by up to 1M instructions a document, some 3%, when the run of none was
subtracted). The hash seed is fixed (PYTHONHASHSEED=0): the order of a set of strings
changes what is done, by a little, from one run to the next. Needs valgrind
(apt-get install valgrind); one run of 70 documents takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child: extract the first N articles (argv[1]) after one warm-up text.
_CHILD = (
    "import sys\n"
    f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'benchmarks')!r}]\n"
    "from build_speed import articles\n"
    "from build.extract import extract_text\n"
    "docs = [text for _, text in articles(int(sys.argv[1]))]\n"
    "extract_text('Russia delivered S-400 systems to Turkey.')\n"
    "for text in docs:\n"
    "    extract_text(text)\n"
)
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(docs: int) -> int:
    """The instructions callgrind counts for a child process that extracts `docs` articles."""
    with tempfile.TemporaryDirectory() as work:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/callgrind.out",
             sys.executable, "-c", _CHILD, str(docs)],
            capture_output=True, text=True, env=os.environ | {"PYTHONHASHSEED": "0"}, check=False)
    found = _COLLECTED.search(result.stderr)
    if result.returncode != 0 or found is None:
        sys.exit(f"valgrind exited {result.returncode}: {result.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=10, help="documents of the run subtracted")
    parser.add_argument("--large", type=int, default=70, help="documents of the run measured")
    args = parser.parse_args()
    if args.large <= args.small or args.small < 0:
        parser.error("--large must be more than --small, and --small at least 0")
    if shutil.which("valgrind") is None:
        parser.exit(2, "error: valgrind is not installed (apt-get install valgrind)\n")
    with ThreadPoolExecutor(2) as pool:  # (the two runs side by side: callgrind counts, it does not time)
        small, large = pool.map(instructions, (args.small, args.large))
    per_doc = (large - small) / (args.large - args.small)
    print(f"docs={args.small}..{args.large} instructions_per_doc_M={per_doc / 1e6:.3f}")


if __name__ == "__main__":
    main()
