"""Verifying and importing a case bundle from the window (File ▸ Import bundle…).

    import_bundle(main_window) -> ImportFlow | None

The native open dialog → the transport passphrase when the file is age-encrypted (asked
again, with the reason, when it is wrong) → `Workspace.verify_bundle` in a worker → the
verification report (every check, the signature, the signer and whether this vault knows the key,
the matter) with the import options (as a copy when the matter is already here; unsigned only
with an explicit tick) → `Workspace.import_bundle` in a worker → the result, and
the list is refreshed. Expected failures are shown with their `OutboundError` message.

The flow is a QObject parented to the main window; it holds its dialogs (`progress`, `review`,
`result`) and its `job`, which tests drive directly. Nothing here blocks on `exec()` apart from
Qt's static file and text dialogs, which tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casework.bundle_errors import BundlePassphraseError
from casework.changes import Done
from casework.workspace import Workspace
from desktop.ui.bundle_common import (
    BundleProgressDialog,
    default_folder,
    is_cancel,
)
from desktop.ui.bundle_review import ImportResultDialog, ImportReviewDialog
from desktop.ui.dialogs import show_error
from desktop.ui.operations import announce
from desktop.ui.qt import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QObject,
    Signal,
)
from desktop.ui.workers import run_in_background


class ImportFlow(QObject):
    """Open dialog → passphrase if encrypted → verify in a worker → report and options →
    import in a worker → result. `finished` carries the ImportResult, or None."""

    finished = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.vault = window.vault
        self.actor = window.actor
        self.path: Path | None = None
        self.passphrase: str | None = None
        self.progress: BundleProgressDialog | None = None
        self.review: ImportReviewDialog | None = None
        self.result_dialog: ImportResultDialog | None = None
        self.report: Any = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.job: Any = None

    def start(self) -> ImportFlow:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a case bundle"),
            str(default_folder()),
            self.tr("Case bundles (*.zip *.age);;All files (*)"),
        )
        if not path:
            self._end(None)
            return self
        return self.open_path(Path(path))

    def open_path(self, path: Path) -> ImportFlow:
        from casework.bundle_files import is_encrypted

        self.path = path
        try:
            encrypted = is_encrypted(path)  # reads the first 21 bytes
        except Exception as exc:
            self._fail(exc)
            return self
        if encrypted and not self._ask_passphrase():
            self._end(None)
            return self
        self.verify()
        return self

    def _ask_passphrase(self, problem: str = "") -> bool:
        assert self.path is not None
        label = self.tr(
            "{0} is encrypted for transport. Enter the passphrase the sender gave you:"
        ).format(self.path.name)
        if problem:
            label = problem + "\n\n" + self.tr("Enter the transport passphrase again:")
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Transport passphrase"),
            label,
            QLineEdit.EchoMode.Password,
            "",
        )
        if not ok or not text:
            return False
        self.passphrase = text
        return True

    def _progress(self, title: str, label: str) -> BundleProgressDialog:
        self.progress = BundleProgressDialog(title, label, self.window)
        return self.progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    # ----- verification ---------------------------------------------------------------------
    def verify(self) -> Any:
        assert self.path is not None
        path, passphrase, vault = self.path, self.passphrase, self.vault
        progress = self._progress(
            self.tr("Verifying {0}").format(path.name),
            self.tr("Checking every file, the signature and the audit history…"),
        )

        def work(control: Any) -> tuple[Any, bool]:
            workspace = Workspace(vault, "")
            report = workspace.verify_bundle(
                path,
                passphrase=passphrase,
                progress=lambda done, total: control.report(done, total, ""),
                cancel=lambda: control.cancelled,
            )
            exists = report.matter_uuid is not None and workspace.matter_exists(report.matter_uuid)
            return report, exists

        self.job = run_in_background(
            work,
            with_control=True,
            on_done=self._verified,
            on_error=self._verify_failed,
            on_progress=progress.report,
        )
        progress.track(self.job)
        progress.show()
        return self.job

    def _verified(self, value: tuple[Any, bool]) -> None:
        self._close_progress()
        if self.window.vault is None:  # locked meanwhile
            self._end(None)
            return
        self.report, exists = value
        self.review = ImportReviewDialog(self.report, exists, self.window)
        self.review.accepted.connect(
            lambda: self.run_import(
                as_copy=self.review is not None and self.review.as_copy.isChecked(),
                allow_unsigned=self.review is not None and self.review.allow_unsigned.isChecked(),
            )
        )
        self.review.rejected.connect(lambda: self._end(None))
        self.review.open()

    def _verify_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, BundlePassphraseError) and self.passphrase is not None:
            from desktop.ui.dialogs import error_text

            if self._ask_passphrase(error_text(exc)):
                self.verify()
                return
            self.error = exc
            self._end(None)
            return
        self._fail(exc)

    # ----- import ---------------------------------------------------------------------------
    def run_import(self, *, as_copy: bool = False, allow_unsigned: bool = False) -> Any:
        assert self.path is not None
        path, passphrase, vault, actor = self.path, self.passphrase, self.vault, self.actor
        progress = self._progress(
            self.tr("Importing {0}").format(path.name),
            self.tr("Verifying again, then writing the matter in one step…"),
        )

        def work(control: Any) -> Any:
            return Workspace(vault, actor).import_bundle(
                path,
                as_copy=as_copy,
                allow_unsigned=allow_unsigned,
                passphrase=passphrase,
                progress=lambda done, total: control.report(done, total, ""),
                cancel=lambda: control.cancelled,
            )

        def imported(done: Done[Any]) -> None:
            announce(done.changes)
            self._imported(done.value)

        self.job = run_in_background(
            work,
            with_control=True,
            on_done=imported,
            on_error=self._fail,
            on_progress=progress.report,
        )
        progress.track(self.job)
        progress.show()
        return self.job

    def _imported(self, result: Any) -> None:
        self._close_progress()
        self.passphrase = None
        self.result = result
        if self.window.vault is not None:
            self._show_in_list(result.matter_id)
        self.result_dialog = ImportResultDialog(result, self.window)
        if result.person_duplicates:  # a look-alike in the people register: ask, never merge
            from desktop.ui.people_view import offer_merge_after_import

            self.result_dialog.finished.connect(
                lambda _code: offer_merge_after_import(self.window, result))
        self.result_dialog.open()
        self.window.statusBar().showMessage(
            self.tr("{0} was imported.").format(result.reference), 8000
        )
        self._end(result)

    def _show_in_list(self, matter_id: str) -> None:
        model = self.window.model
        model.refresh()
        if model.rowCount():
            model.row_at(0)  # loads the first page, where a just-imported matter usually is
        row = model.row_of(matter_id)
        if row >= 0:
            self.window.panel.table.selectRow(row)

    def _fail(self, exc: BaseException) -> None:
        self._close_progress()
        self.passphrase = None
        if is_cancel(exc):
            self.cancelled = True
            self.window.statusBar().showMessage(self.tr("Cancelled; nothing was imported."), 8000)
        else:
            self.error = exc
            show_error(self.window, exc, title=self.tr("The bundle was not imported"))
        self._end(None)

    def _end(self, result: Any) -> None:
        self.passphrase = None
        self.finished.emit(result)



def import_bundle(window: Any) -> ImportFlow | None:
    """File ▸ Import bundle…: asks for the file, then verifies before anything is written."""
    if window.vault is None:
        return None
    return ImportFlow(window).start()
