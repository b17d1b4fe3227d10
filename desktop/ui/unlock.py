"""The unlock dialog: pick a vault (recent paths from QSettings), type the passphrase or the
recovery key, unlock in a worker. A wrong secret is reported inline; only the secret is cleared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.ui.dialogs import error_text
from desktop.ui.prefs import add_recent_vault, recent_vaults
from desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.welcome import heading, paragraph
from desktop.ui.widgets import ERROR_TEXT, monospace_font, readable
from desktop.ui.workers import run_in_background

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_GROUP = 4
KEY_PLACEHOLDER = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"


def _key_chars(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def group_recovery_key(text: str) -> str:
    """What is typed as a recovery key, upper case in dash-separated groups of four:
    `7k2m 9qpr w4` -> `7K2M-9QPR-W4`. Spaces and dashes are dropped, as the core does."""
    chars = _key_chars(text)
    return "-".join(chars[i : i + KEY_GROUP] for i in range(0, len(chars), KEY_GROUP))


def _position_after(grouped: str, count: int) -> int:
    """The cursor position just after the `count`-th key character of `grouped`."""
    if count <= 0:
        return 0
    seen = 0
    for index, ch in enumerate(grouped):
        if ch.isalnum():
            seen += 1
            if seen == count:
                return index + 1
    return len(grouped)


class UnlockDialog(QDialog):
    """Emits `unlocked(vault)` (then accepts) or `create_requested()` (then rejects)."""

    unlocked = Signal(object)
    create_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        vault_path: Path | None = None,
        message: str = "",
        allow_create: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock vault — Outbound"))
        self.setObjectName("unlockDialog")
        self.job: Any = None
        self.vault: Any = None

        title = heading(self.tr("Unlock a vault"), self, size_delta=4)
        self.message = paragraph(message, self)
        self.message.setVisible(bool(message))

        self.vaults = QListWidget(self)
        self.vaults.setAccessibleName(self.tr("Recent vaults"))
        self.vaults.setUniformItemSizes(True)
        self.vaults.setMinimumHeight(72)
        self.vaults.setMaximumHeight(150)
        self.browse = QPushButton(self.tr("&Other vault…"), self)
        self.browse.setAccessibleName(self.tr("Choose another vault file"))
        self.browse.clicked.connect(self._browse)
        self._fill_vaults(vault_path)
        self.vaults.currentItemChanged.connect(lambda *_: self._update())

        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.textChanged.connect(self._secret_edited)
        self.secret.textEdited.connect(self._regroup_key)
        self._passphrase_font = self.secret.font()
        self._key_text = ""
        self._last_key = 0
        self.secret.installEventFilter(self)
        self.secret_label = QLabel(self.tr("&Passphrase:"), self)
        self.secret_label.setBuddy(self.secret)
        self.use_recovery = QCheckBox(self.tr("Use the &recovery key instead"), self)
        self.use_recovery.setAccessibleName(self.tr("Use the recovery key instead"))
        self.use_recovery.toggled.connect(self._toggle_recovery)

        self.error = paragraph("", self)
        self.error.setObjectName("unlockError")
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.error.setStyleSheet(f"color: {readable(ERROR_TEXT)};")
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.hide()

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&New vault…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.create_button.setVisible(allow_create)
        self.unlock_button.clicked.connect(self.unlock)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self._create)

        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vaults, 1)
        side = QVBoxLayout()
        side.addWidget(self.browse)
        side.addStretch(1)
        vault_row.addLayout(side)
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_recovery)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.message)
        vault_label = QLabel(self.tr("&Vault:"), self)
        vault_label.setBuddy(self.vaults)
        layout.addWidget(vault_label)
        layout.addLayout(vault_row)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(560, 340)
        self.secret.setFocus()
        self._update()

    # ----- vault choice -----------------------------------------------------------------------
    def _fill_vaults(self, preferred: Path | None) -> None:
        self.vaults.clear()
        paths = recent_vaults()
        if preferred is not None:
            preferred = Path(preferred)
            paths = [preferred, *[p for p in paths if p.resolve() != preferred.resolve()]]
        for path in paths:
            self._add_vault_item(path)
        if self.vaults.count():
            self.vaults.setCurrentRow(0)

    def _add_vault_item(self, path: Path) -> QListWidgetItem:
        item = QListWidgetItem(f"{path.name}\n{path.parent}")
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        item.setIcon(QIcon.fromTheme("dialog-password"))
        self.vaults.addItem(item)
        return item

    def selected_path(self) -> Path | None:
        item = self.vaults.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def set_vault_path(self, path: Path) -> None:
        for row in range(self.vaults.count()):
            if Path(self.vaults.item(row).data(PATH_ROLE)) == Path(path):
                self.vaults.setCurrentRow(row)
                return
        item = self._add_vault_item(Path(path))
        self.vaults.setCurrentItem(item)

    def _browse(self) -> None:
        start = self.selected_path()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            str(start.parent) if start else "",
            self.tr("Outbound vaults (*.outbound);;All files (*)"),
        )
        if path:
            self.set_vault_path(Path(path))
            self.secret.setFocus()

    # ----- secret -----------------------------------------------------------------------------
    def _toggle_recovery(self, on: bool) -> None:
        self.secret.clear()
        self._key_text = ""
        if on:
            # A recovery key is read from paper: shown in clear, monospaced, grouped as printed.
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.secret.setAccessibleName(self.tr("Recovery key"))
            self.secret.setPlaceholderText(KEY_PLACEHOLDER)
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            font = monospace_font()
            font.setPointSizeF(max(font.pointSizeF(), self._passphrase_font.pointSizeF()))
            self.secret.setFont(font)
            self.secret.setToolTip(
                self.tr(
                    "The 32 characters of the recovery kit. Case, spaces and dashes do not "
                    "matter; dashes are added as you type."
                )
            )
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.secret.setPlaceholderText("")
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setFont(self._passphrase_font)
            self.secret.setToolTip("")
        self.secret.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.secret and event.type() == QEvent.Type.KeyPress:
            self._last_key = event.key()  # type: ignore[attr-defined]
        return super().eventFilter(watched, event)

    def _regroup_key(self, text: str) -> None:
        """Recovery-key mode: upper case and a dash after every four characters, as typed."""
        if not self.use_recovery.isChecked():
            return
        cursor = self.secret.cursorPosition()
        before = _key_chars(text[:cursor])
        chars = _key_chars(text)
        previous = self._key_text
        if chars == _key_chars(previous) and len(text) < len(previous):
            # Backspace or Delete took only a dash: take the character beyond it too.
            if self._last_key == Qt.Key.Key_Delete:
                chars = chars[: len(before)] + chars[len(before) + 1 :]
            elif before:
                chars = chars[: len(before) - 1] + chars[len(before) :]
                before = before[:-1]
        grouped = group_recovery_key(chars)
        self._key_text = grouped
        if grouped != text:
            self.secret.blockSignals(True)
            self.secret.setText(grouped)
            self.secret.blockSignals(False)
            self._update()
        self.secret.setCursorPosition(_position_after(grouped, len(before)))

    def _secret_edited(self) -> None:
        if not self.secret.text():
            self._key_text = ""
        self._update()

    def _update(self) -> None:
        busy = self.busy.isVisible()
        self.unlock_button.setEnabled(
            not busy and bool(self.secret.text()) and self.selected_path() is not None
        )

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        controls = (self.vaults, self.browse, self.secret, self.use_recovery, self.create_button)
        for widget in controls:
            widget.setEnabled(not busy)
        self._update()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # ----- unlocking --------------------------------------------------------------------------
    def unlock(self) -> None:
        path = self.selected_path()
        secret = self.secret.text()
        if path is None or not secret or self.busy.isVisible():
            return
        recovery = self.use_recovery.isChecked()
        self.show_error("")
        self.set_busy(True)

        def work() -> Any:
            from casework.vaults import Vault

            if recovery:
                return Vault.unlock_recovery(path, secret)
            return Vault.unlock_passphrase(path, secret)

        self.job = run_in_background(work, on_done=self._unlocked, on_error=self._failed)

    def _unlocked(self, vault: Any) -> None:
        self.set_busy(False)
        self.secret.clear()
        self.vault = vault
        add_recent_vault(vault.path)
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.secret.clear()
        self.set_busy(False)
        self.show_error(error_text(exc))
        self.secret.setFocus()

    def _create(self) -> None:
        self.create_requested.emit()
        self.reject()

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the worker is still deriving the key; let it finish
        super().reject()
