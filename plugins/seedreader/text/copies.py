"""Near-duplicates: the same story published twice (another outlet, a reworded headline).

An archive pass after reading, like linking. Each seed's story text (lede and body, never
the title, which outlets reword) is cut into word shingles (``SHINGLE_WORDS`` words in a
row). Where the seed is read (``signature``, in the read-ahead workers) it keeps a sample
of them, its fingerprints: the shingles whose hash has its top bits 0, the same ones in
every story, so the share of one story's fingerprints that another has estimates how much
of the first the second holds, however short either is. An inverted index of the
fingerprints (``CopyIndex``) gives the pairs that share enough of them, without comparing
every story with every other; each such pair is then confirmed on the two whole texts:

- the share of the shorter story's shingles the other has **in the same order**
  (``in_order``) reaches ``SEEDREADER_COPY_CONTAINMENT``, or the Jaccard similarity of the
  two shingle sets reaches ``SEEDREADER_COPY_THRESHOLD``. An outlet that copies a story
  edits a word here and there, rewords the lede, cuts it short, but keeps its sentences in
  their order; two stories about one event, each with its own reporting, share names,
  facts and quotes, in another order and in few runs of five words: they stay apart;
- and no **figure** differs where the words around it agree (``_figures``: "two walkers
  who lost their way" and "three walkers who lost their way"): that is another report in
  an agency's stock words, or the story updated, not a copy.

Confirmed pairs join groups (connected components). The canonical copy of a group is its
earliest dated story, then the first by seed path (undated stories come after dated ones):
the same archive always gives the same choice, whatever order the files are read in.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from .model import SeedArticle

#: Words in a shingle: runs this long are rarely shared by two stories written apart.
SHINGLE_WORDS = 5
#: Words of a story read into its fingerprints: enough to tell a copy, bounded for long stories.
SIGNATURE_WORDS = 1500
#: The fingerprints are one shingle in eight: those whose hash has its top three bits 0 (the
#: same ones in every story), kept as the hash's low 32 bits (a rare clash only adds a pair to
#: compare): 750 bytes at most a story, 100 (25 fingerprints) for a 200-word story.
SAMPLE_SHIFT = np.uint64(61)
_LOW_32 = np.uint64(0xFFFFFFFF)
#: What a signature starts with: the fingerprints' format (four bytes, so they stay aligned).
#: A signature kept by older code lacks it and is made again (``is_current``).
SIGNATURE_FORMAT = b"fp1:"
#: A story with fewer fingerprints than this gets none: too short to tell a copy by them (its
#: opening words still can, see ``OPENING_WORDS``).
MIN_FINGERPRINTS = 2
#: A pair is compared when it shares this many fingerprints at least, and this share of the
#: smaller story's: half the least in-order share that makes a copy (0.5), so a copy whose
#: sample falls unluckily is still compared; on the gathered pages every pair of stories
#: with an in-order share of 0.4 or more is.
CANDIDATE_SHARED = 2
CANDIDATE_SHARE = 0.25
#: A fingerprint that this many stories have is stock wording ("said in a statement on"),
#: no sign of a copy: pairs are not made from it (copies pair by their other fingerprints).
#: It bounds the work: a generated archive of 5,000 stories has 6.5 million (pair, shared
#: fingerprint) to count with its template phrases, a million without them.
COMMON_FINGERPRINT = 64
#: Stories whose ledes open with the same this many words are compared too (then confirmed).
OPENING_WORDS = 12
_OPENING_WORD_RE = re.compile(r"\w+")
#: Figures (``_figures``): a number in digits, or one of these words (read as its digits, so
#: "ten" and "10" agree), and the words on either side of it that must agree for two
#: stories' figures to be the same fact.
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
).split()
FIGURE_CONTEXT = 3

#: Bytes that belong to a word: ASCII letters and digits, and every byte of a non-ASCII
#: character (UTF-8), so that words in any script count.
_WORD_BYTE = np.zeros(256, dtype=bool)
for _low, _high in ((48, 57), (65, 90), (97, 122), (128, 255)):
    _WORD_BYTE[_low : _high + 1] = True
#: Multiplier of the polynomial byte hash (odd, so invertible modulo 2**64).
_BASE = 0x100000001B3
#: Multiplier that chains word hashes into a shingle hash.
_CHAIN = np.uint64(0x9E3779B97F4A7C15)


def shingles(texts: Iterable[str], limit: int | None = None) -> np.ndarray:
    """The story's word shingles as 64-bit hashes (sorted, distinct); case is ignored."""
    return np.unique(shingle_sequence(texts, limit))


