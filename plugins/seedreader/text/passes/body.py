"""The body: paragraphs, subheads, READ MORE lines, and the closing source, byline and sign-off.

Classifies the lines under the lede and caption (``_read_body``): subheads in the story's
voice, READ MORE references, bylines and date lines, captions, the outlet's voice; the source
line or agency sign-off that ends the story (``_read_source_line``); heading anchors.
"""

from __future__ import annotations

import re
import unicodedata

from .. import grammar as g
from .. import linemodel
from ..model import Block, Dropped
from .bylines import (
    _after_a_writer_name,
    _is_button,
    _is_byline_name,
    _lower_elsewhere,
    _named_elsewhere,
    _take_bar_byline,
    _take_byline,
    _take_meta_line,
    _take_sign_off,
    _under_the_opening,
    _writer_bio_name,
    _writer_under_the_opening,
    _writers_line,
)
from .captions import (
    _credits_the_line_above,
    _drop_caption_above,
    _follows_a_paragraph,
    _in_a_list,
    _is_caption_in_story,
    _is_caption_printed_twice,
    _is_kicker_caption,
    _is_photo_labelled_caption,
    _paragraph_right_above,
    _signs_off_last_paragraph,
)
from .common import (
    Line,
    _agency_names,
    _fold_quotes,
    _is_question_subhead,
    _is_subhead,
    _last_card,
    _read_more,
    _section_card,
    _shares_half_of,
    _State,
    _stems,
)
from .credits import (
    _agency_line,
    _closes_a_quote,
    _closes_a_sentence,
    _contributing_agencies,
    _credit_line,
    _drop_initials,
    _is_alt_text_of,
    _is_dash_credited_caption,
    _is_dated_caption,
    _is_other_caption,
    _is_photo_alt_text,
    _is_printed_caption,
    _prefixed_caption,
    _take_source_line,
    _take_sources,
)
from .dates import (
    _closes_with_source,
    _date_line,
    _dateline_at,
    _dates_the_story,
    _introduces_what_follows,
    _take_date_line,
    _top_date_line,
    parse_date,
)
from .leftovers import _in_story_list
from .page_end import (
    _READ_MORE_LISTS,
    _bulleted_headline_run,
    _heads_in_capitals,
    _is_card_kicker,
    _is_card_teaser,
    _is_cut_teaser,
    _is_list_item,
    _is_lone_bulleted_headline,
    _live_link,
    _read_more_list_mode,
    _title_case_headline_run,
    _told_above,
    _under_a_whole_headline,
    _with_closing_cut_cards,
    _with_related_cards,
    _without_appeal_heads,
    _without_closing_list,
    _without_galleries,
    _without_model_furniture,
    _without_page_end,
    _without_site_cards,
)
from .titles import _ends_on_its_stopword
from .top_matter import _is_section_label


def _read_source_line(body: list[Line], state: _State) -> list[Line]:
    """Read the ``Source: ...`` line (or an agency sign-off) at the end, or above a desk's sign-off.

    Above them, the writer may sign the story (``CLOSING_BYLINE_RE``).
    """
    read = _read_closing_source(body, state)
    if (
        read is body
        and len(body) > 1
        and _is_desk_signoff(body[-1].text)
        and _closes_a_sentence(body[-2].text)
    ):
        state.drop(body[-1], "desk's sign-off")
        read = _read_closing_source(body[:-1], state)
    return _read_closing_byline(read, state)


def _teased(line: Line, state: _State) -> bool:
    """A card's teaser was dropped under the list label above ``line``."""
    label = max((n for n in state.list_labels if n < line.number), default=0)
    return any(d.reason == "related story's summary" and d.line > label for d in state.dropped)


def _read_closing_byline(body: list[Line], state: _State) -> list[Line]:
    """The body without its last line when the writer signs the story there under its last sentence."""
    if len(body) < 2 or not _closes_a_sentence(body[-2].text):
        return body
    last = body[-1]
    match = g.CLOSING_BYLINE_RE.match(last.text)
    if not match:
        return body
    if agency := match["agency"] or match["wire"]:
        if not (names := _agency_names(agency, generic=False)):
            return body  # (``Ada Berg, Velm`` names a place; ``Tor Lund with Ada Berg`` a pair)
        _take_sources(last, names, state)
    name = match["name"] or match["writer"] or match["signed"]
    if name and state.byline is None:
        if match["name"]:  # (its label: ``De notre envoyée spéciale à Velm``, ``Collaboration``)
            state.drop(last, "writer's sign-off label", last.text[: match.start("name")].strip(" ,"))
        _take_byline(last, name, state)
    else:
        state.drop(last, "writer's sign-off")
    return body[:-1]


