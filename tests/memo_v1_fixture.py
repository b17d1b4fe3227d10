"""The first layout's fixed inputs (as main's memo tests had them before the casework refactor):
the memo pinned byte for byte in tests/test_memo_v2.py is composed from exactly these.

The legal-basis table and the rule gists are copied from the spec (legal-basis.md and
review-policy.md); titles and memo wording are invented here, standing in for the rule engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from forms.checklist import ReviewItem
from memos.compose import compose_memo
from memos.content import MemoContent

SCENARIOS_DIR = Path(__file__).resolve().parent / "scenarios"

LEGAL_BASES: dict[str, dict[str, Any]] = {
    "PRC-ECL-2": {
        "instrument_en": "Export Control Law of the PRC",
        "instrument_zh": "中华人民共和国出口管制法",
        "article": "Art. 2",
        "article_confirmed": True,
        "in_force": "2020-12-01",
        "summary": "Controlled items include goods, technology and services and related "
        "technical documents and data; export control covers transfers from "
        "China abroad and the provision of controlled items by Chinese citizens, "
        "legal persons and other organisations to foreign organisations or "
        "individuals.",
        "source": "MOFCOM official text",
        "verified": True,
    },
    "PRC-ECL-12": {
        "instrument_en": "Export Control Law of the PRC",
        "instrument_zh": "中华人民共和国出口管制法",
        "article": "Art. 12",
        "article_confirmed": True,
        "in_force": "2020-12-01",
        "summary": "Exports of controlled items are subject to licensing; an exporter must "
        "apply for a licence for listed items and, in defined cases, for "
        "unlisted items.",
        "source": "MOFCOM official text",
        "verified": True,
    },
    "PRC-DUR-2": {
        "instrument_en": "Regulations on Export Control of Dual-Use Items, State Council "
        "Order No. 792",
        "instrument_zh": "两用物项出口管制条例",
        "article": "Art. 2",
        "article_confirmed": True,
        "in_force": "2024-12-01",
        "summary": "Dual-use items include goods, technologies and services and related "
        "technical documentation and data; export includes trade, gifts, "
        "exhibitions, cooperation, assistance and other forms of transfer "
        "abroad.",
        "source": "MOFCOM official text",
        "verified": True,
    },
    "PRC-TECH-CAT": {
        "instrument_en": "Catalogue of Technologies Prohibited or Restricted from "
        "Export, under the Regulations on Technology Import and Export "
        "Administration",
        "instrument_zh": "中国禁止出口限制出口技术目录",
        "article": "catalogue entries",
        "article_confirmed": True,
        "in_force": "2020-08-28 rev.; 2023-12-21 rev.",
        "summary": "Lists technologies whose export is prohibited or needs a licence; "
        "the 2020 revision added AI-related entries such as personalised "
        "information push based on data analysis and artificial-intelligence "
        "interaction interface technology.",
        "source": "MOFCOM / Ministry of Science and Technology announcements",
        "verified": True,
    },
    "PRC-EEAL-12": {
        "instrument_en": "Exit and Entry Administration Law of the PRC",
        "instrument_zh": "中华人民共和国出境入境管理法",
        "article": "Art. 12",
        "article_confirmed": True,
        "in_force": "2013-07-01",
        "summary": "Lists the circumstances in which a Chinese citizen may not leave the "
        "country, including where the competent State Council departments "
        "decide that leaving may endanger national security or cause major "
        "losses to national interests.",
        "source": "National Immigration Administration",
        "verified": True,
    },
    "PRC-SSL-EXIT": {
        "instrument_en": "Law on Guarding State Secrets of the PRC, 2024 revision",
        "instrument_zh": "中华人民共和国保守国家秘密法",
        "article": "Art. 45",
        "article_confirmed": True,
        "in_force": "2024-05-01",
        "summary": "Personnel in secret-related posts (graded core, important or general "
        "under Art. 43) need approval from the relevant authority to leave "
        "China; approval is refused where their exit would harm national "
        "security or cause major loss to national interests.",
        "source": "official text (2024 revision)",
        "verified": True,
    },
    "PRC-SSL-LEAVE": {
        "instrument_en": "Law on Guarding State Secrets of the PRC, 2024 revision",
        "instrument_zh": "中华人民共和国保守国家秘密法",
        "article": "Art. 46",
        "article_confirmed": True,
        "in_force": "2024-05-01",
        "summary": "Personnel leaving a secret-related post or job are subject to a "
        "confidentiality (脱密) period; during it they may not take employment "
        "or leave China in breach of the rules, and secrecy obligations "
        "continue after it. The Law sets no length: the employing unit sets "
        "the period.",
        "source": "official text (2024 revision)",
        "verified": True,
    },
    "PRC-SSL-IR-EXIT": {
        "instrument_en": "Regulations for the Implementation of the Law on Guarding "
        "State Secrets, 2024 revision, State Council Order No. 786",
        "instrument_zh": "保守国家秘密法实施条例",
        "article": "Art. 52",
        "article_confirmed": True,
        "in_force": "2024-09-01",
        "summary": "Exit of secret-related personnel is approved under personnel and "
        "foreign-affairs approval authority after the opinions of the "
        "unit's personnel department and confidentiality office; they "
        "receive confidentiality training before leaving and report "
        "relevant circumstances while abroad.",
        "source": "official text, republished by the Supreme People's Procuratorate",
        "verified": True,
    },
    "PRC-SSL-IR-LEAVE": {
        "instrument_en": "Regulations for the Implementation of the Law on Guarding "
        "State Secrets, 2024 revision, State Council Order No. 786",
        "instrument_zh": "",
        "article": "Art. 53",
        "article_confirmed": True,
        "in_force": "2024-09-01",
        "summary": "Before leaving a secret-related post: a confidentiality reminder "
        "interview, a signed departure undertaking, return of carriers "
        "and equipment, closing of system access, and the unit sets the "
        "confidentiality period; employment and exit during it must "
        "comply with state rules.",
        "source": "official text, republished by the Supreme People's Procuratorate",
        "verified": True,
    },
    "PRC-DSL-31": {
        "instrument_en": "Data Security Law of the PRC",
        "instrument_zh": "中华人民共和国数据安全法",
        "article": "Art. 31",
        "article_confirmed": True,
        "in_force": "2021-09-01",
        "summary": "Outbound transfer of important data follows the Cybersecurity Law for "
        "critical information infrastructure operators and the cyberspace "
        "administration's measures for other processors.",
        "source": "NPC official text",
        "verified": True,
    },
    "PRC-PIPL-38": {
        "instrument_en": "Personal Information Protection Law of the PRC",
        "instrument_zh": "中华人民共和国个人信息保护法",
        "article": "Art. 38",
        "article_confirmed": True,
        "in_force": "2021-11-01",
        "summary": "Providing personal information abroad requires one of: a security "
        "assessment, certification, a standard contract, or another condition "
        "set by law.",
        "source": "NPC official text",
        "verified": True,
    },
    "PRC-PIPL-39": {
        "instrument_en": "Personal Information Protection Law of the PRC",
        "instrument_zh": "",
        "article": "Art. 39",
        "article_confirmed": True,
        "in_force": "2021-11-01",
        "summary": "Individuals must be told about the overseas recipient and the "
        "processing, and their separate consent obtained.",
        "source": "NPC official text",
        "verified": True,
    },
    "PRC-PIPL-40": {
        "instrument_en": "Personal Information Protection Law of the PRC",
        "instrument_zh": "",
        "article": "Art. 40",
        "article_confirmed": True,
        "in_force": "2021-11-01",
        "summary": "Critical information infrastructure operators and processors above "
        "the regulator's volume thresholds store personal information in China "
        "and pass a security assessment before providing it abroad.",
        "source": "NPC official text",
        "verified": True,
    },
    "CAC-2024-5": {
        "instrument_en": "Provisions on Promoting and Regulating Cross-Border Data Flows",
        "instrument_zh": "促进和规范数据跨境流动规定",
        "article": "Art. 5",
        "article_confirmed": True,
        "in_force": "2024-03-22",
        "summary": "Exempts some transfers from assessment, standard contract and "
        "certification, among them transfers by non-CII processors of fewer "
        "than 100,000 individuals' (non-sensitive) personal information "
        "cumulatively since 1 January of the year.",
        "source": "Cyberspace Administration of China",
        "verified": True,
    },
    "CAC-2024-7": {
        "instrument_en": "Provisions on Promoting and Regulating Cross-Border Data Flows",
        "instrument_zh": "",
        "article": "Art. 7",
        "article_confirmed": True,
        "in_force": "2024-03-22",
        "summary": "A security assessment is required for CII operators' transfers of "
        "personal information or important data, and for other processors' "
        "transfers of important data, of more than 1,000,000 individuals' "
        "personal information, or of more than 10,000 individuals' sensitive "
        "personal information, counted since 1 January of the year.",
        "source": "Cyberspace Administration of China",
        "verified": True,
    },
    "CAC-2024-8": {
        "instrument_en": "Provisions on Promoting and Regulating Cross-Border Data Flows",
        "instrument_zh": "",
        "article": "Art. 8",
        "article_confirmed": True,
        "in_force": "2024-03-22",
        "summary": "A standard contract or certification is required for non-CII "
        "processors transferring 100,000–1,000,000 individuals' personal "
        "information, or fewer than 10,000 individuals' sensitive personal "
        "information, counted since 1 January of the year.",
        "source": "Cyberspace Administration of China",
        "verified": True,
    },
    "PRC-AUCL-TS": {
        "instrument_en": "Anti-Unfair Competition Law of the PRC",
        "instrument_zh": "中华人民共和国反不正当竞争法",
        "article": "trade-secret article (Art. 9 in the 2019 text; to confirm under the "
        "revision in force since 2025-10-15)",
        "article_confirmed": False,
        "in_force": "2019-04-23; 2025-10-15",
        "summary": "Prohibits acquiring, disclosing or using trade secrets by improper "
        "means or in breach of a confidentiality obligation, including by "
        "former employees.",
        "source": "NPC official text",
        "verified": True,
    },
    "PRC-LCL-23": {
        "instrument_en": "Labour Contract Law of the PRC",
        "instrument_zh": "中华人民共和国劳动合同法",
        "article": "Art. 23",
        "article_confirmed": True,
        "in_force": "2008-01-01",
        "summary": "Employer and employee may agree confidentiality terms and non-compete "
        "terms; non-compete compensation is paid monthly during the restricted "
        "period after the contract ends.",
        "source": "NPC official text",
        "verified": True,
    },
    "PRC-LCL-24": {
        "instrument_en": "Labour Contract Law of the PRC",
        "instrument_zh": "",
        "article": "Art. 24",
        "article_confirmed": True,
        "in_force": "2008-01-01",
        "summary": "Non-compete obligations bind only senior management, senior technical "
        "staff and others with confidentiality duties, and last at most two "
        "years after the contract ends.",
        "source": "NPC official text",
        "verified": True,
    },
    "CSRC-2023-FILING": {
        "instrument_en": "Trial Administrative Measures of Overseas Securities "
        "Offering and Listing by Domestic Companies, CSRC",
        "instrument_zh": "境内企业境外发行证券和上市管理试行办法",
        "article": "filing regime",
        "article_confirmed": True,
        "in_force": "2023-03-31",
        "summary": "Domestic companies' overseas offerings and listings are filed "
        "with the CSRC; the filing covers national-security-related "
        "matters among others.",
        "source": "CSRC",
        "verified": True,
    },
    "CAC-CRM-7": {
        "instrument_en": "Cybersecurity Review Measures",
        "instrument_zh": "网络安全审查办法",
        "article": "Art. 7",
        "article_confirmed": True,
        "in_force": "2022-02-15",
        "summary": "Network platform operators holding personal information of more than "
        "one million users must apply for a cybersecurity review before listing "
        "abroad.",
        "source": "Cyberspace Administration of China",
        "verified": True,
    },
    "REPORT-2026-AI-TRAVEL": {
        "instrument_en": "Press report: Reuters, citing Bloomberg, 26 May 2026",
        "instrument_zh": "",
        "article": "—",
        "article_confirmed": False,
        "in_force": "reported, not confirmed",
        "summary": "Reports that China requires some top AI researchers at "
        "leading companies to obtain approval before overseas "
        "travel; Reuters could not verify it and no implementing "
        "text is public. Cite as a reported practice to check, never "
        "as law.",
        "source": "Reuters, 2026-05-26",
        "verified": False,
    },
    "US-EAR-734-13": {
        "instrument_en": "US Export Administration Regulations, 15 CFR 734.13",
        "instrument_zh": "",
        "article": "§734.13(a)(2), (b)",
        "article_confirmed": True,
        "in_force": "current",
        "summary": "Releasing controlled technology or source code to a foreign person "
        "in the United States is a deemed export to that person's most "
        "recent country of citizenship or permanent residency.",
        "source": "eCFR",
        "verified": True,
    },
    "US-EAR-734-14": {
        "instrument_en": "US Export Administration Regulations, 15 CFR 734.14",
        "instrument_zh": "",
        "article": "§734.14(a)(2), (b)",
        "article_confirmed": True,
        "in_force": "current",
        "summary": "Releasing controlled technology or source code abroad to a foreign "
        "person of a third country is a deemed reexport.",
        "source": "eCFR",
        "verified": True,
    },
    "US-EAR-ADVCOMP": {
        "instrument_en": "BIS rules on advanced computing and semiconductor "
        "manufacturing items (87 FR 62186, 7 Oct 2022; 88 FR 73458 "
        "and 88 FR 73424, released 17 Oct 2023, effective 17 Nov "
        "2023)",
        "instrument_zh": "",
        "article": "ECCNs 3A090, 4A090 and the related `.z` items and technology; "
        "§744.23; §744.6(c)(2)",
        "article_confirmed": True,
        "in_force": "2022-10-07; 2023-11-17",
        "summary": "Controls advanced computing chips, computers and products "
        "containing them, semiconductor manufacturing items and related "
        "technology for China and other destinations, and restricts some "
        "support by US persons for advanced chip development there.",
        "source": "Federal Register; BIS",
        "verified": True,
    },
    "US-EAR-ENTITY-LIST": {
        "instrument_en": "EAR Entity List, Supplement No. 4 to Part 744",
        "instrument_zh": "",
        "article": "Supp. No. 4 to Part 744",
        "article_confirmed": True,
        "in_force": "current",
        "summary": "Parties on the list need a licence for items subject to the "
        "EAR, usually reviewed under a presumption of denial.",
        "source": "eCFR",
        "verified": True,
    },
    "US-EAR-740-9": {
        "instrument_en": "EAR licence exception TMP (temporary exports, tools of trade), "
        "15 CFR 740.9",
        "instrument_zh": "",
        "article": "§740.9",
        "article_confirmed": True,
        "in_force": "current",
        "summary": "Allows temporary export of tools of trade such as laptops, within "
        "limits and not to embargoed destinations.",
        "source": "eCFR",
        "verified": True,
    },
    "US-EAR-740-14": {
        "instrument_en": "EAR licence exception BAG (baggage), 15 CFR 740.14",
        "instrument_zh": "",
        "article": "§740.14",
        "article_confirmed": True,
        "in_force": "current",
        "summary": "Allows individuals to take personal baggage, including some "
        "technology on personal devices, within limits.",
        "source": "eCFR",
        "verified": True,
    },
}

RULES: dict[str, dict[str, Any]] = {
    "EC-CLASSIFY": {
        "area": "export control",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-ECL-2", "PRC-DUR-2"],
        "action": "classify the technology against the dual-use list and the technology "
        "catalogue; record the result",
    },
    "EC-LICENCE": {
        "area": "export control",
        "severity": "critical",
        "blocking": False,
        "basis": ["PRC-ECL-2", "PRC-ECL-12", "PRC-DUR-2"],
        "action": "no transfer before an export licence is granted",
    },
    "EC-FOREIGN-PERSON": {
        "area": "export control",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-ECL-2"],
        "action": "providing controlled technology to a foreign individual, even "
        "inside China, is an export: classify before access continues",
    },
    "TECH-CATALOGUE": {
        "area": "export control",
        "severity": "caution",
        "blocking": False,
        "basis": ["PRC-TECH-CAT"],
        "action": "check the prohibited/restricted technology catalogue entries for these areas",
    },
    "SECRETS-EXIT": {
        "area": "state secrets",
        "severity": "critical",
        "blocking": False,
        "basis": ["PRC-SSL-EXIT", "PRC-SSL-IR-EXIT"],
        "action": "exit approval before travel; pre-departure confidentiality training; "
        "reporting while abroad",
    },
    "SECRETS-DECLASS": {
        "area": "state secrets",
        "severity": "critical",
        "blocking": False,
        "basis": ["PRC-SSL-LEAVE", "PRC-SSL-IR-LEAVE"],
        "action": "confirm the confidentiality (脱密) period the unit set, the "
        "departure undertaking and return of carriers; employment and exit "
        "limits until it ends",
    },
    "EXIT-REVIEW": {
        "area": "exit and entry",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-EEAL-12", "REPORT-2026-AI-TRAVEL"],
        "action": "confirm no exit restriction applies and whether pre-travel approval is "
        "required for the role",
    },
    "DATA-IMPORTANT": {
        "area": "data export",
        "severity": "critical",
        "blocking": False,
        "basis": ["PRC-DSL-31", "CAC-2024-7"],
        "action": "security assessment before any transfer",
    },
    "DATA-PI-ASSESS": {
        "area": "data export",
        "severity": "critical",
        "blocking": False,
        "basis": ["PRC-PIPL-38", "PRC-PIPL-40", "CAC-2024-7"],
        "action": "security assessment filed through the provincial cyberspace office",
    },
    "DATA-PI-CONTRACT": {
        "area": "data export",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-PIPL-38", "CAC-2024-8"],
        "action": "standard contract filing or certification; separate consent",
    },
    "DATA-PI-NOTICE": {
        "area": "data export",
        "severity": "caution",
        "blocking": False,
        "basis": ["PRC-PIPL-39", "CAC-2024-5"],
        "action": "notice and separate consent; record why the volume is exempt",
    },
    "TRADE-SECRET": {
        "area": "trade secrets",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-AUCL-TS", "PRC-LCL-23"],
        "action": "identify the secrets at stake; reaffirm confidentiality; exit "
        "interview and return of materials",
    },
    "NONCOMPETE-LENGTH": {
        "area": "employment",
        "severity": "caution",
        "blocking": False,
        "basis": ["PRC-LCL-24"],
        "action": "covenant beyond the two-year statutory limit",
    },
    "NONCOMPETE-PAY": {
        "area": "employment",
        "severity": "caution",
        "blocking": False,
        "basis": ["PRC-LCL-23"],
        "action": "monthly compensation is owed during the restricted period",
    },
    "NONCOMPETE-NONE": {
        "area": "employment",
        "severity": "caution",
        "blocking": False,
        "basis": ["PRC-LCL-24", "PRC-AUCL-TS"],
        "action": "no covenant: rely on confidentiality and trade-secret protection",
    },
    "US-REEXPORT": {
        "area": "US export control",
        "severity": "high",
        "blocking": False,
        "basis": ["US-EAR-734-13", "US-EAR-734-14", "US-EAR-ADVCOMP"],
        "action": "classify the US-origin technology; check licence requirements for "
        "release to the counterparty",
    },
    "US-ENTITY": {
        "area": "US export control",
        "severity": "high",
        "blocking": False,
        "basis": ["US-EAR-ENTITY-LIST"],
        "action": "screen the counterparty; record the result",
    },
    "US-ENTITY-BLOCK": {
        "area": "US export control",
        "severity": "critical",
        "blocking": True,
        "basis": ["US-EAR-ENTITY-LIST", "US-EAR-734-14"],
        "action": "do not release: licence requirement with presumption of denial",
    },
    "TRAVEL-DEVICES": {
        "area": "export control",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-ECL-2"],
        "action": "travel with a clean device; no source code, weights or design files",
    },
    "TRAVEL-DEVICES-US": {
        "area": "US export control",
        "severity": "caution",
        "blocking": False,
        "basis": ["US-EAR-740-9", "US-EAR-740-14"],
        "action": "check whether licence exception TMP or BAG applies",
    },
    "PUBLICATION-REVIEW": {
        "area": "export control",
        "severity": "high",
        "blocking": False,
        "basis": ["PRC-ECL-2", "PRC-TECH-CAT"],
        "action": "pre-publication review before release",
    },
    "LISTING-FILING": {
        "area": "capital markets",
        "severity": "high",
        "blocking": False,
        "basis": ["CSRC-2023-FILING"],
        "action": "disclosure and filing questions about the person's role and technology",
    },
    "LISTING-CYBER": {
        "area": "capital markets",
        "severity": "critical",
        "blocking": False,
        "basis": ["CAC-CRM-7"],
        "action": "cybersecurity review before listing abroad",
    },
}

RULE_FACTS = {
    "EC-CLASSIFY": ["tech.listed_technology"],
    "EC-FOREIGN-PERSON": ["tech.listed_technology"],
    "US-REEXPORT": ["tech.us_origin_controlled"],
    "TRAVEL-DEVICES-US": ["tech.us_origin_controlled"],
    "US-ENTITY": ["destination.restricted_party"],
}


def scenario_paths() -> list[Path]:
    return sorted(SCENARIOS_DIR.glob("*.yaml"))


def load_scenario(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    answers = {}
    for key, value in data["answers"].items():
        answers[key] = ("yes" if value else "no") if isinstance(value, bool) else value
    data["answers"] = answers
    return data


def _title(rule_id: str) -> str:
    action = RULES[rule_id]["action"].split(";")[0].split(":")[0]
    return action[:1].upper() + action[1:]


def checklist_for(scenario: dict[str, Any]) -> list[dict[str, Any]]:
    answers = scenario["answers"]
    rows = []
    for rule_id in scenario["expect_v1"]["rules"]:
        rule = RULES[rule_id]
        steps = [s.strip() for s in rule["action"].split(";")]
        done = rule_id == "TRADE-SECRET"
        rows.append(
            {
                "rule": rule_id,
                "rule_version": 1,
                "area": rule["area"],
                "title": _title(rule_id),
                "severity": rule["severity"],
                "blocking": rule["blocking"],
                "basis": list(rule["basis"]),
                "status": "done" if done else "open",
                "note": "Exit interview held; confidentiality undertaking re-signed."
                if done
                else "",
                "actions": [s[:1].upper() + s[1:] + "." for s in steps],
                "evidence": ["Signed record of the step taken"],
                "wording": (
                    f"On the facts given, the matter engages {rule['area']} rules. "
                    f"Counsel should {rule['action']} before the move goes ahead."
                ),
                "to_confirm": [
                    f for f in RULE_FACTS.get(rule_id, []) if answers.get(f) == "unknown"
                ],
                "no_longer_applies": False,
            }
        )
    if scenario["kind"] == "departure" and "NONCOMPETE-PAY" not in scenario["expect_v1"]["rules"]:
        rows.append(
            {
                "rule": "NONCOMPETE-PAY",
                "rule_version": 1,
                "area": "employment",
                "title": "Non-compete compensation",
                "severity": "caution",
                "blocking": False,
                "basis": ["PRC-LCL-23"],
                "status": "done",
                "note": "Compensation confirmed by payroll.",
                "actions": [],
                "evidence": [],
                "wording": "Monthly compensation is owed during the restricted period.",
                "to_confirm": [],
                "no_longer_applies": True,
            }
        )
    return rows


def tier_reasons(scenario: dict[str, Any]) -> list[str]:
    answers = scenario["answers"]
    tier = scenario["expect_v1"]["tier"]
    role = str(answers.get("person.role", "not stated")).replace("_", " ")
    if tier == 1:
        return [f"Critical role ({role}) with access to core technology.", "Access is current."]
    if tier == 2:
        return [f"Sensitive access in the role of {role}."]
    return ["No critical role and no sensitive access."]


def compose_inputs(path: Path, *, version: int = 1) -> dict[str, Any]:
    scenario = load_scenario(path)
    answers = scenario["answers"]
    number = path.name[:2]
    expect = scenario["expect_v1"]
    return {
        "matter": {
            "reference": f"OB-2026-{number.zfill(4)}",
            "kind": scenario["kind"],
            "title": scenario["title"],
            "client": answers.get("matter.client", ""),
            "status": "in_review",
            "created_at": "2026-11-02T09:00:00Z",
            "recommendation_override": None,
        },
        "answers": answers,
        "assessment": {
            "tier": expect["tier"],
            "tier_reasons": tier_reasons(scenario),
            "recommendation": expect["recommendation"],
            "missing": [] if "person.department" in answers else ["person.department"],
            "cited": list(expect["cited"]),
        },
        "checklist": checklist_for(scenario),
        "legal_bases": LEGAL_BASES,
        "narrative": {
            "summary": (
                f"We were asked to review the proposed move described as “{scenario['title']}”. "
                "This memo sets out the facts as instructed, the knowledge tier, the legal "
                "analysis by area and the conditions on which the move may proceed."
            ),
            "conditions": "The move should not proceed until the open conditions below are met.",
            "area_notes": {"trade secrets": "Counsel met the employee on 20 November 2026."},
        },
        "organisation": "Hartwell & Lin LLP",
        "version": version,
        "date": "2026-12-01",
        "counsel_from": "Margaret Lin, Partner",
    }


def compose_scenario(path: Path, *, version: int = 1) -> MemoContent:
    inputs = compose_inputs(path, version=version)
    inputs["checklist"] = [  # compose_memo reads typed rows
        ReviewItem(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
        for row in inputs["checklist"]
    ]
    return compose_memo(**inputs)
