"""The search index at archive scale: time and peak memory of indexing N stories (issue 6).

    python bench/search_scale.py                          # 5,000 and 50,000 stories
    python bench/search_scale.py --single-max 50000       # today's way at 50,000 too (~15 GiB)
    python bench/search_scale.py --site output --sizes 0  # an existing build as it is

For each size it writes N story pages that look like Seed Reader's: the page of a real
build of ``tests/fixtures/archive``, its ``<article data-pagefind-body>`` replaced by one
of the stories ``bench/generate.py`` writes for the build benchmark (same generator, same
stories: headline, date, sources, lede, caption, subheads, paragraphs, READ MORE lines,
topics), marked up as ``theme/templates/article.html`` marks it up. Then it indexes
them in a fresh process, two ways:

- ``shards``: ``seedreader.engine.search.index_site`` with the default shard size (what a build
  runs: Pagefind once per shard, then the shards are made to answer as one index);
- ``single``: one Pagefind run over the whole site (what ``search.py`` did before shards);
  only up to ``--single-max`` stories, as it needs about 0.3 MB of memory a story.

and reports wall time, CPU time (the process and everything it ran) and peak memory: the
resident memory of the whole process tree (Python and Pagefind, summed), sampled from
``/proc`` every ``SAMPLE_S``, and the largest single process (``getrusage``). The sizes
are printed side by side with how each grew against the number of stories; ``--out``
writes the table (Markdown) and the numbers (JSON) next to each other.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(PROJECT / "plugins"))

import generate  # noqa: E402

#: Bump when the pages written change, so cached sites are written again.
PAGES_VERSION = 1
DEFAULT_SIZES = (5000, 50000)
#: Today's single Pagefind run is skipped above this many stories unless asked (memory).
DEFAULT_SINGLE_MAX = 10000
#: How often the process tree's memory is sampled.
SAMPLE_S = 0.02
SHELL_ARCHIVE = PROJECT / "tests" / "fixtures" / "archive"
ARTICLE_RE = re.compile(r'<article class="story" data-pagefind-body>.*?</article>', re.S)
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024
#: The files whose state the report names (with the commit).
SEARCH_FILES = (
    "plugins/seedreader/engine/search.py",
    "plugins/seedreader/compat/pagefind.py",
    "plugins/seedreader/settings.py",
    "theme/static/js/search.js",
)

#: One story, marked up as theme/templates/article.html marks it up (what Pagefind reads).
ARTICLE = """<article class="story" data-pagefind-body>
<header class="story-header">
<p class="kicker" data-pagefind-ignore><a href="../../../category/{category}/" \
data-pagefind-filter="topic">{category}</a></p>
<h1 class="story-title" data-pagefind-meta="title">{title}</h1>
<div class="story-meta" data-pagefind-ignore>
<p class="story-facts"><time datetime="{iso}" data-pagefind-sort="date:{day}" \
data-pagefind-filter="year:{year}" data-pagefind-meta="date">{shown}</time>\
<span class="reading-time">{minutes} min read</span></p>
<p class="sources"><span class="visually-hidden">Sources: </span>
{sources}
</p>
</div>
</header>
<div class="story-body">
<p class="standfirst"><span class="dateline">{dateline}</span>{lede}</p>
<p class="caption"><span class="caption-label">Photo: </span>{caption} \
<span class="credit">({credit})</span></p>
{blocks}
</div>
<footer class="story-footer" data-pagefind-ignore>
<h2 class="story-footer-heading">Topics</h2>
<ul class="topics">
{topics}
</ul>
</footer>
</article>"""
SOURCE = '<a class="source-badge" href="../../../source/{slug}/" data-pagefind-filter="source">{name}</a>'
TOPIC = (
    '<li><a class="topic topic-tag" href="../../../topic/{slug}/" '
    'data-pagefind-filter="topic">{name}</a></li>'
)
SUBHEAD = (
    '<h2 id="{slug}">{text} <a class="heading-anchor" href="#{slug}" '
    'aria-label="Link to section: {text}" data-pagefind-ignore>#</a></h2>'
)
READ_MORE = (
    '<aside class="read-more read-more-missing" aria-label="Read more: {text}" '
    'data-pagefind-ignore><p class="read-more-label">Read more</p>'
    '<p class="read-more-headline">{text}</p></aside>'
)
WORDS_PER_MINUTE = 230


# -- the pages ---------------------------------------------------------------------------------


def shell(workdir: Path) -> tuple[str, str]:
    """(before, after) the <article> of a real article page, from a build of the fixture archive."""
    from seedreader.engine.build import build_site

    output = workdir / "shell"
    if not (output / ".complete").exists():
        shutil.rmtree(output, ignore_errors=True)
        build_site(
            str(PROJECT / "pelicanconf.py"), seeds=str(SHELL_ARCHIVE), output=str(output), search=False
        )
        (output / ".complete").write_text("")
    page = sorted(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))[0].read_text(encoding="utf-8")
    match = ARTICLE_RE.search(page)
    return page[: match.start()], page[match.end() :]


def article(story, written) -> str:
    """The <article> of one generated story."""
    esc = html.escape
    blocks = []
    for kind, text in written.blocks:
        if kind == "p":
            blocks.append(f"<p>{esc(text)}</p>")
        elif kind == "h":
            blocks.append(SUBHEAD.format(slug=generate._slug(text), text=esc(text)))
        elif kind == "readmore":
            blocks.append(READ_MORE.format(text=esc(text)))
    words = sum(len(text.split()) for _, text in written.blocks) + len(written.lede.split())
    return ARTICLE.format(
        category=story.category,
        title=esc(story.headline),
        iso=story.date.isoformat(),
        day=f"{story.date:%Y-%m-%d}",
        year=story.date.year,
        shown=f"{story.date.day} {story.date:%B %Y}",
        minutes=max(1, round(words / WORDS_PER_MINUTE)),
        sources="\n".join(SOURCE.format(slug=generate._slug(s), name=esc(s)) for s in written.sources),
        dateline=esc(written.dateline),
        lede=esc(written.lede),
        caption=esc(written.caption),
        credit=esc(written.credit),
        blocks="\n".join(blocks),
        topics="\n".join(TOPIC.format(slug=generate._slug(t), name=esc(t)) for t in written.tags),
    )


def write_site(size: int, workdir: Path) -> Path:
    """N story pages under ``workdir/site-N`` (kept while ``PAGES_VERSION`` and the generator match)."""
    site = workdir / f"site-{size}"
    stamp = f"{PAGES_VERSION}:{generate.GENERATOR_VERSION}:{size}"
    if (site / ".complete").exists() and (site / ".complete").read_text() == stamp:
        return site
    shutil.rmtree(site, ignore_errors=True)
    before, after = shell(workdir)
    started = time.perf_counter()
    # The same stories as generate.generate(size): same random stream, same order of calls.
    rng = generate.random.Random(f"seedreader-bench:{generate.GENERATOR_VERSION}:{size}")
    vocab = generate.make_vocabulary(rng, max(1, size // generate.STORYLINE_SIZE))
    for story in generate.plan_archive(size, rng, vocab):
        written = generate.write_story(story, rng, vocab)
        path = site / f"{story.date:%Y/%m}" / story.name / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(before + article(story, written) + after, encoding="utf-8")
    (site / ".complete").write_text(stamp)
    print(f"wrote {size:,} story pages in {time.perf_counter() - started:.0f} s: {site}", file=sys.stderr)
    return site


# -- measuring ---------------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(parent, []).append(int(name))
    return tree


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants now."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo += tree.get(pid, [])
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            pass
    return total


def measure(command: list[str]) -> dict:
    """Run ``command``; wall, CPU and peak memory of its process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=PROJECT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command[:4])} ... failed:\n{output[-3000:]}")
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_tree_mib": peak[0] / MIB,
        "largest_process_mib": usage.ru_maxrss / 1024,
    }


