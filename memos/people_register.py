"""The people register printed: one view of the register as a table, in the memo's fonts and
styles (Chinese names in the bundled CJK font), landscape so every column fits."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from memos import words_en, words_zh
from memos.fonts import SANS, markup, register_fonts
from memos.layout import PageFurniture, numbered_canvas, on_page_factory
from memos.render import page_dimensions
from memos.styles import FONT_ALL, MUTED, NAVY, RULE, SHADE, Styles, make_styles


class RegisterEntry(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def name_zh(self) -> str: ...
    @property
    def tier(self) -> int | None: ...
    @property
    def key_position(self) -> str | None: ...
    @property
    def confidentiality_until(self) -> str | None: ...
    @property
    def noncompete_until(self) -> str | None: ...
    @property
    def last_confirmed(self) -> str | None: ...
    @property
    def references(self) -> list[str]: ...


_WORDS: dict[str, dict[str | None, Any]] = {
    "en": {
        None: "People register",
        "tier1": "Tier-1 people",
        "access_stale": "Tier-1 and tier-2 people whose access was last confirmed over 6 months "
                        "ago",
        "open_matter": "People with an open matter",
        "restricted_period": "People inside a confidentiality period or a non-compete",
        "key_unreviewed": "Key positions without a review in the last 12 months",
        "doc": "People register",
        "as_of": "As of {day} · {count} people",
        "none": "No one is in this view.",
        "legend": "Confidential — legal advice",
        "head": ("Name", "Chinese name", "Tier", "Key position", "Confidentiality period ends",
                 "Non-compete ends", "Access last confirmed", "Matters"),
        "yes": "Yes", "no": "No", "unknown": "Unknown", "never": "Never",
    },
    "zh_CN": {
        None: "人员名册",
        "tier1": "一级人员",
        "access_stale": "访问权限超过6个月未确认的一级和二级人员",
        "open_matter": "有未结事项的人员",
        "restricted_period": "处于脱密期或竞业限制期内的人员",
        "key_unreviewed": "近12个月未审查的关键岗位",
        "doc": "人员名册",
        "as_of": "截至 {day} · 共 {count} 人",
        "none": "此视图中没有人员。",
        "legend": "保密 — 法律意见",
        "head": ("姓名", "中文姓名", "层级", "关键岗位", "脱密期届满", "竞业限制届满",
                 "访问权限最近确认", "事项"),
        "yes": "是", "no": "否", "unknown": "未知", "never": "从未",
    },
}


def render_register(
    rows: Sequence[RegisterEntry],
    *,
    view: str | None,
    organisation: str = "",
    today: date | None = None,
    language: str = "en",
    page_size: str = "A4",
) -> bytes:
    words = _WORDS.get(language, _WORDS["en"])
    styles = make_styles()
    title = str(words.get(view, words[None]))
    day = (today or datetime.now(UTC).date()).isoformat()
    furniture = PageFurniture(
        legend=str(words["legend"]), footer_left=f"{organisation} · {title}".strip(" ·"),
        draft=False, margins=(15 * mm, 15 * mm, 20 * mm, 18 * mm),
        page_words=(words_zh if language == "zh_CN" else words_en).PHRASES["page_of"],
    )
    buffer = io.BytesIO()
    doc = _landscape_doc(buffer, page_size, title, organisation, str(words["doc"]), furniture)
    story: list[object] = []
    if organisation:
        story.append(Paragraph(markup(organisation), styles.letterhead))
    story.append(Paragraph(markup(title), styles.h1))
    story.append(Paragraph(markup(str(words["as_of"]).format(day=day, count=len(rows))),
                           styles.meta))
    story.append(Spacer(1, 6))
    if not rows:
        story.append(Paragraph(markup(str(words["none"])), styles.body_left))
    else:
        story.append(_table(rows, words, styles, doc.width))
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def _landscape_doc(
    buffer: io.BytesIO, page_size: str, title: str, author: str, subject: str,
    furniture: PageFurniture,
) -> BaseDocTemplate:
    """The memo's deterministic doc template (memos.render.build_doc), turned landscape."""
    register_fonts()
    left, right, top, bottom = furniture.margins
    doc = BaseDocTemplate(
        buffer, pagesize=landscape(page_dimensions(page_size)), leftMargin=left,
        rightMargin=right, topMargin=top, bottomMargin=bottom, title=title,
        author=author or "Outbound", subject=subject, keywords="people register",
        creator="Outbound", producer="Outbound (ReportLab)", invariant=1, pageCompression=1,
        initialFontName=SANS,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=on_page_factory(furniture))]
    )
    return doc


def _table(rows: Sequence[RegisterEntry], words: dict[str | None, Any], styles: Styles,
           width: float) -> LongTable:
    cell, head = styles.cell, styles.cell_head

    def tristate(value: str | None) -> str:
        return str(words.get(value, value)) if value else "—"  # unanswered: no answer to show

    data = [[Paragraph(markup(h), head) for h in words["head"]]]
    for r in rows:
        data.append([
            Paragraph(markup(r.name), styles.cell_bold),
            Paragraph(markup(r.name_zh), cell),
            Paragraph(str(r.tier) if r.tier is not None else "—", cell),
            Paragraph(markup(tristate(r.key_position)), cell),
            Paragraph(r.confidentiality_until or "—", cell),
            Paragraph(r.noncompete_until or "—", cell),
            Paragraph(markup((r.last_confirmed or "")[:10] or str(words["never"])), cell),
            Paragraph(markup(", ".join(r.references)), cell),
        ])
    shares = (0.16, 0.11, 0.05, 0.08, 0.12, 0.11, 0.12, 0.25)
    table = LongTable(data, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(TableStyle([
        FONT_ALL,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, SHADE]),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
