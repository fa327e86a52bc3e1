"""Progress of `armsdata build` on stderr: a tqdm bar on a terminal, lines in a log.

Both are called as the pipeline's `progress(stage, done, total, records)` (see
armsdata.build.ingest.Progress) and closed when the build ends. The pipeline's stages
are `read` (sources read and checked; total is None for a corpus file), `extract`
(documents), then `write` and `validate` (no count).
"""

from __future__ import annotations

import threading
import time
from typing import TextIO

LABELS = {"read": "reading sources", "extract": "extracting", "write": "writing", "validate": "validating"}
UNITS = {"read": "sources", "extract": "documents"}


class LineProgress:
    """For a log (CI): one line when a stage ends, and one every `interval` seconds while
    it runs, so that a long stage, even a single long document, shows it is alive:

        extracting: 1200/10000 documents, 402 documents/s, 34567 records, 3.0 s
    """

    def __init__(self, stream: TextIO, interval: float = 5.0):
        self.stream, self.interval = stream, interval
        self.state: tuple[str, int, int | None, int] | None = None
        self.started = time.monotonic()
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._beat, name="armsdata-progress", daemon=True)
        self.thread.start()

    def __call__(self, stage: str, done: int, total: int | None, records: int) -> None:
        with self.lock:
            if self.state is not None and self.state[0] != stage:
                self._emit()
                self.started = time.monotonic()
            self.state = (stage, done, total, records)

    def line(self) -> str:
        """The line for the current state: the stage label, items done (of total when known)
        and their rate per second, records found (not while reading), and seconds elapsed."""
        stage, done, total, records = self.state
        seconds = time.monotonic() - self.started
        parts = []
        if stage in UNITS:
            of = f"/{total}" if total is not None else ""
            unit = UNITS[stage][:-1] if done == 1 and total is None else UNITS[stage]  # "1 source", "2 sources"
            parts += [f"{done}{of} {unit}", f"{done / seconds if seconds else 0:.0f} {UNITS[stage]}/s"]
        if stage != "read":
            parts.append(f"{records} records")
        return f"{LABELS.get(stage, stage)}: {', '.join(parts + [f'{seconds:.1f} s'])}"

    def _emit(self) -> None:
        if self.state is not None:
            print(self.line(), file=self.stream, flush=True)

    def _beat(self) -> None:
        while not self.stopped.wait(self.interval):
            with self.lock:
                self._emit()

    def close(self) -> None:
        """Stop the timer thread and write the last line."""
        self.stopped.set()
        self.thread.join()
        with self.lock:
            self._emit()


class BarProgress:
    """For a terminal: one tqdm bar per stage, with the records found so far."""

    def __init__(self, stream: TextIO):
        self.stream, self.stage, self.bar = stream, None, None

    def __call__(self, stage: str, done: int, total: int | None, records: int) -> None:
        from tqdm import tqdm

        if stage != self.stage:
            self.close()
            self.stage = stage
            counted = {"unit": UNITS[stage][:-1]} if stage in UNITS else {"bar_format": "{desc}: {elapsed}{postfix}"}
            self.bar = tqdm(total=total, desc=LABELS.get(stage, stage), file=self.stream, leave=False,
                            dynamic_ncols=True, **counted)
        if done > self.bar.n:
            self.bar.update(done - self.bar.n)
        if stage != "read":
            self.bar.set_postfix_str(f"{records} records", refresh=False)

    def close(self) -> None:
        """Close the current stage's bar, if any."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None
