"""How the window shows a recommendation: colour sits on the verdict (never on the tier, which is
information), always with its words and a shape, so colour is never the only cue. A provisional
assessment (required facts unanswered) shows as incomplete instead of a verdict."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ui.labels import recommendation_label
from desktop.ui.qt import QColor, QCoreApplication, QFont, QPainter, QPixmap, Qt


@dataclass(frozen=True)
class Verdict:
    code: str  # a recommendation code, or "incomplete"
    text: str
    symbol: str  # the shape drawn on the badge and written before the words
    colour: str


# Symbols: a tick, a tick with a condition, a pause, a cross, and an ellipsis while incomplete.
_STYLE = {
    "proceed": ("✓", "#2e7d32"),
    "proceed_with_conditions": ("!", "#7a5d00"),
    "hold_pending_approval": ("‖", "#c25e00"),
    "do_not_proceed": ("✕", "#b3261e"),
    "incomplete": ("…", "#546e7a"),
}


def incomplete_text(missing: int) -> str:
    # Both English forms spelled out (no English .qm ships); translations use Qt's %n forms.
    if missing == 1:
        return QCoreApplication.translate(
            "verdict", "Incomplete — %n required fact unanswered", "", missing
        )
    return QCoreApplication.translate(
        "verdict", "Incomplete — %n required facts unanswered", "", missing
    )


def verdict(recommendation: str | None, *, missing: int | None, overridden: bool) -> Verdict:
    """An overridden recommendation is counsel's verdict and shows even while facts are missing."""
    if missing and not overridden:
        symbol, colour = _STYLE["incomplete"]
        return Verdict("incomplete", incomplete_text(missing), symbol, colour)
    code = recommendation or ""
    symbol, colour = _STYLE.get(code, ("", "#546e7a"))
    text = recommendation_label(recommendation)
    if overridden:
        text = QCoreApplication.translate("verdict", "{0} (overridden)").format(text)
    return Verdict(code, text, symbol, colour)


def badge_style(v: Verdict) -> str:
    return (
        f"QLabel {{ color: white; background: {v.colour}; border-radius: 9px;"
        " padding: 2px 10px; font-weight: 600; }"
    )


_BADGES: dict[str, QPixmap] = {}


def badge(v: Verdict, size: int = 14) -> QPixmap:
    """A small round badge in the verdict's colour carrying its symbol."""
    key = f"{v.code}:{size}"
    pixmap = _BADGES.get(key)
    if pixmap is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(v.colour))
        painter.drawEllipse(0, 0, size, size)
        font = QFont()
        font.setPixelSize(size - 4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, v.symbol)
        painter.end()
        _BADGES[key] = pixmap
    return pixmap
