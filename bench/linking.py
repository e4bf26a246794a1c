"""The linking benchmark of issue 3: READ MORE resolution and the story graph at archive scale.

    python bench/linking.py [--sizes 1000 10000 50000] [--jobs 2] [--repeat 3] [--quiet-wait 120]
                            [--no-breakdown] [--serial] [--stories-cache DIR]
    python bench/linking.py --sets bench/linkset/calibrate bench/linkset/heldout [--show]
    python bench/linking.py --sizes 50000 --repeat 6 --against ../base/plugins [--stories-cache DIR]

For each size it takes the generated archive (bench/generate.py, cached), then, each step
timed on its own:

1. **parse**: reads and parses every seed (``decode.read_seed`` + ``parse.parse``), finds its
   topics (``topics.extract_topics``, as the reader does) and makes its ``Story`` record
   (``records.story_from_seed``), in ``--jobs`` worker processes;
2. **link**: ``graph.build_graph`` over all the stories, in a forked process: the whole
   linking step (READ MORE resolution, backlinks, threads, related stories), as a build runs
   it (on a big archive it splits its heavy stages with a second process of its own;
   ``--serial`` turns that off), ``--repeat`` times (3), each in a fresh fork and each once
   other processes leave the CPUs idle (waiting up to ``--quiet-wait`` seconds). The median
   run's wall time per READ MORE reference and in total is the number issue 3 sets a limit
   on (50,000 stories < 10 s); its CPU time (its own and its helper's), and the CPU time other
   processes took meanwhile, are reported beside it, since the machine may be shared;
3. **breakdown** (unless ``--no-breakdown``): where that time went, stage by stage, as
   ``build_graph`` itself timed them (wall and CPU seconds). When the link step was stopped
   (``--budget``), the per-item stages (resolving a line, choosing a story's related stories)
   run on a random sample instead and their full time is projected from it.

The generator knows what each READ MORE line names (``truth.json``), so the run also scores
the links: right, wrong (linked to another story, or linked although the story is not in
the archive), ambiguous, unresolved, per kind of line (exact header title, the story's
headline, a paraphrase, a story not in the archive), with precision (right / linked) and
recall (right / lines whose story is in the archive). Results go to
bench/results/linking.json and bench/results/linking.md.

With ``--sets``, it scores labelled archives instead (``bench/linkset/``: invented stories
with the hard cases, each READ MORE line labelled by hand-made truth): each archive is read
as a build reads it, archive passes included (copies: only canonical copies are in the
graph, a copy's headline is an alias of its canonical copy, a hidden copy's own lines are
resolved as if its canonical copy named them), linked with ``graph.build_graph``, and
every labelled line scored: right, WRONG (linked to another story, or linked although its
story is not in the archive or is the line's own story's copy), ambiguous or unresolved,
per archive and kind of line. ``--show`` lists every wrong link and every miss with the
candidates' scores. Results go to bench/results/linkset.json and bench/results/linkset.md.

With ``--against PLUGINS``, it times this checkout's ``build_graph`` against another
checkout's (its plugins folder, imported under another name; both link the stories this
checkout parsed): ``--repeat`` pairs of runs,
each pair's two in turn first, and says each side's median wall and own CPU seconds (the
process's own: its stages are the critical path), in how many pairs this one was faster,
the median difference, and whether both linked alike. On a shared machine a change worth
a few percent shows there, not in two separate runs of the benchmark.
A measuring tool: the exit status is 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing
import os
import pickle
import platform
import random
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from statistics import median

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The plugin from this checkout, even when the installed (editable) copy points elsewhere.
sys.path.insert(1, os.path.join(os.path.dirname(HERE), "plugins"))

import generate  # noqa: E402

RESULTS = os.path.join(HERE, "results")
LIMIT_50K_S = 10.0
#: Other processes using less than this share of the CPUs count as a quiet machine.
QUIET_SHARE = 0.1


# --- Parsing (in workers) ---------------------------------------------------------------


def _parse_chunk(args: tuple[str, list[str]]) -> tuple[list, dict]:
    """Parse seeds under ``root``; return their Story records and the seconds spent per step."""
    root, paths = args
    from seedreader.integration.reader import make_slug
    from seedreader.linking.records import story_from_seed
    from seedreader.settings import DEFAULTS
    from seedreader.text.decode import read_seed, seed_date
    from seedreader.text.parse import parse
    from seedreader.text.topics import extract_topics

    max_bytes = DEFAULTS["SEEDREADER_MAX_BYTES"]
    slug_chars = DEFAULTS["SEEDREADER_SLUG_MAX_CHARS"]
    spent = Counter()
    stories = []
    clock = time.perf_counter
    for rel in paths:
        path = os.path.join(root, rel)
        t0 = clock()
        seed = parse(read_seed(path, max_bytes), source=path)
        t1 = clock()
        body = [b.text for b in seed.blocks if b.kind != "read_more"]
        mentions = extract_topics(seed.title, seed.lede, body, seed.tags)
        t2 = clock()
        slug = make_slug(dict(seed.header).get("slug") or seed.title, {}, slug_chars)
        date, _, _ = seed_date(seed, path)
        stories.append(story_from_seed(rel, seed, slug, date, mentions))
        t3 = clock()
        spent["parse_s"] += t1 - t0
        spent["topics_s"] += t2 - t1
        spent["story_s"] += t3 - t2
    return stories, dict(spent)


def load_stories(archive: str, jobs: int) -> tuple[list, dict]:
    """Every seed of the archive as a Story record, with the time each step took."""
    root = os.path.join(archive, "seeds")
    paths = sorted(
        os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
        for d, _, fs in os.walk(root)
        for f in fs
        if f.endswith(".txt")
    )
    started = time.perf_counter()
    if jobs <= 1:
        stories, spent = _parse_chunk((root, paths))
    else:
        size = max(1, len(paths) // (jobs * 8))
        chunks = [(root, paths[i : i + size]) for i in range(0, len(paths), size)]
        stories, spent = [], Counter()
        with ProcessPoolExecutor(jobs) as pool:
            for part, part_spent in pool.map(_parse_chunk, chunks):
                stories.extend(part)
                spent.update(part_spent)
    timing = {"wall_s": time.perf_counter() - started, "jobs": jobs}
    timing.update({k: round(v, 3) for k, v in spent.items()})
    return stories, timing


def _parse_code_hash() -> str:
    """A hash of the plugin's code that making Story records from seeds depends on.

    Every module but linking's own (records.py, which makes the Story records, is in): a
    change to the resolver or the graph reuses the stories parsed before it.
    """
    root = os.path.join(os.path.dirname(HERE), "plugins", "seedreader")
    digest = hashlib.sha256()
    for folder, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in sorted(files):
            if not name.endswith(".py") or (rel == "linking" and name != "records.py"):
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                digest.update(f"{rel}/{name}\0".encode() + handle.read() + b"\0")
    return digest.hexdigest()[:16]


def cached_stories(archive: str, jobs: int, cache: str | None) -> tuple[list, dict]:
    """``load_stories``, kept in ``cache`` (a folder) by archive and parse code when given.

    Parsing 50,000 seeds takes a minute or more; timing a change to linking needs the same
    stories each time. The parse timing is the one measured when the stories were cached.
    """
    if not cache:
        return load_stories(archive, jobs)
    with open(os.path.join(archive, "meta.json"), "rb") as handle:
        meta = hashlib.sha256(handle.read()).hexdigest()[:8]
    name = f"stories-{os.path.basename(os.path.normpath(archive))}-{meta}-{_parse_code_hash()}.pickle"
    path = os.path.join(cache, name)
    if os.path.exists(path):
        with open(path, "rb") as handle:
            stories, timing = pickle.load(handle)
        return stories, {**timing, "from_cache": path}
    stories, timing = load_stories(archive, jobs)
    os.makedirs(cache, exist_ok=True)
    with open(path + ".part", "wb") as handle:
        pickle.dump((stories, timing), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(path + ".part", path)
    return stories, timing


def graph_digest(graph) -> str:
    """A hash of everything a graph says.

    References (verdicts, scores, candidates, notes), related stories and their reasons,
    backlinks, threads: two runs that link alike give the same digest, so a change meant
    only to be faster can be checked to change nothing.
    """
    digest = hashlib.sha256()
    for ref in graph.references:
        digest.update(repr(ref).encode())
    for part in (graph.related, graph.backlinks, graph.thread_of):
        digest.update(repr(sorted(part.items())).encode())
    digest.update(repr(graph.threads).encode())
    return digest.hexdigest()[:16]


# --- Linking ----------------------------------------------------------------------------


#: build_graph's stages, in the order it runs them (the keys of its ``timings``), and their titles.
STAGE_TITLES = {
    "lookups": "lookups",
    "tokenise": "tokenise",
    "index": "retrieval index",
    "resolve": "resolve",
    "backlinks": "backlinks",
    "threads": "threads",
    "similarity": "related setup",
    "related": "related",
}
STAGES = tuple(STAGE_TITLES)


def _cpu_seconds() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    spent = os.times()
    return spent.user + spent.system + spent.children_user + spent.children_system


def _machine_busy_seconds() -> float | None:
    """CPU seconds every process of the machine has used so far (Linux), or None."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            ticks = [int(field) for field in handle.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = ticks[3] + ticks[4]  # idle and waiting for I/O
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


