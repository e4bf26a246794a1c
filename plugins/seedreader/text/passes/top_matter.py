"""The top matter: what stands above the lede.

Section labels, breadcrumbs, date and meta lines, bylines, credits and captions, READ MORE
lists and other stories' headlines above the headline, slogans, video titles, standfirsts and
summaries printed above the headline, a photo's alt text as keywords under it (the title
line's own tests are in ``headlines``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import agencies, linemodel
from .. import grammar as g
from .bylines import (
    _is_writer_name,
    _take_bar_byline,
    _take_byline,
    _take_meta_line,
    _take_sign_off,
    _title_glued_to_outlet,
    _writers_line,
)
from .common import (
    Line,
    _content_words,
    _fold_quotes,
    _is_emoji,
    _is_list_headline,
    _is_name_like,
    _is_portrait_name,
    _is_title_repeat,
    _last_card,
    _read_more,
    _repeats_title,
    _section_card,
    _starts_like_heading,
    _State,
    _stems,
    split_sources,
)
from .credits import (
    _agency_line,
    _agency_outlet_line,
    _captioned_above_headline,
    _closes_on_place_and_date,
    _copyright_credit,
    _credit_beside,
    _credit_line,
    _credited_twice,
    _dash_credited,
    _drop_initials,
    _has_standfirst_verb,
    _is_agency_caption,
    _is_caption_over_lede,
    _is_caption_sentence,
    _is_caption_text,
    _is_dated_caption,
    _is_dated_scene,
    _is_dated_wire_caption,
    _is_photo_printed_twice,
    _is_printed_caption,
    _is_scene_caption,
    _is_top_matter,
    _is_undated_scene_caption,
    _match_caption,
    _names_photo_library,
    _reports_words,
    _take_source_line,
    _take_sources,
    _take_top_caption,
    _tells_in_the_past,
    _top_caption,
)
from .dates import _date_line, _dateline_at, _take_date_line, _top_date_line
from .headlines import (
    _is_credited_caption,
    _is_label_like_top,
    _is_page_line,
    _is_title_line,
    _is_title_shaped,
    _paragraph_past_page_lines,
    _story_under,
    _take_page_line,
    _take_title_line,
)
from .leftovers import _is_emptied_list_label, _is_model_furniture
from .titles import _is_headline_shaped, first_sentence


def _without_keyword_alt_text(body: list[Line], state: _State) -> list[Line]:
    """The top lines without a photo's alt text as keywords under the headline (``_is_keyword_alt_text``)."""
    for i in range(1, min(len(body) - 1, g.ALT_TEXT_TOP_LINES)):
        above = body[i - 1].text
        if (
            above[:1].isupper()
            and linemodel.word_count(above) >= g.TITLE_MIN_WORDS
            and not linemodel.ends_sentence(above)
            and not linemodel.is_running_text(above)  # (no paragraph's line the copy wrapped)
            and _is_keyword_alt_text(body[i].text, above, body[i + 1].text)
        ):
            state.drop(body[i], "photo's alt text")  # (``velm harbour quay storm`` under the headline)
            return body[:i] + body[i + 1 :]
    return body


def _is_keyword_alt_text(text: str, headline: str | None, below: str) -> bool:
    """Under the headline, a photo's alt text as keywords: lower case only, no mark, the story's words.

    (``velm harbour quay storm repairs``: a few words, each of them, but one, in the headline or
    the line under it, two of them the headline's own; a line of the story starts with a capital,
    and no lower-case line runs on under it, as a poem's do.)
    """
    words = text.split()
    if not (
        g.KEYWORD_ALT_TEXT_MIN_WORDS <= len(words) <= g.KEYWORD_ALT_TEXT_MAX_WORDS
        and text.islower()
        and all(word.isalpha() for word in words)
        # (Not a headline's second half broken onto the next line: ``to end their strike``.)
        and words[0] not in g.SUBHEAD_TAIL_STOPWORDS
    ):
        return False
    above = _stems(headline or "")
    told = above | _stems(below)
    return (
        sum(1 for word in words if not _stems(word) <= told) <= 1
        # (The headline's own words: a headline's second half shares the lede's only.)
        and len(_stems(text) & above) >= g.ALT_TEXT_SHARED_WITH_HEADLINE
        and not below[:1].islower()  # (a poem's lines in lower case)
    )


