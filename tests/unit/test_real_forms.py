"""What the forms of real scraped pages (issue 13) become in a built site: agencies shown one way,
an update date as ``dateModified``. The per-line forms are parser fixtures (``fixtures/parse/real_*``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedreader.text import agencies
from seedreader.text.parse import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "parse"

STORY = """Title: {title}
Date: 2025-03-0{day}

{lede}

Source: {source}
"""
LEDES = {
    "a": "Harbour crews in Port Ellis finished the new quay wall on Monday, a week ahead of plan.",
    "b": "The first freighter tied up at the new Port Ellis quay on Tuesday morning.",
    "c": "Crane drivers said the longer quay lets them unload two ships at once.",
    "d": "The council put the cost of the quay at four million crowns, under budget.",
    "e": "Lamps along the quay were lit for the first time on Friday evening.",
}


def _seed(folder, name, title, day, source):
    lede = LEDES[name.removesuffix(".txt")]
    (folder / name).write_text(STORY.format(title=title, day=day, lede=lede, source=source))


def test_agency_names_are_shown_one_way_and_a_site_can_add_its_own(tmp_path):
    from sitekit import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _seed(seeds, "a.txt", "Quay wall finished", 3, "Agence France-Presse")
    _seed(seeds, "b.txt", "Quay wall opens to ships", 4, "AFP")
    _seed(seeds, "c.txt", "Crane drivers praise new quay", 5, "TRTWorld and agencies")
    _seed(seeds, "d.txt", "Quay wall cost revealed", 6, "Harbour Wire, TRT World")
    _seed(seeds, "e.txt", "Quay wall lights switched on", 7, "HW")
    output = tmp_path / "site"
    build(
        seeds,
        output,
        search=False,
        overrides={"SEEDREADER_PROGRESS": False, "SEEDREADER_AGENCIES": [["HW", "Harbour Wire"]]},
    )
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}
    assert entries["a.txt"]["sources"] == entries["b.txt"]["sources"] == ["AFP"]
    assert entries["c.txt"]["sources"] == ["TRT World"]
    assert entries["d.txt"]["sources"] == ["HW", "TRT World"]
    assert entries["e.txt"]["sources"] == ["HW"]
    pages = sorted(p.parent.name for p in (output / "source").glob("*/index.html"))
    assert pages == ["afp", "hw", "trt-world"]


def test_the_agency_table_matches_spellings_and_keeps_unknown_names():
    names = agencies.table((("MW", "Meridian Wire"),))
    assert agencies.normalised(["Meridian Wire", "MW", "meridian-wire", "Agence France Presse"], names) == (
        "MW",
        "AFP",
    )
    assert agencies.canonical("Korrin Courier", names) == "Korrin Courier"
    # A site's row wins over the built-in one.
    own = agencies.table((("Anadolu Agency", "AA", "Anadolu"),))
    assert agencies.canonical("Anadolu", own) == "Anadolu Agency"


def test_an_update_in_a_date_line_is_the_date_modified(tmp_path):
    from sitekit import build, page_for, soup

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "quay.txt").write_text(
        "Port Ellis quay wall finished\n17.04.2017 - Update : 18.04.2017\n"
        "Harbour crews in Port Ellis finished the new quay wall on Monday, a week ahead of plan.\n"
        "The wall cost four million crowns.\n"
    )
    output = tmp_path / "site"
    build(seeds, output, search=False, overrides={"SEEDREADER_PROGRESS": False})
    entry = json.loads((output / "api" / "articles.json").read_text())[0]
    page = soup(page_for(output, entry["url"]))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    data = data if isinstance(data, dict) else data[0]
    article = next(d for d in data.get("@graph", [data]) if d.get("@type") in ("NewsArticle", "Article"))
    assert article["datePublished"].startswith("2017-04-17")
    assert article["dateModified"].startswith("2017-04-18")


def test_an_update_on_its_own_line_under_the_published_date_is_the_date_modified():
    text = (FIXTURES / "real_date_line_first_published_on.txt").read_text(encoding="utf-8")
    article = parse(text, source="seed.txt")
    assert article.date.isoformat() == "2024-03-04T10:15:00"
    assert article.modified.isoformat() == "2024-03-05T08:00:00"
    # An update dated before the published date is no update, also when only one gives a zone.
    earlier = text.replace("Tue 5 Mar 2024 08.00", "Sun 3 Mar 2024 08.00")
    assert parse(earlier, source="seed.txt").modified is None
    zoned = earlier.replace(
        "First published on Mon 4 Mar 2024 10.15 GMT", "Published: 2024-03-04 10:15 +0100"
    )
    assert parse(zoned, source="seed.txt").modified is None


def test_a_date_in_chinese_figures_and_its_update():
    article = parse(
        (FIXTURES / "real_date_line_in_chinese_figures.txt").read_text(encoding="utf-8"), source="s.txt"
    )
    assert article.date.isoformat() == "2024-03-04T10:15:00"
    assert article.modified.isoformat() == "2024-03-05T08:00:00"


@pytest.mark.parametrize(
    "line",
    [
        "Geplaatst op 3 maart 2021",
        "Zveřejněno: 3. 3. 2021 6:44",
        "Udgivet 3. marts 2021",
        "Közzétéve: 2021. március 3.",
        "Diterbitkan 3 Maret 2021, 06:44 WIB",
        "Dipublikasikan: Rabu, 3 Maret 2021",
        "نشر في 3 مارس 2021",
        "Wednesday 3 March 2021 06:44, UK",
        "Velm Desk 03-Mar-2021",
        "By March 3, 2021 Featured",
    ],
)
def test_a_date_line_labelled_in_another_language_or_with_its_edition_dates_the_story(line):
    template = (FIXTURES / "real_date_lines_labelled_abroad.txt").read_text(encoding="utf-8")
    article = parse(template.replace("Geplaatst op 3 maart 2021", line), source="seed.txt")
    assert article.date.date().isoformat() == "2021-03-03"
    assert line not in (article.lede, *(block.text for block in article.blocks))
