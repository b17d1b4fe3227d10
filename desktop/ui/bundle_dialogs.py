"""Case bundles in the window: export a matter, and verify then import a bundle.

    export_bundle(main_window, matter_id) -> ExportFlow   # File ▸ Export bundle…
    import_bundle(main_window) -> ImportFlow | None       # File ▸ Import bundle…

Export: the options dialog (encrypt for transport, passphrase twice) → the native save dialog
(`<REF>.outbound-bundle.zip`, or `.age` when encrypted) → a progress dialog while
`Workspace.export_bundle` runs in a worker (Cancel stops it and no file is left)
→ a result dialog with the file, its SHA-256 and the signer's fingerprint.

Import: the native open dialog → the transport passphrase when the file is age-encrypted (asked
again, with the reason, when it is wrong) → `Workspace.verify_bundle` in a worker → the
verification report (every check, the signature, the signer and whether this vault knows the key,
the matter) with the import options (as a copy when the matter is already here; unsigned only
with an explicit tick) → `Workspace.import_bundle` in a worker → the result, and
the list is refreshed. Expected failures are shown with their `OutboundError` message.

Each flow is a QObject parented to the main window; it holds its dialogs (`options`, `progress`,
`review`, `result`) and its `job`, which tests drive directly. Nothing here blocks on `exec()`
apart from Qt's static file and text dialogs, which tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bundles.errors import BundleCancelledError, BundlePassphraseError
from casework.changes import Done
from casework.workspace import Workspace
from desktop.ui.dialogs import show_error
from desktop.ui.operations import announce
from desktop.ui.qt import (
    QCheckBox,
    QColor,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QObject,
    QPalette,
    QProgressDialog,
    QPushButton,
    QStandardPaths,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.welcome import heading, paragraph
from desktop.ui.widgets import LEVEL_COLOURS, NewPassphraseFields, monospace_font, readable
from desktop.ui.workers import JobCancelledError, run_in_background

BUNDLE_SUFFIX = ".outbound-bundle.zip"
ENCRYPTED_SUFFIX = ".outbound-bundle.age"
PROGRESS_STEPS = 1000  # the dialog shows per mille: byte counts overflow a QProgressBar's int
ERROR_COLOUR = LEVEL_COLOURS["weak"]
OK_COLOUR = LEVEL_COLOURS["good"]


def _t(text: str) -> str:
    return QCoreApplication.translate("BundleDialogs", text)


def check_label(name: str) -> str:
    """A verification check's name as the user reads it (no BagIt vocabulary)."""
    labels = {
        "decryption": _t("Decryption"),
        "zip structure": _t("Archive safety"),
        "bag declaration": _t("Bundle format"),
        "bag-info": _t("Export details"),
        "payload manifest": _t("File hashes"),
        "payload oxum": _t("File count and size"),
        "tag manifest": _t("Bundle records"),
        "schemas": _t("Matter data is well formed"),
        "consistency": _t("Records agree with each other"),
        "audit chain": _t("Audit history chain"),
        "content": _t("Answers, forms and memos make sense"),
        "memo sign-offs": _t("Memo sign-offs"),
        "signature": _t("Signature"),
    }
    return labels.get(name, name)


def check_meaning(name: str, ok: bool) -> str:
    """What a check's result means, in plain words (the technical detail is in the tooltip)."""
    passed = {
        "decryption": _t("Opened with the transport passphrase."),
        "zip structure": _t("The archive is safe to read."),
        "bag declaration": _t("A bundle format this version of Outbound reads."),
        "bag-info": _t("It states who exported it and when."),
        "payload manifest": _t("Every file matches the hash recorded at export."),
        "payload oxum": _t("The number of files and their total size match."),
        "tag manifest": _t("The bundle's own records match the hashes recorded at export."),
        "schemas": _t("The matter data is complete and well formed."),
        "consistency": _t("The records agree with each other."),
        "audit chain": _t("The audit history is unbroken."),
        "signature": _t("Signed by the key shown above."),
    }
    failed = {
        "decryption": _t("It could not be opened with the passphrase."),
        "zip structure": _t("The archive is damaged or unsafe to read."),
        "bag declaration": _t("Not a bundle format this version of Outbound reads."),
        "bag-info": _t("Who exported it and when is missing or wrong."),
        "payload manifest": _t("A file was changed, added or removed after export."),
        "payload oxum": _t("The number of files or their total size changed after export."),
        "tag manifest": _t("The bundle's own records were changed after export."),
        "schemas": _t("The matter data is damaged or incomplete."),
        "consistency": _t("The records contradict each other."),
        "audit chain": _t("The audit history was changed or cut."),
        "signature": _t("The signature does not hold."),
    }
    return (passed if ok else failed).get(name, "")


