"""Every signing refusal as data (issue 14): the core raises a `Refusal` kind with the names and
capacities to word it; the command line keeps its English sentence; the Chinese window words
each kind itself, and the Sign dialog greys what it can know before a passphrase is typed."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_memo_signing import PEOPLE, _certificate, draft, new_matter, ready, sign
from test_ui_support import chinese, ui_env  # noqa: F401

from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, find_counsel, set_certificate
from casework.matters import MatterReadOnlyError, get_matter
from casework.memo_workflow import sign_memo
from casework.settings import update_settings
from memos import gates
from memos.gates import Refusal


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


def _refused(vault: Any, ref: str, name: str, capacity: str, phrase: str | None = "",
             **more: Any) -> Exception:
    """The exception a signature raises (the passphrase defaults to the signer's own)."""
    with pytest.raises(Exception) as caught, vault.session() as session:
        sign_memo(vault, session, ref, counsel_name=name, capacity=capacity, actor="counsel",
                  signer_passphrase=PEOPLE.get(name, ("", ""))[1] if phrase == "" else phrase,
                  **more)
    return caught.value


def _kind(error: Exception) -> str:
    refusal = getattr(error, "refusal", None)
    assert isinstance(refusal, Refusal), f"{type(error).__name__} carries no refusal: {error}"
    return refusal.kind


# ----- the core raises each kind, its English kept for the command line -----------------------
def test_order_independence_and_repeats_are_refusal_kinds(vault: Any) -> None:
    ref = new_matter(vault)
    ready(vault, ref)
    early = _refused(vault, ref, "周文博", "reviewed")
    assert _kind(early) == gates.OUT_OF_ORDER and early.refusal.before == "prepared"  # type: ignore[attr-defined]
    assert str(early) == ("cannot sign as reviewed: the version has no 'prepared' signature "
                          "yet (order: prepared, reviewed, approved)")
    sign(vault, ref, "Margaret Lin", "prepared")
    own = _refused(vault, ref, "Margaret Lin", "reviewed")
    assert _kind(own) == gates.OWN_VERSION and own.refusal.signer == "Margaret Lin"  # type: ignore[attr-defined]
    assert str(own).startswith("Margaret Lin prepared this version and may not also sign it as "
                               "reviewed; another counsel must")
    taken = _refused(vault, ref, "Ana Ruiz", "prepared")
    assert _kind(taken) == gates.PREPARED_TAKEN
    assert str(taken) == "this version already has its 'prepared' signature"
    sign(vault, ref, "周文博", "reviewed")
    twice = _refused(vault, ref, "周文博", "reviewed")
    assert _kind(twice) == gates.ALREADY_SIGNED
    assert str(twice) == "周文博 already signed this version as reviewed"
    unknown = _refused(vault, ref, "Ana Ruiz", "witnessed")
    assert _kind(unknown) == gates.UNKNOWN_CAPACITY


def test_a_final_signature_before_the_gates_is_a_refusal_kind(vault: Any) -> None:
    ref = new_matter(vault)
    draft(vault, ref)
    refused = _refused(vault, ref, "Margaret Lin", "reviewed")
    assert _kind(refused) == gates.NOT_FINAL
    kinds = {b.kind for b in refused.refusal.blockers}  # type: ignore[attr-defined]
    assert gates.NO_SUMMARY in kinds and gates.OPEN_FACTS in kinds
    assert str(refused).startswith("cannot sign as reviewed: counsel's summary is not written")
    assert "'memo draft --assume-missing'" in str(refused)


def test_passphrase_and_key_refusals_are_kinds(vault: Any, tmp_path: Path) -> None:
    from test_cli_memo import P12_PASSWORD, _make_p12
    from test_ui_signing_passphrase import _store_legacy_key

    from casework.counsel import CounselError

    ref = new_matter(vault)
    draft(vault, ref)
    wrong = _refused(vault, ref, "Margaret Lin", "prepared", phrase="the vault passphrase")
    assert _kind(wrong) == gates.WRONG_PASSPHRASE and isinstance(wrong, CounselError)
    assert str(wrong) == ("the signing passphrase for Margaret Lin is wrong; nothing was signed "
                          "or changed")
    missing = _refused(vault, ref, "Margaret Lin", "prepared", phrase=None)
    assert _kind(missing) == gates.PASSPHRASE_NEEDED
    assert str(missing) == "Margaret Lin's signing passphrase is needed to sign"
    with vault.session() as session:
        add_counsel(session, name="No Cert", title="Counsel", actor="admin")
    assert _kind(_refused(vault, ref, "No Cert", "prepared", phrase="x")) == gates.NO_CERTIFICATE
    _store_legacy_key(vault, "Old Key")
    legacy = _refused(vault, ref, "Old Key", "prepared", phrase="x")
    assert _kind(legacy) == gates.NO_SIGNING_PASSPHRASE
    assert "no signing passphrase of its own yet" in str(legacy)
    p12 = tmp_path / "ana.p12"
    _make_p12(p12, "Ana Ruiz")
    imported = _refused(vault, ref, "Ana Ruiz", "prepared", phrase=None, p12=p12.read_bytes(),
                        p12_password=P12_PASSWORD)
    assert _kind(imported) == gates.IMPORT_NEEDS_PASSPHRASE
    with vault.session() as session:  # a key sealed for another counsel: it cannot be opened
        ana, margaret = find_counsel(session, "Ana Ruiz"), find_counsel(session, "Margaret Lin")
        ana.private_key_wrapped = margaret.private_key_wrapped
    assert _kind(_refused(vault, ref, "Ana Ruiz", "prepared")) == gates.KEY_UNREADABLE


def test_a_closed_matter_refuses_before_any_passphrase_is_checked(vault: Any) -> None:
    ref = new_matter(vault)
    draft(vault, ref)
    with vault.session() as session:
        get_matter(session, ref).status = "closed"
    refused = _refused(vault, ref, "Margaret Lin", "prepared", phrase="a wrong one")
    assert isinstance(refused, MatterReadOnlyError)  # not "wrong passphrase": it never got there
    assert (refused.status, refused.reference) == ("closed", ref)
    assert str(refused) == f"{ref} is closed and read-only; reopen it first to change it"


# ----- the Chinese window words each kind ------------------------------------------------------
ZH = {
    gates.UNKNOWN_CAPACITY: "没有这种签署身份",
    gates.NOT_FINAL: (
        "此版本目前只能以“拟稿”（草稿）身份签署；审核或批准还需要："
        "法务人员的摘要尚未撰写；2 项必要事实"
    ),
    gates.OUT_OF_ORDER: "此版本尚不能以“审核”身份签署：它还没有“拟稿”签名",
    gates.OWN_VERSION: "王律师是此版本的拟稿人，不得再以“批准”身份签署",
    gates.ALREADY_SIGNED: "王律师已以“审核”身份签署此版本",
    gates.PREPARED_TAKEN: "此版本已有“拟稿”签名",
    gates.NO_CERTIFICATE: "王律师尚无签名证书",
    gates.PASSPHRASE_NEEDED: "签署需要王律师的签署口令",
    gates.WRONG_PASSPHRASE: "王律师的签署口令不正确；未签署，也未更改任何内容",
    gates.NO_SIGNING_PASSPHRASE: "王律师的签名密钥还没有本人的签署口令",
    gates.IMPORT_NEEDS_PASSPHRASE: "需要王律师的签署口令，导入的证书才能由其本人保护",
    gates.KEY_UNREADABLE: "无法用此保险库的密钥打开王律师的签名密钥",
}

KEY_KINDS = {gates.PASSPHRASE_NEEDED, gates.WRONG_PASSPHRASE, gates.NO_SIGNING_PASSPHRASE,
             gates.IMPORT_NEEDS_PASSPHRASE, gates.KEY_UNREADABLE}  # raised by casework.counsel


@pytest.mark.parametrize("kind", sorted(ZH))
def test_each_refusal_reads_in_chinese(chinese: None, kind: str) -> None:
    """What the window shows for the exception the core raises (dialogs.error_text)."""
    from casework.counsel import SigningKeyError
    from desktop.ui.dialogs import error_text
    from memos.gates import Blocker, SigningRefusedError

    capacity = {gates.OWN_VERSION: "approved", gates.UNKNOWN_CAPACITY: "witnessed"}.get(
        kind, "reviewed")
    refusal = Refusal(kind, signer="王律师", capacity=capacity, before="prepared",
                      blockers=(Blocker(gates.NO_SUMMARY), Blocker(gates.OPEN_FACTS, count=2)))
    error = SigningKeyError(refusal) if kind in KEY_KINDS else SigningRefusedError(refusal)
    text = error_text(error)
    assert ZH[kind] in text, text
    assert not any(word in text for word in ("sign", "passphrase", "version", kind))


def test_a_closed_matter_reads_in_chinese(chinese: None) -> None:
    from desktop.ui.dialogs import error_text

    error = MatterReadOnlyError("LT-2026-0001 is closed and read-only; reopen it first to change "
                                "it", reference="LT-2026-0001", status="closed")
    assert error_text(error) == "LT-2026-0001已结案，为只读；请先重新开启再修改。"


def _open_dialog(qtbot: Any, vault: Any, ref: str) -> Any:
    from casework.workspace import Workspace
    from desktop.ui.matter_window import MatterWindow

    matter_id = Workspace(vault, "Margaret Lin").matter(ref).id
    window = MatterWindow(vault, matter_id, actor="Margaret Lin")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.memo)
    return window, window.memo.open_sign_dialog()


