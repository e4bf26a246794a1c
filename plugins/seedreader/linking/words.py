"""Each story's words for linking: tokenised once, kept for a rebuild while its texts are unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

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
        body_chars = BODY_CHARS_LIMIT if bodies else 0
        texts = [(s.title, s.keywords, s.lede, s.body[:body_chars]) for s in stories]
        if kept is None:  # nothing to reuse or keep: no need to tell the stories' texts apart
            return cls(*_tokenised(texts, range(len(texts)), parallel))
        keys = [
            hashlib.blake2b("\0".join(t).encode("utf-8", "surrogatepass"), digest_size=16).digest()
            for t in texts
        ]
        missing = [i for i, key in enumerate(keys) if key not in kept]
        if missing:
            ids, counts = _tokenised(texts, missing, parallel)
            ends = np.cumsum(counts.sum(axis=1)).tolist()
            starts = [0, *ends[:-1]]
            for row, i in enumerate(missing):
                kept[keys[i]] = (ids[starts[row] : ends[row]], counts[row])
        found = [kept[key] for key in keys]
        kept.clear()  # only this call's stories are kept for the next one
        kept.update(zip(keys, found, strict=True))
        if missing and len(missing) == len(found):  # all read now: the words are already in a row
            return cls(ids, counts)
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


def _tokenised(
    texts: Sequence[tuple[str, ...]], which: Sequence[int], parallel: bool
) -> tuple[np.ndarray, np.ndarray]:
    """The stem ids of these stories' texts in a row, and how many each field has (a row per story)."""
    first = vocabulary_size()

    def work(start: int, stop: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
        ids, counts = tokenise(text for i in which[start:stop] for text in texts[i])
        return ids, counts, stems_from(first)

    parts = processes.in_halves(work, len(which), parallel and len(which) >= PARALLEL_MIN_STORIES)
    ids = np.concatenate([adopt_ids(ids, first, stems) for ids, _, stems in parts])
    counts = np.concatenate([c for _, c, _ in parts]).reshape(len(which), len(WORD_FIELDS))
    return ids, counts
