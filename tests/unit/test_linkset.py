"""The labelled linking archives (``bench/linkset``): committed as ``make.py`` writes them, labelled as
the parser reads them. No resolver accuracy here: ``bench/linking.py --sets`` measures that."""

import json
import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from seedreader.text.parse import parse

ROOT = Path(__file__).resolve().parents[2]
LINKSET = ROOT / "bench" / "linkset"
sys.path.insert(0, str(LINKSET))

import make  # noqa: E402

ARCHIVES = [world.NAME for world in make.WORLDS]


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("linkset")
    for world in make.WORLDS:
        make.write(world, make.build(world), str(out / world.NAME))
    return out


@pytest.mark.parametrize("name", ARCHIVES)
def test_regenerating_gives_the_committed_archive_byte_for_byte(regenerated, name):
    made, committed = files(regenerated / name), files(LINKSET / name)
    assert sorted(made) == sorted(committed)
    changed = [path for path in made if made[path] != committed[path]]
    assert not changed, f"{len(changed)} files differ from make.py's output, e.g. {changed[:3]}"


@pytest.mark.parametrize("name", ARCHIVES)
def test_every_label_is_a_read_more_line_of_the_parser_and_every_line_is_labelled(name):
    root = LINKSET / name / "seeds"
    truth = json.loads((LINKSET / name / "truth.json").read_text(encoding="utf-8"))
    seeds = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))
    assert set(truth) <= set(seeds)
    for key in seeds:
        seed = parse((root / key).read_text(encoding="utf-8"), source=key)
        found = [(block.line, block.text) for block in seed.read_more]
        assert found == [(label["line"], label["headline"]) for label in truth.get(key, [])], key
    for labels in truth.values():
        for label in labels:
            assert label["kind"] in make.KINDS
            assert label["target"] is None or label["target"] in seeds
            assert (label["target"] is None) == (label["kind"] in ("decoy", "absent", "copy-of-source"))


@pytest.mark.parametrize("name", ARCHIVES)
def test_each_hard_kind_has_sixteen_lines_at_least(name):
    truth = json.loads((LINKSET / name / "truth.json").read_text(encoding="utf-8"))
    kinds = Counter(label["kind"] for labels in truth.values() for label in labels)
    assert sum(kinds.values()) >= 160
    assert all(kinds[kind] >= 16 for kind in make.HARD_KINDS), kinds
    assert kinds["exact"] and kinds["headline"]


@pytest.mark.parametrize("name", ARCHIVES)
def test_the_copies_pass_finds_exactly_the_copies_made(name):
    from seedreader.integration.passes import read_archive
    from seedreader.settings import DEFAULTS

    root = (LINKSET / name / "seeds").resolve()
    meta = json.loads((LINKSET / name / "meta.json").read_text(encoding="utf-8"))
    settings = {**DEFAULTS, "PATH": str(root), "ARTICLE_PATHS": [""]}
    read = read_archive([str(p) for p in root.rglob("*.txt")], settings)
    found = sorted(sorted(Path(os.path.relpath(m, root)).as_posix() for m in g.members) for g in read.groups)
    assert not read.failed
    assert found == meta["copies"]


def test_the_readme_example_is_a_label_of_the_calibrate_archive():
    text = (LINKSET / "README.md").read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])
    truth = json.loads((LINKSET / "calibrate" / "truth.json").read_text(encoding="utf-8"))
    for key, labels in example.items():
        assert all(label in truth[key] for label in labels), key
