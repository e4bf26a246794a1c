"""Publishing: the gh-pages branch, URLs under a project path, and the Pages workflow.

Everything runs on loopback: a bare git repository stands in for GitHub, and a
tiny HTTP server serves the output under ``/REPO/`` as GitHub Pages does. A story whose
URL changed between two publishes is redirected from its old URL.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from sitekit import Crawler

from seedreader.engine.build import build_site
from seedreader.tools.deploy import (
    DeployError,
    github_pages_url,
    publish,
    redirect_href,
    site_url,
    write_redirects,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PUBLISHCONF = ROOT / "publishconf.py"
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
README = ROOT / "README.md"
#: The README quick start's first command, and the build command the workflow must share with the README.
QUICKSTART = "pip install -e . && invoke reserve"
BUILD_COMMAND = "invoke build --publish"
#: Pagefind's fragment files: gzip, then this signature, then JSON.
PAGEFIND_SIGNATURE = b"pagefind_dcd"
MANIFEST = "api/articles.json"
#: Three demo stories for the publishes that move one (three full builds: kept small).
MOVING_SEEDS = (
    "science/2025-03-04-halcyon-2-weather-satellite.txt",
    "world/2026-05-06-sarre-river-treaty.txt",
    "economy/2026-02-10-valdrin-battery-plant.txt",
)


@pytest.fixture
def git_env(monkeypatch):
    """Git that knows who commits and reads no user or system configuration."""
    for key, value in {
        "GIT_AUTHOR_NAME": "Seed Reader Tests",
        "GIT_AUTHOR_EMAIL": "tests@example.org",
        "GIT_COMMITTER_NAME": "Seed Reader Tests",
        "GIT_COMMITTER_EMAIL": "tests@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }.items():
        monkeypatch.setenv(key, value)
    for key in ("SITEURL", "GITHUB_PAGES_CNAME"):
        monkeypatch.delenv(key, raising=False)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


# -- the gh-pages branch -----------------------------------------------------------------------


def test_gh_pages_pushes_a_branch_github_pages_can_serve(tmp_path, git_env, monkeypatch):
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "-b", "main", str(remote))
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "-b", "main")
    (work / "README.md").write_text("a project\n", encoding="utf-8")
    git(work, "add", "README.md")
    git(work, "commit", "-m", "Start")
    git(work, "remote", "add", "upstream", str(remote))
    monkeypatch.setenv("GITHUB_PAGES_CNAME", "news.example.org")

    publish(
        str(PUBLISHCONF),
        repo=str(work),
        remote="upstream",
        branch="gh-pages",
        seeds=str(SEEDS),
        output=str(tmp_path / "output"),
    )

    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--branch", "gh-pages", str(remote), str(clone))
    for name in (
        "index.html",
        ".nojekyll",
        "CNAME",
        "feeds/all.atom.xml",
        "feeds/all.rss.xml",
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "pagefind/pagefind-ui.js",
    ):
        assert (clone / name).is_file(), name
    assert (clone / "CNAME").read_text(encoding="utf-8").strip() == "news.example.org"
    assert list((clone / "pagefind" / "fragment").iterdir())
    assert "https://news.example.org/" in (clone / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    published = [p for p in clone.rglob("*") if p.is_file() and ".git" not in p.relative_to(clone).parts]
    leaks = [
        str(p.relative_to(clone))
        for p in published
        if b"localhost" in p.read_bytes() or b"127.0.0.1" in p.read_bytes()
    ]
    assert leaks == []
    # The branch's commit names the commit the site was built from.
    assert git(work, "rev-parse", "--short", "HEAD").strip() in git(clone, "log", "-1", "--format=%s")


def test_gh_pages_needs_the_remote_it_is_told(tmp_path, git_env):
    git(tmp_path, "init", "-b", "main")
    with pytest.raises(DeployError, match="no git remote named 'nowhere'"):
        publish(
            str(PUBLISHCONF),
            repo=str(tmp_path),
            remote="nowhere",
            seeds=str(SEEDS),
            output=str(tmp_path / "output"),
        )


def test_gh_pages_redirects_a_story_from_every_url_it_was_published_at(tmp_path, git_env):
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "-b", "main", str(remote))
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "-b", "main")
    git(work, "remote", "add", "origin", str(remote))
    seeds = tmp_path / "seeds"
    for name in MOVING_SEEDS:
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_bytes((SEEDS / name).read_bytes())
    moving = seeds / MOVING_SEEDS[0]
    text = moving.read_text(encoding="utf-8")
    siteurl = "https://news.example.org/seed-reader"

    def deploy(slug: str | None) -> dict[str, str]:
        """Publish with the moving story at ``slug``; its entry ``source`` -> ``url`` on the branch."""
        moving.write_text((f"Slug: {slug}\n\n" if slug else "") + text, encoding="utf-8")
        publish(
            str(PUBLISHCONF),
            repo=str(work),
            siteurl=siteurl,
            seeds=str(seeds),
            output=str(tmp_path / "output"),
        )
        return {e["source"]: e["url"] for e in json.loads(git(remote, "show", f"gh-pages:{MANIFEST}"))}

    first = deploy(None)
    assert len(first) == len(MOVING_SEEDS)
    assert git(remote, "ls-tree", "--name-only", "gh-pages", "api/").split() == [MANIFEST]
    second = deploy("halcyon-2-launch")
    (source,) = [s for s in first if first[s] != second[s]]
    assert source.endswith(moving.name) and second[source].endswith("/halcyon-2-launch/")
    third = deploy("halcyon-2-in-orbit")
    assert {s for s in first if first[s] != third[s]} == {source}

    # Each URL the story had redirects to its URL now (not along a chain of redirects).
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--branch", "gh-pages", str(remote), str(clone))
    for old in (first[source], second[source]):
        check_redirect_page(clone / old / "index.html", f"{siteurl}/{third[source]}")
    assert (clone / third[source] / "index.html").read_text(encoding="utf-8").count("data-pagefind-body") == 1
    # The stories that did not move have no redirect; the sitemap lists no redirect.
    redirected = sorted(
        p.parent.relative_to(clone).as_posix() + "/"
        for p in clone.rglob("index.html")
        if 'http-equiv="refresh"' in p.read_text(encoding="utf-8")
    )
    assert redirected == sorted([first[source], second[source]])
    assert first[source] not in (clone / "sitemap.xml").read_text(encoding="utf-8")


def check_redirect_page(path: Path, target: str) -> None:
    """``path`` is a small HTML page with no script that sends the reader to ``target``."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert page.html["lang"] and page.find("meta", charset="utf-8") and page.title.get_text(strip=True)
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url={target}"
    assert page.find("link", rel="canonical")["href"] == target
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert [a["href"] for a in page.body.find_all("a")] == [target]
    assert page.find("script") is None and not page.find(attrs={"style": True})


