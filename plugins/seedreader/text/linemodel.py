"""How likely a line that is not running text is page furniture, from its shape and its place.

Rules name the forms one site at a time; pages from sites they have not seen bring menus, promos
and interface text in wordings no rule knows. What those lines share is their shape and their
place: short, in runs of other short lines, above or below the story rather than inside it. A
logistic model over such features, fitted on the labelled real pages by
``bench/train_lines.py`` (weights in ``line_weights.py``), gives each line a chance; the parser
drops a line as furniture only past a high threshold.

Only lines above the story's first sentence or below its last (or its source line) are judged,
and never one that could be a sentence of the story: a long line, a line ending like a sentence
(a question too) or going on into the next (a comma last), a table row. Inside the story, lists,
tables and key points look like furniture and are not; a page with no sentence at all is not
judged. The parser asks only of a line no rule took, and never of a line the page prints twice or
the line that heads the story.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import grammar as g
from .line_weights import BIAS, WEIGHTS, WORD_WEIGHTS

#: Names of the shape and place features, in the order ``features`` gives them.
FEATURES = (
    "words",
    "one_word",
    "few_words",
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
    "shares_words_next",
)


def unbulleted(text: str) -> str:
    """The line without a bullet before it (``BULLETS``)."""
    return text[2:].lstrip() if text.startswith(g.BULLETS) else text


def word_count(text: str) -> int:
    """Words in a line; in a script written without spaces (Chinese, Thai), two characters each."""
    words = text.count(" ") + 1
    if not text.isascii() and g.UNSPACED_SCRIPT_RE.search(text):
        return max(words, len(text) // g.UNSPACED_CHARS_PER_WORD)
    return words


def last_mark(text: str) -> str:
    """The line's last character, looking through closing quotes ("" for none)."""
    return text.rstrip(g.CLOSING_QUOTES)[-1:]


def is_title_case(text: str, least: int, letters_only: bool = False) -> bool:
    """Every word of ``TITLE_CASE_MIN_CHARS`` characters or more capitalised, ``least`` of them at least.

    ``letters_only``: such words opening on no letter (``2026``, a quote) are left out; else they
    count, and are not capitalised.
    """
    long_words = [
        word
        for word in text.split()
        if len(word) >= g.TITLE_CASE_MIN_CHARS and (word[0].isalpha() or not letters_only)
    ]
    return len(long_words) >= least and all(word[0].isupper() for word in long_words)


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (or introduces a quote), looking through closing quotes."""
    return last_mark(text) in g.SENTENCE_FINAL


@functools.lru_cache(maxsize=1 << 14)  # (asked of each line by several rules)
def is_running_text(text: str) -> bool:
    """A paragraph of the story: long enough, and ending a sentence."""
    return word_count(text) >= g.STORY_PARAGRAPH_MIN_WORDS and ends_sentence(text)


def is_sentence(text: str) -> bool:
    """Running text, or a sentence of a few words (``Nobody was hurt.``)."""
    return is_running_text(text) or _is_short_sentence(text)


def is_judged(text: str) -> bool:
    """A line the model may judge wherever it stands: none that could be a sentence of the story.

    (A line ending with a comma goes on into the next: a sentence the copy cut off, ``Ada Berg
    explained,``.)
    """
    if word_count(text) >= g.STORY_PARAGRAPH_MIN_WORDS or _is_table_row(text):
        return False
    return last_mark(text) not in g.LINE_MODEL_SENTENCE_ENDS and not text.rstrip().endswith(",")


def furniture_chances(texts: Sequence[str]) -> list[float | None]:
    """Each line's chance of being furniture; None for a line that is not judged (tests, training)."""
    page = Page(texts)
    return [page.chance(i) for i in range(len(texts))]


def page_features(texts: Sequence[str]) -> list[list[float] | None]:
    """The features of every judged line above or below the story's sentences (else None)."""
    page = Page(texts)
    return [found[0] if (found := page.features(i)) else None for i in range(len(texts))]


def words_of(text: str) -> list[str]:
    """The line's words, case folded, for the word weights."""
    return g.WORD_RE.findall(text.casefold())


def _is_table_row(text: str) -> bool:
    return text.startswith("|") and text.count("|") >= g.TABLE_ROW_MIN_BARS


def _is_short_sentence(text: str) -> bool:
    # Not a question: interface text asks them (``Already a subscriber?``); a question is never
    # judged, but it does not mark where the story runs.
    return word_count(text) >= g.LINE_MODEL_SENTENCE_WORDS and last_mark(text) in g.STORY_SENTENCE_ENDS


