"""The dev servers: a plain one for a built site, and a live one that rebuilds and reloads.

The live server is livereload's (tornado). It serves the output folder, adds
``<script src="/livereload.js?port=N">`` to every HTML page (an external script:
the site's Content-Security-Policy forbids inline script, and livereload's own
snippet is inline) and tells the open pages to reload over a websocket on the
same port. It polls the sources, and each batch of changes makes one rebuild.

A rebuild runs ``build_site`` in a build worker process (``python -m
seedreader.tools.devserver worker``) that outlives one rebuild: it keeps the seeds it
read and the last build's page signatures, so after an edit it re-reads only the
changed seeds and renders only the pages whose inputs changed, linking the rest
from the last build (``incremental``). A broken template cannot take the server
down: the worker builds into a staging folder that replaces the output only when
the build succeeds, so the server keeps serving the last good build and the
browser reloads only then. A change to any ``.py`` file (plugin or settings)
starts a new worker, so code edits take effect.

Only pages of the site itself may use the servers (cross-site websocket hijacking and
DNS rebinding are refused with a 403). Every request's ``Host`` header must name the
server: the ``--host`` it was bound to, as given, and its port. A loopback bind
(``127.0.0.1``, ``localhost``, ``::1``) answers to all three of those names; a bind to
every interface (``0.0.0.0``, ``::``) answers to them, to the machine's name and to any
IP address (a DNS rebinding page can only send a domain name). A websocket must come
from a page of the same server: its ``Origin`` is ``http://`` with the host and port of
the ``Host`` header (or another loopback name for a loopback one); a websocket without
an ``Origin`` is refused too, since livereload.js always runs in a page. What the
websocket says never names a place on the build machine: a reload names the changed
file from its watched folder's parent (``seeds/world/story.txt``), or ``*``.
"""

from __future__ import annotations

import argparse
import gc
import glob
import ipaddress
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import webbrowser
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.netutil import bind_sockets

from ..compat.livereload import PollingWatcher, SocketServer, script_transform
from ..integration import outputs
from ..integration.folder import inside
from ..integration.memory import Memory
from ..linking import linksfile

logger = logging.getLogger(__name__)

#: The script tag added before ``</head>``: external, so a CSP with script-src 'self' allows it.
LIVE_SCRIPT = '<script src="/livereload.js?port={port}"></script>'
#: Names the watcher skips: hidden files, editor swap and backup files, bytecode.
IGNORED_PREFIXES = (".", "#")
IGNORED_SUFFIXES = ("~", ".swp", ".swx", ".tmp", ".pyc", ".egg-info")
IGNORED_NAMES = ("__pycache__",)
#: Changes to these files change the code: a new build worker, every page rendered.
CODE_SUFFIXES = (".py",)
#: Changes to only these (seeds, Markdown pages, the links file's READ MORE pins) render only
#: the pages they show on.
CONTENT_SUFFIXES = (".txt", ".md", ".markdown", ".toml")
#: Seconds the build worker gets to finish when the server stops it.
WORKER_EXIT_TIMEOUT = 10
#: The search index bundle in the output (Pagefind's default).
SEARCH_BUNDLE = "pagefind"
#: Seconds to wait before opening the browser (the server must be listening by then).
OPEN_DELAY = 0.5
#: This module, as ``python -m`` names it (``__name__`` is ``__main__`` when run that way).
MODULE = "seedreader.tools.devserver"
#: What stops a server: Ctrl-C in its terminal, or a process manager's SIGTERM.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
#: Loggers of the long-running server process that report at info level (tornado's at warning).
SERVER_LOGGERS = (__name__, MODULE, "livereload")
TORNADO_LOGGERS = ("tornado.access", "tornado.application", "tornado.general")
#: Where the plugin package lives, for the child build's PYTHONPATH.
PLUGINS_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: The names of the loopback interface: a page served on one may use the server by another.
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
#: Binds that listen on every interface (``--host 0.0.0.0`` for a preview on the LAN).
ANY_INTERFACE = frozenset({"", "0.0.0.0", "::"})
#: Characters that have no place in a Host header's or an Origin's host and port.
NETLOC_FORBIDDEN = frozenset("@/\\?# ")
#: Tornado application setting holding the server's ``Guard``.
GUARD_SETTING = "seedreader_guard"