def _read_top_matter(body: list[Line], state: _State) -> list[Line]:
    """Take section labels, date and meta lines, bylines, lone credits and a title line off the top."""
    body = _without_keyword_alt_text(body, state)
    title_seen = state.title is not None
    story: int | None = None  # (lines above it, under the headline, are the page's)
    at = 0
    while at < len(body):
        line = body[at]
        # The rules look a few lines ahead; slicing all the rest each time is quadratic on a page
        # that opens with thousands of menu lines.
        rest = body[at + 1 : at + 1 + g.TOP_MATTER_LOOKAHEAD]
        if rest and state.figure is None and line.text in state.captioned:
            _take_top_caption(line, *state.captioned[line.text], state)
            at += 1
            continue
        if rest and state.figure is not None and line.text == state.figure.caption:
            state.drop(line, "repeated caption")  # (a gallery's slide, then its caption box)
            at += 1
            continue
        # Under the headline (or with none, a caption's short sentence: not the lede), a photo above
        # the story with its credit on the next line.
        if (
            (
                title_seen
                or _may_caption_untitled(line.text)
                # (Its first sentence a dated scene, the rest an agency's background, if any; the
                # credit below is asked for next.)
                or ", " in line.text  # (a dated caption's mark, asked cheaply first)
                and _is_dated_caption(first_sentence(line.text), state, g.CREDITED_SCENE_CAPTION_RE)
            )
            and rest
            and state.figure is None
            and (credit := _credit_beside(rest[0].text, line.text))
            and not g.CREDIT_ABOVE_RE.match(rest[0].text)  # (the caption under it is its own)
            # (Over a photo library's name alone, a caption's short sentence, telling nothing in the
            # past tense: ``The harbour reopened on Monday ...`` is a lede whose photo was lost.)
            and (
                not _agency_line(rest[0].text)
                or _names_photo_library(credit)
                and _may_caption_untitled(line.text, g.CAPTION_UNDER_CREDIT_MAX_WORDS)
            )
            and (
                _is_caption_sentence(line.text)
                and not _is_headline_shaped_standfirst(line.text)
                or _is_agency_caption(line.text, credit, state)
                # (Printed again under its credit, with its credit again, as a gallery's slide and its
                # caption box print it: a standfirst printed twice has no credit under the copy.)
                or len(rest) > 2
                and rest[1].text == line.text
                and _credit_line(rest[2].text) is not None
            )
        ):
            _take_top_caption(line, line.text, credit, state)
            state.drop(rest[0], "photo credit")
            at += 2
            continue
        # Above the headline, a photo's caption printed twice, the copy credited, a viewer's button
        # between maybe (``Name and Name`` / ``Full screen`` / ``Name and Name © MW``).
        if not title_seen and state.figure is None and (above := _captioned_above_headline(line, rest)):
            caption, credit, taken = above
            _take_top_caption(line, caption, credit, state)
            for extra, reason in taken:
                state.drop(extra, reason)
            at += 1 + len(taken)
            continue
        # Under the headline, a caption printed twice, one copy credited: the photo's alt text, then
        # its caption (``... mardi. - [KEYSTONE - Name]`` under the line, or a credit line under both).
        if title_seen and state.figure is None and (twice := _credited_twice(line.text, rest, state)):
            caption, credit, taken = twice
            _take_top_caption(line, caption, credit, state)
            for extra, reason in zip(rest, taken, strict=False):
                state.drop(extra, reason)
            at += 1 + len(taken)
            continue
        # A slideshow's captions, bulleted, one under another under the photo's, dated as it is.
        if state.figure is not None and _is_slide_caption(line, body[at - 1] if at else None, state):
            state.drop(line, g.OTHER_CAPTION_REASON)
            at += 1
            continue
        # Under the headline, a wire photo's caption closing on the place and the day (background after
        # it maybe, too long for a caption's shape), its credit under it or not.
        if title_seen and rest and state.figure is None and _closes_on_place_and_date(line.text, state):
            below = _credit_beside(rest[0].text, line.text)
            # (With none under it, its own credit closing it comes off.)
            caption, credit = (line.text, below) if below else _own_credit_split(line.text)
            _take_top_caption(line, caption, credit, state)
            if below:
                state.drop(rest[0], "photo credit")
            at += 2 if below else 1
            continue
        # Under the headline, a caption printed as alt text, or one over the lede by its shape.
        if (
            title_seen
            and rest
            and state.figure is None
            and (
                _is_printed_caption(line.text, state)
                or _is_photo_printed_twice(line.text, rest, state)
                or not _is_title_repeat(line.text, state)
                and not _credit_line(line.text)  # (a credit alone, its photo's caption lost)
                and not g.PHOTOGRAPHER_LINE_RE.match(line.text)
                and (
                    _is_caption_over_lede(line.text, rest[0].text, state.title)
                    or _is_scene_caption(line.text, rest[0].text)
                    or _is_undated_scene_caption(line.text, rest[0].text)
                    or _credit_shaped_caption(line.text, rest[0].text) is not None
                )
            )
        ):
            found = _top_caption(line.text) or _credit_shaped_caption(line.text, rest[0].text)
            _take_top_caption(line, *(found or _dash_credited(line.text)), state)
            at += 1
            continue
        taken = _take_top_line(line, rest, state)
        at += 1 + state.skip  # the line, and lines taken with it
        if state.skip:
            rest, state.skip = body[at : at + g.TOP_MATTER_LOOKAHEAD], 0
        if taken:
            continue
        # (A person's name alone that the headline names, above any byline: their portrait's caption, no
        # writer's byline; under a byline, a name is its desk's or team's.)
        if (
            title_seen
            and rest
            and state.byline is None
            and _names_a_subject_of(line.text, state.title, rest[0].text)
        ):
            state.drop(line, "portrait's caption")
            continue
        if title_seen and rest and _is_video_title(line.text, rest):
            state.drop(line, "video's title under the headline")
            continue
        if title_seen and (_is_title_repeat(line.text, state) or _title_glued_to_outlet(line.text, state)):
            state.drop(line, "repeated title")
            continue
        if rest and _may_be_model_furniture(line, rest, state) and _is_model_furniture(line.number, state):
            state.drop(line, "furniture (line model)")
            continue
        if title_seen:
            if story is not None and at - 1 < story:
                at = _take_page_line(body, at - 1, story, state)
                continue
            if story is None and not linemodel.is_running_text(line.text) and _is_page_line(line.text):
                # The page's lines under the headline, then the story (``Tallahassee Democrat``).
                story = _paragraph_past_page_lines(body, at - 1)
                if story is not None:
                    at = _take_page_line(body, at - 1, story, state)
                    continue
            return body[at - 1 :]
        if rest and _is_trail_to(line.text, rest):
            state.drop(line, "breadcrumb trail")
            continue
        if _is_summary_above_headline(line.text, rest):
            state.drop(line, "summary above the headline")
            continue
        if _is_label_printed_twice(line.text, rest, state):
            state.drop(line, "label above the story")
            continue
        if _is_title_line(line.text, rest, line.text in state.repeated, state.above_photo_label):
            # Stacked headline-like lines: the headline is the one above the story, unless the
            # page printed this one twice (as pages print their headline).
            repeated = line.text in state.repeated
            below = None if repeated else _title_below(line.text, rest, state.above_photo_label)
            # (The line below printed twice, a label between, is the headline as pages print it,
            # when this one is about something else: a standfirst printed twice shares its words.)
            twice = (
                below is not None
                and sum(other.text == below for other in rest) > 1
                and not _stems(line.text) & _stems(below)
            )
            if below and (
                twice
                or _is_off_the_story(body, at - 1, below)
                or not _is_standfirst_below(line.text, below)
                and not _is_short_headline_over_standfirst(body, at - 1, below)
            ):
                state.drop(line, "line above the headline")
            elif not below and (headline := _headline_further_down(body, at - 1)) is not None:
                # (With its standfirst under it, a line is a headline whatever words it uses.)
                at = _take_above_headline(body, at - 1, headline, state)
            else:
                _take_title_line(line, state)
                title_seen = True
        elif rest and g.NOT_TITLE_RE.match(line.text):
            state.drop(line, "page furniture")
        elif rest and _is_label_like_top(line.text, rest[0].text):
            state.drop(line, "label above the story")
        elif rest and _is_slogan(line.text, rest) and _title_below(line.text, rest, state.above_photo_label):
            state.drop(line, "slogan above the headline")
        elif (headline := _headline_further_down(body, at - 1)) is not None:
            at = _take_above_headline(body, at - 1, headline, state)
        elif (story := _story_under(line.text, body, at)) is not None:
            # The headline over the page's lines and the story.
            _take_title_line(line, state)
            title_seen = True
        else:
            return body[at - 1 :]
    return []


