"""Whether a story tells what a READ MORE headline says happened, or only another turn of it.

Another turn: its denial, its threat, an earlier one, its opposite. Sharing a headline's names
and its words is not telling its event: "Velm staff walk out at Dunmar depot" is not a story in
which the depot's staff *voted against* a strike, a year *after* one, or are *warned of* one;
"Korrin port chief resigns" is not the story of a chief *appointed*; "Velm's first lithium mine
opens" is not the story of its *second*. An editor reads the words around the event: this is
that reading, done on the candidate about to be linked (``resolver``).

A headline word of an event's ``headlinese.SAME_THING`` group (``EVENT_GROUPS``) counts when the
headline states it plainly: no denying, hedging, future or backdrop word before it, no reversing
word ("ends", "lifts") nor threat ("at risk") anywhere in the headline. The story's title and
lede tell it when they state a word of its group plainly; they tell *otherwise* when they have
its words only denied, hedged or set in the past, or none of them and a word of the opposite
event (``headlinese.OPPOSITES``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .headlinese import (
    BACKDROP_AFTER_WORDS,
    BACKDROP_WORDS,
    CALENDAR_WORDS,
    CAUSE_WORDS,
    CONDITION_WORDS,
    CONSEQUENCE_WORDS,
    DENYING_AFTER_WORDS,
    DENYING_PAIRS,
    DENYING_WORDS,
    DETERMINERS,
    DISMISSING_WORDS,
    EVENT_GROUPS,
    FUTURE_WORDS,
    GOING_ON_WORDS,
    HEADLINE_UNDOING_WORDS,
    HEDGING_WORDS,
    INTENT_WORDS,
    NOT_CLOSING_BEFORE,
    NOT_CLOSING_NEXT,
    OBJECT_DENYING_WORDS,
    OPPOSITES,
    ORDINAL_SPANS,
    ORDINALS,
    OTHER_SENSES,
    PASSIVE_WORDS,
    REVERSING_WORDS,
    STATEMENT_WORDS,
    TIME_SPAN_WORDS,
    UNDOING_AFTER_PAIRS,
    UNDOING_AFTER_WORDS,
)
from .judge import lexicon
from .retrieval import STOPWORDS, ids_of_words, term_ids, words_of

#: The groups (by first word) whose word after an event's holds it back ("opening *delayed*").
HOLDING_GROUPS = ("delay", "halt", "scrap")
#: What ends a clause: a word beyond it is not in the same statement.
CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\[\]\"“”—–]|\s-\s")
#: A capitalised word: a headline's name.
CAPITALISED_RE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*")
#: A hyphen inside a word.
HYPHEN_RE = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
#: How many words before an event's word a denying or hedging word reaches (a backdrop word two).
REACH = 3
#: How many words after it a backdrop word reaches ("walked out *last* year").
REACH_AFTER = 3
#: How many words after an ordinal say what it counts ("first *lithium* mine", "its second
#: *lithium* mine"): another ordinal counts the same thing when that word is the same.
COUNTED_WORDS = 1

#: Before an opposite event's word in a story, the words that make it a plan: not "to" ("allowed work
#: *to* resume" tells it happened).
OPPOSITE_FUTURE_WORDS = FUTURE_WORDS - {"to"}

#: How a word of an event stands in its clause.
TOLD, WEAK, DENIED, HEDGED, PAST = "told", "weak", "denied", "hedged", "past"
#: ... and its word in another sense (``OTHER_SENSES``: "a cardiac arrest").
OTHER = "other sense"
#: ... and a word in a clause recalling the past, which says neither.
BACKGROUND = "background"
#: A clause opening with one of these recalls the past of what the sentence tells.
RELATIVE_WORDS = frozenset({"who", "which", "whose"})
#: Standings that say the event did not happen, or not now.
UNTOLD = frozenset({DENIED, HEDGED, PAST, OTHER})
UNTOLD_NOTE = (
    "its title and lede tell what it says happened only as denied, threatened or past, or in another sense"
)
#: Plainly stated: a bare "after" before it ("stranded *after* staff walked out") may be the
#: story's event or an earlier one, so it is not untold, but not enough against an opposite.
STATED = frozenset({TOLD, WEAK})
#: Words before an event's word (or its determiner) that make it a risk ("at *risk of* collapse").
RISKS = (["risk", "of"], ["danger", "of"])
#: Words before "that" making the clause after it a demand ("marched to *demand* that fees be scrapped").
CLAIMING_WORDS = frozenset("demand demands demanded demanding urge urges urged".split())
#: A passive's undoing, one word or a run of words ("*averted*", "*called off*").
UNDOING_RUNS = frozenset({(word,) for word in UNDOING_AFTER_WORDS} | UNDOING_AFTER_PAIRS)
#: Words that make an event's word stand otherwise than told: without any, a text tells plainly
#: every event word it has.
TURNING_WORDS = (
    DENYING_WORDS
    | DENYING_AFTER_WORDS
    | RELATIVE_WORDS
    | {second for _, second in DENYING_PAIRS}
    | REVERSING_WORDS
    | HEDGING_WORDS
    | BACKDROP_WORDS
    | BACKDROP_AFTER_WORDS
    | INTENT_WORDS
    | OBJECT_DENYING_WORDS
    | DISMISSING_WORDS
    | CONDITION_WORDS
    | CLAIMING_WORDS
    | {first for first, _ in RISKS}
    | {first for first, *_ in UNDOING_RUNS}
    | frozenset({"after", "last"})
)
#: "Pushed back" in a headline: its event put off ("stadium opening *pushed back* to 2027").
PUSHING = frozenset("push pushes pushed".split())
#: How many words before a "that" a denying word reaches ("*dismissing* a union's claim that").
CLAIM_REACH = 5
#: At most this many words between an intent word and its "to".
INTENT_GAP = 2
#: Words of a call for someone to act ("*called* for the mayor to step down"), and at most this
#: many words between its "for" and the "to".
CALLING_WORDS = frozenset("called calls calling urged urges".split())
CALL_FOR_GAP = 5
#: How many words after an event's word its undoing reaches ("a walkout by dockers at the port
#: of Korrin was called off").
UNDOING_REACH = 12
#: Words between an event's word and "unless" that make the condition another statement's.
SAYING_WORDS = frozenset("say says said will would".split())
#: How many words after an event's word a condition reaches.
CONDITION_REACH = 6
#: Words between a passive's auxiliary and its undoing word ("was *quietly* called off"): one at most.
UNDOING_GAP = 1


@dataclass(frozen=True, slots=True)
class Event:
    """An event group a headline states plainly: how a story may say it, and its opposite."""

    stems: frozenset[int]
    """The group's one-word members."""
    phrases: tuple[tuple[int, ...], ...]
    """Its phrases: a story has one when it has all its words."""
    opposite: frozenset[int]
    """Words of the opposite event (``OPPOSITES``)."""


