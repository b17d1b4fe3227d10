"""The matter window: a header (reference, title, kind, status, tier, recommendation) over the
tabs Intake, Checklist, Memo, Attachments and History.

The main window opens it with `MatterWindow(vault, matter_id, parent)`. It holds matter data only
while open: closing it (or `closeForLock()`, which the shell calls before locking the vault)
saves pending intake edits, drops rendered memos and deletes the temporary copies of opened
attachments.
"""

from __future__ import annotations

from casework.changes import Aspect, Changes
from casework.vaults import Vault
from casework.workspace import Workspace
from desktop.ui.attachments_tab import AttachmentsTab
from desktop.ui.attachments_temp import cleanup_open_attachments
from desktop.ui.checklist_tab import ChecklistTab
from desktop.ui.history_tab import HistoryTab
from desktop.ui.intake_form import IntakeForm
from desktop.ui.labels import kind_label, status_label, tier_label
from desktop.ui.memo_tab import MemoTab
from desktop.ui.operations import connect_changes, run_mutation
from desktop.ui.prefs import current_actor
from desktop.ui.qt import (
    QCloseEvent,
    QComboBox,
    QFont,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPalette,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTabWidget,
    QThreadPool,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.verdict import badge_style, verdict

TAB_INTAKE, TAB_CHECKLIST, TAB_MEMO, TAB_ATTACHMENTS, TAB_HISTORY = range(5)
READ_ONLY_STATUSES = ("closed", "archived")
# Buttons that only read, and stay available on a closed or archived matter.
_READING_BUTTONS = ("print_button", "export_button", "open_button", "verify_button")


def default_actor() -> str:
    """Who the audit trail records for actions in the window (see `prefs.current_actor`)."""
    return current_actor()


class MatterHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.reference = QLabel(self)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference.setAccessibleName(self.tr("Matter reference"))
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 5)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Matter title"))
        self.details = QLabel(self)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.details.setAccessibleName(self.tr("Kind and status"))
        self.rename_button = QToolButton(self)
        self.rename_button.setText(self.tr("&Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename the matter"))
        # The tier is information, not a verdict: plain text, no colour.
        self.tier = QLabel(self)
        self.tier.setAccessibleName(self.tr("Knowledge tier"))
        # The recommendation carries the colour, always with its words and a symbol.
        self.recommendation = QLabel(self)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.recommendation.setWordWrap(False)
        self.read_only_note = QLabel(self)
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.read_only_note.hide()
        self.lifecycle = {
            "close": QPushButton(self.tr("C&lose matter"), self),
            "reopen": QPushButton(self.tr("Re&open"), self),
            "archive": QPushButton(self.tr("Arc&hive"), self),
            "unarchive": QPushButton(self.tr("&Unarchive"), self),
        }
        tips = {
            "close": self.tr("Close the signed matter; it becomes read-only until reopened"),
            "reopen": self.tr("Reopen the matter so it can be changed again"),
            "archive": self.tr("Archive the matter; it becomes read-only until unarchived"),
            "unarchive": self.tr("Return the matter to the status it was archived from"),
        }
        for action, button in self.lifecycle.items():
            button.setToolTip(tips[action])
            button.hide()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.reference)
        left.addLayout(title_row)
        left.addWidget(self.details)
        left.addWidget(self.read_only_note)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.recommendation, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignRight)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in self.lifecycle.values():
            actions.addWidget(button)
        right.addLayout(actions)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(left, 1)
        layout.addLayout(right)

    def show_matter(
        self,
        *,
        reference: str,
        title: str,
        kind: str,
        status: str,
        tier: int | None,
        recommendation: str | None,
        overridden: bool,
        missing: int | None = None,
        actions: tuple[str, ...] = (),
    ) -> None:
        self.reference.setText(reference)
        self.title.setText(title)
        self.details.setText(f"{kind_label(kind)}  ·  {status_label(status)}")
        shown = verdict(recommendation, missing=missing, overridden=overridden)
        if shown.code == "incomplete" and tier is not None:
            # Computed from a partial intake: a reader must not take it as settled.
            self.tier.setText(
                self.tr("{0} (provisional)").format(tier_label(tier, short=False))
            )
        else:
            self.tier.setText(tier_label(tier, short=False))
        if shown.code == "incomplete":
            self.recommendation.setText(f"{shown.symbol}  {shown.text}")
        else:
            self.recommendation.setText(
                f"{shown.symbol}  " + self.tr("Recommendation: {0}").format(shown.text)
            )
        self.recommendation.setStyleSheet(badge_style(shown))
        self.recommendation.setAccessibleDescription(shown.text)
        read_only = status in READ_ONLY_STATUSES
        self.rename_button.setEnabled(not read_only)
        self.rename_button.setToolTip(
            self.tr("Reopen the matter to rename it") if read_only else self.tr("Rename the matter")
        )
        if status == "closed":
            self.read_only_note.setText(
                self.tr("This matter is closed: it is read-only until you reopen it.")
            )
        elif status == "archived":
            self.read_only_note.setText(
                self.tr("This matter is archived: it is read-only until you unarchive it.")
            )
        self.read_only_note.setVisible(read_only)
        for action, button in self.lifecycle.items():
            button.setVisible(action in actions)


