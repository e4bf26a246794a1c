"""``pelican.plugins.seedreader``: Seed Reader under the pelican-plugins namespace.

Pelican finds namespace plugins by importing every package under ``pelican.plugins``
(``pelican.plugins._utils.get_namespace_plugins``). Seed Reader's modules are the
``seedreader`` package: that is their canonical name (``__name__``, ``__spec__``, the name
their classes pickle under). This package only makes ``pelican.plugins.seedreader`` and every
module under it the very same module objects as ``seedreader`` and its modules: a second copy
would connect every signal handler twice and keep a second set of classes and caches.

Importing it installs ``AliasFinder`` at the front of ``sys.meta_path`` and puts ``seedreader``
in its own place in ``sys.modules``; from then on ``import pelican.plugins.seedreader.X`` gives
the module ``seedreader.X``, importing it first if it is not imported yet.
"""

import importlib
import importlib.abc
import importlib.util
import sys

import seedreader

#: The name this package is imported under, and the package its modules really are.
ALIAS = __name__
CANONICAL = seedreader.__name__


class AliasFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``pelican.plugins.seedreader[.X]`` and loads it as the module ``seedreader[.X]``."""

    def find_spec(self, fullname, path=None, target=None):
        """A spec for an alias of a module that exists under the canonical name; None otherwise."""
        if fullname != ALIAS and not fullname.startswith(ALIAS + "."):
            return None
        real = importlib.util.find_spec(canonical_name(fullname))
        if real is None:
            return None
        return importlib.util.spec_from_loader(
            fullname, self, is_package=real.submodule_search_locations is not None
        )

    def create_module(self, spec):
        """The canonical module itself (imported now if need be), not a new one."""
        module = importlib.import_module(canonical_name(spec.name))
        spec.loader_state = module.__spec__
        return module

    def exec_module(self, module):
        """Nothing to run: the module is already imported. It keeps its own spec.

        The import system gave it the alias's spec before this call
        (``importlib._bootstrap._init_module_attrs`` always sets ``__spec__``).
        """
        module.__spec__ = module.__spec__.loader_state


def canonical_name(alias: str) -> str:
    """``pelican.plugins.seedreader.text.parse`` -> ``seedreader.text.parse``."""
    return CANONICAL + alias[len(ALIAS) :]


if not any(type(finder).__name__ == AliasFinder.__name__ for finder in sys.meta_path):
    # First: before the path finder, which would load the modules again under the alias.
    sys.meta_path.insert(0, AliasFinder())
# The import system returns what stands in sys.modules under this name once this file has run.
sys.modules[ALIAS] = seedreader
