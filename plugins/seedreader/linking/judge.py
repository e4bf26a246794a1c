"""How an editor judges whether a story is the one a READ MORE headline names.

Retrieval (``retrieval.Index``) proposes the stories that share a headline's words; this
weighs each of them as an editor would:

- **the event**: does the story say what the headline says happened? The headline's words
  other than its names (its verbs and objects, numbers), each agreeing when the story's
  title, lede or opening paragraphs have it or a word news copy uses for the same thing
  (``headlinese``). Sharing every name is not enough: "A opens border crossing with B" is
  not a story in which A and B sign a rail deal;
- **the names**: a story that lacks a name the headline gives is not the one it names;
- **date order**: a READ MORE line names a story published before the one it is in, with a
  day's grace; a later story is possible (a page updated afterwards) but less likely.

These are added up in a logistic model whose weights were fitted on labelled archives
(``bench/calibrate.py``), so a candidate's score is an estimate of the chance that it is
the named story. A reference links to its best candidate when that chance is high and
clearly above the runner-up's, or, below that, when it is the only candidate whose title or
lede tells the headline's event in news copy's words (``Features.only_teller``; the
resolver's ``_judged`` has the rules).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from ..text import linemodel
from .headlinese import LIGHT_WORDS, SAME_THING
from .retrieval import FIELD_BITS, STOPWORDS, Index, ids_of_words, ragged_arange, term_ids, words_of

#: The logistic model's weights: (bias, retrieval share, event in title or lede, event anywhere
#: indexed, distinct event, a later story, a missing name).
#: Fitted by ``bench/calibrate.py`` on labelled archives; see bench/README.md.
WEIGHTS = (-6.34, 2.72, 0.00, 4.21, 2.38, -0.70, -5.79)
#: A capitalised word inside a headline: a name the target story should contain.
HEADLINE_NAME_RE = re.compile(r"(?<=\s)[A-Z][\w'’-]+")
#: A percentage (``0.8%``, ``0,8 %``, ``6 per cent``, ``0.8pc``, ``5 persen``, ``5 Prozent``): one of
#: a headline's is among the story's own, when the story gives any (a story of 0.7% growth tells
#: another quarter than "0.8% Growth For UK Economy"). Other figures are written too many ways to
#: compare (``1,000`` and ``1000``, ``€2,900m`` and ``2.9 billion``).
PERCENT_RE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(?:%|pc\b|per\s*cent\b|percent\b|persen\b|por\s+ciento\b"
    r"|pour\s+cent\b|prozent\b)",
    re.I,
)
#: A guide's headline (``What to Do After a Data Breach``, ``How to claim a refund``): it names a
#: guide, not an event, and a story telling an event of its subject is not it (linked by title only).
GUIDE_HEADLINE_RE = re.compile(
    r"^(?:what\s+to\s+(?:do|know|expect)|how\s+to|everything\s+you\s+need\s+to\s+know"
    r"|what\s+you\s+need\s+to\s+know|here['’]s\s+(?:what|how)|tips\s+(?:for|on)"
    r"|\d+\s+(?:ways|things|tips))\b",
    re.I,
)
#: A Title Case headline (``Hackers Steal Data From Startup``): this many words of
#: ``TITLE_CASE_MIN_CHARS`` letters or more, all capitalised (``linemodel.is_title_case``); its
#: capitals are judged against its stories' sentences, as a first word's.
HEADLINE_TITLE_CASE_MIN_WORDS = 3
#: Fields where a headline's event is stated: the title (or an editor's tags) and the lede.
FRONT_FIELDS = FIELD_BITS["title"] | FIELD_BITS["lede"]
#: A name and the lower-case word after it, which a lower-case word or the headline's end
#: follows: the thing the name is part of ("Carraway Point terminal spending", "to Pellinor
#: library"), not a verb whose object comes next ("Vashti visits Lisk").
THING_RE = re.compile(r"(?:^|(?<=\s))([A-Z][\w'’-]*)\s+([a-z][\w'’-]*)(?=\s+[a-z]|\s*$)")
#: A name and the run of lower-case words after it ("Vinmouth *rail link needs repairs before
#: opening*"): the thing the name is part of starts the run, as far as the story it names writes
#: the same words after the same name ("the Ostrel-Vinmouth *rail link* found a leak").
NAME_RUN_RE = re.compile(r"(?:^|(?<=\s))([A-Z][\w'’-]*)((?:\s+[a-z][\w'’-]*)+)")
#: A word of a story's text as ``writes_the_thing`` reads it, its case kept.
WORD_TOKEN_RE = re.compile(r"[^\W_]+")
#: Characters after a name in a story's text read for the words of its thing (a headline's run is short).
RUN_CHARS = 120
#: Characters that join a name to the word next to it ("Vinmouth's", "O'Brien"): no name's edge. A
#: hyphen only after it: "Ostrel-*Vinmouth*" names Vinmouth, "*Vinmouth*-born" does not.
NAME_JOINERS = "_'’"


@dataclass(frozen=True, slots=True)
class Unit:
    """One word (or phrase) of what a headline says happened, and how a story may say it."""

    ways: tuple[tuple[int, ...], ...]
    """Each way as the stem ids a story needs all of."""
    stem: int
    """The headline's own (first) stem: the unit weighs as much as its idf."""
    flat: tuple[tuple[int, ...], tuple[bool, ...], tuple[bool, ...]]
    """The ways flattened for ``event_agreement``: their stems in a row, whether each starts
    a way and whether it starts the unit."""
    idiom: bool
    """Whether news copy has other ways to say it (a ``headlinese`` group): the headline's
    words for what happened, which a story tells in its own words."""

    @classmethod
    def of(cls, ways: tuple[tuple[int, ...], ...], stem: int, idiom: bool = False) -> Unit:
        """The unit with these ways, weighed by ``stem``."""
        stems = tuple(i for way in ways for i in way)
        way_starts = tuple(k == 0 for way in ways for k in range(len(way)))
        return cls(ways, stem, (stems, way_starts, (True,) + (False,) * (len(stems) - 1)), idiom)


