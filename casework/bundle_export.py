"""Export one matter as a case bundle: a zip holding a signed BagIt bag (see docs/bundle-format.md).

Attachments stream from the vault's chunks into the zip, so memory stays flat whatever their size;
the file appears atomically under its name or not at all.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bundles import layout, records, signing, transport
from bundles.atomic import atomic_file
from bundles.bagwriter import BagWriter
from bundles.errors import BundleCancelledError, BundleError, BundleTooLargeError
from bundles.limits import Limits
from bundles.signing import key_fingerprint
from casework.attachments import streaming_page_cache
from casework.bundle_chunks import stream_chunks
from casework.bundle_store import read_matter
from casework.settings import get_settings
from casework.signing_keys import WRAP_PURPOSE, bundle_signing_key
from forms.canonical import sha256_hex
from models.audit import event_to_dict, record_event
from models.history import current_mark
from models.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    size: int
    matter_id: str
    reference: str
    signer_fingerprint: str
    encrypted: bool
    payload_files: int
    payload_bytes: int


def _json_bytes(value: Any) -> bytes:
    # Readable (indented) rather than canonical: hashes are taken over the file bytes anyway.
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def export_matter(
    vault: Vault,
    matter_ref: str,
    dest: Path,
    *,
    actor: str,
    encrypt_passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen dataclass, safe as a default
) -> ExportResult:
    dest = Path(dest)
    with vault.session() as session:
        organisation = str(get_settings(session).get("organisation") or "")
        key = bundle_signing_key(session, vault.subkey(WRAP_PURPOSE), actor=actor)
    fingerprint = key_fingerprint(signing.public_raw(key))

    with atomic_file(dest) as target:
        assert target.handle is not None
        with vault.session() as session:
            recs = read_matter(session, matter_ref)
            matter_id, reference = recs.matter.id, recs.matter.reference
            total = sum(a.size for a in recs.attachments) + sum(
                len(m.pdf) for m in recs.memos if m.pdf is not None
            )
            if encrypt_passphrase is not None and total > limits.max_encrypted_bytes:
                raise BundleTooLargeError(
                    f"{reference} holds {total} bytes of files; an encrypted bundle may hold at "
                    f"most {limits.max_encrypted_bytes}. Export it unencrypted and carry it on "
                    "encrypted media"
                )
            # An encrypted bundle is assembled in memory so no plaintext touches the disk.
            sink = io.BytesIO() if encrypt_passphrase is not None else target.handle
            bag = BagWriter(sink, layout.base_dir_for(reference))
            try:
                with streaming_page_cache(session):
                    _write_payload(bag, session, recs, total, progress, cancel)
                info = _bag_info(recs, organisation, actor, key)
                info.append((layout.L_VAULT_HISTORY, current_mark(session).as_text()))
                bag.finish(info, key)
            except BaseException:
                bag.abort()
                raise
        if isinstance(sink, io.BytesIO):
            target.handle.write(transport.encrypt(sink.getvalue(), encrypt_passphrase or ""))
            sink.close()
        if cancel is not None and cancel():
            raise BundleCancelledError("export cancelled; no file was written")
        digest = target.commit()

    size = dest.stat().st_size
    try:
        with vault.session() as session:
            record_event(
                session,
                actor=actor,
                action="bundle.export",
                entity="matter",
                entity_id=matter_id,
                matter_id=matter_id,
                details={
                    "file": dest.name,
                    "sha256": digest,
                    "size": size,
                    "encrypted": encrypt_passphrase is not None,
                    "signer_fingerprint": fingerprint,
                    "format_version": layout.FORMAT_VERSION,
                },
            )
    except BaseException:
        dest.unlink(missing_ok=True)  # no export without its audit record
        raise
    return ExportResult(
        path=dest,
        sha256=digest,
        size=size,
        matter_id=matter_id,
        reference=reference,
        signer_fingerprint=fingerprint,
        encrypted=encrypt_passphrase is not None,
        payload_files=len(bag.payload),
        payload_bytes=bag.payload_bytes,
    )


def _bag_info(recs: Any, organisation: str, actor: str, key: Any) -> list[tuple[str, str]]:
    info = [
        (layout.L_DATE, datetime.now(UTC).date().isoformat()),
        (layout.L_EXTERNAL_ID, recs.matter.reference),
        (layout.L_FORMAT, layout.FORMAT_VERSION),
        (layout.L_UUID, recs.matter.id),
        (layout.L_EXPORTER, actor),
        (layout.L_PUBLIC_KEY, signing.encode_public_key(key)),
    ]
    if organisation.strip():
        info.insert(0, (layout.L_ORG, organisation))
    return info


def _write_payload(
    bag: BagWriter,
    session: Any,
    recs: Any,
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise BundleCancelledError("export cancelled; no file was written")

    advance(0)
    bag.add_payload_bytes(layout.MATTER_JSON, _json_bytes(records.matter_doc(recs)))
    bag.add_payload_bytes(layout.INTAKE_JSON, _json_bytes(records.intake_doc(recs)))
    bag.add_payload_bytes(layout.CHECKLIST_JSON, _json_bytes(records.checklist_doc(recs)))
    bag.add_payload_bytes(layout.TASKS_JSON, _json_bytes(
        records.tasks_doc(recs.tasks, {a.id for a in recs.attachments})
    ))
    for version in recs.memos:
        check_cancel()
        pdf_hash = None
        if version.pdf is not None:
            # Stored, byte for byte: the signed PDF must come back identical.
            pdf_hash = sha256_hex(version.pdf)
            bag.add_payload_bytes(layout.memo_pdf(version.number), version.pdf, compress=False)
            advance(len(version.pdf))
        doc = records.memo_doc(version, pdf_hash)
        bag.add_payload_bytes(layout.memo_json(version.number), _json_bytes(doc))
    index = []
    for attachment in recs.attachments:
        check_cancel()
        digest, size = bag.add_payload_stream(
            layout.attachment_path(attachment.id),
            stream_chunks(session, attachment.id),
            cancel=cancel,
            on_bytes=advance,
        )
        # The bytes were hashed once, as written; the index repeats the stored hash, so both
        # must agree or the bundle would contradict itself.
        if (digest, size) != (attachment.sha256, attachment.size):
            raise BundleError(
                f"the attachment '{attachment.name}' in the vault does not match its recorded "
                "SHA-256 or size; it was not exported"
            )
        index.append(records.attachment_entry(attachment))
    bag.add_payload_bytes(
        layout.ATTACHMENT_INDEX, _json_bytes(records.document("attachments", index))
    )
    audit = b"".join(records.audit_line(event_to_dict(ev)) for ev in recs.events)
    bag.add_payload_bytes(layout.AUDIT_JSONL, audit)
    check_cancel()
