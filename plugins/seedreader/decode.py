"""Seed bytes to text: encoding detection, repair, and the checks for non-seeds."""

from __future__ import annotations

import codecs
import logging
import os
import unicodedata
from datetime import datetime

import ftfy
from charset_normalizer import from_bytes

from . import grammar as g
from .errors import SeedError
from .model import SeedArticle

logger = logging.getLogger(__name__)

#: Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_seed(path: str, max_bytes: int) -> str:
    """Read and decode one seed file, or raise ``SeedError`` naming it."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise SeedError(f"file is {size} bytes, over the {max_bytes}-byte limit", path)
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise SeedError(f"cannot read file: {error.strerror or error}", path) from error
    return decode(data, path)


def decode(data: bytes, path: str | None = None) -> str:
    """Decode seed bytes to text, repairing mojibake; raise ``SeedError`` for non-text."""
    if not data.strip():
        raise SeedError("empty file", path)
    text = _decode_bytes(data, path)
    if not text.strip(" \t\r\n\u00a0\u200b\ufeff"):
        raise SeedError("file holds only white space", path)
    controls = len(g.CONTROL_CHAR_RE.findall(text))
    if controls > g.MAX_CONTROL_CHAR_RATIO * len(text):
        raise SeedError("binary file, not text", path)
    # ftfy repairs mojibake (``Ã©`` for ``é``) but must leave quotes and line ends alone.
    if not g.MOJIBAKE_HINT_RE.search(text):
        return unicodedata.normalize("NFC", text)
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization="NFC")


def _decode_bytes(data: bytes, path: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    if b"\x00" in data:
        raise SeedError("binary file, not text", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data, path)


def _guess(data: bytes, path: str | None) -> str:
    """Decode with the detector's best guess, preferring a Western encoding among equally good ones."""
    western = _as_western(data)
    if western is not None:
        return western
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise SeedError("binary file or unknown encoding", path)
    tied = {
        encoding
        for match in matches
        if (match.chaos, match.coherence) == (best.chaos, best.coherence)
        for encoding in match.could_be_from_charset
    }
    for encoding in g.PREFERRED_ENCODINGS:
        if encoding in tied:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    return str(best)


def _as_western(data: bytes) -> str | None:
    """The text as Windows-1252 when that gives only ASCII and Western European letters."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if all(c.isascii() or c in g.WESTERN_CHARS for c in text):
        return text
    return None


MTIME_WARNING = "date taken from the file's modification time"


def seed_date(seed: SeedArticle, path: str) -> tuple[datetime, str | None, tuple[str, ...]]:
    """The seed's date, its origin and warnings; the file's modification time as a last resort."""
    if seed.date is not None:
        return seed.date, seed.date_origin, seed.warnings
    logger.warning("%s: no date in the seed; using the file's modification time", path)
    mtime = datetime.fromtimestamp(os.stat(path).st_mtime).replace(microsecond=0)
    return mtime, "file-mtime", (*seed.warnings, MTIME_WARNING)
