"""Fallback templates: the plugin's own pages (topics, threads, sources) with any theme.

The plugin writes pages Pelican's themes know nothing of (``site.write_pages``,
``listing.write_indexes``). Their templates ship in the package (``templates/``): each extends
the theme's ``base.html`` and fills its ``title`` and ``content`` blocks, as Pelican's bundled
``simple`` and ``notmyidea`` templates do. A theme's own template of the same name always wins.
"""

from __future__ import annotations

import logging
import os

from jinja2 import ChoiceLoader, FileSystemLoader, TemplateNotFound
from pelican.generators import ArticlesGenerator

logger = logging.getLogger(__name__)

#: The package's templates: the fallbacks, and ``seedreader/`` (their layout and macros).
TEMPLATES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates")
#: The templates of the pages the plugin writes (named as Pelican's ``get_template`` takes them).
PAGE_TEMPLATES = ("topic", "source", "thread", "topics", "topic_kind", "sources", "threads", "undated")


def add_fallback_templates(generator) -> None:
    """``generator_init``: a template the theme lacks is the package's (``jinja2.ChoiceLoader``, last)."""
    theme = generator.env.loader
    generator.env.loader = ChoiceLoader([theme, FileSystemLoader(TEMPLATES)])
    if isinstance(generator, ArticlesGenerator):  # the one that writes the pages: say it once a build
        missing = [name for name in PAGE_TEMPLATES if not _has(generator, theme, name)]
        if missing:
            logger.info("The theme has no %s template(s): Seed Reader's own are used", ", ".join(missing))


def _has(generator, loader, name: str) -> bool:
    """Whether ``loader`` finds the template ``name`` with one of the site's TEMPLATE_EXTENSIONS."""
    for extension in generator.settings["TEMPLATE_EXTENSIONS"]:
        try:
            loader.get_source(generator.env, name + extension)
        except TemplateNotFound:
            continue
        return True
    return False
