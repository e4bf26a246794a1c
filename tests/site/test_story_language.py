"""A story in another language than the site's is marked so on its page, its cards and its feeds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sitekit import build, page_for, soup

FIXTURES = Path(__file__).parents[1] / "fixtures" / "language"
QUIET = {"SEEDREADER_PROGRESS": False}


def built(tmp_path: Path, **overrides) -> tuple[Path, dict]:
    """The fixtures as an archive, each dated by its file name (so the feeds list them)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for day, name in enumerate(("german", "arabic", "english", "german_header"), start=2):
        shutil.copy(FIXTURES / f"{name}.txt", seeds / f"2026-03-0{day}-{name}.txt")
    output = tmp_path / "site"
    build(seeds, output, search=False, overrides={**QUIET, **overrides})
    entries = json.loads((output / "api" / "articles.json").read_text(encoding="utf-8"))
    return output, {e["source"].split("-", 3)[3].removesuffix(".txt"): e["url"] for e in entries}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return built(tmp_path_factory.mktemp("language"))


def marks(tag) -> tuple[str | None, str | None]:
    return tag.get("lang"), tag.get("dir")


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("german", ("de", None)),
        ("arabic", ("ar", "rtl")),
        ("english", (None, None)),
        ("german_header", ("de-AT", None)),
    ],
)
def test_the_story_text_says_its_language_and_the_page_stays_the_sites(site, name, found):
    output, urls = site
    assert urls[name].startswith("2026/03/")  # the URL any story has (not Pelican's ``slug-de.html``)
    page = soup(page_for(output, urls[name]))
    assert page.html["lang"] == "en"  # the masthead, menus and other stories are the site's
    assert marks(page.find("h1", class_="story-title")) == found
    body = page.find("div", class_="story-body")
    assert marks(body.find("p", class_="standfirst")) == found
    assert all(marks(p) == found for p in body.find_all("p", class_=False))  # every paragraph
    # The site's own words keep the page's language: the labels around the story's text.
    assert marks(body) == marks(page.find("p", class_="story-facts")) == (None, None)
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["inLanguage"] == (found[0] or "en")


def test_a_subhead_and_a_read_more_line_are_marked_and_their_labels_are_not(site):
    output, urls = site
    body = soup(page_for(output, urls["german"])).find("div", class_="story-body")
    heading = body.find("h2")
    assert marks(heading) == (None, None) and marks(heading.span) == ("de", None)
    assert heading.span.get_text() == "Höhere Zulagen" and heading.find("a", class_="heading-anchor")
    aside = body.find("aside", class_="read-more")
    assert marks(aside) == marks(aside.find("p", class_="read-more-label")) == (None, None)
    assert marks(aside.find("p", class_="read-more-headline")) == ("de", None)


def test_cards_and_feeds_say_it_too(site):
    output, urls = site
    front = soup(output / "index.html")
    cards = {
        card.select_one(".story-card-title a")["href"].rstrip("/").split("/")[-1]: (
            marks(card.select_one(".story-card-title a")),
            marks(card.select_one(".story-card-lede")),
            marks(card),
        )
        for card in front.select("article.story-card")
    }
    # The headline and lede, not the card's date, sources and kicker.
    assert cards[urls["arabic"].rstrip("/").split("/")[-1]] == (("ar", "rtl"), ("ar", "rtl"), (None, None))
    assert cards[urls["english"].rstrip("/").split("/")[-1]] == ((None, None),) * 3
    feed = json.loads((output / "feeds" / "all.json").read_text(encoding="utf-8"))
    languages = {item["url"].rstrip("/").split("/")[-1]: item.get("language") for item in feed["items"]}
    assert languages[urls["german"].rstrip("/").split("/")[-1]] == "de"
    assert languages[urls["english"].rstrip("/").split("/")[-1]] is None
    assert feed["language"] == "en"


def test_the_setting_leaves_stories_with_no_header_in_the_sites_language(tmp_path):
    output, urls = built(tmp_path, SEEDREADER_DETECT_LANGUAGE=False)
    assert marks(soup(page_for(output, urls["german"])).find("h1", class_="story-title")) == (None, None)
    assert marks(soup(page_for(output, urls["german_header"])).find("h1", class_="story-title")) == (
        "de-AT",
        None,
    )


def related_urls(output: Path, url: str) -> list[str]:
    aside = soup(page_for(output, url)).find(attrs={"aria-labelledby": "related-heading"})
    links = aside.select(".story-card-title a") if aside else []
    return [a["href"].rstrip("/").split("/")[-1] for a in links]


def test_related_stories_are_in_the_storys_language(site):
    # All four tell of Korrin's ferries or Osk's lighthouse; a reader of one reads its language only.
    output, urls = site
    slug = {name: url.rstrip("/").split("/")[-1] for name, url in urls.items()}
    assert slug["german_header"] in related_urls(output, urls["german"])
    assert slug["german"] in related_urls(output, urls["german_header"])
    for name in ("german", "german_header"):
        assert not {slug["english"], slug["arabic"]} & set(related_urls(output, urls[name]))
    assert related_urls(output, urls["arabic"]) == related_urls(output, urls["english"]) == []
