"""Every reach into Pelican's internals (read in Pelican 4.12.0).

The build engine runs Pelican's own steps with hooks Pelican has no signal for (``PelicanHooks``,
``WriterHooks``), reads and sets an article's HTML where Pelican keeps it, and carries two fixes
of quadratic steps that every Pelican site would gain from upstream (``ArticlesGeneratorFixes``).
"""

from __future__ import annotations

import calendar
import contextlib
import inspect
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import groupby
from operator import attrgetter

from pelican import Pelican, signals
from pelican.contents import Content
from pelican.generators import ArticlesGenerator
from pelican.paginator import Paginator
from pelican.utils import clean_output_dir, get_relative_path, path_to_url, sanitised_join
from pelican.writers import Writer

logger = logging.getLogger(__name__)

#: The upstream code this module mirrors, by qualified name: a sha256 of its source (the first
#: 32 hex digits) in the release ``constraints.txt`` pins; ``tests/unit/test_compat.py`` checks them.
MIRRORS = {
    "pelican.Pelican.run": "296180f3ec4d7bff349b930f2e0fca68",
    "pelican.Pelican._get_generator_classes": "18d46c73fad28de94889b558b7c2c90c",
    "pelican.Pelican.init_plugins": "0a07758193e3c9500d37d94dd464dee2",
    "pelican.Pelican._get_writer": "cff8ccb6d51cbb89baef24e9d6c99c1d",
    "pelican.writers.Writer.write_file": "6a604ad67bbeec997e58ef69a393930c",
    "pelican.writers.Writer._open_w": "69700ea0b4668663b0886011eee71e8b",
    "pelican.generators.Generator.add_static_links": "6a34351937a06fefc541af0c1fc2352a",
    "pelican.generators.ArticlesGenerator.generate_context": "16f8066e3e5b8a42181fdf7a90d98bfc",
    "pelican.generators.ArticlesGenerator.generate_tags": "37f65d284c713dd4dcd8b823d248cff4",
    "pelican.generators.ArticlesGenerator.generate_categories": "cfb524524a3caae35717d53ba9cf85df",
    "pelican.generators.ArticlesGenerator.generate_authors": "982c57fcfcf0435e5c882255c00bb78b",
    "pelican.generators.ArticlesGenerator._build_period_archives": "c19e3024444c4c43b91c678d95652b51",
    "pelican.contents.Content.get_content": "5b963ce7e6237a1bc08c29c1fcf173b2",
    "pelican.contents.Content.get_static_links": "5236441e4de8c0446396a178b707ced7",
    "pelican.utils.memoized": "e17e76fd986fe4f481f4e754761101ab",
}

#: ``Writer.write_file``'s own options: everything else it is given is a template variable.
WRITE_FILE_OPTIONS = frozenset({"relative_urls", "paginated", "template_name", "override_output", "url"})
#: What ``ArticlesGenerator.generate_context`` logs, with the path, when a reader raises.
FAILED_READ_MESSAGE = "Could not process %s"
#: The logger it logs that with.
GENERATORS_LOGGER = "pelican.generators"

#: Page variables ``Writer.write_file`` adds when it paginates a list named ``key``.
PAGINATION_SUFFIXES = ("_paginator", "_page", "_previous_page", "_next_page")


# -- the run ------------------------------------------------------------------------------------


