"""Gather the real-page set again on a new machine: which pages to look up, and write each one checked.

Exit status: 0 when written and matched, 1 when written but its SHA-1 differs, 2 for a usage error.

    python bench/realpages_gather.py status SET [SET ...] [--pages DIR]   # id, url | query of each
    python bench/realpages_gather.py put ID EXCERPT_FILE [--pages DIR]

The page texts live outside the repository (``bench/realpages/README.md``). To gather them, run
each label's ``query`` through the ``search`` tool's ``pages`` corpus, take the result whose ``url``
is the label's, save its ``excerpt`` value as the tool printed it, a JSON string literal with its
quotes and escapes, to a file, and ``put`` it: the text is decoded, checked against the label's
SHA-1 and written to ``PAGES/<id>.txt``. The tool's output shows a no-break space as a plain one,
so where the SHA-1 differs the spaces a no-break space often stands for (doubled, trailing) are
tried as such before the text is written as it came, with ``MISMATCH`` printed.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import re
import sys
from collections.abc import Iterator

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "realpages")
sys.path.insert(0, HERE)

from realpages import PAGES  # noqa: E402

NO_BREAK = "\xa0"
#: Spaces tried one and two at a time as no-break spaces, on texts with at most this many.
PAIRS_UP_TO = 40


def labels() -> dict[str, tuple[str, dict]]:
    """Every label by page id: (its set's folder name, the label)."""
    found = {}
    for folder in sorted(os.listdir(LABELS)):
        path = os.path.join(LABELS, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith(".json"):
                with open(os.path.join(path, name), encoding="utf-8") as handle:
                    label = json.load(handle)
                found[label["id"]] = (folder, label)
    return found


def variants(text: str) -> Iterator[str]:
    """``text``, then with spaces that may have been no-break ones made so."""
    yield text
    for old, new in (("  ", " " + NO_BREAK), ("  ", NO_BREAK + " "), ("  ", NO_BREAK * 2)):
        yield text.replace(old, new)
    yield re.sub(r" (?=\n|$)", NO_BREAK, text)
    yield re.sub(r" (?=\n|$)", NO_BREAK, text.replace("  ", " " + NO_BREAK))
    spots = [
        i
        for i, char in enumerate(text)
        if char == " " and (i + 1 == len(text) or text[i + 1] in " \n" or (i and text[i - 1] == " "))
    ]
    for i in spots:
        yield text[:i] + NO_BREAK + text[i + 1 :]
    if len(spots) <= PAIRS_UP_TO:
        for i, j in itertools.combinations(spots, 2):
            yield text[:i] + NO_BREAK + text[i + 1 : j] + NO_BREAK + text[j + 1 :]


def put(page_id: str, excerpt_file: str, pages: str) -> bool:
    """Write the excerpt saved in ``excerpt_file`` as page ``page_id``; whether its SHA-1 matched."""
    with open(excerpt_file, encoding="utf-8") as handle:
        text = json.loads(handle.read().strip())
    want = labels()[page_id][1]["sha1"]
    chosen = next((v for v in variants(text) if hashlib.sha1(v.encode()).hexdigest() == want), None)
    os.makedirs(pages, exist_ok=True)
    with open(os.path.join(pages, f"{page_id}.txt"), "w", encoding="utf-8", newline="") as handle:
        handle.write(text if chosen is None else chosen)
    return chosen is not None


def main(argv: list[str] | None = None) -> int:
    """``status`` or ``put``, as the module's docstring says."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--pages", default=PAGES, help="where the page texts go (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", parents=[common], help="the pages of these sets not gathered yet")
    status.add_argument("sets", nargs="+")
    one = commands.add_parser("put", parents=[common], help="write one page from its saved excerpt, checked")
    one.add_argument("id")
    one.add_argument("excerpt_file")
    args = parser.parse_args(argv)
    known = labels()
    if args.command == "status":
        if unknown := set(args.sets) - {folder for folder, _ in known.values()}:
            parser.error(f"no such set of labels: {', '.join(sorted(unknown))}")
        for page_id, (folder, label) in sorted(known.items()):
            if folder in args.sets and not os.path.exists(os.path.join(args.pages, f"{page_id}.txt")):
                print(page_id, label["url"], "|", label["query"])
        return 0
    if args.id not in known:
        parser.error(f"no label has the id {args.id}")
    try:
        matched = put(args.id, args.excerpt_file, args.pages)
    except (OSError, ValueError) as error:  # (json.JSONDecodeError is a ValueError)
        parser.error(f"{args.excerpt_file}: {error}")
    print(args.id, "OK" if matched else "MISMATCH (written as it came)")
    return 0 if matched else 1


if __name__ == "__main__":
    sys.exit(main())
