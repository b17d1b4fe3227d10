"""Idle lock: an application-wide event filter restarts a timer on every user input; when the
timer runs out, `idle` fires (the main window locks the vault)."""

from __future__ import annotations

from desktop.ui.qt import QApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, int(minutes)) * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def set_interval_ms(self, ms: int) -> None:
        """For tests: a short interval."""
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
