"""Story threads: arcs of one subject, bounded, stable, deterministic (``seedreader.linking.threads``)."""

import json
import re
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_related import DEMO, load_stories

from seedreader.integration.memory import Memory
from seedreader.linking import threads as threads_mod
from seedreader.linking.graph import build_graph
from seedreader.linking.records import story_from_seed
from seedreader.text.parse import parse
from seedreader.text.topics import extract_topics

HERE = Path(__file__).parents[1]
sys.path.insert(0, str(HERE.parent / "bench"))
EXPECTED = json.loads((HERE / "fixtures" / "demo_threads.json").read_text())


@pytest.fixture(scope="module")
def demo_stories():
    return load_stories(DEMO)


@pytest.fixture(scope="module")
def demo_graph(demo_stories):
    return build_graph(demo_stories)


def test_demo_threads_are_the_storylines_a_reader_would_name(demo_graph):
    found = sorted(sorted(t.stories) for t in demo_graph.threads)
    expected = sorted(sorted(t["stories"]) for t in EXPECTED["threads"])
    assert found == expected


def test_stories_with_no_close_subject_stay_out_of_every_thread(demo_graph):
    threaded = {key for t in demo_graph.threads for key in t.stories}
    assert threaded.isdisjoint(EXPECTED["alone"])


def test_threads_are_in_time_order_and_named_explainably(demo_graph, demo_stories):
    dates = {
        s.key: s.date.timestamp() if s.date.tzinfo else s.date.replace(tzinfo=UTC).timestamp()
        for s in demo_stories
    }
    for thread in demo_graph.threads:
        assert list(thread.stories) == sorted(thread.stories, key=lambda k: (dates[k], k))
        assert thread.key == thread.stories[0]
        assert thread.named_after in thread.stories
        assert thread.topics, thread
    sarre = demo_graph.thread_of["world/2026-05-06-sarre-river-treaty.txt"]
    thread = next(t for t in demo_graph.threads if t.key == sarre)
    # Named after the story the others refer to most, described by the names they share.
    assert thread.named_after == "world/2026-01-15-sarre-flood-barrier-vote.txt"
    assert thread.topics[:2] == ("Sarre", "Castel Mora")


def test_threads_are_deterministic(demo_stories, demo_graph):
    again = build_graph(list(reversed(demo_stories)))
    assert again.threads == demo_graph.threads


def test_a_thread_keeps_its_key_when_later_stories_join(demo_stories, demo_graph):
    follow_up = _story(
        "world/2026-11-20-sarre-barrier-works-begin.txt",
        "Work begins on Sarre flood barrier upstream of Castel Mora",
        "Diggers broke ground on Friday for the movable flood barrier on the river Sarre that parliament "
        "voted for after the floods in Castel Mora's old quarter, Prime Minister Isaura Tendell said.",
        day=(datetime(2026, 11, 20) - datetime(2024, 1, 1)).days,
        links=("Veloria lawmakers vote to build Sarre flood barrier upstream of Castel Mora",),
    )
    graph = build_graph([*demo_stories, follow_up])
    floods = "world/2025-12-03-sarre-floods-castel-mora.txt"
    assert demo_graph.thread_of[floods] == floods
    assert graph.thread_of[follow_up.key] == graph.thread_of[floods] == floods


def test_undated_stories_join_no_thread(demo_stories):
    stories = [replace(s, dated=False) if s.key.endswith("housing-fund.txt") else s for s in demo_stories]
    graph = build_graph(stories)
    assert "world/2025-12-05-castel-mora-housing-fund.txt" not in graph.thread_of
    assert "world/2025-12-03-sarre-floods-castel-mora.txt" in graph.thread_of


def _story(key: str, title: str, lede: str, day: int, links: tuple[str, ...] = ()):
    read_more = "".join(f"\nREAD MORE: {headline}\n" for headline in links)
    text = f"Title: {title}\nDate: 2024-01-01\n\n{lede}\n{read_more}\nSource: OPA\n"
    seed = parse(text, source=key)
    body = [b.text for b in seed.blocks if b.kind != "read_more"]
    mentions = extract_topics(seed.title, seed.lede, body, ())
    date = datetime(2024, 1, 1) + timedelta(days=day)
    return story_from_seed(key, seed, key.removesuffix(".txt"), date, mentions)


