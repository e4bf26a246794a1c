"""The story graph's records, and the options that tune it.

Stories as linking sees them, READ MORE references and their candidates, related
stories, the graph.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ..text.model import SeedArticle
from ..text.topics import Mention
from .threads import Thread

#: An unresolved line's candidate with at least this chance is offered to readers as "Did you mean".
SUGGEST_CHANCE = 0.2


RESOLVED, AMBIGUOUS, UNRESOLVED = "resolved", "ambiguous", "unresolved"


#: Notes of a pinned reference that links nowhere: by decision, or because its story is gone.
NOT_IN_ARCHIVE = "pinned: not in this archive"


PINNED_TO_MISSING = "pinned to a story that is not in the archive"


#: A seed's file name made from its headline, as crawlers name pages after their URL's slug
#: (``2026-06-12-wildfire-forces-hundreds-homes-near-vinmouth.txt``), keeps the headline of an
#: untitled story. The date before it and these small words (slugs leave them out) are not kept.
FILE_NAME_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[-_]")
#: What separates a file name's words.
FILE_NAME_SPLIT_RE = re.compile(r"[-_\s]+")
FILE_NAME_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
#: A file name of fewer words names no headline (``notes.txt``, ``000_5193c7b7.txt``).
FILE_NAME_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Story:
    """What the graph needs to know about one article."""

    key: str
    """Stable identity: the seed's path relative to the seeds folder."""
    title: str
    """The title shown (header, title line or derived)."""
    title_derived: bool
    """True when no header or title line gave the title."""
    header_title: str | None
    """The ``Title`` header, when there is one."""
    slug: str
    """The URL slug."""
    lede: str
    body: str
    date: datetime
    topics: tuple[Mention, ...] = ()
    references: tuple[tuple[int, str], ...] = ()
    """READ MORE lines as (line, headline)."""
    keywords: str = ""
    """Header tags and summary: indexed with the title, since an editor chose them."""
    dated: bool = True
    """False when neither the seed nor its file name gave a date (``date`` is then a stand-in)."""
    aliases: tuple[str, ...] = ()
    """The titles of the story's other copies (``copies``): a headline naming one links here."""
    file_name: tuple[str, ...] = ()
    """The words of the seed's file name (``file_name_words``), when it may spell a headline."""
    lang: str = ""
    """The language its text is in (``language.kin``), "" for the site's: related stories share it."""


def story_from_seed(
    key: str,
    seed: SeedArticle,
    slug: str,
    date: datetime,
    mentions: tuple[Mention, ...] = (),
    dated: bool = True,
    aliases: tuple[str, ...] = (),
    lang: str = "",
) -> Story:
    """The graph's view of a parsed seed (``aliases``: its copies' titles, ``lang``: ``Story.lang``).

    An untitled story's file name words are among its keywords: its headline, as the page's
    address gave it, is indexed with its title.
    """
    file_name = file_name_words(key)
    named = " ".join(file_name) if seed.title_derived else ""
    return Story(
        key=key,
        title=seed.title,
        title_derived=seed.title_derived,
        header_title=dict(seed.header).get("title"),
        slug=slug,
        lede=seed.lede,
        body="\n".join(b.text for b in seed.blocks if b.kind != "read_more"),
        date=date,
        topics=mentions,
        references=tuple((b.line, b.text) for b in seed.read_more),
        keywords=" ".join([*seed.tags, seed.summary or "", *aliases, named]),
        dated=dated,
        aliases=aliases,
        file_name=file_name,
        lang=lang,
    )


def file_name_words(key: str) -> tuple[str, ...]:
    """The words of a seed's file name (its date and extension aside) when they may spell a headline.

    Four words or more besides small ones, most of them words of letters; else none.
    """
    name = FILE_NAME_DATE_RE.sub("", key.rpartition("/")[2].rpartition(".")[0].lower())
    words = tuple(w for w in FILE_NAME_SPLIT_RE.split(name) if w)
    big = [w for w in words if w not in FILE_NAME_SMALL_WORDS]
    if len(big) < FILE_NAME_MIN_WORDS or not all(w.isalnum() for w in words):
        return ()
    return words if sum(w.isalpha() for w in big) >= FILE_NAME_MIN_WORDS - 1 else ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A story a headline might name, with its score."""

    key: str
    score: float


@dataclass(frozen=True, slots=True)
class Reference:
    """A READ MORE line and what it was resolved to."""

    source: str
    line: int
    headline: str
    status: str
    """``resolved``, ``ambiguous`` or ``unresolved``."""
    target: str | None = None
    stage: str | None = None
    """How it was matched: pin (links file), override, exact-title, header-title, slug, file-name or
    retrieval."""
    score: float = 0.0
    candidates: tuple[Candidate, ...] = ()
    note: str | None = None

    @property
    def suggestions(self) -> tuple[Candidate, ...]:
        """Stories a reader may be offered for a line not linked ("Did you mean").

        An ambiguous line's candidates; an unresolved line's best ones when the judge
        gives them a fair chance (``SUGGEST_CHANCE``); never those of a pinned line.
        """
        if self.status == AMBIGUOUS:
            return self.candidates
        if self.status == UNRESOLVED and self.stage == "retrieval":
            return tuple(c for c in self.candidates if c.score >= SUGGEST_CHANCE)
        return ()


@dataclass(frozen=True, slots=True)
class RelatedStory:
    """A story shown as related, with the reasons it was chosen."""

    key: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Graph:
    """Everything ``build_graph`` learned about the archive."""

    references: tuple[Reference, ...]
    related: Mapping[str, tuple[RelatedStory, ...]] = field(default_factory=dict)
    backlinks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    threads: tuple[Thread, ...] = ()
    thread_of: Mapping[str, str] = field(default_factory=dict)


def timestamp(when: datetime) -> float:
    """Seconds since the epoch; naive dates count as UTC so they compare with aware ones."""
    if when.tzinfo is None:
        return (when - datetime(1970, 1, 1)).total_seconds()
    return when.timestamp()


#: A READ MORE line links to its best candidate when the judge's chance that it is the named
#: story is at least this ...
DEFAULT_THRESHOLD = 0.8


#: ... and the runner-up's is lower by this much, or it is ambiguous (``judge``).
DEFAULT_MARGIN = 0.1


#: Related stories shown at the end of each article.
DEFAULT_RELATED_COUNT = 4


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Tuning for resolution and related stories (from SEEDREADER_* settings)."""

    threshold: float = DEFAULT_THRESHOLD
    margin: float = DEFAULT_MARGIN
    overrides: Mapping[str, str] = field(default_factory=dict)
    """Normalised or literal headline -> story key or slug ("" forces unresolved), in any seed."""
    pins: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(source seed key, normalised headline) -> story key or slug, or "" for "not in this
    archive": an editor's decision (the links file). A pin wins over ``overrides``."""
    related_count: int = DEFAULT_RELATED_COUNT
    parallel: bool = True
    """Split the heavy stages with a forked process on big archives (same graph either way)."""
