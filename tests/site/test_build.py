"""Real Pelican builds of fixture archives into temporary folders, read back as HTML."""

import json
import shutil
from pathlib import Path

import pytest
from sitekit import DEMO_SEEDS, article_pages, build, page_for, soup

from seedreader.engine.build import BuildFailed

FIXTURES = Path(__file__).parents[1] / "fixtures"
ARCHIVE = FIXTURES / "archive"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("archive-site")
    result = build(ARCHIVE, output, search=False)
    return output, result.report


def manifest(output: Path) -> dict:
    entries = json.loads((output / "api" / "articles.json").read_text())
    return {e["source"]: e for e in entries}


def test_one_page_per_seed(site):
    output, report = site
    seeds = sorted(ARCHIVE.glob("*.txt"))
    assert len(article_pages(output)) == len(seeds)
    assert report["skipped"] == []
    assert set(manifest(output)) == {p.name for p in seeds}


def test_same_title_gets_two_distinct_stable_urls(site):
    output, report = site
    entries = manifest(output)
    one, two = entries["festival-one.txt"]["url"], entries["festival-two.txt"]["url"]
    assert one != two
    assert one.endswith("harbour-festival-cancelled-after-storm/")
    assert page_for(output, one).exists() and page_for(output, two).exists()
    assert "Ostwick" in soup(page_for(output, two)).select_one("p.standfirst").text
    assert [r["source"] for r in report["renamed"]] == ["festival-two.txt"]


def test_article_page_structure(site):
    output, _ = site
    entry = manifest(output)["tram.txt"]
    html = soup(page_for(output, entry["url"]))
    assert html.h1.get_text(strip=True) == entry["title"]
    assert len(html.find_all("h1")) == 1
    assert html.select_one("p.standfirst").get_text(" ", strip=True).endswith(entry["lede"])
    caption = html.select_one(".story-body .caption")
    assert "Pellary station" in caption.text and caption.select_one(".credit").text == "(OPA)"
    assert html.find("img") is None  # no image file: a caption block, no <img>
    heading = html.select_one(".story-body h2")
    assert heading["id"] == "eighteen-minutes" and heading.a["href"] == "#eighteen-minutes"
    assert [b.text for b in html.select(".source-badge")][:2] == ["OPA", "Valley Courier"]
    assert html.select_one("time[datetime]")["datetime"].startswith("2024-03-01")


def test_read_more_cards_link_targets_and_never_dead_links(site):
    output, _ = site
    entries = manifest(output)
    council = entries["council.txt"]
    html = soup(page_for(output, council["url"]))
    cards = html.select("aside.read-more")
    assert len(cards) == len(council["read_more"])
    for card, ref in zip(cards, council["read_more"], strict=True):
        if ref["status"] == "resolved":
            link = card.select_one(".read-more-headline a")
            target = (page_for(output, council["url"]).parent / link["href"]).resolve()
            assert page_for(target, "").exists()
            assert link.text == entries_by_url(entries)[ref["url"]]["title"]
            assert card.select_one(".read-more-teaser").text
        else:
            assert card.select_one(".read-more-headline").text == ref["headline"]
            assert not card.select(".read-more-headline a")  # never presented as the story it names
            offered = card.select(".read-more-suggestions a")
            if ref["status"] == "ambiguous":
                assert offered
            for link in offered:  # "Did you mean": each candidate's page, by its title
                target = (page_for(output, council["url"]).parent / link["href"]).resolve()
                assert page_for(target, "").exists()
                assert link.text in {e["title"] for e in entries.values()}
            for link in card.find_all("a"):
                assert "search/?q=" in link["href"] or link in offered


def entries_by_url(entries):
    return {e["url"]: e for e in entries.values()}


def test_manifest_says_what_was_linked(site):
    output, _ = site
    expected = json.loads((ARCHIVE / "expected.json").read_text())["council.txt"]
    entries = manifest(output)
    refs = entries["council.txt"]["read_more"]
    assert [r["headline"] for r in refs] == [e["headline"] for e in expected]
    for ref, exp in zip(refs, expected, strict=True):
        assert ref["status"] == exp["status"]
        assert ref["url"] == (entries[exp["target"]]["url"] if exp["target"] else None)


