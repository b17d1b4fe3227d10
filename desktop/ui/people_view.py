"""The people register in the window (issue 15): the register's views as a table in the main
window, and a person's record in its own window (standing facts, tier history, access profile
with "Confirm access", matters, "New matter for this person").

Every query runs in a worker (`run_in_background`); every change goes through `run_mutation`,
so the views refresh from the `Changes` it announces. Codes are shown as words.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casework.changes import Aspect, Changes
from casework.workspace import Workspace
from desktop.ui.dialogs import show_info
from desktop.ui.labels import kind_label, status_label, tier_label
from desktop.ui.matter_worker import run_for
from desktop.ui.operations import announce, connect_changes, run_mutation
from desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFont,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPalette,
    QPushButton,
    QRadioButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.widgets import readable
from desktop.ui.window_language import window_language
from desktop.ui.workers import error_reporter, run_in_background
from forms.limits import EMPLOYEE_NUMBER, PERSON_NAME_ZH

ERROR_COLOUR = "#b3261e"

WorkspaceFactory = Callable[[], Workspace]
VIEWS = (None, "tier1", "access_stale", "open_matter", "restricted_period", "key_unreviewed")
NEW_MATTER_KINDS = ("travel", "secondment", "departure")
ASSETS = (
    "access.core_source_code", "access.training_data", "access.model_weights",
    "access.experiment_records", "access.unpublished_capabilities", "access.chip_design",
)


def view_label(view: str | None) -> str:
    return {
        None: QCoreApplication.translate("People", "Everyone in the register"),
        "tier1": QCoreApplication.translate("People", "Tier-1 people"),
        "access_stale": QCoreApplication.translate(
            "People", "Tier 1 and 2: access last confirmed over 6 months ago"),
        "open_matter": QCoreApplication.translate("People", "People with an open matter"),
        "restricted_period": QCoreApplication.translate(
            "People", "Inside a confidentiality period or a non-compete"),
        "key_unreviewed": QCoreApplication.translate(
            "People", "Key positions without a review in the last 12 months"),
    }[view]


def asset_label(fact: str) -> str:
    return {
        "access.core_source_code": QCoreApplication.translate("People", "Core source code"),
        "access.training_data": QCoreApplication.translate("People", "Training data"),
        "access.model_weights": QCoreApplication.translate("People", "Model weights download"),
        "access.experiment_records": QCoreApplication.translate(
            "People", "Experiment logs and failure records"),
        "access.unpublished_capabilities": QCoreApplication.translate(
            "People", "Unpublished capabilities"),
        "access.chip_design": QCoreApplication.translate("People", "Chip design data"),
    }.get(fact, fact)


def answer_label(value: str | None) -> str:
    return {
        "yes": QCoreApplication.translate("People", "Yes"),
        "no": QCoreApplication.translate("People", "No"),
        "unknown": QCoreApplication.translate("People", "Unknown"),
    }.get(value or "", "—")


def authority_label(code: str) -> str:
    return {
        "registered_personnel": QCoreApplication.translate("People",
            "registered personnel whose private exit needs the unit's approval"),
        "secret_personnel": QCoreApplication.translate(
            "People", "state-secret personnel under exit management"),
        "authority_instruction": QCoreApplication.translate("People", "an authority's instruction"),
    }.get(code, code)


def option_label(fact: str, value: str | None) -> str:
    """A choice answer in the form's own words (Chinese where the definitions give it)."""
    if not value:
        return "—"
    from forms.definitions import load_definition
    from forms.localize import text_in

    for field in load_definition("departure").fields:
        if field.id == fact:
            for option in field.options:
                if option.value == value:
                    return text_in(option, "label", window_language())
    return value


def country_label(code: str) -> str:
    from forms.countries import load_countries

    country = load_countries().get(code)
    if country is None:
        return code or "—"
    return country.zh if window_language() == "zh" else country.en


