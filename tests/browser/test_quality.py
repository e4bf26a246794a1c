"""Quality checks on a real build of the demo archive.

- every HTML page is valid to the Nu HTML Checker (``vnu.jar``, on Java);
- no broken internal link or ``#fragment``, crawling the served site from its front page;
- no axe-core violation on the front, article, topic and search pages, light and dark;
- browser tests with the site's CSP on: search by a word from a story's body, the source
  filter and date sort, the dark-mode toggle across pages, 375 px phones, keyboard-only
  navigation, and no console error or CSP violation on any page visited;
- ``invoke screenshots`` still makes the README's eight screenshots.

vnu-jar and axe-core are npm packages that ``invoke test`` installs into
``.cache/node/`` (``ensure_tools`` in tasks.py); a missing tool fails, never skips.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin

import pytest
from playwright.sync_api import Page, expect
from sitekit import PROJECT, Crawler, article_pages, page_for, soup

NODE_MODULES = PROJECT / ".cache" / "node" / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
#: A document the checker must reject, checked beside the site to prove the checker runs.
CANARY_HTML = "<!DOCTYPE html><html lang=en><title>x</title><p><div>not in a p</p></span>"
#: How long a search or a page may take before a test gives up (ms).
TIMEOUT = 15_000
PHONE = {"width": 375, "height": 812}
#: Words the search tests pick from: letters only, long enough to be a real word.
WORD_RE = re.compile(r"[^\W\d_]{7,}")
#: A search word is unique to its story when no other story contains its first letters
#: (Pagefind stems, so "harvests" finds "harvest").
STEM_CHARS = 6
RESULT_LINKS = ".pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link"
RESULT_COUNT_RE = re.compile(r"^(\d+) results? for ")


def require(path: Path) -> Path:
    if not path.is_file():
        pytest.fail(
            f"{path} is missing: run `invoke test`, which installs vnu-jar and axe-core "
            "into .cache/node with npm (ensure_tools in tasks.py)"
        )
    return path


# -- the demo site, read from the build --------------------------------------------------------


def manifest(demo_site: Path) -> list[dict]:
    return json.loads((demo_site / "api" / "articles.json").read_text(encoding="utf-8"))


def showcase_article(demo_site: Path) -> str:
    """The URL of an article with a photo caption and a READ MORE card (newest first)."""
    for entry in sorted(manifest(demo_site), key=lambda e: e["date"], reverse=True):
        html = soup(page_for(demo_site, entry["url"]))
        if html.select_one(".story-body .caption") and html.select_one("aside.read-more-resolved a"):
            return entry["url"]
    pytest.fail("no demo article has both a caption and a READ MORE card")


def a_topic_page(demo_site: Path) -> str:
    pages = sorted(demo_site.glob("topic/*/index.html"))
    assert pages, "the demo build has no topic page"
    return pages[0].parent.relative_to(demo_site).as_posix() + "/"


def indexed_text(path: Path) -> tuple[str, str]:
    """(what Pagefind indexes of an article page, its body paragraphs only), lower-cased."""
    html = soup(path)
    story = html.select_one("[data-pagefind-body]")
    for ignored in story.select("[data-pagefind-ignore]"):
        ignored.decompose()
    body = " ".join(
        p.get_text(" ")
        for p in story.select(".story-body > p")
        if not {"standfirst", "caption"} & set(p.get("class", []))
    )
    return story.get_text(" ").lower(), body.lower()


def body_only_word(demo_site: Path) -> tuple[str, str]:
    """(word, article URL): a word of one story's body paragraphs that no other story contains."""
    texts = {path: indexed_text(path) for path in article_pages(demo_site)}
    for path, (_, body) in texts.items():
        head = soup(path).select_one(".story-header").get_text(" ").lower()
        standfirst = soup(path).select_one(".standfirst")
        head += standfirst.get_text(" ").lower() if standfirst else ""
        others = [full for other, (full, _) in texts.items() if other != path]
        for word in sorted(set(WORD_RE.findall(body))):
            stem = word[:STEM_CHARS]
            if stem not in head and not any(stem in text for text in others):
                return word, path.parent.relative_to(demo_site).as_posix() + "/"
    pytest.fail("no word of the demo stories' bodies is unique to one story")


