"""Migration 0009: sign-offs imported before it were linked to local counsel by name alone. On
upgrade they are marked imported, unverified and unlinked; signatures made in the vault stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import text
from test_bundle_support import make_rich_matter
from vault_support import data_key_of

from casework.bundle_export import export_matter
from casework.bundle_import import import_bundle
from models import migrate
from models.engine import make_engine
from models.entities import Signature
from models.vault import Vault

PASSPHRASE = "correct horse battery"


def _back_to_0005_linked(path: Path, recovery: str) -> None:
    """The vault as 0005 left it: no imported/verified_by columns, every signature linked to a
    counsel row named like its signer (what import used to do)."""
    engine = make_engine(path, data_key_of(path, recovery))
    try:
        with engine.connect() as conn:
            # As models.migrate.upgrade does: a batch rebuild with foreign keys on would
            # cascade-delete the child rows (memo versions, signatures) of a rebuilt table.
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            with conn.begin():
                command.downgrade(migrate.alembic_config(conn), "0005")
            raw.execute("PRAGMA foreign_keys = ON")
        with engine.begin() as conn:
            for sig_id, name in conn.execute(text("SELECT id, signer_name FROM signature")).all():
                counsel = conn.execute(text("SELECT id FROM counsel WHERE name = :n"),
                                       {"n": name}).scalar()
                if counsel is None:
                    counsel = f"c-{sig_id[:8]}"
                    conn.execute(text("INSERT INTO counsel (id, name, title, created_at) VALUES "
                                      "(:id, :n, '', '2026-01-01T00:00:00Z')"),
                                 {"id": counsel, "n": name})
                conn.execute(text("UPDATE signature SET counsel_id = :c WHERE id = :s"),
                             {"c": counsel, "s": sig_id})
    finally:
        engine.dispose()


def _signatures(path: Path) -> list[tuple[Any, ...]]:
    vault = Vault.unlock_passphrase(path, PASSPHRASE)  # upgrades to head on open
    try:
        with vault.session() as s:
            return [(sig.signer_name, sig.imported, sig.counsel_id is None, sig.verified_by)
                    for sig in s.query(Signature)]
    finally:
        vault.lock()


def test_upgrade_unlinks_signatures_that_came_by_bundle(vault_factory: Any,
                                                        tmp_path: Path) -> None:
    source, source_recovery = vault_factory("source.obv", PASSPHRASE)
    target, target_recovery = vault_factory("target.obv", PASSPHRASE)
    info = make_rich_matter(source)
    bundle = export_matter(source, info["reference"], tmp_path / "case.zip", actor="x").path
    import_bundle(target, bundle, actor="importer")
    source.lock()
    target.lock()
    for name, recovery in (("source.obv", source_recovery), ("target.obv", target_recovery)):
        _back_to_0005_linked(tmp_path / name, recovery)

    assert _signatures(tmp_path / "target.obv") == [("Li Wei", True, True, None)]
    assert _signatures(tmp_path / "source.obv") == [("Li Wei", False, False, None)]
