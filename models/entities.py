"""SQLAlchemy 2.x typed declarative entities of the vault.

Times are stored as ISO-8601 UTC strings (`utc_now_iso`), which sort and compare as text and
survive JSON export unchanged. Every record has a UUID primary key (text), except the chunk and
audit tables which are ordered by an integer sequence.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from forms import vocabulary

# Named constraints so SQLite batch migrations can drop and recreate them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


MATTER_KINDS = ("departure", "secondment", "travel", "collaboration")
MATTER_STATUSES = tuple(vocabulary.MATTER_STATUSES)
ITEM_STATUSES = tuple(vocabulary.ITEM_STATUSES)
CAPACITIES = tuple(vocabulary.CAPACITIES)


class Setting(Base):
    """Vault settings as key/value rows (organisation, reference prefix, idle lock, page size)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Counsel(Base):
    """A person who prepares, reviews and signs memos; may hold a signing certificate."""

    __tablename__ = "counsel"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    certificate_pem: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # The private key, encrypted with a key derived from the vault key (models.keywrap).
    private_key_wrapped: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)


class VaultKey(Base):
    """Keys the vault keeps, wrapped: the bundle signing key (Ed25519) and known public keys."""

    __tablename__ = "vault_key"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    purpose: Mapped[str] = mapped_column(String(32))  # "bundle-signing" | "known-bundle-signer"
    label: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key_wrapped: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)


class Matter(Base):
    __tablename__ = "matter"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500), default="")
    client: Mapped[str] = mapped_column(String(500), default="")
    person_name: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="intake")
    tier: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recommendation: Mapped[str | None] = mapped_column(String(40), nullable=True)
    override_recommendation: Mapped[str | None] = mapped_column(String(40), nullable=True)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    override_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    assigned_counsel_id: Mapped[str | None] = mapped_column(ForeignKey("counsel.id"), nullable=True)
    provenance: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    # The title is made from the intake (and follows it) until counsel set one.
    title_from_intake: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Required facts the latest intake leaves unanswered: while > 0 the assessment is provisional.
    missing_required: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The review policy the checklist was assessed under; vaults from before policy 2 were
    # assessed under 1 and keep it until counsel re-assesses; create_matter sets the latest.
    policy_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    updated_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    # The person of the people register this matter is about (None until counsel link it).
    # No database reference (adding one needs a rebuild of this table); casework.people keeps
    # it pointing at a person (a merge moves it).
    person_id: Mapped[str | None] = mapped_column(String(36), nullable=True)

    intake_records: Mapped[list[IntakeRecord]] = relationship(
        back_populates="matter", order_by="IntakeRecord.revision", cascade="all, delete-orphan"
    )
    checklist_items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="matter", order_by="ChecklistItem.position", cascade="all, delete-orphan"
    )
    memo_versions: Mapped[list[MemoVersion]] = relationship(
        back_populates="matter", order_by="MemoVersion.number", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="matter", order_by="Attachment.created_at", cascade="all, delete-orphan"
    )

    # The FTS5 index row of this matter (an integer key, so updating and joining it is an index
    # look-up rather than a scan of the full-text table). Assigned by models.search.
    search_rowid: Mapped[int | None] = mapped_column(Integer, unique=True, nullable=True)

    # The matter list sorts by any column in SQL, with the reference as tie-breaker; each index
    # pairs the column with the reference so a sorted page is an index walk at 100k matters.
    __table_args__ = (
        Index("ix_matter_updated_at_reference", "updated_at", "reference"),
        Index("ix_matter_status_reference", "status", "reference"),
        Index("ix_matter_kind_reference", "kind", "reference"),
        Index("ix_matter_tier_reference", "tier", "reference"),
        Index("ix_matter_client_reference", "client", "reference"),
        Index("ix_matter_person_name_reference", "person_name", "reference"),
        Index("ix_matter_title_reference", "title", "reference"),
        # A person's matters newest first, with the tier, read from the index alone.
        Index("ix_matter_person_id_created_at", "person_id", "created_at", "tier"),
        Index(
            "ix_matter_effective_recommendation_reference",
            text("coalesce(override_recommendation, recommendation)"),
            text("reference"),
        ),
    )

    @property
    def effective_recommendation(self) -> str | None:
        return self.override_recommendation or self.recommendation


