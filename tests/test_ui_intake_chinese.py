"""The intake form in the Chinese window (issue 16): the definition's questions, help, options,
section titles and cross-check messages read in Chinese, and what is stored stays the same
option values; the English window is unchanged (pytest-qt, offscreen, the real .qm)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_ui_matter_intake import fill, new_matter

from desktop.ui.qt import Qt
from desktop.ui.window_language import window_language
from forms.definitions import load_definition
from forms.localize import text_in


@pytest.fixture
def chinese_window(qapp: Any, tmp_path: Path) -> Any:
    from PySide6.QtCore import QLocale, QSettings

    from desktop.ui.app import install_translators

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    before = QLocale()
    installed = install_translators(qapp, "zh_CN")
    names = [Path(t.filePath()).name for t in installed]
    assert "outbound_zh_CN.qm" in names, (
        f"translations loaded: {names}; the .qm is compiled by the build: pip install -e ."
    )
    yield qapp
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def open_form(qtbot: Any, vault_factory: Any) -> Any:
    from desktop.ui.matter_window import MatterWindow

    def make(kind: str, answers: dict[str, Any] | None = None) -> Any:
        vault, _ = vault_factory()
        window = MatterWindow(vault, new_matter(vault, kind, answers), actor="tester")
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    from desktop.ui.workers import wait_for_jobs

    wait_for_jobs()


def _combo_texts(editor: Any) -> dict[str, str]:
    combo = editor.combo
    return {str(combo.itemData(i)): combo.itemText(i) for i in range(1, combo.count())}


def test_the_chinese_window_asks_the_questions_in_chinese(
    chinese_window: Any, open_form: Any, qtbot: Any
) -> None:
    assert window_language() == "zh"
    window = open_form("departure")
    form = window.intake
    assert form.definition.title == "Departure intake"  # the definition keeps its English
    page_texts = [label.text() for label in form.page.findChildren(type(form.status))]
    assert "离职信息采集表" in page_texts
    assert "当事人" in page_texts and "The person" not in page_texts
    sections = [form.sections.item(i).text() for i in range(form.sections.count())]
    assert any(text.endswith("当事人") or "当事人  (" in text for text in sections), sections
    row = form.rows["person.title"]
    assert row.label.text() == "职务"
    assert row.editor.edit.accessibleName() == "职务"
    row.help_button.click()
    assert row.help.text().startswith("劳动合同所载职务")
    nationality = form.rows["person.nationality"].help.text()
    assert "外国人" in nationality and "• 《中华人民共和国出口管制法》第二条" in nationality
    roles = _combo_texts(form.editor("person.role"))
    assert roles["training_lead"] == "模型训练负责人"
    assert roles["core_model_researcher"] == "核心模型研究员"
    areas = form.editor("tech.areas").list
    shown = {str(areas.item(i).data(Qt.ItemDataRole.UserRole)): areas.item(i).text()
             for i in range(areas.count())}
    assert shown["model_architecture"] == "模型架构" and shown["eda_tools"] == "EDA工具"
    missing = [form.missing.item(i).text() for i in range(form.missing.count())]
    assert "姓名" in missing and "Full name" not in missing
    tips = [form.missing.item(i).toolTip() for i in range(form.missing.count())]
    assert "与护照或身份证一致，可填写中文。印于备忘录抬头。" in tips
    assert not any(tip.startswith(("person.", "access.")) for tip in tips)  # no fact ids


def test_choosing_a_chinese_option_stores_the_same_value(
    chinese_window: Any, open_form: Any, qtbot: Any
) -> None:
    window = open_form("departure")
    form = window.intake
    combo = form.editor("person.role").combo
    combo.setCurrentIndex(combo.findText("模型训练负责人"))
    form.editor("tech.areas").set_checked("distributed_compute")
    form.editor("person.name").edit.setText("陈思远")
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=15_000)
    from casework.matters import latest_intake

    with window.vault.session() as session:
        stored = latest_intake(session, window.matter_id).answers
    assert stored["person.role"] == "training_lead"
    assert stored["tech.areas"] == ["distributed_compute"]
    assert stored["person.name"] == "陈思远"


def test_a_cross_check_reads_in_chinese(chinese_window: Any, open_form: Any, qtbot: Any) -> None:
    window = open_form("travel")
    form = window.intake
    fill(qtbot, form, {"travel.depart_on": "2027-03-10", "travel.return_on": "2027-03-01"})
    form.refresh()
    assert form.rows["travel.return_on"].error.text() == "⚠ 返回日期早于出发日期。"


def test_the_english_window_is_unchanged(open_form: Any, qtbot: Any) -> None:
    assert window_language() == "en"
    window = open_form("travel")
    form = window.intake
    definition = load_definition("travel", form.definition.version)
    for fact_id, row in form.rows.items():
        assert row.label.text() == definition.field(fact_id).label.replace("&", "&&")
    assert form.rows["person.title"].label.text() == "Job title"
    roles = _combo_texts(form.editor("person.role"))
    assert roles["training_lead"] == "Head of model training / training lead"
    role = definition.field("person.role")
    assert roles == {o.value: o.label for o in role.options}
    assert text_in(role, "label", "zh") != role.label  # the Chinese is there, not shown
    fill(qtbot, form, {"travel.depart_on": "2027-03-10", "travel.return_on": "2027-03-01"})
    form.refresh()
    assert form.rows["travel.return_on"].error.text() == (
        "⚠ The return date is before the departure date."
    )


def test_the_checklist_tier_reasons_quote_the_chinese_questions(
    chinese_window: Any, open_form: Any, qtbot: Any
) -> None:
    import yaml

    path = Path(__file__).resolve().parent / "scenarios" / "02-training-lead-joins-us-lab.yaml"
    answers = yaml.safe_load(path.read_text("utf-8"))["answers"]
    window = open_form("departure", answers)
    reasons = window.checklist.tier_reasons.text()
    assert reasons.startswith("一级（")
    assert "“哪一岗位最能描述当事人的工作？” 模型训练负责人" in reasons
    assert "Which role best describes" not in reasons