def _read_closing_source(body: list[Line], state: _State) -> list[Line]:
    """The body without its last line when that line names the story's source (which is taken)."""
    if not body:
        return body
    last = body[-1]
    if g.DESK_INITIALS_LINE_RE.match(last.text) and not any(
        _agency_names(part, generic=False) for part in last.text.split("/")
    ):
        state.drop(last, "desk's initials")
        return _read_closing_source(body[:-1], state)
    for pattern in g.CLOSING_SOURCE_RES:
        match = pattern.match(last.text)
        if not match:
            continue
        if (
            pattern is g.SOURCE_NUMBERED_RE or pattern is g.SOURCE_PAREN_RE and last.text.startswith("[")
        ) and not _agency_names(match["value"], generic=False):
            continue  # (``1. Fares`` closes the story's own list; ``[Photo]``, ``[Update]`` name none)
        if pattern in (g.SOURCE_DOMAIN_RE, g.SOURCE_URL_RE) and not _closes_a_sentence(
            body[-2].text if len(body) > 1 else ""
        ):
            continue  # ``Tickets are sold at`` / ``velmfestival.org``: the story names a website
        if (
            pattern is g.SOURCE_SIGNOFF_RE
            and (match["hyphens"] or _closes_a_quote(body[-2:-1]))
            and not _agency_names(match["value"])
        ):
            continue  # (``-- Ada Berg``, or ``— Ada Berg`` under a quote: who said it)
        if pattern is g.SOURCE_LINE_RE and g.SOURCE_LINK_VALUE_RE.match(match["value"]):
            # (``Source: Read Full Article``: the link's words name no source; the line above may.)
            state.drop(last, "link to the source")
            return _read_closing_source(body[:-1], state)
        if pattern is g.SOURCE_LINE_RE:
            _take_source_line(last, match, state)
        elif pattern is g.SOURCE_WITH_RE:
            names = _agency_names(match["value"])
            if not names and match["informed"] and g.OUTLET_NAME_RE.match(match["value"]):
                names = g.AND_ABROAD_RE.sub(", ", match["value"])
            if not names:
                break  # ``(With inputs from Ada Berg)`` credits a person: no source at all
            _take_sources(last, names, state)
            state.drop(last, "contribution line")
        elif pattern is g.SOURCE_URL_RE:
            _take_sources(last, match["value"], state)
            state.drop(last, "source's address")  # (its path and any headline after it)
        else:
            _take_sources(last, match["value"], state)
            # (``[via ...]``, ``– BBC.co.uk for more``, ``1. BBC``: the label is reported.)
            if label := match.groupdict().get("label"):
                state.drop(last, "source label", label)
        state.closing_source = True
        return body[:-1]
    return body


def _over_a_post_link(line: Line, following: str, state: _State) -> bool:
    """``line`` is an embedded post's first line: its picture's link under it, alone or after a few words."""
    return (
        line.number in state.post_cites
        or line.number in state.above_post_links
        or g.EMBED_LINK_TAIL_RE.search(" " + following) is not None
        and linemodel.word_count(following) <= g.POST_LINK_LINE_MAX_WORDS
        # (The post's credit over its link, ``🎥: @velmsport pic.twitter.com/...``; a post's own
        # words before it, ``Ice cold 🥶 pic.twitter.com/...``, are a post under a subhead.)
        and not following[:1].isalpha()
    )


def _match_at_the_end(pattern: re.Pattern, body: list[Line], i: int) -> re.Match | None:
    """``pattern``'s match of ``body[i]`` when no more of the story's running text is under it.

    A credit's place, under the story. (The match first: every paragraph of the body is asked, and
    the lines under it are read only for the few that match.)
    """
    match = pattern.match(body[i].text)
    if match and not any(linemodel.is_running_text(line.text) for line in body[i + 1 :]):
        return match
    return None


def _is_desk_signoff(text: str) -> bool:
    """``(AB/KL)``, ``[Velmfire]``: a desk's sign-off in brackets (``DESK_SIGNOFF_RE``), no agency's name."""
    match = g.DESK_SIGNOFF_RE.match(text)
    if not match or _agency_line(text) or g.STAGE_DIRECTION_RE.match(text):
        return False
    words = (match["round"] or match["square"]).split()
    return len(words) <= g.DESK_SIGNOFF_MAX_WORDS and all(
        not word.islower() or len(word) <= g.CREDIT_SHORT_WORD_CHARS or "." in word.strip(".")
        for word in words
    )


