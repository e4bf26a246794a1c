"""Bylines and writers: ``By ...`` lines, byline bars, sign-offs, meta lines, writers' names.

Also a name over the writer's role, a writer's biography, and the page's buttons and one-word
lines that are no subhead.
"""

from __future__ import annotations

import re

from .. import grammar as g
from .. import linemodel
from ..model import Block
from .common import Line, _is_name_like, _State, _stems
from .credits import _agency_line, _credit_line, _is_top_matter
from .dates import _date_line, _in_english, _take_date_from, _take_date_line
from .leftovers import _leftover


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
