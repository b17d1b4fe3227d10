"""The people register (issue 15): a person across matters, their standing facts copied from their
latest intake, their access to the core assets as confirmed, and the register's views.

A person's tier is never stored: it is the tier of their newest linked matter, and the history
is each linked matter's tier with the date of its latest intake. Possible duplicates are
offered by normalised name and identifier; people are merged only when counsel ask.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from casework import matters
from forms.definitions import load_definition
from forms.errors import OutboundError
from forms.limits import EMPLOYEE_NUMBER, PERSON_NAME_ZH, check_length
from models.audit import record_event
from models.entities import AccessConfirmation, IntakeRecord, Matter, Person, utc_now_iso
from models.errors import RecordNotFoundError

# The core assets of the programme's third part, as the intake asks about them.
ACCESS_ASSETS = (
    "access.core_source_code",
    "access.training_data",
    "access.model_weights",
    "access.experiment_records",
    "access.unpublished_capabilities",
    "access.chip_design",
)

ASSET_WORDS = {
    "access.core_source_code": "Core source code",
    "access.training_data": "Training data",
    "access.model_weights": "Model weights download",
    "access.experiment_records": "Experiment logs and failure records",
    "access.unpublished_capabilities": "Unpublished capabilities",
    "access.chip_design": "Chip design data",
}

# Facts a new matter for the person starts from (their standing facts), when its intake asks them.
CARRIED_FACTS = (
    "matter.client",
    "person.name",
    "person.title",
    "person.department",
    "person.nationality",
    "person.other_citizenships",
    "person.foreign_residency",
    "person.us_person",
    "person.role",
    "person.key_position",
    *ACCESS_ASSETS,
    "access.personal_information",
    "access.important_data",
    "secrets.level",
    "secrets.left_post_on",
    "secrets.declass_until",
    "exit.registered_personnel",
    "exit.employer_holds_documents",
)
# Carried facts that are the matter's identity rather than something to confirm.
_NOT_MARKED = ("matter.client", "person.name")

NEW_MATTER_KINDS = ("travel", "secondment", "departure")
OPEN_STATUSES = ("intake", "review", "memo_draft", "signed")

# Why an employer may hold a person's travel documents (stored as these codes, shown in words).
AUTHORITY_WORDS = {
    "registered_personnel": "registered personnel whose private exit needs the unit's approval",
    "secret_personnel": "state-secret personnel under exit management",
    "authority_instruction": "an authority's instruction",
}

VIEWS = ("tier1", "access_stale", "open_matter", "restricted_period", "key_unreviewed")


class PeopleInputError(OutboundError):
    pass


class EmployeeNumberTakenError(PeopleInputError):
    """The employee number is another register entry's: counsel open that person or merge the
    two entries; the number is never moved between people without asking."""

    def __init__(self, number: str, other_id: str, other_name: str, references: list[str]):
        refs = ", ".join(references) or "no matters"
        super().__init__(
            f"employee number {number} is already {other_name}'s ({refs}); if they are the same "
            f"person, merge the two entries ('outbound people merge'), otherwise check the number"
        )
        self.number, self.other_id, self.other_name = number, other_id, other_name
        self.references = references


# ----- plain values the views read --------------------------------------------------------------
@dataclass(frozen=True)
class RegisterRow:
    id: str
    name: str
    name_zh: str
    tier: int | None
    key_position: str | None
    confidentiality_until: str | None
    noncompete_until: str | None
    last_confirmed: str | None
    references: list[str]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "name_zh": self.name_zh, "tier": self.tier,
            "key_position": self.key_position,
            "confidentiality_until": self.confidentiality_until,
            "noncompete_until": self.noncompete_until,
            "access_last_confirmed": self.last_confirmed, "matters": self.references,
        }


@dataclass(frozen=True)
class TierEntry:
    reference: str
    kind: str
    tier: int | None
    on: str  # ISO day of the matter's latest intake


@dataclass(frozen=True)
class MatterLine:
    id: str
    reference: str
    kind: str
    title: str
    status: str
    tier: int | None
    created_at: str


@dataclass(frozen=True)
class AccessProfile:
    assets: dict[str, str]  # access fact id -> "yes" | "no" | "unknown"
    confirmed_at: str
    confirmed_by: str
    source: str  # "intake" | "confirmed"
    reference: str | None  # the matter whose intake it came from


@dataclass(frozen=True)
class PersonRecord:
    id: str
    name: str
    name_zh: str
    employee_number: str | None
    role: str
    title: str
    department: str
    nationality: str
    other_citizenships: list[str]
    key_position: str | None
    secrets_level: str | None
    confidentiality_until: str | None
    noncompete_until: str | None
    travel_documents_held: str | None
    travel_documents_authority: list[str]
    tier: int | None
    tier_history: list[TierEntry]
    access: AccessProfile | None
    matters: list[MatterLine]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Candidate:
    """A register entry that may be the same person, and why it was offered."""

    id: str
    name: str
    name_zh: str
    employee_number: str | None
    references: list[str]
    reasons: list[str] = field(default_factory=list)  # "name", "chinese_name", "identifier"


# ----- names ------------------------------------------------------------------------------------
def name_key(name: str) -> str:
    """A name as compared for duplicates: width and case folded, punctuation and spacing
    dropped, Latin words in any order ("Chen, Siyuan" = "siyuan chen"; 陈 思远 = 陈思远)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    words = [w for w in re.split(r"[\W_]+", text) if w]
    if all(w.isascii() for w in words):
        words.sort()
    return "".join(words)


