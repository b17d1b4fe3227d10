"""The matter's rows as the bundle's JSON documents, and back (with new ids for a copy).

The JSON mirrors the vault's columns one to one, so a round trip changes nothing; ids are kept
so evidence links, signatures and audit events still point at the right records.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any, Protocol

from bundles import layout


class MatterRecords(Protocol):
    """A matter's rows as plain objects with the attributes the *_FIELDS below name."""

    @property
    def matter(self) -> Any: ...
    @property
    def assigned_counsel(self) -> str | None: ...
    @property
    def intake(self) -> Sequence[Any]: ...
    @property
    def checklist(self) -> Sequence[Any]: ...


MATTER_FIELDS = (
    "id", "reference", "kind", "title", "client", "person_name", "status", "tier",
    "recommendation", "override_recommendation", "override_reason", "override_by", "override_at",
    "provenance", "created_at", "updated_at", "policy_version",
)
INTAKE_FIELDS = ("id", "revision", "form_id", "form_version", "answers", "saved_at", "saved_by")
CHECKLIST_FIELDS = (
    "id", "position", "rule_id", "rule_version", "area", "title", "severity", "blocking",
    "basis_ids", "actions", "evidence", "wording", "to_confirm", "status", "note", "decided_by",
    "decided_at", "is_new", "no_longer_applies", "evidence_attachment_ids", "action_items",
)
SIGNATURE_FIELDS = (
    "id", "signer_name", "signer_title", "capacity", "signed_at", "fingerprint", "pades",
)
PERSON_FIELDS = (
    "id", "name", "name_zh", "employee_number", "role", "title", "department", "nationality",
    "other_citizenships", "key_position", "secrets_level", "confidentiality_until",
    "noncompete_until", "travel_documents_held", "travel_documents_authority", "created_at",
    "updated_at",
)
CONFIRMATION_FIELDS = ("id", "assets", "confirmed_at", "confirmed_by", "source",
                       "intake_record_id")
# format 2.0: each task as stored, its assignee by name only (a counsel id of the exporting vault
# would dangle elsewhere; the import links the name to a counsel of the same name, if any).
TASK_FIELDS = (
    "id", "entry", "rule_id", "action_number", "text", "owner_role", "due_rule", "due_reference",
    "due_on", "due_approximate", "previous_due_on", "due_changed_at", "assignee", "status",
    "note", "evidence_attachment_id", "closed_by", "closed_at", "no_longer_applies",
    "created_at", "updated_at",
)
ATTACHMENT_FIELDS = ("id", "name", "media_type", "size", "sha256", "created_at", "created_by")


def _pick(row: object, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in fields}


def document(key: str, value: Any) -> dict[str, Any]:
    return {"format_version": layout.FORMAT_VERSION, key: value}


def matter_doc(records: MatterRecords) -> dict[str, Any]:
    doc = document(
        "matter",
        {**_pick(records.matter, MATTER_FIELDS), "assigned_counsel": records.assigned_counsel},
    )
    person = getattr(records, "person", None)
    if person is not None:  # format 2.0: the linked person travels with the matter
        doc["person"] = person_entry(
            person, getattr(records, "confirmations", ()), records.matter.id
        )
    return doc


def person_entry(person: Any, confirmations: Sequence[Any], matter_id: str) -> dict[str, Any]:
    """The person's record and the access confirmations this matter may carry: those from its
    own intake and those counsel made without a matter (not those of the person's other
    matters, which stay in this vault)."""
    row = _pick(person, PERSON_FIELDS)
    row["other_citizenships"] = list(row["other_citizenships"] or [])
    row["access_confirmations"] = [
        {**_pick(c, CONFIRMATION_FIELDS), "assets": dict(c.assets),
         "from_this_matter": c.matter_id == matter_id}
        for c in confirmations
        if c.matter_id in (None, matter_id)
    ]
    return row


def intake_doc(records: MatterRecords) -> dict[str, Any]:
    return document("revisions", [_pick(r, INTAKE_FIELDS) for r in records.intake])


def checklist_doc(records: MatterRecords) -> dict[str, Any]:
    items = []
    for item in records.checklist:
        row = _pick(item, CHECKLIST_FIELDS)
        row["evidence_attachment_ids"] = list(row["evidence_attachment_ids"] or [])
        items.append(row)
    return document("items", items)


def tasks_doc(tasks: Sequence[Any], attachment_ids: set[str]) -> dict[str, Any]:
    """The tasks; evidence only when the bundle carries that attachment (an id of a file since
    removed would make the bundle refuse itself)."""
    rows = []
    for task in tasks:
        row = _pick(task, TASK_FIELDS)
        if row["evidence_attachment_id"] not in attachment_ids:
            row["evidence_attachment_id"] = None
        rows.append(row)
    return document("tasks", rows)


def memo_doc(version: Any, pdf_sha256: str | None) -> dict[str, Any]:
    pdf = None
    if version.pdf is not None:
        pdf = {
            "path": layout.memo_pdf(version.number),
            "sha256": pdf_sha256,
            "size": len(version.pdf),
        }
    return document(
        "version",
        {
            "id": version.id,
            "number": version.number,
            "state": version.state,
            "content": version.content,
            "sha256": version.sha256,
            "created_at": version.created_at,
            "created_by": version.created_by,
            "pdf": pdf,
            "signatures": [_pick(s, SIGNATURE_FIELDS) for s in version.signatures],
        },
    )


def attachment_entry(attachment: Any) -> dict[str, Any]:
    return {**_pick(attachment, ATTACHMENT_FIELDS), "path": layout.attachment_path(attachment.id)}


def audit_line(event_dict: dict[str, Any]) -> bytes:
    """One line of audit.jsonl: canonical JSON without the matter id, which the hash excludes
    and which the importing vault may change (a copy)."""
    from forms.canonical import canonical_bytes

    body = {k: v for k, v in event_dict.items() if k != "matter_id"}
    return canonical_bytes(body) + b"\n"


def parse_jsonl(data: bytes) -> list[Any]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


# ----- import: ids for a copy ------------------------------------------------------------------
class IdMap:
    """Old id -> new id; identity unless the import is a copy."""

    def __init__(self, fresh: bool) -> None:
        self.fresh = fresh
        self._map: dict[str, str] = {}

    def __call__(self, old: str) -> str:
        if not self.fresh:
            return old
        if old not in self._map:
            self._map[old] = str(uuid.uuid4())
        return self._map[old]

    def known(self, old: str) -> bool:
        return not self.fresh or old in self._map
