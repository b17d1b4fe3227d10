"""policy version on matters, structured actions on checklist items

Revision ID: 0010
Revises: 0005
Create Date: 2026-11-30 12:00:00

Review policy 2 (review-policy.md) versions assessments: each matter records the policy its
checklist was assessed under. Every matter already in a vault was assessed under policy 1 and
keeps it until counsel re-assesses it. Checklist items gain their structured actions (owner,
due date); the existing `actions` column keeps the action texts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("matter") as batch:
        batch.add_column(
            sa.Column("policy_version", sa.Integer(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("checklist_item") as batch:
        batch.add_column(sa.Column("action_items", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.drop_column("action_items")
    with op.batch_alter_table("matter") as batch:
        batch.drop_column("policy_version")
