"""The memo main path over a vault with the REAL review engine: draft, render, sign (PAdES, two
signers), re-draft after signing, counsel's narrative and overrides carried into the PDF."""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from casework_support import SCENARIO_PATHS, TODAY, create_from, load, scenario
from pypdf import PdfReader

from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
from casework.matters import (
    get_matter,
    override_recommendation,
    save_intake,
)
from casework.memo_store import get_version, list_versions
from casework.memo_workflow import draft_memo, narrative_of, render_version, sign_memo
from forms.legal import load_legal_bases
from memos import labels
from memos.sections_v2 import SECTION_TITLES_V2
from memos.verify import extract_fingerprint, verify_pdf
from models.audit import verify_chain

PREPARER = "Margaret Lin"
REVIEWER = "周文博"
PHRASE = "each signer's own phrase"  # both test signers' signing passphrase


@cache
def _certificate(name: str) -> tuple[bytes, bytes]:
    from memos.pades import generate_self_signed

    return generate_self_signed(name, "Lanting Intelligence Co., Ltd.")


def _add_signer(vault: Any, session: Any, name: str, title: str) -> None:
    person = add_counsel(session, name=name, title=title, actor="admin")
    key_pem, cert_pem = _certificate(name)
    set_certificate(
        session,
        person,
        key_pem=key_pem,
        cert_pem=cert_pem,
        wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE),
        actor="admin",
        passphrase=PHRASE,
    )


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _ = vault_factory()
    with v.session() as session:
        from casework.settings import update_settings

        update_settings(session, "admin", organisation="Lanting Intelligence Co., Ltd.")
        _add_signer(v, session, PREPARER, "Senior Counsel")
        _add_signer(v, session, REVIEWER, "General Counsel")
    return v


