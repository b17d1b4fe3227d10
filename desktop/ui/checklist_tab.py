"""The Checklist tab: tier and recommendation (with override), the review items by area, and a
side panel with the selected item's basis, required actions, decision and evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casework.changes import Aspect, Changes, Done
from casework.vaults import Vault
from casework.workspace import Workspace
from desktop.ui.checklist_model import (
    COL_ITEM,
    COL_MARKS,
    COL_SEVERITY,
    COL_STATUS,
    ID_ROLE,
    SEVERITY_COLOURS,
    STATUS_VALUES,
    ChecklistModel,
    area_label,
    item_row,
    marks_text,
    severity_text,
    status_word,
)
from desktop.ui.dialogs import show_error
from desktop.ui.labels import RECOMMENDATIONS, recommendation_label, tier_label
from desktop.ui.operations import announce, connect_changes, run_mutation
from desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFont,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPalette,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.verdict import incomplete_text
from desktop.ui.widgets import readable
from desktop.ui.window_language import window_language
from forms.legal import load_legal_bases
from forms.localize import text_in


def _bold(label: QLabel, extra_points: int = 0) -> QLabel:
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    if extra_points:
        font.setPointSize(font.pointSize() + extra_points)
    label.setFont(font)
    return label


def _wrapping(text: str = "", parent: QWidget | None = None, *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class OverrideDialog(QDialog):
    """Choose a recommendation and write why; OK stays disabled until a reason is typed."""

    def __init__(self, computed: str | None, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the recommendation"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapping(
                self.tr(
                    "The computed recommendation is “{0}”. An override is printed in the memo "
                    "beside the computed one, with your reason, your name and the date."
                ).format(recommendation_label(computed)),
                self,
            )
        )
        form = QFormLayout()
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Recommendation"))
        for code in RECOMMENDATIONS:
            self.choice.addItem(recommendation_label(code), code)
        index = self.choice.findData(current or computed)
        self.choice.setCurrentIndex(max(index, 0))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(self.tr("Why the computed recommendation does not fit…"))
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("&Recommendation:"), self.choice)
        form.addRow(self.tr("R&eason:"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Override"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )

    def recommendation(self) -> str:
        return str(self.choice.currentData())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class ItemPanel(QWidget):
    """Details, decision and evidence of the selected checklist item."""

    decide = Signal(str, str, str)  # item id, status, note
    link_requested = Signal(str)  # item id
    add_file_requested = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: dict[str, Any] | None = None
        self.stack = QStackedWidget(self)
        empty = _wrapping(
            self.tr(
                "Select a review item to see its legal basis, the actions it requires, "
                "and to record your decision and evidence."
            ),
            self,
            muted=True,
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(empty)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        self.title = _bold(_wrapping("", body), 2)
        self.meta = _wrapping("", body)
        self.flags = _wrapping("", body)
        self.wording = _wrapping("", body)
        self.actions_label = _wrapping("", body)
        self.evidence_needed = _wrapping("", body)
        self.confirm = _wrapping("", body)
        self.basis = _wrapping("", body)
        self.basis.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.title, self.meta, self.flags, self.wording):
            layout.addWidget(widget)
        for caption, widget in (
            (self.tr("Required actions"), self.actions_label),
            (self.tr("Evidence to collect"), self.evidence_needed),
            (self.tr("To confirm"), self.confirm),
            (self.tr("Legal basis"), self.basis),
        ):
            heading = _bold(QLabel(caption, body))
            heading.setObjectName(f"heading:{caption}")
            layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(widget)
            widget.setProperty("heading", heading)

        from desktop.ui.task_panel import TaskPanel

        # each action tracked (assignee, due date, status), right under the actions' wording
        self.tasks = TaskPanel(body)
        layout.insertWidget(layout.indexOf(self.actions_label) + 1, self.tasks)

        decision = QGroupBox(self.tr("Decision"), body)
        form = QFormLayout(decision)
        self.status = QComboBox(decision)
        self.status.setAccessibleName(self.tr("Item status"))
        for value in STATUS_VALUES:
            self.status.addItem(status_word(value), value)
        self.note = QPlainTextEdit(decision)
        self.note.setAccessibleName(self.tr("Decision note"))
        self.note.setPlaceholderText(self.tr("What was done or decided, and on what material"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.decided = _wrapping("", decision, muted=True)
        self.save_button = QPushButton(self.tr("&Record decision"), decision)
        self.save_button.setAccessibleName(self.tr("Record decision"))
        self.save_button.clicked.connect(self._save)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decided, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout.addSpacing(8)
        layout.addWidget(decision)

        evidence = QGroupBox(self.tr("Evidence attached"), body)
        ev_layout = QVBoxLayout(evidence)
        self.attached = QListWidget(evidence)
        self.attached.setAccessibleName(self.tr("Evidence attached"))
        self.attached.setMaximumHeight(90)
        self.link_button = QPushButton(self.tr("&Link attachment…"), evidence)
        self.add_button = QPushButton(self.tr("&Add file…"), evidence)
        self.link_button.clicked.connect(lambda: self._emit(self.link_requested))
        self.add_button.clicked.connect(lambda: self._emit(self.add_file_requested))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.link_button)
        row.addWidget(self.add_button)
        ev_layout.addWidget(self.attached)
        ev_layout.addLayout(row)
        layout.addWidget(evidence)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _emit(self, signal: Any) -> None:
        if self.row is not None:
            signal.emit(self.row["id"])

    def pending(self) -> tuple[str, str, str] | None:
        """(item id, status, note) when the panel shows a decision not yet recorded."""
        if self.row is None:
            return None
        status, note = str(self.status.currentData()), self.note.toPlainText().strip()
        if note == str(self.row["note"] or "").strip() and status == self.row["status"]:
            return None
        return str(self.row["id"]), status, note

    def _save(self) -> None:
        if self.row is not None:
            self.decide.emit(
                self.row["id"], str(self.status.currentData()), self.note.toPlainText().strip()
            )

    def show_row(self, row: dict[str, Any] | None, attachments: dict[str, str]) -> None:
        self.row = row
        if row is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.title.setText(row["title"])
        colour = readable(SEVERITY_COLOURS.get(row["severity"], "#546e7a"))
        # Severity and area in words; the rule's code stays in files and --json (words, not codes)
        self.meta.setText(f"{severity_text(row['severity'])}  ·  {area_label(row['area'])}")
        self.meta.setStyleSheet(f"color: {colour};")
        flags = []
        if row["blocking"]:
            flags.append(self.tr("⛔ Blocking: the move cannot go ahead as proposed."))
        if row["is_new"]:
            flags.append(self.tr("★ New since the last assessment."))
        if row["no_longer_applies"]:
            flags.append(
                self.tr("No longer applies after the latest answers; kept with its decision.")
            )
        self.flags.setText("\n".join(flags))
        self.flags.setVisible(bool(flags))
        self.wording.setText(row["wording"])
        self._list(self.actions_label, row["actions"])
        self._list(self.evidence_needed, row["evidence"])
        self._list(self.confirm, row["to_confirm"])
        self.basis.setText(self._basis_html(row["basis"]))
        self.status.setCurrentIndex(max(self.status.findData(row["status"]), 0))
        self.note.setPlainText(row["note"])
        self.decided.setText(
            self.tr("Last decided by {0}, {1}").format(row["decided_by"], row["decided_at"][:10])
            if row["decided_by"]
            else ""
        )
        self.attached.clear()
        for attachment_id in row["evidence_ids"]:
            QListWidgetItem(
                "📎 " + attachments.get(attachment_id, self.tr("(removed attachment)")),
                self.attached,
            )
        if not row["evidence_ids"]:
            item = QListWidgetItem(self.tr("No evidence attached yet."), self.attached)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    @staticmethod
    def _list(label: QLabel, lines: list[str]) -> None:
        label.setText("\n".join(f"• {line}" for line in lines))
        label.setVisible(bool(lines))
        heading = label.property("heading")
        if isinstance(heading, QLabel):
            heading.setVisible(bool(lines))

    def _basis_html(self, basis_ids: list[str]) -> str:
        from html import escape

        if window_language() == "zh":
            return "".join(self._basis_html_zh(basis_id) for basis_id in basis_ids)
        bases = load_legal_bases()
        parts = []
        for basis_id in basis_ids:
            basis = bases.get(basis_id)
            if basis is None:
                parts.append(f"<p><b>{escape(basis_id)}</b></p>")
                continue
            caveat = (
                f"<br><i>{escape(self.tr('Caveat:'))} {escape(basis.caveat)}</i>"
                if basis.caveat
                else ""
            )
            mark = basis.verification_mark()  # law not checked against an official text
            citation = f"{basis.citation()} {mark}" if mark else basis.citation()
            parts.append(
                f"<p><b>{escape(basis_id)}</b> — {escape(citation)}<br>"
                f"{escape(basis.summary)}{caveat}</p>"
            )
        return "".join(parts)

    def _basis_html_zh(self, basis_id: str) -> str:
        """A basis as a Chinese reader cites it: the official title and article (a PRC
        instrument in 《》), the provision's own text where the data quotes it, then our
        paraphrase, labelled as such."""
        from html import escape

        basis = load_legal_bases().get(basis_id)
        if basis is None:
            return f"<p><b>{escape(basis_id)}</b></p>"
        heading = escape(basis.chinese_citation())
        if not basis.checked_against_text:
            heading += " " + escape(self.tr("(not verified against an official text)"))
        quoted = escape(self.tr("Text of the provision:"))
        paraphrase = escape(self.tr("Paraphrase:"))
        caveat = escape(self.tr("Caveat:"))
        html = f"<p><b>{heading}</b>"
        if basis.article_note and not basis.article_confirmed:  # which text is quoted
            html += f"<br><i>{escape(text_in(basis, 'article_note', 'zh'))}</i>"
        if basis.provision_zh:
            lines = "<br>".join(escape(line) for line in basis.provision_zh.splitlines())
            html += f"<br><i>{quoted}</i></p><p style=\"margin-left: 14px;\">{lines}</p><p>"
        else:
            html += "<br>"
        html += f"<i>{paraphrase}</i>{escape(text_in(basis, 'summary', 'zh'))}"
        if basis.caveat:
            html += f"<br><i>{caveat}{escape(text_in(basis, 'caveat', 'zh'))}</i>"
        return html + "</p>"


class ChecklistTab(QWidget):
    """`changed` fires after a decision, an override or evidence changes the matter."""

    changed = Signal()

    def empty_text(self, missing_facts: bool) -> str:
        """What the empty checklist says: answer the intake first, or nothing applies."""
        if missing_facts:
            return self.tr(
                "No review items yet. Answer the intake questions: the checklist is built from "
                "the answers and updates after each save."
            )
        return self.tr(
            "No review items apply to these answers. The required questions are answered and "
            "no rule calls for a review; the checklist updates if the answers change."
        )

    def __init__(
        self, vault: Vault, matter_id: str, *, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.matter_id = matter_id
        self.actor = actor
        self.attachments: dict[str, str] = {}
        self.computed: str | None = None
        self.override: str | None = None

        # tier and recommendation
        summary = QFrame(self)
        summary.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QHBoxLayout(summary)
        tier_box = QVBoxLayout()
        self.tier = _bold(_wrapping("", summary), 2)
        self.tier.setAccessibleName(self.tr("Knowledge tier"))
        self.tier_reasons = _wrapping("", summary, muted=True)
        self.tier_reasons.setAccessibleName(self.tr("Why this tier"))
        self.key_dates = _wrapping("", summary, muted=True)
        self.key_dates.setAccessibleName(self.tr("Key dates"))
        tier_box.addWidget(self.tier)
        tier_box.addWidget(self.tier_reasons)
        tier_box.addWidget(self.key_dates)
        rec_box = QVBoxLayout()
        self.recommendation = _bold(_wrapping("", summary), 2)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.override_note = _wrapping("", summary, muted=True)
        buttons = QHBoxLayout()
        self.override_button = QPushButton(self.tr("&Override…"), summary)
        self.override_button.setAccessibleName(self.tr("Override the recommendation"))
        self.clear_button = QPushButton(self.tr("&Clear override"), summary)
        self.override_button.clicked.connect(self.open_override_dialog)
        self.clear_button.clicked.connect(self.clear_override)
        # a matter assessed under an older review policy keeps it until counsel re-assesses
        self.policy_note = _wrapping("", summary, muted=True)
        self.reassess_button = QPushButton(self.tr("Re-&assess under the new policy…"), summary)
        self.reassess_button.setAccessibleName(self.tr("Re-assess under the new review policy"))
        self.reassess_button.clicked.connect(self.open_reassess_dialog)
        rec_box.addWidget(self.policy_note)
        buttons.addWidget(self.reassess_button)
        buttons.addStretch(1)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_button)
        rec_box.addWidget(self.recommendation)
        rec_box.addWidget(self.override_note)
        rec_box.addLayout(buttons)
        grid.addLayout(tier_box, 3)
        grid.addSpacing(16)
        grid.addLayout(rec_box, 2)

        # items
        self.model = ChecklistModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Checklist"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (COL_SEVERITY, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MARKS, QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.empty = _wrapping(self.empty_text(True), self, muted=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.items_stack = QStackedWidget(self)
        self.items_stack.addWidget(self.empty)
        self.items_stack.addWidget(self.tree)

        self.panel = ItemPanel(self)
        self.panel.decide.connect(self.set_status)
        self.panel.link_requested.connect(self.link_existing)
        self.panel.add_file_requested.connect(self.add_evidence_file)
        self.panel.tasks.workspace_source = lambda: self.workspace
        self.tasks_by_rule: dict[str, list[Any]] = {}

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.items_stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        self.reload()
        connect_changes(self._on_changes)

    # ----- data -------------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        return Workspace(self.vault, self.actor)

    def _on_changes(self, changes: Changes) -> None:
        if self.vault.is_locked or getattr(self.window(), "_dropped", False):
            return
        if changes.touches(self.matter_id, Aspect.CHECKLIST, Aspect.RECOMMENDATION,
                           Aspect.ATTACHMENTS):
            self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        typed = self.panel.pending()  # a reload after a change elsewhere keeps what is typed here
        workspace = self.workspace
        matter = workspace.matter(self.matter_id)
        assessment = workspace.assessment(self.matter_id)
        language = window_language()
        rows = [
            item_row(item, language=language, policy_version=matter.policy_version)
            for item in matter.checklist_items
        ]
        self.tasks_by_rule = {}
        for task in workspace.matter_tasks(self.matter_id):
            if task.entry == "action":
                self.tasks_by_rule.setdefault(task.rule_id, []).append(task)
        from desktop.ui.task_words import key_dates_text

        self.key_dates.setText(key_dates_text(workspace.key_dates(self.matter_id)))
        self.key_dates.setVisible(bool(self.key_dates.text()))
        self.attachments = {a.id: a.name for a in matter.attachments}
        self.computed = matter.recommendation
        self.override = matter.override_recommendation
        override_reason = matter.override_reason or ""
        override_by = matter.override_by or ""
        override_at = (matter.override_at or "")[:10]
        tier = matter.tier
        policy_version = matter.policy_version
        self.model.set_rows(rows)
        self.tree.expandAll()
        self.items_stack.setCurrentIndex(1 if rows else 0)
        missing = list(assessment.get("missing") or [])
        self.empty.setText(self.empty_text(bool(missing)))
        self._fit_notes_column()
        self.tier.setText(tier_label(tier, short=False))
        reasons = assessment.get("tier_reasons_zh") if language == "zh" else None
        self.tier_reasons.setText("\n".join(reasons or assessment.get("tier_reasons") or []))
        if self.override:
            self.recommendation.setText(
                self.tr("{0} (overridden)").format(recommendation_label(self.override))
            )
            self.override_note.setText(
                self.tr("Computed: {0}. Overridden by {1} on {2}: {3}").format(
                    recommendation_label(self.computed), override_by, override_at, override_reason
                )
            )
        elif missing:
            # provisional: the computed value is shown, labelled as such, never as a verdict
            self.recommendation.setText(incomplete_text(len(missing)))
            self.override_note.setText(
                self.tr("Provisional: “{0}” until the required facts are answered.").format(
                    recommendation_label(self.computed)
                )
            )
        else:
            self.recommendation.setText(recommendation_label(self.computed))
            self.override_note.setText(self.tr("Computed from the checklist."))
        self.clear_button.setEnabled(bool(self.override))
        from forms.rules import LATEST_POLICY

        outdated = policy_version < LATEST_POLICY
        self.policy_note.setText(
            self.tr("Assessed under review policy {0}; policy {1} is available.").format(
                policy_version, LATEST_POLICY
            )
            if outdated
            else self.tr("Assessed under review policy {0}.").format(policy_version)
        )
        self.reassess_button.setVisible(outdated)
        if selected and (index := self.model.index_for(selected)) is not None:
            self.tree.setCurrentIndex(index)
        self._selected()
        if typed is not None and self.panel.row is not None and self.panel.row["id"] == typed[0]:
            self.panel.status.setCurrentIndex(self.panel.status.findData(typed[1]))
            self.panel.note.setPlainText(typed[2])

    def _fit_notes_column(self) -> None:
        """The Notes column as wide as its longest mark (never cut to "To conf…"), plus room
        for the cell padding; the item titles take what is left."""
        metrics = self.tree.fontMetrics()
        widest = max(
            [metrics.horizontalAdvance(self.model.headerData(COL_MARKS, Qt.Orientation.Horizontal))]
            + [metrics.horizontalAdvance(marks_text(row)) for row in self.model.rows]
        )
        self.tree.setColumnWidth(COL_MARKS, widest + 3 * metrics.averageCharWidth() + 12)

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return str(value) if value else None

    def select_rule(self, rule_id: str) -> bool:
        row = next((r for r in self.model.rows if r["rule"] == rule_id), None)
        if row is None:
            return False
        index = self.model.index_for(row["id"])
        self.tree.setCurrentIndex(index)
        return True

    def _selected(self) -> None:
        item_id = self.selected_id()
        if self.panel.row is not None and self.panel.row["id"] != item_id:
            self.save_pending()  # leaving an item keeps what was typed for it
        row = self.model.row_for(item_id) if item_id else None
        self.panel.show_row(row, self.attachments)
        self.panel.tasks.show_tasks(
            self.tasks_by_rule.get(row["rule"], []) if row else [],
            read_only=bool(getattr(self.window(), "read_only", False)),
            attachments=self.attachments,
        )

    def save_pending(self) -> None:
        """Record the shown item's typed note or chosen status, as Record decision would."""
        pending = self.panel.pending()
        if pending is None:
            return
        self.panel.row = None  # recorded below, once
        self.set_status(*pending, wait=True)

    # ----- actions ----------------------------------------------------------------------------
    def _mutate(self, call: Callable[[], Done[Any]], error_title: str, *, wait: bool) -> None:
        """Run a Workspace mutation through the window's one helper; `wait` runs it here and
        now instead (leaving an item or closing the window must not lose the decision)."""
        if not wait:
            run_mutation(
                self, call, error_title=error_title, on_done=lambda _v: self.changed.emit(),
                on_error=lambda _exc: self.reload(),
            )
            return
        try:
            done = call()
        except Exception as exc:
            show_error(self, exc, title=error_title)
            return
        announce(done.changes)
        self.changed.emit()

    def set_status(self, item_id: str, status: str, note: str, *, wait: bool = False) -> None:
        if self.panel.row is not None and self.panel.row["id"] == item_id:
            # Shown as recorded from now on: leaving the item must not record it a second time
            # while the worker runs (a failure reloads what is stored).
            self.panel.row = {**self.panel.row, "status": status, "note": note}
        workspace = self.workspace
        self._mutate(
            lambda: workspace.decide_item(item_id, status=status, note=note),
            self.tr("Decision not recorded"), wait=wait,
        )

    def open_override_dialog(self) -> OverrideDialog:
        """Open the override dialog (non-blocking; returns it so tests can drive it)."""
        dialog = OverrideDialog(self.computed, self.override, self)
        dialog.accepted.connect(lambda: self._apply_override(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_reassess_dialog(self) -> QDialog | None:
        """Show what re-assessing under the latest policy changes; OK applies it (returns the
        dialog so tests can drive it)."""
        from desktop.ui.policy_dialog import PolicyChangeDialog
        from forms.definitions import load_definition
        from forms.localize import text_in

        try:
            change = self.workspace.preview_reassessment(self.matter_id)
            kind = self.workspace.matter(self.matter_id).kind
        except Exception as exc:
            show_error(self, exc, title=self.tr("Re-assessment not possible"))
            return None
        definition = load_definition(kind, change.form_version_after)
        language = window_language()  # the questions as the window reads them
        labels = {field.id: text_in(field, "label", language) for field in definition.fields}
        dialog = PolicyChangeDialog(change, labels, self)
        dialog.accepted.connect(lambda: self._apply_policy_change(change.to_version))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _apply_policy_change(self, version: int) -> None:
        workspace, matter_id = self.workspace, self.matter_id
        self._mutate(
            lambda: workspace.reassess(matter_id, policy_version=version),
            self.tr("Re-assessment not applied"), wait=False,
        )

    def _apply_override(self, dialog: OverrideDialog) -> None:
        workspace, matter_id = self.workspace, self.matter_id
        recommendation, reason = dialog.recommendation(), dialog.reason_text()
        self._mutate(
            lambda: workspace.override_recommendation(
                matter_id, recommendation=recommendation, reason=reason
            ),
            self.tr("Override not saved"), wait=False,
        )

    def clear_override(self) -> None:
        workspace, matter_id = self.workspace, self.matter_id
        self._mutate(
            lambda: workspace.clear_override(matter_id), self.tr("Override not cleared"),
            wait=False,
        )

    def link_existing(self, item_id: str) -> None:
        if not self.attachments:
            show_error(
                self,
                self.tr(
                    "This matter has no attachments yet. Use “Add file…” to bring a "
                    "document into the vault and attach it."
                ),
                title=self.tr("No attachments"),
            )
            return
        ids = list(self.attachments)
        names = [self.attachments[i] for i in ids]
        name, ok = QInputDialog.getItem(
            self, self.tr("Link evidence"), self.tr("Attachment:"), names, 0, False
        )
        if ok and name in names:
            self.link(item_id, ids[names.index(name)])

    def link(self, item_id: str, attachment_id: str) -> None:
        workspace = self.workspace
        self._mutate(
            lambda: workspace.link_evidence(item_id, attachment_id),
            self.tr("Evidence not linked"), wait=False,
        )

    def add_evidence_file(self, item_id: str) -> None:
        from desktop.ui.attachments_tab import import_files

        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"))
        if not path:
            return

        def done(ids: list[str]) -> None:
            for attachment_id in ids:
                self.link(item_id, attachment_id)

        import_files(self, self.vault, self.matter_id, [path], actor=self.actor, on_done=done)
