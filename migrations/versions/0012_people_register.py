"""the people register: a person across matters and their access confirmations

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-30 14:40:00

A person record holds the standing facts of someone counsel review more than once (issue 15);
matters link to it (existing matters stay unlinked until counsel link them). Each confirmation
of the person's access to the core assets is kept. The tier history is not stored: it is read
from the linked matters' assessments.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_zh", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("name_zh_key", sa.String(length=300), nullable=False),
        sa.Column("employee_number", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("nationality", sa.String(length=8), nullable=False),
        sa.Column("other_citizenships", sa.JSON(), nullable=False),
        sa.Column("key_position", sa.String(length=10), nullable=True),
        sa.Column("secrets_level", sa.String(length=16), nullable=True),
        sa.Column("confidentiality_until", sa.String(length=10), nullable=True),
        sa.Column("noncompete_until", sa.String(length=10), nullable=True),
        sa.Column("travel_documents_held", sa.String(length=10), nullable=True),
        sa.Column("travel_documents_authority", sa.String(length=300), nullable=False),
        sa.Column("standing_from_intake_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_index("ix_person_name_id", "person", ["name", "id"])
    op.create_index("ix_person_name_key", "person", ["name_key"])
    op.create_index("ix_person_name_zh_key", "person", ["name_zh_key"])
    op.create_index("ix_person_employee_number", "person", ["employee_number"])
    op.create_index("ix_person_key_position", "person", ["key_position"])
    op.create_index("ix_person_confidentiality_until", "person", ["confidentiality_until"])
    op.create_index("ix_person_noncompete_until", "person", ["noncompete_until"])
    op.create_table(
        "access_confirmation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("assets", sa.JSON(), nullable=False),
        sa.Column("confirmed_at", sa.String(length=32), nullable=False),
        sa.Column("confirmed_by", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("intake_record_id", sa.String(length=36), nullable=True),
        sa.Column("matter_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"],
            name=op.f("fk_access_confirmation_person_id_person"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_confirmation")),
    )
    op.create_index(
        "ix_access_confirmation_person_id_confirmed_at",
        "access_confirmation",
        ["person_id", "confirmed_at"],
    )
    # Plain ADD COLUMN (alembic's add_column with a reference needs a batch rebuild of the
    # matter table, slow at every vault size); casework.people keeps the link consistent.
    op.add_column("matter", sa.Column("person_id", sa.String(length=36), nullable=True))
    op.create_index(
        "ix_matter_person_id_created_at", "matter", ["person_id", "created_at", "tier"]
    )


def downgrade() -> None:
    op.drop_index("ix_matter_person_id_created_at", table_name="matter")
    with op.batch_alter_table("matter") as batch:
        batch.drop_column("person_id")
    op.drop_table("access_confirmation")
    op.drop_table("person")
