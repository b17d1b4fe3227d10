"""The matter list model over paged SQL: bounded fetching at 100,000 matters, SQL sorting,
filters and search."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from typing import Any

import pytest
from test_ui_support import Dialogs, insert_matters, ui_env, wait_listed  # noqa: F401

from desktop.ui.qt import QApplication, Qt

TOTAL = 100_000


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One 100,000-matter vault for the module (read-only tests): building it takes seconds.
    Module-scoped, so it cannot use the function-scoped `vault_factory`; it applies the same
    cheap key-derivation profile itself."""
    import models.keywrap as keywrap
    from models.vault import Vault

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keywrap, "DEFAULT_ARGON2", keywrap.Argon2Params(8 * 1024, 1, 1))
        vault, _ = Vault.create(tmp_path_factory.mktemp("big") / "big.outbound", "big vault pass")
    insert_matters(vault, TOTAL, index=True)
    yield vault
    vault.lock()


def test_scrolling_to_the_end_fetches_a_bounded_number_of_rows(
    ui_env: Dialogs, qtbot: Any, big_vault: Any
) -> None:
    from desktop.ui.list_panel import MatterListPanel
    from desktop.ui.matter_list_model import COL_REFERENCE, MAX_PAGES, PAGE, MatterListModel

    model = MatterListModel(big_vault)
    panel = MatterListPanel(model)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    wait_listed(qtbot, model)  # the count and first page come from a worker
    assert model.rowCount() == TOTAL
    assert panel.stack.currentWidget() is panel.table

    table = panel.table
    table.scrollToBottom()
    QApplication.processEvents()
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    QApplication.processEvents()
    table.scrollToBottom()
    QApplication.processEvents()
    # the last rows are the oldest (default: most recently updated first)
    last = model.index(TOTAL - 1, COL_REFERENCE)
    assert model.data(last) == "OB-2026-000001"
    assert model.data(model.index(0, COL_REFERENCE)) == f"OB-2026-{TOTAL:06d}"
    for row in range(TOTAL - 250, TOTAL):
        model.data(model.index(row, COL_REFERENCE))
    # a few pages (top, middle, bottom and their neighbours), never the whole table
    assert model.rows_fetched <= 8 * PAGE
    assert model.cached_rows <= MAX_PAGES * PAGE


def test_sorting_is_a_new_sql_query(ui_env: Dialogs, qtbot: Any, big_vault: Any) -> None:
    from desktop.ui.matter_list_model import COL_PERSON, COL_REFERENCE, MatterListModel

    model = MatterListModel(big_vault)
    wait_listed(qtbot, model)
    assert model.data(model.index(0, COL_REFERENCE)) == f"OB-2026-{TOTAL:06d}"
    before = model.queries
    model.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "reference" and not model.descending
    wait_listed(qtbot, model)
    assert model.data(model.index(0, COL_REFERENCE)) == "OB-2026-000001"
    assert model.queries == before + 1
    model.sort(COL_PERSON, Qt.SortOrder.DescendingOrder)
    wait_listed(qtbot, model)
    assert model.data(model.index(0, COL_PERSON)) == f"Person {TOTAL:06d}"
    assert model.queries == before + 2


def test_filters_and_search_narrow_the_count(ui_env: Dialogs, qtbot: Any, big_vault: Any) -> None:
    from desktop.ui.list_panel import MatterListPanel
    from desktop.ui.matter_list_model import COL_KIND, COL_REFERENCE, MatterListModel

    model = MatterListModel(big_vault)
    panel = MatterListPanel(model)
    qtbot.addWidget(panel)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("travel"))
    wait_listed(qtbot, model)
    assert model.rowCount() == TOTAL // 4
    assert model.data(model.index(0, COL_KIND)) == "Overseas travel"
    panel.tier_filter.setCurrentIndex(panel.tier_filter.findData(1))
    wait_listed(qtbot, model)
    narrowed = model.rowCount()
    assert 0 < narrowed < TOTAL // 4

    panel.clear_filters()
    wait_listed(qtbot, model)
    assert model.rowCount() == TOTAL
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        qtbot.keyClicks(panel.search, "Person 012345")  # debounced: one query after typing
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_REFERENCE)) == "OB-2026-012345"

    panel.search.setText("no such person anywhere")
    panel.apply_filters()
    wait_listed(qtbot, model)
    assert model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.no_match


