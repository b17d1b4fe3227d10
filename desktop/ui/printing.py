"""Printing a PDF held in memory through Qt's print dialog (no temporary files)."""

from __future__ import annotations

from desktop.ui import qt
from desktop.ui.qt import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPainter,
    QRect,
    QSize,
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
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print {0}").format(title))
    if dialog.exec() != qt.QDialog.DialogCode.Accepted:
        return False
    render_pdf_to_printer(pdf, printer)
    return True


def render_pdf_to_printer(pdf: bytes, printer: qt.QPagedPaintDevice) -> int:
    """Paint each PDF page as an image fitted to the printer's page; returns pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = qt.QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution() if hasattr(printer, "resolution") else 300
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(index, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), qt.Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
        buffer.close()
