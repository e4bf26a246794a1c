"""Every list page stays bounded, whatever the archive's size.

Lists of stories or names are paginated by Pelican's own paginator (the writer's
``paginated`` argument and ``PAGINATED_TEMPLATES``, whose sizes ``fill_page_sizes`` fills
in); the pages that gather the whole archive (archives, topics, every page's footer) show
a short, bounded index and link to the paginated lists.
"""

from __future__ import annotations

import calendar
import logging
from collections import Counter
from dataclasses import dataclass

from pelican.generators import ArticlesGenerator

from ..settings import DEFAULTS, Options, read_options

logger = logging.getLogger(__name__)

#: Templates whose lists are names (authors, sections) rather than stories: Pelican writes
#: them from its direct templates, and only ``SortedArticlesGenerator`` paginates them by
#: name (the generator attribute); Pelican's own would paginate their stories.
NAME_INDEXES = {"authors": "authors", "categories": "categories"}
#: Topics of each kind the topics page names (the most cited); all are on the kind's pages.
TOPICS_PER_KIND = 30
#: Sections the topics page names before linking to the sections index.
SECTIONS_SHOWN = 30
#: Sources every page's footer names (the most cited) before linking to the sources index.
FOOTER_SOURCES = 12
#: Story threads the archives page names (the latest active); all are on the threads index.
ARCHIVE_THREADS = 20
#: Topic kinds as the topics page groups them: kind, heading, the ``{kind}`` of their URL.
TOPIC_KINDS = (
    ("person", "People", "people"),
    ("place", "Places", "places"),
    ("organisation", "Organisations", "organisations"),
    ("event", "Events", "events"),
    ("tag", "Tags", "tags"),
)
#: The context key of the archives page's index (``ArchiveIndex``).
ARCHIVE_INDEX_KEY = "archive_index"


@dataclass(frozen=True, slots=True)
class Period:
    """A year or a month of the archive, as an index shows it."""

    label: str
    url: str
    """Its archive page ("" when the site writes none)."""
    count: int
    months: tuple[Period, ...] = ()
    """A year's months with stories, newest first."""


@dataclass(frozen=True, slots=True)
class ArchiveIndex:
    """What the archives page shows: years and months with counts, and the first of the rest."""

    years: tuple[Period, ...]
    threads: tuple
    """The latest active story threads (``ARCHIVE_THREADS``)."""
    threads_count: int
    threads_url: str
    undated: tuple
    """The first page of undated stories."""
    undated_count: int
    undated_url: str


@dataclass(frozen=True, slots=True)
class TopicGroup:
    """The topics of one kind on the topics page: the most cited, and where all of them are."""

    kind: str
    label: str
    count: int
    shown: tuple
    url: str
    """The kind's own pages, A to Z ("" when every topic of the kind is shown)."""
    save_as: str


def page_sizes(settings) -> dict[str, int]:
    """The plugin's page size of each template: ``SEEDREADER_PAGINATION`` over the defaults."""
    sizes = dict(DEFAULTS["SEEDREADER_PAGINATION"])
    for template, size in read_options(settings).pagination.items():
        if isinstance(size, int) and not isinstance(size, bool) and size > 0:
            sizes[template] = size
        else:
            logger.error(
                "SEEDREADER_PAGINATION[%r]=%r is not a positive number; using %r",
                template,
                size,
                sizes.get(template),
            )
    return sizes


def fill_page_sizes(settings, templates=None) -> None:
    """Give ``PAGINATED_TEMPLATES`` a size for each template the site leaves unbounded.

    A size the site gives stays, and so does ``None`` while ``DEFAULT_PAGINATION`` is set
    (Pelican reads it as that); a template missing, or ``None`` without a default, gets the
    plugin's size. ``templates``: only these (default: every one but ``NAME_INDEXES``).
    """
    given = dict(settings.get("PAGINATED_TEMPLATES") or {})
    default = settings.get("DEFAULT_PAGINATION")
    for template, size in page_sizes(settings).items():
        if (template in NAME_INDEXES) if templates is None else (template not in templates):
            continue
        if given.get(template) is None and not (template in given and default):
            given[template] = size
    settings["PAGINATED_TEMPLATES"] = given


def paginate_lists(pelican) -> None:
    """``initialized``: every story list of the site paginated (``fill_page_sizes``)."""
    fill_page_sizes(pelican.settings)


def page_size(settings, template: str) -> int:
    """Items on one page of ``template``'s list, as the writer paginates it."""
    size = (settings.get("PAGINATED_TEMPLATES") or {}).get(template)
    return size or settings.get("DEFAULT_PAGINATION") or page_sizes(settings)[template]


def months_of(stories, settings) -> tuple[Period, ...]:
    """The months of these dated stories, newest first, with their counts and archive pages."""
    counts = Counter((s.date.year, s.date.month) for s in stories)
    first = {}
    for story in stories:
        first.setdefault((story.date.year, story.date.month), story.date)
    url = settings.get("MONTH_ARCHIVE_URL", "") if settings.get("MONTH_ARCHIVE_SAVE_AS") else ""
    return tuple(
        Period(
            calendar.month_name[month],
            url.format(date=first[(year, month)]) if url else "",
            counts[(year, month)],
        )
        for year, month in sorted(counts, reverse=True)
    )


