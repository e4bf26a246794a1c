"""The archive-wide steps that need Pelican objects.

Articles become ``Story`` records for ``graph.build_graph``; the graph comes
back as article attributes (cards, related stories, backlinks, topics, thread)
and as extra pages (topics, threads, sources) and the ``api/articles.json`` manifest.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import posixpath
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from ..compat import pelican as pelican_compat
from ..linking import graph as graph_mod
from ..linking.records import RESOLVED, Story, story_from_seed
from ..linking.resolver import Resolver
from ..linking.retrieval import normalise_title
from ..settings import Options, read_options
from ..text import language
from ..text.parse import first_sentence
from ..text.render import Card, render_article, render_body
from . import listing, media, meta, progress
from .articles import MEDIA_KEY, record_skipped
from .links import LINKS_LIMIT_MSG, pin_warnings, read_links, resolver_options
from .memory import Memory, memory_of
from .reader import make_slug
from .report import report_of, seed_warnings, summarise, summary_line

logger = logging.getLogger(__name__)

ARCHIVE_KEY = "seedreader_archive"
#: Kinds in the order that breaks ties when mentions of one topic disagree.
KIND_ORDER = ("tag", "person", "organisation", "place", "event")


@dataclass(slots=True)
class Topic:
    """A person, place, organisation or tag, with the stories that name it."""

    name: str
    slug: str
    kind: str
    url: str | None = None
    save_as: str | None = None
    articles: list = field(default_factory=list)


@dataclass(slots=True)
class Source:
    """An agency (``AFP``) and its stories."""

    name: str
    slug: str
    url: str
    save_as: str
    articles: list = field(default_factory=list)


@dataclass(slots=True)
class ThreadPage:
    """A story thread: stories about one developing subject, oldest first (``threads``)."""

    title: str
    """The headline of the story it is named after."""
    slug: str
    """Its first story's slug: the URL stays put as later stories join."""
    url: str
    save_as: str
    articles: list = field(default_factory=list)
    size: int = 0
    """How many stories: what a story's page says of its thread (its signature sees a thread
    without its story list, so that an edit to one story re-renders only the pages showing it)."""
    named_after: object = None
    """The story it is named after: the one most others refer to, or the most connected."""
    topics: tuple[str, ...] = ()
    """Names most of its stories share."""
    named_for: str = ""
    """Why it has its name: ``threads.CITED`` or ``threads.CONNECTED``."""


@dataclass(frozen=True, slots=True)
class Nearby:
    """A story's place in its thread, as its page shows it: a few stories either side."""

    place: int
    """The story's place in its thread, from 1."""
    before: tuple
    after: tuple


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A related story for the template: the article and why it is related."""

    article: object
    reasons: tuple[str, ...]


@dataclass(slots=True)
class Archive:
    """What the plugin adds to the site, kept in the generator's context."""

    references: list = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    threads: list[ThreadPage] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    """What is wrong with the links file's pins, for the build report (``link_archive``)."""
    links_unreadable: str | None = None
    """Why the links file could not be read, when it could not (no pin was applied)."""


