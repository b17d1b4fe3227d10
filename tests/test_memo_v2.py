"""The memo, version 2 (issue 14), over a vault with the real review engine: the shape of legal
advice a partner signs, short enough to read, with no code or fact id in its words; and memos
composed in the first layout still render exactly as they did."""

from __future__ import annotations

import hashlib
import io
import re
from typing import Any

import pytest
from casework_support import create_from, scenario
from memo_v1_fixture import SCENARIOS_DIR, compose_scenario
from pypdf import PdfReader

from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
from casework.matters import get_matter
from casework.memo_store import get_version, save_draft
from casework.memo_workflow import compose_for_matter, draft_memo, render_version, sign_memo
from casework.settings import update_settings
from forms.definitions import KINDS, available_versions, load_definition
from memos.canonical import fingerprint
from memos.compose_v2 import US_PRIVILEGE_LEGEND
from memos.content import SCHEMA_V2, Signature
from memos.render import render_pdf
from memos.sections_v2 import SECTION_TITLES_V2
from memos.verify import verify_pdf

ORG_MARKING = "Confidential — internal legal advice (classification: Restricted)"


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _ = vault_factory()
    with v.session() as session:
        update_settings(
            session,
            "admin",
            organisation="Lanting Intelligence Co., Ltd.",
            memo_marking="organisation",
            memo_marking_text=ORG_MARKING,
        )
    return v


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def running_text(pages: list[str]) -> str:
    """The pages' text without the watermark and the footer, so a sentence carried over a page
    break reads whole."""
    out = []
    for page in pages:
        lines = page.strip().splitlines()
        if lines and lines[0].strip() == "DRAFT":
            lines = lines[1:]
        out.append(" ".join(lines[:-2]))
    return flat(" ".join(out))


def draft(vault: Any, prefix: str) -> tuple[dict[str, Any], bytes]:
    with vault.session() as session:
        ref = create_from(session, scenario(prefix)).reference
        version = draft_memo(session, ref, actor="margaret", counsel_from="Margaret Lin")
        return dict(version.content), render_version(session, version)


def every_fact_id() -> set[str]:
    return {
        fid
        for kind in KINDS
        for number in available_versions(kind)
        for fid in load_definition(kind, number).fact_ids
    }


@pytest.mark.parametrize("prefix", ["02", "03", "05"])
def test_sections_in_order_short_answer_on_page_one_four_pages_before_appendices(
    vault: Any, prefix: str
) -> None:
    content, pdf = draft(vault, prefix)
    assert content["schema"] == SCHEMA_V2
    pages = pages_of(pdf)
    body_end = next(i for i, t in enumerate(pages) if "other than those named." in flat(t))
    assert body_end <= 3, f"the body runs to page {body_end + 1}"
    body = flat(" ".join(pages[: body_end + 1]))
    body = body[: body.index("other than those named.")]
    positions = [body.index(title) for title in SECTION_TITLES_V2[:7]]
    assert positions == sorted(positions)
    first = flat(pages[0])
    assert "Short answer." in first and "Question." in first
    assert "Who must approve:" in first
    assert "From Margaret Lin" in first
    assert "Assessed under review policy version 2; law as of" in first
    # The previous layout's sections are gone: no raw Q&A dump or open-items list in the body.
    assert "Not yet answered:" not in flat(" ".join(pages))
    assert "Summary and recommendation" not in body


def test_short_answer_uses_the_kind_wording_and_names_what_is_held(vault: Any) -> None:
    _content, pdf = draft(vault, "02")  # a resignation held pending approval
    first = flat(pages_of(pdf)[0])
    assert "The resignation takes effect on its own terms" in first
    assert "Labour Contract Law Art 37" in first
    assert "What is held:" in first and "What lifts it:" in first
    _content, pdf = draft(vault, "03")  # a secondment held pending approval
    first = flat(pages_of(pdf)[0])
    assert "Do not start the secondment or move the person abroad" in first


