"""Small dialog helpers. Tests monkeypatch `QMessageBox` methods; everything goes through here."""

from __future__ import annotations

import logging
import traceback

from desktop.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QMessageBox, QWidget
from desktop.ui.signing_words import structured_words
from forms.errors import OutboundError

log = logging.getLogger(__name__)

# The domain layers' messages are English (the command line shares them). Those a user of the
# window meets most are translated here, by their exact text; tests/test_translations.py checks
# each is still raised somewhere, so a reworded message cannot silently fall back to English.
DOMAIN_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "this passphrase does not open the vault"),
    QT_TRANSLATE_NOOP("errors", "this recovery key does not open the vault"),
    QT_TRANSLATE_NOOP("errors", "an empty passphrase is not allowed"),
    QT_TRANSLATE_NOOP("errors", "this vault has no passphrase; unlock it with the recovery key"),
    QT_TRANSLATE_NOOP("errors", "this vault is not remembered on this computer"),
    QT_TRANSLATE_NOOP("errors", "this computer has no secure system keychain"),
    QT_TRANSLATE_NOOP("errors", "the vault is locked; unlock it first"),
    QT_TRANSLATE_NOOP(
        "errors",
        "the vault is being changed by another process (a passphrase change or a data-key "
        "rotation); try again when it has finished",
    ),
    QT_TRANSLATE_NOOP("errors", "a matter needs a title"),
    QT_TRANSLATE_NOOP("errors", "an override needs a written reason"),
    QT_TRANSLATE_NOOP("errors", "counsel need a name"),
    QT_TRANSLATE_NOOP("errors", "draft the memo first: this matter has no memo version"),
    QT_TRANSLATE_NOOP("errors", "this matter has no memo version yet; draft the memo first"),
    QT_TRANSLATE_NOOP("errors", "the idle lock must be between 1 and 480 minutes"),
    QT_TRANSLATE_NOOP("errors", "the organisation name must be text of at most 300 characters"),
    QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file could not be opened: the password is wrong or the file is not a "
        "valid PKCS#12 (.p12/.pfx) file.",
    ),
    QT_TRANSLATE_NOOP("errors", "The certificate file holds no private key and certificate pair."),
)


def domain_message(message: str) -> str:
    """A domain message in the window's language when it is one of DOMAIN_MESSAGES."""
    return QCoreApplication.translate("errors", message)


def sentence(message: str) -> str:
    """Domain messages are written to follow "outbound: "; in a dialog they start a sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    if message[-1] in ".!?…。！？":
        return message
    return message + ("。" if "\u4e00" <= message[-1] <= "\u9fff" else ".")  # a Chinese one


def error_text(exc: BaseException) -> str:
    """What the user reads: an OutboundError's message, or a generic line for a bug."""
    if isinstance(exc, OutboundError):
        return sentence(structured_words(exc) or domain_message(exc.message))
    log.error("unexpected error: %s", "".join(traceback.format_exception(exc)))
    return QCoreApplication.translate(
        "dialogs",
        "Something unexpected went wrong ({0}). Nothing further was changed; please try again, "
        "and report the problem if it persists.",
    ).format(type(exc).__name__)


def show_error(
    parent: QWidget | None, exc: BaseException | str, *, title: str | None = None
) -> None:
    text = exc if isinstance(exc, str) else error_text(exc)
    QMessageBox.warning(parent, title or QCoreApplication.translate("dialogs", "Outbound"), text)


def show_info(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    QMessageBox.information(
        parent, title or QCoreApplication.translate("dialogs", "Outbound"), text
    )


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str | None = None) -> bool:
    box = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return box == QMessageBox.StandardButton.Yes