def shingle_sequence(texts: Iterable[str], limit: int | None = None) -> np.ndarray:
    """Every shingle's hash, in text order (repeats kept)."""
    return _chained(_word_hashes(*_words(texts, limit)), SHINGLE_WORDS)


def _words(texts: Iterable[str], limit: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The text's UTF-8 bytes (lower case), and where each word starts and ends in them."""
    data = np.frombuffer(" ".join(texts).lower().encode("utf-8", "surrogatepass"), dtype=np.uint8)
    # (A word starts or ends where a byte's kind differs from the one before it; comparing the flags
    # themselves, padded with a non-word byte at each end, is a few times faster than ``np.diff``.)
    inside = np.zeros(data.size + 2, dtype=bool)
    inside[1:-1] = _WORD_BYTE[data]
    edges = np.flatnonzero(inside[1:] != inside[:-1])
    starts, ends = edges[0::2], edges[1::2]
    if limit is not None:
        starts, ends = starts[:limit], ends[:limit]
    return data, starts, ends


def _word_hashes(data: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Each word's hash, in text order.

    Words are hashed all at once with a prefix polynomial hash over the UTF-8 bytes (no
    Python loop per word): a word's hash depends on its bytes only, the same in any process.
    """
    if not starts.size:
        return np.zeros(0, dtype=np.uint64)
    count = int(ends[-1])
    powers, inverse = powers_of(_BASE, count + 1)
    with np.errstate(over="ignore"):
        prefix = np.empty(count + 1, dtype=np.uint64)
        prefix[0] = 0
        np.cumsum(data[:count] * inverse[:count], out=prefix[1:])
        # sum(b[j] * BASE**(end-1-j)) for j in [start, end): the word's polynomial hash.
        return (prefix[ends] - prefix[starts]) * powers[ends - 1] + (ends - starts).astype(np.uint64)


def _chained(words: np.ndarray, length: int) -> np.ndarray:
    """The hash of every run of ``length`` words, in text order."""
    size = words.size - length + 1
    if size < 1:
        return np.zeros(0, dtype=np.uint64)
    chained = words[:size].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, length):
            chained *= _CHAIN
            chained += words[offset : offset + size]
    return chained


#: Each rolling hash's base**i and base**-i modulo 2**64 for i from 0, by base, grown as longer
#: texts come (``powers_of``).
_POWERS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def powers_of(base: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    """``base`` (odd) to the powers 0, 1, ... (at least ``count`` of them), and its inverse's, modulo 2**64.

    The rolling hashes of words share them: shingles here, packed words in ``linking.retrieval``.
    """
    known = _POWERS.get(base)
    if known is None or known[0].size < count:
        size = max(count, 2 * known[0].size if known else 0, 1 << 14)
        rows = []
        with np.errstate(over="ignore"):
            for factor in (base, pow(base, -1, 1 << 64)):
                values = np.full(size, factor, dtype=np.uint64)
                values[0] = 1
                rows.append(np.cumprod(values, dtype=np.uint64))
        known = _POWERS[base] = (rows[0], rows[1])
    return known


def story_texts(seed: SeedArticle) -> list[str]:
    """What a copy shares: the lede and the body's paragraphs and subheads (not the title)."""
    return [seed.lede, *(b.text for b in seed.blocks if b.kind != "read_more")]


def signature(seed: SeedArticle) -> bytes:
    """The story's fingerprints after ``SIGNATURE_FORMAT``, or b"" when too short.

    Sorted, distinct 32-bit values: one shingle in eight, the same ones in every story.
    """
    values = shingle_sequence(story_texts(seed), SIGNATURE_WORDS)
    values = np.unique((values[(values >> SAMPLE_SHIFT) == 0] & _LOW_32).astype("<u4"))
    return SIGNATURE_FORMAT + values.tobytes() if values.size >= MIN_FINGERPRINTS else b""


def is_current(signature: bytes) -> bool:
    """Whether a signature is in this code's format (one a cache kept from older code is not)."""
    return not signature or signature.startswith(SIGNATURE_FORMAT)


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """The exact Jaccard similarity of two sorted, distinct shingle arrays."""
    if not first.size or not second.size:
        return 0.0
    common = np.intersect1d(first, second, assume_unique=True).size
    return common / (first.size + second.size - common)


def contained(first: np.ndarray, second: np.ndarray) -> float:
    """The share of the smaller shingle set that is in the other (sorted, distinct arrays), in any order."""
    if not first.size or not second.size:
        return 0.0
    return np.intersect1d(first, second, assume_unique=True).size / min(first.size, second.size)


def in_order(first: np.ndarray, second: np.ndarray) -> float:
    """The share of the smaller story's distinct shingles the other has in the same order.

    ``first``, ``second``: every shingle's hash in text order (``shingle_sequence``). The
    longest common subsequence of the two (Hunt and Szymanski: the longest increasing
    subsequence of the other's places, over the shared shingles only), against the smaller
    count of distinct shingles. A standfirst that repeats a later paragraph counts once, where it stands in
    the other story's order.
    """
    smaller = min(np.unique(first).size, np.unique(second).size)
    shared = np.intersect1d(first, second)
    if not smaller or not shared.size:
        return 0.0
    places: dict[int, list[int]] = {}
    for place, value in enumerate(second[np.isin(second, shared)].tolist()):
        places.setdefault(value, []).append(place)
    ends: list[int] = []  # ends[k]: the least place a common run of k + 1 shingles ends at
    for value in first[np.isin(first, shared)].tolist():
        for place in reversed(places[value]):
            k = bisect.bisect_left(ends, place)
            if k == len(ends):
                ends.append(place)
            else:
                ends[k] = place
    return min(1.0, len(ends) / smaller)


def _figures(texts: Iterable[str]) -> dict[int, frozenset[int]]:
    """The story's figures by their context: the ``FIGURE_CONTEXT`` words after, or before, one.

    A figure is a word with a digit, or one of ``NUMBER_WORDS`` (read as its digits). Keys
    are the context's hash (after and before apart), values the figures seen in it.
    """
    data, starts, ends = _words(texts)
    words = _word_hashes(data, starts, ends)
    if words.size <= FIGURE_CONTEXT:
        return {}
    digits = np.concatenate(([0], np.cumsum((data >= 48) & (data <= 57))))
    number_words, their_digits = _number_words()
    spelt = np.isin(words, number_words)
    figure = spelt | (digits[ends] > digits[starts])
    values = np.where(spelt, their_digits[np.searchsorted(number_words, words) % number_words.size], words)
    runs = _chained(words, FIGURE_CONTEXT)
    found: dict[int, set[int]] = {}
    for at in np.flatnonzero(figure).tolist():
        if at + FIGURE_CONTEXT < words.size:
            found.setdefault(int(runs[at + 1]), set()).add(int(values[at]))
        if at >= FIGURE_CONTEXT:
            found.setdefault(int(runs[at - FIGURE_CONTEXT] ^ _BEFORE), set()).add(int(values[at]))
    return {key: frozenset(v) for key, v in found.items()}


#: Set apart the hash of the words before a figure from the same words after one.
_BEFORE = np.uint64(0x5BD1E9955BD1E995)


@functools.cache
def _number_words() -> tuple[np.ndarray, np.ndarray]:
    """``NUMBER_WORDS``' hashes (sorted), and beside each the hash of its digits ("ten": "10")."""
    spelled = np.array([_word_hashes(*_words([w]))[0] for w in NUMBER_WORDS], dtype=np.uint64)
    digits = np.array([_word_hashes(*_words([str(i)]))[0] for i in range(len(NUMBER_WORDS))], dtype=np.uint64)
    order = np.argsort(spelled)
    return spelled[order], digits[order]


def figures_differ(first: Mapping[int, frozenset[int]], second: Mapping[int, frozenset[int]]) -> bool:
    """Whether the two stories give other figures in the same words (``_figures`` of each)."""
    return any(not (first[key] & second[key]) for key in first.keys() & second.keys())


def _same_opening(members: Sequence[Member]) -> set[tuple[str, str]]:
    """Pairs whose ledes open with the same words: candidates a short story's few fingerprints may miss.

    This finds them by a dictionary, not by comparing stories.
    """
    by_opening: dict[str, list[str]] = {}
    for member in members:
        texts = member.texts()
        words = _OPENING_WORD_RE.findall(texts[0].casefold()) if texts else []
        if len(words) >= OPENING_WORDS:
            by_opening.setdefault(" ".join(words[:OPENING_WORDS]), []).append(member.key)
    pairs = set()
    for keys in by_opening.values():
        keys.sort()
        pairs.update((a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])
    return pairs


@dataclass(frozen=True, slots=True)
class Member:
    """What the pass knows of one story."""

    key: str
    """The seed's path relative to the seeds folder."""
    signature: bytes
    """The story's fingerprints (``signature``)."""
    date: datetime | None
    """None: undated (after every dated story when choosing the canonical copy)."""
    texts: Callable[[], list[str]]
    """The story's text (``story_texts``), read only for candidate pairs."""


@dataclass(frozen=True, slots=True)
class CopyGroup:
    """Stories that are one story published more than once."""

    canonical: str
    """The copy lists, feeds and search show: the earliest dated, then the first by path."""
    copies: tuple[str, ...]
    """The other copies, by path."""
    similarity: tuple[tuple[str, str, float], ...]
    """Each confirmed pair (by path) with its Jaccard similarity, rounded, for the report."""

    @property
    def members(self) -> tuple[str, ...]:
        """The canonical copy, then the others."""
        return (self.canonical, *self.copies)


@dataclass(frozen=True, slots=True)
class _Text:
    """What confirming a pair reads of one story, made once per story."""

    sequence: np.ndarray
    """Every shingle's hash, in text order."""
    shingles: np.ndarray
    """The same, sorted and distinct."""
    figures: Mapping[int, frozenset[int]]
    """Its figures by their context (``_figures``)."""


def find_copies(
    members: Sequence[Member], threshold: float, containment: float = 1.0, index: CopyIndex | None = None
) -> list[CopyGroup]:
    """Groups of copies among ``members`` (sorted by canonical path); stories with none are in none.

    A candidate pair is a copy when the shorter story's shingles are, to ``containment`` at
    least, in the longer one in the same order (a copy with its words edited here and there,
    its lede reworded, or cut short), or when its Jaccard similarity reaches ``threshold``;
    and when no figure differs in the same words. ``index``: the last call's (a rebuild's),
    brought up to date; a new one otherwise.
    """
    by_key = {m.key: m for m in members}
    index = CopyIndex() if index is None else index
    candidates = set(index.candidates({m.key: m.signature for m in members if m.signature}))
    candidates.update(_same_opening(members))
    confirmed, read = [], {}

    def text_of(key: str) -> _Text:
        if key not in read:
            texts = by_key[key].texts()
            sequence = shingle_sequence(texts)
            read[key] = _Text(sequence, np.unique(sequence), _figures(texts))
        return read[key]

    for first, second in sorted(candidates):
        a, b = text_of(first), text_of(second)
        score = jaccard(a.shingles, b.shingles)
        # The share in any order bounds the share in order: most pairs stop at it.
        alike = score >= threshold or (
            contained(a.shingles, b.shingles) >= containment
            and in_order(a.sequence, b.sequence) >= containment
        )
        if alike and not figures_differ(a.figures, b.figures):
            confirmed.append((first, second, round(score, 3)))
    return _groups(confirmed, by_key)


def _groups(pairs: list[tuple[str, str, float]], by_key: Mapping[str, Member]) -> list[CopyGroup]:
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for first, second, _ in pairs:
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    components: dict[str, list[str]] = {}
    for key in sorted({k for pair in pairs for k in pair[:2]}):
        components.setdefault(root(key), []).append(key)
    groups = []
    for keys in components.values():
        ordered = sorted(keys, key=lambda k: canonical_order(by_key[k].date, k))
        inside = set(keys)
        groups.append(
            CopyGroup(ordered[0], tuple(sorted(ordered[1:])), tuple(p for p in pairs if p[0] in inside))
        )
    return sorted(groups, key=lambda g: g.canonical)


def canonical_order(date: datetime | None, key: str) -> tuple:
    """The order that picks a group's canonical copy: dated before undated, earliest, then path."""
    if date is not None and date.tzinfo is None:  # a date with no zone is UTC, on any machine
        date = date.replace(tzinfo=UTC)
    return (date is None, date.timestamp() if date is not None else 0.0, key)


class CopyIndex:
    """An inverted index of story fingerprints: kept for a rebuild, it reads again only changed stories."""

    def __init__(self) -> None:
        self.signatures: dict[str, bytes] = {}
        self._pairs: list[tuple[str, str]] | None = None
        """The last count's pairs, while no signature changes."""

    def candidates(self, signatures: Mapping[str, bytes]) -> list[tuple[str, str]]:
        """Pairs (by path, each once, sorted) that share enough fingerprints; the index updated first.

        Enough: ``CANDIDATE_SHARED`` at least, and ``CANDIDATE_SHARE`` of the smaller story's.
        """
        for key in [k for k, s in self.signatures.items() if signatures.get(k) != s]:
            del self.signatures[key]
            self._pairs = None
        for key in signatures.keys() - self.signatures.keys():
            self.signatures[key] = signatures[key]
            self._pairs = None
        if self._pairs is None:
            self._pairs = self._count()
        return self._pairs

    def _count(self) -> list[tuple[str, str]]:
        """Every pair of stories with a fingerprint in common, counted in one sort (no loop a story)."""
        keys = sorted(self.signatures)
        if len(keys) < 2:
            return []
        start = len(SIGNATURE_FORMAT)
        fingerprints = [np.frombuffer(self.signatures[k], dtype="<u4", offset=start) for k in keys]
        sizes = np.array([f.size for f in fingerprints], dtype=np.int64)
        values = np.concatenate(fingerprints)
        owners = np.repeat(np.arange(len(keys), dtype=np.int64), sizes)
        order = np.argsort(values, kind="stable")
        values, owners = values[order], owners[order]
        # Runs of one value: each of its stories pairs with the ones after it in the run.
        starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
        lengths = np.diff(np.append(starts, values.size))
        useful = (lengths > 1) & (lengths < COMMON_FINGERPRINT)
        starts, lengths = starts[useful], lengths[useful]
        offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        places = np.repeat(starts, lengths) + offsets
        later = np.repeat(lengths, lengths) - 1 - offsets
        firsts = np.repeat(places, later)
        seconds = firsts + 1 + np.arange(firsts.size) - np.repeat(np.cumsum(later) - later, later)
        low, high = owners[firsts], owners[seconds]  # owners are in key order within a run
        pairs, shared = np.unique(low * len(keys) + high, return_counts=True)
        low, high = pairs // len(keys), pairs % len(keys)
        enough = (
            (low != high)
            & (shared >= CANDIDATE_SHARED)
            & (shared >= CANDIDATE_SHARE * np.minimum(sizes[low], sizes[high]))
        )
        return [(keys[a], keys[b]) for a, b in zip(low[enough].tolist(), high[enough].tolist(), strict=True)]