# ----- standing facts ---------------------------------------------------------------------------
def _text(answers: Mapping[str, Any], fact: str) -> str:
    value = answers.get(fact)
    return str(value) if value is not None else ""


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def noncompete_end(answers: Mapping[str, Any]) -> str | None:
    """The last day of the non-compete: the last working day plus its length, when both known."""
    if answers.get("employment.noncompete") != "yes":
        return None
    last_day = answers.get("departure.last_day")
    months = answers.get("employment.noncompete_months")
    if not isinstance(last_day, str) or not isinstance(months, int):
        return None
    try:
        return _add_months(date.fromisoformat(last_day), months).isoformat()
    except ValueError:
        return None


def travel_authority(answers: Mapping[str, Any]) -> list[str]:
    """Why the employer may hold the person's travel documents (codes of AUTHORITY_WORDS)."""
    found = []
    if answers.get("exit.registered_personnel") == "yes":
        found.append("registered_personnel")
    if answers.get("secrets.level") in ("general", "important", "core"):
        found.append("secret_personnel")
    if answers.get("exit.authority_instruction") == "yes":
        found.append("authority_instruction")
    return found


def _apply_standing(person: Person, answers: Mapping[str, Any], record_id: str | None) -> None:
    """Copy the standing facts of an intake onto the person; facts the intake leaves unanswered
    keep what an earlier intake said (an intake of another kind does not ask them all)."""
    name = _text(answers, "person.name").strip()
    if name:
        person.name, person.name_key = name, name_key(name)
    for fact, attr in (("person.role", "role"), ("person.title", "title"),
                       ("person.department", "department"),
                       ("person.nationality", "nationality")):
        if fact in answers:
            setattr(person, attr, _text(answers, fact))
    if "person.other_citizenships" in answers:
        person.other_citizenships = list(answers["person.other_citizenships"] or [])
    if "person.key_position" in answers:
        person.key_position = _text(answers, "person.key_position")
    if "secrets.level" in answers:
        person.secrets_level = _text(answers, "secrets.level")
    if "secrets.declass_until" in answers:
        person.confidentiality_until = _text(answers, "secrets.declass_until") or None
    ends = noncompete_end(answers)
    if ends is not None or answers.get("employment.noncompete") == "no":
        person.noncompete_until = ends
    if "exit.employer_holds_documents" in answers:
        person.travel_documents_held = _text(answers, "exit.employer_holds_documents")
        person.travel_documents_authority = ",".join(travel_authority(answers))
    person.standing_from_intake_id = record_id
    person.updated_at = utc_now_iso()


def _assets_of(answers: Mapping[str, Any]) -> dict[str, str]:
    return {a: str(answers[a]) for a in ACCESS_ASSETS if a in answers}


# ----- changing the register --------------------------------------------------------------------
def get_person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise RecordNotFoundError(
            f"no person '{person_id}' in this vault; 'outbound people list' shows who is"
        )
    return person


def find_person(session: Session, key: str) -> Person:
    """A person by id, employee number or exact name (English or Chinese)."""
    person = session.get(Person, key)
    if person is not None:
        return person
    found = session.execute(
        select(Person).where(
            or_(Person.employee_number == key, Person.name == key, Person.name_zh == key)
        ).limit(2)
    ).scalars().all()
    if len(found) == 1:
        return found[0]
    if found:
        raise PeopleInputError(f"more than one person is called '{key}'; give their id instead")
    raise RecordNotFoundError(
        f"no person '{key}' in this vault; 'outbound people list' shows who is"
    )


