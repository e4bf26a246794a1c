"""Text retrieval for READ MORE headlines: normalised titles and a BM25F index.

The index is built once per archive; a query only touches the postings of its
own terms, so resolving a headline does not scan every story. Headlines are
answered in batches: NumPy adds up the postings of thousands of them per call,
where one call per term of each headline made the calls cost more than the work.
"""

from __future__ import annotations

import math
import mmap
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import BinaryIO

import numpy as np
import snowballstemmer

from ..text.copies import powers_of
from .headlinese import IRREGULAR_FORMS

#: BM25 term-frequency saturation and length normalisation.
BM25_K1 = 1.2
BM25_B = 0.75
#: How much a term found in each field counts: a headline is most like a title, then a lede.
FIELD_WEIGHTS = {"title": 4.0, "lede": 2.0, "body": 1.0}
#: ``Index.fields_of`` bits: the title (with an editor's tags and summary), the lede, the body's start.
FIELD_BITS = {name: 1 << i for i, name in enumerate(FIELD_WEIGHTS)}
#: Only the start of the body is indexed (about 250 words): headlines name what a story
#: opens with, and this keeps the index small and quick to build at 50,000 stories.
BODY_CHARS_LIMIT = 1500
#: Tokens (and postings) the index is built from at a time: small enough that each step's
#: temporaries stay a few megabytes, large enough that NumPy's per-call cost vanishes.
INDEX_CHUNK = 1 << 20
#: A token's field in its sort key's low bits (``Index._build``).
FIELD_KEY_BITS = 2
FIELD_KEY_MASK = (1 << FIELD_KEY_BITS) - 1
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
#: ASCII letters and digits kept, every other byte made a space. In UTF-8 text whose letters
#: and digits are all ASCII (most text), ``split()`` then finds WORD_RE's words, twice as
#: fast: no Unicode lookup per character.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_ASCII_BYTES = bytes(range(128))
_APOSTROPHES_RE = re.compile(r"['’‘`´]")
_NON_WORD_RE = re.compile(r"[\W_]+")

