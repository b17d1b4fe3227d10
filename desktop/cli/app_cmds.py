"""Commands that open the window: `outbound open VAULT`, and `outbound` with no arguments.

Qt is imported only inside the handlers, so other commands start without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def run_window(vault_path: str | None) -> int:
    """Open the application window; on `vault_path` when given, else the most recent vault (or
    the welcome screen on first run)."""
    from desktop.ui.app import run_app  # lazy: Qt loads only here

    return run_app(Path(vault_path) if vault_path else None)


def _open(args: argparse.Namespace) -> int:
    return run_window(args.vault)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open the Outbound window on a vault",
        description="Open a vault in the window.",
    )
    parser.add_argument("vault", metavar="VAULT", help="path of the vault file")
    parser.set_defaults(handler=_open)