class MatterWindow(QMainWindow):
    """One open matter. `closed` fires (with the matter id) when the window goes away."""

    closed = Signal(str)
    matter_changed = Signal(str)  # the main window refreshes its list row

    def __init__(
        self,
        vault: Vault,
        matter_id: str,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.matter_id = matter_id
        self.workspace = Workspace(vault, actor or default_actor())
        self._dropped = False
        self.header = MatterHeader(self)
        self.intake = IntakeForm(vault, matter_id, actor=self.actor, parent=self)
        self.checklist = ChecklistTab(vault, matter_id, actor=self.actor, parent=self)
        self.memo = MemoTab(vault, matter_id, actor=self.actor, parent=self)
        self.attachments = AttachmentsTab(vault, matter_id, actor=self.actor, parent=self)
        self.history = HistoryTab(vault, matter_id, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Matter sections"))
        self.tabs.addTab(self.intake, self.tr("&Intake"))
        self.tabs.addTab(self.checklist, self.tr("C&hecklist"))
        self.tabs.addTab(self.memo, self.tr("&Memo"))
        self.tabs.addTab(self.attachments, self.tr("A&ttachments"))
        self.tabs.addTab(self.history, self.tr("Hi&story"))
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().setSizeGripEnabled(True)
        self.intake.status_changed.connect(lambda text: self.statusBar().showMessage(text, 5000))
        # Saved answers, like every change, arrive through the application-wide signal.
        # The checklist's changes arrive through the application-wide signal (_on_changes).
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        for number in range(5):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self.rename_dialog: QInputDialog | None = None
        self.header.rename_button.clicked.connect(self.open_rename_dialog)
        for action, button in self.header.lifecycle.items():
            button.clicked.connect(lambda _=False, a=action: self.change_status(a))
        self.read_only = False
        self.resize(1180, 820)
        self.refresh_header()
        connect_changes(self._on_changes)

    @property
    def actor(self) -> str:
        return self.workspace.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self.workspace.actor = name

    def set_actor(self, name: str) -> None:
        """Act as `name` from now on (the user changed their name in Settings)."""
        self.actor = name
        for tab in (self.intake, self.checklist, self.memo, self.attachments):
            tab.actor = name

    # ----- keeping the tabs in step -----------------------------------------------------------
    def refresh_header(self) -> None:
        from casework.matters import lifecycle_actions

        matter = self.workspace.matter(self.matter_id)
        values = {
            "reference": matter.reference,
            "title": matter.title,
            "kind": matter.kind,
            "status": matter.status,
            "tier": matter.tier,
            "recommendation": matter.effective_recommendation,
            "overridden": bool(matter.override_recommendation),
            "missing": matter.missing_required,
            "actions": lifecycle_actions(matter.status),
        }
        self.header.show_matter(**values)  # type: ignore[arg-type]
        self.setWindowTitle(
            self.tr("{0} — {1} — Outbound").format(values["reference"], values["title"])
        )
        self._apply_read_only(values["status"] in READ_ONLY_STATUSES)

    # ----- renaming, lifecycle and read-only --------------------------------------------------
    def open_rename_dialog(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename matter"))
        dialog.setLabelText(self.tr("&Title:"))
        dialog.setTextValue(self.header.title.text())
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.textValueSelected.connect(self.rename)
        self.rename_dialog = dialog
        dialog.open()

    def rename(self, title: str) -> None:
        workspace, matter_id = self.workspace, self.matter_id
        run_mutation(
            self, lambda: workspace.rename_matter(matter_id, title),
            error_title=self.tr("Matter not renamed"),
        )

    def change_status(self, action: str) -> None:
        if not self.intake.is_idle() or self.intake.has_unsaved_changes():
            self.intake.save_blocking()  # what was typed is kept before the matter closes
        workspace, matter_id = self.workspace, self.matter_id
        run_mutation(
            self, lambda: workspace.change_status(matter_id, action),
            error_title=self.tr("Status not changed"),
        )

    def _on_changes(self, changes: Changes) -> None:
        """Another part of the application (or this window, through a worker) changed the
        matter: its title or status shows everywhere here."""
        if self._dropped or self.vault.is_locked or not changes.touches(self.matter_id):
            return
        if changes.touches(self.matter_id, Aspect.MATTER, Aspect.STATUS):
            self._lifecycle_changed()
            if changes.touches(self.matter_id, Aspect.INTAKE):
                self.memo.refresh_preview()  # the draft follows the answers
            return
        if changes.touches(self.matter_id, Aspect.CHECKLIST, Aspect.RECOMMENDATION):
            self.refresh_header()
            self.matter_changed.emit(self.matter_id)
        if changes.touches(self.matter_id, Aspect.ATTACHMENTS):
            self.attachments.reload()  # evidence added from the checklist
        self.history.reload()
        self._apply_read_only(self.read_only)

    def _apply_read_only(self, read_only: bool) -> None:
        """A closed or archived matter shows everything and changes nothing (the services refuse
        changes too); reading, printing and opening files stay available."""
        self.read_only = read_only
        page = self.intake.scroll_area.widget()
        if page is not None:
            page.setEnabled(not read_only)
        for tab in (self.checklist, self.memo, self.attachments):
            for widget in tab.findChildren(QWidget):
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(read_only)
                elif isinstance(widget, QPushButton | QToolButton | QComboBox):
                    name = next(
                        (n for n in _READING_BUTTONS if getattr(tab, n, None) is widget), None
                    )
                    if name is None and read_only:
                        widget.setEnabled(False)
                    elif name is None and not read_only and widget.property("read_only_off"):
                        widget.setEnabled(True)
                    if name is None:
                        widget.setProperty("read_only_off", read_only)

    def _lifecycle_changed(self) -> None:
        """Status or title changed: every tab shows it, then read-only applies over their own
        enabling (a tab's reload enables its buttons as if the matter were open)."""
        self.refresh_header()
        self.matter_changed.emit(self.matter_id)
        self.checklist.reload()
        self.memo.reload()
        self.attachments.reload()
        self.history.reload()
        self._apply_read_only(self.read_only)

    def _tab_changed(self, index: int) -> None:
        if index == TAB_HISTORY:
            self.history.reload()
        if index != TAB_INTAKE and self.intake.timer.isActive():
            self.intake.save_now()  # leaving the form: save now rather than after the pause

    # ----- closing ----------------------------------------------------------------------------
    def closeForLock(self) -> None:
        """Called by the shell before the vault locks: save what was typed, wait for running
        jobs, drop matter data and every temporary attachment copy, and close."""
        self._shutdown()
        cleanup_open_attachments()
        self.close()

    def _shutdown(self) -> None:
        if self._dropped:
            return
        self._dropped = True
        QThreadPool.globalInstance().waitForDone(30_000)  # in-flight saves and renders
        if not self.vault.is_locked:
            self.intake.save_blocking()
            self.memo.keep_working_draft_blocking()
            self.checklist.save_pending()
        self.memo.drop_data()
        cleanup_open_attachments(self.matter_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shutdown()
        super().closeEvent(event)
        self.closed.emit(self.matter_id)
