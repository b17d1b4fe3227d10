"""The main window: the matter list, menus, toolbar and status bar, and the lock cycle.

    window = MainWindow(vault)           # an unlocked models.vault.Vault
    window.show()

* `open_matter_requested(matter_id)` is emitted on double-click / Enter / File ▸ Open matter; it
  is connected to `open_matter`, which builds `desktop.ui.matter_window.MatterWindow(vault,
  matter_id, parent)` lazily (nothing happens while that module does not exist). One window per
  matter; they are tracked in `matter_windows` and closed when the vault locks.
* `lock()` (File ▸ Lock, Ctrl+L, or the idle timeout from the vault's `idle_lock_minutes`):
  closes every matter window and dialog, clears the list model, calls `vault.lock()`, hides the
  window and opens an `UnlockDialog` on the same vault; once unlocked, `set_vault(new_vault)`
  brings the window back. `locked` / `unlocked` signals report the transitions.
* `actor` is who the audit trail records and memos are from: the user's name from this
  computer's preferences (asked once, by `ask_actor_if_needed`, editable in Settings), else the
  login. `set_actor(name)` passes a new name to the open matter windows too.
* The list loads in a worker (see `desktop.ui.matter_list_model`): the window is built and
  shown at once, the first page lands right after; "Searching…" shows in the status bar when a
  search or filter takes more than a moment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casework.changes import Aspect, Changes, Done
from casework.workspace import Workspace
from desktop.ui.attachments_temp import cleanup_open_attachments
from desktop.ui.dialogs import confirm, show_info
from desktop.ui.idle import IdleWatcher
from desktop.ui.list_panel import MatterListPanel
from desktop.ui.matter_list_model import ROW_ROLE, MatterListModel
from desktop.ui.operations import announce, connect_changes, run_mutation
from desktop.ui.prefs import current_actor, restore_geometry, save_geometry, should_ask_actor
from desktop.ui.qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QFileDialog,
    QIcon,
    QKeySequence,
    QLabel,
    QMainWindow,
    QSize,
    QStackedWidget,
    QStyle,
    Qt,
    QTimer,
    QToolBar,
    QWidget,
    Signal,
)
from desktop.ui.workers import error_reporter, run_in_background

DEFAULT_SIZE = QSize(1280, 800)
SEARCHING_DELAY_MS = 150  # "Searching…" only for a search that takes a noticeable moment


def default_actor() -> str:
    """Who the audit trail records for actions taken in the window (see `prefs.current_actor`)."""
    return current_actor()


class LockedPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.qt import QVBoxLayout
        from desktop.ui.welcome import heading, paragraph

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = heading(self.tr("The vault is locked"), self, size_delta=4)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        detail = paragraph(self.tr("Unlock it to see its matters."), self)
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(detail)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    open_matter_requested = Signal(str)
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, vault: Any, parent: QWidget | None = None, *, actor: str | None = None
    ) -> None:
        super().__init__(parent)
        self.vault: Any = vault
        self.vault_path = Path(vault.path)
        self.actor = actor or default_actor()
        self.matter_windows: dict[str, QWidget] = {}
        # the lock screen and the dialogs are built when first needed (a faster start)
        self.unlock_dialog: Any = None
        self.new_matter_dialog: Any = None
        self.locked_page: LockedPage | None = None
        self.settings_dialog: Any = None
        self.jobs: list[Any] = []
        self.name_dialog: Any = None
        self.people_view: Any = None  # desktop.ui.people_view, built when first shown
        self.setObjectName("mainWindow")
        self.setWindowIcon(QApplication.windowIcon())

        self.model = MatterListModel(None, self)  # the vault comes in `_after_unlock`
        connect_changes(self._on_changes)
        self.panel = MatterListPanel(self.model, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.panel)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        from desktop.ui.due_view import DueController
        from desktop.ui.reports_view import install_reports_view  # View ▸ Reports (issue 15)

        install_reports_view(self)
        self.count_label = QLabel(self)
        self.vault_label = QLabel(self)
        self.searching_label = QLabel(self.tr("Searching…"), self)
        self.searching_label.setAccessibleName(self.tr("Searching"))
        self.searching_label.hide()
        self.searching_timer = QTimer(self)
        self.searching_timer.setSingleShot(True)
        self.searching_timer.setInterval(SEARCHING_DELAY_MS)
        self.searching_timer.timeout.connect(self.searching_label.show)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.searching_label)
        self.statusBar().addPermanentWidget(self.vault_label)
        self.due = DueController(self)  # the Due view, its action and the unlock summary

        self.idle = IdleWatcher(15, self)  # the vault's setting comes in `_after_unlock`
        self.idle.idle.connect(self.lock)
        self.model.total_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)
        self.panel.open_requested.connect(self.open_matter_requested)
        self.panel.new_requested.connect(self.new_matter)
        self.panel.selection_changed.connect(self._update_actions)
        self.open_matter_requested.connect(self.open_matter)

        if not restore_geometry("main_window", self):
            self.resize(DEFAULT_SIZE)
        self._after_unlock()

    # ----- construction -----------------------------------------------------------------------
    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme, self.style().standardIcon(fallback))

    def _action(
        self,
        text: str,
        slot: Any,
        *,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.action_new = self._action(
            self.tr("&New matter…"),
            self.new_matter,
            shortcut=QKeySequence.StandardKey.New,
            tip=self.tr("Open a new matter (Ctrl+N)"),
            icon=self._icon("document-new", sp.SP_FileIcon),
        )
        self.action_open = self._action(
            self.tr("&Open matter"),
            self.panel.open_current,
            shortcut=QKeySequence.StandardKey.Open,
            tip=self.tr("Open the selected matter"),
            icon=self._icon("document-open", sp.SP_DialogOpenButton),
        )
        self.action_archive = self._action(
            self.tr("&Archive matter…"),
            self.archive_selected,
            tip=self.tr("Move the selected matter to the archive"),
            icon=self._icon("archive-insert", sp.SP_DriveFDIcon),
        )
        self.action_people = self._action(
            self.tr("&People register"), self.show_people,
            shortcut="Ctrl+Shift+P", tip=self.tr("The people register: who carries the knowledge"),
        )
        self.action_import = self._action(
            self.tr("&Import bundle…"), self.import_bundle, tip=self.tr("Import a case bundle")
        )
        self.action_export = self._action(
            self.tr("&Export bundle…"),
            self.export_bundle,
            tip=self.tr("Export the selected matter as a case bundle"),
        )
        self.action_lock = self._action(
            self.tr("&Lock"),
            self.lock,
            shortcut=QKeySequence("Ctrl+L"),
            tip=self.tr("Lock the vault now (Ctrl+L)"),
            icon=self._icon("system-lock-screen", sp.SP_BrowserStop),
        )
        self.action_quit = self._action(
            self.tr("&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_find = self._action(
            self.tr("&Find"),
            self.panel.focus_search,
            shortcut=QKeySequence.StandardKey.Find,
            tip=self.tr("Search the matters (Ctrl+F)"),
        )
        self.action_settings = self._action(
            self.tr("&Settings…"),
            self.show_settings,
            shortcut=QKeySequence.StandardKey.Preferences,
            tip=self.tr("Organisation, references, page size, idle lock and counsel"),
        )
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_check = self._action(
            self.tr("&Check vault"), self.check_vault, tip=self.tr("Verify the vault's integrity")
        )
        self.action_passphrase = self._action(
            self.tr("Change &passphrase…"), self.change_passphrase
        )
        self.action_backup = self._action(
            self.tr("&Backup…"), self.backup, tip=self.tr("Save an encrypted copy of the vault")
        )
        self.action_rekey = self._action(
            self.tr("&Rotate data key…"),
            self.rotate_data_key,
            tip=self.tr("Re-encrypt the vault with a new data key; the old key stops working"),
        )
        self.action_about = self._action(self.tr("&About Outbound"), self.about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.action_new, self.action_open, self.action_archive])
        file_menu.addAction(self.action_people)
        file_menu.addSeparator()
        file_menu.addActions([self.action_import, self.action_export])
        file_menu.addSeparator()
        file_menu.addAction(self.action_lock)
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.action_find)
        # One View menu for the views beside the matter list (people, due, reports); Alt+V is
        # the Vault menu's, so Alt+W opens this one.
        self.view_menu = bar.addMenu(self.tr("Vie&w"))
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.action_people)
        vault_menu = bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.action_settings)
        vault_menu.addSeparator()
        vault_menu.addActions(
            [self.action_check, self.action_passphrase, self.action_rekey, self.action_backup]
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.addActions([self.action_new, self.action_open, self.action_archive])
        self.toolbar.addAction(self.action_people)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_lock)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # ----- state ------------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        """The use cases on the open vault, acting as `self.actor`."""
        assert self.vault is not None
        return Workspace(self.vault, self.actor)

    def _idle_minutes(self) -> int:
        if self.vault is None or self.vault.is_locked:
            return 15
        return int(self.workspace.settings().get("idle_lock_minutes", 15))

    def _on_changes(self, changes: Changes) -> None:
        """A mutation anywhere in the application: the list shows matters' rows."""
        if self.vault is None or self.vault.is_locked:
            return
        if changes.touches(None, Aspect.MATTER_LIST, Aspect.MATTER, Aspect.STATUS,
                           Aspect.RECOMMENDATION):
            self.model.refresh()

    def _after_unlock(self) -> None:
        self.setWindowTitle(self.tr("{0} — Outbound").format(self.vault_path.name))
        self.vault_label.setText(str(self.vault_path))
        self.vault_label.setToolTip(self.tr("The vault open in this window"))
        self.panel.search_timer.stop()
        # one query, in a worker, with the search and filters the panel shows
        self.model.set_vault(self.vault, self.panel.current_filter())
        self.stack.setCurrentWidget(self.panel)
        self.idle.set_minutes(self._idle_minutes())
        self.idle.start()
        for action in self.actions():
            action.setEnabled(True)
        self._update_actions()
        self.due.unlocked()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln matter(s)", "", total))

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.searching_timer.start()
        else:
            self.searching_timer.stop()
            self.searching_label.hide()

    def _update_actions(self) -> None:
        selected = self.panel.selected_matter_id() is not None and self.vault is not None
        self.action_open.setEnabled(selected)
        self.action_archive.setEnabled(selected)
        self.action_export.setEnabled(selected)

    def selected_matter_id(self) -> str | None:
        return self.panel.selected_matter_id()

    # ----- matters ----------------------------------------------------------------------------
    def new_matter(self) -> None:
        if self.vault is None:
            return
        from desktop.ui.new_matter import NewMatterDialog

        dialog = NewMatterDialog(self)
        dialog.accepted.connect(lambda: self.create_matter(
            dialog.kind(), dialog.matter_title(), person=dialog.person_name()))
        self.new_matter_dialog = dialog
        dialog.open()

    def create_matter(self, kind: str, title: str = "", *, person: str = "") -> Any:
        """Create the matter in a worker; then refresh the list and open it. Naming a person
        links it to the people register (desktop.ui.people_view)."""
        workspace = self.workspace
        if person:
            from desktop.ui.people_view import create_matter_for_person

            return create_matter_for_person(self, kind, title, person)

        def work() -> Done[Any]:
            return workspace.create_matter(kind=kind, title=title)

        def done(result: Done[Any]) -> None:
            announce(result.changes)  # the list refreshes from it
            self.statusBar().showMessage(self.tr("The matter was opened."), 5000)
            self.open_matter_requested.emit(result.value.id)

        job = run_in_background(
            work, on_done=done, on_error=error_reporter(self, self.tr("No matter was opened"))
        )
        self.jobs = [j for j in self.jobs if not j.finished] + [job]
        return job

    def show_people(self) -> Any:
        """Switch the main window to the people register (and back)."""
        if self.vault is None:
            return None
        from desktop.ui.people_view import show_people_view

        return show_people_view(self)

    def open_matter(self, matter_id: str) -> QWidget | None:
        """Show the matter's window (one per matter); None without an open vault."""
        if self.vault is None:
            return None
        existing = self.matter_windows.get(matter_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from desktop.ui.matter_window import MatterWindow  # its tabs load on first use

        window = MatterWindow(self.vault, matter_id, self, actor=self.actor)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(lambda *_: self.matter_windows.pop(matter_id, None))
        self.matter_windows[matter_id] = window
        window.show()
        return window

    def archive_selected(self) -> None:
        index = self.panel.table.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is None or self.vault is None:
            return
        if not confirm(
            self,
            self.tr("Archive matter"),
            self.tr(
                "Archive {0} — {1}? Archived matters are kept with their history and can be "
                "found with the status filter."
            ).format(row.reference, row.title),
        ):
            return
        reference, workspace = row.reference, self.workspace
        run_mutation(
            self, lambda: workspace.set_status(row.id, "archived"),
            error_title=self.tr("The matter was not archived"),
            on_done=lambda _matter: self.statusBar().showMessage(
                self.tr("{0} was archived.").format(reference), 5000
            ),
        )

    def import_bundle(self) -> None:
        from desktop.ui.bundle_import import import_bundle

        if self.vault is not None:
            import_bundle(self)

    def export_bundle(self) -> None:
        matter_id = self.selected_matter_id()
        from desktop.ui.bundle_export import export_bundle

        if self.vault is not None and matter_id:
            export_bundle(self, matter_id)

    # ----- vault ------------------------------------------------------------------------------
    def show_settings(self) -> None:
        if self.vault is None:
            return
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.vault, actor=self.actor, parent=self)
        dialog.settings_saved.connect(self._settings_saved)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_saved(self, values: dict[str, Any]) -> None:
        self.idle.set_minutes(int(values.get("idle_lock_minutes", 15)))
        self.set_actor(current_actor())
        self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    # ----- who is acting ----------------------------------------------------------------------
    def set_actor(self, name: str) -> None:
        """Act as `name` from now on, here and in the open matter windows."""
        if not name:
            return
        self.actor = name
        for window in self.matter_windows.values():
            if hasattr(window, "set_actor"):
                window.set_actor(name)
            else:
                window.actor = name  # type: ignore[attr-defined]

    def ask_actor_if_needed(self) -> None:
        """Ask the user's name once per computer (not when a script set $OUTBOUND_ACTOR)."""
        if self.vault is None or not should_ask_actor() or self.name_dialog is not None:
            return
        from desktop.ui.actor_dialog import YourNameDialog

        dialog = YourNameDialog(self.vault, self)
        dialog.name_chosen.connect(self.set_actor)
        dialog.finished.connect(lambda _result: setattr(self, "name_dialog", None))
        self.name_dialog = dialog
        dialog.open()

    def check_vault(self) -> None:
        if self.vault is None:
            return
        from desktop.ui.vault_dialogs import CheckReportDialog

        vault = self.vault
        self.statusBar().showMessage(self.tr("Checking the vault…"))

        def done(report: Any) -> None:
            self.statusBar().clearMessage()
            CheckReportDialog(report, self).open()

        run_in_background(
            vault.check, on_done=done, on_error=error_reporter(self, self.tr("Vault check"))
        )

    def change_passphrase(self) -> None:
        if self.vault is None:
            return
        from desktop.ui.vault_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.vault, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("The passphrase was changed."), 5000)
        )
        dialog.open()

    def backup(self) -> None:
        if self.vault is None:
            return
        suggested = self.vault_path.with_name(f"{self.vault_path.stem}-backup.outbound")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the vault"),
            str(suggested),
            self.tr("Outbound vaults (*.outbound)"),
        )
        if not path:
            return
        vault = self.vault

        def done(dest: Path) -> None:
            show_info(
                self,
                self.tr(
                    "An encrypted copy was saved to {0}. It opens with the same passphrase and "
                    "recovery key."
                ).format(dest),
                title=self.tr("Backup saved"),
            )

        run_in_background(
            lambda: vault.backup(Path(path)),
            on_done=done,
            on_error=error_reporter(self, self.tr("No backup was made")),
        )

    def rotate_data_key(self) -> None:
        """Re-encrypt every page with a new data key, in a worker; matter windows close first
        because the vault's connections are replaced."""
        if self.vault is None:
            return
        if not confirm(
            self,
            self.tr("Rotate the data key"),
            self.tr(
                "Outbound will re-encrypt the whole vault with a new data key. Open matter "
                "windows close first. Your passphrase and recovery key keep working. Continue?"
            ),
        ):
            return
        self._close_secondary_windows()
        vault = self.vault
        self.action_rekey.setEnabled(False)
        self.statusBar().showMessage(self.tr("Re-encrypting the vault…"))

        def done(_result: object) -> None:
            self.action_rekey.setEnabled(True)
            self.statusBar().showMessage(
                self.tr("The vault was re-encrypted with a new key."), 8000
            )
            self.model.refresh()

        def failed(exc: BaseException) -> None:
            self.action_rekey.setEnabled(True)
            self.statusBar().clearMessage()
            error_reporter(self, self.tr("The data key was not rotated"))(exc)

        run_in_background(vault.rekey, on_done=done, on_error=failed)

    def about(self) -> None:
        from desktop.about import version_info

        info = version_info()
        show_info(
            self,
            self.tr(
                "Outbound — offline review of the cross-border movement of critical AI and "
                "semiconductor know-how."
            )
            + "\n\n"
            + self.tr("Version %1\nVault format %2 (key file %4)\nReview policy, version %3")
            .replace("%1", info.app)
            .replace("%2", info.vault_schema)
            .replace("%3", str(info.policy_version))
            .replace("%4", str(info.key_file_format)),
            title=self.tr("About Outbound"),
        )

    # ----- locking ----------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def _close_secondary_windows(self) -> None:
        for window in list(self.matter_windows.values()):
            window.close()
        self.matter_windows.clear()
        for widget in QApplication.topLevelWidgets():
            if widget is self or widget is self.unlock_dialog or not widget.isVisible():
                continue
            if self.isAncestorOf(widget) or widget.parent() is self:
                widget.close()

    def lock(self) -> None:
        """Close everything that shows matter data, drop the key, and ask to unlock again."""
        if self.vault is None:
            return
        self.idle.stop()
        self.save_window_state()
        self._close_secondary_windows()
        cleanup_open_attachments()  # plaintext copies opened in other applications go too
        self.model.clear()
        if self.people_view is not None:
            self.people_view.clear()
        if self.locked_page is None:
            self.locked_page = LockedPage(self)
            self.stack.addWidget(self.locked_page)
        self.stack.setCurrentWidget(self.locked_page)
        vault, self.vault = self.vault, None
        vault.lock()
        for action in self.actions():
            if action not in (self.action_quit, self.action_about):
                action.setEnabled(False)
        self.count_label.clear()
        self.due.locked()
        self.hide()
        self.locked.emit()
        self.show_unlock_dialog()

    def show_unlock_dialog(self) -> Any:
        from desktop.ui.unlock import UnlockDialog

        dialog = UnlockDialog(
            None,
            vault_path=self.vault_path,
            message=self.tr("The vault was locked. Unlock it to continue."),
            allow_create=False,
        )
        dialog.setWindowIcon(self.windowIcon())
        dialog.unlocked.connect(self.set_vault)
        dialog.rejected.connect(self._unlock_abandoned)
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def _unlock_abandoned(self) -> None:
        dialog = self.unlock_dialog
        self.unlock_dialog = None
        if dialog is not None and dialog.vault is None and self.vault is None:
            self.close()  # the user chose not to unlock: the application ends

    def set_vault(self, vault: Any) -> None:
        """Attach a newly unlocked vault (after a lock) and show the window again."""
        if self.vault is not None and self.vault is not vault:
            self.vault.lock()
        self.vault = vault
        self.vault_path = Path(vault.path)
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self._after_unlock()
        self.show()
        self.raise_()
        self.activateWindow()
        self.unlocked.emit()

    # ----- window state -----------------------------------------------------------------------
    def save_window_state(self) -> None:
        if self.isVisible():
            save_geometry("main_window", self)
        self.panel.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self.idle.stop()
        self._close_secondary_windows()
        if self.unlock_dialog is not None:
            self.unlock_dialog.close()
        cleanup_open_attachments()
        self.model.clear()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        event.accept()
