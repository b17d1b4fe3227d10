"""The one module that imports Qt (the Anki `aqt.qt` pattern).

Everything in `desktop.ui` takes its Qt names from here, so a binding upgrade, a compatibility
shim or a missing optional module (QtPdf, QtPrintSupport) is handled in one place.
"""

# ruff: noqa: F401, F403, F405
from __future__ import annotations

from PySide6.QtCore import *
from PySide6.QtGui import *  # type: ignore[assignment]
from PySide6.QtWidgets import *  # type: ignore[assignment]

try:  # optional: printing and PDF rendering (PySide6-Pdf / Essentials print support)
    from PySide6.QtPdf import QPdfDocument as QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog as QPrintDialog
    from PySide6.QtPrintSupport import QPrinter as QPrinter

    HAVE_PRINTING = True
except ImportError:  # pragma: no cover - only on a stripped-down install
    HAVE_PRINTING = False

from PySide6.QtCore import Signal, Slot  # explicit, for readers and type checkers


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` for code that is not inside a QObject method."""
    return QCoreApplication.translate(context, text, disambiguation, n)
