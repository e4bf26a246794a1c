"""READ MORE lines resolved to stories.

First the stages (pins, overrides, exact titles, header titles, slugs and file names), then
retrieval's candidates weighed by the judge.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

import numpy as np

from ..text.grammar import MEDIA_KICKER_RE
from .judge import (
    FRONT_FIELDS,
    GUIDE_HEADLINE_RE,
    HEADLINE_NAME_RE,
    Features,
    Headline,
    event_agreement,
    first_word,
    is_title_case,
    lacks_a_name,
    lacks_the_thing,
    lexicon,
    percentages,
    read_headline,
    said_in,
    thing_written,
    writes_the_thing,
)
from .records import (
    AMBIGUOUS,
    FILE_NAME_SMALL_WORDS,
    NOT_IN_ARCHIVE,
    PINNED_TO_MISSING,
    RESOLVED,
    SUGGEST_CHANCE,
    UNRESOLVED,
    Candidate,
    LinkOptions,
    Reference,
    Story,
    timestamp,
)
from .retrieval import (
    BODY_CHARS_LIMIT,
    Document,
    Index,
    normalise_title,
    terms,
)
from .telling import tells_otherwise

#: Below this weighted share of the headline's event in its title or lede, a story tells another event.
WEAK_EVENT = 0.5


#: Candidates whose text tells whether a headline's first word is a name, and the characters
#: before it that show it is inside a sentence (so capitalised because it is a name).
NAME_EVIDENCE = 3


INSIDE_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;:")


#: A candidate whose lede is the source's word for word, and at least this long, is the source
#: story published again (a copy the archive pass did not join): never its target.
SAME_LEDE_CHARS = 80


#: The least chance at which the only candidate telling a headline's idiom links (``_judged``):
#: twice the "Did you mean" level. On a real page, "Polls close without incident in Colombia's
#: most peaceful elections" had one candidate telling its idiom (an attack story whose caption
#: has the president voting), at 0.33: a wrong link.
TELLER_CHANCE = 0.4


#: The note of a line linked that way.
TOLD = "the only story whose title or lede tells what it says happened"


#: Below the threshold, the best candidate also links when it leads the runner-up and the line's
#: own story by this much (twice the margin wanted at the threshold) and its title or lede names
#: the thing the headline's names name and tells some of what happened to it
#: (``Features.tells_its_thing``), with every name. On the generated 50,000-story archive, a
#: story that is not the one named led so by at most 0.18, on ``calibrate`` by 0.14.
CLEAR_LEAD = 0.2

#: ... from the chance the only teller of an event needs: at 0.2, the real page's "Polls close
#: without incident in Colombia's most peaceful elections" (``TELLER_CHANCE``) led its
#: runner-up by 0.3 and was linked to the attack story again.
CLEAR_LEAD_CHANCE = TELLER_CHANCE

#: The least weighted share of what a headline says happened to its thing ("needs repairs before
#: opening" of "Pellinor hospital needs repairs before opening") that a clear leader's title or
#: lede tells: a story telling the thing alone tells no event of it ("Court suspends work on
#: Iskarn reservoir" for "New setback pushes back Iskarn reservoir").
EVENT_BEYOND_THING = 0.25

#: The note of a line linked that way.
LEADS = "far ahead of the others, and its title or lede tells what happened to the thing it names"


#: A best candidate this close to the next (or closer) has its rivals told from the stories of
#: other things (``_rivals_marked``): the widest gap any verdict reads (``LATER_MARGIN``).
RIVALS_NEAR = 0.3


#: The least chance at which telling its thing may link a best candidate below the threshold
#: (``TELLER_CHANCE``, ``CLEAR_LEAD_CHANCE``): where ``_thing_read`` reads it.
THING_READ_CHANCE = min(TELLER_CHANCE, CLEAR_LEAD_CHANCE)


#: The least share of a READ MORE headline's words (names and event units, news copy's other
#: words allowed: ``judge.said_in``) that a story with a headline of its own (a header or title
#: line) says in it, or in a copy's, for retrieval to link the line to it. A line quotes the
#: headline of the story it names; a story headed otherwise is another story of the event, often
#: another outlet's. On the real dev pages, three lines naming another outlet's story of their event
#: were linked to the one story of it there, whose headline said 0.44 to 0.63 of theirs; the right
#: links said all of it. An untitled story's title is its lede's (not checked).
OWN_HEADLINE_SAYS = 0.7
#: The least share of a story's own headline that its lede tells (``judge.said_in``) for the headline
#: check above to hold a line to it: a crawler's ``Title`` of the site's or section's name (``Local
#: news | Velm Gazette``) tells none of the story.
OWN_TITLE_TOLD = 0.3

#: How a page ends a headline it cut short: such a headline is not weighed against a line's.
CUT_SHORT = ("...", "…")

#: The note of a line left unlinked that way.
HEADED_OTHERWISE = "the closest story has a headline of its own, not this one: another story of its event"


#: Candidates listed in the report for an unresolved or ambiguous reference.
REPORT_CANDIDATES = 3


#: Retrieval hits the judge weighs for each line.
RETRIEVAL_POOL = 12


#: A story published this many days after the one whose line names it counts as fully "later"
#: to the judge (a day later counts little; the weight grows with the log of the days).
LATER_DAYS = 365


#: Grace for clock and time-zone slips when comparing dates (seconds).
DATE_GRACE_SECONDS = 86400


#: A story published after the one whose line names it links only with at least this chance: a
#: line is written before the stories that come after it, and a later one often retells the event.
LATER_THRESHOLD = 0.9

#: ... and only over earlier candidates it beats by this much: an earlier story at 0.3 is no rival
#: to a later one at 0.9 (an archive's lines are updated with links to the follow-ups), one at 0.7
#: is (the later story may retell it). Three times the margin the judge wants over a runner-up.
LATER_MARGIN = 0.3


class Scored(NamedTuple):
    """One candidate of a line as the judge weighs it (``Resolver._judged``)."""

    chance: float
    story: int
    """Its position among the stories."""
    lacks: bool
    """It lacks a name of the headline's."""
    front: float
    """The share of the headline's event its title or lede tells."""
    later: bool
    """Published later than the line's story."""
    only: bool
    """The only candidate telling the headline's idiom."""
    tells: bool
    """It tells what happened to the thing the headline names (``Features.tells_its_thing``)."""
    rival: bool = True
    """About the thing the headline names, as the best candidate writes it (``_rivals_marked``)."""


