"""The Due view in the main window and the tasks of a checklist item (issue 15), driven as counsel
use them: the unlock summary, the buckets, a filter, Enter opening the matter at its checklist
item, the Next due column, and Done / Not needed in the checklist going through the Workspace."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from casework_support import scenario
from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

from casework.workspace import Workspace
from desktop.ui.qt import QApplication, Qt
from desktop.ui.workers import wait_for_jobs

PASSPHRASE = "correct horse battery"
SOON = (date.today() + timedelta(days=5)).isoformat()


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    """A departure leaving in five days (overdue and this week's tasks), a secondment two months
    away and a departure whose last day is not known yet."""
    made, _ = vault_factory("office.outbound", PASSPHRASE)
    workspace = Workspace(made, "Test Counsel")
    workspace.add_counsel(name="Zhao Lei")
    leaving = dict(scenario("02")["answers"])
    workspace.create_matter(kind="departure", answers={**leaving, "departure.last_day": SOON})
    posted = dict(scenario("03")["answers"])
    start = (date.today() + timedelta(days=60)).isoformat()
    end = (date.today() + timedelta(days=400)).isoformat()
    workspace.create_matter(
        kind="secondment",
        answers={**posted, "secondment.start": start, "secondment.end": end},
    )
    leaving.pop("departure.last_day")
    workspace.create_matter(kind="departure", answers=leaving)
    return made


@pytest.fixture
def window(ui_env: Dialogs, qtbot: Any, vault: Any) -> Any:
    from desktop.ui.main_window import MainWindow

    main = MainWindow(vault)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_listed(qtbot, main)
    return main


def _show_due(window: Any, qtbot: Any) -> Any:
    view = window.due.view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.due.action.trigger()
    assert window.stack.currentWidget() is view
    return view


def _texts(view: Any, column: int) -> list[str]:
    return [view.model.item(r, column).text() for r in range(view.model.rowCount())]


def test_unlock_shows_a_quiet_summary_and_the_next_due_column(window: Any, qtbot: Any) -> None:
    summary = window.due.summary
    qtbot.waitUntil(lambda: "overdue" in summary.text(), timeout=10_000)
    counts = Workspace(window.vault, "").due_counts()
    assert f"{counts['overdue']} overdue, {counts['week']} due this week" in summary.text()
    assert not [w for w in QApplication.topLevelWidgets() if w.isModal() and w.isVisible()]

    from desktop.ui.matter_list_model import COL_NEXT_DUE

    model = window.model
    assert model.headerData(COL_NEXT_DUE, Qt.Orientation.Horizontal) == "Next due"
    shown = {model.data(model.index(r, 0)): model.data(model.index(r, COL_NEXT_DUE))
             for r in range(model.rowCount())}
    assert shown[f"OB-{date.today().year}-0001"].endswith("— overdue")
    assert shown[f"OB-{date.today().year}-0003"] == "date unknown"


def test_buckets_filter_and_enter_opens_the_matter_at_its_item(window: Any, qtbot: Any) -> None:
    view = _show_due(window, qtbot)
    assert view.bucket == "overdue"  # the first bucket with rows
    assert view.bucket_buttons["overdue"].text().startswith("Overdue (")
    assert view.model.rowCount() > 0

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.bucket_buttons["week"].click()
    whats = _texts(view, 2)
    assert any(w.startswith("Key date: Last working day") for w in whats)
    assert any("Trade secrets at stake, action 3" in w for w in whats)
    assert all(SOON >= d[:10] for d in _texts(view, 0))

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.owner.setCurrentIndex(view.owner.findData("security"))
    assert set(_texts(view, 3)) == {"Security"}  # key dates have no owner: filtered out

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.owner.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.bucket_buttons["unknown"].click()
    assert set(_texts(view, 0)) == {"unknown — establish the date"}
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.kind.setCurrentIndex(view.kind.findData("secondment"))
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.kind.setCurrentIndex(0)

    row = next(i for i, r in enumerate(view.rows) if r.rule_id == "EXIT-REVIEW")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    matter_window = window.matter_windows[view.rows[row].matter_id]
    assert matter_window.tabs.currentWidget() is matter_window.checklist
    assert matter_window.checklist.panel.row["rule"] == "EXIT-REVIEW"
    wait_for_jobs()


def test_paging_walks_a_bucket(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import due_view

    monkeypatch.setattr(due_view, "PAGE_SIZE", 2)
    view = _show_due(window, qtbot)
    total = view.page.counts["overdue"]
    assert total > 2 and view.next_button.isEnabled() and not view.previous_button.isEnabled()
    seen = [r.task_id for r in view.rows]
    while view.next_button.isEnabled():
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.next_button.click()
        seen += [r.task_id for r in view.rows]
    assert len(seen) == len(set(seen)) == total
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.previous_button.click()
    assert view.page_label.text().startswith(f"Page {len(view.cursors)} of")


def test_checklist_done_and_not_needed_go_through_the_workspace(
    ui_env: Dialogs, qtbot: Any, vault: Any
) -> None:
    import io

    from desktop.ui.matter_window import MatterWindow

    workspace = Workspace(vault, "Test Counsel")
    reference = f"OB-{date.today().year}-0001"
    matter = workspace.matter(reference)
    undertaking = workspace.add_attachment(
        reference, name="undertaking.pdf", stream=io.BytesIO(b"%PDF-1.4 signed undertaking")
    ).value.id
    win = MatterWindow(vault, matter.id, actor="Test Counsel")
    qtbot.addWidget(win)
    win.show()
    tab = win.checklist
    win.tabs.setCurrentWidget(tab)
    assert tab.key_dates.text().startswith("Key dates: Last working day " + SOON)
    assert tab.select_rule("TRADE-SECRET")
    panel = tab.panel.tasks
    assert panel.isVisible() and panel.tree.topLevelItemCount() == 4
    third = panel.tree.topLevelItem(2)
    assert third.text(0) == "Action 3" and third.text(3) == SOON and third.text(4) == "Open"
    panel.tree.setCurrentItem(third)

    panel.not_needed_button.click()  # no reason given: said, nothing stored
    assert panel.message.isVisible() and "why" in panel.message.text()
    assert {t.status for t in workspace.matter_tasks(reference)} == {"open"}

    qtbot.keyClicks(panel.note, "Undertaking signed and filed")
    panel.evidence.setCurrentIndex(panel.evidence.findData(undertaking))
    assert panel.evidence.currentText() == "Evidence: undertaking.pdf"
    panel.done_button.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(2).text(4).startswith("Done"),
                    timeout=10_000)
    done = next(t for t in workspace.matter_tasks(reference)
                if t.rule_id == "TRADE-SECRET" and t.action_number == 3)
    assert (done.status, done.note, done.closed_by, done.evidence_attachment_id) == (
        "done", "Undertaking signed and filed", "Test Counsel", undertaking)
    shown = panel.tree.topLevelItem(2)  # the evidence shows on the task, by its file name
    assert "📎" in shown.text(4) and "undertaking.pdf" in shown.toolTip(4)
    assert not panel.done_button.isEnabled() and panel.reopen_button.isEnabled()

    dialog = panel.open_assign_dialog()
    assert dialog is not None
    dialog.setTextValue("Zhao Lei")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(2).text(2) == "Zhao Lei", timeout=10_000)
    history = [e.action for e in workspace.history(reference).events]
    assert history[-2:] == ["task.status", "task.assign"]
    wait_for_jobs()


def test_the_due_date_and_assignee_are_read_whole_not_cut(window: Any, qtbot: Any) -> None:
    """The date is the view's first question: its column is as wide as the widest date shown."""
    view = _show_due(window, qtbot)
    qtbot.wait(50)  # the view's deferred layout
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    for column in (0, 4, 5):
        widest = max((metrics.horizontalAdvance(t) for t in _texts(view, column)), default=0)
        assert header.sectionSize(column) >= widest, column
