"""A matter's tasks travel in the case bundle (format 2.0, data/tasks.json): counsel's work on them
(done with a note and evidence, not needed, assigned, a due date that moved, an action that no
longer applies) comes back field by field in another vault and in the due view; a copy gets new
task ids and the same content; a bundle written before tasks travelled gets its tasks built on
import, audited. (Hostile task values: test_bundle_hostile_tasks.py.)"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from casework_support import scenario
from sqlalchemy import select, text
from test_bundle_support import dump_vault

from bundles import schemas
from casework import tasks as casework_tasks
from casework.due import DueFilter
from casework.workspace import Workspace
from desktop.cli import main
from forms import limits
from forms.rules import OWNERS
from models.entities import TASK_STATUSES, AuditEvent, Task

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PASSPHRASE = "correct horse battery"
LAST_DAY = date.today() + timedelta(days=60)
MOVED_LAST_DAY = LAST_DAY + timedelta(days=14)
EVIDENCE = b"Handover record, signed by both sides\n" * 100
# Every column but the matter's id and the counsel link, which are the vault's own; the kind and
# the due view flag are worked out again on import and must agree.
TRAVELLING = [c.name for c in Task.__table__.columns
              if c.name not in ("matter_id", "assignee_counsel_id")]


def _departure(workspace: Workspace) -> Any:
    answers = {**scenario("02")["answers"], "departure.last_day": LAST_DAY.isoformat()}
    return workspace.create_matter(kind="departure", answers=answers).value


def _actions(workspace: Workspace, ref: str) -> list[Task]:
    return [t for t in workspace.matter_tasks(ref) if t.entry == "action" and t.due_rule]


def _worked_on(workspace: Workspace) -> dict[str, Any]:
    """A departure whose counsel did everything a task allows: returns the matter and the ids
    of the task done with evidence, assigned to counsel, assigned to someone else, not needed,
    moved (its due date changed) and no longer applying."""
    workspace.add_counsel(name="Wang Fang", title="Senior Counsel")
    matter = _departure(workspace)
    ref = matter.reference
    # The last day moves and the non-compete is dropped: due dates change, some tasks go.
    answers = dict(workspace.latest_intake(ref).answers)  # type: ignore[union-attr]
    answers.update({"departure.last_day": MOVED_LAST_DAY.isoformat(),
                    "employment.noncompete": "no"})
    answers.pop("employment.noncompete_months", None)
    answers.pop("employment.noncompete_compensation", None)
    workspace.save_intake(ref, answers)
    moved = [t for t in _actions(workspace, ref) if t.previous_due_on and not t.no_longer_applies]
    gone = [t for t in workspace.matter_tasks(ref) if t.no_longer_applies]
    assert moved and gone, "the intake change should move due dates and drop tasks"
    actions = [t for t in _actions(workspace, ref)
               if not t.no_longer_applies and t.id != moved[0].id]
    attachment = workspace.add_attachment(
        ref, name="handover.txt", stream=io.BytesIO(EVIDENCE), media_type="text/plain"
    ).value
    done, to_counsel, to_hr, skipped = actions[:4]
    workspace.complete_task(done.id, note="Handover held; 陈思远 returned the laptop",
                            evidence_attachment_id=attachment.id)
    workspace.assign_task(to_counsel.id, "Wang Fang")
    workspace.assign_task(to_hr.id, "Zhang Min (HR)")
    workspace.task_not_needed(skipped.id, note="Already covered by the 2025 exit review")
    return {"matter": matter, "attachment": attachment.id, "done": done.id,
            "to_counsel": to_counsel.id, "to_hr": to_hr.id, "skipped": skipped.id,
            "moved": moved[0].id, "gone": gone[0].id}


def _rows(workspace: Workspace, ref: str) -> dict[str, dict[str, Any]]:
    return {t.id: {c: getattr(t, c) for c in TRAVELLING} for t in workspace.matter_tasks(ref)}


def _events(workspace: Workspace, matter_id: str) -> list[AuditEvent]:
    with workspace.vault.session() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.matter_id == matter_id)
                              .order_by(AuditEvent.seq)).scalars())


# ----- the round trip ---------------------------------------------------------------------------
def test_tasks_come_back_field_by_field_and_show_in_the_due_view(
    vault_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = Workspace(vault_factory("source.obv", PASSPHRASE)[0], "Counsel Li")
    work = _worked_on(source)
    ref = work["matter"].reference
    before = _rows(source, ref)
    out = source.export_bundle(ref, tmp_path / "case.zip").value.path
    report = source.verify_bundle(out)
    consistency = next(c for c in report.checks if c.name == "consistency")
    assert report.ok and f"{len(before)} tasks" in consistency.message

    target_vault = vault_factory("target.obv", PASSPHRASE)[0]
    target = Workspace(target_vault, "Counsel Wu")
    local_wang = target.add_counsel(name="Wang Fang").value
    imported = target.import_bundle(out).value
    assert imported.reference == ref
    after = _rows(target, ref)
    assert after == before  # every task, every field, ids included

    by_id = {t.id: t for t in target.matter_tasks(ref)}
    done = by_id[work["done"]]
    assert (done.status, done.note, done.closed_by) == (
        "done", "Handover held; 陈思远 returned the laptop", "Counsel Li")
    assert done.evidence_attachment_id == work["attachment"]
    assert b"".join(target.read_attachment(work["attachment"])) == EVIDENCE
    # The counsel's name links to this vault's counsel of that name; anyone else stays a name.
    assert by_id[work["to_counsel"]].assignee_counsel_id == local_wang.id
    assert (by_id[work["to_hr"]].assignee, by_id[work["to_hr"]].assignee_counsel_id) == (
        "Zhang Min (HR)", None)
    assert by_id[work["moved"]].previous_due_on is not None
    assert by_id[work["gone"]].no_longer_applies
    # Nothing was rebuilt: the import carried the tasks, it did not sync them.
    assert "task.sync" not in [e.action for e in _events(target, imported.matter_id)[-2:]]

    # The due view: open tasks in due order, the moved one marked, the closed ones left out.
    listed = {r.task_id: r for r in target.due_list(today=date.today())}
    assert work["moved"] in listed and work["to_counsel"] in listed
    assert listed[work["moved"]].previous_due_on == before[work["moved"]]["previous_due_on"]
    assert work["done"] not in listed and work["skipped"] not in listed
    assert work["gone"] not in listed
    with_counsel = target.due_list(DueFilter(counsel_id=local_wang.id), today=date.today())
    assert [r.task_id for r in with_counsel] == [work["to_counsel"]]

    # `outbound tasks list --all --json` shows each with its status and assignee.
    target_vault.lock()
    monkeypatch.setenv("OUTBOUND_PASSPHRASE", PASSPHRASE)
    assert main(["tasks", "list", str(target_vault.path), "--all", "--json"]) == 0
    rows = {r["task"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[work["done"]]["status"] == "done"
    assert rows[work["skipped"]]["status"] == "not_needed"
    assert rows[work["to_counsel"]]["assignee"] == "Wang Fang"
    assert rows[work["to_hr"]]["assignee"] == "Zhang Min (HR)"
    assert rows[work["moved"]]["changed_from"] == before[work["moved"]]["previous_due_on"]


def test_an_assignee_with_no_counsel_of_that_name_here_stays_a_name(
    vault_factory: Any, tmp_path: Path
) -> None:
    source = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    work = _worked_on(source)
    out = source.export_bundle(work["matter"].reference, tmp_path / "case.zip").value.path
    target = Workspace(vault_factory("target.obv")[0], "Counsel Wu")
    target.add_counsel(name="Wang Fang-Li")  # a different person: never linked
    target.import_bundle(out)
    with target.vault.session() as s:
        task = s.get(Task, work["to_counsel"])
        assert task is not None
        assert (task.assignee, task.assignee_counsel_id) == ("Wang Fang", None)


def test_a_copy_gets_new_task_ids_and_the_same_content(
    vault_factory: Any, tmp_path: Path
) -> None:
    ws = Workspace(vault_factory()[0], "Counsel Li")
    work = _worked_on(ws)
    original = work["matter"]
    out = ws.export_bundle(original.reference, tmp_path / "case.zip").value.path
    copy = ws.import_bundle(out, as_copy=True).value
    old = {(t.entry, t.rule_id, t.action_number): t for t in ws.matter_tasks(original.reference)}
    new = {(t.entry, t.rule_id, t.action_number): t for t in ws.matter_tasks(copy.reference)}
    assert new.keys() == old.keys()
    assert not {t.id for t in new.values()} & {t.id for t in old.values()}
    same = [c for c in TRAVELLING if c not in ("id", "evidence_attachment_id")]
    for key, task in new.items():
        assert {c: getattr(task, c) for c in same} == {c: getattr(old[key], c) for c in same}
        assert task.matter_id == copy.matter_id
    done = next(t for t in new.values() if t.status == "done")
    assert done.evidence_attachment_id not in (None, work["attachment"])
    assert b"".join(ws.read_attachment(done.evidence_attachment_id)) == EVIDENCE
    # The copy's history names the copy's tasks, never the original's.
    task_events = [e for e in _events(ws, copy.matter_id) if e.entity == "task"]
    assert task_events and {e.entity_id for e in task_events} <= {t.id for t in new.values()}
    # The original is untouched and both show in the due view.
    due_ids = {r.task_id for r in ws.due_list(today=date.today())}
    assert work["moved"] in due_ids
    assert new[next(k for k, t in old.items() if t.id == work["moved"])].id in due_ids


def test_evidence_removed_from_the_matter_leaves_the_task_and_the_bundle_imports(
    vault_factory: Any, tmp_path: Path
) -> None:
    ws = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    work = _worked_on(ws)
    ws.remove_attachments([work["attachment"]])
    done = next(t for t in ws.matter_tasks(work["matter"].reference) if t.id == work["done"])
    assert (done.status, done.evidence_attachment_id) == ("done", None)
    out = ws.export_bundle(work["matter"].reference, tmp_path / "case.zip").value.path
    target = Workspace(vault_factory("target.obv")[0], "Counsel Wu")
    target.import_bundle(out)
    assert _rows(target, work["matter"].reference)[work["done"]] == _rows(
        ws, work["matter"].reference)[work["done"]]


def test_a_vault_whose_task_names_a_file_it_no_longer_has_still_exports_an_importable_bundle(
    vault_factory: Any, tmp_path: Path
) -> None:
    """Vaults written before removing a file cleared task evidence may hold such an id."""
    ws = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    work = _worked_on(ws)
    with ws.vault.session() as s:
        s.execute(text("UPDATE task SET evidence_attachment_id = :gone WHERE id = :id"),
                  {"gone": "00000000-0000-4000-8000-000000000000", "id": work["done"]})
    out = ws.export_bundle(work["matter"].reference, tmp_path / "case.zip").value.path
    target = Workspace(vault_factory("target.obv")[0], "Counsel Wu")
    target.import_bundle(out)
    done = next(t for t in target.matter_tasks(work["matter"].reference) if t.id == work["done"])
    assert (done.status, done.note, done.evidence_attachment_id) == (
        "done", "Handover held; 陈思远 returned the laptop", None)


# ----- bundles written before tasks travelled ---------------------------------------------------
@pytest.mark.parametrize("fixture", ["bundle-format-1.0.zip", "bundle-format-2.0-no-tasks.zip"])
def test_a_bundle_without_tasks_gets_them_built_on_import_audited(
    vault_factory: Any, fixture: str
) -> None:
    ws = Workspace(vault_factory()[0], "Counsel Wu")
    imported = ws.import_bundle(FIXTURES / fixture).value
    built = ws.matter_tasks(imported.reference)
    assert [t for t in built if t.entry == "action" and t.due_rule], "no tasks were built"
    assert {t.entry for t in built} == {"action", "key_date"}
    assert all(t.status == "open" for t in built)
    actions = [e.action for e in _events(ws, imported.matter_id)]
    assert actions[-2:] == ["bundle.import", "task.sync"]
    sync = _events(ws, imported.matter_id)[-1]
    assert sync.actor == "Counsel Wu" and len(json.loads(sync.details)["added"]) == len(built)
    # They are what an assessment would build: a sync now finds nothing to change.
    assert ws.sync_tasks(imported.reference).value == casework_tasks.SyncResult([], [], [])
    assert {r.task_id for r in ws.due_list(today=date(2026, 11, 1))} >= {
        t.id for t in built if t.in_due_view}


def test_building_the_tasks_is_part_of_the_import_transaction(
    vault_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(vault_factory()[0], "Counsel Wu")
    empty = dump_vault(ws.vault)
    real = casework_tasks.sync_tasks

    def fails_after_building(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        raise OSError("disk full")

    monkeypatch.setattr(casework_tasks, "sync_tasks", fails_after_building)
    with pytest.raises(OSError, match="disk full"):
        ws.import_bundle(FIXTURES / "bundle-format-2.0-no-tasks.zip")
    assert dump_vault(ws.vault) == empty


# ----- limits the app and the bundle share ------------------------------------------------------
def test_the_schema_bounds_are_the_apps() -> None:
    item = schemas.validator(schemas.TASKS).schema["properties"]["tasks"]["items"]["properties"]
    assert item["note"]["maxLength"] == limits.TASK_NOTE
    assert item["assignee"]["maxLength"] == limits.TASK_ASSIGNEE
    assert item["closed_by"]["maxLength"] == limits.ACTOR
    assert tuple(item["status"]["enum"]) == TASK_STATUSES
    assert tuple(item["owner_role"]["enum"]) == ("", *OWNERS) == ("", *casework_tasks.OWNER_ROLES)


def test_the_longest_note_the_app_takes_travels_and_a_longer_one_is_refused(
    vault_factory: Any, tmp_path: Path
) -> None:
    ws = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    matter = _departure(ws)
    task = _actions(ws, matter.reference)[0]
    with pytest.raises(limits.TextTooLongError, match="limit is 20,000"):
        ws.complete_task(task.id, note="n" * (limits.TASK_NOTE + 1))
    ws.complete_task(task.id, note="注" * limits.TASK_NOTE)
    out = ws.export_bundle(matter.reference, tmp_path / "long.zip").value.path
    target = Workspace(vault_factory("target.obv")[0], "Counsel Wu")
    target.import_bundle(out)
    with target.vault.session() as s:
        stored = s.get(Task, task.id)
        assert stored is not None and stored.note == "注" * limits.TASK_NOTE
