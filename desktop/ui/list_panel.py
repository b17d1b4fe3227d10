"""The matter list panel of the main window: search box (debounced), kind/status/tier filters,
the table over `MatterListModel`, and empty states that say what to do next."""

from __future__ import annotations

from casework.listing import MatterFilter
from desktop.ui.labels import (
    KINDS,
    STATUSES,
    TIERS,
    kind_label,
    recommendation_label,
    status_label,
    tier_label,
)
from desktop.ui.matter_list_model import (
    COL_CLIENT,
    COL_KIND,
    COL_NEXT_DUE,
    COL_PERSON,
    COL_RECOMMENDATION,
    COL_REFERENCE,
    COL_STATUS,
    COL_TIER,
    COL_TITLE,
    COL_UPDATED,
    ID_ROLE,
    MatterListModel,
)
from desktop.ui.prefs import app_settings, load_state, save_state
from desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QEvent,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QObject,
    QPalette,
    QPushButton,
    QShortcut,
    QStackedWidget,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SEARCH_DEBOUNCE_MS = 250
ALL = "*"
ACTIVE = ""
HEADER_STATE_KEY = "matter_list/header"
AUTO_FIT_KEY = "state/matter_list/auto_fit"  # False once the user has sized the columns
EMPTY_TEXT_MIN_WIDTH = 420
EMPTY_TEXT_MAX_WIDTH = 560


class EmptyState(QWidget):
    """A centred message with guidance and an optional button."""

    def __init__(self, title: str, detail: str, button: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 4)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.detail = QLabel(detail, self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.button = QPushButton(button, self)
        self.button.setVisible(bool(button))
        # A word-wrapped label added with an alignment flag gets only its minimum width (a
        # narrow strip): it goes in a centred block of a readable measure instead.
        block = QWidget(self)
        block.setMinimumWidth(EMPTY_TEXT_MIN_WIDTH)
        block.setMaximumWidth(EMPTY_TEXT_MAX_WIDTH)
        inner = QVBoxLayout(block)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.detail)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        inner.addSpacing(8)
        inner.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(block, 3)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(centre)
        layout.addStretch(3)


