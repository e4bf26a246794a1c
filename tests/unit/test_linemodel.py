"""The line model: which lines it may judge, and that its weights fit its features."""

from __future__ import annotations

import pytest

from seedreader.text import line_weights, linemodel

STORY = [
    "The harbour board of Tarnvik voted on Monday to build a new sea wall along the old town.",
    "Work on the wall will start in the spring and take two years, the board said in a statement.",
]


def test_weights_fit_the_features():
    assert len(line_weights.WEIGHTS) == len(linemodel.FEATURES)
    rows = [r for r in linemodel.page_features(["Menu", *STORY, "Log in"]) if r is not None]
    assert rows and all(len(r) == len(linemodel.FEATURES) for r in rows)


@pytest.mark.parametrize(
    "line",
    [
        "Nobody was hurt.",  # a sentence, however short
        "Why now?",  # a question
        "Ein Toter.",  # two words
        "| Harbour Party | 21 | -3 |",  # a table row
        "Greens, Independents and the Harbour Party all gained votes in the valley towns this year",  # long
    ],
)
def test_lines_that_may_be_the_story_are_never_judged(line):
    assert linemodel.furniture_chances([*STORY, line])[-1] is None


def test_only_lines_outside_the_story_are_judged():
    texts = ["Menu", STORY[0], "Key points", STORY[1], "Log in"]
    chances = linemodel.furniture_chances(texts)
    assert chances[0] is not None and chances[-1] is not None
    assert chances[1] is None and chances[2] is None and chances[3] is None


def test_a_menu_run_is_furniture_and_the_headline_is_not():
    menu = ["1. Maps", "2. Podcasts", "3. Weather", "4. Letters"]
    headline = "Tarnvik board votes to build a new sea wall"
    chances = linemodel.furniture_chances([*menu, headline, *STORY])
    # Refitting moves each chance a little; the gap between a menu and a headline stays wide.
    assert min(chances[:4]) >= 0.8
    assert chances[4] < 0.2


def test_a_page_with_no_sentence_is_not_judged():
    texts = ["Turnout 64%", "Harbour Party 21 seats", "Greens 2 seats", "Independents 4 seats"]
    assert linemodel.furniture_chances(texts) == [None] * 4


def test_scripts_without_spaces_are_counted_by_characters():
    # A paragraph of Chinese has no spaces: counted as one word it would never be running text.
    paragraph = "塔恩维克港口委员会周一投票决定在老城沿岸修建新的海堤，工程将于明年春天开工。"
    assert linemodel.word_count("Harbour board votes") == 3
    assert linemodel.word_count(paragraph) >= 12
    assert linemodel.is_running_text(paragraph)


def test_a_line_that_names_what_the_story_names_is_never_dropped(monkeypatch):
    from seedreader.text import grammar
    from seedreader.text.parse import parse

    seed = "\n".join(
        [
            "Korrin ferry crews end their strike after a week of talks",
            "",
            "Ferry crews in Korrin went back to work on Tuesday after a week-long strike over rotas"
            " ended in talks at the harbour office.",
            "",
            "The company said sailings between Korrin and Tarnvik would be back to normal by Thursday,"
            " and that the crews' rotas for the winter would be set by the end of the month.",
            "",
            "Union members voted to accept the offer, which gives ferry crews two more rest days each month.",
            "",
            "Two more rest days each month for every ferry crew",  # the story's (6+ words, its words)
            "Season tickets bought during the strike extended by a week",
            "Korrin Harbour Office",  # a menu's (few words)
            "Winter timetable for 2025 ferry crews and rotas",  # a year: a date line's, a list's
        ]
    )
    # The model is made less sure than it is so that it would drop every line under the story.
    monkeypatch.setattr(grammar, "LINE_MODEL_THRESHOLD", 0.3)
    article = parse(seed, source="seed.txt")
    dropped = {d.text for d in article.dropped if d.reason == "furniture (line model)"}
    kept = {block.text for block in article.blocks}
    assert "Two more rest days each month for every ferry crew" in kept
    assert "Season tickets bought during the strike extended by a week" in kept
    assert {"Korrin Harbour Office", "Winter timetable for 2025 ferry crews and rotas"} <= dropped
