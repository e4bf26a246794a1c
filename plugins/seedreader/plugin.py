"""Signal wiring; the handlers live in the modules named after what they do."""

from __future__ import annotations

import json
import logging
import os

from pelican import signals

from .archive import dedupe_slugs, skipped_seeds
from .reader import add_reader
from .settings import read_options

logger = logging.getLogger(__name__)

_REPORT_KEY = "seedreader_report"


def register() -> None:
    """Connect the plugin's handlers to Pelican's signals."""
    signals.readers_init.connect(add_reader)
    signals.article_generator_pretaxonomy.connect(give_distinct_urls)
    signals.article_generator_finalized.connect(collect_report)
    signals.article_writer_finalized.connect(write_report)


def give_distinct_urls(generator) -> None:
    """Make sure no two stories are written to the same URL."""
    everything = generator.articles + generator.hidden_articles + generator.drafts
    renamed = dedupe_slugs(everything)
    generator.context.setdefault(_REPORT_KEY, {})["renamed"] = [
        {"source": path, "slug": slug} for path, slug in renamed
    ]


def collect_report(generator) -> None:
    """Record what was read and what was skipped, once all seeds are read."""
    report = generator.context.setdefault(_REPORT_KEY, {})
    skipped = skipped_seeds(generator)
    for item in skipped:
        logger.warning("Skipped seed %s: %s", item.path, item.reason)
    report["skipped"] = [{"source": s.path, "reason": s.reason} for s in skipped]
    report["articles"] = len(generator.articles) + len(generator.hidden_articles) + len(generator.drafts)


def write_report(generator, writer) -> None:
    """Write the machine-readable build report and print the one-line summary."""
    options = read_options(generator.settings)
    report = generator.context.get(_REPORT_KEY, {})
    summary = (
        f"Seed Reader: {report.get('articles', 0)} stories written, "
        f"{len(report.get('skipped', []))} skipped, {len(report.get('renamed', []))} renamed"
    )
    logger.info(summary)
    if options.report:
        path = os.path.join(generator.output_path, options.report)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=2, sort_keys=True, ensure_ascii=False)
            handle.write("\n")
