"""Seed Reader in a Pelican site of its own (issue 16, item 5).

The fixture (``tests/fixtures/any_site``) is a plain Pelican site: Markdown and reST posts, a
page, a static robots.txt and a folder of seeds, Pelican's defaults otherwise (translations
grouped by slug, no pagination). It is built with plain Pelican (``Pelican(settings).run()``)
in Pelican's bundled ``notmyidea`` and ``simple`` themes, which have no template for the
plugin's pages. Besides: the plugin as a namespace package, from this checkout and from a
wheel; what Pelican's namespace discovery alone does; and plain ``pelican -s pelicanconf.py``
in this repository against ``invoke build --no-search``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.generators import PagesGenerator
from pelican.paginator import Paginator
from pelican.plugins._utils import get_namespace_plugins
from pelican.readers import Readers
from pelican.settings import read_settings
from sitekit import PROJECT, differences, page_for, soup

from seedreader.integration import listing, site

FIXTURE = Path(__file__).parents[1] / "fixtures" / "any_site"
SETTINGS = FIXTURE / "pelicanconf.py"
SEEDS = sorted((FIXTURE / "content" / "news").glob("*.txt"))
THEMES = ("notmyidea", "simple")
#: What shows that a page is the theme's: its own skeleton around the content.
SKELETON = {"notmyidea": "header#banner", "simple": "main"}
VNU_JAR = PROJECT / ".cache" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

#: Run in a fresh interpreter: both names give the very same modules, and Pelican's namespace
#: discovery finds the plugin under the namespace name. Prints where ``seedreader`` is from.
ALIAS_CHECK = """
import sys
import pelican.plugins.seedreader.text.parse as a
import seedreader.text.parse as b
assert a is b and a.__name__ == a.__spec__.name == "seedreader.text.parse", (a, a.__spec__)
import seedreader.integration.signals
import pelican.plugins.seedreader.integration.signals as signals
assert signals is seedreader.integration.signals
from pelican.plugins._utils import get_namespace_plugins
assert get_namespace_plugins()["pelican.plugins.seedreader"] is sys.modules["seedreader"]
twins = [
    name for name, module in sys.modules.items()
    if name.startswith("pelican.plugins.seedreader")
    and module is not sys.modules.get(name.removeprefix("pelican.plugins."))
]
assert not twins, twins
same_file = {id(m) for m in list(sys.modules.values()) if getattr(m, "__file__", None) == b.__file__}
assert len(same_file) == 1, same_file
from seedreader.integration.theme import PAGE_TEMPLATES, TEMPLATES
import os
assert all(os.path.isfile(os.path.join(TEMPLATES, name + ".html")) for name in PAGE_TEMPLATES)
print(sys.modules["seedreader"].__file__)
"""


def build(output: Path, **override) -> Path:
    """The fixture site built with plain Pelican into ``output``."""
    settings = read_settings(str(SETTINGS), override={"OUTPUT_PATH": str(output), **override})
    Pelican(settings).run()
    return output


@pytest.fixture(scope="module", params=THEMES)
def built(request, tmp_path_factory) -> tuple[str, Path]:
    """(theme, output): the fixture site built in one of Pelican's bundled themes."""
    return request.param, build(tmp_path_factory.mktemp(request.param), THEME=request.param)


def manifest(output: Path) -> dict[str, dict]:
    return {e["source"]: e for e in json.loads((output / "api" / "articles.json").read_text())}


def page(output: Path, url: str):
    path = page_for(output, url)
    assert path.is_file(), url
    return soup(path)


def fallback_pages(output: Path) -> list[Path]:
    """The pages written from the plugin's own templates: topics, threads, sources, undated."""
    found = [output / "topics" / "index.html", output / "sources" / "index.html"]
    found += sorted(output.glob("topic/*/index*.html")) + sorted(output.glob("source/*/index.html"))
    found += sorted(output.glob("thread/*/index.html")) + sorted(output.glob("undated/index*.html"))
    return found


# -- the plugin as a namespace package ---------------------------------------------------------


