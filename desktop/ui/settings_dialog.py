"""Vault settings: organisation, reference prefix, page size, idle lock, and the counsel list
with personal signing certificates (generated, or imported from a PKCS#12 file); and "Your name",
a preference of this computer (QSettings, never the vault) naming who acts in the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casework.changes import Done
from casework.counsel import NO_KEY, NO_PASSPHRASE, PROTECTED
from casework.workspace import Workspace
from desktop.ui.actor_dialog import NameField
from desktop.ui.dialogs import show_error, show_info
from desktop.ui.memo_language import add_memo_languages
from desktop.ui.operations import announce
from desktop.ui.prefs import (
    actor_from_environment,
    interface_language,
    set_actor_name,
    set_interface_language,
)
from desktop.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPalette,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from desktop.ui.signing_passphrase import (
    SigningPassphraseDialog,
    change_passphrase_dialog,
    new_certificate_dialog,
    rotate_certificate_dialog,
)

COUNSEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_STATE_ROLE = Qt.ItemDataRole.UserRole + 2


def certificate_files() -> str:
    """The file dialog's filter for certificate files, translated."""
    return translate("SettingsDialog", "Certificate files (*.p12 *.pfx);;All files (*)")


def create_certificate(
    vault: Any,
    counsel_id: str,
    organisation: str,
    *,
    actor: str,
    passphrase: str,
) -> Done[Any]:
    """A personal (self-signed) certificate for the counsel, its key under their own signing
    passphrase; slow (RSA), run it in a worker. The caller announces the changes."""
    return Workspace(vault, actor).create_certificate(
        counsel_id, organisation=organisation, passphrase=passphrase
    )


def import_certificate(
    vault: Any, counsel_id: str, path: str, password: str, *, actor: str, passphrase: str,
) -> Done[Any]:
    return Workspace(vault, actor).import_certificate(
        counsel_id, pkcs12=Path(path).read_bytes(), password=password, passphrase=passphrase
    )


