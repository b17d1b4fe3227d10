"""Matters with the real review engine: creation, references, intake validation, re-assessment
merged with counsel's work, overrides, status transitions and the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from casework_support import (
    SCENARIO_PATHS,
    TODAY,
    create_from,
    event_count,
    load,
    revision_count,
    scenario,
)
from sqlalchemy import select

from casework.matters import (
    TRANSITIONS,
    MatterInputError,
    get_matter,
    latest_intake,
    override_recommendation,
    save_intake,
    set_item_status,
    set_status,
)
from casework.settings import SettingsError, update_settings
from forms.errors import AnswerError
from models.audit import verify_chain
from models.entities import AuditEvent
from models.errors import InvalidTransitionError


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _recovery = vault_factory()
    return v


def _items(matter: Any) -> dict[str, Any]:
    return {i.rule_id: i for i in matter.checklist_items}


@pytest.mark.parametrize("path", SCENARIO_PATHS, ids=lambda p: p.stem)
def test_create_matter_from_scenario(vault: Any, path: Path) -> None:
    data = load(path)
    with vault.session() as session:
        matter = create_from(session, data)
        ref = matter.reference
    with vault.session() as session:
        matter = get_matter(session, ref)
        record = latest_intake(session, matter.id)
        assert record is not None and record.revision == 1
        assert revision_count(session, matter.id) == 1
        assert record.answers["person.name"] == data["answers"]["person.name"]
        assert sorted(i.rule_id for i in matter.checklist_items) == sorted(data["expect"]["rules"])
        assert all(i.status == "open" and not i.is_new for i in matter.checklist_items)
        assert matter.tier == data["expect"]["tier"]
        assert matter.recommendation == data["expect"]["recommendation"]
        assert matter.status == "intake"
        assert matter.person_name == data["answers"]["person.name"]
        assert ref == "OB-2026-0001"
        assert verify_chain(session).ok


def test_references_are_sequential_unique_and_per_prefix(vault: Any) -> None:
    data = scenario("01")
    with vault.session() as session:
        refs = [create_from(session, data).reference for _ in range(3)]
        assert refs == ["OB-2026-0001", "OB-2026-0002", "OB-2026-0003"]
        settings = update_settings(session, "counsel", reference_prefix="lx")
        assert settings["reference_prefix"] == "LX"
        assert create_from(session, data).reference == "LX-2026-0001"
        assert create_from(session, data).reference == "LX-2026-0002"
        update_settings(session, "counsel", reference_prefix="OB")
        assert create_from(session, data).reference == "OB-2026-0004"
        with pytest.raises(SettingsError, match="prefix"):
            update_settings(session, "counsel", reference_prefix="1-bad")


@pytest.mark.parametrize(
    ("fact", "value"),
    [
        ("person.shoe_size", 44),  # unknown fact id
        ("destination.country", "XX"),  # not a country
        ("departure.last_day", "2026-13-40"),  # impossible date
        ("person.role", "astronaut"),  # outside the choice list
        ("employment.noncompete_months", "many"),  # wrong type
        ("employment.noncompete", ["yes"]),  # wrong type for yes/no
    ],
)
def test_invalid_answers_name_the_fact_and_store_nothing(vault: Any, fact: str, value: Any) -> None:
    data = scenario("02")
    with vault.session() as session:
        matter = create_from(session, data)
        before = (revision_count(session, matter.id), event_count(session))
        answers = {**data["answers"], fact: value}
        with pytest.raises(AnswerError) as info:
            save_intake(session, matter.id, answers, actor="counsel", today=TODAY)
        assert info.value.fact_id == fact
        assert fact in str(info.value)
        # caught inside the session: it commits, so anything written would stay
        matter_id = matter.id
    with vault.session() as session:
        assert (revision_count(session, matter_id), event_count(session)) == before
        matter = get_matter(session, matter_id)
        assert matter.tier == data["expect"]["tier"]
        assert verify_chain(session).ok


def test_invalid_answers_on_create_store_no_matter(vault: Any) -> None:
    data = scenario("02")
    with vault.session() as session:
        before = event_count(session)
        with pytest.raises(AnswerError, match=r"destination\.country"):
            create_from(
                session, {**data, "answers": {**data["answers"], "destination.country": "ZZ"}}
            )
        assert event_count(session) == before
        assert create_from(session, data).reference == "OB-2026-0001"


def test_reassessment_keeps_counsel_work_and_shows_new_and_dropped_items(vault: Any) -> None:
    data = scenario("07")  # NONCOMPETE-LENGTH, NONCOMPETE-PAY, TRADE-SECRET
    with vault.session() as session:
        matter = create_from(session, data)
        items = _items(matter)
        set_item_status(
            session,
            items["TRADE-SECRET"].id,
            status="done",
            note="Reaffirmation signed 3 Nov.",
            actor="Margaret Lin",
        )
        set_item_status(
            session,
            items["NONCOMPETE-PAY"].id,
            status="escalated",
            note="HR to confirm the monthly payment.",
            actor="Margaret Lin",
        )
        events = event_count(session)
        changed = {
            **data["answers"],
            "employment.noncompete_compensation": "yes",  # drops NONCOMPETE-PAY
            "destination.country": "US",
            "departure.next_step": "overseas_employer",
            "tech.listed_technology": "unknown",  # with going abroad: EC-CLASSIFY
        }
        record = save_intake(session, matter.id, changed, actor="Margaret Lin", today=TODAY)
        assert record.revision == 2
        assert event_count(session) > events
        items = _items(matter)

        kept = items["TRADE-SECRET"]
        assert (kept.status, kept.note, kept.decided_by) == (
            "done",
            "Reaffirmation signed 3 Nov.",
            "Margaret Lin",
        )
        assert not kept.is_new and not kept.no_longer_applies

        new = items["EC-CLASSIFY"]
        assert new.status == "open" and new.is_new and not new.no_longer_applies

        dropped = items["NONCOMPETE-PAY"]
        assert dropped.no_longer_applies and not dropped.is_new
        assert dropped.status == "escalated"
        assert dropped.note == "HR to confirm the monthly payment."

        # answering as before brings the item back, with counsel's work intact
        back = {**changed, "employment.noncompete_compensation": "no"}
        save_intake(session, matter.id, back, actor="Margaret Lin", today=TODAY)
        item = _items(matter)["NONCOMPETE-PAY"]
        assert not item.no_longer_applies
        assert item.is_new  # shown as new again
        assert (item.status, item.note) == ("escalated", "HR to confirm the monthly payment.")
        assert revision_count(session, matter.id) == 3

        # saving the same answers again stores no new revision
        save_intake(session, matter.id, back, actor="Margaret Lin", today=TODAY)
        assert revision_count(session, matter.id) == 3
        assert verify_chain(session).ok
        actions = [
            e.action
            for e in session.execute(
                select(AuditEvent).where(AuditEvent.matter_id == matter.id)
            ).scalars()
        ]
        assert actions.count("checklist.decide") == 2
        assert actions.count("intake.save") == 3
        # the scenario leaves required facts unanswered: creating the matter records no
        # provisional outcome; each of the two saves changed the rule set and records one
        assert actions.count("matter.assess") == 2


def test_item_status_rejects_unknown_status(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("02"))
        item = matter.checklist_items[0]
        with pytest.raises(MatterInputError, match="unknown item status 'finished'"):
            set_item_status(session, item.id, status="finished", note="", actor="c")
        assert item.status == "open"


def test_override_needs_a_reason_and_records_author_and_time(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("05"))
        before = event_count(session)
        for reason in ("", "   \n"):
            with pytest.raises(MatterInputError, match="reason"):
                override_recommendation(
                    session, matter.id, recommendation="proceed", reason=reason, actor="c"
                )
        with pytest.raises(MatterInputError, match="unknown recommendation"):
            override_recommendation(
                session, matter.id, recommendation="maybe", reason="x", actor="c"
            )
        assert event_count(session) == before
        assert matter.override_recommendation is None

        override_recommendation(
            session,
            matter.id,
            recommendation="hold_pending_approval",
            reason="  The partner's data-protection audit is still outstanding.  ",
            actor="Margaret Lin",
        )
        assert matter.override_recommendation == "hold_pending_approval"
        assert matter.override_reason == "The partner's data-protection audit is still outstanding."
        assert matter.override_by == "Margaret Lin"
        assert matter.override_at and matter.override_at.startswith(str(TODAY.year)[:2])
        assert matter.recommendation == "proceed_with_conditions"  # the computed one is kept
        assert event_count(session) == before + 1
        assert verify_chain(session).ok


def _sign_a_memo(session: Any, matter_id: str) -> None:
    """A draft and a signature through the memo store (which moves the status itself)."""
    from casework.counsel import add_counsel
    from casework.memo_store import save_draft, sign_version

    version = save_draft(session, matter_id, content={"v": 1}, sha256="ab" * 32, actor="c")
    counsel = add_counsel(session, name="Signer", actor="c")
    sign_version(session, version, counsel=counsel, capacity="prepared",
                 signed_at="2026-11-01T00:00:00Z", fingerprint=version.sha256, pdf=b"%PDF",
                 pades=False, actor="c")


def test_memo_statuses_need_a_memo(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        set_status(session, matter.id, "review", actor="c")
        with pytest.raises(InvalidTransitionError, match="draft the memo first"):
            set_status(session, matter.id, "memo_draft", actor="c")
        assert matter.status == "review"


def test_allowed_status_transitions_work(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        _sign_a_memo(session, matter.id)
        assert matter.status == "signed"
        path = ["closed", "archived", "closed", "signed"]
        path += ["memo_draft", "review", "intake", "archived"]
        for status in path:
            assert status in TRANSITIONS[matter.status]
            before = event_count(session)
            set_status(session, matter.id, status, actor="c")
            assert matter.status == status
            assert event_count(session) == before + 1
        assert verify_chain(session).ok


@pytest.mark.parametrize(
    ("path", "forbidden"),
    [
        ([], "signed"),
        ([], "closed"),
        (["review"], "signed"),
        (["archived", "closed"], "intake"),
        (["archived"], "review"),
        ([], "finished"),
    ],
)
def test_forbidden_status_transitions_raise(vault: Any, path: list[str], forbidden: str) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        for status in path:
            set_status(session, matter.id, status, actor="c")
        current = matter.status
        before = event_count(session)
        with pytest.raises(InvalidTransitionError) as info:
            set_status(session, matter.id, forbidden, actor="c")
        message = str(info.value)
        assert f"'{current}'" in message and f"'{forbidden}'" in message
        assert "allowed:" in message
        for allowed in TRANSITIONS[current]:
            assert allowed in message
        assert matter.status == current
        assert event_count(session) == before
