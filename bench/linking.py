"""The linking benchmark of issue 3: READ MORE resolution and the story graph at archive scale.

    python bench/linking.py [--sizes 1000 10000 50000] [--jobs 2] [--no-breakdown]

For each size it takes the generated archive (bench/generate.py, cached), then, each step
timed on its own:

1. **parse**: reads and parses every seed (``decode.read_seed`` + ``parse.parse``), finds its
   topics (``topics.extract_topics``, as the reader does) and makes its ``Story`` record
   (``related.story_from_seed``), in ``--jobs`` worker processes;
2. **link**: ``related.build_graph`` over all the stories, in this process: the whole linking
   step (READ MORE resolution, backlinks, threads, related stories). Its time per READ MORE
   reference and in total is the number issue 3 sets a limit on (50,000 stories < 10 s);
3. **breakdown** (unless ``--no-breakdown``): the same work stage by stage with the module's
   own pieces (``Resolver``, its index, resolving, backlinks, threads, related stories),
   to show where the time goes.

The generator knows what each READ MORE line names (``truth.json``), so the run also scores
the links: right, wrong (linked to another story, or linked although the story is not in
the archive), ambiguous, unresolved, per kind of line (exact header title, the story's
headline, a paraphrase, a story not in the archive). Results go to
bench/results/linking.json and bench/results/linking.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import random
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402

RESULTS = os.path.join(HERE, "results")
LIMIT_50K_S = 10.0


# --- Parsing (in workers) ---------------------------------------------------------------


def _parse_chunk(args: tuple[str, list[str]]) -> tuple[list, dict]:
    """Parse seeds under ``root``; return their Story records and the seconds spent per step."""
    root, paths = args
    from seedreader.decode import file_date, read_seed
    from seedreader.parse import parse
    from seedreader.reader import make_slug
    from seedreader.related import story_from_seed
    from seedreader.settings import DEFAULTS
    from seedreader.topics import extract_topics

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
        stories.append(story_from_seed(rel, seed, slug, seed.date or file_date(path), mentions))
        t3 = clock()
        spent["parse_s"] += t1 - t0
        spent["topics_s"] += t2 - t1
        spent["story_s"] += t3 - t2
    return stories, dict(spent)


def load_stories(archive: str, jobs: int) -> tuple[list, dict]:
    """Every seed of the archive as a Story record, with the time each step took."""
    root = os.path.join(archive, "seeds")
    paths = sorted(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
                   for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
    started = time.perf_counter()
    if jobs <= 1:
        stories, spent = _parse_chunk((root, paths))
    else:
        size = max(1, len(paths) // (jobs * 8))
        chunks = [(root, paths[i:i + size]) for i in range(0, len(paths), size)]
        stories, spent = [], Counter()
        with ProcessPoolExecutor(jobs) as pool:
            for part, part_spent in pool.map(_parse_chunk, chunks):
                stories.extend(part)
                spent.update(part_spent)
    timing = {"wall_s": time.perf_counter() - started, "jobs": jobs}
    timing.update({k: round(v, 3) for k, v in spent.items()})
    return stories, timing


# --- Linking ----------------------------------------------------------------------------


def _link_child(stories: list, truth: dict, conn) -> None:
    """In a forked process: time build_graph and send back its counts and score."""
    from seedreader import related

    gc.collect()
    started = time.perf_counter()
    graph = related.build_graph(stories, related.Options())
    elapsed = time.perf_counter() - started
    conn.send({"build_graph_s": elapsed, "references": len(graph.references),
               "statuses": dict(Counter(r.status for r in graph.references)),
               "threads": len(graph.threads), "score": score(graph, truth)})
    conn.close()


def link(stories: list, truth: dict, budget: float) -> dict | None:
    """build_graph over all stories in a forked process; None when it ran past ``budget`` seconds."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    proc = context.Process(target=_link_child, args=(stories, truth, send))
    proc.start()
    send.close()
    result = receive.recv() if receive.poll(budget) else None
    if result is None:
        proc.kill()
    proc.join()
    return result


