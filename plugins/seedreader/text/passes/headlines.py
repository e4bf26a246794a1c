"""Title lines: the headline, the page's lines under it, the story's key points.

A short line with no sentence end over a longer one (``_is_title_line``), taken as the title
without an outlet's suffix; the page's lines between a headline and its story (dates, bylines,
captions: ``_story_under``); and the bulleted key points under it (``_without_key_points``).
"""

from __future__ import annotations

import re

from .. import agencies, linemodel
from .. import grammar as g
from .bylines import _is_writer_name, _take_bar_byline
from .common import Line, _fold_quotes, _glued_twice, _is_name_like, _State, _stems
from .credits import (
    _agency_line,
    _credit_line,
    _drop_initials,
    _is_caption_over_lede,
    _is_caption_text,
    _is_dated_scene,
    _is_one_sentence,
    _is_posed_caption,
    _is_top_matter,
    _match_caption,
    _prefixed_caption,
    _take_sources,
    _take_top_caption,
)
from .dates import _date_line, _dateline_at, _LooseDate, _take_date_from, _take_date_line, _top_date_line
from .titles import _is_headline_shaped


def _is_label_like_top(text: str, below: str = "") -> bool:
    """A line of a word or two, no sentence: above a headline, a place, a section, a menu word.

    A headline so short heads the story directly (``_is_title_line``); 1 of our 211 labelled
    real headlines has two words. A few words ending in a colon (``Tuesday 9 p.m. Update:``, ``Next
    Up:``) introduce what follows, or in a comma (``Harbour strikes ,``) list a page's tags: no
    headline ends so, unless it wraps there, the line ``below`` going on in lower case (``Velm mayor
    quits,`` over ``says she was pushed out``). Such a line printed twice on one line (``Korrin,
    Velmland Korrin, Velmland``) is one too.
    """
    text = _glued_twice(text, least=0, sep=" ") or text
    words = linemodel.word_count(text)
    return (
        words < g.TITLE_MIN_WORDS
        and not linemodel.ends_sentence(text)
        or words <= g.TOP_LABEL_MAX_WORDS
        and (text.endswith(":") or text.endswith(",") and not _wraps_after_comma(text, below))
    )


def _wraps_after_comma(text: str, below: str) -> bool:
    """Headline ``text``, ending in a comma, goes on in ``below``: a word in lower case, one headline.

    (Not a name's particle, ``van Roon``.)
    """
    first = below.split(" ", 1)[0]
    return first.islower() and first not in g.NAME_PARTICLES and _is_headline_shaped(f"{text} {below}")


def _take_title_line(line: Line, state: _State) -> None:
    """Use ``line`` as the title, without an outlet suffix (which is reported)."""
    text = line.text
    if prefix := g.TITLE_PREFIX_RE.match(text):
        state.drop(line, "label before the title", prefix.group(0).strip())
        text = text[prefix.end() :]
    if (mark := g.TITLE_MEDIA_MARK_RE.search(text)) and _is_markable(text[: mark.start()]):
        state.drop(line, "media mark after the title", mark.group(0).strip())
        text = text[: mark.start()]
    suffix = g.TITLE_SUFFIX_RE.search(text)
    outlet = suffix["outlet"] if suffix else None
    # (After a headline in Title Case, only a name starting ``The`` or a known agency's is an outlet.)
    named = outlet and (outlet.startswith("The ") or agencies.is_agency(outlet))
    headline = text[: suffix.start()] if suffix else text
    cut = suffix is not None and not (
        outlet and not named and linemodel.is_title_case(headline, g.TITLE_CASE_MIN_WORDS)
    )
    state.title = headline if cut else text
    state.title_from_text = True
    state.title_lines = (line.text,)
    state.title_number = line.number
    if state.title != text:
        state.drop(line, "outlet suffix on title", text[len(state.title) :].strip())
    elif (dated := g.DATED_HEADLINE_RE.match(text)) and (found := _date_line(dated["date"])):
        # ``Storm closes the port - May 4, 2025``: the headline with its date after it.
        state.title = text[: dated.start("date")].rstrip(" -–—|")
        state.drop(line, "date after the title", dated["date"])
        if state.date is None:
            _take_date_from(found, state)


