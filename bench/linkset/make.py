"""Labelled archives for READ MORE linking (issue 14, item 2): the generator.

    python bench/linkset/make.py              # rewrite bench/linkset/calibrate and bench/linkset/heldout
    python bench/linkset/make.py --out DIR    # write them under DIR instead (DIR/calibrate, DIR/heldout)
    python bench/linkset/make.py --no-check   # skip the checks against the parser and the copies pass

Two invented worlds (``world_calibrate.py``, ``world_heldout.py``: places, people, firms,
projects, events and every phrasing, written by hand, none shared) become two archives of
seeds in the seed format, each with ``truth.json``: for every seed, each READ MORE line's
number, headline, kind and the story it names (``null`` when that story is not in the
archive, or is the seed's own copy). ``meta.json`` has the counts. The kinds are described
in ``bench/linkset/README.md``.

Everything comes from ``random.Random`` seeded with the world's name and ``VERSION``: the
same bytes on any machine (``tests/unit/test_linkset.py`` checks the committed files). The
stdlib alone writes the archives; the checks then read them with the plugin: every
labelled line must be a READ MORE block of the parser with that text and every READ MORE
block labelled, the copies pass must find exactly the copies made, a decoy's names must
all be in one story and an absent headline's names in the archive but in no one story.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import world_calibrate  # noqa: E402
import world_heldout  # noqa: E402

#: Bump when the output changes.
VERSION = 1
WORLDS = (world_calibrate, world_heldout)
KINDS = (
    "exact",
    "headline",
    "reworded-untitled",
    "decoy",
    "absent",
    "copy-of-source",
    "same-event",
    "cites-later",
)
HARD_KINDS = KINDS[2:]
#: READ MORE lines wanted per kind, in each archive.
WANTED = {
    "exact": 16,
    "headline": 20,
    "reworded-untitled": 24,
    "decoy": 24,
    "absent": 24,
    "copy-of-source": 22,
    "same-event": 24,
    "cites-later": 22,
}
#: Copies made of stories (one copy-of-source line each).
COPIES = 22
#: READ MORE lines one story holds at most.
MAX_REFS = 3
#: How likely a story is to get one more line, by the lines it has: many stories have none.
SOURCE_WEIGHTS = (0.25, 1.0, 0.9)
#: Stories per long-running storyline, and per smaller project.
STORYLINE_STORIES = (9, 12)
MINOR_STORIES = (2, 4)
#: Share of seeds by how their top reads (the rest are untitled: the title is derived).
STYLE_WEIGHTS = {"untitled": 46, "bare": 6, "titleline": 20, "top": 8, "header": 20}
#: Two stories of one kind of event share at most this share of their five-word runs (the copies
#: pass calls a pair copies from 0.65).
MAX_LIKENESS = 0.42
#: A later story the line names is at least this many days after its source.
LATER_DAYS = 3

NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
ORDINALS = ("second", "third", "fourth")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBR = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
JUNK_LINES = ("Loading...", "Advertisement", "Share this article")
NAME_RE = re.compile(r"[A-Z][\w’'-]*\w")
POSSESSIVE_S_RE = re.compile(r"(?<=[a-z]s)'s\b")
SENTENCE_START_RE = re.compile(r"(?:^|[.!?][”\"']?\s+|[“\"'‘(]\s*)$")


# --- The stories --------------------------------------------------------------------------


@dataclass(eq=False)
class Ref:
    """A READ MORE line: what it says, what kind of reference it is and the story it names."""

    headline: str
    kind: str
    target: Story | None
    named: Story | None = None
    """copy-of-source: the copy it names; decoy: a story that has every name of the headline."""
    form: str = "READ MORE: {}"
    after: int = -1
    """Body item the line follows (-1: the end of the body)."""
    line: int = 0


@dataclass(eq=False)
class Story:
    """One seed before it is written: its parts, its dress and its READ MORE lines."""

    origin: str
    """``storyline``, ``minor``, ``event`` or ``copy``."""
    group: str
    """The project or event it belongs to."""
    frame: str
    date: datetime
    outlet: tuple
    head: str
    """The headline its outlet gave it (printed only when the seed is titled)."""
    alts: list[str]
    """The same story as other editors would headline it."""
    lede: str
    caption: str
    body: list[tuple[str, str]]
    """(``p`` paragraph | ``sub`` subhead | ``junk`` leftover, text)."""
    section: str
    place: str
    tags: tuple[str, ...] = ()
    style: str = "untitled"
    dateline: bool = False
    path: str = ""
    copy_of: Story | None = None
    copies: list[Story] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    source_line: str = ""
    byline: str = ""
    caption_echo: bool = False
    header_source: bool = False
    list_label: str = ""

    @property
    def titled(self) -> bool:
        """Whether the seed prints its headline (a header or a title line)."""
        return self.style in ("header", "titleline", "top")

    @property
    def family(self) -> list[Story]:
        """The story and its copies."""
        first = self.copy_of or self
        return [first, *first.copies]

    def text(self, caption: bool = False) -> str:
        """What a reader (or the resolver) sees of the story: title, lede, body."""
        parts = [self.head if self.titled else "", self.lede]
        parts += [t for k, t in self.body if k != "junk"]
        if caption:
            parts.append(self.caption)
        return "\n".join(parts)


class Slots(dict):
    """Template values; ``{Name}`` is the value of ``name`` with a capital first letter."""

    def __missing__(self, key: str) -> str:
        low = key[:1].lower() + key[1:]
        if low != key and low in self:
            value = self[low]
            return value[:1].upper() + value[1:]
        raise KeyError(key)


def fill(template: str, slots: Slots) -> str:
    """A template with its slots filled (``Skerrin Ferries's`` written ``Skerrin Ferries'``)."""
    return POSSESSIVE_S_RE.sub("'", template.format_map(slots))


def fill_headline(template: str, slots: Slots) -> str:
    """A headline template filled: names without their article (``Northern Rail Board plans ...``)."""
    bare = Slots(slots)
    for key in ("org", "critic"):
        if bare[key].startswith("the "):
            bare[key] = bare[key][4:]
    return fill(template, bare)


def with_article(name: str) -> str:
    """An organisation's name as a sentence gives it: ``the Northern Rail Board``, ``Greyfell Minerals``."""
    words = name.split()
    if words[-1] in INSTITUTIONS or words[0] in ("University", "Royal", "National") or " of " in name:
        return "the " + name
    return name


