"""Related stories: for each story, those sharing its distinctive topics and lede terms, close in date."""

from __future__ import annotations

import bisect
import math
import multiprocessing
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from operator import attrgetter
from typing import TypeVar

import numpy as np

from .. import processes
from .records import RESOLVED, Reference, RelatedStory, Story, timestamp
from .retrieval import (
    find_keys,
    ragged_arange,
    sort_groups,
    top_per_group,
)
from .words import StoryWords

T = TypeVar("T")

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


#: Candidate pairs of stories expanded at once when choosing related stories: memory, and
#: temporaries small enough to be reused from block to block (at 1,000,000 a block's 50 MB
#: were given back to the system and faulted in afresh by the next, in both processes).
RELATED_BLOCK_PAIRS = 250_000


#: Looking up the rows pairs share through a feature: spreading its postings over a story-indexed
#: array costs about one search among all postings per so many of them, plus a Python step
#: worth about so many searches (``_look_up_shared``).
POSTINGS_PER_SEARCH = 50
SPREAD_STEP_SEARCHES = 30


#: Each story's most similar stories that threads are looked for among (``threads``).
THREAD_NEIGHBOURS = 5


#: The reason of a related story its READ MORE lines link to.
LINKED = ("Linked in this story",)


#: The reason of a related story chosen for want of any similar one.
NEAREST_IN_DATE = ("Nearest in date",)


_name_of = attrgetter("name")
#: Each source story's picks (by position): (key, reasons), best first (``Similarity.best_many``).
_Picks = dict[int, list[tuple[str, tuple[str, ...]]]]
#: Pairs of stories by code (``Similarity.subjects``) with their two cosines (``Similarity.subject``).
Subjects = tuple[np.ndarray, np.ndarray, np.ndarray]


@contextmanager
def related_then(
    stories: Sequence[Story],
    references: Sequence[Reference],
    count: int,
    scorer: Similarity | None = None,
    parallel: bool = False,
    then: Callable[[Subjects], T] | None = None,
) -> Iterator[tuple[dict[str, tuple[RelatedStory, ...]], Callable[[], Subjects | T]]]:
    """READ MORE targets first, then stories sharing topics, lede words and dates.

    Yields them, and a function giving each story's THREAD_NEIGHBOURS most similar stories, what
    threads are found among (a story's best picks are the same however many are asked for), as
    pairs with how far each is about the same thing (``Similarity.subjects``: worked out in each
    half, in parallel). Or ``then(pairs)`` (the threads): split, the helper works that out while
    this process writes the cards, and after it yields (``_halves``).
    """
    linked: dict[str, list[str]] = defaultdict(list)
    for ref in references:
        if ref.status == RESOLVED and ref.target not in linked[ref.source]:
            linked[ref.source].append(ref.target)
    shown = [count - min(len(linked.get(s.key, ())), count) for s in stories]
    scorer = scorer or Similarity(stories) if stories else None

    def work(start: int, stop: int) -> tuple[_Picks, Subjects]:
        # Each half's inputs made in its own process.
        wanted = [max(n, THREAD_NEIGHBOURS) for n in shown[start:stop]]
        taken = [{s.key, *linked.get(s.key, ())} for s in stories[start:stop]]
        found: list[np.ndarray] = [np.zeros((0, 2), dtype=np.int64)]
        chosen = scorer.best_many(range(start, stop), wanted, taken, found)
        return chosen, scorer.subjects(np.concatenate(found))

    with _halves(work, len(stories), parallel, then) as (halves, after):
        picks: _Picks = {}
        for part, _ in halves:
            picks.update(part)
        related = {}
        for i, s in enumerate(stories):
            items = [RelatedStory(key, LINKED) for key in linked.get(s.key, ())[:count]]
            items += [RelatedStory(key, reasons) for key, reasons in picks[i][: shown[i]]]
            related[s.key] = tuple(items)
        yield related, after


