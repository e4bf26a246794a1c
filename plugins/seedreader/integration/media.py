"""Images a seed names (its ``Image:`` header): found inside the seeds folder, published under ``media/``.

A seed's image is rendered as ``{static}/seedreader-media/<path>``; Pelican's own link
replacement turns that into the image's URL from each page (relative or absolute, as the
site's settings say) once the image is registered in the context's ``static_content``.
Only raster images that exist inside the seeds folder are published; anything else a
header names gets no ``<img>`` and a warning in the build report.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from urllib.parse import quote

from .folder import RASTER_SUFFIXES, inside

#: The key under which images are found in Pelican's ``static_content``.
MEDIA_KEY = "seedreader-media"
#: Where published images go in the output, by their path under the seeds folder.
MEDIA_DIR = "media"


@dataclass(frozen=True, slots=True)
class MediaFile:
    """An image to publish: what Pelican's link replacement needs (``url``), and where it comes from."""

    source: str
    """Real absolute path inside a seeds folder."""
    url: str
    """Site-relative URL (quoted): ``media/<path>``."""
    save_as: str
    """Output path relative to the output folder."""


def resolve(name: str, seed_path: str, root: str | None) -> tuple[str | None, str | None]:
    """(the ``{static}`` key of the image a seed names, None) or (None, why it is not published).

    ``name`` is relative to the seed's folder, or to the seeds folder (``root``) when it
    starts with ``/``.
    """
    if root is None:
        return None, f"Image {name!r}: the seed is outside the seeds folder; not published"
    root = os.path.realpath(root)
    seed_dir = os.path.realpath(os.path.dirname(os.path.abspath(seed_path)))
    base = root if name.startswith("/") else seed_dir
    real = os.path.realpath(os.path.join(base, name.lstrip("/")))
    relative = os.path.relpath(real, root).replace(os.sep, "/")
    if not inside(real, root):
        return None, f"Image {name!r} is outside the seeds folder; not published"
    if not relative.lower().endswith(RASTER_SUFFIXES) or any(p.startswith(".") for p in relative.split("/")):
        return None, f"Image {name!r} is not a raster image ({', '.join(RASTER_SUFFIXES)}); not published"
    if not os.path.isfile(real):
        return None, f"Image {name!r} is not in the seeds folder; no image shown"
    return f"/{MEDIA_KEY}/{relative}", None


def media_file(key: str, roots) -> MediaFile | None:
    """The image behind a ``resolve`` key."""
    relative = key.removeprefix(f"/{MEDIA_KEY}/")
    for root in roots:
        source = os.path.realpath(os.path.join(root, relative))
        if inside(source, os.path.realpath(root)) and os.path.isfile(source):
            save_as = f"{MEDIA_DIR}/{relative}"
            return MediaFile(source, quote(save_as), save_as)
    return None


def register(context: dict, files) -> None:
    """Make each image findable by Pelican's ``{static}`` link replacement."""
    static = context.setdefault("static_content", {})
    for key, media in files.items():
        static[key.lstrip("/")] = media


def copy(files, output_path: str) -> None:
    """Copy the images into the output (contents only: no links, modes or times carried over)."""
    for media in sorted(files.values(), key=lambda m: m.save_as):
        target = os.path.join(output_path, media.save_as)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(media.source, target)
