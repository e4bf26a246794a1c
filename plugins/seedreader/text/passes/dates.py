"""Dates: date lines, the story's date and update, wire datelines, dates the text tells.

A line that is only a date (with its label, time, update or source), as the top matter, the
body and the header's echoes ask; the dateline opening the lede (``KORRIN, Estmark (AFP) —``);
and an undated story dated by its second paragraph, its opening or the crawler's month.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo

from dateutil import parser as dateparser
from dateutil import tz as dateutil_tz

from .. import agencies, decode, language, linemodel
from .. import grammar as g
from ..model import Block, Dateline
from .common import TEXT_KINDS, Line, _agency_names, _glued_twice, _is_name_like, _State
from .titles import first_sentence


@functools.lru_cache(maxsize=256)
def _path_date(source: str | None) -> datetime | None:
    """The date the seed's file or folder names give (the reader dates an undated story so), or None."""
    found = decode.date_from_path(source) if source else None
    return found[0] if found else None


class _LooseDate:
    """A date line dateparser read: the same face as a ``DATE_LINE_RE`` match."""

    def __init__(self, text: str, when: datetime):
        self.text, self.when = text, when

    def end(self, _group: str) -> int:
        return len(self.text)

    def __getitem__(self, _group: str) -> None:
        return None


@functools.lru_cache(maxsize=1 << 14)  # (a header's date line is read again, as an echo)
def _date_line(text: str) -> re.Match | _LooseDate | None:
    """The date a line holds when it is only a date (with a label, a time, an update or a source)."""
    if len(text) > g.DATE_LINE_MAX_CHARS or not g.DIGIT_RE.search(text):
        return None
    if "年" in text or "년" in text:
        text = g.CJK_DATE_RE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    core = g.DATE_TAIL_RE.sub("", text)
    if " | " in core and g.UPDATE_ONLY_RE.match(core):
        # ``Uppdaterad 2024-03-12 | Publicerad 2024-03-11``: the update first, then the published date.
        published = next((part for part in core.split(" | ") if g.PUBLISHED_WORD_RE.search(part)), None)
        if published and (found := _date_line(published)):
            return found
    by_theme = core.startswith("By ")  # (``By February 5, 2020 Featured``: a theme's bar, no writer)
    if core[:1] in "-•·" or core[:1].isalpha():
        core = g.DATE_PREFIX_RE.sub("", core, count=1)
    core = g.UPDATED_PART_RE.split(core, maxsplit=1)[0]
    if match := g.DATE_LINE_RE.match(core):
        return match
    for prefix in (g.WRITER_DATE_PREFIX_RE, g.OUTLET_DATE_PREFIX_RE, g.WRITERS_DATE_PREFIX_RE):
        outlet = prefix.match(core)
        if outlet and (match := g.DATE_LINE_RE.match(core[outlet.end() :])):
            return match
        # What follows any outlet or writers' prefix, when it starts with a figure, is read as a date
        # line of its own (``Xinhua) 10:28, August 14, 2023``: a time before the date).
        rest = core[outlet.end() :] if outlet else ""
        if rest[:1].isdigit() and (found := _date_line(rest)):
            return found
    agency = g.AGENCY_DATE_PREFIX_RE.match(core)
    if agency and agencies.is_agency(agency["name"]):
        if match := g.DATE_LINE_RE.match(core[agency.end() :]):
            return match
    # ``06/05/2025June 5, 2025``: the date in figures glued to the same in words; ``6 May 2020,
    # 17:20 Comments 146 Views ...``: the date over the page's counts; ``May 4, 2025 / Name``: over
    # the writer's name; ``4 Mar 20244 Mar 2024``: one date printed twice, glued.
    doubled = _glued_twice(core, least=1) or core
    for trimmed in (
        g.GLUED_FIGURES_DATE_RE.sub("", core, count=1),
        g.COUNTS_TAIL_RE.sub("", core, count=1),
        g.NAMES_TAIL_RE.sub("", core, count=1),
        doubled,
        g.SECTION_WORD_TAIL_RE.sub("", core, count=1) if by_theme else core,
    ):
        if trimmed != core and (match := g.DATE_LINE_RE.match(trimmed)):
            return match
    parts = core.split(" | ")
    # (Never ``Velmora | 6 January 2026 | Police arrested ...``: a dateline before the lede's sentence.)
    if len(parts) > 1 and not any(linemodel.is_sentence(part) for part in parts[1:]):
        if match := g.DATE_LINE_RE.match(parts[0]):  # a date, then another calendar's (``| 12 Safar, 1442``)
            return match
        # ``KORRIN, N.D (UPI) | June 22, 2045``: a wire dateline, then the date.
        if (
            len(parts) == 2
            and g.PLACE_AGENCY_RE.match(parts[0])
            and (match := g.DATE_LINE_RE.match(parts[1]))
        ):
            return match
        # ``Ada Berg | Kamis, 16/02/2017 16:56 WIB``: a writer's name (or a place's), then a date line
        # with its clock time, as a page's own line gives it (``Velm Harbour Reopens | May 4, 2019``
        # lists another story).
        if (
            len(parts) == 2
            and len(parts[0].split()) <= g.BYLINE_NAME_MAX_WORDS
            and not g.DIGIT_RE.search(parts[0])
            and _is_name_like(parts[0])
            and g.CLOCK_TIME_RE.search(parts[1])
            and (found := _date_line(parts[1]))
        ):
            return found
        # ``News Code : 350976 | Publish Date :2018/2/4 - 05:30 | Category: FORUM``: the part saying so.
        labelled = next((part for part in parts if g.PUBLISHED_WORD_RE.search(part)), None)
        if labelled and (found := _date_line(labelled)):
            return found
    if found := _date_beside(core):
        return found
    published = g.UPDATED_AFTER_SPACE_RE.split(core, maxsplit=1)
    if len(published) > 1 and (found := _date_line(published[0])) and _is_update(published[1]):
        return found
    if (
        g.DATE_WORD_RE.search(text)  # (a timeline's ``12. mars kl. 21.40`` in the body is an event's)
        and (joined := g.DATE_TIME_JOIN_RE.search(core))
        and not g.TIME_ONLY_RE.search(core[: joined.start()])
    ):
        # ``12. mars 2024 kl. 14.05``: the date, then its time as the page's language joins it.
        plain = f"{core[: joined.start()]} {joined['hour']}:{joined['minute']}"
        if plain != core and (found := _date_line(plain)):
            return found
    if not g.LOOSE_DATE_RE.match(core) or len(g.LETTER_WORD_RE.findall(core)) > g.LOOSE_DATE_MAX_WORDS:
        return None
    when = _dateparser_parse(core)
    return _LooseDate(core, when) if when else None