def _names_a_subject_of(text: str, title: str | None, below: str) -> bool:
    """A person's name alone under the headline that names them: the caption of their portrait.

    (``Ada Berg`` under ``Harbour vote a relief, says Berg``, over a line of its own: no writer's
    byline, which names no one the headline does; a lede wrapped after the name goes on with a comma.)
    """
    return (
        title is not None
        and _is_portrait_name(text, below)
        and text.split()[-1].casefold() in {word.casefold() for word in g.WORD_RE.findall(title)}
    )


def _own_credit_split(text: str) -> tuple[str, str | None]:
    """(caption, credit) of a line taken whole as a photo's caption: a credit closing it comes off.

    (``... Monday, May 4, 2026. (AP Photo/Ada Berg, File)``; with none, the line is the caption.)
    """
    return _top_caption(text) or (text, None)


def _is_slide_caption(line: Line, above: Line | None, state: _State) -> bool:
    """A bulleted caption under another dropped as such (``OTHER_CAPTION_REASON``): a slideshow's.

    Dated as the figure is (``• Ada Berg, left, hugs her son on the quay in Velm on Sunday, May 3,
    2026.`` under a photo's caption of May 3, 2026); a point of the story's summary tells in the past
    what happened that day: ``• The tide peaked at six metres on May 3, 2026.``
    """
    if above is None or state.figure is None or not line.text.startswith(g.BULLETS):
        return False
    last = state.dropped[-1] if state.dropped else None
    day = g.PHOTO_DAY_RE.search(state.figure.caption)
    return (
        (last is not None and last.line == above.number and last.reason == g.OTHER_CAPTION_REASON)
        and day is not None
        and day[0] in line.text
        and _is_caption_text(text := linemodel.unbulleted(line.text), most=g.WIRE_CAPTION_MAX_WORDS)
        and not _tells_in_the_past(first_sentence(text))
    )


def _is_label_printed_twice(text: str, rest: list[Line], state: _State) -> bool:
    """A word printed twice over a headline-shaped line heading a story that names it: a label.

    (``Velm`` / ``Velm`` / ``Ferry strike ends after nine days`` / a lede naming Velm: a place
    above the headline. Alone over the story, such a line printed twice is its headline.)
    """
    if text not in state.repeated or " " in text or not text[:1].isupper():
        return False
    below = [line for line in rest if line.text != text]
    return (
        len(below) > 1
        and text in below[1].text.split()  # (a place the story names, not a feature's one-word headline)
        and len(below[0].text.split()) >= g.TITLE_MIN_WORDS_BELOW
        and not _is_top_matter(below[0].text)
        and not g.PAGE_LINE_DATE_RE.search(below[0].text)  # (``Monday 30 Jun, 2008 By Ada Berg``)
        and _is_title_line(below[0].text, below[1:])
    )


