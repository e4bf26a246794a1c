"""Stop a dev server's loop with a signal where it once got lost; prints ``stopped`` and ``quiet``.

``python stop_probe.py bare-except SIGTERM``: the signal lands under a bare ``except:``, as in
livereload's ``reload_waiters``. ``python stop_probe.py build SIGTERM``: it lands while the
server waits for a build worker that never answers. ``python stop_probe.py stopped SIGTERM``: the
stop came before a build started its worker. Run by ``test_devserver.py``.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time

from tornado.ioloop import IOLoop

from seedreader.tools.devserver import Builder, _stop_on_signals

#: Seconds after which the loop is stopped anyway (the signal was lost).
TIMEOUT = 10


class Errors(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def under_a_bare_except(signum: int) -> None:
    try:
        os.kill(os.getpid(), signum)
        time.sleep(0.5)  # the handler runs in here
    except:  # noqa: E722 - as livereload.handlers.LiveReloadHandler.reload_waiters
        pass


def main(case: str, name: str) -> int:
    signum = getattr(signal, name)
    loop = IOLoop.current()
    builder = None
    if case == "stopped":
        # Stopped before a build starts its worker (the stop came first): no worker is started.
        builder = Builder(site=None)  # (a worker for no site would fail to start)
        builder.interrupt()
        answer = builder._ask({"output": "unused"})
        print("stopped" if answer is None and builder.worker_pid is None else "started")
        print("quiet")
        return 0
    if case == "build":
        builder = Builder(site=None)
        # A worker that never answers, as one in the middle of a long build.
        builder._worker = subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(60)"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        threading.Timer(0.5, os.kill, (os.getpid(), signum)).start()
        callback = lambda: builder._ask({"output": "unused"})  # noqa: E731
    else:
        callback = lambda: under_a_bare_except(signum)  # noqa: E731
    errors = Errors()
    logging.getLogger().addHandler(errors)
    timed_out = []
    _stop_on_signals(loop, builder)
    loop.add_callback(callback)
    loop.call_later(TIMEOUT, lambda: (timed_out.append(True), loop.stop()))
    loop.start()
    if builder is not None:
        builder.close(wait=False)
    print("lost" if timed_out else "stopped")
    print("logged " + "; ".join(r.getMessage() for r in errors.records) if errors.records else "quiet")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
