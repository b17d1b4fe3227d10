"""Counsel's own signing passphrase, asked where a signing key is made or re-protected: a new
personal certificate, an imported certificate file, a rotated certificate, a changed passphrase,
or the first passphrase of a key kept before signing passphrases existed (issue 14).

The new passphrase is typed twice with the strength meter (the vault passphrase's rules); the
work runs in the background through the Workspace (audited), and a refusal (a wrong current
passphrase, a certificate file that does not open) is said in the dialog, which stays open with
nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casework.changes import Done
from casework.counsel import NO_PASSPHRASE
from casework.workspace import Workspace
from desktop.ui.new_passphrase_dialog import NewPassphraseDialog
from desktop.ui.qt import QLabel, QLineEdit, QWidget, translate

# work(current passphrase or None, new passphrase) -> anything; run in a worker
Work = Callable[[str | None, str], Any]


class SigningPassphraseDialog(NewPassphraseDialog):
    """A new signing passphrase (twice), and the current one when `ask_current`."""

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        ok_text: str,
        work: Work,
        ask_current: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            title=title, intro=intro, ok_text=ok_text, min_width=500,
            change=lambda new: self._work_with(new), parent=parent,
        )
        self.work = work
        self.ask_current = ask_current
        self.current = QLineEdit(self.fields)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current signing passphrase"))
        self.more_fields.append(self.current)
        if ask_current:  # in the same form as the new one, so the fields line up
            self.fields.form.insertRow(0, self.tr("C&urrent signing passphrase:"), self.current)
            QWidget.setTabOrder(self.current, self.fields.first)
        else:
            self.current.hide()
        self.fields.first.setAccessibleName(self.tr("New signing passphrase"))
        self.fields.second.setAccessibleName(self.tr("Repeat the new signing passphrase"))
        self.fields.first.setPlaceholderText(
            self.tr("Not the vault's: only this counsel should know it")
        )
        for field, text in (
            (self.fields.first, self.tr("&New signing passphrase:")),
            (self.fields.second, self.tr("&Repeat it:")),
        ):
            label = self.fields.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.current.textChanged.connect(self._update)
        self._update()

    def ready(self) -> bool:
        return super().ready() and (not self.ask_current or bool(self.current.text()))

    def _update(self) -> None:
        super()._update()
        if self.job is None and not self.ok.isEnabled():
            self.ok.setToolTip(
                self.tr("Type the current signing passphrase, then the new one twice.")
                if self.ask_current and not self.current.text()
                else self.tr("Type the new signing passphrase twice (at least “Fair”).")
            )
        else:
            self.ok.setToolTip("")

    def _work_with(self, new: str) -> Callable[[], Any]:
        current = self.current.text() if self.ask_current else None  # read here, not in the worker
        work = self.work
        return lambda: work(current, new)


# ----- the dialogs counsel meet ------------------------------------------------------------------
# Each dialog's words (title, intro, OK button; {0} is counsel's name), translated when the
# dialog is made (literal calls: lupdate reads them).
def _set_words() -> tuple[str, str, str]:
    return (
        translate("SigningPassphrase", "Set signing passphrase"),
        translate(
            "SigningPassphrase",
            "{0}'s signing key was kept without a signing passphrase of its own, so it "
            "cannot sign: the vault passphrase alone must not sign as them. Set the "
            "passphrase {0} will type at every signature; the certificate stays the same.",
        ),
        translate("SigningPassphrase", "&Set passphrase"),
    )


def _change_words() -> tuple[str, str, str]:
    return (
        translate("SigningPassphrase", "Change signing passphrase"),
        translate(
            "SigningPassphrase",
            "The new passphrase protects {0}'s signing key from now on; the old one stops "
            "signing. The certificate stays the same.",
        ),
        translate("SigningPassphrase", "&Change passphrase"),
    )


def _rotate_words() -> tuple[str, str, str]:
    return (
        translate("SigningPassphrase", "Rotate certificate"),
        translate(
            "SigningPassphrase",
            "A new personal certificate replaces {0}'s current one, its key under a new "
            "signing passphrase. Memos already signed keep their signatures and still verify.",
        ),
        translate("SigningPassphrase", "&Rotate certificate"),
    )


def _new_certificate_words() -> tuple[str, str, str]:
    return (
        translate("SigningPassphrase", "Signing passphrase for {0}"),
        translate(
            "SigningPassphrase",
            "{0}'s signing key is kept in this vault under their own signing passphrase, asked "
            "at every signature: the vault passphrase alone cannot sign as them.",
        ),
        translate("SigningPassphrase", "&Keep certificate"),
    )


def _dialog(
    words: tuple[str, str, str],
    name: str,
    work: Work,
    *,
    ask_current: bool = False,
    parent: QWidget | None,
) -> SigningPassphraseDialog:
    title, intro, ok_text = words
    return SigningPassphraseDialog(
        title=title.format(name),
        intro=intro.format(name),
        ok_text=ok_text,
        work=work,
        ask_current=ask_current,
        parent=parent,
    )


def change_passphrase_dialog(
    vault: Any, actor: str, name: str, key_state: str, parent: QWidget | None = None
) -> SigningPassphraseDialog:
    """Change counsel's signing passphrase; for a key kept without one, set its first."""

    def work(current: str | None, new: str) -> Done[Any]:
        return Workspace(vault, actor).change_signing_passphrase(name, old=current, new=new)

    if key_state == NO_PASSPHRASE:
        return _dialog(_set_words(), name, work, parent=parent)
    return _dialog(_change_words(), name, work, ask_current=True, parent=parent)


def rotate_certificate_dialog(
    vault: Any, actor: str, name: str, parent: QWidget | None = None
) -> SigningPassphraseDialog:
    def work(_current: str | None, new: str) -> Done[Any]:
        return Workspace(vault, actor).rotate_certificate(name, passphrase=new)

    return _dialog(_rotate_words(), name, work, parent=parent)


def new_certificate_dialog(
    make: Callable[[str], Any], name: str, parent: QWidget | None = None
) -> SigningPassphraseDialog:
    """A certificate made or imported by `make(passphrase)`, its key under a new passphrase."""
    return _dialog(_new_certificate_words(), name, lambda _current, new: make(new), parent=parent)
