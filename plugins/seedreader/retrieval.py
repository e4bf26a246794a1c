"""Text retrieval for READ MORE headlines: normalised titles and a BM25F index.

The index is built once per archive; a query only touches the postings of its
own terms, so resolving a headline does not scan every story.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter
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
_stems: dict[str, str] = {}


def normalise_title(text: str) -> str:
    """Case, quotes, dashes, punctuation and spaces (NBSP too) folded away."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES_RE.sub("", text)
    return _NON_WORD_RE.sub(" ", text).strip()


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order (stopwords and single letters removed)."""
    words = WORD_RE.findall(text.lower())
    stems = _stems
    # Stem each new word once; the per-word work stays in C (set difference, map).
    for word in set(words).difference(stems):
        stems[word] = "" if len(word) < 2 or word in STOPWORDS else _stemmer.stemWord(word)
    return [stem for stem in map(stems.__getitem__, words) if stem]


@dataclass(frozen=True, slots=True)
class Document:
    """The fields of one story that the index reads."""

    title: str
    lede: str
    body: str


class Index:
    """A BM25F inverted index over stories' title, lede and the start of the body.

    Postings are stored term by term in NumPy arrays (compressed sparse rows), so a
    query adds up whole posting lists at C speed instead of looping over stories.
    """

    def __init__(self, documents: Sequence[Document]):
        self.size = len(documents)
        fields = [self._fields(d) for d in documents]
        average = {
            name: (sum(len(f[name]) for f in fields) / self.size) or 1.0 if self.size else 1.0
            for name in FIELD_WEIGHTS
        }
        vocabulary: dict[str, int] = {}
        term_ids, doc_ids, weights = array("i"), array("i"), array("d")
        for doc, field_terms in enumerate(fields):
            combined: dict[str, float] = {}
            for name, weight in FIELD_WEIGHTS.items():
                words = field_terms[name]
                factor = weight / (1 - BM25_B + BM25_B * len(words) / average[name])
                for term, count in Counter(words).items():
                    combined[term] = combined.get(term, 0.0) + factor * count
            for term, weight in combined.items():
                term_ids.append(vocabulary.setdefault(term, len(vocabulary)))
                doc_ids.append(doc)
                weights.append(weight)
        terms_array = np.frombuffer(term_ids, dtype=np.int32)
        order = np.argsort(terms_array, kind="stable")
        tf = np.frombuffer(weights, dtype=np.float64)[order]
        self._vocabulary = vocabulary
        self._docs = np.frombuffer(doc_ids, dtype=np.int32)[order]
        self._saturation = tf / (BM25_K1 + tf)
        self._starts = np.searchsorted(terms_array[order], np.arange(len(vocabulary) + 1))

    @staticmethod
    def _fields(document: Document) -> dict[str, list[str]]:
        return {
            "title": terms(document.title),
            "lede": terms(document.lede),
            "body": terms(document.body[:BODY_CHARS_LIMIT]),
        }

    def idf(self, term: str) -> float:
        """BM25 inverse document frequency.

        A term no story has weighs like one found in a single story, scaled down:
        in a small archive ordinary words (``gets``, ``light``) are missing too,
        and a paraphrased headline is full of them.
        """
        term_id = self._vocabulary.get(term)
        if term_id is None:
            return UNKNOWN_TERM_WEIGHT * math.log(1 + (self.size - 0.5) / 1.5)
        df = int(self._starts[term_id + 1] - self._starts[term_id])
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(self, query: str, exclude: int | None = None, limit: int = 5) -> list[tuple[int, float]]:
        """The best documents for a query as (index, score), score in [0, 1).

        The score is the idf-weighted share of the query's terms that a story
        contains, each saturating with how strongly it contains it: 0.7 means
        most of the headline's distinctive words are in the story's title or lede.
        """
        query_terms = list(dict.fromkeys(terms(query)))
        total = sum(self.idf(t) for t in query_terms)
        if not total or not self.size:
            return []
        scores = np.zeros(self.size)
        for term in query_terms:
            term_id = self._vocabulary.get(term)
            if term_id is None:
                continue
            start, end = self._starts[term_id], self._starts[term_id + 1]
            # A story appears once in a term's postings, so plain fancy-index addition is exact.
            scores[self._docs[start:end]] += self.idf(term) * self._saturation[start:end]
        if exclude is not None:
            scores[exclude] = 0.0
        found = np.flatnonzero(scores)
        if len(found) > limit:
            found = found[np.argpartition(-scores[found], limit - 1)[:limit]]
        best = sorted(((int(doc), float(scores[doc])) for doc in found), key=lambda item: (-item[1], item[0]))
        return [(doc, score / total) for doc, score in best[:limit]]
