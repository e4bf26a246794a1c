"""Every list page is bounded: real builds of a generated archive, paginated, read back as HTML.

Two builds of the same 600 stories (plus bylines and undated seeds added here): one with
the project's settings and the plugin's page sizes, one as a site that sets no pagination
at all, with small sizes so that every kind of list runs to several pages (built twice,
serially and in parallel, to compare the bytes).
"""

from __future__ import annotations

import functools
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from sitekit import build, soup

from seedreader.integration import listing, meta
from seedreader.integration.outputs import RECORD

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import generate  # noqa: E402

#: Enough stories for the old archives and year pages to pass 200 KB (about 450 bytes a story).
STORIES = 600
#: Bylines given to the seeds that have a header (the generator writes none).
AUTHORS = ("Ana Brisk", "Tomas Vell", "Irene Osk", "Paul Dray", "Mira Quell")
UNDATED = 5
#: A site that sets no pagination (DEFAULT_PAGINATION off): only the plugin's sizes, small here.
SMALL_SIZES = {
    "index": 12,
    "category": 15,
    "author": 4,
    "topic": 5,
    "source": 25,
    "thread": 3,
    "period_archives": 40,
    "undated": 2,
    "threads": 8,
    "topic_kind": 30,
    "sources": 5,
    "authors": 2,
    "categories": 2,
}
SMALL = {"DEFAULT_PAGINATION": False, "SEEDREADER_PAGINATION": SMALL_SIZES, "SEEDREADER_PROGRESS": False}
#: Small enough that the default build's sitemap is an index of several files.
SITEMAP_LIMIT = 400
#: What a page of each kind of list holds: (selector of one item, selector of its link).
ITEMS = {
    "cards": (".story-card", ".story-card-title a"),
    "lines": (".story-line", "a.story-line-title"),
    "timeline": (".timeline-item", ".timeline-title a"),
    "names": (".term-list li", "a"),
}
#: Page 1 of every paginated list of stories: (glob, kind of item, template).
STORY_LISTS = (
    ("index.html", "cards", "index"),
    ("topic/*/index.html", "cards", "topic"),
    ("source/*/index.html", "cards", "source"),
    ("category/*/index.html", "cards", "category"),
    ("author/*/index.html", "cards", "author"),
    ("[0-9][0-9][0-9][0-9]/index.html", "lines", "period_archives"),
    ("[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html", "lines", "period_archives"),
    ("thread/*/index.html", "timeline", "thread"),
    ("undated/index.html", "lines", "undated"),
)
#: Page 1 of every paginated list of names.
NAME_LISTS = (
    ("topics/*/index.html", "topic_kind"),
    ("sources/index.html", "sources"),
    ("threads/index.html", "threads"),
    ("authors/index.html", "authors"),
    ("categories/index.html", "categories"),
)
PAGE_STATUS_RE = re.compile(r"Page (\d+) of (\d+)")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("paginated") / "archive"
    generate.generate(STORIES, str(root), quiet=True)
    seeds = root / "seeds"
    headed = [p for p in sorted(seeds.rglob("*.txt")) if p.read_text(encoding="utf-8").startswith("Title:")]
    for number, path in enumerate(headed):
        title, rest = path.read_text(encoding="utf-8").split("\n", 1)
        path.write_text(f"{title}\nAuthor: {AUTHORS[number % len(AUTHORS)]}\n{rest}", encoding="utf-8")
    for number in range(UNDATED):  # no date in the text or the file's name: undated
        (seeds / "world" / f"note-{number}.txt").write_text(
            f"Title: Harbour note number {number}\n\nThe harbour office posted note {number} "
            "about the tides and the night ferries.\n\nSource: MW\n",
            encoding="utf-8",
        )
    return seeds


@pytest.fixture(scope="module")
def default_site(seeds, tmp_path_factory) -> Path:
    """The project's settings (DEFAULT_PAGINATION = 10) and the plugin's sizes, two processes."""
    output = tmp_path_factory.mktemp("default-site")
    build(
        seeds,
        output,
        search=False,
        overrides={
            "SEEDREADER_JOBS": 2,
            "SEEDREADER_PROGRESS": False,
            "SEEDREADER_SITEMAP_MAX_URLS": SITEMAP_LIMIT,
        },
    )
    return output


