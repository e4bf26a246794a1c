"""Pelican settings for the Seed Reader demo site (development build)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The plugin is importable once the project is pip-installed; this keeps plain
# `pelican` working from a bare checkout too.
sys.path.insert(0, os.path.join(HERE, "plugins"))

from seedreader.engine.parallel import ParallelPelican  # noqa: E402

SITENAME = "Seed Reader"
SITESUBTITLE = "An archive of wire stories"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"

# Content: seeds are the articles; hand-written pages live in content/pages.
PATH = HERE
ARTICLE_PATHS = ["seeds"]
PAGE_PATHS = ["content/pages"]
# Nothing is copied from the seeds folder as it is: the plugin publishes only the raster
# images seeds name (under media/) and reports every other file there.
STATIC_PATHS = []
# A seed's category is its folder under seeds/ (the plugin works it out); the
# parent-folder rule of Pelican would call top-level seeds "seeds".
USE_FOLDER_AS_CATEGORY = False
# The reader gives every seed its date; a date in the file name would be parsed and dropped.
FILENAME_METADATA = ""
DEFAULT_CATEGORY = "News"
# Seeds have no translations: two stories with one slug are two stories.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None

# The demo's agencies by every name its copy uses; the first name is the one shown.
SEEDREADER_AGENCIES = (("MW", "Meridian Wire"),)
# content/pages is Markdown for markdown-it-py, the plugin's reader (not Pelican's Python-Markdown).
SEEDREADER_MARKDOWN = True

PLUGIN_PATHS = [os.path.join(HERE, "plugins")]
PLUGINS = ["seedreader"]
# Plain `pelican -s pelicanconf.py` builds as `invoke build --no-search` does: with the plugin's
# Pelican class (the seeds folder walked for seeds alone, pages written by SEEDREADER_JOBS processes).
PELICAN_CLASS = ParallelPelican

THEME = os.path.join(HERE, "theme")
# Seed text is escaped by the templates; article bodies arrive as Markup.
# Templates are loaded afresh for every build: no need to check each file for changes on every use.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True, "auto_reload": False}

# News-style URLs: /2026/03/story-slug/
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
# Header tags are topics: the plugin writes one page per topic (topic/{slug}/).
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
ARCHIVES_SAVE_AS = "archives/index.html"
CATEGORIES_SAVE_AS = "categories/index.html"
AUTHORS_SAVE_AS = "authors/index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
DIRECT_TEMPLATES = ["index", "archives", "categories", "authors", "search", "404"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"

DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

RELATIVE_URLS = True
# No build time or random ids in output: same seeds, same bytes.
OUTPUT_SOURCES = False
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
