"""One editor widget per intake field type, all with the same small interface.

Every editor has `value()` (the answer in its canonical form, or None when not answered),
`set_value(v)` (None clears), a `changed` signal, and `problem()` (a message when what is typed
cannot be an answer, e.g. an unknown country). None always means "not answered", never "no".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.ui.labels import mnemonic_safe
from desktop.ui.qt import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDate,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QToolButton,
    QWidget,
    QWidgetAction,
    Signal,
    translate,
)
from desktop.ui.window_language import window_language
from forms.countries import load_countries
from forms.definitions import FieldDef
from forms.facts import MAX_INT, MAX_TEXT
from forms.localize import text_in

CTX = "IntakeField"
# The spin box of an int field: one step below the minimum means "not answered".
_DEFAULT_INT_MIN = 0
_SPIN_LIMIT = 2_000_000_000


class FieldEditor(QWidget):
    """Base of the field editors; subclasses implement value/set_value and emit `changed`."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        # the question and its options as the window's language reads them; values stay codes
        self.language = window_language()
        self.question = text_in(field, "label", self.language)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        """A message when the typed input is not a usable answer; "" otherwise."""
        return ""

    def focus_widget(self) -> QWidget:
        return self

    def _clear_button(self, accessible: str) -> QToolButton:
        button = QToolButton(self)
        button.setText("×")
        button.setAutoRaise(True)
        button.setToolTip(translate("IntakeField", "Clear the answer (back to not answered)"))
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button