def _read_body(body: list[Line], state: _State) -> list[Block]:
    """Classify the remaining lines as paragraphs, subheads and READ MORE references."""
    blocks: list[Block] = []
    list_mode: str | None = None
    listed = 0  # items taken under the current list label
    seen = set(state.shown)  # the title's, lede's and caption's lines, then each paragraph's
    headline_run: set[int] = set()  # the lines of a run of bulleted headlines (other stories' links)
    for i, line in enumerate(body):
        text = line.text
        following = body[i + 1].text if i + 1 < len(body) else ""
        short = len(text) <= g.SHORT_LINE_MAX_CHARS  # labels, dates, bylines, sources: no paragraph
        if not list_mode and line.number not in headline_run:
            run = _bulleted_headline_run if text.startswith(g.BULLETS) else _title_case_headline_run
            headline_run.update(item.number for item in run(body, i, blocks))
        if line.number in state.labelled_references:
            blocks.append(_read_more(line, text, state))
            list_mode = None
        elif short and g.BUTTON_WORD_RE.match(text) and _is_button(body, i, blocks, state):
            state.drop(line, "page furniture")
        elif short and g.INLINE_TAGS_RE.match(text):
            state.drop(line, "tag list")
        elif (
            match := (
                g.READ_MORE_RE.match(text)
                or g.GLUED_RELATED_RE.match(text)
                or g.QUOTE_GLUED_RELATED_RE.match(text)
                or g.KICKER_GLUED_RELATED_RE.match(text)
                or g.BRACKETED_READ_MORE_RE.match(text)
                or g.BULLETED_READ_MORE_RE.match(text)
                or short
                and g.KICKER_READ_MORE_RE.match(text)
            )
        ) and len(match["headline"].split()) >= g.READ_MORE_MIN_WORDS:  # (``More:Markets`` names a section)
            # (A gallery's or a film's kicker stays: ``PHOTOS: ...`` links to photos, not a story.)
            media = match.re is g.KICKER_READ_MORE_RE and match["media"]
            if match.re is g.GLUED_RELATED_RE:
                state.drop(line, "related label glued to its headline")
            elif match.re in (g.KICKER_READ_MORE_RE, g.KICKER_GLUED_RELATED_RE) and not media:
                kicker = text[: match.start("headline")].strip()
                state.drop(line, "kicker before another story's headline", kicker)
            elif (
                "from" in (label := text[: match.start("headline")]).lower()
                or label[:5].lower() == "more "
                or "other news" in label.lower()
                or label[:5].lower() in ("click", "also,")
                or g.WORDY_READ_MORE_LABEL_RE.match(label)
            ):
                # ``More from Outlet:``, ``More news:``, ``In other news:``, ``Click here to read:``,
                # ``Also, see:``, ``You may also like:``, ``FULL STORY:``, ``Read more at:``: the
                # label's words are reported.
                state.drop(line, "read-more label", label.strip())
            headline = match["headline"]
            if match.re is g.QUOTE_GLUED_RELATED_RE:
                headline = headline[: match.start("rest")] + " " + match["rest"]
            blocks.append(_read_more(line, text if media else headline, state))
            list_mode = None
        elif "|" in text and (card := _section_card(text, _last_card(blocks))):
            # ``Related Articles Ferry News | <headline>``, then ``<that headline> Ferry News | <next>``.
            state.drop(line, "related card's section", card[0])
            blocks.append(_read_more(line, card[1], state))
            list_mode = None
        elif not list_mode and (live := _live_link(text, following, state)):
            if label := text[: text.rfind(live)].strip():  # (``Storm Edda latest:``: reported)
                state.drop(line, "live page's label", label)
            blocks.append(_read_more(line, live, state))
            list_mode = None
        elif not list_mode and (line.number in headline_run or _is_lone_bulleted_headline(body, i, blocks)):
            # ``• Ferry fares to rise from June`` alone between two paragraphs, or a few such lines: links.
            blocks.append(_read_more(line, text, state))
        elif short and g.TAG_LIST_LABEL_RE.match(text):
            state.drop(line, "tag-list label")
            list_mode = "tags"
        elif list_mode in _READ_MORE_LISTS and short and g.CARD_LABEL_RE.match(text):
            state.drop(line, "related card's label")  # (``Recommended`` over a card: the list goes on)
        elif short and (mode := _read_more_list_mode(text, following)):
            state.drop(line, "read-more label")
            list_mode, listed = mode, 0
            state.list_labels[line.number] = "related"
        elif short and g.RELATED_LIST_LABEL_RE.match(text):
            state.drop(line, "related-links label")
            list_mode, listed = "related", 0
            state.list_labels[line.number] = "site"
        elif list_mode and short and _is_card_kicker(text, body[i + 1 : i + 3]):
            state.drop(line, "related card's kicker")
        elif list_mode == "tags" and g.TAG_LINE_RE.match(text):
            state.drop(line, "tag list")
        elif (
            list_mode in _READ_MORE_LISTS
            and not text.startswith(g.BULLETS)
            and blocks
            and blocks[-1].kind == "read_more"
            and blocks[-1].line == body[i - 1].number
            and body[i - 1].text.startswith(g.BULLETS)
            and following.startswith(g.BULLETS)
            and not text.endswith(":")
            and _stems(text) & _stems(blocks[-1].text)
        ):
            # ``• <headline>`` over its teaser (telling of what it names), then the next bulleted
            # card: the card's summary.
            state.drop(line, "related story's summary")
        elif list_mode in _READ_MORE_LISTS and g.CARD_BUTTON_RE.match(text):
            state.drop(line, "related card's button")  # (``Read more »`` under a card: the list goes on)
        elif list_mode in _READ_MORE_LISTS and (card := g.HEADLINE_GLUED_TEASER_RE.match(text)):
            # ``Velm ferry fares cut for pupilsThe council voted ...``: a card's headline run into its
            # teaser (the line is reported whole: the glued word is no word of either).
            state.drop(line, "teaser glued to a card's headline")
            blocks.append(_read_more(line, card["headline"], state))
        elif list_mode and _is_list_item(text, following, list_mode, listed):
            listed += 1
            if (
                list_mode == "picks"
                and i
                and blocks
                and _is_card_teaser(text, blocks[-1], body[i - 1])
                or list_mode in _READ_MORE_LISTS
                and g.CARD_SUMMARY_START_RE.match(text)
                and _under_a_whole_headline(body, i, blocks)
                or list_mode in _READ_MORE_LISTS
                and i
                and blocks
                and _is_cut_teaser(text, following, blocks[-1], body[i - 1], _teased(line, state))
            ):
                state.drop(line, "related story's summary")
            # (Under the outlet's picks, a line with no capital is a tag line, no headline.)
            elif list_mode in _READ_MORE_LISTS and not (list_mode == "picks" and text.islower()):
                blocks.append(_read_more(line, text, state))
            else:
                state.drop(line, "related-links list")
        elif match := _date_line(text):
            if _introduces_what_follows(text, following):
                # A timeline's entry (``March 3, 2012:`` over what happened that day) is the
                # story's text, not its date.
                blocks.append(Block("paragraph", text, line.number))
                seen.add(text)
                list_mode = None
            # A date below the story's text is another story's, unless it says it is this one's.
            elif not blocks or _dates_the_story(
                text, blocks, state, closing=_closes_with_source(following, state)
            ):
                _take_date_line(line, state, match)
            else:
                state.drop(line, "date line")
        elif short and (match := g.META_LINE_RE.match(text)):
            _take_meta_line(line, match, state)
        elif short and (match := g.SOURCE_LINE_RE.match(text)) and len(text.split()) <= g.SOURCE_MAX_WORDS:
            _take_source_line(line, match, state)
            _signs_off(i, body, blocks, state)
            list_mode = None
        elif match := _syndication(text):
            _take_sources(line, match["value"] or match["by"], state)
            _signs_off(i, body, blocks, state)
            state.drop(line, "syndication line")
            when = match["when"] or match["published"]
            if when and state.date is None:  # where it was first published, and when
                state.date = parse_date(g.ORDINAL_SUFFIX_RE.sub("", when), state.warnings)
                state.date_origin = "date-line" if state.date else None
        elif (
            match := g.CONTRIBUTED_RE.match(text) or _match_at_the_end(g.WIRE_WRITERS_CONTRIBUTED_RE, body, i)
        ) and (names := _contributing_agencies(match["value"])):
            _take_sources(line, names, state)
            _signs_off(i, body, blocks, state)
            state.drop(line, "contribution line")
        elif blocks and _match_at_the_end(g.REPORTING_CREDIT_RE, body, i):
            state.drop(line, "reporting credit")
        elif short and (match := g.SOURCE_DOMAIN_PAREN_RE.match(text)):
            _take_sources(line, match["value"], state)
            _signs_off(i, body, blocks, state)
            list_mode = None
        elif (
            short
            and following
            and _paragraph_right_above(blocks, body, i, state)
            and _is_kicker_caption(blocks[-1].text)
            and (credit := _credit_line(text)) is not None
            and (" " not in credit or g.PHOTO_CREDIT_HINT_RE.search(credit))
        ):
            # ``Rescue: crews lift a passenger from the carriage`` over ``PA``: a photo and its credit.
            _drop_caption_above(blocks, state)
            state.drop(line, g.OTHER_CAPTION_REASON)
        elif short and (agency_line := _agency_line(text)):
            _drop_initials(line, state)
            _take_sources(line, agency_line, state)
            _signs_off(i, body, blocks, state)
            list_mode = None
        elif short and (
            g.DESK_LINE_RE.match(text)
            or g.PLACE_LINE_RE.match(text)
            and not _heads_in_capitals(text, following)
            and not _in_story_list(line, state)
        ):
            state.drop(line, "desk or place line")
        elif (
            short
            and (not following or text.startswith(g.BULLETS) and not _in_a_list(body, i))
            and (_is_section_label(text.lstrip("-•*· ")))
        ):
            state.drop(line, "section label")
        elif (
            (following or _is_photo_labelled_caption(text))
            and (
                text in state.captioned
                or _is_other_caption(text)
                and not _signs_off_last_paragraph(body, i)
                or _is_caption_in_story(text, state)
                or not list_mode
                and _is_caption_printed_twice(text, blocks, body, i, state)
                or _is_dash_credited_caption(text, following)
                or _is_printed_caption(text, state)
                or _is_photo_alt_text(text, state)
            )
            or not following
            and _is_dated_caption(text, state)
            or _prefixed_caption(text)
            or short
            and (g.IMAGE_LABEL_RE.match(text) or _credit_line(text))
        ):
            if _credits_the_line_above(text, blocks, body, i, state):  # ``[Port Authority/Reuters]`` under it
                _drop_caption_above(blocks, state)
            elif _follows_a_paragraph(blocks, body, i, ("paragraph", "heading")) and _is_alt_text_of(
                blocks[-1].text, text, state
            ):
                alt = blocks.pop()
                state.drop(Line(alt.line, alt.text), "caption's alt text")
            state.drop(line, g.OTHER_CAPTION_REASON)
        elif (
            short
            # (``by ...`` here is a wrapped sentence's line more often than a byline)
            and text[:1] != "b"
            and (match := g.BYLINE_RE.match(text) or g.ROLE_BYLINE_RE.match(text))
            and state.byline is None
        ):
            _take_byline(line, match["name"], state)
            list_mode = None
        elif (
            short
            and state.byline is None
            and line.number > state.lede_number
            and _under_the_opening(blocks)
            and (
                (bar := g.BAR_BYLINE_RE.match(text))
                or (name := _writer_under_the_opening(text, state))
                and not _named_elsewhere(name, line, state)
            )
        ):
            # ``By Ada Berg March 17, 2025`` or ``Von Lina Falk`` under the standfirst: the writer,
            # where a page prints its byline between the opening and the story (a writer the story
            # names is none: ``Von Berg Möbelwerke`` heads the firm's story).
            if bar:
                _take_bar_byline(line, bar, state)
            else:
                _take_byline(line, name, state)
            list_mode = None
        elif (
            short
            and state.byline is None
            and state.date is None
            and line.number > state.lede_number
            and _under_the_opening(blocks)
            and i + 1 < len(body)
            and g.BYLINE_BAR_DATE_RE.search(body[i + 1].text)
            and _is_byline_name(text)
            and not g.NOT_WRITER_WORDS.intersection(text.split())
            and not _lower_elsewhere(text, state)
            and not _named_elsewhere(text, line, state)
            and _top_date_line(body[i + 1].text) is not None
        ):
            # ``Ada Berg`` (or the paper's name) over the page's date bar under the standfirst (its
            # reading time, a bullet, a clock time): a byline bar's two lines. A bare date under a name
            # is a timeline's, a fixture list's or a programme's entry (``Storm Watch`` / ``March 4``).
            _take_byline(line, text, state)
            list_mode = None
        elif (
            short
            and state.byline is None
            and (match := _writers_line(text, state))
            # (Under the standfirst read as the opening, a headline found above it, and over the
            # story's dateline; a subhead tells what its paragraph tells: ``Heavy Rain And Strong Winds``.)
            and state.title is not None
            and line.number > state.lede_number
            and i + 1 < len(body)
            and (dateline := _dateline_at(body[i + 1].text))
            and not _stems(text) & _stems(body[i + 1].text[dateline.end() :])
        ):
            _take_byline(line, match["name"] or match["names"], state)
            list_mode = None
        elif (
            short
            and g.WRITER_ROLE_RE.match(text)
            and state.byline is None
            and _after_a_writer_name(blocks, body, i)
        ):
            # ``Ada Merrow`` over ``Senior Reporter``: the name and its role, not a subhead.
            named = blocks.pop()
            state.byline = named.text
            state.drop(Line(named.line, named.text), "writer's name")
            state.drop(line, "writer's role")
        elif len(text) <= g.SIGNOFF_MAX_CHARS and (match := g.SIGNOFF_RE.match(text)):
            _take_sign_off(line, match, state)
            list_mode = None
        elif state.title_from_text and text == state.title:
            state.drop(line, "repeated title")
        elif text in seen and len(text) >= g.REPEAT_MIN_CHARS:  # printed again further down
            state.drop(line, "repeated paragraph")
        elif (name := _writer_bio_name(text, blocks, state)) and not any(
            linemodel.is_running_text(below.text) for below in body[i + 1 :]
        ):
            if blocks and blocks[-1].kind == "paragraph" and blocks[-1].text == name:
                named = blocks.pop()  # (the name over it: the writer's, at the story's end)
                state.drop(Line(named.line, named.text), "writer's name")
            state.drop(line, "writer's biography")
        elif _is_outlet_voice(text, state):
            state.drop(line, "the outlet about itself")
        elif short and text[-1:].isalpha() and g.FEED_LABEL_RE.match(text):
            # ``The Latest`` or ``News feed`` among the paragraphs: the label of the site's newest items.
            state.drop(line, "feed label")
        elif (
            short
            and text[-1:].isalpha()  # (asked first: a paragraph ends on a stop)
            and "," in text
            and (label := g.SUBHEAD_AGGREGATOR_LABEL_RE.match(text))
            and label["place"].casefold() == label["again"].casefold()
        ):
            # ``Velm Latest News, Velm Headlines``: a news aggregator's label over its similar stories.
            state.drop(line, "aggregator's label")
        elif (
            following
            and (dashed := g.DASHED_SUBHEAD_RE.match(text))
            and _is_subhead(dashed["text"])
            and _beside_a_sentence(body, i, state)
            and _in_story_voice(dashed["text"], following)
            and not _agency_line(dashed["text"])
            and _after_story_text(dashed["text"], blocks, state, first=not i)
        ):
            # ``- Fiji start stronger -``: an agency's subhead between dashes.
            blocks.append(Block("heading", dashed["text"], line.number))
            list_mode = None
        elif (
            following
            and _is_subhead(text)
            and _beside_a_sentence(body, i, state)
            and _in_story_voice(text, following)
            and not _printed_again(text, body[i + 1 :], state)
            and not _among_questions(text, body, i, state)
            and _after_story_text(text, blocks, state, first=not i)
            and _tells_what_follows(text, body, i)
            # (An embedded post's first line, its picture's link on the next: ``Ice cold 🥶``.)
            and not _over_a_post_link(line, following, state)
            and not g.EMBED_LINK_TAIL_RE.search(" " + text)  # (a post's words and its picture's link)
            and not _over_page_matter(line, body, i, state)
        ):
            blocks.append(Block("heading", text, line.number))
            list_mode = None
        elif (
            following
            and text.isupper()
            and not following.isupper()
            and _is_subhead(text)
            and _in_story_list(line, state)
        ):
            # ``BEST PICTURE`` over its winner, in a list the story introduced: the list's headings.
            blocks.append(Block("heading", text, line.number))
        else:
            blocks.append(Block("paragraph", text, line.number))
            seen.add(text)
            list_mode = None
    # What the page prints under the story: related cards, then all past its end.
    blocks = _without_page_end(_without_site_cards(_with_related_cards(blocks, state), state), body, state)
    blocks = _without_appeal_heads(blocks, state)
    blocks = _without_galleries(_with_closing_cut_cards(_without_closing_list(blocks, state), state), state)
    return _with_anchors(_without_model_furniture(blocks, state))


