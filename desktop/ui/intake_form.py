"""The Intake tab: the matter's intake definition rendered as a form.

Sections are listed at the side with completion marks; the fields of every section sit on one
scrolling page (clicking a section jumps to it). Conditional fields appear and disappear as the
answers change, problems show under the field they concern, and edits are saved automatically
after a short pause (`AUTOSAVE_MS`) in a background job. A rejected submission stores nothing and
keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casework.changes import Done
from casework.vaults import Vault
from casework.workspace import Workspace
from desktop.ui.dialogs import show_error
from desktop.ui.intake_widgets import FieldEditor, make_editor
from desktop.ui.labels import mnemonic_safe
from desktop.ui.matter_worker import run_for
from desktop.ui.operations import announce, run_mutation
from desktop.ui.qt import (
    QColor,
    QDateTime,
    QFont,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPalette,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSizePolicy,
    QSplitter,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.widgets import readable
from desktop.ui.window_language import window_language
from forms.answers import FactContext, is_visible, missing_required, validate_cross_field
from forms.definitions import FieldDef, FormDefinition, Section, load_definition
from forms.errors import AnswerError
from forms.facts import ValueProblem, normalise_value
from forms.legal import load_legal_bases
from forms.localize import text_in

AUTOSAVE_MS = 800
ERROR_COLOUR = "#b3261e"
CARRIED_COLOUR = "#8a5a00"  # amber: carried over from an earlier matter, to confirm
DONE_COLOUR = "#2e7d32"
FORM_MAX_WIDTH = 780


def basis_lines(basis_ids: tuple[str, ...] | list[str], language: str = "en") -> list[str]:
    """ "ID — citation" for each basis id (unknown ids are shown as they are)."""
    bases = load_legal_bases()
    lines = []
    for basis_id in basis_ids:
        basis = bases.get(basis_id)
        if basis is None:
            lines.append(basis_id)
        else:
            lines.append(basis.chinese_citation() if language == "zh" else
                         f"{basis_id} — {basis.citation()}")
    return lines


class FieldRow(QWidget):
    """Label, help toggle, editor, help text and the inline problem message of one field."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.editor: FieldEditor = make_editor(field, self)
        self.question = self.editor.question  # the label in the window's language
        self.label = QLabel(mnemonic_safe(self.question), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.editor.focus_widget())
        font = QFont(self.label.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(font)
        self.optional = QLabel(self.tr("optional"), self)
        self.optional.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.optional.setVisible(not field.required)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setCheckable(True)
        self.help_button.setAutoRaise(True)
        self.help_button.setToolTip(self.tr("Show why this is asked and the legal basis (F1)"))
        self.help_button.setAccessibleName(self.tr("Help: {0}").format(self.question))
        # Tab goes from answer to answer; F1 in a field shows its help (the button is for mice)
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        help_key = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        help_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        help_key.activated.connect(self.help_button.toggle)
        self.help = QLabel(self._help_text(), self)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help.setVisible(False)
        self.help.setAccessibleName(self.tr("Help text"))
        self.help_button.toggled.connect(self.help.setVisible)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setVisible(False)
        self.editor.setAccessibleDescription(text_in(field, "help", self.editor.language))

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(6)
        head.addWidget(self.label, 1)
        # An answer carried over from the person's earlier matter, still to confirm (issue 15).
        self.carried = QLabel(self.tr("carried over — confirm"), self)
        self.carried.setStyleSheet(f"color: {readable(CARRIED_COLOUR)}; font-weight: 600;")
        self.carried.setToolTip(self.tr("Filled in from this person's earlier matter: check it "
                                        "still holds, then confirm or change it."))
        self.carried.setVisible(False)
        head.addWidget(self.carried, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.optional, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.help)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def _help_text(self) -> str:
        text = text_in(self.field, "help", self.editor.language)
        if self.field.bases:
            text += (
                "\n\n"
                + self.tr("Legal basis:")
                + "\n"
                + "\n".join(
                    "• " + line for line in basis_lines(self.field.bases, self.editor.language)
                )
            )
        return text

    def set_problem(self, message: str) -> None:
        self.error.setText(("⚠ " + message) if message else "")
        self.error.setVisible(bool(message))


class IntakeForm(QWidget):
    """The Intake tab. `saved` fires (on the main thread) after a revision is stored."""

    saved = Signal()
    status_changed = Signal(str)

    def __init__(
        self, vault: Vault, matter_id: str, *, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.matter_id = matter_id
        self.actor = actor
        self.rows: dict[str, FieldRow] = {}
        self.section_headers: dict[str, QWidget] = {}
        self._saved_answers: dict[str, Any] = {}
        self._saving = False
        self._again = False
        self._rejected: AnswerError | None = None
        self._problems: dict[str, str] = {}
        self._blocking: dict[str, str] = {}  # problems that would make the save be rejected
        self._loading = True
        # Autosave coalescing: the revision this section's editing session opened (amended in
        # place by the service for up to a minute) and the section being edited.
        self._open_revision: str | None = None
        self._editing_section: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.language = window_language()  # the definition's texts as the window reads them

        self.definition, answers, self.kind = self._load()
        self._build()
        for fact_id, value in answers.items():
            if fact_id in self.rows:
                self.rows[fact_id].editor.set_value(value)
        if "matter.kind" in self.rows:
            kind_row = self.rows["matter.kind"]
            kind_row.editor.set_value(self.kind)
            kind_row.editor.setEnabled(False)
            # Fixed by the matter, not a question to answer: neither "optional" nor missing.
            kind_row.optional.setVisible(False)
            kind_row.editor.setToolTip(
                self.tr("Set when the matter was created; it decides which questions apply.")
            )
        self._saved_answers = dict(answers)
        self.carried_over = Workspace(self.vault, self.actor).carried_over_facts(self.matter_id)
        if "matter.kind" in self.rows:
            # shown from the matter itself: opening the form must not store a new revision
            self._saved_answers.setdefault("matter.kind", self.kind)
        self._loading = False
        self.refresh()
        self._mark_carried()

    # ----- loading and layout -----------------------------------------------------------------
    def _load(self) -> tuple[FormDefinition, dict[str, Any], str]:
        workspace = Workspace(self.vault, self.actor)
        kind = workspace.matter(self.matter_id).kind
        record = workspace.latest_intake(self.matter_id)
        version = record.form_version if record is not None else None
        answers = dict(record.answers) if record is not None else {}
        return load_definition(kind, version), answers, kind

    def _build(self) -> None:
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setUniformItemSizes(True)
        self.sections.itemActivated.connect(self._jump_to_section)
        self.sections.itemClicked.connect(self._jump_to_section)
        self.missing_title = QLabel(self.tr("Missing facts"), self)
        font = QFont(self.missing_title.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.missing_title.setFont(font)
        self.missing = QListWidget(self)
        self.missing.setAccessibleName(self.tr("Missing facts"))
        self.missing.setWordWrap(True)
        self.missing.setSpacing(2)
        self.missing.setToolTip(self.tr("Required questions not yet answered; click to go there."))
        self.missing.itemActivated.connect(self._jump_to_missing)
        self.missing.itemClicked.connect(self._jump_to_missing)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        sections_title = QLabel(self.tr("Sections"), side)
        sections_title.setFont(font)
        side_layout.addWidget(sections_title)
        side_layout.addWidget(self.sections)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.missing_title)
        side_layout.addWidget(self.missing, 1)
        self.confirm_carried = QPushButton(self.tr("Confirm carried-over facts"), side)
        self.confirm_carried.setToolTip(
            self.tr("The answers marked “carried over” still hold: stop marking them.")
        )
        self.confirm_carried.setVisible(False)
        self.confirm_carried.clicked.connect(self._confirm_carried)
        side_layout.addWidget(self.confirm_carried)
        side_layout.addWidget(self.status)
        side.setMinimumWidth(220)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(24, 12, 24, 24)
        page_layout.setSpacing(2)
        title = QLabel(text_in(self.definition, "title", self.language), page)
        title_font = QFont(title.font())
        title_font.setPointSize(title_font.pointSize() + 4)
        title.setFont(title_font)
        page_layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Answers are saved as you type. Leave a question unanswered rather than guess; "
                "answer “Unknown” where the facts are still to be established."
            ),
            page,
        )
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        page_layout.addWidget(intro)
        for section in self.definition.sections:
            page_layout.addWidget(self._section_widget(section, page))
            item = QListWidgetItem(self._title(section), self.sections)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
        rows = self.sections.count()
        self.sections.setFixedHeight(
            self.sections.sizeHintForRow(0) * rows + 2 * self.sections.frameWidth() + 8
        )
        page_layout.addStretch(1)
        page.setMaximumWidth(FORM_MAX_WIDTH)
        holder = QWidget(self)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(page, 1)
        holder_layout.addStretch(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        self.page = page

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(self.scroll_area)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.setAccessibleName(self.tr("Intake form"))

    def _section_widget(self, section: Section, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 18, 0, 0)
        layout.setSpacing(0)
        header = QLabel(self._title(section), box)
        font = QFont(header.font())
        font.setPointSize(font.pointSize() + 2)
        font.setWeight(QFont.Weight.DemiBold)
        header.setFont(font)
        layout.addWidget(header)
        if section.help:
            help_label = QLabel(text_in(section, "help", self.language), box)
            help_label.setWordWrap(True)
            help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(help_label)
        rule = QFrame(box)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(4)
        layout.addWidget(rule)
        for field in section.fields:
            row = FieldRow(field, box)
            row.editor.changed.connect(lambda s=section.id: self._edited(s))
            self.rows[field.id] = row
            layout.addWidget(row)
        self.section_headers[section.id] = box
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def _title(self, section: Section) -> str:
        return text_in(section, "title", self.language)

    # ----- answers, visibility and problems ---------------------------------------------------
    def editor(self, fact_id: str) -> FieldEditor:
        return self.rows[fact_id].editor

    def raw_answers(self) -> dict[str, Any]:
        """What the widgets hold, hidden fields included (not answered fields left out)."""
        values = {}
        for fact_id, row in self.rows.items():
            value = row.editor.value()
            if value is not None:
                values[fact_id] = value
        return values

    def answers(self) -> dict[str, Any]:
        """The answers to submit: those of the fields currently shown."""
        raw = self.raw_answers()
        context = FactContext(self.definition, raw)
        return {
            fact_id: value
            for fact_id, value in raw.items()
            if is_visible(self.definition.field(fact_id), context)
        }

    def field_problems(self) -> dict[str, str]:
        """Per-field problems: input that cannot be an answer, then cross-field checks."""
        problems = dict(self.input_problems())
        checks = {check.id: check for check in self.definition.checks}
        for problem in validate_cross_field(self.definition, self.answers()):
            check = checks.get(problem.check_id)
            message = text_in(check, "message", self.language) if check else problem.message
            problems.setdefault(problem.fact_id, message)
        if self._rejected is not None and self._rejected.fact_id in self.rows:
            problems.setdefault(self._rejected.fact_id, _answer_message(self._rejected))
        return problems

    def input_problems(self) -> dict[str, str]:
        """Input that cannot be stored as an answer (the save would be rejected). Cross-field
        problems are shown but do not stop a save: the facts may be corrected later."""
        problems: dict[str, str] = {}
        answers = self.answers()
        for fact_id, row in self.rows.items():
            if not row.isVisibleTo(self) and fact_id not in answers:
                continue
            message = row.editor.problem()
            if not message and fact_id in answers:
                field = row.field
                try:
                    normalise_value(
                        field.type,
                        answers[fact_id],
                        options=field.options,
                        minimum=field.minimum,
                        maximum=field.maximum,
                        max_length=field.max_length,
                    )
                except ValueProblem as exc:
                    message = str(exc)
            if message:
                problems[fact_id] = message
        return problems

    def refresh(self) -> None:
        """Re-evaluate visibility, problems, completion marks and the missing list."""
        raw = self.raw_answers()
        context = FactContext(self.definition, raw)
        for row in self.rows.values():
            row.setVisible(is_visible(row.field, context))
        answers = self.answers()
        self._blocking = self.input_problems()
        self._problems = self.field_problems()
        for fact_id, row in self.rows.items():
            row.set_problem(self._problems.get(fact_id, ""))
        order = {fact_id: i for i, fact_id in enumerate(self.definition.fact_ids)}
        missing = sorted(missing_required(self.definition, answers), key=order.__getitem__)
        self._refresh_sections(set(missing))
        self._refresh_missing(missing)

    def _refresh_sections(self, missing: set[str]) -> None:
        for index, section in enumerate(self.definition.sections):
            item = self.sections.item(index)
            gaps = [f for f in section.fields if f.id in missing]
            troubles = [f for f in section.fields if f.id in self._problems]
            if troubles:
                mark, tip = "⚠", self.tr("A problem to fix in this section")
                item.setForeground(QColor(readable(ERROR_COLOUR)))
            elif gaps:
                mark = "○"
                tip = self.tr("%n required question(s) not yet answered", "", len(gaps))
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
            else:
                mark, tip = "✓", self.tr("All required questions answered")
                item.setForeground(QColor(readable(DONE_COLOUR)))
            suffix = f"  ({len(gaps)})" if gaps else ""
            item.setText(f"{mark}  {self._title(section)}{suffix}")
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._title(section)}: {tip}")

    def _refresh_missing(self, missing: list[str]) -> None:
        self.missing.clear()
        for fact_id in missing:
            row = self.rows[fact_id]
            item = QListWidgetItem(row.question, self.missing)
            item.setData(Qt.ItemDataRole.UserRole, fact_id)
            # why it is asked, in words (a fact id is a code, not for the reader)
            item.setToolTip(text_in(row.field, "help", self.language))
        if not missing:
            item = QListWidgetItem(self.tr("✓ Every required question is answered."), self.missing)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.missing_title.setText(
            self.tr("Missing facts ({0})").format(len(missing))
            if missing
            else self.tr("Missing facts")
        )

    def missing_ids(self) -> list[str]:
        return missing_required(self.definition, self.answers())

    # ----- navigation -------------------------------------------------------------------------
    def _jump_to_section(self, item: QListWidgetItem) -> None:
        box = self.section_headers.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if box is not None:
            self.scroll_area.verticalScrollBar().setValue(box.y())
            shown = (r for r in self.rows.values() if r.parent() is box and r.isVisible())
            first = next(shown, None)
            if first is not None:
                first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _jump_to_missing(self, item: QListWidgetItem) -> None:
        fact_id = item.data(Qt.ItemDataRole.UserRole)
        if fact_id:
            self.focus_field(str(fact_id))

    def focus_field(self, fact_id: str) -> None:
        row = self.rows.get(fact_id)
        if row is None:
            return
        self.scroll_area.ensureWidgetVisible(row, 0, 40)
        row.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- autosave ---------------------------------------------------------------------------
    def _edited(self, section_id: str | None = None) -> None:
        if self._loading:
            return
        if section_id is not None and section_id != self._editing_section:
            # a new editing session: the next save opens a new intake revision
            self._editing_section = section_id
            self._open_revision = None
        self._rejected = None
        self.refresh()
        self._set_status(self.tr("Editing…"))
        self.timer.start()

    def has_unsaved_changes(self) -> bool:
        return self.timer.isActive() or self._saving or self.answers() != self._saved_answers

    def is_idle(self) -> bool:
        """No save waiting or running (tests wait on this)."""
        return not self.timer.isActive() and not self._saving

    def save_now(self) -> None:
        """Submit the current answers in a background job (unless nothing changed)."""
        self.timer.stop()
        if self._saving:
            self._again = True
            return
        if self._blocking:
            first = next(iter(self._blocking))
            self._set_status(
                self.tr("Not saved: fix “{0}” first.").format(self.rows[first].question)
            )
            return
        answers = self.answers()
        if answers == self._saved_answers:
            self._set_status(self.tr("All changes saved."))
            return
        self._saving = True
        self._set_status(self.tr("Saving…"))
        section = self._editing_section
        run_for(
            self,
            _save_job(self.vault, self.matter_id, answers, self.actor, self._open_revision),
            on_done=lambda done: self._save_done(answers, done, section),
            on_error=self._save_failed,
        )

    # ----- carried-over answers (issue 15) -----------------------------------------------------
    def marked_carried(self) -> list[str]:
        """Facts shown as carried over: still holding the value carried from the earlier matter."""
        return [f for f, v in self.carried_over.items()
                if f in self.rows and self._saved_answers.get(f) == v]

    def _mark_carried(self) -> None:
        marked = set(self.marked_carried())
        for fact_id, row in self.rows.items():
            row.carried.setVisible(fact_id in marked)
        self.confirm_carried.setVisible(bool(marked))

    def _confirm_carried(self) -> None:
        facts = self.marked_carried()
        workspace = Workspace(self.vault, self.actor)

        def confirmed(_facts: list[str]) -> None:
            self.carried_over = {f: v for f, v in self.carried_over.items() if f not in facts}
            self._mark_carried()

        run_mutation(self, lambda: workspace.confirm_carried_over(self.matter_id, facts),
                     error_title=self.tr("Not confirmed"), on_done=confirmed)

    def save_blocking(self) -> None:
        """Save on this thread (used when the window closes or locks with edits pending)."""
        self.timer.stop()
        if self._blocking or self._rejected is not None:
            return  # already shown inline; the same answers would be refused again
        answers = self.answers()
        if answers == self._saved_answers:
            return
        try:
            done = _save_job(self.vault, self.matter_id, answers, self.actor, self._open_revision)()
            announce(done.changes)
            self._saved_answers = answers
            self._open_revision = None  # the window is going: this editing session ends
        except Exception as exc:
            show_error(self, exc, title=self.tr("Intake not saved"))

    def _save_done(
        self, answers: dict[str, Any], done: Done[Any], section: str | None = None
    ) -> None:
        self._saving = False
        self._saved_answers = answers
        self._mark_carried()
        if section == self._editing_section:  # still the same editing session
            self._open_revision = done.value.id
        announce(done.changes)  # the matter window and the list refresh from it
        stamp = QDateTime.currentDateTime().toString("HH:mm")
        self._set_status(self.tr("All changes saved at {0}.").format(stamp))
        self.saved.emit()
        if self._again:
            self._again = False
            self.refresh()
            self.save_now()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._again = False
        if isinstance(exc, AnswerError):
            self._rejected = exc
            self.refresh()
            self.focus_field(exc.fact_id)
            self._set_status(self.tr("Not saved: {0}").format(_answer_message(exc)))
            return
        self._set_status(self.tr("Not saved."))
        show_error(self, exc, title=self.tr("Intake not saved"))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status_changed.emit(text)


def _answer_message(exc: AnswerError) -> str:
    prefix = f"{exc.fact_id}: "
    return exc.message[len(prefix) :] if exc.message.startswith(prefix) else exc.message


def _save_job(
    vault: Vault, matter_id: str, answers: dict[str, Any], actor: str, amend: str | None = None
) -> Callable[[], Done[Any]]:
    """Save in the background; returns the revision written (or amended), which the editing
    session amends at its next pause."""
    workspace = Workspace(vault, actor)

    def job() -> Done[Any]:
        return workspace.save_intake(matter_id, answers, amend=amend)

    return job