def _headline_further_down(body: list[Line], at: int) -> int | None:
    """The index of the story's headline below a title-like line at ``at`` that is not about the story.

    Interface and promo lines (``Oops``, ``Get all your news in one place``, a radio's menu) can
    look like a headline. A headline shares a word with the paragraphs under it (all but 5 of our
    385 labelled real headlines, within 6 paragraphs); when the line at ``at`` shares none, the
    headline is the first title-like line further down that shares a few, with nothing between
    that could be a paragraph of the story or shares a word with it.
    """
    if linemodel.is_running_text(body[at].text) or _meets_opening(body, at):
        return None  # it may be a paragraph of the story; or it is about the story
    window = body[at : at + 2 * g.HEADLINE_SEARCH_LINES]
    running = [linemodel.is_running_text(line.text) for line in window]
    stems = [_stems(line.text) if run else None for line, run in zip(window, running, strict=True)]

    def opening(i: int) -> set[str] | None:
        """The stems of the first few paragraphs below window line ``i`` (None: none in the window)."""
        found = [words for words in stems[i + 1 :] if words is not None][: g.OPENING_PARAGRAPHS]
        return set().union(*found) if found else None

    between = _stems(window[0].text)
    for j in range(1, min(len(window), g.HEADLINE_SEARCH_LINES)):
        text = window[j].text
        if running[j]:
            return None
        if _is_title_line(text, window[j + 1 : j + 1 + g.TOP_MATTER_LOOKAHEAD]):
            below = opening(j)
            if below and len(_stems(text) & below) >= g.HEADLINE_SHARED_WORDS:
                return None if between & below else at + j
        if not _is_label_like_top(text):  # a section's name (``International``) may be a story's word
            between |= _stems(text)
    return None


def _meets_opening(body: list[Line], at: int) -> bool:
    """Whether line ``at`` shares a word with the story's first paragraphs below it, or none follows.

    The quick answer for nearly every headline: it shares one with the first paragraph.
    """
    words, found = _stems(body[at].text), False
    for line in _opening_paragraphs(body, at):
        if words & _stems(line.text):
            return True
        found = True
    return not found


def _opening_paragraphs(body: list[Line], at: int, skip: str | None = None) -> Iterator[Line]:
    """The story's first few paragraphs of running text below ``body[at]`` (``skip``'s line left out)."""
    found = 0
    for line in body[at + 1 : at + 2 * g.HEADLINE_SEARCH_LINES]:
        if line.text != skip and linemodel.is_running_text(line.text):
            yield line
            found += 1
            if found == g.OPENING_PARAGRAPHS:
                return


def _take_above_headline(body: list[Line], start: int, headline: int, state: _State) -> int:
    """Take the top matter among ``body[start:headline]`` and drop the rest; returns where to go on."""
    at = start
    while at < headline:
        line = body[at]
        if _take_top_line(line, body[at + 1 : at + 1 + g.TOP_MATTER_LOOKAHEAD], state):
            at += 1 + state.skip
            state.skip = 0
        else:
            state.drop(line, "above the headline, not about the story")
            at += 1
    return at


def _is_video_title(text: str, rest: list[Line]) -> bool:
    """``VIDEO: Council members clash ...`` under the headline, over the story: the video's title.

    A headline's few words (``VIDÉO : les pompiers ont lutté toute la nuit ..., ...`` tells the
    story, a standfirst).
    """
    return (
        g.VIDEO_TITLE_RE.match(text) is not None
        and linemodel.word_count(text) <= g.VIDEO_TITLE_MAX_WORDS
        and "," not in text
        and linemodel.is_running_text(rest[0].text)
    )


def _is_trail_to(text: str, rest: list[Line]) -> bool:
    """``text`` is a breadcrumb trail ending in (the start of) the headline on the next line.

    ``Home Health Outbreak of ...`` above ``Outbreak of ...``; ``HomeTrendingPolice and protesters
    clash...`` above ``Police and protesters clash again ...``: a few section words, then the headline
    (which the next line must be: no script code glued to it, no paragraph).
    """
    following = rest[0].text
    words = following.split()
    if len(words) < g.TITLE_MIN_WORDS or words[0] not in text:
        return False
    core = text.rstrip(" .…")
    # The headline's start ends ``core``: it has no more words than ``core`` has.
    for n in range(min(len(words), len(core.split())), g.TITLE_MIN_WORDS - 1, -1):
        start = " ".join(words[:n])
        if core.endswith(start) and len(core) > len(start):
            trail = core[: -len(start)]
            # Section names; not ``Time to reform the <the lede's first words>``, a headline, nor
            # ``Korrin: <headline>``, the headline with its kicker (the title takes it off).
            return (
                len(trail.split()) <= g.TRAIL_MAX_WORDS
                and _is_name_like(trail)
                and not trail.rstrip().endswith(":")
                and len(words) <= g.TITLE_LINE_MAX_WORDS
                and not g.NOT_TITLE_RE.match(following)
            )
    return False


def _is_slogan(text: str, rest: list[Line]) -> bool:
    """A sentence of a few words (``The news is by your side.``): above a headline, the site's motto.

    A short lede shares a word with the lines below it (the story goes on about the same thing).
    """
    if linemodel.word_count(text) > g.SLOGAN_MAX_WORDS or linemodel.last_mark(text) not in ".!":
        return False
    below = [_content_words(line.text) for line in rest[: g.SLOGAN_CONTEXT_LINES]]
    return not _content_words(text) & set().union(*below)


def _is_summary_above_headline(text: str, rest: list[Line]) -> bool:
    """The lede printed above the headline, then again under it (a page's summary): the first copy goes.

    (A headline printed above and below the lede is a question or a title, and no sentence.)
    """
    return (
        len(rest) > 1
        and rest[1].text == text
        and linemodel.last_mark(text) == "."
        and linemodel.is_running_text(text)
        and _is_title_line(rest[0].text, rest[1:])
    )


def _may_be_model_furniture(line: Line, rest: list[Line], state: _State) -> bool:
    """Whether the line model may judge a line above the story.

    Never a line the page prints twice (as pages print their headline), nor the line that heads
    the story (the next line is its first sentence): that is the headline, a byline or a date.
    """
    return line.text not in state.repeated and not linemodel.is_sentence(rest[0].text)


