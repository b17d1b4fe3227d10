"""The recovery kit: one page, the key in its text, deterministic bytes."""

from __future__ import annotations

import io

from pypdf import PdfReader

from memos.recovery_kit import group_key, render_recovery_kit

KEY = "K7QM2XRP9TWD4HFNB3LC8VJSQ6ZEP1GA"


def kit(page_size: str = "A4") -> bytes:
    return render_recovery_kit(
        vault_path_display="/Users/mlin/Documents/Outbound/案件.obvault",
        vault_id="6f1c2a9e-4b1d-4d5e-9a1f-0c2b3d4e5f60",
        recovery_key=KEY,
        created_at="2026-12-01 09:30 UTC",
        page_size=page_size,  # type: ignore[arg-type]
    )


def test_kit_is_one_page_with_the_key_and_vault() -> None:
    for size in ("A4", "Letter"):
        reader = PdfReader(io.BytesIO(kit(size)))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert "".join(text.split()).count(KEY) == 1
        assert "案件.obvault" in text
        assert "6f1c2a9e-4b1d-4d5e-9a1f-0c2b3d4e5f60" in text


def test_kit_is_deterministic_and_groups_the_key() -> None:
    assert kit() == kit()
    assert group_key("abcd-efgh-ij") == "abcd efgh ij"
