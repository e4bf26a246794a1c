"""Score the seed parser on a folder of real pages against our labels (issue 13's table).

    python bench/realpages.py [PAGES_DIR] [--labels DIR] [--plugins DIR] [--show ID...] [--json FILE]

PAGES_DIR holds ``<id>.txt`` as gathered (see ``bench/realpages/README.md``); the labels say,
line by line, what each page is. Every page is parsed on its own, and (when the plugin has the
archive passes) once more as one archive, so furniture that recurs across pages counts. A
measuring tool, not a test: it prints numbers and never fails a build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "realpages", "labels")
PAGES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "realpages", "pages")

#: Classes of story text: every sentence of them must come out somewhere.
STORY = ("headline", "lede", "body", "subhead", "caption")
#: Classes that must not be left in the title, lede or body.
NOT_STORY = ("furniture", "repeat", "date", "byline", "related_heading", "credit", "dateline", "source")
#: An embedded post's picture links at a line's end, as the parser cuts them from the post's words.
#: So is a feed excerpt's link text glued to its last sentence (``... by the harbour office. …read more``).
EMBED_LINK_TAIL_RE = re.compile(
    r"(?:\s+(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))+$|\s+(?:…|\.{3})\s*read more\W*$", re.I
)
#: A label before a headline or an outlet after it: a few words and a separator.
LABEL_RE = re.compile(r"^\s*(?:[|\-–—:/•»›]\s*)*[\w .'’&-]{0,40}?(?:\s*[|\-–—:/])?\s*$")
SENTENCE_RE = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’']))\s+(?=[\"“‘'(]?[A-Z0-9])")
#: Shorter pieces are not counted as sentences (``Share``, a number).
MIN_SENTENCE_CHARS = 25


def ranges(spec: str) -> list[int]:
    """``"1,3-5"`` -> ``[1, 3, 4, 5]``."""
    out = []
    for part in filter(None, (p.strip() for p in str(spec or "").split(","))):
        low, _, high = part.partition("-")
        out.extend(range(int(low), int(high or low) + 1))
    return out


def norm(text: str) -> str:
    """Compare texts loosely: NFKC, one kind of quote and dash, no space runs, case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans("‘’“”–—\u00a0", "''\"\"-- "))
    return " ".join(text.split()).casefold()


@dataclass
class Page:
    """One gathered page: its labels and its lines, and each labelled line's class."""

    id: str
    label: dict
    lines: list[str]
    classes: dict[int, str] = field(default_factory=dict)

    def of(self, kind: str) -> list[int]:
        """The line numbers of one class, in order."""
        return sorted(n for n, c in self.classes.items() if c == kind)


@dataclass
class Tally:
    """The counts behind the table, and each page's problems (``--show``)."""

    pages: int = 0
    outlets: Counter = field(default_factory=Counter)
    lines: int = 0
    title: Counter = field(default_factory=Counter)
    sentences: int = 0
    lost: int = 0
    lost_by: Counter = field(default_factory=Counter)
    """Sentences dropped, by the parser's reason (what a held-out set may show without its text)."""
    furniture_left: int = 0
    pages_with_furniture: int = 0
    subheads_made: int = 0
    subheads_right: int = 0
    subheads_real: int = 0
    subheads_found: int = 0
    standfirsts: int = 0
    standfirsts_shown: int = 0
    ledes: int = 0
    ledes_shown: int = 0
    related: int = 0
    related_found: int = 0
    related_false: int = 0
    captions: int = 0
    captions_found: int = 0
    captions_stray: int = 0
    dates: int = 0
    dates_right: int = 0
    dates_wrong: int = 0
    topics: int = 0
    topics_named: int = 0
    copy_pairs: int = 0
    copy_found: int = 0
    false_merges: int = 0
    links_present: int = 0
    links_right: int = 0
    links_wrong: int = 0
    links_unread: int = 0
    links_absent: int = 0
    links_absent_linked: int = 0
    problems: dict[str, list[str]] = field(default_factory=dict)

    def note(self, page: str, text: str) -> None:
        """Remember a problem found on ``page``."""
        self.problems.setdefault(page, []).append(text)


