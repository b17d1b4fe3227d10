"""Issue 16: the rules and the legal bases carry Chinese beside English, and a file whose Chinese
is missing is refused with the file and the field named; the English (and so every English
output and the identity of the rule set existing matters were assessed under) is unchanged."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms.assessment import assess
from forms.bilingual import english_form, has_chinese
from forms.canonical import canonical_json
from forms.errors import DefinitionError
from forms.legal import load_legal_bases, load_legal_bases_file
from forms.loading import resource_path
from forms.localize import text_in, texts_in
from forms.rules import POLICY_VERSIONS, chinese_by_english, find_rule, load_rule_set


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


def _shipped(relative: str) -> dict[str, Any]:
    return yaml.safe_load(resource_path(relative).read_text("utf-8"))


def _write(tmp_path: Path, name: str, document: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.dump(document, Dumper=_NoAliasDumper, allow_unicode=True), "utf-8")
    return path


def _rule(doc: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(rule for rule in doc["rules"] if rule["id"] == rule_id)


# --- refusals -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda text: text.pop("zh"), "title has no Chinese (zh)"),
        (lambda text: text.update(zh=""), "title has an empty Chinese text (zh)"),
        (lambda text: text.update(zh="   "), "title has an empty Chinese text (zh)"),
        (lambda text: text.update(zh="Travel devices"), "title has a Chinese text (zh) with no "
                                                        "Chinese in it"),
    ],
)
def test_a_rule_title_without_its_chinese_is_refused(tmp_path: Path, change, problem) -> None:
    doc = _shipped("data/rules/v2.yaml")
    change(_rule(doc, "TRAVEL-DEVICES")["title"])
    with pytest.raises(DefinitionError) as info:
        load_rule_set(_write(tmp_path, "v2.yaml", doc))
    message = str(info.value)
    assert message.startswith(f"v2.yaml: rule TRAVEL-DEVICES: {problem}")
    assert message.endswith("; write it as title: {en: <English>, zh: <中文>}")


def test_a_plain_english_string_is_refused(tmp_path: Path) -> None:
    doc = _shipped("data/rules/v2.yaml")
    rule = _rule(doc, "TRAVEL-DEVICES")
    rule["title"] = rule["title"]["en"]
    with pytest.raises(DefinitionError, match=r"^v2\.yaml: rule TRAVEL-DEVICES: title has no "
                                              r"Chinese \(zh\); write it as title: \{en: "):
        load_rule_set(_write(tmp_path, "v2.yaml", doc))


@pytest.mark.parametrize(
    ("locate", "named"),
    [
        (lambda d: (_rule(d, "EC-CLASSIFY")["actions"][1], "text"),
         "rule EC-CLASSIFY: actions[1].text has no Chinese"),
        (lambda d: (_rule(d, "EC-CLASSIFY"), "memo"), "rule EC-CLASSIFY: memo has no Chinese"),
        (lambda d: (d["tiers"][0], "label"), "tier 1: label has no Chinese"),
        (lambda d: (d["tiers"][1]["any"][2], "reason"), "tiers[1].any[2]: reason has no Chinese"),
        (lambda d: (d["definitions"]["abroad"], "meaning"),
         "definition abroad: meaning has no Chinese"),
        (lambda d: (d, "title"), "rule set: title has no Chinese"),
    ],
)
def test_every_reader_facing_text_of_a_rule_file_needs_its_chinese(
    tmp_path: Path, locate, named: str
) -> None:
    doc = _shipped("data/rules/v2.yaml")
    container, key = locate(doc)
    container[key] = container[key]["en"]
    with pytest.raises(DefinitionError) as info:
        load_rule_set(_write(tmp_path, "rules.yaml", doc))
    assert str(info.value).startswith(f"rules.yaml: {named} (zh)")


def test_a_policy_1_evidence_line_without_chinese_is_refused(tmp_path: Path) -> None:
    doc = _shipped("data/rules/v1.yaml")
    _rule(doc, "SECRETS-EXIT")["evidence"][1].pop("zh")
    with pytest.raises(DefinitionError, match=r"^v1\.yaml: rule SECRETS-EXIT: evidence\[1\] "
                                              r"has no Chinese \(zh\); write the item as "
                                              r"\{en: <English>, zh: <中文>\}$"):
        load_rule_set(_write(tmp_path, "v1.yaml", doc))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda row: row["summary"].pop("zh"), "summary has no Chinese (zh)"),
        (lambda row: row["summary"].update(zh=""), "summary has an empty Chinese text (zh)"),
        (lambda row: row.update(summary=row["summary"]["en"]), "summary has no Chinese (zh)"),
        (lambda row: row.update(article=row["article"]["en"]), "article has no Chinese (zh)"),
    ],
)
def test_a_legal_basis_without_its_chinese_is_refused(tmp_path: Path, change, problem) -> None:
    doc = _shipped("data/legal_bases.yaml")
    change(next(row for row in doc["bases"] if row["id"] == "PRC-ECL-12"))
    with pytest.raises(DefinitionError) as info:
        load_legal_bases_file(_write(tmp_path, "legal_bases.yaml", doc))
    assert str(info.value).startswith(f"legal_bases.yaml: basis PRC-ECL-12: {problem}")


def test_a_prc_basis_must_quote_its_provision_or_say_it_has_none(tmp_path: Path) -> None:
    doc = _shipped("data/legal_bases.yaml")
    row = next(row for row in doc["bases"] if row["id"] == "PRC-ECL-12")
    row["provision_zh"], row["provision_zh_source"] = "", ""
    with pytest.raises(DefinitionError, match=r"^legal_bases\.yaml: basis PRC-ECL-12: "
                                              r"provision_zh is empty"):
        load_legal_bases_file(_write(tmp_path, "legal_bases.yaml", doc))


def test_a_us_basis_needs_a_chinese_name_for_its_instrument(tmp_path: Path) -> None:
    doc = _shipped("data/legal_bases.yaml")
    next(row for row in doc["bases"] if row["id"] == "US-EAR-744-16").pop(
        "instrument_rendering_zh")
    with pytest.raises(DefinitionError, match=r"^legal_bases\.yaml: basis US-EAR-744-16: the "
                                              r"instrument has no Chinese title"):
        load_legal_bases_file(_write(tmp_path, "legal_bases.yaml", doc))


# --- the shipped content ------------------------------------------------------------------------

def _chinese(text: str, english: str) -> bool:
    return bool(text) and text != english and has_chinese(text)


@pytest.mark.parametrize("version", POLICY_VERSIONS)
def test_every_shipped_rule_text_has_chinese(version: int) -> None:
    rules = load_rule_set(version=version)
    assert _chinese(text_in(rules, "title", "zh"), rules.title)
    for definition in rules.definitions.values():
        assert _chinese(text_in(definition, "meaning", "zh"), definition.meaning)
    for level in rules.tiers:
        assert _chinese(text_in(level, "label", "zh"), level.label)
        for criterion in level.criteria:
            assert _chinese(text_in(criterion, "reason", "zh"), criterion.reason)
    for rule in rules.rules:
        assert _chinese(text_in(rule, "title", "zh"), rule.title), rule.id
        assert _chinese(text_in(rule, "memo", "zh"), rule.memo), rule.id
        for attr in ("required_actions", "evidence"):
            chinese = texts_in(rule, attr, "zh")
            assert all(_chinese(z, e) for z, e in zip(chinese, getattr(rule, attr), strict=True))
        for action in rule.actions:
            assert _chinese(text_in(action, "text", "zh"), action.text), rule.id
        # a stored item's English finds its Chinese (the window's look-up)
        pairs = chinese_by_english(rule)
        assert pairs[rule.title] == text_in(rule, "title", "zh")
        assert set(rule.required_actions) | set(rule.evidence) <= set(pairs)
        assert find_rule(rule.id, rule.version, version) is not None


def test_actions_read_as_instructions_in_chinese() -> None:
    """Counsel's Chinese: actions in the imperative, never “请…” or a description."""
    for version in POLICY_VERSIONS:
        for rule in load_rule_set(version=version).rules:
            for text in texts_in(rule, "required_actions", "zh"):
                assert not text.startswith(("请", "应", "当事人将", "委托方将")), text
                assert text.endswith("。"), text


