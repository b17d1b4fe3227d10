"""A dialog asking for a new passphrase, typed twice with the strength meter, whose change then
runs in a worker: the vault's passphrase (`vault_dialogs`) and counsel's signing passphrase
(`signing_passphrase`). A refusal is said in the dialog, which stays open with nothing changed;
success clears what was typed and accepts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casework.changes import Done
from desktop.ui.dialogs import error_text
from desktop.ui.operations import announce
from desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.widgets import ERROR_TEXT, NewPassphraseFields, readable
from desktop.ui.workers import run_in_background


class NewPassphraseDialog(QDialog):
    """Intro, the new passphrase twice, an error line, a busy bar and OK/Cancel. Subclasses add
    their own fields to `fields.form` (listed in `more_fields`, so they are locked and cleared
    with the rest). On OK, `change(new passphrase)` reads what else it needs from the fields
    (on the main thread) and returns the work that then runs in a worker."""

    def __init__(
        self, *, title: str, intro: str, ok_text: str, min_width: int,
        change: Callable[[str], Callable[[], Any]], parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.job: Any = None
        self.change = change
        self.more_fields: list[QLineEdit] = []
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.fields = NewPassphraseFields(self)
        layout.addWidget(self.fields)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {readable(ERROR_TEXT)};")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.setMinimumWidth(min_width)

    def ready(self) -> bool:
        """Whether what is typed may be used (subclasses add their own fields' conditions)."""
        return self.fields.acceptable()

    def _update(self) -> None:
        self.ok.setEnabled(self.ready() and self.job is None)

    def apply(self) -> None:
        self.run(self.change(self.fields.passphrase()))

    def run(self, work: Callable[[], Any]) -> None:
        """`work()` in a worker, the fields locked meanwhile."""
        if not self.ok.isEnabled():
            return
        self.error.hide()
        self.busy.show()
        self._lock(True)
        self.job = run_in_background(work, on_done=self._done, on_error=self._failed)
        self._update()

    def _lock(self, locked: bool) -> None:
        self.fields.setEnabled(not locked)
        for field in self.more_fields:
            field.setEnabled(not locked)

    def _done(self, result: object) -> None:
        self.job = None
        if isinstance(result, Done):
            announce(result.changes)
        self.busy.hide()
        self.fields.clear()
        for field in self.more_fields:
            field.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self._lock(False)
        self.error.setText(error_text(exc))
        self.error.show()
        self._update()
