"""The seed parser: fixture pairs, focused unit tests, and the real seed.

Each ``fixtures/parse/NAME.txt`` is a seed and ``NAME.json`` holds the values its case is
about, in the command line's JSON shape; only the keys (and list items) present in the
``.json`` are compared, so a fixture says exactly what its rule decides.
"""

from __future__ import annotations

import json
import re
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedreader.errors import SeedError
from seedreader.text import grammar as g
from seedreader.text import linemodel
from seedreader.text.model import Dropped, SeedArticle
from seedreader.text.parse import anchor_for, derive_title, parse
from seedreader.text.passes.leftovers import _introduced_lists, _lists_of_figures
from seedreader.tools.cli import to_json

CASE_DIR = Path(__file__).parents[1] / "fixtures" / "parse"
THEME_TEMPLATES = Path(__file__).parents[2] / "theme" / "templates"
CASES = sorted(path.stem for path in CASE_DIR.glob("*.json"))
#: Shown in a diff where the parser's output lacks a key the fixture expects.
MISSING = "<missing>"
#: Characters a title must not end with.
TRAILING_PUNCTUATION = ".,;:!?…-–—"
#: Words of the seed format itself (labels the parser reads and removes, the ``and`` between
#: sources), not of the story.
FORMAT_WORDS = frozenset(
    "by par por von door di read more also see source sources photo image credit caption writing from and "
    "related seguir leyendo te podría interesar leia também fuente recommended "
    "auch interessant das könnte sie interessieren story escrito autor vea veja mais mira katso myös "
    "lea aquí puedes ver bild have you leggi anche à lire aussi quelle fonte sumber bron "
    "смотрите также".split()
)
#: Invisible characters scrapers leave inside words; the parser removes them.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


# --- Helpers ------------------------------------------------------------------


