"""Rebuilds that render only the pages whose inputs changed (the dev server's path).

Every page written through Pelican's writer gets a signature: a hash of what its
template is given (the page's own variables, the site-wide lists its template reads,
and the few site-wide facts every page shows). A rebuild in the same process renders a
page only when its signature differs from the last build's; otherwise the page's file
from the last output is linked into the new one. The new output is therefore what a
full build would write, byte for byte (tests/test_fastpaths.py checks it).

Stories are seen through two views: a *card* (a hash of the seed's text, which decides
everything read from it, plus what the archive decided: URL, topics, section) and, on
the story's own page, the card, the page's text (with its READ MORE cards) and the
stories it links to, seen as cards. Values of a type this module does not know make the
page's signature unique, so such a page is always rendered: an unknown input can cost
time, never a stale page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from markupsafe import Markup
from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper

from ..linking.related import Candidate, Reference

#: Article attributes that link to other stories or to the whole site: not part of a card,
#: since a card shows none of them (and including them would tie every card to its neighbours).
NOT_IN_CARD = frozenset(
    {
        "settings",
        "_context",
        "related",
        "backlinks",
        "backlinks_count",
        "thread",
        "thread_nearby",
        "prev_article",
        "next_article",
        "translations",
        "references",
        "copies",
        "copy_of",
    }
)
#: What a card shows besides what its seed's text (``seed_digest``) and path decide with the
#: settings (title, summary, category, tags, author, language, status): what the archive decides,
#: and the date, which can come from the file's time when the seed gives none.
CARD_FIELDS = ("url", "slug", "date", "topics", "source_links")
#: What a story's own page shows besides its card and its text: the stories it links to.
#: (Its READ MORE references show only as the cards and search links in its text, which is
#: hashed whole: their scores and candidates, which any edit elsewhere moves, are not shown.)
PAGE_FIELDS = (
    "related",
    "backlinks",
    "backlinks_count",
    "thread",
    "thread_nearby",
    "prev_article",
    "next_article",
    "translations",
    "seed_warnings",
    "copies",
    "copy_of",
)
#: Never part of a signature: the settings (the same all build long), the site context, and
#: every article, which Pelican hands to category, tag and author pages (this theme's
#: templates do not read it; they read their own list).
NOT_IN_PAGE = frozenset({"settings", "_context", "all_articles"})
#: Site-wide lists each template reads besides its own variables (theme/templates).
TEMPLATE_GLOBALS = {
    "archives": ("archive_index",),
    "categories": ("categories", "topics"),
    "topics": ("categories",),
    "sources": ("sources",),
    "authors": ("authors",),
    "tags": ("tags",),
    "search": ("categories", "topics", "sources"),
}
#: Page variables Pelican's writer adds when it paginates a list named ``key``.
PAGINATION_SUFFIXES = ("_paginator", "_page", "_previous_page", "_next_page")


#: Types whose values are their own picture (exactly these: a subclass such as Markup is told apart).
_PLAIN = frozenset({str, int, float, bool, type(None)})
#: Frozen records of plain values (no story inside): their repr is their whole picture.
_RECORDS = frozenset({Reference, Candidate})
#: Field names of each dataclass met, looked up once per type.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}

#: How ``Signatures.view`` pictures a value, by its type (worked out once per type).
_HOW: dict[type, str] = {}


def _how_to_view(kind: type) -> str:
    """What ``Signatures.view`` does with values of this type (the first test that holds)."""
    tests = (
        (lambda k: k in _PLAIN, "plain"),
        (lambda k: k in _RECORDS, "repr"),
        (lambda k: issubclass(k, Markup), "markup"),
        (lambda k: issubclass(k, bool | int | float | str), "plain"),
        (lambda k: issubclass(k, list | tuple), "sequence"),
        (lambda k: issubclass(k, datetime | date), "date"),
        (lambda k: issubclass(k, Content), "story"),
        (lambda k: issubclass(k, URLWrapper), "wrapper"),
        (lambda k: issubclass(k, dict), "dict"),
        (lambda k: issubclass(k, Page), "page"),
        (lambda k: issubclass(k, Paginator), "paginator"),
        (lambda k: issubclass(k, tzinfo), "zone"),
        (dataclasses.is_dataclass, "record"),
    )
    return next((how for test, how in tests if test(kind)), "unknown")


#: Numbers unknown values apart, never twice in a process (an ``id`` can come back).
_UNKNOWN = itertools.count()


class _Unknown:
    """A value this module cannot see into: equal to nothing, so its page is rendered."""

    def __init__(self) -> None:
        self.number = next(_UNKNOWN)

    def __repr__(self) -> str:
        return f"<unknown {self.number}>"


@dataclass
class Store:
    """The signatures of the last build's pages, by output path (relative to the output)."""

    key: str = ""
    pages: dict[str, str] = field(default_factory=dict)
    rendered: dict[tuple, str] = field(default_factory=dict)
    """Story macros' output keyed by card signatures (``meta.memo``), for builds with ``key``."""


