"""The matter list as a Qt table model over paged SQL queries (the Anki browser pattern).

Only the pages the view asks for are fetched (`PAGE` rows each, through
`models.services.listing.list_matters`), and only the `MAX_PAGES` most recently used pages are
kept, so a vault of 100,000 matters costs a count and a few pages, however far the user scrolls.
Sorting and filtering are SQL (`list_matters(sort=..., descending=...)`, `MatterFilter`).
`rows_fetched` counts rows read from the database since the model was created (tests assert it
stays bounded); `queries` counts page queries.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any

from desktop.ui.labels import (
    TIER_COLOURS,
    kind_label,
    recommendation_label,
    status_label,
    tier_label,
)
from desktop.ui.qt import (
    QAbstractTableModel,
    QColor,
    QDateTime,
    QFont,
    QLocale,
    QModelIndex,
    QObject,
    QPainter,
    QPersistentModelIndex,
    QPixmap,
    Qt,
    QTimeZone,
    Signal,
)
from models.services.listing import MatterFilter, MatterRow, count_matters, list_matters

PAGE = 100
MAX_PAGES = 12

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the MatterRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the matter id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # native value of the cell

# Column constants: (key used by listing.SORT_COLUMNS, header)
COL_REFERENCE, COL_KIND, COL_TITLE, COL_PERSON, COL_CLIENT = 0, 1, 2, 3, 4
COL_STATUS, COL_TIER, COL_RECOMMENDATION, COL_UPDATED = 5, 6, 7, 8
COLUMN_KEYS = (
    "reference",
    "kind",
    "title",
    "person",
    "client",
    "status",
    "tier",
    "recommendation",
    "updated",
)

Index = QModelIndex | QPersistentModelIndex


def local_time(iso_utc: str) -> str:
    """An ISO UTC time from the vault, in the user's local time (`yyyy-MM-dd HH:mm`: the same
    unambiguous reading in every locale)."""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qdt, "yyyy-MM-dd HH:mm")


_DOTS: dict[int, QPixmap] = {}


def tier_dot(tier: int) -> QPixmap:
    """A small dot in the tier's colour beside "Tier N" (a second cue, never the only one)."""
    dot = _DOTS.get(tier)
    if dot is None:
        size = 10
        dot = QPixmap(size, size)
        dot.fill(Qt.GlobalColor.transparent)
        painter = QPainter(dot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TIER_COLOURS[tier]))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _DOTS[tier] = dot
    return dot


class MatterListModel(QAbstractTableModel):
    """Columns: reference, kind, title, person, client, status, tier, recommendation, updated."""

    total_changed = Signal(int)

    def __init__(self, vault: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._filter = MatterFilter(include_archived=False)
        self._sort_key = "updated"
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[MatterRow]] = OrderedDict()
        self.rows_fetched = 0
        self.queries = 0
        self.headers = (
            self.tr("Reference"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Person"),
            self.tr("Client"),
            self.tr("Status"),
            self.tr("Tier"),
            self.tr("Recommendation"),
            self.tr("Updated"),
        )
        self.refresh()

    # ----- state ------------------------------------------------------------------------------
    @property
    def vault(self) -> Any:
        return self._vault

    @property
    def matter_filter(self) -> MatterFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def set_vault(self, vault: Any) -> None:
        """Attach an unlocked vault, or None to drop every row (on lock)."""
        self._vault = vault
        self.refresh()

    def clear(self) -> None:
        self.set_vault(None)

    def set_filter(self, flt: MatterFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Re-count and forget every cached page (after a change, a filter or a sort)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = 0
        if self._vault is not None and not self._vault.is_locked:
            with self._vault.session() as session:
                self._count = count_matters(session, self._filter)
        self.endResetModel()
        self.total_changed.emit(self._count)

    def unfiltered_total(self) -> int:
        if self._vault is None or self._vault.is_locked:
            return 0
        with self._vault.session() as session:
            return count_matters(session, MatterFilter())

    # ----- paging -----------------------------------------------------------------------------
    def _page(self, number: int) -> list[MatterRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._vault is None or self._vault.is_locked:
            return []
        with self._vault.session() as session:
            page = list_matters(
                session,
                self._filter,
                sort=self._sort_key,
                descending=self._descending,
                offset=number * PAGE,
                limit=PAGE,
            )
        self.queries += 1
        self.rows_fetched += len(page)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> MatterRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, matter_id: str) -> int:
        """The row of a matter among the cached pages, or -1 (never queries)."""
        for number, page in self._pages.items():
            for offset, matter in enumerate(page):
                if matter.id == matter_id:
                    return number * PAGE + offset
        return -1

    # ----- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.DecorationRole,
            ROW_ROLE,
            ID_ROLE,
            SORT_ROLE,
        ):
            return None
        matter = self.row_at(index.row())
        if matter is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return matter
        if role == ID_ROLE:
            return matter.id
        if role == SORT_ROLE:
            return self._native(matter, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_TIER and matter.tier in TIER_COLOURS:
                return tier_dot(matter.tier)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_RECOMMENDATION and matter.overridden:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_RECOMMENDATION and matter.overridden:
                return self.tr("Recommendation overridden by counsel")
            if column == COL_UPDATED:
                return matter.updated_at
            if column == COL_TIER and matter.tier is not None:
                return tier_label(matter.tier, short=False)
            if column in (COL_TITLE, COL_CLIENT, COL_PERSON):
                return self._display(matter, column)
            return None
        text = self._display(matter, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_RECOMMENDATION:
            if matter.overridden:
                return self.tr("{0}, overridden by counsel").format(text)
        return text

    def _display(self, matter: MatterRow, column: int) -> str:
        if column == COL_REFERENCE:
            return matter.reference
        if column == COL_KIND:
            return kind_label(matter.kind)
        if column == COL_TITLE:
            return matter.title
        if column == COL_PERSON:
            return matter.person
        if column == COL_CLIENT:
            return matter.client
        if column == COL_STATUS:
            return status_label(matter.status)
        if column == COL_TIER:
            return tier_label(matter.tier)
        if column == COL_RECOMMENDATION:
            label = recommendation_label(matter.recommendation)
            return f"{label} ✎" if matter.overridden else label
        if column == COL_UPDATED:
            return local_time(matter.updated_at)
        return ""

    @staticmethod
    def _native(matter: MatterRow, column: int) -> Any:
        key = COLUMN_KEYS[column]
        if key == "person":
            return matter.person
        if key == "updated":
            return matter.updated_at
        return getattr(matter, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: forget the pages and query again with the column's sort key."""
        if not 0 <= column < len(COLUMN_KEYS):
            return
        self._sort_key = COLUMN_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()
