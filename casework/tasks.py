"""Tasks: each applicable action of a matter's checklist items, tracked with an assignee, a due
date, a status and who closed it; and the matter's key dates (issue 15).

Tasks follow the assessment: `sync_tasks` runs wherever the checklist is rebuilt
(`matters.reassess`). New actions become tasks; a due date the new answers move is recorded with
the date it replaced (never changed silently); a task whose action no longer applies is marked so,
never deleted. Counsel's work on a task (status, note, evidence, assignee) survives every sync.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms import limits
from forms.dues import UNKNOWN_DUE, shift_working_days
from forms.errors import OutboundError
from forms.limits import check_length
from models.audit import record_event
from models.entities import (
    TASK_STATUSES,
    Attachment,
    ChecklistItem,
    Counsel,
    IntakeRecord,
    Matter,
    Task,
    utc_now_iso,
)
from models.errors import RecordNotFoundError

CLOSED_MATTER_STATUSES = ("closed", "archived")
OWNER_ROLES = ("legal", "hr", "security", "it", "management", "the_person")
LICENCE_RULES = ("EC-DUAL-USE", "EC-RESTRICTED")  # items that apply for an export licence
LICENCE_LEAD_WORKING_DAYS = 45  # MOFCOM's decision time (review policy, EC-DUAL-USE 1)

# Key dates in the order a matter shows them; the labels are English, the window translates.
KEY_DATE_LABELS = {
    "departure.last_day": "Last working day",
    "travel.depart_on": "Travel starts",
    "travel.return_on": "Travel ends",
    "secondment.start": "Secondment starts",
    "secondment.end": "Secondment ends",
    "collab.start_date": "Collaboration starts",
    "secrets.declass_until": "Confidentiality (脱密) period ends",
    "noncompete_end": "Non-compete ends",
    "licence_window": "Licence decision window opens (apply by)",
}
_START_FACT = {
    "departure": "departure.last_day",
    "secondment": "secondment.start",
    "travel": "travel.depart_on",
    "collaboration": "collab.start_date",
}


class TaskInputError(OutboundError):
    pass


@dataclass(frozen=True)
class KeyDate:
    name: str  # a date fact id, or `noncompete_end` / `licence_window`
    label: str  # English
    on: date
    approximate: bool = False  # working-day arithmetic (public holidays not counted)


@dataclass(frozen=True)
class SyncResult:
    added: list[str]
    changed: list[str]
    dropped: list[str]


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def key_dates(
    kind: str, answers: Mapping[str, Any], triggered_rules: Iterable[str] = ()
) -> list[KeyDate]:
    """The matter's key dates from its answers: the date facts counsel plan around, the end of
    the non-compete (last day plus its months) and, when an export licence is to be applied
    for, the day the 45-working-day decision window must open."""
    found: dict[str, KeyDate] = {}
    for name in KEY_DATE_LABELS:
        day = _as_date(answers.get(name))
        if day is not None:
            found[name] = KeyDate(name, KEY_DATE_LABELS[name], day)
    last_day = _as_date(answers.get("departure.last_day"))
    months = answers.get("employment.noncompete_months")
    if (
        last_day is not None
        and answers.get("employment.noncompete") == "yes"
        and isinstance(months, int)
        and 0 < months <= 120
    ):
        found["noncompete_end"] = KeyDate(
            "noncompete_end", KEY_DATE_LABELS["noncompete_end"], _add_months(last_day, months)
        )
    start = _as_date(answers.get(_START_FACT.get(kind, "")))
    if kind != "departure" and start is not None and set(triggered_rules) & set(LICENCE_RULES):
        found["licence_window"] = KeyDate(
            "licence_window",
            KEY_DATE_LABELS["licence_window"],
            shift_working_days(start, -LICENCE_LEAD_WORKING_DAYS),
            approximate=True,
        )
    return [found[name] for name in KEY_DATE_LABELS if name in found]


@dataclass(frozen=True)
class _Wanted:
    text: str
    owner: str
    due_rule: str | None
    reference: str | None
    due_on: str | None
    approximate: bool


def _wanted_actions(items: Iterable[ChecklistItem]) -> dict[tuple[str, str, int], _Wanted]:
    wanted: dict[tuple[str, str, int], _Wanted] = {}
    for item in items:
        for action in item.action_items or []:
            due = action.get("due")
            wanted[("action", item.rule_id, int(action.get("number", 0)))] = _Wanted(
                text=str(action.get("text", "")),
                owner=str(action.get("owner", "")),
                due_rule=action.get("due_rule"),
                reference=action.get("reference"),
                due_on=None if due in (None, UNKNOWN_DUE) else str(due),
                approximate=bool(action.get("approximate")),
            )
    return wanted


CLOSED_ITEM_STATUSES = ("done", "not_applicable")  # counsel settled the whole item


def _in_due_view(task: Task, matter_status: str, settled_rules: set[str]) -> bool:
    return (
        task.status == "open"
        and not task.no_longer_applies
        and matter_status not in CLOSED_MATTER_STATUSES
        and (task.entry == "key_date" or task.due_rule is not None)
        and not (task.entry == "action" and task.rule_id in settled_rules)
    )


def _settled_rules(session: Session, matter_id: str) -> set[str]:
    """Rules whose checklist item counsel marked done or not applicable: their open tasks
    leave the due view (they come back if the item is reopened)."""
    return set(session.execute(
        select(ChecklistItem.rule_id).where(
            ChecklistItem.matter_id == matter_id,
            ChecklistItem.status.in_(CLOSED_ITEM_STATUSES),
        )
    ).scalars())


def _label(key: tuple[str, str, int]) -> str:
    entry, rule, number = key
    return f"{rule} {number}" if entry == "action" else rule


def sync_tasks(session: Session, matter: Matter, *, actor: str) -> SyncResult:
    """Bring the matter's tasks in line with its stored checklist and latest answers (called
    after the checklist is rebuilt, in the same transaction) and audit what moved."""
    items = session.execute(
        select(ChecklistItem).where(
            ChecklistItem.matter_id == matter.id, ChecklistItem.no_longer_applies.is_(False)
        )
    ).scalars().all()
    wanted = _wanted_actions(items)
    settled = {item.rule_id for item in items if item.status in CLOSED_ITEM_STATUSES}
    record = session.execute(
        select(IntakeRecord)
        .where(IntakeRecord.matter_id == matter.id)
        .order_by(IntakeRecord.revision.desc())
        .limit(1)
    ).scalar_one_or_none()
    answers = dict(record.answers) if record else {}
    for key_date in key_dates(matter.kind, answers, (item.rule_id for item in items)):
        wanted[("key_date", key_date.name, 0)] = _Wanted(
            text=key_date.label, owner="", due_rule=None, reference=key_date.name,
            due_on=key_date.on.isoformat(), approximate=key_date.approximate,
        )
    existing = {
        (task.entry, task.rule_id, task.action_number): task
        for task in session.execute(select(Task).where(Task.matter_id == matter.id)).scalars()
    }
    now = utc_now_iso()
    added: list[str] = []
    changed: list[dict[str, Any]] = []
    dropped: list[str] = []
    for key, want in wanted.items():
        task = existing.get(key)
        if task is None:
            task = Task(
                matter_id=matter.id, matter_kind=matter.kind, entry=key[0], rule_id=key[1],
                action_number=key[2], assignee="", status="open", note="", created_at=now,
                no_longer_applies=False,
            )
            session.add(task)
            added.append(_label(key))
        elif task.due_on != want.due_on and (task.due_on is not None or task.no_longer_applies):
            # A date replaced by another (or lost to an unanswered fact) is shown as changed;
            # an unknown date becoming known is the date being established, not a change.
            task.previous_due_on = task.due_on or UNKNOWN_DUE
            task.due_changed_at = now
            changed.append({"task": _label(key), "from": task.due_on or UNKNOWN_DUE,
                            "to": want.due_on or UNKNOWN_DUE})
        if task.no_longer_applies:
            task.no_longer_applies = False
        task.text, task.owner_role = want.text, want.owner
        task.due_rule, task.due_reference = want.due_rule, want.reference
        task.due_on, task.due_approximate = want.due_on, want.approximate
        task.in_due_view = _in_due_view(task, matter.status, settled)
        task.updated_at = now
    for key, task in existing.items():
        if key not in wanted and not task.no_longer_applies:
            task.no_longer_applies = True
            task.in_due_view = False
            task.updated_at = now
            dropped.append(_label(key))
    if added or changed or dropped:
        record_event(
            session, actor=actor, action="task.sync", entity="matter", entity_id=matter.id,
            matter_id=matter.id,
            details={"added": added, "changed": changed, "dropped": dropped},
        )
    session.flush()
    return SyncResult(added, [c["task"] for c in changed], dropped)


def matter_status_changed(session: Session, matter: Matter) -> None:
    """A closed or archived matter's tasks leave the due view; reopened, they come back. Also
    after counsel decide a checklist item (a settled item's tasks leave it)."""
    session.flush()
    settled = _settled_rules(session, matter.id)
    tasks = session.execute(select(Task).where(Task.matter_id == matter.id)).scalars()
    for task in tasks:
        task.in_due_view = _in_due_view(task, matter.status, settled)


def get_task(session: Session, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise RecordNotFoundError(f"no task '{task_id}'")
    return task


def find_task(session: Session, matter: Matter, task_ref: str) -> Task:
    """A task of `matter` by its id or the first characters of it (at least 6)."""
    ref = task_ref.strip().lower()
    if len(ref) < 6:
        raise TaskInputError(
            f"task '{task_ref}': give its id or at least its first 6 characters "
            "('outbound tasks list' shows them)"
        )
    found = [
        task for task in session.execute(
            select(Task).where(Task.matter_id == matter.id, Task.entry == "action")
        ).scalars()
        if task.id.startswith(ref)
    ]
    if len(found) != 1:
        what = "no task" if not found else "more than one task"
        raise TaskInputError(
            f"{matter.reference} has {what} '{task_ref}'; 'outbound tasks list' shows the ids"
        )
    return found[0]


def _writable_matter(session: Session, task: Task) -> Matter:
    from casework.matters import ensure_writable, get_matter

    if task.entry != "action":
        raise TaskInputError("a key date is not a task: it cannot be done or assigned")
    matter = get_matter(session, task.matter_id)
    ensure_writable(matter)
    return matter


def set_task_status(
    session: Session,
    task_id: str,
    *,
    status: str,
    note: str,
    actor: str,
    evidence_attachment_id: str | None = None,
) -> Task:
    """Done, not needed (a reason is required) or open again, with a note and optionally an
    attachment of the matter as evidence; audited with what it was before."""
    if status not in TASK_STATUSES:
        raise TaskInputError(f"unknown task status '{status}'; use {', '.join(TASK_STATUSES)}")
    task = get_task(session, task_id)
    matter = _writable_matter(session, task)
    note = check_length(note.strip(), limits.TASK_NOTE, "task's note")
    if status == "not_needed" and not note:
        raise TaskInputError("'not needed' needs a reason in the note")
    if evidence_attachment_id is not None:
        attachment = session.get(Attachment, evidence_attachment_id)
        if attachment is None or attachment.matter_id != task.matter_id:
            raise TaskInputError("the evidence must be an attachment of the same matter")
    before = {"status": task.status, "note": task.note}
    task.status, task.note = status, note
    if evidence_attachment_id is not None:
        task.evidence_attachment_id = evidence_attachment_id
    now = utc_now_iso()
    task.closed_by, task.closed_at = (None, None) if status == "open" else (actor, now)
    task.in_due_view = _in_due_view(task, matter.status, _settled_rules(session, matter.id))
    task.updated_at = now
    matter.updated_at = now
    record_event(
        session, actor=actor, action="task.status", entity="task", entity_id=task.id,
        matter_id=task.matter_id,
        details={"rule": task.rule_id, "number": task.action_number, "before": before,
                 "status": status, "note": note, "evidence": evidence_attachment_id},
    )
    return task


def assign_task(
    session: Session, task_id: str, *, assignee: str, actor: str, note: str = ""
) -> Task:
    """Assign to a counsel of the vault (by name or id) or to anyone else by name (HR, IT,
    security); an empty assignee clears it."""
    task = get_task(session, task_id)
    _writable_matter(session, task)
    name = assignee.strip()
    if len(name) > limits.TASK_ASSIGNEE:
        raise TaskInputError(
            f"the assignee's name is longer than {limits.TASK_ASSIGNEE} characters"
        )
    counsel = None
    if name:
        counsel = session.execute(
            select(Counsel).where((Counsel.id == name) | (Counsel.name == name))
        ).scalar_one_or_none()
    before = task.assignee
    task.assignee_counsel_id = counsel.id if counsel else None
    task.assignee = counsel.name if counsel else name
    task.updated_at = utc_now_iso()
    record_event(
        session, actor=actor, action="task.assign", entity="task", entity_id=task.id,
        matter_id=task.matter_id,
        details={"rule": task.rule_id, "number": task.action_number, "before": before,
                 "assignee": task.assignee, "counsel": counsel is not None,
                 "note": note.strip()},
    )
    return task


def matter_tasks(session: Session, matter_id: str) -> list[Task]:
    """A matter's tasks and key dates (those no longer applying included, marked)."""
    return list(session.execute(
        select(Task).where(Task.matter_id == matter_id)
        .order_by(Task.entry, Task.rule_id, Task.action_number)
    ).scalars())

