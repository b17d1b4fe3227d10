"""Matters: creation with a human reference, intake revisions, re-assessment merged with counsel's
work, checklist decisions, recommendation overrides and status transitions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from casework import assessing, tasks
from casework.settings import get_settings
from forms import limits, vocabulary
from forms.countries import load_countries
from forms.errors import OutboundError
from forms.limits import check_length
from forms.rules import LATEST_POLICY
from models.audit import record_event
from models.entities import (
    ITEM_STATUSES,
    MATTER_KINDS,
    AuditEvent,
    ChecklistItem,
    IntakeRecord,
    Matter,
    MemoVersion,
    utc_now_iso,
)
from models.errors import InvalidTransitionError, RecordNotFoundError

RECOMMENDATIONS = tuple(vocabulary.RECOMMENDATIONS)

# Allowed status moves. A signed matter returns to memo_draft when counsel edit the memo again;
# a closed matter reopens as signed; an archived one returns to the status it was archived from.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "intake": ("review", "archived"),
    "review": ("intake", "memo_draft", "archived"),
    "memo_draft": ("review", "signed", "archived"),
    "signed": ("memo_draft", "closed", "archived"),
    "closed": ("archived", "signed"),
    "archived": ("closed",),
}

# Closed and archived matters are read-only until counsel reopen (or unarchive) them.
READ_ONLY_STATUSES = ("closed", "archived")

# The lifecycle actions counsel take by name (window and `outbound matter status`).
LIFECYCLE_ACTIONS = ("close", "reopen", "archive", "unarchive")

# Autosave keeps amending the revision an editing session opened, for at most this long.
OPEN_REVISION_WINDOW = timedelta(minutes=1)

KIND_TITLES = {
    "departure": "Departure",
    "secondment": "Secondment",
    "travel": "Business travel",
    "collaboration": "Collaboration",
}


class MatterInputError(OutboundError):
    pass


class MatterReadOnlyError(OutboundError):
    """A closed or archived matter cannot change until counsel reopen it; `reference` and
    `status` let the window word it in its own language."""

    def __init__(self, message: str, *, reference: str = "", status: str = "") -> None:
        super().__init__(message)
        self.reference = reference
        self.status = status


def ensure_writable(matter: Matter) -> None:
    if matter.status == "closed":
        raise MatterReadOnlyError(
            f"{matter.reference} is closed and read-only; reopen it first to change it",
            reference=matter.reference, status="closed",
        )
    if matter.status == "archived":
        raise MatterReadOnlyError(
            f"{matter.reference} is archived and read-only; unarchive it first to change it",
            reference=matter.reference, status="archived",
        )


def get_matter(session: Session, matter_id_or_ref: str) -> Matter:
    matter = session.get(Matter, matter_id_or_ref)
    if matter is None:
        matter = session.execute(
            select(Matter).where(Matter.reference == matter_id_or_ref)
        ).scalar_one_or_none()
    if matter is None:
        raise RecordNotFoundError(f"no matter '{matter_id_or_ref}' in this vault")
    return matter


def next_reference(session: Session, prefix: str, year: int) -> str:
    """The next PREFIX-YEAR-NNNN (zero-padded to four digits, wider past 9999). Reads the
    year's references as a range of the unique reference index (an index-only walk).

    Only suffixes of one to nine digits count: an imported OB-2026-9223372036854775807 (or
    OB-2026-12a) must neither overflow SQLite's integer nor stop numbering."""
    stem = f"{prefix}-{year}-"
    suffix = func.substr(Matter.reference, len(stem) + 1)
    highest = session.execute(
        select(func.max(cast(suffix, Integer))).where(
            Matter.reference >= stem,
            Matter.reference < stem + "\x7f",
            func.length(Matter.reference) <= len(stem) + limits.REFERENCE_DIGITS,
            suffix.op("NOT GLOB")("*[^0-9]*"),
        )
    ).scalar_one_or_none()
    number = int(highest or 0) + 1
    if len(str(number)) > limits.REFERENCE_DIGITS:
        raise MatterInputError(
            f"this vault has used every reference number of {stem[:-1]}; "
            "change the reference prefix in Settings"
        )
    return f"{stem}{number:04d}"


