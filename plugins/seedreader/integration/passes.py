"""The archive passes on Pelican's articles: copies of one story, archive furniture, bare headlines.

Run once every seed is read (``article_generator_pretaxonomy``), before URLs are made
final and before Pelican lists the stories by section, tag, author and date:

1. copies are found on the stories as read alone (``copies.find_copies``), so that
2. archive furniture is counted with each story's copies as one seed (``furniture``);
   the seeds with such lines are read again without them (their text, title, topics,
   word count and slug may change) and their articles made anew;
3. copies are found again on the cleaned stories: those are the groups the site shows.
   Every copy but the canonical one moves to Pelican's ``hidden_articles``: its page is
   written, but no list, feed, manifest or search index shows it;
4. a paragraph or subhead that is another story's headline (``linking.bare_headlines``)
   makes its seed read again with that line as a READ MORE line.

Re-reads are kept per file, stamp, furniture and bare headlines, so a rebuild in this process (the dev
server's) reads again only what changed; the copies' fingerprint index is kept too (``copies``), both in
the build's memory (``memory``).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pelican.utils import order_content

from ..errors import SeedError
from ..linking import bare_headlines
from ..settings import Options, read_options
from ..text import copies, furniture
from ..text.model import SeedArticle
from . import progress
from .memory import Memory, memory_of
from .reader import ReadSeed, SeedReader, file_stamp, read_story, reading_key
from .report import report_of

logger = logging.getLogger(__name__)


def run_archive_passes(generator) -> None:
    """``article_generator_pretaxonomy``: find copies and archive furniture; hide the copies."""
    options = read_options(generator.settings)
    report = report_of(generator)
    started = time.perf_counter()
    articles = {a.seed_path: a for a in generator.articles if getattr(a, "seed_path", None)}
    memory = memory_of(generator.settings)
    forget_unread(memory, (os.path.abspath(a.source_path) for a in articles.values()))
    key = reading_key(generator.settings)
    reader = SeedReader(generator.settings)
    removed: dict[bytes, tuple[str, int]] = {}

    def read_again(
        seed_path: str, lines: dict[bytes, int], named: frozenset[int] = frozenset()
    ) -> copies.Member:
        old = articles[seed_path]
        story = _story_with(memory, old.source_path, generator.settings, key, lines, named)
        for text, count in story.furniture:
            removed.setdefault(furniture.digest(text), (text, count))
        new = articles[seed_path] = _remade(generator, reader, old, story)
        _replace(generator, old, new)
        return _member(new)

    candidates = {k: a.seed_lines for k, a in articles.items() if getattr(a, "seed_lines", b"")}
    members = {k: _member(a) for k, a in articles.items()}
    index = memory.copies if memory.copies is not None else copies.CopyIndex()
    memory.copies = index if memory.keep else None

    def headlines_of(seed_path: str) -> tuple[SeedArticle, bare_headlines.Candidates]:
        article = articles[seed_path]  # as last read: without its furniture, if it had any
        return article.seed, getattr(article, "seed_headline_lines", ())

    groups, hits, named = archive_passes(members, candidates, read_again, options, index, headlines_of)
    _hide_copies(generator, articles, groups)
    report["furniture"] = furniture.report(removed)
    report["copies"] = [_group_report(g) for g in groups]
    report["bare_headlines"] = {k: sorted(lines) for k, lines in sorted(named.items())}
    for item in report["furniture"]:
        logger.info("Archive furniture (%d seeds): %r", item["seeds"], item["line"])
    progress.of(generator.settings).done(
        f"{len(groups):,} groups of copies, {len(removed):,} furniture lines in {len(hits):,} seeds, "
        f"{sum(map(len, named.values())):,} bare headlines of other stories",
        started,
    )


def archive_passes(
    members: dict[str, copies.Member],
    candidates: Mapping[str, bytes],
    read_again: Callable[..., copies.Member],
    options: Options,
    index: copies.CopyIndex | None = None,
    headlines_of: Callable[[str], tuple[SeedArticle, bare_headlines.Candidates]] | None = None,
) -> tuple[list[copies.CopyGroup], dict[str, dict[bytes, int]], dict[str, frozenset[int]]]:
    """The passes on any archive: groups of copies, furniture lines and bare headlines.

    Returns the groups of copies, seed path -> the furniture lines it had, and seed path ->
    its lines that are other stories' headlines (``bare_headlines``).

    ``members``: every story (``copies.Member``), updated in place with what ``read_again``
    returns for the seeds read again without their furniture (and with their bare headlines);
    ``candidates``: each seed's ``furniture.candidate_lines`` as read alone; ``index``: the
    copies' fingerprint index (a rebuild's); ``headlines_of``: a seed's story and its
    ``bare_headlines.candidates`` as last read, furniture dropped (without it, no bare
    headlines are looked for).
    """
    index = copies.CopyIndex() if index is None else index
    first = copies.find_copies(
        list(members.values()), options.copy_threshold, options.copy_containment, index
    )
    recurring = furniture.recurring(
        candidates, [g.members for g in first], options.furniture_min_seeds, options.furniture_min_share
    )
    hits = furniture.affected(candidates, recurring)
    for seed_path in sorted(hits):
        members[seed_path] = read_again(seed_path, hits[seed_path])
    groups = first
    if hits:
        # Again on the cleaned text: stories that only shared furniture fall apart, copies come closer.
        groups = copies.find_copies(
            list(members.values()), options.copy_threshold, options.copy_containment, index
        )
    if headlines_of is None:
        return groups, hits, {}
    named = bare_headlines.named_lines({k: headlines_of(k) for k in members}, [g.members for g in groups])
    for seed_path in sorted(named):
        members[seed_path] = read_again(seed_path, hits.get(seed_path, {}), named[seed_path])
    return groups, hits, named


@dataclass(frozen=True, slots=True)
class ReadArchive:
    """Seed files read and put through the archive passes outside a build (``parse --archive``)."""

    stories: dict[str, ReadSeed]
    """Absolute path -> the story as the passes leave it (archive furniture dropped)."""
    groups: list[copies.CopyGroup]
    """The copies found, by absolute path."""
    failed: dict[str, SeedError]
    """Absolute path -> why the file is no story."""


def read_archive(paths: list[str], settings: dict) -> ReadArchive:
    """Read ``paths`` (absolute) as one archive and run the passes on them."""
    stories, failed = {}, {}
    for path in sorted(paths):
        try:
            stories[path] = read_story(path, settings)
        except SeedError as error:
            failed[path] = error

    def read_again(path: str, lines: dict, named: frozenset[int] = frozenset()) -> copies.Member:
        stories[path] = story = read_story(path, settings, lines, named)
        return _member_of(path, story.signature, story.date, story.seed)

    candidates = {p: s.lines for p, s in stories.items() if s.lines}
    members = {p: _member_of(p, s.signature, s.date, s.seed) for p, s in stories.items()}
    groups, _, _ = archive_passes(
        members,
        candidates,
        read_again,
        read_options(settings),
        headlines_of=lambda p: (stories[p].seed, stories[p].headline_lines),
    )
    return ReadArchive(stories, groups, failed)


def _member(article) -> copies.Member:
    signature = getattr(article, "seed_signature", b"")
    if not copies.is_current(signature):  # an article a cache kept from older code
        signature = copies.signature(article.seed)
    return _member_of(
        article.seed_path,
        signature,
        None if getattr(article, "undated", False) else article.date,
        article.seed,
    )


def _member_of(key: str, signature: bytes, date, seed) -> copies.Member:
    """What the copies pass knows of one story; its text is read only if a pair needs it."""
    return copies.Member(key, signature, date, lambda: copies.story_texts(seed))


def _story_with(
    memory: Memory, path: str, settings: dict, key: str, lines: dict[bytes, int], named: frozenset[int]
) -> ReadSeed:
    """The seed read with these furniture lines and bare headlines (kept while all are the same).

    A seed may be read again twice in a build (without its furniture, then with its bare
    headlines too): each is kept, by its bare headlines.
    """
    path = os.path.abspath(path)
    wanted, lines_named = (file_stamp(path), key, tuple(sorted(lines.items()))), tuple(sorted(named))
    kept = memory.read_again.get(path, {})
    found = kept.get(lines_named)
    if found is not None and found[:3] == wanted:
        return found[3]
    story = read_story(path, settings, lines, named)
    if memory.keep:
        # The re-read without bare headlines, and this one: no older ones.
        memory.read_again[path] = {k: v for k, v in kept.items() if k == ()} | {lines_named: (*wanted, story)}
    return story


def forget_unread(memory: Memory, paths) -> None:
    """Drop the re-reads of files no longer in the archive."""
    for path in memory.read_again.keys() - set(paths):
        del memory.read_again[path]


def _remade(generator, reader: SeedReader, old, story: ReadSeed):
    """A new article for the seed read again: Pelican's metadata as before, the reader's anew."""
    fresh = reader.metadata(story, reader.options)
    metadata = {k: v for k, v in old.metadata.items() if k != "author"}
    metadata.update(fresh)
    return type(old)(
        story.content,
        metadata=metadata,
        settings=generator.settings,
        source_path=old.source_path,
        context=generator.context,
    )


def _replace(generator, old, new) -> None:
    """Put ``new`` where ``old`` stands in the generator's articles (the passes see no others)."""
    for i, item in enumerate(generator.articles):
        if item is old:
            generator.articles[i] = new
            generator.add_source_path(new)
            return


def _hide_copies(generator, by_key: dict, groups: list[copies.CopyGroup]) -> None:
    """Each copy learns its group; every copy but the canonical moves to ``hidden_articles``."""
    hidden = set()
    for article in by_key.values():
        article.copy_of, article.copies = None, []
    for group in groups:
        members = [by_key[k] for k in group.members]
        canonical = members[0]
        for article in members:
            article.copy_of = None if article is canonical else canonical
            article.copies = [m for m in members if m is not article]
        hidden.update(id(m) for m in members[1:])
    if hidden:
        order_by = generator.settings["ARTICLE_ORDER_BY"]
        moved = [a for a in generator.articles if id(a) in hidden]
        generator.articles = [a for a in generator.articles if id(a) not in hidden]
        generator.hidden_articles = order_content(generator.hidden_articles + moved, order_by=order_by)


def _group_report(group: copies.CopyGroup) -> dict:
    return {
        "canonical": group.canonical,
        "copies": list(group.copies),
        "pairs": [{"first": a, "second": b, "similarity": s} for a, b, s in group.similarity],
    }
