"""tasks: the tracked actions of checklist items and the key dates of matters

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 14:30:00

Issue 15: each open action of a checklist item (review policy 2's structured actions) becomes a
task with an assignee, a due date computed from the matter's date facts, a status and who closed
it; a matter's key dates (last day, travel, secondment, 脱密 period end, non-compete end) sit in
the same table so the due view is one index walk. Existing matters get their tasks the next time
they are re-assessed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("matter_id", sa.String(36), nullable=False),
        sa.Column("entry", sa.String(10), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("action_number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_role", sa.String(20), nullable=False),
        sa.Column("due_rule", sa.String(200), nullable=True),
        sa.Column("due_reference", sa.String(64), nullable=True),
        sa.Column("due_on", sa.String(10), nullable=True),
        sa.Column("due_approximate", sa.Boolean(), nullable=False),
        sa.Column("previous_due_on", sa.String(10), nullable=True),
        sa.Column("due_changed", sa.Boolean(), nullable=False),
        sa.Column("due_changed_at", sa.String(32), nullable=True),
        sa.Column("assignee_counsel_id", sa.String(36), nullable=True),
        sa.Column("assignee", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence_attachment_id", sa.String(36), nullable=True),
        sa.Column("closed_by", sa.String(200), nullable=True),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("no_longer_applies", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name="fk_task_matter_id_matter", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["assignee_counsel_id"], ["counsel.id"], name="fk_task_assignee_counsel_id_counsel"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_task"),
        sa.UniqueConstraint(
            "matter_id", "entry", "rule_id", "action_number", name="uq_task_matter_id"
        ),
    )
    op.create_index("ix_task_due", "task", ["status", "no_longer_applies", "due_on", "id"])
    op.create_index("ix_task_assignee_due", "task", ["assignee_counsel_id", "status", "due_on"])
    op.create_index("ix_task_owner_due", "task", ["owner_role", "status", "due_on"])
    op.create_index("ix_task_matter_due", "task", ["matter_id", "status", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_task_matter_due", table_name="task")
    op.drop_index("ix_task_owner_due", table_name="task")
    op.drop_index("ix_task_assignee_due", table_name="task")
    op.drop_index("ix_task_due", table_name="task")
    op.drop_table("task")
