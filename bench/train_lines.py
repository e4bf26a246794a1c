"""Fit the line model (``seedreader.text.linemodel``) on the labelled real pages.

    python bench/train_lines.py [PAGES_DIR] [--labels DIR ...] [--cv] [--folds N] [--write]

Every line the parser would judge (not running text), as ``parse.prepared_lines`` leaves it, is a
row: its shape and place features, its words, and whether the labels call it story (headline,
lede, body, subhead, caption, dateline) or not (furniture, dates, bylines, credits, sources,
related lines and their headings; repeats are left out, their first showing being story). A
logistic model with an L2 penalty is fitted by Newton's method on the folders ``fitted_sets.txt``
lists (or ``--labels``). ``--cv`` scores each outlet's pages with a model fitted on the other
outlets' (what a new site would get): the outlets are dealt into ``--folds`` groups by a hash of
their name, as one model per outlet (thousands of them) would take too long; ``--write`` writes
the weights fitted on every page to ``line_weights.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from realpages import PAGES, load  # noqa: E402

from seedreader.text import grammar as g  # noqa: E402
from seedreader.text import linemodel  # noqa: E402
from seedreader.text.parse import prepared_lines  # noqa: E402

STORY = {"headline", "lede", "body", "subhead", "caption", "dateline"}
LEFT_OUT = {"repeat"}
#: A word counts when lines of at least this many outlets hold it (fewer is one site's wording).
WORD_MIN_OUTLETS = 3
#: The L2 penalty on shape features and (stronger) on word weights.
PENALTY, WORD_PENALTY = 1.0, 4.0
GENERATED = "Weights of the line model (``linemodel.py``): written by ``bench/train_lines.py``, not edited."
WEIGHTS_FILE = os.path.join(os.path.dirname(HERE), "plugins", "seedreader", "text", "line_weights.py")
#: The folders of labels the model is fitted on, one a line (the dev sets: never a held-out one).
FITTED_SETS = os.path.join(HERE, "fitted_sets.txt")
#: ``--cv``'s groups of outlets, each scored by a model fitted on the others.
FOLDS = 10


@dataclass(frozen=True)
class Row:
    """One judged line of a labelled page."""

    page: str
    outlet: str
    line: int
    features: list[float]
    words: list[str]
    furniture: bool
    kind: str
    text: str


def rows(pages, pages_dir: str) -> list[Row]:
    """Every line of ``pages`` the model judges, with its label.

    Lines a rule takes first are rows too: the model then sees more of the world's furniture
    (tried: fitted on the rest alone, it left more furniture on unseen pages).
    """
    out = []
    for page in pages:
        with open(os.path.join(pages_dir, page.id + ".txt"), encoding="utf-8") as handle:
            text = handle.read()
        lines = prepared_lines(text)
        texts = [line.text for line in lines]
        for line, features in zip(lines, linemodel.page_features(texts), strict=True):
            kind = page.classes.get(line.number)
            if features is None or kind is None or kind in LEFT_OUT:
                continue
            words = sorted(set(linemodel.words_of(line.text)))
            outlet = page.label.get("outlet", "?")
            out.append(Row(page.id, outlet, line.number, features, words, kind not in STORY, kind, line.text))
    return out


def vocabulary(data: list[Row]) -> list[str]:
    """The words lines of at least ``WORD_MIN_OUTLETS`` outlets hold (numbers aside)."""
    outlets = defaultdict(set)
    for row in data:
        for word in row.words:
            outlets[word].add(row.outlet)
    return sorted(w for w, o in outlets.items() if len(o) >= WORD_MIN_OUTLETS and not w.isdigit())


def matrix(data: list[Row], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The design matrix (bias, shape features, word indicators) and the labels."""
    index = {w: i for i, w in enumerate(vocab)}
    shape = np.array([r.features for r in data], dtype=float)
    words = np.zeros((len(data), len(vocab)))
    for i, row in enumerate(data):
        for word in row.words:
            if word in index:
                words[i, index[word]] = 1.0
    x = np.hstack([np.ones((len(data), 1)), shape, words])
    y = np.array([r.furniture for r in data], dtype=float)
    return x, y


def fit(x: np.ndarray, y: np.ndarray, shape_count: int) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    penalty = np.full(x.shape[1], WORD_PENALTY)
    penalty[0] = 0.0
    penalty[1 : 1 + shape_count] = PENALTY
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fold_of(outlet: str, folds: int) -> int:
    """The group an outlet is dealt into: a hash of its name, the same in every run."""
    return int(hashlib.sha1(outlet.encode("utf-8")).hexdigest(), 16) % folds


