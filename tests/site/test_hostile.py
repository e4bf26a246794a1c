"""Hostile seed folders: nothing but the site is published, no seed fails the build, no stale page stays.

One build over ``tests/fixtures/hostile`` plus the demo archive, with what a file system
cannot keep in git made at test time (links, a FIFO, control bytes, secrets), then every
output read back.
"""

import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.log import LimitFilter
from sitekit import DEMO_SEEDS, PROJECT, SETTINGS, build, every_story

from seedreader.engine.build import BuildFailed
from seedreader.integration.articles import RENAMED_LIMIT_MSG
from seedreader.integration.outputs import RECORD
from seedreader.text.decode import UNDATED_LIMIT_MSG, UNDATED_WARNING

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile"
#: A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
#: Entries of the seeds folder that must be reported as not published, with words of the reason.
NOT_PUBLISHED = {
    ".env": "hidden",
    "hostile/.hidden-draft.txt": "hidden",
    "id_rsa": "no .txt extension",
    "README": "no .txt",
    "evil.svg": "scripts",
    "page.html": "scripts",
    "page.htm": "scripts",
    "page.md": "not a seed",
    "page.markdown": "not a seed",
    "notes.rst": "not a seed",
    "story.text": "not a seed",
    "passwd.txt": "outside the seeds folder",
    "etc": "outside the seeds folder",
    "zero.txt": "outside the seeds folder",
    "fifo.txt": "special file (FIFO)",
    "dangling.txt": "broken link",
    "loop-a": "the same folder",
    "loop-b": "the same folder",
    "again.txt": "the same file",
    "hostile/photos/stray.png": "no seed names",
}


def _seed(title: str, body: str, date: str = "2026-02-11") -> str:
    return f"Title: {title}\nDate: {date}\n\n{body}\n\nSource: QPA\n"


