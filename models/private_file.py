"""The one way Outbound writes a whole file it owns (the key file, the history record, a memo PDF
or recovery kit the user asked for): readable by its owner only, and atomic, so a crash leaves
either the old file or the new one under the name, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_private_file(
    path: Path | str, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Write `data` to `path`: a temporary file in the same folder (mode 0600), fsync, rename.
    On any failure the temporary file is removed and `path` is left as it was.
    `before_replace` runs once the data is on disk, before the rename (crash tests)."""
    target = Path(path)
    # `<name>.<random>.tmp`: what the key file's clean-up looks for after a crash (keyfile.py)
    fd, temp = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(temp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