def project_slots(world, spec: dict | tuple, rng: random.Random) -> Slots:
    """A project's names as template values (a smaller project's critic and minister drawn)."""
    if isinstance(spec, tuple):
        keys = (
            "key",
            "section",
            "project",
            "short",
            "place",
            "org",
            "chief",
            "chief_role",
            "auth",
            "auth_h",
            "purpose",
            "site",
        )
        spec = dict(zip(keys, spec, strict=True))
        critic, head, role = rng.choice(world.CRITICS)
        minister, ministry = rng.choice(world.MINISTERS)
        spec.update(
            critic=critic.format(place=spec["place"]),
            critic_head=head,
            critic_role=role,
            minister=minister,
            ministry=ministry,
            contractor=rng.choice(world.CONTRACTORS),
        )
    slots = Slots(spec)
    slots["org"] = with_article(slots["org"])
    slots["chief_last"] = slots["chief"].split()[-1]
    slots["critic_head_last"] = slots["critic_head"].split()[-1]
    slots["minister_last"] = slots["minister"].split()[-1]
    slots["minister_role"] = f"{slots['ministry']} Minister"
    first_name = next(w for w in slots["chief"].split() if w not in TITLES)
    slots["chief_his"] = "her" if first_name in world.FEMALE else "his"
    slots["country"] = world.COUNTRY
    slots["cur_one"], slots["cur"] = world.CURRENCY
    return slots


def numbers(rng: random.Random, date: datetime, day_before: bool) -> dict[str, str]:
    """The figures one story quotes, drawn for it."""
    cost = rng.choice((rng.randint(3, 9) * 100, rng.randint(11, 48) * 100))
    cost2 = int(cost * rng.uniform(1.2, 1.7)) // 10 * 10

    def money(millions: int) -> str:
        if millions >= 1000:
            return f"{millions / 1000:.1f} billion".replace(".0 ", " ")
        return f"{millions} million"

    event = date - timedelta(days=1 if day_before else 0)
    later = (date.month - 1 + rng.randint(2, 4)) % 12
    earlier = (date.month - 1 - rng.randint(1, 2)) % 12
    return {
        "weekday": event.strftime("%A"),
        "n": rng.choice(NUMBER_WORDS[:5]),
        "n2": rng.choice(NUMBER_WORDS[1:8]),
        "months": rng.choice(NUMBER_WORDS[1:]),
        "weeks": rng.choice(NUMBER_WORDS[2:9]),
        "votes_for": str(rng.randint(21, 44)),
        "votes_against": str(rng.randint(3, 19)),
        "cost": money(cost),
        "cost2": money(cost2),
        "small_money": f"{rng.randint(2, 60)} million",
        "pct": str(rng.randint(8, 45)),
        "jobs": f"{rng.randint(4, 48) * 50:,}",
        "crowd": f"{rng.randint(3, 40) * 250:,}",
        "year": str(date.year + rng.randint(1, 5)),
        "year_first": str(date.year - rng.randint(6, 25)),
        "year_start": str(date.year + 1),
        "km": str(rng.randint(12, 90)),
        "seats": str(rng.randint(13, 31) * 2 + 1),
        "nth": rng.choice(ORDINALS),
        "month_later": MONTHS[later],
        "month_prev": MONTHS[earlier],
    }