@dataclass(frozen=True, slots=True)
class Headline:
    """A READ MORE headline as an editor reads it: its names and its event."""

    names: tuple[str, ...]
    name_stems: tuple[int, ...]
    """The names' stem ids: a story has a name when the index finds its stems."""
    units: tuple[Unit, ...]
    thing_stems: tuple[int, ...] = ()
    """What the names name (``THING_RE``: "Carraway Point *terminal*", "Pellinor *library*"),
    as stem ids: a story about another thing of the same place does not tell its event."""


class Lexicon:
    """``headlinese.SAME_THING`` as stem ids: each stem's groups and the phrases starting with it."""

    def __init__(self, groups: Sequence[str] = SAME_THING):
        self.groups: list[tuple[tuple[int, ...], ...]] = []
        self.of_stem: dict[int, list[int]] = {}
        self.phrases: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        for number, line in enumerate(groups):
            ways = []
            for member in line.split(","):
                stems = tuple(i for i in term_ids(member) if i >= 0)
                if len(stems) != len(member.split()):
                    raise ValueError(f"headlinese: {member.strip()!r} has a word too common to match on")
                ways.append(stems)
                if len(stems) == 1:
                    self.of_stem.setdefault(stems[0], []).append(number)
                else:
                    self.phrases.setdefault(stems[0], []).append((stems, number))
            self.groups.append(tuple(dict.fromkeys(ways)))
        for found in self.phrases.values():
            found.sort(key=lambda phrase: -len(phrase[0]))  # the longest phrase first
        self.light = frozenset(i for word in LIGHT_WORDS for i in term_ids(word) if i >= 0)
        self._units: dict[int, Unit] = {}

    def unit(self, stem: int) -> Unit:
        """The unit of one headline stem (made once: headlines repeat their words)."""
        known = self._units.get(stem)
        if known is None:
            groups = self.of_stem.get(stem, ())
            ways = tuple(dict.fromkeys([(stem,), *(way for group in groups for way in self.groups[group])]))
            known = self._units[stem] = Unit.of(ways, stem, bool(groups))
        return known

    @functools.cached_property
    def alternatives(self) -> dict[int, tuple[tuple[int, ...], ...]]:
        """Each headline word (stem) of a group and the other ways news copy says it (for retrieval)."""
        return {stem: self.unit(stem).ways[1:] for stem in self.of_stem if len(self.unit(stem).ways) > 1}

    def units(self, stems: Sequence[int]) -> list[Unit]:
        """The event units of a headline's content stems (in order), phrases found first."""
        units, at = [], 0
        while at < len(stems):
            stem = stems[at]
            if stem in self.phrases:
                phrase = next(
                    (
                        (found, group)
                        for found, group in self.phrases[stem]
                        if tuple(stems[at : at + len(found)]) == found
                    ),
                    None,
                )
                if phrase is not None:
                    found, group = phrase
                    units.append(Unit.of(self.groups[group], stem, True))
                    at += len(found)
                    continue
            units.append(self.unit(stem))
            at += 1
        return units


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, made on first use (its stem ids come from the shared vocabulary)."""
    return Lexicon()


def first_word(headline: str) -> str:
    """A headline's first word when it may be a name (capitalised, not a stopword), else ""."""
    words = headline.split()
    first = words[0].strip("\"'‘’“”(") if words else ""
    return first if first[:1].isupper() and first.lower() not in STOPWORDS else ""


