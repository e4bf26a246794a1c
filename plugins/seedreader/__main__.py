"""Command line: ``python -m seedreader parse FILE...`` prints each seed's structure as JSON.

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
    parse_cmd.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(_files_after_options(sys.argv[1:] if argv is None else argv))

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
    output = results[0] if len(args.files) == 1 and results else results
    if results or len(args.files) > 1:
        json.dump(output, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 1 if failed else 0


#: Options of the ``parse`` command: these stay options even when a file has the name.
_PARSE_OPTIONS = frozenset({"-h", "--help"})


def _files_after_options(argv: list[str]) -> list[str]:
    """``argv`` with ``--`` put before the ``parse`` arguments that are files, so ``-draft.txt`` is one.

    argparse takes every word starting with ``-`` for an option, but the command has no
    option a seed file could be mistaken for: a word naming an existing file is a file.
    """
    if not argv or argv[0] != "parse" or "--" in argv:
        return argv
    options, files = [], []
    for arg in argv[1:]:
        is_option = arg in _PARSE_OPTIONS or (arg.startswith("-") and not os.path.isfile(arg))
        (options if is_option else files).append(arg)
    return ["parse", *options, "--", *files] if files else argv


if __name__ == "__main__":
    sys.exit(main())
