"""The search index: Pagefind over the built site's stories, in shards, written deterministically.

Pagefind holds the whole index in memory while it builds it, about 0.3 MB a story
(1.4 GiB at 5,000 stories, 14 GiB at 50,000). So the stories are indexed in shards of at most
``SEEDREADER_SEARCH_SHARD_SIZE`` pages, one Pagefind run each, and the search page
merges them in the browser (Pagefind's ``mergeIndex``): the first shard is the bundle
in ``pagefind/`` with Pagefind's scripts, the others are ``pagefind/shards/N/`` (their
index files only), listed in ``pagefind/shards.json`` for ``search.js``. An archive
that fits in one shard gets one bundle, as Pagefind alone would write it.

Stories are dealt to the shards in turn, in date order, so each shard is a sample of
the whole archive and ranks results with word statistics close to the whole's. Then
the shards' files are rewritten so that, merged, they answer as one index would:

- vocabulary: every shard knows every word of the archive (the ones it lacks with no
  pages), because Pagefind ignores a search word its index does not know: a shard
  without "Tendell" would answer "Tendell budget" with every story about a budget;
- date sort: Pagefind ranks a sorted result by its place in its own shard's list, so
  each shard's list is spread out to the places its stories hold in the whole archive;
- filters: the first shard lists every value (the search page shows the merged filters
  in its order), and a filter of more than ``FACET_VALUES`` values keeps the most common;
  every value is stored HTML-escaped, as Pagefind's UI shows a filter value as HTML
  (``{@html}`` in its filter list) and a seed's ``Source:`` or ``Tags:`` may hold markup;
- determinism: Pagefind (1.5) writes its filter indexes and the metadata file in
  hash-map order (upstream issue 638), so those are sorted; every rewritten file is
  named by its content.
"""

from __future__ import annotations

import bisect
import contextlib
import html
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..compat import pagefind
from ..integration.outputs import temp_prefix
from ..processes import gc_paused
from ..settings import read_options

logger = logging.getLogger(__name__)

#: Where the search page looks for the index (``{{ SITEURL }}/pagefind/``), and the
#: folder and file for the other shards, inside it.
BUNDLE_DIR = "pagefind"
SHARDS_DIR = "shards"
SHARD_LIST = "shards.json"
#: What a merged shard needs; the rest of a Pagefind bundle (scripts, styles,
#: WebAssembly) is loaded from the first bundle only.
SHARD_FOLDERS_KEPT = pagefind.INDEX_FOLDERS
SHARD_FILES_KEPT = pagefind.INDEX_FILES
#: The scratch folder a shard's stories are linked into, outside the output (a killed build
#: would leave it to be listed in the sitemap and published): in the system's temporary
#: folder when that is on the output's file system, else next to the output, so the stories
#: are hard-linked, not copied. Named as ``outputs.temp_folder`` names its folders
#: (``seedreader-search-PID-...``), so the next build sweeps one a killed build left.
SCRATCH_KIND = "search"
#: The scratch folders earlier versions made inside the output; a killed build left them there.
OLD_STAGE_PREFIX = ".search-shard-"

#: A page Pagefind indexes: an element with ``data-pagefind-body`` (in a tag, not in text,
#: where seed text has its ``<`` escaped).
BODY_RE = re.compile(rb"<[a-zA-Z][^>]*\sdata-pagefind-body[\s=>]")
#: The sort key the theme gives each story (``data-pagefind-sort="date:2026-01-15"``).
SORT_KEY = "date"
SORT_RE = re.compile(rb'data-pagefind-sort="' + SORT_KEY.encode() + rb':([^"]*)"')
HTML_LANG_RE = re.compile(rb'<html[^>]*\slang="([^"]+)"')

#: Most values of one filter the search page offers (see ``facet``).
FACET_VALUES = 500
#: Pelican's own default for ``DEFAULT_LANG``.
PELICAN_LANG = "en"


class SearchIndexError(RuntimeError):
    """Pagefind failed, or wrote an index this module does not understand."""


@dataclass(frozen=True, slots=True)
class IndexedPage:
    """A page Pagefind indexes, as found in the output folder."""

    path: str
    """Relative to the output folder, with ``/``."""
    date: str | None
    """Its ``date`` sort value, if it has one."""
    lang: str | None
    """Its ``<html lang>``."""


