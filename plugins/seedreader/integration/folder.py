"""The seeds folder: which files are seeds, which images may be published, what is refused and why.

Nothing is copied from the seeds folder as it is. The walk here decides, once per build,
what Pelican reads (the seeds) and which other files the site may publish (raster images a
seed names, see ``media``); every other entry is either recognised and left alone silently
(version-control folders, the links file ``SEEDREADER_LINKS_FILE`` names, the build's own
output) or listed in the build report as "not published" with its reason (what
``--strict`` fails on).

Links are followed only when their target stays inside the seeds folder, each file and
folder is taken once however many links lead to it, and special files (FIFOs, sockets,
devices) are never opened.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from .outputs import RECORD, REPORT_MARK, WORK

#: What a seed file's name ends with (``STORY.TXT`` is a seed too).
SEED_SUFFIXES = (".txt", ".TXT")
#: Images a seed may name (its ``Image:`` header) and the site may publish: raster formats
#: only, never SVG or HTML, which run scripts at the site's origin.
RASTER_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")
#: Version-control folders: never read, published or reported.
VCS_FOLDERS = frozenset({".git", ".hg", ".svn", ".bzr", ".jj", "CVS"})
#: Files and folders that mark a Seed Reader output folder.
OUTPUT_MARKS = (RECORD, WORK, REPORT_MARK)


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An entry of the seeds folder that did not become part of the site, and why."""

    path: str
    """Relative to the seeds folder, with ``/``."""
    reason: str


@dataclass(frozen=True, slots=True)
class SeedFolder:
    """What one walk of the seeds folders found."""

    seeds: tuple[str, ...]
    """Seed files, absolute (as reached: a link inside the folder keeps its own path), sorted."""
    images: dict
    """Raster images: real absolute path -> path relative to its seeds folder."""
    refused: tuple[LeftOut, ...]
    """Entries that are neither seeds nor images, nor silently ignored."""
    roots: tuple[str, ...]
    """The seeds folders, real absolute paths."""


def walk(roots, ignore=(), links_file: str | None = None) -> SeedFolder:
    """Walk the seeds folders (absolute paths); ``ignore``: folders to skip silently (the output).

    ``links_file``: the links file of READ MORE pins (``linksfile``), read by the linker and
    never published: skipped silently where the walk finds it.
    """
    links = {os.path.abspath(links_file), os.path.realpath(links_file)} if links_file else set()
    walker = _Walker({os.path.realpath(p) for p in ignore if p}, links)
    for root in roots:
        walker.root(os.path.abspath(root))
    # Links last: a file reached both ways is taken at its own place, the link reported.
    while walker.links:
        walker.entry(*walker.links.pop(0), known=None, follow=True)
    return SeedFolder(
        tuple(sorted(walker.seeds)),
        walker.images,
        tuple(sorted(walker.refused, key=lambda r: r.path)),
        tuple(walker.roots),
    )


class _Walker:
    def __init__(self, ignore: set[str], links_file: set[str]) -> None:
        self.ignore = ignore
        self.links_file = links_file  # as the settings name it, and the file it is (when a link)
        self.seeds: list[str] = []
        self.images: dict[str, str] = {}
        self.refused: list[LeftOut] = []
        self.roots: list[str] = []
        self.links: list[tuple] = []
        """Links inside the seeds folder, followed once every real entry is taken."""
        self.seen: dict[tuple[int, int], str] = {}
        """(device, inode) of every file and folder taken -> its path relative to the root."""

    def root(self, root: str) -> None:
        real = os.path.realpath(root)
        if not os.path.isdir(real):
            return
        self.roots.append(real)
        info = os.stat(real)
        self.seen[(info.st_dev, info.st_ino)] = "."
        self.folder(root, real, real, "")

    def folder(self, path: str, real: str, real_root: str, relative: str) -> None:
        """Walk a folder; ``real``: its real path (only links need ``realpath``, which is slow).

        What ``scandir`` knows of an entry that is not a link (its type and inode) is used
        as it is: one ``stat`` a folder, not one an entry.
        """
        try:
            device = os.stat(path).st_dev
            with os.scandir(path) as scanned:
                entries = sorted(scanned, key=lambda e: e.name)
        except OSError as error:
            self.refuse(relative or ".", f"cannot read folder: {error.strerror or error}")
            return
        for entry in entries:
            known = None
            if not entry.is_symlink():
                if entry.is_dir(follow_symlinks=False):
                    mode = stat.S_IFDIR
                elif entry.is_file(follow_symlinks=False):
                    mode = stat.S_IFREG
                else:
                    mode = entry.stat(follow_symlinks=False).st_mode
                known = ((device, entry.inode()), mode)
            self.entry(
                entry.path,
                entry.name,
                os.path.join(real, entry.name),
                real_root,
                f"{relative}/{entry.name}" if relative else entry.name,
                known,
            )

    def entry(
        self,
        path: str,
        name: str,
        real: str,
        real_root: str,
        relative: str,
        known: tuple | None = None,
        follow: bool = False,
    ) -> None:
        """Take one entry; ``known``: ((device, inode), mode) of one that is not a link, else None."""
        if name in VCS_FOLDERS or path in self.links_file or real in self.links_file:
            return
        if name.startswith("."):
            kind = "folder" if os.path.isdir(path) and not os.path.islink(path) else "file"
            self.refuse(relative, f"hidden {kind}: never published")
            return
        if known is None:  # a link
            real = os.path.realpath(path)
            if not inside(real, real_root):
                self.refuse(relative, "link to a place outside the seeds folder: not followed")
                return
            if not follow and os.path.lexists(real):
                self.links.append((path, name, real, real_root, relative))
                return
            try:
                info = os.stat(path)
            except OSError:
                self.refuse(relative, "cannot read: broken link")
                return
            known = ((info.st_dev, info.st_ino), info.st_mode)
        key, mode = known
        if stat.S_ISDIR(mode) and (real in self.ignore or any(inside(real, i) for i in self.ignore)):
            return  # the build's own output (or cache) inside the seeds folder
        if key in self.seen:
            self.refuse(
                relative,
                f"the same {'folder' if stat.S_ISDIR(mode) else 'file'} as {self.seen[key]}, taken there",
            )
            return
        self.seen[key] = relative
        if stat.S_ISDIR(mode):
            if any(os.path.lexists(os.path.join(path, mark)) for mark in OUTPUT_MARKS):
                return  # a site built into the seeds folder: the build's own output
            self.folder(path, real, real_root, relative)
        elif not stat.S_ISREG(mode):
            self.refuse(relative, f"special file ({_kind(mode)}): never read")
        elif name.endswith(SEED_SUFFIXES):
            self.seeds.append(path)
        elif name.lower().endswith(RASTER_SUFFIXES):
            self.images[real] = os.path.relpath(real, real_root).replace(os.sep, "/")
        else:
            self.refuse(relative, _not_a_seed(name))

    def refuse(self, relative: str, reason: str) -> None:
        self.refused.append(LeftOut(relative, reason))


def _not_a_seed(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    if suffix in (".svg", ".svgz", ".html", ".htm", ".xhtml", ".js"):
        return f"{suffix} files can run scripts at the site's origin: never published"
    if suffix == ".txt":
        return "name the file .txt (or .TXT) to have it read as a seed"
    if not suffix:
        return "no .txt extension: not read as a seed"
    return f"not a seed (.txt) or a raster image ({', '.join(RASTER_SUFFIXES)})"


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


def inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or under it (both real, absolute)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
