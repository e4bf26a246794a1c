"""The archive as a story graph: READ MORE resolution, related stories, backlinks, threads.

Pure: it works on ``Story`` records, not Pelican articles, so it can be tested
and benchmarked alone. ``site.py`` turns articles into stories and back.

Built for archives of tens of thousands of stories: headlines are searched and related
stories chosen in NumPy batches, and on a big archive the heavy stages are split with one
forked helper process. The graph is the same either way, whatever the order things finish in.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

import numpy as np

from .. import processes
from ..text.model import SeedArticle
from ..text.topics import Mention
from .judge import Features, Headline, event_agreement, first_word, lacks_a_name, read_headline
from .retrieval import (
    BODY_CHARS_LIMIT,
    Document,
    Index,
    adopt_ids,
    normalise_title,
    ragged_arange,
    sort_groups,
    stems_from,
    terms,
    tokenise,
    top_per_group,
    vocabulary_size,
)
from .threads import Pairs, Thread, find_threads

T = TypeVar("T")

#: A READ MORE line links to its best candidate when the judge's chance that it is the named
#: story is at least this ...
DEFAULT_THRESHOLD = 0.8
#: ... and the runner-up's is lower by this much, or it is ambiguous (``judge``).
DEFAULT_MARGIN = 0.1
#: An unresolved line's candidate with at least this chance is offered to readers as "Did you mean".
SUGGEST_CHANCE = 0.2
#: Below this weighted share of the headline's event in its title or lede, a story tells another event.
WEAK_EVENT = 0.5
#: Candidates whose text tells whether a headline's first word is a name, and the characters
#: before it that show it is inside a sentence (so capitalised because it is a name).
NAME_EVIDENCE = 3
INSIDE_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;:")
#: A candidate whose lede is the source's word for word, and at least this long, is the source
#: story published again (a copy the archive pass did not join): never its target.
SAME_LEDE_CHARS = 80
#: Candidates listed in the report for an unresolved or ambiguous reference.
REPORT_CANDIDATES = 3
#: Retrieval hits the judge weighs for each line.
RETRIEVAL_POOL = 10
#: A story published this many days after the one whose line names it counts as fully "later"
#: to the judge (a day later counts little; the weight grows with the log of the days).
LATER_DAYS = 365
#: Grace for clock and time-zone slips when comparing dates (seconds).
DATE_GRACE_SECONDS = 86400
#: Related stories shown at the end of each article.
DEFAULT_RELATED_COUNT = 4
#: Topics named by more than this share of the archive (or this many stories) do not
#: propose related stories: they would make every story a candidate for every other.
COMMON_TOPIC_SHARE = 0.25
COMMON_TOPIC_MAX_DF = 500
#: Candidates fully scored per story, the ones sharing the most (idf-weighted) first.
RELATED_POOL = 12
#: Lede terms in more than this many stories are not used to find related candidates.
COMMON_TERM_MAX_DF = 200
#: Days over which closeness in date fades (e-folding time).
DATE_DECAY_DAYS = 30.0
#: A lede similarity above this is worth naming as a reason.
SIMILAR_LEDE = 0.2
#: Shared topics a reason names, the most distinctive first.
REASON_TOPICS = 3
#: How a related candidate's score adds up: shared topics' idf, plus lede similarity and
#: closeness in date weighted so; closeness above SAME_TIME says "around the same time".
LEDE_WEIGHT = 3
DATE_WEIGHT = 0.5
SAME_TIME = 0.5
#: Candidate pairs of stories expanded at once when choosing related stories (memory).
RELATED_BLOCK_PAIRS = 1_000_000
#: Each story's most similar stories that threads are looked for among (``threads``).
THREAD_NEIGHBOURS = 5
#: The reason of a related story chosen for want of any similar one.
NEAREST_IN_DATE = ("Nearest in date",)
#: From this many stories on, tokenising, searching and choosing related stories are split
#: between this process and one forked from it (where the platform can fork, on 2+ cores):
#: below it, starting the process costs more than it saves.
PARALLEL_MIN_STORIES = 5_000

RESOLVED, AMBIGUOUS, UNRESOLVED = "resolved", "ambiguous", "unresolved"
#: Notes of a pinned reference that links nowhere: by decision, or because its story is gone.
NOT_IN_ARCHIVE = "pinned: not in this archive"
PINNED_TO_MISSING = "pinned to a story that is not in the archive"


@dataclass(frozen=True, slots=True)
class Story:
    """What the graph needs to know about one article."""

    key: str
    """Stable identity: the seed's path relative to the seeds folder."""
    title: str
    """The title shown (header, title line or derived)."""
    title_derived: bool
    """True when no header or title line gave the title."""
    header_title: str | None
    """The ``Title`` header, when there is one."""
    slug: str
    """The URL slug."""
    lede: str
    body: str
    date: datetime
    topics: tuple[Mention, ...] = ()
    references: tuple[tuple[int, str], ...] = ()
    """READ MORE lines as (line, headline)."""
    keywords: str = ""
    """Header tags and summary: indexed with the title, since an editor chose them."""
    dated: bool = True
    """False when neither the seed nor its file name gave a date (``date`` is then a stand-in)."""
    aliases: tuple[str, ...] = ()
    """The titles of the story's other copies (``copies``): a headline naming one links here."""


