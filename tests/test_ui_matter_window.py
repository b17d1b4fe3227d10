"""The matter window as a whole: header, attachments (with temporary copies), history,
closing for a lock, and the screenshots hook."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def vault_and_matter(vault_factory: Any) -> tuple[Any, str]:
    from casework.matters import create_matter

    vault, _ = vault_factory()
    with vault.session() as session:
        matter = create_matter(
            session,
            kind="travel",
            actor="tester",
            title="Conference trip",
            answers={"person.name": "Wang Fang", "destination.country": "JP"},
        )
        return vault, matter.id


@pytest.fixture
def window(qtbot: Any, vault_and_matter: tuple[Any, str]) -> Any:
    import shiboken6

    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.workers import wait_for_jobs

    vault, matter_id = vault_and_matter
    win = MatterWindow(vault, matter_id, None, actor="tester")
    win.show()
    yield win
    if shiboken6.isValid(win):  # some tests close it themselves (it deletes itself)
        win.close()
    wait_for_jobs()


def test_header_names_the_matter(window: Any):
    header = window.header
    assert header.reference.text().startswith(window.memo.reference.split("-")[0])
    assert header.title.text() == "Conference trip"
    assert "Overseas travel" in header.details.text()
    assert "Tier" in header.tier.text()
    # two facts of a travel intake: provisional, so no verdict yet
    assert "Incomplete" in header.recommendation.text()
    assert window.tabs.count() == 5
    assert window.windowTitle().startswith(header.reference.text())


def test_attachments_add_open_cleanup_remove(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from desktop.ui import attachments_tab
    from desktop.ui.attachments_temp import open_copies
    from desktop.ui.qt import QMessageBox

    tab = window.attachments
    assert tab.stack.currentIndex() == 0  # the empty state with guidance
    source = tmp_path / "NDA signed.pdf"
    source.write_bytes(b"%PDF-1.4 not really" * 1000)
    tab.add_files([str(source)])
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=10_000)
    row = tab.list.topLevelItem(0)
    assert row.text(0) == "NDA signed.pdf"
    assert row.text(1) == "18.6 KB"
    assert len(row.toolTip(2)) == 64 and row.text(2).endswith("…")

    opened: list[Any] = []
    monkeypatch.setattr(
        attachments_tab.QMessageBox,
        "warning",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Open),
    )
    monkeypatch.setattr(
        attachments_tab.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    tab.list.setCurrentItem(row)
    path = tab.open_selected()
    assert path is not None and path.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert opened and opened[0].toLocalFile() == str(path)
    assert path in open_copies()

    import desktop.ui.dialogs as dialogs

    monkeypatch.setattr(
        dialogs.QMessageBox,
        "question",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes),
    )
    tab.remove_selected()  # in a worker; the tab follows the change it announces
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 0)
    window.closeForLock()
    assert not path.exists()
    assert not open_copies()


def test_open_is_cancelled_by_the_warning(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from desktop.ui import attachments_tab
    from desktop.ui.qt import QMessageBox

    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    tab = window.attachments
    tab.add_files([str(source)])
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=10_000)
    monkeypatch.setattr(
        attachments_tab.QMessageBox,
        "warning",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel),
    )
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.open_selected() is None


def test_history_lists_events_and_verifies_the_chain(qtbot: Any, window: Any):
    history = window.history
    window.tabs.setCurrentWidget(history)
    events = history.list
    actions = [events.topLevelItem(i).text(2) for i in range(events.topLevelItemCount())]
    assert "Matter opened" in actions and "Intake saved" in actions
    history.verify_button.click()
    qtbot.waitUntil(lambda: not history.verifying, timeout=10_000)
    assert history.result.text().startswith("✓")


def test_closing_saves_pending_intake_edits(qtbot: Any, vault_and_matter: tuple[Any, str]):
    from casework.matters import latest_intake
    from desktop.ui.matter_window import MatterWindow

    vault, matter_id = vault_and_matter
    win = MatterWindow(vault, matter_id, None, actor="tester")
    qtbot.addWidget(win)
    win.show()
    win.intake.editor("person.title").edit.setText("Staff engineer")
    assert win.intake.timer.isActive()
    win.close()
    with vault.session() as session:
        assert latest_intake(session, matter_id).answers["person.title"] == "Staff engineer"


def test_screenshots_of_every_tab(qtbot: Any, vault_and_matter: tuple[Any, str], tmp_path: Path):
    from desktop.ui.matter_screens import matter_window_screenshots

    vault, matter_id = vault_and_matter
    files = matter_window_screenshots(vault, matter_id, tmp_path / "shots")
    assert [f.name for f in files] == [
        "matter-intake.png",
        "matter-checklist.png",
        "matter-memo.png",
        "matter-attachments.png",
        "matter-history.png",
    ]
    assert all(f.stat().st_size > 1000 for f in files)


def test_history_columns_leave_a_gap_after_their_text(qtbot: Any, window: Any):
    history = window.history
    window.tabs.setCurrentWidget(history)
    qtbot.waitExposed(window)
    events = history.list
    metrics = events.fontMetrics()
    for column in (0, 1, 2):
        widest = max(
            metrics.horizontalAdvance(events.topLevelItem(i).text(column))
            for i in range(events.topLevelItemCount())
        )
        # the text, the cell's own margins, and room before the next column
        assert events.columnWidth(column) >= widest + 24