# -- redirects for moved stories ---------------------------------------------------------------


def manifest_text(*stories: tuple[str, str]) -> str:
    return json.dumps([{"source": source, "title": f"Story {source}", "url": url} for source, url in stories])


@pytest.fixture
def moved_site(tmp_path) -> Path:
    """An output whose manifest has stories a, b (moved), c (moved onto a page that exists) and e."""
    output = tmp_path / "output"
    (output / "api").mkdir(parents=True)
    (output / MANIFEST).write_text(
        manifest_text(
            ("a.txt", "2026/01/a/"),
            ("b.txt", "2026/02/b-new/"),
            ("c.txt", "2026/03/c-new/"),
            ("e.txt", "e.html"),
        ),
        encoding="utf-8",
    )
    (output / "about").mkdir()
    (output / "about" / "index.html").write_text("<!DOCTYPE html><title>About</title>\n", encoding="utf-8")
    return output


OLD_MANIFEST = manifest_text(
    ("a.txt", "2026/01/a/"),
    ("b.txt", "2025/12/b/"),
    ("c.txt", "about/"),
    ("d.txt", "2026/04/d/"),
    ("e.txt", "2024/e.html"),
)


def test_a_moved_story_gets_a_redirect_page_at_its_old_url(moved_site):
    moved = write_redirects(str(moved_site), OLD_MANIFEST)
    assert moved == {"2025/12/b/": "2026/02/b-new/", "2024/e.html": "e.html"}
    # Relative to the old page when there is no site URL (a development build).
    check_redirect_page(moved_site / "2025/12/b/index.html", "../../../2026/02/b-new/")
    assert (
        urljoin("http://host/repo/2025/12/b/", "../../../2026/02/b-new/") == "http://host/repo/2026/02/b-new/"
    )
    check_redirect_page(moved_site / "2024/e.html", "../e.html")
    # A page the new site has at an old URL stays; a removed story gets nothing; nor one that stayed.
    assert (moved_site / "about" / "index.html").read_text(encoding="utf-8").endswith("About</title>\n")
    assert not (moved_site / "2026" / "04").exists()
    assert sorted(p.relative_to(moved_site).as_posix() for p in moved_site.rglob("*") if p.is_file()) == [
        "2024/e.html",
        "2025/12/b/index.html",
        "about/index.html",
        "api/articles.json",
        "api/redirects.json",
    ]
    assert json.loads((moved_site / "api" / "redirects.json").read_text(encoding="utf-8")) == [
        {"url": "2024/e.html", "source": "e.txt", "to": "e.html"},
        {"url": "2025/12/b/", "source": "b.txt", "to": "2026/02/b-new/"},
    ]