def _signs_off(at: int, body: list[Line], blocks: list[Block], state: _State) -> None:
    """Mark the source line ``body[at]`` as the story's end when it signs the story off.

    It does under ``SIGNS_OFF_AFTER`` paragraphs of running text, a sentence right above it
    (under a list, a table or a chart it credits that box), over no running text (the story goes
    on under a line crediting what it quotes), and as the page's last line that may be a source
    or sign-off: a round-up signs each of its items off, and ends at the last. Above the story a
    page prints its source with the writer and date, under a standfirst at most.
    """
    if state.story_end is not None or not blocks or blocks[-1].kind != "paragraph":
        return
    if not linemodel.is_sentence(blocks[-1].text) or _last_source(body, state) > at:
        return
    # The story goes on under a line that credits what it quotes; the page's own matter starts
    # with a headline, a label or a promo.
    if at + 1 < len(body) and linemodel.is_running_text(body[at + 1].text):
        return
    if _told_above(blocks, body[at].number) >= g.SIGNS_OFF_AFTER:
        state.story_end = body[at].number


def _last_source(body: list[Line], state: _State) -> int:
    """The index of the body's last line that may be a source or sign-off (-1 for none).

    Past the body's end when the page's last line was one (``_read_source_line`` took it).
    """
    if state.last_source is None:
        found = (i for i in range(len(body) - 1, -1, -1) if _may_sign_off(body[i].text))
        state.last_source = len(body) if state.closing_source else next(found, -1)
    return state.last_source


