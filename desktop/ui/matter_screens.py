"""Screenshots of the matter window, one PNG per tab, for `desktop/screenshots.py`."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.qt import QApplication, QThreadPool
from models.vault import Vault

TAB_NAMES = ("intake", "checklist", "memo", "attachments", "history")


def _settle(window: object, timeout_ms: int = 15_000) -> None:
    """Let background renders finish and their results reach the widgets."""
    app = QApplication.instance()
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        if app is not None:
            app.processEvents()


def matter_window_screenshots(
    vault: Vault, matter_id: str, outdir: Path | str, *, size: tuple[int, int] = (1280, 860)
) -> list[Path]:
    """Open the matter window offscreen-friendly, grab each tab to `outdir/matter-<tab>.png`,
    close the window; returns the files written."""
    from desktop.ui.matter_window import MatterWindow

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    window = MatterWindow(vault, matter_id)
    window.resize(*size)
    window.show()
    written: list[Path] = []
    try:
        for index, name in enumerate(TAB_NAMES):
            window.tabs.setCurrentIndex(index)
            if name == "checklist" and window.checklist.model.rows:
                window.checklist.select_rule(window.checklist.model.rows[0]["rule"])
            if name == "memo":
                window.memo.refresh_preview()
            _settle(window)
            path = out / f"matter-{name}.png"
            window.grab().save(str(path))
            written.append(path)
    finally:
        window.close()
        _settle(window)
    return written
