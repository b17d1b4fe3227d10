"""Temporary plaintext copies of attachments opened in another application.

Opening an attachment is the one time its bytes leave the vault unasked-for: the user is warned,
the file goes into a private directory (mode 0700, the file 0600), and every such file is
registered here. The shell must call `cleanup_open_attachments()` when the vault locks and when
the application exits (the matter window also calls it when it closes for a lock); an `atexit`
hook is the last resort.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

_dirs: list[tuple[str, Path]] = []  # (owner, directory); the owner is a matter id


def private_temp_dir(owner: str = "") -> Path:
    """A fresh directory only this user can read (0700)."""
    path = Path(tempfile.mkdtemp(prefix="outbound-open-"))
    os.chmod(path, 0o700)
    _dirs.append((owner, path))
    return path


def write_private_copy(name: str, chunks: Iterable[bytes], *, owner: str = "") -> Path:
    """Write `chunks` to `name` in a new private directory; returns the file's path."""
    folder = private_temp_dir(owner)
    safe = Path(name).name or "attachment"
    path = folder / safe
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return path


def open_copies(owner: str | None = None) -> list[Path]:
    return [
        p for who, d in _dirs if owner is None or who == owner for p in d.glob("*") if p.is_file()
    ]


def cleanup_open_attachments(owner: str | None = None) -> int:
    """Delete the temporary copies (of one matter's window, or all when `owner` is None);
    returns how many directories went."""
    keep = [(who, d) for who, d in _dirs if owner is not None and who != owner]
    gone = [d for who, d in _dirs if owner is None or who == owner]
    _dirs[:] = keep
    for folder in gone:
        shutil.rmtree(folder, ignore_errors=True)
    return len(gone)


atexit.register(cleanup_open_attachments)