def load(pages_dir: str, labels_dir: str) -> list[Page]:
    """The labelled pages whose text is in ``pages_dir`` (a changed text is reported)."""
    pages = []
    for name in sorted(os.listdir(labels_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(labels_dir, name), encoding="utf-8") as handle:
            label = json.load(handle)
        path = os.path.join(pages_dir, label["id"] + ".txt")
        if not os.path.exists(path):
            print(f"missing page text: {path} (gather it again from {label['url']})", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if hashlib.sha1(text.encode()).hexdigest() != label.get("sha1"):
            print(f"{label['id']}: text differs from the one labelled (sha1)", file=sys.stderr)
        page = Page(label["id"], label, text.split("\n"))
        for kind, spec in label["lines"].items():
            for n in ranges(spec):
                page.classes[n] = kind
        pages.append(page)
    return pages


def parse_pages(pages: list[Page], pages_dir: str, archive: bool) -> tuple[dict, dict, object]:
    """Each page's parsed seed, (archive mode) the copy groups: id -> canonical id, and the archive read.

    Alone, each page is parsed as it stands; as an archive, the pages are read together and put
    through the archive passes (furniture recurring across pages, copies), as a build would.
    """
    from seedreader.errors import SeedError
    from seedreader.text.decode import read_seed_text
    from seedreader.text.parse import parse

    paths = {p.id: os.path.abspath(os.path.join(pages_dir, p.id + ".txt")) for p in pages}
    if archive:
        try:
            from seedreader.integration.passes import read_archive
            from seedreader.settings import DEFAULTS
        except ImportError:  # a checkout from before the archive passes
            return {}, {}, None
        settings = {**DEFAULTS, "PATH": os.path.abspath(pages_dir), "ARTICLE_PATHS": [""]}
        result = read_archive(sorted(paths.values()), settings)
        ids = {path: page_id for page_id, path in paths.items()}
        seeds = {ids[path]: story.seed for path, story in result.stories.items()}
        seeds.update({ids[path]: error for path, error in result.failed.items()})
        groups = {ids[member]: ids[group.canonical] for group in result.groups for member in group.members}
        return seeds, groups, (result, settings)
    seeds = {}
    for page in pages:
        try:
            decoded = read_seed_text(paths[page.id], 10_000_000)
            seeds[page.id] = parse(decoded.text, source=paths[page.id], warnings=decoded.warnings)
        except SeedError as error:
            seeds[page.id] = error
    return seeds, {}, None


def pieces(seed) -> dict[str, list[str]]:
    """What the reader sees, by place."""
    figure = [seed.figure.caption] if seed.figure and seed.figure.caption else []
    return {
        "title": [seed.title],
        "lede": [(seed.dateline.text + " " if seed.dateline else "") + seed.lede],
        "body": [
            *getattr(seed, "key_points", ()),
            *(b.text for b in (*getattr(seed, "notes", ()), *seed.blocks) if b.kind != "read_more"),
        ],
        "figure": figure,
    }


def score(pages: list[Page], seeds: dict, groups: dict, topics) -> Tally:
    """Hold each parsed page to its labels."""
    tally = Tally()
    for page in pages:
        tally.pages += 1
        tally.outlets[page.label.get("outlet", "?")] += 1
        tally.lines += sum(1 for line in page.lines if line.strip())
        seed = seeds.get(page.id)
        if seed is None or isinstance(seed, Exception):
            tally.title["wrong"] += 1
            tally.note(page.id, f"no article: {seed}")
            continue
        shown = pieces(seed)
        _titles(page, seed, tally)
        _lost(page, seed, shown, tally)
        _furniture(page, shown, tally)
        _subheads(page, seed, tally)
        _ledes(page, seed, tally)
        _related(page, seed, tally)
        _captions(page, seed, tally)
        _dates(page, seed, tally)
        if topics:
            _topics(page, seed, topics, tally)
    if groups:
        _copies(pages, groups, tally)
    return tally


def _text(page: Page, n: int) -> str:
    return page.lines[n - 1] if 0 < n <= len(page.lines) else ""


def _titles(page: Page, seed, tally: Tally) -> None:
    title = norm(seed.title)
    heads = page.of("headline")
    if heads:
        head = norm(_crawler_free(_text(page, heads[0])))
        # The headline, without a label before it (``WATCH:``) or an outlet after it (``| Reuters``).
        at = head.find(title) if len(title) > 10 else -1
        right = (
            title == head
            or at >= 0
            and all(not part or LABEL_RE.match(part) for part in (head[:at], head[at + len(title) :]))
        )
        if right:
            tally.title["right"] += 1
            return
    # A title derived from the story's opening: its lede, or the standfirst above it.
    # (A lede wrapped over lines is read whole.)
    openings = [_crawler_free(_text(page, n)) for n in sorted(_standfirsts(page))]
    openings.append(" ".join(_crawler_free(_text(page, n)) for n in page.of("lede")))
    from_lede = (
        bool(title) and seed.title_derived and any(_words_from(title, norm(text)) for text in openings)
    )
    if from_lede:
        tally.title["acceptable" if heads else "right"] += 1
        if heads:
            tally.note(page.id, f"title from the lede, headline is line {heads[0]}")
        return
    tally.title["wrong"] += 1
    tally.note(page.id, f"title wrong: {seed.title[:70]!r}")


def _crawler_free(text: str) -> str:
    return re.sub(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+", "", text)


def _words_from(title: str, lede: str) -> bool:
    """The title's words come from the lede, in order (a derived title may be cut short)."""
    words = [w for w in re.findall(r"\w+", title)]
    return bool(words) and " ".join(words[: min(len(words), 6)]) in " ".join(re.findall(r"\w+", lede))


def _lost(page: Page, seed, shown: dict, tally: Tally) -> None:
    # Words only: a dateline's dash or a quote mark the parser tidied is no loss, nor an embedded
    # post's picture link (``pic.twitter.com/...``) cut from the post. The figure's caption is left
    # out: a paragraph taken for a caption is lost from the story.
    shown_text = " ".join(t for place, texts in shown.items() if place != "figure" for t in texts)
    everything = f" {_words(shown_text)} "
    for n in sorted(n for n, c in page.classes.items() if c in ("lede", "body", "subhead")):
        for sentence in SENTENCE_RE.split(EMBED_LINK_TAIL_RE.sub("", _crawler_free(_text(page, n)))):
            if len(sentence) < MIN_SENTENCE_CHARS:
                continue
            tally.sentences += 1
            if f" {_words(sentence)} " not in everything:
                tally.lost += 1
                why = next((d.reason for d in seed.dropped if d.line == n), "not dropped whole")
                tally.lost_by[why] += 1
                tally.note(page.id, f"lost line {n}: {sentence[:60]!r}")


def _by_reason(counts: Counter) -> str:
    """`` (furniture (line model) 7)``: the parser's reasons for lost sentences, most first."""
    return f" ({', '.join(f'{why} {n}' for why, n in counts.most_common())})" if counts else ""


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", norm(text)))


def _furniture(page: Page, shown: dict, tally: Tally) -> None:
    placed = [(place, norm(t)) for place in ("title", "lede", "body") for t in shown[place]]
    heads = [norm(_crawler_free(_text(page, n))) for n in page.of("headline")]
    # A repeat of a line of the story is no furniture where the story shows that line once.
    story = {norm(_crawler_free(_text(page, n))) for n, c in page.classes.items() if c in STORY}
    left = 0
    for n, kind in sorted(page.classes.items()):
        if kind not in NOT_STORY:
            continue
        line = norm(_crawler_free(_text(page, n)))
        if not line:
            continue
        if kind == "repeat" and line in story:
            continue
        # A repeat inside a line of the story (a summary that is the lede's first words) is left
        # only where the parse shows it more often than the story has it.
        if kind == "repeat" and len(line) >= 25 and any(line in s for s in story):
            if sum(text.count(line) for _, text in placed) > sum(s.count(line) for s in story):
                left += 1
                tally.note(page.id, f"{kind} line {n} left twice: {line[:60]!r}")
            continue
        # A repeat of the headline is the headline where the title shows it.
        of_headline = kind == "repeat" and any(h.startswith(line.rstrip(".… ")) for h in heads)
        for place, text in placed:
            if of_headline and place == "title":
                continue
            if text == line or (len(line) >= 25 and line in text):
                left += 1
                tally.note(page.id, f"{kind} line {n} left in {place}: {line[:60]!r}")
                break
    tally.furniture_left += left
    tally.pages_with_furniture += bool(left)


def _standfirsts(page: Page) -> set[int]:
    """The labelled subheads above the lede: standfirsts.

    The labels call a standfirst (a summary line between the headline and the lede) a subhead, as
    no class fits it better; it is no ``<h2>`` but the story's opening, shown as the standfirst when
    the parse takes it as the lede.
    """
    lede = min(page.of("lede"), default=None)
    return {n for n in page.of("subhead") if lede is not None and n < lede}


def _subheads(page: Page, seed, tally: Tally) -> None:
    # Standfirsts are scored on their own row.
    above = _standfirsts(page)
    # (Without the dashes an agency's subhead stands between: ``- Fiji start stronger -``.)
    real = {norm(_text(page, n)).strip(" -") for n in page.of("subhead") if n not in above}
    # (A crawler's prefix on the page's first line is no part of the standfirst printed there.)
    standfirsts = {norm(_crawler_free(_text(page, n))).strip(" -") for n in above}
    made = [norm(b.text).strip(" -") for b in seed.blocks if b.kind == "heading"]
    tally.subheads_made += len(made)
    tally.subheads_right += sum(1 for m in made if m in real or m in standfirsts)
    tally.subheads_real += len(real)
    tally.subheads_found += len(real & set(made))
    # A standfirst is shown as the lede or, bulleted among others, as one of the story's key points.
    shown = {norm(seed.lede).strip(" -")} | {norm(p).strip(" -") for p in getattr(seed, "key_points", ())}
    tally.standfirsts += len(standfirsts)
    tally.standfirsts_shown += sum(1 for s in standfirsts if s and _unbulleted(s) in shown)
    for m in made:
        if m not in real and m not in standfirsts:
            tally.note(page.id, f"subhead made of {m[:60]!r}")
    for s in sorted(standfirsts):  # (a set of strings: its order changes with each process)
        if _unbulleted(s) not in shown:
            tally.note(page.id, f"standfirst not shown: {s[:60]!r}")


def _unbulleted(text: str) -> str:
    """A labelled line without its bullet (``• ``, ``- ``), as a key point is shown."""
    return re.sub(r"^[-•*·]\s+", "", text)


def _ledes(page: Page, seed, tally: Tally) -> None:
    """The labelled lede is what the page shows as its standfirst.

    Its words, a wire's dateline taken off the front at most; a page with a labelled standfirst is
    scored on the standfirsts' row.
    """
    ledes = page.of("lede")
    if not ledes or _standfirsts(page):
        return
    tally.ledes += 1
    # (A lede wrapped over lines; the link text a feed glued to its end is no part of it.)
    lede = _words(" ".join(EMBED_LINK_TAIL_RE.sub("", _crawler_free(_text(page, n))) for n in ledes))
    shown = _words(seed.lede)
    if shown and (lede == shown or lede.endswith(" " + shown)) and 2 * len(shown) >= len(lede):
        tally.ledes_shown += 1
    else:
        tally.note(page.id, f"lede line {ledes[0]} not shown as the standfirst: {seed.lede[:60]!r}")


#: What the parser calls a line that prints a card's headline again.
REPEAT_REASONS = frozenset({"repeated paragraph", "related story's headline again", "truncated duplicate"})


def _related(page: Page, seed, tally: Tally) -> None:
    lines = set(page.of("related"))
    found = {b.line for b in seed.read_more}
    # A headline printed again under its card (labelled related each time) is found with the card.
    headlines = {norm(b.text) for b in seed.read_more} | {norm(_text(page, b.line)) for b in seed.read_more}
    found |= {
        d.line
        for d in seed.dropped
        if d.line in lines and d.reason in REPEAT_REASONS and norm(d.text) in headlines
    }
    tally.related += len(lines)
    tally.related_found += len(lines & found)
    tally.related_false += len(found - lines)
    for n in sorted(lines - found):
        tally.note(page.id, f"related line {n} missed: {_text(page, n)[:60]!r}")
    for n in sorted(found - lines):
        tally.note(page.id, f"line {n} taken for a related line: {_text(page, n)[:60]!r}")


def _captions(page: Page, seed, tally: Tally) -> None:
    lines = page.of("caption")
    if not lines:
        return
    tally.captions += len(lines)
    dropped = {d.line for d in seed.dropped if "caption" in d.reason}
    caption = norm(seed.figure.caption) if seed.figure and seed.figure.caption else ""
    for n in lines:
        line = norm(_text(page, n))
        if (caption and caption in line) or n in dropped:
            tally.captions_found += 1
            if caption and caption in line and caption.rstrip().endswith(("/", "|", "\\")):
                tally.captions_stray += 1
                tally.note(page.id, f"caption keeps a stray mark: {caption[-30:]!r}")
        else:
            tally.note(page.id, f"caption line {n} not found")


def _dates(page: Page, seed, tally: Tally) -> None:
    want = (page.label.get("date") or {}).get("published")
    got = seed.date.date().isoformat() if seed.date else None
    if not want:
        if got:
            tally.note(page.id, f"date {got} found where the labels have none")
        return
    tally.dates += 1
    if got == want:
        tally.dates_right += 1
    else:
        tally.dates_wrong += got is not None
        tally.note(page.id, f"date {got} (origin {seed.date_origin}), labelled {want}")


def _topics(page: Page, seed, extract, tally: Tally) -> None:
    names = [norm(e) for e in page.label.get("entities", [])]
    if not names:
        return
    body = [b.text for b in seed.blocks if b.kind != "read_more"]
    mentions = extract(seed.title, seed.lede, body, seed.tags)
    for mention in mentions:
        name = norm(mention.name)
        tally.topics += 1
        if any(name == e or name in e or e in name for e in names):
            tally.topics_named += 1
        else:
            tally.note(page.id, f"topic not a labelled name: {mention.name!r}")


def _copies(pages: list[Page], groups: dict, tally: Tally) -> None:
    ids = {p.id for p in pages}
    truth = {}
    for page in pages:
        other = page.label.get("copy_of")
        if other in ids:
            truth.setdefault(frozenset((page.id, other)), True)
    root = {}

    def find(x):
        while root.get(x, x) != x:
            x = root[x]
        return x

    for pair in truth:
        a, b = sorted(pair)
        root[find(b)] = find(a)
    for pair in truth:
        a, b = sorted(pair)
        tally.copy_pairs += 1
        tally.copy_found += groups.get(a, a) == groups.get(b, b)
        if groups.get(a, a) != groups.get(b, b):
            tally.note(a, f"copy of {b} not found (labelled copy_of)")
    merged = Counter(groups.get(p.id, p.id) for p in pages)
    for page in pages:
        canonical = groups.get(page.id, page.id)
        if merged[canonical] > 1 and canonical != page.id and find(page.id) != find(canonical):
            tally.false_merges += 1
            tally.note(page.id, f"merged with {canonical}, not labelled a copy")


def link_pages(pages: list[Page], archive: tuple, tally: Tally) -> None:
    """Link the pages' READ MORE lines as a build does and hold them to ``related_targets``.

    A related line whose story is in the set must link to it (or to a copy of it); one whose
    story is not must link nowhere. ``archive``: the pages as ``parse_pages`` read them, and its
    settings.
    """
    sys.path.insert(0, HERE)
    import linking

    from seedreader.integration.links import resolver_options
    from seedreader.linking.graph import build_graph
    from seedreader.settings import read_options

    result, settings = archive
    read = linking.stories_of(result, {}, "real", settings)
    graph = build_graph(read.stories, resolver_options(read_options(read.settings), {}))
    found = {(r.source, r.line): r for r in graph.references}
    for page in pages:
        source = read.canonical.get(page.id + ".txt", page.id + ".txt")
        targets = page.label.get("related_targets") or {}
        for n in page.of("related"):
            target = targets.get(str(n))
            want = read.canonical.get(target + ".txt", target + ".txt") if target else None
            ref = found.get((source, n))
            if want:
                tally.links_present += 1
                if ref is None:
                    tally.links_unread += 1
                elif ref.status == "resolved" and ref.target == want:
                    tally.links_right += 1
                elif ref.status == "resolved":
                    tally.links_wrong += 1
                    tally.note(
                        page.id, f"line {n} linked to {ref.target}, not {want}: {_text(page, n)[:60]!r}"
                    )
                else:
                    tally.note(page.id, f"line {n} not linked to {want} ({ref.status}: {ref.note})")
            elif ref is not None:
                tally.links_absent += 1
                if ref.status == "resolved":
                    tally.links_absent_linked += 1
                    tally.note(page.id, f"line {n} linked to {ref.target}, a story not labelled as named")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def table(tally: Tally, seconds: float) -> str:
    """The numbers as a Markdown table."""
    t = tally
    titles = t.title
    rows = [
        ("pages / sites", f"{t.pages} / {len(t.outlets)}"),
        (
            "titles right / acceptable / wrong",
            f"{titles['right']} / {titles['acceptable']} / {titles['wrong']} "
            f"({_pct(titles['right'], t.pages)} right)",
        ),
        ("real sentences dropped", f"{t.lost} of {t.sentences}" + _by_reason(t.lost_by)),
        (
            "furniture lines left in title, lede or body",
            f"{t.furniture_left} of {t.lines} lines ({_pct(t.furniture_left, t.lines)}), "
            f"in {t.pages_with_furniture} of {t.pages} pages",
        ),
        (
            "`<h2>` subheads made / right / real",
            f"{t.subheads_made} / {t.subheads_right} / {t.subheads_real} (precision "
            f"{_pct(t.subheads_right, t.subheads_made)}, found {_pct(t.subheads_found, t.subheads_real)})",
        ),
        (
            "standfirsts (labelled subheads above the lede) shown as the standfirst",
            f"{t.standfirsts_shown} of {t.standfirsts} ({_pct(t.standfirsts_shown, t.standfirsts)})",
        ),
        (
            "ledes shown as the standfirst (pages with a lede and no standfirst labelled)",
            f"{t.ledes_shown} of {t.ledes} ({_pct(t.ledes_shown, t.ledes)})",
        ),
        (
            "READ MORE-type lines detected",
            f"{t.related_found} of {t.related} ({_pct(t.related_found, t.related)}), {t.related_false} false",
        ),
        (
            "captions found",
            f"{t.captions_found} of {t.captions} ({_pct(t.captions_found, t.captions)}), "
            f"{t.captions_stray} keep a stray mark",
        ),
        (
            "dates from the text right",
            f"{t.dates_right} of {t.dates} ({_pct(t.dates_right, t.dates)}), {t.dates_wrong} wrong",
        ),
    ]
    if t.topics:
        rows.append(
            (
                "topics that are labelled names",
                f"{t.topics_named} of {t.topics} ({_pct(t.topics_named, t.topics)})",
            )
        )
    if t.copy_pairs:
        rows.append(
            ("copies detected / false merges", f"{t.copy_found} of {t.copy_pairs} / {t.false_merges}")
        )
    if t.links_present or t.links_absent:
        rows.append(
            (
                "READ MORE linked right / wrong, of targets in the set",
                f"{t.links_right} / {t.links_wrong} of {t.links_present} "
                f"({t.links_unread} of them not read as READ MORE)",
            )
        )
        rows.append(
            (
                "READ MORE naming a story not in the set, linked",
                f"{t.links_absent_linked} of {t.links_absent}",
            )
        )
    rows.append(("seconds", f"{seconds:.2f}"))
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure'.ljust(width)} | value |", f"|{'-' * (width + 2)}|---|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the pages; print the table (and the problems asked for)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pages", nargs="?", default=PAGES, help="folder of <id>.txt pages")
    parser.add_argument(
        "--labels",
        nargs="+",
        default=[LABELS],
        help="folders of labels (realpages/labels is the set the parser was tuned on; "
        "realpages/heldout and heldout2 were gathered apart, to measure)",
    )
    parser.add_argument(
        "--plugins",
        default=os.path.join(os.path.dirname(HERE), "plugins"),
        help="the plugins folder to measure (another checkout's, for a before/after)",
    )
    parser.add_argument("--show", nargs="*", default=None, help="print the problems of these ids (none: all)")
    parser.add_argument("--json", help="write the numbers to this file")
    parser.add_argument(
        "--alone",
        action="store_true",
        help="parse each page on its own (no archive passes: no furniture across pages)",
    )
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)  # the reader's warnings (undated pages): the table says it
    sys.path.insert(0, os.path.abspath(args.plugins))
    from seedreader.text.topics import extract_topics

    pages = [page for folder in args.labels for page in load(args.pages, folder)]
    started = time.perf_counter()
    seeds, groups, archive = parse_pages(pages, args.pages, archive=not args.alone)
    mode = "as one archive (archive passes)"
    if not seeds:
        seeds, groups, archive = parse_pages(pages, args.pages, archive=False)
        mode = "one page at a time"
    tally = score(pages, seeds, groups, extract_topics)
    if archive:  # linking is an archive pass too
        link_pages(pages, archive, tally)
    seconds = time.perf_counter() - started
    print(f"Real pages, parsed {mode} with {args.plugins}\n")
    print(table(tally, seconds))
    if args.show is not None:
        for page, notes in sorted(tally.problems.items()):
            if not args.show or page in args.show:
                print(f"\n{page} ({next(p.label.get('url') for p in pages if p.id == page)})")
                print("\n".join(f"  {n}" for n in notes))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            data = {k: v for k, v in vars(tally).items() if k != "problems"}
            json.dump(data, handle, indent=2, default=dict)
    return 0


if __name__ == "__main__":
    sys.exit(main())
