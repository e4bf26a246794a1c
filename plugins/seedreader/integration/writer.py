"""The writer of one process's share of the pages (Pelican's writer, over a plugin's).

``engine.parallel`` runs Pelican's output step in several processes; in each, this writer
renders only the files whose output path falls to its share (by a hash of the path, the
same in every process and every build). In a rebuild it signs each page before rendering
it (``signatures``, the engine's ``incremental.Signatures``) and keeps an unchanged one
from the last build's output instead.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import zlib

from ..compat import pelican as pelican_compat
from . import progress

#: A path relpath would change: empty, ``.`` or ``..`` parts, or a trailing separator.
_UNCLEAN_PATH_RE = re.compile(r"(?:^|[\\/])\.{0,2}(?:[\\/]|$)")


class ShareWriter(pelican_compat.WriterHooks):
    """A Pelican writer that renders and writes only the files of its share.

    Over a writer class a plugin gives through Pelican's ``get_writer``: ``share_writer``.
    """

    def __init__(
        self,
        output_path,
        settings,
        share: int = 0,
        shares: int = 1,
        counter=None,
        signatures=None,
        previous: dict | None = None,
        previous_output: str | None = None,
        overlay: bool = False,
    ) -> None:
        super().__init__(output_path, settings=settings)
        self.overlay = overlay
        self.share, self.shares = share, shares
        self.counter = counter
        self.written = 0
        self.signatures = signatures
        self.previous = previous or {}
        self.previous_output = previous_output
        self.pages: dict[str, str] = {}
        """Signature of every page of this share, by path relative to the output."""
        self.progress = progress.of(settings) if share == 0 else None
        self.kept: set[str] = set()
        """Pages of this share kept from the last build (not rendered)."""

    @property
    def primary(self) -> bool:
        """The process that also writes the files no writer call makes (manifest, report)."""
        return self.share == 0

    def owns(self, path: str) -> bool:
        """Whether this process writes ``path`` (absolute, or relative to the output folder)."""
        if self.shares == 1:
            return True
        return zlib.crc32(_relative(self.output_path, path).encode("utf-8")) % self.shares == self.share

    def write_file(self, name, template, context, *args, **kwargs):
        """Pelican's ``write_file``, rendering only this share's files (paginated ones too)."""
        paginates = kwargs.get("template_name") in self.settings.get("PAGINATED_TEMPLATES", {})
        if name and not paginates and not self.owns(name):
            return None  # one file, another process's: not even its folder is made here
        signed = bool(name and not paginates and not args)
        if signed and self._kept_before_render(name, template, context, kwargs):
            return None
        if name and paginates and not args and self._paginate(name, template, context, kwargs):
            return None
        keys = set(kwargs) | {k + suffix for k in kwargs for suffix in pelican_compat.PAGINATION_SUFFIXES}
        listed = ("articles", "dates", *(kwargs.get("paginated") or ()))
        keys |= {k + suffix for k in listed for suffix in pelican_compat.PAGINATION_SUFFIXES}
        template = _ShareTemplate(template, self, keys, signed)
        return super().write_file(name, template, context, *args, **kwargs)

    def _kept_before_render(self, name, template, context, kwargs) -> bool:
        """A one-file page whose signature is unchanged, kept before Pelican makes its folder.

        The page's variables are those Pelican's writer would add to the site context
        (``_get_localcontext``), without copying the context for it.
        """
        if not self.signing:
            return False
        relative_urls = kwargs.get("relative_urls")
        siteurl = pelican_compat.page_siteurl(context, name, relative_urls)
        variables = pelican_compat.template_variables(kwargs)
        signature = self.signatures.signature(
            _template_name(template), name, siteurl, variables, environment=template.environment
        )
        if not self.unchanged(name, signature):
            return False
        pelican_compat.pass_over(context, siteurl, relative_urls)  # the next page's links follow it
        self._keep(_relative(self.output_path, name))
        return True

    def _paginate(self, name, template, context, kwargs) -> bool:
        """Pelican's paginated ``write_file``, each page signed before its context is made.

        Pelican's writer copies the site context and makes a folder for every page of a
        list before rendering it; here a page of this share whose signature is unchanged is
        kept without either, and only the changed ones are rendered (as Pelican renders them).
        Returns False, having done nothing, for a call this does not handle.
        """
        if not self.signing:
            return False
        template_name = _template_name(template)

        def skip(save_as, variables, siteurl, listed) -> bool:
            if not self.owns(save_as):
                return True
            signature = self.signatures.signature(
                template_name, save_as, siteurl, variables, listed, environment=template.environment
            )
            if self.unchanged(save_as, signature):
                self._keep(_relative(self.output_path, save_as))
                return True
            return False

        return self.write_pages(name, template, context, kwargs, skip)

    @property
    def signing(self) -> bool:
        """Whether pages are signed before Pelican's writer makes them (a rebuild's writer)."""
        return self.signatures is not None and self.previous_output is not None

    def unchanged(self, name: str, signature: str) -> bool:
        """Record the page's signature; True when the last build wrote it the same (kept, not rendered)."""
        relative = _relative(self.output_path, name)
        self.pages[relative] = signature
        if self.previous.get(relative) != signature or self.previous_output is None:
            return False
        if not os.path.isfile(os.path.join(self.previous_output, relative)):
            return False
        self.kept.add(relative)
        return True

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        """Pelican's ``write_feed`` for this share's feeds; undated stories are in none (no date to order)."""
        if path and not self.owns(path):
            return None
        elements = [e for e in elements if not getattr(e, "undated", False)]
        return super().write_feed(elements, context, path, *args, **kwargs)

    def opening(self, path: str) -> bool:
        """Whether to write the file: not another process's, nor one kept (its render was skipped)."""
        if not self.owns(path):
            return False
        relative = _relative(self.output_path, path)
        if relative in self.kept:
            self._keep(relative)
            return False
        self.written += 1
        written = self.written
        if self.counter is not None:
            with self.counter.get_lock():
                self.counter.value += 1
                written = self.counter.value
        if self.progress is not None:
            self.progress.count("pages written", written)
        return True

    def _keep(self, relative: str) -> None:
        """The last build's file, unchanged, in the new output (a hard link where it can be)."""
        source = os.path.join(self.previous_output, relative)
        target = os.path.join(self.output_path, relative)
        if self.overlay or os.path.abspath(source) == os.path.abspath(target):
            return  # it stays where it is (the caller lays the new files over that folder)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(source, target)
        except OSError:  # another disk, or links not allowed: copy
            shutil.copyfile(source, target)


