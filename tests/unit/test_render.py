"""The article body as HTML: bulleted paragraphs in a row are one list, their text escaped."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from seedreader.text.parse import parse
from seedreader.text.render import render_body

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