def _is_update(text: str) -> bool:
    """``Updated: ...`` with its colon, or ``UPDATED 26 Aug 2013 - 10:48 AM`` with a date (or time) alone.

    (``June 1, 2020 Updated 3,000 notices sent`` is a timeline's entry, not a date line.)
    """
    label = g.UPDATE_LABEL_RE.match(text)
    return bool(label) and (
        ":" in label.group()
        or bool(_date_line(text[label.end() :]) or g.TIME_ONLY_RE.match(text[label.end() :]))
    )


def _date_beside(core: str) -> re.Match | _LooseDate | None:
    """A date with a time, or after ``By`` and the writer, across a dot, bullet, dash or slash.

    ``12:00 PM · April 2, 2019`` and ``April 2, 2019 — 12:00 PM`` (read as the date, then the
    time), ``By Ada Berg • April 2, 2019``; never ``12 May 2021 – The ferry sinks`` (a
    timeline's entry) or ``Velm Harbour Reopens – May 4, 2019`` (another story's headline).
    """
    pair = g.DATE_PARTS_RE.split(core)
    if len(pair) != 2:
        return None
    first, second = pair
    if g.TIME_ONLY_RE.match(second):
        return g.DATE_LINE_RE.match(f"{first} {second}")
    if g.TIME_ONLY_RE.match(first):
        return g.DATE_LINE_RE.match(f"{second} {first}") or g.DATE_LINE_RE.match(second)
    return _date_line(second) if g.BYLINE_RE.match(first) else None


def _top_date_line(text: str) -> re.Match | _LooseDate | None:
    """A date line above the story; also with a colon, a dateline's place and date on their own line.

    (``PUTRAJAYA, July 5, 2015:``; in the body, such a line heads a timeline's entry.) So is one with a
    section's word glued after it (``2024年3月4日社会``: ``CJK_DATE_SECTION_TAIL_RE``), and one with its
    weekday and time in characters (``2024年3月4日(月) 12時34分``: ``CJK_WEEKDAY_RE``, ``CJK_TIME_RE``;
    in the body, an event's day and hour).
    """
    sectioned = g.CJK_DATE_SECTION_TAIL_RE.sub("", text) if "日" in text else text
    timed = _without_cjk_weekday_and_time(text)
    return (
        _date_line(text)
        or (_date_line(text[:-1]) if text.endswith(":") else None)
        or _masthead_date_line(text)
        or (_date_line(sectioned) if sectioned != text else None)
        or (_date_line(timed) if timed != text else None)
    )


