"""Profile one Seed Reader build of a generated archive with pyinstrument.

    python bench/profile_build.py 5000 [--search] [--top 15] [--interval 0.001]

Builds the cached archive of N stories (bench/generate.py) once, as ``bench/child.py``
does, under pyinstrument's sampling profiler (``pip install pyinstrument``), and writes

* bench/results/profile-<N>.txt: pyinstrument's call tree (``python -m pyinstrument``'s text);
* bench/results/profile-<N>.json: the top functions by cumulative and by own time;

and prints the top functions (by cumulative time: each function counted once per stack,
so recursion is not counted twice), with Seed Reader's own modules marked.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import child  # noqa: E402
import generate  # noqa: E402

RESULTS = os.path.join(HERE, "results")


def top_functions(root, limit: int) -> tuple[list[dict], list[dict]]:
    """(by cumulative time, by own time) over the frame tree of a pyinstrument session."""
    cumulative: dict[tuple, float] = defaultdict(float)
    own: dict[tuple, float] = defaultdict(float)
    total = root.time or 1.0

    def walk(frame, open_ids: frozenset) -> None:
        if frame.is_synthetic:  # [self] and the like: counted in their parent's total_self_time
            return
        ident = (frame.function or "?", frame.file_path_short or frame.file_path or "", frame.line_no or 0)
        if os.path.dirname(os.path.abspath(frame.file_path or "")) == HERE:  # this script and child.py
            for sub in frame.children:
                walk(sub, open_ids)
            return
        if ident not in open_ids:
            cumulative[ident] += frame.time
        own[ident] += frame.total_self_time
        for sub in frame.children:
            walk(sub, open_ids | {ident})

    walk(root, frozenset())

    def rows(table):
        best = sorted(table.items(), key=lambda kv: -kv[1])[:limit]
        return [
            {
                "function": f,
                "file": p,
                "line": n,
                "seconds": round(t, 3),
                "share": round(t / total, 3),
                "seedreader": "seedreader" in p,
            }
            for (f, p, n), t in best
        ]

    return rows(cumulative), rows(own)


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, nargs="?", default=5000)
    parser.add_argument("--search", action="store_true", help="include the Pagefind step")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--interval", type=float, default=0.001, help="sampling interval, seconds")
    parser.add_argument(
        "--session",
        help="also save pyinstrument's session here (open it with `python -m pyinstrument --load FILE`)",
    )
    parser.add_argument("--settings", default=os.path.join(ROOT, "pelicanconf.py"))
    parser.add_argument("--cache", default=None)
    args = parser.parse_args(argv)
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("pyinstrument is missing: pip install pyinstrument")

    archive = generate.ensure_archive(args.size, args.cache)
    work = tempfile.mkdtemp(prefix="seedreader-profile-")
    try:
        profiler = Profiler(interval=args.interval)
        profiler.start()
        result = child.run(
            os.path.abspath(args.settings),
            os.path.join(archive, "seeds"),
            os.path.join(work, "out"),
            args.search,
            {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False},
        )
        profiler.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    session = profiler.last_session
    if args.session:
        session.save(args.session)
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    by_cumulative, by_own = top_functions(session.root_frame(), args.top)
    os.makedirs(RESULTS, exist_ok=True)
    base = os.path.join(RESULTS, f"profile-{args.size}{'-search' if args.search else ''}")
    with open(base + ".txt", "w", encoding="utf-8") as handle:
        handle.write(text)
    with open(base + ".json", "w", encoding="utf-8") as handle:
        json.dump(
            {
                "size": args.size,
                "search": args.search,
                "wall_s": round(result["wall_s"], 2),
                "summary": result.get("summary"),
                "top_cumulative": by_cumulative,
                "top_own": by_own,
            },
            handle,
            indent=2,
        )
    print(
        f"{args.size} stories, build {result['wall_s']:.1f} s (profiled); call tree: "
        f"{os.path.relpath(base + '.txt', ROOT)}\n"
    )
    for title, rows in (("by cumulative time", by_cumulative), ("by own time", by_own)):
        print(f"Top {args.top} functions {title}:\n")
        print("| # | function | where | seconds | share |\n| ---: | --- | --- | ---: | ---: |")
        for i, row in enumerate(rows, 1):
            name = f"**{row['function']}**" if row["seedreader"] else row["function"]
            print(
                f"| {i} | {name} | {row['file']}:{row['line']} | {row['seconds']:.1f} | "
                f"{100 * row['share']:.0f}% |"
            )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
