"""Around and after the story: cards, related lists, galleries, appeals, the page's end.

Cards under a related-stories or site list label, closing runs of bulleted headlines, live
links, gallery captions, an appeal's question, the line model's furniture among the blocks,
what the page prints after the story's end, and another story printed under this one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .. import grammar as g
from .. import linemodel
from ..model import Block
from .captions import _follows_a_paragraph, _in_a_list
from .common import (
    Line,
    _content_words,
    _fold_quotes,
    _is_list_headline,
    _is_title_repeat,
    _read_more,
    _repeats_title,
    _shares_half_of,
    _State,
    _stems,
    _subject_stems,
)
from .credits import _credit_line, _is_caption_text, _is_dated_scene
from .dates import _date_line
from .leftovers import _is_model_furniture, _leftover
from .titles import first_sentence
from .top_matter import _is_bulleted_headline, _is_section_label, _meets_opening


def _cut_appended_stories(body: list[Line], lines: list[str], start: int, state: _State) -> list[Line]:
    """The story without the stories the page printed under it (a site's next article, a listing's posts).

    Each one's headline has the header lines printed around this story's headline at the same
    places (``News`` above it, ``Published`` or ``Source: Radio New Zealand`` under it: an echo,
    found by ``_header_echoes``; a headline printed twice counts once, and so do date lines) and
    shares a word with the paragraphs under it: the headline is a READ MORE line, the rest of
    that story dropped. A line the page prints beside no headline too is no echo (a date line a
    subhead may have). Never on a live page (its entries have headers of their own), nor where
    such a headline tells half of what the story's headline and lede tell (a chart's or a
    section's title over its ``Source:``). The story keeps its lede and first paragraph.
    ``start``: the index of the body's first line in ``lines`` (the header's lines are no echo).
    """
    if state.title_number is None or len(body) < 3 or g.LIVE_TITLE_RE.search(state.title_lines[0]):
        return body
    numbers, twice_printed = _once_each(lines)
    numbers = [n for n in numbers if n > start]
    place = {n: i for i, n in enumerate(numbers)}
    if state.title_number not in place:
        return body
    echoes = _header_echoes(numbers, place[state.title_number], lines, state)
    twice = state.title_number in twice_printed
    if not echoes and not twice:
        return body
    dates = {text for _, text in echoes if _is_date_echo(text)}
    sources = {text for _, text in echoes if g.SOURCE_LINE_RE.match(text)}
    heads = []
    for k, line in enumerate(body[1:], 1):
        if line.number not in place or not line.text[:1].isalnum():  # (a table's row)
            continue
        echoed = [text for d, text in echoes if _echoes_at(place[line.number] + d, text, numbers, lines)]
        # Two echoes (a headline printed twice, as this one is, counts; date lines count once), or
        # a source line: one date line under a subhead, as under the headline, is the story's own.
        dated = dates.intersection(echoed)
        kinds = len(echoed) - len(dated) + bool(dated) + (twice and line.number in twice_printed)
        if (
            (kinds >= 2 or sources.intersection(echoed))
            and _is_list_headline(line.text)
            and not _is_dated_scene(line.text)  # (a photo's caption)
            and not _is_title_repeat(line.text, state)
            and _meets_opening(body, k)
        ):
            heads.append(line.number)
    if not heads:
        return body
    subject = _subject_stems(state)
    if any(_shares_half_of(_stems(lines[n - 1]), subject) for n in heads):
        return body
    # Every time the page prints an echo's line, it stands beside this story's headline or another's.
    starts = {place[n] for n in (state.title_number, *heads)}
    for d, text in echoes:
        if any(i - d not in starts for i, n in enumerate(numbers) if lines[n - 1] == text):
            heads = [n for n in heads if not _echoes_at(place[n] + d, text, numbers, lines)]
    if not heads:
        return body
    # The lines printed above another story's headline (its section, ``News``) are its header too.
    above = {
        numbers[place[n] + d]
        for n in heads
        for d, text in echoes
        if d < 0 and _echoes_at(place[n] + d, text, numbers, lines)
    }
    kept = []
    for line in body:
        if line.number in heads:
            state.labelled_references.add(line.number)
        elif line.number > heads[0] or line.number in above:
            state.drop(line, "another story printed under this one")
            continue
        kept.append(line)
    return kept


def _once_each(lines: list[str]) -> tuple[list[int], set[int]]:
    """The numbers of the non-empty lines, a line printed again right under itself counted once.

    And the numbers of the lines so printed twice (blank lines between).
    """
    numbers: list[int] = []
    twice: set[int] = set()
    last = ""
    for n, text in enumerate(lines, 1):
        if not text:
            continue
        # (Folding keeps the length: only a line as long as the last can be it again.)
        if numbers and len(text) == len(last) and _fold_quotes(text) == _fold_quotes(last):
            twice.add(numbers[-1])
        else:
            numbers.append(n)
        last = text
    return numbers, twice


def _header_echoes(numbers: list[int], at: int, lines: list[str], state: _State) -> list[tuple[int, str]]:
    """The header's short lines around the headline (``numbers[at]``), with their places.

    What another story's header would repeat: dates and their labels, a section's label, a source
    line; not the story's opening, nor a photo's credit (one photographer may take the story's
    every photo), nor a name or an outlet's (a caption's credit may be one).
    """
    echoes = []
    for d in range(-g.APPENDED_ECHO_SPAN, g.APPENDED_ECHO_SPAN + 1):
        if d and 0 <= at + d < len(numbers):
            text = lines[numbers[at + d] - 1]
            if (
                len(text.split()) <= g.APPENDED_ECHO_MAX_WORDS
                and not linemodel.ends_sentence(text)
                and text != state.lede
                and not _credit_line(text)
                and not g.CRAWLER_PREFIX_RE.match(text)  # (the crawler's, on the page's first line only)
                and (_is_section_label(text) or g.SOURCE_LINE_RE.match(text) or _is_date_echo(text))
            ):
                echoes.append((d, text))
    return echoes


def _is_date_echo(text: str) -> bool:
    """A header's line about when: a date line, its label (``Published``), a reading time."""
    return _leftover(text) in g.HEADER_LEFTOVERS or _date_line(text) is not None