def _day(iso: str | None) -> str:
    return (iso or "")[:10] or "—"


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    _fit_columns(table)
    return table


COLUMN_GAP = 16  # pixels between the widest text of a column and the next column


def _fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its widest text plus a gap: fitted to the contents alone, short
    Chinese headers and dates run into each other."""
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, table.columnWidth(column) + COLUMN_GAP)


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    _fit_columns(table)


def _fit_rows(table: QTableWidget, rows: int) -> None:
    """A short table as tall as its rows: no scroll bar for six lines."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount())) or (
        rows * table.verticalHeader().defaultSectionSize())
    table.setFixedHeight(height + 2)


# ----- the register, in the main window -------------------------------------------------------
class PeopleView(QWidget):
    """The register's views as a table; a double-click opens the person's record."""

    back_requested = Signal()
    open_matter_requested = Signal(str)
    loaded = Signal()

    def __init__(self, workspace: WorkspaceFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[Any] = []
        self.person_windows: dict[str, PersonWindow] = {}
        self.setObjectName("peopleView")
        self.setAccessibleName(self.tr("People register"))
        title = QLabel(self.tr("People register"), self)
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 4)
        title.setFont(font)
        self.view = QComboBox(self)
        self.view.setAccessibleName(self.tr("Register view"))
        for view in VIEWS:
            self.view.addItem(view_label(view), view)
        self.view.currentIndexChanged.connect(lambda _i: self.refresh())
        view_label_widget = QLabel(self.tr("&Show:"), self)
        view_label_widget.setBuddy(self.view)
        self.export_csv = QPushButton(self.tr("Export &CSV…"), self)
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_pdf = QPushButton(self.tr("&Print register (PDF)…"), self)
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        self.back = QPushButton(self.tr("&Back to matters"), self)
        self.back.clicked.connect(self.back_requested)
        bar = QHBoxLayout()
        bar.addWidget(view_label_widget)
        bar.addWidget(self.view, 1)
        bar.addWidget(self.export_csv)
        bar.addWidget(self.export_pdf)
        bar.addWidget(self.back)
        self.table = _table(self, [
            self.tr("Name"), self.tr("Chinese name"), self.tr("Tier"), self.tr("Key position"),
            self.tr("Confidentiality period ends"), self.tr("Non-compete ends"),
            self.tr("Access last confirmed"), self.tr("Matters"),
        ])
        self.table.setAccessibleName(self.tr("People"))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_person_at(row))
        self.empty = QLabel(self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        connect_changes(self._on_changes)

    def current_view(self) -> str | None:
        view = self.view.currentData()
        return str(view) if view else None

    def set_view(self, view: str | None) -> None:
        self.view.setCurrentIndex(VIEWS.index(view))

    def refresh(self) -> None:
        """Load the chosen view in a worker; the table fills when it lands."""
        workspace, view = self.workspace(), self.current_view()
        self.empty.setText(self.tr("Loading…"))
        run_in_background(
            lambda: workspace.people_register(view),
            on_done=lambda rows: self._show(view, rows),
            on_error=error_reporter(self, self.tr("The register could not be read")),
        )

    def clear(self) -> None:
        """The vault locked: nothing of it stays on screen."""
        self.rows = []
        self.table.setRowCount(0)
        for window in list(self.person_windows.values()):
            window.close()
        self.person_windows.clear()

    def _show(self, view: str | None, rows: list[Any]) -> None:
        if view != self.current_view():
            return  # another view was chosen meanwhile; its own load follows
        self.rows = rows
        _fill(self.table, [
            [r.name, r.name_zh, tier_label(r.tier), answer_label(r.key_position),
             _day(r.confidentiality_until), _day(r.noncompete_until),
             _day(r.last_confirmed) if r.last_confirmed else self.tr("Never"),
             ", ".join(r.references)]
            for r in rows
        ], [r.id for r in rows])
        self.empty.setText(
            self.tr("No one is in this view.") if not rows
            else self.tr("People in this view: %n", "", len(rows))
        )
        self.loaded.emit()

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches(None, Aspect.PEOPLE, Aspect.MATTER,
                                                Aspect.RECOMMENDATION, Aspect.STATUS):
            self.refresh()

    def open_person_at(self, row: int) -> PersonWindow | None:
        if not 0 <= row < len(self.rows):
            return None
        return self.open_person(self.rows[row].id)

    def open_person(self, person_id: str) -> PersonWindow:
        window = self.person_windows.get(person_id)
        if window is None:
            window = PersonWindow(self.workspace, person_id, self.window())
            window.open_matter_requested.connect(self.open_matter_requested)
            window.open_person_requested.connect(self.open_person)
            window.close_person_requested.connect(self.close_person)
            window.destroyed.connect(lambda *_: self.person_windows.pop(person_id, None))
            self.person_windows[person_id] = window
        window.show()
        window.raise_()
        return window

    def close_person(self, person_id: str) -> None:
        window = self.person_windows.pop(person_id, None)
        if window is not None:
            window.close()

    def _export(self, fmt: str) -> None:
        view = self.current_view()
        caption = self.tr("Export the register as CSV") if fmt == "csv" else self.tr(
            "Print the register as PDF")
        pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, caption, f"people-register.{fmt}", pattern)
        if name:
            self.write_export(view, fmt, Path(name))

    def write_export(self, view: str | None, fmt: str, target: Path) -> None:
        workspace = self.workspace()
        language = "zh_CN" if window_language() == "zh" else "en"

        def work() -> Path:
            return workspace.export_register(view, target, fmt=fmt, language=language).value

        run_in_background(
            work,
            on_done=lambda path: show_info(self, self.tr("The register was saved to {0}.")
                                           .format(path)),
            on_error=error_reporter(self, self.tr("The register was not saved")),
        )


