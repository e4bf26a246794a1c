"""Shared pieces for the tests that build and serve real sites.

Test modules import the fixtures they use from here (``from sitekit import demo_site``).
"""

from __future__ import annotations

import contextlib
import filecmp
import functools
import http.server
import json
import re
import shutil
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from seedreader.engine.build import build_site
from seedreader.integration.outputs import RECORD

PROJECT = Path(__file__).resolve().parents[1]
SETTINGS = str(PROJECT / "pelicanconf.py")
DEMO_SEEDS = PROJECT / "seeds"
CHROMIUM = "/usr/bin/chromium"
#: ``url(...)`` and ``@import "..."`` references in a stylesheet.
CSS_URL_RE = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
#: Fragments a browser scrolls to without an element of that id (HTML's "top of the document").
BUILTIN_FRAGMENTS = {"", "top"}


def build(seeds: Path, output: Path, **kwargs):
    """A real build of ``seeds`` into ``output`` with the project's settings."""
    return build_site(SETTINGS, seeds=str(seeds), output=str(output), **kwargs)


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only between two built sites, relative to them.

    The one-off build's record of the files it owns (``outputs.RECORD``) is bookkeeping, not
    the site: left out.
    """
    found = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right, ignore=[RECORD]), "")
    return sorted(found)


def every_story(output: Path) -> dict[str, dict]:
    """Every story of a built site by source: the manifest's entries and the copies listed
    under them (a copy of another story is in no list, but it keeps its page)."""
    entries = {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}
    for entry in list(entries.values()):
        for copy in entry.get("copies", []):
            description = soup(page_for(output, copy["url"])).find("meta", attrs={"name": "description"})
            entries[copy["source"]] = {**copy, "lede": description["content"], "copy_of": entry["source"]}
    return entries


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def article_pages(output: Path) -> list[Path]:
    """Article pages: /YYYY/MM/slug/index.html."""
    return sorted(p for p in output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))


def page_for(output: Path, url: str) -> Path:
    """The file a site-relative URL is served from."""
    path = output / url
    return path / "index.html" if url.endswith("/") or not url else path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """Serve a folder on a free loopback port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    """The demo archive, built once per test run, search index included."""
    output = tmp_path_factory.mktemp("demo-site")
    build(DEMO_SEEDS, output, search=True)
    return output


