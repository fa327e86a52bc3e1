"""benchmarks/mutation.py applies the mutant it names, and nothing else: each check runs in
a fresh interpreter, since a mutant changes the extractor for the whole process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRELUDE = """
import sys
sys.path.insert(0, "benchmarks")
import mutation
from armsdata.build import lexicon as lx
from armsdata.build.extract import extract_text
"""


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PRELUDE + code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_a_frame_mutant_takes_out_one_compiled_cue_and_a_rule_mutant_its_rule():
    done = run("""
frame = next(m for m in mutation.mutants() if m.kind == "frame" and "Supply/verb" in m.id)
before = len(lx.VERB_CUE_RES)
mutation.apply(frame.id)
print(frame.id.split(":")[1], before - len(lx.VERB_CUE_RES))
mutation.apply("rule:relations.Relator._status")
print([r["status"] for r in extract_text("Belarus does not sell tanks to Russia.")])
""")
    assert done.returncode == 0, done.stderr
    # line 2 of frames.csv ("sold", "delivered", ...) is out; "sell" keeps its own status
    # ("unknown"), where the status rules say denied
    assert done.stdout.splitlines() == ["2 1", "['unknown']"]


def test_a_mutant_that_names_nothing_is_an_error_not_a_survivor():
    done = run("""
for name in ("rule:relations.Relator._no_such_rule", "pattern:lexicon.NO_SUCH", "frame:999:X/verb",
             "words:nowhere.WORDS", "other:thing"):
    try:
        mutation.apply(name)
    except Exception as exc:
        print(type(exc).__name__)
""")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["LookupError", "AttributeError", "LookupError", "ModuleNotFoundError",
                                   "LookupError"]
