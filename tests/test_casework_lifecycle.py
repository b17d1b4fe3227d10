"""A matter's life as counsel meet it: provisional assessments, coalesced autosave, titles made
from the intake and renamed, read-only closed and archived matters, the search index kept at
commit, and settings validated by name. Real vault, real engine."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from casework_support import TODAY, create_from, revision_count, scenario

from casework.listing import MatterFilter, list_matters
from casework.matters import (
    MatterReadOnlyError,
    change_status,
    clear_override,
    create_matter,
    get_matter,
    latest_intake,
    lifecycle_actions,
    override_recommendation,
    rename_matter,
    save_intake,
    set_item_status,
)
from casework.settings import SettingsError, get_settings, update_settings
from models.audit import matter_events, verify_chain
from models.errors import InvalidTransitionError


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _recovery = vault_factory()
    return v


def _actions(session: Any, matter_id: str, action: str) -> list[dict[str, Any]]:
    return [
        json.loads(e.details) for e in matter_events(session, matter_id) if e.action == action
    ]


def _found(vault: Any, text: str) -> set[str]:
    with vault.session() as session:
        rows = list_matters(session, MatterFilter(search=text, include_archived=True))
        return {row.reference for row in rows}


# ----- settings -----------------------------------------------------------------------------


def test_a_setting_without_its_own_rule_is_refused_not_taken_for_a_page_size(
    vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casework import settings

    monkeypatch.setitem(settings.DEFAULT_SETTINGS, "theme", "light")
    with vault.session() as session:
        with pytest.raises(SettingsError, match="unknown setting 'theme'"):
            update_settings(session, "counsel", theme="A4")
        assert "theme" not in {k for k, v in get_settings(session).items() if v == "A4"}
        assert update_settings(session, "counsel", page_size="Letter")["page_size"] == "Letter"
        with pytest.raises(SettingsError, match="page size"):
            update_settings(session, "counsel", page_size="A3")


# ----- search index kept at commit ----------------------------------------------------------


def test_a_cleared_override_reason_is_no_longer_searchable(vault: Any) -> None:
    with vault.session() as session:
        ref = create_from(session, scenario("01")).reference
    with vault.session() as session:
        override_recommendation(
            session,
            ref,
            recommendation="do_not_proceed",
            reason="Zanzibarian partner audit failed.",
            actor="c",
        )
    assert _found(vault, "Zanzibarian") == {ref}
    with vault.session() as session:
        clear_override(session, ref, actor="c")
    assert _found(vault, "Zanzibarian") == set()


def test_any_change_a_session_commits_is_indexed_without_the_service_asking(vault: Any) -> None:
    from models.entities import ChecklistItem

    with vault.session() as session:
        matter = create_from(session, scenario("07"))
        ref = matter.reference
        item_id = matter.checklist_items[0].id
    with vault.session() as session:
        # a note written straight through the ORM, as a future service might
        session.get(ChecklistItem, item_id).note = "Quixotically archived laptop"
    assert _found(vault, "Quixotically") == {ref}


# ----- provisional assessment ---------------------------------------------------------------


def test_a_blank_matter_is_incomplete_and_records_no_outcome(vault: Any) -> None:
    with vault.session() as session:
        matter = create_matter(session, kind="departure", actor="c", today=TODAY)
        assert matter.missing_required and matter.missing_required > 0
        assert _actions(session, matter.id, "matter.assess") == []
        assert matter.tier is not None  # the computed values stay, for tools


def test_an_assessment_event_only_when_the_outcome_changes(vault: Any) -> None:
    data = scenario("07")
    with vault.session() as session:
        matter = create_from(session, data)
        before = len(_actions(session, matter.id, "matter.assess"))
        # a new purpose text changes no tier, recommendation or rule
        save_intake(
            session,
            matter.id,
            {**data["answers"], "matter.summary": "Joins a start-up."},
            actor="c",
            today=TODAY,
        )
        assert len(_actions(session, matter.id, "matter.assess")) == before
        save_intake(
            session,
            matter.id,
            {**data["answers"], "employment.noncompete_compensation": "yes"},
            actor="c",
            today=TODAY,
        )
        events = _actions(session, matter.id, "matter.assess")
        assert len(events) == before + 1
        assert events[-1]["dropped"] == ["NONCOMPETE-PAY"]
        assert events[-1]["complete"] is False


# ----- autosave coalescing ------------------------------------------------------------------


def test_autosave_amends_the_open_revision_within_the_minute(vault: Any) -> None:
    data = scenario("07")
    answers = dict(data["answers"])
    with vault.session() as session:
        matter = create_from(session, data, actor="c")
        opened = save_intake(
            session, matter.id, {**answers, "matter.summary": "J"}, actor="c", today=TODAY
        )
        assert opened.revision == 2
        start = datetime.fromisoformat(opened.saved_at).replace(tzinfo=UTC)
        for n, text in enumerate(("Jo", "Joins", "Joins a lab")):
            again = save_intake(
                session,
                matter.id,
                {**answers, "matter.summary": text},
                actor="c",
                today=TODAY,
                amend=opened.id,
                now=start + timedelta(seconds=10 * (n + 1)),
            )
            assert again.id == opened.id
        assert revision_count(session, matter.id) == 2
        assert latest_intake(session, matter.id).answers["matter.summary"] == "Joins a lab"
        assert len(_actions(session, matter.id, "intake.save")) == 2

        # a minute on, the same editing session opens a new revision
        later = save_intake(
            session,
            matter.id,
            {**answers, "matter.summary": "Joins a lab in Boston"},
            actor="c",
            today=TODAY,
            amend=opened.id,
            now=start + timedelta(seconds=61),
        )
        assert later.revision == 3
        # someone else never amends another person's revision
        other = save_intake(
            session,
            matter.id,
            {**answers, "matter.summary": "Joins a lab in Austin"},
            actor="someone else",
            today=TODAY,
            amend=later.id,
        )
        assert other.revision == 4
        assert verify_chain(session).ok


# ----- titles -------------------------------------------------------------------------------


def test_the_title_follows_the_intake_until_counsel_rename_it(vault: Any) -> None:
    with vault.session() as session:
        matter = create_matter(session, kind="departure", actor="c", today=TODAY)
        assert matter.title == "Departure: unnamed person"
        save_intake(
            session,
            matter.id,
            {"person.name": "陈思远", "destination.country": "US"},
            actor="c",
            today=TODAY,
        )
        assert matter.title == "Departure: 陈思远 → United States"
        rename_matter(session, matter.id, title="  Chen — US lab offer ", actor="Margaret Lin")
        save_intake(
            session,
            matter.id,
            {"person.name": "陈思远", "destination.country": "SG"},
            actor="c",
            today=TODAY,
        )
        assert matter.title == "Chen — US lab offer"
        (renamed,) = _actions(session, matter.id, "matter.rename")
        assert renamed == {"from": "Departure: 陈思远 → United States", "to": "Chen — US lab offer"}
    assert _found(vault, "offer") == {matter.reference}


def test_a_title_given_at_creation_is_kept(vault: Any) -> None:
    with vault.session() as session:
        matter = create_matter(
            session, kind="travel", title="Conference in Singapore", actor="c", today=TODAY
        )
        save_intake(session, matter.id, {"person.name": "Li Wei"}, actor="c", today=TODAY)
        assert matter.title == "Conference in Singapore"


# ----- closed and archived matters are read-only --------------------------------------------


def _signed_matter(session: Any) -> Any:
    from casework.counsel import add_counsel
    from casework.memo_store import save_draft, sign_version

    matter = create_from(session, scenario("07"))
    version = save_draft(session, matter.id, content={"v": 1}, sha256="ab" * 32, actor="c")
    counsel = add_counsel(session, name="Signer", actor="c")
    sign_version(
        session,
        version,
        counsel=counsel,
        capacity="prepared",
        signed_at="2026-11-01T00:00:00Z",
        fingerprint=version.sha256,
        pdf=b"%PDF",
        pades=False,
        actor="c",
    )
    assert matter.status == "signed"
    return matter


def _every_change_is_refused(session: Any, matter: Any, word: str) -> None:
    from casework.attachments import add_attachment
    from casework.memo_store import save_draft

    item = matter.checklist_items[0]
    attempts = [
        lambda: save_intake(session, matter.id, {"person.name": "X"}, actor="c", today=TODAY),
        lambda: set_item_status(session, item.id, status="done", note="", actor="c"),
        lambda: override_recommendation(
            session, matter.id, recommendation="proceed", reason="r", actor="c"
        ),
        lambda: rename_matter(session, matter.id, title="New", actor="c"),
        lambda: add_attachment(
            session, matter.id, name="a.txt", stream=io.BytesIO(b"x"), actor="c"
        ),
        lambda: save_draft(session, matter.id, content={"v": 2}, sha256="cd" * 32, actor="c"),
    ]
    for attempt in attempts:
        with pytest.raises(MatterReadOnlyError, match=f"{word} and read-only"):
            attempt()


def test_closed_and_archived_matters_refuse_changes_until_reopened(vault: Any) -> None:
    with vault.session() as session:
        matter = _signed_matter(session)
        revisions = revision_count(session, matter.id)
        assert lifecycle_actions("signed") == ("close", "archive")
        change_status(session, matter.id, "close", actor="Margaret Lin")
        assert matter.status == "closed"
        assert lifecycle_actions("closed") == ("reopen", "archive")
        _every_change_is_refused(session, matter, "closed")
        change_status(session, matter.id, "archive", actor="Margaret Lin")
        _every_change_is_refused(session, matter, "archived")
        assert lifecycle_actions("archived") == ("unarchive",)
        change_status(session, matter.id, "unarchive", actor="Margaret Lin")
        assert matter.status == "closed"  # back to where it was archived from
        change_status(session, matter.id, "reopen", actor="Margaret Lin")
        assert matter.status == "signed"
        rename_matter(session, matter.id, title="Reopened for a follow-up", actor="c")
        assert revision_count(session, matter.id) == revisions
        moves = [(d["from"], d["to"]) for d in _actions(session, matter.id, "matter.status")]
        assert moves[-4:] == [
            ("signed", "closed"),
            ("closed", "archived"),
            ("archived", "closed"),
            ("closed", "signed"),
        ]
        assert verify_chain(session).ok


def test_an_archived_intake_matter_unarchives_to_intake(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        change_status(session, matter.id, "archive", actor="c")
        with pytest.raises(InvalidTransitionError, match="not closed"):
            change_status(session, matter.id, "reopen", actor="c")
        change_status(session, matter.id, "unarchive", actor="c")
        assert get_matter(session, matter.reference).status == "intake"
        save_intake(session, matter.id, {"person.name": "Back"}, actor="c", today=TODAY)
