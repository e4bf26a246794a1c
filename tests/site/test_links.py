"""The editor's loop over READ MORE lines: ``python -m seedreader links`` and the links file.

The fixture archive (``fixtures/links/seeds``, fictional) has one story with four READ MORE
lines: one that is the title of two stories (ambiguous, whatever the judge weighs), one whose
only candidate tells another event, one no story shares a word with, and one that links by
its exact title. Each test copies it, runs the command as a user does (a subprocess), then
builds it.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
import tomlkit
from pelican.log import LimitFilter
from sitekit import PROJECT, SETTINGS, build, differences, page_for, soup

from seedreader.engine.build import BuildFailed, load_settings
from seedreader.integration.links import LINKS_LIMIT_MSG, read_links
from seedreader.linking import linksfile
from seedreader.linking.records import NOT_IN_ARCHIVE
from seedreader.text.decode import UNDATED_LIMIT_MSG, UNDATED_WARNING
from seedreader.tools import devserver

FIXTURE = Path(__file__).parents[1] / "fixtures" / "links" / "seeds"
SOURCE = "world/2026-02-03-lantern-bay-ferry-crews-walk-out.txt"
AMBIGUOUS = (9, "Lantern Bay ferry crews plan strike")  # the title of PAY and of ROTA
ELSEWHERE = (13, "Quillon observatory opens its dome to visitors")
NOWHERE = (19, "Tallow river barge festival draws record crowds")
LINKED = (17, "Drest islands elect new harbour council")
PAY = "economy/2026-01-20-lantern-bay-ferry-crews-reject-pay-offer.txt"
ROTA = "economy/2026-01-22-lantern-bay-ferry-crews-reject-rota-change.txt"
TELESCOPE = "science/2026-01-10-quillon-telescope-mirror-arrives.txt"


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(FIXTURE, folder)
    return folder


def links(
    seeds: Path,
    *args: str,
    check: bool = True,
    settings: str = SETTINGS,
) -> subprocess.CompletedProcess:
    """``python -m seedreader links ARGS`` on the fixture's copy, from outside the project."""
    command = [
        sys.executable,
        "-m",
        "seedreader",
        "links",
        *args,
        "--settings",
        settings,
        "--seeds",
        str(seeds),
    ]
    result = subprocess.run(
        command,
        cwd=seeds.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def listed(seeds: Path, **kwargs) -> dict[int, dict]:
    """The lines ``links --json`` lists, by line number."""
    data = json.loads(links(seeds, "list", "--json", **kwargs).stdout)
    return {entry["line"]: entry for entry in data["references"]}


def site_settings(tmp_path: Path, **settings) -> str:
    """A settings file: the project's, with these settings (``repr`` of each value) over it."""
    path = tmp_path / "siteconf.py"
    lines = ["import sys", f"sys.path.insert(0, {str(PROJECT)!r})", "from pelicanconf import *  # noqa: F403"]
    path.write_text(
        "\n".join([*lines, *(f"{key} = {value!r}" for key, value in settings.items())]) + "\n",
        encoding="utf-8",
    )
    return str(path)


def copy_of(seeds: Path, seed: str, name: str, title: str, date: str) -> str:
    """A copy of a seed (its text with another title and date): the path of the copy."""
    lines = (seeds / seed).read_text(encoding="utf-8").split("\n")
    lines = [
        f"Title: {title}"
        if line.startswith("Title:")
        else f"Date: {date}"
        if line.startswith("Date:")
        else line
        for line in lines
        if not line.startswith("Slug:")
    ]
    (seeds / name).write_text("\n".join(lines), encoding="utf-8")
    return name


def number_of(entry: dict, source: str) -> str:
    """A candidate's number as the list gives it."""
    return str(next(c["number"] for c in entry["candidates"] if c["source"] == source))


def built(seeds: Path, output: Path, **overrides) -> tuple[dict, dict]:
    """A real build: (its report, the source story's READ MORE references by line)."""
    result = build(seeds, output, search=False, overrides={"SEEDREADER_PROGRESS": False, **overrides})
    refs = {r["line"]: r for r in result.report["references"] if r["source"] == SOURCE}
    return result.report, refs


def cards(output: Path, source: str = SOURCE) -> list[str]:
    """The URLs the story's READ MORE cards link to (resolved lines only)."""
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}
    page = soup(page_for(output, entries[source]["url"]))
    return [a["href"] for a in page.select("aside.read-more-resolved .read-more-headline a")]


def _build_to(seeds: Path, output: Path) -> Path:
    built(seeds, output)
    return output


