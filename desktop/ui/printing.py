"""Printing a PDF held in memory through Qt's print dialog (no temporary files)."""

from __future__ import annotations

from desktop.ui import qt
from desktop.ui.qt import (
    QCoreApplication,
    QWidget,
)


def printing_available() -> bool:
    return qt.HAVE_PRINTING


def print_pdf(parent: QWidget | None, pdf: bytes, *, title: str) -> bool:
    """Ask for a printer and print every page of `pdf`; False when cancelled or unavailable."""
    if not qt.HAVE_PRINTING:
        from desktop.ui.dialogs import show_error

        show_error(
            parent,
            QCoreApplication.translate(
                "printing", "Printing is not available in this installation."
            ),
        )
        return False
    printer = qt.QPrinter(qt.QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = qt.QPrintDialog(printer, parent)
    # The dialog only points at the printer: the connection's closure keeps the printer alive
    # until the dialog is gone, and the dialog goes as soon as it is answered.
    dialog.destroyed.connect(lambda *_args, _keep=printer: None)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print {0}").format(title))
    try:
        if dialog.exec() != qt.QDialog.DialogCode.Accepted:
            return False
        from desktop.ui.print_pdf import paint_pages, rasterise

        # the same pages the memo prints: images plus an invisible text layer
        paint_pages(rasterise(pdf), printer)
        return True
    finally:
        dialog.deleteLater()
