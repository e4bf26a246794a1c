"""Seed text to ``SeedArticle``: pure, no Pelican, no HTML.

The parser works on lines: in scraped wire copy every non-empty line is a
paragraph, whether paragraphs are separated by blank lines or not. Lines are
classified in passes (header, leftovers, duplicates, top matter, lede, caption,
source, body); each pass takes what it recognises off the list and hands the
rest on, so a line is never both dropped and kept.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from dateutil import parser as dateparser
from dateutil import tz as dateutil_tz

from ..errors import SeedError
from . import agencies, decode, language, linemodel
from . import grammar as g
from .model import Block, Dateline, Dropped, Figure, SeedArticle


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty, cleaned line with its 1-based number in the file."""

    number: int
    text: str


#: The blocks a line of text becomes before later passes say more of it (another story's
#: headline, a post's words).
TEXT_KINDS = ("paragraph", "heading")


@dataclass(slots=True)
class _State:
    """What the passes have learned so far (mutable while parsing only)."""

    header: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    title_from_text: bool = False
    source: str | None = None
    """The seed's path (its file name may date it: ``_is_dated_caption``)."""
    date: datetime | None = None
    date_origin: str | None = None
    modified: datetime | None = None
    date_above_title: bool = False
    """The date came from a line above the headline: a masthead's date of the day, perhaps."""
    above_post_links: set[int] = field(default_factory=set)
    """Lines right above an embedded post's picture link alone on its line (dropped as furniture)."""
    crawl_month: tuple[int, int] | None = None
    """The year and month of a crawler's prefix with no day (`` date 2022-04 ``)."""
    date_is_update: bool = False
    """The date came from a line giving an update only: a published date further down replaces it."""
    title_lines: tuple[str, ...] = ()
    title_number: int | None = None
    """The line of the page the title was taken from (None for a header's title or none)."""
    repeated: set[str] = field(default_factory=set)
    """Lines the page prints twice in a row (a headline often is, and so is a photo's caption)."""
    repeated_next_line: set[str] = field(default_factory=set)
    """... of which those printed again on the very next line, a blank line above (alt text, then caption)."""
    captioned: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Captions printed twice, cut short and then whole with a credit: the whole line's (caption, credit)."""
    labelled_captions: set[int] = field(default_factory=set)
    """Lines under a caption label (``photo caption,``): captions, whatever credit stands near."""
    labelled_references: set[int] = field(default_factory=set)
    """Lines under a lone ``READ MORE``: each another story's headline, a reference."""
    above_photo_label: set[str] = field(default_factory=set)
    """Lines in a caption's place: just above a lone ``Photo:`` label (the credit the copy lost) or
    a caption's button (``toggle caption``), or printed twice glued into one line (alt text and
    caption)."""
    top_read_more: list[Block] = field(default_factory=list)
    """READ MORE references listed above the headline (``ALSO READ`` and its headlines)."""
    skip: int = 0
    """Lines after the current one that a top-matter rule took with it."""
    shown: set[str] = field(default_factory=set)
    """Lines taken as the title, lede or caption: printed again lower down, they are repeats."""
    byline: str | None = None
    dateline: Dateline | None = None
    figure: Figure | None = None
    sources: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lede: str = ""
    """The lede's line as printed (the line above the body's first)."""
    lede_number: int = 0
    """The line the lede was taken from: the editors' notes above it are shown above it."""
    page: linemodel.Page | None = None
    """The cleaned lines for the line model, which judges a line when a pass asks of it."""
    line_index: dict[int, int] = field(default_factory=dict)
    """Line number -> index in ``page``."""
    story_list_items: frozenset[int] | None = None
    """Indexes in ``page`` of the story's own lists (``_lists_of_figures``, ``_introduced_lists``),
    found once asked."""
    english: bool | None = None
    """Whether the page is in English (``_in_english``), found once asked."""
    story_stems: frozenset[str] | None = None
    """The stems of the page's paragraphs of running text, found once asked."""
    page_counts: Counter[str] = field(default_factory=Counter)
    """How often the page prints each line (bullets aside), found with ``story_stems``."""
    lower_words: frozenset[str] | None = None
    """The words the page writes in lower case, found once asked (``_writers_line``)."""
    list_labels: dict[int, str] = field(default_factory=dict)
    """The line of each list label standing alone in the body -> ``related`` (``Related Articles``,
    ``Recommended``) or ``site`` (the site's own: ``Top Stories``, ``Most read``)."""
    story_end: int | None = None
    """The line of a source line that signs the story off (``_signs_off``)."""
    last_source: int | None = None
    """The index in the body of its last line that may be a source or sign-off (found once asked)."""
    closing_source: bool = False
    """The page's last line was its source line (``_read_source_line``)."""
    post_cites: dict[int, Line] = field(default_factory=dict)
    """The line of an embedded post's words -> its signature's (``— Velm Ferries (@velmferries) ...``)."""
    notes: list[Block] = field(default_factory=list)
    """The editors' notes to readers (``Correction: ...``), taken out of the lines before any pass."""
    key_points: list[str] = field(default_factory=list)
    """The story's key points (``_key_points_at``)."""

    def drop(self, line: Line, reason: str, text: str | None = None) -> None:
        self.dropped.append(Dropped(line.number, reason, line.text if text is None else text))


def parse(
    text: str,
    source: str | None = None,
    warnings: tuple[str, ...] = (),
    furniture: Mapping[str, int] | None = None,
    named: frozenset[int] = frozenset(),
) -> SeedArticle:
    """Parse one seed's text into a ``SeedArticle``; raise ``SeedError`` if it has no story.

    ``warnings`` are what reading the file found (``decode.Decoded.warnings``); they come
    first in the article's warnings, so the build reports them with the parser's own.
    ``furniture`` maps lines (as ``normalise`` leaves them) that the archive pass found
    recurring across many seeds to the number of seeds: they are dropped before any other pass.
    ``named``: lines that the archive pass found to be another story's headline
    (``linking.bare_headlines``): the paragraph or subhead starting there is a READ MORE line.
    """
    return parse_lines(normalise(text).split("\n"), source, warnings, furniture, named)


def parse_lines(
    lines: list[str],
    source: str | None = None,
    warnings: tuple[str, ...] = (),
    furniture: Mapping[str, int] | None = None,
    named: frozenset[int] = frozenset(),
) -> SeedArticle:
    """``parse`` for a text already normalised and split into lines (the reader needs its lines too)."""
    if not any(lines):  # the lines are stripped
        raise SeedError("empty seed: no text", source)
    state = _State(warnings=list(warnings), source=source)
    start, body = _prepare(lines, state, source, furniture)
    state.page = linemodel.Page([line.text for line in body])
    state.line_index = {line.number: i for i, line in enumerate(body)}
    body = _read_top_matter(_without_glued_tails(body, state), state)
    if not body:
        raise SeedError("no story text after the header", source, start + 1)
    if len(body) > 1 and _tells_again(body[0].text, body[1].text):
        # A line the summary rule kept as the page's headline that the top matter did not take
        # for one: a summary of the lede right over it (``_summaries_printed_again``).
        state.drop(body[0], "summary of the lede")
        body = body[1:]
    lede_line, body = body[0], body[1:]
    state.lede, state.lede_number = lede_line.text, lede_line.number
    state.shown.update((*state.title_lines, lede_line.text))
    lede = _read_dateline(lede_line.text, state)
    body = _drop_repeats_of(state.title if state.title_from_text else None, lede_line.text, body, state)
    body = _cut_appended_stories(body, lines, start, state)
    body = _read_caption(body, state)
    body = _read_source_line(body, state)
    blocks = _read_body(body, state)
    if named:
        blocks = [_named_headline(b) if b.line in named and b.kind in TEXT_KINDS else b for b in blocks]
    if state.post_cites:
        blocks = _posts(blocks, state)
    _date_from_second_paragraph(lede, blocks, state)
    _date_told_in_the_opening(lede, blocks, state)
    title, derived, lede, blocks = _settle_title(state, lede, blocks)
    blocks = _date_from_crawl_month(lines, blocks, state)  # (by the dateline the title left)
    return _assemble(state, title, derived, lede, blocks)


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


def _restates(text: str, below: str) -> bool:
    """``text`` tells again what the paragraph ``below`` it tells: nearly all its words are there.

    Both long enough to be a story's paragraphs (``RESTATED_MIN_WORDS``), nearly as long as each
    other (a short summary over its story is the lede, ``RESTATED_LENGTH_SHARE``), and the share of
    the first one's content words that the second holds at least ``RESTATED_SHARE``.
    """
    words, words_below = linemodel.word_count(text), linemodel.word_count(below)
    if min(words, words_below) < g.RESTATED_MIN_WORDS or words < g.RESTATED_LENGTH_SHARE * words_below:
        return False
    words = _stems(text)
    return bool(words) and len(words & _stems(below)) >= g.RESTATED_SHARE * len(words)


def prepared_lines(text: str, furniture: Mapping[str, int] | None = None) -> list[Line]:
    """The lines as the line model sees them: header, leftovers and repeats taken off (for training)."""
    return _prepare(normalise(text).split("\n"), _State(), None, furniture)[1]


def _prepare(
    lines: list[str], state: _State, source: str | None, furniture: Mapping[str, int] | None
) -> tuple[int, list[Line]]:
    """Read the header, then clean the body's lines: archive furniture, wrapping, leftovers, repeats.

    Returns the index of the body's first line in ``lines`` and the cleaned lines.
    """
    start = _read_header(lines, state, source)
    body = [Line(n, line) for n, line in enumerate(lines[start:], start + 1) if line]
    if furniture:
        body = _drop_archive_furniture(body, furniture, state)
    body = _strip_crawler_prefix(body, state)
    body = _join_split_labels(_unwrap(_without_icon_names(body, state)))
    body = _drop_leftover_lines(body, state)
    return start, _without_key_points(_without_notes(_drop_duplicates(body, state), state), state)


def _without_notes(body: list[Line], state: _State) -> list[Line]:
    """The lines without the editors' notes (``EDITOR_NOTE_RE``), kept in ``state.notes``.

    Taken out first, a correction above the story is never read as its headline or its lede.
    """
    kept = []
    for line in body:
        if _is_note(line.text):
            state.notes.append(Block("note", line.text, line.number))
        else:
            kept.append(line)
    return kept


def _is_note(text: str) -> bool:
    """An editor's note to readers (``EDITOR_NOTE_RE``): its label, then a sentence."""
    head = text[: g.EDITOR_NOTE_LABEL_MAX_CHARS]  # (every label ends within these: others skip the pattern)
    return (
        (":" in head or "—" in head or "–" in head)
        and bool(g.EDITOR_NOTE_RE.match(text))
        and linemodel.ends_sentence(text)
    )


def _without_icon_names(body: list[Line], state: _State) -> list[Line]:
    """The lines without an icon font's names the copy kept as text (``premium_icon Two down ...``).

    (Left in, a name in lower case at a line's start reads as the rest of a wrapped sentence.)
    """
    kept = []
    for line in body:
        if "_icon" in line.text and (names := g.ICON_NAME_RE.findall(line.text)):
            state.drop(line, "icon name", " ".join(name.strip() for name in names))
            line = Line(line.number, g.ICON_NAME_RE.sub("", line.text).strip())
            if not line.text:
                continue
        kept.append(line)
    return kept


def _is_model_furniture(number: int, state: _State) -> bool:
    """The line model is sure enough that the line with this number is furniture (see ``linemodel``).

    Never a line of the story's own lists, which the model sees as short lines below the story: a
    bulleted list of figures (``- Howrah: 033 2638 2217``, helplines, results; a menu has no
    figures after its labels), or a list the story introduces (``Its members are:``).
    """
    i = state.line_index.get(number)
    if i is None or state.page is None or not state.page.is_furniture(i):
        return False
    return i not in _story_list_items(state) and not _tells_the_story(i, state)


def _in_story_list(line: Line, state: _State) -> bool:
    """``line`` heads or is an item of a list the story introduced (``BEST PICTURE`` over its winner)."""
    i = state.line_index.get(line.number)
    return i is not None and state.page is not None and i in _story_list_items(state)


def _story_list_items(state: _State) -> frozenset[int]:
    """The page indexes of the story's own lists' lines (found once: each line would read its list)."""
    if state.story_list_items is None:
        state.story_list_items = _lists_of_figures(state.page.texts) | _introduced_lists(state.page.texts)
    return state.story_list_items


