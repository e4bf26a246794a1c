r"""Many line patterns tried as one, each only on the lines that can open as it does.

Each line of a page is asked whether it is one of some eighty forms of furniture
(``grammar.LEFTOVER_LINES``); one alternation of them all made every line of every seed try each
form, a fifth of the reading time. The patterns are anchored at the line's start and most open on
words (``Scroll to top``, ``Updated``): read once from the pattern's parse tree, those openings
index the patterns, so a line is tried only on the patterns whose opening it starts with, those
opening on a class of characters (``[A-Z]``, ``\d``) that holds its first character, and the few
with no opening to read. The answer is the alternation's: the first pattern, in order, that matches.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

try:  # (the parser ``re`` itself compiles with, Python 3.11 and later; without it every pattern is tried)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

#: Characters of an opening read from a pattern: longer ones tell no more patterns apart.
OPENING_MAX_CHARS = 6
#: Openings whose patterns to try are kept (the lines of a page open alike: ``The``, ``He said``).
HEADS_KEPT = 1 << 15
#: Items of one pattern read for its openings (nested repeats multiply them) before it is tried on every line.
WALK_STEPS_MAX = 20_000
#: Openings one pattern may spell out (its optional parts multiply them) before they are cut short.
OPENINGS_MAX = 400
#: A class of at most this many characters opens as each of them (``[•·*-]``); a larger one is tested.
SMALL_CLASS_MAX_CHARS = 16
#: Needles of one pattern looked for at most: searching a line for more costs more than trying the pattern.
NEEDLES_MAX = 3
#: Marks of running text, no needle on their own. (Not brackets: two to six lines in a hundred of the
#: benchmark's seeds hold one, and code's lines, ``fn(x).then(...)``, open on a class of letters.)
COMMON_MARKS = frozenset(".,:;!?'\"-–—’“”‘")
#: The letters other than ASCII ones that case-blind matching takes for ASCII ones (``re``'s docs).
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ASCII_LOOKALIKE_CHARS = frozenset(map(chr, _ASCII_LOOKALIKES))  # (the same letters, as a set)
#: Classes of characters as ``re`` writes them.
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class LinePatterns:
    """Anchored patterns, each tried only on the lines that can open as it does (see the module)."""

    def __init__(self, patterns: Sequence[re.Pattern]) -> None:
        self.patterns = tuple(patterns)
        if any(isinstance(pattern.pattern, bytes) for pattern in self.patterns):
            raise TypeError("LinePatterns takes patterns of text (str), not of bytes")
        by_opening: dict[str, set[int]] = defaultdict(set)
        # (A first character's class, or None for any, the words the line must hold one of, the pattern.)
        self._open: list[tuple[re.Pattern | None, frozenset[str], int]] = []
        for index, pattern in enumerate(self.patterns):
            for words, classes, needles in _read(pattern):
                for word in words:
                    by_opening[word].add(index)
                self._open.extend((test, needles, index) for test in classes)
        self._by_opening = {word: tuple(sorted(found)) for word, found in by_opening.items()}
        self._lengths = tuple(sorted({len(word) for word in self._by_opening}))
        # (By a line's first characters, the patterns to try in order, each marked when it is worth a try
        # only on a line holding one of its needles; by its first character, the patterns tried on every
        # line, the patterns worth a try by needle, and those patterns.)
        self._by_head: dict[str, tuple[tuple[int, bool], ...]] = {}
        self._by_char: dict[
            str, tuple[frozenset[int], tuple[tuple[str, tuple[int, ...]], ...], frozenset[int]]
        ] = {}

    def first(self, text: str) -> int | None:
        """The index of the first pattern matching at ``text``'s start, or None."""
        head = text[:OPENING_MAX_CHARS]
        tried = self._by_head.get(head)
        if tried is None:
            tried = self._tried_for(head)
        patterns, held = self.patterns, None
        for index, asks_needle in tried:
            if asks_needle:
                if held is None:  # (the patterns whose needles it holds: found once, when first asked)
                    folded = _folded_for_needles(text)
                    by_needle = self._by_char[head[:1]][1]
                    held = {found for needle, indexes in by_needle if needle in folded for found in indexes}
                if index not in held:
                    continue
            if patterns[index].match(text):
                return index
        return None

    def _tried_for(self, head: str) -> tuple[tuple[int, bool], ...]:
        """The patterns to try on a line opening with ``head``, in order, each marked if it asks a needle.

        Those of its openings or first character, tried on every such line; those of its first
        character's needles, tried on a line holding one (unless tried anyway).
        """
        if len(self._by_head) >= HEADS_KEPT:
            self._by_head.clear()
            self._by_char.clear()
        char = head[:1]
        if char not in self._by_char:
            always, by_needle = set(), defaultdict(set)
            for test, needles, index in self._open:
                if test is None or test.fullmatch(char):
                    if not needles:
                        always.add(index)
                    for needle in needles:
                        by_needle[needle].add(index)
            self._by_char[char] = (
                frozenset(always),
                tuple((needle, tuple(sorted(found))) for needle, found in sorted(by_needle.items())),
                frozenset().union(*by_needle.values()),
            )
        always, _, asking = self._by_char[char]
        folded = fold(head)
        always = always.union(*(self._by_opening.get(folded[:length], ()) for length in self._lengths))
        tried = tuple((index, index not in always) for index in sorted(always | asking))
        self._by_head[head] = tried
        return tried


