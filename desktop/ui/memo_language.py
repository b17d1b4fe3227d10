"""The memo language choice (issue 16), shared by the Settings dialog (the vault's default for
new memos) and the memo tab (the language of the next version)."""

from __future__ import annotations

from desktop.ui.qt import QComboBox, QCoreApplication


def add_memo_languages(combo: QComboBox) -> None:
    """English and 中文 are named in themselves (a reader of either finds theirs); the
    bilingual memo says what it holds."""
    combo.addItem("English", "en")
    combo.addItem("中文", "zh")
    combo.addItem(
        QCoreApplication.translate("MemoLanguage", "Bilingual (中文, then English)"), "bilingual"
    )
