"""Command line: ``python -m seedreader parse FILE...`` prints each seed's structure as JSON.

``parse --archive DIR FILE...`` reads every seed of DIR first and runs the archive passes
(``passes``): each FILE is shown as the site would have it, archive furniture dropped (with
the reason ``archive furniture: N seeds``), with its copies and which one is canonical.

A file name that starts with ``-`` is a file when that file exists (``parse -draft.txt``);
``--`` still ends the options for one that does not.

``links`` is an editor's loop over READ MORE lines: it reads and links the archive as the
build does (the build's own reading and ``site.link_archive``, with the same settings and
links file) and lists the lines that are not linked, with their best candidates, scores
and the reason; ``links accept``, ``links none`` and ``links forget`` write decisions to
the links file (``linksfile``), and ``links review`` (bare ``links`` on a terminal) walks
through the lines one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass

from ..errors import SeedError
from ..linking import linksfile
from ..linking.records import NOT_IN_ARCHIVE, RESOLVED, Reference
from ..linking.retrieval import normalise_title
from ..settings import DEFAULTS
from ..text.decode import read_seed_text, seed_date
from ..text.model import SeedArticle
from ..text.parse import parse


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
            if seed.dateline
            else None
        ),
        "byline": seed.byline,
        "figure": (
            {"caption": seed.figure.caption, "credit": seed.figure.credit, "image": seed.figure.image}
            if seed.figure
            else None
        ),
        "notes": [_block_json(b) for b in seed.notes],
        "key_points": list(seed.key_points),
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
    if block.cite:
        out["cite"] = block.cite
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m seedreader", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser("parse", help="print the structure of seed files as JSON")
    parse_cmd.add_argument(
        "--archive",
        metavar="DIR",
        help="run the archive passes (furniture, copies) over the seeds of DIR first",
    )
    parse_cmd.add_argument("files", nargs="+", metavar="FILE")
    _add_links_command(commands)
    args = parser.parse_args(_files_after_options(sys.argv[1:] if argv is None else argv))
    if args.command == "links":
        return links_command(args)
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
    from ..integration.folder import walk
    from ..integration.passes import read_archive

    if not os.path.isdir(folder):
        print(f"seedreader: {folder}: not a folder", file=sys.stderr)
        return 1
    settings = {**DEFAULTS, "PATH": os.path.abspath(folder), "ARTICLE_PATHS": [""]}
    asked = [os.path.abspath(f) for f in files]
    found = walk([folder], links_file=linksfile.links_path(settings)).seeds
    archive = read_archive(sorted({os.path.abspath(p) for p in found} | set(asked)), settings)
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


# -- links: the editor's loop over READ MORE lines ---------------------------------------------

#: What the walk-through asks after each line.
REVIEW_PROMPT = (
    "{numbers}a candidate's number (or a story's seed path or slug), n not in this archive, s skip, q quit: "
)
#: The settings file ``links`` reads when none is named: the site's, in the working folder.
DEFAULT_SETTINGS = "pelicanconf.py"
#: A READ MORE line's or a candidate's number, as given on the command line (ASCII digits:
#: ``str.isdigit`` takes "²", which ``int`` does not).
NUMBER_RE = re.compile(r"[0-9]+")
#: How a line decided by hand is marked in the list, by its stage.
DECIDED_BY = {"pin": ", pinned", "override": ", by SEEDREADER_READ_MORE_OVERRIDES"}


class CommandError(Exception):
    """What the command line says before it stops with status 1 (a wrong name, a missing file)."""


def _add_links_command(commands) -> None:
    """The ``links`` command and its subcommands (``list``, ``accept``, ``none``, ``forget``, ``review``)."""
    # Accepted before or after the subcommand: SUPPRESS keeps a subcommand's unset copy from
    # overwriting what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--seeds",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the seeds folder (default: the settings' ARTICLE_PATHS)",
    )
    common.add_argument(
        "--settings",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=f"the site's Pelican settings (default: ./{DEFAULT_SETTINGS})",
    )
    listing = argparse.ArgumentParser(add_help=False)
    listing.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the list as JSON (never walks through it)",
    )
    listing.add_argument(
        "--all",
        action="store_true",
        default=argparse.SUPPRESS,
        help="every READ MORE line, linked and decided ones too (never walks through them)",
    )
    links = commands.add_parser(
        "links",
        parents=[common, listing],
        help="READ MORE lines that are not linked, and decisions on them",
        description="Without a subcommand: walk through the lines that need a decision when on a terminal, "
        "else list them.",
    )
    actions = links.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", parents=[common, listing], help="list the lines that need a decision")
    actions.add_parser("review", parents=[common], help="walk through them, deciding each")
    line_help = "the READ MORE line: its line number in the seed, or its headline"
    accept = actions.add_parser("accept", parents=[common], help="pin a line to a story")
    accept.add_argument("seed", metavar="SEED", help="the seed's path in the seeds folder (as listed)")
    accept.add_argument("line", metavar="LINE_OR_HEADLINE", help=line_help)
    accept.add_argument(
        "target", metavar="CANDIDATE", help="a listed candidate's number, or a story's seed path or slug"
    )
    for name, what in (("none", "pin a line as not in this archive"), ("forget", "remove a line's pin")):
        action = actions.add_parser(name, parents=[common], help=what)
        action.add_argument("seed", metavar="SEED", help="the seed's path in the seeds folder (as listed)")
        action.add_argument("line", metavar="LINE_OR_HEADLINE", help=line_help)


def links_command(args, stdin=None, stdout=None) -> int:
    """``python -m seedreader links ...``: list, decide or walk through READ MORE lines."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    listing = getattr(args, "json", False) or getattr(args, "all", False)
    walk = stdin.isatty() and stdout.isatty() and not listing
    action = args.action or ("review" if walk else "list")
    _quiet_logging()
    try:
        if action == "forget" and not NUMBER_RE.fullmatch(args.line):
            return _forget_headline(_links_settings(args), args.seed, args.line, stdout)
        linked = link_like_the_build(_links_settings(args))
        if action == "list":
            return _list(linked, getattr(args, "all", False), getattr(args, "json", False), stdout)
        if action == "review":
            return review(linked, stdin, stdout)
        ref = linked.reference(linked.seed_key(args.seed), args.line)
        if action == "accept":
            _pin(linked, ref, linked.target(ref, args.target), stdout)
        elif action == "none":
            _pin(linked, ref, "", stdout)
        else:
            _forget(linked.settings, [ref.source, *linked.canonical_of(ref.source)], ref.headline, stdout)
    except CommandError as error:
        print(f"seedreader: {error}", file=sys.stderr)
        return 1
    return 0


