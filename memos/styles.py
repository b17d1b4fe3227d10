"""Paragraph styles, colours and measures for printed memos."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from memos.fonts import MONO, SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 25 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 24 * mm

INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F2A44")
MUTED = colors.HexColor("#5B6270")
RULE = colors.HexColor("#B8BDC7")
SHADE = colors.HexColor("#F2F3F5")
NOTE_SHADE = colors.HexColor("#FBF6E9")
NOTE_RULE = colors.HexColor("#C9A227")

SEVERITY_COLOURS = {
    "critical": colors.HexColor("#9B1C1C"),
    "high": colors.HexColor("#A34A00"),
    "caution": colors.HexColor("#7A6200"),
    "info": colors.HexColor("#4B5563"),
}


# Every Table sets a font for its cells before drawing them, ReportLab's unembedded Helvetica
# unless told otherwise: each table style starts with this command.
FONT_ALL = ("FONT", (0, 0), (-1, -1), SANS, 8.5)


def hexcolour(colour: colors.Color) -> str:
    return "#" + str(colour.hexval())[2:]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    letterhead: ParagraphStyle
    doc_type: ParagraphStyle
    legend: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_muted: ParagraphStyle
    mono: ParagraphStyle
    meta: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SERIF,
        fontSize=10.5,
        leading=15,
        textColor=INK,
        alignment=TA_JUSTIFY,
        spaceAfter=7,
        bulletFontName=SERIF,  # the default, Helvetica, would be the one font not embedded
    )
    cell = ParagraphStyle(
        "cell",
        fontName=SANS,
        fontSize=8.5,
        leading=11.2,
        textColor=INK,
        alignment=TA_LEFT,
        bulletFontName=SANS,
    )
    return Styles(
        body=body,
        body_left=ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontName=SERIF_ITALIC,
            fontSize=9.5,
            leading=13.5,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            alignment=TA_LEFT,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=3,
        ),
        h1=ParagraphStyle(
            "h1",
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=NAVY,
            spaceBefore=16,
            spaceAfter=7,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            fontName=SERIF_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=1,
            keepWithNext=1,
        ),
        letterhead=ParagraphStyle(
            "letterhead",
            fontName=SERIF,
            fontSize=19,
            leading=23,
            textColor=NAVY,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        doc_type=ParagraphStyle(
            "doc_type",
            fontName=SANS,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceAfter=14,
        ),
        legend=ParagraphStyle(
            "legend",
            fontName=SANS_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=INK,
            alignment=TA_CENTER,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=cell,
            fontName=SANS_BOLD,
            fontSize=8,
            textColor=MUTED,
        ),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        mono=ParagraphStyle("mono", fontName=MONO, fontSize=8.5, leading=11, textColor=INK),
        meta=ParagraphStyle(
            "meta",
            fontName=SANS,
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            spaceAfter=3,
            keepWithNext=1,
        ),
    )
