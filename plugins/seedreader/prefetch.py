"""Seeds are read ahead, in worker processes, and kept for the next build in the same process.

Pelican reads one file after another on one core. Reading a seed (decode, parse, render,
topics) is a pure function of the file and a few settings, so before Pelican starts, the
seeds it is about to read are read by ``jobs`` forked workers; the reader then takes each
result from the store instead of reading the file again. The store outlives the build, so
a rebuild in the same process (the dev server) reads only the seeds whose files changed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time

from pelican.generators import ArticlesGenerator

from . import progress, reader
from .settings import read_options

logger = logging.getLogger(__name__)

#: Fewer seeds than this to read are read in this process: a fork costs more than it saves.
PARALLEL_MIN_SEEDS = 48
#: Seeds per task sent to a worker: big enough to amortise the hand-over, small enough to balance.
CHUNK_SEEDS = 64

#: Absolute path -> (file stamp, settings key, reader.ReadSeed).
_STORE: dict[str, tuple[tuple, str, reader.ReadSeed]] = {}
#: The settings of the build being prefetched, inherited by forked workers (never pickled).
_SETTINGS: dict = {}


def prefetch_seeds(generator) -> None:
    """``generator_init`` handler: read the article generator's seeds ahead of Pelican."""
    if not isinstance(generator, ArticlesGenerator):
        return
    settings = generator.settings
    paths = sorted(
        os.path.abspath(os.path.join(generator.path, name))
        for name in generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"],
                                        extensions=tuple(reader.SeedReader.file_extensions))
    )
    key = settings_key(settings)
    kept = {p: _STORE[p] for p in paths if p in _STORE and _STORE[p][:2] == (stamp(p), key)}
    missing = [p for p in paths if p not in kept]
    _STORE.clear()
    _STORE.update(kept)
    started = time.perf_counter()
    jobs = read_options(settings).jobs
    report = progress.of(settings)
    for path, entry in _read_all(missing, settings, jobs):
        if entry is not None:
            _STORE[path] = (entry[0], key, entry[1])
        report.tick("seeds read", len(_STORE), len(paths))
    report.done(f"{len(paths)} seeds read ({len(kept)} unchanged since the last build)", started)


def take(source_path: str, settings: dict) -> reader.ReadSeed | None:
    """The story read ahead for this file, if the file and the settings are still the same."""
    entry = _STORE.get(os.path.abspath(source_path))
    if entry is None or entry[:2] != (stamp(source_path), settings_key(settings)):
        return None
    return entry[2]


def stamp(path: str) -> tuple:
    """What tells a changed file (as Pelican's own cache does: time, plus size and inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return ()
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def settings_key(settings: dict) -> str:
    """The settings a seed's reading depends on."""
    options = read_options(settings)
    return repr((options.max_bytes, options.slug_max_chars, settings.get("SLUG_REGEX_SUBSTITUTIONS"),
                 settings.get("PATH"), settings.get("ARTICLE_PATHS")))


def _read_all(paths: list[str], settings: dict, jobs: int):
    """(path, (stamp, story) or None) for each path, in order; None where reading failed."""
    if jobs < 2 or len(paths) < PARALLEL_MIN_SEEDS or "fork" not in multiprocessing.get_all_start_methods():
        yield from _read_chunk(paths, settings)
        return
    global _SETTINGS
    _SETTINGS = settings
    chunks = [paths[i:i + CHUNK_SEEDS] for i in range(0, len(paths), CHUNK_SEEDS)]
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for results in pool.imap(_read_in_worker, chunks):
                yield from results
    finally:
        _SETTINGS = {}


def _read_in_worker(paths: list[str]) -> list:
    return list(_read_chunk(paths, _SETTINGS))


def _read_chunk(paths: list[str], settings: dict):
    for path in paths:
        before = stamp(path)
        try:
            story = reader.read_story(path, settings)
        except Exception:  # noqa: BLE001 - the reader reads it again in Pelican and reports why
            yield path, None
            continue
        yield path, (before, story)
