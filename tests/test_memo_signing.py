"""Signing that means something (issue 14): the gates before a final signature, the order of
signatures, the preparer's independence (and the vault's audited waiver), each counsel's own
signing passphrase, and every signature a PAdES signature carried by the one printed PDF."""

from __future__ import annotations

import hashlib
import io
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from casework_support import create_from, scenario
from pypdf import PdfReader

from casework.counsel import (
    SIGNING_KEY_PURPOSE,
    CounselError,
    add_counsel,
    set_certificate,
)
from casework.matters import get_matter, set_item_status
from casework.memo_store import get_version
from casework.memo_workflow import draft_memo, narrative_of, sign_memo
from casework.settings import update_settings
from desktop.cli import main as cli_main
from memos.gates import SigningGateError
from memos.verify import verify_pdf
from models.audit import verify_chain
from models.entities import AuditEvent

PEOPLE = {
    "Margaret Lin": ("Senior Counsel", "margaret's phrase"),
    "周文博": ("General Counsel", "周的口令"),
    "Ana Ruiz": ("Partner", "ana's phrase"),
}


@cache
def _certificate(name: str) -> tuple[bytes, bytes]:
    from memos.pades import generate_self_signed

    return generate_self_signed(name, "Lanting Intelligence Co., Ltd.")


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _ = vault_factory()
    with v.session() as session:
        update_settings(session, "admin", organisation="Lanting Intelligence Co., Ltd.")
        for name, (title, phrase) in PEOPLE.items():
            person = add_counsel(session, name=name, title=title, actor="admin")
            key_pem, cert_pem = _certificate(name)
            set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                            wrapping_key=v.subkey(SIGNING_KEY_PURPOSE), actor="admin",
                            passphrase=phrase)
    return v


def sign(vault: Any, ref: str, name: str, capacity: str, phrase: str | None = None) -> Any:
    with vault.session() as session:
        return sign_memo(vault, session, ref, counsel_name=name, capacity=capacity,
                         actor="counsel", signer_passphrase=phrase or PEOPLE[name][1])


def new_matter(vault: Any, prefix: str = "02") -> str:
    with vault.session() as session:
        return str(create_from(session, scenario(prefix)).reference)


def draft(vault: Any, ref: str, **narrative: Any) -> int:
    with vault.session() as session:
        matter = get_matter(session, ref)
        versions = list(matter.memo_versions)
        base = narrative_of(versions[-1].content) if versions else {}
        return int(draft_memo(session, ref, actor="counsel", narrative={**base, **narrative},
                              counsel_from="Margaret Lin").number)


def assume_all(vault: Any, ref: str) -> list[dict[str, str]]:
    from memos.compose_v2 import default_assumptions

    with vault.session() as session:
        content = get_version(session, get_matter(session, ref).id).content
    return default_assumptions(content["missing_facts"], content["unknown_facts"], {})


def decide_critical(vault: Any, ref: str) -> None:
    with vault.session() as session:
        for item in get_matter(session, ref).checklist_items:
            if item.severity == "critical" or item.blocking:
                set_item_status(session, item.id, status="escalated",
                                note="Escalated to the board.", actor="counsel")


def ready(vault: Any, ref: str) -> int:
    """A version that may be signed as final: summary, assumptions, decisions."""
    decide_critical(vault, ref)
    draft(vault, ref, summary="The resignation proceeds; the hand-over is held.")
    return draft(vault, ref, assumptions=assume_all(vault, ref))


def test_final_signature_refused_naming_each_missing_condition(vault: Any) -> None:
    ref = new_matter(vault, "03")  # critical items: classification and licence, important data
    with vault.session() as session:
        target = next(i for i in get_matter(session, ref).checklist_items
                      if i.severity == "critical")
        title = target.title
    draft(vault, ref)
    sign(vault, ref, "Margaret Lin", "prepared")  # a prepared (draft) signature is allowed
    with pytest.raises(SigningGateError) as refused:
        sign(vault, ref, "周文博", "reviewed")
    message = str(refused.value)
    assert "counsel's summary is not written" in message
    assert "required facts neither answered nor listed as an assumption" in message
    assert f"“{title}”" in message and "no decision on" in message
    assert "Only a 'prepared' (draft) signature is allowed" in message

    draft(vault, ref, summary="Counsel's summary.")
    sign(vault, ref, "Margaret Lin", "prepared")
    with pytest.raises(SigningGateError) as refused:
        sign(vault, ref, "周文博", "reviewed")
    assert "summary" not in str(refused.value) and "required facts" in str(refused.value)

    draft(vault, ref, assumptions=assume_all(vault, ref))
    sign(vault, ref, "Margaret Lin", "prepared")
    with pytest.raises(SigningGateError) as refused:
        sign(vault, ref, "周文博", "reviewed")
    assert str(refused.value).startswith("cannot sign as reviewed: no decision on")

    decide_critical(vault, ref)
    draft(vault, ref)
    sign(vault, ref, "Margaret Lin", "prepared")
    assert sign(vault, ref, "周文博", "reviewed").pades_signers


