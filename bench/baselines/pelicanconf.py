"""Plain Pelican 4.12 settings for the benchmark's Markdown copy (bench/run.py, build b).

Pelican's default theme (notmyidea), the Python-Markdown reader, no plugins, and the
same URL shapes, pagination and feeds as the Seed Reader site, so that both build
comparable sites from the same stories. Run as ``pelican content -o OUT -s THIS_FILE``
from the archive's ``markdown/`` folder.
"""

SITENAME = "Plain Pelican benchmark"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
PATH = "content"
# No plugins at all (None would load every namespace plugin installed; [] loads none).
PLUGINS = []
PLUGIN_PATHS = []
# Folders are categories here too, but every file also says its Category.
USE_FOLDER_AS_CATEGORY = True
DEFAULT_CATEGORY = "News"

ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
AUTHOR_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"

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
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
