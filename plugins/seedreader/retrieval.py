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

import snowballstemmer

#: BM25 term-frequency saturation and length normalisation.
BM25_K1 = 1.2
BM25_B = 0.75
#: How much a term found in each field counts: a headline is most like a title, then a lede.
FIELD_WEIGHTS = {"title": 4.0, "lede": 2.0, "body": 1.0}
#: Only the start of the body is indexed: headlines name what a story opens with,
#: and this keeps the index small at 50,000 stories.
BODY_TERMS_LIMIT = 150
#: Words too common to tell stories apart.
STOPWORDS = frozenset(
    "a an and are as at be been but by for from has have had he her his in into is it its of on or "
    "that the their them they this to was were will with after over says said say not no new more "
    "than who what when where how why which would could should may can about amid against up out "
    "s".split()
)
#: How much a headline word that no story contains counts, relative to a word only one story has.
UNKNOWN_TERM_WEIGHT = 0.75
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
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
    """Stemmed content words of a text, in order (stopwords removed)."""
    out = []
    for word in WORD_RE.findall(text.lower()):
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOPWORDS:
            continue
        stem = _stems.get(word)
        if stem is None:
            stem = _stems[word] = _stemmer.stemWord(word)
        out.append(stem)
    return out


def _first_words(text: str, count: int) -> str:
    """The first ``count`` white-space separated words of a text."""
    return " ".join(text.split(maxsplit=count)[:count])


@dataclass(frozen=True, slots=True)
class Document:
    """The fields of one story that the index reads."""

    title: str
    lede: str
    body: str


class Index:
    """A BM25F inverted index over stories' title, lede and the start of the body."""

    def __init__(self, documents: Sequence[Document]):
        self.size = len(documents)
        fields = [self._fields(d) for d in documents]
        average = {
            name: (sum(len(f[name]) for f in fields) / self.size) or 1.0 if self.size else 1.0
            for name in FIELD_WEIGHTS
        }
        postings: dict[str, tuple[array, array]] = {}
        for doc, field_terms in enumerate(fields):
            weights: Counter[str] = Counter()
            for name, weight in FIELD_WEIGHTS.items():
                words = field_terms[name]
                norm = 1 - BM25_B + BM25_B * len(words) / average[name]
                for term, count in Counter(words).items():
                    weights[term] += weight * count / norm
            for term, weight in weights.items():
                ids, tfs = postings.get(term) or postings.setdefault(term, (array("i"), array("f")))
                ids.append(doc)
                tfs.append(weight)
        self._postings = postings

    @staticmethod
    def _fields(document: Document) -> dict[str, list[str]]:
        return {
            "title": terms(document.title),
            "lede": terms(document.lede),
            # Cut the text before stemming it: a long body's tail would be stemmed for nothing.
            "body": terms(_first_words(document.body, 2 * BODY_TERMS_LIMIT))[:BODY_TERMS_LIMIT],
        }

    def idf(self, term: str) -> float:
        """BM25 inverse document frequency.

        A term no story has weighs like one found in a single story, scaled down:
        in a small archive ordinary words (``gets``, ``light``) are missing too,
        and a paraphrased headline is full of them.
        """
        if term not in self._postings:
            return UNKNOWN_TERM_WEIGHT * math.log(1 + (self.size - 0.5) / 1.5)
        df = len(self._postings[term][0])
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(self, query: str, exclude: int | None = None, limit: int = 5) -> list[tuple[int, float]]:
        """The best documents for a query as (index, score), score in [0, 1).

        The score is the idf-weighted share of the query's terms that a story
        contains, each saturating with how strongly it contains it: 0.7 means
        most of the headline's distinctive words are in the story's title or lede.
        """
        query_terms = list(dict.fromkeys(terms(query)))
        total = sum(self.idf(t) for t in query_terms)
        if not total:
            return []
        scores: dict[int, float] = {}
        for term in query_terms:
            if term not in self._postings:
                continue
            idf = self.idf(term)
            ids, tfs = self._postings[term]
            for doc, tf in zip(ids, tfs, strict=True):
                scores[doc] = scores.get(doc, 0.0) + idf * tf / (BM25_K1 + tf)
        scores.pop(exclude, None)
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [(doc, score / total) for doc, score in best]