class ServeError(OSError):
    """The server could not listen on the address asked for."""


@dataclass(frozen=True, slots=True)
class DevSite:
    """What the live server builds, where to, and what it watches."""

    settings: str
    """The Pelican settings file (absolute)."""
    output: str
    """The folder served (absolute)."""
    watch: tuple[str, ...]
    """Files and folders whose changes trigger a rebuild."""
    seeds: str | None = None
    """A seeds folder to build instead of the settings' ARTICLE_PATHS."""
    search: bool = False
    """Index every rebuild with Pagefind (the first build always is)."""


def make_site(
    settings: str, output: str, *, seeds: str | None = None, watch: Iterable[str] = (), search: bool = False
) -> DevSite:
    """A ``DevSite`` with absolute paths; the watch list defaults from the settings."""
    settings = os.path.abspath(settings)
    seeds = os.path.abspath(seeds) if seeds else None
    paths = tuple(os.path.abspath(p) for p in watch) or default_watch(settings, seeds)
    return DevSite(settings, os.path.abspath(output), paths, seeds, search)


def default_cache(settings_file: str) -> str:
    """``.cache/pelican`` beside the settings file: outside the output, kept between runs."""
    return os.path.join(os.path.dirname(os.path.abspath(settings_file)), ".cache", "pelican")


def default_watch(settings_file: str, seeds: str | None = None) -> tuple[str, ...]:
    """The settings files beside ``settings_file``, the content, theme and plugin folders, the links file.

    The links file is watched on its own when it is outside those folders, even before it
    exists (the first decision written makes it).
    """
    from ..engine.build import load_settings

    settings = load_settings(settings_file, seeds)
    root = settings["PATH"]
    folders = [os.path.join(root, p) for key in ("ARTICLE_PATHS", "PAGE_PATHS") for p in settings[key]]
    folders += [settings["THEME"], *settings.get("PLUGIN_PATHS", [])]
    files = glob.glob(os.path.join(os.path.dirname(settings_file), "*conf.py"))
    paths = [os.path.abspath(p) for p in [*files, *folders] if os.path.exists(p)]
    links_file = linksfile.links_path(settings)
    if links_file and not any(inside(links_file, p) for p in paths):
        paths.append(links_file)
    return tuple(dict.fromkeys(paths))


# -- noticing changes -------------------------------------------------------------------------


def snapshot(paths: Iterable[str], exclude: Iterable[str] = ()) -> dict[str, tuple[int, int]]:
    """Modification time and size of every watched file, by path; ``exclude`` folders are skipped."""
    skip = {os.path.abspath(p) for p in exclude}
    stamps = {}
    for root in paths:
        if os.path.isfile(root):
            _stamp(stamps, root)
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if not is_ignored(d) and os.path.join(folder, d) not in skip]
            for name in names:
                if not is_ignored(name):
                    _stamp(stamps, os.path.join(folder, name))
    return stamps


def _stamp(stamps: dict, path: str) -> None:
    try:
        info = os.stat(path)
    except OSError:  # removed while walking
        return
    stamps[path] = (info.st_mtime_ns, info.st_size)


def is_ignored(name: str) -> bool:
    """Editor litter, bytecode and hidden files do not trigger rebuilds."""
    return name.startswith(IGNORED_PREFIXES) or name.endswith(IGNORED_SUFFIXES) or name in IGNORED_NAMES


def changed_files(before: dict, after: dict) -> list[str]:
    """Paths added, removed or modified between two snapshots, sorted."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


class SourceWatcher(PollingWatcher):
    """livereload's watcher, made to poll whole trees and rebuild once per batch of changes."""

    def __init__(
        self, paths: Sequence[str], rebuild: Callable[[list[str]], bool], exclude: Sequence[str] = ()
    ):
        super().__init__()
        self._paths = tuple(paths)
        self._exclude = tuple(exclude)  # the output: a build must not trigger a build
        self._rebuild = rebuild
        for path in self._paths:  # listed, so livereload does not fall back to watching the cwd
            self.watch(path)
        self._seen = snapshot(self._paths, self._exclude)

    def poll(self) -> None:
        """Rebuild when anything changed; tell the pages to reload when the build succeeded."""
        current = snapshot(self._paths, self._exclude)
        changed = changed_files(self._seen, current)
        if changed:
            self._seen = current
            if self._rebuild(changed):
                # One stylesheet: livereload.js swaps it in place; anything else reloads the page.
                path = shown_path(changed[0], self._paths) if len(changed) == 1 else "*"
                SiteReloadHandler.reload_waiters(path)


