"""A printed report across matters (for the compliance committee): title, period, a bar chart
of the counts, the count table and the matters behind each count, in the memo's fonts and
styles. Everything arrives as words (`ReportContent`); this module knows no database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from memos.fonts import SANS, SANS_BOLD, draw_font_runs, markup, register_fonts
from memos.layout import PageFurniture, draw_runs, numbered_canvas, on_page_factory
from memos.render import PageSize, page_dimensions
from memos.styles import FONT_ALL, INK, MUTED, NAVY, RULE, SHADE, make_styles

CHART_BARS = 15  # more groups than this: the chart shows the largest, the table all
BAR_COLOUR = colors.HexColor("#3B5B92")
PROVISIONAL_COLOUR = colors.HexColor("#C9A227")


@dataclass(frozen=True)
class CountLine:
    label: str
    short: str  # the chart's label
    count: int
    provisional: int


@dataclass(frozen=True)
class MatterList:
    heading: str
    rows: list[tuple[str, ...]]
    more: int = 0  # matters of the group not printed (the CSV holds them)


@dataclass(frozen=True)
class ReportContent:
    organisation: str
    title: str  # "Matters by kind"
    facts: list[tuple[str, str]]  # (what, value): period, time zone, generated, total
    notes: list[str]  # how dates and provisional matters are counted
    dimension: str  # the count table's first heading: "Kind"
    counts: list[CountLine]
    list_headings: tuple[str, ...]
    list_widths: tuple[float, ...]  # fractions of the text width, one per heading
    lists: list[MatterList]
    footer: str
    legend: str = "Confidential — prepared for the compliance committee"


def _truncated(canv: Canvas, text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with an ellipsis to fit `width` (CJK runs measured in their font)."""

    def measure(value: str) -> float:
        return float(sum(canv.stringWidth(t, f, size) for f, t in draw_font_runs(value, font)))

    if measure(text) <= width:
        return text
    while text and measure(text + "…") > width:
        text = text[:-1]
    return text + "…"


class BarChart(Flowable):  # type: ignore[misc]
    """Horizontal bars, the label on the left and the count at the end of each bar; the
    provisional part of a bar is shaded apart so a reader sees it at a glance."""

    BAR = 13.0
    GAP = 5.0
    LABEL_SHARE = 0.34

    def __init__(self, lines: list[CountLine], width: float, *, provisional_legend: str) -> None:
        super().__init__()
        self.lines = lines
        self.width = width
        self.provisional_legend = provisional_legend
        self.height = len(lines) * (self.BAR + self.GAP) + 18

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        label_width = self.width * self.LABEL_SHARE
        bar_room = self.width - label_width - 40
        largest = max((line.count for line in self.lines), default=0) or 1
        y = self.height - self.BAR
        for line in self.lines:
            canv.setFillColor(INK)
            text = _truncated(canv, line.short, SANS, 8.5, label_width - 8)
            draw_runs(canv, label_width - 6, y + 3.5, text, SANS, 8.5, align="right")
            length = bar_room * line.count / largest
            plain = bar_room * (line.count - line.provisional) / largest
            canv.setFillColor(BAR_COLOUR)
            canv.rect(label_width, y, plain, self.BAR, stroke=0, fill=1)
            if line.provisional:
                canv.setFillColor(PROVISIONAL_COLOUR)
                canv.rect(label_width + plain, y, length - plain, self.BAR, stroke=0, fill=1)
            canv.setFillColor(INK)
            canv.setFont(SANS_BOLD, 8.5)
            canv.drawString(label_width + length + 4, y + 3.5, str(line.count))
            y -= self.BAR + self.GAP
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(label_width, y + self.BAR + self.GAP - 2, label_width, self.height)
        if any(line.provisional for line in self.lines):
            canv.setFillColor(PROVISIONAL_COLOUR)
            canv.rect(label_width, 2, 8, 8, stroke=0, fill=1)
            canv.setFillColor(MUTED)
            draw_runs(canv, label_width + 12, 3, self.provisional_legend, SANS, 7.5)


