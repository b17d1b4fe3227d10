"""Background jobs deliver to the window that asked, and to nothing once it is gone."""

from __future__ import annotations

from typing import Any

from desktop.ui.qt import QLabel, QWidget
from desktop.ui.workers import run_in_background, wait_for_jobs


class Record(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("", self)
        self.shown: list[str] = []

    def show_result(self, text: str) -> None:
        self.label.setText(text)  # a deleted window's child would raise here
        self.shown.append(text)


def test_a_result_reaches_the_window_that_asked(qtbot: Any) -> None:
    window = Record()
    qtbot.addWidget(window)
    run_in_background(lambda: "陈思远", on_done=window.show_result)
    qtbot.waitUntil(lambda: window.shown == ["陈思远"], timeout=5_000)


def test_a_result_for_a_window_closed_meanwhile_goes_nowhere(qtbot: Any) -> None:
    window = Record()
    errors: list[BaseException] = []
    run_in_background(lambda: "late", on_done=window.show_result, on_error=errors.append)
    window.deleteLater()
    qtbot.waitUntil(lambda: not _alive(window), timeout=5_000)
    wait_for_jobs()  # delivers: nothing raises, nothing is shown
    qtbot.wait(50)
    assert errors == []


def _alive(widget: QWidget) -> bool:
    from desktop.ui.qt import is_alive

    return bool(is_alive(widget))