def _is_markable(headline: str) -> bool:
    """A headline a media mark may follow: not in capitals, nor ending on a figure, small word or capitals."""
    last = headline.rsplit(" ", 1)[-1]
    return (
        any(c.islower() for c in headline)
        and any(c.islower() for c in last)
        and last.casefold() not in g.RUN_ON_WORDS
    )


def _is_title_line(
    text: str, rest: list[Line], repeated: bool = False, captions: set[str] | frozenset[str] = frozenset()
) -> bool:
    """A short line with no sentence end, followed (past any date, byline or repeat) by a longer one.

    A line the page prints twice is a headline even with a full stop at its end. Lines known to be
    captions (``captions``) are looked past.
    """
    # (A headline in Title Case cut short with an ellipsis, as lists print one: ``Velm Harbour
    # Strike…``; in sentence case, ``A further four will follow…``, it is a teaser's sentence.)
    head = text.rstrip("…")
    cut = head != text and len(text.split()) <= g.CUT_HEADLINE_MAX_WORDS and _is_name_like(head)
    if not rest or not _is_title_shaped(head if cut else text, repeated):
        return False
    if _printed_again_above_story(text, rest):
        return True
    folded = _fold_quotes(text)
    following = ""
    for i, line in enumerate(rest):  # read only as far as the first line that is not top matter
        below = line.text
        if below in captions or _fold_quotes(below) == folded or _is_top_matter(below):
            continue
        if i + 1 < len(rest) and _is_caption_over_lede(below, rest[i + 1].text, text):
            continue
        if i + 1 < len(rest) and _is_writer_name(below, rest[i + 1].text):
            continue
        if i + 1 < len(rest) and _is_label_like_top(below) and _is_top_matter(rest[i + 1].text):
            continue  # (a kicker between byline bars: ``Korrin Kings`` over ``By Ada Berg``)
        following = below
        break
    if (
        _is_label_like_top(text, rest[0].text)
        and not repeated
        and (_is_name_like(text) or not linemodel.is_running_text(following))
    ):
        # ``Nigeria`` above a headline, ``Manila`` or ``Samson Folarin`` above the story: a label,
        # a dateline, a byline. ``Bahnstreik beendet`` above the story heads it.
        return False
    if cut and following.casefold().startswith(text.rstrip("… ").casefold()):
        return False  # (the lede's first words, cut short over it: a teaser)
    # A longer line, or the bullets of a standfirst (``- Energy deals will grow, he says``).
    return linemodel.word_count(following) > linemodel.word_count(text) or following.startswith(g.BULLETS)


def _take_page_line(body: list[Line], at: int, story: int, state: _State) -> int:
    """Take ``body[at]``, a line of the page's above the story (``body[story]``); return the next index.

    ``Image caption,`` over the photo's caption is the BBC's (its credit, ``Image source, Reuters``,
    above the label); an agency alone is the source; the rest is dropped.
    """
    line = body[at]
    if g.CAPTION_LABEL_LINE_RE.match(line.text) and at + 1 < story:
        state.drop(line, "caption label")
        caption = body[at + 1]
        credit = _credit_line(body[at - 1].text) if at else None
        if state.figure is None:
            _take_top_caption(caption, caption.text, credit, state)
        else:
            state.drop(caption, g.OTHER_CAPTION_REASON)
        return at + 2
    if agency := _agency_line(line.text):
        _drop_initials(line, state)
        _take_sources(line, agency, state)
    elif state.figure is None and (found := _match_caption(line.text)):
        _take_top_caption(line, *found, state)  # (a photo over the story, its caption with its credit)
    elif state.date is None and (found := _date_in_page_line(line.text)):
        # (The words before it may be a writer, a place or a section: ``New York 05 Aug 2022``.)
        _take_date_line(line, state, found)
    elif state.byline is None and (match := g.BAR_BYLINE_RE.match(line.text)):
        _take_bar_byline(line, match, state)  # (``By Ada Berg 3 Min Read``, ``| By Ada Berg``)
    elif state.figure is None and _is_posed_caption(line.text, body[at + 1].text):
        _take_top_caption(line, line.text, None, state)  # (``_paragraph_past_page_lines`` went past it)
    else:
        state.drop(line, "page furniture above the story")
    return at + 1