class TextEditor(FieldEditor):
    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(field.max_length or MAX_TEXT.get(field.type, 1000))
        self.edit.setAccessibleName(self.question)
        if field.type == "org":
            self.edit.setPlaceholderText(translate("IntakeField", "Organisation name"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        text = self.edit.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class LongTextEditor(FieldEditor):
    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.question)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def problem(self) -> str:
        limit = self.field.max_length or MAX_TEXT["longtext"]
        if len(self.edit.toPlainText()) > limit:
            return translate("IntakeField", "Keep this under {0} characters.").format(f"{limit:,}")
        return ""

    def focus_widget(self) -> QWidget:
        return self.edit


class SegmentedEditor(FieldEditor):
    """Yes / No (bool) or Yes / No / Unknown (tristate) as exclusive segment buttons, with an
    explicit "not answered" state (no segment checked) and a clear button."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        choices: list[tuple[Any, str]] = [
            (True, translate("IntakeField", "Yes")),
            (False, translate("IntakeField", "No")),
        ]
        if field.type == "tristate":
            choices = [
                ("yes", translate("IntakeField", "Yes")),
                ("no", translate("IntakeField", "No")),
                ("unknown", translate("IntakeField", "Unknown")),
            ]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Any, QToolButton] = {}
        segments = QWidget(self)
        segments.setObjectName("segments")
        row = QHBoxLayout(segments)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for index, (value, label) in enumerate(choices):
            button = QToolButton(segments)
            button.setText(mnemonic_safe(label))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(f"{self.question}: {label}")
            button.setMinimumWidth(76)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            first, last = index == 0, index == len(choices) - 1
            left = "4px" if first else "0"
            right = "4px" if last else "0"
            button.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); padding: 3px 10px;"
                f" border-top-left-radius: {left}; border-bottom-left-radius: {left};"
                f" border-top-right-radius: {right}; border-bottom-right-radius: {right};"
                f" {'' if last else 'border-right: none;'} background: palette(button); }}"
                "QToolButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); font-weight: 600; }"
                "QToolButton:focus { border: 1px solid palette(highlight); }"
            )
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        self._layout.addWidget(segments)
        self.clear = self._clear_button(
            translate("IntakeField", "Clear answer: {0}").format(self.question)
        )
        self.clear.clicked.connect(lambda: self._set_and_notify(None))
        self._layout.addWidget(self.clear)
        self._layout.addStretch(1)
        self.group.buttonClicked.connect(lambda _b: self._after_change())
        self._refresh_clear()

    def value(self) -> Any:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        if self.field.type == "bool" and isinstance(value, str):
            value = value.strip().lower() in ("yes", "true")
        if self.field.type == "tristate" and isinstance(value, bool):
            value = "yes" if value else "no"
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(value is not None and key == value)
        self.group.setExclusive(True)
        self._refresh_clear()

    def choose(self, value: Any) -> None:
        """Click the segment for `value` (what a user does; used by tests too)."""
        self.buttons[value].click()

    def _set_and_notify(self, value: Any) -> None:
        self.set_value(value)
        self.changed.emit()

    def _after_change(self) -> None:
        self._refresh_clear()
        self.changed.emit()

    def _refresh_clear(self) -> None:
        self.clear.setVisible(self.value() is not None)

    def focus_widget(self) -> QWidget:
        return next(iter(self.buttons.values()))


class ChoiceEditor(FieldEditor):
    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.question)
        self.combo.addItem(translate("IntakeField", "— choose —"), None)
        for option in field.options:
            self.combo.addItem(text_in(option, "label", self.language), option.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class MultiEditor(FieldEditor):
    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.question)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for option in field.options:
            item = QListWidgetItem(text_in(option, "label", self.language), self.list)
            item.setData(Qt.ItemDataRole.UserRole, option.value)
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = min(len(field.options), 8)
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + frame + 4)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self._layout.addWidget(self.list)

    def value(self) -> list[str] | None:
        chosen = [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return chosen or None

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def set_checked(self, option: str, checked: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == option:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def focus_widget(self) -> QWidget:
        return self.list


def parse_typed_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed as ISO (2027-01-15, also 20270115) or in the locale's short form
    (1/15/27, 15.01.2027, 2027/1/15); None when it is not a date."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    formats = [short]
    if "yyyy" not in short and "yy" in short:
        formats.insert(0, short.replace("yy", "yyyy"))  # the year typed in full
    # "d" and "M" also accept two digits: 15.1.27 reads like 15.01.27
    formats += [f.replace("dd", "d").replace("MM", "M") for f in formats]
    for pattern in formats:
        # Two-digit years read as this century (Qt's default is 1900 + yy).
        parsed = locale.toDate(text, pattern, 2000) if "yyyy" not in pattern else None
        if parsed is None or not parsed.isValid():
            parsed = locale.toDate(text, pattern)
        if parsed.isValid() and parsed.year() >= 1000:
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


class DateEditor(FieldEditor):
    """A date typed into a line (ISO or the locale's short form) or picked from a calendar.
    Empty means not answered; Tab moves on whatever is typed, and the form shows a problem
    when the text is not a date."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.question)
        example = QLocale().toString(QDate(2027, 1, 15), QLocale.FormatType.ShortFormat)
        self.edit.setPlaceholderText(
            translate("IntakeField", "e.g. 2027-01-15 or {0}").format(example)
        )
        self.edit.setToolTip(
            translate(
                "IntakeField", "Type a date as 2027-01-15 or {0}, or pick one from the calendar."
            ).format(example)
        )
        self.edit.setClearButtonEnabled(True)
        metrics = self.edit.fontMetrics()  # wide enough for the example, plus the clear button
        self.edit.setMinimumWidth(
            max(180, metrics.horizontalAdvance(self.edit.placeholderText()) + 48)
        )
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._show_month)
        self.pick = QToolButton(self)
        self.pick.setText(translate("IntakeField", "Calendar…"))
        self.pick.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.pick.setToolTip(translate("IntakeField", "Pick the date from a calendar"))
        self.pick.setAccessibleName(translate("IntakeField", "Calendar: {0}").format(self.question))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(menu)
        self.pick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._menu = menu
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.pick)
        self._layout.addStretch(1)

    def value(self) -> str | None:
        parsed = parse_typed_date(self.edit.text())
        return parsed.isoformat() if parsed is not None else None

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.edit.setText("")
            return
        parsed = value if isinstance(value, date) else date.fromisoformat(str(value))
        self.edit.setText(parsed.isoformat())

    def problem(self) -> str:
        if self.edit.text().strip() and self.value() is None:
            example = QLocale().toString(QDate(2027, 1, 15), QLocale.FormatType.ShortFormat)
            return translate(
                "IntakeField", "Type the date as 2027-01-15 or {0}, or clear it."
            ).format(example)
        return ""

    def _tidy(self) -> None:
        """Show a date that was understood in one form, ISO (the form the memo uses)."""
        answer = self.value()
        if answer is not None and answer != self.edit.text():
            self.edit.setText(answer)

    def _show_month(self) -> None:
        answer = self.value()
        shown = QDate.fromString(answer, "yyyy-MM-dd") if answer else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())

    def _picked(self, chosen: QDate) -> None:
        self.edit.setText(chosen.toString("yyyy-MM-dd"))
        self._menu.close()
        self.edit.setFocus()

    def focus_widget(self) -> QWidget:
        return self.edit


