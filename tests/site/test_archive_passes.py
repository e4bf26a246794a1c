"""The archive passes (issue 13, items 2 and 3): archive furniture and copies of one story.

The fixture archive (``fixtures/archive_passes``, invented) is two outlets' seeds: menu and
promo lines that recur in many of them (one of them taken as the lede where it stands
first), a ``Source: AFP`` line and a caption that are structural, one story published by
both outlets under another headline with other furniture around it, and a second story on
the same vote with its own reporting, which is no copy.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sitekit import DEMO_SEEDS, Crawler, build, page_for, serve, soup

from seedreader.integration.memory import Memory
from seedreader.integration.reader import read_story
from seedreader.text import copies, furniture
from seedreader.text.parse import normalise, parse

FIXTURES = Path(__file__).parents[1] / "fixtures" / "archive_passes"
ROOT = Path(__file__).resolve().parents[2]
QUIET = {"SEEDREADER_PROGRESS": False}

CANONICAL = "harbour-post/2026-03-11-tarnby-bridge-vote.txt"
COPY = "lakeside-daily/2026-03-12-fixed-link-vote.txt"
SAME_EVENT = "lakeside-daily/2026-03-12-bridge-vote-reaction.txt"
NAMES_THE_COPY = "lakeside-daily/2026-03-14-vessel-ferry-timetable.txt"
HARBOUR_MASTHEAD = "The Harbour Post, western isles edition"
LETTERS = "Letters to the editor close on Thursday at noon"
TIDES = "Tide tables and ferry times on page six"  # in four seeds
LAKESIDE_MASTHEAD = "Lakeside Daily, news from the northern lakes"  # in four seeds
SHARED_BY_COPIES = "Nineteen councillors voted for the plan and six against, with two abstaining."
ONE_SEED_ONLY = "Teachers said the closed classrooms would reopen on Monday."


def built(tmp_path: Path, seeds: Path = FIXTURES, **overrides):
    output = tmp_path / "site"
    result = build(seeds, output, search=False, overrides={**QUIET, **overrides})
    return output, result.report


def manifest(output: Path) -> list[dict]:
    return json.loads((output / "api" / "articles.json").read_text(encoding="utf-8"))


def url_of(output: Path, source: str) -> str:
    for entry in manifest(output):
        if entry["source"] == source:
            return entry["url"]
        for copy in entry.get("copies", []):
            if copy["source"] == source:
                return copy["url"]
    raise KeyError(source)


def page_text(output: Path, source: str) -> str:
    return page_for(output, url_of(output, source)).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return built(tmp_path_factory.mktemp("archive-passes"))


# --- Archive furniture ----------------------------------------------------------------


def test_recurring_lines_are_dropped_and_reported_once_with_their_count(site):
    output, report = site
    assert report["furniture"] == [{"line": LETTERS, "seeds": 6}, {"line": HARBOUR_MASTHEAD, "seeds": 5}]
    ferry = page_text(output, "harbour-post/2026-03-02-tarnby-ferry-resumes.txt")
    assert HARBOUR_MASTHEAD not in ferry and LETTERS not in ferry
    # The masthead stood first and was taken as the lede: now the real lede is.
    story = soup(page_for(output, url_of(output, CANONICAL)))
    description = story.find("meta", attrs={"name": "description"})["content"]
    assert description.startswith("Tarnby's town council voted")
    # Structural lines stay, however often they recur: the source line and the caption.
    assert "The Osk ferry leaves Tarnby quay at dawn." in ferry
    assert all(entry["sources"] == ["AFP"] for entry in manifest(output))


def test_the_furniture_threshold_is_a_setting(tmp_path):
    _, fewer = built(tmp_path / "four", SEEDREADER_FURNITURE_MIN_SEEDS=4)
    lines = {item["line"] for item in fewer["furniture"]}
    assert lines == {LETTERS, HARBOUR_MASTHEAD, TIDES, LAKESIDE_MASTHEAD}
    _, more = built(tmp_path / "seven", SEEDREADER_FURNITURE_MIN_SEEDS=7)
    assert more["furniture"] == []
    # The share of the archive counts too: 60% of nine seeds is six.
    _, share = built(tmp_path / "share", SEEDREADER_FURNITURE_MIN_SHARE=0.6)
    assert share["furniture"] == [{"line": LETTERS, "seeds": 6}]


def test_a_line_in_one_seed_is_never_furniture(tmp_path):
    output, report = built(tmp_path, SEEDREADER_FURNITURE_MIN_SEEDS=1, SEEDREADER_FURNITURE_MIN_SHARE=0.0)
    assert report["furniture"] and all(item["seeds"] >= 2 for item in report["furniture"])
    assert ONE_SEED_ONLY in page_text(output, "harbour-post/2026-03-04-osk-school-roof.txt")
    counts = furniture.recurring({"a": furniture.digest("x"), "b": furniture.digest("y")}, [], 1, 0.0)
    assert counts == {}


def test_copies_of_one_story_count_once(tmp_path):
    output, report = built(tmp_path, SEEDREADER_FURNITURE_MIN_SEEDS=2, SEEDREADER_FURNITURE_MIN_SHARE=0.0)
    lines = {item["line"]: item["seeds"] for item in report["furniture"]}
    # In two seeds, both copies of one story: one seed's text, kept.
    assert SHARED_BY_COPIES not in lines
    assert SHARED_BY_COPIES in page_text(output, CANONICAL) and SHARED_BY_COPIES in page_text(output, COPY)
    # A line in both copies and in other seeds is counted once for the pair.
    assert lines[LAKESIDE_MASTHEAD] == 4


def test_only_story_lines_are_candidates():
    story = read_story(
        str(FIXTURES / "harbour-post" / "2026-03-02-tarnby-ferry-resumes.txt"),
        {"PATH": str(FIXTURES), "ARTICLE_PATHS": [""]},
    )
    candidates = set(furniture.split(story.lines))
    assert furniture.digest(HARBOUR_MASTHEAD) in candidates
    for structural in (
        "Source: AFP",
        "The Osk ferry leaves Tarnby quay at dawn. (AFP)",
        "Title: Tarnby ferry resumes crossings after winter repairs",
    ):
        assert furniture.digest(structural) not in candidates
    text = (FIXTURES / "harbour-post" / "2026-03-02-tarnby-ferry-resumes.txt").read_text(encoding="utf-8")
    assert len(candidates) == len([line for line in normalise(text).split("\n") if line]) - 4
    # A story of one paragraph (no body blocks): its lede is its only candidate.
    brief = "Title: Osk harbour closed\nDate: 2026-03-03\n\nThe harbour is closed today.\n\nSource: AFP\n"
    seed = parse(brief)
    assert furniture.candidate_lines(normalise(brief).split("\n"), seed) == furniture.digest(seed.lede)


def test_parse_with_the_archive_shows_why_a_line_was_dropped_and_the_copies():
    command = [sys.executable, "-m", "seedreader", "parse", "--archive", str(FIXTURES), str(FIXTURES / COPY)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    shown = json.loads(result.stdout)
    assert shown["canonical"].endswith(CANONICAL)
    assert [c[-len(CANONICAL) :] for c in shown["copies"]] == [CANONICAL]
    ferry = FIXTURES / "harbour-post" / "2026-03-02-tarnby-ferry-resumes.txt"
    result = subprocess.run([*command[:-1], str(ferry)], cwd=ROOT, capture_output=True, text=True, check=True)
    dropped = {d["text"]: d["reason"] for d in json.loads(result.stdout)["dropped"]}
    assert dropped == {HARBOUR_MASTHEAD: "archive furniture: 5 seeds", LETTERS: "archive furniture: 6 seeds"}
    alone = subprocess.run(command[:4] + [str(ferry)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(alone.stdout)["dropped"] == []


# --- Copies ------------------------------------------------------------------------------


def test_copies_are_found_and_stories_on_the_same_event_are_not(site):
    _, report = site
    assert [(g["canonical"], g["copies"]) for g in report["copies"]] == [(CANONICAL, [COPY])]
    assert report["copies"][0]["pairs"][0]["similarity"] >= 0.5
    assert SAME_EVENT not in json.dumps(report["copies"])


def test_the_canonical_copy_does_not_depend_on_file_order(tmp_path):
    # Folders renamed so the later copy comes first by path: the earliest dated stays canonical.
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "lakeside-daily", seeds / "a-lakeside")
    shutil.copytree(FIXTURES / "harbour-post", seeds / "z-harbour")
    _, report = built(tmp_path, seeds)
    assert [(g["canonical"], g["copies"]) for g in report["copies"]] == [
        ("z-harbour/" + CANONICAL.split("/")[1], ["a-lakeside/" + COPY.split("/")[1]])
    ]
    settings = {"PATH": str(FIXTURES), "ARTICLE_PATHS": [""]}
    stories = {p: read_story(str(FIXTURES / p), settings) for p in (CANONICAL, COPY, SAME_EVENT)}
    members = [
        copies.Member(p, s.signature, s.date, lambda s=s: copies.story_texts(s.seed))
        for p, s in stories.items()
    ]
    assert copies.find_copies(members, 0.5) == copies.find_copies(members[::-1], 0.5)


def test_a_copy_cut_short_is_a_copy_and_the_setting_turns_it_off(tmp_path):
    # The copy is the story's opening paragraphs: a low Jaccard similarity, all of it contained.
    text = (FIXTURES / CANONICAL).read_text(encoding="utf-8").replace(HARBOUR_MASTHEAD + "\n", "")
    (tmp_path / "whole.txt").write_text(text, encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]  # after the header
    (tmp_path / "short.txt").write_text("\n\n".join(paragraphs[:2]) + "\n", encoding="utf-8")
    (tmp_path / "same-event.txt").write_text((FIXTURES / SAME_EVENT).read_text(encoding="utf-8"))
    settings = {"PATH": str(tmp_path), "ARTICLE_PATHS": [""]}
    stories = {
        name: read_story(str(tmp_path / f"{name}.txt"), settings) for name in ("whole", "short", "same-event")
    }
    members = [
        copies.Member(key, story.signature, story.date, lambda story=story: copies.story_texts(story.seed))
        for key, story in stories.items()
    ]
    whole, short = (copies.shingles(copies.story_texts(stories[k].seed)) for k in ("whole", "short"))
    assert copies.jaccard(whole, short) < 0.5 <= copies.contained(whole, short)
    assert [g.members for g in copies.find_copies(members, 0.5, 0.6)] == [("whole", "short")]
    assert copies.find_copies(members, 0.5, 1.01) == []


#: One agency story as three outlets ran it, a follow-up, and two briefs on one template: an
#: archive of its own, beside the fixture site's.
REWORDED = FIXTURES.parent / "copies_reworded"
WIRE_STORY = "valley-herald/2026-04-02-kessel-ridge-rescue.txt"
REWORDED_COPY = "coast-gazette/2026-04-02-hikers-saved-from-ridge-ledge.txt"
SAME_SOURCES = "ashby-courier/2026-04-02-ashby-couples-home-safe.txt"
BRIEFS = (
    "valley-herald/2026-04-09-kessel-ridge-brief.txt",
    "coast-gazette/2026-04-16-kessel-ridge-brief.txt",
)


def read_reworded():
    """``REWORDED`` read as one archive with the default settings: (groups, name -> shingles)."""
    from seedreader.integration.passes import read_archive
    from seedreader.settings import DEFAULTS

    settings = {**DEFAULTS, "PATH": str(REWORDED), "ARTICLE_PATHS": [""]}
    read = read_archive([str(p) for p in sorted(REWORDED.rglob("*.txt"))], settings)
    name = {path: Path(path).relative_to(REWORDED).as_posix() for path in read.stories}
    groups = [[name[m] for m in g.members] for g in read.groups]
    texts = {name[p]: copies.story_texts(s.seed) for p, s in read.stories.items()}
    return groups, {k: copies.shingle_sequence(t) for k, t in texts.items()}


def test_a_reworded_copy_is_a_copy_and_a_report_from_the_same_sources_is_not():
    # The copy has its own headline and lede, a word edited here and there, its figures in
    # digits ("11 volunteers" for "eleven"), and is cut short: under half the shingles in
    # common, but its sentences come in the wire story's order. The Ashby report quotes the
    # same lines around its own reporting, in another order; the follow-up shares names only.
    groups, shingles = read_reworded()
    assert groups == [[WIRE_STORY, REWORDED_COPY]]
    wire, copy, ashby = (shingles[k] for k in (WIRE_STORY, REWORDED_COPY, SAME_SOURCES))
    assert copies.jaccard(np.unique(wire), np.unique(copy)) < 0.5 <= copies.in_order(wire, copy)
    assert copies.contained(np.unique(wire), np.unique(ashby)) >= 0.5 > copies.in_order(wire, ashby)


def test_a_signature_kept_by_older_code_is_made_again():
    # Pelican's content cache may hold articles read by code that signed stories otherwise.
    from seedreader.integration.passes import _member

    seed = parse((REWORDED / WIRE_STORY).read_text(encoding="utf-8"))
    current = copies.signature(seed)
    assert copies.is_current(current) and copies.is_current(b"")
    old = type("Article", (), {"seed_path": "a.txt", "seed": seed, "date": None})()
    old.seed_signature = np.arange(96, dtype=np.uint64).tobytes()  # MinHash values, as before
    assert not copies.is_current(old.seed_signature)
    assert _member(old).signature == current


def test_two_briefs_on_one_template_with_other_figures_are_not_copies():
    # The agency's words but for the number of walkers: another rescue, not the same story.
    groups, shingles = read_reworded()
    first, second = (shingles[k] for k in BRIEFS)
    assert copies.jaccard(np.unique(first), np.unique(second)) >= 0.5
    assert not any(set(BRIEFS) & set(group) for group in groups)


def test_each_copy_shows_the_others_and_names_the_canonical(site):
    output, _ = site
    canonical_url, copy_url = url_of(output, CANONICAL), url_of(output, COPY)
    copy_page = soup(page_for(output, copy_url))
    link = copy_page.find("link", rel="canonical")
    assert link is not None and link["href"].endswith("/" + canonical_url)
    also = copy_page.find("aside", class_="story-copies")
    assert also.h2.get_text() == "Also published as"
    assert [a["href"].split("../")[-1] for a in also.find_all("a")] == [canonical_url]
    canonical_page = soup(page_for(output, canonical_url))
    assert canonical_page.find("link", rel="canonical") is None  # a relative site names none
    also = canonical_page.find("aside", class_="story-copies")
    assert [a["href"].split("../")[-1] for a in also.find_all("a")] == [copy_url]
    assert "Lakeside daily" in also.get_text()  # each copy's section and agencies
    assert "Harbour post" in copy_page.find("aside", class_="story-copies").get_text()
    assert canonical_page.find(attrs={"data-pagefind-body": True}) is not None
    assert copy_page.find(attrs={"data-pagefind-body": True}) is None  # not in the search index


def test_copies_are_listed_once(site):
    output, _ = site
    copy_url = url_of(output, COPY)
    canonical_url = url_of(output, CANONICAL)
    lists = [
        "index.html",
        "archives/index.html",
        "2026/03/index.html",
        "category/lakeside-daily/index.html",
        "feeds/all.atom.xml",
        "feeds/all.rss.xml",
        "feeds/all.json",
        "sitemap.xml",
    ]
    listed = [name for name in lists if copy_url in (output / name).read_text(encoding="utf-8")]
    assert listed == ["sitemap.xml"]  # its page exists, with its canonical link
    assert canonical_url in (output / "index.html").read_text(encoding="utf-8")
    entries = manifest(output)
    assert [e["source"] for e in entries].count(CANONICAL) == 1 and COPY not in [e["source"] for e in entries]
    assert next(e for e in entries if e["source"] == CANONICAL)["copies"] == [
        {"source": COPY, "title": "Councillors in Tarnby say yes to Osk bridge plan", "url": copy_url}
    ]
    for folder in ("topic", "source", "thread"):
        for page in (output / folder).rglob("index.html"):
            assert copy_url not in page.read_text(encoding="utf-8"), page


def test_a_byline_or_section_named_only_by_copies_is_not_linked(tmp_path):
    # A copy is listed nowhere, so its writer and its folder, named by no listed story, have no
    # page: the copy's page names them without a link, and the site has no broken link.
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES, seeds)
    copy = seeds / COPY
    lines = copy.read_text(encoding="utf-8").split("\n")
    lines.insert(lines.index(SHARED_BY_COPIES), "By Edda Vinter")
    (seeds / "wire-desk").mkdir()
    (seeds / "wire-desk" / copy.name).write_text("\n".join(lines), encoding="utf-8")
    copy.unlink()
    output, report = built(tmp_path, seeds)
    assert [g["copies"] for g in report["copies"]] == [["wire-desk/" + copy.name]]
    page = soup(page_for(output, url_of(output, "wire-desk/" + copy.name)))
    byline = page.find("p", class_="byline")
    assert byline.get_text() == "By Edda Vinter" and byline.a is None
    kicker = page.find("p", class_="kicker")
    assert kicker.get_text() == "Wire desk" and kicker.a is None
    assert not (output / "author" / "edda-vinter").exists()
    assert not (output / "category" / "wire-desk").exists()
    # A listed story's section still links to its page.
    kicker = soup(page_for(output, url_of(output, CANONICAL))).find("p", class_="kicker")
    assert kicker.a is not None and (output / kicker.a["href"].split("../")[-1]).is_dir()
    with serve(output) as url:
        crawl = Crawler(url, feeds_from_root=True)
        crawl.run(url)
        crawl.run(url + url_of(output, "wire-desk/" + copy.name))
    assert [b for b in crawl.broken if "/pagefind/" not in b[0]] == []  # (built with no search index)


def test_a_copy_is_never_a_read_more_target_nor_related(site):
    output, report = site
    # The line names the copy's headline: it links to the canonical copy.
    ref = next(r for r in report["references"] if r["source"] == NAMES_THE_COPY)
    assert ref["status"] == "resolved" and ref["target"] == CANONICAL
    copy_url = url_of(output, COPY)
    for entry in manifest(output):  # no page links the copy but in its "Also published as"
        page = soup(page_for(output, entry["url"]))
        for aside in page.find_all("aside", class_="story-copies"):
            aside.decompose()
        assert copy_url not in str(page), entry["source"]
    canonical = soup(page_for(output, url_of(output, CANONICAL)))
    related = canonical.find("aside", class_="story-related")
    assert related is None or copy_url not in str(related)


def test_a_rebuild_after_a_one_seed_edit_equals_a_full_build(tmp_path):
    from test_fastpaths import build_in_child, differences

    from seedreader.engine.build import build_site

    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES, seeds)
    previous = tmp_path / "build-0"
    memory = Memory(keep=True)  # a rebuild in this process: the dev server's
    build_site(
        "pelicanconf.py",
        seeds=str(seeds),
        output=str(previous),
        search=False,
        overrides=QUIET,
        previous_output=str(previous),
        memory=memory,
    )

    def drop_masthead_from_one():  # the line falls under the threshold: five seeds change
        path = seeds / "harbour-post" / "2026-03-06-tarnby-market-hall.txt"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(HARBOUR_MASTHEAD + "\n", ""), encoding="utf-8")

    def reword_the_copy():  # its own lede and body: no longer a copy, listed again
        path = seeds / COPY
        text = path.read_text(encoding="utf-8").splitlines()
        lines = [
            *text[:4],
            "Tarnby has a bridge plan at last, after a late vote on Wednesday night.",
            "The vote came late at night.",
            "Councillors went home.",
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    for step, edit in enumerate([drop_masthead_from_one, reword_the_copy], 1):
        edit()
        output = tmp_path / f"build-{step}"
        build_site(
            "pelicanconf.py",
            seeds=str(seeds),
            output=str(output),
            search=False,
            overrides=QUIET,
            previous_output=str(previous),
            memory=memory,
        )
        full = tmp_path / f"full-{step}"
        build_in_child(seeds, full, hash_seed=step, SEEDREADER_JOBS=1)
        assert differences(full, output) == [], edit.__name__
        previous = output
    report = json.loads((output / "seedreader-report.json").read_text(encoding="utf-8"))
    assert report["copies"] == [] and [i["line"] for i in report["furniture"]] == [LETTERS]


def test_the_demo_archive_has_no_furniture_and_no_copies(tmp_path):
    output, report = built(tmp_path, DEMO_SEEDS)
    assert report["furniture"] == [] and report["copies"] == []
    assert not any("archive furniture" in json.dumps(w) for w in report["warnings"])
    assert "story-copies" not in "".join(p.read_text(encoding="utf-8") for p in output.rglob("index.html"))
