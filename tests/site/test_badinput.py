"""Bad input never breaks the site, never loses a story, never injects markup.

A build over the bad-input corpus (tests/fixtures/bad, written by make_corpus.py)
plus the demo archive, then every page, feed and JSON file is read back.
"""

import gzip
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sitekit import DEMO_SEEDS, article_pages, build, every_story, page_for

from seedreader.engine.build import BuildFailed

BAD = Path(__file__).parents[1] / "fixtures" / "bad"
EXPECTED = json.loads((BAD / "expected.json").read_text())
OVERRIDES = {"SEEDREADER_MAX_BYTES": EXPECTED["max_bytes"]}
#: Script elements the theme itself puts on pages.
THEME_SCRIPTS = ("theme/js/", "pagefind/")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-seeds")
    shutil.copytree(BAD, root / "bad", symlinks=True, ignore=shutil.ignore_patterns("*.py", "*.json"))
    shutil.copytree(DEMO_SEEDS, root / "demo")
    return root


@pytest.fixture(scope="module")
def site(seeds, tmp_path_factory):
    output = tmp_path_factory.mktemp("bad-site")
    result = build(seeds, output, search=True, overrides=OVERRIDES)
    return output, result.report


def manifest(output):
    """Every story by source: the corpus tells one story in many encodings, so most are copies
    of one story, listed under the canonical one (``sitekit.every_story``)."""
    return every_story(output)


def test_every_readable_seed_is_a_page_and_every_other_is_reported(site):
    output, report = site
    skipped = {s["source"].removeprefix("bad/"): s["reason"] for s in report["skipped"]}
    assert set(skipped) == set(EXPECTED["skipped"])
    for name, reason in EXPECTED["skipped"].items():
        assert reason in skipped[name], (name, skipped[name])
    refused = {n["source"].removeprefix("bad/"): n["reason"] for n in report["not_published"]}
    assert refused == EXPECTED["not_published"]
    entries = manifest(output)
    for name, words in EXPECTED["pages"].items():
        entry = entries[f"bad/{name}"]
        assert page_for(output, entry["url"]).exists(), name
        assert words in entry["lede"] or words in entry["title"], (name, entry["lede"])
    demo = sorted(DEMO_SEEDS.rglob("*.txt"))
    assert len(article_pages(output)) == len(EXPECTED["pages"]) + len(demo)
    summary = report["summary"]
    assert summary["pages_written"] == len(EXPECTED["pages"]) + len(demo)
    assert summary["skipped"] == len(EXPECTED["skipped"])
    assert summary["seeds_read"] == summary["pages_written"] + summary["skipped"]


def test_encodings_come_out_as_written(site):
    output, _ = site
    entries = manifest(output)
    for name in ("utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "mojibake", "crlf", "cr"):
        lede = entries[f"bad/{name}.txt"]["lede"]
        assert "“Ondine” left Quelm harbour café" in lede, (name, lede)
    assert "Quelm harbour café" in entries["bad/latin1.txt"]["lede"]
    zero = entries["bad/nbsp-zero-width.txt"]["lede"]
    assert "ferry" in zero and "\u200b" not in zero and "oil and soap" in zero


def test_same_titles_and_slugs_get_distinct_stable_urls(site):
    output, report = site
    entries = manifest(output)
    urls = [entries[f"bad/{n}"]["url"] for n in ("same-title-a.txt", "same-title-b.txt", "same-slug.txt")]
    assert len(set(urls)) == 3
    # The first by path keeps the slug; the others get a suffix made from their own path.
    assert urls[2].endswith("/quelm-ferry-returns/")
    renamed = {r["source"] for r in report["renamed"]}
    assert {"bad/same-title-a.txt", "bad/same-title-b.txt"} <= renamed
    assert "bad/same-slug.txt" not in renamed


def test_hostile_header_slug_stays_inside_output(site):
    output, _ = site
    url = manifest(output)["bad/hostile.txt"]["url"]
    path = page_for(output, url).resolve()
    assert path.is_relative_to(output.resolve())
    assert ".." not in url and "/etc/" not in url
    assert not (output.parent / "etc").exists()


def _html_files(output):
    return [p for p in output.rglob("*.html") if "pagefind" not in p.parts]


def test_no_page_carries_live_markup_from_seeds(site):
    output, _ = site
    for path in _html_files(output):
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for script in html.find_all("script"):
            if script.get("type") == "application/ld+json":
                json.loads(script.string)  # data, and it parses
                assert "</" not in script.string
                continue
            assert any(part in script.get("src", "") for part in THEME_SCRIPTS), (path, script)
        for tag in html.find_all(True):
            for name, value in tag.attrs.items():
                assert not name.lower().startswith("on"), (path, tag)
                if name in ("href", "src", "action"):
                    assert not str(value).strip().lower().startswith("javascript:"), (path, tag)
        for tag in ("iframe", "object", "embed"):
            assert html.find(tag) is None, (path, tag)


def test_hostile_text_appears_as_text(site):
    output, _ = site
    entry = manifest(output)["bad/hostile.txt"]
    page = BeautifulSoup(page_for(output, entry["url"]).read_text(encoding="utf-8"), "html.parser")
    assert page.h1.get_text() == '<script>alert("title")</script> {{ 7*7 }} harbour vote'
    body = page.select_one(".story-body").get_text()
    for text in (
        '<script>alert("lede")</script>',
        "{{ config }}",
        "{% for x in y %}",
        "<img src=x onerror=alert(5)>",
        '<a href="javascript:alert(6)">',
        "'<b>Bold</b> plans'",
        '<script>alert("readmore")</script> harbour wall costs',
    ):
        assert text in body, text
    assert "<svg onload=alert(4)>" in page.get_text()
    assert page.select_one(".story-body b, .story-body svg, .story-body a[href^=javascript]") is None
    assert page.select_one("img") is None  # the javascript: Image header was refused
    ld = json.loads(page.find("script", type="application/ld+json").string)
    assert ld["headline"].startswith('<script>alert("title")</script>')
    assert entry["title"] == ld["headline"]


def test_feeds_and_json_carry_text_not_markup(site):
    output, _ = site
    atom = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in atom.findall("a:entry", ns)]
    assert '<script>alert("title")</script> {{ 7*7 }} harbour vote' in titles
    for entry in atom.findall("a:entry", ns):
        content = entry.findtext("a:content", namespaces=ns) or ""
        fragment = BeautifulSoup(content, "html.parser")
        assert fragment.find("script") is None and fragment.find("img", onerror=True) is None
    feed = json.loads((output / "feeds" / "all.json").read_text())
    item = next(i for i in feed["items"] if i["title"].startswith("<script>"))
    assert BeautifulSoup(item["content_html"], "html.parser").find("script") is None
    assert '<script>alert("lede")</script>' in BeautifulSoup(item["content_html"], "html.parser").get_text()


