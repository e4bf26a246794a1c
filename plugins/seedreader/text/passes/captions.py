"""The caption pass: the photo's caption under the lede, and captions among the paragraphs.

A caption with its credit on the line, the next line or the line above; under a label's word;
printed twice (alt text, then caption); or taken back from the paragraph above a credit; and
the repeats of the title and lede under the story's top.
"""

from __future__ import annotations

from .. import agencies, linemodel
from .. import grammar as g
from ..model import Block, Figure
from .common import Line, _is_name_like, _is_title_repeat, _State, _stems, _subject_stems
from .credits import (
    _agency_line,
    _caption_label,
    _caption_match,
    _closes_on_place_and_date,
    _credit_label,
    _credit_line,
    _dash_credited,
    _is_agency_caption,
    _is_alt_text_of,
    _is_believed_caption,
    _is_caption_sentence,
    _is_caption_text,
    _is_dated_caption,
    _is_free_photo_credit,
    _is_one_sentence,
    _is_printed_caption,
    _is_uncredited_caption,
    _match_caption,
    _names_photo_library,
    _photographer_credit,
    _prefixed_caption,
    _says_photo,
    _shows_a_photo,
    _signed_caption_under_alt_text,
    _tells_in_the_past,
)


def _follows_a_paragraph(
    blocks: list[Block], body: list[Line], i: int, kinds: tuple[str, ...] = ("paragraph",)
) -> bool:
    """The last block, a paragraph (or of ``kinds``), is made of ``body[i - 1]``: the line right above."""
    return bool(i and blocks and blocks[-1].kind in kinds and blocks[-1].line == body[i - 1].number)


def _paragraph_right_above(blocks: list[Block], body: list[Line], i: int, state: _State) -> bool:
    """The last block is a paragraph printed right above ``body[i]`` on the page.

    (A caption taken off the body since, as the figure, may have stood between them.)
    """
    if not _follows_a_paragraph(blocks, body, i):
        return False
    index = state.line_index
    return index.get(body[i].number, -1) - index.get(blocks[-1].line, -1) == 1


def _credits_the_line_above(text: str, blocks: list[Block], body: list[Line], i: int, state: _State) -> bool:
    """``text`` is a photo's credit (it says so) and the paragraph right above it reads as its caption.

    Not a gallery's label (``Photos``) nor a credit the BBC puts above the caption it belongs to.
    """
    if not _paragraph_right_above(blocks, body, i, state) or _credits_the_line_below(body, i):
        return False
    credit = _credit_line(text)
    return bool(
        credit
        and not _is_free_photo_credit(text)
        and len(credit.split()) > 1
        and g.PHOTO_CREDIT_HINT_RE.search(credit)
        and not g.CREDIT_ABOVE_RE.match(text)
        and _is_caption_sentence(blocks[-1].text)
        and not _tells_over_bracketed_credit(blocks[-1].text, text)
    )


def _tells_over_bracketed_credit(text: str, credit_line: str) -> bool:
    """A sentence telling in the past over a credit alone in brackets: the story's, its photo's caption lost.

    (``Earlier today, Ada shared a statement ...`` over ``(Photo by Ada Berg / Instagram)``.)
    """
    return credit_line.startswith("(") and _tells_in_the_past(text)


def _drop_caption_above(blocks: list[Block], state: _State) -> None:
    """Take the last paragraph back as the caption of the photo whose credit stands under it."""
    caption = blocks.pop()
    state.drop(Line(caption.line, caption.text), g.OTHER_CAPTION_REASON)


def _is_kicker_caption(text: str) -> bool:
    """A caption led by a word and a colon (``Rescue: ...``), one sentence with no full stop.

    (Over a sentence with its full stop, an agency's name signs the story's text off.)
    """
    return (
        g.KICKER_CAPTION_RE.match(text) is not None
        and _is_caption_text(text, marked=True)
        and not linemodel.ends_sentence(text)
        and _is_one_sentence(text)
    )