def link_archive(generator) -> Archive:
    """Resolve READ MORE lines and attach the story graph to every published article.

    The links file's pins (``linksfile``) and the overrides setting decide lines by hand;
    what is wrong with a pin (its seed, headline or story gone, an override that disagrees)
    is a warning in ``Archive.warnings``, never a failure. A links file that cannot be read
    applies no pin; the report names the file, the line and what is wrong (``links_file``),
    and a strict build fails on it.
    """
    options = read_options(generator.settings)
    memory = memory_of(generator.settings)
    articles = sorted(generator.articles, key=lambda a: a.seed_path)
    by_key = {a.seed_path: a for a in articles}
    stories = [_story(memory, a) for a in articles]
    copies = sorted(
        (a for a in generator.hidden_articles if getattr(a, "copy_of", None) is not None),
        key=lambda a: a.seed_path,
    )
    links = read_links(generator.settings, articles, copies)
    graph_options = resolver_options(options, links.pins)
    graph = graph_mod.build_graph(stories, graph_options, memory=memory.graph if memory.keep else None)
    archive = Archive(references=list(graph.references), links_unreadable=links.unreadable)
    newest_first = {id(a): (-a.date.timestamp(), a.seed_path) for a in articles}  # timestamp() is slow
    archive.topics = _topics(articles, options, generator.settings, newest_first)
    archive.sources = _sources(articles, options, generator.settings, newest_first)
    archive.threads = _threads(graph, by_key, options)
    refs_by_source = defaultdict(list)
    for ref in graph.references:
        refs_by_source[ref.source].append(ref)
    search_url = _search_url(generator.settings)
    # Pelican's own index of content by source path, turned around (its paths are slow to compute).
    source_paths = {id(c): p for p, c in generator.context.get("generated_content", {}).items()}
    for article in articles:
        key = article.seed_path
        article.references = refs_by_source[key]
        article.related = [RelatedItem(by_key[r.key], r.reasons) for r in graph.related.get(key, ())]
        backlinks = graph.backlinks.get(key, ())
        article.backlinks = [by_key[k] for k in backlinks[: options.backlinks_shown]]
        article.backlinks_count = len(backlinks)
        article.topics_shown = options.topics_shown
        article.topics_more = max(0, len(article.topics) - options.topics_shown)
        _attach_text(memory, article, refs_by_source[key], by_key, search_url, source_paths)
    _link_neighbours(articles)
    _note_name_pages(generator)
    archive.references += _link_copies(copies, stories, graph_options, refs_by_source, archive.sources)
    archive.warnings = links.warnings + pin_warnings(links, archive.references, options, articles, copies)
    for item in archive.warnings:
        logger.warning("%s: %s", item["source"], item["warning"], extra={"limit_msg": LINKS_LIMIT_MSG})
    for article in copies:
        _attach_text(memory, article, article.references, by_key, search_url, source_paths)
    written = by_key.keys() | {a.seed_path for a in copies}
    for cache in (memory.with_cards, memory.stories):
        for gone in cache.keys() - written:
            del cache[gone]
    for ref in graph.references:
        if ref.status != RESOLVED:
            logger.info("READ MORE %s in %s:%s: %r", ref.status, ref.source, ref.line, ref.headline)
    return archive


def _attach_text(
    memory: Memory, article, references, by_key, search_url: str | None, source_paths: dict
) -> None:
    """The story's HTML with its READ MORE cards, rendered now or when its page is written."""
    render = _with_cards(memory, article, references, by_key, search_url, source_paths)
    if render is None:
        return  # the reader's HTML stands
    if memory.keep:
        pelican_compat.set_content(article, render())  # and kept for the next build (``with_cards``)
    else:
        # Rendered when the story's page, or a feed, is written: by the page's own writer process.
        pelican_compat.defer_content(article, render)


def _link_copies(copies, stories, graph_options, refs_by_source, sources) -> list:
    """A copy's page shows its canonical copy's links, and its own READ MORE lines resolved.

    A copy's line that its canonical copy has too (same headline) links as the canonical's
    does; another is resolved against the archive as if the canonical copy named it, so it
    never links to the story itself (nor, since only canonical copies are in the graph,
    to another copy). Its agencies link to their pages when they have one.
    """
    by_story = {s.key: s for s in stories}
    pages = {source.name: source.url for source in sources}
    resolver: Resolver | None = None  # made only if a copy has a line its canonical copy has not
    found = []
    for article in copies:
        canonical = article.copy_of
        known = {normalise_title(r.headline): r for r in refs_by_source.get(canonical.seed_path, ())}
        references = []
        for block in article.seed.read_more:
            ref = known.get(normalise_title(block.text))
            if ref is None:
                resolver = resolver or Resolver(stories, graph_options)
                ref = resolver.resolve(by_story[canonical.seed_path], block.line, block.text)
            references.append(replace(ref, source=article.seed_path, line=block.line))
        article.references = references
        found += references
        for name in (
            "related",
            "backlinks",
            "backlinks_count",
            "thread",
            "thread_nearby",
            "topics",
            "topics_shown",
            "topics_more",
            "prev_article",
            "next_article",
        ):
            setattr(article, name, getattr(canonical, name, None))
        article.source_links = [(name, pages.get(name)) for name in article.seed.sources]
    return found


def _note_name_pages(generator) -> None:
    """Whether each story's writer and section have a page for its byline and kicker to link to.

    Pelican writes one for each writer and section of the listed stories (when its settings
    write them at all); a copy, a hidden story or a draft is listed nowhere, so a name that
    only such stories give has none, and their pages name it without a link.
    """
    settings = generator.settings
    authors = {author for author, _ in generator.authors} if settings.get("AUTHOR_SAVE_AS") else set()
    sections = {section for section, _ in generator.categories} if settings.get("CATEGORY_SAVE_AS") else set()
    for article in itertools.chain(generator.articles, generator.hidden_articles, generator.drafts):
        article.author_page = getattr(article, "author", None) in authors
        article.section_page = getattr(article, "category", None) in sections


