"""Seed Reader: a Pelican plugin that reads scraped news seeds into structured articles.

The modules' canonical name is ``seedreader``; ``pelican.plugins.seedreader`` (the
pelican-plugins namespace, where Pelican finds installed plugins) is an alias of the very
same modules (``plugins/pelican/plugins/seedreader``).
"""


def register() -> None:
    """Connect the plugin's handlers to Pelican's signals (``integration.signals``).

    Imported on call: Pelican imports every installed namespace plugin on every run, for
    sites that do not use it too, and the handlers need most of the package. The build
    engine's read-ahead is handed to the integration, which sits below it.
    """
    from .engine.prefetch import finish_reading, prefetch_seeds
    from .integration.signals import register as connect

    connect(read_ahead=prefetch_seeds, finish_reading=finish_reading)


__all__ = ["register"]
