"""The memo main path over a vault: draft a version from the matter, save counsel's edits as new
versions, render any version, sign (with a PAdES signature when the signer has a certificate),
and check a PDF against the vault. Storage goes through casework.memo_store."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from casework import assessing
from casework.counsel import (
    SIGNING_KEY_PURPOSE,
    SigningKeyError,
    find_counsel,
    set_certificate,
    signing_material,
)
from casework.matters import ensure_writable, get_matter, latest_intake
from casework.memo_language import language_for_new_version
from casework.memo_store import (
    find_signed_by_fingerprint,
    get_version,
    list_versions,
    save_draft,
    sign_version,
)
from casework.memo_v2_inputs import compose_v2_for_matter
from casework.settings import get_settings
from forms.checklist import ReviewItem
from forms.definitions import load_definition
from forms.legal import load_legal_bases
from forms.limits import MEMO_NARRATIVE, check_length
from memos.canonical import fingerprint
from memos.compose import compose_memo
from memos.content import SCHEMA_V2, MemoContent, Signature
from memos.errors import MemoError
from memos.gates import IMPORT_NEEDS_PASSPHRASE, Refusal
from memos.render import render_pdf
from models.entities import Matter, MemoVersion
from models.history import current_mark
from models.vault import Vault


def legal_bases_as_dicts() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for basis_id, basis in load_legal_bases().items():
        row = dataclasses.asdict(basis)
        row["article"] = basis.article if basis.article_confirmed else None
        row["verified"] = basis.verified  # a property: not in asdict
        row["verification_mark"] = basis.verification_mark()
        out[basis_id] = row
    return out


def checklist_rows(matter: Matter) -> list[ReviewItem]:
    """The matter's checklist with counsel's decisions, as the memo drafts from it."""
    return [
        ReviewItem(
            rule=i.rule_id,
            rule_version=i.rule_version,
            area=i.area,
            title=i.title,
            severity=i.severity,
            blocking=i.blocking,
            basis=tuple(i.basis_ids or ()),
            actions=tuple(i.actions or ()),
            evidence=tuple(i.evidence or ()),
            wording=i.wording,
            to_confirm=tuple(i.to_confirm or ()),
            action_items=tuple(i.action_items or ()),
            status=i.status,
            note=i.note or "",
            no_longer_applies=i.no_longer_applies,
        )
        for i in matter.checklist_items
    ]


def counsel_name_for(session: Session, actor: str) -> str:
    """The name the memo's "From" line uses for `actor`: the vault's counsel of that name, as
    the counsel list spells it (so "wang li" reads "Wang Li"), else the actor as given."""
    from casework.counsel import list_counsel

    wanted = " ".join(actor.split()).casefold()
    for person in list_counsel(session):
        if " ".join(person.name.split()).casefold() == wanted:
            return str(person.name)
    return actor


def memo_sender(session: Session, matter_id: str, actor: str) -> str:
    """Who the next version is from, for the window: the sender of the latest version, or for a
    new memo the counsel working in the window (never an empty line)."""
    versions = list_versions(session, matter_id)
    previous = versions[-1].content.get("sender") if versions else None
    return str(previous or counsel_name_for(session, actor))


def render_draft(
    session: Session, matter: Matter, *, narrative: Mapping[str, Any], actor: str,
    language: str | None = None,
) -> bytes:
    """The PDF the next version would be, from the narrative being typed (not stored)."""
    versions = list_versions(session, matter.id)
    content = compose_for_matter(
        session, matter, narrative=narrative, version=len(versions) + 1,
        counsel_from=memo_sender(session, matter.id, actor),
        language=memo_language_of(session, matter.id, language),
    )
    return render_pdf(
        content,
        page_size=page_size_of(get_settings(session)),
        signed=False,
        fingerprint=fingerprint(content.to_dict()),
    )


def memo_language_of(session: Session, matter_id: str, requested: str | None = None) -> str:
    """The language the matter's next memo version is composed in (casework.memo_language)."""
    versions = list_versions(session, matter_id)
    return language_for_new_version(
        requested,
        versions[-1].content if versions else None,
        get_settings(session).get("memo_language"),
    )


def page_size_of(values: Mapping[str, Any]) -> Literal["A4", "Letter"]:
    """The vault's page size setting as the renderer takes it (A4 unless Letter)."""
    return "Letter" if values.get("page_size") == "Letter" else "A4"