def _date_in_page_line(text: str) -> re.Match | _LooseDate | None:
    """The date in a page's line over the story.

    After a name or a place (``Velm 20-Nov-2016``, ``Ada Merrow 05 Aug 2022``), or with its clock's
    AM or PM cut to a letter (``6:23:02 P``); never after a figure or a number's label (``Vol. 3
    No. 12 May 2023``, ``Issue 5 May 2022``: the 12 and the 5 are no days). Also a meta strip's
    date with labels glued after it (``GLUED_META_DATE_RE``).
    """
    text = g.CUT_MERIDIEM_RE.sub(r" \1M", text)
    if found := _top_date_line(text):
        return found
    if glued := g.GLUED_META_DATE_RE.match(text):
        return _date_line(glued["date"])
    if (match := g.PAGE_LINE_DATE_RE.search(text)) is None:
        return None
    start = text.rfind(" ", 0, match.start()) + 1  # (the date's first word, whole)
    if not start or not text[start : match.start()].isdigit() and start != match.start():
        return None  # (``Last Updated10 July``: a label glued to the date, no name or place)
    before = text[:start].split()
    if g.DIGIT_RE.search(text[:start]) or before[-1].rstrip(".:").casefold() in g.NUMBER_LABELS:
        return None
    return _date_line(text[start:])


def _is_title_shaped(text: str, repeated: bool = False) -> bool:
    """A short line with no sentence end, no bullet, caption, READ MORE, menu or handle.

    A line the page prints twice (``repeated``) may end with a full stop. A word or two in lower case
    (``timehop``, an image's alt text; ``the Context``, a site's label) heads nothing; a brand with a
    capital inside its first word (``eBay fined``) does (a word of letters only: ``by-Ada Berg`` is a
    byline's).
    """
    words = text.split()
    if (
        len(words) > g.TITLE_LINE_MAX_WORDS
        or len(words) < g.TITLE_MIN_WORDS
        and text[:1].islower()
        and not (words[0].isalpha() and not words[0].islower())
    ):
        return False
    final = linemodel.last_mark(text)
    if final in g.TITLE_FINAL_BAN and not (repeated and final == "."):
        return False
    if (
        text.startswith(g.BULLETS)
        or g.READ_MORE_RE.match(text)
        or _match_caption(text)
        or _prefixed_caption(text)
    ):
        return False
    return not (
        g.NOT_TITLE_RE.match(text)
        or g.BREADCRUMB_RE.match(text)
        or "(@" in text
        and g.WRITER_HANDLE_RE.search(text)
    )


def _story_under(text: str, body: list[Line], at: int) -> int | None:
    """Where the story starts under the headline-shaped line ``text`` (``body[at]`` is the next line).

    The story's first paragraph is a wire's lede (``NAIROBI, Kenya (AP) — ...``) or a line longer
    than ``text``, a few lines down; what stands between is the page's (``_is_page_line``: ``Local
    News``, ``Columbia Daily Tribune``, a date, a byline, a photo's caption under its label). None
    when another line stands between (a standfirst, a caption, the headline's own continuation).
    """
    header = g.HEADER_LINE_RE.match(text)  # (``Title: ...`` of a header read as text: kept as written)
    if (
        len(text.split()) < g.TITLE_MIN_WORDS
        or not _is_headline_shaped(text.removesuffix("?"))  # (a headline may ask)
        or not _is_title_shaped(text)
        or _is_label_like_top(text)
        or header
        and header["key"].lower() in g.HEADER_KEYS
    ):
        return None
    found = _paragraph_past_page_lines(body, at)
    if found is None:
        return None
    longer = linemodel.word_count(body[found].text) > linemodel.word_count(text)
    return found if longer or _dateline_at(body[found].text) else None


