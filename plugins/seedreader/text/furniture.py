"""Archive-level furniture: a line that recurs verbatim across many seeds of one archive.

Menus, promos and footers are whatever a site's template wraps around its stories: no
one-page rule knows their wording, but the archive does, since they come back word for
word in story after story. An archive pass after reading, like linking:

- each seed's reading records its *candidate* lines (``candidate_lines``): the lines that
  became its title, lede, paragraphs or subheads that no sentence follows, as short
  digests of the text ``parse.normalise`` leaves. Structural lines (the header, the source
  line, the byline, the photo caption and its credit, a date line, READ MORE lines,
  subheads followed by a sentence) are never candidates;
- ``recurring`` counts in how many seeds each candidate line appears, copies of one story
  (``copies``) counted once, and keeps those in at least ``SEEDREADER_FURNITURE_MIN_SEEDS``
  seeds and ``SEEDREADER_FURNITURE_MIN_SHARE`` of the archive. A line in one seed never
  qualifies, whatever the settings, and a seed whose every story line recurs keeps them;
- the seeds that have such lines are read again with them (``reader.read_story``'s
  ``furniture``): the parser drops them first, with the reason ``archive furniture: N seeds``.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from .model import SeedArticle

#: Bytes of a line's digest: 2**64 values, no collision among an archive's lines.
DIGEST_BYTES = 8
#: How a sentence ends, and the quotes that may close it.
SENTENCE_ENDS = (".", "!", "?", "\u2026")
CLOSING_QUOTES = "\"'\u201d\u2019\u00bb)"
#: Never fewer seeds than this, whatever the settings: a line in one seed is that seed's own.
LEAST_SEEDS = 2


def digest(line: str) -> bytes:
    """A line's short digest (of the text as ``parse.normalise`` leaves it)."""
    return hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=DIGEST_BYTES).digest()


def candidate_lines(lines: Sequence[str], seed: SeedArticle) -> bytes:
    """The digests of the seed's non-structural lines, distinct, joined (``DIGEST_BYTES`` each).

    ``lines`` are the seed's text after ``parse.normalise``, split at line ends. Candidates
    are the lines of paragraphs, of subheads no sentence follows, the lede's line and a
    title line (not a ``Title:`` header); every other line the parser kept (caption, credit,
    byline, source, date line, header, a subhead followed by a sentence) is structural, and READ
    MORE blocks name other stories.
    """
    numbers = story_lines(seed)
    numbers.update(_top_lines(lines, seed, {b.line for b in seed.blocks}))
    texts = {lines[n - 1] for n in numbers if 0 < n <= len(lines) and lines[n - 1]}
    return b"".join(sorted(digest(text) for text in texts))


def story_lines(seed: SeedArticle) -> set[int]:
    """The lines of paragraphs, and of subheads that no sentence follows.

    A subhead followed by a sentence of the story is the story's own structure, even when
    its outlet words its subheads alike story after story; a short line followed by other
    short lines (``Most read`` and its headlines) or by nothing is not.
    """
    blocks = [b for b in seed.blocks if b.kind != "read_more"]
    numbers = {b.line for b in blocks if b.kind == "paragraph"}
    for place, block in enumerate(blocks):
        after = blocks[place + 1] if place + 1 < len(blocks) else None
        if block.kind == "heading" and not (
            after is not None and after.kind == "paragraph" and is_sentence(after.text)
        ):
            numbers.add(block.line)
    return numbers


def is_sentence(text: str) -> bool:
    """Whether a paragraph ends as a sentence does (closing quotes aside)."""
    return text.rstrip(CLOSING_QUOTES).endswith(SENTENCE_ENDS)


def _top_lines(lines: Sequence[str], seed: SeedArticle, blocks: set[int]) -> list[int]:
    """The line numbers of the lede and of a title line, found among the lines no block took."""
    dropped = {d.line for d in seed.dropped}
    found, title = [], None if seed.title_derived or dict(seed.header).get("title") else seed.title
    for number, text in enumerate(lines, 1):
        if not text or number in blocks or number in dropped:
            continue
        if title and title in text:
            found.append(number)
            title = None
        elif seed.lede and text.endswith(seed.lede):
            found.append(number)
            break
    return found


def split(joined: bytes) -> list[bytes]:
    """The digests ``candidate_lines`` joined."""
    return [joined[i : i + DIGEST_BYTES] for i in range(0, len(joined), DIGEST_BYTES)]


def recurring(
    candidates: Mapping[str, bytes], groups: Iterable[Sequence[str]], min_seeds: int, min_share: float
) -> dict[bytes, int]:
    """Line digest -> seeds, for lines in at least ``min_seeds`` seeds and ``min_share`` of them.

    ``candidates``: seed path -> ``candidate_lines``; ``groups``: copies of one story,
    counted as one seed (the lines any of them has).
    """
    least = max(LEAST_SEEDS, min_seeds, math.ceil(min_share * len(candidates) - 1e-9))
    counts: Counter[bytes] = Counter()
    grouped = set()
    for group in groups:
        members = [k for k in group if k in candidates]
        grouped.update(members)
        counts.update({d for k in members for d in split(candidates[k])})
    for key, joined in candidates.items():
        if key not in grouped:
            counts.update(split(joined))
    return {line: count for line, count in counts.items() if count >= least}


def affected(candidates: Mapping[str, bytes], lines: Mapping[bytes, int]) -> dict[str, dict[bytes, int]]:
    """Seed path -> the recurring lines it has among its candidates (seeds with none left out).

    A seed whose every story line recurs keeps them all: a brief told in the same words
    many times is still a story, and dropping its text would leave no page.
    """
    if not lines:
        return {}
    found = {}
    for key, joined in candidates.items():
        own = split(joined)
        mine = {d: lines[d] for d in own if d in lines}
        if mine and len(mine) < len(own):
            found[key] = mine
    return found


def mapping_for(lines: Sequence[str], recurring_lines: Mapping[bytes, int]) -> dict[str, int]:
    """The ``parse`` furniture mapping for one seed: its lines' texts whose digests recur."""
    found = {}
    for text in lines:
        if text and text not in found:
            count = recurring_lines.get(digest(text))
            if count:
                found[text] = count
    return found


def report(removed: Mapping[bytes, tuple[str, int]]) -> list[dict]:
    """The build report's list: each furniture line once, with its seeds, most frequent first."""
    return [
        {"line": text, "seeds": count}
        for text, count in sorted(removed.values(), key=lambda item: (-item[1], item[0]))
    ]
