"""Seed Reader: a Pelican plugin that reads scraped news seeds into structured articles."""

from .integration.signals import register

__all__ = ["register"]
