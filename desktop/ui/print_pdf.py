"""Printing a memo PDF held in memory: rasterise the pages with QtPdf (no temporary files), paint
them on a QPrinter at 300 dpi, with a print preview dialog in the window.

The rasterising (`rasterise`) is safe off the main thread and the window runs it in a worker;
painting the finished images onto the printer happens on the main thread. Each page also gets an
invisible text layer (the page's own text, placed line by line), so a "print to PDF" copy stays
searchable and names the matter reference just as the paper does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.ui.qt import (
    QBuffer,
    QByteArray,
    QColor,
    QFont,
    QImage,
    QIODevice,
    QPainter,
    QPdfDocument,
    QPen,
    QPointF,
    QPrinter,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)

PRINT_DPI = 300


@dataclass
class PageImage:
    image: QImage
    points: QSizeF  # the page size in PDF points
    lines: list[tuple[str, QRectF]] = field(default_factory=list)  # text and its box in points
    text: str = ""


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes through a QBuffer (keep the buffer alive with the doc)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def rasterise(pdf: bytes, dpi: int = PRINT_DPI) -> list[PageImage]:
    """Every page as an image at `dpi`, with its text lines; safe in a worker thread."""
    document, buffer = open_pdf(pdf)
    pages: list[PageImage] = []
    try:
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            selection = document.getAllText(index)
            text = selection.text() if selection.isValid() else ""
            bounds = [poly.boundingRect() for poly in selection.bounds()]
            raw_lines = text.replace("\r\n", "\n").split("\n")
            paired = len(raw_lines) == len(bounds)
            lines = list(zip(raw_lines, bounds, strict=True)) if paired else []
            pages.append(PageImage(image, points, lines, text))
    finally:
        document.close()
        buffer.close()
    return pages


def paint_pages(pages: list[PageImage], printer: QPrinter) -> int:
    """Paint the pages onto `printer` (white first, image fitted, invisible text on top)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            target = QRectF(painter.viewport())
            painter.fillRect(target, Qt.GlobalColor.white)
            scaled = page.points.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRectF(target.topLeft(), scaled)
            painter.drawImage(box, page.image)
            _text_layer(painter, page, box)
        return len(pages)
    finally:
        painter.end()


def _text_layer(painter: QPainter, page: PageImage, box: QRectF) -> None:
    if not page.text.strip():
        return
    scale = box.width() / max(page.points.width(), 1.0)
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0, 0)))
    if page.lines:
        for text, rect in page.lines:
            if not text.strip():
                continue
            font = QFont("Helvetica")
            font.setPixelSize(max(1, round(rect.height() * scale)))
            painter.setFont(font)
            x = box.left() + rect.left() * scale
            y = box.top() + rect.bottom() * scale
            painter.drawText(QPointF(x, y), text)
    else:  # the lines and their boxes did not pair up: one block at the top of the page
        font = QFont("Helvetica")
        font.setPixelSize(max(1, round(4 * scale)))
        painter.setFont(font)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, page.text)
    painter.restore()


def pdf_printer(out_path: Path | str | None = None, *, title: str = "") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)
    if title:
        printer.setDocName(title)
    if out_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out_path))
    return printer


def print_pdf_to_file(pdf_bytes: bytes, out_path: Path | str, *, title: str = "") -> int:
    """The print path with a PDF file as the printer: rasterise at 300 dpi and paint into a
    QPrinter in PdfFormat. Returns the number of pages printed."""
    pages = rasterise(pdf_bytes)
    return paint_pages(pages, pdf_printer(out_path, title=title))


