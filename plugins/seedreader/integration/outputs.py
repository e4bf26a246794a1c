"""The output folder: a build owns the files it writes there, and leaves exactly what a fresh build makes.

A one-off build writes the site into a staging folder inside the output
(``.seedreader-work/site``) and, once it has succeeded, moves it into place: files the
last build owned and this one does not make are removed (a deleted seed's page, month
index, search records), files it never owned are left alone (unless Pelican's
``DELETE_OUTPUT_DIRECTORY`` asks for a clean folder), and top-level names in Pelican's
``OUTPUT_RETENTION`` are never removed. What the build owns is recorded in
``.seedreader-files.json``; it is written before anything moves, so a build killed while it
moves still knows its files next time. A killed build's staging folder and temporary
folders are removed by the next build.
"""

from __future__ import annotations

import contextlib
import fcntl
import fnmatch
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator

#: The record of the files the last build wrote (paths relative to the output, sorted).
RECORD = ".seedreader-files.json"
#: The build's working folder inside the output: the staging site and the lock.
WORK = ".seedreader-work"
#: What a Seed Reader output holds even without a record (one made before records were kept).
REPORT_MARK = "seedreader-report.json"
#: Folders a build killed while it indexed used to leave in the output (copies of every page).
LEFTOVERS = ".search-shard-*"
#: Names of the build's temporary folders in the system's temporary folder: ``PREFIX-PID-...``.
TEMP_PREFIX = "seedreader-"
_TEMP_RE = re.compile(rf"^{TEMP_PREFIX}[a-z]+-(?P<pid>\d+)-")


class OutputBusy(RuntimeError):
    """Another build is writing to the same output folder."""


def temp_prefix(kind: str) -> str:
    """The start of a temporary folder's name: it carries this process's id, so a later build can sweep it."""
    return f"{TEMP_PREFIX}{kind}-{os.getpid()}-"


def temp_folder(kind: str) -> tempfile.TemporaryDirectory:
    """A temporary folder named by ``temp_prefix``, in the system's temporary folder."""
    return tempfile.TemporaryDirectory(prefix=temp_prefix(kind))


def sweep_temp_folders(*places: str) -> None:
    """Remove temporary folders that builds killed before they could clean up left behind.

    They are in the system's temporary folder, or in ``places`` (the search index's scratch
    folder goes next to the output when the temporary folder is on another file system).
    """
    for base in (tempfile.gettempdir(), *places):
        with contextlib.suppress(OSError), os.scandir(base) as entries:
            for entry in entries:
                match = _TEMP_RE.match(entry.name)
                if match and entry.is_dir(follow_symlinks=False) and not _alive(int(match["pid"])):
                    shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Staging:
    """A build's staging folder inside ``output``, locked while the build runs.

    ``with Staging(output, settings) as site:`` builds into ``site``; ``commit()`` moves it
    into the output. Leaving the block without a commit (an error) keeps the output as it was.
    """

    def __init__(self, output: str, settings: dict) -> None:
        self.output = os.path.abspath(output)
        self.work = os.path.join(self.output, WORK)
        self.site = os.path.join(self.work, "site")
        self.retention = {str(name).strip("/") for name in settings.get("OUTPUT_RETENTION") or ()}
        self.delete_all = bool(settings.get("DELETE_OUTPUT_DIRECTORY"))
        self._lock = None

    def __enter__(self) -> str:
        sweep_temp_folders(os.path.dirname(self.output))
        os.makedirs(self.work, exist_ok=True)
        self._lock = open(os.path.join(self.work, "lock"), "w")  # noqa: SIM115 - held until __exit__
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            self._lock.close()
            raise OutputBusy(f"another build is writing to {self.output}") from error
        # What a killed build left: its half-made site, and (before builds were staged) search shards.
        shutil.rmtree(self.site, ignore_errors=True)
        for entry in os.scandir(self.output):
            if fnmatch.fnmatch(entry.name, LEFTOVERS) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
        os.makedirs(self.site)
        return self.site

    def __exit__(self, *exc) -> None:
        if self._lock is not None:
            self._lock.close()
        shutil.rmtree(self.work, ignore_errors=True)

    def commit(self) -> tuple[str, ...]:
        """Move the staged site into the output; remove what the last build owned and this one lacks.

        Returns the removed files (relative to the output).
        """
        new = set(files_under(self.site))
        owned = self.owned()
        _write_record(self.output, owned | new)  # a build killed from here on still knows them all
        stale = sorted(path for path in owned - new if path.split("/", 1)[0] not in self.retention)
        remove_files(self.output, stale)
        _move_tree(self.site, self.output)
        _write_record(self.output, new)
        return tuple(stale)

    def owned(self) -> set[str]:
        """The files of the output the last build owned (all but retained ones when asked to clean)."""
        recorded = read_record(self.output)
        if recorded is not None and not self.delete_all:
            return recorded
        legacy = os.path.exists(os.path.join(self.output, REPORT_MARK))
        if recorded is None and not (legacy or self.delete_all):
            return set()
        everything = {
            p
            for p in files_under(self.output, skip={WORK, RECORD})
            if p.split("/", 1)[0] not in self.retention
        }
        return everything | (recorded or set())


def files_under(folder: str, skip=frozenset(), prefix: str = "") -> Iterator[str]:
    """Every file (or link) under ``folder``, relative, with ``/``; top-level names in ``skip`` left out.

    ``os.scandir`` by hand: twice as quick as ``os.walk`` (0.09 s for a 5,000-story site).
    """
    with os.scandir(folder) as entries:
        for entry in entries:
            if prefix or entry.name not in skip:
                if entry.is_dir(follow_symlinks=False):  # a link to a folder is a file of the output
                    yield from files_under(entry.path, prefix=f"{prefix}{entry.name}/")
                else:
                    yield prefix + entry.name


def read_record(output: str) -> set[str] | None:
    """The files the last build recorded as its own, or None when there is no record."""
    try:
        with open(os.path.join(output, RECORD), encoding="utf-8") as handle:
            files = json.load(handle)["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return {f for f in files if isinstance(f, str) and _safe(f)}


def _safe(path: str) -> bool:
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts


def _write_record(output: str, files) -> None:
    path = os.path.join(output, RECORD)
    with open(path + ".tmp", "w", encoding="utf-8") as handle:
        json.dump({"files": sorted(files)}, handle, indent=0)
        handle.write("\n")
    os.replace(path + ".tmp", path)


def remove_files(output: str, relatives) -> None:
    """Remove files a build no longer writes, and the folders that leaves empty."""
    root = os.path.abspath(output)
    for relative in sorted(relatives):
        path = os.path.join(root, relative)
        if not os.path.isfile(path):
            continue
        os.remove(path)
        folder = os.path.dirname(path)
        while folder != root and not os.listdir(folder):
            os.rmdir(folder)
            folder = os.path.dirname(folder)


def _move_tree(source: str, target: str) -> None:
    """Move every entry of ``source`` into ``target``: whole folders where the target has none."""
    with os.scandir(source) as entries:
        names = sorted(e.name for e in entries)
    for name in names:
        src, dst = os.path.join(source, name), os.path.join(target, name)
        src_dir = os.path.isdir(src) and not os.path.islink(src)
        dst_dir = os.path.isdir(dst) and not os.path.islink(dst)
        if src_dir and dst_dir:
            _move_tree(src, dst)
            continue
        if dst_dir:
            shutil.rmtree(dst)
        elif src_dir and os.path.lexists(dst):
            os.unlink(dst)
        os.replace(src, dst)
