"""The matter window: a header (reference, title, kind, status, tier, recommendation) over the
tabs Intake, Checklist, Memo, Attachments and History.

The main window opens it with `MatterWindow(vault, matter_id, parent)`. It holds matter data only
while open: closing it (or `closeForLock()`, which the shell calls before locking the vault)
saves pending intake edits, drops rendered memos and deletes the temporary copies of opened
attachments.
"""

from __future__ import annotations

from desktop.ui.attachments_tab import AttachmentsTab
from desktop.ui.attachments_temp import cleanup_open_attachments
from desktop.ui.checklist_tab import ChecklistTab
from desktop.ui.history_tab import HistoryTab
from desktop.ui.intake_form import IntakeForm
from desktop.ui.labels import (
    NO_TIER_COLOUR,
    TIER_COLOURS,
    kind_label,
    recommendation_label,
    status_label,
    tier_label,
)
from desktop.ui.memo_tab import MemoTab
from desktop.ui.prefs import current_actor
from desktop.ui.qt import (
    QCloseEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMainWindow,
    QPalette,
    QShortcut,
    Qt,
    QTabWidget,
    QThreadPool,
    QVBoxLayout,
    QWidget,
    Signal,
)
from models.vault import Vault

TAB_INTAKE, TAB_CHECKLIST, TAB_MEMO, TAB_ATTACHMENTS, TAB_HISTORY = range(5)


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
        self.tier = QLabel(self)
        self.tier.setAccessibleName(self.tr("Knowledge tier"))
        self.recommendation = QLabel(self)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        rec_font = QFont(self.recommendation.font())
        rec_font.setWeight(QFont.Weight.DemiBold)
        self.recommendation.setFont(rec_font)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.reference)
        left.addWidget(self.title)
        left.addWidget(self.details)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.recommendation, 0, Qt.AlignmentFlag.AlignRight)
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
    ) -> None:
        self.reference.setText(reference)
        self.title.setText(title)
        self.details.setText(f"{kind_label(kind)}  ·  {status_label(status)}")
        colour = TIER_COLOURS.get(tier or 0, NO_TIER_COLOUR)
        self.tier.setText(tier_label(tier, short=False))
        self.tier.setStyleSheet(
            f"QLabel {{ color: white; background: {colour}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )
        text = recommendation_label(recommendation)
        if overridden:
            text = self.tr("{0} (overridden)").format(text)
        self.recommendation.setText(self.tr("Recommendation: {0}").format(text))


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
        self.actor = actor or default_actor()
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
        self.intake.saved.connect(self._intake_saved)
        self.checklist.changed.connect(self._matter_changed)
        self.checklist.changed.connect(self.attachments.reload)  # evidence may add files
        self.memo.changed.connect(self._matter_changed)
        self.attachments.changed.connect(self._attachments_changed)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        for number in range(5):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self.resize(1180, 820)
        self.refresh_header()

    def set_actor(self, name: str) -> None:
        """Act as `name` from now on (the user changed their name in Settings)."""
        self.actor = name
        for tab in (self.intake, self.checklist, self.memo, self.attachments):
            tab.actor = name

    # ----- keeping the tabs in step -----------------------------------------------------------
    def refresh_header(self) -> None:
        from models.services.matters import get_matter

        with self.vault.session() as session:
            matter = get_matter(session, self.matter_id)
            values = {
                "reference": matter.reference,
                "title": matter.title,
                "kind": matter.kind,
                "status": matter.status,
                "tier": matter.tier,
                "recommendation": matter.effective_recommendation,
                "overridden": bool(matter.override_recommendation),
            }
        self.header.show_matter(**values)  # type: ignore[arg-type]
        self.setWindowTitle(
            self.tr("{0} — {1} — Outbound").format(values["reference"], values["title"])
        )

    def _intake_saved(self) -> None:
        self.refresh_header()
        self.matter_changed.emit(self.matter_id)
        self.checklist.reload()
        self.memo.reload()
        self.memo.refresh_preview()
        self.history.reload()

    def _matter_changed(self) -> None:
        self.refresh_header()
        self.matter_changed.emit(self.matter_id)
        self.history.reload()

    def _attachments_changed(self) -> None:
        self.matter_changed.emit(self.matter_id)
        self.checklist.reload()
        self.history.reload()

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