def shown_path(path: str, roots: Iterable[str]) -> str:
    """``path`` from the parent of the watched root holding it (``seeds/world/x.txt``): never absolute.

    livereload.js matches a stylesheet by the last segments of this path, so these suffice.
    """
    for root in sorted(roots, key=len, reverse=True):  # the innermost root first
        if inside(path, root):
            return os.path.relpath(path, os.path.dirname(root)).replace(os.sep, "/")
    return os.path.basename(path)


# -- building ---------------------------------------------------------------------------------


class Builder:
    """Rebuilds the site in a build worker process and swaps in the result when it succeeds.

    The worker (``python -m seedreader.tools.devserver worker``) lives from one rebuild to the
    next, so it keeps its build memory (``Memory``: what it read, linked and rendered): a
    rebuild after editing one seed re-reads that seed and renders only the pages that show it.
    A change to a ``.py`` file (plugin or settings) starts a new worker; a change to anything
    but seeds and Markdown pages (a template) renders every page.
    """

    def __init__(self, site: DevSite):
        self.site = site
        self._worker: subprocess.Popen | None = None
        self._full = True
        self._indexed = False
        self._stopping = False

    def __call__(self, changed: list[str]) -> bool:
        """Rebuild after ``changed``; False (and the last good build stays) when the build failed."""
        logger.info("%d file(s) changed (%s): rebuilding", len(changed), _short(changed))
        if any(path.endswith(CODE_SUFFIXES) for path in changed):
            self.close()
        elif not all(path.endswith(CONTENT_SUFFIXES) for path in changed):
            self._full = True
        return self.build()

    def build(self) -> bool:
        """One build into the staging folder, then into place; False when it failed."""
        site = self.site
        stage, trash = _siblings(site.output)
        shutil.rmtree(stage, ignore_errors=True)
        search = site.search or not self._indexed
        started = time.monotonic()
        # The last build's output: unchanged pages stay there, the new files are laid over it.
        request = {"output": stage, "search": search, "full": self._full, "previous": site.output}
        answer = self._ask(request)
        if answer is None:
            shutil.rmtree(stage, ignore_errors=True)
            if not self._stopping:
                logger.error("Still serving the last good build of %s", site.output)
            return False
        if answer["kept"] and os.path.isdir(site.output):
            overlay(stage, site.output, answer["stale"])
        else:
            carry_search_index(site.output, stage)
            swap(stage, site.output, trash)
        self._full = False
        self._indexed = self._indexed or search
        logger.info("Built in %.1f s", time.monotonic() - started)
        return True

    @property
    def worker_pid(self) -> int | None:
        """The build worker's process id, while it runs."""
        return self._worker.pid if self._worker is not None else None

    @property
    def stopping(self) -> bool:
        """The server is stopping: no build is started, a running one was killed."""
        return self._stopping

    def interrupt(self) -> None:
        """Kill the build running now, if any: the server is stopping (safe in a signal handler)."""
        self._stopping = True
        if self._worker is not None:
            self._worker.kill()

    def close(self, wait: bool = True) -> None:
        """Stop the build worker (the next build starts a new one, with the current code).

        ``wait``: let a build it is running finish first (for ``WORKER_EXIT_TIMEOUT`` at most);
        when the server stops, the running build is killed at once, as Ctrl-C promises.
        """
        worker, self._worker = self._worker, None
        if worker is None:
            return
        try:
            worker.stdin.close()
            worker.wait(timeout=WORKER_EXIT_TIMEOUT if wait else 0)
        except (OSError, subprocess.TimeoutExpired):
            worker.kill()
            worker.wait()

    def _ask(self, request: dict) -> dict | None:
        """Send one build to the worker (starting it first if needed); its answer, None when it failed."""
        if self._worker is None or self._worker.poll() is not None:
            self.close()
            if self._stopping:
                return None
            self._worker = subprocess.Popen(
                worker_command(self.site),
                env=_child_env(),
                text=True,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            if self._stopping:  # (the stop came while the worker was starting: nothing to kill then)
                self.close(wait=False)
                return None
            self._full = True
            request["full"] = True
        try:
            self._worker.stdin.write(json.dumps(request) + "\n")
            self._worker.stdin.flush()
            answer = self._worker.stdout.readline()
        except OSError:
            answer = ""
        if not answer:  # the worker died: the next build starts a new one
            if not self._stopping:
                logger.error("The build worker stopped")
            self.close()
            return None
        answer = json.loads(answer)
        return answer if answer.get("ok") else None


def worker_command(site: DevSite) -> list[str]:
    """The build worker for ``site``: builds what it is asked on stdin, answers on stdout."""
    command = [sys.executable, "-m", MODULE, "worker", "--settings", site.settings]
    if site.seeds:
        command += ["--seeds", site.seeds]
    return command


def serve_builds(settings: str, seeds: str | None) -> int:
    """The build worker: one JSON request a line on stdin, one JSON answer a line on stdout.

    The answer: ``ok``, and the pages ``kept`` from the last build and those now ``stale``.

    Everything else the build prints goes to stderr, so the answers stay one line each.
    """
    from ..engine.build import release

    # Ctrl-C in the terminal reaches this process too; the server stops it (see Builder.close).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    memory = Memory(keep=True)  # this worker's, from one rebuild to the next
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("full"):
            memory.pages = None  # the theme or settings changed: every page is rendered
        result = build_once(
            settings,
            request["output"],
            seeds=seeds,
            search=request["search"],
            previous_output=request.get("previous"),
            overlay=True,
            memory=memory,
        )
        answer = {"ok": False}
        if result is not None:
            answer = {"ok": True, "kept": result.kept, "stale": list(result.stale)}
        answers.write(json.dumps(answer) + "\n")
        answers.flush()
        release(memory)  # free the build's objects while waiting for the next change
        # What the worker keeps for the next build (seeds read, articles, signatures) is not
        # walked by that build's collections.
        gc.collect()
        gc.freeze()
    return 0


def cache_overrides(cache: str, load: bool) -> dict:
    """Pelican settings for its reader-level content cache in ``cache``."""
    return {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": load,
        "CACHE_PATH": cache,
        "CONTENT_CACHING_LAYER": "reader",
    }


def overlay(stage: str, output: str, stale: Iterable[str]) -> None:
    """Lay a rebuild's files (``stage``) over the served ``output``; remove its ``stale`` pages.

    The rebuild wrote only what changed (unchanged pages stay in the output), so this moves
    a few files, not the whole site. A new search index replaces the old one whole.
    """
    new_index = os.path.join(stage, SEARCH_BUNDLE)
    if os.path.isdir(new_index):
        old_index = os.path.join(output, SEARCH_BUNDLE)
        shutil.rmtree(old_index, ignore_errors=True)
        os.replace(new_index, old_index)
    for folder, _, names in os.walk(stage):
        target = os.path.join(output, os.path.relpath(folder, stage))
        os.makedirs(target, exist_ok=True)
        for name in names:
            os.replace(os.path.join(folder, name), os.path.join(target, name))
    outputs.remove_files(output, stale)
    shutil.rmtree(stage, ignore_errors=True)


def carry_search_index(old: str, new: str) -> None:
    """Keep the last search index when this build made none (it may name stale pages)."""
    source, target = os.path.join(old, SEARCH_BUNDLE), os.path.join(new, SEARCH_BUNDLE)
    if os.path.isdir(source) and not os.path.exists(target):
        os.replace(source, target)


def swap(stage: str, output: str, trash: str) -> None:
    """Put the staged build where ``output`` is, by two renames (the server waits meanwhile)."""
    shutil.rmtree(trash, ignore_errors=True)
    if os.path.exists(output):
        os.replace(output, trash)
    os.replace(stage, output)
    shutil.rmtree(trash, ignore_errors=True)


def _siblings(output: str) -> tuple[str, str]:
    """Hidden staging and discard folders beside the output (renames need the same disk)."""
    parent, name = os.path.split(os.path.normpath(output))
    return os.path.join(parent, f".{name}.next"), os.path.join(parent, f".{name}.old")


def _child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PLUGINS_ROOT, env.get("PYTHONPATH")) if p)
    return env


