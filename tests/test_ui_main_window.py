"""The main window: the list, opening and archiving matters, settings, and the lock cycle."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

import sys
import types
from typing import Any, ClassVar

import pytest
from test_ui_support import Dialogs, insert_matters, ui_env, wait_listed  # noqa: F401

from desktop.ui.qt import QKeySequence, QWidget

PASSPHRASE = "correct horse battery"


class FakeMatterWindow(QWidget):
    """Stands in for desktop.ui.matter_window.MatterWindow (built by another engineer)."""

    instances: ClassVar[list[FakeMatterWindow]] = []

    def __init__(
        self,
        vault: Any,
        matter_id: str,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.matter_id = matter_id
        self.actor = actor
        FakeMatterWindow.instances.append(self)


@pytest.fixture
def fake_matter_window(monkeypatch: pytest.MonkeyPatch) -> type[FakeMatterWindow]:
    module = types.ModuleType("desktop.ui.matter_window")
    module.MatterWindow = FakeMatterWindow  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.matter_window", module)
    FakeMatterWindow.instances = []
    return FakeMatterWindow


@pytest.fixture
def window(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> Any:
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    insert_matters(vault, 30)
    main = MainWindow(vault)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_listed(qtbot, main)  # the list loads in a worker, right after show
    return main


def select_row(window: Any, row: int) -> None:
    window.panel.table.selectRow(row)
    window.panel.table.setCurrentIndex(window.model.index(row, 0))


def test_window_lists_matters_with_menus_and_shortcuts(window: Any) -> None:
    assert window.model.rowCount() == 30
    assert window.count_label.text() == "30 matters"
    assert window.action_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.action_lock.shortcut() == QKeySequence("Ctrl+L")
    assert window.action_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "Vie&w", "&Vault", "&Help"]
    window.action_find.trigger()
    assert window.panel.search.hasFocus() or window.focusWidget() is window.panel.search


def test_open_matter_builds_one_window_per_matter(
    window: Any, fake_matter_window: type[FakeMatterWindow], qtbot: Any
) -> None:
    select_row(window, 0)
    expected = window.selected_matter_id()
    with qtbot.waitSignal(window.open_matter_requested) as opened:
        window.action_open.trigger()
    assert opened.args == [expected]
    assert len(fake_matter_window.instances) == 1
    matter_window = fake_matter_window.instances[0]
    assert matter_window.matter_id == expected and matter_window.isVisible()
    assert matter_window.actor == window.actor  # the audit trail names who works here
    window.open_matter(expected)
    assert len(fake_matter_window.instances) == 1  # raised, not duplicated


def test_lock_hides_matter_data_and_needs_the_passphrase(
    window: Any, fake_matter_window: type[FakeMatterWindow], qtbot: Any
) -> None:
    select_row(window, 0)
    window.action_open.trigger()
    matter_window = fake_matter_window.instances[0]
    vault = window.vault
    rows = window.model.rowCount()

    with qtbot.waitSignal(window.locked):
        window.action_lock.trigger()
    assert vault.is_locked
    assert window.model.rowCount() == 0
    assert window.stack.currentWidget() is window.locked_page
    assert not window.isVisible()
    assert not matter_window.isVisible()
    assert window.matter_windows == {}
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_path() == vault.path
    assert not dialog.create_button.isVisible()

    qtbot.keyClicks(dialog.secret, "wrong words here")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert window.model.rowCount() == 0 and not window.isVisible()

    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        dialog.unlock_button.click()
    wait_listed(qtbot, window)
    assert window.isVisible()
    assert not window.vault.is_locked and window.vault is not vault
    assert window.model.rowCount() == rows
    assert window.stack.currentWidget() is window.panel


def test_idle_timeout_locks(window: Any, qtbot: Any) -> None:
    assert window.idle.timer.isActive()
    assert window.idle.timer.interval() == 15 * 60_000  # the vault's default setting
    window.idle.set_interval_ms(50)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass
    assert window.model.rowCount() == 0
    assert window.unlock_dialog is not None


def test_closing_the_window_locks_the_vault(window: Any) -> None:
    vault = window.vault
    window.close()
    assert vault.is_locked


def test_archive_with_confirmation(window: Any, ui_env: Dialogs, qtbot: Any) -> None:
    from desktop.ui.qt import QMessageBox

    window.panel.status_filter.setCurrentIndex(window.panel.status_filter.findData("*"))
    wait_listed(qtbot, window)
    total = window.model.rowCount()
    select_row(window, 0)
    reference = window.model.data(window.model.index(0, 0))

    ui_env.question_answer = QMessageBox.StandardButton.Cancel
    window.action_archive.trigger()
    assert window.model.rowCount() == total

    ui_env.question_answer = QMessageBox.StandardButton.Yes
    select_row(window, 0)
    window.action_archive.trigger()
    assert any(reference in text for text in ui_env.texts())
    window.panel.status_filter.setCurrentIndex(window.panel.status_filter.findData("archived"))
    # the archive commits in a worker; the list shows it once that lands (it reloads on change)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    wait_listed(qtbot, window)
    assert window.model.data(window.model.index(0, 0)) == reference


def test_new_matter_dialog_creates_and_opens(
    window: Any, qtbot: Any, fake_matter_window: type[FakeMatterWindow], ui_env: Dialogs
) -> None:
    window.action_new.trigger()
    dialog = window.new_matter_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_kind("travel")
    dialog.title.setText("Conference in Singapore")
    with qtbot.waitSignal(window.open_matter_requested, timeout=20_000) as opened:
        dialog.accept()
    assert not ui_env.messages, ui_env.messages
    from casework.matters import get_matter

    with window.vault.session() as session:
        matter = get_matter(session, opened.args[0])
        assert (matter.kind, matter.title) == ("travel", "Conference in Singapore")
    wait_listed(qtbot, window)
    assert window.model.data(window.model.index(0, 2)) == "Conference in Singapore"


def test_settings_errors_keep_what_was_typed(window: Any, ui_env: Dialogs) -> None:
    window.action_settings.trigger()
    dialog = window.settings_dialog
    assert dialog.isVisible()
    dialog.organisation.setText("Lanting Legal")
    dialog.prefix.setText("1-BAD")
    dialog.idle_minutes.setValue(5)
    assert not dialog.save()
    assert ui_env.messages and "reference prefix" in ui_env.messages[-1][2]
    assert dialog.isVisible()
    assert dialog.prefix.text() == "1-BAD" and dialog.organisation.text() == "Lanting Legal"

    dialog.prefix.setText("LL")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    assert dialog.save()
    from casework.settings import get_settings

    with window.vault.session() as session:
        stored = get_settings(session)
    assert stored["organisation"] == "Lanting Legal"
    assert stored["reference_prefix"] == "LL"
    assert stored["page_size"] == "Letter"
    assert stored["idle_lock_minutes"] == 5
    assert window.idle.timer.interval() == 5 * 60_000


def test_settings_counsel_and_certificate(window: Any, ui_env: Dialogs, qtbot: Any) -> None:
    window.action_settings.trigger()
    dialog = window.settings_dialog
    assert not dialog.create_certificate.isEnabled()  # nobody selected
    # greyed buttons say why, in a tooltip and beside them; no "PKCS#12" jargon
    assert "Add counsel first" in dialog.create_certificate.toolTip()
    assert dialog.certificate_hint.isVisibleTo(dialog)
    assert "Add counsel first" in dialog.certificate_hint.text()
    assert dialog.import_certificate.text().replace("&", "") == (
        "Import a certificate file (.p12 / .pfx)…"
    )
    dialog.new_name.setText("Wang Li")
    dialog.new_title.setText("Senior Legal Counsel")
    dialog.add_button.click()
    assert dialog.counsel.rowCount() == 1
    assert dialog.selected_counsel_id() is not None
    assert not dialog.certificate_hint.isVisibleTo(dialog)
    dialog.counsel.clearSelection()
    assert "Select a counsel" in dialog.import_certificate.toolTip()
    dialog.counsel.selectRow(0)
    assert dialog.create_certificate.isEnabled()
    dialog.create_certificate.click()
    asked = dialog.passphrase_dialog  # the new key's signing passphrase, typed twice
    asked.fields.first.setText("Wang Li's own signing phrase")
    asked.fields.second.setText("Wang Li's own signing phrase")
    asked.ok.click()
    qtbot.waitUntil(lambda: bool(ui_env.messages), timeout=60_000)
    assert "certificate was created" in ui_env.messages[-1][2]
    assert dialog.counsel.item(0, 2).text() == "Yes"
    from casework.counsel import SIGNING_KEY_PURPOSE, find_counsel, signing_material

    with window.vault.session() as session:
        person = find_counsel(session, "Wang Li")
        material = signing_material(
            person, window.vault.subkey(SIGNING_KEY_PURPOSE), "Wang Li's own signing phrase"
        )
    assert material is not None and material[1].startswith(b"-----BEGIN CERTIFICATE")


def test_window_geometry_is_remembered(window: Any, qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.main_window import MainWindow

    window.resize(700, 500)  # within the 800×600 offscreen screen
    window.close()
    vault, _ = vault_factory("second.outbound")
    again = MainWindow(vault)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    again.close()


def missing_glyphs(font: Any, text: str) -> int:
    """How many characters of `text` would draw as an empty box in `font` (glyph 0) once
    Qt's font fallback has had its say, as a label or a cell would lay it out."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)


