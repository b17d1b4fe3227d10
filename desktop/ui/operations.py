"""Every change the window makes goes through `run_mutation`: the `Workspace` call runs in a
worker (nothing slow on the main thread), a failure is shown in a dialog, and on success one
application-wide signal, `change_hub().changed`, carries the call's `Changes` to every view,
which refreshes itself when the change touches what it shows (Anki's "operations").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from casework.changes import Changes, Done
from desktop.ui.matter_worker import run_for
from desktop.ui.qt import QApplication, QObject, QWidget, Signal

T = TypeVar("T")


class ChangeHub(QObject):
    """One per application: `changed(Changes)` after each successful mutation."""

    changed = Signal(object)


_hub: ChangeHub | None = None


def change_hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub(QApplication.instance())
    return _hub


def announce(changes: Changes) -> None:
    """Tell every view what changed (for mutations that had to run elsewhere)."""
    if not changes.empty:
        change_hub().changed.emit(changes)


def run_mutation(
    owner: QWidget,
    call: Callable[[], Done[T]],
    *,
    error_title: str,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run `call` (a Workspace mutation) in a worker; then announce its changes and hand its
    value to `on_done`, or show the error under `error_title` (and call `on_error`)."""

    def finished(done: Done[T]) -> None:
        announce(done.changes)
        if on_done is not None:
            on_done(done.value)

    def failed(exc: BaseException) -> None:
        from desktop.ui.dialogs import show_error

        show_error(owner, exc, title=error_title)
        if on_error is not None:
            on_error(exc)

    run_for(owner, call, on_done=finished, on_error=failed)


def connect_changes(slot: Callable[[Changes], Any]) -> None:
    """Call `slot(changes)` after every mutation. `slot` is a bound method of a QObject, so Qt
    disconnects it when that object is destroyed."""
    change_hub().changed.connect(slot)
