"""Text retrieval for READ MORE headlines: normalised titles and a BM25F index.

The index is built once per archive; a query only touches the postings of its
own terms, so resolving a headline does not scan every story.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import snowballstemmer

#: BM25 term-frequency saturation and length normalisation.
BM25_K1 = 1.2
BM25_B = 0.75
#: How much a term found in each field counts: a headline is most like a title, then a lede.
FIELD_WEIGHTS = {"title": 4.0, "lede": 2.0, "body": 1.0}
#: Only the start of the body is indexed (about 250 words): headlines name what a story
#: opens with, and this keeps the index small and quick to build at 50,000 stories.
BODY_CHARS_LIMIT = 1500
#: Words too common to tell stories apart.
STOPWORDS = frozenset(
    "a an and are as at be been but by for from has have had he her his in into is it its of on or "
    "that the their them they this to was were will with after over says said say not no new more "
    "than who what when where how why which would could should may can about amid against up out "
    "s t d ll re ve m".split()
)
#: How much a headline word that no story contains counts, relative to a word only one story has.
UNKNOWN_TERM_WEIGHT = 0.75
#: A word: letters and digits. ``Veloria's`` gives ``veloria`` and ``s`` (a stopword).
WORD_RE = re.compile(r"[^\W_]+")
_APOSTROPHES_RE = re.compile(r"['’‘`´]")
_NON_WORD_RE = re.compile(r"[\W_]+")

_stemmer = snowballstemmer.stemmer("english")
#: word -> id of its stem (-1 for stopwords and single letters); grows as words are met.
_word_ids: dict[str, int] = {}
#: stem -> id, and the stems by id.
_stem_ids: dict[str, int] = {}
_stems: list[str] = []
#: A query term in more stories than this (and than COMMON_TERM_SHARE of them) does not
#: propose candidates: it only adds to the scores of stories a rarer term proposed.
COMMON_TERM_MIN_DF = 1000
COMMON_TERM_SHARE = 0.02


def normalise_title(text: str) -> str:
    """Case, quotes, dashes, punctuation and spaces (NBSP too) folded away."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES_RE.sub("", text)
    return _NON_WORD_RE.sub(" ", text).strip()


def term_ids(text: str) -> list[int]:
    """Ids of the stems of a text's words, in order; -1 marks a stopword."""
    words = WORD_RE.findall(text.lower())
    # Stem each new word once; the per-word work stays in C (set difference, map).
    for word in set(words).difference(_word_ids):
        stem = "" if len(word) < 2 or word in STOPWORDS else _stemmer.stemWord(word)
        if stem and stem not in _stem_ids:
            _stem_ids[stem] = len(_stems)
            _stems.append(stem)
        _word_ids[word] = _stem_ids[stem] if stem else -1
    return list(map(_word_ids.__getitem__, words))


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order (stopwords and single letters removed)."""
    return [_stems[i] for i in term_ids(text) if i >= 0]


@dataclass(frozen=True, slots=True)
class Document:
    """The fields of one story that the index reads."""

    title: str
    lede: str
    body: str


class Index:
    """A BM25F inverted index over stories' title, lede and the start of the body.

    Postings live in NumPy arrays sorted by (term, story), built and summed in C:
    at 50,000 stories Python touches each document a few times, not each word.
    """

    def __init__(self, documents: Sequence[Document]):
        self.size = size = len(documents)
        fields = len(FIELD_WEIGHTS)
        tokens, counts = array("i"), array("i")
        for document in documents:
            for text in (document.title, document.lede, document.body[:BODY_CHARS_LIMIT]):
                ids = term_ids(text)
                tokens.extend(ids)
                counts.append(len(ids))
        token_ids = np.frombuffer(tokens, dtype=np.int32)
        slot = np.repeat(np.arange(size * fields, dtype=np.int64), np.frombuffer(counts, dtype=np.int32))
        kept = token_ids >= 0
        token_ids, slot = token_ids[kept], slot[kept]
        # BM25F: each field's term frequency is normalised by the field's length, then weighted.
        length = np.bincount(slot, minlength=size * fields).reshape(size, fields).astype(np.float64)
        average = np.maximum(length.mean(axis=0), 1.0) if size else np.ones(fields)
        weight = np.array(list(FIELD_WEIGHTS.values()))
        factor = (weight / (1 - BM25_B + BM25_B * length / average)).ravel()
        keys = token_ids.astype(np.int64) * max(size, 1) + slot // fields
        unique, inverse = np.unique(keys, return_inverse=True)
        tf = np.bincount(inverse, weights=factor[slot])
        self._docs = unique % max(size, 1)
        self._saturation = tf / (BM25_K1 + tf)
        # Where each stem's postings start (stems added later have none).
        self._starts = np.searchsorted(unique // max(size, 1), np.arange(len(_stems) + 1)).tolist()

    def _postings(self, term_id: int) -> tuple[int, int]:
        """Where a term's postings start and end."""
        if term_id + 1 >= len(self._starts):
            return 0, 0
        return self._starts[term_id], self._starts[term_id + 1]

    def idf(self, term_id: int, df: int) -> float:
        """BM25 inverse document frequency.

        A term no story has weighs like one found in a single story, scaled down:
        in a small archive ordinary words (``gets``, ``light``) are missing too,
        and a paraphrased headline is full of them.
        """
        if df == 0:
            return UNKNOWN_TERM_WEIGHT * math.log(1 + (self.size - 0.5) / 1.5)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(self, query: str, exclude: int | None = None, limit: int = 5) -> list[tuple[int, float]]:
        """The best documents for a query as (index, score), score in [0, 1).

        The score is the idf-weighted share of the query's terms that a story
        contains, each saturating with how strongly it contains it: 0.7 means
        most of the headline's distinctive words are in the story's title or lede.
        Stories are proposed by the query's rarer terms; very common terms only add
        to their scores (a story sharing nothing but common words cannot pass).
        """
        if not self.size:
            return []
        spans = []
        for term_id in dict.fromkeys(i for i in term_ids(query) if i >= 0):
            start, end = self._postings(term_id)
            spans.append((self.idf(term_id, end - start), start, end))
        total = sum(idf for idf, _, _ in spans)
        present = [span for span in spans if span[2] > span[1]]
        if not total or not present:
            return []
        common = max(COMMON_TERM_MIN_DF, COMMON_TERM_SHARE * self.size)
        proposing = [span for span in present if span[2] - span[1] <= common] or present
        candidates = np.unique(np.concatenate([self._docs[start:end] for _, start, end in proposing]))
        scores = np.zeros(len(candidates))
        for idf, start, end in present:
            docs = self._docs[start:end]
            where = np.searchsorted(docs, candidates)
            hit = where < len(docs)
            hit[hit] = docs[where[hit]] == candidates[hit]
            scores[hit] += idf * self._saturation[start:end][where[hit]]
        if exclude is not None:
            scores[candidates == exclude] = 0.0
        order = np.lexsort((candidates, -scores))[:limit]
        return [(int(candidates[i]), float(scores[i]) / total) for i in order if scores[i] > 0]