def latest_intake(session: Session, matter_id: str) -> IntakeRecord | None:
    return session.execute(
        select(IntakeRecord)
        .where(IntakeRecord.matter_id == matter_id)
        .order_by(IntakeRecord.revision.desc())
        .limit(1)
    ).scalar_one_or_none()


def create_matter(
    session: Session,
    *,
    kind: str,
    actor: str,
    title: str = "",
    answers: dict[str, Any] | None = None,
    today: date | None = None,
    reference: str | None = None,
) -> Matter:
    """A new matter in `intake`, its first intake revision and its assessed checklist."""
    if kind not in MATTER_KINDS:
        raise MatterInputError(
            f"unknown matter kind '{kind}'; choose one of {', '.join(MATTER_KINDS)}"
        )
    check_length(title, limits.TITLE, "title")
    clean = assessing.normalise(kind, answers or {})
    settings = get_settings(session)
    year = (today or datetime.now(UTC).date()).year
    matter = Matter(
        kind=kind,
        title=title.strip() or title_from_intake(kind, clean),
        title_from_intake=not title.strip(),
        reference=reference or next_reference(session, settings["reference_prefix"], year),
        status="intake",
        policy_version=LATEST_POLICY,  # new matters use the latest review policy
    )
    _copy_listing_fields(matter, clean)
    session.add(matter)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="matter.create",
        entity="matter",
        entity_id=matter.id,
        matter_id=matter.id,
        details={"reference": matter.reference, "kind": kind, "title": matter.title},
    )
    store_intake(session, matter, clean, actor)
    reassess(session, matter, actor=actor, today=today, first=True)
    return matter


def title_from_intake(kind: str, answers: dict[str, Any]) -> str:
    """The title a matter carries until counsel set one: "Departure: 陈思远 → United States"."""
    person = str(answers.get("person.name") or "").strip() or "unnamed person"
    title = f"{KIND_TITLES.get(kind, kind.capitalize())}: {person}"
    place = answers.get("destination.country")
    if isinstance(place, str) and place:
        country = load_countries().get(place)
        title += f" → {country.en if country else place}"
    # A name may be longer than a title may be: shorten, never refuse a valid intake.
    return title if len(title) <= limits.TITLE else title[: limits.TITLE - 1] + "…"


def _copy_listing_fields(matter: Matter, answers: dict[str, Any]) -> None:
    matter.client = str(answers.get("matter.client") or "")
    matter.person_name = str(answers.get("person.name") or "")


def next_number(
    session: Session,
    number: InstrumentedAttribute[int],
    owner: InstrumentedAttribute[str],
    key: str,
) -> int:
    """The next of a matter's numbered records (intake revisions, memo versions): 1, 2, 3…"""
    highest = session.execute(select(func.max(number)).where(owner == key)).scalar_one()
    return int(highest or 0) + 1


def store_intake(
    session: Session,
    matter: Matter,
    answers: dict[str, Any],
    actor: str,
    *,
    form_version: int | None = None,
) -> IntakeRecord:
    """A new intake revision, under the previous revision's intake version unless
    `form_version` names another (a re-assessment under a later policy)."""
    revision = next_number(session, IntakeRecord.revision, IntakeRecord.matter_id, matter.id)
    previous = latest_intake(session, matter.id)
    form_id, form_version = assessing.form_identity(
        matter.kind, form_version or (previous.form_version if previous else None)
    )
    record = IntakeRecord(
        matter_id=matter.id,
        revision=revision,
        form_id=form_id,
        form_version=form_version,
        answers=answers,
        saved_by=actor,
        saved_at=utc_now_iso(),
    )
    session.add(record)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="intake.save",
        entity="intake_record",
        entity_id=record.id,
        matter_id=matter.id,
        details={
            "revision": revision,
            "form": form_id,
            "form_version": form_version,
            "facts": sorted(answers),
        },
    )
    return record