def wait_until_quiet(longest: float, log) -> bool:
    """Wait (up to ``longest`` seconds) until other processes leave the machine's CPUs idle.

    The machine is shared: a run that starts while something else is busy measures both.
    True when it got quiet (other processes below QUIET_SHARE of the CPUs for a second).
    """
    cores = os.cpu_count() or 1
    deadline = time.monotonic() + longest
    while True:
        before = _machine_busy_seconds()
        if before is None:
            return False
        time.sleep(1.0)
        if (_machine_busy_seconds() - before) / cores < QUIET_SHARE:
            return True
        if time.monotonic() > deadline:
            log(f"  the machine stayed busy for {longest:.0f} s: measuring anyway")
            return False


def _link_child(stories: list, truth: dict, parallel: bool, conn, package: str = "seedreader") -> None:
    """In a forked process: time build_graph and send back its counts, stage times and score.

    ``package``: the name the plugin to time is imported as (``--against``'s other checkout).
    """
    import importlib

    build_graph = importlib.import_module(f"{package}.linking.graph").build_graph
    LinkOptions = importlib.import_module(f"{package}.linking.records").LinkOptions  # noqa: N806

    gc.collect()
    timings: dict[str, float] = {}
    busy = _machine_busy_seconds()
    started, cpu, own = time.perf_counter(), _cpu_seconds(), _own_cpu_seconds()
    graph = build_graph(stories, LinkOptions(parallel=parallel), timings=timings)
    elapsed, cpu, own = time.perf_counter() - started, _cpu_seconds() - cpu, _own_cpu_seconds() - own
    # What other processes took meanwhile: the machine is shared, so say how busy it was.
    others = None if busy is None else max(_machine_busy_seconds() - busy - cpu, 0.0)
    conn.send(
        {
            "build_graph_s": elapsed,
            "build_graph_cpu_s": round(cpu, 3),
            # This process's own CPU: its stages are the critical path (the helper waits less),
            # and CPU time moves less than wall time on a shared machine.
            "main_cpu_s": round(own, 3),
            "others_cpu_s": None if others is None else round(others, 2),
            "stage_timings": {k: round(v, 3) for k, v in timings.items()},
            "references": len(graph.references),
            "statuses": dict(Counter(r.status for r in graph.references)),
            "digest": graph_digest(graph),
            "threads": len(graph.threads),
            "score": score(graph, truth),
        }
    )
    conn.close()


