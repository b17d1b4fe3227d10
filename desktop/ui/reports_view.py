"""The Reports view of the main window (issue 15): counts of the matters opened in a period by
kind, tier, status, recommendation or client, as a bar chart painted with QPainter and a table;
picking a bar or a row lists the matters behind it, double-clicking one opens it; the report
exports as CSV and PDF (casework/reports.py, memos/report_pdf.py).

    install_reports_view(main_window)   # View ▸ Reports; the view is built on first use

Every query runs in a worker (desktop.ui.matter_worker.run_for): at 100,000 matters a count
is one GROUP BY but still more than a frame's time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casework.changes import Aspect, Changes
from casework.reports import NO_CLIENT, NONE, PROVISIONAL, DateRange, Report, ReportMatter
from desktop.ui.labels import (
    TIER_COLOURS,
    kind_label,
    recommendation_label,
    status_label,
    tier_label,
)
from desktop.ui.matter_list_model import local_time
from desktop.ui.matter_worker import run_for
from desktop.ui.operations import connect_changes
from desktop.ui.qt import (
    QAbstractItemView,
    QAction,
    QBrush,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMenu,
    QPainter,
    QPushButton,
    QRectF,
    QSize,
    QSizePolicy,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from desktop.ui.workers import error_reporter
from forms.errors import OutboundError

LIST_LIMIT = 1_000  # matters listed behind a count in the window; the CSV export holds all
CHART_BARS = 15  # groups in the chart; the table lists every one
BAR_COLOUR = QColor("#3b5b92")
PROVISIONAL_COLOUR = QColor("#c9a227")
SELECTED_COLOUR = QColor("#1f2a44")
ID_ROLE = Qt.ItemDataRole.UserRole


def dimension_names() -> list[tuple[str, str]]:
    return [
        ("kind", translate("ReportsView", "Kind")),
        ("tier", translate("ReportsView", "Tier")),
        ("status", translate("ReportsView", "Status")),
        ("recommendation", translate("ReportsView", "Recommendation")),
        ("client", translate("ReportsView", "Client")),
    ]


def group_label(dimension: str, key: str, *, short: bool = False) -> str:
    """A group's words in the window's language (the codes never show)."""
    if key == PROVISIONAL and dimension in ("tier", "recommendation"):
        return translate("ReportsView", "Provisional — intake incomplete")
    if dimension == "kind":
        return kind_label(key)
    if dimension == "status":
        return status_label(key)
    if dimension == "tier":
        if key == NONE:
            return translate("ReportsView", "Not yet determined")
        return tier_label(int(key), short=short)
    if dimension == "recommendation":
        if key == NONE:
            return translate("ReportsView", "No recommendation yet")
        return recommendation_label(key)
    if key == NO_CLIENT:
        return translate("ReportsView", "No client given")
    return key.strip()


def matter_tier(matter: ReportMatter) -> str:
    if matter.tier is None:
        return translate("ReportsView", "Not yet determined")
    words = tier_label(matter.tier)
    if not matter.provisional:
        return words
    return translate("ReportsView", "{0} (provisional)").format(words)


def matter_recommendation(matter: ReportMatter) -> str:
    if matter.overridden and matter.recommendation:
        words = recommendation_label(matter.recommendation)
        return translate("ReportsView", "{0} (overridden)").format(words)
    if matter.provisional:
        return translate("ReportsView", "Provisional — intake incomplete")
    return recommendation_label(matter.recommendation)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    count: int
    provisional: int


class BarChart(QWidget):
    """Horizontal bars, painted: the group's words on the left, the count at the bar's end, the
    provisional part of each bar in another colour. A click on a bar picks its group."""

    bar_clicked = Signal(str)

    BAR = 22
    GAP = 8
    PAD = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.selected: str | None = None
        self.legend = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of the counts"))
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar], legend: str) -> None:
        self.bars, self.legend = bars, legend
        self.selected = None
        self.setMinimumHeight(self.sizeHint().height())
        self.setToolTip("\n".join(f"{b.label}: {b.count}" for b in bars))
        self.update()

    def select(self, key: str | None) -> None:
        self.selected = key
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(480, self.PAD * 2 + rows * (self.BAR + self.GAP) + 22)

    def _label_width(self) -> float:
        return min(self.width() * 0.38, 320.0)

    def bar_at(self, y: float) -> str | None:
        index = int((y - self.PAD) // (self.BAR + self.GAP))
        if 0 <= index < len(self.bars) and (y - self.PAD) % (self.BAR + self.GAP) <= self.BAR:
            return self.bars[index].key
        return None

    def mousePressEvent(self, event: Any) -> None:
        key = self.bar_at(event.position().y())
        if key is not None:
            self.select(key)
            self.bar_clicked.emit(key)

    def mouseMoveEvent(self, event: Any) -> None:
        over = self.bar_at(event.position().y()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        label_width = self._label_width()
        count_room = metrics.horizontalAdvance("000000") + 8
        room = max(self.width() - label_width - count_room - 2 * self.PAD, 10)
        largest = max((b.count for b in self.bars), default=0) or 1
        y = float(self.PAD)
        for bar in self.bars:
            if bar.key == self.selected:  # the picked group: a band across its row
                band = palette.color(palette.ColorRole.Highlight)
                band.setAlpha(40)
                painter.fillRect(QRectF(2, y - self.GAP / 2, self.width() - 4,
                                        self.BAR + self.GAP), band)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                       int(label_width - 10))
            painter.setPen(text)
            painter.drawText(QRectF(self.PAD, y, label_width - 10, self.BAR),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            left = self.PAD + label_width
            whole = room * bar.count / largest
            plain = room * (bar.count - bar.provisional) / largest
            colour = SELECTED_COLOUR if bar.key == self.selected else BAR_COLOUR
            painter.fillRect(QRectF(left, y, plain, self.BAR), colour)
            if bar.provisional:
                painter.fillRect(QRectF(left + plain, y, whole - plain, self.BAR),
                                 PROVISIONAL_COLOUR)
            if bar.key == self.selected:
                painter.setPen(SELECTED_COLOUR)
                painter.drawRect(QRectF(left - 1, y - 1, whole + 2, self.BAR + 2))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(QRectF(left + whole + 6, y, count_room, self.BAR),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(bar.count))
            font.setBold(False)
            painter.setFont(font)
            y += self.BAR + self.GAP
        if self.bars:
            left = self.PAD + label_width
            painter.fillRect(QRectF(left, y + 3, 12, 12), PROVISIONAL_COLOUR)
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(left + 18, y, self.width() - left - 18, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.legend)
        painter.end()


class ReportsView(QWidget):
    """Dimension, period, chart, count table and the matters behind the picked count."""

    open_matter = Signal(str)
    back_requested = Signal()

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host  # gives `workspace` (the main window)
        self.report: Report | None = None
        self.matters: list[ReportMatter] = []
        self.current_key: str | None = None
        self.stale = True
        self.loading = False
        self.setObjectName("reportsView")

        self.back = QPushButton(self.tr("← Matters"), self)
        self.back.setToolTip(self.tr("Back to the list of matters"))
        self.back.clicked.connect(self.back_requested)
        self.dimension = QComboBox(self)
        for code, words in dimension_names():
            self.dimension.addItem(words, code)
        self.dimension.setAccessibleName(self.tr("Count by"))
        self.period = QComboBox(self)
        for code, words in (("quarter", self.tr("This quarter")),
                            ("last_quarter", self.tr("Last quarter")),
                            ("year", self.tr("This year")),
                            ("custom", self.tr("Chosen dates"))):
            self.period.addItem(words, code)
        self.period.setAccessibleName(self.tr("Period"))
        self.start = self._date_edit(self.tr("Opened from"))
        self.end = self._date_edit(self.tr("Opened to"))
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))

        controls = QHBoxLayout()
        controls.addWidget(self.back)
        controls.addSpacing(12)
        for text, widget in ((self.tr("Count by"), self.dimension),
                             (self.tr("Period"), self.period),
                             (self.tr("Opened from"), self.start),
                             (self.tr("to"), self.end)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_csv_button)
        controls.addWidget(self.export_pdf_button)

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.note = QLabel(self.tr(
            "Counted by the day each matter was opened, both dates included, in this computer's "
            "time zone; matters of every status count, archived ones too. A matter whose intake "
            "leaves required facts unanswered is provisional: by tier and by recommendation it "
            "counts as provisional, not under its provisional tier or recommendation (counsel's "
            "override counts as chosen)."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")

        self.chart = BarChart(self)
        self.chart.bar_clicked.connect(self.show_group)
        self.counts = QTableWidget(0, 3, self)
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Matters"), self.tr("Provisional")]
        )
        self._table_defaults(self.counts)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.itemSelectionChanged.connect(self._count_row_picked)

        self.list_title = QLabel(self.tr("Pick a bar or a row to see the matters behind it."),
                                 self)
        self.list_title.setWordWrap(True)
        self.list = QTableWidget(0, 8, self)
        self.list.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Title"), self.tr("Person"), self.tr("Kind"),
            self.tr("Tier"), self.tr("Status"), self.tr("Recommendation"), self.tr("Opened"),
        ])
        self._table_defaults(self.list)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(self._open_item)
        self.list.setToolTip(self.tr("Double-click a matter to open it"))

        # the chart beside its table, the matters behind the picked count below at full width
        self.top = QSplitter(Qt.Orientation.Horizontal, self)
        self.top.addWidget(self.chart)
        self.top.addWidget(self.counts)
        self.top.setStretchFactor(0, 1)
        self.top.setStretchFactor(1, 1)
        self.top.setSizes([620, 520])  # shared out in this ratio at the window's width
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.list_title)
        bottom_layout.addWidget(self.list, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)

        self._set_period("quarter")
        self.dimension.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self._period_picked())
        self.start.dateChanged.connect(lambda _d: self._dates_edited())
        self.end.dateChanged.connect(lambda _d: self._dates_edited())
        connect_changes(self._on_changes)

    # ----- construction helpers ---------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(False)

    # ----- the period -------------------------------------------------------------------------
    def _set_period(self, code: str) -> None:
        today = date.today()
        start, end = quarter_start(today), today
        if code == "last_quarter":
            end = quarter_start(today).replace(day=1)
            end = date.fromordinal(end.toordinal() - 1)
            start = quarter_start(end)
        elif code == "year":
            start = date(today.year, 1, 1)
        if code != "custom":
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    def _period_picked(self) -> None:
        self._set_period(str(self.period.currentData()))
        self.refresh()

    def _dates_edited(self) -> None:
        index = self.period.findData("custom")
        self.period.blockSignals(True)
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)
        self.refresh()

    def set_dates(self, start: date, end: date) -> None:
        """Choose the period (as a user picking both dates would)."""
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._dates_edited()

    def set_dimension(self, code: str) -> None:
        self.dimension.setCurrentIndex(self.dimension.findData(code))

    def dimension_code(self) -> str:
        return str(self.dimension.currentData())

    def dates(self) -> DateRange:
        start, end = self.start.date(), self.end.date()
        return DateRange(date(start.year(), start.month(), start.day()),
                         date(end.year(), end.month(), end.day()))

    # ----- loading ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(None, Aspect.MATTER_LIST, Aspect.MATTER, Aspect.STATUS,
                           Aspect.RECOMMENDATION, Aspect.INTAKE):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def clear(self) -> None:
        """Forget what is shown (the vault locked)."""
        self.report, self.matters, self.current_key = None, [], None
        self.stale = True
        self.chart.set_bars([], "")
        self.counts.setRowCount(0)
        self.list.setRowCount(0)
        self.title.clear()
        self.summary.clear()

    def refresh(self) -> None:
        """Count again (in a worker) with the dimension and period shown."""
        if getattr(self.host, "vault", None) is None:
            return
        try:
            dates = self.dates()
        except OutboundError:  # the start after the end: said where the report would be
            self.clear()
            self.summary.setText(
                self.tr("The first date is after the last one; choose an earlier start."))
            return
        dimension, workspace = self.dimension_code(), self.host.workspace
        self.stale = False
        self.loading = True
        self.summary.setText(self.tr("Counting…"))

        def done(report: Report) -> None:
            self.loading = False
            if (report.dimension, report.dates) == (self.dimension_code(), dates):
                self._show(report)

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.summary.clear()
            error_reporter(self, self.tr("The report could not be made"))(exc)

        run_for(self, lambda: workspace.report(dimension, dates), on_done=done, on_error=failed)

    def _show(self, report: Report) -> None:
        self.report = report
        self.current_key = None
        dimension = report.dimension
        self.title.setText({
            "kind": self.tr("Matters by kind"),
            "tier": self.tr("Matters by tier"),
            "status": self.tr("Matters by status"),
            "recommendation": self.tr("Matters by recommendation"),
            "client": self.tr("Matters by client"),
        }[dimension])
        self.summary.setText(self.tr("%n matter(s) opened in the period", "", report.total)
                             + self.tr("; {0} provisional").format(report.provisional))
        # the largest groups only (many clients would make a chart taller than the window);
        # the table lists every group
        largest = {g.key for g in sorted(report.groups, key=lambda g: -g.count)[:CHART_BARS]}
        bars = [Bar(g.key, group_label(dimension, g.key, short=True), g.count, g.provisional)
                for g in report.groups if g.key in largest]
        legend = self.tr("Provisional — intake incomplete")
        if len(report.groups) > CHART_BARS:
            legend += "   " + self.tr("(the chart shows the {0} largest of {1} groups)").format(
                CHART_BARS, len(report.groups))
        self.chart.set_bars(bars, legend)
        self.counts.setRowCount(0)
        self.counts.setRowCount(len(report.groups))
        for row, group in enumerate(report.groups):
            name = QTableWidgetItem(group_label(dimension, group.key))
            name.setData(ID_ROLE, group.key)
            if dimension == "tier" and group.key.isdigit():
                name.setForeground(QBrush(QColor(TIER_COLOURS.get(int(group.key), "#000"))))
            self.counts.setItem(row, 0, name)
            for column, value in ((1, group.count), (2, group.provisional)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.list.setRowCount(0)
        self.list_title.setText(
            self.tr("Pick a bar or a row to see the matters behind it.") if report.groups
            else self.tr("No matter was opened in this period.")
        )

    def _count_row_picked(self) -> None:
        rows = self.counts.selectionModel().selectedRows()
        item = self.counts.item(rows[0].row(), 0) if rows else None
        if item is not None:
            key = item.data(ID_ROLE)
            if key != self.current_key:
                self.show_group(str(key))

    def show_group(self, key: str) -> None:
        """List the matters behind the count of `key` (in a worker)."""
        if self.report is None:
            return
        group = self.report.group(key)
        if group is None:
            return
        self.current_key = key
        self.chart.select(key)
        for row in range(self.counts.rowCount()):
            cell = self.counts.item(row, 0)
            if cell is not None and cell.data(ID_ROLE) == key:
                self.counts.blockSignals(True)
                self.counts.selectRow(row)
                self.counts.blockSignals(False)
        dimension, dates, workspace = self.report.dimension, self.report.dates, self.host.workspace
        label = group_label(dimension, key)
        self.list_title.setText(self.tr("{0}: loading the matters…").format(label))

        def done(matters: list[ReportMatter]) -> None:
            if self.current_key == key:
                self._show_matters(label, group.count, matters)

        run_for(self, lambda: workspace.report_matters(dimension, dates, key, limit=LIST_LIMIT),
                on_done=done, on_error=error_reporter(self, self.tr("The matters were not read")))

    def _show_matters(self, label: str, count: int, matters: list[ReportMatter]) -> None:
        self.matters = matters
        title = self.tr("{0} — %n matter(s)", "", count).format(label)
        if len(matters) < count:
            title += " " + self.tr("(the first {0} shown; Export CSV… lists them all)").format(
                len(matters))
        self.list_title.setText(title)
        self.list.setRowCount(0)
        self.list.setRowCount(len(matters))
        for row, matter in enumerate(matters):
            cells = (matter.reference, matter.title, matter.person, kind_label(matter.kind),
                     matter_tier(matter), status_label(matter.status),
                     matter_recommendation(matter), local_time(matter.created_at)[:10])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, matter.id)
                self.list.setItem(row, column, item)

    def _open_item(self, item: QTableWidgetItem) -> None:
        matter_id = item.data(ID_ROLE)
        if matter_id:
            self.open_matter.emit(str(matter_id))

    # ----- exports ----------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Ask where, then write the report as CSV or PDF in a worker."""
        if getattr(self.host, "vault", None) is None:
            return
        try:
            dates = self.dates()
        except OutboundError as exc:
            error_reporter(self, self.tr("The report was not exported"))(exc)
            return
        dimension = self.dimension_code()
        suggested = f"matters-by-{dimension}-{dates.start}-{dates.end}.{kind}"
        if kind == "csv":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report as CSV"), suggested,
                self.tr("CSV files (*.csv)"))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report as PDF"), suggested,
                self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path) -> None:
        dimension, dates, workspace = self.dimension_code(), self.dates(), self.host.workspace
        target = {"csv_path": path} if kind == "csv" else {"pdf_path": path}
        for button in (self.export_csv_button, self.export_pdf_button):
            button.setEnabled(False)

        def finished() -> None:
            for button in (self.export_csv_button, self.export_pdf_button):
                button.setEnabled(True)

        def done(_result: Any) -> None:
            finished()
            self.summary.setText(self.tr("The report was saved to {0}.").format(path))

        def failed(exc: BaseException) -> None:
            finished()
            error_reporter(self, self.tr("The report was not exported"))(exc)

        run_for(self, lambda: workspace.export_report(dimension, dates, **target),
                on_done=done, on_error=failed)


