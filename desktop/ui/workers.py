"""Background work for the window: one helper, `run_in_background`, that everyone uses.

Widgets live on the main thread; anything slow (key derivation, rendering, export, import,
re-keying, vault checks) runs in a `QThreadPool` worker and reports back through signals, which
Qt delivers on the main thread. The callable must not touch widgets; it gets its own
`Workspace` call if it needs the vault (each call has its own session, never shared across
threads).

    job = run_in_background(
        lambda: Vault.unlock_passphrase(path, secret),
        on_done=self._unlocked,          # called on the main thread with the result
        on_error=self._unlock_failed,    # called on the main thread with the exception
    )

For long, cancellable work pass `with_control=True`: the callable then receives a `JobControl`
whose `report(done, total, text)` drives `on_progress` and whose `cancelled` it should poll.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from desktop.ui.qt import QObject, QRunnable, QThreadPool, QWidget, Signal, Slot, is_alive

log = logging.getLogger(__name__)

_live: set[Job] = set()  # jobs in flight, kept alive until their result is delivered


class JobCancelledError(Exception):
    """Raised inside a job (by `JobControl.check`) when the user cancelled it."""


class JobControl:
    """Handed to a job that runs `with_control=True`: progress reporting and cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelledError

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


def _owner_gone(callback: Callable[..., Any]) -> bool:
    """The callback is a method of a widget closed and deleted while the job ran (a record
    window closed by a merge, say): its result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not is_alive(owner)


class _Signals(QObject):
    """Created on the main thread, so its slots (and the callbacks) run there."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[int, int, str], None] | None = None
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)
        self.progress.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        if self.on_done is not None and not _owner_gone(self.on_done):
            self.on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: BaseException) -> None:
        if self.on_error is not None and not _owner_gone(self.on_error):
            self.on_error(exc)
        else:
            log.error("background job failed: %s", "".join(traceback.format_exception(exc)))

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, text)


class Job(QRunnable):
    """One unit of background work; see `run_in_background`."""

    def __init__(self, fn: Callable[..., Any], *, with_control: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.control = JobControl(self.signals)
        self._with_control = with_control
        self.finished = False
        self.signals.done.connect(self._finish)
        self.signals.failed.connect(self._finish)

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn(self.control) if self._with_control else self.fn()
        except BaseException as exc:  # delivered to the main thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def cancel(self) -> None:
        self.control.cancel()

    def _finish(self, _value: object) -> None:
        self.finished = True
        _live.discard(self)


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    with_control: bool = False,
    pool: QThreadPool | None = None,
) -> Job:
    """Run `fn` on a worker thread; callbacks run on the main thread. Returns the job (cancel it
    with `job.cancel()` when it runs `with_control`)."""
    job = Job(fn, with_control=with_control)
    job.signals.on_done = on_done
    job.signals.on_error = on_error
    job.signals.on_progress = on_progress
    _live.add(job)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def error_reporter(
    parent: QWidget | None, title: str | None = None
) -> Callable[[BaseException], None]:
    """An `on_error` callback that shows the failure in a dialog (see `dialogs.show_error`)."""
    from desktop.ui.dialogs import show_error

    def report(exc: BaseException) -> None:
        show_error(parent, exc, title=title)

    return report


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until the global pool is idle (tests and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
