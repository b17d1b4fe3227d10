"""The window's Chinese: the .ts is complete and current, every translatable call can be
extracted, translations keep their placeholders and shortcuts, the build's .qm is the .ts
compiled, and the language is chosen at start (Settings or the system), Qt's own strings too."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "outbound_zh_CN.ts"
QM = TRANSLATIONS / "outbound_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{\d+\}|%L?n|%\d")


def domain_modules() -> list[Path]:
    """Every module of the layers under the window (models, forms, memos, bundles, and any
    package added beside them): their messages are shared with the command line."""
    not_domain = {"desktop", "tests", "bench", "packaging", "migrations", "resources"}
    return [
        module
        for package in sorted(REPO.iterdir())
        if (package / "__init__.py").exists() and package.name not in not_domain
        for module in package.rglob("*.py")
    ]


def messages() -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) of every entry of the .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    forms or [translation.text or ""],
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_the_ts_has_every_string_of_the_code_translated_and_nothing_obsolete() -> None:
    """packaging/translations.py check: lupdate over desktop/ into a copy of the .ts; a string
    new in the code arrives unfinished, a string gone from it turns obsolete: both fail."""
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(messages()) > 700


def test_the_check_fails_on_an_unfinished_or_obsolete_entry(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(REPO / "packaging"))
    text = TS.read_text(encoding="utf-8")
    broken = tmp_path / "broken.ts"
    broken.write_text(
        text.replace(
            "<translation>附条件进行</translation>", '<translation type="unfinished"/>'
        ).replace(
            "<translation>不予进行</translation>",
            '<translation type="vanished">不予进行</translation>',
        ),
        encoding="utf-8",
    )
    problems = translations.problems(broken)
    assert any("'Proceed with conditions' (unfinished)" in p for p in problems)
    assert any("'Do not proceed' (vanished)" in p for p in problems)
    assert translations.problems(TS) == []


def _translatable_calls(tree: ast.AST) -> list[tuple[ast.Call, int]]:
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "tr":
            calls.append((node, 1))
        elif name in ("translate", "QT_TRANSLATE_NOOP"):
            calls.append((node, 2))
    return calls


def test_every_translatable_call_is_one_lupdate_can_read() -> None:
    """lupdate reads literals only: `self.tr(TEXT)` or `translate(CTX, "…")` would leave a
    string out of the .ts, and the window in English."""
    exempt = {
        ("desktop/ui/qt.py", "translate"),  # the helper itself
        ("desktop/ui/labels.py", "kind_label"),  # its names: test_kind_names_reach_the_ts
        ("desktop/ui/dialogs.py", "domain_message"),  # see test_translated_domain_messages_...
    }
    unreadable = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {
            id(call): fn.name
            for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef)
            for call in ast.walk(fn)
        }
        for call, literal_args in _translatable_calls(tree):
            args = call.args[:literal_args]
            if len(args) == literal_args and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                continue
            if (relative, functions.get(id(call))) in exempt:
                continue
            unreadable.append(f"{relative}:{call.lineno}: {ast.unparse(call)[:80]}")
    assert not unreadable, "\n".join(unreadable)


def test_kind_names_reach_the_ts() -> None:
    from desktop.ui.labels import KIND_NAMES_FOR_TRANSLATION
    from forms.definitions import KIND_NAMES

    assert KIND_NAMES_FOR_TRANSLATION == tuple(KIND_NAMES.values())
    sources = {(context, source) for context, source, _t, _n in messages()}
    assert all(("labels", name) in sources for name in KIND_NAMES.values())


def test_translated_domain_messages_are_still_the_ones_raised() -> None:
    """desktop.ui.dialogs.DOMAIN_MESSAGES translates domain messages by their exact text: each
    must still be written, word for word, in the domain layers."""
    from desktop.ui.dialogs import DOMAIN_MESSAGES

    literals = set()
    for module in domain_modules():
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    assert len(DOMAIN_MESSAGES) >= 10
    assert not [m for m in DOMAIN_MESSAGES if m not in literals]


def test_translations_keep_placeholders_shortcuts_and_plural_counts() -> None:
    wrong = []
    for context, source, translations, numerus in messages():
        for text in translations:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                wrong.append(f"{context}: {source!r} -> {text!r} (keyboard shortcut)")
            if re.search(r"[A-Za-z]{4,}", text) and not re.search(r"[\u4e00-\u9fff]", text):
                kept = {"Outbound", "English", "Letter", "OUTBOUND_ACTOR"}
                if not any(word in text for word in kept) and text != source:
                    wrong.append(f"{context}: {source!r} -> {text!r} (no Chinese)")
        if numerus:
            assert len(translations) == 1, "Chinese has one plural form"
            assert "%n" in translations[0] or "%Ln" in translations[0], source
    assert not wrong, "\n".join(wrong)


def test_the_glossary_terms_are_the_ones_the_window_uses() -> None:
    """docs/glossary-zh.md fixes a term once; the window says it that way."""
    glossary = (REPO / "docs" / "glossary-zh.md").read_text(encoding="utf-8")
    translated = {(c, s): t[0] for c, s, t, _n in messages()}
    pairs = {
        ("labels", "Proceed with conditions"): "附条件进行",
        ("labels", "Hold pending approval"): "暂缓，待审批",
        ("labels", "Do not proceed"): "不予进行",
        ("Checklist", "Export control"): "出口管制",
        ("Checklist", "State secrets"): "国家秘密",
        ("Checklist", "Data export"): "数据出境",
        ("Checklist", "Trade secrets"): "商业秘密",
        ("labels", "Overseas secondment"): "境外派驻",
        ("labels", "Memo draft"): "备忘录草拟",
        ("Checklist", "↑ Escalated"): "↑ 已上报",
        ("NewPassphraseFields", "Passphrase"): "口令",
        ("RecoveryKeyPage", "Recovery key"): "恢复密钥",
    }
    for key, term in pairs.items():
        assert translated[key] == term, key
        assert term.split(" ")[-1] in glossary, term
    for term in (
        "出口管制",
        "两用物项",
        "涉密人员",
        "脱密期",
        "关键岗位",
        "竞业限制",
        "个人信息出境",
        "重要数据",
        "实体清单",
        "审查备忘录",
        "保险库",
        "恢复密钥",
    ):
        assert term in glossary
    # the vault is a 保险库 and the passphrase a 口令 everywhere, never 金库 or 密码 for it
    for (_context, source), text in translated.items():
        if re.search(r"\bvaults?\b", source, re.IGNORECASE):
            assert "保险库" in text, source
        if "passphrase" in source.lower():
            assert "口令" in text and "密码" not in text, source


def test_the_built_qm_is_the_ts_compiled(tmp_path: Path) -> None:
    """The build (setup.py, build_py) compiles the .qm; a stale or missing one fails here."""
    assert QM.exists(), "no compiled translation: the build makes it (pip install -e .)"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
            "-silent",
            str(TS),
            "-qm",
            str(fresh),
        ],
        check=True,
    )
    assert QM.read_bytes() == fresh.read_bytes(), (
        "the .qm is older than the .ts: reinstall (pip install -e .) to compile it"
    )


@pytest.fixture
def settings_folder(tmp_path: Path) -> Path:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


@pytest.fixture
def translators(qapp: Any, settings_folder: Path) -> Any:
    from PySide6.QtCore import QLocale

    installed: list[Any] = []
    before = QLocale()
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_chinese_loads_outbound_and_qt_translations_with_plurals(
    qapp: Any, translators: list[Any]
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.app import install_translators

    translators += install_translators(qapp, "zh_CN")
    assert len(translators) == 2
    tr = QCoreApplication.translate
    assert tr("labels", "Proceed with conditions") == "附条件进行"
    assert tr("MainWindow", "%Ln matter(s)", None, 1234) == "1,234 个事项"
    assert tr("MemoTab", "Version {0}, signed — %n page(s)", None, 3) == "第{0}版，已签署 — 共 3 页"
    from desktop.ui.dialogs import error_text
    from models.errors import VaultBusyError, WrongSecretError

    assert error_text(WrongSecretError("this passphrase does not open the vault")) == (
        "该口令无法打开此保险库。"
    )
    # a message not in the table stays as the domain wrote it
    assert error_text(VaultBusyError("the vault is busy")) == "The vault is busy."
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # Qt's own


def test_english_installs_no_translation(qapp: Any, translators: list[Any]) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.app import install_translators

    translators += install_translators(qapp, "en")
    assert translators == []
    assert QCoreApplication.translate("labels", "Do not proceed") == "Do not proceed"


def test_the_language_follows_settings_else_the_system(settings_folder: Path) -> None:
    from PySide6.QtCore import QLocale

    from desktop.ui.app import interface_locale
    from desktop.ui.prefs import interface_language, set_interface_language

    assert interface_language() == ""
    assert interface_locale().name() == QLocale().name()  # the system's
    set_interface_language("zh_CN")
    assert interface_locale().name() == "zh_CN"
    set_interface_language("en")
    assert interface_locale().language() == QLocale.Language.English
    with pytest.raises(ValueError, match="not a language"):
        set_interface_language("fr")
    assert interface_language() == "en"


def test_settings_offers_chinese_and_says_it_applies_after_a_restart(
    qtbot: Any, vault_factory: Any, settings_folder: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.prefs import interface_language
    from desktop.ui.settings_dialog import SettingsDialog

    vault, _ = vault_factory()
    dialog = SettingsDialog(vault, actor="Wang Li")
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System language", "中文", "English"]
    assert any("next starts" in label.text() for label in dialog.findChildren(QLabel))
    dialog.language.setCurrentIndex(names.index("中文"))
    assert dialog.save()
    assert interface_language() == "zh_CN"
    again = SettingsDialog(vault, actor="Wang Li")
    qtbot.addWidget(again)
    assert again.language.currentText() == "中文"
    vault.lock()
