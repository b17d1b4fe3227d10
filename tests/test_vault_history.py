"""Rollback and rewritten history are noticed. Whoever holds the passphrase can rewrite the
vault, re-hashing every chain so the in-vault audit check passes; outside witnesses catch it:
the per-computer record of the history last seen, a signed memo and an exported bundle."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from casework_support import create_from, scenario
from sqlalchemy import delete, select
from vault_support import run_outbound

from models.audit import event_hash, verify_chain
from models.entities import AuditEvent, AuditHead, Matter
from models.keyfile import keyfile_path
from models.vault import Vault

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"
OLDER = "this vault is older than the last one opened on this computer"


def outbound(*args: str | Path, history: Path) -> subprocess.CompletedProcess[str]:
    return run_outbound(*args, passphrase=PASSPHRASE, OUTBOUND_HISTORY_DIR=str(history))


@pytest.fixture
def vault_path(vault_factory, tmp_path: Path) -> Path:
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        for prefix in ("01", "03"):
            create_from(session, scenario(prefix))
    vault.lock()  # the record now holds this history
    return tmp_path / "v.obv"


def _copy(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
    shutil.copyfile(keyfile_path(src), keyfile_path(dest))


def _add_matter(path: Path, prefix: str = "07") -> str:
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        with vault.session() as session:
            return create_from(session, scenario(prefix)).reference
    finally:
        vault.lock()


def _event_count(path: Path) -> int:
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        with vault.session() as session:
            return len(session.scalars(select(AuditEvent.seq)).all())
    finally:
        vault.lock()


def test_restoring_an_older_copy_is_reported_on_open_and_by_check(
    vault_path: Path, tmp_path: Path, history_record: Path
) -> None:
    _copy(vault_path, tmp_path / "old.obv")
    before = _event_count(vault_path)
    _add_matter(vault_path)
    missing = _event_count(vault_path) - before
    assert missing > 0
    _copy(tmp_path / "old.obv", vault_path)  # the rollback

    vault = Vault.unlock_passphrase(vault_path, PASSPHRASE)
    try:
        assert vault.history_warning == f"{OLDER}: {missing} events missing"
        report = vault.check()
        assert f"{OLDER}: {missing} events missing" in report.problems
    finally:
        vault.lock()
    # Still reported later: locking a rolled-back vault does not overwrite the evidence.
    listed = outbound("matter", "list", vault_path, history=history_record)
    assert listed.returncode == 0
    assert f"outbound: warning: {OLDER}: {missing} events missing" in listed.stderr
    check = outbound("vault", "check", vault_path, history=history_record)
    assert check.returncode == 1
    assert f"PROBLEM: {OLDER}: {missing} events missing" in check.stdout


def test_a_growing_vault_is_never_reported(vault_path: Path, history_record: Path) -> None:
    _add_matter(vault_path)
    _add_matter(vault_path, "02")
    check = outbound("vault", "check", vault_path, history=history_record)
    assert check.returncode == 0, check.stdout
    assert "history against the last one opened on this computer" in check.stdout
    assert "No problems found." in check.stdout


def _rewrite_first_event(path: Path) -> None:
    """Change the first event of a matter's chain and re-hash the chain and its head: exactly
    what someone with the passphrase and a SQLCipher shell could do."""
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        with vault.session() as session:
            first = session.scalars(
                select(AuditEvent).where(AuditEvent.matter_id.is_not(None)).order_by(AuditEvent.seq)
            ).first()
            assert first is not None
            chain = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.matter_id == first.matter_id)
                .order_by(AuditEvent.seq)
            ).all()
            chain[0].actor = "someone else"
            prev = chain[0].prev_hash
            for event in chain:
                event.prev_hash = prev
                event.hash = event_hash(
                    event_id=event.id,
                    actor=event.actor,
                    at=event.at,
                    action=event.action,
                    entity=event.entity,
                    entity_id=event.entity_id,
                    details=event.details,
                    prev_hash=prev,
                )
                prev = event.hash
            head = session.get(AuditHead, first.matter_id)
            assert head is not None
            head.hash = prev
            session.flush()
            assert verify_chain(session).ok  # the in-vault check alone is fooled
    finally:
        vault._history_agrees = False  # the forger's own tools keep no record
        vault.lock()


def test_a_rewritten_and_rehashed_chain_is_reported(vault_path: Path, history_record) -> None:
    _rewrite_first_event(vault_path)
    check = outbound("vault", "check", vault_path, history=history_record)
    assert check.returncode == 1, check.stdout
    assert (
        "PROBLEM: this vault's history differs from the last one opened on this computer"
        in check.stdout
    )


def test_deleting_a_matter_with_its_events_and_head_is_reported(
    vault_path: Path, history_record
) -> None:
    vault = Vault.unlock_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.session() as session:
            victim = session.scalars(select(Matter).order_by(Matter.reference)).first()
            assert victim is not None
            session.execute(delete(AuditEvent).where(AuditEvent.matter_id == victim.id))
            session.execute(delete(AuditHead).where(AuditHead.chain == victim.id))
            session.delete(victim)
            session.flush()
            assert verify_chain(session).ok
    finally:
        vault._history_agrees = False
        vault.lock()
    check = outbound("vault", "check", vault_path, history=history_record)
    assert check.returncode == 1
    assert OLDER in check.stdout and "events missing" in check.stdout


def test_a_bundle_is_a_witness(vault_path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "another-computer"  # no per-computer record: only the bundle
    elsewhere.mkdir()
    ref = "OB-2026-0001"
    bundle = tmp_path / "m.zip"
    exported = outbound("bundle", "export", vault_path, ref, "--out", bundle, history=elsewhere)
    assert exported.returncode == 0, exported.stderr
    ok = outbound("vault", "check", vault_path, "--against", bundle, history=tmp_path / "none")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "checked: history against the bundle m.zip" in ok.stdout

    _rewrite_first_event(vault_path)
    bad = outbound("vault", "check", vault_path, "--against", bundle, history=tmp_path / "none2")
    assert bad.returncode == 1
    assert "PROBLEM: this vault's history differs from the bundle m.zip" in bad.stdout


def test_a_signed_memo_is_a_witness(vault_path: Path, tmp_path: Path) -> None:
    from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
    from casework.memo_workflow import draft_memo, sign_memo
    from memos.pades import generate_self_signed

    old = tmp_path / "old.obv"
    _copy(vault_path, old)
    vault = Vault.unlock_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.session() as session:
            person = add_counsel(session, name="Margaret Lin", title="Counsel", actor="admin")
            key_pem, cert_pem = generate_self_signed("Margaret Lin", "Lanting")
            set_certificate(
                session,
                person,
                key_pem=key_pem,
                cert_pem=cert_pem,
                wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE),
                actor="admin",
                passphrase="Margaret's own phrase",
            )
            ref = session.scalars(select(Matter.reference)).first()
            assert ref is not None
            draft_memo(session, ref, actor="Margaret Lin")
            outcome = sign_memo(
                vault, session, ref, counsel_name="Margaret Lin", capacity="prepared", actor="c",
                signer_passphrase="Margaret's own phrase",
            )
            assert outcome.pades_signers == ("Margaret Lin",)  # carried through PAdES signing
    finally:
        vault.lock()
    memo = tmp_path / "memo.pdf"
    memo.write_bytes(outcome.pdf)
    fresh = tmp_path / "fresh-record"
    ok = outbound("vault", "check", vault_path, "--against", memo, history=fresh)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "history against the signed memo memo.pdf" in ok.stdout
    _copy(old, vault_path)  # rolled back to before the memo's matter history
    bad = outbound("vault", "check", vault_path, "--against", memo, history=tmp_path / "other")
    assert bad.returncode == 1
    assert "PROBLEM: this vault is older than the signed memo memo.pdf" in bad.stdout


def test_a_file_without_a_witness_is_one_clear_line(vault_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n% not from Outbound\n")
    result = outbound("vault", "check", vault_path, "--against", other, history=tmp_path / "h")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "records no vault history" in lines[0]


def test_the_record_holds_no_names(vault_path: Path, history_record: Path) -> None:
    text = (history_record / "history.json").read_text()
    vault = Vault.unlock_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.session() as session:
            titles = [m.title for m in session.scalars(select(Matter))]
            refs = [m.reference for m in session.scalars(select(Matter))]
    finally:
        vault.lock()
    assert vault.vault_id in text
    for word in [*titles, *refs, str(vault_path)]:
        assert word not in text
    assert (history_record / "history.json").stat().st_mode & 0o077 == 0


def test_accept_history_after_a_deliberate_restore(
    vault_path: Path, tmp_path: Path, history_record: Path
) -> None:
    """`vault accept-history` stops the warning, and the vault's own audit trail says who
    accepted which warning; a vault whose history agrees has nothing to accept."""
    nothing = outbound("vault", "accept-history", vault_path, history=history_record)
    assert nothing.returncode == 0 and "nothing to accept" in nothing.stdout
    _copy(vault_path, tmp_path / "old.obv")
    _add_matter(vault_path)
    _copy(tmp_path / "old.obv", vault_path)  # restored on purpose

    accepted = outbound("vault", "accept-history", vault_path, history=history_record)
    assert accepted.returncode == 0, accepted.stderr
    assert "accepted" in accepted.stdout
    listed = outbound("matter", "list", vault_path, history=history_record)
    assert listed.returncode == 0 and "warning" not in listed.stderr
    check = outbound("vault", "check", vault_path, history=history_record)
    assert check.returncode == 0, check.stdout
    vault = Vault.unlock_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.session() as session:
            events = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "vault.history_accepted")
            ).all()
        assert len(events) == 1 and f"{OLDER}" in events[0].details
    finally:
        vault.lock()
