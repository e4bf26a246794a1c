"""Every reach into Jinja's internals (read in Jinja 3.1.6)."""

from __future__ import annotations

from jinja2.runtime import Context

#: The upstream code this module mirrors, by qualified name: a sha256 of its source (the first
#: 32 hex digits) in the release ``constraints.txt`` pins; ``tests/unit/test_compat.py`` checks them.
MIRRORS = {
    "jinja2.compiler.CodeGenerator.visit_Include": "0c9dc127bee07861a7d950d506d1aa55",
    "jinja2.environment.Template._from_namespace": "fdce36aa99d87a24317aca8a434ad63f",
}


def render_include(context: Context, name: str) -> str:
    """The template ``name`` rendered as ``{% include name %}`` renders it in the page of ``context``.

    The included template sees (a copy of) the including page's context; Jinja has no public
    call for that (``Template.render`` starts from an empty one).
    """
    template = context.environment.get_template(name)
    # The code jinja2.compiler.CodeGenerator.visit_Include writes for an include with context;
    # root_render_func is the compiled template's body (jinja2.environment.Template._from_namespace).
    return "".join(template.root_render_func(template.new_context(context.get_all(), shared=True)))
