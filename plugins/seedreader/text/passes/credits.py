"""Captions and credits by their words; agencies and source lines.

A photo's credit (a credit line, a caption's credit after it, a label, initials, a photo
library), a caption by its shape (dated, a scene, a wire's, printed twice, alt text), the top
matter such lines make, and the agencies a line or a ``Source:`` line names.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timedelta

from .. import agencies, linemodel
from .. import grammar as g
from ..model import Figure
from .common import (
    Line,
    _agency_names,
    _fold_quotes,
    _is_subhead,
    _is_title_repeat,
    _repeats_title,
    _shares_half_of,
    _State,
    _stems,
    _subject_stems,
    split_sources,
)
from .dates import _dateline_at, _path_date, _top_date_line, parse_date
from .leftovers import _leftover
from .titles import first_sentence


def _is_caption_sentence(text: str) -> bool:
    """A line that may be a caption (``_is_caption_text``) and is one sentence, as a caption is."""
    return _is_caption_text(text) and _is_one_sentence(text)


def _is_one_sentence(text: str) -> bool:
    """A caption by a credit's side is one sentence: a paragraph above a lost caption's credit, more."""
    return not g.SENTENCE_BREAK_RE.search(text)


def _is_caption_text(
    text: str, marked: bool = False, least: int = g.CAPTION_MIN_WORDS, most: int = g.CAPTION_MAX_WORDS
) -> bool:
    """A line that may be a caption when a credit stands beside it.

    A few words (``least`` at least), no one's words reported (a paragraph of the story says who
    said what), not a heading or a READ MORE line. A line the page marks as a caption by its place
    (``marked``) may be shaped as a heading is: a caption often ends with no full stop.
    """
    words = len(text.split())
    return (
        least <= words <= most
        and not _reports_words(text)
        and not g.STATEMENT_RE.search(text)
        and not g.READ_MORE_RE.match(text)
        and (marked or not _is_subhead(text))
    )


def _reports_words(text: str) -> bool:
    """Someone's words told (``said``, a quotation): a story's sentence, never a caption."""
    return bool(g.REPORTED_SPEECH_RE.search(text) or g.QUOTATION_RE.match(text))


def _is_caption_over_lede(text: str, below: str, headline: str) -> bool:
    """Under ``headline``, a photo's short caption right above the lede (``Protester in Kenya``).

    A few words, fewer than the headline's, and not the headline printed again without its
    kicker (``Korrin: Ferry fares rise``); no sentence end, figure, colon or capitals (a date,
    dateline, source or section line). The lede under it is running text and names what the
    photo shows (a word of the line).
    """
    low, high = g.SHORT_CAPTION_WORDS
    words = linemodel.word_count(text)
    return (
        low <= words <= high
        and words < linemodel.word_count(headline)
        and text[:1].isalpha()
        and not any(c.isdigit() or c == ":" for c in text)
        and not linemodel.ends_sentence(text)
        and not text.isupper()
        and linemodel.is_running_text(below)
        and _fold_quotes(text) != _fold_quotes(headline).rpartition(":")[2].strip()
        and not _has_standfirst_verb(text)
        and not _is_top_matter(text)
        and bool(_stems(text) & _stems(below))
    )


def _is_scene_caption(text: str, below: str) -> bool:
    """Under the headline, a photo's caption over the lede: people seen doing something, now.

    ``Rescuers clear debris in Arquata del Tronto, Italy, on Aug. 24.``: a caption says what the
    photo shows in the present tense and the day it was taken, where a story tells in the past
    what happened (a lede in the present names no past day). One sentence, no one's words
    reported, over running text that is no such caption.
    """
    return (
        _is_dated_scene(text)
        and _is_caption_sentence(text)
        and linemodel.is_running_text(below)
        and not g.SCENE_CAPTION_RE.match(below)
    )


def _is_undated_scene_caption(text: str, below: str) -> bool:
    """Under the headline, a photo's caption over the lede that names no day.

    ``A man collects broken glass after the blast in Velm.`` over a longer paragraph: what the
    photo shows, now (``SCENE_CAPTION_RE``, never after a verb in the past), one sentence. A lede
    in the present stands over no longer paragraph of the story's, and tells what people do that a
    photo does not show (``UNDATED_SCENE_VERB_RE``: ``Voters queue ...``, ``Crews walk out ...``).
    """
    scene = _present_scene(text)
    return bool(
        scene
        and g.UNDATED_SCENE_VERB_RE.match(text, scene.end() - len(scene[0].split()[-1]))
        and _is_caption_sentence(text)
        and linemodel.is_running_text(below)
        and linemodel.word_count(below) > linemodel.word_count(text)
        and not g.SCENE_CAPTION_RE.match(below)
    )


def _tells_in_the_past(text: str) -> bool:
    """A sentence telling what happened (a verb in the past), no scene a photo shows now.

    (``Ada Berg, 90, died on Sunday.``; ``Passengers wait for the delayed ferry.`` shows a scene.)
    """
    return bool(g.PAST_BEFORE_SCENE_RE.search(text)) and not g.SCENE_CAPTION_RE.match(text)


def _is_dated_scene(text: str) -> bool:
    """People seen doing something now (``SCENE_CAPTION_RE``) on a day named (``SCENE_DAY_RE``): a photo's."""
    return bool(g.SCENE_CAPTION_RE.match(text) and g.SCENE_DAY_RE.search(text))


