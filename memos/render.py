"""Render a memo version to PDF bytes with ReportLab platypus, deterministically."""

from __future__ import annotations

import dataclasses
import io
from typing import Any, Literal

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from memos import sections
from memos.canonical import fingerprint as compute_fingerprint
from memos.canonical import qr_payload
from memos.content import LANGUAGE_EN, SCHEMA_V2, MemoContent
from memos.errors import RenderError
from memos.fonts import SANS, register_fonts
from memos.layout import PageFurniture, numbered_canvas, on_page_factory
from memos.styles import (
    PAGE_SIZES,
    make_styles,
)
from memos.words import bilingual_words, words_for

PageSize = Literal["A4", "Letter"]
V2_MARGINS = (20 * mm, 20 * mm, 22 * mm, 20 * mm)  # left, right, top, bottom


def page_dimensions(page_size: str) -> tuple[float, float]:
    if page_size not in PAGE_SIZES:
        raise RenderError(f"Unknown page size “{page_size}”: choose A4 or Letter.")
    width, height = PAGE_SIZES[page_size]
    return float(width), float(height)


def build_doc(
    buffer: io.BytesIO,
    page_size: str,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    furniture: PageFurniture,
) -> BaseDocTemplate:
    """A deterministic doc template: invariant mode fixes the dates, the ID follows the content."""
    pagesize = page_dimensions(page_size)
    register_fonts()
    left, right, top, bottom = furniture.margins
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        keywords=keywords,
        creator="Outbound",
        producer="Outbound (ReportLab)",
        invariant=1,
        pageCompression=1,
        allowSplitting=1,
        initialFontName=SANS,  # else ReportLab declares Helvetica, a font it never embeds
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=on_page_factory(furniture))]
    )
    return doc


def render_pdf(
    content: MemoContent,
    *,
    page_size: PageSize,
    signed: bool,
    fingerprint: str,
    vault_history: str | None = None,
    anchors: dict[str, Any] | None = None,
) -> bytes:
    """The memo as PDF bytes; the same content, page size and state always give the same bytes.

    `fingerprint` must be `memos.canonical.fingerprint(content.to_dict())`; a signed rendering
    needs at least one sign-off entry and prints the fingerprint in full with its QR code.
    """
    if fingerprint != compute_fingerprint(content.to_dict()):
        raise RenderError("The fingerprint given does not match the memo content.")
    if signed and not content.signatures:
        raise RenderError("A signed memo needs at least one sign-off entry.")
    styles = make_styles()
    w = words_for("zh" if content.language != LANGUAGE_EN else "en")
    furniture = PageFurniture(
        # Version 2 prints the vault's marking once, in the heading, not on every page.
        legend="" if content.schema >= SCHEMA_V2 else content.legend,
        footer_left=w(
            "footer", reference=content.reference, version=content.version,
            fingerprint=fingerprint[:16],
        ),
        draft=not signed,
        draft_word=w("draft_mark"),
        page_words=w("page_of"),
        **({"margins": V2_MARGINS} if content.schema >= SCHEMA_V2 else {}),
    )
    buffer = io.BytesIO()
    doc = build_doc(
        buffer,
        page_size,
        title=f"{content.reference} v{content.version} — {content.title}",
        author=content.organisation,
        subject=f"Review memo {content.reference}, version {content.version}"
        + ("" if signed else " (draft)"),
        # The vault's audit history at signing (models/history.py): an outside witness.
        keywords=qr_payload(fingerprint)
        + (f" outbound-vault-history:{vault_history}" if vault_history else ""),
        furniture=furniture,
    )
    width = doc.width
    story: list[Flowable] = []
    if content.schema >= SCHEMA_V2:
        story = _story_v2(content, styles, width, signed, fingerprint, anchors, vault_history)
        doc.build(story, canvasmaker=numbered_canvas(furniture))
        return buffer.getvalue()
    story += sections.heading_block(content, styles, width, signed)
    story += sections.summary_section(content, styles, width)
    story += sections.facts_section(content, styles, width)
    story += sections.tier_section(content, styles)
    story += sections.analysis_section(content, styles, width)
    story += sections.conditions_section(content, styles, width)
    story += sections.open_items_section(content, styles)
    story += sections.signoff_section(content, styles, width, signed, fingerprint)
    story.append(PageBreak())
    story += sections.appendix_a(content, styles, width)
    story += sections.appendix_b(content, styles)
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def _story_v2(
    content: MemoContent,
    styles: Any,
    width: float,
    signed: bool,
    fingerprint: str,
    anchors: dict[str, Any] | None = None,
    vault_history: str | None = None,
) -> list[Flowable]:
    from memos import sections_v2 as v2

    if content.language == "bilingual" and content.english is not None:
        return _story_bilingual(content, content.english, styles, width, signed, fingerprint,
                                anchors, vault_history)
    chinese = content.language == "zh"
    w = words_for("zh" if chinese else "en")
    st = v2.make_v2_styles(styles, chinese=chinese)
    story: list[Flowable] = []
    story += v2.heading(content, st, width, signed, w)
    story += v2.short_answer(content, st, width, w)
    story += v2.facts(content, st, w)
    story += v2.assumptions(content, st, w)
    story += v2.analysis(content, st, width, w)
    story += v2.action_plan(content, st, width, w)
    story += v2.signoff(content, st, width, signed, fingerprint, anchors, vault_history, w)
    story += v2.scope(content, st, w)
    # The appendices start on a new page unless this one has room: no page left mostly blank.
    story.append(CondPageBreak(120))
    story += v2.appendix_qa(content, st, width, w)
    story += v2.appendix_bases(content, st, w)
    story += v2.appendix_checklist(content, st, width, w)
    return story