# Rows whose statute is in the LawRefBook/Laws transcription (commit 2f4c5c2) that legal-basis.md
# says the row was checked against; the others (lists, catalogues, CAC/CSRC measures, the exit
# registration rules) have no quoted text and say so.
QUOTED = {
    "PRC-ECL-2", "PRC-ECL-12", "PRC-DUR-2", "PRC-DUR-14", "PRC-DUR-17", "PRC-TIER-29",
    "PRC-TIER-30-35", "PRC-SSL-EXIT", "PRC-SSL-LEAVE", "PRC-SSL-28", "PRC-SSL-35",
    "PRC-SSL-IR-EXIT", "PRC-SSL-IR-LEAVE", "PRC-SSL-IR-55", "PRC-CEL-33", "PRC-CEL-17-18",
    "PRC-EEAL-12", "PRC-PPL-2", "PRC-CRIM-111", "PRC-DSL-31", "PRC-DSL-36", "PRC-NDSR-37",
    "PRC-PIPL-28", "PRC-PIPL-38", "PRC-PIPL-39", "PRC-PIPL-40", "PRC-PIPL-41", "PRC-AUCL-TS",
    "PRC-CRIM-219", "PRC-CRIM-219-1", "PRC-LCL-23", "PRC-LCL-24", "PRC-LCL-37",
    "PRC-SPC-LAB-36-39", "PRC-AFSL-12", "PRC-AFSL-IMP", "PRC-ALGO-24",
}

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """12 -> 十二, 111 -> 一百一十一, 219 -> 二百一十九 (as article numbers are written)."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (_DIGITS[ones] if ones else "")


def test_chinese_numbers() -> None:
    assert [chinese_number(n) for n in (2, 10, 12, 28, 45, 111, 219, 105)] == [
        "二", "十", "十二", "二十八", "四十五", "一百一十一", "二百一十九", "一百零五"]


def _first_article(english: str) -> str:
    """`Art. 28(4)–(5)` -> 第二十八条, `Arts. 30–35` -> 第三十条, `Art. 219-1 …` -> 第…条之一."""
    match = re.match(r"Arts?\. (\d+)(-1)?", english)
    assert match, english
    return f"第{chinese_number(int(match.group(1)))}条" + ("之一" if match.group(2) else "")


def test_prc_bases_quote_their_provision_in_chinese() -> None:
    bases = load_legal_bases()
    prc = {basis_id for basis_id, basis in bases.items() if basis.is_prc}
    assert QUOTED <= prc
    for basis_id in prc:
        basis = bases[basis_id]
        assert basis.zh["instrument"] and has_chinese(basis.zh["instrument"]), basis_id
        assert _chinese(text_in(basis, "summary", "zh"), basis.summary), basis_id
        if basis_id in QUOTED:
            article = _first_article(basis.article)
            assert basis.provision_zh.startswith(article + " "), basis_id
            assert text_in(basis, "article", "zh").startswith(article), basis_id
            assert basis.provision_zh_source.startswith("LawRefBook/Laws@2f4c5c2: "), basis_id
        else:
            assert basis.provision_zh == ""
            assert basis.provision_zh_source.startswith("not available: "), basis_id


def test_multi_article_provisions_quote_every_article() -> None:
    bases = load_legal_bases()
    assert [line.split(" ")[0] for line in bases["PRC-TIER-30-35"].provision_zh.splitlines()
            if line.startswith("第")] == [f"第{chinese_number(n)}条" for n in range(30, 36)]
    assert "第十八条 " in bases["PRC-CEL-17-18"].provision_zh
    assert bases["PRC-CRIM-219-1"].provision_zh.startswith("第二百一十九条之一 为境外的机构")


def test_every_basis_has_a_chinese_summary_and_title() -> None:
    for basis_id, basis in load_legal_bases().items():
        assert _chinese(text_in(basis, "summary", "zh"), basis.summary), basis_id
        assert has_chinese(basis.zh["instrument"]), basis_id
        if basis.caveat:
            assert _chinese(text_in(basis, "caveat", "zh"), basis.caveat), basis_id


# --- English and identity unchanged --------------------------------------------------------------

# sha256 of the canonical JSON of each file as shipped before issue 16 (computed from main at
# commit ec75dac with `sha256(canonical_json(yaml.safe_load(file)))`): the English content.
ENGLISH_DIGESTS = {
    "data/rules/v1.yaml": "5f343017b1583b55097d4a0854945ff818be42f1d917c1446554295ad0c6699e",
    "data/rules/v2.yaml": "75d32d4013623549002ec4ce93c340b926aaf00a093783ba2d4c473e4f90d36b",
    "data/legal_bases.yaml": "30d09ccd52c61a3aafc9e82e69872e1bb3ce8a1c3218b653b319cc0919fa93d2",
}
CHINESE_ONLY_FIELDS = ("instrument_rendering_zh", "provision_zh", "provision_zh_source")


@pytest.mark.parametrize("relative", sorted(ENGLISH_DIGESTS))
def test_the_english_of_each_file_is_what_it_was(relative: str) -> None:
    """Matters record the review policy they were assessed under by its version (and each item
    by rule id and version); with the English unchanged byte for byte, an assessment, a stored
    checklist and an English memo come out exactly as before, so adding Chinese re-assesses
    nothing and changes no policy."""
    document = english_form(_shipped(relative))
    for row in document.get("bases", ()):
        for name in CHINESE_ONLY_FIELDS:
            row.pop(name, None)
    digest = hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()
    assert digest == ENGLISH_DIGESTS[relative]


def test_an_assessment_is_identified_and_worded_as_before() -> None:
    answers = {"person.name": "Li Wei", "person.role": "core_model_researcher",
               "access.model_weights": "yes", "travel.devices": ["laptop_company_data"],
               "destination.country": "US"}
    result = assess("travel", answers, policy_version=2).to_dict()
    assert result["rule_set"] == {"id": "outbound-review-policy", "version": 2}
    assert result["tier_label"] == "critical knowledge carrier"
    assert not any(has_chinese(item["title"] + item["memo"]) for item in result["items"])
    assert not any(has_chinese(" ".join(item["required_actions"])) for item in result["items"])


def test_the_tier_reasons_are_given_in_chinese_too() -> None:
    answers = {"person.name": "Li Wei", "person.role": "core_model_researcher",
               "access.model_weights": "yes", "destination.country": "US"}
    result = assess("travel", answers, policy_version=2)
    assert result.tier_reasons[0].startswith("Tier 1 (critical knowledge carrier): a critical")
    reason = result.tier_reasons_zh[0]
    assert reason.startswith("一级（关键知识载体）：担任关键岗位且可接触核心技术资产（")
    assert reason.endswith("）。") and "“" in reason
    assert "tier_reasons_zh" not in result.to_contract_json()  # `assess --json` is unchanged
    fallback = assess("travel", {}, policy_version=2)
    assert fallback.tier_reasons_zh == ("三级（一般员工）：较高层级的标准均不满足。",)


def test_a_basis_is_cited_in_chinese_by_forms_for_the_window_and_the_memo() -> None:
    """One Chinese citation in forms (the memo cannot import the window's)."""
    bases = load_legal_bases()
    assert bases["PRC-ECL-12"].chinese_citation() == "《中华人民共和国出口管制法》第十二条"
    # an article not yet confirmed is left out, as in the English citation
    assert not bases["PRC-AUCL-TS"].article_confirmed
    assert bases["PRC-AUCL-TS"].chinese_citation() == "《中华人民共和国反不正当竞争法》"
    # a foreign instrument by its Chinese rendering, without 《》 of its own
    assert bases["US-EAR-740-14"].chinese_citation() == "EAR BAG 许可例外（行李），15 CFR 740.14"
    # ... and its confirmed article after a comma
    assert bases["US-EAR-744-16"].chinese_citation().endswith("，第744.16节(a)至(c)")