def make_hostile(root: Path) -> Path:
    """The hostile folder: the committed fixtures, the demo archive, and what git cannot hold."""
    seeds = root / "seeds"
    shutil.copytree(HOSTILE, seeds / "hostile")
    shutil.copytree(DEMO_SEEDS, seeds / "demo")
    h = seeds / "hostile"
    (h / "photos").mkdir(exist_ok=True)  # git keeps no empty folder
    (h / "photos" / "lighthouse.png").write_bytes(PNG)
    (h / "photos" / "stray.png").write_bytes(PNG)
    suffix = hashlib.sha1(b"hostile/live-2.txt").hexdigest()[:6]
    (h / "live-suffix.txt").write_text(
        _seed(
            f"Live updates {suffix}",
            "A story titled like a renamed one, in the fictional town of Brask, officials said.",
            "2026-02-20",
        )
    )
    filler = " ".join(["The fictional Tarnel harbour board met on Monday to talk about the quay."] * 12)
    controls = (
        f"Crews\f cleared\a the\v fictional\x1b Tarnel quay on Monday,\x85 the harbour said.\n\n{filler}"
    )
    (h / "control-characters.txt").write_text(_seed("Tarnel quay cleared", controls), encoding="utf-8")
    (h / "noncharacters.txt").write_text(
        _seed(
            "Brask \ufffe bridge \uffff reopens",
            "The fictional Brask bridge reopened on Monday, the roads office said.",
        )
    )
    (h / "offset-header.txt").write_text(
        "Title: Orrin mill sold\nDate: 2026-01-01T10:00:00+25:00\n\n"
        "The fictional Orrin mill was sold at auction, the parish said.\n"
    )
    (h / "offset-line.txt").write_text(
        "Orrin school gets a new roof\n\nWed, 07 Jan 2026 10:00:00 +2400\n\n"
        "The fictional Orrin school got a new roof, the parish said.\n"
    )
    good = _seed(
        "Quillan tram line extended",
        "The fictional Quillan tram line now reaches the harbour "
        "gate, the city said. Riders welcomed the change.",
    ).encode()
    (h / "one-nul.txt").write_bytes(good.replace(b"harbour gate", b"harbour\x00 gate"))
    (h / "one-bad-byte.txt").write_bytes(good.replace(b"Riders", b"Ri\xffders"))
    (h / "utf16-no-bom.txt").write_bytes(
        _seed(
            "Brask choir wins prize", "The fictional Brask choir won the regional prize, its director said."
        ).encode("utf-16-le")
    )
    (h / "ansi-colours.txt").write_text(
        _seed(
            "Tarnel\x1b[31m ferry\x1b[0m timetable",
            "The fictional \x1b[1mTarnel\x1b[0m ferry has a new timetable, the operator said.",
        )
    )
    (h / "legit-mojibake.txt").write_text(
        _seed(
            "A guide to garbled letters",
            "Broken software shows the letter é as Ã© on old screens, the fictional guide said.",
        )
    )
    (h / "UPPER.TXT").write_text(
        _seed(
            "Orrin bakery wins award",
            "The fictional Orrin bakery won a regional award for its rye bread, judges said.",
        )
    )
    (h / ".hidden-draft.txt").write_text(_seed("Hidden draft", "Not to be published."))
    for name, text in {
        ".env": "API_KEY=secret-value-123\n",
        "id_rsa": "-----BEGIN KEY-----\nsecret\n",
        "README": "notes\n",
        "story.text": "A story with the wrong extension.\n",
        "evil.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "page.html": "<p>page</p>",
        "page.htm": "<p>page</p>",
        "page.md": "# page\n",
        "page.markdown": "# page\n",
        "notes.rst": "Notes\n=====\n",
    }.items():
        (seeds / name).write_text(text)
    (seeds / ".git").mkdir()
    (seeds / ".git" / "config").write_text("[remote]\nurl = https://token@example.invalid/repo\n")
    (seeds / "links.toml").write_text("# READ MORE pins\n")
    os.symlink("/etc/passwd", seeds / "passwd.txt")
    os.symlink("/etc", seeds / "etc")
    os.symlink("/dev/zero", seeds / "zero.txt")
    os.symlink("nowhere.txt", seeds / "dangling.txt")
    os.symlink(".", seeds / "loop-a")
    os.symlink(".", seeds / "loop-b")
    os.symlink("hostile/live-1.txt", seeds / "again.txt")
    os.mkfifo(seeds / "fifo.txt")
    return seeds


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = make_hostile(root)
    output = seeds / "site"  # an output folder inside the seeds folder, built twice
    build(seeds, output, search=False)
    result = build(seeds, output, search=True)
    return seeds, output, result.report


def test_nothing_but_the_site_is_published(hostile):
    seeds, output, report = hostile
    refused = {n["source"]: n["reason"] for n in report["not_published"]}
    for name, words in NOT_PUBLISHED.items():
        assert words in refused.get(name, ""), (name, refused.get(name))
    assert not {n for n in refused if n.startswith((".git", "links.toml", "site"))}
    files = [p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()]
    assert [f for f in files if f.startswith(("seeds/", "hostile/", "demo/"))] == []
    assert [f for f in files if f.endswith(".svg") and not f.startswith("theme/")] == []
    assert [f for f in files if Path(f).name.startswith(".") and f != RECORD] == []
    assert "media/hostile/photos/lighthouse.png" in files
    assert not [f for f in files if "stray" in f]
    everything = b"".join(p.read_bytes() for p in output.rglob("*") if p.is_file())
    for secret in (b"secret-value-123", b"BEGIN KEY", b"token@example", b"root:x:0:0", str(seeds).encode()):
        assert secret not in everything, secret
    # The seeds folder's own entries are not stories (robots.txt of the first build, /etc).
    sources = {e["source"] for e in json.loads((output / "api" / "articles.json").read_text())}
    assert not [s for s in sources if s.startswith(("site/", "etc/")) or s in ("passwd.txt", "again.txt")]
    with pytest.raises(BuildFailed, match="not published"):
        build(seeds, seeds.parent / "strict", search=False, strict=True)


