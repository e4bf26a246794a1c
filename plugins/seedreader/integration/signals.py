"""Signal wiring only; each handler lives in the module named after what it does."""

from __future__ import annotations

from pelican import signals

from ..engine.prefetch import finish_reading, prefetch_seeds
from .articles import collect_media, give_distinct_urls, order_ties, quiet_duplicate_errors
from .listing import index_archive, paginate_lists
from .meta import add_template_helpers, write_sitemap_and_robots
from .passes import run_archive_passes
from .reader import add_reader, enable_markdown
from .site import build_story_graph, write_archive_outputs


def register() -> None:
    """Connect the plugin's handlers to Pelican's signals."""
    signals.initialized.connect(quiet_duplicate_errors)
    signals.initialized.connect(paginate_lists)
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(enable_markdown)
    signals.generator_init.connect(add_template_helpers)
    signals.generator_init.connect(prefetch_seeds)
    signals.article_generator_pretaxonomy.connect(finish_reading)
    signals.article_generator_pretaxonomy.connect(run_archive_passes)
    signals.article_generator_pretaxonomy.connect(order_ties)
    signals.article_generator_pretaxonomy.connect(give_distinct_urls)
    signals.article_generator_finalized.connect(collect_media)
    signals.article_generator_finalized.connect(build_story_graph)
    signals.all_generators_finalized.connect(index_archive)
    signals.article_writer_finalized.connect(write_archive_outputs)
    signals.finalized.connect(write_sitemap_and_robots)
