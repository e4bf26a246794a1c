"""Project tasks (invoke), after Pelican's quickstart tasks.py.

    invoke build [--seeds DIR] [--output DIR] [--no-search] [--strict]
    invoke serve | reserve | preview | clean | rebuild | test
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
    "host": "127.0.0.1",
    "port": 8000,
}


@task
def clean(c, output=CONFIG["output"]):
    """Remove the generated site."""
    shutil.rmtree(output, ignore_errors=True)


@task(help={
    "seeds": "folder of seed files to build (default: seeds/)",
    "output": "where to write the site (default: output/)",
    "publish": "use publishconf.py (absolute URLs from SITEURL)",
    "search": "build the Pagefind search index (--no-search skips it)",
    "strict": "fail when any seed was skipped or renamed",
})
def build(c, seeds=CONFIG["seeds"], output=CONFIG["output"], publish=False, search=True, strict=False):
    """Build the site from the seeds."""
    from seedreader.build import BuildFailed, build_site, problems

    settings = CONFIG["settings_publish" if publish else "settings_base"]
    _init_logging()
    try:
        result = build_site(settings, seeds=seeds, output=output, search=search, strict=strict or None)
    except BuildFailed as error:
        sys.exit(f"Build failed: {error}")
    for line in problems(result.report):
        print(f"warning: {line}", file=sys.stderr)


@task(pre=[clean])
def rebuild(c, seeds=CONFIG["seeds"], output=CONFIG["output"]):
    """Build from scratch."""
    build(c, seeds=seeds, output=output)


@task(help={"host": "address to bind (default 127.0.0.1)", "port": "port (default 8000)"})
def serve(c, host=CONFIG["host"], port=CONFIG["port"], output=CONFIG["output"]):
    """Serve the built site on http://HOST:PORT/."""
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

    class Handler(ComplexHTTPRequestHandler):
        def log_message(self, fmt, *args):  # quieter than the default
            pass

    server = RootedHTTPServer(output, (host, int(port)), Handler)
    print(f"Serving {output} on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@task(help={"host": "address to bind (default 127.0.0.1)", "port": "port (default 8000)"})
def reserve(c, host=CONFIG["host"], port=CONFIG["port"]):
    """Build, then serve."""
    build(c)
    serve(c, host=host, port=port)


@task
def preview(c, output=CONFIG["output"]):
    """Build with the publishing settings."""
    build(c, output=output, publish=True)


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
