"""Child process for figure 1 (cold start): runs one start-up and exits at the first painted page.

    python -m bench.startup_child floor
    python -m bench.startup_child ours VAULT_PATH KEYCHAIN_JSON

`ours` installs an in-memory keyring backend holding the vault's keychain slot secret (a stand-in
for the OS keychain this headless machine lacks), then runs the application's own start-up path
(`desktop.ui.app.make_application` + `AppController.start`, which unlocks through the keychain in
a worker and opens the main window) and quits as soon as the matter table's viewport has painted
with rows in it. `floor` is a bare QApplication and an empty QMainWindow, quitting at its first
paint. Both print the in-process elapsed time (from interpreter start) as JSON on stdout; the
parent times the whole process from spawn to exit.
"""

from __future__ import annotations

import json
import sys
import time

T0 = time.perf_counter()


def _quit_on_paint(app: object, widget: object, ready: object = None) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        fired = False

        def eventFilter(self, obj: object, event: object) -> bool:
            if (
                not self.fired
                and event.type() == QEvent.Type.Paint  # type: ignore[attr-defined]
                and (ready is None or ready())  # type: ignore[operator]
            ):
                self.fired = True
                result["painted_s"] = time.perf_counter() - T0
                QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]
            return False

    watch = PaintWatch(widget)  # type: ignore[arg-type]
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    keep.append(watch)


result: dict[str, object] = {}
keep: list[object] = []


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _quit_on_paint(app, window)
    window.show()
    app.exec()


def ours(vault_path: str, keychain_json: str) -> None:
    from pathlib import Path

    with open(keychain_json, encoding="utf-8") as handle:
        kc = json.load(handle)
    from bench import keyring_mem
    from models import keychain

    keyring_mem.install({(keychain.SERVICE, kc["account"]): kc["secret"]})

    from desktop.ui.app import AppController, make_application
    from desktop.ui.qt import QTimer

    result["imported_s"] = time.perf_counter() - T0
    from models.vault import Vault

    original_unlock = Vault.unlock_keychain.__func__  # type: ignore[attr-defined]

    def timed_unlock(cls: type, path: object) -> object:
        start = time.perf_counter()
        try:
            return original_unlock(cls, path)
        finally:
            result["unlock_worker_s"] = time.perf_counter() - start

    Vault.unlock_keychain = classmethod(timed_unlock)  # type: ignore[method-assign,assignment]

    app = make_application()
    app.setQuitOnLastWindowClosed(True)
    controller = AppController()
    original = AppController.open_main

    def open_main(self: AppController, vault: object) -> None:
        result["unlocked_s"] = time.perf_counter() - T0
        original(self, vault)
        result["window_built_s"] = time.perf_counter() - T0
        window = self.main_window
        view = _matter_view(window)
        if view is None:  # no table in the window: time the window itself
            _quit_on_paint(app, window)
            result["note"] = "no item view found in the main window"
            return
        model = view.model()
        _quit_on_paint(app, view.viewport(), lambda: model.rowCount() > 0)

    AppController.open_main = open_main  # type: ignore[method-assign]
    QTimer.singleShot(60_000, lambda: (result.setdefault("error", "timeout"), app.quit()))
    controller.start(Path(vault_path))
    app.exec()
    window = controller.main_window
    if window is not None:
        view = _matter_view(window)
        if view is not None and view.model() is not None:
            result["rows"] = view.model().rowCount()
        if window.vault is not None:
            window.vault.lock()


def _matter_view(window: object) -> object:
    """The matter table: the item view whose model is the window's matter list model."""
    from desktop.ui.qt import QAbstractItemView

    panel = getattr(window, "panel", None)
    table = getattr(panel, "table", None)
    if table is not None:
        return table
    for view in window.findChildren(QAbstractItemView):  # type: ignore[attr-defined]
        if view.model() is getattr(window, "model", None):
            return view
    return None


def main() -> None:
    mode = sys.argv[1]
    if mode == "floor":
        floor()
    else:
        ours(sys.argv[2], sys.argv[3])
    result["exit_s"] = time.perf_counter() - T0
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