def _without_cjk_weekday_and_time(text: str) -> str:
    """``text`` with a weekday in characters taken off and a time in characters as ``12:34``."""
    if text.isascii():
        return text  # (a quick test first: most lines are not in those scripts)
    if g.CJK_WEEKDAY_RE.search(text) or g.CJK_TIME_RE.search(text):
        return g.CJK_TIME_RE.sub(lambda m: f"{m[1]}:{int(m[2]):02d}", g.CJK_WEEKDAY_RE.sub("", text))
    return text


def _masthead_date_line(text: str) -> re.Match | _LooseDate | None:
    """A date line as some pages print it above the story only (in the body, another date's).

    ``Publié le jeudi 21 mars 2013 | Meridian Wire`` (a published date, then its source: a book
    box's or a notice's below), ``giovedì 17 agosto 2023, 01:00Serie A`` (the section glued to the
    time: a programme's entry below), ``Paru dans Société le mercredi 8 mars 2017.`` (a quoted
    source's below).
    """
    if not g.DIGIT_RE.search(text) or len(text) > g.DATE_LINE_MAX_CHARS:
        return None
    if (paru := g.PARU_DANS_RE.match(text)) and (found := _date_line(text[paru.end() :])):
        return found
    parts = text.split(" | ")  # (a line's spaces are single: ``normalise``)
    if (
        len(parts) == 2
        and g.PUBLISHED_WORD_RE.search(parts[0])
        and parts[1][:1].isupper()
        and len(parts[1].split()) <= g.OUTLET_NAME_MAX_WORDS
        and _is_name_like(parts[1])
        and (found := _date_line(parts[0]))
    ):
        return found
    cut = g.SECTION_AFTER_TIME_RE.sub("", text, count=1)
    return _date_line(cut) if cut != text else None


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(text: str) -> datetime | None:
    """A full date (day, month and year all given) in any of ``DATE_LANGUAGES``, or None."""
    import dateparser  # only for the few lines DATE_LINE_RE cannot read: it takes 0.3 s to import

    text = g.GREEK_FOLK_MONTH_RE.sub(lambda month: g.GREEK_FOLK_MONTHS[month[0]], text)
    return dateparser.parse(text, languages=list(_date_languages(text)), settings=_DATEPARSER_SETTINGS)


def _date_languages(text: str) -> tuple[str, ...]:
    """The languages dateparser tries on ``text``: ``DATE_LANGUAGES``, and those of the day names it holds."""
    names = _date_name_languages()
    found = [code for word in g.DATE_WORD_SPLIT_RE.split(text.casefold()) for code in names.get(word, ())]
    return tuple(dict.fromkeys((*g.DATE_LANGUAGES, *found))) if found else g.DATE_LANGUAGES


@functools.cache
def _date_name_languages() -> dict[str, tuple[str, ...]]:
    """Each month's or weekday's name in ``MORE_DATE_LANGUAGES`` (case folded) -> the languages using it."""
    # (A name the dozen tried first know, ``Apr``, ``juni``, reads as before: no language is added.)
    known = {word for code in g.DATE_LANGUAGES for word in _date_name_words(code)}
    names: dict[str, list[str]] = {}
    for code in g.MORE_DATE_LANGUAGES:
        for word in _date_name_words(code):
            least = next(
                (least for letters, least in g.DATE_NAME_MIN_LETTERS if letters.match(word)),
                g.DATE_NAME_MIN_OTHER_LETTERS,
            )
            if len(word) >= least and word not in known and code not in names.setdefault(word, []):
                names[word].append(code)
    return {name: tuple(codes) for name, codes in names.items()}


def _date_name_words(code: str) -> list[str]:
    """The words of the month and weekday names dateparser knows in language ``code``, case folded.

    (``tháng 3``, ``Thứ năm``: each word of a name of several.)
    """
    from dateparser.languages.loader import default_loader  # (as dateparser: only once a line needs it)

    info = default_loader.get_locale(code).info
    return [
        word
        for key in g.DATE_NAME_KEYS
        for name in info.get(key, ())
        for word in g.DATE_WORD_SPLIT_RE.split(name.casefold())
        if word
    ]


#: Never a relative date, never a part filled in from the clock.
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["absolute-time", "custom-formats"],
}


