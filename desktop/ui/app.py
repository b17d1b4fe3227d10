"""The application: QApplication set-up and the start-up flow.

    run_app(vault_path) -> exit code

A vault path given on the command line, or the most recent vault, goes to the unlock flow (the
OS keychain first, silently, when the vault is remembered there; otherwise the unlock dialog).
With neither, the welcome screen creates a vault. Once unlocked, the main window takes over and
runs its own lock/unlock cycle (see `desktop.ui.main_window`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desktop.ui.attachments_temp import cleanup_open_attachments
from desktop.ui.dialogs import error_text
from desktop.ui.prefs import APPLICATION, ORGANISATION, interface_language, recent_vaults
from desktop.ui.qt import (
    QApplication,
    QCoreApplication,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from desktop.ui.workers import run_in_background

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
CJK_FONT_FILE = "DroidSansFallbackFull.ttf"  # the CJK font the memo PDFs embed too
_cjk_family: str | None = None


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "outbound.svg")))


class EnglishPlurals(QTranslator):
    """English plural forms for the source strings themselves: "%n page(s)" reads "1 page" and
    "2 pages" without an English .qm file. Installed first, so any real translation (Chinese,
    with its own plural forms) is asked before it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # not ours (a null string): Qt asks the next translator or uses source
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


_plurals: EnglishPlurals | None = None


def install_english_plurals(app: QCoreApplication) -> None:
    global _plurals
    if _plurals is None:
        _plurals = EnglishPlurals(app)
        app.installTranslator(_plurals)


def interface_locale(language: str | None = None) -> QLocale:
    """The locale the window speaks: the Settings choice (中文 / English) when made, else the
    system's. `language` overrides both (screenshots, tests)."""
    chosen = interface_language() if language is None else language
    return QLocale(chosen) if chosen else QLocale()


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own strings (qtbase_<locale>.qm from PySide6's translations folder: dialog buttons,
    the print dialog) and Outbound's (resources/translations/outbound_<locale>.qm, compiled from
    the .ts by the build). English needs neither: the source strings are English."""
    installed: list[QTranslator] = []
    locale = interface_locale(language)
    if locale.language() == QLocale.Language.English:
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("outbound", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if installed:
        QLocale.setDefault(locale)  # dates and numbers in the window follow the language
    return installed


def install_cjk_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and make it every font's fallback, so Chinese names
    render on a machine without Chinese fonts (and not as empty boxes). Returns its family."""
    global _cjk_family
    if _cjk_family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", CJK_FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _cjk_family = families[0]
    family = _cjk_family
    font = app.font()
    # Fonts made from the application font fall back through its family list; fonts asked
    # for by name (a style's, "Helvetica") through the substitution table.
    for name in {font.family(), QFont().defaultFamily(), "Sans Serif", "Helvetica"}:
        if family not in QFont.substitutes(name):
            QFont.insertSubstitution(name, family)
    chain = list(font.families()) or [font.family()]
    if family not in chain:
        font.setFamilies([*chain, family])
        app.setFont(font)
    return family


def make_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt). Qt 6 is high-DPI aware by
    default and follows the system light/dark palette; no style is forced. The language is
    chosen once, here: a change in Settings applies at the next start."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Outbound")
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        install_english_plurals(app)  # first: the locale's translation is asked before it
        install_translators(app, language)
    assert isinstance(app, QApplication)
    install_english_plurals(app)
    QGuiApplication.setDesktopFileName("outbound")
    app.setWindowIcon(app_icon())
    install_cjk_font(app)
    return app


