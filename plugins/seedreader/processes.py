"""Processes: forking workers that die with their parent, and pausing the cycle collector.

The one place that decides whether work may be split over forked processes; the build
engine (page writers, readers ahead), linking (the graph's two halves) and the search
index all ask here.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import BinaryIO, NoReturn, TypeVar

T = TypeVar("T")

#: ``prctl`` option: the signal a child gets when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def can_fork() -> bool:
    """Whether this process may fork children: fork exists and it is not a daemon."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    return not multiprocessing.current_process().daemon  # a daemonic process may not have children


def fork_processes(jobs: int) -> int:
    """Processes to use for ``jobs``: that many where processes can be forked, else one."""
    return jobs if jobs > 1 and can_fork() else 1


def die_with_parent() -> None:
    """In a forked child: be stopped when the process that forked it dies (Linux), not write on alone."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(1)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection meanwhile.

    Linking and the search index's merge make millions of small objects, none in a cycle,
    and each full collection they trigger walks the whole heap again (a third of linking's
    time at 50,000 stories). Collection resumes (and catches up) afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def forked(
    task: Callable[[], T],
    pack: Callable[[T], object] | None = None,
    unpack: Callable[[object], T] | None = None,
) -> Iterator[Callable[[], T]]:
    """Start ``task`` in a forked helper process; yield a function that returns its result.

    The helper shares everything built so far. If it could not start or failed, the
    function runs the task here instead. ``pack`` and ``unpack`` turn the result into
    something quicker to send (plain tuples) and back. The helper never outlives the
    block: one still running at its end (its result unwanted) is stopped.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    helper = context.Process(target=_run_and_send, args=(task, send, pack), daemon=True)
    try:
        helper.start()
    except OSError:  # no memory or processes left for a fork
        helper = None
        receive.close()
    send.close()
    received = False

    def result() -> T:
        nonlocal received
        if helper is not None and not received:
            try:
                value = receive.recv()
            except EOFError:  # it failed: do the task here (an error then shows here too)
                pass
            else:
                received = True
                helper.join()  # it is done: its CPU time counts from here on (os.times)
                return unpack(value) if unpack else value
        return task()

    try:
        yield result
    finally:
        if helper is not None:
            receive.close()
            if not received:
                helper.kill()
                helper.join()


def _run_and_send(task: Callable[[], T], send, pack: Callable[[T], object] | None) -> None:
    """In the forked helper: run the task and send the result back (nothing on failure)."""
    try:
        result = task()
        result = pack(result) if pack else result
    except Exception:  # noqa: BLE001 -- the parent runs the task itself and reports the error
        send.close()
        return
    send.send(result)
    send.close()


def in_halves(
    work: Callable[[int, int], T],
    size: int,
    parallel: bool,
    pack: Callable[[T], object] | None = None,
    unpack: Callable[[object], T] | None = None,
) -> list[T]:
    """``work(start, stop)`` over ``range(size)``, in two halves when ``parallel``.

    The second half runs in a forked helper process, the first here meanwhile; the results
    come back in order, whichever finished first (see ``forked``).
    """
    if not parallel or size < 2:
        return [work(0, size)]
    middle = size // 2
    with forked(lambda: work(middle, size), pack=pack, unpack=unpack) as second:
        first = work(0, middle)
        return [first, second()]


@contextlib.contextmanager
def scratch_file() -> Iterator[BinaryIO]:
    """A file in memory where the platform has them (Linux ``memfd``), else a temporary file.

    What a forked helper hands back in bulk (arrays of tens of megabytes) goes through one:
    sent through a pipe, it was copied three times into fresh memory and unpickled.
    """
    try:
        handle = open(os.memfd_create("seedreader-scratch"), "w+b")
    except (AttributeError, OSError):  # no memfd here, or not allowed
        handle = tempfile.TemporaryFile()
    with handle:
        yield handle


def exit_now(code: int = 0) -> NoReturn:
    """End a command-line build's process at once, its output flushed.

    Python's normal exit frees every object of the build one by one (over a second for
    5,000 stories); nothing is left to clean up after a build, so command-line entry
    points (``invoke build``, the benchmark's child) and forked page writers skip that.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)
