"""The checklist tab in the Chinese window (issue 16): rule titles, wording, actions, evidence,
the tier's reasons and the legal bases in Chinese, looked up from the shipped rules; what is
stored stays English, and the English window is unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from forms.legal import load_legal_bases
from forms.localize import text_in, texts_in
from forms.rules import load_rule_set

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Any:
    from PySide6.QtCore import QLocale, QSettings

    from desktop.ui.app import install_translators

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    before = QLocale()
    installed = install_translators(qapp, "zh_CN")
    assert any(Path(t.filePath()).name == "outbound_zh_CN.qm" for t in installed), (
        "the .qm is compiled by the build: pip install -e ."
    )
    yield qapp
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _window(qtbot: Any, vault_factory: Any) -> Any:
    from casework.matters import create_matter
    from desktop.ui.matter_window import MatterWindow

    answers = yaml.safe_load(
        (SCENARIOS / "02-training-lead-joins-us-lab.yaml").read_text(encoding="utf-8")
    )["answers"]
    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(session, kind="departure", actor="tester", answers=answers).id
    window = MatterWindow(vault, matter_id, actor="tester")
    qtbot.addWidget(window)
    window.show()
    return window


def _titles(model: Any) -> list[str]:
    return [
        model.item(area, 0).child(row, 0).text()
        for area in range(model.rowCount())
        for row in range(model.item(area, 0).rowCount())
    ]


def test_the_checklist_reads_chinese(chinese: Any, qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.workers import wait_for_jobs
    from models.entities import ChecklistItem

    window = _window(qtbot, vault_factory)
    tab = window.checklist
    rule = load_rule_set(version=2).rule("EC-CLASSIFY")
    assert text_in(rule, "title", "zh") in _titles(tab.model)
    assert "Classify the technology under PRC export control" not in _titles(tab.model)
    assert tab.select_rule("EC-CLASSIFY")
    panel = tab.panel
    assert panel.title.text() == "依照中国出口管制规定对技术进行归类"
    assert panel.wording.text() == text_in(rule, "memo", "zh")
    first_action = text_in(rule.actions[0], "text", "zh")
    assert panel.actions_label.text().startswith(f"• {first_action}")
    assert "Classify the technology" not in panel.actions_label.text()
    assert tab.tier.text().startswith("一级")
    reasons = tab.tier_reasons.text()
    assert reasons.startswith("一级（关键知识载体）：担任关键岗位且可接触核心技术资产（")
    # the record keeps the English the rule was assessed with
    with window.vault.session() as session:
        stored = session.query(ChecklistItem).filter_by(
            matter_id=window.matter_id, rule_id="EC-CLASSIFY").one()
        assert stored.title == rule.title and stored.wording == rule.memo
    wait_for_jobs()


def test_the_legal_basis_panel_quotes_the_prc_provision(
    chinese: Any, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.workers import wait_for_jobs

    window = _window(qtbot, vault_factory)
    tab = window.checklist
    assert tab.select_rule("EC-CLASSIFY")
    text = tab.panel.basis.text()
    bases = load_legal_bases()
    assert "《中华人民共和国出口管制法》第二条" in text
    assert "第二条 国家对两用物项、军品、核以及其他与维护国家安全和利益" in text
    assert "条文原文" in text and "概述（非原文引用）" in text
    assert text_in(bases["PRC-ECL-2"], "summary", "zh") in text
    assert "PRC-ECL-2" not in text and "Export Control Law" not in text
    # a list that no transcription quotes: title and paraphrase only
    dual_use_list = tab.panel._basis_html_zh("PRC-DUL-2024")
    assert dual_use_list.startswith("<p><b>《两用物项出口管制清单》，清单条目</b><br><i>概述")
    assert "条文原文" not in dual_use_list
    wait_for_jobs()


def test_foreign_and_unverified_bases_in_chinese(
    chinese: Any, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.workers import wait_for_jobs

    panel = _window(qtbot, vault_factory).checklist.panel
    deemed = panel._basis_html_zh("US-EAR-734-13")
    assert "美国《出口管理条例》（EAR），15 CFR 734.13，第734.13节(a)(2)、(b)" in deemed
    assert "在美国境内向外国人释放技术或源代码" in deemed and "条文原文" not in deemed
    registration = panel._basis_html_zh("PRC-EXIT-REG")
    assert "（未经官方文本核实）" in registration
    report = panel._basis_html_zh("REPORT-2026-AI-TRAVEL")
    assert "提示：该措施仅见于报道，未经核实" in report
    # an article still to confirm is not printed; the note says which text is quoted
    trade_secrets = panel._basis_html_zh("PRC-AUCL-TS")
    assert trade_secrets.startswith("<p><b>《中华人民共和国反不正当竞争法》</b>")
    assert "2019年文本为第九条" in trade_secrets
    wait_for_jobs()


def test_the_english_window_keeps_the_english(qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.workers import wait_for_jobs

    window = _window(qtbot, vault_factory)
    tab = window.checklist
    rule = load_rule_set(version=2).rule("EC-CLASSIFY")
    assert rule.title in _titles(tab.model)
    assert tab.select_rule("EC-CLASSIFY")
    assert tab.panel.title.text() == rule.title
    assert tab.panel.evidence_needed.text() == "\n".join(f"• {e}" for e in rule.evidence)
    assert texts_in(rule, "evidence", "en") == rule.evidence
    basis = tab.panel.basis.text()
    assert "PRC-ECL-2" in basis and "第二条 国家" not in basis
    assert tab.tier_reasons.text().startswith("Tier 1 (critical knowledge carrier)")
    wait_for_jobs()


def test_an_item_of_a_rule_no_longer_shipped_shows_its_stored_english() -> None:
    from desktop.ui.checklist_model import item_row

    class Stored:
        id, rule_id, rule_version, area = "i1", "NOT-A-RULE", 7, "export control"
        title, severity, blocking, basis_ids = "An old rule", "high", False, []
        actions, action_items, evidence, wording = ["Do it."], None, ["A note"], "Old words."
        status, note, decided_by, decided_at = "open", "", None, None
        is_new = no_longer_applies = False
        to_confirm = evidence_attachment_ids = ()

    row = item_row(Stored(), language="zh", policy_version=2)
    assert (row["title"], row["actions"], row["evidence"], row["wording"]) == (
        "An old rule", ["Do it."], ["A note"], "Old words.")


def test_an_intake_question_cites_its_bases_in_chinese(chinese: Any) -> None:
    from desktop.ui.intake_form import basis_lines

    assert basis_lines(["PRC-PIPL-38", "US-EAR-734-13"], "zh") == [
        "《中华人民共和国个人信息保护法》第三十八条",
        "美国《出口管理条例》（EAR），15 CFR 734.13，第734.13节(a)(2)、(b)",
    ]


def test_an_intake_question_cites_its_bases_in_english() -> None:
    from desktop.ui.intake_form import basis_lines

    assert basis_lines(["PRC-PIPL-38"]) == [
        "PRC-PIPL-38 — Personal Information Protection Law of the PRC "
        "(中华人民共和国个人信息保护法), Art. 38"
    ]
