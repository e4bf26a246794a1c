"""The quick reading paths give exactly what the plain rules give (no timing here: see bench/).

Normalising, the leftover-line patterns joined into one, the cheap tests that spare a regex
search, and the cached topic rules are each checked against the plain, one-step-at-a-time
version they replace, on the fixtures and on text made of the pieces the rules look for.
"""

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader.text import grammar as g
from seedreader.text import topics
from seedreader.text.parse import normalise
from seedreader.text.passes.duplicates import _is_truncated_copy
from seedreader.text.passes.leftovers import _glued_read_more

HERE = Path(__file__).parents[1]
SEEDS = [
    path
    for path in sorted((HERE / "fixtures").rglob("*.txt")) + sorted((HERE.parent / "seeds").rglob("*.txt"))
    if path.is_file()  # not bad/unreadable.txt, a link to nothing
]
TEXTS = [path.read_bytes().decode("utf-8", "replace") for path in SEEDS]
FIXTURE_LINES = sorted({line for text in TEXTS for line in normalise(text).split("\n")})

#: Pieces the rules look for, so that made-up text hits them (and their near misses) often.
PIECES = [
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\u201a",
    "\u200b",
    "\n",
    "\r",
    "\r\n",
    "\x0c",
    "\u2028",
    "\x85",
    ".",
    "...",
    "…",
    ",",
    ":",
    ";",
    "!",
    "?",
    '"',
    "“",
    "”",
    "‘",
    "'",
    "’",
    "(",
    ")",
    "-",
    "–",
    "—",
    "a",
    "x",
    "A",
    "Xi",
    "İ",
    "ı",
    "ſ",
    "K",
    "é",
    "Ö",
    "of",
    "the",
    "of the ",
    "'s",
    "’s",
    "-based",
    "Read more",
    "READ MORE",
    "read  more",
    "more",
    "MORE",
    "Share",
    "Advertisement",
    "Loading",
    "#tag",
    "list of 3 items",
    "end of list",
    "icon",
    "Source link",
    "Subscribe",
    "website contains only a portion of the news stories",
    "do not necessarily reflect the views",
    "President",
    "Mr",
    "The",
    "Bank",
    "Chinese",
    "Velorian",
    "Mora",
    "Veloria",
    " said",
    ", told",
    " in ",
    "in",
    "at",
    "From",
    "Photo",
    " |",
    "|",
    "\u2028",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)
LINE = TEXT.map(lambda text: normalise(text).replace("\n", " ").strip())


# --- Normalising ------------------------------------------------------------------------


