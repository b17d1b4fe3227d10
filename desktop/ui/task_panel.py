"""The tasks of one checklist item in the matter window (issue 15): each action's assignee, due
date (approximate labelled, unknown said so, a moved date shown with the one it replaced) and
status, with Done, Not needed, Assign… and Reopen going through the Workspace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casework.workspace import Workspace
from desktop.ui.operations import run_mutation
from desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.shipped_text import rule_text_by_id
from desktop.ui.task_words import due_short, due_words, owner_word, task_status_word
from desktop.ui.window_language import window_language

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TaskPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tasks"))
        self.workspace_source: Callable[[], Workspace] | None = None
        self.tasks: list[Any] = []
        self.read_only = False
        self.assign_dialog: QInputDialog | None = None
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Tasks of this item"))
        self.tree.setHeaderLabels([
            self.tr("Action"), self.tr("Owner"), self.tr("Assigned to"), self.tr("Due"),
            self.tr("Status"),
        ])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setMaximumHeight(150)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Task note"))
        self.note.setPlaceholderText(self.tr("Note: what was done, or why it is not needed"))
        # Evidence of a done action: one of the matter's attachments (optional)
        self.evidence = QComboBox(self)
        self.evidence.setAccessibleName(self.tr("Evidence for the task"))
        self.evidence.setToolTip(self.tr("An attachment of this matter that shows the action "
                                         "was done (add files on the Attachments tab)"))
        self.attachments: dict[str, str] = {}
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.done_button = QPushButton(self.tr("D&one"), self)
        self.not_needed_button = QPushButton(self.tr("Not nee&ded"), self)
        self.assign_button = QPushButton(self.tr("Assi&gn…"), self)
        self.reopen_button = QPushButton(self.tr("Reo&pen"), self)
        self.done_button.clicked.connect(lambda: self.set_status("done"))
        self.not_needed_button.clicked.connect(lambda: self.set_status("not_needed"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        self.assign_button.clicked.connect(self.open_assign_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.done_button, self.not_needed_button, self.assign_button,
                       self.reopen_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.note)
        layout.addWidget(self.evidence)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.message.hide()
        self._update_buttons()

    # ----- showing ------------------------------------------------------------------------------
    def show_tasks(
        self, tasks: list[Any], *, read_only: bool = False,
        attachments: dict[str, str] | None = None,
    ) -> None:
        """The item's action tasks (ORM rows read by the tab), in action order; `attachments`
        (id -> file name) are what a done action may cite as its evidence."""
        chosen = self.selected_task()
        self.attachments = dict(attachments or {})
        self.evidence.clear()
        self.evidence.addItem(self.tr("No evidence attached"), None)
        for attachment_id, name in self.attachments.items():
            self.evidence.addItem(self.tr("Evidence: {0}").format(name), attachment_id)
        self.tasks = sorted(tasks, key=lambda t: t.action_number)
        self.read_only = read_only
        self.tree.clear()
        for task in self.tasks:
            row = QTreeWidgetItem([
                self.tr("Action {0}").format(task.action_number),
                owner_word(task.owner_role),
                task.assignee or self.tr("not assigned"),
                due_short(task.due_on, has_rule=task.due_rule is not None,
                          approximate=task.due_approximate, previous=task.previous_due_on),
                task_status_word(task.status)
                + (self.tr(" (no longer applies)") if task.no_longer_applies else ""),
            ])
            row.setData(0, ID_ROLE, task.id)
            row.setToolTip(0, rule_text_by_id(task.text, task.rule_id, window_language()))
            row.setToolTip(3, due_words(task.due_on, has_rule=task.due_rule is not None,
                                        approximate=task.due_approximate,
                                        previous=task.previous_due_on))
            evidence = self.attachments.get(task.evidence_attachment_id or "")
            status_tip = "\n".join(
                part for part in (
                    task.note,
                    self.tr("Evidence: {0}").format(evidence) if evidence else "",
                ) if part
            )
            if evidence:
                row.setText(4, row.text(4) + " 📎")
            if status_tip:
                row.setToolTip(4, status_tip)
            self.tree.addTopLevelItem(row)
            if task.id == chosen:
                self.tree.setCurrentItem(row)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.setVisible(bool(self.tasks))
        self._update_buttons()

    def selected_task(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def _selected(self) -> Any:
        chosen = self.selected_task()
        return next((t for t in self.tasks if t.id == chosen), None)

    def _update_buttons(self) -> None:
        task = self._selected()
        usable = task is not None and not self.read_only
        is_open = usable and task.status == "open"
        self.done_button.setEnabled(is_open)
        self.not_needed_button.setEnabled(is_open)
        self.assign_button.setEnabled(usable)
        self.reopen_button.setEnabled(usable and task.status != "open")
        self.note.setEnabled(usable)
        self.evidence.setEnabled(is_open and len(self.attachments) > 0)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----- acting -------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        task = self._selected()
        if task is None or self.workspace_source is None:
            return
        note = self.note.text().strip()
        if status == "not_needed" and not note:
            self._say(self.tr("Say in the note why the action is not needed."))
            self.note.setFocus()
            return
        self._say("")
        workspace = self.workspace_source()
        evidence = self.evidence.currentData() if status == "done" else None
        self.note.clear()
        self.evidence.setCurrentIndex(0)
        run_mutation(
            self,
            lambda: workspace.set_task_status(
                task.id, status=status, note=note, evidence_attachment_id=evidence
            ),
            error_title=self.tr("The task was not updated"),
        )

    def open_assign_dialog(self) -> QInputDialog | None:
        task = self._selected()
        if task is None or self.workspace_source is None:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Assign the task"))
        dialog.setLabelText(self.tr("Counsel, or anyone else by name (HR, IT, security):"))
        dialog.setComboBoxEditable(True)
        names = [c.name for c in self.workspace_source().counsel()]
        dialog.setComboBoxItems(names)
        dialog.setTextValue(task.assignee or (names[0] if names else ""))
        dialog.textValueSelected.connect(lambda name: self.assign(task.id, name))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def assign(self, task_id: str, name: str) -> None:
        if self.workspace_source is None:
            return
        workspace = self.workspace_source()
        run_mutation(
            self,
            lambda: workspace.assign_task(task_id, name),
            error_title=self.tr("The task was not assigned"),
        )
