"""The people register (issue 15) on a real vault with the real review engine: linking a matter
to a person, the duplicate offer (never a silent merge), carried-over facts, the tier history,
access confirmations, the register's views and their CSV and PDF exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

import pytest
from casework_support import TODAY, scenario
from pypdf import PdfReader
from sqlalchemy import select

from casework.people import PeopleInputError, name_key
from casework.workspace import Workspace
from models.entities import AuditEvent, Person

ACTOR = "Counsel Li"


@pytest.fixture
def workspace(vault_factory: Any) -> Workspace:
    vault, _recovery = vault_factory()
    return Workspace(vault, ACTOR)


def _answers(prefix: str, **changes: Any) -> dict[str, Any]:
    answers = dict(scenario(prefix)["answers"])
    answers.update(changes)
    return {k: v for k, v in answers.items() if v is not None}


def _chen(workspace: Workspace, **kw: Any) -> Any:
    """陈思远, head of pre-training, leaving for a US lab (tier 1, key position, 24-month
    non-compete from 15 January 2027)."""
    return workspace.create_matter_for(
        kind="departure", answers=_answers("02"), today=TODAY, **kw
    ).value


def _people(workspace: Workspace) -> list[Person]:
    with workspace.vault.session() as session:
        return list(session.execute(select(Person)).scalars())


def _actions(workspace: Workspace) -> list[str]:
    with workspace.vault.session() as session:
        return list(session.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars())


def test_a_matter_created_from_an_intake_makes_a_linked_person_with_its_standing_facts(
    workspace: Workspace,
) -> None:
    matter = _chen(workspace, employee_number="E-1024")
    assert matter.person_id is not None
    record = workspace.person("E-1024")
    assert (record.name, record.role, record.key_position) == ("陈思远", "training_lead", "yes")
    assert record.title == "Head of Pre-training" and record.nationality == "CN"
    assert record.secrets_level == "none"
    assert record.noncompete_until == "2029-01-15"  # last day + 24 months
    assert record.tier == 1
    assert [m.reference for m in record.matters] == [matter.reference]
    assert record.access is not None and record.access.source == "intake"
    assert record.access.assets["access.model_weights"] == "yes"
    assert record.access.assets["access.chip_design"] == "no"
    assert record.access.confirmed_by == ACTOR and record.access.reference == matter.reference
    assert {"person.create", "person.link"} <= set(_actions(workspace))


def test_an_existing_matter_is_unlinked_until_counsel_link_it(workspace: Workspace) -> None:
    plain = workspace.create_matter(kind="travel", answers=_answers("04"), today=TODAY).value
    assert plain.person_id is None and workspace.people_register() == []
    person_id = workspace.link_person(plain.reference, name_zh="王立群").value
    assert workspace.matter(plain.reference).person_id == person_id
    assert workspace.person(person_id).matters[0].reference == plain.reference


def test_likely_duplicates_are_offered_by_name_chinese_name_and_identifier_never_merged(
    workspace: Workspace,
) -> None:
    first = _chen(workspace, employee_number="E-1024")
    first_person = first.person_id
    # The same name spaced differently, in full width, is offered.
    offered = workspace.possible_duplicates("陈 思远")
    assert [(c.id, c.reasons) for c in offered] == [(first_person, ["name"])]
    assert offered[0].references == [first.reference]
    # A romanised name with the Chinese name given, and the employee number, are offered too.
    by_zh = workspace.possible_duplicates("Chen Siyuan", name_zh="陈思远")
    assert [c.id for c in by_zh] == [first_person]
    by_number = workspace.possible_duplicates("Someone Else", employee_number="E-1024")
    assert [(c.id, c.reasons) for c in by_number] == [(first_person, ["identifier"])]
    assert workspace.possible_duplicates("Zhang Wei") == []
    # Counsel create a second entry anyway: both stay until counsel merge them.
    second = workspace.create_matter_for(
        kind="travel", answers=_answers("10", **{"person.name": "陈思远"}), today=TODAY
    ).value
    assert second.person_id != first_person
    assert len(_people(workspace)) == 2
    assert "person.merge" not in _actions(workspace)
    workspace.merge_people(first_person, second.person_id)
    (kept,) = _people(workspace)
    assert kept.id == first_person and kept.employee_number == "E-1024"
    assert [m.reference for m in workspace.person(first_person).matters] == [
        second.reference, first.reference
    ]
    assert workspace.matter(second.reference).person_id == first_person
    assert "person.merge" in _actions(workspace)
    with pytest.raises(PeopleInputError):
        workspace.merge_people(first_person, first_person)


def test_name_key_folds_order_case_width_and_spacing() -> None:
    assert name_key("Chen, Siyuan") == name_key("siyuan CHEN") == name_key("Ｃｈｅｎ Siyuan")
    assert name_key("陈 思远") == name_key("陈思远") != name_key("陈思")


def test_new_matter_for_the_person_carries_standing_facts_marked_to_confirm(
    workspace: Workspace,
) -> None:
    first = _chen(workspace)
    done = workspace.new_matter_for_person(first.person_id, "travel", today=TODAY)
    matter = done.value
    assert matter.kind == "travel" and matter.person_id == first.person_id
    answers = workspace.latest_intake(matter.reference).answers
    assert answers["person.name"] == "陈思远"
    assert answers["person.role"] == "training_lead"
    assert answers["person.key_position"] == "yes"
    assert answers["access.model_weights"] == "yes"
    assert answers["secrets.level"] == "none"
    assert "departure.last_day" not in answers  # a fact of the move, not of the person
    carried = workspace.carried_over_facts(matter.reference)
    assert {"person.role", "person.key_position", "access.model_weights", "secrets.level"} <= set(
        carried
    )
    assert "person.name" not in carried
    # A fact counsel change is answered, no longer carried; one they confirm is no longer marked.
    workspace.save_intake(matter.reference, {**answers, "person.role": "technical_executive"},
                          today=TODAY)
    assert "person.role" not in workspace.carried_over_facts(matter.reference)
    assert workspace.confirm_carried_over(matter.reference, ["secrets.level"]).value == [
        "secrets.level"
    ]
    left = workspace.carried_over_facts(matter.reference)
    assert "secrets.level" not in left and "access.model_weights" in left
    assert "intake.confirm_carried" in _actions(workspace)
    with pytest.raises(PeopleInputError):
        workspace.new_matter_for_person(first.person_id, "collaboration")


def test_tier_history_after_two_matters_and_standing_facts_follow_the_latest_intake(
    workspace: Workspace,
) -> None:
    first = _chen(workspace)
    second = workspace.new_matter_for_person(first.person_id, "travel", today=TODAY).value
    answers = dict(workspace.latest_intake(second.reference).answers)
    # The person has moved to a non-technical role with no access: tier 3 on the new matter.
    answers.update({
        "person.role": "non_technical", "person.key_position": "no",
        **{a: "no" for a in answers if a.startswith("access.")},
    })
    workspace.save_intake(second.reference, answers, today=TODAY)
    record = workspace.person(first.person_id)
    tiers = {e.reference: e.tier for e in record.tier_history}
    assert tiers[first.reference] == 1
    assert tiers[second.reference] == workspace.matter(second.reference).tier
    assert len(record.tier_history) == 2
    assert record.tier == workspace.matter(second.reference).tier
    assert record.role == "non_technical" and record.key_position == "no"
    assert record.access is not None and record.access.assets["access.model_weights"] == "no"
    # The non-compete from the departure is kept: the travel intake does not ask about it.
    assert record.noncompete_until == "2029-01-15"


def test_confirm_access_records_a_fresh_confirmation_without_a_new_matter(
    workspace: Workspace,
) -> None:
    first = _chen(workspace)
    before = workspace.person(first.person_id).access
    assert before is not None
    workspace.confirm_access(first.person_id)
    after = workspace.person(first.person_id)
    assert after.access is not None and after.access.source == "confirmed"
    assert after.access.assets == before.assets
    assert after.access.confirmed_at > before.confirmed_at
    assert len(after.matters) == 1 and workspace.count_matters() == 1
    changed = {**before.assets, "access.model_weights": "no"}
    workspace.confirm_access(first.person_id, changed)
    assert workspace.person(first.person_id).access.assets["access.model_weights"] == "no"
    with pytest.raises(PeopleInputError):
        workspace.confirm_access(first.person_id, {"access.model_weights": "maybe"})
    assert "person.confirm_access" in _actions(workspace)


def _register_fixture(workspace: Workspace) -> dict[str, str]:
    chen = _chen(workspace)  # tier 1, key position, non-compete to 2029-01-15
    wang = workspace.create_matter_for(  # tier 1, secrets; confidentiality period to 2027-06-30
        kind="travel", today=TODAY,
        answers=_answers("04", **{"secrets.declass_until": "2027-06-30"}),
    ).value
    dev = workspace.create_matter_for(kind="travel", answers=_answers("01"), today=TODAY).value
    return {"chen": chen.person_id, "wang": wang.person_id, "dev": dev.person_id,
            "dev_ref": dev.reference}


def test_each_register_view(workspace: Workspace) -> None:
    ids = _register_fixture(workspace)
    names = {ids["chen"]: "陈思远", ids["wang"]: "王立群"}

    def view(name: str, day: date) -> set[str]:
        return {names.get(r.id, "dev") for r in workspace.people_register(name, today=day)}

    dev_tier = workspace.matter(ids["dev_ref"]).tier
    assert dev_tier is not None and dev_tier >= 2
    assert view("tier1", TODAY) == {"陈思远", "王立群"}
    assert view("access_stale", TODAY) == set()  # all confirmed today
    later = date(2027, 7, 1)
    expected_stale = {"陈思远", "王立群"} | ({"dev"} if dev_tier == 2 else set())
    assert view("access_stale", later) == expected_stale
    assert view("open_matter", TODAY) == {"陈思远", "王立群", "dev"}
    assert view("restricted_period", TODAY) == {"陈思远", "王立群"}
    assert view("restricted_period", date(2027, 7, 1)) == {"陈思远"}  # 脱密期 over
    assert view("key_unreviewed", TODAY) == set()
    assert view("key_unreviewed", date(2028, 1, 1)) == {"陈思远"}
    # Confirming access counts as a review: the key position leaves the view.
    workspace.confirm_access(ids["chen"])
    assert "陈思远" not in {r.name for r in workspace.people_register("key_unreviewed")}
    # Archiving Wang's only matter takes Wang out of the open-matter view.
    (wang_ref,) = workspace.person(ids["wang"]).matters
    workspace.set_status(wang_ref.reference, "archived")
    assert view("open_matter", TODAY) == {"陈思远", "dev"}
    with pytest.raises(PeopleInputError):
        workspace.people_register("everyone")
    assert {r.name for r in workspace.people_register(tier=1)} == {"陈思远", "王立群"}


def test_register_csv_and_pdf_hold_the_names_including_chinese(workspace: Workspace) -> None:
    _register_fixture(workspace)
    workspace.update_settings(organisation="Lanting Intelligence Co., Ltd.")
    rows = list(csv.reader(io.StringIO(workspace.register_csv("tier1", today=TODAY))))
    assert rows[0][0] == "name"
    assert sorted(r[0] for r in rows[1:]) == ["王立群", "陈思远"]
    chen = next(r for r in rows if r[0] == "陈思远")
    assert chen[2] == "1" and chen[3] == "yes" and chen[5] == "2029-01-15"
    for language in ("en", "zh_CN"):
        pdf = workspace.register_pdf("tier1", today=TODAY, language=language)
        text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
        flat = "".join(text.split())
        assert "陈思远" in flat and "王立群" in flat
        assert "2029-01-15" in flat
        assert ("Tier-1people" if language == "en" else "一级人员") in flat
        if language == "zh_CN":  # the window's and the glossary's word for a tier
            assert "层级" in flat and "等级" not in flat
            assert "第1页，共1页" in flat and "Page" not in flat  # the footer speaks Chinese too
        else:
            assert "Page1of1" in flat


def test_register_row_json_keeps_codes(workspace: Workspace) -> None:
    ids = _register_fixture(workspace)
    (row,) = [r for r in workspace.people_register("tier1") if r.id == ids["chen"]]
    data = json.loads(json.dumps(row.as_json()))
    assert data["key_position"] == "yes" and data["tier"] == 1


def test_the_printed_register_names_the_organisation_on_the_vaults_page_size(
    workspace: Workspace,
) -> None:
    _register_fixture(workspace)
    workspace.update_settings(organisation="Lanting Intelligence Co., Ltd.", page_size="Letter")
    # landscape: Letter, then A4
    for page_size, expected in ((None, (792, 612)), ("A4", (842, 595))):
        pages = PdfReader(io.BytesIO(
            workspace.register_pdf("tier1", today=TODAY, page_size=page_size)
        )).pages
        text = "".join("".join((p.extract_text() or "").split()) for p in pages)
        assert "LantingIntelligenceCo.,Ltd." in text
        assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
                for p in pages} == {expected}


def test_a_matter_made_for_a_person_refreshes_the_list_the_matter_and_the_register(
    workspace: Workspace,
) -> None:
    """Whether made from an intake (create_matter_for) or from the person's standing facts
    (new_matter_for_person), every view the new, assessed, linked matter shows in is told."""
    from casework.changes import Aspect

    first = workspace.create_matter_for(kind="departure", answers=_answers("02"), today=TODAY)
    second = workspace.new_matter_for_person(first.value.person_id, "travel", today=TODAY)
    for done in (first, second):
        assert done.changes.matters == {done.value.id}
        assert done.changes.aspects >= {
            Aspect.MATTER_LIST, Aspect.MATTER, Aspect.INTAKE, Aspect.PEOPLE, Aspect.CHECKLIST,
            Aspect.RECOMMENDATION,
        }


def test_a_register_export_lands_whole_is_audited_and_a_failure_writes_nothing(
    workspace: Workspace, tmp_path: Any
) -> None:
    from forms.errors import OutboundError

    _register_fixture(workspace)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "tier1.csv"
    assert workspace.export_register("tier1", target, fmt="csv", today=TODAY).value == target
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert sorted(r[0] for r in rows[1:]) == ["王立群", "陈思远"]
    with workspace.vault.session() as session:
        event = session.execute(
            select(AuditEvent).where(AuditEvent.action == "person.register_export")
        ).scalar_one()
        assert json.loads(event.details)["people"] == 2

    folder = out / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(OutboundError, match="is a folder"):
        workspace.export_register("tier1", folder, fmt="pdf", today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == ["a-folder.pdf", "tier1.csv"]