def test_a_draft_prepared_signature_leaves_the_pdf_marked_draft(vault: Any) -> None:
    ref = new_matter(vault)
    draft(vault, ref)
    pdf = sign(vault, ref, "Margaret Lin", "prepared").pdf
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "DRAFT" in text and "signed as prepared, not final" in " ".join(text.split())
    assert verify_pdf(pdf).all_intact


def test_order_is_prepared_reviewed_approved(vault: Any) -> None:
    ref = new_matter(vault)
    ready(vault, ref)
    with pytest.raises(SigningGateError, match="no 'prepared' signature yet"):
        sign(vault, ref, "周文博", "reviewed")
    sign(vault, ref, "Margaret Lin", "prepared")
    with pytest.raises(SigningGateError, match="no 'reviewed' signature yet"):
        sign(vault, ref, "Ana Ruiz", "approved")


def test_the_preparer_may_not_review_unless_the_vault_waives_it(vault: Any) -> None:
    ref = new_matter(vault)
    ready(vault, ref)
    sign(vault, ref, "Margaret Lin", "prepared")
    with pytest.raises(SigningGateError, match="prepared this version and may not also sign"):
        sign(vault, ref, "Margaret Lin", "reviewed")
    with vault.session() as session:
        update_settings(session, "admin", one_person_waiver=True)
    pdf = sign(vault, ref, "Margaret Lin", "reviewed").pdf
    with vault.session() as session:
        events = session.query(AuditEvent).filter(AuditEvent.action == "memo.waiver").all()
        assert len(events) == 1 and verify_chain(session).ok
    assert verify_pdf(pdf).all_intact


def test_waiver_is_printed_in_the_sign_off(vault: Any) -> None:
    ref = new_matter(vault)
    ready(vault, ref)
    with vault.session() as session:
        update_settings(session, "admin", one_person_waiver=True)
    sign(vault, ref, "Margaret Lin", "prepared")
    # The sign-off section says so wherever the preparer holds two capacities.
    from memos.content import MemoContent, Signature
    from memos.render import render_pdf

    with vault.session() as session:
        version = get_version(session, get_matter(session, ref).id)
        content = MemoContent.from_dict(version.content).with_signatures(
            [Signature("Margaret Lin", "Senior Counsel", c, "2026-11-30T10:00:00Z")
             for c in ("prepared", "reviewed")]
        )
        pdf = render_pdf(content, page_size="A4", signed=True, fingerprint=version.sha256)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "One-person waiver" in text


def test_wrong_signing_passphrase_is_refused_and_nothing_is_signed(vault: Any) -> None:
    ref = new_matter(vault)
    draft(vault, ref)
    with pytest.raises(CounselError, match="signing passphrase for Margaret Lin is wrong"):
        sign(vault, ref, "Margaret Lin", "prepared", phrase="the vault passphrase")
    with pytest.raises(CounselError, match="signing passphrase is needed"):
        with vault.session() as session:
            sign_memo(vault, session, ref, counsel_name="Margaret Lin", capacity="prepared",
                      actor="counsel")
    with vault.session() as session:
        version = get_version(session, get_matter(session, ref).id)
        assert version.state == "draft" and version.pdf is None and not version.signatures


def test_three_signatures_validate_and_a_byte_flip_fails_memo_verify(
    vault: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    ref = new_matter(vault)
    ready(vault, ref)
    first = sign(vault, ref, "Margaret Lin", "prepared").pdf
    second = sign(vault, ref, "周文博", "reviewed").pdf
    third = sign(vault, ref, "Ana Ruiz", "approved").pdf
    assert second.startswith(first) and third.startswith(second)  # incremental updates
    reader = PdfFileReader(io.BytesIO(third))
    embedded = list(reader.embedded_signatures)
    assert len(embedded) == 3
    for sig in embedded:
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
        )
        assert status.intact and status.valid
    report = verify_pdf(third)
    assert sorted(s.signer for s in report.signatures) == sorted(PEOPLE)
    assert report.all_intact
    # The printed sign-off shows each signer in the Signature column.
    page_texts = []
    for page in PdfReader(io.BytesIO(third)).pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig" and "/AP" in annot:
                page_texts.append(str(annot.get("/T")))
    assert sorted(page_texts) == ["Outbound-approved", "Outbound-reviewed"]
    with vault.session() as session:
        stored = get_version(session, get_matter(session, ref).id)
        assert stored.pdf == third
        assert [s.capacity for s in stored.signatures] == ["prepared", "reviewed", "approved"]

    good = tmp_path / "memo.pdf"
    good.write_bytes(third)
    assert cli_main(["memo", "verify", str(good)]) == 0
    for position in (third.index(b"stream") + 40, len(first) + 200, len(third) - 300):
        flipped = bytearray(third)
        flipped[position] ^= 0x01
        bad = tmp_path / f"flipped-{position}.pdf"
        bad.write_bytes(bytes(flipped))
        assert cli_main(["memo", "verify", str(bad)]) == 1, position
    out = capsys.readouterr().out
    assert "result: FAILED" in out


