"""The command line, run as a user runs it: ``python -m seedreader parse FILE...`` in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

CLI_FIXTURES = Path(__file__).parents[1] / "fixtures" / "cli"
WITH_HEADER = CLI_FIXTURES / "harbour_header.txt"
NO_DATE = CLI_FIXTURES / "wire_no_date.txt"
#: The keys every parsed seed's JSON object carries.
KEYS = {
    "source",
    "title",
    "title_derived",
    "date",
    "lede",
    "figure",
    "blocks",
    "sources",
    "dropped",
    "warnings",
}
#: The first bytes of a PNG file (signature and IHDR chunk).
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def run_cli(*files: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``python -m seedreader parse FILES`` from ``cwd`` (not the project) and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "seedreader", "parse", *map(str, files)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def assert_seed_json(obj: dict, source: str) -> None:
    """``obj`` has every key, with the types the command line promises."""
    assert KEYS <= obj.keys()
    assert obj["source"] == source
    assert isinstance(obj["title"], str) and obj["title"]
    assert isinstance(obj["title_derived"], bool)
    assert obj["date"] is None or datetime.fromisoformat(obj["date"])
    assert obj["figure"] is None or {"caption", "credit"} <= obj["figure"].keys()
    for block in obj["blocks"]:
        assert block["type"] in {"paragraph", "heading", "read_more"}
        assert isinstance(block["headline" if block["type"] == "read_more" else "text"], str)
    assert all(isinstance(source, str) for source in obj["sources"])
    assert all({"line", "reason", "text"} <= dropped.keys() for dropped in obj["dropped"])
    assert all(isinstance(warning, str) for warning in obj["warnings"])


def test_one_file_prints_one_object(tmp_path):
    result = run_cli(WITH_HEADER, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert isinstance(obj, dict)
    assert_seed_json(obj, str(WITH_HEADER))
    assert obj["title"] == "Kelda harbour dredging finishes early"
    assert obj["title_derived"] is False
    assert obj["date"] == "2024-09-12T14:05:00"
    assert obj["figure"]["credit"] == "AA"
    assert [block["type"] for block in obj["blocks"]] == ["paragraph", "heading", "paragraph", "read_more"]
    assert obj["blocks"][3]["headline"] == "Kelda ferry crews vote to strike over rota rules"
    assert obj["sources"] == ["AA"]
    assert obj["warnings"] == []


def test_source_is_the_path_as_given(tmp_path):
    shutil.copy(NO_DATE, tmp_path / "story.txt")
    result = run_cli("story.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "story.txt"


def test_no_date_anywhere_is_undated_with_a_warning(tmp_path):
    seed = tmp_path / "story.txt"
    shutil.copy(NO_DATE, seed)
    stamp = datetime(2023, 5, 6, 7, 8, 9).timestamp()
    os.utime(seed, (stamp, stamp))  # never a date from the file's time
    result = run_cli(seed, cwd=tmp_path)
    obj = json.loads(result.stdout)
    assert obj["date"] is None
    assert obj["date_origin"] is None
    assert "no date in the seed or its file name; published undated" in obj["warnings"]
    assert "story.txt" in result.stderr and "undated" in result.stderr


@pytest.mark.parametrize(
    ("path", "date", "origin"),
    [
        ("2025-07-08-port-ellis-dock-strike.txt", "2025-07-08T00:00:00+00:00", "file-name"),
        ("20250708_story.txt", "2025-07-08T00:00:00+00:00", "file-name"),
        ("port-ellis-2025-07-08.txt", "2025-07-08T00:00:00+00:00", "file-name"),
        ("2025/07/08/story.txt", "2025-07-08T00:00:00+00:00", "folder-name"),
        ("2025-07-08/story.txt", "2025-07-08T00:00:00+00:00", "folder-name"),
        ("2025-07/story.txt", None, None),  # no day: no date, rather than the 1st by guesswork
        ("2025-02-30-story.txt", None, None),  # no such day
        ("12345678-story.txt", None, None),  # an id, not a date
    ],
)
def test_undated_seed_takes_a_date_from_its_file_or_folder_name(tmp_path, path, date, origin):
    seed = tmp_path / path
    seed.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(NO_DATE, seed)
    obj = json.loads(run_cli(path, cwd=tmp_path).stdout)
    assert (obj["date"], obj["date_origin"]) == (date, origin)


def test_a_date_in_the_text_beats_the_file_name(tmp_path):
    shutil.copy(WITH_HEADER, tmp_path / "2020-01-01-harbour.txt")
    obj = json.loads(run_cli("2020-01-01-harbour.txt", cwd=tmp_path).stdout)
    assert (obj["date"], obj["date_origin"]) == ("2024-09-12T14:05:00", "header")


def test_a_file_name_starting_with_a_dash(tmp_path):
    shutil.copy(WITH_HEADER, tmp_path / "-leading-dash.txt")
    shutil.copy(NO_DATE, tmp_path / "plain.txt")
    result = run_cli("-leading-dash.txt", "plain.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [obj["source"] for obj in json.loads(result.stdout)] == ["-leading-dash.txt", "plain.txt"]
    one = run_cli("-leading-dash.txt", cwd=tmp_path)
    assert json.loads(one.stdout)["title"] == "Kelda harbour dredging finishes early"


def test_an_unknown_option_is_still_an_error(tmp_path):
    result = run_cli("--no-such-option", cwd=tmp_path)
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr or "required" in result.stderr


def test_a_time_zone_offset_of_a_day_or_more_does_not_crash(tmp_path):
    text = WITH_HEADER.read_text(encoding="utf-8").replace("2024-09-12 14:05", "2026-01-01T10:00:00+25:00")
    assert "+25:00" in text
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    result = run_cli("story.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert obj["date"] == "2026-01-01T10:00:00+00:00"
    assert any("offset of 24 hours or more" in warning for warning in obj["warnings"])


def test_decoding_warnings_are_in_the_json(tmp_path):
    data = WITH_HEADER.read_bytes().replace(b"dredging", b"dredg\x00ing", 1)
    data = data.replace(b"harbour", b"\x1b[1mharbour\x1b[0m")
    (tmp_path / "story.txt").write_bytes(data)
    result = run_cli("story.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert obj["title"] == "Kelda harbour dredging finishes early"
    codes = data.count(b"\x1b[")
    assert obj["warnings"][:2] == ["1 NUL byte dropped", f"{codes} terminal escape sequences removed"]


def test_several_files_print_an_array_in_order(tmp_path):
    result = run_cli(WITH_HEADER, NO_DATE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    objs = json.loads(result.stdout)
    assert isinstance(objs, list)
    assert [obj["source"] for obj in objs] == [str(WITH_HEADER), str(NO_DATE)]
    for obj, path in zip(objs, (WITH_HEADER, NO_DATE), strict=True):
        assert_seed_json(obj, str(path))
    assert objs[1]["dateline"] == {"text": "KELDA (AA)", "place": "KELDA", "agency": "AA"}
    assert objs[1]["sources"] == ["AFP", "Reuters"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    # ``parse FILES | head``: more JSON than a pipe holds, and the reader closes it after a line.
    files = [str(WITH_HEADER)] * 200
    with subprocess.Popen(
        [sys.executable, "-m", "seedreader", "parse", *files],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout.readline() == b"[\n"
        process.stdout.close()
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=60) == 1
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_bad_files_are_named_and_the_good_ones_still_printed(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(PNG_HEADER + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_cli(WITH_HEADER, binary, NO_DATE, empty, cwd=tmp_path)
    assert result.returncode == 1
    objs = json.loads(result.stdout)
    assert [obj["source"] for obj in objs] == [str(WITH_HEADER), str(NO_DATE)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("seedreader:")]
    assert len(errors) == 2, result.stderr
    assert str(binary) in errors[0] and "binary" in errors[0]
    assert str(empty) in errors[1] and "empty" in errors[1]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [("empty.txt", b"", "empty"), ("blank.txt", b" \n\t\n", "empty"), ("image.png", PNG_HEADER, "binary")],
)
def test_a_single_bad_file_prints_nothing_and_fails(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    result = run_cli(name, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{name}: " in result.stderr and reason in result.stderr


def test_a_missing_file_is_named(tmp_path):
    result = run_cli("nowhere.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "nowhere.txt" in result.stderr and "cannot read" in result.stderr


def test_a_header_only_seed_is_named(tmp_path):
    (tmp_path / "header.txt").write_text("Title: Kelda news\nDate: 2024-01-02\n\n", encoding="utf-8")
    result = run_cli("header.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "header.txt" in result.stderr and "no story text" in result.stderr
