"""imported sign-offs: never linked by name, verified against the PDF

Revision ID: 0009
Revises: 0005
Create Date: 2026-11-30 11:40:00

A signature that came in a case bundle is marked `imported` and keeps, in `verified_by`, the
certificate subject of the valid PDF signature that carries it (NULL when the PDF carries none).
Signatures imported before this revision were linked to local counsel by name alone: they are
marked imported and unverified, and unlinked, since nothing checked them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it; a batch rebuild would reflect every related table).
    op.add_column(
        "signature",
        sa.Column("imported", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column("signature", sa.Column("verified_by", sa.String(length=500), nullable=True))
    _mark_earlier_imports()


def _mark_earlier_imports() -> None:
    """A signature on a matter that came by bundle is imported unless this vault recorded its
    signing (a memo.sign event by the same signer and capacity after the last import)."""
    conn = op.get_bind()
    last_import: dict[str, int] = dict(
        conn.execute(
            sa.text(
                "SELECT matter_id, max(seq) FROM audit_event WHERE action = 'bundle.import' "
                "GROUP BY matter_id"
            )
        ).all()
    )
    if not last_import:
        return
    rows = conn.execute(
        sa.text(
            "SELECT s.id, s.memo_version_id, v.matter_id, s.signer_name, s.capacity "
            "FROM signature s JOIN memo_version v ON v.id = s.memo_version_id"
        )
    ).all()
    for sig_id, version_id, matter_id, signer, capacity in rows:
        after = last_import.get(matter_id)
        if after is None:
            continue
        signed_here = False
        for (details,) in conn.execute(
            sa.text(
                "SELECT details FROM audit_event WHERE action = 'memo.sign' AND entity_id = :v "
                "AND seq > :after"
            ),
            {"v": version_id, "after": after},
        ):
            recorded = json.loads(details)
            signed_here |= (recorded.get("signer"), recorded.get("capacity")) == (signer, capacity)
        if not signed_here:
            conn.execute(
                sa.text("UPDATE signature SET imported = 1, counsel_id = NULL WHERE id = :id"),
                {"id": sig_id},
            )


def downgrade() -> None:
    op.drop_column("signature", "verified_by")  # SQLite 3.35+ drops columns in place
    op.drop_column("signature", "imported")