#: The last build in this process.
_LAST = Store()


def settings_key(settings: dict) -> str:
    """The settings a build's pages depend on (all of them but where the output goes)."""
    return repr(sorted((k, repr(v)) for k, v in settings.items() if k != "OUTPUT_PATH"))


def previous(key: str) -> dict[str, str]:
    """The last build's signatures, if it ran with the same settings (else none)."""
    return dict(_LAST.pages) if _LAST.key == key else {}


def remember(key: str, pages: dict[str, str]) -> None:
    """Keep this build's signatures for the next rebuild."""
    _LAST.key, _LAST.pages = key, dict(pages)


def forget() -> None:
    """The next build renders every page (the theme changed, or a build failed half-way)."""
    _LAST.key, _LAST.pages, _LAST.rendered = "", {}, {}


def rendered(key: str) -> dict[tuple, str]:
    """Story macros' output kept from the last builds with these settings (empty for others)."""
    if _LAST.key != key:
        _LAST.rendered = {}
    return _LAST.rendered


#: Whether the build running will be followed by a rebuild in this process (it has a
#: ``previous_output``): then what only a rebuild needs (the story graph's inputs) is kept.
_REBUILDS: list[bool] = [False]


def expect_rebuild(flag: bool) -> None:
    """Say whether the build starting now keeps what a rebuild reuses (``rebuild_expected``)."""
    _REBUILDS[0] = flag


def rebuild_expected() -> bool:
    """Whether the build running keeps what a rebuild reuses (the dev server's worker)."""
    return _REBUILDS[0]


#: The build being written: its signatures, for ``meta.memo`` (None outside a rebuild).
_CURRENT: list = [None]


def current() -> Signatures | None:
    """The signatures of the rebuild being written, if one is (``meta.memo`` keys stories by card)."""
    return _CURRENT[0]


@contextmanager
def signing(signatures: Signatures | None) -> Iterator[None]:
    """Pages are being written with these signatures (``current``)."""
    _CURRENT[0] = signatures
    try:
        yield
    finally:
        _CURRENT[0] = None


