"""Lines printed again: repeats, truncated copies, pull quotes, summaries told again.

Exact repeats of the line above, copies cut short of a neighbour (``_is_truncated_copy``), a
caption echoed with its credit, a headline with an outlet's name glued on, pull quotes, and
summaries at the top that the story tells again a few lines down (``_tells_again``).
"""

from __future__ import annotations

from .. import agencies, linemodel
from .. import grammar as g
from .common import Line, _glued_twice, _is_name_like, _is_portrait_name, _State, _stems
from .credits import (
    _credit_line,
    _is_caption_sentence,
    _is_credit_of_names,
    _is_top_matter,
    _match_caption,
    _reports_words,
    _top_caption,
)
from .dates import _dateline_at, _top_date_line
from .leftovers import _leftover
from .titles import _is_headline_shaped


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
        elif found := _caption_glued_to_its_copy(line.text):
            state.captioned[line.text] = found
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
        if i < g.OUTLET_TITLE_MAX_LINE and _is_tailed_copy(line.text, next_text):
            # ``Headline`` over ``Headline (Source: Velm Post)``: the headline, then its photo's copy.
            kept.append(line)
            state.drop(body[i + 1], "headline printed again with a source or section")
            glued_copy = i + 1
            continue
        if i == glued_copy:
            continue
        if kept and i <= g.OUTLET_TITLE_MAX_LINE and _is_headline_with_outlet(previous, line.text):
            # ``Headline - Velm Channel 4`` over ``Headline``: the page's title, then the headline.
            state.drop(kept.pop(), "headline with the outlet's name")
            kept.append(line)
            continue
        if i <= g.OUTLET_TITLE_MAX_LINE and (cut := _title_with_cut_outlet(kept, line.text)) is not None:
            # ``Headline -`` over ``News`` and ``Headline``: the page's title, its outlet's name cut off.
            state.drop(kept.pop(cut), "headline with the outlet's name")
            kept.append(line)
            continue
        glued = _is_glued_to(line.text, next_text)
        neighbours = (previous,) if glued else (previous, next_text)
        # (Not a subhead naming what its paragraph opens on; unless a credit above names it too, a
        # credit broken over lines: ``Photo: Velm Weather Office`` / ``Velm Weather Office``, or it
        # is the paragraph's lead-in printed again right on it.)
        if _is_truncated_copy(line.text, *neighbours) and not (
            _names_its_paragraph(line.text, next_text)
            and line.text not in previous
            and not _sits_on_the_line_under(body, i)
        ):
            if found := _echoed_caption(line.text, next_text):
                state.captioned[next_text] = found
                state.drop(line, "repeated caption")
            elif (
                i <= g.OUTLET_TITLE_MAX_LINE
                and _names_the_headlines_subject(line.text, previous, next_text)
                # (Lower down, over the photo's credited caption naming the person: its alt text.)
                or _is_portrait_name(line.text, next_text)
                and _match_caption(next_text) is not None
            ):
                state.drop(line, "portrait's caption")
            else:
                state.drop(line, "truncated duplicate")
            continue
        kept.append(line)
    return kept


