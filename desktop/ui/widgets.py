"""Reusable small widgets: the passphrase strength meter, the new-passphrase pair, and an item
delegate that gives table cells room to breathe."""

from __future__ import annotations

from desktop.ui.qt import (
    QColor,
    QCoreApplication,
    QFont,
    QFontDatabase,
    QFormLayout,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPalette,
    QPersistentModelIndex,
    QProgressBar,
    QSize,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.strength import Strength, estimate

# Colour AND text, so the meter reads without colour vision and in either palette.
LEVEL_COLOURS = {"weak": "#c62828", "fair": "#ef6c00", "good": "#2e7d32", "strong": "#1b5e20"}
ERROR_TEXT = "#c62828"  # inline error messages


def is_dark_palette(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (a dark system theme or palette)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def readable(colour: str | QColor, palette: QPalette | None = None) -> str:
    """A status colour (chosen on white) made legible on the current background: unchanged in a
    light palette, lightened in a dark one, where deep reds and greens on grey are unreadable."""
    color = QColor(colour)
    if not is_dark_palette(palette):
        return color.name()
    hue, saturation = color.hslHueF(), color.hslSaturationF()
    lightness, alpha = color.lightnessF(), color.alphaF()
    if hue < 0:  # a grey
        hue, saturation = 0.0, 0.0
    return QColor.fromHslF(hue, min(saturation, 0.8), max(lightness, 0.7), alpha).name()


def monospace_font(point_size: int | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


def level_text(level: str) -> str:
    return {
        "weak": QCoreApplication.translate("StrengthMeter", "Weak"),
        "fair": QCoreApplication.translate("StrengthMeter", "Fair"),
        "good": QCoreApplication.translate("StrengthMeter", "Good"),
        "strong": QCoreApplication.translate("StrengthMeter", "Strong"),
    }[level]


class StrengthMeter(QWidget):
    """A four-step bar plus a word (Weak / Fair / Good / Strong) and a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setToolTip(
            self.tr(
                "An estimate from length, kinds of characters and common patterns. Long "
                "passphrases of several unrelated words are both strong and easy to remember."
            )
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.strength: Strength = estimate("")
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        self.strength = strength = estimate(passphrase)
        colour = LEVEL_COLOURS[strength.level]
        self.bar.setValue(strength.score + 1 if passphrase else 0)
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: none; border-radius: 3px; background: palette(midlight); }}"
            f"QProgressBar::chunk {{ border-radius: 3px; background: {colour}; }}"
        )
        text = level_text(strength.level) if passphrase else ""
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {readable(colour)}; font-weight: 600;")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("Strong") + 8)
        self.hint.setText(self._hint(strength) if passphrase else "")
        self.hint.setVisible(bool(self.hint.text()))
        return strength

    def _hint(self, strength: Strength) -> str:
        if "short" in strength.hints:
            return self.tr("Use at least 10 characters — four or more unrelated words work well.")
        if "common" in strength.hints:
            return self.tr("Contains a commonly used password.")
        if "sequence" in strength.hints or "repeats" in strength.hints:
            return self.tr("Avoid keyboard runs, sequences and repeated characters.")
        if strength.level in ("weak", "fair"):
            return self.tr("Add another word or mix in digits and symbols.")
        return ""


class NewPassphraseFields(QWidget):
    """Passphrase twice, with the strength meter and a match check. `changed` fires on typing;
    `acceptable()` says whether the pair may be used (same text, at least fair)."""

    changed = Signal()
    MINIMUM_LEVEL = "fair"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.first.setPlaceholderText(self.tr("Several words you will remember"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter = StrengthMeter(self)
        self.match = QLabel(self)
        self.match.setAccessibleName(self.tr("Passphrase match"))
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def acceptable(self) -> bool:
        text = self.first.text()
        return (
            bool(text)
            and text == self.second.text()
            and self.meter.strength.score >= Strength(self.MINIMUM_LEVEL, 0, ()).score
        )

    def _update(self) -> None:
        self.meter.update_for(self.first.text())
        if not self.second.text():
            self.match.setText("")
        elif self.first.text() == self.second.text():
            self.match.setText(self.tr("✓ The passphrases match."))
            self.match.setStyleSheet(f"color: {readable(LEVEL_COLOURS['good'])};")
        else:
            self.match.setText(self.tr("The passphrases differ."))
            self.match.setStyleSheet(f"color: {readable(LEVEL_COLOURS['weak'])};")
        self.changed.emit()


class PaddedDelegate(QStyledItemDelegate):
    """Cells sized with `padding` pixels to spare, so a column fitted to its contents
    (`QHeaderView.ResizeMode.ResizeToContents`) leaves a gap before the next column instead of
    running its text into it, and `vertical` pixels more height per row. The text keeps the
    style's own left margin."""

    def __init__(
        self, parent: QObject | None = None, *, padding: int = 16, vertical: int = 0
    ) -> None:
        super().__init__(parent)
        self.padding = padding
        self.vertical = vertical

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.padding, size.height() + self.vertical)
