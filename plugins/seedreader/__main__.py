"""Command line: ``python -m seedreader parse FILE...`` prints each seed's structure as JSON.

``parse --archive DIR FILE...`` reads every seed of DIR first and runs the archive passes
(``passes``): each FILE is shown as the site would have it, archive furniture dropped (with
the reason ``archive furniture: N seeds``), with its copies and which one is canonical.

A file name that starts with ``-`` is a file when that file exists (``parse -draft.txt``);
``--`` still ends the options for one that does not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from .decode import read_seed_text, seed_date
from .errors import SeedError
from .model import SeedArticle
from .parse import parse
from .settings import DEFAULTS


def to_json(seed: SeedArticle, source: str) -> dict:
    """The JSON form of a parsed seed (the command line's output)."""
    date, origin, warnings = seed_date(seed, source)
    return {
        "source": source,
        "title": seed.title,
        "title_derived": seed.title_derived,
        "date": date.isoformat() if date else None,
        "date_origin": origin,
        "lede": seed.lede,
        "dateline": (
            {"text": seed.dateline.text, "place": seed.dateline.place, "agency": seed.dateline.agency}
            if seed.dateline else None
        ),
        "byline": seed.byline,
        "figure": (
            {"caption": seed.figure.caption, "credit": seed.figure.credit, "image": seed.figure.image}
            if seed.figure else None
        ),
        "blocks": [_block_json(b) for b in seed.blocks],
        "sources": list(seed.sources),
        "slug": seed.slug,
        "category": seed.category,
        "tags": list(seed.tags),
        "dropped": [{"line": d.line, "reason": d.reason, "text": d.text} for d in seed.dropped],
        "warnings": list(warnings),
    }


def _block_json(block) -> dict:
    if block.kind == "read_more":
        return {"type": "read_more", "headline": block.text, "line": block.line}
    out = {"type": block.kind, "text": block.text, "line": block.line}
    if block.anchor:
        out["anchor"] = block.anchor
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m seedreader", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser("parse", help="print the structure of seed files as JSON")
    parse_cmd.add_argument("--archive", metavar="DIR",
                           help="run the archive passes (furniture, copies) over the seeds of DIR first")
    parse_cmd.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(_files_after_options(sys.argv[1:] if argv is None else argv))
    if args.archive:
        return _with_archive(args.archive, args.files)

    results, failed = [], False
    for path in args.files:
        try:
            decoded = read_seed_text(path, DEFAULTS["SEEDREADER_MAX_BYTES"])
            seed = parse(decoded.text, source=path, warnings=decoded.warnings)
        except SeedError as error:
            print(f"seedreader: {error}", file=sys.stderr)
            failed = True
            continue
        results.append(to_json(seed, path))
    _print(results, len(args.files))
    return 1 if failed else 0


def _print(results: list[dict], asked: int) -> None:
    output = results[0] if asked == 1 and results else results
    if results or asked > 1:
        json.dump(output, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")


def _with_archive(folder: str, files: list[str]) -> int:
    """``parse --archive DIR FILE...``: the files as the archive passes leave them."""
    from .folder import walk  # noqa: PLC0415 - the archive passes only when asked for
    from .passes import read_archive  # noqa: PLC0415

    if not os.path.isdir(folder):
        print(f"seedreader: {folder}: not a folder", file=sys.stderr)
        return 1
    settings = {**DEFAULTS, "PATH": os.path.abspath(folder), "ARTICLE_PATHS": [""]}
    asked = [os.path.abspath(f) for f in files]
    archive = read_archive(sorted({os.path.abspath(p) for p in walk([folder]).seeds} | set(asked)), settings)
    for path in asked:
        if path in archive.failed:
            print(f"seedreader: {archive.failed[path]}", file=sys.stderr)
    group_of = {key: group for group in archive.groups for key in group.members}
    results = []
    for name, path in zip(files, asked, strict=True):
        story = archive.stories.get(path)
        if story is None:
            continue
        result = to_json(story.seed, name)
        group = group_of.get(path)
        result["canonical"] = _shown(group.canonical) if group else None
        result["copies"] = [_shown(k) for k in group.members if k != path] if group else []
        results.append(result)
    _print(results, len(files))
    return 1 if any(path in archive.failed for path in asked) else 0


def _shown(path: str) -> str:
    """A path as the command line shows it: relative to the working folder."""
    return os.path.relpath(path).replace(os.sep, "/")


#: Options of the ``parse`` command: these stay options even when a file has the name.
_PARSE_OPTIONS = frozenset({"-h", "--help"})
#: ... and those that take a value (the next word).
_PARSE_VALUE_OPTIONS = frozenset({"--archive"})


def _files_after_options(argv: list[str]) -> list[str]:
    """``argv`` with ``--`` put before the ``parse`` arguments that are files, so ``-draft.txt`` is one.

    argparse takes every word starting with ``-`` for an option, but the command has no
    option a seed file could be mistaken for: a word naming an existing file is a file.
    """
    if not argv or argv[0] != "parse" or "--" in argv:
        return argv
    options, files = [], []
    words = iter(argv[1:])
    for arg in words:
        if arg in _PARSE_VALUE_OPTIONS or arg.split("=", 1)[0] in _PARSE_VALUE_OPTIONS:
            options.append(arg)
            if "=" not in arg:
                value = next(words, None)
                if value is not None:
                    options.append(value)
            continue
        is_option = arg in _PARSE_OPTIONS or (arg.startswith("-") and not os.path.isfile(arg))
        (options if is_option else files).append(arg)
    return ["parse", *options, "--", *files] if files else argv


if __name__ == "__main__":
    sys.exit(main())
