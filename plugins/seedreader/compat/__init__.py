"""The seam: every reach into a library's internals, one module per library.

``pelican``, ``jinja``, ``livereload`` and ``pagefind`` each hold what the rest of the plugin
would otherwise take from that library's private code (overridden private methods, private
attributes, restated upstream functions, file formats), with a comment naming the upstream code
mirrored. Each module's ``MIRRORS`` maps that code to a fingerprint of the release it was read
in (a hash of its source, or a binary's version); ``tests/unit/test_compat.py`` fails when the
installed code differs, and ``constraints.txt`` pins those releases for CI and the deploy.
These modules import only their library and the package's root modules.
"""