def _folded_for_needles(text: str) -> str:
    """``text`` in lower case, the letters case-blind matching takes for ASCII ones made ASCII."""
    # (``translate`` reads every character through a dict: only a line holding such a letter needs it.)
    if text.isascii() or _ASCII_LOOKALIKE_CHARS.isdisjoint(text):
        return text.lower()
    return text.translate(_ASCII_LOOKALIKES).lower()


def fold(text: str) -> str:
    """``text`` as case-blind matching sees it, one character for one (``ſ``, ``K``, ``İ``: s, k, i)."""
    return text.lower() if text.isascii() else "".join(map(_fold_char, text))


@functools.lru_cache(maxsize=1 << 12)
def _fold_char(char: str) -> str:
    """One character's case-blind form (``re`` takes ``σ`` and ``ς`` alike: both upper-case to ``Σ``)."""
    if char == "\u0130":
        return "i"  # (``İ``: its lower case is two characters; ``re`` takes it for ``i``)
    low = char.lower()
    if len(low) != 1:
        return char
    up = low.upper()
    return up.lower() if len(up) == 1 and len(up.lower()) == 1 else low


_REPEATS = (
    ()
    if _sre is None
    else tuple(
        op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op
    )
)


def _folds_alone(char: str) -> bool:
    """``fold`` gives ``char`` the form of every letter ``re`` takes for it.

    Not so for ``ΐ``, ``ﬅ``, ``ß``: their upper case is several letters, and ``re`` pairs them with
    others (``ΐ``, ``ﬆ``, ``ẞ``); a pattern opening on one is tested as a class.
    """
    return char.isascii() or char == "\u0130" or len(char.upper()) == 1 and len(char.lower()) == 1


class _Unreadable(Exception):
    """The pattern opens in a way this reading does not follow: it is tried on every line."""


def _read(pattern: re.Pattern) -> list[tuple[frozenset[str], tuple[re.Pattern | None, ...], frozenset[str]]]:
    """For each of ``pattern``'s alternatives: its opening words, its first characters' classes, its needles.

    An alternative opens on a word of the first, or on a character of a class of the second (None: any
    character); one opening on a class must hold one of its needles (none: no such test).
    """
    if _sre_parse is None or pattern.flags & (re.ASCII | re.LOCALE):
        return [(frozenset(), (None,), frozenset())]  # (``\w`` and case are read otherwise there)
    ignore_case = bool(pattern.flags & re.I)
    try:
        tree = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError):  # pragma: no cover
        return [(frozenset(), (None,), frozenset())]
    read = []
    for items in _alternatives(tree):
        classes: list[str] = []
        try:
            walked = _walk(items, {("", False)}, ignore_case, classes, [WALK_STEPS_MAX])
            words = frozenset(word for word, _ in walked)
        except (_Unreadable, RecursionError):
            words, classes = frozenset({""}), []
        tests: tuple[re.Pattern | None, ...] = tuple(re.compile(c) for c in dict.fromkeys(classes))
        if "" in words:
            words, tests = frozenset(), (None,)
        # (Only the shortest of nested openings is needed: ``upd`` finds every line ``updated`` finds.)
        words = frozenset(w for w in words if not any(w != v and w.startswith(v) for v in words))
        read.append((words, tests, _best(_needles(items, ignore_case)) if tests else frozenset()))
    return read


def _alternatives(items: list) -> list[list]:
    """The alternatives of a pattern's top level (``^(?:A|B)$`` as ``^(?:A)$`` and ``^(?:B)$``)."""
    core = [i for i, (op, _) in enumerate(items) if op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)]
    if len(core) != 1:
        return [items]
    at = core[0]
    op, arg = items[at]
    before, after = items[:at], items[at + 1 :]
    if op is _sre.BRANCH:
        return [alt for branch in arg[1] for alt in _alternatives([*before, *branch, *after])]
    if op is _sre.SUBPATTERN and arg[0] is None:
        group, add, delete, sub = arg
        inner = _alternatives(list(sub))
        if len(inner) > 1:
            return [[*before, (_sre.SUBPATTERN, (group, add, delete, alt)), *after] for alt in inner]
    return [items]