def url_of(output: Path, source: str) -> str:
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}
    return entries[source]["url"]


def test_the_list_shows_ambiguous_and_unresolved_lines_with_candidates(seeds, tmp_path):
    found = listed(seeds)
    assert set(found) == {AMBIGUOUS[0], ELSEWHERE[0], NOWHERE[0]}  # the linked line needs nothing
    ambiguous = found[AMBIGUOUS[0]]
    assert (ambiguous["headline"], ambiguous["status"], ambiguous["stage"]) == (
        AMBIGUOUS[1],
        "ambiguous",
        "exact-title",
    )
    assert ambiguous["reason"] == "several stories have this title"
    assert {c["source"] for c in ambiguous["candidates"]} == {PAY, ROTA}
    assert all(c["title"] and c["score"] > 0 for c in ambiguous["candidates"])
    assert [c["number"] for c in ambiguous["candidates"]] == [1, 2]
    assert found[ELSEWHERE[0]]["status"] == "unresolved"
    assert [c["source"] for c in found[ELSEWHERE[0]]["candidates"]] == [TELESCOPE]
    assert found[NOWHERE[0]]["candidates"] == []
    assert all(entry["reason"] for entry in found.values())
    # What it lists is what the build reports.
    _, refs = built(seeds, tmp_path / "out")
    for line, entry in found.items():
        assert refs[line]["status"] == entry["status"]
        assert [c["source"] for c in refs[line]["candidates"]] == [c["source"] for c in entry["candidates"]]
    # Bare ``links`` off a terminal lists them as text: where, status, headline, reason, candidates.
    text = links(seeds).stdout
    assert f'{SOURCE}:{AMBIGUOUS[0]}  ambiguous  "{AMBIGUOUS[1]}"' in text
    assert "    1. " in text and PAY in text and ROTA in text and TELESCOPE in text
    assert ambiguous["reason"] in text
    assert LINKED[1] not in text


def test_the_list_logs_a_few_reading_warnings_of_each_kind(seeds):
    # Scraped pages are mostly undated: the list is not buried under a warning for each.
    for n in range(9):
        (seeds / "world" / f"undated-{n}.txt").write_text(
            f"Crews on pier {n} of the old harbour in Korrin began unloading grain on the {n + 2}th day.\n",
            encoding="utf-8",
        )
    stderr = links(seeds, "list").stderr.splitlines()
    undated = [line for line in stderr if line.endswith(f".txt: {UNDATED_WARNING}")]
    assert len(undated) == LimitFilter._threshold - 1, stderr
    assert stderr.count(f"WARNING: {UNDATED_LIMIT_MSG}") == 1


def test_accept_writes_the_file_and_the_build_links_the_line(seeds, tmp_path):
    number = number_of(listed(seeds)[AMBIGUOUS[0]], PAY)
    said = links(seeds, "accept", SOURCE, str(AMBIGUOUS[0]), number).stdout
    assert "seeds/links.toml" in said and PAY in said
    text = (seeds / "links.toml").read_text(encoding="utf-8")
    header = "".join(f"# {line}\n" if line else "\n" for line in linksfile.HEADER.splitlines())
    assert text == header + "\n" + (
        f'["{SOURCE}"]\n'
        f'"lantern bay ferry crews plan strike" = "{PAY}" # Lantern Bay ferry crews plan strike\n'
    )
    links(seeds, "accept", SOURCE, AMBIGUOUS[1], PAY)  # the same decision, by headline and seed path
    assert (seeds / "links.toml").read_text(encoding="utf-8") == text
    report, refs = built(seeds, tmp_path / "out")
    pinned = refs[AMBIGUOUS[0]]
    assert (pinned["status"], pinned["target"], pinned["stage"], pinned["pinned"]) == (
        "resolved",
        PAY,
        "pin",
        True,
    )
    assert refs[LINKED[0]]["pinned"] is False
    assert report["summary"]["pinned"] == 1
    assert any(href.endswith(url_of(tmp_path / "out", PAY)) for href in cards(tmp_path / "out"))
    assert AMBIGUOUS[0] not in listed(seeds)  # decided: no longer listed