def _credits_the_line_below(body: list[Line], i: int) -> bool:
    """The credit at ``body[i]`` stands above its caption, as some pages print it: a caption-shaped line."""
    below = body[i + 1].text if i + 1 < len(body) else ""
    return _is_caption_text(below, marked=True) and not linemodel.is_running_text(below)


def _drop_repeats_of(title: str | None, lede: str, body: list[Line], state: _State) -> list[Line]:
    """Remove the title line and the lede where a page prints them again under the story's top."""
    kept = []
    for line in body:
        if title and (line.text == title or _is_title_repeat(line.text, state)):
            state.drop(line, "repeated title")
        elif line.text == lede:
            state.drop(line, "repeated paragraph")
        else:
            kept.append(line)
    return kept


def _read_caption(body: list[Line], state: _State) -> list[Line]:
    """Find the photo caption and its credit among the first lines after the lede."""
    if state.figure is not None:  # the page put its photo above the story; the body reads later ones
        return body
    for i, line in enumerate(body[: g.CAPTION_WINDOW]):
        if g.CAPTION_LABEL_LINE_RE.match(line.text):
            state.drop(line, "caption label")
            if i + 1 < len(body):
                state.labelled_captions.add(body[i + 1].number)
            return _read_caption(body[:i] + body[i + 1 :], state)
        found = _caption_at(body, i, state)
        if found:
            caption, credit, taken = found
            state.figure = Figure(caption, credit, state.header.get("image") or None)
            state.shown.update(body[j].text for j in taken)
            if len(taken) == 1 and (label := _caption_label(line.text, caption, credit)):
                state.drop(line, "caption label", label)
            elif len(taken) == 2 and credit and (label := _credit_label(body[taken[1]].text, credit)):
                state.drop(body[taken[1]], "caption label", label)
            if i and (
                _is_alt_text_of(body[i - 1].text, caption, state)
                or i == 1
                and _signed_caption_under_alt_text(body[0].text, body[1:3], state)
            ):
                state.drop(body[i - 1], "caption's alt text")
                state.shown.add(body[i - 1].text)  # (printed again lower down, it is a repeat)
                taken.append(i - 1)
            after = max(taken) + 1
            if after < len(body) and body[after].text in (line.text, caption):
                state.drop(body[after], "repeated caption")
                taken.append(after)
            return [line for j, line in enumerate(body) if j not in taken]
        if g.LONE_CREDIT_RE.match(line.text):
            state.drop(line, "photo credit without caption")
            return _read_caption(body[:i] + body[i + 1 :], state)
    if state.header.get("image"):
        state.figure = Figure("", None, state.header["image"])
    return body


def _caption_at(body: list[Line], i: int, state: _State) -> tuple[str, str | None, list[int]] | None:
    """The caption at ``body[i]`` with its credit on the line, on the next line or (BBC) the line before."""
    text = body[i].text
    if i + 1 == len(body):  # the story's last line: ``... (AP)`` there signs the story off
        return None
    if text in state.captioned:
        return (*state.captioned[text], [i])
    # (Right under the lede, unless the lede introduces a list: ``It is shown live on:``.)
    first = i == 0 and not state.lede.endswith(":")
    # (A credit closing a quotation is the writer's: ``"...," she added. (Outlet.com/Name)``.)
    if (
        found := _match_caption(text) if _is_believed_caption(text, first) else _prefixed_caption(text)
    ) and not g.QUOTATION_RE.match(text):
        # (An agency closing the story's last paragraph, other stories' links under it, signs it off.)
        return None if _signs_off_last_paragraph(body, i) else (*found, [i])
    # (A wire's caption signed after a dash, under its photo's alt text right under the headline, read
    # as the lede so far: ``... at Velm. -AP``; lower down, a subhead over a paragraph the wire signed.)
    if (
        i == 1
        and not linemodel.is_running_text(state.lede)
        and (signed := _signed_caption_under_alt_text(body[0].text, body[1:3], state))
    ):
        return (*signed, [i])
    labelled = body[i].number in state.labelled_captions
    if not _is_caption_text(text, marked=labelled):
        return None
    below = body[i + 1].text if i + 1 < len(body) else ""
    # (A credit the BBC puts above its caption belongs to the line under it, unless this line is
    # a caption by its label.)
    if (
        # (A photographer and paper alone under the story's last lines is the writer's sign-off.)
        (credit := _credit_line(below) or _story_goes_on(body, i + 2) and _photographer_credit(below, text))
        and not _is_free_photo_credit(below)  # (a stock photo's, often under no caption)
        and (not g.CREDIT_ABOVE_RE.match(below) or body[i].number in state.labelled_captions)
        and not _credits_the_line_below(body, i + 1)
        and (_is_one_sentence(text) or _is_agency_caption(text, credit, state))
        and not _signs_off_the_story(body, i + 1)
        and not _tells_over_bracketed_credit(text, below)
    ):
        return text, credit, [i, i + 1]
    # The BBC puts its credit above the caption, as ``Image source, Getty Images``.
    if (
        i >= 1
        and g.CREDIT_ABOVE_RE.match(body[i - 1].text)
        and len(text.split()) <= g.CAPTION_UNDER_CREDIT_MAX_WORDS
        and (credit := _credit_line(body[i - 1].text))
    ):
        return text, credit, [i, i - 1]
    if _is_printed_caption(text, state) or labelled and _is_labelled_caption(text):
        return (*_dash_credited(text), [i])
    if _is_caption_in_story(text, state):
        return text, None, [i]
    return None