def read_headline(headline: str, first_is_name: bool, common: frozenset[str] = frozenset()) -> Headline:
    """A headline's names and event units.

    Names are capitalised words after the first, but for ``common`` ones (a Title Case
    headline's words its stories write in lower case only: ``Velmora Ferry Data Breach Widens``); the
    first word (``first_word``) is a name when ``first_is_name`` says so (``Veloria opens ...``,
    not ``Workers strike ...``).
    """
    names = [
        name
        for name in HEADLINE_NAME_RE.findall(headline)
        if name.lower() not in STOPWORDS and name not in common
    ]
    first = first_word(headline)
    if first and first_is_name:
        names.insert(0, first)
    named = [i for i in term_ids(" ".join(names)) if i >= 0]
    known, given = lexicon(), set(named)
    stems = [i for i in term_ids(headline) if i >= 0 and i not in given and i not in known.light]
    found = set(names)
    things = " ".join(word for name, word in THING_RE.findall(headline) if name in found)
    thing_stems = [i for i in term_ids(things) if i >= 0 and i not in given and i not in known.light]
    return Headline(
        tuple(dict.fromkeys(names)),
        tuple(dict.fromkeys(named)),
        tuple(known.units(stems)),
        tuple(dict.fromkeys(thing_stems)),
    )


def thing_written(headline: str, names: Sequence[str], text: str) -> tuple[int, ...]:
    """The stems of the thing ``headline`` names as ``text`` writes it: a name's words after it in both.

    "Vinmouth rail link needs repairs before opening" and a lede of "the Ostrel-Vinmouth rail link
    found a leak" write "rail link" after the name: the thing they both name. Light words and the
    names themselves left out; none when ``text`` writes no word of the headline's after a name.
    """
    known, given = lexicon(), set(term_ids(" ".join(names)))
    stems: list[int] = []
    for name, run in NAME_RUN_RE.findall(headline):
        if name not in names:
            continue
        wanted = words_of(run)
        longest = 0
        for end in _ends_of(name, text):
            after = words_of(text[end : end + RUN_CHARS])[: len(wanted)]
            same = 0
            while same < len(after) and _same_word(after[same], wanted[same]):
                same += 1
            longest = max(longest, same)
        stems += [
            i for i in ids_of_words(wanted[:longest]) if i >= 0 and i not in given and i not in known.light
        ]
    return tuple(dict.fromkeys(stems))


def writes_the_thing(thing_stems: Sequence[int], names: Sequence[str], title: str, lede: str) -> bool:
    """Whether a story's title and lede write each word of a headline's thing as the thing's.

    As a common word, or in a name with one of the headline's ``names`` ("Dunmar General
    Hospital"); not only in another name: a story whose "rail" is the Korrin Rail Board's tells
    nothing of the Dunmar rail link. Every word of a Title Case title counts (``is_title_case``:
    its capitals say nothing).
    """
    known = lexicon()
    written = _stems_of_the_thing(lede, names)
    written |= set(term_ids(title)) if is_title_case(title) else _stems_of_the_thing(title, names)
    return all(
        any(way[0] in written for way in known.unit(stem).ways if len(way) == 1) for stem in thing_stems
    )


def _stems_of_the_thing(text: str, names: Sequence[str]) -> set[int]:
    """The stems of ``text``'s words but those of runs of capitalised words naming none of ``names``."""
    kept, run = [], []
    for word in [*WORD_TOKEN_RE.findall(text), ""]:
        if word[:1].isupper():
            run.append(word)
            continue
        if len(run) == 1 or any(name in run for name in names):  # one capital: a sentence's first word
            kept += run
        run = []
        kept.append(word)
    return {i for i in ids_of_words(w.lower() for w in kept if w) if i >= 0}


