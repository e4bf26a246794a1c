"""Property tests (Hypothesis): the parser on any text, the build on any small archive."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sitekit import article_pages, build
from test_parse import lost_words

from seedreader.errors import SeedError
from seedreader.text.parse import parse

#: Lines in the shapes seeds have: prose, labels, credits, quotes, junk.
_WORD = st.from_regex(r"[A-Za-zÀ-ÿ][a-zà-ÿ'’-]{0,10}", fullmatch=True)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=25).map(" ".join)
_LINE = st.one_of(
    _SENTENCE.map(lambda s: s + "."),
    _SENTENCE,
    _SENTENCE.map(lambda s: f"'{s}'"),
    _SENTENCE.map(lambda s: f"READ MORE:\u00a0{s}"),
    _SENTENCE.map(lambda s: f"{s}. (AA)"),
    _SENTENCE.map(lambda s: f"Source: {s}"),
    _SENTENCE.map(lambda s: f"By {s.title()}"),
    st.sampled_from(["Loading...", "Share", "Advertisement", " date 2024-05-06 Lede", "Title: X", ""]),
)
SEEDS = st.lists(_LINE, min_size=1, max_size=25).map("\n\n".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses_or_raises_seed_error(text):
    try:
        parse(text, source="any.txt")
    except SeedError as error:
        assert error.path == "any.txt"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_seed_like_text_parses_or_raises_seed_error(text):
    try:
        parse(text)
    except SeedError:
        pass


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_no_word_is_lost_unless_dropped(text):
    try:
        article = parse(text)
    except SeedError:
        return
    assert not lost_words(text, article)


_STORY = st.tuples(_SENTENCE, _SENTENCE, st.integers(1, 28), st.booleans())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_STORY, min_size=1, max_size=6))
def test_any_archive_builds_one_page_per_seed(tmp_path_factory, stories):
    root = tmp_path_factory.mktemp("generated")
    seeds = root / "seeds"
    seeds.mkdir()
    for number, (lede, body, day, titled) in enumerate(stories):
        header = f"Title: {lede[:40]}\nDate: 2024-02-{day:02d}\n\n" if titled else ""
        prefix = "" if titled else f" date 2024-03-{day:02d} "
        text = f"{header}{prefix}{lede}.\n\n{body}.\n\nSource: QPA\n"
        (seeds / f"story-{number}.txt").write_text(text, encoding="utf-8")
    result = build(seeds, root / "out", search=False)
    assert result.report["skipped"] == []
    assert len(article_pages(root / "out")) == len(stories)
