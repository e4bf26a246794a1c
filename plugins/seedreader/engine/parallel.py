"""Pages written by several processes: each renders and writes its own share of the files.

Once Pelican has read the seeds and the plugin has linked the archive, every page can be
rendered on its own. ``ParallelPelican`` forks ``jobs - 1`` workers at that point; every
process then runs Pelican's usual output step with a ``ShareWriter`` (``integration.writer``)
that renders only the files whose output path falls to its share (by a hash of the path, so
the split is the same in every process and every build). Forked workers share the parent's read and linked
archive without copying it. Files written outside Pelican's writer (the manifest, the
report, static files, the sitemap) are written by the parent alone.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import time
from dataclasses import dataclass

from pelican.generators import ArticlesGenerator, PagesGenerator, TemplatePagesGenerator
from pelican.writers import Writer

from ..compat import pelican as pelican_compat
from ..integration import listing, outputs, progress
from ..integration.generators import SortedArticlesGenerator
from ..integration.memory import Memory, build_key, memory_of
from ..integration.writer import ShareWriter, share_writer
from ..processes import die_with_parent, exit_now, fork_processes, gc_paused
from ..settings import read_options
from . import incremental

logger = logging.getLogger(__name__)

#: Generators that write only through the writer, so workers can run them for their share.
SHARED_GENERATORS = (ArticlesGenerator, PagesGenerator, TemplatePagesGenerator)


class WorkerFailed(RuntimeError):
    """A page-writing worker process exited with an error."""


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
        key = build_key(self.settings) if self.previous_output is not None else ""
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
    """The settings key of the last build's signatures (``memory.build_key``)."""
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
        store = incremental.Store.of(memory)
        rendered = store.rendered_for(plan.key)
        signatures = incremental.Signatures(context, rendered, environments, extensions, store.parsed)

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