def index_site(output: str, settings: Mapping[str, object] | None = None) -> None:
    """Build the search index of ``output`` in shards (the binary from the pagefind_bin wheel).

    ``settings``: the build's settings, for ``SEEDREADER_SEARCH_SHARD_SIZE`` (default if None).
    """
    settings = settings or {}
    shard_size = read_options(settings).search_shard_size
    root = Path(output)
    bundle = root / BUNDLE_DIR
    # A bundle left by an earlier build would keep its stale shards and fragments, and a
    # scratch folder left in the output by one that was killed would be read as more stories.
    for old in [bundle, *root.glob(OLD_STAGE_PREFIX + "*")]:
        shutil.rmtree(old, ignore_errors=True)
    stories = find_stories(root)
    language = index_language(stories, settings)
    if not stories:  # nothing marked for search: Pagefind then indexes every page's <body>
        _run_pagefind(["--site", str(root), "--force-language", language], "the site")
        finish_shards([bundle], [0])
        return
    groups = deal(stories, shard_size)
    bundles = [bundle] + [bundle / SHARDS_DIR / str(number) for number in range(2, len(groups) + 1)]
    index_shards(root, groups, bundles, language)
    finish_shards(bundles, [sum(story.date is not None for story in group) for group in groups])


def find_stories(root: Path) -> list[IndexedPage]:
    """Every page under ``root`` with a ``data-pagefind-body`` element, by path."""
    stories = []
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = Path(folder, name)
            data = path.read_bytes()
            if b"data-pagefind-body" not in data or not BODY_RE.search(data):
                continue
            date, lang = SORT_RE.search(data), HTML_LANG_RE.search(data)
            stories.append(
                IndexedPage(
                    path.relative_to(root).as_posix(),
                    date.group(1).decode() if date else None,
                    lang.group(1).decode().lower() if lang else None,
                )
            )
    return stories


def index_language(stories: list[IndexedPage], settings: Mapping[str, object]) -> str:
    """The one language every story is indexed in: the site's, else most stories'.

    Pagefind keeps one index per language and the search page searches only its own,
    so a story in another language would never be found.
    """
    if settings.get("DEFAULT_LANG"):
        return str(settings["DEFAULT_LANG"])
    counts = Counter(story.lang for story in stories if story.lang)
    return counts.most_common(1)[0][0] if counts else PELICAN_LANG


def deal(stories: list[IndexedPage], shard_size: int) -> list[list[IndexedPage]]:
    """Deal the stories, in date order, to as few shards of at most ``shard_size`` as will do.

    Shard ``k`` of ``S`` gets the stories ``k``, ``k + S``, ``k + 2S``, ... of that order:
    every shard spans the whole archive, and ``spread_sort`` relies on it. Stories with
    no date come last, so the dated ones are dealt as if they were alone.
    """
    order = sorted(stories, key=lambda s: (s.date is None, s.date or "", s.path))
    count = math.ceil(len(order) / shard_size)
    return [order[k::count] for k in range(count)]