def ask_certificate_file(parent: QWidget) -> tuple[str, str] | None:
    """The certificate file and its password, asked; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("SettingsDialog", "Import a certificate"),
        "",
        certificate_files(),
    )
    if not path:
        return None
    password, ok = QInputDialog.getText(
        parent,
        translate("SettingsDialog", "Certificate password"),
        translate("SettingsDialog", "Password of {0}:").format(Path(path).name),
        QLineEdit.EchoMode.Password,
    )
    return (path, password) if ok else None


class SettingsDialog(QDialog):
    """Emits `settings_saved(dict)` with the stored settings after OK succeeds."""

    settings_saved = Signal(dict)

    def __init__(self, vault: Any, *, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.actor = actor
        self.setWindowTitle(self.tr("Vault settings"))
        values = Workspace(vault, actor).settings()

        general = QGroupBox(self.tr("This vault"), self)
        form = QFormLayout(general)
        self.organisation = QLineEdit(str(values.get("organisation", "")), general)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setPlaceholderText(self.tr("Shown in memo headings"))
        self.organisation.setMaxLength(300)
        self.prefix = QLineEdit(str(values.get("reference_prefix", "")), general)
        self.prefix.setAccessibleName(self.tr("Reference prefix"))
        self.prefix.setMaxLength(10)
        self.prefix.setToolTip(
            self.tr("Matter references read PREFIX-YEAR-NUMBER, e.g. OB-2026-0001.")
        )
        self.page_size = QComboBox(general)
        self.page_size.setAccessibleName(self.tr("Page size"))
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("US Letter"), "Letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(values.get("page_size"))))
        self.idle_minutes = QSpinBox(general)
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.idle_minutes.setRange(1, 480)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(int(values.get("idle_lock_minutes", 15)))
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Reference prefix:"), self.prefix)
        form.addRow(self.tr("&Page size:"), self.page_size)
        form.addRow(self.tr("&Lock when idle for:"), self.idle_minutes)
        # The memo's confidentiality marking, printed once at the top of page 1.
        self.marking = QComboBox(general)
        self.marking.setAccessibleName(self.tr("Memo marking"))
        self.marking.addItem(self.tr("None"), "none")
        self.marking.addItem(self.tr("Our organisation's marking (text below)"), "organisation")
        self.marking.addItem(
            self.tr("US privilege legend (no effect under PRC law)"), "us_privilege"
        )
        self.marking.setCurrentIndex(max(0, self.marking.findData(values.get("memo_marking"))))
        self.marking_text = QLineEdit(str(values.get("memo_marking_text", "")), general)
        self.marking_text.setAccessibleName(self.tr("Marking text"))
        self.marking_text.setPlaceholderText(self.tr("e.g. Confidential — internal legal advice"))
        self.marking_text.setMaxLength(600)
        self.us_note = QLineEdit(str(values.get("us_counsel_note", "")), general)
        self.us_note.setAccessibleName(self.tr("US counsel confirmation text"))
        self.us_note.setMaxLength(600)
        self.us_note.setToolTip(
            self.tr("Printed in a memo's scope when it gives conclusions on US law.")
        )
        self.waiver = QCheckBox(
            self.tr("One-person team: the preparer may also review and approve (recorded)"),
            general,
        )
        self.waiver.setChecked(bool(values.get("one_person_waiver", False)))
        # The language a new memo is composed in; a memo keeps the language it was begun in.
        self.memo_language = QComboBox(general)
        self.memo_language.setAccessibleName(self.tr("Memo language"))
        add_memo_languages(self.memo_language)
        self.memo_language.setCurrentIndex(
            max(0, self.memo_language.findData(values.get("memo_language", "en")))
        )
        self.memo_language.setToolTip(
            self.tr("The language of new memos. A memo already begun keeps its own language.")
        )
        form.addRow(self.tr("Memo la&nguage:"), self.memo_language)
        form.addRow(self.tr("Memo &marking:"), self.marking)
        form.addRow(self.tr("Marking &text:"), self.marking_text)
        form.addRow(self.tr("&US law note:"), self.us_note)
        form.addRow("", self.waiver)

        mine = QGroupBox(self.tr("On this computer"), self)
        mine_form = QFormLayout(mine)
        self.your_name = NameField(mine)
        self.your_name.setToolTip(
            self.tr(
                "Recorded in each matter's history for what you do, and the From line of the "
                "memos you draft. Kept on this computer, not in the vault."
            )
        )
        mine_form.addRow(self.tr("&Your name:"), self.your_name)
        if actor_from_environment():
            self.your_name.setEnabled(False)
            self.your_name.setToolTip(self.tr("Set by OUTBOUND_ACTOR for this session."))
        self.language = QComboBox(mine)
        self.language.setAccessibleName(self.tr("Language"))
        # each language named in itself, so a user who cannot read the current one finds theirs
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        mine_form.addRow(self.tr("&Language:"), self.language)
        language_note = QLabel(self.tr("A new language applies when Outbound next starts."), mine)
        language_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        language_note.setWordWrap(True)
        mine_form.addRow("", language_note)

        counsel_box = QGroupBox(self.tr("Counsel"), self)
        counsel_layout = QVBoxLayout(counsel_box)
        note = QLabel(self.tr("Counsel and certificates are saved as soon as you add them."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        note.setWordWrap(True)
        self.counsel = QTableWidget(0, 3, counsel_box)
        self.counsel.setAccessibleName(self.tr("Counsel"))
        self.counsel.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.counsel.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Signing certificate")]
        )
        self.counsel.verticalHeader().hide()
        self.counsel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counsel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.counsel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counsel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counsel.setMinimumHeight(120)
        self.counsel.itemSelectionChanged.connect(self._update_buttons)
        self.new_name = QLineEdit(counsel_box)
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_name.setAccessibleName(self.tr("New counsel name"))
        self.new_title = QLineEdit(counsel_box)
        self.new_title.setPlaceholderText(self.tr("Title, e.g. Senior Legal Counsel"))
        self.new_title.setAccessibleName(self.tr("New counsel title"))
        self.add_button = QPushButton(self.tr("&Add counsel"), counsel_box)
        self.add_button.clicked.connect(self.add_counsel)
        self.new_name.textChanged.connect(self._update_buttons)
        self.new_name.returnPressed.connect(self.add_counsel)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_title, 3)
        add_row.addWidget(self.add_button)
        self.create_certificate = QPushButton(self.tr("Create personal &certificate"), counsel_box)
        self.create_certificate.clicked.connect(self.generate_certificate)
        self.import_certificate = QPushButton(
            self.tr("&Import a certificate file (.p12 / .pfx)…"), counsel_box
        )
        self.import_certificate.clicked.connect(self.import_pkcs12)
        # Counsel's own signing passphrase and certificate, kept up (issue 14).
        self.change_passphrase = QPushButton(self.tr("Change &signing passphrase…"), counsel_box)
        self.change_passphrase.clicked.connect(self.open_change_passphrase)
        self.rotate_certificate = QPushButton(self.tr("Rotat&e certificate…"), counsel_box)
        self.rotate_certificate.setToolTip(
            self.tr("A new personal certificate; memos already signed still verify")
        )
        self.rotate_certificate.clicked.connect(self.open_rotate_certificate)
        self.passphrase_dialog: Any = None  # the signing-passphrase dialog open, if any
        # Why the certificate buttons are greyed, said beside them (not only in a tooltip).
        self.certificate_hint = QLabel(counsel_box)
        self.certificate_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.certificate_hint.setWordWrap(True)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.create_certificate)
        cert_row.addWidget(self.import_certificate)
        cert_row.addStretch(1)
        key_row = QHBoxLayout()
        key_row.addWidget(self.change_passphrase)
        key_row.addWidget(self.rotate_certificate)
        key_row.addStretch(1)
        counsel_layout.addWidget(note)
        counsel_layout.addWidget(self.counsel)
        counsel_layout.addLayout(add_row)
        counsel_layout.addLayout(cert_row)
        counsel_layout.addLayout(key_row)
        counsel_layout.addWidget(self.certificate_hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(mine)
        layout.addWidget(counsel_box, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 620)
        self.reload_counsel()

    # ----- settings ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation.text(),
            "reference_prefix": self.prefix.text(),
            "page_size": self.page_size.currentData(),
            "idle_lock_minutes": self.idle_minutes.value(),
            "memo_marking": self.marking.currentData(),
            "memo_marking_text": self.marking_text.text().strip(),
            "us_counsel_note": self.us_note.text().strip(),
            "one_person_waiver": self.waiver.isChecked(),
            "memo_language": self.memo_language.currentData(),
        }

    def save(self) -> bool:
        """Store the settings; on an error, say why and keep the dialog (and what was typed)."""
        try:  # quick, and the dialog stays open with what was typed if it is refused
            done = Workspace(self.vault, self.actor).save_settings(self.values())
        except Exception as exc:
            show_error(self, exc, title=self.tr("The settings were not saved"))
            return False
        stored = done.value
        announce(done.changes)
        name = self.your_name.name()
        if self.your_name.isEnabled() and name and name != self.actor:
            set_actor_name(name)
        set_interface_language(str(self.language.currentData()))
        self.settings_saved.emit(stored)
        self.accept()
        return True

    # ----- counsel ----------------------------------------------------------------------------
    def reload_counsel(self) -> None:
        workspace = Workspace(self.vault, self.actor)
        states = workspace.signing_key_states()
        people = [(c.id, c.name, c.title) for c in workspace.counsel()]
        typed = self.your_name.name()  # what the user typed stays; at first, the current name
        self.your_name.set_choices([p[1] for p in people], current=typed or self.actor)
        selected = self.selected_counsel_id()
        self.counsel.setRowCount(len(people))
        for row, (counsel_id, name, title) in enumerate(people):
            state = states.get(name, NO_KEY)
            name_item = QTableWidgetItem(name)
            name_item.setData(COUNSEL_ID_ROLE, counsel_id)
            name_item.setData(KEY_STATE_ROLE, state)
            self.counsel.setItem(row, 0, name_item)
            self.counsel.setItem(row, 1, QTableWidgetItem(title))
            certificate = QTableWidgetItem(
                {
                    PROTECTED: self.tr("Yes"),
                    NO_PASSPHRASE: self.tr("Yes — needs a signing passphrase"),
                }.get(state, self.tr("None"))
            )
            self.counsel.setItem(row, 2, certificate)
            if counsel_id == selected:
                self.counsel.selectRow(row)
        self._update_buttons()

    def selected_key_state(self) -> str:
        rows = self.counsel.selectionModel().selectedRows()
        item = self.counsel.item(rows[0].row(), 0) if rows else None
        return str(item.data(KEY_STATE_ROLE)) if item is not None else NO_KEY

    def _name_at(self, row: int) -> str:
        item = self.counsel.item(row, 0)
        return item.text() if item is not None else ""

    def selected_counsel_id(self) -> str | None:
        rows = self.counsel.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.counsel.item(rows[0].row(), 0)
        return str(item.data(COUNSEL_ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.new_name.text().strip()))
        self.add_button.setToolTip(
            "" if self.add_button.isEnabled() else self.tr("Type the counsel's name first.")
        )
        chosen = self.selected_counsel_id() is not None
        state = self.selected_key_state()
        # A counsel with a certificate gets a new one through Rotate (said so), not by mistake.
        self.create_certificate.setEnabled(chosen and state == NO_KEY)
        self.import_certificate.setEnabled(chosen)
        if self.selected_counsel_id() is None:
            reason = (
                self.tr("Select a counsel in the list to give them a signing certificate.")
                if self.counsel.rowCount()
                else self.tr("Add counsel first; then give them a signing certificate.")
            )
        else:
            reason = ""
        for button in (self.create_certificate, self.import_certificate):
            button.setToolTip(reason)
        if chosen and state != NO_KEY:
            self.create_certificate.setToolTip(
                self.tr("This counsel has a certificate: Rotate certificate… makes a new one.")
            )
        for button in (self.change_passphrase, self.rotate_certificate):
            button.setEnabled(chosen and state != NO_KEY)
        self.change_passphrase.setToolTip(
            reason or (self.tr("This counsel has no signing certificate yet.")
                       if state == NO_KEY else "")
        )
        self.change_passphrase.setText(
            self.tr("Set &signing passphrase…")
            if state == NO_PASSPHRASE
            else self.tr("Change &signing passphrase…")
        )
        if not reason and state == NO_PASSPHRASE:
            reason = self.tr(
                "This counsel's signing key has no signing passphrase of its own, so it cannot "
                "sign until one is set."
            )
        self.certificate_hint.setText(reason)
        self.certificate_hint.setVisible(bool(reason))

    def add_counsel(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        try:  # one short insert; the list below shows the new counsel at once
            done = Workspace(self.vault, self.actor).add_counsel(
                name=name, title=self.new_title.text()
            )
        except Exception as exc:
            show_error(self, exc, title=self.tr("Counsel not added"))
            return
        announce(done.changes)
        self.new_name.clear()
        self.new_title.clear()
        self.reload_counsel()
        for row in range(self.counsel.rowCount()):
            if self._name_at(row) == name:
                self.counsel.selectRow(row)

    def generate_certificate(self) -> None:
        counsel_id = self.selected_counsel_id()
        if counsel_id is None:
            return
        name = self._name_at(self.counsel.currentRow())
        organisation = self.organisation.text().strip()
        vault, actor = self.vault, self.actor
        self._ask_passphrase(
            new_certificate_dialog(
                lambda phrase: create_certificate(
                    vault, counsel_id, organisation, actor=actor, passphrase=phrase
                ),
                name,
                self,
            ),
            self.tr("A personal certificate was created for {0}.").format(name),
        )

    def open_change_passphrase(self) -> None:
        counsel_id = self.selected_counsel_id()
        if counsel_id is None:
            return
        name = self._name_at(self.counsel.currentRow())
        state = self.selected_key_state()
        self._ask_passphrase(
            change_passphrase_dialog(self.vault, self.actor, name, state, self),
            self.tr("{0}'s signing passphrase was set.").format(name)
            if state == NO_PASSPHRASE
            else self.tr("{0}'s signing passphrase was changed.").format(name),
        )

    def open_rotate_certificate(self) -> None:
        counsel_id = self.selected_counsel_id()
        if counsel_id is None:
            return
        name = self._name_at(self.counsel.currentRow())
        self._ask_passphrase(
            rotate_certificate_dialog(self.vault, self.actor, name, self),
            self.tr("{0} has a new personal certificate.").format(name),
        )

    def _ask_passphrase(self, dialog: SigningPassphraseDialog, success: str) -> None:
        """Open a signing-passphrase dialog; when it is done, show the counsel as they are."""
        self.passphrase_dialog = dialog

        def accepted() -> None:
            self.reload_counsel()
            show_info(self, success)

        def finished(_result: int) -> None:
            self.passphrase_dialog = None

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()  # parented to this dialog: deleted with it

    def import_pkcs12(self) -> None:
        counsel_id = self.selected_counsel_id()
        if counsel_id is None:
            return
        chosen = ask_certificate_file(self)
        if chosen is None:
            return
        path, password = chosen
        vault, actor = self.vault, self.actor
        name = self._name_at(self.counsel.currentRow())
        self._ask_passphrase(
            new_certificate_dialog(
                lambda phrase: import_certificate(
                    vault, counsel_id, path, password, actor=actor, passphrase=phrase
                ),
                name,
                self,
            ),
            self.tr("The certificate was imported for {0}.").format(name),
        )