def test_counsel_changes_their_signing_passphrase(vault: Any) -> None:
    from casework.counsel import change_signing_passphrase, find_counsel

    with vault.session() as session:
        person = find_counsel(session, "Margaret Lin")
        key = vault.subkey(SIGNING_KEY_PURPOSE)
        with pytest.raises(CounselError, match="wrong"):
            change_signing_passphrase(session, person, wrapping_key=key, old="guess",
                                      new="new phrase", actor="margaret")
        change_signing_passphrase(session, person, wrapping_key=key,
                                  old=PEOPLE["Margaret Lin"][1], new="new phrase",
                                  actor="margaret")
    ref = new_matter(vault)
    draft(vault, ref)
    with pytest.raises(CounselError, match="wrong"):
        sign(vault, ref, "Margaret Lin", "prepared")  # the old passphrase no longer signs
    assert verify_pdf(sign(vault, ref, "Margaret Lin", "prepared", "new phrase").pdf).all_intact


def test_a_signed_memo_prints_the_vault_history_a_paper_copy_can_be_checked_against(
    vault: Any,
) -> None:
    """Issue 11 item 12(b): the vault's history at signing is printed on the memo (not only in
    its metadata), and `vault check --against-mark` holds the vault to what the paper says."""
    import re

    from desktop.cli.witness import read_printed_mark
    from models.history import HistoryMark

    ref = new_matter(vault)
    ready(vault, ref)
    pdf = sign(vault, ref, "Margaret Lin", "prepared").pdf
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Vault history when signed" in text
    printed = re.search(r"(\d+):(\d+):\s*([0-9a-f\s]{64,})", text)
    assert printed is not None
    keywords = PdfReader(io.BytesIO(pdf)).metadata["/Keywords"]
    in_metadata = re.search(r"outbound-vault-history:(\S+)", keywords).group(1)
    typed = "".join(printed.group(0).split())[: len(in_metadata)]
    assert typed == in_metadata  # what the paper shows is what the file records
    mark, what = read_printed_mark(printed.group(0))  # as copied, line breaks and all
    assert isinstance(mark, HistoryMark) and mark.as_text() == in_metadata
    assert vault.check(against=[(mark, what)]).problems == []
    with pytest.raises(Exception, match="not one Outbound prints"):
        read_printed_mark("12:34:not-a-digest")


# ----- a signing key with no signing passphrase of its own (issue 14) ---------------------------
def _store_legacy_key(vault: Any, name: str) -> tuple[bytes, bytes]:
    """Keep a key as vaults did before signing passphrases: sealed with the vault subkey only."""
    from casework.counsel import find_counsel
    from models import keywrap

    key_pem, cert_pem = _certificate(name)
    with vault.session() as session:
        person = add_counsel(session, name=name, title="Counsel", actor="admin")
        person.certificate_pem = cert_pem
        person.private_key_wrapped = keywrap.seal(
            vault.subkey(SIGNING_KEY_PURPOSE), key_pem, f"counsel:{person.id}".encode()
        )
        assert find_counsel(session, name).private_key_wrapped
    return key_pem, cert_pem


