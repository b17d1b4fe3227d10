"""Who is acting: "Your name", a per-computer preference (never matter data), asked once at the
first unlock, offered from the vault's counsel list, editable in Settings, used as the actor."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from typing import Any

import pytest
from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

PASSPHRASE = "correct horse battery"


@pytest.fixture
def no_script_actor(ui_env: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user started through the app: no $OUTBOUND_ACTOR, login "wli"."""
    import desktop.ui.prefs as prefs

    monkeypatch.delenv("OUTBOUND_ACTOR", raising=False)
    monkeypatch.setattr(prefs, "login_name", lambda: "wli")
    monkeypatch.setattr(prefs, "full_name", lambda: "")  # the account records no full name


@pytest.fixture
def counsel_vault(vault_factory: Any) -> Any:
    from casework.counsel import add_counsel

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    with vault.session() as session:
        add_counsel(session, name="Wang Li", title="Senior Legal Counsel", actor="setup")
        add_counsel(session, name="Chen Yu", title="General Counsel", actor="setup")
    return vault


def test_first_unlock_asks_the_name_once_and_offers_the_counsel(
    no_script_actor: None, qtbot: Any, counsel_vault: Any
) -> None:
    from desktop.ui import prefs
    from desktop.ui.app import AppController

    assert prefs.should_ask_actor()
    assert prefs.current_actor() == "wli"  # until asked: the computer login
    controller = AppController()
    controller.open_main(counsel_vault)
    main = controller.main_window
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.name_dialog is not None and main.name_dialog.isVisible())
    dialog = main.name_dialog
    field = dialog.field
    assert field.currentText() == ""  # never a bare login like "wli"; a placeholder instead
    assert [field.itemText(i) for i in range(field.count())] == ["Chen Yu", "Wang Li"]
    field.setCurrentIndex(field.findText("Wang Li"))
    assert not dialog.add_as_counsel.isVisible()  # already a counsel
    dialog.accept()
    assert main.actor == "Wang Li"
    assert prefs.actor_name() == "Wang Li" and not prefs.should_ask_actor()
    # a preference of this computer, in QSettings — the vault's settings are untouched
    assert prefs.app_settings().value(prefs.ACTOR_KEY) == "Wang Li"
    from casework.settings import get_settings

    with counsel_vault.session() as session:
        assert "Wang Li" not in str(get_settings(session))

    # the next window acts as the chosen name and does not ask again
    main.close()
    from desktop.ui.main_window import MainWindow

    again = MainWindow(counsel_vault)
    qtbot.addWidget(again)
    again.ask_actor_if_needed()
    assert again.name_dialog is None
    assert again.actor == "Wang Li"


def test_actions_are_recorded_under_the_chosen_name(
    no_script_actor: None, qtbot: Any, counsel_vault: Any
) -> None:
    from desktop.ui import prefs
    from desktop.ui.main_window import MainWindow
    from models.audit import matter_events

    prefs.set_actor_name("Wang Li")
    window = MainWindow(counsel_vault)
    qtbot.addWidget(window)
    window.open_matter_requested.disconnect(window.open_matter)  # no matter window needed
    with qtbot.waitSignal(window.open_matter_requested, timeout=20_000) as opened:
        window.create_matter("travel", "Conference in Singapore")
    with counsel_vault.session() as session:
        actors = {event.actor for event in matter_events(session, opened.args[0])}
    assert actors == {"Wang Li"}


def test_settings_change_the_name_for_the_open_windows(
    no_script_actor: None, qtbot: Any, counsel_vault: Any
) -> None:
    from desktop.ui import prefs
    from desktop.ui.main_window import MainWindow

    prefs.set_actor_name("Wang Li")
    window = MainWindow(counsel_vault)
    qtbot.addWidget(window)
    window.show()
    wait_listed(qtbot, window)

    class OpenMatter:
        actor = "Wang Li"

        def set_actor(self, name: str) -> None:
            self.actor = name

    open_matter = OpenMatter()
    window.matter_windows["m1"] = open_matter  # type: ignore[assignment]
    window.action_settings.trigger()
    dialog = window.settings_dialog
    field = dialog.your_name
    assert field.currentText() == "Wang Li"
    assert "Chen Yu" in [field.itemText(i) for i in range(field.count())]
    field.setEditText("Chen  Yu ")
    assert dialog.save()
    assert prefs.actor_name() == "Chen Yu"
    assert window.actor == "Chen Yu" and open_matter.actor == "Chen Yu"
    window.matter_windows.clear()


def test_a_script_sets_the_actor_and_is_never_asked(
    ui_env: Dialogs, qtbot: Any, counsel_vault: Any
) -> None:
    from desktop.ui import prefs
    from desktop.ui.main_window import MainWindow

    assert prefs.current_actor() == "Test Counsel"  # $OUTBOUND_ACTOR, set by ui_env
    assert not prefs.should_ask_actor()
    window = MainWindow(counsel_vault)
    qtbot.addWidget(window)
    window.ask_actor_if_needed()
    assert window.name_dialog is None and window.actor == "Test Counsel"


def test_first_unlock_of_a_new_vault_offers_to_add_the_user_as_counsel(
    no_script_actor: None, qtbot: Any, vault_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new vault has no counsel: the question does not point at a list that is not there,
    suggests the account's full name, and adds the user as counsel (so they can sign)."""
    from casework.counsel import list_counsel
    from desktop.ui import prefs
    from desktop.ui.app import AppController

    monkeypatch.setattr(prefs, "full_name", lambda: "Wang Li")
    vault, _ = vault_factory("new.outbound", PASSPHRASE)
    controller = AppController()
    controller.open_main(vault)
    main = controller.main_window
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.name_dialog is not None and main.name_dialog.isVisible())
    dialog = main.name_dialog
    assert dialog.field.currentText() == "Wang Li"
    assert dialog.field.count() == 0
    from desktop.ui.qt import QLabel

    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "vault's counsel, or type" not in texts  # no list to choose from
    assert dialog.add_as_counsel.isVisible() and dialog.add_as_counsel.isChecked()
    qtbot.keyClicks(dialog.title, "Senior Legal Counsel")
    dialog.accept()
    assert main.actor == "Wang Li" and prefs.actor_name() == "Wang Li"
    with vault.session() as session:
        assert [(c.name, c.title) for c in list_counsel(session)] == [
            ("Wang Li", "Senior Legal Counsel")
        ]
    main.close()


def test_declining_to_add_as_counsel_only_keeps_the_name(
    no_script_actor: None, qtbot: Any, vault_factory: Any
) -> None:
    from casework.counsel import list_counsel
    from desktop.ui import prefs
    from desktop.ui.actor_dialog import YourNameDialog

    vault, _ = vault_factory("assistant.outbound", PASSPHRASE)
    dialog = YourNameDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.field.lineEdit(), "Zhao Min")
    dialog.add_as_counsel.setChecked(False)
    dialog.accept()
    assert prefs.actor_name() == "Zhao Min"
    with vault.session() as session:
        assert list_counsel(session) == []
