"""Tasks (issue 15) on a real vault: each action of the checklist a task with a due date from the
matter's date facts, recomputed when the intake changes (a moved date shown as changed, a task
that no longer applies kept and marked), closed and assigned through the Workspace with an
audit event; and the due view's buckets, filters and pages."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from casework_support import TODAY, scenario

from casework.due import BUCKETS, DueFilter
from casework.workspace import Workspace
from forms.errors import OutboundError
from models.entities import Task

ACTOR = "Margaret Lin"


@pytest.fixture
def workspace(vault_factory: Any) -> Workspace:
    vault, _recovery = vault_factory()
    return Workspace(vault, ACTOR)


def _new(workspace: Workspace, prefix: str, **changes: Any) -> Any:
    data = scenario(prefix)
    answers = {**data["answers"], **changes}
    return workspace.create_matter(kind=data["kind"], answers=answers, today=TODAY).value


def _by_key(workspace: Workspace, ref: str) -> dict[tuple[str, int], Task]:
    return {(t.rule_id, t.action_number): t for t in workspace.matter_tasks(ref)}


def _save(workspace: Workspace, ref: str, **changes: Any) -> None:
    answers = dict(workspace.latest_intake(ref).answers)  # type: ignore[union-attr]
    for fact, value in changes.items():
        if value is None:
            answers.pop(fact, None)
        else:
            answers[fact] = value
    workspace.save_intake(ref, answers, today=TODAY)


# ----- due dates of tasks, one per due rule form ----------------------------------------------
def test_each_due_rule_form_gives_the_task_its_date(workspace: Workspace) -> None:
    # last day Monday 18 January 2027: exit (the day after) is Tuesday 19 January
    matter = _new(workspace, "02", **{"departure.last_day": "2027-01-18"})
    tasks = _by_key(workspace, matter.reference)
    by = tasks[("TRADE-SECRET", 3)]  # by departure.last_day
    assert (by.due_rule, by.due_on, by.due_approximate) == (
        "by departure.last_day", "2027-01-18", False)
    before = tasks[("TRADE-SECRET", 1)]  # before start_date: the calendar day before (a Sunday)
    assert before.due_on == "2027-01-17" and not before.due_approximate
    # 10 working days before the exit on Tuesday 19th: counting back from Monday 18th over two
    # weekends lands on Tuesday 5 January, labelled approximate
    working = tasks[("EXIT-REVIEW", 1)]
    assert (working.due_on, working.due_approximate) == ("2027-01-05", True)
    # 45 working days before the start (the last day): nine weeks back, a Monday
    assert tasks[("EC-CLASSIFY", 1)].due_on == "2026-11-16"
    assert all(t.owner_role and t.text for t in tasks.values() if t.entry == "action")


def test_days_after_and_an_action_without_a_due_rule(workspace: Workspace) -> None:
    matter = _new(workspace, "13")  # last day Wednesday 3 February 2027
    tasks = _by_key(workspace, matter.reference)
    assert tasks[("NONCOMPETE-PAY", 2)].due_rule == "30 days after departure.last_day"
    assert tasks[("NONCOMPETE-PAY", 2)].due_on == "2027-03-05"
    undated = tasks[("NONCOMPETE-PAY", 3)]
    assert (undated.due_rule, undated.due_on, undated.in_due_view) == (None, None, False)


def test_an_unanswered_date_fact_makes_the_due_date_unknown_never_today(
    workspace: Workspace,
) -> None:
    matter = _new(workspace, "02", **{"departure.last_day": None})
    tasks = _by_key(workspace, matter.reference)
    exit_review = tasks[("EXIT-REVIEW", 1)]
    assert exit_review.due_rule and exit_review.due_on is None
    assert exit_review.previous_due_on is None  # never known: nothing changed
    page = workspace.due_page(DueFilter(), bucket="unknown", today=TODAY)
    assert exit_review.id in {row.task_id for row in page.rows}
    assert ("departure.last_day", 0) not in tasks  # no key date without its fact


# ----- recomputation --------------------------------------------------------------------------
def test_a_moved_date_is_recorded_as_changed_and_counsel_work_is_kept(
    workspace: Workspace,
) -> None:
    matter = _new(workspace, "02")
    first = _by_key(workspace, matter.reference)[("TRADE-SECRET", 3)]
    assert first.due_on == "2027-01-15"
    workspace.assign_task(first.id, "Wang Fang (HR)")
    workspace.complete_task(first.id, note="Signed undertaking on file")

    _save(workspace, matter.reference, **{"departure.last_day": "2027-02-26"})

    after = _by_key(workspace, matter.reference)
    moved = after[("TRADE-SECRET", 3)]
    assert moved.id == first.id  # the same task, not a new one
    assert (moved.due_on, moved.previous_due_on) == ("2027-02-26", "2027-01-15")
    assert (moved.status, moved.note, moved.assignee) == (
        "done", "Signed undertaking on file", "Wang Fang (HR)")
    assert after[("departure.last_day", 0)].previous_due_on == "2027-01-15"
    events = [e for e in workspace.history(matter.reference).events if e.action == "task.sync"]
    assert '"from":"2027-01-15"' in events[-1].details and '"to":"2027-02-26"' in events[-1].details

    _save(workspace, matter.reference, **{"departure.last_day": None})
    lost = _by_key(workspace, matter.reference)[("EXIT-REVIEW", 1)]
    assert (lost.due_on, lost.previous_due_on) == (None, "2027-02-15")  # shown: date now unknown


def test_a_task_that_no_longer_applies_is_kept_and_marked(workspace: Workspace) -> None:
    matter = _new(workspace, "13")
    pay = _by_key(workspace, matter.reference)[("NONCOMPETE-PAY", 1)]
    workspace.assign_task(pay.id, "Management office")

    _save(workspace, matter.reference, **{"employment.noncompete_compensation": "yes"})

    kept = _by_key(workspace, matter.reference)[("NONCOMPETE-PAY", 1)]
    assert kept.id == pay.id and kept.no_longer_applies and not kept.in_due_view
    assert kept.assignee == "Management office"
    listed = {row.task_id for row in workspace.due_list(today=TODAY)}
    assert pay.id not in listed

    _save(workspace, matter.reference, **{"employment.noncompete_compensation": "no"})
    back = _by_key(workspace, matter.reference)[("NONCOMPETE-PAY", 1)]
    assert back.id == pay.id and not back.no_longer_applies and back.in_due_view


def test_key_dates_of_a_matter(workspace: Workspace) -> None:
    departure = _new(workspace, "02", **{"secrets.declass_until": "2027-07-15"})
    dates = {k.name: (k.label, k.on) for k in workspace.key_dates(departure.reference)}
    assert dates["departure.last_day"] == ("Last working day", date(2027, 1, 15))
    assert dates["noncompete_end"] == ("Non-compete ends", date(2029, 1, 15))  # 24 months
    assert dates["secrets.declass_until"][1] == date(2027, 7, 15)
    collaboration = _new(workspace, "09")  # a restricted technology: a licence to apply for
    names = {k.name: k for k in workspace.key_dates(collaboration.reference)}
    assert names["licence_window"].approximate and "collab.start_date" in names
    assert names["licence_window"].on < names["collab.start_date"].on


# ----- counsel's decisions --------------------------------------------------------------------
def test_done_not_needed_and_reopen_are_audited(workspace: Workspace) -> None:
    matter = _new(workspace, "02")
    task = _by_key(workspace, matter.reference)[("EXIT-REVIEW", 1)]
    done = workspace.complete_task(task.id, note="Answers recorded")
    assert done.value.status == "done" and done.value.closed_by == ACTOR
    assert done.value.closed_at and done.changes.touches(matter.id)
    assert not done.value.in_due_view

    other = _by_key(workspace, matter.reference)[("EXIT-REVIEW", 2)]
    with pytest.raises(OutboundError, match="reason"):
        workspace.task_not_needed(other.id, note="  ")
    assert _by_key(workspace, matter.reference)[("EXIT-REVIEW", 2)].status == "open"
    workspace.task_not_needed(other.id, note="No authority instruction exists")
    workspace.reopen_task(task.id, note="Reopened: answers incomplete")
    reopened = _by_key(workspace, matter.reference)[("EXIT-REVIEW", 1)]
    assert (reopened.status, reopened.closed_by, reopened.in_due_view) == ("open", None, True)

    events = [e for e in workspace.history(matter.reference).events if e.action == "task.status"]
    assert [e.actor for e in events] == [ACTOR] * 3
    assert '"status":"done"' in events[0].details and '"status":"not_needed"' in events[1].details
    assert workspace.verify_history(matter.reference).ok


def test_evidence_must_be_an_attachment_of_the_same_matter(workspace: Workspace) -> None:
    import io

    matter = _new(workspace, "02")
    other = _new(workspace, "13")
    foreign = workspace.add_attachment(other.reference, name="x.txt", stream=io.BytesIO(b"x")).value
    own = workspace.add_attachment(
        matter.reference, name="undertaking.pdf", stream=io.BytesIO(b"%PDF")
    ).value
    task = _by_key(workspace, matter.reference)[("TRADE-SECRET", 3)]
    with pytest.raises(OutboundError, match="same matter"):
        workspace.complete_task(task.id, note="", evidence_attachment_id=foreign.id)
    assert _by_key(workspace, matter.reference)[("TRADE-SECRET", 3)].status == "open"
    done = workspace.complete_task(task.id, note="on file", evidence_attachment_id=own.id)
    assert done.value.evidence_attachment_id == own.id


def test_assigning_to_counsel_feeds_the_counsel_filter(workspace: Workspace) -> None:
    workspace.add_counsel(name="Zhao Lei", title="Senior counsel")
    counsel_id = next(c.id for c in workspace.counsel() if c.name == "Zhao Lei")
    matter = _new(workspace, "02")
    task = _by_key(workspace, matter.reference)[("EXIT-REVIEW", 1)]
    assigned = workspace.assign_task(task.id, "Zhao Lei").value
    assert (assigned.assignee, assigned.assignee_counsel_id) == ("Zhao Lei", counsel_id)
    rows = workspace.due_list(DueFilter(counsel_id=counsel_id), today=TODAY)
    assert [r.task_id for r in rows] == [task.id]
    free = workspace.assign_task(task.id, "IT helpdesk").value
    assert (free.assignee, free.assignee_counsel_id) == ("IT helpdesk", None)
    assert workspace.due_list(DueFilter(counsel_id=counsel_id), today=TODAY) == []


# ----- the due view ---------------------------------------------------------------------------
def test_buckets_filters_and_key_paging(workspace: Workspace) -> None:
    _new(workspace, "02")  # departure, last day 15 Jan 2027
    _new(workspace, "03")  # secondment, starts 1 Feb 2027
    _new(workspace, "13")  # departure, last day 3 Feb 2027
    today = date(2027, 1, 10)
    every = workspace.due_list(today=today)
    page = workspace.due_page(DueFilter(), bucket="overdue", today=today)
    assert sum(page.counts.values()) == len(every)
    for row in page.rows:  # overdue: actions before today, never a past key date
        assert row.due_on is not None and row.due_on < "2027-01-10" and row.entry == "action"
    week = workspace.due_page(DueFilter(), bucket="week", today=today)
    assert {r.due_on for r in week.rows} <= {f"2027-01-{d}" for d in range(10, 18)}
    assert any(r.entry == "key_date" and r.rule_id == "departure.last_day" for r in week.rows)

    hr = workspace.due_list(DueFilter(owner_role="hr"), today=today)
    assert hr and {r.owner_role for r in hr} == {"hr"} and all(r.entry == "action" for r in hr)
    secondments = workspace.due_list(DueFilter(kinds=("secondment",)), today=today)
    assert secondments and {r.kind for r in secondments} == {"secondment"}

    for bucket in BUCKETS:  # pages of 3 walk the whole bucket once, in due order
        first = workspace.due_page(DueFilter(), bucket=bucket, today=today, limit=3)
        seen, after = list(first.rows), first.next_after
        while after is not None:
            rows, after = workspace.due_rows(
                DueFilter(), bucket=bucket, after=after, today=today, limit=3
            )
            seen.extend(rows)
        assert len(seen) == first.counts[bucket] == len({r.task_id for r in seen})
        assert [r.due_on or "" for r in seen] == sorted(r.due_on or "" for r in seen)


def test_an_archived_matter_leaves_the_due_view_and_the_next_due_column(
    workspace: Workspace,
) -> None:
    matter = _new(workspace, "02")
    kept = _new(workspace, "13")
    nexts = workspace.next_due([matter.id, kept.id])
    assert nexts[matter.id].due_on == "2026-11-13"  # EC-CLASSIFY, 45 working days before
    workspace.set_status(matter.reference, "archived")
    assert matter.id not in {r.matter_id for r in workspace.due_list(today=TODAY)}
    assert set(workspace.next_due([matter.id, kept.id])) == {kept.id}
    workspace.change_status(matter.reference, "unarchive")
    assert matter.id in {r.matter_id for r in workspace.due_list(today=TODAY)}


def test_unlock_summary_counts(workspace: Workspace) -> None:
    _new(workspace, "02")
    counts = workspace.due_counts(today=date(2027, 1, 10))
    assert counts["overdue"] > 0 and counts["week"] > 0
    assert counts == workspace.due_page(DueFilter(), today=date(2027, 1, 10)).counts


def test_tasks_of_an_item_counsel_settled_leave_the_due_view(workspace: Workspace) -> None:
    matter = _new(workspace, "02")
    item = next(i for i in workspace.matter(matter.reference).checklist_items
                if i.rule_id == "EXIT-REVIEW")
    workspace.decide_item(item.id, status="not_applicable", note="Person stays in China")
    listed = {(r.rule_id, r.status) for r in workspace.due_list(today=TODAY)}
    assert "EXIT-REVIEW" not in {rule for rule, _status in listed}
    kept = _by_key(workspace, matter.reference)[("EXIT-REVIEW", 1)]
    assert kept.status == "open" and not kept.no_longer_applies  # the task itself is untouched
    workspace.decide_item(item.id, status="open", note="")
    assert "EXIT-REVIEW" in {r.rule_id for r in workspace.due_list(today=TODAY)}


def test_bucket_counts_stop_at_the_cap(workspace: Workspace, monkeypatch: Any) -> None:
    import casework.due as due

    _new(workspace, "02")
    exact = workspace.due_counts(today=TODAY)
    assert exact["later"] > 3
    monkeypatch.setattr(due, "COUNT_CAP", 3)
    capped = workspace.due_counts(today=TODAY)
    assert capped == {bucket: min(count, 3) for bucket, count in exact.items()}
    # the rows themselves are never capped: paging still walks the whole bucket
    first = workspace.due_page(DueFilter(), bucket="later", today=TODAY, limit=100)
    assert len(first.rows) == exact["later"]
