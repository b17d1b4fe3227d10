"""The Sign dialog: who signs a memo version, in what capacity, and with which certificate for
a digital signature in the PDF; counsel and certificates can be added without leaving it."""


from __future__ import annotations

from typing import Any

from casework.counsel import NO_KEY, NO_PASSPHRASE, PROTECTED
from casework.signing_gates import NOT_FINAL, Blocker, Refusal
from casework.vaults import Vault
from casework.workspace import Workspace
from desktop.ui.dialogs import show_error
from desktop.ui.operations import announce
from desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStandardItemModel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.signing_passphrase import (
    SigningPassphraseDialog,
    change_passphrase_dialog,
    new_certificate_dialog,
)
from desktop.ui.signing_words import blocker_words, capacity_label, refusal_words
from desktop.ui.widgets import readable
from forms import vocabulary

CAPACITIES = tuple(vocabulary.CAPACITIES)
__all__ = ["CAPACITIES", "SignDialog", "capacity_label"]


class SignDialog(QDialog):
    """Who signs, in what capacity, and their certificate for a digital signature in the PDF.

    With the vault at hand (`vault=`), the first signature does not dead-end: counsel can be
    added here, and the signer's certificate created or imported, without leaving the dialog.
    """

    def __init__(
        self,
        counsel: list[tuple[str, str]],
        version: int,
        parent: QWidget | None = None,
        *,
        vault: Vault | None = None,
        actor: str = "",
        suggested_name: str = "",
        gates: list[Blocker] | None = None,
        refusals: dict[str, dict[str, Refusal]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.actor = actor
        self.passphrase_dialog: SigningPassphraseDialog | None = None  # open, if any
        self.key_states: dict[str, str] = {}  # counsel name -> counsel.NO_KEY | ... (key state)
        # What the gates refuse before any passphrase: counsel name -> capacity -> why
        # (Workspace.signing_refusals); without it, the final gates alone.
        self.refusals = refusals
        self.final_refusals = {
            capacity: Refusal(NOT_FINAL, capacity=capacity, blockers=tuple(gates))
            for capacity in CAPACITIES
            if gates and capacity != "prepared"
        }
        self.setWindowTitle(self.tr("Sign version {0}").format(version))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Signing locks version {0} for good: any later edit becomes a new version. The "
                "signature records who signed, when, in what capacity, and the memo's SHA-256 "
                "fingerprint."
            ).format(version),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # The gates (memos.gates): what keeps this version from a final signature, in words.
        self.gates = QLabel(self)
        self.gates.setWordWrap(True)
        self.gates.setAccessibleName(self.tr("What a final signature needs"))
        if gates:
            self.gates.setText(
                self.tr(
                    "Only a “Prepared by” (draft) signature is possible on this version; a "
                    "review or approval needs: {0}. Order: prepared, reviewed, approved; the "
                    "preparer does not review or approve the same version."
                ).format(self.tr("; ").join(self.gate_words(g) for g in gates))
            )
        else:
            self.gates.setText(
                self.tr(
                    "This version may be signed as final. Order: prepared, reviewed, approved; "
                    "the preparer does not review or approve the same version."
                )
            )
        layout.addWidget(self.gates)
        form = QFormLayout()
        self.counsel = QComboBox(self)
        self.counsel.setAccessibleName(self.tr("Counsel"))
        self.counsel.setPlaceholderText(self.tr("No counsel in this vault yet"))
        self.counsel.currentIndexChanged.connect(lambda _i: self._update())
        self.new_counsel_button = QToolButton(self)
        self.new_counsel_button.setText(self.tr("&New counsel…"))
        self.new_counsel_button.setToolTip(self.tr("Add a counsel to this vault"))
        self.new_counsel_button.clicked.connect(lambda: self._show_add(True))
        counsel_row = QHBoxLayout()
        counsel_row.addWidget(self.counsel, 1)
        counsel_row.addWidget(self.new_counsel_button)
        self.capacity = QComboBox(self)
        self.capacity.setAccessibleName(self.tr("Capacity"))
        for capacity in CAPACITIES:
            self.capacity.addItem(capacity_label(capacity), capacity)
        self.capacity.currentIndexChanged.connect(lambda _i: self._update())
        # Why the greyed capacities are not offered to this counsel (order, independence...).
        self.capacity_note = QLabel(self)
        self.capacity_note.setWordWrap(True)
        self.capacity_note.setAccessibleName(self.tr("Why a capacity is not offered"))
        counsel_label = QLabel(self.tr("&Counsel:"), self)
        counsel_label.setBuddy(self.counsel)
        form.addRow(counsel_label, counsel_row)
        form.addRow(self.tr("C&apacity:"), self.capacity)
        form.addRow("", self.capacity_note)
        self.capacity_form = form
        layout.addLayout(form)

        # Adding counsel on the spot (shown at once in a vault without counsel).
        self.add_box = QFrame(self)
        self.add_box.setFrameShape(QFrame.Shape.StyledPanel)
        add_form = QFormLayout(self.add_box)
        self.add_intro = QLabel(self.add_box)
        self.add_intro.setWordWrap(True)
        self.new_name = QLineEdit(suggested_name, self.add_box)
        self.new_name.setAccessibleName(self.tr("New counsel name"))
        self.new_name.setPlaceholderText(self.tr("e.g. Wang Li"))
        self.new_title = QLineEdit(self.add_box)
        self.new_title.setAccessibleName(self.tr("New counsel title"))
        self.new_title.setPlaceholderText(self.tr("e.g. Senior Legal Counsel"))
        self.add_button = QPushButton(self.tr("A&dd counsel"), self.add_box)
        self.add_button.clicked.connect(self.add_counsel)
        self.new_name.textChanged.connect(lambda _t: self._update())
        self.new_name.returnPressed.connect(self.add_counsel)
        add_form.addRow(self.add_intro)
        add_form.addRow(self.tr("&Name:"), self.new_name)
        add_form.addRow(self.tr("&Title:"), self.new_title)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_form.addRow(add_row)
        layout.addWidget(self.add_box)

        # The signer's certificate: stored in the vault, created here, or imported from a file.
        certificate = QGroupBox(self.tr("Digital signature in the PDF"), self)
        cert_layout = QVBoxLayout(certificate)
        self.certificate_state = QLabel(certificate)
        self.certificate_state.setWordWrap(True)
        self.create_certificate = QPushButton(
            self.tr("Create &personal certificate…"), certificate
        )
        self.create_certificate.setToolTip(
            self.tr("A self-signed certificate kept in this vault, for this counsel")
        )
        self.create_certificate.clicked.connect(self.make_certificate)
        # A key kept before signing passphrases existed: its first one is set on the spot.
        self.set_passphrase = QPushButton(self.tr("Set si&gning passphrase…"), certificate)
        self.set_passphrase.clicked.connect(self.set_signing_passphrase)
        self.p12 = QLineEdit(certificate)
        self.p12.setAccessibleName(self.tr("Certificate file (.p12 / .pfx)"))
        self.p12.setPlaceholderText(self.tr("Optional: import a certificate file (.p12 / .pfx)"))
        browse = QToolButton(certificate)
        browse.setText(self.tr("Browse…"))
        browse.setToolTip(self.tr("Import a certificate file (.p12 / .pfx)"))
        browse.clicked.connect(self._browse)
        self.password = QLineEdit(certificate)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Certificate password"))
        self.password.setPlaceholderText(self.tr("Password of the certificate file"))
        p12_row = QHBoxLayout()
        p12_row.addWidget(self.p12, 1)
        p12_row.addWidget(browse)
        cert_form = QFormLayout()
        # a label given with a layout gets no buddy, so "&" would show: give it the line edit
        file_label = QLabel(self.tr("&Certificate:"), certificate)
        file_label.setBuddy(self.p12)
        cert_form.addRow(file_label, p12_row)
        cert_form.addRow(self.tr("Pass&word:"), self.password)
        self.signer_passphrase = QLineEdit(certificate)
        self.signer_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.signer_passphrase.setAccessibleName(self.tr("Signing passphrase"))
        self.signer_passphrase.setPlaceholderText(
            self.tr("The signer's own passphrase (not the vault's)")
        )
        cert_form.addRow(self.tr("Signing pass&phrase:"), self.signer_passphrase)
        # An imported certificate file gets a new key under the signing passphrase: typed twice.
        self.signer_repeat = QLineEdit(certificate)
        self.signer_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.signer_repeat.setAccessibleName(self.tr("Repeat the signing passphrase"))
        self.repeat_label = QLabel(self.tr("R&epeat it:"), certificate)
        self.repeat_label.setBuddy(self.signer_repeat)
        cert_form.addRow(self.repeat_label, self.signer_repeat)
        for field in (self.p12, self.signer_passphrase, self.signer_repeat):
            field.textChanged.connect(lambda _t: self._update())
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_certificate)
        create_row.addWidget(self.set_passphrase)
        create_row.addStretch(1)
        cert_layout.addWidget(self.certificate_state)
        cert_layout.addLayout(create_row)
        cert_layout.addLayout(cert_form)
        self.certificate_box = certificate
        layout.addWidget(certificate)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {readable('#b3261e')};")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_counsel([(name, title, NO_KEY) for name, title in counsel])
        if vault is not None:
            self.reload_counsel()
        self._show_add(self.counsel.count() == 0 and vault is not None)

    # ----- counsel ----------------------------------------------------------------------------
    def _fill_counsel(self, people: list[tuple[str, str, str]], select: str = "") -> None:
        current = select or str(self.counsel.currentData() or "")
        self.counsel.blockSignals(True)
        self.counsel.clear()
        for name, title, state in people:
            self.counsel.addItem(f"{name} — {title}" if title else name, name)
            self.key_states[name] = state
        self.counsel.setCurrentIndex(max(self.counsel.findData(current), 0))
        self.counsel.blockSignals(False)
        self._update()

    def reload_counsel(self, select: str = "") -> None:
        if self.vault is None:
            return
        workspace = Workspace(self.vault, self.actor)
        states = workspace.signing_key_states()
        people = [
            (str(c.name), str(c.title or ""), states.get(c.name, NO_KEY))
            for c in workspace.counsel()
        ]
        self._fill_counsel(people, select)

    def _show_add(self, show: bool) -> None:
        self.add_box.setVisible(show and self.vault is not None)
        self.new_counsel_button.setVisible(not show and self.vault is not None)
        self.add_intro.setText(
            self.tr("Who signs? Add the counsel here; they are kept in this vault's counsel list.")
            if self.counsel.count() == 0
            else self.tr("Add another counsel to this vault:")
        )
        if show:
            self.new_name.setFocus()
        self._update()

    def add_counsel(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not name or self.vault is None:
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
        self.reload_counsel(select=name)
        self._show_add(False)

    # ----- certificate ------------------------------------------------------------------------
    def make_certificate(self) -> None:
        """A personal certificate for the chosen counsel, its key under the signing passphrase
        they type twice in the dialog that opens (made in the background)."""
        from desktop.ui.settings_dialog import create_certificate

        name = str(self.counsel.currentData() or "")
        if not name or self.vault is None:
            return
        vault, actor = self.vault, self.actor
        organisation = str(Workspace(vault, actor).settings().get("organisation") or "")
        self._ask_passphrase(
            new_certificate_dialog(
                lambda phrase: create_certificate(
                    vault, name, organisation, actor=actor, passphrase=phrase
                ),
                name,
                self,
            ),
            name,
        )

    def set_signing_passphrase(self) -> None:
        """The first signing passphrase of a key kept without one, set here and now."""
        name = str(self.counsel.currentData() or "")
        if not name or self.vault is None:
            return
        self._ask_passphrase(
            change_passphrase_dialog(self.vault, self.actor, name, NO_PASSPHRASE, self), name
        )

    def _ask_passphrase(self, dialog: SigningPassphraseDialog, name: str) -> None:
        self.passphrase_dialog = dialog

        def finished(_result: int) -> None:
            self.passphrase_dialog = None
            self.reload_counsel(select=name)
            self.signer_passphrase.setFocus()  # asked again at signing, like every signature

        dialog.finished.connect(finished)
        dialog.open()  # parented to this dialog: deleted with it
        self._update()

    def _browse(self) -> None:
        from desktop.ui.settings_dialog import certificate_files

        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import a certificate file (.p12 / .pfx)"), "", certificate_files()
        )
        if path:
            self.p12.setText(path)

    def _offer_capacities(self, name: str) -> str:
        """Grey the capacities the gates refuse to this counsel, each saying why; returns why
        none can be signed ("" when one can)."""
        everyone = self.refusals or {}
        own = everyone.get(name, everyone.get("", {}))  # "": a counsel added here
        refused = {**self.final_refusals, **own}
        model = self.capacity.model()
        for row, capacity in enumerate(CAPACITIES):
            item = model.item(row) if isinstance(model, QStandardItemModel) else None
            if item is not None:
                reason = refused.get(capacity)
                item.setEnabled(reason is None)
                item.setToolTip(refusal_words(reason) if reason is not None else "")
        allowed = [c for c in CAPACITIES if c not in refused]
        if allowed and self.capacity.currentData() not in allowed:
            self.capacity.blockSignals(True)
            self.capacity.setCurrentIndex(self.capacity.findData(allowed[0]))
            self.capacity.blockSignals(False)
        # the final gates are said above; the rest (order, independence, ...) here
        notes = [refusal_words(r) for r in refused.values() if r.kind != NOT_FINAL]
        self.capacity_note.setText("\n".join(dict.fromkeys(notes)))
        self.capacity_form.setRowVisible(self.capacity_note, bool(notes))
        self.capacity.setEnabled(bool(allowed))
        if allowed:
            return ""
        return "\n".join(dict.fromkeys(refusal_words(r) for r in refused.values()))

    def _update(self) -> None:
        name = str(self.counsel.currentData() or "")
        refused_all = self._offer_capacities(name)
        state = self.key_states.get(name, NO_KEY)
        importing = bool(self.p12.text().strip())
        busy = self.passphrase_dialog is not None
        if not name:
            text = self.tr("Choose or add the counsel who signs.")
        elif state == PROTECTED:
            text = self.tr(
                "✓ {0} has a signing certificate in this vault: the PDF will carry their "
                "digital signature. Type {0}'s own signing passphrase below."
            ).format(name)
        elif state == NO_PASSPHRASE:
            text = self.tr(
                "{0}'s signing key has no signing passphrase of its own, so it cannot sign: "
                "the vault passphrase alone must not sign as them. Set {0}'s signing "
                "passphrase now (the certificate stays the same)."
            ).format(name)
        else:
            text = self.tr(
                "{0} has no signing certificate yet. Every signature is a digital signature "
                "in the PDF: create a personal certificate (protected by {0}'s own signing "
                "passphrase) or import a certificate file."
            ).format(name)
        self.certificate_state.setText(text)
        here = bool(name) and self.vault is not None
        self.create_certificate.setVisible(here and state == NO_KEY)
        self.set_passphrase.setVisible(here and state == NO_PASSPHRASE)
        for button in (self.create_certificate, self.set_passphrase):
            button.setEnabled(not busy)
        self.signer_repeat.setVisible(importing)
        self.repeat_label.setVisible(importing)
        self.add_button.setEnabled(bool(self.new_name.text().strip()))
        self.counsel.setEnabled(self.counsel.count() > 0)
        self.certificate_box.setEnabled(bool(name))
        phrase = self.signer_passphrase.text()
        if not self.counsel.count():
            hint = (
                self.tr("Add the counsel who signs above.")
                if self.vault is not None
                else self.tr("No counsel are registered in this vault yet.")
            )
            why = self.tr("Choose the counsel who signs first.")
        elif not name:
            hint, why = "", self.tr("Choose the counsel who signs first.")
        elif refused_all:
            hint, why = "", refused_all
        elif importing and (not phrase or phrase != self.signer_repeat.text()):
            hint = ""
            why = self.tr(
                "Type the signing passphrase that will protect the imported certificate, twice."
            )
        elif not importing and state == NO_KEY:
            hint = ""
            why = self.tr("Create a certificate for {0} or import one first.").format(name)
        elif not importing and state == NO_PASSPHRASE:
            hint, why = "", self.tr("Set {0}'s signing passphrase first.").format(name)
        elif not phrase:
            hint, why = "", self.tr("Type {0}'s signing passphrase.").format(name)
        else:
            hint, why = "", ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.ok.setEnabled(not why and not busy)
        self.ok.setToolTip(why)

    def gate_words(self, blocker: Blocker) -> str:
        """One of memos.gates' blockers in the window's language."""
        return blocker_words(blocker)

    def values(self) -> dict[str, Any]:
        return {
            "counsel_name": str(self.counsel.currentData()),
            "capacity": str(self.capacity.currentData()),
            "p12_path": self.p12.text().strip(),
            "p12_password": self.password.text() or None,
            "signer_passphrase": self.signer_passphrase.text() or None,
        }