def _link_neighbours(articles) -> None:
    """Previous (older) and next (newer) story, by date."""
    by_date = sorted(articles, key=lambda a: (a.date.timestamp(), a.seed_path))
    for older, newer in zip([None, *by_date], by_date, strict=False):
        newer.prev_article = older
        if older is not None:
            older.next_article = newer
    if by_date:
        by_date[-1].next_article = None


def _story(memory: Memory, article) -> Story:
    # A story kept from the last build (same parsed seed, slug, date, copies, language) is the same record.
    aliases = tuple(c.seed.title for c in getattr(article, "copies", ()))
    lang = getattr(article, "story_lang", None)
    made_of = (article.slug, article.date, aliases, lang)
    known = memory.stories.get(article.seed_path)
    if known is not None and known[0] is article.seed and known[1] == made_of:
        return known[2]
    story = story_from_seed(
        article.seed_path,
        article.seed,
        article.slug,
        article.date,
        article.mentions,
        dated=not getattr(article, "undated", False),
        aliases=aliases,
        lang=language.kin(lang) if lang else "",
    )
    if memory.keep:  # else kept for nothing (50,000 bodies are 250 MB)
        memory.stories[article.seed_path] = (article.seed, made_of, story)
    return story


def _with_cards(memory: Memory, article, references, by_key, search_url: str | None, source_paths: dict):
    """What renders the story with its READ MORE cards, or None when it needs none.

    A resolved line becomes a card, another one a search link, with the stories it may
    name offered as "Did you mean" (``Reference.suggestions``); a story with none of these
    is the reader's HTML as it is.
    """
    cards, missing, suggestions = {}, {}, {}
    for ref in references:
        if ref.status == RESOLVED:
            target = by_key[ref.target]
            cards[ref.line] = card_for(target, source_paths.get(id(target)))
            continue
        if search_url:
            missing[ref.line] = relative_to(article, f"{search_url}?q={quote(ref.headline)}")
        if ref.suggestions:
            offered = [
                by_key[c.key] for c in ref.suggestions if c.key in by_key and c.key != article.seed_path
            ]
            if offered:
                suggestions[ref.line] = tuple(card_for(c, source_paths.get(id(c))) for c in offered)
    if not cards and not missing and not suggestions:
        return None
    lang = getattr(article, "story_lang", None)
    key = (
        article.seed_digest,
        lang,  # (settings decide it too: the site's language)
        tuple(sorted(cards.items())),
        tuple(sorted(missing.items())),
        tuple(sorted(suggestions.items())),
    )

    def render() -> str:
        # Kept by seed (``Memory.with_cards``): in a rebuild most stories and cards are the same.
        found = memory.with_cards.get(article.seed_path)
        if found is None or found[0] != key:
            body = render_body(article.seed, cards, missing, suggestions, lang)
            html = render_article(article.seed, body, lang)
            found = memory.with_cards[article.seed_path] = (key, html)
        return found[1]

    return render


def card_for(target, source_path: str | None = None) -> Card:
    """What an inline READ MORE card shows about its target story (``source_path``: Pelican's, if known)."""
    seed = target.seed
    return Card(
        headline=seed.title,
        # Pelican turns {filename} links into the target's URL, relative or absolute as configured.
        href="{filename}/" + (source_path or target.get_relative_source_path()),
        teaser=first_sentence(seed.lede),
        date_iso="" if getattr(target, "undated", False) else target.date.isoformat(),
        date_text="" if getattr(target, "undated", False) else target.locale_date,
        sources=seed.sources,
    )


def relative_to(article, url: str) -> str:
    """A site-root URL made relative to the article's own URL (works under any subpath)."""
    if article.settings.get("RELATIVE_URLS", False) or not article.settings.get("SITEURL"):
        return "../" * article.url.count("/") + url
    return f"{article.settings['SITEURL']}/{url}"


def _search_url(settings) -> str | None:
    if "search" not in settings.get("DIRECT_TEMPLATES", []):
        return None
    return settings.get("SEARCH_URL", "search/")