def _quiet_logging() -> None:
    """Warnings (a skipped seed, a stale pin) on stderr, one line each; Pelican's chatter off.

    Reading the archive logs what the build does (undated seeds, repairs): a few of each kind
    and how to see the rest, through Pelican's own limit, as a build's log shows them.
    """
    import logging  # noqa: PLC0415 - only the links command logs

    from pelican.log import LimitFilter  # noqa: PLC0415

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
        logging.getLogger().handlers[0].addFilter(LimitFilter())
    logging.getLogger("pelican").setLevel(logging.ERROR)


def _links_settings(args) -> dict:
    """The site's Pelican settings, pointed at ``--seeds`` when given (as ``invoke build --seeds``)."""
    from ..engine.build import load_settings

    settings_file = getattr(args, "settings", None) or DEFAULT_SETTINGS
    if not os.path.isfile(settings_file):
        raise CommandError(
            f"{settings_file}: no such settings file (run this in the site's folder, "
            "or name its settings with --settings FILE)"
        )
    seeds = getattr(args, "seeds", None)
    if seeds and not os.path.isdir(seeds):
        raise CommandError(f"{seeds}: not a folder")
    settings = load_settings(settings_file, seeds, overrides={"SEEDREADER_PROGRESS": False})
    if not linksfile.links_path(settings):
        raise CommandError(f"{linksfile.SETTING} is empty in {settings_file}: there is no links file")
    return settings