def _short(paths: list[str]) -> str:
    cwd = os.getcwd()
    names = [os.path.relpath(p, cwd) if p.startswith(cwd) else p for p in paths[:3]]
    return ", ".join(names) + (", ..." if len(paths) > 3 else "")


def build_once(
    settings: str,
    output: str,
    *,
    seeds: str | None,
    search: bool,
    cache: str | None = None,
    load_cache: bool = False,
    previous_output: str | None = None,
    overlay: bool = False,
    memory: Memory | None = None,
):
    """One build: its ``BuildResult``, or None when it failed, after logging why.

    A template error is logged in one line (its traceback would only show Jinja's insides).
    """
    from jinja2 import TemplateSyntaxError

    from ..engine.build import BuildFailed, build_site

    try:
        return build_site(
            settings,
            seeds=seeds,
            output=output,
            search=search,
            strict=False,
            overrides=cache_overrides(cache, load_cache) if cache else None,
            previous_output=previous_output,
            overlay=overlay,
            memory=memory,
        )
    except TemplateSyntaxError as error:  # the traceback would only show Jinja's insides
        where = error.filename or error.name
        logger.error("Build failed: %s line %s: %s", where, error.lineno, error.message)
        return None
    except BuildFailed as error:  # says what and where (a links file that cannot be read)
        logger.error("Build failed: %s", error)
        return None
    except Exception:  # noqa: BLE001 - whatever broke, report it and let the server go on
        logger.exception("Build failed")
        return None