def plain_normalise(text: str) -> str:
    """Line by line, every pattern on every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = g.REMOVED_CHARS_RE.sub("", text.translate(g.LAYOUT_CONTROLS))
    space_run = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
    out = []
    for line in text.split("\n"):
        line = space_run.sub(" ", g.LOW_QUOTE_COMMA_RE.sub(",", line))
        if not line.lstrip().startswith("|"):  # (a table row keeps its last bar)
            line = re.sub(r"(\S) +\| *$", r"\1", line)
        out.append(line.strip())
    return "\n".join(out)


@given(TEXT)
def test_normalise_is_the_line_by_line_rule(text):
    assert normalise(text) == plain_normalise(text)


def test_normalise_fixtures_are_the_line_by_line_rule():
    for path, text in zip(SEEDS, TEXTS, strict=True):
        assert normalise(text) == plain_normalise(text), path


# --- Leftover lines -------------------------------------------------------------------------


def plain_leftover(text: str) -> str | None:
    return next((reason for pattern, reason in g.LEFTOVER_LINES if pattern.match(text)), None)


def joined_leftover(text: str) -> str | None:
    index = g.LEFTOVER_LINE_PATTERNS.first(text)
    return None if index is None else g.LEFTOVER_LINES[index][1]


def test_joined_leftover_pattern_on_fixture_lines():
    assert any(plain_leftover(line) for line in FIXTURE_LINES)
    for line in FIXTURE_LINES:
        assert joined_leftover(line) == plain_leftover(line), line


@given(LINE)
@settings(max_examples=300)
def test_joined_leftover_pattern_on_made_up_lines(line):
    assert joined_leftover(line) == plain_leftover(line)


@given(LINE)
def test_glued_read_more_is_the_pattern_search(line):
    found, plain = _glued_read_more(line), g.GLUED_READ_MORE_RE.search(line)
    assert (found and found.span()) == (plain and plain.span())


def test_glued_read_more_on_fixture_lines():
    assert any(g.GLUED_READ_MORE_RE.search(line) for line in FIXTURE_LINES)
    for line in FIXTURE_LINES:
        found, plain = _glued_read_more(line), g.GLUED_READ_MORE_RE.search(line)
        assert (found and found.span()) == (plain and plain.span()), line


ENDINGS = st.sampled_from(["", "", "...", "…", " …", " ...", "....", "… "])


@given(LINE, ENDINGS, LINE, st.booleans(), LINE)
def test_truncated_copy_is_the_plain_rule(stem, ending, extra, copy_first, other):
    text = stem + ending
    previous, following = (stem + extra, other) if copy_first else (other, stem + extra)
    plain_stem = g.ELLIPSIS_TAIL_RE.sub("", text)
    plain = len(plain_stem) >= g.TRUNCATED_MIN_CHARS and any(
        len(n) > len(plain_stem) and n.startswith(plain_stem) for n in (previous, following)
    )
    assert _is_truncated_copy(text, previous, following) == plain


# --- Topics -----------------------------------------------------------------------------------

#: The patterns as first written, look-behinds first.
PLAIN_NAME_RUN_RE = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'-]*|[A-Z]{2,})(?:\s+(?:(?:of|the|de|des|del|di|da|du|al|bin|van|von|der|la|le)\s+)*"
    r"(?:[A-Z][\w’'-]*|[A-Z]{2,}))*"
)
PLAIN_LOWER_WORD_RE = re.compile(r"\b[a-z][\w-]*\b")


def plain_runs(text: str):
    """Every run classified from scratch, with the whole context window searched."""
    for match in PLAIN_NAME_RUN_RE.finditer(text):
        for words in topics._split_at_of(match.group(0).split()):
            found = plain_classify_run(text, match.start(), match.end(), words)
            if found:
                yield found


def plain_classify_run(text, start, end, words):
    """The context rules from scratch; the word rules uncached (``_names_in_run`` caches them)."""
    if topics.QUOTED_TITLE_RE.match(text[max(0, start - 1) : end + 1]):
        return None
    found = topics._tidy_words(words)
    if found is None:
        return None
    name, hint, bare = found
    before = text[max(0, start - topics.CONTEXT_CHARS) : start]
    cut = "x" if start > topics.CONTEXT_CHARS else ""
    if bare and topics.SENTENCE_START_RE.search(cut + before):
        hint = hint or "sentence-start"
    previous = before.split()[-1].lower() if before.split() else ""
    if hint is None and previous in topics.PLACE_PREPOSITIONS:
        hint = "after-preposition"
    last_two = before.split()[-2:]
    if hint is None and len(last_two) == 2 and last_two[1] in topics.REMIT_JOINERS:
        hint = "remit" if last_two[0] in topics._ROLE_FORMS else None
    if hint is None and topics.SPEECH_AFTER_RE.match(text[end : end + topics.CONTEXT_CHARS]):
        hint = "person"
    return name, hint


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@given(TEXT)
@settings(max_examples=300)
def test_topic_patterns_are_the_plain_ones(text):
    assert spans(topics.NAME_RUN_RE, text) == spans(PLAIN_NAME_RUN_RE, text)
    assert spans(topics.LOWER_WORD_RE, text) == spans(PLAIN_LOWER_WORD_RE, text)


@given(TEXT)
def test_sentence_start_is_the_pattern_search(before):
    assert topics._at_sentence_start(before) == bool(topics.SENTENCE_START_RE.search(before))


@given(TEXT)
@settings(max_examples=300)
def test_runs_are_the_plain_rules(text):
    assert list(topics._runs(text)) == list(plain_runs(text))


def test_runs_of_fixture_lines_are_the_plain_rules():
    for line in FIXTURE_LINES:
        assert list(topics._runs(line)) == list(plain_runs(line)), line


def test_a_read_seed_crosses_processes_as_calls_with_its_fields():
    # Workers hand every story to the build pickled: each object is one call, not one set per field.
    import pickle
    from dataclasses import fields

    from seedreader.integration.reader import read_story

    path = HERE.parent / "seeds"
    story = read_story(str(next(path.rglob("*.txt"))), {"PATH": str(path), "ARTICLE_PATHS": [""]})
    objects = [story, story.seed, *story.seed.blocks, *story.seed.dropped, *story.mentions]
    objects += [story.seed.figure] if story.seed.figure else []
    assert len({type(o) for o in objects}) >= 4
    for value in objects:
        made, args = value.__reduce__()
        assert made is type(value) and args == tuple(getattr(value, f.name) for f in fields(value))
    assert pickle.loads(pickle.dumps(story)) == story