class AppController(QObject):
    """Welcome → unlock → main window. Holds the top-level windows so they stay alive."""

    def __init__(self, *, default_vault_path: Path | None = None) -> None:
        super().__init__()
        self.default_vault_path = default_vault_path
        self.welcome: Any = None
        self.unlock_dialog: Any = None
        self.main_window: Any = None
        self.job: Any = None

    def start(self, vault_path: Path | None) -> None:
        if vault_path is None:
            recent = recent_vaults()
            vault_path = recent[0] if recent else None
        if vault_path is None:
            self.show_welcome()
        else:
            self.unlock(Path(vault_path))

    # ----- first run --------------------------------------------------------------------------
    def show_welcome(self) -> None:
        from desktop.ui.welcome import WelcomeWindow

        self._close_unlock()
        self.welcome = WelcomeWindow(default_path=self.default_vault_path)
        self.welcome.vault_ready.connect(self.open_main)
        self.welcome.open_existing_requested.connect(lambda: self.show_unlock(None))
        self.welcome.show()

    # ----- unlocking --------------------------------------------------------------------------
    def unlock(self, path: Path) -> None:
        """Try the OS keychain silently when the vault is remembered; else ask."""
        from casework.vaults import read_keyfile

        try:
            remembered = read_keyfile(path).slot("keychain") is not None
        except Exception as exc:
            self.show_unlock(path, message=error_text(exc))
            return
        if not remembered:
            self.show_unlock(path)
            return

        def work() -> Any:
            from casework.vaults import Vault

            return Vault.unlock_keychain(path)

        def failed(exc: BaseException) -> None:
            self.show_unlock(path, message=error_text(exc))

        self.job = run_in_background(work, on_done=self.open_main, on_error=failed)

    def show_unlock(self, path: Path | None, *, message: str = "") -> None:
        from desktop.ui.unlock import UnlockDialog

        self._close_unlock()
        dialog = UnlockDialog(None, vault_path=path, message=message)
        dialog.setWindowIcon(app_icon())
        dialog.unlocked.connect(self.open_main)
        dialog.create_requested.connect(self.show_welcome)
        dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog = dialog
        if self.welcome is not None:
            self.welcome.hide()
        dialog.open()

    def _unlock_cancelled(self) -> None:
        if self.welcome is not None:
            self.welcome.show()  # back to the welcome screen
        elif self.main_window is None and self.unlock_dialog is not None:
            if self.unlock_dialog.vault is None and not self._creating():
                QCoreApplication.quit()

    def _creating(self) -> bool:
        return self.welcome is not None and self.welcome.isVisible()

    def _close_unlock(self) -> None:
        if self.unlock_dialog is not None:
            try:
                self.unlock_dialog.rejected.disconnect(self._unlock_cancelled)
            except (RuntimeError, TypeError):
                pass
            self.unlock_dialog.close()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    # ----- the main window --------------------------------------------------------------------
    def open_main(self, vault: Any) -> None:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.prefs import add_recent_vault

        add_recent_vault(vault.path)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        if self.unlock_dialog is not None:
            try:
                self.unlock_dialog.rejected.disconnect(self._unlock_cancelled)
            except (RuntimeError, TypeError):
                pass
            self.unlock_dialog = None
        self.main_window = MainWindow(vault)  # its first page loads in a worker, after show
        self.main_window.show()
        QTimer.singleShot(0, self.main_window.ask_actor_if_needed)  # "Your name", once
        if vault.history_warning:  # a rolled-back or rewritten vault (models/history.py)
            QTimer.singleShot(0, lambda: warn_of_history(self.main_window, vault))


def warn_of_history(parent: Any, vault: Any) -> None:
    """Say, once per opening, that this vault's history is not what this computer last saw:
    an older copy was restored, or its audit trail was rewritten. Work goes on (a restore may
    be deliberate, and counsel can accept it, audited); `Vault > Check vault…` reports it too."""
    from desktop.ui.prefs import current_actor
    from desktop.ui.qt import QMessageBox

    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("AppController", "This vault's history has changed"),
        QCoreApplication.translate(
            "AppController",
            "Outbound found that {0}.\n\n"
            "If you did not restore an older backup, treat this vault as tampered with: keep it "
            "unchanged and compare it with the signed memos and bundles you hold (outbound "
            "vault check --against FILE).\n\n"
            "If you restored an older backup on purpose, the matters and events made after it "
            "are not in this vault: recover them from a later backup or from exported case "
            "bundles.\n\n"
            "Did you restore this vault on purpose, and should Outbound stop warning about it? "
            "(Your answer Yes is recorded in the vault's audit trail.)",
        ).format(vault.history_warning),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        vault.accept_history(actor=current_actor())


def run_app(vault_path: Path | None) -> int:
    """Start the window; returns the exit code of the Qt event loop."""
    app = make_application()
    app.setQuitOnLastWindowClosed(True)
    controller = AppController()
    # temporary plaintext copies of opened attachments never outlive the application
    app.aboutToQuit.connect(lambda: cleanup_open_attachments())
    controller.start(vault_path)
    code = app.exec()
    if controller.main_window is not None and controller.main_window.vault is not None:
        controller.main_window.vault.lock()
    return int(code)
