"""The seed grammar's patterns: a capital asked for where case is ignored matches any letter.

``[A-Z]`` in a pattern compiled with ``re.I`` (or inside ``(?i:...)``) takes ``a`` to ``z`` too: a
line meant to start with a name then takes any word (``Advertise on community boards`` was dropped
as an ad desk's line, ``Partager les frais ...`` as a share button). A capital must be asked for in
``(?-i:...)``; the few patterns that take lower case there on purpose are listed with the reason.
"""

import re
import re._constants as sre
import re._parser as sre_parse
from collections import Counter
from pathlib import Path

from seedreader.text import grammar as g

#: Patterns whose single capital is meant to take lower case too, and why (real pages print so).
LOWER_CASE_ON_PURPOSE = {
    "DATE_TAIL_RE": "a byline in lower case after a date line's date (``... 2012 By jess``)",
}
#: ... and leftover lines, known by a word of their pattern (their place in the table may change).
LEFTOVER_LOWER_CASE_ON_PURPOSE = {"Editor:": "an agency's editor line in lower case (``Editor: huaxia``)"}


def _capitals_ignoring_case(items, ignore_case: bool, found: list, least: int = 1) -> None:
    """Add to ``found`` the least count of each ``[A-Z]`` set met while case is ignored."""
    for op, arg in items:
        if op is sre.SUBPATTERN:
            _, add, delete, sub = arg
            _capitals_ignoring_case(sub, (ignore_case or add & re.I) and not delete & re.I, found, least)
        elif op is sre.IN:
            if ignore_case and any(kind is sre.RANGE and span == (ord("A"), ord("Z")) for kind, span in arg):
                found.append(least)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _capitals_ignoring_case(arg[2], ignore_case, found, arg[0])
        elif op is sre.BRANCH:
            for branch in arg[1]:
                _capitals_ignoring_case(branch, ignore_case, found, least)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _capitals_ignoring_case(arg[1], ignore_case, found, least)
        elif op is sre.GROUPREF_EXISTS:
            for branch in arg[1:]:
                if branch:
                    _capitals_ignoring_case(branch, ignore_case, found, least)
        elif op is sre.ATOMIC_GROUP:
            _capitals_ignoring_case(arg, ignore_case, found, least)


def _single_capitals_ignoring_case(pattern: re.Pattern) -> int:
    """How many single capitals (``[A-Z]``, not a run such as a time zone's ``[A-Z]{2,5}``) ignore case."""
    found: list[int] = []
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    _capitals_ignoring_case(tree, bool(pattern.flags & re.I), found)
    return sum(1 for least in found if least < 2)


def _patterns():
    """Every compiled pattern of the grammar, by name (``LEFTOVER_LINES[3]`` for a table's)."""
    for name in dir(g):
        value = getattr(g, name)
        if isinstance(value, re.Pattern):
            yield name, value
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                parts = item if isinstance(item, tuple) else (item,)
                for part in parts:
                    if isinstance(part, re.Pattern):
                        yield f"{name}[{i}]", part


def test_a_capital_is_asked_for_with_case_respected():
    loose = [
        name
        for name, pattern in _patterns()
        if _single_capitals_ignoring_case(pattern)
        and name not in LOWER_CASE_ON_PURPOSE
        and not any(word in pattern.pattern for word in LEFTOVER_LOWER_CASE_ON_PURPOSE)
    ]
    assert loose == [], f"[A-Z] under re.I takes any letter: wrap it in (?-i:...) in {loose}"


def test_the_check_finds_a_capital_ignoring_case():
    assert _single_capitals_ignoring_case(re.compile(r"^Advertise on [A-Z]\w+$", re.I)) == 1
    assert _single_capitals_ignoring_case(re.compile(r"^Advertise on (?-i:[A-Z])\w+$", re.I)) == 0
    assert _single_capitals_ignoring_case(re.compile(r"^(?i:on [A-Z])")) == 1
    assert _single_capitals_ignoring_case(re.compile(r"\d:\d\d [A-Z]{2,5}$", re.I)) == 0


def test_lower_case_on_purpose_is_still_needed():
    patterns = dict(_patterns())
    for name in LOWER_CASE_ON_PURPOSE:
        assert _single_capitals_ignoring_case(patterns[name]), f"{name} no longer needs its place in the list"


def test_no_name_is_given_twice():
    # A second ``NAME = ...`` silently replaces the first for every rule that reads it: the keyword
    # alt text's limit of ten words was twelve, another rule's, until this test was written.
    source = Path(g.__file__).read_text(encoding="utf-8")
    names = Counter(re.findall(r"^([A-Z_][A-Z0-9_]*)\s*=", source, re.M))
    assert [name for name, count in names.items() if count > 1] == []