def signature_text(status: str, *, bundle_ok: bool = True) -> str:
    if status == "valid" and not bundle_ok:
        # a signature over records that no longer match the files vouches for nothing
        return _t(
            "Matches the signed records, but other checks failed: it does not vouch for "
            "this bundle"
        )
    return {
        "valid": _t("Valid"),
        "missing": _t("Missing — the bundle is not signed"),
        "invalid": _t("Invalid — the bundle was changed after it was signed"),
    }.get(status, status)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, BundleCancelledError | JobCancelledError)


def _selectable(text: str, parent: QWidget, *, mono: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(not mono)  # hashes and fingerprints have no spaces: shown whole
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if mono:
        label.setFont(monospace_font())
    return label


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)  # pragma: no cover


# ----- dialogs ---------------------------------------------------------------------------------
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


class BundleProgressDialog(QProgressDialog):
    """Window-modal progress with a Cancel button that cancels the job (once)."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setLabelText(label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.setCancelButton(self.cancel_button)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)  # busy until the first report
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.job: Any = None
        self.finished_work = False
        self.canceled.connect(self._cancel)

    def track(self, job: Any) -> None:
        self.job = job

    def _cancel(self) -> None:
        if self.finished_work or self.job is None:
            return
        self.job.cancel()
        self.setLabelText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.finished_work:
            return
        if total > 0:
            if self.maximum() != PROGRESS_STEPS:
                self.setRange(0, PROGRESS_STEPS)
            self.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
        if text:
            self.setLabelText(text)

    def finish(self) -> None:
        self.finished_work = True  # closing emits `canceled`; it must not cancel anything now
        self.close()
        self.deleteLater()


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
        self.file = _selectable(str(result.path), self)
        self.sha256 = _selectable(result.sha256, self, mono=True)
        self.fingerprint = _selectable(result.signer_fingerprint, self, mono=True)
        self.file.setAccessibleName(self.tr("Bundle file"))
        self.sha256.setAccessibleName(self.tr("SHA-256 of the file"))
        self.fingerprint.setAccessibleName(self.tr("Signer fingerprint"))
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Size:"), QLabel(_human_size(result.size), self))
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


class ImportReviewDialog(QDialog):
    """The verification report and the import options; Import only when the policy allows."""

    def __init__(self, report: Any, exists: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.exists = exists
        self.setWindowTitle(self.tr("Verify case bundle"))
        self.setAccessibleName(self.tr("Bundle verification report"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        contents_ok = report.ok_apart_from_signature and report.signature != "invalid"
        self.importable = contents_ok
        failures = [c for c in report.failures if c.name != "signature" or not contents_ok]
        if report.ok:
            head, colour = self.tr("✓ The bundle verified: every check passed."), OK_COLOUR
        elif contents_ok:
            head = self.tr("The bundle's contents verified, but it is not signed.")
            colour = LEVEL_COLOURS["fair"]
        else:
            first = failures[0] if failures else None
            head = self.tr("✗ The bundle failed verification. It cannot be imported.")
            if first is not None:
                reason = check_meaning(first.name, False) or check_label(first.name) + "."
                head = self.tr(
                    "✗ The bundle failed verification: {0} It cannot be imported."
                ).format(reason)
            colour = ERROR_COLOUR
        self.headline = heading(head, self, size_delta=2)
        self.headline.setStyleSheet(f"color: {readable(colour)};")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        # what failed comes first, before any detail that passed
        self.failures = paragraph(
            "\n".join(
                f"✗ {check_label(c.name)}: {check_meaning(c.name, False)} ({c.message})"
                for c in failures
            ),
            self,
        )
        self.failures.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        self.failures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failures.setAccessibleName(self.tr("Failed checks"))
        self.failures.setVisible(bool(failures))
        layout.addWidget(self.failures)
        # Green means "fine" only when every check passed; otherwise passes stay uncoloured.
        pass_colour = OK_COLOUR if report.ok else None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.matter = _selectable(
            f"{report.reference or '?'}  ({report.matter_uuid or self.tr('no identifier')})", self
        )
        self.matter.setAccessibleName(self.tr("Matter"))
        form.addRow(self.tr("Matter:"), self.matter)
        origin = ", ".join(
            part for part in (report.exporter, report.organisation, report.bagging_date) if part
        )
        form.addRow(self.tr("Exported by:"), _selectable(origin or self.tr("Not stated"), self))
        self.signature = QLabel(signature_text(report.signature, bundle_ok=contents_ok), self)
        self.signature.setWordWrap(True)
        self.signature.setAccessibleName(self.tr("Signature"))
        if report.signature != "valid":
            self.signature.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        elif pass_colour is not None:
            self.signature.setStyleSheet(f"color: {readable(pass_colour)};")
        form.addRow(self.tr("Signature:"), self.signature)
        if report.signer_fingerprint:
            self.fingerprint = _selectable(report.signer_fingerprint, self, mono=True)
            self.fingerprint.setAccessibleName(self.tr("Signer fingerprint"))
            form.addRow(self.tr("Signer fingerprint:"), self.fingerprint)
            if report.key_known:
                known = self.tr("Known to this vault (it signed bundles exported from here).")
            else:
                known = self.tr(
                    "Not known to this vault. Compare the fingerprint with the sender by phone "
                    "or in person before relying on the bundle."
                )
            self.signer = paragraph(known, self)
            self.signer.setAccessibleName(self.tr("Signer"))
            form.addRow(self.tr("Signer:"), self.signer)
        sha = _selectable(report.bundle_sha256, self, mono=True)
        sha.setAccessibleName(self.tr("SHA-256 of the file"))
        form.addRow(self.tr("File SHA-256:"), sha)
        layout.addLayout(form)

        self.checks = QTreeWidget(self)
        self.checks.setAccessibleName(self.tr("Verification checks"))
        self.checks.setHeaderLabels([self.tr("Result"), self.tr("Check"), self.tr("Details")])
        self.checks.setRootIsDecorated(False)
        self.checks.setWordWrap(True)
        self.checks.setUniformRowHeights(False)
        self.checks.setAlternatingRowColors(True)
        # failed checks first, in the order they were found
        for check in sorted(report.checks, key=lambda c: c.ok):
            meaning = check_meaning(check.name, check.ok) or check.message
            result = self.tr("✓ Passed") if check.ok else self.tr("✗ Failed")
            if check.ok and check.name == "signature" and not contents_ok:
                # the signature holds over records the files no longer match
                result = self.tr("– Not relied on")
                meaning = self.tr(
                    "The signature matches the records signed at export, but the files no "
                    "longer match those records."
                )
            item = QTreeWidgetItem(
                [
                    result,
                    check_label(check.name),
                    meaning if check.ok else f"{meaning} ({check.message})",
                ]
            )
            item.setToolTip(2, check.message)
            if not check.ok:
                item.setForeground(0, QColor(readable(ERROR_COLOUR)))
            elif pass_colour is not None:
                item.setForeground(0, QColor(readable(pass_colour)))
            self.checks.addTopLevelItem(item)
        for warning in report.warnings:  # e.g. a memo sign-off no PDF signature carries
            item = QTreeWidgetItem([self.tr("⚠ Note"), check_label("memo sign-offs"), warning])
            item.setToolTip(2, warning)
            item.setForeground(0, QColor(readable(LEVEL_COLOURS["fair"])))
            self.checks.addTopLevelItem(item)
        header = self.checks.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checks.setMinimumHeight(200)
        layout.addWidget(self.checks, 1)


        self.as_copy = QCheckBox(self.tr("Import as a &copy with a new reference"), self)
        self.as_copy.setAccessibleName(self.tr("Import as a copy"))
        self.copy_note = paragraph(
            self.tr(
                "This matter is already in this vault. A copy keeps both: it gets a new "
                "reference and records where it came from."
            ),
            self,
        )
        self.unsigned_warning = paragraph(
            self.tr(
                "Without a signature nothing shows who made this bundle or that it is the one "
                "they sent. Import it only if you received it directly from someone you trust."
            ),
            self,
        )
        self.unsigned_warning.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        self.allow_unsigned = QCheckBox(
            self.tr("I trust where it came from: import the &unsigned bundle"), self
        )
        self.allow_unsigned.setAccessibleName(self.tr("Allow an unsigned bundle"))
        for widget in (self.copy_note, self.as_copy):
            widget.setVisible(self.importable and exists)
            layout.addWidget(widget)
        for widget in (self.unsigned_warning, self.allow_unsigned):
            widget.setVisible(self.importable and report.signature == "missing")
            layout.addWidget(widget)

        if self.importable:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            )
            self.import_button: QPushButton | None = self.buttons.button(
                QDialogButtonBox.StandardButton.Ok
            )
            self.import_button.setText(self.tr("&Import"))
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            self.import_button = None
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.as_copy.toggled.connect(self._update)
        self.allow_unsigned.toggled.connect(self._update)
        self._update()
        self.resize(800, 580)

    def can_import(self) -> bool:
        if not self.importable:
            return False
        if self.exists and not self.as_copy.isChecked():
            return False
        return self.report.signature == "valid" or self.allow_unsigned.isChecked()

    def _update(self) -> None:
        if self.import_button is not None:
            self.import_button.setEnabled(self.can_import())


class ImportResultDialog(QDialog):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle imported"))
        self.setAccessibleName(self.tr("Bundle imported"))
        layout = QVBoxLayout(self)
        if result.as_copy:
            text = self.tr("The matter was imported as a copy, {0} (the original is {1}).").format(
                result.reference, result.original_reference
            )
        else:
            text = self.tr("The matter {0} was imported into this vault.").format(result.reference)
        layout.addWidget(paragraph(text, self))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reference = _selectable(result.reference, self)
        self.reference.setAccessibleName(self.tr("Matter reference"))
        form.addRow(self.tr("Matter:"), self.reference)
        verified = (
            self.tr("Yes: every check passed and the signature is valid")
            if result.signature == "valid"
            else self.tr("Contents verified; the bundle was not signed")
        )
        self.verified = QLabel(verified, self)
        form.addRow(self.tr("Verified:"), self.verified)
        if result.signer_fingerprint:
            signer = _selectable(result.signer_fingerprint, self, mono=True)
            signer.setAccessibleName(self.tr("Signer fingerprint"))
            form.addRow(self.tr("Signer fingerprint:"), signer)
            form.addRow(
                "",
                QLabel(
                    self.tr("Known to this vault")
                    if result.key_known
                    else self.tr("Not known to this vault; the fingerprint was recorded"),
                    self,
                ),
            )
        layout.addLayout(form)
        # Sign-offs no valid PDF signature carries were imported as not verified: say which.
        self.warnings = [paragraph(f"⚠ {warning}", self) for warning in result.warnings]
        for label in self.warnings:
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


# ----- flows -----------------------------------------------------------------------------------
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
        if _is_cancel(exc):
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
        from bundles.transport import is_encrypted

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
        if _is_cancel(exc):
            self.cancelled = True
            self.window.statusBar().showMessage(self.tr("Cancelled; nothing was imported."), 8000)
        else:
            self.error = exc
            show_error(self.window, exc, title=self.tr("The bundle was not imported"))
        self._end(None)

    def _end(self, result: Any) -> None:
        self.passphrase = None
        self.finished.emit(result)


# ----- entry points (called by MainWindow) -----------------------------------------------------
def export_bundle(window: Any, matter_id: str) -> ExportFlow | None:
    """File ▸ Export bundle… for `matter_id`: opens the options dialog (non-blocking)."""
    if window.vault is None:
        return None
    try:
        matter = Workspace(window.vault, window.actor).matter(matter_id)
        reference, title = matter.reference, matter.title or ""
    except Exception as exc:
        show_error(window, exc, title=_t("The bundle was not exported"))
        return None
    return ExportFlow(window, matter_id, reference, title).start()


def import_bundle(window: Any) -> ImportFlow | None:
    """File ▸ Import bundle…: asks for the file, then verifies before anything is written."""
    if window.vault is None:
        return None
    return ImportFlow(window).start()
