"""Figure 5: memo rendering, ours (`memos.render.render_pdf` end-to-end from a MemoContent:
the section flowables, our doc template and page template, page furniture — legend header,
DRAFT watermark, footer with "Page X of Y" from the deferring canvas) against bare ReportLab
laying out the same flowables: the story built by the same `memos.sections` builders for the
same content (built fresh each run, as a build consumes them), handed to a plain
`SimpleDocTemplate` with the same page size and text area, and no page furniture. Composition
(`memos.compose`) is on neither side: the content is composed once, before any timing.

Cases: scenario 03 (chip architect seconded to Germany) and a long synthetic matter (scenario 03
answers, every checklist item decided with a 120-word note, long narrative: 20+ pages). A note
of ~250 words once made render_pdf raise LayoutError (appendix A rows could not split); it is
still checked, and any failure reported beside the figure.
"""

from __future__ import annotations

import io
import random
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from bench.generate import ACTOR, PASSPHRASE, SCENARIOS, WORDS, cheap_argon2
from bench.report import Result
from bench.timing import pairwise

MAX_RATIO = 1.3


def floor_pdf(content: Any, fingerprint: str, *, page_size: str = "A4") -> bytes:
    """The flowables render_pdf builds for `content` (same builders, same order, same width),
    laid out by a bare SimpleDocTemplate: no page template of ours, no header, footer,
    watermark or deferred "Page X of Y" canvas. SimpleDocTemplate's frame pads 6 pt on every
    side; the margins are 6 pt smaller so the text area is exactly ours."""
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from memos import sections
    from memos.fonts import register_fonts
    from memos.render import page_dimensions
    from memos.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, make_styles

    register_fonts()
    pagesize = page_dimensions(page_size)
    pad = 6
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, invariant=1, pageCompression=1,
        leftMargin=MARGIN_LEFT - pad, rightMargin=MARGIN_RIGHT - pad,
        topMargin=MARGIN_TOP - pad, bottomMargin=MARGIN_BOTTOM - pad,
    )
    width = pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT  # render_pdf's doc.width
    styles = make_styles()
    signed = False
    story: list[Any] = []
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
    doc.build(story)
    return buffer.getvalue()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def _long_text(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words // 18):
        sentence = " ".join(rng.choice(WORDS) for _ in range(18))
        out.append(sentence[:1].upper() + sentence[1:] + ".")
    return " ".join(out)


def build_matters(directory: Path) -> tuple[Any, dict[str, str]]:
    from sqlalchemy import select

    from casework.matters import create_matter, override_recommendation, set_item_status
    from casework.memo_workflow import draft_memo
    from models.entities import ChecklistItem
    from models.vault import Vault

    undo = cheap_argon2()
    try:
        vault, _ = Vault.create(directory / "memo.db", PASSPHRASE)
    finally:
        undo()
    refs = {}
    s03 = yaml.safe_load((SCENARIOS / "03-chip-architect-secondment-germany.yaml").read_text())
    rng = random.Random(5)
    with vault.session() as session:
        m = create_matter(session, kind=s03["kind"], title=s03["title"], answers=s03["answers"],
                          actor=ACTOR)
        draft_memo(session, m.reference, actor=ACTOR)
        refs["scenario 03"] = m.reference
        long = create_matter(session, kind=s03["kind"], title="Long synthetic review",
                             answers=s03["answers"], actor=ACTOR)
        items = session.execute(
            select(ChecklistItem).where(ChecklistItem.matter_id == long.id)).scalars().all()
        for item in items:
            set_item_status(session, item.id, status="escalated", note=_long_text(rng, 120),
                            actor=ACTOR)
        override_recommendation(session, long.id, recommendation="do_not_proceed",
                                reason=_long_text(rng, 300), actor=ACTOR)
        areas = sorted({i.area for i in items})
        draft_memo(session, long.reference, actor=ACTOR, narrative={
            "summary": _long_text(rng, 3000) + " 陈思远已确认交接安排。",
            "conditions": _long_text(rng, 1500),
            "area_notes": {a: _long_text(rng, 900) for a in areas},
            "to": "General Counsel",
        })
        refs[f"long synthetic ({len(items)} items, long notes)"] = long.reference
        # A note longer than a page: does the memo still render? (appendix A table rows)
        huge = create_matter(session, kind=s03["kind"], answers=s03["answers"], actor=ACTOR)
        first = session.execute(
            select(ChecklistItem).where(ChecklistItem.matter_id == huge.id)).scalars().first()
        set_item_status(session, first.id, status="escalated", note=_long_text(rng, 250),
                        actor=ACTOR)
        draft_memo(session, huge.reference, actor=ACTOR)
        refs["_huge_note"] = huge.reference
    return vault, refs


def huge_note_check(vault: Any, ref: str) -> str:
    from casework.matters import get_matter
    from casework.memo_store import get_version
    from casework.memo_workflow import render_version

    with vault.session() as session:
        version = get_version(session, get_matter(session, ref).id, None)
        try:
            render_version(session, version, page_size="A4")
        except Exception as exc:
            return (f"a checklist note of ~250 words makes the memo fail to render: "
                    f"{type(exc).__name__} ({str(exc)[:90]}…) — appendix A's item row cannot "
                    "split across pages")
    return ""


def run(*, runs: int = 5) -> list[Result]:
    from casework.matters import get_matter
    from casework.memo_store import get_version
    from memos.content import MemoContent
    from memos.render import render_pdf

    results = []
    with tempfile.TemporaryDirectory(prefix="ob-bench-memo-") as tmp:
        vault, refs = build_matters(Path(tmp))
        try:
            problem = huge_note_check(vault, refs.pop("_huge_note"))
            for case, ref in refs.items():
                with vault.session() as session:  # composed by draft_memo, outside the timing
                    version = get_version(session, get_matter(session, ref).id, None)
                    content = MemoContent.from_dict(version.content)
                    fingerprint = str(version.sha256)
                out: dict[str, bytes] = {}

                def ours(content: Any = content, fingerprint: str = fingerprint,
                         out: dict[str, bytes] = out) -> None:
                    out["ours"] = render_pdf(content, page_size="A4", signed=False,
                                             fingerprint=fingerprint)

                def floor(content: Any = content, fingerprint: str = fingerprint,
                          out: dict[str, bytes] = out) -> None:
                    out["floor"] = floor_pdf(content, fingerprint)

                pair = pairwise(ours, floor, runs=runs, warmup=1)
                pages, floor_pages = _pages(out["ours"]), _pages(out["floor"])
                ok = pair.ratio <= MAX_RATIO
                results.append(Result(
                    figure="5 memo render",
                    case=f"{case}: {pages} pages",
                    ours_s=pair.ours_s, floor_s=pair.floor_s, ratio=pair.ratio, n=None,
                    goal="≤1.3×", met=ok,
                    note=f"floor: the same section flowables in a bare SimpleDocTemplate, "
                    f"{floor_pages} pages, no page furniture"
                    + ("" if ok else f"; CPU-time ratio {pair.cpu_ratio:.2f}×")
                    + (f"; BUG: {problem}" if problem and case.startswith("long") else ""),
                    extra={"pages": pages, "floor_pages": floor_pages,
                           "cpu_ratio": pair.cpu_ratio, "bytes": len(out["ours"])},
                ))
        finally:
            vault.lock()
    return results