class Signatures:
    """Computes page signatures for one build (card views are computed once per story)."""

    def __init__(self, context: dict, rendered: dict | None = None) -> None:
        self.rendered = {} if rendered is None else rendered
        """Story macros' output by card signature (``meta.memo``), kept across rebuilds."""
        self._cards: dict[int, str] = {}
        self._lists: dict[tuple[int, str], str] = {}
        self._wrappers: dict[tuple[type, str], tuple] = {}
        self._records: dict[tuple[int, bool], tuple] = {}
        self.context = context
        self.site = self._hash(
            (
                "site",
                bool(context.get("topics")),
                self.view(context.get("sources", []), shallow=True),
                self.view(context.get("footer_sources", ()), shallow=True),
                self.view(context.get("pages", [])),
            )
        )

    def page(self, template: str, context: dict, keys) -> str:
        """The signature of a page Pelican's writer paginated, from its local context."""
        paginated = {k.removesuffix("_page") for k in keys if k.endswith("_page") and k in context}
        variables = {key: context[key] for key in keys if key in context}
        name, siteurl = context.get("output_file"), context.get("SITEURL")
        return self.signature(template, name, siteurl, variables, paginated)

    def signature(
        self, template: str, name: str, siteurl: str | None, variables: dict, paginated=frozenset()
    ) -> str:
        """One page's signature: its template, path, own variables and the site-wide lists it reads.

        ``paginated``: lists the page shows a slice of (``{key}_page``), seen by their length.
        """
        parts = [template, name, siteurl, self.site]
        for key in sorted(variables):
            if key in NOT_IN_PAGE:
                continue
            value = variables[key]
            if key in paginated:
                parts.append((key, len(value)))
            elif key in ("article", "page") and isinstance(value, Content):
                parts.append((key, self.full(value)))
            else:
                parts.append((key, self.view(value)))
        for key in TEMPLATE_GLOBALS.get(template, ()):
            parts.append((key, self.listing(key)))
        return self._hash(parts)

    def listing(self, key: str) -> str:
        """A site-wide list, hashed once per build."""
        value = self.context.get(key)
        memo = (id(value), key)
        if memo not in self._lists:
            self._lists[memo] = self._hash(self.view(value))
        return self._lists[memo]

    def card(self, article: Content) -> str:
        """A story as a list or a card shows it: its own fields, not its links."""
        found = self._cards.get(id(article))
        if found is None:
            digest = getattr(article, "seed_digest", None)
            if digest:  # everything read from the seed, in one hash, plus what the archive set
                own = tuple(self.view(getattr(article, name, None), shallow=True) for name in CARD_FIELDS)
                picture = ("seed", article.seed_path, digest, own)
            else:
                fields = {k: v for k, v in vars(article).items() if k not in NOT_IN_CARD}
                picture = (type(article).__name__, article.url, self.view(fields, shallow=True))
            found = self._cards[id(article)] = self._hash(picture)
        return found

    def full(self, article: Content) -> tuple:
        """A story on its own page: its card, its text with the cards in it, the stories it links to."""
        if not getattr(article, "seed_digest", None):
            fields = {k: v for k, v in vars(article).items() if k not in NOT_IN_PAGE}
            return (type(article).__name__, article.url, self.view(fields, shallow=True))
        content = article._get_content() if hasattr(article, "_get_content") else article._content
        text = hashlib.blake2b(str(content).encode("utf-8"), digest_size=16).hexdigest()
        links = tuple(self.view(getattr(article, name, None), shallow=True) for name in PAGE_FIELDS)
        return (self.card(article), text, links)

    def view(self, value, shallow: bool = False):
        """A hashable picture of ``value``; stories appear as their card signatures.

        ``shallow``: archive pages met inside a story (its topics, sources, thread) are named,
        not listed (a story's page shows a few of its thread's stories: ``thread_nearby``).
        """
        kind = type(value)
        how = _HOW.get(kind)
        if how is None:
            how = _HOW[kind] = _how_to_view(kind)
        if how == "plain":
            return value
        if how == "sequence":
            if _PLAIN.issuperset(map(type, value)):  # names, reasons: their own picture
                return tuple(value)
            return tuple([self.view(v, shallow) for v in value])
        if how == "record":
            return self._dataclass(value, shallow)
        if how == "story":
            return ("story", self.card(value))
        if how == "repr":
            return repr(value)
        if how == "markup":
            return (kind.__name__, str(value))
        if how == "date":
            return value.isoformat()
        if how == "wrapper":
            return self._wrapper(value)
        if how == "dict":
            return tuple(sorted((str(k), self.view(v, shallow)) for k, v in value.items()))
        if how == "page":
            return (
                "page",
                value.number,
                value.paginator.num_pages,
                value.url,
                value.save_as,
                self.view(value.object_list),
            )
        if how == "paginator":
            return ("paginator", value.num_pages, value.count)
        if how == "zone":
            return str(value)
        return _Unknown()

    def _wrapper(self, value: URLWrapper):
        """A category, tag or author: its URL is the same for every wrapper of that name (per build)."""
        memo = (type(value), value.name)
        found = self._wrappers.get(memo)
        if found is None:
            found = self._wrappers[memo] = (type(value).__name__, value.name, value.url)
        return found

    def _dataclass(self, value, shallow: bool):
        # A topic, thread or related story is seen from many pages: pictured once per build
        # (the value is kept with its picture, so its id cannot come back as another object's).
        # Its picture goes into pages as a hash: one short string however big the record.
        memo = (id(value), shallow)
        found = self._records.get(memo)
        if found is None:
            found = self._records[memo] = (value, self._hash(self._fields(value, shallow)))
        return found[1]

    def _fields(self, value, shallow: bool):
        kind = type(value)
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        if shallow and "articles" in names:
            names = tuple(n for n in names if n != "articles")
        return (kind.__name__, *[self.view(getattr(value, n), shallow) for n in names])

    @staticmethod
    def _hash(parts) -> str:
        return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def save_share(folder: str, share: int, result) -> None:
    """A worker's signatures (and counts), handed to the parent through a file."""
    with open(os.path.join(folder, f"share-{share}.pickle"), "wb") as handle:
        pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)


def load_share(folder: str, share: int):
    """What ``save_share`` wrote."""
    with open(os.path.join(folder, f"share-{share}.pickle"), "rb") as handle:
        return pickle.load(handle)