def _story_bilingual(
    zh: MemoContent,
    en: MemoContent,
    styles: Any,
    width: float,
    signed: bool,
    fingerprint: str,
    anchors: dict[str, Any] | None,
    vault_history: str | None,
) -> list[Flowable]:
    """Each section in Chinese followed by the same section in English, its heading in both
    languages; one heading block and one sign-off table (with the signature fields)."""
    from memos import sections_v2 as v2

    zw, ew = bilingual_words(), words_for("en").without_titles()
    zst, est = v2.make_v2_styles(styles, chinese=True), v2.make_v2_styles(styles)
    en = en.with_signatures(zh.signatures)
    if en.legend.strip() and en.legend != zh.legend:  # the marking in both languages, once
        zh = dataclasses.replace(zh, legend=f"{zh.legend} / {en.legend}")
    gap = Spacer(1, 5)
    story: list[Flowable] = []
    story += v2.heading(zh, zst, width, signed, zw)
    story += [*v2.short_answer(zh, zst, width, zw), gap, *v2.short_answer(en, est, width, ew)]
    story += [*v2.facts(zh, zst, zw), gap, *v2.facts(en, est, ew)]
    story += [*v2.assumptions(zh, zst, zw), gap, *v2.assumptions(en, est, ew)]
    story += [*v2.analysis(zh, zst, width, zw), gap, *v2.analysis(en, est, width, ew)]
    story += [*v2.action_plan(zh, zst, width, zw), gap, *v2.action_plan(en, est, width, ew)]
    story += v2.signoff(zh, zst, width, signed, fingerprint, w=zw, table_too=False)
    story += v2.signoff(en, est, width, signed, fingerprint, w=ew, table_too=False)
    story += v2.signoff(zh, zst, width, signed, fingerprint, anchors, vault_history,
                        zw.without_titles(), words_too=False)
    story += [*v2.scope(zh, zst, zw), gap, *v2.scope(en, est, ew)]
    story.append(CondPageBreak(120))
    if v2.bilingual_appendices_fit(zh, en):  # each entry once, in Chinese then English
        story += v2.appendix_qa_both(zh, en, zst, est, width, zw)
        story += v2.appendix_bases_both(zh, en, zst, est, zw)
        story += v2.appendix_checklist_both(zh, en, zst, width, zw)
        return story
    story += [*v2.appendix_qa(zh, zst, width, zw), gap, *v2.appendix_qa(en, est, width, ew)]
    story += [*v2.appendix_bases(zh, zst, zw), gap, *v2.appendix_bases(en, est, ew)]
    story += [*v2.appendix_checklist(zh, zst, width, zw), gap,
              *v2.appendix_checklist(en, est, width, ew)]
    return story
