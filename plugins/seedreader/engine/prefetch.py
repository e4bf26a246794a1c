"""Seeds are read ahead, in worker processes, and kept for the next build in the same process.

Pelican reads one file after another on one core. Reading a seed (decode, parse, render,
topics) is a pure function of the file and a few settings, so when Pelican is about to
read, ``jobs`` forked workers start reading the seeds in path order; Pelican (reading in
the same order, see ``parallel``) takes each result as it arrives, so its own work on
one story overlaps the workers' on the next ones. The store outlives the build, so
a rebuild in the same process (the dev server) reads only the seeds whose files changed.

The articles Pelican makes of the seeds are kept too, as they were right after reading
(``keep_article``): a rebuild makes an unchanged seed's article from that state instead of
running Pelican's reader and metadata processing again (about 0.2 ms a story).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass

from pelican.generators import ArticlesGenerator

from ..integration import progress, reader
from ..integration.generators import forget_articles
from ..integration.memory import Memory, memory_of
from ..processes import die_with_parent, fork_processes
from ..settings import read_options

logger = logging.getLogger(__name__)

#: Fewer seeds than this to read are read in this process: a fork costs more than it saves.
PARALLEL_MIN_SEEDS = 48
#: Seeds per task sent to a worker: big enough to amortise the hand-over, small enough to balance.
CHUNK_SEEDS = 64

#: In a forked reading worker only: the settings of the build it reads for (inherited from
#: the parent at the fork, set by ``_start_worker``; the parent never writes here).
_WORKER: dict = {}


@dataclass
class Reading:
    """One build's read-ahead: results arrive in path order while Pelican reads in that order.

    It is the build's ``Memory.reading`` while Pelican reads; ``take`` is what the reader asks.
    """

    memory: Memory
    results: Iterator
    pool: object
    settings: dict
    key: str
    """``reading_key(settings)``."""
    paths: frozenset[str]
    kept: int
    started: float
    report: progress.Progress

    def take(self, source_path: str, settings: dict) -> reader.ReadSeed | None:
        """The story read ahead for this file, if the file and the settings are still the same."""
        path = os.path.abspath(source_path)
        seeds = self.memory.seeds
        if path not in seeds and path in self.paths:
            for found in self._results():
                if found == path:
                    break
        entry = seeds.get(path)
        if entry is None:
            return None
        key = self.key if settings is self.settings else reader.reading_key(settings)
        if entry[:2] != (reader.file_stamp(source_path), key):
            return None
        return entry[2]

    def finish(self) -> None:
        """Take what is left and stop the workers."""
        try:
            for _ in self._results():
                pass
        finally:
            if self.pool is not None:
                self.pool.terminate()
                self.pool.join()
        self.report.done(
            f"{len(self.paths)} seeds read ({self.kept} unchanged since the last build)", self.started
        )

    def _results(self):
        """Store each result as it comes; yield its path."""
        seeds = self.memory.seeds
        for path, entry in self.results:
            if entry is not None:
                seeds[path] = (entry[0], self.key, entry[1])
            self.report.tick("seeds read", len(seeds), len(self.paths))
            yield path


def prefetch_seeds(generator) -> None:
    """``generator_init`` handler: start reading the article generator's seeds ahead of Pelican."""
    if not isinstance(generator, ArticlesGenerator):
        return
    finish_reading(generator)
    settings = generator.settings
    memory = memory_of(settings)
    folders = reader.site_folders(settings)
    paths = sorted(
        path
        for name in generator.get_files(
            settings["ARTICLE_PATHS"],
            exclude=settings["ARTICLE_EXCLUDES"],
            extensions=tuple(reader.SeedReader.file_extensions),
        )
        if reader.is_seed(path := os.path.abspath(os.path.join(generator.path, name)), folders)
    )
    key = reader.reading_key(settings)
    forget_articles(memory, keep=paths)
    seeds = memory.seeds
    kept = {p: seeds[p] for p in paths if p in seeds and seeds[p][:2] == (reader.file_stamp(p), key)}
    missing = [p for p in paths if p not in kept]
    seeds.clear()
    seeds.update(kept)
    started = time.perf_counter()
    pool, results = _read_all(missing, settings, read_options(settings).jobs)
    memory.reading = Reading(
        memory, results, pool, settings, key, frozenset(paths), len(kept), started, progress.of(settings)
    )


def finish_reading(generator) -> None:
    """Take what is left of the read-ahead and stop its workers (``article_generator_pretaxonomy``)."""
    memory = memory_of(generator.settings)
    reading, memory.reading = memory.reading, None
    if reading is not None:
        reading.finish()


def _read_all(paths: list[str], settings: dict, jobs: int):
    """(pool or None, iterator of (path, (stamp, story) or None) in path order); None: unreadable."""
    if fork_processes(jobs) < 2 or len(paths) < PARALLEL_MIN_SEEDS:
        return None, _read_chunk(paths, settings)
    chunks = [paths[i : i + CHUNK_SEEDS] for i in range(0, len(paths), CHUNK_SEEDS)]
    # Forked: the settings reach the workers as they are, never pickled.
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_start_worker, initargs=(settings,))
    return pool, (result for results in pool.imap(_read_in_worker, chunks) for result in results)


def _start_worker(settings: dict) -> None:
    die_with_parent()
    _WORKER["settings"] = settings


def _read_in_worker(paths: list[str]) -> list:
    return list(_read_chunk(paths, _WORKER["settings"]))


def _read_chunk(paths: list[str], settings: dict):
    for path in paths:
        before = reader.file_stamp(path)
        try:
            story = reader.read_story(path, settings)
        except Exception:  # noqa: BLE001 - the reader reads it again in Pelican and reports why
            yield path, None
            continue
        yield path, (before, story)
