"""The matter list as a Qt table model over paged SQL queries (the Anki browser pattern).

Only the pages the view asks for are fetched (`PAGE` rows each, through
`casework.listing.list_matters`), and only the `MAX_PAGES` most recently used pages are
kept, so a vault of 100,000 matters costs a count and a few pages, however far the user scrolls.
Sorting and filtering are SQL (`list_matters(sort=..., descending=...)`, `MatterFilter`).
`rows_fetched` counts rows read from the database since the model was created (tests assert it
stays bounded); `queries` counts page queries.

Nothing slow runs on the GUI thread. A new filter, search or sort (`refresh`, `set_filter`,
`sort`) runs the count and the first page in a worker (`desktop.ui.workers.run_in_background`,
through `Workspace.first_page`); the rows on screen stay until the result lands, and
`loading_changed(bool)` lets the window say "Searching…". Each request takes a new generation
number and a result whose generation is not the latest is dropped, so a slow broad search that
finishes after a narrower one never replaces it. `loaded` is emitted after each result is in.

Scrolling: a page of an unsearched listing is read on the GUI thread, in `data()`, when the view
first needs it. Such a page is an index walk (`ORDER BY updated_at/reference ... LIMIT 100
OFFSET n` over the paired sort indexes, ~2 ms at 100,000 matters), cheaper than a round trip
through a worker, and reading it synchronously means no blank rows flicker while scrolling. A page
of a full-text search is different: it re-runs the MATCH and sorts every hit, as slow as the first
page of a broad search, so those pages are fetched in a worker; their rows show blank for the few
milliseconds until `dataChanged` fills them in.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from casework.due import NextDue
from casework.listing import MatterFilter, MatterRow
from casework.workspace import Workspace
from desktop.ui.labels import (
    kind_label,
    recommendation_label,
    status_label,
    tier_label,
)
from desktop.ui.qt import (
    QAbstractTableModel,
    QDateTime,
    QFont,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from desktop.ui.verdict import Verdict, badge, verdict
from desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

PAGE = 100
MAX_PAGES = 12

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the MatterRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the matter id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # native value of the cell

# Column constants: (key used by listing.SORT_COLUMNS, header)
COL_REFERENCE, COL_KIND, COL_TITLE, COL_PERSON, COL_CLIENT = 0, 1, 2, 3, 4
COL_STATUS, COL_TIER, COL_RECOMMENDATION, COL_UPDATED = 5, 6, 7, 8
COL_NEXT_DUE = 9  # the earliest due date of the matter's open tasks (issue 15)
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
    "next_due",
)

Index = QModelIndex | QPersistentModelIndex
DueMap = dict[str, NextDue]


@dataclass(frozen=True)
class Listing:
    """What a set of rows was asked for: the filter and the sort."""

    filter: MatterFilter
    sort: str = "updated"
    descending: bool = True


@dataclass(frozen=True)
class Loaded:
    """A worker's answer to one request (see `MatterListModel.refresh`)."""

    generation: int
    listing: Listing
    count: int
    first_page: list[MatterRow]
    unfiltered: int  # matters in the vault when the listing is empty, for the empty state
    next_due: dict[str, NextDue] = field(default_factory=dict)  # of the first page's matters


def load_listing(
    vault: Any, generation: int, listing: Listing, known_count: int | None = None
) -> Loaded:
    """The count and first page of `listing` (runs in a worker)."""
    workspace = Workspace(vault, "")
    page = workspace.first_page(
        listing.filter, sort=listing.sort, descending=listing.descending, limit=PAGE,
        known_count=known_count,
    )
    dues = workspace.next_due([row.id for row in page.rows])
    return Loaded(generation, listing, page.count, page.rows, page.unfiltered, dues)


def load_page(vault: Any, listing: Listing, number: int) -> tuple[list[MatterRow], DueMap]:
    """A page of matters and their next due dates (an index look-up per matter)."""
    workspace = Workspace(vault, "")
    rows = workspace.list_matters(
        listing.filter,
        sort=listing.sort,
        descending=listing.descending,
        offset=number * PAGE,
        limit=PAGE,
    )
    return rows, workspace.next_due([row.id for row in rows])