def test_a_candidate_by_slug_and_a_seed_by_its_file(seeds, tmp_path):
    slug = "new-mirror-for-quillon-telescope-arrives-by-sea"
    links(seeds, "accept", str(seeds / SOURCE), str(ELSEWHERE[0]), slug)
    pins = linksfile.read_pins(str(seeds / "links.toml"))
    assert pins == (linksfile.Pin(SOURCE, "quillon observatory opens its dome to visitors", TELESCOPE),)
    bad = links(seeds, "accept", SOURCE, "77", "1", check=False)
    assert bad.returncode == 1 and "no READ MORE line '77'" in bad.stderr and "Traceback" not in bad.stderr
    bad = links(seeds, "accept", SOURCE, str(NOWHERE[0]), "no-such-story", check=False)
    assert bad.returncode == 1 and "no-such-story" in bad.stderr
    bad = links(seeds, "accept", SOURCE, str(NOWHERE[0]), SOURCE, check=False)
    assert bad.returncode == 1 and "itself" in bad.stderr


def test_none_pins_not_in_this_archive_and_the_build_leaves_it_unlinked(seeds, tmp_path):
    before = cards(_build_to(seeds, tmp_path / "before"))
    links(seeds, "none", SOURCE, ELSEWHERE[1])
    assert '"quillon observatory opens its dome to visitors" = false # not in this archive' in (
        seeds / "links.toml"
    ).read_text(encoding="utf-8")
    report, refs = built(seeds, tmp_path / "out")
    ref = refs[ELSEWHERE[0]]
    assert (ref["status"], ref["stage"], ref["pinned"]) == ("unresolved", "pin", True)
    assert ref["note"] == NOT_IN_ARCHIVE
    assert cards(tmp_path / "out") == before
    assert ELSEWHERE[0] not in listed(seeds)
    everything = json.loads(links(seeds, "list", "--json", "--all").stdout)["references"]
    assert {e["line"] for e in everything} == {AMBIGUOUS[0], ELSEWHERE[0], LINKED[0], NOWHERE[0]}
    assert next(e for e in everything if e["line"] == ELSEWHERE[0])["pinned"] is True
    links(seeds, "forget", SOURCE, str(ELSEWHERE[0]))
    assert linksfile.read_pins(str(seeds / "links.toml")) == ()
    assert ELSEWHERE[0] in listed(seeds)
    gone = links(seeds, "forget", SOURCE, ELSEWHERE[1], check=False)
    assert gone.returncode == 1 and "no pin" in gone.stderr


def test_a_pin_keeps_its_line_when_the_seed_is_edited_elsewhere(seeds, tmp_path):
    links(seeds, "accept", SOURCE, str(AMBIGUOUS[0]), ROTA)
    story = seeds / SOURCE
    text = story.read_text(encoding="utf-8")
    lede_end = text.index("\n\n", text.index("LANTERN BAY")) + 2
    added = "A second paragraph, added later.\n\nAnd a third one.\n\n"
    story.write_text(text[:lede_end] + added + text[lede_end:], encoding="utf-8")
    _, refs = built(seeds, tmp_path / "out")
    moved = next(r for r in refs.values() if r["headline"] == AMBIGUOUS[1])
    assert moved["line"] > AMBIGUOUS[0]
    assert (moved["status"], moved["target"], moved["pinned"]) == ("resolved", ROTA, True)


def test_a_pin_whose_story_is_gone_is_a_warning_and_the_build_goes_on(seeds, tmp_path):
    links(seeds, "accept", SOURCE, str(AMBIGUOUS[0]), PAY)
    document = linksfile.load(str(seeds / "links.toml"))
    linksfile.set_pin(document, "world/no-such-seed.txt", "Some headline", ROTA)
    linksfile.set_pin(document, SOURCE, "A headline the seed never had", ROTA)
    linksfile.save(document, str(seeds / "links.toml"))
    (seeds / PAY).unlink()
    report, refs = built(seeds, tmp_path / "out")
    ref = refs[AMBIGUOUS[0]]
    assert (ref["status"], ref["stage"], ref["pinned"]) == ("unresolved", "pin", True)
    warnings = [w["warning"] for w in report["warnings"] if w["source"] == "seeds/links.toml"]
    assert len(warnings) == 3, warnings
    assert any(PAY in w and "not in the archive" in w for w in warnings)
    assert any("world/no-such-seed.txt" in w for w in warnings)
    assert any("a headline the seed never had" in w for w in warnings)
    assert report["summary"]["warnings"] >= 3
    # The command lists it again, with its warnings.
    data = json.loads(links(seeds, "list", "--json").stdout)
    assert AMBIGUOUS[0] in {e["line"] for e in data["references"]}
    assert len(data["warnings"]) == 3