def _title_below(text: str, rest: list[Line], captions: set[str]) -> str | None:
    """The next line that is not top matter, when it is another title line (not ``text`` printed again)."""
    folded = _fold_quotes(text)
    for i, line in enumerate(rest[: g.TITLE_WINDOW]):
        if i + 1 < len(rest) and _is_caption_over_lede(line.text, rest[i + 1].text, text):
            continue
        if not _is_top_matter(line.text) and line.text not in captions:
            below = rest[i + 1 :]
            is_title = (
                _is_title_line(line.text, below, captions=captions)
                and not _is_label_like(line.text)
                and not _is_credited_below(line.text)
            )
            return line.text if is_title and _fold_quotes(line.text) != folded else None
    return None


def _credit_shaped_caption(text: str, below: str) -> tuple[str, str] | None:
    """(caption, credit) of a line under the headline ending in a credit's shape, over the lede.

    (``CREDIT_SHAPED_TAIL_RE``: a sentence, then a few capitalised words with no stop.) The lede
    under it is running text and tells of what the caption shows (two of its words), and names no
    one the credit names (a deck's tail names the story's people and places).
    """
    match = _credit_shaped_tail(text)
    if not match or not linemodel.is_running_text(below) or _reports_words(text):
        return None
    caption = text[: match.start("credit")].strip()
    shared = _stems(caption) & _stems(below)
    # (A photo's credit names who took it, never the story's people or places: a deck's tail does.)
    if set(_credit_who(match["credit"])) & set(g.WORD_RE.findall(below)):
        return None
    return (caption, match["credit"]) if len(shared) >= g.CREDIT_SHAPED_SHARED_STEMS else None


def _credit_shaped_tail(text: str) -> re.Match | None:
    """``CREDIT_SHAPED_TAIL_RE``'s match when its credit reads as one (``CREDIT_SHAPED_OUTLET_WORDS``)."""
    match = g.CREDIT_SHAPED_TAIL_RE.match(text)
    if not match:
        return None
    credit = match["credit"]
    words = credit.casefold().replace(",", " ").replace("/", " ").split()
    if g.CREDIT_SHAPED_NOT_WORDS.intersection(words):
        return None
    if "/" in credit:  # (``MW/ Ada Berg``, ``Velm Fire Service/Handout``; not ``Ada Berg/Tomas Reil``)
        shaped = any(
            agencies.is_agency(part.strip())
            or part.split()[-1:] == ["Handout"]
            or part.strip().casefold() in g.CAPTION_LABEL_WORDS  # (``Photo/Tomas Reil``)
            for part in credit.split("/")
        )
    elif " via " in credit:  # (``Tomas Reil via Korrin Post``; not ``Korrin via Dunmar``)
        shaped = len(credit.split(" via ")[0].split()) >= 2
    elif ", " in credit:  # (``Tomas Reil, Meridian Images``; not ``Lina Osk, Food Critic``)
        person, _, outlet = credit.partition(", ")
        shaped = (
            2 <= len(person.split()) <= 3
            and "," not in outlet
            and (agencies.is_agency(outlet) or outlet.split()[-1].casefold() in g.CREDIT_OUTLET_WORDS)
        )
    else:
        shaped = words[-1] in g.CREDIT_SHAPED_OUTLET_WORDS
    return match if shaped else None


def _credit_who(credit: str) -> list[str]:
    """The capitalised words of who took the photo in a credit.

    The name before ``via`` or a comma, the longer side of a slash, all but an agency's word last
    (an outlet may bear its town's name).
    """
    if " via " in credit:
        who = credit.split(" via ")[0]
    elif ", " in credit:
        who = credit.partition(", ")[0]
    elif "/" in credit:
        who = max(credit.split("/"), key=len)
    else:
        who = credit.rsplit(None, 1)[0]
    return [word for word in g.WORD_RE.findall(who) if word[:1].isupper() and len(word) > 2]


def _is_credited_below(text: str) -> bool:
    """A line under a headline-like one that ends in a photo's credit: a caption, not the headline.

    Its credit in a known form (``_top_caption``), or a sentence with a few capitalised words
    after it (``CREDIT_SHAPED_TAIL_RE``).
    """
    found = _top_caption(text)
    return bool(found and found[1]) or _credit_shaped_tail(text) is not None


def _is_headline_shaped_standfirst(text: str) -> bool:
    """Over a photo's credit, a standfirst, no caption: a headline's shape, or two clauses, and no scene.

    Written as a headline (longer than a subhead, a finite verb, no sentence end: ``Ferry office shut
    for a week while the mayor of Velm promises guards``), or telling a second fact after a semicolon
    (``SEMICOLON_CLAUSE_RE``: ``The harbour chief hid for twelve years; police found him on a farm.``),
    the line is the story's summary and the photo has no caption. A caption without its stop, or with
    a second fact, still shows a scene: people seen doing something now (``CREDITED_SCENE_CAPTION_RE``:
    ``Ada Berg waves to supporters ...``) or on the day the photo was taken (``SCENE_DAY_RE``:
    ``Workers repair a line near Korrin on Tuesday; ...``).
    """
    if g.CREDITED_SCENE_CAPTION_RE.match(text) or g.SCENE_DAY_RE.search(text):
        return False
    return bool(g.SEMICOLON_CLAUSE_RE.search(text)) or (
        not linemodel.ends_sentence(text)
        and len(text.split()) > g.SUBHEAD_MAX_WORDS
        and _has_standfirst_verb(text)
    )