class PelicanHooks(Pelican):
    """Pelican whose run asks its hooks for the generator classes, the reading, the output step."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.generators: list = []
        """This run's generators (with every article), kept as long as this object is."""

    def generator_class(self, cls: type) -> type:
        """The class to run in place of Pelican's generator class ``cls``."""
        return cls

    def reading(self) -> contextlib.AbstractContextManager:
        """What the reading steps run in (generators' contexts, ``all_generators_finalized``)."""
        return contextlib.nullcontext()

    def write_site(self, generators: list, context: dict, writer_class: type) -> None:
        """The output step: every generator's output through one writer, as Pelican writes it."""
        writer = writer_class(self.output_path, settings=self.settings)
        for generator in generators:
            if hasattr(generator, "generate_output"):
                generator.generate_output(writer)

    def writer_class(self) -> type:
        """The writer class Pelican would use: the first a ``get_writer`` receiver gives, else its own."""
        # pelican.Pelican._get_writer, giving the class: the output step makes one writer a process.
        writers = [w for _, w in signals.get_writer.send(self) if isinstance(w, type)]
        if not writers:
            return Writer
        if len(writers) > 1:
            logger.warning("%s writers found, using only first one", len(writers))
        logger.debug("Found writer: %s (%s)", writers[0].__name__, writers[0].__module__)
        return writers[0]

    def _get_generator_classes(self):
        # pelican.Pelican._get_generator_classes, each class as ``generator_class`` says.
        return [self.generator_class(cls) for cls in super()._get_generator_classes()]

    def run(self):
        """Pelican's run up to ``finalized``, with the hooks; its closing summary is the caller's."""
        # pelican.Pelican.run, step for step: the reading steps in ``reading()``, the writer from
        # ``writer_class()`` (Pelican's _get_writer), and the output step ``write_site``.
        context = self.settings.copy()
        context["generated_content"] = {}
        context["static_links"] = set()
        context["static_content"] = {}
        context["localsiteurl"] = self.settings["SITEURL"]
        generators = self.generators = [
            cls(
                context=context,
                settings=self.settings,
                path=self.path,
                theme=self.theme,
                output_path=self.output_path,
            )
            for cls in self._get_generator_classes()
        ]
        if self.delete_outputdir and os.path.commonpath([os.path.realpath(self.output_path)]) != (
            os.path.commonpath([os.path.realpath(self.output_path), os.path.realpath(self.path)])
        ):
            clean_output_dir(self.output_path, self.output_retention)
        with self.reading():
            for generator in generators:
                if hasattr(generator, "generate_context"):
                    generator.generate_context()
                if hasattr(generator, "check_disabled_readers"):
                    generator.check_disabled_readers()
            signals.all_generators_finalized.send(generators)
            for generator in generators:
                if hasattr(generator, "refresh_metadata_intersite_links"):
                    generator.refresh_metadata_intersite_links()
        self.write_site(generators, context, self.writer_class())
        signals.finalized.send(self)
        return generators


def registering_settings() -> dict | None:
    """The settings of the site whose plugins Pelican is registering (called from a ``register``).

    None when no ``Pelican.init_plugins`` is running further up the stack.
    """
    # pelican.Pelican.init_plugins calls each plugin's register(), then replaces
    # settings["PLUGINS"] by the names of every plugin it registered (those it discovered too):
    # read from there, the settings still hold the site's own PLUGINS.
    frame = inspect.currentframe()
    while frame is not None and frame.f_code is not Pelican.init_plugins.__code__:
        frame = frame.f_back
    return frame.f_locals["self"].settings if frame is not None else None


# -- the writer ---------------------------------------------------------------------------------


