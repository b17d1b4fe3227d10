"""Long text never stops a memo from rendering: every table row may split across pages, every
KeepTogether larger than a page degrades to ordinary flow, and no text is lost on the way."""

from __future__ import annotations

import dataclasses
import io
import random
import re

import pytest
from pypdf import PdfReader
from test_memo_support import compose_scenario, scenario_paths

from memos.canonical import fingerprint
from memos.content import (
    AnalysisArea,
    AnalysisItem,
    ChecklistRow,
    Conditions,
    FactRow,
    MemoContent,
    Override,
    RequiredAction,
    Signature,
    Tier,
)
from memos.render import render_pdf

WORDS = (
    "counsel export licence secondment employee architecture design review control "
    "technology jurisdiction confidential obligation transfer research laboratory access "
    "evidence condition approval"
).split()


def long_text(words: int, marker: str, seed: int = 1) -> str:
    rng = random.Random(seed)
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"{body[:1].upper()}{body[1:]} {marker}"


def long_chars(chars: int, marker: str, seed: int = 2) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < chars:
        out.append(rng.choice(WORDS))
    return " ".join(out) + f" {marker}"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def render(content: MemoContent, *, signed: bool = False, page_size: str = "A4") -> bytes:
    return render_pdf(
        content,
        page_size=page_size,  # type: ignore[arg-type]
        signed=signed,
        fingerprint=fingerprint(content.to_dict()),
    )


def base() -> MemoContent:
    return compose_scenario(scenario_paths()[2])


def with_note(content: MemoContent, note: str) -> MemoContent:
    rows = list(content.appendix_checklist)
    rows[0] = dataclasses.replace(rows[0], note=note)
    area = content.analysis[0]
    items = [dataclasses.replace(area.items[0], note=note), *area.items[1:]]
    analysis = [dataclasses.replace(area, items=items), *content.analysis[1:]]
    return dataclasses.replace(content, appendix_checklist=rows, analysis=analysis)


@pytest.mark.parametrize("words", [250, 3000])
def test_long_checklist_note_renders_whole(words: int) -> None:
    marker = f"ENDOFNOTE{words}"
    content = with_note(base(), long_text(words, marker))
    for signed, size in ((False, "A4"), (True, "Letter")):
        c = (
            content.with_signatures(
                [Signature("Margaret Lin", "Partner", "prepared", "2026-12-02T10:15:00Z")]
            )
            if signed
            else content
        )
        text = text_of(render(c, signed=signed, page_size=size))
        # once in the analysis, once in appendix A
        assert text.count(marker) == 2


def test_long_summary_and_fact_answers_render_whole() -> None:
    content = base()
    summary = long_chars(5000, "ENDOFSUMMARY")
    rows = [
        *content.fact_rows,
        FactRow(
            "Other facts",
            "Free text " + long_chars(900, "ENDOFLABEL", 3),
            long_chars(2000, "ENDOFANSWER", 4),
        ),
        FactRow("Other facts", "Very long answer", long_chars(12000, "ENDOFHUGEANSWER", 5)),
    ]
    content = dataclasses.replace(
        content,
        summary=summary,
        fact_rows=rows,
        fact_paragraphs=[long_chars(20000, "ENDOFLONGTEXT", 6)],
        override=Override(
            "do_not_proceed",
            long_chars(8000, "ENDOFREASON", 7),
            "Margaret Lin",
            "2026-12-01T10:00:00Z",
        ),
        regarding=long_chars(4000, "ENDOFREGARDING", 8),
    )
    text = text_of(render(content))
    for marker in (
        "ENDOFSUMMARY",
        "ENDOFLABEL",
        "ENDOFANSWER",
        "ENDOFHUGEANSWER",
        "ENDOFLONGTEXT",
        "ENDOFREASON",
        "ENDOFREGARDING",
    ):
        assert marker in text, marker


