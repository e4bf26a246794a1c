"""Signal wiring: which handler runs on which of Pelican's signals, and for which sites.

Each handler lives in the module named after what it does. Two rules hold for all of them:

- a handler works only for a site that uses the plugin (``settings.active``): Pelican
  registers every installed namespace plugin when a site lists none in PLUGINS, and a
  connection lasts for every later build in the process;
- a handler given the article generator sees the seeds' articles only (``SeedView``): the
  site's Markdown and reST articles pass it by untouched.
"""

from __future__ import annotations

import functools

from pelican import signals
from pelican.utils import order_content

from ..compat.pelican import registering_settings
from ..settings import LISTED, active, listed
from .articles import collect_media, give_distinct_urls, order_ties, quiet_duplicate_errors
from .contentcache import guard_content_cache, stamp_content_cache
from .listing import index_archive, paginate_lists
from .meta import add_template_helpers, write_sitemap_and_robots
from .passes import run_archive_passes
from .reader import add_reader, enable_markdown, keep_seeds_apart, leave_site_files, share_site
from .site import build_story_graph, write_archive_outputs
from .theme import add_fallback_templates

#: The article generator's lists of articles (Pelican's names).
ARTICLE_LISTS = ("articles", "hidden_articles", "drafts")


def for_the_site(handler):
    """``handler``, run only when the build's site uses the plugin."""

    @functools.wraps(handler)
    def handle(sender, **kwargs):
        if active(_settings(sender)):
            handler(sender, **kwargs)

    return handle


def on_seeds(handler):
    """``handler`` of the article generator, run only for a site that uses the plugin, on its seeds."""

    @functools.wraps(handler)
    def handle(generator, **kwargs):
        if not active(generator.settings):
            return
        others = {name: [a for a in getattr(generator, name) if not is_seed(a)] for name in ARTICLE_LISTS}
        if not any(others.values()):
            handler(generator, **kwargs)  # a site of seeds alone (this project's): nothing to set apart
            return
        view = SeedView(generator)
        handler(view, **kwargs)
        view.give_back(others)

    return handle


def is_seed(article) -> bool:
    """Whether the seed reader made this article."""
    return getattr(article, "seed_path", None) is not None


class SeedView:
    """The article generator as the plugin's handlers see it: with its seeds' articles only.

    The three lists of articles are the view's own; everything else is the generator's, read and
    set through. ``give_back`` puts the lists, as the handler left them, back beside the site's
    other articles.
    """

    def __init__(self, generator) -> None:
        object.__setattr__(self, "generator", generator)
        object.__setattr__(self, "given", {})
        for name in ARTICLE_LISTS:
            seeds = [a for a in getattr(generator, name) if is_seed(a)]
            self.given[name] = list(seeds)
            object.__setattr__(self, name, seeds)

    def __getattr__(self, name):
        return getattr(self.generator, name)

    def __setattr__(self, name, value) -> None:
        if name in ARTICLE_LISTS:
            object.__setattr__(self, name, value)
        else:
            setattr(self.generator, name, value)

    def give_back(self, others: dict[str, list]) -> None:
        """Each list the handler changed, merged back with the site's other articles in the site's order."""
        order_by = self.generator.settings["ARTICLE_ORDER_BY"]
        for name in ARTICLE_LISTS:
            seeds = getattr(self, name)
            if list(map(id, seeds)) != list(map(id, self.given[name])):
                setattr(self.generator, name, order_content(seeds + others[name], order_by=order_by))


def _settings(sender) -> dict:
    """The build's settings, from the object a signal sends: Pelican, a generator, readers or generators."""
    if isinstance(sender, list):  # all_generators_finalized
        sender = sender[0]
    return sender.settings


def handlers(read_ahead=None, finish_reading=None) -> tuple:
    """(signal, handler) in the order they are connected (and so run, for one signal).

    ``read_ahead`` and ``finish_reading``: the build engine's handlers that read the seeds in
    worker processes ahead of Pelican (``engine.prefetch``), given by ``seedreader.register``
    (the engine is a layer above this one): the read-ahead starts once the article generator
    is ready, and ends before any other handler sees the articles. Without them Pelican's
    reader reads every seed.
    """
    finish = (
        ((signals.article_generator_pretaxonomy, _wrapped(on_seeds, finish_reading)),)
        if finish_reading
        else ()
    )
    start = ((signals.generator_init, _wrapped(for_the_site, read_ahead)),) if read_ahead else ()
    return (*finish, *_HANDLERS, *start)


@functools.cache
def _wrapped(wrapper, handler):
    # One wrapper per handler, held here: blinker keeps receivers by weak reference, and
    # connecting the same one again is a no-op.
    return wrapper(handler)


#: The plugin's own (signal, handler) pairs, in order (see ``handlers``).
_HANDLERS = (
    (signals.initialized, for_the_site(share_site)),
    (signals.initialized, for_the_site(guard_content_cache)),  # (after: the seed folders are in its key)
    (signals.initialized, for_the_site(quiet_duplicate_errors)),
    (signals.initialized, for_the_site(paginate_lists)),
    (signals.readers_init, for_the_site(add_reader)),
    (signals.generator_init, for_the_site(add_fallback_templates)),
    (signals.generator_init, for_the_site(enable_markdown)),
    (signals.generator_init, for_the_site(add_template_helpers)),
    (signals.article_generator_context, for_the_site(keep_seeds_apart)),
    (signals.article_generator_pretaxonomy, on_seeds(run_archive_passes)),
    (signals.article_generator_pretaxonomy, on_seeds(order_ties)),
    (signals.article_generator_pretaxonomy, on_seeds(give_distinct_urls)),
    (signals.article_generator_finalized, on_seeds(collect_media)),
    (signals.article_generator_finalized, on_seeds(build_story_graph)),
    (signals.static_generator_finalized, for_the_site(leave_site_files)),
    (signals.all_generators_finalized, for_the_site(index_archive)),
    (signals.article_writer_finalized, on_seeds(write_archive_outputs)),
    (signals.finalized, for_the_site(write_sitemap_and_robots)),
    (signals.finalized, for_the_site(stamp_content_cache)),
)


def register(read_ahead=None, finish_reading=None) -> None:
    """Connect the plugin's handlers to Pelican's signals (again: blinker keeps one connection each)."""
    note_listing()
    for signal, handler in handlers(read_ahead, finish_reading):
        signal.connect(handler)


def note_listing() -> None:
    """Record in the registering site's settings whether its own PLUGINS names the plugin (``LISTED``).

    Pelican registers every installed namespace plugin for a site whose PLUGINS is unset, then
    replaces PLUGINS by the names of all it registered: after that, a site that named the plugin
    and one that did not look alike. ``register`` runs before the replacement, when
    ``compat.pelican.registering_settings`` still gives the site's own PLUGINS. Called some other
    way, nothing is recorded (a registered plugin then counts as listed).
    """
    settings = registering_settings()
    if settings is not None:
        settings[LISTED] = listed(settings)