def _key_points_at(body: list[Line], at: int) -> range | None:
    """Where the bulleted key points starting at ``body[at]`` are (past a label such as ``Key points``).

    ``KEY_POINTS`` bullets in a row, each a point of ``KEY_POINT_WORDS`` words, over the story's
    running text, most of them telling of what its first paragraphs tell; None when there are none.
    Not the story's own list: under a line that introduces it (``The union's demands:``, ``... three
    things.``) or a sentence, nor one of questions (a Q&A), bylines or dates.
    """
    start = at + 1 if g.KEY_POINTS_LABEL_RE.match(body[at].text) else at
    if start == at and at and body[at - 1].text.startswith(g.BULLETS):
        return None  # (within a run: the run is weighed whole, from its first bullet)
    end = start
    while end < len(body) and body[end].text.startswith(g.BULLETS):
        end += 1
    points = [linemodel.unbulleted(line.text) for line in body[start:end]]
    below = [line.text for line in body[end : end + g.KEY_POINTS_STORY_LINES]]
    above = body[at - 1].text if at else ""
    if (
        len(points) not in g.KEY_POINTS
        or not below
        or not linemodel.is_running_text(below[0])
        or any(len(point.split()) not in g.KEY_POINT_WORDS for point in points)
        or above.endswith(":")
        or g.LIST_INTRO_RE.search(above)
        # (A short line above is one of the page's, a byline, never a list's title: ``Farmers' demands``.)
        or 0 < len(above.split()) < g.KEY_POINTS_TITLE_MIN_WORDS
        and not _is_page_line(above)
        # (A photo's caption may stand above them, known by its credit or as a scene: not ``Here is what
        # changes from Monday.``, which announces a list.)
        or linemodel.ends_sentence(above)
        and not (_match_caption(above) or _is_dated_scene(above))
        or any(point.endswith("?") or _is_top_matter(point) or _date_line(point) for point in points)
    ):
        return None
    story = _stems(" ".join(below))
    told = sum(1 for point in points if _tells_of(point, story))
    return range(start, end) if told >= g.KEY_POINTS_TOLD_SHARE * len(points) else None


def _tells_of(point: str, story: set[str]) -> bool:
    """A key point tells of what the story's paragraphs (their ``story`` stems) tell.

    A word in common other than a name, or two words: other stories of the same town share its name.
    """
    shared = _stems(point) & story
    return len(shared) >= 2 or bool(
        shared & _stems(" ".join(w for w in point.split() if not w[:1].isupper()))
    )


def _without_key_points(body: list[Line], state: _State) -> list[Line]:
    """The lines without the story's key points (``_key_points_at``), kept in ``state.key_points``.

    Looked for above the story's first running text, among its first ``KEY_POINTS_SEARCH_LINES``
    lines (a label glued to the first point split off first); taken out first, the headline over
    them is read as the headline and the lede under them as the lede.
    """
    for at, line in enumerate(body[: g.KEY_POINTS_SEARCH_LINES]):
        if glued := g.KEY_POINTS_GLUED_LABEL_RE.match(line.text):
            body = [
                *body[:at],
                Line(line.number, glued["label"]),
                Line(line.number, glued["point"]),
                *body[at + 1 :],
            ]
            break
    for at, line in enumerate(body[: g.KEY_POINTS_SEARCH_LINES]):
        if span := _key_points_at(body, at):
            if span.start > at:
                state.drop(line, "key points label")
            points = body[span.start : span.stop]
            state.key_points.extend(linemodel.unbulleted(point.text) for point in points)
            printed = {point.text for point in points}
            rest = []
            for later in body[span.stop :]:
                if later.text in printed:  # (the page printing its key points again lower down)
                    state.drop(later, "key point printed again")
                else:
                    rest.append(later)
            return body[:at] + rest
        # (A photo's caption may stand above them: ``Workers walk toward the mine on Friday.``)
        if linemodel.is_running_text(line.text) and not _is_dated_scene(line.text):
            break
    return body