def test_long_organisation_name_renders_whole() -> None:
    content = dataclasses.replace(base(), organisation=long_chars(1000, "ENDOFORG", 9))
    signed = content.with_signatures(
        [
            Signature(
                long_chars(1000, "ENDOFSIGNER", 10),
                long_chars(3000, "ENDOFSTITLE", 11),
                "approved",
                "2026-12-03T08:00:00Z",
            )
        ]
    )
    text = text_of(render(signed, signed=True))
    for marker in ("ENDOFORG", "ENDOFSIGNER", "ENDOFSTITLE"):
        assert marker in text, marker


def test_long_analysis_conditions_and_tier_render_whole() -> None:
    content = base()
    wording = long_text(2500, "ENDOFWORDING", 12)
    item = AnalysisItem(
        rule="R-LONG-1",
        title=long_chars(1500, "ENDOFTITLE", 13),
        severity="critical",
        blocking=True,
        status="open",
        wording=wording,
        basis=["REPORT-2026-AI-TRAVEL"],
        note=long_text(3000, "ENDOFITEMNOTE", 14),
        to_confirm=[long_chars(3000, "ENDOFCONFIRM", 15)],
        reported_only=long_text(2000, "ENDOFREPORTED", 16),
    )
    content = dataclasses.replace(
        content,
        analysis=[AnalysisArea("trade secrets", [item], long_text(3000, "ENDOFAREANOTE", 17))],
        conditions=Conditions(
            narrative=long_text(1000, "ENDOFCONDNARRATIVE", 18),
            actions=[RequiredAction("R-LONG-1", long_text(2000, "ENDOFACTION", 19), "open")],
        ),
        tier=Tier(1, [long_text(300, f"ENDOFREASON{i}", 20 + i) for i in range(12)]),
    )
    text = text_of(render(content))
    for marker in (
        "ENDOFWORDING",
        "ENDOFTITLE",
        "ENDOFITEMNOTE",
        "ENDOFCONFIRM",
        "ENDOFREPORTED",
        "ENDOFAREANOTE",
        "ENDOFCONDNARRATIVE",
        "ENDOFACTION",
        "ENDOFREASON11",
    ):
        assert marker in text, marker


def test_two_hundred_checklist_items_render() -> None:
    content = base()
    template = content.appendix_checklist[0]
    rows = [
        dataclasses.replace(
            template,
            rule=f"R-{i:03d}",
            title=f"Item {i}",
            note=long_text(60, f"NOTE{i:03d}END", i),
            evidence=[f"evidence-{i}.pdf"],
        )
        for i in range(200)
    ]
    items = [
        AnalysisItem(
            rule=r.rule,
            title=r.title,
            severity=r.severity,
            blocking=r.blocking,
            status=r.status,
            wording=long_text(40, "", i),
            basis=r.basis,
            note=r.note,
        )
        for i, r in enumerate(rows)
    ]
    content = dataclasses.replace(
        content,
        appendix_checklist=rows,
        analysis=[AnalysisArea(content.analysis[0].area, items)],
    )
    pdf = render(content)
    text = text_of(pdf)
    for i in (0, 99, 199):
        assert text.count(f"NOTE{i:03d}END") == 2
    assert render(content) == pdf  # still deterministic


def test_long_checklist_row_fields_render_whole() -> None:
    row = ChecklistRow(
        rule="R-" + "X" * 60,
        rule_version=1,
        area="trade secrets",
        title=long_chars(2000, "ENDOFROWTITLE", 30),
        severity="high",
        blocking=True,
        status="open",
        basis=[f"BASIS-{i}" for i in range(80)] + ["ENDOFBASIS"],
        note=long_text(3000, "ENDOFROWNOTE", 31),
        evidence=[long_chars(3000, "ENDOFEVIDENCE", 32)],
    )
    content = dataclasses.replace(base(), appendix_checklist=[row])
    text = text_of(render(content))
    for marker in ("ENDOFROWTITLE", "ENDOFBASIS", "ENDOFROWNOTE", "ENDOFEVIDENCE"):
        assert marker in text, marker