def narrative_of(content: Mapping[str, Any]) -> dict[str, Any]:
    """The parts of a stored version that counsel wrote (kept when the rest is regenerated)."""
    conditions = content.get("conditions") or {}
    return {
        "summary": content.get("summary", ""),
        "conditions": conditions.get("narrative", "") if isinstance(conditions, dict) else "",
        "area_notes": {
            a["area"]: a.get("counsel_note", "")
            for a in content.get("analysis", [])
            if a.get("counsel_note")
        },
        "to": content.get("addressee", ""),
        "assumptions": [  # counsel's own list (adopted), kept as written
            {"fact": a.get("fact"), "text": a.get("text", "")}
            for a in content.get("assumptions", [])
            if a.get("adopted")
        ],
    }


def compose_for_matter(
    session: Session,
    matter: Matter,
    *,
    narrative: Mapping[str, Any] | None,
    version: int,
    counsel_from: str,
    schema: int = SCHEMA_V2,
    language: str = "en",
) -> MemoContent:
    record = latest_intake(session, matter.id)
    answers = dict(record.answers) if record else {}
    assessment = assessing.assess(
        matter.kind,
        answers,
        version=record.form_version if record else None,
        policy_version=matter.policy_version,
    )
    definition = load_definition(matter.kind, record.form_version if record else None)
    override = None
    if matter.override_recommendation:
        override = {
            "recommendation": matter.override_recommendation,
            "reason": matter.override_reason or "",
            "author": matter.override_by or "",
            "at": (matter.override_at or "")[:10],
        }
    if schema >= SCHEMA_V2:
        return compose_v2_for_matter(
            session, matter, record, answers, assessment, definition, override,
            narrative=narrative, version=version, counsel_from=counsel_from,
            language=language,
        )
    return compose_memo(
        matter={
            "reference": matter.reference,
            "kind": matter.kind,
            "title": matter.title,
            "client": matter.client,
            "status": matter.status,
            "created_at": matter.created_at,
            "recommendation_override": override,
        },
        answers=answers,
        assessment=assessment,
        checklist=checklist_rows(matter),
        legal_bases=legal_bases_as_dicts(),
        narrative=dict(narrative or {}),
        organisation=str(get_settings(session)["organisation"]),
        version=version,
        date=datetime.now(UTC).date().isoformat(),
        counsel_from=counsel_from,
        definition_labels={f.id: f.label for f in definition.fields},
        definition_options={f.id: {o.value: o.label for o in f.options} for f in definition.fields},
    )


def draft_memo(
    session: Session,
    matter_ref: str,
    *,
    actor: str,
    narrative: Mapping[str, Any] | None = None,
    counsel_from: str | None = None,
    language: str | None = None,
) -> MemoVersion:
    """Save a new draft version, regenerated from the data, keeping counsel's narrative (from
    `narrative`, else from the latest version). Editing a signed version lands here too: the
    signed one never changes, the edit becomes a new draft. The language is `language`, else
    the memo's own, else the vault's setting (casework.memo_language)."""
    matter = get_matter(session, matter_ref)
    chosen = memo_language_of(session, matter.id, language)
    versions = list_versions(session, matter.id)
    _check_narrative(narrative or {})
    if narrative is None and versions:
        narrative = narrative_of(versions[-1].content)
    sender = counsel_from or (versions[-1].content.get("sender") if versions else None) or actor
    content = compose_for_matter(
        session, matter, narrative=narrative, version=len(versions) + 1, counsel_from=sender,
        language=chosen,
    )
    data = content.to_dict()
    return save_draft(session, matter.id, content=data, sha256=fingerprint(data), actor=actor)


def _check_narrative(narrative: Mapping[str, Any]) -> None:
    """Counsel's prose is bounded where it enters: rendering time grows with its length."""
    texts = [("summary", narrative.get("summary")), ("conditions", narrative.get("conditions")),
             ("addressee", narrative.get("to"))]
    texts += [(f"note on {area}", note)
              for area, note in dict(narrative.get("area_notes") or {}).items()]
    for what, value in texts:
        if isinstance(value, str):
            check_length(value, MEMO_NARRATIVE, f"memo {what}")