SUBJECTS = [
    (
        "Orlen glassworks signs export deal",
        "The glassworks of Orlen agreed to supply stained panels to three cathedrals.",
    ),
    (
        "Pellary tram line reopens",
        "Trams ran again between Pellary and Ostwick after a two-year rebuild of the track.",
    ),
    (
        "Ostwick choir wins national prize",
        "The Ostwick youth choir took first place at the national festival of song.",
    ),
    (
        "Drought dries up Tessaly wells",
        "Farmers across the Tessaly plain hauled water by truck as village wells ran dry.",
    ),
    ("Harbour pilots strike in Brask", "Ship pilots at the port of Brask stopped work over night-shift pay."),
    (
        "Orlen council raises bus fares",
        "Councillors in Orlen voted to raise bus fares by a fifth from the spring.",
    ),
]


def test_a_chain_of_links_alone_joins_no_subjects():
    # Each story's READ MORE line names the one before it, exactly: every link resolves.
    stories = []
    for day, (title, lede) in enumerate(SUBJECTS):
        links = (SUBJECTS[day - 1][0],) if day else ()
        stories.append(_story(f"s{day}.txt", title, lede, day, links))
    graph = build_graph(stories)
    assert sum(r.status == "resolved" for r in graph.references) == len(SUBJECTS) - 1
    assert graph.threads == ()


def test_a_big_storyline_is_split_into_bounded_threads(monkeypatch):
    monkeypatch.setattr(threads_mod, "MAX_STORIES", 8)
    stories = []
    for day in range(30):
        title = f"Sarre flood barrier works reach stage {day + 1}"
        lede = (
            f"Engineers building the Sarre flood barrier upstream of Castel Mora finished stage "
            f"{day + 1} of the works on the movable gates, the national water agency said."
        )
        links = (f"Sarre flood barrier works reach stage {day}",) if day else ()
        stories.append(_story(f"barrier-{day:02}.txt", title, lede, day * 9, links))
    graph = build_graph(stories)
    sizes = [len(t.stories) for t in graph.threads]
    assert sizes and all(2 <= size <= 8 for size in sizes), sizes
    # Split, not dropped: the whole storyline is still told, in parts of consecutive stories.
    assert sum(sizes) == 30
    for thread in graph.threads:
        days = sorted(int(key[8:10]) for key in thread.stories)
        assert days == list(range(days[0], days[0] + len(days))), days


#: The cross-linked archive the issue measures pages on (issue 12), and its bounds.
CROSS_LINKED_STORIES = 2000
LARGEST_PAGE_BYTES = 200_000
OUTPUT_GROWTH = 1.5


def _html_sizes(output: Path) -> dict[str, int]:
    return {p.relative_to(output).as_posix(): p.stat().st_size for p in output.rglob("*.html")}


