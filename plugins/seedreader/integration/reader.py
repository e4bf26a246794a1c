"""The Pelican reader for seed files: the only module that knows Pelican's reader contract.

Seeds share a site with its other content: only ``.txt`` files in the seed folders are read
as seeds, the site's Markdown and reST stay with Pelican's readers, and what the plugin needs
of the site's settings is set so that the site loses nothing (``share_site``).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape

from markdown_it import MarkdownIt
from markupsafe import Markup
from pelican.readers import BaseReader
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from ..linking import bare_headlines
from ..settings import Options, read_option, read_options, seed_folders
from ..text import agencies, copies, furniture, language
from ..text import grammar as g
from ..text.decode import read_seed_text, seed_date
from ..text.model import SeedArticle, pickled_by_fields
from ..text.parse import normalise, parse_lines
from ..text.render import render_article, render_body
from ..text.topics import extract_topics
from . import media
from .folder import SEED_SUFFIXES, inside
from .memory import memory_of

logger = logging.getLogger(__name__)

#: Slugs remembered per process (names of topics and agencies; each entry is a few hundred bytes).
SLUG_CACHE_SIZE = 200_000
#: The date Pelican is given for an undated story (it needs one): never shown, never in a URL.
#: It sorts undated stories after every dated one, in path order.
UNDATED = datetime(1970, 1, 1, tzinfo=UTC)
#: Header keys passed through Pelican's own metadata processors. Not ``Lang``: Pelican would put
#: a story in another language than the site's at ``ARTICLE_LANG_URL`` (``slug-de.html``), as a
#: translation; a seed's language is the reader's ``story_lang``, its URL the same as any story's.
_PELICAN_KEYS = ("category", "tags", "summary", "status")
#: What a reader returns for a file it leaves alone: Pelican skips it quietly (``SkipStub``), and
#: a file it skips is still the static generator's to publish.
NOT_A_SEED = ("", {"status": "skip"})
#: The article attribute that keeps seeds out of Pelican's translation groups (``share_site``).
TRANSLATION_KEY = "seed_translation_key"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ReadSeed:
    """What one seed reads into before Pelican's metadata objects: picklable, so workers make it."""

    content: str
    """The article's HTML (escaped text in the site's markup)."""
    seed: SeedArticle
    date: datetime | None
    """None: the story is undated (no date in its text or its file's name)."""
    warnings: tuple[str, ...]
    """Reader warnings for the build report (such as a date taken from the file's time)."""
    mentions: tuple
    """Topics named in the story (``topics.Mention``)."""
    slug: str
    seed_path: str
    folder: str | None
    """The first folder under the seeds root, if any (the story's section)."""
    digest: str
    """A hash of the seed's text: what the page signatures of ``incremental`` start from."""
    words: int
    """The story's word count (counted where it is read: in a worker when read ahead)."""
    lines: bytes = b""
    """Digests of the lines that may be archive furniture (``furniture.candidate_lines``)."""
    signature: bytes = b""
    """The story text's fingerprints (``copies.signature``): how its copies are found."""
    furniture: tuple[tuple[str, int], ...] = ()
    """The archive furniture it was read with: (line, seeds), dropped before any other pass."""
    headline_lines: bare_headlines.Candidates = ()
    """Its lines that may be another story's headline (``bare_headlines.candidates``)."""
    lang: str | None = None
    """The language its text is marked with (``language.story_language``): None for the site's."""


def read_story(
    source_path: str,
    settings: dict,
    furniture_lines: Mapping[bytes, int] | None = None,
    named: frozenset[int] = frozenset(),
) -> ReadSeed:
    """Read, parse and render one seed; a pure function of the file and the settings.

    ``furniture_lines``: line digest -> seeds, from the archive pass (``furniture``): the
    seed's lines with those digests are dropped first, as archive furniture. ``named``: the
    lines the archive knows as other stories' headlines, read as READ MORE lines.
    """
    # A few settings, not all of them: this runs once per seed.
    decoded = read_seed_text(source_path, read_option(settings, "SEEDREADER_MAX_BYTES"))
    text = decoded.text
    lines = normalise(text).split("\n")
    dropped = furniture.mapping_for(lines, furniture_lines) if furniture_lines else {}
    seed = parse_lines(lines, source=source_path, warnings=decoded.warnings, furniture=dropped, named=named)
    root = seed_root(source_path, settings)
    date, _, warnings = seed_date(seed, source_path, root)
    if seed.sources:
        names = agencies.table(agencies.rows(read_option(settings, "SEEDREADER_AGENCIES")))
        seed = replace(seed, sources=agencies.normalised(seed.sources, names))
    seed, image_warning = _with_image(seed, source_path, root)
    lang = language.story_language(
        seed,
        settings.get("DEFAULT_LANG") or DEFAULT_CONFIG["DEFAULT_LANG"],
        read_option(settings, "SEEDREADER_DETECT_LANGUAGE"),
    )
    if image_warning:
        warnings = (*warnings, image_warning)
    return ReadSeed(
        content=render_article(seed, render_body(seed, lang=lang), lang),
        seed=seed,
        date=date,
        warnings=tuple(warnings),
        mentions=tuple(extract_topics(seed.title, seed.lede, body_texts(seed), seed.tags)),
        slug=make_slug(
            dict(seed.header).get("slug") or seed.title,
            settings,
            read_option(settings, "SEEDREADER_SLUG_MAX_CHARS"),
        ),
        seed_path=seed_relpath(source_path, settings),
        folder=seed_folder(source_path, settings),
        digest=_digest(text, dropped, named),
        words=seed.word_count,
        lines=b"" if dropped or named else furniture.candidate_lines(lines, seed),
        signature=copies.signature(seed),
        furniture=tuple(sorted(dropped.items())),
        headline_lines=() if named else bare_headlines.candidates(seed),
        lang=lang,
    )


