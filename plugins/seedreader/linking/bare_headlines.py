"""Another story's headline printed bare in a story: the archive knows its headlines.

A page's inline links to other stories lose their markup when it is scraped: what is left is
the other story's headline standing alone among the paragraphs, with no label and no bullet.
No rule on one page tells it from a short paragraph or a subhead, but the archive can when
that story is in it: a line whose words are another seed's own headline (given, not made
from its lede) names that story. An archive pass after reading, like the furniture's:

- each seed's reading records its candidate lines (``candidates``), cached with the reading;
- ``named_lines`` looks them up among the other seeds' headlines;
- the seeds with such lines are read again with them (``parse``'s ``named``): each becomes a
  READ MORE line, linked like any other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..text import furniture
from ..text.model import SeedArticle
from .retrieval import normalise_title

#: A headline this short ("Live updates", "In pictures") is as likely a section's heading.
MIN_WORDS = 4
#: Longer than this, a line is a paragraph, not a headline (and is not normalised to check).
MAX_CHARS = 250
#: A headline printed bare keeps no full stop (a question mark, yes: "Can the truce hold?").
FULL_STOPS = (".", "\u2026")

#: A seed's candidate lines: (line, its words as ``normalise_title`` leaves them).
Candidates = tuple[tuple[int, str], ...]


def candidates(seed: SeedArticle) -> Candidates:
    """The seed's lines that may be another story's headline.

    Its paragraphs that end with no full stop and its subheads that no sentence follows
    (``furniture.story_lines``): a subhead over the story's own sentences heads them.
    """
    lines = furniture.story_lines(seed)
    found = []
    for block in seed.blocks:
        text = block.text
        if (
            block.line in lines
            and len(text) <= MAX_CHARS
            and not text.rstrip(furniture.CLOSING_QUOTES).endswith(FULL_STOPS)
        ):
            key = normalise_title(text)
            if key.count(" ") + 1 >= MIN_WORDS:
                found.append((block.line, key))
    return tuple(found)


def named_lines(
    seeds: Mapping[str, tuple[SeedArticle, Candidates]], groups: Iterable[Sequence[str]] = ()
) -> dict[str, frozenset[int]]:
    """Seed key -> its candidate lines that name one other story by its headline.

    ``seeds``: each seed's story and ``candidates``; ``groups``: copies of one story. A line
    names a story when its words are that story's own headline and no other story's: never
    the seed's own headline or its copies', never a headline the parser made from a lede
    (an untitled story's "headline" is its first sentence, which another story may quote),
    and not a headline two stories share (a weekly column's): that would link nowhere.
    """
    title_of = {key: normalise_title(seed.title) for key, (seed, _) in seeds.items()}
    titles: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for key, (seed, _) in seeds.items():
        titles[title_of[key]].append((key, seed.title_derived))
    group_of = {key: number for number, group in enumerate(groups) for key in group}
    found = {}
    for key, (_, own) in seeds.items():
        title, mine = title_of[key], group_of.get(key, key)
        named = set()
        for line, text in own:
            others = [(k, derived) for k, derived in titles.get(text, ()) if group_of.get(k, k) != mine]
            if (
                text != title
                and others
                and not all(derived for _, derived in others)
                and len({group_of.get(k, k) for k, _ in others}) == 1
            ):
                named.add(line)
        if named:
            found[key] = frozenset(named)
    return found
