"""The seam to Pelican, Jinja, livereload and Pagefind (``seedreader.compat``).

Every upstream function the seam mirrors is fingerprinted in its module's ``MIRRORS``; these
tests recompute the fingerprints from the installed libraries, so an upstream release that
changes what the seam restates fails here, by name, until someone has re-read it. The plugin
outside the seam reaches into none of those libraries' private code.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.metadata
import inspect
import re
import sys
from pathlib import Path

import pytest

from seedreader import compat
from seedreader.compat import jinja, livereload, pagefind, pelican

PROJECT = Path(__file__).resolve().parents[2]
PACKAGE = Path(compat.__file__).resolve().parents[1]
CONSTRAINTS = PROJECT / "constraints.txt"
SEAM = {pelican: "pelican", jinja: "jinja2", livereload: "livereload", pagefind: "pagefind_bin"}
#: What constraints.txt must pin exactly: the seam's libraries, what they render with, the linter.
PINNED = ("pelican", "jinja2", "markupsafe", "livereload", "tornado", "pagefind", "pagefind-bin", "ruff")
#: Modules whose classes' private names are the seam's alone.
UPSTREAM = ("pelican", "jinja2", "livereload")
#: Upstream internals without a leading underscore.
PUBLIC_LOOKING = frozenset({"root_render_func"})
#: Pagefind's file format outside the seam: its signature, its files, CBOR.
PAGEFIND_FORMAT_RE = re.compile(r"pagefind_dcd|\.pf_(?:meta|index|filter)\b|\bcbor2\b")
PIN_RE = re.compile(r"^([A-Za-z0-9_.-]+)==(\S+)$")
#: Hex digits of a source's sha256 kept as its fingerprint.
FINGERPRINT_DIGITS = 32


def pins() -> dict[str, str]:
    """constraints.txt's pins, by normalised project name."""
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            match = PIN_RE.match(line)
            assert match, f"constraints.txt: {line!r} is not an exact pin (name==version)"
            found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return found


def upstream_object(qualified: str):
    """The installed function or class a dotted name names (``pelican.writers.Writer.write_file``)."""
    parts = qualified.split(".")
    for split in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            found = inspect.getattr_static(found, name)
        break
    else:
        raise ImportError(qualified)
    found = getattr(found, "__func__", found)  # staticmethod, classmethod
    return getattr(found, "func", found)  # pelican.utils.memoized keeps the function as .func


def fingerprint(qualified: str) -> str:
    """The start of a sha256 of the installed source of ``qualified``; a distribution's version."""
    if "." not in qualified:
        return importlib.metadata.version(qualified)
    source = inspect.getsource(upstream_object(qualified))
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:FINGERPRINT_DIGITS]


MIRRORED = [(module, name) for module in SEAM for name in module.MIRRORS]


@pytest.mark.parametrize(
    ("module", "name"), MIRRORED, ids=[f"{m.__name__.rsplit('.', 1)[1]}:{n}" for m, n in MIRRORED]
)
def test_mirrored_upstream_code_is_unchanged(module, name):
    distribution = SEAM[module]
    installed = importlib.metadata.version(distribution)
    pinned = pins().get(re.sub(r"[-_.]+", "-", distribution).lower(), "nothing")
    where = Path(module.__file__).relative_to(PACKAGE.parent).as_posix()
    assert fingerprint(name) == module.MIRRORS[name], (
        f"{name} changed upstream (installed {distribution} {installed}; constraints.txt pins "
        f"{pinned}): re-read it and update {where} (the code that mirrors it, then its MIRRORS "
        f"fingerprint: {fingerprint(name)!r})"
    )


def test_constraints_pin_every_library_of_the_seam_and_the_linter_exactly():
    assert sorted(set(PINNED) - set(pins())) == []
    assert pins()["pagefind-bin"] == pagefind.MIRRORS["pagefind_bin"]