def _echoes_at(at: int, text: str, numbers: list[int], lines: list[str]) -> bool:
    """The page's ``at``-th line (``numbers``) is ``text``."""
    return 0 <= at < len(numbers) and lines[numbers[at] - 1] == text


def _told_above(blocks: list[Block], number: int) -> int:
    """How many paragraphs of running text stand above line ``number``."""
    return sum(
        1 for b in blocks if b.line < number and b.kind == "paragraph" and linemodel.is_running_text(b.text)
    )


def _neighbours(number: int, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines right above and below line ``number`` among ``lines`` (number, text pairs, sorted)."""
    at = next(i for i, (n, _) in enumerate(lines) if n == number)
    return [lines[j] for j in (at - 1, at + 1) if 0 <= j < len(lines)]


def _announced(number: int, lines: list[tuple[int, str]]) -> bool:
    """The line right above line ``number`` (of ``lines``) ends on a colon: a sentence quotes it."""
    return any(n < number and text.rstrip().endswith(":") for n, text in _neighbours(number, lines))


def _without_appeal_heads(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks without the question heading the outlet's appeal for money (``Who can be trusted?``).

    A short question right above a line the leftover pass dropped as the appeal.
    """
    appeals = {d.line for d in state.dropped if d.reason == g.APPEAL_REASON}
    if not appeals:
        return blocks
    kept = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1].line if i + 1 < len(blocks) else None
        appeal = min((n for n in appeals if n > block.line), default=None)
        if (
            appeal is not None
            and (below is None or below > appeal)
            and block.text.endswith("?")
            and linemodel.word_count(block.text) <= g.QUESTION_SUBHEAD_MAX_WORDS
        ):
            state.drop(Line(block.line, block.text), "the appeal's question")
        else:
            kept.append(block)
    return kept


def _beside_a_count(number: int, lines: list[tuple[int, str]]) -> bool:
    """A line beside line ``number`` (of ``lines``) counts something else (``1,204 likes``)."""
    return any(
        g.COUNT_LINE_RE.match(text) and not g.COMMENT_COUNTER_RE.match(text)
        for _, text in _neighbours(number, lines)
    )


def _without_page_end(blocks: list[Block], body: list[Line], state: _State) -> list[Block]:
    """The blocks without what the page prints after the story's end.

    The story ends at a source line that signs it off (``_signs_off``) or, under a paragraph of
    the story's text, at a comment form's marker (``COMMENTS_MARKER_RE``; the leftover pass may
    have dropped it already) or an agency's copyright line (``WIRE_COPYRIGHT_RE``): what follows
    is readers' comments, the form, other stories' cards, the footer. Paragraphs and subheads from
    there go; READ MORE lines stay.
    """
    lines = sorted([(d.line, d.text) for d in state.dropped] + [(line.number, line.text) for line in body])
    # (Not a line a sentence announces, ``... the page still read:``: a story quoting the form's words.)
    comments = sorted(n for n, text in lines if g.COMMENTS_MARKER_RE.match(text) and not _announced(n, lines))
    first = next((n for n in comments if _told_above(blocks, n)), None)
    last = max((n for n, _ in lines), default=0)
    half = last / 2
    counter = min(
        (
            n
            for n, text in lines
            if n > half
            and g.COMMENT_COUNTER_RE.match(text)
            and _told_above(blocks, n) >= g.COMMENT_COUNTER_MIN_PARAGRAPHS
            and not _announced(n, lines)
            and not _beside_a_count(n, lines)
        ),
        default=None,
    )
    if counter is not None and (first is None or counter < first):
        first = counter
    marks = [] if first is None else [(first, "under the comments")]
    # (Higher up, the line credits a photo or a video in the story's middle.)
    last_third = last * 2 / 3
    footer = min(
        (
            n
            for n, text in lines
            if ("opyright" in text or "©" in text)
            and n >= last_third
            and g.WIRE_COPYRIGHT_RE.match(text)
            and _told_above(blocks, n)
        ),
        default=None,
    )
    if footer is not None:
        marks.append((footer, "under the agency's copyright line"))
    if state.story_end is not None:
        marks.append((state.story_end, "under the source line"))
    if not marks:
        return blocks
    end, reason = min(marks)
    kept = []
    for block in blocks:
        if block.line > end and block.kind != "read_more":
            state.drop(Line(block.line, block.text), reason)
        else:
            kept.append(block)
    return kept


