"""Near-duplicates: the same story published twice (another outlet, a reworded headline).

An archive pass after reading, like linking. Each seed's story text (lede and body, never
the title, which outlets reword) is cut into word shingles (``SHINGLE_WORDS`` words in a
row) and summed up in a MinHash signature (datasketch), made where the seed is read
(``signature``, in the read-ahead workers). Locality-sensitive hashing over the
signatures (datasketch's ``MinHashLSH``) finds candidate pairs without comparing every
story with every other; each candidate pair is then confirmed by the exact Jaccard
similarity of the two shingle sets, which must reach ``SEEDREADER_COPY_THRESHOLD``. Two
stories about one event, each with its own reporting, share facts and names but few runs
of five words: they stay apart. Confirmed pairs join groups (connected components).

The canonical copy of a group is its earliest dated story, then the first by seed path
(undated stories come after dated ones): the same archive always gives the same choice,
whatever order the files are read in.
"""

from __future__ import annotations

import functools
import re
import sys
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from .model import SeedArticle

#: Words in a shingle: runs this long are rarely shared by two stories written apart.
SHINGLE_WORDS = 5
#: Words of a story read into its signature: enough to tell a copy, bounded for long stories.
SIGNATURE_WORDS = 1500
#: The signature reads one shingle in four (those whose top two bits are 0: the same ones in
#: every story, so the sample's Jaccard similarity estimates the whole's), four times quicker.
SAMPLE_SHIFT = np.uint64(62)
#: Stories whose ledes open with the same this many words are candidate copies too (then confirmed).
OPENING_WORDS = 12
_OPENING_WORD_RE = re.compile(r"\w+")
#: A story with fewer sampled shingles than this gets no signature: too short to tell a copy.
MIN_SHINGLES = 4
#: MinHash permutations, and the LSH bands x rows that split them (32 x 3 = 96): a pair with a
#: Jaccard similarity of 0.3 becomes a candidate 58% of the time, 0.4 89%, 0.5 99%, 0.05 0.4%.
#: (A copy cut short, or padded with another page's furniture, can have a low Jaccard similarity
#: and still be contained in the other: see ``is_copy``.)
NUM_PERM = 96
LSH_BANDS, LSH_ROWS = 32, 3
#: The fixed seed of the MinHash permutations (the same signatures in every build).
MINHASH_SEED = 20260
#: datasketch's hashing scheme for 64-bit shingle hashes (fixed: the package is pinned too).
MINHASH_SCHEME = "affine64"

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
    return np.unique(_shingle_hashes(texts, limit))


