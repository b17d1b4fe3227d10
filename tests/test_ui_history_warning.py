"""Opening a vault in the window whose history is older than this computer last saw (an older
copy restored, or its audit trail rewritten) says so at once, in words, before any work; counsel
who restored it on purpose can accept it, and that acceptance is audited."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from casework_support import create_from, scenario
from test_ui_support import Dialogs, ui_env  # noqa: F401 - fixture

from models.keyfile import keyfile_path
from models.vault import Vault

PASSPHRASE = "correct horse battery"


def _copy(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
    shutil.copyfile(keyfile_path(src), keyfile_path(dest))


def _rolled_back_vault(vault_factory: Any, tmp_path: Path) -> Path:
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        create_from(session, scenario("01"))
    vault.lock()
    path = tmp_path / "v.obv"
    _copy(path, tmp_path / "old.obv")
    grown = Vault.unlock_passphrase(path, PASSPHRASE)
    with grown.session() as session:
        create_from(session, scenario("03"))
    grown.lock()  # this computer now remembers the longer history
    _copy(tmp_path / "old.obv", path)  # the rollback
    return path


def _open_in_window(qtbot: Any, path: Path) -> Any:
    from desktop.ui.app import AppController

    controller = AppController()
    controller.open_main(Vault.unlock_passphrase(path, PASSPHRASE))
    qtbot.addWidget(controller.main_window)
    return controller


def test_a_rolled_back_vault_is_reported_when_the_window_opens(
    qtbot: Any, vault_factory: Any, tmp_path: Path, ui_env: Dialogs  # noqa: F811
) -> None:
    controller = _open_in_window(qtbot, _rolled_back_vault(vault_factory, tmp_path))
    qtbot.waitUntil(lambda: bool(ui_env.messages))
    kind, title, text = ui_env.messages[0]
    assert kind == "warning"
    assert title == "This vault's history has changed"
    assert "older than the last one opened on this computer" in text
    assert "events missing" in text
    assert "vault check --against" in text  # what to do about it
    # Not accepted unless counsel says so: the next opening warns again.
    vault = controller.main_window.vault
    assert vault.history_warning
    controller.main_window.close()


def test_counsel_can_accept_a_deliberate_restore_audited(
    qtbot: Any,
    vault_factory: Any,
    tmp_path: Path,
    ui_env: Dialogs,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.ui.qt import QMessageBox
    from models.entities import AuditEvent

    path = _rolled_back_vault(vault_factory, tmp_path)

    def answer_yes(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        ui_env.messages.append(("warning", title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer_yes))
    controller = _open_in_window(qtbot, path)
    vault = controller.main_window.vault
    qtbot.waitUntil(lambda: vault.history_warning is None)
    with vault.session() as session:
        accepted = session.query(AuditEvent).filter_by(action="vault.history_accepted").all()
    assert len(accepted) == 1 and "events missing" in accepted[0].details
    controller.main_window.close()
    vault.lock()
    again = Vault.unlock_passphrase(path, PASSPHRASE)
    assert again.history_warning is None
    again.lock()


def test_a_vault_that_only_grew_opens_without_a_warning(
    qtbot: Any, vault_factory: Any, tmp_path: Path, ui_env: Dialogs  # noqa: F811
) -> None:
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        create_from(session, scenario("01"))
    vault.lock()
    controller = _open_in_window(qtbot, tmp_path / "v.obv")
    qtbot.wait(50)
    assert not [m for m in ui_env.messages if m[0] == "warning"]
    controller.main_window.close()
