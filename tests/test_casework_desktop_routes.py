"""What the window and the command line reach of memos and bundles through casework (they may
import neither): certificates made and imported by the Workspace, a bundle file's recorded vault
history, a memo PDF checked without a vault."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from casework_support import TODAY, scenario

from casework.bundle_errors import NotABundleError
from casework.bundle_files import is_encrypted, recorded_vault_history
from casework.counsel import NO_KEY, PROTECTED
from casework.workspace import Workspace
from forms.errors import OutboundError

ACTOR = "Margaret Lin"
SIGNING = "Wang Li's own signing phrase"
TRANSPORT = "transport phrase for the courier"


@pytest.fixture
def workspace(vault_factory: Any) -> Workspace:
    vault, _recovery = vault_factory()
    return Workspace(vault, ACTOR)


def _organisation(workspace: Workspace, name: str) -> str:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    person = next(c for c in workspace.counsel() if c.name == name)
    assert person.certificate_pem is not None
    subject = x509.load_pem_x509_certificate(person.certificate_pem).subject
    return str(subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value)


def test_a_certificate_made_for_counsel_names_the_organisation_typed_else_their_own_name(
    workspace: Workspace,
) -> None:
    """Settings › Create personal certificate passes what the Organisation field holds, saved
    or not; with the field empty the certificate names the counsel."""
    workspace.update_settings(organisation="Saved Firm LLP")
    for name in ("Wang Li", "Zhao Min"):
        workspace.add_counsel(name=name, title="Counsel")
    done = workspace.create_certificate("Wang Li", organisation="Xinhe Law", passphrase=SIGNING)
    assert done.value.name == "Wang Li"
    workspace.create_certificate("Zhao Min", organisation="", passphrase=SIGNING)
    assert _organisation(workspace, "Wang Li") == "Xinhe Law"
    assert _organisation(workspace, "Zhao Min") == "Zhao Min"
    assert workspace.signing_key_state("Wang Li") == PROTECTED


def test_a_certificate_file_opened_with_a_wrong_password_keeps_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    from test_cli_memo import P12_PASSWORD, _make_p12

    workspace.add_counsel(name="Wang Li", title="Counsel")
    p12 = tmp_path / "wang-li.p12"
    _make_p12(p12, "Wang Li")
    with pytest.raises(OutboundError, match="password is wrong"):
        workspace.import_certificate(
            "Wang Li", pkcs12=p12.read_bytes(), password="not it", passphrase=SIGNING
        )
    assert workspace.signing_key_state("Wang Li") == NO_KEY
    workspace.import_certificate(
        "Wang Li", pkcs12=p12.read_bytes(), password=P12_PASSWORD, passphrase=SIGNING
    )
    assert workspace.signing_key_state("Wang Li") == PROTECTED


def test_the_vault_history_a_bundle_recorded_is_read_plain_or_encrypted(
    workspace: Workspace, tmp_path: Path
) -> None:
    """`vault check --against BUNDLE`: the transport passphrase is asked only of an encrypted
    bundle; a file that is no bundle says why."""
    data = scenario("02")
    ref = workspace.create_matter(
        kind=data["kind"], title=data["title"], answers=dict(data["answers"]), today=TODAY
    ).value.reference
    plain = workspace.export_bundle(ref, tmp_path / "plain.zip").value.path
    sealed = workspace.export_bundle(
        ref, tmp_path / "sealed.age", encrypt_passphrase=TRANSPORT
    ).value.path
    asked: list[str] = []

    def passphrase() -> str:
        asked.append("asked")
        return TRANSPORT

    mark = re.compile(r"\d+:\d+:[0-9a-f]{64}")
    assert not is_encrypted(Path(plain)) and is_encrypted(Path(sealed))
    assert mark.fullmatch(recorded_vault_history(Path(plain), passphrase) or "")
    assert asked == []
    assert mark.fullmatch(recorded_vault_history(Path(sealed), passphrase) or "")
    assert asked == ["asked"]
    with pytest.raises(NotABundleError, match="could not be decrypted"):
        recorded_vault_history(Path(sealed), lambda: "the wrong phrase")
    junk = tmp_path / "notes.txt"
    junk.write_text("not a bundle", encoding="utf-8")
    with pytest.raises(NotABundleError, match="not a zip file"):
        recorded_vault_history(junk, passphrase)


def test_a_memo_pdf_without_signatures_says_so_and_a_file_that_is_no_pdf_is_refused() -> None:
    from reportlab.pdfgen import canvas

    from casework.memo_verify import verify_memo_pdf
    from memos.errors import VerificationError

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setKeywords("outbound:sha256:" + "ab" * 32)
    page.drawString(72, 720, "A memo anyone could have typed")
    page.save()
    check = verify_memo_pdf(buffer.getvalue())
    assert check.fingerprint == "ab" * 32
    assert check.report.signatures == []
    with pytest.raises(VerificationError, match="not a readable PDF"):
        verify_memo_pdf(b"%PDF-1.4 junk")