@contextmanager
def _halves(
    work: Callable[[int, int], tuple[_Picks, Subjects]],
    size: int,
    parallel: bool,
    then: Callable[[Subjects], T] | None,
) -> Iterator[tuple[list[tuple[_Picks, Subjects]], Callable[[], Subjects | T]]]:
    """``work`` over the stories in halves, and a function giving their pairs merged (or ``then``).

    (``processes.in_halves`` splits the work.) Split with ``then``, the helper works out the
    second half, hands it over, takes this process's pairs and works out ``then`` while this
    process goes on (writing the cards); ``then``'s result is waited for when asked. This process
    sends its pairs only once it has the helper's half: neither waits on a full pipe the other is
    not reading.
    """
    if then is None or not parallel or size < 2:
        halves = processes.in_halves(work, size, parallel) if size else []
        merged = merged_subjects([pairs for _, pairs in halves])
        yield halves, (lambda: then(merged)) if then is not None else (lambda: merged)
        return
    middle = size // 2
    context = multiprocessing.get_context("fork")
    theirs, hand_over = context.Pipe(duplex=False)  # the helper's half, to here
    take, ours = context.Pipe(duplex=False)  # this process's pairs, to the helper
    here: list[tuple[_Picks, Subjects]] = []  # both halves, in this process only

    def helper() -> T:
        if here:  # run here, the helper having failed: both halves are here
            return then(merged_subjects([pairs for _, pairs in here]))
        second = work(middle, size)
        hand_over.send(second)
        return then(merged_subjects([take.recv(), second[1]]))

    with theirs, ours, processes.forked(helper) as after:
        hand_over.close()  # the helper's ends: its exit ends a wait on them
        take.close()
        first = work(0, middle)
        try:
            second = theirs.recv()
        except EOFError:  # it failed before handing its half over
            second = work(middle, size)
        with suppress(OSError):  # gone: ``after`` works ``then`` out here
            ours.send(first[1])
        here += [first, second]
        yield here, after


def merged_subjects(parts: Sequence[Subjects]) -> Subjects:
    """``Similarity.subjects`` of several lists of pairs as one, each pair once, in order."""
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)
    codes, topics, words = (np.concatenate(column) for column in zip(*parts, strict=True))
    # A pair in two parts has the same cosines in both: a pair's sums never depend on the others.
    _, first = np.unique(codes, return_index=True)
    return codes[first], topics[first], words[first]


