"""The fast paths give the same site as a plain build: byte for byte, on a generated archive.

Builds run in child processes with different hash seeds, so an order that depends on
Python's set or dict hashing (Pelican reads files in set order) shows up as a difference.
"""

import filecmp
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

#: Enough stories for the seeds to be read by workers (prefetch.PARALLEL_MIN_SEEDS) and
#: for many to share a date, in three sections.
STORIES = 150

BUILD = """
import json, sys
from seedreader.build import build_site
seeds, output, overrides = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
build_site("pelicanconf.py", seeds=seeds, output=output, search=False, overrides=overrides)
"""


def build_in_child(seeds: Path, output: Path, hash_seed: int, **overrides) -> None:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    command = [sys.executable, "-c", BUILD, str(seeds), str(output), json.dumps(overrides)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, relative to the folders."""
    found = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(found)


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
