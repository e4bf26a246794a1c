"""The benchmark's verdicts on issue 6's targets, from its medians (no timing here), and its archives.

``bench/run.py`` turns the medians of alternating builds into ratios and targets; these
tests give it measured rows of known value and check what it concludes. The generator's
link modes (within storylines, across the archive, mixed, none) are checked on 200 stories.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
import run  # noqa: E402


def row(wall: float, cpu: float | None = None, peak: float = 100.0, **phases) -> dict:
    return {"wall_s": wall, "cpu_s": cpu if cpu is not None else wall, "peak_rss_mib": peak, "phases": phases}


def results(ours: float, pelican: float, hugo: float, edit: float, big: float, index_mib: float) -> dict:
    return {
        5000: {
            "builds": {
                "seedreader": row(ours),
                "pelican": row(pelican),
                "hugo": row(hugo),
                "devserver-edit": row(edit),
                "seedreader+search": row(2 * ours),
            }
        },
        50000: {
            "builds": {
                "seedreader": row(big),
                "pelican": row(10 * pelican),
                "seedreader+search": row(2 * big, peak=5000, pagefind_peak_rss_mib=index_mib),
            }
        },
    }


def verdicts(measured: dict) -> dict:
    return {r["target"]: r["met"] for r in run.targets(measured)}


def test_targets_met_and_missed_by_the_medians():
    met = verdicts(results(ours=9.0, pelican=18.0, hugo=5.0, edit=1.8, big=95.0, index_mib=3000))
    assert len(met) == 5 and all(met.values())
    missed = verdicts(results(ours=12.0, pelican=18.0, hugo=5.0, edit=2.5, big=140.0, index_mib=4500))
    assert not any(missed.values())


def test_ratios_are_of_wall_cpu_and_memory_medians():
    ratios = run.ratios(results(ours=9.0, pelican=18.0, hugo=4.5, edit=1.8, big=95.0, index_mib=3000)[5000])
    assert ratios["seedreader/pelican"] == {"wall": 0.5, "cpu": 0.5, "peak_rss": 1.0}
    assert ratios["seedreader/hugo"]["wall"] == 2.0


def test_invoke_bench_runs_the_benchmark_with_its_options():
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "--help", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    options = ("--sizes", "--repeat", "--[no-]hugo", "--merge", "--links")
    assert all(option in result.stdout for option in options)


# --- The generator's link modes ---------------------------------------------------------------

#: tree_hash of ``generate(200, ...)`` computed before link modes existed: ``within`` must not move.
WITHIN_200 = "50d35d1181c54c39c75ae5a78f4c58af38da2b9fa713f29cd80c943a0d5bf696"


def tree_hash(root: Path) -> str:
    """One hash of every file's path and bytes, but meta.json and .complete (they hold a timing)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel not in ("meta.json", ".complete"):
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def in_archive_refs(links: str, count: int = 200):
    """(source, target) stories of every READ MORE line naming an archive story, as planned."""
    _, _, stories = generate.plan(count, links)
    return stories, [(s, stories[j]) for s in stories for _, j, _ in s.read_more if j is not None]


def test_within_is_todays_archive_byte_for_byte(tmp_path):
    meta = generate.generate(200, str(tmp_path / "default"), quiet=True)
    assert tree_hash(tmp_path / "default") == WITHIN_200
    generate.generate(200, str(tmp_path / "within"), quiet=True, links="within")
    assert tree_hash(tmp_path / "within") == WITHIN_200
    assert meta["links"] == "within" and meta["read_more_across"] == 0
    # Archives cached before link modes stay valid; the other modes have their own folders.
    assert Path(generate.archive_dir(200, str(tmp_path))).name == f"v{generate.GENERATOR_VERSION}-n200"
    assert Path(generate.archive_dir(200, str(tmp_path), "across")).name.endswith("-n200-across")


@pytest.mark.parametrize("links", ["across", "mixed", "none"])
def test_each_mode_is_deterministic_and_its_own(tmp_path, links):
    generate.generate(200, str(tmp_path / "here"), quiet=True, links=links)
    # Another process with another string hash seed writes the same bytes.
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            "200",
            "--links",
            links,
            "--out",
            str(tmp_path / "there"),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert tree_hash(tmp_path / "here") == tree_hash(tmp_path / "there") != WITHIN_200


