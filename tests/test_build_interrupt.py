"""`armsdata build` stopped part way: Ctrl-C (SIGINT to the process group, as a terminal
sends it) and SIGTERM stop a build of 1,500 documents over two workers within seconds
and leave nothing behind; SIGKILL leaves nothing that looks like a release, and the next
build removes what it left; two builds into one folder at once: one publishes, the
other refuses."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from armsdata._version import __version__
from armsdata.cli import main

from conftest import SEEDS

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "killpg"),
                                reason="needs POSIX process groups and /proc")

TEXT = "Report {i}. Russia delivered S-300 air defence missiles to Iran in 2015, and Turkey bought drones from Israel."
RELEASE = re.compile(r"^v\d+\.\d+\.\d+$")


def _corpus(folder: Path, documents: int) -> Path:
    for i in range(documents):
        (folder / f"{i:05d}.txt").write_text(TEXT.format(i=i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """1,500 short synthetic documents: enough for the workers and a few seconds' work."""
    return _corpus(tmp_path_factory.mktemp("corpus"), 1500)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """400 documents: still over the threshold for workers, and quicker to publish."""
    return _corpus(tmp_path_factory.mktemp("small"), 400)


def start(seeds: Path, out: Path) -> subprocess.Popen:
    """`armsdata build` in a process group of its own, as a shell runs a command."""
    command = [sys.executable, "-c", "from armsdata.cli import main; main()", "build", "--seeds", str(seeds),
               "--out", str(out), "--workers", "2", "--quiet"]
    return subprocess.Popen(command, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def wait_for_workers(build: subprocess.Popen, count: int = 2, timeout: float = 30) -> None:
    """Until the build runs `count` spawned extraction workers (and the watcher)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        workers = [c for c in _children(build.pid) if b"spawn_main" in _cmdline(c)]
        if len(workers) >= count:
            time.sleep(0.3)  # let them take documents
            return
        assert build.poll() is None, build.communicate()
        time.sleep(0.05)
    pytest.fail("the build started no workers")


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def stop(build: subprocess.Popen, signum: int, timeout: float = 10) -> tuple[int, str, float]:
    """Send `signum` to the build's process group; (exit code, stderr, seconds it took)."""
    sent = time.monotonic()
    os.killpg(build.pid, signum)
    try:
        _, err = build.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(build.pid, signal.SIGKILL)
        build.communicate()
        pytest.fail(f"the build did not stop within {timeout} s of {signal.Signals(signum).name}")
    return build.returncode, err.decode(), time.monotonic() - sent


def group_is_gone(pgid: int, timeout: float = 5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_to_the_group_stops_the_build_and_removes_its_scratch(corpus, tmp_path, signum, code):
    out = tmp_path / "out"
    build = start(corpus, out)
    wait_for_workers(build)
    returncode, stderr, took = stop(build, signum)
    assert returncode == code
    assert stderr == f"Error: build stopped by {signal.Signals(signum).name}; nothing was published\n"  # no traceback
    assert took < 5
    assert not out.exists()  # created by this build, which published nothing: removed
    assert group_is_gone(build.pid)  # the workers and the watcher too


def test_killed_build_leaves_no_release_and_the_next_build_cleans_up(corpus, tmp_path):
    out = tmp_path / "out"
    build = start(corpus, out)
    wait_for_workers(build)
    returncode, _, _ = stop(build, signal.SIGKILL)
    assert returncode == -signal.SIGKILL
    left = [p.name for p in out.iterdir()]
    assert left and not any(RELEASE.match(name) for name in left)  # a hidden scratch folder, no vX.Y.Z
    versions = CliRunner().invoke(main, ["versions", "--root", str(out)])  # no tool takes it for a release
    assert (versions.exit_code, versions.stdout) == (2, "")
    assert versions.stderr == f"Error: {out}: no releases found (no vX.Y.Z folder)\n"
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == [f"v{__version__}"]


def test_two_builds_into_one_folder_one_publishes_the_other_refuses(small_corpus, tmp_path):
    out = tmp_path / "out"
    first = start(small_corpus, out)
    wait_for_workers(first)
    second = CliRunner().invoke(main, ["build", "--seeds", str(small_corpus), "--out", str(out), "--quiet"])
    assert second.exit_code == 2
    assert second.output == f"Error: {out}: another build is writing into this folder; try again when it has finished\n"
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err.decode()
    assert [p.name for p in out.iterdir()] == [f"v{__version__}"]
    assert CliRunner().invoke(main, ["validate", str(out / f"v{__version__}")]).exit_code == 0


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_to_the_group_stops_evaluate_and_its_workers(corpus, tmp_path, signum, code):
    """`armsdata evaluate --seeds` extracts over workers as build does: Ctrl-C stops them
    too (it hung, the workers printing KeyboardInterrupt tracebacks: a new-user trial of
    0.45.0)."""
    text = (corpus / "00000.txt").read_text(encoding="utf-8")
    start_at = text.index("S-300")
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,span_start,span_end,span_text,system,supplier,recipient,status,transfer_type,quantity,"
                    f"event_year\n00000,{start_at},{start_at + 5},S-300,S-300,RUS,IRN,delivered,unspecified,,2015\n",
                    encoding="utf-8")
    command = [sys.executable, "-c", "from armsdata.cli import main; main()", "evaluate", str(gold),
               "--seeds", str(corpus)]
    run = subprocess.Popen(command, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_workers(run)
    returncode, stderr, took = stop(run, signum)
    assert returncode == code
    assert stderr == f"Error: evaluate stopped by {signal.Signals(signum).name}; nothing was scored\n"
    assert took < 5
    assert group_is_gone(run.pid)


# A worker of a shielded build (SIGINT ignored, inherited) imports polars, starts, and gets
# Ctrl-C in the middle of a lazy polars query: the query's own function sends it.
_WORKER_CTRL_C = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
import polars as pl
from armsdata.build import extract
if sys.argv[1] == "start":
    extract._init_worker()
def ctrl_c(column):
    os.kill(os.getpid(), signal.SIGINT)
    return column
try:
    pl.LazyFrame({"a": [1, 2]}).select(pl.col("a").map_batches(ctrl_c)).collect()
    print("finished")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
"""


def test_a_started_worker_is_not_interrupted_inside_polars():
    """Polars puts its own SIGINT handler over an ignored one when it is imported, and
    raises KeyboardInterrupt when the signal comes during a lazy query: a worker reading the
    reference tables as it started printed a traceback on Ctrl-C (CI, 1 run in ~10). A
    worker's start ignores SIGINT again, so its query runs to the end; without that start,
    polars still interrupts it (the case this guards against)."""
    def run(argument: str) -> list[str]:
        done = subprocess.run([sys.executable, "-c", _WORKER_CTRL_C, argument], capture_output=True, text=True,
                              timeout=60)
        assert (done.returncode, done.stderr) == (0, "")
        return done.stdout.splitlines()

    assert run("start") == ["finished"]
    assert run("no start") == ["KeyboardInterrupt"]


def test_ctrl_c_in_any_command_exits_130_with_one_line(monkeypatch, tmp_path):
    """A KeyboardInterrupt outside a build's own handling (here while validate reads) is
    exit 130, as a shell gives Ctrl-C, not click's "Aborted!" with exit 1, the code of
    invalid data (a CI job cancelled would have reported the release invalid)."""
    import armsdata.schema.check as check

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(check, "validate_release", interrupted)
    result = CliRunner().invoke(main, ["validate", str(SEEDS.parent / "dataset" / f"v{__version__}")])
    # (click ends the terminal's "^C" line first)
    assert (result.exit_code, result.output) == (130, "\nError: stopped by SIGINT (Ctrl-C)\n")
