"""tasks: the tracked actions of checklist items and the key dates of matters

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 14:30:00

Issue 15: each open action of a checklist item (review policy 2's structured actions) becomes a
task with an assignee, a due date computed from the matter's date facts, a status and who closed
it; a matter's key dates (last day, travel, secondment, 脱密 period end, non-compete end) sit in
the same table so the due view is one index walk. The actions already on existing checklist items
become open tasks here; key dates come with a matter's next assessment.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# The due view walks one of these in due order (all, per counsel, per owner role, per kind); the
# matter list reads each matter's next due date from the last.
_INDEXES = {
    "ix_task_due_view": ["in_due_view", "due_on", "id", "entry"],
    "ix_task_due_view_counsel": ["in_due_view", "assignee_counsel_id", "due_on", "id", "entry"],
    "ix_task_due_view_owner": ["in_due_view", "owner_role", "due_on", "id", "entry"],
    "ix_task_due_view_kind": ["in_due_view", "matter_kind", "due_on", "id", "entry"],
    "ix_task_matter_next_due": ["matter_id", "in_due_view", "entry", "due_on"],
}


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("matter_id", sa.String(36), nullable=False),
        sa.Column("matter_kind", sa.String(20), nullable=False),
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
        sa.Column("due_changed_at", sa.String(32), nullable=True),
        sa.Column("assignee_counsel_id", sa.String(36), nullable=True),
        sa.Column("assignee", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence_attachment_id", sa.String(36), nullable=True),
        sa.Column("closed_by", sa.String(200), nullable=True),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("no_longer_applies", sa.Boolean(), nullable=False),
        sa.Column("in_due_view", sa.Boolean(), nullable=False),
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
    for name, columns in _INDEXES.items():
        op.create_index(name, "task", columns)
    _backfill(op.get_bind())


def _backfill(conn: sa.engine.Connection) -> None:
    """Every applicable action already stored on a checklist item becomes an open task, so an
    upgraded vault's due view is complete at once (key dates come with the next assessment).
    Mirrors casework.tasks.sync_tasks, which a migration must not import."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    items = conn.execute(sa.text(
        "SELECT c.matter_id, c.rule_id, c.action_items, m.kind, m.status FROM checklist_item c "
        "JOIN matter m ON m.id = c.matter_id "
        "WHERE c.no_longer_applies = 0 AND c.action_items IS NOT NULL"
    )).fetchall()
    rows = []
    for matter_id, rule_id, stored, kind, status in items:
        actions = json.loads(stored) if isinstance(stored, str) else stored
        for action in actions or []:
            due = action.get("due")
            due_rule = action.get("due_rule")
            rows.append({
                "id": str(uuid.uuid4()), "matter_id": matter_id, "kind": kind,
                "rule_id": rule_id, "number": int(action.get("number", 0)),
                "text": str(action.get("text", "")), "owner": str(action.get("owner", "")),
                "due_rule": due_rule, "reference": action.get("reference"),
                "due_on": None if due in (None, "unknown") else str(due),
                "approximate": bool(action.get("approximate")),
                "shown": due_rule is not None and status not in ("closed", "archived"),
                "now": now,
            })
    if rows:
        conn.execute(sa.text(
            "INSERT INTO task (id, matter_id, matter_kind, entry, rule_id, action_number, text, "
            "owner_role, due_rule, due_reference, due_on, due_approximate, assignee, status, "
            "note, no_longer_applies, in_due_view, created_at, updated_at) VALUES (:id, "
            ":matter_id, :kind, 'action', :rule_id, :number, :text, :owner, :due_rule, "
            ":reference, :due_on, :approximate, '', 'open', '', 0, :shown, :now, :now)"
        ), rows)

def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="task")
    op.drop_table("task")