def cross_validate(data, thresholds, listed: float, folds: int) -> None:
    """Each outlet scored by a model fitted without it; the story lines dropped at ``listed`` named."""
    outlets = sorted({r.outlet for r in data})
    chance = np.zeros(len(data))
    dealt = [fold_of(r.outlet, folds) for r in data]
    for fold in range(folds):
        train = [r for r, group in zip(data, dealt, strict=True) if group != fold]
        test_rows = [i for i, group in enumerate(dealt) if group == fold]
        if not test_rows:
            continue
        vocab = vocabulary(train)
        x, y = matrix(train, vocab)
        w = fit(x, y, len(linemodel.FEATURES))
        xt, _ = matrix([data[i] for i in test_rows], vocab)
        chance[test_rows] = 1.0 / (1.0 + np.exp(-(xt @ w)))
    y = np.array([r.furniture for r in data], dtype=bool)
    groups = f"{len(outlets)} outlets, in {folds} groups left out in turn"
    print(f"{len(data)} judged lines, {y.sum()} not story, {groups}")
    print("| threshold | not-story lines dropped | story lines dropped |")
    print("|---|---|---|")
    for t in thresholds:
        dropped = chance >= t
        print(
            f"| {t:.2f} | {(dropped & y).sum()} of {y.sum()} ({(dropped & y).sum() / y.sum():.0%}) "
            f"| {(dropped & ~y).sum()} of {(~y).sum()} |"
        )
    t = listed
    kinds = Counter(r.kind for r, c in zip(data, chance, strict=True) if c >= t and not r.furniture)
    print(f"\nstory lines past {t}: {dict(kinds)}")
    for r, c in zip(data, chance, strict=True):
        if c >= t and not r.furniture:
            print(f"  {r.page}:{r.line} {r.kind} {c:.2f} {r.text[:80]!r}")


def score_held_out(data: list[Row], vocab: list[str], w: np.ndarray, thresholds) -> None:
    """The lines of pages the model was not fitted on that it drops, at each threshold."""
    x, y = matrix(data, vocab)
    chance = 1.0 / (1.0 + np.exp(-(x @ w)))
    y = y.astype(bool)
    print(f"held out: {len(data)} judged lines, {y.sum()} not story")
    print("| threshold | not-story lines dropped | story lines dropped |")
    print("|---|---|---|")
    for t in thresholds:
        dropped = chance >= t
        print(f"| {t:.2f} | {(dropped & y).sum()} of {y.sum()} | {(dropped & ~y).sum()} of {(~y).sum()} |")


def write(w: np.ndarray, vocab: list[str]) -> None:
    """Write the weights as ``line_weights.py`` (rounded; words with a weight that matters)."""
    shape = w[1 : 1 + len(linemodel.FEATURES)]
    words = {
        word: round(float(v), 4) for word, v in zip(vocab, w[1 + len(shape) :], strict=True) if abs(v) >= 0.05
    }
    lines = [
        f'"""{GENERATED}"""',
        "",
        f"BIAS = {round(float(w[0]), 4)!r}",
        "WEIGHTS = (",
        *(
            f"    {round(float(v), 4)!r},  # {name}"
            for name, v in zip(linemodel.FEATURES, shape, strict=True)
        ),
        ")",
        "WORD_WEIGHTS: dict[str, float] = {",
        *(f"    {json.dumps(word, ensure_ascii=False)}: {v!r}," for word, v in sorted(words.items())),
        "}",
        "",
    ]
    with open(WEIGHTS_FILE, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    print(f"wrote {WEIGHTS_FILE}: {len(shape)} shape weights, {len(words)} word weights")


def fitted_sets() -> list[str]:
    """The folders ``fitted_sets.txt`` lists (under ``realpages/``)."""
    with open(FITTED_SETS, encoding="utf-8") as handle:
        names = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    return [os.path.join(HERE, "realpages", name) for name in names]


def main() -> None:
    """Read the pages, fit, and print (``--cv``) or write (``--write``) the model."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pages", nargs="?", default=PAGES)
    parser.add_argument(
        "--labels", nargs="+", default=None, help="folders of labels to fit on (default: fitted_sets.txt)"
    )
    parser.add_argument("--cv", action="store_true", help="score each outlet with a model fitted without it")
    parser.add_argument("--folds", type=int, default=FOLDS, help="with --cv, the groups of outlets")
    parser.add_argument(
        "--held-out",
        nargs="+",
        default=[],
        metavar="DIR",
        help="score the model fitted on --labels on these folders of labels (fitted on none of them)",
    )
    parser.add_argument("--write", action="store_true", help="write line_weights.py")
    parser.add_argument(
        "--threshold",
        type=float,
        default=g.LINE_MODEL_THRESHOLD,
        help="with --cv, list the story lines dropped at this chance (default: the parser's)",
    )
    args = parser.parse_args()
    pages = [p for d in args.labels or fitted_sets() for p in load(args.pages, d)]
    data = rows(pages, args.pages)
    if args.cv:
        cross_validate(data, (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95), args.threshold, args.folds)
    vocab = vocabulary(data)
    x, y = matrix(data, vocab)
    w = fit(x, y, len(linemodel.FEATURES))
    print(json.dumps({"pages": len(pages), "rows": len(data), "vocabulary": len(vocab)}))
    if args.held_out:
        held = rows([p for d in args.held_out for p in load(args.pages, d)], args.pages)
        score_held_out(held, vocab, w, (0.8, 0.85, 0.9, 0.95))
    if args.write:
        write(w, vocab)


if __name__ == "__main__":
    main()
