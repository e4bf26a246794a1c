"""Topics are names a reader recognises: invented stories in ``fixtures/topics``, one per rule."""

import json
import time
from pathlib import Path

import pytest

from seedreader.text.topics import LOWER_LOOKUPS_BEFORE_LIST, LOWER_WORD_RE, _LowerWords, extract_topics

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
    started = time.process_time()
    extract_topics("Velm ferries stop", lede, [])
    assert time.process_time() - started < 0.5


def test_a_long_story_of_sentences_opening_beyond_a_to_z_reads_in_linear_time():
    # Each run opening with an accented capital is checked against a word list, not searched for in
    # the story: a search per run made a 225 KB Turkish story take 51 s.
    body = [f"Çünkü Velm limanı {n}. gün kapalı kaldı, dedi Ölmez Korrin." for n in range(4000)]
    started = time.process_time()
    extract_topics("Velm limanı kapalı", body[0], body)
    assert time.process_time() - started < 2.0


def test_lower_case_lookups_answer_as_the_full_word_list():
    text = "-".join(["stormy"] * 50) + " Velm harbour, a sea-wall and Stormy weather; snow_fall 2-storm"
    listed = set(LOWER_WORD_RE.findall(text))
    words = [
        "stormy",
        "harbour",
        "sea",
        "wall",
        "sea-wall",
        "snow_fall",
        "storm",
        "Stormy",
        "velm",
        "weather",
    ]
    one_by_one = _LowerWords(text)
    assert {w: w in one_by_one for w in words} == {w: w in listed for w in words}
    many = _LowerWords(text)
    for n in range(LOWER_LOOKUPS_BEFORE_LIST + 10):  # past the count, the words are listed at once
        assert (f"word{n}" in many) is False
    assert {w: w in many for w in words} == {w: w in listed for w in words}


def test_a_long_hyphenated_chain_is_read_in_linear_time():
    # Each match in one run of hyphenated words once read the whole run again: minutes at 120 KB.
    body = ["Link: https://example.com/" + "-".join(["stormy"] * 20_000), "The Velm council met on Monday."]
    started = time.process_time()
    extract_topics("Storm reaches Velm", "Velm was hit by a storm on Monday.", body)
    assert time.process_time() - started < 0.5
