"""The archive as a story graph: READ MORE resolution, related stories, backlinks, threads.

Pure: it works on ``Story`` records, not Pelican articles, so it can be tested
and benchmarked alone. ``site.py`` turns articles into stories and back.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .model import SeedArticle
from .retrieval import STOPWORDS, Document, Index, normalise_title, terms
from .topics import Mention

#: A retrieval match needs at least this score (see ``Index.search``) ...
DEFAULT_THRESHOLD = 0.45
#: ... and must beat the runner-up by this share of its own score, or it is ambiguous.
DEFAULT_MARGIN = 0.15
#: Candidates listed in the report for an unresolved or ambiguous reference.
REPORT_CANDIDATES = 3
#: Retrieval hits re-scored with the priors below.
RETRIEVAL_POOL = 10
#: A story can only point to one already published: a later candidate's score is scaled by this.
LATER_STORY_FACTOR = 0.5
#: Grace for clock and time-zone slips when comparing dates (seconds).
DATE_GRACE_SECONDS = 86400
#: A candidate that lacks a name the headline gives (``Brinehaven``) is scaled by this.
MISSING_NAME_FACTOR = 0.5
#: A capitalised word inside a headline: a name the target story should contain.
HEADLINE_NAME_RE = re.compile(r"(?<=\s)[A-Z][\w'’-]+")
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

RESOLVED, AMBIGUOUS, UNRESOLVED = "resolved", "ambiguous", "unresolved"


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
    keywords: str = ""
    """Header tags and summary: indexed with the title, since an editor chose them."""
    """READ MORE lines as (line, headline)."""


def story_from_seed(key: str, seed: SeedArticle, slug: str, date: datetime,
                    mentions: tuple[Mention, ...] = ()) -> Story:
    """The graph's view of a parsed seed."""
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
        keywords=" ".join([*seed.tags, seed.summary or ""]),
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
    """How it was matched: override, exact-title, header-title, slug or retrieval."""
    score: float = 0.0
    candidates: tuple[Candidate, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RelatedStory:
    """A story shown as related, with the reasons it was chosen."""

    key: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Thread:
    """Stories connected by READ MORE references, in date order."""

    key: str
    """The story the thread is named after (the most referenced)."""
    stories: tuple[str, ...]


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
    """Normalised or literal headline -> story key or slug ("" forces unresolved)."""
    related_count: int = DEFAULT_RELATED_COUNT


def build_graph(stories: Sequence[Story], options: Options | None = None) -> Graph:
    """Resolve every READ MORE line, then derive related stories, backlinks and threads."""
    options = options or Options()
    resolver = Resolver(stories, options)
    references = tuple(
        resolver.resolve(story, line, headline)
        for story in stories
        for line, headline in story.references
    )
    backlinks = _backlinks(stories, references)
    threads, thread_of = _threads(stories, references)
    related = _related(stories, references, options.related_count)
    return Graph(references, related, backlinks, threads, thread_of)


class Resolver:
    """Resolves headlines in stages: override, exact title, header title or slug, retrieval."""

    def __init__(self, stories: Sequence[Story], options: Options):
        self.stories = list(stories)
        self.options = options
        self.position = {s.key: i for i, s in enumerate(self.stories)}
        self.by_slug = {s.slug: s.key for s in self.stories}
        self.by_title: dict[str, list[str]] = defaultdict(list)
        self.by_header_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for story in self.stories:
            self.by_title[normalise_title(story.title)].append(story.key)
            if story.header_title:
                self.by_header_words[tuple(terms(story.header_title))].append(story.key)
        self.overrides = {normalise_title(k): v for k, v in options.overrides.items()}
        self._index: Index | None = None

    @property
    def index(self) -> Index:
        """The retrieval index, built on first use (many archives never need it)."""
        if self._index is None:
            self._index = Index([Document(f"{s.title} {s.keywords}", s.lede, s.body) for s in self.stories])
        return self._index

    def resolve(self, story: Story, line: int, headline: str) -> Reference:
        """Resolve one READ MORE line of ``story``."""
        norm = normalise_title(headline)
        base = {"source": story.key, "line": line, "headline": headline}
        if norm in self.overrides:
            return self._override(story, base, self.overrides[norm])
        for stage, keys in (
            ("exact-title", self.by_title.get(norm, [])),
            ("header-title", self.by_header_words.get(tuple(terms(headline)), [])),
            ("slug", [self.by_slug[s] for s in [_slug_of(norm)] if s in self.by_slug]),
        ):
            found = self._decide(story, base, stage, keys)
            if found:
                return found
        return self._retrieve(story, base, headline)

    def _override(self, story: Story, base: dict, target: str) -> Reference:
        key = target if target in self.position else self.by_slug.get(target)
        if not key:
            return Reference(**base, status=UNRESOLVED, stage="override", note="pinned to no story")
        if key == story.key:
            return Reference(**base, status=UNRESOLVED, stage="override", note="pinned to itself")
        return Reference(**base, status=RESOLVED, target=key, stage="override", score=1.0)

    def _decide(self, story: Story, base: dict, stage: str, keys: list[str]) -> Reference | None:
        """A stage's verdict: one other story resolves, several are ambiguous, none passes on."""
        others = sorted(set(keys) - {story.key})
        if len(others) == 1:
            return Reference(**base, status=RESOLVED, target=others[0], stage=stage, score=1.0)
        if len(others) > 1:
            candidates = tuple(Candidate(k, 1.0) for k in others)
            return Reference(**base, status=AMBIGUOUS, stage=stage, score=1.0, candidates=candidates,
                             note="several stories have this title")
        if keys:  # the only match is the story itself
            return Reference(**base, status=UNRESOLVED, stage=stage, note="names this story itself")
        return None

    def _retrieve(self, story: Story, base: dict, headline: str) -> Reference:
        hits = self.index.search(headline, exclude=self.position[story.key], limit=RETRIEVAL_POOL)
        hits = sorted(((i, self._prior(story, self.stories[i], headline) * s) for i, s in hits),
                      key=lambda hit: (-hit[1], hit[0]))[:REPORT_CANDIDATES]
        candidates = tuple(Candidate(self.stories[i].key, round(s, 4)) for i, s in hits)
        if not hits or hits[0][1] < self.options.threshold:
            return Reference(**base, status=UNRESOLVED, stage="retrieval",
                             score=round(hits[0][1], 4) if hits else 0.0, candidates=candidates)
        best = hits[0][1]
        runner_up = hits[1][1] if len(hits) > 1 else 0.0
        if best - runner_up < self.options.margin * best:
            close = tuple(c for c in candidates if best - c.score < self.options.margin * best)
            return Reference(**base, status=AMBIGUOUS, stage="retrieval", score=round(best, 4),
                             candidates=close, note="two or more stories match about as well")
        return Reference(**base, status=RESOLVED, target=candidates[0].key, stage="retrieval",
                         score=round(best, 4), candidates=candidates)


    def _prior(self, story: Story, candidate: Story, headline: str) -> float:
        """Scale a retrieval score by what READ MORE lines are like: earlier stories, same names."""
        factor = 1.0
        if _timestamp(candidate.date) > _timestamp(story.date) + DATE_GRACE_SECONDS:
            factor *= LATER_STORY_FACTOR
        names = [n for n in HEADLINE_NAME_RE.findall(headline) if n.lower() not in STOPWORDS]
        # A plain substring test: names are capitalised, so a match inside another word is rare,
        # and this runs for every candidate of every headline.
        if any(n not in candidate.title and n not in candidate.lede and n not in candidate.body
               for n in names):
            factor *= MISSING_NAME_FACTOR
        return factor


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


def _threads(stories: Sequence[Story], references: Sequence[Reference]):
    """Connected components of the READ MORE graph (either direction), two stories or more."""
    parent = {s.key: s.key for s in stories}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    indegree: Counter[str] = Counter()
    for ref in references:
        if ref.status == RESOLVED:
            indegree[ref.target] += 1
            a, b = find(ref.source), find(ref.target)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        members[find(story.key)].append(story)
    threads, thread_of = [], {}
    for group in members.values():
        if len(group) < 2:
            continue
        by_date = sorted(group, key=lambda s: (_timestamp(s.date), s.key))
        root = max(by_date, key=lambda s: (indegree[s.key], -_timestamp(s.date)))
        thread = Thread(root.key, tuple(s.key for s in by_date))
        threads.append(thread)
        thread_of.update({s.key: root.key for s in group})
    threads.sort(key=lambda t: t.key)
    return tuple(threads), thread_of


def _related(stories: Sequence[Story], references: Sequence[Reference], count: int):
    """READ MORE targets first, then stories sharing topics, lede words and dates."""
    scorer = _Similarity(stories)
    linked: dict[str, list[str]] = defaultdict(list)
    for ref in references:
        if ref.status == RESOLVED and ref.target not in linked[ref.source]:
            linked[ref.source].append(ref.target)
    related = {}
    for story in stories:
        chosen = [RelatedStory(key, ("Linked in this story",)) for key in linked[story.key][:count]]
        taken = {story.key, *linked[story.key]}
        for key, reasons in scorer.best(story, count - len(chosen), taken):
            chosen.append(RelatedStory(key, reasons))
        related[story.key] = tuple(chosen)
    return related


class _Similarity:
    """Scores pairs of stories by shared topics, lede similarity and closeness in date."""

    def __init__(self, stories: Sequence[Story]):
        self.stories = {s.key: s for s in stories}
        self.when = {s.key: _timestamp(s.date) for s in stories}
        self.order = sorted(stories, key=lambda s: (self.when[s.key], s.key))
        self.times = [self.when[s.key] for s in self.order]
        size = max(len(stories), 1)
        self.topic_names = {s.key: {m.name: m for m in s.topics} for s in stories}
        topic_df = Counter(name for names in self.topic_names.values() for name in names)
        common = min(COMMON_TOPIC_SHARE * size, COMMON_TOPIC_MAX_DF)
        self.topic_idf = {n: math.log(1 + size / df) for n, df in topic_df.items()}
        self.by_topic: dict[str, list[str]] = defaultdict(list)
        for key, names in self.topic_names.items():
            for name in names:
                if topic_df[name] <= max(common, 2):
                    self.by_topic[name].append(key)
        self.vectors = {s.key: Counter(terms(f"{s.title} {s.lede}")) for s in stories}
        term_df = Counter(t for v in self.vectors.values() for t in v)
        self.term_idf = {t: math.log(1 + size / df) for t, df in term_df.items()}
        self.by_term: dict[str, list[str]] = defaultdict(list)
        for key, vector in self.vectors.items():
            for term in vector:
                if 1 < term_df[term] <= COMMON_TERM_MAX_DF:
                    self.by_term[term].append(key)
        self.norms = {k: math.sqrt(sum((c * self.term_idf[t]) ** 2 for t, c in v.items())) or 1.0
                      for k, v in self.vectors.items()}

    def best(self, story: Story, count: int, taken: set[str]):
        """Up to ``count`` (key, reasons) pairs, best first; never empty while stories remain."""
        if count <= 0:
            return []
        overlap: dict[str, float] = {}
        get = overlap.get  # this loop runs once per posting of every story: keep it lean
        for name in self.topic_names[story.key]:
            weight = self.topic_idf[name]
            for key in self.by_topic.get(name, ()):
                overlap[key] = get(key, 0.0) + weight
        for term in self.vectors[story.key]:
            weight = self.term_idf[term]
            for key in self.by_term.get(term, ()):
                overlap[key] = get(key, 0.0) + weight
        for key in taken:
            overlap.pop(key, None)
        pool = heapq.nsmallest(RELATED_POOL, overlap.items(), key=lambda item: (-item[1], item[0]))
        scored = []
        for key, _ in pool:
            score, reasons = self._score(story, self.stories[key])
            if score > 0:
                scored.append((-score, key, reasons))
        scored.sort()
        picks = [(key, reasons) for _, key, reasons in scored[:count]]
        if len(picks) < count:
            picks += self._nearest_in_date(story, count - len(picks), taken | {k for k, _ in picks})
        return picks

    def _score(self, story: Story, other: Story):
        shared = sorted(
            set(self.topic_names[story.key]) & set(self.topic_names[other.key]),
            key=lambda n: (-self.topic_idf[n], n),
        )
        topic_score = sum(self.topic_idf[n] for n in shared)
        cosine = self._cosine(story.key, other.key)
        days = abs(self.when[story.key] - self.when[other.key]) / 86400
        closeness = math.exp(-days / DATE_DECAY_DAYS)
        reasons = []
        if shared:
            reasons.append("Shares topics: " + ", ".join(shared[:3]))
        if cosine >= SIMILAR_LEDE:
            reasons.append("Similar subject")
        if not reasons:
            return 0.0, ()
        if closeness > 0.5:
            reasons.append("Published around the same time")
        return topic_score + 3 * cosine + 0.5 * closeness, tuple(reasons)

    def _cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        if len(va) > len(vb):
            va, vb = vb, va
        dot = sum(c * vb[t] * self.term_idf[t] ** 2 for t, c in va.items() if t in vb)
        return dot / (self.norms[a] * self.norms[b])

    def _nearest_in_date(self, story: Story, count: int, taken: set[str]):
        """Fallback so every story has related ones: the closest in date, walking outwards."""
        when = self.when[story.key]
        right = bisect.bisect_left(self.times, when)
        left = right - 1
        picks = []
        while len(picks) < count and (left >= 0 or right < len(self.order)):
            use_left = right >= len(self.order) or (
                left >= 0 and when - self.times[left] <= self.times[right] - when
            )
            other = self.order[left] if use_left else self.order[right]
            left, right = (left - 1, right) if use_left else (left, right + 1)
            if other.key not in taken and other.key != story.key:
                picks.append((other.key, ("Nearest in date",)))
        return picks
