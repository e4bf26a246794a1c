"""The Pelican reader for seed files: the only module that knows Pelican's reader contract."""

from __future__ import annotations

import logging
import os
from html import escape

from markupsafe import Markup
from pelican.readers import BaseReader
from pelican.utils import slugify

from .decode import file_date, read_seed
from .model import SeedArticle
from .parse import parse
from .render import render_article, render_body
from .settings import Options, read_options

logger = logging.getLogger(__name__)

#: Header keys passed through Pelican's own metadata processors.
_PELICAN_KEYS = ("category", "tags", "summary", "lang", "status")


class SeedReader(BaseReader):
    """Reads ``*.txt`` seeds into Pelican articles with their structured parts."""

    enabled = True
    file_extensions = ["txt"]

    def read(self, source_path: str) -> tuple[str, dict]:
        """Parse one seed; raise ``SeedError`` (Pelican logs it and goes on) when it is not one."""
        options = read_options(self.settings)
        seed = parse(read_seed(source_path, options.max_bytes), source=source_path)
        for warning in seed.warnings:
            logger.debug("%s: %s", source_path, warning)
        content = render_article(seed, render_body(seed))
        return content, self.metadata(seed, source_path, options)

    def metadata(self, seed: SeedArticle, source_path: str, options: Options) -> dict:
        """Pelican metadata plus the structured parts as article attributes."""
        header = dict(seed.header)
        meta = {
            # Pelican treats titles and summaries as HTML: hand it escaped text.
            "title": Markup(escape(seed.title)),
            "date": seed.date or file_date(source_path),
            "slug": _slug(header.get("slug") or seed.title, options, self.settings),
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
            "reading_time": max(1, round(seed.word_count / options.words_per_minute)),
        }
        if seed.byline:
            meta["author"] = self.process_metadata("author", seed.byline)
        for key in _PELICAN_KEYS:
            if header.get(key) and key != "summary":
                meta[key] = self.process_metadata(key, header[key])
        folder = seed_folder(source_path, self.settings)
        if "category" not in meta and folder:
            meta["category"] = self.process_metadata("category", folder)
        return meta


def _slug(text: str, options: Options, settings: dict) -> str:
    """A safe URL slug (no slashes, no dots), cut at a hyphen to a sensible length."""
    slug = slugify(text, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
    if len(slug) > options.slug_max_chars:
        slug = slug[: options.slug_max_chars + 1].rsplit("-", 1)[0]
    return slug.strip("-.") or "story"


def seed_folder(source_path: str, settings: dict) -> str | None:
    """The first folder under the seeds root that holds the file, if any (its category)."""
    relative = seed_relpath(source_path, settings)
    parts = relative.split("/")
    return parts[0] if len(parts) > 1 else None


def seed_relpath(source_path: str, settings: dict) -> str:
    """The seed's path relative to the ARTICLE_PATHS root that holds it."""
    base = settings.get("PATH", "")
    for root in settings.get("ARTICLE_PATHS", []) or [""]:
        root_path = os.path.abspath(os.path.join(base, root))
        relative = os.path.relpath(os.path.abspath(source_path), root_path)
        if not relative.startswith(".."):
            return relative.replace(os.sep, "/")
    return os.path.basename(source_path)


def add_reader(readers) -> None:
    """Register SeedReader for ``.txt`` files."""
    for extension in SeedReader.file_extensions:
        readers.reader_classes[extension] = SeedReader