def _caption_glued_to_its_copy(text: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a photo's alt text and caption glued into one line, a credit marking them.

    The alt text, its credit glued after it, then the caption (``Crews clear the quay at VelmTomas
    Reil/Velm PostCrews clear the quay at Velm``); or the first copy cut short by ``...``, then the
    whole caption ending with its credit (``... (Photo/Tomas Reil)``). A lede printed twice with its
    dateline between (``... the quay. VELM, AFP Crews ...``) has no credit's mark, nor a paragraph
    after its teaser cut short.
    """
    size = g.GLUED_CAPTION_HEAD_CHARS
    # (One search for the line's opening further on: most lines never open again.)
    at = text.find(text[:size], size) if len(text) > 2 * size else -1
    if at < 0:
        return None
    first, copy = text[:at].rstrip(), g.GALLERY_BUTTONS_TAIL_RE.sub("", text[at:].rstrip())
    if first.startswith(copy):  # the alt text and its credit, then the caption
        credit = first[len(copy) :].strip(" -–—|")
        # (The credit itself a photo's: a page's title glued to its headline ends on the outlet's name.)
        if _is_credit_of_names(credit) and g.PHOTO_CREDIT_HINT_RE.search(credit):
            return copy, credit
        return None
    cut = g.ELLIPSIS_TAIL_RE.search(first)
    if cut and copy.startswith(first[: cut.start()]):  # a cut copy, then the whole caption
        # (Its credit a photo's: a teaser glued to a wire's paragraph ends on ``(AFP)``, its words'.)
        found = _match_caption(copy)
        if found and g.PHOTO_CREDIT_HINT_RE.search(found[1]) and not _reports_words(found[0]):
            return found
    return None


def _is_tailed_copy(headline: str, text: str) -> bool:
    """``text`` is ``headline`` (no sentence) with a photo's source or a section and outlet after it.

    (``HEADLINE_COPY_TAIL_RE``: a story's sentence printed again with more words is no such copy.)
    """
    if not (
        len(text) > len(headline)
        and text.startswith(headline)
        and len(headline.split()) >= g.OUTLET_HEADLINE_MIN_WORDS
        and not linemodel.ends_sentence(headline)
    ):
        return False
    tail = g.HEADLINE_COPY_TAIL_RE.fullmatch(text[len(headline) :])
    return tail is not None and (tail["outlet"] is None or g.OUTLET_NAME_RE.match(tail["outlet"]) is not None)


def _names_the_headlines_subject(text: str, headline: str, below: str) -> bool:
    """A person's name alone under the headline that opens with it: the caption of their portrait.

    (``Ada Berg`` under ``Ada Berg wins the Velm marathon``, over a sentence of its own; a lede
    wrapped after the name goes on with a comma or in lower case.)
    """
    return _is_portrait_name(text, below) and headline.startswith(text + " ")


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


def _title_with_cut_outlet(kept: list[Line], headline: str) -> int | None:
    """Where ``kept`` holds ``headline`` with a dash or bar after it and no outlet's name after that."""
    if len(headline.split()) < g.OUTLET_HEADLINE_MIN_WORDS:
        return None
    return next(
        (
            j
            for j, line in enumerate(kept)
            if line.text.startswith(headline) and g.CUT_OUTLET_RE.fullmatch(line.text[len(headline) :])
        ),
        None,
    )


def _summaries_printed_again(body: list[Line]) -> set[int]:
    """Lines at the top that the story tells again a few lines down, with its dateline or more words.

    A page's summary is often its lede once more (``A ferry ran aground ...`` over ``KORRIN
    (AP) — A ferry ran aground ...``), edited a little or cut short, with a photo or a date line
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


def _names_its_paragraph(text: str, following: str) -> bool:
    """``text`` is a subhead naming who or what its paragraph's first sentence is about, no cut copy.

    (``Ada Berg`` over ``Ada Berg opened the harbour cafe in 1990 ...``: the words end where the
    paragraph's next word, in lower case, goes on with its sentence.)
    """
    rest = following[len(text) :]
    return (
        rest[:1] == " "
        and rest[1:2].islower()
        and len(text.split()) <= g.SUBHEAD_NAMING_MAX_WORDS
        and not linemodel.ends_sentence(text)
    )


def _sits_on_the_line_under(body: list[Line], i: int) -> bool:
    """No blank line parts ``body[i]`` from the line under it, while one parts it from the line above.

    (A page that parts its lines so parts a subhead from its paragraph too: a line of the
    paragraph's first words right on it is its lead-in printed twice, ``Islanders in Korrin`` on
    ``Islanders in Korrin say ...``. On a page with no blank lines, a subhead sits so too, and so
    do a page's topic subheads, each naming its paragraph: ``Ferry fares`` on ``Ferry fares will
    rise ...``, then ``Parking at the quay`` on ``Parking at the quay in Velm ...``.)
    """
    line = body[i]
    return (
        0 < i < len(body) - 1
        and body[i + 1].number == line.number + 1
        and body[i - 1].number < line.number - 1
        and not any(
            j != i
            and body[j + 1].number == body[j].number + 1
            and _names_its_paragraph(body[j].text, body[j + 1].text)
            for j in range(len(body) - 1)
        )
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


def _is_labelled_copy(text: str, following: str) -> bool:
    """``following`` is ``text`` with a credit's label (``Name, Agency`` over ``Foto: Name, Agency``)."""
    return (
        following.endswith(text)
        and len(following) > len(text) >= g.TRUNCATED_MIN_CHARS
        and _credit_line(following) == text
    )


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
    elif (
        following[cut : cut + 1] in (".", "!", "?")
        and (found := _match_caption(following)) is not None
        and found[0] == following[: cut + 1]
    ):
        # (The alt text ends before the caption's full stop: ``... the quay``, ``... the quay. Picture: PA``.)
        return found
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
