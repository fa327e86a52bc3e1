"""Run a command in a child process and measure its wall time and its own peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time


def run_measured(args: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(seconds, peak RSS in MB of this one child, result with its stdout and stderr).

    os.wait4 reports the rusage of the one child it reaps. Keep the calling process small:
    a child's peak also counts the pages it shared with its parent before it exec'd."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(args, process.returncode, out.read(), err.read())
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
    return seconds, usage.ru_maxrss / 1024, result


def child_python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]