def frame_story(
    world,
    slots: Slots,
    kind: str,
    cls: str,
    date: datetime,
    rng: random.Random,
    fillers: list[int],
    voices: list[int],
) -> Story:
    """One story of a project: an event (``cls``) of ``world.FRAMES`` told with the project's names."""
    frame = world.FRAMES[cls]
    values = Slots(slots)
    values.update(numbers(rng, date, rng.random() < 0.3))
    for name, choices in world.WORDS.items():
        values[name] = rng.choice(choices)
    head = fill_headline(rng.choice(frame["head"]), values)
    alts = [fill_headline(a, values) for a in frame["alt"]]
    lede = fill(rng.choice(frame["lede"]), values)
    paras = [("p", fill(p, values)) for p in sorted(rng.sample(frame["paras"], 2), key=frame["paras"].index)]
    said = [("p", fill(rng.choice(frame["quote"]), values))]
    said += [("p", fill(world.QUOTES[i], values)) for i in voices]
    extra = [("p", fill(world.FILLERS[i], values)) for i in fillers]
    body = [paras[0], said[0], ("sub", fill(rng.choice(frame["sub"]), values)), paras[1], extra[0]]
    tail = said[1:] + extra[1:]
    rng.shuffle(tail)
    body += tail
    tags = (slots["place"], slots["short"])
    return Story(
        kind,
        slots["key"],
        cls,
        date,
        None,
        head,
        alts,
        lede,
        fill(rng.choice(frame["caption"]), values),
        body,
        slots["section"],
        slots["place"],
        tags,
    )


def project_stories(world, rng: random.Random, start: datetime) -> tuple[list[Story], dict[str, Slots]]:
    """Every project's stories (storylines of several events, smaller projects of a few), and its names."""
    stories, names = [], {}
    told: dict[str, list[set]] = defaultdict(list)
    gone: set[str] = set()
    successors = 0
    projects = [("storyline", s) for s in world.STORYLINES] + [("minor", m) for m in world.MINOR]
    for kind, spec in projects:
        slots = names[spec["key"] if isinstance(spec, dict) else spec[0]] = project_slots(world, spec, rng)
        low, high = STORYLINE_STORIES if kind == "storyline" else MINOR_STORIES
        count = rng.randint(low, high)
        classes = _classes(world, rng, count)
        # A chief who leads several projects leaves once (``personal`` events), in the first of them.
        if slots["chief"] in gone:
            classes = [c for c in classes if not world.FRAMES[c].get("personal")]
        gone.update(slots["chief"] for c in classes if world.FRAMES[c].get("personal"))
        date = start + timedelta(
            days=rng.randint(0, 40 if kind == "storyline" else world.SPAN_DAYS - 20),
            hours=rng.randint(6, 20),
            minutes=rng.choice((0, 15, 30, 45)),
        )
        order = list(range(len(world.FILLERS)))
        rng.shuffle(order)
        quotes = list(range(len(world.QUOTES)))
        rng.shuffle(quotes)
        for cls in classes:
            if date > start + timedelta(days=world.SPAN_DAYS):
                break
            take = rng.choice((3, 3, 4))
            fillers, order = order[:take], order[take:] + order[:take]  # each used once before any again
            voices, quotes = quotes[: rng.choice((0, 1, 1))], quotes[1:] + quotes[:1]
            for _ in range(20):  # told differently until it reads like no other story of this kind
                story = frame_story(world, slots, kind, cls, date, rng, fillers, voices)
                words = shingles(story)
                if all(containment(words, other) <= MAX_LIKENESS for other in told[cls]):
                    break
            told[cls].append(words)
            stories.append(story)
            if world.FRAMES[cls].get("personal"):  # the head has gone: a successor speaks from now on
                slots = Slots(slots)
                slots["chief"] = world.SUCCESSORS[successors]
                successors += 1
                slots["chief_last"] = slots["chief"].split()[-1]
                slots["chief_his"] = "her" if slots["chief"].split()[0] in world.FEMALE else "his"
            date = (date + timedelta(days=rng.randint(7, 26))).replace(
                hour=rng.randint(6, 21), minute=rng.choice((0, 15, 30, 45))
            )
    return stories, names


def shingles(story: Story) -> set[tuple[str, ...]]:
    """The story's runs of five words (as the copies pass counts them, near enough)."""
    text = " ".join([story.lede, *(t for _, t in story.body)]).lower()
    words = re.findall(r"[a-z0-9]+|[^\x00-\x7f]+", text)
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def containment(first: set, second: set) -> float:
    """The share of the smaller set of shingles found in the other."""
    return len(first & second) / max(1, min(len(first), len(second)))


def _classes(world, rng: random.Random, count: int) -> list[str]:
    """Distinct events for one project in the order they would happen (one ending at most)."""
    last = max(frame["phase"] for frame in world.FRAMES.values())
    endings = [c for c, frame in world.FRAMES.items() if frame["phase"] == last]
    others = [c for c in world.FRAMES if c not in endings]
    chosen = rng.sample(others, min(count, len(others)))
    if count > 3 and rng.random() < 0.5:
        chosen[-1] = rng.choice(endings)
    return sorted(chosen, key=lambda c: (world.FRAMES[c]["phase"], rng.random()))