def test_redirects_are_absolute_under_a_site_url_and_follow_earlier_ones(moved_site):
    earlier = json.dumps([{"url": "2025/11/b-first/", "source": "b.txt", "to": "2025/12/b/"}])
    moved = write_redirects(
        str(moved_site), OLD_MANIFEST, old_redirects=earlier, siteurl="https://octocat.github.io/seed-reader/"
    )
    assert moved["2025/11/b-first/"] == moved["2025/12/b/"] == "2026/02/b-new/"
    for old in ("2025/11/b-first/", "2025/12/b/"):
        check_redirect_page(
            moved_site / old / "index.html", "https://octocat.github.io/seed-reader/2026/02/b-new/"
        )


@pytest.mark.parametrize(
    "old_url", ["/etc/", "../outside/", "2026/../../x/", "https://evil.example/", "a?b=c"]
)
def test_a_redirect_is_written_inside_the_output_only(moved_site, old_url):
    assert write_redirects(str(moved_site), manifest_text(("b.txt", old_url))) == {}
    assert not (moved_site.parent / "outside").exists() and not (moved_site.parent / "x").exists()


def test_a_published_manifest_that_is_not_a_list_of_stories_is_an_error(moved_site):
    with pytest.raises(DeployError, match="not JSON"):
        write_redirects(str(moved_site), "<html>")
    with pytest.raises(DeployError, match="not a list"):
        write_redirects(str(moved_site), "{}")


@pytest.mark.parametrize(
    ("old", "new", "href"),
    [
        ("2025/12/b/", "2026/02/b-new/", "../../../2026/02/b-new/"),
        ("2026/02/b/", "2026/02/b-new/", "../b-new/"),
        ("b.html", "2026/02/b-new/", "2026/02/b-new/"),
        ("2026/02/b.html", "2026/02/c.html", "c.html"),
    ],
)
def test_redirect_href_is_relative_to_the_old_page(old, new, href):
    assert redirect_href(old, new) == href
    assert urljoin("https://host/repo/" + old, href) == "https://host/repo/" + new


@pytest.mark.parametrize(
    ("remote", "url"),
    [
        ("git@github.com:Octo-Cat/seed-reader.git", "https://octo-cat.github.io/seed-reader"),
        ("https://github.com/octocat/seed-reader", "https://octocat.github.io/seed-reader"),
        ("https://github.com/octocat/octocat.github.io.git", "https://octocat.github.io"),
        ("/srv/git/seed-reader.git", ""),
    ],
)
def test_github_pages_url_from_the_remote(remote, url):
    assert github_pages_url(remote) == url


def test_site_url_prefers_the_option_then_the_domain_then_the_remote():
    remote = "git@github.com:octocat/seed-reader.git"
    assert site_url("https://example.org/news/", "news.example.org", remote) == "https://example.org/news"
    assert site_url("", "news.example.org", remote) == "https://news.example.org"
    assert site_url("", "", remote) == "https://octocat.github.io/seed-reader"
    with pytest.raises(DeployError, match="--siteurl"):
        site_url("", "", "/srv/git/seed-reader.git")


def test_gh_pages_task_offers_its_options():
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "--help", "gh-pages"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for option in ("--remote", "--branch", "--cname", "--siteurl"):
        assert option in result.stdout


# -- URLs under a project path -----------------------------------------------------------------