def _date_of(match: re.Match | _LooseDate, state: _State) -> datetime | None:
    """The date a date line's match holds (None when it reads as none).

    ``11/07/2024`` is read month first (the US's order) on a page in English, day first on any
    other: a German page's ``11/07/2024`` is 11 July.
    """
    loose = isinstance(match, _LooseDate)
    text = match.text if loose else match.string[: match.end("date")]
    if (slashed := g.SLASH_DATE_RE.search(text)) and not _in_english(state):
        dotted = text[: slashed.start()] + slashed.group().replace("/", ".") + text[slashed.end() :]
        if (when := parse_date(dotted, state.warnings)) is not None:
            return when
    return match.when if loose else parse_date(text, state.warnings)


def _in_english(state: _State) -> bool:
    """The page is in English: its lines use ``the`` a few times (found once)."""
    if state.english is None:
        texts = state.page.texts if state.page is not None else ()
        state.english = sum(f" {text} ".count(" the ") for text in texts) >= g.ENGLISH_MIN_THE
    return state.english


def _take_date_from(
    match: re.Match | _LooseDate, state: _State, read: Callable[[], datetime | None] | None = None
) -> None:
    """Date the story (and its update) from a date line's match; nothing when it is no date.

    ``read``: reads the match's date once (``_take_date_line``: ``_after_the_crawl`` may have read it).
    """
    when = read() if read else _date_of(match, state)
    if when is not None:
        state.date, state.date_origin = when, "date-line"
        if match["modified"] and (modified := _modified(match["modified"], when, state)) is not None:
            state.modified = modified


def _introduces_what_follows(text: str, following: str) -> bool:
    """A line ending with a colon over a sentence: it introduces that sentence."""
    return text.endswith(":") and bool(following) and linemodel.is_sentence(following)


def _take_date_line(line: Line, state: _State, match: re.Match | _LooseDate) -> None:
    """Use a date line as the date, and an update in it as the date modified, when none is known.

    A date printed above the headline gives way to one under it (or one labelled as the published
    date): a page's masthead shows the day it was saved. The line is dropped either way.
    """
    writer = (
        g.DATE_LINE_BYLINE_RE.search(line.text) or g.WRITER_DATE_PREFIX_RE.match(line.text)
        if state.byline is None
        else None
    )
    if writer and not g.WRITER_ROLE_RE.match(writer["name"]):
        state.byline = writer["name"]  # the line goes, its writer stays (not ``Staff Writer``)
    update = bool(g.UPDATE_ONLY_RE.match(line.text))
    read = functools.cache(functools.partial(_date_of, match, state))  # (dateutil is slow: read once)
    if (
        state.date is None
        or _overrides_date_above_title(line.text, state)
        and not _after_the_crawl(line, state, read)
        or state.date_is_update
        and not update
    ):
        # An update printed above the published date dates the story only until that date comes.
        earlier_update = state.date if state.date_is_update else None
        state.modified = None
        _take_date_from(match, state, read)
        state.date_is_update = update and state.date is not None
        if (
            earlier_update
            and state.date
            and not state.date_is_update
            and _not_before(earlier_update, state.date)
        ):
            state.modified = state.modified or earlier_update
        # A masthead prints the bare date; a date saying what it is is the story's.
        bare = not g.DATE_WORD_RE.search(line.text)
        state.date_above_title = state.date is not None and state.title is None and bare
    elif state.modified is None and update:
        # ``Last modified on ...`` on its own line under the published date: the date modified.
        when = _date_of(match, state)
        if when is not None and _not_before(when, state.date):
            state.modified = when
    state.drop(line, "date line")


def _after_the_crawl(line: Line, state: _State, read: Callable[[], datetime | None]) -> bool:
    """A bare date line's day later than the crawler's: an event's (``Saturday, 15 August``), not the story's.

    (The crawler saw the page about its day. One labelled published, or saying how old the page is,
    ``(3 hours ago)``, is the story's all the same.) ``read`` reads the line's day.
    """
    if (
        state.date is None
        or state.date_origin != "crawler-prefix"
        or g.PUBLISHED_WORD_RE.search(line.text)
        or g.DATE_AGE_RE.search(line.text)
    ):
        return False
    when = read()
    return when is not None and when.date() > state.date.date()


