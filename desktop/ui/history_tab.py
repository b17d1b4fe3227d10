"""The History tab: the matter's audit events and a chain verification."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from casework.vaults import Vault
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
    translate,
)
from desktop.ui.shipped_text import rule_text
from desktop.ui.widgets import PaddedDelegate, readable
from desktop.ui.window_language import window_language

CTX = "History"
OK_COLOUR = "#2e7d32"
BAD_COLOUR = "#b3261e"


# Every action string recorded by models/, bundles/ and memos/ (grep `action="` there); a test
# checks the list stays complete. Vault-level events (settings, counsel, keys) never carry a
# matter id, but an imported chain or a future "vault history" view may show them.
ACTIONS = (
    "matter.create",
    "intake.save",
    "matter.assess",
    "matter.policy_change",
    "matter.status",
    "matter.override",
    "matter.override_cleared",
    "matter.rename",
    "checklist.decide",
    "checklist.evidence",
    "task.sync",
    "task.status",
    "task.assign",
    "attachment.add",
    "attachment.remove",
    "memo.draft",
    "memo.sign",
    "memo.waiver",
    "bundle.export",
    "bundle.import",
    "key.create",
    "key.trust",
    "counsel.add",
    "counsel.certificate",
    "counsel.passphrase",
    "settings.update",
    "vault.history_accepted",
    "person.create",
    "person.identifiers",
    "person.link",
    "person.confirm_access",
    "person.merge",
    "person.new_matter",
    "intake.confirm_carried",
    "report.export",
    "person.register_export",
)


def action_label(action: str) -> str:
    labels = {
        "matter.create": translate("History", "Matter opened"),
        "intake.save": translate("History", "Intake saved"),
        "matter.assess": translate("History", "Assessed"),
        "matter.policy_change": translate("History", "Re-assessed under a new review policy"),
        "matter.status": translate("History", "Status changed"),
        "matter.override": translate("History", "Recommendation overridden"),
        "matter.override_cleared": translate("History", "Override cleared"),
        "matter.rename": translate("History", "Renamed"),
        "checklist.decide": translate("History", "Item decided"),
        "checklist.evidence": translate("History", "Evidence linked"),
        "task.sync": translate("History", "Tasks updated from the checklist"),
        "task.status": translate("History", "Task decided"),
        "task.assign": translate("History", "Task assigned"),
        "attachment.add": translate("History", "Attachment added"),
        "attachment.remove": translate("History", "Attachment removed"),
        "memo.draft": translate("History", "Memo version saved"),
        "memo.sign": translate("History", "Memo signed"),
        "memo.waiver": translate("History", "Preparer also signed under the one-person waiver"),
        "vault.history_accepted": translate("History", "Older vault history accepted"),
        "bundle.export": translate("History", "Case bundle exported"),
        "bundle.import": translate("History", "Case bundle imported"),
        "key.create": translate("History", "Vault signing key created"),
        "key.trust": translate("History", "Signing key trusted"),
        "counsel.add": translate("History", "Counsel added"),
        "counsel.certificate": translate("History", "Counsel certificate stored"),
        "counsel.passphrase": translate("History", "Signing passphrase changed"),
        "settings.update": translate("History", "Settings changed"),
        "person.create": translate("History", "Person added to the register"),
        "person.identifiers": translate("History", "Person's identifiers changed"),
        "person.link": translate("History", "Linked to a person"),
        "person.confirm_access": translate("History", "Access confirmed"),
        "person.merge": translate("History", "Register entries joined"),
        "person.new_matter": translate("History", "Opened for a person of the register"),
        "intake.confirm_carried": translate("History", "Carried-over facts confirmed"),
        "report.export": translate("History", "Report exported"),
        "person.register_export": translate("History", "People register exported"),
    }
    if action in labels:
        return labels[action]
    # an action this build does not know (a newer bundle): "foo.bar_baz" -> "Foo: bar baz"
    head, _dot, tail = action.partition(".")
    words = f"{head}: {tail}" if tail else head
    return words.replace("_", " ").capitalize()


def short_hash(value: Any, length: int = 8) -> str:
    """The first characters of a hash or fingerprint, enough to compare by eye."""
    text = str(value or "").replace(":", "")
    return f"{text[:length]}…" if len(text) > length else text


def _yes(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "yes", "1")


def _setting_text(key: str, value: Any) -> str:
    names = {
        "organisation": translate("History", "organisation"),
        "reference_prefix": translate("History", "reference prefix"),
        "page_size": translate("History", "page size"),
        "idle_lock_minutes": translate("History", "idle lock"),
    }
    if key == "idle_lock_minutes":
        value = translate("History", "{0} min").format(value)
    return f"{names.get(key, key.replace('_', ' '))} → {value}"


def summarise(
    action: str, details: dict[str, Any], rule_titles: Mapping[str, str] | None = None
) -> str:
    """One line a lawyer can read: checklist items by their titles (`rule_titles`, rule id ->
    title), never by rule id or code."""
    from desktop.ui.checklist_model import status_word
    from desktop.ui.labels import kind_label, status_label

    titles = rule_titles or {}

    def rule(rule_id: Any) -> str:
        return f"“{titles.get(str(rule_id), str(rule_id))}”"

    d = details
    if action == "intake.save":
        answered = len(d.get("facts", []))
        return translate("History", "Revision {0}, %n answer(s)", "", answered).format(
            d.get("revision")
        )
    if action == "matter.assess":
        text = translate("History", "Tier {0}, {1}").format(
            d.get("tier"), recommendation_label(d.get("recommendation"))
        )
        if d.get("complete") is False:
            text += translate("History", " (provisional: required facts unanswered)")
        if d.get("added"):
            text += translate("History", "; new: {0}").format(
                ", ".join(rule(r) for r in d["added"])
            )
        if d.get("dropped"):
            text += translate("History", "; no longer applies: {0}").format(
                ", ".join(rule(r) for r in d["dropped"])
            )
        return text
    if action == "matter.policy_change":
        versions = d.get("policy_version") or {}
        return translate("History", "Review policy {0} → {1}").format(
            versions.get("before"), versions.get("after")
        )
    if action == "matter.status":
        return f"{status_label(str(d.get('from')))} → {status_label(str(d.get('to')))}"
    if action == "matter.rename":
        return f"“{d.get('from')}” → “{d.get('to')}”"
    if action == "checklist.decide":
        note = f" — {d['note']}" if d.get("note") else ""
        return f"{rule(d.get('rule'))}: {status_word(str(d.get('status')))}{note}"
    if action.startswith("task."):
        return _task_summary(action, d, rule)
    if action == "checklist.evidence":
        return translate("History", "Evidence for {0}").format(rule(d.get("rule", "")))
    if action == "matter.override":
        return (
            f"{recommendation_label(d.get('computed'))} → "
            f"{recommendation_label(d.get('override'))}: {d.get('reason')}"
        )
    if action == "matter.override_cleared":
        return translate("History", "Back to the computed recommendation (was {0})").format(
            recommendation_label(d.get("was"))
        )
    if action == "attachment.add":
        text = str(d.get("name", ""))
        if d.get("sha256"):
            text += translate("History", " — SHA-256 {0}").format(short_hash(d["sha256"]))
        return text
    if action == "attachment.remove":
        return str(d.get("name", ""))
    if action == "memo.draft":
        return translate("History", "Version {0}").format(d.get("number"))
    if action == "memo.sign":
        from desktop.ui.sign_dialog import capacity_label

        text = translate("History", "Version {0} by {1} ({2})").format(
            d.get("number"), d.get("signer"), capacity_label(str(d.get("capacity"))).lower()
        )
        if d.get("pades"):
            text += translate("History", ", with a digital signature")
        return text
    if action == "memo.waiver":
        from desktop.ui.sign_dialog import capacity_label

        return translate("History", "{0} ({1})").format(
            d.get("signer"), capacity_label(str(d.get("capacity"))).lower()
        )
    if action in ("person.create", "person.link"):
        return str(d.get("name") or "")
    if action == "person.identifiers":
        return " · ".join(str(v) for v in (d.get("name_zh"), d.get("employee_number")) if v)
    if action == "person.confirm_access":
        return translate("History", "%n core asset(s) confirmed", "", len(d.get("assets") or {}))
    if action == "person.merge":
        return translate("History", "{0} joined into this entry").format(d.get("merged_name", ""))
    if action == "person.new_matter":
        return translate("History", "%n standing fact(s) carried over for counsel to confirm",
                         "", len(d.get("carried") or []))
    if action == "intake.confirm_carried":
        return translate("History", "%n fact(s) confirmed", "", len(d.get("facts") or []))
    if action == "person.register_export":
        return translate("History", "%n person(s) written to {0}", "",
                         int(d.get("people") or 0)).format(Path(str(d.get("file", ""))).name)
    if action == "report.export":
        return translate("History", "%n file(s) written", "", len(d.get("files") or []))
    if action == "matter.create":
        kind = f" ({kind_label(str(d['kind']))})" if d.get("kind") else ""
        return f"{d.get('reference')} — {d.get('title')}{kind}"
    if action == "bundle.export":
        how = (
            translate("History", "encrypted")
            if _yes(d.get("encrypted"))
            else translate("History", "not encrypted")
        )
        text = translate("History", "Exported a case bundle ({0})").format(how)
        if d.get("sha256"):
            text += translate("History", " — SHA-256 {0}").format(short_hash(d["sha256"]))
        if d.get("file"):
            text += translate("History", " — {0}").format(d["file"])
        return text
    if action == "bundle.import":
        source = d.get("original_reference") or d.get("exporter") or d.get("file") or ""
        text = (
            translate("History", "Imported as a copy of {0}")
            if _yes(d.get("as_copy"))
            else translate("History", "Imported {0}")
        ).format(source)
        signature = str(d.get("signature") or "")
        if signature == "valid":
            text += translate("History", "; signature valid")
            if d.get("key_known") is False:
                text += translate("History", " (key new to this vault)")
        elif signature:
            text += (
                translate("History", "; not signed") if signature == "missing" else f"; {signature}"
            )
        if d.get("bundle_sha256"):
            text += translate("History", " — SHA-256 {0}").format(short_hash(d["bundle_sha256"]))
        return text
    if action == "key.create":
        return translate("History", "Fingerprint {0}").format(short_hash(d.get("fingerprint"), 16))
    if action == "key.trust":
        label = d.get("label") or translate("History", "a signer")
        return translate("History", "{0} — fingerprint {1}").format(
            label, short_hash(d.get("fingerprint"), 16)
        )
    if action == "counsel.add":
        title = f", {d['title']}" if d.get("title") else ""
        return f"{d.get('name')}{title}"
    if action == "counsel.certificate":
        return translate("History", "A signing certificate for {0}").format(d.get("name"))
    if action == "counsel.passphrase":
        return translate("History", "The signing passphrase of {0}").format(d.get("name"))
    if action == "vault.history_accepted":
        return translate("History", "Accepted after a restore: {0}").format(d.get("warning"))
    if action == "settings.update":
        return "; ".join(_setting_text(k, v) for k, v in d.items())
    return "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in d.items())[:200]


def _task_summary(action: str, d: Mapping[str, Any], rule: Any) -> str:
    from desktop.ui.task_words import action_title, task_status_word

    if action == "task.sync":
        return translate("History", "{0} new, {1} due date(s) changed, {2} no longer apply").format(
            len(d.get("added", [])), len(d.get("changed", [])), len(d.get("dropped", []))
        )
    what = action_title(rule(d.get("rule")), int(d.get("number") or 0))
    note = f" — {d['note']}" if d.get("note") else ""
    if action == "task.assign":
        who = d.get("assignee") or translate("History", "nobody")
        return translate("History", "{0} → {1}").format(what, who) + note
    return f"{what}: {task_status_word(str(d.get('status')))}{note}"


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
        # columns fitted to their contents get a gap, so "Wang Li" does not run into "What"
        self.list.setItemDelegate(PaddedDelegate(self.list, padding=24, vertical=6))
        header = self.list.header()
        header.setMinimumSectionSize(60)
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
        from casework.workspace import Workspace

        history = Workspace(self.vault, "").history(self.matter_id)
        language = window_language()
        titles = {}
        for rule_id, title in history.titles.items():
            rule_version, policy_version = history.title_rules.get(rule_id, (0, 0))
            titles[rule_id] = rule_text(title, rule_id, rule_version, language,
                                        policy_version or None)
        self.list.clear()
        for event in reversed(history.events):  # newest first
            at, actor, action, details_text = event.at, event.actor, event.action, event.details
            try:
                details = json.loads(details_text)
            except ValueError:
                details = {}
            summary = summarise(action, details, titles)
            item = QTreeWidgetItem([local_time(at), actor, action_label(action), summary])
            item.setToolTip(3, summary[:2000])  # the whole line, in words (no codes)
            self.list.addTopLevelItem(item)

    def verify(self) -> None:
        from casework.workspace import Workspace

        self.verifying = True
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying…"))

        def job() -> tuple[int, list[str]]:
            report = Workspace(self.vault, "").verify_history(self.matter_id)
            return report.events, list(report.problems)

        run_for(self, job, on_done=self._verified, on_error=self._failed)

    def _verified(self, result: tuple[int, list[str]]) -> None:
        events, problems = result
        self.verifying = False
        self.verify_button.setEnabled(True)
        if problems:
            self.result.setStyleSheet(f"color: {readable(BAD_COLOUR)};")
            self.result.setText(self.tr("✗ The chain is broken: {0}").format("; ".join(problems)))
        else:
            self.result.setStyleSheet(f"color: {readable(OK_COLOUR)};")
            self.result.setText(
                self.tr(
                    "✓ Chain intact: %n event(s) verified, none changed or removed.", "", events
                )
            )

    def _failed(self, exc: BaseException) -> None:
        from desktop.ui.dialogs import error_text

        self.verifying = False
        self.verify_button.setEnabled(True)
        self.result.setStyleSheet(f"color: {readable(BAD_COLOUR)};")
        self.result.setText(self.tr("Could not verify: {0}").format(error_text(exc)))