@dataclass(frozen=True, slots=True)
class Linked:
    """The archive read and linked as the build does it, and what the links commands need of it."""

    settings: dict
    path: str
    """The links file, absolute."""
    name: str
    """... as messages name it (``seeds/links.toml``)."""
    references: tuple
    """Every READ MORE reference (``records.Reference``) the build reports, by seed and line."""
    titles: dict[str, str]
    """Seed path -> title, of every story (copies too)."""
    slugs: dict[str, str]
    """Slug -> seed path."""
    canonical: dict[str, str]
    """A copy's seed path -> its canonical copy's (``copies``): what a pin to a copy links, and
    where a copy's lines are pinned."""
    warnings: tuple[dict, ...]
    """The build report's warnings about the links file."""

    def seed_key(self, name: str) -> str:
        """A seed named by its path in the seeds folder, or by a path to its file from here."""
        if name in self.titles:
            return name
        folder = linksfile.seeds_folder(self.settings)
        if os.path.isfile(name):
            relative = os.path.relpath(os.path.abspath(name), folder).replace(os.sep, "/")
            if relative in self.titles:
                return relative
        raise CommandError(
            f"{name}: no such seed in {folder} (name it by its path there, as `links` lists it)"
        )

    def canonical_of(self, seed: str) -> list[str]:
        """The canonical copy of a copy (whose READ MORE lines are linked as that story's); none else."""
        return [self.canonical[seed]] if seed in self.canonical else []

    def reference(self, seed: str, line: str) -> Reference:
        """The seed's READ MORE line at a line number, or with this headline."""
        mine = [r for r in self.references if r.source == seed]
        if NUMBER_RE.fullmatch(line):
            found = [r for r in mine if r.line == int(line)]
        else:
            found = [r for r in mine if normalise_title(r.headline) == normalise_title(line)]
        if not found:
            lines = "; ".join(f'{r.line}: "{r.headline}"' for r in mine) or "none"
            raise CommandError(f"{seed} has no READ MORE line {line!r} (its lines: {lines})")
        return found[0]

    def target(self, ref: Reference, name: str) -> str:
        """The story a candidate's number, a seed path or a slug names, as a seed path."""
        if NUMBER_RE.fullmatch(name):
            number = int(name)
            if not 1 <= number <= len(ref.candidates):
                pinned = " (pinned: name a story by its seed path or slug)" if ref.stage == "pin" else ""
                raise CommandError(
                    f"{ref.source}:{ref.line} has {len(ref.candidates)} candidates, not {number}{pinned}"
                )
            key = ref.candidates[number - 1].key
        else:
            key = name if name in self.titles else self.slugs.get(name) or self._file_key(name)
            if key is None:
                raise CommandError(f"{name}: no story of the archive has this seed path or slug")
        key = self.canonical.get(key, key)
        if key == self.canonical.get(ref.source, ref.source):
            raise CommandError(f"{key}: a story does not link to itself")
        return key

    def _file_key(self, name: str) -> str | None:
        try:
            return self.seed_key(name)
        except CommandError:
            return None

    def reason(self, ref: Reference) -> str:
        """Why a line is linked as it is, or not linked."""
        if ref.note:  # the resolver gives every line it does not link a reason
            return ref.note
        if ref.status == RESOLVED:
            return f"linked ({ref.stage})"
        return ref.stage or ""

    def undecided(self, everything: bool = False) -> list:
        """The lines that need a decision: not linked, and not decided "not in this archive".

        By the links file or by ``SEEDREADER_READ_MORE_OVERRIDES`` (whose lines that do link
        are linked): a line pinned to a story that is gone needs a decision again.
        """
        if everything:
            return list(self.references)
        return [
            r
            for r in self.references
            if r.status != RESOLVED and not (r.stage in DECIDED_BY and r.note == NOT_IN_ARCHIVE)
        ]


