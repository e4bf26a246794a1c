"""Shared fixtures: the real seed from ``shared/seeds`` beside the project."""

from pathlib import Path

import pytest

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