def _overrides_date_above_title(text: str, state: _State) -> bool:
    """A date line under the headline, or one labelled published, replaces a bare date taken above it.

    So does one with its time of day above the headline too, under a bare day printed on the page
    (``17 Jul 2025`` over ``Sunday 16 March 2025 - 14:41``): a masthead gives the day it was saved,
    without the time. (Never one that gives an update only.)
    """
    if not state.date_above_title or g.UPDATE_ONLY_RE.match(text):
        return False
    timed = (
        bool(g.CLOCK_TIME_RE.search(text))
        and state.date is not None
        and state.date_origin == "date-line"
        and (state.date.hour, state.date.minute) == (0, 0)
    )
    return state.title is not None or bool(g.PUBLISHED_WORD_RE.search(text)) or timed


def _dates_the_story(text: str, blocks: list[Block], state: _State, closing: bool = False) -> bool:
    """A date line in the body dates the story: labelled published, under no paragraph, or closing it.

    A date closing the story stands under its last sentence, over nothing but the source line
    (``... the police said.`` / ``12 May 2024`` / ``Source: AFP``). Only when no date is known
    yet, or only one printed above the headline.
    """
    if state.date is not None and not _overrides_date_above_title(text, state):
        return False
    told = any(b.kind == "paragraph" and linemodel.is_running_text(b.text) for b in blocks)
    if told and not linemodel.is_running_text(blocks[-1].text):  # under another story's headline
        return False
    if (
        closing
        and state.date is None
        and blocks[-1].kind == "paragraph"
        and linemodel.ends_sentence(blocks[-1].text)
    ):
        return True
    if g.PUBLISHED_WORD_RE.search(text):
        return not g.UPDATE_ONLY_RE.match(text)
    return not told


def _closes_with_source(following: str, state: _State) -> bool:
    """The story's source line (``Source: AFP``) follows, or was the page's last line right under it.

    What stands right above the source line closes the story (a date there is the story's; at the
    end of a page without one, a date may be a reader's comment's or another story's).
    """
    if not following:
        return state.closing_source
    return len(following) <= g.SHORT_LINE_MAX_CHARS and bool(g.SOURCE_LINE_RE.match(following))


def _modified(text: str, published: datetime, state: _State) -> datetime | None:
    """The update date of a date line; a time alone is on the published day. None if before it."""
    when = parse_date(text, state.warnings)
    if when is None:
        return None
    if g.TIME_ONLY_RE.match(text):
        when = published.replace(hour=when.hour, minute=when.minute, second=when.second)
    return when if _not_before(when, published) else None


def _not_before(when: datetime, published: datetime) -> bool:
    """Whether an update ``when`` is not before the published date (one lacking a zone: as written)."""
    if (when.tzinfo is None) != (published.tzinfo is None):
        return when.replace(tzinfo=None) >= published.replace(tzinfo=None)
    return when >= published


def _dateline_at(text: str) -> re.Match | None:
    """The wire dateline ``text`` opens with (``DATELINE_RES``, the first that matches), or None.

    A dateline in another language with no date, an outlet glued to the lede or a day's dateline
    with an agency in brackets needs a known agency (``Berlin (dpa) -``, ``(CNN)The ...``; never
    ``Acme (ACME) - Shares rose``, ``Paris, May 4 (the day after the vote) Markets ...``).
    """
    match = next(filter(None, (p.match(text) for p in g.DATELINE_RES)), None)
    if (
        match
        and match.re is g.DATELINE_FOREIGN_RE
        and not match["foreign_when"]
        and not match["figures_when"]
    ):
        # (``dpa/lno``: the agency, then its regional desk.)
        return match if _agency_names(match["agency"].split("/")[0], generic=False) else None
    if (
        match
        and match.re in (g.DATELINE_GLUED_AGENCY_RE, g.DATELINE_DAY_AGENCY_RE, g.DATELINE_DATE_AGENCY_RE)
        and match["agency"]
    ):
        return match if _agency_names(match["agency"], generic=False) else None
    if match and match.re is g.DATELINE_CAPS_MARK_RE and agencies.is_agency(match["place"]):
        return None  # (``REUTERS:`` is a source's label, not where the story was filed)
    if match and match.re is g.DATELINE_CITY_MARK_RE and match["place"].upper() not in g.MAJOR_PLACES:
        return None
    return match


def _is_dated_dateline(text: str) -> bool:
    """``text`` opens with a dateline that may hold a date, as a timeline's entries do.

    (Not ``DAVIS:`` or ``(CNN)``, which hold none.)
    """
    match = _dateline_at(text)
    return match is not None and match.re not in g.UNDATED_DATELINE_RES


