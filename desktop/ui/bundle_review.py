"""The import's two dialogs: the verification report with the import options, and the result
(desktop/ui/bundle_import.py runs the flow)."""


from __future__ import annotations

from typing import Any

from desktop.ui.bundle_common import (
    ERROR_COLOUR,
    OK_COLOUR,
    check_label,
    check_meaning,
    selectable,
    signature_text,
)
from desktop.ui.qt import (
    QCheckBox,
    QColor,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.welcome import heading, paragraph
from desktop.ui.widgets import LEVEL_COLOURS, readable
from desktop.ui.window_language import window_language


class ImportReviewDialog(QDialog):
    """The verification report and the import options; Import only when the policy allows."""

    def __init__(self, report: Any, exists: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.exists = exists
        self.setWindowTitle(self.tr("Verify case bundle"))
        self.setAccessibleName(self.tr("Bundle verification report"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        contents_ok = report.ok_apart_from_signature and report.signature != "invalid"
        self.importable = contents_ok
        failures = [c for c in report.failures if c.name != "signature" or not contents_ok]
        if report.ok:
            head, colour = self.tr("✓ The bundle verified: every check passed."), OK_COLOUR
        elif contents_ok:
            head = self.tr("The bundle's contents verified, but it is not signed.")
            colour = LEVEL_COLOURS["fair"]
        else:
            first = failures[0] if failures else None
            head = self.tr("✗ The bundle failed verification. It cannot be imported.")
            if first is not None:
                reason = check_meaning(first.name, False) or check_label(first.name) + "."
                head = self.tr(
                    "✗ The bundle failed verification: {0} It cannot be imported."
                ).format(reason)
            colour = ERROR_COLOUR
        self.headline = heading(head, self, size_delta=2)
        self.headline.setStyleSheet(f"color: {readable(colour)};")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        # what failed comes first, before any detail that passed
        self.failures = paragraph(
            "\n".join(
                f"✗ {check_label(c.name)}: {check_meaning(c.name, False)} ({c.message})"
                for c in failures
            ),
            self,
        )
        self.failures.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        self.failures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failures.setAccessibleName(self.tr("Failed checks"))
        self.failures.setVisible(bool(failures))
        layout.addWidget(self.failures)
        # Green means "fine" only when every check passed; otherwise passes stay uncoloured.
        pass_colour = OK_COLOUR if report.ok else None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.matter = selectable(
            f"{report.reference or '?'}  ({report.matter_uuid or self.tr('no identifier')})", self
        )
        self.matter.setAccessibleName(self.tr("Matter"))
        form.addRow(self.tr("Matter:"), self.matter)
        origin = ", ".join(
            part for part in (report.exporter, report.organisation, report.bagging_date) if part
        )
        form.addRow(self.tr("Exported by:"), selectable(origin or self.tr("Not stated"), self))
        self.signature = QLabel(signature_text(report.signature, bundle_ok=contents_ok), self)
        self.signature.setWordWrap(True)
        self.signature.setAccessibleName(self.tr("Signature"))
        if report.signature != "valid":
            self.signature.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        elif pass_colour is not None:
            self.signature.setStyleSheet(f"color: {readable(pass_colour)};")
        form.addRow(self.tr("Signature:"), self.signature)
        if report.signer_fingerprint:
            self.fingerprint = selectable(report.signer_fingerprint, self, mono=True)
            self.fingerprint.setAccessibleName(self.tr("Signer fingerprint"))
            form.addRow(self.tr("Signer fingerprint:"), self.fingerprint)
            if report.key_known:
                known = self.tr("Known to this vault (it signed bundles exported from here).")
            else:
                known = self.tr(
                    "Not known to this vault. Compare the fingerprint with the sender by phone "
                    "or in person before relying on the bundle."
                )
            self.signer = paragraph(known, self)
            self.signer.setAccessibleName(self.tr("Signer"))
            form.addRow(self.tr("Signer:"), self.signer)
        sha = selectable(report.bundle_sha256, self, mono=True)
        sha.setAccessibleName(self.tr("SHA-256 of the file"))
        form.addRow(self.tr("File SHA-256:"), sha)
        layout.addLayout(form)

        self.checks = QTreeWidget(self)
        self.checks.setAccessibleName(self.tr("Verification checks"))
        self.checks.setHeaderLabels([self.tr("Result"), self.tr("Check"), self.tr("Details")])
        self.checks.setRootIsDecorated(False)
        self.checks.setWordWrap(True)
        self.checks.setUniformRowHeights(False)
        self.checks.setAlternatingRowColors(True)
        # failed checks first, in the order they were found
        for check in sorted(report.checks, key=lambda c: c.ok):
            meaning = check_meaning(check.name, check.ok) or check.message
            result = self.tr("✓ Passed") if check.ok else self.tr("✗ Failed")
            if check.ok and check.name == "signature" and not contents_ok:
                # the signature holds over records the files no longer match
                result = self.tr("– Not relied on")
                meaning = self.tr(
                    "The signature matches the records signed at export, but the files no "
                    "longer match those records."
                )
            item = QTreeWidgetItem(
                [
                    result,
                    check_label(check.name),
                    meaning if check.ok else f"{meaning} ({check.message})",
                ]
            )
            # The technical detail is the command line's English: the English window shows it
            # on a passed check; a failed one carries it in its text in either language.
            if not check.ok or window_language() == "en":
                item.setToolTip(2, check.message)
            if not check.ok:
                item.setForeground(0, QColor(readable(ERROR_COLOUR)))
            elif pass_colour is not None:
                item.setForeground(0, QColor(readable(pass_colour)))
            self.checks.addTopLevelItem(item)
        for warning in report.warnings:  # e.g. a memo sign-off no PDF signature carries
            item = QTreeWidgetItem([self.tr("⚠ Note"), check_label("memo sign-offs"), warning])
            item.setToolTip(2, warning)
            item.setForeground(0, QColor(readable(LEVEL_COLOURS["fair"])))
            self.checks.addTopLevelItem(item)
        header = self.checks.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checks.setMinimumHeight(200)
        layout.addWidget(self.checks, 1)


        self.as_copy = QCheckBox(self.tr("Import as a &copy with a new reference"), self)
        self.as_copy.setAccessibleName(self.tr("Import as a copy"))
        self.copy_note = paragraph(
            self.tr(
                "This matter is already in this vault. A copy keeps both: it gets a new "
                "reference and records where it came from."
            ),
            self,
        )
        self.unsigned_warning = paragraph(
            self.tr(
                "Without a signature nothing shows who made this bundle or that it is the one "
                "they sent. Import it only if you received it directly from someone you trust."
            ),
            self,
        )
        self.unsigned_warning.setStyleSheet(f"color: {readable(ERROR_COLOUR)};")
        self.allow_unsigned = QCheckBox(
            self.tr("I trust where it came from: import the &unsigned bundle"), self
        )
        self.allow_unsigned.setAccessibleName(self.tr("Allow an unsigned bundle"))
        for widget in (self.copy_note, self.as_copy):
            widget.setVisible(self.importable and exists)
            layout.addWidget(widget)
        for widget in (self.unsigned_warning, self.allow_unsigned):
            widget.setVisible(self.importable and report.signature == "missing")
            layout.addWidget(widget)

        if self.importable:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            )
            self.import_button: QPushButton | None = self.buttons.button(
                QDialogButtonBox.StandardButton.Ok
            )
            self.import_button.setText(self.tr("&Import"))
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            self.import_button = None
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.as_copy.toggled.connect(self._update)
        self.allow_unsigned.toggled.connect(self._update)
        self._update()
        self.resize(800, 580)

    def can_import(self) -> bool:
        if not self.importable:
            return False
        if self.exists and not self.as_copy.isChecked():
            return False
        return self.report.signature == "valid" or self.allow_unsigned.isChecked()

    def _update(self) -> None:
        if self.import_button is not None:
            self.import_button.setEnabled(self.can_import())



class ImportResultDialog(QDialog):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle imported"))
        self.setAccessibleName(self.tr("Bundle imported"))
        layout = QVBoxLayout(self)
        if result.as_copy:
            text = self.tr("The matter was imported as a copy, {0} (the original is {1}).").format(
                result.reference, result.original_reference
            )
        else:
            text = self.tr("The matter {0} was imported into this vault.").format(result.reference)
        layout.addWidget(paragraph(text, self))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reference = selectable(result.reference, self)
        self.reference.setAccessibleName(self.tr("Matter reference"))
        form.addRow(self.tr("Matter:"), self.reference)
        verified = (
            self.tr("Yes: every check passed and the signature is valid")
            if result.signature == "valid"
            else self.tr("Contents verified; the bundle was not signed")
        )
        self.verified = QLabel(verified, self)
        form.addRow(self.tr("Verified:"), self.verified)
        if result.signer_fingerprint:
            signer = selectable(result.signer_fingerprint, self, mono=True)
            signer.setAccessibleName(self.tr("Signer fingerprint"))
            form.addRow(self.tr("Signer fingerprint:"), signer)
            form.addRow(
                "",
                QLabel(
                    self.tr("Known to this vault")
                    if result.key_known
                    else self.tr("Not known to this vault; the fingerprint was recorded"),
                    self,
                ),
            )
        layout.addLayout(form)
        # Sign-offs no valid PDF signature carries were imported as not verified: say which.
        self.warnings = [paragraph(f"⚠ {warning}", self) for warning in result.warnings]
        for label in self.warnings:
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
