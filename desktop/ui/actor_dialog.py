""" "Your name": who the audit trail records and memos are from, for this computer's user.

The name is a per-computer preference (QSettings, see `desktop.ui.prefs.current_actor`), never
matter data. It is asked once, at the first unlock or vault creation on a computer, prefilled
with the account's full name (or the vault's only counsel; never a bare login like "wli"), and
can be changed in Vault ▸ Settings. The field offers the vault's counsel list, so a lawyer picks
their name exactly as the memo's From line spells it; a name not in that list can be added to
it on the spot (counsel are who sign memos).

    field = NameField(parent)
    field.set_choices(counsel_names(vault), current=current_actor())
    dialog = YourNameDialog(vault, parent)     # accepted -> dialog.name()
"""

from __future__ import annotations

from typing import Any

from desktop.ui import prefs
from desktop.ui.dialogs import show_error
from desktop.ui.prefs import actor_name, set_actor_name
from desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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
    from casework.workspace import Workspace

    try:
        return [str(c.name) for c in Workspace(vault, "").counsel()]
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


def suggested_name(counsel: list[str]) -> str:
    """A sensible first answer: the name chosen before, the account's full name, or the
    vault's only counsel; "" (a placeholder shows an example) rather than a login like "wli"."""
    return actor_name() or prefs.full_name() or (counsel[0] if len(counsel) == 1 else "")


class YourNameDialog(QDialog):
    """Asks the user's name (once per computer); stores it in the preferences on OK and emits
    `name_chosen(name)`. A name not among the vault's counsel can be added as counsel."""

    name_chosen = Signal(str)

    def __init__(self, vault: Any, parent: QWidget | None = None, *, actor: str = "") -> None:
        super().__init__(parent)
        self.vault = vault
        self.actor = actor
        self.setWindowTitle(self.tr("Your name"))
        self.counsel = counsel_names(vault)
        intro = QLabel(
            self.tr(
                "Outbound records who does what in each matter's history, and memos you draft "
                "are from you. Choose your name from the vault's counsel, or type it."
            )
            if self.counsel
            else self.tr(
                "Outbound records who does what in each matter's history, and memos you draft "
                "are from you. Type your name as it should appear on a memo."
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
        self.field.set_choices(self.counsel, current=suggested_name(self.counsel))
        self.add_as_counsel = QCheckBox(
            self.tr("&Add me to this vault's counsel (counsel sign memos)"), self
        )
        self.add_as_counsel.setChecked(not self.counsel)  # a new vault has nobody to sign
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Your title"))
        self.title.setPlaceholderText(self.tr("e.g. Senior Legal Counsel"))
        self.add_as_counsel.toggled.connect(lambda _on: self._update())
        form = QFormLayout()
        form.addRow(self.tr("&Your name:"), self.field)
        form.addRow("", self.add_as_counsel)
        self.title_label = QLabel(self.tr("&Title:"), self)
        self.title_label.setBuddy(self.title)
        form.addRow(self.title_label, self.title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.editTextChanged.connect(lambda _t: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.offering = False
        self._update()

    def _is_counsel(self) -> bool:
        wanted = self.name().casefold()
        return any(" ".join(c.split()).casefold() == wanted for c in self.counsel)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.field.name()))
        # offered only when the vault is open and the name is not a counsel already
        offer = self.vault is not None and bool(self.name()) and not self._is_counsel()
        self.offering = offer
        self.add_as_counsel.setVisible(offer)
        self.title.setVisible(offer and self.add_as_counsel.isChecked())
        self.title_label.setVisible(offer and self.add_as_counsel.isChecked())

    def name(self) -> str:
        return self.field.name()

    def accept(self) -> None:
        name = self.name()
        if not name:
            return
        if self.offering and self.add_as_counsel.isChecked():
            from casework.workspace import Workspace
            from desktop.ui.operations import announce

            try:
                done = Workspace(self.vault, self.actor or name).add_counsel(
                    name=name, title=self.title.text()
                )
            except Exception as exc:
                show_error(self, exc, title=self.tr("Counsel not added"))
                return
            announce(done.changes)
        set_actor_name(name)
        super().accept()
        self.name_chosen.emit(name)
