"""memo working draft

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 11:40:00

Counsel's unsaved memo narrative, one row per matter, so that closing the matter window or an
idle lock keeps what was typed without making a memo version per keystroke.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "memo_working_draft",
        sa.Column("matter_id", sa.String(length=36), nullable=False),
        sa.Column("narrative", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.String(length=32), nullable=False),
        sa.Column("saved_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_memo_working_draft_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("matter_id", name=op.f("pk_memo_working_draft")),
    )


def downgrade() -> None:
    op.drop_table("memo_working_draft")