class MatterListPanel(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    selection_changed = Signal()

    def __init__(self, model: MatterListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search references, people, organisations, summaries and notes")
        )
        self.search.setAccessibleName(self.tr("Search matters"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for kind in KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All but archived"), ACTIVE)
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.tier_filter = QComboBox(self)
        self.tier_filter.setAccessibleName(self.tr("Filter by tier"))
        self.tier_filter.addItem(self.tr("All tiers"), ALL)
        for tier in TIERS:
            self.tier_filter.addItem(tier_label(tier, short=False), tier)
        for combo in (self.kind_filter, self.status_filter, self.tier_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filters)
        # the tiers' long names belong in the open list, not in the width of the closed box
        self.tier_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tier_filter.setMinimumContentsLength(len(self.tier_filter.itemText(0)) + 4)
        self.tier_filter.view().setMinimumWidth(self.tier_filter.view().sizeHintForColumn(0) + 24)
        for index in range(self.tier_filter.count()):
            self.tier_filter.setItemData(
                index, self.tier_filter.itemText(index), Qt.ItemDataRole.ToolTipRole
            )

        self.table = QTableView(self)
        self.table.setObjectName("matterTable")
        self.table.setAccessibleName(self.tr("Matters"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self._fitting = False
        self.auto_fit = True  # until the user sizes a column (or a saved layout is restored)
        self.fit_columns()
        header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        state = load_state(HEADER_STATE_KEY)
        if state is not None:
            header.restoreState(state)
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
            self.auto_fit = app_settings().value(AUTO_FIT_KEY, True) in (True, "true")
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open_index)
        open_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        open_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_key.activated.connect(self.open_current)
        enter_key = QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table)
        enter_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter_key.activated.connect(self.open_current)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.selection_changed.emit())
        model.modelReset.connect(self._after_reset)

        self.no_matters = EmptyState(
            self.tr("No matters yet"),
            self.tr(
                "Press Ctrl+N to open one — choose its kind (departure, secondment, travel or "
                "collaboration) and Outbound walks you through the intake."
            ),
            self.tr("&New matter…"),
            self,
        )
        self.no_matters.button.clicked.connect(self.new_requested)
        self.no_match = EmptyState(
            self.tr("No matters match"),
            self.tr("Nothing matches this search and these filters."),
            self.tr("&Clear search and filters"),
            self,
        )
        self.no_match.button.clicked.connect(self.clear_filters)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.no_matters)
        self.stack.addWidget(self.no_match)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for label, combo in (
            (self.tr("&Kind:"), self.kind_filter),
            (self.tr("&Status:"), self.status_filter),
            (self.tr("&Tier:"), self.tier_filter),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            bar.addSpacing(6)
            bar.addWidget(caption)
            bar.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._after_reset()

    # ----- filters ----------------------------------------------------------------------------
    def current_filter(self) -> MatterFilter:
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        tier = self.tier_filter.currentData()
        return MatterFilter(
            kinds=() if kind == ALL else (kind,),
            statuses=() if status in (ALL, ACTIVE) else (status,),
            tiers=() if tier == ALL else (int(tier),),
            search=self.search.text().strip(),
            include_archived=status != ACTIVE,
        )

    def is_filtered(self) -> bool:
        """Whether the rows on screen are a filtered listing (the search and filters as they
        were when those rows were asked for: a newer search may still be running)."""
        shown = self.model.shown_filter
        return shown is not None and shown != MatterFilter(include_archived=False)

    def apply_filters(self) -> None:
        """Ask the model for the listing; it queries in a worker and the rows on screen stay
        until the answer lands (then `modelReset` brings `_after_reset`)."""
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.status_filter, self.tier_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ----- rows -------------------------------------------------------------------------------
    def selected_matter_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = self.model.data(index, ID_ROLE)
        return str(value) if value else None

    def open_current(self) -> None:
        matter_id = self.selected_matter_id()
        if matter_id:
            self.open_requested.emit(matter_id)

    def _open_index(self, index: object) -> None:
        value = self.model.data(index, ID_ROLE)  # type: ignore[arg-type]
        if value:
            self.open_requested.emit(str(value))

    def _after_reset(self) -> None:
        first_load = self.model.loading and self.model.shown_filter is None
        if self.model.rowCount() > 0 or first_load:  # no "No matters yet" before the answer
            self.stack.setCurrentWidget(self.table)
        elif self.model.vault is None:
            self.stack.setCurrentWidget(self.no_match)
            self.no_match.title.setText("")
            self.no_match.detail.setText("")
            self.no_match.button.hide()
        elif self.is_filtered() and self.model.unfiltered_total() > 0:
            self.no_match.title.setText(self.tr("No matters match"))
            self.no_match.detail.setText(self.tr("Nothing matches this search and these filters."))
            self.no_match.button.show()
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.no_matters)
        self.selection_changed.emit()

    # ----- column widths ----------------------------------------------------------------------
    def base_widths(self) -> dict[int, int]:
        """Widths that show each column's usual content whole, from the font in use."""
        metrics = self.table.fontMetrics()
        pad = 18  # the cell's margins and a little air

        def widest(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        header_metrics = self.table.horizontalHeader().fontMetrics()

        def with_header(column: int, width: int) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(width, header_metrics.horizontalAdvance(title) + pad + 12)  # sort arrow

        widths = {
            COL_REFERENCE: widest("LT-2026-00000"),
            COL_KIND: widest(*(kind_label(k) for k in KINDS)),
            COL_PERSON: widest("Daniel Okafor"),
            COL_CLIENT: widest("Lanting Intelligence Co., Ltd."),
            COL_STATUS: widest(*(status_label(s) for s in STATUSES)),
            COL_TIER: widest(tier_label(1)) + 14,  # and the colour dot
            COL_RECOMMENDATION: widest(recommendation_label("hold_pending_approval") + " ✎"),
            COL_UPDATED: widest("2026-12-31 23:59"),
            COL_NEXT_DUE: widest(self.model.overdue_text("2026-12-31")),
        }
        return {column: with_header(column, width) for column, width in widths.items()}

    def fit_columns(self) -> None:
        """Give every column room for its content and the Title the rest; in a narrow window
        the free-text columns (client, person) give way first so the Title keeps a readable
        width. Does nothing once the user has sized the columns."""
        if not self.auto_fit:
            return
        widths = self.base_widths()
        metrics = self.table.fontMetrics()
        title_min = 28 * metrics.averageCharWidth()
        available = self.table.viewport().width()
        shrinkable = {COL_CLIENT: 14, COL_PERSON: 11, COL_KIND: 10}  # minimum, in characters
        excess = sum(widths.values()) + title_min - available
        for column, chars in shrinkable.items():
            if excess <= 0:
                break
            floor = chars * metrics.averageCharWidth()
            give = min(excess, max(widths[column] - floor, 0))
            widths[column] -= give
            excess -= give
        self._fitting = True
        try:
            for column, width in widths.items():
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != COL_TITLE and self.table.isVisible():
            if self.table.horizontalHeader().underMouse():
                self.auto_fit = False  # the user dragged a column border: keep their widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def save_state(self) -> None:
        save_state(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())
        settings = app_settings()
        settings.setValue(AUTO_FIT_KEY, self.auto_fit)
        settings.sync()