def test_overridden_recommendation_is_marked_and_time_is_local(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from sqlalchemy import text

    from desktop.ui.matter_list_model import (
        COL_RECOMMENDATION,
        COL_UPDATED,
        ROW_ROLE,
        MatterListModel,
        local_time,
    )

    vault, _ = vault_factory()
    insert_matters(vault, 3)
    with vault.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE matter SET recommendation = 'proceed', "
                "override_recommendation = 'do_not_proceed' WHERE reference = 'OB-2026-000003'"
            )
        )
    model = MatterListModel(vault)
    wait_listed(qtbot, model)
    top = model.index(0, COL_RECOMMENDATION)
    assert model.data(top, ROW_ROLE).overridden
    assert model.data(top).startswith("Do not proceed")
    assert "✎" in model.data(top)
    assert model.data(top, Qt.ItemDataRole.FontRole).italic()
    assert "overridden" in model.data(top, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, COL_UPDATED)) == local_time("2026-06-01T00:00:00.000003Z")


def test_empty_vault_shows_guidance(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.list_panel import MatterListPanel
    from desktop.ui.matter_list_model import MatterListModel

    vault, _ = vault_factory()
    panel = MatterListPanel(MatterListModel(vault))
    qtbot.addWidget(panel)
    assert panel.stack.currentWidget() is panel.table  # not "No matters yet" before the answer
    wait_listed(qtbot, panel)
    assert panel.stack.currentWidget() is panel.no_matters
    assert "Ctrl+N" in panel.no_matters.detail.text()
    panel.model.set_vault(None)
    assert panel.model.rowCount() == 0


def test_typing_a_search_queries_in_a_worker_not_on_the_gui_thread(
    ui_env: Dialogs, qtbot: Any, big_vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import desktop.ui.matter_list_model as mlm
    from desktop.ui.list_panel import MatterListPanel
    from desktop.ui.matter_list_model import COL_REFERENCE, MatterListModel

    model = MatterListModel(big_vault)
    panel = MatterListPanel(model)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    wait_listed(qtbot, model)
    assert model.rowCount() == TOTAL

    import casework.listing as listing  # what the model's Workspace calls

    calls: list[tuple[str, int, str]] = []  # (function, thread id, search text)
    real_count, real_list = listing.count_matters, listing.list_matters

    def count_matters(session: Any, flt: Any = None) -> int:
        flt = flt or mlm.MatterFilter()
        calls.append(("count", threading.get_ident(), flt.search))
        return real_count(session, flt)

    def list_matters(session: Any, flt: Any = None, **kw: Any) -> Any:
        flt = flt or mlm.MatterFilter()
        calls.append(("list", threading.get_ident(), flt.search))
        return real_list(session, flt, **kw)

    monkeypatch.setattr(listing, "count_matters", count_matters)
    monkeypatch.setattr(listing, "list_matters", list_matters)
    gui_thread = threading.get_ident()

    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClicks(panel.search, "Person 012345")  # debounced: one query after typing
        # until the answer lands, the rows on screen stay
        assert model.rowCount() == TOTAL
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_REFERENCE)) == "OB-2026-012345"
    assert {name for name, _thread, _text in calls} == {"count", "list"}
    assert all(search == "Person 012345" for _name, _thread, search in calls)
    assert gui_thread not in {thread for _name, thread, _text in calls}


def test_a_stale_result_never_replaces_a_newer_one(
    ui_env: Dialogs, qtbot: Any, big_vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import casework.listing as listing  # what the model's Workspace calls
    from casework.listing import MatterFilter
    from desktop.ui.matter_list_model import MatterListModel
    from desktop.ui.workers import wait_for_jobs

    real_count = listing.count_matters

    def slow_for_broad(session: Any, flt: Any = None) -> int:
        flt = flt or MatterFilter()
        if flt.search == "Person":
            time.sleep(0.4)  # the broad search answers last
        return real_count(session, flt)

    monkeypatch.setattr(listing, "count_matters", slow_for_broad)
    model = MatterListModel(big_vault)
    wait_listed(qtbot, model)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_filter(MatterFilter(search="Person"))
    model.set_filter(MatterFilter(search="Person 000042"))
    assert model.loading
    wait_for_jobs()
    qtbot.wait(50)
    wait_listed(qtbot, model)
    assert model.matter_filter.search == model.shown_filter.search == "Person 000042"
    assert model.rowCount() == 1
    assert resets == [1]  # the broad search's late answer was dropped, never shown


def test_pages_of_a_search_are_fetched_in_a_worker(
    ui_env: Dialogs, qtbot: Any, big_vault: Any
) -> None:
    from casework.listing import MatterFilter
    from desktop.ui.matter_list_model import COL_REFERENCE, PAGE, MatterListModel

    model = MatterListModel(big_vault)
    model.set_filter(MatterFilter(search="Client"))  # every matter: a broad full-text search
    wait_listed(qtbot, model)
    assert model.rowCount() == TOTAL
    far = model.index(5 * PAGE + 3, COL_REFERENCE)
    assert model.data(far) is None  # not on the GUI thread: a worker fetches the page
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert model.data(far)