# ----- a person's record ------------------------------------------------------------------------
class NewMatterForPersonDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New matter for {0}").format(name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "What kind of matter? Their role, access, secret-related level and key position "
            "are filled in from their latest intake, marked for you to confirm."), self))
        layout.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        self.radios: dict[str, QRadioButton] = {}
        for kind in NEW_MATTER_KINDS:
            self.radios[kind] = radio = QRadioButton(kind_label(kind), self)
            layout.addWidget(radio)
        self.radios["travel"].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate matter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def kind(self) -> str:
        return next(k for k, r in self.radios.items() if r.isChecked())


class EditIdentifiersDialog(QDialog):
    """The identifiers counsel choose to keep: Chinese name and employee number, both optional.
    An employee number already another person's is refused here, naming them, with the offer to
    open them or join the two entries; nothing is merged without counsel's yes."""

    open_person_requested = Signal(str)
    leaving_register = Signal(str)  # a person about to be joined into another entry
    saved = Signal()

    def __init__(
        self, workspace: WorkspaceFactory, record: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.person_id: str = record.id
        self.person_name: str = record.name
        self.other_id: str | None = None
        self.other_name = ""
        self.setWindowTitle(self.tr("Identifiers of {0}").format(record.name))
        intro = QLabel(self.tr(
            "Both are optional: keep only what your organisation needs. Leave a field empty "
            "to clear it."), self)
        intro.setWordWrap(True)
        self.name_zh = QLineEdit(record.name_zh, self)
        self.name_zh.setMaxLength(PERSON_NAME_ZH)
        self.name_zh.setAccessibleName(self.tr("Chinese name"))
        self.employee_number = QLineEdit(record.employee_number or "", self)
        self.employee_number.setMaxLength(EMPLOYEE_NUMBER)
        self.employee_number.setAccessibleName(self.tr("Employee number"))
        self.employee_number.textEdited.connect(lambda _t: self._clear_problem())
        form = QFormLayout()
        form.addRow(self.tr("&Chinese name:"), self.name_zh)
        form.addRow(self.tr("&Employee number:"), self.employee_number)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        self.problem.hide()
        self.open_other = QPushButton(self)
        self.open_other.clicked.connect(self._open_other)
        self.merge_other = QPushButton(self)
        self.merge_other.clicked.connect(self.ask_merge)
        conflict = QHBoxLayout()
        conflict.addStretch(1)
        conflict.addWidget(self.open_other)
        conflict.addWidget(self.merge_other)
        self.open_other.hide()
        self.merge_other.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(conflict)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def save(self) -> None:
        """Save through the Workspace in a worker; the dialog closes only when it is saved."""
        workspace, person_id = self.workspace(), self.person_id
        name_zh, number = self.name_zh.text().strip(), self.employee_number.text().strip()
        self._busy(True)
        run_for(
            self,
            lambda: workspace.set_person_identifiers(
                person_id, name_zh=name_zh, employee_number=number or None),
            on_done=self._saved, on_error=self._refused,
        )

    def _saved(self, done: Any) -> None:
        announce(done.changes)
        self._busy(False)
        self.saved.emit()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from casework.people import EmployeeNumberTakenError
        from desktop.ui.dialogs import error_text

        self._busy(False)
        if isinstance(exc, EmployeeNumberTakenError):
            self.other_id, self.other_name = exc.other_id, exc.other_name
            refs = ", ".join(exc.references) or self.tr("no matters")
            self.problem.setText(self.tr(
                "Employee number {0} is already {1}'s ({2}). Nothing was saved. If they are "
                "the same person, join the two entries; otherwise check the number."
            ).format(exc.number, exc.other_name, refs))
            self.open_other.setText(self.tr("&Open {0}").format(exc.other_name))
            self.merge_other.setText(self.tr("&Join them…"))
            self.open_other.show()
            self.merge_other.show()
        else:
            self.problem.setText(error_text(exc))
        self.problem.show()
        self.adjustSize()  # room for the wrapped message and the offer

    def _clear_problem(self) -> None:
        self.other_id = None
        for widget in (self.problem, self.open_other, self.merge_other):
            widget.hide()

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.merge_other.setEnabled(not busy)

    def _open_other(self) -> None:
        if self.other_id is not None:
            self.open_person_requested.emit(self.other_id)

    def ask_merge(self) -> None:
        """Join the other entry into this one, only on counsel's yes; then save the identifiers
        typed (the number is this person's once the other entry is joined)."""
        from desktop.ui.dialogs import confirm

        other = self.other_id
        if other is None:
            return
        if not confirm(self, self.tr("Join the two entries?"), self.tr(
                "Join {0} into {1}? {0}'s matters and access confirmations move to {1}, "
                "and {0} leaves the register.").format(self.other_name, self.person_name),
                yes=self.tr("Join them")):
            return
        workspace, person_id = self.workspace(), self.person_id
        self._busy(True)
        self.leaving_register.emit(other)  # their open record window closes, not errs
        run_mutation(
            self, lambda: workspace.merge_people(person_id, other),
            error_title=self.tr("Not joined"),
            on_done=self._joined, on_error=lambda _exc: self._busy(False),
        )

    def _joined(self, _kept: str) -> None:
        self._clear_problem()
        self.save()


class PersonWindow(QWidget):
    """One person's record. Loads in a worker and again after every change touching them."""

    open_matter_requested = Signal(str)
    open_person_requested = Signal(str)
    close_person_requested = Signal(str)
    loaded = Signal()

    def __init__(
        self, workspace: WorkspaceFactory, person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.workspace = workspace
        self.person_id = person_id
        self.record: Any = None
        self.edit_dialog: EditIdentifiersDialog | None = None
        self.setObjectName("personWindow")
        self.resize(1000, 760)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 5)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.new_matter = QPushButton(self.tr("&New matter for this person…"), self)
        self.new_matter.clicked.connect(self.ask_new_matter)
        self.edit = QPushButton(self.tr("&Edit…"), self)
        self.edit.setToolTip(self.tr("Set or clear the Chinese name and the employee number."))
        self.edit.setEnabled(False)  # until the record is loaded
        self.edit.clicked.connect(self.ask_edit)

        facts_box = QGroupBox(self.tr("Standing facts (from the latest intake)"), self)
        self.facts = QFormLayout(facts_box)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fact_values: dict[str, QLabel] = {}
        for key, label in self._fact_labels():
            value = QLabel(facts_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, value)
            self.fact_values[key] = value

        history_box = QGroupBox(self.tr("Tier history"), self)
        self.history = _table(history_box, [self.tr("Date"), self.tr("Matter"), self.tr("Kind"),
                                            self.tr("Tier")])
        QVBoxLayout(history_box).addWidget(self.history)

        access_box = QGroupBox(self.tr("Access to the core assets"), self)
        self.access = _table(access_box, [self.tr("Asset"), self.tr("Can reach")])
        self.access_note = QLabel(access_box)
        self.access_note.setWordWrap(True)
        self.access_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.confirm_access = QPushButton(self.tr("&Confirm access"), access_box)
        self.confirm_access.setToolTip(self.tr(
            "Record that the access shown was checked today, without opening a new matter."))
        self.confirm_access.clicked.connect(self.confirm)
        access_layout = QVBoxLayout(access_box)
        access_layout.addWidget(self.access)
        access_layout.addWidget(self.access_note)
        access_row = QHBoxLayout()
        access_row.addStretch(1)
        access_row.addWidget(self.confirm_access)
        access_layout.addLayout(access_row)

        matters_box = QGroupBox(self.tr("Matters"), self)
        self.matters = _table(matters_box, [self.tr("Reference"), self.tr("Kind"),
                                            self.tr("Status"), self.tr("Tier"), self.tr("Title")])
        self.matters.cellDoubleClicked.connect(self._open_matter_at)
        QVBoxLayout(matters_box).addWidget(self.matters)

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.heading)
        names.addWidget(self.subheading)
        top.addLayout(names, 1)
        top.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_matter, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addWidget(facts_box)
        left.addWidget(history_box, 1)
        right = QVBoxLayout()
        right.addWidget(access_box)
        right.addWidget(matters_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.setWindowTitle(self.tr("Person — Outbound"))
        connect_changes(self._on_changes)
        self.reload()

    def _fact_labels(self) -> list[tuple[str, str]]:
        return [
            ("employee_number", self.tr("Employee number")),
            ("role", self.tr("Role")),
            ("title", self.tr("Job title")),
            ("department", self.tr("Department")),
            ("nationality", self.tr("Nationality")),
            ("other_citizenships", self.tr("Other citizenships")),
            ("key_position", self.tr("Key position")),
            ("secrets_level", self.tr("Secret-related level")),
            ("confidentiality_until", self.tr("Confidentiality period ends")),
            ("noncompete_until", self.tr("Non-compete ends")),
            ("travel_documents", self.tr("Employer holds travel documents")),
        ]

    def reload(self) -> None:
        workspace, person_id = self.workspace(), self.person_id
        run_in_background(
            lambda: workspace.person(person_id), on_done=self._show,
            on_error=error_reporter(self, self.tr("The person's record could not be read")),
        )

    def _on_changes(self, changes: Changes) -> None:
        if not self.isVisible():
            return  # closed (it is being deleted): nothing to show
        ours = {m.id for m in self.record.matters} if self.record is not None else set()
        if changes.touches(None, Aspect.PEOPLE) or (changes.matters & ours):
            self.reload()

    def _show(self, record: Any) -> None:
        self.record = record
        self.edit.setEnabled(True)
        self.setWindowTitle(self.tr("{0} — Outbound").format(record.name))
        self.heading.setText(record.name + (f"  {record.name_zh}" if record.name_zh
                                            and record.name_zh != record.name else ""))
        self.subheading.setText(self.tr("Current tier: {0}").format(
            tier_label(record.tier, short=False)))
        held = answer_label(record.travel_documents_held)
        if record.travel_documents_authority:
            held += " — " + self.tr("under: {0}").format(
                "; ".join(authority_label(a) for a in record.travel_documents_authority))
        values = {
            "employee_number": record.employee_number or "—",
            "role": option_label("person.role", record.role),
            "title": record.title or "—",
            "department": record.department or "—",
            "nationality": country_label(record.nationality),
            "other_citizenships": ", ".join(country_label(c) for c in record.other_citizenships)
            or self.tr("None"),
            "key_position": answer_label(record.key_position),
            "secrets_level": option_label("secrets.level", record.secrets_level),
            "confidentiality_until": _day(record.confidentiality_until),
            "noncompete_until": _day(record.noncompete_until),
            "travel_documents": held,
        }
        for key, label in self.fact_values.items():
            label.setText(values[key])
        _fill(self.history, [[e.on, e.reference, kind_label(e.kind), tier_label(e.tier)]
                             for e in record.tier_history])
        access = record.access
        _fill(self.access, [[asset_label(a), answer_label(access.assets.get(a))]
                            for a in ASSETS] if access else [])
        _fit_rows(self.access, len(ASSETS))
        if access is None:
            self.access_note.setText(self.tr("Access has never been confirmed."))
        elif access.source == "intake":
            self.access_note.setText(self.tr("Confirmed {0} by {1}, from the intake of {2}.")
                                     .format(_day(access.confirmed_at), access.confirmed_by,
                                             access.reference or "—"))
        else:
            self.access_note.setText(self.tr("Confirmed {0} by {1}, without a new matter.")
                                     .format(_day(access.confirmed_at), access.confirmed_by))
        self.confirm_access.setEnabled(access is not None)
        _fill(self.matters, [[m.reference, kind_label(m.kind), status_label(m.status),
                              tier_label(m.tier), m.title] for m in record.matters],
              [m.id for m in record.matters])
        self.loaded.emit()

    def _open_matter_at(self, row: int, _column: int = 0) -> None:
        item = self.matters.item(row, 0)
        if item is not None:
            self.open_matter_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def confirm(self) -> None:
        workspace, person_id = self.workspace(), self.person_id
        run_mutation(self, lambda: workspace.confirm_access(person_id),
                     error_title=self.tr("Access not confirmed"))

    def ask_edit(self) -> EditIdentifiersDialog:
        dialog = EditIdentifiersDialog(self.workspace, self.record, self)
        dialog.open_person_requested.connect(self.open_person_requested)
        dialog.leaving_register.connect(self.close_person_requested)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def ask_new_matter(self) -> NewMatterForPersonDialog:
        dialog = NewMatterForPersonDialog(self.record.name if self.record else "", self)
        dialog.accepted.connect(lambda: self.create_matter(dialog.kind()))
        dialog.open()
        return dialog

    def create_matter(self, kind: str) -> None:
        workspace, person_id = self.workspace(), self.person_id
        run_mutation(
            self, lambda: workspace.new_matter_for_person(person_id, kind),
            error_title=self.tr("No matter was opened"),
            on_done=lambda matter: self.open_matter_requested.emit(matter.id),
        )


# ----- the duplicate offer when a matter is created ---------------------------------------------
class LinkPersonDialog(QDialog):
    """Offered when a new matter names someone the register may already hold: link the matter
    to one of them, or make a new entry. Nothing is merged here."""

    def __init__(self, name: str, candidates: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Is this someone already in the register?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The register already holds people who may be {0}. Link this matter to one of them, "
            "or keep them apart as a new person.").format(name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices: dict[str, QRadioButton] = {}
        for c in candidates:
            why = {"name": self.tr("same name"), "chinese_name": self.tr("same Chinese name"),
                   "identifier": self.tr("same employee number")}
            zh = f" {c.name_zh}" if c.name_zh and c.name_zh != c.name else ""
            refs = ", ".join(c.references) or self.tr("no matters")
            reasons = ", ".join(why.get(r, r) for r in c.reasons)
            text = f"{c.name}{zh} — {refs} ({reasons})"
            self.choices[c.id] = radio = QRadioButton(text, self)
            layout.addWidget(radio)
        self.new_person = QRadioButton(self.tr("A different person: add them to the register"),
                                       self)
        layout.addWidget(self.new_person)
        next(iter(self.choices.values()), self.new_person).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def chosen(self) -> str | None:
        """The person picked, or None for a new entry."""
        return next((pid for pid, r in self.choices.items() if r.isChecked()), None)


# ----- the main window's hooks (kept here so main_window.py stays small) ----------------------
def show_people_view(window: Any) -> PeopleView:
    """Show the register in the main window's stack (built once), or go back to the matters."""
    view: PeopleView | None = window.people_view
    if view is None:
        view = window.people_view = PeopleView(lambda: window.workspace, window)
        view.back_requested.connect(lambda: window.stack.setCurrentWidget(window.panel))
        view.open_matter_requested.connect(window.open_matter_requested)
        window.stack.addWidget(view)
    if window.stack.currentWidget() is view:
        window.stack.setCurrentWidget(window.panel)
    else:
        window.stack.setCurrentWidget(view)
        view.refresh()
    return view


def create_matter_for_person(window: Any, kind: str, title: str, name: str) -> None:
    """New matter naming a person: look for look-alikes in a worker; offer them if any (link
    or keep apart), then create the matter linked to the person chosen or a new entry."""
    from forms.definitions import load_definition

    workspace = window.workspace
    if "person.name" not in load_definition(kind).fact_ids:
        window.create_matter(kind, title)  # a collaboration names no one person
        return

    def create(person_id: str | None) -> None:
        run_mutation(
            window,
            lambda: workspace.create_matter_for(
                kind=kind, title=title, answers={"person.name": name}, person_id=person_id),
            error_title=QCoreApplication.translate("People", "No matter was opened"),
            on_done=lambda matter: window.open_matter_requested.emit(matter.id),
        )

    def offer(candidates: list[Any]) -> None:
        if not candidates:
            create(None)
            return
        dialog = LinkPersonDialog(name, candidates, window)
        dialog.accepted.connect(lambda: create(dialog.chosen()))
        window.link_person_dialog = dialog
        dialog.open()

    run_in_background(
        lambda: workspace.possible_duplicates(name), on_done=offer,
        on_error=error_reporter(window, QCoreApplication.translate(
            "People", "No matter was opened")),
    )


def offer_merge_after_import(window: Any, result: Any) -> bool:
    """An imported matter's person may already be in the register: ask counsel whether to
    join the entries (the register's own entry is kept). Returns whether a merge was asked."""
    from desktop.ui.dialogs import confirm

    workspace = window.workspace
    for candidate in result.person_duplicates:
        refs = ", ".join(candidate.references) or QCoreApplication.translate(
            "People", "no matters")
        asked = confirm(
            window, QCoreApplication.translate("People", "Same person?"),
            QCoreApplication.translate(
                "People",
                "The register already has {0} ({1}), who may be the person of the imported "
                "matter {2}. Join the two entries? The register's entry is kept.",
            ).format(candidate.name, refs, result.reference),
            yes=QCoreApplication.translate("People", "Join them"),
        )
        if asked:
            run_mutation(window, functools.partial(workspace.merge_people, candidate.id,
                                                   result.person_id),
                         error_title=QCoreApplication.translate("People", "Not joined"))
            return True
    return False