def _shingle_hashes(texts: Iterable[str], limit: int | None = None) -> np.ndarray:
    """Every shingle's hash, in text order (repeats kept).

    Words are hashed all at once with a prefix polynomial hash over the UTF-8 bytes (no
    Python loop per word): a word's hash depends on its bytes only, the same in any process.
    """
    data = np.frombuffer(" ".join(texts).lower().encode("utf-8", "surrogatepass"), dtype=np.uint8)
    inside = _WORD_BYTE[data]
    edges = np.flatnonzero(np.diff(np.concatenate(([False], inside, [False])).astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    if limit is not None:
        starts, ends = starts[:limit], ends[:limit]
    if starts.size < SHINGLE_WORDS:
        return np.zeros(0, dtype=np.uint64)
    count = int(ends[-1])
    powers, inverse = powers_of(_BASE, count + 1)
    with np.errstate(over="ignore"):
        prefix = np.empty(count + 1, dtype=np.uint64)
        prefix[0] = 0
        np.cumsum(data[:count] * inverse[:count], out=prefix[1:])
        # sum(b[j] * BASE**(end-1-j)) for j in [start, end): the word's polynomial hash.
        words = (prefix[ends] - prefix[starts]) * powers[ends - 1] + (ends - starts).astype(np.uint64)
        size = words.size - SHINGLE_WORDS + 1
        chained = words[:size].copy()
        for offset in range(1, SHINGLE_WORDS):
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
    """The story's MinHash signature (``NUM_PERM`` 64-bit values), or b"" when too short."""
    values = _shingle_hashes(story_texts(seed), SIGNATURE_WORDS)
    values = values[(values >> SAMPLE_SHIFT) == 0]
    if values.size < MIN_SHINGLES:
        return b""
    minhash = _datasketch().MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        hashfunc=int,
        permutations=_permutations(),
        scheme=MINHASH_SCHEME,
    )
    minhash.update_batch(values.tolist())
    return minhash.hashvalues.astype(np.uint64).tobytes()


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """The exact Jaccard similarity of two sorted, distinct shingle arrays."""
    if not first.size or not second.size:
        return 0.0
    common = np.intersect1d(first, second, assume_unique=True).size
    return common / (first.size + second.size - common)


def _same_opening(members: Sequence[Member]) -> set[tuple[str, str]]:
    """Pairs whose ledes open with the same words: candidates MinHash may miss.

    A short copy's signature is a small sample; this finds it by a dictionary, not by
    comparing stories.
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


def contained(first: np.ndarray, second: np.ndarray) -> float:
    """The share of the smaller shingle set that is in the other (sorted, distinct arrays)."""
    if not first.size or not second.size:
        return 0.0
    return np.intersect1d(first, second, assume_unique=True).size / min(first.size, second.size)


@dataclass(frozen=True, slots=True)
class Member:
    """What the pass knows of one story."""

    key: str
    """The seed's path relative to the seeds folder."""
    signature: bytes
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


def find_copies(
    members: Sequence[Member], threshold: float, containment: float = 1.0, index: CopyIndex | None = None
) -> list[CopyGroup]:
    """Groups of copies among ``members`` (sorted by canonical path); stories with none are in none.

    A candidate pair is a copy when its Jaccard similarity reaches ``threshold``, or when the
    shorter story's shingles are, to ``containment`` at least, in the longer one's (a copy cut
    short, or one page's excerpt of the other). ``index``: the last call's (a rebuild's), brought
    up to date; a new one otherwise.
    """
    by_key = {m.key: m for m in members}
    index = CopyIndex() if index is None else index
    candidates = set(index.candidates({m.key: m.signature for m in members if m.signature}))
    candidates.update(_same_opening(members))
    confirmed, shingle_sets = [], {}

    def shingles_of(key: str) -> np.ndarray:
        if key not in shingle_sets:
            shingle_sets[key] = shingles(by_key[key].texts())
        return shingle_sets[key]

    for first, second in sorted(candidates):
        a, b = shingles_of(first), shingles_of(second)
        score = jaccard(a, b)
        if score >= threshold or contained(a, b) >= containment:
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
    """An LSH index of story signatures: kept for a rebuild, it re-indexes only changed stories."""

    def __init__(self) -> None:
        self.lsh = _datasketch().MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
        self.signatures: dict[str, bytes] = {}

    def candidates(self, signatures: Mapping[str, bytes]) -> list[tuple[str, str]]:
        """Pairs (by path, each once, sorted) that share a band: the index brought up to date first."""
        for key in [k for k, s in self.signatures.items() if signatures.get(k) != s]:
            self.lsh.remove(key)
            del self.signatures[key]
        datasketch = _datasketch()
        for key in sorted(signatures.keys() - self.signatures.keys()):
            values = np.frombuffer(signatures[key], dtype=np.uint64)
            minhash = datasketch.LeanMinHash(seed=MINHASH_SEED, hashvalues=values, scheme=MINHASH_SCHEME)
            self.lsh.insert(key, minhash, check_duplication=False)
            self.signatures[key] = signatures[key]
        pairs = set()
        for table in self.lsh.hashtables:
            for band, count in table.itemcounts().items():
                if count > 1:
                    keys = sorted(table.get(band))
                    pairs.update((a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])
        return sorted(pairs)


@functools.cache
def _permutations():
    """The MinHash permutations for ``MINHASH_SEED``, made once per process."""
    return _datasketch().MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


def _datasketch():
    """The datasketch package, imported on first use without loading SciPy's integrators.

    datasketch imports ``scipy.integrate`` (0.4 s, more than the whole pass at 5,000 stories)
    only for MinHashLSH to search for bands and rows; we give it ours (``params``), so the
    import sees a stand-in whose ``quad`` loads the real one if it is ever called.
    """
    module = sys.modules.get("datasketch")
    if module is not None:
        return module
    if "scipy.integrate" in sys.modules:
        import datasketch  # noqa: PLC0415

        return datasketch
    stand_in = types.ModuleType("scipy.integrate")

    def quad(*args, **kwargs):
        """SciPy's ``quad``, imported when first called."""
        from scipy.integrate import quad as real  # noqa: PLC0415

        return real(*args, **kwargs)

    stand_in.quad = quad
    sys.modules["scipy.integrate"] = stand_in
    try:
        import datasketch  # noqa: PLC0415
    finally:
        if sys.modules.get("scipy.integrate") is stand_in:
            del sys.modules["scipy.integrate"]
    return datasketch
