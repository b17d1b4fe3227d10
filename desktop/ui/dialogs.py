"""Small dialog helpers. Tests monkeypatch `QMessageBox` methods; everything goes through here."""

from __future__ import annotations

import logging
import traceback

from desktop.ui.qt import QCoreApplication, QMessageBox, QWidget
from forms.errors import OutboundError

log = logging.getLogger(__name__)


def sentence(message: str) -> str:
    """Domain messages are written to follow "outbound: "; in a dialog they start a sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?…" else message + "."


def error_text(exc: BaseException) -> str:
    """What the user reads: an OutboundError's message, or a generic line for a bug."""
    if isinstance(exc, OutboundError):
        return sentence(exc.message)
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