# -- serving ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Guard:
    """Which ``Host`` headers and websocket origins name this server (the module docstring's rule)."""

    names: frozenset[str]
    """Host names (lower case, IPv6 without brackets) the server answers to."""
    port: int
    """The port it listens on."""
    any_ip: bool = False
    """Any IP address is a name of the server too (bound to every interface)."""

    def host_ok(self, netloc: str) -> bool:
        """Whether a ``Host`` header value names this server."""
        name = self._name(netloc)
        return name is not None and (name in self.names or (self.any_ip and _is_ip(name)))

    def origin_ok(self, origin: str, netloc: str) -> bool:
        """Whether a page of ``origin`` was served by this server, asked for as ``netloc`` (its Host)."""
        parts = _split_url(origin)
        if parts is None or parts.scheme != "http" or parts.path or not self.host_ok(netloc):
            return False
        name, host = self._name(parts.netloc), self._name(netloc)
        return name == host or {name, host} <= LOOPBACK_NAMES

    def _name(self, netloc: str) -> str | None:
        """The host name of ``netloc`` when its port is this server's, else None."""
        parts = _split_url(f"http://{netloc}")
        if parts is None or not parts.hostname or (parts.port or 80) != self.port:
            return None
        return parts.hostname.rstrip(".")


def guard_for(host: str, port: int) -> Guard:
    """The ``Guard`` of a server bound to ``host`` (as given with ``--host``) and ``port``."""
    name = host.strip("[]").lower().rstrip(".")
    if name in ANY_INTERFACE:
        return Guard(LOOPBACK_NAMES | {socket.gethostname().lower()}, port, any_ip=True)
    if name == "localhost" or (_is_ip(name) and ipaddress.ip_address(name).is_loopback):
        return Guard(LOOPBACK_NAMES | {name}, port)
    return Guard(frozenset({name}), port)