def _needles(items, ignore_case: bool) -> list[frozenset[str]]:
    """Sets of folded words every match holds one of each: the runs of letters the pattern spells out.

    Only letters of no case or ASCII ones (the line is folded for them with ``_ASCII_LOOKALIKES``).
    """
    sets: list[frozenset[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _sre.LITERAL and (chr(arg).isascii() or chr(arg).lower() == chr(arg).upper() == chr(arg)):
            run += fold(chr(arg))
            continue
        if run:
            sets.append(frozenset({run}))
            run = ""
        if op is _sre.SUBPATTERN:
            sub_case = (ignore_case or bool(arg[1] & re.I)) and not arg[2] & re.I
            sets.extend(_needles(arg[3], sub_case))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            sets.extend(_needles(arg, ignore_case))
        elif op is _sre.ASSERT and arg[0] == 1:  # (a look-ahead's words are in the line too)
            sets.extend(_needles(arg[1], ignore_case))
        elif op in _REPEATS and arg[0] >= 1:
            sets.extend(_needles(arg[2], ignore_case))
        elif op is _sre.BRANCH:
            each = [_best(_needles(branch, ignore_case)) for branch in arg[1]]
            if all(each):
                sets.append(frozenset().union(*each))
    return sets


def _best(sets: list[frozenset[str]]) -> frozenset[str]:
    """The set of needles whose shortest is longest (empty when none tells lines apart, or too many)."""
    usable = [found for found in sets if len(found) <= 4 * NEEDLES_MAX and all(map(_tells_apart, found))]
    # (``min`` finds every line ``minute`` finds.)
    usable = [frozenset(n for n in found if not any(m != n and m in n for m in found)) for found in usable]
    usable = [found for found in usable if len(found) <= NEEDLES_MAX]
    return max(usable, key=lambda found: (min(map(len, found)), -len(found)), default=frozenset())


def _tells_apart(needle: str) -> bool:
    """Two characters or more, or one that running text seldom holds (``►``, ``_``, ``©``, ``請``).

    (An ideograph is one of thousands: a line holds few of them, even in Chinese.)
    """
    if len(needle) >= 2 or unicodedata.name(needle, "").startswith("CJK UNIFIED IDEOGRAPH"):
        return True
    return not (needle.isalnum() or needle.isspace() or needle in COMMON_MARKS)


def _walk(
    items, paths: set[tuple[str, bool]], ignore_case: bool, classes: list[str], steps: list[int]
) -> set[tuple[str, bool]]:
    """The openings after ``items``: each path is (folded opening so far, whether it is complete).

    A path still empty when it meets a class of characters becomes that class (in ``classes``).
    ``steps``: what is left of the reading's budget (nested repeats multiply the items read).
    """
    for op, arg in items:
        steps[0] -= 1
        if steps[0] < 0:
            raise _Unreadable("too many steps")
        live = {path for path in paths if not path[1]}
        if not live:
            return paths
        done = paths - live
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # (takes no character)
        if op is _sre.LITERAL or op is _sre.IN:
            chars = [chr(arg)] if op is _sre.LITERAL else _small_class(arg)
            if chars is not None and all(map(_folds_alone, chars)):
                new = {
                    (word + fold(c), len(word) + 1 >= OPENING_MAX_CHARS) for word, _ in live for c in chars
                }
            else:
                if ("", False) in live:
                    source = re.escape(chr(arg)) if op is _sre.LITERAL else _class_source(arg)
                    classes.append(f"(?{'' if ignore_case else '-'}i:{source})")
                new = {(word, True) for word, _ in live if word}
        elif op is _sre.SUBPATTERN:
            _, add, delete, sub = arg
            if add & (re.ASCII | re.LOCALE):
                raise _Unreadable("local ASCII or LOCALE flag")  # (its classes are other than written)
            new = _walk(sub, live, (ignore_case or bool(add & re.I)) and not delete & re.I, classes, steps)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            new = _walk(arg, live, ignore_case, classes, steps)
        elif op is _sre.BRANCH:
            new = set()
            for branch in arg[1]:
                new |= _walk(branch, live, ignore_case, classes, steps)
        elif op in _REPEATS:
            least, most, sub = arg
            new, current = set(), live
            for times in range(min(most, OPENING_MAX_CHARS) + 1):
                if times >= least:
                    new |= current
                open_paths = {path for path in current if not path[1]}
                current = (current - open_paths) | _walk(sub, open_paths, ignore_case, classes, steps)
            new |= {(word, True) for word, _ in current}  # (more times: the opening is long enough)
        elif ("", False) in live:
            raise _Unreadable(op)
        else:
            new = {(word, True) for word, _ in live}
        paths = done | new
        if len(paths) > OPENINGS_MAX:
            paths = {(word[:1], bool(word) or done) for word, done in paths}
    return paths


def _small_class(items) -> list[str] | None:
    """The characters of a class of a few listed ones (``[•·*-]``), or None."""
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < SMALL_CLASS_MAX_CHARS:
            chars.extend(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return chars if len(chars) <= SMALL_CLASS_MAX_CHARS else None


def _class_source(items) -> str:
    r"""A class of the parse tree written again as a pattern (``[^A-Z\d]``)."""
    parts = []
    for op, arg in items:
        if op is _sre.NEGATE:
            parts.append("^")
        elif op is _sre.LITERAL:
            parts.append(re.escape(chr(arg)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _sre.CATEGORY and str(arg) in _CATEGORIES:
            parts.append(_CATEGORIES[str(arg)])
        else:
            raise _Unreadable(op)
    return f"[{''.join(parts)}]"