def test_a_key_without_a_signing_passphrase_does_not_sign_until_counsel_sets_one(
    vault: Any,
) -> None:
    from casework.counsel import (
        NO_PASSPHRASE,
        PROTECTED,
        SigningPassphraseNotSetError,
        change_signing_passphrase,
        find_counsel,
        key_state,
    )
    from casework.memo_signing import certificate_fingerprint

    _key, cert_pem = _store_legacy_key(vault, "Old Key")
    ref = new_matter(vault)
    draft(vault, ref)
    for phrase in (None, "anything at all"):  # the vault passphrase alone signs as nobody
        with pytest.raises(SigningPassphraseNotSetError, match="no signing passphrase of its"):
            with vault.session() as session:
                sign_memo(vault, session, ref, counsel_name="Old Key", capacity="prepared",
                          actor="counsel", signer_passphrase=phrase)
    with vault.session() as session:
        version = get_version(session, get_matter(session, ref).id)
        assert version.state == "draft" and version.pdf is None and not version.signatures
        person = find_counsel(session, "Old Key")
        assert key_state(person, vault.subkey(SIGNING_KEY_PURPOSE)) == NO_PASSPHRASE
        change_signing_passphrase(session, person, wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE),
                                  old=None, new="old key's first phrase", actor="old key")
        assert key_state(person, vault.subkey(SIGNING_KEY_PURPOSE)) == PROTECTED
        event = session.query(AuditEvent).filter(AuditEvent.action == "counsel.passphrase").one()
        assert '"first":true' in event.details.replace(" ", "")
        assert verify_chain(session).ok
    with pytest.raises(CounselError, match="wrong"):
        sign(vault, ref, "Old Key", "prepared", phrase="not it")
    pdf = sign(vault, ref, "Old Key", "prepared", phrase="old key's first phrase").pdf
    report = verify_pdf(pdf)
    assert report.all_intact and [s.signer for s in report.signatures] == ["Old Key"]
    from pyhanko.pdf_utils.reader import PdfFileReader  # the same certificate, kept

    signer_cert = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0].signer_cert
    assert hashlib.sha256(signer_cert.dump()).hexdigest() == certificate_fingerprint(cert_pem)


def test_every_new_certificate_needs_a_signing_passphrase(vault: Any) -> None:
    from casework.counsel import find_counsel
    from casework.workspace import Workspace

    key_pem, cert_pem = _certificate("Nobody Yet")
    with vault.session() as session:
        person = add_counsel(session, name="Nobody Yet", actor="admin")
        with pytest.raises(CounselError, match="empty signing passphrase"):
            set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                            wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE), actor="admin",
                            passphrase="")
    workspace = Workspace(vault, "admin")
    with pytest.raises(CounselError, match="empty signing passphrase"):
        workspace.add_counsel(name="Wen Jie", new_certificate=True)
    assert "Wen Jie" not in [c.name for c in workspace.counsel()]  # nothing half-stored
    with pytest.raises(CounselError, match="empty signing passphrase"):
        workspace.rotate_certificate("Margaret Lin", passphrase="")
    with vault.session() as session:
        assert find_counsel(session, "Margaret Lin").certificate_pem == _certificate(
            "Margaret Lin"
        )[1]


def test_a_rotated_certificate_signs_and_memos_signed_before_still_verify(vault: Any) -> None:
    from casework.workspace import Workspace

    ref = new_matter(vault)
    draft(vault, ref)
    before = sign(vault, ref, "Margaret Lin", "prepared").pdf
    workspace = Workspace(vault, "Margaret Lin")
    old_cert = next(c for c in workspace.counsel() if c.name == "Margaret Lin").certificate_pem
    workspace.rotate_certificate("Margaret Lin", passphrase="margaret's rotated phrase")
    new_cert = next(c for c in workspace.counsel() if c.name == "Margaret Lin").certificate_pem
    assert new_cert != old_cert
    later = draft(vault, ref)
    with pytest.raises(CounselError, match="wrong"):
        sign(vault, ref, "Margaret Lin", "prepared")  # the old phrase opened the old key only
    after = sign(vault, ref, "Margaret Lin", "prepared", "margaret's rotated phrase").pdf
    assert verify_pdf(before).all_intact and verify_pdf(after).all_intact
    with vault.session() as session:
        matter = get_matter(session, ref)
        assert get_version(session, matter.id, 1).pdf == before  # kept as signed
        assert get_version(session, matter.id, later).state == "signed"
        assert session.query(AuditEvent).filter(
            AuditEvent.action == "counsel.certificate", AuditEvent.actor == "Margaret Lin"
        ).count() == 1


def test_key_states_name_each_counsel_and_a_key_this_vault_cannot_open_is_none(
    vault: Any,
) -> None:
    """The Sign and Settings dialogs read every counsel's key state in one call; one key sealed
    under another key (damaged, say) must not stop the list: it reads as no key, to replace."""
    from casework.counsel import NO_KEY, NO_PASSPHRASE, PROTECTED, find_counsel
    from casework.workspace import Workspace
    from models import keywrap

    _store_legacy_key(vault, "Old Key")
    with vault.session() as session:
        person = add_counsel(session, name="Sealed Elsewhere", actor="admin")
        person.certificate_pem = _certificate("Margaret Lin")[1]
        person.private_key_wrapped = keywrap.seal(
            vault.subkey("another purpose"), b"key", f"counsel:{person.id}".encode()
        )
        assert find_counsel(session, "Sealed Elsewhere").private_key_wrapped
    states = Workspace(vault, "admin").signing_key_states()
    assert states == {
        "Margaret Lin": PROTECTED, "周文博": PROTECTED, "Ana Ruiz": PROTECTED,
        "Old Key": NO_PASSPHRASE, "Sealed Elsewhere": NO_KEY,
    }
