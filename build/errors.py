"""The exception types the pipeline raises for problems a user can fix, each with the
exit code the command line gives it."""

from __future__ import annotations

import signal


class ArmsdataError(Exception):
    """A problem with the user's input or data, reported as one line without a traceback
    (exit code 1: invalid data)."""

    exit_code = 1


class UsageError(ArmsdataError):
    """Input that cannot be read or an output that cannot be written, as given (exit 2)."""

    exit_code = 2


class Interrupted(ArmsdataError):
    """A build stopped by SIGINT or SIGTERM; exit code 128 + the signal's number, as a
    shell gives a process the signal ended (130 for Ctrl-C, 143 for SIGTERM)."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum
        super().__init__(f"build stopped by {signal.Signals(signum).name}; nothing was published")