def years_of(stories, settings) -> tuple[Period, ...]:
    """The years of these dated stories, newest first, each with its months."""
    by_year: dict[int, list] = {}
    for story in stories:
        by_year.setdefault(story.date.year, []).append(story)
    url = settings.get("YEAR_ARCHIVE_URL", "") if settings.get("YEAR_ARCHIVE_SAVE_AS") else ""
    return tuple(
        Period(
            str(year),
            url.format(date=by_year[year][0].date) if url else "",
            len(by_year[year]),
            months_of(by_year[year], settings),
        )
        for year in sorted(by_year, reverse=True)
    )


def threads_newest_first(threads) -> list:
    """Story threads, the one whose latest story is newest first (then by URL).

    A thread's stories are dated and in time order (undated stories join none).
    """
    return sorted(threads, key=lambda t: (-t.articles[-1].date.timestamp(), t.url))


def undated_stories(generator) -> list:
    """The undated stories, in the order of the archive (after every dated one: path order)."""
    return [a for a in generator.dates if getattr(a, "undated", False)]


def url_of(save_as: str) -> str:
    """The URL of a page written at ``save_as`` (its folder, for an ``index.html``)."""
    return save_as.removesuffix("index.html")


def index_archive(generators) -> None:
    """``all_generators_finalized``: the short indexes the archives page and every footer show."""
    generator = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if generator is None:
        return
    settings, context = generator.settings, generator.context
    options = read_options(settings)
    dated = [a for a in generator.dates if not getattr(a, "undated", False)]
    threads = threads_newest_first(context.get("threads") or [])
    undated = undated_stories(generator)
    shown = page_size(settings, "undated")
    context[ARCHIVE_INDEX_KEY] = ArchiveIndex(
        years=years_of(dated, settings),
        threads=tuple(threads[:ARCHIVE_THREADS]),
        threads_count=len(threads),
        threads_url=url_of(options.threads_save_as) if len(threads) > ARCHIVE_THREADS else "",
        undated=tuple(undated[:shown]),
        undated_count=len(undated),
        undated_url=url_of(options.undated_index_save_as) if len(undated) > shown else "",
    )
    sources = context.get("sources") or []
    if len(sources) > FOOTER_SOURCES:
        cited = sorted(sources, key=lambda s: (-len(s.articles), s.slug))[:FOOTER_SOURCES]
        sources = sorted(cited, key=lambda s: s.slug)
    context["footer_sources"] = tuple(sources)
    # What every page's masthead asks of the topics: whether they have an index. A page that
    # read the list itself would depend on every topic (engine/reads.py follows what is read).
    context["has_topics"] = bool(context.get("topics"))
    context["sections_shown"] = SECTIONS_SHOWN


def topic_groups(topics, options: Options) -> list[tuple[TopicGroup, list]]:
    """Each kind's group for the topics page, with every topic of the kind (A to Z) for its pages."""
    groups = []
    for kind, label, name in TOPIC_KINDS:
        members = [t for t in topics if t.url and t.kind == kind]
        if not members:
            continue
        shown = sorted(members, key=lambda t: (-len(t.articles), t.slug))[:TOPICS_PER_KIND]
        cut = len(members) > len(shown) and options.topic_kind_save_as
        groups.append(
            (
                TopicGroup(
                    kind,
                    label,
                    len(members),
                    tuple(shown),
                    options.topic_kind_url.format(kind=name) if cut else "",
                    options.topic_kind_save_as.format(kind=name) if cut else "",
                ),
                members,
            )
        )
    return groups


def write_indexes(generator, write, archive) -> None:
    """The topics page and the paginated lists it and the archives page lead to (when they cut one short).

    ``write(save_as, template, url, **variables)`` writes one page (or one list, paginated).
    """
    options = read_options(generator.settings)
    if options.topics_save_as:
        groups = topic_groups(archive.topics, options)
        write(options.topics_save_as, "topics", url_of(options.topics_save_as), groups=[g for g, _ in groups])
        for group, members in groups:
            if group.save_as:
                write(group.save_as, "topic_kind", group.url, group=group, paginated={"topics": members})
    if options.sources_save_as:
        write(
            options.sources_save_as,
            "sources",
            url_of(options.sources_save_as),
            paginated={"sources": archive.sources},
        )
    index = generator.context.get(ARCHIVE_INDEX_KEY)
    if index is None:
        return
    if index.threads_url:
        write(
            options.threads_save_as,
            "threads",
            index.threads_url,
            paginated={"threads": threads_newest_first(archive.threads)},
        )
    if index.undated_url:
        write(
            options.undated_index_save_as, "undated", index.undated_url, articles=undated_stories(generator)
        )
