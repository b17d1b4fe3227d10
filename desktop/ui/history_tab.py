"""The History tab: the matter's audit events and a chain verification."""

from __future__ import annotations

import json
from typing import Any

from desktop.ui.attachments_tab import local_time
from desktop.ui.labels import recommendation_label
from desktop.ui.matter_worker import run_for
from desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    tr,
)
from models.vault import Vault

CTX = "History"
OK_COLOUR = "#2e7d32"
BAD_COLOUR = "#b3261e"


def action_label(action: str) -> str:
    return {
        "matter.create": tr(CTX, "Matter opened"),
        "intake.save": tr(CTX, "Intake saved"),
        "matter.assess": tr(CTX, "Assessed"),
        "matter.status": tr(CTX, "Status changed"),
        "matter.override": tr(CTX, "Recommendation overridden"),
        "matter.override_cleared": tr(CTX, "Override cleared"),
        "matter.rename": tr(CTX, "Renamed"),
        "checklist.decide": tr(CTX, "Item decided"),
        "checklist.evidence": tr(CTX, "Evidence linked"),
        "attachment.add": tr(CTX, "Attachment added"),
        "attachment.remove": tr(CTX, "Attachment removed"),
        "memo.draft": tr(CTX, "Memo version saved"),
        "memo.sign": tr(CTX, "Memo signed"),
    }.get(action, action)


def summarise(action: str, details: dict[str, Any]) -> str:
    """One line a lawyer can read; the full details stay in the tooltip."""
    d = details
    if action == "intake.save":
        answered = len(d.get("facts", []))
        return tr(CTX, "Revision {0}, {1} answers").format(d.get("revision"), answered)
    if action == "matter.assess":
        text = tr(CTX, "Tier {0}, {1}").format(
            d.get("tier"), recommendation_label(d.get("recommendation"))
        )
        if d.get("added"):
            text += tr(CTX, "; new: {0}").format(", ".join(d["added"]))
        if d.get("dropped"):
            text += tr(CTX, "; no longer applies: {0}").format(", ".join(d["dropped"]))
        return text
    if action == "matter.status":
        return f"{d.get('from')} → {d.get('to')}"
    if action == "checklist.decide":
        note = f" — {d['note']}" if d.get("note") else ""
        return f"{d.get('rule')}: {d.get('status')}{note}"
    if action == "checklist.evidence":
        return str(d.get("rule", ""))
    if action == "matter.override":
        return (
            f"{recommendation_label(d.get('computed'))} → "
            f"{recommendation_label(d.get('override'))}: {d.get('reason')}"
        )
    if action in ("attachment.add", "attachment.remove"):
        return str(d.get("name", ""))
    if action == "memo.draft":
        return tr(CTX, "Version {0}").format(d.get("number"))
    if action == "memo.sign":
        return tr(CTX, "Version {0} by {1} ({2})").format(
            d.get("number"), d.get("signer"), d.get("capacity")
        )
    if action == "matter.create":
        return f"{d.get('reference')} — {d.get('title')}"
    return ", ".join(f"{k}: {v}" for k, v in d.items())[:200]


class HistoryTab(QWidget):
    def __init__(self, vault: Vault, matter_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.matter_id = matter_id
        self.verifying = False
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Audit events"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [self.tr("When (local time)"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.result = QLabel(
            self.tr(
                "Every change to this matter is recorded in a hash chain; verification "
                "finds any record edited or removed behind the application."
            ),
            self,
        )
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Verification result"))
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        from models.audit import matter_events

        with self.vault.session() as session:
            events = [
                (e.at, e.actor, e.action, e.details) for e in matter_events(session, self.matter_id)
            ]
        self.list.clear()
        for at, actor, action, details_text in reversed(events):  # newest first
            try:
                details = json.loads(details_text)
            except ValueError:
                details = {}
            item = QTreeWidgetItem(
                [local_time(at), actor, action_label(action), summarise(action, details)]
            )
            item.setToolTip(3, json.dumps(details, ensure_ascii=False, indent=1)[:2000])
            item.setToolTip(2, action)
            self.list.addTopLevelItem(item)

    def verify(self) -> None:
        from models.audit import verify_chain

        self.verifying = True
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying…"))

        def job() -> tuple[int, list[str]]:
            with self.vault.session() as session:
                report = verify_chain(session, self.matter_id)
                return report.events, list(report.problems)

        run_for(self, job, on_done=self._verified, on_error=self._failed)

    def _verified(self, result: tuple[int, list[str]]) -> None:
        events, problems = result
        self.verifying = False
        self.verify_button.setEnabled(True)
        if problems:
            self.result.setStyleSheet(f"color: {BAD_COLOUR};")
            self.result.setText(self.tr("✗ The chain is broken: {0}").format("; ".join(problems)))
        else:
            self.result.setStyleSheet(f"color: {OK_COLOUR};")
            self.result.setText(
                self.tr(
                    "✓ Chain intact: %n event(s) verified, none changed or removed.", "", events
                )
            )

    def _failed(self, exc: BaseException) -> None:
        from desktop.ui.dialogs import error_text

        self.verifying = False
        self.verify_button.setEnabled(True)
        self.result.setStyleSheet(f"color: {BAD_COLOUR};")
        self.result.setText(self.tr("Could not verify: {0}").format(error_text(exc)))
