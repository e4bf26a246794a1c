"""Seed Reader: a Pelican plugin that reads scraped news seeds into structured articles.

The modules' canonical name is ``seedreader``; ``pelican.plugins.seedreader`` (the
pelican-plugins namespace, where Pelican finds installed plugins) is an alias of the very
same modules (``plugins/pelican/plugins/seedreader``).
"""


def register() -> None:
    """Connect the plugin's handlers to Pelican's signals (``integration.signals``).

    Imported on call: Pelican imports every installed namespace plugin on every run, for
    sites that do not use it too, and the handlers need most of the package.
    """
    from .integration.signals import register as connect

    connect()


__all__ = ["register"]
