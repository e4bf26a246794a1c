"""The seeds' article generator: Pelican's, reading the seed folders' seeds in path order.

Through Pelican's per-file cache hooks, an unchanged seed's article in a rebuild is the last
build's (``Memory.articles``), as it was right after reading.
"""

from __future__ import annotations

import functools
import os

from ..compat import pelican as pelican_compat
from ..linking import linksfile
from . import folder, listing, media
from .memory import Memory, build_key, memory_of
from .reader import file_stamp


class SortedArticlesGenerator(pelican_compat.ArticlesGeneratorFixes):
    """Pelican's article generator, reading files in path order (the read-ahead's, ``prefetch``).

    Through Pelican's per-file cache hooks, an unchanged seed's article is the last
    build's in this process, as it was right after reading (``kept_article``).
    """

    def get_files(self, paths, exclude=None, extensions=None):
        """The files to read, sorted (Pelican's own are a set); in the seeds folders, only the seeds.

        Pelican would read every file its readers know (Markdown, HTML, reST) and follow
        every link; the seeds folder's walk (``folder``) takes only seeds, each once.
        """
        if paths == self.settings["ARTICLE_PATHS"]:
            return [os.path.relpath(path, self.path) for path in self.seed_folder.seeds]
        return sorted(super().get_files(paths, exclude=exclude, extensions=extensions))

    @functools.cached_property
    def seed_folder(self) -> folder.SeedFolder:
        """The walk of the seeds folders for this build (skipping the output and cache inside them)."""
        roots = [os.path.join(self.path, p) for p in self.settings["ARTICLE_PATHS"]]
        ignore = [self.settings.get("OUTPUT_PATH"), self.settings.get("CACHE_PATH")]
        links_file = linksfile.links_path(self.settings)  # read by the linker, never published
        return folder.walk(roots, ignore=[p for p in ignore if p], links_file=links_file)

    def generate_tags(self, write):
        """Pelican's tag pages, unless ``TAG_SAVE_AS`` turns them off (Pelican walks every tag anyway)."""
        if self.settings.get("TAG_SAVE_AS"):
            super().generate_tags(write)

    def add_static_links(self, content):
        """Pelican's, with the links of a story kept from the last build (same text) not searched again."""
        text = pelican_compat.static_link_text(content)
        if "static" not in text and "attach" not in text:
            return  # Pelican's link pattern needs {static} or {attach}: no need to search
        kept = self.memory.static_links
        found = kept.get(content.source_path)
        if found is None or found[0] is not text:
            # A seed's image is published by the plugin (``media``), not read by Pelican's static generator.
            links = {link for link in content.get_static_links() if not link.startswith(media.MEDIA_KEY)}
            found = kept[content.source_path] = (text, links)
        self.context["static_links"] |= found[1]

    def generate_period_archives(self, write):
        """Pelican's year, month and day pages (paginated by the writer); a year's also lists its months."""

        def with_months(name, template, context, **kwargs):
            if len(context["period_num"]) == 1:
                kwargs["months"] = listing.months_of(kwargs["dates"], self.settings)
            return write(name, template, context, **kwargs)

        super().generate_period_archives(with_months)

    def generate_direct_templates(self, write):
        """Pelican's pages of the whole archive; the authors and sections indexes paginated by name."""

        def by_name(name, template, context, **kwargs):
            listed = listing.NAME_INDEXES.get(kwargs.get("template_name"))
            if listed:
                kwargs["paginated"] = {listed: getattr(self, listed)}
                if f"{kwargs['template_name'].upper()}_URL" not in self.settings:
                    kwargs["url"] = listing.url_of(name)  # Pelican's stand-in, "authors.html", is no page
            return write(name, template, context, **kwargs)

        super().generate_direct_templates(by_name)

    def period_articles(self, sorted_articles: list) -> list:
        """The stories with a date: an undated story belongs to no period (its date is only a stand-in)."""
        return [a for a in sorted_articles if not getattr(a, "undated", False)]

    def get_cached_data(self, filename, default=None):
        """The last build's article for this file when it has not changed, else Pelican's cache."""
        kept = kept_article(self.memory, filename, self.store_key, self.settings, self.context)
        return kept if kept is not None else super().get_cached_data(filename, default)

    def cache_data(self, filename, data):
        """Keep the article just read for the next build (and in Pelican's cache, if on)."""
        keep_article(self.memory, filename, data, self.store_key)
        super().cache_data(filename, data)

    @functools.cached_property
    def store_key(self) -> str:
        """What this build's articles depend on besides their files: every setting."""
        return build_key(self.settings)

    @functools.cached_property
    def memory(self) -> Memory:
        """The build's memory (``Memory``): what the last build read, for this one."""
        return memory_of(self.settings)


def keep_article(memory: Memory, path: str, article, key: str) -> None:
    """Keep a just-read article's state (before the plugin links it) for the next build.

    It is kept under the file stamp its seed was read with (taken before reading), so a
    file edited while the build ran is read again next time. Only when the memory is kept
    for another build (``Memory.keep``).
    """
    read = memory.seeds.get(os.path.abspath(path))
    if read is None or not memory.keep:
        return
    state = dict(vars(article))
    state["metadata"] = dict(article.metadata)
    memory.articles[os.path.abspath(path)] = (read[0], key, type(article), state)


def kept_article(memory: Memory, path: str, key: str, settings: dict, context: dict):
    """A new article as the last build read this file, if the file and settings are the same; else None.

    It is a fresh object in the state it had right after reading: what the last build
    did to its article after that (slug, URLs, links, Pelican's summary) is not in it.
    """
    entry = memory.articles.get(os.path.abspath(path))
    if entry is None or entry[:2] != (file_stamp(path), key):
        return None
    kind, state = entry[2], dict(entry[3])
    state.update(metadata=dict(state["metadata"]), translations=[], settings=settings, _context=context)
    article = object.__new__(kind)
    article.__dict__.update(state)
    return article


def forget_articles(memory: Memory, keep=()) -> None:
    """Drop kept articles, but those of the files in ``keep`` (absolute paths)."""
    for path in memory.articles.keys() - set(keep):
        del memory.articles[path]