def _is_labelled_caption(text: str) -> bool:
    """Under a label's word (``Foto``, ``Image caption,``), a caption however it ends.

    One sentence of ``CAPTION_UNDER_CREDIT_MAX_WORDS`` words at most: under a gallery's ``Foto``
    tab the story's first paragraph may stand.
    """
    return _is_one_sentence(text) and len(text.split()) <= g.CAPTION_UNDER_CREDIT_MAX_WORDS


def _story_goes_on(body: list[Line], at: int) -> bool:
    """A paragraph of the story's running text at ``body[at]``."""
    return at < len(body) and linemodel.is_running_text(body[at].text)


def _signs_off_last_paragraph(body: list[Line], i: int) -> bool:
    """``body[i]`` closes the story with an agency's name (``... stabiliser. (Belga)``): no caption.

    Its text runs as a paragraph does, and no more of the story follows (other stories' links may).
    """
    found = _match_caption(body[i].text)
    return (
        found is not None
        and found[1] is not None
        and agencies.is_agency(found[1])
        and linemodel.is_running_text(found[0])
        and not any(linemodel.is_running_text(line.text) for line in body[i + 1 :])
    )


def _is_caption_in_story(text: str, state: _State) -> bool:
    """A caption among the story's paragraphs with no credit: marked as only a caption is.

    In the story, where one stands is no caption's mark (``The mayor, left, walked out ...``)
    unless the line says photo; ``L-R:``, a photo that shows (``PHOTO_SHOWS_RE``), where the photo
    is from in a sentence of its own (``IN_THIS_PHOTO_RE``: ``In this image released by ...,``; a
    reporter's paragraph opening so goes on, ``... at night. Officers say ...``) and the photo's date
    as agencies give it (``_is_dated_caption``) are.
    """
    return (
        (
            _says_photo(text)
            or "L-R" in text
            or text.startswith(("A ", "An ", "This ", "In this "))
            and bool(g.PHOTO_SHOWS_RE.match(text))
            or bool(g.IN_THIS_PHOTO_RE.match(text))
            and _is_one_sentence(text)
        )
        and _is_uncredited_caption(text)
        # (``... à Velm (archives).``: the photo flagged an old one.)
        or "(" in text[-14:]
        and _flags_an_old_photo(text)
        and _is_caption_text(text)
        or _is_dated_caption(text, state)
        or _closes_on_place_and_date(text, state)
    )


def _flags_an_old_photo(text: str) -> bool:
    """``... à Velm (archives).``: the line's photo flagged an old one (``ARCHIVE_PHOTO_FLAG_RE``)."""
    flag = g.ARCHIVE_PHOTO_FLAG_RE.search(text)
    return flag is not None and not g.ARCHIVE_FLAG_NOT_RE.search(text[: flag.start()])