def _ends_of(name: str, text: str) -> Iterator[int]:
    """Where ``name`` ends in ``text`` each time it is a whole word, or a hyphenated word's last part."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in NAME_JOINERS) and not (
            after.isalnum() or after in NAME_JOINERS + "-"
        ):
            yield end
        at = text.find(name, end)


def _same_word(one: str, other: str) -> bool:
    """Whether two words are one (the same stem, or the same stopword)."""
    return one == other or ids_of_words((one,)) == ids_of_words((other,)) != [-1]


def said_in(headline: str, title: str) -> float:
    """The share of a headline's words (names and event units) that ``title`` says, in news copy's words too.

    Each word a unit (``Lexicon.units``: "green light" one, "walk out" one), light words left
    out; a unit is said when the title has one of its ways ("inquiry" for "probe"). 1.0 for a
    headline of light words only.
    """
    known = lexicon()
    units = known.units([i for i in term_ids(headline) if i >= 0 and i not in known.light])
    if not units:
        return 1.0
    had = set(term_ids(title))
    return sum(any(all(i in had for i in way) for way in unit.ways) for unit in units) / len(units)


def percentages(text: str) -> frozenset[float]:
    """The percentages ``text`` gives (``PERCENT_RE``) as numbers: ``0,8`` and ``0.8``, ``5.0`` and ``5``."""
    return frozenset(float(value.replace(",", ".")) for value in PERCENT_RE.findall(text))


def is_title_case(headline: str) -> bool:
    """A headline in Title Case, as the judge reads one (its figures and quotes left out)."""
    return linemodel.is_title_case(headline, HEADLINE_TITLE_CASE_MIN_WORDS, letters_only=True)


def chance(columns: np.ndarray, weights: Sequence[float] = WEIGHTS) -> np.ndarray:
    """The model's estimate that each row's story is the one its headline names.

    ``columns``: one row per (line, story) pair, one column per feature in ``WEIGHTS`` order
    (``Features.columns``).
    """
    bias, *rest = weights
    return 1.0 / (1.0 + np.exp(-(bias + columns @ np.asarray(rest, dtype=np.float64))))


@dataclass(frozen=True, slots=True)
class Features:
    """What the model weighs of candidate pairs (one row per pair, line by line)."""

    line: np.ndarray
    """Which of the lines weighed each pair belongs to ..."""
    story: np.ndarray
    """... and the candidate story's position."""
    share: np.ndarray
    """The retrieval score: the idf-weighted share of the headline's words the story has."""
    event_front: np.ndarray
    """The weighted share of the headline's event units in the story's title or lede."""
    event: np.ndarray
    """... anywhere the index reads (title, lede, the start of the body)."""
    event_distinct: np.ndarray
    """... in the title or lede, the words the other candidates lack weighing most."""
    later: np.ndarray
    """How much later than the one whose line names it the story was published: 0 when not
    (beyond a day's grace), growing with the log of the days, 1 at ``LATER_DAYS``."""
    lacks_name: np.ndarray
    """The story lacks a name the headline gives."""
    only_teller: np.ndarray | None = None
    """The story's title or lede tells the headline's idiom (``event_agreement``), names what
    its names name (``lacks_the_thing``) and has all its names, and no other candidate does
    all that: not weighed by the model, read by the resolver's verdict."""
    tells_its_thing: np.ndarray | None = None
    """The headline's names name a thing ("Pellinor *hospital*"), the story's title or lede names
    it too, has every name, and tells some of what the headline says happened to it
    (``event_agreement``'s share beyond the thing): not weighed by the model, read by the
    resolver's verdict (a clear lead below the threshold)."""
    own_chance: np.ndarray | None = None
    """The model's chance for the story the line is in, as if it were a candidate (the same
    for every pair of a line): a rival to a clear lead (``resolver.CLEAR_LEAD``)."""

    def columns(self) -> np.ndarray:
        """The features as a matrix: one row per pair, one column per weight (``WEIGHTS`` order)."""
        return np.column_stack(
            [self.share, self.event_front, self.event, self.event_distinct, self.later, self.lacks_name]
        ).astype(np.float64)

    def chances(self, weights: Sequence[float] = WEIGHTS) -> np.ndarray:
        """The model's estimate, for each pair, that the story is the one the headline names."""
        return chance(self.columns(), weights)