def _tells_the_story(i: int, state: _State) -> bool:
    """Line ``i`` of the page is long enough to be the story's and names what its paragraphs name.

    A key point, an item of the story's list: the sentences the line model lost were such lines.
    Not a line with a year (a date line, a tweet's attribution) or one the page prints again (a
    video's title, a related headline as link and as text). (A headline of another story on the
    same topic may pass: a line of furniture kept costs less than a sentence of the story lost.)
    """
    texts = state.page.texts
    text = texts[i]
    if linemodel.word_count(text) < g.STORY_LINE_MIN_WORDS or g.YEAR_RE.search(text):
        return False
    if state.story_stems is None:  # found once (the model judges no paragraph of running text)
        state.story_stems = frozenset().union(*map(_stems, state.page.paragraphs()))
        state.page_counts = Counter(linemodel.unbulleted(line) for line in texts)
    if state.page_counts[linemodel.unbulleted(text)] > 1:
        return False
    return len(_stems(text) & state.story_stems) >= g.STORY_LINE_SHARED_STEMS


def _lists_of_figures(texts: Sequence[str]) -> frozenset[int]:
    """The indexes of the items of bulleted lists of labels with figures (and of their title).

    Two items or more, under a line of the story (a sentence, or a line introducing them with a
    colon); three or more under a title of their own, itself under a sentence of the story.
    """
    items: set[int] = set()
    for first, last in _runs_of(texts, g.DATA_ITEM_RE):
        above = texts[first - 1] if first else ""
        if last - first >= 2 and (linemodel.is_sentence(above) or above.endswith(":")):
            items.update(range(first, last))
    for first, last in _runs_of(texts, g.TITLED_DATA_ITEM_RE):
        if (
            last - first >= g.DATA_LIST_TITLED_MIN_ITEMS
            and _titles_a_list(texts, first - 1)
            # (The story goes on under it, or its title tells of the sentence above: a widget's
            # list, ``Reader poll`` over ``• Yes : 61%``, stands below the story's last line.)
            and (
                last < len(texts)
                and linemodel.word_count(texts[last]) >= g.STORY_PARAGRAPH_MIN_WORDS
                or bool(_stems(texts[first - 1]) & _stems(texts[first - 2]))
            )
        ):
            items.update(range(first - 1, last))
    return frozenset(items)


def _runs_of(texts: Sequence[str], pattern: re.Pattern) -> Iterator[tuple[int, int]]:
    """(first, last + 1) of each run of lines ``pattern`` matches, in one pass."""
    first = 0
    while first < len(texts):
        last = first
        while last < len(texts) and pattern.match(texts[last]):
            last += 1
        if last > first:
            yield first, last
        first = max(last, first + 1)


def _titles_a_list(texts: Sequence[str], at: int) -> bool:
    """``texts[at]`` is a short title under a sentence of the story."""
    return (
        at >= 1
        and linemodel.word_count(texts[at]) <= g.DATA_LIST_TITLE_MAX_WORDS
        and not linemodel.ends_sentence(texts[at])
        and linemodel.is_sentence(texts[at - 1])
    )


def _introduced_lists(texts: Sequence[str]) -> frozenset[int]:
    """The indexes of lists the story introduces, with their introducing lines.

    ``Its members are:`` (or ``Following is the full list of winners.``) right under a sentence of
    the story, then two short lines or more (the names, the times, the places): the story's own
    list, however much it looks like a menu to the line model. The introducing line says something
    in words of its own (``INTRODUCER_MIN_WORDS``); ``Follow us:``, ``Tags:`` and ``Related:`` do
    not, and the page's own voice (``Explore what the app can do for you:``, ``About the
    author:``) is not the story's (``NOT_INTRODUCER_RE``).
    """
    found: set[int] = set()
    for at in range(1, len(texts) - 2):
        text = texts[at]
        if len(text.split()) < g.INTRODUCER_MIN_WORDS:
            continue
        # (Or a sentence saying a list follows, ``Following is the complete list of winners.``, under
        # any sentence of the story.)
        says_list = text.endswith(".") and bool(g.LIST_FOLLOWS_RE.search(text))
        if not text.endswith(":") and not says_list:
            continue
        above = texts[at - 1]
        if (
            not (linemodel.is_running_text(above) or says_list and linemodel.is_sentence(above))
            or _is_list_label(text)
            or g.NOT_INTRODUCER_RE.search(text)
        ):
            continue
        end = at + 1
        while end < len(texts) and _is_short_item(texts[end]):
            end += 1
        if end - at - 1 >= 2:
            found.update(range(at, end))
    return frozenset(found)


def _is_list_label(text: str) -> bool:
    """A label the page puts over a list of its own (related stories, tags, links)."""
    return bool(
        g.READ_MORE_LABEL_RE.match(text)
        or g.PICKS_LABEL_RE.match(text)
        or g.RELATED_LIST_LABEL_RE.match(text)
        or g.TAG_LIST_LABEL_RE.match(text)
    )


def _is_short_item(text: str) -> bool:
    """An item of a list: a few words, no sentence, no address (``@name``, a link)."""
    return (
        0 < len(text.split()) <= g.LIST_ITEM_MAX_WORDS
        and not linemodel.ends_sentence(text)
        and "@" not in text
        and "://" not in text
    )


