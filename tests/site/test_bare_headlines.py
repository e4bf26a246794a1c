"""Another story's headline printed bare in a story (issue 13's related-story lines, issue 14's links).

The fixture archive (``fixtures/bare_headlines``, invented) has a dam story whose scraped page
kept its inline links as bare lines: the tram depot story's headline (in the archive: a READ
MORE card to it), an untitled story's opening sentence (its "headline" is made from that
sentence: stays a paragraph), the headline of the dam story's own copy on another site (stays),
its own headline repeated, and a two-word subhead that is also a brief's headline (stays).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sitekit import build, page_for, soup

from seedreader.integration.passes import read_archive
from seedreader.linking.bare_headlines import candidates, named_lines
from seedreader.text.model import Block
from seedreader.text.parse import parse

FIXTURES = Path(__file__).parents[1] / "fixtures" / "bare_headlines"
ROOT = Path(__file__).resolve().parents[2]
DAM = "meridian/2026-05-10-korrin-dam-inspection.txt"
DEPOT = "meridian/2026-05-08-velm-tram-depot.txt"
HARBOUR = "meridian/2026-05-09-korrin-harbour-storms.txt"
DAM_COPY = "velm-courier/2026-05-10-korrin-dam-sails-through.txt"
BRIEF = "velm-courier/2026-05-11-water-levels.txt"
DEPOT_HEADLINE = "Velm council approves new tram depot on the old rail yard"
DEPOT_LINE = 7  # the depot's headline, bare between the dam story's paragraphs


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("bare-headlines") / "site"
    result = build(FIXTURES, output, search=False, overrides={"SEEDREADER_PROGRESS": False})
    return output, result.report


def manifest(output: Path) -> dict[str, dict]:
    entries = json.loads((output / "api" / "articles.json").read_text(encoding="utf-8"))
    found = {}
    for entry in entries:
        found[entry["source"]] = entry
        for copy in entry.get("copies", []):
            found[copy["source"]] = copy
    return found


def seeds() -> dict[str, object]:
    """The fixture archive's seeds, each parsed alone (not the ``.wrapped`` archive beside them)."""
    paths = [p for p in FIXTURES.glob("*/*.txt") if not p.parent.name.startswith(".")]
    return {str(p.relative_to(FIXTURES)): parse(p.read_text(encoding="utf-8")) for p in paths}


def named(found: dict, groups=()) -> dict[str, frozenset[int]]:
    return named_lines({k: (seed, candidates(seed)) for k, seed in found.items()}, groups)