def test_every_readable_seed_is_a_page_and_stray_bytes_lose_nothing(hostile):
    seeds, output, report = hostile
    entries = every_story(output)  # its seeds share their words: some are copies of others
    skipped = {s["source"] for s in report["skipped"]}
    for path in (seeds / "hostile").rglob("*"):
        if path.is_file() and path.name.endswith((".txt", ".TXT")) and not path.name.startswith("."):
            source = path.relative_to(seeds).as_posix()
            assert source in entries or source in skipped, source
    assert not skipped, report["skipped"]
    for name, words in {
        "one-nul.txt": "harbour",
        "one-bad-byte.txt": "tram line",
        "utf16-no-bom.txt": "choir",
        "ansi-colours.txt": "Tarnel",
        "control-characters.txt": "Tarnel",
    }.items():
        entry = entries[f"hostile/{name}"]
        assert words in entry["title"] + entry["lede"], (name, entry)
    assert "\x1b" not in json.dumps(entries) and "[31m" not in entries["hostile/ansi-colours.txt"]["title"]
    assert "Ã©" in entries["hostile/legit-mojibake.txt"]["lede"]
    assert entries["hostile/offset-header.txt"]["url"]
    assert entries["hostile/UPPER.TXT"]["title"] == "Orrin bakery wins award"


def test_every_output_is_well_formed(hostile):
    _, output, _ = hostile
    xml = [p for p in output.rglob("*.xml")]
    assert len(xml) >= 3
    for path in xml:
        ET.parse(path)
    for path in output.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for path in output.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        ids = Counter(tag["id"] for tag in page.find_all(id=True))
        assert [i for i, n in ids.items() if n > 1] == [], path
    feeds = (output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "\ufffe" not in feeds and "\f" not in feeds


def test_same_titles_get_distinct_checked_urls(hostile):
    _, output, report = hostile
    entries = json.loads((output / "api" / "articles.json").read_text())
    live = [e for e in entries if e["title"].startswith("Live updates")]
    assert len(live) == 4 and len({e["url"] for e in live}) == 4
    urls = [e["url"] for e in entries]
    assert len(urls) == len(set(urls))


def test_images_only_from_inside_the_seeds_folder(hostile):
    _, output, _ = hostile
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}

    def images(source):
        page = output / entries[source]["url"] / "index.html"
        return [img["src"] for img in BeautifulSoup(page.read_text(), "html.parser").select("article img")]

    named = images("hostile/image-named.txt")
    assert len(named) == 1 and named[0].endswith("media/hostile/photos/lighthouse.png")
    page = output / entries["hostile/image-named.txt"]["url"]
    assert (page / named[0]).resolve() == (output / "media/hostile/photos/lighthouse.png").resolve()
    assert images("hostile/image-escapes.txt") == []
    assert images("hostile/image-missing.txt") == []


