"""Fit the READ MORE judge's weights (``judge.WEIGHTS``) on labelled archives.

    python bench/calibrate.py --sets bench/linkset/calibrate [--generated 5000] [--show]

For every READ MORE line of the archives, the resolver's retrieval stage proposes candidates
and the judge's features are computed (``Resolver.weigh``); each candidate is labelled by
whether it is the story the line names (``truth.json``). A logistic regression (Newton's
method, a little L2) is fitted on those rows and its weights printed in the order of
``judge.WEIGHTS``, with the decisions they give at the default threshold and margin, so the
constants can be updated by hand (and reviewed in a diff). Lines the stages before
retrieval decide (exact titles, slugs, pins) are left out: the judge never sees them. The
table weighs chances only: the resolver's rules on later stories (``resolver.LATER_THRESHOLD``,
an earlier candidate that may be the one named) and on the only candidate telling the
headline's event (``judge.Features.only_teller``, linked from ``resolver.TELLER_CHANCE``)
apply on top; ``bench/linking.py --sets`` scores the links themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.join(os.path.dirname(HERE), "plugins"))

import linking  # noqa: E402

from seedreader.linking import judge  # noqa: E402
from seedreader.linking.records import LinkOptions  # noqa: E402
from seedreader.linking.resolver import Resolver  # noqa: E402

#: The demo archive and what each of its READ MORE lines names (the tests' fixture).
DEMO_SEEDS = os.path.join(os.path.dirname(HERE), "seeds")
DEMO_TRUTH = os.path.join(os.path.dirname(HERE), "tests", "fixtures", "demo_read_more.json")
#: L2 penalty on the weights (not the bias): keeps them finite when a feature separates perfectly.
L2 = 0.05


def rows_of(stories: list, lines: list[tuple]) -> tuple[np.ndarray, np.ndarray, list]:
    """Features and labels of every candidate of every line the judge decides, and those lines.

    ``lines`` holds (source story, line, headline, key of the story it names or None). Each
    archive (the part of a key before its first ":") is judged with a resolver of its own,
    as a build of it would be, and copies of the source are left out as the judge leaves them.
    """
    columns, labels, judged = [], [], []
    for archive in sorted({s.key.split(":", 1)[0] for s in stories}):
        part = [s for s in stories if s.key.split(":", 1)[0] == archive]
        resolver = Resolver(part, LinkOptions())
        mine = [
            line
            for line in lines
            if line[0].key.split(":", 1)[0] == archive and resolver.lookup(*line[:3]) is None
        ]
        hits, features = resolver.weigh([line[:3] for line in mine])
        keep = [
            not resolver._same_story(resolver.position[mine[q][0].key], i)
            for q, i in zip(features.line.tolist(), features.story.tolist(), strict=True)
        ]
        columns.append(features.columns()[np.array(keep, dtype=bool)])
        kept = iter(keep)
        found = [[hit for hit in line_hits if next(kept)] for line_hits in hits]
        labels += [
            resolver.stories[i].key == line[3]
            for line, line_hits in zip(mine, found, strict=True)
            for i, _ in line_hits
        ]
        judged += list(zip(mine, found, strict=True))
    return np.concatenate(columns), np.array(labels, dtype=np.float64), judged


#: The features in ``judge.WEIGHTS`` order (after the bias): ``judge.Features``' fields.
FEATURES = (
    "share",
    "event_front",
    "event",
    "event_distinct",
    "later",
    "lacks_name",
)
#: The sign each feature's weight must have (``FEATURES`` order): evidence for a story
#: never lowers its chance, evidence against never raises it. A weight fitted with the wrong
#: sign (features overlap) is fixed at 0 and the rest refitted.
SIGNS = (+1, +1, +1, +1, -1, -1)


def fit(
    x: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray | None = None,
    steps: int = 100,
    without: tuple[int, ...] = (),
) -> np.ndarray:
    """Logistic regression weights (bias first), each of the sign SIGNS gives it.

    ``weight``: each row's weight (each archive counts the same, however many lines it has).
    ``without``: features (columns) whose weight stays 0.
    """
    weight = np.ones(len(y)) if weight is None else weight
    free = [f for f in range(x.shape[1]) if f not in without]
    while True:
        w = _newton(x[:, free], y, weight, steps)
        wrong = [f for f, weight in zip(free, w[1:], strict=True) if weight * SIGNS[f] < 0]
        if not wrong:
            weights = np.zeros(x.shape[1] + 1)
            weights[0] = w[0]
            weights[[f + 1 for f in free]] = w[1:]
            return weights
        free.remove(max(wrong, key=lambda f: abs(w[1 + free.index(f)])))


def _newton(x: np.ndarray, y: np.ndarray, weight: np.ndarray, steps: int) -> np.ndarray:
    """Logistic regression weights (bias first) by Newton's method with an L2 penalty."""
    design = np.column_stack([np.ones(len(x)), x])
    w = np.zeros(design.shape[1])
    penalty = np.diag([0.0] + [L2] * x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ w))
        gradient = design.T @ (weight * (p - y)) + penalty @ w
        hessian = (design * (weight * p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def load(args) -> tuple[list, list[tuple]]:
    """The chosen archives' stories and labelled lines (see ``rows_of``), keys made unique."""
    stories, lines = [], []
    for size in args.generated or ():
        root = linking.generate.ensure_archive(size, args.cache)
        part, _ = linking.load_stories(root, 2)
        with open(os.path.join(root, "truth.json"), encoding="utf-8") as handle:
            truth = json.load(handle)
        prefix = f"gen{size}:"
        part = [replace(s, key=prefix + s.key) for s in part]
        stories += part
        for story in part:
            named = {ref["headline"]: ref["target"] for ref in truth[story.key[len(prefix) :]]["read_more"]}
            lines += [
                (story, line, headline, prefix + named[headline] if named[headline] else None)
                for line, headline in story.references
            ]
    for folder in args.sets or ():
        read = linking.read_labelled_stories(folder)
        prefix = os.path.basename(os.path.normpath(folder)) + ":"
        part = {s.key: replace(s, key=prefix + s.key) for s in read.stories}
        stories += part.values()
        for key, labels in sorted(read.truth.items()):
            source = part[read.canonical[key]]  # a copy's lines are resolved as its canonical copy's
            lines += [
                (
                    source,
                    label["line"],
                    label["headline"],
                    prefix + read.canonical[label["target"]] if label["target"] else None,
                )
                for label in labels
            ]
    if args.demo:
        read = linking.read_stories(DEMO_SEEDS, {}, "demo")
        with open(DEMO_TRUTH, encoding="utf-8") as handle:
            named = {k: v for k, v in json.load(handle).items() if not k.startswith("_")}
        part = {s.key: replace(s, key="demo:" + s.key) for s in read.stories}
        stories += part.values()
        lines += [
            (story, line, headline, "demo:" + named[headline] if named[headline] else None)
            for story in part.values()
            for line, headline in story.references
        ]
    return stories, lines


def outcomes(chances: np.ndarray, labels: np.ndarray, lines: list) -> tuple[np.ndarray, ...]:
    """Per judged line: its best and runner-up chance, whether the best is the named story.

    And whether the named story is in the archive.
    """
    best, second, right, present = [], [], [], []
    at = 0
    for (_, _, _, target), found in lines:
        p, y = chances[at : at + len(found)], labels[at : at + len(found)]
        at += len(found)
        order = np.argsort(-p, kind="stable")
        best.append(p[order[0]] if len(p) else 0.0)
        second.append(p[order[1]] if len(p) > 1 else 0.0)
        right.append(bool(len(p)) and y[order[0]] == 1)
        present.append(target is not None)
    return tuple(np.array(a) for a in (best, second, right, present))


def decisions(best, second, right, present, threshold: float, margin: float) -> tuple[int, int, int]:
    """Right links, wrong links and lines with a present story, at a threshold and margin."""
    linked = (best >= threshold) & (best - second >= margin)
    return int((linked & right).sum()), int((linked & ~right).sum()), int(present.sum())


def main() -> None:
    """Fit, print the weights and what they decide at a grid of thresholds and margins."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="*", help="labelled archives (bench/linkset/<name>)")
    parser.add_argument("--generated", nargs="*", type=int, help="generated archives of these sizes")
    parser.add_argument("--cache", default=None, help="generated archives' cache (bench/generate.py)")
    parser.add_argument(
        "--demo", action="store_true", help="the demo archive too (seeds/, as the tests label it)"
    )
    parser.add_argument("--current", action="store_true", help="score judge.WEIGHTS instead of fitting")
    parser.add_argument(
        "--weights", help="score these weights instead of fitting (comma-separated, judge.WEIGHTS order)"
    )
    parser.add_argument(
        "--without", nargs="*", default=(), choices=FEATURES, help="features left out of the fit (weight 0)"
    )
    args = parser.parse_args()
    stories, labelled = load(args)
    x, y, lines = rows_of(stories, labelled)
    archive = np.array([line[0].key.split(":", 1)[0] for line, found in lines for _ in found])
    names, which = np.unique(archive, return_inverse=True)
    share = np.bincount(which)
    if args.weights:
        weights = np.array([float(w) for w in args.weights.split(",")])
        if len(weights) != len(FEATURES) + 1:
            parser.error(f"--weights: the bias and {len(FEATURES)} weights ({', '.join(FEATURES)})")
    elif args.current:
        weights = np.array(judge.WEIGHTS)
    else:
        without = tuple(FEATURES.index(name) for name in args.without)
        weights = fit(x, y, len(y) / (len(names) * share[which]), without=without)
    print(f"{len(lines)} lines judged, {len(y)} candidates, {int(y.sum())} of them the named story")
    print("WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
    chances = judge.chance(x, weights)
    best, second, right, present = outcomes(chances, y, lines)
    of_line = np.array([line[0].key.split(":", 1)[0] for line, _ in lines])
    print("threshold margin: right / wrong links, per archive (lines whose story is in the archive)")
    margins = (0.0, 0.1, 0.2, 0.3, 0.5)
    for name in names:
        mine = of_line == name
        found = (best[mine], second[mine], right[mine], present[mine])
        print(f"{name}: {int(present[mine].sum())} lines judged whose story is in the archive")
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            row = [decisions(*found, threshold, margin) for margin in margins]
            print(
                f"  {threshold:.1f}  "
                + "  ".join(f"m{m:.1f} {r}/{w}" for m, (r, w, _) in zip(margins, row, strict=True))
            )


if __name__ == "__main__":
    main()
