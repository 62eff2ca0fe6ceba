"""``python -m drift``: the command line (see :mod:`drift.cli`)."""

import sys

from drift.cli import main

if __name__ == "__main__":
    sys.exit(main())
