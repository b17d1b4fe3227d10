""" "Your name": who the audit trail records and memos are from, for this computer's user.

The name is a per-computer preference (QSettings, see `desktop.ui.prefs.current_actor`), never
matter data. It is asked once, at the first unlock or vault creation on a computer, prefilled
with the computer login, and can be changed in Vault ▸ Settings. The field offers the vault's
counsel list, so a lawyer picks their name exactly as the memo's From line spells it.

    field = NameField(parent)
    field.set_choices(counsel_names(vault), current=current_actor())
    dialog = YourNameDialog(vault, parent)     # accepted -> dialog.name()
"""

from __future__ import annotations

from typing import Any

from desktop.ui.prefs import actor_name, login_name, set_actor_name
from desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPalette,
    QVBoxLayout,
    QWidget,
    Signal,
)

MAX_NAME = 200


def counsel_names(vault: Any) -> list[str]:
    """The vault's counsel, as the counsel list spells them ([] when it cannot be read)."""
    if vault is None or getattr(vault, "is_locked", True):
        return []
    from models.services.counsel import list_counsel

    try:
        with vault.session() as session:
            return [str(c.name) for c in list_counsel(session)]
    except Exception:  # a name is still typed by hand
        return []


class NameField(QComboBox):
    """An editable combo box: type a name, or pick one from the vault's counsel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Your name"))
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box always has one
        edit.setMaxLength(MAX_NAME)
        edit.setPlaceholderText(self.tr("e.g. Wang Li"))
        edit.setClearButtonEnabled(True)

    def set_choices(self, names: list[str], *, current: str) -> None:
        self.clear()
        for name in names:
            self.addItem(name)
        index = self.findText(current)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(current)

    def name(self) -> str:
        return " ".join(self.currentText().split())


class YourNameDialog(QDialog):
    """Asks the user's name (once per computer); stores it in the preferences on OK and emits
    `name_chosen(name)`."""

    name_chosen = Signal(str)

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(
            self.tr(
                "Outbound records who does what in each matter's history, and memos you draft "
                "are from you. Choose your name from the vault's counsel, or type it."
            ),
            self,
        )
        intro.setWordWrap(True)
        note = QLabel(
            self.tr("Kept on this computer only; change it any time in Vault ▸ Settings."),
            self,
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.field = NameField(self)
        self.field.set_choices(counsel_names(vault), current=actor_name() or login_name())
        form = QFormLayout()
        form.addRow(self.tr("&Your name:"), self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.editTextChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.field.name()))

    def name(self) -> str:
        return self.field.name()

    def accept(self) -> None:
        name = self.name()
        if not name:
            return
        set_actor_name(name)
        super().accept()
        self.name_chosen.emit(name)
