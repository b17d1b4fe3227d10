"""matter title source and unanswered required facts

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-30 11:30:00

`title_from_intake`: the title is the one made from the intake (person, kind, destination) and
follows the answers until counsel set one. `missing_required`: how many required facts the latest
intake leaves unanswered (0 = the assessment is complete; NULL = not yet assessed since this
revision), so the list and the header can say "Incomplete" without running the engine.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The titles earlier versions made from the intake: "Departure: Name" or "Departure: Name (US)".
_MADE_TITLE = (
    "upper(substr(kind, 1, 1)) || substr(kind, 2) || ': ' || "
    "CASE WHEN person_name = '' THEN 'unnamed person' ELSE person_name END"
)


def upgrade() -> None:
    with op.batch_alter_table("matter") as batch:
        batch.add_column(
            sa.Column("title_from_intake", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("missing_required", sa.Integer(), nullable=True))
    op.execute(
        f"UPDATE matter SET title_from_intake = 1 WHERE title = {_MADE_TITLE} "
        f"OR title LIKE {_MADE_TITLE} || ' (%)'"
    )


def downgrade() -> None:
    with op.batch_alter_table("matter") as batch:
        batch.drop_column("missing_required")
        batch.drop_column("title_from_intake")
