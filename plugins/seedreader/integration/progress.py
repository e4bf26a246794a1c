"""Build progress on the console: counts while a long step runs, then the step's time.

Lines go to stderr, so the build's own output (the summary line) stays clean on stdout;
``SEEDREADER_PROGRESS = False`` (``invoke build --quiet``) turns them off.
"""

from __future__ import annotations

import sys
import time

from ..settings import read_options

#: Steps with fewer items than this show only their closing line.
COUNT_FROM = 1000
#: A count line every this share of the step.
COUNT_EVERY = 0.1
#: A count line every this many items, for steps whose total is not known ahead.
COUNT_STEP = 2000


class Progress:
    """Prints a step's counts at every tenth, then its closing line with the seconds taken."""

    def __init__(self, enabled: bool, stream=None) -> None:
        self.enabled = enabled
        self.stream = stream
        self._next = 0

    def tick(self, label: str, done: int, total: int) -> None:
        """``done`` of ``total`` items of a step so far."""
        if not self.enabled or total < COUNT_FROM or done < self._next:
            return
        self._next = done + max(1, int(total * COUNT_EVERY))
        self._print(f"  {label}: {done:,} of {total:,}")

    def count(self, label: str, done: int) -> None:
        """``done`` items of a step whose total is not known ahead (pages written)."""
        if not self.enabled or done < self._next:
            return
        self._next = (done // COUNT_STEP + 1) * COUNT_STEP
        if done >= COUNT_STEP:
            self._print(f"  {label}: {done:,}")

    def done(self, message: str, started: float) -> None:
        """A step ended (``started`` is its ``time.perf_counter()``)."""
        self._next = 0
        if self.enabled:
            self._print(f"{message} in {time.perf_counter() - started:.1f} s")

    def _print(self, line: str) -> None:
        print(line, file=self.stream or sys.stderr, flush=True)


def of(settings) -> Progress:
    """The progress printer the settings ask for."""
    return Progress(read_options(settings).progress)
