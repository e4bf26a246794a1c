"""Pages written by several processes: each renders and writes its own share of the files.

Once Pelican has read the seeds and the plugin has linked the archive, every page can be
rendered on its own. ``ParallelPelican`` forks ``jobs - 1`` workers at that point; every
process then runs Pelican's usual output step with a ``ShareWriter`` that renders only the
files whose output path falls to its share (by a hash of the path, so the split is the same
in every process and every build). Forked workers share the parent's read and linked
archive without copying it. Files written outside Pelican's writer (the manifest, the
report, static files, the sitemap) are written by the parent alone.
"""

from __future__ import annotations

import functools
import gc
import logging
import multiprocessing
import os
import re
import shutil
import time
import zlib
from dataclasses import dataclass

from pelican.generators import ArticlesGenerator, PagesGenerator, TemplatePagesGenerator
from pelican.writers import Writer

from ..compat import pelican as pelican_compat
from ..integration import folder, listing, media, outputs, progress
from ..integration.memory import Memory, memory_of
from ..linking import linksfile
from ..processes import die_with_parent, exit_now, fork_processes, gc_paused
from ..settings import read_options
from . import incremental, prefetch

logger = logging.getLogger(__name__)

#: Generators that write only through the writer, so workers can run them for their share.
SHARED_GENERATORS = (ArticlesGenerator, PagesGenerator, TemplatePagesGenerator)
#: A path relpath would change: empty, ``.`` or ``..`` parts, or a trailing separator.
_UNCLEAN_PATH_RE = re.compile(r"(?:^|[\\/])\.{0,2}(?:[\\/]|$)")


class WorkerFailed(RuntimeError):
    """A page-writing worker process exited with an error."""