def _syndication(text: str) -> re.Match | None:
    """A line naming where the copy was first published (``APPEARED_FIRST_RE``), else None.

    Not ``Read more on Weather``: a link to a section of the site, no outlet.
    """
    match = g.APPEARED_FIRST_RE.match(text)
    return None if match and (match["value"] or "").casefold() in g.SECTION_NAMES else match


def _may_sign_off(text: str) -> bool:
    """A short line in a form that signs a story off: a source, an agency, a byline, a sign-off."""
    if len(text) > g.SHORT_LINE_MAX_CHARS:
        return bool(_syndication(text))
    return bool(
        g.SOURCE_LINE_RE.match(text)
        or _syndication(text)
        or g.SOURCE_DOMAIN_PAREN_RE.match(text)
        or _agency_line(text)
        or g.BYLINE_RE.match(text)
        or g.SIGNOFF_RE.match(text)
    )


def _is_outlet_voice(text: str, state: _State) -> bool:
    """The outlet speaking of itself to its reader (``OUTLET_VOICE_RE``), about nothing the story tells.

    Said to the reader (``TO_THE_READER_RE``) near a sentence's start (``OUTLET_VOICE_MAX_PLACE``
    words: a promo glued to the end of a story's sentence leaves the sentence); not anyone's words
    reported or in quotes (``REPORTED_WORDS_RE``), nor a line sharing a word's stem with the
    headline (a statement printed without its quote marks, ``We are saddened ... join us``, is
    about the story's subject), nor one of a live page's coverage (``Our reporters are sending live
    updates``: the page's own).
    """
    # Words looked for as text first: a regex search on every line of every story is slow.
    lower = text.lower()
    if "you" not in lower and "follow" not in lower and "join" not in lower and "like" not in lower:
        if not any(word in lower for word in g.OUTLET_ONLY_WORDS):
            return False
    match = g.OUTLET_VOICE_RE.search(text)
    if (
        not match
        or not g.TO_THE_READER_RE.search(text)
        or g.REPORTED_WORDS_RE.search(text)
        or any(mark in text for mark in g.QUOTE_MARKS)
        or text.startswith("‘")
        or g.LIVE_WORD_RE.search(text)
    ):
        return False
    sentence = g.SENTENCE_END_RE.split(text[: match.start()])[-1]
    return len(sentence.split()) <= g.OUTLET_VOICE_MAX_PLACE and not _stems(text) & _stems(
        state.title or state.lede
    )


