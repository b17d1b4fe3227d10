"""The demo vault holds every shared scenario, in the states the README promises."""

from __future__ import annotations

from pathlib import Path

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
