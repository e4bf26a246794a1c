"""Machine-readable views of the site: JSON-LD, JSON Feed 1.1, sitemap.xml and robots.txt."""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup

from ..settings import DEFAULTS, read_options
from ..text.grammar import CORRECTION_NOTE_RE
from ..text.language import html_marks
from .memo import memo_for_build
from .outputs import files_under

#: Characters that could end or confuse a ``<script>`` element, as JSON escapes.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
#: Google shows at most this many characters of a NewsArticle headline.
HEADLINE_MAX_CHARS = 110
#: Pages that do not belong in the sitemap.
SITEMAP_EXCLUDE = ("404.html", "search/index.html")
#: The sitemap protocol's namespace, for URL sets and sitemap indexes alike.
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
#: URLs one sitemap file may list (the protocol's limit; ``SEEDREADER_SITEMAP_MAX_URLS`` can lower it).
SITEMAP_MAX_URLS = 50_000


def json_script(data) -> Markup:
    """JSON safe inside ``<script type="application/ld+json">``: no ``</script>`` can appear."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return Markup(text)


def absolute(settings, url: str) -> str:
    """A site URL with SITEURL in front (relative when SITEURL is empty, as in dev builds)."""
    siteurl = (settings.get("SITEURL") or "").rstrip("/")
    return f"{siteurl}/{url}" if siteurl else url


def iso(when: datetime) -> str:
    """ISO 8601 with a time zone (Pelican gives articles TIMEZONE; a naive date counts as UTC)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.isoformat()


def news_article(article, settings) -> dict:
    """schema.org NewsArticle for an article page."""
    seed = article.seed
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": seed.title[:HEADLINE_MAX_CHARS],
        "description": seed.lede,
        "url": absolute(settings, article.url),
        "mainEntityOfPage": absolute(settings, article.url),
        "publisher": {"@type": "Organization", "name": settings.get("SITENAME", "")},
        **(
            {}
            if getattr(article, "undated", False)
            else {
                "datePublished": iso(article.date),
                "dateModified": iso(getattr(article, "modified", None) or article.date),
            }
        ),
        "isAccessibleForFree": True,
        "inLanguage": getattr(article, "story_lang", None) or settings.get("DEFAULT_LANG", "en"),
    }
    if seed.sources:
        data["sourceOrganization"] = [{"@type": "Organization", "name": s} for s in seed.sources]
    if seed.byline:
        data["author"] = [{"@type": "Person", "name": seed.byline}]
    elif seed.sources:
        data["author"] = [{"@type": "Organization", "name": s} for s in seed.sources]
    if seed.dateline:
        data["dateline"] = seed.dateline.text
    if getattr(article, "category", None):
        data["articleSection"] = article.category.name
    topics = [t.name for t in getattr(article, "topics", [])]
    if topics:
        data["keywords"] = topics
    notes = (*seed.notes, *seed.blocks)
    corrections = [b.text for b in notes if b.kind == "note" and CORRECTION_NOTE_RE.match(b.text)]
    if corrections:
        data["correction"] = [{"@type": "CorrectionComment", "text": text} for text in corrections]
    figure = seed.figure
    if figure and figure.image and "://" not in figure.image:
        image = {"@type": "ImageObject", "url": absolute(settings, figure.image.lstrip("/"))}
        if figure.caption:
            image["caption"] = figure.caption
        if figure.credit:
            image["creditText"] = figure.credit
        data["image"] = image
    return data


def json_feed(articles, settings, feed_url: str) -> dict:
    """JSON Feed 1.1 of the newest articles."""
    limit = settings.get("FEED_MAX_ITEMS") or len(articles)
    dated = [a for a in articles if not getattr(a, "undated", False)]  # a feed orders by date
    newest = sorted(dated, key=lambda a: (-a.date.timestamp(), a.seed_path))[:limit]
    items = []
    for article in newest:
        seed = article.seed
        item = {
            "id": absolute(settings, article.url),
            "url": absolute(settings, article.url),
            "title": seed.title,
            "summary": seed.lede,
            "content_html": article.get_content(settings.get("SITEURL", "")),
            "date_published": iso(article.date),
            "tags": [t.name for t in getattr(article, "topics", [])],
        }
        if seed.byline:
            item["authors"] = [{"name": seed.byline}]
        if getattr(article, "story_lang", None):
            item["language"] = article.story_lang  # (JSON Feed 1.1: an item in another language)
        items.append(item)
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": settings.get("SITENAME", ""),
        "home_page_url": absolute(settings, ""),
        "feed_url": absolute(settings, feed_url),
        "description": settings.get("SITESUBTITLE", ""),
        "language": settings.get("DEFAULT_LANG", "en"),
        "items": items,
    }


