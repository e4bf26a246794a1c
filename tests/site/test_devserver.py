"""The live-reloading dev server, run the way ``invoke livereload`` runs it, on copies of the sources.

Each test starts ``python -m seedreader.tools.devserver live`` on a free loopback port,
over a copy of a small seeds folder and of the theme (the repository's own
files are never edited), and watches its console.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from jinja2.exceptions import UndefinedError
from pelican import Pelican
from pelican.settings import read_settings
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

from seedreader.engine.build import build_site
from seedreader.tools.devserver import cache_overrides, guard_for

ROOT = Path(__file__).resolve().parents[2]
#: A small folder of real seeds (copied, never edited in place).
SMALL_SEEDS = ROOT / "seeds" / "science"
ANY_SITE = ROOT / "tests" / "fixtures" / "any_site"
#: Seconds a change may take to show (the issue says "within a few seconds").
CHANGE_TIMEOUT = 10
#: Seconds the first build and start-up may take.
START_TIMEOUT = 30
#: Seconds the server may take to stop.
STOP_TIMEOUT = 15
#: Stops a server's loop with a signal, in a process of its own.
STOP_PROBE = Path(__file__).with_name("stop_probe.py")
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
    """``python -m seedreader.tools.devserver live`` in a subprocess, with its console captured."""

    def __init__(self, tmp: Path, settings: Path, seeds: Path, theme: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.output = tmp / "output"
        command = [
            sys.executable,
            "-m",
            "seedreader.tools.devserver",
            "live",
            "--settings",
            str(settings),
            "--seeds",
            str(seeds),
            "--output",
            str(self.output),
            "--watch",
            str(seeds),
            "--watch",
            str(theme),
            "--port",
            str(self.port),
        ]
        # A wide console, so that Pelican's log handler does not wrap a path across lines.
        env = dict(os.environ, COLUMNS="400", NO_COLOR="1", PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            command,
            cwd=tmp,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
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
            return self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"the server was still running {STOP_TIMEOUT} s after SIGTERM:\n{self.console}")
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


def ws_request(server: DevServer, origin: str | None = None, host: str | None = None) -> HTTPRequest:
    """The livereload websocket of ``server``, from a page of ``origin`` (the server's own by default)."""
    headers = {"Origin": origin or server.base}
    if host:
        headers["Host"] = host
    return HTTPRequest(f"ws://127.0.0.1:{server.port}/livereload", headers=headers)


async def reload_messages(request: HTTPRequest, page_url: str, change) -> list[str]:
    """Connect as livereload.js does, make ``change``; every message received, up to the reload."""
    ws = await websocket_connect(request)
    try:
        await ws.write_message(json.dumps({"command": "hello", "protocols": [LIVERELOAD_PROTOCOL]}))
        messages = [await asyncio.wait_for(ws.read_message(), CHANGE_TIMEOUT)]
        assert json.loads(messages[0])["command"] == "hello"
        await ws.write_message(json.dumps({"command": "info", "url": page_url, "plugins": {}}))
        change()
        messages.append(await asyncio.wait_for(ws.read_message(), CHANGE_TIMEOUT))
        return messages
    finally:
        ws.close()


async def handshake_status(request: HTTPRequest) -> int:
    """101 when the websocket opens, else the HTTP status it was refused with."""
    try:
        ws = await websocket_connect(request)
    except HTTPClientError as error:
        return error.code
    ws.close()
    return 101


def fetch_as(url: str, host: str) -> int:
    """The status of ``url`` asked for with the Host header ``host``."""
    try:
        request = urllib.request.Request(url, headers={"Host": host})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


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
    messages = run_in_thread(reload_messages(ws_request(server), page, lambda: add_marker(sources["seed"])))
    assert json.loads(messages[-1])["command"] == "reload"
    # The reload is sent after the new build is in place.
    assert MARKER in fetch(page)[2]
    assert "rebuilding" in server.console


def test_the_websocket_refuses_pages_of_other_sites(server):
    """Cross-site websocket hijacking: a page elsewhere cannot listen to the server."""
    port = server.port
    for origin in (
        "http://evil.example",
        f"http://evil.example:{port}",
        f"https://127.0.0.1:{port}",
        f"http://127.0.0.1:{port + 1}",
        "null",
    ):
        assert run_in_thread(handshake_status(ws_request(server, origin))) == 403, origin
    # livereload.js always runs in a page: a websocket without an Origin is refused too.
    request = ws_request(server)
    del request.headers["Origin"]
    assert run_in_thread(handshake_status(request)) == 403
    assert server.process.poll() is None


def test_the_websocket_accepts_the_pages_it_served(server):
    """The server's own origin, and another loopback name of it, may connect."""
    for origin in (server.base, f"http://localhost:{server.port}"):
        assert run_in_thread(handshake_status(ws_request(server, origin))) == 101, origin


def test_a_foreign_host_header_is_refused(server):
    """DNS rebinding: a name pointed at 127.0.0.1 reaches neither the websocket nor the site."""
    foreign = f"evil.example:{server.port}"
    request = ws_request(server, origin=f"http://{foreign}", host=foreign)
    assert run_in_thread(handshake_status(request)) == 403
    for path in ("/", "/livereload.js", "/api/articles.json"):
        assert fetch_as(server.base + path, foreign) == 403, path
        assert fetch_as(server.base + path, f"localhost:{server.port}") == 200, path


def test_the_websocket_names_no_path_of_the_machine(server, sources):
    seed = sources["seed"]
    page = story_url(server, seed)
    messages = run_in_thread(reload_messages(ws_request(server), page, lambda: add_marker(seed)))
    reload = json.loads(messages[-1])
    assert reload["command"] == "reload"
    # The changed seed, from its watched folder's parent.
    assert reload["path"] == seed.relative_to(sources["seeds"].parent).as_posix()
    for message in messages:
        assert str(sources["seeds"]) not in message and str(ROOT) not in message
        assert not any(os.path.isabs(value) for value in strings(json.loads(message))), message


def strings(value) -> list[str]:
    """Every string in a decoded JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return []


@pytest.mark.parametrize(
    ("bind", "host", "allowed"),
    [
        ("127.0.0.1", "127.0.0.1:8000", True),
        ("127.0.0.1", "localhost:8000", True),
        ("127.0.0.1", "[::1]:8000", True),
        ("127.0.0.1", "127.0.0.1:8001", False),
        ("127.0.0.1", "127.0.0.1", False),
        ("127.0.0.1", "evil.example:8000", False),
        ("127.0.0.1", "evil.example@127.0.0.1:8000", False),
        ("localhost", "LOCALHOST:8000", True),
        ("0.0.0.0", "192.168.1.20:8000", True),
        ("0.0.0.0", "localhost:8000", True),
        ("0.0.0.0", "evil.example:8000", False),
        ("192.168.1.20", "192.168.1.20:8000", True),
        ("192.168.1.20", "evil.example:8000", False),
        ("preview.lan", "preview.lan:8000", True),
        ("preview.lan", "other.lan:8000", False),
    ],
)
def test_the_host_rule(bind, host, allowed):
    assert guard_for(bind, 8000).host_ok(host) is allowed


@pytest.mark.parametrize(
    ("bind", "host", "origin", "allowed"),
    [
        ("127.0.0.1", "127.0.0.1:8000", "http://127.0.0.1:8000", True),
        ("127.0.0.1", "127.0.0.1:8000", "http://localhost:8000", True),
        ("127.0.0.1", "[::1]:8000", "http://[::1]:8000", True),
        ("127.0.0.1", "127.0.0.1:8000", "https://127.0.0.1:8000", False),
        ("127.0.0.1", "127.0.0.1:8000", "http://127.0.0.1:9000", False),
        ("127.0.0.1", "evil.example:8000", "http://evil.example:8000", False),
        ("0.0.0.0", "192.168.1.20:8000", "http://192.168.1.20:8000", True),
        # Another machine's page on the same port is another site.
        ("0.0.0.0", "192.168.1.20:8000", "http://192.168.1.66:8000", False),
        ("192.168.1.20", "192.168.1.20:8000", "http://192.168.1.20:8000", True),
        ("192.168.1.20", "192.168.1.20:8000", "http://localhost:8000", False),
    ],
)
def test_the_origin_rule(bind, host, origin, allowed):
    assert guard_for(bind, 8000).origin_ok(origin, host) is allowed


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


def test_ctrl_c_during_the_first_build_leaves_no_worker(tmp_path, sources):
    """Ctrl-C reaches the server while its worker makes the first build (the worker ignores it)."""
    dev = DevServer(tmp_path, sources["settings"], sources["seeds"], sources["theme"])
    wait_until(
        lambda: "Watching" in dev.console or dev.process.poll() is not None, START_TIMEOUT, "the start"
    )
    dev.process.send_signal(signal.SIGINT)
    code = dev.stop()
    assert code == 0, dev.console
    assert "Stopped" in dev.console and "Traceback" not in dev.console
    wait_until(lambda: processes_mentioning(str(tmp_path)) == [], 10, "no process of the server left")


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


def cached_builder(tmp_path: Path, sources: dict):
    """``build(name, cached=True, **overrides)``: a build of the sources (with the content cache
    in ``tmp_path/cache``, loaded), as a tree of its files."""
    settings, seeds, cache = str(sources["settings"]), str(sources["seeds"]), str(tmp_path / "cache")

    def build(name, cached=True, **overrides):
        if cached:
            overrides = {**cache_overrides(cache, load=True), **overrides}
        output = str(tmp_path / name)
        build_site(settings, seeds=seeds, output=output, search=False, strict=False, overrides=overrides)
        return tree(tmp_path / name)

    return build


def change_behind_its_back(seed: Path) -> None:
    """Add the marker to a seed and give it back its modification time: only reading it again shows it."""
    stamp = seed.stat()
    add_marker(seed)
    os.utime(seed, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


@pytest.mark.parametrize(
    "setting",
    [
        {"SEEDREADER_AGENCIES": (("Harbour Newswire", "Harbour News"),)},  # what read_story reads
        {"SEEDREADER_WORDS_PER_MINUTE": 20},  # the reading time in the metadata Pelican caches
    ],
    ids=["agencies", "reading speed"],
)
def test_a_cache_read_under_other_reading_settings_is_not_loaded(tmp_path, sources, setting):
    # Pelican knows a cached file by its modification time only: another setting must read it again.
    build = cached_builder(tmp_path, sources)
    first = build("first")
    clean = build("clean", cached=False, **setting)
    assert clean != first
    assert build("changed", **setting) == clean
    # The cache it left is read by the next build under the same settings (a seed changed behind
    # its back keeps its cached text); back to the first settings, it is not.
    change_behind_its_back(sources["seed"])
    assert build("again", **setting) == clean
    assert any(MARKER.encode() in data for data in build("back").values())


def test_only_a_finished_build_vouches_for_the_cache(tmp_path, sources):
    # A build under other agencies saves its cache, then fails writing pages: the next build
    # under the first settings must not load what the failed one read.
    build = cached_builder(tmp_path, sources)
    first = build("first")
    template = sources["theme"] / "templates" / "article.html"
    good = template.read_text(encoding="utf-8")
    template.write_text("{{ no_such_macro() }}" + good, encoding="utf-8")
    with pytest.raises(UndefinedError):
        build("failed", SEEDREADER_AGENCIES=(("Harbour Newswire", "Harbour News"),))
    assert list((tmp_path / "cache").iterdir())  # Pelican saved what it read before failing
    template.write_text(good, encoding="utf-8")
    assert build("again") == first


def test_the_cache_is_loaded_for_seeds_outside_the_article_paths(tmp_path):
    # The seed folders the plugin adds to ARTICLE_PATHS are in the stamp from the start.
    site = tmp_path / "site"
    shutil.copytree(ANY_SITE, site)
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "cache")}
    layout = {"ARTICLE_PATHS": ["posts"], "SEEDREADER_PATHS": ["news"], "PATH": str(site / "content")}

    def build(name):
        output = tmp_path / name
        Pelican(
            read_settings(
                str(site / "pelicanconf.py"), override={**layout, **cache, "OUTPUT_PATH": str(output)}
            )
        ).run()
        return tree(output)

    first = build("first")
    change_behind_its_back(site / "content" / "news" / "tram.txt")
    assert build("cached") == first


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_plain_server_serves_a_built_site_as_it_is(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><head><title>t</title></head><body>plain</body></html>")
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "seedreader.tools.devserver",
        "serve",
        "--output",
        str(site),
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: fetch(f"http://127.0.0.1:{port}/")[0] == 200, START_TIMEOUT, "the server")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            assert response.read().decode() == (site / "index.html").read_text()
            assert response.headers["Cache-Control"] == "no-store"
        assert fetch(f"http://127.0.0.1:{port}/missing/")[0] == 404
        assert fetch_as(f"http://127.0.0.1:{port}/", f"evil.example:{port}") == 403
    finally:
        process.terminate()
        assert process.wait(timeout=15) == 0


def test_invoke_tasks_offer_the_server_options():
    for name in ("livereload", "serve", "reserve"):
        result = subprocess.run(
            [sys.executable, "-m", "invoke", "--help", name],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        for option in ("--host", "--port", "--open"):
            assert option in result.stdout, (name, option)


def test_the_open_page_updates_in_the_browser_without_a_manual_reload(server, sources, page):
    """Chromium, CSP on: edit the seed and the open tab shows the new text by itself."""
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(story_url(server, sources["seed"]))
    page.wait_for_function(
        "() => window.LiveReload && window.LiveReload.connector"
        " && window.LiveReload.connector._connectionDesired",
        timeout=10000,
    )
    assert MARKER not in page.content()
    add_marker(sources["seed"])
    page.wait_for_function(
        f"() => document.body.innerText.includes({MARKER!r})", timeout=CHANGE_TIMEOUT * 1000
    )
    assert problems == []


@pytest.mark.parametrize(
    ("case", "signum"),
    [("bare-except", "SIGTERM"), ("bare-except", "SIGINT"), ("build", "SIGTERM"), ("stopped", "SIGTERM")],
)
def test_a_stop_signal_stops_the_loop_wherever_it_lands(case, signum):
    """In a process of its own (signals go to the main thread, which may run another test's loop)."""
    result = subprocess.run(
        [sys.executable, str(STOP_PROBE), case, signum], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == ["stopped", "quiet"], result.stdout + result.stderr
