"""What each template reads, derived from the templates themselves (``jinja2.meta``).

A rebuild renders a page again only when something its template reads has changed
(``incremental``). What a template reads is worked out from its source, never listed by
hand: the free variables of the template and of every template it extends, includes or
imports (``memo_include("partial.html", ...)`` counts as an include), and every attribute
or item name read anywhere in them (``story.topics``, ``article["url"]``). A template that
names another through an expression this cannot follow is taken to read what every
template reads, so a theme can cost a rebuild time but never leave a page stale.
"""

from __future__ import annotations

from dataclasses import dataclass

import jinja2
from jinja2 import meta, nodes

#: Globals that render another template named by their first argument, as ``{% include %}`` does.
INCLUDING_CALLS = frozenset({"memo_include"})


@dataclass(frozen=True)
class Reads:
    """The variables and the attribute names a template and the templates it uses read."""

    names: frozenset[str]
    attributes: frozenset[str]


class TemplateReads:
    """``reads(name)`` for the templates of one Jinja environment, each parsed once."""

    def __init__(self, env: jinja2.Environment, extensions=(".html",)) -> None:
        self.env = env
        self.extensions = tuple(extensions)
        """What Pelican tries after a bare template name (``TEMPLATE_EXTENSIONS``)."""
        self._direct: dict[str, tuple[frozenset, frozenset, frozenset | None]] = {}
        self._reads: dict[str, Reads] = {}
        self._everything: Reads | None = None

    def reads(self, name: str) -> Reads:
        """What the template ``name`` reads, through everything it extends, includes or imports.

        ``name`` may be bare (``article``), as Pelican's generators name templates.
        """
        found = self._reads.get(name)
        if found is None:
            found = self._reads[name] = self._closure([self._resolve(name)])
        return found

    def _resolve(self, name: str) -> str:
        """The template Pelican renders for ``name`` (``Generator.get_template``: name, then extensions)."""
        for candidate in (name, *(name + ext for ext in self.extensions)):
            try:
                self.env.loader.get_source(self.env, candidate)
            except jinja2.TemplateNotFound:
                continue
            return candidate
        return name

    def everything(self) -> Reads:
        """What all of the environment's templates read together."""
        if self._everything is None:
            self._everything = self._closure(self.env.list_templates(filter_func=_is_template), every=True)
        return self._everything

    def _closure(self, names, every: bool = False) -> Reads:
        seen: set[str] = set()
        todo = list(names)
        variables: set[str] = set()
        attributes: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            own, attrs, used = self._read(name)
            variables |= own
            attributes |= attrs
            if used is None and not every:  # a template named by an expression: it may be any
                return self.everything()
            todo.extend(used or ())
        return Reads(frozenset(variables), frozenset(attributes))

    def _read(self, name: str) -> tuple[frozenset, frozenset, frozenset | None]:
        found = self._direct.get(name)
        if found is None:
            try:
                source = self.env.loader.get_source(self.env, name)[0]
            except jinja2.TemplateNotFound:  # the render fails the same way, or never asks for it
                return frozenset(), frozenset(), frozenset()
            found = self._direct[name] = _direct_reads(self.env.parse(source, name))
        return found


def _direct_reads(tree: nodes.Template) -> tuple[frozenset, frozenset, frozenset | None]:
    """One template's free variables, attribute names and the templates it names (None: unknown)."""
    try:
        variables = meta.find_undeclared_variables(tree)
    except jinja2.TemplateAssertionError:  # a filter this environment lacks: every name it loads
        variables = {node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"}
    attributes = {node.attr for node in tree.find_all(nodes.Getattr)}
    attributes |= {
        node.arg.value
        for node in tree.find_all(nodes.Getitem)
        if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)
    }
    used: set | None = set(meta.find_referenced_templates(tree))
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in INCLUDING_CALLS:
            first = call.args[0] if call.args else None
            used.add(first.value if isinstance(first, nodes.Const) and isinstance(first.value, str) else None)
    if None in used:
        used = None
    return frozenset(variables), frozenset(attributes), None if used is None else frozenset(used)


def _is_template(name: str) -> bool:
    return name.endswith((".html", ".xml", ".txt", ".j2", ".jinja", ".jinja2"))
