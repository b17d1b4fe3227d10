"""The one module that imports Qt (the Anki `aqt.qt` pattern).

Everything in `desktop.ui` takes its Qt names from here, so a binding upgrade, a compatibility
shim or a missing optional module (QtPdf, QtPrintSupport) is handled in one place.

Only the names the application uses are imported, by name: a star import of QtCore, QtGui and
QtWidgets makes PySide6 build every one of their type objects up front, which cost a large part
of the cold start. A name missing here is added to the list below (an ImportError says which).
QtPdf and QtPrintSupport (printing and the memo preview) load on first use, through the module
`__getattr__` below: `from desktop.ui.qt import QPdfDocument` works and costs nothing until the
memo tab or a print is reached.
"""

# ruff: noqa: F401 - the names are imported here for the rest of the package
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QIODevice,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QTimeZone,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from shiboken6 import isValid as is_alive  # the C++ object behind a Python wrapper still exists

if TYPE_CHECKING:  # for type checkers; at run time `__getattr__` below imports them on first use
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    HAVE_PRINTING: bool

__all__ = [  # explicit re-exports (and the lazily imported names below)
    "HAVE_PRINTING",
    "QT_TRANSLATE_NOOP",
    "QAbstractItemView",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QBrush",
    "QBuffer",
    "QButtonGroup",
    "QByteArray",
    "QCalendarWidget",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCompleter",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDateTime",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDragEnterEvent",
    "QDropEvent",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFontDatabase",
    "QFormLayout",
    "QFrame",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIODevice",
    "QIcon",
    "QImage",
    "QInputDialog",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPagedPaintDevice",
    "QPainter",
    "QPalette",
    "QPdfDocument",
    "QPdfView",
    "QPen",
    "QPersistentModelIndex",
    "QPixmap",
    "QPlainTextEdit",
    "QPointF",
    "QPrintDialog",
    "QPrintPreviewDialog",
    "QPrinter",
    "QProgressBar",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRectF",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QSize",
    "QSizeF",
    "QSizePolicy",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStandardItem",
    "QStandardItemModel",
    "QStandardPaths",
    "QStyle",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QThread",
    "QThreadPool",
    "QTimeZone",
    "QTimer",
    "QToolBar",
    "QToolButton",
    "QTranslator",
    "QTreeView",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "QWidgetAction",
    "Qt",
    "Signal",
    "Slot",
    "is_alive",
    "translate",
]

# optional modules, imported on first use: name -> module
_LAZY = {
    "QPdfDocument": "PySide6.QtPdf",
    "QPdfView": "PySide6.QtPdfWidgets",
    "QPrintDialog": "PySide6.QtPrintSupport",
    "QPrintPreviewDialog": "PySide6.QtPrintSupport",
    "QPrinter": "PySide6.QtPrintSupport",
}


def _printing_available() -> bool:
    try:  # optional: printing and PDF rendering (PySide6-Pdf / Essentials print support)
        import PySide6.QtPdf
        import PySide6.QtPrintSupport
    except ImportError:  # pragma: no cover - only on a stripped-down install
        return False
    return True


def __getattr__(name: str) -> Any:
    """QtPdf / QtPrintSupport names and `HAVE_PRINTING`, resolved (and cached) on first use."""
    if name == "HAVE_PRINTING":
        value: Any = _printing_available()
    elif name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` for code that is not inside a QObject method. The context
    and text must be string literals: pyside6-lupdate reads them from the call (`make
    translations`), and tests/test_translations.py refuses a call it cannot read."""
    return QCoreApplication.translate(context, text, disambiguation, n)