def _output_bytes(output: Path) -> int:
    return sum(p.stat().st_size for p in output.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def cross_linked(tmp_path_factory):
    """Builds of one generated archive: READ MORE targets drawn from the whole archive, and none."""
    import generate
    from sitekit import build

    root = tmp_path_factory.mktemp("cross-linked")
    outputs = {}
    for links in ("across", "none"):
        generate.generate(CROSS_LINKED_STORIES, str(root / links), quiet=True, links=links)
        outputs[links] = root / f"site-{links}"
        build(root / links / "seeds", outputs[links], search=False, overrides={"SEEDREADER_PROGRESS": False})
    return outputs


def test_a_cross_linked_archive_keeps_every_page_small(cross_linked):
    sizes = _html_sizes(cross_linked["across"])
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= LARGEST_PAGE_BYTES, (largest, sizes[largest])
    report = json.loads((cross_linked["across"] / "seedreader-report.json").read_text())
    assert report["summary"]["resolved"] > CROSS_LINKED_STORIES / 2  # the links are there
    assert max(t["size"] for t in report["threads"]) <= threads_mod.MAX_STORIES
    # A story's page lists five of its thread's stories at most, however long the thread.
    from sitekit import page_for, soup

    entries = json.loads((cross_linked["across"] / "api" / "articles.json").read_text())
    place = {
        key: (n, t["size"])
        for t in report["threads"]
        if t["size"] > 5
        for n, key in enumerate(t["stories"], 1)
    }
    sample = [e for e in entries if e["source"] in place][:100]
    assert len(sample) == 100
    for entry in sample:
        n, size = place[entry["source"]]
        shown = soup(page_for(cross_linked["across"], entry["url"])).select(".thread-list li")
        assert len(shown) == min(size, n + 2) - max(1, n - 2) + 1 <= 5


def test_a_cross_linked_archive_grows_its_output_with_its_stories(cross_linked):
    linked, plain = (_output_bytes(cross_linked[k]) for k in ("across", "none"))
    assert linked <= OUTPUT_GROWTH * plain, (linked, plain)


def test_a_story_leaving_its_thread_rerenders_the_pages_that_show_it(tmp_path):
    """A rebuild after an edit equals a full build; the thread's pages are rendered, others kept."""
    import shutil

    from test_fastpaths import build_in_child, differences

    from seedreader.engine.build import build_site

    seeds = tmp_path / "seeds"
    shutil.copytree(DEMO, seeds)
    overrides = {"SEEDREADER_JOBS": 1, "SEEDREADER_PROGRESS": False}
    first, second, full = tmp_path / "first", tmp_path / "second", tmp_path / "full"
    memory = Memory(keep=True)  # a rebuild in this process: the dev server's
    build_site(
        "pelicanconf.py",
        seeds=str(seeds),
        output=str(first),
        search=False,
        overrides=overrides,
        previous_output=str(first),
        memory=memory,
    )
    fund = seeds / "world" / "2025-12-05-castel-mora-housing-fund.txt"
    # The mayor's story becomes one about a library: it leaves the Sarre floods' thread.
    fund.write_text(
        "Castel Mora mayor opens new public library\n\n"
        "CASTEL MORA, Dec 5 (MW) - Mayor Gustav Ferrand opened a public library in the Hillside district "
        "on Friday, with 40,000 books and a reading room for children.\n\nSource: MW\n",
        encoding="utf-8",
    )
    build_site(
        "pelicanconf.py",
        seeds=str(seeds),
        output=str(second),
        search=False,
        overrides=overrides,
        previous_output=str(first),
        memory=memory,
    )
    build_in_child(seeds, full, hash_seed=3, SEEDREADER_JOBS=1)
    assert differences(full, second) == []

    entries = {e["source"]: e for e in json.loads((second / "api" / "articles.json").read_text())}
    report = json.loads((second / "seedreader-report.json").read_text())
    floods = "world/2025-12-03-sarre-floods-castel-mora.txt"
    sarre = next(t for t in report["threads"] if floods in t["stories"])
    assert "world/2025-12-05-castel-mora-housing-fund.txt" not in sarre["stories"] and sarre["size"] == 3
    rendered = set()
    for source, entry in entries.items():
        page = second / entry["url"] / "index.html"
        old = first / entry["url"] / "index.html"
        if page.stat().st_nlink == 1:
            rendered.add(source)
        else:
            assert old.read_bytes() == page.read_bytes(), source
    # Every page of the thread showed its size: all of them were rendered again. The pages of
    # the other threads were kept unless what they show changed (a related story's order moves
    # with any edit's effect on word weights, say), or they show a story whose READ MORE lines
    # the edit linked otherwise (the story it took out of the floods' thread may have been a
    # rival there: that story's page and the cards showing it are rendered again).
    assert set(sarre["stories"]) <= rendered

    def same_bytes(source: str) -> bool:
        pages = [root / entries[source]["url"] / "index.html" for root in (first, second)]
        return pages[0].read_bytes() == pages[1].read_bytes()

    def links_of(root: Path) -> dict:
        found = {}
        for ref in json.loads((root / "seedreader-report.json").read_text())["references"]:
            found.setdefault(ref["source"], []).append((ref["line"], ref["status"], ref.get("target")))
        return found

    before, after = links_of(first), links_of(second)
    relinked = {source for source in {*before, *after} if before.get(source) != after.get(source)}
    by_url = {entry["url"].strip("/"): source for source, entry in entries.items()}

    def shows_a_relinked_story(source: str) -> bool:
        page = (first / entries[source]["url"] / "index.html").read_text(encoding="utf-8")
        hrefs = re.findall(r'href="(?:\.\./)*/?([^"#?]+)', page)  # (relative: ``../../2026/10/...``)
        return any(by_url.get(href.strip("/")) in relinked for href in hrefs)

    others = {
        key
        for t in report["threads"]
        if t is not sarre
        for key in t["stories"]
        if same_bytes(key) and not shows_a_relinked_story(key)
    }
    # (The edit relinks a line of the harbour walls' story, which three of these pages show.)
    assert len(others) >= 2 and not others & rendered, sorted(others & rendered)


def test_a_story_page_shows_its_place_in_its_thread_not_the_whole_thread(demo_site):
    from sitekit import page_for, soup

    entries = {e["source"]: e for e in json.loads((demo_site / "api" / "articles.json").read_text())}
    report = json.loads((demo_site / "seedreader-report.json").read_text())
    sarre = next(t for t in report["threads"] if "world/2026-05-06-sarre-river-treaty.txt" in t["stories"])
    assert report["summary"]["threads"] == len(EXPECTED["threads"])
    for place, source in enumerate(sarre["stories"], 1):
        page = page_for(demo_site, entries[source]["url"])
        aside = soup(page).select_one(".story-thread")
        items = aside.select(".thread-list li")
        # Two either side at most, cut by the thread's ends.
        assert len(items) == min(sarre["size"], place + 2) - max(1, place - 2) + 1
        assert aside.select_one("[aria-current=page]").get_text(strip=True) == entries[source]["title"]
        whole = aside.select_one(".thread-all a")
        assert whole.get_text(strip=True) == f"All {sarre['size']} stories in this thread"
        assert (page.parent / whole["href"]).resolve() == page_for(demo_site, sarre["url"]).parent
        assert f"story {place} of {sarre['size']}" in aside.select_one(".thread-all").get_text()
    assert "Sarre" in soup(page_for(demo_site, sarre["url"])).select_one(".list-intro").get_text()


def test_the_built_demo_links_and_threads_as_its_fixtures_say(demo_site):
    report = json.loads((demo_site / "seedreader-report.json").read_text())
    expected = json.loads((HERE / "fixtures" / "demo_read_more.json").read_text())
    expected.pop("_comment")
    assert {r["headline"] for r in report["references"]} == set(expected)
    for ref in report["references"]:  # linked rightly, or its story offered among the candidates
        target = expected[ref["headline"]]
        if ref["status"] == "resolved":
            assert ref["target"] == target, ref
        elif target is not None:
            assert target in [c["source"] for c in ref["candidates"]], ref
    assert sorted(sorted(t["stories"]) for t in report["threads"]) == sorted(
        sorted(t["stories"]) for t in EXPECTED["threads"]
    )


NAMES = [
    "Ada Brenn",
    "Bela Corvin",
    "Cato Dunmore",
    "Dora Elling",
    "Emil Farrow",
    "Fenna Gale",
    "Gus Harlan",
    "Hedda Ives",
    "Ivo Jessup",
    "Juno Kettle",
    "Kai Lorne",
    "Lena Marsh",
    "Milo Nash",
    "Nora Oakes",
    "Otto Penn",
]


@pytest.mark.parametrize("shown", [None, 3])
def test_backlinks_and_topics_on_a_story_page_are_bounded(tmp_path, shown):
    from sitekit import build, page_for, soup

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2024-01-01-bridge.txt").write_text(
        # Found names are capped per story (topics.MAX_TOPICS_PER_STORY); header tags are not.
        "Title: Orlen bridge reopens to traffic\nDate: 2024-01-01\nTags: "
        + ", ".join(NAMES)
        + "\n\nThe stone bridge over the Orlen reopened on Monday.\n\nSource: OPA\n"
    )
    for day in range(2, 12):
        (seeds / f"2024-01-{day:02}-follow-up-{day}.txt").write_text(
            # Each day's story its own (a differing figure): not copies of one story.
            f"Title: Orlen ferry timetable {day}\nDate: 2024-01-{day:02}\n\nThe ferry kept its winter "
            f"timetable on the river for the {day} January sailings.\n\nREAD MORE: Orlen bridge reopens "
            "to traffic\n\nSource: OPA\n"
        )
    output = tmp_path / "site"
    overrides = {"SEEDREADER_PROGRESS": False}
    if shown:
        overrides |= {"SEEDREADER_BACKLINKS_SHOWN": shown, "SEEDREADER_TOPICS_SHOWN": shown}
    build(seeds, output, search=False, overrides=overrides)
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}
    bridge = entries["2024-01-01-bridge.txt"]
    page = soup(page_for(output, bridge["url"]))
    backlinks, topics = shown or 8, shown or 12
    listed = [a.get_text(strip=True) for a in page.select(".story-backlinks li a")]
    # The newest first: the follow-ups of days 11, 10, ...
    assert listed == [f"Orlen ferry timetable {day}" for day in range(11, 11 - backlinks, -1)]
    assert page.select_one(".backlinks-more").get_text(strip=True) == f"and {10 - backlinks} older stories"
    assert len(page.select(".story-footer .topics li")) == topics
    more = len(bridge["topics"]) - topics
    assert more > 0
    assert page.select_one(".topics-more").get_text(strip=True) == f"and {more} more named in the story"