def _is_standfirst_below(headline: str, below: str) -> bool:
    """``below`` is the standfirst of ``headline``: a headline of some length, and a longer line under it.

    A promo or a label above a headline is short or a name (``Take the pledge to vote``, ``The
    Asian Age``); a standfirst says more than its headline, so it is the longer of the two.
    """
    words = linemodel.word_count(headline)
    return (
        words >= g.HEADLINE_ABOVE_STANDFIRST_MIN_WORDS
        and not (_is_name_like(headline) and words < g.TITLE_CASE_HEADLINE_MIN_WORDS)
        and linemodel.word_count(below) > words
    )


def _is_off_the_story(body: list[Line], at: int, below: str) -> bool:
    """``body[at]``, marked as no headline, shares no word with the story's opening; ``below`` shares a few.

    (A promo or a site's sections above the headline, ``Copy the pros' picks FREE TRIAL``. Unmarked,
    the line is a feature's headline, wordplay, over its standfirst; so is it with a byline between.)
    """
    text = body[at].text
    if not _is_marked_no_headline(text) or at + 1 >= len(body) or body[at + 1].text != below:
        return False
    opening = [_stems(line.text) for line in _opening_paragraphs(body, at, below)]
    if not opening:
        return False
    told = set().union(*opening)
    return not _stems(text) & told and len(_stems(below) & told) >= g.HEADLINE_SHARED_WORDS


def _is_marked_no_headline(text: str) -> bool:
    """A promo opening on an emoji or closing on its button, or a list of a site's sections."""
    return _is_emoji(text[0]) or bool(g.OFF_STORY_BUTTON_RE.search(text) or g.OFF_STORY_LIST_RE.match(text))


def _is_short_headline_over_standfirst(body: list[Line], at: int, below: str) -> bool:
    """A short headline at ``body[at]`` over its longer standfirst ``below``: about the story under them.

    (A promo or a label above a headline is as short, ``Take the pledge to vote``, but shares no
    words with the story's first paragraphs; a headline shares a few. A topic's tags share them
    too, but run shorter: ``Harbour strike Velm``.)
    """
    text = body[at].text
    words = linemodel.word_count(text)
    if not g.SHORT_HEADLINE_MIN_WORDS <= words < g.HEADLINE_ABOVE_STANDFIRST_MIN_WORDS or _is_name_like(text):
        return False
    if (
        ":" in text
        or text[:1].islower()
        or text.split()[0] in g.PROMO_OPENERS
        or g.PROMO_TAIL_RE.search(text)
    ):
        return False  # (``Watch: ...``, ``Get Velm news by email``, ``More on the harbour strike``)
    if linemodel.word_count(below) <= words:
        return False
    stems = _stems(text)
    shared = set().union(*(stems & _stems(line.text) for line in _opening_paragraphs(body, at, below)))
    return len(shared) >= g.HEADLINE_SHARED_WORDS


def _is_label_like(text: str) -> bool:
    """A line too short to be the headline below another (``Peskov``, ``Listen Live``)."""
    return len(text.split()) < g.TITLE_MIN_WORDS_BELOW


def _may_caption_untitled(text: str, max_words: int = g.UNTITLED_CAPTION_MAX_WORDS) -> bool:
    """With no headline above, a line over a credit that may be the photo's caption, not the lede.

    A short sentence telling nothing in the past tense (``Storm over the harbour at Lisk.``); ``The
    bank raised its rate on Thursday.`` is a lede, its credit for a photo the copy lost.
    """
    words = text.split()
    return (
        text.endswith(".")
        and len(words) <= max_words
        and not any(word.rstrip(".,").endswith("ed") or word in g.STANDFIRST_VERBS for word in words[1:])
    )


def _caption_under_credit(rest: list[Line], state: _State) -> bool:
    """Under a credit above the story, a caption's one short sentence, then the headline.

    (Under the headline, the story's first paragraph follows the caption instead.)
    """
    if len(rest) < 2 or state.figure is not None:
        return False
    caption, below = rest[0].text, rest[1].text
    return _is_credited_caption(caption) and (
        # (Under the headline, never a sentence telling in the past what happened, ``Ada Berg, 90,
        # died on Sunday.``: the lede, under a credit whose caption the copy lost.)
        linemodel.is_running_text(below) and not _tells_in_the_past(caption)
        if state.title is not None
        else _is_headline_shaped(below) and _is_title_shaped(below)
    )


def _marked_read_more(text: str) -> str | None:
    """The headline of a READ MORE line whose label ends in a mark (``Read more:``, ``>>``), else None.

    (Above the story, ``Read`` and a capital with no mark may open the story's own headline.)
    """
    match = g.READ_MORE_RE.match(text)
    if not match or len(match["headline"].split()) < g.READ_MORE_MIN_WORDS:
        return None
    label = text[: match.start("headline")].rstrip()
    return match["headline"] if label and not label[-1].isalnum() else None


def _is_headline_with_its_day(text: str, rest: list[Line], state: _State) -> bool:
    """A name, a dash and a day in figures, no headline above, over the story's first sentence: the headline.

    (``Velm Harbour Day - 04/05/2026``, an event's; ``OUTLET_DASH_DATE_RE``.)
    """
    return (
        state.title is None
        and bool(rest)
        and linemodel.is_running_text(rest[0].text)
        and g.OUTLET_DASH_DATE_RE.match(text) is not None
    )