def ready_draft(session: Any, ref: str) -> Any:
    """A version a reviewer may sign (memos.gates): critical and blocking items decided, the
    summary written, every open required fact listed as an assumption."""
    from casework.matters import set_item_status
    from casework.memo_workflow import compose_for_matter
    from memos.compose_v2 import default_assumptions

    matter = get_matter(session, ref)
    for item in matter.checklist_items:
        if item.severity == "critical" or item.blocking:
            set_item_status(session, item.id, status="escalated", note="To the board.", actor="c")
    probe = compose_for_matter(session, matter, narrative=None, version=0, counsel_from="")
    narrative = {
        "summary": "Counsel's summary of the advice.",
        "assumptions": default_assumptions(probe.missing_facts, probe.unknown_facts, {}),
    }
    return draft_memo(session, ref, actor=PREPARER, narrative=narrative)


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with runs of whitespace made single spaces (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _instrument_words(name: str) -> str:
    return " ".join(name.split())


@pytest.mark.parametrize("path", SCENARIO_PATHS, ids=lambda p: p.stem)
def test_draft_render_and_sign_every_scenario(vault: Any, path: Path) -> None:
    data = load(path)
    expect = data["expect"]
    with vault.session() as session:
        ref = create_from(session, data).reference
        version = ready_draft(session, ref)
        assert (version.number, version.state) == (1, "draft")
        assert get_matter(session, ref).status == "memo_draft"
        draft = render_version(session, version)
        assert render_version(session, version) == draft  # same draft, same bytes

    text = pdf_text(draft)
    for heading in SECTION_TITLES_V2:
        assert heading in text, heading
    assert labels.tier(expect["tier"]) in text
    assert f"Recommendation: {labels.recommendation(expect['recommendation'])}" in text
    assert data["answers"]["person.name"] in text
    assert ref in text and "DRAFT" in text and "(draft — not signed)" in text
    bases = load_legal_bases()
    for basis_id in expect["cited"]:
        assert _instrument_words(bases[basis_id].instrument_en) in text, basis_id
        assert basis_id in text
    if "REPORT-2026-AI-TRAVEL" in expect["cited"]:
        assert "reported and unverified" in text
        assert "Unverified report — not law" in text
        assert "(reported, unverified)" in text
    else:
        assert "unverified" not in text.lower()
    with vault.session() as session:  # each triggered item in words, never its rule id
        titles = {i.rule_id: i.title for i in get_matter(session, ref).checklist_items}
    for rule in expect["rules"]:
        assert " ".join(titles[rule].split()) in text and rule not in text, rule
    if not expect["rules"]:
        assert "No checklist item is triggered" in text

    with vault.session() as session:
        first = sign_memo(
            vault, session, ref, counsel_name=PREPARER, capacity="prepared", actor="c",
            signer_passphrase=PHRASE,
        )
        assert first.pades_signers == (PREPARER,)
        assert get_matter(session, ref).status == "signed"
    report = verify_pdf(first.pdf)
    assert [s.signer for s in report.signatures] == [PREPARER]
    assert report.all_intact
    assert extract_fingerprint(first.pdf) == first.fingerprint == version.sha256

    with vault.session() as session:
        second = sign_memo(
            vault, session, ref, counsel_name=REVIEWER, capacity="reviewed", actor="c",
            signer_passphrase=PHRASE,
        )
        stored = get_version(session, get_matter(session, ref).id, 1)
        assert stored.state == "signed" and stored.pdf == second.pdf
        assert render_version(session, stored) == second.pdf  # the stored bytes exactly
        assert [s.signer_name for s in stored.signatures] == [PREPARER, REVIEWER]
        assert verify_chain(session).ok
    assert second.fingerprint == first.fingerprint
    report = verify_pdf(second.pdf)
    assert sorted(s.signer for s in report.signatures) == sorted([PREPARER, REVIEWER])
    assert report.all_intact, [s.note for s in report.signatures]
    assert extract_fingerprint(second.pdf) == version.sha256
    signed_text = pdf_text(second.pdf)
    assert PREPARER in signed_text and "Prepared by" in signed_text and "Reviewed by" in signed_text
    # The reviewer signs in their row of the printed sign-off table: a visible signature field.
    shown = {
        str(a.get_object().get("/T"))
        for page in PdfReader(io.BytesIO(second.pdf)).pages
        for a in page.get("/Annots") or []
        if a.get_object().get("/FT") == "/Sig" and "/AP" in a.get_object()
        and a.get_object().get("/V") is not None
    }
    assert "Outbound-reviewed" in shown
    assert version.sha256 in signed_text  # printed in full beside the QR code
    assert "(signed)" in signed_text and "DRAFT" not in signed_text


def test_every_font_is_embedded(vault: Any) -> None:
    with vault.session() as session:
        ref = create_from(session, scenario("02")).reference
        draft_memo(session, ref, actor=PREPARER)
        pdf = sign_memo(
            vault, session, ref, counsel_name=PREPARER, capacity="prepared", actor="c",
            signer_passphrase=PHRASE,
        ).pdf
    fonts: dict[str, Any] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{name} is not embedded"
        assert any(
            k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
        ), name
    assert not any("Helvetica" in n or "Courier" in n for n in fonts)


def test_tampered_signed_memo_is_not_intact(vault: Any) -> None:
    with vault.session() as session:
        ref = create_from(session, scenario("04")).reference
        ready_draft(session, ref)
        sign_memo(vault, session, ref, counsel_name=PREPARER, capacity="prepared", actor="c",
                  signer_passphrase=PHRASE)
        pdf = sign_memo(
            vault, session, ref, counsel_name=REVIEWER, capacity="reviewed", actor="c",
            signer_passphrase=PHRASE,
        ).pdf
    position = pdf.index(b"stream") + 40  # inside the first page's content, signed by both
    tampered = pdf[:position] + bytes([pdf[position] ^ 0x01]) + pdf[position + 1 :]
    report = verify_pdf(tampered)
    assert report.signatures and not any(s.intact for s in report.signatures)
    appended = verify_pdf(pdf + b"\n% appended after signing\n")
    assert not appended.all_intact


def test_drafting_after_signing_makes_a_new_draft_and_keeps_the_signed_one(vault: Any) -> None:
    with vault.session() as session:
        ref = create_from(session, scenario("02")).reference
        draft_memo(session, ref, actor=PREPARER)
        sign_memo(vault, session, ref, counsel_name=PREPARER, capacity="prepared", actor="c",
                  signer_passphrase=PHRASE)
        matter = get_matter(session, ref)
        v1 = get_version(session, matter.id, 1)
        before = (dict(v1.content), v1.sha256, bytes(v1.pdf or b""), v1.state)
        v2 = draft_memo(session, ref, actor=PREPARER)
        assert (v2.number, v2.state) == (2, "draft")
        assert matter.status == "memo_draft"
        assert [v.number for v in matter.memo_versions] == [1, 2]
    with vault.session() as session:
        matter = get_matter(session, ref)
        v1 = get_version(session, matter.id, 1)
        assert (dict(v1.content), v1.sha256, bytes(v1.pdf or b""), v1.state) == before
        assert render_version(session, v1) == before[2]
        v2 = get_version(session, matter.id)
        assert v2.number == 2 and v2.pdf is None
        assert render_version(session, v2) == render_version(session, v2)
        assert "Version 2" in pdf_text(render_version(session, v2))
        assert verify_chain(session).ok


def test_counsel_narrative_is_carried_into_the_next_version(vault: Any) -> None:
    narrative = {
        "summary": "Mr Chen may leave once the exit review is done; the weights stay behind.",
        "conditions": "No transfer of training code before the classification is recorded.",
        "area_notes": {"trade secrets": "Exit interview booked for 10 January 2027."},
    }
    with vault.session() as session:
        ref = create_from(session, scenario("02")).reference
        v1 = draft_memo(session, ref, actor=PREPARER, narrative=narrative)
        v2 = draft_memo(session, ref, actor=PREPARER)  # nothing given: kept from v1
        for key in ("summary", "conditions", "area_notes"):
            assert narrative_of(v2.content)[key] == narrative[key]
        assert v2.sha256 != "" and v1.number == 1 and v2.number == 2
        text = pdf_text(render_version(session, v2))
    for words in (narrative["summary"], narrative["conditions"], "Exit interview booked"):
        assert " ".join(words.split()) in text
    assert "Counsel’s comments." in text


def test_override_is_printed_beside_the_computed_recommendation(vault: Any) -> None:
    reason = "The partner's audit of the shared data set is still outstanding."
    with vault.session() as session:
        ref = create_from(session, scenario("05")).reference
        override_recommendation(
            session, ref, recommendation="hold_pending_approval", reason=reason, actor=PREPARER
        )
        version = draft_memo(session, ref, actor=PREPARER)
        text = pdf_text(render_version(session, version))
    assert "Recommendation (counsel): Hold pending approval" in text
    assert "Computed recommendation: Proceed with conditions" in text
    assert reason in text
    assert re.search(rf"{re.escape(reason)} \({PREPARER}, \d{{1,2}} \w+ \d{{4}}\)", text)


def test_a_draft_made_right_after_new_answers_shows_the_new_items(vault: Any) -> None:
    data = scenario("07")
    with vault.session() as session:
        matter = create_from(session, data)
        save_intake(
            session,
            matter.id,
            {
                **data["answers"],
                "employment.noncompete_compensation": "yes",
                "destination.country": "US",
                "departure.next_step": "overseas_employer",
                "tech.listed_technology": "unknown",
            },
            actor=PREPARER,
            today=TODAY,
        )
        version = draft_memo(session, matter.reference, actor=PREPARER)
        rows = {r["rule"]: r for r in version.content["appendix_checklist"]}
        assert "EC-CLASSIFY" in rows
        assert rows["NONCOMPETE-PAY"]["no_longer_applies"]
        text = pdf_text(render_version(session, version))
        assert len(list_versions(session, matter.id)) == 1
    assert "No longer applies after a change of answers" in text
    assert "United States (US)" in text