def load_case(name: str) -> tuple[str, dict]:
    """The fixture's seed text, bytes kept as written (CR, CRLF, NBSP), and its expected values."""
    text = (CASE_DIR / f"{name}.txt").read_bytes().decode("utf-8")
    expected = json.loads((CASE_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected


def as_json(article: SeedArticle) -> dict:
    """The command line's JSON for ``article``, with the parser's own date and the header fields."""
    out = to_json(article, "seed.txt")  # no date in the name ``seed.txt``: the parser's date or none
    out.update(
        warnings=list(article.warnings),
        summary=article.summary,
        lang=article.lang,
        status=article.status,
        header=dict(article.header),
    )
    return out


def project(actual, expected):
    """``actual`` cut down to the keys ``expected`` names, recursively, so the diff shows only those."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {key: project(actual.get(key, MISSING), value) for key, value in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list) and len(actual) == len(expected):
        return [project(a, e) for a, e in zip(actual, expected, strict=True)]
    return actual


#: Where a figure is glued to a capitalised word, or a date to a line in Chinese or Japanese.
GLUED_FIGURE_RE = re.compile(r"(?<=\d)(?=[A-Z][a-z])|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])(?=\d)")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded, invisible characters removed first.

    A figure glued to a capitalised word (``2014Officials``: a date a scraper glued to the lede),
    or after Chinese characters (a card's date), is two words: the parser parts them.
    """
    return re.findall(r"\w+", GLUED_FIGURE_RE.sub(" ", INVISIBLE_RE.sub("", text)).casefold())


def text_after_header(text: str, article: SeedArticle) -> str:
    """The seed text without its header block (the header is metadata, checked by the fixtures)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not article.header:
        return text
    return re.split(r"\n[ \t\u00a0]*\n", text, maxsplit=1)[1]


def output_texts(article: SeedArticle) -> Iterator[str]:
    """Every piece of text the parser kept or reported."""
    yield article.title
    yield article.lede
    yield article.byline or ""
    if article.dateline:
        yield article.dateline.text
    if article.figure:
        yield article.figure.caption
        yield article.figure.credit or ""
    yield from (note.text for note in article.notes)
    yield from article.key_points
    yield from (block.text for block in article.blocks)
    yield from (block.cite for block in article.blocks if block.cite)
    yield from article.sources
    yield from (dropped.text for dropped in article.dropped)


def lost_words(text: str, article: SeedArticle) -> Counter:
    """Words of the seed (after the header) that appear nowhere in the parsed article, with counts."""
    have = Counter(words(" ".join(output_texts(article))))
    want = Counter(w for w in words(text_after_header(text, article)) if w not in FORMAT_WORDS)
    return want - have


def assert_good_derived_title(title: str, text: str) -> None:
    """A derived title: a prefix of ``text`` cut between words, short, no trailing punctuation.

    (A line with no sentence end, headline-long, is a headline taken for the lede: it is kept whole.)
    """
    whole = linemodel.word_count(text) <= g.HEADLINE_MAX_WORDS and not linemodel.ends_sentence(text)
    assert 0 < len(title) <= (g.HEADLINE_MAX_CHARS if whole else g.DERIVED_TITLE_MAX_CHARS)
    assert text.startswith(title)
    rest = text[len(title) :]
    assert not (title[-1].isalnum() and rest[:1].isalnum()), f"cut mid-word: {title!r} + {rest[:10]!r}"
    assert title[-1] not in TRAILING_PUNCTUATION


# --- Fixture files --------------------------------------------------------------


def test_every_fixture_is_a_pair():
    seeds = {path.stem for path in CASE_DIR.glob("*.txt")}
    assert seeds == set(CASES)
    assert len(CASES) > 100


@pytest.mark.parametrize("name", CASES)
def test_fixture(name):
    text, expected = load_case(name)
    actual = as_json(parse(text, source=f"{name}.txt"))
    assert project(actual, expected) == expected


@pytest.mark.parametrize("name", CASES)
def test_fixture_loses_no_word(name):
    text, _ = load_case(name)
    assert not lost_words(text, parse(text, source=f"{name}.txt"))


def test_lost_words_notices_a_missing_word():
    text = "A lede about the harbour.\n\nA second paragraph.\n"
    article = parse(text)
    assert not lost_words(text, article)
    assert lost_words(text + "\nSource: AFP\n", article) == Counter({"afp": 1})


# --- Titles -------------------------------------------------------------------

_WORD = st.from_regex(r"[A-Za-z][a-z]{0,11}", fullmatch=True)
_OPENER = st.sampled_from(["", "", "", '"', "“", "("])
_CLOSER = st.sampled_from(["", "", "", "", ",", ".", ";", ":", "!", "?", '"', '."', ",”", ")", "'s", "…"])
_SEPARATOR = st.sampled_from([" "] * 8 + [" – ", " - "])
LEDES = st.lists(st.tuples(_OPENER, _WORD, _CLOSER, _SEPARATOR), min_size=1, max_size=60).map(
    lambda parts: "".join("".join(part) for part in parts).strip()
)


@given(LEDES)
def test_derived_title_is_a_clean_prefix(lede):
    assert_good_derived_title(derive_title(lede), lede)


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        ("The ferry sank. Nobody was hurt.", "The ferry sank"),
        ('He said "we will rebuild." Then he left.', 'He said "we will rebuild."'),
        ('"We will rebuild. Then he left.', '"We will rebuild'),
        ("Dr. Ilse Marrow opened the clinic on Monday.", "Dr. Ilse Marrow opened the clinic on Monday"),
        ("", "Untitled story"),
    ],
)
def test_derived_title_examples(lede, title):
    assert derive_title(lede) == title


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Also read | Pier repairs start in May", "Pier repairs start in May"),
        ("READ ALSO… Pier repairs start in May", "Pier repairs start in May"),
        ("READ Pier repairs start in May", "Pier repairs start in May"),
        ("Related News:  Pier repairs start in May", "Pier repairs start in May"),
        ("Related news is scarce on the island.", None),  # a sentence, no label
        ("READ NEXT:", None),  # a label in capitals, no headline
        ("Read Pier reports online.", None),  # a sentence: only the label in capitals says READ MORE
    ],
)
def test_read_more_label_forms(line, headline):
    match = g.READ_MORE_RE.match(line)
    assert (match["headline"] if match else None) == headline


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Source: AFP", "AFP"),
        ("SourceTallow Isles Coastguard", "Tallow Isles Coastguard"),
        ("SourceForge said on Monday it would close its mirrors.", None),  # a sentence, not a label
    ],
)
def test_source_line_forms(line, value):
    match = g.SOURCE_LINE_RE.match(line)
    assert (match["value"] if match else None) == value


# --- Anchors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("'No limits' relationship", "no-limits-relationship"),
        ("‘Şehir limanı’", "sehir-limani"),
        ("Cost, concerns!", "cost-concerns"),
        ("Ελλάδα", "section"),
    ],
)
def test_anchor_for(text, anchor):
    assert anchor_for(text) == anchor


def test_lists_of_figures_are_found_under_a_story_line_in_one_pass():
    texts = [
        "The ferry company has set up lines for families.",
        *(f"- Town {n}: 01632 960 {n % 1000:03d}" for n in range(20_000)),
        "Contact us",
        "- Korrin: 01632 960 411",  # a lone item, under no line of the story
    ]
    started = time.process_time()
    found = _lists_of_figures(texts)
    assert time.process_time() - started < 0.5  # a pass per line read each list again: quadratic
    assert found == frozenset(range(1, 20_001))


def test_lists_of_small_figures_under_a_title_of_their_own_are_the_story_s():
    texts = [
        "The harbour board published the passengers' nationalities on Sunday.",
        "Passengers by nationality",
        "• Korrin : 153",
        "• Velmland : 38",
        "• Ostrel : 7",
        "Rescue boats searched the strait through the night.",
        "Reader poll",  # a widget's, under the story's last line, telling of nothing above it
        "• Yes : 61%",
        "• No : 30%",
        "• Not sure : 9%",
    ]
    assert _lists_of_figures(texts) == frozenset({1, 2, 3, 4})


def test_lists_the_story_introduces_are_its_own_and_the_page_s_are_not():
    story = "The council named the members of its new harbour committee on Tuesday after a month of talks."
    texts = [story, "Its members are:", "Ada Merrow, chair", "Oda Brenn", "Ilse Varn"]
    assert _introduced_lists(texts) == frozenset({1, 2, 3, 4})
    labels = ("Follow us:", "Related stories:", "Explore what the app can do for you:", "About the author:")
    for label in labels:
        assert _introduced_lists([story, label, "Ada Merrow", "Oda Brenn"]) == frozenset(), label
    # Under no sentence of the story, with one item only, or with addresses: not the story's list.
    none = frozenset()
    assert _introduced_lists(["Menu", "Its members are:", "Ada Merrow", "Oda Brenn"]) == none
    assert _introduced_lists([story, "Its members are:", "Ada Merrow", "Read the full report."]) == none
    assert _introduced_lists([story, "Write to the members:", "@adamerrow", "ada@velm.example"]) == none
    long_list = [story, "Its members are:", *(f"Member {n}" for n in range(20_000))]
    started = time.process_time()
    assert len(_introduced_lists(long_list)) == 20_001
    assert time.process_time() - started < 0.5


def test_a_statement_s_points_under_a_paragraph_ending_he_says_are_its_list():
    texts = [
        'The prime minister says the deal is a first step and expects more "once the ice is broken"',
        "Korrin's foreign minister confirms the agreement to reopen the crossing for trade. He says:",
        "- the deal sets out a timetable for customs officers of both countries to work side by side",
        "- adds the agreement to reopen fully depends on the trucks crossing without trouble",
        "- says agreement keeps the river treaty in force",
    ]
    assert _introduced_lists(texts) == frozenset({1, 2, 3, 4})
    # A label ending with a colon is no paragraph of the story.
    assert _introduced_lists([texts[0], "Read our coverage:", *texts[2:]]) == frozenset()


def test_people_with_their_ages_are_the_story_s_list():
    names = ["Ada Berg", "Tomas Reil", "Lina Osk", "Orrin Dale", "Petra Velm"]
    cut = "These are their names, as the miners' union first printed them in"  # (a cut paragraph)
    assert _lists_of_figures(
        [cut, *(f"- {name}, {n + 20} años" for n, name in enumerate(names))]
    ) == frozenset(range(1, 6))
    # Fewer under no sentence of the story: not known to be its list.
    assert _lists_of_figures([cut, "- Ada Berg, 34 years", "- Tomas Reil, 29 years"]) == frozenset()
    assert _lists_of_figures(["- MSCI COLCAP1.646,92", "- MSCI COLCAP1.646,92"]) == frozenset()
    assert not g.PERSON_AGE_ITEM_RE.match("- Velm mayor, 54, resigns")


def test_anchors_are_unique():
    headings = ["Reactions", "Reactions", "Reactions 2", "Reactions-2", "Ελλάδα", "Ρώμη", "Section"]
    body = "\n\n".join(f"{heading}\n\nA paragraph under heading {n}." for n, heading in enumerate(headings))
    article = parse(f"A lede that opens the story on the harbour.\n\n{body}\n")
    anchors = [block.anchor for block in article.blocks if block.kind == "heading"]
    assert len(anchors) == len(headings)
    assert len(set(anchors)) == len(anchors), anchors
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", anchor) for anchor in anchors), anchors


def test_anchors_never_take_a_theme_id():
    # (``Search`` alone is a page's button, dropped, never a heading.)
    headings = [h.replace("-", " ").title() for h in sorted(g.THEME_IDS)]
    headings = [h for h in headings if g.LEFTOVER_LINE_PATTERNS.first(h) is None]
    assert len(headings) >= len(g.THEME_IDS) - 1
    body = "\n\n".join(f"{h}\n\nA paragraph under it." for h in headings)
    article = parse(f"A lede that opens the story on the harbour.\n\n{body}\n")
    anchors = [block.anchor for block in article.blocks if block.kind == "heading"]
    assert len(anchors) == len(headings)
    assert not set(anchors) & g.THEME_IDS
    assert len(set(anchors)) == len(anchors)


def test_theme_ids_name_every_fixed_id_in_the_theme():
    ids = set()
    for template in THEME_TEMPLATES.rglob("*.html"):
        ids.update(re.findall(r'\bid="([^"{}]+)"', template.read_text(encoding="utf-8")))
    assert ids, "no ids found: has the theme moved?"
    assert ids <= g.THEME_IDS, ids - g.THEME_IDS


# --- Warnings ---------------------------------------------------------------------


def test_reading_warnings_come_first():
    article = parse("Date: 2024-01-02\n\nA lede about the harbour.\n", warnings=("1 NUL byte dropped",))
    assert article.warnings == ("1 NUL byte dropped", "no source line")


def test_control_characters_given_to_the_parser_are_removed():
    article = parse("A lede\x0babout the\x07 harbour.\x0cA second\ufffe paragraph.\n")
    assert article.lede == "A lede about the harbour."
    assert article.blocks[0].text == "A second paragraph."


# --- Seeds with no story -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t\n\u00a0\n",
        "\u200b\n\ufeff\n",
        "Title: Harbour news\nDate: 2024-01-01\n",
        "Title: Harbour news\nDate: 2024-01-01",
        "Title: Harbour news\n\n\n",
    ],
    ids=["empty", "white-space", "invisible", "header-only", "header-only-no-newline", "header-blank-lines"],
)
def test_no_story_raises_seed_error_naming_the_file(text):
    with pytest.raises(SeedError) as caught:
        parse(text, source="seeds/harbour.txt")
    assert caught.value.path == "seeds/harbour.txt"
    assert "seeds/harbour.txt" in str(caught.value)


def test_leftovers_only_raises_seed_error():
    with pytest.raises(SeedError, match="leftovers.txt"):
        parse("Loading...\n\nAdvertisement\n", source="leftovers.txt")


# --- The real seed ------------------------------------------------------------------


@pytest.fixture
def real(real_seed) -> tuple[str, list[str], SeedArticle]:
    """The real seed's text, its lines, and what the parser makes of it."""
    text = real_seed.read_text(encoding="utf-8")
    return text, text.splitlines(), parse(text, source=real_seed.name)


def test_real_seed_lede_is_the_first_line(real):
    _, lines, article = real
    assert article.lede == lines[0].strip()


def test_real_seed_caption_and_credit(real):
    _, lines, article = real
    caption_line = next(line.strip() for line in lines if line.rstrip().endswith("(AA)"))
    assert article.figure is not None
    assert article.figure.credit == "AA"
    assert article.figure.caption.startswith(" ".join(caption_line.split()[:6]))
    assert article.figure.caption == caption_line.removesuffix("(AA)").strip()
    assert all(caption_line not in block.text for block in article.blocks)


def test_real_seed_truncated_line_is_dropped(real):
    _, lines, article = real
    prefixes = [
        n
        for n, (line, following) in enumerate(zip(lines, lines[1:], strict=False), 1)
        if line and following.startswith(line) and following != line
    ]
    assert prefixes == [3]
    assert Dropped(3, "truncated duplicate", lines[2].strip()) in article.dropped


def test_real_seed_has_two_subheads(real):
    _, lines, article = real
    quoted = [line.strip() for line in lines if line.startswith("'") and len(line.split()) <= 8]
    assert len(quoted) == 2
    assert [block.text for block in article.blocks if block.kind == "heading"] == quoted


def test_real_seed_has_two_read_more_headlines(real):
    _, lines, article = real
    marker = "READ MORE:\u00a0"
    expected = [line.split(marker, 1)[1].strip() for line in lines if line.startswith(marker)]
    assert len(expected) == 2
    assert [block.headline for block in article.read_more] == expected
    assert [block.line for block in article.read_more] == [
        n for n, line in enumerate(lines, 1) if line.startswith(marker)
    ]
    assert not any("\u00a0" in block.headline for block in article.read_more)


def test_real_seed_source_is_afp(real):
    _, _, article = real
    assert article.sources == ("AFP",)
    assert not any(block.text.startswith("Source") for block in article.blocks)


def test_real_seed_loses_no_word(real):
    text, _, article = real
    assert not lost_words(text, article)


def test_real_seed_title_is_derived_from_the_lede(real):
    _, _, article = real
    assert article.title_derived is True
    assert_good_derived_title(article.title, article.lede)
    assert article.lede[len(article.title)] == " "


def test_a_zone_name_of_several_zones_keeps_the_time_as_written_and_warns_nothing():
    # dateutil warns on ``EST`` (and says it will raise): the parser names the zones it knows itself.
    text = (
        "Velm ferry fares rise\nPublished 6:44 AM EST Feb 20, 2025\n"
        "Fares on the Velm ferry rose by a tenth on Thursday, the harbour board said.\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = parse(text)
    assert article.date == datetime(2025, 2, 20, 6, 44)