class Resolver:
    """Resolves headlines in stages: override, exact title, header title, slug or file name, retrieval."""

    def __init__(self, stories: Sequence[Story], options: LinkOptions):
        self.stories = list(stories)
        self.options = options
        self.position = {s.key: i for i, s in enumerate(self.stories)}
        # When each story was published; NaN for one with no date of its own (a stand-in date
        # orders nothing), so that no date order holds with it (``days_after``).
        self.when = [timestamp(s.date) if s.dated else math.nan for s in self.stories]
        self.when_array = np.array(self.when, dtype=np.float64)
        self.by_slug = {s.slug: s.key for s in self.stories}
        # Each story's file name as ``_by_file_name`` keys it (looked up again for every line of the story).
        self.file_keys = [_big_words(s.file_name) if s.file_name else "" for s in self.stories]
        self.by_file_name: dict[str, list[Story]] = defaultdict(list)
        for story, key in zip(self.stories, self.file_keys, strict=True):
            if story.file_name:
                self.by_file_name[key].append(story)
        self.by_title: dict[str, list[str]] = defaultdict(list)
        self.by_header_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for story in self.stories:
            self.by_title[normalise_title(story.title)].append(story.key)
            for alias in story.aliases:  # the title of a copy: a name of the same story
                self.by_title[normalise_title(alias)].append(story.key)
            if story.header_title:
                self.by_header_words[tuple(terms(story.header_title))].append(story.key)
        self.overrides = {normalise_title(k): v for k, v in options.overrides.items()}
        self.pins = {(source, normalise_title(headline)): v for (source, headline), v in options.pins.items()}
        self._index: Index | None = None
        self._headlines: dict[tuple[str, bool, frozenset[str]], Headline] = {}
        self._names: dict[tuple[str, tuple[int, ...]], bool] = {}
        self._ledes: dict[int, str] = {}
        self._lede_chars = [len(s.lede) for s in self.stories]

    @property
    def index(self) -> Index:
        """The retrieval index, built on first use (many archives never need it)."""
        if self._index is None:
            self._index = Index([Document(f"{s.title} {s.keywords}", s.lede, s.body) for s in self.stories])
        return self._index

    @index.setter
    def index(self, index: Index) -> None:
        """Use an index built elsewhere (``StoryWords.index``, from words read once)."""
        self._index = index

    def resolve(self, story: Story, line: int, headline: str) -> Reference:
        """Resolve one READ MORE line of ``story``."""
        return self.lookup(story, line, headline) or self.retrieve_all([(story, line, headline)])[0]

    def lookup(self, story: Story, line: int, headline: str) -> Reference | None:
        """The stages before retrieval (override, titles, slug, file name); None when none decides."""
        norm = normalise_title(headline)
        base = {"source": story.key, "line": line, "headline": headline}
        pin = self.pins.get((story.key, norm))
        if pin is not None:
            return self._override(story, base, pin, "pin")
        if norm in self.overrides:
            return self._override(story, base, self.overrides[norm])
        if kicker := MEDIA_KICKER_RE.match(headline):  # (``PHOTOS: <the title>``: the title names it)
            headline = headline[kicker.end() :]
            norm = normalise_title(headline)
        # Each stage looked up only when the ones before it found nothing.
        slug = self.by_slug.get(_slug_of(norm))
        return (
            self._decide(story, base, "exact-title", self.by_title.get(norm))
            or self._decide(story, base, "header-title", self.by_header_words.get(tuple(terms(headline))))
            or self._decide(story, base, "slug", [slug] if slug is not None else None)
            or self._decide(story, base, "file-name", self._by_file_name(story, norm))
        )

    def _by_file_name(self, story: Story, norm: str) -> list[str]:
        """The stories whose file name spells the headline ``norm`` (see ``FILE_NAME_DATE_RE``).

        Its words in order, but for small words a slug leaves out (never another small word in
        their place: "ferry to" is not "ferry from"). Never a story published after ``story`` (a
        name that comes back a year on is another story's), and a line spelling ``story``'s own
        name names ``story`` itself.
        """
        words = norm.split()
        key = _big_words(words)
        source = self.position[story.key]
        if story.file_name and self.file_keys[source] == key and _spells(story.file_name, words):
            return [story.key]
        when = self.when[source]
        return [
            other.key
            for other in self.by_file_name.get(key, ())
            if _spells(other.file_name, words)
            and not days_after(self.when[self.position[other.key]], when) > 0
        ]

    def retrieve_all(self, items: Sequence[tuple[Story, int, str]]) -> list[Reference]:
        """The last stage for many lines at once: retrieval proposes, the editor's model judges.

        Each headline is searched in the index; its candidates (``RETRIEVAL_POOL``) are
        weighed together (``judge``): whether each tells the headline's event, has its
        names, and came before the story whose line names it.
        """
        if not items:
            return []
        hits, features = self.weigh(items)
        chances = features.chances()
        lacks, front = features.lacks_name.tolist(), features.event_front.tolist()
        later, only = features.later.tolist(), features.only_teller.tolist()
        tells, own = features.tells_its_thing.tolist(), features.own_chance.tolist()
        # Each line's candidates best first (by chance, then position): sorted once for all.
        order = np.lexsort((features.story, -chances, features.line)).tolist()
        bounds = np.searchsorted(features.line[order], np.arange(len(items) + 1)).tolist()
        doc_list, chance_list = features.story.tolist(), chances.tolist()

        def row(j: int) -> Scored:
            return Scored(chance_list[j], doc_list[j], lacks[j], front[j], later[j] > 0, only[j], tells[j])

        lines, close = [], []
        for q, (story, _, _) in enumerate(items):
            source = self.position[story.key]
            # The story itself, or a copy of it, is not what its line names (only the best few
            # others are read: those further down are not looked at).
            ranked = order[bounds[q] : bounds[q + 1]]
            others = (j for j in ranked if not self._same_story(source, doc_list[j]))
            scored = [row(j) for j in islice(others, REPORT_CANDIDATES)]
            if (
                len(scored) > 1
                and scored[0].chance >= SUGGEST_CHANCE
                and scored[0].chance - scored[1].chance < RIVALS_NEAR
            ):
                scored += [row(j) for j in others]  # the rest: a rival may come after other things
                close.append(q)
            lines.append((scored, own[ranked[0]] if ranked else 0.0))
        marked = self._rivals_marked([(items[q][2], hits[q], lines[q][0]) for q in close])
        for q, scored in zip(close, marked, strict=True):
            lines[q] = (scored, lines[q][1])
        references = []
        for q, ((story, line, headline), (scored, own_chance)) in enumerate(zip(items, lines, strict=True)):
            # (Read only where telling its thing may link the best: from the chance those rules want.)
            if (
                scored
                and (scored[0].only or scored[0].tells)
                and THING_READ_CHANCE <= scored[0].chance < self.options.threshold
            ):
                scored[0] = self._thing_read(headline, hits[q], scored[0])
            base = {"source": story.key, "line": line, "headline": headline}
            references.append(self._judged(base, scored, own_chance))
        return references

    def _rivals_marked(
        self, lines: list[tuple[str, list[tuple[int, float]], list[Scored]]]
    ) -> list[list[Scored]]:
        """Each line's candidates (headline, its hits, scored), each after the best marked a rival or not.

        Not a rival (``Scored.rival``): a story whose title and lede lack the thing the headline
        names, as the best candidate writes it (``judge.thing_written``): "Vinmouth rail link
        needs repairs before opening" is not in doubt between the rail link's story and the
        Vinmouth viaduct's. A line whose best candidate writes no such thing keeps its first
        few, all rivals. The index is asked once for all lines.
        """
        things = [
            thing_written(headline, self._headline(headline, found).names, self._front_of(scored[0].story))
            for headline, found, scored in lines
        ]
        # (Each runner-up with each stem of its line's thing, in the order they are read back below.)
        asked = [
            (stem, row.story)
            for thing, (*_, scored) in zip(things, lines, strict=True)
            for row in scored[1:]
            for stem in thing
        ]
        stems = np.array([stem for stem, _ in asked], dtype=np.int64)
        docs = np.array([story for _, story in asked], dtype=np.int64)
        fields = self.index.fields_of(stems, docs)
        found_all = ((fields & FRONT_FIELDS) > 0).tolist()
        marked, at = [], 0
        for thing, (*_, scored) in zip(things, lines, strict=True):
            if not thing:
                marked.append(scored[:REPORT_CANDIDATES])
                continue
            rows = [scored[0]]
            for row in scored[1:]:
                rows.append(row._replace(rival=all(found_all[at : at + len(thing)])))
                at += len(thing)
            marked.append(rows)
        return marked

    def _thing_read(self, headline: str, found: list[tuple[int, float]], best: Scored) -> Scored:
        """The best candidate, no longer telling the headline's thing when it writes it only in names.

        The index finds "rail" in a story of the Dunmar viaduct whose lede quotes the Korrin Rail
        Board: the thing of "Dunmar rail link needs repairs before opening" for the index, not for
        an editor (``judge.writes_the_thing``). Read on the best candidate, below the threshold,
        where telling its thing may link it.
        """
        story = self.stories[best.story]
        title = "" if story.title_derived else story.title
        read = self._headline(headline, found)
        if writes_the_thing(read.thing_stems, read.names, title, story.lede):
            return best
        return best._replace(only=False, tells=False)

    def weigh(
        self, items: Sequence[tuple[Story, int, str]]
    ) -> tuple[list[list[tuple[int, float]]], Features]:
        """Each line's candidates (story position, retrieval share) and what the judge weighs of them.

        The features have one row per candidate, line by line (``bench/calibrate.py`` fits
        the judge's weights on them).
        """
        index = self.index
        sources = [self.position[story.key] for story, _, _ in items]
        hits, own_share = index.search_many_leaving_out(
            [headline for _, _, headline in items], sources, RETRIEVAL_POOL, lexicon().alternatives
        )
        headlines = [
            self._headline(headline, found) for (_, _, headline), found in zip(items, hits, strict=True)
        ]
        pair_query = np.repeat(np.arange(len(items)), [len(found) for found in hits])
        pair_doc = np.array([i for found in hits for i, _ in found], dtype=np.int64)
        lacks = lacks_a_name(index, headlines, pair_query, pair_doc)
        front, anywhere, distinct, told, beyond = event_agreement(
            index, headlines, pair_query, pair_doc, ~lacks
        )
        lacks_thing = lacks_the_thing(index, headlines, pair_query, pair_doc)
        # The one candidate whose title or lede tells what the headline says happened, of its thing.
        teller = told & ~lacks & ~lacks_thing
        tellers = np.bincount(pair_query, weights=teller, minlength=len(items))
        only_teller = teller & (tellers[pair_query] == 1)
        # Candidates whose title or lede names the thing the headline's names name (a headline
        # naming none has none to tell) and some of what happened to it, with every name.
        names_a_thing = np.array([bool(h.thing_stems) for h in headlines], dtype=bool)[pair_query]
        tells_its_thing = names_a_thing & ~lacks_thing & ~lacks & (beyond >= EVENT_BEYOND_THING)
        days = days_after(
            self.when_array[pair_doc], self.when_array[np.array(sources, dtype=np.int64)[pair_query]]
        )
        later = np.log1p(np.fmax(days, 0.0)) / math.log1p(LATER_DAYS)  # NaN (undated): 0, not later
        share = np.array([score for found in hits for _, score in found])
        own = self._own_chances(headlines, sources, own_share)
        features = Features(
            pair_query,
            pair_doc,
            share,
            front,
            anywhere,
            distinct,
            later,
            lacks,
            only_teller,
            tells_its_thing,
            own[pair_query],
        )
        return hits, features

    def _own_chances(
        self, headlines: Sequence[Headline], sources: Sequence[int], own_share: Sequence[float | None]
    ) -> np.ndarray:
        """For each line, the model's chance for the story it is in, weighed as a candidate would be.

        0 where the search did not find that story among a candidate pool's worth of hits. Its
        event words are weighed against no other candidate (its distinct share is its front
        share), and it is never later than itself.
        """
        chances = np.zeros(len(headlines))
        lines = np.array([q for q, score in enumerate(own_share) if score is not None], dtype=np.int64)
        if not len(lines):
            return chances
        docs = np.array(sources, dtype=np.int64)[lines]
        lacks = lacks_a_name(self.index, headlines, lines, docs)
        front, anywhere, distinct, *_ = event_agreement(self.index, headlines, lines, docs, ~lacks)
        share = np.array([own_share[q] for q in lines.tolist()], dtype=np.float64)
        columns = Features(lines, docs, share, front, anywhere, distinct, np.zeros(len(lines)), lacks)
        chances[lines] = columns.chances()
        return chances

    def _judged(self, base: dict, scored: list[Scored], own: float = 0.0) -> Reference:
        """The verdict on a headline's candidates, best first.

        Each a ``Scored``; ``own``, the chance of the story the line is in (``Features.own_chance``).
        A later story is not linked over an earlier one that may well be the one named (a chance of
        ``SUGGEST_CHANCE`` or more, within ``LATER_MARGIN`` of its own), nor below
        ``LATER_THRESHOLD``: a line is written before the stories that come after it, and a
        later story often retells the event.

        Below the threshold, the best candidate still links when it is the only one whose
        title or lede says what the headline says happened, in news copy's words, of the
        thing its names name (``Features.only_teller``), with a chance of ``TELLER_CHANCE``
        and the margin over the runner-up: an editor reading "Carraway Point terminal frozen
        by court order" takes the one story of the terminal whose lede has the court halting
        work, however little else of the headline's wording it shares. Never a later story
        below the threshold; at the threshold, a later story that is the only one telling the
        event retells no earlier one, so ``LATER_THRESHOLD`` does not hold it back (an earlier
        candidate with a fair chance still does). Candidates that match about as well (within
        the margin) are told apart the same way: when the best is the only one telling the
        event, and not a later story, it links; otherwise the line is ambiguous.

        Below the threshold too, the best candidate links when it clearly leads: a chance of
        ``CLEAR_LEAD_CHANCE`` (a story the line would offer anyway) and ``CLEAR_LEAD`` over the
        runner-up and over the line's own story, and its title or lede names the headline's
        thing and tells some of what happened to it (``EVENT_BEYOND_THING``). The line's own
        story is a rival there: when it matches the headline about as well, the line may name
        it (republished under another headline, as a copy the archive pass did not join), or
        name another event of its thing, and the next story of that thing leads for nothing
        ("carraway Point terminal spending to be investigated", in a story of the terminal, for
        the lighthouse's inquiry). The model's chance is an absolute estimate,
        low for a headline that rewords its story ("Pellinor hospital needs repairs before
        opening" for "Engineers testing the Pellinor children's hospital found cracks ...");
        a wide lead over every other story sharing its words, all of them weighed alike, is
        the evidence an editor reads there. Never a later story this way (a line is written
        before the stories that come after it), nor a headline naming no thing ("Late goal
        gives United the cup": another outlet's story of the same match leads as clearly).

        A story with a headline of its own whose headline says too little of the line's
        (``OWN_HEADLINE_SAYS``) is not linked: a line quotes its story's headline, so it names
        another story of the event, another outlet's.

        Only rivals put the best in doubt (the runner-up, the stories matching about as well, an
        earlier story a later one may retell): the candidates about the thing the headline
        names, as the best writes it (``Scored.rival``, set by ``_rivals_marked``; a row it did not
        read is one), not "the Vinmouth viaduct" for "Vinmouth rail link needs repairs before opening".

        Last, a candidate about to be linked whose title and lede tell another turn of the
        headline's event (``telling.tells_otherwise``: its denial, threat, an earlier one, its
        opposite, another of the thing it counts) is not linked.
        """
        candidates = tuple(
            Candidate(self.stories[i].key, round(chance, 4)) for chance, i, *_ in scored[:REPORT_CANDIDATES]
        )
        if not scored:
            return Reference(**base, status=UNRESOLVED, stage="retrieval", note="no story shares its words")
        chance, best, lacks, event, later, only, tells, *_ = scored[0]
        # Only the candidates about the thing the line names (``_rivals_marked``) put the best in doubt.
        rivals = [row for row in scored[1:] if row.rival]

        def verdict(status: str, note: str, listed: tuple[Candidate, ...] = candidates) -> Reference:
            return Reference(
                **base, status=status, stage="retrieval", score=round(chance, 4), candidates=listed, note=note
            )

        if GUIDE_HEADLINE_RE.match(base["headline"].lstrip("\"'‘’“”(")):
            return verdict(UNRESOLVED, "a guide's headline: linked by its title only")
        if MEDIA_KICKER_RE.match(base["headline"]):
            return verdict(UNRESOLVED, "a gallery's or a film's headline: linked by its title only")
        if self._gives_other_shares(base["headline"], best):
            return verdict(UNRESOLVED, "the closest story gives other percentages than it gives")
        runner_up = rivals[0][0] if rivals else 0.0
        told = only and not later and chance >= TELLER_CHANCE and chance - runner_up >= self.options.margin
        leads = (
            tells and not later and chance >= CLEAR_LEAD_CHANCE and chance - max(runner_up, own) >= CLEAR_LEAD
        )
        # A later story often retells an earlier one's event: not when it is the only one telling it.
        retold = later and chance < LATER_THRESHOLD and not only
        if (
            later
            and chance >= self.options.threshold
            and any(
                not other_later and other >= SUGGEST_CHANCE and chance - other < LATER_MARGIN
                for other, _, _, _, other_later, *_ in rivals
            )
        ):
            return verdict(AMBIGUOUS, "a story published before it may be the one named")
        if not told and not leads and (chance < self.options.threshold or retold):
            note = (
                "the closest story, published after the one naming it, may be the one named, not surely"
                if later and chance >= self.options.threshold
                else "the closest story lacks a name it gives"
                if lacks
                else "the stories sharing its names tell another event"
                if event < WEAK_EVENT
                else "the closest story may be the one named, not surely: offered as Did you mean"
                if chance >= SUGGEST_CHANCE
                else "no story matches it closely enough"
            )
            return verdict(UNRESOLVED, note)
        if chance - runner_up < self.options.margin and (later or not only):
            close = tuple(
                c
                for c, row in zip(candidates, scored, strict=False)
                if (row is scored[0] or row.rival) and chance - row.chance < self.options.margin
            )
            return verdict(AMBIGUOUS, "two or more stories match about as well", close)
        if self._headed_otherwise(base["headline"], best):
            return verdict(UNRESOLVED, HEADED_OTHERWISE)
        otherwise = tells_otherwise(
            base["headline"], self._front_of(best), self.stories[best].body[:BODY_CHARS_LIMIT]
        )
        if otherwise:
            return verdict(UNRESOLVED, f"the closest story tells another event: {otherwise}")
        return Reference(
            **base,
            status=RESOLVED,
            target=self.stories[best].key,
            stage="retrieval",
            score=round(chance, 4),
            candidates=candidates,
            note=None if chance >= self.options.threshold else TOLD if told else LEADS,
        )

    def _headed_otherwise(self, headline: str, i: int) -> bool:
        """Whether story ``i`` has a headline of its own, and neither it nor a copy's is the line's.

        Not the line's: it says too little of it (``OWN_HEADLINE_SAYS``), the names the story's lede
        gives counted as said (a line may name whom a headline calls "mayor"). A headline the page
        cut short (``CUT_SHORT``) is the line's when the line says enough of what is left of it; a
        title the story's lede tells too little of (``OWN_TITLE_TOLD``: a site's or a section's name
        in the ``Title`` header) is no headline to hold the line to.
        """
        story = self.stories[i]
        if story.title_derived:
            return False
        names = " ".join(HEADLINE_NAME_RE.findall(f" {story.lede}"))
        return all(
            said_in(title, story.lede) >= OWN_TITLE_TOLD
            and (
                said_in(title, headline) < OWN_HEADLINE_SAYS
                if title.rstrip().endswith(CUT_SHORT)
                else said_in(headline, f"{title} {names}") < OWN_HEADLINE_SAYS
            )
            for title in (story.title, *story.aliases)
        )

    def _gives_other_shares(self, headline: str, i: int) -> bool:
        """Whether story ``i`` gives percentages where it is indexed, none of them one of the headline's."""
        wanted = percentages(headline)
        if not wanted:
            return False
        story = self.stories[i]
        given = percentages(f"{story.title} {story.keywords} {story.lede} {story.body[:BODY_CHARS_LIMIT]}")
        return bool(given) and not wanted & given

    def _headline(self, headline: str, found: list[tuple[int, float]]) -> Headline:
        """A headline as the judge reads it; its first word's case judged from its candidates' text.

        Remembered by the headline and that judgement, which depends on the line's own
        candidates only: a line reads the same whatever was judged before it (or in the
        other half of a split run).
        """
        first = first_word(headline)
        evidence = tuple(i for i, _ in found[:NAME_EVIDENCE])
        is_name = bool(first) and self._is_name(first, evidence)
        # In Title Case every word is capitalised: a word is common when its stories write it in lower
        # case and never capitalised (a name they lack, or write otherwise, stays a name).
        common = (
            frozenset(
                w
                for w in HEADLINE_NAME_RE.findall(headline)
                if not self._is_name(w, evidence) and self._is_name(w.lower(), evidence)
            )
            if is_title_case(headline)
            else frozenset()
        )
        known = self._headlines.get((headline, is_name, common))
        if known is None:
            known = self._headlines[headline, is_name, common] = read_headline(headline, is_name, common)
        return known

    def _is_name(self, word: str, candidates: tuple[int, ...]) -> bool:
        """Whether a headline's first word is a name: capitalised inside a candidate's sentences."""
        known = self._names.get((word, candidates))
        if known is None:
            known = self._names[word, candidates] = any(
                _inside_a_sentence(word, story.lede) or _inside_a_sentence(word, story.body, BODY_CHARS_LIMIT)
                for story in map(self.stories.__getitem__, candidates)
            )
        return known

    def _same_story(self, source: int, candidate: int) -> bool:
        """Whether a candidate is the source story published again (its lede word for word)."""
        one, other = self._lede_chars[source], self._lede_chars[candidate]
        if abs(one - other) > max(one, other) // 10:  # not the same words: no need to compare them
            return False
        first, second = self._lede_of(source), self._lede_of(candidate)
        return len(first) >= SAME_LEDE_CHARS and first == second

    def _front_of(self, i: int) -> str:
        """A story's title (when a header or title line gave it) and lede: where it tells its event."""
        story = self.stories[i]
        return story.lede if story.title_derived else f"{story.title}. {story.lede}"

    def _lede_of(self, i: int) -> str:
        known = self._ledes.get(i)
        if known is None:
            known = self._ledes[i] = " ".join(self.stories[i].lede.lower().split())
        return known

    def _override(self, story: Story, base: dict, target: str, stage: str = "override") -> Reference:
        """A headline pinned by an override or the links file (``stage``)."""
        if not target:
            return Reference(**base, status=UNRESOLVED, stage=stage, note=NOT_IN_ARCHIVE)
        key = target if target in self.position else self.by_slug.get(target)
        if not key:
            return Reference(**base, status=UNRESOLVED, stage=stage, note=PINNED_TO_MISSING)
        if key == story.key:
            return Reference(**base, status=UNRESOLVED, stage=stage, note="pinned to itself")
        return Reference(**base, status=RESOLVED, target=key, stage=stage, score=1.0)

    def _decide(self, story: Story, base: dict, stage: str, keys: list[str] | None) -> Reference | None:
        """A stage's verdict: one other story resolves, several are ambiguous, none passes on."""
        if not keys:
            return None
        source = self.position[story.key]
        # A copy of the source (its lede word for word) is the source itself.
        others = sorted(k for k in set(keys) - {story.key} if not self._same_story(source, self.position[k]))
        if len(others) == 1:
            return Reference(**base, status=RESOLVED, target=others[0], stage=stage, score=1.0)
        if len(others) > 1:
            candidates = tuple(Candidate(k, 1.0) for k in others)
            return Reference(
                **base,
                status=AMBIGUOUS,
                stage=stage,
                score=1.0,
                candidates=candidates,
                note="several stories have this title",
            )
        # The only match is the story itself.
        return Reference(**base, status=UNRESOLVED, stage=stage, note="names this story itself")


