"""The matter window's checklist tab: decisions, override, evidence and re-assessment markers."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop.ui.checklist_model import ChecklistModel, severity_text
from desktop.ui.qt import QDialogButtonBox

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def scenario_answers(name: str) -> dict[str, Any]:
    return yaml.safe_load((SCENARIOS / name).read_text(encoding="utf-8"))["answers"]


@pytest.fixture
def window(qtbot: Any, vault_factory: Any) -> Any:
    from casework.matters import create_matter
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.workers import wait_for_jobs

    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(
            session,
            kind="departure",
            actor="tester",
            answers=scenario_answers("02-training-lead-joins-us-lab.yaml"),
        ).id
    win = MatterWindow(vault, matter_id, actor="tester")
    qtbot.addWidget(win)
    win.show()
    yield win
    wait_for_jobs()


def item_of(window: Any, rule: str) -> Any:
    from models.entities import ChecklistItem

    with window.vault.session() as session:
        for item in session.query(ChecklistItem).filter_by(matter_id=window.matter_id):
            if item.rule_id == rule:
                return item
    raise AssertionError(rule)


def test_items_grouped_by_area_with_severity_as_text(window: Any):
    tab = window.checklist
    model = tab.model
    areas = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert any(a.startswith("Export control") for a in areas)
    assert sorted(model.rule_ids()) == ["EC-CLASSIFY", "EXIT-REVIEW", "TRADE-SECRET"]
    assert severity_text("critical").startswith("●") and "Critical" in severity_text("critical")
    assert tab.select_rule("EC-CLASSIFY")
    panel = tab.panel
    assert "PRC-ECL-2" in panel.basis.text() and "Export Control Law" in panel.basis.text()
    assert "High" in panel.meta.text()
    for rule in model.rule_ids():  # the item is named in words; its rule code is never shown
        assert tab.select_rule(rule)
        assert rule not in panel.meta.text() and rule not in panel.title.text()
    assert tab.select_rule("EC-CLASSIFY")
    assert "Tier 1" in tab.tier.text()
    assert "Can the person view core source code" in tab.tier_reasons.text()
    assert "access.core_source_code" not in tab.tier_reasons.text()


def test_marking_an_item_done_with_a_note_persists(qtbot: Any, window: Any):
    tab = window.checklist
    tab.select_rule("EXIT-REVIEW")
    panel = tab.panel
    panel.status.setCurrentIndex(panel.status.findData("done"))
    panel.note.setPlainText("Exit restriction check made with HR on 2 March.")
    panel.save_button.click()  # recorded in a worker
    qtbot.waitUntil(lambda: window.history.list.topLevelItem(0).text(2) == "Item decided")
    item = item_of(window, "EXIT-REVIEW")
    assert item.status == "done"
    assert item.note == "Exit restriction check made with HR on 2 March."
    tab.reload()
    tab.select_rule("EXIT-REVIEW")
    assert panel.status.currentData() == "done"
    assert panel.note.toPlainText().startswith("Exit restriction check")


def test_a_decision_saved_then_left_at_once_is_recorded_once_and_typing_survives_the_refresh(
    qtbot: Any, window: Any
):
    """Save runs in a worker: leaving the item before it lands must not record it twice, and
    the refresh it causes must not wipe a note being typed on the next item."""
    from casework.workspace import Workspace

    tab, panel = window.checklist, window.checklist.panel
    tab.select_rule("EXIT-REVIEW")
    panel.status.setCurrentIndex(panel.status.findData("done"))
    panel.note.setPlainText("Checked with HR.")
    panel.save_button.click()
    tab.select_rule("TRADE-SECRET")  # at once, before the worker is done
    panel.note.setPlainText("Half-typed reminder")
    qtbot.waitUntil(  # the refresh the change announced has run
        lambda: next(r for r in tab.model.rows if r["rule"] == "EXIT-REVIEW")["status"] == "done"
    )
    decided = [e for e in Workspace(window.vault, "t").history(window.matter_id).events
               if e.action == "checklist.decide"]
    assert len(decided) == 1
    assert panel.note.toPlainText() == "Half-typed reminder"
    assert item_of(window, "EXIT-REVIEW").note == "Checked with HR."


def test_override_requires_a_reason_then_clears(qtbot: Any, window: Any):
    tab = window.checklist
    dialog = tab.open_override_dialog()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.choice.setCurrentIndex(dialog.choice.findData("proceed_with_conditions"))
    dialog.reason.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Classification done by the export-control officer.")
    assert ok.isEnabled()
    ok.click()
    from casework.matters import get_matter

    qtbot.waitUntil(lambda: "overridden" in window.header.recommendation.text())
    with window.vault.session() as session:
        matter = get_matter(session, window.matter_id)
        assert matter.override_recommendation == "proceed_with_conditions"
        assert matter.override_reason.startswith("Classification done")
    assert "overridden" in tab.recommendation.text()
    assert "overridden" in window.header.recommendation.text()
    assert tab.clear_button.isEnabled()
    tab.clear_button.click()
    qtbot.waitUntil(lambda: "overridden" not in window.header.recommendation.text())
    with window.vault.session() as session:
        assert get_matter(session, window.matter_id).override_recommendation is None


def test_cancelled_override_changes_nothing(qtbot: Any, window: Any):
    dialog = window.checklist.open_override_dialog()
    dialog.reason.setPlainText("typed but cancelled")
    dialog.reject()
    from casework.matters import get_matter

    with window.vault.session() as session:
        assert get_matter(session, window.matter_id).override_recommendation is None


def test_link_existing_attachment_as_evidence(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
):
    from casework.attachments import add_attachment
    from desktop.ui import checklist_tab

    with window.vault.session() as session:
        add_attachment(
            session, window.matter_id, name="NDA.pdf", stream=io.BytesIO(b"nda"), actor="t"
        )
    window.checklist.reload()
    monkeypatch.setattr(
        checklist_tab.QInputDialog, "getItem", staticmethod(lambda *a, **k: ("NDA.pdf", True))
    )
    tab = window.checklist
    tab.select_rule("TRADE-SECRET")
    tab.panel.link_button.click()
    qtbot.waitUntil(lambda: "NDA.pdf" in tab.panel.attached.item(0).text())  # after the worker
    assert len(item_of(window, "TRADE-SECRET").evidence_attachment_ids) == 1
    tab.select_rule("TRADE-SECRET")
    assert "NDA.pdf" in tab.panel.attached.item(0).text()


def test_add_file_as_evidence_streams_it_in_and_links_it(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from desktop.ui import checklist_tab

    source = tmp_path / "approval.txt"
    source.write_text("approved", encoding="utf-8")
    monkeypatch.setattr(
        checklist_tab.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(source), "")),
    )
    tab = window.checklist
    tab.select_rule("EC-CLASSIFY")
    tab.panel.add_button.click()
    qtbot.waitUntil(lambda: window.attachments.list.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: bool(item_of(window, "EC-CLASSIFY").evidence_attachment_ids))


def test_new_and_no_longer_applies_markers_after_reassessment(qtbot: Any, window: Any):
    answers = dict(scenario_answers("02-training-lead-joins-us-lab.yaml"))
    answers["tech.listed_technology"] = "no"  # EC-CLASSIFY drops
    answers["employment.noncompete_months"] = 36  # NONCOMPETE-LENGTH arrives
    form = window.intake
    form.editor("tech.listed_technology").choose("no")
    form.editor("employment.noncompete_months").set_value(36)
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=15_000)
    rows = {r["rule"]: r for r in window.checklist.model.rows}
    assert rows["EC-CLASSIFY"]["no_longer_applies"]
    assert rows["NONCOMPETE-LENGTH"]["is_new"]
    model = window.checklist.model
    marks = []
    for area in range(model.rowCount()):
        parent = model.item(area, 0)
        marks += [parent.child(r, 3).text() for r in range(parent.rowCount())]
    assert any("New" in m for m in marks)
    assert any("No longer applies" in m for m in marks)


def test_model_alone_from_plain_rows(qtbot: Any):
    model = ChecklistModel()
    base = {
        "area": "employment",
        "title": "t",
        "severity": "caution",
        "blocking": True,
        "basis": [],
        "actions": [],
        "evidence": [],
        "wording": "",
        "to_confirm": [],
        "status": "open",
        "note": "",
        "decided_by": "",
        "decided_at": "",
        "is_new": False,
        "no_longer_applies": False,
        "evidence_ids": [],
    }
    model.set_rows([{**base, "id": "1", "rule": "A"}, {**base, "id": "2", "rule": "B"}])
    assert model.rowCount() == 1
    assert model.item(0, 0).rowCount() == 2
    assert "Blocking" in model.item(0, 0).child(0, 3).text()


def test_a_typed_note_is_recorded_when_another_item_is_selected(qtbot: Any, window: Any):
    """The note typed for one item, never "recorded", is kept (and audited) when counsel
    clicks another item; coming back shows it."""
    from desktop.ui.checklist_model import ID_ROLE
    from desktop.ui.qt import Qt
    from models.entities import AuditEvent

    tab = window.checklist
    window.tabs.setCurrentWidget(tab)
    assert tab.select_rule("EXIT-REVIEW")
    tab.panel.note.setFocus()
    qtbot.keyClicks(tab.panel.note, "Spoke to HR; no exit restriction.")
    other = tab.model.index_for(item_of(window, "EC-CLASSIFY").id)
    rect = tab.tree.visualRect(other)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.tree.currentIndex().data(ID_ROLE) == item_of(window, "EC-CLASSIFY").id
    assert item_of(window, "EXIT-REVIEW").note == "Spoke to HR; no exit restriction."
    with window.vault.session() as session:
        decided = list(session.query(AuditEvent).filter_by(action="checklist.decide"))
    assert decided and "Spoke to HR" in decided[-1].details
    assert tab.select_rule("EXIT-REVIEW")
    assert tab.panel.note.toPlainText() == "Spoke to HR; no exit restriction."


def test_a_typed_note_is_recorded_when_the_window_closes(qtbot: Any, vault_factory: Any):
    from casework.matters import create_matter
    from desktop.ui.matter_window import MatterWindow
    from models.entities import ChecklistItem

    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(
            session,
            kind="departure",
            actor="tester",
            answers=scenario_answers("02-training-lead-joins-us-lab.yaml"),
        ).id
    win = MatterWindow(vault, matter_id, actor="tester")
    win.show()
    assert win.checklist.select_rule("EXIT-REVIEW")
    qtbot.keyClicks(win.checklist.panel.note, "Typed, then the window closed.")
    win.close()
    qtbot.wait(10)
    with vault.session() as session:
        notes = {
            i.rule_id: i.note for i in session.query(ChecklistItem).filter_by(matter_id=matter_id)
        }
    assert notes["EXIT-REVIEW"] == "Typed, then the window closed."


def test_unverified_basis_is_marked_in_the_side_panel(qtbot: Any, vault_factory: Any):
    from casework.matters import create_matter
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.workers import wait_for_jobs

    vault, _ = vault_factory("marks.obv")
    with vault.session() as session:
        matter_id = create_matter(
            session, kind="travel", actor="tester",
            answers={"destination.country": "JP", "exit.registered_personnel": "yes",
                     "exit.employer_holds_documents": "yes"},
        ).id
    win = MatterWindow(vault, matter_id, actor="tester")
    qtbot.addWidget(win)
    win.show()
    try:
        tab = win.checklist
        assert tab.select_rule("REGISTERED-EXIT")
        assert "(not verified against an official text)" in tab.panel.basis.text()
    finally:
        wait_for_jobs()


def test_actions_show_owner_and_due_date(window: Any):
    from datetime import date

    tab = window.checklist
    assert tab.select_rule("EC-CLASSIFY")
    text = tab.panel.actions_label.text()
    assert "[Legal; due 2026-11-13 (approx.: Mon–Fri; public holidays not counted)" in text
    assert ("OVERDUE at assessment" in text) is (date.today() > date(2026, 11, 13))
    assert tab.select_rule("TRADE-SECRET")
    text = tab.panel.actions_label.text()
    assert "Reaffirm the person's confidentiality obligations in writing. [HR; due 2027-01-14]" in (
        text)
    assert "[Security; due 2027-01-15]" in text


def test_reassess_under_policy_2_from_the_window(qtbot: Any, vault_factory: Any):
    """A policy-1 matter offers the re-assessment, shows what changes in words, then applies it
    keeping the decisions."""
    from test_policy_reassess import _v1_matter

    from casework.matters import get_matter, set_item_status
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.workers import wait_for_jobs

    vault, _ = vault_factory("v1.obv")
    with vault.session() as session:
        matter = _v1_matter(session, "08-entity-listed-partner.yaml")
        matter_id = matter.id
        block = next(i for i in matter.checklist_items if i.rule_id == "US-ENTITY-BLOCK")
        set_item_status(session, block.id, status="escalated", note="With US counsel",
                        actor="counsel")
    win = MatterWindow(vault, matter_id, actor="counsel")
    qtbot.addWidget(win)
    win.show()
    try:
        tab = win.checklist
        assert tab.reassess_button.isVisibleTo(tab)
        assert "review policy 1" in tab.policy_note.text()
        dialog = tab.open_reassess_dialog()
        assert dialog is not None
        text = dialog.summary.text()
        assert "Counterparty on a US restricted-party list" in text  # a new item, by title
        assert "Screen the counterparty against restricted-party lists" in text  # v1 title
        assert "US-ENTITY" not in text and "person.us_person" not in text  # words, not codes
        assert "US person" in text  # a question the new intake adds, by its label
        dialog.ok.click()
        qtbot.waitUntil(lambda: "review policy 2" in tab.policy_note.text())
        assert not tab.reassess_button.isVisibleTo(tab)
        assert "review policy 2" in tab.policy_note.text()
        assert "US-ENTITY-LISTED" in tab.model.rule_ids()
        with vault.session() as session:
            matter = get_matter(session, matter_id)
            assert matter.policy_version == 2
            block = next(i for i in matter.checklist_items if i.rule_id == "US-ENTITY-BLOCK")
            assert (block.status, block.note) == ("escalated", "With US counsel")
    finally:
        wait_for_jobs()