class Person(Base):
    """Someone counsel review across matters: the standing facts of their latest intake.

    The tier is not stored here: it is read from the linked matters' assessments. Tristate
    facts keep their answer text ("yes", "no", "unknown"); dates are ISO days."""

    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    # Normalised names (casefolded, spaces and punctuation removed) for the duplicate offer.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    name_zh_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    employee_number: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    role: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    nationality: Mapped[str] = mapped_column(String(8), default="")
    other_citizenships: Mapped[Any] = mapped_column(JSON, default=list)
    key_position: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    secrets_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    confidentiality_until: Mapped[str | None] = mapped_column(
        String(10), nullable=True, index=True
    )
    noncompete_until: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    travel_documents_held: Mapped[str | None] = mapped_column(String(10), nullable=True)
    travel_documents_authority: Mapped[str] = mapped_column(String(300), default="")
    # The intake revision the standing facts were last copied from.
    standing_from_intake_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    updated_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)

    # The register lists people in name order: an index walk, not a sort, at every size.
    __table_args__ = (Index("ix_person_name_id", "name", "id"),)


class AccessConfirmation(Base):
    """The core assets a person could reach, as confirmed at a time by someone: from an intake
    revision, or by counsel without a new matter ("Confirm access")."""

    __tablename__ = "access_confirmation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    assets: Mapped[Any] = mapped_column(JSON)  # access fact id -> "yes" | "no" | "unknown"
    confirmed_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    confirmed_by: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(20))  # "intake" | "confirmed"
    intake_record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    matter_id: Mapped[str | None] = mapped_column(String(36), nullable=True)

    __table_args__ = (
        Index("ix_access_confirmation_person_id_confirmed_at", "person_id", "confirmed_at"),
    )


class IntakeRecord(Base):
    """One saved revision of a matter's intake answers; every revision is kept."""

    __tablename__ = "intake_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    form_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[int] = mapped_column(Integer)
    answers: Mapped[Any] = mapped_column(JSON)
    saved_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    saved_by: Mapped[str] = mapped_column(String(200), default="")

    matter: Mapped[Matter] = relationship(back_populates="intake_records")
    __table_args__ = (UniqueConstraint("matter_id", "revision"),)


class ChecklistItem(Base):
    __tablename__ = "checklist_item"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    rule_id: Mapped[str] = mapped_column(String(64))
    rule_version: Mapped[int] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    severity: Mapped[str] = mapped_column(String(16))
    blocking: Mapped[bool] = mapped_column(Boolean, default=False)
    basis_ids: Mapped[Any] = mapped_column(JSON)
    actions: Mapped[Any] = mapped_column(JSON)
    # Policy 2 onwards: [{text, owner, due, due_rule, reference, approximate, overdue}];
    # `actions` keeps the texts alone for readers of policy 1 items.
    action_items: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    evidence: Mapped[Any] = mapped_column(JSON)
    wording: Mapped[str] = mapped_column(Text, default="")
    to_confirm: Mapped[Any] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="open")
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    is_new: Mapped[bool] = mapped_column(Boolean, default=False)
    no_longer_applies: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence_attachment_ids: Mapped[Any] = mapped_column(JSON, default=list)

    matter: Mapped[Matter] = relationship(back_populates="checklist_items")
    __table_args__ = (UniqueConstraint("matter_id", "rule_id"),)


class MemoVersion(Base):
    __tablename__ = "memo_version"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="draft")  # draft | signed
    content: Mapped[Any] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    created_by: Mapped[str] = mapped_column(String(200), default="")

    matter: Mapped[Matter] = relationship(back_populates="memo_versions")
    signatures: Mapped[list[Signature]] = relationship(
        back_populates="memo_version", order_by="Signature.signed_at", cascade="all, delete-orphan"
    )
    __table_args__ = (UniqueConstraint("matter_id", "number"),)


class MemoWorkingDraft(Base):
    """Counsel's unsaved memo narrative for a matter, kept as they type so that closing the
    window or an idle lock never loses it. Not a version: saving a version clears it."""

    __tablename__ = "memo_working_draft"
    matter_id: Mapped[str] = mapped_column(
        ForeignKey("matter.id", ondelete="CASCADE"), primary_key=True
    )
    narrative: Mapped[Any] = mapped_column(JSON)
    saved_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    saved_by: Mapped[str] = mapped_column(String(200), default="")


