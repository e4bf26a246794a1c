"""Leftover lines: the page's furniture, and the story's own lists that are none.

Share buttons, disclaimers, browser notices, language menus, embeds and glued READ MORE text
(``LEFTOVER_LINES``), dropped before the other passes; embedded posts' words and signatures;
and the line model's furniture, never a line of a list the story introduces or of figures.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence

from .. import grammar as g
from .. import linemodel
from ..model import Block, Dropped
from .common import TEXT_KINDS, Line, _is_list_headline, _is_list_label, _State, _stems


def _is_model_furniture(number: int, state: _State) -> bool:
    """The line model is sure enough that the line with this number is furniture (see ``linemodel``).

    Never a line of the story's own lists, which the model sees as short lines below the story: a
    bulleted list of figures (``- Howrah: 033 2638 2217``, helplines, results; a menu has no
    figures after its labels), or a list the story introduces (``Its members are:``).
    """
    i = state.line_index.get(number)
    if i is None or state.page is None or not state.page.is_furniture(i):
        return False
    return (
        i not in _story_list_items(state)
        and not _tells_the_story(i, state)
        and not g.SCORERS_LINE_RE.match(state.page.texts[i])
    )


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
    colon); three or more under a title of their own, itself under a sentence of the story. People
    with their ages (``- Ada Berg, 19 años``) likewise, and a long run of them under any line (the
    victims, the missing: no menu lists people so).
    """
    items: set[int] = set()
    for pattern in (g.DATA_ITEM_RE, g.PERSON_AGE_ITEM_RE):
        for first, last in _runs_of(texts, pattern):
            above = texts[first - 1] if first else ""
            if last - first >= 2 and (
                linemodel.is_sentence(above)
                or above.endswith(":")
                or pattern is g.PERSON_AGE_ITEM_RE
                and last - first >= g.PERSON_LIST_MIN_ITEMS
            ):
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
    the story, or a paragraph of its own with a sentence before its colon (``... for trade. He
    says:``), then two short lines or more (the names, the times, the places): the story's own
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
        # (Or a paragraph of its own, a sentence before the colon: ``... annexation. He says:``.)
        words = linemodel.word_count(text)
        paragraph = words >= g.STORY_PARAGRAPH_MIN_WORDS and bool(g.SENTENCE_BREAK_RE.search(text))
        if (
            not (linemodel.is_running_text(above) or says_list and linemodel.is_sentence(above) or paragraph)
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


def _is_short_item(text: str) -> bool:
    """An item of a list: a few words (more after a bullet), no sentence, no address (``@name``, a link)."""
    most = g.BULLETED_ITEM_MAX_WORDS if text.startswith(g.BULLETS) else g.LIST_ITEM_MAX_WORDS
    return (
        0 < len(text.split()) <= most
        and not linemodel.ends_sentence(text)
        and "@" not in text
        and "://" not in text
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
    kept, offer, widget_help = [], False, _widget_help(body)
    for i, line in enumerate(body):
        if i in widget_help:
            state.drop(line, "page furniture")
            continue
        # The bulleted items of a subscription's offer (``For $4 a month you will receive:`` over ``• No
        # ads``, ``• The daily e-paper``) go with it.
        if offer and line.text.startswith(g.BULLETS):
            state.drop(line, g.OFFER_REASON)
            continue
        offer = False
        if (reason := _leftover(line.text)) and not (
            reason == g.REWRITER_LABEL_REASON and (i == 0 or _in_a_fact_box(body, i))
        ):
            if reason == "emptied list" and kept and _is_emptied_list_label(kept[-1].text):
                state.drop(kept.pop(), "related-links label")
            if reason == "embedded post's signature" and _post_above(body, i, kept):
                state.post_cites[kept[-1].number] = line  # (shown under the post, or dropped: ``_posts``)
                continue
            # (``#WATCH | Velm: ...`` over a post's words signed below: its first paragraph.)
            if reason == "page furniture" and _opens_a_signed_post(body, i):
                kept.append(line)
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
                offer = reason == g.OFFER_REASON and line.text.endswith(":")
                if g.SIGNUP_FORM_RE.search(line.text):
                    _drop_signup_pitch(body, i, kept, state)
                continue
        if g.LONE_BUTTON_RE.match(line.text) and _beside_furniture(body, i):
            state.drop(line, "page furniture")
            continue
        if _is_disclaimer(line.text):
            state.drop(line, "disclaimer")
            continue
        if _is_repeated_phrase(line.text):
            state.drop(line, "page furniture")
            continue
        if _is_made_up_profile(line.text):
            state.drop(line, "author box")
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


def _widget_help(body: list[Line]) -> set[int]:
    """The indices of a widget's help lines: runs of them, or of its own words, holding its own words.

    ``This calculator helps you ...`` over ``This is the yearly tax you pay on your property in Velm.``: the
    calculator's; the same help line alone under an explainer's question is the explainer's answer.
    """
    found: set[int] = set()
    run: list[int] = []
    anchored = False
    for i, line in enumerate([*body, None]):
        maybe = line is not None and line.text[:4].casefold() in g.WIDGET_OPENINGS
        own = maybe and bool(g.WIDGET_TEXT_RE.match(line.text))
        if own or (maybe and g.WIDGET_HELP_RE.match(line.text)):
            run.append(i)
            anchored = anchored or own
            continue
        if anchored:
            found.update(j for j in run if not g.WIDGET_TEXT_RE.match(body[j].text))
        run, anchored = [], False
    return found


def _next_to(body: list[Line], at: int) -> tuple[Line, ...]:
    """The lines right above and right below ``body[at]`` (one or none at the body's ends)."""
    return (*body[max(at - 1, 0) : at], *body[at + 1 : at + 2])


def _beside_furniture(body: list[Line], at: int) -> bool:
    """The line above or below ``body[at]`` is the page's furniture (``Send Comment`` over ``Name :``)."""
    return any(_leftover(line.text) for line in _next_to(body, at))


def _in_a_fact_box(body: list[Line], at: int) -> bool:
    """A line with another label opening the line above or below it (``Title:`` over ``Author:``)."""
    return any(
        g.LINE_LABEL_RE.match(line.text) and _leftover(line.text) != g.REWRITER_LABEL_REASON
        for line in _next_to(body, at)
    )


def _drop_signup_pitch(body: list[Line], at: int, kept: list[Line], state: _State) -> None:
    """Drop the lines right above a sign-up box's form (``body[at]``) that pitch its newsletter.

    ``Start your day with the Velm Post.`` over ``Sign up for the Morning Tide newsletter``: a few
    words bidding the reader to the news (``SIGNUP_BIDDING_RE``, ``SIGNUP_PITCH_RE``), or broken
    after a comma (``Keep up to date with news from Velm,`` over ``the islands and beyond.``), never
    anyone's words reported or quoted; over the pitch, the newsletter's name in a few capitalised
    words (``On The Tide``). Only lines the page prints one after another, ``SIGNUP_BOX_MAX_LINES``
    at most.
    """
    j, pitched = at - 1, False
    while j >= 0 and at - j <= g.SIGNUP_BOX_MAX_LINES and kept and kept[-1].number == body[j].number:
        text, lines = kept[-1].text, 1
        broken = (
            text[:1].islower() and j > 0 and len(kept) > 1 and kept[-2].number == body[j - 1].number
        ) and kept[-2].text.endswith(",")
        if broken:
            text, lines = f"{kept[-2].text} {text}", 2
        if not (_pitches_a_signup(text, broken) or pitched and _names_a_newsletter(text)):
            return
        for _ in range(lines):
            state.drop(kept.pop(), "sign-up box")
        j, pitched = j - lines, True


def _pitches_a_signup(text: str, broken: bool) -> bool:
    """``text`` is a few words bidding the reader to the news (or broken after a comma), no one's reported."""
    return (
        len(text.split()) <= g.SIGNUP_PITCH_MAX_WORDS
        and bool(g.SIGNUP_BIDDING_RE.match(text) and g.SIGNUP_PITCH_RE.search(text))
        and (broken or bool(g.TO_THE_READER_RE.search(text)))
        and not g.REPORTED_WORDS_RE.search(text)
        and not any(mark in text for mark in g.QUOTE_MARKS)
    )


def _names_a_newsletter(text: str) -> bool:
    """``text`` is a few capitalised words with no mark at the end (``On The Tide``)."""
    words = text.split()
    return (
        len(words) <= g.SIGNUP_NAME_MAX_WORDS and all(w[:1].isupper() for w in words) and text[-1:].isalnum()
    )


def _opens_a_signed_post(body: list[Line], at: int) -> bool:
    """``body[at]`` opens on a hashtag and an embedded post's signature stands two lines below it.

    (``#WATCH | Velm: ferry crews arrive at the port`` / ``They will meet the mayor ...`` / ``— Velm
    News (@velmnews) May 2, 2026``: the post's first paragraph, no promo of the page's for a video.)
    """
    return (
        body[at].text.startswith("#")
        and at + 2 < len(body)
        and _leftover(body[at + 2].text) == "embedded post's signature"
    )


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


#: ``NEEDLED_LEFTOVER_LINES`` whose needle a line in ASCII may hold, in their order.
_ASCII_NEEDLED_LEFTOVER_LINES = tuple(entry for entry in g.NEEDLED_LEFTOVER_LINES if entry[0].isascii())


@functools.lru_cache(maxsize=1 << 14)  # (a site's furniture recurs on every page of it)
def _leftover(text: str) -> str | None:
    """Why ``text`` is a line of the page's furniture (``LEFTOVER_LINES``), or None."""
    if (index := g.LEFTOVER_LINE_PATTERNS.first(text)) is not None:
        return g.LEFTOVER_LINES[index][1]
    # (A substring test: faster than one scan; a line in ASCII holds none of the arrows, no test for them.)
    needled = _ASCII_NEEDLED_LEFTOVER_LINES if text.isascii() else g.NEEDLED_LEFTOVER_LINES
    for needle, pattern, reason in needled:
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


def _is_repeated_phrase(text: str) -> bool:
    """An icon's capitalised name printed again and again (``Play Icon Play Icon Play Icon``)."""
    first = text.partition(" ")[0]
    if text.count(first) < g.REPEATED_PHRASE_MIN_TIMES:
        return False  # (the first word is printed as often as the phrase: a quick test first)
    words = text.split()
    if not all(word[:1].isupper() for word in words) or not g.REPEATED_PHRASE_INTERFACE_RE.search(text):
        return False
    return any(
        len(words) >= size * g.REPEATED_PHRASE_MIN_TIMES
        and len(words) % size == 0
        and words == words[:size] * (len(words) // size)
        for size in g.REPEATED_PHRASE_WORDS
    )


def _is_made_up_profile(text: str) -> bool:
    """A writer's profile of stock words (``MADE_UP_PROFILE_RE``: ``Music nerd. Travel fanatic. ...``)."""
    # (A short line with a few stops, before any pattern is tried.)
    if len(text) > g.MADE_UP_PROFILE_MAX_CHARS or text.count(".") < g.MADE_UP_PROFILE_MIN_STOPS:
        return False
    return bool(g.MADE_UP_PROFILE_RE.match(text)) and (
        len(g.MADE_UP_PROFILE_FAN_RE.findall(text)) >= g.MADE_UP_PROFILE_MIN_FANS
    )


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


def _in_a_dash_list(body: list[Line], i: int) -> bool:
    """``body[i]`` is among other dashed items: the line above or below starts with a dash too."""
    return any(0 <= j < len(body) and body[j].text[:2] in ("- ", "– ", "— ") for j in (i - 1, i + 1))


def _is_emptied_list_label(text: str) -> bool:
    """A list label a page prints over a list it may empty (``list of 3 items end of list``)."""
    return bool(g.RELATED_LIST_LABEL_RE.match(text) or g.PICKS_LABEL_RE.match(text))