def test_undated_stories_have_no_date_and_a_stable_url(hostile, tmp_path):
    _, output, _ = hostile
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}
    undated = entries["hostile/undated.txt"]
    assert undated["date"] is None and undated["url"].startswith("undated/")
    page = BeautifulSoup((output / undated["url"] / "index.html").read_text(), "html.parser")
    assert page.select(".story-facts time") == [] and "Undated" in page.select_one(".story-facts").get_text()
    assert "1970" not in page.get_text()
    assert entries["hostile/2024-05-06-orrin-ferry.txt"]["date"].startswith("2024-05-06")
    assert "1970" not in (output / "archives" / "index.html").read_text()
    assert not (output / "1970").exists()
    for feed in ("all.atom.xml", "all.rss.xml", "all.json"):
        text = (output / "feeds" / feed).read_text()
        assert undated["url"] not in text and "Orrin ferry" in text, feed  # the dated one is there
    # A copy with other file times builds the same site.
    seeds = tmp_path / "seeds"
    shutil.copytree(HOSTILE, seeds)
    (seeds / "photos").mkdir(exist_ok=True)
    (seeds / "photos" / "lighthouse.png").write_bytes(PNG)
    build(seeds, tmp_path / "one", search=False)
    for path in seeds.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    build(seeds, tmp_path / "two", search=False)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_many_undated_or_renamed_seeds_log_a_few_lines_and_the_report_lists_all(
    tmp_path, caplog, monkeypatch
):
    # An archive of scraped pages: nine undated stories under one headline. The log names the
    # first few of each kind and says there are more; the build report has every one.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    places = ("Korrin", "Tarnvik", "Velmora", "Orrin", "Osk", "Ambleth", "Kessora", "Lisk", "Pellinor")
    for n, place in enumerate(places):
        (seeds / f"{place.lower()}.txt").write_text(
            f"Title: Harbour works begin\n\nBuilders in {place} started work on a new harbour wall, "
            f"the {n + 2}nd such project on the coast, the port office of {place} said.\n",
            encoding="utf-8",
        )
    # Pelican's limit counts warnings per process: this build's count from nothing.
    monkeypatch.setattr(LimitFilter, "_group_count", defaultdict(int))
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    with caplog.at_level(logging.WARNING, logger="seedreader"):
        report = build(seeds, tmp_path / "out", search=False, overrides={"SEEDREADER_PROGRESS": False}).report
    undated = [w for w in report["warnings"] if w["warning"] == UNDATED_WARNING]
    assert len(undated) == len(places) and len(report["renamed"]) == len(places) - 1
    logged = [r.getMessage() for r in caplog.records]
    for limit_msg, kind in ((UNDATED_LIMIT_MSG, UNDATED_WARNING), (RENAMED_LIMIT_MSG, "its URL is taken")):
        lines = [m for m in logged if kind in m or m == limit_msg]
        assert len(lines) == LimitFilter._threshold and lines[-1] == limit_msg, lines


