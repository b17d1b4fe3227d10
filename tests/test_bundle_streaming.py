"""Bundle streaming: chunks read with one ordered SELECT, each byte hashed once on export (the
file's SHA-256 taken as it is written) and on import (attachments hashed as they are stored)."""

from __future__ import annotations

import hashlib
import io
import itertools
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, update
from test_bundle_support import dump_vault, make_rich_matter, read_bag, write_bag

from bundles import layout
from bundles.errors import BundleError, BundleVerificationError
from casework.attachments import add_attachment, iter_attachment
from casework.bundle_chunks import ChunkGapError, stream_chunks
from casework.bundle_export import export_matter
from casework.bundle_import import import_bundle
from models.entities import Attachment, AttachmentChunk


def test_export_hash_is_the_file_hash_and_members_stream_in_one_pass(
    vault_factory: Any, tmp_path: Path
) -> None:
    source, _ = vault_factory("source.obv")
    info = make_rich_matter(source)
    result = export_matter(source, info["reference"], tmp_path / "case.zip", actor="x")
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    with zipfile.ZipFile(result.path) as zf:
        assert zf.testzip() is None
        assert all(i.flag_bits & 0x08 for i in zf.infolist())  # data descriptors: no seek back


def test_stream_chunks_reads_every_chunk_in_order(vault_factory: Any) -> None:
    vault, _ = vault_factory()
    info = make_rich_matter(vault)
    data = bytes(range(256)) * 9000  # 2.3 MB: three chunks
    with vault.session() as s:
        a = add_attachment(s, info["id"], name="big.bin", stream=io.BytesIO(data), actor="x")
        assert b"".join(stream_chunks(s, a.id)) == data == b"".join(iter_attachment(s, a.id))
        s.execute(
            delete(AttachmentChunk).where(
                AttachmentChunk.attachment_id == a.id, AttachmentChunk.seq == 1
            )
        )
        with pytest.raises(ChunkGapError, match="missing stored chunk 1"):
            b"".join(stream_chunks(s, a.id))
        s.rollback()


def test_export_refuses_an_attachment_that_differs_from_its_recorded_hash(
    vault_factory: Any, tmp_path: Path
) -> None:
    vault, _ = vault_factory()
    info = make_rich_matter(vault)
    with vault.session() as s:
        s.execute(
            update(Attachment).where(Attachment.matter_id == info["id"]).values(sha256="0" * 64)
        )
    dest = tmp_path / "case.zip"
    with pytest.raises(BundleError, match="does not match its recorded SHA-256"):
        export_matter(vault, info["reference"], dest, actor="x")
    assert not dest.exists() and not list(tmp_path.glob(".case.zip.*"))


def test_import_hashes_attachments_once_and_refuses_a_changed_one(
    vault_factory: Any, tmp_path: Path
) -> None:
    source, _ = vault_factory("source.obv")
    target, _ = vault_factory("target.obv")
    info = make_rich_matter(source)
    good = export_matter(source, info["reference"], tmp_path / "good.zip", actor="x").path
    base, files = read_bag(good)
    path = next(p for p in files if layout.ATTACHMENT_RE.fullmatch(p))
    data = bytearray(files[path])
    data[-1] ^= 0x01
    files[path] = bytes(data)
    bad = write_bag(tmp_path / "bad.zip", base, files)
    before = dump_vault(target)
    with pytest.raises(BundleVerificationError, match="does not match its hash") as caught:
        import_bundle(target, bad, actor="y")
    report = caught.value.report
    failed = {c.name: c.message for c in report.failures}  # type: ignore[attr-defined]
    assert path in failed["payload manifest"]
    assert dump_vault(target) == before

    calls: list[tuple[int, int]] = []
    import_bundle(target, good, actor="y", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] > 0
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