def _dateline_date(match: re.Match, state: _State) -> datetime | None:
    """The full date a dateline holds, or None."""
    groups = match.groupdict()
    if foreign := groups.get("foreign_when"):
        return _dateparser_parse(foreign)  # (its year is required: ``21 ago`` dates nothing)
    if figures := groups.get("figures_when"):
        day, month, year = map(int, re.split(r"[/.]", figures))
        return _day_if_weekday(year, month, day, None, {})
    when = groups.get("when") or groups.get("day_first")
    if not when and groups.get("paren_when") and _is_filed_from(groups.get("place"), state):
        when = groups["paren_when"]
    return parse_date(when.replace("/", ", "), state.warnings) if when else None  # ``December 29/2022``


def _is_filed_from(place: str | None, state: _State) -> bool:
    """A dateline's place a wire files from: with its country (``KORRIN, Estmark``), or one the page names.

    (``VATICAN CITY (March 13, 2013)—``; ``UPDATE (March 14, 2013) –`` is a note: its date no story's.)
    """
    place = (place or "").strip()
    if "," in place:  # (its country or state, one word: ``DUNMAR, Old Town Hall`` is a venue)
        return bool(g.PLACE_AND_COUNTRY_RE.match(place))
    return bool(place) and _names_the_place(place, state, g.FILED_FROM_PREPOSITIONS)


def _read_dateline(lede: str, state: _State) -> str:
    """Take a wire dateline off the start of the lede and return the rest."""
    match = _dateline_at(lede)
    if not match or not _fits_the_page(match, state):
        return lede
    groups = match.groupdict()
    place = (groups.get("place") or "").strip() or None
    state.dateline = Dateline(match["text"].strip(), place, groups.get("agency") or groups.get("wire"))
    if state.date is None:
        # The wire's own date, when the page printed no other.
        state.date = _dateline_date(match, state)
        state.date_origin = "dateline" if state.date else None
    return lede[match.end() :]


def _names_the_place(place: str, state: _State, prepositions: str = g.PLACE_PREPOSITIONS) -> bool:
    """The page names ``place`` (``VELM``) as a place is named, after a preposition (``a Velm``).

    (A kicker's word, ``ENQUÊTE``, comes again at a sentence's start if at all, or after an
    adjective: ``Das vollständige Interview``.)
    """
    if place.upper() in g.MAJOR_PLACES:
        return True
    if not place.isupper():
        return False
    named = re.compile(rf"\b(?:{prepositions})\s+{re.escape(place.title())}\b")
    return state.page is not None and any(named.search(text) for text in state.page.texts)


def _fits_the_page(match: re.Match, state: _State) -> bool:
    """A place and a colon or dash opening the lede is where the story was filed, as the page shows.

    ``ISLAMABAD:``, not a label (``NASA:``): with a country or day after it (``FRANKFORT,
    Kentucky``), a big city's name, or one the page names again (``REGINA -`` over a story about
    Regina); with a hyphen (``VELM - ``), one the page names as a place. Never a transcript's
    speaker, who speaks again (``SMITH: I think ...``, ``Sofia: I'm not sure ...``). Other
    datelines need nothing of the page.
    """
    if match.re is g.DATELINE_CITY_MARK_RE:
        return not _speaks_again(match["place"], state)
    if match.re is g.DATELINE_PLACE_HYPHEN_RE:
        return _names_the_place(match["place"], state)
    if match.re is g.DATELINE_PLACE_STOP_RE:
        return _names_the_place(match["place"], state, g.STOP_DATELINE_PREPOSITIONS)
    if match.re is g.DATELINE_OUTLET_RE:
        return _is_outlet_dateline(match)
    if match.re is not g.DATELINE_CAPS_MARK_RE:
        return True
    place = match["place"]
    if "," in match["text"] or place in g.MAJOR_PLACES:
        return True
    named = place.title()
    return (
        state.page is not None
        and any(named in text for text in state.page.texts)
        and not _speaks_again(place, state)
    )


def _is_outlet_dateline(match: re.Match) -> bool:
    """An outlet's address opening the lede is where the story comes from, not what it is about.

    Never before an aside a second dash closes (``VELMSHOP.COM – Velm's biggest grocer – said
    ...``: the site the story is about). In capitals (``GELORA.CO -``) or with the place filed
    from in capitals (``Meridian.co.id, VELM –``); else over copy in a language whose portals open
    their stories so (``OUTLET_DATELINE_LANGUAGES``: ``Merdeka.com - Ratusan rumah ...``).
    """
    rest = first_sentence(match.string[match.end() :])
    if g.SPACED_DASH_RE.search(rest):
        return False
    if match["place"]:
        return match["place"].isupper()
    return match["wire"].isupper() or language.text_language(rest) in g.OUTLET_DATELINE_LANGUAGES


