"""Rotating the data key from the Vault menu: runs in a worker, keeps every matter, and the
old data key no longer opens the file."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from test_ui_support import Dialogs, insert_matters, ui_env, wait_listed  # noqa: F401

from casework.listing import count_matters
from models.vault import Vault

PASSPHRASE = "correct horse battery"


def test_rotate_data_key_from_the_menu(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    insert_matters(vault, 12)
    old_key = bytes(vault._data_key)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    wait_listed(qtbot, window)

    window.action_rekey.trigger()  # the confirmation is answered Yes by ui_env
    qtbot.waitUntil(lambda: window.action_rekey.isEnabled(), timeout=20_000)
    assert any("re-encrypt" in text for text in ui_env.texts())
    assert "re-encrypted" in window.statusBar().currentMessage()

    with vault.session() as session:
        assert count_matters(session) == 12
    assert vault.check().ok
    stale = sqlcipher.connect(str(vault.path))
    stale.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    try:
        stale.execute("SELECT count(*) FROM sqlite_master").fetchone()
        opened_with_old_key = True
    except sqlcipher.DatabaseError:
        opened_with_old_key = False
    finally:
        stale.close()
    assert not opened_with_old_key
    window.close()
    reopened = Vault.unlock_passphrase(vault.path, PASSPHRASE)
    with reopened.session() as session:
        assert count_matters(session) == 12
    reopened.lock()
