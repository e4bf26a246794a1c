"""The links file: an editor's READ MORE decisions, kept with the seeds (``links.toml``).

One table per seed (its path in the seeds folder, as the build report names it), one key
per READ MORE headline of that seed, and what it links to: the story's seed path (or its
slug), or ``false`` for "not in this archive"::

    ["world/harbour-strike.txt"]
    "dockworkers walk out over pay" = "economy/dock-strike.txt" # Port Ellis dockers strike
    "new border crossing opens" = false # not in this archive

Headlines are keyed as ``retrieval.normalise_title`` folds them (case, quotes, dashes and
punctuation), so an edit elsewhere in the seed, or to a headline's punctuation, keeps the
pin; an editor may write a headline as the seed has it, too. The file is read and written
through tomlkit: a rewrite keeps an editor's comments and order, and new entries go where
they sort (seeds, then headlines), so the same decisions give the same file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import tomlkit
from tomlkit.exceptions import ParseError, TOMLKitError
from tomlkit.items import KeyType, SingleKey, Table

from .retrieval import normalise_title
from .settings import DEFAULTS

logger = logging.getLogger(__name__)

#: The links file's setting: relative to the seeds folder, "" for none.
SETTING = "SEEDREADER_LINKS_FILE"
#: What a new links file starts with: how to read and edit it.
HEADER = """\
READ MORE decisions for Seed Reader, applied by the next build.

