"""The benchmark's verdicts on issue 6's targets, from its medians (no timing here).

``bench/run.py`` turns the medians of alternating builds into ratios and targets; these
tests give it measured rows of known value and check what it concludes.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import run  # noqa: E402


def row(wall: float, cpu: float | None = None, peak: float = 100.0, **phases) -> dict:
    return {"wall_s": wall, "cpu_s": cpu if cpu is not None else wall, "peak_rss_mib": peak, "phases": phases}


def results(ours: float, pelican: float, hugo: float, edit: float, big: float, index_mib: float) -> dict:
    return {
        5000: {"builds": {"seedreader": row(ours), "pelican": row(pelican), "hugo": row(hugo),
                          "devserver-edit": row(edit), "seedreader+search": row(2 * ours)}},
        50000: {"builds": {"seedreader": row(big), "pelican": row(10 * pelican),
                           "seedreader+search": row(2 * big, peak=5000, pagefind_peak_rss_mib=index_mib)}},
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
    result = subprocess.run([sys.executable, "-m", "invoke", "--help", "bench"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert all(option in result.stdout for option in ("--sizes", "--repeat", "--[no-]hugo", "--merge"))
