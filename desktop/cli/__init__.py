"""The `outbound` command line.

Each command group lives in its own module with `register(subparsers)`; handlers import heavy
libraries lazily so headless commands start fast, and only `open` / no arguments import Qt.
Expected failures are `OutboundError`s: one clear line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from forms.errors import OutboundError


class _VersionAction(argparse.Action):
    """`--version`: computed only when asked (it reads the shipped policy and migrations)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from desktop.about import version_info

        print("\n".join(version_info().lines()))
        parser.exit()


# Modules that contribute sub-commands, in the order `--help` lists them.
COMMAND_MODULES = (
    "desktop.cli.vault_cmds",
    "desktop.cli.assess_cmd",
    "desktop.cli.matter_cmds",
    "desktop.cli.memo_cmds",
    "desktop.cli.tasks_cmds",
    "desktop.cli.bundle_cmds",
    "desktop.cli.report_cmd",
    "desktop.cli.people_cmds",
    "desktop.cli.app_cmds",
    "desktop.cli.demo_cmd",
)


# Commands whose module alone is loaded when they are named first: `assess` is run by scripts
# over many files, so it does not pay for the other groups' imports.
SINGLE_MODULE_COMMANDS = {"assess": "desktop.cli.assess_cmd"}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outbound",
        description="Offline review of the cross-border movement of critical know-how.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command group not built yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from desktop.cli.app_cmds import run_window

        return run_window(None)
    parser = build_parser(SINGLE_MODULE_COMMANDS.get(args_list[0]))
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        code = handler(args)
    except OutboundError as exc:
        from desktop.cli.terminal import safe

        print(f"outbound: {safe(exc.message)}", file=sys.stderr)  # one line, whatever it quotes
        return exc.exit_code
    except KeyboardInterrupt:
        print("outbound: interrupted", file=sys.stderr)
        return 130
    return int(code or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
