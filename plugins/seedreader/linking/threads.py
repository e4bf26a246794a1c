"""Story threads: stories about one developing event or subject, found as graph communities.

A READ MORE line says two stories are worth reading together, not that they are one story:
real wire copy links across storylines all the time. So the graph joins two stories only
when they are about the same thing (their titles and ledes tell of the same events, in the
same words and with the same names), weighs them by that, by how close they
are in time and by whether one links to the other, and leaves the grouping to Leiden
community detection (igraph): a chain of links between unrelated subjects carries no weight
and joins nothing. A community that
grows past ``MAX_STORIES`` is split into its own sub-communities, then at its widest gaps in
time. The clustering runs cold from a fixed seed, so the same archive gives the same threads.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Protocol

import igraph
import numpy as np

#: Two stories can be about the same thing when their titles and ledes share words that say
#: what happened (a cosine, 0-1) and their distinctive names overlap too (the cosine of their
#: idf-weighted topic sets): the same words about other people and places, or the same
#: places with other events, are other subjects. Near-identical words need no names.
SUBJECT_FLOOR = 0.15
NAMES_FLOOR = 0.15
SAME_WORDS = 0.5
#: An edge needs at least this weight: similarity (its words, raised by shared names), faded
#: by time, doubled by a READ MORE link.
WEIGHT_FLOOR = 0.1
#: A READ MORE link between two stories on one subject counts this many times their similarity.
LINK_FACTOR = 2.0
#: Days after which closeness in time halves an edge's weight (it fades as 1 / (1 + days / this)).
TIME_SCALE_DAYS = 180.0
#: Largest thread: a bigger community is split into sub-communities, then by time.
MAX_STORIES = 40
#: Modularity resolution of each further split of an oversized community (times this), for at
#: most so many rounds; what is still too big is then cut in time, no part under MAX_STORIES
#: divided by SMALLEST_CUT_SHARE.
SPLIT_RESOLUTION = 2.0
SPLIT_ROUNDS = 4
SMALLEST_CUT_SHARE = 4
SECONDS_PER_DAY = 86400
STRENGTH_DIGITS = 9
#: Seed of the community detection's random choices: the same archive, the same threads.
SEED = 20261201
#: Topics a thread is described by: named by at least this share of its stories, at most so many,
#: the most shared first, then by kind in this order (what it is about before who is in it),
#: then the rarest in the archive.
TOPIC_SHARE = 0.5
THREAD_TOPICS = 3
KIND_ORDER = ("tag", "event", "place", "organisation", "person")
#: Why a thread is named after its story: the most referenced, or (none is) the most connected.
CITED, CONNECTED = "cited", "connected"


@dataclass(frozen=True, slots=True)
class Thread:
    """Stories about one developing subject, oldest first."""

    key: str
    """Its first story: what its URL is made from, which stories added later do not move."""
    stories: tuple[str, ...]
    named_after: str
    """The story it is called by: the most referenced, then the most connected."""
    topics: tuple[str, ...] = ()
    """The names most of its stories share, most shared first."""
    named_for: str = CITED
    """Why it is named after that story: CITED (the most referenced) or CONNECTED (none is)."""


@dataclass(frozen=True, slots=True)
class Pairs:
    """Candidate pairs of stories (by position, each pair once), with what the graph weighs."""

    first: np.ndarray
    second: np.ndarray
    topics: np.ndarray
    """Cosine of their topic sets (idf-weighted), 0-1: the names they share."""
    words: np.ndarray
    """Cosine of their titles and ledes, 0-1: the words they share."""
    linked: np.ndarray
    """Whether either one's READ MORE lines link to the other."""


class Named(Protocol):
    """A name a story gives (``topics.Mention``)."""

    name: str
    kind: str


def subject(topics: float, words: float) -> float:
    """How far two stories are about the same thing (0-1): their words, raised by shared names."""
    return words * (1 + topics) / 2


def find_threads(
    keys: Sequence[str],
    times: Sequence[float | None],
    pairs: Pairs,
    named: Sequence[Sequence[Named]],
    cited: Mapping[str, int],
    df: Mapping[str, int],
) -> tuple[Thread, ...]:
    """Threads of two stories or more among ``keys`` (undated stories, time None, join none).

    ``named``: the names each story gives; ``df``: how many stories give each name;
    ``cited``: how many READ MORE lines name each story.
    """
    # Vertices in key order, whatever order the stories came in: Leiden's result depends on it.
    order = sorted(range(len(keys)), key=keys.__getitem__)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = np.arange(len(keys))
    keys, times, named = [keys[i] for i in order], [times[i] for i in order], [named[i] for i in order]
    first, second, weights = _edges(np.array([np.nan if t is None else t for t in times]), pairs, rank)
    graph = igraph.Graph(n=len(keys), edges=np.column_stack([first, second]).tolist())
    graph.es["weight"] = weights.tolist()
    groups = [group for group in _communities(graph, range(len(keys)), 1.0) if len(group) > 1]
    parts = [part for group in groups for part in _bounded(graph, group, times)]
    # Each story's weighted degree inside its own thread: how connected it is there.
    part_of = np.full(len(keys), -1, dtype=np.int64)
    for number, part in enumerate(parts):
        part_of[part] = number
    inside = (part_of[first] == part_of[second]) & (part_of[first] >= 0)
    strength = np.bincount(
        np.concatenate([first[inside], second[inside]]),
        weights=np.tile(weights[inside], 2),
        minlength=len(keys),
    ).tolist()
    threads = [_thread(part, keys, times, named, cited, strength, df) for part in parts]
    return tuple(sorted(threads, key=lambda t: t.key))