def save_intake(
    session: Session,
    matter_id: str,
    answers: dict[str, Any],
    *,
    actor: str,
    today: date | None = None,
    amend: str | None = None,
    now: datetime | None = None,
) -> IntakeRecord:
    """Validate and store the answers, then re-assess. A rejected submission stores nothing (the
    AnswerError propagates before any write).

    `amend` is the revision the caller's editing session opened (autosave): while it is still
    the latest, by the same person and less than `OPEN_REVISION_WINDOW` old, it is updated in
    place instead of adding a revision at every pause in typing."""
    matter = get_matter(session, matter_id)
    ensure_writable(matter)
    previous = latest_intake(session, matter.id)
    clean = assessing.normalise(
        matter.kind, answers, version=previous.form_version if previous else None
    )
    if previous is not None and previous.answers == clean:
        return previous
    if previous is not None and _still_open(previous, amend, actor, now):
        previous.answers = clean
        record = previous
    else:
        record = store_intake(session, matter, clean, actor)
    _copy_listing_fields(matter, clean)
    if matter.title_from_intake:
        matter.title = title_from_intake(matter.kind, clean)
    reassess(session, matter, actor=actor, today=today)
    return record


def _still_open(
    record: IntakeRecord, amend: str | None, actor: str, now: datetime | None
) -> bool:
    if amend is None or record.id != amend or record.saved_by != actor:
        return False
    opened = datetime.fromisoformat(record.saved_at)
    if opened.tzinfo is None:
        opened = opened.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - opened < OPEN_REVISION_WINDOW


@dataclass(frozen=True)
class MergeResult:
    added: list[str]
    kept: list[str]
    dropped: list[str]


def reassess(
    session: Session,
    matter: Matter,
    *,
    actor: str,
    today: date | None = None,
    first: bool = False,
) -> MergeResult:
    """Assess the latest answers and merge with the stored checklist: items still triggered keep
    status, note and evidence; new items arrive open and flagged new; items no longer triggered
    are kept and marked as such."""
    record = latest_intake(session, matter.id)
    answers = dict(record.answers) if record else {}
    result = assessing.assess(
        matter.kind,
        answers,
        today=today,
        version=record.form_version if record else None,
        policy_version=matter.policy_version,
    )
    existing = {
        item.rule_id: item
        for item in session.execute(
            select(ChecklistItem).where(ChecklistItem.matter_id == matter.id)
        ).scalars()
    }
    triggered = {f.rule: f for f in result["items"]}
    active_before = {rule for rule, item in existing.items() if not item.no_longer_applies}
    added, kept, dropped = [], [], []
    for position, finding in enumerate(result["items"]):
        item = existing.get(finding.rule)
        if item is None:
            item = ChecklistItem(
                matter_id=matter.id,
                rule_id=finding.rule,
                status="open",
                note="",
                evidence_attachment_ids=[],
                is_new=not first,
            )
            session.add(item)
            added.append(finding.rule)
        else:
            item.is_new = item.no_longer_applies  # an item that comes back is shown as new
            kept.append(finding.rule)
        item.position = position
        item.no_longer_applies = False
        item.rule_version = finding.rule_version
        item.area = finding.area
        item.title = finding.title
        item.severity = finding.severity
        item.blocking = finding.blocking
        item.basis_ids = list(finding.basis)
        item.actions = list(finding.actions)
        item.action_items = [dict(a) for a in finding.action_items]
        item.evidence = list(finding.evidence)
        item.wording = finding.wording
        item.to_confirm = list(finding.to_confirm)
    for rule_id, item in existing.items():
        if rule_id not in triggered:
            if not item.no_longer_applies:
                dropped.append(rule_id)
            item.no_longer_applies = True
            item.is_new = False
            item.position = 1000 + len(dropped)
    changed = bool(
        active_before != set(triggered)
        or matter.tier != int(result["tier"])
        or matter.recommendation != str(result["recommendation"])
    )
    was_complete = (
        matter.missing_required == 0 if matter.missing_required is not None else not first
    )
    complete = bool(result["complete"])
    matter.tier = int(result["tier"])
    matter.recommendation = str(result["recommendation"])
    matter.missing_required = len(result["missing"])
    matter.updated_at = utc_now_iso()
    # The history records an outcome when there is one to record: when tier, recommendation or
    # the rule set changed, or the assessment became complete; never the provisional outcome of
    # a new matter whose required facts are still unanswered, nor a repeat of the same outcome.
    if (changed and not (first and not complete)) or (complete and not was_complete):
        record_event(
            session,
            actor=actor,
            action="matter.assess",
            entity="matter",
            entity_id=matter.id,
            matter_id=matter.id,
            details={
                "tier": matter.tier,
                "recommendation": matter.recommendation,
                "complete": complete,
                "added": added,
                "dropped": dropped,
                "missing": list(result["missing"]),
            },
        )
    session.flush()  # the index is refreshed at commit (models.search)
    tasks.sync_tasks(session, matter, actor=actor)  # each action a task, due dates recomputed
    # Items were added by matter id: reload the collection so callers holding this matter
    # (the memo draft, the window) see new items and the new order.
    session.expire(matter, ["checklist_items"])
    return MergeResult(added, kept, dropped)