def test_across_targets_lie_in_other_storylines_mostly_earlier():
    _, within = in_archive_refs("within")
    stories, across = in_archive_refs("across")
    assert within and all(t.storyline is s.storyline for s, t in within)
    crossing = [(s, t) for s, t in across if t.storyline is not s.storyline]
    assert len(across) == len(within) and len(crossing) >= 0.95 * len(across)
    assert sum(t.index < s.index for s, t in across) >= 0.9 * len(across)
    # Targets come from the whole archive: many storylines, not the few next to the source.
    assert len({t.storyline.project for _, t in across}) > len(stories) // generate.STORYLINE_SIZE // 2
    for story in stories:
        named = [j for _, j, _ in story.read_more if j is not None]
        assert len(named) == len(set(named)) and story.index not in named


def test_mixed_crosses_about_thirty_percent():
    _, mixed = in_archive_refs("mixed")
    share = sum(t.storyline is not s.storyline for s, t in mixed) / len(mixed)
    assert 0.2 <= share <= 0.4


def test_truth_and_seeds_name_the_planned_targets(tmp_path):
    meta = generate.generate(200, str(tmp_path), quiet=True, links="across")
    stories, refs = in_archive_refs("across")
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    path = {s.index: f"{s.category}/{s.name}.txt" for s in stories}
    for story in stories:
        entry = truth[path[story.index]]
        assert [(r["headline"], r["target"]) for r in entry["read_more"]] == [
            (h, None if j is None else path[j]) for h, j, _ in story.read_more
        ]
        seed = (tmp_path / "seeds" / path[story.index]).read_text(encoding="utf-8")
        lines = [line[len("READ MORE: ") :] for line in seed.splitlines() if line.startswith("READ MORE: ")]
        assert sorted(lines) == sorted(h for h, _, _ in story.read_more)
    assert meta["read_more_across"] == sum(t.storyline is not s.storyline for s, t in refs) > 0


def _without(root: Path, sub: str, prefix: str) -> dict[str, str]:
    """Every file under ``root/sub`` with its READ MORE paragraphs (and their blank line) left out."""
    out = {}
    for path in sorted((root / sub).rglob("*.*")):
        text = path.read_text(encoding="utf-8")
        out[path.relative_to(root).as_posix()] = re.sub(rf"\n\n{re.escape(prefix)}[^\n]*", "", text)
    return out


def test_none_is_the_same_stories_without_read_more_lines(tmp_path):
    generate.generate(200, str(tmp_path / "within"), quiet=True)
    generate.generate(200, str(tmp_path / "across"), quiet=True, links="across")
    meta = generate.generate(200, str(tmp_path / "none"), quiet=True, links="none")
    none = tmp_path / "none"
    texts = [p.read_text(encoding="utf-8") for p in none.rglob("*.*") if p.suffix in (".txt", ".md")]
    assert len(texts) == 600 and not any("READ MORE" in t for t in texts)
    truth = json.loads((none / "truth.json").read_text(encoding="utf-8"))
    assert meta["read_more"] == 0 and not any(t["read_more"] for t in truth.values())
    # Seeds, Markdown and Hugo twins: every mode the same text but for the READ MORE lines.
    twins = (("seeds", "READ MORE: "), ("markdown", "**READ MORE:** "), ("hugo", "**READ MORE:** "))
    for sub, prefix in twins:
        bare = _without(none, sub, prefix)
        assert bare == _without(tmp_path / "within", sub, prefix)
        assert bare == _without(tmp_path / "across", sub, prefix)


def test_an_unknown_mode_is_refused(tmp_path):
    with pytest.raises(ValueError):
        generate.generate(20, str(tmp_path / "x"), quiet=True, links="sideways")
    assert not (tmp_path / "x").exists()
    assert run.link_modes("within, across,within") == ["within", "across"]
    with pytest.raises(argparse.ArgumentTypeError):
        run.link_modes("within,sideways")


# --- What run.py reports of each build's output -------------------------------------------------


def write_site(root: Path, pages: dict[str, int]) -> None:
    for rel, size in pages.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x" * size)


