"""Seed bytes to text (encodings, repair, the checks for non-seeds), and a seed's date from its path."""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import ftfy
from charset_normalizer import from_bytes

from ..errors import SeedError
from . import grammar as g
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


@dataclass(frozen=True, slots=True)
class Decoded:
    """A seed file's text and what had to be repaired or dropped to read it."""

    text: str
    """The text: NFC, safe for XML 1.0, line ends as in the file."""
    warnings: tuple[str, ...] = ()
    """What decoding repaired (stray bytes, escape codes, a missing byte-order mark), for the report."""


def read_seed(path: str, max_bytes: int) -> str:
    """Read and decode one seed file, or raise ``SeedError`` naming it (warnings not kept)."""
    return decode(_read_bytes(path, max_bytes), path)


def read_seed_text(path: str, max_bytes: int) -> Decoded:
    """Read and decode one seed file, logging and returning the warnings; raise ``SeedError`` naming it."""
    decoded = decode_text(_read_bytes(path, max_bytes), path)
    for warning in decoded.warnings:
        logger.warning("%s: %s", path, warning, extra={"limit_msg": REPAIRED_LIMIT_MSG})
    return decoded


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes, or ``SeedError`` when it is over ``max_bytes`` or cannot be read."""
    try:
        # Non-blocking, so a FIFO is not waited on; only a regular file is read, and never
        # past the limit (a link to /dev/zero has size 0 and no end).
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise SeedError("not a regular file (a FIFO, socket or device): not read", path)
            if info.st_size > max_bytes:
                raise SeedError(f"file is {info.st_size} bytes, over the {max_bytes}-byte limit", path)
            # Asked for its size (a read of the limit would make a buffer that large, every time),
            # then the rest up to the limit if the file grew meanwhile.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(max_bytes + 1 - len(data))
        if len(data) > max_bytes:
            raise SeedError(f"file is over the {max_bytes}-byte limit", path)
        return data
    except OSError as error:
        raise SeedError(f"cannot read file: {error.strerror or error}", path) from error


def decode(data: bytes, path: str | None = None) -> str:
    """Decode seed bytes to text, repairing mojibake; raise ``SeedError`` for non-text."""
    return decode_text(data, path).text


def decode_text(data: bytes, path: str | None = None) -> Decoded:
    """Decode seed bytes to XML-safe text with warnings; raise ``SeedError`` for non-text.

    A few bad bytes (NULs, bytes that are not UTF-8, control characters: up to
    ``MAX_BAD_BYTE_RATIO`` of the file) are dropped or replaced with a warning, never
    costing the story; more than that, and the file is binary. Terminal colour codes are
    removed whole; form feeds and vertical tabs become line ends.
    """
    if not data.strip():
        raise SeedError("empty file", path)
    warnings: list[str] = []
    text, clean, bad = _decode_bytes(data, path, warnings)
    text, codes = g.TERMINAL_ESCAPE_RE.subn("", text) if "\x1b" in text or "\x9b" in text else (text, 0)
    # One scan tells most texts apart: every control character, layout control and
    # character XML forbids is one XML_SUSPECT_RE finds.
    suspect = g.XML_SUSPECT_RE.search(text) is not None
    if suspect:
        bad += len(g.CONTROL_CHAR_RE.findall(text))
    if bad > _allowance(len(data)) or (bad and not text.strip(_BLANK)):
        raise SeedError("binary file, not text", path)
    if not text.strip(_BLANK):
        raise SeedError("file holds only white space", path)
    text, repaired = _repair_mojibake(text, clean)
    unsafe = 0
    if suspect or repaired:  # NFC makes no such character; ftfy's repair might
        if "\x0b" in text or "\x0c" in text or "\x85" in text:
            text = text.translate(g.LAYOUT_CONTROLS)
        text, unsafe = g.XML_UNSAFE_RE.subn("", text) if g.XML_SUSPECT_RE.search(text) else (text, 0)
    if codes:
        warnings.append(_count(codes, "terminal escape sequence") + " removed")
    if unsafe:
        warnings.append(_count(unsafe, "control character") + " removed")
    return Decoded(text, tuple(warnings))


#: What counts as blank once decoded (a BOM, a no-break or zero-width space is not text).
_BLANK = " \t\r\n\u00a0\u200b\ufeff"


def _allowance(size: int) -> int:
    """How many bad bytes a file of ``size`` bytes may hold and still be read as text."""
    return max(g.BAD_BYTES_FORGIVEN, int(size * g.MAX_BAD_BYTE_RATIO))


def _count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 NUL byte``, ``3 NUL bytes``."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def _repair_mojibake(text: str, clean: bool) -> tuple[str, bool]:
    """NFC text, mojibake repaired: always in a guessed encoding, in clean UTF-8 only when sure.

    The second value says whether ftfy repaired it.
    """
    if not g.MOJIBAKE_HINT_RE.search(text) or (clean and not g.MOJIBAKE_SURE_RE.search(text)):
        return unicodedata.normalize("NFC", text), False
    # ftfy repairs mojibake (``Ã©`` for ``é``) but must leave quotes and line ends alone.
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization="NFC"), True


def _decode_bytes(data: bytes, path: str | None, warnings: list[str]) -> tuple[str, bool, int]:
    """The text, whether it was clean Unicode (no byte replaced or guessed), and the bad bytes met."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_counting(data, encoding)
            if bad:
                warnings.append(_count(bad, "undecodable byte sequence") + " replaced")
            return text.lstrip("\ufeff"), not bad, bad
    nuls = data.count(0)
    if nuls:
        encoding = _utf16_without_bom(data)
        if encoding:
            text, bad = _decode_counting(data, encoding)
            order = "little" if encoding.endswith("le") else "big"
            warnings.append(f"UTF-16 ({order}-endian) text without a byte-order mark")
            return text, not bad, bad
        if nuls > _allowance(len(data)):
            raise SeedError("binary file, not text", path)
        data = data.replace(b"\x00", b"")
        warnings.append(_count(nuls, "NUL byte") + " dropped")
    try:
        return data.decode("utf-8"), True, nuls
    except UnicodeDecodeError:
        pass
    if not g.UTF8_MULTIBYTE_RE.search(data):
        western = _as_western(data)
        if western is not None:
            return western, False, nuls
    lenient = _lenient_utf8(data, _allowance(len(data)) - nuls)
    if lenient is not None:
        text, bad = lenient
        fixed = _count(bad, "byte that is not UTF-8", "bytes that are not UTF-8")
        warnings.append(f"{fixed} repaired or dropped")
        return text, False, nuls + bad
    # NUL bytes (a few of them dropped above) in a file nothing decodes: binary, as PNGs are.
    failure = "binary file, not text" if nuls else "binary file or unknown encoding"
    return _guess(data, path, failure), False, nuls


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with U+FFFD for what does not decode, and how many were replaced."""
    text = data.decode(encoding, errors="replace")
    return text, text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NULs fall where UTF-16 puts them, else None."""
    even, odd = data[0::2], data[1::2]
    if len(odd) < g.UTF16_MIN_CHARS:
        return None
    even_share, odd_share = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_share >= g.UTF16_MIN_NUL_SHARE and even_share <= g.MAX_BAD_BYTE_RATIO:
        return "utf-16-le"
    if even_share >= g.UTF16_MIN_NUL_SHARE and odd_share <= g.MAX_BAD_BYTE_RATIO:
        return "utf-16-be"
    return None