def current_assessment(
    session: Session, matter: Matter, *, today: date | None = None
) -> dict[str, Any]:
    record = latest_intake(session, matter.id)
    if record is None:
        return assessing.assess(
            matter.kind, {}, today=today, policy_version=matter.policy_version
        )
    return assessing.assess(
        matter.kind,
        dict(record.answers),
        today=today,
        version=record.form_version,
        policy_version=matter.policy_version,
    )


def set_item_status(
    session: Session, item_id: str, *, status: str, note: str, actor: str
) -> ChecklistItem:
    if status not in ITEM_STATUSES:
        raise MatterInputError(f"unknown item status '{status}'; use {', '.join(ITEM_STATUSES)}")
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise RecordNotFoundError(f"no checklist item '{item_id}'")
    ensure_writable(get_matter(session, item.matter_id))
    before = {"status": item.status, "note": item.note}
    item.status, item.note = status, note
    item.decided_by, item.decided_at = actor, utc_now_iso()
    item.is_new = False
    matter = get_matter(session, item.matter_id)
    matter.updated_at = utc_now_iso()
    tasks.matter_status_changed(session, matter)  # a settled item's tasks leave the due view
    record_event(
        session,
        actor=actor,
        action="checklist.decide",
        entity="checklist_item",
        entity_id=item.id,
        matter_id=item.matter_id,
        details={"rule": item.rule_id, "before": before, "status": status, "note": note},
    )
    return item


def link_evidence(
    session: Session, item_id: str, attachment_id: str, *, actor: str
) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise RecordNotFoundError(f"no checklist item '{item_id}'")
    ensure_writable(get_matter(session, item.matter_id))
    ids = list(item.evidence_attachment_ids or [])
    if attachment_id not in ids:
        ids.append(attachment_id)
    item.evidence_attachment_ids = ids
    record_event(
        session,
        actor=actor,
        action="checklist.evidence",
        entity="checklist_item",
        entity_id=item.id,
        matter_id=item.matter_id,
        details={"rule": item.rule_id, "attachment": attachment_id},
    )
    return item


def override_recommendation(
    session: Session, matter_id: str, *, recommendation: str, reason: str, actor: str
) -> Matter:
    if recommendation not in RECOMMENDATIONS:
        raise MatterInputError(
            f"unknown recommendation '{recommendation}'; use {', '.join(RECOMMENDATIONS)}"
        )
    if not reason.strip():
        raise MatterInputError("an override needs a written reason")
    matter = get_matter(session, matter_id)
    ensure_writable(matter)
    matter.override_recommendation = recommendation
    matter.override_reason = reason.strip()
    matter.override_by = actor
    matter.override_at = utc_now_iso()
    matter.updated_at = matter.override_at
    record_event(
        session,
        actor=actor,
        action="matter.override",
        entity="matter",
        entity_id=matter.id,
        matter_id=matter.id,
        details={
            "computed": matter.recommendation,
            "override": recommendation,
            "reason": matter.override_reason,
        },
    )
    return matter


def clear_override(session: Session, matter_id: str, *, actor: str) -> Matter:
    matter = get_matter(session, matter_id)
    ensure_writable(matter)
    if matter.override_recommendation is None:
        return matter
    record_event(
        session,
        actor=actor,
        action="matter.override_cleared",
        entity="matter",
        entity_id=matter.id,
        matter_id=matter.id,
        details={"was": matter.override_recommendation},
    )
    matter.override_recommendation = matter.override_reason = None
    matter.override_by = matter.override_at = None
    matter.updated_at = utc_now_iso()
    return matter


