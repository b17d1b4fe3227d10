"""Import a case bundle into a vault: verify everything first, then write the whole matter in one
transaction (any failure, including an attachment that changes while it is read, rolls it all
back and leaves the vault as it was).

Policy:
- a bundle whose signature is present but does not verify is always refused;
- an unsigned bundle is refused unless `allow_unsigned`;
- a signed bundle from a key this vault does not know is accepted, and the fingerprint recorded
  (the report says so; counsel compare fingerprints out of band and may trust the key);
- a matter UUID already in the vault is refused unless `as_copy`: the copy gets a new UUID, new
  record ids, a new reference from this vault's prefix, and `matter.provenance` naming the
  original. Its audit history is re-recorded as a new chain (event ids must be unique in a vault
  and ids are part of each hash); the original chain's head hash is kept in the provenance and
  stays verifiable in the bundle itself.
- tasks come back as counsel left them (a copy's with new ids); a bundle without tasks (1.x, or
  2.0 written before they travelled) gets them built from its checklist, in the same
  transaction, audited as `task.sync`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bundles import zipsafety
from bundles.errors import BundleExistsError, BundleSignatureError, BundleVerificationError
from bundles.limits import Limits
from bundles.records import IdMap
from bundles.verify import Check, OpenedBundle, VerifyReport, open_bundle
from casework import bundle_store, people, tasks
from casework.attachments import streaming_page_cache
from casework.bundle_verify import MEMO_CHECKS
from casework.signing_keys import known_in
from models.audit import record_event
from models.entities import utc_now_iso
from models.search import reindex_matter
from models.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class ImportResult:
    matter_id: str
    reference: str
    as_copy: bool
    original_uuid: str
    original_reference: str
    bundle_sha256: str
    signature: str
    signer_fingerprint: str | None
    key_known: bool | None
    report: VerifyReport
    # The people register entry the matter was linked to (format 2.0 bundles), and entries of
    # this vault that may be the same person: offered to counsel, never merged here.
    person_id: str | None = None
    person_duplicates: tuple[people.Candidate, ...] = ()

    @property
    def warnings(self) -> list[str]:
        return self.report.warnings


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    actor: str,
    as_copy: bool = False,
    allow_unsigned: bool = False,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen dataclass, safe as a default
) -> ImportResult:
    # Each payload byte is read and hashed once: verification hashes the documents and memo
    # PDFs; attachments are hashed as they are stored (write_matter compares each with its
    # index entry, which the consistency check tied to the manifest) and a mismatch refuses
    # the bundle with the verifier's own words, the transaction rolled back.
    count = {"done": 0, "total": 0}

    def verify_progress(done: int, total: int) -> None:
        count["done"], count["total"] = done, total
        if progress is not None:
            progress(done, total)

    with open_bundle(
        path, memo_checks=MEMO_CHECKS, passphrase=passphrase, key_known=known_in(vault),
        limits=limits, progress=verify_progress, cancel=cancel, defer_attachments=True,
    ) as opened:
        report = opened.report
        _require_verified(report, allow_unsigned)
        with vault.session() as session, streaming_page_cache(session):
            # one transaction: checks, then every write
            plan = _plan(session, opened, as_copy=as_copy)
            current: dict[str, str] = {}

            def advance(n: int) -> None:
                count["done"] += n
                if progress is not None:
                    progress(count["done"], count["total"])

            def chunks(meta: dict[str, Any]) -> Iterable[bytes]:
                assert opened.zip is not None
                current["path"] = meta["path"]
                info = opened.members[meta["path"]]
                return zipsafety.stream_member(opened.zip, info, cancel=cancel, on_bytes=advance)

            try:
                matter = bundle_store.write_matter(
                    session,
                    matter=plan.matter,
                    intake=plan.intake,
                    checklist=plan.checklist,
                    memos=plan.memos,
                    attachments=plan.attachments,
                    attachment_chunks=chunks,
                    events=plan.events,
                    keep_chain=not as_copy,
                    task_rows=plan.tasks,
                )
            except zipsafety.MemberError as exc:
                raise _payload_failure(report, str(exc)) from exc
            except bundle_store.BundleStoreError as exc:
                if current.get("path") in opened.deferred:
                    raise _payload_failure(
                        report,
                        f"{current['path']} does not match its hash in the manifest: "
                        "it was changed",
                    ) from exc
                raise BundleVerificationError(
                    f"the bundle changed or is damaged ({exc}); nothing was imported", report
                ) from exc
            person_id: str | None = None
            duplicates: list[people.Candidate] = []
            if opened.content.person is not None:
                person_id, duplicates = people.import_person(
                    session, opened.content.person, matter, actor=actor
                )
            record_event(
                session,
                actor=actor,
                action="bundle.import",
                entity="matter",
                entity_id=matter.id,
                matter_id=matter.id,
                details={
                    "file": Path(path).name,
                    "bundle_sha256": report.bundle_sha256,
                    "encrypted": report.encrypted,
                    "format_version": report.format_version,
                    "signature": report.signature,
                    "signer_fingerprint": report.signer_fingerprint,
                    "key_known": report.key_known,
                    "exporter": report.exporter,
                    "as_copy": as_copy,
                    "signoffs_not_verified": sum(1 for v in opened.signoffs.values() if v is None),
                    "original_uuid": plan.original_uuid,
                    "original_reference": plan.original_reference,
                    "tasks": None if plan.tasks is None else len(plan.tasks),
                },
            )
            if plan.tasks is None:
                # Written before tasks travelled (1.x, early 2.0): build them from the imported
                # checklist and answers now, as an assessment would (audited as task.sync).
                tasks.sync_tasks(session, matter, actor=actor)
            reindex_matter(session, matter)
            matter_id, reference = matter.id, matter.reference
    return ImportResult(
        matter_id=matter_id,
        reference=reference,
        as_copy=as_copy,
        original_uuid=plan.original_uuid,
        original_reference=plan.original_reference,
        bundle_sha256=report.bundle_sha256,
        signature=report.signature,
        signer_fingerprint=report.signer_fingerprint,
        key_known=report.key_known,
        report=report,
        person_id=person_id,
        person_duplicates=tuple(duplicates),
    )


def _payload_failure(report: VerifyReport, problem: str) -> BundleVerificationError:
    """An attachment failed the hash check made while it was stored: the report says so as
    verification would have, and nothing was imported (the caller's transaction rolls back)."""
    report.checks = [c for c in report.checks if c.name != "payload manifest"]
    report.checks.append(Check("payload manifest", False, problem))
    return BundleVerificationError(
        f"the bundle failed verification and was not imported — payload manifest: {problem}",
        report,
    )


def _require_verified(report: VerifyReport, allow_unsigned: bool) -> None:
    if not report.ok_apart_from_signature:
        details = "; ".join(f"{c.name}: {c.message}" for c in report.failures
                            if c.name != "signature")
        raise BundleVerificationError(
            f"the bundle failed verification and was not imported — {details}", report
        )
    if report.signature == "invalid":
        message = next(c.message for c in report.failures if c.name == "signature")
        raise BundleSignatureError(f"the bundle was not imported: {message}", report)
    if report.signature == "missing" and not allow_unsigned:
        raise BundleSignatureError(
            "the bundle is not signed, so its origin cannot be checked; it was not imported "
            "(import it anyway with --allow-unsigned if you trust where it came from)",
            report,
        )


@dataclass
class _Plan:
    original_uuid: str
    original_reference: str
    matter: dict[str, Any]
    intake: list[dict[str, Any]]
    checklist: list[dict[str, Any]]
    memos: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    events: list[dict[str, Any]]
    tasks: list[dict[str, Any]] | None  # None: the bundle carries none


def _plan(session: Any, opened: OpenedBundle, *, as_copy: bool) -> _Plan:
    """The rows to write, with ids kept (or fresh for a copy); refuses collisions first."""
    c, report = opened.content, opened.report
    original = c.matter
    if bundle_store.matter_exists(session, original["id"]) and not as_copy:
        raise BundleExistsError(
            f"matter {original['reference']} ({original['id']}) is already in this vault; "
            "nothing was imported (import it with --as-copy to keep both)"
        )
    new_id = IdMap(fresh=as_copy)
    matter = {k: v for k, v in original.items()}
    matter["id"] = new_id(original["id"])
    if as_copy:
        matter["reference"] = bundle_store.new_copy_reference(session)
        matter["provenance"] = {
            "copied_from": {
                "uuid": original["id"],
                "reference": original["reference"],
                "bundle_sha256": report.bundle_sha256,
                "exporter": report.exporter,
                "organisation": report.organisation,
                "bagging_date": report.bagging_date,
                "signer_fingerprint": report.signer_fingerprint,
                "audit_head": c.events[-1]["hash"] if c.events else None,
                "audit_events": len(c.events),
                "imported_at": utc_now_iso(),
            },
            "earlier": original.get("provenance"),
        }
    else:
        _refuse_collisions(session, c)
    attachments = [{**a, "id": new_id(a["id"])} for a in c.attachments]  # "path" stays original
    checklist = [
        {
            **item,
            "id": new_id(item["id"]),
            "evidence_attachment_ids": [
                new_id(a) for a in item["evidence_attachment_ids"] if new_id.known(a)
            ],
        }
        for item in c.checklist
    ]
    memos = [
        {
            **m,
            "id": new_id(m["id"]),
            "pdf_bytes": opened.memo_pdfs.get(m["number"]),
            "signatures": [_imported_signature(s, new_id(s["id"]), opened.signoffs)
                           for s in m["signatures"]],
        }
        for m in c.memos
    ]
    intake = [{**r, "id": new_id(r["id"])} for r in c.intake]
    # A copy's tasks get new ids (the id is the key) and keep everything else; their evidence
    # follows the attachment (the consistency check made sure the bundle carries it).
    task_rows = None if c.tasks is None else [
        {
            **t,
            "id": new_id(t["id"]),
            "evidence_attachment_id": (
                None if t["evidence_attachment_id"] is None
                else new_id(t["evidence_attachment_id"])
            ),
        }
        for t in c.tasks
    ]
    events = c.events  # mapped after every record, so task events follow their tasks
    if as_copy:  # entity ids follow the records they name
        events = [
            {**e, "entity_id": new_id(e["entity_id"]) if new_id.known(e["entity_id"])
             else e["entity_id"]}
            for e in c.events
        ]
    return _Plan(
        original_uuid=original["id"],
        original_reference=original["reference"],
        matter=matter,
        intake=intake,
        checklist=checklist,
        memos=memos,
        attachments=attachments,
        events=events,
        tasks=task_rows,
    )


def _imported_signature(
    claim: dict[str, Any], new_id: str, signoffs: dict[str, str | None]
) -> dict[str, Any]:
    """A sign-off as the bundle claims it, marked imported; `pades` only when a valid PDF
    signature carries it (verification paired them), whatever the bundle said."""
    verified_by = signoffs.get(claim["id"])
    return {**claim, "id": new_id, "imported": True, "verified_by": verified_by,
            "pades": verified_by is not None}


def _refuse_collisions(session: Any, c: Any) -> None:
    if bundle_store.reference_exists(session, c.matter["reference"]):
        raise BundleExistsError(
            f"this vault already has a different matter numbered {c.matter['reference']}; "
            "nothing was imported (import it with --as-copy to give it a new reference)"
        )
    clashes = bundle_store.existing_ids(session, {
        "intake_record": [r["id"] for r in c.intake],
        "checklist_item": [i["id"] for i in c.checklist],
        "task": [t["id"] for t in c.tasks or []],
        "memo_version": [m["id"] for m in c.memos],
        "signature": [s["id"] for m in c.memos for s in m["signatures"]],
        "attachment": [a["id"] for a in c.attachments],
        "audit_event": [e["id"] for e in c.events],
        "audit_head": [c.matter["id"]],
    })
    if clashes:
        raise BundleExistsError(
            f"records of this bundle already exist in this vault ({', '.join(clashes[:3])}); "
            "nothing was imported (import it with --as-copy)"
        )


__all__ = ["ImportResult", "import_bundle"]
