"""The Memo tab: counsel's narrative beside a live PDF preview, the version list, and saving,
signing, printing and exporting versions.

Rendering (ReportLab, a few tenths of a second) runs in background jobs, debounced while typing;
the preview loads the bytes from a QBuffer, never a file. The editor always prepares the *next*
version: a signed version never changes, saving makes a new draft.

Longer than our usual 400 lines, for a reason: the editor, the preview, the working draft, the
version list and printing share one state (the busy flag, the PDF cache, the render generation,
the kept narrative) that each section reads and sets; split into mixins, that state would be
spread over files with nothing to say which owns it. The Sign dialog is its own module
(desktop/ui/sign_dialog.py); every vault call is a `Workspace` method.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from casework.changes import Done
from casework.vaults import Vault, write_private_file
from casework.workspace import Workspace
from desktop.ui.attachments_tab import local_time
from desktop.ui.checklist_model import area_label
from desktop.ui.dialogs import show_error, show_info
from desktop.ui.labels import mnemonic_safe
from desktop.ui.matter_worker import run_for
from desktop.ui.memo_language import add_memo_languages
from desktop.ui.operations import announce
from desktop.ui.print_pdf import PageImage, paint_pages, pdf_printer, rasterise
from desktop.ui.qt import (
    QAbstractItemView,
    QBuffer,
    QByteArray,
    QComboBox,
    QDialog,
    QFileDialog,
    QFont,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QIODevice,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPalette,
    QPdfDocument,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.sign_dialog import SignDialog, capacity_label

PREVIEW_DEBOUNCE_MS = 700
DRAFT_SAVE_MS = 1500  # the typed narrative is kept in the vault after this pause
CTX = "Memo"
DRAFT_KEY = "draft"  # the version-list row for the unsaved working draft
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class MemoTab(QWidget):
    changed = Signal()

    def __init__(
        self, vault: Vault, matter_id: str, *, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.matter_id = matter_id
        self.actor = actor
        self.reference = ""
        self.area_edits: dict[str, QPlainTextEdit] = {}
        self.versions: list[dict[str, Any]] = []
        self.pdf_cache: dict[int, bytes] = {}  # version number -> PDF bytes
        self.preview_bytes: bytes | None = None
        self.preview_key: Any = None
        self.rendering = 0
        self.busy = False
        self._generation = 0
        self._buffer: QBuffer | None = None
        self._pages: list[PageImage] = []
        self._printer: Any = None  # the print preview's printer, alive as long as the dialog
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_SAVE_MS)
        self.draft_timer.timeout.connect(self.keep_working_draft)
        self._kept_narrative: dict[str, Any] | None = None  # as last stored or loaded
        self.restored_draft = False
        self._build()
        self.reload(load_narrative=True)

    # ----- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        editor = QWidget(self)
        form = QVBoxLayout(editor)
        form.setContentsMargins(0, 0, 8, 0)
        # The language of the next version (issue 16): the memo's own, else the vault's.
        self.language = QComboBox(editor)
        self.language.setAccessibleName(self.tr("Memo language"))
        self.language.setToolTip(
            self.tr("The language of the memo's composed parts in the next version you save; "
                    "a saved or signed version keeps its own.")
        )
        add_memo_languages(self.language)
        self.language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.to = QLineEdit(editor)
        self.to.setAccessibleName(self.tr("Addressee"))
        self.to.setPlaceholderText(self.tr("e.g. General Counsel; HR Director"))
        self.summary = self._text(
            editor,
            self.tr("Summary"),
            self.tr(
                "The opening paragraph: what was reviewed and the conclusion in a few sentences."
            ),
        )
        self.conditions = self._text(
            editor,
            self.tr("Conditions"),
            self.tr(
                "Conditions and required actions in your words "
                "(the checklist's actions are listed anyway)."
            ),
        )
        for label, widget in (
            (self.tr("Memo &language:"), self.language),
            (self.tr("&To:"), self.to),
            (self.tr("&Summary:"), self.summary),
            (self.tr("&Conditions:"), self.conditions),
        ):
            caption = QLabel(label, editor)
            caption.setBuddy(widget)
            form.addWidget(caption)
            form.addWidget(widget)
        self.areas_title = QLabel(self.tr("Notes by area"), editor)
        font = QFont(self.areas_title.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.areas_title.setFont(font)
        form.addSpacing(6)
        form.addWidget(self.areas_title)
        self.areas_box = QVBoxLayout()
        form.addLayout(self.areas_box)
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)

        self.version_list = QTreeWidget(self)
        self.version_list.setAccessibleName(self.tr("Memo versions"))
        self.version_list.setRootIsDecorated(False)
        self.version_list.setHeaderLabels(
            [self.tr("Version"), self.tr("State"), self.tr("Saved"), self.tr("Signed by")]
        )
        self.version_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.version_list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.version_list.setMaximumHeight(150)
        self.version_list.currentItemChanged.connect(lambda *_: self._version_chosen())

        self.save_button = QPushButton(self.tr("Save &version"), self)
        self.save_button.setToolTip(self.tr("Save the memo as a new version (Ctrl+S)"))
        self.sign_button = QPushButton(self.tr("S&ign…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the selected version (Ctrl+P)"))
        self.export_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.save_button.clicked.connect(self.save_version)
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.print_button.clicked.connect(self.print_selected)
        self.export_button.clicked.connect(self.export_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        versions_title = QLabel(self.tr("Versions"), left)
        versions_title.setFont(font)
        left_layout.addWidget(versions_title)
        left_layout.addWidget(self.version_list)
        left_layout.addLayout(buttons)
        self.buttons_hint = QLabel(left)
        self.buttons_hint.setWordWrap(True)
        self.buttons_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        left_layout.addWidget(self.buttons_hint)

        self.preview_label = QLabel(self)
        self.preview_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.preview_label.setAccessibleName(self.tr("Preview status"))
        self.document = QPdfDocument(self)
        self.preview_stack = QStackedWidget(self)
        waiting = QLabel(self.tr("Rendering the preview…"), self)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.preview_stack.addWidget(waiting)
        from desktop.ui.qt import QPdfView  # PySide6-Pdf, a dependency, imported on first use

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Memo preview"))
        self.preview_stack.addWidget(self.view)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview_stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([460, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        for sequence, slot in (
            (QKeySequence.StandardKey.Save, self.save_version),
            (QKeySequence.StandardKey.Print, self.print_selected),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.to.textEdited.connect(lambda _t: self._narrative_edited())

    def _text(self, parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self._narrative_edited)
        return edit

    # ----- data -------------------------------------------------------------------------------
    def reload(self, *, load_narrative: bool = False) -> None:
        """Refresh versions and the per-area editors; `load_narrative` also fills the editors
        from the latest version (at open)."""
        state = Workspace(self.vault, self.actor).memo_state(
            self.matter_id, with_working_draft=load_narrative
        )
        self.reference = state.reference
        areas = sorted(state.areas, key=lambda a: area_label(a))
        self.versions = [
            {
                "number": v.number,
                "state": v.state,
                "created_at": v.created_at,
                "signers": [
                    f"{s.shown_signer} ({capacity_label(s.capacity)})" for s in v.signatures
                ],
            }
            for v in state.versions
        ]
        narrative, working = state.narrative, state.working_draft
        if working is not None:  # typed after the last version and not saved as one
            narrative = working
        self.restored_draft = working is not None
        notes = self.narrative()["area_notes"]
        if load_narrative and narrative is not None:
            notes = dict(narrative.get("area_notes") or {})
        self._build_area_edits(areas, notes)
        if load_narrative and narrative is not None:
            for edit, text in (
                (self.summary, narrative.get("summary", "")),
                (self.conditions, narrative.get("conditions", "")),
            ):
                edit.blockSignals(True)
                edit.setPlainText(str(text or ""))
                edit.blockSignals(False)
            self.to.setText(str(narrative.get("to") or ""))
        if load_narrative:
            self._kept_narrative = self.narrative()
            language = Workspace(self.vault, self.actor).memo_language(self.matter_id)
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.language.blockSignals(False)
        self._fill_versions()
        if load_narrative:
            self.timer.stop()
            self.refresh_preview()

    def _build_area_edits(self, areas: list[str], notes: dict[str, str]) -> None:
        for edit in self.area_edits.values():
            notes.setdefault(edit.property("area"), edit.toPlainText())
        while self.areas_box.count():
            item = self.areas_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.area_edits = {}
        for area in list(dict.fromkeys([*areas, *[a for a, t in notes.items() if t]])):
            caption = QLabel(mnemonic_safe(area_label(area)), self)
            edit = QPlainTextEdit(self)
            edit.setProperty("area", area)
            edit.setAccessibleName(self.tr("Note on {0}").format(area_label(area)))
            edit.setPlaceholderText(self.tr("Your analysis for this area (optional)"))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setPlainText(notes.get(area, ""))
            edit.textChanged.connect(self._narrative_edited)
            caption.setBuddy(edit)
            self.areas_box.addWidget(caption)
            self.areas_box.addWidget(edit)
            self.area_edits[area] = edit
        self.areas_title.setText(
            self.tr("Notes by area")
            if areas
            else self.tr("Notes by area — none yet: areas appear once the checklist has items.")
        )

    def _fill_versions(self) -> None:
        current = self.selected_version()
        self.version_list.blockSignals(True)
        self.version_list.clear()
        draft = QTreeWidgetItem([self.tr("Working draft"), self.tr("in progress"), "", ""])
        draft.setData(0, VERSION_ROLE, DRAFT_KEY)
        draft.setToolTip(
            1,
            self.tr(
                "What you type is kept in the vault as you go; Save version makes it a "
                "version you can sign."
            ),
        )
        self.version_list.addTopLevelItem(draft)
        selected = draft
        for v in reversed(self.versions):
            state = self.tr("✓ Signed") if v["state"] == "signed" else self.tr("Draft")
            item = QTreeWidgetItem(
                [
                    self.tr("v{0}").format(v["number"]),
                    state,
                    local_time(v["created_at"]),
                    ", ".join(v["signers"]),
                ]
            )
            item.setData(0, VERSION_ROLE, v["number"])
            item.setToolTip(3, "\n".join(v["signers"]))
            self.version_list.addTopLevelItem(item)
            if v["number"] == current:
                selected = item
        self.version_list.setCurrentItem(selected)
        self.version_list.blockSignals(False)
        self._update_buttons()

    def narrative(self) -> dict[str, Any]:
        return {
            "summary": self.summary.toPlainText().strip(),
            "conditions": self.conditions.toPlainText().strip(),
            "area_notes": {
                area: edit.toPlainText().strip()
                for area, edit in self.area_edits.items()
                if edit.toPlainText().strip()
            },
            "to": self.to.text().strip(),
        }

    def selected_version(self) -> int | None:
        item = self.version_list.currentItem()
        value = item.data(0, VERSION_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def select_version(self, number: int | None) -> None:
        for index in range(self.version_list.topLevelItemCount()):
            item = self.version_list.topLevelItem(index)
            if item is None:
                continue
            value = item.data(0, VERSION_ROLE)
            if (number is None and value == DRAFT_KEY) or value == number:
                self.version_list.setCurrentItem(item)
                return

    def selected_pdf(self) -> bytes | None:
        """The PDF of the selected stored version once rendered (None until then)."""
        number = self.selected_version()
        return self.pdf_cache.get(number) if number is not None else None

    def _update_buttons(self) -> None:
        stored = self.selected_version() is not None
        self.print_button.setEnabled(stored and not self.busy)
        self.export_button.setEnabled(stored and not self.busy)
        self.sign_button.setEnabled(bool(self.versions) and not self.busy)
        self.save_button.setEnabled(not self.busy)
        # A greyed button says why (the tooltip), and the version list says it inline.
        busy = self.tr("Wait until the current step finishes.")
        if self.busy:
            why_not_stored = busy
        elif self.versions:
            why_not_stored = self.tr(
                "To print or save as PDF, select a saved version (the working draft is not one)."
            )
        else:
            why_not_stored = self.tr(
                "Save a version first (Save version); a saved version can be printed or saved "
                "as PDF."
            )
        self.print_button.setToolTip(
            self.tr("Print the selected version (Ctrl+P)")
            if stored and not self.busy
            else why_not_stored
        )
        self.export_button.setToolTip(
            self.tr("Save the selected version as a PDF file")
            if stored and not self.busy
            else why_not_stored
        )
        self.sign_button.setToolTip(
            busy
            if self.busy
            else self.tr("Sign the selected version (or the latest)")
            if self.versions
            else self.tr("Save a version first; signing applies to a saved version.")
        )
        self.buttons_hint.setText("" if stored or self.busy else why_not_stored)
        self.buttons_hint.setVisible(not stored and not self.busy)

    # ----- preview ----------------------------------------------------------------------------
    def memo_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _language_chosen(self) -> None:
        """A new language previews the next version in it (not a narrative edit: nothing to
        keep as a working draft)."""
        if self.selected_version() is not None:
            self.select_version(None)
        self.timer.start()

    def _narrative_edited(self) -> None:
        if self.selected_version() is not None:
            self.select_version(None)  # editing prepares the next version: preview it
        self.timer.start()
        self.draft_timer.start()

    # ----- the working draft (kept in the vault, never lost to a close or a lock) -------------
    def keep_working_draft(self) -> None:
        """Store the narrative as typed, in the background (after a pause in typing)."""
        narrative = self.narrative()
        if narrative == self._kept_narrative or getattr(self, "_dropped", False):
            return
        self._kept_narrative = narrative
        run_for(
            self,
            _keep_draft_job(self.vault, self.matter_id, narrative, self.actor),
            on_done=lambda _none: None,
            on_error=lambda exc: self._draft_not_kept(narrative, exc),
        )

    def _draft_not_kept(self, narrative: dict[str, Any], exc: BaseException) -> None:
        from desktop.ui.dialogs import error_text

        if self._kept_narrative == narrative:
            self._kept_narrative = None  # try again at the next pause or at close
        self.preview_label.setText(
            self.tr("Your memo text could not be kept in the vault: {0}").format(error_text(exc))
        )

    def keep_working_draft_blocking(self) -> None:
        """Store the narrative now, on this thread (the window is closing or locking)."""
        self.draft_timer.stop()
        narrative = self.narrative()
        if narrative == self._kept_narrative:
            return
        try:
            _keep_draft_job(self.vault, self.matter_id, narrative, self.actor)()
            self._kept_narrative = narrative
        except Exception as exc:
            show_error(self, exc, title=self.tr("Memo text not kept"))

    def _version_chosen(self) -> None:
        self._update_buttons()
        self.timer.stop()
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Render the selected version or the working draft in the background."""
        self._generation += 1
        generation = self._generation
        number = self.selected_version()
        if number is not None and number in self.pdf_cache:
            self._show_pdf(self.pdf_cache[number], number)
            return
        self.rendering += 1
        self.preview_label.setText(self.tr("Rendering…"))
        job = (
            _render_version_job(self.vault, self.matter_id, number)
            if number is not None
            else _render_draft_job(
                self.vault, self.matter_id, self.narrative(), self.actor, self.memo_language()
            )
        )

        def done(pdf: bytes) -> None:
            self.rendering -= 1
            if number is not None:
                self.pdf_cache[number] = pdf
            if generation == self._generation:
                self._show_pdf(pdf, number)

        def failed(exc: BaseException) -> None:
            from desktop.ui.dialogs import error_text

            self.rendering -= 1
            if generation == self._generation:
                self.preview_label.setText(
                    self.tr("The preview could not be rendered: {0}").format(error_text(exc))
                )

        run_for(self, job, on_done=done, on_error=failed)

    def _show_pdf(self, pdf: bytes, number: int | None) -> None:
        self.preview_bytes = pdf
        self.preview_key = number
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.preview_stack.setCurrentIndex(1)
        pages = self.document.pageCount()
        if number is None:
            text = self.tr(
                "Preview of the working draft (not a version yet) — %n page(s)", "", pages
            )
        else:
            state = next((v["state"] for v in self.versions if v["number"] == number), "")
            text = (
                self.tr("Version {0}, signed — %n page(s)", "", pages).format(number)
                if state == "signed"
                else self.tr("Version {0}, draft — %n page(s)", "", pages).format(number)
            )
        self.preview_label.setText(text)

    # ----- versions ---------------------------------------------------------------------------
    def save_version(self) -> int | None:
        """Save the narrative as a new draft version (Ctrl+S); returns its number."""
        self.draft_timer.stop()
        try:  # returns the number at once (Ctrl+S, then Sign): a short write on this thread
            done = Workspace(self.vault, self.actor).save_memo(
                self.matter_id, self.narrative(), self.memo_language()
            )
        except Exception as exc:
            show_error(self, exc, title=self.tr("Version not saved"))
            return None
        number = done.value.number
        announce(done.changes)
        self._kept_narrative = self.narrative()  # saving the version cleared the working draft
        self.restored_draft = False
        self.reload()
        self.select_version(number)
        self.changed.emit()
        return number

    def open_sign_dialog(self) -> SignDialog | None:
        """Open the Sign dialog for the selected (or latest) version, non-blocking."""
        if not self.versions:
            show_info(self, self.tr("Save a version first; signing applies to a saved version."))
            return None
        number = self.selected_version() or self.versions[-1]["number"]
        workspace = Workspace(self.vault, self.actor)
        counsel = [(c.name, c.title) for c in workspace.counsel()]
        me = workspace.memo_signer_name()
        gates = workspace.memo_blockers(self.matter_id, number)
        dialog = SignDialog(
            counsel, number, self, vault=self.vault, actor=self.actor, suggested_name=me,
            gates=gates, refusals=workspace.signing_refusals(self.matter_id, number),
        )
        dialog.counsel.setCurrentIndex(max(dialog.counsel.findData(me), 0))
        dialog.accepted.connect(lambda: self.sign(number, **dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def sign(
        self,
        number: int,
        *,
        counsel_name: str,
        capacity: str,
        p12_path: str = "",
        p12_password: str | None = None,
        signer_passphrase: str | None = None,
    ) -> None:
        try:
            p12 = Path(p12_path).read_bytes() if p12_path else None
        except OSError as exc:
            show_error(self, self.tr("The certificate file could not be read: {0}").format(exc))
            return
        self.busy = True
        self._update_buttons()
        self.preview_label.setText(self.tr("Signing version {0}…").format(number))
        vault, matter_id, actor = self.vault, self.matter_id, self.actor

        def job() -> Done[Any]:
            return Workspace(vault, actor).sign_memo(
                matter_id,
                counsel_name=counsel_name,
                capacity=capacity,
                version_number=number,
                p12=p12,
                p12_password=p12_password,
                signer_passphrase=signer_passphrase,
            )

        def done(result: Done[Any]) -> None:
            signed = result.value.version
            announce(result.changes)
            self.busy = False
            self.pdf_cache.pop(signed, None)
            self.reload()
            self.select_version(signed)
            self.refresh_preview()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.preview_label.setText("")
            show_error(self, exc, title=self.tr("Not signed"))

        run_for(self, job, on_done=done, on_error=failed)

    # ----- print and export -------------------------------------------------------------------
    def _with_selected_pdf(self, then: Callable[[bytes, int], None]) -> None:
        number = self.selected_version()
        if number is None:
            show_info(
                self,
                self.tr(
                    "Select a saved version to print or export; save the "
                    "working draft as a version first."
                ),
            )
            return
        if number in self.pdf_cache:
            then(self.pdf_cache[number], number)
            return

        def done(pdf: bytes) -> None:
            self.pdf_cache[number] = pdf
            then(pdf, number)

        run_for(
            self,
            _render_version_job(self.vault, self.matter_id, number),
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
        )

    def print_selected(self) -> None:
        """Print… (Ctrl+P): rasterise in the background, then the print preview dialog."""
        if not self.print_button.isEnabled() and self.selected_version() is None:
            show_info(self, self.tr("Select a saved version to print."))
            return
        self.busy = True
        self._update_buttons()
        self.preview_label.setText(self.tr("Preparing pages for printing…"))

        def rasterised(pages: list[PageImage], number: int) -> None:
            self.busy = False
            self._update_buttons()
            self.preview_label.setText("")
            self._pages = pages
            self._open_print_preview(pages, number)

        def have_pdf(pdf: bytes, number: int) -> None:
            run_for(
                self,
                lambda: rasterise(pdf),
                on_done=lambda pages: rasterised(pages, number),
                on_error=not_printed,
            )

        def not_printed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.preview_label.setText("")
            show_error(self, exc, title=self.tr("Not printed"))

        self._with_selected_pdf(have_pdf)

    def _open_print_preview(self, pages: list[PageImage], number: int) -> QDialog | None:
        try:
            from desktop.ui.qt import QPrintPreviewDialog
        except ImportError:  # pragma: no cover
            show_error(self, self.tr("Printing is not available in this installation."))
            return None
        title = f"{self.reference} v{number}"
        # The dialog only points at the printer (C++ does not own it): Python must keep it
        # alive for as long as the dialog paints on it, or the preview paints on freed memory.
        printer = pdf_printer(title=title)
        dialog = QPrintPreviewDialog(printer, self)
        self._printer = printer
        dialog.setWindowTitle(self.tr("Print {0}").format(title))
        dialog.paintRequested.connect(lambda p: paint_pages(pages, p))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "_pages", []))
        # Drop the printer only once the dialog's C++ side is gone.
        dialog.destroyed.connect(lambda *_: self._release_printer(printer))
        dialog.open()
        self.print_dialog = dialog
        return dialog

    def _release_printer(self, printer: Any) -> None:
        if getattr(self, "_printer", None) is printer:
            self._printer = None

    def export_selected(self) -> None:
        """Save as PDF…: the selected version's bytes, written atomically where the user says."""

        def have_pdf(pdf: bytes, number: int) -> None:
            suggested = f"{self.reference}-memo-v{number}.pdf"
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save memo as PDF"), suggested, self.tr("PDF documents (*.pdf)")
            )
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                write_private_file(path, pdf)
            except OSError as exc:
                show_error(self, self.tr("The PDF could not be written: {0}").format(exc))
                return
            self.preview_label.setText(self.tr("Saved {0}").format(Path(path).name))

        self._with_selected_pdf(have_pdf)

    def drop_data(self) -> None:
        """Forget rendered PDFs and page images (the window is closing or locking)."""
        self.timer.stop()
        self.draft_timer.stop()
        self._dropped = True
        self._generation += 1
        self.pdf_cache.clear()
        self.preview_bytes = None
        self._pages = []
        self.document.close()


def _keep_draft_job(
    vault: Vault, matter_id: str, narrative: dict[str, Any], actor: str
) -> Callable[[], None]:
    def job() -> None:
        Workspace(vault, actor).keep_working_draft(matter_id, narrative)

    return job


def _render_version_job(vault: Vault, matter_id: str, number: int) -> Callable[[], bytes]:
    def job() -> bytes:
        return Workspace(vault, "").render_memo(matter_id, number).pdf

    return job


def _render_draft_job(
    vault: Vault, matter_id: str, narrative: dict[str, Any], actor: str, language: str = "en"
) -> Callable[[], bytes]:
    def job() -> bytes:
        return Workspace(vault, actor).preview_memo_draft(matter_id, narrative, language)

    return job
