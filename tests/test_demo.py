"""The demo vault holds every shared scenario, in the states the README promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from casework.listing import MatterFilter, list_matters
from casework.memo_store import list_versions
from desktop.demo import build_demo_vault
from memos.verify import verify_pdf
from models.vault import Vault


def test_demo_vault_has_every_state_and_a_verifiable_signed_memo(tmp_path: Path) -> None:
    path = tmp_path / "demo.outbound"
    made, recovery_key = build_demo_vault(path, "demo", progress=lambda _line: None)
    assert {m.status for m in made} >= {
        "intake", "review", "memo_draft", "signed", "closed", "archived"
    }
    vault = Vault.unlock_passphrase(path, "demo")
    try:
        with vault.session() as session:
            rows = list_matters(session, MatterFilter(), sort="reference", descending=False)
            scenarios = len(list((Path(__file__).parent / "scenarios").glob("*.yaml")))
            # every scenario, and a second matter for one person of the people register
            assert len(rows) == scenarios + 1
            signed = next(r for r in rows if r.status == "signed")
            versions = list_versions(session, signed.id)
            assert versions[-1].state == "signed"
            assert [s.capacity for s in versions[-1].signatures] == ["prepared", "reviewed"]
            report = verify_pdf(versions[-1].pdf or b"")
            assert report.signatures and report.all_intact
        assert vault.check().ok
    finally:
        vault.lock()
    vault = Vault.unlock_passphrase(path, "demo")
    try:
        from casework.workspace import Workspace

        register = Workspace(vault, "demo").people_register()
        assert len(register) >= 10 and any(len(p.references) == 2 for p in register)
    finally:
        vault.lock()
    Vault.unlock_recovery(path, recovery_key).lock()


def test_demo_counsel_sign_with_their_documented_signing_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each demo counsel's key is under the signing passphrase `outbound demo` prints (and the
    README gives); the vault passphrase alone does not sign as them."""
    from casework.counsel import PROTECTED, CounselError
    from casework.vaults import Vault as CaseworkVault
    from casework.workspace import Workspace
    from desktop.cli import main as cli_main
    from desktop.demo import COUNSEL, SIGNER_PASSPHRASE

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"signing passphrase, `{SIGNER_PASSPHRASE}`" in " ".join(readme.split())
    monkeypatch.delenv("OUTBOUND_PASSPHRASE", raising=False)
    path = tmp_path / "demo.outbound"
    assert cli_main(["demo", str(path)]) == 0
    printed = capsys.readouterr().out
    assert (
        f"Signing passphrase of Margaret Chen and David Osei (asked when they sign): "
        f"{SIGNER_PASSPHRASE}" in printed
    )
    vault = CaseworkVault.unlock_passphrase(path, "demo")
    try:
        workspace = Workspace(vault, "Demo Counsel")
        assert {name: workspace.signing_key_state(name) for name, _t in COUNSEL} == {
            name: PROTECTED for name, _t in COUNSEL
        }
        ref = next(m.reference for m in workspace.list_matters() if m.status == "memo_draft")
        with pytest.raises(CounselError, match="wrong"):
            workspace.sign_memo(ref, counsel_name=COUNSEL[0][0], capacity="prepared",
                                signer_passphrase="demo vault passphrase, not hers")
        signed = workspace.sign_memo(ref, counsel_name=COUNSEL[0][0], capacity="prepared",
                                     signer_passphrase=SIGNER_PASSPHRASE)
        assert signed.value.pades_signers == (COUNSEL[0][0],)
    finally:
        vault.lock()
