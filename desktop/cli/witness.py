"""The vault history a signed memo or an exported bundle recorded (`vault check --against`).

A memo carries `outbound-vault-history:EVENTS:SEQ:DIGEST` in its PDF metadata (/Keywords); a
bundle carries `Outbound-Vault-History: EVENTS:SEQ:DIGEST` in its bag-info.txt
(models/history.py, docs/vault-format.md "Outside witnesses").
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from forms.errors import OutboundError

_PDF_MARK = re.compile(rb"outbound-vault-history:(\d{1,18}:\d{1,18}:[0-9a-f]{64})")
_MAX_PDF_BYTES = 256 * 1024 * 1024


def read_witness(path: Path, args: argparse.Namespace) -> tuple[object, str]:
    """(HistoryMark, how to name the witness) from a memo PDF or a bundle; one clear error."""
    from casework.vaults import HistoryMark

    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        size = path.stat().st_size
    except OSError as exc:
        raise OutboundError(f"cannot read {path}: {exc.strerror}") from exc
    if head.startswith(b"%PDF"):
        if size > _MAX_PDF_BYTES:
            raise OutboundError(f"{path} is too large to be a memo from Outbound")
        found = _PDF_MARK.findall(path.read_bytes())
        mark = HistoryMark.parse(found[-1].decode()) if found else None
        what = f"the signed memo {path.name}"
    else:
        mark = HistoryMark.parse(_bag_info_value(path, args))
        what = f"the bundle {path.name}"
    if mark is None:
        raise OutboundError(
            f"{path} records no vault history (memos signed and bundles exported before this "
            "version of Outbound do not); nothing to compare"
        )
    return mark, what


def _bag_info_value(path: Path, args: argparse.Namespace) -> str | None:
    from casework.bundle_errors import NotABundleError
    from casework.bundle_files import recorded_vault_history
    from desktop.cli.bundle_cmds import _bundle_passphrase

    try:
        return recorded_vault_history(path, lambda: _bundle_passphrase(args))
    except NotABundleError as exc:
        raise OutboundError(
            f"{path} is neither a memo PDF nor a readable Outbound bundle ({exc})"
        ) from exc


def read_printed_mark(text: str) -> tuple[object, str]:
    """(HistoryMark, name) from the mark printed on a signed memo's paper copy, as typed."""
    from casework.vaults import HistoryMark

    typed = "".join(text.split())  # a line break or spaces copied from the page
    mark = HistoryMark.parse(typed)
    if mark is None:
        raise OutboundError(
            "the mark given to --against-mark is not one Outbound prints: copy the line under "
            "'Vault history when signed' (EVENTS:SEQ:64 hexadecimal characters)"
        )
    return mark, "the vault history printed on a signed memo"