@dataclass(frozen=True, slots=True)
class Statement:
    """What a headline states plainly, for ``tells_otherwise`` to look for."""

    events: tuple[Event, ...]
    wanted: frozenset[int]
    """Every stem the events' members and opposites have: a story lacking all tells none of them."""
    ordinals: dict[str, frozenset[int]]
    """Each ordinal and the (``COUNTED_WORDS``) word after it: what it counts."""
    own: frozenset[int] = frozenset()
    """The headline's own stems."""
    names: frozenset[str] = frozenset()
    """Its capitalised words (lower-cased): what a story's opposite event must be of."""


def _group_of(first: str) -> int:
    """The number of the ``SAME_THING`` group whose first word is ``first``."""
    known = lexicon()
    (stem,) = (i for i in term_ids(first) if i >= 0)
    return next(group for group in known.of_stem[stem] if known.groups[group][0] == (stem,))


@functools.cache
def _event_groups() -> frozenset[int]:
    """The groups naming an event (``EVENT_GROUPS``), by number."""
    return frozenset(map(_group_of, EVENT_GROUPS))


@functools.cache
def _opposites() -> dict[int, frozenset[int]]:
    """Each event group (by number) with an opposite, and the opposite's stems."""
    return {
        _group_of(first): frozenset(i for word in words.split(",") for i in term_ids(word) if i >= 0)
        for first, words in OPPOSITES
    }


