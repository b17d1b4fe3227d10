"""Figure 5: memo rendering, ours (`memos.workflow.render_version` → `memos.render.render_pdf`:
sections, tables, page furniture, "Page X of Y" canvas) against bare ReportLab: a
SimpleDocTemplate of Paragraphs holding the same text, set in the same embedded fonts (CJK runs
in the CJK font), same page size.

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


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def floor_pdf(content: dict[str, Any]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from memos.fonts import SERIF, markup, register_fonts

    register_fonts()
    style = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=13.5)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, pageCompression=1)
    doc.build([Paragraph(markup(s), style) for s in _strings(content)])
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

    from memos.workflow import draft_memo
    from models.entities import ChecklistItem
    from models.services.matters import create_matter, override_recommendation, set_item_status
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
    from memos.workflow import render_version
    from models.services.matters import get_matter
    from models.services.memo_store import get_version

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
    from memos.workflow import render_version
    from models.services.matters import get_matter
    from models.services.memo_store import get_version

    results = []
    with tempfile.TemporaryDirectory(prefix="ob-bench-memo-") as tmp:
        vault, refs = build_matters(Path(tmp))
        try:
            problem = huge_note_check(vault, refs.pop("_huge_note"))
            for case, ref in refs.items():
                with vault.session() as session:
                    version = get_version(session, get_matter(session, ref).id, None)
                    content = dict(version.content)
                out: dict[str, bytes] = {}

                def ours(version: Any = version, out: dict[str, bytes] = out) -> None:
                    with vault.session() as session:
                        out["ours"] = render_version(session, version, page_size="A4")

                def floor(content: dict[str, Any] = content,
                          out: dict[str, bytes] = out) -> None:
                    out["floor"] = floor_pdf(content)

                pair = pairwise(ours, floor, runs=runs, warmup=1)
                pages, floor_pages = _pages(out["ours"]), _pages(out["floor"])
                ok = pair.ratio <= MAX_RATIO
                results.append(Result(
                    figure="5 memo render",
                    case=f"{case}: {pages} pages",
                    ours_s=pair.ours_s, floor_s=pair.floor_s, ratio=pair.ratio, n=None,
                    goal="≤1.3×", met=ok,
                    note=f"floor: same text as {floor_pages} pages of plain Paragraphs"
                    + ("" if ok else f"; CPU-time ratio {pair.cpu_ratio:.2f}×")
                    + (f"; BUG: {problem}" if problem and case.startswith("long") else ""),
                    extra={"pages": pages, "floor_pages": floor_pages,
                           "cpu_ratio": pair.cpu_ratio, "bytes": len(out["ours"])},
                ))
        finally:
            vault.lock()
    return results
