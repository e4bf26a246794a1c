"""The archive as a story graph: READ MORE resolution, related stories, backlinks, threads.

Pure: it works on ``Story`` records, not Pelican articles, so it can be tested
and benchmarked alone. ``integration/site.py`` turns articles into stories and back.

Built for archives of tens of thousands of stories: headlines are searched and related
stories chosen in NumPy batches, and on a big archive the heavy stages are split with one
forked helper process. The graph is the same either way, whatever the order things finish in.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import chain
from typing import TypeVar

import numpy as np

from .. import processes
from .records import RESOLVED, Candidate, Graph, LinkOptions, Reference, Story, timestamp
from .related import Similarity, Subjects, merged_subjects, related_then
from .resolver import Resolver
from .retrieval import BODY_CHARS_LIMIT, Index
from .threads import Pairs, Thread, find_threads
from .words import PARALLEL_MIN_STORIES, StoryWords

#: The share of retrieval's lines this process resolves when it scores the stories for related
#: ones while the helper builds the index (the helper resolves the rest): about even work at
#: 50,000 stories, the helper's share sent back and read here counted as this process's.
RESOLVED_HERE_WITH_MEANWHILE = 0.48

T = TypeVar("T")


def build_graph(
    stories: Sequence[Story],
    options: LinkOptions | None = None,
    timings: dict[str, float] | None = None,
    memory: GraphMemory | None = None,
) -> Graph:
    """Resolve every READ MORE line, then derive related stories, backlinks and threads.

    ``timings``, when given, receives each stage's wall and CPU seconds (``<stage>_s``,
    ``<stage>_cpu_s``), for the benchmark. ``memory``: what the last call left there (a
    rebuild's), and where this one leaves the stories and graph for the next: the same
    graph comes back without linking again when no story changed in a way the graph can
    see (``_same_graph``), and only stories whose texts changed are tokenised again.
    """
    options = options or LinkOptions()
    last = memory.linked if memory is not None else None
    if memory is not None:
        memory.linked = None  # a failed build leaves nothing to trust
    if last is not None and _same_graph(last, stories, options):
        graph = last.graph
    else:
        with processes.gc_paused():
            graph = _build_graph(stories, options, timings, memory)
    if memory is not None:
        memory.linked = _Linked(options, tuple(stories), graph)
    return graph


@dataclass
class GraphMemory:
    """What a rebuild in the same process reuses of the last graph; a part of the build's memory."""

    linked: _Linked | None = None
    """The last graph with the stories and options it was made from."""
    related: tuple | None = None
    """(inputs, (related stories, threads)) of the last graph (``_related_inputs``)."""
    words: dict[bytes, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    """Each story's tokenised texts, by a hash of them (``StoryWords.of``)."""


@dataclass(frozen=True, slots=True)
class _Linked:
    """A graph with what it was made from."""

    options: LinkOptions
    stories: tuple[Story, ...]
    graph: Graph


def _same_graph(last: _Linked, stories: Sequence[Story], options: LinkOptions) -> bool:
    """Whether linking ``stories`` gives ``last.graph`` again, known without linking.

    The graph reads a story's body only through the start the index holds
    (``BODY_CHARS_LIMIT``): an edit further down a body (a typo fixed, a sentence added)
    leaves every link as it was.
    """
    if options != last.options or len(stories) != len(last.stories):
        return False
    for old, new in zip(last.stories, stories, strict=True):
        if new == old:
            continue
        if replace(new, body=old.body) != old or new.body[:BODY_CHARS_LIMIT] != old.body[:BODY_CHARS_LIMIT]:
            return False
    return True


def _build_graph(
    stories: Sequence[Story],
    options: LinkOptions,
    timings: dict[str, float] | None,
    memory: GraphMemory | None = None,
) -> Graph:
    parallel = options.parallel and _can_fork(len(stories))
    items = [(story, line, headline) for story in stories for line, headline in story.references]
    kept = memory.words if memory is not None else None
    with _timed(timings, "tokenise"), StoryWords.reading(stories, parallel, kept) as read:
        # A helper process tokenises while the lines are looked up (a stage's time is its own).
        with _timed(timings, "lookups"):
            resolver = Resolver(stories, options)
            found = [resolver.lookup(*item) for item in items]
        todo = [item for item, ref in zip(items, found, strict=True) if ref is None]
        words = read(bool(todo))  # bodies only for the index
    if timings is not None:
        timings["tokenise_s"] -= timings["lookups_s"]
        timings["tokenise_cpu_s"] -= timings["lookups_cpu_s"]
    last = memory.related if memory is not None else None

    def score_stories() -> Similarity | None:  # what choosing related stories needs of all of them
        with _timed(timings, "similarity"):
            return Similarity(stories, words) if stories else None

    # Without a last graph to reuse, related stories will surely be chosen: the stories are
    # scored for them while a helper process builds the index and resolves lines (its time
    # is its own stage's).
    meanwhile = score_stories if last is None else None
    with _timed(timings, "resolve"):
        retrieved, scorer = _retrieve(resolver, todo, words, parallel, meanwhile, timings)
        references = tuple(ref or next(retrieved) for ref in found)
    if timings is not None:
        for stage in ("index", "similarity") if meanwhile is not None else ("index",):
            timings["resolve_s"] -= timings[f"{stage}_s"]
            timings["resolve_cpu_s"] -= timings[f"{stage}_cpu_s"]

    def find_backlinks() -> dict[str, tuple[str, ...]]:
        with _timed(timings, "backlinks"):
            return _backlinks(stories, references)

    # What related stories read of the archive, kept only for a rebuild: with no memory to keep
    # it in, not gathered (that reads every story again: 0.1-0.3 s at 50,000).
    inputs = _related_inputs(stories, references, options.related_count) if memory is not None else None
    if last is not None and last[0] == inputs:
        related, threads = last[1]  # a rebuild where no story changed as related stories see it
        backlinks = find_backlinks()
    else:
        if meanwhile is None:
            scorer = score_stories()
        # Split, the helper finds the threads once both halves' pairs are known, while this
        # process writes the related cards and the backlinks.
        with ExitStack() as stack:
            with _timed(timings, "related"):
                related, threads_found = stack.enter_context(
                    related_then(
                        stories,
                        references,
                        options.related_count,
                        scorer,
                        parallel,
                        then=lambda neighbours: _threads(stories, references, neighbours, scorer),
                    )
                )
            backlinks = find_backlinks()
            with _timed(timings, "threads"):
                threads = threads_found()
    if memory is not None:
        memory.related = (inputs, (related, threads))
    thread_of = {key: thread.key for thread in threads for key in thread.stories}
    return Graph(references, related, backlinks, threads, thread_of)


def _retrieve(
    resolver: Resolver,
    todo: Sequence[tuple[Story, int, str]],
    words: StoryWords,
    parallel: bool,
    meanwhile: Callable[[], T] | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[Iterator[Reference], T | None]:
    """The lines no earlier stage decided, resolved by retrieval (in order), and ``meanwhile()``.

    The retrieval index is built from ``words`` first (timed as "index"). ``parallel``: a
    forked helper resolves part of the lines; with ``meanwhile``, it builds the index too
    (``_retrieve_beside``), else this process builds it and the helper resolves half.
    """
    if parallel and len(todo) >= 2 and meanwhile is not None:
        return _retrieve_beside(resolver, todo, words, meanwhile, timings)
    with _timed(timings, "index"):
        if todo:
            resolver.index = words.index()
    if not parallel or len(todo) < 2:
        done = meanwhile() if meanwhile is not None else None
        return iter(resolver.retrieve_all(todo)), done
    here = len(todo) // 2
    with processes.forked(
        lambda: resolver.retrieve_all(todo[here:]), pack=_references_as_tuples, unpack=_references_from_tuples
    ) as rest:
        first = resolver.retrieve_all(todo[:here])
        return chain(first, rest()), None


def _retrieve_beside(
    resolver: Resolver,
    todo: Sequence[tuple[Story, int, str]],
    words: StoryWords,
    meanwhile: Callable[[], T],
    timings: dict[str, float] | None,
) -> tuple[Iterator[Reference], T]:
    """``_retrieve`` with a forked helper that builds the index while this process runs ``meanwhile``.

    The helper hands the index over through a file in memory (mapped here, not copied: its
    arrays are read only) and resolves the later lines; this process resolves the first
    RESOLVED_HERE_WITH_MEANWHILE of them. Should the helper fail before handing it over, the
    index is built here.
    """
    here = int(len(todo) * RESOLVED_HERE_WITH_MEANWHILE)
    ready, announce = multiprocessing.get_context("fork").Pipe(duplex=False)

    def helper() -> list[Reference]:
        index = words.index()
        with suppress(OSError):  # run here (no helper): there is no one to hand it to
            index.write_to(shared)
            announce.send(True)
        resolver.index = index
        return resolver.retrieve_all(todo[here:])

    with (
        processes.scratch_file() as shared,
        ready,
        processes.forked(helper, pack=_references_as_tuples, unpack=_references_from_tuples) as rest,
    ):
        announce.close()  # the helper's end is the only one left: its exit ends the wait below
        done = meanwhile()
        with _timed(timings, "index"):
            try:
                ready.recv()
            except EOFError:  # no helper, or it failed first
                resolver.index = words.index()
            else:
                resolver.index = Index.mapped(shared)
        first = resolver.retrieve_all(todo[:here])
        return chain(first, rest()), done


def _related_inputs(stories: Sequence[Story], references: Sequence[Reference], count: int) -> tuple:
    """Everything ``related_then`` and ``Similarity`` read of the archive.

    Each story's key, date, topics, title, lede and language (not its body), and the stories each
    one's READ MORE lines link to.
    """
    return (
        count,
        tuple((s.key, s.date, s.dated, s.topics, s.title, s.lede, s.lang) for s in stories),
        tuple((r.source, r.target) for r in references if r.status == RESOLVED),
    )


def _can_fork(stories: int) -> bool:
    """Whether to split work with a forked process: a big archive, 2+ cores, fork available."""
    return stories >= PARALLEL_MIN_STORIES and processes.cores() >= 2 and processes.can_fork()


def _references_as_tuples(references: list[Reference]) -> list[tuple]:
    """References as plain tuples: these pickle ten times faster than slotted dataclasses."""
    return [
        (
            r.source,
            r.line,
            r.headline,
            r.status,
            r.target,
            r.stage,
            r.score,
            tuple((c.key, c.score) for c in r.candidates),
            r.note,
        )
        for r in references
    ]


def _references_from_tuples(rows: list[tuple]) -> list[Reference]:
    """The references back from ``_references_as_tuples``."""
    return [
        Reference(
            source,
            line,
            headline,
            status,
            target,
            stage,
            score,
            tuple(Candidate(key, value) for key, value in candidates),
            note,
        )
        for source, line, headline, status, target, stage, score, candidates, note in rows
    ]


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    """Record a stage's wall and CPU seconds in ``timings`` (when there is one)."""
    if timings is None:
        yield
        return
    wall, cpu = time.perf_counter(), _cpu_seconds()
    try:
        yield
    finally:
        timings[f"{stage}_s"] = time.perf_counter() - wall
        timings[f"{stage}_cpu_s"] = _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    spent = os.times()
    return spent.user + spent.system + spent.children_user + spent.children_system


def _backlinks(stories: Sequence[Story], references: Sequence[Reference]) -> dict[str, tuple[str, ...]]:
    """For each story, the stories whose READ MORE lines point to it, newest first."""
    dates = {s.key: s.date for s in stories}
    pointing: dict[str, set[str]] = defaultdict(set)
    for ref in references:
        if ref.status == RESOLVED:
            pointing[ref.target].add(ref.source)
    return {
        target: tuple(sorted(sources, key=lambda k: (_neg_time(dates[k]), k)))
        for target, sources in pointing.items()
    }


def _neg_time(when: datetime) -> float:
    return -timestamp(when)


def _threads(
    stories: Sequence[Story],
    references: Sequence[Reference],
    neighbours: Subjects,
    scorer: Similarity | None,
) -> tuple[Thread, ...]:
    """Story arcs (``threads.find_threads``) among each story's most similar ones and its links."""
    if scorer is None:
        return ()
    size = len(stories)
    found = [r for r in references if r.status == RESOLVED]
    linked = np.array(
        [[scorer.index_of[r.source], scorer.index_of[r.target]] for r in found], dtype=np.int64
    ).reshape(-1, 2)
    linked_codes = linked.min(axis=1) * size + linked.max(axis=1)
    # The neighbours' pairs come worked out; linked pairs among them are not worked out again.
    more = scorer.subjects(linked[~np.isin(linked_codes, neighbours[0])])
    codes, topics, words = merged_subjects([neighbours, more])
    pairs = Pairs(codes // size, codes % size, topics, words, np.isin(codes, linked_codes))
    cited = Counter(r.target for r in found)
    times = [when if story.dated else None for when, story in zip(scorer.when, stories, strict=True)]
    return find_threads(scorer.keys, times, pairs, [s.topics for s in stories], cited, scorer.topic_df())
