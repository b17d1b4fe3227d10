"""Intake definitions in English and Chinese (issue 16): every text a user reads carries its
Chinese beside the English, a definition without it is refused naming the file and the text,
and the English stays what English matters and memos were made with."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms.definitions import KINDS, available_versions, load_definition, load_definition_file
from forms.errors import DefinitionError
from forms.loading import resource_path
from forms.localize import text_in

HAN = re.compile(r"[\u4e00-\u9fff]")
# a basis id between Chinese characters has no \b around it (they are word characters too)
BASIS_ID = re.compile(r"(?<![A-Za-z0-9-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![A-Za-z0-9-])")
SHIPPED = [(kind, version) for kind in KINDS for version in available_versions(kind)]


def _raw(kind: str, version: int) -> dict[str, Any]:
    path = resource_path(f"data/definitions/{kind}/v{version}.yaml")
    return yaml.safe_load(path.read_text("utf-8"))


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "v2.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def _field(document: dict[str, Any], fact_id: str) -> dict[str, Any]:
    return next(f for s in document["sections"] for f in s["fields"] if f["id"] == fact_id)


def _refusal(tmp_path: Path, mutate: Callable[[dict[str, Any]], object], **kw: Any) -> str:
    document = _raw("travel", 2)
    mutate(document)
    with pytest.raises(DefinitionError) as info:
        load_definition_file(_write(tmp_path, document), label="travel/v2.yaml", **kw)
    return str(info.value)


# --- refused without Chinese ------------------------------------------------------------------


@pytest.mark.parametrize("shipped", [False, True])
def test_a_label_without_chinese_is_refused_naming_file_and_field(
    tmp_path: Path, shipped: bool
) -> None:
    message = _refusal(
        tmp_path, lambda d: _field(d, "person.title")["label"].pop("zh"), shipped=shipped
    )
    assert message.startswith("travel/v2.yaml: person.title: label has no Chinese (zh); ")


def test_an_empty_chinese_label_is_refused(tmp_path: Path) -> None:
    message = _refusal(tmp_path, lambda d: _field(d, "person.title")["label"].update(zh="  "))
    assert message.startswith("travel/v2.yaml: person.title: label has an empty Chinese text (zh)")


def test_a_chinese_label_written_in_english_is_refused(tmp_path: Path) -> None:
    """The same check as the rules': a `zh` with no Chinese character is an untranslated copy."""
    message = _refusal(
        tmp_path, lambda d: _field(d, "person.title")["label"].update(zh="Job title")
    )
    assert message == (
        "travel/v2.yaml: person.title: label has a Chinese text (zh) with no Chinese in it;"
        " write it as label: {en: <English>, zh: <中文>}"
    )


def test_a_plain_english_string_is_refused_saying_how_to_write_it(tmp_path: Path) -> None:
    message = _refusal(tmp_path, lambda d: _field(d, "person.title").update(label="Job title"))
    assert message == (
        "travel/v2.yaml: person.title: label has no Chinese (zh);"
        " write it as label: {en: <English>, zh: <中文>}"
    )


@pytest.mark.parametrize(
    ("mutate", "start"),
    [
        (lambda d: _field(d, "person.role")["options"][1]["label"].pop("zh"),
         "travel/v2.yaml: person.role: option training_lead: label has no Chinese (zh)"),
        (lambda d: _field(d, "travel.purpose").update(help="Why the trip is made."),
         "travel/v2.yaml: travel.purpose: help has no Chinese (zh)"),
        (lambda d: d["sections"][1]["title"].update(zh=""),
         "travel/v2.yaml: section person: title has an empty Chinese text (zh)"),
        (lambda d: d["sections"][1]["help"].pop("zh"),
         "travel/v2.yaml: section person: help has no Chinese (zh)"),
        (lambda d: d["checks"][0].update(message="Dates are the wrong way round."),
         "travel/v2.yaml: check travel-dates: message has no Chinese (zh)"),
        (lambda d: d.update(title="Overseas travel intake"),
         "travel/v2.yaml: title has no Chinese (zh)"),
        (lambda d: d["description"].pop("zh"), "travel/v2.yaml: description has no Chinese (zh)"),
        (lambda d: _field(d, "person.title")["label"].pop("en"),
         "travel/v2.yaml: person.title: label has no English (en)"),
        (lambda d: _field(d, "person.title")["label"].update(fr="Fonction"),
         "travel/v2.yaml: person.title: label has fr besides en and zh"),
    ],
)
def test_every_kind_of_text_is_refused_without_its_chinese(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], object], start: str
) -> None:
    assert _refusal(tmp_path, mutate).startswith(start)


def test_the_schema_itself_requires_both_languages() -> None:
    from forms.schema import check_document

    document = _raw("travel", 2)
    check_document(document, "definition", "travel/v2.yaml")  # as shipped: fine
    _field(document, "person.title")["label"] = {"en": "Job title"}
    with pytest.raises(DefinitionError, match=r"fields\[1\]\.label: 'zh' is a required property"):
        check_document(document, "definition", "travel/v2.yaml")


# --- shipped definitions ----------------------------------------------------------------------