def event_stories(world, rng: random.Random, start: datetime) -> list[Story]:
    """The events several outlets covered: one story per take."""
    stories = []
    outlets = {o[0]: o for o in world.OUTLETS}
    for event in world.EVENTS:
        day = start + timedelta(days=rng.randint(5, world.SPAN_DAYS - 5))
        for i, take in enumerate(event["takes"]):
            when = day + timedelta(
                days=take.get("day", 0), hours=rng.randint(7, 21), minutes=rng.choice((5, 20, 35, 50))
            )
            values = Slots(
                weekday=(day + timedelta(days=take.get("day", 0))).strftime("%A"), country=world.COUNTRY
            )
            paras = [("p", fill(p, values)) for p in take["paras"]]
            body = [paras[0], ("p", fill(take["quote"], values)), ("sub", take["sub"]), *paras[1:]]
            stories.append(
                Story(
                    "event",
                    event["key"],
                    str(i),
                    when,
                    outlets[take["outlet"]],
                    take["head"],
                    list(take["alt"]),
                    fill(take["lede"], values),
                    fill(take["caption"], values),
                    body,
                    event["section"],
                    event["place"],
                    (event["place"],),
                )
            )
    return stories


def make_copies(stories: list[Story], rng: random.Random, world) -> list[Story]:
    """Near-verbatim copies of some stories, as another outlet republished them."""
    originals = [s for s in stories if s.origin in ("storyline", "minor")]
    chosen = rng.sample(originals, COPIES - 2) + rng.sample([s for s in stories if s.origin == "event"], 2)
    made = []
    for orig in sorted(chosen, key=lambda s: s.date):
        outlet = rng.choice([o for o in world.OUTLETS if o[0] != orig.outlet[0]])
        head = rng.choice(orig.alts)
        body = list(orig.body)
        if len(body) > 5 and rng.random() < 0.5:
            body.pop()  # the copy cut short
        copy = Story(
            "copy",
            orig.group,
            orig.frame,
            orig.date + timedelta(days=rng.choice((0, 0, 1, 1, 2)), hours=rng.randint(1, 9)),
            outlet,
            head,
            [orig.head] + [a for a in orig.alts if a != head],
            orig.lede,
            orig.caption,
            body,
            orig.section,
            orig.place,
            orig.tags,
            copy_of=orig,
        )
        orig.copies.append(copy)
        made.append(copy)
    return made


# --- The READ MORE lines ------------------------------------------------------------------