def test_an_override_that_disagrees_with_a_pin_is_a_warning_and_the_pin_wins(seeds, tmp_path):
    links(seeds, "accept", SOURCE, str(AMBIGUOUS[0]), PAY)
    overrides = {AMBIGUOUS[1].upper(): ROTA, NOWHERE[1]: TELESCOPE}
    report, refs = built(seeds, tmp_path / "out", SEEDREADER_READ_MORE_OVERRIDES=overrides)
    assert (refs[AMBIGUOUS[0]]["target"], refs[AMBIGUOUS[0]]["stage"]) == (PAY, "pin")
    # No pin: the override applies.
    assert (refs[NOWHERE[0]]["target"], refs[NOWHERE[0]]["stage"]) == (TELESCOPE, "override")
    warnings = [w["warning"] for w in report["warnings"]]
    assert len([w for w in warnings if "SEEDREADER_READ_MORE_OVERRIDES" in w]) == 1
    assert any(ROTA in w and PAY in w and "links file wins" in w for w in warnings)
    # An override that agrees (by slug) says nothing.
    slug = "lantern-bay-ferry-crews-reject-pay-offer-and-plan-strike"
    report, _ = built(seeds, tmp_path / "agrees", SEEDREADER_READ_MORE_OVERRIDES={AMBIGUOUS[1]: slug})
    assert not any("SEEDREADER_READ_MORE_OVERRIDES" in w["warning"] for w in report["warnings"])


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('["world/a.txt"]\n"headline" = = "b.txt"\n', "seeds/links.toml, line 2, column 13: Unexpected"),
        ('[world/a.txt]\n"headline" = "b.txt"\n', "seeds/links.toml, line 1"),
        (
            '["world/a.txt"]\n# note\n"headline" = 3\n',
            'seeds/links.toml, line 3: ["world/a.txt"] "headline" = 3',
        ),
        (
            '["world/a.txt"]\n"headline" = true\n',
            'seeds/links.toml, line 2: ["world/a.txt"] "headline" = true',
        ),
        # "not in this archive" is written false: an empty story is a slip.
        ('["world/a.txt"]\n\n"headline" = ""\n', 'seeds/links.toml, line 3: ["world/a.txt"] "headline" = ""'),
        # A seed's pins in a table of their own, one line each: never inline, nor dotted keys.
        (
            '\n"world/a.txt" = {"headline" = false}\n',
            'seeds/links.toml, line 2: "world/a.txt" = {...} is an inline table',
        ),
        (
            '"world/a.txt".headline = false\n',
            'seeds/links.toml, line 1: "world/a.txt" is split by dotted keys',
        ),
    ],
)
def test_a_malformed_links_file_is_a_clear_error(seeds, tmp_path, text, where):
    # The site is built without any pin, the report says where the file is wrong, and a
    # strict build fails on it; the links commands refuse to rewrite it.
    (seeds / "links.toml").write_text(text, encoding="utf-8")
    report, _ = built(seeds, tmp_path / "out")
    assert where in report["links_file_unreadable"]
    assert not [r for r in report["references"] if r["stage"] == "pin"]
    with pytest.raises(BuildFailed) as failed:
        built(seeds, tmp_path / "strict", SEEDREADER_STRICT=True)
    assert where in str(failed.value) and "no pin applied" in str(failed.value)
    result = links(seeds, check=False)
    assert result.returncode == 1
    assert where in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "invoke",
            "build",
            "--seeds",
            str(seeds),
            "--output",
            str(tmp_path / "cli"),
            "--no-search",
            "--quiet",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "links.toml" in result.stderr and "Traceback" not in result.stderr


def test_an_editors_comments_and_order_survive_a_rewrite(seeds):
    hand = (
        "# Our READ MORE decisions. Ask Mira before changing the ferry ones.\n"
        "\n"
        f'["{SOURCE}"]\n'
        "# Checked with the news desk, 3 February.\n"
        f'"Tallow River barge festival draws record crowds" = false # no such story here\n'
        f'"lantern bay ferry crews plan strike" = "{ROTA}"\n'
    )
    (seeds / "links.toml").write_text(hand, encoding="utf-8")
    links(seeds, "none", SOURCE, str(ELSEWHERE[0]))
    text = (seeds / "links.toml").read_text(encoding="utf-8")
    assert text == (  # the comment above the barge festival's pin stays above it
        "# Our READ MORE decisions. Ask Mira before changing the ferry ones.\n"
        "\n"
        f'["{SOURCE}"]\n'
        f'"quillon observatory opens its dome to visitors" = false # not in this archive\n'
        "# Checked with the news desk, 3 February.\n"
        f'"Tallow River barge festival draws record crowds" = false # no such story here\n'
        f'"lantern bay ferry crews plan strike" = "{ROTA}"\n'
    )
    # The editor's own wording of a headline is the same pin: replaced where it stands.
    links(seeds, "accept", SOURCE, NOWHERE[1], TELESCOPE)
    lines = (seeds / "links.toml").read_text(encoding="utf-8").splitlines()
    assert lines[5].startswith('"Tallow River barge festival draws record crowds" = "science/')
    assert len(lines) == 7
    # Forgotten with the comment written above it.
    links(seeds, "forget", SOURCE, str(NOWHERE[0]))
    assert (seeds / "links.toml").read_text(encoding="utf-8") == (
        "# Our READ MORE decisions. Ask Mira before changing the ferry ones.\n"
        "\n"
        f'["{SOURCE}"]\n'
        f'"quillon observatory opens its dome to visitors" = false # not in this archive\n'
        f'"lantern bay ferry crews plan strike" = "{ROTA}"\n'
    )


