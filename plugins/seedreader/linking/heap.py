"""Keeping freed memory in the process while the graph is built (glibc's malloc only).

Linking at 50,000 stories makes and frees arrays of tens to hundreds of megabytes again and
again. glibc gives each such block its own mapping and hands it back to the system when it
is freed, so the next one is fresh memory: on a virtual machine that returns freed memory to
its host, touching it costs up to a second per 400 MB. Kept in the heap instead, freed blocks
are reused, and forked helpers inherit the setting.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from contextlib import contextmanager, suppress

#: ``mallopt`` parameters (malloc.h) and glibc's defaults for them.
M_TRIM_THRESHOLD = -1
M_MMAP_MAX = -4
DEFAULT_TRIM_THRESHOLD = 128 * 1024
DEFAULT_MMAP_MAX = 65536

#: Free memory at the heap's top kept while memory is kept: all of it (mallopt takes an int).
KEPT_TRIM_THRESHOLD = 2**31 - 1


def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (whose ``mallopt`` these settings are for), else None."""
    with suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.gnu_get_libc_version  # noqa: B018 -- only glibc has it
        return libc
    return None


@contextmanager
def kept() -> Iterator[None]:
    """Within: large blocks come from the heap and freed memory stays there to be reused.

    Afterwards glibc's default limits are back (its sliding threshold for mapping a block of
    its own stays where it was) and the heap's free memory is handed back to the system at
    once (``malloc_trim``).
    """
    libc = _glibc()
    if libc is None:
        yield
        return
    libc.mallopt(M_MMAP_MAX, 0)
    libc.mallopt(M_TRIM_THRESHOLD, KEPT_TRIM_THRESHOLD)
    try:
        yield
    finally:
        libc.mallopt(M_MMAP_MAX, DEFAULT_MMAP_MAX)
        libc.mallopt(M_TRIM_THRESHOLD, DEFAULT_TRIM_THRESHOLD)
        libc.malloc_trim(0)