@functools.cache
def _events() -> dict[int, tuple[Event, ...]]:
    """Each stem of an event group (``EVENT_GROUPS``; a phrase's first) and the groups' ``Event``s."""
    known, opposites = lexicon(), _opposites()
    of_stem: dict[int, list[Event]] = {}
    for group in sorted(_event_groups()):
        ways = known.groups[group]
        event = Event(
            frozenset(way[0] for way in ways if len(way) == 1),
            tuple(way for way in ways if len(way) > 1),
            opposites.get(group, frozenset()),
        )
        for way in ways:
            of_stem.setdefault(way[0], []).append(event)
    return {stem: tuple(events) for stem, events in of_stem.items()}


@functools.cache
def _holding() -> frozenset[int]:
    """The one-word members of the groups that hold an event back (delay, halt, scrap)."""
    known = lexicon()
    return frozenset(
        way[0] for first in HOLDING_GROUPS for way in known.groups[_group_of(first)] if len(way) == 1
    )


@functools.cache
def _threat() -> frozenset[int]:
    """The one-word members of the group of threats ("threaten", "risk")."""
    return frozenset(way[0] for way in lexicon().groups[_group_of("threaten")] if len(way) == 1)


def _standing(
    words: Sequence[str], at: int, headline: bool = False, future: frozenset[str] = frozenset()
) -> str:
    """How the event word at ``words[at]`` stands in its clause.

    The words before it reach back ``REACH`` words, not past a word beginning another statement
    (``STATEMENT_WORDS``: "rejected the offer *and* walked out"). A word after ``FUTURE_WORDS`` is
    a plan in a headline ("Estmark Bank *to* cut 300 staff"), and after ``future`` in a story (a
    story's "ordered the builder *to* stop work" tells it). In a headline, a word after
    ``CAUSE_WORDS`` is the news's cause ("arrested *over* warehouse fire"), not its news:
    ``WEAK``, so not checked. In a story, a clause recalling the past ("..., *who* had refused
    calls to resign", "a week *after* she ruled out quitting") is ``BACKGROUND``: neither told
    nor untold, but for the event it opens on ("a year after *a strike*": ``PAST``). A story's
    event is an intent after "to" with an intent word before it (``_intended``), under a condition
    (``_conditional``) or in a claim of one ("demand that", ``_claimed``); it is denied in a claim
    denied ("dismissing reports that"), as the subject of its undoing (``_undone``) and as the
    object of a denying verb ("*suspended* its strike", ``_object_denied``); a risk of it is
    hedged ("at *risk of* collapse"), and its word after "due to" or "because of" is told.
    """
    if at and (words[at - 1], words[at]) in OTHER_SENSES or tuple(words[at : at + 2]) in OTHER_SENSES:
        return OTHER
    if not headline:
        background = _background(words, at)
        if background:
            return background
    span = _statement_span(words, at)
    before = words[max(0, at - REACH) : at]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in STATEMENT_WORDS:
            before = before[k + 1 :]
            break
    after = words[at + 1 : at + 1 + REACH_AFTER]
    for k, word in enumerate(after):
        if word in CAUSE_WORDS or word in STATEMENT_WORDS:  # "an inquiry *into* last year's blast"
            after = after[:k]
            break
    if not headline and (before[-2:] in RISKS or before[-3:-1] in RISKS):
        return HEDGED  # "at risk of collapse", "in danger of a collapse"
    if not headline and before[-2:] in (["due", "to"], ["because", "of"]):
        return TOLD  # "schools closed *due to* flooding": the cause, which happened
    if before and before[-1] in (FUTURE_WORDS if headline else future):
        return HEDGED
    if not headline and (
        before
        and before[-1] == "to"
        and _intended(words, at, span)
        or _conditional(words, at, span)
        or _claimed(words, at, span, CLAIMING_WORDS)
    ):
        return HEDGED
    if (
        DENYING_WORDS.intersection(before)
        or REVERSING_WORDS.intersection(before)
        or not headline
        and _object_denied(words, at)
        or any(pair in DENYING_PAIRS for pair in zip(before, before[1:], strict=False))
        or DENYING_AFTER_WORDS.intersection(after)
        or not headline
        and (_undone(words, at, span) or _claimed(words, at, span, DISMISSING_WORDS))
    ):
        return DENIED
    if HEDGING_WORDS.intersection(before):
        return WEAK if GOING_ON_WORDS.intersection(words[at + 1 : at + 2]) else HEDGED
    if headline and CAUSE_WORDS.intersection(before):
        return WEAK
    if _backdrop(before) or BACKDROP_AFTER_WORDS.intersection(after):
        return PAST
    # "last year's strike", "walked out last year": the span next to the word.
    close = [w for w in before if w != "s"][-2:]
    if close[:1] == ["last"] and close[1:] and close[1] in TIME_SPAN_WORDS:
        return PAST
    if any(w == "last" and n in TIME_SPAN_WORDS for w, n in zip(after, after[1:], strict=False)):
        return PAST
    for k, word in enumerate(before):
        if word == "after":
            return PAST if k and before[k - 1] in TIME_SPAN_WORDS else WEAK
    return TOLD


