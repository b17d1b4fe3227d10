"""Alembic, driven from code on the vault's own encrypted connection.

The migration scripts ship in the `migrations` package; it is located as data (not imported) so
the model layer does not depend on the application layer above it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine


def migrations_dir() -> Path:
    spec = importlib.util.find_spec("migrations")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the migrations package is missing from this installation")
    return Path(next(iter(spec.submodule_search_locations)))


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate to `target` in one transaction, with foreign keys off meanwhile.

    Batch migrations rebuild a table by copy, drop and rename; with foreign keys on, SQLite's
    DROP TABLE first deletes every row, and ON DELETE CASCADE would empty the child tables
    (intake records, checklists, memos, attachments). The pragma has no effect inside a
    transaction, so it is set on the bare connection before BEGIN, and the result is checked
    with `foreign_key_check` before the commit.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(
                        f"the schema upgrade to {target} would leave {len(broken)} rows with "
                        "dangling references; nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