class Planner:
    """Chooses READ MORE lines of each kind: their source, target and headline."""

    def __init__(self, world, stories: list[Story], rng: random.Random, projects: dict[str, Slots]):
        self.world = world
        self.projects = projects
        self.stories = stories
        self.rng = rng
        self.counts: Counter = Counter()
        # Every headline a story of the archive has or could be given: never a decoy's or an absent one's.
        self.taken = {_norm(h) for s in stories for h in [s.head, *s.alts]}
        self.gone = {s.head for s in stories if world.FRAMES.get(s.frame, {}).get("personal")}
        self.names = _proper_names(stories)
        self.lower = {w for s in stories for w in re.findall(r"\b[a-z][\w’'-]*", s.text(caption=True))}
        self.by_group = defaultdict(list)
        for s in stories:
            self.by_group[s.group].append(s)

    # Helpers

    def names_of(self, headline: str) -> list[str]:
        """The names a headline gives: its capitalised words that are names in the archive's text.

        The first word counts only if the archive never writes it in lower case (``Court`` in
        ``Court suspends ...`` is no name; ``Kessora`` is).
        """
        found = []
        for match in NAME_RE.finditer(headline):
            word = re.sub(r"[’']s$", "", match.group())
            if match.start() == 0 and word.lower() in self.lower:
                continue
            if word in self.names and word not in found:
                found.append(word)
        return found

    def with_numbers(self, slots: Slots) -> Slots:
        """A project's names with figures drawn, for a headline that quotes one."""
        values = Slots(slots)
        values.update(numbers(self.rng, self.stories[0].date, False))
        return values

    def free(self, story: Story) -> bool:
        """Whether the story can hold one more line."""
        return len(story.refs) < MAX_REFS

    def pick_source(self, candidates: list[Story], headline: str, target: Story | None) -> Story | None:
        """A source for a line among candidates, the emptier ones first."""
        blocked = set(target.family) if target is not None else set()
        fit = [
            s
            for s in candidates
            if self.free(s)
            and s not in blocked
            and _norm(headline) not in {_norm(r.headline) for r in s.refs}
            and (target is None or all(r.target is not target for r in s.refs))
        ]
        if not fit:
            return None
        weights = [SOURCE_WEIGHTS[len(s.refs)] for s in fit]
        return self.rng.choices(fit, weights)[0]

    def add(
        self, source: Story, headline: str, kind: str, target: Story | None, named: Story | None = None
    ) -> None:
        """Give ``source`` a line."""
        source.refs.append(Ref(headline, kind, target, named))
        self.counts[kind] += 1

    def quote(self, target: Story) -> str:
        """How a line names ``target``: its printed title (sometimes lightly changed) or a headline."""
        if target.titled:
            return target.head if self.rng.random() < 0.6 else varied(target.head, self.rng)
        return self.rng.choice([target.head, *target.alts])

    def later(self, target: Story, same_group: float = 0.6) -> list[Story]:
        """Stories published after ``target``: of its own group with probability ``same_group``."""
        pool = [s for s in self.stories if s.date > target.date + timedelta(hours=6)]
        own = [s for s in pool if s.group == target.group]
        return own if own and self.rng.random() < same_group else pool

    # The kinds

    def plan(self) -> None:
        """Every kind, the hardest to place first."""
        self.copy_of_source()
        self.same_event()
        self.cites_later()
        self.simple(
            "reworded-untitled",
            lambda s: (
                not s.titled and not s.copies and s.copy_of is None and s.origin in ("storyline", "minor")
            ),
            lambda t: self.rng.choice([t.head, *t.alts]),
        )
        self.decoys()
        self.absent()
        self.simple("headline", lambda s: s.titled, lambda t: varied(t.head, self.rng))
        self.simple("exact", lambda s: s.titled, lambda t: t.head)

    def copy_of_source(self) -> None:
        """A story names its own copy (or the story it copies) by that one's headline."""
        for copy in [s for s in self.stories if s.origin == "copy"]:
            pair = [copy.copy_of, copy]
            self.rng.shuffle(pair)
            holder, named = pair
            headline = named.head if self.rng.random() < 0.65 else varied(named.head, self.rng)
            if self.free(holder) and self.counts["copy-of-source"] < WANTED["copy-of-source"]:
                self.add(holder, headline, "copy-of-source", None, named)

    def same_event(self) -> None:
        """A line names one outlet's story of an event that others covered too."""
        takes = [s for s in self.stories if s.origin == "event"]
        for _ in range(400):
            if self.counts["same-event"] >= WANTED["same-event"]:
                return
            target = self.rng.choice(takes)
            siblings = [s for s in self.by_group[target.group] if s is not target and s.copy_of is None]
            if siblings and self.rng.random() < 0.45:
                pool = siblings
            else:
                pool = [s for s in self.stories if s.date >= target.date and s.group != target.group]
            headline = self.quote(target)
            source = self.pick_source(pool, headline, target)
            if source is not None:
                self.add(source, headline, "same-event", target)

    def cites_later(self) -> None:
        """An earlier story names a later one (an updated page, a follow-up added)."""
        pool = [s for s in self.stories if s.origin in ("storyline", "minor", "copy")]
        for _ in range(600):
            if self.counts["cites-later"] >= WANTED["cites-later"]:
                return
            target = self.rng.choice(pool)
            gap = timedelta(days=LATER_DAYS)
            earlier = [s for s in self.stories if s.date < target.date - gap]
            own = [s for s in earlier if s.group == target.group]
            headline = self.quote(target)
            source = self.pick_source(own if own and self.rng.random() < 0.75 else earlier, headline, target)
            if source is not None:
                self.add(source, headline, "cites-later", target)

    def simple(self, kind: str, eligible, headline_of) -> None:
        """Lines naming an earlier story of the archive."""
        pool = [s for s in self.stories if eligible(s)]
        for _ in range(600):
            if self.counts[kind] >= WANTED[kind] or not pool:
                return
            target = self.rng.choice(pool)
            headline = headline_of(target)
            source = self.pick_source(self.later(target), headline, target)
            if source is not None:
                self.add(source, headline, kind, target)

    def decoys(self) -> None:
        """Another event told with the names of a present story: the story named is not there."""
        candidates = []
        for event in self.world.EVENTS:
            candidates += [(h, event["key"]) for h in event.get("decoys", ())]
        for group, slots in self.projects.items():
            members = self.by_group[group]
            missing = [c for c in self.world.FRAMES if c not in {s.frame for s in members}]
            for cls in self.rng.sample(missing, 2):
                if self.world.FRAMES[cls].get("personal") and any(slots["chief"] in h for h in self.gone):
                    continue  # the head left in another project's story: that is no decoy
                template = self.rng.choice(self.world.FRAMES[cls]["head"] + self.world.FRAMES[cls]["alt"])
                candidates.append((fill_headline(template, self.with_numbers(slots)), group))
        self.rng.shuffle(candidates)
        for headline, group in candidates:
            if self.counts["decoy"] >= WANTED["decoy"]:
                return
            names = self.names_of(headline)
            own = self.by_group[group]
            sharing = [s for s in own if names and all(n in s.text() for n in names)]
            if not sharing or _norm(headline) in self.taken:
                continue
            source = self.pick_source(own if self.rng.random() < 0.4 else self.stories, headline, None)
            if source is not None:
                self.taken.add(_norm(headline))
                self.add(source, headline, "decoy", None, min(sharing, key=lambda s: s.date))

    def absent(self) -> None:
        """A headline whose names are all in the archive, each in other stories, none with them all."""
        candidates = list(self.world.ABSENT)
        groups = sorted(self.projects)
        for _ in range(600):
            first, second = self.rng.sample(groups, 2)
            slots, other = Slots(self.projects[first]), self.projects[second]
            for key in self.rng.sample(("org", "chief", "auth_h", "contractor", "critic"), 2):
                slots[key] = other[key]
            slots["chief_last"] = slots["chief"].split()[-1]
            cls = self.rng.choice(list(self.world.FRAMES))
            if cls in {s.frame for s in self.by_group[first] + self.by_group[second]}:
                continue  # an event either project had: a line naming it with a wrong name is no absent story
            template = self.rng.choice(self.world.FRAMES[cls]["head"] + self.world.FRAMES[cls]["alt"])
            candidates.append(fill_headline(template, self.with_numbers(slots)))
        for headline in candidates:
            if self.counts["absent"] >= WANTED["absent"]:
                return
            if not self.is_absent(headline):
                continue
            source = self.pick_source(self.stories, headline, None)
            if source is not None:
                self.taken.add(_norm(headline))
                self.add(source, headline, "absent", None)

    def is_absent(self, headline: str) -> bool:
        """Whether every name of the headline is in the archive but no one story has them all."""
        names = self.names_of(headline)
        if len(names) < 2 or _norm(headline) in self.taken:
            return False
        texts = [s.text(caption=True) for s in self.stories]
        return all(any(n in t for t in texts) for n in names) and not any(
            all(n in t for n in names) for t in texts
        )


