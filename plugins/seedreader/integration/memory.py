"""Rebuild memory: what one build leaves for the next build in the same process.

Every build has one ``Memory``, owned by whoever runs the build: ``engine.build.build_site``
makes a fresh one for a one-off build (which keeps nothing, ``keep`` false), and the dev
server's build worker holds one across its rebuilds (``keep`` true), so a rebuild reads,
links and renders only what changed. Nothing of one build lives at module level.

Pelican hands its readers and generators only their settings (and the generators their
context), so the build puts its memory in the settings under ``MEMORY_SETTING``;
``memory_of`` finds it there. It must never travel with the settings, so a memory copies
as itself and pickles to an empty one (Pelican's content cache pickles articles, which
hold their settings), and its ``repr`` says nothing of its contents (settings keys are
made of ``repr``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..linking.graph import GraphMemory
from ..text.copies import CopyIndex

#: Where a build's memory is in its settings (set by the build, never by a site's settings file).
MEMORY_SETTING = "SEEDREADER_MEMORY"


class ReadAhead(Protocol):
    """Seeds being read ahead of Pelican for the running build (``engine.prefetch``)."""

    def take(self, path: str, settings: dict) -> Any:
        """The seed at ``path`` as read ahead (a ``reader.ReadSeed``), or None."""


@dataclass(eq=False)
class Memory:
    """One build's state, and what it leaves for the next (see the module's docstring)."""

    keep: bool = False
    """Whether another build follows in this process: keep what it would reuse."""
    seeds: dict[str, tuple] = field(default_factory=dict)
    """Absolute path -> (file stamp, reading key, ``ReadSeed``): seeds as read."""
    articles: dict[str, tuple] = field(default_factory=dict)
    """Absolute path -> (file stamp, reading key, class, attributes): articles as Pelican made them."""
    read_again: dict[str, dict[tuple, tuple]] = field(default_factory=dict)
    """Absolute path -> bare-headline lines -> (file stamp, reading key, furniture lines, ``ReadSeed``):
    re-reads (``passes``)."""
    urls: dict[tuple, tuple[str, str]] = field(default_factory=dict)
    """(seed path, slug, digest, date) -> (save_as, url), for ``urls_key`` (``articles``)."""
    urls_key: str = ""
    stories: dict[str, tuple] = field(default_factory=dict)
    """Seed path -> (seed, URL facts, ``Story``): the graph's records (``site``)."""
    with_cards: dict[str, tuple] = field(default_factory=dict)
    """Seed path -> (what the cards show, the story's HTML with its cards) (``site``)."""
    json: dict[str, tuple] = field(default_factory=dict)
    """Output name -> (data, text) of the JSON files last written (``site``)."""
    copies: CopyIndex | None = None
    """The copies pass's index of story fingerprints (``passes``)."""
    graph: GraphMemory = field(default_factory=GraphMemory)
    """The last story graph and what made it (``linking.graph``)."""
    pages: Any = None
    """The last build's page signatures (``engine.incremental.Store``), made by the engine."""
    static_links: dict[str, tuple] = field(default_factory=dict)
    """A page's source path -> (its text, the static files it links to) (``engine.parallel``)."""
    held: Any = None
    """The last build's Pelican object, with every article and page, until ``engine.build.release``."""
    reading: ReadAhead | None = None
    """This build's read-ahead while Pelican reads (``engine.prefetch``)."""
    signatures: Any = None
    """While pages are written in a rebuild: their signatures (``engine.incremental``), which
    story macros' output is kept by (``memo.memo_for_build``)."""

    def __reduce__(self):
        return (type(self), ())

    def __deepcopy__(self, memo) -> Memory:
        return self

    def __repr__(self) -> str:
        return f"<{type(self).__name__} keep={self.keep}>"


def memory_of(settings: dict) -> Memory:
    """The running build's memory, from its settings.

    A build run by plain ``pelican`` has none until it is first asked for: then one that
    keeps nothing is put in the settings, which Pelican hands all its parts as one dict.
    """
    memory = settings.get(MEMORY_SETTING)
    if not isinstance(memory, Memory):
        memory = settings[MEMORY_SETTING] = Memory()
    return memory


def build_key(settings: dict) -> str:
    """The settings a build's pages and articles depend on: all of them but where the output goes.

    What the last build kept is reused only under the same key.
    """
    return repr(sorted((k, repr(v)) for k, v in settings.items() if k != "OUTPUT_PATH"))