def _background(words: Sequence[str], at: int) -> str | None:
    """``BACKGROUND`` or ``PAST`` for a word in a clause recalling the past (see ``_standing``)."""
    if words[0] in RELATIVE_WORDS:
        return BACKGROUND
    for k in range(min(at, REACH + 1)):
        if words[k] == "after" and k and words[k - 1] in TIME_SPAN_WORDS:
            # ("Weeks after the council voted to shut it" may stand beside the story of its closing
            # in other words: only "a year after *a strike*" says the event was then.)
            opens_on = all(w in DETERMINERS for w in words[k + 1 : at])
            return PAST if opens_on else BACKGROUND
    return None


def _intended(words: Sequence[str], at: int, span: tuple[int, int]) -> bool:
    """Whether an event's word after "to" is an intent: an ``INTENT_WORDS`` word just before the "to".

    At most ``INTENT_GAP`` words between ("threatened *on Monday* to strike"), or a call for
    someone ("called on Tuesday *for the mayor* to step down"); one further back is another
    statement's ("soldiers called in by the governor worked through the night to evacuate").
    ``span``: where the word's statement starts and ends (``_statement_span``), as for the others.
    """
    start, _ = span
    if not INTENT_WORDS.isdisjoint(words[max(start, at - 2 - INTENT_GAP) : at - 1]):
        return True
    for k in range(at - 2, max(start, at - 2 - CALL_FOR_GAP) - 1, -1):
        if words[k] == "for":
            return not CALLING_WORDS.isdisjoint(words[max(start, k - 1 - INTENT_GAP) : k])
    return False


def _object_denied(words: Sequence[str], at: int) -> bool:
    """Whether an ``OBJECT_DENYING_WORDS`` stands right before the event's word or its determiner."""
    k = at - 1 - (at > 0 and words[at - 1] in DETERMINERS)
    return k >= 0 and words[k] in OBJECT_DENYING_WORDS


def _conditional(words: Sequence[str], at: int, span: tuple[int, int]) -> bool:
    """Whether a ``CONDITION_WORDS`` follows the event's word closely ("walk out next month *unless*").

    Within ``CONDITION_REACH`` words: "walked out on Monday in a strike their union says will
    go on unless ..." makes another event a condition.
    """
    _, end = span
    for word in words[at + 1 : min(end, at + 1 + CONDITION_REACH)]:
        if word in CONDITION_WORDS:
            return True
        if word in SAYING_WORDS:  # "a protest they *say* will go on unless ..."
            return False
    return False


def _claimed(words: Sequence[str], at: int, span: tuple[int, int], such: frozenset[str]) -> bool:
    """Whether the event's statement opens with "that" after one of ``such`` words.

    A denying word ("*dismissing* reports that she would step down") or a demand ("marched to
    *demand* that fees be scrapped"), within ``CLAIM_REACH`` words; not of the clause's subject
    ("dismissed claims that *the strike* was crumbling").
    """
    start, _ = span
    if not start or words[start - 1] != "that" or words[at - 1] in DETERMINERS:
        return False
    return not such.isdisjoint(words[max(0, start - 1 - CLAIM_REACH) : start - 1])


