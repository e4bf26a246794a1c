"""One Seed Reader build in its own process, for bench/run.py (and bench/profile.py).

    python bench/child.py --settings pelicanconf.py --seeds DIR --output DIR [--search]
                          [--overrides JSON] [--result FILE]

Runs ``seedreader.engine.build.build_site`` exactly as ``invoke build`` does and writes a JSON
result: wall time of the whole call and, when it can tell them apart, of the Pelican
part and of the Pagefind part; this process's own peak RSS and CPU time and those of
its children (Pagefind runs as one; with search, so does the Pelican part, whose peak
is recorded as it ends); the plugin's build summary. The parent measures
the process as a whole with ``os.wait4``; this file only adds the split.
"""

from __future__ import annotations

import argparse
import json
import resource
import time


def _usage(who: int) -> dict:
    usage = resource.getrusage(who)
    return {
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "max_rss_kib": usage.ru_maxrss,
    }


#: What ``seedreader.engine.build`` has called its search-index step (the first one found is timed).
SEARCH_STEPS = ("index_site", "run_pagefind")


def _timed(function, phases: dict):
    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            phases["pagefind_s"] = phases.get("pagefind_s", 0.0) + time.perf_counter() - t0

    return timed


def run(settings: str, seeds: str, output: str, search: bool, overrides: dict | None) -> dict:
    """Build once; return the timings and the report summary."""
    started = time.perf_counter()
    from seedreader.engine import build as build_mod  # imports count in the build time, as in `invoke build`

    phases: dict[str, float] = {}
    for name in SEARCH_STEPS:
        original = getattr(build_mod, name, None)
        if search and callable(original):
            # Time the search-index step apart from Pelican (only wraps it; same call, same arguments).
            build_mod.__dict__[name] = _timed(original, phases)
            break
    apart = getattr(build_mod, "_run_apart", None)
    if search and callable(apart):
        # With search, Pelican runs in a forked child first: its peak, apart from Pagefind's.
        def measured(*args, **kwargs):
            try:
                return apart(*args, **kwargs)
            finally:
                phases["pelican_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        build_mod._run_apart = measured
    result = build_mod.build_site(
        settings, seeds=seeds, output=output, search=search, strict=False, overrides=overrides or None
    )
    wall = time.perf_counter() - started
    if "pagefind_s" in phases:
        phases["pelican_s"] = wall - phases["pagefind_s"]
    return {
        "wall_s": wall,
        "phases": phases,
        "self": _usage(resource.RUSAGE_SELF),
        "children": _usage(resource.RUSAGE_CHILDREN),
        "summary": (result.report or {}).get("summary", {}),
    }


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--settings", required=True)
    parser.add_argument("--seeds", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--search", action="store_true")
    parser.add_argument("--overrides", default="{}", help="Pelican settings overrides as JSON")
    parser.add_argument("--result", help="write the JSON result here (default: stdout)")
    args = parser.parse_args(argv)
    data = run(args.settings, args.seeds, args.output, args.search, json.loads(args.overrides))
    text = json.dumps(data, indent=2)
    if args.result:
        with open(args.result, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    from seedreader.processes import exit_now

    exit_now(main())  # as `invoke build` ends