def _take_top_line(line: Line, rest: list[Line], state: _State) -> bool:
    """Take one line of top matter other than the title; False when ``line`` is not one."""
    text = line.text
    if rest and (items := _other_stories_at_top(line, rest, state)):
        # Other stories listed above the headline: bulleted headlines, or headlines with their dates.
        for item in (line, *rest[: items - 1]):
            state.drop(item, "list of other stories")
        state.skip += items - 1
    elif g.READ_MORE_LABEL_RE.match(text) and rest:
        # ``ALSO READ`` above the headline: the headlines under it are READ MORE references.
        state.drop(line, "read-more label")
        while len(rest) > 1 and _is_list_headline(rest[0].text) and not _heads_the_story(rest, state):
            state.top_read_more.append(_read_more(rest[0], rest[0].text, state))
            state.skip += 1
            rest = rest[1:]
    elif "|" in text and (card := _section_card(text, _last_card(state.top_read_more))):
        # A related box flattened above the story (``Related Articles Ferry News | <headline>``).
        state.drop(line, "related card's section", card[0])
        state.top_read_more.append(_read_more(line, card[1], state))
    elif rest and (headline := _marked_read_more(text)) and not _repeats_title(text, state):
        # ``>>Another story's headline`` above the story: a READ MORE reference, never the lede.
        state.top_read_more.append(_read_more(line, headline, state))
    elif (
        rest
        and (match := g.PHOTOGRAPHER_LINE_RE.match(text))
        and _caption_under_credit(rest, state)
        and (
            g.CAPTION_DATE_RE.search(rest[0].text)
            or _is_dated_scene(rest[0].text)
            and bool(g.POSING_VERB_RE.search(rest[0].text))
        )
    ):
        # ``Ada Berg/Velm Voice`` over the photo's caption: a credit only there.
        _take_top_caption(rest[0], rest[0].text, match["credit"], state)
        state.drop(line, "photo credit")
        state.skip += 1
    elif rest and _is_section_label(text):
        state.drop(line, "section label")
    elif rest and _is_emptied_list_label(text):
        state.drop(line, "related-links label")
    elif (match := _top_date_line(text)) and not _is_headline_with_its_day(text, rest, state):
        _take_date_line(line, state, match)
    elif match := g.META_LINE_RE.match(text):
        _take_meta_line(line, match, state)
    elif match := (
        g.BYLINE_RE.match(text)
        or g.ROLE_BYLINE_RE.match(text)
        or ((state.title is not None or text[:1].islower()) and g.TOP_BYLINE_RE.match(text))
    ):
        _take_byline(line, match["name"], state)
    elif (
        state.byline is None and (match := g.PRODUCER_BYLINE_RE.match(text)) and _is_name_like(match["name"])
    ):
        _take_byline(line, match["name"], state)
    elif state.title is not None and (match := g.BAR_BYLINE_RE.match(text)):
        _take_bar_byline(line, match, state)
    elif rest and (match := g.SIGNOFF_RE.match(text)) and not any(mark in text for mark in ",;("):
        # ``Written by Ada Berg.`` above the story: its writer, as a sign-off names them below it
        # (``Written by Ada Berg, the play opens ...`` is the lede).
        _take_sign_off(line, match, state)
    elif match := g.WRITER_PLACE_RE.match(text) or g.PLACE_WRITER_RE.match(text):
        _take_byline(line, match["name"], state)
        # (``PARIS, par``: the place, and the word before the writer.)
        place = text[: match.start("name")].strip() if match.re is g.PLACE_WRITER_RE else match["place"]
        state.drop(line, "place filed from", place)
    elif g.WRITER_ROLE_RE.match(text):
        state.drop(line, "writer's role")
    elif state.title is not None and rest and _is_writer_name(text, rest[0].text):
        _take_byline(line, text, state)  # (above the headline, a Title Case line is the headline)
    elif (
        state.title is not None
        and rest
        and (match := _writers_line(text, state))
        # (``A And B`` over the page's lines; the outlet's name after the names says a byline.)
        and (match["names"] or _is_top_matter(rest[0].text))
    ):
        _take_byline(line, match["name"] or match["names"], state)
    elif agency := _agency_outlet_line(text):
        _take_sources(line, agency, state)
        state.drop(line, "agency and outlet line")
    elif (
        g.DESK_LINE_RE.match(text)
        or g.PLACE_LINE_RE.match(text)
        or rest
        and g.DATELINE_ALONE_RE.match(text)
        and linemodel.is_running_text(rest[0].text)
    ):
        state.drop(line, "desk or place line")
    elif (
        rest
        and (
            g.LONE_CREDIT_RE.match(text)
            or g.CREDIT_ABOVE_RE.match(text)
            or g.COPYRIGHT_CREDIT_RE.match(text)
            or g.PHOTO_BY_LINE_RE.match(text)
            and _match_caption(text) is None  # (``© Name/TASSThe harbour ...``: a caption glued on)
        )
        # (``PHOTOS: Storm batters the coast``: a headline; ``- Copyright Org Name`` is a photo's
        # above the story only: under it, the site's copyright line.)
        and (credit := _credit_line(text) or _copyright_credit(text)) is not None
    ):
        if _caption_under_credit(rest, state):
            # ``Photo : Name / Outlet`` over the photo's caption, over the headline.
            _take_top_caption(rest[0], rest[0].text, credit, state)
            state.drop(line, "photo credit")
            state.skip += 1
        else:
            state.drop(line, "photo credit without caption")
    elif g.IMAGE_LABEL_RE.match(text) and rest:  # ``File photo``: a photo's label, never a headline
        state.drop(line, g.OTHER_CAPTION_REASON)
        if state.figure is None and _captions_over_dateline(rest):
            # ``Cape Hatteras photo``, its caption's sentence, then the lede opening on its dateline.
            _take_top_caption(rest[0], rest[0].text, None, state)
            state.skip += 1
    elif rest and _is_dated_wire_caption(text, rest[0].text):
        _take_top_caption(line, *_own_credit_split(text), state)
    elif rest and (found := _top_caption(text)):
        caption, credit = found
        if credit is None and (credit := _credit_line(rest[0].text)) is not None:
            state.drop(rest[0], "photo credit")  # (the caption's credit on the line under it)
            state.skip += 1
        _take_top_caption(line, caption, credit, state)
    elif (match := g.SOURCE_FROM_RE.match(text)) and rest:
        state.sources.extend(split_sources(match["value"]))
    elif (match := g.SOURCE_LINE_RE.match(text)) and rest and len(text.split()) <= g.SOURCE_MAX_WORDS:
        _take_source_line(line, match, state)
    elif state.title is not None and rest and (agency := _agency_line(text)):
        _drop_initials(line, state)  # (``zd, ats``: the writer's, then the agency)
        _take_sources(line, agency, state)  # ``Associated Press`` under the headline: who wrote it
    else:
        return False
    return True