def _proper_names(stories: list[Story]) -> set[str]:
    """Words written with a capital inside a sentence somewhere in the archive: names."""
    names = set()
    for story in stories:
        for text in story.text(caption=True).split("\n"):
            for match in NAME_RE.finditer(text):
                if not SENTENCE_START_RE.search(text[: match.start()]):
                    names.add(re.sub(r"[’']s$", "", match.group()))
    return names


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


#: The last words of names that take ``the`` in a sentence (``the Tallowmere district council``).
INSTITUTIONS = frozenset(
    "Board Authority Agency Service Office Commission Trust Society Foundation "
    "Directorate Cooperative Union Federation Association Club Guild Company Festival "
    "council assembly commune".split()
)
#: Words before a name that are not the first name.
TITLES = frozenset({"Dr", "Prof"})
SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def varied(headline: str, rng: random.Random) -> str:
    """The headline with a small change: case, punctuation or a dropped article."""
    changes = [
        lambda h: " ".join(
            w if w.lower() in SMALL_WORDS and i else w[:1].upper() + w[1:] for i, w in enumerate(h.split())
        ),
        lambda h: h + ".",
        lambda h: re.sub(r"\b(?:the|a|an) ", "", h, count=1),
        lambda h: h.replace(" and ", " & "),
        lambda h: h.replace("'", "’"),
        lambda h: h.replace("-", "–"),
        lambda h: h.upper(),
        lambda h: h[:1].lower() + h[1:],
    ]
    rng.shuffle(changes)
    for change in changes:
        new = change(headline)
        if new != headline:
            return new
    return headline + "."


# --- Dress and writing ---------------------------------------------------------------------


READ_MORE_FORMS = (
    ("READ MORE: {}", 52),
    ("Read More: {}", 10),
    ("ALSO READ: {}", 10),
    ("Read more - {}", 8),
    ("Related: {}", 7),
    ("More: {} | {outlet}", 6),
    ("READ MORE:{}", 3),
    ("Also read: {}", 4),
)
LIST_LABELS = ("ALSO READ", "Related Articles", "See also", "Also read")
SECTION_LABELS = {"world": "WORLD", "economy": "ECONOMY", "science": "Science", "culture": "CULTURE"}


def choose_styles(stories: list[Story], rng: random.Random) -> None:
    """Which seeds print their headline, and how (before the READ MORE lines are planned)."""
    styles, weights = zip(*STYLE_WEIGHTS.items(), strict=True)
    for story in stories:
        story.style = rng.choices(styles, weights)[0]
        if story.copy_of is not None and rng.random() < 0.5:
            story.style = rng.choice(("header", "titleline", "top"))


