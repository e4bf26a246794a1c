"""The archive as a whole: distinct URLs for every story, and what was skipped and why."""

from __future__ import annotations

import hashlib
import logging
import os
from collections import defaultdict

from pelican.utils import order_content

from ..compat import pelican as pelican_compat
from ..errors import SeedError
from ..settings import read_options
from ..text.decode import read_seed
from ..text.parse import parse
from .folder import SEED_SUFFIXES, LeftOut
from .media import media_file, register
from .memory import Memory, memory_of
from .reader import seed_relpath, site_folders
from .report import report_of

logger = logging.getLogger(__name__)

#: The context key of this build's images (``{static}`` key -> ``media.MediaFile``).
MEDIA_KEY = "seedreader_media"

#: Hex digits of the suffix that tells stories of one title apart (more when that is taken too).
SUFFIX_CHARS = 6
#: What the log says once renamed seeds repeat (Pelican's ``limit_msg``; the report lists them all).
RENAMED_LIMIT_MSG = "More seeds whose URL was taken: see the build report's renamed seeds"


def dedupe_slugs(articles) -> list[tuple[str, str]]:
    """Give articles that share a URL distinct, stable slugs; return (path, new slug) pairs.

    The first of a group (by source path) keeps its slug; the others get a suffix made from
    their own source path, so a URL does not change when another story with the same title
    is added or removed. Suffixed URLs are checked against every URL in the archive (a story
    may be titled "X 1a2b3c"): a taken one gets a longer suffix.
    """
    groups = defaultdict(list)
    for article in articles:
        groups[article.save_as].append(article)
    taken = set(groups)
    renamed = []
    for save_as in sorted(groups):
        group = groups[save_as]
        if len(group) < 2:
            continue
        group.sort(key=lambda a: a.seed_path)
        for article in group[1:]:
            digest = hashlib.sha1(article.seed_path.encode()).hexdigest()
            base = article.slug
            for kept in ("override_save_as", "override_url"):  # formatted from the slug again below
                article.__dict__.pop(kept, None)
            for length in range(SUFFIX_CHARS, len(digest) + 1, 2):
                article.slug = article.metadata["slug"] = f"{base}-{digest[:length]}"
                save_as = formatted_urls(article)[0]
                if save_as not in taken:
                    break
            taken.add(save_as)
            renamed.append((article.seed_path, article.slug))
            logger.warning(
                "%s: its URL is taken by %s; published at slug %s",
                article.seed_path,
                group[0].seed_path,
                article.slug,
                extra={"limit_msg": RENAMED_LIMIT_MSG},
            )
    return renamed


def skipped_seeds(generator) -> list[LeftOut]:
    """Seed files the article generator could not turn into articles, with the reason."""
    options = read_options(generator.settings)
    skipped = []
    for path, content in sorted(generator.context.get("generated_content", {}).items()):
        if content is not None or not path.endswith(SEED_SUFFIXES):
            continue
        full = os.path.join(generator.path, path)
        try:
            parse(read_seed(full, options.max_bytes), source=path)
            reason = "rejected by Pelican (see the log)"
        except SeedError as error:
            reason = error.reason
        skipped.append(LeftOut(seed_relpath(full, generator.settings), reason))
    return skipped


def order_ties(generator) -> None:
    """Stories of the same date in one order, build after build.

    Pelican reads files in the order of a set of paths, which changes from run to run,
    and its date sort keeps that order among equal dates: sort by path first, then
    apply the site's own ordering again (a stable sort).
    """
    order_by = generator.settings["ARTICLE_ORDER_BY"]
    for name in ("articles", "hidden_articles", "drafts"):
        by_path = sorted(getattr(generator, name), key=lambda a: a.source_path)
        setattr(generator, name, order_content(by_path, order_by=order_by))


def give_distinct_urls(generator) -> None:
    """Make sure no two stories are written to the same URL (Pelican would overwrite one).

    The URLs are final then: each is kept on its article (``override_url``,
    ``override_save_as``) rather than formatted by Pelican on every use, which is slow.
    """
    everything = generator.articles + generator.hidden_articles + generator.drafts
    memory = memory_of(generator.settings)  # kept only for another build: else for nothing
    known = _known_urls(memory, getattr(generator, "store_key", None) if memory.keep else None)
    for article in everything:
        article.override_save_as, article.override_url = _urls(article, known)
    renamed = dedupe_slugs(everything)
    renamed_paths = {path for path, _ in renamed}
    for article in everything:
        if article.seed_path in renamed_paths:
            article.override_save_as, article.override_url = formatted_urls(article)
    report_of(generator)["renamed"] = [{"source": path, "slug": slug} for path, slug in renamed]


def _urls(article, known: dict | None) -> tuple[str, str]:
    """The article's (save_as, url) as Pelican formats them, or as it did in the last build."""
    if known is None:
        return formatted_urls(article)
    key = (article.seed_path, article.slug, getattr(article, "seed_digest", None), article.date.isoformat())
    found = known.get(key)
    if found is None:
        found = known[key] = formatted_urls(article)
    return found


def formatted_urls(article) -> tuple[str, str]:
    """(save_as, url) from the article's slug: Pelican's patterns, or the undated ones (no date in them)."""
    if getattr(article, "undated", False):
        options = read_options(article.settings)
        slug = article.slug
        return options.undated_save_as.format(slug=slug), options.undated_url.format(slug=slug)
    return article.save_as, article.url


def _known_urls(memory: Memory, settings_key: str | None) -> dict | None:
    """URLs Pelican made in the last builds with these settings (it formats each anew, about 30 µs)."""
    if settings_key is None:
        return None
    if memory.urls_key != settings_key:
        memory.urls_key, memory.urls = settings_key, {}
    return memory.urls


def record_skipped(generator) -> None:
    """Name every seed that did not become a page, with the reason, once all are read."""
    report = report_of(generator)
    report["skipped"] = [{"source": s.path, "reason": s.reason} for s in skipped_seeds(generator)]
    for item in report["skipped"]:
        logger.warning("Skipped seed %s: %s", item["source"], item["reason"])
    report["articles"] = len(generator.articles) + len(generator.hidden_articles) + len(generator.drafts)


def quiet_duplicate_errors(pelican) -> None:
    """One message per skipped seed, not two: ``record_skipped`` names the file and the reason."""
    pelican_compat.quiet_failed_reads(SEED_SUFFIXES)


def collect_media(generator) -> None:
    """``article_generator_finalized``: register the images the stories name; report the others."""
    # The engine's generator walked the seed folders; under Pelican's own, they are the settings'.
    roots = (
        generator.seed_folder.roots
        if hasattr(generator, "seed_folder")
        else site_folders(generator.settings).seeds
    )
    files = {}
    for article in generator.articles + generator.hidden_articles + generator.drafts:
        figure = getattr(article, "figure", None)
        if figure is not None and figure.image and figure.image not in files:
            found = media_file(figure.image, roots)
            if found is not None:
                files[figure.image] = found
    register(generator.context, files)
    generator.context[MEDIA_KEY] = files
    if hasattr(generator, "seed_folder"):
        named = {m.source for m in files.values()}
        unnamed = [
            {"source": relative, "reason": "image no seed names (Image: header): not published"}
            for real, relative in generator.seed_folder.images.items()
            if real not in named
        ]
        refused = [{"source": r.path, "reason": r.reason} for r in generator.seed_folder.refused]
        report_of(generator)["not_published"] = sorted(refused + unnamed, key=lambda r: r["source"])
