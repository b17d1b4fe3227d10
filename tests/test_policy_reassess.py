"""Versioned assessments: new matters use policy 2 with structured actions; a policy-1 matter
keeps its assessment until counsel re-assesses it under policy 2, which shows the changes first
and then merges them, keeping decisions and notes and leaving memos untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select

from casework.matters import (
    create_matter,
    get_matter,
    latest_intake,
    reassess,
    save_intake,
    set_item_status,
)
from casework.memo_store import save_draft
from casework.policy_change import (
    PolicyChangeError,
    apply_policy_change,
    preview_policy_change,
)
from forms.definitions import load_definition
from models.audit import verify_chain
from models.entities import AuditEvent, ChecklistItem, MemoVersion

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 30)


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _recovery = vault_factory()
    return v


def _scenario(name: str) -> dict[str, Any]:
    return yaml.safe_load((SCENARIOS / name).read_text(encoding="utf-8"))


def _v1_matter(session: Any, name: str) -> Any:
    """A matter as a vault from before policy 2 holds it: intake version 1, assessed under 1."""
    data = _scenario(name)
    v1_facts = set(load_definition(data["kind"], 1).fact_ids)
    answers = {k: v for k, v in data["answers"].items() if k in v1_facts}
    matter = create_matter(session, kind=data["kind"], actor="tester", answers=answers,
                           today=TODAY)
    record = latest_intake(session, matter.id)
    record.form_version = 1
    record.form_id = load_definition(data["kind"], 1).id
    for item in list(matter.checklist_items):
        session.delete(item)
    session.flush()
    matter.policy_version = 1
    reassess(session, matter, actor="tester", today=TODAY, first=True)
    session.flush()
    return matter


def test_new_matter_uses_policy_2_with_owners_and_due_dates(vault: Any) -> None:
    data = _scenario("13-departure-without-confidentiality-agreement.yaml")
    with vault.session() as session:
        matter = create_matter(session, kind=data["kind"], actor="t", answers=data["answers"])
        assert matter.policy_version == 2
        assert latest_intake(session, matter.id).form_version == 2
        items = {i.rule_id: i for i in matter.checklist_items}
        assert sorted(items) == sorted(data["expect"]["rules"])
        for rule, expected in data["expect"]["actions"].items():
            got = [{"owner": a["owner"], "due": a["due"]} for a in items[rule].action_items]
            assert got == expected
            assert items[rule].actions == [a["text"] for a in items[rule].action_items]


def test_v1_matter_keeps_v1_until_reassessed(vault: Any) -> None:
    with vault.session() as session:
        matter = _v1_matter(session, "08-entity-listed-partner.yaml")
        ref = matter.reference
        record = latest_intake(session, matter.id)
        save_intake(session, matter.id, {**record.answers, "person.title": "Lead"}, actor="t",
                    today=TODAY)  # an edit re-assesses under the matter's own policy
    with vault.session() as session:
        matter = get_matter(session, ref)
        assert matter.policy_version == 1
        assert latest_intake(session, matter.id).form_version == 1
        assert "US-ENTITY" in {i.rule_id for i in matter.checklist_items}
        assert all(i.rule_version == 1 and not i.action_items for i in matter.checklist_items)


def test_reassessing_a_v1_matter_under_v2(vault: Any) -> None:
    with vault.session() as session:
        matter = _v1_matter(session, "08-entity-listed-partner.yaml")
        ref, matter_id = matter.reference, matter.id
        items = {i.rule_id: i for i in matter.checklist_items}
        set_item_status(session, items["US-ENTITY-BLOCK"].id, status="escalated",
                        note="Sent to US counsel 28 Nov", actor="counsel")
        set_item_status(session, items["US-ENTITY"].id, status="done",
                        note="Screened: listed", actor="counsel")
        memo = save_draft(session, matter_id, content={"title": "memo"}, sha256="ab" * 32,
                          actor="counsel")
        memo.state, memo.pdf = "signed", b"%PDF-1.7 signed bytes"
        session.flush()
        memo_before = (memo.id, memo.state, memo.content, memo.sha256, memo.pdf)
        revisions_before = latest_intake(session, matter_id).revision

    with vault.session() as session:
        preview = preview_policy_change(session, matter_id, today=TODAY)
        assert (preview.from_version, preview.to_version) == (1, 2)
        assert sorted(preview.new) == ["US-DEEMED-REEXPORT", "US-ENTITY-LISTED"]
        assert preview.no_longer_applies == ["US-ENTITY"]
        assert sorted(preview.changed) == ["US-ENTITY-BLOCK", "US-REEXPORT"]
        assert preview.recommendation_before == preview.recommendation_after == "do_not_proceed"
        assert "person.us_person" in preview.missing and "company.us_lists" in preview.missing
        matter = get_matter(session, ref)
        assert matter.policy_version == 1  # a preview writes nothing
        assert latest_intake(session, matter_id).revision == revisions_before

    with vault.session() as session:
        apply_policy_change(session, matter_id, actor="counsel", today=TODAY)

    with vault.session() as session:
        matter = get_matter(session, ref)
        assert matter.policy_version == 2
        record = latest_intake(session, matter_id)
        assert record.form_version == 2 and record.revision == revisions_before + 1
        items = {i.rule_id: i for i in matter.checklist_items}
        block = items["US-ENTITY-BLOCK"]
        assert (block.status, block.note) == ("escalated", "Sent to US counsel 28 Nov")
        assert block.rule_version == 2 and not block.is_new
        assert block.action_items and all(a["owner"] for a in block.action_items)
        assert "US-EAR-744-16" in block.basis_ids
        assert items["US-ENTITY-LISTED"].is_new and items["US-ENTITY-LISTED"].status == "open"
        dropped = items["US-ENTITY"]
        assert dropped.no_longer_applies and (dropped.status, dropped.note) == (
            "done", "Screened: listed")
        memo = session.execute(
            select(MemoVersion).where(MemoVersion.matter_id == matter_id)
        ).scalar_one()
        assert (memo.id, memo.state, memo.content, memo.sha256, memo.pdf) == memo_before
        events = session.execute(
            select(AuditEvent).where(AuditEvent.matter_id == matter_id,
                                     AuditEvent.action == "matter.policy_change")
        ).scalars().all()
        assert len(events) == 1
        details = events[0].details if isinstance(events[0].details, dict) else json.loads(
            events[0].details)
        assert details["policy_version"] == {"before": 1, "after": 2}
        assert details["no_longer_applies"] == ["US-ENTITY"]
        assert verify_chain(session).ok

    with vault.session() as session, pytest.raises(PolicyChangeError, match="already"):
        apply_policy_change(session, matter_id, actor="counsel", today=TODAY)
    with vault.session() as session, pytest.raises(PolicyChangeError, match="older policy"):
        preview_policy_change(session, matter_id, policy_version=1)
    with vault.session() as session, pytest.raises(PolicyChangeError, match="no review policy"):
        preview_policy_change(session, matter_id, policy_version=7)


def test_no_longer_applying_items_do_not_count_after_reassessment(vault: Any) -> None:
    with vault.session() as session:
        matter = _v1_matter(session, "11-developer-conference-during-listing.yaml")
        assert matter.recommendation == "hold_pending_approval"  # v1 held the trip
        change = apply_policy_change(session, matter.id, actor="counsel", today=TODAY)
        assert change.no_longer_applies == ["LISTING-CYBER"]
        assert change.recommendation_after == "proceed"
        assert get_matter(session, matter.id).recommendation == "proceed"
        items = session.execute(
            select(ChecklistItem).where(ChecklistItem.matter_id == matter.id)
        ).scalars().all()
        assert [i.no_longer_applies for i in items] == [True]


def test_cli_reassess_previews_then_applies(vault_factory: Any, tmp_path: Path) -> None:
    vault, _ = vault_factory("cli.obv")
    with vault.session() as session:
        ref = _v1_matter(session, "08-entity-listed-partner.yaml").reference
    vault.lock()

    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "matter", "reassess", str(tmp_path / "cli.obv"),
             ref, "--passphrase-file", str(secret), *extra],
            capture_output=True, text=True, cwd=REPO, timeout=120,
        )

    preview = run("--json")
    assert preview.returncode == 0, preview.stderr
    shown = json.loads(preview.stdout)
    assert shown["applied"] is False and shown["no_longer_applies"] == ["US-ENTITY"]
    applied = run("--policy", "2", "--apply")
    assert applied.returncode == 0, applied.stderr
    assert "[new] " in applied.stdout and "(US-ENTITY-LISTED)" in applied.stdout
    assert "Applied." in applied.stdout
    assert "do_not_proceed" not in applied.stdout  # words, not codes
    assert "Do not proceed → Do not proceed" in applied.stdout
    bad = run("--policy", "3")
    assert bad.returncode == 2 and "--policy" in bad.stderr
    show = subprocess.run(
        [sys.executable, "-m", "desktop", "matter", "show", str(tmp_path / "cli.obv"), ref,
         "--passphrase-file", str(secret), "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert show.returncode == 0, show.stderr
    data = json.loads(show.stdout)
    assert data["policy_version"] == 2
    listed = next(i for i in data["checklist"] if i["rule"] == "US-ENTITY-LISTED")
    assert listed["actions"] and all(set(a) == {"text", "owner", "due"}
                                     for a in listed["actions"])
    assert [a["owner"] for a in listed["actions"]] == ["legal", "management"]
