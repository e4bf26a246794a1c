"""Topics are names a reader recognises: invented stories in ``fixtures/topics``, one per rule."""

import json
import time
from pathlib import Path

import pytest

from seedreader.text.topics import extract_topics

CASES = json.loads((Path(__file__).parents[1] / "fixtures" / "topics" / "cases.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_topics(case):
    names = {m.name for m in extract_topics(case["title"], case["lede"], case["body"])}
    assert set(case["named"]) <= names
    assert not names & set(case["not_named"])


def test_header_tags_stay_as_they_are():
    tags = ("Typhoon Marela", "Velorians", "Harbour Safety Act")
    lede = "Typhoon Marela nears Velm, Velorians said."
    mentions = extract_topics("Typhoon Marela nears Velm", lede, [], tags)
    assert [m.name for m in mentions if m.kind == "tag"] == list(tags)


@pytest.mark.parametrize("word", ["A", "Of", "Restricting"])
def test_a_long_run_of_one_word_is_read_in_linear_time(word):
    # 100,000 words: seconds of work when each word cut off the front copied the rest of the run.
    lede = f"{word} " * 100_000 + "Velm, restricting the ferries."
    started = time.perf_counter()
    extract_topics("Velm ferries stop", lede, [])
    assert time.perf_counter() - started < 0.5
