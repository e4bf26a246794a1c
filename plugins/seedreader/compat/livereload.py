"""Every reach into livereload's internals (read in livereload 2.7.1, on tornado 6)."""

from __future__ import annotations

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.server import LiveScriptInjector
from livereload.watcher import Watcher

#: The upstream code this module mirrors, by qualified name: a sha256 of its source (the first
#: 32 hex digits) in the release ``constraints.txt`` pins; ``tests/unit/test_compat.py`` checks them.
MIRRORS = {
    "livereload.watcher.Watcher.examine": "f87d397b3c6ee4a0d532d71aa417ab1b",
    "livereload.handlers.LiveReloadHandler.start_tasks": "c66d33222382a985dd3c5b492769f708",
    "livereload.handlers.LiveReloadHandler.poll_tasks": "b3b6eeb67ab0e7c86c234b53f3b1541e",
    "livereload.server.Server.serve": "25cb2b46d04c84e71febc493460c9d7b",
    "livereload.server.Server.application": "248b5a2599a6e2686ffb6a0dad5a4a58",
    "livereload.server.Server._setup_logging": "640eea0a527e671abe02159a230e139a",
}


class PollingWatcher(Watcher):
    """livereload's watcher, asking ``poll`` on every round of the server's poller instead of its tasks.

    ``poll`` tells the pages to reload itself (``LiveReloadHandler.reload_waiters``); the
    poller's own reloads are never asked for (it drops a reload within 3 s of another).
    Give it at least one path to ``watch``, or the server watches the working folder.
    """

    def poll(self) -> None:
        """Look for changes, and act on them."""

    def examine(self):
        """Poll; nothing for livereload's poller to reload."""
        # livereload.watcher.Watcher.examine, as LiveReloadHandler.poll_tasks calls it: a
        # (path, delay) to reload, or None. Server.serve queues a start-up entry in _changes.
        self._changes.clear()
        self.poll()
        return None, None


class SocketServer(Server):
    """livereload's server whose one tornado app ``start_app`` makes, its logging left to the caller."""

    def start_app(self, port: int) -> None:
        """Make the app (the websocket, the script, the site) and start serving it."""
        raise NotImplementedError

    def application(self, port, host, liveport=None, debug=None, live_css=True):
        """What ``serve`` calls for its app: the websocket handler given the watcher, then ``start_app``."""
        # livereload.server.Server.application: its handler classes read the watcher and
        # live_css from class attributes; the app it makes (an inline script) is ``start_app``'s here.
        LiveReloadHandler.watcher = self.watcher
        LiveReloadHandler.live_css = live_css
        self.start_app(port)

    def _setup_logging(self):
        # livereload.server.Server._setup_logging, which serve calls, adds a stream handler of
        # its own to livereload's and tornado's loggers: the caller's handlers are enough.
        pass


def script_transform(script: bytes) -> type:
    """A tornado output transform putting ``script`` before every HTML page's ``</head>``."""
    # livereload.server.Server.application's ConfiguredTransform: LiveScriptInjector reads .script.
    return type("ScriptInjector", (LiveScriptInjector,), {"script": script})