def _captions_over_dateline(rest: list[Line]) -> bool:
    """Under a photo's label, one caption-long sentence over a lede that opens on a wire's dateline."""
    return (
        len(rest) > 1
        and _is_caption_sentence(rest[0].text)
        and _dateline_at(rest[1].text) is not None
        and linemodel.is_running_text(rest[1].text)
    )


def _other_stories_at_top(line: Line, rest: list[Line], state: _State) -> int:
    """How many lines from ``line`` on list other stories above the headline (0 when it is none).

    A headline with a date after it (``Storm closes the port - May 4, 2025``) is another story's
    listing; bulleted headlines count only as a run of them, before the title is known.
    """
    if g.DATED_HEADLINE_RE.match(line.text) and not _date_line(line.text):
        # Straight above the first paragraph, with no headline yet, it is the story's own.
        heads = state.title is None and rest and linemodel.is_running_text(rest[0].text)
        return 0 if heads else 1
    if state.title is not None:
        return 0
    # Under a label of the site's lists (``Latest News``) an item may be a sentence (a teaser).
    labelled = bool(state.dropped) and bool(g.RELATED_LIST_LABEL_RE.match(state.dropped[-1].text))
    is_item = _is_bulleted_teaser if labelled else _is_bulleted_headline
    if not is_item(line.text):
        return 0
    items = 1
    while items <= len(rest) and is_item(rest[items - 1].text):
        items += 1
    # The story's own key points come before its lede; a list of other stories, before a headline
    # or under the label.
    after = rest[items - 1 :]
    heads = len(after) > 1 and _is_title_line(after[0].text, after[1:])
    return items if items >= g.CLOSING_LIST_MIN_ITEMS and (heads or labelled) else 0


def _is_bulleted_teaser(text: str) -> bool:
    """A bulleted headline, or a bulleted sentence no longer than a list's headline may be."""
    return _is_bulleted_headline(text) or (
        text.startswith(g.BULLETS) and len(text.split()) <= g.LIST_HEADLINE_MAX_WORDS + 1
    )


def _heads_the_story(rest: list[Line], state: _State) -> bool:
    """The first of ``rest`` is the story's headline, not one more item of the list above it.

    So it is when no title is known yet and the story's first paragraph follows it directly
    (not past a separator such as ``-`` that closes the list).
    """
    first, after = rest[0], rest[1]
    closed = any(d.reason == "stray fragment" and first.number < d.line < after.number for d in state.dropped)
    return state.title is None and not closed and linemodel.is_running_text(after.text)


def _is_section_label(text: str) -> bool:
    """``WORLD``, ``TÜRKİYE`` (capitals of any script), ``World News``, ``Home>News>China``.

    (After a pin too: ``📍 VELM CITY``, a place so marked.)
    """
    text = g.LEADING_PIN_RE.sub("", text)
    words = text.split()
    if (
        len(words) <= g.SECTION_LABEL_MAX_WORDS
        and text.isupper()
        and sum(c.isalpha() for c in text) >= g.SECTION_LABEL_MIN_LETTERS
        and all(w.isalpha() for w in words)
    ):
        return True
    if all(part.casefold() in g.SECTION_NAMES for part in g.SECTION_LIST_SPLIT_RE.split(text)):
        return True
    return bool(g.BREADCRUMB_RE.match(text))


def _is_bulleted_headline(text: str) -> bool:
    """``- Heavy rain leaves three dead in the hills``: a bullet, then a headline (no sentence end).

    Not a label with its figures (``- Howrah: 033 2638 2217``) nor a person with an age (``- Ada
    Berg, 19 años``): an item of the story's own list.
    """
    if not text.startswith(g.BULLETS) or g.DATA_ITEM_RE.match(text) or g.PERSON_AGE_ITEM_RE.match(text):
        return False
    rest = text[2:].strip()
    words = len(rest.split())
    return (
        g.LIST_HEADLINE_MIN_WORDS - 1 <= words <= g.LIST_HEADLINE_MAX_WORDS
        and _starts_like_heading(rest)
        and not rest.rstrip(g.CLOSING_QUOTES).endswith((".", ";", ":", ","))
    )


def _read_agency_under_lede(body: list[Line], state: _State) -> list[Line]:
    """The body without an agency and outlet line right under the lede (``EFE / Velm Post``).

    Above the lede the top matter takes it; under a standfirst taken as the lede, it stands with the
    photo's credit (``_read_caption`` takes that) between the standfirst and the story's first paragraph.
    """
    if body and (agency := _agency_outlet_line(body[0].text)):
        _take_sources(body[0], agency, state)
        state.drop(body[0], "agency and outlet line")
        return body[1:]
    return body
