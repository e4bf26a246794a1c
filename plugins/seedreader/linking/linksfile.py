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

import os
from collections.abc import Mapping
from dataclasses import dataclass

import tomlkit
from tomlkit.container import OutOfOrderTableProxy
from tomlkit.exceptions import ParseError, TOMLKitError
from tomlkit.items import Comment, InlineTable, KeyType, Null, SingleKey, Table, Trivia, Whitespace

from ..settings import read_options
from .retrieval import normalise_title

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
    name = read_options(settings).links_file
    if not name:
        return None
    return os.path.abspath(os.path.join(seeds_folder(settings), os.path.expanduser(name)))


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

    ``text``: the file's text, to name the line of a value that is not a pin (looked up
    only then: finding a line parses the file again, line by line).
    """
    pins = []
    for seed, table in document.items():
        problem = _not_a_pins_table(seed, table)
        if problem:
            raise LinksFileError(name, problem, _line_of(text, None, seed))
        seen: dict[str, str] = {}
        for headline, value in table.items():
            problem = _not_a_pin(seed, headline, value)
            norm = normalise_title(headline)
            if not problem and not norm:
                problem = f"{entry(seed, headline)}: no words to match a headline by"
            if not problem and norm in seen:
                problem = f"{entry(seed, headline)}: the same headline as {_toml_key(seen[norm])}"
            if problem:
                raise LinksFileError(name, problem, _line_of(text, seed, headline))
            seen[norm] = headline
            pins.append(Pin(str(seed), str(headline), value or ""))
    return tuple(sorted(pins, key=lambda p: (p.seed, normalise_title(p.headline))))


def entry(seed: str, headline: str) -> str:
    """A pin as messages name it: its table and key, as the links file writes them."""
    return f"[{_toml_key(seed)}] {_toml_key(headline)}"


def _not_a_pins_table(seed: str, table: object) -> str | None:
    """What is wrong with a seed's entry when it is not one table of pins (None when it is)."""
    how = 'a seed\'s pins go in a table, ["section/story.txt"], one "headline" = ... line each'
    if not isinstance(table, Mapping):
        return f"{_toml_key(seed)} = {_shown_value(table)}: {how}"
    if isinstance(table, InlineTable):
        return f"{_toml_key(seed)} = {{...}} is an inline table: {how}"
    if isinstance(table, OutOfOrderTableProxy) or (isinstance(table, Table) and table.is_super_table()):
        return (
            f"{_toml_key(seed)} is split by dotted keys or tables inside it: quote the seed's path "
            f"whole; {how}"
        )
    return None


def _not_a_pin(seed: str, headline: str, value: object) -> str | None:
    """What is wrong with a pin's value (None when it is a seed path, a slug or false)."""
    where = entry(seed, headline)
    if isinstance(value, Mapping):
        return f'{where} is a table: quote the seed\'s path whole, ["section/story.txt"]'
    if value is True or not isinstance(value, str | bool):
        return (
            f"{where} = {_shown_value(value)}: a pin is the seed path or slug of the story it links "
            "to, or false (not in this archive)"
        )
    if isinstance(value, str) and not value.strip():
        return (
            f"{where} = {_shown_value(value)}: name the story it links to, or write false (not in "
            "this archive)"
        )
    return None


def _read(path: str, name: str) -> str | None:
    """The file's text; None when there is no file."""
    try:
        with open(path, encoding="utf-8-sig") as handle:  # a byte order mark is no part of the text
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
            if table is None and current == key:
                return number
        elif current == table and key in parsed:
            return number
    return None


