"""One entry point for a whole build: Pelican over the seeds, then the search index.

``invoke build``, the dev server and the tests all call ``build_site`` so that
they build the same site the same way.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import pickle
import time
import traceback
from dataclasses import dataclass
from typing import NoReturn

from pelican.settings import read_settings

from ..compat import pelican as pelican_compat
from ..integration import outputs, progress
from ..integration.memory import MEMORY_SETTING, Memory
from ..processes import die_with_parent, exit_now, fork_processes
from ..settings import read_options
from .parallel import ParallelPelican
from .search import SearchIndexError, index_site


class BuildFailed(RuntimeError):
    """No site: strict mode found problems or Pagefind failed."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """Where the site went and what the plugin reported about it."""

    output: str
    """The output folder, absolute."""
    report: dict
    """The build report (``integration.report``; written by ``site.write_archive_outputs``)."""
    settings: dict
    """The Pelican settings the build ran with."""
    kept: int = 0
    """Pages unchanged since the last build (``previous_output``): not rendered."""
    stale: tuple[str, ...] = ()
    """Files the last build wrote that this one does not: removed (with ``overlay``, by the caller)."""


def load_settings(
    settings_file: str, seeds: str | None = None, output: str | None = None, overrides: dict | None = None
) -> dict:
    """Pelican settings from a file, pointed at another seeds folder or output when asked."""
    override = dict(overrides or {})
    if seeds:
        seeds = os.path.abspath(seeds)
        override.setdefault("ARTICLE_PATHS", [seeds])
    if output:
        override["OUTPUT_PATH"] = os.path.abspath(output)
    return read_settings(settings_file, override=override)


def build_site(
    settings_file: str = "pelicanconf.py",
    *,
    seeds: str | None = None,
    output: str | None = None,
    search: bool = True,
    strict: bool | None = None,
    overrides: dict | None = None,
    previous_output: str | None = None,
    overlay: bool = False,
    memory: Memory | None = None,
) -> BuildResult:
    """Build the site; raise ``BuildFailed`` in strict mode when anything was reported.

    ``previous_output``: the folder the last build in this process went to (the dev server's
    served site, or ``output`` itself); pages that did not change are taken from there
    (hard-linked into ``output``; with ``overlay``, left there for the caller to lay the new
    files over, removing ``BuildResult.stale``). ``memory``: what the last build in this
    process left (``Memory``; the dev server's worker keeps one): without it the build keeps
    nothing, and renders every page.
    """
    started = time.perf_counter()
    owned = memory is not None  # a caller's memory outlives the build; a one-off build's does not
    memory = Memory() if memory is None else memory
    release(memory)
    # Pelican hands its readers and generators only the settings: the memory goes there.
    settings = load_settings(settings_file, seeds, output, {**(overrides or {}), MEMORY_SETTING: memory})
    steps = progress.of(settings)
    out = settings["OUTPUT_PATH"]
    # A one-off build is staged and moved into place (``outputs``); a rebuild (the dev
    # server's) keeps unchanged pages where they are and removes its stale ones itself.
    staging = outputs.Staging(out, settings) if previous_output is None else None
    try:
        with staging or contextlib.nullcontext(out) as site:
            run_settings = settings if site == out else {**settings, "OUTPUT_PATH": site}
            if search and previous_output is None and fork_processes(2) > 1:
                kept, stale = _run_apart(run_settings)
            else:
                pelican = ParallelPelican(run_settings, previous_output=previous_output, overlay=overlay)
                if owned:
                    memory.held = pelican  # freed by ``release``, while the caller waits
                pelican.run()
                kept, stale = pelican.outcome.kept, pelican.outcome.stale
            if search:
                indexing = time.perf_counter()
                try:
                    index_site(site, run_settings)
                except SearchIndexError as error:
                    raise BuildFailed(str(error)) from error
                steps.done("Search index (Pagefind) built", indexing)
            if staging is not None:
                stale = staging.commit()
    except outputs.OutputBusy as error:
        raise BuildFailed(str(error)) from error
    steps.done(f"Site built in {out}", started)
    report = _read_report(out, settings)
    options = read_options(settings)
    if (options.strict if strict is None else strict) and problems(report):
        raise BuildFailed("strict build: " + "; ".join(problems(report)))
    # The result never holds the build's memory (and through it the whole build).
    return BuildResult(out, report, {k: v for k, v in settings.items() if k != MEMORY_SETTING}, kept, stale)


def _run_apart(settings: dict) -> tuple[int, tuple[str, ...]]:
    """Pelican's part of a build in a forked process: its objects are gone when Pagefind starts.

    At 50,000 stories the articles, pages and story graph take about 3 GiB, which the
    search index (1.5 GiB more) would otherwise find still held. An error in the child is
    raised here, with the child's traceback as a note.
    """
    with outputs.temp_folder("build") as handover:
        path = os.path.join(handover, "outcome.pickle")
        pid = os.fork()
        if pid == 0:
            die_with_parent()
            _build_and_hand_over(settings, path)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        try:
            with open(path, "rb") as handle:
                result = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError):
            result = BuildFailed(f"the build process ended with code {code} before it finished")
    if isinstance(result, BaseException):
        raise result
    return result


def _build_and_hand_over(settings: dict, path: str) -> NoReturn:
    code, result = 0, None
    try:
        pelican = ParallelPelican(settings)
        pelican.run()
        result = (pelican.outcome.kept, pelican.outcome.stale)
    except BaseException as error:  # noqa: BLE001 - raised again in the parent
        error.add_note("In the build process:\n" + traceback.format_exc())
        code, result = 1, error
    try:
        with open(path, "wb") as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that cannot be pickled: the parent says so
        logging.getLogger(__name__).error(
            "The build failed:\n%s",
            "".join(traceback.format_exception(result)) if isinstance(result, BaseException) else "",
        )
        code = code or 1
    exit_now(code)


def release(memory: Memory | None = None) -> None:
    """Free the last build's objects now (the next build does it first otherwise).

    Freeing 5,000 stories' worth of objects takes about a second; the dev server's worker
    calls this after it has answered, while it waits for the next change.
    """
    if memory is not None:
        memory.held = None
    # Pelican memoises every article's content and summary in class-wide dicts, keyed by the
    # article: without this, a process that builds again keeps every past build's articles.
    pelican_compat.forget_memoised_content()
    gc.unfreeze()  # the build froze its archive (``parallel``): garbage now, for the collector


def problems(report: dict) -> list[str]:
    """Every reported input problem, one line each (what strict mode fails on).

    READ MORE lines naming stories the archive lacks are not input problems:
    they are listed in the report for archivists, not failed on.
    """
    lines = [f"skipped {s['source']}: {s['reason']}" for s in report.get("skipped", [])]
    lines += [f"not published {n['source']}: {n['reason']}" for n in report.get("not_published", [])]
    lines += [f"renamed {r['source']} to slug {r['slug']}" for r in report.get("renamed", [])]
    if report.get("links_file_unreadable"):
        lines.append(f"links file {report['links_file_unreadable']}: no pin applied")
    return lines


def _read_report(output: str, settings: dict) -> dict:
    name = read_options(settings).report
    path = os.path.join(output, name) if name else ""
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)