def reading_key(settings: dict) -> str:
    """The settings reading a seed depends on (``read_story`` is a function of them and the file)."""
    options = read_options(settings)
    return repr(
        (
            options.max_bytes,
            options.slug_max_chars,
            options.detect_language,
            options.agencies,
            settings.get("DEFAULT_LANG"),
            settings.get("SLUG_REGEX_SUBSTITUTIONS"),
            settings.get("PATH"),
            settings.get("ARTICLE_PATHS"),
        )
    )


def file_stamp(path: str) -> tuple:
    """What tells a changed file (as Pelican's own cache does: time, plus size and inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return ()
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def _digest(text: str, dropped: Mapping[str, int], named: frozenset[int] = frozenset()) -> str:
    """A hash of the seed's text and of what the archive passes read it with."""
    data = text.encode("utf-8", "surrogatepass")
    if dropped:
        data += repr(sorted(dropped.items())).encode("utf-8", "surrogatepass")
    if named:
        data += repr(sorted(named)).encode("ascii")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _with_image(seed: SeedArticle, source_path: str, root: str | None) -> tuple[SeedArticle, str | None]:
    """The seed with its ``Image:`` header resolved to a published image (``media``), or dropped."""
    if seed.figure is None or not seed.figure.image:
        return seed, None
    key, problem = media.resolve(seed.figure.image, source_path, root)
    figure = replace(seed.figure, image=key) if key or seed.figure.caption else None
    return replace(seed, figure=figure), problem


class PluginReader(BaseReader):
    """The base of the plugin's readers, which only ``add_reader`` registers, for sites using the plugin.

    Pelican gives every site each enabled direct subclass of ``BaseReader`` for its
    extensions (``pelican.readers.Readers``): this one has none, and its subclasses are not
    direct ones, so importing the plugin changes no site's readers.
    """

    file_extensions: list[str] = []


class SeedReader(PluginReader):
    """Reads ``*.txt`` seeds into Pelican articles with their structured parts."""

    enabled = True
    file_extensions = [suffix.removeprefix(".") for suffix in SEED_SUFFIXES]

    def read(self, source_path: str) -> tuple[str, dict]:
        """Parse one seed; raise ``SeedError`` (Pelican logs it and goes on) when it is not one.

        Seeds read ahead by worker processes (the build's ``Memory.reading``) are taken from
        there. A ``.txt`` file outside the seed folders is left alone (``is_seed``).
        """
        if not is_seed(source_path, self.folders):
            return NOT_A_SEED
        reading = memory_of(self.settings).reading
        story = reading.take(source_path, self.settings) if reading is not None else None
        story = story or read_story(source_path, self.settings)
        for warning in story.seed.warnings:
            logger.debug("%s: %s", source_path, warning)
        return story.content, self.metadata(story, self.options)

    @functools.cached_property
    def options(self) -> Options:
        """The plugin's settings, read once: Pelican makes a reader per build, settings final."""
        return read_options(self.settings)

    @functools.cached_property
    def folders(self) -> Folders:
        """The site's seed folders and the folders it keeps for other files, read once."""
        return site_folders(self.settings)

    def metadata(self, story: ReadSeed, options: Options) -> dict:
        """Pelican metadata plus the structured parts as article attributes."""
        seed = story.seed
        header = dict(seed.header)
        meta = {
            # Pelican treats titles and summaries as HTML: hand it escaped text.
            "title": Markup(escape(seed.title)),
            "date": story.date or UNDATED,
            "undated": story.date is None,
            "seed_warnings": list(story.warnings),
            "slug": story.slug,
            "summary": Markup(escape(seed.summary or seed.lede)),
            "seed": seed,
            "lede": seed.lede,
            "title_derived": seed.title_derived,
            "dateline": seed.dateline,
            "byline": seed.byline,
            "figure": seed.figure,
            "blocks": seed.blocks,
            "sources": seed.sources,
            "dropped": seed.dropped,
            "reading_time": max(1, round(story.words / options.words_per_minute)),
            "mentions": list(story.mentions),
            "seed_path": story.seed_path,
            "seed_digest": story.digest,
            "seed_lines": story.lines,
            "seed_headline_lines": story.headline_lines,
            "seed_signature": story.signature,
        }
        if seed.modified and story.date:  # an update the text gives: ``dateModified``, the feeds' ``updated``
            meta["modified"] = seed.modified
        if seed.byline:
            meta["author"] = self.process_metadata("author", seed.byline)
        for key in _PELICAN_KEYS:
            if header.get(key) and key != "summary":
                meta[key] = self.process_metadata(key, header[key])
        if story.lang:  # (the templates mark the story's headline and lede with it: ``text_lang``)
            meta["story_lang"] = story.lang
        if "category" not in meta and story.folder:
            name = story.folder.replace("-", " ").replace("_", " ")
            meta["category"] = self.process_metadata("category", name[:1].upper() + name[1:])
        return meta