#: What the parser drops of a related card besides its headline: its date, age, desk, repeat, kicker.
CARD_PARTS = frozenset(
    {"date line", "relative date", "desk or place line", "repeated paragraph", "related card's kicker"}
)


def _with_related_cards(blocks: list[Block], state: _State) -> list[Block]:
    """The cards under a related-stories label, read as READ MORE lines.

    The box closes the page, or stands in the story's middle with ``CARD_BOX_MIN_CARDS`` cards.

    A card prints another story's headline with its outlet, its age (``3 hours ago``), the
    headline again and the start of its text, so the label's list mode, which ends at the first
    line that is no headline, takes one headline at most (``_card_kinds`` finds the cards).
    """
    cards = _cards_under(blocks, "related", state)
    if not cards:
        return blocks
    kept = []
    for i, block in enumerate(blocks):
        kind = cards.get(i)
        if kind == "headline":
            kept.append(_read_more(Line(block.line, block.text), block.text, state))
        elif kind is None:
            kept.append(block)
        else:
            reason = "related story's headline again" if kind == "repeat" else "related story's summary"
            state.drop(Line(block.line, block.text), reason)
    return kept


def _without_site_cards(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks without the cards under the site's own list labels (``Top Stories``).

    The same cards as a related-stories label's (``_card_kinds``), but the site's picks: other
    stories, not ones this story names.
    """
    cards = _cards_under(blocks, "site", state)
    if not cards:
        return blocks
    for i in cards:
        state.drop(Line(blocks[i].line, blocks[i].text), "other story's card")
    return [block for i, block in enumerate(blocks) if i not in cards]


def _cards_under(blocks: list[Block], kind: str, state: _State) -> dict[int, str]:
    """The cards under every list label of one kind (``related`` or ``site``): block index -> part."""
    cards: dict[int, str] = {}
    for label in sorted(n for n, k in state.list_labels.items() if k == kind):
        cards.update(_card_kinds(blocks, label, state) or {})
    return cards


def _card_kinds(blocks: list[Block], label: int, state: _State) -> dict[int, str] | None:
    """The cards under the label on line ``label``: block index -> headline, repeat or summary.

    They end at the next label of the other kind of list: a page's related stories (``More
    Stories``) and its own picks (``Top Stories``) may follow each other.

    When the label's first line past short ones is a headline, from there on a headline-like
    paragraph with a card's parts beside it is another card's headline, a repeat of one is a
    repeat, and a long paragraph right after a card that has its parts (a short line, a repeat, a
    date) is the card's summary when it is cut off mid-sentence or another card follows it; when
    neither, the story goes on under the box: a box of ``CARD_BOX_MIN_CARDS`` cards with their
    summaries ends there, with that paragraph as its last summary if it tells its card's story (a
    word in common), else above it. Short lines are left to the line model. Any other long
    paragraph is the story going on under a box printed in its middle: then there are no cards
    (None).
    """
    start = next((i for i, b in enumerate(blocks) if b.line > label), len(blocks))
    kind = state.list_labels[label]
    until = min((n for n, k in state.list_labels.items() if n > label and k != kind), default=None)
    if until is not None:
        blocks = [b for b in blocks if b.line < until]
    if not _card_follows(blocks, start):
        return None
    parts = sorted(d.line for d in state.dropped if d.reason in CARD_PARTS and d.line > label)
    headlines = {_fold_quotes(b.text).casefold() for b in blocks[start:] if b.kind == "read_more"}
    cards: dict[int, str] = {}
    after_card = has_parts = False
    headline = ""  # the last card's
    for i in range(start, len(blocks)):
        block = blocks[i]
        if _dropped_between(parts, blocks[i - 1].line if i else 0, block.line):
            has_parts = True
        if block.kind == "read_more":
            after_card, headline = True, block.text
        elif block.kind not in ("paragraph", "heading"):  # (a card's headline may read as a subhead)
            return None
        elif _fold_quotes(block.text).casefold() in headlines:
            cards[i], after_card, has_parts = "repeat", True, True
        elif _is_card_headline(block.text) and not _is_short_summary(block.text, cards.get(i - 1), cards):
            cards[i], after_card, headline = "headline", True, block.text
            headlines.add(_fold_quotes(block.text).casefold())
        elif linemodel.word_count(block.text) >= g.STORY_PARAGRAPH_MIN_WORDS:
            # (A teaser's ``...`` cuts it off too.)
            cut_off = not linemodel.ends_sentence(block.text) or block.text.endswith(("...", "…"))
            if not (after_card and has_parts):
                return None
            if not cut_off and not _card_follows(blocks, i + 1, parts):
                # The story goes on under the box (its last summary, if this tells the card's story).
                told = bool(_content_words(block.text) & _content_words(headline))
                summaries = sum(1 for k in cards.values() if k == "summary") + told
                if summaries < g.CARD_BOX_MIN_CARDS:
                    return None
                if told:
                    cards[i] = "summary"
                break
            cards[i], after_card, has_parts = "summary", False, False
        elif not linemodel.is_sentence(block.text):
            has_parts = True  # an outlet's name, an age, a byline
    for i in [i for i, k in cards.items() if k == "headline"]:
        below = blocks[i + 1].line if i + 1 < len(blocks) else until
        dated = _dropped_between(parts, blocks[i].line, below)
        if cards.get(i + 1) not in ("repeat", "summary") and not dated:
            del cards[i]  # only headline-like: perhaps the story's own list item
    return cards


def _is_short_summary(text: str, above: str | None, cards: dict[int, str]) -> bool:
    """A card's summary cut short to a headline's length, right under its card's headline.

    (In a box whose cards have summaries, a paragraph-long line under a headline is the next
    one's summary, not another headline; in a list of headlines alone, it is a headline.)
    """
    return (
        above == "headline"
        and "summary" in cards.values()
        and linemodel.word_count(text) >= g.STORY_PARAGRAPH_MIN_WORDS
    )


def _dropped_between(lines: list[int], after: int, before: int | None) -> bool:
    """Whether one of the sorted line numbers ``lines`` lies between two lines (to the end: None)."""
    at = bisect.bisect_right(lines, after)
    return at < len(lines) and (before is None or lines[at] < before)


def _is_card_headline(text: str) -> bool:
    """A card's headline: a list headline starting as one does (``0.8% Growth ...``), asking nothing."""
    return (
        _is_list_headline(text)
        and (text[:1].isupper() or text[:1].isdigit())
        and not linemodel.ends_sentence(text)
    )


def _card_follows(blocks: list[Block], at: int, parts: Sequence[int] = ()) -> bool:
    """Whether the next block that is not a short line is another card (its headline).

    A headline read as a subhead is a card's when a card's part (``parts``: its date) stands
    right above it; a subhead alone is the story's.
    """
    for j in range(at, len(blocks)):
        block = blocks[j]
        if block.kind == "read_more" or block.kind == "paragraph" and _is_card_headline(block.text):
            return True
        if block.kind == "heading" and j and _is_card_headline(block.text):
            return _dropped_between(parts, blocks[j - 1].line, block.line)
        if block.kind != "paragraph" or linemodel.word_count(block.text) >= g.STORY_PARAGRAPH_MIN_WORDS:
            return False
    return False


def _without_model_furniture(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks without paragraphs and subheads the line model takes for furniture.

    It runs after every rule, so a line a rule knows keeps that rule's reading and reason.
    """
    kept = []
    for block in blocks:
        if block.kind != "read_more" and _is_model_furniture(block.line, state):
            state.drop(Line(block.line, block.text), "furniture (line model)")
        else:
            kept.append(block)
    return kept


def _without_galleries(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks without a photo gallery's captions, printed in a row among the paragraphs.

    ``GALLERY_MIN_CAPTIONS`` paragraphs or more in a row, none a sentence or a list's item, each
    caption-long, two in three of them ending as captions end, on when the photo was taken.
    """
    gallery: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*blocks, Block("heading", "", 0)]):  # (the stand-in ends the last run)
        if block.kind == "paragraph" and _reads_as_gallery_caption(block.text):
            run.append(i)
            continue
        if len(run) >= g.GALLERY_MIN_CAPTIONS:
            timed = sum(1 for j in run if g.GALLERY_WHEN_RE.search(blocks[j].text))
            if 3 * timed >= 2 * len(run):
                gallery.update(run)
        run = []
    for i in sorted(gallery):
        state.drop(Line(blocks[i].line, blocks[i].text), "photo gallery's caption")
    return [block for i, block in enumerate(blocks) if i not in gallery]