def _undone(words: Sequence[str], at: int, span: tuple[int, int]) -> bool:
    """Whether the event's word, a noun ("*a* walkout", "*the* opening"), is the subject of its undoing.

    "A walkout by dockers at the port *was called off*": later in its statement, before any
    ``CAUSE_WORDS`` ("went on strike *after* the offer was rejected"), a passive's auxiliary and an
    undoing word (``UNDOING_AFTER_WORDS``, ``UNDOING_AFTER_PAIRS``), within ``UNDOING_REACH``
    words and before any word saying what the event brought (``CONSEQUENCE_WORDS``: "a strike by
    nurses *meant* 400 operations had to be postponed"), a relative word or another verb ("a
    strike by ferry crews *stranded* islanders whose sailings were cancelled").
    """
    if not (at == 0 or words[at - 1] in DETERMINERS or at > 1 and words[at - 2] in DETERMINERS):
        return False
    _, end = span
    tail = words[at + 1 : min(end, at + 1 + UNDOING_REACH)]
    for k, word in enumerate(tail):
        if (
            word in CAUSE_WORDS
            or word in CONSEQUENCE_WORDS
            or word in RELATIVE_WORDS
            or word in BACKDROP_WORDS  # "the first strike *since* a pay deal was scrapped"
            or _verb_like(word)
        ):
            return False
        if word not in PASSIVE_WORDS:
            continue
        for gap in range(UNDOING_GAP + 1):
            rest = tail[k + 1 + gap :]
            if any(tuple(rest[: len(run)]) == run for run in UNDOING_RUNS):
                return True
    return False


def _verb_like(word: str) -> bool:
    """Whether a word before a passive's auxiliary looks like another verb.

    ("Crews *stranded* islanders whose sailings were cancelled", "a protest *demanding* the bypass
    be scrapped".)
    """
    return len(word) > 4 and word.endswith("ed") or len(word) > 5 and word.endswith("ing")


