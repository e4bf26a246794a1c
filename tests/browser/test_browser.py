"""Browser tests: Playwright driving Debian's Chromium on the served demo site."""

import json


def manifest(demo_site):
    return json.loads((demo_site / "api" / "articles.json").read_text())


def test_front_page_to_article(page, demo_url):
    page.goto(demo_url)
    first = page.locator("main a[href*='/20']").first
    title = first.inner_text().strip()
    first.click()
    page.wait_for_load_state()
    assert "/20" in page.url
    assert page.locator("h1").inner_text().strip() == title


def test_clicking_a_read_more_card_lands_on_its_target(page, demo_url, demo_site):
    entries = manifest(demo_site)
    by_url = {e["url"]: e for e in entries}
    source = next(e for e in entries if any(r["status"] == "resolved" for r in e["read_more"]))
    ref = next(r for r in source["read_more"] if r["status"] == "resolved")
    page.goto(demo_url + source["url"])
    page.locator("aside.read-more-resolved .read-more-headline a").first.click()
    page.wait_for_load_state()
    assert page.url == demo_url + ref["url"]
    assert page.locator("h1").inner_text().strip() == by_url[ref["url"]]["title"]
