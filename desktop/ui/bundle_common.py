"""What the bundle export and import flows share: the words for verification checks and
signatures, the default folder, the progress dialog (desktop/ui/bundle_export.py and
desktop/ui/bundle_import.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casework.bundle_errors import BundleCancelledError
from desktop.ui.qt import (
    QLabel,
    QProgressDialog,
    QPushButton,
    QStandardPaths,
    Qt,
    QWidget,
    translate,
)
from desktop.ui.widgets import LEVEL_COLOURS, monospace_font
from desktop.ui.workers import JobCancelledError

BUNDLE_SUFFIX = ".outbound-bundle.zip"
ENCRYPTED_SUFFIX = ".outbound-bundle.age"
PROGRESS_STEPS = 1000  # the dialog shows per mille: byte counts overflow a QProgressBar's int
ERROR_COLOUR = LEVEL_COLOURS["weak"]
OK_COLOUR = LEVEL_COLOURS["good"]


def check_label(name: str) -> str:
    """A verification check's name as the user reads it (no BagIt vocabulary)."""
    labels = {
        "decryption": translate("BundleDialogs", "Decryption"),
        "zip structure": translate("BundleDialogs", "Archive safety"),
        "bag declaration": translate("BundleDialogs", "Bundle format"),
        "bag-info": translate("BundleDialogs", "Export details"),
        "payload manifest": translate("BundleDialogs", "File hashes"),
        "payload oxum": translate("BundleDialogs", "File count and size"),
        "tag manifest": translate("BundleDialogs", "Bundle records"),
        "schemas": translate("BundleDialogs", "Matter data is well formed"),
        "consistency": translate("BundleDialogs", "Records agree with each other"),
        "audit chain": translate("BundleDialogs", "Audit history chain"),
        "content": translate("BundleDialogs", "Answers, forms and memos make sense"),
        "memo sign-offs": translate("BundleDialogs", "Memo sign-offs"),
        "signature": translate("BundleDialogs", "Signature"),
    }
    return labels.get(name, name)


def check_meaning(name: str, ok: bool) -> str:
    """What a check's result means, in plain words (the technical detail is in the tooltip)."""
    passed = {
        "decryption": translate("BundleDialogs", "Opened with the transport passphrase."),
        "zip structure": translate("BundleDialogs", "The archive is safe to read."),
        "bag declaration": translate(
            "BundleDialogs", "A bundle format this version of Outbound reads."
        ),
        "bag-info": translate("BundleDialogs", "It states who exported it and when."),
        "payload manifest": translate(
            "BundleDialogs", "Every file matches the hash recorded at export."
        ),
        "payload oxum": translate(
            "BundleDialogs", "The number of files and their total size match."
        ),
        "tag manifest": translate(
            "BundleDialogs", "The bundle's own records match the hashes recorded at export."
        ),
        "schemas": translate("BundleDialogs", "The matter data is complete and well formed."),
        "consistency": translate("BundleDialogs", "The records agree with each other."),
        "audit chain": translate("BundleDialogs", "The audit history is unbroken."),
        "signature": translate("BundleDialogs", "Signed by the key shown above."),
        "content": translate(
            "BundleDialogs", "The answers, forms and memo versions are ones Outbound can use."
        ),
        "memo sign-offs": translate(
            "BundleDialogs", "Each memo sign-off was checked against the memo's PDF signature."
        ),
    }
    failed = {
        "decryption": translate("BundleDialogs", "It could not be opened with the passphrase."),
        "zip structure": translate("BundleDialogs", "The archive is damaged or unsafe to read."),
        "bag declaration": translate(
            "BundleDialogs", "Not a bundle format this version of Outbound reads."
        ),
        "bag-info": translate("BundleDialogs", "Who exported it and when is missing or wrong."),
        "payload manifest": translate(
            "BundleDialogs", "A file was changed, added or removed after export."
        ),
        "payload oxum": translate(
            "BundleDialogs", "The number of files or their total size changed after export."
        ),
        "tag manifest": translate(
            "BundleDialogs", "The bundle's own records were changed after export."
        ),
        "schemas": translate("BundleDialogs", "The matter data is damaged or incomplete."),
        "consistency": translate("BundleDialogs", "The records contradict each other."),
        "audit chain": translate("BundleDialogs", "The audit history was changed or cut."),
        "signature": translate("BundleDialogs", "The signature does not hold."),
        "content": translate(
            "BundleDialogs", "Some answers, forms or memo versions are not ones Outbound can use."
        ),
        "memo sign-offs": translate(
            "BundleDialogs", "A memo sign-off does not match the memo's PDF signature."
        ),
    }
    return (passed if ok else failed).get(name, "")


def signature_text(status: str, *, bundle_ok: bool = True) -> str:
    if status == "valid" and not bundle_ok:
        # a signature over records that no longer match the files vouches for nothing
        return translate(
            "BundleDialogs",
            "Matches the signed records, but other checks failed: it does not vouch for "
            "this bundle"
        )
    return {
        "valid": translate("BundleDialogs", "Valid"),
        "missing": translate("BundleDialogs", "Missing — the bundle is not signed"),
        "invalid": translate(
            "BundleDialogs", "Invalid — the bundle was changed after it was signed"
        ),
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


