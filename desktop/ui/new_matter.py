"""The New matter dialog: choose a kind (each with a description) and an optional title."""

from __future__ import annotations

from desktop.ui.labels import KINDS, kind_description, kind_label
from desktop.ui.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFont,
    QLabel,
    QLineEdit,
    QPalette,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class NewMatterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New matter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        intro = QLabel(self.tr("What kind of move is this matter about?"), self)
        layout.addWidget(intro)
        self.kinds = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for kind in KINDS:
            radio = QRadioButton(kind_label(kind), self)
            font = QFont(radio.font())
            font.setWeight(QFont.Weight.DemiBold)
            radio.setFont(font)
            radio.setAccessibleName(kind_label(kind))
            radio.setAccessibleDescription(kind_description(kind))
            description = QLabel(kind_description(kind), self)
            description.setWordWrap(True)
            description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            description.setContentsMargins(24, 0, 0, 6)
            description.setBuddy(radio)
            self.kinds.addButton(radio)
            self.radios[kind] = radio
            layout.addWidget(radio)
            layout.addWidget(description)
        self.radios[KINDS[0]].setChecked(True)
        title_label = QLabel(
            self.tr("&Title (optional — filled in from the intake if blank):"), self
        )
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Matter title"))
        self.title.setMaxLength(500)
        title_label.setBuddy(self.title)
        layout.addSpacing(6)
        layout.addWidget(title_label)
        layout.addWidget(self.title)
        # Issue 15: naming the person links the matter to the people register (a look-alike
        # already there is offered, never merged).
        person_label = QLabel(self.tr("&Person (optional — links the matter to the people "
                                      "register):"), self)
        self.person = QLineEdit(self)
        self.person.setAccessibleName(self.tr("Person's full name"))
        self.person.setMaxLength(300)
        person_label.setBuddy(self.person)
        layout.addWidget(person_label)
        layout.addWidget(self.person)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&reate matter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def kind(self) -> str:
        for kind, radio in self.radios.items():
            if radio.isChecked():
                return kind
        return KINDS[0]

    def set_kind(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def matter_title(self) -> str:
        return self.title.text().strip()

    def person_name(self) -> str:
        return self.person.text().strip()