def _split_url(url: str) -> urllib.parse.SplitResult | None:
    """``url`` split, or None when it is malformed (a bad port, user info, a stray character)."""
    netloc = url.partition("://")[2]
    if not netloc or NETLOC_FORBIDDEN & set(netloc):
        return None
    parts = urllib.parse.urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError:
        return None
    return parts


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostGuarded(web.RequestHandler):
    """A handler that answers 403 to a ``Host`` header naming another server (DNS rebinding)."""

    def prepare(self):
        """Refuse before anything is served."""
        host = self.request.headers.get("Host", "")
        if not self.settings[GUARD_SETTING].host_ok(host):
            raise web.HTTPError(403, "refused a request for Host %r (not this server)", host)


class SiteReloadHandler(HostGuarded, LiveReloadHandler):
    """livereload's websocket, for pages of this server only (CSWSH and DNS rebinding refused)."""

    def prepare(self):
        """Refuse a foreign Host, and a missing or foreign Origin (tornado lets both through)."""
        super().prepare()
        origin = self.request.headers.get("Origin", "")
        if not self.check_origin(origin):
            raise web.HTTPError(403, "refused a websocket from Origin %r (not this site)", origin)

    def check_origin(self, origin):
        """The page's origin is this server, as the Host header names it."""
        return self.settings[GUARD_SETTING].origin_ok(origin, self.request.headers.get("Host", ""))


class ScriptHandler(HostGuarded, LiveReloadJSHandler):
    """livereload.js, for pages of this server only."""


class NoStoreFiles(HostGuarded, StaticFileHandler):
    """livereload's static files (never a 304), marked not to be cached, for this server's Host only."""

    def set_extra_headers(self, path):
        """Every reload fetches the new build."""
        self.set_header("Cache-Control", "no-store")


def static_handlers(output: str) -> list:
    """Tornado routes serving ``output`` with ``index.html`` for folders."""
    return [(r"/(.*)", NoStoreFiles, {"path": output, "default_filename": "index.html"})]


def listen(host: str, port: int) -> list:
    """Bound sockets for http://HOST:PORT/, before any build: a taken port fails at once."""
    try:
        return bind_sockets(int(port), address=host)
    except OSError as error:
        raise ServeError(error.errno, f"cannot serve on http://{host}:{port}/: {error.strerror}") from error


def bound_port(sockets: list) -> int:
    """The port the sockets listen on (the one the system chose when asked for port 0)."""
    return sockets[0].getsockname()[1]


class LiveServer(SocketServer):
    """livereload's server with an external script tag instead of its inline snippet, guarded."""

    def __init__(self, sockets: list, watcher: Watcher, guard: Guard):
        super().__init__(watcher=watcher)
        self.sockets = sockets
        self.guard = guard

    def start_app(self, port: int) -> None:
        """The one tornado app, on the bound sockets: the livereload websocket and script, the site."""
        injector = script_transform(LIVE_SCRIPT.format(port=int(port)).encode())
        handlers = [(r"/livereload", SiteReloadHandler), (r"/livereload.js", ScriptHandler)]
        app = web.Application(
            handlers + static_handlers(self.root), transforms=[injector], **{GUARD_SETTING: self.guard}
        )
        HTTPServer(app).add_sockets(self.sockets)


