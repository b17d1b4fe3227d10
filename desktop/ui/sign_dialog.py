"""The Sign dialog: who signs a memo version, in what capacity, and with which certificate for
a digital signature in the PDF; counsel and certificates can be added without leaving it."""


from __future__ import annotations

from typing import Any

from casework.vaults import Vault
from casework.workspace import Workspace
from desktop.ui.dialogs import show_error
from desktop.ui.gate_words import gate_words
from desktop.ui.matter_worker import run_for
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
    QToolButton,
    QVBoxLayout,
    QWidget,
    translate,
)
from desktop.ui.widgets import readable
from forms import vocabulary

CAPACITIES = tuple(vocabulary.CAPACITIES)


def capacity_label(capacity: str) -> str:
    return {
        "prepared": translate("Memo", "Prepared"),
        "reviewed": translate("Memo", "Reviewed"),
        "approved": translate("Memo", "Approved"),
    }.get(capacity, capacity)


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
        gates: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop.ui.settings_dialog import pades_module

        self.vault = vault
        self.actor = actor
        self.pades = pades_module()
        self.job: Any = None
        self.certificates: dict[str, bool] = {}  # counsel name -> has a stored certificate
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
                ).format(self.tr("; ").join(gate_words(g) for g in gates))
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
        counsel_label = QLabel(self.tr("&Counsel:"), self)
        counsel_label.setBuddy(self.counsel)
        form.addRow(counsel_label, counsel_row)
        form.addRow(self.tr("C&apacity:"), self.capacity)
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
        self.create_certificate = QPushButton(self.tr("Create &personal certificate"), certificate)
        self.create_certificate.setToolTip(
            self.tr("A self-signed certificate kept in this vault, for this counsel")
        )
        self.create_certificate.clicked.connect(self.make_certificate)
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
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_certificate)
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
        self._fill_counsel([(name, title, False) for name, title in counsel])
        if vault is not None:
            self.reload_counsel()
        self._show_add(self.counsel.count() == 0 and vault is not None)

    # ----- counsel ----------------------------------------------------------------------------
    def _fill_counsel(self, people: list[tuple[str, str, bool]], select: str = "") -> None:
        current = select or str(self.counsel.currentData() or "")
        self.counsel.blockSignals(True)
        self.counsel.clear()
        for name, title, has_certificate in people:
            self.counsel.addItem(f"{name} — {title}" if title else name, name)
            self.certificates[name] = has_certificate
        self.counsel.setCurrentIndex(max(self.counsel.findData(current), 0))
        self.counsel.blockSignals(False)
        self._update()

    def reload_counsel(self, select: str = "") -> None:
        if self.vault is None:
            return
        people = [
            (str(c.name), str(c.title or ""), c.certificate_pem is not None)
            for c in Workspace(self.vault, self.actor).counsel()
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
        """Create a personal certificate for the chosen counsel, in the background."""
        from desktop.ui.settings_dialog import create_certificate

        name = str(self.counsel.currentData() or "")
        if not name or self.vault is None:
            return
        vault, pades, actor = self.vault, self.pades, self.actor
        workspace = Workspace(vault, actor)
        counsel_id = name  # the vault finds counsel by name or id
        organisation = str(workspace.settings().get("organisation") or "")
        passphrase = self.signer_passphrase.text() or None

        def done(_result: object) -> None:
            self.job = None
            self.reload_counsel(select=name)

        def failed(exc: BaseException) -> None:
            self.job = None
            self._update()
            show_error(self, exc, title=self.tr("No certificate was stored"))

        self.job = run_for(
            self,
            lambda: create_certificate(
                vault, pades, counsel_id, name, organisation, actor=actor, passphrase=passphrase
            ),
            on_done=done,
            on_error=failed,
        )
        self._update()

    def _browse(self) -> None:
        from desktop.ui.settings_dialog import certificate_files

        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import a certificate file (.p12 / .pfx)"), "", certificate_files()
        )
        if path:
            self.p12.setText(path)

    def _update(self) -> None:
        name = str(self.counsel.currentData() or "")
        has_certificate = self.certificates.get(name, False)
        if self.job is not None:
            state = self.tr("Creating a personal certificate for {0}…").format(name)
        elif not name:
            state = self.tr("Choose or add the counsel who signs.")
        elif has_certificate:
            state = self.tr(
                "✓ {0} has a signing certificate in this vault: the PDF will carry their "
                "digital signature."
            ).format(name)
        else:
            state = self.tr(
                "{0} has no signing certificate yet. Every signature is a digital signature "
                "in the PDF: create a personal certificate (protected by the signing "
                "passphrase below) or import a certificate file."
            ).format(name)
        self.certificate_state.setText(state)
        can_create = bool(name) and not has_certificate and self.vault is not None
        self.create_certificate.setVisible(can_create)
        self.create_certificate.setEnabled(can_create and self.job is None)
        self.add_button.setEnabled(bool(self.new_name.text().strip()))
        self.counsel.setEnabled(self.counsel.count() > 0)
        self.certificate_box.setEnabled(bool(name))
        if not self.counsel.count():
            self.hint.setText(
                self.tr("Add the counsel who signs above.")
                if self.vault is not None
                else self.tr("No counsel are registered in this vault yet.")
            )
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.ok.setEnabled(bool(name) and self.job is None)
        self.ok.setToolTip(
            "" if self.ok.isEnabled() else self.tr("Choose the counsel who signs first.")
        )

    def values(self) -> dict[str, Any]:
        return {
            "counsel_name": str(self.counsel.currentData()),
            "capacity": str(self.capacity.currentData()),
            "p12_path": self.p12.text().strip(),
            "p12_password": self.password.text() or None,
            "signer_passphrase": self.signer_passphrase.text() or None,
        }