def _reads_as_gallery_caption(text: str) -> bool:
    """Caption text that is no sentence and no list's item (``_is_caption_text``).

    It may be shaped as a heading is: a gallery's captions end with no full stop.
    """
    return (
        not linemodel.ends_sentence(text)
        and not text.startswith(g.BULLETS)
        and _is_caption_text(text, marked=True)
    )


def _without_closing_list(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks without a closing run of bulleted headlines: other stories, listed after this one.

    Lines under the run that the line model drops (a footer, a site's name) do not hide a run of
    headlines with their dates (``- Port school wins the chess title - January 25, 2026``). A run
    of stories on the story's subject (``CLOSING_LIST_RELATED_SHARE``) is its related stories: READ
    MORE lines, in their place.
    """
    end = len(blocks)
    while (
        end
        and blocks[end - 1].kind == "paragraph"
        and not _is_bulleted_headline(blocks[end - 1].text)
        and _is_model_furniture(blocks[end - 1].line, state)
    ):
        end -= 1
    start = end
    while start and blocks[start - 1].kind == "paragraph" and _is_bulleted_headline(blocks[start - 1].text):
        start -= 1
    dated = all(g.DATED_HEADLINE_RE.match(block.text) for block in blocks[start:end])
    if end - start < g.CLOSING_LIST_MIN_ITEMS or end < len(blocks) and not dated:
        return blocks
    if _lists_related_stories(blocks, start, end, state):
        related = [_read_more(Line(b.line, b.text), b.text, state) for b in blocks[start:end]]
        return blocks[:start] + related + blocks[end:]
    for block in blocks[start:end]:
        state.drop(Line(block.line, block.text), "list of other stories")
    return blocks[:start] + blocks[end:]


def _with_closing_cut_cards(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks with a closing run of cards cut short (``CLOSING_CUT_CARDS_MIN_ITEMS``) as READ MORE lines.

    Each a paragraph of one sentence, a list headline's length, with no bullet, cut off with an
    ellipsis; over them, the story's last paragraph, announcing no list (no colon).
    """
    start = len(blocks)
    while start and _is_cut_card(blocks[start - 1]):
        start -= 1
    if len(blocks) - start < g.CLOSING_CUT_CARDS_MIN_ITEMS or not start:
        return blocks
    above = blocks[start - 1]
    if above.kind != "paragraph" or not linemodel.is_running_text(above.text) or above.text.endswith(":"):
        return blocks
    return blocks[:start] + [_read_more(Line(b.line, b.text), b.text, state) for b in blocks[start:]]


def _is_cut_card(block: Block) -> bool:
    """A paragraph cut short with an ellipsis, one sentence of a list headline's length, no bullet."""
    text = block.text
    return (
        block.kind == "paragraph"
        and text.endswith(g.ELLIPSIS_ENDS)
        and not text.startswith(g.BULLETS)
        and _is_list_headline(text)
        and not g.SENTENCE_BREAK_RE.search(text)
    )


def _lists_related_stories(blocks: list[Block], start: int, end: int, state: _State) -> bool:
    """The closing run ``blocks[start:end]`` lists the story's related stories, not the site's latest.

    Three in four of its headlines share a word with the story's headline or lede
    (``CLOSING_LIST_RELATED_SHARE``); each reads as another story's headline (no date, no point told
    as the story tells it: ``_is_linked_headline_item``; no headline with its date, as a site lists
    its latest); and the story does not introduce the list (a line ending in a colon,
    ``LIST_INTRO_RE``'s words, a heading over it): that is its own list.
    """
    above = blocks[start - 1] if start else None
    items = blocks[start:end]
    if (
        above is None
        or above.kind != "paragraph"
        or not linemodel.is_sentence(above.text)
        or g.LIST_INTRO_RE.search(above.text)
        or not all(_is_linked_headline_item(b.text) and not g.DATED_HEADLINE_RE.match(b.text) for b in items)
    ):
        return False
    subject = _subject_stems(state)
    shared = sum(bool(_stems(block.text) & subject) for block in items)
    return shared >= g.CLOSING_LIST_RELATED_SHARE * len(items)


def _is_lone_bulleted_headline(body: list[Line], i: int, blocks: list[Block]) -> bool:
    """``body[i]`` is a bulleted headline alone between the story's paragraphs (a list of one is no list).

    A paragraph of running text right above it (under the lede, a bullet is the story's key point),
    the story going on below it; never an item of a list (a bullet beside it, or a line above it
    ending with a colon).
    """
    return (
        0 < i < len(body) - 1
        and _is_linked_headline_item(body[i].text)
        and not _in_a_list(body, i)
        and _follows_a_paragraph(blocks, body, i)
        and _is_running_text_credited(body[i - 1].text)
    )


def _is_running_text_credited(text: str) -> bool:
    """Running text, perhaps with its source in brackets after it (``... he said. (Harbour.com/Ada)``)."""
    return linemodel.is_running_text(text) or linemodel.is_running_text(g.CLOSING_CREDIT_RE.sub("", text))


def _live_link(text: str, following: str, state: _State) -> str | None:
    """The headline of a link to a story's live page (``LIVE_LINK_RE``), or None.

    A headline's length with no sentence end, and not the story's own title printed again (a live
    page's own headline says ``live updates`` too), nor a live page's own entry: on a page whose
    title is a live page's (``LIVE_TITLE_RE``), or over a paragraph telling what it says. A line
    speaking to the reader (``Our reporters are sending live updates``) is a promo.
    """
    # Spelt out, not a loop over words: it runs on every line of every story.
    if len(text) > g.LIVE_LINK_MAX_CHARS or not (
        "atest" in text
        or "ATEST" in text
        or "pdates" in text
        or "PDATES" in text
        or "log" in text
        or "LOG" in text
        or "hora" in text
        or "HORA" in text
    ):
        return None
    match = g.LIVE_LINK_RE.match(text)
    if (
        not match
        or len(text.split()) > g.LIVE_LINK_MAX_WORDS
        or linemodel.ends_sentence(text)
        or _repeats_title(text, state)
        or g.LIVE_TITLE_RE.search(state.title or "")
    ):
        return None
    if whole := match["whole"]:
        return None if whole.startswith(g.LIVE_PROMO_OPENERS) else whole
    headline = match["after_topic"] or match["after_label"]
    stems = _stems(headline)
    return None if stems and _shares_half_of(stems, _stems(following)) else headline


def _bulleted_headline_run(body: list[Line], i: int, blocks: list[Block]) -> list[Line]:
    """The run of bulleted headlines ``body[i]`` opens between the story's paragraphs, or none.

    Other stories' links, two to ``HEADLINE_RUN_MAX_ITEMS``, each with the same bullet: under a
    paragraph that ends a sentence and announces no list (a list the story gives hangs off a
    colon, a label or ``LIST_INTRO_RE``'s words, and its items may follow a first item that is a
    sentence), below the story's first paragraphs (its key points stand at its top), and with the
    story going on under the run (a run closing the page is the site's list of its other stories).
    """
    if (
        i < g.HEADLINE_RUN_MIN_PLACE
        or body[i - 1].text.startswith(g.BULLETS)
        or not _under_a_paragraph_with_no_list(body, i, blocks)
    ):
        return []
    bullet, end = body[i].text[:2], i
    while end < len(body) and body[end].text[:2] == bullet and _is_linked_headline_item(body[end].text):
        end += 1
    under = body[end].text if end < len(body) else ""
    if not 2 <= end - i <= g.HEADLINE_RUN_MAX_ITEMS or under.startswith(g.BULLETS):
        return []
    # The story goes on under it: a paragraph, or the page's last line, a sentence the copy cut off.
    cut = end == len(body) - 1 and _is_cut_sentence(under)
    return body[i:end] if linemodel.is_running_text(under) or cut else []


def _under_a_paragraph_with_no_list(body: list[Line], i: int, blocks: list[Block]) -> bool:
    """``body[i]`` stands right under a paragraph of the story that announces no list.

    (A list the story gives hangs off a colon or ``LIST_INTRO_RE``'s words.)
    """
    above = body[i - 1].text
    return (
        not above.endswith(":")
        and _follows_a_paragraph(blocks, body, i)
        and _is_running_text_credited(above)
        and not g.LIST_INTRO_RE.search(above)
    )


def _title_case_headline_run(body: list[Line], i: int, blocks: list[Block]) -> list[Line]:
    """The run of headlines in Title Case ``body[i]`` opens between the story's paragraphs, or none.

    Other stories' links with no bullet, two to ``HEADLINE_RUN_MAX_ITEMS`` stacked (a subhead stands
    alone over its section), under a paragraph that announces no list, over the story going on.
    """
    if (
        i < g.HEADLINE_RUN_MIN_PLACE
        or not _is_title_case_headline(body[i].text)  # (most lines: at once)
        or not _under_a_paragraph_with_no_list(body, i, blocks)
    ):
        return []
    end = i + 1
    while end < len(body) and _is_title_case_headline(body[end].text):
        end += 1
    under = body[end].text if end < len(body) else ""
    run = body[i:end]
    if (
        not 2 <= len(run) <= g.HEADLINE_RUN_MAX_ITEMS
        or not linemodel.is_running_text(under)
        # (A caption printed twice, or over its credit, is no list: ``Fire at the Velm Museum`` twice.)
        or len({line.text for line in run}) < len(run)
        or any(_credit_line(line.text) for line in run)
    ):
        return []
    return run


def _is_title_case_headline(text: str) -> bool:
    """A headline in Title Case (``Velm Ferry Strike: Talks Collapse After Pay Offer``), no bullet.

    A comma at most: a caption naming a place in Title Case's capitals has more (``Fire at the Velm
    Museum, in Dunmar, Korrin``).
    """
    return (
        not linemodel.ends_sentence(text)
        and text.count(",") <= 1
        and g.LIST_HEADLINE_MIN_WORDS <= len(text.split()) <= g.LIST_HEADLINE_MAX_WORDS
        and not text.startswith(g.BULLETS)
        and linemodel.is_title_case(text, g.TITLE_CASE_HEADLINE_STOP_MIN_WORDS, letters_only=True)
        and not text.rstrip(g.CLOSING_QUOTES).endswith((":", ";", ","))
        and not g.STORY_TELLING_RE.search(text)
        and not _date_line(text)
    )


def _is_cut_sentence(text: str) -> bool:
    """A sentence the copy cut off mid-way: a paragraph's words, no sentence end, a comma or a word last.

    (``ends_sentence`` counts a comma as a quote's opening: here it is the cut, ``Ada Berg explained,``.)
    """
    cut = text.rstrip()
    return (
        linemodel.word_count(text) >= g.STORY_LINE_MIN_WORDS
        and (cut.endswith(",") or cut[-1:].isalpha() and not linemodel.ends_sentence(text))
        and cut.split()[-1][:1].islower()
    )


def _is_linked_headline_item(text: str) -> bool:
    """A bulleted headline that may link to another story (``- Ferry fares to rise from June``).

    Not a subhead between two dashes (``- Fiji start stronger -``), a date, or a point told as a
    story tells it (``In 2010, 33 miners were rescued ...``, ``Fares will fall``: a headline says no
    ``was``, ``is`` or ``will``, nor opens on ``It`` or ``In``).
    """
    return (
        _is_bulleted_headline(text)
        and not text.endswith(("-", "•", "*", "·"))
        and not g.STORY_TELLING_RE.search(text[2:])
        and not _date_line(text[2:])
    )


#: List modes whose items are READ MORE references: under a READ MORE label, under the outlet's picks.
_READ_MORE_LISTS = ("read_more", "picks")


def _is_card_teaser(text: str, above: Block, line_above: Line) -> bool:
    """Under the outlet's picks, the start of the story whose headline the card printed right above.

    It tells that story at a paragraph's length, with a word in common (two stories the outlet
    picks rarely share one; READ MORE items on one story do).
    """
    return (
        above.kind == "read_more"
        and above.line == line_above.number
        and linemodel.word_count(text) >= g.STORY_PARAGRAPH_MIN_WORDS
        and bool(_content_words(text) & _content_words(above.text))
    )


def _is_cut_teaser(text: str, following: str, above: Block, line_above: Line, teased: bool) -> bool:
    """Under a card's headline, the start of its story cut off with an ellipsis, another card next.

    It opens on its time stamp (``08/06/2045 15:07hs.En las últimas ...``); once the list has shown
    such a teaser (``teased``), a clause and a comma will do (``El pasado jueves, una situación...``:
    elsewhere a card's headline may open so, ``In Lisk, ferry operator cuts ...``). A list of
    headlines all cut short goes on with another cut line, a teaser with the next card's headline.
    """
    return (
        above.kind == "read_more"
        and above.line == line_above.number
        and text.endswith(g.ELLIPSIS_ENDS)
        and not following.endswith(g.ELLIPSIS_ENDS)
        and (
            bool(g.TEASER_STAMP_RE.match(text))
            or teased
            and "," in " ".join(text.split()[: g.TEASER_COMMA_WORDS])
        )
    )


def _read_more_list_mode(text: str, following: str = "") -> str | None:
    """``read_more`` under a READ MORE label, ``picks`` under the outlet's picks, else None.

    (``More on this story``, ``Further reading`` over a paragraph are a subhead: over a headline only.)
    """
    if label := g.READ_MORE_LABEL_RE.match(text):
        return None if label["soft"] and not _is_list_headline(following) else "read_more"
    return "picks" if g.PICKS_LABEL_RE.match(text) or g.SIMILAR_NEWS_LABEL_RE.match(text) else None


def _under_a_whole_headline(body: list[Line], i: int, blocks: list[Block]) -> bool:
    """``body[i]`` stands right under a card's headline (perhaps printed twice) that the page did not cut.

    (Under a headline cut short with ``…``, a line cut short too is the list's next headline.)
    """
    if not blocks or blocks[-1].kind != "read_more":
        return False
    above = [line for line in body[max(0, i - 2) : i] if line.number == blocks[-1].line]
    return bool(above) and not above[0].text.endswith((*g.ELLIPSIS_ENDS, ","))


def _is_list_item(text: str, following: str, list_mode: str, listed: int) -> bool:
    """A line under a list label that is one of its items.

    Under a list label of the outlet's picks or its own (``Recommended``, ``Most read``) a page
    may have emptied the list: a short line right under the label and followed by the story's next
    paragraph is the story's subhead.
    """
    if list_mode == "related" and (g.BYLINE_RE.match(text) or g.DATE_LINE_RE.match(text)):
        return True  # an item's byline or date
    if listed and list_mode in _READ_MORE_LISTS and _is_long_bulleted_headline(text):
        return True  # (once the list has an item, a long headline is the next: LONG_LIST_HEADLINE_MAX_WORDS)
    if not _is_list_headline(text):
        return False
    # (Right under a label of the site's list, a line of figures running on past a full stop with no item
    # under it: the list was emptied, and the line is the story's tally, ``Yes 1,204, no 988. Turnout: 61
    # per cent``. Without figures it is the list's two-sentence headline over its teaser, ``Ferry strike
    # ends. What now for Velm?``.)
    if (
        list_mode == "related"
        and not listed
        and g.SENTENCE_BREAK_RE.search(text)
        and g.DIGIT_RE.search(text)
        and not _is_list_headline(following)
    ):
        return False
    # (Right under a READ MORE label, a line the next paragraph tells again is its subhead: no link.)
    if list_mode == "read_more" and not listed and _told_by_paragraph(text, following):
        return False
    # (Under the outlet's picks, a bulleted line is the list's item: a subhead carries no bullet; so
    # is a line over one the page cut short, ``... the price of fares…``: a card's teaser, no paragraph.)
    return (
        list_mode not in ("related", "picks")
        or listed > 0
        or list_mode == "picks"
        and (text.startswith(g.BULLETS) or following.endswith(g.ELLIPSIS_ENDS))
        or not _introduces(text, following)
    )


def _told_by_paragraph(text: str, following: str) -> bool:
    """``text`` is the subhead of the paragraph under it: who, a colon, and what the paragraph tells again.

    (``Port chief: No warning before the crash`` over ``There was no warning before the crash, the
    port's chief said ...``.) Every content word of the line after the kicker's colon, at least
    ``TOLD_SUBHEAD_MIN_WORDS`` of them: a READ MORE headline shares a few words with the story at most.
    Without a kicker, a headline on the same running story may be told again by the story's recap
    (``Velm ferry crews strike over pay`` over ``Ferry crews in Velm went on strike over pay ...``).
    (Not ``duplicates._names_its_paragraph``: a subhead told so is no first words of its paragraph.)
    """
    _, colon, told = text.rpartition(": ")
    words = _stems(told)
    return (
        bool(colon) and len(words) >= g.TOLD_SUBHEAD_MIN_WORDS and words <= _stems(first_sentence(following))
    )


def _is_long_bulleted_headline(text: str) -> bool:
    """A bulleted line under a list's label read as a headline up to ``LONG_LIST_HEADLINE_MAX_WORDS``."""
    return text.startswith(g.BULLETS) and _is_list_headline(text, g.LONG_LIST_HEADLINE_MAX_WORDS)


def _is_card_kicker(text: str, below: list[Line]) -> bool:
    """A list's card kicker (``2STF``, ``Community``, ``Weather Mar 04, 2026``) over the card's headline.

    Not a subhead over the story's text: the headline under a kicker neither introduces (a
    colon) nor asks, and no running text or bullet follows it.
    """
    headline = below[0].text if below else ""
    after = below[1].text if len(below) > 1 else ""
    return (
        linemodel.word_count(g.TRAILING_DATE_RE.sub("", text)) <= g.CARD_KICKER_MAX_WORDS
        and text[-1:] not in g.LINE_MODEL_SENTENCE_ENDS
        # (``•North Velm:`` over ``For 4,210, against 3,877. Turnout: 64 per cent``: the line it
        # introduces runs on past a full stop, as a card's headline does not.)
        and not (text.endswith(":") and g.SENTENCE_BREAK_RE.search(headline))
        and _is_list_headline(headline)
        and not headline.endswith((":", "?"))
        and not (linemodel.is_running_text(after) or after.startswith(g.BULLETS))
    )


def _heads_in_capitals(text: str, following: str) -> bool:
    """A subhead in capitals (``WITNESS APPEAL``) over the paragraph it introduces, not a place line.

    Two words or more, each sharing its start with a word of the paragraph under it
    (``witnessed``, ``appealing``); a masthead in capitals (``STATE PRESS``) shares one at most.
    """
    words = _stems(text)
    return len(words) > 1 and linemodel.is_running_text(following) and words <= _stems(following)


def _introduces(text: str, following: str) -> bool:
    """``text`` reads as the subhead of ``following``: running text sharing a word with it."""
    if not linemodel.is_running_text(following):
        return False
    return bool(_content_words(text) & _content_words(following))