def content_with_signatures(version: MemoVersion) -> MemoContent:
    content = MemoContent.from_dict(version.content)
    return content.with_signatures(
        [
            Signature(
                name=s.signer_name, title=s.signer_title, capacity=s.capacity, signed_at=s.signed_at
            )
            for s in version.signatures
        ]
    )


def render_version(
    session: Session, version: MemoVersion, *, page_size: str | None = None
) -> bytes:
    """The PDF of a version: a signed version's stored PDF exactly, a draft rendered afresh
    (same content, same bytes)."""
    if version.state == "signed" and version.pdf is not None:
        return version.pdf
    size = page_size_of({"page_size": page_size} if page_size else get_settings(session))
    return render_pdf(
        MemoContent.from_dict(version.content),
        page_size=size,
        signed=False,
        fingerprint=version.sha256,
    )


@dataclass(frozen=True)
class SignOutcome:
    version: int
    fingerprint: str
    pades_signers: tuple[str, ...]
    pdf: bytes


def sign_memo(
    vault: Vault,
    session: Session,
    matter_ref: str,
    *,
    counsel_name: str,
    capacity: str,
    actor: str,
    version_number: int | None = None,
    p12: bytes | None = None,
    p12_password: str | None = None,
    now: datetime | None = None,
    signer_passphrase: str | None = None,
) -> SignOutcome:
    """Sign a version (the latest by default) with the signer's own PAdES signature, after the
    gates (memos.gates) allow it. The first signature renders the PDF; each later one is an
    incremental update of the stored PDF, filling that signer's row (casework.memo_signing)."""
    from casework.memo_signing import apply_signature

    matter = get_matter(session, matter_ref)
    ensure_writable(matter)  # before any passphrase is asked for or checked
    version = get_version(session, matter.id, version_number)
    counsel = find_counsel(session, counsel_name)
    wrapping_key = vault.subkey(SIGNING_KEY_PURPOSE)
    if p12 is not None:  # importing a PKCS#12 keeps it (key wrapped) for later signatures
        from memos.pades import load_pkcs12

        key_pem, cert_pem, _chain = load_pkcs12(p12, p12_password)
        if not signer_passphrase:
            raise SigningKeyError(Refusal(IMPORT_NEEDS_PASSPHRASE, signer=counsel.name))
        set_certificate(
            session,
            counsel,
            key_pem=key_pem,
            cert_pem=cert_pem,
            wrapping_key=wrapping_key,
            actor=actor,
            passphrase=signer_passphrase,
        )
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    settings = get_settings(session)
    signed = apply_signature(
        session,
        version,
        counsel,
        capacity=capacity,
        moment=moment,
        material=signing_material(counsel, wrapping_key, signer_passphrase),
        waiver=bool(settings.get("one_person_waiver", False)),
        page_size="Letter" if str(settings["page_size"]) == "Letter" else "A4",
        reason=f"Review memo {matter.reference} v{version.number}",
        vault_history=current_mark(session).as_text(),
        actor=actor,
    )
    sign_version(
        session,
        version,
        counsel=counsel,
        capacity=capacity,
        signed_at=signed.signed_at,
        fingerprint=version.sha256,
        pdf=signed.pdf,
        pades=True,
        actor=actor,
    )
    return SignOutcome(version.number, version.sha256, signed.pades_signers, signed.pdf)


@dataclass(frozen=True)
class VaultMatch:
    found: bool
    reference: str = ""
    version: int = 0
    identical_to_stored: bool = False
    signers: tuple[str, ...] = ()  # as counsel should read them (imported ones say so)


def match_in_vault(session: Session, fingerprint_hex: str | None, pdf: bytes) -> VaultMatch:
    if not fingerprint_hex:
        return VaultMatch(False)
    version = find_signed_by_fingerprint(session, fingerprint_hex)
    if version is None:
        return VaultMatch(False)
    matter = get_matter(session, version.matter_id)
    signers = tuple(f"{s.shown_signer}, {s.capacity}" for s in version.signatures)
    return VaultMatch(True, matter.reference, version.number, version.pdf == pdf, signers)


__all__ = [
    "MemoError",
    "SignOutcome",
    "VaultMatch",
    "compose_for_matter",
    "draft_memo",
    "match_in_vault",
    "render_version",
    "sign_memo",
]