def serve_live(site: DevSite, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> None:
    """Build, serve ``site.output`` on http://HOST:PORT/, rebuild and reload on changes until stopped."""
    _server_logging()
    sockets = listen(host, port)
    builder = Builder(site)
    watcher = SourceWatcher(site.watch, builder, exclude=(site.output,))
    logger.info("Watching %s", ", ".join(site.watch))
    # Before the first build: Ctrl-C during it stops the worker too (which ignores Ctrl-C itself).
    _stop_on_signals(IOLoop.current(), builder)
    try:
        builder.build()
        if builder.stopping:
            return
        os.makedirs(site.output, exist_ok=True)
        server = LiveServer(sockets, watcher, guard_for(host, bound_port(sockets)))
        logger.info("Serving %s on http://%s:%s/ with live reload (Ctrl-C to stop)", site.output, host, port)
        delay = OPEN_DELAY if open_browser else None
        server.serve(port=int(port), host=host, root=site.output, open_url_delay=delay)
    finally:
        builder.close(wait=False)
        logger.info("Stopped")


def serve_static(output: str, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> None:
    """Serve a built site on http://HOST:PORT/ until stopped, without watching anything."""
    _server_logging()
    sockets = listen(host, port)
    app = web.Application(
        static_handlers(os.path.abspath(output)), **{GUARD_SETTING: guard_for(host, bound_port(sockets))}
    )
    HTTPServer(app).add_sockets(sockets)
    loop = IOLoop.current()
    _stop_on_signals(loop)
    logger.info("Serving %s on http://%s:%s/ (Ctrl-C to stop)", output, host, port)
    if open_browser:
        threading.Timer(OPEN_DELAY, webbrowser.open, [f"http://{host}:{port}/"]).start()
    try:
        loop.start()
    finally:
        loop.close(all_fds=True)
    logger.info("Stopped")


def _stop_on_signals(loop: IOLoop, builder: Builder | None = None) -> None:
    """Ctrl-C and SIGTERM stop ``loop`` once its running callback returns, and kill a running build.

    Not a KeyboardInterrupt raised wherever the signal lands: livereload sends its reload
    messages under a bare ``except:``, which swallowed one and left the server running.
    """
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum, frame):
        if builder is not None:
            builder.interrupt()
        # Thread-safe, so it also wakes a loop waiting in select (a plain call_soon would not).
        loop.asyncio_loop.call_soon_threadsafe(loop.stop)

    for signum in STOP_SIGNALS:
        signal.signal(signum, stop)


def _server_logging() -> None:
    """Every rebuild and reload is logged, but not every request (404s are: tornado warns)."""
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
    for name in SERVER_LOGGERS + TORNADO_LOGGERS:
        log = logging.getLogger(name)
        if name in SERVER_LOGGERS and log.getEffectiveLevel() > logging.INFO:
            log.setLevel(logging.INFO)
        # Pelican's logger class drops a message it has shown before; a server repeats itself.
        if hasattr(log, "disable_filter"):
            log.disable_filter()


# -- command line -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m seedreader.tools.devserver live|serve|build ...``."""
    args = _parser().parse_args(argv)
    _init_logging()
    if args.command == "build":
        cache = args.cache or default_cache(args.settings)
        ok = build_once(
            args.settings,
            args.output,
            seeds=args.seeds,
            cache=cache,
            load_cache=args.load_cache,
            search=args.search,
        )
        return 0 if ok else 1
    if args.command == "worker":
        return serve_builds(args.settings, args.seeds)
    try:
        if args.command == "serve":
            serve_static(args.output, args.host, args.port, args.open)
        else:
            site = make_site(
                args.settings, args.output, seeds=args.seeds, watch=args.watch or (), search=args.search
            )
            serve_live(site, args.host, args.port, args.open)
    except ServeError as error:
        logger.error("%s", error.strerror)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    live = commands.add_parser("live", help="build, serve, rebuild and reload on changes")
    serve = commands.add_parser("serve", help="serve a built site")
    build = commands.add_parser("build", help="one build")
    worker = commands.add_parser("worker", help="the live server's build worker (requests on stdin)")
    for command in (live, build, worker):
        command.add_argument("--settings", default="pelicanconf.py", help="Pelican settings file")
        command.add_argument("--seeds", help="seeds folder (default: the settings' ARTICLE_PATHS)")
    for command in (live, build):
        command.add_argument("--search", action="store_true", help="build the Pagefind index every time")
    build.add_argument("--cache", help="content cache folder (default: .cache/pelican by the settings)")
    for command in (live, serve, build):
        command.add_argument("--output", default="output", help="output folder")
    for command in (live, serve):
        command.add_argument("--host", default="127.0.0.1", help="address to bind")
        command.add_argument("--port", type=int, default=8000, help="port")
        command.add_argument("--open", action="store_true", help="open the site in a browser")
    live.add_argument("--watch", action="append", help="a file or folder to watch (repeatable)")
    build.add_argument("--load-cache", action="store_true", help="read the content cache")
    return parser


def _init_logging() -> None:
    """Pelican's console handler; Pelican's own chatter at warnings, ours and the plugin's at info."""
    from pelican.log import init

    init(level=logging.WARNING)
    logging.getLogger("seedreader").setLevel(logging.INFO)
    logging.getLogger(logger.name).setLevel(logging.INFO)


if __name__ == "__main__":
    sys.exit(main())
