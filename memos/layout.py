"""Page furniture: privilege legend header, footer with "Page X of Y", DRAFT watermark."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from memos.fonts import CJK, SANS, SANS_BOLD, SERIF_ITALIC, draw_font_runs, has_cjk
from memos.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MUTED, RULE


@dataclass(frozen=True)
class PageFurniture:
    legend: str
    footer_left: str
    draft: bool
    # (left, right, top, bottom); the version-2 memo's are narrower than the first layout's
    margins: tuple[float, float, float, float] = (
        MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM
    )
    # The words of the furniture in the memo's language (issue 16); English by default.
    draft_word: str = "DRAFT"
    page_words: str = "Page {page} of {pages}"


def draw_runs(
    canv: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw a single line, switching to the CJK font for CJK runs."""
    runs = draw_font_runs(text, font)
    width = sum(canv.stringWidth(t, f, size) for f, t in runs)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for f, t in runs:
        canv.setFont(f, size)
        canv.drawString(x, y, t)
        x += canv.stringWidth(t, f, size)


def draw_watermark(canv: Canvas, width: float, height: float, word: str = "DRAFT") -> None:
    canv.saveState()
    canv.setFillColor(colors.Color(0.89, 0.89, 0.89))
    canv.translate(width / 2, height / 2)
    canv.rotate(45)
    if has_cjk(word):  # 草稿: two wide glyphs, set a little larger in the CJK font
        canv.setFont(CJK, 150)
        canv.drawCentredString(0, -52, word)
    else:
        canv.setFont(SANS_BOLD, 120)
        canv.drawCentredString(0, -42, word)
    canv.restoreState()


def draw_header(canv: Canvas, furniture: PageFurniture, width: float, height: float) -> None:
    canv.saveState()
    canv.setFillColor(MUTED)
    left, right, top, _bottom = furniture.margins
    y = height - top + 12 * 1.0 + 6
    draw_runs(canv, width / 2, y, furniture.legend, SERIF_ITALIC, 8, align="center")
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(left, y - 6, width - right, y - 6)
    canv.restoreState()


def draw_footer(
    canv: Canvas, furniture: PageFurniture, page: int, pages: int, width: float
) -> None:
    canv.saveState()
    left, right, _top, bottom = furniture.margins
    y = bottom - 24
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(left, y + 11, width - right, y + 11)
    canv.setFillColor(MUTED)
    draw_runs(canv, left, y, furniture.footer_left, SANS, 7.5)
    page_words = furniture.page_words.format(page=page, pages=pages)
    draw_runs(canv, width - right, y, page_words, SANS, 7.5, align="right")
    canv.restoreState()


def on_page_factory(furniture: PageFurniture) -> Any:
    def on_page(canv: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        if furniture.draft:
            draw_watermark(canv, width, height, furniture.draft_word)
        draw_header(canv, furniture, width, height)

    return on_page


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that defers pages so the footer can print "Page X of Y"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            width = self._pagesize[0]
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, furniture, number, total, width)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