def _lenient_utf8(data: bytes, limit: int) -> tuple[str, int] | None:
    """UTF-8 with each bad byte repaired or dropped, and their number; None past ``limit`` of them.

    A lone stray byte is most often a Windows-1252 letter in a UTF-8 file (``café`` with
    byte E9): it is read as that letter when Windows-1252 has a printable one there, and
    dropped when not (``81``, a C1 control in Latin-1). A UTF-8 character cut short after
    its continuation bytes began (``E2 80`` then a space) becomes one U+FFFD, so the
    reader sees that a character is missing.
    """
    parts, bad, start = [], 0, 0
    while True:
        try:
            parts.append(data[start:].decode("utf-8"))
            return "".join(parts), bad
        except UnicodeDecodeError as error:
            stop, end = start + error.start, start + error.end
            parts.append(data[start:stop].decode("utf-8"))
            parts.append(_stray_byte(data[stop]) if end - stop == 1 else "\ufffd")
            bad += end - stop
            if bad > limit:
                return None
            start = end


def _stray_byte(byte: int) -> str:
    """The Windows-1252 character of a byte that is not UTF-8, when it is a printable one; else nothing."""
    try:
        char = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return char if char.isprintable() else ""


def _guess(data: bytes, path: str | None, failure: str) -> str:
    """Decode with the detector's best guess, preferring a Western encoding among equally good ones."""
    western = _as_western(data)
    if western is not None:
        return western
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise SeedError(failure, path)
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


