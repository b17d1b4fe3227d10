"""Alembic environment: runs on the connection the application passes in (never a URL)."""

from __future__ import annotations

from alembic import context

from models.entities import Base

target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The full-text index is an FTS5 virtual table with shadow tables, managed by hand.
    if type_ == "table" and name and name.startswith("matter_search"):
        return False
    return True


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Outbound migrations run only on a connection passed in by the app")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