def normalise(text: str) -> str:
    """Unify line ends and spaces, remove invisible characters; words are untouched."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Decoded text has no layout control left; text handed to the parser directly may.
    if "\x0b" in text or "\x0c" in text or "\x85" in text:
        text = text.translate(g.LAYOUT_CONTROLS)
    text = g.REMOVED_CHARS_RE.sub("", text)
    # Neither pattern below reaches across a line end, so each runs once over the whole text,
    # and only when the text has something for it to change (most texts have nothing).
    if "\u201a" in text:
        text = g.LOW_QUOTE_COMMA_RE.sub(",", text)
    if "  " in text or g.OTHER_SPACE_RE.search(text):
        text = g.SPACE_RUN_RE.sub(" ", text)
    if " |" in text:
        text = g.CELL_BAR_END_RE.sub(r"\1", text)
    return "\n".join([line.strip() for line in text.split("\n")])


# --- Passes -----------------------------------------------------------------


def _read_header(lines: list[str], state: _State, source: str | None) -> int:
    """Read the ``Key: value`` block at the top; return the index where the body starts."""
    block = []
    for line in lines:
        if not line:
            break
        match = g.HEADER_LINE_RE.match(line)
        if not match or not _is_header_line(match):
            return 0
        block.append(match)
    if not block:
        return 0
    for match in block:
        key, value = match["key"].lower(), match["value"]
        if key in state.header:
            state.warnings.append(f"header key {match['key']!r} given twice; the first value is kept")
            continue
        state.header[key] = value
    if state.header.get("date"):
        state.date = parse_date(state.header["date"], state.warnings)
        if state.date is None:
            state.warnings.append(f"header Date {state.header['date']!r} is not a date; ignored")
        else:
            state.date_origin = "header"
    if state.header.get("title"):
        state.title = state.header["title"]
    image = state.header.get("image")
    if image and not g.IMAGE_PATH_RE.match(image):
        state.warnings.append(f"header Image {image!r} is not a local image file; ignored")
        del state.header["image"]
    if state.header.get("author"):
        state.byline = state.header["author"]
    if state.header.get("source"):
        state.sources.extend(split_sources(state.header["source"]))
    return len(block) + 1


def _is_header_line(match: re.Match) -> bool:
    """A known key whose value has the shape that key takes (``Status: the bridge...`` is prose)."""
    key = match["key"].lower()
    shape = g.HEADER_VALUE_RES.get(key)
    return key in g.HEADER_KEYS and (shape is None or bool(shape.match(match["value"])))


def _drop_archive_furniture(body: list[Line], furniture: Mapping[str, int], state: _State) -> list[Line]:
    """Remove the lines the archive pass found in many seeds (menus, promos, footers)."""
    kept = []
    for line in body:
        count = furniture.get(line.text)
        if count:
            state.drop(line, f"archive furniture: {count} seeds")
        else:
            kept.append(line)
    return kept


def _strip_crawler_prefix(body: list[Line], state: _State) -> list[Line]:
    """Take `` date YYYY-MM-DD `` off the first line, keeping the date if none is known.

    A relative day and time alone after it, or as the page's first line (``Today at 4:10 PM``:
    ``RELATIVE_DAY_TIME_RE``), is dropped: when the page was posted, never its headline.
    """
    if not body:
        return body
    first = body[0]
    rest = first.text
    if match := g.CRAWLER_PREFIX_RE.match(rest):
        state.drop(first, "crawler prefix", match.group(0).strip())
        if state.date is None and match["day"]:
            state.date = parse_date(match["date"], state.warnings)
            state.date_origin = "crawler-prefix" if state.date else None
        elif not match["day"]:
            year, month = match["date"].split("-")
            state.crawl_month = int(year), int(month)
        rest = rest[match.end() :]
    # (Not over a line in lower case: a wrapped sentence's first words, ``Today at 10:30`` / ``the
    # council ...``.)
    if g.RELATIVE_DAY_TIME_RE.match(rest) and not (len(body) > 1 and body[1].text[:1].islower()):
        state.drop(first, "relative date", rest)
        rest = ""
    if rest == first.text:
        return body
    return ([Line(first.number, rest)] if rest else []) + body[1:]


def _unwrap(body: list[Line]) -> list[Line]:
    """Join hard-wrapped lines back into paragraphs; other text is returned as it is.

    Copy broken at a fixed width has most lines about that long, ending mid-sentence; a line
    that long runs on into the next, a shorter one ends its paragraph.
    """
    if len(body) < g.WRAP_MIN_LINES:
        return body
    full = _fixed_width_run_ons(body) or _lower_case_run_ons(body)
    if not full:
        return body
    # In wrapped copy a paragraph's first line may be cut short (beside a photo): one ending on
    # ``the`` or ``on`` still runs on, and so does one ending no sentence over a line in lower case
    # (``VELM (Meridian Wire) - Harbour`` over ``officials said ...``).
    full = [
        run_on
        or (
            i + 1 < len(body)
            and (_ends_mid_sentence(line.text) or _runs_on_in_lower_case(line.text, body[i + 1].text))
        )
        for i, (line, run_on) in enumerate(zip(body, full, strict=True))
    ]
    if len(body) > 1 and full[0] and body[1].text[:1].isupper() and not _ends_mid_sentence(body[0].text):
        full[0] = False  # the headline, as long as the wrap width: the next line starts the story
    joined: list[Line] = []
    for i, line in enumerate(body):
        if i and full[i - 1] and not _stands_alone(line.text):
            joined[-1] = Line(joined[-1].number, f"{joined[-1].text} {line.text}")
        else:
            joined.append(line)
    return joined


def _fixed_width_run_ons(body: list[Line]) -> list[bool] | None:
    """Which lines run on into the next, when the copy was broken at one width; else None."""
    # Most seeds have paragraphs longer than any wrap width: no need to sort their lengths.
    if sum(len(line.text) <= g.WRAP_WIDTH.stop for line in body) < g.WRAP_MIN_SHARE * len(body):
        return None
    lengths = sorted(len(line.text) for line in body)
    width = lengths[int(len(lengths) * g.WRAP_WIDTH_QUANTILE)]
    if width not in g.WRAP_WIDTH:
        return None
    full = [_runs_on(line.text, width) for line in body]
    if sum(full) < g.WRAP_MIN_SHARE * len(body):
        return None
    # A sentence runs on into the next line: most of those lines start in lower case (a list of
    # headlines, each on its own line and about as long, does not).
    run_ons = sum(1 for i, f in enumerate(full[:-1]) if f and body[i + 1].text[:1].islower())
    return full if run_ons >= g.WRAP_MIN_RUN_ONS * sum(full) else None


def _lower_case_run_ons(body: list[Line]) -> list[bool] | None:
    """Which lines run on into the next in copy broken anywhere; else None.

    A press release pasted line by line: a line that ends no sentence, followed by one that
    starts in lower case.
    """
    full = [
        i + 1 < len(body) and _runs_on_in_lower_case(line.text, body[i + 1].text)
        for i, line in enumerate(body)
    ]
    return full if sum(full) >= g.WRAP_MIN_LOWER_RUN_ONS else None


def _runs_on_in_lower_case(text: str, below: str) -> bool:
    """``text`` ends no sentence and the line ``below`` starts in lower case.

    Not with a name's particle or a brand in lower case (``van Roon``, ``eSea``) below: a line
    under a subhead or headline may start so; nor a word or two over another (``twitter`` over
    ``youtube``: a menu).
    """
    if not below[:1].islower():  # (asked of every pair of lines: most fail here)
        return False
    first = below.split(" ", 1)[0]
    return (
        (text.count(" ") >= g.MENU_ITEM_MAX_WORDS or below.count(" ") >= g.MENU_ITEM_MAX_WORDS)
        and first.islower()
        and first not in g.NAME_PARTICLES
        and not _stands_alone(text)
        and not linemodel.ends_sentence(text)
        # (A page's script, in lower case, runs on into nothing.)
        and not g.SCRIPT_LINE_RE.search(text)
        and not g.SCRIPT_LINE_RE.search(below)
    )


def _join_split_labels(body: list[Line]) -> list[Line]:
    """``Photo:`` on one line and ``Supplied`` on the next: one line, ``Photo: Supplied``.

    So is a wire's dateline alone over the lede's running text (``EL PASO, Texas -``), and a
    headline broken after its colon at the top of the page (``_is_split_headline``).
    """
    joined: list[Line] = []
    for line in body:
        # A paragraph under a lone ``Photo:`` is the story's own, not the photo's credit.
        if joined and (
            (label := g.SPLIT_LABEL_RE.match(joined[-1].text))
            and not (label["photo"] and linemodel.is_running_text(line.text))
            or g.SPLIT_DATELINE_RE.match(joined[-1].text)
            and linemodel.is_running_text(line.text)
            or len(joined) == 1
            and _is_split_headline(joined[-1], line, body)
        ):
            joined[-1] = Line(joined[-1].number, f"{joined[-1].text} {line.text}")
        else:
            joined.append(line)
    return joined


def _joins_a_headline(first: str, second: str) -> bool:
    """``second`` is the rest of headline ``first``, broken before a joining word (``to end their strike``).

    A few words, some of them in lower case after the joining word (``to Korrin`` names a place
    only), no date; the first half ends on a word.
    """
    words = second.split()
    return (
        words[0] in g.HEADLINE_JOINING_WORDS
        and len(words) <= g.SPLIT_HEADLINE_SECOND_MAX_WORDS
        and any(word[:1].islower() for word in words[1:])
        and linemodel.last_mark(first).isalnum()
        and not _date_line(second)
        and not g.YEAR_RE.search(second)
    )


def _is_split_headline(first: Line, second: Line, body: list[Line]) -> bool:
    """``Maltempo, esonda il Korrin:`` over ``evacuate cento famiglie a Velm``: one headline in two lines.

    The first half ends on its colon (or on a word, the second opening on a word that joins them:
    ``Ostrel nurses vote`` over ``to end their strike``), the second follows on the next line in
    lower case and ends no sentence; a few words before the colon (``Sections:`` over a menu is no
    headline), and no more than a headline's together. The pair stands alone, a blank line under
    it (a list's opening, ``... three cuts on Monday night:`` over ``closing the Mill Lane pool``,
    and wrapped copy go on), with no clock time (a stamp's) nor a list of words after commas (a
    tags line's).
    """
    return (
        (
            first.text.endswith(":")
            # (``Ostrel nurses vote`` over ``to end their strike``: wrapped before a word that
            # joins the halves, the first ending no sentence.)
            or _joins_a_headline(first.text, second.text)
        )
        and second.number == first.number + 1
        and second.text[:1].islower()
        and linemodel.word_count(first.text) >= g.SPLIT_HEADLINE_MIN_WORDS
        and linemodel.word_count(first.text) + linemodel.word_count(second.text) <= g.HEADLINE_MAX_WORDS
        and not linemodel.ends_sentence(second.text)
        and all(line.number != second.number + 1 for line in body)
        and not g.CLOCK_TIME_RE.search(second.text)
        and second.text.count(",") < 2
    )


def _runs_on(text: str, width: int) -> bool:
    """A line of hard-wrapped copy that goes on in the next: about the wrap width, no sentence end.

    Not a photo caption pasted whole among the wrapped lines, far longer than they are and ending
    in its credit (``... (Photo by Ada Merrow / MW)``): it runs on into nothing.
    """
    return (
        len(text) >= g.WRAP_FULL * width
        and linemodel.last_mark(text) not in ".!?…"
        and not _stands_alone(text)
        and not (len(text) > g.WRAP_LONGEST * width and _caption_match(text))
    )


def _ends_mid_sentence(text: str) -> bool:
    """The line stops on a word no sentence or heading ends with (``... at about 2:15 p.m. ET on``).

    Only a line of some length: a headline or subhead (``What to look out for``) is shorter.
    """
    return (
        text.rsplit(" ", 1)[-1] in g.RUN_ON_WORDS
        and len(text.split()) >= g.RUN_ON_MIN_WORDS
        and not _stands_alone(text)
    )


def _stands_alone(text: str) -> bool:
    """A line that is never part of a wrapped paragraph: a READ MORE line, a source, a sign-off, an age."""
    return bool(
        text.startswith("(")
        or g.READ_MORE_RE.match(text)
        or g.SOURCE_LINE_RE.match(text)
        or g.RELATIVE_DATE_RE.match(text)
    )


def _without_glued_tails(body: list[Line], state: _State) -> list[Line]:
    """The lines without what a page glues to the end of a paragraph (``GLUED_TAILS``), reported.

    Another story's headline in chevrons, a pointer to the rest of the article on another site, a
    radio transcript's credit.
    """
    out = []
    for line in body:
        text = line.text
        for needle, pattern, reason in g.GLUED_TAILS:
            if needle in text and (match := pattern.search(text)) and match.start() > 0:
                state.drop(line, reason, match.group().strip())
                text = text[: match.start()].rstrip()
        out.append(line if text == line.text else Line(line.number, text))
    return out


def _drop_leftover_lines(body: list[Line], state: _State) -> list[Line]:
    """Remove page furniture (embeds, share buttons, disclaimers) and glued READ MORE text."""
    kept = []
    for i, line in enumerate(body):
        if reason := _leftover(line.text):
            if reason == "emptied list" and kept and _is_emptied_list_label(kept[-1].text):
                state.drop(kept.pop(), "related-links label")
            if reason == "embedded post's signature" and _post_above(body, i, kept):
                state.post_cites[kept[-1].number] = line  # (shown under the post, or dropped: ``_posts``)
                continue
            if reason == "reading-time label" and line.text[:1] in "-–—" and _in_a_dash_list(body, i):
                kept.append(line)  # (``- 10 min read`` among ``- 20 min homework``: a plan's item)
                continue
            if reason == "embed link" and kept:
                state.above_post_links.add(kept[-1].number)
            if kept and g.CAPTION_TOGGLE_RE.match(line.text):
                state.above_photo_label.add(kept[-1].text)
            # ``READ MORE`` over one other story's headline, or ``Read More`` over one cut short (and
            # the list the body reads under it), labels it.
            below = body[i + 1 : i + 2]
            if g.READ_MORE_LABEL_RE.match(line.text) and _labels_one_headline(line.text, below):
                state.labelled_references.add(below[0].number)
                state.drop(line, "read-more label")
                continue
            if not (g.READ_MORE_LABEL_RE.match(line.text) and _labels_a_cut_headline(below)):
                state.drop(line, reason)
                continue
        if _is_disclaimer(line.text):
            state.drop(line, "disclaimer")
            continue
        if _is_browser_notice(line.text):
            state.drop(line, "ad-blocker or browser notice")
            continue
        if not line.text.isascii() and _is_language_menu(line.text):
            state.drop(line, "language menu")
            continue
        # ``Photo:`` above a paragraph: its credit is lost, and the line above it is the caption.
        if line.text.endswith(":") and (label := g.SPLIT_LABEL_RE.match(line.text)):
            state.drop(line, "label without a value")
            if label["photo"] and kept:
                state.above_photo_label.add(kept[-1].text)
            continue
        glued = _glued_read_more(line.text)
        if glued and glued.start() > 0:
            state.drop(line, "read-more link text", glued.group(0).strip())
            line = Line(line.number, line.text[: glued.start()])
        kept.append(line)
    return kept


def _labels_a_cut_headline(below: list[Line]) -> bool:
    """The line under a ``Read More`` is another story's headline cut short.

    (Uncut, it may be the story's own subhead.)
    """
    text = below[0].text if below else ""
    return text.endswith(("...", "…")) and _is_list_headline(text) and not _leftover(text)


def _labels_one_headline(label: str, below: list[Line]) -> bool:
    """``label`` is ``READ MORE`` in capitals and the line under it reads as another story's headline.

    Only that line (the lines under it are the story's), of ``LABELLED_HEADLINE_MIN_WORDS`` words
    or more, no question, no quote, no running text: ``What the board decided``, ``Who is the new
    pilot?`` under a lone label are the story's own subheads. (Under ``Read more`` in mixed case,
    an uncut line is the story's subhead under a button's text.)
    """
    text = below[0].text if below else ""
    return (
        label.isupper()
        and not text.endswith(("...", "…", "?"))
        and text[:1] not in g.OPENING_QUOTES
        and len(text.split()) >= g.LABELLED_HEADLINE_MIN_WORDS
        and not linemodel.is_running_text(text)
        and _is_list_headline(text)
        and not _leftover(text)
    )


def _post_above(body: list[Line], at: int, kept: list[Line]) -> bool:
    """The words of the post that ``body[at]`` signs stand right above it.

    Where another line stands between (an ad: ``Publicité``; the picture's link of a post of a
    picture alone), the post's words were lost with the embed, and the paragraph above is the
    story's; so is a line introducing the post (``... writing:``) or one longer than a post.
    """
    if not kept or not at or body[at - 1].number != kept[-1].number:
        return False
    words = kept[-1].text
    return not words.endswith(":") and len(words) <= g.POST_MAX_CHARS


def _posts(blocks: list[Block], state: _State) -> list[Block]:
    """The blocks with each embedded post's words as a post signed beneath (its picture's link cut).

    A signature whose words became something else (the lede, a caption, a repeat) is dropped.
    """
    out = []
    for block in blocks:
        signature = state.post_cites.pop(block.line, None) if block.kind in TEXT_KINDS else None
        if signature is None:
            out.append(block)
            continue
        words = g.EMBED_LINK_TAIL_RE.sub("", block.text) or block.text
        if words != block.text:
            state.dropped.append(Dropped(block.line, "embed link", block.text[len(words) :].strip()))
        out.append(Block("post", words, block.line, cite=signature.text.lstrip("— ")))
    for signature in state.post_cites.values():
        state.drop(signature, "embedded post's signature")
    return out


@functools.lru_cache(maxsize=1 << 14)  # (a site's furniture recurs on every page of it)
def _leftover(text: str) -> str | None:
    """Why ``text`` is a line of the page's furniture (``LEFTOVER_LINES``), or None."""
    if match := g.LEFTOVER_LINE_RE.match(text):
        return g.LEFTOVER_LINES[match.lastindex - 1][1]
    for needle, pattern, reason in g.NEEDLED_LEFTOVER_LINES:  # (a substring test: faster than one scan)
        if needle in text and pattern.match(text):
            return reason
    first = text.split(maxsplit=1)[0].casefold() if text else ""
    first = "#" if first.isdigit() else first
    for words, pattern, reason in g.WORD_LEFTOVER_LINES:  # (a set lookup, then the pattern)
        if first in words and pattern.match(text):
            return reason
    if (
        text[-3:-2] == ":"
        and text[-2:].isdigit()
        and any(pattern.match(text) for pattern in g.VIDEO_CARD_RES)
    ):
        return "video card"
    return None


def _is_disclaimer(text: str) -> bool:
    """A line holding one of ``DISCLAIMER_PHRASES`` (a site's note on what it publishes).

    Not a sentence reporting someone's words: ``The university said the posts do not
    necessarily reflect the views of the university``.
    """
    if len(text) > g.DISCLAIMER_MAX_CHARS or "necessarily" not in text and "portion" not in text:
        return False
    lowered = text.lower()
    return any(phrase in lowered for phrase in g.DISCLAIMER_PHRASES) and not g.REPORTED_SPEECH_RE.search(text)


def _is_browser_notice(text: str) -> bool:
    """A site's notice to its reader's browser (``Adblock Detected``, ``IE 11 is not supported``)."""
    # Words looked for as text first: a regex search on every line of every story is slow.
    if len(text) > g.DISCLAIMER_MAX_CHARS:
        return False
    lower = text.lower()
    if "lock" not in lower and "pgrade" not in lower and "supported" not in lower:
        return False
    return bool(g.BROWSER_NOTICE_RE.search(text))


def _is_language_menu(text: str) -> bool:
    """``हिन्दी मराठी বাংলা தமிழ்``: a site's editions, each named in its own script (a sentence has one)."""
    if len(text) > g.LANGUAGE_MENU_MAX_CHARS or text.count(" ") >= g.LANGUAGE_MENU_MAX_WORDS:
        return False
    words = text.split()
    if len(words) < g.LANGUAGE_MENU_MIN_SCRIPTS:
        return False
    scripts = Counter(_script_of(word) for word in words)
    # A sentence naming a language or two is written in one script, most of its words in it.
    return len(scripts.keys() - {None}) >= g.LANGUAGE_MENU_MIN_SCRIPTS and max(scripts.values()) * 2 <= len(
        words
    )


def _script_of(word: str) -> str | None:
    """The script of a word's first letter (``LATIN``, ``DEVANAGARI``), None for a word without one."""
    letter = next((c for c in word if c.isalpha()), None)
    return unicodedata.name(letter, "?").split(" ", 1)[0] if letter else None


def _glued_read_more(text: str) -> re.Match | None:
    """``– READ MORE`` at the end of ``text``, if it is there."""
    # The pattern ends in ``more`` and white space, and no letter but M, m, O, o, R, r, E and e
    # matches those four case-insensitively: other lines are ruled out without a regex search.
    if text.rstrip()[-4:].lower() != "more":
        return None
    return g.GLUED_READ_MORE_RE.search(text)


def _is_pull_quote(body: list[Line], i: int) -> bool:
    """``body[i]`` is a pull quote over its speaker's name, quoted whole by a paragraph just below.

    (``The ferries will run again by Monday`` / ``Ada Berg`` over ``"The ferries will run again by
    Monday," said Ada Berg ...``: the page's quote card, printed again from the paragraph.) Never a
    line in quotation marks of its own: a wire's subhead quotes the paragraph under it so.
    """
    # (The speaker's short line asked first: most lines stand over a paragraph.)
    if i + 2 >= len(body) or len(speaker := body[i + 1].text) > g.PULL_QUOTE_SPEAKER_MAX_CHARS:
        return False
    text = body[i].text
    if (
        text[:1] in g.QUOTE_MARKS
        or not (_is_name_like(speaker) and 2 <= len(speaker.split()) <= g.BYLINE_NAME_MAX_WORDS)
        or not g.PULL_QUOTE_WORDS[0] <= len(text.split()) <= g.PULL_QUOTE_WORDS[1]
        or linemodel.ends_sentence(text)
    ):
        return False
    for below in body[i + 2 : i + 2 + g.PULL_QUOTE_WINDOW]:
        paragraph = below.text
        at = paragraph.find(text)
        end = at + len(text)
        if (
            at > 0
            and paragraph[at - 1] in g.QUOTE_MARKS
            # (the quote closes where the line ends, its stop or comma at most between)
            and paragraph[end : end + 2].lstrip(",.!?")[:1] in g.QUOTE_MARKS
            and speaker in paragraph
            # (under the story's first paragraph: above it, a quote over its speaker is the headline)
            and any(linemodel.is_running_text(line.text) for line in body[:i])
        ):
            return True
    return False


def _drop_duplicates(body: list[Line], state: _State) -> list[Line]:
    """Remove exact repeats of the previous line and truncated copies of a neighbour."""
    kept: list[Line] = []
    quotes: set[int] = set()  # (the speakers' lines of pull quotes)
    summaries = _summaries_printed_again(body)
    glued_copy = -1
    for i, line in enumerate(body):
        if i in summaries:
            state.drop(line, "summary of the lede")
            continue
        if (half := _glued_twice(line.text)) is not None:
            state.drop(line, "printed twice, glued")
            if _leftover(half):  # (``Save ArticleSave Article``: a button printed twice)
                continue
            if not linemodel.ends_sentence(half):  # the image's alt text and its caption: a caption's place
                state.above_photo_label.add(half)
            line = Line(line.number, half)
        previous = kept[-1].text if kept else ""
        next_text = body[i + 1].text if i + 1 < len(body) else ""
        if kept and line.text == previous:
            state.drop(line, "repeated paragraph")
            state.repeated.add(line.text)
            # (On a page whose paragraphs stand apart, a blank line above the first copy: on one
            # that runs its lines together a paragraph printed twice would stand so too.)
            first = kept[-1].number
            if line.number == first + 1 and (len(kept) < 2 or first > kept[-2].number + 1):
                state.repeated_next_line.add(line.text)
            continue
        if _is_pull_quote(body, i):
            state.drop(line, "pull quote")
            state.drop(body[i + 1], "pull quote's speaker")
            quotes.add(body[i + 1].number)
            continue
        if line.number in quotes:
            continue
        if kept and _numbers_a_photo_of(line.text, previous):
            state.drop(line, "photo's alt text")  # (``Headline (Image 1)`` under the headline)
            continue
        if _numbers_a_photo_of(next_text, line.text):
            kept.append(line)  # (not a cut copy of the line under it: that line is its photo's)
            continue
        if _is_labelled_copy(line.text, next_text):
            state.drop(line, "credit printed twice")
            continue
        if line.text.endswith(g.EXCERPT_MARKS) and _is_excerpt_of(
            line.text, next_text, body[i + 2].text if i + 2 < len(body) else ""
        ):
            state.drop(line, "page's excerpt of the story")
            continue
        if i < g.OUTLET_TITLE_MAX_LINE and _is_glued_outlet_copy(line.text, next_text):
            # ``Headline`` over ``Headlinemeridianwire``: the headline, then the page's title.
            kept.append(line)
            state.drop(body[i + 1], "headline with the outlet's name glued")
            glued_copy = i + 1
            continue
        if i == glued_copy:
            continue
        if kept and i <= g.OUTLET_TITLE_MAX_LINE and _is_headline_with_outlet(previous, line.text):
            # ``Headline - Velm Channel 4`` over ``Headline``: the page's title, then the headline.
            state.drop(kept.pop(), "headline with the outlet's name")
            kept.append(line)
            continue
        glued = _is_glued_to(line.text, next_text)
        neighbours = (previous,) if glued else (previous, next_text)
        if _is_truncated_copy(line.text, *neighbours):
            if found := _echoed_caption(line.text, next_text):
                state.captioned[next_text] = found
                state.drop(line, "repeated caption")
            else:
                state.drop(line, "truncated duplicate")
            continue
        kept.append(line)
    return kept


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
        g.ALT_TEXT_MIN_WORDS <= len(words) <= g.ALT_TEXT_MAX_WORDS
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


def _is_glued_outlet_copy(headline: str, text: str) -> bool:
    """``text`` is ``headline`` with a site's name glued on in lower case (``GLUED_OUTLET_TAIL_RE``)."""
    last = headline.rsplit(None, 1)[-1]
    return (
        len(text) > len(headline)
        and text.startswith(headline)
        and headline[-1:].isalpha()
        and len(last) >= g.GLUED_OUTLET_LAST_WORD_MIN_CHARS  # (``... village si`` over ``... signpost``)
        and len(headline.split()) >= g.OUTLET_HEADLINE_MIN_WORDS
        and g.GLUED_OUTLET_TAIL_RE.fullmatch(text[len(headline) :]) is not None
    )


def _is_headline_with_outlet(title: str, headline: str) -> bool:
    """``title`` is ``headline`` and an outlet's name after a dash or bar (``OUTLET_NAME_RE``)."""
    if (
        not title.startswith(headline)
        or len(title) <= len(headline)
        or len(headline.split()) < g.OUTLET_HEADLINE_MIN_WORDS
    ):
        return False
    match = g.OUTLET_AFTER_HEADLINE_RE.fullmatch(title[len(headline) :])
    return bool(match and g.OUTLET_NAME_RE.match(match["outlet"]))


def _summaries_printed_again(body: list[Line]) -> set[int]:
    """Lines at the top that the story tells again a few lines down, with its dateline or more words.

    A page's summary is often its lede once more (``A bus tipped over ...`` over ``MEXICO CITY
    (AP) — A bus tipped over ...``), edited a little or cut short, with a photo or a date line
    between them maybe (no paragraph): the story's copy is kept. Never the page's first line of
    a few words (its headline, whatever it ends with), a photo's caption printed twice, key points
    the story tells again (other rules read them), nor a live page's entry over an older one.
    """
    top = body[: g.SUMMARY_COPY_TOP_LINES]
    headline = next(
        (i for i, line in enumerate(top) if linemodel.word_count(line.text) >= g.TITLE_MIN_WORDS), 0
    )
    if (
        top
        and linemodel.word_count(top[headline].text) > g.HEADLINE_MAX_WORDS
        and linemodel.ends_sentence(top[headline].text)
    ):
        headline = -1  # (a paragraph first: the page printed no headline)
    found: set[int] = set()
    for i, line in enumerate(top):
        if i and i - 1 not in found and _is_sentence_line(top[i - 1].text):
            break  # (past the story's first paragraph or a sentence, no line is a summary above it)
        words = len(line.text.split())
        if (
            i <= headline
            or words < g.RESTATED_MIN_WORDS
            or line.text.endswith("?")  # (a question the next one asks again, longer)
            # (A headline ends no sentence; a page's summary cut short is longer.)
            or words < g.SUMMARY_COPY_UNSTOPPED_MIN_WORDS
            and not linemodel.ends_sentence(line.text)
            or _is_bulleted_run(top, i)
            or not _may_be_restated(line.text, top[i + 1 : i + 1 + g.SUMMARY_COPY_WITHIN])
            or _top_caption(line.text) is not None
        ):
            continue
        dated = i > 0 and _top_date_line(top[i - 1].text) is not None
        for below in top[i + 1 : i + 1 + g.SUMMARY_COPY_WITHIN]:
            if dated and _top_date_line(below.text) is not None:
                break  # (a live page's entries, each under its time)
            if _top_caption(below.text) is not None or _is_top_matter(below.text):
                continue  # (a photo, a date line, a byline between)
            if not _is_sentence_line(below.text):
                if _is_headline_shaped(below.text):
                    break  # (another headline between: the line may be its story's)
                continue
            if _tells_again(line.text, below.text) and (
                len(below.text.split()) > words or _dateline_at(below.text) is not None
            ):
                found.add(i)
            break  # (past a paragraph of the story, a line is no summary above it)
    return found


def _may_be_restated(text: str, below: list[Line]) -> bool:
    """Enough of ``text``'s stems are in the lines ``below`` for one of them to restate it (``_restates``).

    (A quick test first, on most pages false: the rule's other tests cost more.)
    """
    stems = _stems(text)
    window = " ".join(line.text for line in below).casefold()
    return sum(stem in window for stem in stems) >= g.RESTATED_SHARE * len(stems)


def _tells_again(text: str, below: str) -> bool:
    """``below`` restates ``text`` (``_restates``): yes or no as it says, its figures, its label.

    (``The council has not voted to close ...`` answers ``Claim: The council has voted to close
    ...``; ``4 million`` is not ``40 million``: a negation or a figure in one only, or the label
    gone, and the line is no summary.)
    """
    if not _restates(text, below):
        return False
    negations = [
        {w for w in g.WORD_RE.findall(line.casefold()) if w in g.NEGATION_WORDS} for line in (text, below)
    ]
    label = g.LINE_LABEL_RE.match(text)
    return (
        negations[0] == negations[1]
        and set(_figures(text)) <= set(g.FIGURE_RE.findall(below))
        and not (label and label["label"].casefold() not in below.casefold())
    )


def _figures(text: str) -> list[str]:
    """The figures in ``text`` (``FIGURE_RE``), but one the line was cut short in (``Selasa (2``)."""
    figures = g.FIGURE_RE.findall(text)
    if figures and not linemodel.ends_sentence(text) and text.rstrip().endswith(figures[-1]):
        figures.pop()
    return figures


def _is_sentence_line(text: str) -> bool:
    """Running text or a line ending a sentence: the story's, or a photo's caption."""
    return linemodel.is_running_text(text) or linemodel.ends_sentence(text)


def _is_bulleted_run(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is bulleted, and so is a line next to it: a list's item."""
    return lines[i].text.startswith(g.BULLETS) and any(
        lines[k].text.startswith(g.BULLETS) for k in (i - 1, i + 1) if 0 <= k < len(lines)
    )


def _is_excerpt_of(text: str, below: str, after: str) -> bool:
    """``text`` (ending in ``EXCERPT_MARKS``) is a page's excerpt of the story: ``below`` and more.

    (A blog's or a feed's teaser over the story: the paragraph under it, then the first words of
    the one ``after`` it, cut. Every word of it is the story's; its paragraphs are kept whole.)
    """
    if len(below) < g.TRUNCATED_MIN_CHARS:
        return False
    teaser = text[: text.rfind("[")].rstrip()
    return teaser.startswith(below) and after.startswith(teaser[len(below) :].strip().rstrip(",;:"))


def _numbers_a_photo_of(text: str, line: str) -> bool:
    """``text`` is ``line`` and a gallery's number for a photo (``... Crimes (Image 1)``): its alt text."""
    return (
        len(text) > len(line) and text.startswith(line) and bool(g.PHOTO_NUMBER_RE.match(text[len(line) :]))
    )


def _is_truncated_copy(text: str, *neighbours: str) -> bool:
    """True when ``text`` is a strict prefix (ellipsis allowed) of a neighbouring line."""
    # Only a line ending in an ellipsis has one to take off (lines hold no line end for ``$``).
    stem = g.ELLIPSIS_TAIL_RE.sub("", text) if text.endswith(g.ELLIPSIS_ENDS) else text
    if len(stem) < g.TRUNCATED_MIN_CHARS:
        return False
    size = len(stem)
    for neighbour in neighbours:
        if len(neighbour) > size and neighbour.startswith(stem):
            return True
    return False


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
    )


def _drop_caption_above(blocks: list[Block], state: _State) -> None:
    """Take the last paragraph back as the caption of the photo whose credit stands under it."""
    caption = blocks.pop()
    state.drop(Line(caption.line, caption.text), "another photo's caption or credit")


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


def _is_labelled_copy(text: str, following: str) -> bool:
    """``following`` is ``text`` with a credit's label (``Name, Agency`` over ``Foto: Name, Agency``)."""
    return (
        following.endswith(text)
        and len(following) > len(text) >= g.TRUNCATED_MIN_CHARS
        and _credit_line(following) == text
    )


def _is_caption_sentence(text: str) -> bool:
    """A line that may be a caption (``_is_caption_text``) and is one sentence, as a caption is."""
    return _is_caption_text(text) and _is_one_sentence(text)


def _is_one_sentence(text: str) -> bool:
    """A caption by a credit's side is one sentence: a paragraph above a lost caption's credit, more."""
    return not g.SENTENCE_BREAK_RE.search(text)


def _credits_the_line_below(body: list[Line], i: int) -> bool:
    """The credit at ``body[i]`` stands above its caption, as some pages print it: a caption-shaped line."""
    below = body[i + 1].text if i + 1 < len(body) else ""
    return _is_caption_text(below, marked=True) and not linemodel.is_running_text(below)


def _glued_twice(text: str, least: int = g.TRUNCATED_MIN_CHARS) -> str | None:
    """The line's half when the line is that half twice, glued (``... goalsKenny Dougall was ...``).

    The half is ``least`` characters long at least.
    """
    size = len(text) // 2
    if size < least or len(text) % 2 or text[:size] != text[size:]:
        return None
    return text[:size]


def _echoed_caption(text: str, following: str) -> tuple[str, str] | None:
    """(caption, credit) of ``following`` when it is ``text`` whole, a credit after it (``(Ada Berg/AP)``).

    A page prints a photo's caption as its alt text, cut short, and again under the photo with
    the credit. Story text printed twice adds a sentence, not a few words that say photo.
    """
    stem = g.ELLIPSIS_TAIL_RE.sub("", text)
    if not following.startswith(stem):
        return None
    cut = len(stem)
    if following[cut - 1 : cut + 1].isalnum():  # the cut fell inside a word of the credit
        end = g.CAPTION_LAST_SENTENCE_END_RE.match(following[:cut])
        cut = end.end() if end else cut
    caption, credit = following[:cut].strip(), following[cut:].strip(" |")
    if not credit or len(credit.split()) > g.ECHO_CREDIT_MAX_WORDS or len(caption) < g.TRUNCATED_MIN_CHARS:
        return None
    if (
        g.ECHO_CAPITALS_CREDIT_RE.match(credit)
        and caption.endswith(".")
        and following[len(caption) : len(caption) + 1] == " "  # (a space, not ``| OUTLET``)
        and _is_caption_sentence(caption)
    ):
        return caption, credit
    if g.REPORTED_SPEECH_RE.search(credit) or not (
        g.ECHO_CREDIT_LEAD_RE.match(credit) or _credit_line(credit)
    ):
        return None  # (``... gusted to 80 km/h, officials said.``: the sentence's own end)
    if g.ECHO_CREDIT_RE.search(credit) or agencies.is_agency(credit.strip("()")):
        return caption, credit.strip("()")
    return None


def _is_glued_to(text: str, following: str) -> bool:
    """``following`` runs on from ``text`` into a capital with no space (``... says policeNepal: ...``).

    The copy glued a headline to the lede: the headline is no cut copy of it, and stays the title.
    """
    size = len(text)
    return (
        len(following) > size
        and following.startswith(text)
        and text[-1:].islower()
        and following[size].isupper()
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
        elif rest and _is_label_like_top(line.text):
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


def _shares_half_of(stems: set[str], other: set[str]) -> bool:
    """At least half of ``stems`` are in ``other`` (a line another tells: its subhead, caption, link)."""
    return 2 * len(stems & other) >= len(stems)


def _subject_stems(state: _State) -> set[str]:
    """The stems of the story's headline and lede: what it is about."""
    return _stems(f"{state.title or ''} {state.lede}")


def _stems(text: str) -> set[str]:
    """Content words cut to a few letters: ``increases`` and ``increase`` meet."""
    return {word[: g.STEM_CHARS] for word in _content_words(text)}


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


def _is_label_like_top(text: str) -> bool:
    """A line of a word or two, no sentence: above a headline, a place, a section, a menu word.

    A headline so short heads the story directly (``_is_title_line``); 1 of our 211 labelled
    real headlines has two words. A few words ending in a colon (``Tuesday 9 p.m. Update:``, ``Next
    Up:``) introduce what follows: no headline ends so.
    """
    words = linemodel.word_count(text)
    return (
        words < g.TITLE_MIN_WORDS
        and not linemodel.ends_sentence(text)
        or words <= g.TOP_LABEL_MAX_WORDS
        and text.endswith(":")
    )


def _is_name_like(text: str) -> bool:
    """Every word capitalised (``Samson Folarin``, ``Fiji Sun``): a name, not a short headline."""
    return all(word[:1].isupper() or not word[:1].isalpha() for word in text.split())


def _is_label_like(text: str) -> bool:
    """A line too short to be the headline below another (``Peskov``, ``Listen Live``)."""
    return len(text.split()) < g.TITLE_MIN_WORDS_BELOW


def _repeats_title(text: str, state: _State) -> bool:
    """``text`` is the title, from the header or a line, printed again (its quotes aside)."""
    title = state.title
    return title is not None and (_fold_quotes(text) == _fold_quotes(title) or _is_title_repeat(text, state))


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
        linemodel.is_running_text(below)
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
    elif match := _top_date_line(text):
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
    elif match := g.WRITER_PLACE_RE.match(text):
        _take_byline(line, match["name"], state)
        state.drop(line, "place filed from", match["place"])
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
        state.drop(line, "another photo's caption or credit")
        if state.figure is None and _captions_over_dateline(rest):
            # ``Cape Hatteras photo``, its caption's sentence, then the lede opening on its dateline.
            _take_top_caption(rest[0], rest[0].text, None, state)
            state.skip += 1
    elif rest and _is_dated_wire_caption(text, rest[0].text):
        _take_top_caption(line, text, None, state)
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
    ok = credit[:1].isupper() and len(credit) <= g.CREDIT_MAX_CHARS and _names_only(credit)
    return (text.rstrip(" -–—|"), credit) if ok else (below, None)


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
    when = parse_date(match["after_place"] or match["before_place"])
    story = state.date or _path_date(state.source)
    # (A day's grace: the photo's place may be a day ahead of the story's clock.)
    return story is None or when is None or when.date() <= story.date() + timedelta(days=1)


def _is_agency_caption(text: str, credit: str, state: _State) -> bool:
    """An agency's caption over its photo's credit: a dated scene, then sentences of background.

    (``A woman places flowers ... in Seoul, Sunday, Oct. 30, 2022, following ... . A mass of
    ...``: ``_is_dated_caption`` reads the first sentence.) Only over a credit that says photo
    (``AP Photo/Name``): a story's paragraph may date so too.
    """
    return (
        len(text) <= g.AGENCY_CAPTION_MAX_CHARS
        and bool(g.PHOTO_WORD_CREDIT_RE.search(credit))
        and _is_dated_caption(first_sentence(text), state, g.CREDITED_SCENE_CAPTION_RE)
        and " will " not in text  # (a story's paragraph tells what is to come)
    )


@functools.lru_cache(maxsize=256)
def _path_date(source: str | None) -> datetime | None:
    """The date the seed's file or folder names give (the reader dates an undated story so), or None."""
    found = decode.date_from_path(source) if source else None
    return found[0] if found else None


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
        state.drop(line, "another photo's caption or credit")


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


def _fold_quotes(text: str) -> str:
    """``text`` with curly quotes made straight: a page may print its headline again with the other kind."""
    return text.translate(g.QUOTE_FOLD)


def _is_title_repeat(text: str, state: _State) -> bool:
    """``text`` is the title's line printed again (perhaps with curly quotes where the title has straight)."""
    # Folding keeps the length: only a line as long as a title line can be its repeat.
    return any(
        len(text) == len(title_line) and _fold_quotes(text) == _fold_quotes(title_line)
        for title_line in state.title_lines
    )


def _is_button(body: list[Line], i: int, blocks: list[Block], state: _State) -> bool:
    """``body[i]``, a button's word (``BUTTON_WORD_RE``), is the page's button, not a subhead.

    Where pages print their buttons: beside another (``Merken`` / ``Drucken`` / ``Teilen``), or
    right under the opening before the story starts; never in a story whose subheads are single
    words (``Scannen`` / ``Drucken`` / ``Anpassen``), nor in a list a line announces (``... three
    buttons:``).
    """
    if any(line.text.endswith(":") for line in body[max(i - g.BUTTON_LIST_LOOKBACK, 0) : i]):
        return False
    beside = any(
        g.BUTTON_WORD_RE.match(line.text) or _leftover(line.text) is not None
        for line in (*body[max(i - 1, 0) : i], *body[i + 1 : i + 2])
    )
    # Right under the opening, where the story has not started: under a standfirst (no sentence's
    # end), over the byline, a date or a photo's caption, or in lower case as no subhead prints.
    opening = not blocks and (
        body[i].text[:1].islower()
        or not linemodel.ends_sentence(state.lede or "")
        or i + 1 < len(body)
        and _is_top_matter(body[i + 1].text)
    )
    return (beside or opening) and not any(
        _is_word_subhead(line.text, below.text)
        for line, below in zip(body, body[1:], strict=False)
        if line is not body[i]
    )


def _is_word_subhead(text: str, below: str) -> bool:
    """A capitalised word alone over running text that is no button, furniture, credit or agency."""
    return (
        " " not in text
        and text[:1].isupper()
        and text[-1:].isalpha()
        and linemodel.is_running_text(below)
        and not g.BUTTON_WORD_RE.match(text)
        and _leftover(text) is None
        and _credit_line(text) is None  # (``Keystone`` under the photo below the buttons)
        and _agency_line(text) is None
    )


def _under_the_opening(blocks: list[Block]) -> bool:
    """Nothing but a paragraph read yet under the lede: where a byline stands under a standfirst."""
    return len(blocks) <= 1 and all(block.kind == "paragraph" for block in blocks)


def _writer_under_the_opening(text: str, state: _State) -> str | None:
    """The writer's name a line under the opening gives: ``Von Lina Falk``, ``di Ada Berg``.

    Each writer's first and last name (``Von Tarnvik Richtung Ostsee`` heads a route's part, as
    ``Von Hadern Süd`` does), never after a label (``Autor: <Name>`` over a book's review), not on
    a page in English (``Von Miller Returns`` is a subhead there).
    """
    match = g.UNDER_OPENING_BYLINE_RE.match(text)
    if not match or _in_english(state):
        return None
    names = g.TOP_BYLINE_SPLIT_RE.split(match["name"])
    if any(len(name.split()) != 2 or name.split()[-1] in g.PLACE_PART_WORDS for name in names):
        return None
    return match["name"]


def _named_elsewhere(name: str, line: Line, state: _State) -> bool:
    """Whether another line's sentence holds a word of ``name`` (a writer is the byline's alone).

    (A byline bar printing the name again, ``• Jonas Merk``, is no sentence.)
    """
    words = [word for word in name.split() if len(word) > 2 and word[:1].isupper()]
    texts = state.page.texts if state.page is not None else ()
    return any(
        re.search(rf"\b{re.escape(word)}\b", other)
        for other in texts
        if other != line.text and linemodel.word_count(other) >= g.NAMING_SENTENCE_MIN_WORDS
        for word in words
    )


def _title_glued_to_outlet(text: str, state: _State) -> bool:
    """The title printed again with the site's name glued to it (``Velm signs Berg TUTTO mercato WEB``).

    A few words that end no sentence, right after the title's last letter with no space.
    """
    for title_line in state.title_lines:
        tail = text[len(title_line) :] if text.startswith(title_line) else ""
        if (
            tail[:1].isupper()
            and title_line[-1:].isalnum()
            and len(tail.split()) <= g.OUTLET_NAME_MAX_WORDS
            and not linemodel.ends_sentence(tail)
        ):
            return True
    return False


def _take_byline(line: Line, name: str, state: _State) -> None:
    """Use a ``By ...`` line as the byline; one that comes after a known byline is reported."""
    if state.byline is None:
        state.byline = name
        if extra := line.text.split(name, 1)[-1].strip():  # ``with Reuters`` after the name
            state.drop(line, "after the byline's name", extra)
    else:
        state.drop(line, "second byline")


def _take_bar_byline(line: Line, match: re.Match, state: _State) -> None:
    """A byline bar's line (``BAR_BYLINE_RE``): its writers, and its date when it gives one."""
    if match["when"] and (found := _date_line(match["when"])):
        state.byline = state.byline or match["name"]
        _take_date_line(line, state, found)
    else:
        _take_byline(line, match["name"], state)


def _take_sign_off(line: Line, match: re.Match, state: _State) -> None:
    """Drop a sign-off (``SIGNOFF_RE``), its writer the byline (not ``Additional reporting by``)."""
    if not match["extra"]:
        state.byline = state.byline or match["name"].strip()
    state.drop(line, "sign-off")


def _take_meta_line(line: Line, match: re.Match, state: _State) -> None:
    """Take the byline and date from a ``Desk | City | Updated: ...`` line, and report the line."""
    state.byline = state.byline or match["by"]
    if state.date is None and (date := _date_line(match["date"])):  # a full date, never ``Monday``
        _take_date_from(date, state)
    state.drop(line, "meta line")


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
    ):
        if trimmed != core and (match := g.DATE_LINE_RE.match(trimmed)):
            return match
    parts = core.split(" | ")
    # (Never ``Velmora | 6 January 2026 | Police arrested ...``: a dateline before the lede's sentence.)
    if len(parts) > 1 and not any(linemodel.is_sentence(part) for part in parts[1:]):
        if match := g.DATE_LINE_RE.match(parts[0]):  # a date, then another calendar's (``| 12 Safar, 1442``)
            return match
        # ``MINOT, N.D (UPI) | June 22, 2011``: a wire dateline, then the date.
        if (
            len(parts) == 2
            and g.PLACE_AGENCY_RE.match(parts[0])
            and (match := g.DATE_LINE_RE.match(parts[1]))
        ):
            return match
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

    (``PUTRAJAYA, July 5, 2015:``; in the body, such a line heads a timeline's entry.)
    """
    return (
        _date_line(text)
        or (_date_line(text[:-1]) if text.endswith(":") else None)
        or _masthead_date_line(text)
    )


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


def _take_date_from(match: re.Match | _LooseDate, state: _State) -> None:
    """Date the story (and its update) from a date line's match; nothing when it is no date."""
    when = _date_of(match, state)
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
    if (
        state.date is None
        or _overrides_date_above_title(line.text, state)
        or state.date_is_update
        and not update
    ):
        # An update printed above the published date dates the story only until that date comes.
        earlier_update = state.date if state.date_is_update else None
        state.modified = None
        _take_date_from(match, state)
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


def _overrides_date_above_title(text: str, state: _State) -> bool:
    """A date line under the headline, or one labelled published, replaces a bare date taken above it.

    (Never one that gives an update only.)
    """
    if not state.date_above_title or g.UPDATE_ONLY_RE.match(text):
        return False
    return state.title is not None or bool(g.PUBLISHED_WORD_RE.search(text))


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
        _is_label_like_top(text)
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
            state.drop(caption, "another photo's caption or credit")
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

    A line the page prints twice (``repeated``) may end with a full stop. One word in lower case
    (``timehop``, an image's alt text) heads nothing.
    """
    words = text.split()
    if len(words) > g.TITLE_LINE_MAX_WORDS or len(words) == 1 and text[:1].islower():
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


def _is_writer_name(text: str, below: str) -> bool:
    """A name on its own line over the writer's role (``Ada Berg`` over ``Special for the Courier``)."""
    return bool(g.WRITER_ROLE_RE.match(below)) and _is_byline_name(text)


def _after_a_writer_name(blocks: list[Block], body: list[Line], i: int) -> bool:
    """Whether the line above ``body[i]`` is a person's name kept as the last block: the writer's.

    Right above the role; or with blank lines between in an author box, whose next line tells
    about the writer by name (``Ada Merrow covers the council ...``): a story about appointments
    prints names over roles too.
    """
    if not blocks or not i or blocks[-1].line != body[i - 1].number:
        return False
    if blocks[-1].line != body[i].number - 1:
        below = body[i + 1].text if i + 1 < len(body) else ""
        if not below.startswith(blocks[-1].text + " "):
            return False
    return blocks[-1].kind in ("paragraph", "heading") and _is_byline_name(blocks[-1].text)


def _writers_line(text: str, state: _State) -> re.Match | None:
    """Writers' names without ``By`` (``WRITERS_LINE_RE``), as a person's names are written.

    Each name's first word no subhead's, and no word of them one the page writes in lower case
    (``Power Cuts And School Closures``, ``Match Report And Player Ratings``: a name's words are
    capitalised wherever they stand).
    """
    match = g.WRITERS_LINE_RE.match(text)
    if not match:
        return None
    names = g.WRITERS_SPLIT_RE.split(match["name"] or match["names"])
    if any(name.split()[0] in g.NOT_NAME_FIRST_WORDS for name in names):
        return None
    return None if _lower_elsewhere(" ".join(names), state) else match


def _lower_elsewhere(text: str, state: _State) -> bool:
    """A word of ``text`` is one the page writes in lower case (a name's words are capitalised everywhere)."""
    if state.lower_words is None:
        texts = state.page.texts if state.page is not None else ()
        state.lower_words = frozenset(w for line in texts for w in g.WORD_RE.findall(line) if w.islower())
    return any(word in state.lower_words for word in g.WORD_RE.findall(text.casefold()))


def _is_byline_name(text: str) -> bool:
    """Two to four capitalised words: a person's name as a byline prints it."""
    words = text.split()
    return (
        g.BYLINE_NAME_MIN_WORDS <= len(words) <= g.BYLINE_NAME_MAX_WORDS
        and words[0] not in g.NOT_NAME_FIRST_WORDS
        and _is_name_like(text)
    )


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
        or bool(g.IN_THIS_PHOTO_RE.match(text))
        and _is_uncredited_caption(text)  # (``In this file photo, ...``)
    )


def _dateline_at(text: str) -> re.Match | None:
    """The wire dateline ``text`` opens with (``DATELINE_RES``, the first that matches), or None.

    A dateline in another language with no date, an outlet glued to the lede or a day's dateline
    with an agency in brackets needs a known agency (``Berlin (dpa) -``, ``(CNN)The ...``; never
    ``Acme (ACME) - Shares rose``, ``Paris, May 4 (the day after the vote) Markets ...``).
    """
    match = next(filter(None, (p.match(text) for p in g.DATELINE_RES)), None)
    if match and match.re is g.DATELINE_FOREIGN_RE and not match["foreign_when"]:
        # (``dpa/lno``: the agency, then its regional desk.)
        return match if _agency_names(match["agency"].split("/")[0], generic=False) else None
    if match and match.re in (g.DATELINE_GLUED_AGENCY_RE, g.DATELINE_DAY_AGENCY_RE) and match["agency"]:
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
            if i and _is_alt_text_of(body[i - 1].text, caption, state):
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
    # (A credit closing a quotation is the writer's: ``"...," she added. (Outlet.com/Name)``.)
    if (
        found := _match_caption(text) if _is_believed_caption(text, i == 0) else _prefixed_caption(text)
    ) and not g.QUOTATION_RE.match(text):
        # (An agency closing the story's last paragraph, other stories' links under it, signs it off.)
        return None if _signs_off_last_paragraph(body, i) else (*found, [i])
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
    unless the line says photo; ``L-R:``, a photo that shows (``PHOTO_SHOWS_RE``) and the photo's
    date as agencies give it (``_is_dated_caption``) are.
    """
    return (
        (
            _says_photo(text)
            or "L-R" in text
            or text.startswith(("A ", "An ", "This ", "In this "))
            and bool(g.PHOTO_SHOWS_RE.match(text))
        )
        and _is_uncredited_caption(text)
        # (``... à Velm (archives).``: the photo flagged an old one.)
        or "(" in text[-14:]
        and _flags_an_old_photo(text)
        and _is_caption_text(text)
        or _is_dated_caption(text, state)
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
    a card's shares no word with the headline and lede.
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
        and bool(_stems(text) & _subject_stems(state))  # (another story's card shares no word)
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
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
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
    return text if g.PHOTO_BY_LINE_RE.match(text) and _names_only(text) else None


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
    scene = g.SCENE_CAPTION_RE.match(text)
    return bool(
        scene
        and not g.PAST_BEFORE_SCENE_RE.search(text, 0, scene.end())
        or (g.CAPTION_MARK_RE if marks else g.CAPTION_DATE_RE).search(text)
    )


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
    if ":" not in head and "caption" not in head or len(text) > g.CAPTION_MAX_CHARS:
        return None
    match = g.CAPTION_PREFIX_RE.match(text)
    if not match or len(match["caption"].split()) < g.CAPTION_PREFIX_MIN_WORDS:
        return None
    return match["caption"], None


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
        if credit.casefold() in g.NOT_CREDITS or len(caption.split()) < least:
            continue
        return caption, credit, pattern
    return None


def _is_agency_credit(name: str) -> bool:
    """A wire's or picture desk's name in a credit: a known agency, or initials in capitals (``PA``)."""
    return agencies.is_agency(name) or bool(g.AGENCY_INITIALS_RE.fullmatch(name))


def _closes_a_quote(above: list[Line]) -> bool:
    """The line above ends a quotation (``"The sea gives and the sea takes."``)."""
    return bool(above) and above[0].text.rstrip().endswith(tuple(g.CLOSING_QUOTES))


def _closes_a_sentence(text: str) -> bool:
    """A line ending a sentence (not introducing what follows, nor cut mid-phrase)."""
    return linemodel.last_mark(text) in g.STORY_SENTENCE_ENDS


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
    for pattern in g.CLOSING_SOURCE_RES:
        match = pattern.match(last.text)
        if not match:
            continue
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
        if pattern is g.SOURCE_LINE_RE:
            _take_source_line(last, match, state)
        elif pattern is g.SOURCE_WITH_RE:
            if not (names := _agency_names(match["value"])):
                break  # ``(With inputs from Ada Berg)`` credits a person: no source at all
            _take_sources(last, names, state)
            state.drop(last, "contribution line")
        elif pattern is g.SOURCE_URL_RE:
            _take_sources(last, match["value"], state)
            state.drop(last, "source's address")  # (its path and any headline after it)
        else:
            _take_sources(last, match["value"], state)
        state.closing_source = True
        return body[:-1]
    return body


def _in_a_dash_list(body: list[Line], i: int) -> bool:
    """``body[i]`` is among other dashed items: the line above or below starts with a dash too."""
    return any(0 <= j < len(body) and body[j].text[:2] in ("- ", "– ", "— ") for j in (i - 1, i + 1))


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


def _contributing_agencies(value: str) -> str | None:
    """The agencies a contribution line names: ``The Associated Press``, and ``The AP`` (``AP``'s)."""
    return _agency_names(value) or (
        _agency_names(value[4:], generic=False) if value.startswith("The ") else None
    )


def _agency_names(value: str, generic: bool = True) -> str | None:
    """``value``'s names, comma-separated, when each is a known agency (``generic``: or a generic word).

    ``AFP and agencies``, ``PTI/IANS``, ``EFE y AFP``: names part at commas, slashes and ``and`` in
    any language. None when a name is no agency's (``Ada Berg``).
    """
    value = g.AND_ABROAD_RE.sub(", ", value)
    names = [name for part in split_sources(value) for name in g.AGENCY_SPLIT_RE.split(part) if name]
    known = names and all(
        agencies.is_agency(name) or generic and name.lower() in g.GENERIC_SOURCES for name in names
    )
    return ", ".join(names) if known else None


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


def _desk_initials(value: str) -> tuple[str, str]:
    """(the agencies, the initials after them) of an agency line's value: ``dpa/lno`` is ``dpa``, ``lno``."""
    parts, initials = value.split("/"), []
    while len(parts) > 1 and g.DESK_INITIALS_RE.fullmatch(parts[-1]) and not agencies.is_agency(parts[-1]):
        initials.insert(0, parts.pop())
    return "/".join(parts), "/".join(initials)


def _drop_initials(line: Line, state: _State) -> None:
    """Report the initials beside an agency line's name: a writer's (``zd, ats``), a desk's (``dpa/lno``)."""
    if initials := g.EDITOR_INITIALS_RE.match(line.text):
        state.drop(line, "editors' initials", initials.group())
    if (match := g.LONE_AGENCY_RE.match(line.text)) and (desk := _desk_initials(match["value"])[1]):
        state.drop(line, "desk's initials", desk)


def _take_source_line(line: Line, match: re.Match, state: _State) -> None:
    """Take a ``Source: ...`` line's agencies; a label glued to them (``SourceReuters``) is reported."""
    if not line.text[: match.start("value")].rstrip().endswith(":"):
        state.drop(line, "source label glued to its name")
    _take_sources(line, match["value"], state)


def _take_sources(line: Line, value: str, state: _State) -> None:
    """Add the agencies a source line names; generic words (``agencies``) are reported, not listed."""
    for name in split_sources(value):
        if name.lower() in g.GENERIC_SOURCES:
            state.drop(line, "generic source", name)
        elif name in state.sources:
            state.drop(line, "source named again", name)
        else:
            state.sources.append(name)


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
        if not list_mode and text.startswith(g.BULLETS) and line.number not in headline_run:
            headline_run.update(item.number for item in _bulleted_headline_run(body, i, blocks))
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
            elif match.re is g.KICKER_READ_MORE_RE and not media:
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
            blocks.append(_read_more(line, text if media else match["headline"], state))
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
            state.drop(line, "another photo's caption or credit")
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
            state.drop(line, "another photo's caption or credit")
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
    blocks = _without_galleries(_without_closing_list(blocks, state), state)
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


def _is_bulleted_headline(text: str) -> bool:
    """``- Heavy rain leaves three dead in the hills``: a bullet, then a headline (no sentence end).

    Not a label with its figures (``- Howrah: 033 2638 2217``): an item of the story's own list.
    """
    if not text.startswith(g.BULLETS) or g.DATA_ITEM_RE.match(text):
        return False
    rest = text[2:].strip()
    words = len(rest.split())
    return (
        g.LIST_HEADLINE_MIN_WORDS - 1 <= words <= g.LIST_HEADLINE_MAX_WORDS
        and _starts_like_heading(rest)
        and not rest.rstrip(g.CLOSING_QUOTES).endswith((".", ";", ":", ","))
    )


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
    above = body[i - 1].text if i else ""
    if (
        i < g.HEADLINE_RUN_MIN_PLACE
        or above.endswith(":")
        or above.startswith(g.BULLETS)
        or not _follows_a_paragraph(blocks, body, i)
        or not _is_running_text_credited(above)
        or g.LIST_INTRO_RE.search(above)
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


def _is_cut_sentence(text: str) -> bool:
    """A sentence the copy cut off mid-way: a paragraph's words, no sentence end, a comma or a word last."""
    return (
        linemodel.word_count(text) >= g.STORY_LINE_MIN_WORDS
        and not linemodel.ends_sentence(text)
        and (text.rstrip()[-1:].isalpha() or text.rstrip().endswith(","))
        and text.rstrip().split()[-1][:1].islower()
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


def _read_more_list_mode(text: str, following: str = "") -> str | None:
    """``read_more`` under a READ MORE label, ``picks`` under the outlet's picks, else None.

    (``More on this story``, ``Further reading`` over a paragraph are a subhead: over a headline only.)
    """
    if label := g.READ_MORE_LABEL_RE.match(text):
        return None if label["soft"] and not _is_list_headline(following) else "read_more"
    return "picks" if g.PICKS_LABEL_RE.match(text) else None


def _is_emptied_list_label(text: str) -> bool:
    """A list label a page prints over a list it may empty (``list of 3 items end of list``)."""
    return bool(g.RELATED_LIST_LABEL_RE.match(text) or g.PICKS_LABEL_RE.match(text))


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
    # (Under the outlet's picks, a bulleted line is the list's item: a subhead carries no bullet.)
    return (
        list_mode not in ("related", "picks")
        or listed > 0
        or list_mode == "picks"
        and text.startswith(g.BULLETS)
        or not _introduces(text, following)
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
        len(g.TRAILING_DATE_RE.sub("", text).split()) <= g.CARD_KICKER_MAX_WORDS
        and text[-1:] not in g.LINE_MODEL_SENTENCE_ENDS
        # (``•North Herts:`` over ``For 18,402, against 9,113. Turnout: 71 per cent``: the line it
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


def _content_words(text: str) -> set[str]:
    return {
        w
        for w in g.WORD_RE.findall(text.casefold())
        if len(w) >= g.CONTENT_WORD_MIN_CHARS and w not in g.TITLE_TAIL_STOPWORDS
    }


def _with_notes(blocks: list[Block], notes: list[Block]) -> list[Block]:
    """The body's blocks with each editor's note (printed inside the story) where the page printed it."""
    merged, waiting = [], list(notes)
    for block in blocks:
        while waiting and waiting[0].line < block.line:
            merged.append(waiting.pop(0))
        merged.append(block)
    return merged + waiting


def _settle_title(state: _State, lede: str, blocks: list[Block]) -> tuple[str, bool, str, list[Block]]:
    """The title, whether it was derived from the text, the lede and the blocks, once the passes are done.

    A page's headline read as its opening becomes the title; with no headline, the title is
    derived from the lede (or the first text).
    """
    title, derived = state.title, False
    if (
        not title
        and state.dateline is None
        and (_is_whole_headline(lede) or _is_stopped_title_case_headline(lede))
        and not lede.startswith(g.BULLETS)
        and not lede.endswith(g.RUNS_ON_MARKS)
        and (opening := _opening_under_a_headline(blocks, lede)) is not None
    ):
        # The page's headline, read as its opening because a short line stood under it (a
        # standfirst over the story's first paragraph): the headline; that line is the opening.
        title, lede = _trim_title(lede), _read_dateline(blocks[opening].text, state)
        state.title_number, state.lede_number = state.lede_number, blocks[opening].line
        blocks = blocks[:opening] + blocks[opening + 1 :]
    if not title:
        title, derived = derive_title(lede or _first_text(blocks)), True
    return title, derived, lede, blocks


def _assemble(state: _State, title: str, derived: bool, lede: str, blocks: list[Block]) -> SeedArticle:
    """Build the frozen article from what the passes found."""
    header = state.header
    if state.date is None:
        state.warnings.append(decode.NO_DATE_IN_TEXT_WARNING)
    if not state.sources:
        state.warnings.append("no source line")
    above = tuple(note for note in state.notes if note.line < state.lede_number)
    within = [note for note in state.notes if note.line > state.lede_number]
    return SeedArticle(
        title=title,
        title_derived=derived,
        date=state.date,
        date_origin=state.date_origin,
        modified=state.modified,
        lede=lede,
        dateline=state.dateline,
        byline=state.byline,
        figure=state.figure,
        blocks=(*state.top_read_more, *_with_notes(blocks, within)),
        sources=tuple(state.sources),
        dropped=tuple(sorted(state.dropped, key=lambda d: d.line)),
        warnings=tuple(state.warnings),
        slug=header.get("slug") or None,
        category=header.get("category") or None,
        tags=tuple(t.strip() for t in header.get("tags", "").split(",") if t.strip()),
        summary=header.get("summary") or None,
        lang=header.get("lang") or None,
        status=(header.get("status") or "").lower() or None,
        header=tuple(header.items()),
        notes=above,
        key_points=tuple(state.key_points),
    )


# --- Helpers ----------------------------------------------------------------


def _writer_bio_name(text: str, blocks: list[Block], state: _State) -> str | None:
    """The writer's name when ``text`` is their biography (``WRITER_BIO_RE``), else None.

    It opens on the byline's name, or on a name of two words or more standing alone right above
    it (``Tim Ward`` over ``Tim Ward is a Harbour Daily journalist``). (Asked of a line under which
    the story has no more running text: a column about its own writer goes on.)
    """
    names = [state.byline] if state.byline else []
    if (
        blocks
        and blocks[-1].kind == "paragraph"
        and text.startswith(blocks[-1].text)
        and _is_byline_name(blocks[-1].text)
    ):
        names.append(blocks[-1].text)
    for name in names:
        if len(name.split()) >= 2 and text.startswith(name) and g.WRITER_BIO_RE.match(text[len(name) :]):
            # (Not a line on the story's subject: the writer's part in it, ``... was a reporter under <the
            # obituary's subject>``.)
            return None if _stems(text[len(name) :]) & _stems(state.title or state.lede) else name
    return None


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


def _is_subhead(text: str) -> bool:
    """A short line of its own with no sentence end (or a short question), starting like a heading."""
    return (
        len(text) <= g.SUBHEAD_MAX_CHARS  # first: it rules out paragraphs without splitting them
        and len(text.split()) <= g.SUBHEAD_MAX_WORDS
        and (not linemodel.ends_sentence(text) or _is_question_subhead(text))
        and not g.SUBHEAD_INNER_SENTENCE_END_RE.search(text)
        and _starts_like_heading(text)
        and any(c.isalpha() for c in text)
        and not g.PERSON_AGE_RE.match(text)
    )


def _is_question_subhead(text: str) -> bool:
    """``What happens next?``: a few words asking, no one's words quoted (a quoted question is theirs).

    One sentence: ``Copyright Law Reform. Velm Library Says ...?`` is two, run together (``Why was
    Mr. Reil ...?`` is one).
    """
    # (French sets its marks apart: ``... mon train circule ?`` has no word more for its space.)
    words = sum(1 for word in text.split() if any(c.isalnum() for c in word))
    return (
        text.endswith("?")
        and not g.QUESTION_INNER_END_RE.search(text)
        and (words <= g.QUESTION_SUBHEAD_SHORT_WORDS or g.WH_QUESTION_RE.match(text) is not None)
        and words <= g.QUESTION_SUBHEAD_MAX_WORDS
        and not any(mark in text for mark in g.QUOTE_MARKS)
        and not g.SECOND_PERSON_RE.search(text)
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

    A line that runs on into the next (which starts in lower case, or it ends on ``the``) is a
    hard-wrapped piece of a paragraph; a byline, a dateline ending on a dash, a menu with bars and
    interface text (``Log in``, ``Article continues below``) are the page's, not the story's.
    """
    last_word = text.rsplit(None, 1)[-1].casefold()
    return not (
        following[:1].islower()
        or last_word in g.SUBHEAD_TAIL_STOPWORDS
        or g.SUBHEAD_INTERFACE_RE.search(text)
        or g.SUBHEAD_BAR_RE.search(text)
        or g.SUBHEAD_DASH_END_RE.search(text)
        or g.BYLINE_RE.match(text)
        or g.ROLE_BYLINE_RE.match(text)
    )


def _starts_like_heading(text: str) -> bool:
    """True when ``text`` starts (past any opening quote, Spanish mark or emoji) with a capital or a digit."""
    rest = text.lstrip(g.OPENING_QUOTES).lstrip("¿¡")  # (``¿Qué pasó?``)
    # ``⚠️ NEW - ...``, ``✍️ Saturday recap``: a live blog's emoji first.
    while rest and (_is_emoji(rest[0]) or rest[0] in g.EMOJI_JOINERS):
        rest = rest[1:].lstrip()
    first = rest[:1]
    return first.isupper() or first.isdigit()


def _is_emoji(char: str) -> bool:
    """A pictograph (``⚠``, ``🗣``), not a bullet's square or arrow."""
    return any(low <= ord(char) <= high for low, high in g.EMOJI_RANGES)


def _is_list_headline(text: str, max_words: int = g.LIST_HEADLINE_MAX_WORDS) -> bool:
    """A line under a related-links label that reads like a headline (cut short with ``...``, perhaps).

    Not a copyright line (``© Harbour Theme for News Sites by Quayside``), the page's footer under the list.
    """
    text = g.ELLIPSIS_TAIL_RE.sub("", text)
    words = len(linemodel.unbulleted(text).split())  # (a bullet is no word)
    return (
        g.LIST_HEADLINE_MIN_WORDS <= words <= max_words
        and not text.rstrip(g.CLOSING_QUOTES).endswith(".")
        and not text.startswith(g.COPYRIGHT_MARK)
        and not g.SOURCE_LINE_RE.match(text)
    )


def _read_more(line: Line, headline: str, state: _State) -> Block:
    """A READ MORE block for ``headline``; a trailing `` | outlet`` is cut off and reported.

    A list item's bullet is no part of the headline it names.
    """
    headline = linemodel.unbulleted(headline)
    outlet = g.READ_MORE_OUTLET_RE.search(headline)
    if outlet:
        state.drop(line, "outlet suffix on read-more", outlet.group(0).strip())
        headline = headline[: outlet.start()]
    # A headline cut short (``... goes on...``) or ended with a stray stop (``... airport .``).
    cut = g.READ_MORE_CUT_TAIL_RE.sub("", headline).strip()
    if cut != headline.strip() and (once := _printed_once(cut)):  # (its copy cut short: ``... offi...``)
        state.drop(line, "truncated duplicate", cut[len(once) :].strip())
        cut = once
    return Block("read_more", cut, line.number)


def _printed_once(headline: str) -> str | None:
    """A card's headline glued to its own copy cut short (``Ferry resumes Ferry resu``): the headline once."""
    at = headline.find(" ", len(headline) // 2)
    while at != -1:
        copy = headline[at + 1 :]
        if g.TRUNCATED_MIN_CHARS <= len(copy) < at and headline.startswith(copy):
            return headline[:at]
        at = headline.find(" ", at + 1)
    return None


def _named_headline(block: Block) -> Block:
    """A paragraph or subhead that the archive knows as another story's headline: a READ MORE line."""
    return Block("read_more", linemodel.unbulleted(block.text), block.line)


def _first_text(blocks: list[Block]) -> str:
    return next((b.text for b in blocks if b.kind != "read_more"), "")


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


def split_sources(value: str) -> list[str]:
    """``AFP, Reuters`` -> ``["AFP", "Reuters"]``; a URL stays whole.

    A spaced slash parts agencies only: ``AA / AFP`` is two, ``Port Authority / Annual Report`` one.
    """
    value = value.strip().rstrip(".")
    if "://" in value:
        return [value]
    parts = [part for part in g.SOURCE_SPLIT_RE.split(value) if part]
    slashed = [piece for part in parts for piece in part.split(" / ")]
    return slashed if len(slashed) > len(parts) and all(map(agencies.is_agency, slashed)) else parts


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
    try:
        when.utcoffset()
    except ValueError:  # dateutil builds the offset, but Python refuses to use it
        if warnings is not None:
            warnings.append(f"date {value!r} has a time-zone offset of 24 hours or more; read as UTC")
        return when.replace(tzinfo=UTC)
    return when


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone dateutil found in a date: UTC by name, an offset as given, any other name none.

    ``EST`` and the like name several zones: the time is kept as written, with no zone (dateutil's
    own choice, which it warns will become an error; it also reads ``UTC`` as this machine's zone).
    """
    if name in g.UTC_NAMES and not offset:
        return dateutil_tz.UTC
    return dateutil_tz.tzoffset(name, offset) if offset is not None else None


def derive_title(text: str) -> str:
    """A readable title from the lede: its first sentence, cut at a clause or word boundary.

    A key point's bullet (``- Fares rise by a tenth``) is no part of it.
    """
    text = linemodel.unbulleted(text.strip())
    sentence = first_sentence(text)
    limit = g.DERIVED_TITLE_MAX_CHARS
    if _is_whole_headline(text):
        return _trim_title(sentence) or "Untitled story"  # a headline taken for the lede: whole
    if len(sentence) > limit:
        breaks = [m.start() for m in g.CLAUSE_BREAK_RE.finditer(sentence[: limit + 1])]
        breaks = [b for b in breaks if b >= g.DERIVED_TITLE_MIN_CHARS]
        if breaks:
            sentence = sentence[: breaks[-1]]
        else:
            cut = _before_open_quote(sentence[: limit + 1].rsplit(" ", 1)[0], sentence)
            sentence = " ".join(_without_tail_stopwords(cut.split(), sentence.split()))
    return _trim_title(sentence) or "Untitled story"


def _without_tail_stopwords(words: list[str], sentence: list[str]) -> list[str]:
    """A cut title's ``words`` without the small words it ends on (``TITLE_TAIL_STOPWORDS``).

    In another language, its own (``TITLE_TAIL_STOPWORDS_OF``, the sentence's language asked of
    ``language.text_language`` only when the last word may be one: in English, ``... cows could die``
    keeps ``die``), never one that ends a clause (a comma after it, or a conjunction next in the
    ``sentence``: ``... stellt das Fest dieses Jahr zurück und``).
    """
    own = None
    while len(words) > 3:
        bare = words[-1].strip("\"'“”‘’,")
        if bare.lower() in g.TITLE_TAIL_STOPWORDS:
            words.pop()
            continue
        if bare not in g.TITLE_TAIL_FOREIGN_STOPWORDS or words[-1].endswith((",", ";", ":")):
            break
        following = sentence[len(words)] if len(words) < len(sentence) else ""
        if following.lower() in g.CLAUSE_JOINING_WORDS or following[:1] in ",;:":
            break
        if own is None:
            lang = language.text_language(" ".join(sentence))
            own = g.TITLE_TAIL_STOPWORDS_OF.get(lang or "", frozenset())
        if bare not in own:
            break
        words.pop()
    return words


def _before_open_quote(text: str, sentence: str) -> str:
    """``text`` (a cut of ``sentence``) up to a quotation it opens and leaves open (``... in a 'critical``).

    A cut title never ends inside a quotation. A mark opens one at a word's start, and any mark
    of its family closes it (``QUOTE_FAMILIES``); a single mark inside a word or before an elision
    (``Velm's``, ``'90s``, ``'s avonds``), or one the sentence never closes (``the village of
    ‘Alemu Bay``), opens none. Unchanged when less than a title's least length
    (``DERIVED_TITLE_MIN_CHARS``) stands before the quotation.
    """
    opened, family = None, ""
    for at, mark in enumerate(text):
        its = next((f for f in g.QUOTE_FAMILIES if mark in f), "")
        single = its == g.QUOTE_FAMILIES[1]
        if not its or single and (_inside_word(text, at) or g.ELIDED_RE.match(text, at)):
            continue
        if opened is None and (at == 0 or text[at - 1] in " (["):
            if not single or any(m in its for m in sentence[at + 1 :]):
                opened, family = at, its
        elif opened is not None and its == family:
            opened = None
    if opened is None or opened < g.DERIVED_TITLE_MIN_CHARS:
        return text
    return text[:opened].rstrip()


def _inside_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands between two letters or figures (an apostrophe: ``Velm's``)."""
    return 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()


def _opening_under_a_headline(blocks: list[Block], headline: str) -> int | None:
    """The index of the block that opens the story under ``headline`` (``_opens_under_a_headline``).

    Past a few short lines ending no sentence between them (``PROMOTED_LEDE_SKIPPED``: an
    outlet's name, a label, a name under a photo, a player's button read as a subhead), which stay
    where they are. Failing that, the paragraph telling the headline's story further down
    (``_telling_the_headline``); never past a line in lower case (the rest of a headline broken
    over lines).
    """
    for i, block in enumerate(blocks[: g.PROMOTED_LEDE_SKIPPED + 1]):
        if _opens_under_a_headline(blocks[i:], headline):
            return i
        if (
            block.kind not in ("paragraph", "heading")
            or linemodel.word_count(block.text) >= g.PROMOTED_LEDE_MIN_WORDS
            or linemodel.ends_sentence(block.text)
            or _continues_a_headline(block.text)
            # (A list's label; under a subhead, a gallery's counter or a question too: what comes
            # under it is no opening.)
            or _is_list_label(block.text)
            or block.kind == "heading"
            and _stops_the_search(block.text)
        ):
            break
    return _telling_the_headline(blocks, headline)


def _continues_a_headline(text: str) -> bool:
    """The headline's next line (``to end their strike``, ``…council promises talks``).

    (A user name, ``staphni``, is none, nor a byline in lower case: ``door anp``, ``von ada berg``.)
    """
    if text.startswith(g.ELLIPSIS_ENDS):
        return True
    return text[:1].islower() and " " in text and not g.LOWER_CASE_BYLINE_RE.match(text)


def _telling_the_headline(blocks: list[Block], headline: str) -> int | None:
    """The first of the few paragraphs under ``headline`` that tells its story (``TELLING_LEDE_*``).

    A sentence (or a long line) sharing two of the headline's stems, past short lines and one
    sentence or long line that share none: a standfirst of its own (``Ingen ble skadet, opplyser
    politiet.``), a caption's few words, a date and byline glued together. Under a headline that
    tells no story itself (a lede that lost its full stop tells it: ``was``, ``has``, a weekday),
    and never past running text or a line sharing fewer (the story's own opening, telling less of
    the headline), a sentence telling as a story does, a question, a label, a list or timeline,
    nor the rest of a headline broken over lines right under it.
    """
    if linemodel.word_count(headline) > g.TELLING_LEDE_HEADLINE_MAX_WORDS or g.TOLD_LINE_RE.search(headline):
        return None
    stems = _telling_stems(headline)
    skipped = 0
    for i, block in enumerate(blocks[: g.TELLING_LEDE_LOOKAHEAD]):
        text = block.text
        if i == 0 and _continues_a_headline(text) or _stops_the_search(text):
            return None
        words = linemodel.word_count(text)
        if (
            block.kind == "paragraph"
            and words >= g.PROMOTED_LEDE_MIN_WORDS
            # (Past a line, running text: a list's short points share the headline's words too.)
            and (
                linemodel.is_running_text(text)
                if i
                else words >= g.STORY_PARAGRAPH_MIN_WORDS or linemodel.is_sentence(text)
            )
            and not text.endswith(g.RUNS_ON_MARKS)
            and not g.SCENE_CAPTION_RE.match(text)
        ):
            shared = len(_telling_stems(text) & stems)
            # (All of them in few more words: the headline printed again, a label or a site's name with it.)
            again = shared == len(stems) and words < 2 * len(stems)
            if shared >= g.TELLING_LEDE_SHARED_STEMS and not again:
                return None if g.NOT_A_LEDE_RE.search(text) or g.OUTLET_VOICE_RE.search(text) else i
            if shared:
                return None
        # (One sentence or long line sharing none may be the page's standfirst; running text, a
        # sentence telling as a story does or two sentences are the story's.)
        if sentence := linemodel.ends_sentence(text):
            if first_sentence(text) != text or g.STORY_TELLING_RE.search(text) or g.TOLD_LINE_RE.search(text):
                return None
        skipped += sentence or words >= g.STORY_PARAGRAPH_MIN_WORDS
        if skipped > 1 or linemodel.is_running_text(text):
            return None
    return None


def _stops_the_search(text: str) -> bool:
    """A line the story's opening is never sought past: a question, a label, a list's or timeline's item."""
    return (
        text.endswith(("?", ":"))
        or bool(g.LISTED_LINE_RE.match(text) or g.KEY_POINTS_LABEL_RE.match(text))
        or _is_list_label(text)
    )


def _telling_stems(text: str) -> set[str]:
    """``_stems`` without the words that tell nothing in other languages (``FUNCTION_WORDS_ABROAD``)."""
    return _stems(text) - _FUNCTION_STEMS_ABROAD


_FUNCTION_STEMS_ABROAD = frozenset(word[: g.STEM_CHARS] for word in g.FUNCTION_WORDS_ABROAD)


def _opens_under_a_headline(blocks: list[Block], headline: str) -> bool:
    """``blocks[0]`` is the story's opening under ``headline``: a standfirst or the lede.

    A paragraph of ``PROMOTED_LEDE_MIN_WORDS`` or more that runs on into no next line (a lone
    dateline, a label), a sentence or over the story's running text, and sharing a word's stem with
    the headline or the paragraphs under it (``PROMOTED_LEDE_CONTEXT``): a section's line or a
    share prompt tells of neither.
    """
    text = blocks[0].text
    below = [b.text for b in blocks[1 : 1 + g.PROMOTED_LEDE_CONTEXT] if b.kind == "paragraph"]
    return (
        blocks[0].kind == "paragraph"
        and linemodel.word_count(text) >= g.PROMOTED_LEDE_MIN_WORDS
        and not text.endswith(g.RUNS_ON_MARKS)
        and (linemodel.is_sentence(text) or bool(below) and linemodel.is_running_text(below[0]))
        and bool(_stems(text) & _stems(" ".join([headline, *below])))
    )


def _is_stopped_title_case_headline(text: str) -> bool:
    """A headline in Title Case with a full stop after it (``Armed Police Swarm Estate in Velm.``).

    A story's sentence capitalises its names, never every longer word.
    """
    text = text.strip()
    return (
        text.endswith(".")
        and not text.endswith("..")
        and _is_whole_headline(text[:-1])
        and linemodel.is_title_case(text, g.TITLE_CASE_HEADLINE_STOP_MIN_WORDS, letters_only=True)
    )


def _is_whole_headline(text: str) -> bool:
    """One sentence, and shaped as a headline is."""
    text = text.strip()
    return bool(text) and first_sentence(text) == text and _is_headline_shaped(text)


def _is_headline_shaped(text: str) -> bool:
    """A line that reads as a headline: no sentence end, and no longer than a headline is."""
    return (
        len(text) <= g.HEADLINE_MAX_CHARS
        and linemodel.word_count(text) <= g.HEADLINE_MAX_WORDS
        and not linemodel.ends_sentence(text)
    )


def first_sentence(text: str) -> str:
    """``text`` up to the first full stop that ends a sentence (not the one of ``St.`` or ``U.N.``)."""
    for match in g.SENTENCE_END_RE.finditer(text):
        last_word = text[: match.start()].split()[-1]
        if not match["close"] and _is_abbreviation(last_word):
            continue
        return text[: match.end("close")]
    return text


def _is_abbreviation(word: str) -> bool:
    """True for ``St.``, ``Feb.``, ``U.N.`` and initials: words whose full stop ends no sentence."""
    return word.endswith(".") and (
        word[:-1].lstrip(g.OPENING_QUOTES + "(") in g.ABBREVIATIONS or bool(g.INITIALS_RE.match(word))
    )


def _trim_title(title: str) -> str:
    """Strip trailing punctuation and an unmatched closing quote, until neither is left."""
    while True:
        trimmed = title.rstrip(g.TITLE_TRAILING_PUNCTUATION)
        if trimmed.count('"') % 2:
            trimmed = trimmed.rstrip('"')
        if trimmed == title:
            return title
        title = trimmed
