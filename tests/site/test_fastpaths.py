"""The fast paths give the same site as a plain build: byte for byte, on a generated archive.

Builds run in child processes with different hash seeds, so an order that depends on
Python's set or dict hashing (Pelican reads files in set order) shows up as a difference.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seedreader.integration.memory import Memory

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from sitekit import differences  # noqa: E402

#: Enough stories for the seeds to be read by workers (prefetch.PARALLEL_MIN_SEEDS) and
#: for many to share a date, in three sections.
STORIES = 150

BUILD = """
import json, sys
from seedreader.engine.build import build_site
seeds, output, overrides = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
build_site("pelicanconf.py", seeds=seeds, output=output, search=False, overrides=overrides)
"""


def build_in_child(seeds: Path, output: Path, hash_seed: int, **overrides) -> None:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    command = [sys.executable, "-c", BUILD, str(seeds), str(output), json.dumps(overrides)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    generate.generate(STORIES, str(root / "archive"), quiet=True)
    return root / "archive" / "seeds"


@pytest.fixture(scope="module")
def serial_site(archive, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("serial")
    build_in_child(archive, output, hash_seed=1, SEEDREADER_JOBS=1)
    return output


def test_parallel_build_is_byte_identical_to_serial(archive, serial_site, tmp_path):
    build_in_child(archive, tmp_path, hash_seed=2, SEEDREADER_JOBS=2)
    assert len(list(tmp_path.rglob("*.html"))) > STORIES
    assert differences(serial_site, tmp_path) == []


def test_serial_builds_agree_across_hash_seeds(archive, serial_site, tmp_path):
    # Stories that share a date used to come out in the order Pelican happened to read them.
    dates = [entry["date"] for entry in json.loads((serial_site / "api" / "articles.json").read_text())]
    assert len(set(dates)) < len(dates)
    build_in_child(archive, tmp_path, hash_seed=3, SEEDREADER_JOBS=1)
    assert differences(serial_site, tmp_path) == []


def edit_body(seeds: Path) -> str:
    path = sorted(seeds.rglob("*.txt"))[10]
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += " A sentence added in an edit."
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.relative_to(seeds).as_posix()


def edit_title(seeds: Path) -> str:
    # A story that others name in READ MORE lines: renaming it changes what they link to.
    truth = json.loads((seeds.parent / "truth.json").read_text())
    named = sorted({r["target"] for t in truth.values() for r in t["read_more"] if r["target"]})
    path = seeds / named[0]
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    path.write_text(text.replace(first, first + " again", 1), encoding="utf-8")
    return named[0]


def edit_date(seeds: Path) -> str:
    path = sorted(seeds.rglob("*.txt"))[20]
    old = path.stat()
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
    text = path.read_text(encoding="utf-8")
    text = text.replace("2015", "2016", 1) if "2015" in text else text.replace("20", "19", 1)
    path.write_text(text, encoding="utf-8")
    return path.relative_to(seeds).as_posix()


def clash_title(seeds: Path) -> str:
    # A story takes the title of a later one (by path): the later, unchanged story is renamed.
    headed = [p for p in sorted(seeds.rglob("*.txt")) if p.read_text(encoding="utf-8").startswith("Title:")]
    earlier, later = headed[5], headed[-5]
    title = later.read_text(encoding="utf-8").splitlines()[0]
    text = earlier.read_text(encoding="utf-8")
    earlier.write_text(text.replace(text.splitlines()[0], title, 1), encoding="utf-8")
    return earlier.relative_to(seeds).as_posix()


def add_story(seeds: Path) -> str:
    source = sorted(seeds.rglob("*.txt"))[30]
    target = source.with_name("zz-added-" + source.name)
    target.write_text(source.read_text(encoding="utf-8").replace(" the ", " a ", 3), encoding="utf-8")
    return target.relative_to(seeds).as_posix()


def remove_story(seeds: Path) -> str:
    path = sorted(seeds.rglob("*.txt"))[40]
    path.unlink()
    return path.relative_to(seeds).as_posix()


@pytest.mark.parametrize("jobs", [1, 2])
def test_incremental_rebuilds_match_full_builds(archive, tmp_path, jobs):
    from seedreader.engine.build import build_site

    seeds = tmp_path / "archive" / "seeds"
    shutil.copytree(archive.parent, tmp_path / "archive")
    overrides = {"SEEDREADER_JOBS": jobs, "SEEDREADER_PROGRESS": False}
    previous = tmp_path / "build-0"
    memory = Memory(keep=True)  # a rebuild in this process: the dev server's
    build_site(
        "pelicanconf.py",
        seeds=str(seeds),
        output=str(previous),
        search=False,
        overrides=overrides,
        previous_output=str(previous),
        memory=memory,
    )
    edits = [None, edit_body, edit_title, edit_date, clash_title, add_story, remove_story]
    for step, edit in enumerate(edits, 1):
        changed = edit(seeds) if edit else None
        output = tmp_path / f"build-{step}"
        build_site(
            "pelicanconf.py",
            seeds=str(seeds),
            output=str(output),
            search=False,
            overrides=overrides,
            previous_output=str(previous),
            memory=memory,
        )
        full = tmp_path / f"full-{step}"
        build_in_child(seeds, full, hash_seed=step, SEEDREADER_JOBS=1)
        assert differences(full, output) == [], f"after {edit.__name__ if edit else 'no change'}"
        pages = list(output.rglob("*.html"))
        kept = [p for p in pages if p.stat().st_nlink > 1]
        # Most pages are kept from the last build (hard links), not rendered again; all of them
        # when nothing changed (a page whose signature cannot be worked out is always rendered).
        assert len(kept) == len(pages) if edit is None else len(kept) > len(pages) / 2, edit
        if edit is clash_title:
            renamed = json.loads((output / "seedreader-report.json").read_text())["renamed"]
            assert len(renamed) == 1 and renamed[0]["source"] != changed, "the unchanged story is renamed"
        if changed and edit is not remove_story:
            entries = json.loads((output / "api" / "articles.json").read_text())
            # The story added is a near copy of another (``add_story``): listed under its copies.
            urls = {e["source"]: e["url"] for e in entries}
            urls.update({c["source"]: c["url"] for e in entries for c in e.get("copies", [])})
            assert page_file(output, urls[changed]).stat().st_nlink == 1, "the edited story is rendered"
        shutil.rmtree(previous)
        previous = output


def test_a_variable_a_theme_adds_is_followed_by_rebuilds(archive, tmp_path):
    # What a page depends on is derived from its template: article pages that show the newest
    # titled story (a site-wide list no hand-kept list named for them) follow its retitling.
    from seedreader.engine.build import build_site

    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    article = theme / "templates" / "article.html"
    text = article.read_text(encoding="utf-8")
    marker = "{% block content %}"
    newest = '{{ (articles|rejectattr("title_derived")|first).title }}'
    article.write_text(text.replace(marker, f'{marker}<p id="newest">{newest}</p>', 1), encoding="utf-8")
    seeds = tmp_path / "archive" / "seeds"
    shutil.copytree(archive.parent, tmp_path / "archive")
    overrides = {"SEEDREADER_JOBS": 1, "SEEDREADER_PROGRESS": False, "THEME": str(theme)}
    options = {"seeds": str(seeds), "search": False, "overrides": overrides}
    previous = tmp_path / "build-0"
    memory = Memory(keep=True)
    build_site(
        "pelicanconf.py", output=str(previous), previous_output=str(previous), memory=memory, **options
    )
    pages = (p.read_text(encoding="utf-8") for p in sorted(previous.rglob("*.html")))
    title = html.unescape(next(m for p in pages if (m := re.search(r'<p id="newest">([^<]+)</p>', p)))[1])
    path = next(p for p in seeds.rglob("*.txt") if f"Title: {title}\n" in p.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8").replace(title, title + " Again", 1), encoding="utf-8")
    output = tmp_path / "build-1"
    build_site("pelicanconf.py", output=str(output), previous_output=str(previous), memory=memory, **options)
    full = tmp_path / "full"
    build_site("pelicanconf.py", output=str(full), **options)
    assert sum(f"{title} Again</p>" in p.read_text(encoding="utf-8") for p in full.rglob("*.html")) > 50
    assert differences(full, output) == []


def test_a_template_page_outside_the_theme_is_followed_by_rebuilds(tmp_path):
    # TEMPLATE_PAGES are rendered from the content folder, an environment of their own.
    from seedreader.engine.build import build_site

    content = tmp_path / "content"
    seeds = content / "seeds"
    shutil.copytree(ROOT / "tests" / "fixtures" / "archive", seeds, ignore=shutil.ignore_patterns("*.json"))
    (content / "count.html").write_text("<p id=count>{{ articles|length }} stories</p>\n", encoding="utf-8")
    overrides = {
        "SEEDREADER_JOBS": 1,
        "SEEDREADER_PROGRESS": False,
        "PATH": str(content),
        "TEMPLATE_PAGES": {"count.html": "count.html"},
    }
    options = {"seeds": str(seeds), "search": False, "overrides": overrides}
    memory = Memory(keep=True)
    previous = tmp_path / "build-0"
    build_site(
        "pelicanconf.py", output=str(previous), previous_output=str(previous), memory=memory, **options
    )
    (seeds / "zz-lighthouse.txt").write_text(
        "Title: Lighthouse keeper retires after forty years\nDate: 2024-06-02 09:00\n\n"
        "ORLEN (OPA) – The last keeper of the Orlen lighthouse retired on Sunday after forty years.\n\n"
        "He will move to a cottage in the hills above the bay.\n",
        encoding="utf-8",
    )
    output = tmp_path / "build-1"
    build_site("pelicanconf.py", output=str(output), previous_output=str(previous), memory=memory, **options)
    full = tmp_path / "full"
    build_site("pelicanconf.py", output=str(full), **options)
    assert (full / "count.html").read_text() != (previous / "count.html").read_text()
    assert differences(full, output) == []


def page_file(output: Path, url: str) -> Path:
    return output / url / "index.html" if url.endswith("/") or not url else output / url


def test_a_build_shows_its_progress_unless_quiet(tmp_path, capfd):
    from seedreader.engine.build import build_site

    build_site("pelicanconf.py", output=str(tmp_path / "loud"), search=False)
    err = capfd.readouterr().err
    for step in ("seeds read", "READ MORE lines resolved", "pages written", "Site built"):
        assert step in err
    assert re.search(r"pages written \(\d+ unchanged, kept\) by \d+ processes in \d+\.\d s", err)
    build_site(
        "pelicanconf.py",
        output=str(tmp_path / "quiet"),
        search=False,
        overrides={"SEEDREADER_PROGRESS": False},
    )
    err = capfd.readouterr().err
    assert not any(step in err for step in ("seeds read", "pages written", "Site built"))


def test_invoke_build_offers_quiet_and_jobs():
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "--help", "build"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--quiet" in result.stdout and "--jobs" in result.stdout


def test_the_dev_servers_rebuilds_match_full_builds(archive, tmp_path):
    from seedreader.tools import devserver

    seeds = tmp_path / "archive" / "seeds"
    shutil.copytree(archive.parent, tmp_path / "archive")
    site = devserver.make_site(
        str(ROOT / "pelicanconf.py"), str(tmp_path / "served"), seeds=str(seeds), watch=[str(seeds)]
    )
    builder = devserver.Builder(site)
    try:
        assert builder.build()
        index = tmp_path / "served" / "pagefind" / "pagefind-entry.json"
        assert index.exists()
        for step, edit in enumerate([edit_body, add_story, remove_story, edit_title], 1):
            changed = edit(seeds)
            assert builder([str(seeds / changed)])
            full = tmp_path / f"full-{step}"
            build_in_child(seeds, full, hash_seed=step, SEEDREADER_JOBS=1)
            served = tmp_path / "served"
            # The search index of the first build is kept (rebuilt only with --search).
            assert differences(full, served) == ["pagefind"], f"after {edit.__name__}"
    finally:
        builder.close()


def test_period_archives_are_pelicans(archive, tmp_path):
    # SortedArticlesGenerator finds each period's stories by a set; Pelican's own test is quadratic.
    from pelican.generators import ArticlesGenerator

    from seedreader.engine import build
    from seedreader.engine.build import build_site

    days = "{date:%Y}/{date:%m}/{date:%d}/index.html"
    memory = Memory()  # holds the build's Pelican object until released
    build_site(
        "pelicanconf.py",
        seeds=str(archive),
        output=str(tmp_path),
        search=False,
        overrides={"SEEDREADER_JOBS": 1, "SEEDREADER_PROGRESS": False, "DAY_ARCHIVE_SAVE_AS": days},
        memory=memory,
    )
    generator = next(g for g in memory.held.generators if isinstance(g, ArticlesGenerator))
    ours = generator._build_period_archives(generator.dates, generator.articles, generator.settings)
    pelicans = ArticlesGenerator._build_period_archives(
        generator, generator.dates, generator.articles, generator.settings
    )
    assert set(ours) == {"year", "month", "day"} and ours == pelicans
    assert sum(len(a["articles"]) for a in ours["month"]) == len(generator.articles)
    build.release(memory)


@pytest.mark.parametrize(
    "setting",
    [
        {"SEEDREADER_AGENCIES": (("Harbour Newswire", "Harbour News"),)},
        {"SEEDREADER_SLUG_MAX_CHARS": 24},
    ],
    ids=["agencies", "slug length"],
)
def test_a_rebuild_after_a_reading_setting_changed_matches_a_full_build(tmp_path, setting):
    # The build memory keeps each seed as read under the reading settings: another value reads it again.
    from seedreader.engine.build import build_site

    seeds = str(ROOT / "seeds")
    quiet = {"SEEDREADER_PROGRESS": False, "SEEDREADER_JOBS": 1}
    memory = Memory(keep=True)
    first, second, full = tmp_path / "first", tmp_path / "second", tmp_path / "full"
    options = {"seeds": seeds, "search": False, "memory": memory}
    build_site("pelicanconf.py", output=str(first), previous_output=str(first), overrides=quiet, **options)
    changed = {**quiet, **setting}
    build_site("pelicanconf.py", output=str(second), previous_output=str(first), overrides=changed, **options)
    build_site("pelicanconf.py", seeds=seeds, output=str(full), search=False, overrides=changed)
    assert differences(first, full), "the setting changes the site"
    assert differences(full, second) == []