def _check_memo_state(session: Session, matter: Matter, status: str) -> None:
    """`memo_draft` needs a memo version and `signed` a signed one: the status says what is true."""
    states = set(
        session.execute(select(MemoVersion.state).where(MemoVersion.matter_id == matter.id))
        .scalars()
        .all()
    )
    if status == "memo_draft" and not states:
        raise InvalidTransitionError("draft the memo first: this matter has no memo version")
    if status == "signed" and "signed" not in states:
        raise InvalidTransitionError("sign a memo version first: this matter has no signed memo")


def set_status(session: Session, matter_id: str, status: str, *, actor: str) -> Matter:
    matter = get_matter(session, matter_id)
    if status == matter.status:
        return matter
    allowed = TRANSITIONS.get(matter.status, ())
    if matter.status == "archived":  # back to where it was archived from, or closed
        allowed = tuple(dict.fromkeys((_status_before_archiving(session, matter), *allowed)))
    if status not in allowed:
        raise InvalidTransitionError(
            f"a matter in '{matter.status}' cannot move to '{status}' "
            f"(allowed: {', '.join(allowed) or 'none'})"
        )
    _check_memo_state(session, matter, status)
    record_event(
        session,
        actor=actor,
        action="matter.status",
        entity="matter",
        entity_id=matter.id,
        matter_id=matter.id,
        details={"from": matter.status, "to": status},
    )
    matter.status = status
    matter.updated_at = utc_now_iso()
    tasks.matter_status_changed(session, matter)  # closed or archived: out of the due view
    return matter


def change_status(session: Session, matter_id: str, action: str, *, actor: str) -> Matter:
    """Close, reopen, archive or unarchive a matter (each audited as a status change)."""
    if action not in LIFECYCLE_ACTIONS:
        raise MatterInputError(
            f"unknown action '{action}'; use one of {', '.join(LIFECYCLE_ACTIONS)}"
        )
    matter = get_matter(session, matter_id)
    target = {"close": "closed", "reopen": "signed", "archive": "archived"}.get(action)
    if action == "reopen" and matter.status != "closed":
        raise InvalidTransitionError(
            f"{matter.reference} is not closed; only a closed matter reopens"
        )
    if action == "close" and matter.status != "signed":
        raise InvalidTransitionError(
            f"{matter.reference} is {_words(matter.status)}; sign its memo before closing it"
        )
    if action == "archive" and matter.status == "archived":
        raise InvalidTransitionError(f"{matter.reference} is already archived")
    if action == "unarchive":
        if matter.status != "archived":
            raise InvalidTransitionError(f"{matter.reference} is not archived")
        target = _status_before_archiving(session, matter)
    assert target is not None
    return set_status(session, matter.id, target, actor=actor)


def lifecycle_actions(status: str) -> tuple[str, ...]:
    """The lifecycle actions a matter in `status` offers."""
    return {
        "signed": ("close", "archive"),
        "closed": ("reopen", "archive"),
        "archived": ("unarchive",),
    }.get(status, ("archive",))


def _words(status: str) -> str:
    return status.replace("_", " ")


def _status_before_archiving(session: Session, matter: Matter) -> str:
    events = session.execute(
        select(AuditEvent.details)
        .where(AuditEvent.matter_id == matter.id, AuditEvent.action == "matter.status")
        .order_by(AuditEvent.seq.desc())
    ).scalars()
    for text in events:
        details = json.loads(text)
        if isinstance(details, dict) and details.get("to") == "archived":
            return str(details.get("from") or "closed")
    return "closed"  # archived before its history was kept here (an imported matter)


def rename_matter(session: Session, matter_id: str, *, title: str, actor: str) -> Matter:
    """Counsel's title replaces the one made from the intake (which no longer follows it)."""
    matter = get_matter(session, matter_id)
    ensure_writable(matter)
    if not title.strip():
        raise MatterInputError("a matter needs a title")
    check_length(title.strip(), limits.TITLE, "title")
    record_event(
        session,
        actor=actor,
        action="matter.rename",
        entity="matter",
        entity_id=matter.id,
        matter_id=matter.id,
        details={"from": matter.title, "to": title.strip()},
    )
    matter.title = title.strip()
    matter.title_from_intake = False
    matter.updated_at = utc_now_iso()
    return matter
