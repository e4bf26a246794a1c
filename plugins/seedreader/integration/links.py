"""The links file and the overrides setting on the graph: pins, what they pin, and warnings.

The editor's READ MORE decisions (``linking.linksfile``) are read against the build's
stories: each pin is keyed by its seed's canonical copy, and a pin whose seed, headline or
story is gone is a warning, never a failure.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from ..linking import linksfile
from ..linking.records import NOT_IN_ARCHIVE, PINNED_TO_MISSING, RESOLVED, LinkOptions
from ..linking.retrieval import normalise_title
from ..settings import Options

logger = logging.getLogger(__name__)

#: What the log says once the links file's warnings repeat (Pelican's ``limit_msg``).
LINKS_LIMIT_MSG = "More warnings about the links file's pins: see the build report's warnings"


def resolver_options(options: Options, pins: Mapping[tuple[str, str], str]) -> LinkOptions:
    """How READ MORE lines are resolved: the settings' thresholds and overrides, and these pins."""
    return LinkOptions(
        threshold=options.read_more_threshold,
        margin=options.read_more_margin,
        overrides=options.read_more_overrides,
        pins=pins,
        related_count=options.related_count,
    )


@dataclass(frozen=True, slots=True)
class Links:
    """The links file's pins as the resolver takes them, and what is wrong with the file's entries."""

    name: str
    """The file as messages name it (``seeds/links.toml``)."""
    pins: dict[tuple[str, str], str]
    """(seed key, normalised headline) -> the story's seed key (as written when no story has that
    seed path or slug), "" for not in this archive."""
    written: dict[tuple[str, str], tuple[str, str]]
    """The same keys -> (seed, target) as the file gives them (for messages)."""
    warnings: list[dict]
    unreadable: str | None = None
    """Why the file could not be read (its name, line and what is wrong), when it could not."""


def read_links(settings, articles, copies) -> Links:
    """The links file's pins for this archive (none, and why, when it cannot be read).

    A copy's READ MORE lines (``copies``) are resolved as if its canonical copy named them:
    their pins are the canonical copy's, in its table (where its copies' headlines may be
    pinned too) or in the copy's own; where two disagree, the canonical table's wins, else
    the first copy's, and the other is a warning. A pin to a copy (by seed path or slug)
    links its canonical copy.
    """
    path = linksfile.links_path(settings)
    name = linksfile.shown(path, settings) if path else ""
    try:
        pins = linksfile.read_pins(path, name) if path else ()
    except linksfile.LinksFileError as error:
        # No pin applied: lines are judged as if there were no file, and the report says why.
        logger.error("Links file %s: no pin applied", error)
        return Links(name, {}, {}, [], unreadable=f"{error}")
    story = _story_names(articles, copies)
    canonical = canonical_of(copies)
    headlines = {
        a.seed_path: {normalise_title(b.text) for b in a.seed.read_more} for a in [*articles, *copies]
    }
    for copy, original in canonical.items():
        headlines[original] = headlines[original] | headlines[copy]
    found, written, warnings = {}, {}, []
    # The canonical copies' tables first: their pins win over a copy's.
    for pin in sorted(pins, key=lambda p: p.seed in canonical):
        norm = normalise_title(pin.headline)
        entry = linksfile.entry(pin.seed, pin.headline)
        if pin.seed not in headlines:
            warnings.append(f"{entry}: no seed {pin.seed} in the archive; pin unused")
            continue
        if norm not in headlines[pin.seed]:
            warnings.append(
                f"{entry}: {pin.seed} has no such READ MORE line (edited or removed?); pin unused"
            )
            continue
        key = (canonical.get(pin.seed, pin.seed), norm)
        target = story(pin.target) if pin.target else ""
        if key in found:
            if found[key] != target:
                seed, first = written[key]
                warnings.append(
                    f"{entry}: {pin.seed} is a copy of {key[0]}, whose READ MORE lines are "
                    f"linked as that story's, and {linksfile.entry(seed, pin.headline)} pins the "
                    f"line to {_pin_text(first)}, which wins; pin unused"
                )
            continue
        found[key], written[key] = target, (pin.seed, pin.target)
    return Links(name, found, written, [{"source": name, "warning": w} for w in warnings])


def canonical_of(copies) -> dict[str, str]:
    """Each copy's seed path -> its canonical copy's."""
    return {a.seed_path: a.copy_of.seed_path for a in copies}


def _pin_text(target: str) -> str:
    """A pin's target as messages give it."""
    return f'"{target}"' if target else "false (not in this archive)"


def _story_names(articles, copies):
    """What turns a seed path or slug into the story it names, as its canonical copy's seed path.

    A name no story has is returned as it is.
    """
    canonical = canonical_of(copies)
    keys = {a.seed_path for a in articles} | canonical.keys()
    slugs = {a.slug: a.seed_path for a in [*articles, *copies]}

    def story(name: str) -> str:
        key = name if name in keys else slugs.get(name, name)
        return canonical.get(key, key)

    return story


def pin_warnings(links: Links, references, options: Options, articles, copies) -> list[dict]:
    """Pins that link nowhere they were meant to, and overrides that disagree with a pin (which wins)."""
    canonical = canonical_of(copies)
    story = _story_names(articles, copies)
    overrides = {normalise_title(k): v for k, v in options.read_more_overrides.items()}
    pinned_lines = {}  # one line a pin decides (the pinning seed's own, if it has the line)
    for ref in references:
        key = (canonical.get(ref.source, ref.source), normalise_title(ref.headline))
        if (
            ref.stage == "pin"
            and key in links.written
            and (key not in pinned_lines or ref.source == links.written[key][0] != pinned_lines[key].source)
        ):
            pinned_lines[key] = ref
    warnings = []
    for (_, norm), ref in pinned_lines.items():
        seed, target = links.written[(canonical.get(ref.source, ref.source), norm)]
        where = f'{ref.source}:{ref.line} READ MORE "{ref.headline}"'
        if ref.note == PINNED_TO_MISSING:
            warnings.append(f'{where} is pinned to "{target}", which is not in the archive: not linked')
        elif ref.status != RESOLVED and ref.note != NOT_IN_ARCHIVE:
            warnings.append(f"{where}: {ref.note}: not linked")
        if norm in overrides and story(overrides[norm]) != story(target):
            override = f'"{overrides[norm]}"' if overrides[norm] else '"" (never link)'
            warnings.append(
                f"{where}: SEEDREADER_READ_MORE_OVERRIDES says {override}, the links file "
                f"{_pin_text(target)}; the links file wins"
            )
    return [{"source": links.name, "warning": warning} for warning in warnings]
