"""Seed text to ``SeedArticle``: pure, no Pelican, no HTML.

The parser works on lines: in scraped wire copy every non-empty line is a
paragraph, whether paragraphs are separated by blank lines or not. Lines are
classified in passes (header, leftovers, duplicates, top matter, lede, caption,
source, body); each pass takes what it recognises off the list and hands the
rest on, so a line is never both dropped and kept.

The passes live in ``passes/``, one module per family of lines (see ``passes/__init__.py``);
this module holds the entry points and runs the passes in order.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import SeedError
from . import decode, linemodel
from . import grammar as g
from .model import Block, SeedArticle
from .passes.body import _read_body, _read_source_line, anchor_for
from .passes.captions import _drop_repeats_of, _read_caption
from .passes.common import TEXT_KINDS, Line, _is_name_like, _State, _stems, split_sources
from .passes.dates import (
    _date_from_crawl_month,
    _date_from_second_paragraph,
    _date_told_in_the_opening,
    _read_dateline,
    parse_date,
)
from .passes.duplicates import _drop_duplicates, _tells_again
from .passes.headlines import _without_key_points
from .passes.leftovers import _drop_leftover_lines, _posts, _without_glued_tails
from .passes.page_end import CARD_PARTS, _cut_appended_stories
from .passes.prepare import (
    _drop_archive_furniture,
    _join_split_labels,
    _read_header,
    _strip_crawler_prefix,
    _unwrap,
    _without_icon_names,
    _without_notes,
)
from .passes.titles import (
    _is_stopped_title_case_headline,
    _is_whole_headline,
    _opening_under_a_headline,
    _trim_title,
    derive_title,
    first_sentence,
)
from .passes.top_matter import _read_agency_under_lede, _read_top_matter

__all__ = [
    "CARD_PARTS",
    "Line",
    "TEXT_KINDS",
    "anchor_for",
    "derive_title",
    "first_sentence",
    "normalise",
    "parse",
    "parse_date",
    "parse_lines",
    "prepared_lines",
    "split_sources",
]


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
    body = _read_agency_under_lede(_read_caption(body, state), state)
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
    if not title and _is_headline_under_lone_lede(lede, blocks):
        # The page printed its summary (the lede) above the headline, and no more of the story.
        title, state.title_number = _trim_title(blocks[0].text), blocks[0].line
        blocks = blocks[1:]
    if not title:
        title, derived = derive_title(lede or _first_text(blocks)), True
    return title, derived, lede, blocks


def _is_headline_under_lone_lede(lede: str, blocks: list[Block]) -> bool:
    """``blocks[0]`` is the headline, right under a lede that is all the story there is.

    The first block, the page's only paragraph, shaped as a whole headline in sentence case and
    sharing a few words with the lede (``LONE_LEDE_HEADLINE_SHARED_STEMS``), most of its own
    (``LONE_LEDE_HEADLINE_TOLD_SHARE``): ``Thieves raid the Velm museum`` under ``VELM (MW) — Thieves
    broke into the town museum ...``. (The lede a paragraph's length: a page may cut its last
    sentence short.) A brief's closing line with no full stop tells more than the lede: it stays.
    """
    paragraphs = [block for block in blocks if block.kind == "paragraph"]
    if (
        linemodel.word_count(lede) < g.STORY_PARAGRAPH_MIN_WORDS
        or len(paragraphs) != 1
        or blocks[0] is not paragraphs[0]
    ):
        return False
    text = blocks[0].text
    # (Every word capitalised, a promo's or a topic's tags: ``For More News Follow Velm Post``.)
    if (
        not _is_whole_headline(text)
        or text.startswith(g.BULLETS)
        or text.endswith(g.RUNS_ON_MARKS)
        or _is_name_like(text)
    ):
        return False
    stems = _stems(text)
    shared = len(stems & _stems(lede))
    return shared >= g.LONE_LEDE_HEADLINE_SHARED_STEMS and shared >= g.LONE_LEDE_HEADLINE_TOLD_SHARE * len(
        stems
    )


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


def _named_headline(block: Block) -> Block:
    """A paragraph or subhead that the archive knows as another story's headline: a READ MORE line."""
    return Block("read_more", linemodel.unbulleted(block.text), block.line)


def _first_text(blocks: list[Block]) -> str:
    return next((b.text for b in blocks if b.kind != "read_more"), "")