def _is_caption_printed_twice(
    text: str, blocks: list[Block], body: list[Line], i: int, state: _State
) -> bool:
    """A caption printed twice in a row (the photo's alt text, then its caption) between two paragraphs.

    It ends with no full stop, as a caption may, or stands twice on lines next to each other: a
    paragraph printed twice, a blank line between, is the story's still.
    Under a label or a byline such a line is a card's headline printed twice, or the lede's summary;
    a card's shares no word with the headline and lede, unless its copies stand on lines next to
    each other, as a card's do not, and it is shaped as a caption (``_is_caption_shaped``).
    """
    return (
        text in state.repeated
        and _follows_a_paragraph(blocks, body, i)
        and linemodel.is_running_text(blocks[-1].text)
        # (Between cards' teasers, cut short, it is a card's headline.)
        and not blocks[-1].text.endswith(("...", "…"))
        and not (i + 1 < len(body) and body[i + 1].text.endswith(("...", "…")))
        # (A story's sentence printed twice ends as one, unless the two copies stand on lines next to
        # each other, as the photo's alt text and its caption do; a Title Case line is a headline's.)
        and (not linemodel.ends_sentence(text) or text in state.repeated_next_line)
        and not _is_name_like(text)
        and len(text.split()) >= g.CAPTION_TWICE_MIN_WORDS
        and _is_caption_text(text, marked=True)
        # (Another story's card shares no word, and is printed with a blank line between its copies; a
        # paragraph of the story's telling may stand twice so too: a caption has a caption's shape.)
        and (
            bool(_stems(text) & _subject_stems(state))
            or text in state.repeated_next_line
            and _is_caption_shaped(text)
        )
    )


def _is_caption_shaped(text: str) -> bool:
    """A caption's shape, not a sentence telling the story (``Two ferries sank ..., and a third ...``).

    No full stop, as a caption's words under a name (``Ada Berg: Out after ten years``); the thing the
    photo shows (``PHOTO_THING_SHOWS_RE``); or a scene now, or who stands where (``_shows_a_photo``).
    """
    return (
        not linemodel.ends_sentence(text) or bool(g.PHOTO_THING_SHOWS_RE.match(text)) or _shows_a_photo(text)
    )


def _signs_off_the_story(body: list[Line], i: int) -> bool:
    """``body[i]`` is an agency's name alone with no running text under it: the story's sign-off.

    (Over a comment count or a promo the page's last line is not it: ``_read_source_line`` cannot tell.)
    """
    agency = _agency_line(body[i].text)
    return (
        bool(agency)
        and not _names_photo_library(agency)  # (``Getty Images`` credits a photo, never a story)
        and not any(linemodel.is_running_text(line.text) for line in body[i + 1 :])
    )


def _in_a_list(body: list[Line], i: int) -> bool:
    """``body[i]`` is an item of a list the story introduced (``They came from:``) or of a run of bullets."""
    before = body[i - 1].text if i else ""
    after = body[i + 1].text if i + 1 < len(body) else ""
    return before.endswith(":") or before.startswith(g.BULLETS) or after.startswith(g.BULLETS)


def _is_photo_labelled_caption(text: str) -> bool:
    """A caption whose credit a photo's label gives (``... ved Korrinveien. Foto: Tomas Reil``).

    Even as the page's last line, where a credit alone in brackets signs the story off: a name's
    credit after a caption with no colon but a kicker's (``Text: Jonas Merk Foto: Lina Osk`` credits
    the story, ``Category winners: ... Photo: Lina Osk`` lists results).
    """
    found = _caption_match(text)
    return (
        found is not None
        and found[2] is g.CAPTION_LABEL_RE
        and (":" not in found[0] or g.CAPTION_KICKER_RE.match(found[0]) is not None)
        and g.NAME_LIKE_CREDIT_RE.match(found[1]) is not None
    )