def local_time(iso_utc: str) -> str:
    """An ISO UTC time from the vault, in the user's local time (`yyyy-MM-dd HH:mm`: the same
    unambiguous reading in every locale)."""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qdt, "yyyy-MM-dd HH:mm")


class MatterListModel(QAbstractTableModel):
    """Columns: reference, kind, title, person, client, status, tier, recommendation, updated."""

    total_changed = Signal(int)
    loading_changed = Signal(bool)  # True while a filter, search or sort is being queried
    loaded = Signal()  # a requested listing has landed (after the model reset)

    def __init__(self, vault: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._filter = MatterFilter(include_archived=False)
        self._sort_key = "updated"
        self._descending = True
        self._shown: Listing | None = None  # what the rows on screen were fetched for
        self._count = 0
        self._unfiltered = 0
        self._pages: OrderedDict[int, list[MatterRow]] = OrderedDict()
        self._generation = 0
        self._loading = False
        self._pending_pages: set[int] = set()
        self.jobs: list[Any] = []
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
            self.tr("Next due"),
        )
        self._next_due: DueMap = {}
        self.refresh()

    # ----- state ------------------------------------------------------------------------------
    @property
    def vault(self) -> Any:
        return self._vault

    @property
    def matter_filter(self) -> MatterFilter:
        """The filter asked for (the rows on screen may still be an earlier one's)."""
        return self._filter

    @property
    def shown_filter(self) -> MatterFilter | None:
        """The filter the rows on screen were fetched for (None before the first result)."""
        return self._shown.filter if self._shown is not None else None

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _listing(self) -> Listing:
        return Listing(self._filter, self._sort_key, self._descending)

    def set_vault(self, vault: Any, flt: MatterFilter | None = None) -> None:
        """Attach an unlocked vault (with the filter to list it by), or None to drop every row
        (on lock)."""
        self._vault = vault
        if flt is not None:
            self._filter = flt
        self.refresh()

    def clear(self) -> None:
        self.set_vault(None)

    def set_filter(self, flt: MatterFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self, *, recount: bool = True) -> None:
        """Query the count and first page again (after a change, a filter or a sort) in a
        worker; the rows on screen stay until the answer lands. Without a vault the model
        empties at once."""
        self._generation += 1
        generation = self._generation
        listing = self._listing()
        vault = self._vault
        if vault is None or vault.is_locked:
            self._land(Loaded(generation, listing, 0, [], 0))
            return
        known = self._count if not recount and self._shown is not None else None
        self._set_loading(True)
        job = run_in_background(
            lambda: load_listing(vault, generation, listing, known),
            on_done=self._land,
            on_error=lambda exc: self._load_failed(generation, exc),
        )
        self.jobs = [j for j in self.jobs if not j.finished] + [job]

    def _land(self, result: Loaded) -> None:
        if result.generation != self._generation:
            return  # a newer request was made since: its answer is the one to show
        self.beginResetModel()
        self._shown = result.listing
        self._count = result.count
        self._unfiltered = result.unfiltered
        self._pages.clear()
        self._pending_pages.clear()
        self._next_due = dict(result.next_due)
        if result.first_page:
            self._pages[0] = result.first_page
            self.queries += 1
            self.rows_fetched += len(result.first_page)
        self.endResetModel()
        self._set_loading(False)
        self.total_changed.emit(self._count)
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.error("the matter list could not be loaded: %s", exc)
        self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def unfiltered_total(self) -> int:
        """Matters in the vault, all filters aside, as of the last empty listing (or the count
        of the last listing when it was not empty). Never queries."""
        if self._vault is None or self._vault.is_locked:
            return 0
        return self._unfiltered

    # ----- paging -----------------------------------------------------------------------------
    def _page(self, number: int) -> list[MatterRow] | None:
        """The page, from the cache or the database; None while a worker fetches it."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        listing = self._shown
        if self._vault is None or self._vault.is_locked or listing is None:
            return []
        if listing.filter.search.strip():
            self._fetch_in_background(number, listing)
            return None
        page, dues = load_page(self._vault, listing, number)  # index walks, ~2 ms (module notes)
        self._store(number, page, dues)
        return page

    def _store(self, number: int, page: list[MatterRow], dues: DueMap) -> None:
        self._next_due.update(dues)
        self.queries += 1
        self.rows_fetched += len(page)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _fetch_in_background(self, number: int, listing: Listing) -> None:
        if number in self._pending_pages:
            return
        self._pending_pages.add(number)
        vault, generation = self._vault, self._generation

        def done(loaded: tuple[list[MatterRow], DueMap]) -> None:
            if generation != self._generation or listing != self._shown:
                return
            page, dues = loaded
            self._pending_pages.discard(number)
            self._store(number, page, dues)
            first = number * PAGE
            last = min(first + len(page), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMN_KEYS) - 1))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._pending_pages.discard(number)
                log.error("a page of the matter list could not be loaded: %s", exc)

        job = run_in_background(
            lambda: load_page(vault, listing, number), on_done=done, on_error=failed
        )
        self.jobs = [j for j in self.jobs if not j.finished] + [job]

    def row_at(self, row: int) -> MatterRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if page is not None and offset < len(page) else None

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
            # colour marks the verdict (with its words and symbol), not the tier
            if column == COL_RECOMMENDATION and matter.recommendation:
                return badge(self._verdict(matter))
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
            if column == COL_RECOMMENDATION and matter.missing_required:
                return self.tr(
                    "Provisional: the computed recommendation would be “{0}” once the "
                    "intake is complete"
                ).format(recommendation_label(matter.recommendation))
            if column == COL_UPDATED:
                return matter.updated_at
            if column == COL_NEXT_DUE:
                return self._next_due_tip(matter)
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
            shown = self._verdict(matter)
            if shown.code == "incomplete":  # short for the column; the header says it in full
                return self.tr("Incomplete: {0} unanswered").format(matter.missing_required)
            label = recommendation_label(matter.recommendation)
            return f"{label} ✎" if matter.overridden else label
        if column == COL_UPDATED:
            return local_time(matter.updated_at)
        if column == COL_NEXT_DUE:
            return self._next_due_text(matter)
        return ""

    def _next_due_text(self, matter: MatterRow) -> str:
        due = self._next_due.get(matter.id)
        if due is None:
            return ""
        if due.due_on is None:
            return self.tr("date unknown")
        if due.due_on < date.today().isoformat():
            return self.overdue_text(due.due_on)
        return due.due_on

    def overdue_text(self, day: str) -> str:
        return self.tr("{0} — overdue").format(day)

    def _next_due_tip(self, matter: MatterRow) -> str | None:
        due = self._next_due.get(matter.id)
        if due is None or not due.unknown:
            return None
        return self.tr("%n open task(s) with a due date still unknown", "", due.unknown)

    @staticmethod
    def _verdict(matter: MatterRow) -> Verdict:
        return verdict(
            matter.recommendation,
            missing=matter.missing_required,
            overridden=bool(matter.overridden),
        )

    @staticmethod
    def _native(matter: MatterRow, column: int) -> Any:
        key = COLUMN_KEYS[column]
        if key == "person":
            return matter.person
        if key == "updated":
            return matter.updated_at
        if key == "next_due":
            return None  # sorted in SQL (listing.SORT_COLUMNS)
        return getattr(matter, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: the first page in the new order comes from a worker (the count is kept:
        sorting does not change it)."""
        if not 0 <= column < len(COLUMN_KEYS):
            return
        key, descending = COLUMN_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return  # asked for already (the view sets its indicator once at start-up)
        self._sort_key, self._descending = key, descending
        same_filter = self._shown is not None and self._shown.filter == self._filter
        self.refresh(recount=not same_filter)
