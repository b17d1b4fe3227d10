"""An attachment's bytes read back from the vault with one streaming SELECT ordered by `seq`,
rather than one query per chunk: SQLite steps the cursor row by row, so only the current chunk
is in memory whatever the attachment's size."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from bundles.errors import BundleError
from models.entities import AttachmentChunk


class ChunkGapError(BundleError):
    """The stored chunks of an attachment are not numbered 0, 1, 2, … without a gap."""


def stream_chunks(session: Session, attachment_id: str) -> Iterator[bytes]:
    """The attachment's chunks in order, through the session's own connection (same
    transaction). A missing chunk raises instead of ending the file early."""
    table = AttachmentChunk.__table__
    statement = (
        select(table.c.seq, table.c.data)
        .where(table.c.attachment_id == attachment_id)
        .order_by(table.c.seq)
    )
    result = session.connection().execute(statement)
    try:
        expected = 0
        for seq, data in result:
            if seq != expected:
                raise ChunkGapError(
                    f"attachment {attachment_id} is missing stored chunk {expected}"
                )
            expected += 1
            yield data
    finally:
        result.close()