def dress(stories: list[Story], rng: random.Random) -> None:
    """How each seed is written: its dateline, caption echo, source line and line forms."""
    for story in stories:
        code, _, dateline, bylines = story.outlet
        story.dateline = dateline is not None and rng.random() < 0.6
        story.caption_echo = rng.random() < 0.1
        if story.style == "top" and bylines:
            story.byline = rng.choice(bylines)
        partner = rng.choice(("AFP", "Reuters", "AA", code))
        story.source_line = rng.choices(
            (
                f"Source: {code}",
                f"Source: {code}, {partner}" if partner != code else f"Source: {code}",
                f"Source : {code}",
                "",
            ),
            (6, 2, 1, 2),
        )[0]
        story.header_source = story.style == "header" and rng.random() < 0.3
        if rng.random() < 0.15:
            story.body.insert(rng.randint(1, len(story.body) - 1), ("junk", rng.choice(JUNK_LINES)))
        forms, form_weights = zip(*READ_MORE_FORMS, strict=True)
        places = [i for i, (k, _) in enumerate(story.body) if k == "p" and i + 1 < len(story.body)]
        for ref in story.refs:
            ref.form = rng.choices(forms, form_weights)[0]
            if ref.form.startswith("READ MORE:{}") or ref.form.startswith("More:"):
                ref.headline = ref.headline.rstrip(".")
            ref.after = rng.choice(places + [-1, -1])
        listable = [r for r in story.refs if len(r.headline.split()) >= 5 and not r.headline.endswith(".")]
        if len(story.refs) >= 2 and len(listable) == len(story.refs) and rng.random() < 0.35:
            story.list_label = rng.choice(LIST_LABELS)
            for ref in story.refs:
                ref.after = -1


def assign_paths(stories: list[Story]) -> None:
    """Each seed's path: section, date and a few words of its headline."""
    used = set()
    for story in sorted(stories, key=lambda s: (s.date, s.head)):
        words = re.findall(r"[a-z0-9]+", story.head.lower().replace("'", ""))
        slug = "-".join(w for w in words if w not in SMALL_WORDS)[:48].rstrip("-")
        path = f"{story.section}/{story.date:%Y-%m-%d}-{slug}.txt"
        number = 2
        while path in used:
            path = f"{story.section}/{story.date:%Y-%m-%d}-{slug}-{number}.txt"
            number += 1
        used.add(path)
        story.path = path