def _own_cpu_seconds() -> float:
    """CPU seconds of this process alone."""
    spent = os.times()
    return spent.user + spent.system


def link(
    stories: list, truth: dict, budget: float, parallel: bool, package: str = "seedreader"
) -> dict | None:
    """build_graph over all stories in a forked process; None when it ran past ``budget`` seconds."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    proc = context.Process(target=_link_child, args=(stories, truth, parallel, send, package))
    proc.start()
    send.close()
    result = receive.recv() if receive.poll(budget) else None
    if result is None:
        proc.kill()
    proc.join()
    return result


def breakdown(stories: list, timings: dict | None, sample: int) -> dict:
    """Where build_graph's time went: its own stage timings, or a projection from a sample.

    Without timings (the run was stopped), the per-item stages (resolving a line, choosing a
    story's related stories) run on ``sample`` random items and their full time is projected;
    the other stages run whole. Private helpers: skipped if they have changed.
    """
    if timings:
        out: dict = {f"{stage}_s": timings.get(f"{stage}_s", 0.0) for stage in STAGES}
        out.update({f"{stage}_cpu_s": timings.get(f"{stage}_cpu_s", 0.0) for stage in STAGES})
        out["total_s"] = round(sum(out[f"{stage}_s"] for stage in STAGES), 3)
        out["total_cpu_s"] = round(sum(out[f"{stage}_cpu_s"] for stage in STAGES), 3)
        return out
    from seedreader.linking.records import DEFAULT_RELATED_COUNT, LinkOptions
    from seedreader.linking.related import Similarity
    from seedreader.linking.resolver import Resolver
    from seedreader.linking.words import StoryWords

    clock = time.perf_counter
    out = {}
    try:
        gc.collect()
        t0 = clock()
        resolver = Resolver(stories, LinkOptions())
        out["lookups_s"] = clock() - t0
        t0 = clock()
        words = StoryWords.of(stories)
        out["tokenise_s"] = clock() - t0
        t0 = clock()
        resolver.index = words.index()
        out["index_s"] = clock() - t0
        items = [(s, line, h) for s in stories for line, h in s.references]
        chosen = random.Random(0).sample(items, min(sample, len(items)))
        t0 = clock()
        for s, line, h in chosen:
            resolver.resolve(s, line, h)
        out["resolve_s"] = (clock() - t0) * len(items) / max(len(chosen), 1)
        out["backlinks_s"] = out["threads_s"] = 0.0  # linear and tiny (see the smaller sizes)
        t0 = clock()
        scorer = Similarity(stories, words)
        out["similarity_s"] = clock() - t0
        few = random.Random(1).sample(range(len(stories)), min(sample, len(stories)))
        t0 = clock()
        scorer.best_many(few, [DEFAULT_RELATED_COUNT] * len(few), [{stories[i].key} for i in few])
        out["related_s"] = (clock() - t0) * len(stories) / max(len(few), 1)
        out["projected_from_sample"] = sample
        out = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items()}
        out["total_s"] = round(sum(out[f"{stage}_s"] for stage in STAGES), 3)
    except (AttributeError, TypeError) as error:  # the module was refactored: no breakdown
        out = {"unavailable": f"{type(error).__name__}: {error}"}
    return out


def score(graph, truth: dict) -> dict:
    """Links against what the generator meant, per kind of READ MORE line."""
    by_source = defaultdict(list)
    for ref in graph.references:
        by_source[ref.source].append(ref)
    table: dict[str, Counter] = defaultdict(Counter)
    for source, entry in truth.items():
        refs = by_source.get(source, [])
        for i, meant in enumerate(entry["read_more"]):
            ref = (
                refs[i]
                if i < len(refs) and refs[i].headline == meant["headline"]
                else next((r for r in refs if r.headline == meant["headline"]), None)
            )
            kind = meant["how"]
            if meant["target"] is not None:
                table[kind]["present"] += 1
            if ref is None:
                table[kind]["not found by the parser"] += 1
            elif ref.status == "resolved":
                table[kind]["right" if ref.target == meant["target"] else "WRONG"] += 1
            else:
                table[kind][ref.status] += 1
    return {kind: dict(counts) for kind, counts in sorted(table.items())}


# --- Reporting ----------------------------------------------------------------------------


def run(
    sizes: list[int],
    jobs: int,
    with_breakdown: bool,
    cache: str | None,
    budget: float,
    sample: int,
    parallel: bool,
    repeat: int,
    quiet_wait: float,
    log,
    stories_cache: str | None = None,
) -> dict:
    """Parse, link and score each size; the results by size."""
    results = {}
    for size in sizes:
        archive = generate.ensure_archive(size, cache)
        with open(os.path.join(archive, "truth.json"), encoding="utf-8") as handle:
            truth = json.load(handle)
        stories, parse_timing = cached_stories(archive, jobs, stories_cache)
        refs = sum(len(s.references) for s in stories)
        cached = f" (cached: {parse_timing['from_cache']})" if "from_cache" in parse_timing else ""
        log(f"{size:>6}: parsed {len(stories)} seeds in {parse_timing['wall_s']:.1f} s ({jobs} jobs){cached}")
        result = {
            "measured": datetime.now(UTC).isoformat(timespec="seconds"),
            "stories": len(stories),
            "references": refs,
            "parse": {k: round(v, 3) if isinstance(v, float) else v for k, v in parse_timing.items()},
            "parallel": parallel,
        }
        runs = []
        for _ in range(repeat):
            quiet = wait_until_quiet(quiet_wait, log) if quiet_wait > 0 else None
            linked = link(stories, truth, budget, parallel)
            if linked is None:
                break
            linked["started_quiet"] = quiet
            runs.append(linked)
            log(
                f"{size:>6}: build_graph {linked['build_graph_s']:.2f} s "
                f"({linked['build_graph_cpu_s']:.2f} s CPU, {linked['main_cpu_s']:.2f} s its own; other "
                f"processes {linked['others_cpu_s']} s CPU meanwhile) for {refs} references; "
                f"graph digest {linked['digest']}"
            )
        timings = None
        if runs:
            # The median run stands for the size; every run must have linked the same way.
            middle = sorted(runs, key=lambda r: r["build_graph_s"])[len(runs) // 2]
            result["runs"] = [
                {
                    "wall_s": round(r["build_graph_s"], 3),
                    "cpu_s": r["build_graph_cpu_s"],
                    "main_cpu_s": r["main_cpu_s"],
                    "others_cpu_s": r["others_cpu_s"],
                    "started_quiet": r["started_quiet"],
                }
                for r in runs
            ]
            outcome = [(r["statuses"], r["score"], r["threads"], r["digest"]) for r in runs]
            result["same_graph_every_run"] = all(o == outcome[0] for o in outcome)
            link_s = middle.pop("build_graph_s")
            timings = middle.pop("stage_timings")
            result.update(middle)
            result.update(build_graph_s=round(link_s, 3), finished=True)
            log(
                f"{size:>6}: median build_graph {link_s:.2f} s "
                f"({1000 * link_s / max(refs, 1):.3f} ms per reference)"
            )
        else:
            link_s = None
            result.update(build_graph_s=None, finished=False, budget_s=budget)
            log(
                f"{size:>6}: build_graph did not finish within {budget:.0f} s: stopped; "
                f"projecting from a sample of {sample}"
            )
        if with_breakdown or link_s is None:
            result["breakdown"] = breakdown(stories, timings, sample)
            log(f"{size:>6}: breakdown {result['breakdown']}")
        if link_s is None and "total_s" in result.get("breakdown", {}):
            result["projected_build_graph_s"] = result["breakdown"]["total_s"]
        shown = link_s if link_s is not None else result.get("projected_build_graph_s")
        if shown is not None:
            result["ms_per_reference"] = round(1000 * shown / max(refs, 1), 4)
            result["ms_per_story"] = round(1000 * shown / max(len(stories), 1), 4)
        results[size] = result
        del stories
        gc.collect()
    return results


#: The name the other checkout's plugin is imported as (``--against``).
AGAINST_PACKAGE = "seedreader_against"


def import_against(plugins: str, folder: str | None = None) -> str:
    """Make another checkout's plugin (its ``plugins`` folder) importable beside this one's.

    A copy, in ``folder`` (a new temporary folder by default), under another package name.
    """
    import shutil
    import tempfile

    folder = folder or tempfile.mkdtemp(prefix="seedreader-against-")
    shutil.copytree(os.path.join(plugins, "seedreader"), os.path.join(folder, AGAINST_PACKAGE))
    sys.path.insert(0, folder)
    return AGAINST_PACKAGE


def compare(
    size: int, against: str, repeat: int, parallel: bool, budget: float, quiet_wait: float, log, **found
) -> list[str]:
    """build_graph of this checkout and of ``against`` (a plugins folder), runs interleaved.

    Pairs of runs, the two in turn first: on a shared machine, whatever else runs meanwhile
    slows both sides of a pair alike more often than two runs minutes apart. Says each side's
    median wall and own CPU seconds, how many pairs this checkout was faster in, the median
    of the pairs' differences, and whether both linked alike (the same graph digest).
    """
    archive = generate.ensure_archive(size, found.get("cache"))
    with open(os.path.join(archive, "truth.json"), encoding="utf-8") as handle:
        truth = json.load(handle)
    stories, _ = cached_stories(archive, found.get("jobs", 1), found.get("stories_cache"))
    other = import_against(against)
    sides = {"this": "seedreader", "against": other}
    runs: dict[str, list[dict]] = {"this": [], "against": []}
    for n in range(repeat):
        for side in ("this", "against") if n % 2 == 0 else ("against", "this"):
            if quiet_wait > 0:
                wait_until_quiet(quiet_wait, log)
            linked = link(stories, truth, budget, parallel, sides[side])
            if linked is None:
                return [f"- {size:,} stories: {side} did not finish within {budget:.0f} s"]
            runs[side].append(linked)
            log(
                f"{size:>6}: {side:>7} build_graph {linked['build_graph_s']:.2f} s "
                f"(own CPU {linked['main_cpu_s']:.2f} s; other processes {linked['others_cpu_s']} s CPU "
                f"meanwhile); graph digest {linked['digest']}"
            )
    return compared(size, against, runs)


def compared(size: int, against: str, runs: dict[str, list[dict]]) -> list[str]:
    """What ``compare`` says of its runs (lists of ``link`` results, in pairs)."""
    mine, theirs = runs["this"], runs["against"]
    walls = [a["build_graph_s"] - b["build_graph_s"] for a, b in zip(mine, theirs, strict=True)]
    lines = [f"- {size:,} stories, this checkout against {against}, {len(walls)} pairs of runs:"]
    for name, key in (("wall", "build_graph_s"), ("own CPU", "main_cpu_s")):
        lines.append(
            f"  - median {name} {median([r[key] for r in mine]):.2f} s against "
            f"{median([r[key] for r in theirs]):.2f} s"
        )
    faster = sum(d < 0 for d in walls)
    lines.append(f"  - faster in {faster} of {len(walls)} pairs; median difference {median(walls):+.2f} s")
    digests = {r["digest"] for r in mine + theirs}
    lines.append(
        "  - the same graph on both sides"
        if len(digests) == 1
        else f"  - the graphs differ: {', '.join(sorted(digests))}"
    )
    # What each side linked, against the generator's truth (a side's runs all link alike).
    for name, side in (("this", mine), ("against", theirs)):
        if "score" in side[0]:
            total = _totals({kind: Counter(c) for kind, c in side[0]["score"].items()})
            lines.append(
                f"  - {name}: {total['right']:,} of {total['present']:,} present targets linked "
                f"(recall {_share(total['right'], total['present'])}), {total['WRONG']} wrong; "
                f"graph digest {side[0]['digest']}"
            )
    return lines


def _graph_time(r: dict) -> tuple[float | None, str]:
    """build_graph's seconds and how they were had (measured, or projected from a sample)."""
    if r.get("build_graph_s") is not None:
        return r["build_graph_s"], f"{r['build_graph_s']:.2f}"
    if r.get("projected_build_graph_s") is not None:
        p = r["projected_build_graph_s"]
        return p, f"stopped at {r['budget_s']:.0f} s; ~{p:.0f} s projected"
    return None, "n/a"


def verdicts(results: dict) -> list[str]:
    """The limit of issue 3 and the growth between sizes, as Markdown list items."""
    lines = []
    if 50000 in results:
        r = results[50000]
        t, text = _graph_time(r)
        met = t is not None and t < LIMIT_50K_S and r.get("finished")
        text = text if "projected" in text else f"{text} s"
        if r.get("runs"):
            text += f" (median of {len(r['runs'])} runs; {r['build_graph_cpu_s']:.2f} s CPU)"
        lines.append(
            f"- 50,000 stories: build_graph {text}, limit {LIMIT_50K_S:.0f} s: "
            + ("**met**" if met else "**not met**")
        )
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:], strict=False):
        a, _ = _graph_time(results[small])
        b, _ = _graph_time(results[big])
        if a and b:
            growth = (b / a) / (big / small)
            lines.append(
                f"- {small:,} -> {big:,} stories: build_graph time x{b / a:.1f} for "
                f"x{big / small:.0f} stories, {growth:.2f} x linear "
                f"(time per reference x{growth:.2f})"
            )
    return lines


