"""The live-reloading dev server, run the way ``invoke livereload`` runs it, on copies of the sources.

Each test starts ``python -m seedreader.devserver live`` on a free loopback port,
over a copy of a small seeds folder and of the theme (the repository's own
files are never edited), and watches its console.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from tornado.websocket import websocket_connect

from seedreader.build import build_site
from seedreader.devserver import cache_overrides

ROOT = Path(__file__).resolve().parents[1]
#: A small folder of real seeds (copied, never edited in place).
SMALL_SEEDS = ROOT / "seeds" / "science"
#: Seconds a change may take to show (the issue says "within a few seconds").
CHANGE_TIMEOUT = 10
#: Seconds the first build and start-up may take.
START_TIMEOUT = 30
#: Words that appear in no seed: added to a seed to see the edit served.
MARKER = "Zqxlivereloadmarker"
LIVERELOAD_PROTOCOL = "http://livereload.com/protocols/official-7"


# -- helpers -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str):
    """Call ``check`` until it returns something truthy; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.2)


def fetch(url: str) -> tuple[int, str, str]:
    """Status, content type and text of ``url`` (status 0 when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, "", ""
    except OSError:
        return 0, "", ""


def processes_mentioning(text: str) -> list[str]:
    """Command lines of running processes that contain ``text`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in command:
            found.append(command)
    return found


class DevServer:
    """``python -m seedreader.devserver live`` in a subprocess, with its console captured."""

    def __init__(self, tmp: Path, settings: Path, seeds: Path, theme: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.output = tmp / "output"
        command = [
            sys.executable, "-m", "seedreader.devserver", "live", "--settings", str(settings),
            "--seeds", str(seeds), "--output", str(self.output),
            "--watch", str(seeds), "--watch", str(theme), "--port", str(self.port),
        ]
        # A wide console, so that Pelican's log handler does not wrap a path across lines.
        env = dict(os.environ, COLUMNS="400", NO_COLOR="1", PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(command, cwd=tmp, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, errors="replace")
        self._lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.process.stdout:
            self._lines.append(line)

    @property
    def console(self) -> str:
        return "".join(self._lines)

    def wait_until_serving(self):
        def up():
            if self.process.poll() is not None:
                pytest.fail(f"the server exited ({self.process.returncode}):\n{self.console}")
            return fetch(self.base + "/")[0] == 200

        wait_until(up, START_TIMEOUT, f"the server on {self.base}\n{self.console}")

    def stop(self) -> int:
        """SIGTERM, as a terminal's Ctrl-C or a process manager would; returns the exit code."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            return self.process.wait(timeout=15)
        finally:
            self._reader.join(timeout=5)


def story_url(server: DevServer, seed: Path) -> str:
    """The URL of the page made from ``seed``, from the manifest the build writes."""
    manifest = json.loads((server.output / "api" / "articles.json").read_text(encoding="utf-8"))
    for entry in manifest:
        if entry["source"].endswith(seed.name):
            return f"{server.base}/{entry['url']}"
    raise AssertionError(f"{seed.name} is not in the manifest")


def add_marker(seed: Path) -> None:
    """Append the marker to the seed's longest line, a body paragraph."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += f" {MARKER}."
    seed.write_text("\n".join(lines), encoding="utf-8")


async def reload_message(ws_url: str, page_url: str, change) -> dict:
    """Connect as livereload.js does, make ``change``, and return the next message."""
    ws = await websocket_connect(ws_url)
    try:
        await ws.write_message(json.dumps({"command": "hello", "protocols": [LIVERELOAD_PROTOCOL]}))
        hello = json.loads(await asyncio.wait_for(ws.read_message(), CHANGE_TIMEOUT))
        assert hello["command"] == "hello"
        await ws.write_message(json.dumps({"command": "info", "url": page_url, "plugins": {}}))
        change()
        return json.loads(await asyncio.wait_for(ws.read_message(), CHANGE_TIMEOUT))
    finally:
        ws.close()


def run_in_thread(coroutine):
    """Run ``coroutine`` on its own event loop (another test's loop may be running in this thread)."""
    outcome = {}

    def target():
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(3 * CHANGE_TIMEOUT)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def sources(tmp_path):
    """Copies of a few seeds and of the theme, and settings that point at the theme copy."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SMALL_SEEDS, seeds / SMALL_SEEDS.name)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    settings = tmp_path / "devconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        f"from pelicanconf import *  # noqa: F403\nTHEME = {str(theme)!r}\n",
        encoding="utf-8",
    )
    # The seed to edit: one with a Title header, so the edit cannot change its URL.
    seed = next(p for p in sorted(seeds.rglob("*.txt")) if p.read_text(encoding="utf-8").startswith("Title:"))
    return {"settings": settings, "seeds": seeds, "theme": theme, "seed": seed}


@pytest.fixture
def server(tmp_path, sources):
    dev = DevServer(tmp_path, sources["settings"], sources["seeds"], sources["theme"])
    try:
        dev.wait_until_serving()
        yield dev
    finally:
        dev.stop()


# -- tests -------------------------------------------------------------------------------------


def test_pages_carry_an_external_livereload_script(server, sources):
    status, content_type, html = fetch(story_url(server, sources["seed"]))
    assert status == 200 and "text/html" in content_type
    # An external script, which a CSP with script-src 'self' allows; not livereload's inline snippet.
    assert f'<script src="/livereload.js?port={server.port}"></script></head>' in html
    assert "document.createElement" not in html
    status, content_type, script = fetch(f"{server.base}/livereload.js?port={server.port}")
    assert status == 200 and "javascript" in content_type and "LiveReload" in script


def test_editing_a_seed_rebuilds_and_reloads_the_page(server, sources):
    page = story_url(server, sources["seed"])
    assert MARKER not in fetch(page)[2]
    ws_url = f"ws://127.0.0.1:{server.port}/livereload"
    message = run_in_thread(reload_message(ws_url, page, lambda: add_marker(sources["seed"])))
    assert message["command"] == "reload"
    # The reload is sent after the new build is in place.
    assert MARKER in fetch(page)[2]
    assert "rebuilding" in server.console


def test_a_broken_seed_is_reported_and_the_server_keeps_serving(server, sources):
    broken = sources["seed"].with_name("zz-empty-seed.txt")
    broken.write_text("", encoding="utf-8")
    wait_until(lambda: "zz-empty-seed.txt" in server.console, CHANGE_TIMEOUT, "the console to name the seed")
    page = story_url(server, sources["seed"])
    assert fetch(page)[0] == 200
    # ... and goes on rebuilding.
    add_marker(sources["seed"])
    wait_until(lambda: MARKER in fetch(page)[2], CHANGE_TIMEOUT, "the edit to be served")
    assert server.process.poll() is None


def test_a_template_error_keeps_the_last_good_build(server, sources):
    page = story_url(server, sources["seed"])
    template = sources["theme"] / "templates" / "article.html"
    good = template.read_text(encoding="utf-8")
    template.write_text(good + "\n{% endif %}\n", encoding="utf-8")
    add_marker(sources["seed"])
    wait_until(lambda: "Build failed" in server.console, CHANGE_TIMEOUT, "the build to fail")
    assert "article.html" in server.console
    status, _, html = fetch(page)
    assert status == 200 and MARKER not in html
    assert server.process.poll() is None
    template.write_text(good, encoding="utf-8")
    wait_until(lambda: MARKER in fetch(page)[2], CHANGE_TIMEOUT, "the fixed build to be served")


def test_the_server_stops_cleanly(tmp_path, sources):
    dev = DevServer(tmp_path, sources["settings"], sources["seeds"], sources["theme"])
    try:
        dev.wait_until_serving()
        add_marker(sources["seed"])  # stop it while it may be rebuilding
        time.sleep(1)
    finally:
        code = dev.stop()
    assert code == 0, dev.console
    assert fetch(dev.base + "/")[0] == 0
    assert processes_mentioning(str(tmp_path)) == []


def test_a_cached_build_is_identical_to_a_clean_build(tmp_path, sources):
    settings, seeds, cache = str(sources["settings"]), str(sources["seeds"]), str(tmp_path / "cache")

    def build(name, **options):
        build_site(settings, seeds=seeds, output=str(tmp_path / name), search=False, strict=False, **options)
        return tmp_path / name

    clean = build("clean")
    build("warm", overrides=cache_overrides(cache, load=False))
    cached = build("cached", overrides=cache_overrides(cache, load=True))
    assert tree(cached) == tree(clean)
    assert list((tmp_path / "cache").iterdir())

    # The cache really is read: a seed changed behind its back (same mtime) keeps its cached text.
    seed = sources["seed"]
    stamp = seed.stat()
    add_marker(seed)
    os.utime(seed, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    stale = build("stale", overrides=cache_overrides(cache, load=True))
    assert tree(stale) == tree(clean)
    fresh = build("fresh", overrides=cache_overrides(cache, load=False))
    assert any(MARKER.encode() in data for data in tree(fresh).values())


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_plain_server_serves_a_built_site_as_it_is(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><head><title>t</title></head><body>plain</body></html>")
    port = free_port()
    command = [sys.executable, "-m", "seedreader.devserver", "serve", "--output", str(site),
               "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: fetch(f"http://127.0.0.1:{port}/")[0] == 200, START_TIMEOUT, "the server")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            assert response.read().decode() == (site / "index.html").read_text()
            assert response.headers["Cache-Control"] == "no-store"
        assert fetch(f"http://127.0.0.1:{port}/missing/")[0] == 404
    finally:
        process.terminate()
        assert process.wait(timeout=15) == 0


def test_invoke_tasks_offer_the_server_options():
    for name in ("livereload", "serve", "reserve"):
        result = subprocess.run([sys.executable, "-m", "invoke", "--help", name], cwd=ROOT,
                                capture_output=True, text=True, check=True)
        for option in ("--host", "--port", "--open"):
            assert option in result.stdout, (name, option)


def test_the_open_page_updates_in_the_browser_without_a_manual_reload(server, sources, page):
    """Chromium, CSP on: edit the seed and the open tab shows the new text by itself."""
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(story_url(server, sources["seed"]))
    page.wait_for_function("() => window.LiveReload && window.LiveReload.connector"
                           " && window.LiveReload.connector._connectionDesired", timeout=10000)
    assert MARKER not in page.content()
    add_marker(sources["seed"])
    page.wait_for_function(f"() => document.body.innerText.includes({MARKER!r})",
                           timeout=CHANGE_TIMEOUT * 1000)
    assert problems == []
