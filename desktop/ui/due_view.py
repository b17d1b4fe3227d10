"""The Due view (issue 15): what is due across every open matter, in five buckets (overdue, next
7 days, next 30 days, later, date unknown), filtered by counsel, owner and kind, a page at a time.

Every query runs in a worker (`Workspace.due_page` / `due_rows`, index walks in SQL); a result
whose request is no longer the latest is dropped. Double-click or Enter on a row emits
`open_requested(matter_id, rule_id)`: the main window opens the matter at that checklist item.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casework.changes import Aspect, Changes
from casework.due import BUCKETS, COUNT_CAP, DueFilter, DuePage, DueRow
from casework.workspace import Workspace
from desktop.ui.labels import KINDS, kind_label
from desktop.ui.operations import connect_changes
from desktop.ui.qt import (
    QAbstractItemView,
    QAction,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QObject,
    QPushButton,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.shipped_text import rule_text_by_id
from desktop.ui.task_words import (
    action_title,
    bucket_word,
    count_text,
    due_short,
    due_words,
    key_date_label,
    owner_word,
    summary_line,
    task_status_word,
)
from desktop.ui.window_language import window_language
from desktop.ui.workers import run_in_background

PAGE_SIZE = 50
OWNER_ROLES = ("legal", "hr", "security", "it", "management", "the_person")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COL_DUE, COL_MATTER, COL_WHAT, COL_OWNER, COL_ASSIGNEE, COL_STATUS = range(6)


class DueView(QWidget):
    open_requested = Signal(str, str)  # matter id, rule id ("" for a key date)
    loaded = Signal()  # a page has landed (tests and the status bar wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueView")
        self.vault: Any = None
        self.today = date.today()
        self.bucket: str | None = None
        self.page: DuePage | None = None
        self.rows: list[DueRow] = []
        self.cursors: list[tuple[str, str] | None] = [None]  # the key each shown page began at
        self.next_after: tuple[str, str] | None = None
        self._generation = 0
        self.jobs: list[Any] = []

        title = QLabel(self.tr("What is due across open matters"), self)
        font = title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        title.setFont(font)

        self.buckets = QButtonGroup(self)
        self.buckets.setExclusive(True)
        bucket_row = QHBoxLayout()
        self.bucket_buttons: dict[str, QPushButton] = {}
        for bucket in BUCKETS:
            button = QPushButton(bucket_word(bucket), self)
            button.setCheckable(True)
            button.setAccessibleName(bucket_word(bucket))
            self.buckets.addButton(button)
            self.bucket_buttons[bucket] = button
            button.clicked.connect(lambda _=False, b=bucket: self.show_bucket(b))
            bucket_row.addWidget(button)
        bucket_row.addStretch(1)

        self.counsel = QComboBox(self)
        self.counsel.setAccessibleName(self.tr("Assigned counsel"))
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.addItem(self.tr("Every owner"), "")
        for role in OWNER_ROLES:
            self.owner.addItem(owner_word(role), role)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of matter"))
        self.kind.addItem(self.tr("Every kind"), "")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        filters = QHBoxLayout()
        for caption, combo in ((self.tr("&Counsel:"), self.counsel),
                               (self.tr("O&wner:"), self.owner), (self.tr("&Kind:"), self.kind)):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters.addStretch(1)

        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Due"), self.tr("Matter"), self.tr("What"), self.tr("Owner"),
            self.tr("Assigned to"), self.tr("Status"),
        ])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Due tasks and key dates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        # the matter's reference and title: room for both, never at the action's expense
        header.setSectionResizeMode(COL_MATTER, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_MATTER, 34 * self.fontMetrics().averageCharWidth())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.open_row(self.table.currentIndex().row()))

        self.empty = QLabel("", self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.previous_button = QPushButton(self.tr("◀ &Previous"), self)
        self.next_button = QPushButton(self.tr("&Next ▶"), self)
        self.page_label = QLabel("", self)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        pager = QHBoxLayout()
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.previous_button)
        pager.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(title)
        layout.addLayout(bucket_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(pager)
        self._update_pager()

    # ----- data -------------------------------------------------------------------------------
    def set_vault(self, vault: Any, *, today: date | None = None) -> None:
        """Attach an unlocked vault (None on lock: every row goes) and load the first page."""
        self.vault = vault
        self.today = today or date.today()
        self.model.removeRows(0, self.model.rowCount())
        self.rows = []
        if vault is None:
            self._generation += 1
            return
        self._fill_counsel()
        self.reload()

    def _fill_counsel(self) -> None:
        chosen = self.counsel.currentData()
        self.counsel.blockSignals(True)
        self.counsel.clear()
        self.counsel.addItem(self.tr("Anyone"), "")
        for person in Workspace(self.vault, "").counsel():  # a handful of rows
            self.counsel.addItem(person.name, person.id)
        self.counsel.setCurrentIndex(max(self.counsel.findData(chosen), 0))
        self.counsel.blockSignals(False)

    def current_filter(self) -> DueFilter:
        kind = str(self.kind.currentData() or "")
        return DueFilter(
            counsel_id=str(self.counsel.currentData() or "") or None,
            owner_role=str(self.owner.currentData() or "") or None,
            kinds=(kind,) if kind else (),
        )

    def reload(self) -> None:
        """Counts and the first page of the chosen bucket (the first non-empty one at first)."""
        if self.vault is None or self.vault.is_locked:
            return
        vault, flt, bucket, today = self.vault, self.current_filter(), self.bucket, self.today
        self._generation += 1
        generation = self._generation

        def work() -> DuePage:
            return Workspace(vault, "").due_page(flt, bucket=bucket, today=today, limit=PAGE_SIZE)

        def done(page: DuePage) -> None:
            if generation != self._generation:
                return
            self.page = page
            self.bucket = page.bucket
            self.cursors = [None]
            self._show(page.rows, page.next_after)

        self._run(work, done)

    def show_bucket(self, bucket: str) -> None:
        self.bucket = bucket
        self.reload()

    def next_page(self) -> None:
        if self.next_after is not None:
            self.cursors.append(self.next_after)
            self._load_page(self.next_after)

    def previous_page(self) -> None:
        if len(self.cursors) > 1:
            self.cursors.pop()
            self._load_page(self.cursors[-1])

    def _load_page(self, after: tuple[str, str] | None) -> None:
        vault, flt, bucket, today = self.vault, self.current_filter(), self.bucket, self.today
        assert bucket is not None
        self._generation += 1
        generation = self._generation

        def work() -> tuple[list[DueRow], tuple[str, str] | None]:
            return Workspace(vault, "").due_rows(
                flt, bucket=bucket, after=after, today=today, limit=PAGE_SIZE
            )

        def done(result: tuple[list[DueRow], tuple[str, str] | None]) -> None:
            if generation == self._generation:
                self._show(*result)

        self._run(work, done)

    def _run(self, work: Any, done: Any) -> None:
        job = run_in_background(work, on_done=done)
        self.jobs = [j for j in self.jobs if not j.finished] + [job]

    # ----- showing ------------------------------------------------------------------------------
    def _show(self, rows: list[DueRow], next_after: tuple[str, str] | None) -> None:
        self.rows = rows
        self.next_after = next_after
        counts = self.page.counts if self.page else {}
        for bucket, button in self.bucket_buttons.items():
            button.setText(self.tr("{0} ({1})").format(
                bucket_word(bucket), count_text(counts.get(bucket, 0))))
            button.setChecked(bucket == self.bucket)
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow(self._cells(row))
        # Rows arrive while the view may be hidden (another page of the window's stack): size
        # the columns to what they now hold, so a date or a name is never cut to "2…".
        for column in (COL_DUE, COL_OWNER, COL_ASSIGNEE, COL_STATUS):
            self.table.resizeColumnToContents(column)
        self.empty.setText(self.tr("Nothing in “{0}” for these filters.").format(
            bucket_word(self.bucket or "")))
        self.empty.setVisible(not rows)
        self._update_pager()
        self.loaded.emit()

    def _cells(self, row: DueRow) -> list[QStandardItem]:
        key_date = row.entry == "key_date"
        has_rule = row.has_due_rule or key_date
        due = due_short(row.due_on, has_rule=has_rule, approximate=row.approximate,
                        previous=row.previous_due_on)
        if key_date:
            what = self.tr("Key date: {0}").format(key_date_label(row.rule_id))
        else:
            language = window_language()
            title = rule_text_by_id(row.item_title, row.rule_id, language)
            text = rule_text_by_id(row.text, row.rule_id, language)
            what = f"{action_title(title, row.number)} — {text}"
        values = [
            due,
            f"{row.reference}  {row.matter_title}",
            what,
            "" if key_date else owner_word(row.owner_role),
            row.assignee,
            "" if key_date else task_status_word(row.status),
        ]
        cells = []
        for column, value in enumerate(values):
            cell = QStandardItem(value)
            cell.setEditable(False)
            cell.setData(row, ROW_ROLE)
            if column in (COL_WHAT, COL_MATTER):
                cell.setToolTip(value)
            elif column == COL_DUE:
                cell.setToolTip(due_words(row.due_on, has_rule=has_rule,
                                          approximate=row.approximate,
                                          previous=row.previous_due_on))
            cells.append(cell)
        if row.previous_due_on:
            font = cells[COL_DUE].font()
            font.setBold(True)
            cells[COL_DUE].setFont(font)
        return cells

    def _update_pager(self) -> None:
        number = len(self.cursors)
        total = self.page.counts.get(self.bucket or "", 0) if self.page else 0
        pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
        if total >= COUNT_CAP:  # counted up to the cap only: the last page is not known
            self.page_label.setText(self.tr("Page {0}").format(number))
        else:
            self.page_label.setText(self.tr("Page {0} of {1}").format(number, pages))
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(self.next_after is not None)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            shown = self.rows[row]
            self.open_requested.emit(
                shown.matter_id, "" if shown.entry == "key_date" else shown.rule_id
            )


class DueController(QObject):
    """The Due view's place in the main window: a checkable "Due" action (toolbar, View menu,
    Ctrl+D) that swaps the matter list for the view, the quiet summary in the status bar after
    unlock, and opening a row's matter at its checklist item. Kept here so the main window only
    creates it and tells it about unlock and lock."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.view = DueView(window)
        window.stack.addWidget(self.view)
        self.action = QAction(self.tr("&Due"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+D"))
        tip = self.tr("What is due across open matters (Ctrl+D)")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.toggled.connect(self.show_due)
        window.addAction(self.action)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.action)
        window.view_menu.addAction(self.action)  # the main window's one View menu
        self.summary = QLabel("", window)
        self.summary.setObjectName("dueSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda _link: self.action.setChecked(True))
        window.statusBar().addWidget(self.summary)
        self.view.open_requested.connect(self.open_at)
        self.jobs: list[Any] = []
        self._summary_generation = 0
        connect_changes(self._on_changes)

    def unlocked(self) -> None:
        """After unlock: the list shows first; the counts come quietly in the status bar."""
        self.action.blockSignals(True)
        self.action.setChecked(False)
        self.action.blockSignals(False)
        self.action.setEnabled(True)
        self.view.set_vault(None)
        self.refresh_summary()

    def locked(self) -> None:
        self._summary_generation += 1
        self.view.set_vault(None)
        self.summary.clear()
        self.action.blockSignals(True)
        self.action.setChecked(False)
        self.action.blockSignals(False)

    def show_due(self, shown: bool) -> None:
        window = self.window
        if window.vault is None:
            return
        if shown:
            self.view.set_vault(window.vault)
            window.stack.setCurrentWidget(self.view)
            self.view.table.setFocus()
        else:
            window.stack.setCurrentWidget(window.panel)

    def refresh_summary(self) -> None:
        vault = self.window.vault
        if vault is None or vault.is_locked:
            return
        self._summary_generation += 1
        generation = self._summary_generation

        def done(counts: dict[str, int]) -> None:
            if generation != self._summary_generation:
                return
            line = summary_line(counts)
            self.summary.setText(f'<a href="due">{line}</a>')
            self.summary.setAccessibleName(line)

        job = run_in_background(lambda: Workspace(vault, "").due_counts(), on_done=done)
        self.jobs = [j for j in self.jobs if not j.finished] + [job]

    def open_at(self, matter_id: str, rule_id: str) -> None:
        window = self.window.open_matter(matter_id)
        if window is None:
            return
        window.tabs.setCurrentWidget(window.checklist)
        if rule_id:
            window.checklist.select_rule(rule_id)

    def _on_changes(self, changes: Changes) -> None:
        vault = self.window.vault
        if vault is None or vault.is_locked:
            return
        if changes.touches(None, Aspect.CHECKLIST, Aspect.STATUS, Aspect.INTAKE,
                           Aspect.MATTER_LIST):
            self.refresh_summary()
            if self.action.isChecked():
                self.view.reload()
