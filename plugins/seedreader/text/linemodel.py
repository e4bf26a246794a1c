"""How likely a line that is not running text is page furniture, from its shape and its place.

Rules name the forms one site at a time; pages from sites they have not seen bring menus, promos
and interface text in wordings no rule knows. What those lines share is their shape and their
place: short, in runs of other short lines, above or below the story rather than inside it. A
logistic model over such features, fitted on the labelled real pages by
``bench/train_lines.py`` (weights in ``line_weights.py``), gives each line a chance; the parser
drops a line as furniture only past a high threshold.

Only lines above the story's first sentence or below its last (or its source line) are judged,
and never one that could be a sentence of the story: a long line, a sentence of a few words, a
table row. Inside the story, lists, tables and key points look like furniture and are not.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Sequence

from . import grammar as g
from .line_weights import BIAS, WEIGHTS, WORD_WEIGHTS

#: Names of the shape and place features, in the order ``features`` gives them.
FEATURES = (
    "words",
    "one_word",
    "few_words",
    "ends_sentence",
    "ends_colon",
    "ends_mark",
    "starts_lower",
    "starts_digit",
    "numbered",
    "bulleted",
    "capitalised_share",
    "all_caps",
    "digit_share",
    "has_bar",
    "has_web",
    "has_year",
    "ends_with_date",
    "above_story",
    "distance_out",
    "run_length",
    "run_first",
    "run_last",
    "next_is_story",
    "repeated_on_page",
    "page_short_share",
    "no_story",
    "shares_words_next",
)


def is_running_text(text: str) -> bool:
    """A paragraph of the story: long enough, and ending a sentence."""
    words = text.count(" ") + 1
    if words < g.STORY_PARAGRAPH_MIN_WORDS:
        return False
    stripped = text.rstrip(g.CLOSING_QUOTES)
    return bool(stripped) and stripped[-1] in g.SENTENCE_FINAL


def furniture_chances(texts: Sequence[str]) -> list[float | None]:
    """Each line's chance of being furniture; None for a line that is not judged."""
    page = Page(texts)
    return [page.chance(i) for i in range(len(texts))]


def words_of(text: str) -> list[str]:
    """The line's words, case folded, for the word weights."""
    return g.WORD_RE.findall(text.casefold())


def is_judged(text: str) -> bool:
    """A line the model may judge wherever it stands: none that could be a sentence of the story."""
    words = text.count(" ") + 1
    if words >= g.STORY_PARAGRAPH_MIN_WORDS or _is_sentence(text, words):
        return False
    return not _is_table_row(text)


def _is_table_row(text: str) -> bool:
    return text.startswith("|") and text.count("|") >= g.TABLE_ROW_MIN_BARS


def _is_sentence(text: str, words: int) -> bool:
    # Not a question: interface text asks them (``Already a subscriber?``), stories seldom do alone.
    return words >= g.LINE_MODEL_SENTENCE_WORDS and text.rstrip(g.CLOSING_QUOTES)[-1:] in ".!…"


def _is_story_line(text: str) -> bool:
    """A line that belongs to the story: a sentence, a table row, or the source line that closes it."""
    return (
        _is_sentence(text, text.count(" ") + 1) or _is_table_row(text) or bool(g.SOURCE_LINE_RE.match(text))
    )


def is_sentence(text: str) -> bool:
    """Running text, or a sentence of a few words (``Nobody was hurt.``)."""
    return is_running_text(text) or _is_sentence(text, text.count(" ") + 1)


def page_features(texts: Sequence[str]) -> list[list[float] | None]:
    """The features of every judged line above or below the story's sentences (else None)."""
    page = Page(texts)
    return [found[0] if (found := page.features(i)) else None for i in range(len(texts))]


class Page:
    """One page's lines, each judged when asked: the parser asks only of lines no rule took."""

    __slots__ = ("texts", "_running", "_first", "_last")

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self._running: list[bool] | None = None
        self._first = self._last = 0

    def chance(self, i: int) -> float | None:
        """The chance that line ``i`` is furniture; None when it is not judged."""
        found = self.features(i)
        if found is None:
            return None
        row, words = found
        score = BIAS + sum(map(operator.mul, WEIGHTS, row))
        score += sum(map(WORD_WEIGHTS.get, dict.fromkeys(words), itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-score))

    def features(self, i: int) -> tuple[list[float], list[str]] | None:
        """Line ``i``'s features and words, or None when it is not judged."""
        texts, running = self.texts, self._place()
        first, last, count = self._first, self._last, len(texts)
        if running[i] or first <= i <= last or not is_judged(texts[i]):
            return None
        # The line's place in its run of lines that are not running text: lines before and after it.
        start = i
        while start and not running[start - 1]:
            start -= 1
        end = i
        while end + 1 < count and not running[end + 1]:
            end += 1
        words = words_of(texts[i])
        row = _line_features(
            texts[i],
            words,
            texts[i + 1] if i + 1 < count else "",
            above=i < first,
            distance=first - i if i < first else i - last,
            run=(i - start, end - i),
            next_is_story=i + 1 < count and running[i + 1],
            repeated=texts.count(texts[i]) > 1,
            short_share=1.0 - sum(running) / count,
            no_story=first == count,
        )
        return row, words

    def _place(self) -> list[bool]:
        """Which lines are running text, and the story's first and last sentence (worked out once)."""
        if self._running is None:
            texts, count = self.texts, len(self.texts)
            running = self._running = [is_running_text(t) for t in texts]
            # Only the lines outside the story's first and last sentence are judged.
            self._first = next((i for i in range(count) if running[i] or _is_story_line(texts[i])), count)
            self._last = next(
                (i for i in range(count - 1, self._first - 1, -1) if running[i] or _is_story_line(texts[i])),
                -1,
            )
        return self._running


def _line_features(
    text: str,
    folded_words: list[str],
    following: str,
    *,
    above: bool,
    distance: int,
    run: tuple[int, int],
    next_is_story: bool,
    repeated: bool,
    short_share: float,
    no_story: bool,
) -> list[float]:
    words = text.split()
    count = len(words)
    last = text.rstrip(g.CLOSING_QUOTES)[-1:]
    first = text.lstrip(g.OPENING_QUOTES)[:1]
    capitalised = sum(1 for w in words if w[:1].isupper())
    digits = len(text) - len(text.translate(_NO_DIGITS))
    before, after = run
    mine = [w for w in folded_words if len(w) >= g.CONTENT_WORD_MIN_CHARS]
    after_text = following.casefold() if mine else ""
    return [
        math.log1p(count),
        float(count == 1),
        float(count <= 4),
        float(bool(last) and last in ".!?…"),
        float(last == ":"),
        float(bool(last) and last in ",|-–—›»>/+"),
        float(first.islower()),
        float(first.isdigit()),
        float(bool(g.NUMBERED_ITEM_RE.match(text))),
        float(text.startswith(g.BULLETS)),
        capitalised / count if count else 0.0,
        float(text.isupper() and sum(c.isalpha() for c in text) > 1),
        digits / len(text) if text else 0.0,
        float("|" in text),
        float("@" in text or "http" in text or "www." in text or ".com" in text or "©" in text),
        float(bool(digits) and bool(g.YEAR_RE.search(text))),
        float(bool(digits) and bool(g.TRAILING_DATE_RE.search(text))),
        float(above),
        math.log1p(distance),
        math.log1p(before + after + 1),
        float(before == 0),
        float(after == 0),
        float(next_is_story),
        float(repeated),
        short_share,
        float(no_story),
        float(any(w in after_text for w in mine)),
    ]


_NO_DIGITS = str.maketrans("", "", "0123456789")
