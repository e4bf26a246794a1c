"""Headline shapes and derived titles.

A line shaped as a headline (``_is_headline_shaped``, ``_is_whole_headline``), a sentence's end
(``first_sentence``), the title derived from the lede when the page gives none
(``derive_title``), and the story's opening under a headline the passes read as the lede.
"""

from __future__ import annotations

from .. import grammar as g
from .. import language, linemodel
from ..model import Block
from .common import _is_list_label, _stems


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
    while len(words) > 3:
        if words[-1].strip("\"'“”‘’,").lower() in g.TITLE_TAIL_STOPWORDS:
            words.pop()
            continue
        if not _ends_on_its_stopword(words, sentence):
            break
        words.pop()
    return words


def _ends_on_its_stopword(words: list[str], sentence: list[str]) -> bool:
    """``words``, the start of ``sentence``, end on a small word of its language (not English) that goes on.

    One of ``TITLE_TAIL_STOPWORDS_OF``, in lower case, the sentence's language asked of
    ``language.text_language`` only when the last word may be one (``... cows could die`` keeps
    ``die``; a subhead's ``Questions for the DA`` and ``From Korrin to LA`` are none). Never one
    that ends a clause (a comma after it, or a conjunction next: ``... Jahr zurück und``).
    """
    bare = words[-1].strip("\"'“”‘’,")
    if bare not in g.TITLE_TAIL_FOREIGN_STOPWORDS or words[-1].endswith((",", ";", ":")):
        return False
    following = sentence[len(words)] if len(words) < len(sentence) else ""
    if following.lower() in g.CLAUSE_JOINING_WORDS or following[:1] in ",;:":
        return False
    own = g.TITLE_TAIL_STOPWORDS_OF.get(language.text_language(" ".join(sentence)) or "", frozenset())
    return bare in own


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
    """``text`` up to the first full stop that ends a sentence (not the one of ``St.`` or ``U.N.``).

    (Or a Chinese or Japanese one, ``。``, before it: no space follows that.)
    """
    sentence = text
    for match in g.SENTENCE_END_RE.finditer(text):
        last_word = text[: match.start()].split()[-1]
        if not match["close"] and _is_abbreviation(last_word):
            continue
        sentence = text[: match.end("close")]
        break
    cjk = g.CJK_SENTENCE_END_RE.search(sentence)
    return sentence[: cjk.end()] if cjk else sentence


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