def _paragraph_past_page_lines(body: list[Line], at: int) -> int | None:
    """The first paragraph of running text from ``body[at]`` on, with only the page's lines before it."""
    for i in range(at, min(len(body), at + g.TITLE_WINDOW)):
        below = body[i].text
        if i + 1 < len(body) and _is_posed_caption(below, body[i + 1].text):
            continue  # the photo's caption over the lede (``Kishida speaks ... on Wednesday.``)
        if linemodel.is_running_text(below):
            return i
        if i > at and _captioned_by(body[i - 1].text, below):
            continue  # a photo's caption under its label or its credit
        if below.startswith(("…", "...")) or not _is_page_line(below):
            return None
    return None


def _captioned_by(above: str, text: str) -> bool:
    """``text`` is a photo's caption under ``above``.

    Under the BBC's ``Image caption,`` label, or a caption's one short sentence under a credit line.
    """
    if g.CAPTION_LABEL_LINE_RE.match(above):
        return True
    return _credit_line(above) is not None and _credit_line(text) is None and _is_credited_caption(text)


def _is_credited_caption(text: str) -> bool:
    """A caption's one short sentence, as under its credit (``Regenmassen überfluten Deutschland.``)."""
    return (
        len(text.split()) <= g.CAPTION_UNDER_CREDIT_MAX_WORDS
        and _is_caption_text(text, marked=True, least=g.CREDITED_CAPTION_MIN_WORDS)
        and linemodel.ends_sentence(text)
        and _is_one_sentence(text)
    )


def _is_page_line(text: str) -> bool:
    """A line of the page's between a headline and its story (see ``_story_under``).

    Top matter, a photo's label or credit, a source, a byline or an address wherever it stands; a short
    line's date or time, name, label (``In this article:``) or lone word. Never a sentence
    (``Nobody was hurt.``), a quote, a wire's dateline or a line that goes on from the one above
    (``every few``).
    """
    if text.endswith(("–", "—", "-")) and _dateline_at(text + " A"):
        return False  # (``TOKYO, Oct 25 (News On Japan) –``: the lede's dateline, on a line of its own)
    if (
        _is_top_matter(text)
        or _credit_line(text) is not None
        or _match_caption(text) is not None
        or g.CAPTION_LABEL_LINE_RE.match(text)
        or g.IMAGE_LABEL_RE.match(text)
        or g.SOURCE_LINE_RE.match(text)
        or "@" in text
        or "[email" in text
    ):
        return True
    words = len(text.split())
    if words <= g.PAGE_LINE_LONGEST_WORDS and text.casefold().startswith(("by ", "written by ")):
        return True
    if (
        words > g.PAGE_LINE_LONGEST_WORDS
        or linemodel.is_sentence(text)
        or text[:1] in g.OPENING_QUOTES
        or text[:1].islower()
        and not g.DIGIT_RE.search(text)
    ):
        return False
    return (
        words == 1
        or bool(g.PAGE_LINE_DATE_RE.search(text))
        or _is_name_like(text)
        and words <= g.BYLINE_NAME_MAX_WORDS
        or words <= g.PAGE_LINE_LABEL_WORDS
        and text.endswith(":")
    )


def _printed_again_above_story(text: str, rest: list[Line]) -> bool:
    """The line is printed again a few lines down, above the story's first sentence (a label between).

    Pages print their headline twice (the page's title, then the article's); a menu's word is too
    short to count, and a line printed again among the paragraphs is not above the story.
    """
    if len(text.split()) < g.TITLE_MIN_WORDS:
        return False
    for line in rest[: g.TITLE_WINDOW]:
        if line.text == text:
            return True
        if linemodel.is_sentence(line.text):
            return False
    return False