def set_pin(
    document: tomlkit.TOMLDocument, seed: str, headline: str, target: str, comment: str | None = None
) -> None:
    """Pin a seed's headline to ``target`` ("" for not in this archive), with a comment beside it.

    An entry for the same headline (as ``normalise_title`` folds it) is replaced where it
    stands; a new one goes where it sorts, its seed's table too, below the comments an
    editor wrote above the entry before it and above those of the entry after it.
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
        _insert_table(document, seed, table)
        return
    for key in list(table.keys()):
        if normalise_title(key) == norm:
            table[key] = value
            return
    _insert_pin(table, norm, value)


def remove_pin(document: tomlkit.TOMLDocument, seed: str, headline: str) -> bool:
    """Remove a seed's pin of ``headline``; whether there was one.

    The comment lines right above the pin go with it, and its table when that was its last pin.
    """
    table = document.get(seed)
    if not isinstance(table, Table):
        return False
    norm = normalise_title(headline)
    found = [key for key in table if normalise_title(key) == norm]
    for key in found:
        _remove_pin(table, key)
    if found and not table:
        _remove_table(document, seed)
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


# Where comments go. tomlkit keeps an editor's comment lines as items of the container they
# are in, between its keys: the lines right above a key (no blank line between) are taken to
# be about it. Those above a table's header are the end of the table before it (or of the
# document, above the first table).


def _insert_pin(table: Table, name: str, value) -> None:
    """Add a pin where it sorts among a table's pins, as ``set_pin`` says.

    Before the first key that sorts after ``name`` and the comment lines above that key; else
    after the last key (comments that end the table are about the next table's header).
    """
    body = table.value.body
    keys = [i for i, (key, _) in enumerate(body) if key is not None]
    following = next((i for i in keys if normalise_title(body[i][0].key) > normalise_title(name)), None)
    if following is not None:
        following = _comments_above(body, following)
    elif keys and keys[-1] < len(body) - 1:
        following = keys[-1] + 1
    if following is None:
        table.add(_key(name), value)
    else:
        # tomlkit has no public "insert before"; its container's own insert keeps indices and trivia right,
        # and the table mirrors its container's keys as its own (as ``Table.append`` does).
        table.value._insert_at(following, _key(name), value)  # noqa: SLF001
        dict.__setitem__(table, name, table.value[name])


def _insert_table(document: tomlkit.TOMLDocument, seed: str, table: Table) -> None:
    """Add a seed's table before the first that sorts after it, below the comments above that one's header."""
    table.add(tomlkit.nl())  # a blank line between tables
    body = document.body
    following = next((i for i, (key, _) in enumerate(body) if key is not None and key.key > seed), None)
    if following is None:
        document.add(_key(seed), table)
        return
    previous = _before(body, following)
    if previous is not None and isinstance(body[previous][1], Table):
        for comment in _take_trailing_comments(body[previous][1]):  # the next header's: after the new table
            table.add(comment)
    else:
        following = _comments_above(body, following)
    document._insert_at(following, _key(seed), table)  # noqa: SLF001


def _remove_pin(table: Table, key: str) -> None:
    """Remove a pin with the comment lines right above it (and a blank line it leaves doubled)."""
    body = table.value.body
    index = next(i for i, (k, _) in enumerate(body) if k is not None and k.key == key)
    start = _comments_above(body, index)
    before, after = _before(body, start), _after(body, index)
    for i in range(start, index):
        body[i] = (None, Null())
    if (
        (before is None or isinstance(body[before][1], Whitespace))
        and after is not None
        and isinstance(body[after][1], Whitespace)
    ):
        body[after] = (None, Null())
    del table[key]


def _remove_table(document: tomlkit.TOMLDocument, seed: str) -> None:
    """Remove a seed's table and the comment lines above its header.

    The comment lines that end it are above the next header, about the next table: they stay.
    """
    body = document.body
    index = next(i for i, (key, _) in enumerate(body) if key is not None and key.key == seed)
    kept = _take_trailing_comments(body[index][1])
    previous = _before(body, index)
    if previous is not None and isinstance(body[previous][1], Table):
        _take_trailing_comments(body[previous][1])
        for comment in kept:
            body[previous][1].add(comment)
        kept = []
    else:
        for i in range(_comments_above(body, index), index):
            body[i] = (None, Null())
    del document[seed]
    if kept:  # the table's place (now empty) holds them, as one item of several lines
        lines = "\n".join(c.as_string().rstrip("\n") for c in kept)
        body[index] = (None, Comment(Trivia(comment_ws="", comment=lines, trail="\n")))


def _comments_above(body: list, index: int) -> int:
    """Where the comment lines right above ``body[index]`` start (``index`` when there are none)."""
    start = index
    for i in range(index - 1, -1, -1):
        key, item = body[i]
        if key is not None or not isinstance(item, Comment | Null):
            break
        if isinstance(item, Comment):
            start = i
    return start


def _take_trailing_comments(table: Table) -> list:
    """The comment lines that end a table (after its last key and blank line), taken out of it."""
    body = table.value.body
    end = len(body)
    start = _comments_above(body + [(None, Whitespace(""))], end)
    taken = [item for _, item in body[start:end] if isinstance(item, Comment)]
    for i in range(start, end):
        body[i] = (None, Null())
    return taken


def _before(body: list, index: int) -> int | None:
    """The index of the item before ``body[index]`` that is not an empty place (``Null``)."""
    return next((i for i in range(index - 1, -1, -1) if not isinstance(body[i][1], Null)), None)


def _after(body: list, index: int) -> int | None:
    """The index of the item after ``body[index]`` that is not an empty place (``Null``)."""
    return next((i for i in range(index + 1, len(body)) if not isinstance(body[i][1], Null)), None)


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
