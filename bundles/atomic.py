"""Atomic creation of an exported file: a hidden temporary name in the destination folder, owner
read/write only, fsync, then rename. On any failure or cancel the temporary file is removed, so
either the whole bundle appears under its name or nothing does."""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bundles.errors import BundleError, BundleExistsError


class AtomicFile:
    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self.temp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.partial")
        self.handle: BinaryIO | None = None

    def open(self) -> BinaryIO:
        if self.dest.exists():
            raise BundleExistsError(f"{self.dest} already exists; choose another file name")
        if not self.dest.parent.is_dir():
            raise BundleError(f"the folder {self.dest.parent} does not exist")
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(self.temp, flags, 0o600)
        self.handle = os.fdopen(fd, "w+b")
        return self.handle

    def commit(self) -> str:
        """fsync, rename into place; returns the sha256 of the file as written."""
        assert self.handle is not None
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.seek(0)
        digest = hashlib.sha256()
        while chunk := self.handle.read(1024 * 1024):
            digest.update(chunk)
        self.handle.close()
        if self.dest.exists():  # appeared while we worked: never overwrite
            raise BundleExistsError(f"{self.dest} already exists; choose another file name")
        os.replace(self.temp, self.dest)
        _fsync_dir(self.dest.parent)
        return digest.hexdigest()

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