class ShareWriter(pelican_compat.WriterHooks):
    """A Pelican writer that renders and writes only the files of its share.

    Over a writer class a plugin gives through Pelican's ``get_writer``: ``share_writer``.
    """

    def __init__(
        self,
        output_path,
        settings,
        share: int = 0,
        shares: int = 1,
        counter=None,
        signatures: incremental.Signatures | None = None,
        previous: dict | None = None,
        previous_output: str | None = None,
        overlay: bool = False,
    ) -> None:
        super().__init__(output_path, settings=settings)
        self.overlay = overlay
        self.share, self.shares = share, shares
        self.counter = counter
        self.written = 0
        self.signatures = signatures
        self.previous = previous or {}
        self.previous_output = previous_output
        self.pages: dict[str, str] = {}
        """Signature of every page of this share, by path relative to the output."""
        self.progress = progress.of(settings) if share == 0 else None
        self.kept: set[str] = set()
        """Pages of this share kept from the last build (not rendered)."""

    @property
    def primary(self) -> bool:
        """The process that also writes the files no writer call makes (manifest, report)."""
        return self.share == 0

    def owns(self, path: str) -> bool:
        """Whether this process writes ``path`` (absolute, or relative to the output folder)."""
        if self.shares == 1:
            return True
        return zlib.crc32(_relative(self.output_path, path).encode("utf-8")) % self.shares == self.share

    def write_file(self, name, template, context, *args, **kwargs):
        """Pelican's ``write_file``, rendering only this share's files (paginated ones too)."""
        paginates = kwargs.get("template_name") in self.settings.get("PAGINATED_TEMPLATES", {})
        if name and not paginates and not self.owns(name):
            return None  # one file, another process's: not even its folder is made here
        signed = bool(name and not paginates and not args)
        if signed and self._kept_before_render(name, template, context, kwargs):
            return None
        if name and paginates and not args and self._paginate(name, template, context, kwargs):
            return None
        keys = set(kwargs) | {k + suffix for k in kwargs for suffix in incremental.PAGINATION_SUFFIXES}
        listed = ("articles", "dates", *(kwargs.get("paginated") or ()))
        keys |= {k + suffix for k in listed for suffix in incremental.PAGINATION_SUFFIXES}
        template = _ShareTemplate(template, self, keys, signed)
        return super().write_file(name, template, context, *args, **kwargs)

    def _kept_before_render(self, name, template, context, kwargs) -> bool:
        """A one-file page whose signature is unchanged, kept before Pelican makes its folder.

        The page's variables are those Pelican's writer would add to the site context
        (``_get_localcontext``), without copying the context for it.
        """
        if not self.signing:
            return False
        relative_urls = kwargs.get("relative_urls")
        siteurl = pelican_compat.page_siteurl(context, name, relative_urls)
        variables = pelican_compat.template_variables(kwargs)
        signature = self.signatures.signature(
            _template_name(template), name, siteurl, variables, environment=template.environment
        )
        if not self.unchanged(name, signature):
            return False
        pelican_compat.pass_over(context, siteurl, relative_urls)  # the next page's links follow it
        self._keep(_relative(self.output_path, name))
        return True

    def _paginate(self, name, template, context, kwargs) -> bool:
        """Pelican's paginated ``write_file``, each page signed before its context is made.

        Pelican's writer copies the site context and makes a folder for every page of a
        list before rendering it; here a page of this share whose signature is unchanged is
        kept without either, and only the changed ones are rendered (as Pelican renders them).
        Returns False, having done nothing, for a call this does not handle.
        """
        if not self.signing:
            return False
        template_name = _template_name(template)

        def skip(save_as, variables, siteurl, listed) -> bool:
            if not self.owns(save_as):
                return True
            signature = self.signatures.signature(
                template_name, save_as, siteurl, variables, listed, environment=template.environment
            )
            if self.unchanged(save_as, signature):
                self._keep(_relative(self.output_path, save_as))
                return True
            return False

        return self.write_pages(name, template, context, kwargs, skip)

    @property
    def signing(self) -> bool:
        """Whether pages are signed before Pelican's writer makes them (a rebuild's writer)."""
        return self.signatures is not None and self.previous_output is not None

    def unchanged(self, name: str, signature: str) -> bool:
        """Record the page's signature; True when the last build wrote it the same (kept, not rendered)."""
        relative = _relative(self.output_path, name)
        self.pages[relative] = signature
        if self.previous.get(relative) != signature or self.previous_output is None:
            return False
        if not os.path.isfile(os.path.join(self.previous_output, relative)):
            return False
        self.kept.add(relative)
        return True

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        """Pelican's ``write_feed`` for this share's feeds; undated stories are in none (no date to order)."""
        if path and not self.owns(path):
            return None
        elements = [e for e in elements if not getattr(e, "undated", False)]
        return super().write_feed(elements, context, path, *args, **kwargs)

    def opening(self, path: str) -> bool:
        """Whether to write the file: not another process's, nor one kept (its render was skipped)."""
        if not self.owns(path):
            return False
        relative = _relative(self.output_path, path)
        if relative in self.kept:
            self._keep(relative)
            return False
        self.written += 1
        written = self.written
        if self.counter is not None:
            with self.counter.get_lock():
                self.counter.value += 1
                written = self.counter.value
        if self.progress is not None:
            self.progress.count("pages written", written)
        return True

    def _keep(self, relative: str) -> None:
        """The last build's file, unchanged, in the new output (a hard link where it can be)."""
        source = os.path.join(self.previous_output, relative)
        target = os.path.join(self.output_path, relative)
        if self.overlay or os.path.abspath(source) == os.path.abspath(target):
            return  # it stays where it is (the caller lays the new files over that folder)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(source, target)
        except OSError:  # another disk, or links not allowed: copy
            shutil.copyfile(source, target)


@functools.cache
def share_writer(base: type) -> type[ShareWriter]:
    """``ShareWriter`` over the writer class Pelican would use (``base``: its own, or a plugin's)."""
    if issubclass(ShareWriter, base):
        return ShareWriter
    return type(f"Share{base.__name__}", (ShareWriter, base), {"__module__": __name__})


def _template_name(template) -> str:
    # Its name in its environment, as Pelican asks for it (folders kept, no extension).
    return os.path.splitext(template.name or "")[0]


def _relative(output_path: str, name: str) -> str:
    path = os.path.join(output_path, name)
    inside = path[len(output_path) + 1 :] if path.startswith(output_path + os.sep) else ""
    if inside and not _UNCLEAN_PATH_RE.search(inside):  # already what relpath gives (and 20 times quicker)
        return inside.replace(os.sep, "/")
    return os.path.relpath(path, output_path).replace(os.sep, "/")


