"""The package's layers: dependencies point one way, and no module imports itself back.

tools -> engine -> integration -> compat -> linking -> text, with the root modules
(settings, errors, processes) under all of them. Every import counts, those inside
functions too: a lazy import is still a dependency.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "plugins" / "seedreader"
#: Lowest first; a module may import its own layer and those below it.
LAYERS = ("root", "text", "linking", "compat", "integration", "engine", "tools")
#: Entry points above every layer: the package (``register``) and ``python -m seedreader``.
ENTRY_POINTS = {"seedreader", "seedreader.__main__"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYERS) else "root"


def imports_of(path: Path, source: str | None = None) -> set[str]:
    """The seedreader modules ``path`` (or ``source`` in its place) imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    source = path.read_text(encoding="utf-8") if source is None else source
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _dynamic_import(node):
            # importlib.import_module / __import__: a constant name counts; any other is refused.
            first = node.args[0] if node.args else None
            named = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
            found.add(_canonical(named) if named else "<a dynamic import>")
        if isinstance(node, ast.Import):
            found |= {
                _canonical(a.name) for a in node.names if _canonical(a.name).split(".")[0] == "seedreader"
            }
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif _canonical(node.module or "").split(".")[0] == "seedreader":
                target = _canonical(node.module)
            else:
                continue
            for alias in node.names:  # ``from . import parse`` names a module
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in MODULES else target)
    return found


def _canonical(name: str) -> str:
    """A module name under the plugin's canonical name (``pelican.plugins.seedreader`` is an alias)."""
    return name.removeprefix("pelican.plugins.")


def _dynamic_import(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Name) and func.id in {"__import__", "import_module"}) or (
        isinstance(func, ast.Attribute) and func.attr == "import_module"
    )


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def test_every_module_is_in_a_layer():
    for name in MODULES:
        if name not in ENTRY_POINTS:
            assert layer_of(name) in LAYERS, name


def test_dependencies_point_down_the_layers():
    upward = []
    for name, path in sorted(MODULES.items()):
        if name in ENTRY_POINTS:
            continue
        rank = LAYERS.index(layer_of(name))
        for target in sorted(imports_of(path)):
            if not target.startswith("seedreader"):
                if target.startswith("<"):
                    upward.append(f"{name} -> {target}")
                continue
            if target in ENTRY_POINTS or LAYERS.index(layer_of(target)) > rank:
                upward.append(f"{name} -> {target}")
    assert upward == []


def test_no_import_loop():
    graph = {name: {t for t in imports_of(path) if t in MODULES} for name, path in MODULES.items()}
    loops, state = [], {}

    def visit(name, trail):
        state[name] = "open"
        for target in sorted(graph[name]):
            if target.startswith(name + "."):  # a package importing its own modules
                continue
            if state.get(target) == "open":
                loops.append(" -> ".join(trail[trail.index(target) :] + [target]))
            elif target not in state:
                visit(target, trail + [target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert loops == []


def test_the_layer_check_sees_a_lazy_upward_import():
    module = PACKAGE / "text" / "parse.py"
    assert "seedreader.engine.build" not in imports_of(module)
    source = module.read_text(encoding="utf-8") + "\n\ndef late():\n    from ..engine import build\n"
    assert "seedreader.engine.build" in imports_of(module, source)
    for late in (
        "importlib.import_module('seedreader.engine.build')",
        "__import__('seedreader.engine.build')",
        "from pelican.plugins.seedreader.engine import build",
    ):
        assert "seedreader.engine.build" in imports_of(module, f"def late():\n    {late}\n"), late
    assert "<a dynamic import>" in imports_of(module, "def late(name):\n    importlib.import_module(name)\n")


#: Module-level containers a function may fill, and why they carry no build's data: pure
#: caches keyed by their arguments, or state that lives only in a forked worker.
PURE_CACHES = {
    "seedreader.engine.incremental._HOW": "how a type is pictured, by type",
    "seedreader.engine.incremental._FIELD_NAMES": "a dataclass's field names, by type",
    "seedreader.text.copies._POWERS": "powers of a rolling hash's base, by base, grown by length",
    "seedreader.engine.prefetch._WORKER": "set only in a forked reading worker, which ends with the build",
    "seedreader.linking.retrieval._stem_ids": "the process's stem vocabulary: ids are compared, never shown",
    "seedreader.linking.retrieval._stems": "the same vocabulary, by id",
}
MUTATORS = {"append", "extend", "update", "clear", "pop", "popitem", "setdefault", "add", "discard", "remove"}


def module_state(path: Path) -> list[str]:
    """Module-level containers some function changes, and ``global`` statements."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    containers = set()
    # Module-level names bound to an object a function could change (not imports, defs, constants).
    objects = {
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        value = getattr(node, "value", None)
        mutable = isinstance(value, ast.Dict | ast.List | ast.Set) or (
            isinstance(value, ast.Call)
            and getattr(value.func, "id", "") in {"dict", "list", "set", "defaultdict"}
        )
        if mutable:
            containers |= {t.id for t in targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found += [f"global {name}" for name in node.names]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                target = None
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in MUTATORS
                ):
                    target = inner.func.value
                elif isinstance(inner, ast.Assign | ast.AugAssign | ast.Delete):
                    for t in getattr(inner, "targets", None) or [getattr(inner, "target", None)]:
                        if isinstance(t, ast.Subscript):
                            target = t.value
                        elif (
                            isinstance(t, ast.Attribute)
                            and isinstance(t.value, ast.Name)
                            and t.value.id in objects
                        ):
                            found.append(t.value.id)  # a module-level object's attribute set
                if isinstance(target, ast.Name) and target.id in containers:
                    found.append(target.id)
    return sorted(set(found))


def test_no_module_level_state_carries_a_build_into_the_next():
    # Rebuild memory is one object the build owns (integration.memory.Memory), passed where needed.
    found = []
    for name, path in sorted(MODULES.items()):
        found += [f"{name}.{state}" for state in module_state(path) if f"{name}.{state}" not in PURE_CACHES]
    assert found == []


def test_the_state_check_sees_a_module_cache():
    source = (
        "_SEEN: dict = {}\n_STATE = SimpleNamespace()\n\ndef read(path):\n    _SEEN[path] = 1\n"
        "\nasync def note(path):\n    _STATE.last = path\n"
    )
    probe = Path(__file__).parent / "_probe_state.py"
    probe.write_text(source, encoding="utf-8")
    try:
        assert module_state(probe) == ["_SEEN", "_STATE"]
    finally:
        probe.unlink()


def test_a_memory_never_travels_with_the_settings():
    # Pelican's content cache pickles articles with their settings, and settings keys are reprs.
    import copy
    import pickle

    from seedreader.integration.memory import MEMORY_SETTING, Memory, memory_of

    memory = Memory(keep=True)
    memory.seeds["/a.txt"] = ((1, 2, 3), "key", object())
    settings = {MEMORY_SETTING: memory}
    assert copy.deepcopy(settings)[MEMORY_SETTING] is memory
    assert pickle.loads(pickle.dumps(memory)).seeds == {}
    assert "a.txt" not in repr(settings)
    assert memory_of(settings) is memory
    bare: dict = {}
    assert memory_of(bare) is memory_of(bare) and not memory_of(bare).keep