def test_the_seam_imports_only_its_library_and_the_package_root():
    for path in sorted(Path(compat.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                assert node.level == 2 and node.module in ("settings", "errors"), (
                    f"{path.name} imports {'.' * node.level}{node.module or ''}: the seam imports "
                    f"only its library and seedreader's settings and errors"
                )
            if isinstance(node, ast.ImportFrom | ast.Import) and not getattr(node, "level", 0):
                names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                assert not any(n.split(".")[0] == "seedreader" for n in names), path.name


# -- no reach into upstream outside the seam --------------------------------------------------


def upstream_private_names() -> frozenset[str]:
    """Private names of the upstream classes the plugin uses, their bases and instances."""
    from jinja2 import Template
    from jinja2.runtime import Context
    from livereload import Server
    from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
    from livereload.server import LiveScriptInjector
    from livereload.watcher import Watcher
    from pelican import Pelican
    from pelican.contents import Article, Page
    from pelican.generators import ArticlesGenerator, PagesGenerator, StaticGenerator, TemplatePagesGenerator
    from pelican.paginator import Paginator
    from pelican.readers import BaseReader, Readers
    from pelican.urlwrappers import Author, Category, Tag
    from pelican.writers import Writer

    classes = (
        *(Pelican, Writer, ArticlesGenerator, PagesGenerator, StaticGenerator, TemplatePagesGenerator),
        *(Article, Page, Readers, BaseReader, Paginator, Category, Tag, Author, Template, Context),
        *(Server, Watcher, LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler, LiveScriptInjector),
    )
    names = set()
    for cls in classes:
        for klass in cls.__mro__:
            if klass.__module__.split(".")[0] in UPSTREAM:
                names |= {n for n in vars(klass) if n.startswith("_") and not n.startswith("__")}
                names |= set(re.findall(r"\b(?:self|cls)\.(_[a-z]\w*)", inspect.getsource(klass)))
    return frozenset(names)


class Reaches(ast.NodeVisitor):
    """Uses of upstream private names in one module: on any object but a class's own ``self``."""

    def __init__(self, private: frozenset[str]) -> None:
        self.private = private
        self.upstream: set[str] = set()
        """Names bound to upstream classes or modules (imports from them or from the seam)."""
        self.found: list[str] = []
        self.classes: list[bool] = []  # for each enclosing class: does it derive from upstream?

    def visit_ImportFrom(self, node):
        root = node.module.split(".")[0] if node.module and not node.level else ""
        if root in UPSTREAM or root == "tornado" or (node.module or "").startswith("compat"):
            self.upstream |= {alias.asname or alias.name for alias in node.names}

    def visit_Import(self, node):
        self.upstream |= {a.asname or a.name for a in node.names if a.name.split(".")[0] in UPSTREAM}

    def visit_ClassDef(self, node):
        derived = any(self._upstream_base(base) for base in node.bases)
        if derived:
            self.upstream.add(node.name)
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name in self.private:
                    self.found.append(f"line {item.lineno}: overrides {item.name}")
        self.classes.append(derived)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Attribute(self, node):
        if node.attr in PUBLIC_LOOKING or node.attr in self.private:
            own = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            if not own or (self.classes and self.classes[-1]):
                self.found.append(f"line {node.lineno}: .{node.attr}")
        self.generic_visit(node)

    def _upstream_base(self, base) -> bool:
        while isinstance(base, ast.Attribute):
            base = base.value
        return isinstance(base, ast.Name) and base.id in self.upstream


def test_no_reach_into_upstream_internals_outside_the_seam():
    private = upstream_private_names()
    assert {"_content", "_get_content", "_open_w", "_changes", "_setup_logging"} <= private
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "compat":
            continue
        text = path.read_text(encoding="utf-8")
        reaches = Reaches(private)
        reaches.visit(ast.parse(text))
        where = path.relative_to(PACKAGE).as_posix()
        found += [f"{where} {reach}" for reach in reaches.found]
        found += [f"{where}: Pagefind's format ({m[0]})" for m in PAGEFIND_FORMAT_RE.finditer(text)]
    listed = "\n".join(found)
    assert found == [], f"reaches into upstream internals outside compat/ (move them there):\n{listed}"


def test_the_scan_finds_a_reach():
    reaches = Reaches(frozenset({"_content", "_open_w"}))
    reaches.visit(
        ast.parse(
            "from pelican.writers import Writer\n"
            "class W(Writer):\n    def _open_w(self): return self._content\n"
            "class Own:\n    def f(self): return self._content\n"
            "def g(article): return article._content\n"
        )
    )
    assert reaches.found == ["line 3: overrides _open_w", "line 3: ._content", "line 6: ._content"]


def test_a_plugin_reads_the_sites_own_plugins_while_pelican_registers_it(tmp_path, monkeypatch):
    from pelican import Pelican
    from pelican.settings import read_settings

    seen = []
    plugin = type(sys)("probe_plugin")
    plugin.register = lambda: seen.append(list(pelican.registering_settings()["PLUGINS"]))
    monkeypatch.setitem(sys.modules, plugin.__name__, plugin)
    site = {"PLUGINS": [plugin], "PATH": str(tmp_path), "OUTPUT_PATH": str(tmp_path)}
    settings = read_settings(override=site)
    Pelican(settings)
    assert seen == [[plugin]]  # Pelican has put the plugins' names in its place since
    assert settings["PLUGINS"] == ["probe_plugin"] and pelican.registering_settings() is None