#: Characters of texts tokenised at a time (``tokenise``): enough that NumPy's per-call cost
#: vanishes, few enough that a chunk's arrays stay in the CPU's caches.
TOKENISE_CHUNK_CHARS = 1 << 16
#: Joins a chunk's texts: no word character, so no word spans two texts, and its place tells
#: where each text ends (a chunk with one already in its texts is read text by text).
TEXT_BREAK = "\x01"
#: Words of up to this many letters and digits are told apart in NumPy as numbers in base
#: PACK_BASE (each character a digit from 1 to 36): 37 ** 12 < 2 ** 63, so each number is a
#: different word. Longer words (one in 2,000) are looked up one by one.
PACKED_WORD_CHARS = 12
PACK_BASE = 37
#: A packed word's slot in ``_PackedWords``: the top bits of its number times this odd
#: constant (Fibonacci hashing), the table kept at most this full.
_SLOT_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_PACKED_TABLE_LOAD = 0.25
#: ASCII letters lower-cased and digits kept, TEXT_BREAK kept, every other byte a space.
_CHUNK_BYTES = bytes(
    ord(chr(c).lower()) if (c < 128 and chr(c).isalnum()) or chr(c) == TEXT_BREAK else 32 for c in range(256)
)
#: A lower-case ASCII letter or digit's base-PACK_BASE digit (1-36); 0 for a byte no word has.
_PACK_DIGITS = np.zeros(256, dtype=np.uint64)
_PACK_DIGITS[np.frombuffer(b"0123456789abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)] = np.arange(1, 37)
#: A query term in more stories than this (and than COMMON_TERM_SHARE of them) does not
#: propose candidates: it only adds to the scores of stories a rarer term proposed.
COMMON_TERM_MIN_DF = 1000
COMMON_TERM_SHARE = 0.02
#: A headline word also finds stories that say the same thing otherwise (``search_many``'s
#: ``alternatives``: "put off" for "delays"), at this share of what the word itself counts.
ALTERNATIVE_WEIGHT = 0.6
#: A headline's best candidates by its own words that are scored again with its words'
#: alternatives: enough that a story telling its event in other words moves up among them.
ALTERNATIVE_POOL = 30
#: ``top_per_group`` narrows groups of at least this many items per pick down by a histogram
#: of their scores (at most HISTOGRAM_BINS bins each), not by a sort of all the items.
HISTOGRAM_ITEMS_PER_PICK = 16
HISTOGRAM_BINS = 256
#: Headlines searched together, and about how many postings they may expand at once:
#: large enough that NumPy's per-call cost vanishes, small enough to stay in the CPU's caches
#: and that a batch's temporaries (about 17 MB) are reused by the next batch. At 250,000
#: (35 MB) a forked helper's allocator gave them back to the system after each batch and
#: took them again fresh (20-30 MB of page faults per batch, a third of its search time).
SEARCH_BATCH_QUERIES = 512
SEARCH_BATCH_POSTINGS = 125_000

_stemmer = snowballstemmer.stemmer("english")
#: An irregular form -> the word it is a form of, stemmed as that word ("won" as "win").
_BASE_FORM = {form: line.split()[0] for line in IRREGULAR_FORMS for form in line.split()[1:]}
#: stem -> id, and the stems by id.
_stem_ids: dict[str, int] = {}
_stems: list[str] = []


class _WordIds(dict):
    """word -> id of its stem (-1 for stopwords and single letters), learnt on first sight.

    A dict that fills itself: looking up millions of words costs one dict lookup each, and
    only a new word is stemmed.
    """

    def __init__(self) -> None:
        super().__init__()
        self.packed = _PackedWords()
        """The same ids by packed word (``tokenise``)."""

    def __missing__(self, word: str) -> int:
        stem = "" if len(word) < 2 or word in STOPWORDS else _stemmer.stemWord(_BASE_FORM.get(word, word))
        if stem and stem not in _stem_ids:
            _stem_ids[stem] = len(_stems)
            _stems.append(stem)
        self[word] = found = _stem_ids[stem] if stem else -1
        return found

    def clear(self) -> None:
        """Forget every word, by packed number too."""
        super().clear()
        self.packed = _PackedWords()


class _PackedWords:
    """Packed word (``PACKED_WORD_CHARS``) -> id of its stem: ``_WordIds`` for NumPy.

    An open-addressing hash table in two arrays (0 marks a free slot: no word packs to 0),
    so a chunk's millions of words are looked up with a few array operations. It only
    holds what ``_WordIds`` answered.
    """

    def __init__(self, bits: int = 12) -> None:
        self.bits = bits
        self.keys = np.zeros(1 << bits, dtype=np.uint64)
        self.ids = np.zeros(1 << bits, dtype=np.int32)
        self.size = 0

    def get(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each key's id, and whether the table has it (0 never is)."""
        ids = np.zeros(len(keys), dtype=np.int32)
        found = np.zeros(len(keys), dtype=bool)
        todo, slot = np.arange(len(keys)), self._slots(keys)
        while len(todo):  # linear probing: the next slot, until the key or a free slot
            there = self.keys[slot]
            hit = np.flatnonzero((there == keys[todo]) & (there != 0))
            ids[todo[hit]] = self.ids[slot[hit]]
            found[todo[hit]] = True
            on = np.flatnonzero((there != keys[todo]) & (there != 0))
            todo, slot = todo[on], (slot[on] + 1) & ((1 << self.bits) - 1)
        return ids, found

    def add(self, keys: np.ndarray, ids: np.ndarray) -> None:
        """Learn distinct keys the table lacks."""
        if (self.size + len(keys)) > _PACKED_TABLE_LOAD * len(self.keys):
            held = np.flatnonzero(self.keys)
            old_keys, old_ids = self.keys[held], self.ids[held]
            while (self.size + len(keys)) > _PACKED_TABLE_LOAD * (1 << self.bits):
                self.bits += 1
            self.keys = np.zeros(1 << self.bits, dtype=np.uint64)
            self.ids = np.zeros(1 << self.bits, dtype=np.int32)
            self.size = 0
            self._place(old_keys, old_ids)
        self._place(keys, ids)

    def _place(self, keys: np.ndarray, ids: np.ndarray) -> None:
        slot = self._slots(keys)
        self.size += len(keys)
        while len(keys):  # each free slot to the first key that wants it; the others try the next
            free = np.flatnonzero(self.keys[slot] == 0)
            _, first = np.unique(slot[free], return_index=True)
            placed = free[first]
            self.keys[slot[placed]], self.ids[slot[placed]] = keys[placed], ids[placed]
            left = np.ones(len(keys), dtype=bool)
            left[placed] = False
            keys, ids, slot = keys[left], ids[left], (slot[left] + 1) & ((1 << self.bits) - 1)

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        return ((keys * _SLOT_MULTIPLIER) >> np.uint64(64 - self.bits)).astype(np.int64)


_word_ids = _WordIds()


def normalise_title(text: str) -> str:
    """Case, quotes, dashes, punctuation and spaces (NBSP too) folded away."""
    if text.isascii():  # the same, quicker: NFKC leaves ASCII alone
        return " ".join(words_of(text.replace("'", "").replace("`", "")))
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES_RE.sub("", text)
    return _NON_WORD_RE.sub(" ", text).strip()


def words_of(text: str) -> list[str]:
    """The text's words (WORD_RE), lower-cased."""
    lowered = text.lower()
    encoded = lowered.encode("utf-8", "surrogatepass")
    if not lowered.isascii():
        others = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if any(c.isalnum() for c in set(others)):
            return WORD_RE.findall(lowered)
    return encoded.translate(_ASCII_WORD_BYTES).decode("ascii").split()


def term_ids(text: str) -> list[int]:
    """Ids of the stems of a text's words, in order; -1 marks a stopword."""
    return ids_of_words(words_of(text))


def ids_of_words(words: Iterable[str]) -> list[int]:
    """``term_ids`` of words already split (``words_of``)."""
    return list(map(_word_ids.__getitem__, words))


def tokenise(texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """``term_ids`` of many texts: all their ids in one int32 array, and each text's count.

    Texts are read in chunks of about TOKENISE_CHUNK_CHARS (``_tokenise_chunk``): a chunk's
    words are found and looked up in NumPy, where a Python call per word (14 million at
    50,000 stories) took most of the time.
    """
    ids: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    chunk: list[str] = []
    chars = 0
    for text in texts:
        chunk.append(text)
        chars += len(text)
        if chars >= TOKENISE_CHUNK_CHARS:
            _tokenise_chunk(chunk, ids, counts)
            chunk, chars = [], 0
    _tokenise_chunk(chunk, ids, counts)
    if not ids:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
    return np.concatenate(ids), np.concatenate(counts).astype(np.int64, copy=False)


def _tokenise_chunk(texts: list[str], ids: list[np.ndarray], counts: list[np.ndarray]) -> None:
    """``tokenise`` of a few texts, put at the end of ``ids`` and ``counts``.

    The texts are joined and encoded once. When no character outside ASCII is, or turns into,
    a letter or digit, the words are the runs of ASCII letters and digits (as ``words_of``
    finds them), found in NumPy; otherwise the texts are halved until each part is, or is
    one text read by ``words_of``.
    """
    if not texts:
        return
    joined = TEXT_BREAK.join(texts)
    encoded = joined.encode("utf-8", "surrogatepass")
    if joined.count(TEXT_BREAK) != len(texts) - 1 or not _ascii_words_only(joined, encoded):
        if len(texts) == 1:
            found = words_of(joined)
            ids.append(np.fromiter(map(_word_ids.__getitem__, found), dtype=np.int32, count=len(found)))
            counts.append(np.array([len(found)], dtype=np.int64))
            return
        half = len(texts) // 2
        _tokenise_chunk(texts[:half], ids, counts)
        _tokenise_chunk(texts[half:], ids, counts)
        return
    text = encoded.translate(_CHUNK_BYTES)
    chars = np.frombuffer(text, dtype=np.uint8)
    digits = _PACK_DIGITS[chars]
    edges = np.diff((digits > 0).view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    found = _packed_ids(text, digits, starts, ends)
    # Each text's words: those starting between the breaks around it.
    breaks = np.searchsorted(starts, np.flatnonzero(chars == ord(TEXT_BREAK)))
    ids.append(found)
    counts.append(np.diff(breaks, prepend=0, append=len(starts)))


def _ascii_words_only(text: str, encoded: bytes) -> bool:
    """Whether no character of the text outside ASCII is a letter or digit once lower-cased.

    Then lower-casing the ASCII letters alone gives ``words_of``'s words (the others all part words).
    """
    if text.isascii():
        return True
    others = set(encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
    return not any(c.isalnum() for char in others for c in char.lower())


def _packed_ids(text: bytes, digits: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The ids of the words ``text[start:end]``, each packed into a number (``PACKED_WORD_CHARS``).

    A word's number is the sum of its digits times PACK_BASE to the power of their places:
    the difference of two running sums, divided by its first place's power (times that
    power's inverse modulo 2 ** 64, where NumPy's uint64 wraps; the number is smaller).
    Words the table lacks (and long ones) go to ``_word_ids`` in order, so new stems get
    the ids they would one word at a time.
    """
    table = _word_ids.packed
    powers, inverses = powers_of(PACK_BASE, len(digits) + 1)
    running = np.zeros(len(digits) + 1, dtype=np.uint64)
    np.cumsum(digits * powers[: len(digits)], out=running[1:])
    keys = (running[ends] - running[starts]) * inverses[starts]
    keys[ends - starts > PACKED_WORD_CHARS] = 0  # not a word's number: looked up by the word
    ids, found = table.get(keys)
    missing = np.flatnonzero(~found)
    if not len(missing):
        return ids
    learnt: dict[int, int] = {}
    looked_up = []
    for start, end, key in zip(
        starts[missing].tolist(), ends[missing].tolist(), keys[missing].tolist(), strict=True
    ):
        known = learnt.get(key) if key else None
        if known is None:
            known = _word_ids[text[start:end].decode("ascii")]
            if key:
                learnt[key] = known
        looked_up.append(known)
    ids[missing] = looked_up
    if learnt:
        table.add(
            np.fromiter(learnt, dtype=np.uint64, count=len(learnt)),
            np.fromiter(learnt.values(), dtype=np.int32, count=len(learnt)),
        )
    return ids


def vocabulary_size() -> int:
    """How many stems have ids: the ids learnt from now on are this or more."""
    return len(_stems)


def stems_from(first: int) -> list[str]:
    """The stems learnt since the vocabulary had ``first`` of them, in id order."""
    return _stems[first:]


def adopt_ids(ids: np.ndarray, first: int, stems: Sequence[str], out: np.ndarray | None = None) -> np.ndarray:
    """Ids made by a forked copy of this vocabulary as ids of this one (written to ``out`` if given).

    The copy had ``first`` stems when it forked, then learnt ``stems``: ids below ``first``
    mean the same here; the others are looked up (or learnt) by their stem.
    """
    for stem in stems:
        if stem not in _stem_ids:
            _stem_ids[stem] = len(_stems)
            _stems.append(stem)
    mapping = np.array([_stem_ids[stem] for stem in stems], dtype=ids.dtype)
    if np.array_equal(mapping, np.arange(first, first + len(stems))):  # made here, or no new stems
        if out is None:
            return ids
        out[...] = ids
        return out
    # Every id's id here by table lookup (the last place answers -1, a stopword, with -1, as an
    # index reads it), a chunk at a time: ``out`` may be ``ids`` itself, and temporaries stay small.
    table = np.concatenate([np.arange(first, dtype=ids.dtype), mapping, np.array([-1], dtype=ids.dtype)])
    out = np.empty_like(ids) if out is None else out
    for low in range(0, len(ids), INDEX_CHUNK):
        out[low : low + INDEX_CHUNK] = table[ids[low : low + INDEX_CHUNK]]
    return out


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
        texts = (text for d in documents for text in (d.title, d.lede, d.body[:BODY_CHARS_LIMIT]))
        self._build(len(documents), *tokenise(texts))

    @classmethod
    def from_term_ids(cls, size: int, ids: np.ndarray, counts: np.ndarray) -> Index:
        """The index of ``size`` documents given as ``tokenise`` of each one's title, lede and body."""
        index = cls.__new__(cls)
        index._build(size, ids, counts)
        return index

    def _build(self, size: int, ids: np.ndarray, counts: np.ndarray) -> None:
        self.size = size
        fields, stories = len(FIELD_WEIGHTS), max(size, 1)
        # Each kept token as one number: (term, story) above, its field in the low FIELD_KEY_BITS.
        # Sorted, a posting's tokens come field by field, as in the text: the same additions.
        keys = np.empty(len(ids), dtype=np.int64)  # pages past the kept tokens are never touched
        length = np.zeros(size * fields, dtype=np.int64)
        kept = 0
        ends = np.cumsum(counts)
        for low, high in _chunks(ends, INDEX_CHUNK):
            first = ends[low - 1] if low else 0
            slot = np.repeat(np.arange(low, high, dtype=np.int64), counts[low:high])
            chunk = ids[first : ends[high - 1]]
            mine = chunk >= 0
            slot, chunk = slot[mine], chunk[mine]
            length[low:high] = np.bincount(slot - low, minlength=high - low)
            out = keys[kept : kept + len(chunk)]
            np.multiply(chunk, stories, out=out, dtype=np.int64)
            out += slot // fields
            out <<= FIELD_KEY_BITS
            out += slot % fields
            kept += len(chunk)
        keys = _shrunk(keys, kept)
        keys.sort(kind="stable")  # faster than quicksort here too (see stable_order)
        # BM25F: each field's term frequency is normalised by the field's length, then weighted.
        length = length.reshape(size, fields).astype(np.float64)
        average = np.maximum(length.mean(axis=0), 1.0) if size else np.ones(fields)
        weight = np.array(list(FIELD_WEIGHTS.values()))
        factor = (weight / (1 - BM25_B + BM25_B * length / average)).ravel()
        # Postings made in chunks of whole postings, each written over the tokens already read
        # (there are fewer): no temporary as long as all the tokens (fresh memory is slow to touch).
        saturation = np.empty(kept, dtype=np.float64)
        bits = np.empty(kept, dtype=np.uint8)
        made = 0
        for low, high in _posting_chunks(keys, INDEX_CHUNK):
            posting = keys[low:high] >> FIELD_KEY_BITS
            field = (keys[low:high] & FIELD_KEY_MASK).astype(np.uint8)
            firsts, group = _runs(posting)
            slot = posting % stories
            slot *= fields
            slot += field
            tf = np.bincount(group, weights=factor[slot])
            done = slice(made, made + len(firsts))
            saturation[done] = tf / (tf + BM25_K1)
            keys[done] = posting[firsts]
            # Which fields each posting's term is in, one bit per field (FIELD_WEIGHTS order).
            bits[done] = np.bitwise_or.reduceat(np.left_shift(1, field, dtype=np.uint8), firsts)
            made += len(firsts)
        self._keys = _shrunk(keys, made)
        self._fields = _shrunk(bits, made)
        self._saturation = _shrunk(saturation, made)
        # Each posting's story: int64, as NumPy indexes twice as fast by int64 as by int32 arrays.
        self._docs = self._keys % stories
        # Where each stem's postings start (stems added later have none), and its idf.
        self._starts = np.searchsorted(self._keys, np.arange(len(_stems) + 1) * stories).tolist()
        self._idf = [self.idf(term, end - start) for term, (start, end) in enumerate(pairwise(self._starts))]
        self._unknown_idf = self.idf(-1, 0)
        self._idf_array: np.ndarray | None = None
        self._dense = np.zeros(size)  # scratch: one common term's saturation per story

    def write_to(self, handle: BinaryIO) -> None:
        """The index's arrays in a row into ``handle`` (a file in memory), for ``mapped``."""
        head = np.array([self.size, len(self._keys), len(self._starts)], dtype=np.int64)
        starts, idf = np.array(self._starts, dtype=np.int64), np.array(self._idf, dtype=np.float64)
        handle.seek(0)
        handle.truncate()
        for array in (head, self._keys, self._docs, self._saturation, starts, idf, self._fields):
            handle.write(memoryview(np.ascontiguousarray(array)).cast("B"))
        handle.flush()

    @classmethod
    def mapped(cls, handle: BinaryIO) -> Index:
        """The index ``write_to`` wrote to ``handle`` (by another process): its arrays mapped, not copied."""
        flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)  # the pages mapped at once
        shared = mmap.mmap(handle.fileno(), 0, flags=flags, prot=mmap.PROT_READ)
        size, postings, starts = np.frombuffer(shared, dtype=np.int64, count=3).tolist()
        at = 3 * 8

        def read(dtype: type, count: int) -> np.ndarray:
            nonlocal at
            array = np.frombuffer(shared, dtype=dtype, count=count, offset=at)
            at += array.nbytes
            return array

        index = cls.__new__(cls)
        index.size = size
        index._keys, index._docs = read(np.int64, postings), read(np.int64, postings)
        index._saturation = read(np.float64, postings)
        index._starts = read(np.int64, starts).tolist()
        index._idf = read(np.float64, starts - 1).tolist()
        index._fields = read(np.uint8, postings)
        index._unknown_idf = index.idf(-1, 0)
        index._idf_array = None
        index._dense = np.zeros(size)
        return index

    def fields_of(self, term_ids: np.ndarray, docs: np.ndarray) -> np.ndarray:
        """For each (term, document) pair, the fields the document has the term in (``FIELD_BITS``).

        0 when it has it nowhere it is indexed (title, lede, the start of the body).
        """
        term_ids = np.asarray(term_ids, dtype=np.int64)
        if not len(self._keys) or not len(term_ids):
            return np.zeros(len(term_ids), dtype=np.uint8)
        at, found = self._postings_at(term_ids, np.asarray(docs, dtype=np.int64))
        return np.where(found & (term_ids >= 0), self._fields[at], 0).astype(np.uint8)

    def _postings_at(self, term_ids: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where each (term, document) pair's posting is, and whether the index has one (not empty)."""
        near = term_ids if len(self._idf) <= 1 << 16 else None  # every term id fits 16 bits
        return find_keys(self._keys, term_ids * max(self.size, 1) + docs, in_key_order=True, near=near)

    def idf_of_many(self, term_ids: np.ndarray) -> np.ndarray:
        """Terms' idf in this index (a term no story has weighs as ``idf`` says)."""
        if self._idf_array is None:
            self._idf_array = np.array(self._idf, dtype=np.float64)
        known = (term_ids >= 0) & (term_ids < len(self._idf_array))
        return np.where(
            known,
            self._idf_array[np.where(known, term_ids, 0)] if len(self._idf_array) else 0.0,
            self._unknown_idf,
        )

    def idf(self, term_id: int, df: int) -> float:
        """BM25 inverse document frequency.

        A term no story has weighs like one found in a single story, scaled down:
        in a small archive ordinary words (``gets``, ``light``) are missing too,
        and a paraphrased headline is full of them.
        """
        if df == 0:
            return UNKNOWN_TERM_WEIGHT * math.log(1 + (self.size - 0.5) / 1.5)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(
        self,
        query: str,
        exclude: int | None = None,
        limit: int = 5,
        alternatives: Mapping[int, Sequence[tuple[int, ...]]] | None = None,
    ) -> list[tuple[int, float]]:
        """The best documents for a query as (index, score), score in [0, 1).

        The score is the idf-weighted share of the query's terms that a story
        contains, each saturating with how strongly it contains it: 0.7 means
        most of the headline's distinctive words are in the story's title or lede.
        Stories are proposed by the query's rarer terms; very common terms only add
        to their scores (a story sharing nothing but common words cannot pass).

        ``alternatives``: for a stem, the other ways (stems a story needs all of) news copy
        says the same thing with (``judge.Lexicon.alternatives``). A story that lacks a word
        of the query but has one of its ways counts ALTERNATIVE_WEIGHT of the word there;
        this only moves up the query's best ALTERNATIVE_POOL candidates by its own words.
        """
        return self.search_many([query], [exclude], limit, alternatives)[0]

    def search_many(
        self,
        queries: Sequence[str],
        exclude: Sequence[int | None] | None = None,
        limit: int = 5,
        alternatives: Mapping[int, Sequence[tuple[int, ...]]] | None = None,
    ) -> list[list[tuple[int, float]]]:
        """``search`` for each query (``exclude`` gives each one's story to leave out), in batches."""
        return self.search_many_leaving_out(queries, exclude, limit, alternatives)[0]

    def search_many_leaving_out(
        self,
        queries: Sequence[str],
        exclude: Sequence[int | None] | None = None,
        limit: int = 5,
        alternatives: Mapping[int, Sequence[tuple[int, ...]]] | None = None,
    ) -> tuple[list[list[tuple[int, float]]], list[float | None]]:
        """``search_many``, and each left-out story's own score where it is among the hits (else None).

        The story whose READ MORE line a query is: how well it matches its own line is a rival
        the judge weighs (``resolver.CLEAR_LEAD``), found at no cost by the search that leaves it out.
        """
        exclude = exclude if exclude is not None else [None] * len(queries)
        # Each distinct query once, one hit longer: leaving a story out of those hits afterwards
        # gives what leaving it out of the search would (many READ MORE lines repeat).
        distinct = list(dict.fromkeys(queries))
        found = self._search_distinct(distinct, limit + 1, alternatives or {})
        hits = dict(zip(distinct, found, strict=True))
        kept = [
            [hit for hit in hits[query] if hit[0] != left_out][:limit]
            for query, left_out in zip(queries, exclude, strict=True)
        ]
        own = [
            next((score for doc, score in hits[query] if doc == left_out), None)
            for query, left_out in zip(queries, exclude, strict=True)
        ]
        return kept, own

    def _search_distinct(
        self, queries: Sequence[str], limit: int, alternatives: Mapping[int, Sequence[tuple[int, ...]]]
    ) -> list[list[tuple[int, float]]]:
        """The best hits of each query, searched in batches."""
        results: list[list[tuple[int, float]]] = [[] for _ in queries]
        if not self.size:
            return results
        batch: list[tuple[int, _Plan]] = []
        expanded = 0
        for i, query in enumerate(queries):
            plan = self._plan(query, alternatives)
            if plan is None:
                continue
            batch.append((i, plan))
            expanded += plan.expands
            if len(batch) >= SEARCH_BATCH_QUERIES or expanded >= SEARCH_BATCH_POSTINGS:
                self._answer(batch, limit, results)
                batch, expanded = [], 0
        if batch:
            self._answer(batch, limit, results)
        return results

    def _plan(self, query: str, alternatives: Mapping[int, Sequence[tuple[int, ...]]]) -> _Plan | None:
        """A query's terms with their postings and weights; None when nothing can match."""
        starts, known = self._starts, len(self._idf)
        idfs, bounds, others = [], [], []
        total = 0.0
        for term_id in dict.fromkeys(term_ids(query)):
            if term_id < 0:
                continue
            idf = self._idf[term_id] if term_id < known else self._unknown_idf  # a word no story has
            total += idf
            if term_id in alternatives:
                others.append((idf, term_id, tuple(alternatives[term_id])))
            if term_id < known and starts[term_id + 1] > starts[term_id]:
                idfs.append(idf)
                bounds.append((starts[term_id], starts[term_id + 1]))
        if not total or not bounds:
            return None
        common = max(COMMON_TERM_MIN_DF, COMMON_TERM_SHARE * self.size)
        proposing = [end - start <= common for start, end in bounds]
        if not any(proposing):
            proposing = [True] * len(bounds)
        expands = sum(end - start for (start, end), p in zip(bounds, proposing, strict=True) if p)
        return _Plan(total, idfs, bounds, proposing, expands, tuple(others))

    def _answer(
        self, batch: list[tuple[int, _Plan]], limit: int, results: list[list[tuple[int, float]]]
    ) -> None:
        """Score a batch of planned queries and put each one's best hits into ``results``."""
        rows = _Rows.of(batch)
        found = self._candidates(rows)
        scores = _sum_in_term_order(
            rows.positions,
            len(found.doc),
            [self._proposing_adds(rows, found), self._common_adds(rows, found)],
        )
        rescored = any(plan.alternatives for _, plan in batch)
        pool = max(limit, ALTERNATIVE_POOL) if rescored else limit
        best = top_per_group(found.query, scores, found.doc, pool, rows.queries, ordered=True)
        best = best[scores[best] > 0]
        if rescored:
            plans = [plan for _, plan in batch]
            scores[best] += self._alternative_adds(plans, found.query[best], found.doc[best])
            best = best[top_per_group(found.query[best], scores[best], found.doc[best], limit, rows.queries)]
        totals = np.array([plan.total for _, plan in batch])
        shares = (scores[best] / totals[found.query[best]]).tolist()
        docs = found.doc[best].tolist()
        bounds = np.searchsorted(found.query[best], np.arange(rows.queries + 1)).tolist()
        for q, (i, _) in enumerate(batch):
            low, high = bounds[q], bounds[q + 1]
            results[i] = list(zip(docs[low:high], shares[low:high], strict=True))

    def _alternative_adds(self, plans: Sequence[_Plan], query: np.ndarray, doc: np.ndarray) -> np.ndarray:
        """What each (query, story) pair gains from the query words' alternatives (``search``).

        A word counts, in a story, the most of its own strength there and ALTERNATIVE_WEIGHT
        of its best way's (a way as strong as its weakest stem): the gain is the difference.
        """
        flat = _Alternatives.of(plans)
        # Each pair's query words with alternatives, and the stems of their ways.
        words_per_pair = flat.word_count[query]
        word = ragged_arange(flat.word_start[query], words_per_pair)
        word_pair = np.repeat(np.arange(len(query)), words_per_pair)
        stems_per_pair = flat.stem_count[query]
        stem = ragged_arange(flat.stem_start[query], stems_per_pair)
        strength = self._saturation_of(flat.stem[stem], np.repeat(doc, stems_per_pair))
        way_firsts = np.flatnonzero(flat.way_starts[stem])
        ways = np.minimum.reduceat(strength, way_firsts) if len(way_firsts) else strength[:0]
        word_firsts = np.flatnonzero(flat.word_starts[stem][way_firsts])
        best_way = np.maximum.reduceat(ways, word_firsts) if len(word_firsts) else ways[:0]
        own = self._saturation_of(flat.own[word], doc[word_pair])
        gain = flat.weight[word] * np.maximum(ALTERNATIVE_WEIGHT * best_way - own, 0.0)
        return np.bincount(word_pair, weights=gain, minlength=len(query))

    def _saturation_of(self, term_ids: np.ndarray, docs: np.ndarray) -> np.ndarray:
        """For each (term, document) pair, the term's saturated frequency there (0 when absent)."""
        if not len(self._keys) or not len(term_ids):
            return np.zeros(len(term_ids))
        at, found = self._postings_at(term_ids, docs)
        return np.where(found, self._saturation[at], 0.0)

    def _candidates(self, rows: _Rows) -> _Candidates:
        """Every (query, story) pair that a proposing term of the query names."""
        proposed = np.flatnonzero(rows.proposing)
        lengths = rows.end[proposed] - rows.start[proposed]
        at = ragged_arange(rows.start[proposed], lengths)
        keys = np.repeat(rows.query[proposed], lengths) * self.size + self._docs[at]
        order, keys, group, _ = sort_groups(keys)
        query = keys // self.size
        per_query = np.bincount(query, minlength=rows.queries)
        return _Candidates(
            query,
            keys % self.size,
            np.cumsum(per_query) - per_query,
            per_query,
            proposed,
            lengths,
            at,
            order,
            group,
        )

    def _proposing_adds(self, rows: _Rows, found: _Candidates) -> _Adds:
        """What the proposing terms add: read straight from the postings that proposed."""
        position = np.repeat(rows.position[found.proposed], found.lengths)[found.order]
        values = np.repeat(rows.idf[found.proposed], found.lengths) * self._saturation[found.at]
        return position, found.group, values[found.order]

    def _common_adds(self, rows: _Rows, found: _Candidates) -> _Adds:
        """What common terms add: each candidate looked up in them, term by term.

        A term's saturations are spread over a dense story-indexed array, then read at the
        candidates of every query in the batch that has the term.
        """
        common = np.flatnonzero(~rows.proposing)
        common = common[np.argsort(rows.start[common], kind="stable")]
        lengths = found.per_query[rows.query[common]]
        at = ragged_arange(found.first[rows.query[common]], lengths)
        docs, saturation = found.doc[at], np.zeros(len(at))
        row_ends = np.cumsum(lengths)
        term_first = np.flatnonzero(np.diff(rows.start[common], prepend=-1))
        term_last = np.append(term_first[1:], len(common))[: len(term_first)] - 1
        spans = zip(
            (row_ends - lengths)[term_first].tolist(),
            row_ends[term_last].tolist(),
            rows.start[common][term_first].tolist(),
            rows.end[common][term_first].tolist(),
            strict=True,
        )
        for low, high, start, end in spans:
            postings = self._docs[start:end]
            self._dense[postings] = self._saturation[start:end]
            saturation[low:high] = self._dense[docs[low:high]]
            self._dense[postings] = 0.0
        hit = saturation > 0
        position = np.repeat(rows.position[common], lengths)[hit]
        return position, at[hit], np.repeat(rows.idf[common], lengths)[hit] * saturation[hit]


#: What terms add to candidates' scores: each addition's term position, candidate and value.
_Adds = tuple[np.ndarray, np.ndarray, np.ndarray]


def _sum_in_term_order(terms: int, candidates: int, adds: list[_Adds]) -> np.ndarray:
    """Each candidate's score: what its terms add, added up in the order of the query's terms.

    A candidate has at most one addition per term position; ordered by position (stably),
    ``bincount`` adds each candidate's up in that order, so every score is the float a
    term-by-term loop gives. (A dense table of positions by candidates did the same with
    many times the memory: tens of megabytes per batch, fresh in a forked helper.)
    """
    position = np.concatenate([position for position, _, _ in adds])
    order = np.argsort(position.astype(np.uint16 if terms <= 1 << 16 else np.int64), kind="stable")
    candidate = np.concatenate([candidate for _, candidate, _ in adds])[order]
    value = np.concatenate([value for _, _, value in adds])[order]
    return np.bincount(candidate, weights=value, minlength=candidates)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a query needs from the index."""

    total: float
    """The sum of its terms' idf: a story with all of them at full strength scores 1."""
    idf: list[float]
    """The idf of each term some story has, in query order ..."""
    bounds: list[tuple[int, int]]
    """... where its postings start and end ..."""
    proposing: list[bool]
    """... and whether it proposes candidates (rare enough) or only adds to their scores."""
    expands: int
    """Postings the proposing terms bring."""
    alternatives: tuple[tuple[float, int, tuple[tuple[int, ...], ...]], ...] = ()
    """Its words that news copy says otherwise: (weight, stem, the other ways as stems)."""


@dataclass(frozen=True, slots=True)
class _Alternatives:
    """A batch's query words with alternatives, flattened: words query by query, their ways' stems."""

    word_start: np.ndarray
    word_count: np.ndarray
    """Each query's words with alternatives: where they start and how many ..."""
    weight: np.ndarray
    own: np.ndarray
    """... each word's weight and stem ..."""
    stem_start: np.ndarray
    stem_count: np.ndarray
    """... where each query's stems of ways start and how many it has ..."""
    stem: np.ndarray
    way_starts: np.ndarray
    word_starts: np.ndarray
    """... and each such stem, whether it starts a way and whether it starts a word's ways."""

    @classmethod
    def of(cls, plans: Sequence[_Plan]) -> _Alternatives:
        """The alternatives of a batch's plans."""
        weights, owns, stems, way_starts, word_starts = [], [], [], [], []
        word_counts, stem_counts = [], []
        for plan in plans:
            before = len(stems)
            for weight, own, ways in plan.alternatives:
                weights.append(weight)
                owns.append(own)
                for w, way in enumerate(ways):
                    stems += way
                    way_starts += [True] + [False] * (len(way) - 1)
                    word_starts += [w == 0] + [False] * (len(way) - 1)
            word_counts.append(len(plan.alternatives))
            stem_counts.append(len(stems) - before)
        word_count = np.array(word_counts, dtype=np.int64)
        stem_count = np.array(stem_counts, dtype=np.int64)
        return cls(
            np.cumsum(word_count) - word_count,
            word_count,
            np.array(weights, dtype=np.float64),
            np.array(owns, dtype=np.int64),
            np.cumsum(stem_count) - stem_count,
            stem_count,
            np.array(stems, dtype=np.int64),
            np.array(way_starts, dtype=bool),
            np.array(word_starts, dtype=bool),
        )


@dataclass(frozen=True, slots=True)
class _Rows:
    """A batch of plans as arrays: one row per (query, term some story has)."""

    queries: int
    positions: int
    """The most terms a query of the batch has."""
    query: np.ndarray
    position: np.ndarray
    """The term's place among its query's terms."""
    idf: np.ndarray
    start: np.ndarray
    end: np.ndarray
    proposing: np.ndarray

    @classmethod
    def of(cls, batch: list[tuple[int, _Plan]]) -> _Rows:
        """The rows of a batch, query by query, each query's terms in order."""
        per_query = np.array([len(plan.idf) for _, plan in batch])
        rows = int(per_query.sum())
        bounds = np.fromiter(
            chain.from_iterable(chain.from_iterable(plan.bounds for _, plan in batch)),
            dtype=np.int64,
            count=2 * rows,
        ).reshape(rows, 2)
        return cls(
            queries=len(batch),
            positions=int(per_query.max()),
            query=np.repeat(np.arange(len(batch)), per_query),
            position=np.arange(rows) - np.repeat(np.cumsum(per_query) - per_query, per_query),
            idf=np.fromiter(chain.from_iterable(plan.idf for _, plan in batch), dtype=np.float64, count=rows),
            start=bounds[:, 0],
            end=bounds[:, 1],
            proposing=np.fromiter(
                chain.from_iterable(plan.proposing for _, plan in batch), dtype=bool, count=rows
            ),
        )


@dataclass(frozen=True, slots=True)
class _Candidates:
    """A batch's candidates, by query then story, and how the proposing postings map onto them."""

    query: np.ndarray
    doc: np.ndarray
    first: np.ndarray
    """Where each query's candidates start ..."""
    per_query: np.ndarray
    """... and how many it has."""
    proposed: np.ndarray
    """The proposing rows, how many postings each brought and where those postings are ..."""
    lengths: np.ndarray
    at: np.ndarray
    order: np.ndarray
    """... those postings in candidate order, and the candidate of each."""
    group: np.ndarray


def _chunks(ends: np.ndarray, step: int) -> Iterator[tuple[int, int]]:
    """Ranges ``(low, high)`` of parts of about ``step`` items, given each part's cumulative end."""
    total = int(ends[-1]) if len(ends) else 0
    return _ranges(np.searchsorted(ends, np.arange(step, total, step), side="right"), len(ends))


def _posting_chunks(keys: np.ndarray, step: int) -> Iterator[tuple[int, int]]:
    """Ranges of about ``step`` sorted token keys, each cut where a posting starts."""
    cuts = np.arange(step, len(keys), step)
    starts = np.searchsorted(keys, ((keys[cuts - 1] >> FIELD_KEY_BITS) + 1) << FIELD_KEY_BITS)
    return _ranges(starts, len(keys))


def _ranges(cuts: np.ndarray, size: int) -> Iterator[tuple[int, int]]:
    """The ranges between 0, the cuts and ``size``, empty ones left out."""
    return pairwise(np.unique(np.concatenate([[0], cuts, [size]])).tolist())


def _shrunk(array: np.ndarray, size: int) -> np.ndarray:
    """``array`` cut to its first ``size`` items in place (no copy: fresh memory is slow to touch)."""
    array.resize(size, refcheck=False)
    return array


def ragged_arange(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``arange(start, start + length)`` for each pair, concatenated, without a Python loop."""
    lengths = np.asarray(lengths, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(np.asarray(starts) - offsets, lengths)


def find_keys(
    sorted_keys: np.ndarray, keys: np.ndarray, in_key_order: bool = False, near: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``keys`` is in ``sorted_keys`` (ascending, not empty), and whether it is there.

    ``in_key_order``: the keys are searched sorted (the answers put back in their places):
    each search then walks where the last one did, in the CPU's caches, where keys in any
    order each read a fresh path through all of ``sorted_keys``; worth it for many keys.
    ``near``: a coarser key of each, below 2 ** 16 (a term-document key's term), searched in
    its order instead: close enough for the caches, and NumPy sorts 16-bit keys by radix,
    several times quicker than the keys themselves (any order gives the same answers).
    """
    if in_key_order:
        if near is not None:
            order = np.argsort(near.astype(np.uint16), kind="stable")
            ordered = keys[order]
        else:
            order, ordered = stable_order(keys)
        at = np.empty(len(keys), dtype=np.int64)
        at[order] = np.searchsorted(sorted_keys, ordered)
    else:
        at = np.searchsorted(sorted_keys, keys)
    np.minimum(at, len(sorted_keys) - 1, out=at)
    return at, sorted_keys[at] == keys


def sort_groups(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Group equal keys (non-negative integers), keeping input order within a group.

    Returns the stable sorting order (``stable_order``), each distinct key (ascending),
    each sorted item's group and where each group starts.
    """
    order, ordered = stable_order(keys)
    firsts, group = _runs(ordered)
    return order, ordered[firsts], group, firsts


def _runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal sorted keys starts, and each key's run (0, 1, ...)."""
    new = np.empty(len(ordered), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    group = _running_count(new)
    group -= 1
    return np.flatnonzero(new), group


def stable_order(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The stable sorting order of integer keys, and the keys in that order.

    The position is packed under the key, so sorting plain integers does the work of a stable
    argsort (several times slower) when it fits (keys not negative, nor too large). The keys
    come mostly in sorted runs (postings, stories in order): NumPy's stable sort merges runs
    and took a tenth of its quicksort's time on them (packed keys are distinct: same result).
    """
    keys = np.asarray(keys, dtype=np.int64)
    count = len(keys)
    shift = max(count.bit_length(), 1)
    if count and keys.min() >= 0 and int(keys.max()).bit_length() + shift <= 63:
        packed = keys << shift
        # Positions as int32 where they fit: half the memory of a temporary as long as the keys.
        packed |= np.arange(count, dtype=np.int32 if count < 1 << 31 else np.int64)
        packed.sort(kind="stable")
        order = packed & ((1 << shift) - 1)
        packed >>= shift
        return order, packed
    order = np.argsort(keys, kind="stable")
    return order, keys[order]


def _running_count(flags: np.ndarray) -> np.ndarray:
    """How many flags are set up to each place (int64)."""
    # NumPy's cumsum of booleans straight to int64 takes a slow path; read as int8 it takes
    # the fast one, with no int32 array on the way (memory is what it costs).
    return np.cumsum(flags.view(np.int8), dtype=np.int64)


def top_per_group(
    group: np.ndarray, score: np.ndarray, tiebreak: np.ndarray, k: int, groups: int, ordered: bool = False
) -> np.ndarray:
    """Indices of each group's ``k`` best items: highest ``score`` first, then lowest ``tiebreak``.

    ``group`` holds ints in [0, groups); scores must not be negative. The result is ordered
    by group, then rank. A fast sort on a coarse key (group, then the score's leading bits)
    finds each group's k-th best score; only items that reach it are sorted exactly.
    ``ordered``: ``group`` ascending; then large groups are narrowed down by a histogram of
    their scores instead of that sort (``_reaching_by_histogram``).
    """
    if not len(group) or k <= 0:
        return np.zeros(0, dtype=np.int64)
    if ordered and len(group) >= HISTOGRAM_ITEMS_PER_PICK * k * groups:
        chosen = _reaching_by_histogram(group, score, k, groups)
    else:
        chosen = _reaching_by_sort(group, score, k, groups)
    chosen = chosen[np.lexsort((tiebreak[chosen], -score[chosen], group[chosen]))]
    ordered_groups = group[chosen]
    rank = np.arange(len(chosen)) - np.searchsorted(ordered_groups, ordered_groups)
    return chosen[rank < k]


def _reaching_by_sort(group: np.ndarray, score: np.ndarray, k: int, groups: int) -> np.ndarray:
    """The items reaching about each group's k-th best score: a sort of (group, leading bits)."""
    group_bits = max(int(groups - 1).bit_length(), 1)
    # A non-negative float's bits order like the float; the sign bit is always 0.
    bits = np.ascontiguousarray(score, dtype=np.float64).view(np.uint64)
    coarse = bits >> np.uint64(max(group_bits - 1, 0))
    packed = np.sort((group.astype(np.uint64) << np.uint64(64 - group_bits)) | coarse, kind="stable")
    sizes = np.bincount(group, minlength=groups)
    kth = np.cumsum(sizes) - np.minimum(sizes, k)
    low = np.uint64((1 << (64 - group_bits)) - 1)
    threshold = np.where(sizes > 0, packed[np.minimum(kth, len(packed) - 1)] & low, 0)
    return np.flatnonzero(coarse >= threshold[group])


def _reaching_by_histogram(group: np.ndarray, score: np.ndarray, k: int, groups: int) -> np.ndarray:
    """The items reaching about each group's k-th best score, ``group`` ascending.

    Each group's scores are binned from 0 to its best (a bin only grows with the score, so its k
    best are in its top bins, ties together), and the fewest top bins holding k items are kept. A
    few passes, no sort.
    """
    firsts = np.flatnonzero(np.diff(group, prepend=-1))
    best = np.zeros(groups)
    best[group[firsts]] = np.maximum.reduceat(score, firsts)
    bins = min(HISTOGRAM_BINS, max(len(group) // groups, 2))
    with np.errstate(over="ignore"):
        scale = np.divide(bins - 1, best, out=np.zeros(groups), where=best > 0)
    scale[~np.isfinite(scale)] = 0.0  # a best too small to scale: one bin, every item kept
    binned = (score * scale[group]).astype(np.int64)
    np.minimum(binned, bins - 1, out=binned)
    binned += group * bins
    counts = np.bincount(binned, minlength=groups * bins).reshape(groups, bins)
    # How many of a group's top bins hold fewer than k items: its lowest kept bin is below them.
    short = (np.cumsum(counts[:, ::-1], axis=1) < k).sum(axis=1)
    lowest = np.maximum(bins - short - 1, 0) + np.arange(groups) * bins
    return np.flatnonzero(binned >= lowest[group])
