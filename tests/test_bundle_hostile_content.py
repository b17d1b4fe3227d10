"""Hostile bundles of issue 11: a forged sign-off, schema-valid nonsense, unauthenticated extras
around the bag, huge numbers and deep nesting. Each is refused with its reason (or, for a sign-off
no PDF signature carries, imported as not verified), and a refused import leaves the vault
exactly as it was."""
# ruff: noqa: F811 - `world`, the module fixture shared with test_bundle_hostile, is a parameter

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_bundle_hostile import _refused, _variant, world  # noqa: F401
from test_bundle_support import dump_vault, reseal

from bundles import layout
from bundles.errors import BundleVerificationError
from casework import counsel, matters
from casework.bundle_import import import_bundle
from casework.bundle_verify import verify_bundle
from desktop.cli import main
from memos.canonical import fingerprint
from models.entities import Signature

MEMO_V1 = layout.memo_json(1)


def _edit_json(files: dict[str, bytes], path: str, change: Callable[[Any], None]) -> None:
    doc = json.loads(files[path])
    change(doc)
    files[path] = json.dumps(doc, ensure_ascii=False).encode()


def _resealed(world: dict[str, Any], name: str, mutate: Callable[[dict[str, bytes]], None],
              **write: Any) -> Path:
    """A variant correctly hashed and signed with the exporter's key: only the targeted check
    can object."""
    def both(files: dict[str, bytes]) -> None:
        mutate(files)
        reseal(files, world["source"])

    return _variant(world, name, both, **write)


# ----- item 3: a forged sign-off ---------------------------------------------------------------
def _pdf_with_keywords(fingerprint_hex: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf, invariant=1)
    page.setKeywords(f"outbound:sha256:{fingerprint_hex}")
    page.drawString(72, 720, "APPROVED - Wang Fang, General Counsel")
    page.save()
    return buf.getvalue()


def _claim_signoff(files: dict[str, bytes], pdf: bytes, *, pades: bool) -> None:
    """Memo v1 claims an approval by Wang Fang, carried by `pdf`."""
    def change(doc: Any) -> None:
        version = doc["version"]
        version["signatures"][0].update(signer_name="Wang Fang", signer_title="General Counsel",
                                        capacity="approved", pades=pades)
        version["pdf"].update(sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf))

    _edit_json(files, MEMO_V1, change)
    files[layout.memo_pdf(1)] = pdf


def _memo_fingerprint(world: dict[str, Any]) -> str:
    return json.loads(world["files"][MEMO_V1])["version"]["sha256"]


def _import_with_local_wang_fang(vault_factory: Any, path: Path) -> tuple[Any, Any]:
    vault, _ = vault_factory("wang.obv", "pw wang")
    with vault.session() as s:
        counsel.add_counsel(s, name="Wang Fang", title="General Counsel", actor="admin")
    return vault, import_bundle(vault, path, actor="importer")


def test_forged_signoff_imports_as_not_verified_and_not_linked(
    world: dict[str, Any], vault_factory: Any, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    forged_pdf = _pdf_with_keywords(_memo_fingerprint(world))
    path = _resealed(world, "forged-signoff",
                     lambda f: _claim_signoff(f, forged_pdf, pades=True))
    vault, result = _import_with_local_wang_fang(vault_factory, path)
    assert any("Wang Fang, approved" in w and "does not carry" in w for w in result.warnings)
    with vault.session() as s:
        [sig] = s.query(Signature).all()
        assert sig.counsel_id is None and sig.imported and sig.verified_by is None
        assert sig.pades is False  # the claim is not taken over
        assert "imported, not verified" in sig.shown_signer
    vault_path = vault.path
    vault.lock()

    pdf_file = world["folder"] / "forged.pdf"
    pdf_file.write_bytes(forged_pdf)
    monkeypatch.setenv("OUTBOUND_PASSPHRASE", "pw wang")
    assert main(["memo", "verify", str(pdf_file), "--vault", str(vault_path)]) == 1
    out = capsys.readouterr().out
    assert "not signed: the file carries no PDF signature" in out
    assert "result: not signed" in out and "result: ok" not in out
    assert "imported, not verified" in out


def _pades_signed(fingerprint_hex: str) -> bytes:
    from memos.pades import generate_self_signed, sign_pdf

    key, cert = generate_self_signed("Wang Fang", "Other Firm LLP")
    return sign_pdf(_pdf_with_keywords(fingerprint_hex), key, cert, signer_name="Wang Fang",
                    reason="approval", signing_time=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))