def _topics(articles, options: Options, settings, newest_first: dict) -> list[Topic]:
    """Topics from every story's mentions and tags; pages for those named often enough."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    slug_of: dict[str, str] = {}
    members: dict[str, dict] = defaultdict(dict)  # slug -> {seed path: article}, no repeats
    for article in articles:
        for mention in article.mentions:
            kinds[mention.name][mention.kind] += 1
            if mention.name not in slug_of:
                slug_of[mention.name] = make_slug(mention.name, settings)
            members[slug_of[mention.name]][article.seed_path] = article
    topics: dict[str, Topic] = {}
    for name in sorted(slug_of):
        slug = slug_of[name]
        if slug in topics:
            continue  # names that slugify alike share the page of the first, by name
        kind = min(kinds[name], key=lambda k: (-kinds[name][k], KIND_ORDER.index(k)))
        topic = topics[slug] = Topic(name, slug, kind)
        topic.articles = sorted(members[slug].values(), key=lambda a: newest_first[id(a)])
        if topic.kind == "tag" or len(topic.articles) >= options.topic_min_stories:
            topic.url = options.topic_url.format(slug=slug)
            topic.save_as = options.topic_save_as.format(slug=slug)
    for article in articles:
        # One entry per topic, in the order the story first names it.
        article.topics = list({slug_of[m.name]: topics[slug_of[m.name]] for m in article.mentions}.values())
    return sorted(topics.values(), key=lambda t: t.slug)


def _sources(articles, options: Options, settings, newest_first: dict) -> list[Source]:
    """A page per agency named in source lines."""
    sources: dict[str, Source] = {}
    slug_of: dict[str, str] = {}
    for article in articles:
        article.source_links = []
        for name in article.seed.sources:
            if name not in slug_of:
                slug_of[name] = make_slug(name, settings)
            slug = slug_of[name]
            source = sources.get(slug)
            if source is None:
                source = sources[slug] = Source(
                    name, slug, options.source_url.format(slug=slug), options.source_save_as.format(slug=slug)
                )
            if not source.articles or source.articles[-1] is not article:  # "AFP, afp": once
                source.articles.append(article)
            article.source_links.append((name, source.url))
    for source in sources.values():
        source.articles.sort(key=lambda a: newest_first[id(a)])
    return sorted(sources.values(), key=lambda s: s.slug)


def _threads(graph, by_key, options: Options) -> list[ThreadPage]:
    """A page per story thread; each article learns its thread and its neighbours in it."""
    for article in by_key.values():
        article.thread = None
        article.thread_nearby = None
    pages, slugs = [], set()
    # Slugs go to the threads in the order of their first stories: when two first stories share a
    # slug, the earlier keeps it plain whatever threads are added after it.
    for thread in sorted(graph.threads, key=lambda t: (by_key[t.key].date.timestamp(), t.key)):
        first, named = by_key[thread.key], by_key[thread.named_after]
        slug = base = first.slug
        if slug in slugs:
            slug = base = f"{first.slug}-{first.date:%Y-%m-%d}"
        number = 2
        while slug in slugs:
            slug, number = f"{base}-{number}", number + 1
        slugs.add(slug)
        articles = [by_key[k] for k in thread.stories]
        page = ThreadPage(
            title=named.seed.title,
            slug=slug,
            url=options.thread_url.format(slug=slug),
            save_as=options.thread_save_as.format(slug=slug),
            articles=articles,
            size=len(articles),
            named_after=named,
            topics=thread.topics,
            named_for=thread.named_for,
        )
        shown = options.thread_nearby
        for place, article in enumerate(articles):
            article.thread = page
            article.thread_nearby = Nearby(
                place + 1,
                tuple(articles[max(0, place - shown) : place]),
                tuple(articles[place + 1 : place + 1 + shown]),
            )
        pages.append(page)
    return sorted(pages, key=lambda page: page.articles[0].seed_path)


def write_pages(generator, writer, archive: Archive) -> None:
    """Write topic, thread and source pages and their indexes, every list paginated (``listing``)."""
    relative = generator.settings.get("RELATIVE_URLS", False)

    def write(save_as, template, url, **context):
        writer.write_file(
            save_as,
            generator.get_template(template),
            generator.context,
            relative_urls=relative,
            url=url,
            template_name=template,
            **context,
        )

    for topic in archive.topics:
        if topic.save_as:
            write(topic.save_as, "topic", topic.url, topic=topic, articles=topic.articles)
    for source in archive.sources:
        write(source.save_as, "source", source.url, source=source, articles=source.articles)
    for thread in archive.threads:
        write(thread.save_as, "thread", thread.url, thread=thread, articles=thread.articles)
    listing.write_indexes(generator, write, archive)


def manifest(articles, archive: Archive) -> list[dict]:
    """``api/articles.json``: one entry per article, what was linked and to where."""
    entries = []
    by_key = {a.seed_path: a for a in articles}
    for article in sorted(articles, key=lambda a: a.seed_path):
        entry = {
            "source": article.seed_path,
            "title": article.seed.title,
            "url": article.url,
            "date": None if getattr(article, "undated", False) else article.date.isoformat(),
            "lede": article.seed.lede,
            "sources": list(article.seed.sources),
            "topics": [t.name for t in getattr(article, "topics", [])],
            "read_more": [
                {
                    "headline": ref.headline,
                    "status": ref.status,
                    "url": by_key[ref.target].url if ref.status == RESOLVED else None,
                }
                for ref in getattr(article, "references", [])
            ],
        }
        if getattr(article, "copies", None):  # the story published again: pages not listed
            entry["copies"] = [
                {"source": c.seed_path, "title": c.seed.title, "url": c.url} for c in article.copies
            ]
        entries.append(entry)
    return entries


def report_references(archive: Archive, by_key) -> list[dict]:
    """Every READ MORE reference for the build report, with candidates when not resolved."""
    out = []
    for ref in archive.references:
        entry = {
            "source": ref.source,
            "line": ref.line,
            "headline": ref.headline,
            "status": ref.status,
            "stage": ref.stage,
            "score": ref.score,
            "target": ref.target,
        }
        if ref.note:
            entry["note"] = ref.note
        entry["pinned"] = ref.stage == "pin"  # an editor's decision, from the links file
        if ref.status != RESOLVED:
            entry["candidates"] = [
                {"source": c.key, "title": by_key[c.key].seed.title, "score": c.score} for c in ref.candidates
            ]
        out.append(entry)
    return out


def report_threads(archive: Archive) -> list[dict]:
    """Every story thread for the build report: its name, why it has it, its size and stories."""
    return [
        {
            "title": thread.title,
            "url": thread.url,
            "size": thread.size,
            "named_after": thread.named_after.seed_path,
            "named_for": thread.named_for,
            "topics": list(thread.topics),
            "stories": [a.seed_path for a in thread.articles],
        }
        for thread in archive.threads
    ]


def write_json(memory: Memory, output_path: str, name: str, data) -> None:
    """Write a JSON file under the output folder, deterministically."""
    path = os.path.join(output_path, *posixpath.split(name))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    last = memory.json.get(name)
    if last is not None and last[0] == data:
        text = last[1]  # comparing is much quicker than encoding again (indented JSON is pure Python)
    else:
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        if memory.keep:
            memory.json[name] = (data, text)
    with open(path, "w", encoding="utf-8") as handle:
        # One write: json.dump writes a big document in many small pieces, several times slower.
        handle.write(text)


def build_story_graph(generator) -> None:
    """Once all seeds are read: report what was skipped, then link the archive."""
    record_skipped(generator)
    report = report_of(generator)
    started = time.perf_counter()
    archive = link_archive(generator)
    generator.context[ARCHIVE_KEY] = archive
    generator.context["topics"] = [t for t in archive.topics if t.url]
    generator.context["sources"] = archive.sources
    generator.context["threads"] = archive.threads
    by_key = {a.seed_path: a for a in generator.articles}
    report["references"] = report_references(archive, by_key)
    report["threads"] = report_threads(archive)
    report["warnings"] = seed_warnings(generator.articles + generator.hidden_articles + generator.drafts)
    report["warnings"] += archive.warnings
    if archive.links_unreadable:
        report["links_file_unreadable"] = archive.links_unreadable
    progress.of(generator.settings).done(
        f"{len(archive.references):,} READ MORE lines resolved, archive linked", started
    )


def write_archive_outputs(generator, writer) -> None:
    """Write topic, thread and source pages, the manifest, JSON Feed, report and summary line."""
    options = read_options(generator.settings)
    archive = generator.context.get(ARCHIVE_KEY)
    report = report_of(generator)
    if archive is not None:
        write_pages(generator, writer, archive)
    if not getattr(writer, "primary", True):  # a page-writing worker's: the first process writes these
        return
    memory = memory_of(generator.settings)
    media.copy(generator.context.get(MEDIA_KEY, {}), generator.output_path)
    if archive is not None:
        if options.manifest:
            write_json(memory, generator.output_path, options.manifest, manifest(generator.articles, archive))
        if options.json_feed:
            feed = meta.json_feed(generator.articles, generator.settings, options.json_feed)
            write_json(memory, generator.output_path, options.json_feed, feed)
    report["summary"] = summarise(report)
    logger.info("Seed Reader: %s", summary_line(report["summary"]))
    if options.report:
        write_json(memory, generator.output_path, options.report, report)