def sitemap(
    output_path: str, settings, lastmod: dict[str, str], pages: Iterable[str] = (), name: str = "sitemap.xml"
) -> dict[str, str]:
    """The sitemap files, by name: ``name`` listing every HTML page written, article dates as lastmod.

    Past ``SEEDREADER_SITEMAP_MAX_URLS`` URLs (at most the protocol's 50,000), ``name`` is a
    sitemap index of ``sitemap-1.xml``, ``sitemap-2.xml``, ... (named after ``name``), each
    listing that many URLs at most. ``pages``: the output's pages (relative paths) when the
    build knows them all; a rebuild that wrote only what changed does (the folder then holds
    only those), a full build leaves it empty and the folder is listed.
    """
    urls = []
    for relative in sorted(pages) or files_under(output_path):
        if not relative.endswith(".html"):
            continue
        if relative.startswith(("pagefind/", "theme/")) or relative in SITEMAP_EXCLUDE:
            continue
        urls.append(relative.removesuffix("index.html"))
    urls.sort()
    limit = min(read_options(settings).sitemap_max_urls, SITEMAP_MAX_URLS)
    if len(urls) <= limit:
        return {name: _urlset(settings, urls, lastmod)}
    files, entries = {}, []
    stem, dot, extension = name.rpartition(".")
    for number, start in enumerate(range(0, len(urls), limit), 1):
        part = urls[start : start + limit]
        part_name = f"{stem}-{number}{dot}{extension}" if dot else f"{name}-{number}"
        files[part_name] = _urlset(settings, part, lastmod)
        entry = f"<sitemap><loc>{xml_escape(absolute(settings, part_name))}</loc>"
        newest = max((lastmod[url] for url in part if lastmod.get(url)), default=None)
        entries.append(entry + (f"<lastmod>{newest}</lastmod>" if newest else "") + "</sitemap>")
    files[name] = _xml("sitemapindex", entries)
    return files


def sitemap_parts(name: str, folder: str) -> list[str]:
    """The numbered sitemap files of an index named ``name`` that are in ``folder`` (a last build's)."""
    stem, dot, extension = name.rpartition(".")
    pattern = re.compile(
        re.escape(f"{stem}-" if dot else f"{name}-")
        + r"[1-9][0-9]*"
        + (re.escape(dot + extension) if dot else "")
    )
    directory, _, _ = name.rpartition("/")
    where = os.path.join(folder, directory)
    found = os.listdir(where) if os.path.isdir(where) else []
    names = (posixpath.join(directory, f) for f in found)
    return sorted(name for name in names if pattern.fullmatch(name))


def _urlset(settings, urls: list[str], lastmod: dict[str, str]) -> str:
    entries = []
    for url in urls:
        entry = f"<url><loc>{xml_escape(absolute(settings, url))}</loc>"
        if lastmod.get(url):
            entry += f"<lastmod>{lastmod[url]}</lastmod>"
        entries.append(entry + "</url>")
    return _xml("urlset", entries)


def _xml(root: str, entries: list[str]) -> str:
    head = ['<?xml version="1.0" encoding="UTF-8"?>', f'<{root} xmlns="{SITEMAP_NS}">']
    return "\n".join([*head, *entries, f"</{root}>"]) + "\n"


def text_lang(lang: str | None) -> Markup:
    """The attributes that mark a story's text with its language (the reader's, ``html_marks``)."""
    return Markup(html_marks(lang))


def robots(settings) -> str:
    """robots.txt that allows everything and names the sitemap."""
    text = "User-agent: *\nAllow: /\n"
    if settings.get("SITEURL"):
        text += f"Sitemap: {absolute(settings, 'sitemap.xml')}\n"
    return text


def add_template_helpers(generator) -> None:
    """Give templates ``article|news_jsonld`` (JSON-LD for a script element), ``text_lang`` and the settings.

    ``article.story_lang|text_lang``: `` lang="de"`` (and `` dir="rtl"``) for an element holding
    a story's text in another language than the site's; nothing for one in the site's.
    """
    settings = generator.settings

    def news_jsonld(article):
        return json_script(news_article(article, settings))

    generator.env.filters["news_jsonld"] = news_jsonld
    generator.env.filters["json_script"] = json_script
    generator.env.filters["text_lang"] = text_lang
    memo = generator.env.globals["memo"] = memo_for_build()
    generator.env.globals["memo_include"] = memo.include
    generator.env.globals["memo_each"] = memo.each
    # The plugin's settings, defaults included, so templates need not guess URLs. In the
    # context rather than the globals: Jinja checks every global on each macro import.
    for key, default in DEFAULTS.items():
        generator.context.setdefault(key, settings.get(key, default))


def write_sitemap_and_robots(pelican) -> None:
    """Write sitemap.xml (every page written, dates as lastmod; an index past its limit) and robots.txt."""
    settings, output = pelican.settings, pelican.output_path
    options = read_options(settings)
    lastmod = {}
    manifest_path = os.path.join(output, options.manifest) if options.manifest else ""
    if manifest_path and os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as handle:
            lastmod = {e["url"]: e["date"] for e in json.load(handle)}
    if options.sitemap:
        outcome = getattr(pelican, "outcome", None)
        files = sitemap(output, settings, lastmod, outcome.pages if outcome else (), options.sitemap)
        for stale in set(sitemap_parts(options.sitemap, output)) - set(files):  # a rebuild in place
            os.remove(os.path.join(output, stale))
        for name, text in files.items():
            with open(os.path.join(output, name), "w", encoding="utf-8") as handle:
                handle.write(text)
    if options.robots:
        with open(os.path.join(output, options.robots), "w", encoding="utf-8") as handle:
            handle.write(robots(settings))