def test_a_pdf_signature_on_another_memo_verifies_nothing(
    world: dict[str, Any], vault_factory: Any
) -> None:
    signed = _pades_signed("ab" * 32)  # a genuine signature, over some other memo's PDF
    path = _resealed(world, "other-memo", lambda f: _claim_signoff(f, signed, pades=True))
    vault, result = _import_with_local_wang_fang(vault_factory, path)
    assert any("its PDF is of another memo" in w for w in result.warnings)
    with vault.session() as s:
        [sig] = s.query(Signature).all()
        assert sig.verified_by is None and not sig.pades and sig.counsel_id is None


def test_a_signoff_carried_by_a_pdf_signature_is_recorded_with_its_certificate(
    world: dict[str, Any], vault_factory: Any
) -> None:
    signed = _pades_signed(_memo_fingerprint(world))
    path = _resealed(world, "pades-signoff", lambda f: _claim_signoff(f, signed, pades=True))
    vault, result = _import_with_local_wang_fang(vault_factory, path)
    assert not result.warnings
    with vault.session() as s:
        [sig] = s.query(Signature).all()
        assert sig.counsel_id is None and sig.imported and sig.pades
        assert sig.verified_by is not None and "Other Firm LLP" in sig.verified_by
        assert "imported, signed by" in sig.shown_signer


# ----- item 15: schema-valid nonsense ----------------------------------------------------------
def _intake_answer(fact: str, value: Any) -> Callable[[dict[str, bytes]], None]:
    def mutate(files: dict[str, bytes]) -> None:
        _edit_json(files, layout.INTAKE_JSON,
                   lambda d: d["revisions"][-1]["answers"].__setitem__(fact, value))
    return mutate


def _nan_answer(files: dict[str, bytes]) -> None:
    text = files[layout.INTAKE_JSON].decode()
    text = text.replace('"answers": {', '"answers": {"x.nan": NaN, ', 1)
    files[layout.INTAKE_JSON] = text.encode()


def _form_version(files: dict[str, bytes]) -> None:
    _edit_json(files, layout.INTAKE_JSON,
               lambda d: d["revisions"][-1].__setitem__("form_version", 999))


def _kind(files: dict[str, bytes]) -> None:
    _edit_json(files, layout.MATTER_JSON, lambda d: d["matter"].__setitem__("kind", "travel"))


def _memo_content(change: Callable[[Any], None]) -> Callable[[dict[str, bytes]], None]:
    def mutate(files: dict[str, bytes]) -> None:
        _edit_json(files, MEMO_V1, lambda d: change(d["version"]))
    return mutate


def _refingerprinted(version: Any) -> None:
    version["content"] = {"summary": ["not", "a", "memo"], "recommendation": 7}
    version["sha256"] = fingerprint(version["content"])
    for sig in version["signatures"]:
        sig["fingerprint"] = version["sha256"]