def test_chinese_names_render_in_the_list_intake_checklist_and_history(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    """The machine has no Chinese font (only DejaVu here): the bundled CJK font is an
    application font and every widget falls back to it, so 陈思远 is never empty boxes."""
    from casework.matters import create_matter
    from desktop.ui.matter_list_model import COL_PERSON
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.qt import QApplication, QFontDatabase

    app = QApplication.instance()
    assert "Droid Sans Fallback" in QFontDatabase.families()
    assert "Droid Sans Fallback" in app.font().families()

    vault, _ = vault_factory("cjk.outbound", PASSPHRASE)
    with vault.session() as session:
        matter_id = create_matter(
            session,
            kind="departure",
            actor="tester",
            answers={"person.name": "陈思远", "destination.country": "US"},
        ).id
    from desktop.ui.main_window import MainWindow

    main = MainWindow(vault)
    qtbot.addWidget(main)
    main.show()
    wait_listed(qtbot, main)
    cell = main.model.index(0, COL_PERSON)
    assert main.model.data(cell) == "陈思远"
    assert missing_glyphs(main.panel.table.font(), "陈思远") == 0

    window = MatterWindow(vault, matter_id, actor="tester")
    qtbot.addWidget(window)
    editor = window.intake.editor("person.name")
    assert editor.edit.text() == "陈思远"
    assert missing_glyphs(editor.edit.font(), editor.edit.text()) == 0
    assert missing_glyphs(window.checklist.tree.font(), "陈思远 出境") == 0
    assert missing_glyphs(window.history.list.font(), "陈思远") == 0
    assert missing_glyphs(window.header.title.font(), "陈思远") == 0


def test_counts_and_buttons_read_as_english(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    """Plurals through Qt's %n forms ("1 matter", never "1 matters"); the New-matter dialog
    confirms with "Create matter" (it does not open an existing one)."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.new_matter import NewMatterDialog

    vault, _ = vault_factory("one.outbound", PASSPHRASE)
    insert_matters(vault, 1)
    main = MainWindow(vault)
    qtbot.addWidget(main)
    main.show()
    wait_listed(qtbot, main)
    assert main.count_label.text() == "1 matter"
    main._show_count(2)
    assert main.count_label.text() == "2 matters"
    dialog = NewMatterDialog(main)
    assert dialog.ok.text().replace("&", "") == "Create matter"


def test_history_and_errors_use_singular_and_plain_words() -> None:
    import pytest as _pytest

    from bundles.verify import _count
    from casework.memo_store import get_version
    from desktop.ui.history_tab import summarise
    from models.errors import RecordNotFoundError

    assert summarise("intake.save", {"revision": 1, "facts": ["person.name"]}) == (
        "Revision 1, 1 answer"
    )
    assert summarise("intake.save", {"revision": 2, "facts": ["a", "b"]}) == (
        "Revision 2, 2 answers"
    )
    assert _count(1, "intake revision") == "1 intake revision"
    assert _count(3, "intake revision") == "3 intake revisions"

    class NoRows:
        def execute(self, _stmt: Any) -> Any:
            return types.SimpleNamespace(scalar_one_or_none=lambda: None)

    with _pytest.raises(RecordNotFoundError) as error:
        get_version(NoRows(), "m")  # type: ignore[arg-type]
    assert "no any" not in str(error.value)
    assert str(error.value).startswith("this matter has no memo version yet")