def _beside_a_sentence(body: list[Line], i: int, state: _State) -> bool:
    """A subhead stands in the story: a sentence beside it, and story text below it to introduce.

    The line above or below is a sentence (the lede is above the first): short lines among other
    short lines are menus, bylines and lists, not subheads. And one of the next few lines could
    be the story's (a sentence, a long line the excerpt cut short, a table row, a bulleted point):
    a short line with only short lines under it closes the story, it opens nothing.
    """
    above = body[i - 1].text if i else state.lede
    beside = linemodel.is_sentence(above) or i + 1 < len(body) and linemodel.is_sentence(body[i + 1].text)
    ahead = body[i + 1 : i + 1 + g.SUBHEAD_LOOKAHEAD_LINES]
    return beside and any(
        not linemodel.is_judged(line.text) or line.text.startswith(g.BULLETS) for line in ahead
    )


def _over_page_matter(line: Line, body: list[Line], i: int, state: _State) -> bool:
    """The page's matter was dropped right under the line (``SUBHEAD_PAGE_MATTER_BELOW``): no subhead.

    (``Korrin ferry fares to rise`` over ``4 min read``: a card's headline over its reading time. An
    advertisement, its ``Story continues below`` or a photo's credit may stand between a subhead and
    its text, and so may a video card of another title: ``Stranded on the quay`` over ``Passengers
    wait at Korrin 01:32``; a card's title printed over it is the card's.)
    """
    below = body[i + 1].number if i + 1 < len(body) else line.number + 1
    return any(
        line.number < dropped.line < below and _heads_no_text_over(dropped, line.text)
        for dropped in state.dropped
    )


