"""Pelican's content cache, not loaded once what reading a seed depends on has changed.

Pelican keeps what its readers returned (``CACHE_CONTENT``) and, with ``LOAD_CONTENT_CACHE``,
gives it back for every file whose modification time is unchanged: a seed read under other
settings (``SEEDREADER_AGENCIES``, the site's language, the reading speed) or by other code
(the plugin upgraded) would be shown as it was read then. The cache folder keeps a stamp of
both (``STAMP_FILE``), written only once a build has finished, so a build that fails after
saving its cache leaves none; a build whose stamp differs reads every file again, as
Pelican's own autoreload does after a settings change, and leaves a new cache and stamp.
"""

from __future__ import annotations

import hashlib
import logging
import os

from ..settings import read_options
from .reader import reading_key

logger = logging.getLogger(__name__)

#: The stamp's file, in ``CACHE_PATH`` beside Pelican's own cache files.
STAMP_FILE = "seedreader-reading.stamp"
#: Where a build keeps its stamp from ``initialized`` to ``finalized`` (set by the build, never
#: by a site's settings file).
STAMP_SETTING = "SEEDREADER_CACHE_STAMP"
#: Pelican's settings that decide which reader reads a file, besides the plugin's own.
READER_CHOICE_SETTINGS = ("STATIC_PATHS", "PAGE_PATHS", "ARTICLE_EXCLUDES", "PAGE_EXCLUDES", "IGNORE_FILES")


def _code_digest() -> str:
    """A digest of the plugin's modules (the grammar and the reader among them)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digest = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(f for f in files if f.endswith(".py")):
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                digest.update(os.path.relpath(path, root).encode() + b"\0" + handle.read())
    return digest.hexdigest()


#: The code this process runs, read when it was imported (an upgrade later is not this code).
CODE_DIGEST = _code_digest()


def guard_content_cache(pelican) -> None:
    """``initialized`` (once the seed folders are shared): no cache read under other settings or code.

    A stamp that differs is removed, so that only a build that finishes vouches for the cache.
    """
    settings = pelican.settings
    if not (settings.get("CACHE_CONTENT") or settings.get("LOAD_CONTENT_CACHE")):
        return  # (no cache, no stamp: ``stamp_content_cache`` writes none)
    stamp = settings[STAMP_SETTING] = reading_stamp(settings)
    folder = settings["CACHE_PATH"]
    path = os.path.join(folder, STAMP_FILE)
    try:
        with open(path, encoding="utf-8") as handle:
            written = handle.read()
    except OSError:
        written = None
    if written == stamp:
        return
    if settings.get("LOAD_CONTENT_CACHE"):
        settings["LOAD_CONTENT_CACHE"] = False
        if written is not None or _has_cache(folder):
            logger.info(
                "Content cache in %s not loaded: the seeds were read under other settings or code", folder
            )
    if written is not None:
        os.remove(path)


def stamp_content_cache(pelican) -> None:
    """``finalized``: the cache the build saved was read under its settings and this code."""
    settings = pelican.settings
    if not settings.get("CACHE_CONTENT") or STAMP_SETTING not in settings:
        return
    folder = settings["CACHE_PATH"]
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, STAMP_FILE)
    with open(path + ".part", "w", encoding="utf-8") as handle:
        handle.write(settings[STAMP_SETTING])
    os.replace(path + ".part", path)


def reading_stamp(settings: dict) -> str:
    """What a cached file's reading depends on, as a digest.

    The code, the settings ``read_story`` reads (``reading_key``), the plugin's settings (the
    metadata its reader gives Pelican: ``SEEDREADER_WORDS_PER_MINUTE``, which files are seeds)
    and Pelican's settings that choose a file's reader.
    """
    choice = tuple(repr(settings.get(name)) for name in READER_CHOICE_SETTINGS)
    key = (CODE_DIGEST, reading_key(settings), repr(read_options(settings)), choice)
    return hashlib.sha256(repr(key).encode()).hexdigest()


def _has_cache(folder: str) -> bool:
    """Whether Pelican left a cache in ``folder`` (written by a plugin version with no stamp)."""
    try:
        return any(name != STAMP_FILE for name in os.listdir(folder))
    except OSError:
        return False
