"""Shared fixtures (the real seed from ``shared/seeds`` beside the project) and the test tiers.

The tests sit in three tiers, one folder each, and every test carries its tier's marker:

- ``unit``: the text core, linking and tools on fixture files, no site build (``invoke test --fast``);
- ``site``: real site builds in a temporary folder (the dev server, deploys, hostile folders);
- ``browser``: pages driven in Debian's Chromium; a test elsewhere that uses the ``page`` or
  ``browser`` fixture carries the ``browser`` marker too.
"""

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
TIERS = ("unit", "site", "browser")
# Some modules share helpers across tiers (``from test_related import load_stories``).
sys.path[:0] = [str(TESTS / tier) for tier in TIERS]

#: The real scraped seeds, in ``shared/`` beside the project (absent on some machines).
SHARED_SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
REAL_SEED = SHARED_SEEDS / "000_5193c7b70bb604a3.txt"


@pytest.fixture
def real_seed() -> Path:
    """The real seed's path; skips the test only when the shared seeds folder is absent."""
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"{SHARED_SEEDS} is not there")
    return REAL_SEED


# Site fixtures (a built and served demo site, the browser) for every test module.
from sitekit import browser, demo_site, demo_url, page  # noqa: E402,F401


def pytest_collection_modifyitems(items):
    for item in items:
        tier = Path(item.fspath).resolve().relative_to(TESTS).parts[0]
        if tier in TIERS:
            item.add_marker(tier)
        if {"page", "browser"} & set(getattr(item, "fixturenames", ())):
            item.add_marker("browser")