def _is_posed_caption(text: str, below: str) -> bool:
    """A scene caption (``_is_scene_caption``) of someone posing or seen at an event (``POSING_VERB_RE``).

    Past the page's lines under the headline, where a lede in the present may stand as well.
    """
    return _is_scene_caption(text, below) and bool(g.POSING_VERB_RE.search(text))


def _has_standfirst_verb(text: str) -> bool:
    """A word of the line after its first reads as a finite verb (``blames``, ``is``, ``will``)."""
    return any(
        word.islower() and (word.endswith("s") and not word.endswith("ss") or word in g.STANDFIRST_VERBS)
        for word in text.split()[1:]
    )


def _is_dated_wire_caption(text: str, below: str) -> bool:
    """An agency's long caption closing on the photo's date (``CAPTION_DATE_END_RE``) over a wire's lede.

    Never a line opening on a dateline itself, nor one telling what will come.
    """
    return (
        (", 20" in text or ", 19" in text)
        and bool(g.CAPTION_DATE_END_RE.search(text))
        and " will " not in text
        and _dateline_at(text) is None
        and _dateline_at(below) is not None
        and _is_caption_text(text, most=g.WIRE_CAPTION_MAX_WORDS)
    )


def _top_caption(text: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a line that is a caption by its own words: a credit, ``FILE PHOTO:``, a label."""
    found = _match_caption(text) or _file_photo(text) or _picture_desk_caption(text)
    found = found or _prefixed_caption(text) or _wire_caption(text)
    return found or (_agency_after_dash(text) if _is_uncredited_caption(text) else None)


def _agency_after_dash(text: str) -> tuple[str, str | None]:
    """(caption, credit) of a caption that ends in a known agency after a dash (``... field. – AFP``)."""
    match = g.DASH_AGENCY_TAIL_RE.match(text)
    if match and agencies.is_agency(match["credit"]):
        return match["caption"], match["credit"]
    return text, None


def _wire_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a wire's long caption, ending with a credit as only a photo's ends, else None.

    (``WIRE_CAPTION_RE``: ``... the day's last. (Photo by Ana Rusk / AFP)``.) The credit is
    its own mark: the caption may say who said what, or run to two sentences.
    """
    if (
        len(text) > g.WIRE_CAPTION_MAX_CHARS
        or not ("hoto" in text or "HOTO" in text or "Foto" in text or "| " in text)
        or len(text.split()) > g.WIRE_CAPTION_MAX_WORDS
    ):
        return None
    match = g.WIRE_CAPTION_RE.match(text)
    if not match:
        return None
    credit = match["by"] or match["wire"] or match["file"] or match["bar"]
    return (match["caption"] or match["stopped"]).strip(), " ".join(credit.replace("|", "/").split())


def _picture_desk_caption(text: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a picture agency's caption (``KORRIN, VARENHOLM - MAY 4: ...``), else None."""
    if not text[:2].isupper() or ": " not in text[: g.PICTURE_DESK_HEAD_CHARS]:
        return None
    match = g.PICTURE_DESK_CAPTION_RE.match(text)
    return (match["caption"], match["credit"]) if match else None


def _file_photo(text: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a ``FILE PHOTO: ...`` line, else None."""
    match = g.FILE_PHOTO_RE.match(text)
    return (match["caption"].strip(), match["credit"]) if match else None


def _is_printed_caption(text: str, state: _State) -> bool:
    """Under the headline, a line the page prints twice in a row that reads as a caption: a photo's.

    (A headline printed twice comes first; a paragraph says who said what, or ends a sentence.)
    A story's line printed twice and cut short by the copy reads so too, so the line must also
    say photo or end with a credit (``— HarbourTV``). A line above a lone ``Photo:`` label is a
    caption whose credit the copy lost.
    """
    if text in state.above_photo_label and _is_caption_text(text, marked=True):
        return True
    if not _printed_twice_like_a_caption(text, state):
        return False
    return bool(g.PHOTO_WORD_RE.search(text) or _dash_credited(text)[1])


def _is_photo_alt_text(text: str, state: _State) -> bool:
    """Among the paragraphs, a wire photo's caption the page prints twice in a row (alt text, caption).

    A story's line may be printed twice too, so the line must date the picture as wires do
    (``Ada Berg crosses the line in Korrin on Sunday, May 4, 2025.``), one sentence, which a
    story rarely writes with the weekday and the year. A wire's caption runs longer than others.
    """
    return (
        _printed_twice_below_title(text, state)
        # (Under a list's label, a card prints another story's headline twice: image and title.)
        and not state.list_labels
        and g.CAPTION_MIN_WORDS <= len(text.split()) <= g.ALT_CAPTION_MAX_WORDS
        and g.CAPTION_DAY_RE.search(text) is not None
        and not g.REPORTED_SPEECH_RE.search(text)
        and _is_one_sentence(text)
    )


def _is_photo_printed_twice(text: str, rest: list[Line], state: _State) -> bool:
    """Under the headline, a line printed twice in a row that reads as a caption, above the lede.

    A photo's caption as alt text and again under the photo. A story line the copy cut short is
    followed by its whole line; here the next line is a paragraph of its own.
    """
    return (
        _printed_twice_like_a_caption(text, state)
        and linemodel.is_running_text(rest[0].text)
        and not rest[0].text.startswith(text[: g.CUT_COPY_MIN_CHARS])
    )


def _credited_twice(text: str, rest: list[Line], state: _State) -> tuple[str, str, tuple[str, ...]] | None:
    """(caption, credit, why each line taken under it goes) of a caption printed twice, one copy credited.

    The copy under it with a credit after it (``... mardi. - [KEYSTONE - Name]``), or the same
    line (or its copy already dropped) and a credit line under it; then the story's running text.
    """
    if (
        len(rest) < 2
        or not _is_caption_text(text, marked=True)
        or not any(word.isalpha() and word.islower() for word in text.split())  # (a date line twice)
        or _is_top_matter(text)
        or _is_title_repeat(text, state)
    ):
        return None
    below = rest[0].text
    # (A wire's name alone under a summary printed twice is the story's source.)
    if below == text and len(rest) > 2 and (credit := _photo_credit_line(rest[1].text)):
        taken = ("repeated caption", "photo credit")
        return (text, credit, taken) if linemodel.is_running_text(rest[2].text) else None
    if not linemodel.is_running_text(rest[1].text):
        return None
    if text in state.repeated and (credit := _photo_credit_line(below)):
        return text, credit, ("photo credit",)
    caption, credit = _split_credit(text)
    copy, copy_credit = _split_credit(below) if not below.startswith(text) else _credit_after(text, below)
    credit = credit or copy_credit
    if caption != copy or not credit or credit.casefold() in g.NOT_CREDITS:  # (``[Updated]``, ``- Video``)
        return None
    return caption, credit, ("repeated caption",)


def _captioned_above_headline(line: Line, rest: list[Line]) -> tuple[str, str, list] | None:
    """(caption, credit, lines taken with it) of a caption printed twice over the headline, once credited.

    The copy is the line and a credit after a copyright sign or in brackets (``© MW``, ``[MW]``),
    a viewer's button between maybe; a headline-like line under it (no paragraph: a standfirst
    printed twice is no caption).
    """
    text = line.text
    skip = 1 if rest and g.VIEWER_LABEL_RE.match(rest[0].text) else 0
    if len(rest) < skip + 2 or not _is_caption_text(text, marked=True):
        return None
    copy = rest[skip].text
    if not copy.startswith(text) or linemodel.is_running_text(rest[skip + 1].text):
        return None
    tail = copy[len(text) :].strip()
    if tail[:1] not in "©([":  # (``Headline | Velm Post``, ``Headline - MW``: the page's title)
        return None
    caption, credit = _credit_after(text, copy.replace("©", "", 1) if tail.startswith("©") else copy)
    if not credit and agencies.is_agency(agency := tail.strip("©()[] ")):
        caption, credit = text, agency  # (``© dpa``: an agency in lower case)
    if not credit:
        return None
    taken = [(rest[0], "photo viewer's button")] if skip else []
    return caption, credit, [*taken, (rest[skip], "repeated caption")]


def _photo_credit_line(text: str) -> str | None:
    """A credit line that no news agency's name alone makes (that names who sent the story)."""
    return None if _agency_line(text) else _credit_line(text)


def _split_credit(text: str) -> tuple[str, str | None]:
    """(caption, credit) of a caption line: its credit by a caption pattern or in square brackets."""
    if found := _match_caption(text):
        return found[0].rstrip(" -–—|"), found[1]
    if (match := g.SQUARE_CREDIT_TAIL_RE.match(text)) and _names_only(match["credit"]):
        return match["caption"], match["credit"].strip()
    return text.rstrip(" -–—|"), None


def _credit_after(text: str, below: str) -> tuple[str, str | None]:
    """(text, credit) when ``below`` is ``text`` and a credit (``- KEYSTONE``), else (below, None)."""
    tail = below[len(text) :].strip(" -–—|")
    credit = tail[1:-1].strip() if tail[:1] in "[(" and tail[-1:] in "])" else tail
    return (text.rstrip(" -–—|"), credit) if _is_credit_of_names(credit) else (below, None)


def _is_credit_of_names(credit: str) -> bool:
    """A credit of names alone (``_names_only``), capitalised and credit-short (``CREDIT_MAX_CHARS``)."""
    return credit[:1].isupper() and len(credit) <= g.CREDIT_MAX_CHARS and _names_only(credit)


def _printed_twice_like_a_caption(text: str, state: _State) -> bool:
    """A line the page prints twice in a row, reading as a caption: not the title, no sentence end."""
    return (
        _printed_twice_below_title(text, state)
        and not linemodel.ends_sentence(text)
        and _is_caption_text(text)
    )


def _printed_twice_below_title(text: str, state: _State) -> bool:
    """A line the page prints twice in a row that is neither the title nor a standfirst's point."""
    return (
        text in state.repeated
        and text != state.title
        and not text.startswith(g.BULLETS)  # a standfirst's point, printed twice
        and not _is_title_repeat(text, state)
    )


def _is_uncredited_caption(text: str) -> bool:
    """A caption by its words alone: dated as agencies date photos, or saying who stands where.

    ``... in Port Ellis, Saturday, April 1, 2023`` (a story says ``on Saturday, April 1``), ``The
    mayor, left, meets ...``, ``... Ana Rusk (right)``, ``A photo released by the police shows ...``.
    """
    if len(text) > g.WIRE_CAPTION_MAX_CHARS or not _may_mark_caption(text):
        return False
    if g.PHOTO_NAMED_RE.match(text):  # (it says what it is: it may run as long as a wire's caption)
        return _is_caption_text(text, most=g.WIRE_CAPTION_MAX_WORDS)
    if len(text) > g.CAPTION_MAX_CHARS:
        return False
    return bool(g.CAPTION_MARK_RE.search(text)) and _is_caption_text(text)


def _is_alt_text_of(text: str, caption: str, state: _State) -> bool:
    """``text``, right above a photo's caption, is the photo's alt text: a few words the caption says too.

    (``belarus protest`` over ``Protesters in Belarus march ... Photo: VICE News``.) At least half
    its content words are the caption's; not the title printed again (a headline shares the
    caption's words), a byline, a sentence, a label (a colon) or a standfirst's clauses (a comma:
    ``Ana Rusk convicted, but mistrial declared ...`` over a photo of her trial).
    """
    stems = _stems(text)
    return (
        bool(stems)
        and linemodel.word_count(text) <= g.ALT_TEXT_MAX_WORDS
        and not linemodel.is_title_case(text, 2)  # (``Police Called To The Gates``: a subhead)
        and ":" not in text
        and "," not in text
        and not linemodel.ends_sentence(text)
        and not _repeats_title(text, state)
        and not g.BYLINE_RE.match(text)
        and _shares_half_of(stems, _stems(caption))
    )


def _is_dated_caption(text: str, state: _State, scene: re.Pattern = g.SCENE_CAPTION_RE) -> bool:
    """A photo's caption anywhere in the story: a scene, dated as agencies date photos.

    One sentence saying what people are seen doing, in the present tense (``scene``:
    ``SCENE_CAPTION_RE``, or ``CREDITED_SCENE_CAPTION_RE`` over a photo's credit),
    with the photo's date after the place or the scene (``CAPTION_DATE_RE``), no later than the
    story's. A story's sentence may date so too, but tells in the past (``The last ferry left
    Velm, Saturday, April 1, 2023``), or in the present of an event to come (``Residents vote on
    the plan on Sunday, June 7, 2026, ...`` in a story of May).
    """
    if ", 20" not in text and ", 19" not in text or len(text) > g.CAPTION_MAX_CHARS:
        return False
    match = g.CAPTION_DATE_RE.search(text)
    if not match or not scene.match(text) or not _is_caption_sentence(text):
        return False
    return _fits_the_story(parse_date(match["after_place"] or match["before_place"]), state)


def _fits_the_story(when: datetime | None, state: _State, years_before: int | None = None) -> bool:
    """A photo's day ``when`` is no later than the story's (when either is known).

    With ``years_before``, it is of the story's year or at most that many years before it.
    """
    story = state.date or _path_date(state.source)
    if story is None or when is None:
        return True
    if years_before is not None and story.year - when.year > years_before:
        return False
    # (A day's grace: the photo's place may be a day ahead of the story's clock.)
    return when.date() <= story.date() + timedelta(days=1)


def _closes_on_place_and_date(text: str, state: _State) -> bool:
    """A wire photo's caption: its first sentence closes on the place and the day (``CAPTION_PLACE_DATE_RE``).

    (``A man carries a chair from the quay in Velm, Ostrel, May 4, 2026.``, background after it maybe.)
    No one's words reported, no birth told (``BIRTH_TOLD_RE``: an obituary's ``... was born near Korrin,
    Ostrel, May 4, 1931.``), and the day near the story's (``PHOTO_DAY_MAX_YEARS_BEFORE``): with no
    scene's verb asked for, a day of history's closes a sentence so too.
    """
    if ", 20" not in text and ", 19" not in text or len(text) > g.AGENCY_CAPTION_MAX_CHARS:
        return False
    match = g.CAPTION_PLACE_DATE_RE.search(text)
    if not match or not _is_one_sentence(text[: match.start()]) or _reports_words(text[: match.end()]):
        return False
    if g.BIRTH_TOLD_RE.search(text[: match.start()]):
        return False
    return _fits_the_story(parse_date(match["day"]), state, g.PHOTO_DAY_MAX_YEARS_BEFORE)


def _is_agency_caption(text: str, credit: str, state: _State) -> bool:
    """An agency's caption over its photo's credit: a dated scene, then sentences of background.

    (``A woman places flowers ... in Seoul, Sunday, Oct. 30, 2022, following ... . A mass of
    ...``: ``_is_dated_caption`` reads the first sentence.) Only over a credit that says photo
    (``AP Photo/Name``) or names the photographer, then the wire (``Ada Berg/AP``): a story's
    paragraph may date so too.
    """
    return (
        len(text) <= g.AGENCY_CAPTION_MAX_CHARS
        and bool(
            g.PHOTO_WORD_CREDIT_RE.search(credit)
            or "/" in credit
            and _is_agency_credit(credit.rsplit("/", 1)[-1].strip())
        )
        and _is_dated_caption(first_sentence(text), state, g.CREDITED_SCENE_CAPTION_RE)
        and " will " not in text  # (a story's paragraph tells what is to come)
    )


def _is_dash_credited_caption(text: str, following: str) -> bool:
    """A sentence, a dash and a wire's name (``CAPTION_DASH_AGENCY_RE``), with the story going on under it.

    The sentence shows a scene (``SCENE_CAPTION_RE``) or says photo: a story built from several
    wires signs its paragraphs so too (``... on Monday. — AFP``), and closing the story, the line
    signs it off.
    """
    match = g.CAPTION_DASH_AGENCY_RE.match(text) if text[-1:].isalpha() else None
    return bool(
        match
        and (_says_photo(text) or g.SCENE_CAPTION_RE.match(text))
        and linemodel.is_running_text(following)
        and _is_caption_text(text, marked=True)
        and _is_one_sentence(match["caption"])
    )


def _signed_caption_under_alt_text(text: str, rest: list[Line], state: _State) -> tuple[str, str] | None:
    """(caption, credit) of a wire-signed caption under its photo's alt text, over the lede.

    ``Ferry in Velm`` over ``Crews clear the quay at Velm. -AP``, then the story's running text:
    the alt text a few words with no sentence end, sharing a word with the caption. (A paragraph
    signed by a wire, ``... in 1986. – REUTERS``, stands under another paragraph, not under such
    a line.) The photo is the story's: the headline names a word of the two lines, and the lede
    under them one of the caption's; a news-in-brief page's first brief, under its own heading,
    shares none with the page's headline (``Coast news in brief``) nor with the next brief.
    """
    if len(rest) < 2 or not text[:1].isupper() or linemodel.word_count(text) > g.SIGNED_ALT_TEXT_MAX_WORDS:
        return None
    below = rest[0].text
    match = g.CAPTION_DASH_AGENCY_RE.match(below) if below[-1:].isalpha() else None
    if not (
        match
        and not linemodel.ends_sentence(text)
        and ":" not in text
        and _is_caption_text(below, marked=True)
        and _is_one_sentence(match["caption"])
        and linemodel.is_running_text(rest[1].text)
        and _stems(text) & _stems(match["caption"])
        and _stems(f"{text} {match['caption']}") & _subject_stems(state)
        and _stems(match["caption"]) & _stems(rest[1].text)
    ):
        return None
    return match["caption"], match["credit"]


def _says_photo(text: str) -> bool:
    """The line names a photo (``photo``, ``photograph``, in any case): most lines do not."""
    return ("hoto" in text or "HOTO" in text) and bool(g.PHOTO_WORD_RE.search(text))


def _may_mark_caption(text: str) -> bool:
    """The line holds what CAPTION_MARK_RE needs (a place word, or a year after a comma): most do not."""
    # Spelt out, not a loop over words: it runs on every line of every story.
    return (
        "left," in text
        or "right," in text
        or "left)" in text
        or "right)" in text
        or "from left" in text
        or ", cent" in text
        or "(cent" in text
        or (", 20" in text or ", 19" in text)
        and ("day" in text or ", in " in text)
        or "hoto" in text
        or "icture" in text
        or "mage" in text
        or "creen" in text
        or "grab" in text
        or "L-R" in text
    )


def _take_top_caption(line: Line, caption: str, credit: str | None, state: _State) -> None:
    """A photo caption above the story (a page that puts its photo first): the figure, if none yet."""
    if state.figure is None:
        state.figure = Figure(caption, credit, state.header.get("image") or None)
        state.shown.add(line.text)
        if label := _caption_label(line.text, caption, credit):
            state.drop(line, "caption label", label)
    else:
        state.drop(line, g.OTHER_CAPTION_REASON)


def _is_top_matter(text: str) -> bool:
    """Date and meta lines, bylines, agencies, credits, captions: what stands between a title and the lede."""
    patterns = (
        g.META_LINE_RE,
        g.BYLINE_RE,
        g.BAR_BYLINE_RE,
        g.ROLE_BYLINE_RE,
        g.PRODUCER_BYLINE_RE,
        g.WRITER_ROLE_RE,
        g.LONE_CREDIT_RE,
        g.WRITER_PLACE_RE,
        g.DESK_LINE_RE,
        g.PLACE_LINE_RE,
    )
    return (
        any(pattern.match(text) for pattern in patterns)
        or _leftover(text) is not None
        or _top_date_line(text) is not None
        or _match_caption(text) is not None
        or g.CREDIT_ABOVE_RE.match(text) is not None
        or _agency_line(text) is not None
        or _agency_outlet_line(text) is not None
        or bool(g.IN_THIS_PHOTO_RE.match(text))
        and _is_uncredited_caption(text)  # (``In this file photo, ...``)
    )


def _is_other_caption(text: str) -> bool:
    """Another photo's caption down the story: its credit names an agency or says photo.

    (Near the top any credit is believed; lower down, ``... Workers' Party (KWP)`` or ``... by
    Harbour Wire / Ipsos`` end a sentence of the story.)
    """
    found = _caption_match(text)
    if not found or _reports_words(text):
        return False
    caption, credit, pattern = found
    # (A courtesy's credit, ``Cortesía Alcaldía de Velm``, is a photo's whatever the caption says.)
    if pattern in g.SHOWN_CAPTION_RES and not _shows_a_photo(caption) and not g.COURTESY_RE.match(credit):
        return False
    return (
        pattern in g.LABELLED_CAPTION_RES
        or agencies.is_agency(credit)
        or bool(g.PHOTO_CREDIT_HINT_RE.search(credit))
    )


def _caption_label(text: str, caption: str, credit: str | None) -> str:
    """What a caption line holds besides its caption and credit (``File Photo by``, ``| License Photo``).

    A credit glued to its caption (``Name/TASSThe mayor ...``) is reported with the whole line: the
    glued word is no word of the caption or the credit.
    """
    if credit and (credit + caption in text or caption + credit in text):
        return text
    at = text.find(caption)
    if caption and at >= 0 and text[at + len(caption) : at + len(caption) + 1].isalnum():
        return text  # (``....CreditCreditAda Berg``: a label glued to both)
    rest = text.replace(caption, " ", 1)
    if credit:
        rest = rest.replace(credit, " ", 1)
    return _label_words(rest)


def _credit_label(text: str, credit: str) -> str:
    """The label before the credit on a credit line (``Bildquelle:``), when it says more than photo."""
    at = text.find(credit)
    return _label_words(text[:at]) if at > 0 else ""


def _label_words(rest: str) -> str:
    """The words of what a caption's line holds besides it, "" when they only say photo (``Photo:``)."""
    words = [w for w in rest.split() if any(c.isalnum() for c in w)]
    return "" if all(w.strip(":.|()").casefold() in g.CAPTION_LABEL_WORDS for w in words) else " ".join(words)


def _credit_line(text: str) -> str | None:
    """The credit when ``text`` is a line holding only a photo credit, else None."""
    match = (
        g.CREDIT_LINE_RE.match(text) or g.LONE_CREDIT_RE.match(text) or g.BRACKET_CREDIT_LINE_RE.match(text)
    )
    if match:
        credit = match["credit"].strip()
        if match.re is g.CREDIT_LINE_RE and match["initials"] and match["initials"] in _initials(credit):
            return None  # (``Green Alliance/GA``: a name and its initials)
        return credit if _names_only(credit) else None  # (``PHOTOS: Storm batters the coast``: a headline)
    if _is_free_photo_credit(text):
        return text
    # (In brackets too: ``(Photo by Ada Berg / Instagram)``.)
    bare = text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text
    return bare if g.PHOTO_BY_LINE_RE.match(bare) and _names_only(bare) else None


def _copyright_credit(text: str) -> str | None:
    """``- Copyright Air-Velm Tomas Reil``: a photo's agency and photographer (``COPYRIGHT_CREDIT_RE``)."""
    match = g.COPYRIGHT_CREDIT_RE.match(text)
    return match["credit"] if match else None


def _credit_beside(text: str, caption: str) -> str | None:
    """The credit of a line beside ``caption``: a credit line, or a photographer and paper alone.

    The photographer and paper (``PHOTOGRAPHER_LINE_RE``) only beside a line that shows a photo
    (``_shows_a_photo``): ``Name / The Title`` alone may be a reading list's, a subhead or two papers'.
    """
    return _credit_line(text) or _photographer_credit(text, caption)


def _photographer_credit(text: str, caption: str) -> str | None:
    """A photographer and paper alone on a line (``PHOTOGRAPHER_LINE_RE``) beside ``caption``: its credit."""
    match = g.PHOTOGRAPHER_LINE_RE.match(text)
    return match["credit"] if match and _shows_a_photo(caption, marks=False) else None


def _shows_a_photo(text: str, marks: bool = True) -> bool:
    """People seen doing something now (``SCENE_CAPTION_RE``), or the photo's date as agencies give it.

    With ``marks``, who stands where too (``CAPTION_MARK_RE``: ``..., left, ...``). Never a scene's
    verb after a verb in the past (``PAST_BEFORE_SCENE_RE``): the sentence's verb is that one, the
    scene's word a noun (``... approved the law by 112 votes ...``).
    """
    return bool(_present_scene(text) or (g.CAPTION_MARK_RE if marks else g.CAPTION_DATE_RE).search(text))


def _present_scene(text: str) -> re.Match | None:
    """The scene a photo shows now (``SCENE_CAPTION_RE``), never its verb after a verb in the past."""
    scene = g.SCENE_CAPTION_RE.match(text)
    return scene if scene and not g.PAST_BEFORE_SCENE_RE.search(text, 0, scene.end()) else None


def _is_believed_caption(text: str, first: bool = False) -> bool:
    """A caption by its credit past the top of the story.

    A credit a paragraph may end with too (``SHOWN_CAPTION_RES``) only after a line that shows a
    photo and reports no one's words, or (``first``: right under the lede, where a photo stands
    between a standfirst and the story) after one sentence, for the credits of ``FIRST_CAPTION_RES``.
    """
    found = _caption_match(text)
    return found is not None and (
        found[2] not in g.SHOWN_CAPTION_RES
        or not _reports_words(found[0])
        and (
            _shows_a_photo(found[0])
            or first
            and found[2] in g.FIRST_CAPTION_RES
            and _is_one_sentence(found[0])
        )
    )


def _initials(credit: str) -> set[str]:
    """The first letters of the words of each part of a credit before its last slash.

    (``KLP`` of ``Korrin Labour Party/KLP``, ``VCC`` of ``Ada Berg/Velm Cycling Club/VCC``.)
    """
    return {"".join(word[0] for word in part.split()) for part in credit.split("/")[:-1]}


def _is_free_photo_credit(text: str) -> bool:
    """A free photo's credit as its library or licence asks for it (``LICENCE_CREDIT_RE``)."""
    folded = text.casefold()
    return any(hint in folded for hint in g.LICENCE_CREDIT_HINTS) and bool(g.LICENCE_CREDIT_RE.match(text))


def _names_only(credit: str) -> bool:
    """A credit names people and outlets: its words in lower case are a name's particles (``via``, ``de``).

    A photographer's site may follow the name (``Name - namefoto.example``).
    """
    if "." in credit:
        credit = g.CREDIT_DOMAIN_RE.sub("", credit)
    if "-" in credit:
        credit = g.CREDIT_NAME_TAIL_RE.sub("", credit)
    return all(
        len(word) <= g.CREDIT_SHORT_WORD_CHARS or word in g.CREDIT_PARTICLES
        for word in g.WORD_RE.findall(credit)
        if word.islower()
    )


def _prefixed_caption(text: str) -> tuple[str, None] | None:
    """(caption, no credit) when a label stands before the caption (``Caption: ...``), else None."""
    # Every form has a colon or ``caption`` among its first words: other lines are ruled out cheaply.
    head = text[: g.CAPTION_PREFIX_HEAD_CHARS].casefold()
    if ":" not in head and "caption" not in head and "-" not in head[:5] or len(text) > g.CAPTION_MAX_CHARS:
        return None
    match = g.CAPTION_PREFIX_RE.match(text)
    caption = match and (match["caption"] or match["placed"])
    if not caption or len(caption.split()) < g.CAPTION_PREFIX_MIN_WORDS:
        return None
    return caption, None


def _dash_credited(text: str) -> tuple[str, str | None]:
    """(caption, credit) of a line known to be a caption: ``... on Monday. — HarbourTV`` is split."""
    marked = "—" in text or "–" in text or " -" in text or "©" in text
    match = g.CAPTION_DASH_RE.match(text) if marked else None
    return (match["caption"].strip(), match["credit"].strip()) if match else (text, None)


def _match_caption(text: str) -> tuple[str, str] | None:
    """Return (caption, credit) when ``text`` ends with a credit, else None."""
    found = _caption_match(text)
    return found[:2] if found else None


@functools.lru_cache(maxsize=1 << 14)  # (each line is asked by several rules)
def _caption_match(text: str) -> tuple[str, str, re.Pattern] | None:
    """(caption, credit, the pattern that found them) when ``text`` ends with a credit, else None."""
    if "CREDIT" in text or "CLIENTS" in text:  # (a quick test for WIRE_HANDOUT_TERMS_RE)
        if found := _handout_caption(text):
            return found
    if len(text) > g.CAPTION_MAX_CHARS:
        return None
    if text.endswith(".") and not any(mark in text for mark in g.CAPTION_CREDIT_MARKS):
        return None  # a sentence with no credit's mark, as most lines are: no pattern can match
    for pattern, may_match in g.CAPTION_RES:
        match = may_match(text) and pattern.match(text)
        if not match:
            continue
        caption, credit = match["caption"].strip(), g.CREDIT_TAIL_RE.sub("", match["credit"].strip())
        # (``... at Korrin. | Photo by Tomas Reil.``: the bar and the name's full stop are no part of them.)
        caption, credit = caption.rstrip(" |"), g.CREDIT_FULL_STOP_RE.sub("", credit)
        if (
            caption.endswith(")")
            and (inner := g.CAPTION_BRACKET_CREDIT_END_RE.search(caption))
            and _is_agency_credit(inner["credit"].rsplit("/", 1)[-1].strip())  # (not ``(Green/Velm North)``)
        ):
            caption, credit = caption[: inner.start()], f"{inner['credit']} / {credit}"
        # A labelled credit (``Name. Photo: Instagram``, ``(photo credit: X)``) marks a caption however short.
        least = g.CREDITED_CAPTION_MIN_WORDS if pattern in g.TWO_WORD_CAPTION_RES else g.CAPTION_MIN_WORDS
        if pattern is g.CAPTION_CJK_PHOTO_RE:
            least = 1  # (Chinese parts no words with spaces)
        if credit.casefold() in g.NOT_CREDITS or len(caption.split()) < least:
            continue
        # (``... was closed in Velm. (Harbour.com/Ada Berg)``: the paragraph's source, no photo's credit;
        # under a scene on a day named, ``Rescuers lift ... on Monday. (Harbour.com/Ada Berg)``, the photo's.)
        if (
            pattern is g.CAPTION_PAREN_RE
            and "." in credit
            and g.SITE_WRITER_CREDIT_RE.match(credit)
            and not (g.SCENE_CAPTION_RE.match(caption) or g.SCENE_DAY_RE.search(caption))
        ):
            return None  # (nor another pattern's credit: the brackets hold the copy's source)
        return caption, credit, pattern
    return None


def _handout_caption(text: str) -> tuple[str, str, re.Pattern] | None:
    """A wire's long caption with its handout terms (``WIRE_HANDOUT_TERMS_RE``): the text before them.

    The credit is the one the terms name (``AFP PHOTO / ...``), else the terms' first words.
    """
    if len(text) > g.WIRE_HANDOUT_CAPTION_MAX_CHARS or not g.WIRE_HANDOUT_TERMS_RE.search(text):
        return None
    start = g.WIRE_HANDOUT_START_RE.search(text)
    # (The terms follow the caption's last sentence: ``... must print the words MANDATORY CREDIT
    # beside them`` is a story's.)
    if (
        start is None
        or len(text[: start.start()].split()) < g.CAPTION_MIN_WORDS
        or not linemodel.ends_sentence(text[: start.start()])
    ):
        return None
    terms = text[start.start() :].strip(" -")
    credit = g.WIRE_HANDOUT_CREDIT_RE.search(terms)
    return (
        text[: start.start()].strip(),
        (credit[0] if credit else terms[: g.CREDIT_MAX_CHARS]),
        g.WIRE_HANDOUT_TERMS_RE,
    )


def _is_agency_credit(name: str) -> bool:
    """A wire's or picture desk's name in a credit: a known agency, or initials in capitals (``PA``)."""
    return agencies.is_agency(name) or bool(g.AGENCY_INITIALS_RE.fullmatch(name))


def _closes_a_quote(above: list[Line]) -> bool:
    """The line above ends a quotation (``"The sea gives and the sea takes."``)."""
    return bool(above) and above[0].text.rstrip().endswith(tuple(g.CLOSING_QUOTES))


def _closes_a_sentence(text: str) -> bool:
    """A line ending a sentence (not introducing what follows, nor cut mid-phrase)."""
    return linemodel.last_mark(text) in g.STORY_SENTENCE_ENDS


def _contributing_agencies(value: str) -> str | None:
    """The agencies a contribution line names: ``The Associated Press``, and ``The AP`` (``AP``'s)."""
    return _agency_names(value) or (
        _agency_names(value[4:], generic=False) if value.startswith("The ") else None
    )


def _names_photo_library(credit: str) -> bool:
    """``Getty Images``, ``Name/AFP via Getty Images``: a photo's credit, never a story's source."""
    return any(name in credit for name in g.PHOTO_LIBRARIES)


@functools.lru_cache(maxsize=1 << 14)  # (asked of the page's last lines at each source line)
def _agency_line(text: str) -> str | None:
    """The agencies a line names when it names nothing else (``(Xinhua)``, ``China Daily / Xinhua``).

    The desk's initials after the agency go (``dpa/est/mh``, ``dpa/lno``: German copy's sign-off).
    """
    match = g.LONE_AGENCY_RE.match(text)
    return _agency_names(_desk_initials(match["value"])[0], generic=False) if match else None


def _agency_outlet_line(text: str) -> str | None:
    """The wire a line names before the paper printing it (``EFE / La Voz de Velm``), else None."""
    match = g.AGENCY_OUTLET_LINE_RE.match(text)
    return match["agency"] if match and agencies.is_agency(match["agency"]) else None


def _desk_initials(value: str) -> tuple[str, str]:
    """(the agencies, the initials beside them) of an agency line's value: ``dpa/lno`` is ``dpa``, ``lno``.

    Before the agency too, as African and Latin American wires sign (``NM/jn/APA``, ``CD/APA``).
    """
    parts, initials = value.split("/"), []
    while len(parts) > 1 and g.DESK_INITIALS_RE.fullmatch(parts[-1]) and not agencies.is_agency(parts[-1]):
        initials.insert(0, parts.pop())
    if len(parts) > 1 and agencies.is_agency(parts[-1]):
        while (
            len(parts) > 1 and g.LEADING_INITIALS_RE.fullmatch(parts[0]) and not agencies.is_agency(parts[0])
        ):
            initials.append(parts.pop(0))
    return "/".join(parts), "/".join(initials)


def _drop_initials(line: Line, state: _State) -> None:
    """Report the initials beside an agency line's name: a writer's (``zd, ats``), a desk's (``dpa/lno``)."""
    if initials := g.EDITOR_INITIALS_RE.match(line.text):
        state.drop(line, "editors' initials", initials.group())
    if (match := g.LONE_AGENCY_RE.match(line.text)) and (desk := _desk_initials(match["value"])[1]):
        state.drop(line, "desk's initials", desk)


def _take_source_line(line: Line, match: re.Match, state: _State) -> None:
    """Take a ``Source: ...`` line's agencies; a label with no colon is reported.

    Glued to them (``SourceReuters``), or a word before them (``von dpa``).
    """
    label = line.text[: match.start("value")]
    if label.rstrip().endswith(":"):
        pass  # (``Source: Reuters``: nothing to report)
    elif label[-1:].isspace():
        state.drop(line, "source label", label.strip())  # (``von dpa``)
    else:
        state.drop(line, "source label glued to its name")  # (``SourceReuters``)
    _take_sources(line, match["value"], state)


def _take_sources(line: Line, value: str, state: _State) -> None:
    """Add the agencies a source line names; generic words (``agencies``) are reported, not listed.

    A photo library (``Getty Images``) credits a photo, never the story: reported as a photo's credit.
    """
    for name in split_sources(value):
        if name.lower() in g.GENERIC_SOURCES:
            state.drop(line, "generic source", name)
        elif _names_photo_library(name):
            state.drop(line, "photo credit without caption", name)
        elif name in state.sources:
            state.drop(line, "source named again", name)
        else:
            state.sources.append(name)
