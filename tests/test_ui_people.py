"""The people register in the window, driven through the real widgets: the register view, a
person's record (tier history, access, Confirm access, New matter for this person), the
duplicate offer at New matter, and carried-over answers marked in the intake form."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from typing import Any

import pytest
from casework_support import TODAY, scenario
from test_ui_main_window import FakeMatterWindow, fake_matter_window  # noqa: F401
from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

from casework.workspace import Workspace
from desktop.ui.qt import QDialogButtonBox, Qt

PASSPHRASE = "correct horse battery"


@pytest.fixture
def world(ui_env: Dialogs, qtbot: Any, vault_factory: Any,
          fake_matter_window: type[FakeMatterWindow]) -> dict[str, Any]:
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    ws = Workspace(vault, "Test Counsel")
    first = ws.create_matter_for(kind="departure", answers=dict(scenario("02")["answers"]),
                                 today=TODAY, employee_number="E-1024").value
    second = ws.new_matter_for_person(first.person_id, "travel", today=TODAY).value
    main = MainWindow(vault)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_listed(qtbot, main)
    return {"main": main, "ws": ws, "person": first.person_id, "first": first,
            "second": second}


def _people_view(world: dict[str, Any], qtbot: Any) -> Any:
    main = world["main"]
    with qtbot.waitSignal(main.action_people.triggered, timeout=1000):
        main.action_people.trigger()
    view = main.people_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert main.stack.currentWidget() is view
    return view


def test_the_register_view_and_a_persons_record(world: dict[str, Any], qtbot: Any) -> None:
    view = _people_view(world, qtbot)
    assert view.table.item(0, 0).text() == "陈思远"
    assert view.table.item(0, 2).text() == "Tier 1"
    assert view.table.item(0, 5).text() == "2029-01-15"
    refs = view.table.item(0, 7).text()
    assert world["first"].reference in refs and world["second"].reference in refs
    view.set_view("restricted_period")
    qtbot.waitUntil(lambda: view.empty.text() != "Loading…", timeout=10_000)
    assert view.table.rowCount() == 1  # inside the non-compete
    view.set_view("key_unreviewed")
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=10_000)
    assert "No one" in view.empty.text()

    view.set_view(None)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    person = view.open_person_at(0)
    qtbot.waitUntil(lambda: person.record is not None, timeout=10_000)
    assert "陈思远" in person.heading.text()
    assert "Tier 1" in person.subheading.text()
    assert person.fact_values["role"].text() != "training_lead"  # words, not the code
    assert person.fact_values["noncompete_until"].text() == "2029-01-15"
    assert person.history.rowCount() == 2
    assert person.access.rowCount() == 6
    assert person.access.item(2, 1).text() == "Yes"  # model weights download
    assert person.matters.rowCount() == 2

    qtbot.mouseClick(person.confirm_access, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "without a new matter" in person.access_note.text(), timeout=10_000)
    assert world["ws"].person(world["person"]).access.source == "confirmed"
    assert world["ws"].count_matters() == 2

    dialog = person.ask_new_matter()
    dialog.radios["secondment"].setChecked(True)
    with qtbot.waitSignal(person.open_matter_requested, timeout=10_000) as opened:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    new = world["ws"].matter(opened.args[0])
    assert new.kind == "secondment" and new.person_id == world["person"]
    qtbot.waitUntil(lambda: person.matters.rowCount() == 3, timeout=10_000)


def test_new_matter_naming_a_look_alike_offers_it_and_never_merges(
    world: dict[str, Any], qtbot: Any
) -> None:
    from desktop.ui.people_view import LinkPersonDialog

    main, ws = world["main"], world["ws"]
    main.create_matter("travel", "", person="陈 思远")
    qtbot.waitUntil(lambda: isinstance(getattr(main, "link_person_dialog", None),
                                       LinkPersonDialog), timeout=10_000)
    dialog = main.link_person_dialog
    assert list(dialog.choices) == [world["person"]]
    assert dialog.chosen() == world["person"]
    with qtbot.waitSignal(main.open_matter_requested, timeout=10_000) as opened:
        dialog.accept()
    assert ws.matter(opened.args[0]).person_id == world["person"]
    assert len(ws.people_register()) == 1

    # Keeping them apart makes a second entry: still two, nothing merged.
    main.link_person_dialog = None
    main.create_matter("travel", "", person="陈思远")
    qtbot.waitUntil(lambda: isinstance(getattr(main, "link_person_dialog", None),
                                       LinkPersonDialog), timeout=10_000)
    dialog = main.link_person_dialog
    dialog.new_person.setChecked(True)
    with qtbot.waitSignal(main.open_matter_requested, timeout=10_000) as opened:
        dialog.accept()
    assert ws.matter(opened.args[0]).person_id != world["person"]
    assert len(ws.people_register()) == 2


def test_carried_over_answers_are_marked_in_the_intake_form_until_confirmed(
    world: dict[str, Any], qtbot: Any
) -> None:
    from desktop.ui.intake_form import IntakeForm

    form = IntakeForm(world["main"].vault, world["second"].id, actor="Test Counsel")
    qtbot.addWidget(form)
    form.show()
    marked = set(form.marked_carried())
    assert {"person.role", "person.key_position", "access.model_weights"} <= marked
    assert form.rows["person.role"].carried.isVisibleTo(form)
    assert not form.rows["person.name"].carried.isVisibleTo(form)
    assert form.rows["person.role"].carried.text() == "carried over — confirm"
    assert form.confirm_carried.isVisibleTo(form)
    qtbot.mouseClick(form.confirm_carried, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.rows["person.role"].carried.isVisibleTo(form),
                    timeout=10_000)
    assert not form.confirm_carried.isVisibleTo(form)
    assert world["ws"].carried_over_facts(world["second"].reference) == {}


def test_an_import_with_a_look_alike_asks_before_joining_them(
    world: dict[str, Any], qtbot: Any, ui_env: Dialogs, vault_factory: Any, tmp_path: Any
) -> None:
    from desktop.ui.people_view import offer_merge_after_import
    from desktop.ui.qt import QMessageBox

    other = Workspace(vault_factory("other.outbound", PASSPHRASE)[0], "Counsel Wu")
    other.update_settings(reference_prefix="LB")
    look_alike = other.create_matter_for(
        kind="travel", today=TODAY, answers={**scenario("10")["answers"], "person.name": "陈思远"},
    ).value
    bundle = other.export_bundle(look_alike.reference, tmp_path / "b.zip").value.path
    ws = world["ws"]
    result = ws.import_bundle(bundle).value
    assert [c.id for c in result.person_duplicates] == [world["person"]]
    assert len(ws.people_register()) == 2  # nothing joined by the import itself

    ui_env.question_answer = QMessageBox.StandardButton.Cancel
    assert offer_merge_after_import(world["main"], result) is False
    assert len(ws.people_register()) == 2
    assert any("may be the person" in text for _kind, _title, text in ui_env.messages)

    ui_env.question_answer = QMessageBox.StandardButton.Yes
    assert offer_merge_after_import(world["main"], result) is True
    qtbot.waitUntil(lambda: len(ws.people_register()) == 1, timeout=10_000)
    assert result.reference in {m.reference for m in ws.person(world["person"]).matters}


def _identifier_events(ws: Workspace, person_id: str) -> list[str]:
    from sqlalchemy import select

    from models.entities import AuditEvent

    with ws.vault.session() as session:
        return list(session.execute(
            select(AuditEvent.details).where(AuditEvent.action == "person.identifiers",
                                             AuditEvent.entity_id == person_id)
        ).scalars())


def _save(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_edit_sets_and_clears_the_identifiers_and_refuses_a_number_already_used(
    world: dict[str, Any], qtbot: Any, ui_env: Dialogs
) -> None:
    from desktop.ui.qt import QMessageBox, is_alive

    ws = world["ws"]
    dev = ws.create_matter_for(kind="travel", answers=dict(scenario("01")["answers"]),
                               today=TODAY).value
    main = world["main"]
    main.action_people.trigger()
    view = main.people_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    person = view.open_person(dev.person_id)
    qtbot.waitUntil(lambda: person.record is not None and person.edit.isEnabled(),
                    timeout=10_000)
    assert person.fact_values["employee_number"].text() == "—"

    # Set both: saved through the Workspace, audited, the window and the register follow.
    dialog = person.ask_edit()
    dialog.name_zh.setText("王德文")  # QTest types Latin keys only
    qtbot.keyClicks(dialog.employee_number, " E-2048 ")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        _save(dialog)
    assert not dialog.isVisible()
    saved = ws.person(dev.person_id)
    assert (saved.name_zh, saved.employee_number) == ("王德文", "E-2048")
    qtbot.waitUntil(lambda: "王德文" in person.heading.text(), timeout=10_000)
    qtbot.waitUntil(lambda: person.fact_values["employee_number"].text() == "E-2048",
                    timeout=10_000)
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == dev.person_id)
    qtbot.waitUntil(lambda: view.table.item(row, 1).text() == "王德文", timeout=10_000)
    assert len(_identifier_events(ws, dev.person_id)) == 1

    # A number that is already Chen's: refused, Chen named, nothing changed or merged.
    dialog = person.ask_edit()
    dialog.employee_number.clear()
    qtbot.keyClicks(dialog.employee_number, "E-1024")
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=10_000)
    assert "陈思远" in dialog.problem.text() and "E-1024" in dialog.problem.text()
    assert dialog.isVisible() and dialog.merge_other.isVisibleTo(dialog)
    assert ws.person(dev.person_id).employee_number == "E-2048"
    assert ws.person(world["person"]).employee_number == "E-1024"
    assert len(_identifier_events(ws, dev.person_id)) == 1
    # Offered: open the other person; join them only on counsel's yes.
    qtbot.mouseClick(dialog.open_other, Qt.MouseButton.LeftButton)
    assert world["person"] in view.person_windows
    ui_env.question_answer = QMessageBox.StandardButton.Cancel
    dialog.ask_merge()
    assert "Join 陈思远 into" in ui_env.texts()[-1]
    assert len(ws.people_register()) == 2  # nothing joined
    dialog.reject()

    # Clear both: never required.
    dialog = person.ask_edit()
    assert dialog.employee_number.text() == "E-2048"
    dialog.name_zh.clear()
    dialog.employee_number.clear()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        _save(dialog)
    cleared = ws.person(dev.person_id)
    assert (cleared.name_zh, cleared.employee_number) == ("", None)
    qtbot.waitUntil(lambda: person.fact_values["employee_number"].text() == "—",
                    timeout=10_000)
    assert len(_identifier_events(ws, dev.person_id)) == 2

    # Counsel say yes: Chen's entry joins this one (Chen's record window, still open, closes
    # rather than failing to read a person no longer there), then the number typed is saved.
    chen_window = view.person_windows[world["person"]]
    assert chen_window.isVisible()
    dialog = person.ask_edit()
    qtbot.keyClicks(dialog.employee_number, "E-1024")
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.merge_other.isVisibleTo(dialog), timeout=10_000)
    ui_env.question_answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.ask_merge()
    joined = ws.person(dev.person_id)
    assert joined.employee_number == "E-1024" and len(joined.matters) == 3
    assert len(ws.people_register()) == 1
    assert world["person"] not in view.person_windows and not is_alive(chen_window)
    assert not [m for m in ui_env.messages if m[0] == "warning"], ui_env.messages


def test_edit_refuses_text_over_the_limit(world: dict[str, Any], qtbot: Any) -> None:
    from forms.limits import EMPLOYEE_NUMBER

    main = world["main"]
    main.action_people.trigger()
    view = main.people_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    person = view.open_person(world["person"])
    qtbot.waitUntil(lambda: person.edit.isEnabled(), timeout=10_000)
    dialog = person.ask_edit()
    dialog.employee_number.setText("9" * (EMPLOYEE_NUMBER + 20))
    assert len(dialog.employee_number.text()) == EMPLOYEE_NUMBER


def test_register_columns_leave_a_gap_after_their_widest_text(
    world: dict[str, Any], qtbot: Any
) -> None:
    from desktop.ui.people_view import COLUMN_GAP

    view = _people_view(world, qtbot)
    table = view.table
    metrics = table.horizontalHeader().fontMetrics()
    for column in range(table.columnCount() - 1):  # the last one takes what is left
        header = table.horizontalHeaderItem(column).text()
        cells = [table.item(r, column).text() for r in range(table.rowCount())]
        widest = max(metrics.horizontalAdvance(t) for t in [header, *cells])
        assert table.columnWidth(column) >= widest + COLUMN_GAP, header


HELD_PASSPORT = {"exit.employer_holds_documents": "yes", "exit.registered_personnel": "yes",
                 "exit.authority_instruction": "yes", "secrets.level": "important"}


def _held_passport_record(world: dict[str, Any], qtbot: Any) -> Any:
    from desktop.ui.people_view import PersonWindow

    answers = {**scenario("02")["answers"], **HELD_PASSPORT, "person.name": "王立群"}
    matter = world["ws"].create_matter_for(kind="departure", answers=answers, today=TODAY).value
    window = PersonWindow(lambda: world["ws"], matter.person_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    return window


def test_travel_document_authority_and_secret_level_read_as_words(
    world: dict[str, Any], qtbot: Any
) -> None:
    window = _held_passport_record(world, qtbot)
    held = window.fact_values["travel_documents"].text()
    assert held.startswith("Yes — under: registered personnel whose private exit needs")
    assert "state-secret personnel" in held and "an authority's instruction" in held
    assert "_" not in held and "secret_personnel" not in held  # words, not codes
    assert window.fact_values["secrets_level"].text().startswith("Important")


def test_the_persons_record_reads_chinese(world: dict[str, Any], qtbot: Any) -> None:
    from PySide6.QtCore import QLocale

    from desktop.ui.app import install_translators
    from desktop.ui.qt import QApplication

    app = QApplication.instance()
    before = QLocale()
    installed = install_translators(app, "zh_CN")
    try:
        assert installed, "the .qm is compiled by the build: pip install -e ."
        window = _held_passport_record(world, qtbot)
        held = window.fact_values["travel_documents"].text()
        assert held.startswith("是")
        assert "登记备案人员" in held  # the glossary's registered personnel
        assert not any(c.isascii() and c.isalpha() for c in held), held
        assert window.fact_values["secrets_level"].text() == "重要涉密人员"
        assert window.fact_values["role"].text().isascii() is False
        assert window.subheading.text().startswith("当前层级")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_register_speaks_the_windows_language_not_the_systems(qapp: Any) -> None:
    """A Chinese system with English chosen in Settings (no translation loaded) shows the person
    in English, as the rest of the window; the Chinese window shows the form's Chinese."""
    from PySide6.QtCore import QLocale

    from desktop.ui.app import install_translators
    from desktop.ui.people_view import country_label, option_label

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        assert option_label("person.role", "core_model_researcher") == "Core model researcher"
        assert country_label("US") == "United States"
        installed = install_translators(qapp, "zh_CN")
        try:
            assert option_label("person.role", "core_model_researcher") == "核心模型研究员"
            assert country_label("US") == "美国"
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
    finally:
        QLocale.setDefault(before)
