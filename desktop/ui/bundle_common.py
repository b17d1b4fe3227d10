"""What the bundle export and import flows share: the words for verification checks and
signatures, the default folder, the progress dialog (desktop/ui/bundle_export.py and
desktop/ui/bundle_import.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bundles.errors import BundleCancelledError
from desktop.ui.qt import (
    QCoreApplication,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStandardPaths,
    Qt,
    QWidget,
)
from desktop.ui.widgets import LEVEL_COLOURS, monospace_font
from desktop.ui.workers import JobCancelledError

BUNDLE_SUFFIX = ".outbound-bundle.zip"
ENCRYPTED_SUFFIX = ".outbound-bundle.age"
PROGRESS_STEPS = 1000  # the dialog shows per mille: byte counts overflow a QProgressBar's int
ERROR_COLOUR = LEVEL_COLOURS["weak"]
OK_COLOUR = LEVEL_COLOURS["good"]


def bundle_tr(text: str) -> str:
    return QCoreApplication.translate("BundleDialogs", text)


def check_label(name: str) -> str:
    """A verification check's name as the user reads it (no BagIt vocabulary)."""
    labels = {
        "decryption": bundle_tr("Decryption"),
        "zip structure": bundle_tr("Archive safety"),
        "bag declaration": bundle_tr("Bundle format"),
        "bag-info": bundle_tr("Export details"),
        "payload manifest": bundle_tr("File hashes"),
        "payload oxum": bundle_tr("File count and size"),
        "tag manifest": bundle_tr("Bundle records"),
        "schemas": bundle_tr("Matter data is well formed"),
        "consistency": bundle_tr("Records agree with each other"),
        "audit chain": bundle_tr("Audit history chain"),
        "content": bundle_tr("Answers, forms and memos make sense"),
        "memo sign-offs": bundle_tr("Memo sign-offs"),
        "signature": bundle_tr("Signature"),
    }
    return labels.get(name, name)


def check_meaning(name: str, ok: bool) -> str:
    """What a check's result means, in plain words (the technical detail is in the tooltip)."""
    passed = {
        "decryption": bundle_tr("Opened with the transport passphrase."),
        "zip structure": bundle_tr("The archive is safe to read."),
        "bag declaration": bundle_tr("A bundle format this version of Outbound reads."),
        "bag-info": bundle_tr("It states who exported it and when."),
        "payload manifest": bundle_tr("Every file matches the hash recorded at export."),
        "payload oxum": bundle_tr("The number of files and their total size match."),
        "tag manifest": bundle_tr("The bundle's own records match the hashes recorded at export."),
        "schemas": bundle_tr("The matter data is complete and well formed."),
        "consistency": bundle_tr("The records agree with each other."),
        "audit chain": bundle_tr("The audit history is unbroken."),
        "signature": bundle_tr("Signed by the key shown above."),
    }
    failed = {
        "decryption": bundle_tr("It could not be opened with the passphrase."),
        "zip structure": bundle_tr("The archive is damaged or unsafe to read."),
        "bag declaration": bundle_tr("Not a bundle format this version of Outbound reads."),
        "bag-info": bundle_tr("Who exported it and when is missing or wrong."),
        "payload manifest": bundle_tr("A file was changed, added or removed after export."),
        "payload oxum": bundle_tr("The number of files or their total size changed after export."),
        "tag manifest": bundle_tr("The bundle's own records were changed after export."),
        "schemas": bundle_tr("The matter data is damaged or incomplete."),
        "consistency": bundle_tr("The records contradict each other."),
        "audit chain": bundle_tr("The audit history was changed or cut."),
        "signature": bundle_tr("The signature does not hold."),
    }
    return (passed if ok else failed).get(name, "")


def signature_text(status: str, *, bundle_ok: bool = True) -> str:
    if status == "valid" and not bundle_ok:
        # a signature over records that no longer match the files vouches for nothing
        return bundle_tr(
            "Matches the signed records, but other checks failed: it does not vouch for "
            "this bundle"
        )
    return {
        "valid": bundle_tr("Valid"),
        "missing": bundle_tr("Missing — the bundle is not signed"),
        "invalid": bundle_tr("Invalid — the bundle was changed after it was signed"),
    }.get(status, status)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, BundleCancelledError | JobCancelledError)


def selectable(text: str, parent: QWidget, *, mono: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(not mono)  # hashes and fingerprints have no spaces: shown whole
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if mono:
        label.setFont(monospace_font())
    return label


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)  # pragma: no cover



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