def _table(rows: list[list[Flowable]], widths: list[float], *, numeric_from: int) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _landscape_doc(
    buffer: io.BytesIO, page_size: PageSize, content: ReportContent, furniture: PageFurniture
) -> BaseDocTemplate:
    """The memo's page set up (build_doc's fonts, margins, furniture), turned to landscape so a
    matter's row keeps its eight columns legible."""
    register_fonts()
    width, height = page_dimensions(page_size)
    left, right, top, bottom = furniture.margins
    doc = BaseDocTemplate(
        buffer, pagesize=(max(width, height), min(width, height)), leftMargin=left,
        rightMargin=right, topMargin=top, bottomMargin=bottom, title=content.title,
        author=content.organisation or "Outbound", subject=content.title, creator="Outbound",
        producer="Outbound (ReportLab)", invariant=1, pageCompression=1, initialFontName=SANS,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=on_page_factory(furniture))]
    )
    return doc


def render_report(content: ReportContent, page_size: PageSize = "A4") -> bytes:
    s = make_styles()
    furniture = PageFurniture(legend=content.legend, footer_left=content.footer, draft=False)
    buffer = io.BytesIO()
    doc = _landscape_doc(buffer, page_size, content, furniture)
    width = doc.width
    small = ParagraphStyle("cell_small", parent=s.cell, fontSize=7.5, leading=9.6)
    num = ParagraphStyle("cell_number", parent=s.cell, alignment=TA_RIGHT)
    num_bold = ParagraphStyle("cell_number_bold", parent=s.cell_bold, alignment=TA_RIGHT)
    num_head = ParagraphStyle("cell_head_number", parent=s.cell_head, alignment=TA_RIGHT)
    total = sum(line.count for line in content.counts)
    story: list[Flowable] = []
    if content.organisation:
        story.append(Paragraph(markup(content.organisation), s.letterhead))
    story.append(Paragraph(markup(content.title), s.h1))
    facts = Table(
        [[Paragraph(markup(k), s.cell_head), Paragraph(markup(v), s.cell)]
         for k, v in content.facts],
        colWidths=[width * 0.22, width * 0.78],
        hAlign="LEFT",
    )
    facts.setStyle(TableStyle([FONT_ALL, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [facts, Spacer(1, 6)]
    story += [Paragraph(markup(note), s.meta) for note in content.notes]
    story.append(Spacer(1, 8))

    if content.counts:
        charted = sorted(content.counts, key=lambda c: -c.count)[:CHART_BARS]
        shown = [c for c in content.counts if c in charted]
        story.append(BarChart(shown, min(width, 560),
                              provisional_legend="Provisional — intake incomplete"))
        if len(content.counts) > CHART_BARS:
            story.append(Paragraph(
                f"The chart shows the {CHART_BARS} largest of {len(content.counts)} groups; "
                "the table lists them all.", s.meta))
        story.append(Spacer(1, 10))

        head = [Paragraph(markup(content.dimension), s.cell_head),
                *[Paragraph(h, num_head) for h in ("Matters", "Of which provisional", "Share")]]
        rows: list[list[Flowable]] = [head]
        for line in content.counts:
            share = f"{100 * line.count / total:.0f}%" if total else "–"
            rows.append([Paragraph(markup(line.label), s.cell),
                         Paragraph(str(line.count), num),
                         Paragraph(str(line.provisional), num),
                         Paragraph(share, num)])
        rows.append([Paragraph("Total", s.cell_bold), Paragraph(str(total), num_bold),
                     Paragraph(str(sum(c.provisional for c in content.counts)), num_bold),
                     Paragraph("100%" if total else "–", num_bold)])
        table_width = min(width, 560)
        count_table = _table(rows, [table_width * w for w in (0.55, 0.15, 0.18, 0.12)],
                             numeric_from=1)
        count_table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
                                         ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
        story.append(count_table)
    else:
        story.append(Paragraph("No matter was opened in this period.", s.body_left))

    if content.lists:
        # the heading never ends a page alone: it needs room for a group's first rows
        story.append(CondPageBreak(150))
        story.append(Paragraph("The matters behind each count", s.h1))
    widths = [width * w for w in content.list_widths]
    for group in content.lists:
        heading = Paragraph(markup(group.heading), s.h2)
        rows = [[Paragraph(markup(h), s.cell_head) for h in content.list_headings]]
        rows += [[Paragraph(markup(cell), small) for cell in row] for row in group.rows]
        table = _table(rows, widths, numeric_from=len(widths))
        story.append(KeepTogether([heading, table]) if len(rows) < 12 else heading)
        if len(rows) >= 12:
            story.append(table)
        if group.more:
            story.append(Paragraph(
                f"… and {group.more} more matters of this group, listed in the CSV export.",
                s.meta))
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()