class WriterHooks(Writer):
    """Pelican's writer asking ``opening`` before it opens a file, with its paginated write in steps.

    A subclass of a writer class a plugin gives through ``get_writer`` may put this before it
    (``class W(WriterHooks, PluginWriter)``): the hooks then run around the plugin's writer.
    """

    def opening(self, path: str) -> bool:
        """Whether to write the file at ``path`` (absolute); one not written is rendered to nowhere."""
        return True

    def _open_w(self, filename, encoding, override=False):
        # pelican.writers.Writer._open_w: where write_file and write_feed open every file.
        if not self.opening(filename):
            return open(os.devnull, "w", encoding=encoding)
        return super()._open_w(filename, encoding, override)

    def write_pages(self, name, template, context, kwargs: dict, skip: Callable[..., bool]) -> bool:
        """``write_file``'s paginated write, asking ``skip`` before each page's context is made.

        ``skip(save_as, page_variables, siteurl, listed)``: True leaves the page out (``listed``:
        the names of the lists paginated). Pelican copies the site context and makes a folder
        for every page of a list before rendering it; a skipped page costs neither. Returns
        False, having done nothing, when there is no list to paginate.
        """
        # pelican.writers.Writer.write_file, its paginated branch with _get_localcontext and
        # _write_file, restated to ask ``skip`` first (Pelican's own logs each file at info level).
        variables = template_variables(kwargs)
        paginated = kwargs.get("paginated")
        if paginated is None:
            paginated = {k: v for k, v in variables.items() if k in ("articles", "dates")}
        if not paginated:
            return False
        per_page = (
            self.settings["PAGINATED_TEMPLATES"][kwargs["template_name"]]
            or self.settings["DEFAULT_PAGINATION"]
        )
        paginators = {
            key: Paginator(name, kwargs.get("url"), value, self.settings, per_page)
            for key, value in paginated.items()
        }
        for number in range(next(iter(paginators.values())).num_pages):
            page_variables = dict(variables)
            for key, paginator in paginators.items():
                page = paginator.page(number + 1)
                last = number + 1 == paginator.num_pages
                page_variables.update(
                    {
                        f"{key}_paginator": paginator,
                        f"{key}_page": page,
                        f"{key}_previous_page": paginator.page(number) if number > 0 else None,
                        f"{key}_next_page": None if last else paginator.page(number + 2),
                    }
                )
            own = {"localsiteurl": context.get("localsiteurl")}
            if kwargs.get("relative_urls"):
                own["SITEURL"] = own["localsiteurl"] = path_to_url(get_relative_path(page.save_as))
            own["output_file"] = page.save_as
            if own["localsiteurl"]:  # as Pelican's writer sets it, page after page
                context["localsiteurl"] = own["localsiteurl"]
            siteurl = own.get("SITEURL", context.get("SITEURL"))
            if skip(page.save_as, page_variables, siteurl, paginated.keys()):
                continue
            page_context = {**context, **own, **page_variables}
            output = template.render(page_context)
            path = sanitised_join(self.output_path, page.save_as)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with self._open_w(path, "utf-8", override=kwargs.get("override_output", False)) as handle:
                handle.write(output)
            signals.content_written.send(path, context=page_context)
        return True


def template_variables(kwargs: dict) -> dict:
    """The template variables among ``write_file``'s keyword arguments."""
    return {k: v for k, v in kwargs.items() if k not in WRITE_FILE_OPTIONS}


def page_siteurl(context: dict, name: str, relative_urls: bool) -> str | None:
    """The ``SITEURL`` ``write_file`` gives the page at ``name``."""
    # pelican.writers.Writer.write_file's _get_localcontext.
    return path_to_url(get_relative_path(name)) if relative_urls else context.get("SITEURL")


def pass_over(context: dict, siteurl: str | None, relative_urls: bool) -> None:
    """Leave the site context as ``write_file`` does after a page whose ``SITEURL`` is ``siteurl``."""
    # pelican.writers.Writer.write_file's _write_file: the next pages' links follow localsiteurl.
    if relative_urls:
        context["localsiteurl"] = siteurl


# -- the articles -------------------------------------------------------------------------------


def set_content(content: Content, html: str) -> None:
    """Give an article (or page) the HTML Pelican makes its ``content`` of."""
    # pelican.contents.Content.__init__ keeps it as _content; get_content reads it.
    content._content = html


def defer_content(content: Content, render: Callable[[], str]) -> None:
    """Have Pelican ask ``render()`` for the article's HTML when its ``content`` is first read."""
    # pelican.contents.Content.get_content calls _get_content, when an article has one.
    content._get_content = render


def content_source(content: Content) -> str:
    """The article's HTML before Pelican resolves its links (what ``content`` is made of)."""
    # pelican.contents.Content.get_content, without its _update_content.
    return content._get_content() if hasattr(content, "_get_content") else content._content


def static_link_text(content: Content) -> str:
    """The text Pelican searches for ``{static}`` and ``{attach}`` links (``get_static_links``)."""
    return content._content


def forget_memoised_content() -> None:
    """Drop Pelican's class-wide memos of every article's content and summary (keyed by the article)."""
    # pelican.utils.memoized keeps them in .cache on the descriptor of Content.get_content / get_summary.
    for name in ("get_content", "get_summary"):
        vars(Content)[name].cache.clear()