@pytest.mark.parametrize(
    ("label", "mutate", "match"),
    [
        ("wrong-type", _intake_answer("person.name", ["a", "list"]), "has an answer Outbound"),
        ("unknown-answer", _intake_answer("no.such.fact", "x"), "not a question of the"),
        ("nan", _nan_answer, "NaN is not a JSON number"),
        ("form-999", _form_version, "version 999 of the departure intake"),
        ("kind", _kind, "but the matter is a travel matter"),
        ("fingerprint", _memo_content(lambda v: v["content"].__setitem__("summary", "edited")),
         "is not the fingerprint of its content"),
        ("garbage-memo", _memo_content(_refingerprinted), "is not a memo Outbound can show"),
        ("huge-reference", None, "has a number longer than 9 digits"),
    ],
)
def test_schema_valid_nonsense_is_refused(world: dict[str, Any], label: str,
                                          mutate: Any, match: str) -> None:
    if mutate is None:  # a reference SQLite's integers cannot number after
        def mutate(files: dict[str, bytes]) -> None:
            huge = "OB-2026-9223372036854775807"
            _edit_json(files, layout.MATTER_JSON, lambda d: d["matter"].__setitem__(
                "reference", huge))
            items = [(k, huge if k == layout.L_EXTERNAL_ID else v)
                     for k, v in layout.parse_tag_file(files[layout.BAG_INFO])]
            files[layout.BAG_INFO] = layout.format_tag_file(items)
    path = _resealed(world, f"nonsense-{label}", mutate)
    _refused(world, path, BundleVerificationError, match)


def test_numbering_survives_a_huge_reference_already_in_the_vault(vault_factory: Any) -> None:
    """A vault that took in OB-<year>-9223372036854775807 before the import refused it."""
    from models.entities import Matter

    vault, _ = vault_factory()
    with vault.session() as s:
        year = dt.datetime.now(dt.UTC).year
        for suffix in ("9223372036854775807", "12a", "0007"):
            s.add(Matter(reference=f"OB-{year}-{suffix}", kind="travel", title="x"))
        s.flush()
        made = matters.create_matter(s, kind="travel", actor="a")
        again = matters.create_matter(s, kind="travel", actor="a")
    assert (made.reference, again.reference) == (f"OB-{year}-0008", f"OB-{year}-0009")


# ----- item 16: unauthenticated extras ----------------------------------------------------------
def test_fetch_txt_is_refused_even_when_listed(world: dict[str, Any]) -> None:
    def add(files: dict[str, bytes]) -> None:
        files["fetch.txt"] = b"https://example.invalid/x 12 data/attachments/evil\n"

    def listed(files: dict[str, bytes]) -> None:
        add(files)
        reseal(files, world["source"])
        entries = layout.parse_manifest(files[layout.TAGMANIFEST])
        entries["fetch.txt"] = hashlib.sha256(files["fetch.txt"]).hexdigest()
        files[layout.TAGMANIFEST] = layout.format_manifest(entries)
        reseal_signature(files, world)

    _refused(world, _variant(world, "fetch", listed), BundleVerificationError,
             "has a fetch.txt")


def reseal_signature(files: dict[str, bytes], world: dict[str, Any]) -> None:
    from test_bundle_support import sign

    sign(files, world["source"])


def test_a_file_outside_data_not_in_the_tag_manifest_is_refused(world: dict[str, Any]) -> None:
    def add(files: dict[str, bytes]) -> None:
        files["notes/readme.txt"] = b"trust me"

    _refused(world, _resealed(world, "outside", add), BundleVerificationError,
             "notes/readme.txt is outside data/ and not in the tag manifest")


def test_an_extra_manifest_with_wrong_hashes_is_refused(world: dict[str, Any]) -> None:
    def add(files: dict[str, bytes]) -> None:
        files["manifest-md5.txt"] = b"".join(
            b"0" * 32 + b"  " + p.encode() + b"\n" for p in files if p.startswith("data/")
        )

    _refused(world, _resealed(world, "md5", add), BundleVerificationError,
             "manifest-md5.txt, a manifest Outbound neither writes nor checks")


def test_junk_in_front_of_the_zip_is_refused(world: dict[str, Any]) -> None:
    path = world["folder"] / "prefixed.zip"
    path.write_bytes(b"MZ" + bytes(5 * 1024) + world["good"].read_bytes())
    with zipfile.ZipFile(path) as zf:  # Python reads past the junk: only our check objects
        assert zf.testzip() is None
    _refused(world, path, BundleVerificationError, "5,122 bytes in front of the zip")


