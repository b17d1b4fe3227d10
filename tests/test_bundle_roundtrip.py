"""Case bundles: export from one vault, import into another, everything equal; the independent
`bagit` package accepts the bag; duplicates, copies, encryption, cancel and failure."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import bagit
import pytest
from sqlalchemy import select
from test_bundle_support import dump_vault, make_rich_matter

from bundles import layout
from bundles.errors import (
    BundleCancelledError,
    BundleExistsError,
    BundlePassphraseError,
)
from bundles.transport import is_encrypted
from casework.attachments import iter_attachment
from casework.bundle_export import export_matter
from casework.bundle_import import import_bundle
from casework.bundle_verify import verify_bundle
from casework.signing_keys import known_in
from models.audit import matter_events, verify_chain
from models.entities import (
    Attachment,
    ChecklistItem,
    IntakeRecord,
    Matter,
    MemoVersion,
    Signature,
)
from models.search import search_condition


def _columns(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}


def _snapshot(vault: Any, matter_id: str) -> dict[str, Any]:
    """Everything a matter holds, as comparable plain values."""
    with vault.session() as s:
        def rows(model: Any, *order: Any) -> list[dict[str, Any]]:
            stmt = select(model).where(model.matter_id == matter_id).order_by(*order)
            return [_columns(r) for r in s.execute(stmt).scalars()]

        memos = rows(MemoVersion, MemoVersion.number)
        sigs = [
            _columns(sig, skip=("counsel_id", "imported", "verified_by"))
            for sig in s.execute(
                select(Signature).join(MemoVersion).where(MemoVersion.matter_id == matter_id)
            ).scalars()
        ]
        atts = rows(Attachment, Attachment.id)
        return {
            "matter": _columns(s.get(Matter, matter_id)),
            "intake": rows(IntakeRecord, IntakeRecord.revision),
            "checklist": rows(ChecklistItem, ChecklistItem.rule_id),
            "memos": memos,
            "signatures": sigs,
            "attachments": atts,
            "bytes": {a["id"]: b"".join(iter_attachment(s, a["id"])) for a in atts},
            "events": [(e.id, e.action, e.hash) for e in matter_events(s, matter_id)],
        }


@pytest.fixture
def exported(vault_factory: Any, tmp_path: Path) -> dict[str, Any]:
    source, _ = vault_factory("source.obv")
    info = make_rich_matter(source)
    before_export = _snapshot(source, info["id"])
    calls: list[tuple[int, int]] = []
    result = export_matter(
        source, info["reference"], tmp_path / "case.zip", actor="exporter",
        progress=lambda d, t: calls.append((d, t)),
    )
    return {"source": source, "info": info, "result": result, "before": before_export,
            "progress": calls}


def test_round_trip_into_a_fresh_vault(exported: dict[str, Any], vault_factory: Any) -> None:
    source, info, result = exported["source"], exported["info"], exported["result"]
    assert exported["progress"][-1][0] == exported["progress"][-1][1] > 0
    with source.session() as s:
        last = list(matter_events(s, info["id"]))[-1]
        assert last.action == "bundle.export" and result.sha256 in last.details

    target, _ = vault_factory("target.obv")
    imported = import_bundle(target, result.path, actor="importer")
    assert imported.matter_id == info["id"] and imported.reference == info["reference"]
    assert imported.signature == "valid" and imported.key_known is False

    want, got = exported["before"], _snapshot(target, info["id"])
    for part in ("matter", "intake", "checklist", "memos", "signatures", "attachments", "bytes"):
        assert got[part] == want[part], part
    assert got["bytes"] == info["attachments"]
    with target.session() as s:  # a sign-off from a bundle is imported, never linked by name
        [sig] = s.execute(select(Signature)).scalars()
        assert (sig.imported, sig.counsel_id, sig.verified_by) == (True, None, None)
        assert "imported, not verified" in sig.shown_signer
    signed = [m for m in got["memos"] if m["state"] == "signed"]
    assert len(signed) == 1 and signed[0]["pdf"] == info["pdf"]  # byte-identical PDF
    assert got["events"][:-1] == want["events"]  # same ids and hashes, same order
    assert got["events"][-1][1] == "bundle.import"
    with target.session() as s:
        assert verify_chain(s).ok
        import_event = list(matter_events(s, info["id"]))[-1]
        assert result.sha256 in import_event.details
        assert imported.signer_fingerprint in import_event.details
        where, params = search_condition("Training")  # reindexed for search
        from sqlalchemy import text

        hits = s.execute(text(f"SELECT id FROM matter WHERE {where}"), params).scalars().all()
        assert info["id"] in hits


def test_the_bagit_package_validates_the_unzipped_bag(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "unzipped"
    with zipfile.ZipFile(exported["result"].path) as zf:
        zf.extractall(out)
    (base,) = list(out.iterdir())
    bag = bagit.Bag(str(base))
    bag.validate(fast=False)  # checksums of every payload and tag file
    assert bag.version_info == (1, 0)
    assert bag.info[layout.L_FORMAT] == "2.0"
    assert bag.info[layout.L_EXTERNAL_ID] == exported["info"]["reference"]
    assert (base / layout.SIGNATURE).is_file()
    names = {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}
    assert {"data/matter.json", "data/intake.json", "data/checklist.json", "data/audit.jsonl",
            "data/attachments/index.json", "data/memos/v1.json", "data/memos/v1.pdf",
            "data/memos/v2.json"} <= names
    assert "data/memos/v2.pdf" not in names  # drafts have no stored PDF


def test_verify_reports_every_check_and_the_key(exported: dict[str, Any]) -> None:
    report = verify_bundle(exported["result"].path)
    assert report.ok, report.failures
    assert [c.name for c in report.checks] == [
        "zip structure", "bag declaration", "bag-info", "payload manifest", "payload oxum",
        "tag manifest", "signature", "schemas", "consistency", "audit chain", "content",
        "memo sign-offs",
    ]
    assert report.key_known is None and report.signer_fingerprint == exported[
        "result"].signer_fingerprint
    assert verify_bundle(
        exported["result"].path, key_known=known_in(exported["source"])
    ).key_known is True


def test_duplicate_uuid_refused_then_imported_as_copy(exported: dict[str, Any]) -> None:
    source, info, path = exported["source"], exported["info"], exported["result"].path
    before = dump_vault(source)
    with pytest.raises(BundleExistsError, match="already in this vault"):
        import_bundle(source, path, actor="importer")
    assert dump_vault(source) == before

    copy = import_bundle(source, path, actor="importer", as_copy=True)
    assert copy.matter_id != info["id"] and copy.reference != info["reference"]
    got, want = _snapshot(source, copy.matter_id), exported["before"]
    prov = got["matter"]["provenance"]["copied_from"]
    assert prov["uuid"] == info["id"] and prov["reference"] == info["reference"]
    assert prov["bundle_sha256"] == exported["result"].sha256 and prov["exporter"] == "exporter"
    assert prov["audit_head"] == want["events"][-1][2]
    assert sorted(got["bytes"].values()) == sorted(info["attachments"].values())
    assert not set(got["bytes"]) & set(info["attachments"])  # new attachment ids
    new_att_ids = set(got["bytes"])
    linked = [i for i in got["checklist"] if i["evidence_attachment_ids"]]
    assert linked and all(set(i["evidence_attachment_ids"]) <= new_att_ids for i in linked)
    assert [m["pdf"] for m in got["memos"]] == [m["pdf"] for m in want["memos"]]
    assert len(got["events"]) == len(want["events"]) + 1  # re-recorded, plus the import
    with source.session() as s:
        assert verify_chain(s).ok


def test_encrypted_round_trip_and_wrong_passphrase(
    vault_factory: Any, tmp_path: Path
) -> None:
    source, _ = vault_factory("source.obv")
    info = make_rich_matter(source)
    result = export_matter(source, info["reference"], tmp_path / "case.age", actor="x",
                           encrypt_passphrase="transport words")
    assert result.encrypted and is_encrypted(result.path)
    assert b"NDA between" not in result.path.read_bytes()
    target, _ = vault_factory("target.obv")
    before = dump_vault(target)
    with pytest.raises(BundlePassphraseError, match="is encrypted; give its transport"):
        verify_bundle(result.path)
    with pytest.raises(BundlePassphraseError, match="passphrase is wrong"):
        import_bundle(target, result.path, actor="y", passphrase="wrong words")
    assert dump_vault(target) == before
    imported = import_bundle(target, result.path, actor="y", passphrase="transport words")
    assert _snapshot(target, imported.matter_id)["bytes"] == info["attachments"]


def _out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_cancel_leaves_no_file_and_no_event(vault_factory: Any, tmp_path: Path) -> None:
    source, _ = vault_factory("source.obv")
    info = make_rich_matter(source)
    out = _out(tmp_path)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(BundleCancelledError):
        export_matter(source, info["reference"], out / "case.zip", actor="x", cancel=cancel)
    assert list(out.iterdir()) == []
    assert [e for e in dump_vault(source)["audit_event"] if "bundle.export" in e] == []


def test_failure_mid_export_leaves_no_file(
    vault_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _ = vault_factory("source.obv")
    info = make_rich_matter(source)

    def broken(self: Any, *args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    out = _out(tmp_path)
    monkeypatch.setattr("bundles.bagwriter.BagWriter.finish", broken)
    with pytest.raises(OSError, match="No space left"):
        export_matter(source, info["reference"], out / "case.zip", actor="x")
    assert list(out.iterdir()) == []


def test_export_refuses_to_overwrite(exported: dict[str, Any]) -> None:
    path = exported["result"].path
    with pytest.raises(BundleExistsError, match="already exists"):
        export_matter(exported["source"], exported["info"]["reference"], path, actor="x")


def test_exported_file_is_owner_only(exported: dict[str, Any]) -> None:
    import os
    import stat

    if os.name == "posix":
        assert stat.S_IMODE(exported["result"].path.stat().st_mode) == 0o600
