"""Queries behind case bundles: read everything a matter holds, and write a whole imported matter
in the caller's transaction (one `vault.session()`), keeping ids, hashes and the audit chain.

This module knows the tables, not the bundle format: `bundles/` turns these rows into files and
files back into the plain dicts `write_matter` takes (already validated against the schemas).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casework import assessing, tasks
from casework.matters import get_matter, next_reference
from casework.settings import get_settings
from forms.errors import OutboundError
from models.audit import record_event
from models.entities import (
    AccessConfirmation,
    Attachment,
    AttachmentChunk,
    AuditEvent,
    AuditHead,
    ChecklistItem,
    Counsel,
    IntakeRecord,
    Matter,
    MemoVersion,
    Person,
    Signature,
    Task,
)


class BundleStoreError(OutboundError):
    pass


@dataclass
class MatterRecords:
    """Everything one matter holds, in a stable order."""

    matter: Matter
    assigned_counsel: str | None
    intake: list[IntakeRecord]
    checklist: list[ChecklistItem]
    memos: list[MemoVersion]  # with .signatures loaded
    attachments: list[Attachment]
    events: list[AuditEvent]
    person: Person | None = None  # the people register's entry the matter is linked to
    confirmations: list[AccessConfirmation] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)  # key dates included


def read_matter(session: Session, matter_ref: str) -> MatterRecords:
    matter = get_matter(session, matter_ref)
    counsel = (
        session.get(Counsel, matter.assigned_counsel_id) if matter.assigned_counsel_id else None
    )
    memos = list(
        session.execute(
            select(MemoVersion)
            .where(MemoVersion.matter_id == matter.id)
            .order_by(MemoVersion.number)
        ).scalars()
    )
    for memo in memos:
        _ = memo.signatures  # load while the session is open
    return MatterRecords(
        matter=matter,
        assigned_counsel=counsel.name if counsel else None,
        intake=list(
            session.execute(
                select(IntakeRecord)
                .where(IntakeRecord.matter_id == matter.id)
                .order_by(IntakeRecord.revision)
            ).scalars()
        ),
        checklist=list(
            session.execute(
                select(ChecklistItem)
                .where(ChecklistItem.matter_id == matter.id)
                .order_by(ChecklistItem.position, ChecklistItem.rule_id)
            ).scalars()
        ),
        memos=memos,
        attachments=list(
            session.execute(
                select(Attachment)
                .where(Attachment.matter_id == matter.id)
                .order_by(Attachment.created_at, Attachment.id)
            ).scalars()
        ),
        events=list(
            session.execute(
                select(AuditEvent).where(AuditEvent.matter_id == matter.id).order_by(AuditEvent.seq)
            ).scalars()
        ),
        person=session.get(Person, matter.person_id) if matter.person_id else None,
        confirmations=list(
            session.execute(
                select(AccessConfirmation)
                .where(AccessConfirmation.person_id == matter.person_id)
                .order_by(AccessConfirmation.confirmed_at, AccessConfirmation.id)
            ).scalars()
        ) if matter.person_id else [],
        tasks=tasks.matter_tasks(session, matter.id),
    )


# ----- checks before an import ------------------------------------------------------------------
def matter_exists(session: Session, matter_id: str) -> bool:
    return session.get(Matter, matter_id) is not None


def reference_exists(session: Session, reference: str) -> bool:
    return (
        session.execute(select(Matter.id).where(Matter.reference == reference)).first() is not None
    )


def existing_ids(session: Session, ids: dict[str, Iterable[str]]) -> list[str]:
    """Which of the given record ids already exist, per kind of record ('memo_version 1234…')."""
    columns = {
        "intake_record": IntakeRecord.id,
        "checklist_item": ChecklistItem.id,
        "task": Task.id,
        "memo_version": MemoVersion.id,
        "signature": Signature.id,
        "attachment": Attachment.id,
        "audit_event": AuditEvent.id,
        "audit_head": AuditHead.chain,
    }
    found: list[str] = []
    for kind, wanted in ids.items():
        wanted = list(wanted)
        column = columns[kind]
        for start in range(0, len(wanted), 500):  # stay under SQLite's parameter limit
            batch = wanted[start : start + 500]
            found += [
                f"{kind} {row}"
                for row in session.execute(select(column).where(column.in_(batch))).scalars()
            ]
    return found


def new_copy_reference(session: Session) -> str:
    prefix = str(get_settings(session)["reference_prefix"])
    return next_reference(session, prefix, datetime.now(UTC).year)


# ----- writing an imported matter ---------------------------------------------------------------
def write_matter(
    session: Session,
    *,
    matter: dict[str, Any],
    intake: list[dict[str, Any]],
    checklist: list[dict[str, Any]],
    memos: list[dict[str, Any]],
    attachments: list[dict[str, Any]],
    attachment_chunks: Callable[[dict[str, Any]], Iterable[bytes]],
    events: list[dict[str, Any]],
    keep_chain: bool,
    task_rows: list[dict[str, Any]] | None = None,
) -> Matter:
    """Add a whole matter. Dicts are shaped like the bundle's JSON (ids already chosen by the
    caller); each memo dict carries `pdf_bytes`. `task_rows` are stored as given (None: the
    bundle had none, the caller builds them). With `keep_chain` the audit events are stored
    with their own ids and hashes and the chain head is rebuilt; otherwise (a copy) they are
    re-recorded as a new chain in this vault, in order, with their original times and actors.
    Raises BundleStoreError if an attachment's bytes differ from its declared hash or size; the
    caller's transaction then rolls back."""
    counsel_ids = _counsel_ids_by_name(session)
    row = Matter(
        **{k: v for k, v in matter.items() if k not in ("assigned_counsel",)},
        assigned_counsel_id=counsel_ids.get(matter.get("assigned_counsel") or ""),
    )
    session.add(row)
    session.flush()
    session.add_all(IntakeRecord(matter_id=row.id, **r) for r in intake)
    row.missing_required = _missing_required(row.kind, intake)
    session.add_all(ChecklistItem(matter_id=row.id, **i) for i in checklist)
    for memo in memos:
        fields = {k: v for k, v in memo.items() if k not in ("signatures", "pdf", "pdf_bytes")}
        version = MemoVersion(matter_id=row.id, pdf=memo.get("pdf_bytes"), **fields)
        session.add(version)
        for sig in memo["signatures"]:
            # Never linked to this vault's counsel: a name in a bundle is only a claim.
            session.add(Signature(memo_version_id=version.id, counsel_id=None, **sig))
    session.flush()
    for meta in attachments:
        _write_attachment(session, row.id, meta, attachment_chunks(meta))
    if task_rows:
        _write_tasks(session, row, task_rows, counsel_ids)
    if keep_chain:
        _insert_chain(session, row.id, events)
    else:
        for ev in events:
            record_event(
                session,
                actor=ev["actor"],
                action=ev["action"],
                entity=ev["entity"],
                entity_id=ev["entity_id"],
                matter_id=row.id,
                details=ev["details"],
                at=ev["at"],
            )
    session.flush()
    return row