def _heads_no_text_over(dropped: Dropped, text: str) -> bool:
    """The page's matter ``dropped`` under the line ``text`` makes it a card's or a label's, no subhead."""
    if dropped.reason == "video card":
        return dropped.text.casefold().startswith(text.casefold())
    if dropped.reason == "page furniture" and g.STORY_GOES_ON_RE.match(dropped.text):
        return False
    return dropped.reason in g.SUBHEAD_PAGE_MATTER_BELOW


def _after_story_text(text: str, blocks: list[Block], state: _State, first: bool) -> bool:
    """A subhead follows the story's text: a paragraph, a lede that is a sentence, or the headline itself.

    Above the story's first sentence, a short line is the page's (a writer's name, another story's
    headline, the headline printed again), not a subhead; right under the headline, a few words in
    the story's voice (``Harbour blames the council``) still are, but not a name (every word
    capitalised) nor a standfirst or another story's headline (as long as a headline).
    """
    if linemodel.is_sentence(state.lede) or any(block.kind == "paragraph" for block in blocks):
        return True
    under_headline = first and state.title in (None, state.lede)
    words = text.split()
    return (
        under_headline
        and len(words) <= g.SUBHEAD_UNDER_HEADLINE_MAX_WORDS
        and any(word[:1].islower() for word in words)
    )


