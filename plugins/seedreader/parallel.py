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

import logging
import multiprocessing
import os
import sys
import time
import zlib

from pelican import Pelican, signals
from pelican.generators import ArticlesGenerator, PagesGenerator, TemplatePagesGenerator
from pelican.utils import clean_output_dir
from pelican.writers import Writer

from . import progress
from .settings import read_options

logger = logging.getLogger(__name__)

#: Generators that write only through the writer, so workers can run them for their share.
SHARED_GENERATORS = (ArticlesGenerator, PagesGenerator, TemplatePagesGenerator)


class WorkerFailed(RuntimeError):
    """A page-writing worker process exited with an error."""


class ShareWriter(Writer):
    """A Pelican writer that renders and writes only the files of its share."""

    def __init__(self, output_path, settings, share: int = 0, shares: int = 1, counter=None) -> None:
        super().__init__(output_path, settings=settings)
        self.share, self.shares = share, shares
        self.counter = counter
        self.written = 0

    @property
    def primary(self) -> bool:
        """The process that also writes the files no writer call makes (manifest, report)."""
        return self.share == 0

    def owns(self, path: str) -> bool:
        """Whether this process writes ``path`` (absolute, or relative to the output folder)."""
        if self.shares == 1:
            return True
        relative = os.path.relpath(os.path.join(self.output_path, path), self.output_path)
        return zlib.crc32(relative.encode("utf-8")) % self.shares == self.share

    def write_file(self, name, template, context, *args, **kwargs):
        """Pelican's ``write_file``, rendering only this share's files (paginated ones too)."""
        return super().write_file(name, _ShareTemplate(template, self), context, *args, **kwargs)

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        """Pelican's ``write_feed`` for this share's feeds."""
        if path and not self.owns(path):
            return None
        return super().write_feed(elements, context, path, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        # Another process writes this file: the render was skipped, the (empty) text goes nowhere.
        if not self.owns(filename):
            return open(os.devnull, "w", encoding=encoding)
        self.written += 1
        if self.counter is not None:
            with self.counter.get_lock():
                self.counter.value += 1
        return super()._open_w(filename, encoding, override)


class _ShareTemplate:
    """A template that renders only for the files of its writer's share."""

    def __init__(self, template, writer: ShareWriter) -> None:
        self.template, self.writer = template, writer

    def render(self, context) -> str:
        if not self.writer.owns(context["output_file"]):
            return ""
        return self.template.render(context)

    def __getattr__(self, name):
        return getattr(self.template, name)


def is_primary(writer) -> bool:
    """Whether this writer's process writes the files outside Pelican's writer."""
    return getattr(writer, "primary", True)


class ParallelPelican(Pelican):
    """Pelican with its pages written by ``SEEDREADER_JOBS`` processes.

    ``run`` follows ``Pelican.run`` (4.12) step by step; only the output step differs.
    """

    def run(self):
        """Read, link, then write the output in ``jobs`` processes."""
        start = time.time()
        options = read_options(self.settings)
        report = progress.of(self.settings)
        context = self.settings.copy()
        context["generated_content"] = {}
        context["static_links"] = set()
        context["static_content"] = {}
        context["localsiteurl"] = self.settings["SITEURL"]
        generators = [
            cls(context=context, settings=self.settings, path=self.path, theme=self.theme,
                output_path=self.output_path)
            for cls in self._get_generator_classes()
        ]
        if self.delete_outputdir and os.path.commonpath([os.path.realpath(self.output_path)]) != (
            os.path.commonpath([os.path.realpath(self.output_path), os.path.realpath(self.path)])
        ):
            clean_output_dir(self.output_path, self.output_retention)
        for generator in generators:
            if hasattr(generator, "generate_context"):
                generator.generate_context()
            if hasattr(generator, "check_disabled_readers"):
                generator.check_disabled_readers()
        signals.all_generators_finalized.send(generators)
        for generator in generators:
            if hasattr(generator, "refresh_metadata_intersite_links"):
                generator.refresh_metadata_intersite_links()

        started = time.perf_counter()
        written = write_output(generators, self.output_path, self.settings, options.jobs, report)
        report.done(f"{written:,} pages written by {max(1, options.jobs)} processes", started)
        signals.finalized.send(self)
        articles = next(g for g in generators if isinstance(g, ArticlesGenerator)).articles
        logger.info("Done: %d articles in %.2f seconds", len(articles), time.time() - start)


def write_output(generators, output_path: str, settings: dict, jobs: int, report) -> int:
    """Run every generator's output step over ``jobs`` processes; return the files written."""
    can_fork = jobs > 1 and "fork" in multiprocessing.get_all_start_methods()
    shares = jobs if can_fork else 1
    counter = multiprocessing.get_context("fork").Value("q", 0) if can_fork else None
    children = []
    for share in range(1, shares):
        pid = os.fork()
        if pid == 0:
            _run_worker(generators, ShareWriter(output_path, settings, share, shares, counter))
        children.append(pid)
    writer = ShareWriter(output_path, settings, 0, shares, counter)
    try:
        for generator in generators:
            if hasattr(generator, "generate_output"):
                generator.generate_output(writer)
    finally:
        failed = [pid for pid in children if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0]
    if failed:
        raise WorkerFailed(f"{len(failed)} page-writing worker(s) failed; see the errors above")
    return counter.value if counter is not None else writer.written


def _run_worker(generators, writer: ShareWriter) -> None:
    """In a forked worker: write this share's pages, then leave without running the parent's code."""
    code = 0
    try:
        for generator in generators:
            if isinstance(generator, SHARED_GENERATORS):
                generator.generate_output(writer)
    except BaseException:  # the parent reports the failure; the traceback is printed here
        logger.exception("A page-writing worker (share %d) failed", writer.share)
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