@functools.cache
def share_writer(base: type) -> type[ShareWriter]:
    """``ShareWriter`` over the writer class Pelican would use (``base``: its own, or a plugin's)."""
    if issubclass(ShareWriter, base):
        return ShareWriter
    return type(f"Share{base.__name__}", (ShareWriter, base), {"__module__": __name__})


def _template_name(template) -> str:
    # Its name in its environment, as Pelican asks for it (folders kept, no extension).
    return os.path.splitext(template.name or "")[0]


def _relative(output_path: str, name: str) -> str:
    path = os.path.join(output_path, name)
    inside = path[len(output_path) + 1 :] if path.startswith(output_path + os.sep) else ""
    if inside and not _UNCLEAN_PATH_RE.search(inside):  # already what relpath gives (and 20 times quicker)
        return inside.replace(os.sep, "/")
    return os.path.relpath(path, output_path).replace(os.sep, "/")


class _ShareTemplate:
    """A template that renders only for the files of its writer's share that changed."""

    def __init__(self, template, writer: ShareWriter, keys, signed: bool = False) -> None:
        self.template, self.writer, self.keys = template, writer, keys
        self.signed = signed
        """The writer has already compared this page's signature (``_kept_before_render``)."""

    def render(self, context) -> str:
        name = context["output_file"]
        if not self.writer.owns(name):
            return ""
        writer = self.writer
        if (
            not self.signed
            and writer.signatures is not None
            and writer.unchanged(
                name,
                writer.signatures.page(
                    _template_name(self.template), context, self.keys, self.template.environment
                ),
            )
        ):
            return ""
        return self.template.render(context)

    def __getattr__(self, name):
        return getattr(self.template, name)
