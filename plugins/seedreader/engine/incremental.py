"""Rebuilds that render only the pages whose inputs changed (the dev server's path).

Every page written through Pelican's writer gets a signature: a hash of every variable
its template reads, the page's own and the site-wide ones, each seen through the
attributes the templates read of it. What a template reads is derived from the
templates themselves (``reads``), never listed by hand. A rebuild in the same process renders a
page only when its signature differs from the last build's; otherwise the page's file
from the last output is linked into the new one. The new output is therefore what a
full build would write, byte for byte (tests/site/test_fastpaths.py checks it).

Stories are seen through two views: a *card* (a hash of the seed's text, which decides
everything read from it, plus what the templates read of what the archive decided: URL,
topics, section) and, on
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

from ..compat import pelican as pelican_compat
from ..integration.memory import Memory
from ..integration.reader import TEXT_FIELDS
from ..linking.records import Candidate, Reference
from .reads import TemplateReads

#: Article attributes that link to other stories or to the whole site: never part of a card,
#: since a card shows none of them (and including them would tie every card to its neighbours).
#: What templates read is derived (``reads``); this only says which of it is a link.
LINKS = frozenset(
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
#: Never part of a signature: the settings (the same all build long: a rebuild with other
#: settings renders everything) and the site context as one object.
NOT_IN_PAGE = frozenset({"settings", "_context"})


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


#: An attribute a story does not have (``getattr``'s default, told apart from None).
_ABSENT = object()


class _Unknown:
    """A value this module cannot see into: equal to nothing, so its page is rendered."""

    def __init__(self) -> None:
        self.number = next(_UNKNOWN)

    def __repr__(self) -> str:
        return f"<unknown {self.number}>"


@dataclass
class Store:
    """The signatures of the last build's pages, by output path (relative to the output).

    It lives in the build's memory (``Memory.pages``), for the next build in the process.
    """

    key: str = ""
    pages: dict[str, str] = field(default_factory=dict)
    rendered: dict[tuple, str] = field(default_factory=dict)
    """Story macros' output keyed by card signatures (``memo.memo_for_build``), for builds with ``key``."""
    parsed: dict[str, tuple] = field(default_factory=dict)
    """What each template source reads itself (``reads``): a template is parsed again only when edited."""

    @classmethod
    def of(cls, memory: Memory) -> Store:
        """The memory's store (made on first use)."""
        if memory.pages is None:
            memory.pages = cls()
        return memory.pages

    def previous(self, key: str) -> dict[str, str]:
        """The last build's signatures, if it ran with the same settings (else none)."""
        return dict(self.pages) if self.key == key else {}

    def remember(self, key: str, pages: dict[str, str]) -> None:
        """Keep this build's signatures for the next rebuild."""
        self.key, self.pages = key, dict(pages)

    def rendered_for(self, key: str) -> dict[tuple, str]:
        """Story macros' output kept from the last builds with these settings (empty for others)."""
        if self.key != key:
            self.rendered = {}
        return self.rendered


@contextmanager
def signing(memory: Memory, signatures: Signatures | None) -> Iterator[None]:
    """Pages are being written with these signatures (``Memory.signatures``, for ``memo.memo_for_build``)."""
    memory.signatures = signatures
    try:
        yield
    finally:
        memory.signatures = None