def common_word(demo_site: Path) -> str:
    """The body word found in the most stories (ties: alphabetical), for broad searches."""
    counts = Counter(
        w for path in article_pages(demo_site) for w in set(WORD_RE.findall(indexed_text(path)[1]))
    )
    return min(counts, key=lambda w: (-counts[w], w))


# -- 1. the Nu HTML Checker --------------------------------------------------------------------


def is_file_origin_artifact(message: dict) -> bool:
    """CSP warnings that only exist because vnu checks files, not served pages.

    From ``file:`` every relative stylesheet and script is "another origin" to
    ``'self'``; and the JSON-LD ``<script type="application/ld+json">`` is a data block
    that browsers never run, so ``script-src`` does not apply (the browser tests below
    see no CSP report on article pages).
    """
    text = message.get("message", "")
    return (
        text.startswith("Resource violates Content Security Policy")
        and re.search(r"“\.{0,2}/", text) is not None
    ) or (
        text.startswith("Inline script violates Content Security Policy")
        and "application/ld+json" in message.get("extract", "")
    )


def test_every_page_is_valid_html(demo_site, tmp_path):
    jar = require(VNU_JAR)
    java = shutil.which("java")
    if not java:
        pytest.fail("Java is missing: run `invoke test` (it installs a JRE when root) or install Java 17")
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY_HTML, encoding="utf-8")
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) > 50

    # Errors and warnings in one run (--errors-only would hide the warnings we report).
    result = subprocess.run(
        [
            java,
            "-jar",
            str(jar),
            "--stdout",
            "--format",
            "json",
            "--skip-non-html",
            str(demo_site),
            str(canary),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except ValueError:
        pytest.fail(f"vnu gave no JSON report (exit status {result.returncode}):\n{result.stderr}")

    def where(message):
        return Path(unquote(message.get("url", "").removeprefix("file:")))

    assert any(where(m) == canary and m["type"] == "error" for m in messages), (
        f"vnu did not flag the canary document: {result.stdout}{result.stderr}"
    )
    site = [m for m in messages if where(m) != canary]
    errors = [m for m in site if m["type"] in ("error", "non-document-error") or m.get("subType") == "fatal"]
    warnings = [m for m in site if m not in errors and not is_file_origin_artifact(m)]
    print(
        f"vnu: {len(pages)} pages, {len(errors)} errors, {len(warnings)} warnings "
        f"({len(site) - len(errors) - len(warnings)} file-origin CSP notes left out)"
    )
    for line in sorted({f"{m['type']}/{m.get('subType', '')}: {m.get('message')}" for m in warnings}):
        print("vnu:", line)
    assert errors == [], "\n" + "\n".join(
        f"{where(m).relative_to(demo_site) if demo_site in where(m).parents else where(m)}"
        f":{m.get('lastLine', '?')}: {m.get('message')}\n    {m.get('extract', '').strip()}"
        for m in errors
    )


# -- 2. links and anchors ----------------------------------------------------------------------


def test_no_broken_links_or_anchors(demo_site, demo_url):
    crawl = Crawler(demo_url, feeds_from_root=True)  # a development build: see Crawler
    crawl.run(demo_url)
    crawl.run(demo_url + "404.html")  # linked from nowhere, but served for every missing page
    assert not crawl.broken, "links that do not resolve:\n" + "\n".join(
        f"  {status} {url}  (on {referrer})" for url, status, referrer in crawl.broken
    )
    missing = crawl.missing_anchors()
    assert not missing, "links whose #fragment names no id on the target page:\n" + "\n".join(
        f"  {link}  (on {referrer})" for link, referrer in missing
    )
    assert len(crawl.fragment_links) > 10  # skip links, subhead anchors: the check saw some
    reached = {url.removeprefix(demo_url) for url, kind in crawl.seen.items() if kind == "html"}
    built = {
        p.relative_to(demo_site).as_posix().removesuffix("index.html") for p in demo_site.rglob("*.html")
    }
    assert sorted(built - reached) == [], "pages no link leads to"


# -- 3. axe-core -------------------------------------------------------------------------------

#: (system colour scheme, what the theme toggle is clicked to, or None).
COLOUR_MODES = {
    "light": ("light", None),
    "dark": ("dark", None),
    "toggled-dark": ("light", "dark"),
    "toggled-light": ("dark", "light"),
}


def page_url(kind: str, demo_site: Path) -> str:
    if kind == "front":
        return ""
    if kind == "article":
        return showcase_article(demo_site)
    if kind == "topic":
        return a_topic_page(demo_site)
    return "search/?q=" + common_word(demo_site)


def set_theme(page: Page, theme: str) -> None:
    """Click the masthead toggle: the page shows the system's theme, one click the other."""
    page.locator(".theme-toggle").click()
    expect(page.locator("html")).to_have_attribute("data-theme", theme)


def show_search_results(page: Page) -> None:
    """Wait for results, and open the filter groups so their labels are checked too."""
    page.locator(RESULT_LINKS).first.wait_for(timeout=TIMEOUT)
    for summary in page.locator(".pagefind-ui__filter-name").all():
        summary.click()


def readable(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['mode']}: {v['id']} ({v['impact']}): {v['help']}  {v['helpUrl']}")
        for node in v["nodes"][:8]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}")
            lines += [f"        {row}" for row in node["failureSummary"].splitlines()]
    return "\n".join(lines)


@pytest.mark.parametrize("kind", ["front", "article", "topic", "search"])
def test_no_axe_violations(kind, browser, demo_site, demo_url):
    axe = str(require(AXE_JS))
    url = demo_url + page_url(kind, demo_site)
    found = []
    for mode, (system, toggle) in COLOUR_MODES.items():
        # The page's CSP would block the injected axe script; bypass it for these runs only.
        context = browser.new_context(bypass_csp=True, color_scheme=system)
        try:
            page = context.new_page()
            page.goto(url)
            if toggle:
                set_theme(page, toggle)
            if kind == "search":
                show_search_results(page)
            page.add_script_tag(path=axe)
            violations = page.evaluate("async () => (await axe.run(document)).violations")
        finally:
            context.close()
        found += [v | {"mode": mode} for v in violations]
    assert found == [], f"axe-core on {url}:\n{readable(found)}"


# -- 4. browser tests, with the site's CSP on ---------------------------------------------------

#: Turns every CSP violation into a console error, in case Chromium reported it elsewhere.
REPORT_CSP = """document.addEventListener("securitypolicyviolation", (e) =>
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}`));"""


class Watched:
    """Opens pages in fresh contexts and records console errors and uncaught exceptions."""

    def __init__(self, browser):
        self.browser = browser
        self.contexts = []
        self.errors: list[str] = []

    def page(self, **context_options) -> Page:
        context = self.browser.new_context(**context_options)
        context.add_init_script(REPORT_CSP)
        self.contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda m: (
                self.errors.append(f"{page.url}: console.{m.type}: {m.text}") if m.type == "error" else None
            ),
        )
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: uncaught {e}"))
        return page

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.fixture
def watched(browser):
    watch = Watched(browser)
    yield watch
    watch.close()