def _speaks_again(name: str, state: _State) -> bool:
    """Another line of the page opens with ``name`` and a colon: a transcript's speaker (``SMITH:``)."""
    texts = state.page.texts if state.page is not None else ()
    return sum(1 for text in texts if text.startswith(name + ":")) >= g.TRANSCRIPT_MIN_TURNS


def _date_from_second_paragraph(lede: str, blocks: list[Block], state: _State) -> None:
    """Date an undated story by the wire's dated dateline opening the paragraph under a standfirst.

    (``Officials suspended the search.`` over ``Aug. 17, 2007 — Federal officials ...``: the
    standfirst opens the story, the wire's lede comes next.) The paragraph keeps its words. A
    timeline's entries (``12 May 2021 – The ferry sinks``, then the next date) are no dateline.
    """
    if state.date is not None or state.dateline is not None or not blocks or blocks[0].kind != "paragraph":
        return
    if not linemodel.is_sentence(blocks[0].text) or any(
        _is_dated_dateline(block.text) for block in blocks[1:]
    ):
        return
    match = _dateline_at(blocks[0].text)
    date = _dateline_date(match, state) if match else None
    # A story that names a later year tells of that date as its past (``By 2018 it ran ...``).
    years = (int(y) for block in blocks for y in g.YEAR_RE.findall(block.text))
    if date and max((*years, *map(int, g.YEAR_RE.findall(lede))), default=0) <= date.year:
        state.date, state.date_origin = date, "dateline"


def _date_told_in_the_opening(lede: str, blocks: list[Block], state: _State) -> None:
    """Date an undated story by the day its opening says it was written on, its weekday agreeing.

    Indonesian copy names the day and the date in brackets (``..., kata Ada Berg, Minggu
    (18/1/2026).``): of those in the lede and the next paragraphs, the latest (the event told may
    come first, the day it was told after). A lede may say "today" and the full date (``Vediamo
    anche oggi, venerdì 24 febbraio 2023, ...``). Never a date whose weekday is another day's.
    """
    if state.date is not None:
        return
    texts = [lede, *(b.text for b in blocks[: g.OPENING_DATE_PARAGRAPHS] if b.kind == "paragraph")]
    days = []
    for text in texts:
        if "(" in text:
            for match in g.INDONESIAN_DAY_DATE_RE.finditer(text):
                before = text[max(0, match.start() - g.FUTURE_LOOKBEHIND_CHARS) : match.start()]
                if g.INDONESIAN_FUTURE_RE.search(before):
                    continue  # (``akan digelar pada Sabtu (24/1/2026)``: an event to come)
                day = _day_if_weekday(
                    match["year"], match["month"], match["day"], match["weekday"], g.INDONESIAN_WEEKDAYS
                )
                days += [day] if day else []
    if not days and (match := g.TODAY_DATE_RE.search(lede)):
        day = _day_if_weekday(
            match["year"],
            _month_named(match),
            match["day"] or match["day_first"],
            match["weekday"],
            g.WEEKDAY_NUMBERS,
        )
        days += [day] if day else []
    if days:
        state.date, state.date_origin = max(days), "opening"


def _month_named(match: re.Match) -> int | None:
    """The number of the month a date pattern's match names (``MONTH_NUMBERS``: ``avril``, ``Apr.``)."""
    return g.MONTH_NUMBERS.get((match["month"] or match["month_after"]).lower().rstrip("."))