def _texts(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, {en, zh}) for every text of a definition file as written."""
    for key in ("title", "description"):
        yield key, document[key]
    for section in document["sections"]:
        yield f"{section['id']}.title", section["title"]
        yield f"{section['id']}.help", section["help"]
        for field in section["fields"]:
            yield f"{field['id']}.label", field["label"]
            yield f"{field['id']}.help", field["help"]
            for option in field.get("options", []):
                yield f"{field['id']}={option['value']}", option["label"]
    for check in document.get("checks", []):
        yield check["id"], check["message"]


@pytest.mark.parametrize(("kind", "version"), SHIPPED)
def test_every_shipped_text_reads_in_chinese_and_english_attributes_are_the_files_en(
    kind: str, version: int
) -> None:
    document = _raw(kind, version)
    for where, text in _texts(document):
        assert HAN.search(text["zh"]), f"{kind} v{version} {where}: {text['zh']!r}"
        # the legal-basis ids a reader follows stay as they are inside the Chinese
        assert set(BASIS_ID.findall(text["en"])) <= set(BASIS_ID.findall(text["zh"])), where
    loaded = load_definition(kind, version)
    english = dict(_texts(document))
    assert (loaded.title, loaded.description) == (english["title"]["en"],
                                                  english["description"]["en"])
    assert text_in(loaded, "title", "zh") == english["title"]["zh"]
    for section in loaded.sections:
        assert section.title == english[f"{section.id}.title"]["en"]
        assert text_in(section, "help", "zh") == english[f"{section.id}.help"]["zh"]
        for field in section.fields:
            assert field.label == english[f"{field.id}.label"]["en"]
            assert field.help == english[f"{field.id}.help"]["en"]
            assert text_in(field, "label", "zh") == english[f"{field.id}.label"]["zh"]
            assert text_in(field, "help", "zh") == english[f"{field.id}.help"]["zh"]
            for option in field.options:
                assert option.label == english[f"{field.id}={option.value}"]["en"]
                assert text_in(option, "label", "zh") == english[f"{field.id}={option.value}"]["zh"]
    for check in loaded.checks:
        assert check.message == english[check.id]["en"]
        assert text_in(check, "message", "zh") == english[check.id]["zh"]


def test_the_same_question_reads_the_same_in_every_kind_and_version() -> None:
    chinese_of: dict[str, set[str]] = {}
    for kind, version in SHIPPED:
        for _, text in _texts(_raw(kind, version)):
            chinese_of.setdefault(text["en"], set()).add(text["zh"])
    assert {en: zh for en, zh in chinese_of.items() if len(zh) > 1} == {}


def test_known_english_is_unchanged_and_its_chinese_follows_the_glossary() -> None:
    travel = load_definition("travel", 2)
    title = travel.field("person.title")
    assert (title.label, text_in(title, "label", "zh")) == ("Job title", "职务")
    secrets = travel.field("secrets.level")
    assert secrets.label == (
        "Is the person classified as state-secret personnel (涉密人员), and at what level?"
    )
    assert secrets.option_label("core") == "Core (核心涉密人员)"
    assert secrets.option_label("core", "zh") == "核心涉密人员"
    key = travel.field("person.key_position")
    assert key.label == "Has the company designated the role a key position?"
    assert "关键岗位" in text_in(key, "label", "zh")
    dates = next(c for c in travel.checks if c.id == "travel-dates")
    assert dates.message == "The return date is before the departure date."
    assert text_in(dates, "message", "zh") == "返回日期早于出发日期。"
    departure = load_definition("departure", 1)
    noncompete = departure.field("employment.noncompete")
    assert noncompete.label == "Did the person sign a non-compete covenant?"
    assert "竞业限制" in text_in(noncompete, "label", "zh")
    assert "脱密期" in text_in(departure.field("secrets.declass_until"), "label", "zh")
    collab = load_definition("collaboration", 2)
    subjects = collab.field("collab.personal_information_subjects")
    assert "个人信息" in text_in(subjects, "label", "zh")
    assert "重要数据" in text_in(collab.field("collab.important_data"), "label", "zh")
    assert "两用" in text_in(collab.field("projects.dual_use"), "label", "zh")
    assert text_in(collab.field("person.role"), "label", "en") == (
        "Which role best describes the person's work?"
    )


# --- the tier's reasons quote the form in the reader's language --------------------------------


def _scenario(name: str) -> dict[str, Any]:
    path = Path(__file__).resolve().parent / "scenarios" / name
    return yaml.safe_load(path.read_text("utf-8"))


def test_the_tier_reasons_quote_the_chinese_question_and_answer() -> None:
    from forms.assessment import assess

    scenario = _scenario("02-training-lead-joins-us-lab.yaml")
    result = assess(scenario["kind"], scenario["answers"])
    (english,) = result.tier_reasons
    (chinese,) = result.tier_reasons_zh
    assert "“Which role best describes the person's work?” Head of model training" in english
    assert chinese.startswith("一级（") and chinese.endswith("）。")
    assert "“哪一岗位最能描述当事人的工作？” 模型训练负责人" in chinese
    assert "“当事人能否查看核心源代码（模型、训练框架、芯片设计代码）？” 是" in chinese
    assert not any(code in chinese for code in ("person.role", "training_lead", "Yes"))
    # stored and --json outputs are as before: the Chinese is for the window only
    assert "tier_reasons_zh" not in result.to_dict()
    assert "tier_reasons_zh" not in result.to_contract_json()


def test_a_tier_without_criteria_says_so_in_chinese() -> None:
    from forms.assessment import assess

    scenario = _scenario("01-app-developer-conference.yaml")
    result = assess(scenario["kind"], scenario["answers"])
    assert result.tier_reasons == (
        "Tier 3 (general staff): none of the higher tiers' criteria holds.",
    )
    assert result.tier_reasons_zh[0].startswith("三级（")
    assert result.tier_reasons_zh[0].endswith("：较高层级的标准均不满足。")