def tree(folder: Path) -> dict:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_build_into_an_old_output_leaves_what_a_fresh_build_makes(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(DEMO_SEEDS, seeds)
    shutil.copy(HOSTILE / "live-1.txt", seeds / "extra.txt")
    output = tmp_path / "out"
    build(seeds, output, search=True)
    (output / "CNAME").write_text("news.example\n")  # not the build's: stays
    # What a killed build leaves behind.
    (output / ".seedreader-work" / "site" / "2020").mkdir(parents=True)
    (output / ".seedreader-work" / "site" / "2020" / "old.html").write_text("<p>half</p>")
    (output / ".search-shard-0").mkdir()
    (output / ".search-shard-0" / "index.html").write_text("<p>copy</p>")
    leftover = Path("/tmp") / "seedreader-build-999999999-leftover"
    leftover.mkdir(exist_ok=True)
    beside = tmp_path / "seedreader-search-999999999-leftover"  # search scratch next to the output
    beside.mkdir()
    (seeds / "extra.txt").unlink()
    build(seeds, output, search=True)
    build(seeds, tmp_path / "fresh", search=True)
    again = tree(output)
    assert again.pop("CNAME") == b"news.example\n"
    assert again == tree(tmp_path / "fresh")
    assert not leftover.exists() and not beside.exists()
    assert b"live-updates" not in again["sitemap.xml"]


def test_clean_output_keeps_only_retained_names(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(HOSTILE, seeds)
    output = tmp_path / "out"
    output.mkdir()
    (output / "CNAME").write_text("news.example\n")
    (output / "old-page.html").write_text("<p>from another tool</p>")
    overrides = {"DELETE_OUTPUT_DIRECTORY": True, "OUTPUT_RETENTION": ["CNAME"]}
    build(seeds, output, search=False, overrides=overrides)
    assert (output / "CNAME").read_text() == "news.example\n"
    assert not (output / "old-page.html").exists()
    (output / "old-page.html").write_text("<p>again</p>")
    build(seeds, output, search=False)  # without DELETE_OUTPUT_DIRECTORY: a file it never wrote stays
    assert (output / "old-page.html").exists()


def test_adding_stories_moves_no_other_url(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(HOSTILE, seeds)
    before = {e["source"]: e["url"] for e in _manifest(build(seeds, tmp_path / "one", search=False).output)}
    (seeds / "aa-new.txt").write_text(
        _seed(
            "Quillan opens a ferry museum",
            "The fictional Quillan ferry museum opened on Friday, the city said.",
        )
    )
    (seeds / "aa-live.txt").write_text(_seed("Live updates", "A live page, said officials.", "2026-02-24"))
    (seeds / "zz-undated.txt").write_text(
        "Volunteers in the fictional village of Orrin painted the school fence, the parish said.\n"
    )
    after = {e["source"]: e["url"] for e in _manifest(build(seeds, tmp_path / "two", search=False).output)}
    moved = {source for source in before if after[source] != before[source]}
    # Only a same-title clash may move a URL: "aa-live.txt" sorts before the live pages and takes theirs.
    assert moved <= {"live-1.txt", "live-2.txt", "live-3.txt"}
    assert len(set(after.values())) == len(after)


def _manifest(output) -> list:
    return json.loads((Path(output) / "api" / "articles.json").read_text())


def test_killing_a_build_stops_its_children(tmp_path):
    # Every process that writes pages waits a minute (a handler on a signal each of them
    # sends): the build's processes are certain to be alive when the command is killed.
    marker = f"seedreader-kill-test-{os.getpid()}"
    code = textwrap.dedent(f"""
        import sys, time
        from pelican import signals
        from seedreader.engine.build import build_site

        def wait(*args, **kwargs):
            time.sleep(60)

        signals.article_writer_finalized.connect(wait, weak=False)
        build_site({SETTINGS!r}, seeds={str(DEMO_SEEDS)!r}, output={str(tmp_path / "out")!r}, search=True)
    """)
    parent = subprocess.Popen([sys.executable, "-c", code, marker], cwd=PROJECT)
    deadline = time.monotonic() + 60
    while len(_processes(marker)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(_processes(marker)) >= 3, "the build forked no build process and page writer"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while _processes(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes(marker) == []


def _processes(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().split()[2]
            except OSError:
                continue
            if marker.encode() in cmdline and state != "Z":
                found.append(int(entry.name))
    return found


# -- property: any folder of hostile pieces -------------------------------------------------------

#: Real paths of the files opened while ``_WATCHING`` (an audit hook: hooks cannot be removed).
_OPENED: set[str] = set()
_WATCHING: list[bool] = []


def _watch_opens(event, args):
    if _WATCHING and event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        with contextlib.suppress(OSError, ValueError, TypeError):
            _OPENED.add(os.path.realpath(os.fsdecode(args[0])))


sys.addaudithook(_watch_opens)

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_WORDS = st.lists(
    st.sampled_from(["Quillan", "harbour", "ferry", "council", "said", "the", "new", "Brask"]),
    min_size=3,
    max_size=12,
).map(" ".join)
_PIECE = st.one_of(
    _WORDS,
    _TEXT,
    st.sampled_from(
        [
            "\f",
            "\a",
            "\v",
            "\x1b[31m",
            "\x00",
            "\ufffe",
            "\uffff",
            "<script>x()</script>",
            "<a href='https://evil.example'>x</a>",
            "{static}/../../etc/passwd",
            "{filename}/x.txt",
            "Date: 2026-01-01T10:00:00+25:00",
            "Date: 0000-00-00",
            "READ MORE: Live updates",
            "Source: <b>AFP</b>",
            "Image: ../../etc/hostname.png",
            "Title: Live updates",
            "'Main'",
        ]
    ),
)
_STORY = st.lists(_PIECE, min_size=1, max_size=8).map("\n\n".join)
_NAME = st.sampled_from(
    [
        "a.txt",
        "B.TXT",
        "c d.txt",
        "-dash.txt",
        "é.txt",
        "x.text",
        "y",
        ".h.txt",
        "z.svg",
        "2025-03-04-dated.txt",
        "sub/e.txt",
        "sub/.git/config",
        "links.toml",
    ]
)
_LINK = st.sampled_from(["outside", "inside", "dot", "dangling"])


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(_NAME, _STORY, min_size=1, max_size=6),
    st.lists(_LINK, max_size=3),
    st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_any_hostile_folder_builds_and_publishes_only_the_site(tmp_path_factory, files, links, encoding):
    root = tmp_path_factory.mktemp("prop")
    seeds = root / "seeds"
    seeds.mkdir()
    canary = root / "outside.txt"
    canary.write_text("Title: Outside\n\nCANARY-OUTSIDE-TOKEN in a file outside the seeds folder.\n")
    for name, text in files.items():
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding, errors="replace"))
    for number, kind in enumerate(links):
        target = {"outside": str(canary), "inside": "a.txt", "dot": ".", "dangling": "none.txt"}[kind]
        os.symlink(target, seeds / f"link-{number}.txt")
    output = root / "out"
    _OPENED.clear()
    _WATCHING.append(True)
    try:
        result = build(seeds, output, search=False)
    finally:
        _WATCHING.clear()
    assert os.path.realpath(canary) not in _OPENED, "a file outside the seeds folder was read"
    report = result.report
    entries = {e["source"] for e in json.loads((output / "api" / "articles.json").read_text())}
    accounted = (
        entries | {s["source"] for s in report["skipped"]} | {n["source"] for n in report["not_published"]}
    )
    for path in seeds.rglob("*"):
        relative = path.relative_to(seeds).as_posix()
        if path.is_file() and not path.is_symlink() and ".git" not in relative and relative != "links.toml":
            assert relative in accounted, relative
    files_out = [p for p in output.rglob("*") if p.is_file()]
    for path in files_out:
        data = path.read_bytes()
        assert b"CANARY-OUTSIDE-TOKEN" not in data, path
        if path.suffix == ".xml":
            ET.fromstring(data)
        elif path.suffix == ".json":
            json.loads(data)
        elif path.suffix == ".html":
            ids = Counter(tag["id"] for tag in BeautifulSoup(data, "html.parser").find_all(id=True))
            assert [i for i, n in ids.items() if n > 1] == [], path
    published = {p.relative_to(output).as_posix() for p in files_out}
    assert not [
        p
        for p in published
        if p.endswith((".txt", ".TXT", ".svg", ".text")) and p != "robots.txt" and not p.startswith("theme/")
    ]


def test_parse_never_hangs_on_a_fifo_or_reads_a_device_without_end(tmp_path):
    os.mkfifo(tmp_path / "fifo.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    result = subprocess.run(
        [sys.executable, "-m", "seedreader", "parse", str(tmp_path / "fifo.txt"), str(tmp_path / "zero.txt")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stderr.count("not a regular file") == 2, result.stderr


def test_every_page_of_the_hostile_site_is_valid_html(hostile, tmp_path):
    from test_quality import VNU_JAR, is_file_origin_artifact, require

    _, output, _ = hostile
    java = shutil.which("java")
    if not java:
        pytest.fail("Java is missing: run `invoke test` (it installs a JRE when root) or install Java 17")
    pages = [p for p in output.rglob("*.html") if "/media/" not in p.as_posix()]
    result = subprocess.run(
        [
            java,
            "-jar",
            str(require(VNU_JAR)),
            "--stdout",
            "--format",
            "json",
            "--errors-only",
            *map(str, pages),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [m for m in messages if not is_file_origin_artifact(m)]
    assert len(pages) > 50 and errors == [], errors[:5]
