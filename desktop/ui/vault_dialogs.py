"""Vault-level dialogs: change passphrase, and the vault check report."""

from __future__ import annotations

from typing import Any

from desktop.ui.dialogs import error_text
from desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.welcome import paragraph
from desktop.ui.widgets import ERROR_TEXT, NewPassphraseFields, readable
from desktop.ui.workers import run_in_background


class ChangePassphraseDialog(QDialog):
    """New passphrase twice with the strength meter; re-wraps the key in a worker."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The new passphrase replaces the old one at once. The recovery key and "
                    "“remember on this computer” keep working."
                ),
                self,
            )
        )
        self.fields = NewPassphraseFields(self)
        layout.addWidget(self.fields)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {readable(ERROR_TEXT)};")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Change passphrase"))
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(460)

    def _update(self) -> None:
        self.ok.setEnabled(self.fields.acceptable() and not self.busy.isVisible())

    def _apply(self) -> None:
        new = self.fields.passphrase()
        self.busy.show()
        self.fields.setEnabled(False)
        self._update()
        run_in_background(
            lambda: self.vault.change_passphrase(new), on_done=self._done, on_error=self._failed
        )

    def _done(self, _result: object) -> None:
        self.busy.hide()
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.fields.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        self._update()


class CheckReportDialog(QDialog):
    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vault check"))
        layout = QVBoxLayout(self)
        if report.ok:
            head = self.tr("The vault is sound: every check passed.")
        else:
            head = self.tr(
                "The check found problems. Restore the vault from a backup, or "
                "keep this report for your administrator."
            )
        layout.addWidget(paragraph(head, self))
        lines = [self.tr("Checked:")] + [f"  ✓ {item}" for item in report.checked]
        if report.problems:
            lines += ["", self.tr("Problems:")] + [f"  ✗ {p}" for p in report.problems]
        body = QLabel("\n".join(lines), self)
        body.setWordWrap(True)
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