def test_output_size_counts_bytes_pages_and_the_largest_page(tmp_path):
    write_site(
        tmp_path,
        {
            "index.html": 300,
            "a/b/index.html": 900,
            "feeds/all.atom.xml": 5000,
            "c/index.html": 900,
            "theme/site.css": 40,
        },
    )
    assert run.output_size(str(tmp_path)) == {
        "output_bytes": 7140,
        "output_files": 5,
        "html_pages": 3,
        "largest_html_bytes": 900,
        "largest_html": "a/b/index.html",
    }


def fake_build(pages: dict[str, int], wall: float):
    def build(self, output, *args, **kwargs):
        write_site(Path(output), pages)
        return {
            "wall_s": wall,
            "cpu_s": wall,
            "user_s": wall,
            "sys_s": 0.0,
            "peak_rss_mib": 50.0,
            "other_cores": 0.0,
        }

    return build


def test_each_full_build_reports_its_output_beside_the_baseline(tmp_path, monkeypatch):
    """run_size sizes every full build's output; the tables, ratios and issue 12's bounds show it."""
    ours_pages = {"index.html": 3000, "s/big/index.html": 250_000}
    monkeypatch.setattr(run.Bench, "seedreader", fake_build(ours_pages, 4.0))
    monkeypatch.setattr(run.Bench, "pelican", fake_build({"index.html": 1000, "p/index.html": 1500}, 8.0))
    args = argparse.Namespace(
        cache=str(tmp_path / "cache"),
        workdir=str(tmp_path / "work"),
        settings=str(ROOT / "pelicanconf.py"),
        repeat=1,
        full=True,
        incremental=False,
        baseline_incremental=False,
        keep=False,
    )
    result = run.run_size(200, args, None, lambda text: None, links="mixed")
    assert result["links"] == "mixed" and result["archive"]["links"] == "mixed"
    ours, theirs = result["builds"]["seedreader"], result["builds"]["pelican"]
    assert (ours["output_bytes"], ours["html_pages"], ours["largest_html_bytes"], ours["largest_html"]) == (
        253_000,
        2,
        250_000,
        "s/big/index.html",
    )
    assert (theirs["output_bytes"], theirs["html_pages"], theirs["largest_html"]) == (2500, 2, "p/index.html")
    assert result["builds"]["seedreader+search"]["output_bytes"] == 253_000
    assert run.ratios(result)["seedreader/pelican"]["output"] == round(253_000 / 2500, 2)
    by_links = {"mixed": {200: result}}
    table = "\n".join(run.table(by_links))
    assert "| 200 | mixed | (a) Seed Reader, no search |" in table
    assert "| 0.3 | 2 | 250 KB `s/big/index.html` |" in table  # output MB, pages, largest page
    assert "| 0.0 | 2 | 2 KB `p/index.html` |" in table
    ratio_table = "\n".join(run.ratio_table(by_links))
    assert "| 200 | mixed | seedreader/pelican | 0.50 | 0.50 | 1.00 | 101.20 |" in ratio_table
    # Issue 12's bounds: the largest page, and the output against the same stories without READ MORE.
    bare = {"builds": {"seedreader": {"output_bytes": 200_000}}}
    verdicts = {r["target"]: r for r in run.all_targets({**by_links, "none": {200: bare}})["mixed"]}
    page = verdicts["largest HTML page at 200 <= 200 KB (issue 12, no search)"]
    assert page["met"] is False and "s/big/index.html" in page["measured"]
    output = verdicts["output at 200 <= 1.5 x the same stories without READ MORE lines (issue 12, no search)"]
    assert output["met"] is True and output["measured"].startswith("1.26 x")
    rows = run.target_table({**by_links, "none": {200: bare}})
    assert f"| mixed | {page['target']} | 250 KB (s/big/index.html) | **no** |" in rows


def test_results_before_link_modes_read_as_within():
    old = {"results": {"5000": {"builds": {}}}}
    assert run.read_results(old) == {"within": {5000: {"builds": {}}}}
    new = {"results": {"across": {"5000": {"builds": {}}}}}
    assert run.read_results(new) == {"across": {5000: {"builds": {}}}}
