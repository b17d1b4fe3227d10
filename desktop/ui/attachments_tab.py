"""The Attachments tab: files kept inside the vault (added by dialog or drag and drop, streamed
into the vault in a background job), opened only after a warning, removed after confirmation."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casework.changes import Aspect, Changes, Done
from casework.vaults import Vault
from casework.workspace import Workspace
from desktop.ui.attachments_temp import write_private_copy
from desktop.ui.dialogs import confirm, show_error
from desktop.ui.matter_worker import run_for
from desktop.ui.operations import announce, connect_changes, run_mutation
from desktop.ui.qt import (
    QAbstractItemView,
    QDateTime,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPalette,
    QPushButton,
    QStackedWidget,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from desktop.ui.workers import JobControl

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def local_time(iso_utc: str) -> str:
    """An ISO UTC timestamp shown in local time (yyyy-MM-dd HH:mm)."""
    moment = QDateTime.fromString(iso_utc.replace("Z", "")[:19], "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        return iso_utc
    moment.setTimeZone(moment.timeZone().utc())
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def import_files(
    parent: QWidget,
    vault: Vault,
    matter_id: str,
    paths: list[str],
    *,
    actor: str,
    on_done: Callable[[list[str]], None] | None = None,
) -> Any:
    """Stream `paths` into the vault in a background job; `on_done(ids)` on the main thread."""

    workspace = Workspace(vault, actor)

    def job(control: JobControl) -> Done[list[str]]:
        ids, changes = [], Changes()
        for index, path in enumerate(paths):
            control.check()
            control.report(index, len(paths), Path(path).name)
            media = mimetypes.guess_type(path)[0] or "application/octet-stream"
            with open(path, "rb") as stream:  # each file its own transaction, as before
                added = workspace.add_attachment(
                    matter_id, name=Path(path).name, stream=stream, media_type=media
                )
            ids.append(added.value.id)
            changes |= added.changes
        return Done(ids, changes)

    def done(result: Done[list[str]]) -> None:
        announce(result.changes)
        if on_done is not None:
            on_done(result.value)

    def failed(exc: BaseException) -> None:
        # Files copied before the failure are in the vault: the views show them.
        announce(Changes.of([matter_id], Aspect.ATTACHMENTS))
        show_error(parent, exc, title=translate("Attachments", "Not attached"))

    return run_for(parent, job, with_control=True, on_done=done, on_error=failed)


class AttachmentsTab(QWidget):
    changed = Signal()

    def __init__(
        self, vault: Vault, matter_id: str, *, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.matter_id = matter_id
        self.actor = actor
        self.busy = 0
        self.setAcceptDrops(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Size"),
                self.tr("SHA-256"),
                self.tr("Added by"),
                self.tr("Added"),
            ]
        )
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr(
                "No attachments yet.\n\nDrop contracts, NDAs, approvals and other evidence "
                "here, or use “Add files…”. Files are copied into the encrypted vault."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.drop_hint = self.tr("Drop files here to add them to the vault.")
        self.progress = QLabel(self.drop_hint, self)
        self.progress.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.reload()
        connect_changes(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if self.vault.is_locked or getattr(self.window(), "_dropped", False):
            return
        if changes.touches(self.matter_id, Aspect.ATTACHMENTS):
            self.reload()

    def reload(self) -> None:
        rows = [
            (a.id, a.name, a.size, a.sha256, a.created_by, a.created_at)
            for a in Workspace(self.vault, self.actor).matter(self.matter_id).attachments
        ]
        self.list.clear()
        for attachment_id, name, size, sha, by, at in rows:
            item = QTreeWidgetItem([name, human_size(size), sha[:12] + "…", by, local_time(at)])
            item.setData(0, ID_ROLE, attachment_id)
            item.setToolTip(2, sha)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(2, Qt.ItemDataRole.AccessibleTextRole, sha)
            self.list.addTopLevelItem(item)
        self.stack.setCurrentIndex(1 if rows else 0)
        self._update_buttons()

    def _selected_ids(self) -> list[tuple[str, str]]:
        return [(str(i.data(0, ID_ROLE)), i.text(0)) for i in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        count = len(self.list.selectedItems())
        self.open_button.setEnabled(count == 1)
        self.remove_button.setEnabled(count >= 1)

    # ----- adding -----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add attachments"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> Any:
        self.busy += 1
        self.progress.setText(self.tr("Copying %n file(s) into the vault…", "", len(paths)))

        def finished(_ids: list[str] | None = None) -> None:
            self.busy -= 1
            self.progress.setText(self.drop_hint)
            self.reload()
            self.changed.emit()

        job = import_files(
            self, self.vault, self.matter_id, paths, actor=self.actor, on_done=finished
        )
        previous = job.signals.on_error

        def failed(exc: BaseException) -> None:
            finished()
            if previous is not None:
                previous(exc)

        job.signals.on_error = failed
        return job

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # ----- opening and removing ---------------------------------------------------------------
    def open_selected(self) -> Path | None:
        selected = self._selected_ids()
        if len(selected) != 1:
            return None
        attachment_id, name = selected[0]
        answer = QMessageBox.warning(
            self,
            self.tr("Open outside the vault?"),
            self.tr(
                "“{0}” will be written unencrypted to a private temporary folder so another "
                "application can open it. The copy is deleted when the vault locks or Outbound "
                "quits, but the other application may keep its own copies."
            ).format(name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        try:
            path = write_private_copy(
                name, Workspace(self.vault, self.actor).read_attachment(attachment_id),
                owner=self.matter_id,
            )
        except Exception as exc:
            show_error(self, exc, title=self.tr("Could not open"))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def remove_selected(self) -> None:
        selected = self._selected_ids()
        if not selected:
            return
        names = ", ".join(f"“{name}”" for _id, name in selected)
        if not confirm(
            self,
            self.tr("Remove attachments"),
            self.tr(
                "Remove {0} from this matter? Checklist items lose them as evidence. The "
                "removal is recorded in the history."
            ).format(names),
        ):
            return
        workspace = Workspace(self.vault, self.actor)
        ids = [attachment_id for attachment_id, _name in selected]
        run_mutation(
            self, lambda: workspace.remove_attachments(ids), error_title=self.tr("Not removed"),
            on_done=lambda _none: self.changed.emit(),
        )
