"""A story's language, told from its text when its seed has no ``Lang`` header (fixtures in our words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader.integration.reader import read_story
from seedreader.text import language
from seedreader.text.language import html_marks, is_right_to_left, primary_subtag, story_language
from seedreader.text.parse import parse

FIXTURES = Path(__file__).parents[1] / "fixtures" / "language"


def seed(name: str):
    return parse((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "site", "found"),
    [
        ("german", "en", "de"),
        ("arabic", "en", "ar"),
        ("spanish_capitals", "en", "es"),  # all capitals: read as the library reads them, lowered
        ("english", "en", None),  # the site's own language: no mark
        ("english", "en-GB", None),
        ("german", "de", None),
        ("english", "de", "en"),
        ("names", "de", None),  # names tell no language: the model is not sure
        ("german_brief", "de", None),  # too short to tell
        ("norwegian", "nb", None),  # the model says "no": kin of the site's
        ("norwegian", "en", "no"),
    ],
)
def test_the_language_of_a_story_with_no_header(name, site, found):
    assert story_language(seed(name), site) == found


def test_right_to_left_scripts_and_subtags():
    assert is_right_to_left("ar") and is_right_to_left("fa-IR") and is_right_to_left("he")
    assert is_right_to_left("pa-Arab") and not is_right_to_left("pa") and not is_right_to_left("de")
    assert not is_right_to_left(None) and not is_right_to_left("")
    assert primary_subtag("pt_BR") == primary_subtag("PT-br") == "pt"
    assert (
        html_marks("ar") == ' lang="ar" dir="rtl"'
        and html_marks("de") == ' lang="de"'
        and html_marks(None) == ""
    )


@pytest.mark.parametrize(
    ("header", "site", "found"),
    [
        ("de-AT", "en", "de-AT"),
        ("pt_BR", "en", "pt-BR"),  # written as a language tag
        ("en-GB", "en", None),  # the site's language, another region: no mark
        ("English", "en", None),  # no language tag: left out
    ],
)
def test_a_lang_header_is_taken_as_a_language_tag(header, site, found):
    text = f"Lang: {header}\n\n" + (FIXTURES / "german.txt").read_text(encoding="utf-8")
    assert story_language(parse(text), site, detect=False) == found


def test_read_story_takes_the_header_first_and_the_setting_turns_detection_off():
    settings = {"PATH": str(FIXTURES), "ARTICLE_PATHS": [""], "DEFAULT_LANG": "en"}
    assert read_story(str(FIXTURES / "german_header.txt"), settings).lang == "de-AT"
    assert read_story(str(FIXTURES / "german.txt"), settings).lang == "de"
    assert read_story(str(FIXTURES / "english.txt"), settings).lang is None
    off = {**settings, "SEEDREADER_DETECT_LANGUAGE": False}
    assert read_story(str(FIXTURES / "german.txt"), off).lang is None
    assert read_story(str(FIXTURES / "german_header.txt"), off).lang == "de-AT"


def test_an_opening_plainly_in_the_sites_language_asks_the_model_nothing(monkeypatch):
    asked = []
    real = language._detector()

    class Counting:
        def detect(self, text, **options):
            asked.append(text[:20])
            return real.detect(text, **options)

    monkeypatch.setattr(language, "_detector", Counting)
    assert story_language(seed("english"), "en") is None and asked == []
    assert story_language(seed("english"), "de") == "en" and len(asked) == 1  # no such words for German
    assert story_language(seed("german"), "en") == "de" and len(asked) == 2