def lacks_a_name(
    index: Index, headlines: Sequence[Headline], pair_headline: np.ndarray, pair_doc: np.ndarray
) -> np.ndarray:
    """For each (headline, story) pair, whether the story lacks one of the headline's names.

    Where the index reads (title, lede, the start of the body): a story that names a place
    only far down is not one a headline would name it for.
    """
    return _lacks(index, [h.name_stems for h in headlines], pair_headline, pair_doc, 0xFF)


def lacks_the_thing(
    index: Index, headlines: Sequence[Headline], pair_headline: np.ndarray, pair_doc: np.ndarray
) -> np.ndarray:
    """For each (headline, story) pair, whether the story's title and lede lack what its names name.

    "Carraway Point terminal spending to be investigated" is not a story whose title and lede
    tell of the Carraway Point lighthouse, however well its event agrees.
    """
    known = lexicon()
    return _lacks(
        index,
        [h.thing_stems for h in headlines],
        pair_headline,
        pair_doc,
        FRONT_FIELDS,
        lambda stem: [way[0] for way in known.unit(stem).ways if len(way) == 1],
    )


def _lacks(
    index: Index,
    stems_of: Sequence[tuple[int, ...]],
    pair_headline: np.ndarray,
    pair_doc: np.ndarray,
    where: int,
    ways: Callable[[int], list[int]] | None = None,
) -> np.ndarray:
    """For each (headline, story) pair, whether the story lacks one of the headline's stems in ``where``.

    With ``ways``, a stem is there when one of the stems ``ways`` gives for it is ("quits" when
    the story has "resigned").
    """
    stems, owners, starts, lengths = [], [], [], []
    for found in stems_of:
        starts.append(len(stems))
        for number, stem in enumerate(found):
            alternatives = ways(stem) if ways else [stem]
            stems += alternatives
            owners += [number] * len(alternatives)
        lengths.append(len(stems) - starts[-1])
    count = len(pair_doc)
    if not count:
        return np.zeros(0, dtype=bool)
    pair_headline = np.asarray(pair_headline, dtype=np.int64)
    per_pair = np.array(lengths, dtype=np.int64)[pair_headline]
    at = ragged_arange(np.array(starts, dtype=np.int64)[pair_headline], per_pair)
    found = (index.fields_of(np.array(stems, dtype=np.int64)[at], np.repeat(pair_doc, per_pair)) & where) > 0
    # A stem is had when any of its ways is: count the (pair, stem) slots with one found.
    wanted = np.array([len(of_one) for of_one in stems_of], dtype=np.int64)[pair_headline]
    width = 1 + int(wanted.max(initial=0))
    slot = np.repeat(np.arange(count), per_pair) * width + np.array(owners, dtype=np.int64)[at]
    had = np.bincount(np.unique(slot[found]) // width, minlength=count)
    return had < wanted


def event_agreement(
    index: Index,
    headlines: Sequence[Headline],
    pair_headline: np.ndarray,
    pair_doc: np.ndarray,
    named: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For each (headline, story) pair, the weighted share of its event units the story has.

    Three shares, and whether the story tells the headline's idiom (below): in the title or
    lede; anywhere indexed; and in the title or lede with each
    unit weighted by how few of the headline's other candidates have it there (the words
    that tell this story from the others about the same subject: "walkout", "halts", not
    "mine", which every story of the mine has; only the candidates with all the headline's
    names count, ``named``; where every such candidate has every unit, the front share). A
    headline with no event word (all names) agrees fully. All pairs at once: every way's
    stems looked up in one call.

    The fourth: whether the headline has words news copy says otherwise (``Unit.idiom``:
    "frozen", "court", "walkout") and the story's title or lede says every one of them, in
    the headline's words or its own ("halted", "judges", "walked off the job").
    """
    # Each headline flattened: its stems, where each way and unit starts, each unit's stem.
    stems, way_start, unit_start, unit_stems, unit_idiom, unit_thing = [], [], [], [], [], []
    starts, lengths, unit_counts = [], [], []
    for headline in headlines:
        starts.append(len(stems))
        for unit in headline.units:
            unit_stem, way_starts, unit_starts = unit.flat
            stems += unit_stem
            way_start += way_starts
            unit_start += unit_starts
            unit_stems.append(unit.stem)
            unit_idiom.append(unit.idiom)
            unit_thing.append(unit.stem in headline.thing_stems)
        lengths.append(len(stems) - starts[-1])
        unit_counts.append(len(headline.units))
    weights = index.idf_of_many(np.array(unit_stems, dtype=np.int64))
    unit_offsets = np.cumsum([0, *unit_counts]).astype(np.int64)
    totals = np.bincount(
        np.repeat(np.arange(len(headlines)), unit_counts), weights=weights, minlength=len(headlines)
    )
    count = len(pair_doc)
    if not count:
        return np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0)
    stems_a, way_a, unit_a = (np.array(a, dtype=np.int64) for a in (stems, way_start, unit_start))
    starts_a, lengths_a = np.array(starts, dtype=np.int64), np.array(lengths, dtype=np.int64)
    pair_headline = np.asarray(pair_headline, dtype=np.int64)
    at = ragged_arange(starts_a[pair_headline], lengths_a[pair_headline])
    rows_per_pair = lengths_a[pair_headline]
    fields = index.fields_of(stems_a[at], np.repeat(pair_doc, rows_per_pair))
    # A way needs all its stems (bits ANDed), a unit any of its ways (ORed).
    way_firsts = np.flatnonzero(way_a[at])
    way_fields = np.bitwise_and.reduceat(fields, way_firsts) if len(way_firsts) else fields[:0]
    unit_of_way = np.cumsum(unit_a[at][way_firsts]) - 1
    unit_firsts = np.flatnonzero(np.diff(np.concatenate([[-1], unit_of_way])))
    unit_fields = np.bitwise_or.reduceat(way_fields, unit_firsts) if len(unit_firsts) else way_fields[:0]
    # Each unit's pair and weight.
    units_per_pair = np.array(unit_counts, dtype=np.int64)[pair_headline]
    unit_pair = np.repeat(np.arange(count), units_per_pair)
    unit_at = ragged_arange(unit_offsets[:-1][pair_headline], units_per_pair)
    unit_weight = weights[unit_at]
    in_front = (unit_fields & FRONT_FIELDS) > 0
    front = np.bincount(unit_pair, weights=unit_weight * in_front, minlength=count)
    idiom = np.array(unit_idiom, dtype=bool)[unit_at]
    idioms = np.bincount(unit_pair, weights=idiom, minlength=count)
    told = (idioms > 0) & (np.bincount(unit_pair, weights=idiom & in_front, minlength=count) == idioms)
    anywhere = np.bincount(unit_pair, weights=unit_weight * (unit_fields > 0), minlength=count)
    total = totals[pair_headline]
    none = total <= 0
    safe = np.where(none, 1.0, total)
    # How many of the headline's other candidates (those with its names) have each unit in front.
    counted = np.ones(count, dtype=bool) if named is None else np.asarray(named, dtype=bool)
    # ``unit_at`` numbers each (headline, unit) once: the pairs of a headline share its units.
    mine = in_front & counted[unit_pair]
    having = np.bincount(unit_at, weights=mine)[unit_at] - mine
    others = np.bincount(pair_headline, weights=counted, minlength=len(headlines))[pair_headline][unit_pair]
    others = others - counted[unit_pair]
    rare = unit_weight * (1 - np.divide(having, others, out=np.zeros(len(having)), where=others > 0))
    rare_total = np.bincount(unit_pair, weights=rare, minlength=count)
    front_share = front / safe
    # The units beyond what the names name ("needs repairs before opening" of "Pellinor
    # hospital needs repairs before opening"): what happened to it.
    beyond = unit_weight * ~np.array(unit_thing, dtype=bool)[unit_at]
    beyond_total = np.bincount(unit_pair, weights=beyond, minlength=count)
    beyond_front = np.divide(
        np.bincount(unit_pair, weights=beyond * in_front, minlength=count),
        beyond_total,
        out=np.ones(count),
        where=beyond_total > 0,
    )
    distinct = np.divide(
        np.bincount(unit_pair, weights=rare * in_front, minlength=count),
        rare_total,
        out=front_share.copy(),
        where=rare_total > 0,
    )
    return (
        np.where(none, 1.0, front_share),
        np.where(none, 1.0, anywhere / safe),
        np.where(none, 1.0, distinct),
        told,
        beyond_front,
    )