def _not_closing(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` is "close" saying no closing.

    "Close to", "a close friend" (``NOT_CLOSING_NEXT``), "a sale could be close" (at a clause's
    end, or after ``NOT_CLOSING_BEFORE``). ("Closed to traffic" closes.)
    """
    if words[at] != "close" or at > 0 and words[at - 1] == "to":  # "forced it *to close*"
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    return not after or after in NOT_CLOSING_NEXT or at > 0 and words[at - 1] in NOT_CLOSING_BEFORE


def _backdrop(before: Sequence[str]) -> bool:
    """Whether a backdrop word is before an event's word with only determiners between."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in BACKDROP_WORDS:
            return True
        if before[k] not in DETERMINERS:
            return False
    return False


def _clauses(text: str) -> list[tuple[list[str], list[int]]]:
    """Each clause's words and their stem ids; a hyphenated word is one ("a *no-notice* walkout")."""
    return [
        (words, ids_of_words(words))
        for clause in CLAUSE_BREAK_RE.split(HYPHEN_RE.sub("", text))
        if (words := words_of(clause))
    ]


def _standings(clauses: list[tuple[list[str], list[int]]], event: Event, headline: bool = False) -> set[str]:
    """How each word of ``event`` in the clauses stands."""
    found = set()
    for words, ids in clauses:
        present = set(ids)
        phrased = any(present.issuperset(phrase) for phrase in event.phrases)
        for at, stem in enumerate(ids):
            if stem in event.stems or (phrased and any(stem == phrase[0] for phrase in event.phrases)):
                if not _not_closing(words, at):
                    found.add(_standing(words, at, headline))
    return found


def _opposite_standings(
    clauses: list[tuple[list[str], list[int]]],
    event: Event,
    names: frozenset[str],
    capitalised: frozenset[str],
) -> set[str]:
    """How each word of ``event``'s opposite in the clauses stands ("allowed work *to* resume" is told).

    Only where its statement (the clause, cut at ``STATEMENT_WORDS``) has one of ``names``, the
    headline's names the story writes capitalised ("Velm's jobless rate dropped *as hiring rose*"
    is no rise of the rate), and not where the name nearest before it, or one just after, is
    another party's (``capitalised``: the story's names): "mayor Tomas Reil *lost* the race to Ada
    Berg" is no loss of Ada Berg's.
    """
    found = set()
    for words, ids in clauses:
        for at, stem in enumerate(ids):
            if stem not in event.opposite or _not_closing(words, at):
                continue
            start, end = _statement_span(words, at)
            if not names.intersection(words[start:end]):
                continue
            subject = next((w for w in reversed(words[start:at]) if w in capitalised), None)
            thing = next((w for w in words[at + 1 : min(end, at + 3)] if w in capitalised), None)
            if (subject and subject not in names) or (thing and thing not in names):
                continue
            found.add(_standing(words, at, future=OPPOSITE_FUTURE_WORDS))
    return found


def _statement_spans(words: Sequence[str]) -> list[tuple[int, int]]:
    """Where each statement of a clause starts and ends: the clause cut at ``STATEMENT_WORDS``."""
    cuts = [k for k, word in enumerate(words) if word in STATEMENT_WORDS]
    return list(zip([0, *(k + 1 for k in cuts)], [*cuts, len(words)], strict=True))


def _statement_span(words: Sequence[str], at: int) -> tuple[int, int]:
    """Where the statement of the word at ``at`` starts and ends."""
    return next(span for span in _statement_spans(words) if span[0] <= at < span[1])


def _telling_statements(
    clauses: list[tuple[list[str], list[int]]], events: Sequence[Event]
) -> list[tuple[list[str], list[int]]]:
    """The statements of the clauses that have a word of one of ``events``.

    There an ordinal counts the thing the headline's event is of ("work on a *second* wind farm
    will start" counts another).
    """
    stems = frozenset().union(*(event.stems for event in events))
    return [
        (words[a:b], ids[a:b])
        for words, ids in clauses
        for a, b in _statement_spans(words)
        if stems.intersection(ids[a:b])
    ]


def _ordinals(clauses: list[tuple[list[str], list[int]]]) -> dict[str, frozenset[int]]:
    counted: dict[str, set[int]] = {}
    for words, ids in clauses:
        for at, word in enumerate(words):
            if word in ORDINALS:
                # A span within three words is what it counts ("a *third* term", "a second
                # four-year *term*"); not past a small word ("the first lithium mine in a *year*").
                k = next(
                    (k for k in range(at + 1, min(len(words), at + 4)) if words[k] in ORDINAL_SPANS), None
                )
                between = words[at + 1 : k] if k is not None else []
                span = ids[k : k + 1] if k is not None and all(w not in STOPWORDS for w in between) else []
                after = [
                    i
                    for w, i in zip(words[at + 1 : at + 1 + REACH], ids[at + 1 :], strict=False)
                    if i >= 0 and w not in ORDINAL_SPANS
                ][:COUNTED_WORDS]
                counted.setdefault(word, set()).update(span or after)
    return {word: frozenset(stems) for word, stems in counted.items()}


@functools.lru_cache(maxsize=65536)
def stated(headline: str) -> Statement | None:
    """What a headline states plainly (its events and ordinals); None when nothing to check.

    A headline with a reversing or undoing word ("Court *lifts* halt on Dunmar mine", "Dock strike
    *ends*", "Dock strike *called off*", ``HEADLINE_UNDOING_WORDS``)
    or of a threat ("Tennis open *at risk* as drought grips Velm") anywhere tells a turn of its
    event that the words around it do not settle: it is not checked.
    """
    words = words_of(headline)
    ids = ids_of_words(words)
    if (
        REVERSING_WORDS.intersection(words)
        or HEADLINE_UNDOING_WORDS.intersection(words)
        or any(w in PUSHING and n == "back" for w, n in zip(words, words[1:], strict=False))
        or _threat().intersection(ids)
    ):
        return None
    of_stem = _events()
    named = dict.fromkeys(event for stem in ids for event in of_stem.get(stem, ()))
    if not named and not ORDINALS.intersection(words):
        return None
    plain = CLAUSE_BREAK_RE.search(headline) is None and "-" not in headline
    clauses = [(words, ids)] if plain else _clauses(headline)
    if (
        len(clauses) == 1
        and TURNING_WORDS.isdisjoint(words)
        and FUTURE_WORDS.isdisjoint(words)
        and CAUSE_WORDS.isdisjoint(words)
    ):
        # No word to make one stand otherwise: each event it has is told.
        events = [event for event in named if _standings(clauses, event) - {OTHER}]
    else:
        events = [event for event in named if TOLD in _standings(clauses, event, headline=True)]
    # "Dunmar hospital *opening delayed*": the opening is what is held back, not news.
    held = _holding()
    events = [
        event
        for event in events
        if not any(
            stem in event.stems and ids[k + 1 : k + 2] and ids[k + 1] in held for k, stem in enumerate(ids)
        )
    ]
    ordinals = _ordinals(clauses) if ORDINALS.intersection(words) else {}
    if not events and not ordinals:
        return None
    wanted = frozenset().union(*(e.stems | e.opposite | {i for p in e.phrases for i in p} for e in events))
    names = frozenset(words_of(" ".join(CAPITALISED_RE.findall(headline)))) - CALENDAR_WORDS
    return Statement(tuple(events), wanted, ordinals, frozenset(ids), names)


def _parties(statement: Statement, front: str) -> tuple[frozenset[str], frozenset[str]]:
    """The headline's names the story writes capitalised, and every name the story writes so.

    A Title Case headline capitalises every word ("Velm Power Prices Rise"): only those the story
    capitalises too are names.
    """
    capitalised = frozenset(words_of(" ".join(CAPITALISED_RE.findall(front)))) - CALENDAR_WORDS - STOPWORDS
    return statement.names & capitalised, capitalised


def tells_otherwise(headline: str, front: str, opening: str = "") -> str | None:
    """Why a story tells another event than ``headline``; None if not.

    ``front``: its title and lede; ``opening``: the start of its body, which may name the second
    phase of a thing after a lede recalling its first. The body's start does not count for the
    event: a story of an inquiry closed recalls it was opened.
    """
    statement = stated(headline)
    if statement is None:
        return None
    words = words_of(front)
    ids = ids_of_words(words)
    if not statement.wanted.intersection(ids) and not statement.ordinals:
        return None
    plain = TURNING_WORDS.isdisjoint(words) and not statement.ordinals and "-" not in front
    clauses = [(words, ids)] if plain else _clauses(front)
    parties = None  # the opposite's clauses (cut at commas) and parties, read once when wanted
    for event in statement.events:
        standings = _standings(clauses, event)
        if TOLD in standings:
            continue
        if standings & UNTOLD and not standings & STATED:
            return UNTOLD_NOTE
        # The opposite, told plainly ("welcomed readers back *after* a flood forced it to close" does
        # not), of an event the headline does not also state ("Prices rise, wages fall").
        if standings - {WEAK} or statement.own & event.opposite:
            continue
        if parties is None:
            parties = (_clauses(front) if plain else clauses, *_parties(statement, front))
        if TOLD in _opposite_standings(parties[0], event, parties[1], parties[2]):
            return "its title and lede tell the opposite of what it says happened"
    if statement.ordinals:
        theirs = _ordinals(_telling_statements(clauses, statement.events) if statement.events else clauses)
        for ordinal, counted in statement.ordinals.items():
            if ordinal == "second" and "again" in words:
                continue
            # Another ordinal of the same thing ("its *second* lithium mine" for "first lithium
            # mine"), and the headline's nowhere near the story's start.
            # ("the second woman to lead it, years after Alma Rusk became *the first*": its own
            # "first" counts nothing.)
            if (
                not theirs.get(ordinal)
                and any(counted & other for other in theirs.values())
                and ordinal not in words_of(opening)
            ):
                return "its title and lede tell another of the thing the headline counts"
    return None