@pytest.fixture(scope="session")
def demo_url(demo_site):
    with serve(demo_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; a missing browser fails, never skips."""
    from playwright.sync_api import sync_playwright

    if not shutil.which("chromium") and not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (invoke test does it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


# -- crawling a served site --------------------------------------------------------------------


class Crawler:
    """Follows every link, asset, feed entry and JSON-LD URL that stays on the site.

    It also notes every link with a ``#fragment`` and the ids of every HTML page it
    fetched, so ``missing_anchors()`` can name the links whose target is not there.

    ``feeds_from_root``: resolve feed links against the site's root, not the feed's URL.
    A development build (``SITEURL = ""``) writes them as ``2026/05/slug/``, Pelican's
    site-relative form; a publish build writes absolute URLs, which this does not change.
    """

    def __init__(self, siteurl: str, feeds_from_root: bool = False):
        parts = urlsplit(siteurl)
        self.netloc, self.prefix = parts.netloc, parts.path.rstrip("/")
        self.root = siteurl.rstrip("/") + "/"
        self.feeds_from_root = feeds_from_root
        self.seen: dict[str, str] = {}
        self.broken: list[tuple[str, int, str]] = []
        self.outside: list[tuple[str, str]] = []
        self.bundles: set[str] = set()
        #: ids (and ``a[name]``) of each HTML page fetched, by URL without fragment.
        self.ids: dict[str, set[str]] = {}
        #: (link with its fragment, the page it is on) for every on-site link with one.
        self.fragment_links: list[tuple[str, str]] = []

    def run(self, start: str, referrer: str = "start") -> None:
        """Fetch ``start`` and everything on the site it leads to."""
        queue = [(start, referrer)]
        while queue:
            url, referrer = queue.pop()
            if url in self.seen:
                continue
            status, kind, body = self.get(url)
            self.seen[url] = kind
            if status != 200:
                self.broken.append((url, status, referrer))
                continue
            queue += [(link, url) for link in self.on_site(self.links(url, kind, body), url)]

    def on_site(self, links: list[str], referrer: str) -> list[str]:
        """The links to fetch: on this host, under the site's path (others are noted), not yet seen."""
        follow = []
        for link in links:
            parts = urlsplit(link)
            if parts.scheme not in ("http", "https") or parts.netloc != self.netloc:
                continue  # another host: nothing to fetch offline
            if parts.fragment:
                self.fragment_links.append((link, referrer))
            link = urldefrag(link).url
            if not parts.path.startswith(self.prefix + "/"):
                self.outside.append((link, referrer))
            elif link not in self.seen and link != referrer:
                follow.append(link)
        return follow

    def get(self, url: str) -> tuple[int, str, bytes]:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
                content_type = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            return error.code, "", b""
        kind = next((k for k in ("html", "css", "xml", "json") if k in content_type), "other")
        return 200, kind, body

    def links(self, url: str, kind: str, body: bytes) -> list[str]:
        if kind == "html":
            return [urljoin(url, link) for link in self.html_links(url, body.decode("utf-8"))]
        if kind == "css":
            return [
                urljoin(url, a or b)
                for a, b in CSS_URL_RE.findall(body.decode("utf-8"))
                if not (a or b).startswith("data:")
            ]
        if kind == "xml":
            base = self.root if self.feeds_from_root else url
            return [urljoin(base, link) for link in feed_links(body)]
        return []

    def html_links(self, url: str, html: str) -> list[str]:
        soup = BeautifulSoup(html, "html.parser")
        self.ids[url] = {tag["id"] for tag in soup.find_all(id=True)} | {
            tag["name"] for tag in soup.find_all("a", attrs={"name": True})
        }
        links = [
            tag[attr]
            for name, attr in (
                ("a", "href"),
                ("area", "href"),
                ("link", "href"),
                ("script", "src"),
                ("img", "src"),
                ("source", "src"),
                ("video", "src"),
                ("audio", "src"),
                ("iframe", "src"),
                ("form", "action"),
            )
            for tag in soup.find_all(name)
            if tag.get(attr)
        ]
        for tag in soup.find_all(["img", "source"], srcset=True):
            links += [candidate.split()[0] for candidate in tag["srcset"].split(",") if candidate.strip()]
        links += [
            tag["content"]
            for tag in soup.find_all("meta", content=True)
            if tag["content"].startswith(("http://", "https://"))
        ]
        for script in soup.find_all("script", type="application/ld+json"):
            links += [
                s
                for s in json_strings(json.loads(script.string or "null"))
                if s.startswith(("http://", "https://", "/"))
            ]
        self.bundles.update(
            urljoin(url, tag["data-bundle-path"]) for tag in soup.find_all(attrs={"data-bundle-path": True})
        )
        return links

    def missing_anchors(self) -> list[tuple[str, str]]:
        """(link, page it is on) for each ``#fragment`` with no such id on its HTML target page."""
        missing = []
        for link, referrer in self.fragment_links:
            target, fragment = urldefrag(link)
            ids = self.ids.get(target)
            if ids is None:  # not HTML, or broken (then it is in ``broken``)
                continue
            fragment = unquote(fragment)
            if fragment not in ids and fragment.lower() not in BUILTIN_FRAGMENTS:
                missing.append((link, referrer))
        return sorted(set(missing))


def feed_links(body: bytes) -> list[str]:
    """Atom ``link href`` and RSS ``<link>`` URLs."""
    links = []
    for element in ET.fromstring(body).iter():
        if element.get("href"):
            links.append(element.get("href"))
        elif element.tag.rsplit("}", 1)[-1] == "link" and element.text:
            links.append(element.text.strip())
    return links


def json_strings(value) -> list[str]:
    """Every string in a JSON value, however deeply nested."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for item in value for s in json_strings(item)]
    return []