class PrefixHandler(SimpleHTTPRequestHandler):
    """Serves a folder under ``prefix`` only, as GitHub Pages serves a project site."""

    def __init__(self, *args, prefix: str, **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        path = urlsplit(path).path
        if self.prefix and not path.startswith(self.prefix + "/"):
            return os.path.join(self.directory, "\0outside-the-prefix")
        return super().translate_path(path[len(self.prefix) :])

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(params=["/seed-reader", ""], ids=["project-path", "domain-root"])
def published_site(request, tmp_path, monkeypatch):
    """A publish build for http://127.0.0.1:PORT/PREFIX, served there; yields (site URL, output)."""
    output = tmp_path / "output"
    output.mkdir()
    handler = functools.partial(PrefixHandler, directory=str(output), prefix=request.param)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    siteurl = f"http://127.0.0.1:{server.server_address[1]}{request.param}"
    monkeypatch.setenv("SITEURL", siteurl)  # as the workflow passes it
    build_site(str(PUBLISHCONF), seeds=str(SEEDS), output=str(output), search=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield siteurl, output
    finally:
        server.shutdown()
        server.server_close()


def test_every_page_and_asset_resolves_under_the_site_url(published_site):
    siteurl, output = published_site
    crawl = Crawler(siteurl)
    crawl.run(siteurl + "/")
    assert crawl.outside == [], "links that leave the site's path"
    assert crawl.broken == [], "links that do not resolve"
    html_pages = [url for url, kind in crawl.seen.items() if kind == "html"]
    assert len(html_pages) > 50
    assert any(url.endswith("/feeds/all.atom.xml") for url in crawl.seen)
    assert crawl.bundles, "no page names the search bundle"
    for bundle in crawl.bundles:
        check_search_bundle(crawl, bundle, output / "pagefind")
    assert crawl.broken == [], "search bundle files or results that do not resolve"

    # GitHub Pages shows 404.html at whatever path was asked for: its links must not be relative.
    missing = siteurl + "/no/such/story/"
    assert crawl.get(missing)[0] == 404
    for link in crawl.on_site(crawl.links(missing, "html", (output / "404.html").read_bytes()), missing):
        crawl.run(link, missing)
    assert crawl.outside == [] and crawl.broken == [], "links on the 404 page that depend on its path"


def check_search_bundle(crawl: Crawler, bundle: str, folder: Path) -> None:
    """Every file of the bundle is served under the bundle path, and every result URL resolves.

    Result URLs in the index start at the site root; the search page prefixes them with
    the bundle path minus ``pagefind/``, as theme/static/js/search.js does.
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for path in files:
        crawl.run(urljoin(bundle, path.relative_to(folder).as_posix()))
    base = bundle.removesuffix("pagefind/")
    for fragment in (p for p in files if p.suffix == ".pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(PAGEFIND_SIGNATURE)
        crawl.run(urljoin(base, json.loads(data)["url"].lstrip("/")))


# -- the workflow ------------------------------------------------------------------------------


def readme_quickstart_command() -> str:
    """The first command in the first code block after the README's "## Quick start"."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1]
    block = re.search(r"```[^\n]*\n(.*?)```", section, re.S)
    assert block, "no code block under ## Quick start"
    return next(line.strip().removeprefix("$ ") for line in block[1].splitlines() if line.strip())


def readme_code() -> str:
    return "\n".join(re.findall(r"```[^\n]*\n(.*?)```", README.read_text(encoding="utf-8"), re.S))


def test_workflow_builds_with_the_readme_commands_and_deploys_to_pages():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"
    assert workflow["concurrency"]["group"] == "pages"
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    uses = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
    runs = [step["run"] for step in steps if "run" in step]
    assert {
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    } <= set(uses)
    assert str(uses["actions/setup-python"]["with"]["python-version"]) == "3.11"

    # Install and build exactly as the README says.
    assert readme_quickstart_command() == QUICKSTART
    install = QUICKSTART.split("&&")[0].strip()
    assert any(run.strip() == install for run in runs)
    assert BUILD_COMMAND in readme_code()
    build = next(step for step in steps if BUILD_COMMAND in step.get("run", ""))
    pages_id = uses["actions/configure-pages"]["id"]
    assert build["env"]["SITEURL"].replace(" ", "") == "${{steps." + pages_id + ".outputs.base_url}}"
    assert uses["actions/upload-pages-artifact"]["with"]["path"].strip("./") == "output"
