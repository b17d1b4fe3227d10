"""The one helper that writes a whole private file: owner-only, and all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.private_file import write_private_file


def test_the_file_is_owner_only_and_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(b"old")
    write_private_file(path, b"%PDF new")
    assert path.read_bytes() == b"%PDF new"
    assert path.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]


def test_a_failure_before_the_rename_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kit.pdf"
    path.write_bytes(b"old kit")

    def crash() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_private_file(path, b"new kit", before_replace=crash)
    assert path.read_bytes() == b"old kit"
    assert [p.name for p in tmp_path.iterdir()] == ["kit.pdf"]
