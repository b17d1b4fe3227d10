"""Alembic, driven from code on the vault's own encrypted connection.

The migration scripts ship in the `migrations` package; it is located as data (not imported) so
the model layer does not depend on the application layer above it.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration runs: opening a current vault (every start-up)
# needs just the revision ids, read from the scripts' headers.
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|None)", re.M
)


def migrations_dir() -> Path:
    spec = importlib.util.find_spec("migrations")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the migrations package is missing from this installation")
    return Path(next(iter(spec.submodule_search_locations)))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, from the `revision = ...` lines of the shipped scripts."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        found: dict[str, str | None] = {}
        for match in _REVISION_LINE.finditer(script.read_text(encoding="utf-8")):
            found[match.group(1)] = match.group(2) or match.group(3)
        if found.get("revision"):
            graph[str(found["revision"])] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    parents = {down for down in graph.values() if down}
    heads = [rev for rev in graph if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"the shipped migrations have {len(heads)} heads; expected one")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    row = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if row is None:
        return None
    version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if version is None else str(version[0])


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
            from alembic import command

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