def _write_tasks(
    session: Session, matter: Matter, rows: list[dict[str, Any]], counsel_ids: dict[str, str]
) -> None:
    """The tasks as counsel left them. The assignee's name is linked to this vault's counsel of
    that name, if there is one (as `tasks.assign_task` links a name), else stays a name; whether
    the due view lists a task follows from its status and the matter's, so it is recomputed."""
    session.add_all(
        Task(
            matter_id=matter.id, matter_kind=matter.kind,
            assignee_counsel_id=counsel_ids.get(row["assignee"]) if row["assignee"] else None,
            in_due_view=False, **row,
        )
        for row in rows
    )
    tasks.matter_status_changed(session, matter)  # flushes, then sets in_due_view


def _missing_required(kind: str, intake: list[dict[str, Any]]) -> int | None:
    """Derived, so not in the bundle: the required facts the latest revision leaves unanswered
    (a title stays as the bundle gives it: an imported title never follows the intake)."""
    if not intake:
        return None
    latest = max(intake, key=lambda r: int(r["revision"]))
    try:
        result = assessing.assess(kind, latest["answers"], version=latest.get("form_version"))
    except OutboundError:
        return None  # answers this build cannot assess: the list shows the stored verdict
    return len(result["missing"])


def _counsel_ids_by_name(session: Session) -> dict[str, str]:
    """The assigned counsel is matched to this vault's counsel by exact name (signers never
    are: see write_matter); a bundle does not create people in a vault."""
    return {c.name: c.id for c in session.execute(select(Counsel)).scalars()}


def _write_attachment(
    session: Session, matter_id: str, meta: dict[str, Any], chunks: Iterable[bytes]
) -> None:
    fields = {k: v for k, v in meta.items() if k != "path"}
    session.add(Attachment(matter_id=matter_id, **fields))
    session.flush()
    digest, size, seq = hashlib.sha256(), 0, 0
    for chunk in chunks:
        if not chunk:
            continue
        digest.update(chunk)
        size += len(chunk)
        # Core insert, as attachments.add_attachment does: no ORM object keeps the chunk alive.
        session.execute(
            insert(AttachmentChunk), [{"attachment_id": meta["id"], "seq": seq, "data": chunk}]
        )
        seq += 1
    if size != meta["size"] or digest.hexdigest() != meta["sha256"]:
        raise BundleStoreError(
            f"the attachment '{meta['name']}' changed while it was being imported; "
            "nothing was imported"
        )


def _insert_chain(session: Session, matter_id: str, events: list[dict[str, Any]]) -> None:
    from forms.canonical import canonical_json

    for ev in events:
        session.add(
            AuditEvent(
                id=ev["id"],
                matter_id=matter_id,
                actor=ev["actor"],
                at=ev["at"],
                action=ev["action"],
                entity=ev["entity"],
                entity_id=ev["entity_id"],
                # Stored as canonical text, exactly the form the hash was taken over.
                details=canonical_json(ev["details"]),
                prev_hash=ev["prev_hash"],
                hash=ev["hash"],
            )
        )
        session.flush()  # one at a time so seq follows the chain order
    if events:
        session.add(AuditHead(chain=matter_id, hash=events[-1]["hash"], count=len(events)))
        session.flush()