def _is_story_line(text: str) -> bool:
    """A line that belongs to the story: a sentence, a table row, or the source line that closes it."""
    return _is_short_sentence(text) or _is_table_row(text) or bool(g.SOURCE_LINE_RE.match(text))


@functools.lru_cache(maxsize=4)
def _as_score(threshold: float) -> float:
    """A chance as the score (log-odds) that reaches it: scores are compared, no ``exp`` taken.

    (The threshold is read when a line is judged, so a setting or a test may change it.)
    """
    return math.log(threshold / (1.0 - threshold))


class Page:
    """One page's lines, each judged when asked: the parser asks only of lines no rule took."""

    __slots__ = ("texts", "_facts")

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self._facts: _Facts | None = None

    def is_furniture(self, i: int) -> bool:
        """Whether line ``i`` is judged and its chance reaches ``LINE_MODEL_THRESHOLD``."""
        score = self._score(i)
        return score is not None and score >= _as_score(g.LINE_MODEL_THRESHOLD)

    def chance(self, i: int) -> float | None:
        """The chance that line ``i`` is furniture; None when it is not judged."""
        score = self._score(i)
        return None if score is None else 1.0 / (1.0 + math.exp(-score))

    def _score(self, i: int) -> float | None:
        found = self.features(i)
        if found is None:
            return None
        row, words = found
        score = BIAS + sum(map(operator.mul, WEIGHTS, row))
        return score + sum(map(WORD_WEIGHTS.get, dict.fromkeys(words), itertools.repeat(0.0)))

    def paragraphs(self) -> list[str]:
        """The page's lines of running text: the story's paragraphs, as the model sees them."""
        return list(itertools.compress(self.texts, self._place().running))

    def features(self, i: int) -> tuple[list[float], list[str]] | None:
        """Line ``i``'s features and words, or None when it is not judged."""
        texts, facts = self.texts, self._place()
        first, last, count = facts.first, facts.last, len(texts)
        if first == count or facts.running[i] or first <= i <= last or not is_judged(texts[i]):
            return None
        words = words_of(texts[i])
        row = _line_features(
            texts[i],
            words,
            texts[i + 1] if i + 1 < count else "",
            above=i < first,
            distance=first - i if i < first else i - last,
            run=(i - facts.run_start[i], facts.run_end[i] - i),
            next_is_story=i + 1 < count and facts.running[i + 1],
            repeated=facts.counts[texts[i]] > 1,
            short_share=facts.short_share,
        )
        return row, words

    def _place(self) -> _Facts:
        """What every line's features share, worked out once per page."""
        if self._facts is None:
            self._facts = _Facts.of(self.texts)
        return self._facts


@dataclass(frozen=True, slots=True)
class _Facts:
    """A page's running-text lines, the story's first and last sentence, runs of other lines, counts."""

    running: list[bool]
    first: int
    """The story's first sentence (the page's length when it has none) ..."""
    last: int
    """... and its last: only the lines outside them are judged."""
    run_start: list[int]
    run_end: list[int]
    """Where each line's run of lines that are not running text starts and ends."""
    counts: Counter
    short_share: float

    @classmethod
    def of(cls, texts: Sequence[str]) -> _Facts:
        count = len(texts)
        running = [is_running_text(t) for t in texts]
        first = next((i for i in range(count) if running[i] or _is_story_line(texts[i])), count)
        last = next(
            (i for i in range(count - 1, first - 1, -1) if running[i] or _is_story_line(texts[i])), -1
        )
        run_start, run_end = [0] * count, [0] * count
        for i in range(count):
            run_start[i] = run_start[i - 1] if i and not running[i - 1] else i
        for i in range(count - 1, -1, -1):
            run_end[i] = run_end[i + 1] if i + 1 < count and not running[i + 1] else i
        short_share = 1.0 - sum(running) / count if count else 0.0
        return cls(running, first, last, run_start, run_end, Counter(texts), short_share)


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
) -> list[float]:
    words = text.split()
    count = len(words)
    last = last_mark(text)
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
        float(last == ":"),
        float(bool(last) and last in g.LINE_MODEL_END_MARKS),
        float(first.islower()),
        float(first.isdigit()),
        float(bool(g.NUMBERED_ITEM_RE.match(text))),
        float(text.startswith(g.BULLETS)),
        capitalised / count if count else 0.0,
        float(text.isupper() and sum(c.isalpha() for c in text) > 1),
        digits / len(text) if text else 0.0,
        float("|" in text),
        float(any(mark in text for mark in g.LINE_MODEL_WEB_MARKS)),
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
        float(any(w in after_text for w in mine)),
    ]


_NO_DIGITS = str.maketrans("", "", "0123456789")  # a str.translate table: digits out
