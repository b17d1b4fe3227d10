"""Vault-level dialogs: change passphrase, and the vault check report."""

from __future__ import annotations

from typing import Any

from desktop.ui.new_passphrase_dialog import NewPassphraseDialog
from desktop.ui.qt import QDialog, QDialogButtonBox, QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.welcome import paragraph


class ChangePassphraseDialog(NewPassphraseDialog):
    """New passphrase twice with the strength meter; re-wraps the key in a worker."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Change passphrase"),
            intro=self.tr(
                "The new passphrase replaces the old one at once. The recovery key and "
                "“remember on this computer” keep working."
            ),
            ok_text=self.tr("&Change passphrase"),
            min_width=460,
            change=lambda new: lambda: vault.change_passphrase(new),  # re-wraps the key
            parent=parent,
        )
        self.vault = vault
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
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
