"""First run: create a vault (location, passphrase twice, remember on this computer), then show
the recovery key once, with the recovery kit to save or print, gated by an explicit tick."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from desktop.ui.dialogs import domain_message, error_text, show_error
from desktop.ui.printing import print_pdf, printing_available
from desktop.ui.qt import (
    QCheckBox,
    QFileDialog,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStandardPaths,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.widgets import ERROR_TEXT, NewPassphraseFields, monospace_font, readable
from desktop.ui.workers import run_in_background

VAULT_SUFFIX = ".outbound"


def default_vault_path() -> Path:
    """`<user data folder>/Outbound/vault.outbound`, or the first free `vault-N.outbound`."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("Outbound", appauthor=False))
    candidate = folder / f"vault{VAULT_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"vault-{number}{VAULT_SUFFIX}"
        number += 1
    return candidate


def heading(text: str, parent: QWidget, *, size_delta: int = 6) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + size_delta)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def display_key(recovery_key: str) -> str:
    """Groups of four, four groups a line: `ABCD EFGH JKMN PQRS` / `...`."""
    bare = "".join(ch for ch in recovery_key if ch.isalnum())
    groups = [bare[i : i + 4] for i in range(0, len(bare), 4)]
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class CreateVaultPage(QWidget):
    create_requested = Signal()
    open_existing_requested = Signal()

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from casework.vaults import keychain_status

        self.title = heading(self.tr("Welcome to Outbound"), self)
        intro = paragraph(
            self.tr(
                "Outbound keeps your matters in an encrypted vault on this computer. Create a "
                "vault to begin, or open one you already have. The passphrase never leaves "
                "this computer and cannot be reset, so choose one you will remember."
            ),
            self,
        )
        self.location = QLineEdit(str(default_path), self)
        self.location.setAccessibleName(self.tr("Vault location"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the vault location"))
        self.browse.clicked.connect(self._browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.browse)

        self.passphrase = NewPassphraseFields(self)
        self.passphrase.changed.connect(self._update)

        status = keychain_status()
        self.remember = QCheckBox(self.tr("Re&member on this computer"), self)
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_note = paragraph("", self)
        if status.available:
            self.remember.setToolTip(
                self.tr(
                    "Keep a key in the system keychain so this computer opens the vault "
                    "without the passphrase. Anyone who can log in as you can then open it."
                )
            )
            self.remember_note.setText(
                self.tr("The key is kept in the system keychain; the passphrase still works.")
            )
        else:
            self.remember.setEnabled(False)
            reason = self.tr("Not available: {0}.").format(domain_message(status.reason))
            self.remember.setToolTip(reason)
            self.remember_note.setText(reason)
        small = QFont(self.remember_note.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.remember_note.setFont(small)

        self.error = paragraph("", self)
        self.error.setStyleSheet(f"color: {readable(ERROR_TEXT)};")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.open_existing = QPushButton(self.tr("&Open an existing vault…"), self)
        self.open_existing.clicked.connect(self.open_existing_requested)
        self.create_button = QPushButton(self.tr("&Create vault"), self)
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.clicked.connect(self.create_requested)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        form = self.passphrase.form  # one form, so every label lines up
        location_label = QLabel(self.tr("Vault &file:"), self)
        location_label.setBuddy(self.location)
        form.insertRow(0, location_label, location_row)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_existing)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self._update()

    def vault_path(self) -> Path:
        text = self.location.text().strip()
        path = Path(text).expanduser()
        if text and not path.suffix:
            path = path.with_suffix(VAULT_SUFFIX)
        return path

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.location, self.browse, self.passphrase, self.open_existing):
            widget.setEnabled(not busy)
        self.remember.setEnabled(not busy and self._remember_allowed())
        self._update(busy=busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _remember_allowed(self) -> bool:
        from casework.vaults import keychain_status

        return keychain_status().available

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where should the vault be kept?"),
            str(self.vault_path()),
            self.tr("Outbound vaults (*.outbound);;All files (*)"),
        )
        if path:
            self.location.setText(path)

    def _update(self, busy: bool = False) -> None:
        ready = self.passphrase.acceptable() and bool(self.location.text().strip())
        self.create_button.setEnabled(ready and not busy)


class RecoveryKeyPage(QWidget):
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self._recovery_key = ""
        self._created_at = ""
        self.title = heading(self.tr("Your recovery key"), self)
        intro = paragraph(
            self.tr(
                "If the passphrase is forgotten, this key is the only way into the vault. It is "
                "shown only now. Save or print the recovery kit and keep it somewhere safe, "
                "apart from this computer."
            ),
            self,
        )
        self.key_label = QLabel(self)
        self.key_label.setFont(monospace_font(20))
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName("recoveryKeyFrame")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 20, 16, 20)
        frame_layout.addWidget(self.key_label)

        self.save_kit = QPushButton(self.tr("&Save recovery kit…"), self)
        self.save_kit.setAccessibleName(self.tr("Save recovery kit as PDF"))
        self.save_kit.clicked.connect(self._save_kit)
        self.print_kit = QPushButton(self.tr("&Print…"), self)
        self.print_kit.setAccessibleName(self.tr("Print recovery kit"))
        self.print_kit.clicked.connect(self._print_kit)
        self.print_kit.setEnabled(printing_available())
        kit_row = QHBoxLayout()
        kit_row.addStretch(1)
        kit_row.addWidget(self.save_kit)
        kit_row.addWidget(self.print_kit)
        kit_row.addStretch(1)

        self.stored = QCheckBox(self.tr("I have stored the recovery key somewhere &safe"), self)
        self.stored.setAccessibleName(self.tr("I have stored the recovery key somewhere safe"))
        self.stored.toggled.connect(self._update)
        self.note = paragraph("", self)
        self.note.hide()
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.continue_requested)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(frame)
        layout.addLayout(kit_row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.stored)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self._update()

    def show_key(self, vault: Any, recovery_key: str, *, note: str = "") -> None:
        self.vault = vault
        self._recovery_key = recovery_key
        self._created_at = datetime.now(UTC).replace(microsecond=0).isoformat()
        self.key_label.setText(display_key(recovery_key))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.stored.setChecked(False)
        self._update()

    def forget_key(self) -> None:
        self._recovery_key = ""
        self.key_label.setText("")

    def _update(self) -> None:
        self.continue_button.setEnabled(self.stored.isChecked())

    def render_kit(self) -> bytes:
        from casework.recovery_kit import render_recovery_kit  # lazy: ReportLab is heavy

        page_size: Literal["A4", "Letter"] = "A4"
        if self.vault is not None and not self.vault.is_locked:
            from casework.workspace import Workspace

            if Workspace(self.vault, "").settings().get("page_size") == "Letter":
                page_size = "Letter"
        return render_recovery_kit(
            vault_path_display=str(self.vault.path) if self.vault else "",
            vault_id=str(self.vault.vault_id) if self.vault else "",
            recovery_key=self._recovery_key,
            created_at=self._created_at,
            page_size=page_size,
        )

    def _save_kit(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(documents or Path.home()) / "Outbound recovery kit.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery kit"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        self.save_kit.setEnabled(False)

        def work() -> Path:
            data = self.render_kit()
            target.write_bytes(data)
            return target

        def done(saved: Path) -> None:
            self.save_kit.setEnabled(True)
            self.note.setText(self.tr("The recovery kit was saved to {0}.").format(saved))
            self.note.show()

        def failed(exc: BaseException) -> None:
            self.save_kit.setEnabled(True)
            show_error(self, exc, title=self.tr("The recovery kit was not saved"))

        run_in_background(work, on_done=done, on_error=failed)

    def _print_kit(self) -> None:
        try:
            data = self.render_kit()
        except Exception as exc:
            show_error(self, exc, title=self.tr("The recovery kit cannot be printed"))
            return
        print_pdf(self, data, title=self.tr("Outbound recovery kit"))


class WelcomeWindow(QWidget):
    """The first-run window. Emits `vault_ready(vault)` after the recovery key was acknowledged,
    and `open_existing_requested()` when the user wants to unlock a vault they already have."""

    vault_ready = Signal(object)
    open_existing_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, default_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbound — create a vault"))
        self.stack = QStackedWidget(self)
        self.create_page = CreateVaultPage(default_path or default_vault_path(), self)
        self.recovery_page = RecoveryKeyPage(self)
        self.stack.addWidget(self.create_page)
        self.stack.addWidget(self.recovery_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.addWidget(self.stack)
        self.create_page.create_requested.connect(self.create_vault)
        self.create_page.open_existing_requested.connect(self.open_existing_requested)
        self.recovery_page.continue_requested.connect(self._continue)
        self.job: Any = None
        self.resize(640, 540)

    def create_vault(self) -> None:
        page = self.create_page
        if not page.create_button.isEnabled():
            return
        path = page.vault_path()
        passphrase = page.passphrase.passphrase()
        remember = page.remember.isChecked()
        page.show_error("")
        page.set_busy(True)
        default_folder = default_vault_path().parent

        def work() -> tuple[Any, str, str]:
            from casework.vaults import Vault

            if path.parent == default_folder:
                path.parent.mkdir(parents=True, exist_ok=True)
            vault, recovery_key = Vault.create(path, passphrase)
            note = ""
            if remember:
                try:
                    vault.remember_on_this_computer()
                except Exception as exc:  # the vault exists; only the convenience failed
                    note = error_text(exc)
            return vault, recovery_key, note

        self.job = run_in_background(work, on_done=self._created, on_error=self._failed)

    def _created(self, result: tuple[Any, str, str]) -> None:
        vault, recovery_key, note = result
        self.create_page.set_busy(False)
        self.create_page.passphrase.clear()
        if note:
            note = self.tr("The vault was created, but it could not be remembered: {0}").format(
                note
            )
        self.recovery_page.show_key(vault, recovery_key, note=note)
        self.stack.setCurrentWidget(self.recovery_page)
        self.recovery_page.stored.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.create_page.set_busy(False)
        self.create_page.show_error(error_text(exc))

    def _continue(self) -> None:
        if not self.recovery_page.stored.isChecked():
            return
        vault = self.recovery_page.vault
        self.recovery_page.forget_key()
        from desktop.ui.prefs import add_recent_vault

        add_recent_vault(vault.path)
        self.vault_ready.emit(vault)
