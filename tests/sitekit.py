"""Shared pieces for the tests that build and serve real sites.

Test modules import the fixtures they use from here (``from sitekit import demo_site``).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from seedreader.build import build_site

PROJECT = Path(__file__).resolve().parents[1]
SETTINGS = str(PROJECT / "pelicanconf.py")
DEMO_SEEDS = PROJECT / "seeds"
CHROMIUM = "/usr/bin/chromium"


def build(seeds: Path, output: Path, **kwargs):
    """A real build of ``seeds`` into ``output`` with the project's settings."""
    return build_site(SETTINGS, seeds=str(seeds), output=str(output), **kwargs)


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
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