def _check_identifiers(name_zh: str, employee_number: str | None) -> None:
    check_length(name_zh, PERSON_NAME_ZH, "Chinese name")
    if employee_number is not None:
        check_length(employee_number, EMPLOYEE_NUMBER, "employee number")
    for what, value in (("Chinese name", name_zh), ("employee number", employee_number or "")):
        if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
            raise PeopleInputError(f"the {what} is one line of text; remove the line breaks")


def _refuse_taken_number(session: Session, person_id: str, number: str | None) -> None:
    """An employee number names one person: refuse one already another entry's."""
    if not number:
        return
    other = session.execute(
        select(Person).where(Person.employee_number == number, Person.id != person_id).limit(1)
    ).scalar_one_or_none()
    if other is not None:
        refs = _references(session, [other.id]).get(other.id, [])
        raise EmployeeNumberTakenError(number, other.id, other.name, refs)


def create_person(
    session: Session,
    answers: Mapping[str, Any],
    *,
    actor: str,
    name_zh: str = "",
    employee_number: str | None = None,
    record_id: str | None = None,
) -> Person:
    """A register entry from an intake's answers (its standing facts copied)."""
    name = _text(answers, "person.name").strip()
    if not name:
        raise PeopleInputError("the intake names no person; answer 'Full name' first")
    _check_identifiers(name_zh, employee_number)
    person = Person(
        name=name, name_key=name_key(name), name_zh=name_zh.strip(),
        name_zh_key=name_key(name_zh) if name_zh.strip() else "",
        employee_number=(employee_number or "").strip() or None,
        other_citizenships=[], travel_documents_authority="",
    )
    _apply_standing(person, answers, record_id)
    session.add(person)
    session.flush()
    record_event(
        session, actor=actor, action="person.create", entity="person", entity_id=person.id,
        details={"name": person.name, "name_zh": person.name_zh,
                 "employee_number": person.employee_number},
    )
    return person


def set_identifiers(
    session: Session, person_id: str, *, name_zh: str, employee_number: str | None, actor: str
) -> Person:
    """Set (or clear, with "" / None) the person's Chinese name and employee number."""
    person = get_person(session, person_id)
    _check_identifiers(name_zh, employee_number)
    number = (employee_number or "").strip() or None
    _refuse_taken_number(session, person.id, number)
    before = {"name_zh": person.name_zh, "employee_number": person.employee_number}
    if before == {"name_zh": name_zh.strip(), "employee_number": number}:
        return person  # nothing to change, nothing to audit
    person.name_zh = name_zh.strip()
    person.name_zh_key = name_key(name_zh) if name_zh.strip() else ""
    person.employee_number = number
    person.updated_at = utc_now_iso()
    record_event(
        session, actor=actor, action="person.identifiers", entity="person", entity_id=person.id,
        details={"before": before, "name_zh": person.name_zh,
                 "employee_number": person.employee_number},
    )
    return person


def link_matter(session: Session, matter: Matter, person: Person, *, actor: str) -> None:
    """Link the matter to the person and take its intake as their latest standing facts."""
    if matter.person_id == person.id:
        return
    record_event(
        session, actor=actor, action="person.link", entity="matter", entity_id=matter.id,
        matter_id=matter.id,
        details={"person": person.id, "name": person.name, "was": matter.person_id},
    )
    matter.person_id = person.id
    session.flush()
    refresh_from_matter(session, matter, actor=actor)


def link_to_person(
    session: Session, matter: Matter, person_id: str | None, *, actor: str,
    name_zh: str = "", employee_number: str | None = None,
) -> Person:
    """Link the matter to `person_id` picked from the register, or to a new register entry made
    from its latest intake (with the identifiers counsel keep); returns the person."""
    if person_id is not None:
        person = get_person(session, person_id)
    else:
        record = matters.latest_intake(session, matter.id)
        person = create_person(
            session, record.answers if record else {}, actor=actor,
            name_zh=name_zh, employee_number=employee_number,
            record_id=record.id if record else None,
        )
    link_matter(session, matter, person, actor=actor)
    return person