# ----- item 14: nesting ------------------------------------------------------------------------
def _deep_bundle(world: dict[str, Any]) -> Path:
    """An answer nested 200,000 lists deep (Python's JSON reader raises RecursionError)."""
    def deep(files: dict[str, bytes]) -> None:
        nested = "[" * 200_000 + "]" * 200_000
        text = files[layout.INTAKE_JSON].decode()
        files[layout.INTAKE_JSON] = text.replace('"answers": {', f'"answers": {{"x": {nested}, ',
                                                 1).encode()

    path = world["folder"] / "deep.zip"
    return path if path.exists() else _resealed(world, "deep", deep)


def test_json_nested_200000_deep_is_refused(world: dict[str, Any]) -> None:
    path = _deep_bundle(world)
    assert not verify_bundle(path).ok
    _refused(world, path, BundleVerificationError, "nested too deeply")


def test_bundle_verify_on_the_command_line_fails_cleanly(
    world: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bundle", "verify", str(_deep_bundle(world))]) == 1
    captured = capsys.readouterr()
    assert "[FAILED] schemas: data/intake.json is nested too deeply" in captured.out
    assert "verification FAILED" in captured.out and captured.err == ""


def test_json_nested_past_the_depth_limit_is_refused(world: dict[str, Any]) -> None:
    def deep(files: dict[str, bytes]) -> None:
        _edit_json(files, layout.MATTER_JSON, lambda d: d["matter"].__setitem__(
            "provenance", json.loads('{"a":' * 100 + "1" + "}" * 100)))

    _refused(world, _resealed(world, "deep100", deep), BundleVerificationError,
             "nested more than 64 levels deep")


def test_no_refusal_changed_the_target_vault(world: dict[str, Any]) -> None:
    assert dump_vault(world["target"]) == world["dump"]


def test_a_memo_signed_in_outbound_imports_as_verified(vault_factory: Any,
                                                       tmp_path: Path) -> None:
    """The honest path end to end: two counsel sign with their certificates, the export is
    imported elsewhere, and both sign-offs are verified against the PDF's PAdES signatures."""
    from casework.bundle_export import export_matter
    from casework.counsel import SIGNING_KEY_PURPOSE, set_certificate
    from casework.memo_workflow import draft_memo, sign_memo
    from memos.compose_v2 import default_assumptions
    from memos.pades import generate_self_signed

    source, _ = vault_factory("signed-source.obv")
    target, _ = vault_factory("signed-target.obv")
    with source.session() as s:
        m = matters.create_matter(s, kind="travel", actor="a")
        for name in ("Margaret Lin", "Wang Fang"):
            person = counsel.add_counsel(s, name=name, actor="a")
            key, cert = generate_self_signed(name, "Source Firm")
            set_certificate(s, person, key_pem=key, cert_pem=cert,
                            wrapping_key=source.subkey(SIGNING_KEY_PURPOSE), actor="a",
                            passphrase=f"{name}'s own phrase")
        first = draft_memo(s, m.reference, actor="a")
        # A version that may be signed as final (memos.gates): summary written, every
        # unanswered required fact stated as an assumption.
        assumptions = default_assumptions(
            first.content["missing_facts"], first.content["unknown_facts"], {}
        )
        draft_memo(s, m.reference, actor="a", counsel_from="Margaret Lin",
                   narrative={"summary": "The trip proceeds.", "assumptions": assumptions})
        sign_memo(source, s, m.reference, counsel_name="Margaret Lin", capacity="prepared",
                  actor="a", signer_passphrase="Margaret Lin's own phrase")
        sign_memo(source, s, m.reference, counsel_name="Wang Fang", capacity="reviewed",
                  actor="a", signer_passphrase="Wang Fang's own phrase")
        reference = m.reference
    bundle = export_matter(source, reference, tmp_path / "signed.zip", actor="a").path
    result = import_bundle(target, bundle, actor="importer")
    assert not result.warnings
    with target.session() as s:
        shown = sorted(sig.shown_signer for sig in s.query(Signature))
    assert len(shown) == 2
    assert all("imported, signed by" in text and "Source Firm" in text for text in shown)
    assert shown[0].startswith("Margaret Lin") and shown[1].startswith("Wang Fang")
