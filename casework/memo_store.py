"""Memo versions and signatures as stored in the vault. Composition and rendering live in
`memos/`; this module only keeps what was composed, and guards signed versions for good."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casework.matters import (
    MatterInputError,
    ensure_writable,
    get_matter,
    next_number,
    set_status,
)
from models.audit import record_event
from models.entities import (
    CAPACITIES,
    Counsel,
    MemoVersion,
    MemoWorkingDraft,
    Signature,
    utc_now_iso,
)
from models.errors import RecordNotFoundError, SignedVersionError


def list_versions(session: Session, matter_id: str) -> list[MemoVersion]:
    return list(
        session.execute(
            select(MemoVersion)
            .where(MemoVersion.matter_id == matter_id)
            .order_by(MemoVersion.number)
        ).scalars()
    )


def get_version(session: Session, matter_id: str, number: int | None = None) -> MemoVersion:
    stmt = select(MemoVersion).where(MemoVersion.matter_id == matter_id)
    stmt = (
        stmt.where(MemoVersion.number == number)
        if number is not None
        else stmt.order_by(MemoVersion.number.desc()).limit(1)
    )
    version = session.execute(stmt).scalar_one_or_none()
    if version is None:
        if number is None:
            raise RecordNotFoundError("this matter has no memo version yet; draft the memo first")
        raise RecordNotFoundError(f"this matter has no memo version {number}")
    return version


def get_working_draft(session: Session, matter_id: str) -> dict[str, Any] | None:
    """The narrative counsel typed since the last saved version, or None."""
    draft = session.get(MemoWorkingDraft, matter_id)
    return dict(draft.narrative) if draft is not None else None


def save_working_draft(
    session: Session, matter_id: str, *, narrative: dict[str, Any], actor: str
) -> None:
    """Keep the narrative being typed (one row per matter, overwritten: not a version)."""
    matter = get_matter(session, matter_id)
    draft = session.get(MemoWorkingDraft, matter.id)
    if draft is None:
        draft = MemoWorkingDraft(matter_id=matter.id, narrative=narrative)
        session.add(draft)
    draft.narrative = dict(narrative)
    draft.saved_at = utc_now_iso()
    draft.saved_by = actor
    session.flush()


def clear_working_draft(session: Session, matter_id: str) -> None:
    draft = session.get(MemoWorkingDraft, matter_id)
    if draft is not None:
        session.delete(draft)
        session.flush()


def save_draft(
    session: Session, matter_id: str, *, content: dict[str, Any], sha256: str, actor: str
) -> MemoVersion:
    """Save a new draft version. Versions are never edited in place: each save is a version."""
    matter = get_matter(session, matter_id)
    ensure_writable(matter)
    number = next_number(session, MemoVersion.number, MemoVersion.matter_id, matter.id)
    version = MemoVersion(
        matter_id=matter.id,
        number=number,
        state="draft",
        content=content,
        sha256=sha256,
        created_by=actor,
        created_at=utc_now_iso(),
    )
    session.add(version)
    clear_working_draft(session, matter.id)  # what was typed is now this version
    session.flush()
    record_event(
        session,
        actor=actor,
        action="memo.draft",
        entity="memo_version",
        entity_id=version.id,
        matter_id=matter.id,
        details={"number": number, "sha256": sha256},
    )
    if matter.status in ("intake", "review"):
        if matter.status == "intake":
            set_status(session, matter.id, "review", actor=actor)
        set_status(session, matter.id, "memo_draft", actor=actor)
    elif matter.status == "signed":
        set_status(session, matter.id, "memo_draft", actor=actor)
    matter.updated_at = utc_now_iso()
    session.flush()  # the index is refreshed at commit (models.search)
    session.expire(matter, ["memo_versions"])  # the new version was added by matter id
    return version


def sign_version(
    session: Session,
    version: MemoVersion,
    *,
    counsel: Counsel,
    capacity: str,
    signed_at: str,
    fingerprint: str,
    pdf: bytes,
    pades: bool,
    actor: str,
) -> Signature:
    """Record a signature; the version becomes signed and its content frozen. A later signature
    (reviewer after preparer) must be over the same fingerprint."""
    ensure_writable(get_matter(session, version.matter_id))
    if capacity not in CAPACITIES:
        raise MatterInputError(f"unknown capacity '{capacity}'; use {', '.join(CAPACITIES)}")
    if fingerprint != version.sha256:
        raise SignedVersionError(
            "the memo changed since this version was saved; save a new version and sign that"
        )
    if any(s.counsel_id == counsel.id and s.capacity == capacity for s in version.signatures):
        raise MatterInputError(f"{counsel.name} already signed this version as {capacity}")
    signature = Signature(
        memo_version_id=version.id,
        counsel_id=counsel.id,
        signer_name=counsel.name,
        signer_title=counsel.title,
        capacity=capacity,
        signed_at=signed_at,
        fingerprint=fingerprint,
        pades=pades,
    )
    version.signatures.append(signature)
    version.state = "signed"
    version.pdf = pdf
    session.flush()
    record_event(
        session,
        actor=actor,
        action="memo.sign",
        entity="memo_version",
        entity_id=version.id,
        matter_id=version.matter_id,
        details={
            "number": version.number,
            "signer": counsel.name,
            "capacity": capacity,
            "fingerprint": fingerprint,
            "pades": pades,
        },
    )
    matter = get_matter(session, version.matter_id)
    if matter.status == "memo_draft":
        set_status(session, matter.id, "signed", actor=actor)
    matter.updated_at = utc_now_iso()
    return signature


def find_signed_by_fingerprint(session: Session, fingerprint: str) -> MemoVersion | None:
    # The same content can be in two matters (a matter and its imported copy): the oldest wins.
    return session.execute(
        select(MemoVersion)
        .where(MemoVersion.sha256 == fingerprint, MemoVersion.state == "signed")
        .order_by(MemoVersion.created_at)
        .limit(1)
    ).scalar_one_or_none()


def ensure_editable(version: MemoVersion) -> None:
    if version.state == "signed":
        raise SignedVersionError(
            f"version {version.number} is signed and cannot change; saving makes a new draft"
        )


def get_version_by_id(session: Session, version_id: str) -> MemoVersion:
    version = session.get(MemoVersion, version_id)
    if version is None:
        raise RecordNotFoundError(f"no memo version '{version_id}'")
    return version