#: Article attributes the seed's text alone decides (with its path and the settings): the story's
#: ``seed_digest`` stands for all of them. The others the reader sets depend on the file too (a
#: date from its name or time) or change later (a slug made distinct); ``incremental`` looks at
#: those one by one. A key ``metadata`` adds must be put on one side (tests/unit/test_reads.py).
TEXT_FIELDS = frozenset(
    {
        "title",
        "summary",
        "seed",
        "lede",
        "title_derived",
        "dateline",
        "byline",
        "figure",
        "blocks",
        "sources",
        "dropped",
        "reading_time",
        "mentions",
        "seed_path",
        "seed_digest",
        "seed_lines",
        "seed_headline_lines",
        "seed_signature",
        "modified",
        "author",
        "tags",
        "story_lang",
        "status",
    }
)
#: What ``metadata`` sets that the text alone does not decide.
FILE_FIELDS = frozenset({"date", "undated", "seed_warnings", "slug", "category"})


def make_slug(text: str, settings: dict, max_chars: int = 0) -> str:
    """A safe URL slug (no slashes, no dots), cut at a hyphen when over ``max_chars``."""
    substitutions = tuple(tuple(pair) for pair in settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
    slug = _slugify(text, substitutions)
    if max_chars and len(slug) > max_chars:
        slug = slug[: max_chars + 1].rsplit("-", 1)[0]
    return slug.strip("-.") or "story"


@functools.lru_cache(maxsize=SLUG_CACHE_SIZE)
def _slugify(text: str, substitutions: tuple) -> str:
    # Topic and agency names recur across thousands of stories; Pelican's slugify is slow.
    return slugify(text, regex_subs=substitutions)


class MarkdownItReader(PluginReader):
    """Reads hand-written Markdown pages (About, ...) with markdown-it-py."""

    enabled = True
    file_extensions = ["md", "markdown"]

    def read(self, source_path: str) -> tuple[str, dict]:
        """A Pelican-style ``Key: value`` header, a blank line, then CommonMark."""
        with open(source_path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        metadata, header_end = {}, 0
        for line in lines:
            match = g.HEADER_LINE_RE.match(line)
            if not line.strip() or not match:
                break
            name = match["key"].lower()
            value = Markup(escape(match["value"])) if name in ("title", "summary") else match["value"]
            metadata[name] = self.process_metadata(name, value)
            header_end += 1
        # Raw HTML stays off: pages are Markdown, and the site's CSP forbids inline script.
        renderer = MarkdownIt("commonmark", {"html": False, "typographer": True}).enable(
            ["table", "strikethrough", "replacements", "smartquotes"]
        )
        return renderer.render("\n".join(lines[header_end:])), metadata


def body_texts(seed: SeedArticle) -> list[str]:
    """The body's paragraphs and subheads (READ MORE headlines name other stories)."""
    return [b.text for b in seed.blocks if b.kind != "read_more"]


def seed_folder(source_path: str, settings: dict) -> str | None:
    """The first folder under the seeds root that holds the file, if any (its category)."""
    relative = seed_relpath(source_path, settings)
    parts = relative.split("/")
    return parts[0] if len(parts) > 1 else None


def seed_root(source_path: str, settings: dict) -> str | None:
    """The ARTICLE_PATHS folder that holds the seed, absolute, or None."""
    path = os.path.abspath(source_path)
    for root in settings.get("ARTICLE_PATHS", []) or [""]:
        root_path = os.path.abspath(os.path.join(settings.get("PATH", ""), root))
        if inside(path, root_path):
            return root_path
    return None


def seed_relpath(source_path: str, settings: dict) -> str:
    """The seed's path relative to the ARTICLE_PATHS root that holds it."""
    root = seed_root(source_path, settings)
    if root is None:
        return os.path.basename(source_path)
    return os.path.relpath(os.path.abspath(source_path), root).replace(os.sep, "/")


# -- Sharing a site with its other content ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Folders:
    """Where a site's seeds are, and the folders it keeps for other files: absolute paths."""

    seeds: tuple[str, ...]
    others: tuple[str, ...]
    """STATIC_PATHS and PAGE_PATHS: a text file there is the site's own (a robots.txt, a page)."""


def site_folders(settings) -> Folders:
    """The site's seed folders (``settings.seed_folders``) and its static and page folders."""
    base = settings.get("PATH", "")

    def absolute(paths) -> tuple[str, ...]:
        return tuple(os.path.abspath(os.path.join(base, p)) for p in paths)

    others = [*(settings.get("STATIC_PATHS") or ()), *(settings.get("PAGE_PATHS") or ())]
    return Folders(absolute(seed_folders(settings)), absolute(others))


def is_seed(source_path: str, folders: Folders) -> bool:
    """Whether a file is a seed: the deepest of the site's folders that holds it is a seed folder.

    ``content/`` read for seeds and ``content/extra/`` for static files: ``extra/robots.txt``
    is the site's robots.txt, published as it is, and no seed.
    """
    path = os.path.abspath(source_path)
    seeds = max((len(f) for f in folders.seeds if inside(path, f)), default=-1)
    others = max((len(f) for f in folders.others if inside(path, f)), default=-1)
    return seeds > others


def share_site(pelican) -> None:
    """``initialized``: set what the plugin needs of the site's settings, so the site loses nothing.

    Pelican's article generator reads every seed folder (one that ARTICLE_PATHS lacks is added).
    Two seeds with one slug are two stories, which the plugin gives distinct URLs, not
    translations of each other: when the site groups translations (ARTICLE_TRANSLATION_ID), the
    grouping also takes ``TRANSLATION_KEY``, each seed's own path and empty for every other
    article (``keep_seeds_apart``), so the site's own translations are grouped as before.
    """
    settings = pelican.settings
    folders = site_folders(settings)
    base = settings.get("PATH", "")
    read = [os.path.abspath(os.path.join(base, p)) for p in settings.get("ARTICLE_PATHS") or ()]
    for relative, folder in zip(seed_folders(settings), folders.seeds, strict=True):
        if not any(inside(folder, root) for root in read):
            logger.info("Seed Reader: %s added to ARTICLE_PATHS, to read its seeds", relative)
            settings["ARTICLE_PATHS"] = [*settings["ARTICLE_PATHS"], relative]
    ids = settings.get("ARTICLE_TRANSLATION_ID")
    if ids:
        ids = (ids,) if isinstance(ids, str) else tuple(ids)
        if TRANSLATION_KEY not in ids:
            settings["ARTICLE_TRANSLATION_ID"] = (*ids, TRANSLATION_KEY)


def keep_seeds_apart(generator, metadata) -> None:
    """``article_generator_context``: every article's ``TRANSLATION_KEY``, a seed's own (``share_site``)."""
    if TRANSLATION_KEY in (generator.settings.get("ARTICLE_TRANSLATION_ID") or ()):
        metadata.setdefault(TRANSLATION_KEY, metadata.get("seed_path", ""))


def leave_site_files(generator) -> None:
    """``static_generator_finalized``: a robots.txt or sitemap the site publishes itself stays its own.

    The plugin then writes none (the setting is emptied for this build), and says so.
    """
    settings = generator.settings
    published = {static.save_as for static in generator.staticfiles}
    published |= set((settings.get("TEMPLATE_PAGES") or {}).values())
    options = read_options(settings)
    for key, name in (("SEEDREADER_ROBOTS", options.robots), ("SEEDREADER_SITEMAP", options.sitemap)):
        if name and name in published:
            logger.info("Seed Reader: the site publishes its own %s; the plugin writes none (%s)", name, key)
            settings[key] = ""


def enable_markdown(generator) -> None:
    """With SEEDREADER_MARKDOWN, no warning that ``.md`` needs Python-Markdown: markdown-it-py reads it."""
    readers = getattr(generator, "readers", None)
    if readers is not None and read_options(generator.settings).markdown:
        for extension in MarkdownItReader.file_extensions:
            readers.disabled_readers.pop(extension, None)


def add_reader(readers) -> None:
    """Register the seed reader for ``.txt``; the markdown-it-py one for ``.md`` if SEEDREADER_MARKDOWN asks.

    Otherwise the site's Markdown and reST stay with Pelican's own readers and their settings.
    """
    chosen = (SeedReader, MarkdownItReader) if read_options(readers.settings).markdown else (SeedReader,)
    for reader in chosen:
        for extension in reader.file_extensions:
            readers.reader_classes[extension] = reader