def _day_if_weekday(year, month, day, weekday: str | None, names: Mapping[str, int]) -> datetime | None:
    """The date of ``year``, ``month`` and ``day``, if it is one and ``weekday`` (when given) is its day."""
    try:
        when = datetime(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return when if weekday is None or names.get(weekday.lower()) == when.weekday() else None


def _date_from_crawl_month(lines: list[str], blocks: list[Block], state: _State) -> list[Block]:
    """Date an undated story by its day and month above the lede, in the month the crawler gives.

    (`` date 2022-04 `` on the first line, ``Published Sunday, April 24`` as the date line under the
    headline or ``PARIS, April 24 (AFP) -`` as the dateline: 2022-04-24.) The year is the
    crawler's, never today's clock's: only a day of the crawler's month, one day named (by the
    dateline or a labelled date line), and its weekday, when named, that day's. A date line left
    among the blocks goes.
    """
    if state.date is not None or state.crawl_month is None or state.lede_number is None:
        return blocks
    days, numbers = set(), set()
    if state.dateline and (match := g.DAY_MONTH_RE.search(state.dateline.text)):
        days.add(_day_of_crawl_month(match, state.crawl_month))
    # (Under the headline, a date line labelled as the story's: ``Published Sunday, April 24``. A
    # day alone there may be a diary's first entry or an event's date, ``Saturday, April 30,
    # 7.30pm`` over a festival's preview; above it, a kicker names a feast, ``14 juillet``.)
    start = state.title_number + 1 if state.title_number is not None else state.lede_number
    for n in range(start, state.lede_number):
        text = lines[n - 1]
        if (
            text
            and len(text.split()) <= g.DAY_MONTH_LINE_MAX_WORDS
            and (match := g.DAY_MONTH_LINE_RE.match(text))
        ):
            days.add(_day_of_crawl_month(match, state.crawl_month))
            numbers.add(n)
    if len(days) != 1 or (day := days.pop()) is None:
        return blocks
    state.date, state.date_origin = day, "crawl-month"
    kept = []
    for block in blocks:
        if block.line in numbers and block.kind in TEXT_KINDS:
            state.drop(Line(block.line, block.text), "date line")
        else:
            kept.append(block)
    return kept


def _day_of_crawl_month(match: re.Match, crawl_month: tuple[int, int]) -> datetime | None:
    """The date a day-and-month match names in the crawler's year, if its month (and weekday) agree."""
    year, month = crawl_month
    if _month_named(match) != month:
        return None
    return _day_if_weekday(
        year, month, match["day"] or match["day_first"], match["weekday"], g.WEEKDAY_NUMBERS
    )


def parse_date(value: str, warnings: list[str] | None = None) -> datetime | None:
    """Parse a header or date-line date; None when it is not one.

    A time-zone offset of 24 hours or more (``+25:00``, ``+2400``) is a typo no clock
    shows: the date and time are kept, read as UTC, and a warning goes to ``warnings``
    (losing the whole date to a bad offset would date the story by guesswork instead).
    """
    value = value.strip()
    value = g.DATE_LABEL_RE.sub("", value)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    if (plain := g.PLAIN_ENGLISH_DATE_RE.match(value)) and (
        month := g.ENGLISH_MONTHS.get((plain["month"] or plain["month_after"]).lower())
    ):
        try:
            return datetime(int(plain["year"]), month, int(plain["day"] or plain["day_first"]))
        except ValueError:
            pass  # (no such day: dateutil says so too)
    # ``20 Jul, 2021 @ 11:18``, ``24-04-2019 | 12:37 PM``
    value = g.TZ_NAME_RE.sub("", value.replace(" @ ", " ").replace(" | ", " "))
    dayfirst = bool(g.DAY_FIRST_RE.match(value))
    try:
        when = dateparser.parse(value, dayfirst=dayfirst, tzinfos=_zone)
    except (ValueError, OverflowError):
        # ``16:03 PM``: a 24-hour time with a needless PM, which dateutil refuses.
        if not (twenty_four := g.TWENTY_FOUR_HOUR_MERIDIEM_RE.search(value)):
            return None
        return parse_date(value[: twenty_four.start()] + twenty_four["time"], warnings)
    if _weekday_disagrees(value, when):  # (``Monday, January 01, 2045``: a broken clock's date)
        if warnings is not None:
            warnings.append(f"date {value!r} names a weekday its day is not; not used")
        return None
    try:
        when.utcoffset()
    except ValueError:  # dateutil builds the offset, but Python refuses to use it
        if warnings is not None:
            warnings.append(f"date {value!r} has a time-zone offset of 24 hours or more; read as UTC")
        return when.replace(tzinfo=UTC)
    return when


def _weekday_disagrees(value: str, when: datetime) -> bool:
    """``value`` names a weekday (its first word that is one) and ``when`` falls on another."""
    for word in g.WORD_RE.findall(value.lower()):
        if (number := g.WEEKDAY_NUMBERS.get(word)) is not None:
            return number != when.weekday()
    return False


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone dateutil found in a date: UTC by name, an offset as given, any other name none.

    ``EST`` and the like name several zones: the time is kept as written, with no zone (dateutil's
    own choice, which it warns will become an error; it also reads ``UTC`` as this machine's zone).
    """
    if name in g.UTC_NAMES and not offset:
        return dateutil_tz.UTC
    return dateutil_tz.tzoffset(name, offset) if offset is not None else None
