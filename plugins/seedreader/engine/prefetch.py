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
from ..processes import die_with_parent, fork_processes
from ..settings import read_options
from . import incremental

logger = logging.getLogger(__name__)

#: Fewer seeds than this to read are read in this process: a fork costs more than it saves.
PARALLEL_MIN_SEEDS = 48
#: Seeds per task sent to a worker: big enough to amortise the hand-over, small enough to balance.
CHUNK_SEEDS = 64

#: Absolute path -> (file stamp, settings key, reader.ReadSeed).
_STORE: dict[str, tuple[tuple, str, reader.ReadSeed]] = {}
#: Absolute path -> (file stamp, settings key, class, attributes): each article as Pelican made it.
_ARTICLES: dict[str, tuple[tuple, str, type, dict]] = {}
#: The settings of the build being prefetched, inherited by forked workers (never pickled).
_SETTINGS: dict = {}


@dataclass
class _Reading:
    """One build's read-ahead: results arrive in path order while Pelican reads in that order."""

    results: Iterator
    pool: object
    settings: dict
    key: str
    """``settings_key(settings)``."""
    paths: frozenset[str]
    kept: int
    started: float
    report: progress.Progress


_READING: _Reading | None = None


def prefetch_seeds(generator) -> None:
    """``generator_init`` handler: start reading the article generator's seeds ahead of Pelican."""
    global _READING
    if not isinstance(generator, ArticlesGenerator):
        return
    finish_reading()
    settings = generator.settings
    paths = sorted(
        os.path.abspath(os.path.join(generator.path, name))
        for name in generator.get_files(
            settings["ARTICLE_PATHS"],
            exclude=settings["ARTICLE_EXCLUDES"],
            extensions=tuple(reader.SeedReader.file_extensions),
        )
    )
    key = settings_key(settings)
    forget_articles(keep=paths)
    kept = {p: _STORE[p] for p in paths if p in _STORE and _STORE[p][:2] == (stamp(p), key)}
    missing = [p for p in paths if p not in kept]
    _STORE.clear()
    _STORE.update(kept)
    started = time.perf_counter()
    pool, results = _read_all(missing, settings, read_options(settings).jobs)
    _READING = _Reading(
        results, pool, settings, key, frozenset(paths), len(kept), started, progress.of(settings)
    )


def take(source_path: str, settings: dict) -> reader.ReadSeed | None:
    """The story read ahead for this file, if the file and the settings are still the same."""
    path = os.path.abspath(source_path)
    if path not in _STORE and _READING is not None and path in _READING.paths:
        _read_until(path)
    entry = _STORE.get(path)
    if entry is None:
        return None
    key = _READING.key if _READING is not None and _READING.settings is settings else settings_key(settings)
    if entry[:2] != (stamp(source_path), key):
        return None
    return entry[2]


def finish_reading(generator=None) -> None:
    """Take what is left of the read-ahead and stop its workers (``article_generator_pretaxonomy``)."""
    global _READING
    if _READING is None:
        return
    reading, _READING = _READING, None
    try:
        for _ in _results(reading):
            pass
    finally:
        if reading.pool is not None:
            reading.pool.terminate()
            reading.pool.join()
    reading.report.done(
        f"{len(reading.paths)} seeds read ({reading.kept} unchanged since the last build)", reading.started
    )


def _read_until(path: str) -> None:
    for found in _results(_READING):
        if found == path:
            return


def _results(reading: _Reading):
    """Store each result as it comes; yield its path."""
    for path, entry in reading.results:
        if entry is not None:
            _STORE[path] = (entry[0], reading.key, entry[1])
        reading.report.tick("seeds read", len(_STORE), len(reading.paths))
        yield path


def keep_article(path: str, article, key: str) -> None:
    """Keep a just-read article's state (before the plugin links it) for the next build.

    It is kept under the file stamp its seed was read with (taken before reading), so a
    file edited while the build ran is read again next time. Only when a rebuild in this
    process is expected (``incremental.rebuild_expected``).
    """
    read = _STORE.get(os.path.abspath(path))
    if read is None or not incremental.rebuild_expected():
        return
    state = dict(vars(article))
    state["metadata"] = dict(article.metadata)
    _ARTICLES[os.path.abspath(path)] = (read[0], key, type(article), state)


def kept_article(path: str, key: str, settings: dict, context: dict):
    """A new article as the last build read this file, if the file and settings are the same; else None.

    It is a fresh object in the state it had right after reading: what the last build
    did to its article after that (slug, URLs, links, Pelican's summary) is not in it.
    """
    entry = _ARTICLES.get(os.path.abspath(path))
    if entry is None or entry[:2] != (stamp(path), key):
        return None
    kind, state = entry[2], dict(entry[3])
    state.update(metadata=dict(state["metadata"]), translations=[], settings=settings, _context=context)
    article = object.__new__(kind)
    article.__dict__.update(state)
    return article


def forget_articles(keep=()) -> None:
    """Drop kept articles, but those of the files in ``keep`` (absolute paths)."""
    for path in _ARTICLES.keys() - set(keep):
        del _ARTICLES[path]


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
    return repr(
        (
            options.max_bytes,
            options.slug_max_chars,
            settings.get("SLUG_REGEX_SUBSTITUTIONS"),
            settings.get("PATH"),
            settings.get("ARTICLE_PATHS"),
        )
    )


def _read_all(paths: list[str], settings: dict, jobs: int):
    """(pool or None, iterator of (path, (stamp, story) or None) in path order); None: unreadable."""
    if fork_processes(jobs) < 2 or len(paths) < PARALLEL_MIN_SEEDS:
        return None, _read_chunk(paths, settings)
    global _SETTINGS
    _SETTINGS = settings  # the workers are forked now, with these settings
    chunks = [paths[i : i + CHUNK_SEEDS] for i in range(0, len(paths), CHUNK_SEEDS)]
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=die_with_parent)
    _SETTINGS = {}
    return pool, (result for results in pool.imap(_read_in_worker, chunks) for result in results)


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
