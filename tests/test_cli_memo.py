"""`outbound counsel add`, `memo draft|sign|render|verify` as a user runs them (subprocesses with
the production key derivation: one vault per module, few calls)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from test_cli_matter import SCENARIOS, assert_user_error, run_cli

SCENARIO_02 = next(p for p in SCENARIOS if p.name.startswith("02"))
P12_PASSWORD = "p12 pass wörd"
SIGNER = {"OUTBOUND_SIGNER_PASSPHRASE": "Margaret's own signing phrase"}


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A vault with scenario 02, a counsel with a new certificate, a memo drafted, signed as
    preparer and rendered to a file."""
    root = tmp_path_factory.mktemp("cli-memo")
    vault = root / "client.obv"
    steps = [
        ("vault", "init", str(vault)),
        ("matter", "new", str(vault), "--scenario", str(SCENARIO_02)),
    ]
    outputs = []
    for args in steps:
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
        outputs.append(result)
    ref = outputs[-1].stdout.strip()
    summary = root / "summary.txt"
    summary.write_text("陈思远 may leave once the exit review is recorded.", encoding="utf-8")
    more = [
        (
            "counsel",
            "add",
            str(vault),
            "Margaret Lin",
            "--title",
            "Senior Counsel",
            "--new-certificate",
        ),
        ("memo", "draft", str(vault), ref, "--summary-file", str(summary)),
        ("memo", "sign", str(vault), ref, "--counsel", "Margaret Lin", "--capacity", "prepared"),
        ("memo", "render", str(vault), ref, "--out", str(root / "memo.pdf")),
    ]
    for args in more:
        result = run_cli(*args, env=SIGNER)
        assert result.returncode == 0, (args, result.stderr)
        outputs.append(result)
    return {"vault": vault, "ref": ref, "root": root, "pdf": root / "memo.pdf", "out": outputs}


def test_steps_report_what_they_did(signed: dict[str, Any]) -> None:
    out = [r.stdout for r in signed["out"]]
    ref = signed["ref"]
    assert "added counsel Margaret Lin with a personal signing certificate" in out[2]
    assert f"{ref}: draft version 1 saved" in out[3]
    assert f"{ref} version 1 signed as prepared by Margaret Lin" in out[4]
    assert "PDF signatures: Margaret Lin" in out[4]
    assert f"{ref} version 1 (signed) written to" in out[5]
    assert (signed["pdf"].stat().st_mode & 0o777) == 0o600


def test_verify_signed_memo_against_the_vault(signed: dict[str, Any]) -> None:
    from pypdf import PdfReader

    result = run_cli("memo", "verify", str(signed["pdf"]), "--vault", str(signed["vault"]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PDF signature by Margaret Lin" in result.stdout and ": intact" in result.stdout
    assert f"vault: matches signed {signed['ref']} version 1" in result.stdout
    assert "identical to the stored PDF" in result.stdout
    assert "result: ok" in result.stdout
    text = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(signed["pdf"].read_bytes())).pages
        ).split()
    )
    assert "陈思远 may leave once the exit review is recorded." in text


def test_flipped_byte_is_reported_as_modified(signed: dict[str, Any]) -> None:
    data = bytearray(signed["pdf"].read_bytes())
    position = data.index(b"stream") + 40  # inside the first page's content, in the signed range
    data[position] ^= 0x01
    tampered = signed["root"] / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    result = run_cli("memo", "verify", str(tampered))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "MODIFIED" in result.stdout and "changed after it was signed" in result.stdout
    assert "result: FAILED" in result.stdout
    assert "Traceback" not in result.stderr


def _make_p12(path: Path, name: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name.encode(), key, cert, None, BestAvailableEncryption(P12_PASSWORD.encode())
        )
    )