def index_shards(root: Path, groups: list[list[IndexedPage]], bundles: list[Path], language: str) -> None:
    """Run Pagefind over each group of stories alone (linked into a scratch folder), in turn.

    Pagefind keeps about one core busy; a helper thread links the next shard's scratch
    folder and removes the last one meanwhile (at 50,000 stories that is 18 s of 130).
    Every scratch folder is inside one made for this run (see ``SCRATCH_KIND``), removed
    at the end whatever happened.
    """
    scratch = _scratch_folder(root)
    try:
        with ThreadPoolExecutor(max_workers=1) as helper:
            try:
                staged = helper.submit(_stage, root, groups[0], scratch)
                for number, target in enumerate(bundles, start=1):
                    stage = staged.result()
                    if number < len(groups):
                        staged = helper.submit(_stage, root, groups[number], scratch)
                    try:
                        # One language for every story (see index_language).
                        _run_pagefind(
                            [
                                "--site",
                                str(stage),
                                "--output-path",
                                str(target),
                                "--force-language",
                                language,
                            ],
                            f"shard {number} of {len(groups)}",
                        )
                    finally:
                        helper.submit(shutil.rmtree, stage, ignore_errors=True)
            finally:
                helper.shutdown(wait=True, cancel_futures=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _scratch_folder(root: Path) -> Path:
    """A new folder outside ``root`` for this run's scratch folders (see ``SCRATCH_KIND``)."""
    prefix = temp_prefix(SCRATCH_KIND)
    system = Path(tempfile.gettempdir())
    places = [system, root.resolve().parent]
    with contextlib.suppress(OSError):
        if system.stat().st_dev != root.stat().st_dev:
            places.reverse()  # hard links need the output's file system
    for place in places[:-1]:
        with contextlib.suppress(OSError):
            return Path(tempfile.mkdtemp(prefix=prefix, dir=place))
    return Path(tempfile.mkdtemp(prefix=prefix, dir=places[-1]))


def _stage(root: Path, stories: list[IndexedPage], scratch: Path) -> Path:
    """A scratch folder in ``scratch`` holding ``stories`` of ``root`` (hard links) at their own paths."""
    stage = Path(tempfile.mkdtemp(dir=scratch))
    for story in stories:
        _link(root / story.path, stage / story.path)
    return stage


def finish_shards(bundles: list[Path], dated: list[int]) -> None:
    """Make the shards answer as one index, make them deterministic, and list them.

    ``dated``: how many stories with a date each shard was dealt.
    """
    with gc_paused():  # millions of small lists, none in a cycle: the collector made it 5x slower
        try:
            _finish_shards(bundles, dated)
        except pagefind.FormatError as error:
            raise SearchIndexError(str(error)) from error


def _finish_shards(bundles: list[Path], dated: list[int]) -> None:
    shards = [Shard(bundle) for bundle in bundles]
    stories: dict[str, Counter] = {}
    for shard in shards:
        for name, counts in shard.filters().items():
            stories.setdefault(name, Counter()).update(counts)
    filters = {name: facet(counts) for name, counts in stories.items()}
    vocabulary = set().union(*(shard.words() for shard in shards)) if len(shards) > 1 else set()
    for position, shard in enumerate(shards):
        if len(shards) > 1:
            shard.add_words(vocabulary)
            shard.spread_sort(position, len(shards), dated[position])
        # The first shard lists every filter value: the search page shows the merged
        # filters in the order of the first shard's, then any it lacked.
        shard.canonicalise(filters, complete=position == 0)
        if position:
            shard.drop_assets()
    names = [bundle.relative_to(bundles[0]).as_posix() + "/" for bundle in bundles[1:]]
    (bundles[0] / SHARD_LIST).write_text(
        json.dumps({"shards": names}, separators=(",", ":")) + "\n", encoding="utf-8"
    )


def facet(counts: Counter) -> set[str]:
    """The values of a filter the search page offers: all, or the ``FACET_VALUES`` most common.

    Pagefind's UI draws a checkbox for every value of every filter, on every search: the
    topics of 50,000 stories (130,000 names) keep it busy for minutes before it shows a
    result. The others stay searchable by their words and browsable on their own pages.
    """
    if len(counts) <= FACET_VALUES:
        return set(counts)
    return {value for value, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:FACET_VALUES]}


