"""The checklist as a Qt item model: areas as parents, review items as children.

Built from plain dicts (`item_row`), so it holds no ORM objects and can be tested without a
vault. Severity and status are always shown as a symbol and a word, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.ui.qt import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    Qt,
    translate,
)
from desktop.ui.shipped_text import rule_text
from desktop.ui.widgets import readable
from desktop.ui.window_language import window_language
from forms import vocabulary

CTX = "Checklist"
COL_ITEM, COL_SEVERITY, COL_STATUS, COL_MARKS = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

AREA_ORDER = (
    "export control",
    "US export control",
    "state secrets",
    "exit and entry",
    "data export",
    "trade secrets",
    "employment",
    "capital markets",
)
SEVERITY_RANK = vocabulary.SEVERITY_ORDER
SEVERITY_COLOURS = {
    "critical": "#b3261e",
    "high": "#c25e00",
    "caution": "#8a6d00",
    "info": "#546e7a",
}
STATUS_VALUES = tuple(vocabulary.ITEM_STATUSES)


def area_label(area: str) -> str:
    return {
        "export control": translate("Checklist", "Export control"),
        "US export control": translate("Checklist", "US export control"),
        "state secrets": translate("Checklist", "State secrets"),
        "exit and entry": translate("Checklist", "Exit and entry"),
        "data export": translate("Checklist", "Data export"),
        "trade secrets": translate("Checklist", "Trade secrets"),
        "employment": translate("Checklist", "Employment"),
        "capital markets": translate("Checklist", "Capital markets"),
    }.get(area, area[:1].upper() + area[1:])


def severity_text(severity: str) -> str:
    """A shape and a word: ● Critical, ▲ High, ◆ Caution, ○ Info."""
    return {
        "critical": translate("Checklist", "● Critical"),
        "high": translate("Checklist", "▲ High"),
        "caution": translate("Checklist", "◆ Caution"),
        "info": translate("Checklist", "○ Info"),
    }.get(severity, severity)


def status_text(status: str) -> str:
    return {
        "open": translate("Checklist", "○ Open"),
        "done": translate("Checklist", "✓ Done"),
        "not_applicable": translate("Checklist", "– Not applicable"),
        "escalated": translate("Checklist", "↑ Escalated"),
    }.get(status, status)


def status_word(status: str) -> str:
    return {
        "open": translate("Checklist", "Open"),
        "done": translate("Checklist", "Done"),
        "not_applicable": translate("Checklist", "Not applicable"),
        "escalated": translate("Checklist", "Escalated"),
    }.get(status, status)


def owner_label(owner: str) -> str:
    return {
        "legal": translate("Checklist", "Legal"),
        "hr": translate("Checklist", "HR"),
        "security": translate("Checklist", "Security"),
        "it": translate("Checklist", "IT"),
        "management": translate("Checklist", "Management"),
        "the_person": translate("Checklist", "The person"),
    }.get(owner, owner)


def action_line(action: dict[str, Any]) -> str:
    """One structured action (policy 2) as counsel reads it: what, who, by when. Overdue is said
    in words, not only in colour."""
    due = action.get("due")
    if due is None:
        when = translate("Checklist", "no due date")
    elif due == "unknown":
        when = translate("Checklist", "due date unknown: establish the date")
    else:
        when = translate("Checklist", "due {0}").format(due)
        if action.get("approximate"):
            when = translate("Checklist", "{0} (approx.: Mon–Fri; public holidays not counted)")
            when = when.format(translate("Checklist", "due {0}").format(due))
        if action.get("overdue"):
            when = translate(
                "Checklist", "{0} — OVERDUE at assessment: the lead time cannot be met"
            ).format(when)
    # one pattern for the whole line, so a translation sets its own brackets and punctuation
    return translate("Checklist", "{0} [{1}; {2}]", "action: what, owner, due date").format(
        action["text"], owner_label(str(action.get("owner"))), when
    )


def item_row(
    item: Any, *, language: str | None = None, policy_version: int | None = None
) -> dict[str, Any]:
    """A plain copy of a checklist item for the model and the detail panel, its rule's texts
    in the window's language (`language` "zh" or "en"; default: the window's)."""
    language = language or window_language()

    def said(english: str) -> str:
        return rule_text(english, item.rule_id, item.rule_version, language, policy_version)

    return {
        "id": item.id,
        "rule": item.rule_id,
        "area": item.area,
        "title": said(item.title),
        "severity": item.severity,
        "blocking": bool(item.blocking),
        "basis": list(item.basis_ids or []),
        "actions": [action_line({**a, "text": said(str(a["text"]))}) for a in item.action_items]
        if item.action_items
        else [said(text) for text in item.actions or []],
        "evidence": [said(text) for text in item.evidence or []],
        "wording": said(item.wording or ""),
        "to_confirm": list(item.to_confirm or []),
        "status": item.status,
        "note": item.note or "",
        "decided_by": item.decided_by or "",
        "decided_at": item.decided_at or "",
        "is_new": bool(item.is_new),
        "no_longer_applies": bool(item.no_longer_applies),
        "evidence_ids": list(item.evidence_attachment_ids or []),
    }


def marks_text(row: dict[str, Any]) -> str:
    marks = []
    if row.get("blocking"):
        marks.append(translate("Checklist", "⛔ Blocking"))
    if row.get("is_new"):
        marks.append(translate("Checklist", "★ New"))
    if row.get("no_longer_applies"):
        marks.append(translate("Checklist", "No longer applies"))
    if row.get("to_confirm"):
        marks.append(translate("Checklist", "To confirm"))
    if row.get("evidence_ids"):
        marks.append(translate("Checklist", "📎 {0}").format(len(row["evidence_ids"])))
    return "  ·  ".join(marks)


class ChecklistModel(QStandardItemModel):
    """Areas (in the memo's order) with their items (most severe first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("Checklist", "Review item"),
                translate("Checklist", "Severity"),
                translate("Checklist", "Status"),
                translate("Checklist", "Notes"),
            ]
        )
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows = list(rows)
        self.removeRows(0, self.rowCount())
        areas: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            areas.setdefault(row["area"], []).append(row)
        for area in sorted(areas, key=_area_rank):
            items = sorted(
                areas[area],
                key=lambda r: (
                    r["no_longer_applies"],
                    SEVERITY_RANK.get(r["severity"], 9),
                    r["rule"],
                ),
            )
            active = sum(1 for r in items if not r["no_longer_applies"])
            parent = QStandardItem(f"{area_label(area)}  ({active})")
            font = QFont(parent.font())
            font.setWeight(QFont.Weight.DemiBold)
            parent.setFont(font)
            parent.setEditable(False)
            parent.setData(area, SORT_ROLE)
            fillers = [QStandardItem("") for _ in range(3)]
            for filler in fillers:
                filler.setEditable(False)
            for row in items:
                parent.appendRow(self._item_cells(row))
            self.appendRow([parent, *fillers])

    def _item_cells(self, row: dict[str, Any]) -> list[QStandardItem]:
        title = QStandardItem(row["title"])
        title.setToolTip(row["title"])  # the whole title where the column cuts it; no rule code
        severity = QStandardItem(severity_text(row["severity"]))
        severity.setForeground(
            QBrush(QColor(readable(SEVERITY_COLOURS.get(row["severity"], "#546e7a"))))
        )
        severity.setData(SEVERITY_RANK.get(row["severity"], 9), SORT_ROLE)
        status = QStandardItem(status_text(row["status"]))
        if row["note"]:
            status.setToolTip(row["note"])
        marks = QStandardItem(marks_text(row))
        cells = [title, severity, status, marks]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(row["id"], ID_ROLE)
            cell.setData(row, ROW_ROLE)
            accessible = translate("Checklist", "{0}: {1}, {2}").format(
                row["title"], severity_text(row["severity"]), status_word(row["status"])
            )
            cell.setData(accessible, Qt.ItemDataRole.AccessibleTextRole)
        if row["no_longer_applies"]:
            for cell in cells:
                font = QFont(cell.font())
                font.setItalic(True)
                cell.setFont(font)
                cell.setForeground(
                    QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
                )
        if row["is_new"]:
            font = QFont(title.font())
            font.setWeight(QFont.Weight.DemiBold)
            title.setFont(font)
        return cells

    def row_for(self, item_id: str) -> dict[str, Any] | None:
        return next((r for r in self.rows if r["id"] == item_id), None)

    def index_for(self, item_id: str) -> Any:
        for area_row in range(self.rowCount()):
            parent = self.item(area_row, 0)
            for child in range(parent.rowCount()):
                if parent.child(child, 0).data(ID_ROLE) == item_id:
                    return parent.child(child, 0).index()
        return None

    def rule_ids(self, *, active_only: bool = True) -> list[str]:
        return [r["rule"] for r in self.rows if not (active_only and r["no_longer_applies"])]


def _area_rank(area: str) -> tuple[int, str]:
    return (AREA_ORDER.index(area) if area in AREA_ORDER else len(AREA_ORDER), area)
