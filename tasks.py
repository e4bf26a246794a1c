"""Project tasks (invoke), after Pelican's quickstart tasks.py.

    invoke build [--seeds DIR] [--output DIR] [--publish] [--siteurl URL] [--no-search] [--strict]
    invoke livereload [--host H] [--port N] [--open] [--search]
    invoke serve | reserve [--host H] [--port N] [--open]
    invoke gh-pages [--remote NAME] [--branch NAME] [--cname DOMAIN] [--siteurl URL]
    invoke preview | clean | rebuild | test

The work is done in the plugin package (``seedreader.build``, ``.devserver``,
``.deploy``); these tasks only pick the project's folders and settings.
"""

import os
import shutil
import sys
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
    "cache": str(HERE / ".cache" / "pelican"),
    # What the dev server watches: the seeds, pages, theme, plugin and settings.
    "watch": [str(HERE / p) for p in ("content", "theme", "plugins", "pelicanconf.py", "publishconf.py")],
    "host": "127.0.0.1",
    "port": 8000,
}

SERVE_HELP = {
    "host": "address to bind (default 127.0.0.1)",
    "port": "port (default 8000)",
    "open": "open the site in the default browser",
}


@task
def clean(c, output=CONFIG["output"]):
    """Remove the generated site."""
    shutil.rmtree(output, ignore_errors=True)


@task(help={
    "seeds": "folder of seed files to build (default: seeds/)",
    "output": "where to write the site (default: output/)",
    "publish": "use publishconf.py (absolute URLs from SITEURL)",
    "siteurl": "with --publish: the URL the site is served from (default: $SITEURL)",
    "search": "build the Pagefind search index (--no-search skips it)",
    "strict": "fail when any seed was skipped or renamed",
})
def build(c, seeds=CONFIG["seeds"], output=CONFIG["output"], publish=False, siteurl="", search=True,
          strict=False):
    """Build the site from the seeds."""
    from seedreader.build import BuildFailed, build_site, problems
    from seedreader.deploy import url_overrides

    settings = CONFIG["settings_publish" if publish else "settings_base"]
    overrides = url_overrides(siteurl.rstrip("/")) if siteurl else None
    _init_logging()
    try:
        result = build_site(settings, seeds=seeds, output=output, search=search, strict=strict or None,
                            overrides=overrides)
    except BuildFailed as error:
        sys.exit(f"Build failed: {error}")
    for line in problems(result.report):
        print(f"warning: {line}", file=sys.stderr)


@task(pre=[clean])
def rebuild(c, seeds=CONFIG["seeds"], output=CONFIG["output"]):
    """Build from scratch."""
    build(c, seeds=seeds, output=output)


@task(help=SERVE_HELP | {"output": "the built site to serve (default: output/)"})
def serve(c, host=CONFIG["host"], port=CONFIG["port"], open=False, output=CONFIG["output"]):
    """Serve the built site on http://HOST:PORT/ (no rebuilds: see livereload)."""
    from seedreader.devserver import ServeError, serve_static

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


@task(help=SERVE_HELP | {
    "seeds": "folder of seed files to build (default: seeds/)",
    "output": "where to write the site (default: output/)",
    "search": "rebuild the Pagefind index on every change (slower; the first build always has one)",
})
def livereload(c, host=CONFIG["host"], port=CONFIG["port"], open=False, seeds=CONFIG["seeds"],
               output=CONFIG["output"], search=False):
    """Serve the site, rebuild when seeds, pages, theme, plugin or settings change, reload the page."""
    from seedreader.devserver import ServeError, make_site, serve_live

    _init_logging()
    site = make_site(CONFIG["settings_base"], output, seeds=seeds, cache=CONFIG["cache"],
                     watch=[seeds, *CONFIG["watch"]], search=search)
    try:
        serve_live(site, host, int(port), open_browser=open)
    except ServeError as error:
        sys.exit(error.strerror)


@task
def preview(c, output=CONFIG["output"]):
    """Build with the publishing settings."""
    build(c, output=output, publish=True)


@task(name="gh-pages", help={
    "remote": "git remote to push to (default origin)",
    "branch": "branch to publish to (default gh-pages)",
    "cname": "custom domain for a CNAME file (default: $GITHUB_PAGES_CNAME)",
    "siteurl": "URL the site is served from (default: $SITEURL, https://CNAME or the GitHub remote's)",
})
def gh_pages(c, remote="origin", branch="gh-pages", cname="", siteurl=""):
    """Build with publishconf.py and publish output/ to the gh-pages branch with ghp-import."""
    from seedreader.build import BuildFailed
    from seedreader.deploy import DeployError, publish

    _init_logging()
    try:
        publish(CONFIG["settings_publish"], repo=str(HERE), remote=remote, branch=branch,
                siteurl=siteurl, cname=cname, seeds=CONFIG["seeds"], output=CONFIG["output"])
    except (BuildFailed, DeployError) as error:
        sys.exit(f"gh-pages: {error}")


@task(help={"args": "extra arguments for pytest, e.g. -k parse"})
def test(c, args=""):
    """Run the whole test suite (installs Debian's Chromium first if it is missing)."""
    ensure_browser(c)
    c.run(f"{sys.executable} -m pytest {args}", pty=False)


def ensure_browser(c):
    """Browser tests need /usr/bin/chromium; install Debian's package when root."""
    if shutil.which("chromium"):
        return
    if os.geteuid() != 0:
        sys.exit("Chromium is missing: run `sudo apt-get install -y chromium` and try again.")
    c.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")


def _init_logging():
    import logging

    from pelican.log import init as init_logging

    init_logging(level=logging.INFO)
