"""Where later signers sign on the printed memo, and what their signature shows there.

The first signature's rendering records the box of each empty row of the sign-off table
(`SignatureAnchor`); those boxes become empty PDF signature fields in the same revision as the
first signature. A later signer fills their row's field in an incremental update, with an
appearance drawn by `stamp_pdf` (ReportLab, embedded fonts), so the printed PDF shows every
signer while the earlier signatures stay valid.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from memos.fonts import SANS, SANS_BOLD, register_fonts
from memos.layout import draw_runs

ANCHOR_HEIGHT = 30.0
FIELD_PREFIX = "Outbound-"


def field_name(capacity: str) -> str:
    return FIELD_PREFIX + capacity


class SignatureAnchor(Flowable):  # type: ignore[misc]
    """An empty space in a sign-off row that records where it was drawn (page index, box)."""

    def __init__(self, capacity: str, registry: dict[str, tuple[int, tuple[float, ...]]]) -> None:
        super().__init__()
        self.capacity, self.registry = capacity, registry

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, ANCHOR_HEIGHT

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.registry.setdefault(
            self.capacity, (page, (x, y, x + self.width, y + ANCHOR_HEIGHT))
        )


def stamp_pdf(width: float, height: float, *, name: str, capacity_words: str,
              signed_at: str) -> bytes:
    """A one-page PDF the size of the field, saying who signed, as what, and when."""
    register_fonts()
    buffer = io.BytesIO()
    canv: Any = Canvas(buffer, pagesize=(width, height), invariant=1)
    canv.setFillColorRGB(0.1, 0.1, 0.1)
    draw_runs(canv, 1, height - 9, name, SANS_BOLD, 8)
    draw_runs(canv, 1, height - 19, f"Digitally signed — {capacity_words}", SANS, 6.5)
    draw_runs(canv, 1, height - 28, signed_at, SANS, 6.5)
    canv.showPage()
    canv.save()
    return buffer.getvalue()
