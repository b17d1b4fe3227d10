"""Attachments stored inside the vault in chunks, read and written as streams."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import BinaryIO

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from casework.matters import ensure_writable, get_matter
from forms.errors import OutboundError
from models.audit import record_event
from models.engine import PAGE_CACHE_KIB, STREAMING_CACHE_KIB
from models.entities import Attachment, AttachmentChunk, ChecklistItem, Task, utc_now_iso
from models.errors import RecordNotFoundError

CHUNK_SIZE = 1024 * 1024
MAX_NAME = 255


class AttachmentError(OutboundError):
    pass


def clean_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not base or base in (".", "..") or any(ord(c) < 32 for c in base):
        raise AttachmentError(f"'{name}' is not a usable file name; rename the file and try again")
    return base[:MAX_NAME]


def add_attachment(
    session: Session,
    matter_id: str,
    *,
    name: str,
    stream: BinaryIO,
    actor: str,
    media_type: str = "application/octet-stream",
    attachment_id: str | None = None,
    created_at: str | None = None,
) -> Attachment:
    """Copy `stream` into the vault chunk by chunk; never holds the whole file in memory."""
    matter = get_matter(session, matter_id)
    ensure_writable(matter)
    attachment = Attachment(
        matter_id=matter.id,
        name=clean_name(name),
        media_type=media_type or "application/octet-stream",
        created_by=actor,
        created_at=created_at or utc_now_iso(),
    )
    if attachment_id:
        attachment.id = attachment_id
    session.add(attachment)
    session.flush()
    digest, size, seq = hashlib.sha256(), 0, 0
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
        # Core insert: no ORM object keeps the chunk alive after it is written.
        session.execute(
            insert(AttachmentChunk), [{"attachment_id": attachment.id, "seq": seq, "data": chunk}]
        )
        seq += 1
    attachment.size, attachment.sha256 = size, digest.hexdigest()
    matter.updated_at = utc_now_iso()
    record_event(
        session,
        actor=actor,
        action="attachment.add",
        entity="attachment",
        entity_id=attachment.id,
        matter_id=matter.id,
        details={
            "name": attachment.name,
            "size": size,
            "sha256": attachment.sha256,
            "media_type": attachment.media_type,
        },
    )
    session.flush()
    session.expire(matter, ["attachments"])  # added by matter id: reload the collection
    return attachment


@contextlib.contextmanager
def streaming_page_cache(session: Session) -> Iterator[None]:
    """Shrink the connection's page cache while attachments stream through it: their pages are
    read (or written) once, so caching them would only make memory grow with file size."""
    connection = session.connection()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{STREAMING_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")


def iter_attachment(session: Session, attachment_id: str) -> Iterator[bytes]:
    """The attachment's bytes, one chunk at a time."""
    seq = 0
    while True:
        chunk = session.execute(
            select(AttachmentChunk.data).where(
                AttachmentChunk.attachment_id == attachment_id, AttachmentChunk.seq == seq
            )
        ).scalar_one_or_none()
        if chunk is None:
            return
        yield chunk
        seq += 1


def remove_attachment(session: Session, attachment_id: str, *, actor: str) -> None:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise RecordNotFoundError(f"no attachment '{attachment_id}'")
    ensure_writable(get_matter(session, attachment.matter_id))
    for item in session.execute(
        select(ChecklistItem).where(ChecklistItem.matter_id == attachment.matter_id)
    ).scalars():
        if attachment_id in (item.evidence_attachment_ids or []):
            item.evidence_attachment_ids = [
                a for a in item.evidence_attachment_ids if a != attachment_id
            ]
    # A task's evidence goes with the file, as a checklist item's does (a dangling id would be
    # exported into a bundle that no import accepts).
    session.execute(
        update(Task).where(Task.evidence_attachment_id == attachment_id)
        .values(evidence_attachment_id=None, updated_at=utc_now_iso())
    )
    session.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == attachment_id))
    record_event(
        session,
        actor=actor,
        action="attachment.remove",
        entity="attachment",
        entity_id=attachment_id,
        matter_id=attachment.matter_id,
        details={"name": attachment.name, "sha256": attachment.sha256},
    )
    matter = get_matter(session, attachment.matter_id)
    session.delete(attachment)
    session.flush()
    session.expire(matter, ["attachments"])
    matter.updated_at = utc_now_iso()