def test_the_namespace_name_is_an_alias_of_the_same_modules(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", ALIAS_CHECK], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(PROJECT / "plugins")


def test_a_wheel_installs_the_plugin_its_alias_and_its_templates(tmp_path):
    source = tmp_path / "source"  # the project's packaging inputs, so the build leaves no build/ here
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, source / name if source.exists() else _mkdir(source) / name)
    shutil.copytree(
        PROJECT / "plugins", source / "plugins", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(tmp_path / "dist"), str(source)], check=True)
    wheel = next((tmp_path / "dist").glob("seedreader-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], check=True
    )
    python = venv / "bin" / "python"
    # Pip from the system site-packages, installing into the venv's (the running interpreter's).
    subprocess.run(
        [str(python), *pip[1:], "install", "--no-deps", "--no-build-isolation", str(wheel)], check=True
    )
    result = subprocess.run(
        [str(python), "-c", ALIAS_CHECK], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(venv)  # the wheel's copy, not this checkout's


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


# -- a site that lists the plugin ----------------------------------------------------------------


def test_every_seed_is_a_structured_article_in_the_theme(built):
    theme, output = built
    entries = manifest(output)
    assert sorted(entries) == sorted(f"news/{p.name}" for p in SEEDS)
    for entry in entries.values():
        html = page(output, entry["url"])
        assert html.select_one(SKELETON[theme]) is not None
        assert html.select_one("p.standfirst").get_text(" ", strip=True).endswith(entry["lede"])
    walls = page(output, entries["news/sea-walls.txt"]["url"])
    assert walls.select_one("p.caption .credit").get_text() == "(OPA)"
    assert walls.select_one("h2#we-cannot-move-the-port") is not None
    card = walls.select_one("aside.read-more-resolved a")
    assert card.get_text() == "Tram line between Pellary and Ostwick reopens"
    assert (page_for(output, entries["news/sea-walls.txt"]["url"]).parent / card["href"]).resolve() == (
        page_for(output, entries["news/tram.txt"]["url"]).resolve()
    )


def test_seeds_of_one_title_are_two_stories_and_the_sites_translations_stay(built):
    _, output = built
    entries = manifest(output)
    one, two = entries["news/festival-one.txt"]["url"], entries["news/festival-two.txt"]["url"]
    assert one != two
    for url in (one, two):
        assert page(output, url).select("[hreflang]") == []  # no "translations" of each other
    hello = page(output, "hello.html")
    assert [a["href"] for a in hello.select("a[hreflang]")] == ["./hello-fr.html"]


def test_markdown_and_rest_stay_with_pelicans_readers(built):
    _, output = built
    hello = page(output, "hello.html")
    assert hello.select_one("div.footnote") is not None  # Python-Markdown's extra, not markdown-it-py
    assert page(output, "tide-tables.html").find("strong").get_text() == "spring tides"
    assert (output / "pages" / "about.html").is_file()


def test_the_sites_static_text_files_are_not_seeds(built):
    _, output = built
    assert (output / "robots.txt").read_bytes() == (FIXTURE / "content" / "extra" / "robots.txt").read_bytes()
    report = json.loads((output / "seedreader-report.json").read_text())
    assert report["skipped"] == []
    assert "extra/robots.txt" not in manifest(output)


def test_the_plugins_pages_render_in_the_theme(built):
    theme, output = built
    pages = fallback_pages(output)
    assert {p.relative_to(output).parts[0] for p in pages} == {
        "topics",
        "sources",
        "topic",
        "source",
        "thread",
        "undated",
    }
    for path in pages:
        html = soup(path)
        assert html.select_one(SKELETON[theme]) is not None, path
        links = html.select(".seedreader-stories a, .seedreader-names a, .seedreader-pager a")
        assert links, path
        for link in links:
            assert (path.parent / link["href"]).resolve().exists() or page_for(
                path.parent, link["href"]
            ).resolve().is_file(), (path, link["href"])
    ostwick = soup(output / "topic" / "ostwick" / "index.html")
    assert [a.get_text() for a in ostwick.select(".seedreader-pager a")] == ["Next page"]


def test_the_plugins_pages_escape_what_the_seeds_say(built):
    _, output = built
    sea = output / "topic" / "sea" / "index.html"
    html = soup(sea)
    assert html.select_one("h2").get_text() == "sea <level>" and html.find("level") is None
    assert html.title.get_text().endswith("- sea <level>")
    assert [a.get_text() for a in html.select(".seedreader-stories a")] == [
        "Port Ellis to raise sea walls & quays"
    ]
    assert "&amp;amp;" not in sea.read_text()


# -- what the templates are given, rendered alone -----------------------------------------------


def render(template: str, **variables) -> str:
    """A fallback template rendered by a generator of a notmyidea site that lists the plugin."""
    settings = read_settings(str(SETTINGS), override={"THEME": "notmyidea"})
    generator = PagesGenerator(
        context=settings.copy(),
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path="/",
    )
    return generator.get_template(template).render({**settings, "SITEURL": ".", **variables})


def paginated(name: str, items: list, number: int):
    settings = read_settings(str(SETTINGS))
    return Paginator(f"{name}/index.html", f"{name}/", items, settings, 1).page(number)


def test_the_lists_cut_short_elsewhere_render_too():
    topics = [
        site.Topic(f"<i>Name {n}</i>", f"name-{n}", "person", f"topic/name-{n}/", "", [1] * n) for n in (1, 2)
    ]
    group = listing.TopicGroup(
        "person", "People", 2, tuple(topics), "topics/people/", "topics/people/index.html"
    )
    html = soup_of(render("topic_kind", group=group, topics_page=paginated("topics/people", topics, 2)))
    assert [a.get_text() for a in html.select(".seedreader-names a")] == ["<i>Name 2</i>"]
    assert [a["rel"] for a in html.select(".seedreader-pager a")] == [["prev"]]
    threads = [site.ThreadPage("Storm & <b>floods</b>", "storm", "thread/storm/", "", [1, 2, 3], 3)]
    html = soup_of(render("threads", threads_page=paginated("threads", threads, 1)))
    assert html.select_one(".seedreader-names li").get_text() == "Storm & <b>floods</b> (3)"


def soup_of(text: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "html.parser")


def test_the_plugins_pages_are_valid_html(tmp_path_factory):
    java = shutil.which("java")
    if not java or not VNU_JAR.is_file():
        pytest.fail(
            "vnu.jar or Java is missing: run `invoke test`, which installs them (ensure_tools in tasks.py)"
        )
    pages, theirs = [], []
    for theme in THEMES:
        output = build(tmp_path_factory.mktemp(f"valid-{theme}"), THEME=theme)
        pages += fallback_pages(output)
        theirs.append(output / "archives.html")  # a page of the theme's own, for what its base.html says
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--stdout", "--format", "json", *map(str, pages + theirs)],
        capture_output=True,
        text=True,
        check=False,
    )
    problems = [
        m
        for m in json.loads(result.stdout)["messages"]
        if m["type"] == "error" or m.get("subType") == "warning"
    ]
    themes_own = {
        (m["message"], m.get("extract")) for m in problems if Path(m["url"].removeprefix("file:")) in theirs
    }
    ours = [m for m in problems if (m["message"], m.get("extract")) not in themes_own]
    assert len(pages) > 10 and ours == []


# -- a site that does not list it ----------------------------------------------------------------


def test_discovered_without_seed_folders_the_plugin_does_nothing(tmp_path):
    assert "pelican.plugins.seedreader" in get_namespace_plugins()  # Pelican registers it: PLUGINS is None
    output = build(tmp_path, PLUGINS=None)
    settings = read_settings(str(SETTINGS), override={"PLUGINS": None})
    assert "txt" not in Readers(settings).readers
    # No seed page, topic, source or thread page, report, manifest, sitemap or robots.txt of its own.
    assert sorted(p.name for p in output.iterdir() if p.suffix != ".html") == [
        "category",
        "pages",
        "robots.txt",
        "theme",
    ]
    assert not list(output.glob("*festival*")) and "hello-fr.html" in {p.name for p in output.iterdir()}
    assert soup(output / "hello.html").select_one("div.footnote") is not None
    assert (output / "robots.txt").read_bytes() == (FIXTURE / "content" / "extra" / "robots.txt").read_bytes()


def test_discovered_with_seed_folders_the_plugin_reads_them(tmp_path):
    output = build(tmp_path, PLUGINS=None, SEEDREADER_PATHS=["news"])
    assert sorted(manifest(output)) == sorted(f"news/{p.name}" for p in SEEDS)
    assert (output / "topics" / "index.html").is_file()
    assert soup(output / "hello.html").select_one("div.footnote") is not None


# -- this repository: plain pelican and invoke build ----------------------------------------------


def test_plain_pelican_builds_the_pages_invoke_build_does(tmp_path):
    plain, built_ = tmp_path / "plain", tmp_path / "invoke"
    for command in (
        [sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-o", str(plain), "-q"],
        [sys.executable, "-m", "invoke", "build", "--no-search", "--quiet", "--output", str(built_)],
    ):
        result = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
    assert len(list(plain.rglob("index.html"))) > 50
    assert differences(plain, built_) == []


def test_an_image_a_seed_names_is_published_with_pelicans_own_class(tmp_path):
    # Pelican's own article generator walks no seed folder: the image is found under the settings'.
    import base64
    import shutil

    site = tmp_path / "site"
    shutil.copytree(FIXTURE, site)
    seed = sorted((site / "content" / "news").glob("*.txt"))[0]
    (seed.parent / "harbour.png").write_bytes(
        base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
        )
    )
    seed.write_text("Image: harbour.png\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    settings = read_settings(str(site / "pelicanconf.py"), override={"OUTPUT_PATH": str(tmp_path / "out")})
    Pelican(settings).run()
    published = tmp_path / "out" / "media" / "news" / "harbour.png"
    assert published.is_file()
    assert any(
        "media/news/harbour.png" in p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.html")
    )
