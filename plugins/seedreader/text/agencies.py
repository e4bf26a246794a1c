"""One name per news agency: ``TRTWorld`` and ``TRT World``, ``AFP`` and ``Agence France-Presse``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from . import grammar as g

_KEY_RE = re.compile(r"[\W_]+")


def key(name: str) -> str:
    """What two spellings of one name share: letters and digits, case-folded."""
    return _KEY_RE.sub("", name.casefold())


@lru_cache(maxsize=16)
def table(extra: tuple[tuple[str, ...], ...] = ()) -> dict[str, str]:
    """Each spelling's key -> the name shown; the site's rows (``extra``) win over the built-in ones."""
    names: dict[str, str] = {}
    for row in (*extra, *g.AGENCIES):
        for name in row:
            names.setdefault(key(name), row[0])
    return names


def canonical(name: str, names: dict[str, str]) -> str:
    """The name shown for ``name``: its row's first name, or ``name`` as written when no row has it."""
    return names.get(key(name), name)


def normalised(sources: Iterable[str], names: dict[str, str]) -> tuple[str, ...]:
    """``sources`` with each name shown one way, in order, each once."""
    return tuple(dict.fromkeys(canonical(s, names) for s in sources))


def is_agency(name: str) -> bool:
    """True when a built-in row names ``name`` (what the parser, which has no settings, can know)."""
    return key(name) in table()


def rows(setting: Sequence[Sequence[str]] | None) -> tuple[tuple[str, ...], ...]:
    """The ``SEEDREADER_AGENCIES`` setting as a hashable table (empty rows left out).

    A row given as one string (``"MW"`` for ``("MW",)``) is one name, not its letters.
    """
    return tuple((row,) if isinstance(row, str) else tuple(row) for row in (setting or ()) if row)