def refresh_from_matter(session: Session, matter: Matter, *, actor: str) -> None:
    """After an intake of a linked matter is saved: the person's standing facts follow their
    newest intake, and the access it states is recorded as confirmed by whoever saved it."""
    if matter.person_id is None:
        return
    person = get_person(session, matter.person_id)
    record = matters.latest_intake(session, matter.id)
    if record is None:
        return
    newest = session.execute(
        select(IntakeRecord.id)
        .join(Matter, Matter.id == IntakeRecord.matter_id)
        .where(Matter.person_id == person.id)
        .order_by(IntakeRecord.saved_at.desc(), IntakeRecord.revision.desc())
        .limit(1)
    ).scalar_one()
    if newest == record.id:
        _apply_standing(person, record.answers, record.id)
    assets = _assets_of(record.answers)
    if not assets:
        return
    last = _last_confirmation(session, person.id)
    if last is not None and last.intake_record_id == record.id:
        if last.assets != assets:  # the same revision amended (autosave): follow it
            last.assets, last.confirmed_at, last.confirmed_by = assets, utc_now_iso(), actor
        return
    session.add(AccessConfirmation(
        person_id=person.id, assets=assets, confirmed_at=record.saved_at or utc_now_iso(),
        confirmed_by=actor, source="intake", intake_record_id=record.id, matter_id=matter.id,
    ))
    session.flush()


def _last_confirmation(session: Session, person_id: str) -> AccessConfirmation | None:
    return session.execute(
        select(AccessConfirmation)
        .where(AccessConfirmation.person_id == person_id)
        .order_by(AccessConfirmation.confirmed_at.desc())
        .limit(1)
    ).scalar_one_or_none()


def confirm_access(
    session: Session, person_id: str, *, actor: str, assets: Mapping[str, str] | None = None
) -> AccessConfirmation:
    """A fresh confirmation of the person's access, without a new matter: the assets given, or
    the latest profile unchanged."""
    person = get_person(session, person_id)
    last = _last_confirmation(session, person.id)
    chosen = dict(assets) if assets is not None else dict(last.assets if last else {})
    unknown = sorted(set(chosen) - set(ACCESS_ASSETS))
    bad = sorted(a for a, v in chosen.items() if v not in ("yes", "no", "unknown"))
    if unknown or bad:
        raise PeopleInputError(
            "access is confirmed for the core assets only, each as yes, no or unknown"
        )
    if not chosen:
        raise PeopleInputError(
            f"{person.name} has no access profile yet; say which core assets they can reach"
        )
    confirmation = AccessConfirmation(
        person_id=person.id, assets=chosen, confirmed_at=utc_now_iso(), confirmed_by=actor,
        source="confirmed",
    )
    session.add(confirmation)
    session.flush()
    record_event(
        session, actor=actor, action="person.confirm_access", entity="person",
        entity_id=person.id, details={"assets": chosen},
    )
    return confirmation


def merge_people(session: Session, keep_id: str, merge_id: str, *, actor: str) -> Person:
    """Counsel's explicit merge: the second entry's matters and confirmations move to the first,
    identifiers the first lacks are taken from the second, and the second entry goes."""
    if keep_id == merge_id:
        raise PeopleInputError("choose two different people to merge")
    keep, gone = get_person(session, keep_id), get_person(session, merge_id)
    moved = session.execute(select(Matter).where(Matter.person_id == gone.id)).scalars().all()
    for matter in moved:
        record_event(
            session, actor=actor, action="person.link", entity="matter", entity_id=matter.id,
            matter_id=matter.id, details={"person": keep.id, "name": keep.name, "was": gone.id},
        )
        matter.person_id = keep.id
    for confirmation in session.execute(
        select(AccessConfirmation).where(AccessConfirmation.person_id == gone.id)
    ).scalars():
        confirmation.person_id = keep.id
    if not keep.name_zh and gone.name_zh:
        keep.name_zh, keep.name_zh_key = gone.name_zh, gone.name_zh_key
    if not keep.employee_number and gone.employee_number:
        keep.employee_number = gone.employee_number
    record_event(
        session, actor=actor, action="person.merge", entity="person", entity_id=keep.id,
        details={"kept": keep.id, "merged": gone.id, "merged_name": gone.name,
                 "matters": [m.reference for m in moved]},
    )
    session.flush()
    session.delete(gone)
    session.flush()
    # The standing facts follow the newest intake of everything now linked.
    newest = _newest_linked_matter(session, keep.id)
    if newest is not None:
        refresh_from_matter(session, newest, actor=actor)
    return keep


