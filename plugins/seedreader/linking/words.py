"""Each story's words for linking: tokenised once, kept for a rebuild while its texts are unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

from .. import processes
from .records import Story
from .retrieval import (
    BODY_CHARS_LIMIT,
    Index,
    adopt_ids,
    ragged_arange,
    stems_from,
    tokenise,
    vocabulary_size,
)

#: From this many stories on, tokenising, searching and choosing related stories are split
#: between this process and one forked from it (where the platform can fork, on 2+ cores):
#: below it, starting the process costs more than it saves.
PARALLEL_MIN_STORIES = 5_000


#: The share of the stories that this process tokenises when a forked helper starts on the
#: rest before it does other work (``StoryWords.reading``): looking up 68,000 READ MORE lines
#: of 50,000 stories takes about half as long as tokenising them all.
TOKENISED_HERE_AFTER_WORK = 0.2


#: The fields of a story read once for retrieval and related stories, in this order.
WORD_FIELDS = ("title", "keywords", "lede", "body")


@dataclass(frozen=True, slots=True)
class StoryWords:
    """Every story's words as stem ids, read once for the retrieval index and related stories."""

    ids: np.ndarray
    """All stem ids in a row (-1 for stopwords): each story's WORD_FIELDS in turn."""
    counts: np.ndarray
    """How many ids each field has: one row per story, one column per field."""

    @classmethod
    def of(
        cls,
        stories: Sequence[Story],
        parallel: bool = False,
        bodies: bool = True,
        kept: dict[bytes, tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> StoryWords:
        """Tokenise the stories (each body only as far as the index reads it, if at all).

        ``kept``: a hash of each story's texts -> (stem ids, count per field), from the last
        call (a rebuild's ``GraphMemory.words``). A story whose texts are there is not
        tokenised again (ids stay valid, the vocabulary only grows): a rebuild after an
        edit tokenises the edited stories only. It is left holding this call's stories.
        """
        texts = _Texts.of(stories, bodies, kept)
        return texts.words(*_tokenised(texts, texts.missing, parallel), kept)

    @classmethod
    @contextmanager
    def reading(
        cls,
        stories: Sequence[Story],
        parallel: bool = False,
        kept: dict[bytes, tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> Iterator[Callable[[bool], StoryWords]]:
        """``of`` started early: yields ``read``; ``read(bodies)`` is ``of(stories, parallel, bodies, kept)``.

        When split, the forked helper starts on its share (bodies and all, as most builds
        need them) at once, while this process does something else first (looks lines up:
        stems learnt meanwhile are fine, ``adopt_ids`` maps the helper's onto them), then
        its own smaller share (TOKENISED_HERE_AFTER_WORK). Without bodies, the helper's
        work is dropped and ``of`` runs as usual. The words are the same either way.

        The helper is forked first thing and reads its stories' texts itself: nothing is
        made of the stories before it starts (in a process forked from the one holding
        them, even reading them copies memory: 0.4 to 1.2 s at 50,000 stories).
        """
        # Not on a rebuild (words kept): there are few stories to tokenise, if any.
        if not parallel or kept or len(stories) < PARALLEL_MIN_STORIES:
            yield lambda bodies: cls.of(stories, parallel, bodies, kept)
            return
        here = int(len(stories) * TOKENISED_HERE_AFTER_WORK)
        first = vocabulary_size()
        theirs = range(here, len(stories))
        with (
            processes.scratch_file() as shared,
            processes.forked(
                lambda: _tokenised_into(shared, _Texts.of(stories, True, None), theirs, first)
            ) as rest,
        ):

            def read(bodies: bool) -> StoryWords:
                if not bodies:
                    return cls.of(stories, parallel, bodies, kept)
                texts = _Texts.of(stories, True, kept)  # every story is missing: none are kept
                mine, counts = tokenise(texts.of_stories(range(here)))
                sent, their_counts, stems = rest()
                # All ids in one array: the helper's read straight into it, then mapped in place.
                ids = np.empty(len(mine) + sent, dtype=mine.dtype)
                ids[: len(mine)] = mine
                _read_into(shared, ids[len(mine) :])
                adopt_ids(ids[len(mine) :], first, stems, out=ids[len(mine) :])
                counts = np.concatenate([counts, their_counts]).reshape(len(stories), len(WORD_FIELDS))
                return texts.words(ids, counts, kept)

            yield read

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


@dataclass(frozen=True, slots=True)
class _Texts:
    """The texts of stories to tokenise, and which of them are not in the kept words."""

    stories: Sequence[Story]
    body_chars: int
    """How much of each body is read (where the index stops reading, or none)."""
    keys: list[bytes] | None
    """A hash of each story's texts (only when there are kept words)."""
    missing: Sequence[int]
    """The stories whose texts are not in the kept words (all, when none are kept)."""

    @classmethod
    def of(
        cls, stories: Sequence[Story], bodies: bool, kept: dict[bytes, tuple[np.ndarray, np.ndarray]] | None
    ) -> _Texts:
        """The stories' texts (with bodies or not) and which of them ``kept`` lacks."""
        body_chars = BODY_CHARS_LIMIT if bodies else 0
        if kept is None:  # nothing to reuse or keep: no need to tell the stories' texts apart
            return cls(stories, body_chars, None, range(len(stories)))
        keys = [
            hashlib.blake2b(
                "\0".join(_fields(s, body_chars)).encode("utf-8", "surrogatepass"), digest_size=16
            ).digest()
            for s in stories
        ]
        return cls(stories, body_chars, keys, [i for i, key in enumerate(keys) if key not in kept])

    def of_stories(self, which: Iterable[int]) -> Iterator[str]:
        """The WORD_FIELDS of these stories in a row, each made as it is read (the body cut).

        Not made for all stories up front: the cut bodies would fill fresh memory (slow to
        touch), where texts read as they are made reuse the same.
        """
        for i in which:
            yield from _fields(self.stories[i], self.body_chars)

    def words(
        self, ids: np.ndarray, counts: np.ndarray, kept: dict[bytes, tuple[np.ndarray, np.ndarray]] | None
    ) -> StoryWords:
        """Every story's words, given the missing ones' (``ids`` in a row, ``counts`` a row per story).

        ``kept`` is left holding these stories' words.
        """
        if self.keys is None or kept is None:
            return StoryWords(ids, counts)
        if self.missing:
            ends = np.cumsum(counts.sum(axis=1)).tolist()
            starts = [0, *ends[:-1]]
            for row, i in enumerate(self.missing):
                kept[self.keys[i]] = (ids[starts[row] : ends[row]], counts[row])
        found = [kept[key] for key in self.keys]
        kept.clear()  # only this call's stories are kept for the next one
        kept.update(zip(self.keys, found, strict=True))
        if self.missing and len(self.missing) == len(found):  # all read now: the words are already in a row
            return StoryWords(ids, counts)
        if not found:
            return StoryWords(np.zeros(0, dtype=np.int32), np.zeros((0, len(WORD_FIELDS)), dtype=np.int64))
        return StoryWords(np.concatenate([f[0] for f in found]), np.stack([f[1] for f in found]))


def _fields(story: Story, body_chars: int) -> tuple[str, str, str, str]:
    """A story's WORD_FIELDS, its body cut after ``body_chars``."""
    return (story.title, story.keywords, story.lede, story.body[:body_chars])


def _tokenised(texts: _Texts, which: Sequence[int], parallel: bool) -> tuple[np.ndarray, np.ndarray]:
    """The stem ids of these stories' texts in a row, and how many each field has (a row per story)."""
    first = vocabulary_size()
    parts = processes.in_halves(
        lambda start, stop: _tokenised_from(texts, which[start:stop], first),
        len(which),
        parallel and len(which) >= PARALLEL_MIN_STORIES,
    )
    ids = np.concatenate([adopt_ids(ids, first, stems) for ids, _, stems in parts])
    counts = np.concatenate([c for _, c, _ in parts]).reshape(len(which), len(WORD_FIELDS))
    return ids, counts


def _tokenised_from(
    texts: _Texts, which: Sequence[int], first: int
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The stem ids of these stories' texts, their counts, and the stems learnt since there were ``first``."""
    ids, counts = tokenise(texts.of_stories(which))
    return ids, counts, stems_from(first)


def _tokenised_into(
    shared: BinaryIO, texts: _Texts, which: Sequence[int], first: int
) -> tuple[int, np.ndarray, list[str]]:
    """``_tokenised_from``, the ids written to ``shared`` (their count returned in their place).

    A forked helper's ids (tens of megabytes) go through a file in memory: sent through a
    pipe, they were copied three times into fresh memory (slow to touch) and unpickled.
    """
    ids, counts, stems = _tokenised_from(texts, which, first)
    shared.seek(0)
    shared.truncate()
    shared.write(memoryview(ids).cast("B"))
    shared.flush()
    return len(ids), counts, stems


def _read_into(shared: BinaryIO, out: np.ndarray) -> None:
    """Fill ``out`` with the ids ``_tokenised_into`` wrote to ``shared``."""
    shared.seek(0)
    view = memoryview(out).cast("B")
    done = 0
    while done < len(view):
        read = shared.readinto(view[done:])
        if not read:
            raise EOFError("the helper's ids were cut short")
        done += read
