"""Reading speed on generated seeds dressed in the forms of real pages (issue 13, item 5).

    python bench/reading.py [--count 3000] [--repeat 3] [--rounds 1] [--baseline PLUGINS_DIR]

The generated archive's seeds (``generate.py``) are given, deterministically, the dress real
pages wear: a section label and a reading time above the headline, a date line under it (or no
date at all: a fifth are undated), the headline printed twice, a caption with a ``/ AA`` credit,
share and cookie lines, a ``Related<Headline>`` line, an ``Explore`` list of other stories at the
end, and on one seed in twenty hard-wrapped copy. Each plugins folder (this checkout's and, with
``--baseline``, another's, such as a worktree of an earlier commit) reads every seed in a process
of its own (decode, parse, render, topics: ``reader.read_story``), best of ``--repeat`` reads
in each of ``--rounds`` processes, the folders taking turns; the numbers are printed side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import generate  # noqa: E402  (bench/ is not a package)

#: Lines the real pages carry around the story, in our own words.
SECTION_LABELS = ("WORLD", "TÜRKİYE", "ECONOMY", "World News")
FURNITURE = (
    "Share this article:",
    "We use cookies to give you the best experience on our website.",
    "Please enter your comment!",
    "Scroll to top",
    "Oops!",
    "Something went wrong.",
)
EXPLORE = (
    "Harbour board names its first woman pilot",
    "Island holds its first book fair in twenty years",
    "Central bank leaves rates on hold for a third month",
    "Tram drivers end their two-day strike",
)


#: Raised whenever ``dress`` changes, so seeds written by an older one are never measured.
DRESS_VERSION = 1
#: Share of the seeds left with no date anywhere.
UNDATED_SHARE = 0.2
#: Share of the seeds in hard-wrapped copy.
WRAPPED_SHARE = 0.05


def dress(seed: str, rng: random.Random, headline: str) -> str:
    """``seed`` in the forms of a real page (no header: real pages have none)."""
    lines = seed.split("\n")
    if lines[0].startswith("Title:"):
        lines = lines[lines.index("") + 1 :]
    first = lines[0]
    if first.startswith(" date "):
        first = first.split(" ", 3)[3]
    body = [first, *(line for line in lines[1:] if line)]
    if body[0] == headline:  # a title line: the page prints it twice below
        body = body[1:]
    top = [headline, headline]
    if rng.random() >= UNDATED_SHARE:
        label = rng.choice(SECTION_LABELS)
        prefix = f" date 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {label}"
        top = [prefix, f"{rng.randint(1, 9)} min read", *top, f"March {rng.randint(1, 28)}, 2025"]
    if rng.random() < WRAPPED_SHARE:
        body = [piece for line in body for piece in textwrap.wrap(line, 62)]
    for i, line in enumerate(body[:4]):
        if line.endswith(")"):  # the caption: its credit after a slash
            body[i] = line[: line.rfind("(")].rstrip() + " / AA"
    body.insert(min(len(body), 6), rng.choice(FURNITURE))
    body.insert(min(len(body), 9), f"Related{rng.choice(EXPLORE)}")
    return "\n".join([*top, *body, "Explore", *EXPLORE]) + "\n"


def write_seeds(count: int, folder: str) -> list[str]:
    """The dressed seeds, written once per count (and generator version)."""
    rng, vocab, stories = generate.plan(count)
    dress_rng = random.Random(f"seedreader-reading:{generate.GENERATOR_VERSION}:{count}")
    paths = []
    os.makedirs(folder, exist_ok=True)
    for n, story in enumerate(stories):
        seed = generate.seed_text(story, generate.write_story(story, rng, vocab))
        text = dress(seed, dress_rng, story.headline)
        path = os.path.join(folder, f"{n:05}.txt")
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
        paths.append(path)
    return paths


#: Run in a child process for each plugins folder: reads every seed, prints seconds as JSON.
#: (``seedreader.reader`` is where ``read_story`` lived before the package was split into
#: ``text``, ``integration`` and the rest: issue 13's baseline is such a checkout.)
CHILD = """
import glob, json, logging, os, sys, time
logging.disable(logging.CRITICAL)  # the undated warnings: reading is measured, not logging
sys.path.insert(0, sys.argv[1])
try:
    from seedreader.integration.reader import read_story
except ImportError:
    from seedreader.reader import read_story
paths = sorted(glob.glob(os.path.join(sys.argv[2], "*.txt")))[: int(sys.argv[3])]
settings = {"PATH": sys.argv[2], "ARTICLE_PATHS": [""]}
best = []
for _ in range(int(os.environ["REPEAT"])):
    started = time.perf_counter()
    for path in paths:
        read_story(path, settings)
    best.append(time.perf_counter() - started)
print(json.dumps(best))
"""


def measure(plugins: str, folder: str, count: int, repeat: int) -> list[float]:
    """Seconds to read the folder's first ``count`` seeds, one number per repeat, in a fresh process."""
    env = {**os.environ, "REPEAT": str(repeat), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, plugins, folder, str(count)],
        capture_output=True,
        text=True,
        env=env,
    )
    if out.returncode:
        raise SystemExit(f"reading with {plugins} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    """Print reading speed, this checkout's against the baseline's."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3, help="reads of every seed in each process")
    parser.add_argument(
        "--rounds", type=int, default=1, help="processes for each plugins folder, alternating"
    )
    parser.add_argument("--baseline", help="another plugins folder to measure beside this one")
    parser.add_argument("--folder", default=os.path.join(generate.cache_root(), "reading"))
    args = parser.parse_args(argv)
    folder = os.path.join(args.folder, f"{args.count}-v{generate.GENERATOR_VERSION}-d{DRESS_VERSION}")
    paths = write_seeds(args.count, folder)
    runs = {"this checkout": os.path.join(ROOT, "plugins")}
    if args.baseline:
        runs = {"baseline": os.path.abspath(args.baseline), **runs}
    # Alternating rounds, one process each, so a slow spell of the machine hits both alike.
    rounds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, plugins in runs.items():
            rounds[name] += measure(plugins, folder, len(paths), args.repeat)
    rows = {name: min(times) for name, times in rounds.items()}
    best_of = f"best of {args.rounds} x {args.repeat}"
    print(f"Reading {len(paths):,} generated seeds in real-page forms ({best_of}):\n")
    print("| plugins | seconds | ms a seed | seeds a second |")
    print("|---|---|---|---|")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.2f} | {1000 * seconds / len(paths):.2f} | {len(paths) / seconds:,.0f} |")
    if args.baseline:
        print(f"\nthis checkout / baseline: {rows['this checkout'] / rows['baseline']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
