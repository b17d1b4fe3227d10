"""The memo in Chinese, English or both (issue 16): a real vault, the real review engine, real
PDFs, text extracted from the PDF. The language is part of the stored content and its
fingerprint; an English memo is exactly what it was."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from casework_support import create_from, scenario
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as PlainParagraph

from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
from casework.matters import get_matter
from casework.memo_store import get_version
from casework.memo_workflow import draft_memo, render_version, sign_memo
from casework.settings import SettingsError, get_settings, update_settings
from forms.legal import load_legal_bases
from memos import words_en, words_zh
from memos.canonical import fingerprint
from memos.cjk_wrap import CANNOT_END, CANNOT_START, Paragraph
from memos.content import MemoContent, Signature
from memos.fonts import markup, register_fonts
from memos.pades import generate_self_signed
from memos.render import render_pdf
from memos.sections_v2 import make_v2_styles
from memos.styles import make_styles
from memos.verify import verify_pdf

CLOSING = "，。、；：？！）」』》〉】”’"


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _ = vault_factory()
    with v.session() as session:
        update_settings(session, "admin", organisation="Lanting Intelligence Co., Ltd.")
    return v


def draft(vault: Any, prefix: str, language: str | None) -> tuple[dict[str, Any], bytes, str]:
    with vault.session() as session:
        ref = create_from(session, scenario(prefix)).reference
        version = draft_memo(session, ref, actor="margaret", counsel_from="Margaret Lin",
                             language=language)
        return dict(version.content), render_version(session, version), ref


def lines_of(pdf: bytes) -> list[str]:
    return [
        line
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in (page.extract_text() or "").splitlines()
    ]


def flat(pdf: bytes) -> str:
    return "".join("".join(lines_of(pdf)).split())


def cited_titles(content: dict[str, Any]) -> set[str]:
    return {r["instrument_zh"] for r in content["legal_references"] if r["instrument_zh"]}


@pytest.mark.parametrize(
    ("prefix", "short_answer"),
    [
        ("02", "辞职依其自身条件生效"),  # a resignation held pending approval
        ("03", "在取得下列审批之前，不得开始派驻或安排当事人出境"),  # a secondment held
    ],
)
def test_chinese_memo_has_chinese_headings_statutes_recommendation_and_dates(
    vault: Any, prefix: str, short_answer: str
) -> None:
    content, pdf, _ref = draft(vault, prefix, "zh")
    assert content["language"] == "zh"
    text = flat(pdf)
    for title in words_zh.SECTION_TITLES:
        assert "".join(title.split()) in text, title
    for english in words_en.SECTION_TITLES:
        assert "".join(english.split()) not in text
    titles = cited_titles(content)
    assert "中华人民共和国出口管制法" in titles
    for title in titles:  # the official Chinese titles, as a Chinese citation writes them
        assert f"《{title}》" in text
    assert "第二条" in text  # Art. 2 of the Export Control Law, as 第二条
    assert "审查建议：暂缓，待审批" in text
    assert short_answer in text
    assert "知识层级：一级——关键知识载体" in text
    assert "问题：" in text and "简要结论：" in text
    # Dates in Chinese text as 2026年11月30日; the reference and fingerprint as they are.
    assert "2027年1月15日" in text or prefix != "02"
    assert "November" not in text
    assert content["reference"] in text
    assert f"SHA-256{fingerprint(content)[:16]}" in text
    assert "草稿" in text and "DRAFT" not in text
    assert "？。" not in text and "?。" not in text and "。。" not in text


@pytest.mark.parametrize("prefix", ["02", "03"])
def test_no_line_of_a_chinese_memo_starts_with_a_closing_mark(vault: Any, prefix: str) -> None:
    for language in ("zh", "bilingual"):
        _content, pdf, _ref = draft(vault, prefix, language)
        starts = [line for line in lines_of(pdf) if line.strip()[:1] in CLOSING]
        assert not starts, starts[:5]
        if language == "zh":  # a numbered open point keeps its number with its text
            ends = [line for line in lines_of(pdf) if re.search(r"\(\d+\)$", line.strip())]
            assert not ends, ends[:5]


def test_a_bilingual_memo_is_signed_and_verifies(vault: Any) -> None:
    _content, _pdf, ref = draft(vault, "03", "bilingual")
    with vault.session() as session:
        person = add_counsel(session, name="Ana Ruiz", title="Partner", actor="a")
        key_pem, cert_pem = generate_self_signed("Ana Ruiz", "Xinhe")
        set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                        wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE), actor="a",
                        passphrase="signer words")
        outcome = sign_memo(vault, session, ref, counsel_name="Ana Ruiz", capacity="prepared",
                            actor="Ana Ruiz", signer_passphrase="signer words")
    assert verify_pdf(outcome.pdf).all_intact
    text = "".join("".join(p.extract_text() or "" for p in
                           PdfReader(io.BytesIO(outcome.pdf)).pages).split())
    assert "AnaRuiz" in text and "拟稿/Preparedby" in text


def test_bilingual_memo_holds_both_languages(vault: Any) -> None:
    content, pdf, _ref = draft(vault, "02", "bilingual")
    assert content["language"] == "bilingual"
    assert content["english"]["short_answer"].startswith("The resignation takes effect")
    text = flat(pdf)
    for zh, en in zip(words_zh.SECTION_TITLES, words_en.SECTION_TITLES, strict=True):
        assert "".join(f"{zh} / {en}".split()) in text, en
    assert "简要结论：辞职依其自身条件生效" in text
    assert "Shortanswer.Theresignationtakeseffectonitsownterms" in text
    assert text.index("简要结论：") < text.index("Shortanswer.")
    assert "收件人/To" in text
    # One sign-off table with the signature fields, labelled in both languages.
    assert text.count("拟稿/Preparedby") == 1


def test_language_is_stored_and_a_setting_change_leaves_memos_as_they_are(vault: Any) -> None:
    with vault.session() as session:
        update_settings(session, "admin", memo_language="zh")
    content, pdf, ref = draft(vault, "02", None)  # a new memo takes the vault's setting
    assert content["language"] == "zh"
    with vault.session() as session:
        person = add_counsel(session, name="Margaret Lin", title="Senior Counsel", actor="a")
        key_pem, cert_pem = generate_self_signed("Margaret Lin", "Lanting")
        set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                        wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE), actor="a",
                        passphrase="signer words")
        matter = get_matter(session, ref)
        sign_memo(vault, session, ref, counsel_name="Margaret Lin", capacity="prepared",
                  actor="Margaret Lin", signer_passphrase="signer words")
        signed = get_version(session, matter.id, 1)
        signed_pdf, signed_content = signed.pdf, dict(signed.content)
        assert verify_pdf(signed_pdf).all_intact  # the preparer's PDF signature on 中文
        update_settings(session, "admin", memo_language="en")
        # The signed version keeps its language and bytes; a new version keeps the memo's.
        again = get_version(session, matter.id, 1)
        assert again.pdf == signed_pdf and dict(again.content) == signed_content
        assert "一、问题与简要结论" in flat(render_version(session, again))
        second = draft_memo(session, ref, actor="margaret")
        assert second.content["language"] == "zh"
        third = draft_memo(session, ref, actor="margaret", language="en")
        assert "language" not in third.content
        assert "1 Question and short answer".replace(" ", "") in flat(
            render_version(session, third)
        )
    assert "一、问题与简要结论" in flat(pdf)


def test_language_is_part_of_the_fingerprint_and_english_stays_as_it_was(vault: Any) -> None:
    english, _pdf, _ref = draft(vault, "03", None)
    assert "language" not in english and "english" not in english
    assert all("provision_zh" not in r for r in english["legal_references"])
    relabelled = dict(english, language="zh")
    assert fingerprint(relabelled) != fingerprint(english)
    content = MemoContent.from_dict(english)
    assert content.to_dict() == english
    with pytest.raises(Exception, match="not en, zh or bilingual"):
        MemoContent.from_dict(dict(english, language="fr"))


def test_a_signed_chinese_memo_prints_its_fingerprint_in_chinese(vault: Any) -> None:
    content, _pdf, _ref = draft(vault, "03", "zh")
    memo = MemoContent.from_dict(content).with_signatures(
        [Signature("Margaret Lin", "Senior Counsel", capacity, "2026-11-30T09:00:00Z")
         for capacity in ("prepared", "reviewed", "approved")]
    )
    pdf = render_pdf(memo, page_size="A4", signed=True, fingerprint=fingerprint(content))
    text = flat(pdf)
    assert "备忘录指纹" in text and fingerprint(content) in text
    assert "草稿" not in text and "（已签署）" in text
    assert "Memofingerprint" not in text


def test_the_vault_setting_is_validated_by_name(vault: Any) -> None:
    with vault.session() as session:
        with pytest.raises(SettingsError, match="memo language must be en, zh or bilingual"):
            update_settings(session, "admin", memo_language="fr")
        assert get_settings(session)["memo_language"] == "en"


def test_chinese_appendix_quotes_the_provision_text_where_there_is_one(vault: Any) -> None:
    content, _pdf, _ref = draft(vault, "02", "zh")
    memo = MemoContent.from_dict(content)
    provision = (
        "国家对两用物项、军品、核以及其他与维护国家安全和利益相关的物项的出口管制，适用本法。"
    )
    refs = [
        dataclasses.replace(r, provision_zh=provision) if r.id == "PRC-ECL-2" else r
        for r in memo.legal_references
    ]
    quoted = dataclasses.replace(memo, legal_references=refs)
    data = quoted.to_dict()
    pdf = render_pdf(quoted, page_size="A4", signed=False, fingerprint=fingerprint(data))
    text = flat(pdf)
    assert "条文：“" + provision + "”" in text
    assert "下列摘要系为便于理解而作的概括" in text  # the paraphrase note, in Chinese
    assert load_legal_bases()["PRC-ECL-2"].instrument_zh in text


def _lines(paragraph: Any, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    return ["".join(frag.text for frag in line.words) for line in paragraph.blPara.lines]


def test_chinese_line_breaking_keeps_punctuation_and_references_whole() -> None:
    register_fonts()
    style = make_v2_styles(make_styles(), chinese=True).body
    plain = ParagraphStyle("plain_cjk", parent=style)
    text = ("当事人可接触核心源代码、训练数据、模型权重，事项编号OB-2026-0001；"
            "《中华人民共和国出口管制法》第二条规定：“国家对两用物项实施出口管制。”"
            "所列各事项均标记为已完成，或经说明理由标记为不适用，并由法务人员记录解除。"
            "(12)\u00a0当事人是否为美国人士（美国公民、绿卡持有人）？ ") * 3
    reportlab_breaks_badly = False
    for width in range(120, 400, 7):
        ours = _lines(Paragraph(markup(text), style), width)
        assert "".join(ours).replace(" ", "") == text.replace(" ", "")  # nothing lost
        for line in ours:
            assert line[:1] not in CANNOT_START, (width, line)
            assert line[-1:] not in CANNOT_END, (width, line)
        assert all("OB-2026-0001" in line for line in ours if "OB-2026" in line), width
        assert not any(re.search(r"\(\d+\)\s*$", line) for line in ours), width
        theirs = _lines(PlainParagraph(markup(text), plain), width)
        reportlab_breaks_badly |= any(line[:1] in "，；：”" for line in theirs[1:])
    # ReportLab's own CJK wrap starts lines with these marks: the test can tell the difference.
    assert reportlab_breaks_badly


def test_assumptions_and_the_us_legend_follow_the_memo_language(vault: Any) -> None:
    from casework.workspace import Workspace

    with vault.session() as session:
        update_settings(session, "admin", memo_marking="us_privilege")
        ref = create_from(session, scenario("02")).reference
    version = Workspace(vault, "margaret").draft_memo(
        ref, assume_missing=True, language="zh"
    ).value
    assumed = [a["text"] for a in version.content["assumptions"] if a["adopted"]]
    assert assumed and all(t.startswith(("回答为“不详”，有待确认：", "未回答，有待确认："))
                           for t in assumed)
    assert version.content["legend"].startswith("特权保密文件")
    bilingual_version = Workspace(vault, "margaret").draft_memo(ref, language="bilingual").value
    with vault.session() as session:
        text = flat(render_version(session, bilingual_version))
    assert "特权保密文件" in text and "Privileged&Confidential" in text


# An English version-2 memo (scenario 03, US privilege marking) as main composed and stored it
# before memos had a language; its bytes as main rendered them, draft and signed.
ENGLISH_V2 = Path(__file__).resolve().parent / "memo_v2_english_fixture.json"
ENGLISH_V2_FINGERPRINT = "8bf0181e5d2565e7b4a9c242a6c89ca871d2da9afa99ee5629eb6abe7b701943"
ENGLISH_V2_DRAFT_SHA256 = "4624eb345ca8a55ff6086c75de642160bef7160231f7493ad228c6192b9bdd23"
ENGLISH_V2_SIGNED_SHA256 = "a0aa0b6dfc35d91a595e1a52a6284023aa492a6aa9d0a12ff0da185d9c16a5cd"


def test_a_stored_english_v2_memo_renders_byte_identically() -> None:
    stored = json.loads(ENGLISH_V2.read_text(encoding="utf-8"))
    content = MemoContent.from_dict(stored)
    assert content.to_dict() == stored and content.language == "en"
    fp = fingerprint(content.to_dict())
    assert fp == ENGLISH_V2_FINGERPRINT
    draft_pdf = render_pdf(content, page_size="A4", signed=False, fingerprint=fp)
    assert hashlib.sha256(draft_pdf).hexdigest() == ENGLISH_V2_DRAFT_SHA256
    signed = content.with_signatures(
        [Signature("Margaret Lin", "Senior Counsel", capacity, "2026-11-30T09:00:00Z", "ab" * 32)
         for capacity in ("prepared", "reviewed", "approved")]
    )
    signed_pdf = render_pdf(signed, page_size="Letter", signed=True, fingerprint=fp,
                            vault_history="12:abcd")
    assert hashlib.sha256(signed_pdf).hexdigest() == ENGLISH_V2_SIGNED_SHA256