def test_comments_stay_with_the_entries_and_tables_they_are_written_above():
    document = tomlkit.parse(
        "# Decisions.\n"
        "\n"
        "# The desk checked these.\n"
        '["a/one.txt"]\n'
        "# first\n"
        '"alpha" = "x.txt"\n'
        "\n"
        "# about charlie\n"
        '"charlie" = false\n'
        "\n"
        "# about the third seed\n"
        '["c/three.txt"]\n'
        '"delta" = "y.txt"\n'
    )
    linksfile.set_pin(document, "a/one.txt", "Bravo", "z.txt", "Z")
    linksfile.set_pin(document, "b/two.txt", "Echo", "")
    assert linksfile.dumps(document) == (
        "# Decisions.\n"
        "\n"
        "# The desk checked these.\n"
        '["a/one.txt"]\n'
        "# first\n"
        '"alpha" = "x.txt"\n'
        "\n"
        '"bravo" = "z.txt" # Z\n'
        "# about charlie\n"
        '"charlie" = false\n'
        "\n"
        '["b/two.txt"]\n'
        '"echo" = false # not in this archive\n'
        "\n"
        "# about the third seed\n"
        '["c/three.txt"]\n'
        '"delta" = "y.txt"\n'
    )
    linksfile.remove_pin(document, "a/one.txt", "charlie")
    linksfile.remove_pin(document, "b/two.txt", "echo")
    assert linksfile.dumps(document) == (
        "# Decisions.\n"
        "\n"
        "# The desk checked these.\n"
        '["a/one.txt"]\n'
        "# first\n"
        '"alpha" = "x.txt"\n'
        "\n"
        '"bravo" = "z.txt" # Z\n'
        "\n"
        "# about the third seed\n"
        '["c/three.txt"]\n'
        '"delta" = "y.txt"\n'
    )
    linksfile.remove_pin(document, "a/one.txt", "alpha")
    linksfile.remove_pin(document, "a/one.txt", "bravo")
    assert linksfile.dumps(document) == (
        '# Decisions.\n\n# about the third seed\n["c/three.txt"]\n"delta" = "y.txt"\n'
    )


def test_the_walk_through_on_a_terminal(seeds):
    order = listed(seeds)[AMBIGUOUS[0]]
    rota = number_of(order, ROTA)
    # Line 9: a candidate; line 13: a wrong answer, then not in this archive; line 19: quit.
    transcript = _on_a_terminal(seeds, [rota, "7", "n", "q"])
    assert transcript.count("s skip, q quit:") == 4
    assert f"[1/3] {SOURCE}:{AMBIGUOUS[0]}  ambiguous" in transcript
    assert "has 1 candidates, not 7" in transcript
    assert "2 pinned, 0 skipped, 1 not seen" in transcript
    pins = linksfile.read_pins(str(seeds / "links.toml"))
    assert pins == (
        linksfile.Pin(SOURCE, "lantern bay ferry crews plan strike", ROTA),
        linksfile.Pin(SOURCE, "quillon observatory opens its dome to visitors", ""),
    )
    assert set(listed(seeds)) == {NOWHERE[0]}


def _on_a_terminal(seeds: Path, answers: list[str], *options: str) -> str:
    """Run bare ``links`` on a pseudo-terminal, giving each answer when it asks; what it showed."""
    leader, follower = pty.openpty()
    command = [
        sys.executable,
        "-m",
        "seedreader",
        "links",
        *options,
        "--settings",
        SETTINGS,
        "--seeds",
        str(seeds),
    ]
    process = subprocess.Popen(
        command, cwd=seeds.parent, stdin=follower, stdout=follower, stderr=follower, close_fds=True
    )
    os.close(follower)
    shown, asked = b"", 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:  # the command ended: the terminal is closed
                    break
                if not chunk:
                    break
                shown += chunk
            if shown.count(b"q quit: ") > asked and asked < len(answers):
                os.write(leader, answers[asked].encode() + b"\n")
                asked += 1
            elif process.poll() is not None and not ready:
                break
        assert process.wait(timeout=30) == 0, shown.decode(errors="replace")
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
    return shown.decode("utf-8", errors="replace").replace("\r\n", "\n")


