"""Every ``SEEDREADER_*`` setting with its default, and the one helper that reads them."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

logger = logging.getLogger(__name__)

#: The cores this process may run on.
_CPUS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

DEFAULTS: Mapping[str, object] = {
    # Seeds larger than this are skipped (and reported) rather than read.
    "SEEDREADER_MAX_BYTES": 5 * 1024 * 1024,
    # Reading speed for the "N min read" label.
    "SEEDREADER_WORDS_PER_MINUTE": 230,
    # Longest slug made from a title; longer ones are cut at a hyphen.
    "SEEDREADER_SLUG_MAX_CHARS": 80,
    # Tell the language of a story with no Lang header from its text (``language``): a page in
    # another language than DEFAULT_LANG is marked so (lang, and dir for right-to-left scripts).
    "SEEDREADER_DETECT_LANGUAGE": True,
    # Any reported problem makes the build fail (for CI).
    "SEEDREADER_STRICT": False,
    # Processes that read seeds and write pages (1 = all in Pelican's own process).
    "SEEDREADER_JOBS": _CPUS,
    # Progress lines on stderr while a build runs (steps, counts, times).
    "SEEDREADER_PROGRESS": True,
    # Where the machine-readable build report goes, relative to OUTPUT_PATH ("" for none).
    "SEEDREADER_REPORT": "seedreader-report.json",
    # The archive manifest for other tools ("" for none).
    "SEEDREADER_MANIFEST": "api/articles.json",
    # The Content-Security-Policy every page sends (meta tag): no inline script, no other host.
    # Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
    "SEEDREADER_CSP": (
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'"
    ),
    # JSON Feed 1.1, sitemap and robots.txt ("" for none).
    "SEEDREADER_JSON_FEED": "feeds/all.json",
    "SEEDREADER_SITEMAP": "sitemap.xml",
    "SEEDREADER_ROBOTS": "robots.txt",
    # READ MORE lines no title names: the judge's least chance (0-1) that its best candidate
    # is the story a line names, for it to link, and how far below that the runner-up's
    # chance must be (``judge``; calibrated with bench/calibrate.py).
    "SEEDREADER_READ_MORE_THRESHOLD": 0.8,
    "SEEDREADER_READ_MORE_MARGIN": 0.1,
    # Pin a headline to a story by hand: {"headline": "seed path or slug"}; "" = never link.
    # In every seed; the links file's pins (below) win over these.
    "SEEDREADER_READ_MORE_OVERRIDES": {},
    # The links file: an editor's READ MORE decisions per seed and headline (``linksfile``),
    # written by ``python -m seedreader links``; relative to the seeds folder ("" for none).
    "SEEDREADER_LINKS_FILE": "links.toml",
    # Copies of one story (archive pass, ``copies``): the least Jaccard similarity (0-1) of two
    # stories' word shingles (lede and body, runs of five words) that makes them one story.
    "SEEDREADER_COPY_THRESHOLD": 0.5,
    # ... or the least share (0-1) of the shorter story's shingles found in the longer one in
    # the same order: a copy with a reworded lede and a word edited here and there, cut short,
    # or one page's excerpt of the other (1: only a story wholly inside another). Either way,
    # a figure that differs in the same words makes two stories apart (``copies``).
    "SEEDREADER_COPY_CONTAINMENT": 0.5,
    # Archive furniture (archive pass, ``furniture``): a line of the story text that recurs
    # verbatim in at least this many seeds, and this share of the archive, is dropped from
    # every seed (copies of one story count once; a line in one seed never is).
    "SEEDREADER_FURNITURE_MIN_SEEDS": 5,
    "SEEDREADER_FURNITURE_MIN_SHARE": 0.005,
    # More names for news agencies, one row per agency, the name shown first:
    # (("MW", "Meridian Wire"),). A row here wins over the built-in table (grammar.AGENCIES).
    "SEEDREADER_AGENCIES": (),
    # Related stories at the end of each article.
    "SEEDREADER_RELATED_COUNT": 4,
    # What a story's page shows of its thread (stories either side of it) and of the
    # stories that link to it (the newest); the rest are a link or a count away.
    "SEEDREADER_THREAD_NEARBY": 2,
    "SEEDREADER_BACKLINKS_SHOWN": 8,
    # Topics listed under a story (in the order it names them); the rest are counted.
    "SEEDREADER_TOPICS_SHOWN": 12,
    # A topic gets a page when this many stories name it (header tags always do).
    "SEEDREADER_TOPIC_MIN_STORIES": 2,
    # URLs of the pages the plugin adds; {slug} is the topic's, thread's or source's.
    "SEEDREADER_TOPIC_URL": "topic/{slug}/",
    "SEEDREADER_TOPIC_SAVE_AS": "topic/{slug}/index.html",
    "SEEDREADER_TOPICS_SAVE_AS": "topics/index.html",
    "SEEDREADER_THREAD_URL": "thread/{slug}/",
    "SEEDREADER_THREAD_SAVE_AS": "thread/{slug}/index.html",
    "SEEDREADER_SOURCE_URL": "source/{slug}/",
    "SEEDREADER_SOURCE_SAVE_AS": "source/{slug}/index.html",
    "SEEDREADER_SOURCES_SAVE_AS": "sources/index.html",
    # Stories with no date in their text or file name: a URL without a date.
    "SEEDREADER_UNDATED_URL": "undated/{slug}/",
    "SEEDREADER_UNDATED_SAVE_AS": "undated/{slug}/index.html",
    # Stories per search-index shard: Pagefind needs about 0.3 MB of memory a story while
    # it indexes, so larger archives are indexed in shards that the search page merges.
    "SEEDREADER_SEARCH_SHARD_SIZE": 5000,
    # Items per page of each paginated list, for the templates whose size the site's
    # PAGINATED_TEMPLATES (or DEFAULT_PAGINATION) does not give: story cards, story lines,
    # names. Merged over these; see ``listing.fill_page_sizes``.
    "SEEDREADER_PAGINATION": {
        "index": 20,
        "category": 20,
        "author": 20,
        "tag": 20,
        "topic": 20,
        "source": 20,
        "period_archives": 50,
        "thread": 50,
        "undated": 50,
        "threads": 100,
        "topic_kind": 200,
        "sources": 200,
        "authors": 200,
        "categories": 200,
    },
    # Where the lists cut short on the topics and archives pages continue, paginated ("" for none).
    "SEEDREADER_TOPIC_KIND_URL": "topics/{kind}/",
    "SEEDREADER_TOPIC_KIND_SAVE_AS": "topics/{kind}/index.html",
    "SEEDREADER_THREADS_SAVE_AS": "threads/index.html",
    "SEEDREADER_UNDATED_INDEX_SAVE_AS": "undated/index.html",
    # URLs per sitemap file; past it sitemap.xml becomes an index of sitemap-1.xml, ...
    # (50,000 is the sitemap protocol's limit, and the most this takes).
    "SEEDREADER_SITEMAP_MAX_URLS": 50_000,
    # The folders whose .txt files are seeds, relative to PATH (as ARTICLE_PATHS are). Empty: the
    # site's ARTICLE_PATHS when its PLUGINS lists the plugin; none when Pelican loaded it only
    # because it is installed (namespace discovery), and then the plugin does nothing at all.
    "SEEDREADER_PATHS": (),
    # Read the site's .md files with markdown-it-py (``reader.MarkdownItReader``) rather than
    # leave them to Pelican's Markdown reader.
    "SEEDREADER_MARKDOWN": False,
}


@dataclass(frozen=True, slots=True)
class Options:
    """The plugin's settings, validated, with defaults filled in."""

    max_bytes: int
    words_per_minute: int
    slug_max_chars: int
    detect_language: bool
    strict: bool
    jobs: int
    progress: bool
    report: str
    manifest: str
    csp: str
    json_feed: str
    sitemap: str
    robots: str
    read_more_threshold: float
    read_more_margin: float
    read_more_overrides: dict
    links_file: str
    copy_threshold: float
    copy_containment: float
    furniture_min_seeds: int
    furniture_min_share: float
    agencies: tuple
    related_count: int
    thread_nearby: int
    backlinks_shown: int
    topics_shown: int
    topic_min_stories: int
    topic_url: str
    topic_save_as: str
    topics_save_as: str
    thread_url: str
    thread_save_as: str
    source_url: str
    source_save_as: str
    sources_save_as: str
    undated_url: str
    undated_save_as: str
    search_shard_size: int
    pagination: dict
    topic_kind_url: str
    topic_kind_save_as: str
    threads_save_as: str
    undated_index_save_as: str
    sitemap_max_urls: int
    paths: tuple
    markdown: bool


