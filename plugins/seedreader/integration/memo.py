"""Story macros made once: ``memo(macro, *args)`` and its kin, the theme's template helpers.

A build renders thousands of pages that show the same stories as the same cards: each card
(and each partial a page includes whole) is rendered once per build for the same arguments,
and in a rebuild its output outlives the build while the stories it shows are unchanged
(keyed by their card signatures, ``Memory.signatures``).
"""

from __future__ import annotations

from jinja2 import Undefined, pass_context
from markupsafe import Markup
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

from ..compat.jinja import render_include
from .memory import MEMORY_SETTING, Memory


def memo_for_build():
    """``memo(macro, *args)``: a macro's output made once per build for the same arguments.

    ``memo.include(name, *args)`` (the ``memo_include`` global) does the same for a partial
    template, which sees the page's context as ``{% include %}`` gives it;
    ``memo.each(macro, items, *args)`` (``memo_each``) joins ``memo(macro, item, *args)``
    over a list.

    Output depends on the page's depth when URLs are relative, so ``SITEURL`` is part of
    the key; stories and other objects are keyed by identity (they live all build long).
    A partial's ``args`` must name everything it reads that differs between pages of one
    depth; the rest of what it reads must be settings and site-wide lists.
    """
    made: dict[tuple, Markup] = {}

    def once(context, key: tuple, macro, args: tuple) -> Markup:
        found = made.get(key)
        if found is None:
            found = made[key] = _lasting(context.get(MEMORY_SETTING), key, macro, args)
        return found

    @pass_context
    def memo(context, macro, *args):
        return once(context, (macro.name, context.get("SITEURL"), *map(_key, args)), macro, args)

    @pass_context
    def memo_include(context, name, *args):
        key = (name, context.get("SITEURL"), *map(_key, args))
        found = made.get(key)
        if found is None:
            found = made[key] = Markup(render_include(context, name))
        return found

    @pass_context
    def memo_each(context, macro, items, *args):
        # memo(macro, item, *args) for every item, joined: one template call for a whole list.
        siteurl, rest = context.get("SITEURL"), tuple(map(_key, args))
        return Markup(
            "".join(
                once(context, (macro.name, siteurl, _key(item), *rest), macro, (item, *args))
                for item in items
            )
        )

    memo.include, memo.each = memo_include, memo_each
    return memo


def _lasting(memory: Memory | None, key: tuple, macro, args: tuple) -> Markup:
    """A story macro's output as a rebuild in this process made it, when the stories are the same.

    During a rebuild, a story is keyed by its card signature (``Memory.signatures``), which
    changes with anything a card shows; the macro's output then outlives the build, so a
    list of 5,000 stories is rendered again from 5,000 lookups.
    """
    cards = memory.signatures if memory is not None else None
    lasting = None
    if cards is not None:
        stable = tuple(_stable(part, arg, cards) for part, arg in zip(key[2:], args, strict=True))
        if _UNSTABLE not in stable:
            lasting = (*key[:2], *stable)
            found = cards.rendered.get(lasting)
            if found is not None:
                return found
    output = macro(*args)
    if lasting is not None:
        cards.rendered[lasting] = output
    return output


#: A key part that means nothing in another build (an object's identity).
_UNSTABLE = object()


def _stable(part, arg, cards):
    """``part`` (``_key(arg)``) as it will be in the next build: plain values, stories by card."""
    if isinstance(arg, Content):
        return ("card", cards.card(arg)) if getattr(arg, "seed_digest", None) else _UNSTABLE
    return part if part is None or not isinstance(part, int) or isinstance(arg, int) else _UNSTABLE


def _key(value):
    """A memo key part: the value itself when it is a plain value, else its identity.

    An undefined template variable counts as None (each use makes a new Undefined); a
    category, tag or author by what is shown of it (each story has its own, equal ones).
    """
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Undefined):
        return None
    if isinstance(value, URLWrapper):
        return (type(value).__name__, value.name, value.slug)
    return id(value)