def index_sharded(site: Path) -> dict:
    """Index ``site`` as a build does (``index_site``, default shard size)."""
    code = "import sys; from seedreader.engine.search import index_site; index_site(sys.argv[1])"
    result = measure([sys.executable, "-c", code, str(site)])
    bundle = site / "pagefind"
    entry_files = [bundle / "pagefind-entry.json", *sorted(bundle.glob("shards/*/pagefind-entry.json"))]
    result["shards"] = len(entry_files)
    result["stories"] = sum(
        lang["page_count"]
        for path in entry_files
        for lang in json.loads(path.read_text())["languages"].values()
    )
    return result


def index_single(site: Path) -> dict:
    """Index ``site`` in one Pagefind run over the whole folder (search.py before shards)."""
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    result = measure([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"])
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    result["shards"] = 1
    result["stories"] = sum(lang["page_count"] for lang in entry["languages"].values())
    return result


def run(sites: list[tuple[str, int, Path]], single_max: int, repeat: int) -> list[dict]:
    """Every way on every site, ``repeat`` times each: one row per site and way, medians."""
    rows = []
    for pages, size, site in sites:
        ways = [("shards", index_sharded)] + ([("single", index_single)] if size <= single_max else [])
        for way, index in ways:
            runs = [index(site) for _ in range(repeat)]
            row = {
                "pages": pages,
                "site": str(site),
                "size": size,
                "way": way,
                "runs": runs,
                **{
                    key: statistics.median(r[key] for r in runs)
                    for key in ("wall_s", "cpu_s", "peak_tree_mib", "largest_process_mib")
                },
                "shards": runs[0]["shards"],
                "stories": runs[0]["stories"],
            }
            rows.append(row)
            print(
                f"  {size:>7,} {way:<7} {row['wall_s']:7.1f} s {row['peak_tree_mib']:8.0f} MiB "
                f"({row['shards']} shard{'s' if row['shards'] > 1 else ''}, {row['stories']:,} stories)",
                file=sys.stderr,
            )
        shutil.rmtree(site / "pagefind", ignore_errors=True)
    return rows


# -- the report --------------------------------------------------------------------------------


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table, then how each way grew from one size to the next."""
    lines = [
        "| pages | stories | way | shards | wall s | CPU s | peak memory, tree (MiB) "
        "| largest process (MiB) | stories/s |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['pages']} | {r['stories']:,} | {r['way']} | {r['shards']} | {r['wall_s']:.1f} "
            f"| {r['cpu_s']:.1f} | {r['peak_tree_mib']:.0f} | {r['largest_process_mib']:.0f} "
            f"| {r['stories'] / r['wall_s']:.0f} |"
        )
    growth = []
    for pages, way in dict.fromkeys((r["pages"], r["way"]) for r in rows):
        mine = sorted((r for r in rows if (r["pages"], r["way"]) == (pages, way)), key=lambda r: r["stories"])
        for small, large in zip(mine, mine[1:], strict=False):
            factor = large["stories"] / small["stories"]
            growth.append(
                f"- {pages}, {way}: {small['stories']:,} → {large['stories']:,} stories "
                f"(×{factor:.0f}): "
                f"wall time ×{large['wall_s'] / small['wall_s']:.1f}, "
                f"CPU time ×{large['cpu_s'] / small['cpu_s']:.1f}, "
                f"peak memory ×{large['peak_tree_mib'] / small['peak_tree_mib']:.1f}"
            )
    # The machine may be shared: CPU time (this process tree's own) is the steadier measure.
    return "\n".join(lines + [""] + growth)


def machine() -> dict:
    """What it ran on."""
    with open("/proc/meminfo", encoding="ascii") as handle:
        total = int(handle.readline().split()[1]) / 1024 / 1024
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT, capture_output=True, text=True
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--", *SEARCH_FILES], cwd=PROJECT, capture_output=True, text=True
    ).stdout.strip()
    commit += " (search files changed since)" if changed else ""
    from importlib.metadata import version

    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(total, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pagefind": version("pagefind"),
        "commit": commit,
    }


def main(argv: list[str] | None = None) -> int:
    """Write the sites, measure, print (and with ``--out`` save) the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument(
        "--single-max",
        type=int,
        default=DEFAULT_SINGLE_MAX,
        help="run today's single Pagefind run up to this many stories",
    )
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--site",
        type=Path,
        action="append",
        default=[],
        help="also measure this built site (its pagefind/ folder is replaced)",
    )
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/seedreader-search-bench"))
    parser.add_argument("--out", type=Path, help="write OUT.md and OUT.json")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    sites = [("generated", size, write_site(size, args.workdir)) for size in args.sizes if size > 0]
    sites += [
        ("built", len(list(site.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))), site.resolve())
        for site in args.site
    ]
    rows = run(sites, args.single_max, args.repeat)
    report = table(rows)
    print(report)
    if args.out:
        when = datetime.now(UTC).isoformat(timespec="seconds")
        info = machine()
        command = "python bench/search_scale.py " + " ".join(argv if argv is not None else sys.argv[1:])
        args.out.with_suffix(".md").write_text(
            f"# Search index at archive scale ({when})\n\n`{command}`\n\n"
            f"- machine: {info['cpus']} CPUs, {info['memory_gib']} GiB, {info['platform']}\n"
            f"- Python {info['python']}, Pagefind {info['pagefind']}, Seed Reader at {info['commit']}\n\n"
            f"{report}\n",
            encoding="utf-8",
        )
        numbers = {"when": when, "command": command, "machine": info, "rows": rows}
        args.out.with_suffix(".json").write_text(json.dumps(numbers, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