One table per seed (its path in the seeds folder), one line per READ MORE headline
(lower case, punctuation folded; the seed's own wording works too), and what it links to:
  "headline" = "section/story.txt"   the story it names (its seed path, or its slug)
  "headline" = false                 not in this archive: never linked
Written by `python -m seedreader links` (accept, none, forget, review); edit it by hand
as well: comments and order are kept. A pin wins over SEEDREADER_READ_MORE_OVERRIDES."""
#: The comment beside a "not in this archive" pin.
NOT_IN_ARCHIVE_COMMENT = "not in this archive"


class LinksFileError(ValueError):
    """A links file that cannot be read: its path, the line when known, and the reason."""

    def __init__(self, path: str, reason: str, line: int | None = None, column: int | None = None):
        self.path = path
        self.reason = reason
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f", line {self.line}" + (f", column {self.column}" if self.column is not None else "")
        return f"{where}: {self.reason}"

    def __reduce__(self):
        return (type(self), (self.path, self.reason, self.line, self.column))


@dataclass(frozen=True, slots=True)
class Pin:
    """One decision of the links file."""

    seed: str
    """The seed whose READ MORE line it is (path in the seeds folder, ``/``-separated)."""
    headline: str
    """The headline as the file gives it (``normalise_title`` folds it for matching)."""
    target: str
    """The story it links to (seed path or slug), or "" for "not in this archive"."""


def links_path(settings: Mapping[str, object]) -> str | None:
    """The links file of these settings, absolute (None when the setting is "")."""
    name = settings.get(SETTING, DEFAULTS[SETTING])
    if not isinstance(name, str):
        logger.error("Setting %s=%r is not valid; using %r", SETTING, name, DEFAULTS[SETTING])
        name = DEFAULTS[SETTING]
    if not name:
        return None
    return os.path.join(seeds_folder(settings), os.path.expanduser(name))


def seeds_folder(settings: Mapping[str, object]) -> str:
    """The seeds folder (the first of ``ARTICLE_PATHS``), absolute: where the links file lives."""
    paths = settings.get("ARTICLE_PATHS") or [""]
    return os.path.abspath(os.path.join(str(settings.get("PATH", "")), paths[0]))


def shown(path: str, settings: Mapping[str, object]) -> str:
    """The links file as messages name it: from the seeds folder's parent (``seeds/links.toml``)."""
    root = os.path.dirname(seeds_folder(settings))
    relative = os.path.relpath(path, root)
    return path if relative.startswith("..") else relative.replace(os.sep, "/")


def load(path: str, shown_as: str | None = None) -> tomlkit.TOMLDocument:
    """The links file as a tomlkit document (a new one, with its header, when there is none)."""
    text = _read(path, shown_as or path)
    return _new_document() if text is None else _parse(text, shown_as or path)


def read_pins(path: str, shown_as: str | None = None) -> tuple[Pin, ...]:
    """Every pin of the links file, sorted by seed and headline; none when there is no file."""
    text = _read(path, shown_as or path)
    return () if text is None else pins_of(_parse(text, shown_as or path), shown_as or path, text)


def pins_of(document: Mapping, name: str, text: str = "") -> tuple[Pin, ...]:
    """The pins of a links file's document; a value that is not a pin is a ``LinksFileError``.

    ``text``: the file's text, to name the line of a value that is not a pin.
    """
    pins = []
    for seed, table in document.items():
        if not isinstance(table, Mapping):
            raise LinksFileError(name, f"{_toml_key(seed)} = {_shown_value(table)}: a seed's pins go in "
                                       f'a table, ["section/story.txt"], one "headline" = ... line each',
                                 _line_of(text, None, seed))
        seen: dict[str, str] = {}
        for headline, value in table.items():
            where = f"[{_toml_key(seed)}] {_toml_key(headline)}"
            line = _line_of(text, seed, headline) if text else None
            if isinstance(value, Mapping):
                raise LinksFileError(name, f'{where} is a table: quote the seed\'s path whole, '
                                           '["section/story.txt"]', line)
            if value is True or not isinstance(value, str | bool):
                raise LinksFileError(name, f"{where} = {_shown_value(value)}: a pin is the seed path or slug "
                                           "of the story it links to, or false (not in this archive)", line)
            norm = normalise_title(headline)
            if not norm:
                raise LinksFileError(name, f"{where}: no words to match a headline by", line)
            if norm in seen:
                raise LinksFileError(name, f"{where}: the same headline as {_toml_key(seen[norm])}", line)
            seen[norm] = headline
            pins.append(Pin(str(seed), str(headline), value or ""))
    return tuple(sorted(pins, key=lambda p: (p.seed, normalise_title(p.headline))))


def _read(path: str, name: str) -> str | None:
    """The file's text; None when there is no file."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise LinksFileError(name, f"cannot read: {getattr(error, 'strerror', None) or error}") from error


def _parse(text: str, name: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except ParseError as error:
        # tomlkit's message ends with " at line L col C": the position is given apart.
        reason = str(error).removesuffix(f" at line {error.line} col {error.col}")
        raise LinksFileError(name, reason, error.line, error.col) from error
    except TOMLKitError as error:
        raise LinksFileError(name, str(error)) from error


def _line_of(text: str, table: str | None, key: str) -> int | None:
    """The line that sets ``key`` in ``table`` (None: at the top), if one line does (for messages)."""
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        try:
            parsed = tomlkit.parse(line)
        except TOMLKitError:
            continue  # part of a value over several lines
        if line.lstrip().startswith("["):
            current = next(iter(parsed), None)
        elif current == table and key in parsed:
            return number
    return None


def set_pin(document: tomlkit.TOMLDocument, seed: str, headline: str, target: str,
            comment: str | None = None) -> None:
    """Pin a seed's headline to ``target`` ("" for not in this archive), with a comment beside it.

    An entry for the same headline (as ``normalise_title`` folds it) is replaced where it
    stands; a new one goes where it sorts, its seed's table too.
    """
    norm = normalise_title(headline)
    value = tomlkit.item(target or False)
    comment = comment if target else NOT_IN_ARCHIVE_COMMENT
    if comment:
        value.comment(" ".join(comment.split()))
    table = document.get(seed)
    if table is None:
        table = tomlkit.table()
        table.add(_key(norm), value)
        _insert_sorted(document, seed, table, str)
        return
    for key in list(table.keys()):
        if normalise_title(key) == norm:
            table[key] = value
            return
    _insert_sorted(table, norm, value, normalise_title)


def remove_pin(document: tomlkit.TOMLDocument, seed: str, headline: str) -> bool:
    """Remove a seed's pin of ``headline`` (and its table when that was its last); whether there was one."""
    table = document.get(seed)
    if not isinstance(table, Mapping):
        return False
    norm = normalise_title(headline)
    found = [key for key in table if normalise_title(key) == norm]
    for key in found:
        del table[key]
    if found and not table:
        del document[seed]
    return bool(found)


def dumps(document: tomlkit.TOMLDocument) -> str:
    """The document's text: what ``save`` writes."""
    return tomlkit.dumps(document).rstrip("\n") + "\n"  # one line end, not the last table's blank line


def save(document: tomlkit.TOMLDocument, path: str) -> None:
    """Write the links file in one step (a reader never sees half of it)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    temporary = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(dumps(document))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _new_document() -> tomlkit.TOMLDocument:
    document = tomlkit.document()
    for line in HEADER.splitlines():
        document.add(tomlkit.comment(line) if line else tomlkit.nl())
    document.add(tomlkit.nl())
    return document


def _insert_sorted(container, name: str, item, order: Callable[[str], str]) -> None:
    """Add ``item`` before the first key that sorts after ``name`` by ``order`` (at the end when none does).

    The keys already there stay in the order an editor left them; tomlkit's container
    keeps the comments and blank lines between them.
    """
    key = _key(name)
    body = container.value.body if isinstance(container, Table) else container.body
    following = next((i for i, (k, _) in enumerate(body) if k is not None and order(k.key) > order(name)),
                     None)
    if isinstance(item, Table):
        item.add(tomlkit.nl())  # a blank line between tables
    if following is None:
        container.add(key, item)
        return
    target = container.value if isinstance(container, Table) else container
    # tomlkit has no public "insert before"; its container's own insert keeps indices and trivia right.
    target._insert_at(following, key, item)  # noqa: SLF001


def _key(name: str) -> SingleKey:
    """A quoted key: seed paths and headlines read alike, whatever their characters."""
    return SingleKey(name, t=KeyType.Basic)


def _toml_key(name: object) -> str:
    return _key(str(name)).as_string()


def _shown_value(value: object) -> str:
    try:
        return tomlkit.dumps({"v": value}).split(" = ", 1)[1].strip()
    except (TOMLKitError, TypeError, ValueError, IndexError):
        return repr(value)