def render(story: Story) -> str:
    """The seed's text; sets each READ MORE line's number."""
    lines: list[str] = []

    def para(text: str) -> int:
        if lines:
            lines.append("")
        lines.append(text)
        return len(lines)

    code, name, dateline, _ = story.outlet
    day = story.date
    lede = story.lede
    if story.dateline:
        lede = (
            dateline.format(
                PLACE=story.place.upper(), Place=story.place, mon=MONTH_ABBR[day.month - 1], day=day.day
            )
            + lede
        )
    if story.style == "header":
        lines += [f"Title: {story.head}", f"Date: {day:%Y-%m-%d %H:%M}"]
        if story.tags:
            lines.append("Tags: " + ", ".join(story.tags))
        if story.header_source:
            lines.append(f"Source: {code}")
        lines.append("")
        lines.append(lede)
    elif story.style == "titleline":
        para(f" date {day:%Y-%m-%d} {story.head}")
        para(lede)
    elif story.style == "top":
        para(SECTION_LABELS[story.section])
        para(story.head)
        if story.byline:
            para(f"By {story.byline}")
        para(f"{day.day} {MONTHS[day.month - 1]} {day.year}")
        para(lede)
    elif story.style == "bare":
        para(lede)
    else:
        para(f" date {day:%Y-%m-%d} {lede}")
    if story.caption_echo:
        words = story.caption.split()
        para(" ".join(words[: max(4, len(words) * 2 // 3)]))
    para(f"{story.caption} ({code})")
    tail = [r for r in story.refs if r.after < 0]
    for i, (_, text) in enumerate(story.body):
        para(text)
        for ref in story.refs:
            if ref.after == i:
                ref.line = para(ref.form.format(ref.headline, outlet=name))
    if story.list_label:
        para(story.list_label)
    for ref in tail:
        ref.line = para(ref.headline if story.list_label else ref.form.format(ref.headline, outlet=name))
    if story.source_line and not story.header_source:
        para(story.source_line)
    return "\n".join(lines) + "\n"


# --- The archive ---------------------------------------------------------------------------


def build(world) -> list[Story]:
    """A world's stories with their READ MORE lines planned and their dress chosen."""
    rng = random.Random(f"seedreader-linkset:{world.NAME}:{VERSION}")
    start = datetime(*world.START, 8, 0)
    stories, projects = project_stories(world, rng, start)
    outlets = [o for o in world.OUTLETS]
    for story in stories:
        story.outlet = rng.choice(outlets)
    stories += event_stories(world, rng, start)
    stories += make_copies(stories, rng, world)
    stories.sort(key=lambda s: (s.date, s.head))
    choose_styles(stories, rng)
    planner = Planner(world, stories, rng, projects)
    planner.plan()
    dress(stories, rng)
    assign_paths(stories)
    return stories


def write(world, stories: list[Story], out: str) -> dict:
    """Write the seeds, ``truth.json`` and ``meta.json`` of one archive under ``out``."""
    if os.path.exists(out):
        shutil.rmtree(out)
    truth = {}
    for story in stories:
        path = os.path.join(out, "seeds", story.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = render(story)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if story.refs:
            truth[story.path] = [_label(r) for r in sorted(story.refs, key=lambda r: r.line)]
    _dump(os.path.join(out, "truth.json"), truth)
    refs = [r for s in stories for r in s.refs]
    meta = {
        "world": world.NAME,
        "generator_version": VERSION,
        "stories": len(stories),
        "references": len(refs),
        "by_kind": {k: sum(1 for r in refs if r.kind == k) for k in KINDS},
        "present_targets": sum(1 for r in refs if r.target is not None),
        "styles": dict(sorted(Counter(s.style for s in stories).items())),
        "origins": dict(sorted(Counter(s.origin for s in stories).items())),
        "copies": sorted(sorted([s.copy_of.path, s.path]) for s in stories if s.copy_of is not None),
        "events": {
            e["key"]: sorted(s.path for s in stories if s.group == e["key"] and s.origin == "event")
            for e in world.EVENTS
        },
        "background": sum(1 for s in stories if not s.refs and not _named(s, refs)),
    }
    _dump(os.path.join(out, "meta.json"), meta)
    return meta


def _named(story: Story, refs: list[Ref]) -> bool:
    return any(story in (r.target, r.named) for r in refs)


def _label(ref: Ref) -> dict:
    label = {
        "line": ref.line,
        "headline": ref.headline,
        "kind": ref.kind,
        "target": ref.target.path if ref.target is not None else None,
    }
    if ref.kind == "copy-of-source":
        label["copy"] = ref.named.path
    elif ref.kind == "decoy":
        label["shares_names_with"] = ref.named.path
    return label


def _dump(path: str, data) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(data, handle, indent=1, ensure_ascii=False, sort_keys=True)
        handle.write("\n")


# --- The checks ------------------------------------------------------------------------------


def check(world, stories: list[Story], out: str) -> list[str]:
    """What is wrong with a written archive, by the parser and the copies pass (empty: nothing)."""
    from seedreader.integration.passes import read_archive
    from seedreader.settings import DEFAULTS
    from seedreader.text.parse import parse

    problems = []
    root = os.path.join(out, "seeds")
    with open(os.path.join(out, "truth.json"), encoding="utf-8") as handle:
        truth = json.load(handle)
    for story in stories:
        with open(os.path.join(root, story.path), encoding="utf-8") as handle:
            seed = parse(handle.read(), source=story.path)
        found = [(b.line, b.text) for b in seed.read_more]
        labelled = [(r["line"], r["headline"]) for r in truth.get(story.path, [])]
        if found != labelled:
            problems.append(f"{story.path}: parser reads {found}, labelled {labelled}")
        if seed.title_derived == story.titled:
            problems.append(f"{story.path}: titled={story.titled} but the parser's title is {seed.title!r}")
        if story.titled and seed.title != story.head:
            problems.append(f"{story.path}: title {seed.title!r}, meant {story.head!r}")
    settings = {**DEFAULTS, "PATH": os.path.abspath(root), "ARTICLE_PATHS": [""]}
    read = read_archive([os.path.join(os.path.abspath(root), s.path) for s in stories], settings)
    problems += [f"{path}: not a story ({error})" for path, error in read.failed.items()]
    found = {tuple(sorted(os.path.relpath(m, os.path.abspath(root)) for m in g.members)) for g in read.groups}
    meant = {tuple(sorted(s.path for s in story.family)) for story in stories if story.copies}
    for group in sorted(found - meant):
        problems.append(f"copies found but not made: {group}")
    for group in sorted(meant - found):
        problems.append(f"copies made but not found: {group}")
    planner = Planner(world, stories, random.Random(0), {})
    for story in stories:
        for ref in story.refs:
            where = f"{story.path}:{ref.line} {ref.headline!r}"
            if ref.kind == "decoy" and not all(n in ref.named.text() for n in planner.names_of(ref.headline)):
                problems.append(f"{where}: decoy's names not all in {ref.named.path}")
            if ref.kind == "absent" and not planner.is_absent(ref.headline):
                problems.append(f"{where}: not absent")
            if ref.kind == "cites-later" and ref.target.date <= story.date + timedelta(days=LATER_DAYS):
                problems.append(f"{where}: target not later")
            if ref.kind == "reworded-untitled" and ref.target.titled:
                problems.append(f"{where}: target titled")
    counts = Counter(r.kind for s in stories for r in s.refs)
    problems += [f"only {counts[k]} {k} lines" for k in HARD_KINDS if counts[k] < 16]
    return problems


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=HERE, help="folder to write <world>/ into (default: bench/linkset)")
    parser.add_argument(
        "--check",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="check the archives with the parser and the copies pass (default: on)",
    )
    args = parser.parse_args(argv)
    failed = False
    for world in WORLDS:
        stories = build(world)
        out = os.path.join(args.out, world.NAME)
        meta = write(world, stories, out)
        print(
            f"{out}: {meta['stories']} stories, {meta['references']} READ MORE lines: "
            + ", ".join(f"{k} {v}" for k, v in meta["by_kind"].items())
        )
        if args.check:
            problems = check(world, stories, out)
            for problem in problems:
                print(f"  PROBLEM {problem}", file=sys.stderr)
            failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