def story_from_seed(
    key: str,
    seed: SeedArticle,
    slug: str,
    date: datetime,
    mentions: tuple[Mention, ...] = (),
    dated: bool = True,
    aliases: tuple[str, ...] = (),
) -> Story:
    """The graph's view of a parsed seed (``aliases``: its copies' titles)."""
    return Story(
        key=key,
        title=seed.title,
        title_derived=seed.title_derived,
        header_title=dict(seed.header).get("title"),
        slug=slug,
        lede=seed.lede,
        body="\n".join(b.text for b in seed.blocks if b.kind != "read_more"),
        date=date,
        topics=mentions,
        references=tuple((b.line, b.text) for b in seed.read_more),
        keywords=" ".join([*seed.tags, seed.summary or "", *aliases]),
        dated=dated,
        aliases=aliases,
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A story a headline might name, with its score."""

    key: str
    score: float


@dataclass(frozen=True, slots=True)
class Reference:
    """A READ MORE line and what it was resolved to."""

    source: str
    line: int
    headline: str
    status: str
    """``resolved``, ``ambiguous`` or ``unresolved``."""
    target: str | None = None
    stage: str | None = None
    """How it was matched: pin (links file), override, exact-title, header-title, slug or retrieval."""
    score: float = 0.0
    candidates: tuple[Candidate, ...] = ()
    note: str | None = None

    @property
    def suggestions(self) -> tuple[Candidate, ...]:
        """Stories a reader may be offered for a line not linked ("Did you mean").

        An ambiguous line's candidates; an unresolved line's best ones when the judge
        gives them a fair chance (``SUGGEST_CHANCE``); never those of a pinned line.
        """
        if self.status == AMBIGUOUS:
            return self.candidates
        if self.status == UNRESOLVED and self.stage == "retrieval":
            return tuple(c for c in self.candidates if c.score >= SUGGEST_CHANCE)
        return ()


@dataclass(frozen=True, slots=True)
class RelatedStory:
    """A story shown as related, with the reasons it was chosen."""

    key: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Graph:
    """Everything ``build_graph`` learned about the archive."""

    references: tuple[Reference, ...]
    related: Mapping[str, tuple[RelatedStory, ...]] = field(default_factory=dict)
    backlinks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    threads: tuple[Thread, ...] = ()
    thread_of: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Options:
    """Tuning for resolution and related stories (from SEEDREADER_* settings)."""

    threshold: float = DEFAULT_THRESHOLD
    margin: float = DEFAULT_MARGIN
    overrides: Mapping[str, str] = field(default_factory=dict)
    """Normalised or literal headline -> story key or slug ("" forces unresolved), in any seed."""
    pins: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(source seed key, normalised headline) -> story key or slug, or "" for "not in this
    archive": an editor's decision (the links file). A pin wins over ``overrides``."""
    related_count: int = DEFAULT_RELATED_COUNT
    parallel: bool = True
    """Split the heavy stages with a forked process on big archives (same graph either way)."""


def build_graph(
    stories: Sequence[Story],
    options: Options | None = None,
    timings: dict[str, float] | None = None,
    remember: bool = False,
) -> Graph:
    """Resolve every READ MORE line, then derive related stories, backlinks and threads.

    ``timings``, when given, receives each stage's wall and CPU seconds (``<stage>_s``,
    ``<stage>_cpu_s``), for the benchmark. ``remember``: keep the stories and graph for the
    next call in this process (a rebuild), which returns the same graph without linking
    again when no story changed in a way the graph can see (``_same_graph``).
    """
    options = options or Options()
    last, _LAST_GRAPH[0] = _LAST_GRAPH[0], None
    if last is not None and _same_graph(last, stories, options):
        graph = last.graph
    else:
        with processes.gc_paused():
            graph = _build_graph(stories, options, timings, remember)
    if remember:
        _LAST_GRAPH[0] = _Linked(options, tuple(stories), graph)
    return graph


@dataclass(frozen=True, slots=True)
class _Linked:
    """A graph with what it was made from."""

    options: Options
    stories: tuple[Story, ...]
    graph: Graph


#: The last graph ``build_graph`` was asked to remember, if any.
_LAST_GRAPH: list[_Linked | None] = [None]


def _same_graph(last: _Linked, stories: Sequence[Story], options: Options) -> bool:
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
    stories: Sequence[Story], options: Options, timings: dict[str, float] | None, remember: bool = False
) -> Graph:
    parallel = options.parallel and _can_fork(len(stories))
    items = [(story, line, headline) for story in stories for line, headline in story.references]
    with _timed(timings, "lookups"):
        resolver = Resolver(stories, options)
        found = [resolver.lookup(*item) for item in items]
    todo = [item for item, ref in zip(items, found, strict=True) if ref is None]
    with _timed(timings, "tokenise"):
        # Bodies only for the index.
        words = StoryWords.of(stories, parallel, bodies=bool(todo), remember=remember)
    with _timed(timings, "index"):
        if todo:
            resolver.index = words.index()
    with _timed(timings, "resolve"):
        parts = _in_halves(
            lambda start, stop: resolver.retrieve_all(todo[start:stop]),
            len(todo),
            parallel,
            pack=_references_as_tuples,
            unpack=_references_from_tuples,
        )
        retrieved = iter([ref for part in parts for ref in part])
        references = tuple(ref or next(retrieved) for ref in found)
    with _timed(timings, "backlinks"):
        backlinks = _backlinks(stories, references)
    inputs = _related_inputs(stories, references, options.related_count)
    last = _LAST_RELATED[0]
    if last is not None and last[0] == inputs:
        related, threads = last[1]  # a rebuild where no story changed as related stories see it
    else:
        with _timed(timings, "similarity"):  # what choosing related stories needs of all of them
            scorer = _Similarity(stories, words) if stories else None
        with _timed(timings, "related"):
            related, neighbours = _related(stories, references, options.related_count, scorer, parallel)
        with _timed(timings, "threads"):
            threads = _threads(stories, references, neighbours, scorer)
    _LAST_RELATED[0] = (inputs, (related, threads)) if remember else None
    thread_of = {key: thread.key for thread in threads for key in thread.stories}
    return Graph(references, related, backlinks, threads, thread_of)


#: (inputs, related stories) of the last graph made to be remembered (``build_graph``).
_LAST_RELATED: list = [None]


def _related_inputs(stories: Sequence[Story], references: Sequence[Reference], count: int) -> tuple:
    """Everything ``_related`` and ``_Similarity`` read of the archive.

    Each story's key, date, topics, title and lede (not its body), and the stories each
    one's READ MORE lines link to.
    """
    return (
        count,
        tuple((s.key, s.date, s.dated, s.topics, s.title, s.lede) for s in stories),
        tuple((r.source, r.target) for r in references if r.status == RESOLVED),
    )


def _can_fork(stories: int) -> bool:
    """Whether to split work with a forked process: a big archive, 2+ cores, fork available."""
    return stories >= PARALLEL_MIN_STORIES and processes.cores() >= 2 and processes.can_fork()


