"""Shared helpers and fixtures for the window tests (imported by each tests/test_ui_*.py).

* `ui_env` (autouse where imported): QSettings in a temporary folder, never the home folder;
  the application's names set; message boxes and file dialogs replaced by recorders, so no test
  ever blocks on a modal `exec()`; background jobs drained at teardown.
* `insert_matters(vault, n)`: fast raw-SQL rows in `matter` (and the search index).
* `chinese`: the Chinese translator installed, built from the .ts as the install builds it.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

KINDS = ("departure", "secondment", "travel", "collaboration")
STATUSES = ("intake", "review", "memo_draft", "signed", "closed")
REPO = Path(__file__).resolve().parent.parent
RECOMMENDATIONS = ("proceed", "proceed_with_conditions", "hold_pending_approval", "do_not_proceed")


@dataclass
class Dialogs:
    """What the patched QMessageBox / QFileDialog saw, and what they answer."""

    messages: list[tuple[str, str, str]] = field(default_factory=list)
    question_answer: Any = None
    save_path: str = ""
    open_path: str = ""

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.messages]


@pytest.fixture
def ui_env(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dialogs]:
    from desktop.ui.app import make_application
    from desktop.ui.qt import QFileDialog, QMessageBox, QSettings
    from desktop.ui.workers import wait_for_jobs

    settings_dir = tmp_path / "qsettings"
    settings_dir.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    make_application()
    monkeypatch.setenv("OUTBOUND_ACTOR", "Test Counsel")

    dialogs = Dialogs(question_answer=QMessageBox.StandardButton.Yes)

    def record(kind: str) -> Any:
        def fake(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            dialogs.messages.append((kind, title, text))
            if kind == "question":
                return dialogs.question_answer
            return QMessageBox.StandardButton.Ok

        return staticmethod(fake)

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (dialogs.save_path, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (dialogs.open_path, ""))
    )
    yield dialogs
    wait_for_jobs()
    qapp.processEvents()
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qapp.processEvents()


def insert_matters(
    vault: Any, count: int, *, seed: int = 7, index: bool = False, prefix: str = "OB"
) -> None:
    """`count` matters by raw INSERTs in one transaction (100,000 take a second or two).
    Reference numbers run 1..count; `updated_at` grows with the number. With `index=True`,
    rows go into the full-text index too."""
    rng = random.Random(seed)
    rows = []
    for n in range(1, count + 1):
        kind = KINDS[n % 4]
        stamp = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00.{n:06d}Z"
        rows.append(
            {
                "id": f"00000000-0000-4000-8000-{n:012d}",
                "reference": f"{prefix}-2026-{n:06d}",
                "kind": kind,
                "title": f"{kind.capitalize()} matter {n}",
                "client": f"Client {n % 50}",
                "person_name": f"Person {n:06d}",
                "status": STATUSES[n % 5],
                "tier": 1 + n % 3,
                "recommendation": rng.choice(RECOMMENDATIONS),
                "created_at": stamp,
                "updated_at": f"2026-06-01T00:00:00.{n:06d}Z",  # grows with n
                "search_rowid": n if index else None,  # the matter's key in matter_search
            }
        )
    from sqlalchemy import text

    with vault.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO matter (id, reference, kind, title, client, person_name, status, "
                "tier, recommendation, created_at, updated_at, search_rowid) VALUES (:id, "
                ":reference, :kind, :title, :client, :person_name, :status, :tier, "
                ":recommendation, :created_at, :updated_at, :search_rowid)"
            ),
            rows,
        )
        if index:
            conn.execute(
                text(
                    "INSERT INTO matter_search (rowid, matter_id, reference, person, "
                    "organisations, summary, notes) VALUES (:search_rowid, :id, :reference, "
                    ":person_name, :client, :title, '')"
                ),
                rows,
            )


def wait_until_idle(qtbot: Any, predicate: Any, timeout: int = 20_000) -> None:
    qtbot.waitUntil(predicate, timeout=timeout)


# ----- tests of the helpers themselves ---------------------------------------------------------
def test_strength_levels() -> None:
    from desktop.ui.strength import estimate

    assert estimate("").level == "weak"
    assert estimate("password1").level == "weak"
    assert estimate("qwertyuiop123").level == "weak"
    assert estimate("aaaaaaaaaaaaaaaaaaaa").level == "weak"
    assert estimate("Tr0ub4dor&3x").level in ("fair", "good")
    assert estimate("correct horse battery staple").level == "strong"
    assert estimate("password password password").score < estimate("maple quartz ember").score


def test_background_job_delivers_on_main_thread(ui_env: Dialogs, qtbot: Any) -> None:
    import threading

    from desktop.ui.workers import run_in_background

    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    run_in_background(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["callback"] == threading.get_ident() != seen["worker"]

    errors: list[BaseException] = []
    run_in_background(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancellable_job_reports_progress(ui_env: Dialogs, qtbot: Any) -> None:
    from desktop.ui.workers import JobCancelledError, run_in_background

    progress: list[int] = []
    errors: list[BaseException] = []

    def work(control: Any) -> None:
        for i in range(3):
            control.report(i, 3, "step")
        control.cancel()
        control.check()

    run_in_background(
        work,
        with_control=True,
        on_progress=lambda d, t, s: progress.append(d),
        on_error=errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors))
    assert progress == [0, 1, 2]
    assert isinstance(errors[0], JobCancelledError)


def wait_listed(qtbot: Any, target: Any, timeout: int = 10_000) -> None:
    """Wait until the matter list (a MainWindow, a MatterListPanel or a MatterListModel) has
    the answer to its latest request: the list queries in a worker."""
    model = getattr(target, "model", target)
    qtbot.waitUntil(lambda: not model.loading, timeout=timeout)


@pytest.fixture
def chinese(qapp: Any, tmp_path_factory: Any) -> Iterator[None]:
    """The Chinese translator installed, built from the .ts as the install builds it."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path_factory.mktemp("qm") / "outbound_zh_CN.qm"
    subprocess.run(
        [sys.executable, "-c",
         "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
         "-silent", str(REPO / "resources" / "translations" / "outbound_zh_CN.ts"),
         "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
