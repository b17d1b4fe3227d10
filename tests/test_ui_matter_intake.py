"""The matter window's intake form, driven through its widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop.ui.intake_widgets import (
    ChoiceEditor,
    CountriesEditor,
    CountryEditor,
    DateEditor,
    IntEditor,
    LongTextEditor,
    MultiEditor,
    SegmentedEditor,
    TextEditor,
)
from desktop.ui.qt import QDate, Qt

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def scenario(name: str) -> dict[str, Any]:
    return yaml.safe_load((SCENARIOS / name).read_text(encoding="utf-8"))


def new_matter(vault: Any, kind: str, answers: dict[str, Any] | None = None) -> str:
    from casework.matters import create_matter

    with vault.session() as session:
        return create_matter(session, kind=kind, actor="tester", answers=answers or {}).id


def fill(qtbot: Any, form: Any, answers: dict[str, Any]) -> None:
    """Answer through the widgets, as a user would."""
    for fact_id, value in answers.items():
        editor = form.editor(fact_id)
        if isinstance(editor, SegmentedEditor):
            if editor.field.type == "tristate" and isinstance(value, bool):
                value = "yes" if value else "no"
            editor.choose(value)
        elif isinstance(editor, CountriesEditor):
            if value == []:
                editor.none_box.click()
            else:
                editor.line.clear()
                qtbot.keyClicks(editor.line, ", ".join(value))
        elif isinstance(editor, CountryEditor):
            editor.combo.lineEdit().clear()
            qtbot.keyClicks(editor.combo.lineEdit(), str(value))
            editor.combo.lineEdit().editingFinished.emit()
        elif isinstance(editor, ChoiceEditor):
            editor.combo.setCurrentIndex(editor.combo.findData(value))
        elif isinstance(editor, MultiEditor):
            for option in value:
                editor.set_checked(option)
        elif isinstance(editor, DateEditor):
            editor.edit.clear()
            qtbot.keyClicks(editor.edit, str(value))
        elif isinstance(editor, IntEditor):
            editor.spin.setValue(int(value))
        elif isinstance(editor, LongTextEditor):
            editor.edit.setPlainText(str(value))
        elif isinstance(editor, TextEditor):
            editor.edit.setText(str(value))
        else:  # pragma: no cover
            raise AssertionError(f"no way to fill {fact_id}")


@pytest.fixture
def window_for(qtbot: Any, vault_factory: Any):
    from desktop.ui.matter_window import MatterWindow

    made: list[Any] = []

    def make(kind: str, answers: dict[str, Any] | None = None) -> Any:
        vault, _ = vault_factory()
        matter_id = new_matter(vault, kind, answers)
        window = MatterWindow(vault, matter_id, actor="tester")
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    from desktop.ui.workers import wait_for_jobs

    wait_for_jobs()


def test_scenario_02_through_the_widgets_reaches_the_checklist(qtbot: Any, window_for: Any):
    data = scenario("02-training-lead-joins-us-lab.yaml")
    window = window_for("departure")
    form = window.intake
    assert window.checklist.model.rule_ids() == []
    assert "person.name" in form.missing_ids()
    fill(qtbot, form, data["answers"])
    assert form.field_problems() == {}
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=15_000)
    rules = window.checklist.model.rule_ids()
    assert sorted(rules) == sorted(data["expect"]["rules"])
    assert "Tier 1" in window.header.tier.text()
    from casework.matters import get_matter, latest_intake

    with window.vault.session() as session:
        matter = get_matter(session, window.matter_id)
        assert matter.tier == data["expect"]["tier"]
        assert matter.recommendation == data["expect"]["recommendation"]
        stored = latest_intake(session, matter.id).answers
    assert stored["person.name"] == "陈思远"
    assert stored["destination.country"] == "US"
    assert stored["employment.noncompete_months"] == 24
    # the section marks follow completeness; the unanswered required facts are listed: two of
    # version 1 and the version-2 facts this (version-1 era) matter never answered
    assert set(form.missing_ids()) == {
        "access.personal_information", "company.overseas_listing", "company.us_lists",
        "departure.notice_given_on", "exit.authority_instruction", "exit.ban_notified",
        "exit.employer_holds_documents", "exit.registered_personnel",
        "person.other_citizenships", "person.us_person", "tech.prc_control_status",
        "tech.subject_to_ear",
    }
    assert form.sections.item(3).text().startswith("✓")  # the destination: all answered
    assert not form.sections.item(1).text().startswith("✓")  # the person: v2 facts open


def test_conditional_field_follows_the_answer(qtbot: Any, window_for: Any):
    form = window_for("departure").intake
    months = form.rows["employment.noncompete_months"]
    assert not months.isVisibleTo(form)
    form.editor("employment.noncompete").choose("yes")
    assert months.isVisibleTo(form)
    assert "employment.noncompete_months" in form.missing_ids()
    form.editor("employment.noncompete_months").set_value(12)
    form.editor("employment.noncompete").choose("no")
    assert not months.isVisibleTo(form)
    assert "employment.noncompete_months" not in form.answers()  # hidden answers not submitted
    form.editor("employment.noncompete").choose("unknown")
    assert not months.isVisibleTo(form)
    form.editor("employment.noncompete").clear.click()  # back to not answered
    assert form.editor("employment.noncompete").value() is None
    assert not months.isVisibleTo(form)


def test_return_before_departure_shows_a_message_under_the_field(qtbot: Any, window_for: Any):
    form = window_for("travel").intake
    fill(qtbot, form, {"travel.depart_on": "2027-03-10", "travel.return_on": "2027-03-01"})
    row = form.rows["travel.return_on"]
    assert row.error.isVisibleTo(form)
    assert "before the departure" in row.error.text()
    fill(qtbot, form, {"travel.return_on": "2027-03-20"})
    assert not row.error.isVisibleTo(form)


def test_empty_date_and_number_mean_not_answered(qtbot: Any, window_for: Any):
    form = window_for("departure").intake
    date_editor = form.editor("departure.last_day")
    assert date_editor.value() is None
    fill(qtbot, form, {"departure.last_day": "2027-01-15"})
    assert date_editor.value() == "2027-01-15"
    date_editor.edit.clear()  # the line's clear button
    assert date_editor.value() is None
    number = form.editor("employment.noncompete_months")
    assert number.value() is None
    number.set_value(0)
    assert number.value() == 0  # zero is an answer, not "empty"
    number.clear.click()
    assert number.value() is None


def test_country_picker_filters_on_code_english_and_chinese(qtbot: Any, window_for: Any):
    form = window_for("departure").intake
    picker = form.editor("destination.country")
    assert isinstance(picker, CountryEditor)
    for typed in ("DE", "Germany", "德国"):
        picker.set_value(None)
        if typed.isascii():
            qtbot.keyClicks(picker.combo.lineEdit(), typed)
        else:  # QTest cannot synthesise CJK key presses; an input method commits the text
            picker.combo.lineEdit().insert(typed)
        picker.combo.lineEdit().editingFinished.emit()
        assert picker.value() == "DE", typed
    assert "Germany" in picker.combo.currentText() and "德国" in picker.combo.currentText()
    picker.set_value(None)
    qtbot.keyClicks(picker.combo.lineEdit(), "Atlantis")
    assert picker.value() is None
    assert picker.problem()
    form.refresh()
    assert form.rows["destination.country"].error.isVisibleTo(form)


def test_other_citizenships_take_several_countries_or_none(qtbot: Any, window_for: Any):
    form = window_for("departure").intake
    editor = form.editor("person.other_citizenships")
    assert isinstance(editor, CountriesEditor)
    assert editor.value() is None  # not answered, which is not "none"
    qtbot.keyClicks(editor.line, "us, ")
    editor.line.insert("德国")  # QTest cannot synthesise CJK key presses; an input method commits
    editor.line.textEdited.emit(editor.line.text())
    assert editor.value() == ["US", "DE"]
    assert "United States" in editor.shown.text() and "德国" in editor.shown.text()
    editor.none_box.click()
    assert editor.value() == [] and editor.line.text() == ""
    qtbot.keyClicks(editor.line, "HK, Atlantis")
    assert not editor.none_box.isChecked()
    assert editor.value() is None
    assert "Atlantis" in editor.problem()
    form.refresh()
    assert form.rows["person.other_citizenships"].error.isVisibleTo(form)


def test_rejected_submission_is_shown_inline_and_stores_nothing(
    qtbot: Any, window_for: Any, monkeypatch: pytest.MonkeyPatch
):
    import casework.matters as matters
    from forms.errors import AnswerError

    window = window_for("departure")
    form = window.intake

    def reject(*_a: Any, **_k: Any) -> Any:
        raise AnswerError("person.name", "the name was refused for the test")

    monkeypatch.setattr(matters, "save_intake", reject)
    with window.vault.session() as session:
        before = matters.latest_intake(session, window.matter_id).revision
    fill(qtbot, form, {"person.name": "Chen Siyuan"})
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=10_000)
    row = form.rows["person.name"]
    assert "refused for the test" in row.error.text()
    assert form.editor("person.name").value() == "Chen Siyuan"  # what was typed stays
    with window.vault.session() as session:
        assert matters.latest_intake(session, window.matter_id).revision == before


def test_help_shows_text_and_legal_basis(qtbot: Any, window_for: Any):
    form = window_for("departure").intake
    row = form.rows["person.nationality"]
    assert not row.help.isVisibleTo(form)
    row.help_button.click()
    assert row.help.isVisibleTo(form)
    assert "PRC-ECL-2" in row.help.text() and "US-EAR-734-13" in row.help.text()


def test_missing_fact_click_jumps_to_the_field(qtbot: Any, window_for: Any):
    window = window_for("departure")
    form = window.intake
    target = next(
        form.missing.item(i)
        for i in range(form.missing.count())
        if form.missing.item(i).data(Qt.ItemDataRole.UserRole) == "departure.last_day"
    )
    form.missing.itemClicked.emit(target)
    assert form.editor("departure.last_day").edit.hasFocus() or (
        window.focusWidget() is form.editor("departure.last_day").edit
    )


def test_autosave_debounces_and_refreshes_the_header(qtbot: Any, window_for: Any):
    window = window_for("departure")
    form = window.intake
    fill(qtbot, form, {"matter.client": "Lanting", "person.name": "Li Lei"})
    assert form.timer.isActive()
    qtbot.waitUntil(lambda: form.is_idle() and not form.has_unsaved_changes(), timeout=15_000)
    from casework.matters import latest_intake

    with window.vault.session() as session:
        answers = latest_intake(session, window.matter_id).answers
    assert answers["person.name"] == "Li Lei"


def date_field(form: Any) -> Any:
    return form.editor("departure.last_day")


def test_date_fields_are_typed_cleared_and_tab_moves_on(qtbot: Any, window_for: Any):
    """An empty date field lets Tab move on; a date typed as ISO or in the locale's short form
    is the answer (never "Not answered0270115"); clearing it makes it unanswered again."""
    from desktop.ui.qt import QLocale

    window = window_for("departure")
    form = window.intake
    editor = date_field(form)
    assert isinstance(editor, DateEditor) and editor.isVisibleTo(form)
    editor.edit.setFocus()
    qtbot.waitUntil(editor.edit.hasFocus)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert not editor.edit.hasFocus()  # Tab left the empty field

    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "2027-01-15")
    assert editor.edit.text() == "2027-01-15"
    assert editor.value() == "2027-01-15"
    assert editor.problem() == ""
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert not editor.edit.hasFocus()

    short = QLocale().toString(QDate(2027, 2, 3), QLocale.FormatType.ShortFormat)
    editor.edit.setFocus()
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, short)
    assert editor.value() == "2027-02-03"
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert editor.edit.text() == "2027-02-03"  # shown in one form once understood

    editor.edit.setFocus()
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    assert editor.value() is None and editor.problem() == ""

    qtbot.keyClicks(editor.edit, "next week")
    assert editor.value() is None
    assert "2027-01-15" in editor.problem()


def test_date_picked_from_the_calendar(qtbot: Any, window_for: Any):
    editor = date_field(window_for("departure").intake)
    editor.calendar.clicked.emit(QDate(2028, 3, 9))
    assert editor.value() == "2028-03-09"


def as_shown(text: str) -> str:
    """What a label with a buddy (or a button) displays: Qt drops each "&" before a
    character (the mnemonic marker) and shows "&&" as one "&"."""
    import re

    return re.sub(r"&(.)", r"\1", text)


def test_ampersands_from_the_form_show_as_written(qtbot: Any, window_for: Any):
    form = window_for("departure").intake
    row = form.rows["company.overseas_listing"]
    assert row.label.buddy() is not None  # so "&" is read as a mnemonic marker
    assert "M&A" in row.field.label
    assert as_shown(row.label.text()) == row.field.label


def test_the_certificate_label_of_the_sign_dialog_has_no_stray_ampersand(qtbot: Any):
    from desktop.ui.qt import QLabel
    from desktop.ui.sign_dialog import SignDialog

    dialog = SignDialog([("Li Wen", "Counsel")], 1)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.p12]
    assert len(labels) == 1 and as_shown(labels[0].text()) == "Certificate:"


def test_country_suggestions_put_the_typed_code_first(qtbot: Any, window_for: Any):
    """Typing "US" offers the United States first (not Australia, which merely contains
    "us"); "UK" finds the United Kingdom; picking the first suggestion answers with it."""
    form = window_for("departure").intake
    picker = form.editor("destination.country")
    line = picker.combo.lineEdit()
    for typed, expected in (("US", "US"), ("uk", "GB"), ("germ", "DE"), ("United K", "GB")):
        picker.set_value(None)
        line.setFocus()
        qtbot.keyClicks(line, typed)
        popup = picker.combo.completer().popup()
        assert popup.isVisible(), typed
        first = popup.model().index(0, 0).data()
        assert first.startswith(f"{expected} — "), (typed, first)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        line.editingFinished.emit()
        assert picker.value() == expected, typed
        assert picker.combo.currentText().startswith(f"{expected} — ")


def test_one_name_per_kind_and_no_two_questions_alike(qtbot: Any, window_for: Any):
    """The kind reads the same in the list, the header, the form title and the intake's
    "Kind of move" (forms.definitions.KIND_NAMES); no form asks two questions in the same
    words; the fixed "Kind of move" is not marked optional."""
    from desktop.ui.labels import kind_label
    from forms.definitions import KIND_NAMES, KINDS, load_definition

    for kind in KINDS:
        definition = load_definition(kind)
        assert definition.title == f"{KIND_NAMES[kind]} intake"
        fields = [f for s in definition.sections for f in s.fields]
        kind_field = next(f for f in fields if f.id == "matter.kind")
        assert {o.value: o.label for o in kind_field.options} == KIND_NAMES
        labels = [f.label.casefold() for f in fields]
        assert len(labels) == len(set(labels)), kind

    window = window_for("travel")
    assert kind_label("travel") == "Overseas travel"
    assert window.header.details.text().startswith("Overseas travel")
    row = window.intake.rows["matter.kind"]
    assert not row.editor.isEnabled()
    assert not row.optional.isVisibleTo(window.intake)
    assert row.editor.combo.currentText() == "Overseas travel"