def result_urls(page: Page, demo_url: str, expected_count: int | None = None) -> list[str]:
    """The site-relative URLs of all results, in order, once the result count is shown."""
    message = page.locator(".pagefind-ui__message")
    if expected_count is None:
        expect(message).to_have_text(RESULT_COUNT_RE, timeout=TIMEOUT)
    else:
        expect(message).to_have_text(re.compile(rf"^{expected_count} results? for "), timeout=TIMEOUT)
    # The message may change between the wait and the read (a sort or filter re-runs the
    # search and shows "Searching..." for a moment): read it until it holds a count.
    shown = RESULT_COUNT_RE.match(message.inner_text())
    for _ in range(TIMEOUT // 100):
        if shown:
            break
        page.wait_for_timeout(100)
        shown = RESULT_COUNT_RE.match(message.inner_text())
    count = int(shown.group(1))
    more = page.locator(".pagefind-ui__button")  # "Load more results", until all are shown
    for _ in range(count):
        if not more.count():
            break
        more.first.click()
        page.wait_for_timeout(100)
    links = page.locator(RESULT_LINKS)
    expect(links).to_have_count(count, timeout=TIMEOUT)
    return [
        urljoin(page.url, href).removeprefix(demo_url)
        for href in links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    ]


def test_search_finds_a_story_by_a_word_of_its_body(watched, demo_site, demo_url):
    check_search_by_body_word(watched, demo_site, demo_url)


def test_search_filters_by_source_and_sorts_by_date(watched, demo_site, demo_url):
    check_source_filter_and_date_sort(watched, demo_site, demo_url)


# The search checks, on any built and served site (tests/browser/test_search.py runs them on a
# site whose index is in shards).


def check_search_by_body_word(watched: Watched, site: Path, url: str) -> None:
    """A word only one story's body has finds that story alone, from the masthead's box."""
    word, story = body_only_word(site)
    page = watched.page()
    page.goto(url)
    page.fill("#site-search-q", word)
    page.press("#site-search-q", "Enter")
    assert result_urls(page, url) == [story], f"searching {word!r}"
    assert f"q={word}" in page.url
    # Sub-results point at subheads: their #fragments exist on the story.
    for href in page.locator(".pagefind-ui__result-nested .pagefind-ui__result-link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    ):
        target, fragment = urldefrag(urljoin(page.url, href))
        assert not fragment or soup(page_for(site, target.removeprefix(url))).find(id=unquote(fragment)), href
    page.locator(RESULT_LINKS).first.click()
    page.wait_for_load_state()
    assert page.url == url + story
    assert watched.errors == []


def check_source_filter_and_date_sort(watched: Watched, site: Path, url: str) -> None:
    """A source filter keeps its stories only; both date orders hold, with the filter kept."""
    stories = {e["url"]: e for e in manifest(site)}
    word = common_word(site)
    page = watched.page()
    page.goto(f"{url}search/?q={word}")
    everything = result_urls(page, url)
    assert len(everything) >= 3, f"{word!r} should find several stories"
    assert set(everything) <= set(stories)

    # A source some, but not all, of the results come from.
    counts = Counter(s for story in everything for s in stories[story]["sources"])
    assert any(n < len(everything) for n in counts.values()), f"all {word!r} stories share a source"
    source = min((s for s in counts if counts[s] < len(everything)), key=lambda s: (-counts[s], s))
    expected = [story for story in everything if source in stories[story]["sources"]]
    page.locator(".pagefind-ui__filter-name", has_text="Source").click()
    page.locator(f".pagefind-ui__filter-checkbox[name='source'][value='{source}']").check()
    filtered = result_urls(page, url, expected_count=len(expected))
    assert sorted(filtered) == sorted(expected), f"results from {source}"

    # Sorting re-runs the search with the filter kept; the dates follow the order asked for
    # (newest and oldest cannot both be the order the results came in). Stories sort by day
    # (data-pagefind-sort="date:YYYY-MM-DD"): within a day any order is right.
    dates = {story: stories[story]["date"][: len("YYYY-MM-DD")] for story in expected}
    assert len(set(dates.values())) > 1
    for order, descending in (("newest", True), ("oldest", False)):
        page.select_option("#search-sort", order)
        page.wait_for_url(re.compile(rf"sort={order}"))
        wanted = sorted(expected, key=lambda story: dates[story], reverse=descending)
        ordered = result_urls(page, url, expected_count=len(expected))
        for _ in range(TIMEOUT // 100):
            if [dates[s] for s in ordered] == [dates[s] for s in wanted]:
                break
            page.wait_for_timeout(100)
            ordered = result_urls(page, url, expected_count=len(expected))
        assert [dates[s] for s in ordered] == [dates[s] for s in wanted], f"{order}: {ordered}"
        expect(page.locator(".pagefind-ui__filter-checkbox:checked")).to_have_count(1)
    page.reload()  # ?q= and ?sort= come back
    assert result_urls(page, url) and page.input_value("#search-sort") == "oldest"
    assert watched.errors == []


def background_is_dark(page: Page) -> bool:
    rgb = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = map(int, re.findall(r"\d+", rgb)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) < 128


@pytest.mark.parametrize(("system", "choice"), [("light", "dark"), ("dark", "light")])
def test_theme_choice_persists_across_pages_and_reloads(system, choice, watched, demo_url):
    page = watched.page(color_scheme=system)
    page.goto(demo_url)
    assert background_is_dark(page) == (system == "dark")
    page.locator(".theme-toggle").click()
    shows_choice(page, choice)

    page.locator("main .story-card-title a").first.click()
    page.wait_for_load_state()
    assert page.locator("article.story").count() == 1, "landed on an article"
    shows_choice(page, choice)
    page.reload()
    shows_choice(page, choice)
    assert watched.errors == []


def shows_choice(page: Page, choice: str) -> None:
    expect(page.locator("html")).to_have_attribute("data-theme", choice)
    expect(page.locator(".theme-toggle")).to_have_attribute("aria-pressed", str(choice == "dark").lower())
    assert background_is_dark(page) == (choice == "dark")


def test_nothing_scrolls_sideways_on_a_phone(watched, demo_site, demo_url):
    page = watched.page(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    urls = [
        "",
        showcase_article(demo_site),
        a_topic_page(demo_site),
        "search/?q=" + common_word(demo_site),
        "archives/",
        "topics/",
        "sources/",
        "about/",
        "404.html",
    ]
    wide = {}
    for url in urls:
        page.goto(demo_url + url)
        if url.startswith("search/"):
            show_search_results(page)
        page.wait_for_load_state("networkidle")
        sizes = page.evaluate(
            "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
        )
        if sizes[0] > sizes[1]:
            wide[url or "/"] = sizes + page.evaluate(
                """() => [...document.querySelectorAll('body *')]
                   .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                   .slice(0, 5).map(e => e.outerHTML.slice(0, 120))"""
            )
    assert wide == {}, "pages wider than a 375 px phone: [scrollWidth, clientWidth, widest elements]"
    assert watched.errors == []


LAYOUT_SHIFT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 800);
})"""


@pytest.mark.parametrize("dark", [False, True])
def test_no_layout_shift_while_pages_load(dark, watched, demo_site, demo_url):
    """Cumulative layout shift stays under 0.01 (the theme script runs before first paint)."""
    page = watched.page()
    if dark:
        page.emulate_media(color_scheme="dark")
    urls = ["", showcase_article(demo_site), a_topic_page(demo_site), "search/?q=" + common_word(demo_site)]
    for url in urls:
        page.goto(demo_url + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate(LAYOUT_SHIFT) < 0.01, url or "/"
    assert watched.errors == []


FOCUS_STATE = """() => {
  const e = document.activeElement, s = getComputedStyle(e);
  return {id: e.id, tag: e.tagName, href: e.getAttribute("href"), text: e.textContent.trim().slice(0, 60),
          visible: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none"};
}"""


def test_keyboard_reaches_search_and_first_story_with_visible_focus(watched, demo_url):
    page = watched.page()
    page.goto(demo_url)
    first_story = page.locator("main .story-card-title a").first.get_attribute("href")
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS_STATE))
        if stops[-1]["href"] == first_story:
            break
    assert stops[0]["text"] == "Skip to content" and stops[0]["visible"], stops[0]
    search = [s for s in stops if s["id"] == "site-search-q"]
    story = [s for s in stops if s["href"] == first_story]
    assert search, f"Tab never reached the search box: {stops}"
    assert story, f"Tab never reached the first story ({first_story}): {stops}"
    invisible = [s for s in stops if not s["visible"]]
    assert invisible == [], "focused without a visible focus style"

    # The skip link moves focus past the masthead, to the stories.
    page.goto(demo_url)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert watched.errors == []


# -- 5. screenshots ----------------------------------------------------------------------------

SCREENSHOTS = PROJECT / "docs" / "screenshots"
SHOT_WIDTHS = {"desktop": 1280, "phone": 375}
#: The tallest screenshot the task takes (it cuts long pages), in pixels.
MAX_SHOT_HEIGHT = 2500


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def expected_shots() -> dict[str, int]:
    return {
        f"{page}-{size}-{scheme}.png": width
        for page in ("front", "article")
        for size, width in SHOT_WIDTHS.items()
        for scheme in ("light", "dark")
    }


def test_screenshots_task_makes_the_readme_screenshots(demo_site, tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "invoke",
            "screenshots",
            "--use-output",
            "--output",
            str(demo_site),
            "--folder",
            str(tmp_path),
        ],
        cwd=PROJECT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    for folder in (tmp_path, SCREENSHOTS):
        assert sorted(p.name for p in folder.glob("*.png")) == sorted(expected_shots()), folder
        for name, width in expected_shots().items():
            shot_width, height = png_size(folder / name)
            assert shot_width == width, (folder / name, shot_width)
            assert 400 < height <= MAX_SHOT_HEIGHT, (folder / name, height)
