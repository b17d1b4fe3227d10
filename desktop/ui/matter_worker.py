"""`run_for(widget, ...)`: the shell's `run_in_background`, with callbacks that are skipped
once the widget they update has been deleted (a matter window closed while a render or a save
was still running)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.ui.qt import QWidget, is_alive
from desktop.ui.workers import Job, run_in_background


def _guard(widget: QWidget, callback: Callable[..., None] | None) -> Callable[..., None] | None:
    if callback is None:
        return None

    def call(*args: Any) -> None:
        if is_alive(widget) and not getattr(widget, "_dropped", False):
            callback(*args)

    return call


def run_for(
    widget: QWidget,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    with_control: bool = False,
) -> Job:
    """Run `fn` in a worker; deliver its result to `widget` only while the widget lives."""
    return run_in_background(
        fn,
        on_done=_guard(widget, on_done),
        on_error=_guard(widget, on_error) or (lambda _exc: None),
        with_control=with_control,
    )
