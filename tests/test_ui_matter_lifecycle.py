"""The matter window and list as counsel meet a matter's life: a provisional assessment shown as
incomplete, colour on the recommendation (never on the tier), autosave that coalesces, a title
that follows the intake until renamed, read-only closed and archived matters, and a history in
words. Driven through the real widgets (pytest-qt, offscreen) on a real vault."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

import json
import re
from typing import Any

import pytest
from test_ui_matter_intake import fill, new_matter, scenario
from test_ui_support import Dialogs, insert_matters, ui_env, wait_listed  # noqa: F401

from desktop.ui.qt import Qt


@pytest.fixture
def open_window(qtbot: Any, vault_factory: Any):
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.workers import wait_for_jobs

    def make(vault: Any, matter_id: str) -> Any:
        window = MatterWindow(vault, matter_id, actor="tester")
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    wait_for_jobs()


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    made, _ = vault_factory()
    return made


def _events(vault: Any, matter_id: str, action: str) -> list[dict[str, Any]]:
    from models.audit import matter_events

    with vault.session() as session:
        return [
            json.loads(e.details) for e in matter_events(session, matter_id) if e.action == action
        ]


def _revisions(vault: Any, matter_id: str) -> int:
    from casework.matters import latest_intake

    with vault.session() as session:
        record = latest_intake(session, matter_id)
        return record.revision if record else 0


def _history_rows(window: Any) -> list[str]:
    window.history.reload()
    tree = window.history.list
    return [
        " | ".join(tree.topLevelItem(i).text(c) for c in range(4))
        + " | "
        + tree.topLevelItem(i).toolTip(2)
        + tree.topLevelItem(i).toolTip(3)
        for i in range(tree.topLevelItemCount())
    ]


def test_a_blank_matter_is_shown_incomplete_not_as_a_verdict(vault: Any, open_window: Any) -> None:
    window = open_window(vault, new_matter(vault, "departure"))
    header = window.header
    text = header.recommendation.text()
    assert re.fullmatch(r"…  Incomplete — \d+ required facts unanswered", text), text
    assert "Proceed" not in text and "Recommendation" not in text
    assert header.tier.styleSheet() == ""  # the tier is information: no colour
    # computed from an empty intake: never shown as if settled
    assert header.tier.text() == "Tier 3 — general staff (provisional)"
    assert "#546e7a" in header.recommendation.styleSheet()  # neutral, not green
    assert not any("Assessed" in row for row in _history_rows(window))
    # the checklist's summary agrees: provisional, the computed value only named as such
    assert window.checklist.recommendation.text().startswith("Incomplete — ")
    assert window.checklist.override_note.text().startswith("Provisional: ")


def test_the_verdict_carries_colour_words_and_symbol(vault: Any, open_window: Any) -> None:
    from casework.matters import override_recommendation
    from desktop.ui.verdict import verdict

    matter_id = new_matter(vault, "departure")
    with vault.session() as session:
        override_recommendation(
            session, matter_id, recommendation="do_not_proceed", reason="Entity List.", actor="t"
        )
    window = open_window(vault, matter_id)
    text = window.header.recommendation.text()
    assert text == "✕  Recommendation: Do not proceed (overridden)"
    assert "#b3261e" in window.header.recommendation.styleSheet()
    assert window.header.tier.styleSheet() == ""
    shown = verdict("proceed", missing=0, overridden=False)
    assert (shown.text, shown.symbol, shown.colour) == ("Proceed", "✓", "#2e7d32")
    one = verdict("proceed", missing=1, overridden=False)
    assert one.text == "Incomplete — 1 required fact unanswered"


def test_the_list_colours_the_recommendation_not_the_tier(
    ui_env: Dialogs, qtbot: Any, vault: Any
) -> None:
    from sqlalchemy import text

    from desktop.ui.matter_list_model import COL_RECOMMENDATION, COL_TIER, MatterListModel

    insert_matters(vault, 2)
    with vault.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE matter SET recommendation = 'do_not_proceed', missing_required = 0 "
                "WHERE reference = 'OB-2026-000002'"
            )
        )
        conn.execute(
            text(
                "UPDATE matter SET recommendation = 'proceed', missing_required = 4 "
                "WHERE reference = 'OB-2026-000001'"
            )
        )
    model = MatterListModel(vault)
    wait_listed(qtbot, model)
    decoration = Qt.ItemDataRole.DecorationRole
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    blocked, provisional = rows["OB-2026-000002"], rows["OB-2026-000001"]
    assert model.index(blocked, COL_TIER).data(decoration) is None
    assert model.index(blocked, COL_RECOMMENDATION).data() == "Do not proceed"
    badge = model.index(blocked, COL_RECOMMENDATION).data(decoration)
    assert badge is not None and badge.toImage().pixelColor(7, 1).name() == "#b3261e"
    assert model.index(provisional, COL_RECOMMENDATION).data() == "Incomplete: 4 unanswered"
    tip = model.index(provisional, COL_RECOMMENDATION).data(Qt.ItemDataRole.ToolTipRole)
    assert "Provisional" in tip and "Proceed" in tip


def test_autosave_coalesces_revisions_and_assessment_events(
    qtbot: Any, vault: Any, open_window: Any
) -> None:
    matter_id = new_matter(vault, "departure")
    window = open_window(vault, matter_id)
    form = window.intake
    assert _revisions(vault, matter_id) == 1
    for typed in ("Chen", "Chen Si", "Chen Siyuan"):  # three pauses while typing one section
        fill(qtbot, form, {"person.name": typed})
        form.save_now()
        qtbot.waitUntil(form.is_idle, timeout=15_000)
    assert _revisions(vault, matter_id) == 2
    assert _events(vault, matter_id, "intake.save")[-1]["revision"] == 2
    assert window.header.title.text() == "Departure: Chen Siyuan"
    assessed_before = len(_events(vault, matter_id, "matter.assess"))
    assert assessed_before == 0  # nothing but the name: the same provisional outcome

    fill(qtbot, form, {"access.core_source_code": "yes"})  # another section
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=15_000)
    assert _revisions(vault, matter_id) == 3
    fill(qtbot, form, {"access.core_source_code": "no"})
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=15_000)
    assert _revisions(vault, matter_id) == 3  # still that section's editing session
    assessed = _events(vault, matter_id, "matter.assess")
    assert all(not e["complete"] for e in assessed)
    outcomes = [
        (e["tier"], e["recommendation"], tuple(e["added"]), tuple(e["dropped"])) for e in assessed
    ]
    assert len(outcomes) == len(set(outcomes))  # never the same outcome twice in a row


def test_rename_follows_then_sticks_and_is_in_the_history(
    qtbot: Any, vault: Any, open_window: Any
) -> None:
    matter_id = new_matter(vault, "travel")
    window = open_window(vault, matter_id)
    assert window.header.title.text() == "Business travel: unnamed person"
    fill(qtbot, window.intake, {"person.name": "王芳"})
    window.intake.save_now()
    qtbot.waitUntil(window.intake.is_idle, timeout=15_000)
    assert window.header.title.text() == "Business travel: 王芳"
    window.header.rename_button.click()
    dialog = window.rename_dialog
    assert dialog is not None and dialog.textValue() == "Business travel: 王芳"
    dialog.setTextValue("Tokyo sales conference")
    dialog.accept()  # renamed in a worker; the window follows the change it announces
    qtbot.waitUntil(lambda: window.header.title.text() == "Tokyo sales conference")
    assert "Tokyo sales conference" in window.windowTitle()
    fill(qtbot, window.intake, {"person.name": "王芳芳"})
    window.intake.save_now()
    qtbot.waitUntil(window.intake.is_idle, timeout=15_000)
    assert window.header.title.text() == "Tokyo sales conference"
    assert any(
        "Renamed" in row and "Tokyo sales conference" in row for row in _history_rows(window)
    )


def test_archived_and_closed_matters_are_read_only_until_reopened(
    qtbot: Any, vault: Any, open_window: Any, ui_env: Dialogs
) -> None:
    from test_casework_lifecycle import _signed_matter

    with vault.session() as session:
        matter_id = _signed_matter(session).id
    window = open_window(vault, matter_id)
    buttons = window.header.lifecycle
    assert buttons["close"].isVisible() and buttons["archive"].isVisible()
    assert not buttons["reopen"].isVisible() and not buttons["unarchive"].isVisible()
    page = window.intake.scroll_area.widget()
    assert page.isEnabled()

    buttons["close"].click()  # the status changes in a worker; the window follows
    qtbot.waitUntil(lambda: "Closed" in window.header.details.text())
    assert window.header.read_only_note.isVisible()
    assert "read-only until you reopen it" in window.header.read_only_note.text()
    assert not page.isEnabled()
    assert not window.header.rename_button.isEnabled()
    assert not window.checklist.panel.save_button.isEnabled()
    assert not window.checklist.override_button.isEnabled()
    assert not window.attachments.add_button.isEnabled()
    assert not window.memo.save_button.isEnabled()
    assert window.checklist.panel.note.isReadOnly()
    assert buttons["reopen"].isVisible() and not buttons["close"].isVisible()
    revisions = _revisions(vault, matter_id)
    window.intake.save_blocking()
    assert _revisions(vault, matter_id) == revisions

    buttons["archive"].click()
    qtbot.waitUntil(
        lambda: "read-only until you unarchive it" in window.header.read_only_note.text()
    )
    assert [a for a, b in buttons.items() if b.isVisible()] == ["unarchive"]
    buttons["unarchive"].click()
    qtbot.waitUntil(lambda: "Closed" in window.header.details.text())
    buttons["reopen"].click()
    qtbot.waitUntil(lambda: "Signed" in window.header.details.text())
    assert page.isEnabled() and window.header.rename_button.isEnabled()
    assert not window.header.read_only_note.isVisible()
    assert not window.checklist.panel.note.isReadOnly()
    moves = [(e["from"], e["to"]) for e in _events(vault, matter_id, "matter.status")][-4:]
    assert moves == [
        ("signed", "closed"),
        ("closed", "archived"),
        ("archived", "closed"),
        ("closed", "signed"),
    ]
    assert not ui_env.messages, ui_env.messages


def test_history_and_tier_reasons_speak_words_not_ids(
    qtbot: Any, vault: Any, open_window: Any
) -> None:
    from casework.matters import set_item_status

    data = scenario("02-training-lead-joins-us-lab.yaml")
    matter_id = new_matter(vault, "departure", dict(data["answers"]))
    with vault.session() as session:
        from casework.matters import get_matter

        item = get_matter(session, matter_id).checklist_items[0]
        rule_id, title = item.rule_id, item.title
        set_item_status(session, item.id, status="done", note="Signed.", actor="t")
    window = open_window(vault, matter_id)
    rows = _history_rows(window)
    decided = next(row for row in rows if "Item decided" in row)
    assert title in decided and rule_id not in decided
    for row in rows:
        assert not re.search(r"\b[a-z]+\.[a-z_]+\b", row.split(" | ", 2)[2]), row  # no codes
    window.checklist.reload()
    reasons = window.checklist.tier_reasons.text()
    assert "Head of model training / training lead" in reasons
    assert "access.core_source_code" not in reasons and "training_lead" not in reasons
