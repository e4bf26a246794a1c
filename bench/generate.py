"""Deterministic generator of a benchmark archive: N news stories written three ways.

    python bench/generate.py 5000                 # into the cache (see below), print its path
    python bench/generate.py 5000 --out /tmp/arch # into a folder of your choice
    python bench/generate.py 5000 --links across  # READ MORE targets from the whole archive

Every story is written as

* a **seed** (``seeds/<category>/<date>-<slug>.txt``) in the seed format of the
  README: about a third with a ``Title:``/``Date:``/``Tags:`` header, the rest with the
  `` date YYYY-MM-DD `` crawler prefix (half of those with a title line, half starting
  with the lede, so the title has to be derived); a lede (a wire dateline on some), a
  photo caption ending with an agency credit, two subheads, body paragraphs, READ MORE
  lines and a ``Source:`` line, with an occasional scraping leftover (``Loading...``);
* a **Pelican Markdown** file (``markdown/content/<category>/<name>.md``: Title, Date,
  Category, Tags and Slug metadata, Markdown paragraphs and ``## subheads``);
* a **Hugo** content file (``hugo/content/<category>/<name>.md``: the same Markdown under
  YAML front matter).

Stories follow storylines (a place, an invented project name, a subject): a later story
of a storyline names earlier ones in READ MORE lines, with the exact header title,
with the headline the story would have had (its title line, or for an untitled seed
the headline its lede was written from) or paraphrased; about one story in six also
names a story that is not in the archive. ``truth.json`` records what each READ MORE
line names, so a linking run can be scored.

``--links`` chooses where READ MORE targets come from (LINK_MODES): ``within`` the
story's storyline (the default, as above); ``across`` the whole archive, at random
(an earlier story of another storyline when there is one); ``mixed`` about 30% across,
the rest within; ``none`` writes no READ MORE line at all. Every mode writes the same
stories with the same number of READ MORE lines (none for ``none``): only the headlines
those lines give differ, so modes compare link structures, not texts.

Everything comes from ``random.Random`` seeded with (N, GENERATOR_VERSION): the same N
gives the same bytes on any machine, no network (the redrawn targets of ``across`` and
``mixed`` come from a second generator seeded with the mode). Archives are cached under
``$SEEDREADER_BENCH_CACHE`` (default ``~/.cache/seedreader-bench``) as
``v<version>-n<N>/`` (``within``) or ``v<version>-n<N>-<mode>/``; a finished one has a
``.complete`` file and is reused as is.
Bump GENERATOR_VERSION whenever the output changes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

GENERATOR_VERSION = 1
CATEGORIES = ("world", "economy", "science", "culture", "sport")
#: Stories per day of the archive: 5,000 stories cover about 14 months, 50,000 about 11 years.
STORIES_PER_DAY = 12
START = datetime(2015, 1, 5, 6, 0)
#: Average stories per storyline (thread).
STORYLINE_SIZE = 6
#: Body paragraphs per story (with the lede, caption and subheads: about 750 words).
BODY_PARAGRAPHS = (16, 21)
#: Where READ MORE targets come from; ``within`` is the default (see the module docstring).
LINK_MODES = ("within", "across", "mixed", "none")
#: Share of the READ MORE lines naming an archive story that cross storylines in ``mixed``.
MIXED_ACROSS = 0.3

# --- Vocabulary -----------------------------------------------------------------------

_ONSETS = (
    "b br c d dr f g gr h k kr l m n p pr r s st sk t tr v z th sh y w ch j bl cl fl gl pl sl sn sp sv"
).split()
_VOWELS = "a e i o u a e i o ae ai ei ou ia io y".split()
_CODAS = [
    "",
    "",
    "",
    "",
    "",
    "n",
    "r",
    "l",
    "s",
    "th",
    "nd",
    "rk",
    "ss",
    "x",
    "m",
    "ll",
    "st",
    "rn",
    "d",
    "t",
    "sk",
    "nt",
    "rv",
    "lk",
]
_PLACE_ENDINGS = (
    "haven",
    "mora",
    "dal",
    "ford",
    "grad",
    "ia",
    "stad",
    "ville",
    "mouth",
    "holm",
    "bury",
    "wick",
    "port",
    "vik",
    "ness",
    "ara",
    "ene",
    "oria",
    "aro",
    "itz",
)
_COUNTRY_FORMS = ("Republic of {}", "Kingdom of {}", "{}", "{}", "Federation of {}", "{} Islands")

AGENCIES = (
    ("MW", "Meridian Wire"),
    ("NPA", "Northern Press Agency"),
    ("AL", "Auvrenne Line"),
    ("HN", "Harbour News"),
    ("KPA", "Korrin Press Association"),
    ("VNS", "Veloria News Service"),
    ("DPW", "Dalmaren Press Wire"),
    ("CMT", "Castel Mora Telegraph"),
    ("SRA", "Sarre Radio Agency"),
    ("BNA", "Brinehaven News Agency"),
    ("LCP", "Lumen City Post"),
    ("EWS", "Eastern Wire Service"),
)

SUBJECT_NOUNS = {
    "world": [
        "flood barrier",
        "seawall",
        "border crossing",
        "ferry link",
        "water treaty",
        "census",
        "rail tunnel",
        "harbour expansion",
        "electoral reform",
        "refugee centre",
        "ring road",
        "coastguard base",
        "housing plan",
        "storm shelter network",
        "bridge",
        "customs union",
    ],
    "economy": [
        "battery plant",
        "export scheme",
        "grain harvest",
        "rate plan",
        "steel mill",
        "fishing quota",
        "pension fund",
        "toll road",
        "shipping line",
        "copper mine",
        "wind farm",
        "free port",
        "textile cluster",
        "bond sale",
        "sugar refinery",
        "data centre",
    ],
    "science": [
        "weather satellite",
        "coral survey",
        "comet watch",
        "fusion reactor",
        "vaccine trial",
        "seed bank",
        "telescope",
        "research vessel",
        "genome project",
        "glacier study",
        "seagrass project",
        "particle lab",
        "drought model",
        "bird census",
        "quake network",
        "soil archive",
    ],
    "culture": [
        "film festival",
        "opera house",
        "book fair",
        "art museum",
        "music school",
        "heritage site",
        "theatre season",
        "folk archive",
        "dance company",
        "poetry prize",
        "public library",
        "concert hall",
        "photography biennial",
        "puppet festival",
        "choir contest",
        "design week",
    ],
    "sport": [
        "football league",
        "cycling tour",
        "rowing regatta",
        "marathon",
        "chess olympiad",
        "stadium",
        "rugby cup",
        "sailing race",
        "ski championship",
        "athletics meeting",
        "boxing gala",
        "handball final",
        "tennis open",
        "swimming trials",
        "derby",
        "youth games",
    ],
}

#: (headline, paraphrase, lede) with {s} the actor and {o} the object (project name + subject).
EVENTS = (
    ("{s} approves {o}", "{o} gets green light from {s}", "{s} approved the {o}"),
    ("{s} delays {o} again", "{o} postponed once more, {s} says", "{s} put off the {o} for a second time"),
    (
        "{s} unveils plans for {o}",
        "First look at the {o} as {s} presents its plans",
        "{s} unveiled its plans for the {o}",
    ),
    ("{s} scraps {o}", "{o} abandoned by {s}", "{s} scrapped the {o}"),
    (
        "{s} opens inquiry into {o}",
        "Investigation launched over {o} by {s}",
        "{s} opened an inquiry into the {o}",
    ),
    (
        "Workers strike over {o} in {s}",
        "{s} staff walk out in {o} dispute",
        "workers in {s} went on strike over the {o}",
    ),
    ("{s} doubles budget for {o}", "{o} funding doubled by {s}", "{s} doubled the budget of the {o}"),
    (
        "Cost of {o} soars, {s} warns",
        "{s} says {o} will cost far more than planned",
        "{s} warned that the cost of the {o} had soared",
    ),
    ("{s} signs deal on {o}", "Agreement on {o} reached by {s}", "{s} signed a deal on the {o}"),
    (
        "Protests grow against {o} in {s}",
        "Thousands march against {o} in {s}",
        "protests against the {o} spread across {s}",
    ),
    (
        "{s} completes first phase of {o}",
        "First stage of {o} finished in {s}",
        "{s} completed the first phase of the {o}",
    ),
    ("Court halts {o} in {s}", "Judges suspend {o} after challenge in {s}", "a court in {s} halted the {o}"),
    ("{s} votes to expand {o}", "Expansion of {o} backed in {s} vote", "{s} voted to expand the {o}"),
    ("Storm damages {o} in {s}", "{o} hit by storm in {s}", "a storm damaged the {o} in {s}"),
    ("{s} names new head of {o}", "New chief appointed to run {o} in {s}", "{s} named a new head of the {o}"),
    (
        "Record year for {o}, {s} says",
        "{o} posts best year on record in {s}",
        "{s} said the {o} had had a record year",
    ),
    (
        "{s} opens {o} to the public",
        "Public gets first access to {o} in {s}",
        "{s} opened the {o} to the public",
    ),
    (
        "Audit finds flaws in {o}, {s} admits",
        "{s} concedes {o} audit exposed failings",
        "{s} admitted that an audit had found flaws in the {o}",
    ),
    (
        "{s} seeks foreign partners for {o}",
        "{o} needs investors from abroad, {s} says",
        "{s} began looking for foreign partners for the {o}",
    ),
    (
        "Fire forces closure of {o} in {s}",
        "{o} shut after blaze in {s}",
        "a fire forced the closure of the {o} in {s}",
    ),
    (
        "{s} hands {o} contract to local firm",
        "Local company wins {o} contract from {s}",
        "{s} handed the main contract for the {o} to a local firm",
    ),
    ("{s} reverses course on {o}", "U-turn on {o} by {s}", "{s} reversed its position on the {o}"),
    (
        "Drought threatens {o} in {s}",
        "{o} at risk as dry spell grips {s}",
        "a drought threatened the {o} in {s}",
    ),
    ("{s} marks ten years of {o}", "{o} turns ten as {s} celebrates", "{s} marked ten years of the {o}"),
)

#: Headlines of stories that are not in the archive (READ MORE lines that must not link).
MISSING_PATTERNS = (
    "{p} mayor resigns after {w} scandal",
    "Heatwave grips {p} as {w} reservoirs run low",
    "{p} fishermen protest new {w} rules",
    "Ancient {w} coins found near {p}",
    "{p} school strike enters second week",
    "Rail fares in {p} to rise in spring",
    "{p} elects first {w} party leader",
    "Bird flu case confirmed on {w} farm near {p}",
)

ROLES = (
    "mayor",
    "minister",
    "spokeswoman",
    "spokesman",
    "director",
    "chairwoman",
    "engineer",
    "economist",
    "professor",
    "union leader",
    "council member",
    "analyst",
    "project manager",
    "resident",
    "shopkeeper",
    "researcher",
    "coach",
    "curator",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_SHORT = (
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

NOUNS = (
    "plan budget contract report vote delay study figure council workforce crew deadline "
    "schedule survey estimate committee partner region district village harbour quay river "
    "coast valley highway market factory warehouse farm season winter summer spring autumn "
    "tender bid loan grant subsidy tax levy fee wage price cost surplus deficit forecast "
    "pipeline cable turbine engine vessel fleet tower platform tunnel dyke dam canal station "
    "office clinic school campus archive gallery stage audience crowd fan team squad coach "
    "match race trophy record season medal sample dataset instrument orbit sensor panel "
    "model theory trial dose patient doctor nurse hospital union strike talks treaty border "
    "permit licence court ruling appeal lawyer hearing witness inspector audit review "
    "ministry agency authority board panel chamber assembly parliament senate election "
    "campaign poll ballot candidate voter district borough suburb neighbourhood landlord "
    "tenant rent mortgage bank lender investor shareholder dividend bond currency"
).split()
ADJECTIVES = (
    "new first second final early late long short local regional national coastal "
    "northern southern eastern western rural urban public private small large major minor "
    "costly cheap delayed fresh bold cautious steady sharp modest heavy light rising "
    "falling uncertain ambitious fragile crucial rapid gradual narrow wide "
    "temporary permanent official independent joint annual monthly"
).split()
VERBS_PAST = (
    "said added warned argued noted insisted explained estimated confirmed predicted "
    "suggested admitted acknowledged stressed recalled complained"
).split()
ACTIONS = (
    "approve extend delay review reduce increase finance inspect rebuild expand limit "
    "protect publish challenge support oppose share replace monitor complete"
).split()

# Sentence templates for body paragraphs. Slots: {P} person, {R} role, {p} place, {c} country,
# {o} object, {O} organisation, {n1}/{n2}/{n3} nouns, {a1}/{a2} adjectives, {v} speech verb,
# {x} action verb, {w}/{w2} invented words, {N} number, {pct}, {money}, {day} weekday, {yr} year.
SENTENCES = (
    "The {o} has been debated in {p} for years, and the {n1} was {a1} from the start.",
    "{P}, a {R} in {p}, {v} that the {n1} would {x} the {n2} within {N} months.",
    "\u201cWe cannot {x} the {n1} without the {n2},\u201d {P} {v}.",
    "Officials at the {O} {v} the {a1} {n1} had already cost {money}.",
    "About {N} people attended a meeting on {day} at the {w} {n1} near {p}.",
    "The {n1} rose by {pct} percent last year, according to figures from the {O}.",
    "Critics {v} the {o} would {x} the {n1} but do little for the {n2} of {p}.",
    "In {yr}, a similar {n1} in {c} was abandoned after a {a1} {n2}.",
    "The {w} {n1} and the {w2} {n2} are expected to be finished by {yr}.",
    "{P} {v} the {O} had ignored warnings about the {n1} and the {a1} {n2}.",
    "Residents of {p} have long complained about the {n1}, which they say is {a1}.",
    "A {a1} {n1} published by the {O} found that {pct} percent of the {n2} was {a2}.",
    "The government of {c} has promised {money} to {x} the {n1} over the next {N} years.",
    "Under the plan, the {n1} at {w} will be moved to a {a1} {n2} outside {p}.",
    "\u201cThis is a {a1} day for {p},\u201d {P} {v}, adding that the {n1} had been {a2}.",
    "The {O} {v} it would {x} the {n1} before the {n2} in {yr}.",
    "Some {N} {n1}s along the {w} road will be affected, the {O} {v}.",
    "Opposition members in {p} called for a {a1} {n1} into the {n2}.",
    "It is the {a1} {n1} of its kind in {c} since {yr}, when the {w} {n2} opened.",
    "Talks between the {O} and the {w} {n1} are due to resume on {day}.",
    "Engineers {v} the {n1} could {x} the {n2} by up to {pct} percent.",
    "The {n1} has also drawn interest from partners in {c}, {P} {v}.",
    "A spokesperson for the {O} declined to comment on the {a1} {n1}.",
    "Local businesses {v} the {n1} had brought {a1} {n2}s and more visitors to {p}.",
    "The next {n1} is scheduled for {day}, when the {O} will {x} the {n2}.",
    "Since {yr}, the {n1} in {p} has grown from {N} to nearly {N2} {n2}s.",
)

QUOTES = (
    "We cannot wait any longer",
    "No limits",
    "A long road",
    "Not a substitute",
    "Costs rising",
    "Doubts remain",
    "What comes next",
    "A test for the council",
    "Lessons from the past",
    "Voices from the quay",
    "Money and politics",
    "Slow progress",
    "The view from {p}",
    "Questions over {w}",
    "Hope in {p}",
    "Anger in {p}",
    "Who pays for the {n1}",
    "Winners and losers",
    "Seven minutes of silence",
    "Back to work",
)

CAPTIONS = (
    "Workers inspect the site of the {o} outside {p} on {day}.",
    "Residents gather near the {o} in {p} on {day}.",
    "A view of the {w} {n1}, part of the {o}, near {p}.",
    "{P} speaks to reporters about the {o} in {p}.",
    "Visitors walk past a model of the {o} at the {O} offices in {p}.",
)


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))


def _unique(rng: random.Random, count: int, make, taken: set[str], longest: int = 10) -> list[str]:
    out = []
    while len(out) < count:
        word = make()
        if 3 <= len(word) <= longest and word not in taken and word.lower() not in _STOP_LIKE:
            taken.add(word)
            out.append(word)
    return out


_STOP_LIKE = frozenset(
    "a an and are as at be by for from has have he her his in is it its of on or "
    "that the their they this to was were will with read more source also".split()
)


@dataclass
class Vocabulary:
    """The invented names an archive of a given size draws on (sized to it)."""

    places: list[str]
    countries: list[str]
    given: list[str]
    surnames: list[str]
    words: list[str]
    projects: list[str]


def make_vocabulary(rng: random.Random, storylines: int) -> Vocabulary:
    """Invented places, countries, people, common invented words and one project name per storyline."""
    taken: set[str] = set()
    cap = str.capitalize
    places = _unique(
        rng,
        max(200, storylines // 3),
        lambda: cap(_word(rng, rng.randint(1, 2)) + rng.choice(_PLACE_ENDINGS)),
        taken,
        11,
    )
    countries = [
        rng.choice(_COUNTRY_FORMS).format(n)
        for n in _unique(rng, 30, lambda: cap(_word(rng, 2) + rng.choice(("ia", "ar", "en", "o"))), taken)
    ]
    given = _unique(rng, 300, lambda: cap(_word(rng, rng.randint(1, 2))), taken)
    surnames = _unique(rng, max(1500, storylines), lambda: cap(_word(rng, rng.randint(2, 3))), taken)
    words = _unique(rng, 3000, lambda: cap(_word(rng, rng.randint(1, 3))), taken)
    projects = _unique(rng, storylines, lambda: cap(_word(rng, rng.randint(2, 3))), taken, 12)
    return Vocabulary(places, countries, given, surnames, words, projects)


# --- Stories --------------------------------------------------------------------------


@dataclass
class Storyline:
    """Stories about one project in one place: the threads READ MORE lines stitch together."""

    category: str
    place: str
    country: str
    project: str
    subject: str
    actor: str
    organisation: str
    people: list[tuple[str, str]]
    events: list[int]
    stories: list[int] = field(default_factory=list)


@dataclass
class Story:
    """One generated story: what it says and how its seed is written."""

    index: int
    storyline: Storyline
    date: datetime
    event: int
    headline: str
    paraphrase: str
    style: str
    """``header`` (Title/Date header), ``titleline`` (crawler prefix, title line) or ``lede`` (untitled)."""
    category: str
    name: str = ""
    """File name without extension, unique in the archive."""
    read_more: list[tuple[str, int | None, str]] = field(default_factory=list)
    """(headline as written, target story index or None, how: exact/headline/paraphrase/missing)."""


def plan_archive(count: int, rng: random.Random, vocab: Vocabulary, links: str = "within") -> list[Story]:
    """Dates, storylines, headlines and READ MORE targets of every story.

    Targets are planned within storylines first whatever the mode, so ``rng`` is drawn
    from alike; ``across`` and ``mixed`` then redraw some from a generator of their own.
    """
    if links not in LINK_MODES:
        raise ValueError(f"unknown link mode {links!r} (one of {', '.join(LINK_MODES)})")
    n_lines = max(1, count // STORYLINE_SIZE)
    lines = []
    for i in range(n_lines):
        category = CATEGORIES[i % len(CATEGORIES)]
        place = rng.choice(vocab.places)
        org_kind = rng.choice(
            (
                "council",
                "port authority",
                "ministry",
                "agency",
                "board",
                "institute",
                "federation",
                "commission",
            )
        )
        actor = rng.choice((place, f"{place} {org_kind}", f"{place} {org_kind}"))
        people = [
            (f"{rng.choice(vocab.given)} {rng.choice(vocab.surnames)}", rng.choice(ROLES)) for _ in range(3)
        ]
        events = rng.sample(range(len(EVENTS)), k=min(len(EVENTS), STORYLINE_SIZE * 3))
        lines.append(
            Storyline(
                category,
                place,
                rng.choice(vocab.countries),
                vocab.projects[i],
                rng.choice(SUBJECT_NOUNS[category]),
                actor,
                f"{place} {org_kind.title()}",
                people,
                events,
            )
        )
    minutes = 24 * 60 / STORIES_PER_DAY
    stories: list[Story] = []
    # Every storyline gets one story at least; the rest are spread at random over the archive.
    assignment = list(range(n_lines)) + [rng.randrange(n_lines) for _ in range(count - n_lines)]
    rng.shuffle(assignment)
    for i in range(count):
        line = lines[assignment[i]]
        date = START + timedelta(minutes=i * minutes + rng.randint(0, int(minutes) - 1))
        event = line.events[len(line.stories) % len(line.events)]
        subject = f"{line.project} {line.subject}"
        head, para, _ = EVENTS[event]
        headline = _cap(head.format(s=line.actor, o=subject))
        paraphrase = _cap(para.format(s=line.actor, o=subject))
        roll = rng.random()
        style = "header" if roll < 1 / 3 else ("titleline" if roll < 2 / 3 else "lede")
        stories.append(Story(i, line, date, event, headline, paraphrase, style, line.category))
        line.stories.append(i)
    _name_files(stories)
    for story in stories:
        _plan_read_more(story, stories, rng, vocab)
    if links in ("across", "mixed"):
        cross = random.Random(f"seedreader-bench:{GENERATOR_VERSION}:{count}:{links}")
        _cross_link(stories, cross, 1.0 if links == "across" else MIXED_ACROSS)
    return stories


def _reference(target: Story, roll: float) -> tuple[str, int, str]:
    """A READ MORE line naming ``target``: its exact title, its headline or a paraphrase."""
    if target.style == "header" and roll < 0.5:
        return (target.headline, target.index, "exact")
    if roll < 0.75:
        return (target.headline, target.index, "headline")
    return (target.paraphrase, target.index, "paraphrase")


def _plan_read_more(story: Story, stories: list[Story], rng: random.Random, vocab: Vocabulary) -> None:
    earlier = [j for j in story.storyline.stories if j < story.index]
    wanted = min(len(earlier), rng.choice((0, 1, 1, 2, 2, 3)))
    for j in sorted(rng.sample(earlier[-6:], k=min(wanted, len(earlier[-6:]))), reverse=True):
        story.read_more.append(_reference(stories[j], rng.random()))
    if rng.random() < 1 / 6 or not story.read_more and rng.random() < 0.3:
        pattern = rng.choice(MISSING_PATTERNS)
        story.read_more.append(
            (pattern.format(p=rng.choice(vocab.places), w=rng.choice(vocab.words)), None, "missing")
        )


def _cross_link(stories: list[Story], rng: random.Random, share: float) -> None:
    """Redraw about ``share`` of the lines naming an archive story from other storylines."""
    for story in stories:
        taken = {j for _, j, _ in story.read_more if j is not None}
        for k, (_, j, _) in enumerate(story.read_more):
            if j is None or rng.random() >= share:
                continue
            target = _draw_across(story, stories, rng, taken)
            if target is not None:
                taken.add(target)
                story.read_more[k] = _reference(stories[target], rng.random())


def _draw_across(story: Story, stories: list[Story], rng: random.Random, taken: set[int]) -> int | None:
    """A random story of another storyline not yet named, an earlier one when possible."""
    for limit in (story.index, len(stories)):
        for _ in range(64 if limit else 0):
            j = rng.randrange(limit)
            if stories[j].storyline is not story.storyline and j not in taken:
                return j
    return None


def _name_files(stories: list[Story]) -> None:
    """File names ``<date>-<slug>``, the slug unique in the whole archive."""
    used: set[str] = set()
    for story in stories:
        base = _slug(story.headline)[:60].rstrip("-")
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        story.name = f"{story.date:%Y-%m-%d}-{slug}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Written:
    """A story's parts, ready to be written in any of the three formats."""

    lede: str
    dateline: str
    caption: str
    credit: str
    blocks: list[tuple[str, str]]
    """("p"|"h"|"readmore"|"leftover", text) in order."""
    sources: list[str]
    tags: list[str]