def test_signing_with_a_pkcs12_file(signed: dict[str, Any]) -> None:
    """A matter of its own, so the memo signed in the fixture stays as it was."""
    vault, root = str(signed["vault"]), signed["root"]
    p12 = root / "jane.p12"
    _make_p12(p12, "Jane Roe")
    made = run_cli("matter", "new", vault, "--scenario", str(SCENARIO_02))
    assert made.returncode == 0, made.stderr
    ref = made.stdout.strip()
    for args in (
        ("counsel", "add", vault, "Jane Roe", "--title", "General Counsel"),
        ("memo", "draft", vault, ref),
    ):
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
    wrong = run_cli(
        "memo", "sign", vault, ref, "--counsel", "Jane Roe", "--capacity", "prepared",
        "--p12", str(p12), env={"OUTBOUND_P12_PASSWORD": "not it", **SIGNER},
    )  # fmt: skip
    assert_user_error(wrong, "password")
    result = run_cli(
        "memo", "sign", vault, ref, "--counsel", "Jane Roe", "--capacity", "prepared",
        "--p12", str(p12), env={"OUTBOUND_P12_PASSWORD": P12_PASSWORD, **SIGNER},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"{ref} version 1 signed as prepared by Jane Roe" in result.stdout
    assert "PDF signatures: Jane Roe" in result.stdout
    out = root / "memo-approved.pdf"
    rendered = run_cli("memo", "render", vault, ref, "--out", str(out))
    assert rendered.returncode == 0, rendered.stderr
    verified = run_cli("memo", "verify", str(out), "--vault", vault)
    assert verified.returncode == 0, verified.stdout
    assert "PDF signature by Jane Roe" in verified.stdout and ": intact" in verified.stdout
    assert f"vault: matches signed {ref} version 1" in verified.stdout


def test_unknown_counsel_and_reference_are_clear_errors(signed: dict[str, Any]) -> None:
    vault, ref = str(signed["vault"]), signed["ref"]
    nobody = run_cli("memo", "sign", vault, ref, "--counsel", "Nobody", "--capacity", "approved")
    assert_user_error(nobody, "Nobody")
    missing = run_cli("memo", "draft", vault, "OB-1999-0001")
    assert_user_error(missing, "OB-1999-0001")


def test_gates_decisions_assumptions_and_a_second_signer_from_the_command_line(
    signed: dict[str, Any],
) -> None:
    """Every step a gate needs is a command; a refused signature is one line naming what is
    missing, exit 2."""
    vault, ref, root = str(signed["vault"]), signed["ref"], signed["root"]
    ana = {"OUTBOUND_SIGNER_PASSPHRASE": "Ana's own phrase"}
    no_phrase = run_cli("counsel", "add", vault, "Nobody Yet", "--new-certificate")
    assert_user_error(no_phrase, "OUTBOUND_SIGNER_PASSPHRASE")
    added = run_cli("counsel", "add", vault, "Ana Ruiz", "--title", "Partner",
                    "--new-certificate", env=ana)
    assert added.returncode == 0, added.stderr
    refused = run_cli("memo", "sign", vault, ref, "--counsel", "Ana Ruiz", "--capacity",
                      "reviewed", env=ana)
    assert_user_error(refused, "cannot sign as reviewed", "neither answered nor listed")
    decided = run_cli("checklist", "decide", vault, ref, "TRADE-SECRET", "--status", "done",
                      "--note", "Exit interview held; devices returned.")
    assert decided.returncode == 0, decided.stderr
    assert "is now Done" in decided.stdout
    unknown_rule = run_cli("checklist", "decide", vault, ref, "NO-SUCH-RULE", "--status",
                           "done", "--note", "x")
    assert_user_error(unknown_rule, "NO-SUCH-RULE")
    assumed = run_cli("memo", "draft", vault, ref, "--assume-missing")
    assert assumed.returncode == 0, assumed.stderr
    assert f"{ref}: draft version 2 saved" in assumed.stdout
    wrong = run_cli("memo", "sign", vault, ref, "--counsel", "Margaret Lin", "--capacity",
                    "prepared", env={"OUTBOUND_SIGNER_PASSPHRASE": "not hers"})
    assert_user_error(wrong, "signing passphrase for Margaret Lin is wrong")
    for who, env in (("Margaret Lin", SIGNER), ("Ana Ruiz", ana)):
        capacity = "prepared" if who == "Margaret Lin" else "reviewed"
        done = run_cli("memo", "sign", vault, ref, "--counsel", who, "--capacity", capacity,
                       env=env)
        assert done.returncode == 0, done.stderr
    out = root / "memo-v2.pdf"
    assert run_cli("memo", "render", vault, ref, "--out", str(out)).returncode == 0
    verified = run_cli("memo", "verify", str(out), "--vault", vault)
    assert verified.returncode == 0, verified.stdout
    assert "PDF signature by Margaret Lin" in verified.stdout
    assert "PDF signature by Ana Ruiz" in verified.stdout
    assert "result: ok" in verified.stdout
    changed = run_cli("counsel", "passphrase", vault, "Ana Ruiz",
                      env={**ana, "OUTBOUND_NEW_SIGNER_PASSPHRASE": "Ana's next phrase"})
    assert changed.returncode == 0, changed.stderr
    assert "Ana Ruiz's signing passphrase changed" in changed.stdout
    rotated = run_cli("counsel", "rotate", vault, "Ana Ruiz",
                      env={"OUTBOUND_SIGNER_PASSPHRASE": "Ana's third phrase"})
    assert rotated.returncode == 0, rotated.stderr
    assert "Ana Ruiz has a new personal signing certificate" in rotated.stdout


def test_a_key_without_a_signing_passphrase_is_refused_until_counsel_sets_one(
    signed: dict[str, Any],
) -> None:
    """A key kept before signing passphrases existed (sealed with the vault's key only): the
    vault passphrase alone must not sign with it. One line says what to run; after
    `counsel passphrase` the same key signs under counsel's own passphrase."""
    from test_cli_matter import PASSPHRASE

    from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel
    from memos.pades import generate_self_signed
    from models import keywrap
    from models.vault import Vault

    vault = str(signed["vault"])
    opened = Vault.unlock_passphrase(signed["vault"], PASSPHRASE)
    try:
        with opened.session() as session:
            person = add_counsel(session, name="Old Key", title="Counsel", actor="admin")
            key_pem, person.certificate_pem = generate_self_signed("Old Key", "Lanting")
            person.private_key_wrapped = keywrap.seal(
                opened.subkey(SIGNING_KEY_PURPOSE), key_pem, f"counsel:{person.id}".encode()
            )
    finally:
        opened.lock()
    made = run_cli("matter", "new", vault, "--scenario", str(SCENARIO_02))
    assert made.returncode == 0, made.stderr
    ref = made.stdout.strip()
    assert run_cli("memo", "draft", vault, ref).returncode == 0
    refused = run_cli("memo", "sign", vault, ref, "--counsel", "Old Key", "--capacity",
                      "prepared", env={"OUTBOUND_SIGNER_PASSPHRASE": "anything"})
    assert_user_error(refused, "no signing passphrase of its own",
                      f'outbound counsel passphrase {vault} "Old Key"')
    out = signed["root"] / "old-key.pdf"
    rendered = run_cli("memo", "render", vault, ref, "--out", str(out))
    assert f"{ref} version 1 (draft)" in rendered.stdout  # nothing was signed
    set_now = run_cli("counsel", "passphrase", vault, "Old Key",
                      env={"OUTBOUND_NEW_SIGNER_PASSPHRASE": "Old Key's first phrase"})
    assert set_now.returncode == 0, set_now.stderr
    assert "Old Key's signing passphrase set" in set_now.stdout
    done = run_cli("memo", "sign", vault, ref, "--counsel", "Old Key", "--capacity", "prepared",
                   env={"OUTBOUND_SIGNER_PASSPHRASE": "Old Key's first phrase"})
    assert done.returncode == 0, done.stderr
    assert "PDF signatures: Old Key" in done.stdout

def test_memo_draft_in_chinese_from_the_command_line(signed: dict[str, Any]) -> None:
    """`memo draft --language zh` drafts the next version in Chinese; the signed English one
    stays as it was; an unknown language is refused and nothing is stored."""
    from pypdf import PdfReader

    vault, ref, root = str(signed["vault"]), signed["ref"], signed["root"]
    drafted = run_cli("memo", "draft", vault, ref, "--language", "zh")
    assert drafted.returncode == 0, drafted.stderr
    number = int(drafted.stdout.split("draft version ")[1].split()[0])
    out, first = root / "memo-zh.pdf", root / "memo-v1-again.pdf"
    assert run_cli("memo", "render", vault, ref, "--version", str(number), "--out",
                   str(out)).returncode == 0
    assert run_cli("memo", "render", vault, ref, "--version", "1", "--out",
                   str(first)).returncode == 0

    def text(path: Path) -> str:
        pages = PdfReader(io.BytesIO(path.read_bytes())).pages
        return "".join("".join(p.extract_text() or "" for p in pages).split())

    chinese = text(out)
    assert "一、问题与简要结论" in chinese and "审查建议：暂缓，待审批" in chinese
    assert "《中华人民共和国出口管制法》" in chinese
    assert first.read_bytes() == signed["pdf"].read_bytes()  # the signed English memo
    refused = run_cli("memo", "draft", vault, ref, "--language", "fr")
    assert refused.returncode == 2 and "invalid choice: 'fr'" in refused.stderr
    assert "Traceback" not in refused.stderr
    again = run_cli("memo", "draft", vault, ref)  # the memo keeps its language
    assert again.returncode == 0, again.stderr
    assert f"draft version {number + 1} saved" in again.stdout
    kept = root / "memo-zh-again.pdf"
    assert run_cli("memo", "render", vault, ref, "--out", str(kept)).returncode == 0
    assert "一、问题与简要结论" in text(kept)