def test_search_index_holds_text_not_markup(site):
    output, _ = site
    fragments = []
    for path in (output / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        fragments.append(json.loads(data[data.index(b"{") :]))
    hostile = next(f for f in fragments if "harbour vote" in f["meta"].get("title", ""))
    # The index holds the page's text (what a reader sees), so the seed's "<img ...>" is text here.
    assert "A crane <img src=x onerror=alert(5)> lifts" in hostile["content"]


def test_search_results_show_hostile_text_without_running_it(site, browser):
    output, _ = site
    from sitekit import serve

    with serve(output) as url:
        context = browser.new_context()
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "search/?q=crane")
        page.wait_for_selector(".pagefind-ui__result", timeout=10000)
        page.wait_for_timeout(500)
        results = page.locator(".pagefind-ui__results").inner_html()
        live = "[onerror],[onload],script:not([src])"
        assert "onerror" not in page.evaluate(
            f"Array.from(document.querySelectorAll('{live}')).map(e => e.outerHTML).join()"
        )
        assert "alert(5)" in page.locator(".pagefind-ui__results").inner_text() or "crane" in results
        context.close()
    assert dialogs == []


def test_every_page_sends_a_content_security_policy(site):
    output, _ = site
    for path in _html_files(output):
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        csp = html.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp is not None, path
        policy = csp["content"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_strict_build_fails_with_the_same_list(seeds, tmp_path):
    with pytest.raises(BuildFailed) as failure:
        build(seeds, tmp_path / "strict", search=False, strict=True, overrides=OVERRIDES)
    message = str(failure.value)
    for name in EXPECTED["skipped"]:
        assert f"bad/{name}" in message


def test_invoke_build_ends_with_a_one_line_summary(seeds, tmp_path):
    import subprocess
    import sys

    from sitekit import PROJECT

    output = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "invoke",
            "build",
            "--seeds",
            str(seeds),
            "--output",
            str(output),
            "--no-search",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    summary = json.loads((output / "seedreader-report.json").read_text())["summary"]
    assert last == (
        f"Seed Reader: {summary['seeds_read']} seeds read, {summary['pages_written']} pages written, "
        f"{summary['skipped']} skipped, {summary['renamed']} renamed, {summary['not_published']} other files "
        f"not published; READ MORE: {summary['resolved']} "
        f"resolved, {summary['ambiguous']} ambiguous, {summary['unresolved']} unresolved; "
        f"{summary['threads']} story threads; {summary['warnings']} warnings"
    )
    assert summary["skipped"] == len(EXPECTED["skipped"]) - 1  # oversize.txt is under the default limit
    for name in EXPECTED["skipped"]:
        if name != "oversize.txt":
            assert f"bad/{name}" in result.stderr + result.stdout
