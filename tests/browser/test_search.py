"""Search at archive scale: the index in shards that the search page merges.

A real build of the demo archive with ``SEEDREADER_SEARCH_SHARD_SIZE`` forced small, so
its 18 stories are indexed in four shards, served beside the same site indexed as one
bundle. In Chromium, with the site's CSP on: every story is found by its title; the
merged shards give the same results and filter counts as the one bundle, even for a
word some shards lack; the source filter and both date orders work across shards; and
the search tests of ``test_quality.py`` pass on it unchanged. A seed whose ``Source:``
and ``Tags:`` hold markup has it shown as text in the filter list, and indexing leaves
no scratch folder in the output or anywhere else.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import Counter
from functools import partial
from pathlib import Path
from urllib.parse import quote

import cbor2
import pytest
from playwright.sync_api import expect
from sitekit import DEMO_SEEDS, article_pages, build, serve
from test_quality import (
    Watched,
    body_only_word,
    check_search_by_body_word,
    check_source_filter_and_date_sort,
    common_word,
    manifest,
    result_urls,
)

from seedreader.compat.pagefind import SIGNATURE, append_words
from seedreader.engine import search
from seedreader.engine.search import (
    BUNDLE_DIR,
    FACET_VALUES,
    SHARD_LIST,
    IndexedPage,
    SearchIndexError,
    deal,
    facet,
    index_site,
)

SETTING = "SEEDREADER_SEARCH_SHARD_SIZE"
#: Small enough to split the 18 demo stories into four shards.
SHARD_SIZE = 5
FIXTURES = Path(__file__).parents[1] / "fixtures"
ARCHIVE = FIXTURES / "archive"
#: Header lines whose values are markup, put on a demo story; another is kept as it is.
HOSTILE_HEADERS = FIXTURES / "search" / "hostile_headers.txt"
HOSTILE_STORY = DEMO_SEEDS / "science" / "2025-03-04-halcyon-2-weather-satellite.txt"
PLAIN_STORY = DEMO_SEEDS / "world" / "2026-05-06-sarre-river-treaty.txt"
HOSTILE_SOURCE = "<a href=https://evil.example>Verify your account</a>"
HOSTILE_TAG = "<img src=x onerror=alert(1)>"
#: What would be the live elements, were the filter values HTML.
HOSTILE_ELEMENTS = "a[href='https://evil.example'], img[src='x']"
#: What a merged shard's bundle holds: index files only, no scripts (the first bundle has them).
SHARD_FILE_RE = re.compile(r"^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)/.+)$")


@pytest.fixture(scope="module")
def sharded(tmp_path_factory) -> Path:
    """The demo archive built with small shards (the index as build_site makes it with the setting)."""
    output = tmp_path_factory.mktemp("sharded-site")
    result = build(DEMO_SEEDS, output, search=False, overrides={SETTING: SHARD_SIZE})
    index_site(result.output, result.settings)
    return output


@pytest.fixture(scope="module")
def whole(sharded, tmp_path_factory) -> Path:
    """The same pages indexed as one bundle (the default shard size is larger than the archive)."""
    output = tmp_path_factory.mktemp("whole-site") / "site"
    shutil.copytree(sharded, output, ignore=shutil.ignore_patterns(BUNDLE_DIR))
    index_site(str(output))
    return output


@pytest.fixture(scope="module")
def sharded_url(sharded):
    with serve(sharded) as url:
        yield url


@pytest.fixture(scope="module")
def whole_url(whole):
    with serve(whole) as url:
        yield url


@pytest.fixture
def watched(browser):
    """Pages that record console errors (test_quality's fixture, on these sites)."""
    watch = Watched(browser)
    yield watch
    watch.close()


#: How long the filter data is held back from a search page (``test_filter_counts_...``).
FILTER_DATA_DELAY_MS = 2000
#: A story's URL, dated (``2025/01/<slug>/``), and a year's count in the filter panel (``2025 (7)``).
DATED_URL_RE = re.compile(r"^\d{4}/")
YEAR_COUNT_RE = re.compile(r"^(?:19|20)\d\d \((\d+)\)$", re.M)


def shard_bundles(site: Path) -> list[Path]:
    first = site / BUNDLE_DIR
    names = json.loads((first / SHARD_LIST).read_text(encoding="utf-8"))["shards"]
    return [first] + [first / name for name in names]


def page_count(bundle: Path) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def answer(page, url: str, term: str, expected: str | None = None) -> tuple[list[str], str]:
    """(result URLs, sorted; the filter panel's text, every group open) for a search.

    With ``expected`` (another index's panel), the panel is read until it shows that text or stops
    changing for good: on a busy machine a shard's counts can come after a pause. It is read once
    its years count the dated results (the page's own search, not the whole archive's counts).
    """
    page.goto(f"{url}search/?q={quote(term)}")
    urls = sorted(result_urls(page, url))
    for group in filter_groups(page):
        group.click()
    dated = sum(1 for found in urls if DATED_URL_RE.match(found))
    ready = partial(counts_results, dated=dated)
    return urls, settled_text(page, ".pagefind-ui__filter-panel", tries=60, expected=expected, ready=ready)


def counts_results(panel: str, dated: int) -> bool:
    """Whether a filter panel's year counts add up to the ``dated`` results of its search."""
    return sum(map(int, YEAR_COUNT_RE.findall(panel))) == dated


def filter_groups(page, pause_ms: int = 250, tries: int = 40) -> list:
    """The filter panel's groups once their number has held for a second: Pagefind adds a group
    (``Topic``) when its filter data arrives, which can be after the first groups are drawn."""
    groups = page.locator(".pagefind-ui__filter-name")
    count, held = groups.count(), 0
    for _ in range(tries):
        page.wait_for_timeout(pause_ms)
        now = groups.count()
        held = held + 1 if now == count and now else 0
        count = now
        if held * pause_ms >= 1000:
            break
    return groups.all()


def settled_text(
    page,
    selector: str,
    pause_ms: int = 250,
    tries: int = 20,
    expected: str | None = None,
    ready=lambda text: True,
) -> str:
    """The element's text once two reads a pause apart agree (or it reads ``expected``) and it is
    ``ready``: Pagefind fills the filter counts after the results, shard by shard, so a read right
    after the results can catch them half-way."""
    panel = page.locator(selector)
    text = panel.inner_text()
    for _ in range(tries):
        page.wait_for_timeout(pause_ms)
        again = panel.inner_text()
        if ready(again) and (again == expected or expected is None and again == text):
            return again
        text = again
    return text


def test_stories_are_indexed_in_shards_within_the_size(sharded):
    bundles = shard_bundles(sharded)
    stories = len(article_pages(sharded))
    assert len(bundles) == -(-stories // SHARD_SIZE) > 1
    assert [page_count(bundle) <= SHARD_SIZE for bundle in bundles] == [True] * len(bundles)
    assert sum(page_count(bundle) for bundle in bundles) == stories
    for bundle in bundles[1:]:
        files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
        assert files and all(SHARD_FILE_RE.match(name) for name in files), files
    assert not list(sharded.glob(".search-shard-*")), "a scratch folder was left in the output"


def test_search_finds_every_story_by_its_title(watched, sharded, sharded_url):
    page = watched.page()
    for entry in manifest(sharded):
        page.goto(f"{sharded_url}search/?q={quote(entry['title'])}")
        urls = result_urls(page, sharded_url)
        assert urls[:1] == [entry["url"]], f"searching {entry['title']!r}: {urls}"
    assert watched.errors == []


def test_merged_shards_answer_as_one_index(watched, sharded, sharded_url, whole_url):
    word, story = body_only_word(sharded)
    common = common_word(sharded)
    # A word only one shard has, with a word every shard has: a shard that did not know
    # the first would answer with every story that has the second.
    terms = [common, f"{word} {common}", word[:4], "the"]
    page = watched.page()
    for term in terms:
        whole = answer(page, whole_url, term)
        assert answer(page, sharded_url, term, expected=whole[1]) == whole, f"searching {term!r}"
    assert answer(page, sharded_url, f"{word} {common}")[0] == [story]
    assert watched.errors == []


@pytest.mark.parametrize("site", ["whole", "sharded"])
def test_filter_counts_are_the_searchs_when_the_filter_data_comes_late(watched, sharded, site, request):
    """A search named in the address bar waits for the filter data: run without it, Pagefind
    answers with no filter counts and the panel keeps the whole archive's beside the results."""
    url = request.getfixturevalue(f"{site}_url")
    word, _ = body_only_word(sharded)
    page = watched.page()
    held = []
    page.route("**/*.pf_filter", lambda route: held.append(route))
    page.goto(f"{url}search/?q={quote(word)}")
    page.wait_for_timeout(FILTER_DATA_DELAY_MS)
    for route in held:
        route.continue_()
    page.unroute("**/*.pf_filter")  # and lets any request since then through
    urls = sorted(result_urls(page, url))
    for group in filter_groups(page):
        group.click()
    dated = sum(1 for found in urls if DATED_URL_RE.match(found))
    ready = partial(counts_results, dated=dated)
    panel = settled_text(page, ".pagefind-ui__filter-panel", tries=60, ready=ready)
    assert held and ready(panel), f"{len(urls)} results, filter panel: {panel!r}"
    assert watched.errors == []


def test_search_by_body_word_across_shards(watched, sharded, sharded_url):
    check_search_by_body_word(watched, sharded, sharded_url)


def test_search_filters_and_date_sort_across_shards(watched, sharded, sharded_url):
    check_source_filter_and_date_sort(watched, sharded, sharded_url)


def test_search_sorts_every_result_by_date_across_shards(watched, sharded, sharded_url):
    """Every story, newest first and oldest first, over all four shards."""
    days = {e["url"]: e["date"][: len("YYYY-MM-DD")] for e in manifest(sharded)}
    page = watched.page()
    for order, descending in (("newest", True), ("oldest", False)):
        page.goto(f"{sharded_url}search/?q=the&sort={order}")
        urls = result_urls(page, sharded_url, expected_count=len(days))
        assert [days[u] for u in urls] == sorted(days.values(), reverse=descending), order
    assert watched.errors == []


def test_sharded_index_is_byte_identical_and_replaces_an_earlier_one(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    result = build(ARCHIVE, first, search=False)
    shutil.copytree(first, second)
    for output in (first, second):
        index_site(str(output), {SETTING: 2})
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert len(shard_bundles(first)) == 3
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    index_site(str(first), result.settings)  # one shard now: the others must go
    assert shard_bundles(first) == [first / BUNDLE_DIR]
    assert not (first / BUNDLE_DIR / "shards").exists()


def test_deal_spreads_every_shard_over_the_whole_archive():
    stories = [IndexedPage(f"{n:02}/index.html", f"2026-01-{n:02}", "en") for n in range(1, 12)]
    shards = deal(list(reversed(stories)), 4)
    assert [len(shard) for shard in shards] == [4, 4, 3]
    assert [s.date[-2:] for s in shards[0]] == ["01", "04", "07", "10"]
    assert sorted(s.path for shard in shards for s in shard) == [s.path for s in stories]


def test_a_filter_of_too_many_values_offers_the_most_common():
    few = Counter({f"topic {n}": 1 for n in range(FACET_VALUES)})
    assert facet(few) == set(few)
    many = few + Counter({"Castel Mora": 9, "Veloria": 9})
    assert len(facet(many)) == FACET_VALUES and {"Castel Mora", "Veloria"} <= facet(many)
    assert facet(many) - {"Castel Mora", "Veloria"} == set(sorted(few)[: FACET_VALUES - 2])  # ties: by name


@pytest.mark.parametrize("count", [0, 20, 23, 250, 255, 65_530])
def test_words_are_added_to_a_chunk_around_its_length_limits(count):
    """CBOR writes an array's length in 0, 1, 2 or 4 more bytes; the words already there stay."""
    entries = [[f"w{n:05}", [[n, [-25, 3, 4], []]], []] for n in range(count)]
    chunk = SIGNATURE + cbor2.dumps([entries])
    added = append_words(chunk, ["zebra", "zero"], Path("chunk"))
    assert cbor2.loads(added[len(SIGNATURE) :]) == [entries + [["zebra", [], []], ["zero", [], []]]]


def test_build_site_indexes_in_shards_of_its_setting(tmp_path):
    build(ARCHIVE, tmp_path, search=True, overrides={SETTING: 2})
    assert len(shard_bundles(tmp_path)) == 3


# -- filter values are text -------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """Two demo stories, one with markup for its source and a tag, indexed in two shards."""
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    headers = HOSTILE_HEADERS.read_text(encoding="utf-8")
    assert HOSTILE_SOURCE in headers and HOSTILE_TAG in headers
    (seeds / HOSTILE_STORY.name).write_text(
        headers + "\n" + HOSTILE_STORY.read_text(encoding="utf-8"), encoding="utf-8"
    )
    shutil.copy(PLAIN_STORY, seeds)
    output = tmp_path_factory.mktemp("hostile-site")
    build(seeds, output, search=True, overrides={SETTING: 1})
    return output


def test_filter_values_are_shown_as_text_never_as_markup(watched, hostile_site):
    story = next(e["url"] for e in manifest(hostile_site) if e["source"].endswith(HOSTILE_STORY.name))
    assert HOSTILE_SOURCE in next(e["sources"] for e in manifest(hostile_site) if e["url"] == story)
    page = watched.page()
    with serve(hostile_site) as url:
        page.goto(f"{url}search/?q=the")
        assert len(result_urls(page, url)) == 2
        for group in page.locator(".pagefind-ui__filter-name").all():
            group.click()
        panel = page.locator(".pagefind-ui__filter-panel")
        for value in (HOSTILE_SOURCE, HOSTILE_TAG):
            expect(panel.locator(".pagefind-ui__filter-label", has_text=value)).to_have_count(1)
        assert HOSTILE_SOURCE in panel.inner_text() and HOSTILE_TAG in panel.inner_text()
        assert page.locator(HOSTILE_ELEMENTS).count() == 0
        assert panel.locator("a, img").count() == 0

        # The checkbox carries the value as the index holds it: ticking it still filters.
        panel.locator(".pagefind-ui__filter-label", has_text=HOSTILE_SOURCE).click()
        assert result_urls(page, url, expected_count=1) == [story]
        assert page.locator(HOSTILE_ELEMENTS).count() == 0
    assert watched.errors == []


# -- scratch folders --------------------------------------------------------------------------


@pytest.fixture
def system_temp(tmp_path, monkeypatch) -> Path:
    """The system's temporary folder, for this test: an empty one of its own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_indexing_leaves_no_scratch_folder_and_removes_an_old_one(tmp_path, system_temp):
    output = tmp_path / "site"
    build(ARCHIVE, output, search=False)
    # A folder a killed build of an earlier version left in the output, with a story in it.
    leftover = output / ".search-shard-x"
    story = article_pages(output)[0]
    (leftover / story.relative_to(output)).parent.mkdir(parents=True)
    shutil.copy(story, leftover / story.relative_to(output))
    build(ARCHIVE, output, search=True, overrides={SETTING: 2})
    assert not leftover.exists()
    assert sum(page_count(bundle) for bundle in shard_bundles(output)) == len(article_pages(output))
    assert list(system_temp.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "tmp"]


def test_a_failed_shard_leaves_no_scratch_folder(tmp_path, system_temp, monkeypatch):
    output = tmp_path / "site"
    build(ARCHIVE, output, search=False)
    sites = []

    def pagefind_fails(arguments, what):
        sites.append(Path(arguments[arguments.index("--site") + 1]))
        assert list(sites[-1].rglob("index.html")), "the shard's stories were not linked"
        raise SearchIndexError(f"pagefind failed on {what}")

    monkeypatch.setattr(search, "_run_pagefind", pagefind_fails)
    with pytest.raises(SearchIndexError, match="shard 1 of 3"):
        index_site(str(output), {SETTING: 2})
    assert sites and sites[0].is_relative_to(system_temp), "the scratch folder was not outside the output"
    # Named so that the next build sweeps it, were this one killed (outputs.sweep_temp_folders).
    assert sites[0].relative_to(system_temp).parts[0].startswith(f"seedreader-search-{os.getpid()}-")
    assert list(system_temp.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "tmp"]
