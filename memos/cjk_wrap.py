"""Line breaking for Chinese memo text (issue 16): Chinese punctuation rules (禁则).

ReportLab's CJK wrap (`wordWrap="CJK"`) breaks between any two characters and only hangs one
closing mark in the margin; its list of marks that cannot start a line lacks the full-width
comma, semicolon, colon, question and exclamation marks and the closing quotation marks, and it
never keeps an opening mark off the end of a line. This splitter breaks the same way but moves
the break back so that no line starts with a closing mark and no line ends with an opening one,
and so that a Latin word, a reference or a date is never broken in the middle (it goes whole to
the next line). English paragraphs (no `wordWrap`) never come here: their bytes are unchanged.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import (
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)
from reportlab.rl_config import _FUZZ

from memos.fonts import cjk_runs
from memos.sections import Paragraph as _Paragraph

# Marks a line may not start with (closing brackets and quotes, sentence and clause marks).
CANNOT_START = frozenset(
    "，。、；：？！）」』》〉】〕］｝”’…—·,.;:?!)]}%％°"
)
# Marks a line may not end with (opening brackets and quotes).
CANNOT_END = frozenset("（「『《〈【〔［｛“‘([{")


NO_BREAK_SPACE = "\u00a0"


def _is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _breakable_space(ch: str) -> bool:
    return ch.isspace() and ch != NO_BREAK_SPACE


def _in_word(left: str, right: str) -> bool:
    """Breaking between these two would cut a Latin word, number or reference (a no-break
    space joins what it stands between)."""
    if NO_BREAK_SPACE in (left, right):
        return True
    return bool(left and right) and not (
        _breakable_space(left) or _breakable_space(right) or _is_cjk(left) or _is_cjk(right)
    ) and left not in "/" and right not in "/"


def break_point(chars: str, start: int, overflow: int) -> int:
    """Where the line from `start` should end, the character at `overflow` not fitting: the
    latest position at or before `overflow` that breaks no word and no punctuation rule, or
    `overflow` itself when none exists (a line never holds nothing)."""
    for b in range(overflow, start, -1):
        left, right = chars[b - 1], chars[b]
        if right in CANNOT_START or left in CANNOT_END:
            continue
        if _in_word(left, right):
            continue
        return b
    return overflow if overflow > start else start + 1


def kinsoku_split(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    units: list[Any] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        if text:
            units.extend(cjkU(t, f, "utf8") for t in text)
        else:
            units.append(cjkU(text, f, "utf8"))
    chars = "".join(str(u)[:1] or "\0" for u in units)
    lines: list[Any] = []
    start = 0
    n = len(units)
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        i = start
        forced = False
        while i < n:
            unit = units[i]
            if hasattr(unit.frag, "lineBreak"):
                forced = True
                i += 1
                break
            width = unit.width
            if used + width > max_width + _FUZZ and i > start:
                break
            used += width
            i += 1
        if i < n and not forced:
            end = break_point(chars, start, i)
            # a space that the break falls after is not printed at the end of the line
        else:
            end = i
        line_units = units[start:end]
        while line_units and not forced and _breakable_space(str(line_units[-1])):
            line_units = line_units[:-1]
        width_used = sum(u.width for u in line_units)
        lines.append(
            makeCJKParaLine(line_units, max_width, width_used, max_width - width_used,
                            forced, calc_bounds)
        )
        start = end
        while start < n and not forced and _breakable_space(str(units[start])):
            start += 1  # no line starts with the space it broke at
    return ParaLines(kind=1, lines=lines)


class Paragraph(_Paragraph):
    """The memo's Paragraph with Chinese line breaking when its style asks for CJK wrapping;
    its Chinese (the phrasebook's words included) is set in the CJK font."""

    def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(text, str) and getattr(style, "wordWrap", None) == "CJK":
            text = cjk_runs(text)
        super().__init__(text, style, *args, **kwargs)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return kinsoku_split(self.frags, list(maxWidths), auto not in ("", "off"))