def read_options(settings: Mapping[str, object]) -> Options:
    """Read the plugin's settings over DEFAULTS; a bad value is logged and replaced."""
    return Options(
        **{key.removeprefix("SEEDREADER_").lower(): read_option(settings, key) for key in DEFAULTS}
    )


def read_option(settings: Mapping[str, object], key: str) -> object:
    """One setting over its default, as ``read_options`` reads it (for a path run once per seed)."""
    default = DEFAULTS[key]
    value = settings.get(key, default)
    if not _is_valid(value, default):
        logger.error("Setting %s=%r is not valid; using %r", key, value, default)
        value = default
    return value


def _is_valid(value: object, default: object) -> bool:
    """Same type as the default; numbers must be positive."""
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool) and value > 0
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
    if isinstance(default, tuple):  # a list in a settings file is as good
        return isinstance(value, tuple | list)
    return isinstance(value, type(default))


#: How a site's PLUGINS may name the plugin (Pelican takes the short name for the namespace one).
PLUGIN_NAMES = ("seedreader", "pelican.plugins.seedreader")
#: Whether the site's own PLUGINS named the plugin, as Pelican registered it (``signals.note_listing``):
#: Pelican then replaces PLUGINS by every plugin it registered, those it discovered too.
LISTED = "SEEDREADER_LISTED"


def listed(settings: Mapping[str, object]) -> bool:
    """Whether the site's PLUGINS names the plugin, by either name or as the module itself."""
    if LISTED in settings:
        return bool(settings[LISTED])
    for plugin in settings.get("PLUGINS") or ():
        if (plugin if isinstance(plugin, str) else getattr(plugin, "__name__", None)) in PLUGIN_NAMES:
            return True
    return False


def seed_folders(settings: Mapping[str, object]) -> tuple[str, ...]:
    """The folders whose ``.txt`` files are seeds, relative to PATH; none: the plugin is off for the site.

    ``SEEDREADER_PATHS`` when the site names some; else its ARTICLE_PATHS if its PLUGINS lists the
    plugin. Pelican also registers every installed namespace plugin when PLUGINS is unset: such a
    site has not asked for seeds, and gets none.
    """
    named = settings.get("SEEDREADER_PATHS")
    if named:
        if _is_valid(named, DEFAULTS["SEEDREADER_PATHS"]) and all(isinstance(p, str) for p in named):
            return tuple(named)
        logger.warning("Setting SEEDREADER_PATHS=%r is not a list of folders; ignored", named)
    return tuple(settings.get("ARTICLE_PATHS") or ()) if listed(settings) else ()


def active(settings: Mapping[str, object]) -> bool:
    """Whether the plugin works on this site at all (it has seed folders)."""
    return bool(seed_folders(settings))