def install_reports_view(window: Any) -> QAction:
    """View ▸ Reports (and a toolbar button) on the main window; the view is built when first
    shown, in the window's central stack, and cleared when the vault locks."""
    action = QAction(translate("ReportsView", "&Reports"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    tip = QCoreApplication.translate(
        "ReportsView", "Counts of matters by kind, tier, status, recommendation or client")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    window.addAction(action)  # disabled with the others while locked
    window.reports_view = None

    def show() -> None:
        if getattr(window, "vault", None) is None:
            return
        if window.reports_view is None:
            view = ReportsView(window, window.stack)
            view.open_matter.connect(window.open_matter_requested)
            view.back_requested.connect(lambda: window.stack.setCurrentWidget(window.panel))
            window.locked.connect(view.clear)
            window.stack.addWidget(view)
            window.reports_view = view
        window.stack.setCurrentWidget(window.reports_view)

    action.triggered.connect(lambda _checked=False: show())
    bar = window.menuBar()
    menu = window.findChild(QMenu, "viewMenu")  # shared with the other views, if one made it
    if menu is None:
        # Alt+V is the Vault menu's: Alt+W opens this one
        menu = QMenu(translate("ReportsView", "Vie&w"), window)
        menu.setObjectName("viewMenu")
        menus = bar.actions()
        if menus:  # before Help, which stays last
            bar.insertMenu(menus[-1], menu)
        else:
            bar.addMenu(menu)
    menu.addAction(action)
    if getattr(window, "toolbar", None) is not None:
        window.toolbar.addSeparator()
        window.toolbar.addAction(action)
    window.show_reports = show
    return action