class FailedReads(logging.Filter):
    """Drops Pelican's bare "Could not process <path>" for the files whose names end in ``suffixes``."""

    def __init__(self, suffixes: tuple[str, ...]) -> None:
        super().__init__()
        self.suffixes = suffixes

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every other record."""
        args = record.args if isinstance(record.args, tuple) else ()
        return not (record.msg == FAILED_READ_MESSAGE and args and str(args[0]).endswith(self.suffixes))


def quiet_failed_reads(suffixes: tuple[str, ...]) -> None:
    """Pelican says nothing of a file ending in ``suffixes`` that its reader refused (the caller says why)."""
    target = logging.getLogger(GENERATORS_LOGGER)
    if not any(isinstance(f, FailedReads) and f.suffixes == suffixes for f in target.filters):
        target.addFilter(FailedReads(suffixes))


# -- fixes for upstream -------------------------------------------------------------------------


class Members(list):
    """A list of stories whose ``in`` is a set lookup (stories compare by identity, as in a list).

    Pelican's tag, category and author pages ask, of every story of the archive, whether it is
    in the page's list (``generate_tags``, ``generate_categories``, ``generate_authors``): with
    plain lists that is quadratic, a second at 5,000 stories. Upstream, a set of the page's
    stories made once in each of those loops would make this class unnecessary.
    """

    __slots__ = ("_ids",)

    def __init__(self, stories: Iterable = ()) -> None:
        super().__init__(stories)
        self._ids = frozenset(map(id, self))

    def __contains__(self, story) -> bool:
        return id(story) in self._ids


def build_period_archives(sorted_articles, articles, settings) -> defaultdict:
    """Pelican's year, month and day archives, each period's stories found by a set.

    Pelican tests every story against each period's list (``a in dates``): quadratic, 0.3 s at
    5,000 stories and about a minute at 50,000. The result is the same.
    """
    # pelican.generators.ArticlesGenerator._build_period_archives with one change, which would
    # make this function unnecessary upstream: ``members``, a set made once per period.
    period_archives = defaultdict(list)
    key_funcs = {
        "year": attrgetter("date.year"),
        "month": attrgetter("date.year", "date.month"),
        "day": attrgetter("date.year", "date.month", "date.day"),
    }
    for granularity, key_func in key_funcs.items():
        save_as_fmt = settings[f"{granularity.upper()}_ARCHIVE_SAVE_AS"]
        url_fmt = settings[f"{granularity.upper()}_ARCHIVE_URL"]
        if not save_as_fmt:
            continue
        for period, group in groupby(sorted_articles, key=key_func):
            dates = list(group)
            members = set(map(id, dates))
            d = dates[0].date
            archive = {
                "dates": dates,
                "articles": [a for a in articles if id(a) in members],
                "save_as": save_as_fmt.format(date=d),
                "url": url_fmt.format(date=d),
            }
            if granularity == "year":
                archive["period"] = archive["period_num"] = (period,)
            else:
                month_name = calendar.month_name[period[1]]
                archive["period"] = (period[0], month_name, *period[2:])
                archive["period_num"] = tuple(period)
            period_archives[granularity].append(archive)
    return period_archives


class ArticlesGeneratorFixes(ArticlesGenerator):
    """Pelican's article generator without its quadratic steps (``Members``, ``build_period_archives``)."""

    def period_articles(self, sorted_articles: list) -> list:
        """The stories the year, month and day archives list, in date order (all of them here)."""
        return sorted_articles

    def generate_context(self):
        """Pelican's, then each tag's, category's and author's stories made a ``Members`` list."""
        super().generate_context()
        self.tags = defaultdict(list, {tag: Members(stories) for tag, stories in self.tags.items()})
        self.categories = [(category, Members(stories)) for category, stories in self.categories]
        self.authors = [(author, Members(stories)) for author, stories in self.authors]

    def _build_period_archives(self, sorted_articles, articles, settings):
        # pelican.generators.ArticlesGenerator._build_period_archives (generate_context calls it).
        return build_period_archives(self.period_articles(sorted_articles), articles, settings)