def link_like_the_build(settings: dict) -> Linked:
    """Read and link the archive as a build with these settings does, writing nothing.

    Pelican's article generator runs as the build runs it (``parallel.ParallelPelican``: the
    seeds folder's walk, the read-ahead, the archive passes, distinct URLs); its context step
    ends with the plugin's ``site.build_story_graph``, which links the archive with the links
    file. The pages are never written.
    """
    from ..engine.parallel import ParallelPelican
    from ..integration.generators import SortedArticlesGenerator
    from ..integration.links import canonical_of
    from ..integration.report import report_of
    from ..integration.site import ARCHIVE_KEY

    pelican = ParallelPelican(settings)
    context = {
        **pelican.settings,
        "generated_content": {},
        "static_links": set(),
        "static_content": {},
        "localsiteurl": pelican.settings["SITEURL"],
    }
    generator = SortedArticlesGenerator(
        context=context,
        settings=pelican.settings,
        path=pelican.path,
        theme=pelican.theme,
        output_path=pelican.output_path,
    )
    generator.generate_context()
    archive = context[ARCHIVE_KEY]
    if archive.links_unreadable:  # the build goes on without pins; an editor's command must not
        raise CommandError(f"links file {archive.links_unreadable}")
    copies = [a for a in generator.hidden_articles if getattr(a, "copy_of", None) is not None]
    stories = [*generator.articles, *copies]
    path = linksfile.links_path(settings)
    name = linksfile.shown(path, settings)
    return Linked(
        settings=settings,
        path=path,
        name=name,
        references=tuple(sorted(archive.references, key=lambda r: (r.source, r.line))),
        titles={a.seed_path: a.seed.title for a in stories},
        slugs={a.slug: a.seed_path for a in stories},
        canonical=canonical_of(copies),
        warnings=tuple(w for w in report_of(generator).get("warnings", []) if w.get("source") == name),
    )