def days_after(published: float | np.ndarray, source: float | np.ndarray) -> float | np.ndarray:
    """How many days a story was published after the one whose line names it, past a day's grace.

    Timestamps, one by one or as arrays (the same rule for both); NaN for a story with no
    date of its own, so that neither ``> 0`` (later) nor ``<= 0`` holds with it.
    """
    return (published - source - DATE_GRACE_SECONDS) / 86400


def _inside_a_sentence(word: str, text: str, limit: int | None = None) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word after a lower-case word or a comma.

    Only in its first ``limit`` characters when given: a bounded search, the text not cut.
    """
    stop = len(text) if limit is None else min(len(text), limit)
    at = text.find(" " + word, 0, stop)
    while at > 0:
        end = at + 1 + len(word)
        if text[at - 1] in INSIDE_SENTENCE and (end == stop or not text[end].isalnum()):
            return True
        at = text.find(" " + word, end, stop)
    return False


def _slug_of(norm: str) -> str:
    return norm.replace(" ", "-")


def _big_words(words: Sequence[str]) -> str:
    """The words but the small ones a slug leaves out, joined: a file name's key."""
    return "-".join([w for w in words if w not in FILE_NAME_SMALL_WORDS])


def _spells(name: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a file name's words are the headline's in order, the headline's small words aside."""
    at = 0
    for part in name:
        while at < len(words) and words[at] != part:
            if words[at] not in FILE_NAME_SMALL_WORDS:
                return False
            at += 1
        if at == len(words):
            return False
        at += 1
    return all(w in FILE_NAME_SMALL_WORDS for w in words[at:])
