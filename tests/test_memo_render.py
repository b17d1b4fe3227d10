"""Rendered memos: sections, CJK names, determinism, watermark, fingerprint and QR code."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from test_memo_support import compose_scenario, load_scenario, scenario_paths

from memos import labels
from memos.canonical import fingerprint, qr_payload
from memos.content import LegalReference, MemoContent, Signature
from memos.errors import RenderError
from memos.render import render_pdf
from memos.sections import SECTION_TITLES
from memos.verify import extract_fingerprint

SIGNATURES = [
    Signature("Margaret Lin", "Partner", "prepared", "2026-12-02T10:15:00Z"),
    Signature("王建国", "General Counsel", "approved", "2026-12-03T08:00:00Z"),
]


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def render(content: MemoContent, *, signed: bool, page_size: str = "A4") -> bytes:
    return render_pdf(
        content,
        page_size=page_size,
        signed=signed,
        fingerprint=fingerprint(content.to_dict()),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("path", scenario_paths(), ids=lambda p: p.name[:2])
def test_memo_text_for_each_scenario(path: Path) -> None:
    scenario = load_scenario(path)
    content = compose_scenario(path)
    text = text_of(render(content, signed=False))
    for title in SECTION_TITLES:
        assert title in text
    assert labels.tier(scenario["expect_v1"]["tier"]) in text
    assert labels.recommendation(scenario["expect_v1"]["recommendation"]) in text
    assert scenario["answers"]["person.name"] in text
    for ref in content.legal_references:
        assert ref.instrument_en in text, ref.id
    if "REPORT-2026-AI-TRAVEL" in scenario["expect_v1"]["cited"]:
        assert "reported and unverified" in text
        assert "no public implementing text" in text
    assert "DRAFT" in text


def test_same_content_gives_identical_bytes_on_both_page_sizes() -> None:
    content = compose_scenario(scenario_paths()[2]).with_signatures(SIGNATURES)
    for size in ("A4", "Letter"):
        for signed in (False, True):
            assert render(content, signed=signed, page_size=size) == render(
                content, signed=signed, page_size=size
            )


def test_signed_memo_prints_fingerprint_and_qr_without_watermark(tmp_path: Path) -> None:
    content = compose_scenario(scenario_paths()[1]).with_signatures(SIGNATURES)
    fp = fingerprint(content.to_dict())
    pdf = render(content, signed=True)
    text = text_of(pdf)
    assert "DRAFT" not in text
    assert fp in text
    assert "王建国" in text
    assert extract_fingerprint(pdf) == fp
    source = tmp_path / "memo.pdf"
    source.write_bytes(pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "page")], check=True
    )
    decoded = set()
    for png in sorted(tmp_path.glob("page-*.png")):
        image = np.asarray(Image.open(png).convert("L"))
        decoded |= {b.text for b in zxingcpp.read_barcodes(image)}
    assert len(list(tmp_path.glob("page-*.png"))) == pages
    assert qr_payload(fp) in decoded


def test_render_refuses_wrong_fingerprint_and_unsigned_signed_copy() -> None:
    content = compose_scenario(scenario_paths()[0])
    with pytest.raises(RenderError):
        render_pdf(content, page_size="A4", signed=False, fingerprint="0" * 64)
    with pytest.raises(RenderError):
        render(content, signed=True)
    with pytest.raises(RenderError):
        render(content, signed=False, page_size="A5")


def test_unverified_law_and_press_reports_are_marked_differently() -> None:
    from memos.sections import _citation

    law = LegalReference("PRC-EXIT-REG", "Exit registration rules", "", None, "to confirm",
                         "summary", "not located", False)
    report = LegalReference("REPORT-2026-AI-TRAVEL", "Press report", "", None, "reported",
                            "summary", "Reuters", False)
    checked = LegalReference("PRC-CEL-33", "Counter-espionage Law", "", "Art. 33", "2023-07-01",
                             "summary", "NPC", True)
    assert _citation(law, law.id).endswith("(not verified against an official text)")
    assert _citation(report, report.id).endswith("(reported, unverified)")
    assert _citation(checked, checked.id) == "Counter-espionage Law, Art. 33"
