"""Pelican's content cache, not loaded once what reading a seed depends on has changed.

Pelican keeps what its readers returned (``CACHE_CONTENT``) and, with ``LOAD_CONTENT_CACHE``,
gives it back for every file whose time and size are unchanged: a seed read under other
settings (``SEEDREADER_AGENCIES``, the site's language) or by other code (the plugin upgraded)
would be shown as it was read then. The cache folder keeps a stamp of both (``STAMP_FILE``),
written once a build has saved its cache; a build whose stamp differs reads every file again,
as Pelican's own autoreload does after a settings change, and leaves a new cache and stamp.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os

from .reader import reading_key

logger = logging.getLogger(__name__)

#: The stamp's file, in ``CACHE_PATH`` beside Pelican's own cache files.
STAMP_FILE = "seedreader-reading.stamp"


def guard_content_cache(pelican) -> None:
    """``initialized``: no loading of a cache written under other reading settings or code."""
    settings = pelican.settings
    if not settings.get("LOAD_CONTENT_CACHE"):
        return
    path = os.path.join(settings["CACHE_PATH"], STAMP_FILE)
    try:
        with open(path, encoding="utf-8") as handle:
            written = handle.read()
    except OSError:
        written = None
    if written != reading_stamp(settings):
        settings["LOAD_CONTENT_CACHE"] = False
        if written is not None or _has_cache(settings["CACHE_PATH"]):
            logger.info("Content cache not loaded: the seeds were read under other settings or plugin code")


def stamp_content_cache(pelican) -> None:
    """``finalized``: the cache just saved was read under these settings and this code."""
    settings = pelican.settings
    if not settings.get("CACHE_CONTENT"):
        return
    os.makedirs(settings["CACHE_PATH"], exist_ok=True)
    with open(os.path.join(settings["CACHE_PATH"], STAMP_FILE), "w", encoding="utf-8") as handle:
        handle.write(reading_stamp(settings))


def reading_stamp(settings: dict) -> str:
    """What reading depends on, as a digest: the reading settings (``reading_key``) and the code."""
    return hashlib.sha256(f"{_code_digest()}\0{reading_key(settings)}".encode()).hexdigest()


@functools.cache
def _code_digest() -> str:
    """A digest of the plugin's modules (the grammar and the reader among them), once per process."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digest = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(f for f in files if f.endswith(".py")):
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                digest.update(os.path.relpath(path, root).encode() + b"\0" + handle.read())
    return digest.hexdigest()


def _has_cache(folder: str) -> bool:
    """Whether Pelican left a cache in ``folder`` (written by a plugin version with no stamp)."""
    try:
        return any(name != STAMP_FILE for name in os.listdir(folder))
    except OSError:
        return False
