"""READ MORE suggestions: an ambiguous line offers its candidates as "Did you mean", never as the story.

One fictional seed with three READ MORE lines, rendered as ``site`` would: the first
resolved (a card), the second ambiguous (two candidates), the third unresolved (a search link).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sitekit import PROJECT

from seedreader.text.parse import parse
from seedreader.text.render import Card, render_article, render_body

SEED = Path(__file__).parents[1] / "fixtures" / "suggestions" / "lantern-fair.txt"
VNU_JAR = PROJECT / ".cache" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SEARCH = "../../search/?q=Tollbridge%20ferry"
SEARCH_AMBIGUOUS = "../../search/?q=Rain%20%26%20wind"
RESOLVED = Card(
    headline="Quillmere schools open a paper workshop",
    href="../2031/quillmere-workshop/",
    teaser="Pupils will fold lanterns twice a week.",
    date_iso="2031-09-12T08:00:00+00:00",
    date_text="12 September 2031",
    sources=("QPA",),
)
CANDIDATES = (
    Card(
        headline="Rain & wind close Quillmere fair early",
        href="../2031/quillmere-fair-rain/",
        date_iso="2031-10-05T07:00:00+00:00",
        date_text="5 October 2031",
    ),
    Card(
        headline="<script>alert(2)</script> Quillmere fair closes in a storm",
        href="../2030/fair-storm/?a=1&b=2",
        date_iso="2030-10-06T07:00:00+00:00",
        date_text="6 October 2030",
    ),
)


@pytest.fixture(scope="module")
def seed():
    return parse(SEED.read_text(encoding="utf-8"), str(SEED))


def render(seed) -> str:
    resolved, ambiguous, unresolved = (block.line for block in seed.read_more)
    return render_body(
        seed,
        cards={resolved: RESOLVED},
        missing_href={ambiguous: SEARCH_AMBIGUOUS, unresolved: SEARCH},
        suggestions={ambiguous: CANDIDATES},
    )


@pytest.fixture(scope="module")
def asides(seed):
    return BeautifulSoup(render(seed), "html.parser").select("aside.read-more")


def test_each_line_gets_its_kind_of_box(asides):
    assert [a["class"] for a in asides] == [
        ["read-more", "read-more-resolved"],
        ["read-more", "read-more-ambiguous"],
        ["read-more", "read-more-missing"],
    ]


def test_the_ambiguous_line_is_not_presented_as_a_story(asides):
    box = asides[1]
    headline = box.select_one(".read-more-headline")
    assert headline.get_text() == "Rain & <script>alert(1)</script> wind close Quillmere fair early"
    assert headline.find("a") is None
    assert "Not linked" in box.select_one(".read-more-note").get_text()
    # The only links outside the suggestions are the search link.
    outside = [a["href"] for a in box.find_all("a") if not a.find_parent(class_="read-more-suggestions")]
    assert outside == [SEARCH_AMBIGUOUS]


def test_suggestions_say_did_you_mean_and_link_each_candidate(asides):
    block = asides[1].select_one(".read-more-suggestions")
    assert block.select_one(".read-more-suggestions-label").get_text() == "Did you mean:"
    items = block.select("ul > li")
    assert [(li.a["href"], li.a.get_text()) for li in items] == [(c.href, c.headline) for c in CANDIDATES]
    assert [(li.time["datetime"], li.time.get_text()) for li in items] == [
        (c.date_iso, c.date_text) for c in CANDIDATES
    ]


def test_resolved_and_unresolved_lines_are_as_before(asides):
    resolved, _, unresolved = asides
    assert resolved.select_one(".read-more-headline a")["href"] == RESOLVED.href
    assert resolved.select_one(".read-more-suggestions") is None
    assert unresolved.select_one(".read-more-headline").find("a") is None
    assert "Not in this archive" in unresolved.get_text()
    assert [a["href"] for a in unresolved.find_all("a")] == [SEARCH]
    assert unresolved.select_one(".read-more-suggestions") is None


def test_seed_text_and_candidates_are_escaped(seed):
    html = render(seed)
    assert "<script>" not in html
    assert "Rain &amp; &lt;script&gt;alert(1)&lt;/script&gt; wind" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt; Quillmere fair closes" in html
    assert 'href="../2030/fair-storm/?a=1&amp;b=2"' in html


def test_rendering_is_deterministic_and_old_calls_are_unchanged(seed):
    assert render(seed) == render(seed)
    lines = [b.line for b in seed.read_more]
    without = render_body(seed, {lines[0]: RESOLVED}, {lines[1]: SEARCH})
    assert render_body(seed, {lines[0]: RESOLVED}, {lines[1]: SEARCH}, {}) == without
    assert render_body(seed, {lines[0]: RESOLVED}, {lines[1]: SEARCH}, {lines[1]: ()}) == without
    assert "read-more-suggestions" not in without


def test_the_rendered_story_is_valid_html(seed, tmp_path):
    java = shutil.which("java")
    if not VNU_JAR.is_file() or not java:
        pytest.fail(f"{VNU_JAR} or Java is missing: run `invoke test`, which installs them")
    page = tmp_path / "story.html"
    story = render_article(seed, render(seed))
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head>'
        f"<body><main><article>{story}</article></main></body></html>",
        encoding="utf-8",
    )
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--stdout", "--format", "json", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stdout)["messages"]
    assert [m for m in messages if m["type"] != "info"] == []
