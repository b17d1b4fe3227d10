"""Entry point of the one-folder application built by packaging/outbound.spec: the same
`outbound` command as the installed package's console script."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