#: The parse's warning for a seed whose text gives no date (``seed_date`` may find one in its path).
NO_DATE_IN_TEXT_WARNING = "no date in the seed (no Date header, crawler prefix or date line)"
#: The warning for a seed dated neither by its text nor by its file or folder names (it stands
#: for the parse's: one warning for one fact).
UNDATED_WARNING = "no date in the seed or its file name; published undated"
#: What the log says once these warnings repeat (Pelican's ``limit_msg``: an archive of scraped
#: pages may hold hundreds of undated or repaired seeds; the build report lists every one).
UNDATED_LIMIT_MSG = "More seeds published undated: see the build report's warnings"
REPAIRED_LIMIT_MSG = "More seeds repaired as they were decoded: see the build report's warnings"


def seed_date(
    seed: SeedArticle, path: str, root: str | None = None
) -> tuple[datetime | None, str | None, tuple[str, ...]]:
    """The seed's date, its origin and warnings; ``(None, None, warnings)`` when it has none.

    The text's own date comes first (header, crawler prefix, date line: ``seed.date``);
    then a full date in the file name or its folders (``2025-07-08-strike.txt``,
    ``20250708_story.txt``, ``2025/07/08/story.txt``), as UTC midnight, origin
    ``file-name`` or ``folder-name``. Only the path below ``root`` is looked at; without
    a root, the file name and the ``NAME_DATE_FOLDER_DEPTH`` folders above it. A date is
    never taken from a file's time, the clock or version control: a story with none is
    published undated, with a warning. The parse's warning that the text gives no date goes:
    a date from the path is as the site owner named the file, and an undated story's warning
    says it all.
    """
    if seed.date is not None:
        return seed.date, seed.date_origin, seed.warnings
    found = date_from_path(path, root)
    warnings = tuple(w for w in seed.warnings if w != NO_DATE_IN_TEXT_WARNING)
    if found is not None:
        return (*found, warnings)
    logger.warning("%s: %s", path, UNDATED_WARNING, extra={"limit_msg": UNDATED_LIMIT_MSG})
    return None, None, (*warnings, UNDATED_WARNING)


def date_from_path(path: str, root: str | None = None) -> tuple[datetime, str] | None:
    """A full date in the file name (``file-name``) or its folder names (``folder-name``), or None."""
    parts = _path_parts(path, root)
    if not parts:
        return None
    stem = os.path.splitext(parts[-1])[0]
    when = _name_date(stem, g.NAME_DATE_PREFIX_RE.match(stem) or g.NAME_ISO_DATE_RE.search(stem))
    if when:
        return when, "file-name"
    folders = parts[:-1]
    for i in range(len(folders) - 1, -1, -1):  # the nearest folder first
        if (
            i >= 2
            and g.YEAR_FOLDER_RE.match(folders[i - 2])
            and all(g.MONTH_OR_DAY_FOLDER_RE.match(name) for name in folders[i - 1 : i + 1])
        ):
            when = _calendar_date(*folders[i - 2 : i + 1])
        else:
            when = _name_date(folders[i], g.NAME_DATE_PREFIX_RE.match(folders[i]))
        if when:
            return when, "folder-name"
    return None


def _path_parts(path: str, root: str | None) -> list[str]:
    """The path's parts below ``root``; without one (or outside it), the name and a few folders."""
    if root is not None:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not relative.startswith(os.pardir):
            return [part for part in relative.split(os.sep) if part not in ("", os.curdir)]
    parts = [part for part in os.path.normpath(path).split(os.sep) if part not in ("", os.curdir, os.pardir)]
    return parts[-(g.NAME_DATE_FOLDER_DEPTH + 1) :]


def _name_date(name: str, match: re.Match | None) -> datetime | None:
    """The date ``match`` found in ``name``, when it is a real calendar day."""
    return _calendar_date(match["year"], match["month"], match["day"]) if match else None


def _calendar_date(year: str, month: str, day: str) -> datetime | None:
    """UTC midnight of that day; None for ``2025-02-30`` or a year outside ``NAME_DATE_YEARS``."""
    if int(year) not in g.NAME_DATE_YEARS:
        return None
    try:
        return datetime(int(year), int(month), int(day), tzinfo=UTC)
    except ValueError:
        return None
