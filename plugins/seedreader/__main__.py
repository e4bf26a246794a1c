"""``python -m seedreader``: the command line (``seedreader.tools.cli``)."""

import os
import sys

from .tools.cli import main

if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # The reader stopped reading (``parse FILE | head``): no traceback, and no second
        # error when Python flushes stdout on its way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
