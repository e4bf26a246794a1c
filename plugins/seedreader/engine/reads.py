"""What each template reads, derived from the templates themselves (``jinja2.meta``).

A rebuild renders a page again only when something its template reads has changed
(``incremental``). What a template reads is worked out from its source, never listed by
hand: the free variables of the template and of every template it extends, includes or
imports (``memo_include("partial.html", ...)`` counts as an include), and every attribute
or item name read anywhere in them (``story.topics``, ``article["url"]``, and the names
filters take as strings: ``map(attribute="url")``, ``selectattr("undated")``,
``groupby("date.year")``). A template that names another through an expression this
cannot follow is taken to read what every template reads; one that names an attribute
through an expression reads every attribute; a page whose template is not in the
environment reads everything (``reads`` gives None). A theme can cost a rebuild time,
never leave a page stale.
"""

from __future__ import annotations

from dataclasses import dataclass

import jinja2
from jinja2 import meta, nodes

#: Globals that render another template named by their first argument, as ``{% include %}`` does.
INCLUDING_CALLS = frozenset({"memo_include"})
#: Jinja's filters and tests that read attributes named by a string: the ``attribute`` keyword,
#: or the first argument for those in ``NAMED_FIRST``.
ATTRIBUTE_FILTERS = frozenset(
    {"map", "sort", "groupby", "sum", "min", "max", "unique", "selectattr", "rejectattr"}
)
NAMED_FIRST = frozenset({"groupby", "selectattr", "rejectattr", "attr", "map"})


@dataclass(frozen=True)
class Reads:
    """The variables and the attribute names a template and the templates it uses read."""

    names: frozenset[str]
    attributes: frozenset[str] | None
    """None: any attribute (one named through an expression)."""


class TemplateReads:
    """``reads(name)`` for the templates of one Jinja environment, each parsed once."""

    def __init__(self, env: jinja2.Environment, extensions=(".html",), parsed: dict | None = None) -> None:
        self.env = env
        self.extensions = tuple(extensions)
        """What Pelican tries after a bare template name (``TEMPLATE_EXTENSIONS``)."""
        self.parsed = {} if parsed is None else parsed
        """A template's source -> what it reads itself: shared by the environments of one build,
        whose generators load the same theme (each parses it once, not once per environment)."""
        self._direct: dict[str, tuple[frozenset, frozenset, frozenset | None]] = {}
        self._reads: dict[str, Reads] = {}
        self._everything: Reads | None = None

    def reads(self, name: str) -> Reads | None:
        """What the template ``name`` reads, through everything it extends, includes or imports.

        ``name`` may lack its extension (``article``), as Pelican's generators name templates.
        None when the environment has no such template: the page's every input counts.
        """
        if name not in self._reads:
            found = self._resolve(name)
            self._reads[name] = None if found is None else self._closure([found])
        return self._reads[name]

    def _resolve(self, name: str) -> str | None:
        """The template Pelican renders for ``name`` (``Generator.get_template``: name, then extensions)."""
        for candidate in (name, *(name + ext for ext in self.extensions)):
            try:
                self.env.loader.get_source(self.env, candidate)
            except jinja2.TemplateNotFound:
                continue
            return candidate
        return None

    def everything(self) -> Reads:
        """What all of the environment's templates read together."""
        if self._everything is None:
            self._everything = self._closure(self.env.list_templates(filter_func=_is_template), every=True)
        return self._everything

    def _closure(self, names, every: bool = False) -> Reads:
        seen: set[str] = set()
        todo = list(names)
        variables: set[str] = set()
        attributes: set[str] | None = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            own, attrs, used = self._read(name)
            variables |= own
            attributes = None if attributes is None or attrs is None else attributes | attrs
            if used is None and not every:  # a template named by an expression: it may be any
                return self.everything()
            todo.extend(used or ())
        return Reads(frozenset(variables), None if attributes is None else frozenset(attributes))

    def _read(self, name: str) -> tuple[frozenset, frozenset | None, frozenset | None]:
        found = self._direct.get(name)
        if found is None:
            try:
                source = self.env.loader.get_source(self.env, name)[0]
            except jinja2.TemplateNotFound:  # the render fails the same way, or never asks for it
                return frozenset(), frozenset(), frozenset()
            found = self.parsed.get(source)
            if found is None:
                found = self.parsed[source] = _direct_reads(self.env.parse(source, name))
            self._direct[name] = found
        return found


def _direct_reads(tree: nodes.Template) -> tuple[frozenset, frozenset | None, frozenset | None]:
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
    named = _named_attributes(tree)
    attributes = None if named is None else attributes | named
    used: set | None = set(meta.find_referenced_templates(tree))
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in INCLUDING_CALLS:
            first = call.args[0] if call.args else None
            used.add(first.value if isinstance(first, nodes.Const) and isinstance(first.value, str) else None)
    if None in used:
        used = None
    return (
        frozenset(variables),
        None if attributes is None else frozenset(attributes),
        None if used is None else frozenset(used),
    )


def _named_attributes(tree: nodes.Template) -> set[str] | None:
    """Attribute names filters take as strings (``groupby("date.year")``); None: one is an expression."""
    found: set[str] = set()
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        if node.name not in ATTRIBUTE_FILTERS | NAMED_FIRST:
            continue
        given = [k.value for k in node.kwargs if k.key == "attribute"]
        if node.name in NAMED_FIRST and node.args:
            given.append(node.args[0])
        for value in given:
            if not (isinstance(value, nodes.Const) and isinstance(value.value, str | int)):
                return None
            found.update(str(value.value).split("."))
    return found


def _is_template(name: str) -> bool:
    return name.endswith((".html", ".xml", ".txt", ".j2", ".jinja", ".jinja2"))