def breakdown(stories: list, sample: int | None = None) -> dict:
    """build_graph's stages timed one by one with the module's own pieces.

    With ``sample``, the per-item stages (resolving a line, choosing a story's related
    stories) run on that many random items and their full time is projected from them;
    the other stages always run whole. Private helpers: skipped if they have changed.
    """
    from seedreader import related

    clock = time.perf_counter
    out: dict = {}
    try:
        gc.collect()
        t0 = clock()
        resolver = related.Resolver(stories, related.Options())
        out["resolver_lookups_s"] = clock() - t0
        t0 = clock()
        _ = resolver.index
        out["retrieval_index_s"] = clock() - t0
        items = [(s, line, h) for s in stories for line, h in s.references]
        chosen = items if not sample or sample >= len(items) else random.Random(0).sample(items, sample)
        t0 = clock()
        references = tuple(resolver.resolve(s, line, h) for s, line, h in chosen)
        out["resolve_s"] = (clock() - t0) * len(items) / max(len(chosen), 1)
        out["stages"] = dict(sorted(Counter(r.stage for r in references).items(), key=lambda kv: str(kv[0])))
        if len(chosen) == len(items):
            t0 = clock()
            related._backlinks(stories, references)
            out["backlinks_s"] = clock() - t0
            t0 = clock()
            related._threads(stories, references)
            out["threads_s"] = clock() - t0
            t0 = clock()
            related._related(stories, references, related.DEFAULT_RELATED_COUNT)
            out["related_s"] = clock() - t0
        else:
            out["backlinks_s"] = out["threads_s"] = 0.0  # linear and tiny (see the smaller sizes)
            t0 = clock()
            scorer = related._Similarity(stories)
            setup = clock() - t0
            few = random.Random(1).sample(stories, min(sample, len(stories)))
            t0 = clock()
            for story in few:
                scorer.best(story, related.DEFAULT_RELATED_COUNT, {story.key})
            out["related_s"] = setup + (clock() - t0) * len(stories) / len(few)
            out["projected_from_sample"] = sample
        out = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items()}
        out["total_s"] = round(sum(v for k, v in out.items() if k.endswith("_s")), 3)
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
            ref = refs[i] if i < len(refs) and refs[i].headline == meant["headline"] else next(
                (r for r in refs if r.headline == meant["headline"]), None)
            kind = meant["how"]
            if ref is None:
                table[kind]["not found by the parser"] += 1
            elif ref.status == "resolved":
                table[kind]["right" if ref.target == meant["target"] else "WRONG"] += 1
            else:
                table[kind][ref.status] += 1
    return {kind: dict(counts) for kind, counts in sorted(table.items())}


# --- Reporting ----------------------------------------------------------------------------


def run(sizes: list[int], jobs: int, with_breakdown: bool, cache: str | None, budget: float, sample: int,
        log) -> dict:
    """Parse, link and score each size; the results by size."""
    results = {}
    for size in sizes:
        archive = generate.ensure_archive(size, cache)
        with open(os.path.join(archive, "truth.json"), encoding="utf-8") as handle:
            truth = json.load(handle)
        stories, parse_timing = load_stories(archive, jobs)
        refs = sum(len(s.references) for s in stories)
        log(f"{size:>6}: parsed {len(stories)} seeds in {parse_timing['wall_s']:.1f} s ({jobs} jobs)")
        result = {
            "measured": datetime.now(UTC).isoformat(timespec="seconds"),
            "stories": len(stories),
            "references": refs,
            "parse": {k: round(v, 3) if isinstance(v, float) else v for k, v in parse_timing.items()},
        }
        linked = link(stories, truth, budget)
        if linked is not None:
            link_s = linked.pop("build_graph_s")
            result.update(linked)
            result.update(build_graph_s=round(link_s, 3), finished=True)
            log(f"{size:>6}: build_graph {link_s:.2f} s for {refs} references "
                f"({1000 * link_s / max(refs, 1):.3f} ms each)")
        else:
            link_s = None
            result.update(build_graph_s=None, finished=False, budget_s=budget)
            log(f"{size:>6}: build_graph did not finish within {budget:.0f} s: stopped; "
                f"projecting from a sample of {sample}")
        if with_breakdown or link_s is None:
            # A whole second run only when the first was quick; otherwise a sampled projection.
            whole = link_s is not None and link_s < budget / 2
            result["breakdown"] = breakdown(stories, None if whole else sample)
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
        t, text = _graph_time(results[50000])
        met = t is not None and t < LIMIT_50K_S and results[50000].get("finished")
        text = text if "projected" in text else f"{text} s"
        lines.append(f"- 50,000 stories: build_graph {text}, limit {LIMIT_50K_S:.0f} s: "
                     + ("**met**" if met else "**not met**"))
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:], strict=False):
        a, _ = _graph_time(results[small])
        b, _ = _graph_time(results[big])
        if a and b:
            growth = (b / a) / (big / small)
            lines.append(f"- {small:,} -> {big:,} stories: build_graph time x{b / a:.1f} for "
                         f"x{big / small:.0f} stories, {growth:.2f} x linear "
                         f"(time per reference x{growth:.2f})")
    return lines


