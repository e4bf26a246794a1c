"""Signal wiring; the handlers live in the modules named after what they do."""

from __future__ import annotations

import json
import logging
import os

from pelican import signals

from . import meta
from .archive import dedupe_slugs, skipped_seeds
from .reader import add_reader, enable_markdown
from .related import AMBIGUOUS, RESOLVED, UNRESOLVED
from .settings import DEFAULTS, read_options
from .site import link_archive, manifest, report_references, write_json, write_pages

logger = logging.getLogger(__name__)

_ARCHIVE_KEY = "seedreader_archive"
_REPORT_KEY = "seedreader_report"


def register() -> None:
    """Connect the plugin's handlers to Pelican's signals."""
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(enable_markdown)
    signals.generator_init.connect(add_template_helpers)
    signals.article_generator_pretaxonomy.connect(give_distinct_urls)
    signals.article_generator_finalized.connect(build_story_graph)
    signals.article_writer_finalized.connect(write_archive_outputs)
    signals.finalized.connect(write_sitemap_and_robots)


def add_template_helpers(generator) -> None:
    """Give templates ``article|news_jsonld`` (JSON-LD for a script element) and the settings."""
    settings = generator.settings

    def news_jsonld(article):
        return meta.json_script(meta.news_article(article, settings))

    generator.env.filters["news_jsonld"] = news_jsonld
    # The plugin's settings, defaults included, so templates need not guess URLs.
    for key, default in DEFAULTS.items():
        generator.env.globals.setdefault(key, settings.get(key, default))
    generator.env.filters["json_script"] = meta.json_script


def give_distinct_urls(generator) -> None:
    """Make sure no two stories are written to the same URL."""
    everything = generator.articles + generator.hidden_articles + generator.drafts
    renamed = dedupe_slugs(everything)
    generator.context.setdefault(_REPORT_KEY, {})["renamed"] = [
        {"source": path, "slug": slug} for path, slug in renamed
    ]


def build_story_graph(generator) -> None:
    """Link READ MORE lines, related stories, topics and threads once all seeds are read."""
    report = generator.context.setdefault(_REPORT_KEY, {})
    report["skipped"] = [{"source": s.path, "reason": s.reason} for s in skipped_seeds(generator)]
    for item in report["skipped"]:
        logger.warning("Skipped seed %s: %s", item["source"], item["reason"])
    report["articles"] = len(generator.articles) + len(generator.hidden_articles) + len(generator.drafts)
    archive = link_archive(generator)
    generator.context[_ARCHIVE_KEY] = archive
    generator.context["topics"] = [t for t in archive.topics if t.url]
    generator.context["sources"] = archive.sources
    generator.context["threads"] = archive.threads
    by_key = {a.seed_path: a for a in generator.articles}
    report["references"] = report_references(archive, by_key)


def write_archive_outputs(generator, writer) -> None:
    """Write topic, thread and source pages, the manifest, the report and the summary line."""
    options = read_options(generator.settings)
    archive = generator.context.get(_ARCHIVE_KEY)
    report = generator.context.get(_REPORT_KEY, {})
    if archive is not None:
        write_pages(generator, writer, archive)
        if options.manifest:
            write_json(generator.output_path, options.manifest, manifest(generator.articles, archive))
        if options.json_feed:
            feed = meta.json_feed(generator.articles, generator.settings, options.json_feed)
            write_json(generator.output_path, options.json_feed, feed)
    statuses = [r["status"] for r in report.get("references", [])]
    report["summary"] = {
        "seeds_read": report.get("articles", 0) + len(report.get("skipped", [])),
        "pages_written": report.get("articles", 0),
        "skipped": len(report.get("skipped", [])),
        "renamed": len(report.get("renamed", [])),
        "resolved": statuses.count(RESOLVED),
        "ambiguous": statuses.count(AMBIGUOUS),
        "unresolved": statuses.count(UNRESOLVED),
    }
    logger.info("Seed Reader: %s", summary_line(report["summary"]))
    if options.report:
        write_json(generator.output_path, options.report, report)


def summary_line(summary: dict) -> str:
    """The one-line build summary."""
    return (
        f"{summary['seeds_read']} seeds read, {summary['pages_written']} pages written, "
        f"{summary['skipped']} skipped, {summary['renamed']} renamed; READ MORE: "
        f"{summary['resolved']} resolved, {summary['ambiguous']} ambiguous, "
        f"{summary['unresolved']} unresolved"
    )


def write_sitemap_and_robots(pelican) -> None:
    """Write sitemap.xml (every page written, article dates as lastmod) and robots.txt."""
    settings, output = pelican.settings, pelican.output_path
    options = read_options(settings)
    lastmod = {}
    manifest_path = os.path.join(output, options.manifest) if options.manifest else ""
    if manifest_path and os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as handle:
            lastmod = {e["url"]: e["date"] for e in json.load(handle)}
    if options.sitemap:
        with open(os.path.join(output, options.sitemap), "w", encoding="utf-8") as handle:
            handle.write(meta.sitemap(output, settings, lastmod))
    if options.robots:
        with open(os.path.join(output, options.robots), "w", encoding="utf-8") as handle:
            handle.write(meta.robots(settings))
