"""Run a command in a child process and measure its wall time and its own peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time


# Starts the command from a small process and writes its peak RSS (kB) to the file argv[1].
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_measured(args: list[str], launcher: bool = False) -> tuple[float, float, subprocess.CompletedProcess]:
    """(seconds, peak RSS in MB of this one child, result with its stdout and stderr).

    os.wait4 reports the rusage of the one child it reaps. Keep the calling process small:
    a child's peak also counts the pages it shared with its parent before it exec'd (Linux
    keeps the high-water mark across exec). Or pass `launcher`: the command (args[0] a full
    path) is then started by a small Python process of its own, whose size is all it
    inherits, and its own peak is reported."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
            tempfile.NamedTemporaryFile("r") as peak:
        run = [sys.executable, "-I", "-S", "-c", _LAUNCHER, peak.name, *args] if launcher else args
        start = time.perf_counter()
        process = subprocess.Popen(run, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(args, process.returncode, out.read(), err.read())
        peak_kb = int(peak.read() or 0) if launcher else usage.ru_maxrss
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
    return seconds, peak_kb / 1024, result


def child_python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]