def _in_halves(
    work: Callable[[int, int], T],
    size: int,
    parallel: bool,
    pack: Callable[[T], object] | None = None,
    unpack: Callable[[object], T] | None = None,
) -> list[T]:
    """``work(start, stop)`` over ``range(size)``, in two halves when ``parallel``.

    The second half runs in a forked helper process, the first here meanwhile; the results
    come back in order, whichever finished first (see ``processes.forked``).
    """
    if not parallel or size < 2:
        return [work(0, size)]
    middle = size // 2
    with processes.forked(lambda: work(middle, size), pack=pack, unpack=unpack) as second:
        first = work(0, middle)
        return [first, second()]


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


#: The fields of a story read once for retrieval and related stories, in this order.
WORD_FIELDS = ("title", "keywords", "lede", "body")
#: A hash of a story's texts as ``StoryWords.of`` reads them -> (stem ids, count per field),
#: from the last call in this process.
_WORDS: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}


@dataclass(frozen=True, slots=True)
class StoryWords:
    """Every story's words as stem ids, read once for the retrieval index and related stories."""

    ids: np.ndarray
    """All stem ids in a row (-1 for stopwords): each story's WORD_FIELDS in turn."""
    counts: np.ndarray
    """How many ids each field has: one row per story, one column per field."""

    @classmethod
    def of(
        cls, stories: Sequence[Story], parallel: bool = False, bodies: bool = True, remember: bool = False
    ) -> StoryWords:
        """Tokenise the stories (each body only as far as the index reads it, if at all).

        A story whose texts are as in the last call that was to ``remember`` is not
        tokenised again (``_WORDS``; ids stay valid, the vocabulary only grows): a rebuild
        after an edit tokenises the edited stories only.
        """
        body_chars = BODY_CHARS_LIMIT if bodies else 0
        texts = [(s.title, s.keywords, s.lede, s.body[:body_chars]) for s in stories]
        keys = [
            hashlib.blake2b("\0".join(t).encode("utf-8", "surrogatepass"), digest_size=16).digest()
            for t in texts
        ]
        missing = [i for i, key in enumerate(keys) if key not in _WORDS]
        if missing:
            first = vocabulary_size()

            def work(start: int, stop: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
                ids, counts = tokenise(text for i in missing[start:stop] for text in texts[i])
                return ids, counts, stems_from(first)

            parts = _in_halves(work, len(missing), parallel and len(missing) >= PARALLEL_MIN_STORIES)
            ids = np.concatenate([adopt_ids(ids, first, stems) for ids, _, stems in parts])
            counts = np.concatenate([c for _, c, _ in parts]).reshape(len(missing), len(WORD_FIELDS))
            ends = np.cumsum(counts.sum(axis=1))
            for row, i in enumerate(missing):
                _WORDS[keys[i]] = (ids[ends[row] - counts[row].sum() : ends[row]], counts[row])
        found = [_WORDS[key] for key in keys]
        _WORDS.clear()  # only this call's stories are kept for the next one
        if remember:
            _WORDS.update(zip(keys, found, strict=True))
        if not found:
            return cls(np.zeros(0, dtype=np.int32), np.zeros((0, len(WORD_FIELDS)), dtype=np.int64))
        return cls(np.concatenate([f[0] for f in found]), np.stack([f[1] for f in found]))

    def index(self) -> Index:
        """The retrieval index: title and keywords are one field (an editor chose both)."""
        title, keywords, lede, body = self.counts.T
        fields = np.stack([title + keywords, lede, body], axis=1).ravel()
        return Index.from_term_ids(len(self.counts), self.ids, fields)

    def of_fields(self, *names: str) -> tuple[np.ndarray, np.ndarray]:
        """The ids of these fields of every story, stopwords left out, and each id's story."""
        stories = len(self.counts)
        columns = [WORD_FIELDS.index(name) for name in names]
        starts = (np.cumsum(self.counts.ravel()) - self.counts.ravel()).reshape(self.counts.shape)
        lengths = self.counts[:, columns].ravel()
        ids = self.ids[ragged_arange(starts[:, columns].ravel(), lengths)]
        story = np.repeat(np.repeat(np.arange(stories), len(columns)), lengths)
        return ids[ids >= 0], story[ids >= 0]


class Resolver:
    """Resolves headlines in stages: override, exact title, header title or slug, retrieval."""

    def __init__(self, stories: Sequence[Story], options: Options):
        self.stories = list(stories)
        self.options = options
        self.position = {s.key: i for i, s in enumerate(self.stories)}
        self.when = [_timestamp(s.date) for s in self.stories]
        self.dated = np.array([s.dated for s in self.stories], dtype=bool)
        self.by_slug = {s.slug: s.key for s in self.stories}
        self.by_title: dict[str, list[str]] = defaultdict(list)
        self.by_header_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for story in self.stories:
            self.by_title[normalise_title(story.title)].append(story.key)
            for alias in story.aliases:  # the title of a copy: a name of the same story
                self.by_title[normalise_title(alias)].append(story.key)
            if story.header_title:
                self.by_header_words[tuple(terms(story.header_title))].append(story.key)
        self.overrides = {normalise_title(k): v for k, v in options.overrides.items()}
        self.pins = {(source, normalise_title(headline)): v for (source, headline), v in options.pins.items()}
        self._index: Index | None = None
        self._headlines: dict[tuple[str, bool], Headline] = {}
        self._names: dict[tuple[str, tuple[int, ...]], bool] = {}
        self._ledes: dict[int, str] = {}

    @property
    def index(self) -> Index:
        """The retrieval index, built on first use (many archives never need it)."""
        if self._index is None:
            self._index = Index([Document(f"{s.title} {s.keywords}", s.lede, s.body) for s in self.stories])
        return self._index

    @index.setter
    def index(self, index: Index) -> None:
        """Use an index built elsewhere (``StoryWords.index``, from words read once)."""
        self._index = index

    def resolve(self, story: Story, line: int, headline: str) -> Reference:
        """Resolve one READ MORE line of ``story``."""
        return self.lookup(story, line, headline) or self.retrieve_all([(story, line, headline)])[0]

    def lookup(self, story: Story, line: int, headline: str) -> Reference | None:
        """The stages before retrieval (override, titles, slug); None when none decides."""
        norm = normalise_title(headline)
        base = {"source": story.key, "line": line, "headline": headline}
        pin = self.pins.get((story.key, norm))
        if pin is not None:
            return self._override(story, base, pin, "pin")
        if norm in self.overrides:
            return self._override(story, base, self.overrides[norm])
        stages = (  # each looked up only when the ones before it found nothing
            ("exact-title", lambda: self.by_title.get(norm, [])),
            ("header-title", lambda: self.by_header_words.get(tuple(terms(headline)), [])),
            ("slug", lambda: [self.by_slug[s] for s in [_slug_of(norm)] if s in self.by_slug]),
        )
        for stage, keys in stages:
            found = self._decide(story, base, stage, keys())
            if found:
                return found
        return None

    def retrieve_all(self, items: Sequence[tuple[Story, int, str]]) -> list[Reference]:
        """The last stage for many lines at once: retrieval proposes, the editor's model judges.

        Each headline is searched in the index; its candidates (``RETRIEVAL_POOL``) are
        weighed together (``judge``): whether each tells the headline's event, has its
        names, and came before the story whose line names it.
        """
        if not items:
            return []
        hits, features = self.weigh(items)
        chances = features.chances()
        lacks, front = features.lacks_name.tolist(), features.event_front.tolist()
        later = features.later.tolist()
        # Each line's candidates best first (by chance, then position): sorted once for all.
        order = np.lexsort((features.story, -chances, features.line)).tolist()
        bounds = np.searchsorted(features.line[order], np.arange(len(items) + 1)).tolist()
        doc_list, chance_list = features.story.tolist(), chances.tolist()
        references = []
        for q, (story, line, headline) in enumerate(items):
            source = self.position[story.key]
            base = {"source": story.key, "line": line, "headline": headline}
            ranked = order[bounds[q] : bounds[q + 1]]
            # The story itself, or a copy of it, is not what its line names.
            ranked = [j for j in ranked if not self._same_story(source, doc_list[j])]
            scored = [
                (chance_list[j], doc_list[j], lacks[j], front[j], later[j] > 0)
                for j in ranked[:REPORT_CANDIDATES]
            ]
            references.append(self._judged(base, scored))
        return references

    def weigh(
        self, items: Sequence[tuple[Story, int, str]]
    ) -> tuple[list[list[tuple[int, float]]], Features]:
        """Each line's candidates (story position, retrieval share) and what the judge weighs of them.

        The features have one row per candidate, line by line (``bench/calibrate.py`` fits
        the judge's weights on them).
        """
        index = self.index
        sources = [self.position[story.key] for story, _, _ in items]
        hits = index.search_many([headline for _, _, headline in items], sources, RETRIEVAL_POOL)
        headlines = [
            self._headline(headline, found) for (_, _, headline), found in zip(items, hits, strict=True)
        ]
        pair_query = np.repeat(np.arange(len(items)), [len(found) for found in hits])
        pair_doc = np.array([i for found in hits for i, _ in found], dtype=np.int64)
        lacks = lacks_a_name(index, headlines, pair_query, pair_doc)
        front, anywhere, distinct = event_agreement(index, headlines, pair_query, pair_doc, ~lacks)
        when = np.array(self.when)
        source_of = np.array(sources, dtype=np.int64)[pair_query]
        # Date order only between stories that both have a date (an undated one has a stand-in).
        days = (when[pair_doc] - when[source_of] - DATE_GRACE_SECONDS) / 86400
        later = np.where(
            self.dated[pair_doc] & self.dated[source_of] & (days > 0),
            np.log1p(np.maximum(days, 0)) / math.log1p(LATER_DAYS),
            0.0,
        )
        share = np.array([score for found in hits for _, score in found])
        return hits, Features(pair_query, pair_doc, share, front, anywhere, distinct, later, lacks)

    def _judged(self, base: dict, scored: list[tuple[float, int, bool, float, bool]]) -> Reference:
        """The verdict on a headline's candidates, best first.

        Each as (chance, story position, lacks a name, event in its title or lede, published
        later than the line's story). A later story is not linked over an earlier one that may
        well be the one named (a chance of ``SUGGEST_CHANCE`` or more): a line is written
        before the stories that come after it, and a later story often retells the event.
        """
        candidates = tuple(
            Candidate(self.stories[i].key, round(chance, 4)) for chance, i, *_ in scored[:REPORT_CANDIDATES]
        )
        if not scored:
            return Reference(**base, status=UNRESOLVED, stage="retrieval", note="no story shares its words")
        chance, best, lacks, event, later = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if (
            later
            and chance >= self.options.threshold
            and any(not other_later and other >= SUGGEST_CHANCE for other, _, _, _, other_later in scored[1:])
        ):
            return Reference(
                **base,
                status=AMBIGUOUS,
                stage="retrieval",
                score=round(chance, 4),
                candidates=candidates,
                note="a story published before it may be the one named",
            )
        if chance < self.options.threshold:
            note = (
                "the closest story lacks a name it gives"
                if lacks
                else "the stories sharing its names tell another event"
                if event < WEAK_EVENT
                else "the closest story may be the one named, not surely: offered as Did you mean"
                if chance >= SUGGEST_CHANCE
                else "no story matches it closely enough"
            )
            return Reference(
                **base,
                status=UNRESOLVED,
                stage="retrieval",
                score=round(chance, 4),
                candidates=candidates,
                note=note,
            )
        if chance - runner_up < self.options.margin:
            close = tuple(
                c
                for c, (other, *_) in zip(candidates, scored, strict=False)
                if chance - other < self.options.margin
            )
            return Reference(
                **base,
                status=AMBIGUOUS,
                stage="retrieval",
                score=round(chance, 4),
                candidates=close,
                note="two or more stories match about as well",
            )
        return Reference(
            **base,
            status=RESOLVED,
            target=self.stories[best].key,
            stage="retrieval",
            score=round(chance, 4),
            candidates=candidates,
        )

    def _headline(self, headline: str, found: list[tuple[int, float]]) -> Headline:
        """A headline as the judge reads it; its first word's case judged from its candidates' text.

        Remembered by the headline and that judgement, which depends on the line's own
        candidates only: a line reads the same whatever was judged before it (or in the
        other half of a split run).
        """
        first = first_word(headline)
        is_name = bool(first) and self._is_name(first, tuple(i for i, _ in found[:NAME_EVIDENCE]))
        known = self._headlines.get((headline, is_name))
        if known is None:
            known = self._headlines[headline, is_name] = read_headline(headline, is_name)
        return known

    def _is_name(self, word: str, candidates: tuple[int, ...]) -> bool:
        """Whether a headline's first word is a name: capitalised inside a candidate's sentences."""
        known = self._names.get((word, candidates))
        if known is None:
            known = self._names[word, candidates] = any(
                _inside_a_sentence(word, text)
                for i in candidates
                for text in (self.stories[i].lede, self.stories[i].body[:BODY_CHARS_LIMIT])
            )
        return known

    def _same_story(self, source: int, candidate: int) -> bool:
        """Whether a candidate is the source story published again (its lede word for word)."""
        one, other = len(self.stories[source].lede), len(self.stories[candidate].lede)
        if abs(one - other) > max(one, other) // 10:  # not the same words: no need to compare them
            return False
        first, second = self._lede_of(source), self._lede_of(candidate)
        return len(first) >= SAME_LEDE_CHARS and first == second

    def _lede_of(self, i: int) -> str:
        known = self._ledes.get(i)
        if known is None:
            known = self._ledes[i] = " ".join(self.stories[i].lede.lower().split())
        return known

    def _override(self, story: Story, base: dict, target: str, stage: str = "override") -> Reference:
        """A headline pinned by an override or the links file (``stage``)."""
        if not target:
            return Reference(**base, status=UNRESOLVED, stage=stage, note=NOT_IN_ARCHIVE)
        key = target if target in self.position else self.by_slug.get(target)
        if not key:
            return Reference(**base, status=UNRESOLVED, stage=stage, note=PINNED_TO_MISSING)
        if key == story.key:
            return Reference(**base, status=UNRESOLVED, stage=stage, note="pinned to itself")
        return Reference(**base, status=RESOLVED, target=key, stage=stage, score=1.0)

    def _decide(self, story: Story, base: dict, stage: str, keys: list[str]) -> Reference | None:
        """A stage's verdict: one other story resolves, several are ambiguous, none passes on."""
        if not keys:
            return None
        source = self.position[story.key]
        # A copy of the source (its lede word for word) is the source itself.
        others = sorted(k for k in set(keys) - {story.key} if not self._same_story(source, self.position[k]))
        if len(others) == 1:
            return Reference(**base, status=RESOLVED, target=others[0], stage=stage, score=1.0)
        if len(others) > 1:
            candidates = tuple(Candidate(k, 1.0) for k in others)
            return Reference(
                **base,
                status=AMBIGUOUS,
                stage=stage,
                score=1.0,
                candidates=candidates,
                note="several stories have this title",
            )
        # The only match is the story itself.
        return Reference(**base, status=UNRESOLVED, stage=stage, note="names this story itself")


def _inside_a_sentence(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word after a lower-case word or a comma."""
    at = text.find(" " + word)
    while at > 0:
        end = at + 1 + len(word)
        if text[at - 1] in INSIDE_SENTENCE and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(" " + word, end)
    return False


def _slug_of(norm: str) -> str:
    return norm.replace(" ", "-")


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
    return -_timestamp(when)


def _timestamp(when: datetime) -> float:
    """Seconds since the epoch; naive dates count as UTC so they compare with aware ones."""
    if when.tzinfo is None:
        return (when - datetime(1970, 1, 1)).total_seconds()
    return when.timestamp()


def _threads(
    stories: Sequence[Story],
    references: Sequence[Reference],
    neighbours: Sequence[tuple[int, int]],
    scorer: _Similarity | None,
) -> tuple[Thread, ...]:
    """Story arcs (``threads.find_threads``) among each story's most similar ones and its links."""
    if scorer is None:
        return ()
    size = len(stories)
    found = [r for r in references if r.status == RESOLVED]
    linked = np.array(
        [[scorer.index_of[r.source], scorer.index_of[r.target]] for r in found], dtype=np.int64
    ).reshape(-1, 2)
    every = np.concatenate([np.array(neighbours, dtype=np.int64).reshape(-1, 2), linked])
    every = every[every[:, 0] != every[:, 1]]
    codes = np.unique(every.min(axis=1) * size + every.max(axis=1))  # each pair once, in order
    first, second = codes // size, codes % size
    topics, words = scorer.subject(first, second)
    linked_codes = linked.min(axis=1) * size + linked.max(axis=1)
    pairs = Pairs(first, second, topics, words, np.isin(codes, linked_codes))
    cited = Counter(r.target for r in found)
    times = [when if story.dated else None for when, story in zip(scorer.when, stories, strict=True)]
    return find_threads(scorer.keys, times, pairs, [s.topics for s in stories], cited, scorer.topic_df())


def _related(
    stories: Sequence[Story],
    references: Sequence[Reference],
    count: int,
    scorer: _Similarity | None = None,
    parallel: bool = False,
) -> tuple[dict[str, tuple[RelatedStory, ...]], list[tuple[int, int]]]:
    """READ MORE targets first, then stories sharing topics, lede words and dates.

    Also each story's THREAD_NEIGHBOURS most similar stories, as pairs of positions: what
    threads are found among (a story's best picks are the same however many are asked for).
    """
    linked: dict[str, list[str]] = defaultdict(list)
    for ref in references:
        if ref.status == RESOLVED and ref.target not in linked[ref.source]:
            linked[ref.source].append(ref.target)
    chosen = {
        s.key: [RelatedStory(key, ("Linked in this story",)) for key in linked[s.key][:count]]
        for s in stories
    }
    neighbours: list[tuple[int, int]] = []
    if stories:
        scorer = scorer or _Similarity(stories)
        sources = list(range(len(stories)))
        shown = [count - len(chosen[s.key]) for s in stories]
        wanted = [max(n, THREAD_NEIGHBOURS) for n in shown]
        taken = [{s.key, *linked[s.key]} for s in stories]

        def work(start: int, stop: int) -> dict[int, list[tuple[str, tuple[str, ...]]]]:
            return scorer.best_many(sources[start:stop], wanted[start:stop], taken[start:stop])

        for part in _in_halves(work, len(sources), parallel):
            for i, found in part.items():
                chosen[stories[i].key] += [RelatedStory(key, reasons) for key, reasons in found[: shown[i]]]
                neighbours += [
                    (i, scorer.index_of[key]) for key, reasons in found if reasons != NEAREST_IN_DATE
                ]
    return {key: tuple(items) for key, items in chosen.items()}, neighbours


class _Similarity:
    """Scores pairs of stories by shared topics, lede similarity and closeness in date.

    All stories are scored together: topics and lede words that few stories share
    propose candidate pairs (a sparse product, added up by NumPy in blocks), and each
    story's RELATED_POOL best-overlapping candidates are scored in full. Every sum is
    added up in the order a story-by-story loop over dicts would use, so scores and
    ties come out the same as such a loop's, to the last bit.
    """

    def __init__(self, stories: Sequence[Story], words: StoryWords | None = None):
        self.stories = list(stories)
        self.size = n = len(self.stories)
        self.keys = [s.key for s in self.stories]
        self.rank = np.empty(n, dtype=np.int64)
        self.rank[sorted(range(n), key=self.keys.__getitem__)] = np.arange(n)
        self.index_of = {key: i for i, key in enumerate(self.keys)}
        self.when = [_timestamp(s.date) for s in self.stories]
        self.when_array = np.array(self.when, dtype=np.float64)
        self.order = sorted(range(n), key=lambda i: (self.when[i], self.keys[i]))
        self.times = [self.when[i] for i in self.order]
        topic_rows = self._topics()
        term_rows = self._terms(words or StoryWords.of(self.stories))
        self._rows(topic_rows, term_rows)

    def _topics(self) -> tuple[np.ndarray, np.ndarray]:
        """Topic ids in (-idf, name) order, the order reasons name them; each story's (story, topic)."""
        names = [dict.fromkeys(m.name for m in s.topics) for s in self.stories]
        first_seen: dict[str, int] = {}
        seen_id = np.fromiter(
            (first_seen.setdefault(name, len(first_seen)) for story_names in names for name in story_names),
            dtype=np.int64,
        )
        df = np.bincount(seen_id, minlength=len(first_seen)).tolist()
        unique = list(first_seen)
        # By (-idf, name): idf falls as df grows, so by df, then name (two sorts with cheap keys).
        by_name = sorted(range(len(unique)), key=unique.__getitem__)
        ordered = sorted(by_name, key=df.__getitem__)
        self.topic_names = [unique[k] for k in ordered]
        size = max(self.size, 1)
        common = max(min(COMMON_TOPIC_SHARE * size, COMMON_TOPIC_MAX_DF), 2)
        self.topic_idf = [math.log(1 + size / df[k]) for k in ordered]
        self.topic_proposes = [df[k] <= common for k in ordered]
        rank = np.empty(len(unique), dtype=np.int64)
        rank[ordered] = np.arange(len(unique))
        story = np.repeat(np.arange(self.size), [len(story_names) for story_names in names])
        return story, rank[seen_id]

    def _terms(self, words: StoryWords) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Each story's title and lede as a bag of terms: rows of (story, term, count, position).

        Terms come in the order a Counter of the story's words keeps them; their idf, its
        square (as the cosine uses it) and each story's vector norm are kept too.
        """
        ids, story = words.of_fields("title", "lede")
        vocabulary = int(ids.max()) + 1 if len(ids) else 1
        order, pairs, _, firsts = sort_groups(story * vocabulary + ids)
        counts = np.diff(np.append(firsts, len(order)))
        # Distinct terms by where each is first seen: story by story, in text order.
        seen = np.argsort(order[firsts])
        story, term, counts = pairs[seen] // vocabulary, pairs[seen] % vocabulary, counts[seen]
        df = np.bincount(term, minlength=vocabulary)
        used = np.flatnonzero(df)
        term = np.searchsorted(used, term)
        size = max(self.size, 1)
        self.term_idf = [math.log(1 + size / count) for count in df[used].tolist()]
        self.term_idf_squared = [idf**2 for idf in self.term_idf]
        self.term_proposes = ((df[used] > 1) & (df[used] <= COMMON_TERM_MAX_DF)).tolist()
        per_story = np.bincount(story, minlength=self.size)
        position = np.arange(len(term)) - np.repeat(np.cumsum(per_story) - per_story, per_story)
        self.length = per_story
        weights = (counts * np.array(self.term_idf)[term]).tolist()
        norms = np.sqrt(np.bincount(story, weights=[w**2 for w in weights], minlength=self.size))
        self.norm = np.where(norms > 0, norms, 1.0)
        return story, term, counts, position

    def _rows(self, topic_rows: tuple[np.ndarray, ...], term_rows: tuple[np.ndarray, ...]) -> None:
        """One row per (story, feature): topics are features 0.., terms follow them."""
        topics = len(self.topic_names)
        topic_story, topic = topic_rows
        term_story, term, counts, position = term_rows
        # Each story's topics, then its terms: the order its overlap with others is added in.
        order, _, _, _ = sort_groups(np.concatenate([topic_story, term_story]))
        self.row_story = np.concatenate([topic_story, term_story])[order]
        self.row_feature = np.concatenate([topic, term + topics])[order]
        self.row_count = np.concatenate([np.ones_like(topic), counts])[order]
        self.row_position = np.concatenate([np.zeros_like(topic), position])[order]
        self.topics = topics
        self.weight = np.array(self.topic_idf + self.term_idf)
        self.weight_squared = np.array([0.0] * topics + self.term_idf_squared)
        self.topic_norm = np.sqrt(
            np.bincount(topic_story, weights=self.weight[topic] ** 2, minlength=self.size)
        )
        proposes = np.array(self.topic_proposes + self.term_proposes, dtype=bool)
        features = len(proposes)
        # Postings: the rows of each feature, story by story.
        by_feature, _, _, _ = sort_groups(self.row_feature)
        self.posting_row = by_feature
        self.posting_story = self.row_story[by_feature]
        df = np.bincount(self.row_feature, minlength=features)
        self.posting_start = np.concatenate([[0], np.cumsum(df)])
        self.df = df
        # Each story's proposing rows, and its other rows that another story may share.
        rows = np.arange(len(self.row_story))
        self.proposing = _by_story(rows[proposes[self.row_feature]], self.row_story, self.size)
        self.lookup = _by_story(
            rows[~proposes[self.row_feature] & (df[self.row_feature] > 1)], self.row_story, self.size
        )
        self._row_of = np.full(self.size, -1, dtype=np.int64)  # scratch: one feature's row per story

    def best_many(
        self, sources: Sequence[int], counts: Sequence[int], taken: Sequence[set[str]]
    ) -> dict[int, list[tuple[str, tuple[str, ...]]]]:
        """For each source story (by position), up to its count of (key, reasons), best first.

        ``taken`` holds each source's keys to leave out (itself, what it links to). Never
        short while stories remain: the nearest in date fill up what similarity leaves.
        """
        sources = np.asarray(sources, dtype=np.int64)
        rows, starts = self.proposing
        lengths = starts[sources + 1] - starts[sources]
        # Blocks of sources whose candidate pairs fit in memory together.
        features = self.row_feature[rows[ragged_arange(starts[sources], lengths)]]
        cost = np.bincount(
            np.repeat(np.arange(len(sources)), lengths), weights=self.df[features], minlength=len(sources)
        )
        block = np.cumsum(cost) // RELATED_BLOCK_PAIRS
        picks: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        for part in np.split(np.arange(len(sources)), np.flatnonzero(np.diff(block)) + 1):
            if len(part):
                self._best_block(sources[part], [counts[i] for i in part], [taken[i] for i in part], picks)
        return picks

    def _best_block(
        self,
        sources: np.ndarray,
        counts: list[int],
        taken: list[set[str]],
        picks: dict[int, list[tuple[str, tuple[str, ...]]]],
    ) -> None:
        """``best_many`` for one block: pairs proposed, the best overlaps pooled, scored, picked."""
        pairs = self._overlap(sources)
        skip = np.array(
            [
                g * self.size + self.index_of[key]
                for g, keys in enumerate(taken)
                for key in keys
                if key in self.index_of
            ],
            dtype=np.int64,
        )
        keep = np.flatnonzero(~np.isin(pairs.source * self.size + pairs.other, skip))
        pool = keep[
            top_per_group(
                pairs.source[keep],
                pairs.overlap[keep],
                self.rank[pairs.other[keep]],
                RELATED_POOL,
                len(sources),
            )
        ]
        scores = self._score(sources[pairs.source[pool]], pairs.other[pool], *pairs.shared(pool))
        # Each source's best-scored pairs, then by key (those with nothing to say score 0: left out).
        related = np.flatnonzero(scores.score > 0)
        best = related[
            top_per_group(
                pairs.source[pool][related],
                scores.score[related],
                self.rank[pairs.other[pool]][related],
                max(counts),
                len(sources),
            )
        ]
        bounds = np.searchsorted(pairs.source[pool][best], np.arange(len(sources) + 1)).tolist()
        best_list, other = best.tolist(), pairs.other[pool].tolist()
        for g, source in enumerate(sources.tolist()):
            chosen = [
                (self.keys[other[j]], scores.reasons(j, self.topic_names))
                for j in best_list[bounds[g] : min(bounds[g + 1], bounds[g] + counts[g])]
            ]
            if len(chosen) < counts[g]:
                chosen += self._nearest_in_date(
                    source, counts[g] - len(chosen), taken[g] | {key for key, _ in chosen}
                )
            picks[source] = chosen

    def _overlap(self, sources: np.ndarray) -> _Pairs:
        """Every pair (source, other story) sharing a proposing feature, with its idf-weighted overlap."""
        rows, starts = self.proposing
        lengths = starts[sources + 1] - starts[sources]
        own = rows[ragged_arange(starts[sources], lengths)]
        feature = self.row_feature[own]
        df = self.df[feature]
        other_row = self.posting_row[ragged_arange(self.posting_start[feature], df)]
        source = np.repeat(np.repeat(np.arange(len(sources)), lengths), df)
        order, keys, group, firsts = sort_groups(source * self.size + self.row_story[other_row])
        # bincount adds in input order: each pair's features in its source's row order.
        overlap = np.bincount(group, weights=np.repeat(self.weight[feature], df)[order])
        return _Pairs(
            keys // self.size, keys % self.size, overlap, firsts, np.repeat(own, df)[order], other_row[order]
        )

    def _score(
        self,
        source: np.ndarray,
        other: np.ndarray,
        pair: np.ndarray,
        source_row: np.ndarray,
        other_row: np.ndarray,
    ) -> _Scores:
        """Score pairs in full, from the rows they share through proposing features (given) and others."""
        pair, source_row, other_row = self._look_up_shared(source, other, pair, source_row, other_row)
        count = len(source)
        feature = self.row_feature[source_row]
        topic = feature < self.topics
        # Shared topics in id order, the most distinctive first.
        topics = max(self.topics, 1)
        _, keys, _, _ = sort_groups(pair[topic] * topics + feature[topic])
        topic_pair, topic_id = keys // topics, keys % topics
        topic_score = np.bincount(topic_pair, weights=self.weight[topic_id], minlength=count)
        topic_count = np.bincount(topic_pair, minlength=count)
        # Lede cosine: the shared terms added up in the order of the shorter vector (the source's on a tie).
        term_pair, term_source, term_other = pair[~topic], source_row[~topic], other_row[~topic]
        source_first = self.length[source[term_pair]] <= self.length[other[term_pair]]
        place = np.where(source_first, self.row_position[term_source], self.row_position[term_other])
        order, _, _, _ = sort_groups(term_pair * (int(self.length.max()) + 1) + place)
        products = (self.row_count[term_source] * self.row_count[term_other]).astype(
            np.float64
        ) * self.weight_squared[self.row_feature[term_source]]
        dot = np.bincount(term_pair[order], weights=products[order], minlength=count)
        cosine = dot / (self.norm[source] * self.norm[other])
        days = np.abs(self.when_array[source] - self.when_array[other]) / 86400
        closeness = np.fromiter(
            map(math.exp, (-days / DATE_DECAY_DAYS).tolist()), dtype=np.float64, count=count
        )
        score = topic_score + LEDE_WEIGHT * cosine + DATE_WEIGHT * closeness
        score[(topic_count == 0) & (cosine < SIMILAR_LEDE)] = 0.0  # nothing worth saying: not related
        topic_start = np.cumsum(topic_count) - topic_count
        return _Scores(
            score,
            cosine.tolist(),
            closeness.tolist(),
            topic_start.tolist(),
            topic_count.tolist(),
            topic_id.tolist(),
        )

    def topic_df(self) -> dict[str, int]:
        """How many stories name each topic."""
        return dict(zip(self.topic_names, self.df[: self.topics].tolist(), strict=True))

    def subject(self, source: np.ndarray, other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """How far each pair (``source[i]``, ``other[i]``) is about the same thing, two ways.

        The cosine of their topic sets (each topic weighted by its idf) and of their titles
        and ledes (as related stories score it), both from 0 to 1.
        """
        empty = np.empty(0, dtype=np.int64)
        pair, source_row, other_row = self._look_up_shared(source, other, empty, empty, empty, self.proposing)
        pair, source_row, other_row = self._look_up_shared(source, other, pair, source_row, other_row)
        count = len(source)
        feature = self.row_feature[source_row]
        topic = feature < self.topics
        shared = np.bincount(pair[topic], weights=self.weight[feature[topic]] ** 2, minlength=count)
        norms = self.topic_norm[source] * self.topic_norm[other]
        topics = np.divide(shared, norms, out=np.zeros(count), where=norms > 0)
        words = ~topic
        products = (self.row_count[source_row[words]] * self.row_count[other_row[words]]).astype(
            np.float64
        ) * self.weight_squared[feature[words]]
        dot = np.bincount(pair[words], weights=products, minlength=count)
        text = dot / (self.norm[source] * self.norm[other])
        return topics, text

    def _look_up_shared(
        self,
        source: np.ndarray,
        other: np.ndarray,
        pair: np.ndarray,
        source_row: np.ndarray,
        other_row: np.ndarray,
        rows_of: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Add the rows pairs share through common features (too common to propose), looked up.

        ``rows_of``: look up these rows of each story instead (``self.proposing``, say).
        """
        rows, starts = rows_of or self.lookup
        lengths = starts[source + 1] - starts[source]
        own = rows[ragged_arange(starts[source], lengths)]
        if not len(own):  # no common features to look up (small archives)
            return pair, source_row, other_row
        own_pair = np.repeat(np.arange(len(source)), lengths)
        # Feature by feature: its rows spread over a story-indexed array, each pair's other story looked up.
        order, features, _, firsts = sort_groups(self.row_feature[own])
        own, own_pair = own[order], own_pair[order]
        found = np.empty(len(own), dtype=np.int64)
        ends = np.append(firsts[1:], len(own))
        others = other[own_pair]
        posting_start = self.posting_start.tolist()
        for feature, low, high in zip(features.tolist(), firsts.tolist(), ends.tolist(), strict=True):
            postings = slice(posting_start[feature], posting_start[feature + 1])
            self._row_of[self.posting_story[postings]] = self.posting_row[postings]
            found[low:high] = self._row_of[others[low:high]]
            self._row_of[self.posting_story[postings]] = -1
        hit = found >= 0
        return (
            np.concatenate([pair, own_pair[hit]]),
            np.concatenate([source_row, own[hit]]),
            np.concatenate([other_row, found[hit]]),
        )

    def _nearest_in_date(self, source: int, count: int, taken: set[str]) -> list[tuple[str, tuple[str, ...]]]:
        """Fallback so every story has related ones: the closest in date, walking outwards."""
        when = self.when[source]
        right = bisect.bisect_left(self.times, when)
        left = right - 1
        picks = []
        while len(picks) < count and (left >= 0 or right < len(self.order)):
            use_left = right >= len(self.order) or (
                left >= 0 and when - self.times[left] <= self.times[right] - when
            )
            other = self.order[left] if use_left else self.order[right]
            left, right = (left - 1, right) if use_left else (left, right + 1)
            if self.keys[other] not in taken and other != source:
                picks.append((self.keys[other], NEAREST_IN_DATE))
        return picks


def _by_story(rows: np.ndarray, row_story: np.ndarray, stories: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows (in story order) and where each story's start: story i has ``rows[start[i]:start[i + 1]]``."""
    return rows, np.searchsorted(row_story[rows], np.arange(stories + 1))


@dataclass(frozen=True, slots=True)
class _Pairs:
    """Candidate pairs of one block: a source (by its place in the block) and another story."""

    source: np.ndarray
    other: np.ndarray
    overlap: np.ndarray
    """The idf-weighted count of proposing features the two share."""
    firsts: np.ndarray
    """Where each pair's shared rows start in ``source_row`` / ``other_row`` (pairs in order)."""
    source_row: np.ndarray
    other_row: np.ndarray

    def shared(self, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows these pairs share: (which of them, the source's row, the other's row)."""
        ends = np.append(self.firsts[1:], len(self.source_row))
        lengths = ends[pairs] - self.firsts[pairs]
        at = ragged_arange(self.firsts[pairs], lengths)
        return np.repeat(np.arange(len(pairs)), lengths), self.source_row[at], self.other_row[at]


@dataclass(frozen=True, slots=True)
class _Scores:
    """Full scores of pooled pairs, and what the reasons of a pick need."""

    score: np.ndarray
    cosine: list[float]
    closeness: list[float]
    topic_start: list[int]
    topic_count: list[int]
    topic_ids: list[int]
    """Each pair's shared topics, most distinctive first, from its ``topic_start``."""

    def reasons(self, j: int, topic_names: list[str]) -> tuple[str, ...]:
        """Why pair ``j`` is related, as the card says it."""
        reasons = []
        if self.topic_count[j]:
            first = self.topic_start[j]
            named = self.topic_ids[first : first + min(self.topic_count[j], REASON_TOPICS)]
            names = [topic_names[t] for t in named]
            reasons.append("Shares topics: " + ", ".join(names))
        if self.cosine[j] >= SIMILAR_LEDE:
            reasons.append("Similar subject")
        if reasons and self.closeness[j] > SAME_TIME:
            reasons.append("Published around the same time")
        return tuple(reasons)
