"""The audit hash chains: intact chains verify; an edit, a deletion or a reordering made behind
the application's back (raw SQL) is found, and the message names the broken link."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models.audit import record_event, verify_chain
from models.vault import Vault

MATTER_A = "11111111-1111-4111-8111-111111111111"
MATTER_B = "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def chained(vault_factory) -> Vault:
    """Matter A: created, answered, checked (events 1-3); matter B: created, answered; woven."""
    vault, _ = vault_factory("audit.obv")
    steps = [
        (MATTER_A, "matter.created", {"title": "Chip architect secondment"}),
        (MATTER_B, "matter.created", {"title": "Conference in Japan"}),
        (MATTER_A, "intake.saved", {"revision": 1, "answers": {"destination": "DE"}}),
        (MATTER_B, "intake.saved", {"revision": 1}),
        (MATTER_A, "checklist.decided", {"item": "EXP-1", "status": "done"}),
    ]
    with vault.session() as session:
        for n, (matter, action, details) in enumerate(steps):
            record_event(
                session,
                actor="counsel",
                action=action,
                entity="matter",
                entity_id=matter,
                matter_id=matter,
                details=details,
                at=f"2026-01-0{n + 1}T09:00:00.000000Z",
            )
    return vault


def _seqs(vault: Vault, matter: str) -> list[int]:
    with vault.session() as session:
        return list(
            session.execute(
                text("SELECT seq FROM audit_event WHERE matter_id = :m ORDER BY seq"), {"m": matter}
            ).scalars()
        )


def _problems(vault: Vault) -> list[str]:
    with vault.session() as session:
        return verify_chain(session).problems


def test_intact_chains_verify(chained: Vault) -> None:
    with chained.session() as session:
        report = verify_chain(session)
        assert report.ok and report.events == 5
        assert verify_chain(session, MATTER_A).events == 3
    assert chained.check().ok


def test_an_edited_detail_is_found(chained: Vault) -> None:
    middle = _seqs(chained, MATTER_A)[1]
    with chained.session() as session:
        session.execute(
            text("UPDATE audit_event SET details = :d WHERE seq = :s"),
            {"d": '{"answers":{"destination":"FR"},"revision":1}', "s": middle},
        )
    problems = _problems(chained)
    assert problems == [
        f"matter {MATTER_A}: event 2 (intake.saved at 2026-01-03T09:00:00.000000Z): "
        "its content was changed after it was recorded"
    ]
    report = chained.check()
    assert not report.ok and report.problems == problems


def test_details_edited_into_non_json_are_found_not_a_crash(chained: Vault) -> None:
    middle = _seqs(chained, MATTER_A)[1]
    with chained.session() as session:
        session.execute(
            text("UPDATE audit_event SET details = 'not json' WHERE seq = :s"), {"s": middle}
        )
    [problem] = _problems(chained)
    assert problem.startswith(f"matter {MATTER_A}: event 2 (intake.saved")
    assert "changed" in problem


def test_an_edited_actor_or_time_is_found(chained: Vault) -> None:
    first = _seqs(chained, MATTER_B)[0]
    with chained.session() as session:
        session.execute(text("UPDATE audit_event SET actor = 'someone else' WHERE seq = :s"),
                        {"s": first})
    [problem] = _problems(chained)
    assert problem.startswith(f"matter {MATTER_B}: event 1 (matter.created")


def test_a_deleted_middle_event_is_found(chained: Vault) -> None:
    middle = _seqs(chained, MATTER_A)[1]
    with chained.session() as session:
        session.execute(text("DELETE FROM audit_event WHERE seq = :s"), {"s": middle})
    assert _problems(chained) == [
        f"matter {MATTER_A}: event 2 (checklist.decided at 2026-01-05T09:00:00.000000Z): "
        "broken link, an event before it was removed, changed or reordered"
    ]


def test_a_deleted_last_event_is_found(chained: Vault) -> None:
    last = _seqs(chained, MATTER_A)[-1]
    with chained.session() as session:
        session.execute(text("DELETE FROM audit_event WHERE seq = :s"), {"s": last})
    [problem] = _problems(chained)
    assert problem.startswith(
        f"matter {MATTER_A}: broken link after event 2 (intake.saved at 2026-01-03T09:00:00"
    )
    assert "records 3 events, 2 remain" in problem


def test_a_deleted_chain_head_is_found(chained: Vault) -> None:
    with chained.session() as session:
        session.execute(text("DELETE FROM audit_head WHERE chain = :c"), {"c": MATTER_B})
    assert _problems(chained) == [f"matter {MATTER_B}: the chain head is missing "
                                  "(it was removed behind the app)"]


def test_a_whole_chain_deleted_is_found(chained: Vault) -> None:
    with chained.session() as session:
        session.execute(text("DELETE FROM audit_event WHERE matter_id = :m"), {"m": MATTER_B})
    [problem] = _problems(chained)
    assert problem.startswith(f"matter {MATTER_B}: broken link after no event")


def test_two_swapped_events_are_found(chained: Vault) -> None:
    first, second, _ = _seqs(chained, MATTER_A)
    with chained.session() as session:
        session.execute(text("UPDATE audit_event SET seq = -1 WHERE seq = :a"), {"a": first})
        session.execute(text("UPDATE audit_event SET seq = :a WHERE seq = :b"),
                        {"a": first, "b": second})
        session.execute(text("UPDATE audit_event SET seq = :b WHERE seq = -1"), {"b": second})
    assert _problems(chained) == [
        f"matter {MATTER_A}: event 1 (intake.saved at 2026-01-03T09:00:00.000000Z): "
        "broken link, an event before it was removed, changed or reordered"
    ]


def test_new_events_after_verification_continue_the_chain(chained: Vault) -> None:
    with chained.session() as session:
        record_event(session, actor="counsel", action="memo.signed", entity="memo",
                     entity_id="x", matter_id=MATTER_A, details={"version": 1})
        record_event(session, actor="counsel", action="settings.changed", entity="setting",
                     entity_id="organisation", details={})
        report = verify_chain(session)
    assert report.ok and report.events == 7
