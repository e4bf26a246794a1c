"""The article body as HTML: bulleted paragraphs in a row are one list, their text escaped."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from seedreader.text.parse import parse
from seedreader.text.render import render_article, render_body

BULLETS_SEED = Path(__file__).parents[1] / "fixtures" / "parse" / "body_bullets_kept.txt"
#: Two runs of bullets with a paragraph between them, and markup in an item.
TWO_LISTS = """Velm council sets out its plan for the harbour

The council set out its plan for the old harbour on Monday, after a year of public meetings.

The first phase will bring:

• a new sea wall along the quay
• <b>forty</b> moorings for small boats

The second phase, from 2028, will add:

- a ferry terminal for Korrin
- a covered fish market

Work on the sea wall starts in May.
"""


def soup_of(text: str) -> BeautifulSoup:
    return BeautifulSoup(render_body(parse(text)), "html.parser")


def test_bulleted_paragraphs_in_a_row_are_one_list_without_their_bullets():
    soup = soup_of(BULLETS_SEED.read_text(encoding="utf-8"))
    lists = soup.find_all("ul")
    assert len(lists) == 1
    assert [li.get_text() for li in lists[0].find_all("li")] == [
        "piano and organ lessons for children",
        "a recording studio in the old boiler house",
        "evening classes for adults",
    ]
    # The line introducing the list, and a line with no bullet of ours, stay paragraphs.
    assert [p.get_text() for p in soup.find_all("p")] == [
        "The school will offer:",
        "*) a concert hall seating 300",
    ]


def test_a_paragraph_between_two_runs_makes_two_lists_in_reading_order():
    soup = soup_of(TWO_LISTS)
    body = [(tag.name, tag.get_text(" ", strip=True)) for tag in soup.find_all(["p", "ul"], recursive=False)]
    assert body == [
        ("p", "The first phase will bring:"),
        ("ul", "a new sea wall along the quay <b>forty</b> moorings for small boats"),
        ("p", "The second phase, from 2028, will add:"),
        ("ul", "a ferry terminal for Korrin a covered fish market"),
        ("p", "Work on the sea wall starts in May."),
    ]


def test_list_items_are_escaped():
    html = render_body(parse(TWO_LISTS))
    assert "<li>&lt;b&gt;forty&lt;/b&gt; moorings for small boats</li>" in html
    assert "<b>" not in html


POSTS_SEED = Path(__file__).parents[1] / "fixtures" / "parse" / "body_embedded_posts.txt"


def test_an_embedded_post_is_a_quotation_signed_beneath_in_reading_order():
    soup = soup_of(POSTS_SEED.read_text(encoding="utf-8"))
    posts = soup.select("figure.post")
    assert [(p.blockquote.get_text(), p.figcaption.get_text()) for p in posts] == [
        (
            "Back on the water at last! Thank you for your patience, Velm",
            "— Velm Ferries (@velmferries) February 3, 2026",
        ),
        ("Smooth crossing this morning", "— Ada Kern (@adakern) February 3, 2026"),
    ]
    # In reading order: the paragraph that introduces the first post stands right before it.
    introduced = posts[0].find_previous_sibling("p").get_text()
    assert introduced == "The operator shared the moment with its followers."


def test_a_posts_words_and_signature_are_escaped():
    text = POSTS_SEED.read_text(encoding="utf-8")
    text = text.replace("Smooth crossing", "<b>Smooth</b> crossing").replace("Kern (@", "<i>Kern</i> (@")
    html = render_body(parse(text))
    assert "&lt;b&gt;Smooth&lt;/b&gt; crossing" in html
    assert "Ada &lt;i&gt;Kern&lt;/i&gt; (@adakern)" in html
    assert "<b>" not in html and "<i>" not in html


NOTES_SEED = Path(__file__).parents[1] / "fixtures" / "parse" / "body_editors_notes.txt"


def test_an_editors_note_sets_its_label_apart_where_the_page_printed_it():
    soup = soup_of(NOTES_SEED.read_text(encoding="utf-8"))
    notes = soup.select("p.note")
    assert [n.strong.get_text() for n in notes] == [
        "Clarification:",
        "EDITOR'S NOTE:",
        "Corrección:",
        "CORREÇÃO:",
    ]
    assert (
        notes[0]
        .get_text()
        .endswith(
            ": The coastguard's figure counts deaths in Ostrel's waters only, not the whole Korrin coast."
        )
    )
    assert notes[0].find_previous_sibling("p").get_text().startswith("The coastguard searched")


def test_a_note_above_the_story_comes_before_its_lede():
    article = parse(NOTES_SEED.read_text(encoding="utf-8"))
    soup = BeautifulSoup(render_article(article, render_body(article)), "html.parser")
    first, second = soup.find_all("p")[:2]
    assert first["class"] == ["note"] and first.strong.get_text() == "CONTENT WARNING:"
    assert second["class"] == ["standfirst"]


def test_an_editors_note_is_escaped():
    text = NOTES_SEED.read_text(encoding="utf-8")
    text = text.replace("The coastguard's figure", "The <b>coastguard's</b> figure")
    html = render_body(parse(text))
    assert "<strong>Clarification:</strong> The &lt;b&gt;coastguard&#x27;s&lt;/b&gt; figure" in html
    assert "<b>" not in html


KEY_POINTS_SEED = Path(__file__).parents[1] / "fixtures" / "parse" / "key_points_story_highlights.txt"


def test_key_points_are_a_list_above_the_standfirst():
    article = parse(KEY_POINTS_SEED.read_text(encoding="utf-8"))
    soup = BeautifulSoup(render_article(article, render_body(article)), "html.parser")
    points = soup.select_one("ul.key-points")
    assert [li.get_text() for li in points.find_all("li")] == list(article.key_points)
    assert len(article.key_points) == 3
    assert points.find_next_sibling("p")["class"] == ["standfirst"]
    assert not soup.find_all("p")[0].get_text().startswith("Dockers in Ostrel accepted")  # (not the lede)


def test_key_points_are_escaped():
    text = KEY_POINTS_SEED.read_text(encoding="utf-8")
    text = text.replace("grain exports for", "<b>grain</b> exports for")
    article = parse(text)
    html = render_article(article, render_body(article))
    assert "&lt;b&gt;grain&lt;/b&gt; exports for" in html
    assert "<b>" not in html


def test_key_points_count_toward_the_reading_time():
    article = parse(KEY_POINTS_SEED.read_text(encoding="utf-8"))
    points = sum(len(point.split()) for point in article.key_points)
    body = sum(len(b.text.split()) for b in article.blocks if b.kind != "read_more")
    assert points > 0 and article.word_count == points + len(article.lede.split()) + body
