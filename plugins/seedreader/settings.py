"""Every ``SEEDREADER_*`` setting with its default, and the one helper that reads them."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

logger = logging.getLogger(__name__)

DEFAULTS: Mapping[str, object] = {
    # Seeds larger than this are skipped (and reported) rather than read.
    "SEEDREADER_MAX_BYTES": 5 * 1024 * 1024,
    # Reading speed for the "N min read" label.
    "SEEDREADER_WORDS_PER_MINUTE": 230,
    # Longest slug made from a title; longer ones are cut at a hyphen.
    "SEEDREADER_SLUG_MAX_CHARS": 80,
    # Any reported problem makes the build fail (for CI).
    "SEEDREADER_STRICT": False,
    # Where the machine-readable build report goes, relative to OUTPUT_PATH ("" for none).
    "SEEDREADER_REPORT": "seedreader-report.json",
}


@dataclass(frozen=True, slots=True)
class Options:
    """The plugin's settings, validated, with defaults filled in."""

    max_bytes: int
    words_per_minute: int
    slug_max_chars: int
    strict: bool
    report: str


def read_options(settings: Mapping[str, object]) -> Options:
    """Read the plugin's settings over DEFAULTS; a bad value is logged and replaced."""
    values = {}
    for key, default in DEFAULTS.items():
        value = settings.get(key, default)
        if not _is_valid(value, default):
            logger.error("Setting %s=%r is not valid; using %r", key, value, default)
            value = default
        values[key.removeprefix("SEEDREADER_").lower()] = value
    return Options(**values)


def _is_valid(value: object, default: object) -> bool:
    """Same type as the default; numbers must be positive."""
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool) and value > 0
    return isinstance(value, type(default))
