"""Exporting a matter as a case bundle from the window (File ▸ Export bundle…).

    export_bundle(main_window, matter_id) -> ExportFlow

The options dialog (encrypt for transport, passphrase twice) → the native save dialog
(`<REF>.outbound-bundle.zip`, or `.age` when encrypted) → a progress dialog while
`Workspace.export_bundle` runs in a worker (Cancel stops it and no file is left)
→ a result dialog with the file, its SHA-256 and the signer's fingerprint.

The flow is a QObject parented to the main window; it holds its dialogs (`options`, `progress`,
`result`) and its `job`, which tests drive directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casework.changes import Done
from casework.workspace import Workspace
from desktop.ui.bundle_common import (
    BUNDLE_SUFFIX,
    ENCRYPTED_SUFFIX,
    PROGRESS_STEPS,
    BundleProgressDialog,
    default_folder,
    human_size,
    is_cancel,
    selectable,
)
from desktop.ui.dialogs import show_error
from desktop.ui.operations import announce
from desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QObject,
    QPalette,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from desktop.ui.welcome import heading, paragraph
from desktop.ui.widgets import NewPassphraseFields
from desktop.ui.workers import run_in_background


class ExportOptionsDialog(QDialog):
    """What goes into the bundle, and whether to encrypt it for transport."""

    def __init__(self, reference: str, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.setWindowTitle(self.tr("Export {0}").format(reference))
        self.setAccessibleName(self.tr("Export case bundle"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        subject = f"{reference} — {title}" if title else reference
        title_label = heading(subject, self, size_delta=2)
        title_label.setWordWrap(True)
        layout.addWidget(title_label)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The case bundle holds the whole matter: intake answers, checklist, every "
                    "memo version with its PDF, the attachments and the audit history. It is "
                    "signed with this vault's key so the recipient can check where it came from."
                ),
                self,
            )
        )
        self.encrypt = QCheckBox(self.tr("&Encrypt for transport with a passphrase"), self)
        self.encrypt.setAccessibleName(self.tr("Encrypt for transport"))
        self.encrypt.setToolTip(
            self.tr("For a USB stick or e-mail: without the passphrase the file cannot be read.")
        )
        layout.addWidget(self.encrypt)
        self.fields = NewPassphraseFields(self)
        self.fields.first.setAccessibleName(self.tr("Transport passphrase"))
        self.fields.second.setAccessibleName(self.tr("Repeat transport passphrase"))
        self.fields.form.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.fields)
        self.note = paragraph(
            self.tr(
                "Tell the recipient the passphrase another way — in person or by phone — never "
                "in the same message as the file."
            ),
            self,
        )
        self.note.setContentsMargins(24, 0, 0, 0)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Choose where to save…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.encrypt.toggled.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(520)

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        self.fields.setVisible(on)
        self.note.setVisible(on)
        self.ok.setEnabled(not on or self.fields.acceptable())
        self.adjustSize()

    def passphrase(self) -> str | None:
        return self.fields.passphrase() if self.encrypt.isChecked() else None

    def suggested_name(self) -> str:
        return self.reference + (ENCRYPTED_SUFFIX if self.encrypt.isChecked() else BUNDLE_SUFFIX)

    def done(self, result: int) -> None:
        super().done(result)
        if int(result) != QDialog.DialogCode.Accepted.value:
            self.fields.clear()  # a passphrase does not linger in a closed dialog



class ExportResultDialog(QDialog):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle exported"))
        self.setAccessibleName(self.tr("Bundle exported"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "{0} was exported and signed. Give the recipient the SHA-256 and the "
                    "fingerprint by another channel so they can check the file."
                ).format(result.reference),
                self,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file = selectable(str(result.path), self)
        self.sha256 = selectable(result.sha256, self, mono=True)
        self.fingerprint = selectable(result.signer_fingerprint, self, mono=True)
        self.file.setAccessibleName(self.tr("Bundle file"))
        self.sha256.setAccessibleName(self.tr("SHA-256 of the file"))
        self.fingerprint.setAccessibleName(self.tr("Signer fingerprint"))
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Size:"), QLabel(human_size(result.size), self))
        form.addRow(
            self.tr("Encrypted:"),
            QLabel(self.tr("Yes, for transport") if result.encrypted else self.tr("No"), self),
        )
        form.addRow(self.tr("SHA-256:"), self.sha256)
        form.addRow(self.tr("Signer fingerprint:"), self.fingerprint)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)



class ExportFlow(QObject):
    """Options → save dialog → export in a worker → result. `finished` carries the ExportResult,
    or None when cancelled or failed."""

    finished = Signal(object)

    def __init__(self, window: Any, matter_id: str, reference: str, title: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.vault = window.vault
        self.actor = window.actor
        self.matter_id = matter_id
        self.reference = reference
        self.options = ExportOptionsDialog(reference, title, window)
        self.options.accepted.connect(self._choose_file)
        self.options.rejected.connect(lambda: self._end(None))
        self.progress: BundleProgressDialog | None = None
        self.result_dialog: ExportResultDialog | None = None
        self.job: Any = None
        self.dest: Path | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    def start(self) -> ExportFlow:
        self.options.open()
        return self

    def _choose_file(self) -> None:
        encrypted = self.options.encrypt.isChecked()
        name_filter = (
            self.tr("Encrypted case bundles (*.age)")
            if encrypted
            else self.tr("Case bundles (*.zip)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export {0}").format(self.reference),
            str(default_folder() / self.options.suggested_name()),
            name_filter,
        )
        if not path:
            self.options.fields.clear()
            self._end(None)
            return
        dest = Path(path)
        if not dest.suffix:
            dest = dest.with_name(dest.name + (ENCRYPTED_SUFFIX if encrypted else BUNDLE_SUFFIX))
        self.run(dest, self.options.passphrase())
        self.options.fields.clear()

    def run(self, dest: Path, passphrase: str | None = None) -> Any:
        """Export to `dest` in a worker behind a progress dialog; returns the job."""
        self.dest = dest
        vault, actor, ref = self.vault, self.actor, self.matter_id
        self.progress = BundleProgressDialog(
            self.tr("Exporting {0}").format(self.reference),
            self.tr("Writing and signing the case bundle…"),
            self.window,
        )

        def work(control: Any) -> Any:
            last = [-1]

            def progress(done: int, total: int) -> None:
                step = done * PROGRESS_STEPS // total if total else 0
                if step != last[0]:  # at most a thousand signals, whatever the size
                    last[0] = step
                    control.report(done, total, "")

            return Workspace(vault, actor).export_bundle(
                ref,
                dest,
                encrypt_passphrase=passphrase,
                progress=progress,
                cancel=lambda: control.cancelled,
            )

        def exported(done: Done[Any]) -> None:
            announce(done.changes)
            self._done(done.value)

        self.job = run_in_background(
            work,
            with_control=True,
            on_done=exported,
            on_error=self._failed,
            on_progress=self.progress.report,
        )
        self.progress.track(self.job)
        self.progress.show()
        return self.job

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _done(self, result: Any) -> None:
        self._close_progress()
        self.result = result
        self.result_dialog = ExportResultDialog(result, self.window)
        self.result_dialog.open()
        self.window.statusBar().showMessage(
            self.tr("{0} was exported to {1}.").format(result.reference, result.path.name), 8000
        )
        self._end(result)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if is_cancel(exc):
            self.cancelled = True
            self.window.statusBar().showMessage(
                self.tr("Export cancelled; no file was written."), 8000
            )
        else:
            self.error = exc
            show_error(self.window, exc, title=self.tr("The bundle was not exported"))
        self._end(None)

    def _end(self, result: Any) -> None:
        self.finished.emit(result)



def export_bundle(window: Any, matter_id: str) -> ExportFlow | None:
    """File ▸ Export bundle… for `matter_id`: opens the options dialog (non-blocking)."""
    if window.vault is None:
        return None
    try:
        matter = Workspace(window.vault, window.actor).matter(matter_id)
        reference, title = matter.reference, matter.title or ""
    except Exception as exc:
        show_error(window, exc, title=translate("BundleDialogs", "The bundle was not exported"))
        return None
    return ExportFlow(window, matter_id, reference, title).start()


