"""Embedded fonts for memos and the markup that sets CJK runs in the CJK font.

ReportLab has no per-character fallback, so runs of CJK characters are wrapped in a
`<font name=...>` tag after the text has been XML-escaped.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONT_DIR = Path(resources.__file__).resolve().parent / "fonts"

SERIF = "OutboundSerif"
SERIF_BOLD = "OutboundSerif-Bold"
SERIF_ITALIC = "OutboundSerif-Italic"
SERIF_BOLD_ITALIC = "OutboundSerif-BoldItalic"
SANS = "OutboundSans"
SANS_BOLD = "OutboundSans-Bold"
MONO = "OutboundMono"  # recovery key and fingerprints; embedded like every other font
MONO_BOLD = "OutboundMono-Bold"
CJK = "OutboundCJK"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_CJK_RUN = re.compile(
    "([\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u31ef\u3200-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]+)"
)

_registered = False


def register_fonts() -> None:
    """Register the memo fonts with ReportLab once per process."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    for family, normal, bold, italic, bold_italic in (
        (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
        (SANS, SANS, SANS_BOLD, SANS, SANS_BOLD),
        (MONO, MONO, MONO_BOLD, MONO, MONO_BOLD),
        (CJK, CJK, CJK, CJK, CJK),
    ):
        addMapping(family, 0, 0, normal)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    for name in (SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC, SANS_BOLD):
        base = SERIF if name.startswith(SERIF) else SANS
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, SERIF_BOLD if base == SERIF else SANS_BOLD)
        addMapping(name, 0, 1, SERIF_ITALIC if base == SERIF else SANS)
        addMapping(name, 1, 1, SERIF_BOLD_ITALIC if base == SERIF else SANS_BOLD)
    _registered = True


def has_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text))


def markup(text: str) -> str:
    """Escape text for a Paragraph and set CJK runs in the CJK font."""
    return _CJK_RUN.sub(rf'<font name="{CJK}">\1</font>', escape(text))


def cjk_runs(markup_text: str) -> str:
    """Set the CJK runs of already-escaped markup in the CJK font (a run already inside a CJK
    font tag is merely wrapped again, which prints the same)."""
    return _CJK_RUN.sub(rf'<font name="{CJK}">\1</font>', markup_text)


def draw_font_runs(text: str, base_font: str) -> list[tuple[str, str]]:
    """Split text into (font, run) pairs for drawing on a canvas directly."""
    runs: list[tuple[str, str]] = []
    for i, part in enumerate(_CJK_RUN.split(text)):
        if part:
            runs.append((CJK if i % 2 else base_font, part))
    return runs