def test_report_lists_unresolved_with_candidates(site):
    _, report = site
    summary = report["summary"]
    # (The reworded tram headline links since the clear-lead rule: expected.json says which.)
    assert (summary["resolved"], summary["ambiguous"], summary["unresolved"]) == (4, 1, 3)
    decoy = next(r for r in report["references"] if r["headline"].startswith("Ostwick tram drivers"))
    assert decoy["source"] == "council.txt" and decoy["line"] > 0
    assert decoy["candidates"][0]["source"] == "tram.txt"


def test_related_backlinks_topics_thread_pages(site):
    output, _ = site
    entries = manifest(output)
    glass = soup(page_for(output, entries["glassmakers.txt"]["url"]))
    backlinks = glass.select(".story-backlinks a")
    assert [a.text for a in backlinks] == [entries["council.txt"]["title"]]
    for entry in entries.values():
        html = soup(page_for(output, entry["url"]))
        assert html.select(".story-related li"), f"{entry['source']} has no related stories"
    # The council's budget links to the glassworks' contract: another subject, so no thread.
    assert glass.select_one(".story-thread") is None
    # The festival's cancellation, as two outlets told it, is one.
    festival = page_for(output, entries["festival-one.txt"]["url"])
    thread_link = soup(festival).select_one(".story-thread h2 a")
    thread_page = (festival.parent / thread_link["href"]).resolve()
    thread_html = soup(page_for(thread_page, ""))
    links = [a["href"] for a in thread_html.select("main .timeline-title a")]
    assert [(thread_page / href).resolve() for href in links] == [
        page_for(output, entries[key]["url"]).parent for key in ("festival-one.txt", "festival-two.txt")
    ]
    orlen = output / "topic" / "orlen" / "index.html"
    assert orlen.exists()
    assert entries["glassmakers.txt"]["title"] in soup(orlen).text


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_builds_are_byte_identical(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    build(ARCHIVE, first, search=True)
    build(ARCHIVE, second, search=True)
    files = _files(first)
    assert files == _files(second)
    assert any(f.as_posix().startswith("pagefind/filter/") for f in files)
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_strict_build_fails_on_skipped_seed(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ARCHIVE, seeds)
    (seeds / "empty.txt").write_text("")
    result = build(seeds, tmp_path / "lenient", search=False)
    assert result.report["skipped"] == [{"source": "empty.txt", "reason": "empty file"}]
    with pytest.raises(BuildFailed, match="empty.txt"):
        build(seeds, tmp_path / "strict", search=False, strict=True)


def test_demo_archive_builds_one_page_per_seed(demo_site):
    seeds = sorted(DEMO_SEEDS.rglob("*.txt"))
    assert len(article_pages(demo_site)) == len(seeds)
    report = json.loads((demo_site / "seedreader-report.json").read_text())
    assert report["summary"]["pages_written"] == len(seeds)
    assert report["summary"]["skipped"] == 0
    assert (demo_site / "pagefind" / "pagefind.js").exists()
    about = soup(demo_site / "about" / "index.html")
    assert about.h1.get_text(strip=True) == "About"
    # Rendered from content/pages/about.md by markdown-it-py: headings, lists, emphasis.
    assert about.select("main h2") and about.select("main li") and about.select("main em")


def test_an_embedded_post_is_quoted_and_signed_on_the_story_page(demo_site):
    entry = manifest(demo_site)["world/2025-07-11-port-ellis-strike-ends.txt"]
    post = soup(page_for(demo_site, entry["url"])).select_one(".story-body figure.post")
    assert post.blockquote.get_text(" ", strip=True).startswith("Vote counted: 2,118 for, 604 against.")
    assert "pic.twitter.com" not in post.get_text()  # (the picture's link, dead without the embed)
    assert post.figcaption.get_text(strip=True) == "— Port and Harbour Workers (@PHWUnion) July 11, 2025"
    assert post.find_previous_sibling("p").get_text().startswith("The union told its members")


def test_an_editors_note_is_set_apart_on_the_story_page(demo_site):
    entry = manifest(demo_site)["science/2026-03-14-kestrel-comet.txt"]
    note = soup(page_for(demo_site, entry["url"])).select_one(".story-body p.note")
    assert note.strong.get_text() == "Correction:"
    assert note.get_text(" ", strip=True).endswith("It was March 9.")
    # (Where the page printed it: under the story's last paragraph, not read as its text.)
    assert note.find_previous_sibling("p").get_text().startswith("It is the first comet")
    # Search engines read it as the story's correction (schema.org's CorrectionComment).
    page = soup(page_for(demo_site, entry["url"]))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["correction"] == [{"@type": "CorrectionComment", "text": note.get_text(" ", strip=True)}]


def test_an_editors_note_above_the_story_comes_before_its_standfirst(demo_site):
    entry = manifest(demo_site)["world/2025-12-03-sarre-floods-castel-mora.txt"]
    page = soup(page_for(demo_site, entry["url"]))
    note = page.select_one(".story-body p.note")
    assert note.strong.get_text() == "Editor's note:"
    assert "standfirst" in note.find_next_sibling("p")["class"]
    # A note is no correction: the page's schema.org data names none.
    assert "correction" not in json.loads(page.find("script", type="application/ld+json").string)


def test_key_points_are_listed_above_the_standfirst_on_the_story_page(demo_site):
    entry = manifest(demo_site)["world/2025-12-05-castel-mora-housing-fund.txt"]
    page = soup(page_for(demo_site, entry["url"]))
    points = page.select_one(".story-body ul.key-points")
    items = [li.get_text(" ", strip=True) for li in points.find_all("li")]
    assert len(items) == 3 and items[1].startswith("About 900 families were driven")
    assert "standfirst" in points.find_next_sibling("p")["class"]
    # (The label above them is the page's, not the story's: it is no paragraph.)
    assert "Key points" not in page.select_one(".story-body").get_text(" ", strip=True)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The fixture archive built with publishconf.py under a project subpath."""
    output = tmp_path_factory.mktemp("published")
    from sitekit import PROJECT

    from seedreader.engine.build import build_site

    build_site(
        str(PROJECT / "publishconf.py"),
        seeds=str(ARCHIVE),
        output=str(output),
        search=False,
        overrides={"SITEURL": "https://example.org/news"},
    )
    return output


def test_news_article_metadata(published):
    entry = manifest(published)["tram.txt"]
    html = soup(page_for(published, entry["url"]))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == entry["title"]
    assert data["datePublished"] == "2024-03-01T00:00:00+00:00"  # with a time zone
    assert data["url"] == f"https://example.org/news/{entry['url']}"
    assert data["publisher"] == {"@type": "Organization", "name": "Seed Reader"}
    assert {o["name"] for o in data["sourceOrganization"]} == {"OPA", "Valley Courier"}
    meta = {m.get("property") or m.get("name"): m.get("content") for m in html.find_all("meta")}
    assert meta["og:title"] == entry["title"] and meta["og:type"] == "article"
    assert meta["og:url"] == data["url"] and meta["twitter:card"] == "summary"
    assert meta["og:description"] == entry["lede"]
    assert html.find("link", rel="canonical")["href"] == data["url"]


def test_feeds_sitemap_robots(published):
    entries = manifest(published)
    feed = json.loads((published / "feeds" / "all.json").read_text())
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://example.org/news/feeds/all.json"
    urls = {f"https://example.org/news/{e['url']}" for e in entries.values()}
    assert {i["url"] for i in feed["items"]} == urls
    for item in feed["items"]:
        assert item["id"] and item["title"] and item["content_html"] and item["date_published"]
    dates = [i["date_published"] for i in feed["items"]]
    assert dates == sorted(dates, reverse=True)
    for name in ("all.atom.xml", "all.rss.xml"):
        assert "https://example.org/news/" in (published / "feeds" / name).read_text()
    sitemap = (published / "sitemap.xml").read_text()
    for entry in entries.values():
        assert f"<loc>https://example.org/news/{entry['url']}</loc><lastmod>" in sitemap
    assert "404.html" not in sitemap
    robots = (published / "robots.txt").read_text()
    assert "Sitemap: https://example.org/news/sitemap.xml" in robots


def test_a_build_with_search_raises_the_pelican_process_error_in_the_caller(tmp_path):
    # With search, Pelican runs in a forked process (its objects gone before Pagefind starts).
    from pelican.generators import PelicanTemplateNotFound
    from sitekit import PROJECT

    from seedreader.engine.build import build_site

    overrides = {"DIRECT_TEMPLATES": ["index", "no-such-template"], "SEEDREADER_PROGRESS": False}
    with pytest.raises(PelicanTemplateNotFound) as caught:
        build_site(
            str(PROJECT / "pelicanconf.py"),
            seeds=str(ARCHIVE),
            output=str(tmp_path),
            search=True,
            overrides=overrides,
        )
    assert any(note.startswith("In the build process") for note in caught.value.__notes__)
    assert not (tmp_path / "pagefind").exists()