@pytest.fixture(scope="module")
def small_site(seeds, tmp_path_factory) -> Path:
    """No pagination set by the site, small plugin sizes, few footer sources and sections shown."""
    output = tmp_path_factory.mktemp("small-site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(listing, "FOOTER_SOURCES", 4)
        patch.setattr(listing, "SECTIONS_SHOWN", 3)
        build(seeds, output, search=False, overrides={**SMALL, "SEEDREADER_JOBS": 2})
    return output


@pytest.fixture(params=["default", "small"])
def site(request) -> tuple[Path, dict]:
    """Each build with the page size of each template, as its writer used them."""
    if request.param == "default":
        sizes = {**listing.page_sizes({}), "index": 10, "category": 10, "author": 10}
        return request.getfixturevalue("default_site"), sizes
    return request.getfixturevalue("small_site"), SMALL_SIZES


def entries(output: Path) -> list[dict]:
    return json.loads((output / "api" / "articles.json").read_text(encoding="utf-8"))


def target(page: Path, href: str) -> Path:
    """The file a link on ``page`` leads to."""
    path = (page.parent / href).resolve()
    return path / "index.html" if href.endswith("/") else path


def page_of(output: Path, url: str) -> Path:
    path = output / url
    return (path / "index.html" if url.endswith("/") or not url else path).resolve()


@dataclass(frozen=True)
class Seen:
    """What the tests read of one list page (parsed once: the builds have thousands)."""

    title: str
    h1: str
    pager: tuple | None
    """(aria-label, status text, prev href or None, next href or None), or None without a pager."""
    items: dict
    """Kind of item -> the pages its items link to, in order."""


@functools.cache
def seen(page: Path) -> Seen:
    html = soup(page)
    nav = html.select_one("nav.pagination")
    pager = None
    if nav is not None:
        back, forward = nav.select_one("a[rel~=prev]"), nav.select_one("a[rel~=next]")
        pager = (
            nav.get("aria-label"),
            nav.select_one(".pagination-status").text,
            back["href"] if back else None,
            forward["href"] if forward else None,
        )
    found = {
        kind: tuple(target(page, li.select_one(link)["href"]) for li in html.main.select(item))
        for kind, (item, link) in ITEMS.items()
    }
    return Seen(html.title.text, html.h1.get_text(strip=True), pager, found)


def walk(first: Path) -> list[Path]:
    """The pages of one list, from its first by the "next" links; checks each pager on the way."""
    pages = [first]
    while True:
        page = pages[-1]
        pager = seen(page).pager
        if pager is None:
            assert len(pages) == 1, f"{page} has no pager"
            return pages
        label, status, back, forward = pager
        assert label, page
        number, count = map(int, PAGE_STATUS_RE.fullmatch(status).groups())
        assert number == len(pages) and count > 1, page
        if number == 1:
            assert back is None, page
        else:
            assert target(page, back) == pages[-2].resolve(), f"{page}: prev"
        if number == count:
            assert forward is None, page
            return pages
        following = target(page, forward)
        assert following.is_file(), f"{page}: next {forward} is not written"
        pages.append(following)


def items(page: Path, kind: str) -> list[Path]:
    """The pages the list items on ``page`` link to, in order."""
    return list(seen(page).items[kind])


def lists(output: Path) -> list[tuple[Path, str, str]]:
    """(page 1, kind of item, template) of every paginated list in the build."""
    found = [(p, kind, t) for pattern, kind, t in STORY_LISTS for p in sorted(output.glob(pattern))]
    return found + [(p, "names", t) for pattern, t in NAME_LISTS for p in sorted(output.glob(pattern))]


def test_every_list_is_paginated_with_working_links_and_bounded_pages(site):
    output, sizes = site
    walked = Counter()
    for first, kind, template in lists(output):
        pages = walk(first)
        titles = [seen(p).title for p in pages]
        assert len(set(titles)) == len(titles), first
        for number, title in enumerate(titles[1:], 2):
            assert f"page {number} –" in title
        shown = [items(p, kind) for p in pages]
        for number, on_page in enumerate(shown, 1):
            assert on_page, f"{first} page {number} is empty"
            assert len(on_page) <= sizes[template], f"{first} page {number}"
            if number < len(shown):
                assert len(on_page) == sizes[template], f"{first} page {number} is short"
        linked = [path for on_page in shown for path in on_page]
        assert len(set(linked)) == len(linked), f"{first} lists a story twice"
        assert all(path.is_file() for path in linked), first
        walked[template] += len(pages) > 1
    if sizes is SMALL_SIZES:  # every kind of list ran to several pages somewhere
        assert set(walked) == set(sizes) and all(walked.values()), walked


def test_story_lists_hold_exactly_their_stories(small_site):
    output = small_site
    stories = entries(output)
    dated = [e for e in stories if e["date"]]

    def listed(first: Path, kind: str) -> set[Path]:
        return {path for page in walk(first) for path in items(page, kind)}

    def pages(chosen) -> set[Path]:
        return {page_of(output, e["url"]) for e in chosen}

    assert listed(output / "index.html", "cards") == pages(stories)
    for month in {e["date"][:7] for e in dated}:
        first = output / month.replace("-", "/") / "index.html"
        assert listed(first, "lines") == pages(e for e in dated if e["date"].startswith(month))
    for year in {e["date"][:4] for e in dated}:
        first = output / year / "index.html"
        assert listed(first, "lines") == pages(e for e in dated if e["date"].startswith(year))
    for first in sorted(output.glob("source/*/index.html")):
        name = seen(first).h1
        assert listed(first, "cards") == pages(e for e in stories if name in e["sources"]), name
    for first in sorted(output.glob("topic/*/index.html")):
        name = seen(first).h1
        assert listed(first, "cards") == pages(e for e in stories if name in e["topics"]), name
    for folder in ("world", "economy", "science", "culture", "sport"):
        first = output / "category" / folder / "index.html"
        assert listed(first, "cards") == pages(e for e in stories if e["source"].startswith(folder + "/"))
    undated = pages(e for e in stories if not e["date"])
    assert len(undated) == UNDATED and listed(output / "undated" / "index.html", "lines") == undated
    authors = {seen(p).h1: listed(p, "cards") for p in output.glob("author/*/index.html")}
    assert sorted(authors) == sorted(AUTHORS) and sum(map(len, authors.values())) > 0
    for first in sorted(output.glob("thread/*/index.html")):
        intro = soup(first).select_one(".list-intro").text
        assert len(listed(first, "timeline")) == int(intro.split()[0].replace(",", ""))


def test_name_indexes_list_every_page_of_their_kind(small_site):
    output = small_site

    def listed(first: Path) -> set[Path]:
        return {path for page in walk(first) for path in items(page, "names")}

    def firsts(pattern: str) -> set[Path]:
        return {p.resolve() for p in output.glob(pattern)}

    assert listed(output / "sources" / "index.html") == firsts("source/*/index.html")
    assert listed(output / "authors" / "index.html") == firsts("author/*/index.html")
    assert listed(output / "categories" / "index.html") == firsts("category/*/index.html")
    assert listed(output / "threads" / "index.html") == firsts("thread/*/index.html")
    by_kind: dict[str, set[Path]] = {}
    for first in output.glob("topic/*/index.html"):
        kind = soup(first).select_one(".list-kind").get_text(" ", strip=True).split("/")[-1].strip()
        by_kind.setdefault(kind, set()).add(first.resolve())
    topics = soup(output / "topics" / "index.html").main
    for name, (kind, label, slug) in zip(
        ("Person", "Place", "Organisation", "Event", "Topic"), listing.TOPIC_KINDS, strict=True
    ):
        members = by_kind.get(name, set())
        block = topics.select_one(f"#topics-{kind}")
        if not members:
            assert block is None
            continue
        shown = block.find_parent("section").select(".term-list li")
        assert len(shown) == min(len(members), listing.TOPICS_PER_KIND), label
        counts = [int(li.select_one(".term-count").text) for li in shown]
        assert counts == sorted(counts, reverse=True), f"{label}: the most named first"
        if len(members) > listing.TOPICS_PER_KIND:
            more = block.find_parent("section").select_one(".index-more a")
            assert more.text == f"All {len(members):,} {label.lower()}, A to Z"
            kind_page = target(output / "topics" / "index.html", more["href"])
            assert kind_page == output / "topics" / slug / "index.html" and listed(kind_page) == members
    assert any(len(m) > listing.TOPICS_PER_KIND for m in by_kind.values())


def test_archives_page_is_compact_and_links_every_month(site):
    output, sizes = site
    page = output / "archives" / "index.html"
    html = soup(page)
    dated = [e for e in entries(output) if e["date"]]
    months = Counter(e["date"][:7] for e in dated)
    links = {}
    for li in html.select(".archive-months li"):
        path = target(page, li.a["href"])
        assert path.is_file()
        links[path] = int(li.select_one(".term-count").text.replace(",", ""))
    assert links == {output / m[:4] / m[5:] / "index.html": n for m, n in months.items()}
    years = {target(page, h.a["href"]) for h in html.select("h2.archive-year-title") if h.a}
    assert years == {output / y / "index.html" for y in {m[:4] for m in months}}
    assert not html.select(".story-card"), "no story cards"
    undated = html.select("#undated")[0].find_parent("section")
    assert len(undated.select(".story-line")) == min(UNDATED, sizes["undated"])
    more = undated.select_one(".index-more a")
    if UNDATED > sizes["undated"]:
        assert more.text == f"All {UNDATED} undated stories"
        assert target(page, more["href"]) == output / "undated" / "index.html"
    else:
        assert more is None
    threads = html.select("#threads-heading")[0].find_parent("section")
    assert len(threads.select(".term-list li")) == listing.ARCHIVE_THREADS
    assert target(page, threads.select_one(".index-more a")["href"]) == output / "threads" / "index.html"


def test_year_pages_show_their_months_with_counts(default_site):
    output = default_site
    dated = [e for e in entries(output) if e["date"]]
    for year in {e["date"][:4] for e in dated}:
        for page in walk(output / year / "index.html"):
            nav = soup(page).select_one("nav.archive-months-nav")
            shown = {
                target(page, li.a["href"]): int(li.select_one(".term-count").text.replace(",", ""))
                for li in nav.select("li")
            }
            months = Counter(e["date"][:7] for e in dated if e["date"].startswith(year))
            assert shown == {output / m[:4] / m[5:] / "index.html": n for m, n in months.items()}


def test_footer_names_the_most_cited_sources_and_links_the_rest(small_site, default_site):
    cited = Counter(name for e in entries(small_site) for name in e["sources"])
    assert len(cited) > 4
    top = {name for name, _ in sorted(cited.items(), key=lambda kv: (-kv[1], kv[0].lower()))[:4]}
    for page in (small_site / "index.html", small_site / "archives" / "index.html"):
        footer = soup(page).select_one("#footer-sources").find_parent("nav")
        names = [a.text for a in footer.select("li a")]
        assert set(names[:-1]) == top and names[-1] == f"All {len(cited)} sources"
        assert target(page, footer.select("li a")[-1]["href"]) == small_site / "sources" / "index.html"
    footer = soup(default_site / "index.html").select_one("#footer-sources").find_parent("nav")
    assert len(footer.select("li a")) == len(cited) <= listing.FOOTER_SOURCES  # all of them, no link on


def test_sections_are_cut_short_on_the_topics_page(small_site):
    page = small_site / "topics" / "index.html"
    block = soup(page).select_one("#sections-heading").find_parent("section")
    assert len(block.select(".term-list li")) == 3
    more = block.select_one(".index-more a")
    assert more.text == "All 5 sections"
    assert target(page, more["href"]) == small_site / "categories" / "index.html"


def test_no_page_is_over_200_kb(default_site):
    largest = max(default_site.rglob("*.html"), key=lambda p: p.stat().st_size)
    assert largest.stat().st_size < 200 * 1024, largest


def test_sitemap_becomes_an_index_past_its_limit(default_site):
    output = default_site
    index = ET.parse(output / "sitemap.xml").getroot()
    assert index.tag == f"{{{meta.SITEMAP_NS}}}sitemapindex"
    parts = [loc.text for loc in index.iter(f"{{{meta.SITEMAP_NS}}}loc")]
    assert parts == [f"sitemap-{n}.xml" for n in range(1, len(parts) + 1)] and len(parts) >= 3
    urls = []
    for part in parts:
        root = ET.parse(output / part).getroot()
        assert root.tag == f"{{{meta.SITEMAP_NS}}}urlset"
        found = [loc.text for loc in root.iter(f"{{{meta.SITEMAP_NS}}}loc")]
        assert 0 < len(found) <= SITEMAP_LIMIT
        urls += found
    assert len(set(urls)) == len(urls)
    pages = {p.relative_to(output).as_posix() for p in output.rglob("*.html")} - set(meta.SITEMAP_EXCLUDE)
    assert {page_of(output, u or "") for u in urls} == {(output / p).resolve() for p in pages}


def test_a_smaller_sitemap_leaves_no_numbered_file_behind(tmp_path):
    for number in range(7):
        (tmp_path / f"p{number}").mkdir()
        (tmp_path / f"p{number}" / "index.html").write_text("<p>page</p>")
    pelican = SimpleNamespace(
        settings={"SEEDREADER_SITEMAP_MAX_URLS": 3, "SEEDREADER_MANIFEST": ""}, output_path=str(tmp_path)
    )
    meta.write_sitemap_and_robots(pelican)
    assert sorted(p.name for p in tmp_path.glob("sitemap*.xml")) == [
        "sitemap-1.xml",
        "sitemap-2.xml",
        "sitemap-3.xml",
        "sitemap.xml",
    ]
    pelican.settings["SEEDREADER_SITEMAP_MAX_URLS"] = 10
    meta.write_sitemap_and_robots(pelican)
    assert [p.name for p in tmp_path.glob("sitemap*.xml")] == ["sitemap.xml"]
    assert ET.parse(tmp_path / "sitemap.xml").getroot().tag == f"{{{meta.SITEMAP_NS}}}urlset"


def test_parallel_build_equals_serial_build(seeds, small_site, tmp_path):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(listing, "FOOTER_SOURCES", 4)
        patch.setattr(listing, "SECTIONS_SHOWN", 3)
        build(seeds, tmp_path, search=False, overrides={**SMALL, "SEEDREADER_JOBS": 1})

    def files(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*")
            if p.is_file() and p.name != RECORD
        }

    serial, parallel = files(tmp_path), files(small_site)
    assert serial.keys() == parallel.keys()
    assert [name for name in serial if serial[name] != parallel[name]] == []


def test_page_sizes_fill_only_what_the_site_leaves_unbounded():
    sizes = listing.page_sizes({})
    settings = {
        "PAGINATED_TEMPLATES": {"index": 7, "category": None, "tag": None},
        "DEFAULT_PAGINATION": 9,
        "SEEDREADER_PAGINATION": {"topic": 3},
    }
    listing.fill_page_sizes(settings)
    given = settings["PAGINATED_TEMPLATES"]
    assert given["index"] == 7 and given["category"] is None  # the site's own (None: DEFAULT_PAGINATION)
    assert given["topic"] == 3 and given["source"] == sizes["source"] and given["period_archives"] == 50
    assert "authors" not in given  # only a generator that paginates it by name asks for it
    listing.fill_page_sizes(settings, listing.NAME_INDEXES)
    assert settings["PAGINATED_TEMPLATES"]["authors"] == sizes["authors"]
    bare = {"SEEDREADER_PAGINATION": {"thread": 0}}  # a bad size: logged, the default kept
    listing.fill_page_sizes(bare)
    assert bare["PAGINATED_TEMPLATES"]["thread"] == sizes["thread"]
    assert listing.page_size(bare, "category") == sizes["category"]
