"""The words a user reads in a window: every visible label, button, title, placeholder, tooltip,
tab, menu, table header and cell, for the Chinese screen walk (tests/test_ui_chinese.py)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&(?:[a-z]+|#[0-9]+);")


def _plain(text: str) -> str:
    """Rich text as it reads: no tags, entities as their characters."""
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text.replace("&&", "&")


def _columns(model: Any, parent: Any) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model (a completer's, a combo box's): one column, not exposed
        return 1


def _model_texts(model: Any) -> Iterator[str]:
    from PySide6.QtCore import QModelIndex, Qt

    if model is None:
        return
    display = Qt.ItemDataRole.DisplayRole
    for section in range(_columns(model, QModelIndex())):
        value = model.headerData(section, Qt.Orientation.Horizontal, display)
        if isinstance(value, str):
            yield value
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (display, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and model.rowCount(index) > 0:
                    stack.append(index)


def _action_texts(actions: list[Any]) -> Iterator[str]:
    for action in actions:
        if action.isSeparator():
            continue
        yield action.text()
        yield action.toolTip()
        menu = action.menu()
        if menu is not None:
            yield from _action_texts(menu.actions())


def visible_texts(top: Any) -> Iterator[tuple[str, str]]:
    """(widget class, text) for each piece of text `top` shows."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPlainTextEdit,
        QTabBar,
        QWidget,
    )

    yield type(top).__name__, top.windowTitle()
    if isinstance(top, QMainWindow):
        yield from (("QMenuBar", t) for t in _action_texts(top.menuBar().actions()))
        yield "QStatusBar", top.statusBar().currentMessage()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        found: list[str] = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
            found += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            found += list(_model_texts(widget.model()))
        if widget.actions():
            found += list(_action_texts(widget.actions()))
        for text in found:
            if text:
                yield kind, _plain(text)