class Shard:
    """One Pagefind bundle, its metadata read once and written back by ``canonicalise``."""

    def __init__(self, bundle: Path):
        self.bundle = bundle
        self.entry_path = bundle / pagefind.ENTRY_FILE
        self.entry = json.loads(self.entry_path.read_text(encoding="utf-8"))
        languages = sorted(self.entry["languages"])
        if len(languages) != 1:
            raise SearchIndexError(f"{bundle}: expected one language, found {languages}")
        self.language = next(iter(self.entry["languages"].values()))
        self.prefix = self.language["hash"].split("_")[0]
        self.meta_path = pagefind.meta_path(bundle, self.language["hash"])
        self.meta = pagefind.load(self.meta_path)
        pagefind.check_version(self.meta, bundle)
        self._words: set[str] | None = None
        self._filters: dict[str, list] = {}

    def words(self) -> set[str]:
        """Every word in this shard's index."""
        if self._words is None:
            chunks = self.meta[pagefind.META_CHUNKS]
            self._words = {word[0] for chunk in chunks for word in self._chunk(chunk[2])}
        return self._words

    def add_words(self, vocabulary: Iterable[str]) -> None:
        """Give every word of ``vocabulary`` this shard lacks an entry with no pages.

        A word goes into the chunk whose range holds it, or which ends before it (that
        chunk's range grows to cover it), so a search for it loads that chunk. Entries are
        appended: Pagefind reads a chunk's words into a map, in any order.
        """
        chunks = sorted(self.meta[pagefind.META_CHUNKS], key=lambda chunk: chunk[0])
        missing = sorted(set(vocabulary) - self.words())
        if not missing or not chunks:
            return
        starts = [chunk[0] for chunk in chunks]
        by_chunk: dict[int, list[str]] = {}
        for word in missing:
            by_chunk.setdefault(max(bisect.bisect_right(starts, word) - 1, 0), []).append(word)
        for number, words in by_chunk.items():
            start, end, old_hash = chunks[number]
            old_path = pagefind.index_path(self.bundle, old_hash)
            data = pagefind.append_words(pagefind.raw(old_path), words, old_path)
            new_hash = pagefind.name(self.prefix, data, pagefind.FILE_HASH_DIGITS)
            old_path.unlink()
            self._write_new(pagefind.index_path(self.bundle, new_hash), data)
            chunks[number] = [min(start, words[0]), max(end, words[-1]), new_hash]
        self.meta[pagefind.META_CHUNKS] = chunks

    def spread_sort(self, position: int, count: int, dated: int) -> None:
        """Rank this shard's dated stories by their place in the whole archive (see ``deal``).

        Pagefind scores a sorted result by its index in the shard's sort list, and the
        merged results are ordered by score; the ``j``-th story of shard ``position`` is
        story ``position + j * count`` of the archive, so it moves to that index, and
        the places between hold a page number no page has.
        """
        no_page = len(self.meta[pagefind.META_PAGES])
        for sort in self.meta[pagefind.META_SORTS]:
            name, pages = sort
            if name != SORT_KEY:
                continue
            if len(pages) != dated:
                raise SearchIndexError(
                    f"{self.bundle}: Pagefind sorted {len(pages)} stories by "
                    f"{SORT_KEY}, {dated} were dealt to it with one"
                )
            spread = [no_page] * (position + (len(pages) - 1) * count + 1)
            spread[position::count] = pages
            sort[1] = spread

    def filters(self) -> dict[str, dict[str, int]]:
        """The filters of this shard: how many of its stories have each value."""
        return {
            name: {value: len(pages) for value, pages in self._filter(name, chunk_hash)[1]}
            for name, chunk_hash in self.meta[pagefind.META_FILTERS]
        }

    def canonicalise(self, filters: Mapping[str, set[str]], complete: bool = False) -> None:
        """Write the filter indexes and the metadata, sorted, each file named by its content.

        ``filters``: the values of each filter the search page offers (see ``facet``); with
        ``complete``, the ones this shard lacks are added with no pages, so it lists them all.
        Values are sorted as read and written escaped (see ``filter_label``).
        """
        by_name = {name: chunk_hash for name, chunk_hash in self.meta[pagefind.META_FILTERS]}
        written = []
        for name in sorted(filters):
            if name not in by_name and not complete:
                continue
            filter_name, values = self._filter(name, by_name[name]) if name in by_name else (name, [])
            if name in by_name:
                pagefind.filter_path(self.bundle, by_name[name]).unlink()
            values = [value for value in values if value[0] in filters[name]]
            if complete:
                values += [[value, []] for value in filters[name] - {v for v, _ in values}]
            values = [[filter_label(value), pages] for value, pages in sorted(values, key=lambda v: v[0])]
            data = pagefind.dump([filter_name, values])
            new_hash = pagefind.name(self.prefix, data, pagefind.FILE_HASH_DIGITS)
            self._write_new(pagefind.filter_path(self.bundle, new_hash), data)
            written.append([name, new_hash])
        self.meta[pagefind.META_FILTERS] = written
        data = pagefind.dump(self.meta)
        new_hash = pagefind.name(self.prefix, data, pagefind.META_HASH_DIGITS)
        self.meta_path.unlink()
        self.meta_path = pagefind.meta_path(self.bundle, new_hash)
        pagefind.write(self.meta_path, data)
        self.language["hash"] = new_hash
        self.entry_path.write_text(
            json.dumps(self.entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )

    def drop_assets(self) -> None:
        """Remove what a merged shard does not need (scripts, styles, WebAssembly)."""
        for path in self.bundle.iterdir():
            kept = (
                path.name in SHARD_FOLDERS_KEPT
                if path.is_dir()
                else any(path.match(pattern) for pattern in SHARD_FILES_KEPT)
            )
            if not kept:
                shutil.rmtree(path) if path.is_dir() else path.unlink()

    def _filter(self, name: str, chunk_hash: str) -> list:
        if name not in self._filters:
            self._filters[name] = pagefind.load(pagefind.filter_path(self.bundle, chunk_hash))
        return self._filters[name]

    def _chunk(self, chunk_hash: str) -> list:
        (entries,) = pagefind.load(pagefind.index_path(self.bundle, chunk_hash))
        return entries

    def _write_new(self, path: Path, data: bytes) -> None:
        # 7 hex digits can collide; never let one file silently replace another.
        if path.exists() and pagefind.raw(path) != data:
            raise SearchIndexError(f"{path}: two index files with one name; rebuild with another shard size")
        pagefind.write(path, data)


def filter_label(value: str) -> str:
    """A filter value as the search page must be given it: HTML that shows ``value`` as text.

    Pagefind's UI (1.5) puts a filter value into its filter list as HTML, so a seed's
    ``Source: <a href=...>`` would be a live link there. The checkbox carries this escaped
    form too and Pagefind matches it against this file, so ticking it still filters.
    """
    return html.escape(value, quote=False)


#: The search tests' name for it.


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copyfile(source, target)


def _run_pagefind(arguments: list[str], what: str) -> None:
    command = [sys.executable, "-m", "pagefind", *arguments, "--silent"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed on {what} ({result.returncode}): {result.stderr.strip()}")
    logger.debug("Pagefind indexed %s", what)