def _newest_linked_matter(session: Session, person_id: str) -> Matter | None:
    return session.execute(
        select(Matter).where(Matter.person_id == person_id)
        .order_by(Matter.created_at.desc()).limit(1)
    ).scalar_one_or_none()


def possible_duplicates(
    session: Session, name: str, *, name_zh: str = "", employee_number: str | None = None,
    exclude: str | None = None,
) -> list[Candidate]:
    """Register entries that may be this person: the same normalised name (either entry's
    English or Chinese name against either given), or the same employee number."""
    keys = {k for k in (name_key(name), name_key(name_zh)) if k}
    conditions: list[ColumnElement[bool]] = []
    if keys:
        conditions += [Person.name_key.in_(keys), Person.name_zh_key.in_(keys)]
    number = (employee_number or "").strip()
    if number:
        conditions.append(Person.employee_number == number)
    if not conditions:
        return []
    stmt = select(Person).where(or_(*conditions)).order_by(Person.name).limit(50)
    if exclude:
        stmt = stmt.where(Person.id != exclude)
    people = session.execute(stmt).scalars().all()
    refs = _references(session, [p.id for p in people])
    found = []
    for p in people:
        reasons = []
        if p.name_key in keys:
            reasons.append("name")
        if p.name_zh_key and p.name_zh_key in keys:
            reasons.append("chinese_name")
        if number and p.employee_number == number:
            reasons.append("identifier")
        found.append(Candidate(p.id, p.name, p.name_zh, p.employee_number,
                               refs.get(p.id, []), reasons))
    return found


def new_matter_for_person(
    session: Session, person_id: str, kind: str, *, actor: str, today: date | None = None
) -> Matter:
    """A travel, secondment or departure matter for the person, its intake started from their
    standing facts, each marked as carried over until counsel confirm it."""
    if kind not in NEW_MATTER_KINDS:
        raise PeopleInputError(
            f"a new matter for a person is one of {', '.join(NEW_MATTER_KINDS)}, not '{kind}'"
        )
    person = get_person(session, person_id)
    source = (session.get(IntakeRecord, person.standing_from_intake_id)
              if person.standing_from_intake_id else None)
    asked = set(load_definition(kind).fact_ids)
    previous = dict(source.answers) if source is not None else {"person.name": person.name}
    carried = {f: previous[f] for f in CARRIED_FACTS if f in previous and f in asked}
    matter = matters.create_matter(session, kind=kind, actor=actor, answers=carried, today=today)
    from_ref = source.matter.reference if source is not None else None
    matter.provenance = {
        **(matter.provenance or {}),
        "carried_over": {
            "from": from_ref,
            "facts": {f: v for f, v in carried.items() if f not in _NOT_MARKED},
        },
    }
    record_event(
        session, actor=actor, action="person.new_matter", entity="matter", entity_id=matter.id,
        matter_id=matter.id,
        details={"person": person.id, "from": from_ref, "carried": sorted(carried)},
    )
    matter.person_id = person.id
    session.flush()
    refresh_from_matter(session, matter, actor=actor)
    return matter


def carried_over_facts(session: Session, matter: Matter) -> dict[str, Any]:
    """The facts still to confirm: carried over into this matter, not yet confirmed, and still
    holding the carried value (a fact counsel changed was answered, not carried)."""
    carried = (matter.provenance or {}).get("carried_over") or {}
    facts = carried.get("facts") or {}
    if not facts:
        return {}
    record = matters.latest_intake(session, matter.id)
    current = record.answers if record else {}
    return {f: v for f, v in facts.items() if current.get(f) == v}


def confirm_carried_over(
    session: Session, matter: Matter, facts: Iterable[str], *, actor: str
) -> list[str]:
    matters.ensure_writable(matter)
    provenance = dict(matter.provenance or {})
    carried = dict(provenance.get("carried_over") or {})
    pending = dict(carried.get("facts") or {})
    confirmed = sorted(f for f in facts if f in pending)
    if not confirmed:
        return []
    for fact in confirmed:
        del pending[fact]
    provenance["carried_over"] = {**carried, "facts": pending}
    matter.provenance = provenance
    record_event(
        session, actor=actor, action="intake.confirm_carried", entity="matter",
        entity_id=matter.id, matter_id=matter.id, details={"facts": confirmed},
    )
    return confirmed