class Signatures:
    """Computes page signatures for one build (card views are computed once per story)."""

    def __init__(
        self,
        context: dict,
        rendered: dict | None = None,
        environments=(),
        extensions=(".html",),
        parsed: dict | None = None,
    ) -> None:
        self.rendered = {} if rendered is None else rendered
        """Story macros' output by card signature (``memo.memo_for_build``), kept across rebuilds."""
        parsed = {} if parsed is None else parsed  # by source: shared by the environments, kept by the store
        self.templates = {id(env): TemplateReads(env, extensions, parsed) for env in environments}
        """What each template reads (``reads``), per Jinja environment of the build's generators;
        a page of an environment not among them reads everything."""
        self._cards: dict[int, str] = {}
        self._lists: dict[tuple[int, str, int], str] = {}
        self._wrappers: dict[tuple[type, str], tuple] = {}
        self._records: dict[tuple[int, bool, int], tuple] = {}
        self._story_fields: frozenset[str] | None = None
        self._card_names: tuple[str, ...] = ()
        self.context = context

    def page(self, template: str, context: dict, keys, environment) -> str:
        """The signature of a page Pelican's writer paginated, from its local context."""
        paginated = {k.removesuffix("_page") for k in keys if k.endswith("_page") and k in context}
        variables = {key: context[key] for key in keys if key in context}
        name, siteurl = context.get("output_file"), context.get("SITEURL")
        return self.signature(template, name, siteurl, variables, paginated, environment=environment)

    def signature(
        self,
        template: str,
        name: str,
        siteurl: str | None,
        variables: dict,
        paginated=frozenset(),
        *,
        environment,
    ) -> str:
        """One page's signature: its template, path, and every variable the template reads.

        A variable is the page's own (Pelican's writer passes it) or a site-wide one from the
        context; settings (upper-case names) are left out, since the store keeps the last
        build's signatures only for the same settings. ``paginated``: lists the page shows a
        slice of (``{key}_page``), seen by their length. ``environment``: the Jinja environment
        the template is from.
        """
        parts = [template, name, siteurl]
        templates = self.templates.get(id(environment))
        reads = templates.reads(template) if templates is not None else None
        attributes = reads.attributes if reads else None
        # Without the templates, every variable of the page and of the site counts.
        names = reads.names if reads else {*variables, *self.context}
        for key in sorted(names):
            if key in NOT_IN_PAGE or key.isupper():
                continue
            if key in variables:
                value = variables[key]
                if key in paginated:
                    parts.append((key, len(value)))
                elif key in ("article", "page") and isinstance(value, Content):
                    parts.append((key, self.full(value, attributes)))
                else:
                    parts.append((key, self.view(value, attributes=attributes)))
            elif key in self.context:
                parts.append((key, self.listing(key, attributes)))
        return self._hash(parts)

    def listing(self, key: str, attributes: frozenset | None = None) -> str:
        """A site-wide list, as the templates reading ``attributes`` see it, hashed once per build."""
        value = self.context.get(key)
        memo = (id(value), key, id(attributes))
        if memo not in self._lists:
            self._lists[memo] = self._hash(self.view(value, attributes=attributes))
        return self._lists[memo]

    def story_fields(self) -> frozenset[str] | None:
        """The attribute names any template reads (a card is seen through all of them); None: any."""
        if self._story_fields is None and self.templates:
            every = [t.everything().attributes for t in self.templates.values()]
            self._story_fields = None if None in every else frozenset().union(*every) - LINKS
            if self._story_fields is not None:  # what a seed's card looks at besides its digest
                self._card_names = tuple(sorted(self._story_fields - TEXT_FIELDS - {"content"}))
        return self._story_fields

    def card(self, article: Content) -> str:
        """A story as a list or a card shows it: what templates read of it, not its links."""
        found = self._cards.get(id(article))
        if found is None:
            digest = getattr(article, "seed_digest", None)
            fields = self.story_fields()
            if digest and fields is not None:
                # Everything read from the seed is in the digest; what the archive set (URL,
                # topics, a date from the file's time) and the text with its cards are added.
                text = self._text(article) if "content" in fields else None
                values = ((name, getattr(article, name, _ABSENT)) for name in self._card_names)
                own = tuple(
                    (name, self.view(value, shallow=True, attributes=fields))
                    for name, value in values
                    if value is not _ABSENT and not callable(value)
                )
                picture = ("seed", article.seed_path, digest, text, own)
            else:
                picture = (type(article).__name__, article.url, self._vars(article, LINKS, fields))
            found = self._cards[id(article)] = self._hash(picture)
        return found

    def full(self, article: Content, attributes: frozenset | None = None) -> tuple:
        """A story on its own page: its card, its text with the cards in it, the stories it links to."""
        if not getattr(article, "seed_digest", None):
            return (type(article).__name__, article.url, self._vars(article, NOT_IN_PAGE, attributes))
        shown = LINKS - NOT_IN_PAGE if attributes is None else attributes & LINKS
        links = tuple(
            (name, self.view(getattr(article, name, None), shallow=True, attributes=attributes))
            for name in sorted(shown)
        )
        return (self.card(article), self._text(article), links)

    def _vars(self, article: Content, left_out: frozenset, attributes: frozenset | None):
        """A story that is not a seed (a page, a Markdown article): its own fields."""
        fields = {k: v for k, v in vars(article).items() if k not in left_out}
        return self.view(fields, shallow=True, attributes=attributes)

    @staticmethod
    def _text(article: Content) -> str:
        content = pelican_compat.content_source(article)
        return hashlib.blake2b(str(content).encode("utf-8"), digest_size=16).hexdigest()

    def view(self, value, shallow: bool = False, attributes: frozenset | None = None):
        """A hashable picture of ``value``; stories appear as their card signatures.

        ``shallow``: archive pages met inside a story (its topics, sources, thread) are named,
        not listed (a story's page shows a few of its thread's stories: ``thread_nearby``): a
        theme's card or page never shows the stories of a story's topic.
        ``attributes``: the attribute names the templates read; a record's other fields are
        left out (a template that never reads ``topic.articles`` does not depend on them).
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
            return tuple([self.view(v, shallow, attributes) for v in value])
        if how == "record":
            return self._dataclass(value, shallow, attributes)
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
            return tuple(sorted((str(k), self.view(v, shallow, attributes)) for k, v in value.items()))
        if how == "page":
            return (
                "page",
                value.number,
                value.paginator.num_pages,
                value.url,
                value.save_as,
                self.view(value.object_list, attributes=attributes),
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

    def _dataclass(self, value, shallow: bool, attributes: frozenset | None):
        # A topic, thread or related story is seen from many pages: pictured once per build
        # (the value is kept with its picture, so its id cannot come back as another object's).
        # Its picture goes into pages as a hash: one short string however big the record.
        memo = (id(value), shallow, id(attributes))
        found = self._records.get(memo)
        if found is None:
            found = self._records[memo] = (value, self._hash(self._fields(value, shallow, attributes)))
        return found[1]

    def _fields(self, value, shallow: bool, attributes: frozenset | None):
        kind = type(value)
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        if attributes is not None:
            names = tuple(n for n in names if n in attributes)
        if shallow and "articles" in names:
            names = tuple(n for n in names if n != "articles")
        return (kind.__name__, *[(n, self.view(getattr(value, n), shallow, attributes)) for n in names])

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
