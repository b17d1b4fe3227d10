"""The Reports view driven as counsel use it: View ▸ Reports, pick what to count by and the
quarter, click a bar or a row to see the matters behind the count, double-click one to open it,
export CSV and PDF (a failure said in words, nothing written), and nothing left on screen when
the vault locks."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from report_support import CHINESE_PERSON, ReportVault, build
from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

from desktop.ui.qt import QMenu, Qt

CODES = re.compile(r"\b(hold_pending_approval|proceed_with_conditions|do_not_proceed|provisional"
                   r"|archived|departure|secondment)\b")


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The matters were opened on UTC days; read them so."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def made(utc: Any, ui_env: Dialogs, vault_factory: Any) -> ReportVault:
    vault, _ = vault_factory("office.outbound", "correct horse battery")
    return build(vault)


@pytest.fixture
def window(made: ReportVault, qtbot: Any) -> Any:
    from desktop.ui.main_window import MainWindow

    main = MainWindow(made.vault)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_listed(qtbot, main)
    return main


def open_reports(window: Any, qtbot: Any) -> Any:
    """View ▸ Reports, then the first quarter of 2026."""
    menu = window.findChild(QMenu, "viewMenu")
    (action,) = [a for a in menu.actions() if a.text() == "&Reports"]
    action.trigger()
    view = window.reports_view
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.report is not None and not view.loading, timeout=20_000)
    view.set_dates(date(2026, 1, 1), date(2026, 3, 31))
    qtbot.waitUntil(lambda: view.report is not None and not view.loading
                    and view.report.dates.start == date(2026, 1, 1), timeout=20_000)
    return view


def pick_dimension(view: Any, qtbot: Any, code: str) -> None:
    view.dimension.setCurrentIndex(view.dimension.findData(code))
    qtbot.waitUntil(lambda: view.report is not None and not view.loading
                    and view.report.dimension == code, timeout=20_000)


def bar_point(view: Any, key: str) -> QPoint:
    chart = view.chart
    index = [b.key for b in chart.bars].index(key)
    y = chart.PAD + index * (chart.BAR + chart.GAP) + chart.BAR // 2
    return QPoint(int(chart.PAD + chart._label_width() + 4), int(y))


def listed(view: Any) -> list[list[str]]:
    return [[view.list.item(r, c).text() for c in range(view.list.columnCount())]
            for r in range(view.list.rowCount())]


def test_pick_tier_click_the_provisional_bar_and_open_a_matter(
    window: Any, made: ReportVault, qtbot: Any
) -> None:
    view = open_reports(window, qtbot)
    pick_dimension(view, qtbot, "tier")

    assert view.title.text() == "Matters by tier"
    bars = {b.label: b.count for b in view.chart.bars}
    assert bars == {"Tier 1": 1, "Tier 2": 3, "Tier 3": 1,
                    "Provisional — intake incomplete": 3}
    table = [view.counts.item(r, 0).text() for r in range(view.counts.rowCount())]
    assert table[0] == "Tier 1 — critical knowledge carrier"
    assert not any(CODES.search(text) for text in table)

    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=bar_point(view, "provisional"))
    qtbot.waitUntil(lambda: view.list.rowCount() == 3, timeout=10_000)
    rows = listed(view)
    assert view.list_title.text() == "Provisional — intake incomplete — 3 matters"
    assert any(CHINESE_PERSON in row for row in rows)
    assert {row[0] for row in rows} == {
        made.workspace.matter(made.ids[k]).reference
        for k in ("provisional-departure", "provisional-overridden", "chinese-client")
    }
    assert "Do not proceed (overridden)" in {row[6] for row in rows}
    assert view.counts.selectionModel().selectedRows()[0].row() == 3  # the table follows

    # a row of the count table does the same
    view.counts.selectRow(1)
    qtbot.waitUntil(lambda: view.list_title.text() == "Tier 2 — sensitive access — 3 matters",
                    timeout=10_000)
    assert view.chart.selected == "2"

    # double-click opens the matter (the main window's own signal)
    target = view.list.item(0, 0)
    rect = view.list.visualItemRect(target)
    with qtbot.waitSignal(window.open_matter_requested, timeout=5_000) as opened:
        window.open_matter_requested.disconnect(window.open_matter)  # no real matter window
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [target.data(Qt.ItemDataRole.UserRole)]


def test_exports_write_csv_and_pdf_and_say_failures_in_words(
    window: Any, ui_env: Dialogs, qtbot: Any, tmp_path: Path
) -> None:
    view = open_reports(window, qtbot)
    pick_dimension(view, qtbot, "client")

    ui_env.save_path = str(tmp_path / "q1.csv")
    qtbot.mouseClick(view.export_csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_csv_button.isEnabled()
                    and (tmp_path / "q1.csv").exists(), timeout=20_000)
    data = (tmp_path / "q1.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfGrouped by client,Reference")
    assert CHINESE_PERSON in data.decode("utf-8-sig")

    ui_env.save_path = str(tmp_path / "q1.pdf")
    qtbot.mouseClick(view.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_pdf_button.isEnabled()
                    and (tmp_path / "q1.pdf").exists(), timeout=30_000)
    assert (tmp_path / "q1.pdf").read_bytes().startswith(b"%PDF-")
    assert "The report was saved to" in view.summary.text()

    ui_env.save_path = str(tmp_path / "no-such-folder" / "q1.pdf")
    qtbot.mouseClick(view.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ui_env.messages), timeout=20_000)
    kind, title, text = ui_env.messages[-1]
    assert (kind, title) == ("warning", "The report was not exported")
    assert "does not exist" in text and "Traceback" not in text
    assert not (tmp_path / "no-such-folder").exists()


def test_locking_clears_the_report(window: Any, qtbot: Any) -> None:
    view = open_reports(window, qtbot)
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=bar_point(view, "departure"))
    qtbot.waitUntil(lambda: view.list.rowCount() > 0, timeout=10_000)
    window.lock()
    assert view.report is None
    assert (view.counts.rowCount(), view.list.rowCount(), view.chart.bars) == (0, 0, [])
    if window.unlock_dialog is not None:
        window.unlock_dialog.close()


def test_the_chart_shows_the_largest_groups_and_the_table_all(
    utc: Any, ui_env: Dialogs, vault_factory: Any, qtbot: Any
) -> None:
    """Eighteen clients: the chart keeps to the 15 largest (and says so), the table lists all."""
    from casework.workspace import Workspace
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("clients.outbound", "correct horse battery")
    workspace = Workspace(vault, "Margaret Lin")
    for i in range(18):
        for _copy in range(2 if i < 3 else 1):  # three clients with two matters each
            workspace.create_matter(kind="travel", answers={"matter.client": f"Client {i:02d}"})
    main = MainWindow(vault)
    qtbot.addWidget(main)
    main.show()
    wait_listed(qtbot, main)
    view = open_reports(main, qtbot)
    view.set_dates(date(2000, 1, 1), date.today())
    pick_dimension(view, qtbot, "client")
    qtbot.waitUntil(lambda: view.report is not None and view.report.total == 21, timeout=20_000)

    assert view.counts.rowCount() == 18
    assert len(view.chart.bars) == 15
    assert {"Client 00", "Client 01", "Client 02"} <= {b.label for b in view.chart.bars}
    assert "the chart shows the 15 largest of 18 groups" in view.chart.legend