# ----- reading the register ---------------------------------------------------------------------
# One statement per view, on the session connection's bare cursor (as casework.listing does):
# a view lists thousands of people at 100,000 matters, and ORM row processing would cost more
# than the query. The person's current tier is their newest matter's (an index walk of
# ix_matter_person_id_created_at); rows come in name order from ix_person_name_id.
_REGISTER_SQL = """
SELECT * FROM (
  SELECT p.id, p.name, p.name_zh, p.key_position, p.confidentiality_until, p.noncompete_until,
    (SELECT m.tier FROM matter m WHERE m.person_id = p.id
     ORDER BY m.created_at DESC LIMIT 1) AS tier,
    (SELECT max(c.confirmed_at) FROM access_confirmation c WHERE c.person_id = p.id)
     AS confirmed,
    (SELECT group_concat(r.reference, ' ') FROM (
       SELECT m.reference FROM matter m WHERE m.person_id = p.id
       ORDER BY m.created_at, m.reference) r) AS refs
  FROM person p {outer_where}
  ORDER BY p.name, p.id
) WHERE 1 = 1 {where}
"""

_VIEW_WHERE = {
    None: ("", ""),
    "tier1": ("", "AND tier = 1"),
    "access_stale": ("", "AND tier IN (1, 2) AND (confirmed IS NULL OR confirmed < :six_months)"),
    "open_matter": (
        "WHERE EXISTS (SELECT 1 FROM matter m WHERE m.person_id = p.id AND m.status IN ("
        + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + "))", ""),
    "restricted_period": (
        "WHERE p.confidentiality_until >= :today OR p.noncompete_until >= :today", ""),
    "key_unreviewed": (
        "WHERE p.key_position = 'yes'", "AND (confirmed IS NULL OR confirmed < :twelve_months)"),
}


def _driver(session: Session) -> Any:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver


def _months_before(day: date, months: int) -> str:
    return _add_months(day, -months).isoformat()


def register(
    session: Session, view: str | None, *, today: date | None = None, tier: int | None = None,
    limit: int | None = None,
) -> list[RegisterRow]:
    """The people of a register view (None: everyone) in name order, with their current tier,
    when their access was last confirmed, and their matters' references."""
    if view not in _VIEW_WHERE:
        raise PeopleInputError(f"unknown register view '{view}'; choose one of {', '.join(VIEWS)}")
    day = today or datetime.now(UTC).date()
    outer_where, where = _VIEW_WHERE[view]
    params: dict[str, Any] = {
        "today": day.isoformat(), "six_months": _months_before(day, 6),
        "twelve_months": _months_before(day, 12),
    }
    if tier is not None:
        where += " AND tier = :tier"
        params["tier"] = tier
    sql = _REGISTER_SQL.format(outer_where=outer_where, where=where)
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    used = {k: v for k, v in params.items() if f":{k}" in sql}
    rows = _driver(session).execute(sql, used).fetchall()
    return [
        RegisterRow(pid, name, name_zh or "", tier_, key, conf, nc, confirmed,
                    refs.split(" ") if refs else [])
        for pid, name, name_zh, key, conf, nc, tier_, confirmed, refs in rows
    ]