class IntEditor(FieldEditor):
    """QSpinBox over the field's range; one below the minimum reads "Not answered"."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        low = field.minimum if field.minimum is not None else _DEFAULT_INT_MIN
        high = field.maximum if field.maximum is not None else min(MAX_INT, _SPIN_LIMIT)
        self._empty = low - 1
        self.spin = QSpinBox(self)
        self.spin.setAccessibleName(self.question)
        self.spin.setRange(self._empty, min(high, _SPIN_LIMIT))
        self.spin.setSpecialValueText(translate("IntakeField", "Not answered"))
        self.spin.setValue(self._empty)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setMinimumWidth(140)
        self.spin.valueChanged.connect(lambda _v: self._after_change())
        self.clear = self._clear_button(
            translate("IntakeField", "Clear number: {0}").format(self.question)
        )
        self.clear.clicked.connect(lambda: self.set_value(None))
        self._layout.addWidget(self.spin)
        self._layout.addWidget(self.clear)
        self._layout.addStretch(1)
        self.clear.setVisible(False)

    def value(self) -> int | None:
        current = self.spin.value()
        return None if current == self._empty else int(current)

    def set_value(self, value: Any) -> None:
        self.spin.setValue(self._empty if value is None else int(value))

    def _after_change(self) -> None:
        self.clear.setVisible(self.value() is not None)
        self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.spin


def country_display(code: str) -> str:
    country = load_countries().get(code)
    if country is None:
        return code
    return f"{code} — {country.en} {country.zh}".rstrip()


# What people type for a country that is not its ISO code.
COUNTRY_ALIASES = {"uk": "GB", "usa": "US", "uae": "AE", "prc": "CN"}


def rank_countries(typed: str, limit: int = 30) -> list[str]:
    """Country codes for what was typed, best first: the code itself, then English or Chinese
    names starting with it, then names with a word starting with it, then names containing it."""
    text = typed.strip().casefold()
    if not text:
        return []
    ranked: list[tuple[int, str, str]] = []
    for country in load_countries().values():
        name = country.en.casefold()
        if country.code.casefold() == text or COUNTRY_ALIASES.get(text) == country.code:
            rank = 0
        elif name.startswith(text) or country.zh.startswith(typed.strip()):
            rank = 1
        elif any(word.startswith(text) for word in name.replace("(", " ").split()):
            rank = 2
        elif text in name or typed.strip() in country.zh:
            rank = 3
        else:
            continue
        ranked.append((rank, country.en, country.code))
    return [code for _rank, _name, code in sorted(ranked)[:limit]]


class CountryEditor(FieldEditor):
    """An editable combo over every country ("DE — Germany 德国"); typing filters on the code,
    the English and the Chinese name."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(self.question)
        self.combo.addItem("", None)
        countries = sorted(load_countries().values(), key=lambda c: c.en)
        for country in countries:
            self.combo.addItem(country_display(country.code), country.code)
        line_edit = self.combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.setPlaceholderText(translate("IntakeField", "Type a code or a name…"))
        # The suggestions are ranked (the code typed first, then names that start with it,
        # then names containing it), so "US" offers the United States, not Australia.
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self.combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.combo.setCompleter(completer)
        completer.activated[str].connect(self._chosen)  # type: ignore[index]
        line_edit.textEdited.connect(self._suggest)
        self.combo.setMinimumWidth(280)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        line_edit.editingFinished.connect(self._typed)
        line_edit.textEdited.connect(lambda _t: self.changed.emit())
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    def _suggest(self, typed: str) -> None:
        self.suggestions.clear()
        for code in rank_countries(typed):
            self.suggestions.appendRow(QStandardItem(country_display(code)))
        completer = self.combo.completer()
        if completer is not None and self.suggestions.rowCount():
            completer.complete()

    def _chosen(self, text: str) -> None:
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            self.combo.setCurrentIndex(index)

    def _match(self) -> str | bool | None:
        """The code for what is shown: a code, None for empty, False when it matches nothing."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.combo.itemData(index))
        code = text.split("—", 1)[0].strip().upper()
        if code in load_countries():
            return code
        if text.casefold() in COUNTRY_ALIASES:
            return COUNTRY_ALIASES[text.casefold()]
        lowered = text.casefold()
        for country in load_countries().values():
            if lowered in (country.en.casefold(), country.zh):
                return country.code
        return False

    def _typed(self) -> None:
        code = self._match()
        if isinstance(code, str):
            self.set_value(code)

    def value(self) -> str | None:
        code = self._match()
        return code if isinstance(code, str) else None

    def problem(self) -> str:
        if self._match() is False:
            return translate(
                "IntakeField",
                "Choose a country from the list (type a code, or a name in English or Chinese).",
            )
        return ""

    def set_value(self, value: Any) -> None:
        if value is None:
            self.combo.setCurrentIndex(0)
            self.combo.setEditText("")
            return
        index = self.combo.findData(str(value).upper())
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(str(value))

    def focus_widget(self) -> QWidget:
        return self.combo


class CountriesEditor(FieldEditor):
    """Several countries typed as codes or names separated by commas ("US, 德国"), with a
    "None" box for the answer "none" (an empty list), which is not the same as unanswered."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.question)
        self.line.setPlaceholderText(
            translate("IntakeField", "Codes or names, separated by commas")
        )
        self.line.setMinimumWidth(280)
        self.none_box = QCheckBox(translate("IntakeField", "None"), self)
        self.none_box.setToolTip(translate("IntakeField", "The person holds no other citizenship"))
        self.shown = QLineEdit(self)  # what the codes mean, read-only, so a typo is visible
        self.shown.setReadOnly(True)
        self.shown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shown.setAccessibleName(translate("IntakeField", "Countries recognised"))
        self.line.textEdited.connect(self._edited)
        self.none_box.toggled.connect(self._none_toggled)
        self._layout.addWidget(self.line)
        self._layout.addWidget(self.none_box)
        self._layout.addWidget(self.shown, 1)

    @staticmethod
    def _code(part: str) -> str | None:
        code = part.split("—", 1)[0].strip().upper()
        if code in load_countries():
            return code
        lowered = part.strip().casefold()
        for country in load_countries().values():
            if lowered in (country.en.casefold(), country.zh):
                return country.code
        return None

    def _parts(self) -> list[str]:
        return [p for p in self.line.text().replace("，", ",").split(",") if p.strip()]

    def _codes(self) -> list[str | None]:
        return [self._code(part) for part in self._parts()]

    def _edited(self, _text: str) -> None:
        if self._parts() and self.none_box.isChecked():
            self.none_box.setChecked(False)
        self._show()
        self.changed.emit()

    def _none_toggled(self, checked: bool) -> None:
        if checked:
            self.line.clear()
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        names = [country_display(code) for code in self._codes() if code]
        self.shown.setText("; ".join(names))

    def value(self) -> list[str] | None:
        if self.none_box.isChecked():
            return []
        codes = self._codes()
        if not codes or None in codes:
            return None
        return list(dict.fromkeys(code for code in codes if code))

    def problem(self) -> str:
        bad = [part.strip() for part in self._parts() if self._code(part) is None]
        if bad:
            return translate(
                "IntakeField", "Not a country: %1. Type codes or names, separated by commas."
            ).replace("%1", ", ".join(bad))
        return ""

    def set_value(self, value: Any) -> None:
        self.none_box.blockSignals(True)
        self.none_box.setChecked(value == [])
        self.none_box.blockSignals(False)
        self.line.setText(", ".join(str(v) for v in value) if value else "")
        self._show()

    def focus_widget(self) -> QWidget:
        return self.line


EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "org": TextEditor,
    "longtext": LongTextEditor,
    "bool": SegmentedEditor,
    "tristate": SegmentedEditor,
    "choice": ChoiceEditor,
    "multi": MultiEditor,
    "date": DateEditor,
    "int": IntEditor,
    "country": CountryEditor,
    "countries": CountriesEditor,
}


def make_editor(field: FieldDef, parent: QWidget | None = None) -> FieldEditor:
    return EDITORS.get(field.type, TextEditor)(field, parent)
