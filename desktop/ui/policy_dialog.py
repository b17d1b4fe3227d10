""""Re-assess under policy 2": what re-assessing a matter under the latest review policy would
change, in words, before counsel applies it (review-policy.md, last section)."""

from __future__ import annotations

from html import escape
from typing import Any

from desktop.ui.labels import recommendation_label, tier_label
from desktop.ui.qt import QDialog, QDialogButtonBox, QLabel, Qt, QVBoxLayout, QWidget


class PolicyChangeDialog(QDialog):
    """Shows a `PolicyChange` (items new, changed, no longer applying; tier and recommendation
    before and after; questions the new intake adds). OK applies it."""

    def __init__(self, change: Any, fact_labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-assess under review policy {0}").format(change.to_version))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._html(change, fact_labels), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("What the re-assessment changes"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Re-assess"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _html(self, change: Any, fact_labels: dict[str, str]) -> str:
        def titles(rules: list[str]) -> str:
            return "".join(f"<li>{escape(change.titles.get(r, r))}</li>" for r in rules)

        parts = [
            "<p>" + escape(self.tr(
                "This matter was assessed under review policy {0}. Re-assessing it under policy "
                "{1} keeps every decision, note and piece of evidence; signed memos are not "
                "changed."
            ).format(change.from_version, change.to_version)) + "</p>",
            "<p>" + escape(self.tr("Knowledge tier: {0} → {1}").format(
                tier_label(change.tier_before, short=False),
                tier_label(change.tier_after, short=False),
            )) + "<br>" + escape(self.tr("Recommendation: {0} → {1}").format(
                recommendation_label(change.recommendation_before),
                recommendation_label(change.recommendation_after),
            )) + "</p>",
        ]
        for heading, rules in (
            (self.tr("New items (arrive open, marked new):"), change.new),
            (self.tr("Items whose terms change (new actions, owners and due dates):"),
             change.changed),
            (self.tr("Items that no longer apply (kept with their decisions):"),
             change.no_longer_applies),
        ):
            if rules:
                parts.append(f"<p><b>{escape(heading)}</b></p><ul>{titles(rules)}</ul>")
        if change.missing:
            questions = "".join(
                f"<li>{escape(fact_labels.get(f, f))}</li>" for f in change.missing
            )
            parts.append(
                f"<p><b>{escape(self.tr('Questions still to answer:'))}</b></p><ul>{questions}</ul>"
            )
        return "".join(parts)