def _list(linked: Linked, everything: bool, as_json: bool, stdout) -> int:
    """Print the lines that need a decision (every line with ``everything``)."""
    references = linked.undecided(everything)
    if as_json:
        data = {
            "links_file": linked.name,
            "references": [_entry(linked, r) for r in references],
            "warnings": [w["warning"] for w in linked.warnings],
        }
        json.dump(data, stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
        return 0
    for ref in references:
        stdout.write(_shown_reference(linked, ref))
    if not references:
        stdout.write("Every READ MORE line is linked or decided.\n")
    elif not everything:
        stdout.write(
            f"\n{len(references)} READ MORE lines need a decision. Decide one with\n"
            "  python -m seedreader links accept SEED LINE NUMBER   (or a seed path, or a slug)\n"
            "  python -m seedreader links none SEED LINE            (not in this archive)\n"
            "or walk through them with `python -m seedreader links review`; "
            f"{linked.name} keeps the decisions, the next build applies them.\n"
        )
    return 0


def _entry(linked: Linked, ref: Reference) -> dict:
    """One READ MORE line in ``links --json``."""
    return {
        "source": ref.source,
        "line": ref.line,
        "headline": ref.headline,
        "status": ref.status,
        "stage": ref.stage,
        "pinned": ref.stage == "pin",
        "reason": linked.reason(ref),
        "score": ref.score,
        "target": ref.target,
        "candidates": [
            {"number": number, "source": c.key, "title": linked.titles.get(c.key, ""), "score": c.score}
            for number, c in enumerate(ref.candidates, 1)
        ],
    }


def _shown_reference(linked: Linked, ref: Reference) -> str:
    """One READ MORE line as ``links`` lists it: where, status, headline, why, then its candidates."""
    decided = DECIDED_BY.get(ref.stage, "")
    lines = [f'{ref.source}:{ref.line}  {ref.status}{decided}  "{ref.headline}"', f"    {linked.reason(ref)}"]
    if ref.status == RESOLVED:
        lines.append(f'    -> {ref.target}  "{linked.titles.get(ref.target, "")}"')
    for number, candidate in enumerate(ref.candidates if ref.status != RESOLVED else (), 1):
        title = linked.titles.get(candidate.key, "")
        lines.append(f'    {number}. {candidate.score:.3f}  {candidate.key}  "{title}"')
    return "\n".join(lines) + "\n"


def review(linked: Linked, stdin, stdout) -> int:
    """Walk through the lines that need a decision, asking for each; every answer is saved at once."""
    references = linked.undecided()
    if not references:
        stdout.write("Every READ MORE line is linked or decided.\n")
        return 0
    pinned = skipped = 0
    try:
        for place, ref in enumerate(references, 1):
            stdout.write(f"\n[{place}/{len(references)}] " + _shown_reference(linked, ref))
            answer = _ask(linked, ref, stdin, stdout)
            if answer is None:
                break
            if answer == "skip":
                skipped += 1
                continue
            _pin(linked, ref, answer, stdout)
            pinned += 1
    except KeyboardInterrupt:  # Ctrl-C: the answers given are saved already
        stdout.write("\n")
    left = len(references) - pinned - skipped
    stdout.write(
        f"\n{pinned} pinned, {skipped} skipped, {left} not seen. "
        f"{linked.name} keeps the decisions; the next build applies them.\n"
    )
    return 0


def _ask(linked: Linked, ref: Reference, stdin, stdout) -> str | None:
    """One decision: a story's seed path, "" (not in this archive), "skip", or None to stop."""
    count = len(ref.candidates) if ref.status != RESOLVED else 0
    numbers = f"1-{count} " if count > 1 else ("1 " if count else "")
    while True:
        stdout.write(REVIEW_PROMPT.format(numbers=numbers))
        stdout.flush()
        line = stdin.readline()
        if not line:  # end of input: stop where we are
            stdout.write("\n")
            return None
        answer = line.strip()
        if answer.lower() in ("q", "quit"):
            return None
        if answer.lower() in ("s", "skip", ""):
            return "skip"
        if answer.lower() in ("n", "none"):
            return ""
        try:
            return linked.target(ref, answer)
        except CommandError as error:
            stdout.write(f"{error}\n")


def _pin(linked: Linked, ref: Reference, target: str, stdout) -> None:
    """Write one decision to the links file and say what it was.

    A copy's line is pinned in its canonical copy's table: the build links a copy's READ
    MORE lines as that story's (a pin the copy's own table had for the line goes).
    """
    document = _load(linked.path, linked.name)
    title = linked.titles.get(target, "")
    seed = linked.canonical.get(ref.source, ref.source)
    if seed != ref.source:
        replaced = linksfile.remove_pin(document, ref.source, ref.headline)
        stdout.write(
            f"{ref.source} is a copy of {seed}, whose READ MORE lines it shares: its lines are "
            f"pinned as that story's{', its own pin of the line replaced' if replaced else ''}\n"
        )
    linksfile.set_pin(document, seed, ref.headline, target, title)
    linksfile.save(document, linked.path)
    decided = f'{target} "{title}"' if target else "not in this archive"
    pinned_in = f" (pinned in [{seed}])" if seed != ref.source else ""
    stdout.write(f'{linked.name}: {ref.source}:{ref.line} "{ref.headline}" -> {decided}{pinned_in}\n')


def _forget(settings: dict, seeds: list[str], headline: str, stdout) -> int:
    """Remove the pins of ``headline`` in the tables of ``seeds`` (a copy, then its canonical copy)."""
    path = linksfile.links_path(settings)
    name = linksfile.shown(path, settings)
    document = _load(path, name)
    removed = [seed for seed in seeds if linksfile.remove_pin(document, seed, headline)]
    if not removed:
        raise CommandError(f'{name} has no pin of "{headline}" in {" or ".join(seeds)}')
    linksfile.save(document, path)
    for seed in removed:
        copy = f" (canonical copy of {seeds[0]}, whose lines are pinned there)" if seed != seeds[0] else ""
        stdout.write(f'{name}: {seed}{copy} "{headline}" forgotten: the next build links it again\n')
    return 0


def _forget_headline(settings: dict, seed: str, headline: str, stdout) -> int:
    """``links forget SEED HEADLINE``: by the file alone (the seed may have lost the line).

    When the seed's table has no such pin, the archive is read: a copy's line is pinned
    in its canonical copy's table.
    """
    folder = linksfile.seeds_folder(settings)
    if os.path.isfile(seed) and not os.path.isfile(os.path.join(folder, seed)):
        seed = os.path.relpath(os.path.abspath(seed), folder).replace(os.sep, "/")
    path = linksfile.links_path(settings)
    table = _load(path, linksfile.shown(path, settings)).get(seed)
    if not any(normalise_title(key) == normalise_title(headline) for key in table or ()):
        return _forget(settings, [seed, *link_like_the_build(settings).canonical_of(seed)], headline, stdout)
    return _forget(settings, [seed], headline, stdout)


def _load(path: str, name: str):
    try:
        return linksfile.load(path, name)
    except linksfile.LinksFileError as error:
        raise CommandError(f"links file {error}") from error


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