@pytest.mark.parametrize("prefix", ["02", "03"])
def test_action_plan_lists_owner_and_due_date_of_every_action(vault: Any, prefix: str) -> None:
    content, pdf = draft(vault, prefix)
    text = flat(" ".join(pages_of(pdf)))
    actions = content["actions"]
    assert actions
    expected = scenario(prefix)["expect"]["actions"]
    assert len(actions) == sum(len(v) for v in expected.values())
    for row in actions:
        assert row["owner"] in {"Legal", "HR", "Security", "IT", "Management", "The person"}
        assert row["due"], row
        assert " ".join(row["text"].split()) in text
    dues = sorted({a["due"] for v in expected.values() for a in v if a.get("due")})
    for due in dues:
        day = __import__("datetime").date.fromisoformat(due)
        assert f"{day.day} {day:%b %Y}" in text, due
    if any(a["approximate"] for a in actions):
        assert "approx.*" in text and "* Approximate: working days counted" in text
    # Actions are never written as done: the policy's imperative text, status open.
    assert all(a["status"] == "open" for a in actions)


def test_a_missing_reference_date_is_to_establish(vault: Any) -> None:
    data = scenario("02")
    data["answers"] = {k: v for k, v in data["answers"].items() if k != "departure.last_day"}
    with vault.session() as session:
        ref = create_from(session, data).reference
        version = draft_memo(session, ref, actor="margaret")
        text = flat(" ".join(pages_of(render_version(session, version))))
    assert "Unknown — establish the date" in text


@pytest.mark.parametrize("prefix", ["02", "03", "05"])
def test_no_raw_fact_key_and_no_id_broken_across_lines(vault: Any, prefix: str) -> None:
    content, pdf = draft(vault, prefix)
    pages = pages_of(pdf)
    raw = "\n".join(pages)
    text = flat(raw)
    leaked = [fid for fid in every_fact_id() if fid in text or fid in raw]
    assert not leaked
    for code in ("hold_pending_approval", "proceed_with_conditions", "not_applicable",
                 "the_person", "training_lead"):
        assert code not in text
    for ref in content["legal_references"]:  # printed whole, on one line
        assert ref["id"] in raw, ref["id"]
    for line in raw.splitlines():
        assert not re.search(r"[A-Z]+-[A-Z0-9-]*-$", line.strip()), line


def test_marking_is_printed_once_and_chosen_per_vault(vault: Any) -> None:
    _c, pdf = draft(vault, "05")
    assert flat(" ".join(pages_of(pdf))).count(ORG_MARKING) == 1
    with vault.session() as session:
        update_settings(session, "admin", memo_marking="us_privilege")
    _c, pdf = draft(vault, "05")
    text = flat(" ".join(pages_of(pdf)))
    assert text.count(US_PRIVILEGE_LEGEND) == 1 and ORG_MARKING not in text
    with vault.session() as session:
        update_settings(session, "admin", memo_marking="none")
    _c, pdf = draft(vault, "05")
    text = flat(" ".join(pages_of(pdf)))
    assert "Privileged" not in text and ORG_MARKING not in text


def test_facts_relied_on_name_their_source_and_the_qa_is_an_appendix(vault: Any) -> None:
    content, pdf = draft(vault, "03")
    pages = pages_of(pdf)
    first = flat(pages[0])
    assert "Source: the intake record, revision 1, recorded on" in first
    assert "李明哲" in content["facts_narrative"] and "Germany" in content["facts_narrative"]
    appendix = flat(" ".join(pages[3:]))
    assert "The questions not answered are listed once, in section 3." in appendix
    # Listed once, in section 3 (an "unknown" answer is also named where a conclusion rests
    # on it, in the analysis); never again in the appendix.
    text = running_text(pages)
    section3 = text[text.index(SECTION_TITLES_V2[2]) : text.index(SECTION_TITLES_V2[3])]
    after = text[text.index(SECTION_TITLES_V2[7]) :]
    for question in content["unanswered"]:
        words = " ".join(question.split())
        assert section3.count(words) == 1 and words not in after, question