def test_the_dev_server_relinks_when_the_links_file_changes(seeds, tmp_path):
    site = devserver.make_site(SETTINGS, str(tmp_path / "served"), seeds=str(seeds), watch=[str(seeds)])
    builder = devserver.Builder(site)
    served = tmp_path / "served"
    try:
        assert builder.build()
        assert not any(href.endswith(url_of(served, ROTA)) for href in cards(served))
        links(seeds, "accept", SOURCE, str(AMBIGUOUS[0]), ROTA)
        assert builder([str(seeds / "links.toml")])
        assert any(href.endswith(url_of(served, ROTA)) for href in cards(served))
        full = tmp_path / "full"
        built(seeds, full)
        assert differences(full, served) == ["pagefind"]  # the first build's search index is kept
        (seeds / "links.toml").write_text("[broken\n", encoding="utf-8")
        assert builder([str(seeds / "links.toml")])  # rebuilt as with no file (the log says why)
        assert not any(href.endswith(url_of(served, ROTA)) for href in cards(served))
    finally:
        builder.close()


def test_invoke_links_passes_its_arguments_through(seeds):
    command = [sys.executable, "-m", "invoke", "links", "--seeds", str(seeds)]
    result = subprocess.run(
        [*command, "--", "list", "--json"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert {e["line"] for e in json.loads(result.stdout)["references"]} == {9, 13, 19}
    result = subprocess.run(
        [*command, "--args", f"none {SOURCE} {NOWHERE[0]}"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert tomlkit.parse((seeds / "links.toml").read_text(encoding="utf-8"))[SOURCE].unwrap() == {
        "tallow river barge festival draws record crowds": False
    }


def test_the_links_file_setting(seeds, tmp_path):
    assert linksfile.read_pins(str(seeds / "links.toml")) == ()  # no file: no pins
    links(seeds, "none", SOURCE, str(AMBIGUOUS[0]))
    report, refs = built(seeds, tmp_path / "off", SEEDREADER_LINKS_FILE="")
    assert not any(r["pinned"] for r in refs.values()) and report["summary"]["pinned"] == 0
    elsewhere = tmp_path / "decisions" / "read-more.toml"  # an absolute path: kept outside the seeds
    elsewhere.parent.mkdir()
    (seeds / "links.toml").rename(elsewhere)
    report, refs = built(seeds, tmp_path / "moved", SEEDREADER_LINKS_FILE=str(elsewhere))
    assert refs[AMBIGUOUS[0]]["pinned"] and report["summary"]["pinned"] == 1
    assert report["not_published"] == []


def test_links_all_on_a_terminal_lists_every_line(seeds):
    shown = _on_a_terminal(seeds, ["q"], "--all")  # "q" would stop a walk-through at once
    assert "q quit:" not in shown
    assert f'{SOURCE}:{LINKED[0]}  resolved  "{LINKED[1]}"' in shown
    assert f'{SOURCE}:{AMBIGUOUS[0]}  ambiguous  "{AMBIGUOUS[1]}"' in shown


def test_a_links_file_of_thousands_of_pins_is_read_in_well_under_a_second(tmp_path):
    lines = []
    for seed in range(100):
        lines.append(f'["world/story-{seed:03d}.txt"]')
        lines += [f'"headline {seed} number {n}" = "economy/story-{n:03d}.txt" # a title' for n in range(20)]
        lines.append("")
    path = tmp_path / "links.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    started = time.process_time()
    pins = linksfile.read_pins(str(path))
    # A generous bound: it took over 30 s when each pin's line was looked up, line by line.
    assert time.process_time() - started < 2
    assert len(pins) == 2000 and pins[0] == linksfile.Pin(
        "world/story-000.txt", "headline 0 number 0", "economy/story-000.txt"
    )
    # A value that is not a pin is still named by its line.
    path.write_text("\n".join([*lines, '["world/last.txt"]', '"headline" = 3']), encoding="utf-8")
    with pytest.raises(linksfile.LinksFileError) as error:
        linksfile.read_pins(str(path), "seeds/links.toml")
    assert error.value.line == len(lines) + 2


def test_a_links_file_with_a_byte_order_mark(seeds):
    text = f'["{SOURCE}"]\n"{NOWHERE[1]}" = false\n'
    (seeds / "links.toml").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert linksfile.read_pins(str(seeds / "links.toml")) == (linksfile.Pin(SOURCE, NOWHERE[1], ""),)
    assert NOWHERE[0] not in listed(seeds)
    links(seeds, "none", SOURCE, str(ELSEWHERE[0]))  # written back without the mark
    assert (seeds / "links.toml").read_bytes().startswith(b'["')


def test_a_pin_to_a_copy_by_its_slug_links_its_canonical_copy(seeds, tmp_path):
    copy_of(
        seeds,
        PAY,
        "economy/2026-01-21-ferry-union-turns-down-pay-offer.txt",
        "Ferry union turns down Bayline pay offer",
        "2026-01-21 10:00",
    )
    (seeds / "links.toml").write_text(
        f'["{SOURCE}"]\n"{AMBIGUOUS[1]}" = "ferry-union-turns-down-bayline-pay-offer"\n', encoding="utf-8"
    )
    report, refs = built(seeds, tmp_path / "out")
    pinned = refs[AMBIGUOUS[0]]
    assert (pinned["status"], pinned["target"], pinned["stage"]) == ("resolved", PAY, "pin")
    assert [w for w in report["warnings"] if w["source"] == "seeds/links.toml"] == []


def test_a_copys_lines_are_pinned_as_its_canonical_copys(seeds, tmp_path):
    copy = copy_of(
        seeds,
        SOURCE,
        "world/2026-02-04-ferry-crews-stop-work-on-lantern-bay.txt",
        "Ferry crews stop work on Lantern Bay",
        "2026-02-04 08:15",
    )
    text = (seeds / copy).read_text(encoding="utf-8")
    own = "Harbour pilots join the ferry walkout"  # a READ MORE line of the copy alone
    (seeds / copy).write_text(text.replace("Source: MW", f"READ MORE: {own}\n\nSource: MW"), encoding="utf-8")
    # The copy's own pin of a line, against its canonical copy's: the canonical's wins, with a warning.
    (seeds / "links.toml").write_text(
        f'["{SOURCE}"]\n"{AMBIGUOUS[1]}" = "{PAY}"\n\n["{copy}"]\n"{AMBIGUOUS[1]}" = "{ROTA}"\n',
        encoding="utf-8",
    )
    report, _ = built(seeds, tmp_path / "out")
    lines = {(r["source"], r["line"]): r for r in report["references"]}
    assert (lines[copy, AMBIGUOUS[0]]["target"], lines[copy, AMBIGUOUS[0]]["stage"]) == (PAY, "pin")
    warnings = [w["warning"] for w in report["warnings"] if w["source"] == "seeds/links.toml"]
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(f'["{copy}"] "{AMBIGUOUS[1]}": {copy} is a copy of {SOURCE}')
    assert PAY in warnings[0] and "pin unused" in warnings[0]
    # The command pins a copy's line in its canonical copy's table, and says so.
    (seeds / "links.toml").unlink()
    said = links(seeds, "accept", copy, str(AMBIGUOUS[0]), ROTA).stdout
    assert f"{copy} is a copy of {SOURCE}" in said
    links(seeds, "none", copy, own)
    assert linksfile.read_pins(str(seeds / "links.toml")) == (
        linksfile.Pin(SOURCE, "harbour pilots join the ferry walkout", ""),
        linksfile.Pin(SOURCE, "lantern bay ferry crews plan strike", ROTA),
    )
    report, _ = built(seeds, tmp_path / "pinned")
    lines = {(r["source"], r["line"]): r for r in report["references"]}
    for source in (SOURCE, copy):
        assert (lines[source, AMBIGUOUS[0]]["target"], lines[source, AMBIGUOUS[0]]["stage"]) == (ROTA, "pin")
    own_line = next(r for r in report["references"] if r["headline"] == own)
    assert (own_line["source"], own_line["stage"], own_line["note"]) == (copy, "pin", NOT_IN_ARCHIVE)
    assert [w for w in report["warnings"] if w["source"] == "seeds/links.toml"] == []
    # Forgotten where it is pinned, by the copy's line number or its headline.
    said = links(seeds, "forget", copy, str(AMBIGUOUS[0])).stdout
    assert f"{SOURCE} (canonical copy of {copy}" in said
    links(seeds, "forget", copy, own)
    assert linksfile.read_pins(str(seeds / "links.toml")) == ()


def test_lines_the_overrides_setting_decides_need_no_decision(seeds, tmp_path):
    overrides = {NOWHERE[1]: "", ELSEWHERE[1]: TELESCOPE}
    settings = site_settings(tmp_path, SEEDREADER_READ_MORE_OVERRIDES=overrides)
    assert set(listed(seeds, settings=settings)) == {AMBIGUOUS[0]}
    text = links(seeds, "list", "--all", settings=settings).stdout
    assert f'{SOURCE}:{NOWHERE[0]}  unresolved, by SEEDREADER_READ_MORE_OVERRIDES  "{NOWHERE[1]}"' in text
    assert f"{SOURCE}:{ELSEWHERE[0]}  resolved, by SEEDREADER_READ_MORE_OVERRIDES" in text


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("accept", SOURCE, "²", "1"), "has no READ MORE line '²'"),
        (("accept", SOURCE, str(AMBIGUOUS[0]), "²"), "²: no story of the archive"),
        (("forget", SOURCE, "²"), 'no pin of "²"'),
    ],
)
def test_a_superscript_digit_is_no_number(seeds, args, said):
    result = links(seeds, *args, check=False)
    assert result.returncode == 1 and said in result.stderr and "Traceback" not in result.stderr


def test_a_links_file_of_another_name_in_the_seeds_folder_is_not_published(seeds, tmp_path):
    (seeds / "decisions.toml").write_text(f'["{SOURCE}"]\n"{NOWHERE[1]}" = false\n', encoding="utf-8")
    result = build(
        seeds,
        tmp_path / "out",
        search=False,
        strict=True,
        overrides={"SEEDREADER_PROGRESS": False, "SEEDREADER_LINKS_FILE": "decisions.toml"},
    )
    assert result.report["not_published"] == []
    assert result.report["summary"]["pinned"] == 1
    # links.toml is then a file like any other there.
    (seeds / "links.toml").write_text("", encoding="utf-8")
    report, _ = built(seeds, tmp_path / "again", SEEDREADER_LINKS_FILE="decisions.toml")
    assert [entry["source"] for entry in report["not_published"]] == ["links.toml"]


def test_the_dev_server_watches_a_links_file_outside_the_seeds_folder(seeds, tmp_path):
    elsewhere = tmp_path / "decisions" / "read-more.toml"
    settings = site_settings(tmp_path, SEEDREADER_LINKS_FILE=str(elsewhere))
    watched = devserver.default_watch(settings, str(seeds))
    assert str(seeds) in watched and str(elsewhere) in watched  # before it exists: a decision makes it
    elsewhere.parent.mkdir()
    elsewhere.write_text("", encoding="utf-8")
    assert str(elsewhere) in devserver.snapshot(watched)
    # In the seeds folder, it is watched with it.
    watched = devserver.default_watch(SETTINGS, str(seeds))
    assert str(seeds) in watched and not any(path.endswith(".toml") for path in watched)


def test_links_file_warnings_name_entries_as_the_file_writes_them_and_are_limited(
    seeds, tmp_path, caplog, monkeypatch
):
    pins = ['"Mayor says \\"no\\" to fares" = false', *(f'"fares rise {n} times" = false' for n in range(6))]
    (seeds / "links.toml").write_text("\n".join(['["world/gone.txt"]', *pins, ""]), encoding="utf-8")
    # Pelican's limit counts warnings per process: this build's count from nothing.
    monkeypatch.setattr(LimitFilter, "_group_count", defaultdict(int))
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    with caplog.at_level(logging.WARNING, logger="seedreader"):
        report, _ = built(seeds, tmp_path / "out")
    warnings = [w["warning"] for w in report["warnings"] if w["source"] == "seeds/links.toml"]
    assert len(warnings) == 7  # the report has them all
    assert any(
        w.startswith('["world/gone.txt"] "Mayor says \\"no\\" to fares": no seed world/gone.txt')
        for w in warnings
    )
    logged = [r.getMessage() for r in caplog.records if r.name == "seedreader.integration.site"]
    assert len(logged) == LimitFilter._threshold and logged[-1] == LINKS_LIMIT_MSG


def test_a_links_file_that_cannot_be_read_gives_no_pin_and_says_why(seeds):
    (seeds / "links.toml").write_text("[broken\n", encoding="utf-8")
    links_read = read_links(load_settings(SETTINGS, str(seeds)), [], [])
    assert links_read.pins == {} and "seeds/links.toml, line 1" in links_read.unreadable
