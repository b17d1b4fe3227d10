"""Nothing written into a vault appears in plaintext in any file on disk: the vault, its WAL and
shared-memory files while it is open, its key file, or anything else in the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import JSON, LargeBinary, String, Text, text

from models.audit import record_event
from models.entities import (
    AccessConfirmation,
    Attachment,
    AttachmentChunk,
    AuditEvent,
    Base,
    ChecklistItem,
    Counsel,
    IntakeRecord,
    Matter,
    MemoVersion,
    MemoWorkingDraft,
    Person,
    Setting,
    Signature,
    Task,
    VaultKey,
)

CANARY = "CANARY-q7Zx93"
CANARY_CJK = "金丝雀测试字符串"
CANARY_BYTES = b"\x00CANARY-BYTES-\xff\x10\x7f-q7Zx93\x00" * 64


def _canary_text(tag: str) -> str:
    return f"{CANARY} {tag} {CANARY_CJK}"


def _fill_text_columns(obj: Any, table: str) -> None:
    """Every string, text and JSON column that is not a key gets a canary."""
    for column in type(obj).__table__.columns:
        if column.primary_key or column.foreign_keys:
            continue
        if isinstance(column.type, JSON):
            setattr(obj, column.key, {"value": _canary_text(f"{table}.{column.key}")})
        elif isinstance(column.type, String | Text) and column.key not in ("id",):
            setattr(obj, column.key, _canary_text(f"{table}.{column.key}"))
        elif isinstance(column.type, LargeBinary):
            setattr(obj, column.key, CANARY_BYTES)


def _needles() -> list[bytes]:
    found = []
    for value in (CANARY, CANARY_CJK):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(value.encode(encoding))
    found.append(b"CANARY-BYTES-")
    return found


def _leaks(folder: Path) -> list[str]:
    leaks = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in _needles():
            if needle in data:
                leaks.append(f"{path.name} contains {needle!r}")
    return leaks


def test_no_canary_reaches_any_file(vault_factory, tmp_path: Path) -> None:
    vault, _ = vault_factory("canary.obv")
    filled: set[str] = set()
    with vault.session() as session:
        counsel = Counsel()
        _fill_text_columns(counsel, "counsel")
        session.add(counsel)
        session.flush()
        matter = Matter(kind="travel")
        _fill_text_columns(matter, "matter")
        matter.reference = f"{CANARY}-REF"
        matter.status = "intake"
        matter.assigned_counsel_id = counsel.id
        session.add(matter)
        session.flush()
        rows: list[Any] = []
        intake = IntakeRecord(matter_id=matter.id, revision=1, form_version=1)
        checklist = ChecklistItem(matter_id=matter.id, rule_id="R-1", rule_version=1)
        memo = MemoVersion(matter_id=matter.id, number=1)
        attachment = Attachment(matter_id=matter.id, size=len(CANARY_BYTES))
        vault_key = VaultKey(public_key=CANARY_BYTES)
        setting = Setting(key="canary-setting")
        working_draft = MemoWorkingDraft(matter_id=matter.id)
        rows += [intake, checklist, memo, working_draft, attachment, vault_key, setting]
        for row in rows:
            _fill_text_columns(row, type(row).__tablename__)
        intake.form_id = "travel"
        setting.key = "canary-setting"
        session.add_all(rows)
        session.flush()
        signature = Signature(memo_version_id=memo.id, counsel_id=counsel.id)
        _fill_text_columns(signature, "signature")
        session.add(signature)
        session.add(AttachmentChunk(attachment_id=attachment.id, seq=0, data=CANARY_BYTES))
        # The people register and the tasks (issue 15) hold names, notes and identifiers too.
        person = Person()
        _fill_text_columns(person, "person")
        session.add(person)
        session.flush()
        matter.person_id = person.id
        confirmation = AccessConfirmation(person_id=person.id, source="confirmed")
        _fill_text_columns(confirmation, "access_confirmation")
        confirmation.person_id = person.id
        task = Task(matter_id=matter.id, action_number=1)
        _fill_text_columns(task, "task")
        task.matter_id, task.evidence_attachment_id = matter.id, attachment.id
        session.add_all([confirmation, task])
        # The existing settings (organisation, ...) get canary values too.
        for existing in session.query(Setting).all():
            existing.value = {"value": _canary_text(f"setting.{existing.key}")}
        record_event(
            session,
            actor=_canary_text("actor"),
            action="matter.created",
            entity="matter",
            entity_id=matter.id,
            matter_id=matter.id,
            details={"title": _canary_text("audit.details"), "note": CANARY_CJK},
        )
        session.execute(
            text(
                "INSERT INTO matter_search (matter_id, reference, person, organisations, "
                "summary, notes) VALUES (:id, :t, :t, :t, :t, :t)"
            ),
            {"id": matter.id, "t": _canary_text("matter_search")},
        )
        filled = {m.class_.__tablename__ for m in Base.registry.mappers}

    # Every mapped table was given rows above (audit_head comes with the event).
    with vault.session() as session:
        for table in filled:
            count = session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            assert count >= 1, f"the canary test wrote nothing into {table}"
        hit = session.execute(
            text("SELECT count(*) FROM matter_search WHERE matter_search MATCH :q"),
            {"q": '"丝雀测"'},
        ).scalar_one()
        assert hit == 1  # the data really is there, and searchable
        assert session.query(AuditEvent).count() == 1

    vault_path = tmp_path / "canary.obv"
    # While open: the WAL holds the fresh pages; it must be ciphertext too.
    assert Path(f"{vault_path}-wal").exists()
    assert _leaks(tmp_path) == []

    vault.lock()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "canary.obv" in names and "canary.obv.keys" in names
    assert _leaks(tmp_path) == []
    assert vault_path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_the_scan_would_see_plaintext(tmp_path: Path) -> None:
    """Control: the same scan finds the canaries in an unencrypted database, UTF-8 or UTF-16."""
    import sqlite3

    for name, encoding in (("plain8.db", "UTF-8"), ("plain16.db", "UTF-16le")):
        conn = sqlite3.connect(tmp_path / name)
        conn.execute(f"PRAGMA encoding = '{encoding}'")
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (_canary_text("control"),))
        conn.commit()
        conn.close()
    leaks = _leaks(tmp_path)
    assert any(leak.startswith("plain8.db") for leak in leaks)
    assert any(leak.startswith("plain16.db") for leak in leaks)