def tables(results: dict) -> list[str]:
    """The results as Markdown tables."""
    lines = ["| stories | READ MORE refs | parse s (wall) | parse / topics / story CPU s | build_graph s | "
             "ms per ref | resolved / ambiguous / unresolved |",
             "| ---: | ---: | ---: | --- | --- | ---: | --- |"]
    for size, r in sorted(results.items()):
        p, s = r["parse"], r.get("statuses", {})
        _, graph_text = _graph_time(r)
        per_ref = f"{r['ms_per_reference']:.3f}" if r.get("ms_per_reference") is not None else "n/a"
        counts = "n/a"
        if s:
            counts = f"{s.get('resolved', 0)} / {s.get('ambiguous', 0)} / {s.get('unresolved', 0)}"
        lines.append(f"| {size:,} | {r['references']:,} | {p['wall_s']:.1f} ({p['jobs']} jobs) | "
                     f"{p.get('parse_s', 0):.1f} / {p.get('topics_s', 0):.1f} / {p.get('story_s', 0):.1f} | "
                     f"{graph_text} | {per_ref} | {counts} |")
    if any("breakdown" in r and "unavailable" not in r["breakdown"] for r in results.values()):
        lines += ["", "Where build_graph's time goes (stages timed one by one, seconds; * = projected from "
                  "a random sample of lines / stories):", "",
                  "| stories | lookups | retrieval index | resolve | backlinks | threads | related | total | "
                  "stages that resolved the lines |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for size, r in sorted(results.items()):
            b = r.get("breakdown", {})
            if "unavailable" in b or not b:
                continue
            star = "*" if b.get("projected_from_sample") else ""
            lines.append(f"| {size:,} | {b['resolver_lookups_s']:.2f} | {b['retrieval_index_s']:.2f} | "
                         f"{b['resolve_s']:.2f}{star} | {b['backlinks_s']:.2f} | {b['threads_s']:.2f} | "
                         f"{b['related_s']:.2f}{star} | {b['total_s']:.2f}{star} | {b['stages']} |")
    lines += ["", "Links against the generator's truth (per kind of READ MORE line):", "",
              "| stories | kind | right | WRONG | ambiguous | unresolved |",
              "| ---: | --- | ---: | ---: | ---: | ---: |"]
    for size, r in sorted(results.items()):
        for kind, c in r.get("score", {}).items():
            lines.append(f"| {size:,} | {kind} | {c.get('right', 0)} | {c.get('WRONG', 0)} | "
                         f"{c.get('ambiguous', 0)} | {c.get('unresolved', 0)} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for parsing")
    parser.add_argument("--breakdown", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--cache", default=None, help="archive cache (see bench/generate.py)")
    parser.add_argument("--budget", type=float, default=240,
                        help="seconds build_graph may take at one size before it is stopped and its time "
                             "projected from a sample instead (default 240)")
    parser.add_argument("--merge", action="store_true",
                        help="keep the other sizes of bench/results/linking.json in the new one")
    parser.add_argument("--sample", type=int, default=2000,
                        help="lines / stories timed for a projection (default 2000)")
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    results = run(args.sizes, args.jobs, args.breakdown, args.cache, args.budget, args.sample, log)
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
