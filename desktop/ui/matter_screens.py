"""Screenshots of the matter window, one PNG per tab, for `desktop/screenshots.py`."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casework.vaults import Vault
from desktop.ui.qt import QApplication, QPdfDocument, QThreadPool

TAB_NAMES = ("intake", "checklist", "memo", "attachments", "history")


def _settle(window: object, timeout_ms: int = 15_000) -> None:
    """Let background renders finish and their results reach the widgets."""
    app = QApplication.instance()
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        if app is not None:
            app.processEvents()


def _wait_for_preview(window: object, timeout_s: float = 20.0) -> bool:
    """Wait until the memo preview's render has landed in the PDF view (the worker finished,
    the document loaded, the view shown) and the view has painted; False on a timeout."""
    memo = window.memo  # type: ignore[attr-defined]
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s

    def landed() -> bool:
        view = getattr(memo, "view", None)
        return (
            memo.rendering == 0
            and memo.preview_bytes is not None
            and memo.document.status() == QPdfDocument.Status.Ready
            and memo.document.pageCount() > 0
            and (view is None or memo.preview_stack.currentWidget() is view)
        )

    while not landed():
        if time.monotonic() > deadline:
            return False
        QThreadPool.globalInstance().waitForDone(100)
        if app is not None:
            app.processEvents()
    for _ in range(10):  # the view renders its pages on paint events
        if app is not None:
            app.processEvents()
        time.sleep(0.02)
    return True


def matter_window_screenshots(
    vault: Vault,
    matter_id: str,
    outdir: Path | str,
    *,
    size: tuple[int, int] = (1280, 860),
    actor: str | None = None,
    prefix: str = "matter",
    inspect: Callable[[str, Any], None] | None = None,
) -> list[Path]:
    """Open the matter window offscreen-friendly, grab each tab to `outdir/<prefix>-<tab>.png`,
    close the window; returns the files written. `inspect(name, window)` sees each tab as it is
    grabbed (the Chinese screen walk reads its words)."""
    from desktop.ui.matter_window import MatterWindow

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    window = MatterWindow(vault, matter_id, actor=actor)
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
            if name == "memo" and not _wait_for_preview(window):
                raise RuntimeError("the memo preview did not render in time")
            path = out / f"{prefix}-{name}.png"
            if inspect is not None:
                inspect(path.stem, window)
            window.grab().save(str(path))
            written.append(path)
    finally:
        window.close()
        _settle(window)
    return written