class _ShareTemplate:
    """A template that renders only for the files of its writer's share that changed."""

    def __init__(self, template, writer: ShareWriter, keys, signed: bool = False) -> None:
        self.template, self.writer, self.keys = template, writer, keys
        self.signed = signed
        """The writer has already compared this page's signature (``_kept_before_render``)."""

    def render(self, context) -> str:
        name = context["output_file"]
        if not self.writer.owns(name):
            return ""
        writer = self.writer
        if (
            not self.signed
            and writer.signatures is not None
            and writer.unchanged(
                name,
                writer.signatures.page(
                    _template_name(self.template), context, self.keys, self.template.environment
                ),
            )
        ):
            return ""
        return self.template.render(context)

    def __getattr__(self, name):
        return getattr(self.template, name)


class SortedArticlesGenerator(pelican_compat.ArticlesGeneratorFixes):
    """Pelican's article generator, reading files in path order (the read-ahead's, ``prefetch``).

    Through Pelican's per-file cache hooks, an unchanged seed's article is the last
    build's in this process, as it was right after reading (``prefetch.kept_article``).
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
        kept = prefetch.kept_article(self.memory, filename, self.store_key, self.settings, self.context)
        return kept if kept is not None else super().get_cached_data(filename, default)

    def cache_data(self, filename, data):
        """Keep the article just read for the next build (and in Pelican's cache, if on)."""
        prefetch.keep_article(self.memory, filename, data, self.store_key)
        super().cache_data(filename, data)

    @functools.cached_property
    def store_key(self) -> str:
        """What this build's articles depend on besides their files: every setting."""
        return incremental.pages_key(self.settings)

    @functools.cached_property
    def memory(self) -> Memory:
        """The build's memory (``Memory``): what the last build read, for this one."""
        return memory_of(self.settings)


class ParallelPelican(pelican_compat.PelicanHooks):
    """Pelican with its pages written by ``SEEDREADER_JOBS`` processes.

    Its run is Pelican's (``PelicanHooks``); only the output step differs. With
    ``previous_output`` (the last build's output folder, or this build's own), pages whose
    signature matches the last build in this process are kept from there, not rendered
    (``incremental``).
    """

    def __init__(self, settings, previous_output: str | None = None, overlay: bool = False) -> None:
        super().__init__(settings)
        # Its article generator paginates the authors and sections indexes by name.
        listing.fill_page_sizes(self.settings, listing.NAME_INDEXES)
        self.previous_output = previous_output
        self.overlay = overlay
        self.memory = memory_of(self.settings)
        self.outcome: Outcome | None = None
        self.plan: Plan | None = None

    def generator_class(self, cls: type) -> type:
        """The seeds' article generator in place of Pelican's."""
        return SortedArticlesGenerator if cls is ArticlesGenerator else cls

    def reading(self):
        """Reading and linking make the archive: objects that live to the end of the build.

        They make little cyclic garbage; each full collection meanwhile would walk the whole
        heap again.
        """
        return gc_paused()

    def run(self):
        """Read, link, then write the output in ``jobs`` processes."""
        start = time.time()
        generators = super().run()
        if self.plan.key:
            incremental.Store.of(self.memory).remember(self.plan.key, self.outcome.pages)
        articles = next(g for g in generators if isinstance(g, ArticlesGenerator)).articles
        logger.info("Done: %d articles in %.2f seconds", len(articles), time.time() - start)

    def write_site(self, generators: list, context: dict, writer_class: type) -> None:
        """Every generator's output step over the plan's processes, each with its share's writer."""
        # Collections while pages are written skip the archive from now on (``build.release``
        # undoes this), and forked writers do not copy its memory pages by touching it.
        gc.freeze()
        started = time.perf_counter()
        key = incremental.pages_key(self.settings) if self.previous_output is not None else ""
        store = incremental.Store.of(self.memory)
        plan = self.plan = Plan(
            self.output_path,
            self.settings,
            read_options(self.settings).jobs,
            self.previous_output,
            store.previous(key) if key else {},
            self.overlay,
            key,
            writer_class,
        )
        self.outcome = write_output(generators, plan, context, self.memory)
        progress.of(self.settings).done(
            f"{self.outcome.written:,} pages written ({self.outcome.kept:,} unchanged, kept) "
            f"by {plan.shares} processes",
            started,
        )


@dataclass(frozen=True, slots=True)
class Plan:
    """How the output step runs: where to, in how many processes, and what the last build left."""

    output_path: str
    settings: dict
    jobs: int
    previous_output: str | None
    """The last build's output (unchanged pages come from there); None renders every page."""
    previous: dict
    """The last build's page signatures (empty: render every page)."""
    overlay: bool = False
    """Unchanged pages stay in ``previous_output`` (not linked into the output): the caller
    lays the new files over it and removes the ``stale`` ones (the dev server)."""
    key: str = ""
    """The settings key of the last build's signatures (``incremental.pages_key``)."""
    writer: type = Writer
    """The writer class Pelican would use (a plugin's, through ``get_writer``): each share's is over it."""

    @property
    def shares(self) -> int:
        """Processes that write: ``jobs`` where processes can be forked, else one."""
        return fork_processes(self.jobs)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the output step did."""

    written: int
    kept: int
    """Pages whose signature matched the last build's: not rendered."""
    pages: dict
    """Every page's signature, by path relative to the output."""
    stale: tuple[str, ...]
    """Pages the last build wrote and this one does not (a removed story's)."""


def write_output(generators, plan: Plan, context: dict, memory: Memory) -> Outcome:
    """Every generator's output step over the plan's processes (``memory``: the build's)."""
    shares = plan.shares
    counter = multiprocessing.get_context("fork").Value("q", 0) if shares > 1 else None
    signatures = None
    if plan.previous_output is not None:
        environments = [g.env for g in generators if hasattr(g, "env")]
        extensions = context.get("TEMPLATE_EXTENSIONS", [".html"])
        rendered = incremental.Store.of(memory).rendered_for(plan.key)
        signatures = incremental.Signatures(context, rendered, environments, extensions)

    def writer_for(share: int) -> ShareWriter:
        return share_writer(plan.writer)(
            plan.output_path,
            plan.settings,
            share,
            shares,
            counter,
            signatures,
            plan.previous,
            plan.previous_output,
            plan.overlay,
        )

    with outputs.temp_folder("shares") as handover:
        children = []
        for share in range(1, shares):
            pid = os.fork()
            if pid == 0:
                die_with_parent()
                _run_worker(generators, writer_for(share), handover, memory)
            children.append(pid)
        writer = writer_for(0)
        try:
            with incremental.signing(memory, signatures):
                for generator in generators:
                    if hasattr(generator, "generate_output"):
                        generator.generate_output(writer)
        finally:
            failed = [pid for pid in children if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0]
        if failed:
            raise WorkerFailed(f"{len(failed)} page-writing worker(s) failed; see the errors above")
        pages, kept = dict(writer.pages), len(writer.kept)
        for share in range(1, shares):
            share_pages, share_kept = incremental.load_share(handover, share)
            pages.update(share_pages)
            kept += share_kept
    stale = tuple(sorted(set(plan.previous) - set(pages)))
    if plan.previous_output and os.path.abspath(plan.previous_output) == os.path.abspath(plan.output_path):
        outputs.remove_files(plan.output_path, stale)
    written = counter.value if counter is not None else writer.written
    return Outcome(written, kept, pages, stale)


def _run_worker(generators, writer: ShareWriter, handover: str, memory: Memory) -> None:
    """In a forked worker: write this share's pages, then leave without running the parent's code."""
    code = 0
    try:
        with incremental.signing(memory, writer.signatures):
            for generator in generators:
                if isinstance(generator, SHARED_GENERATORS):
                    generator.generate_output(writer)
        incremental.save_share(handover, writer.share, (writer.pages, len(writer.kept)))
    except BaseException:  # the parent reports the failure; the traceback is printed here
        logger.exception("A page-writing worker (share %d) failed", writer.share)
        code = 1
    finally:
        exit_now(code)