class Signature(Base):
    __tablename__ = "signature"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    memo_version_id: Mapped[str] = mapped_column(ForeignKey("memo_version.id", ondelete="CASCADE"))
    counsel_id: Mapped[str | None] = mapped_column(ForeignKey("counsel.id"), nullable=True)
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    fingerprint: Mapped[str] = mapped_column(String(64))
    pades: Mapped[bool] = mapped_column(Boolean, default=False)
    # A sign-off that came in a case bundle: never linked to this vault's counsel by name (a
    # bundle can claim any name). `verified_by` is the certificate subject of the valid PDF
    # signature that carries it, checked at import; None when the PDF carries none.
    imported: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    verified_by: Mapped[str | None] = mapped_column(String(500), nullable=True)

    memo_version: Mapped[MemoVersion] = relationship(back_populates="signatures")

    @property
    def shown_signer(self) -> str:
        """Who signed, as counsel should read it: an imported sign-off says it was imported and
        whose certificate, if any, vouches for it."""
        if not self.imported:
            return self.signer_name
        if self.verified_by:
            return f"{self.signer_name} (imported, signed by {self.verified_by})"
        return f"{self.signer_name} (imported, not verified: the PDF carries no signature for it)"


class Attachment(Base):
    """File metadata; the bytes live in `attachment_chunk` rows so no file is whole in memory."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    created_by: Mapped[str] = mapped_column(String(200), default="")

    matter: Mapped[Matter] = relationship(back_populates="attachments")


class AttachmentChunk(Base):
    __tablename__ = "attachment_chunk"
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEvent(Base):
    """One link of the audit hash chain; `seq` orders the chain."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    matter_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON text, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last hash and length of each audit chain, so removing the newest event is detected."""

    __tablename__ = "audit_head"
    chain: Mapped[str] = mapped_column(String(36), primary_key=True)  # matter id or "vault"
    hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)


TASK_STATUSES = ("open", "done", "not_needed")
TASK_ENTRIES = ("action", "key_date")


class Task(Base):
    """A tracked action of a checklist item (entry `action`: rule id and action number), or a key
    date of the matter (entry `key_date`: `rule_id` holds the key date's name, number 0), synced
    from the assessment whenever the matter is re-assessed. Never deleted while its matter lives:
    a task whose action no longer applies is marked so."""

    __tablename__ = "task"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    # The matter's kind (it never changes), copied so the due view filters without a join.
    matter_kind: Mapped[str] = mapped_column(String(20))
    entry: Mapped[str] = mapped_column(String(10), default="action")
    rule_id: Mapped[str] = mapped_column(String(64))
    action_number: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")  # English, as the policy words it
    owner_role: Mapped[str] = mapped_column(String(20), default="")
    due_rule: Mapped[str | None] = mapped_column(String(200), nullable=True)  # None: no due rule
    due_reference: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # ISO date; NULL with a due rule = unknown (the reference fact is unanswered).
    due_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    due_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    # The due date a recomputation replaced (shown as "changed from …"); "unknown" allowed.
    previous_due_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    due_changed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    assignee_counsel_id: Mapped[str | None] = mapped_column(
        ForeignKey("counsel.id"), nullable=True
    )
    assignee: Mapped[str] = mapped_column(String(200), default="")  # the name, counsel or not
    status: Mapped[str] = mapped_column(String(16), default="open")
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_attachment_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    no_longer_applies: Mapped[bool] = mapped_column(Boolean, default=False)
    # Whether the due view lists it: open, still applying, of a matter neither closed nor
    # archived, with a due rule (or a key date). Kept by casework.tasks whenever one of those
    # changes, so every due view query is a walk of one index.
    in_due_view: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)
    updated_at: Mapped[str] = mapped_column(String(32), default=utc_now_iso)

    __table_args__ = (
        UniqueConstraint("matter_id", "entry", "rule_id", "action_number"),
        Index("ix_task_due_view", "in_due_view", "due_on", "id", "entry"),
        Index("ix_task_due_view_counsel", "in_due_view", "assignee_counsel_id", "due_on", "id",
              "entry"),
        Index("ix_task_due_view_owner", "in_due_view", "owner_role", "due_on", "id", "entry"),
        Index("ix_task_due_view_kind", "in_due_view", "matter_kind", "due_on", "id", "entry"),
        Index("ix_task_matter_next_due", "matter_id", "in_due_view", "entry", "due_on"),
    )
