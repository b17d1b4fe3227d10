"""Definition, rule and legal-basis files: coverage of the fact contract, strict loading."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from forms.countries import load_countries
from forms.definitions import KINDS, available_versions, load_definition, load_definition_file
from forms.errors import DefinitionError
from forms.legal import load_legal_bases
from forms.loading import resource_path
from forms.rules import load_rule_set

ALL_KINDS = [
    "matter.kind", "matter.client", "matter.summary",
    "person.name", "person.title", "person.department", "person.nationality",
    "person.foreign_residency", "person.role", "person.key_position",
    "access.core_source_code", "access.training_data", "access.model_weights",
    "access.experiment_records", "access.unpublished_capabilities", "access.chip_design",
    "access.personal_information", "access.important_data", "tech.areas",
    "tech.listed_technology", "tech.us_origin_controlled", "secrets.level",
    "secrets.left_post_on", "secrets.declass_until", "projects.national_key",
    "projects.dual_use", "destination.country", "destination.organization",
    "destination.org_type", "destination.restricted_party", "company.users_over_1m",
    "company.cii_operator", "company.overseas_listing",
]
OWN = {
    "departure": [
        "departure.reason", "departure.last_day", "departure.next_step",
        "departure.overlapping_work", "employment.confidentiality_agreement",
        "employment.noncompete", "employment.noncompete_months",
        "employment.noncompete_compensation",
    ],
    "secondment": [
        "secondment.start", "secondment.end", "secondment.host", "secondment.remote_access",
        "secondment.data_transfer",
    ],
    "travel": [
        "travel.purpose", "travel.depart_on", "travel.return_on", "travel.devices",
        "travel.presenting", "travel.sensitive_event",
    ],
    "collaboration": [
        "collab.type", "collab.travel_abroad", "collab.shares_technical_data",
        "collab.shares_source_code", "collab.shares_model_weights",
        "collab.personal_information_subjects", "collab.sensitive_personal_information_subjects",
        "collab.important_data", "collab.unpublished_results", "collab.prepublication_review",
    ],
}
POLICY_RULES = [
    "EC-CLASSIFY", "EC-LICENCE", "EC-FOREIGN-PERSON", "TECH-CATALOGUE", "SECRETS-EXIT",
    "SECRETS-DECLASS", "EXIT-REVIEW", "DATA-IMPORTANT", "DATA-PI-ASSESS", "DATA-PI-CONTRACT",
    "DATA-PI-NOTICE", "TRADE-SECRET", "NONCOMPETE-LENGTH", "NONCOMPETE-PAY", "NONCOMPETE-NONE",
    "US-REEXPORT", "US-ENTITY", "US-ENTITY-BLOCK", "TRAVEL-DEVICES", "TRAVEL-DEVICES-US",
    "PUBLICATION-REVIEW", "LISTING-FILING", "LISTING-CYBER",
]


def _ids_in_file(kind: str) -> set[str]:
    raw = yaml.safe_load(resource_path(f"data/definitions/{kind}/v1.yaml").read_text("utf-8"))
    return {f["id"] for s in raw["sections"] for f in s["fields"]}


@pytest.mark.parametrize("kind", KINDS)
def test_definition_covers_contract(kind: str) -> None:
    asked = _ids_in_file(kind)
    assert set(ALL_KINDS) | set(OWN[kind]) <= asked
    section_ids = [s.id for s in load_definition(kind).sections]
    assert section_ids == ["matter", "person", "knowledge", "destination", "company", kind]


@pytest.mark.parametrize("kind", KINDS)
def test_definition_shape(kind: str) -> None:
    definition = load_definition(kind, 1)
    assert definition.version == 1 and definition.kind == kind
    assert 1 in available_versions(kind)
    for fact in ("person.name", "person.role", "destination.country", "secrets.level",
                 "access.model_weights"):
        assert definition.field(fact).required
    for fact in ("secrets.left_post_on", "secrets.declass_until", "matter.summary"):
        assert not definition.field(fact).required
        assert definition.field(fact).help
    bases = load_legal_bases()
    for field in definition.fields:
        assert field.help and all(b in bases for b in field.bases)


def test_unknown_version_and_kind() -> None:
    with pytest.raises(DefinitionError, match="no version 9"):
        load_definition("travel", 9)
    with pytest.raises(DefinitionError, match="unknown matter kind 'holiday'"):
        load_definition("holiday")


def test_countries_complete() -> None:
    countries = load_countries()
    assert len(countries) == 249
    assert countries["CN"].zh == "中国" and countries["US"].en == "United States"
    assert all(c.zh and c.en and len(code) == 2 for code, c in countries.items())


def test_legal_bases() -> None:
    bases = load_legal_bases()
    assert len(bases) == 65
    report = bases["REPORT-2026-AI-TRAVEL"]
    assert report.verified is False
    assert report.verification.startswith("secondary")
    exit_reg = bases["PRC-EXIT-REG"]
    assert exit_reg.verification.startswith("unverified")
    assert exit_reg.verification_mark() == "(not verified against an official text)"
    assert exit_reg.citation() == exit_reg.instrument()  # article to confirm: not printed
    assert bases["PRC-CEL-33"].verification == "checked (LRB, 2026-11-30)"
    assert bases["PRC-CEL-33"].verification_mark() == ""
    assert "not verified" in report.caveat
    assert bases["PRC-ECL-2"].citation().endswith("Art. 2")
    aucl = bases["PRC-AUCL-TS"]
    assert not aucl.article_confirmed and "Art." not in aucl.citation()
    rules = load_rule_set()
    used = {b for rule in rules.rules for b in rule.basis}
    assert used <= set(bases)


def test_shipped_data_passes_every_check_once() -> None:
    """Shipped files skip the schema pass and cross-reference checks at start-up (speed); here
    each is loaded as an outside file would be, with every check."""
    from forms.legal import load_legal_bases_file
    from forms.rules import POLICY_VERSIONS

    assert len(load_legal_bases_file(resource_path("data/legal_bases.yaml"))) == 65
    for version in POLICY_VERSIONS:
        checked = load_rule_set(resource_path(f"data/rules/v{version}.yaml"))
        assert checked.rule_ids == load_rule_set(version=version).rule_ids
    for kind in KINDS:
        for version in available_versions(kind):
            path = resource_path(f"data/definitions/{kind}/v{version}.yaml")
            assert load_definition_file(path).fact_ids == load_definition(kind, version).fact_ids


def test_yaml_uses_the_c_loader_when_available() -> None:
    from forms.yamlsafe import FAST_SAFE_LOADER as SAFE_LOADER

    assert SAFE_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert getattr(yaml, "__with_libyaml__", False) is (SAFE_LOADER is not yaml.SafeLoader)


def test_legal_bases_match_the_shared_table() -> None:
    """Every row of legal-basis.md is shipped with its verification note, and nothing else."""
    shared = Path(__file__).resolve().parents[2] / "shared" / "legal-basis.md"
    if not shared.is_file():
        return  # a clone without ../shared: the shipped file is the reference
    rows = {}
    for line in shared.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(cells) == 7 and cells[0] not in ("id", "---"):
            rows[cells[0]] = cells[6].replace("*", "")
    bases = load_legal_bases()
    assert set(bases) == set(rows)
    for basis_id, verification in rows.items():
        assert bases[basis_id].verification == verification, basis_id


def test_rule_set_is_the_policy() -> None:
    rules = load_rule_set(version=1)
    assert list(rules.rule_ids) == POLICY_RULES
    block = rules.rule("US-ENTITY-BLOCK")
    assert block.blocking and block.severity == "critical"
    assert all(rule.basis and rule.required_actions and rule.evidence for rule in rules.rules)
    assert "unverified" in rules.rule("EXIT-REVIEW").memo
    assert [t.tier for t in rules.tiers] == [1, 2, 3]


# --- malformed files --------------------------------------------------------------------------


def _shipped_definition() -> dict:
    path = resource_path("data/definitions/departure/v1.yaml")
    return yaml.safe_load(path.read_text("utf-8"))


def _shipped_rules() -> dict:
    return yaml.safe_load(resource_path("data/rules/v1.yaml").read_text("utf-8"))


class _NoAliasDumper(yaml.SafeDumper):
    """Writes shared values out in full: Outbound refuses YAML aliases (forms/yamlsafe.py)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _write(tmp_path: Path, name: str, document: object) -> Path:
    path = tmp_path / name
    text = yaml.dump(document, Dumper=_NoAliasDumper, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_definition_unknown_fact_in_show_if(tmp_path: Path) -> None:
    doc = _shipped_definition()
    doc["sections"][2]["fields"][4]["show_if"] = "yes(acess.model_weights)"
    path = _write(tmp_path, "departure.yaml", doc)
    with pytest.raises(DefinitionError) as info:
        load_definition_file(path)
    assert str(info.value) == (
        "departure.yaml: sections[2].fields[4].show_if: unknown fact 'acess.model_weights'"
    )


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["sections"][1]["fields"].append(dict(d["sections"][1]["fields"][0])),
         "duplicate field id 'person.name'"),
        (lambda d: d["sections"][0]["fields"][1].update(type="colour"),
         "sections[0].fields[1].type"),
        (lambda d: d["sections"][0]["fields"][0].pop("options"), "needs options"),
        (lambda d: d["sections"][0]["fields"][1].update(bases=["NOPE-1"]),
         "unknown legal basis 'NOPE-1'"),
        (lambda d: d["sections"][0]["fields"][1].update(show_if="__import__('os')"),
         "sections[0].fields[1].show_if"),
        (lambda d: d.update(version="one"), "version"),
        (lambda d: d.pop("sections"), "sections"),
        (lambda d: d["checks"].append({"id": "x", "check": "1 == 1", "fields": ["no.such"],
                                       "message": {"en": "m", "zh": "信息"}}),
         "unknown fact 'no.such'"),
    ],
)
def test_definition_malformed(tmp_path: Path, mutate, needle: str) -> None:
    doc = _shipped_definition()
    mutate(doc)
    path = _write(tmp_path, "bad.yaml", doc)
    with pytest.raises(DefinitionError) as info:
        load_definition_file(path)
    assert str(info.value).startswith("bad.yaml: ")
    assert needle in str(info.value)


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["rules"][0].update(basis=["PRC-ECL-2", "PRC-NOPE-1"]),
         "rule EC-CLASSIFY cites unknown legal basis 'PRC-NOPE-1'"),
        (lambda d: d["rules"][1].update(severity="severe"), "rules[1].severity"),
        (lambda d: d["rules"].append(dict(d["rules"][0])), "duplicate rule id 'EC-CLASSIFY'"),
        (lambda d: d["rules"][2].update(when="abroad and yes(acess.model_weights)"),
         "rules[2].when (EC-FOREIGN-PERSON): unknown fact 'acess.model_weights'"),
        (lambda d: d["rules"][2].update(when="9**9**9"), "rules[2].when"),
        (lambda d: d["rules"][0].update(when="rule('EC-LICENCE')"), None),
        (lambda d: d["definitions"].update(
            loop={"when": "loop", "meaning": {"en": "m", "zh": "循环"}}), "depends on itself"),
        (lambda d: d["rules"][0].update(basis=[]), "rules[0].basis"),
        (lambda d: d["rules"][0].pop("memo"), "memo"),
    ],
)
def test_rules_malformed(tmp_path: Path, mutate, needle: str | None) -> None:
    doc = _shipped_rules()
    mutate(doc)
    path = _write(tmp_path, "rules.yaml", doc)
    if needle is None:  # a legal forward reference loads fine
        assert load_rule_set(path).rule("EC-CLASSIFY")
        return
    with pytest.raises(DefinitionError) as info:
        load_rule_set(path)
    assert str(info.value).startswith("rules.yaml: ")
    assert needle in str(info.value)


def test_rule_cycle_through_rule_refs(tmp_path: Path) -> None:
    doc = _shipped_rules()
    doc["rules"][0]["when"] = "rule('EC-LICENCE')"
    doc["rules"][1]["when"] = "rule('EC-CLASSIFY')"
    with pytest.raises(DefinitionError, match="depends on itself"):
        load_rule_set(_write(tmp_path, "rules.yaml", doc))


@pytest.mark.parametrize("content", ["- 1\n- 2\n", "just text\n", "", "a: [\n"])
def test_not_a_mapping(tmp_path: Path, content: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(content)
    with pytest.raises(DefinitionError, match=r"^odd\.yaml: "):
        load_rule_set(path)
    with pytest.raises(DefinitionError, match=r"^odd\.yaml: "):
        load_definition_file(path)
