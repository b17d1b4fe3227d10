"""Atomic creation of an exported file: a hidden temporary name in the destination folder, owner
read/write only, fsync, then rename. On any failure or cancel the temporary file is removed, so
either the whole bundle appears under its name or nothing does.

The file is written strictly in order through `HashingWriter`, which hashes each byte as it goes
out: the file's SHA-256 is known at the end without reading the file back. It cannot seek, so
zipfile writes each member's CRC and sizes in a data descriptor after its data (standard zip,
read by every unzip) instead of going back to patch the local header."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bundles.errors import BundleError, BundleExistsError

WRITE_BUFFER = 1024 * 1024


class HashingWriter:
    """A write-only, forward-only file: every byte written is hashed once, on the way out."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._digest = hashlib.sha256()
        self._position = 0

    def write(self, data: Any) -> int:
        view = memoryview(data)
        self._raw.write(view)
        self._digest.update(view)
        self._position += view.nbytes
        return view.nbytes

    def tell(self) -> int:
        return self._position

    def seekable(self) -> bool:
        return False

    def seek(self, *_: Any) -> int:
        raise io.UnsupportedOperation("a bundle is written in one pass")

    def flush(self) -> None:
        self._raw.flush()

    def fileno(self) -> int:
        return int(self._raw.fileno())

    @property
    def closed(self) -> bool:
        return bool(self._raw.closed)

    def close(self) -> None:
        self._raw.close()

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class AtomicFile:
    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self.temp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.partial")
        self.handle: HashingWriter | None = None

    def open(self) -> HashingWriter:
        if self.dest.exists():
            raise BundleExistsError(f"{self.dest} already exists; choose another file name")
        if not self.dest.parent.is_dir():
            raise BundleError(f"the folder {self.dest.parent} does not exist")
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(self.temp, flags, 0o600)
        self.handle = HashingWriter(os.fdopen(fd, "wb", buffering=WRITE_BUFFER))
        return self.handle

    def commit(self) -> str:
        """One fsync, rename into place; returns the sha256 of the file as written."""
        assert self.handle is not None
        self.handle.flush()
        os.fsync(self.handle.fileno())
        digest = self.handle.hexdigest()
        self.handle.close()
        if self.dest.exists():  # appeared while we worked: never overwrite
            raise BundleExistsError(f"{self.dest} already exists; choose another file name")
        os.replace(self.temp, self.dest)
        _fsync_dir(self.dest.parent)
        return digest

    def discard(self) -> None:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
        self.temp.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(dest: Path) -> Iterator[AtomicFile]:
    target = AtomicFile(dest)
    target.open()
    try:
        yield target
    except BaseException:
        target.discard()
        raise