def test_scope_names_jurisdictions_us_counsel_note_and_disclaimer(vault: Any) -> None:
    _c, pdf = draft(vault, "03")
    text = flat(" ".join(pages_of(pdf)))
    assert "People's Republic of China and United States (export control only)" in text
    assert "to be confirmed by US-qualified counsel" in text
    assert "It is not advice to the person reviewed" in text
    assert "US export control (US law; for confirmation by US-qualified counsel)" in text


def test_body_text_is_ragged_right(vault: Any) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.platypus import Paragraph

    from memos import render

    with vault.session() as session:
        ref = create_from(session, scenario("03")).reference
        content = compose_for_matter(
            session, get_matter(session, ref), narrative=None, version=1, counsel_from="M"
        )
    styles = render.make_styles()
    story = render._story_v2(content, styles, 480, False, fingerprint(content.to_dict()))

    def paragraphs(items: list[Any]) -> list[Any]:
        out = []
        for f in items:
            if isinstance(f, Paragraph):
                out.append(f)
            for attr in ("_content", "_cellvalues"):
                inner = getattr(f, attr, None)
                if inner:
                    flat_inner = [x for row in inner for x in (row if isinstance(row, list)
                                                               else [row])]
                    out += paragraphs(flat_inner)
        return out

    found = paragraphs(story)
    assert len(found) > 50
    assert not [p for p in found if p.style.alignment == TA_JUSTIFY]


# The first layout's bytes, as rendered before version 2 existed (same content, same bytes).
V1_DRAFT_SHA256 = "7166417a7608a60f61acf569b6f39e946d67ac40c492b16d80a9b5f06fa0cde1"
V1_SIGNED_SHA256 = "a901c3502f5c1315da484ec044fde0d73f6fd27e0208e8b5eaa5c8b9ea6e6c77"


def test_a_memo_in_the_first_layout_renders_byte_identically() -> None:
    content = compose_scenario(sorted(SCENARIOS_DIR.glob("02-*.yaml"))[0])
    fp = fingerprint(content.to_dict())
    assert fp == "db8488a93525e711b5fb5c3ad4f3bfdf747e82741f0a09d33c163f316acfb6da"
    draft_pdf = render_pdf(content, page_size="A4", signed=False, fingerprint=fp)
    assert hashlib.sha256(draft_pdf).hexdigest() == V1_DRAFT_SHA256
    signed = content.with_signatures(
        [Signature("Margaret Lin", "Senior Counsel", "prepared", "2026-11-02T09:00:00Z")]
    )
    signed_pdf = render_pdf(
        signed, page_size="A4", signed=True, fingerprint=fp, vault_history="abc"
    )
    assert hashlib.sha256(signed_pdf).hexdigest() == V1_SIGNED_SHA256


def test_a_memo_signed_in_the_first_layout_still_renders_and_verifies(vault: Any) -> None:
    from memos.pades import generate_self_signed

    with vault.session() as session:
        person = add_counsel(session, name="Margaret Lin", title="Senior Counsel", actor="a")
        key_pem, cert_pem = generate_self_signed("Margaret Lin", "Lanting")
        set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                        wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE), actor="a",
                        passphrase="Margaret's own phrase")
        matter = create_from(session, scenario("02"))
        old = compose_for_matter(
            session, matter, narrative=None, version=1, counsel_from="Margaret Lin", schema=1
        ).to_dict()
        assert "short_answer" not in old and old["schema"] == 1
        save_draft(session, matter.id, content=old, sha256=fingerprint(old), actor="a")
        outcome = sign_memo(vault, session, matter.reference, counsel_name="Margaret Lin",
                            capacity="prepared", actor="a",
                            signer_passphrase="Margaret's own phrase")
    with vault.session() as session:
        stored = get_version(session, get_matter(session, matter.reference).id, 1)
        assert stored.content == old and stored.sha256 == fingerprint(old)
        assert render_version(session, stored) == outcome.pdf
    text = flat(" ".join(pages_of(outcome.pdf)))
    assert "1 Summary and recommendation" in text  # the first layout, as signed
    assert verify_pdf(outcome.pdf).all_intact
