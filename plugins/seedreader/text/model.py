"""The structured article a seed becomes: frozen, slotted, picklable."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import datetime


def pickled_by_fields(cls: type) -> type:
    """``cls`` (a slotted dataclass) pickled as a call to itself with its fields in order.

    A slotted dataclass's own pickling reads ``fields()`` and sets each field one by one, for
    every object: twice the time, and every seed's blocks cross from a reading worker to the build.
    """
    values = operator.attrgetter(*cls.__slots__)
    if len(cls.__slots__) < 2:  # (``attrgetter`` of one name gives the value, not a tuple)
        raise TypeError(f"{cls.__name__} has fewer than two fields")

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """A photo caption with its credit; ``image`` only when the header names a file."""

    caption: str
    """The caption text, without its credit."""
    credit: str | None = None
    """The agency or photographer credited, such as ``AA`` or ``Reuters Archive``."""
    image: str | None = None
    """Path or URL of the image from the ``Image`` header, if any."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline such as ``ANKARA (AA) –`` taken off the start of the lede."""

    text: str
    """The dateline as written, without the dash that ends it."""
    place: str | None
    """The place, such as ``ANKARA`` or ``BEIJING, Feb. 4``; None for ``(Reuters) -``."""
    agency: str | None
    """The agency named in parentheses, such as ``AA``."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the body, in reading order."""

    kind: str
    """``paragraph``, ``heading``, ``read_more``, ``post`` (a social media post quoted in the story) or
    ``note`` (the editors' note to readers: a correction, a content warning)."""
    text: str
    """The paragraph or heading text; for ``read_more`` the headline named; a post's words."""
    line: int
    """1-based line in the seed file where the block starts."""
    anchor: str | None = None
    """The id of a heading, unique within the article."""
    cite: str | None = None
    """Who posted a ``post`` and when, as its signature gives them.

    (``Velm Ferries (@velmferries) February 3, 2026``.)
    """

    @property
    def headline(self) -> str:
        """The headline a ``read_more`` block names (same as ``text``)."""
        return self.text


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Dropped:
    """A line removed as a scraping leftover, kept for the report."""

    line: int
    """1-based line in the seed file."""
    reason: str
    """Why it was removed, as a short stable phrase."""
    text: str
    """The text removed."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SeedArticle:
    """Everything the parser learned from one seed."""

    title: str
    """The header title, or one derived from the text (see ``title_derived``)."""
    title_derived: bool
    """True when no header or title line gave the title."""
    date: datetime | None
    """From the header, a crawler prefix or a date line; None when the text has none."""
    date_origin: str | None
    """Where ``date`` came from: ``header``, ``crawler-prefix``, ``date-line``, ``dateline``,
    ``crawl-month`` (a day above the lede in the month of a crawler's prefix with no day) or
    ``opening`` (the day the lede says it was told on: ``..., Minggu (18/1/2026).``)."""
    lede: str
    """The standfirst: the first paragraph of the body, dateline removed."""
    dateline: Dateline | None = None
    """The dateline at the start of the lede, if any."""
    modified: datetime | None = None
    """The update date a date line gives beside the published one (``Update : 18.04.2017``)."""
    byline: str | None = None
    """The author from the header or a ``By ...`` line."""
    figure: Figure | None = None
    """The photo caption and credit near the top, if any."""
    blocks: tuple[Block, ...] = ()
    """Body paragraphs, subheads and READ MORE references, in order (lede excluded)."""
    sources: tuple[str, ...] = ()
    """Agencies from the source line or the ``Source`` header."""
    dropped: tuple[Dropped, ...] = ()
    """Lines removed as leftovers."""
    warnings: tuple[str, ...] = ()
    """Things a reader of the report should know."""
    slug: str | None = None
    """From the ``Slug`` header only; the reader derives one otherwise."""
    category: str | None = None
    """From the ``Category`` header."""
    tags: tuple[str, ...] = ()
    """From the ``Tags`` header."""
    summary: str | None = None
    """From the ``Summary`` header."""
    lang: str | None = None
    """From the ``Lang`` header."""
    status: str | None = None
    """From the ``Status`` header."""
    header: tuple[tuple[str, str], ...] = ()
    """The raw header lines as (lower-case key, value) pairs, in file order."""
    notes: tuple[Block, ...] = ()
    """The editors' notes printed above the story (a content warning, a correction): shown before
    the lede; a note printed inside the story is a block where it stands."""
    key_points: tuple[str, ...] = ()
    """The story's key points, bulleted between its headline and its lede (``Story highlights``):
    shown as a list above the lede, their bullets the list's."""

    @property
    def read_more(self) -> tuple[Block, ...]:
        """The READ MORE references, in order."""
        return tuple(b for b in self.blocks if b.kind == "read_more")

    @property
    def word_count(self) -> int:
        """Words of key points, lede and body text, for reading time."""
        texts = [*self.key_points, self.lede] + [b.text for b in self.blocks if b.kind != "read_more"]
        return sum(len(t.split()) for t in texts)