def tables(results: dict) -> list[str]:
    """The results as Markdown tables."""
    lines = [
        "| stories | READ MORE refs | parse s (wall) | parse / topics / story CPU s | build_graph s "
        "(median; all runs) | build_graph CPU s | others' CPU s meanwhile | ms per ref | "
        "resolved / ambiguous / unresolved |",
        "| ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | --- |",
    ]
    for size, r in sorted(results.items()):
        p, s = r["parse"], r.get("statuses", {})
        _, graph_text = _graph_time(r)
        if r.get("runs"):
            graph_text += " (" + ", ".join(f"{run['wall_s']:.2f}" for run in r["runs"]) + ")"
        if r.get("build_graph_s") is not None and r.get("parallel") is False:
            graph_text += " serial"
        cpu = f"{r['build_graph_cpu_s']:.2f}" if r.get("build_graph_cpu_s") is not None else "n/a"
        others = f"{r['others_cpu_s']:.1f}" if r.get("others_cpu_s") is not None else "n/a"
        per_ref = f"{r['ms_per_reference']:.3f}" if r.get("ms_per_reference") is not None else "n/a"
        counts = "n/a"
        if s:
            counts = f"{s.get('resolved', 0)} / {s.get('ambiguous', 0)} / {s.get('unresolved', 0)}"
        lines.append(
            f"| {size:,} | {r['references']:,} | {p['wall_s']:.1f} ({p['jobs']} jobs) | "
            f"{p.get('parse_s', 0):.1f} / {p.get('topics_s', 0):.1f} / {p.get('story_s', 0):.1f} | "
            f"{graph_text} | {cpu} | {others} | {per_ref} | {counts} |"
        )
    if any("breakdown" in r and "unavailable" not in r["breakdown"] for r in results.values()):
        lines += [
            "",
            "Where build_graph's time goes, stage by stage as it timed them: wall seconds (CPU "
            "seconds, its helper process included); * = projected from a random sample of lines / "
            "stories:",
            "",
            "| stories | " + " | ".join(STAGE_TITLES[stage] for stage in STAGES) + " | total |",
            "| ---: |" + " ---: |" * (len(STAGES) + 1),
        ]
        for size, r in sorted(results.items()):
            b = r.get("breakdown", {})
            if "unavailable" in b or not b:
                continue
            star = "*" if b.get("projected_from_sample") else ""
            cells = []
            for stage in (*STAGES, "total"):
                cpu = b.get(f"{stage}_cpu_s")
                cells.append(
                    f"{b.get(f'{stage}_s', 0.0):.2f}"
                    + (f" ({cpu:.2f})" if cpu is not None else "")
                    + (star if stage in ("resolve", "related", "total") else "")
                )
            lines.append(f"| {size:,} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Links against the generator's truth (per kind of READ MORE line; precision = right / "
        "linked, recall = right / lines whose story is in the archive):",
        "",
        "| stories | kind | right | WRONG | ambiguous | unresolved | precision | recall |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, r in sorted(results.items()):
        for kind, c in r.get("score", {}).items():
            right, wrong = c.get("right", 0), c.get("WRONG", 0)
            lines.append(
                f"| {size:,} | {kind} | {right} | {wrong} | {c.get('ambiguous', 0)} | "
                f"{c.get('unresolved', 0)} | {_share(right, right + wrong)} | "
                f"{_share(right, c.get('present', 0))} |"
            )
    return lines


def _share(part: int, whole: int) -> str:
    """``part / whole`` as a percentage, or n/a."""
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


# --- Labelled archives (--sets) ---------------------------------------------------------

#: Kinds of labelled line, in the order the tables show them (others after, by name).
SET_KINDS = (
    "exact",
    "headline",
    "reworded-untitled",
    "decoy",
    "absent",
    "copy-of-source",
    "same-event",
    "cites-later",
)
#: What the counts of a labelled line can be.
OUTCOMES = ("right", "WRONG", "ambiguous", "unresolved", "not found")


@dataclass
class LabelledArchive:
    """A labelled archive as a build links it."""

    name: str
    truth: dict
    references: dict[tuple[str, int], object]
    """(seed key, line) -> the line's ``records.Reference`` (a hidden copy's included)."""
    canonical: dict[str, str]
    """Seed key -> its canonical copy's key (itself when it has no copy)."""
    titles: dict[str, str]
    stories: int
    copies: int


@dataclass
class LabelledStories:
    """A labelled archive read as a build reads it: the graph's stories and the copies."""

    stories: list
    """The canonical copies' ``records.Story`` records, by key."""
    seeds: dict
    """Seed key -> the read seed (``passes.ReadSeed``)."""
    canonical: dict[str, str]
    truth: dict
    settings: dict


def read_labelled_stories(archive: str) -> LabelledStories:
    """Read a labelled archive and run the archive passes (copies) as a build does."""
    with open(os.path.join(archive, "truth.json"), encoding="utf-8") as handle:
        truth = json.load(handle)
    return read_stories(os.path.join(archive, "seeds"), truth, archive)


def read_stories(seeds: str, truth: dict, name: str) -> LabelledStories:
    """Read a folder of seeds and run the archive passes (copies) as a build does."""
    from seedreader.integration.passes import read_archive
    from seedreader.settings import DEFAULTS

    root = os.path.abspath(seeds)
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
    settings = {**DEFAULTS, "PATH": root, "ARTICLE_PATHS": [""]}
    return stories_of(read_archive(paths, settings), truth, name, settings)


def stories_of(read, truth: dict, name: str, settings: dict) -> LabelledStories:
    """The graph's stories of an archive read with ``settings`` (``passes.read_archive``), copies joined."""
    from seedreader.integration.reader import UNDATED
    from seedreader.linking.records import story_from_seed

    for path, error in sorted(read.failed.items()):
        print(f"{name}: not a story: {path}: {error}", file=sys.stderr)
    key_of = {path: story.seed_path for path, story in read.stories.items()}
    seeds = {story.seed_path: story for story in read.stories.values()}
    canonical = {key: key for key in seeds}
    members = {}
    for group in read.groups:
        keys = [key_of[m] for m in group.members]
        for key in keys:
            canonical[key] = keys[0]
        members[keys[0]] = keys[1:]
    stories = []
    for key in sorted(k for k in seeds if canonical[k] == k):
        story = seeds[key]
        aliases = tuple(seeds[c].seed.title for c in members.get(key, ()))
        stories.append(
            story_from_seed(
                key,
                story.seed,
                story.slug,
                story.date or UNDATED,
                story.mentions,
                dated=story.date is not None,
                aliases=aliases,
            )
        )
    return LabelledStories(stories, seeds, canonical, truth, settings)


def read_labelled(archive: str) -> LabelledArchive:
    """Read, pass and link a labelled archive as a build does (without a links file)."""
    from types import SimpleNamespace

    from seedreader.integration.links import resolver_options
    from seedreader.integration.site import _link_copies
    from seedreader.linking.graph import build_graph
    from seedreader.settings import read_options

    read = read_labelled_stories(archive)
    stories, seeds, canonical, truth, settings = (
        read.stories,
        read.seeds,
        read.canonical,
        read.truth,
        read.settings,
    )
    graph_options = resolver_options(read_options(settings), {})  # as a build links it, no links file
    graph = build_graph(stories, graph_options)
    refs_by_source = defaultdict(list)
    for ref in graph.references:
        refs_by_source[ref.source].append(ref)
    # The hidden copies, as the build's articles: their lines resolved as the site resolves them.
    articles = {key: SimpleNamespace(seed_path=key, seed=seeds[key].seed) for key in seeds}
    hidden = [articles[k] for k in sorted(seeds) if canonical[k] != k]
    for article in hidden:
        article.copy_of = articles[canonical[article.seed_path]]
    found = list(graph.references) + _link_copies(hidden, stories, graph_options, refs_by_source, [])
    return LabelledArchive(
        os.path.basename(os.path.normpath(archive)),
        truth,
        {(r.source, r.line): r for r in found},
        canonical,
        {k: s.seed.title for k, s in seeds.items()},
        len(seeds),
        len(hidden),
    )


def score_labelled(data: LabelledArchive) -> tuple[dict[str, Counter], list[dict]]:
    """Each labelled line's outcome, counted per kind; and every wrong link and miss, described."""
    counts: dict[str, Counter] = defaultdict(Counter)
    problems = []
    for source in sorted(data.truth):
        for label in data.truth[source]:
            kind, target = label["kind"], label["target"]
            ref = data.references.get((source, label["line"]))
            counts[kind]["refs"] += 1
            counts[kind]["present"] += target is not None
            if ref is None:
                outcome = "not found"
            elif ref.status == "resolved":
                # Any copy of the story named is that story (the graph holds its canonical copy).
                right = target is not None and data.canonical.get(ref.target) == data.canonical.get(target)
                outcome = "right" if right else "WRONG"
            else:
                outcome = ref.status
            counts[kind][outcome] += 1
            if outcome == "WRONG" or target is not None and outcome != "right":
                problems.append(_problem(data, source, label, ref, outcome))
    return counts, problems


def _problem(data: LabelledArchive, source: str, label: dict, ref, outcome: str) -> dict:
    """What the report says of a wrong link or a miss."""
    target = label["target"]
    item = {
        "archive": data.name,
        "source": source,
        "line": label["line"],
        "kind": label["kind"],
        "headline": label["headline"],
        "outcome": outcome,
        "truth": target,
        "truth_title": data.titles.get(target) if target else None,
    }
    if "copy" in label:
        item["copy"] = label["copy"]
    if ref is not None:
        item.update(
            status=ref.status,
            got=ref.target,
            got_title=data.titles.get(ref.target),
            stage=ref.stage,
            score=ref.score,
            note=ref.note,
            candidates=[
                {"key": c.key, "title": data.titles.get(c.key), "score": c.score} for c in ref.candidates
            ],
        )
    return item


def _totals(counts: dict[str, Counter]) -> Counter:
    total = Counter()
    for c in counts.values():
        total.update(c)
    return total


def _row(name: str, kind: str, c: Counter) -> str:
    right, wrong = c["right"], c["WRONG"]
    return (
        f"| {name} | {kind} | {c['refs']} | {c['present']} | {right} | {wrong} | {c['ambiguous']} | "
        f"{c['unresolved']} | {_share(right, right + wrong)} | {_share(right, c['present'])} |"
    )


def set_tables(scored: dict[str, tuple[dict[str, Counter], list[dict]]]) -> list[str]:
    """The per-archive, per-kind table, the totals and the verdicts, as Markdown."""
    lines = [
        "| archive | kind | refs | present | right | WRONG | ambiguous | unresolved | precision | recall |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    every = Counter()
    for name, (counts, _) in scored.items():
        order = [k for k in SET_KINDS if k in counts] + sorted(set(counts) - set(SET_KINDS))
        lines += [_row(name, kind, counts[kind]) for kind in order]
        total = _totals(counts)
        every.update(total)
        lines.append(_row(name, "**total**", total))
    if len(scored) > 1:
        lines.append(_row("**all**", "**total**", every))
    lines += [
        "",
        "precision = right / linked; recall = right / lines whose story is in the archive (the "
        "other lines are right when they link nowhere: decoy, absent and copy-of-source lines "
        "have no story to link). WRONG: linked to another story, or linked although no story "
        "should be.",
        "",
    ]
    for name, (counts, _) in scored.items():
        total = _totals(counts)
        if total["not found"]:
            lines.append(
                f"- {name}: {total['not found']} labelled lines are no READ MORE line of the "
                "parser: the archive and its truth disagree (regenerate it)"
            )
        lines.append(
            f"- {name}: {total['WRONG']} wrong links (target: none): "
            + ("**met**" if not total["WRONG"] else "**not met**")
            + f"; recall on present targets {_share(total['right'], total['present'])} "
            "(target: at least 95%): "
            + ("**met**" if total["present"] and total["right"] >= 0.95 * total["present"] else "**not met**")
        )
    return lines


def problem_lines(problems: list[dict], show: bool) -> list[str]:
    """Every wrong link (always) and every miss (``show``), with the candidates' scores (``show``)."""
    lines = []
    wrong = [p for p in problems if p["outcome"] == "WRONG"]
    missed = [p for p in problems if p["outcome"] != "WRONG"]
    for title, items in (("Wrong links", wrong), ("Misses (story in the archive, not linked)", missed)):
        if not items or (items is missed and not show):
            continue
        lines += ["", f"{title}: {len(items)}", ""]
        for p in items:
            truth = (
                f"{p['truth']} ({p['truth_title']!r})"
                if p["truth"]
                else "no link" + (f" (the line's own copy: {p['copy']})" if "copy" in p else "")
            )
            lines.append(f"- [{p['archive']}] {p['kind']}: {p['source']}:{p['line']} {p['headline']!r}")
            lines.append(f"  truth: {truth}")
            got = f"{p.get('got')} ({p.get('got_title')!r})" if p.get("got") else ""
            lines.append(
                f"  got: {p.get('status', 'no reference')} {got} stage={p.get('stage')} "
                f"score={p.get('score')}" + (f" note={p['note']!r}" if p.get("note") else "")
            )
            if show:
                for c in p.get("candidates", []):
                    lines.append(f"    candidate {c['score']:.4f} {c['key']} ({c['title']!r})")
    return lines


def score_sets(archives: list[str], show: bool, argv: list[str], log) -> int:
    """Score each labelled archive; print and write the results. Always 0: it measures."""
    import importlib.metadata

    scored, problems, sizes = {}, [], {}
    for archive in archives:
        started = time.perf_counter()
        data = read_labelled(archive)
        scored[data.name] = score_labelled(data)
        problems += scored[data.name][1]
        digest = hashlib.sha256(repr(sorted(data.references.items())).encode()).hexdigest()[:16]
        sizes[data.name] = {
            "stories": data.stories,
            "hidden_copies": data.copies,
            "references": len(data.references),
            "digest": digest,
        }
        labelled = sum(len(v) for v in data.truth.values())
        log(
            f"{data.name}: {data.stories} seeds ({data.copies} hidden copies), {labelled} labelled lines, "
            f"{time.perf_counter() - started:.1f} s; references digest {digest}"
        )
    lines = set_tables(scored)
    doc = {
        "command": "python bench/linking.py " + " ".join(argv),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "seedreader": importlib.metadata.version("seedreader"),
        "archives": {
            name: {
                "sizes": sizes[name],
                "by_kind": {k: dict(c) for k, c in counts.items()},
                "total": dict(_totals(counts)),
            }
            for name, (counts, _) in scored.items()
        },
        "problems": problems,
    }
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "linkset.json"), "w", encoding="utf-8") as handle:
        json.dump(doc, handle, indent=2, sort_keys=True, ensure_ascii=False)
        handle.write("\n")
    with open(os.path.join(RESULTS, "linkset.md"), "w", encoding="utf-8") as handle:
        handle.write(f"# Linking on labelled archives ({doc['finished']})\n\n`{doc['command']}`\n\n")
        handle.write("\n".join(lines + problem_lines(problems, True)) + "\n")
    print("\n".join(lines + problem_lines(problems, show)))
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__,
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for parsing")
    parser.add_argument("--breakdown", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--cache", default=None, help="archive cache (see bench/generate.py)")
    parser.add_argument(
        "--budget",
        type=float,
        default=240,
        help="seconds build_graph may take at one size before it is stopped and its time "
        "projected from a sample instead (default 240)",
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the other sizes of bench/results/linking.json in the new one",
    )
    parser.add_argument(
        "--sample", type=int, default=2000, help="lines / stories timed for a projection (default 2000)"
    )
    parser.add_argument(
        "--serial", action="store_true", help="build_graph in one process (no helper process on big archives)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="build_graph runs per size; the median is reported (default 3)"
    )
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=120,
        help="seconds to wait, before each build_graph run, for other processes to leave "
        "the CPUs idle (default 120; 0: do not wait)",
    )
    parser.add_argument(
        "--stories-cache",
        metavar="DIR",
        help="keep the parsed stories in DIR and reuse them while the archive and the plugin's "
        "parse code are unchanged (linking's own modules may change): skips the parse step",
    )
    parser.add_argument(
        "--sets",
        nargs="+",
        metavar="DIR",
        help="score labelled archives (DIR/seeds, DIR/truth.json; see bench/linkset) "
        "instead of timing generated ones",
    )
    parser.add_argument(
        "--show",
        action="store_true",
        help="with --sets: list every wrong link and every miss with the candidates' scores",
    )
    parser.add_argument(
        "--against",
        metavar="PLUGINS",
        help="time build_graph of this checkout against another's plugins folder (e.g. a "
        "`git worktree` of the last commit), --repeat pairs of runs interleaved, at each size; "
        "prints the comparison, writes no results",
    )
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if args.sets:
        return score_sets(args.sets, args.show, argv if argv is not None else sys.argv[1:], log)
    if args.against:
        for size in args.sizes:
            lines = compare(
                size,
                args.against,
                max(args.repeat, 1),
                not args.serial,
                args.budget,
                args.quiet_wait,
                log,
                cache=args.cache,
                jobs=args.jobs,
                stories_cache=args.stories_cache,
            )
            print("\n".join(lines))
        return 0

    results = run(
        args.sizes,
        args.jobs,
        args.breakdown,
        args.cache,
        args.budget,
        args.sample,
        not args.serial,
        max(args.repeat, 1),
        args.quiet_wait,
        log,
        args.stories_cache,
    )
    path = os.path.join(RESULTS, "linking.json")
    if args.merge and os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            earlier = {int(k): v for k, v in json.load(handle).get("results", {}).items()}
        results = {**earlier, **results}
    import importlib.metadata

    doc = {
        "command": "python bench/linking.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "seedreader": importlib.metadata.version("seedreader"),
        "nproc": os.cpu_count(),
        "generator_version": generate.GENERATOR_VERSION,
        "limit_50000_s": LIMIT_50K_S,
        "results": {str(k): v for k, v in sorted(results.items())},
    }
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "linking.json"), "w", encoding="utf-8") as handle:
        json.dump(doc, handle, indent=2, sort_keys=True)
        handle.write("\n")
    lines = tables(results) + [""] + verdicts(results)
    with open(os.path.join(RESULTS, "linking.md"), "w", encoding="utf-8") as handle:
        handle.write(f"# Linking benchmark ({doc['finished']})\n\n`{doc['command']}`\n\n")
        handle.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
