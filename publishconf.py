"""Pelican settings for publishing: absolute URLs and feeds.

SITEURL comes from the environment, so one settings file serves every host:
``SITEURL=https://USER.github.io/REPO invoke build --publish`` (the GitHub
Actions workflow sets it from the Pages URL), and a custom domain for GitHub
Pages from ``GITHUB_PAGES_CNAME`` (``invoke gh-pages --cname`` overrides it).
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

# A custom domain for GitHub Pages, written to output/CNAME by `invoke gh-pages`.
GITHUB_PAGES_CNAME = os.environ.get("GITHUB_PAGES_CNAME", "").strip()

# Under a project path too: https://USER.github.io/REPO (no trailing slash).
SITEURL = os.environ.get("SITEURL") or (f"https://{GITHUB_PAGES_CNAME}" if GITHUB_PAGES_CNAME else "")
SITEURL = SITEURL.rstrip("/")
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL

DELETE_OUTPUT_DIRECTORY = True
