"""The Pelican integration: the reader, the signal handlers, the archive-wide steps and the pages they add."""