def write_story(story: Story, rng: random.Random, vocab: Vocabulary) -> Written:
    """The text of one story."""
    line = story.storyline
    agency_codes = [a[0] for a in AGENCIES]
    credit = rng.choice(agency_codes)
    sources = [credit] + ([rng.choice(agency_codes)] if rng.random() < 0.3 else [])
    sources = list(dict.fromkeys(sources))
    slots = _Slots(rng, vocab, story)
    _, _, lede_t = EVENTS[story.event]
    lede_core = lede_t.format(
        s=f"the {line.actor}" if line.actor != line.place else line.place, o=f"{line.project} {line.subject}"
    )
    day = WEEKDAYS[story.date.weekday()]
    lede = f"{_cap(lede_core)} on {day}, " + slots.fill(
        rng.choice(
            (
                "a decision that {P}, a {R}, {v} would {x} the {n1} for years.",
                "after months of talks with the {O} and partners in {c}.",
                "in a move expected to {x} the {n1} and the {a1} {n2} of {p}.",
                "ending weeks of uncertainty over the {a1} {n1} in the region.",
                "raising new questions about the {n1} and its {a1} {n2}.",
            )
        ),
        capital=False,
    )
    dateline = ""
    roll = rng.random()
    if roll < 0.25:
        dateline = f"{line.place.upper()} ({credit}) \u2013 "
    elif roll < 0.4:
        month = MONTHS_SHORT[story.date.month - 1]
        dateline = f"{line.place.upper()}, {month} {story.date.day} ({credit}) -- "
    caption = slots.fill(rng.choice(CAPTIONS))
    paragraphs = [
        " ".join(slots.fill(rng.choice(SENTENCES)) for _ in range(rng.randint(2, 3)))
        for _ in range(rng.randint(*BODY_PARAGRAPHS))
    ]
    blocks: list[tuple[str, str]] = [("p", p) for p in paragraphs]
    quote_spots = sorted(rng.sample(range(2, len(blocks) - 1), k=2), reverse=True)
    for spot in quote_spots:
        heading = slots.fill(rng.choice(QUOTES))
        heading = f"'{heading}'" if rng.random() < 0.4 else heading
        blocks.insert(spot, ("h", heading))
    for headline, _, _ in story.read_more:
        spot = rng.randint(len(blocks) // 2, len(blocks))
        blocks.insert(spot, ("readmore", headline))
    if rng.random() < 0.2:
        blocks.insert(rng.randint(1, 4), ("leftover", rng.choice(("Loading...", "Advertisement"))))
    tags = [line.place, line.project, line.subject]
    return Written(lede, dateline, caption, credit, blocks, sources, tags)


class _Slots:
    """Fills sentence templates with the story's own names and random filler."""

    def __init__(self, rng: random.Random, vocab: Vocabulary, story: Story):
        self.rng, self.vocab, self.story = rng, vocab, story
        line = story.storyline
        self.fixed = {
            "p": line.place,
            "c": line.country,
            "o": f"{line.project} {line.subject}",
            "O": line.organisation,
        }

    def fill(self, template: str, capital: bool = True) -> str:
        rng, vocab = self.rng, self.vocab
        people = self.story.storyline.people
        person, role = (
            people[rng.randrange(len(people))]
            if rng.random() < 0.8
            else (f"{rng.choice(vocab.given)} {rng.choice(vocab.surnames)}", rng.choice(ROLES))
        )
        values = dict(self.fixed)
        values.update(
            P=person,
            R=role,
            n1=rng.choice(NOUNS),
            n2=rng.choice(NOUNS),
            n3=rng.choice(NOUNS),
            a1=rng.choice(ADJECTIVES),
            a2=rng.choice(ADJECTIVES),
            v=rng.choice(VERBS_PAST),
            x=rng.choice(ACTIONS),
            w=rng.choice(vocab.words),
            w2=rng.choice(vocab.words),
            N=str(rng.randint(3, 900)),
            N2=str(rng.randint(1000, 9000)),
            pct=str(rng.randint(2, 60)),
            money=f"{rng.randint(2, 950)} million {rng.choice(('velors', 'auvrins', 'marks', 'crowns'))}",
            day=rng.choice(WEEKDAYS),
            yr=str(rng.randint(1990, 2014)),
        )
        text = template.format(**values)
        return _cap(text) if capital else text


# --- Writers --------------------------------------------------------------------------


def seed_text(story: Story, w: Written) -> str:
    """The story as a seed file."""
    lines = []
    lede = w.dateline + w.lede
    if story.style == "header":
        lines += [
            f"Title: {story.headline}",
            f"Date: {story.date:%Y-%m-%d %H:%M}",
            f"Tags: {', '.join(w.tags)}",
            "",
        ]
        lines.append(lede)
    elif story.style == "titleline":
        lines += [f" date {story.date:%Y-%m-%d} {story.headline}", "", lede]
    else:
        lines.append(f" date {story.date:%Y-%m-%d} {lede}")
    lines += ["", f"{w.caption} ({w.credit})"]
    for kind, text in w.blocks:
        lines += ["", f"READ MORE: {text}" if kind == "readmore" else text]
    lines += ["", f"Source: {', '.join(w.sources)}", ""]
    return "\n".join(lines)


def markdown_body(w: Written) -> str:
    """The story as Markdown paragraphs (the same text for Pelican and Hugo)."""
    parts = [w.dateline + w.lede, f"*{w.caption}* ({w.credit})"]
    for kind, text in w.blocks:
        if kind == "h":
            parts.append(f"## {text}")
        elif kind == "readmore":
            parts.append(f"**READ MORE:** {text}")
        elif kind == "p":
            parts.append(text)
    parts.append(f"Source: {', '.join(w.sources)}")
    return "\n\n".join(parts) + "\n"


def pelican_markdown(story: Story, w: Written) -> str:
    """A Pelican Markdown file with its metadata."""
    meta = [
        f"Title: {story.headline}",
        f"Date: {story.date:%Y-%m-%d %H:%M}",
        f"Category: {story.category}",
        f"Tags: {', '.join(w.tags)}",
        f"Slug: {story.name[11:]}",
    ]
    return "\n".join(meta) + "\n\n" + markdown_body(w)


def hugo_markdown(story: Story, w: Written) -> str:
    """A Hugo content file with YAML front matter (JSON strings are valid YAML)."""
    front = [
        "---",
        f"title: {json.dumps(story.headline)}",
        f"date: {story.date:%Y-%m-%dT%H:%M:00Z}",
        f"slug: {json.dumps(story.name[11:])}",
        f"categories: [{json.dumps(story.category)}]",
        f"tags: [{', '.join(json.dumps(t) for t in w.tags)}]",
        "---",
        "",
    ]
    return "\n".join(front) + markdown_body(w)


# --- The archive ----------------------------------------------------------------------


def cache_root() -> str:
    """Where generated archives are kept between runs."""
    return os.environ.get("SEEDREADER_BENCH_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "seedreader-bench"
    )


def archive_dir(count: int, root: str | None = None, links: str = "within") -> str:
    """The cache folder for an archive of ``count`` stories at this generator version."""
    suffix = "" if links == "within" else f"-{links}"
    return os.path.join(root or cache_root(), f"v{GENERATOR_VERSION}-n{count}{suffix}")


def ensure_archive(count: int, root: str | None = None, quiet: bool = False, links: str = "within") -> str:
    """The cached archive of ``count`` stories, generated first when missing or unfinished."""
    path = archive_dir(count, root, links)
    if not os.path.exists(os.path.join(path, ".complete")):
        generate(count, path, quiet=quiet, links=links)
    return path


def plan(count: int, links: str = "within") -> tuple[random.Random, Vocabulary, list[Story]]:
    """The random stream, vocabulary and planned stories of an archive, as ``generate`` makes them."""
    rng = random.Random(f"seedreader-bench:{GENERATOR_VERSION}:{count}")
    vocab = make_vocabulary(rng, max(1, count // STORYLINE_SIZE))
    return rng, vocab, plan_archive(count, rng, vocab, links)


def generate(count: int, out: str, quiet: bool = False, links: str = "within") -> dict:
    """Write the archive of ``count`` stories to ``out`` (replacing what is there).

    ``links`` is one of LINK_MODES: ``generate(2000, path, links="across")`` writes a
    cross-linked archive, ``links="none"`` the same stories without READ MORE lines.
    """
    started = time.perf_counter()
    rng, vocab, stories = plan(count, links)
    if os.path.exists(out):
        shutil.rmtree(out)
    for category in CATEGORIES:
        for sub in ("seeds", "markdown/content", "hugo/content"):
            os.makedirs(os.path.join(out, sub, category), exist_ok=True)
    truth, words = {}, 0
    for story in stories:
        written = write_story(story, rng, vocab)  # places READ MORE lines in every mode: same text
        if links == "none":
            written.blocks = [b for b in written.blocks if b[0] != "readmore"]
            story.read_more = []
        seed = seed_text(story, written)
        words += len(seed.split())
        rel = f"{story.category}/{story.name}"
        _write(os.path.join(out, "seeds", rel + ".txt"), seed)
        _write(os.path.join(out, "markdown/content", rel + ".md"), pelican_markdown(story, written))
        _write(os.path.join(out, "hugo/content", rel + ".md"), hugo_markdown(story, written))
        truth[rel + ".txt"] = {
            "headline": story.headline,
            "style": story.style,
            "read_more": [
                {
                    "headline": h,
                    "how": how,
                    "target": None if j is None else f"{stories[j].category}/{stories[j].name}.txt",
                }
                for h, j, how in story.read_more
            ],
        }
    refs = [r for t in truth.values() for r in t["read_more"]]
    meta = {
        "generator_version": GENERATOR_VERSION,
        "links": links,
        "stories": count,
        "categories": list(CATEGORIES),
        "average_words": round(words / max(count, 1)),
        "read_more": len(refs),
        "read_more_by_kind": {
            k: sum(1 for r in refs if r["how"] == k) for k in ("exact", "headline", "paraphrase", "missing")
        },
        "read_more_across": sum(
            1
            for s in stories
            for _, j, _ in s.read_more
            if j is not None and stories[j].storyline is not s.storyline
        ),
        "styles": {k: sum(1 for s in stories if s.style == k) for k in ("header", "titleline", "lede")},
        "first_date": stories[0].date.isoformat() if stories else None,
        "last_date": stories[-1].date.isoformat() if stories else None,
        "seconds": round(time.perf_counter() - started, 1),
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as handle:
        json.dump(truth, handle, indent=1, sort_keys=True)
    with open(os.path.join(out, "meta.json"), "w", encoding="utf-8") as handle:
        json.dump(meta, handle, indent=2)
    _write(os.path.join(out, ".complete"), json.dumps(meta) + "\n")
    if not quiet:
        print(
            f"generated {count} stories (~{meta['average_words']} words, {meta['read_more']} READ MORE "
            f"lines, links {links}: {meta['read_more_across']} across storylines) in {meta['seconds']} s: "
            f"{out}",
            file=sys.stderr,
        )
    return meta


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of stories")
    parser.add_argument("--out", help="write here instead of the cache (replacing what is there)")
    parser.add_argument(
        "--links",
        choices=LINK_MODES,
        default="within",
        help="where READ MORE targets come from (none: no READ MORE lines); default within",
    )
    parser.add_argument("--force", action="store_true", help="regenerate even when cached")
    args = parser.parse_args(argv)
    if args.out:
        generate(args.count, args.out, links=args.links)
        print(os.path.abspath(args.out))
    else:
        if args.force:
            shutil.rmtree(archive_dir(args.count, links=args.links), ignore_errors=True)
        print(ensure_archive(args.count, links=args.links))
    return 0


if __name__ == "__main__":
    sys.exit(main())