def _offered(dialog: Any) -> list[str]:
    model = dialog.capacity.model()
    return [dialog.capacity.itemData(r) for r in range(dialog.capacity.count())
            if model.item(r).isEnabled()]


def test_the_chinese_sign_dialog_greys_what_order_and_independence_refuse(
    chinese: None, ui_env: Any, qtbot: Any, vault: Any
) -> None:
    """Before any passphrase: the preparer is offered nothing further on their own version, and
    says why in Chinese; the next counsel is offered the review only; a wrong passphrase then
    reads in Chinese too."""
    ref = new_matter(vault)
    ready(vault, ref)
    sign(vault, ref, "Margaret Lin", "prepared")
    window, dialog = _open_dialog(qtbot, vault, ref)
    dialog.counsel.setCurrentIndex(dialog.counsel.findData("Margaret Lin"))
    assert _offered(dialog) == []
    note = dialog.capacity_note.text()
    assert "Margaret Lin是此版本的拟稿人，不得再以“审核”身份签署" in note
    assert "Margaret Lin已以“拟稿”身份签署此版本" in note and "prepared" not in note
    qtbot.keyClicks(dialog.signer_passphrase, PEOPLE["Margaret Lin"][1])
    assert not dialog.ok.isEnabled() and "拟稿人" in dialog.ok.toolTip()

    dialog.counsel.setCurrentIndex(dialog.counsel.findData("周文博"))
    assert _offered(dialog) == ["reviewed"] and dialog.capacity.currentData() == "reviewed"
    note = dialog.capacity_note.text()
    assert "此版本尚不能以“批准”身份签署：它还没有“审核”签名" in note
    assert "此版本已有“拟稿”签名" in note  # the prepared row is taken, whoever asks
    model = dialog.capacity.model()
    assert "还没有“审核”签名" in model.item(2).toolTip()
    dialog.signer_passphrase.clear()
    qtbot.keyClicks(dialog.signer_passphrase, "the vault passphrase")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: any("签署口令不正确" in t for t in ui_env.texts()), timeout=60_000)
    assert not any("wrong" in t for t in ui_env.texts())
    qtbot.waitUntil(lambda: not window.memo.busy, timeout=10_000)