class Similarity:
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
        self.when = [timestamp(s.date) for s in self.stories]
        self.when_array = np.array(self.when, dtype=np.float64)
        # Related stories are in the story's language (its reader reads that one): with more
        # than one in the archive, each story's language by code, and the stories of each by date.
        langs = [s.lang for s in self.stories]
        codes = {lang: code for code, lang in enumerate(sorted(set(langs)))}
        self.language = np.array([codes[lang] for lang in langs], dtype=np.int64) if len(codes) > 1 else None
        self.by_date: dict[str, tuple[list[int], list[float]]] = {lang: ([], []) for lang in codes}
        for i in sorted(range(n), key=lambda i: (self.when[i], self.keys[i])):
            order, times = self.by_date[langs[i]]
            order.append(i)
            times.append(self.when[i])
        topic_rows = self._topics()
        term_rows = self._terms(words or StoryWords.of(self.stories))
        self._rows(topic_rows, term_rows)

    def _topics(self) -> tuple[np.ndarray, np.ndarray]:
        """Topic ids in (-idf, name) order, the order reasons name them; each story's (story, topic)."""
        names = [dict.fromkeys(map(_name_of, s.topics)) for s in self.stories]
        first_seen: dict[str, int] = {}  # each name's id, by first sight
        seen_id = np.array(
            [first_seen.setdefault(name, len(first_seen)) for story_names in names for name in story_names],
            dtype=np.int64,
        )
        unique = list(first_seen)
        df = np.bincount(seen_id, minlength=len(first_seen)).tolist()
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
        self.posting_key = self.row_feature[by_feature] * self.size + self.posting_story  # ascending
        df = np.bincount(self.row_feature, minlength=features)
        self.posting_start = np.concatenate([[0], np.cumsum(df)])
        self.df = df
        # Each story's proposing rows, and its other rows that another story may share.
        rows = np.arange(len(self.row_story))
        self.proposing = _by_story(rows[proposes[self.row_feature]], self.row_story, self.size)
        self.lookup = _by_story(
            rows[~proposes[self.row_feature] & (df[self.row_feature] > 1)], self.row_story, self.size
        )
        # The features looked up are few (the common ones: some hundreds): each one's place among
        # them, a small key that NumPy sorts by radix (``_look_up_shared``).
        looked_up = np.unique(self.row_feature[self.lookup[0]])
        self._lookup_rank = np.zeros(features, dtype=np.uint16)
        self._lookup_rank[looked_up] = np.arange(len(looked_up))
        self._lookup_ranked = len(looked_up) <= 1 << 16
        self._row_of = np.full(self.size, -1, dtype=np.int64)  # scratch: one feature's row per story
        self._reasons: dict[tuple, tuple[str, ...]] = {}  # reasons by what they say (``_Scores.reasons_of``)

    def best_many(
        self,
        sources: Sequence[int],
        counts: Sequence[int],
        taken: Sequence[set[str]],
        similar: list[np.ndarray] | None = None,
    ) -> _Picks:
        """For each source story (by position), up to its count of (key, reasons), best first.

        ``taken`` holds each source's keys to leave out (itself, what it links to). Never
        short while stories in its language remain: the nearest in date fill up what similarity leaves.
        ``similar``, when given, receives the picks similarity chose (not nearest in date), as
        arrays of rows (source, other story) by position.
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
        picks: _Picks = {}
        for part in np.split(np.arange(len(sources)), np.flatnonzero(np.diff(block)) + 1):
            if len(part):
                self._best_block(
                    sources[part], [counts[i] for i in part], [taken[i] for i in part], picks, similar
                )
        return picks

    def _best_block(
        self,
        sources: np.ndarray,
        counts: list[int],
        taken: list[set[str]],
        picks: _Picks,
        similar: list[np.ndarray] | None = None,
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
        apart = np.isin(pairs.source * self.size + pairs.other, skip)
        if self.language is not None:
            apart |= self.language[sources[pairs.source]] != self.language[pairs.other]
        keep = np.flatnonzero(~apart)
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
        group = pairs.source[pool][best]
        bounds = np.searchsorted(group, np.arange(len(sources) + 1))
        if similar is not None:  # each source's picks, as the loop below takes them
            within = np.arange(len(best)) - bounds[group] < np.asarray(counts, dtype=np.int64)[group]
            similar.append(np.column_stack([sources[group[within]], pairs.other[pool][best[within]]]))
        bounds, best_list, other = bounds.tolist(), best.tolist(), pairs.other[pool].tolist()
        for g, source in enumerate(sources.tolist()):
            picked = best_list[bounds[g] : min(bounds[g + 1], bounds[g] + counts[g])]
            reasons = scores.reasons_of(picked, self.topic_names, self._reasons)
            chosen = list(zip([self.keys[other[j]] for j in picked], reasons, strict=True))
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
            (cosine >= SIMILAR_LEDE).tolist(),
            (closeness > SAME_TIME).tolist(),
            topic_start.tolist(),
            topic_count.tolist(),
            topic_id.tolist(),
        )

    def topic_df(self) -> dict[str, int]:
        """How many stories name each topic."""
        return dict(zip(self.topic_names, self.df[: self.topics].tolist(), strict=True))

    def subjects(self, pairs: np.ndarray) -> Subjects:
        """``subject`` of each distinct pair of different stories among rows of two positions.

        Each pair by its code, the lower position times the archive's size plus the higher
        (ascending), then its two cosines.
        """
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        codes = np.unique(pairs.min(axis=1) * self.size + pairs.max(axis=1))
        return (codes, *self.subject(codes // self.size, codes % self.size))

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
        # Feature by feature (the order the shared rows are added up in), each pair's other story looked up.
        if rows_of is None and self._lookup_ranked:
            order = np.argsort(self._lookup_rank[self.row_feature[own]], kind="stable")
            ordered = self.row_feature[own[order]]
            firsts = np.flatnonzero(np.diff(ordered, prepend=-1))
            features = ordered[firsts]
        else:
            order, features, _, firsts = sort_groups(self.row_feature[own])
        own, own_pair = own[order], own_pair[order]
        others = other[own_pair]
        ends = np.append(firsts[1:], len(own))
        # A feature many pairs look up: its rows spread over a story-indexed array, read at each
        # pair's other story. Others: searched among all postings, in key order (in the CPU's caches).
        spread = ends - firsts >= SPREAD_STEP_SEARCHES + self.df[features] // POSTINGS_PER_SEARCH
        searched = np.repeat(~spread, ends - firsts)
        found = np.full(len(own), -1, dtype=np.int64)
        if searched.any():
            keys = self.row_feature[own[searched]] * self.size + others[searched]
            at, posted = find_keys(self.posting_key, keys)
            found[searched] = np.where(posted, self.posting_row[at], -1)
        posting_start = self.posting_start.tolist()
        for feature, low, high in zip(
            features[spread].tolist(), firsts[spread].tolist(), ends[spread].tolist(), strict=True
        ):
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
        """Fallback so every story has related ones: the closest in date in its language, walking outwards."""
        when = self.when[source]
        order, times = self.by_date[self.stories[source].lang]
        right = bisect.bisect_left(times, when)
        left = right - 1
        picks = []
        while len(picks) < count and (left >= 0 or right < len(order)):
            use_left = right >= len(order) or (left >= 0 and when - times[left] <= times[right] - when)
            other = order[left] if use_left else order[right]
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
    similar: list[bool]
    """Whether the pair's ledes are similar enough to say so (SIMILAR_LEDE) ..."""
    same_time: list[bool]
    """... and whether they are close enough in date (SAME_TIME)."""
    topic_start: list[int]
    topic_count: list[int]
    topic_ids: list[int]
    """Each pair's shared topics, most distinctive first, from its ``topic_start``."""

    def reasons_of(
        self, pairs: list[int], topic_names: list[str], known: dict[tuple, tuple[str, ...]]
    ) -> list[tuple[str, ...]]:
        """``reasons`` of each of ``pairs``; ``known`` keeps them by what they say.

        Stories of one storyline share their topics: a quarter of a million picks at 50,000
        stories say far fewer different things, each then written once.
        """
        found = []
        for j in pairs:
            first = self.topic_start[j]
            key = (
                tuple(self.topic_ids[first : first + min(self.topic_count[j], REASON_TOPICS)]),
                self.similar[j],
                self.same_time[j],
            )
            reasons = known.get(key)
            if reasons is None:
                reasons = known[key] = self.reasons(j, topic_names)
            found.append(reasons)
        return found

    def reasons(self, j: int, topic_names: list[str]) -> tuple[str, ...]:
        """Why pair ``j`` is related, as the card says it."""
        count, similar = self.topic_count[j], self.similar[j]
        reasons: tuple[str, ...] = ()
        if count:
            first = self.topic_start[j]
            named = self.topic_ids[first : first + min(count, REASON_TOPICS)]
            reasons = ("Shares topics: " + ", ".join([topic_names[t] for t in named]),)
        if similar:
            reasons += ("Similar subject",)
        if (count or similar) and self.same_time[j]:
            reasons += ("Published around the same time",)
        return reasons
