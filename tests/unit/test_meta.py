"""The schema.org data of a story page (``integration.meta.news_article``), from a parsed seed."""

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from seedreader.integration.meta import news_article
from seedreader.text.parse import parse

NOTES_SEED = Path(__file__).parents[1] / "fixtures" / "parse" / "body_editors_notes.txt"


def test_only_the_editors_corrections_are_the_storys_correction():
    seed = parse(NOTES_SEED.read_text(encoding="utf-8"))
    article = SimpleNamespace(seed=seed, url="korrin/trawlerman/", date=datetime(2026, 3, 4, tzinfo=UTC))
    data = news_article(article, {"SITEURL": "https://example.org", "SITENAME": "Korrin News"})
    # The clarification and the Spanish and Portuguese corrections; the content warning and the
    # editor's note are none.
    assert [c["text"].split(":")[0] for c in data["correction"]] == [
        "Clarification",
        "Corrección",
        "CORREÇÃO",
    ]
    assert all(c["@type"] == "CorrectionComment" for c in data["correction"])
