"""What the passes share: the ``Line`` and ``_State`` types and the word tests several passes ask.

Stems and folded quotes (how lines are compared), names, the title printed again, subheads and
list headlines (how a line starts), READ MORE blocks, and the agencies a value names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from .. import agencies, linemodel
from .. import grammar as g
from ..model import Block, Dateline, Dropped, Figure


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


def _is_list_label(text: str) -> bool:
    """A label the page puts over a list of its own (related stories, tags, links)."""
    return bool(
        g.READ_MORE_LABEL_RE.match(text)
        or g.PICKS_LABEL_RE.match(text)
        or g.RELATED_LIST_LABEL_RE.match(text)
        or g.TAG_LIST_LABEL_RE.match(text)
    )


def _glued_twice(text: str, least: int = g.TRUNCATED_MIN_CHARS, sep: str = "") -> str | None:
    """The line's half when the line is that half twice, glued (``... goalsKenny Dougall was ...``).

    The half is ``least`` characters long at least; ``sep`` stands between the two copies
    (``Korrin, Velmland Korrin, Velmland`` with a space).
    """
    size, odd = divmod(len(text) - len(sep), 2)
    if size < least or odd or text[size : size + len(sep)] != sep or text[:size] != text[size + len(sep) :]:
        return None
    return text[:size]


def _shares_half_of(stems: set[str], other: set[str]) -> bool:
    """At least half of ``stems`` are in ``other`` (a line another tells: its subhead, caption, link)."""
    return 2 * len(stems & other) >= len(stems)


def _subject_stems(state: _State) -> set[str]:
    """The stems of the story's headline and lede: what it is about."""
    return _stems(f"{state.title or ''} {state.lede}")


def _stems(text: str) -> set[str]:
    """Content words cut to a few letters: ``increases`` and ``increase`` meet."""
    return {word[: g.STEM_CHARS] for word in _content_words(text)}


def _is_name_like(text: str) -> bool:
    """Every word capitalised (``Samson Folarin``, ``Fiji Sun``): a name, not a short headline."""
    return all(word[:1].isupper() or not word[:1].isalpha() for word in text.split())


def _is_portrait_name(text: str, below: str) -> bool:
    """``text`` is a person's name alone (``NAME_CAPTION_WORDS``, letters only) over a line of its own.

    (What the caller holds it against is the headline's; a lede wrapped after a name goes on with a
    comma or in lower case.)
    """
    words = text.split()
    return (
        g.NAME_CAPTION_WORDS[0] <= len(words) <= g.NAME_CAPTION_WORDS[1]
        and _is_name_like(text)
        and all(word.isalpha() for word in words)
        and below[:1].isupper()
    )


def _repeats_title(text: str, state: _State) -> bool:
    """``text`` is the title, from the header or a line, printed again (its quotes aside)."""
    title = state.title
    return title is not None and (_fold_quotes(text) == _fold_quotes(title) or _is_title_repeat(text, state))


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


def _content_words(text: str) -> set[str]:
    return {
        w
        for w in g.WORD_RE.findall(text.casefold())
        if len(w) >= g.CONTENT_WORD_MIN_CHARS and w not in g.TITLE_TAIL_STOPWORDS
    }


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
    words = linemodel.word_count(linemodel.unbulleted(text))  # (a bullet is no word)
    return (
        g.LIST_HEADLINE_MIN_WORDS <= words <= max_words
        and not text.rstrip(g.CLOSING_QUOTES).endswith(g.FULL_STOPS)  # (``।`` and ``。`` end sentences too)
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
    if dated := g.READ_MORE_DATE_TAIL_RE.search(headline):
        state.drop(line, "date of the card", dated.group(0).strip())
        headline = headline[: dated.start()]
    # A headline cut short (``... goes on...``) or ended with a stray stop (``... airport .``).
    cut = g.READ_MORE_CUT_TAIL_RE.sub("", headline).strip()
    if cut != headline.strip() and (once := _printed_once(cut)):  # (its copy cut short: ``... offi...``)
        state.drop(line, "truncated duplicate", cut[len(once) :].strip())
        cut = once
    return Block("read_more", cut, line.number)


def _last_card(blocks: list[Block]) -> str:
    """The headline of the READ MORE block that ends ``blocks`` ("" when another block does)."""
    return blocks[-1].text if blocks and blocks[-1].kind == "read_more" else ""


def _section_card(text: str, last: str) -> tuple[str, str] | None:
    """A related box's card flattened onto one line: what comes before its headline, and the headline.

    The box's label and the card's section before it (``RELATED_SECTION_CARD_RE``), or, right under
    a card whose headline is ``last``, that headline printed again and the section
    (``SECTION_CARD_RE``). None for any other line.
    """
    if text.startswith("Related "):
        match = g.RELATED_SECTION_CARD_RE.match(text)
        return (text[: match.start("headline")].strip(), match["headline"]) if match else None
    if last and text.startswith(last + " ") and (match := g.SECTION_CARD_RE.match(text[len(last) + 1 :])):
        return text[: len(last) + 1 + match.start("headline")].strip(), match["headline"]
    return None


def _printed_once(headline: str) -> str | None:
    """A card's headline glued to its own copy cut short (``Ferry resumes Ferry resu``): the headline once."""
    at = headline.find(" ", len(headline) // 2)
    while at != -1:
        copy = headline[at + 1 :]
        if g.TRUNCATED_MIN_CHARS <= len(copy) < at and headline.startswith(copy):
            return headline[:at]
        at = headline.find(" ", at + 1)
    return None


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
