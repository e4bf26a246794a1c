"""Preparing the lines: the header, the crawler's prefix, wrapped lines, split labels, notes.

The ``Key: value`` header, archive furniture, the crawler's `` date YYYY-MM-DD `` prefix, icon
fonts' names, hard-wrapped paragraphs and run-on lines joined, labels split from their values
(``Photo:`` over ``Supplied``) joined, and the editors' notes taken out before any other pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .. import grammar as g
from .. import linemodel
from ..model import Block
from .common import Line, _State, split_sources
from .credits import _caption_match
from .dates import _date_line, parse_date


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

    The crawler's day is the page's as a masthead's date is: a date line under the headline (or one
    labelled published) replaces it (``date_above_title``), unless a bare day later than the crawler's,
    an event's (``_after_the_crawl``).

    A relative day and time alone after it, or as the page's first line (``Today at 4:10 PM``:
    ``RELATIVE_DAY_TIME_RE``), is dropped: when the page was posted, never its headline. So is a
    site's trail of crumbs before the headline (``CRUMB_TRAIL_RE``: ``Velm Radio » News » ...``).
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
            state.date_above_title = state.date is not None
        elif not match["day"]:
            year, month = match["date"].split("-")
            state.crawl_month = int(year), int(month)
        rest = rest[match.end() :]
    # (Not over a line in lower case: a wrapped sentence's first words, ``Today at 10:30`` / ``the
    # council ...``.)
    if g.RELATIVE_DAY_TIME_RE.match(rest) and not (len(body) > 1 and body[1].text[:1].islower()):
        state.drop(first, "relative date", rest)
        rest = ""
    if trail := g.CRUMB_TRAIL_RE.match(rest):
        state.drop(first, "breadcrumb trail", trail.group(0).strip())
        rest = rest[trail.end() :]
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
    tags line's). A headline broken after a comma (``Velm mayor quits,`` over ``says she was pushed
    out``) may stand right over the story's first paragraph.
    """
    comma = first.text.endswith(",")
    return (
        (
            first.text.endswith(":")
            # (``Ostrel nurses vote`` over ``to end their strike``: wrapped before a word that
            # joins the halves, the first ending no sentence.)
            or _joins_a_headline(first.text, second.text)
            or comma
        )
        and second.number == first.number + 1
        and second.text[:1].islower()
        and linemodel.word_count(first.text) >= g.SPLIT_HEADLINE_MIN_WORDS
        and linemodel.word_count(first.text) + linemodel.word_count(second.text) <= g.HEADLINE_MAX_WORDS
        and not linemodel.ends_sentence(second.text)
        and all(
            line.number != second.number + 1
            or comma
            and line.text[:1].isupper()
            and linemodel.is_running_text(line.text)
            for line in body
        )
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