def _references(session: Session, person_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for start in range(0, len(person_ids), 500):  # SQLite's bound-parameter limit
        chunk = person_ids[start:start + 500]
        for person_id, ref in session.execute(
            select(Matter.person_id, Matter.reference)
            .where(Matter.person_id.in_(chunk))
            .order_by(Matter.created_at, Matter.reference)
        ):
            found.setdefault(str(person_id), []).append(ref)
    return found


def person_record(session: Session, person_id: str) -> PersonRecord:
    person = get_person(session, person_id)
    linked = session.execute(
        select(Matter).where(Matter.person_id == person.id).order_by(Matter.created_at)
    ).scalars().all()
    latest_days = dict(session.execute(
        select(IntakeRecord.matter_id, func.max(IntakeRecord.saved_at))
        .where(IntakeRecord.matter_id.in_([m.id for m in linked]))
        .group_by(IntakeRecord.matter_id)
    ).all())
    history = [
        TierEntry(m.reference, m.kind, m.tier, str(latest_days.get(m.id) or m.created_at)[:10])
        for m in linked
    ]
    history.sort(key=lambda e: e.on)
    last = _last_confirmation(session, person.id)
    access = None
    if last is not None:
        ref = next((m.reference for m in linked if m.id == last.matter_id), None)
        access = AccessProfile(dict(last.assets), last.confirmed_at, last.confirmed_by,
                               last.source, ref)
    return PersonRecord(
        id=person.id, name=person.name, name_zh=person.name_zh,
        employee_number=person.employee_number, role=person.role, title=person.title,
        department=person.department, nationality=person.nationality,
        other_citizenships=list(person.other_citizenships or []),
        key_position=person.key_position, secrets_level=person.secrets_level,
        confidentiality_until=person.confidentiality_until,
        noncompete_until=person.noncompete_until,
        travel_documents_held=person.travel_documents_held,
        travel_documents_authority=[
            a for a in (person.travel_documents_authority or "").split(",") if a
        ],
        tier=linked[-1].tier if linked else None,
        tier_history=history,
        access=access,
        matters=[MatterLine(m.id, m.reference, m.kind, m.title, m.status, m.tier, m.created_at)
                 for m in reversed(linked)],
        created_at=person.created_at, updated_at=person.updated_at,
    )


# ----- CSV --------------------------------------------------------------------------------------
CSV_HEADER = ("name", "chinese_name", "tier", "key_position", "confidentiality_period_end",
              "noncompete_end", "access_last_confirmed", "matters")


def register_csv(rows: Iterable[RegisterRow]) -> str:
    """The register as CSV text (UTF-8 with a byte-order mark when written, for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow([
            _safe_cell(r.name), _safe_cell(r.name_zh), r.tier or "", r.key_position or "",
            r.confidentiality_until or "", r.noncompete_until or "",
            (r.last_confirmed or "")[:10], " ".join(r.references),
        ])
    return out.getvalue()


def _safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text




# ----- case bundles -----------------------------------------------------------------------------
_BUNDLE_PERSON_FIELDS = (
    "name", "name_zh", "employee_number", "role", "title", "department", "nationality",
    "other_citizenships", "key_position", "secrets_level", "confidentiality_until",
    "noncompete_until", "travel_documents_held", "travel_documents_authority", "created_at",
    "updated_at",
)


def import_person(
    session: Session, entry: Mapping[str, Any], matter: Matter, *, actor: str
) -> tuple[str, list[Candidate]]:
    """Link an imported matter to the person its bundle carries (schema-checked): the same
    register entry when this vault has it (same id), else a new entry made from the bundle.
    Never merged with another entry: likely duplicates are returned for counsel to decide."""
    person = session.get(Person, entry["id"])
    created = person is None
    if person is None:
        person = Person(id=entry["id"], **{f: entry[f] for f in _BUNDLE_PERSON_FIELDS})
        person.other_citizenships = list(entry["other_citizenships"])
        person.name_key = name_key(person.name)
        person.name_zh_key = name_key(person.name_zh) if person.name_zh else ""
        person.travel_documents_authority = entry["travel_documents_authority"] or ""
        session.add(person)
        session.flush()
        record_event(
            session, actor=actor, action="person.create", entity="person", entity_id=person.id,
            details={"name": person.name, "name_zh": person.name_zh,
                     "employee_number": person.employee_number, "from_bundle": matter.reference},
        )
    intake_ids = set(session.execute(
        select(IntakeRecord.id).where(IntakeRecord.matter_id == matter.id)
    ).scalars())
    for c in entry["access_confirmations"]:
        if session.get(AccessConfirmation, c["id"]) is not None:
            continue
        record_id = c["intake_record_id"] if c["intake_record_id"] in intake_ids else None
        session.add(AccessConfirmation(
            id=c["id"], person_id=person.id, assets=dict(c["assets"]),
            confirmed_at=c["confirmed_at"], confirmed_by=c["confirmed_by"], source=c["source"],
            intake_record_id=record_id,
            matter_id=matter.id if c["from_this_matter"] else None,
        ))
    session.flush()
    record_event(
        session, actor=actor, action="person.link", entity="matter", entity_id=matter.id,
        matter_id=matter.id,
        details={"person": person.id, "name": person.name, "was": None, "from_bundle": True},
    )
    matter.person_id = person.id
    session.flush()
    if not created:  # this vault's record follows the imported intake only when it is newer
        refresh_from_matter(session, matter, actor=actor)
    duplicates = possible_duplicates(
        session, person.name, name_zh=person.name_zh, employee_number=person.employee_number,
        exclude=person.id,
    )
    return person.id, duplicates