def parsed_by_cli(*args: str) -> dict:
    shown = subprocess.run(
        [sys.executable, "-m", "seedreader", "parse", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(shown.stdout)  # one file: one object


def test_another_storys_bare_headline_becomes_a_card_linked_to_it(site):
    output, report = site
    entries = manifest(output)
    dam = entries[DAM]
    assert [(r["headline"], r["status"]) for r in dam["read_more"]] == [(DEPOT_HEADLINE, "resolved")]
    assert dam["read_more"][0]["url"] == entries[DEPOT]["url"]
    html = soup(page_for(output, dam["url"]))
    card = html.select_one("aside.read-more")
    link = card.select_one(".read-more-headline a")
    target = (page_for(output, dam["url"]).parent / link["href"]).resolve()
    assert target == page_for(output, entries[DEPOT]["url"]).parent.resolve()
    body = html.select_one(".story-body")
    assert DEPOT_HEADLINE not in [p.text for p in body.find_all(["p", "h2"]) if not p.find_parent("aside")]
    assert report["bare_headlines"] == {DAM: [DEPOT_LINE]}


def test_lines_that_are_no_other_storys_own_headline_stay_as_they_were(site):
    output, _ = site
    html = soup(page_for(output, manifest(output)[DAM]["url"]))
    paragraphs = [p.text for p in html.select(".story-body p")]
    # An untitled story's "headline" is made from its first sentence: quoting it is no link.
    assert "Fishing boats returned to Korrin harbour on Saturday after a week of storms" in paragraphs
    # The headline the story's own copy has on another site names this story, not another.
    assert "Dam on the Korrin river sails through its inspection" in paragraphs
    # Too short to tell from a section's heading, though a brief has it as its headline.
    assert html.select_one(".story-body h2#water-levels") is not None


def test_named_lines_guards():
    found = seeds()
    assert named(found) == {DAM: frozenset({7, 13})}  # with no copies known, the copy's headline too
    assert named(found, [[DAM, DAM_COPY]]) == {DAM: frozenset({DEPOT_LINE})}
    # Only another story's headline: the dam story under its own headline names nothing.
    assert named({DAM: found[DAM], HARBOUR: found[HARBOUR], BRIEF: found[BRIEF]}) == {}
    # A story printing its own headline names itself, even where another story has that headline.
    depot, again = found[DEPOT], "meridian/again.txt"
    repeated = replace(depot, blocks=(*depot.blocks, Block("heading", DEPOT_HEADLINE.upper(), 20)))
    assert named({DEPOT: depot, again: repeated}) == {}
    # A headline two stories have (a weekly column's) names neither: the line would link nowhere,
    # unless the two are copies of one story.
    assert named({DAM: found[DAM], DEPOT: depot, again: depot}) == {}
    assert named({DAM: found[DAM], DEPOT: depot, again: depot}, [[DEPOT, again]]) == {DAM: frozenset({7})}


def test_candidate_lines():
    dam = seeds()[DAM]
    # Not 17 ("Water levels": too short, and a sentence follows it), nor paragraphs ending
    # in a full stop (5, 9, 19).
    assert [line for line, _ in candidates(dam)] == [7, 11, 13]

    def alone(*blocks: Block):
        return candidates(replace(dam, blocks=blocks))

    # A subhead over the story's own sentences heads them; a question is still a headline.
    heading = Block("heading", DEPOT_HEADLINE, 7)
    assert alone(heading, Block("paragraph", "Inspectors took samples.", 9)) == ()
    assert alone(Block("paragraph", "Can the Korrin dam hold?", 9)) == ((9, "can the korrin dam hold"),)
    assert alone(Block("paragraph", DEPOT_HEADLINE + ".\u201d", 3)) == ()
    assert alone(Block("paragraph", "Velm council approves " * 12, 3)) == ()
    assert alone(Block("paragraph", "Korrin reservoir overflows", 3)) == ()  # three words: a label


def test_lines_are_found_after_the_furniture_is_dropped():
    # Wrapped copy: dropping a furniture line joins the headline's line to the next one, a
    # story sentence; the joined paragraph is no headline.
    folder = FIXTURES / ".wrapped"
    settings = {"PATH": str(folder), "ARTICLE_PATHS": [""]}
    archive = read_archive(sorted(str(p) for p in folder.glob("*.txt")), settings)
    press = archive.stories[str(folder / "2026-05-10-press.txt")]
    assert press.furniture and not press.seed.read_more
    assert press.seed.blocks[-1].text.endswith("parking in the old town.")


def test_parse_reads_a_named_line_as_read_more():
    text = (FIXTURES / DAM).read_text(encoding="utf-8")
    alone, as_named = parse(text), parse(text, named=frozenset({DEPOT_LINE, 8}))  # line 8 is blank
    assert [b.kind for b in alone.blocks if b.line == DEPOT_LINE] == ["paragraph"]
    assert [(b.kind, b.text) for b in as_named.blocks if b.line == DEPOT_LINE] == [
        ("read_more", DEPOT_HEADLINE)
    ]
    others = [b for b in alone.blocks if b.line != DEPOT_LINE]
    assert [b for b in as_named.blocks if b.line != DEPOT_LINE] == others
    bulleted = parse(text.replace(DEPOT_HEADLINE, "\u2022 " + DEPOT_HEADLINE), named=frozenset({DEPOT_LINE}))
    assert [b.text for b in bulleted.blocks if b.kind == "read_more"] == [DEPOT_HEADLINE]


def test_parse_archive_shows_the_card():
    shown = parsed_by_cli("--archive", str(FIXTURES), str(FIXTURES / DAM))
    assert [b["headline"] for b in shown["blocks"] if b["type"] == "read_more"] == [DEPOT_HEADLINE]
    alone = parsed_by_cli(str(FIXTURES / DAM))
    assert not [b for b in alone["blocks"] if b["type"] == "read_more"]


def test_a_rebuild_after_the_named_headline_changes_equals_a_full_build(tmp_path):
    from test_fastpaths import build_in_child, differences

    from seedreader.engine.build import build_site
    from seedreader.integration.memory import Memory

    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES, seeds)
    depot = seeds / DEPOT
    headline = depot.read_text(encoding="utf-8")
    previous = tmp_path / "build-0"
    memory = Memory(keep=True)  # a rebuild in this process: the dev server's

    def build_into(output: Path) -> dict:
        build_site(
            "pelicanconf.py",
            seeds=str(seeds),
            output=str(output),
            search=False,
            overrides={"SEEDREADER_PROGRESS": False},
            previous_output=str(previous),
            memory=memory,
        )
        return json.loads((output / "seedreader-report.json").read_text(encoding="utf-8"))

    assert build_into(previous)["bare_headlines"] == {DAM: [DEPOT_LINE]}
    copy = seeds / DAM_COPY
    reworded = (
        copy.read_text(encoding="utf-8").splitlines()[0]
        + "\n\n"
        + (
            "Water board engineers will publish their full report on the Korrin dam in June, "
            "a spokeswoman said on Monday.\n\nSource: Velm Courier\n"
        )
    )
    edits = [
        (depot, headline.replace("on the old rail yard", "by the river"), {}),  # names no story now
        (depot, headline, {DAM: [DEPOT_LINE]}),  # and again
        # The dam story's copy reworded: another story now, whose headline the dam story prints
        # (the dam story's file unchanged, its bare headlines not).
        (copy, reworded, {DAM: [DEPOT_LINE, 13]}),
    ]
    for step, (path, text, named_now) in enumerate(edits, 1):
        path.write_text(text, encoding="utf-8")
        output = tmp_path / f"build-{step}"
        assert build_into(output)["bare_headlines"] == named_now
        full = tmp_path / f"full-{step}"
        build_in_child(seeds, full, hash_seed=step, SEEDREADER_JOBS=1)
        assert differences(full, output) == [], step
        previous = output