def _printed_again(text: str, below: list[Line], state: _State) -> bool:
    """The line is printed twice in a row (a card's headline and its link), or ends as the headline does.

    A subhead is printed once before its text (two sections may share a label); the headline
    printed again under another label (``Raid in the harbour`` below ``Crime: Raid in the
    harbour``) is no subhead either. With no title known yet, the headline is the first line.
    """
    folded = _fold_quotes(text)
    for line in below:  # up to the next story text: a section's label may come again after it
        if _fold_quotes(line.text) == folded:
            return True
        if not linemodel.is_judged(line.text):
            break
    if text in state.repeated:
        return True
    tail = g.WORD_RE.findall(text.casefold())[-g.SUBHEAD_TITLE_TAIL_WORDS :]
    headline = state.title or state.lede
    return (
        len(tail) == g.SUBHEAD_TITLE_TAIL_WORDS
        and tail == (g.WORD_RE.findall(headline.casefold())[-g.SUBHEAD_TITLE_TAIL_WORDS :])
    )


def _among_questions(text: str, body: list[Line], i: int, state: _State) -> bool:
    """A question in a list of them, no subhead: a short question stands right above or below it.

    (A paragraph ending on someone's question is an answer's; a line announcing what follows,
    ``Entenda o que se sabe até agora:``, stands over an explainer's first subhead as often as over
    a list.)
    """
    if not text.endswith("?"):
        return False
    above = body[i - 1].text if i else state.lede
    below = body[i + 1].text if i + 1 < len(body) else ""
    return _is_question_subhead(above) or _is_question_subhead(below)


def _tells_what_follows(text: str, body: list[Line], i: int) -> bool:
    """A subhead of ``SUBHEAD_CHECKED_MIN_STEMS`` words or more shares half of them with the text under it.

    (Not a question opening on a question word: its answer need not repeat it, ``¿Qué tienen que hacer
    los vecinos ...?`` over ``Tomas Reil pidió subir a los pisos altos``.)
    """
    stems = _stems(text)
    if len(stems) < g.SUBHEAD_CHECKED_MIN_STEMS or g.SCORE_RE.search(text):
        return True
    if text.endswith("?") and g.WH_QUESTION_RE.match(text):
        return True
    below = [line.text for line in body[i + 1 : i + 1 + g.SUBHEAD_SECTION_LINES]]
    told = set().union(*(_stems(t) for t in below if linemodel.is_running_text(t)))
    return _shares_half_of(stems, told)


def _in_story_voice(text: str, following: str) -> bool:
    """A subhead-shaped line that is not the page's interface, a byline, or a line cut from a paragraph.

    A line that runs on into the next (which starts in lower case, or it ends on ``the``, or on ``di``
    over an Indonesian paragraph, not on a verb's particle: ``Så gick det till``) is a hard-wrapped
    piece of a paragraph; a byline, a dateline ending
    on a dash, a menu with bars and interface text (``Log in``, ``Article continues below``), a feed's
    label (``The Latest``), a photo's caption with its credit after its stop, a credit's pieces, a
    video's title with its channel, a link to the page's photos, an aggregator's label are the page's,
    not the story's.
    """
    words = text.split()
    last_word = words[-1].casefold()
    return not (
        following[:1].islower()
        or g.FEED_LABEL_RE.match(text)
        or g.SUBHEAD_CREDIT_AFTER_STOP_RE.search(text)
        or g.SUBHEAD_CREDIT_MARK_RE.search(text)
        or g.CAPTION_CHANNEL_NUMBER_RE.match(text)  # (a video's title and its channel: ``... (7 News)``)
        or g.SUBHEAD_GALLERY_LINK_RE.match(text)
        or g.SUBHEAD_AGGREGATOR_LABEL_RE.match(text)
        or last_word in g.SUBHEAD_TAIL_STOPWORDS
        or last_word not in g.SUBHEAD_CLAUSE_END_STOPWORDS
        and _ends_on_its_stopword(words, words + following.split())
        or g.SUBHEAD_INTERFACE_RE.search(text)
        or g.SUBHEAD_BAR_RE.search(text)
        or g.SUBHEAD_DASH_END_RE.search(text)
        or g.BYLINE_RE.match(text)
        or g.ROLE_BYLINE_RE.match(text)
    )


def _with_anchors(blocks: list[Block]) -> list[Block]:
    """Give each heading a unique anchor made from its text, never an id the theme uses."""
    used: set[str] = set(g.THEME_IDS)
    out = []
    for block in blocks:
        if block.kind == "heading":
            base = anchor = anchor_for(block.text)
            count = 1
            while anchor in used:  # ``Cost`` twice and ``Cost 2`` must not share an id
                count += 1
                anchor = f"{base}-{count}"
            used.add(anchor)
            block = Block(block.kind, block.text, block.line, anchor)
        out.append(block)
    return out


_NON_WORD_RE = re.compile(r"[^a-z0-9]+")


def anchor_for(text: str) -> str:
    """An ASCII id for a heading: ``'No limits' relationship`` -> ``no-limits-relationship``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(g.ASCII_FALLBACK))
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    return _NON_WORD_RE.sub("-", ascii_text.lower()).strip("-") or "section"