def _edges(times: np.ndarray, pairs: Pairs, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The weighted edges (first, second, weight) between vertices, in a fixed order."""
    topics, words = pairs.topics, pairs.words
    first, second = rank[pairs.first], rank[pairs.second]
    days = np.abs(times[first] - times[second]) / SECONDS_PER_DAY  # NaN for an undated story: no edge
    weight = subject(topics, words) / (1 + days / TIME_SCALE_DAYS) * np.where(pairs.linked, LINK_FACTOR, 1.0)
    same = (words >= SUBJECT_FLOOR) & ((topics >= NAMES_FLOOR) | (words >= SAME_WORDS))
    keep = np.flatnonzero(same & (weight >= WEIGHT_FLOOR) & (first != second))
    low, high = np.minimum(first[keep], second[keep]), np.maximum(first[keep], second[keep])
    order = np.lexsort((high, low))
    return low[order], high[order], weight[keep][order]


def _communities(graph: igraph.Graph, members, resolution: float) -> list[list[int]]:
    """Leiden communities (modularity) of the subgraph on ``members``, as lists of vertex ids."""
    members = sorted(members)  # a subgraph numbers its vertices in this order
    sub = graph.induced_subgraph(members) if len(members) < graph.vcount() else graph
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        found = sub.community_leiden(
            objective_function="modularity", weights="weight", resolution=resolution, n_iterations=-1
        )
    finally:
        igraph.set_random_number_generator(random)
    return [sorted(members[v] for v in community) for community in found]


def _bounded(graph: igraph.Graph, group: list[int], times: Sequence[float | None]) -> list[list[int]]:
    """``group`` in parts of at most MAX_STORIES: sub-communities first, then time gaps."""
    if len(group) <= MAX_STORIES:
        return [group]
    resolution = 1.0
    parts = [group]
    for _ in range(SPLIT_ROUNDS):
        if all(len(p) <= MAX_STORIES for p in parts):
            break
        resolution *= SPLIT_RESOLUTION
        parts = [
            q for p in parts for q in (_communities(graph, p, resolution) if len(p) > MAX_STORIES else [p])
        ]
    bounded = []
    for part in parts:
        bounded += _split_in_time(part, times) if len(part) > MAX_STORIES else [part]
    return _adopt_strays(graph, bounded)


def _adopt_strays(graph: igraph.Graph, parts: list[list[int]]) -> list[list[int]]:
    """Parts of one story (a split can leave them) join the part they are most tied to, if it has room.

    Splitting a storyline must not drop its stories from every thread.
    """
    kept = [sorted(p) for p in parts if len(p) > 1]
    part_of = {i: n for n, part in enumerate(kept) for i in part}
    for stray in sorted(i for p in parts if len(p) == 1 for i in p):
        ties: Counter[int] = Counter()
        for edge in graph.es[graph.incident(stray)]:
            other = edge.target if edge.source == stray else edge.source
            if other in part_of:
                ties[part_of[other]] += edge["weight"]
        room = [(round(w, STRENGTH_DIGITS), -n) for n, w in ties.items() if len(kept[n]) < MAX_STORIES]
        if room:
            best = -max(room)[1]
            kept[best].append(stray)
            part_of[stray] = best
    return kept


def _split_in_time(group: list[int], times: Sequence[float | None]) -> list[list[int]]:
    """Cut a date-ordered group at its widest gaps until every part is small enough."""
    ordered = sorted(group, key=lambda i: (times[i], i))
    if len(ordered) <= MAX_STORIES:
        return [ordered]
    edge = MAX_STORIES // SMALLEST_CUT_SHARE
    gaps = [(times[ordered[i]] - times[ordered[i - 1]], -i) for i in range(edge, len(ordered) - edge + 1)]
    _, cut = max(gaps)
    cut = -cut
    return _split_in_time(ordered[:cut], times) + _split_in_time(ordered[cut:], times)


def _thread(
    part: list[int],
    keys: Sequence[str],
    times: Sequence[float | None],
    named: Sequence[Sequence[Named]],
    cited: Mapping[str, int],
    strength: Sequence[float],
    df: Mapping[str, int],
) -> Thread:
    """One thread: its stories in time order, the story it is named after, its shared names."""
    ordered = sorted(part, key=lambda i: (times[i], keys[i]))
    # Strength rounded: sums of the same weights in another order must not change the name.
    name = max(ordered, key=lambda i: (cited.get(keys[i], 0), round(strength[i], STRENGTH_DIGITS), -times[i]))
    # Each story's names once (a name's last kind in the story), the earliest story's kind of each.
    given = [{m.name: m.kind for m in named[i]} for i in ordered]
    counts = Counter(chain.from_iterable(given))
    least = max(2, math.ceil(TOPIC_SHARE * len(part)))
    often = [n for n, c in counts.items() if c >= least]
    kind_of = {n: next(g[n] for g in given if n in g) for n in often}
    shared = sorted(often, key=lambda n: (-counts[n], _kind_rank(kind_of[n]), df.get(n, 0), n))
    stories = tuple(keys[i] for i in ordered)
    named_for = CITED if cited.get(keys[name], 0) else CONNECTED
    return Thread(stories[0], stories, keys[name], tuple(shared[:THREAD_TOPICS]), named_for)


def _kind_rank(kind: str | None) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
